package report

import (
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// PeriodQuery is how a request or the command line names a report period:
// one day (Date), an ISO week (Week: "2024-W47", or "v. 47" for week 47 of
// the ISO year of today) or a range (From, To; an empty To is the From day).
// The web's query and form parameters and the report command's flags have
// these names: date, week, from, to.
type PeriodQuery struct {
	Date, Week, From, To string
}

// Empty tells whether no period is named.
func (q PeriodQuery) Empty() bool {
	return strings.TrimSpace(q.Date+q.Week+q.From+q.To) == ""
}

var shortWeek = regexp.MustCompile(`^(?i)v(?:ecka)?\.?\s*(\d{1,2})$`)

// Period reads the period; today (YYYY-MM-DD, Stockholm) places a short
// week. Exactly one of a day, a week or a range must be named. Problems are
// a *tracker.ValidationError naming the parameter.
func (q PeriodQuery) Period(today string) (tracker.Period, error) {
	date, week := strings.TrimSpace(q.Date), strings.TrimSpace(q.Week)
	from, to := strings.TrimSpace(q.From), strings.TrimSpace(q.To)
	given := 0
	for _, s := range []string{date, week, from + to} {
		if s != "" {
			given++
		}
	}
	v := &tracker.ValidationError{}
	switch {
	case given == 0:
		v.Add("from", "Ange perioden: from och to som ÅÅÅÅ-MM-DD, week som 2024-W47 eller date som ÅÅÅÅ-MM-DD.")
		v.Add("to", "Ange slutdatum som ÅÅÅÅ-MM-DD (tomt betyder samma dag som from).")
		return tracker.Period{}, v
	case given > 1:
		msg := "Ange en dag (date), en vecka (week) eller ett intervall (from–to), inte flera."
		for name, val := range map[string]string{"date": date, "week": week, "from": from + to} {
			if val != "" {
				v.Add(name, msg)
			}
		}
		return tracker.Period{}, v
	case date != "":
		return tracker.DayPeriod(date)
	case week != "":
		if m := shortWeek.FindStringSubmatch(week); m != nil {
			d, _ := time.Parse(time.DateOnly, today)
			y, _ := d.ISOWeek()
			week = fmt.Sprintf("%d-W%s", y, m[1])
		}
		return tracker.WeekPeriod(week)
	}
	return tracker.ParsePeriod(from, to)
}
