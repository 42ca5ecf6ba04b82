package ingest_test

import (
	"context"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

// An invented wire story, a lightly edited copy of it in another outlet, and
// an unrelated story about the same crisis.
const (
	wireTitle = "Journalsystemet Aurora stoppar planerade operationer i Region Västkust"
	wireBody  = "Region Västkust skjuter upp ett fyrtiotal planerade operationer sedan det nya journalsystemet Aurora " +
		"på nytt slutat fungera under natten. Enligt regionens biträdande hälso- och sjukvårdsdirektör arbetar " +
		"leverantören med felet, men ingen kan säga när systemet är i drift igen. Patienter som berörs kontaktas per telefon."

	copyTitle = "Aurora-haveriet: planerade operationer stoppas i Region Västkust"
	copyBody  = "Region Västkust skjuter upp ett fyrtiotal planerade operationer sedan det nya journalsystemet Aurora " +
		"på nytt slutat fungera under natten. Enligt regionens biträdande hälso- och sjukvårdsdirektör arbetar " +
		"leverantören intensivt med felet, men ingen kan säga när systemet är i drift igen. Berörda patienter kontaktas per telefon."

	otherTitle = "Personalen på akuten i Kustsjukhuset larmar om arbetsmiljön"
	otherBody  = "Sjuksköterskor på akutmottagningen vid Kustsjukhuset har gjort en skyddsombudsanmälan. De beskriver " +
		"långa pass, dubbeldokumentation på papper och en växande oro för patientsäkerheten sedan journalsystemet " +
		"Aurora infördes i Region Västkust. Arbetsmiljöverket har fått en kopia."
)

func TestStorySimilarity(t *testing.T) {
	_, wire := ingest.StoryFingerprint(wireTitle, wireBody)
	_, edited := ingest.StoryFingerprint(copyTitle, copyBody)
	_, other := ingest.StoryFingerprint(otherTitle, otherBody)
	if s := ingest.StorySimilarity(wire, edited); s < 0.5 {
		t.Errorf("lightly edited copy: similarity %.2f, want ≥ 0.5", s)
	}
	if s := ingest.StorySimilarity(wire, other); s >= 0.5 {
		t.Errorf("unrelated story: similarity %.2f, want < 0.5", s)
	}
	k1, s1 := ingest.StoryFingerprint(wireTitle, wireBody)
	k2, s2 := ingest.StoryFingerprint(wireTitle, wireBody)
	if k1 != k2 || s1 != s2 || len(k1) > 64 {
		t.Errorf("fingerprint not deterministic or too long: %q %q", k1, k2)
	}
	if k, s := ingest.StoryFingerprint("Kort", ""); k == "" || s != "" {
		t.Errorf("short text: key %q sig %q", k, s)
	}
}

func TestStoryGroupsAcrossOutlets(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		c := newClock()
		s := ingest.NewStore(db, c.Now)
		item := func(guid, title, body string, pub time.Time) ingest.Article {
			a := ingest.Article{GUID: guid, Title: title, Text: title + " " + body, Summary: body, PublishedAt: pub}
			a.StoryKey, a.StorySig = ingest.StoryFingerprint(title, body)
			return a
		}
		pub := c.Now().Add(-time.Hour)
		feeds := map[string]*ingest.Feed{}
		for _, name := range []string{"byran", "posten", "bladet", "senare"} {
			feeds[name] = mustFeed(t, s, ingest.NewFeed{URL: "https://" + name + ".example/rss", Outlet: name})
		}
		upsert := func(feed string, a ingest.Article) ingest.Article {
			t.Helper()
			if _, _, err := s.UpsertArticles(ctx, feeds[feed].ID, []ingest.Article{a}); err != nil {
				t.Fatal(err)
			}
			max, _ := s.MaxArticleID(ctx)
			got, err := s.Article(ctx, max)
			if err != nil {
				t.Fatal(err)
			}
			return *got
		}
		wire := upsert("byran", item("w1", wireTitle, wireBody, pub))
		edited := upsert("posten", item("p1", copyTitle, copyBody, pub.Add(20*time.Minute)))
		other := upsert("bladet", item("b1", otherTitle, otherBody, pub.Add(30*time.Minute)))
		if edited.StoryKey != wire.StoryKey {
			t.Errorf("the lightly edited copy did not join the story: %q vs %q", edited.StoryKey, wire.StoryKey)
		}
		if other.StoryKey == wire.StoryKey {
			t.Errorf("an unrelated story joined the group %q", wire.StoryKey)
		}
		// A new Store (a restart) loads the recent signatures from the table.
		s = ingest.NewStore(db, c.Now)
		again := upsert("senare", item("s1", wireTitle, wireBody+" Mer information kommer.", pub.Add(2*time.Hour)))
		if again.StoryKey != wire.StoryKey {
			t.Errorf("after a restart the copy did not join the story: %q vs %q", again.StoryKey, wire.StoryKey)
		}
		// An update keeps the group.
		w := item("w1", wireTitle, wireBody+" Uppdaterad.", pub)
		if _, upd, err := s.UpsertArticles(ctx, feeds["byran"].ID, []ingest.Article{w}); err != nil || upd != 1 {
			t.Fatalf("update: %d %v", upd, err)
		}
		if got, _ := s.Article(ctx, wire.ID); got.StoryKey != wire.StoryKey {
			t.Errorf("an update moved the article to group %q", got.StoryKey)
		}
	})
}
