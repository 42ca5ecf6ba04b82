package search

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/search/synth"
)

// BenchmarkSearchPostgresFTS runs the query mix of BenchmarkSearch through
// PostgreSQL's own full-text search (the 'swedish' Snowball configuration,
// a stored tsvector column with a GIN index) over the same synthetic corpus
// (same generator, seed and size), for comparison. It needs
// LAGESBILD_TEST_DATABASE_URL; both engines side by side in one run:
//
//	LAGESBILD_TEST_DATABASE_URL='postgres://postgres@127.0.0.1:5432/test?sslmode=disable' \
//	  go test ./search/ -run '^$' -bench 'Search(PostgresFTS)?$' -benchtime 100x -count 1 -v
//
// The table is loaded with COPY into a fresh schema (dropped at the end)
// once per run, outside the timer; the indexes are built after the load.
func BenchmarkSearchPostgresFTS(b *testing.B) {
	dbtest.TestPostgresURL(b) // skips with a message when unset
	gdb := dbtest.OpenTestPostgres(b, nil)
	db, err := gdb.DB()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	n := benchArticles()
	took, err := loadPgFTS(ctx, db, n)
	if err != nil {
		b.Fatal(err)
	}
	var tableSize, totalSize int64
	if err := db.QueryRowContext(ctx, `SELECT pg_table_size('articles_fts'), pg_total_relation_size('articles_fts')`).
		Scan(&tableSize, &totalSize); err != nil {
		b.Fatal(err)
	}
	b.Logf("postgres: %d articles loaded (COPY) in %v, indexes built in %v (%.0f articles/s overall)", n,
		took.copy.Round(time.Second), took.index.Round(time.Second), float64(n)/(took.copy+took.index).Seconds())
	b.Logf("postgres: %.0f bytes/article on disk (%.2f GB: table with TOAST %.2f GB, indexes %.2f GB)",
		float64(totalSize)/float64(n), float64(totalSize)/1e9, float64(tableSize)/1e9, float64(totalSize-tableSize)/1e9)

	for _, q := range pgBenchQueries {
		b.Run(q.name, func(b *testing.B) {
			dbtest.TimeQueries(b, func(i int) (int64, error) { return q.run(ctx, db, i) })
		})
	}
}

type pgLoadTimes struct{ copy, index time.Duration }

// loadPgFTS creates articles_fts and fills it with the benchmark corpus.
// published is the Stockholm calendar day, as the Bleve index's day filter.
func loadPgFTS(ctx context.Context, db *sql.DB, n int) (pgLoadTimes, error) {
	var took pgLoadTimes
	if _, err := db.ExecContext(ctx, `CREATE TABLE articles_fts (
		id bigint PRIMARY KEY,
		outlet text NOT NULL,
		kind text NOT NULL,
		published date NOT NULL,
		title text NOT NULL,
		body text NOT NULL,
		tsv tsvector GENERATED ALWAYS AS
			(setweight(to_tsvector('swedish', title), 'A') || setweight(to_tsvector('swedish', body), 'B')) STORED)`); err != nil {
		return took, err
	}
	conn, err := db.Conn(ctx)
	if err != nil {
		return took, err
	}
	defer conn.Close()
	g := synth.New(benchSeed, n)
	start := time.Now()
	err = conn.Raw(func(dc any) error {
		pc := dc.(*stdlib.Conn).Conn()
		i := 0
		_, err := pc.CopyFrom(ctx, pgx.Identifier{"articles_fts"},
			[]string{"id", "outlet", "kind", "published", "title", "body"},
			pgx.CopyFromFunc(func() ([]any, error) {
				if i >= n {
					return nil, nil
				}
				a := g.Article(i)
				i++
				y, m, d := a.PublishedAt.In(Stockholm).Date()
				body := strings.TrimPrefix(strings.TrimPrefix(a.Text, a.Title), "\n")
				return []any{int64(i), a.Outlet, string(a.Kind), time.Date(y, m, d, 0, 0, 0, 0, time.UTC), a.Title, body}, nil
			}))
		return err
	})
	if err != nil {
		return took, fmt.Errorf("copy: %w", err)
	}
	took.copy = time.Since(start)
	start = time.Now()
	for _, stmt := range []string{
		`CREATE INDEX articles_fts_tsv ON articles_fts USING gin (tsv)`,
		`CREATE INDEX articles_fts_published ON articles_fts (published)`,
		`CREATE INDEX articles_fts_outlet ON articles_fts (outlet)`,
		`CREATE INDEX articles_fts_kind ON articles_fts (kind)`,
		`VACUUM ANALYZE articles_fts`,
	} {
		if _, err := db.ExecContext(ctx, stmt); err != nil {
			return took, fmt.Errorf("%s: %w", stmt, err)
		}
	}
	took.index = time.Since(start)
	return took, nil
}

