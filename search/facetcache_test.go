package search

import (
	"reflect"
	"testing"

	"github.com/lagesbild/lagesbild/ingest"
)

// answer is what a search tells the analyst: the total, the page and the
// facets.
type answer struct {
	Total  uint64
	Titles []string
	Facets *Facets
}

func (f *fixture) answer(req Request) answer {
	f.t.Helper()
	res := f.search(req)
	return answer{Total: res.Total, Titles: titles(res, true), Facets: res.Facets}
}

// uncached is the answer with the facet cache off.
func (f *fixture) uncached(req Request) answer {
	f.t.Helper()
	facetCacheOff = true
	defer func() { facetCacheOff = false }()
	return f.answer(req)
}

// The facet cache answers a question asked again with the counts a search
// without it gives, and a write to a month (an article added or edited in
// an old month, one deleted) is counted at once: a month's counts are kept
// only for the state it had when they were counted.
func TestFacetCacheCountsAsASearchDoes(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Strejken i vården", text: "Vården drabbas av strejken.", published: stockholm("2024-10-03 09:00")},
		art{title: "Kommentar om vården", text: "Vården behöver mer pengar.", kind: ingest.KindOpinion,
			outlet: "Dagbladet", published: stockholm("2024-10-20 09:00")},
		art{title: "Vården i november", text: "Vården får nya pengar.", published: stockholm("2024-11-05 09:00")},
		art{title: "Skolan", text: "Skolan stänger.", published: stockholm("2024-11-06 09:00")},
		art{title: "Vården i december", text: "Vården i julas.", outlet: "Dagbladet", published: stockholm("2024-12-01 09:00")},
	)
	questions := []Request{
		{Q: "vård", Facets: true},                                     // by relevance: every month ranks its page with the facets from the cache
		{Q: "vård", Sort: SortNewest, Size: 1, Facets: true},          // the older months only counted
		{Q: "vård", Sort: SortNewest, Size: 1, Page: 2, Facets: true}, // the same counts on the next page
		{Facets: true}, // no words: the newest of everything
		{Q: "vård", From: day("2024-10-10"), To: day("2024-11-30"), Facets: true},
		{Q: "vård", Kind: "opinion", Facets: true},
	}
	check := func(when string) {
		t.Helper()
		for _, req := range questions {
			want := f.uncached(req)
			for range 2 { // counted, then from the cache
				if got := f.answer(req); !reflect.DeepEqual(got, want) {
					t.Errorf("%s, %+v:\n got %+v\nwant %+v", when, req, got, want)
				}
			}
		}
	}
	hits0, _ := FacetCacheStats()
	check("first")
	if hits, _ := FacetCacheStats(); hits == hits0 {
		t.Fatal("no search was answered from the facet cache")
	}

	// A new article in October, a month the cache has counted.
	f.index(art{title: "Vården i oktober", text: "Vården igen.", outlet: "Dagbladet", published: stockholm("2024-10-25 09:00")})
	check("after an article in an old month")
	if got := f.answer(Request{Q: "vård", Facets: true}).Total; got != 5 {
		t.Errorf("after an article in an old month: total %d, want 5", got)
	}

	// One deleted.
	if err := f.idx.DeleteArticles(f.ctx, []int64{1}); err != nil {
		t.Fatal(err)
	}
	check("after a deletion")
	if got := f.answer(Request{Q: "vård", Facets: true}).Total; got != 4 {
		t.Errorf("after a deletion: total %d, want 4", got)
	}
}

// While a write to a month is under way, a search neither takes that
// month's counts from the cache nor leaves its own there: they may be of
// either state.
func TestFacetCacheStandsAsideDuringAWrite(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Vården", text: "Vården.", published: stockholm("2024-10-03 09:00")})
	req := Request{Q: "vård", Facets: true}
	f.answer(req)
	f.answer(req) // counted, then from the cache

	set, release, err := f.idx.reader()
	if err != nil {
		t.Fatal(err)
	}
	shard := set.shards["2024-10"].(*shardIndex)
	release()
	shard.started.Add(1) // a write begins
	hits0, misses0 := FacetCacheStats()
	f.answer(req)
	if hits, misses := FacetCacheStats(); hits != hits0 || misses != misses0 {
		t.Errorf("during a write: %d hits and %d misses, want none", hits-hits0, misses-misses0)
	}
	shard.finished.Add(1) // and ends
	f.answer(req)
	if hits, misses := FacetCacheStats(); hits != hits0 || misses != misses0+1 {
		t.Errorf("after the write: %d hits and %d misses, want a miss (counted anew)", hits-hits0, misses-misses0)
	}
}

// A month a period covers whole keeps one entry whichever period asked:
// the windows that move with each search share the months between their
// ends, and a month covered in part is counted for that part.
func TestFacetCacheSharesWholeMonthsBetweenPeriods(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "September", text: "Vården.", published: stockholm("2024-09-20 09:00")},
		art{title: "Oktober", text: "Vården.", published: stockholm("2024-10-10 09:00")},
		art{title: "November tidigt", text: "Vården.", published: stockholm("2024-11-02 09:00")},
		art{title: "November sent", text: "Vården.", published: stockholm("2024-11-25 09:00")},
	)
	first := Request{Q: "vård", From: day("2024-09-15"), To: day("2024-11-20"), Facets: true}
	second := Request{Q: "vård", From: day("2024-09-25"), To: day("2024-11-30"), Facets: true}
	for _, req := range []Request{first, second} {
		want := f.uncached(req)
		hits0, _ := FacetCacheStats()
		if got := f.answer(req); !reflect.DeepEqual(got, want) {
			t.Errorf("%+v:\n got %+v\nwant %+v", req, got, want)
		}
		hits, _ := FacetCacheStats()
		if req == second && hits-hits0 != 1 {
			t.Errorf("the second period took %d months from the cache, want October's only", hits-hits0)
		}
	}
}
