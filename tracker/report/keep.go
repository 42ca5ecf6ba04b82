package report

import (
	"context"
	"fmt"
	"time"
)

// Referenced is what the report refers to of the coverage: the articles
// whose tone an editor corrected (the tone model learns from them) and the
// periods published reports counted. A feed deleted keeps those articles.
type Referenced struct {
	ArticleIDs []int64
	Periods    [][2]time.Time // start included, end excluded
}

// ReferencedArticles lists what the report refers to (see Referenced).
func (s *Store) ReferencedArticles(ctx context.Context) (*Referenced, error) {
	var out Referenced
	if err := s.db.WithContext(ctx).Model(&ToneCorrection{}).Order("article_id").
		Pluck("article_id", &out.ArticleIDs).Error; err != nil {
		return nil, fmt.Errorf("list tone corrections: %w", err)
	}
	var rows []publishedRow
	if err := s.db.WithContext(ctx).Select("period_from, period_to, period_start").Distinct().
		Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("list published periods: %w", err)
	}
	for _, r := range rows {
		from, to := rowPeriod(r.PeriodFrom, r.PeriodTo, r.PeriodStart).Bounds()
		out.Periods = append(out.Periods, [2]time.Time{from.UTC(), to.UTC()})
	}
	return &out, nil
}
