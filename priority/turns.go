package priority

import (
	"container/heap"
	"context"
	"sync"
	"time"
)

// Turns hands out a fixed number of turns (connections of a pool, searches
// at once), to the request that came in first (ArrivedAt), and among equal
// arrivals to the one that asked first. A request that came in earlier
// never waits behind a later one, so nothing starves; a request of several
// steps, each of which waits for a turn, waits in full only for its first.
type Turns struct {
	mu      sync.Mutex
	free    int
	asked   uint64 // waiters so far, each one's place among equal arrivals
	waiting waiters
}

// NewTurns returns n turns, all free.
func NewTurns(n int) *Turns { return &Turns{free: n} }

type waiter struct {
	arrival time.Time
	asked   uint64
	granted chan struct{} // closed when the turn is the waiter's
	index   int           // in the heap; -1 once out of it
}

// Take waits for a turn for the request ctx serves, or gives up with ctx's
// error when ctx ends first.
func (q *Turns) Take(ctx context.Context) error {
	arrival := ArrivedAt(ctx)
	q.mu.Lock()
	if q.free > 0 && len(q.waiting) == 0 {
		q.free--
		q.mu.Unlock()
		return nil
	}
	q.asked++
	w := &waiter{arrival: arrival, asked: q.asked, granted: make(chan struct{})}
	heap.Push(&q.waiting, w)
	q.mu.Unlock()
	select {
	case <-w.granted:
		return nil
	case <-ctx.Done():
	}
	q.mu.Lock()
	if w.index < 0 { // granted while ctx ended: the turn is passed on
		q.mu.Unlock()
		q.Give()
		return ctx.Err()
	}
	heap.Remove(&q.waiting, w.index)
	q.mu.Unlock()
	return ctx.Err()
}

// Give hands a turn back: to the first waiter, if any.
func (q *Turns) Give() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.waiting) == 0 {
		q.free++
		return
	}
	w := heap.Pop(&q.waiting).(*waiter)
	close(w.granted)
}

// waiters is a heap of waiters, the first to be served on top.
type waiters []*waiter

func (h waiters) Len() int { return len(h) }
func (h waiters) Less(i, j int) bool {
	if !h[i].arrival.Equal(h[j].arrival) {
		return h[i].arrival.Before(h[j].arrival)
	}
	return h[i].asked < h[j].asked
}
func (h waiters) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *waiters) Push(x any) {
	w := x.(*waiter)
	w.index = len(*h)
	*h = append(*h, w)
}
func (h *waiters) Pop() any {
	old := *h
	w := old[len(old)-1]
	old[len(old)-1] = nil
	w.index = -1
	*h = old[:len(old)-1]
	return w
}
