package tracker_test

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// countOpenCases is what the triage counts were before the database kept
// tallies: one pass over the open cases. The tallies must always agree with it.
func countOpenCases(tb testing.TB, db *gorm.DB, now time.Time, username string) tracker.TriageCounts {
	tb.Helper()
	endOfToday := endOf(tb, now.In(tracker.Stockholm).Format(time.DateOnly)).UTC()
	var tc tracker.TriageCounts
	err := db.Raw(`SELECT COUNT(*) AS open,
		COALESCE(SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END), 0) AS overdue,
		COALESCE(SUM(CASE WHEN due_at >= ? AND due_at <= ? THEN 1 ELSE 0 END), 0) AS due_today,
		COALESCE(SUM(CASE WHEN assignee = '' THEN 1 ELSE 0 END), 0) AS unassigned,
		COALESCE(SUM(CASE WHEN assignee = ? THEN 1 ELSE 0 END), 0) AS mine
		FROM cases WHERE outcome_at IS NULL`, now.UTC(), now.UTC(), endOfToday, strings.ToLower(username)).Scan(&tc).Error
	if err != nil {
		tb.Fatal(err)
	}
	tc.At = now
	return tc
}

// atOnce runs work(0) … work(n-1) in goroutines of their own and reports
// each one's error as "what failed".
func atOnce(t *testing.T, n int, what string, work func(w int) error) {
	t.Helper()
	errs := make(chan error, n)
	for w := range n {
		go func() { errs <- work(w) }()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("%s failed: %v", what, err)
		}
	}
}

// countsAgreeWithAScan checks that the triage counts of each user equal
// a count of the open cases themselves.
func countsAgreeWithAScan(t *testing.T, s *tracker.Store, db *gorm.DB, users ...string) {
	t.Helper()
	for _, user := range users {
		got, err := s.Triage(context.Background(), user)
		if err != nil {
			t.Fatal(err)
		}
		want := countOpenCases(t, db, got.At, user)
		if got.At = want.At; got != want {
			t.Errorf("for %s: Triage = %+v, the open cases count %+v", user, got, want)
		}
	}
}

