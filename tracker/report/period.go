package report

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
)

// PeriodQuery is how a request or the command line names a report period:
// one day (Date), an ISO week (Week: "2024-W47", or "v. 47" for week 47 of
// the ISO year of today), a range (From, To; an empty To is the From day)
// or the time since an instant (Since: "last" for the compilation of the
// last published report, or an RFC 3339 time; To, default today, is the
// last day). The web's query and form parameters and the report command's
// flags have these names: date, week, from, to, since.
type PeriodQuery struct {
	Date, Week, From, To, Since string

	last time.Time // what "last" stands for, filled in by Store.Period
}

// SinceLast is the value of Since that means the last published report.
const SinceLast = "last"

// Empty tells whether no period is named.
func (q PeriodQuery) Empty() bool {
	return strings.TrimSpace(q.Date+q.Week+q.From+q.To+q.Since) == ""
}

// sinceLayouts are the forms of an instant in since=, besides RFC 3339:
// Stockholm time to the minute.
var sinceLayouts = []string{"2006-01-02T15:04", "2006-01-02 15:04"}

// sincePeriod reads since= with to= (default today).
func (q PeriodQuery) sincePeriod(since, to, today string) (tracker.Period, error) {
	var start time.Time
	if strings.EqualFold(since, SinceLast) {
		if q.last.IsZero() {
			v := &tracker.ValidationError{}
			v.Add("since", "Ingen lägesbild är publicerad ännu: välj en dag, en vecka eller ett intervall.")
			return tracker.Period{}, v
		}
		start = q.last
	} else {
		t, err := time.Parse(time.RFC3339Nano, since)
		for _, l := range sinceLayouts {
			if err == nil {
				break
			}
			t, err = time.ParseInLocation(l, since, tracker.Stockholm)
		}
		if err != nil {
			v := &tracker.ValidationError{}
			v.Add("since", fmt.Sprintf("%q är inte en tidpunkt: ange last (sedan den senast publicerade lägesbilden) "+
				"eller en tid som 2024-11-19T16:45.", since))
			return tracker.Period{}, v
		}
		start = t
	}
	if to == "" {
		to = today
	}
	return tracker.SincePeriod(start, to)
}

var shortWeek = regexp.MustCompile(`^(?i)v(?:ecka)?\.?\s*(\d{1,2})$`)

// Period reads the period; today (YYYY-MM-DD, Stockholm) places a short
// week. Exactly one of a day, a week or a range must be named. Problems are
// a *tracker.ValidationError naming the parameter.
func (q PeriodQuery) Period(today string) (tracker.Period, error) {
	date, week := strings.TrimSpace(q.Date), strings.TrimSpace(q.Week)
	from, to := strings.TrimSpace(q.From), strings.TrimSpace(q.To)
	since := strings.TrimSpace(q.Since)
	if since != "" && date+week+from == "" {
		return q.sincePeriod(since, to, today)
	}
	given := 0
	for _, s := range []string{date, week, from + to, since} {
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
		msg := "Ange en dag (date), en vecka (week), ett intervall (from–to) eller en starttid (since), inte flera."
		for name, val := range map[string]string{"date": date, "week": week, "from": from + to, "since": since} {
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

// Period reads the period a query names, as PeriodQuery.Period does, with
// today from the store's clock and since=last read as the compilation time
// of the last published report of the topic. A start in the future is refused.
func (s *Store) Period(ctx context.Context, q PeriodQuery, topic string) (tracker.Period, error) {
	now := s.now()
	if strings.EqualFold(strings.TrimSpace(q.Since), SinceLast) {
		last, err := s.LastPublished(ctx, topic)
		switch {
		case err == nil:
			q.last = last.CompiledAt
		case !errors.Is(err, tracker.ErrNotFound):
			return tracker.Period{}, err
		}
	}
	p, err := q.Period(now.In(tracker.Stockholm).Format(time.DateOnly))
	if err == nil && p.Start.After(now) {
		v := &tracker.ValidationError{}
		v.Add("since", "Starttiden ligger i framtiden.")
		return tracker.Period{}, v
	}
	return p, err
}

// DefaultPeriod is the period of a daily report: since the last published
// report of the topic when there is one, else today.
func (s *Store) DefaultPeriod(ctx context.Context, topic string) (tracker.Period, error) {
	p, err := s.Period(ctx, PeriodQuery{Since: SinceLast}, topic)
	var v *tracker.ValidationError
	if errors.As(err, &v) {
		return s.Period(ctx, PeriodQuery{Date: s.now().In(tracker.Stockholm).Format(time.DateOnly)}, topic)
	}
	return p, err
}
