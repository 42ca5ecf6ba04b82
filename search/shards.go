package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/blevesearch/bleve/v2"
	bsearch "github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// The index is split by month (notes, lever 5): one Bleve index per
// calendar month of published_at in Stockholm, in a subdirectory named
// after it ("2024-11"), plus the file layoutFile that says the directory is
// such an index. Writes go to the article's month; a search opens only the
// months its date filter covers.
//
// What the index knows about itself lives in the shards (SetInternal):
// every shard holds the mapping fingerprint, and the marks (last id, last
// rev) are written in the batch of the last shard a catch-up batch writes
// to, after the batches of the other shards it touched have reached the
// disk. The marks of the index are the highest over its shards. So the
// marks never run ahead of the documents: a crash at any moment leaves
// marks that a catch-up can go on from, re-indexing at most one batch
// (indexing is idempotent: a document is written under its id, and a copy
// in another month is deleted, see moves below).
const (
	layoutFile    = "lagesbild-search-layout"
	layoutVersion = "monthly/1"
)

var monthDir = regexp.MustCompile(`^\d{4}-\d{2}$`)

// monthKey is the shard of an article: its Stockholm year and month.
func monthKey(t time.Time) string { return t.In(Stockholm).Format("2006-01") }

// monthOfDate is the shard of a date filter's day, taken as written (as
// dateOf does).
func monthOfDate(t time.Time) string {
	y, m, _ := t.Date()
	return fmt.Sprintf("%04d-%02d", y, int(m))
}

// shardSet is the shards of one index directory.
type shardSet struct {
	dir string

	// mu guards shards (a catch-up adds months) and the marks.
	mu      sync.RWMutex
	shards  map[string]bleve.Index
	lastID  int64
	lastRev int64

	// touched counts the writes to each month's shard, so that pairMonth
	// can tell whether a month changed while it was built again. Writers
	// hold Index.writeMu, which guards it.
	touched map[string]uint64

	// fresh: every document in the shards is covered by the marks (the set
	// was created empty in this process, or a catch-up ran to the end
	// since it was opened). Until then an article with an id above lastID
	// may still have a copy from before a crash, so moves are looked up
	// for every article, not only for those already indexed.
	fresh bool
}

// isIndexDir tells whether dir holds an index of this layout.
func isIndexDir(dir string) (bool, error) {
	_, err := os.Stat(filepath.Join(dir, layoutFile))
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	}
	return false, err
}

// isOldLayout tells whether dir holds a single Bleve index (before the
// split by month).
func isOldLayout(dir string) bool { return isBleveIndex(dir) }

// isBleveIndex tells whether dir holds a Bleve index (its meta file).
func isBleveIndex(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "index_meta.json"))
	return err == nil
}

// createSet makes an empty index in dir, which must not exist or be empty:
// Open never clears a directory it did not make.
func createSet(dir string) (*shardSet, error) {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("create search index: %s is not empty and holds no index", dir)
	}
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return nil, fmt.Errorf("create search index: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, layoutFile), []byte(layoutVersion+"\n"), 0o640); err != nil {
		return nil, fmt.Errorf("create search index: %w", err)
	}
	return &shardSet{dir: dir, shards: map[string]bleve.Index{}, fresh: true}, nil
}

// openSet opens the shards in dir; stale reports that one of them was
// built under another mapping (the caller starts afresh).
func openSet(dir string) (s *shardSet, stale bool, err error) {
	b, err := os.ReadFile(filepath.Join(dir, layoutFile))
	if err != nil {
		return nil, false, fmt.Errorf("open search index %s: %w", dir, err)
	}
	if string(b) != layoutVersion+"\n" {
		return nil, true, nil
	}
	if err := recoverPairing(dir); err != nil {
		return nil, false, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, false, fmt.Errorf("open search index %s: %w", dir, err)
	}
	s = &shardSet{dir: dir, shards: map[string]bleve.Index{}}
	for _, e := range entries {
		if !e.IsDir() || !monthDir.MatchString(e.Name()) {
			continue
		}
		p := filepath.Join(dir, e.Name())
		bi, err := bleve.Open(p)
		if err != nil {
			s.close()
			return nil, false, fmt.Errorf("open search index %s (lagesbild reindex builds it anew): %w", p, err)
		}
		bi = countWrites(bi, e.Name())
		s.shards[e.Name()] = bi
		v, err := bi.GetInternal(keyMapping)
		if err != nil {
			s.close()
			return nil, false, fmt.Errorf("read mapping version of %s: %w", p, err)
		}
		if string(v) != mappingFingerprint() {
			s.close()
			return nil, true, nil
		}
		id, rev, err := readMarks(bi)
		if err != nil {
			s.close()
			return nil, false, err
		}
		s.lastID, s.lastRev = max(s.lastID, id), max(s.lastRev, rev)
	}
	return s, false, nil
}