// The triage counts come from tallies that triggers keep as cases are
// registered, reassigned, decided, given a new due date or removed, by the
// store or by any other statement. After every kind of write, at moments
// across days, they equal a count of the open cases themselves.
func TestTriageCountsFollowEveryWrite(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		start := sthlm(t, "2025-05-14 10:00")
		s, clk := newStore(t, db, start)
		ctx := context.Background()
		r := rand.New(rand.NewPCG(14, 11))
		assignees := []string{"", "anna", "bertil"}
		var open []int64
		takeOpen := func() (int64, bool) {
			if len(open) == 0 {
				return 0, false
			}
			i := r.IntN(len(open))
			id := open[i]
			open = append(open[:i], open[i+1:]...)
			return id, true
		}
		at := func() time.Time { return start.Add(time.Duration(r.IntN(20*24)-10*24) * time.Hour) }
		folds := 0
		check := func(step string) {
			t.Helper()
			if folds++; folds%2 == 0 { // PostgreSQL's tally rows folded at every other check
				if err := s.CompactTally(ctx); err != nil {
					t.Fatalf("%s: %v", step, err)
				}
			}
			for _, moment := range []time.Time{start, start.Add(-36 * time.Hour), start.Add(13 * time.Hour), start.Add(5 * 24 * time.Hour)} {
				clk.Set(moment)
				for _, user := range []string{"anna", "Bertil", "nobody"} {
					got, err := s.Triage(ctx, user)
					if err != nil {
						t.Fatalf("%s: %v", step, err)
					}
					want := countOpenCases(t, db, moment, user)
					if got.At.Equal(want.At) {
						got.At = want.At
					}
					if got != want {
						t.Fatalf("%s, at %v for %s: Triage = %+v, the open cases count %+v", step, moment, user, got, want)
					}
				}
			}
			clk.Set(start)
		}
		for i := range 120 {
			var step string
			switch r.IntN(6) {
			case 0, 1:
				step = "register"
				received := start.Add(-time.Duration(r.IntN(20*24)) * time.Hour)
				in := docRequest(received)
				if r.IntN(2) == 0 {
					in = pressInquiry(received)
					in.DeadlineAt = ptr(received.Add(time.Duration(1+r.IntN(72)) * time.Hour))
				}
				in.Assignee = assignees[r.IntN(len(assignees))]
				open = append(open, mustCreate(t, s, in, anna).ID)
			case 2:
				step = "reassign"
				if id, ok := takeOpen(); ok {
					if _, err := s.Assign(ctx, id, tracker.Assignment{Assignee: ptr(assignees[r.IntN(len(assignees))])}, anna); err != nil {
						t.Fatal(err)
					}
					open = append(open, id)
				}
			case 3:
				step = "decide"
				if id, ok := takeOpen(); ok {
					c := mustCase(t, s, id)
					to := released
					if c.Kind == tracker.PressInquiry {
						to = tracker.StatusAnswered
					}
					mustMove(t, s, id, anna, to)
				}
			case 4:
				step = "new due date (SQL)"
				if id, ok := takeOpen(); ok {
					if err := db.Exec(`UPDATE cases SET due_at = ? WHERE id = ?`, at().UTC(), id).Error; err != nil {
						t.Fatal(err)
					}
					open = append(open, id)
				}
			case 5:
				step = "reopen and reassign at once (SQL)"
				if err := db.Exec(`UPDATE cases SET outcome_at = NULL, assignee = 'anna' WHERE id IN (SELECT id FROM cases WHERE outcome_at IS NOT NULL ORDER BY id LIMIT 1)`).Error; err != nil {
					t.Fatal(err)
				}
			}
			if i%10 == 0 {
				check(step)
			}
		}
		check("after the writes")
		// Removal: no path of the store removes a case (culling redacts), but
		// a row inserted and deleted by statements is counted and uncounted.
		due := start.Add(-48 * time.Hour).UTC()
		if err := db.Exec(`INSERT INTO cases (number, kind, year, seq, status, subject, channel, received_at, due_at, assignee, created_by)
			VALUES ('HA-1999-0001', ?, 1999, 1, 'received', 'Insatt för hand', 'email', ?, ?, 'anna', 'anna')`,
			tracker.DocumentRequest, due, due).Error; err != nil {
			t.Fatal(err)
		}
		check("a case inserted by a statement")
		if err := db.Exec(`DELETE FROM cases WHERE number = 'HA-1999-0001'`).Error; err != nil {
			t.Fatal(err)
		}
		check("the case deleted")
		if lagesbild.IsPostgres(db) {
			// Folded, PostgreSQL's tally holds a row a day and assignee with
			// open cases, and no other.
			if err := s.CompactTally(ctx); err != nil {
				t.Fatal(err)
			}
			check("folded")
			var extra int64
			if err := db.Raw(`SELECT (SELECT COUNT(*) FROM open_case_tally) - (SELECT COUNT(*) FROM
				(SELECT DISTINCT to_char(due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'), assignee FROM cases WHERE outcome_at IS NULL) AS open)`).Scan(&extra).Error; err != nil || extra != 0 {
				t.Errorf("the folded tally has %d rows more than days and assignees with open cases (%v)", extra, err)
			}
			return
		}
		var rows int64
		if err := db.Raw(`SELECT (SELECT COUNT(*) FROM open_cases_by_due_day WHERE n <= 0) + (SELECT COUNT(*) FROM open_cases_by_assignee WHERE n <= 0)`).Scan(&rows).Error; err != nil || rows != 0 {
			t.Errorf("tallies of zero or less left: %d (%v); a tally that reaches zero is removed", rows, err)
		}
	})
}

