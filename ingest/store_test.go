package ingest_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

// clock is a settable test clock, safe for concurrent use.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func newClock() *clock       { return &clock{t: time.Date(2024, 11, 18, 8, 0, 0, 0, time.UTC)} }
func day(s string) time.Time { t, _ := time.Parse(time.RFC3339, s); return t }
func mustFeed(t testing.TB, s *ingest.Store, in ingest.NewFeed) *ingest.Feed {
	t.Helper()
	f, err := s.CreateFeed(context.Background(), in)
	if err != nil {
		t.Fatalf("create feed %s: %v", in.URL, err)
	}
	return f
}

func TestCreateFeed(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		f := mustFeed(t, s, ingest.NewFeed{URL: " HTTPS://WWW.Exempelposten.se/rss#top "})
		if f.URL != "https://www.exempelposten.se/rss" || f.Kind != ingest.KindNews || f.Outlet != "" || f.OutletNamed ||
			f.IntervalSeconds != 900 || f.Platform != ingest.PlatformWeb {
			t.Errorf("defaults: got %+v", f)
		}
		if _, err := s.CreateFeed(ctx, ingest.NewFeed{URL: "https://www.exempelposten.se/rss"}); !errors.Is(err, ingest.ErrDuplicateFeed) {
			t.Errorf("duplicate URL: got %v, want ErrDuplicateFeed", err)
		}
		bad := map[string]struct {
			in    ingest.NewFeed
			field string
		}{
			"empty URL":         {ingest.NewFeed{}, "url"},
			"relative URL":      {ingest.NewFeed{URL: "/rss"}, "url"},
			"ftp URL":           {ingest.NewFeed{URL: "ftp://exempel.se/rss"}, "url"},
			"javascript URL":    {ingest.NewFeed{URL: "javascript:alert(1)"}, "url"},
			"unknown kind":      {ingest.NewFeed{URL: "https://a.se/", Kind: "blog"}, "kind"},
			"interval too long": {ingest.NewFeed{URL: "https://a.se/", IntervalSeconds: 90000}, "interval_seconds"},
		}
		for name, tt := range bad {
			t.Run(name, func(t *testing.T) {
				_, err := s.CreateFeed(ctx, tt.in)
				var v *ingest.ValidationError
				if !errors.As(err, &v) || v.Fields[tt.field] == "" {
					t.Errorf("got %v, want a validation error on %s", err, tt.field)
				}
			})
		}
		if _, err := s.Feed(ctx, 9999); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("missing feed: got %v", err)
		}
	})
}

func art(guid, url, title string, pub time.Time) ingest.Article {
	return ingest.Article{GUID: guid, URL: url, Title: title, Text: title, PublishedAt: pub}
}

