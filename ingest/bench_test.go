package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/search"
	"github.com/mmcdole/gofeed"
	"gorm.io/gorm"
)

// Synthetic Swedish text for benchmarks: invented words of the crisis, in
// sentences of 8–16 words.
var benchWords = strings.Fields(`journalsystemet akutmottagningen regionen patienterna personalen sjuksköterskorna
läkarna vårdcentralen leverantören införandet haveriet driftstoppet förseningen beslutet styrelsen
ansvaret kritiken granskningen utredningen kostnaderna miljoner timmar veckor dygnet natten
morgonen operationer provsvar remisser läkemedel journaler inloggning systemet papper rutiner
oron säkerheten arbetsmiljön facket skyddsombudet direktören politikerna oppositionen
majoriteten ersättningen avtalet återgången reservrutinen väntetiderna köerna ambulanserna
har är blev kan måste ska vill säger menar kräver varnar larmar uppger bekräftar
och men att som för med på i av till från under efter inför enligt`)

func benchSentence(r *rand.Rand) string {
	n := 8 + r.IntN(9)
	w := make([]string, n)
	for i := range w {
		w[i] = benchWords[r.IntN(len(benchWords))]
	}
	s := []rune(strings.Join(w, " "))
	s[0] = unicode.ToUpper(s[0])
	return string(s) + "."
}

