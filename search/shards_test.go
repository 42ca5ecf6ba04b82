package search

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

// shardDocs counts the documents of each month's shard.
func shardDocs(t *testing.T, x *Index) map[string]uint64 {
	t.Helper()
	out := map[string]uint64{}
	for m, bi := range x.set.shards {
		n, err := bi.DocCount()
		if err != nil {
			t.Fatal(err)
		}
		out[m] = n
	}
	return out
}

func countShardSearches(t *testing.T) *[]int {
	var opened []int
	onSearchShards = func(n int) { opened = append(opened, n) }
	t.Cleanup(func() { onSearchShards = nil })
	return &opened
}

func TestShardPerMonth(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Oktober", published: stockholm("2024-10-15 12:00")},
		art{title: "November", published: stockholm("2024-11-19 12:00")},
		// 23:30 UTC on 31 December is already January in Stockholm.
		art{title: "Nyårsnatten", published: time.Date(2024, 12, 31, 23, 30, 0, 0, time.UTC)},
	)
	want := map[string]uint64{"2024-10": 1, "2024-11": 1, "2025-01": 1}
	if got := shardDocs(t, f.idx); !mapsEqual(got, want) {
		t.Fatalf("shards %v, want %v", got, want)
	}
	opened := countShardSearches(t)

	res := f.search(Request{From: day("2024-11-01"), To: day("2024-11-30")})
	if got := titles(res, false); !slices.Equal(got, sorted("November")) {
		t.Errorf("November: %q", got)
	}
	res = f.search(Request{From: day("2024-10-20"), To: day("2024-11-20"), Facets: true})
	// Two shards open; the day filter still leaves 15 October out.
	if got := titles(res, false); !slices.Equal(got, sorted("November")) {
		t.Errorf("20 Oct–20 Nov: %q", got)
	}
	if res.Total != 1 || len(res.Facets.Day) != 1 {
		t.Errorf("20 Oct–20 Nov: total %d, days %v", res.Total, res.Facets.Day)
	}
	res = f.search(Request{From: day("2025-01-01")})
	if got := titles(res, false); !slices.Equal(got, sorted("Nyårsnatten")) {
		t.Errorf("from 2025: %q", got)
	}
	res = f.search(Request{})
	if got := titles(res, true); !slices.Equal(got, []string{"Nyårsnatten", "November", "Oktober"}) {
		t.Errorf("all, newest first: %q", got)
	}
	res = f.search(Request{From: day("2023-01-01"), To: day("2023-12-31")})
	if res.Total != 0 {
		t.Errorf("2023: %d", res.Total)
	}
	if n, err := f.idx.Count(f.ctx, "", day("2024-10-01"), day("2024-10-31")); err != nil || n != 1 {
		t.Errorf("count October: %d, %v", n, err)
	}
	if want := []int{1, 2, 1, 3, 0, 1}; !slices.Equal(*opened, want) {
		t.Errorf("shards opened per search %v, want %v", *opened, want)
	}
}

func mapsEqual(a, b map[string]uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func TestUpdateMovesArticleAcrossMonths(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		f := newFixtureOn(t, db)
		guid := f.add(art{title: "Flyttad", text: "Journalsystemet.", published: stockholm("2024-11-19 12:00")})[0]
		f.add(art{title: "Kvar", published: stockholm("2024-11-20 12:00")})
		f.catchUp()
		f.add(art{guid: guid, title: "Flyttad", text: "Journalsystemet, rättat datum.", published: stockholm("2024-10-02 12:00")})
		f.catchUp()
		want := map[string]uint64{"2024-10": 1, "2024-11": 1}
		if got := shardDocs(t, f.idx); !mapsEqual(got, want) {
			t.Errorf("shards %v, want %v", got, want)
		}
		if res := f.search(Request{Q: "journalsystem"}); res.Total != 1 {
			t.Errorf("found %d copies", res.Total)
		}
		if res := f.search(Request{From: day("2024-11-01"), To: day("2024-11-30")}); !slices.Equal(titles(res, false), sorted("Kvar")) {
			t.Errorf("November: %q", titles(res, false))
		}
		ids, err := f.idx.Matching(f.ctx, "journalsystem", nil)
		if err != nil || len(ids) != 1 {
			t.Errorf("matching %v, %v", ids, err)
		}
	})
}

