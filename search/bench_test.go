package search

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
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

// The fixed query mix: what an analyst asks. Each iteration takes the next
// variant, so caches see a spread of terms and periods.
var (
	benchWords   = []string{"journalsystemet", "akutmottagningen", "strejken", "ambulanser", "konserten", "polisen", "elavbrottet", "leverantören"}
	benchPhrases = []string{`"hela systemet låg nere"`, `"patienter fick vänta i timmar"`, `"inloggningen slutade fungera"`, `"begäran om allmän handling"`}
	benchAnds    = []string{"journalsystem AND leverantören AND inloggningen", "akutmottagningen AND väntetider AND patienterna",
		"strejk AND övertid AND fackförbundet", "budget AND underskottet AND nämnden"}
)

// window180 is the i-th 180-day window, spread over the corpus's years.
func window180(i int) (from, to time.Time) {
	start := time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC)
	from = start.AddDate(0, 0, (i*97)%(3*365-200))
	return from, from.AddDate(0, 0, 179)
}

// benchToday is the "today" of the UI queries: the last day of the
// synthetic corpus, moved back by up to four days so caches see a spread.
func benchToday(i int) time.Time {
	return time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -(i % 5))
}

// window30 is the search page's default period: the last 30 days, today
// included (web/ui_search.go, defaultSearchDays).
func window30(i int) (from, to time.Time) {
	to = benchToday(i)
	return to.AddDate(0, 0, -29), to
}

// benchQueries is the mix. The ui_ variants are what the search page sends:
// the last 30 days by default, facets always on, 20 hits. The others have no
// date window, or an explicit 180-day one, and are reported separately so
// that the cost of an open-ended question is not hidden.
var benchQueries = []struct {
	name string
	req  func(i int) Request
}{
	{"ui_word_30d", func(i int) Request {
		from, to := window30(i)
		return Request{Q: benchWords[i%len(benchWords)], From: from, To: to, Facets: true}
	}},
	{"ui_phrase_30d", func(i int) Request {
		from, to := window30(i)
		return Request{Q: benchPhrases[i%len(benchPhrases)], From: from, To: to, Facets: true}
	}},
	{"ui_and3_30d", func(i int) Request {
		from, to := window30(i)
		return Request{Q: benchAnds[i%len(benchAnds)], From: from, To: to, Facets: true}
	}},
	{"ui_word_compounds_30d", func(i int) Request {
		from, to := window30(i)
		return Request{Q: []string{"haveri", "system", "mottagning"}[i%3], Compounds: true, From: from, To: to, Facets: true}
	}},
	{"ui_empty_30d", func(i int) Request {
		from, to := window30(i)
		return Request{From: from, To: to, Facets: true}
	}},
	{"word", func(i int) Request { return Request{Q: benchWords[i%len(benchWords)], Sort: SortRelevance} }},
	{"phrase", func(i int) Request { return Request{Q: benchPhrases[i%len(benchPhrases)]} }},
	{"and3_180d", func(i int) Request {
		from, to := window180(i)
		return Request{Q: benchAnds[i%len(benchAnds)], From: from, To: to}
	}},
	{"and3_180d_facets", func(i int) Request {
		from, to := window180(i)
		return Request{Q: benchAnds[i%len(benchAnds)], From: from, To: to, Facets: true}
	}},
	{"word_compounds", func(i int) Request {
		return Request{Q: []string{"haveri", "system", "mottagning"}[i%3], Compounds: true}
	}},
	{"empty_180d_newest_facets", func(i int) Request {
		from, to := window180(i)
		return Request{From: from, To: to, Facets: true}
	}},
	{"open_word_facets", func(i int) Request {
		return Request{Q: benchWords[i%len(benchWords)], Facets: true}
	}},
	{"open_empty_newest", func(i int) Request { return Request{} }},
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
	b.Logf("after opening: resident %s", residentMemory())
	for _, bq := range benchQueries {
		b.Run(bq.name, func(b *testing.B) {
			var lat []time.Duration
			var hits uint64
			i := 0
			for b.Loop() {
				t0 := time.Now()
				res, err := idx.Search(ctx, bq.req(i))
				lat = append(lat, time.Since(t0))
				if err != nil {
					b.Fatal(err)
				}
				hits += res.Total
				i++
			}
			lagesbild.ReportPercentiles(b, lat)
			b.ReportMetric(float64(hits)/float64(len(lat)), "hits/op")
		})
	}
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.Logf("after the mix: heap in use %d MiB, resident %s", ms.HeapInuse>>20, residentMemory())
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

// residentMemory is VmRSS from /proc/self/status (Linux), with its anonymous
// part (heap, stacks) and its file part (the index's memory-mapped segments,
// page cache the kernel can take back), or "?".
func residentMemory() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "?"
	}
	v := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if k, rest, ok := strings.Cut(line, ":"); ok {
			v[k] = strings.TrimSpace(rest)
		}
	}
	if v["VmRSS"] == "" {
		return "?"
	}
	return fmt.Sprintf("%s (anon %s, file %s)", v["VmRSS"], v["RssAnon"], v["RssFile"])
}
