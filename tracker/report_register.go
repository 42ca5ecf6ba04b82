package tracker

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
)

// OutletCount is a number of items per outlet (redaktion).
type OutletCount struct {
	Outlet string `json:"outlet"`
	Count  int    `json:"count"`
}

// NoOutlet labels press inquiries registered without an outlet (a freelancer, say).
const NoOutlet = "(ingen redaktion angiven)"

// RegisterFigure is what the report says about one kind of case for a
// period. It holds counts only: no requester's name, address or number.
type RegisterFigure struct {
	Received int `json:"received"` // received in the period
	Closed   int `json:"closed"`   // given an outcome in the period
	Open     int `json:"open"`     // without an outcome at the end of the period
	Overdue  int `json:"overdue"`  // open and past due at the end of the period

	// MedianHandlingDays is the median of the working days from receipt to
	// outcome of the cases given an outcome in the period; nil when none was.
	MedianHandlingDays *float64 `json:"median_handling_days"`
	// Refusals are the refusals and partial releases decided in the period,
	// whatever their basis; a release with a förbehåll and an official's
	// refusal (OSL 6 kap. 3 §, not a decision) are not counted. Decisions
	// from before the decision was recorded count by their legal ground.
	Refusals int `json:"refusals"`
	// MissedDeadline are the cases given their outcome in the period after their due time.
	MissedDeadline int `json:"missed_deadline"`
	// ByOutlet are the press inquiries received in the period per outlet,
	// most first. Document requests are not broken down: their requesters
	// may stay anonymous, and an outlet with one request would name them.
	ByOutlet []OutletCount `json:"by_outlet"`
}

// BacklogAt is when the period's backlog (open, overdue) is measured: the
// end of the period, or now while the period is still running.
func (s *Store) BacklogAt(p Period) time.Time {
	_, end := p.Bounds()
	if now := s.now(); now.Before(end) {
		return now
	}
	return end.UTC()
}

// RegisterFigures counts the register's cases per kind for the period, in
// Stockholm time: received and closed in [start of From, start of the day
// after To); open and overdue as they stood at BacklogAt.
func (s *Store) RegisterFigures(ctx context.Context, p Period) (map[Kind]RegisterFigure, error) {
	if !p.Valid() {
		return nil, fmt.Errorf("register figures for %q–%q: malformed period", p.From, p.To)
	}
	start, end := p.Bounds()
	start, end = start.UTC(), end.UTC()
	asOf := s.BacklogAt(p)
	// Four index ranges instead of one pass over every case: received in
	// the period (cases_received_figures), decided in it (cases_outcome_figures), and
	// open at asOf as the undecided (outcome_at IS NULL, the open indexes)
	// plus those decided only after asOf. The backlog then reads the cases
	// that are open, not the register's whole history. "Received before
	// asOf" is counted, not filtered on: as a condition it would tempt
	// SQLite, which has no histogram, into the received_at index, which
	// covers every case.
	var rows []struct {
		Kind    Kind
		Part    string
		N, A, B int
	}
	err := s.db.WithContext(ctx).Raw(`
		SELECT kind, 'received' AS part, COUNT(*) AS n, 0 AS a, 0 AS b
		  FROM cases WHERE received_at >= @start AND received_at < @end GROUP BY kind
		UNION ALL
		SELECT kind, 'closed', COUNT(*),
		       COALESCE(SUM(CASE WHEN decision_status IN ('refused', 'partially_released')
		                          OR (decision_status = '' AND legal_ground <> '') THEN 1 ELSE 0 END), 0),
		       COALESCE(SUM(CASE WHEN outcome_at > due_at THEN 1 ELSE 0 END), 0)
		  FROM cases WHERE outcome_at >= @start AND outcome_at < @end GROUP BY kind
		UNION ALL
		SELECT kind, 'open', COALESCE(SUM(CASE WHEN received_at < @asof THEN 1 ELSE 0 END), 0),
		       COALESCE(SUM(CASE WHEN received_at < @asof AND due_at < @asof THEN 1 ELSE 0 END), 0), 0
		  FROM cases WHERE outcome_at IS NULL GROUP BY kind
		UNION ALL
		SELECT kind, 'open', COALESCE(SUM(CASE WHEN received_at < @asof THEN 1 ELSE 0 END), 0),
		       COALESCE(SUM(CASE WHEN received_at < @asof AND due_at < @asof THEN 1 ELSE 0 END), 0), 0
		  FROM cases WHERE outcome_at >= @asof GROUP BY kind`,
		map[string]any{"start": start, "end": end, "asof": asOf}).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("count cases for %s: %w", p, err)
	}
	out := make(map[Kind]RegisterFigure, len(Kinds))
	for _, k := range Kinds {
		out[k] = RegisterFigure{ByOutlet: []OutletCount{}}
	}
	for _, r := range rows {
		if !r.Kind.Valid() {
			continue
		}
		f := out[r.Kind]
		switch r.Part {
		case "received":
			f.Received += r.N
		case "closed":
			f.Closed += r.N
			f.Refusals += r.A
			f.MissedDeadline += r.B
		case "open":
			f.Open += r.N
			f.Overdue += r.A
		}
		out[r.Kind] = f
	}
	medians, err := s.medianHandlingDays(ctx, start, end)
	if err != nil {
		return nil, err
	}
	for k, m := range medians {
		f := out[k]
		f.MedianHandlingDays = &m
		out[k] = f
	}
	byOutlet, err := s.inquiriesByOutlet(ctx, start, end)
	if err != nil {
		return nil, err
	}
	f := out[PressInquiry]
	f.ByOutlet = byOutlet
	out[PressInquiry] = f
	return out, nil
}