// A crash in the middle of a batch that spans months: one shard's part
// reached the disk, the part that carries the marks did not, and the
// article was moved to another month before the restart.
func TestCatchUpAfterCrashAcrossShards(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		f := newFixtureOn(t, db)
		f.index(art{title: "Före", published: stockholm("2024-11-19 12:00")})
		guids := f.add(art{title: "Halvvägs", published: stockholm("2024-10-10 12:00")},
			art{title: "Aldrig skriven", published: stockholm("2024-12-10 12:00")})
		// What the crash left: the October part of the batch, without marks.
		arts, err := f.store.ArticlesChangedAfter(f.ctx, 1, 10)
		if err != nil || len(arts) != 2 {
			t.Fatalf("%d articles, %v", len(arts), err)
		}
		bi, err := f.idx.set.shard("2024-10", true)
		if err != nil {
			t.Fatal(err)
		}
		if err := bi.Index(strconv.FormatInt(arts[0].ID, 10), document(&arts[0], nil)); err != nil {
			t.Fatal(err)
		}
		f.close()
		// Then, before the restart, the article moved to September.
		f.add(art{guid: guids[0], title: "Halvvägs", published: stockholm("2024-09-10 12:00")})
		f.open()
		if st, _ := f.idx.Stats(); st.LastID != 1 || st.LastRev != 1 || st.Docs != 2 {
			t.Errorf("after the crash: %+v", st)
		}
		if n := f.catchUp(); n != 2 {
			t.Errorf("caught up %d", n)
		}
		want := map[string]uint64{"2024-09": 1, "2024-10": 0, "2024-11": 1, "2024-12": 1}
		if got := shardDocs(t, f.idx); !mapsEqual(got, want) {
			t.Errorf("shards %v, want %v", got, want)
		}
		st, err := f.idx.Stats()
		if err != nil || st.Docs != 3 || st.LastID != 3 || st.LastRev != 4 {
			t.Errorf("stats %+v, %v", st, err)
		}
		// The marks survive a restart: nothing more to do.
		f.close()
		f.open()
		if n := f.catchUp(); n != 0 {
			t.Errorf("after restart caught up %d", n)
		}
	})
}

func TestNewestPagesAcrossMonths(t *testing.T) {
	f := newFixture(t)
	var arts []art
	var want []string
	for i, d := range []string{"2024-12-20", "2024-12-10", "2024-12-01", "2024-11-15", "2024-11-01", "2024-10-30", "2024-10-02"} {
		title := "Artikel " + strconv.Itoa(i)
		arts = append(arts, art{title: title, text: "Vården.", published: stockholm(d + " 12:00")})
		want = append(want, title)
	}
	slices.Reverse(arts) // indexed oldest first, as they arrive
	f.index(arts...)
	for _, q := range []string{"", "vård"} {
		var got []string
		for page := 1; page <= 4; page++ {
			res := f.search(Request{Q: q, Sort: SortNewest, Size: 2, Page: page, Facets: true})
			if res.Total != 7 {
				t.Errorf("%q page %d: total %d", q, page, res.Total)
			}
			if n := len(res.Facets.Day); n != 7 {
				t.Errorf("%q page %d: %d days in the facet", q, page, n)
			}
			if res.Facets.Outlet[0].Count != 7 {
				t.Errorf("%q page %d: outlet facet %v", q, page, res.Facets.Outlet)
			}
			got = append(got, titles(res, true)...)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: pages %q, want %q", q, got, want)
		}
	}
	// By relevance over three months: ranked without stored fields, which
	// are then loaded for the page.
	res := f.search(Request{Q: "vård", Size: 3})
	if res.Total != 7 || len(res.Hits) != 3 {
		t.Fatalf("relevance: total %d, %d hits", res.Total, len(res.Hits))
	}
	for _, h := range res.Hits {
		if !strings.HasPrefix(h.Title, "Artikel ") || h.URL == "" || !strings.Contains(h.Snippet, "<mark>Vården</mark>") || h.PublishedAt.IsZero() {
			t.Errorf("relevance hit without its fields: %+v", h)
		}
	}
	res = f.search(Request{Sort: SortNewest, Size: 3, Page: 1, From: day("2024-11-01")})
	if got := titles(res, true); res.Total != 5 || !slices.Equal(got, want[:3]) {
		t.Errorf("from November: %d %q", res.Total, got)
	}
}

// An index from before the split (one Bleve index in the directory) is
// replaced and filled again from the database.
func TestOpenReplacesTheSingleIndexLayout(t *testing.T) {
	f := newFixture(t)
	f.add(art{title: "Ett"}, art{title: "Två"})
	f.close()
	if err := os.RemoveAll(f.dir); err != nil {
		t.Fatal(err)
	}
	old, err := bleve.New(f.dir, NewMapping())
	if err != nil {
		t.Fatal(err)
	}
	old.Close()
	f.open()
	if st, _ := f.idx.Stats(); !st.Rebuilt || st.Docs != 0 {
		t.Errorf("opened: %+v", st)
	}
	if n := f.catchUp(); n != 2 {
		t.Errorf("caught up %d", n)
	}
	if _, err := os.Stat(filepath.Join(f.dir, "index_meta.json")); err == nil {
		t.Error("the old index is still there")
	}
}

