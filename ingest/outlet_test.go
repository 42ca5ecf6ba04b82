package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

func TestOutletFromTitle(t *testing.T) {
	tests := map[string]struct {
		title, outlet string
		opinion       bool
	}{
		"a plain name":               {"Västkustposten", "Västkustposten", false},
		"news section with a dash":   {"Västkustposten – Nyheter", "Västkustposten", false},
		"ledare is opinion":          {"GP | Ledare", "GP", true},
		"debatt after a colon":       {"Morgonbladet: Debatt", "Morgonbladet", true},
		"a name ending in a section": {"Dagens Debatt", "Dagens Debatt", false},
		"a hyphen in the name":       {"Hallands-Posten", "Hallands-Posten", false},
		"HTML in the title":          {"<b>Radio Väst</b> - Lokalt", "Radio Väst", false},
		"empty":                      {"  ", "", false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got, op := ingest.OutletFromTitle(tt.title)
			if got != tt.outlet || op != tt.opinion {
				t.Errorf("OutletFromTitle(%q) = %q, %v; want %q, %v", tt.title, got, op, tt.outlet, tt.opinion)
			}
		})
	}
}

func TestPlatformOf(t *testing.T) {
	tests := map[string]ingest.Platform{
		"https://mastodon.social/@regionvastkust.rss":                         ingest.PlatformMastodon,
		"https://mastodon.example/tags/millennium.rss":                        ingest.PlatformMastodon,
		"https://bsky.app/profile/region.example/rss":                         ingest.PlatformBluesky,
		"https://www.youtube.com/feeds/videos.xml?channel_id=UC123":           ingest.PlatformYouTube,
		"https://radio.example/podcast/vardpodden.xml":                        ingest.PlatformPodcast,
		"https://podcasts.example/feed/123":                                   ingest.PlatformPodcast,
		"https://www.gp.example/rss/nyheter":                                  ingest.PlatformWeb,
		"https://www.exempelposten.se/ledare/@redaktionen":                    ingest.PlatformWeb,
		"https://bsky.app/search?q=millennium":                                ingest.PlatformWeb,
		"https://www.youtube.com/channel/UC123":                               ingest.PlatformWeb,
		"https://www.lokaltidningen.example/epod/artikel-om-en-episod-i-vard": ingest.PlatformWeb,
	}
	for u, want := range tests {
		if got := ingest.PlatformOf(u); got != want {
			t.Errorf("PlatformOf(%s) = %s, want %s", u, got, want)
		}
	}
}

// outletCounts is the kept count per outlet of every article.
func outletCounts(t *testing.T, s *ingest.Store) map[string]int {
	t.Helper()
	c, err := s.ArticleFacets(context.Background(), ingest.FacetQuery{})
	if err != nil {
		t.Fatal(err)
	}
	return c.Outlet
}

