package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/mmcdole/gofeed"
	"gorm.io/gorm"
)

// DefaultMaxBackoff caps the wait after repeated failures.
const DefaultMaxBackoff = 6 * time.Hour

// IngesterOptions configure an Ingester. Zero values take defaults.
type IngesterOptions struct {
	Now    func() time.Time
	Logger *slog.Logger
	// OnArticles is called after every commit that inserted or changed
	// articles (the search indexer catches up from it). It runs on the
	// fetching goroutine, so it should only signal.
	OnArticles func(ctx context.Context)
	// Jitter returns a number in [0, 1) that spreads back-off waits; tests
	// inject a fixed one.
	Jitter     func() float64
	MaxBackoff time.Duration
	// Owner names this instance in feed leases (see Scheduler).
	Owner string
	// LeaseFor is how long a claimed feed stays leased: longer than a fetch
	// can take (the fetcher's timeout plus two minutes by default).
	LeaseFor time.Duration
	// OnFetch is told the outcome of every fetch: "ok", "not_modified",
	// "error" (the feed's) or "failed" (ours: the database). For metrics.
	OnFetch func(outcome string)
	// Disk is the free-space floor of the data dir: below it nothing is
	// fetched (lagesbild.ErrDiskLow), so that the register keeps room. Nil
	// never pauses.
	Disk *lagesbild.Disk
	// Yield, when set, is called between the steps of a refresh (before
	// parsing, while normalising, before storing): it may wait while people
	// are being answered (priority.Foreground.Yield), so that a large feed
	// does not take the cores from them.
	Yield func(ctx context.Context)
}

// Ingester brings one feed in: fetch → parse → normalise → store → record
// the outcome on the feed.
type Ingester struct {
	store   *Store
	fetcher *Fetcher
	opts    IngesterOptions
}

