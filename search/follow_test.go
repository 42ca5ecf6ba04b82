package search

import (
	"context"
	"fmt"
	"os"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
	"gorm.io/gorm"
)

func TestCatchUpAfterCrash(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		testCatchUpAfterCrash(t, newFixtureOn(t, db))
	})
}

func testCatchUpAfterCrash(t *testing.T, f *fixture) {
	f.index(art{title: "Före kraschen"})
	// Committed to the database while the index is closed, as after a
	// crash between the commit and the indexing.
	f.close()
	f.add(art{title: "Under avbrottet"}, art{title: "Också under avbrottet"})
	f.open()
	if got := titles(f.search(Request{}), false); !slices.Equal(got, sorted("Före kraschen")) {
		t.Fatalf("before catch-up: %q", got)
	}
	if n := f.catchUp(); n != 2 {
		t.Errorf("caught up %d, want 2", n)
	}
	if got := titles(f.search(Request{}), false); !slices.Equal(got, sorted("Före kraschen", "Under avbrottet", "Också under avbrottet")) {
		t.Errorf("after catch-up: %q", got)
	}
	st, err := f.idx.Stats()
	if err != nil || st.Docs != 3 || st.LastID != 3 || st.LastRev != 3 {
		t.Errorf("stats %+v, %v", st, err)
	}
	if n := f.catchUp(); n != 0 {
		t.Errorf("second catch-up indexed %d", n)
	}
}

func TestCatchUpInBatches(t *testing.T) {
	f := newFixture(t)
	f.close()
	f.opts.BatchSize = 7
	f.open()
	var arts []art
	for range 30 {
		arts = append(arts, art{title: "Vården"})
	}
	f.add(arts...)
	if n := f.catchUp(); n != 30 {
		t.Errorf("indexed %d", n)
	}
	if res := f.search(Request{Q: "vård"}); res.Total != 30 {
		t.Errorf("total %d", res.Total)
	}
}

// A catch-up's articles of one month are written in parts side by side
// (writeParts); none is lost, an article the batch holds twice is indexed
// as its last copy, and the marks reach the disk with them.
func TestOneMonthsBatchWrittenInParts(t *testing.T) {
	defer func(n int) { writeParts = n }(writeParts)
	writeParts = 3
	f := newFixture(t)
	f.close()
	f.opts.BatchSize = 3*minPartSize + 10
	twice := &twiceSource{ChangeSource: f.store}
	idx, err := Open(f.dir, twice, f.opts)
	if err != nil {
		t.Fatal(err)
	}
	f.idx = idx
	arts := numberedNews(stockholm("2024-11-19 09:00"), 3*minPartSize+9)
	f.add(arts...)
	earlier := mustArticle(t, f, 1)
	earlier.Text = "Ett äldre utkast om vattenläckan"
	twice.first = &earlier
	if n := f.catchUp(); n != len(arts)+1 {
		t.Errorf("caught up %d, want %d (the article given twice counted twice)", n, len(arts)+1)
	}
	if res := f.search(Request{Q: "nyhet"}); res.Total != uint64(len(arts)) {
		t.Errorf("%d articles found, want %d", res.Total, len(arts))
	}
	for _, i := range []int{0, minPartSize, 2*minPartSize + 1, len(arts) - 1} {
		if res := f.search(Request{Q: fmt.Sprintf("n%d", i)}); res.Total != 1 {
			t.Errorf("article n%d found %d times", i, res.Total)
		}
	}
	if res := f.search(Request{Q: "vattenläckan"}); res.Total != 0 {
		t.Errorf("the earlier copy of an article given twice was indexed")
	}
	f.close()
	f.open()
	if n := f.catchUp(); n != 0 {
		t.Errorf("after reopening %d articles indexed again: the marks did not reach the disk", n)
	}
}

