package search

import (
	"context"
	"errors"
	"fmt"
	"runtime"
)

// A search over the index fans out to the months it covers (fanOut: as
// many at once as there are cores), and uses every core while it runs. Ten
// analysts searching at once on a small server then start hundreds of
// goroutines, and Go's scheduler shares the cores among them and the rest
// of the server alike: the triage page, a token check or a case being saved
// waited behind them (on 2 cores with 10 searching clients the triage
// page's p99 was 108 ms). So searches take turns: no more run at once than
// half the cores (one on two), and the others wait, taking no CPU. A single
// search still fans out over every core; many at once leave the other half
// to the server's short requests. Searches as a whole go about as fast:
// they were bound by the cores anyway. With a turn for each core (until
// the eighteenth session) the triage page's p99 under 10 searching clients
// was 68–75 ms at 20,000 articles; with one turn on two cores 39–43 ms, the
// searches' p99 the same (bench/RESULTS.md).

// searchTurns is how many searches run at once.
func searchTurns() int { return max(1, runtime.GOMAXPROCS(0)/2) }

// newGate returns the semaphore of searches that run at once.
func newGate() chan struct{} { return make(chan struct{}, searchTurns()) }

// ErrBusy: the request ended while its search waited for a turn. It wraps
// the context's error; the web layer answers it as the search being
// unavailable for the moment, not as a fault.
var ErrBusy = errors.New("search: every turn taken until the request ended")

// enter waits for a turn to search, or for ctx to end.
func (x *Index) enter(ctx context.Context) (leave func(), err error) {
	select {
	case x.searching <- struct{}{}:
		return func() { <-x.searching }, nil
	case <-ctx.Done():
		return nil, fmt.Errorf("%w: %w", ErrBusy, ctx.Err())
	}
}