func TestFeedsKeptByHand(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		c := newClock()
		s := ingest.NewStore(db, c.Now)
		f := mustFeed(t, s, ingest.NewFeed{URL: "https://www.vkp.example/rss", Outlet: "vkp.example"})
		p := day("2024-11-17T10:00:00Z")
		if _, _, err := s.UpsertArticles(ctx, f.ID, []ingest.Article{
			art("a1", "https://www.vkp.example/a1", "Journalsystemet krånglar", p),
			art("a2", "https://www.vkp.example/a2", "Akuten stängd", p.Add(24*time.Hour)),
			art("a3", "https://www.vkp.example/a3", "Ny chef", p.Add(72*time.Hour)),
		}); err != nil {
			t.Fatal(err)
		}
		revBefore, _ := s.MaxArticleRev(ctx)

		// A new outlet name moves the feed and its articles, counts and all.
		name, kind, plat, interval := "Västkustposten", ingest.KindOpinion, ingest.PlatformMastodon, 600
		g, err := s.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{Outlet: &name, Kind: &kind, Platform: &plat, IntervalSeconds: &interval})
		if err != nil {
			t.Fatal(err)
		}
		if g.Outlet != name || g.Kind != kind || g.Platform != plat || g.IntervalSeconds != 600 || !g.OutletNamed {
			t.Errorf("updated feed: %+v", g)
		}
		if got := outletCounts(t, s); got["Västkustposten"] != 3 || got["vkp.example"] != 0 {
			t.Errorf("counts after the move: %v", got)
		}
		arts, _ := s.ArticlesAfter(ctx, 0, 10)
		for _, a := range arts {
			if a.Outlet != name {
				t.Errorf("article %d still of %q", a.ID, a.Outlet)
			}
		}
		if rev, _ := s.MaxArticleRev(ctx); rev < revBefore+3 {
			t.Errorf("moved articles kept their revs (%d → %d): the index would not see the new name", revBefore, rev)
		}
		outlets, _ := s.Outlets(ctx)
		if len(outlets) != 1 || outlets[0].Name != name || outlets[0].FeedCount != 1 || outlets[0].Weight != 1 {
			t.Errorf("outlets: %+v (the host's name should be gone)", outlets)
		}

		// The outlet itself: type, weight, rename; a taken name is a conflict.
		mustFeed(t, s, ingest.NewFeed{URL: "https://annan.example/rss", Outlet: "Annan tidning"})
		typ, weight := ingest.OutletRegional, 2.5
		o, err := s.UpdateOutlet(ctx, outlets[0].ID, ingest.OutletUpdate{Type: &typ, Weight: &weight})
		if err != nil || o.Type != typ || o.Weight != 2.5 {
			t.Errorf("outlet type and weight: %+v %v", o, err)
		}
		taken := "Annan tidning"
		if _, err := s.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Name: &taken}); !errors.Is(err, ingest.ErrConflict) {
			t.Errorf("rename to a taken name: %v", err)
		}
		bad := ingest.OutletType("blogg")
		var v *ingest.ValidationError
		if _, err := s.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Type: &bad}); !errors.As(err, &v) || v.Fields["type"] == "" {
			t.Errorf("bad type: %v", err)
		}
		renamed := "Västkustposten Göteborg"
		if _, err := s.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Name: &renamed}); err != nil {
			t.Fatal(err)
		}
		if g, _ := s.Feed(ctx, f.ID); g.Outlet != renamed {
			t.Errorf("feed after the outlet's rename: %q", g.Outlet)
		}
		if got := outletCounts(t, s); got[renamed] != 3 {
			t.Errorf("counts after the rename: %v", got)
		}
		types, _ := s.OutletTypesByName(ctx)
		if types[renamed] != ingest.OutletRegional {
			t.Errorf("types by name: %v", types)
		}

		// Paused feeds are not due; resumed ones are at once.
		c.Add(time.Hour)
		paused := true
		if g, err := s.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{Paused: &paused}); err != nil || !g.Paused {
			t.Fatalf("pause: %+v %v", g, err)
		}
		due, _ := s.ClaimDueFeeds(ctx, "test", c.Now(), time.Minute, 10)
		for _, d := range due {
			if d.ID == f.ID {
				t.Errorf("a paused feed was claimed")
			}
			if err := s.ReleaseFeed(ctx, d.ID, "test"); err != nil {
				t.Fatal(err)
			}
		}
		paused = false
		if _, err := s.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{Paused: &paused}); err != nil {
			t.Fatal(err)
		}
		due, _ = s.ClaimDueFeeds(ctx, "test", c.Now(), time.Minute, 10)
		resumed := false
		for _, d := range due {
			resumed = resumed || d.ID == f.ID
			if err := s.ReleaseFeed(ctx, d.ID, "test"); err != nil {
				t.Fatal(err)
			}
		}
		if !resumed {
			t.Errorf("resumed feed not due: %+v", due)
		}

		// Deleting keeps what a case links to and what a published report
		// counted; the feed stays as removed for them.
		keep := ingest.Keep{ArticleIDs: []int64{arts[0].ID},
			Periods: []ingest.Span{{From: day("2024-11-18T00:00:00Z"), To: day("2024-11-19T00:00:00Z")}}}
		deleted, err := s.DeleteFeed(ctx, f.ID, keep)
		if err != nil {
			t.Fatal(err)
		}
		if len(deleted) != 1 || deleted[0] != arts[2].ID {
			t.Errorf("deleted %v, want only article %d", deleted, arts[2].ID)
		}
		if _, err := s.Feed(ctx, f.ID); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("removed feed still loads: %v", err)
		}
		if fs, _ := s.Feeds(ctx); len(fs) != 1 {
			t.Errorf("removed feed still listed: %+v", fs)
		}
		if _, err := s.Article(ctx, arts[1].ID); err != nil {
			t.Errorf("article of a reported period was deleted: %v", err)
		}
		if got := outletCounts(t, s); got[renamed] != 2 {
			t.Errorf("counts after delete: %v", got)
		}
		if _, err := s.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{Title: &name}); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("update a removed feed: %v", err)
		}
		// The same address again brings the feed back.
		back, err := s.CreateFeed(ctx, ingest.NewFeed{URL: "https://www.vkp.example/rss", Outlet: "Västkustposten"})
		if err != nil || back.ID != f.ID || back.Paused || back.RemovedAt != nil || back.ArticleCount != 2 {
			t.Errorf("re-added feed: %+v %v", back, err)
		}
		// Nothing kept: the feed goes for good.
		if _, err := s.DeleteFeed(ctx, f.ID, ingest.Keep{}); err != nil {
			t.Fatal(err)
		}
		var n int64
		db.Table("feeds").Where("id = ?", f.ID).Count(&n)
		if n != 0 {
			t.Errorf("a feed with nothing kept was not deleted")
		}
	})
}