// medianHandlingDays is, per kind, the median working days from receipt to
// outcome of the cases given an outcome in [start, end).
func (s *Store) medianHandlingDays(ctx context.Context, start, end time.Time) (map[Kind]float64, error) {
	var rows []struct {
		Kind       Kind
		ReceivedAt time.Time
		OutcomeAt  time.Time
	}
	err := s.db.WithContext(ctx).Model(&Case{}).Select("kind, received_at, outcome_at").
		Where("outcome_at >= ? AND outcome_at < ?", start, end).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("load handling times: %w", err)
	}
	type span struct{ from, to string }
	memo := map[span]int{}
	days := map[Kind][]int{}
	for _, r := range rows {
		k := span{dayOf(r.ReceivedAt).Format(time.DateOnly), dayOf(r.OutcomeAt).Format(time.DateOnly)}
		n, ok := memo[k]
		if !ok {
			n = s.cal.WorkingDaysBetween(r.ReceivedAt, r.OutcomeAt)
			memo[k] = n
		}
		days[r.Kind] = append(days[r.Kind], n)
	}
	out := map[Kind]float64{}
	for k, ds := range days {
		out[k] = Median(ds)
	}
	return out, nil
}

// Median is the middle of a list of counts (the mean of the two middle
// ones for an even number; 0 for none).
func Median(xs []int) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	switch {
	case n == 0:
		return 0
	case n%2 == 1:
		return float64(s[n/2])
	}
	return float64(s[n/2-1]+s[n/2]) / 2
}

// inquiriesByOutlet counts the press inquiries received in [start, end) per outlet.
func (s *Store) inquiriesByOutlet(ctx context.Context, start, end time.Time) ([]OutletCount, error) {
	var rows []struct {
		Outlet string
		N      int
	}
	err := s.db.WithContext(ctx).Model(&Case{}).Select("requester_outlet AS outlet, COUNT(*) AS n").
		Where("kind = ? AND received_at >= ? AND received_at < ?", PressInquiry, start, end).
		Group("requester_outlet").Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("count press inquiries per outlet: %w", err)
	}
	// One outlet typed two ways ("SVT", "Svt") counts once, under its commonest spelling.
	type group struct {
		total     int
		name      string
		nameCount int
	}
	groups := map[string]*group{}
	for _, r := range rows {
		name := strings.Join(strings.Fields(r.Outlet), " ")
		if name == "" {
			name = NoOutlet
		}
		key := strings.ToLower(name)
		g := groups[key]
		if g == nil {
			g = &group{}
			groups[key] = g
		}
		g.total += r.N
		if r.N > g.nameCount || (r.N == g.nameCount && name < g.name) {
			g.name, g.nameCount = name, r.N
		}
	}
	out := make([]OutletCount, 0, len(groups))
	for _, g := range groups {
		out = append(out, OutletCount{Outlet: g.name, Count: g.total})
	}
	SortOutlets(out)
	return out, nil
}

// SortOutlets orders by count, most first, then by name.
func SortOutlets(xs []OutletCount) {
	slices.SortFunc(xs, func(a, b OutletCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Outlet, b.Outlet))
	})
}
