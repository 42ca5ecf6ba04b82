package search

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// monthHasPairs tells whether month's index holds the text's word pairs.
func (f *fixture) monthHasPairs(month string) bool {
	f.t.Helper()
	set, release, err := f.idx.reader()
	if err != nil {
		f.t.Fatal(err)
	}
	defer release()
	bi := set.shards[month]
	if bi == nil {
		f.t.Fatalf("no index of %s", month)
	}
	return hasPairs(bi.Mapping())
}

// A month's index is made without the word pairs; once the month is closed,
// compaction builds it again with them, keeping every article, the marks
// of the index and what a search finds.
func TestClosedMonthIsBuiltAgainWithWordPairs(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Kokning av vattnet", text: "Kommunen ber invånarna att koka vattnet.", published: stockholm("2024-10-03 08:00")},
		art{title: "Vattnet friskt igen", text: "Vattnet går att dricka utan kokning.", published: stockholm("2024-10-09 08:00")},
		art{title: "November", text: "Kommunen ber invånarna att koka vattnet igen.", published: stockholm("2024-11-28 08:00")},
	)
	if f.monthHasPairs("2024-10") {
		t.Fatal("October's index was made with the word pairs")
	}
	before, err := f.idx.Stats()
	if err != nil {
		t.Fatal(err)
	}
	want := titles(f.search(Request{Q: `"koka vattnet"`}), false)

	merged, err := f.idx.CompactClosedMonths(f.ctx, stockholm("2024-12-02 13:00"))
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(merged, []string{"2024-10"}) {
		t.Errorf("built again %v, want October only", merged)
	}
	if !f.monthHasPairs("2024-10") || f.monthHasPairs("2024-11") {
		t.Errorf("word pairs: October %v (want true), November %v (want false)", f.monthHasPairs("2024-10"), f.monthHasPairs("2024-11"))
	}
	if got := titles(f.search(Request{Q: `"koka vattnet"`}), false); !slices.Equal(got, want) {
		t.Errorf("after: %q, before: %q", got, want)
	}
	after, err := f.idx.Stats()
	if err != nil {
		t.Fatal(err)
	}
	if after.Docs != before.Docs || after.LastID != before.LastID || after.LastRev != before.LastRev {
		t.Errorf("stats after %+v, before %+v", after, before)
	}

	// Opened again, the index goes on from the same marks: nothing to index.
	f.close()
	f.open()
	if n, err := f.idx.CatchUp(f.ctx); err != nil || n != 0 {
		t.Errorf("catch-up after reopening indexed %d (%v), want 0", n, err)
	}
	if !f.monthHasPairs("2024-10") {
		t.Error("October's word pairs are not known after reopening")
	}
	if got := titles(f.search(Request{Q: `"koka vattnet"`}), false); !slices.Equal(got, want) {
		t.Errorf("reopened: %q, want %q", got, want)
	}
}

// A month written to while it is being built again (a late article, a
// deleted feed) keeps the index searches use, the late article in it; the
// next compaction builds it with the article.
func TestMonthWrittenWhileBuiltKeepsItsIndex(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Kokning av vattnet", text: "Kommunen ber invånarna att koka vattnet.", published: stockholm("2024-10-03 08:00")})
	late := art{title: "Sen rapport", text: "Kommunen bad invånarna att koka vattnet hela helgen.", published: stockholm("2024-10-20 08:00")}
	testHookMonthBuilt = func(month string) {
		testHookMonthBuilt = nil
		f.index(late)
	}
	t.Cleanup(func() { testHookMonthBuilt = nil })
	want := sorted("Kokning av vattnet", "Sen rapport")

	merged, err := f.idx.CompactClosedMonths(f.ctx, stockholm("2024-12-02 13:00"))
	if err != nil {
		t.Fatal(err)
	}
	if len(merged) != 0 || f.monthHasPairs("2024-10") {
		t.Errorf("built again %v with a write meanwhile", merged)
	}
	if got := titles(f.search(Request{Q: `"koka vattnet"`}), false); !slices.Equal(got, want) {
		t.Errorf("after a build thrown away: %q, want %q", got, want)
	}
	if entries, _ := os.ReadDir(f.dir); slices.ContainsFunc(entries, func(e os.DirEntry) bool {
		return e.Name() == "2024-10"+buildingSuffix
	}) {
		t.Error("the build thrown away is still on disk")
	}

	if merged, err = f.idx.CompactClosedMonths(f.ctx, stockholm("2024-12-02 14:00")); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(merged, []string{"2024-10"}) || !f.monthHasPairs("2024-10") {
		t.Errorf("the next compaction built %v", merged)
	}
	if got := titles(f.search(Request{Q: `"koka vattnet"`}), false); !slices.Equal(got, want) {
		t.Errorf("built again: %q, want %q", got, want)
	}
}

// Open finishes or rolls back a swap that a crash cut short: a build not
// swapped in is thrown away, an old index set aside is put back where the
// new one is not in place and removed where it is.
func TestOpenRepairsACutPairing(t *testing.T) {
	f := newFixture(t)
	f.index(art{title: "Kokning av vattnet", text: "Kommunen ber invånarna att koka vattnet.", published: stockholm("2024-10-03 08:00")})
	month := filepath.Join(f.dir, "2024-10")
	want := sorted("Kokning av vattnet")
	for name, cut := range map[string]func(t *testing.T){
		"a build left behind": func(t *testing.T) {
			if err := os.MkdirAll(month+buildingSuffix, 0o750); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(month+buildingSuffix, "index_meta.json"), []byte("{"), 0o640); err != nil {
				t.Fatal(err)
			}
		},
		"the old index set aside, the new one not in place": func(t *testing.T) {
			if err := os.Rename(month, month+retiredSuffix); err != nil {
				t.Fatal(err)
			}
		},
		"the new index in place, the old one not removed": func(t *testing.T) {
			if err := os.CopyFS(month+retiredSuffix, os.DirFS(month)); err != nil {
				t.Fatal(err)
			}
		},
	} {
		t.Run(name, func(t *testing.T) {
			f.close()
			cut(t)
			f.open()
			entries, err := os.ReadDir(f.dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				if e.Name() != "2024-10" && e.Name() != layoutFile {
					t.Errorf("left in the index directory: %s", e.Name())
				}
			}
			if got := titles(f.search(Request{Q: `"koka vattnet"`}), false); !slices.Equal(got, want) {
				t.Errorf("found %q, want %q", got, want)
			}
		})
	}
}
