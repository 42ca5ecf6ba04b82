package search

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

// fixture is a real ingest.Store on SQLite and an index that follows it.
type fixture struct {
	t     testing.TB
	ctx   context.Context
	store *ingest.Store
	dir   string
	idx   *Index
	feeds map[string]int64 // outlet → feed id
	opts  Options
	n     atomic.Int64
}

func newFixture(t testing.TB) *fixture {
	t.Helper()
	return newFixtureOn(t, dbtest.OpenTestSQLite(t, ingest.Migrations))
}

// newFixtureOn is newFixture on a given (migrated) database.
func newFixtureOn(t testing.TB, db *gorm.DB) *fixture {
	t.Helper()
	f := &fixture{t: t, ctx: context.Background(), store: ingest.NewStore(db, nil),
		dir: filepath.Join(t.TempDir(), "index"), feeds: map[string]int64{}}
	f.open()
	t.Cleanup(func() {
		if f.idx != nil {
			f.idx.Close()
		}
	})
	return f
}

// indexOnly hides the ListSource of a store: a search through it lists and
// counts in the index. The fixture's index reads the store through it, so
// that the tests see what the index holds; TestDatabaseListMatchesIndex
// gives it the store itself.
type indexOnly struct{ ChangeSource }

// ArticlesByID lets a closed month be built again with the text's word
// pairs (pairMonth).
func (s indexOnly) ArticlesByID(ctx context.Context, ids []int64) ([]ingest.Article, error) {
	return s.ChangeSource.(ArticleSource).ArticlesByID(ctx, ids)
}

func (f *fixture) open() {
	f.t.Helper()
	idx, err := Open(f.dir, indexOnly{f.store}, f.opts)
	if err != nil {
		f.t.Fatal(err)
	}
	f.idx = idx
}

// pairClosedMonths builds every month's index again with the text's word
// pairs, as compaction does once a month is closed (pairMonth).
func (f *fixture) pairClosedMonths() {
	f.t.Helper()
	if _, err := f.idx.CompactClosedMonths(f.ctx, time.Now().AddDate(100, 0, 0)); err != nil {
		f.t.Fatal(err)
	}
	set, release, err := f.idx.reader()
	if err != nil {
		f.t.Fatal(err)
	}
	defer release()
	for m, bi := range set.shards {
		if !hasPairs(bi.Mapping()) {
			f.t.Fatalf("the index of %s has no word pairs after compaction", m)
		}
	}
}

func (f *fixture) close() {
	f.t.Helper()
	if err := f.idx.Close(); err != nil {
		f.t.Fatal(err)
	}
	f.idx = nil
}

// feed returns the feed of an outlet, creating it with kind on first use.
func (f *fixture) feed(outlet string, kind ingest.Kind) int64 {
	f.t.Helper()
	if id, ok := f.feeds[outlet+"/"+string(kind)]; ok {
		return id
	}
	slug := strings.NewReplacer(" ", "-", "ä", "a", "å", "a", "ö", "o", "Ä", "a", "Å", "a", "Ö", "o").
		Replace(strings.ToLower(outlet))
	feed, err := f.store.CreateFeed(f.ctx, ingest.NewFeed{
		URL: fmt.Sprintf("https://%s.example/%s.xml", slug, kind), Outlet: outlet, Kind: kind})
	if err != nil {
		f.t.Fatal(err)
	}
	f.feeds[outlet+"/"+string(kind)] = feed.ID
	return feed.ID
}

// art describes an invented article.
type art struct {
	outlet    string
	kind      ingest.Kind // news when empty
	title     string
	text      string // the body; the stored Text is title + body
	published time.Time
	guid      string // defaults to a fresh one
	story     string
}

// add stores articles in the database (not yet in the index) and returns
// their guids.
func (f *fixture) add(arts ...art) []string {
	f.t.Helper()
	var guids []string
	for _, a := range arts {
		if a.kind == "" {
			a.kind = ingest.KindNews
		}
		if a.outlet == "" {
			a.outlet = "Radio Väst"
		}
		if a.published.IsZero() {
			a.published = time.Date(2024, 11, 19, 9, 0, 0, 0, time.UTC).Add(time.Duration(f.n.Load()) * time.Minute)
		}
		if a.guid == "" {
			a.guid = fmt.Sprintf("guid-%d", f.n.Add(1))
		}
		item := ingest.Article{GUID: a.guid, URL: "https://nyheter.example/" + a.guid, Title: a.title,
			Text: a.title + "\n" + a.text, Content: a.text, PublishedAt: a.published, Kind: a.kind, StoryKey: a.story}
		if _, _, err := f.store.UpsertArticles(f.ctx, f.feed(a.outlet, a.kind), []ingest.Article{item}); err != nil {
			f.t.Fatal(err)
		}
		guids = append(guids, a.guid)
	}
	return guids
}

func (f *fixture) catchUp() int {
	f.t.Helper()
	n, err := f.idx.CatchUp(f.ctx)
	if err != nil {
		f.t.Fatal(err)
	}
	return n
}

// index adds articles and catches up.
func (f *fixture) index(arts ...art) {
	f.t.Helper()
	f.add(arts...)
	f.catchUp()
}

func (f *fixture) search(req Request) *Result {
	f.t.Helper()
	res, err := f.idx.Search(f.ctx, req)
	if err != nil {
		f.t.Fatalf("search %+v: %v", req, err)
	}
	return res
}

// wantTitles checks that req finds the articles titled want, in any order.
func (f *fixture) wantTitles(t *testing.T, req Request, want []string) {
	t.Helper()
	req.Size = 100
	if got := titles(f.search(req), false); !slices.Equal(got, want) {
		t.Errorf("%q compounds=%v:\n got %q\nwant %q", req.Q, req.Compounds, got, want)
	}
}

// titles returns the titles of the hits, sorted unless ordered.
func titles(res *Result, ordered bool) []string {
	out := make([]string, 0, len(res.Hits))
	for _, h := range res.Hits {
		out = append(out, h.Title)
	}
	if !ordered {
		slices.Sort(out)
	}
	return out
}

func sorted(xs ...string) []string {
	out := slices.Clone(xs)
	slices.Sort(out)
	if out == nil {
		out = []string{}
	}
	return out
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// stockholm is a wall-clock time in Stockholm.
func stockholm(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, Stockholm)
	if err != nil {
		panic(err)
	}
	return t
}
