package ingest

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"time"
)

// The coverage queries: what the lägesbild report (tracker/report) reads of
// the articles, as typed rows, so that no other package writes SQL against
// these tables. Coverage is the articles of kind news or opinion; items of
// own feeds (kind own) are read by OwnArticles.

// CoverageQuery selects the coverage articles published in [Start, End).
type CoverageQuery struct {
	Start, End time.Time
	// Tagged keeps only articles tagged with at least one topic.
	Tagged bool
	// TopicID > 0 keeps only articles tagged with this topic.
	TopicID int64
	// LeadRunes > 0 has CoverageArticles read the first LeadRunes
	// characters of every article's text as its Lead (for the themes).
	LeadRunes int
}

// CoverageArticle is one article of the coverage, with what the report
// counts and scores.
type CoverageArticle struct {
	ID          int64
	PublishedAt time.Time
	Outlet      string
	StoryKey    string // near-duplicate group; "" when the article has none
	Title       string
	Kind        Kind   // CoverageArticles with OpinionText > 0 only
	URL         string // CoverageArticles with OpinionText > 0 only
	// Text is, from CoverageArticles with OpinionText > 0, the start of an
	// opinion piece's text ("" for news); from CoverageTexts, the whole text.
	Text string
	// Lead is the start of the text, from CoverageArticles with LeadRunes > 0.
	Lead string
}

// coverageKinds is the SQL list of the kinds that are coverage.
var coverageKinds = "('" + string(KindNews) + "', '" + string(KindOpinion) + "')"

// where is the SQL condition on "a" (articles) after the period and kind,
// with its arguments.
func (q CoverageQuery) where() (string, []any) {
	switch {
	case q.TopicID > 0:
		return " AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id AND t.topic_id = ?)", []any{q.TopicID}
	case q.Tagged:
		return " AND EXISTS (SELECT 1 FROM article_topics t WHERE t.article_id = a.id)", nil
	}
	return "", nil
}

