// Package priority gives the CPU to the people waiting on the server before
// the work behind it. A request being answered (a page, a search, a case
// being saved) is foreground work; a feed's articles being parsed and
// stored, or the search index catching up with them, is background work,
// which steps aside between its steps (Yield) while any request is being
// answered, for a bounded time, so that it neither stops nor takes the
// cores from the people in front of the server.
//
// Why: on a small server the ingest of a large feed takes every core for
// seconds, and Go's scheduler shares them evenly among all goroutines: ten
// analysts searching while 5,000 articles came in had their p99 tripled
// (bench/RESULTS.md). Go has no goroutine priorities; the background work
// yields by itself.
package priority

import (
	"context"
	"sync"
	"time"
)

// MaxYield bounds one Yield: background work waits at most this long for
// the foreground to fall quiet, then takes its next step anyway, so that a
// steady stream of requests slows the ingest but never stops it. 35 ms, not
// the first 20: at 100,000 articles with ten clients searching through a
// 20,000-article ingest, their p99 during it was 150–155 ms against 180–207
// (1.8–2.1 times their p99 before it, against 2.2–2.5), the triage page's
// 76–78 against 85–98, and the ingest took a fifth longer (351–362
// articles/s against 393–457; bench/RESULTS.md): the people in front of the
// server first.
const MaxYield = 35 * time.Millisecond

// Foreground counts the requests being answered. The zero value is not
// usable; a nil *Foreground never makes anyone wait.
type Foreground struct {
	mu     sync.Mutex
	active int
	quiet  chan struct{} // closed while no request is being answered
}

// New returns a Foreground with nothing active.
func New() *Foreground {
	f := &Foreground{quiet: make(chan struct{})}
	close(f.quiet)
	return f
}

// Enter marks a request as being answered until the returned func is called
// (once; later calls do nothing).
func (f *Foreground) Enter() (leave func()) {
	if f == nil {
		return func() {}
	}
	f.mu.Lock()
	if f.active == 0 {
		f.quiet = make(chan struct{})
	}
	f.active++
	f.mu.Unlock()
	var once sync.Once
	return func() {
		once.Do(func() {
			f.mu.Lock()
			f.active--
			if f.active == 0 {
				close(f.quiet)
			}
			f.mu.Unlock()
		})
	}
}

// Active is the number of requests being answered.
func (f *Foreground) Active() int {
	if f == nil {
		return 0
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.active
}

// Yield returns at once when no request is being answered, else when none
// is, when MaxYield has passed or when ctx ends, whichever comes first.
func (f *Foreground) Yield(ctx context.Context) {
	if f == nil {
		return
	}
	f.mu.Lock()
	quiet := f.quiet
	f.mu.Unlock()
	select {
	case <-quiet:
		return
	default:
	}
	t := time.NewTimer(MaxYield)
	defer t.Stop()
	select {
	case <-quiet:
	case <-t.C:
	case <-ctx.Done():
	}
}
