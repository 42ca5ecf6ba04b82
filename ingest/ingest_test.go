package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/priority"
	"gorm.io/gorm"
)

// quiet is the logger of tests: failures are what they test.
var quiet = slog.New(slog.DiscardHandler)

// feedServer serves fixtures from testdata/ at /<name>, or the bodies a test
// sets, and counts requests.
type feedServer struct {
	*httptest.Server
	mu       sync.Mutex
	bodies   map[string]string // path → body, overriding testdata
	requests atomic.Int64
}

func newFeedServer(t testing.TB) *feedServer {
	fs := &feedServer{bodies: map[string]string{}}
	fs.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fs.requests.Add(1)
		name := strings.TrimPrefix(r.URL.Path, "/")
		fs.mu.Lock()
		body, ok := fs.bodies[name]
		fs.mu.Unlock()
		switch {
		case name == "500":
			http.Error(w, "trasig", http.StatusInternalServerError)
			return
		case ok:
		default:
			b, err := os.ReadFile(filepath.Join("testdata", filepath.Base(name)))
			if err != nil {
				http.NotFound(w, r)
				return
			}
			body = string(b)
		}
		w.Header().Set("Content-Type", fixtureContentType(name))
		fmt.Fprint(w, body)
	}))
	t.Cleanup(fs.Close)
	return fs
}

func (fs *feedServer) set(path, body string) {
	fs.mu.Lock()
	defer fs.mu.Unlock()
	fs.bodies[path] = body
}

type rig struct {
	store *ingest.Store
	in    *ingest.Ingester
	clock *clock
	srv   *feedServer
}

func newRig(t *testing.T, db *gorm.DB, o ingest.IngesterOptions) *rig {
	t.Helper()
	c := newClock()
	s := ingest.NewStore(db, c.Now)
	f := localFetcher(ingest.FetchOptions{Now: c.Now, Timeout: 10 * time.Second})
	if o.Logger == nil {
		o.Logger = quiet
	}
	if o.Jitter == nil {
		o.Jitter = func() float64 { return 0.5 } // no spread: waits are exact
	}
	in := ingest.NewIngester(s, f, o)
	return &rig{store: s, in: in, clock: c, srv: newFeedServer(t)}
}

func (r *rig) feed(t testing.TB, path string, kind ingest.Kind) *ingest.Feed {
	t.Helper()
	return mustFeed(t, r.store, ingest.NewFeed{URL: r.srv.URL + "/" + path, Kind: kind, IntervalSeconds: 600})
}

func (r *rig) refresh(t testing.TB, id int64) ingest.Result {
	t.Helper()
	res, err := r.in.Refresh(context.Background(), id)
	if err != nil {
		t.Fatalf("refresh %d: %v", id, err)
	}
	return res
}

func (r *rig) reload(t testing.TB, id int64) *ingest.Feed {
	t.Helper()
	f, err := r.store.Feed(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRefreshRecordsOnFeed(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		var hooks atomic.Int64
		r := newRig(t, db, ingest.IngesterOptions{OnArticles: func(context.Context) { hooks.Add(1) }})
		f := r.feed(t, "rss2.xml", ingest.KindNews)
		res := r.refresh(t, f.ID)
		if res.Status != ingest.StatusOK || res.Items != 3 || res.New != 3 || res.Err != nil {
			t.Fatalf("first refresh: %+v", res)
		}
		got := r.reload(t, f.ID)
		if got.LastStatus != "ok" || got.LastError != "" || got.ConsecutiveFailures != 0 || got.ArticleCount != 3 ||
			got.LastFetchedAt == nil || !got.NextFetchAt.Equal(r.clock.Now().Add(10*time.Minute)) ||
			got.Title != "Västkustposten – Nyheter" || got.Outlet != "Västkustposten" || !got.OutletNamed || got.LeaseOwner != "" || got.LeaseUntil != nil ||
			got.LastUnconditionalAt == nil {
			t.Errorf("feed after refresh: %+v", got)
		}
		if hooks.Load() != 1 {
			t.Errorf("OnArticles called %d times", hooks.Load())
		}
		// Nothing new: no write, no hook.
		r.clock.Add(time.Hour)
		if res := r.refresh(t, f.ID); res.New != 0 || res.Updated != 0 || hooks.Load() != 1 {
			t.Errorf("second refresh: %+v, hooks %d", res, hooks.Load())
		}
		arts, _ := r.store.ArticlesAfter(context.Background(), 0, 10)
		kinds := map[ingest.Kind]int{}
		for _, a := range arts {
			kinds[a.Kind]++
			if a.Outlet != "Västkustposten" { // the channel's title, not the host
				t.Errorf("outlet %q", a.Outlet)
			}
		}
		if kinds[ingest.KindOpinion] != 1 || kinds[ingest.KindNews] != 2 {
			t.Errorf("kinds %v", kinds)
		}
		if _, err := r.in.Refresh(context.Background(), 9999); err != ingest.ErrNotFound {
			t.Errorf("unknown feed: %v", err)
		}
	})
}

