package tracker_test

import (
	"context"
	"encoding/json"
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

// A number has at least four digits, more when the year has more cases,
// and the created event records the number the case got, on both
// databases (PostgreSQL takes number, case and event in one statement).
func TestTheNumberIsWrittenAndRecordedAsTheCaseGotIt(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		ctx := context.Background()
		for _, tc := range []struct {
			last int
			want string
		}{{0, "HA-2025-0001"}, {41, "HA-2025-0042"}, {9998, "HA-2025-9999"}, {9999, "HA-2025-10000"}, {123455, "HA-2025-123456"}} {
			if err := db.Exec(`UPDATE case_counters SET last = ? WHERE kind = ? AND year = 2025`, tc.last, tracker.DocumentRequest).Error; err != nil {
				t.Fatal(err)
			}
			in := docRequest(sthlm(t, "2025-05-14 10:00"))
			in.Topics = []string{"Vatten"}
			c := mustCreate(t, s, in, anna)
			if c.Number != tc.want || c.Seq != tc.last+1 {
				t.Errorf("after %d: number %s, seq %d; want %s", tc.last, c.Number, c.Seq, tc.want)
			}
			if !slices.Equal(c.Topics, []string{"Vatten"}) {
				t.Errorf("%s: topics %v", c.Number, c.Topics)
			}
			events, err := s.Events(ctx, c.ID)
			if err != nil || len(events) != 1 {
				t.Fatalf("%s: events %v, %v", c.Number, events, err)
			}
			var data map[string]any
			if err := json.Unmarshal([]byte(events[0].Data), &data); err != nil {
				t.Fatalf("%s: event data %q: %v", c.Number, events[0].Data, err)
			}
			if data["number"] != c.Number || data["subject"] != c.Subject || events[0].Type != tracker.EventCreated {
				t.Errorf("%s: created event %s %s", c.Number, events[0].Type, events[0].Data)
			}
		}
	})
}
