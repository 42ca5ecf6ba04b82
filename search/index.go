package search

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"time"

	"github.com/blevesearch/bleve/v2"
	"github.com/lagesbild/lagesbild/priority"
)

// Bleve analyses a batch's documents on a queue of workers it shares among
// every index it opens: four unless told. More workers than cores only
// crowd out the server's requests while a batch is analysed; it is set
// before any index is opened, since each keeps the queue it was opened with.
func init() { bleve.Config.SetAnalysisQueueSize(runtime.GOMAXPROCS(0)) }

// Keys of what the index keeps about itself (SetInternal). The marks are
// written after the documents they describe reached the disk (writeBatch).
var (
	keyMapping = []byte("lagesbild/mapping")  // mappingFingerprint()
	keyLastID  = []byte("lagesbild/last_id")  // highest article id indexed
	keyLastRev = []byte("lagesbild/last_rev") // highest article rev indexed (ChangeSource)
)

// defaultSettle is Options.Settle's default.
const defaultSettle = 300 * time.Millisecond

// Options tune an Index. The zero value is ready to use.
type Options struct {
	// BatchSize is how many articles one write to the index holds (default
	// 1000; the notes measured 500–1000 as the sweet spot).
	BatchSize int
	// PollInterval is how often Run catches up without being told (default 5 s).
	PollInterval time.Duration
	// Settle is how long Run waits after being told of new articles before
	// it catches up, so that they reach the index in larger batches
	// (default 300 ms; a negative value does not wait). Measured end to end
	// on SQLite with one 50-item feed fetched at a time: 1,555 articles/s
	// without waiting, 1,850 with; with four feeds at once the index is
	// busy long enough to batch by itself (2,180 either way).
	Settle time.Duration
	// AfterCatchUp, when set, runs after every catch-up of Run, with how
	// many articles it indexed; its own count of changes (the server
	// applies the monitored topics: TagTopics) is logged beside it.
	AfterCatchUp func(ctx context.Context, x *Index) (changed int, err error)
	// Topics, when set, tells the monitored topics each article is tagged
	// with; they fill the topic field (filter topic:ID and the topic facet).
	Topics func(ctx context.Context, articleIDs []int64) (map[int64][]int64, error)
	// Logger receives lifecycle and failure messages (default slog.Default()).
	Logger *slog.Logger
	// Yield, when set, is called between the steps of a catch-up (every
	// yieldEvery articles analysed, before each write): it may wait while
	// people are being answered (priority.Foreground.Yield).
	Yield func(ctx context.Context)
	// Busy, when set, tells whether people are being answered
	// (priority.Foreground.Active() > 0): while they are, a catch-up builds
	// one segment at a time (writeParts, monthWriters), leaving the other
	// cores to them.
	Busy func() bool
}

