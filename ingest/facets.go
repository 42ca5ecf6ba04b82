package ingest

import (
	"context"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Stockholm also where the system has no zoneinfo
)

// stockholm is the time zone whose days the day counts follow (the same as
// search.Stockholm).
var stockholm = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		panic(err)
	}
	return loc
}()

// FacetQuery selects the articles ArticleFacets counts. From and To are
// instants (the search turns its calendar days into Stockholm midnights):
// From included, To excluded; a zero time leaves that end open.
type FacetQuery struct {
	From, To time.Time
	Kind     string // exact kind ("news", "opinion", "own"); "" for all
	Outlet   string // outlet name, compared trimmed and case-insensitively; "" for all
	Topic    string // topic id in decimal; "" for all
}

// FacetCounts are the counts of the articles a FacetQuery selects: in all,
// per outlet (trimmed, as written), kind, topic id and Stockholm day
// (YYYY-MM-DD). Values with no article are left out.
type FacetCounts struct {
	Total  int64
	Outlet map[string]int
	Kind   map[string]int
	Topic  map[string]int
	Day    map[string]int
}

// maxCaseDays is the longest period whose day counts one GROUP BY over a
// CASE of day bounds computes; longer ones read published_at of every
// article and count in Go (a CASE is evaluated bound by bound).
const maxCaseDays = 100

// ArticleFacets counts the articles q selects per outlet, kind, topic and
// Stockholm day, with indexed SQL (articles_published_at, article_topics'
// keys): the search asks this for lists without words instead of counting
// the facets over every hit in the index.
func (s *Store) ArticleFacets(ctx context.Context, q FacetQuery) (*FacetCounts, error) {
	out := &FacetCounts{Outlet: map[string]int{}, Kind: map[string]int{}, Topic: map[string]int{}, Day: map[string]int{}}
	db := s.db.WithContext(ctx)

	// The filters other than outlet, as SQL over articles a.
	var where []string
	var args []any
	if !q.From.IsZero() {
		where, args = append(where, "a.published_at >= ?"), append(args, q.From.UTC())
	}
	if !q.To.IsZero() {
		where, args = append(where, "a.published_at < ?"), append(args, q.To.UTC())
	}
	if q.Kind != "" {
		where, args = append(where, "a.kind = ?"), append(args, q.Kind)
	}
	if q.Topic != "" {
		id, err := strconv.ParseInt(q.Topic, 10, 64)
		if err != nil || strconv.FormatInt(id, 10) != q.Topic {
			return out, nil // the index holds topic ids as written: none matches
		}
		where = append(where, "a.id IN (SELECT article_id FROM article_topics WHERE topic_id = ?)")
		args = append(args, id)
	}
	cond := func(w []string) string {
		if len(w) == 0 {
			return ""
		}
		return " WHERE " + strings.Join(w, " AND ")
	}

	// Outlet and kind, without the outlet filter: it compares lower case
	// as Go does it (SQLite's lower() only knows ASCII), so the outlets as
	// stored that it matches are picked here and named in the other queries.
	var groups []struct {
		Outlet string
		Kind   string
		N      int
	}
	if err := db.Raw("SELECT a.outlet AS outlet, a.kind AS kind, COUNT(*) AS n FROM articles a"+cond(where)+
		" GROUP BY a.outlet, a.kind", args...).Scan(&groups).Error; err != nil {
		return nil, fmt.Errorf("count articles per outlet and kind: %w", err)
	}
	want := strings.ToLower(strings.TrimSpace(q.Outlet))
	var outlets []string
	seen := map[string]bool{}
	for _, g := range groups {
		name := strings.TrimSpace(g.Outlet)
		if want != "" && strings.ToLower(name) != want {
			continue
		}
		if !seen[g.Outlet] {
			seen[g.Outlet] = true
			outlets = append(outlets, g.Outlet)
		}
		out.Total += int64(g.N)
		out.Outlet[name] += g.N
		out.Kind[g.Kind] += g.N
	}
	if out.Total == 0 {
		return out, nil
	}
	if want != "" {
		where, args = append(where, "a.outlet IN ?"), append(args, outlets)
	}

	var topics []struct {
		TopicID int64
		N       int
	}
	if err := db.Raw("SELECT t.topic_id AS topic_id, COUNT(*) AS n FROM article_topics t JOIN articles a ON a.id = t.article_id"+
		cond(where)+" GROUP BY t.topic_id", args...).Scan(&topics).Error; err != nil {
		return nil, fmt.Errorf("count articles per topic: %w", err)
	}
	for _, t := range topics {
		out.Topic[strconv.FormatInt(t.TopicID, 10)] = t.N
	}

	if err := s.dayCounts(ctx, q, cond(where), args, out.Day); err != nil {
		return nil, err
	}
	return out, nil
}

