package tracker

import (
	"errors"
	"fmt"
	"github.com/lagesbild/lagesbild"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Period is a run of Stockholm calendar days, both ends included: the span
// a lägesbild report covers. A period "since the last report" starts at an
// instant on its first day (Start) instead of at midnight; every reading of
// the span (Bounds, DayStarts) starts there, so coverage, the register's
// figures and the actions count the same time.
type Period struct {
	From string `json:"from"` // YYYY-MM-DD
	To   string `json:"to"`   // YYYY-MM-DD, included
	// Start, when set, is the first instant (UTC) of the period, on the
	// Stockholm day From; zero means the start of From.
	Start time.Time `json:"start,omitzero"`
}

// MaxPeriodDays is the longest period a report may cover.
const MaxPeriodDays = 366

// ParsePeriod checks two dates (YYYY-MM-DD, both included) and returns the
// period between them. An empty to means the single day from.
func ParsePeriod(from, to string) (Period, error) { return parsePeriod(from, to, MaxPeriodDays) }

// ParseSpan is ParsePeriod without the report's limit on the length: the
// public register extract may cover any number of years.
func ParseSpan(from, to string) (Period, error) { return parsePeriod(from, to, 0) }

// parsePeriod parses a period of at most maxDays days (0: any length).
func parsePeriod(from, to string, maxDays int) (Period, error) {
	from, to = strings.TrimSpace(from), strings.TrimSpace(to)
	if to == "" {
		to = from
	}
	v := &ValidationError{}
	f, ferr := parseDay(from)
	switch {
	case from == "":
		v.Add("from", "Ange startdatum som ÅÅÅÅ-MM-DD.")
	case ferr != nil:
		v.Add("from", fmt.Sprintf("Startdatumet %q är inte ett datum på formen ÅÅÅÅ-MM-DD.", from))
	}
	t, terr := parseDay(to)
	if terr != nil {
		v.Add("to", fmt.Sprintf("Slutdatumet %q är inte ett datum på formen ÅÅÅÅ-MM-DD.", to))
	}
	if v.Any() {
		return Period{}, v
	}
	if f.Year() < 1900 || t.Year() > 9999 {
		v.Add("from", "Perioden måste ligga mellan år 1900 och 9999.")
		return Period{}, v
	}
	if t.Before(f) {
		v.Add("to", "Slutdatumet ligger före startdatumet.")
		return Period{}, v
	}
	if n := daysBetween(f, t) + 1; maxDays > 0 && n > maxDays {
		v.Add("to", fmt.Sprintf("Perioden är %d dagar; den får vara högst %d dagar.", n, maxDays))
		return Period{}, v
	}
	return Period{From: f.Format(time.DateOnly), To: t.Format(time.DateOnly)}, nil
}

// SincePeriod is the period from the instant start to the end of the day
// to (YYYY-MM-DD; empty: the day start falls on): a report "since the last
// one". From is start's Stockholm day.
func SincePeriod(start time.Time, to string) (Period, error) {
	if start.IsZero() {
		v := &ValidationError{}
		v.Add("since", "Ange från vilken tidpunkt perioden börjar.")
		return Period{}, v
	}
	start = start.UTC()
	from := start.In(Stockholm).Format(time.DateOnly)
	p, err := ParsePeriod(from, to)
	if err != nil {
		var v *ValidationError
		if errors.As(err, &v) {
			if msg, ok := v.Fields["from"]; ok {
				delete(v.Fields, "from")
				v.Add("since", msg)
			}
		}
		return Period{}, err
	}
	p.Start = start
	if dayStart, _ := p.dayBounds(); p.Start.Equal(dayStart) {
		p.Start = time.Time{} // from midnight: the whole day
	}
	return p, nil
}

// CheckPeriod checks a period as ParsePeriod and SincePeriod return it.
func CheckPeriod(p Period) (Period, error) {
	if p.Start.IsZero() {
		return ParsePeriod(p.From, p.To)
	}
	q, err := SincePeriod(p.Start, p.To)
	if err != nil {
		return Period{}, err
	}
	if strings.TrimSpace(p.From) != "" && strings.TrimSpace(p.From) != q.From {
		v := &ValidationError{}
		v.Add("from", "Startdatumet stämmer inte med starttiden.")
		return Period{}, v
	}
	return q, nil
}

// DayPeriod is the period of one day (YYYY-MM-DD).
func DayPeriod(date string) (Period, error) {
	date = strings.TrimSpace(date)
	d, err := parseDay(date)
	if err != nil {
		v := &ValidationError{}
		v.Add("date", fmt.Sprintf("Datumet %q är inte ett datum på formen ÅÅÅÅ-MM-DD.", date))
		return Period{}, v
	}
	day := d.Format(time.DateOnly)
	return Period{From: day, To: day}, nil
}

var weekShape = regexp.MustCompile(`^(\d{4})-?[Ww](\d{1,2})$`)

// WeekPeriod is ISO week "2024-W47" (also "2024W47", "2024-w47"): Monday to Sunday.
func WeekPeriod(week string) (Period, error) {
	week = strings.TrimSpace(week)
	m := weekShape.FindStringSubmatch(week)
	if m == nil {
		v := &ValidationError{}
		v.Add("week", fmt.Sprintf("Veckan %q ska anges som ÅÅÅÅ-Www, t.ex. 2024-W47.", week))
		return Period{}, v
	}
	year, _ := strconv.Atoi(m[1])
	n, _ := strconv.Atoi(m[2])
	if year < 1900 || n < 1 || n > isoWeeksIn(year) {
		v := &ValidationError{}
		v.Add("week", fmt.Sprintf("År %d har ingen vecka %d (det har %d veckor).", year, n, isoWeeksIn(year)))
		return Period{}, v
	}
	mon := isoWeekMonday(year, n)
	return Period{From: mon.Format(time.DateOnly), To: mon.AddDate(0, 0, 6).Format(time.DateOnly)}, nil
}

// isoWeekMonday is the Monday of ISO week n of year (UTC midnight).
func isoWeekMonday(year, n int) time.Time {
	jan4 := time.Date(year, 1, 4, 0, 0, 0, 0, time.UTC) // always in week 1
	wd := (int(jan4.Weekday()) + 6) % 7                 // Monday = 0
	return jan4.AddDate(0, 0, -wd+7*(n-1))
}

// isoWeeksIn is 52 or 53: the ISO week of 28 December is the year's last.
func isoWeeksIn(year int) int {
	_, w := time.Date(year, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
	return w
}

// Bounds are the first instant of From and the first instant of the day after
// To, in Stockholm time: [start, end). A day is 23 or 25 hours long when the
// clocks change, so the bounds are built from calendar dates, not by adding hours.
//
// A period with a Start begins at that instant instead.
func (p Period) Bounds() (start, end time.Time) {
	start, end = p.dayBounds()
	if !p.Start.IsZero() {
		start = p.Start.In(Stockholm)
	}
	return start, end
}

// dayBounds are the bounds of the whole days From–To.
func (p Period) dayBounds() (start, end time.Time) {
	f, t := p.days()
	start = time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, Stockholm)
	next := t.AddDate(0, 0, 1)
	end = time.Date(next.Year(), next.Month(), next.Day(), 0, 0, 0, 0, Stockholm)
	return start, end
}

// Days is the number of calendar days in the period.
func (p Period) Days() int {
	f, t := p.days()
	return daysBetween(f, t) + 1
}

// Dates lists every day of the period, YYYY-MM-DD, in order.
func (p Period) Dates() []string {
	f, _ := p.days()
	n := p.Days()
	out := make([]string, n)
	for i := range n {
		out[i] = f.AddDate(0, 0, i).Format(time.DateOnly)
	}
	return out
}

// DayStarts are the first instants (UTC) of every Stockholm day of the
// period and of the day after it: Days()+1 of them. Built from calendar
// dates, so that the 23- and 25-hour days of the clock changes come out right.
// With a Start, the first day begins at Start.
func (p Period) DayStarts() []time.Time {
	f, _ := p.days()
	out := make([]time.Time, p.Days()+1)
	for i := range out {
		out[i] = time.Date(f.Year(), f.Month(), f.Day()+i, 0, 0, 0, 0, Stockholm).UTC()
	}
	if !p.Start.IsZero() {
		out[0] = p.Start.UTC()
	}
	return out
}

// StartsAtMidnight tells whether the period is whole days (no Start).
func (p Period) StartsAtMidnight() bool { return p.Start.IsZero() }

// Contains tells whether the day (YYYY-MM-DD) lies in the period.
func (p Period) Contains(date string) bool { return date >= p.From && date <= p.To }

// Previous is the period of equal length that ends the day before p starts.
// It is whole days, also for a period with a Start.
func (p Period) Previous() Period { return p.Before(p.Days()) }

// Before is the period of n days that ends the day before p starts.
func (p Period) Before(n int) Period {
	f, _ := p.days()
	return Period{From: f.AddDate(0, 0, -n).Format(time.DateOnly), To: f.AddDate(0, 0, -1).Format(time.DateOnly)}
}

// ISOWeek tells whether the period is exactly one ISO week (Monday–Sunday),
// and which.
func (p Period) ISOWeek() (year, week int, ok bool) {
	f, t := p.days()
	if !p.Start.IsZero() || f.Weekday() != time.Monday || daysBetween(f, t) != 6 {
		return 0, 0, false
	}
	year, week = f.ISOWeek()
	return year, week, true
}

// Label names the period in Swedish: "tisdag 19 november 2024", "v. 47 2024",
// "18–24 november 2024", "28 oktober–3 november 2024", "30 december 2024–5 januari 2025".
//
// A period with a Start: "sedan tisdag 19 november 2024 klockan 16:45" (to
// the end of that day or of today), else "19 november 2024 klockan 16:45–20 november 2024".
func (p Period) Label() string {
	f, t := p.days()
	if !p.Start.IsZero() {
		s := p.Start.In(Stockholm)
		from := fmt.Sprintf("%d %s %d klockan %s", f.Day(), lagesbild.Months[f.Month()-1], f.Year(), s.Format("15:04"))
		if f.Equal(t) {
			return "sedan " + lagesbild.Weekdays[f.Weekday()] + " " + from
		}
		return fmt.Sprintf("%s–%d %s %d", from, t.Day(), lagesbild.Months[t.Month()-1], t.Year())
	}
	if f.Equal(t) {
		return fmt.Sprintf("%s %d %s %d", lagesbild.Weekdays[f.Weekday()], f.Day(), lagesbild.Months[f.Month()-1], f.Year())
	}
	if y, w, ok := p.ISOWeek(); ok {
		return fmt.Sprintf("v. %d %d", w, y)
	}
	switch {
	case f.Year() != t.Year():
		return fmt.Sprintf("%d %s %d–%d %s %d", f.Day(), lagesbild.Months[f.Month()-1], f.Year(),
			t.Day(), lagesbild.Months[t.Month()-1], t.Year())
	case f.Month() != t.Month():
		return fmt.Sprintf("%d %s–%d %s %d", f.Day(), lagesbild.Months[f.Month()-1], t.Day(), lagesbild.Months[t.Month()-1], t.Year())
	}
	return fmt.Sprintf("%d–%d %s %d", f.Day(), t.Day(), lagesbild.Months[f.Month()-1], t.Year())
}

// String is "2024-11-18–2024-11-24" (or one date for a day).
func (p Period) String() string {
	if !p.Start.IsZero() {
		return p.Start.In(Stockholm).Format("2006-01-02T15:04:05Z07:00") + "–" + p.To
	}
	if p.From == p.To {
		return p.From
	}
	return p.From + "–" + p.To
}

// Valid tells whether the period is well formed (as ParsePeriod returns it).
func (p Period) Valid() bool {
	q, err := CheckPeriod(p)
	return err == nil && q.From == p.From && q.To == p.To && q.Start.Equal(p.Start)
}

// days parses the two ends; a malformed period (not from ParsePeriod) counts
// as the zero day, which keeps the methods total.
func (p Period) days() (from, to time.Time) {
	f, _ := parseDay(p.From)
	t, err := parseDay(p.To)
	if err != nil || t.Before(f) {
		t = f
	}
	return f, t
}

func parseDay(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

// daysBetween counts calendar days from a to b (both UTC midnights).
func daysBetween(a, b time.Time) int { return int(b.Sub(a).Hours() / 24) }