// NewIngester returns an ingester over a store and a fetcher.
func NewIngester(store *Store, fetcher *Fetcher, o IngesterOptions) *Ingester {
	if o.Now == nil {
		o.Now = store.Now
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	if o.Jitter == nil {
		o.Jitter = rand.Float64
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = DefaultMaxBackoff
	}
	if o.Owner == "" {
		o.Owner = defaultOwner()
	}
	if o.LeaseFor <= 0 {
		o.LeaseFor = fetcher.opts.Timeout + 2*time.Minute
	}
	return &Ingester{store: store, fetcher: fetcher, opts: o}
}

// Store is the store the ingester writes to.
func (in *Ingester) Store() *Store { return in.store }

// Result is the outcome of refreshing one feed (the API's refresh answer).
type Result struct {
	Status      Status
	Items       int // items in the document
	New         int // articles inserted
	Updated     int // articles whose text changed
	HTTPStatus  int
	NextFetchAt time.Time
	Err         error // why the feed failed; the failure is recorded on the feed
}

// Refresh fetches one feed now and records the outcome on it. A feed that
// fails is not an error of Refresh: the failure is in Result.Err and on the
// feed (last_status, last_error, back-off). Refresh returns an error only
// when the feed does not exist (ErrNotFound), when another instance keeps
// fetching it for longer than one fetch may take (ErrConflict) or when the
// database fails. When a scheduler is fetching the same feed, Refresh waits
// for it first: a feed is never fetched twice at once.
func (in *Ingester) Refresh(ctx context.Context, feedID int64) (Result, error) {
	if _, err := in.opts.Disk.Check(); err != nil {
		return Result{}, err
	}
	giveUp := time.Now().Add(in.fetcher.opts.Timeout + 10*time.Second)
	for {
		ok, err := in.store.ClaimFeed(ctx, feedID, in.opts.Owner, in.opts.Now(), in.opts.LeaseFor)
		if err != nil {
			return Result{}, err
		}
		if ok {
			break
		}
		if time.Now().After(giveUp) {
			return Result{}, fmt.Errorf("feed %d is being fetched elsewhere: %w", feedID, ErrConflict)
		}
		select {
		case <-ctx.Done():
			return Result{}, ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	feed, err := in.store.feedRow(ctx, feedID)
	if err != nil {
		return Result{}, err
	}
	return in.refreshClaimed(ctx, feed)
}

// refreshClaimed does the work for a feed this instance holds the lease of.
func (in *Ingester) refreshClaimed(ctx context.Context, feed *Feed) (res Result, err error) {
	if in.opts.OnFetch != nil {
		defer func() {
			if err != nil {
				in.opts.OnFetch("failed")
			} else {
				in.opts.OnFetch(string(res.Status))
			}
		}()
	}
	start := time.Now()
	log := in.opts.Logger.With("feed_id", feed.ID, "feed_url", feed.URL)
	fr := in.fetcher.Fetch(ctx, feed)
	now := in.opts.Now().UTC()
	res = Result{Status: fr.Status, HTTPStatus: fr.HTTPStatus, Err: fr.Err}
	rec := FetchRecord{At: now, Status: fr.Status, ETag: feed.ETag, LastModified: feed.LastModified}
	yield := func() {
		if in.opts.Yield != nil {
			in.opts.Yield(ctx)
		}
	}
	if fr.Status == StatusOK {
		yield()
		doc, err := Parse(fr.Body, fr.ContentType)
		if err != nil {
			res.Status, res.Err = StatusError, err
		} else {
			if err := in.nameFeed(ctx, feed, doc); err != nil {
				in.release(feed.ID)
				return res, err
			}
			arts := NormalizeFeed(doc, NormalizeOptions{FeedURL: fr.URL, Kind: feed.Kind, Outlet: feed.Outlet, Seen: now, Yield: yield})
			res.Items = len(arts)
			rec.ETag, rec.LastModified, rec.Unconditional = fr.ETag, fr.LastModified, fr.Unconditional
			rec.MovedTo = fr.MovedTo
			if feed.Title == "" {
				rec.Title = truncateRunes(PlainText(doc.Title), maxFeedTitle)
			}
			rec.NextFetchAt = now.Add(max(feed.Interval(), fr.RetryAfter))
			res.NextFetchAt = rec.NextFetchAt
			// The articles and the outcome on the feed in one commit,
			// made even when the caller has gone (the lease must be
			// released, and the work is done).
			yield()
			ins, upd, err := in.store.storeFetch(context.WithoutCancel(ctx), feed, arts, func(tx *gorm.DB, attempt int) error {
				r := rec
				if attempt > 0 {
					r.MovedTo = "" // another feed took that URL meanwhile: stay where we are
				}
				return in.store.recordFetchIn(tx, feed.ID, in.opts.Owner, r)
			})
			if err != nil {
				// Our failure, not the feed's: release the lease and say so.
				in.release(feed.ID)
				return res, fmt.Errorf("refresh feed %d: %w", feed.ID, err)
			}
			res.New, res.Updated = ins, upd
			if ins+upd > 0 && in.opts.OnArticles != nil {
				in.opts.OnArticles(ctx)
			}
			in.logFetch(log, start, res, rec)
			return res, nil
		}
	} else if fr.Status == StatusNotModified {
		rec.ETag, rec.LastModified = fr.ETag, fr.LastModified
	}
	rec.Status = res.Status
	if res.Status == StatusError {
		rec.Error = truncateRunes(res.Err.Error(), 1000)
		rec.ConsecutiveFailures = feed.ConsecutiveFailures + 1
		wait := Backoff(rec.ConsecutiveFailures, feed.Interval(), in.opts.Jitter(), in.opts.MaxBackoff)
		rec.NextFetchAt = now.Add(max(wait, fr.RetryAfter))
	} else {
		rec.NextFetchAt = now.Add(max(feed.Interval(), fr.RetryAfter))
	}
	res.NextFetchAt = rec.NextFetchAt
	// Record even when the caller has gone: the lease must be released.
	if err := in.store.RecordFetch(context.WithoutCancel(ctx), feed.ID, in.opts.Owner, rec); err != nil {
		return res, err
	}
	in.logFetch(log, start, res, rec)
	return res, nil
}

func (in *Ingester) logFetch(log *slog.Logger, start time.Time, res Result, rec FetchRecord) {
	if rec.MovedTo != "" {
		log.Info("feed moved permanently", "to", rec.MovedTo)
	}
	attrs := []any{"status", string(res.Status), "http_status", res.HTTPStatus, "items", res.Items, "new", res.New,
		"updated", res.Updated, "duration_ms", time.Since(start).Milliseconds()}
	if res.Status == StatusError {
		log.Warn("feed failed", append(attrs, "error", res.Err, "failures", rec.ConsecutiveFailures,
			"next_fetch_at", rec.NextFetchAt)...)
	} else {
		log.Debug("feed fetched", attrs...)
	}
}

// nameFeed names a feed's outlet after its channel's title while it has
// none of its own, and marks a web feed that turns out to be a podcast.
func (in *Ingester) nameFeed(ctx context.Context, feed *Feed, doc *gofeed.Feed) error {
	if !feed.OutletNamed {
		if err := in.store.nameOutletFromChannel(ctx, feed, doc.Title); err != nil {
			return err
		}
	}
	if feed.Platform == PlatformWeb && looksLikePodcast(doc) {
		p := PlatformPodcast
		if _, err := in.store.UpdateFeed(ctx, feed.ID, FeedUpdate{Platform: &p}); err != nil {
			return fmt.Errorf("mark feed %d a podcast: %w", feed.ID, err)
		}
		feed.Platform = p
	}
	return nil
}

func (in *Ingester) release(feedID int64) {
	if err := in.store.ReleaseFeed(context.Background(), feedID, in.opts.Owner); err != nil {
		in.opts.Logger.Error("release feed lease", "feed_id", feedID, "error", err)
	}
}

// Backoff is how long to wait after the n-th failure in a row: the feed's
// interval doubled per failure (at least a minute), capped at max, spread by
// jitter in [0, 1) to ±25 % so that feeds failing together do not return
// together.
func Backoff(failures int, interval time.Duration, jitter float64, maxWait time.Duration) time.Duration {
	if failures < 1 {
		failures = 1
	}
	base := max(interval, MinInterval)
	d := float64(base) * math.Pow(2, float64(min(failures-1, 30)))
	d = min(d, float64(maxWait))
	d *= 0.75 + 0.5*min(max(jitter, 0), 1)
	return min(time.Duration(d), maxWait)
}

// FetchRecord is what one fetch leaves on its feed.
type FetchRecord struct {
	At                  time.Time
	Status              Status
	Error               string
	ETag, LastModified  string
	Unconditional       bool // the fetch sent no validators
	ConsecutiveFailures int
	NextFetchAt         time.Time
	Title               string // the feed's title, when it had none
	// MovedTo, when set, becomes the feed's URL (a permanent redirect),
	// unless another feed already has that URL.
	MovedTo string
}

// RecordFetch stores the outcome of a fetch on the feed and releases the
// lease if owner holds it.
func (s *Store) RecordFetch(ctx context.Context, feedID int64, owner string, r FetchRecord) error {
	cols := s.fetchColumns(r)
	err := s.recordFetch(ctx, feedID, owner, cols, r.MovedTo)
	if err != nil && r.MovedTo != "" && isUniqueViolation(err) {
		// Another feed took that URL in the meantime: stay where we are.
		err = s.recordFetch(ctx, feedID, owner, cols, "")
	}
	if err != nil && !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("record fetch of feed %d: %w", feedID, err)
	}
	return err
}

// recordFetchIn is RecordFetch inside a transaction (storeFetch's).
func (s *Store) recordFetchIn(tx *gorm.DB, feedID int64, owner string, r FetchRecord) error {
	return recordFetchTx(tx, feedID, owner, s.fetchColumns(r), r.MovedTo)
}

// fetchColumns are the feed's columns a fetch record sets.
func (s *Store) fetchColumns(r FetchRecord) map[string]any {
	at := r.At.UTC().Truncate(time.Microsecond)
	cols := map[string]any{
		"last_fetched_at": at, "last_status": string(r.Status), "last_error": r.Error, "etag": r.ETag,
		"last_modified": r.LastModified, "consecutive_failures": r.ConsecutiveFailures,
		"next_fetch_at": r.NextFetchAt.UTC().Truncate(time.Microsecond), "updated_at": s.now(),
	}
	if r.Unconditional && r.Status == StatusOK {
		cols["last_unconditional_at"] = at
	}
	if r.Title != "" {
		cols["title"] = r.Title
	}
	return cols
}

func (s *Store) recordFetch(ctx context.Context, feedID int64, owner string, cols map[string]any, movedTo string) error {
	return s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		return recordFetchTx(tx, feedID, owner, cols, movedTo)
	})
}

func recordFetchTx(tx *gorm.DB, feedID int64, owner string, cols map[string]any, movedTo string) error {
	res := tx.Model(&Feed{}).Where("id = ?", feedID).Updates(cols)
	if res.Error != nil {
		return res.Error
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	if movedTo != "" && len(movedTo) <= maxFeedURL {
		// Not when another feed is there already (the URLs are
		// unique): then both go on as they are.
		if err := tx.Exec(`UPDATE feeds SET url = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feeds f WHERE f.url = ?)`,
			movedTo, feedID, movedTo).Error; err != nil {
			return err
		}
	}
	return tx.Exec(`UPDATE feeds SET lease_owner = '', lease_until = NULL WHERE id = ? AND lease_owner = ?`,
		feedID, owner).Error
}