func (o Options) withDefaults() Options {
	if o.BatchSize <= 0 {
		o.BatchSize = 1000
	}
	if o.PollInterval <= 0 {
		o.PollInterval = 5 * time.Second
	}
	switch {
	case o.Settle == 0:
		o.Settle = defaultSettle
	case o.Settle < 0:
		o.Settle = 0
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return o
}

// Index is the search index of the articles: Bleve indexes, one per month
// (shards.go), that follow the database (see follow.go) and can always be
// rebuilt from it. It is safe for concurrent use; one process at a time may
// open a directory.
type Index struct {
	dir  string
	src  Source
	opts Options

	// mu guards set, which Rebuild swaps; searches hold it for reading.
	mu  sync.RWMutex
	set *shardSet

	// writeMu makes CatchUp, Rebuild and the deletes one writer.
	writeMu sync.Mutex

	// searching: the turns of the searches that run at once (see gate.go).
	searching *priority.Turns

	// compactSoon asks CompactEvery to run now: a catch-up wrote to a
	// closed month that has no word pairs yet (a backfill of old articles).
	compactSoon chan struct{}

	rebuilt bool // Open found another mapping version and started afresh

	unlock func() error // releases the lock Open took (lockIndex)
}

// ErrInUse is returned by Open when another process has the index open
// (lagesbild serve, while reindex or ingest is started beside it).
var ErrInUse = errors.New("the search index is open in another process (stop lagesbild serve first)")

// Open opens the index in dir, creating it when dir does not exist or is
// empty. An index built under another MappingVersion (or compound lexicon,
// or an index from before the split by month) is removed and started
// afresh: the next CatchUp (Run does one at once) fills it from src, and
// Stats().Rebuilt says so. A swap that Rebuild left half done is finished
// or rolled back first. Open does not index; call CatchUp or Run.
//
// One process at a time may open an index: another one gets ErrInUse.
func Open(dir string, src Source, opts Options) (*Index, error) {
	unlock, err := lockIndex(dir)
	if err != nil {
		return nil, err
	}
	x := &Index{dir: dir, src: src, opts: opts.withDefaults(), unlock: unlock, searching: newGate(),
		compactSoon: make(chan struct{}, 1)}
	if err := recoverSwap(dir); err != nil {
		unlock()
		return nil, err
	}
	set, rebuilt, err := openOrCreate(dir)
	if err != nil {
		unlock()
		return nil, err
	}
	if rebuilt {
		x.opts.Logger.Info("search index mapping changed: index emptied, it fills again from the database",
			"dir", dir, "mapping", mappingFingerprint())
	}
	x.set, x.rebuilt = set, rebuilt
	// The analysis's tables (the word list, the stems of the words that end
	// compounds, …) are made here, not by the first query or article that
	// needs them: making them takes about 300 ms, which the first search
	// after a start would otherwise wait for (at 1,000,000 articles, the
	// first of thirty searches over all years took 0.5 s, the rest 10–20 ms).
	warmAnalysis()
	return x, nil
}

// openOrCreate opens the index in dir or makes a new one; rebuilt reports
// that an index of another mapping (or layout) was thrown away.
func openOrCreate(dir string) (set *shardSet, rebuilt bool, err error) {
	ok, err := isIndexDir(dir)
	if err != nil {
		return nil, false, fmt.Errorf("open search index %s: %w", dir, err)
	}
	if !ok && !isOldLayout(dir) {
		set, err := createSet(dir)
		return set, false, err
	}
	if ok {
		set, stale, err := openSet(dir)
		if err != nil || !stale {
			return set, false, err
		}
	}
	if err := os.RemoveAll(dir); err != nil {
		return nil, false, fmt.Errorf("remove outdated search index %s: %w", dir, err)
	}
	set, err = createSet(dir)
	return set, true, err
}

// Close closes the index. Stop Run first (cancel its context).
func (x *Index) Close() error {
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.set == nil {
		return nil
	}
	err := x.set.close()
	x.set = nil
	return errors.Join(err, x.unlock())
}

// ErrClosed is returned by an Index after Close.
var ErrClosed = errors.New("search index is closed")

// current is the set of shards writes go to (nil after Close); a writer
// holding writeMu keeps it from being swapped (Rebuild) or closed.
func (x *Index) current() *shardSet {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.set
}

// reader returns the current shards for a search; release when done.
func (x *Index) reader() (set *shardSet, release func(), err error) {
	x.mu.RLock()
	if x.set == nil {
		x.mu.RUnlock()
		return nil, nil, ErrClosed
	}
	x.set.mu.RLock()
	set = x.set
	return set, func() { set.mu.RUnlock(); x.mu.RUnlock() }, nil
}

// Stats tells how far the index is.
type Stats struct {
	Dir     string
	Docs    uint64 // articles in the index
	LastID  int64  // highest article id indexed
	LastRev int64  // highest article rev indexed (0 when src has no revs)
	Rebuilt bool   // Open found another mapping and started afresh

	// Uncompacted counts the closed months (ended more than three days
	// ago) not yet built again with the text's word pairs, which their
	// phrases and merged segments wait for (CompactClosedMonths).
	Uncompacted int
}

// Stats tells how far the index is.
func (x *Index) Stats() (Stats, error) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if x.set == nil {
		return Stats{}, ErrClosed
	}
	n, err := x.set.docCount()
	if err != nil {
		return Stats{}, err
	}
	id, rev := x.set.marks()
	return Stats{Dir: x.dir, Docs: n, LastID: id, LastRev: rev, Rebuilt: x.rebuilt,
		Uncompacted: len(x.set.unpairedClosed(time.Now()))}, nil
}

