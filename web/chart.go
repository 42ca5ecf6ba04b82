package web

import (
	"fmt"
	"github.com/lagesbild/lagesbild"
	"math"
	"strconv"
	"time"

	"github.com/lagesbild/lagesbild/search"
)

// barChart is a column chart drawn on the server as inline SVG: no script
// and no chart library in the browser. The SVG is one image to assistive
// technology (role="img" with a <title> and a <desc> that says what it
// shows); a visually hidden table beside it gives every figure.
type barChart struct {
	ID            string // prefix of the element ids
	Title, Desc   string
	Width, Height int
	Bars          []chartBar
	Ticks         []chartTick
	Baseline      string // y of the x axis
	Right         string // x where the plot ends
	Unit          string // what one bar is: "Dag", "Vecka" or "Månad" (the table's column head)
	Rows          []chartRow
}

type chartBar struct {
	X, Y, W, H     string
	Label          string // under the bar; only every few bars get one
	LabelX, LabelY string
	Tip            string // the bar's own <title>: "tis 19 nov 2024: 12 artiklar"
}

type chartTick struct {
	Y, LabelY, Label string
}

type chartRow struct {
	Label string
	Count int
}

// Buckets: a bar per day for up to about three months, then per week, then
// per month, so that a long period stays legible.
const (
	maxDayBars  = 92
	maxWeekBars = 160
)

// volumeChart draws the number of articles per Stockholm day (the day facet)
// from one day to another, both included; with an open end the chart spans
// the days that have articles.
func volumeChart(id string, days []search.DayCount, from, to time.Time) *barChart {
	if from.IsZero() || to.IsZero() {
		if len(days) == 0 {
			return nil
		}
		first, errF := time.ParseInLocation(time.DateOnly, days[0].Date, time.UTC)
		last, errL := time.ParseInLocation(time.DateOnly, days[len(days)-1].Date, time.UTC)
		if errF != nil || errL != nil {
			return nil
		}
		if from.IsZero() {
			from = first
		}
		if to.IsZero() {
			to = last
		}
	}
	all := fillDays(days, from, to)
	if len(all) == 0 {
		return nil
	}
	buckets, unit := bucketDays(all)
	return drawBars(id, buckets, unit, all)
}

type bucket struct {
	Label, Long string
	Count       int
}

func bucketDays(all []search.DayCount) ([]bucket, string) {
	key := func(d time.Time) (string, string, string) { // key, short label, long label
		return d.Format(time.DateOnly), fmt.Sprintf("%d/%d", d.Day(), int(d.Month())), swedishDate(d)
	}
	unit := "Dag"
	switch {
	case len(all) > maxWeekBars*7:
		unit = "Månad"
		key = func(d time.Time) (string, string, string) {
			label := fmt.Sprintf("%s %d", lagesbild.ShortMonth(d.Month()), d.Year())
			return d.Format("2006-01"), label, label
		}
	case len(all) > maxDayBars:
		unit = "Vecka"
		key = func(d time.Time) (string, string, string) {
			y, w := d.ISOWeek()
			return fmt.Sprintf("%d-W%02d", y, w), fmt.Sprintf("v. %d", w), fmt.Sprintf("vecka %d %d", w, y)
		}
	}
	var out []bucket
	last := ""
	for _, dc := range all {
		d, err := time.ParseInLocation(time.DateOnly, dc.Date, time.UTC)
		if err != nil {
			continue
		}
		d = dayStart(d)
		k, short, long := key(d)
		if k != last {
			out = append(out, bucket{Label: short, Long: long})
			last = k
		}
		out[len(out)-1].Count += dc.Count
	}
	return out, unit
}

func articles(n int) string {
	if n == 1 {
		return "1 artikel"
	}
	return strconv.Itoa(n) + " artiklar"
}

func drawBars(id string, bs []bucket, unit string, days []search.DayCount) *barChart {
	const w, h, left, right, top, bottom = 720.0, 220.0, 40.0, 8.0, 12.0, 28.0
	c := &barChart{ID: id, Width: int(w), Height: int(h), Unit: unit, Baseline: px(h - bottom), Right: px(w - right)}
	total, peak := 0, 0
	for i, b := range bs {
		total += b.Count
		if b.Count > bs[peak].Count {
			peak = i
		}
		c.Rows = append(c.Rows, chartRow{Label: b.Long, Count: b.Count})
	}
	per := map[string]string{"Dag": "dag", "Vecka": "vecka", "Månad": "månad"}[unit]
	c.Title = "Antal artiklar per " + per
	c.Desc = fmt.Sprintf("Stapeldiagram: %s från %s till %s, per %s.", articles(total),
		swedishDate(dayStart(mustDay(days[0].Date))), swedishDate(dayStart(mustDay(days[len(days)-1].Date))), per)
	if total > 0 {
		c.Desc += fmt.Sprintf(" Flest: %s, %s.", bs[peak].Long, articles(bs[peak].Count))
	}

	top2 := niceCeil(bs[peak].Count)
	plotH := h - top - bottom
	for _, v := range []int{0, top2 / 2, top2} {
		if v == 0 && len(c.Ticks) > 0 || (v > 0 && top2 == 0) {
			continue
		}
		y := h - bottom - plotH*float64(v)/float64(max(top2, 1))
		c.Ticks = append(c.Ticks, chartTick{Y: px(y), LabelY: px(y + 4), Label: strconv.Itoa(v)})
	}

	n := float64(len(bs))
	slot := (w - left - right) / n
	every := int(math.Ceil(n / 12))
	for i, b := range bs {
		bh := plotH * float64(b.Count) / float64(max(top2, 1))
		x := left + slot*float64(i)
		bar := chartBar{X: px(x + slot*0.15), W: px(math.Max(slot*0.7, 0.5)), Y: px(h - bottom - bh), H: px(bh),
			LabelX: px(x + slot/2), LabelY: px(h - bottom + 16), Tip: b.Long + ": " + articles(b.Count)}
		if i%every == 0 {
			bar.Label = b.Label
		}
		c.Bars = append(c.Bars, bar)
	}
	return c
}

func mustDay(s string) time.Time {
	d, _ := time.ParseInLocation(time.DateOnly, s, time.UTC)
	return d
}

// niceCeil rounds n up to 1, 2, 4, 6 or 8 times a power of ten, at least 2,
// so that the middle tick is a whole number (0 stays 0).
func niceCeil(n int) int {
	if n <= 0 {
		return 0
	}
	if n <= 2 {
		return 2
	}
	p := 1
	for p*10 < n {
		p *= 10
	}
	for _, m := range []int{1, 2, 4, 6, 8} {
		if m*p >= n && m*p%2 == 0 {
			return m * p
		}
	}
	return 10 * p
}

func px(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }
