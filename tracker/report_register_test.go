package tracker_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// registerEvent is one thing that happens to the register at a moment.
type registerEvent struct {
	at time.Time
	do func()
}

// play runs the events in time order with the store's clock set to each.
func play(c *clock, events []registerEvent) {
	sort.SliceStable(events, func(i, j int) bool { return events[i].at.Before(events[j].at) })
	for _, e := range events {
		c.Set(e.at)
		e.do()
	}
}

var outcomes = map[tracker.Kind][]tracker.Status{
	tracker.DocumentRequest: {tracker.StatusReleased, tracker.StatusReleased, tracker.StatusPartiallyReleased,
		tracker.StatusRefused, tracker.StatusWithdrawn, tracker.StatusForwarded},
	tracker.PressInquiry: {tracker.StatusAnswered, tracker.StatusAnswered, tracker.StatusDeclined},
}

// seedRegister fills the register with a reproducible mix of cases received
// from 20 October to 5 November 2024 (the clocks went back on 27 October),
// some given an outcome days later, some closed after that, press
// inquiries with and without their own deadline, from several outlets.
func seedRegister(t *testing.T, s *tracker.Store, c *clock) {
	t.Helper()
	rng := rand.New(rand.NewPCG(47, 2024))
	first := time.Date(2024, 10, 20, 0, 0, 0, 0, tracker.Stockholm)
	span := time.Date(2024, 11, 6, 0, 0, 0, 0, tracker.Stockholm).Sub(first)
	outlets := []string{"SVT Väst", "Göteborgsbladet", "Radio Älvdalen", "Dagens Vård", ""}
	var events []registerEvent
	for i := range 90 {
		kind := tracker.DocumentRequest
		if rng.IntN(2) == 0 {
			kind = tracker.PressInquiry
		}
		received := first.Add(time.Duration(rng.Int64N(int64(span/time.Second))) * time.Second)
		in := docRequest(received)
		if kind == tracker.PressInquiry {
			in = pressInquiry(received)
			in.Requester = tracker.Requester{Name: fmt.Sprintf("Reporter %d", i), Outlet: outlets[rng.IntN(len(outlets))]}
			if rng.IntN(2) == 0 {
				in.DeadlineAt = ptr(received.Add(time.Duration(1+rng.IntN(30)) * time.Hour))
			}
		}
		var id int64
		events = append(events, registerEvent{received, func() { id = mustCreate(t, s, in, anna).ID }})
		if rng.IntN(10) < 7 {
			outcomeAt := received.Add(time.Duration(rng.Int64N(int64(5*24*time.Hour/time.Second))) * time.Second)
			to := outcomes[kind][rng.IntN(len(outcomes[kind]))]
			events = append(events, registerEvent{outcomeAt, func() { mustMove(t, s, id, admin, to) }})
			if rng.IntN(3) == 0 {
				events = append(events, registerEvent{outcomeAt.Add(26 * time.Hour), func() { mustMove(t, s, id, admin, tracker.StatusClosed) }})
			}
		}
	}
	play(c, events)
}

// countedBySQL are the figures counted a second way: straight SQL over the
// cases and the audit trail, with the period's bounds built here from the
// dates rather than by Period.Bounds.
func countedBySQL(t *testing.T, db *gorm.DB, p tracker.Period, asOf time.Time) map[tracker.Kind]tracker.RegisterFigure {
	t.Helper()
	from, err := time.ParseInLocation(time.DateOnly, p.From, tracker.Stockholm)
	if err != nil {
		t.Fatal(err)
	}
	to, err := time.ParseInLocation(time.DateOnly, p.To, tracker.Stockholm)
	if err != nil {
		t.Fatal(err)
	}
	start, end := from.UTC(), to.AddDate(0, 0, 1).UTC() // AddDate keeps the wall clock: midnight
	count := func(query string, args ...any) int {
		t.Helper()
		var n int
		if err := db.Raw(query, args...).Scan(&n).Error; err != nil {
			t.Fatalf("%s: %v", query, err)
		}
		return n
	}
	out := map[tracker.Kind]tracker.RegisterFigure{}
	for _, k := range tracker.Kinds {
		var f tracker.RegisterFigure
		f.Received = count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND received_at >= ? AND received_at < ?`, k, start, end)
		f.Closed = count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND outcome_at >= ? AND outcome_at < ?`, k, start, end)
		// The backlog: received by then, less those that had their outcome by then.
		f.Open = count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND received_at < ?`, k, asOf) -
			count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND received_at < ? AND outcome_at < ?`, k, asOf, asOf)
		f.Overdue = count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND received_at < ? AND due_at < ?`, k, asOf, asOf) -
			count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND received_at < ? AND due_at < ? AND outcome_at < ?`, k, asOf, asOf, asOf)
		// Refusals from the audit trail: moves to refused or partially released in the period.
		f.Refusals = count(`SELECT COUNT(DISTINCT e.case_id) FROM case_events e JOIN cases c ON c.id = e.case_id
			WHERE c.kind = ? AND e.type = 'transition' AND e.at >= ? AND e.at < ?
			AND (e.data LIKE '%"to":"refused"%' OR e.data LIKE '%"to":"partially_released"%')`, k, start, end)
		f.MissedDeadline = count(`SELECT COUNT(*) FROM cases WHERE kind = ? AND outcome_at >= ? AND outcome_at < ?
			AND NOT (outcome_at <= due_at)`, k, start, end)

		var spans []struct{ ReceivedAt, OutcomeAt time.Time }
		if err := db.Raw(`SELECT received_at, outcome_at FROM cases WHERE kind = ? AND outcome_at >= ? AND outcome_at < ?`,
			k, start, end).Scan(&spans).Error; err != nil {
			t.Fatal(err)
		}
		if len(spans) > 0 {
			cal := tracker.NewCalendar()
			var days []float64
			for _, sp := range spans {
				n := 0
				for d := sp.ReceivedAt.In(tracker.Stockholm); d.Format(time.DateOnly) != sp.OutcomeAt.In(tracker.Stockholm).Format(time.DateOnly); {
					d = time.Date(d.Year(), d.Month(), d.Day()+1, 12, 0, 0, 0, tracker.Stockholm)
					if cal.IsWorkingDay(d) {
						n++
					}
				}
				days = append(days, float64(n))
			}
			slices.Sort(days)
			m := days[len(days)/2]
			if len(days)%2 == 0 {
				m = (days[len(days)/2-1] + days[len(days)/2]) / 2
			}
			f.MedianHandlingDays = &m
		}

		f.ByOutlet = []tracker.OutletCount{}
		if k == tracker.PressInquiry {
			var rows []struct {
				RequesterOutlet string
				N               int
			}
			if err := db.Raw(`SELECT requester_outlet, COUNT(*) AS n FROM cases WHERE kind = 'press_inquiry'
				AND received_at >= ? AND received_at < ? GROUP BY requester_outlet`, start, end).Scan(&rows).Error; err != nil {
				t.Fatal(err)
			}
			for _, r := range rows {
				name := r.RequesterOutlet
				if name == "" {
					name = tracker.NoOutlet
				}
				f.ByOutlet = append(f.ByOutlet, tracker.OutletCount{Outlet: name, Count: r.N})
			}
			sort.Slice(f.ByOutlet, func(i, j int) bool { return f.ByOutlet[i].Outlet < f.ByOutlet[j].Outlet })
		}
		out[k] = f
	}
	return out
}

// sameFigures compares two figures, the outlets in any order.
func sameFigures(t *testing.T, kind tracker.Kind, got, want tracker.RegisterFigure) {
	t.Helper()
	byName := func(xs []tracker.OutletCount) []tracker.OutletCount {
		ys := slices.Clone(xs)
		sort.Slice(ys, func(i, j int) bool { return ys[i].Outlet < ys[j].Outlet })
		return ys
	}
	median := func(m *float64) string {
		if m == nil {
			return "none"
		}
		return fmt.Sprint(*m)
	}
	if got.Received != want.Received || got.Closed != want.Closed || got.Open != want.Open || got.Overdue != want.Overdue ||
		got.Refusals != want.Refusals || got.MissedDeadline != want.MissedDeadline ||
		median(got.MedianHandlingDays) != median(want.MedianHandlingDays) ||
		!slices.Equal(byName(got.ByOutlet), byName(want.ByOutlet)) {
		t.Errorf("%s:\n got  %+v median %s\n want %+v median %s", kind, got, median(got.MedianHandlingDays),
			want, median(want.MedianHandlingDays))
	}
}

func TestRegisterFiguresAgainstSQL(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-10-20 00:00"))
		seedRegister(t, s, c)
		ctx := context.Background()
		periods := []tracker.Period{
			{From: "2024-10-21", To: "2024-10-27"}, // the week the clocks went back
			{From: "2024-10-28", To: "2024-11-03"},
			{From: "2024-10-20", To: "2024-11-05"},
			{From: "2024-10-01", To: "2024-12-31"},
			{From: "2023-01-01", To: "2023-01-07"}, // long before anything
		}
		for d := time.Date(2024, 10, 20, 12, 0, 0, 0, tracker.Stockholm); d.Before(time.Date(2024, 11, 8, 0, 0, 0, 0, tracker.Stockholm)); d = d.AddDate(0, 0, 1) {
			day := d.Format(time.DateOnly)
			periods = append(periods, tracker.Period{From: day, To: day})
		}
		c.Set(sthlm(t, "2025-01-15 09:00")) // every period has ended: the backlog is at its end
		total := map[tracker.Kind]int{}
		for _, p := range periods {
			t.Run(p.String(), func(t *testing.T) {
				got, err := s.RegisterFigures(ctx, p)
				if err != nil {
					t.Fatal(err)
				}
				_, end := p.Bounds()
				want := countedBySQL(t, db, p, end.UTC())
				for _, k := range tracker.Kinds {
					sameFigures(t, k, got[k], want[k])
				}
				if p.Days() == 1 {
					for _, k := range tracker.Kinds {
						total[k] += got[k].Received
					}
				}
			})
		}
		// The days partition the cases: each was received on exactly one of them.
		for _, k := range tracker.Kinds {
			var n int
			if err := db.Raw(`SELECT COUNT(*) FROM cases WHERE kind = ?`, k).Scan(&n).Error; err != nil {
				t.Fatal(err)
			}
			if total[k] != n || n == 0 {
				t.Errorf("%s: received per day adds up to %d, the register holds %d", k, total[k], n)
			}
		}

		t.Run("a period still running counts the backlog now", func(t *testing.T) {
			now := sthlm(t, "2024-10-31 14:05")
			c.Set(now)
			p := tracker.Period{From: "2024-10-28", To: "2024-11-03"}
			if got := s.BacklogAt(p); !got.Equal(now) {
				t.Fatalf("BacklogAt = %v, want %v", got, now)
			}
			got, err := s.RegisterFigures(ctx, p)
			if err != nil {
				t.Fatal(err)
			}
			want := countedBySQL(t, db, p, now.UTC())
			for _, k := range tracker.Kinds {
				sameFigures(t, k, got[k], want[k])
			}
		})
	})
}

// The boundaries by hand: midnight in Stockholm, the doubled hour of 27
// October 2024 (02:00–03:00 came twice), an outcome at the very end.
func TestRegisterFiguresAtBoundaries(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-10-26 00:00"))
		ctx := context.Background()
		utc := func(v string) time.Time {
			tm, err := time.Parse(time.RFC3339Nano, v)
			if err != nil {
				t.Fatal(err)
			}
			return tm
		}
		// 27 October 2024 in Stockholm is [2024-10-26T22:00Z, 2024-10-27T23:00Z).
		var ids []int64
		create := func(in tracker.NewCase) {
			c.Set(*in.ReceivedAt)
			ids = append(ids, mustCreate(t, s, in, anna).ID)
		}
		create(docRequest(utc("2024-10-26T21:59:59Z")))        // 0: 23:59:59 on the 26th: before
		create(docRequest(utc("2024-10-26T22:00:00Z")))        // 1: 00:00:00 on the 27th: in
		svt := pressInquiry(utc("2024-10-27T00:30:00Z"))       // 2: 02:30 summer time: in
		svt.DeadlineAt = ptr(utc("2024-10-27T01:15:00Z"))      //    due 02:15 winter time
		create(svt)                                            //
		gb := pressInquiry(utc("2024-10-27T01:30:00Z"))        // 3: 02:30 again, winter time: in
		gb.Requester.Outlet = "Göteborgsbladet"                //
		create(gb)                                             //
		create(docRequest(utc("2024-10-27T22:59:59.999999Z"))) // 4: 23:59:59.999999 on the 27th: in
		create(docRequest(utc("2024-10-27T23:00:00Z")))        // 5: 00:00 on the 28th: after

		c.Set(utc("2024-10-27T01:20:00Z")) // 02:20 winter time, after the deadline of 02:15
		mustMove(t, s, ids[2], admin, tracker.StatusAnswered)
		c.Set(utc("2024-10-27T22:59:59.999999Z")) // the last instant of the 27th
		mustMove(t, s, ids[0], admin, tracker.StatusRefused)
		c.Set(utc("2024-10-27T23:00:00Z")) // the first instant of the 28th
		mustMove(t, s, ids[1], admin, tracker.StatusReleased)
		c.Set(utc("2024-10-29T08:00:00Z"))
		mustMove(t, s, ids[3], admin, tracker.StatusDeclined)

		c.Set(sthlm(t, "2024-12-01 12:00"))
		day27, _ := tracker.DayPeriod("2024-10-27")
		got, err := s.RegisterFigures(ctx, day27)
		if err != nil {
			t.Fatal(err)
		}
		dr, pi := got[tracker.DocumentRequest], got[tracker.PressInquiry]
		zero := 0.0
		// Received on the 27th: 1 and 4 (requests), 2 and 3 (inquiries).
		// Outcome on the 27th: 0 (refused, received on the 26th), 2 (answered, late).
		// Open at the end: 1 (outcome at the first instant of the 28th), 4, 3.
		// Overdue at the end: 0 was due at the end of Monday the 28th: none of the requests;
		// inquiry 3 was due at the end of the 28th: not yet.
		wantDR := tracker.RegisterFigure{Received: 2, Closed: 1, Open: 2, Overdue: 0, Refusals: 1, MissedDeadline: 0,
			MedianHandlingDays: &zero, ByOutlet: []tracker.OutletCount{}}
		wantPI := tracker.RegisterFigure{Received: 2, Closed: 1, Open: 1, Overdue: 0, Refusals: 0, MissedDeadline: 1,
			MedianHandlingDays: &zero, ByOutlet: []tracker.OutletCount{{Outlet: "Göteborgsbladet", Count: 1}, {Outlet: "SVT", Count: 1}}}
		sameFigures(t, tracker.DocumentRequest, dr, wantDR)
		sameFigures(t, tracker.PressInquiry, pi, wantPI)
		_, end := day27.Bounds()
		want := countedBySQL(t, db, day27, end.UTC())
		sameFigures(t, tracker.DocumentRequest, dr, want[tracker.DocumentRequest])
		sameFigures(t, tracker.PressInquiry, pi, want[tracker.PressInquiry])

		// On the 26th only request 0 arrived; it was still open at the end of the day.
		day26, _ := tracker.DayPeriod("2024-10-26")
		got, err = s.RegisterFigures(ctx, day26)
		if err != nil {
			t.Fatal(err)
		}
		sameFigures(t, tracker.DocumentRequest, got[tracker.DocumentRequest],
			tracker.RegisterFigure{Received: 1, Open: 1, ByOutlet: []tracker.OutletCount{}})

		// On the 28th: request 5 arrived and 1 was released, one working day after the 27th... a Sunday:
		// received Sunday, released Monday = 1 working day.
		day28, _ := tracker.DayPeriod("2024-10-28")
		got, err = s.RegisterFigures(ctx, day28)
		if err != nil {
			t.Fatal(err)
		}
		one := 1.0
		// At the end of the 28th: requests 4 and 5 open; 4 (received Sunday) was due at the
		// end of Monday the 28th, which is 23:59:59 — before midnight, so overdue at the end.
		sameFigures(t, tracker.DocumentRequest, got[tracker.DocumentRequest],
			tracker.RegisterFigure{Received: 1, Closed: 1, Open: 2, Overdue: 1, MedianHandlingDays: &one, ByOutlet: []tracker.OutletCount{}})
	})
}

// A refusal counts whatever it rests on; a release with a förbehåll cites a
// provision but lets the documents out, and an official's no is not a decision.
func TestRegisterFiguresCountRefusalsByDecision(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-18 09:00"))
		ctx := context.Background()
		secret := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		none := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		partly := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		conditional := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		official := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		other := mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 09:00")), anna)
		c.Set(sthlm(t, "2024-11-18 14:00"))
		mustMove(t, s, secret.ID, admin, tracker.StatusRefused)
		if _, err := s.Transition(ctx, none.ID, tracker.Transition{To: tracker.StatusRefused,
			Basis: tracker.BasisNoSuchDocument, Reasoning: "Någon sådan handling finns inte hos regionen."}, admin); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Transition(ctx, other.ID, tracker.Transition{To: tracker.StatusRefused,
			Basis: tracker.BasisOther, Reasoning: "Begäran avser uppgifter som måste sammanställas i en ny handling."}, admin); err != nil {
			t.Fatal(err)
		}
		mustMove(t, s, partly.ID, admin, tracker.StatusPartiallyReleased)
		mustMove(t, s, conditional.ID, admin, tracker.StatusReleasedWithConditions)
		mustMove(t, s, official.ID, admin, tracker.StatusOfficialRefusal)

		day, _ := tracker.DayPeriod("2024-11-18")
		got, err := s.RegisterFigures(ctx, day)
		if err != nil {
			t.Fatal(err)
		}
		if f := got[tracker.DocumentRequest]; f.Closed != 6 || f.Refusals != 4 {
			t.Errorf("closed %d, refusals %d; want 6 closed, 4 refusals (secrecy, no such document, other, partial)", f.Closed, f.Refusals)
		}
	})
}

func TestRegisterFiguresEmpty(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2024-11-20 10:00"))
		p, _ := tracker.WeekPeriod("2024-W47")
		got, err := s.RegisterFigures(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range tracker.Kinds {
			f, ok := got[k]
			if !ok {
				t.Fatalf("no figures for %s", k)
			}
			sameFigures(t, k, f, tracker.RegisterFigure{ByOutlet: []tracker.OutletCount{}})
			if f.ByOutlet == nil {
				t.Errorf("%s: by_outlet is nil, want an empty list", k)
			}
		}
		if _, err := s.RegisterFigures(context.Background(), tracker.Period{From: "2024-11-24", To: "2024-11-18"}); err == nil {
			t.Error("a reversed period gave figures")
		}
	})
}