func TestRefreshOwnFeedNeverCoverage(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, ingest.Migrations)
	r := newRig(t, db, ingest.IngesterOptions{})
	f := r.feed(t, "rss2.xml", ingest.KindOwn)
	r.refresh(t, f.ID)
	arts, _ := r.store.ArticlesAfter(context.Background(), 0, 10)
	for _, a := range arts {
		if a.Kind != ingest.KindOwn {
			t.Errorf("%q of an own feed became %s", a.Title, a.Kind)
		}
	}
}

func TestMissingDateNeverMoves(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		r := newRig(t, db, ingest.IngesterOptions{})
		f := r.feed(t, "no-date.xml", ingest.KindNews)
		firstSeen := r.clock.Now()
		r.refresh(t, f.ID)
		for i := 0; i < 2; i++ {
			r.clock.Add(7 * time.Hour) // past the unconditional period: a full fetch
			if i == 1 {
				body, _ := os.ReadFile("testdata/no-date.xml")
				r.srv.set("no-date.xml", strings.Replace(string(body), "Ingen vet", "Fortfarande ingen vet", 1))
			}
			r.refresh(t, f.ID)
		}
		arts, _ := r.store.ArticlesAfter(context.Background(), 0, 10)
		if len(arts) != 1 {
			t.Fatalf("%d articles", len(arts))
		}
		a := arts[0]
		if !a.PublishedEstimated || !a.PublishedAt.Equal(firstSeen) || !strings.Contains(a.Summary, "Fortfarande") {
			t.Errorf("published %v (estimated %v), want %v; summary %q", a.PublishedAt, a.PublishedEstimated, firstSeen, a.Summary)
		}
	})
}

func TestBrokenCMSSameGUID(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		r := newRig(t, db, ingest.IngesterOptions{})
		f := r.feed(t, "same-guid.xml", ingest.KindNews)
		if res := r.refresh(t, f.ID); res.New != 3 {
			t.Errorf("first: %+v", res)
		}
		r.clock.Add(7 * time.Hour)
		if res := r.refresh(t, f.ID); res.New != 0 || res.Updated != 0 {
			t.Errorf("second: %+v", res)
		}
		if got := r.reload(t, f.ID).ArticleCount; got != 3 {
			t.Errorf("%d articles, want 3", got)
		}
	})
}