// benchRSS is a 50-item RSS 2.0 feed with ~2 KB HTML descriptions; first is
// the number of the first item's guid, so that each call can bring new items.
func benchRSS(r *rand.Rand, first, items int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">` +
		`<channel><title>Bänkposten</title><link>https://bankposten.example/</link><description>Syntetiska nyheter</description>`)
	base := time.Date(2024, 11, 18, 6, 0, 0, 0, time.UTC)
	for i := first; i < first+items; i++ {
		var d strings.Builder
		for d.Len() < 2000 {
			d.WriteString("<p>")
			for j := 0; j < 3; j++ {
				d.WriteString(benchSentence(r))
				d.WriteByte(' ')
			}
			d.WriteString(`<a href="/nyheter/bakgrund?utm_source=rss">Läs mer</a></p>`)
		}
		fmt.Fprintf(&b, `<item><guid isPermaLink="false">bp-%d</guid><title>%s</title>`+
			`<link>https://bankposten.example/nyheter/%d?utm_medium=rss</link><pubDate>%s</pubDate>`+
			`<dc:creator>Redaktionen</dc:creator><category>Nyheter</category><description><![CDATA[%s]]></description></item>`,
			i, strings.TrimSuffix(benchSentence(r), "."), i, base.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), d.String())
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func BenchmarkParse(b *testing.B) {
	body := []byte(benchRSS(rand.New(rand.NewPCG(1, 2)), 0, 50))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	items := 0
	for b.Loop() {
		doc, err := ingest.Parse(body, "application/rss+xml")
		if err != nil {
			b.Fatal(err)
		}
		items += len(doc.Items)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkGofeedAlone is gofeed on the same bytes without our charset and
// control-character repairs: the cost of the wrapper is the difference.
func BenchmarkGofeedAlone(b *testing.B) {
	body := []byte(benchRSS(rand.New(rand.NewPCG(1, 2)), 0, 50))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	items := 0
	for b.Loop() {
		doc, err := gofeed.NewParser().Parse(bytes.NewReader(body))
		if err != nil {
			b.Fatal(err)
		}
		items += len(doc.Items)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}

func BenchmarkParseNormalize(b *testing.B) {
	body := []byte(benchRSS(rand.New(rand.NewPCG(1, 2)), 0, 50))
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	seen := time.Date(2024, 11, 23, 12, 0, 0, 0, time.UTC)
	items := 0
	for b.Loop() {
		doc, err := ingest.Parse(body, "application/rss+xml")
		if err != nil {
			b.Fatal(err)
		}
		arts := ingest.NormalizeFeed(doc, ingest.NormalizeOptions{FeedURL: "https://bankposten.example/rss",
			Kind: ingest.KindNews, Outlet: "Bänkposten", Seen: seen})
		items += len(arts)
	}
	b.ReportMetric(float64(items)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkIngestPath is the whole path for one feed: fetch 50 new items
// from a local server, parse, normalise, store them on SQLite and record the
// fetch on the feed.
func BenchmarkIngestPath(b *testing.B) {
	benchIngestPath(b, dbtest.OpenTestSQLite(b, ingest.Migrations))
}

// BenchmarkIngestPathPostgres is the same on PostgreSQL (skipped without
// LAGESBILD_TEST_DATABASE_URL).
func BenchmarkIngestPathPostgres(b *testing.B) {
	benchIngestPath(b, dbtest.OpenTestPostgres(b, ingest.Migrations))
}

func benchIngestPath(b *testing.B, db *gorm.DB) {
	srv := benchFeedServer(b)
	c := newClock()
	s := ingest.NewStore(db, c.Now)
	in := ingest.NewIngester(s, ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true, Now: c.Now}),
		ingest.IngesterOptions{Logger: quiet})
	f := mustFeed(b, s, ingest.NewFeed{URL: srv.URL + "/rss"})
	stored := 0
	b.ReportAllocs()
	for b.Loop() {
		c.Add(time.Minute)
		n, err := refreshNew(in, f.ID)
		if err != nil {
			b.Fatal(err)
		}
		stored += n
	}
	if stored == 0 {
		b.Fatal("nothing stored")
	}
	b.ReportMetric(float64(stored)/b.Elapsed().Seconds(), "items/s")
}

// benchItems is how many items each fetch of benchFeedServer brings.
const benchItems = 50

// refreshNew refreshes a feed of benchFeedServer and checks that all its
// items were new.
func refreshNew(in *ingest.Ingester, feedID int64) (int, error) {
	res, err := in.Refresh(context.Background(), feedID)
	switch {
	case err != nil || res.Status != ingest.StatusOK:
		return 0, fmt.Errorf("refresh feed %d: %+v %v", feedID, res, err)
	case res.New != benchItems:
		return 0, fmt.Errorf("feed %d: %d new items, want %d", feedID, res.New, benchItems)
	}
	return res.New, nil
}

// BenchmarkIngestPathIndexed is the whole path of issue 3 on SQLite: fetch
// from a local server → parse → normalise → store → index. serial fetches
// one feed at a time and indexes its 50 items right after storing them (a
// Bleve batch of 50, the worst case); following is the server's shape: four
// feeds fetched at once (the scheduler's four workers), the index following
// the articles table in its own goroutine (search.Index.Run, told by the
// store), and the time ending when the last article is indexed.
func BenchmarkIngestPathIndexed(b *testing.B) {
	for _, follow := range []bool{false, true} {
		name := "serial"
		if follow {
			name = "following"
		}
		b.Run(name, func(b *testing.B) {
			srv := benchFeedServer(b)
			c := newClock()
			s := ingest.NewStore(dbtest.OpenTestSQLite(b, ingest.Migrations), c.Now)
			in := ingest.NewIngester(s, ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true, Now: c.Now}),
				ingest.IngesterOptions{Logger: quiet})
			workers := 1
			if follow {
				workers = 4
			}
			feeds := make([]int64, workers)
			for i := range feeds {
				feeds[i] = mustFeed(b, s, ingest.NewFeed{URL: fmt.Sprintf("%s/rss/%d", srv.URL, i)}).ID
			}
			idx, err := search.Open(filepath.Join(b.TempDir(), "index"), s, search.Options{Logger: quiet})
			if err != nil {
				b.Fatal(err)
			}
			defer idx.Close()
			ctx, cancel := context.WithCancel(context.Background())
			done := make(chan error, 1)
			if follow {
				notify, unsubscribe := s.Subscribe()
				defer unsubscribe()
				go func() { done <- idx.Run(ctx, notify) }()
			}
			stored := 0
			start := time.Now() // b.Loop's timer stops with the loop; the wait below counts too
			for b.Loop() {
				c.Add(time.Minute)
				var wg sync.WaitGroup
				counts := make([]int, len(feeds))
				errs := make([]error, len(feeds))
				for i, id := range feeds {
					wg.Go(func() { counts[i], errs[i] = refreshNew(in, id) })
				}
				wg.Wait()
				if err := errors.Join(errs...); err != nil {
					b.Fatal(err)
				}
				for _, n := range counts {
					stored += n
				}
				if !follow {
					if _, err := idx.CatchUp(ctx); err != nil {
						b.Fatal(err)
					}
				}
			}
			// Until the index holds every article stored.
			last, err := s.MaxArticleRev(ctx)
			if err != nil {
				b.Fatal(err)
			}
			for {
				st, err := idx.Stats()
				if err != nil {
					b.Fatal(err)
				}
				if st.LastRev >= last {
					break
				}
				time.Sleep(time.Millisecond)
			}
			elapsed := time.Since(start)
			cancel()
			if follow {
				if err := <-done; err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(stored)/elapsed.Seconds(), "items/s")
		})
	}
}

// benchFeedServer serves a 50-item feed (benchRSS) whose items are new on
// every request.
func benchFeedServer(b *testing.B) *httptest.Server {
	r := rand.New(rand.NewPCG(3, 4))
	// Pre-render the bodies so the server's work is not measured.
	bodies := make([]string, 64)
	for i := range bodies {
		bodies[i] = benchRSS(r, i*benchItems, benchItems)
	}
	var next atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		n := next.Add(1) - 1
		body := bodies[n%int64(len(bodies))]
		if n >= int64(len(bodies)) { // new guids and links beyond the pre-rendered ones
			body = strings.ReplaceAll(body, `">bp-`, fmt.Sprintf(`">r%d-bp-`, n))
			body = strings.ReplaceAll(body, `/nyheter/`, fmt.Sprintf(`/nyheter/r%d-`, n))
		}
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	b.Cleanup(srv.Close)
	return srv
}

// BenchmarkSchedulerPass is a scheduler pass as it runs in the server: 8
// feeds due, 4 workers, 50 new items per feed.
func BenchmarkSchedulerPass(b *testing.B) {
	benchSchedulerPass(b, dbtest.OpenTestSQLite(b, ingest.Migrations))
}

// BenchmarkSchedulerPassPostgres is the same on PostgreSQL.
func BenchmarkSchedulerPassPostgres(b *testing.B) {
	benchSchedulerPass(b, dbtest.OpenTestPostgres(b, ingest.Migrations))
}

func benchSchedulerPass(b *testing.B, db *gorm.DB) {
	const feeds, items = 8, 50
	r := rand.New(rand.NewPCG(5, 6))
	bodies := make([]string, 16)
	for i := range bodies {
		bodies[i] = benchRSS(r, i*items, items)
	}
	var next atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		n := next.Add(1)
		body := bodies[n%int64(len(bodies))]
		// Every response brings new guids and links.
		body = strings.ReplaceAll(body, `">bp-`, fmt.Sprintf(`">r%d-bp-`, n))
		body = strings.ReplaceAll(body, `/nyheter/`, fmt.Sprintf(`/nyheter/r%d-`, n))
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	c := newClock()
	s := ingest.NewStore(db, c.Now)
	for i := 0; i < feeds; i++ {
		mustFeed(b, s, ingest.NewFeed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, i), IntervalSeconds: 60})
	}
	in := ingest.NewIngester(s, ingest.NewFetcher(ingest.FetchOptions{AllowPrivate: true, Now: c.Now}),
		ingest.IngesterOptions{Logger: quiet})
	sched := ingest.NewScheduler(in, ingest.SchedulerOptions{Workers: 4})
	ctx := context.Background()
	before, _ := s.MaxArticleID(ctx)
	for b.Loop() {
		c.Add(2 * time.Minute)
		if n, err := sched.RunOnce(ctx); err != nil || n != feeds {
			b.Fatalf("RunOnce: %d %v", n, err)
		}
	}
	after, _ := s.MaxArticleID(ctx)
	b.ReportMetric(float64(after-before)/b.Elapsed().Seconds(), "items/s")
}
