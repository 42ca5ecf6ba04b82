package search

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch/mergeplan"
	"github.com/blevesearch/bleve/v2/search/query"
)

// A month's index is made without the text's word pairs and takes the
// articles at the speed of the words alone; once the month is closed, its
// index is built again with them (newMapping says why). The new index is
// built beside the one searches use, in the month's directory with
// buildingSuffix, from the source's articles of the ids the month holds,
// and swapped in under the writers' lock: the old directory is renamed
// with retiredSuffix, the new one takes its name, the old one is removed.
// openSet finishes or rolls back a swap that a crash interrupted
// (recoverPairing).
const (
	buildingSuffix = ".building"
	retiredSuffix  = ".retired"
)

// pairMonth builds month's index again with the word pairs, from src, and
// swaps it in. Writes to the month while it builds (a late article, a
// deleted feed) would be lost with the old index, so a month written to
// meanwhile keeps its old index and the next compaction tries again: done
// reports whether the new one went in. Searches go on against the old
// index until the swap, which waits for those running.
func (x *Index) pairMonth(ctx context.Context, src ArticleSource, month string) (done bool, err error) {
	set, ids, touched, err := x.monthIDs(ctx, month)
	if err != nil || set == nil {
		return false, err
	}

	tmp := filepath.Join(set.dir, month+buildingSuffix)
	if err := os.RemoveAll(tmp); err != nil {
		return false, fmt.Errorf("build the index of %s with word pairs: %w", month, err)
	}
	nb, err := bleve.New(tmp, NewMapping())
	if err != nil {
		return false, fmt.Errorf("build the index of %s with word pairs: %w", month, err)
	}
	open := true
	defer func() {
		if open {
			nb.Close()
		}
		if !done {
			os.RemoveAll(tmp)
		}
	}()
	if err := x.fillMonth(ctx, nb, src, month, ids); err != nil {
		return false, fmt.Errorf("build the index of %s with word pairs: %w", month, err)
	}
	if testHookMonthBuilt != nil {
		testHookMonthBuilt(month)
	}

	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	if x.current() != set || set.touched[month] != touched {
		return false, nil // written to meanwhile (or rebuilt): the next compaction
	}
	set.mu.RLock()
	old := set.shards[month]
	set.mu.RUnlock()
	// The marks of the index may live in this month's index (shards.go).
	for _, key := range [][]byte{keyLastID, keyLastRev} {
		v, err := old.GetInternal(key)
		if err != nil {
			return false, fmt.Errorf("read the marks of %s: %w", month, err)
		}
		if len(v) > 0 {
			if err := nb.SetInternal(key, v); err != nil {
				return false, fmt.Errorf("build the index of %s with word pairs: %w", month, err)
			}
		}
	}
	open = false
	if err := nb.Close(); err != nil {
		return false, fmt.Errorf("build the index of %s with word pairs: %w", month, err)
	}
	if err := set.swapShard(month, tmp); err != nil {
		return false, err
	}
	return true, nil
}

// testHookMonthBuilt, when set, runs between pairMonth's build and its
// swap (a test writes to the month there).
var testHookMonthBuilt func(month string)

// monthIDs returns the set searches use, the ids of the articles of
// month's index in it and its count of writes, read together under the
// writers' lock. A nil set: the month has no index (any more).
func (x *Index) monthIDs(ctx context.Context, month string) (*shardSet, []int64, uint64, error) {
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	set := x.current()
	if set == nil {
		return nil, nil, 0, ErrClosed
	}
	bi, err := set.shard(month, false)
	if err != nil || bi == nil {
		return nil, nil, 0, err
	}
	n, err := bi.DocCount()
	if err != nil {
		return nil, nil, 0, fmt.Errorf("count the articles of %s: %w", month, err)
	}
	sr := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), int(n), 0, false)
	sr.Score = "none"
	res, err := bi.SearchInContext(ctx, sr)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("list the articles of %s: %w", month, err)
	}
	ids := make([]int64, 0, len(res.Hits))
	for _, h := range res.Hits {
		id, err := strconv.ParseInt(h.ID, 10, 64)
		if err != nil {
			return nil, nil, 0, fmt.Errorf("list the articles of %s: document %q", month, h.ID)
		}
		ids = append(ids, id)
	}
	return set, ids, set.touched[month], nil
}