// CoverageArticles calls fn with each coverage article of q, oldest first
// (published_at, then id), in one pass. Without opinionText it reads only
// the id, time, outlet, story and title; with opinionText > 0 also the kind,
// the URL and, of opinion pieces, the first opinionText characters of the text.
func (s *Store) CoverageArticles(ctx context.Context, q CoverageQuery, opinionText int, fn func(CoverageArticle) error) error {
	cond, condArgs := q.where()
	cols := "a.id, a.published_at, a.outlet, a.story_key, a.title"
	var args []any
	full := opinionText > 0
	if full {
		cols += ", a.kind, a.url, CASE WHEN a.kind = ? THEN SUBSTR(a.text, 1, ?) ELSE '' END"
		args = append(args, string(KindOpinion), opinionText)
	}
	if q.LeadRunes > 0 {
		cols += ", SUBSTR(a.text, 1, ?)"
		args = append(args, q.LeadRunes)
	}
	args = append(args, q.Start.UTC(), q.End.UTC())
	rows, err := s.db.WithContext(ctx).Raw(`SELECT `+cols+` FROM articles a
		WHERE a.published_at >= ? AND a.published_at < ? AND a.kind IN `+coverageKinds+cond+`
		ORDER BY a.published_at, a.id`, append(args, condArgs...)...).Rows()
	if err != nil {
		return fmt.Errorf("read coverage articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r CoverageArticle
		dest := []any{&r.ID, &r.PublishedAt, &r.Outlet, &r.StoryKey, &r.Title}
		if full {
			dest = append(dest, &r.Kind, &r.URL, &r.Text)
		}
		if q.LeadRunes > 0 {
			dest = append(dest, &r.Lead)
		}
		if err := rows.Scan(dest...); err != nil {
			return fmt.Errorf("read coverage articles: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read coverage articles: %w", err)
	}
	return nil
}

// CoverageTexts calls fn with each coverage article of q in no particular
// order: its id, outlet, story, title and whole text.
func (s *Store) CoverageTexts(ctx context.Context, q CoverageQuery, fn func(CoverageArticle) error) error {
	cond, args := q.where()
	rows, err := s.db.WithContext(ctx).Raw(`SELECT a.id, a.outlet, a.story_key, a.title, a.text FROM articles a
		WHERE a.published_at >= ? AND a.published_at < ? AND a.kind IN `+coverageKinds+cond,
		append([]any{q.Start.UTC(), q.End.UTC()}, args...)...).Rows()
	if err != nil {
		return fmt.Errorf("read coverage texts: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r CoverageArticle
		if err := rows.Scan(&r.ID, &r.Outlet, &r.StoryKey, &r.Title, &r.Text); err != nil {
			return fmt.Errorf("read coverage texts: %w", err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read coverage texts: %w", err)
	}
	return nil
}

// ArticleTexts returns the title and the first runes characters of the text
// of each article of ids that exists, by id: what the report's tone scorer
// learns from when a person has confirmed an article's tone.
func (s *Store) ArticleTexts(ctx context.Context, ids []int64, runes int) (map[int64]CoverageArticle, error) {
	out := make(map[int64]CoverageArticle, len(ids))
	for chunk := range slices.Chunk(ids, 500) {
		var rows []struct {
			ID    int64
			Title string
			Text  string
		}
		if err := s.db.WithContext(ctx).Raw(`SELECT id, title, SUBSTR(text, 1, ?) AS text FROM articles WHERE id IN ?`,
			runes, chunk).Scan(&rows).Error; err != nil {
			return nil, fmt.Errorf("read article texts: %w", err)
		}
		for _, r := range rows {
			out[r.ID] = CoverageArticle{ID: r.ID, Title: r.Title, Text: r.Text}
		}
	}
	return out, nil
}

// ArticlesVersion is a fingerprint of the articles of the given kinds
// published in [start, end), read from one index (articles_kind_published_rev):
// their number, the sum of their ids, and the highest and the sum of their
// revs. A rev is handed out above every rev in the table on each insert and
// each change of a row (its text, date, outlet, kind or topics), and ids are
// never used twice, so any article added to, removed from, moved into or
// changed within the window changes the fingerprint. Whatever is computed
// from the window's articles can be kept with it and used again while it
// holds.
func (s *Store) ArticlesVersion(ctx context.Context, start, end time.Time, kinds ...Kind) (string, error) {
	var v struct{ N, IDs, MaxRev, Revs int64 }
	err := s.db.WithContext(ctx).Raw(`SELECT COUNT(*) AS n, COALESCE(SUM(id), 0) AS ids,
		COALESCE(MAX(rev), 0) AS max_rev, COALESCE(SUM(rev), 0) AS revs
		FROM articles WHERE kind IN ? AND published_at >= ? AND published_at < ?`,
		kindStrings(kinds), start.UTC(), end.UTC()).Scan(&v).Error
	if err != nil {
		return "", fmt.Errorf("fingerprint the articles: %w", err)
	}
	return fmt.Sprintf("%d/%d/%d/%d", v.N, v.IDs, v.MaxRev, v.Revs), nil
}

func kindStrings(kinds []Kind) []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = string(k)
	}
	return out
}

// CoverageDaysVersion is a fingerprint of the coverage of the days
// [fromDay, toDay] (Stockholm dates, both included), read from the counts
// kept at ingest rather than from the articles: it changes when an article
// of those days is added, deleted, moved to another day, outlet or kind, or
// tagged or untagged with a topic. It does not see an article whose story
// changes while its counts stay, which moves a day's count of stories by
// one; for a baseline of 90 days that is the price of reading a few
// thousand rows instead of a hundred thousand articles.
func (s *Store) CoverageDaysVersion(ctx context.Context, fromDay, toDay string) (string, error) {
	var v struct{ Rows, N, Weighted int64 }
	err := s.db.WithContext(ctx).Raw(`SELECT COUNT(*) AS rows, COALESCE(SUM(n), 0) AS n,
		COALESCE(SUM(n * (topic_id + 1)), 0) AS weighted FROM article_counts
		WHERE day >= ? AND day <= ? AND kind IN `+coverageKinds, fromDay, toDay).Scan(&v).Error
	if err != nil {
		return "", fmt.Errorf("fingerprint the kept counts: %w", err)
	}
	return fmt.Sprintf("%d/%d/%d", v.Rows, v.N, v.Weighted), nil
}

// CoverageStoriesPerDay counts, in one query, the coverage of q once per
// outlet and story (an article without a story is its own), each on the day
// of its earliest article. dayStarts are the first instants of the days and
// of the day after the last: day i is [dayStarts[i], dayStarts[i+1]); q's
// Start and End are ignored. The answer has one count per day, zeros included.
func (s *Store) CoverageStoriesPerDay(ctx context.Context, q CoverageQuery, dayStarts []time.Time) ([]int, error) {
	if len(dayStarts) < 2 {
		return nil, nil
	}
	dayExpr, args := dayCase("g.first_at", dayStarts, 0, len(dayStarts)-1)
	cond, condArgs := q.where()
	args = append(args, dayStarts[0], dayStarts[len(dayStarts)-1])
	args = append(args, condArgs...)
	var rows []struct{ D, N int }
	err := s.db.WithContext(ctx).Raw(`SELECT `+dayExpr+` AS d, COUNT(*) AS n FROM (
		SELECT MIN(a.published_at) AS first_at FROM articles a
		WHERE a.published_at >= ? AND a.published_at < ? AND a.kind IN `+coverageKinds+cond+`
		GROUP BY a.outlet, COALESCE(NULLIF(a.story_key, ''), 'a' || a.id)) g
		GROUP BY 1`, args...).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("count coverage per day: %w", err)
	}
	out := make([]int, len(dayStarts)-1)
	for _, r := range rows {
		if r.D >= 0 && r.D < len(out) {
			out[r.D] += r.N
		}
	}
	return out, nil
}

// dayCase is an SQL expression giving the index, in [lo, hi), of the day of
// col among the day starts: a balanced tree of comparisons, so that a long
// period costs a few comparisons a row, not one per day.
func dayCase(col string, starts []time.Time, lo, hi int) (string, []any) {
	if hi-lo <= 1 {
		return strconv.Itoa(lo), nil
	}
	mid := (lo + hi) / 2
	left, la := dayCase(col, starts, lo, mid)
	right, ra := dayCase(col, starts, mid, hi)
	args := append([]any{starts[mid]}, la...)
	return "CASE WHEN " + col + " < ? THEN " + left + " ELSE " + right + " END", append(args, ra...)
}

// OwnArticle is an item of an own feed (kind own).
type OwnArticle struct {
	ID          int64
	PublishedAt time.Time
	Title       string
	URL         string
	Categories  string // separated by "; "
}

// OwnArticles are the items of own feeds published in [start, end), newest first.
func (s *Store) OwnArticles(ctx context.Context, start, end time.Time) ([]OwnArticle, error) {
	var rows []OwnArticle
	err := s.db.WithContext(ctx).Raw(`SELECT a.id, a.published_at, a.title, a.url, a.categories FROM articles a
		WHERE a.published_at >= ? AND a.published_at < ? AND a.kind = ?
		ORDER BY a.published_at DESC, a.id DESC`, start.UTC(), end.UTC(), string(KindOwn)).Scan(&rows).Error
	if err != nil {
		return nil, fmt.Errorf("read own items: %w", err)
	}
	return rows, nil
}

// TopicNames lists the topics by id, without their article counts (cheaper than Topics).
func (s *Store) TopicNames(ctx context.Context) ([]Topic, error) {
	var out []Topic
	if err := s.db.WithContext(ctx).Raw("SELECT id, name FROM topics ORDER BY id").Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("list topics: %w", err)
	}
	return out, nil
}
