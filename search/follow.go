package search

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/lagesbild/lagesbild/ingest"
)

// Source is where the index reads the articles from: the database, the
// system of record. *ingest.Store satisfies it.
type Source interface {
	// ArticlesAfter lists up to limit articles with an id above afterID, in
	// id order, each id becoming visible in order.
	ArticlesAfter(ctx context.Context, afterID int64, limit int) ([]ingest.Article, error)
}

// ArticleSource is a Source that also gives articles by id: a closed
// month's index is built again from it with the text's word pairs
// (pairMonth). *ingest.Store satisfies it; without it a month keeps the
// index it was made with, and its phrases their slower way.
type ArticleSource interface {
	ArticlesByID(ctx context.Context, ids []int64) ([]ingest.Article, error)
}

// ChangeSource is a Source that also numbers every insert and every change
// of an article (ingest.Article.Rev), in commit order. *ingest.Store
// satisfies it.
//
// How the index sees edited articles: when its Source is a ChangeSource, the
// index follows rev instead of id. A rev is handed out on every insert and
// every change, so one stream brings new articles and re-upserted ones (same
// id, new text) alike; the last rev indexed is kept inside the index, in the
// same batch as the documents. A Source with ids only is followed by id, and
// an edited article keeps its first indexed form until Rebuild.
type ChangeSource interface {
	Source
	// ArticlesChangedAfter lists up to limit articles whose rev is above
	// afterRev, in rev order.
	ArticlesChangedAfter(ctx context.Context, afterRev int64, limit int) ([]ingest.Article, error)
}

// CatchUp indexes every article that the source committed after the last one
// the index holds, in batches of Options.BatchSize, and returns how many it
// indexed. Each batch records how far it got inside the index, in the write
// that ends it (shards.go), so a crash at any moment loses nothing: the next
// CatchUp goes on from the last batch that reached the disk. An article
// goes to the shard of its month; when an update moves it to another month,
// the copy in the old one is deleted.
func (x *Index) CatchUp(ctx context.Context) (int, error) {
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	set := x.current()
	if set == nil {
		return 0, ErrClosed
	}
	return x.catchUp(ctx, set)
}

// catchUp does CatchUp's work on set; the caller holds writeMu.
func (x *Index) catchUp(ctx context.Context, set *shardSet) (int, error) {
	lastID, lastRev := set.marks()
	changes, byRev := x.src.(ChangeSource)
	total := 0
	for {
		if err := ctx.Err(); err != nil {
			return total, err
		}
		var arts []ingest.Article
		var err error
		if byRev {
			arts, err = changes.ArticlesChangedAfter(ctx, lastRev, x.opts.BatchSize)
		} else {
			arts, err = x.src.ArticlesAfter(ctx, lastID, x.opts.BatchSize)
		}
		if err != nil {
			return total, fmt.Errorf("read articles to index: %w", err)
		}
		if len(arts) == 0 {
			set.fresh = true
			if total > 0 && len(set.unpairedClosed(time.Now())) > 0 {
				select { // old articles came in (a backfill): their months are compacted now, not within the hour
				case x.compactSoon <- struct{}{}:
				default:
				}
			}
			return total, nil
		}
		var topics map[int64][]int64
		if x.opts.Topics != nil {
			ids := make([]int64, len(arts))
			for i := range arts {
				ids[i] = arts[i].ID
			}
			if topics, err = x.opts.Topics(ctx, ids); err != nil {
				return total, fmt.Errorf("read topics of articles to index: %w", err)
			}
		}
		newID, newRev := lastID, lastRev
		for i := range arts {
			newID = max(newID, arts[i].ID)
			if byRev {
				newRev = max(newRev, arts[i].Rev)
			}
		}
		if err := x.writeBatch(ctx, set, arts, topics, lastID, newID, newRev, byRev); err != nil {
			return total, err
		}
		lastID, lastRev = newID, newRev
		set.setMarks(lastID, lastRev)
		total += len(arts)
	}
}

// yieldEvery is how many articles a catch-up analyses between two yields:
// about 5 ms of CPU.
const yieldEvery = 25