// A second process opening the same index gets ErrInUse at once (flock
// locks belong to the open file, so a second Open in this process stands
// for it), and can open it once the first has closed it.
func TestOpenTwiceIsInUse(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Ett"})
	if _, err := Open(f.dir, indexOnly{f.store}, Options{}); !errors.Is(err, ErrInUse) {
		t.Fatalf("second open: %v, want ErrInUse", err)
	}
	f.close()
	idx, err := Open(f.dir, indexOnly{f.store}, Options{})
	if err != nil {
		t.Fatalf("open after close: %v", err)
	}
	idx.Close()
}

// shardsOverMonths indexes articles over five months, each saying "vård" a
// different number of times (so that their scores differ), and returns the
// fixture with the months' shards.
func shardsOverMonths(t *testing.T) (*fixture, []bleve.Index) {
	t.Helper()
	f := newFixture(t)
	var arts []art
	for i := range 15 {
		month := 7 + i%5
		arts = append(arts, art{
			outlet:    []string{"SVT", "DN", "GP"}[i%3],
			title:     "Artikel " + strconv.Itoa(i),
			text:      strings.Repeat("Vården. ", 1+i) + strings.Repeat("Skolan. ", 15-i),
			published: stockholm(fmt.Sprintf("2024-%02d-%02d 12:00", month, 1+i)),
		})
	}
	f.index(arts...)
	shards := f.idx.set.all()
	if len(shards) != 5 {
		t.Fatalf("%d shards, want 5", len(shards))
	}
	return f, shards
}

func TestFanOutAnswersAsBlevesAlias(t *testing.T) {
	f, shards := shardsOverMonths(t)
	node, err := ParseQuery("vård")
	if err != nil {
		t.Fatal(err)
	}
	vard, err := buildQuery(node, Request{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name       string
		size, from int
		sort       []string
		facets     bool
	}{
		{name: "relevance, first page", size: 4, sort: []string{"-_score"}},
		{name: "relevance, second page", size: 4, from: 4, sort: []string{"-_score"}},
		{name: "relevance, past the end", size: 4, from: 20, sort: []string{"-_score"}},
		{name: "newest, with facets", size: 6, sort: []string{"-" + fieldPublished, "-_id"}, facets: true},
		{name: "count only, with facets", facets: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			sr := func() *bleve.SearchRequest {
				r := bleve.NewSearchRequestOptions(vard, tt.size, tt.from, false)
				if tt.sort != nil {
					r.SortBy(tt.sort)
				}
				if tt.facets {
					addFacets(r, Request{})
				}
				return r
			}
			want, err := bleve.NewIndexAlias(shards...).SearchInContext(f.ctx, sr())
			if err != nil {
				t.Fatal(err)
			}
			got, err := fanOut(f.ctx, shards, sr())
			if err != nil {
				t.Fatal(err)
			}
			ids := func(res *bleve.SearchResult) []string {
				var out []string
				for _, h := range res.Hits {
					out = append(out, h.ID)
				}
				return out
			}
			if got.Total != want.Total || !slices.Equal(ids(got), ids(want)) {
				t.Errorf("fanOut: total %d, hits %v; the alias: total %d, hits %v", got.Total, ids(got), want.Total, ids(want))
			}
			if g, w := fmt.Sprint(readFacets(got.Facets)), fmt.Sprint(readFacets(want.Facets)); g != w {
				t.Errorf("fanOut's facets %s, the alias's %s", g, w)
			}
		})
	}
}

// countingShard counts how many searches run on the shards at once.
type countingShard struct {
	shard     // embedded under another name: bleve.Index has a method Index
	now, most *atomic.Int32
}

func (c countingShard) SearchInContext(ctx context.Context, sr *bleve.SearchRequest) (*bleve.SearchResult, error) {
	n := c.now.Add(1)
	defer c.now.Add(-1)
	for m := c.most.Load(); n > m && !c.most.CompareAndSwap(m, n); m = c.most.Load() {
	}
	time.Sleep(5 * time.Millisecond) // long enough for the others to start, if they would
	return c.shard.SearchInContext(ctx, sr)
}

type shard = bleve.Index

func TestFanOutSearchesNoMoreShardsAtOnceThanCores(t *testing.T) {
	f, shards := shardsOverMonths(t)
	var now, most atomic.Int32
	counted := make([]bleve.Index, len(shards))
	for i, s := range shards {
		counted[i] = countingShard{shard: s, now: &now, most: &most}
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2))
	res, err := fanOut(f.ctx, counted, bleve.NewSearchRequest(query.NewMatchAllQuery()))
	if err != nil || res.Total != 15 {
		t.Fatalf("total %v, %v", res, err)
	}
	if got := most.Load(); got != 2 {
		t.Errorf("%d shards searched at once on 2 cores, want 2", got)
	}
}