// touch counts a write to month's shard; the caller holds Index.writeMu.
func (s *shardSet) touch(month string) {
	if s.touched == nil {
		s.touched = map[string]uint64{}
	}
	s.touched[month]++
}

// touchAll counts a write to every shard; the caller holds Index.writeMu
// and s.mu for reading.
func (s *shardSet) touchAll() {
	for m := range s.shards {
		s.touch(m)
	}
}

func (s *shardSet) close() error {
	var errs []error
	for k, bi := range s.shards {
		if err := bi.Close(); err != nil {
			errs = append(errs, fmt.Errorf("close search index %s: %w", k, err))
		}
		delete(s.shards, k)
	}
	return errors.Join(errs...)
}

// shard returns the index of a month, creating it when create is set (nil
// when there is none). The caller may not hold s.mu.
func (s *shardSet) shard(month string, create bool) (bleve.Index, error) {
	s.mu.RLock()
	bi := s.shards[month]
	s.mu.RUnlock()
	if bi != nil || !create {
		return bi, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if bi := s.shards[month]; bi != nil {
		return bi, nil
	}
	p := filepath.Join(s.dir, month)
	if err := os.RemoveAll(p); err != nil { // a creation a crash interrupted
		return nil, fmt.Errorf("create search index %s: %w", p, err)
	}
	bi, err := bleve.New(p, newOpenMonthMapping())
	if err != nil {
		return nil, fmt.Errorf("create search index %s: %w", p, err)
	}
	if err := bi.SetInternal(keyMapping, []byte(mappingFingerprint())); err != nil {
		bi.Close()
		os.RemoveAll(p)
		return nil, fmt.Errorf("create search index %s: %w", p, err)
	}
	bi = countWrites(bi, month)
	s.shards[month] = bi
	return bi, nil
}

// months lists the months of the shards, newest first; the caller holds
// s.mu.
func (s *shardSet) months() []string {
	out := make([]string, 0, len(s.shards))
	for k := range s.shards {
		out = append(out, k)
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out
}

// covering returns the shards a date filter covers, newest first (all of
// them when both ends are open); the caller holds s.mu for reading.
func (s *shardSet) covering(from, to time.Time) []bleve.Index {
	lo, hi := "", "9999-99"
	if !from.IsZero() {
		lo = monthOfDate(from)
	}
	if !to.IsZero() {
		hi = monthOfDate(to)
	}
	var out []bleve.Index
	for _, m := range s.months() {
		if m >= lo && m <= hi {
			out = append(out, s.shards[m])
		}
	}
	return out
}

// all returns every shard, newest first; the caller holds s.mu for reading.
func (s *shardSet) all() []bleve.Index { return s.covering(time.Time{}, time.Time{}) }

func (s *shardSet) marks() (lastID, lastRev int64) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.lastID, s.lastRev
}

func (s *shardSet) setMarks(lastID, lastRev int64) {
	s.mu.Lock()
	s.lastID, s.lastRev = lastID, lastRev
	s.mu.Unlock()
}

func (s *shardSet) docCount() (uint64, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	var n uint64
	for k, bi := range s.shards {
		c, err := bi.DocCount()
		if err != nil {
			return 0, fmt.Errorf("count indexed articles of %s: %w", k, err)
		}
		n += c
	}
	return n, nil
}

func readMarks(bi bleve.Index) (lastID, lastRev int64, err error) {
	read := func(key []byte) (int64, error) {
		v, err := bi.GetInternal(key)
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", key, err)
		}
		if len(v) == 0 {
			return 0, nil
		}
		n, err := strconv.ParseInt(string(v), 10, 64)
		if err != nil {
			return 0, fmt.Errorf("read %s: %w", key, err)
		}
		return n, nil
	}
	if lastID, err = read(keyLastID); err != nil {
		return 0, 0, err
	}
	if lastRev, err = read(keyLastRev); err != nil {
		return 0, 0, err
	}
	return lastID, lastRev, nil
}