// DiskSize is the size in bytes of the files of the index.
func (x *Index) DiskSize() (int64, error) { return dirSize(x.dir) }

func dirSize(dir string) (int64, error) {
	var n int64
	err := filepath.WalkDir(dir, func(_ string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			n += info.Size()
		}
		return nil
	})
	return n, err
}

// Rebuild builds a fresh index from src in a sibling directory
// (dir + ".rebuild") while searches go on against the current one, then
// swaps it in: the old directory becomes dir + ".old" and is removed. Open
// finishes or rolls back a swap that a crash interrupted. This is what
// `lagesbild reindex` does.
func (x *Index) Rebuild(ctx context.Context) error {
	x.writeMu.Lock()
	defer x.writeMu.Unlock()
	start := time.Now()
	tmp, old := x.dir+".rebuild", x.dir+".old"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	fresh, err := createSet(tmp)
	if err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	n, err := x.catchUp(ctx, fresh)
	if cerr := fresh.close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(tmp)
		return fmt.Errorf("rebuild search index: %w", err)
	}

	x.mu.Lock()
	defer x.mu.Unlock()
	if x.set != nil {
		if err := x.set.close(); err != nil {
			return fmt.Errorf("rebuild search index: close the current one: %w", err)
		}
		x.set = nil
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	if _, err := os.Stat(x.dir); err == nil {
		if err := os.Rename(x.dir, old); err != nil {
			return fmt.Errorf("rebuild search index: %w", err)
		}
	}
	if err := os.Rename(tmp, x.dir); err != nil {
		return fmt.Errorf("rebuild search index: %w", err)
	}
	set, stale, err := openSet(x.dir)
	if err == nil && stale {
		err = errors.New("the new index has another mapping")
	}
	if err != nil {
		return fmt.Errorf("rebuild search index: open the new one: %w", err)
	}
	set.fresh = true // built to the end just now
	x.set, x.rebuilt = set, false
	if err := os.RemoveAll(old); err != nil {
		x.opts.Logger.Warn("remove old search index", "dir", old, "error", err)
	}
	x.opts.Logger.Info("search index rebuilt", "articles", n, "duration_ms", time.Since(start).Milliseconds())
	return nil
}

// recoverSwap repairs what a crash in Rebuild may leave: an unfinished
// dir.rebuild (thrown away) and a dir that was moved to dir.old but not yet
// replaced (moved back; catching up brings it up to date).
func recoverSwap(dir string) error {
	tmp, old := dir+".rebuild", dir+".old"
	if err := os.RemoveAll(tmp); err != nil {
		return fmt.Errorf("clean up search index rebuild: %w", err)
	}
	if _, err := os.Stat(old); err != nil {
		return nil
	}
	ok, err := isIndexDir(dir)
	if err != nil {
		return err
	}
	if ok || isOldLayout(dir) {
		// The swap finished; only the removal of the old index did not.
		return os.RemoveAll(old)
	}
	if err := os.RemoveAll(dir); err != nil {
		return fmt.Errorf("restore search index: %w", err)
	}
	if err := os.Rename(old, dir); err != nil {
		return fmt.Errorf("restore search index: %w", err)
	}
	return nil
}
