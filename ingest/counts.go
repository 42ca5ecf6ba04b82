package ingest

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The number of articles per Stockholm day, outlet and kind is kept as the
// articles are written (table article_day_counts), in the same transaction:
// the search page's list without words, and any list over a whole period,
// takes its total and its outlet, kind and day facets from these few rows
// (at most days × outlets × kinds) instead of counting every article of the
// period. Every path that inserts, moves or deletes an article goes through
// a countDelta; RebuildArticleCounts recounts from the articles.

type countKey struct{ Day, Outlet, Kind string }

// countDelta is what a transaction changes in article_day_counts.
type countDelta map[countKey]int64

// stockholmDay is the Stockholm calendar date of t, as the counts key it.
func stockholmDay(t time.Time) string { return t.In(stockholm).Format(time.DateOnly) }

func (d countDelta) add(published time.Time, outlet string, kind Kind, n int64) {
	d[countKey{stockholmDay(published), outlet, string(kind)}] += n
}

// apply writes the delta, keys in order (two writers on PostgreSQL then
// take their row locks in the same order), and removes rows that reach
// zero.
func (d countDelta) apply(tx *gorm.DB) error {
	keys := make([]countKey, 0, len(d))
	for k, n := range d {
		if n != 0 {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil
	}
	slices.SortFunc(keys, func(a, b countKey) int {
		return cmp.Or(cmp.Compare(a.Day, b.Day), cmp.Compare(a.Outlet, b.Outlet), cmp.Compare(a.Kind, b.Kind))
	})
	const perStatement = 200 // 800 parameters
	var emptied []countKey
	for lo := 0; lo < len(keys); lo += perStatement {
		chunk := keys[lo:min(lo+perStatement, len(keys))]
		var b strings.Builder
		args := make([]any, 0, 4*len(chunk))
		b.WriteString("INSERT INTO article_day_counts (day, outlet, kind, n) VALUES ")
		for i, k := range chunk {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?, ?)")
			args = append(args, k.Day, k.Outlet, k.Kind, d[k])
			if d[k] < 0 {
				emptied = append(emptied, k)
			}
		}
		b.WriteString(" ON CONFLICT (day, outlet, kind) DO UPDATE SET n = article_day_counts.n + excluded.n")
		if err := tx.Exec(b.String(), args...).Error; err != nil {
			return fmt.Errorf("keep article counts: %w", err)
		}
	}
	for _, k := range emptied {
		if err := tx.Exec("DELETE FROM article_day_counts WHERE day = ? AND outlet = ? AND kind = ? AND n <= 0",
			k.Day, k.Outlet, k.Kind).Error; err != nil {
			return fmt.Errorf("keep article counts: %w", err)
		}
	}
	return nil
}

// countArticles adds the articles tx.Table("articles") with where selects to
// d (n = 1 each, or -1 to take them away), reading them in id order, a
// thousand at a time.
func countArticles(tx *gorm.DB, d countDelta, n int64, where string, args ...any) error {
	var after int64
	for {
		var rows []struct {
			ID          int64
			PublishedAt time.Time
			Outlet      string
			Kind        string
		}
		q := tx.Table("articles").Select("id, published_at, outlet, kind").Where("id > ?", after)
		if where != "" {
			q = q.Where(where, args...)
		}
		if err := q.Order("id").Limit(1000).Scan(&rows).Error; err != nil {
			return fmt.Errorf("count articles: %w", err)
		}
		for _, r := range rows {
			d.add(r.PublishedAt, r.Outlet, Kind(r.Kind), n)
			after = r.ID
		}
		if len(rows) < 1000 {
			return nil
		}
	}
}

// rebuildArticleCounts recounts article_day_counts from the articles.
func rebuildArticleCounts(tx *gorm.DB) error {
	if err := tx.Exec("DELETE FROM article_day_counts").Error; err != nil {
		return fmt.Errorf("rebuild article counts: %w", err)
	}
	d := countDelta{}
	if err := countArticles(tx, d, 1, ""); err != nil {
		return err
	}
	return d.apply(tx)
}

// RebuildArticleCounts recounts the articles per day, outlet and kind from
// the articles themselves, in one transaction: for an older database, or
// one whose articles were written around the Store.
func (s *Store) RebuildArticleCounts(ctx context.Context) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := lockArticleWrites(tx); err != nil {
			return err
		}
		return rebuildArticleCounts(tx)
	})
}

// DayCount is the number of articles of one Stockholm day, outlet and kind.
type DayCount struct {
	Day    string // YYYY-MM-DD
	Outlet string
	Kind   Kind
	N      int64
}

// ArticleDayCounts lists the kept counts of the days from (included) to
// (excluded), both YYYY-MM-DD; "" leaves an end open.
func (s *Store) ArticleDayCounts(ctx context.Context, from, to string) ([]DayCount, error) {
	q := s.db.WithContext(ctx).Table("article_day_counts").Select("day, outlet, kind, n")
	if from != "" {
		q = q.Where("day >= ?", from)
	}
	if to != "" {
		q = q.Where("day < ?", to)
	}
	var out []DayCount
	if err := q.Order("day, outlet, kind").Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("article counts: %w", err)
	}
	return out, nil
}