// dayCounts fills days with the number of articles per Stockholm day.
func (s *Store) dayCounts(ctx context.Context, q FacetQuery, where string, args []any, days map[string]int) error {
	db := s.db.WithContext(ctx)
	from, to := q.From, q.To
	if from.IsZero() || to.IsZero() {
		// The first and last published_at (ORDER BY … LIMIT 1 along
		// articles_published_at; SQLite's MIN() would lose the column type).
		edge := func(order string) (time.Time, error) {
			var ts []time.Time
			err := db.Raw("SELECT a.published_at FROM articles a"+where+" ORDER BY a.published_at "+order+" LIMIT 1", args...).
				Pluck("published_at", &ts).Error
			if err != nil || len(ts) == 0 {
				return time.Time{}, err
			}
			return ts[0], nil
		}
		if from.IsZero() {
			lo, err := edge("ASC")
			if err != nil {
				return fmt.Errorf("period of articles: %w", err)
			}
			if lo.IsZero() {
				return nil
			}
			from = lo
		}
		if to.IsZero() {
			hi, err := edge("DESC")
			if err != nil {
				return fmt.Errorf("period of articles: %w", err)
			}
			if hi.IsZero() {
				return nil
			}
			to = hi.Add(time.Microsecond)
		}
	}
	// The Stockholm midnights from the day of from to the one after to.
	f := from.In(stockholm)
	day := time.Date(f.Year(), f.Month(), f.Day(), 0, 0, 0, 0, stockholm)
	var bounds []time.Time // bounds[i] starts day i
	for ; day.Before(to); day = day.AddDate(0, 0, 1) {
		bounds = append(bounds, day)
	}
	if len(bounds) == 0 {
		return nil
	}
	name := func(i int) string { return bounds[i].Format(time.DateOnly) }

	if len(bounds) <= maxCaseDays {
		var b strings.Builder
		b.WriteString("CASE WHEN 1 = 0 THEN -1")
		cargs := make([]any, 0, len(bounds)+len(args))
		for i := 1; i < len(bounds); i++ {
			fmt.Fprintf(&b, " WHEN a.published_at < ? THEN %d", i-1)
			cargs = append(cargs, bounds[i].UTC())
		}
		fmt.Fprintf(&b, " ELSE %d END", len(bounds)-1)
		cargs = append(cargs, args...)
		var rows []struct {
			D int
			N int
		}
		if err := db.Raw("SELECT "+b.String()+" AS d, COUNT(*) AS n FROM articles a"+where+" GROUP BY 1", cargs...).
			Scan(&rows).Error; err != nil {
			return fmt.Errorf("count articles per day: %w", err)
		}
		for _, r := range rows {
			if r.D >= 0 && r.D < len(bounds) && r.N > 0 {
				days[name(r.D)] += r.N
			}
		}
		return nil
	}

	rows, err := db.Raw("SELECT a.published_at FROM articles a"+where, args...).Rows()
	if err != nil {
		return fmt.Errorf("count articles per day: %w", err)
	}
	defer rows.Close()
	counts := make([]int, len(bounds))
	for rows.Next() {
		var t time.Time
		if err := rows.Scan(&t); err != nil {
			return fmt.Errorf("count articles per day: %w", err)
		}
		i := sort.Search(len(bounds), func(i int) bool { return bounds[i].After(t) }) - 1
		if i >= 0 {
			counts[i]++
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("count articles per day: %w", err)
	}
	for i, n := range counts {
		if n > 0 {
			days[name(i)] = n
		}
	}
	return nil
}