// yield lets the people being answered go first for a moment (Options.Yield).
func (x *Index) yield(ctx context.Context) {
	if x.opts.Yield != nil {
		x.opts.Yield(ctx)
	}
}

// yieldAt is what the analysis of the i-th article of a batch does first:
// every yieldEvery articles, yield. The analysis is most of a batch's CPU
// and runs inside Bleve's Batch, on its workers, so the yield goes with the
// article to where its text is analysed (sharedText.before).
func (x *Index) yieldAt(ctx context.Context, i int) func() {
	if x.opts.Yield == nil || i%yieldEvery != yieldEvery-1 {
		return nil
	}
	return func() { x.opts.Yield(ctx) }
}

// writeBatch writes one batch of articles to their months' shards, deletes
// the copies that moved to another month, and then records the marks in the
// shard of the last article's month, once every write reached the disk.
func (x *Index) writeBatch(ctx context.Context, set *shardSet, arts []ingest.Article, topics map[int64][]int64,
	oldLastID, lastID, lastRev int64, byRev bool) error {
	// The copy of each article that is indexed: the batch's last one (an
	// article changed twice while the index caught up is read twice).
	latest := make(map[string]int, len(arts))
	for i := range arts {
		latest[docID(arts[i].ID)] = i
	}
	perMonth := map[string]int{}
	for _, i := range latest {
		perMonth[monthKey(arts[i].PublishedAt)]++
	}

	// A month's articles go to up to writeParts batches of at least
	// minPartSize, written side by side: Bleve builds a batch's segment on
	// one core, and in a crisis most of a catch-up is this month's. Not
	// while people are being answered: the cores are theirs first, and the
	// batches are then written one at a time.
	split, writers := writeParts, monthWriters
	if x.opts.Busy != nil && x.opts.Busy() {
		split, writers = 1, 1
	}
	parts := map[string][]*bleve.Batch{}
	mappings := map[string]mapping.IndexMapping{}
	placed := map[string]int{}
	partOf := func(month string) (*bleve.Batch, error) {
		ps := parts[month]
		if ps == nil {
			bi, err := set.shard(month, true)
			if err != nil {
				return nil, err
			}
			ps = make([]*bleve.Batch, min(split, max(1, perMonth[month]/minPartSize)))
			for k := range ps {
				ps[k] = bi.NewBatch()
			}
			parts[month], mappings[month] = ps, bi.Mapping()
		}
		b := ps[placed[month]%len(ps)]
		placed[month]++
		return b, nil
	}
	var last string // the month that carries the marks
	for i := range arts {
		a := &arts[i]
		if latest[docID(a.ID)] != i {
			continue // the same article again later in the batch
		}
		month := monthKey(a.PublishedAt)
		b, err := partOf(month)
		if err != nil {
			return err
		}
		if err := indexArticle(b, mappings[month], a, topics[a.ID], x.yieldAt(ctx, i)); err != nil {
			return fmt.Errorf("index article %d: %w", a.ID, err)
		}
		last = month
	}

	// Copies in other months: only an article already indexed can have one
	// (or any, until a catch-up has run to the end since Open).
	var seen []string
	for i := range arts {
		if !set.fresh || arts[i].ID <= oldLastID {
			seen = append(seen, docID(arts[i].ID))
		}
	}
	if len(seen) > 0 {
		set.mu.RLock()
		months := set.months()
		shards := make([]bleve.Index, len(months))
		for i, m := range months {
			shards[i] = set.shards[m]
		}
		set.mu.RUnlock()
		for i, m := range months {
			sr := bleve.NewSearchRequestOptions(query.NewDocIDQuery(seen), len(seen), 0, false)
			sr.Score = "none"
			res, err := shards[i].SearchInContext(ctx, sr)
			if err != nil {
				return fmt.Errorf("look up indexed copies in %s: %w", m, err)
			}
			for _, h := range res.Hits {
				if monthKey(arts[latest[h.ID]].PublishedAt) != m {
					b, err := partOf(m)
					if err != nil {
						return err
					}
					b.Delete(h.ID)
				}
			}
		}
	}

	// Every batch is written side by side (each waits for its own segment
	// to reach the disk); the marks go last, after all of them, so that a
	// crash never leaves marks past an article the disk does not hold.
	type monthBatch struct {
		month string
		b     *bleve.Batch
	}
	var batches []monthBatch
	for m, ps := range parts {
		set.touch(m)
		if onMonthParts != nil {
			onMonthParts(m, len(ps))
		}
		for _, b := range ps {
			batches = append(batches, monthBatch{m, b})
		}
	}
	write := func(m string, b *bleve.Batch) error {
		x.yield(ctx)
		bi, err := set.shard(m, false)
		if err != nil {
			return err
		}
		if err := bi.Batch(b); err != nil {
			return fmt.Errorf("write %d articles to the index of %s: %w", b.Size(), m, err)
		}
		return nil
	}
	errs := make([]error, len(batches))
	sem := make(chan struct{}, writers)
	var wg sync.WaitGroup
	for i, mb := range batches {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			errs[i] = write(mb.month, mb.b)
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return err
	}
	bi, err := set.shard(last, false)
	if err != nil {
		return err
	}
	marks := bi.NewBatch()
	marks.SetInternal(keyLastID, []byte(strconv.FormatInt(lastID, 10)))
	if byRev {
		marks.SetInternal(keyLastRev, []byte(strconv.FormatInt(lastRev, 10)))
	}
	if err := bi.Batch(marks); err != nil {
		return fmt.Errorf("record how far the index got in %s: %w", last, err)
	}
	return nil
}

