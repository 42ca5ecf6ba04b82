package ingest_test

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

// recount counts the articles per Stockholm day, outlet and kind, in all
// and per topic, from the articles and their tags, as the kept counts must
// have them.
func recount(t *testing.T, db *gorm.DB) []ingest.DayCount {
	t.Helper()
	var rows []struct {
		ID          int64
		PublishedAt time.Time
		Outlet      string
		Kind        string
	}
	if err := db.Table("articles").Select("id, published_at, outlet, kind").Scan(&rows).Error; err != nil {
		t.Fatal(err)
	}
	var tags []struct{ ArticleID, TopicID int64 }
	if err := db.Table("article_topics").Select("article_id, topic_id").Scan(&tags).Error; err != nil {
		t.Fatal(err)
	}
	topics := map[int64][]int64{}
	for _, tg := range tags {
		topics[tg.ArticleID] = append(topics[tg.ArticleID], tg.TopicID)
	}
	stockholm, _ := time.LoadLocation("Europe/Stockholm")
	n := map[ingest.DayCount]int64{}
	for _, r := range rows {
		k := ingest.DayCount{Day: r.PublishedAt.In(stockholm).Format(time.DateOnly), Outlet: r.Outlet, Kind: ingest.Kind(r.Kind)}
		n[k]++
		for _, tp := range topics[r.ID] {
			k.Topic = tp
			n[k]++
		}
	}
	var out []ingest.DayCount
	for k, v := range n {
		k.N = v
		out = append(out, k)
	}
	slices.SortFunc(out, func(a, b ingest.DayCount) int {
		return cmp.Or(cmp.Compare(a.Topic, b.Topic), strings.Compare(a.Day, b.Day), strings.Compare(a.Outlet, b.Outlet),
			strings.Compare(string(a.Kind), string(b.Kind)))
	})
	return out
}

func checkCounts(t *testing.T, s *ingest.Store, db *gorm.DB, when string) {
	t.Helper()
	kept, err := s.ArticleDayCounts(context.Background(), "", "")
	if err != nil {
		t.Fatal(err)
	}
	want := recount(t, db)
	if fmt.Sprint(kept) != fmt.Sprint(want) {
		t.Fatalf("%s: kept counts differ from the articles:\nkept %v\nwant %v", when, kept, want)
	}
	// The monthly counts and the daily totals are the daily counts summed.
	months, totals := map[string]int64{}, map[string]int64{}
	for _, c := range want {
		months[fmt.Sprintf("%s %d %s %s", c.Day[:7], c.Topic, c.Outlet, c.Kind)] += c.N
		if c.Topic == 0 {
			totals[fmt.Sprintf("%s %s", c.Day, c.Kind)] += c.N
		}
	}
	for table, want := range map[string]map[string]int64{
		"SELECT month || ' ' || topic_id || ' ' || outlet || ' ' || kind AS k, n FROM article_month_counts": months,
		"SELECT day || ' ' || kind AS k, n FROM article_day_totals":                                         totals,
	} {
		var rows []struct {
			K string
			N int64
		}
		if err := db.Raw(table).Scan(&rows).Error; err != nil {
			t.Fatal(err)
		}
		got := map[string]int64{}
		for _, r := range rows {
			got[r.K] = r.N
		}
		if !maps.Equal(got, want) {
			t.Fatalf("%s: %s\ngot  %v\nwant %v", when, table, got, want)
		}
	}
}