// While people are being answered (Options.Busy) a month's batch is one
// segment, built on one core; when nobody is, it is built in parts.
func TestBatchInPartsOnlyWhileNobodyIsAnswered(t *testing.T) {
	defer func(n int) { writeParts = n }(writeParts)
	writeParts = 2
	parts := map[string]int{}
	onMonthParts = func(month string, n int) { parts[month] = n }
	defer func() { onMonthParts = nil }()
	var busy atomic.Bool
	f := newFixture(t)
	f.close()
	f.opts.BatchSize = 4 * minPartSize
	f.opts.Busy = busy.Load
	f.open()
	busy.Store(true)
	f.index(numberedNews(stockholm("2024-11-18 09:00"), 2*minPartSize)...)
	if parts["2024-11"] != 1 {
		t.Errorf("while someone was answered a month was written in %d parts, want 1", parts["2024-11"])
	}
	busy.Store(false)
	f.index(numberedNews(stockholm("2024-11-19 09:00"), 2*minPartSize)...)
	if parts["2024-11"] != 2 {
		t.Errorf("while nobody was answered a month was written in %d parts, want 2", parts["2024-11"])
	}
	if res := f.search(Request{Q: "nyhet"}); res.Total != 4*minPartSize {
		t.Errorf("%d articles found, want %d", res.Total, 4*minPartSize)
	}
}

// numberedNews is n articles a minute apart from start, titled "Nyhet
// nummer n0", "… n1" and on.
func numberedNews(start time.Time, n int) []art {
	arts := make([]art, n)
	for i := range arts {
		arts[i] = art{title: fmt.Sprintf("Nyhet nummer n%d", i), published: start.Add(time.Duration(i) * time.Minute)}
	}
	return arts
}

// twiceSource lists first before the batch's articles, as a source that
// gives an article twice (an earlier copy of it) would.
type twiceSource struct {
	ChangeSource
	first *ingest.Article
}

func (s *twiceSource) ArticlesChangedAfter(ctx context.Context, afterRev int64, limit int) ([]ingest.Article, error) {
	arts, err := s.ChangeSource.ArticlesChangedAfter(ctx, afterRev, limit)
	if err != nil || s.first == nil || len(arts) == 0 {
		return arts, err
	}
	return append([]ingest.Article{*s.first}, arts...), nil
}

func mustArticle(t *testing.T, f *fixture, id int64) ingest.Article {
	t.Helper()
	arts, err := f.store.ArticlesByID(f.ctx, []int64{id})
	if err != nil || len(arts) != 1 {
		t.Fatalf("article %d: %v %v", id, arts, err)
	}
	return arts[0]
}

func TestUpdatedArticleIsReindexed(t *testing.T) {
	dbtest.EachDB(t, ingest.Migrations, func(t *testing.T, db *gorm.DB) {
		testUpdatedArticleIsReindexed(t, newFixtureOn(t, db))
	})
}

func testUpdatedArticleIsReindexed(t *testing.T, f *fixture) {
	guid := f.add(art{title: "Första versionen", text: "Journalsystemet fungerar."})[0]
	f.catchUp()
	f.add(art{guid: guid, title: "Rättad version", text: "Journalsystemet kraschade."})
	f.catchUp()
	if got := titles(f.search(Request{Q: "kraschade"}), false); !slices.Equal(got, sorted("Rättad version")) {
		t.Errorf("new text: %q", got)
	}
	if got := titles(f.search(Request{Q: "fungerar"}), false); len(got) != 0 {
		t.Errorf("old text still found: %q", got)
	}
	if res := f.search(Request{}); res.Total != 1 {
		t.Errorf("total %d", res.Total)
	}
}

// idOnly hides everything of the store but ArticlesAfter.
type idOnly struct{ Source }

