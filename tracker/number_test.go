package tracker_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// openers are the two databases, for tests that need the *testing.T of their own.
var openers = map[string]func(testing.TB, []lagesbild.Migration) *gorm.DB{
	"sqlite":   dbtest.OpenTestSQLite,
	"postgres": dbtest.OpenTestPostgres,
}

func TestConcurrentNumbers(t *testing.T) {
	for name, open := range openers {
		t.Run(name, func(t *testing.T) {
			db := open(t, tracker.Migrations)
			s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
			ctx := context.Background()
			const n = 40

			received := sthlm(t, "2025-05-14 09:00")
			got := make([]string, n)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					in := docRequest(received)
					in.Subject = fmt.Sprintf("Begäran %d", i)
					c, err := s.CreateCase(ctx, in, anna)
					if err != nil {
						t.Errorf("creation %d: %v", i, err)
						return
					}
					got[i] = c.Number
				}()
			}
			close(start)
			wg.Wait()
			if t.Failed() {
				return
			}
			slices.Sort(got)
			for i, number := range got {
				if want := fmt.Sprintf("HA-2025-%04d", i+1); number != want {
					t.Fatalf("sorted numbers %v: position %d is %s, want %s", got, i, number, want)
				}
			}
			if c := mustCreate(t, s, docRequest(sthlm(t, "2025-05-14 09:30")), anna); c.Number != "HA-2025-0041" {
				t.Errorf("next number = %s, want HA-2025-0041", c.Number)
			}
		})
	}
}

func TestConcurrentRetries(t *testing.T) {
	for name, open := range openers {
		t.Run(name, func(t *testing.T) {
			db := open(t, tracker.Migrations)
			s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
			clk.SetTick(time.Microsecond)
			ctx := context.Background()
			const n = 10

			received := sthlm(t, "2025-05-14 09:00")
			ids := make([]int64, n)
			start := make(chan struct{})
			var wg sync.WaitGroup
			for i := range n {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					in := pressInquiry(received)
					in.IdempotencyKey = "same-key"
					in.AlsoDocumentRequest = true
					c, err := s.CreateCase(ctx, in, anna)
					if err != nil {
						t.Errorf("retry %d: %v", i, err)
						return
					}
					ids[i] = c.ID
				}()
			}
			close(start)
			wg.Wait()
			if t.Failed() {
				return
			}
			for i, id := range ids {
				if id != ids[0] {
					t.Errorf("retry %d gave case %d, retry 0 case %d", i, id, ids[0])
				}
			}
			// The losers' numbers went back: the next cases follow on.
			pi := mustCreate(t, s, pressInquiry(sthlm(t, "2025-05-14 09:30")), anna)
			dr := mustCreate(t, s, docRequest(sthlm(t, "2025-05-14 09:30")), anna)
			if pi.Number != "PF-2025-0002" || dr.Number != "HA-2025-0002" {
				t.Errorf("next numbers = %s, %s; want PF-2025-0002, HA-2025-0002", pi.Number, dr.Number)
			}
		})
	}
}