// A server whose ETag never changes although its content does: the
// conditional GET says 304 until the periodic unconditional fetch.
func TestStaticETagCaughtByUnconditionalFetch(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, ingest.Migrations)
	c := newClock()
	var body atomic.Value
	body.Store(itemsRSS(1))
	var conditional atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"samma"`)
		if r.Header.Get("If-None-Match") == `"samma"` {
			conditional.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		fmt.Fprint(w, body.Load())
	}))
	defer srv.Close()
	s := ingest.NewStore(db, c.Now)
	in := ingest.NewIngester(s, localFetcher(ingest.FetchOptions{Now: c.Now}), ingest.IngesterOptions{Logger: quiet})
	f := mustFeed(t, s, ingest.NewFeed{URL: srv.URL + "/rss", IntervalSeconds: 600})
	ctx := context.Background()
	if res, _ := in.Refresh(ctx, f.ID); res.New != 1 {
		t.Fatalf("first: %+v", res)
	}
	body.Store(itemsRSS(2)) // new content, same ETag
	c.Add(time.Hour)
	res, _ := in.Refresh(ctx, f.ID)
	if res.Status != ingest.StatusNotModified || res.New != 0 || conditional.Load() != 1 {
		t.Fatalf("within the period: %+v", res)
	}
	if got, _ := s.Feed(ctx, f.ID); got.LastStatus != "not_modified" || got.ETag != `"samma"` {
		t.Errorf("feed after 304: %+v", got)
	}
	c.Add(ingest.DefaultUnconditionalEvery)
	if res, _ := in.Refresh(ctx, f.ID); res.Status != ingest.StatusOK || res.New != 1 {
		t.Errorf("after the period: %+v", res)
	}
}

func itemsRSS(n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Flöde</title><link>https://flode.example/</link>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<item><guid>g%d</guid><title>Nyhet nummer %d om vården</title><link>https://flode.example/%d</link>`+
			`<pubDate>Mon, 18 Nov 2024 0%d:00:00 +0100</pubDate></item>`, i, i, i, i%10)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func TestBackoff(t *testing.T) {
	tests := map[string]struct {
		failures int
		interval time.Duration
		jitter   float64
		want     time.Duration
	}{
		"first failure, no spread":     {1, 10 * time.Minute, 0.5, 10 * time.Minute},
		"second failure doubles":       {2, 10 * time.Minute, 0.5, 20 * time.Minute},
		"fifth failure":                {5, 10 * time.Minute, 0.5, 160 * time.Minute},
		"capped at six hours":          {7, 10 * time.Minute, 0.5, 6 * time.Hour},
		"cap holds for huge counts":    {500, 10 * time.Minute, 0.99, 6 * time.Hour},
		"jitter 0 is 25 % shorter":     {2, 10 * time.Minute, 0, 15 * time.Minute},
		"jitter near 1 is 25 % longer": {2, 10 * time.Minute, 0.999999, 25 * time.Minute},
		"at least a minute":            {1, 0, 0.5, time.Minute},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := ingest.Backoff(tt.failures, tt.interval, tt.jitter, ingest.DefaultMaxBackoff)
			if d := got - tt.want; d < -time.Second || d > time.Second {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestFailuresBackOffAndRetryAfter(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		var status atomic.Int64
		var retryAfter atomic.Value
		retryAfter.Store("")
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if v := retryAfter.Load().(string); v != "" {
				w.Header().Set("Retry-After", v)
			}
			if s := int(status.Load()); s != 200 {
				w.WriteHeader(s)
				return
			}
			fmt.Fprint(w, itemsRSS(1))
		}))
		defer srv.Close()
		r := newRig(t, db, ingest.IngesterOptions{})
		f := mustFeed(t, r.store, ingest.NewFeed{URL: srv.URL + "/rss", IntervalSeconds: 600})
		status.Store(500)
		for i, want := range []time.Duration{10 * time.Minute, 20 * time.Minute, 40 * time.Minute, 80 * time.Minute,
			160 * time.Minute, 320 * time.Minute, 6 * time.Hour, 6 * time.Hour} {
			res := r.refresh(t, f.ID)
			got := r.reload(t, f.ID)
			if res.Status != ingest.StatusError || got.ConsecutiveFailures != i+1 || got.LastStatus != "error" ||
				!strings.Contains(got.LastError, "500") || !got.NextFetchAt.Equal(r.clock.Now().Add(want)) {
				t.Fatalf("failure %d: next in %v, want %v; feed %+v", i+1, got.NextFetchAt.Sub(r.clock.Now()), want, got)
			}
			r.clock.Add(want)
		}
		// 429 with Retry-After longer than the back-off.
		status.Store(429)
		retryAfter.Store("36000")
		r.refresh(t, f.ID)
		if got := r.reload(t, f.ID); !got.NextFetchAt.Equal(r.clock.Now().Add(10 * time.Hour)) {
			t.Errorf("429: next in %v, want 10h", got.NextFetchAt.Sub(r.clock.Now()))
		}
		// 503 with Retry-After as an HTTP date.
		status.Store(503)
		retryAfter.Store(r.clock.Now().Add(7 * time.Hour).Format(http.TimeFormat))
		r.refresh(t, f.ID)
		if got := r.reload(t, f.ID); !got.NextFetchAt.Equal(r.clock.Now().Add(7 * time.Hour)) {
			t.Errorf("503: next in %v, want 7h", got.NextFetchAt.Sub(r.clock.Now()))
		}
		// Success resets the count.
		status.Store(200)
		retryAfter.Store("")
		r.refresh(t, f.ID)
		if got := r.reload(t, f.ID); got.ConsecutiveFailures != 0 || got.LastError != "" ||
			!got.NextFetchAt.Equal(r.clock.Now().Add(10*time.Minute)) {
			t.Errorf("after success: %+v", got)
		}
	})
}