// fillMonth indexes the articles of ids that the source still has in
// month into nb, in batches as a catch-up writes them, and merges nb into
// one segment as a closed month's index is kept. An article the source
// has in another month now is left out: the catch-up that brings its
// change deletes the copy it finds here.
func (x *Index) fillMonth(ctx context.Context, nb bleve.Index, src ArticleSource, month string, ids []int64) error {
	if err := nb.SetInternal(keyMapping, []byte(mappingFingerprint())); err != nil {
		return err
	}
	m := nb.Mapping()
	for lo := 0; lo < len(ids); lo += x.opts.BatchSize {
		chunk := ids[lo:min(lo+x.opts.BatchSize, len(ids))]
		arts, err := src.ArticlesByID(ctx, chunk)
		if err != nil {
			return fmt.Errorf("read articles: %w", err)
		}
		var topics map[int64][]int64
		if x.opts.Topics != nil {
			if topics, err = x.opts.Topics(ctx, chunk); err != nil {
				return fmt.Errorf("read topics of articles: %w", err)
			}
		}
		b := nb.NewBatch()
		for i := range arts {
			if monthKey(arts[i].PublishedAt) != month {
				continue
			}
			if err := indexArticle(b, m, &arts[i], topics[arts[i].ID], x.yieldAt(ctx, i)); err != nil {
				return fmt.Errorf("index article %d: %w", arts[i].ID, err)
			}
		}
		x.yield(ctx)
		if err := nb.Batch(b); err != nil {
			return err
		}
	}
	sc, err := scorchOf(nb)
	if err != nil {
		return err
	}
	opts := mergeplan.SingleSegmentMergePlanOptions
	return sc.ForceMerge(ctx, &opts)
}

// swapShard puts the index built in dir tmp in the place of month's, once
// the searches that hold the set are done. The caller holds Index.writeMu.
// If a step fails, month's old index is put back.
func (s *shardSet) swapShard(month, tmp string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := filepath.Join(s.dir, month)
	aside := p + retiredSuffix
	putBack := func(cause error) error {
		err := fmt.Errorf("swap in the index of %s with word pairs: %w", month, cause)
		if _, serr := os.Stat(p); serr != nil {
			if rerr := os.Rename(aside, p); rerr != nil {
				delete(s.shards, month)
				return errors.Join(err, rerr)
			}
		}
		bi, oerr := bleve.Open(p)
		if oerr != nil {
			delete(s.shards, month) // searched again after a restart (recoverPairing)
			return errors.Join(err, oerr)
		}
		s.shards[month] = countWrites(bi, month)
		return err
	}
	if err := os.RemoveAll(aside); err != nil {
		return fmt.Errorf("swap in the index of %s with word pairs: %w", month, err)
	}
	if err := s.shards[month].Close(); err != nil {
		return putBack(err)
	}
	if err := os.Rename(p, aside); err != nil {
		return putBack(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		return putBack(err)
	}
	bi, err := bleve.Open(p)
	if err != nil {
		os.RemoveAll(p)
		return putBack(err)
	}
	s.shards[month] = countWrites(bi, month)
	s.touch(month)
	return os.RemoveAll(aside)
}

// recoverPairing repairs what a crash in pairMonth may leave in an index
// directory: a month built with word pairs but not swapped in (thrown
// away: the next compaction builds it again) and a month's old index set
// aside (removed where the new one is in place, put back where not).
func recoverPairing(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return fmt.Errorf("open search index %s: %w", dir, err)
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case strings.HasSuffix(name, buildingSuffix) && monthDir.MatchString(strings.TrimSuffix(name, buildingSuffix)):
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				return fmt.Errorf("clean up search index %s: %w", dir, err)
			}
		case strings.HasSuffix(name, retiredSuffix) && monthDir.MatchString(strings.TrimSuffix(name, retiredSuffix)):
			p := filepath.Join(dir, strings.TrimSuffix(name, retiredSuffix))
			aside := filepath.Join(dir, name)
			if isBleveIndex(p) { // the new index is in place (renamed whole)
				if err := os.RemoveAll(aside); err != nil {
					return fmt.Errorf("clean up search index %s: %w", dir, err)
				}
				continue
			}
			if err := os.RemoveAll(p); err != nil {
				return fmt.Errorf("restore search index %s: %w", p, err)
			}
			if err := os.Rename(aside, p); err != nil {
				return fmt.Errorf("restore search index %s: %w", p, err)
			}
		}
	}
	return nil
}