// Writers that move open cases between the same days and assignees in
// opposite directions at once neither deadlock nor lose a count: each tally
// table is written in key order by one statement.
func TestTriageTalliesUnderConcurrentWrites(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		start := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, start)
		ctx := context.Background()
		var ids []int64
		for i := range 16 {
			in := docRequest(start.Add(-time.Duration(i) * 24 * time.Hour))
			in.Assignee = []string{"anna", "bertil"}[i%2]
			ids = append(ids, mustCreate(t, s, in, anna).ID)
		}
		days := []time.Time{start.Add(-72 * time.Hour).UTC(), start.Add(72 * time.Hour).UTC()}
		atOnce(t, 8, "a concurrent write", func(w int) error {
			r := rand.New(rand.NewPCG(uint64(w), 8))
			for range 40 {
				id := ids[r.IntN(len(ids))]
				var err error
				if r.IntN(2) == 0 {
					_, err = s.Assign(ctx, id, tracker.Assignment{Assignee: ptr([]string{"anna", "bertil", ""}[r.IntN(3)])}, anna)
				} else {
					err = db.Exec(`UPDATE cases SET due_at = ?, assignee = ? WHERE id = ?`, days[r.IntN(2)], []string{"anna", "bertil"}[r.IntN(2)], id).Error
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		countsAgreeWithAScan(t, s, db, "anna", "bertil")
	})
}

// PostgreSQL's tally is folded (CompactTally) while writers add to it and
// while another instance folds it too: no count is lost or counted twice.
func TestFoldingTheTallyBesideWritersLosesNoCount(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		start := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, start)
		ctx := context.Background()
		var ids []int64
		for i := range 16 {
			in := docRequest(start.Add(-time.Duration(i) * 24 * time.Hour))
			ids = append(ids, mustCreate(t, s, in, anna).ID)
		}
		stop := make(chan struct{})
		folding := make(chan error, 2)
		for range 2 {
			go func() {
				for {
					select {
					case <-stop:
						folding <- nil
						return
					default:
					}
					if err := s.CompactTally(ctx); err != nil {
						folding <- err
						return
					}
				}
			}()
		}
		atOnce(t, 4, "a write", func(w int) error {
			r := rand.New(rand.NewPCG(uint64(w), 20))
			for range 60 {
				var err error
				if r.IntN(3) == 0 {
					_, err = s.CreateCase(ctx, docRequest(start.Add(-time.Duration(r.IntN(10))*24*time.Hour)), anna)
				} else {
					_, err = s.Assign(ctx, ids[r.IntN(len(ids))], tracker.Assignment{Assignee: ptr([]string{"anna", "bertil", ""}[r.IntN(3)])}, anna)
				}
				if err != nil {
					return err
				}
			}
			return nil
		})
		close(stop)
		for range 2 {
			if err := <-folding; err != nil {
				t.Errorf("a fold failed: %v", err)
			}
		}
		countsAgreeWithAScan(t, s, db, "anna", "bertil")
	})
}

// Press inquiries registered with their document request (two cases, two
// counters in one transaction) beside plain registrations, unassigned, at
// once: none fails (the review's deadlock on PostgreSQL's tally rows).
func TestRegistrationsWithTwoCasesBesidePlainOnes(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		start := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, start)
		ctx := context.Background()
		atOnce(t, 8, "a registration", func(w int) error {
			for range 10 {
				in := docRequest(start)
				if w%2 == 0 {
					in = pressInquiry(start)
					in.AlsoDocumentRequest = true
				}
				if _, err := s.CreateCase(ctx, in, anna); err != nil {
					return err
				}
			}
			return nil
		})
		got, err := s.Triage(ctx, "anna")
		if err != nil {
			t.Fatal(err)
		}
		if want := countOpenCases(t, db, got.At, "anna"); got.Open != want.Open || got.Open != 120 {
			t.Errorf("open cases counted %d, %d by a scan; want 120", got.Open, want.Open)
		}
	})
}
