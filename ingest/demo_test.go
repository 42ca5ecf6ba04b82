package ingest_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/ingest/demofeed"
	"gorm.io/gorm"
)

// The demo's invented feeds, with every quirk they carry, go through the
// whole path: OPML import, the scheduler, fetch, parse, normalise, store.
func TestDemoFeedsEndToEnd(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		c := newClock()
		srv := httptest.NewServer(demofeed.Handler(c.Now()))
		defer srv.Close()
		s := ingest.NewStore(db, c.Now)
		for _, f := range demofeed.Feeds() {
			if _, err := s.CreateFeed(ctx, ingest.NewFeed{URL: srv.URL + f.Path, Title: f.Title, Outlet: f.Outlet,
				Kind: ingest.Kind(f.Kind)}); err != nil {
				t.Fatal(err)
			}
		}
		in := ingest.NewIngester(s, localFetcher(ingest.FetchOptions{Now: c.Now}),
			ingest.IngesterOptions{Logger: quiet, Jitter: func() float64 { return 0.5 }})
		sched := ingest.NewScheduler(in, ingest.SchedulerOptions{})
		if n, err := sched.RunOnce(ctx); err != nil || n != len(demofeed.Feeds()) {
			t.Fatalf("RunOnce: %d %v", n, err)
		}
		feeds, _ := s.Feeds(ctx)
		var total int64
		for _, f := range feeds {
			total += f.ArticleCount
			broken := strings.HasSuffix(f.URL, demofeed.BrokenPath)
			if broken != (f.LastStatus == "error") || (!broken && f.ArticleCount == 0) {
				t.Errorf("%s: status %s (%s), %d articles", f.URL, f.LastStatus, f.LastError, f.ArticleCount)
			}
		}
		if total < 300 {
			t.Errorf("%d articles, want at least 300", total)
		}
		arts, err := s.ArticlesAfter(ctx, 0, 10000)
		if err != nil {
			t.Fatal(err)
		}
		kinds := map[ingest.Kind]int{}
		groups := map[string]map[string]bool{}
		for _, a := range arts {
			assertSafeArticle(t, a)
			kinds[a.Kind]++
			if strings.Contains(a.Title+a.Text, "Ã") || strings.Contains(a.Text, "\ufffd") {
				t.Errorf("mis-decoded: %q", a.Title)
			}
			if groups[a.StoryKey] == nil {
				groups[a.StoryKey] = map[string]bool{}
			}
			groups[a.StoryKey][a.Outlet] = true
		}
		multi := 0
		for _, outlets := range groups {
			if len(outlets) > 1 {
				multi++
			}
		}
		if kinds[ingest.KindNews] == 0 || kinds[ingest.KindOpinion] == 0 || kinds[ingest.KindOwn] == 0 || multi == 0 {
			t.Errorf("kinds %v, %d stories in several outlets", kinds, multi)
		}
		t.Logf("%d articles, kinds %v, %d stories in several outlets", len(arts), kinds, multi)
		// A later pass is conditional: 304 everywhere, nothing new.
		c.Add(time.Hour)
		if n, err := sched.RunOnce(ctx); err != nil || n != len(demofeed.Feeds()) {
			t.Errorf("second pass: %d feeds, %v", n, err)
		}
		feeds, _ = s.Feeds(ctx)
		for _, f := range feeds {
			if want := "not_modified"; !strings.HasSuffix(f.URL, demofeed.BrokenPath) && f.LastStatus != want {
				t.Errorf("%s: second pass %s, want %s", f.URL, f.LastStatus, want)
			}
		}
		if max, _ := s.MaxArticleID(ctx); max != arts[len(arts)-1].ID {
			t.Errorf("the second pass added articles")
		}
	})
}
