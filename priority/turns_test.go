package priority

import (
	"context"
	"slices"
	"testing"
	"time"
)

// The turn goes to the request that came in first, not to the statement
// that asked first: the later statements of a page that came in early go
// before the first statement of a request that came in while it read.
func TestTurnsGoToTheEarliestRequestFirst(t *testing.T) {
	q := NewTurns(1)
	ctx := context.Background()
	if err := q.Take(ctx); err != nil { // the turn is held while the others queue
		t.Fatal(err)
	}
	base := time.Date(2026, 12, 7, 9, 0, 0, 0, time.UTC)
	arrivals := []time.Duration{3, 1, 2, 1, 0} // in the order they ask, in seconds after base
	served := make(chan int, len(arrivals))
	for i, a := range arrivals {
		go func() {
			if err := q.Take(arrivedAt(base.Add(a * time.Second))); err != nil {
				t.Error(err)
			}
			served <- i
			q.Give()
		}()
		waitForWaiters(t, q, i+1)
	}
	q.Give()
	var order []int
	for range arrivals {
		order = append(order, <-served)
	}
	// 0 s (asked fifth), 1 s (asked second, then fourth), 2 s, 3 s.
	if want := []int{4, 1, 3, 2, 0}; !slices.Equal(order, want) {
		t.Errorf("turns went in the order %v, want %v", order, want)
	}
}

// A waiter whose context ends leaves the queue, and the turns it would have
// had go on to the others; none is lost.
func TestAWaiterThatGivesUpLeavesNoTurnBehind(t *testing.T) {
	q := NewTurns(1)
	if err := q.Take(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	gaveUp := make(chan error)
	go func() { gaveUp <- q.Take(ctx) }()
	waitForWaiters(t, q, 1)
	cancel()
	if err := <-gaveUp; err == nil {
		t.Fatal("a waiter whose context ended got a turn")
	}
	q.Give()
	deadline, done := context.WithTimeout(context.Background(), 5*time.Second)
	defer done()
	if err := q.Take(deadline); err != nil {
		t.Fatalf("the turn given back after a waiter gave up: %v", err)
	}
}

func waitForWaiters(t *testing.T, q *Turns, n int) {
	t.Helper()
	for start := time.Now(); time.Since(start) < 5*time.Second; time.Sleep(time.Millisecond) {
		q.mu.Lock()
		k := len(q.waiting)
		q.mu.Unlock()
		if k >= n {
			return
		}
	}
	t.Fatalf("fewer than %d waiters queued", n)
}

func arrivedAt(t time.Time) context.Context {
	ctx, _ := WithArrival(context.Background(), t)
	return ctx
}
