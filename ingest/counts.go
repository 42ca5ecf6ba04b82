package ingest

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"gorm.io/gorm"
)

// The number of articles per Stockholm day, outlet and kind, in all and per
// monitored topic, is kept as the articles and their tags are written
// (countTables), in the same transaction: a list over whole days (the
// search page's default, without words) takes its total and its outlet,
// kind, topic and day facets from these few rows (at most topics × days ×
// outlets × kinds, and per month for long periods) instead of counting
// every article of the period.
// Every path that inserts, moves, tags, untags or deletes an article goes
// through a countDelta; RebuildArticleCounts recounts from the articles.

// allArticles is the topic_id of the rows that count every article.
const allArticles = 0

type countKey struct {
	Topic             int64
	Day, Outlet, Kind string
}

// countDelta is what a transaction changes in the kept counts, per day.
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

// countTable is one table of kept counts: a daily key maps onto its key
// (or is not counted there).
type countTable struct {
	name string
	cols []string // the key, in order
	key  func(k countKey) (vals []any, counted bool)
}

// countTables are the kept counts: per day, topic, outlet and kind (a
// period's facets with its outlet and kind filters); the same per month (a
// long period's whole months, read in a few rows instead of thirty times as
// many); and per day and kind over every article (the day facet of a long
// period without an outlet filter).
var countTables = []countTable{
	{"article_counts", []string{"day", "topic_id", "outlet", "kind"}, func(k countKey) ([]any, bool) {
		return []any{k.Day, k.Topic, k.Outlet, k.Kind}, true
	}},
	{"article_month_counts", []string{"month", "topic_id", "outlet", "kind"}, func(k countKey) ([]any, bool) {
		return []any{k.Day[:7], k.Topic, k.Outlet, k.Kind}, true
	}},
	{"article_day_totals", []string{"day", "kind"}, func(k countKey) ([]any, bool) {
		return []any{k.Day, k.Kind}, k.Topic == allArticles
	}},
}

// apply writes the delta to every table of counts, keys in order, and
// removes rows that reach zero. Every writer takes lockArticleWrites first,
// so two never wait for each other's rows.
func (d countDelta) apply(tx *gorm.DB) error {
	for _, t := range countTables {
		if err := t.apply(tx, d); err != nil {
			return fmt.Errorf("keep article counts in %s: %w", t.name, err)
		}
	}
	return nil
}

