package search

import (
	"context"
	"errors"
	"fmt"
	"runtime"

	"github.com/lagesbild/lagesbild/priority"
)

// A search over the index fans out to the months it covers (fanOut: as
// many at once as there are cores), and uses every core while it runs. Ten
// analysts searching at once on a small server then start hundreds of
// goroutines, and Go's scheduler shares the cores among them and the rest
// of the server alike: the triage page, a token check or a case being saved
// waited behind them (on 2 cores with 10 searching clients the triage
// page's p99 was 108 ms). So no more searches run at once than there are
// cores; the others wait their turn, taking no CPU, and the server's short
// requests find a core sooner. Searches as a whole go no slower: they were
// bound by the cores anyway.
//
// Tried and withdrawn (the eighteenth session): half the cores (one turn on
// two) halved the triage page's p99 at 20,000 articles, but at 100,000 the
// mixed load's searches queued for the one turn while the other core had
// too little else to do: their p50 315 ms, the mixed p99 598 ms against 322
// (bench/RESULTS.md).

// newGate returns the turns of searches that run at once: one a core, to
// the search whose request came in first (priority.Turns), as the
// database's connections are.
func newGate() *priority.Turns { return priority.NewTurns(runtime.GOMAXPROCS(0)) }

// ErrBusy: the request ended while its search waited for a turn. It wraps
// the context's error; the web layer answers it as the search being
// unavailable for the moment, not as a fault.
var ErrBusy = errors.New("search: every core busy until the request ended")

// enter waits for a turn to search, or for ctx to end.
func (x *Index) enter(ctx context.Context) (leave func(), err error) {
	if err := x.searching.Take(ctx); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBusy, err)
	}
	return x.searching.Give, nil
}
