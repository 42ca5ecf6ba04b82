package priority

import (
	"context"
	"sync/atomic"
	"time"
)

// A request's arrival orders the work it waits for behind others: a queue
// that serves the earliest arrival first finishes the request that came in
// first before it starts the one after, where a queue of statements in the
// order they asked makes a page of five statements wait its turn five times
// behind requests that came in while it read.
type arrival struct {
	at atomic.Int64 // unix nanoseconds; 0 once the request stepped aside
}

type arrivalKey struct{}

// WithArrival marks ctx as serving a request that came in at at. stepAside
// ends that: from then on the request's work is background work, which
// counts as arriving when it asks (a feed refreshed on request).
func WithArrival(ctx context.Context, at time.Time) (_ context.Context, stepAside func()) {
	a := &arrival{}
	a.at.Store(at.UnixNano())
	return context.WithValue(ctx, arrivalKey{}, a), func() { a.at.Store(0) }
}

// ArrivedAt is when the request ctx serves came in, or now for work that
// serves none.
func ArrivedAt(ctx context.Context) time.Time {
	if a, ok := ctx.Value(arrivalKey{}).(*arrival); ok {
		if ns := a.at.Load(); ns != 0 {
			return time.Unix(0, ns)
		}
	}
	return time.Now()
}
