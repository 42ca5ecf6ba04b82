package lagesbild

import (
	"container/heap"
	"context"
	"sync"
	"time"
)

// turnQueue hands out a fixed number of turns, to the waiter with the
// earliest arrival first and among equal arrivals to the one that asked
// first (see fairPool).
type turnQueue struct {
	mu      sync.Mutex
	free    int
	asked   uint64 // waiters so far, each one's place among equal arrivals
	waiting waiters
}

func newTurnQueue(turns int) *turnQueue { return &turnQueue{free: turns} }

type waiter struct {
	arrival time.Time
	asked   uint64
	granted chan struct{} // closed when the turn is the waiter's
	index   int           // in the heap; -1 once out of it
}

// take waits for a turn, or gives up when ctx ends first.
func (q *turnQueue) take(ctx context.Context, arrival time.Time) error {
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
		q.give()
		return ctx.Err()
	}
	heap.Remove(&q.waiting, w.index)
	q.mu.Unlock()
	return ctx.Err()
}

// give hands a turn back: to the first waiter, if any.
func (q *turnQueue) give() {
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