// A broken feed is the feed's error; the others go on.
func TestSchedulerBrokenFeedDoesNotStopOthers(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		r := newRig(t, db, ingest.IngesterOptions{})
		good := r.feed(t, "rss2.xml", ingest.KindNews)
		broken := r.feed(t, "500", ingest.KindNews)
		html := r.feed(t, "html-page.html", ingest.KindNews)
		atom := r.feed(t, "atom.xml", ingest.KindOpinion)
		sched := ingest.NewScheduler(r.in, ingest.SchedulerOptions{Workers: 2})
		n, err := sched.RunOnce(context.Background())
		if err != nil || n != 4 {
			t.Fatalf("RunOnce: %d %v", n, err)
		}
		for _, id := range []int64{good.ID, atom.ID} {
			if f := r.reload(t, id); f.LastStatus != "ok" || f.ArticleCount == 0 {
				t.Errorf("feed %d: %+v", id, f)
			}
		}
		for id, want := range map[int64]string{broken.ID: "500", html.ID: "HTML"} {
			f := r.reload(t, id)
			if f.LastStatus != "error" || !strings.Contains(f.LastError, want) || f.ConsecutiveFailures != 1 ||
				!f.NextFetchAt.After(r.clock.Now()) {
				t.Errorf("feed %d: %+v", id, f)
			}
		}
		// The schedule is in the database: a new scheduler (a restart)
		// fetches nothing until feeds are due again.
		again := ingest.NewScheduler(ingest.NewIngester(r.store, localFetcher(ingest.FetchOptions{Now: r.clock.Now}),
			ingest.IngesterOptions{Jitter: func() float64 { return 0.5 }, Logger: quiet}), ingest.SchedulerOptions{})
		if n, _ := again.RunOnce(context.Background()); n != 0 {
			t.Errorf("after restart, %d feeds fetched before they were due", n)
		}
		r.clock.Add(11 * time.Minute)
		if n, _ := again.RunOnce(context.Background()); n != 4 { // a first failure waits one interval too
			t.Errorf("11 minutes later, %d feeds fetched, want 4", n)
		}
	})
}

// Two schedulers on one database never fetch the same feed at once.
func TestTwoSchedulersNeverFetchTheSameFeedAtOnce(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		c := newClock()
		var mu sync.Mutex
		inFlight := map[string]int{}
		fetches := map[string]int{}
		maxSeen := 0
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			mu.Lock()
			inFlight[r.URL.Path]++
			fetches[r.URL.Path]++
			maxSeen = max(maxSeen, inFlight[r.URL.Path])
			mu.Unlock()
			time.Sleep(20 * time.Millisecond)
			mu.Lock()
			inFlight[r.URL.Path]--
			mu.Unlock()
			fmt.Fprint(w, itemsRSS(2))
		}))
		defer srv.Close()
		setup := ingest.NewStore(db, c.Now)
		const feeds = 8
		for i := 0; i < feeds; i++ {
			mustFeed(t, setup, ingest.NewFeed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, i), IntervalSeconds: 60})
		}
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		owners := []string{"instans-a", "instans-b"}
		for _, owner := range owners {
			s := ingest.NewStore(db, c.Now)
			in := ingest.NewIngester(s, localFetcher(ingest.FetchOptions{Now: c.Now}),
				ingest.IngesterOptions{Owner: owner, Jitter: func() float64 { return 0.5 }, Logger: quiet,
					// The test clock runs an hour a second; real leases outlast a fetch.
					LeaseFor: 24 * time.Hour})
			sched := ingest.NewScheduler(in, ingest.SchedulerOptions{Workers: 4, PollEvery: 5 * time.Millisecond})
			wg.Add(1)
			go func() { defer wg.Done(); sched.Run(ctx) }()
		}
		// Make every feed due again and again while both run.
		deadline := time.Now().Add(1500 * time.Millisecond)
		for time.Now().Before(deadline) {
			time.Sleep(30 * time.Millisecond)
			c.Add(61 * time.Second)
		}
		cancel()
		wg.Wait()
		mu.Lock()
		defer mu.Unlock()
		total := 0
		for _, n := range fetches {
			total += n
		}
		if maxSeen > 1 {
			t.Errorf("a feed was fetched by %d workers at once", maxSeen)
		}
		if len(fetches) != feeds || total < 2*feeds {
			t.Errorf("too little work to prove anything: %d feeds, %d fetches", len(fetches), total)
		}
		t.Logf("%d fetches of %d feeds by two schedulers, at most %d at once per feed", total, len(fetches), maxSeen)
	})
}