func TestUpsertArticles(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		c := newClock()
		s := ingest.NewStore(db, c.Now)
		f := mustFeed(t, s, ingest.NewFeed{URL: "https://exempelposten.se/rss", Outlet: "Exempelposten"})
		g := mustFeed(t, s, ingest.NewFeed{URL: "https://annantidning.se/rss", Outlet: "Annan tidning", Kind: ingest.KindOwn})
		p1 := day("2024-11-17T10:00:00Z")
		items := []ingest.Article{
			art("a1", "https://exempelposten.se/a1", "Journalsystemet krånglar", p1),
			art("a2", "https://exempelposten.se/a2", "Köer på akuten", p1.Add(time.Hour)),
			art("", "https://exempelposten.se/a3", "Utan datum", time.Time{}),
			art("a1", "https://exempelposten.se/a1", "Samma guid igen i samma hämtning", p1),
		}
		ins, upd, err := s.UpsertArticles(ctx, f.ID, items)
		if err != nil || ins != 3 || upd != 0 {
			t.Fatalf("first upsert: inserted %d updated %d err %v; want 3 0", ins, upd, err)
		}
		// The same items again: nothing changed, nothing written.
		c.Add(time.Hour)
		ins, upd, err = s.UpsertArticles(ctx, f.ID, items)
		if err != nil || ins != 0 || upd != 0 {
			t.Fatalf("same items: inserted %d updated %d err %v; want 0 0", ins, upd, err)
		}
		// A changed title updates; a new guid with a known URL updates that row.
		c.Add(time.Hour)
		ins, upd, err = s.UpsertArticles(ctx, f.ID, []ingest.Article{
			art("a1", "https://exempelposten.se/a1", "Journalsystemet krånglar fortfarande", p1),
			art("ny-guid", "https://exempelposten.se/a2", "Köer på akuten", p1.Add(time.Hour)),
			art("", "https://exempelposten.se/a3", "Utan datum, ändrad", time.Time{}),
		})
		if err != nil || ins != 0 || upd != 2 { // the new guid with a known URL and the same text writes nothing
			t.Fatalf("changed items: inserted %d updated %d err %v; want 0 2", ins, upd, err)
		}
		all, err := s.ArticlesAfter(ctx, 0, 100)
		if err != nil || len(all) != 3 {
			t.Fatalf("articles: %d, %v", len(all), err)
		}
		for i := 1; i < len(all); i++ {
			if all[i].ID <= all[i-1].ID {
				t.Errorf("ArticlesAfter not in id order")
			}
		}
		for _, a := range all {
			if a.Outlet != "Exempelposten" || a.Kind != ingest.KindNews {
				t.Errorf("article %d: outlet %q kind %q", a.ID, a.Outlet, a.Kind)
			}
			if a.URL == "https://exempelposten.se/a3" {
				if !a.PublishedEstimated || !a.PublishedAt.Equal(day("2024-11-18T08:00:00Z")) {
					t.Errorf("estimated date moved: %v estimated=%v", a.PublishedAt, a.PublishedEstimated)
				}
				if a.Title != "Utan datum, ändrad" {
					t.Errorf("title not updated: %q", a.Title)
				}
			}
			if a.FirstSeenAt != day("2024-11-18T08:00:00Z") {
				t.Errorf("first seen moved: %v", a.FirstSeenAt)
			}
		}
		// The same guid in another feed is another article; own feeds stay own.
		ins, _, err = s.UpsertArticles(ctx, g.ID, []ingest.Article{{GUID: "a1", Title: "Pressmeddelande", Kind: ingest.KindOpinion}})
		if err != nil || ins != 1 {
			t.Fatalf("other feed: %d %v", ins, err)
		}
		max, err := s.MaxArticleID(ctx)
		if err != nil {
			t.Fatal(err)
		}
		last, err := s.Article(ctx, max)
		if err != nil || last.Kind != ingest.KindOwn {
			t.Errorf("own feed item: %+v %v", last, err)
		}
		if _, err := s.Article(ctx, max+1); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("missing article: %v", err)
		}
		if _, _, err := s.UpsertArticles(ctx, 9999, items); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("missing feed: %v", err)
		}
		after, err := s.ArticlesAfter(ctx, all[1].ID, 1)
		if err != nil || len(after) != 1 || after[0].ID != all[2].ID {
			t.Errorf("ArticlesAfter(%d, 1) = %v, %v", all[1].ID, after, err)
		}
		changed, err := s.ArticlesChangedAfter(ctx, 0, 100)
		if err != nil || len(changed) != 4 {
			t.Fatalf("changed: %d %v", len(changed), err)
		}
		for i := 1; i < len(changed); i++ {
			if changed[i].Rev <= changed[i-1].Rev {
				t.Errorf("ArticlesChangedAfter not in rev order")
			}
		}
		feeds, err := s.Feeds(ctx)
		if err != nil || len(feeds) != 2 {
			t.Fatalf("feeds: %v %v", feeds, err)
		}
		counts := map[int64]int64{feeds[0].ID: feeds[0].ArticleCount, feeds[1].ID: feeds[1].ArticleCount}
		if counts[f.ID] != 3 || counts[g.ID] != 1 {
			t.Errorf("article counts: %v", counts)
		}
	})
}

func TestSubscribe(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, ingest.Migrations)
	s := ingest.NewStore(db, nil)
	ch, cancel := s.Subscribe()
	defer cancel()
	f := mustFeed(t, s, ingest.NewFeed{URL: "https://exempelposten.se/rss"})
	if _, _, err := s.UpsertArticles(context.Background(), f.ID, []ingest.Article{art("x", "", "Rubrik", time.Time{})}); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ch:
	default:
		t.Error("no signal after a commit with new articles")
	}
}