// monthWriters is how many batches are written at once: most of a small
// batch's time is waiting for the disk, not the cores
// (BenchmarkIndexSpread). A variable for that benchmark.
var monthWriters = 8

// writeParts is how many batches a month's articles of one catch-up batch
// are split into at most, and minPartSize the fewest articles a part holds:
// a segment of fewer costs more in merges than building it beside another
// saves.
var writeParts = runtime.GOMAXPROCS(0)

const minPartSize = 200

// onMonthParts, when set, is told how many batches each month of a
// catch-up's batch was written in (tests).
var onMonthParts func(month string, parts int)

// Run keeps the index caught up until ctx ends: at once, whenever notify
// signals (ingest.Store.Subscribe gives such a channel; nil is fine) and
// every Options.PollInterval in case a signal was missed or came from
// another instance. Failures are logged and retried on the next round.
// After each catch-up Options.AfterCatchUp runs, when set. Beside it,
// closed months are merged into one segment each (CompactClosedMonths) at
// once and then every hour.
func (x *Index) Run(ctx context.Context, notify <-chan struct{}) error {
	go x.CompactEvery(ctx, time.Hour)
	tick := time.NewTicker(x.opts.PollInterval)
	defer tick.Stop()
	for {
		start := time.Now()
		n, err := x.CatchUp(ctx)
		after := 0
		if err == nil && x.opts.AfterCatchUp != nil {
			after, err = x.opts.AfterCatchUp(ctx, x)
		}
		switch {
		case ctx.Err() != nil:
			return nil
		case errors.Is(err, ErrClosed):
			return err
		case err != nil:
			x.opts.Logger.Warn("search index catch-up failed; retrying", "error", err)
		case n > 0 || after > 0:
			x.opts.Logger.Debug("search index caught up", "articles", n, "after", after,
				"duration_ms", time.Since(start).Milliseconds())
		}
		select {
		case <-ctx.Done():
			return nil
		case <-notify:
			// More articles usually follow within moments (the other
			// items of a fetch, the other feeds of a scheduler pass):
			// waiting for them makes larger batches, which Bleve writes
			// at a lower cost per article.
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(x.opts.Settle):
			}
		case <-tick.C:
		}
	}
}

