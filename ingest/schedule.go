package ingest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// DefaultWorkers is how many feeds a scheduler fetches at once.
const DefaultWorkers = 4

func defaultOwner() string {
	host, _ := os.Hostname()
	var b [4]byte
	rand.Read(b[:]) //nolint:errcheck // crypto/rand.Read never fails
	return fmt.Sprintf("%s-%d-%s", truncateRunes(host, 100), os.Getpid(), hex.EncodeToString(b[:]))
}

// ReleaseLeases gives up every lease owner holds: an instance that starts
// again under the owner it had takes back at once the feeds it was fetching
// when it died, instead of waiting for their leases to run out.
func (s *Store) ReleaseLeases(ctx context.Context, owner string) (int64, error) {
	res := s.db.WithContext(ctx).Exec(`UPDATE feeds SET lease_owner = '', lease_until = NULL
		WHERE lease_owner = ? AND lease_until IS NOT NULL`, owner)
	if res.Error != nil {
		return 0, fmt.Errorf("release leases of %s: %w", owner, res.Error)
	}
	return res.RowsAffected, nil
}

// ClaimDueFeeds leases up to limit feeds whose next fetch is due and that no
// live lease holds, for owner until now+leaseFor, and returns them. On
// PostgreSQL the candidate rows are locked with FOR UPDATE SKIP LOCKED and
// leased in the same transaction, so instances claiming at the same moment
// get disjoint sets; SQLite has one writer at a time, and the conditional
// UPDATE does the same.
func (s *Store) ClaimDueFeeds(ctx context.Context, owner string, now time.Time, leaseFor time.Duration, limit int) ([]Feed, error) {
	if limit <= 0 {
		return nil, nil
	}
	now = now.UTC().Truncate(time.Microsecond)
	until := now.Add(leaseFor)
	var feeds []Feed
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var ids []int64
		q := `SELECT id FROM feeds WHERE next_fetch_at <= ? AND (lease_until IS NULL OR lease_until < ?) AND paused = ?
			ORDER BY next_fetch_at, id LIMIT ?`
		if lagesbild.IsPostgres(tx) {
			q += ` FOR UPDATE SKIP LOCKED`
		}
		if err := tx.Raw(q, now, now, false, limit).Scan(&ids).Error; err != nil {
			return err
		}
		if len(ids) == 0 {
			return nil
		}
		if err := tx.Exec(`UPDATE feeds SET lease_owner = ?, lease_until = ?
			WHERE id IN ? AND (lease_until IS NULL OR lease_until < ?)`, owner, until, ids, now).Error; err != nil {
			return err
		}
		return tx.Where("id IN ? AND lease_owner = ? AND lease_until = ?", ids, owner, until).
			Order("next_fetch_at, id").Find(&feeds).Error
	})
	if err != nil {
		return nil, fmt.Errorf("claim due feeds: %w", err)
	}
	return feeds, nil
}

// ClaimFeed leases one feed for owner whether or not it is due; false when
// another owner holds a live lease on it.
func (s *Store) ClaimFeed(ctx context.Context, feedID int64, owner string, now time.Time, leaseFor time.Duration) (bool, error) {
	now = now.UTC().Truncate(time.Microsecond)
	var claimed bool
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var n int64
		if err := tx.Table("feeds").Where("id = ?", feedID).Count(&n).Error; err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		res := tx.Exec(`UPDATE feeds SET lease_owner = ?, lease_until = ?
			WHERE id = ? AND (lease_until IS NULL OR lease_until < ? OR lease_owner = ?)`,
			owner, now.Add(leaseFor), feedID, now, owner)
		if res.Error != nil {
			return res.Error
		}
		claimed = res.RowsAffected == 1
		return nil
	})
	if err != nil {
		if err == ErrNotFound {
			return false, err
		}
		return false, fmt.Errorf("claim feed %d: %w", feedID, err)
	}
	return claimed, nil
}

// ReleaseFeed gives up owner's lease on a feed without recording a fetch.
func (s *Store) ReleaseFeed(ctx context.Context, feedID int64, owner string) error {
	if err := s.db.WithContext(ctx).Exec(`UPDATE feeds SET lease_owner = '', lease_until = NULL
		WHERE id = ? AND lease_owner = ?`, feedID, owner).Error; err != nil {
		return fmt.Errorf("release feed %d: %w", feedID, err)
	}
	return nil
}

// SchedulerOptions configure a Scheduler. Zero values take defaults.
type SchedulerOptions struct {
	Workers   int           // feeds fetched at once (DefaultWorkers)
	PollEvery time.Duration // how often to look for due feeds when idle (15 s)
	Logger    *slog.Logger
}