func TestImportOPML(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		mustFeed(t, s, ingest.NewFeed{URL: "https://redan.example/rss"})
		opml := `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Bevakning</title></head><body>
  <outline text="Nyheter">
    <outline text="Västkustposten" type="rss" xmlUrl="https://vastkustposten.example/rss"/>
    <outline text="Västkustposten – Ledare" title="Västkustposten – Ledare" type="rss" xmlUrl="https://vastkustposten.example/ledare.xml"/>
    <outline text="Regionen">
      <outline title="Morgonbladet debatt" text="MB" type="rss" xmlUrl="https://morgonbladet.example/debatt.xml" kind="opinion"/>
    </outline>
  </outline>
  <outline text="Egna kanaler" type="rss" xmlUrl="https://region.example/press.rss" kind="own" outlet="Regionen"/>
  <outline text="Redan registrerad" xmlUrl="https://redan.example/rss"/>
  <outline text="Dubblett" xmlUrl="https://vastkustposten.example/rss"/>
  <outline text="Trasig adress" xmlUrl="ftp://inte.example/rss"/>
  <outline text="Bara en mapp"/>
</body></opml>`
		res, err := s.ImportOPML(ctx, strings.NewReader(opml))
		want := ingest.ImportResult{Added: 4, Duplicates: 2, Invalid: 1}
		if err != nil || res != want {
			t.Fatalf("import = %+v, %v; want %+v", res, err, want)
		}
		feeds, _ := s.Feeds(ctx)
		byURL := map[string]ingest.Feed{}
		for _, f := range feeds {
			byURL[f.URL] = f
		}
		if f := byURL["https://morgonbladet.example/debatt.xml"]; f.Title != "Morgonbladet debatt" || f.Kind != ingest.KindOpinion {
			t.Errorf("nested outline: %+v", f)
		}
		if f := byURL["https://region.example/press.rss"]; f.Kind != ingest.KindOwn || f.Outlet != "Regionen" {
			t.Errorf("own outline: %+v", f)
		}
		if f := byURL["https://vastkustposten.example/rss"]; f.Title != "Västkustposten" || f.Kind != ingest.KindNews ||
			f.Outlet != "Västkustposten" || !f.OutletNamed {
			t.Errorf("plain outline: %+v", f)
		}
		// The outlet is the outline's text without its section, never the
		// host; a ledare section is opinion.
		if f := byURL["https://vastkustposten.example/ledare.xml"]; f.Outlet != "Västkustposten" || f.Kind != ingest.KindOpinion {
			t.Errorf("section outline: %+v", f)
		}
		outlets, err := s.Outlets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]int64{}
		for _, o := range outlets {
			names[o.Name] = o.FeedCount
		}
		if names["Västkustposten"] != 2 || names["Regionen"] != 1 {
			t.Errorf("outlets = %v, want Västkustposten with two feeds", names)
		}
		var v *ingest.ValidationError
		if _, err := s.ImportOPML(ctx, strings.NewReader("inte xml alls")); !asValidation(err, &v) {
			t.Errorf("not OPML: %v", err)
		}
		// Over the size cap: refused whole, nothing read in part.
		big := "<opml><body>" + strings.Repeat(`<outline xmlUrl="https://x.example/"/>`, ingest.MaxOPMLBytes/38+1) + "</body></opml>"
		var tooBig *http.MaxBytesError
		if _, err := s.ImportOPML(ctx, strings.NewReader(big)); !errors.As(err, &tooBig) {
			t.Errorf("over %d bytes: %v, want *http.MaxBytesError", ingest.MaxOPMLBytes, err)
		}
	})
}

