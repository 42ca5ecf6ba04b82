package search

import (
	"context"
	"fmt"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
)

// A month's index grows in segments, one or more per batch, which Bleve's
// merger folds into a few larger ones. A search visits every segment, so a
// month that will hardly change again is merged into one segment (the
// notes, lever 5: a one-segment index answers about 30 % faster). Updates
// to an old article still reach its month; a later compaction merges the
// new segment in.

// compactAfter is how long after its end a month counts as closed: late
// articles and corrections of the first days still arrive.
const compactAfter = 3 * 24 * time.Hour

// closedMonth tells whether month ("2006-01") ended compactAfter or more
// before now.
func closedMonth(month string, now time.Time) bool {
	start, err := time.ParseInLocation("2006-01", month, Stockholm)
	return err == nil && now.Sub(start.AddDate(0, 1, 0)) >= compactAfter
}

// unpairedClosed lists the closed months whose index has no word pairs yet.
func (s *shardSet) unpairedClosed(now time.Time) []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var out []string
	for m, bi := range s.shards {
		if closedMonth(m, now) && !hasPairs(bi.Mapping()) {
			out = append(out, m)
		}
	}
	return out
}

// CompactClosedMonths merges the index of every month that ended more than
// compactAfter before now into a single segment, oldest first, one month at
// a time (searches and catch-ups go on meanwhile), building a month made
// without the text's word pairs again with them (compactMonth); months
// already in one segment with their pairs are left alone. It returns the
// months it merged.
func (x *Index) CompactClosedMonths(ctx context.Context, now time.Time) ([]string, error) {
	set, release, err := x.reader()
	if err != nil {
		return nil, err
	}
	months := set.months()
	release()

	var closed []string
	for i := len(months) - 1; i >= 0; i-- { // oldest first
		if closedMonth(months[i], now) {
			closed = append(closed, months[i])
		}
	}
	return x.compactMonths(ctx, closed, func(ctx context.Context) error { return ctx.Err() })
}

// compactMonths compacts months in order (compactMonth), each once before
// lets it, and returns those it merged.
func (x *Index) compactMonths(ctx context.Context, months []string, before func(context.Context) error) ([]string, error) {
	var merged []string
	for _, m := range months {
		if err := before(ctx); err != nil {
			return merged, err
		}
		did, err := x.compactMonth(ctx, m)
		if err != nil {
			return merged, err
		}
		if did {
			merged = append(merged, m)
		}
	}
	return merged, nil
}

// compactMonth builds a month made without the text's word pairs again
// with them, in one segment (pairMonth), where the source can give its
// articles; otherwise it merges the month into one segment if it has
// more, holding the index for reading meanwhile, so Rebuild and Close wait
// for it.
func (x *Index) compactMonth(ctx context.Context, month string) (bool, error) {
	set, release, err := x.reader()
	if err != nil {
		return false, err
	}
	bi := set.shards[month]
	if bi == nil {
		release()
		return false, nil
	}
	if src, ok := x.src.(ArticleSource); ok && !hasPairs(bi.Mapping()) {
		release() // pairMonth takes the writers' lock, which comes before the readers'
		return x.pairMonth(ctx, src, month)
	}
	defer release()
	sc, err := scorchOf(bi)
	if err != nil {
		return false, err
	}
	if segmentCount(sc) <= 1 {
		return false, nil
	}
	opts := mergeplan.SingleSegmentMergePlanOptions
	if err := sc.ForceMerge(ctx, &opts); err != nil {
		return false, fmt.Errorf("merge the index of %s: %w", month, err)
	}
	return true, nil
}

func scorchOf(bi bleve.Index) (*scorch.Scorch, error) {
	adv, err := bi.Advanced()
	if err != nil {
		return nil, err
	}
	sc, ok := adv.(*scorch.Scorch)
	if !ok {
		return nil, fmt.Errorf("index is %T, not scorch", adv)
	}
	return sc, nil
}

// segmentCount is the number of segments a search of sc visits.
func segmentCount(sc *scorch.Scorch) uint64 {
	st := sc.StatsMap()
	n := func(k string) uint64 { v, _ := st[k].(uint64); return v }
	return n("num_root_filesegments") + n("num_root_memorysegments")
}

// Segments reports how many segments each month's index has, for the
// benchmarks and the index's health.
func (x *Index) Segments() (map[string]uint64, error) {
	set, release, err := x.reader()
	if err != nil {
		return nil, err
	}
	defer release()
	out := make(map[string]uint64, len(set.shards))
	for m, bi := range set.shards {
		sc, err := scorchOf(bi)
		if err != nil {
			return nil, err
		}
		out[m] = segmentCount(sc)
	}
	return out, nil
}