// Scheduler fetches due feeds with a bounded pool of workers. The schedule
// lives in the database (feeds.next_fetch_at), so it survives restarts, and
// feeds are leased to one instance at a time, so several instances can
// share one PostgreSQL.
type Scheduler struct {
	in     *Ingester
	opts   SchedulerOptions
	wake   chan struct{}
	paused bool // for want of disk space (only Run's goroutine touches it)
}

// NewScheduler returns a scheduler that refreshes feeds with in.
func NewScheduler(in *Ingester, o SchedulerOptions) *Scheduler {
	if o.Workers <= 0 {
		o.Workers = DefaultWorkers
	}
	if o.PollEvery <= 0 {
		o.PollEvery = 15 * time.Second
	}
	if o.Logger == nil {
		o.Logger = in.opts.Logger
	}
	return &Scheduler{in: in, opts: o, wake: make(chan struct{}, 1)}
}

// Wake makes a running scheduler look for due feeds now (after a feed was
// added, say).
func (s *Scheduler) Wake() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run fetches due feeds until ctx ends, then waits for the fetches under
// way (each bounded by the fetcher's timeout) and returns.
func (s *Scheduler) Run(ctx context.Context) error {
	s.opts.Logger.Info("scheduler started", "owner", s.in.opts.Owner, "workers", s.opts.Workers)
	if n, err := s.in.store.ReleaseLeases(ctx, s.in.opts.Owner); err != nil {
		s.opts.Logger.Warn("take back own leases", "error", err) // they run out by themselves
	} else if n > 0 {
		s.opts.Logger.Info("took back own feed leases from before a restart", "feeds", n)
	}
	defer s.opts.Logger.Info("scheduler stopped", "owner", s.in.opts.Owner)
	sem := make(chan struct{}, s.opts.Workers)
	done := make(chan struct{}, s.opts.Workers)
	var wg sync.WaitGroup
	defer wg.Wait()
	ticker := time.NewTicker(s.opts.PollEvery)
	defer ticker.Stop()
	for {
		if ctx.Err() != nil {
			return nil
		}
		free := s.opts.Workers - len(sem)
		claimed := 0
		if !s.diskOK() {
			free = 0
		}
		if free > 0 {
			feeds, err := s.in.store.ClaimDueFeeds(ctx, s.in.opts.Owner, s.in.opts.Now(), s.in.opts.LeaseFor, free)
			if err != nil && ctx.Err() == nil {
				s.opts.Logger.Error("claim due feeds", "error", err)
			}
			claimed = len(feeds)
			for i := range feeds {
				sem <- struct{}{}
				wg.Add(1)
				go func(f Feed) {
					defer wg.Done()
					defer func() { <-sem; done <- struct{}{} }()
					s.refresh(context.WithoutCancel(ctx), &f)
				}(feeds[i])
			}
		}
		if claimed > 0 && claimed == free {
			// Perhaps more are due: go on as soon as a worker is free.
			select {
			case <-ctx.Done():
			case <-done:
			}
			continue
		}
		select {
		case <-ctx.Done():
		case <-done:
		case <-s.wake:
		case <-ticker.C:
		}
	}
}

// diskOK tells whether there is room to fetch, and logs when ingest pauses
// and goes on.
func (s *Scheduler) diskOK() bool {
	_, err := s.in.opts.Disk.Check()
	switch {
	case err != nil && !s.paused:
		s.opts.Logger.Warn("ingest paused: the data dir is short of space", "error", err)
	case err == nil && s.paused:
		s.opts.Logger.Info("ingest goes on: the data dir has room again")
	}
	s.paused = err != nil
	return err == nil
}

// RunOnce fetches every feed that is due now, with the worker pool, and
// returns when they are done: one pass, for `lagesbild ingest` and tests.
func (s *Scheduler) RunOnce(ctx context.Context) (fetched int, err error) {
	if _, err := s.in.store.ReleaseLeases(ctx, s.in.opts.Owner); err != nil {
		return 0, err
	}
	for round := 0; round < 10000; round++ {
		if _, err := s.in.opts.Disk.Check(); err != nil {
			return fetched, err
		}
		feeds, err := s.in.store.ClaimDueFeeds(ctx, s.in.opts.Owner, s.in.opts.Now(), s.in.opts.LeaseFor, s.opts.Workers)
		if err != nil {
			return fetched, err
		}
		if len(feeds) == 0 {
			return fetched, nil
		}
		var wg sync.WaitGroup
		for i := range feeds {
			wg.Add(1)
			go func(f Feed) {
				defer wg.Done()
				s.refresh(ctx, &f)
			}(feeds[i])
		}
		wg.Wait()
		fetched += len(feeds)
		if ctx.Err() != nil {
			return fetched, ctx.Err()
		}
	}
	return fetched, nil
}

func (s *Scheduler) refresh(ctx context.Context, f *Feed) {
	if _, err := s.in.refreshClaimed(ctx, f); err != nil {
		s.opts.Logger.Error("refresh feed", "feed_id", f.ID, "error", err)
	}
}