// The kept counts per day, outlet, kind and topic follow every write: new
// articles, updates that move an article to another Stockholm day (across
// midnight and a DST change) or kind, tags added and replaced, a deleted
// topic and a deleted feed.
func TestArticleCountsFollowEveryWrite(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		feeds := []*ingest.Feed{
			mustFeed(t, s, ingest.NewFeed{URL: "https://exempelposten.se/rss", Outlet: "Exempelposten"}),
			mustFeed(t, s, ingest.NewFeed{URL: "https://västkusten.se/rss", Outlet: "Västkusten", Kind: ingest.KindOpinion}),
			mustFeed(t, s, ingest.NewFeed{URL: "https://regionen.se/rss", Outlet: "Regionen", Kind: ingest.KindOwn}),
		}
		var topics []int64
		for _, name := range []string{"Aurora", "Akuten", "Strejken"} {
			tp, err := s.CreateTopic(ctx, ingest.NewTopic{Name: name, Query: name})
			if err != nil {
				t.Fatal(err)
			}
			topics = append(topics, tp.ID)
		}
		checkCounts(t, s, db, "empty")
		rng := rand.New(rand.NewPCG(1, 2))
		// 22:00–23:59 UTC is the next day in Stockholm; 2024-10-27 has 25 hours.
		base := time.Date(2024, 10, 26, 21, 30, 0, 0, time.UTC)
		for round := range 16 {
			f := feeds[rng.IntN(len(feeds))]
			var items []ingest.Article
			for range 1 + rng.IntN(30) {
				g := rng.IntN(40) // guids repeat: a later round updates
				a := art(fmt.Sprintf("g%d", g), "", fmt.Sprintf("Rubrik %d/%d", g, round),
					base.Add(time.Duration(rng.IntN(6*60))*time.Minute))
				if rng.IntN(3) == 0 {
					a.Kind = ingest.KindOpinion
				}
				if rng.IntN(8) == 0 {
					a.PublishedAt = time.Time{} // first-seen time
				}
				items = append(items, a)
			}
			if _, _, err := s.UpsertArticles(ctx, f.ID, items); err != nil {
				t.Fatal(err)
			}
			checkCounts(t, s, db, fmt.Sprintf("round %d, articles", round))

			maxID, _ := s.MaxArticleID(ctx)
			var ids []int64
			for range rng.IntN(20) {
				ids = append(ids, 1+rng.Int64N(maxID+5)) // some unknown
			}
			if err := s.TagArticles(ctx, topics[rng.IntN(len(topics))], ids); err != nil {
				t.Fatal(err)
			}
			checkCounts(t, s, db, fmt.Sprintf("round %d, tagged", round))
			var set []int64
			for _, tp := range topics {
				if rng.IntN(2) == 0 {
					set = append(set, tp)
				}
			}
			if err := s.SetArticleTopics(ctx, 1+rng.Int64N(maxID), set); err != nil {
				t.Fatal(err)
			}
			checkCounts(t, s, db, fmt.Sprintf("round %d, topics set", round))
		}
		if err := s.DeleteTopic(ctx, topics[1]); err != nil {
			t.Fatal(err)
		}
		checkCounts(t, s, db, "after deleting a topic")
		if _, err := s.DeleteFeed(ctx, feeds[1].ID, ingest.Keep{}); err != nil {
			t.Fatal(err)
		}
		checkCounts(t, s, db, "after deleting a feed")
		if err := s.RebuildArticleCounts(ctx); err != nil {
			t.Fatal(err)
		}
		checkCounts(t, s, db, "after a rebuild")
	})
}

// A database whose articles were written before the counts were kept gets
// them counted by the migration that adds them.
func TestArticleCountsMigrationCountsOlderArticles(t *testing.T) {
	at := slices.IndexFunc(ingest.Migrations, func(m lagesbild.Migration) bool { return m.ID == "ingest/0005_article_counts" })
	if at < 0 {
		t.Fatal("no step ingest/0005_article_counts")
	}
	before := ingest.Migrations[:at]
	dbtest.EachDB(t, before, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		// Written as the Store did before the counts (and before later
		// steps such as the outlets): straight rows.
		var feedID int64
		if err := db.Raw(`INSERT INTO feeds (url, outlet, kind, interval_seconds, next_fetch_at, created_at, updated_at)
			VALUES ('https://exempelposten.se/rss', 'Exempelposten', 'news', 900, ?, ?, ?) RETURNING id`,
			day("2024-03-30T00:00:00Z"), day("2024-03-30T00:00:00Z"), day("2024-03-30T00:00:00Z")).Scan(&feedID).Error; err != nil {
			t.Fatal(err)
		}
		for i, at := range []string{"2024-03-30T23:30:00Z", "2024-03-31T10:00:00Z", "2024-03-31T10:00:00Z"} {
			if err := db.Exec(`INSERT INTO articles (feed_id, guid, kind, outlet, published_at, first_seen_at, updated_at)
				VALUES (?, ?, 'news', 'Exempelposten', ?, ?, ?)`, feedID, fmt.Sprint(i), day(at), day(at), day(at)).Error; err != nil {
				t.Fatal(err)
			}
		}
		if _, err := lagesbild.Migrate(ctx, db, ingest.Migrations); err != nil {
			t.Fatal(err)
		}
		kept, err := s.ArticleDayCounts(ctx, "", "")
		if err != nil {
			t.Fatal(err)
		}
		want := []ingest.DayCount{{Day: "2024-03-31", Outlet: "Exempelposten", Kind: ingest.KindNews, N: 3}}
		if fmt.Sprint(kept) != fmt.Sprint(want) {
			t.Errorf("counted by the migration: %v, want %v", kept, want)
		}
	})
}