func asValidation(err error, v **ingest.ValidationError) bool {
	ve, ok := err.(*ingest.ValidationError)
	*v = ve
	return ok && ve.Fields["opml"] != ""
}

// A manual refresh waits while a scheduler elsewhere holds the feed.
func TestRefreshWaitsForLease(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, ingest.Migrations)
	r := newRig(t, db, ingest.IngesterOptions{})
	f := r.feed(t, "rss2.xml", ingest.KindNews)
	ctx := context.Background()
	if ok, err := r.store.ClaimFeed(ctx, f.ID, "annan-instans", r.clock.Now(), time.Hour); !ok || err != nil {
		t.Fatalf("claim: %v %v", ok, err)
	}
	if ok, _ := r.store.ClaimFeed(ctx, f.ID, "tredje", r.clock.Now(), time.Hour); ok {
		t.Fatal("a second owner claimed a leased feed")
	}
	if feeds, _ := r.store.ClaimDueFeeds(ctx, "tredje", r.clock.Now(), time.Hour, 10); len(feeds) != 0 {
		t.Fatal("a leased feed was claimed as due")
	}
	released := make(chan struct{})
	go func() {
		time.Sleep(300 * time.Millisecond)
		r.store.ReleaseFeed(ctx, f.ID, "annan-instans")
		close(released)
	}()
	res := r.refresh(t, f.ID)
	select {
	case <-released:
	default:
		t.Error("refresh did not wait for the lease")
	}
	if res.New != 3 {
		t.Errorf("refresh: %+v", res)
	}
	// The lease of an instance that died runs out, and another takes the feed.
	if ok, _ := r.store.ClaimFeed(ctx, f.ID, "dog", r.clock.Now(), time.Minute); !ok {
		t.Fatal("claim")
	}
	r.clock.Add(11 * time.Minute)
	if feeds, _ := r.store.ClaimDueFeeds(ctx, "tar-over", r.clock.Now(), time.Hour, 10); len(feeds) != 1 ||
		feeds[0].LeaseOwner != "tar-over" {
		t.Errorf("expired lease not taken over: %+v", feeds)
	}
}

// A feed that has moved for good (301 or 308 all the way) is fetched at its
// new address from then on; a temporary redirect anywhere in the chain, or
// a new address another feed already has, leaves the feed where it is.
func TestPermanentRedirectMovesTheFeed(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		r := newRig(t, db, ingest.IngesterOptions{})
		body, err := os.ReadFile(filepath.Join("testdata", "rss2.xml"))
		if err != nil {
			t.Fatal(err)
		}
		redirects := map[string]struct {
			to   string
			code int
		}{
			"/flyttad":    {"/ny", http.StatusMovedPermanently},
			"/tillfallig": {"/ny2", http.StatusFound},
			"/a":          {"/b", http.StatusPermanentRedirect},
			"/b":          {"/ny3", http.StatusTemporaryRedirect},
			"/krock":      {"/upptagen", http.StatusMovedPermanently},
		}
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			if rd, ok := redirects[req.URL.Path]; ok {
				http.Redirect(w, req, rd.to, rd.code)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(body)
		}))
		defer srv.Close()
		for path, want := range map[string]string{
			"/flyttad":    "/ny",
			"/tillfallig": "/tillfallig",
			"/a":          "/a",
		} {
			f := mustFeed(t, r.store, ingest.NewFeed{URL: srv.URL + path, IntervalSeconds: 600})
			if res := r.refresh(t, f.ID); res.Status != ingest.StatusOK {
				t.Fatalf("%s: %+v", path, res)
			}
			if got := r.reload(t, f.ID).URL; got != srv.URL+want {
				t.Errorf("%s: feed URL %s after the fetch, want %s", path, got, srv.URL+want)
			}
		}
		taken := mustFeed(t, r.store, ingest.NewFeed{URL: srv.URL + "/upptagen", IntervalSeconds: 600})
		f := mustFeed(t, r.store, ingest.NewFeed{URL: srv.URL + "/krock", IntervalSeconds: 600})
		if res := r.refresh(t, f.ID); res.Status != ingest.StatusOK {
			t.Fatalf("/krock: %+v", res)
		}
		if got := r.reload(t, f.ID); got.URL != srv.URL+"/krock" || got.LastStatus != "ok" || got.LeaseOwner != "" {
			t.Errorf("moved onto another feed's URL: %+v", got)
		}
		if got := r.reload(t, taken.ID).URL; got != srv.URL+"/upptagen" {
			t.Errorf("the other feed: %s", got)
		}
	})
}

