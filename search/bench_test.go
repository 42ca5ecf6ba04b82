package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search/synth"
)

// Benchmarks, on synthetic Swedish articles (package synth):
//
//	go test ./search/ -run '^$' -bench . -benchtime 200x
//
// BenchmarkSearch builds an index of 100,000 articles once per run (outside
// the timer, in a temporary directory; about a minute on two cores). By hand,
// for a million (CI never does this; about seven minutes to build and 4 GB
// of disk):
//
//	LAGESBILD_BENCH_ARTICLES=1000000 go test ./search/ -run '^$' -bench Search -benchtime 200x -timeout 60m
//
// LAGESBILD_BENCH_FACET_CACHE=off counts every search's facets anew (the
// facet cache, facetcache.go, answers a question asked again).
// LAGESBILD_BENCH_DIR keeps the built index in that directory across runs;
// LAGESBILD_BENCH_COMPACT=1 merges every month into one segment before the
// mix, as the server does with months that have ended.

const benchSeed = 20241119

// synthSource serves the generator's articles as a ChangeSource: id and rev
// are i+1.
type synthSource struct {
	g     *synth.Generator
	total int64
	feeds map[string]int64
}

func newSynthSource(total int) *synthSource {
	s := &synthSource{g: synth.New(benchSeed, total), total: int64(total), feeds: map[string]int64{}}
	for i, o := range synth.Outlets() {
		s.feeds[o] = int64(i + 1)
	}
	return s
}

func (s *synthSource) ArticlesAfter(_ context.Context, afterID int64, limit int) ([]ingest.Article, error) {
	var out []ingest.Article
	for id := afterID + 1; id <= s.total && len(out) < limit; id++ {
		a := s.g.Article(int(id - 1))
		a.ID, a.Rev, a.FeedID = id, id, s.feeds[a.Outlet]
		out = append(out, a)
	}
	return out, nil
}

func (s *synthSource) ArticlesByID(_ context.Context, ids []int64) ([]ingest.Article, error) {
	out := make([]ingest.Article, 0, len(ids))
	for _, id := range ids {
		if id >= 1 && id <= s.total {
			a := s.g.Article(int(id - 1))
			a.ID, a.Rev, a.FeedID = id, id, s.feeds[a.Outlet]
			out = append(out, a)
		}
	}
	return out, nil
}

func (s *synthSource) ArticlesChangedAfter(ctx context.Context, afterRev int64, limit int) ([]ingest.Article, error) {
	return s.ArticlesAfter(ctx, afterRev, limit)
}

// BenchmarkIndex measures indexing in batches of 1,000 (one batch per
// iteration) through CatchUp, the path the server uses, from an in-memory
// source; and the size on disk per article.
func BenchmarkIndex(b *testing.B) {
	for _, parts := range []bool{true, false} {
		b.Run(fmt.Sprintf("compound_parts=%v", parts), func(b *testing.B) {
			if !parts {
				withoutParts(b)
			}
			src := newSynthSource(0)
			// Dated as in a corpus of a million over three years (one
			// article every ~95 s), so the batches arrive in time order as
			// ingest would bring them; with a total of 0 every article
			// would be years after the previous one, each in a month (and
			// index) of its own.
			src.g = synth.New(benchSeed, 1000000)
			idx, err := Open(filepath.Join(b.TempDir(), "index"), src, Options{BatchSize: 1000})
			if err != nil {
				b.Fatal(err)
			}
			defer idx.Close()
			ctx := context.Background()
			for b.Loop() {
				src.total += 1000
				if n, err := idx.CatchUp(ctx); err != nil || n != 1000 {
					b.Fatalf("indexed %d: %v", n, err)
				}
			}
			b.ReportMetric(float64(src.total)/b.Elapsed().Seconds(), "articles/s")
			if size, err := idx.DiskSize(); err == nil && src.total > 0 {
				b.ReportMetric(float64(size)/float64(src.total), "disk-bytes/article")
			}
		})
	}
}

