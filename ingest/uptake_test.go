package ingest_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

func TestUptakeOfOwnItems(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s := ingest.NewStore(db, newClock().Now)
		own := mustFeed(t, s, ingest.NewFeed{URL: "https://region.example/press.rss", Outlet: "Region Västkust", Kind: ingest.KindOwn})
		feeds := map[string]int64{}
		for _, o := range []string{"Nyhetsbyrån Norden", "Västsvenska Dagbladet", "Radio Väst", "Kuststaden Nu"} {
			feeds[o] = mustFeed(t, s, ingest.NewFeed{URL: "https://" + o[:3] + ".example/rss/" + o[4:6], Outlet: o}).ID
		}
		outlets, _ := s.Outlets(ctx)
		for _, o := range outlets {
			if o.Name == "Nyhetsbyrån Norden" {
				typ := ingest.OutletNational
				if _, err := s.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Type: &typ}); err != nil {
					t.Fatal(err)
				}
			}
		}
		pub := day("2024-11-18T09:00:00Z")
		put := func(feed int64, guid, title, text, story string, at time.Time) {
			t.Helper()
			if _, _, err := s.UpsertArticles(ctx, feed, []ingest.Article{{GUID: guid, URL: "https://x.example/" + guid, Title: title,
				Text: title + " " + text, PublishedAt: at, StoryKey: story}}); err != nil {
				t.Fatal(err)
			}
		}
		put(own.ID, "pm1", "Regionen inför extra bemanning på akuten", "Pressmeddelande.", "story-pm", pub)
		put(own.ID, "pm2", "Kort", "Ingen tog upp det.", "", pub)
		put(feeds["Nyhetsbyrån Norden"], "n1", "Extra bemanning på akuten", "TT-text.", "story-pm", pub.Add(time.Hour))
		put(feeds["Västsvenska Dagbladet"], "n2", "Extra bemanning på akuten", "Samma text.", "story-pm", pub.Add(2*time.Hour))
		put(feeds["Radio Väst"], "n3", "Akuten får mer personal", `I ett pressmeddelande, "Regionen inför extra bemanning på akuten", skriver regionen…`, "", pub.Add(3*time.Hour))
		put(feeds["Kuststaden Nu"], "n4", "Akuten får mer personal", `"Regionen inför extra bemanning på akuten" sade regionen i våras.`, "", pub.Add(10*24*time.Hour))
		put(feeds["Kuststaden Nu"], "n5", "Något helt annat", "Om väder.", "", pub.Add(time.Hour))
		arts, _ := s.ArticlesAfter(ctx, 0, 100)
		var ownIDs []int64
		for _, a := range arts {
			if a.Kind == ingest.KindOwn {
				ownIDs = append(ownIDs, a.ID)
			}
		}
		got, err := s.Uptakes(ctx, append(ownIDs, arts[len(arts)-1].ID))
		if err != nil {
			t.Fatal(err)
		}
		u := got[ownIDs[0]]
		if u.Articles != 3 || !slices.Equal(u.Outlets, []string{"Nyhetsbyrån Norden", "Västsvenska Dagbladet", "Radio Väst"}) || u.National != 1 {
			t.Errorf("uptake = %+v, want the story group and the quote within the week", u)
		}
		if p := u.Phrase(); p != "citerades av 3 medier, varav 1 rikstäckande" {
			t.Errorf("phrase %q", p)
		}
		if p := got[ownIDs[1]].Phrase(); p != "" {
			t.Errorf("no uptake: %q", p)
		}
		if _, ok := got[arts[len(arts)-1].ID]; ok {
			t.Errorf("a news article has an uptake")
		}
		if p := (ingest.Uptake{Outlets: []string{"X"}, National: 1}).Phrase(); p != "citerades av 1 medium, rikstäckande" {
			t.Errorf("one national: %q", p)
		}

		// Weights for reach: the national wire counts three, the radio one and a half.
		version, err := s.UptakesVersion(ctx, pub.Add(-time.Hour), pub.Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		for _, o := range outlets {
			w := map[string]float64{"Nyhetsbyrån Norden": 3, "Radio Väst": 1.5}[o.Name]
			if w == 0 {
				continue
			}
			if _, err := s.UpdateOutlet(ctx, o.ID, ingest.OutletUpdate{Weight: &w}); err != nil {
				t.Fatal(err)
			}
		}
		if again, _ := s.UptakesVersion(ctx, pub.Add(-time.Hour), pub.Add(time.Hour)); again == version {
			t.Errorf("the fingerprint holds after the weights changed")
		}
		got, err = s.Uptakes(ctx, ownIDs)
		if err != nil {
			t.Fatal(err)
		}
		if u := got[ownIDs[0]]; u.Reach != 5.5 || u.Phrase() != "citerades av 3 medier, varav 1 rikstäckande; viktad räckvidd 5,5" {
			t.Errorf("weighted: reach %v, phrase %q", u.Reach, u.Phrase())
		}
	})
}