func (t countTable) apply(tx *gorm.DB, d countDelta) error {
	type row struct {
		vals []any
		n    int64
	}
	rows := map[string]*row{}
	for k, n := range d {
		vals, ok := t.key(k)
		if !ok || n == 0 {
			continue
		}
		id := fmt.Sprintf(strings.Repeat("%v\x00", len(vals)), vals...) // sorts as the key
		if r := rows[id]; r != nil {
			r.n += n
		} else {
			rows[id] = &row{vals, n}
		}
	}
	ids := make([]string, 0, len(rows))
	for id, r := range rows {
		if r.n != 0 {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil
	}
	slices.Sort(ids)
	cols := strings.Join(t.cols, ", ")
	marks := "(" + strings.Repeat("?, ", len(t.cols)) + "?)"
	perStatement := 750 / (len(t.cols) + 1)
	var emptied []*row
	for lo := 0; lo < len(ids); lo += perStatement {
		chunk := ids[lo:min(lo+perStatement, len(ids))]
		var b strings.Builder
		args := make([]any, 0, (len(t.cols)+1)*len(chunk))
		fmt.Fprintf(&b, "INSERT INTO %s (%s, n) VALUES ", t.name, cols)
		for i, id := range chunk {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(marks)
			r := rows[id]
			args = append(append(args, r.vals...), r.n)
			if r.n < 0 {
				emptied = append(emptied, r)
			}
		}
		fmt.Fprintf(&b, " ON CONFLICT (%s) DO UPDATE SET n = %s.n + excluded.n", cols, t.name)
		if err := tx.Exec(b.String(), args...).Error; err != nil {
			return err
		}
	}
	del := fmt.Sprintf("DELETE FROM %s WHERE %s = ? AND n <= 0", t.name, strings.Join(t.cols, " = ? AND "))
	for _, r := range emptied {
		if err := tx.Exec(del, r.vals...).Error; err != nil {
			return err
		}
	}
	return nil
}

// forgetTopicCounts removes a deleted topic's counts.
func forgetTopicCounts(tx *gorm.DB, topicID int64) error {
	for _, t := range countTables {
		if slices.Contains(t.cols, "topic_id") {
			if err := tx.Exec("DELETE FROM "+t.name+" WHERE topic_id = ?", topicID).Error; err != nil {
				return fmt.Errorf("forget the counts of topic %d: %w", topicID, err)
			}
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

// rebuildArticleCounts recounts the kept counts from the articles.
func rebuildArticleCounts(tx *gorm.DB) error {
	for _, t := range countTables {
		if err := tx.Exec("DELETE FROM " + t.name).Error; err != nil {
			return fmt.Errorf("rebuild article counts: %w", err)
		}
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

// keptGroup is a sum of kept counts per topic (allArticles for all),
// outlet and kind.
type keptGroup struct {
	TopicID int64
	Outlet  string
	Kind    string
	N       int
}

// keptGroups sums the kept counts of the days from (included) to
// (excluded), "" for an open end, of one kind ("" for all), per topic,
// outlet and kind: the months the period covers whole from the monthly
// counts, the days around them from the daily ones.
func keptGroups(db *gorm.DB, from, to, kind string) ([]keptGroup, error) {
	sum := func(table, col, lo, hi string) ([]keptGroup, error) {
		q := db.Table(table).Select("topic_id, outlet, kind, SUM(n) AS n")
		if lo != "" {
			q = q.Where(col+" >= ?", lo)
		}
		if hi != "" {
			q = q.Where(col+" < ?", hi)
		}
		if kind != "" {
			q = q.Where("kind = ?", kind)
		}
		var out []keptGroup
		err := q.Group("topic_id, outlet, kind").Scan(&out).Error
		return out, err
	}
	m0, m1, whole := wholeMonths(from, to)
	if !whole {
		return sum("article_counts", "day", from, to)
	}
	parts := [][4]string{{"article_month_counts", "month", m0, m1}}
	if from != "" && from < m0+"-01" {
		parts = append(parts, [4]string{"article_counts", "day", from, m0 + "-01"})
	}
	if to != "" && m1+"-01" < to {
		parts = append(parts, [4]string{"article_counts", "day", m1 + "-01", to})
	}
	at := map[keptGroup]int{} // by key, N zero
	var out []keptGroup
	for _, p := range parts {
		gs, err := sum(p[0], p[1], p[2], p[3])
		if err != nil {
			return nil, err
		}
		for _, g := range gs {
			k := keptGroup{TopicID: g.TopicID, Outlet: g.Outlet, Kind: g.Kind}
			if i, ok := at[k]; ok {
				out[i].N += g.N
			} else {
				at[k] = len(out)
				out = append(out, g)
			}
		}
	}
	return out, nil
}

// wholeMonths finds the months ("YYYY-MM") that the days [from, to) cover
// whole: from m0 (included) to m1 (excluded), "" for an open end; whole is
// false when there is none.
func wholeMonths(from, to string) (m0, m1 string, whole bool) {
	if from != "" {
		m0 = from[:7]
		if from[8:] != "01" {
			t, _ := time.Parse("2006-01", m0)
			m0 = t.AddDate(0, 1, 0).Format("2006-01")
		}
	}
	if to != "" {
		m1 = to[:7]
	}
	return m0, m1, m0 == "" || m1 == "" || m0 < m1
}

// keptDays sums the kept counts of every article per day over the days
// [from, to) ("" open) of one kind ("" for all): from the daily totals, or,
// when outlets is not nil, from the daily counts of those outlets.
func keptDays(db *gorm.DB, from, to, kind string, outlets []string) (map[string]int, error) {
	q := db.Table("article_day_totals").Select("day, SUM(n) AS n")
	if outlets != nil {
		q = db.Table("article_counts").Select("day, SUM(n) AS n").Where("topic_id = ? AND outlet IN ?", allArticles, outlets)
	}
	if from != "" {
		q = q.Where("day >= ?", from)
	}
	if to != "" {
		q = q.Where("day < ?", to)
	}
	if kind != "" {
		q = q.Where("kind = ?", kind)
	}
	var rows []struct {
		Day string
		N   int
	}
	if err := q.Group("day").Scan(&rows).Error; err != nil {
		return nil, err
	}
	days := make(map[string]int, len(rows))
	for _, r := range rows {
		if r.N > 0 {
			days[r.Day] = r.N
		}
	}
	return days, nil
}