func TestTopics(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		f := mustFeed(t, s, ingest.NewFeed{URL: "https://exempelposten.se/rss"})
		if _, _, err := s.UpsertArticles(ctx, f.ID, []ingest.Article{
			art("1", "", "Ett", time.Time{}), art("2", "", "Två", time.Time{})}); err != nil {
			t.Fatal(err)
		}
		mil, err := s.CreateTopic(ctx, ingest.NewTopic{Name: "Millennium", Query: "Millennium OR journalsystem*"})
		if err != nil {
			t.Fatal(err)
		}
		akut, err := s.CreateTopic(ctx, ingest.NewTopic{Name: "Akuten", Query: "akut*"})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.CreateTopic(ctx, ingest.NewTopic{Name: "Millennium", Query: "x"}); !errors.Is(err, ingest.ErrConflict) {
			t.Errorf("duplicate topic: %v", err)
		}
		var v *ingest.ValidationError
		if _, err := s.CreateTopic(ctx, ingest.NewTopic{}); !errors.As(err, &v) || v.Fields["name"] == "" || v.Fields["query"] == "" {
			t.Errorf("empty topic: %v", err)
		}
		arts, _ := s.ArticlesAfter(ctx, 0, 10)
		if err := s.SetArticleTopics(ctx, arts[0].ID, []int64{mil.ID, akut.ID, mil.ID}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetArticleTopics(ctx, arts[0].ID, []int64{mil.ID}); err != nil {
			t.Fatal(err)
		}
		if err := s.TagArticles(ctx, mil.ID, []int64{arts[0].ID, arts[1].ID}); err != nil {
			t.Fatal(err)
		}
		if err := s.SetArticleTopics(ctx, arts[0].ID, []int64{9999}); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("unknown topic: %v", err)
		}
		if err := s.SetArticleTopics(ctx, 9999, nil); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("unknown article: %v", err)
		}
		topics, err := s.Topics(ctx)
		if err != nil || len(topics) != 2 || topics[0].Name != "Akuten" || topics[0].ArticleCount != 0 ||
			topics[1].ArticleCount != 2 {
			t.Errorf("topics: %+v %v", topics, err)
		}
		ids, err := s.ArticleTopicIDs(ctx, []int64{arts[0].ID, arts[1].ID, 9999})
		if err != nil || len(ids) != 2 || len(ids[arts[0].ID]) != 1 || ids[arts[1].ID][0] != mil.ID {
			t.Errorf("topic ids: %v %v", ids, err)
		}
		// Tagging changed both articles: each has a new, distinct rev.
		changed, _ := s.ArticlesChangedAfter(ctx, 2, 10)
		if len(changed) != 2 || changed[0].Rev == changed[1].Rev {
			t.Errorf("revs after tagging: %+v", changed)
		}
		maxRev, _ := s.MaxArticleRev(ctx)
		if err := s.TagArticles(ctx, mil.ID, []int64{arts[0].ID}); err != nil {
			t.Fatal(err)
		}
		if r, _ := s.MaxArticleRev(ctx); r != maxRev {
			t.Errorf("tagging again bumped the rev: %d → %d", maxRev, r)
		}
		at, err := s.ArticleTopics(ctx, arts[0].ID)
		if err != nil || len(at) != 1 || at[0].Name != "Millennium" {
			t.Errorf("article topics: %+v %v", at, err)
		}
	})
}

func TestDeleteTopicAndFeed(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		f := mustFeed(t, s, ingest.NewFeed{URL: "https://exempelposten.se/rss"})
		if _, _, err := s.UpsertArticles(ctx, f.ID, []ingest.Article{art("1", "", "Ett", time.Time{})}); err != nil {
			t.Fatal(err)
		}
		top, _ := s.CreateTopic(ctx, ingest.NewTopic{Name: "Akuten", Query: "akut*"})
		id, _ := s.MaxArticleID(ctx)
		if err := s.TagArticles(ctx, top.ID, []int64{id}); err != nil {
			t.Fatal(err)
		}
		before, _ := s.MaxArticleRev(ctx)
		if err := s.DeleteTopic(ctx, top.ID); err != nil {
			t.Fatal(err)
		}
		if after, _ := s.MaxArticleRev(ctx); after <= before {
			t.Errorf("deleting a topic did not bump the rev of its articles")
		}
		if err := s.DeleteTopic(ctx, top.ID); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("delete twice: %v", err)
		}
		title, kind := "Nytt namn", ingest.KindOpinion
		if g, err := s.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{Title: &title, Kind: &kind}); err != nil || g.Title != title || g.Kind != kind {
			t.Errorf("update feed: %+v %v", g, err)
		}
		bad := ingest.Kind("blogg")
		var v *ingest.ValidationError
		if _, err := s.UpdateFeed(ctx, f.ID, ingest.FeedUpdate{Kind: &bad}); !errors.As(err, &v) {
			t.Errorf("bad kind: %v", err)
		}
		if _, err := s.DeleteFeed(ctx, f.ID, ingest.Keep{}); err != nil {
			t.Fatal(err)
		}
		if n, _ := s.MaxArticleID(ctx); n != 0 {
			t.Errorf("articles of a deleted feed remain")
		}
		if _, err := s.DeleteFeed(ctx, f.ID, ingest.Keep{}); !errors.Is(err, ingest.ErrNotFound) {
			t.Errorf("delete twice: %v", err)
		}
	})
}
