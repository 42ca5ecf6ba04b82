package search

import (
	"fmt"
	"reflect"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

var _ ListSource = (*ingest.Store)(nil)

// TestDatabaseListMatchesIndex compares, for lists without words, the page,
// facets and total that the database gives (ListSource: the counts kept at
// ingest, or counted in SQL) with what the index gives, on articles around
// Stockholm midnights and both DST changes of 2024, several outlets, kinds
// and topics, and many articles published at the same instant (ties are
// broken by id as text on both paths, across 99 → 100).
func TestDatabaseListMatchesIndex(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		f := newFixtureOn(t, db)
		f.close()
		f.opts.Topics = f.store.ArticleTopicIDs
		f.open()

		outlets := []string{"Radio Väst", "Östra Småland", "SVT Nyheter", "ÅKP"}
		kinds := []ingest.Kind{ingest.KindNews, ingest.KindOpinion, ingest.KindOwn}
		// Instants around the Stockholm midnights of the DST changes (31
		// March and 27 October 2024) and of ordinary days.
		var times []time.Time
		for _, d := range []string{"2024-03-29", "2024-03-30", "2024-03-31", "2024-04-01", "2024-10-25", "2024-10-26", "2024-10-27", "2024-10-28", "2024-11-30", "2024-12-01"} {
			base := stockholm(d + " 00:00")
			for _, off := range []time.Duration{-time.Minute, 0, time.Minute, 90 * time.Minute, 150 * time.Minute, 12 * time.Hour, 23*time.Hour + 30*time.Minute} {
				times = append(times, base.Add(off))
			}
		}
		var arts []art
		for i, at := range times {
			o := outlets[i%len(outlets)]
			k := kinds[(i/len(outlets))%len(kinds)]
			if o == "ÅKP" {
				k = ingest.KindOwn // a feed of kind own makes all its articles own
			}
			arts = append(arts, art{outlet: o, kind: k, title: fmt.Sprintf("Artikel %d", i), text: "text", published: at})
		}
		// Ids from len(arts)+1 on, at one instant: they cross 99 → 100.
		tie := stockholm("2024-11-30 12:00")
		for i := len(arts); i < 110; i++ {
			arts = append(arts, art{outlet: outlets[i%2], title: fmt.Sprintf("Samtidig %d", i), text: "Samma minut", published: tie})
		}
		f.add(arts...)
		f.catchUp()

		var topicIDs []int64
		for _, name := range []string{"Vården", "Skolan", "Trafiken"} {
			tp, err := f.store.CreateTopic(f.ctx, ingest.NewTopic{Name: name, Query: name})
			if err != nil {
				t.Fatal(err)
			}
			topicIDs = append(topicIDs, tp.ID)
		}
		stored, err := f.store.ArticlesAfter(f.ctx, 0, 1000)
		if err != nil {
			t.Fatal(err)
		}
		for i, a := range stored {
			var ts []int64
			for j, id := range topicIDs {
				if (i+j)%(j+2) == 0 {
					ts = append(ts, id)
				}
			}
			if err := f.store.SetArticleTopics(f.ctx, a.ID, ts); err != nil {
				t.Fatal(err)
			}
		}
		f.catchUp()

		topic := fmt.Sprint(topicIDs[1])
		reqs := []Request{
			{},
			{Sort: SortRelevance},
			{From: day("2024-03-30"), To: day("2024-03-31")},
			{From: day("2024-03-31"), To: day("2024-03-31")},
			{From: day("2024-10-27"), To: day("2024-10-27"), Size: 3, Page: 2},
			{From: day("2024-10-26"), To: day("2024-10-28"), Kind: "åsikt"},
			{From: day("2024-03-01"), To: day("2024-10-31"), Outlet: "östra småland"},
			{From: day("2024-10-01")},
			{To: day("2024-04-01"), Topic: topic},
			{Topic: " " + topic + " ", Kind: "news"},
			{Outlet: "åkp", Kind: "own", Size: 5},
			{Outlet: "ingen sådan"},
			{Topic: "0" + topic},
			{From: day("2024-12-01"), To: day("2024-12-31"), Size: 100},
			{From: day("2025-01-01"), To: day("2025-01-31")},
			{Q: "", From: time.Date(2024, 10, 27, 23, 30, 0, 0, time.UTC), To: time.Date(2024, 10, 27, 1, 0, 0, 0, time.FixedZone("x", 5*3600))},
			{From: day("2024-11-30"), To: day("2024-11-30"), Size: 7, Page: 4},
			// Days before, whole months, days after (the monthly counts).
			{From: day("2024-03-30"), To: day("2024-10-27")},
			{From: day("2024-03-31"), To: day("2024-11-30"), Kind: "news"},
			{From: day("2024-03-29"), To: day("2024-12-01"), Outlet: "radio väst"},
			{To: day("2024-10-26")},
			{Size: 100},
		}
		for i, req := range reqs {
			req.Facets = i%5 != 4 // and a few without facets
			t.Run(fmt.Sprintf("%+v", req), func(t *testing.T) {
				f.idx.src = indexOnly{f.store}
				want := f.search(req)
				f.idx.src = f.store
				got := f.search(req)
				if got.Total != want.Total {
					t.Errorf("total: sql %d, index %d", got.Total, want.Total)
				}
				if !reflect.DeepEqual(got.Facets, want.Facets) {
					t.Errorf("facets:\nsql   %+v\nindex %+v", got.Facets, want.Facets)
				}
				if req.Sort == SortRelevance {
					// Without words every hit scores the same, and which of
					// the months' ties come first is whichever month answers
					// first, on either path: only the page's length is fixed.
					if len(got.Hits) != len(want.Hits) {
						t.Errorf("hits: sql %d, index %d", len(got.Hits), len(want.Hits))
					}
				} else if !reflect.DeepEqual(got.Hits, want.Hits) {
					t.Errorf("hits: sql %v, index %v", hitIDs(got), hitIDs(want))
					for i := range min(len(got.Hits), len(want.Hits)) {
						if !reflect.DeepEqual(got.Hits[i], want.Hits[i]) {
							t.Errorf("first difference:\nsql   %+v\nindex %+v", got.Hits[i], want.Hits[i])
							break
						}
					}
				}
				if req.From.IsZero() && req.To.IsZero() && req.Outlet == "" && req.Kind == "" && req.Topic == "" && req.Facets &&
					(got.Total != uint64(len(arts)) || len(got.Facets.Topic) != 3 || len(got.Facets.Kind) != 3) {
					t.Errorf("fixture: total %d, facets %+v", got.Total, got.Facets)
				}
			})
		}
	})
}

func hitIDs(r *Result) []int64 {
	out := []int64{}
	for _, h := range r.Hits {
		out = append(out, h.ID)
	}
	return out
}