// TestMigrateHostOutlets: feeds named after their host before outlets were
// kept take the name in their title, their articles with them.
func TestMigrateHostOutlets(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations[:5], func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := day("2024-11-18T08:00:00Z")
		for _, f := range []struct{ url, title, outlet string }{
			{"https://www.gp.example/rss", "Västkustposten – Ledare", "gp.example"},
			{"https://127.0.0.1/feed", "", "127.0.0.1"},
			{"https://mastodon.example/@region.rss", "Region Västkust", "Region Västkust"},
		} {
			if err := db.Exec(`INSERT INTO feeds (url, title, outlet, kind, interval_seconds, next_fetch_at, created_at, updated_at)
				VALUES (?, ?, ?, 'news', 900, ?, ?, ?)`, f.url, f.title, f.outlet, now, now, now).Error; err != nil {
				t.Fatal(err)
			}
		}
		if err := db.Exec(`INSERT INTO articles (feed_id, guid, title, outlet, kind, published_at, first_seen_at, updated_at, rev)
			VALUES (1, 'g1', 'Rubrik', 'gp.example', 'opinion', ?, ?, ?, 1)`, now, now, now).Error; err != nil {
			t.Fatal(err)
		}
		s := ingest.NewStore(db, nil)
		if err := s.RebuildArticleCounts(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := lagesbild.Migrate(ctx, db, ingest.Migrations); err != nil {
			t.Fatal(err)
		}
		fs, _ := s.Feeds(ctx)
		got := map[string]ingest.Feed{}
		for _, f := range fs {
			got[f.URL] = f
		}
		if f := got["https://www.gp.example/rss"]; f.Outlet != "Västkustposten" || !f.OutletNamed {
			t.Errorf("host-named feed with a title: %+v", f)
		}
		if f := got["https://127.0.0.1/feed"]; f.OutletNamed {
			t.Errorf("host-named feed without a title should wait for its channel: %+v", f)
		}
		if f := got["https://mastodon.example/@region.rss"]; f.Platform != ingest.PlatformMastodon || f.Outlet != "Region Västkust" {
			t.Errorf("named feed: %+v", f)
		}
		a, _ := s.Article(ctx, 1)
		if a.Outlet != "Västkustposten" {
			t.Errorf("article's outlet %q", a.Outlet)
		}
		if c := outletCounts(t, s); c["Västkustposten"] != 1 || c["gp.example"] != 0 {
			t.Errorf("counts: %v", c)
		}
	})
}

func TestDescribeFetchError(t *testing.T) {
	tests := map[string]string{
		"HTTP 500 Internal Server Error":                                     "Servern svarade med fel 500 (internt serverfel).",
		"HTTP 429 Too Many Requests (retry after 2m0s)":                      "Servern svarade med fel 429 (för många hämtningar, servern ber oss vänta).",
		"HTTP 418 I'm a teapot":                                              "Servern svarade med fel 418.",
		"not an RSS, Atom or JSON feed: the server sent an HTML page":        "Adressen är en webbsida, inte ett flöde.",
		`fetch https://x.example/: dial tcp: lookup x.example: no such host`: "Servern finns inte (okänt värdnamn).",
		"": "",
	}
	for in, want := range tests {
		if got := ingest.DescribeFetchError(in); got != want {
			t.Errorf("DescribeFetchError(%q) = %q, want %q", in, got, want)
		}
	}
}

// ArticlesByID gives the articles of the ids that exist, in id order, in
// statements of a bounded number of ids, the same on both databases.
func TestArticlesByID(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		f := mustFeed(t, s, ingest.NewFeed{URL: "https://www.vkp.example/rss", Outlet: "Västkustposten"})
		p := day("2024-11-17T10:00:00Z")
		items := make([]ingest.Article, 1200)
		for i := range items {
			items[i] = art(fmt.Sprintf("a%d", i), fmt.Sprintf("https://www.vkp.example/a%d", i), fmt.Sprintf("Nyhet %d", i), p)
		}
		if _, _, err := s.UpsertArticles(ctx, f.ID, items); err != nil {
			t.Fatal(err)
		}
		all, err := s.ArticlesAfter(ctx, 0, 10000)
		if err != nil || len(all) != len(items) {
			t.Fatalf("%d articles (%v)", len(all), err)
		}
		var ids, want []int64
		for i := len(all) - 1; i >= 0; i -= 2 { // every second one, backwards
			ids = append(ids, all[i].ID)
			want = append(want, all[i].ID)
		}
		ids = append(ids, all[len(all)-1].ID+1000) // no such article
		slices.Sort(want)
		got, err := s.ArticlesByID(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		gotIDs := make([]int64, len(got))
		for i, a := range got {
			gotIDs[i] = a.ID
		}
		if !slices.Equal(gotIDs, want) {
			t.Errorf("got %d articles, want %d in id order", len(gotIDs), len(want))
		}
		if got[0].Title == "" || got[0].FeedID != f.ID {
			t.Errorf("first article %+v", got[0])
		}
		if none, err := s.ArticlesByID(ctx, nil); err != nil || len(none) != 0 {
			t.Errorf("no ids: %d articles, %v", len(none), err)
		}
	})
}