func TestFollowByIDOnly(t *testing.T) {
	f := newFixture(t)
	f.close()
	idx, err := Open(f.dir, idOnly{f.store}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f.idx = idx
	f.index(art{title: "Ett"}, art{title: "Två"})
	st, _ := f.idx.Stats()
	if st.Docs != 2 || st.LastID != 2 || st.LastRev != 0 {
		t.Errorf("stats %+v", st)
	}
}

func TestMappingVersionChangeRebuilds(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Journalsystemet"}, art{title: "Akutmottagningen"})
	// An index from another mapping version.
	for _, bi := range f.idx.set.shards {
		if err := bi.SetInternal(keyMapping, []byte("0/old")); err != nil {
			t.Fatal(err)
		}
	}
	f.close()
	f.open()
	st, err := f.idx.Stats()
	if err != nil || !st.Rebuilt || st.Docs != 0 || st.LastID != 0 {
		t.Fatalf("stats %+v, %v", st, err)
	}
	f.catchUp()
	if got := titles(f.search(Request{Q: "journalsystem"}), false); !slices.Equal(got, sorted("Journalsystemet")) {
		t.Errorf("after rebuild: %q", got)
	}
	// The same version again: kept as it is.
	f.close()
	f.open()
	if st, _ := f.idx.Stats(); st.Rebuilt || st.Docs != 2 {
		t.Errorf("reopened: %+v", st)
	}
}

func TestRebuild(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Ett"}, art{title: "Två"})
	f.add(art{title: "Tre"}) // not yet indexed
	if err := f.idx.Rebuild(f.ctx); err != nil {
		t.Fatal(err)
	}
	if got := titles(f.search(Request{}), false); !slices.Equal(got, sorted("Ett", "Två", "Tre")) {
		t.Errorf("after rebuild: %q", got)
	}
	for _, d := range []string{f.dir + ".rebuild", f.dir + ".old"} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("%s left behind: %v", d, err)
		}
	}
	f.index(art{title: "Fyra"})
	if res := f.search(Request{}); res.Total != 4 {
		t.Errorf("total %d after rebuild and more", res.Total)
	}
}

func TestOpenRecoversInterruptedSwap(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Ett"})
	f.close()
	// The crash came after the old index was moved aside and before the
	// new one was moved in.
	if err := os.Rename(f.dir, f.dir+".old"); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(f.dir+".rebuild", 0o750); err != nil {
		t.Fatal(err)
	}
	f.open()
	if res := f.search(Request{}); res.Total != 1 {
		t.Errorf("total %d", res.Total)
	}
	for _, d := range []string{f.dir + ".rebuild", f.dir + ".old"} {
		if _, err := os.Stat(d); !os.IsNotExist(err) {
			t.Errorf("%s left behind", d)
		}
	}
}

func TestOpenRefusesAForeignDirectory(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/lagesbild.db", []byte("data"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(dir, nil, Options{}); err == nil {
		t.Fatal("opened a directory with other files as an index")
	}
	if _, err := os.Stat(dir + "/lagesbild.db"); err != nil {
		t.Errorf("the file is gone: %v", err)
	}
}

func TestRunFollowsNotifications(t *testing.T) {
	f := newFixture(t)
	f.close()
	f.opts.PollInterval = time.Hour // only the notification can wake it
	f.open()
	notify, cancel := f.store.Subscribe()
	defer cancel()
	ctx, stop := context.WithCancel(f.ctx)
	done := make(chan error, 1)
	go func() { done <- f.idx.Run(ctx, notify) }()
	f.add(art{title: "Nyss publicerad"})
	deadline := time.Now().Add(10 * time.Second)
	for f.search(Request{}).Total != 1 {
		if time.Now().After(deadline) {
			t.Fatal("not indexed after notification")
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	if err := <-done; err != nil {
		t.Errorf("run: %v", err)
	}
}

func TestDeleteFeed(t *testing.T) {
	f := newFixture(t)
	f.index(art{outlet: "Radio Väst", title: "Ett"}, art{outlet: "Borås Kuriren", title: "Två"})
	n, err := f.idx.DeleteFeed(f.ctx, f.feeds["Radio Väst/news"])
	if err != nil || n != 1 {
		t.Fatalf("deleted %d, %v", n, err)
	}
	if got := titles(f.search(Request{}), false); !slices.Equal(got, sorted("Två")) {
		t.Errorf("left: %q", got)
	}
}

// The store is what the server follows: by rev.
var _ ChangeSource = (*ingest.Store)(nil)

// A catch-up steps aside between its steps (Options.Yield): every
// yieldEvery articles it analyses and before each write, so that people
// being answered get the cores first.
func TestCatchUpYieldsBetweenItsSteps(t *testing.T) {
	f := newFixture(t)
	f.close()
	var yields atomic.Int64
	f.opts.Yield = func(context.Context) { yields.Add(1) }
	f.open()
	var arts []art
	for range 3 * yieldEvery {
		arts = append(arts, art{title: "Vården"})
	}
	f.add(arts...)
	if n := f.catchUp(); n != len(arts) {
		t.Fatalf("indexed %d", n)
	}
	if got, want := yields.Load(), int64(3+1); got < want { // three times while analysing, once before the write
		t.Errorf("Yield called %d times over %d articles, want at least %d", got, len(arts), want)
	}
}
