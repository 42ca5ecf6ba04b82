package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search/synth"
	"gorm.io/gorm"
)

// BenchmarkSearchSQLFacets runs the lists without words (newest first,
// facets) twice each, back to back: in the benchmark index (ranking and
// facets over every hit), and in a SQLite database holding the same
// synthetic articles (ingest.Store.ListArticles, ListSource: the page along
// published_at, the facets from the counts kept at ingest). The lists are
// the search page's default (the last 30 days) and, when the database holds
// the whole corpus, 180 days and everything. It also times the counts alone.
//
//	go test ./search/ -run '^$' -bench SearchSQLFacets -benchtime 100x
//
// The database holds every article of the corpus, or with
// LAGESBILD_BENCH_DB_FROM=2024-11-20 only those published from that day on
// (the default at more than 100,000 articles; "all" for every article: a
// million take about five minutes to write). The 30-day windows of the mix
// all lie after 2024-11-27, and the SQL reads only the rows of its window,
// so the rows left out change the depth of the B-trees only. One article in
// three is tagged with a topic, one in ten with a second, one in fifty with
// a third, in the database only: the topic facet is compared with nothing
// (the index of the benchmark has no topics) but counted all the same. The
// database lives in LAGESBILD_BENCH_DB_DIR, else beside the index
// (LAGESBILD_BENCH_DIR); with LAGESBILD_BENCH_LIST_DB=postgres it is a fresh
// schema of LAGESBILD_TEST_DATABASE_URL instead, filled on every run.
func BenchmarkSearchSQLFacets(b *testing.B) {
	idx := benchIndex(b)
	ctx := context.Background()
	n := benchIdx.n
	from := os.Getenv("LAGESBILD_BENCH_DB_FROM")
	switch {
	case from == "all":
		from = ""
	case from == "" && n > 100000:
		from = "2024-11-20"
	}
	store := benchFacetDB(b, n, from)

	orig := idx.src
	b.Cleanup(func() { idx.src = orig })
	withSQL := sqlFacetSource{ChangeSource: orig.(ChangeSource), ls: store}

	run := func(name string, src Source, do func(i int) (int64, error)) {
		b.Run(name, func(b *testing.B) {
			idx.src = src
			dbtest.TimeQueries(b, do)
		})
	}
	type list struct {
		name string
		req  func(i int) Request
	}
	lists := []list{{"ui_empty_30d", func(i int) Request {
		from, to := synth.Window30(i)
		return Request{From: from, To: to, Facets: true}
	}}}
	if from == "" {
		lists = append(lists,
			list{"empty_180d", func(i int) Request {
				from, to := synth.Window180(i)
				return Request{From: from, To: to, Facets: true}
			}},
			list{"open_empty", func(int) Request { return Request{Facets: true} }})
	}
	for _, l := range lists {
		search := func(i int) (int64, error) {
			res, err := idx.Search(ctx, l.req(i))
			if err != nil {
				return 0, err
			}
			return int64(res.Total), nil
		}
		// The two paths must agree before they are timed (but for the
		// topics, which only the database has).
		for i := range 5 {
			idx.src = orig
			a, err := idx.Search(ctx, l.req(i))
			if err != nil {
				b.Fatal(err)
			}
			idx.src = withSQL
			c, err := idx.Search(ctx, l.req(i))
			if err != nil {
				b.Fatal(err)
			}
			if len(c.Facets.Topic) == 0 {
				b.Fatalf("%s: no topics counted", l.name)
			}
			c.Facets.Topic = a.Facets.Topic
			if a.Total != c.Total || fmt.Sprint(a.Facets) != fmt.Sprint(c.Facets) || fmt.Sprint(a.Hits) != fmt.Sprint(c.Hits) {
				b.Fatalf("%s %d: index and database differ:\nindex %d %v\nsql   %d %v", l.name, i, a.Total, a.Facets, c.Total, c.Facets)
			}
		}
		run(l.name+"_index", orig, search)
		run(l.name+"_database", withSQL, search)
		run(l.name+"_database_counts_alone", withSQL, func(i int) (int64, error) {
			c, err := store.ArticleFacets(ctx, facetQuery(l.req(i)))
			if err != nil {
				return 0, err
			}
			return c.Total, nil
		})
	}
}

