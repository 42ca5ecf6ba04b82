package search

import (
	"context"
	"errors"
	"runtime"
	"testing"
	"time"
)

// No more searches run at once than there are cores: one more waits its
// turn, and gives up when its request ends; when a turn frees, it runs.
func TestSearchesWaitForACore(t *testing.T) {
	f := corpusFixture(t)
	var leaves []func()
	for range runtime.GOMAXPROCS(0) {
		leave, err := f.idx.enter(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		leaves = append(leaves, leave)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := f.idx.Search(ctx, Request{Q: "journalsystem"}); !errors.Is(err, ErrBusy) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("a search while every core searches: %v, want it to wait until its deadline", err)
	}
	done := make(chan error, 1)
	go func() {
		_, err := f.idx.Search(context.Background(), Request{Q: "journalsystem"})
		done <- err
	}()
	select {
	case err := <-done:
		t.Fatalf("the search ran while every core searched (err %v)", err)
	case <-time.After(20 * time.Millisecond):
	}
	leaves[0]()
	if err := <-done; err != nil {
		t.Fatalf("the search after a turn freed: %v", err)
	}
	for _, leave := range leaves[1:] {
		leave()
	}
}