// DeleteFeed removes the articles of a feed from the index; call it after
// the feed was deleted from the database (a Rebuild does the same).
func (x *Index) DeleteFeed(ctx context.Context, feedID int64) (int, error) {
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	set, release, err := x.reader()
	if err != nil {
		return 0, err
	}
	shards := set.all()
	set.touchAll()
	release() // a batch waits for nothing a search holds, but keep it short
	q := query.NewTermQuery(strconv.FormatInt(feedID, 10))
	q.SetField(fieldFeed)
	deleted := 0
	for _, bi := range shards {
		for {
			req := bleve.NewSearchRequestOptions(q, 1000, 0, false)
			req.Score = "none"
			res, err := bi.SearchInContext(ctx, req)
			if err != nil {
				return deleted, fmt.Errorf("find articles of feed %d: %w", feedID, err)
			}
			if len(res.Hits) == 0 {
				break
			}
			b := bi.NewBatch()
			for _, h := range res.Hits {
				b.Delete(h.ID)
			}
			if err := bi.Batch(b); err != nil {
				return deleted, fmt.Errorf("delete articles of feed %d: %w", feedID, err)
			}
			deleted += len(res.Hits)
		}
	}
	return deleted, nil
}

// CompactEvery runs CompactClosedMonths now and then every interval until
// ctx ends or the index is closed, logging what it merged; and, when a
// catch-up brought articles to a closed month without word pairs (a
// backfill of old articles, whose phrases would otherwise be read by the
// words' positions for up to an interval), compacts those months one by one
// in the first calm moments (compactWhenCalm).
func (x *Index) CompactEvery(ctx context.Context, interval time.Duration) {
	soon := false
	for {
		start := time.Now()
		var merged []string
		var err error
		if soon {
			merged, err = x.compactWhenCalm(ctx)
		} else {
			merged, err = x.CompactClosedMonths(ctx, start)
		}
		switch {
		case ctx.Err() != nil || errors.Is(err, ErrClosed):
			return
		case err != nil:
			x.opts.Logger.Warn("merging closed months of the search index failed; retrying later", "error", err)
		case len(merged) > 0:
			x.opts.Logger.Info("merged closed months of the search index", "months", merged,
				"duration_ms", time.Since(start).Milliseconds())
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
			soon = false
		case <-x.compactSoon:
			soon = true
		}
	}
}

// compactWhenCalm compacts the closed months without word pairs, oldest
// first, once nobody has been answered for calmFor, and each next one while
// nobody still is: a backfill's months are rebuilt in the gaps of the day,
// not beside the people asking.
func (x *Index) compactWhenCalm(ctx context.Context) ([]string, error) {
	set := x.current()
	if set == nil {
		return nil, ErrClosed
	}
	months := set.unpairedClosed(time.Now())
	slices.Sort(months)
	calm := false
	return x.compactMonths(ctx, months, func(ctx context.Context) error {
		if calm && (x.opts.Busy == nil || !x.opts.Busy()) {
			return ctx.Err() // still calm since the month before
		}
		calm = true
		return x.waitCalm(ctx)
	})
}

// calmFor is how long nobody must have been answered before a backfill's
// month is compacted.
const calmFor = time.Second

// waitCalm returns once Options.Busy has said no for calmFor (at once
// without it), or when ctx ends.
func (x *Index) waitCalm(ctx context.Context) error {
	if x.opts.Busy == nil {
		return nil
	}
	calmSince := time.Time{}
	for {
		if x.opts.Busy() {
			calmSince = time.Time{}
		} else if calmSince.IsZero() {
			calmSince = time.Now()
		} else if time.Since(calmSince) >= calmFor {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// DeleteArticles removes articles from the index by id; call it after they
// were deleted from the database (a feed deleted with some articles kept).
func (x *Index) DeleteArticles(ctx context.Context, ids []int64) error {
	if len(ids) == 0 {
		return nil
	}
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	set, release, err := x.reader()
	if err != nil {
		return err
	}
	shards := set.all()
	set.touchAll()
	release()
	for _, bi := range shards {
		for lo := 0; lo < len(ids); lo += 1000 {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			b := bi.NewBatch()
			for _, id := range ids[lo:min(lo+1000, len(ids))] {
				b.Delete(docID(id))
			}
			if err := bi.Batch(b); err != nil {
				return fmt.Errorf("delete articles from the index: %w", err)
			}
		}
	}
	return nil
}
