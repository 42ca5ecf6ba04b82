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

// The number of articles per Stockholm day, outlet and kind, in all and per
// monitored topic, is kept as the articles and their tags are written
// (table article_counts), in the same transaction: a list over whole days
// (the search page's default, without words) takes its total and its
// outlet, kind, topic and day facets from these few rows (at most topics ×
// days × outlets × kinds) instead of counting every article of the period.
// Every path that inserts, moves, tags, untags or deletes an article goes
// through a countDelta; RebuildArticleCounts recounts from the articles.

// allArticles is the topic_id of the rows that count every article.
const allArticles = 0

type countKey struct {
	Topic             int64
	Day, Outlet, Kind string
}

// countDelta is what a transaction changes in article_counts.
type countDelta map[countKey]int64

// stockholmDay is the Stockholm calendar date of t, as the counts key it.
func stockholmDay(t time.Time) string { return t.In(stockholm).Format(time.DateOnly) }

// add counts n articles (negative: takes them away) under a topic
// (allArticles for the count of every article).
func (d countDelta) add(topic int64, published time.Time, outlet string, kind Kind, n int64) {
	d[countKey{topic, stockholmDay(published), outlet, string(kind)}] += n
}

// article counts an article and its topics.
func (d countDelta) article(published time.Time, outlet string, kind Kind, topics []int64, n int64) {
	d.add(allArticles, published, outlet, kind, n)
	for _, t := range topics {
		d.add(t, published, outlet, kind, n)
	}
}

// apply writes the delta, keys in order, and removes rows that reach zero.
// Every writer takes lockArticleWrites first, so two never wait for each
// other's rows.
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
		return cmp.Or(cmp.Compare(a.Day, b.Day), cmp.Compare(a.Topic, b.Topic),
			cmp.Compare(a.Outlet, b.Outlet), cmp.Compare(a.Kind, b.Kind))
	})
	const perStatement = 150 // 750 parameters
	var emptied []countKey
	for lo := 0; lo < len(keys); lo += perStatement {
		chunk := keys[lo:min(lo+perStatement, len(keys))]
		var b strings.Builder
		args := make([]any, 0, 5*len(chunk))
		b.WriteString("INSERT INTO article_counts (topic_id, day, outlet, kind, n) VALUES ")
		for i, k := range chunk {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString("(?, ?, ?, ?, ?)")
			args = append(args, k.Topic, k.Day, k.Outlet, k.Kind, d[k])
			if d[k] < 0 {
				emptied = append(emptied, k)
			}
		}
		b.WriteString(" ON CONFLICT (day, topic_id, outlet, kind) DO UPDATE SET n = article_counts.n + excluded.n")
		if err := tx.Exec(b.String(), args...).Error; err != nil {
			return fmt.Errorf("keep article counts: %w", err)
		}
	}
	for _, k := range emptied {
		if err := tx.Exec("DELETE FROM article_counts WHERE day = ? AND topic_id = ? AND outlet = ? AND kind = ? AND n <= 0",
			k.Day, k.Topic, k.Outlet, k.Kind).Error; err != nil {
			return fmt.Errorf("keep article counts: %w", err)
		}
	}
	return nil
}

// countedArticle is what the counts key an article by, with its topics.
type countedArticle struct {
	ID          int64
	PublishedAt time.Time
	Outlet      string
	Kind        string
	topics      []int64
}

// countArticles adds the articles that where selects (over articles a) to
// d, with their topics, n each (-1 takes them away), reading them in id
// order a thousand at a time.
func countArticles(tx *gorm.DB, d countDelta, n int64, where string, args ...any) error {
	var after int64
	for {
		var rows []countedArticle
		q := tx.Table("articles a").Select("a.id, a.published_at, a.outlet, a.kind").Where("a.id > ?", after)
		if where != "" {
			q = q.Where(where, args...)
		}
		if err := q.Order("a.id").Limit(1000).Scan(&rows).Error; err != nil {
			return fmt.Errorf("count articles: %w", err)
		}
		if len(rows) == 0 {
			return nil
		}
		if err := loadTopics(tx, rows); err != nil {
			return err
		}
		for _, r := range rows {
			d.article(r.PublishedAt, r.Outlet, Kind(r.Kind), r.topics, n)
			after = r.ID
		}
		if len(rows) < 1000 {
			return nil
		}
	}
}

// loadTopics fills the topics of the articles (at most a thousand).
func loadTopics(tx *gorm.DB, arts []countedArticle) error {
	ids := make([]int64, len(arts))
	at := make(map[int64]int, len(arts))
	for i, a := range arts {
		ids[i], at[a.ID] = a.ID, i
	}
	var tags []struct{ ArticleID, TopicID int64 }
	if err := tx.Table("article_topics").Select("article_id, topic_id").Where("article_id IN ?", ids).
		Scan(&tags).Error; err != nil {
		return fmt.Errorf("count articles: %w", err)
	}
	for _, t := range tags {
		i := at[t.ArticleID]
		arts[i].topics = append(arts[i].topics, t.TopicID)
	}
	return nil
}

// rebuildArticleCounts recounts article_counts from the articles.
func rebuildArticleCounts(tx *gorm.DB) error {
	if err := tx.Exec("DELETE FROM article_counts").Error; err != nil {
		return fmt.Errorf("rebuild article counts: %w", err)
	}
	d := countDelta{}
	if err := countArticles(tx, d, 1, ""); err != nil {
		return err
	}
	return d.apply(tx)
}

// RebuildArticleCounts recounts the articles per day, outlet and kind, in
// all and per topic, from the articles themselves, in one transaction: for
// a database whose articles were written around the Store.
func (s *Store) RebuildArticleCounts(ctx context.Context) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := lockArticleWrites(tx); err != nil {
			return err
		}
		return rebuildArticleCounts(tx)
	})
}

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
