package ingest

import (
	"context"
	"fmt"
)

// For the tests of package ingest_test: the kept counts as they are stored.

// DayCount is the number of articles of one Stockholm day, outlet and kind,
// in all (Topic 0) or tagged with a topic.
type DayCount struct {
	Topic  int64
	Day    string // YYYY-MM-DD
	Outlet string
	Kind   Kind
	N      int64
}

// ArticleDayCounts lists the kept counts of the days from (included) to
// (excluded), both YYYY-MM-DD; "" leaves an end open.
func (s *Store) ArticleDayCounts(ctx context.Context, from, to string) ([]DayCount, error) {
	q := s.db.WithContext(ctx).Table("article_counts").Select("topic_id AS topic, day, outlet, kind, n")
	if from != "" {
		q = q.Where("day >= ?", from)
	}
	if to != "" {
		q = q.Where("day < ?", to)
	}
	var out []DayCount
	if err := q.Order("topic_id, day, outlet, kind").Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("article counts: %w", err)
	}
	return out, nil
}
