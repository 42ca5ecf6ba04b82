package tracker

import (
	"context"
	"fmt"
	"time"

	"github.com/lagesbild/lagesbild"
)

// DefaultCompactTallyEvery is how often the server folds PostgreSQL's
// open-case tally (KeepTallyCompact). Under 50 clients of the load
// benchmark the register's writes add about a hundred rows a second; the
// triage page's counts sum what has come since the last fold.
const DefaultCompactTallyEvery = 5 * time.Second

// CompactTally folds the rows of PostgreSQL's open-case tally into one a
// day and assignee that has open cases (migratePostgresTally). SQLite's tallies are kept folded by their triggers:
// there it does nothing.
//
// One statement takes away the rows it sees and adds their sums: a row a
// writer adds meanwhile is not seen and stays, and a fold beside it (a
// second instance) finds the rows it would take already gone and leaves
// them, so no count is lost or counted twice, and the counts read at any
// moment are the same before and after.
func (s *Store) CompactTally(ctx context.Context) error {
	if !lagesbild.IsPostgres(s.db) {
		return nil
	}
	err := s.db.WithContext(ctx).Exec(`WITH taken AS (DELETE FROM open_case_tally RETURNING due_day, assignee, n)
		INSERT INTO open_case_tally (due_day, assignee, n)
			SELECT due_day, assignee, SUM(n) FROM taken GROUP BY due_day, assignee HAVING SUM(n) <> 0`).Error
	if err != nil {
		return fmt.Errorf("fold the open-case tally: %w", err)
	}
	return nil
}

// KeepTallyCompact runs CompactTally every interval until ctx ends. A
// failure is logged and the next round tries again: until then the counts
// stay right, only their sums grow longer.
func (s *Store) KeepTallyCompact(ctx context.Context, every time.Duration) error {
	if !lagesbild.IsPostgres(s.db) {
		return nil
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if err := s.CompactTally(ctx); err != nil && ctx.Err() == nil {
			s.log.WarnContext(ctx, "open-case tally not folded; trying again", "error", err)
		}
	}
}