// BenchmarkIndexSpread indexes batches of 1,000 whose articles are spread
// over the corpus's three years, as feeds that each cover the whole span
// bring them: every batch touches about 36 months. It compares writing the
// months one after the other with writing them side by side.
func BenchmarkIndexSpread(b *testing.B) {
	for _, writers := range []int{1, 8} {
		b.Run(fmt.Sprintf("month_writers=%d", writers), func(b *testing.B) {
			defer func(w int) { monthWriters = w }(monthWriters)
			monthWriters = writers
			const feeds, perFeed = 50, 2000
			inner := newSynthSource(feeds * perFeed)
			src := &spreadSource{inner: inner, feeds: feeds, perFeed: perFeed}
			idx, err := Open(filepath.Join(b.TempDir(), "index"), src, Options{BatchSize: 1000})
			if err != nil {
				b.Fatal(err)
			}
			defer idx.Close()
			ctx := context.Background()
			for b.Loop() {
				if src.total+1000 > feeds*perFeed {
					b.Fatal("the corpus is used up: fewer iterations (-benchtime 20x)")
				}
				src.total += 1000
				if n, err := idx.CatchUp(ctx); err != nil || n != 1000 {
					b.Fatalf("indexed %d: %v", n, err)
				}
			}
			b.ReportMetric(float64(src.total)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// spreadSource numbers the synthetic corpus feed by feed: id k is article
// (k mod feeds)·perFeed + k/feeds, so that consecutive ids are far apart in
// time.
type spreadSource struct {
	inner          *synthSource
	feeds, perFeed int
	total          int
}

func (s *spreadSource) ArticlesAfter(_ context.Context, afterID int64, limit int) ([]ingest.Article, error) {
	var out []ingest.Article
	for id := afterID + 1; id <= int64(s.total) && len(out) < limit; id++ {
		k := int(id - 1)
		a := s.inner.g.Article((k%s.feeds)*s.perFeed + k/s.feeds)
		a.ID, a.Rev, a.FeedID = id, id, s.inner.feeds[a.Outlet]
		out = append(out, a)
	}
	return out, nil
}

func (s *spreadSource) ArticlesChangedAfter(ctx context.Context, afterRev int64, limit int) ([]ingest.Article, error) {
	return s.ArticlesAfter(ctx, afterRev, limit)
}

// withoutParts switches the compound parts fields off for one benchmark, to
// measure what they cost.
func withoutParts(b *testing.B) {
	mappingWithoutParts = true
	b.Cleanup(func() { mappingWithoutParts = false })
}

var benchIdx struct {
	once  sync.Once
	idx   *Index
	n     int
	built int // articles indexed by this run (0: all came from LAGESBILD_BENCH_DIR)
	err   error
	took  time.Duration
	size  int64

	compacted   int // months merged into one segment (LAGESBILD_BENCH_COMPACT=1)
	compactTook time.Duration
}

func benchArticles() int {
	if n, err := strconv.Atoi(os.Getenv("LAGESBILD_BENCH_ARTICLES")); err == nil && n > 0 {
		return n
	}
	return 100000
}

// benchIndex builds (once per run) or opens the benchmark index.
func benchIndex(b *testing.B) *Index {
	b.Helper()
	benchIdx.once.Do(func() {
		n := benchArticles()
		dir := os.Getenv("LAGESBILD_BENCH_DIR")
		if dir == "" {
			tmp, err := os.MkdirTemp("", "lagesbild-bench-")
			if err != nil {
				benchIdx.err = err
				return
			}
			benchTempDirs = append(benchTempDirs, tmp)
			dir = tmp
		}
		dir = filepath.Join(dir, fmt.Sprintf("index-%d-%d-v%d", n, benchSeed, synth.Version))
		src := newSynthSource(n)
		idx, err := Open(dir, src, Options{BatchSize: 1000})
		if err != nil {
			benchIdx.err = err
			return
		}
		start := time.Now()
		built, err := idx.CatchUp(context.Background())
		if err != nil {
			benchIdx.err = err
			return
		}
		benchIdx.idx, benchIdx.n, benchIdx.built, benchIdx.took = idx, n, built, time.Since(start)
		if os.Getenv("LAGESBILD_BENCH_COMPACT") == "1" {
			// As the server's follower does for months that have ended
			// (the corpus ends in 2024: all of them).
			start := time.Now()
			merged, err := idx.CompactClosedMonths(context.Background(), time.Now())
			if err != nil {
				benchIdx.err = err
				return
			}
			benchIdx.compacted, benchIdx.compactTook = len(merged), time.Since(start)
		}
		benchIdx.size, benchIdx.err = idx.DiskSize()
	})
	if benchIdx.err != nil {
		b.Fatal(benchIdx.err)
	}
	return benchIdx.idx
}

var benchTempDirs []string

func TestMain(m *testing.M) {
	code := m.Run()
	if benchIdx.idx != nil {
		benchIdx.idx.Close()
	}
	for _, d := range benchTempDirs {
		os.RemoveAll(d)
	}
	os.Exit(code)
}

// request is the search of one question of the mix.
func request(q synth.Query) Request {
	return Request{Q: q.Q, From: q.From, To: q.To, Sort: q.Sort, Compounds: q.Compounds, Facets: q.Facets}
}

// BenchmarkSearch runs the query mix against the 100,000-article index
// (LAGESBILD_BENCH_ARTICLES for another size): 20 hits a page, snippets
// with <mark> for the page. It reports the median and 99th percentile.
func BenchmarkSearch(b *testing.B) {
	idx := benchIndex(b)
	ctx := context.Background()
	if benchIdx.built > 0 {
		b.Logf("index: %d articles indexed in %v (%.0f articles/s)", benchIdx.built, benchIdx.took.Round(time.Second),
			float64(benchIdx.built)/benchIdx.took.Seconds())
	}
	if benchIdx.compacted > 0 {
		b.Logf("index: %d months merged into one segment each in %v", benchIdx.compacted, benchIdx.compactTook.Round(time.Second))
	}
	b.Logf("index: %d articles, %.0f bytes/article on disk (%.2f GB), %s", benchIdx.n,
		float64(benchIdx.size)/float64(benchIdx.n), float64(benchIdx.size)/1e9, segmentSummary(idx))
	b.Logf("after opening: resident %s", dbtest.ResidentMemory())
	if os.Getenv("LAGESBILD_BENCH_FACET_CACHE") == "off" { // the same mix counting every facet anew
		facetCacheOff = true
		defer func() { facetCacheOff = false }()
	}
	hits0, misses0 := FacetCacheStats()
	for _, mq := range synth.Mix {
		b.Run(mq.Name, func(b *testing.B) {
			dbtest.TimeQueries(b, func(i int) (int64, error) {
				res, err := idx.Search(ctx, request(mq.At(i)))
				if err != nil {
					return 0, err
				}
				return int64(res.Total), nil
			})
		})
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("after the mix: heap in use %d MiB, resident %s", ms.HeapInuse>>20, dbtest.ResidentMemory())
	hits, misses := FacetCacheStats()
	b.Logf("facet cache: %d months' counts from the cache, %d counted", hits-hits0, misses-misses0)
}

// segmentSummary tells how many segments the months' indexes have.
func segmentSummary(idx *Index) string {
	segs, err := idx.Segments()
	if err != nil {
		return err.Error()
	}
	var total, most uint64
	for _, n := range segs {
		total += n
		most = max(most, n)
	}
	return fmt.Sprintf("%d months, %d segments (at most %d in a month)", len(segs), total, most)
}

// BenchmarkAnalyze measures the Swedish analysis of title and text alone
// (with compound parts), in articles per second on one goroutine.
func BenchmarkAnalyze(b *testing.B) {
	g := synth.New(benchSeed, 10000)
	arts := make([]ingest.Article, 1000)
	for i := range arts {
		arts[i] = g.Article(i)
	}
	an := NewMapping().AnalyzerNamed(AnalyzerName)
	if an == nil {
		b.Fatal("no analyzer")
	}
	i := 0
	for b.Loop() {
		a := &arts[i%len(arts)]
		an.Analyze([]byte(a.Title))
		an.Analyze([]byte(a.Text))
		i++
	}
	b.ReportMetric(float64(i)/b.Elapsed().Seconds(), "articles/s")
}
