package search

import (
	"container/list"
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
)

// The facet cache keeps, for each month's shard as it stands after a given
// number of writes, the total and the facet counts of the searches asked of
// it, as Elasticsearch's shard request cache keeps aggregations: a month
// that no write has touched since gives the same counts to the same
// question. Counting the facets is where a search over many hits spends
// its time (visiting and unpacking each hit's doc values: four-tenths of
// the search mix at 100,000 articles, bench/RESULTS.md); the analysts of a
// press office in a crisis ask the same few questions again and again (the
// page asks for the facets on every search, a second page asks the same
// question). On a hit the shard still ranks its page (without the facets),
// or is not searched at all when it only counts (searchNewest's older
// months).
//
// A write to a shard (shardIndex) makes its earlier entries unreachable: the
// key holds how many writes had finished, and nothing is read or kept
// while a write is under way.

// maxFacetEntries bounds the cache: an entry holds a few hundred facet
// terms at most (outlets, topics, a month's days), a few KB.
const maxFacetEntries = 2048

// facetCacheOff turns the cache off (a benchmark's comparison).
var facetCacheOff = false

// shardIndex is a month's Bleve index that counts its writes.
type shardIndex struct {
	bleveIndex
	month             string // "2006-01"
	started, finished atomic.Uint64
}

// bleveIndex names the embedded interface so that its field is no Index,
// which would hide the method of that name.
type bleveIndex = bleve.Index

// countWrites wraps a month's index for the facet cache.
func countWrites(bi bleve.Index, month string) bleve.Index {
	if _, ok := bi.(*shardIndex); ok {
		return bi
	}
	return &shardIndex{bleveIndex: bi, month: month}
}

func (s *shardIndex) Batch(b *bleve.Batch) error {
	s.started.Add(1)
	defer s.finished.Add(1)
	return s.bleveIndex.Batch(b)
}

func (s *shardIndex) Index(id string, data any) error {
	s.started.Add(1)
	defer s.finished.Add(1)
	return s.bleveIndex.Index(id, data)
}

func (s *shardIndex) Delete(id string) error {
	s.started.Add(1)
	defer s.finished.Add(1)
	return s.bleveIndex.Delete(id)
}

// settled is how many writes have finished, when none is under way.
func (s *shardIndex) settled() (uint64, bool) {
	f := s.finished.Load()
	return f, s.started.Load() == f
}

type facetKey struct {
	shard  *shardIndex
	writes uint64
	query  string // facetQuestion.key: the question, its filters, the period within the month
}

type facetEntry struct {
	key    facetKey
	total  uint64
	facets bsearch.FacetResults
}

type facetCache struct {
	mu      sync.Mutex
	entries map[facetKey]*list.Element
	order   list.List // most recently used first
	hits    atomic.Uint64
	misses  atomic.Uint64
}

var shardFacets = &facetCache{entries: map[facetKey]*list.Element{}}

func (c *facetCache) get(k facetKey) (facetEntry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.entries[k]
	if !ok {
		return facetEntry{}, false
	}
	c.order.MoveToFront(el)
	e := el.Value.(facetEntry)
	return facetEntry{key: e.key, total: e.total, facets: copyFacets(e.facets)}, true
}

func (c *facetCache) put(e facetEntry) {
	e.facets = copyFacets(e.facets)
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.entries[e.key]; ok {
		el.Value = e
		c.order.MoveToFront(el)
		return
	}
	c.entries[e.key] = c.order.PushFront(e)
	for c.order.Len() > maxFacetEntries {
		last := c.order.Back()
		delete(c.entries, last.Value.(facetEntry).key)
		c.order.Remove(last)
	}
}

// copyFacets copies facet results deeply: a merge of results changes the
// first one's facets in place.
func copyFacets(in bsearch.FacetResults) bsearch.FacetResults {
	out := make(bsearch.FacetResults, len(in))
	for name, fr := range in {
		c := *fr
		if fr.Terms != nil {
			c.Terms = &bsearch.TermFacets{}
			for _, t := range fr.Terms.Terms() {
				c.Terms.Add(&bsearch.TermFacet{Term: t.Term, Count: t.Count})
			}
		}
		out[name] = &c
	}
	return out
}

// facetQuestionCtxKey carries a search's facetQuestion to the shards.
type facetQuestionCtxKey struct{}

// facetQuestion is what tells apart, for the facet cache, every question
// whose counts in a month differ: the words as written and how they are
// read, the filters (base), and the part of the month the period covers
// (from, to: calendar days as written, zero for open), the day facet's
// size as far as a month's days reach it. A month the period covers
// whole has one entry, whichever period it was asked in.
type facetQuestion struct {
	base     string
	from, to time.Time
	daySize  int
}

// key is the question's key in month ("2006-01").
func (q facetQuestion) key(month string) string {
	start, err := time.Parse("2006-01", month)
	if err != nil {
		return ""
	}
	lo, hi := dateOf(start), dateOf(start.AddDate(0, 1, -1))
	if !q.from.IsZero() {
		lo = max(lo, dateOf(q.from))
	}
	if !q.to.IsZero() {
		hi = min(hi, dateOf(q.to))
	}
	return fmt.Sprintf("%s|%d-%d|%d", q.base, lo, hi, min(q.daySize, 32))
}

// withFacetQuestion marks ctx as a search whose facets may come from the
// cache.
func withFacetQuestion(ctx context.Context, q facetQuestion) context.Context {
	return context.WithValue(ctx, facetQuestionCtxKey{}, q)
}

// searchShard runs sr on one month's shard, its facets (and, for a search
// that only counts, its total) from the cache where the shard has not
// changed since the same question was asked.
func searchShard(ctx context.Context, bi bleve.Index, sr *bleve.SearchRequest) (*bleve.SearchResult, error) {
	question, asked := ctx.Value(facetQuestionCtxKey{}).(facetQuestion)
	shard, ok := bi.(*shardIndex)
	if !ok || !asked || len(sr.Facets) == 0 || facetCacheOff {
		return bi.SearchInContext(ctx, sr)
	}
	query := question.key(shard.month)
	if query == "" {
		return bi.SearchInContext(ctx, sr)
	}
	writes, quiet := shard.settled()
	if !quiet {
		return bi.SearchInContext(ctx, sr)
	}
	key := facetKey{shard: shard, writes: writes, query: query}
	if e, ok := shardFacets.get(key); ok {
		shardFacets.hits.Add(1)
		if sr.Size == 0 {
			return &bleve.SearchResult{Status: &bleve.SearchStatus{Total: 1, Successful: 1}, Request: sr,
				Hits: bsearch.DocumentMatchCollection{}, Total: e.total, Facets: e.facets}, nil
		}
		r := *sr
		r.Facets = nil
		res, err := bi.SearchInContext(ctx, &r)
		if err != nil {
			return nil, err
		}
		res.Request, res.Facets = sr, e.facets
		return res, nil
	}
	shardFacets.misses.Add(1)
	res, err := bi.SearchInContext(ctx, sr)
	if err != nil {
		return nil, err
	}
	// Kept under the writes that had finished before the search began: a
	// write that came (or came and went) meanwhile moves the shard's count
	// on, so counts that may have seen it are never read again.
	shardFacets.put(facetEntry{key: key, total: res.Total, facets: res.Facets})
	return res, nil
}

// FacetCacheStats tells how often the facet cache answered.
func FacetCacheStats() (hits, misses uint64) {
	return shardFacets.hits.Load(), shardFacets.misses.Load()
}