// An instance that died holding leases takes them back when it starts again
// under the same owner; another owner's live lease stays.
func TestRestartTakesBackOwnLeases(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		r := newRig(t, db, ingest.IngesterOptions{})
		mine := r.feed(t, "rss2.xml", ingest.KindNews)
		theirs := r.feed(t, "atom.xml", ingest.KindOpinion)
		ctx := context.Background()
		for id, owner := range map[int64]string{mine.ID: "värd-a-1234", theirs.ID: "värd-b-5678"} {
			if ok, err := r.store.ClaimFeed(ctx, id, owner, r.clock.Now(), time.Hour); err != nil || !ok {
				t.Fatalf("claim %d: %v %v", id, ok, err)
			}
		}
		// kill -9: the leases stay. The same owner starts again.
		in := ingest.NewIngester(r.store, localFetcher(ingest.FetchOptions{Now: r.clock.Now}),
			ingest.IngesterOptions{Owner: "värd-a-1234", Jitter: func() float64 { return 0.5 }, Logger: quiet, LeaseFor: time.Hour})
		n, err := ingest.NewScheduler(in, ingest.SchedulerOptions{}).RunOnce(ctx)
		if err != nil || n != 1 {
			t.Fatalf("RunOnce: %d %v, want the own feed fetched at once", n, err)
		}
		if f := r.reload(t, mine.ID); f.LastStatus != "ok" || f.LeaseOwner != "" {
			t.Errorf("own feed: %+v", f)
		}
		if f := r.reload(t, theirs.ID); f.LeaseOwner != "värd-b-5678" || f.LastFetchedAt != nil {
			t.Errorf("another instance's feed was taken: %+v", f)
		}
	})
}

// Below the free-space floor nothing is fetched: the register keeps room.
func TestIngestPausesBelowTheDiskFloor(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		disk := &lagesbild.Disk{Dir: t.TempDir(), Floor: 1 << 62}
		r := newRig(t, db, ingest.IngesterOptions{Disk: disk})
		f := r.feed(t, "rss2.xml", ingest.KindNews)
		sched := ingest.NewScheduler(r.in, ingest.SchedulerOptions{})
		if n, err := sched.RunOnce(context.Background()); n != 0 || !errors.Is(err, lagesbild.ErrDiskLow) {
			t.Errorf("RunOnce: %d %v, want nothing fetched and ErrDiskLow", n, err)
		}
		if _, err := r.in.Refresh(context.Background(), f.ID); !errors.Is(err, lagesbild.ErrDiskLow) {
			t.Errorf("Refresh: %v, want ErrDiskLow", err)
		}
		disk.Floor = 0
		if n, err := sched.RunOnce(context.Background()); n != 1 || err != nil {
			t.Errorf("with room again: %d %v", n, err)
		}
	})
}

// A refresh steps aside between its steps while people are being answered
// (IngesterOptions.Yield): before parsing, every 25 items it normalises and
// before it stores; with a request that never ends it is slowed, not
// stopped.
func TestRefreshYieldsToTheForeground(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, ingest.Migrations)
	fg := priority.New()
	defer fg.Enter()() // a request being answered all along
	var yields atomic.Int64
	r := newRig(t, db, ingest.IngesterOptions{Yield: func(ctx context.Context) { yields.Add(1); fg.Yield(ctx) }})
	var items strings.Builder
	for i := range 60 {
		fmt.Fprintf(&items, "<item><title>Nyhet %d</title><link>https://example.se/%d</link><guid>n-%d</guid></item>", i, i, i)
	}
	r.srv.set("stor.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>Stor</title>`+items.String()+`</channel></rss>`)
	f := r.feed(t, "stor.xml", ingest.KindNews)
	if res := r.refresh(t, f.ID); res.New != 60 {
		t.Fatalf("refresh: %+v", res)
	}
	if got := yields.Load(); got < 4 { // before parsing, twice while normalising 60 items, before storing
		t.Errorf("Yield called %d times, want at least 4", got)
	}
}
