package search

import (
	"context"
	"fmt"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// A month that has ended is merged into one segment, and answers as before;
// the current month and one that ended only days ago are left to grow.
func TestCompactClosedMonths(t *testing.T) {
	f := newFixture(t)
	// One catch-up (a batch, at least one segment) per article.
	for _, a := range []art{
		{title: "Journalsystemet stängs av", published: stockholm("2024-10-03 08:00")},
		{title: "Journalsystemet igång igen", published: stockholm("2024-10-04 09:00")},
		{title: "Akuten överbelastad", published: stockholm("2024-10-20 10:00")},
		{title: "Journalsystemet granskas", published: stockholm("2024-11-28 11:00")},
		{title: "Journalsystemet i december", published: stockholm("2024-12-02 12:00")},
		{title: "Journalsystemet igen i december", published: stockholm("2024-12-03 12:00")},
	} {
		f.index(a)
	}
	// More batches in October until it has several segments (Bleve's
	// merger folds small ones together in the background meanwhile).
	for i := 0; ; i++ {
		if segs, err := f.idx.Segments(); err != nil || segs["2024-10"] >= 2 {
			break
		}
		if i == 100 {
			t.Fatal("October never had two segments")
		}
		f.index(art{title: fmt.Sprintf("Nyhet %d", i), published: stockholm(fmt.Sprintf("2024-10-%02d 08:00", i%28+1))})
	}
	before := titles(f.search(Request{Q: "journalsystemet"}), false)

	// 2 December: October is closed, November ended a day ago.
	merged, err := f.idx.CompactClosedMonths(f.ctx, stockholm("2024-12-02 13:00"))
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(merged, "2024-11") || slices.Contains(merged, "2024-12") {
		t.Errorf("merged open months: %v", merged)
	}
	t.Logf("merged on 2 December: %v", merged)
	segs, err := f.idx.Segments()
	if err != nil {
		t.Fatal(err)
	}
	if segs["2024-10"] != 1 {
		t.Errorf("October has %d segments after compaction, want 1 (%v)", segs["2024-10"], segs)
	}
	if got := titles(f.search(Request{Q: "journalsystemet"}), false); !slices.Equal(got, before) {
		t.Errorf("after compaction %q, before %q", got, before)
	}

	// Ten days later November is closed too; October is not merged again.
	merged, err = f.idx.CompactClosedMonths(f.ctx, stockholm("2024-12-12 13:00"))
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(merged, "2024-10") || slices.Contains(merged, "2024-12") {
		t.Errorf("merged %v on 12 December", merged)
	}
	if segs, _ := f.idx.Segments(); segs["2024-11"] != 1 {
		t.Errorf("November: %d segments", segs["2024-11"])
	}
}

// Old articles that a catch-up brings (a backfill) have their closed months
// compacted in the first calm second, not within the hour: Stats counts the
// closed months without word pairs until then.
func TestABackfillIsCompactedWhenCalm(t *testing.T) {
	f := newFixture(t)
	var busy atomic.Bool
	busy.Store(true)
	f.close()
	f.opts.Busy = busy.Load
	f.open()
	ctx, cancel := context.WithCancel(f.ctx)
	defer cancel()
	done := make(chan struct{})
	go func() { defer close(done); f.idx.CompactEvery(ctx, time.Hour) }()
	defer func() { cancel(); <-done }()
	time.Sleep(200 * time.Millisecond) // its first pass, over the empty index, done

	f.index(
		art{title: "Journalsystemet stängs av", published: stockholm("2024-10-03 08:00")},
		art{title: "Journalsystemet i november", published: stockholm("2024-11-05 08:00")},
	)
	time.Sleep(3 * calmFor)
	if st, err := f.idx.Stats(); err != nil || st.Uncompacted != 2 {
		t.Fatalf("while people are answered: %d closed months uncompacted (%v), want 2 left alone", st.Uncompacted, err)
	}
	busy.Store(false)
	deadline := time.Now().Add(30 * time.Second)
	for {
		st, err := f.idx.Stats()
		if err != nil {
			t.Fatal(err)
		}
		if st.Uncompacted == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d closed months still uncompacted 30 s after the catch-up", st.Uncompacted)
		}
		time.Sleep(20 * time.Millisecond)
	}
	set, release, err := f.idx.reader()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range []string{"2024-10", "2024-11"} {
		if !hasPairs(set.shards[m].Mapping()) {
			t.Errorf("%s has no word pairs", m)
		}
	}
	release()
	if got := titles(f.search(Request{Q: `"journalsystemet stängs"`}), false); !slices.Equal(got, []string{"Journalsystemet stängs av"}) {
		t.Errorf("phrase after compaction: %q", got)
	}
}