// sqlFacetSource is the benchmark's in-memory source with a database's
// ListArticles.
type sqlFacetSource struct {
	ChangeSource
	ls ListSource
}

func (s sqlFacetSource) ListArticles(ctx context.Context, q ingest.FacetQuery, offset, limit int) (*ingest.ArticlePage, error) {
	return s.ls.ListArticles(ctx, q, offset, limit)
}

// benchFacetDB opens (filling it the first time) a SQLite database with the
// synthetic articles of the benchmark index, ids and revs as synthSource
// gives them, from the Stockholm day from on ("" for all).
func benchFacetDB(b *testing.B, n int, from string) *ingest.Store {
	b.Helper()
	dir := os.Getenv("LAGESBILD_BENCH_DB_DIR")
	if dir == "" {
		dir = os.Getenv("LAGESBILD_BENCH_DIR")
	}
	if dir == "" {
		dir = b.TempDir()
	}
	scope := "all"
	if from != "" {
		scope = "from-" + from
	}
	dir = filepath.Join(dir, fmt.Sprintf("listdb-%d-%d-v%d-%s", n, benchSeed, synth.Version, scope))
	ctx := context.Background()
	var db *gorm.DB
	if os.Getenv("LAGESBILD_BENCH_LIST_DB") == "postgres" {
		// A fresh schema of LAGESBILD_TEST_DATABASE_URL, filled every run.
		db = dbtest.OpenTestPostgres(b, ingest.Migrations)
		dir = ""
	} else {
		var err error
		if db, err = lagesbild.Open(ctx, "", dir); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { lagesbild.Close(db) })
		if _, err := lagesbild.Migrate(ctx, db, ingest.Migrations); err != nil {
			b.Fatal(err)
		}
	}
	store := ingest.NewStore(db, nil)
	if _, err := os.Stat(filepath.Join(dir, "filled")); dir != "" && err == nil {
		return store
	}

	src := newSynthSource(n)
	for i, o := range synth.Outlets() {
		f, err := store.CreateFeed(ctx, ingest.NewFeed{URL: fmt.Sprintf("https://feed%d.example/rss", i), Outlet: o, Kind: ingest.KindNews})
		if err != nil {
			b.Fatal(err)
		}
		if f.ID != src.feeds[o] {
			b.Fatalf("feed %s has id %d, want %d", o, f.ID, src.feeds[o])
		}
	}
	first := 0
	if from != "" {
		t, err := time.ParseInLocation(time.DateOnly, from, Stockholm)
		if err != nil {
			b.Fatal(err)
		}
		// Published in id order (with jitter below one step): the first
		// article from that day on, give or take a few.
		first = max(0, sort.Search(n, func(i int) bool { return !src.g.Article(i).PublishedAt.Before(t) })-10)
	}
	start := time.Now()
	const batch = 400
	filled := 0
	for lo := first; lo < n; lo += batch {
		arts, err := src.ArticlesAfter(ctx, int64(lo), batch)
		if err != nil {
			b.Fatal(err)
		}
		if err := db.CreateInBatches(arts, batch).Error; err != nil {
			b.Fatal(err)
		}
		filled += len(arts)
	}
	// Monitored topics, tagged by id, then counted as the migration would
	// (the rows were written around the Store).
	for t, every := range map[int]int{1: 3, 2: 10, 3: 50} {
		// Tagged through the last article: a server opened over this
		// database (cmd/lagesbild's BenchmarkServedSearch) does not apply
		// the topics' queries again.
		if err := db.Exec("INSERT INTO topics (id, name, query, created_at, tagged_through) VALUES (?, ?, ?, ?, ?)",
			t, fmt.Sprintf("Ämne %d", t), "x", time.Now(), n).Error; err != nil {
			b.Fatal(err)
		}
		if err := db.Exec("INSERT INTO article_topics (article_id, topic_id) SELECT id, ? FROM articles WHERE id % ? = 0",
			t, every).Error; err != nil {
			b.Fatal(err)
		}
	}
	if err := store.RebuildArticleCounts(ctx); err != nil {
		b.Fatal(err)
	}
	if dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "filled"), nil, 0o640); err != nil {
			b.Fatal(err)
		}
	}
	b.Logf("facet database: %d articles (ids %d–%d) written in %v", filled, first+1, n, time.Since(start).Round(time.Second))
	return store
}