// searchShards runs sr over the given shards: directly on one, side by side
// on several (fanOut), their hits and facets merged. With none it answers
// as an empty index would.
func searchShards(ctx context.Context, shards []bleve.Index, sr *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if onSearchShards != nil {
		onSearchShards(len(shards))
	}
	switch len(shards) {
	case 0:
		return &bleve.SearchResult{Request: sr}, nil
	case 1:
		return searchShard(ctx, shards[0], sr)
	}
	if len(sr.Fields) == 0 || sr.Size == 0 {
		return fanOut(ctx, shards, sr)
	}
	// Every shard is asked for a whole page, and one page is kept: rank
	// without the stored fields, then load them for the page only.
	r := *sr
	r.Fields = nil
	res, err := fanOut(ctx, shards, &r)
	if err != nil || len(res.Hits) == 0 {
		return res, err
	}
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	fr := bleve.NewSearchRequestOptions(query.NewDocIDQuery(ids), len(ids), 0, false)
	fr.Score = "none"
	fr.Fields = sr.Fields
	docs, err := fanOut(ctx, shards, fr)
	if err != nil {
		return nil, err
	}
	fields := make(map[string]map[string]any, len(docs.Hits))
	for _, h := range docs.Hits {
		fields[h.ID] = h.Fields
	}
	for _, h := range res.Hits {
		h.Fields = fields[h.ID]
	}
	res.Request = sr
	return res, nil
}

// fanOut runs sr on every shard and merges the results as Bleve's
// IndexAlias does (each shard asked for From+Size hits, all of them sorted
// by sr's order, the page cut out, the facets trimmed to their sizes), but
// with no more shards searched at once than there are cores, and with an
// error from any shard failing the search.
//
// Why not the alias: it starts a goroutine for every shard at once, 36 for
// a search over three years, 72 with two searches admitted (gate.go). With
// the cores' worth, ten analysts searching at 20,000 articles got 13–36 %
// more searches answered at a lower p99 (bench/RESULTS.md, tenth session);
// a single search over three years at 1,000,000 was no slower than with 36
// at once.
func fanOut(ctx context.Context, shards []bleve.Index, sr *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if len(shards) == 0 {
		return &bleve.SearchResult{Request: sr, Status: &bleve.SearchStatus{}}, nil
	}
	results := make([]*bleve.SearchResult, len(shards))
	errs := make([]error, len(shards))
	var next atomic.Int64
	work := func() {
		for {
			i := int(next.Add(1) - 1)
			if i >= len(shards) {
				return
			}
			child := *sr
			child.From, child.Size = 0, sr.From+sr.Size
			child.Sort = sr.Sort.Copy()
			results[i], errs[i] = searchShard(ctx, shards[i], &child)
		}
	}
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(shards)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	out := results[0]
	for _, res := range results[1:] {
		out.Merge(res)
	}
	if len(sr.Sort) > 0 {
		scoring, desc := sr.Sort.CacheIsScore(), sr.Sort.CacheDescending()
		slices.SortStableFunc(out.Hits, func(a, b *bsearch.DocumentMatch) int {
			return sr.Sort.Compare(scoring, desc, a, b)
		})
	}
	hits := out.Hits[min(sr.From, len(out.Hits)):]
	out.Hits = hits[:min(sr.Size, len(hits))]
	for name, fr := range sr.Facets {
		out.Facets.Fixup(name, fr.Size)
	}
	out.Request = sr
	return out, nil
}

// onSearchShards, when set (by a test), is told how many shards a search
// opens.
var onSearchShards func(n int)

// searchNewest runs sr, sorted newest first, over shards given newest first.
// The months are disjoint and in order, so the page is the concatenation of
// the shards' hits: the shards are searched one by one until the page is
// filled, and the rest only counted (with their facets, when asked) in one
// search that ranks nothing. Total and facets are those of all the shards.
func searchNewest(ctx context.Context, shards []bleve.Index, sr *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if len(shards) <= 1 {
		return searchShards(ctx, shards, sr)
	}
	if onSearchShards != nil {
		onSearchShards(len(shards))
	}
	skip, want := sr.From, sr.Size
	var out *bleve.SearchResult
	merge := func(res *bleve.SearchResult) {
		if out == nil {
			out = res
		} else {
			out.Merge(res)
		}
	}
	i := 0
	for ; i < len(shards) && want > 0; i++ {
		r := *sr
		r.From, r.Size = 0, skip+want
		res, err := searchShard(ctx, shards[i], &r)
		if err != nil {
			return nil, err
		}
		if uint64(skip) >= res.Total {
			skip -= int(res.Total)
			res.Hits = nil
		} else {
			hits := res.Hits[min(skip, len(res.Hits)):]
			hits = hits[:min(want, len(hits))]
			skip, want = 0, want-len(hits)
			res.Hits = hits
		}
		merge(res)
	}
	if i < len(shards) {
		r := *sr
		r.From, r.Size, r.Sort = 0, 0, nil
		r.Fields = nil
		rest := shards[i:]
		var res *bleve.SearchResult
		var err error
		if len(rest) == 1 {
			res, err = searchShard(ctx, rest[0], &r)
		} else {
			res, err = fanOut(ctx, rest, &r)
		}
		if err != nil {
			return nil, err
		}
		merge(res)
	}
	for name, fr := range sr.Facets {
		out.Facets.Fixup(name, fr.Size)
	}
	return out, nil
}