// The page: the 20 best by ts_rank_cd (id as tie-break) with the exact
// number of matches, as Bleve's Total; ts_headline for the title and a
// snippet of the body is computed for those 20 rows only.
const pgPageSQL = `
WITH q AS (SELECT %s AS q),
top AS (
	SELECT a.id, ts_rank_cd(a.tsv, q.q) AS rank, count(*) OVER () AS total
	FROM articles_fts a, q
	WHERE a.tsv @@ q.q %s
	ORDER BY rank DESC, a.id
	LIMIT 20)
SELECT top.id, top.total, a.outlet, a.kind, a.published,
	ts_headline('swedish', a.title, q.q, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'),
	ts_headline('swedish', a.body, q.q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2, MaxWords=20, MinWords=8')
FROM top JOIN articles_fts a ON a.id = top.id, q
ORDER BY top.rank DESC, top.id`

// The facets over all matches: per outlet, per kind and per day, in one
// scan.
const pgFacetSQL = `
SELECT outlet, kind, published, count(*)
FROM articles_fts
WHERE tsv @@ %s %s
GROUP BY GROUPING SETS ((outlet), (kind), (published))`

// The broad list: everything in the period, newest first, with facets.
const pgNewestSQL = `
SELECT id, title, outlet, kind, published, count(*) OVER () AS total
FROM articles_fts
WHERE published BETWEEN $1 AND $2
ORDER BY published DESC, id DESC
LIMIT 20`

const pgRange = `AND published BETWEEN $2 AND $3`

// pgPage runs pgPageSQL and returns the number of matches.
func pgPage(ctx context.Context, db *sql.DB, tsq, filter string, args ...any) (int64, error) {
	rows, err := db.QueryContext(ctx, fmt.Sprintf(pgPageSQL, tsq, filter), args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var total int64
	for rows.Next() {
		var id int64
		var outlet, kind, title, snippet string
		var day time.Time
		if err := rows.Scan(&id, &total, &outlet, &kind, &day, &title, &snippet); err != nil {
			return 0, err
		}
	}
	return total, rows.Err()
}

// pgFacets runs a facet query and reads every group.
func pgFacets(ctx context.Context, db *sql.DB, query string, args ...any) error {
	rows, err := db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	groups := 0
	for rows.Next() {
		var outlet, kind sql.NullString
		var day sql.NullTime
		var count int64
		if err := rows.Scan(&outlet, &kind, &day, &count); err != nil {
			return err
		}
		groups++
	}
	return rows.Err()
}

// pgAnd turns the mix's "a AND b AND c" into websearch_to_tsquery's "a b c"
// (websearch syntax has no AND: adjacent words are all required).
func pgAnd(q string) string { return strings.ReplaceAll(q, " AND ", " ") }

// pgBenchQueries is BenchmarkSearch's mix (synth.Mix), with the same
// names and the same i-th variant. word_compounds has no counterpart: the
// Snowball configuration does not split compounds.
var pgBenchQueries = []struct {
	name string
	run  func(ctx context.Context, db *sql.DB, i int) (int64, error)
}{
	{"word", func(ctx context.Context, db *sql.DB, i int) (int64, error) {
		return pgPage(ctx, db, `websearch_to_tsquery('swedish', $1)`, "", synth.MixAt("word", i).Q)
	}},
	{"phrase", func(ctx context.Context, db *sql.DB, i int) (int64, error) {
		return pgPage(ctx, db, `phraseto_tsquery('swedish', $1)`, "", strings.Trim(synth.MixAt("phrase", i).Q, `"`))
	}},
	{"and3_180d", func(ctx context.Context, db *sql.DB, i int) (int64, error) {
		mq := synth.MixAt("and3_180d", i)
		return pgPage(ctx, db, `websearch_to_tsquery('swedish', $1)`, pgRange, pgAnd(mq.Q), mq.From, mq.To)
	}},
	{"and3_180d_facets", func(ctx context.Context, db *sql.DB, i int) (int64, error) {
		mq := synth.MixAt("and3_180d_facets", i)
		q := pgAnd(mq.Q)
		total, err := pgPage(ctx, db, `websearch_to_tsquery('swedish', $1)`, pgRange, q, mq.From, mq.To)
		if err != nil {
			return 0, err
		}
		return total, pgFacets(ctx, db, fmt.Sprintf(pgFacetSQL, `websearch_to_tsquery('swedish', $1)`, pgRange), q, mq.From, mq.To)
	}},
	{"empty_180d_newest_facets", func(ctx context.Context, db *sql.DB, i int) (int64, error) {
		from, to := synth.Window180(i)
		rows, err := db.QueryContext(ctx, pgNewestSQL, from, to)
		if err != nil {
			return 0, err
		}
		var total int64
		for rows.Next() {
			var id int64
			var title, outlet, kind string
			var day time.Time
			if err := rows.Scan(&id, &title, &outlet, &kind, &day, &total); err != nil {
				rows.Close()
				return 0, err
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
		return total, pgFacets(ctx, db, `SELECT outlet, kind, published, count(*) FROM articles_fts
			WHERE published BETWEEN $1 AND $2 GROUP BY GROUPING SETS ((outlet), (kind), (published))`, from, to)
	}},
}
