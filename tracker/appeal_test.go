package tracker_test

import (
	"context"
	"errors"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// An appeal is checked against the appeal deadline; one in time goes to the
// court within a week, a late one is not forwarded (FL 45 §).
func TestAppeals(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, clk := newStore(t, db, sthlm(t, "2025-03-10 09:00"))
		refused := func(t *testing.T) *tracker.Case {
			in := docRequest(sthlm(t, "2025-03-10 09:00"))
			in.Unit = unitComms
			c := mustCreate(t, s, in, anna)
			mustMove(t, s, c.ID, anna, tracker.StatusRefused)
			if _, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-03-10 10:00"), anna); err != nil { // last day: 2025-03-31
				t.Fatal(err)
			}
			return c
		}
		clk.Set(sthlm(t, "2025-04-15 12:00"))

		t.Run("in time on the last day, to be forwarded within a week", func(t *testing.T) {
			c := refused(t)
			ap, err := s.ReceiveAppeal(ctx, c.ID, sthlm(t, "2025-03-31 16:00"), anna)
			if err != nil {
				t.Fatal(err)
			}
			if !ap.InTime || ap.ForwardBy == nil || !ap.ForwardBy.Equal(endOf(t, "2025-04-07")) {
				t.Errorf("in time %v, forward by %v; want true and end of 2025-04-07", ap.InTime, ap.ForwardBy)
			}
			got, err := s.ForwardAppeal(ctx, c.ID, sthlm(t, "2025-04-02 10:00"), anna)
			if err != nil || got.SentAt == nil || got.Court != appealCourt {
				t.Fatalf("ForwardAppeal = %+v, %v", got, err)
			}
		})
		t.Run("a day late is not in time and is not forwarded", func(t *testing.T) {
			c := refused(t)
			ap, err := s.ReceiveAppeal(ctx, c.ID, sthlm(t, "2025-04-01 08:00"), anna)
			if err != nil {
				t.Fatal(err)
			}
			if ap.InTime || ap.ForwardBy != nil {
				t.Errorf("in time %v, forward by %v; want late", ap.InTime, ap.ForwardBy)
			}
			_, err = s.ForwardAppeal(ctx, c.ID, sthlm(t, "2025-04-02 10:00"), anna)
			var v *tracker.ValidationError
			if !errors.As(err, &v) || v.Fields["sent_at"] == "" {
				t.Errorf("forwarding a late appeal = %v, want a validation error", err)
			}
		})
		t.Run("an official's refusal cannot be appealed", func(t *testing.T) {
			c := mustCreate(t, s, docRequest(sthlm(t, "2025-03-10 09:00")), bertil)
			mustMove(t, s, c.ID, bertil, tracker.StatusOfficialRefusal)
			var v *tracker.ValidationError
			if _, err := s.ReceiveAppeal(ctx, c.ID, sthlm(t, "2025-03-12 09:00"), bertil); !errors.As(err, &v) {
				t.Errorf("ReceiveAppeal = %v, want a validation error", err)
			}
		})
		t.Run("analysts do not register appeals", func(t *testing.T) {
			if _, err := s.ReceiveAppeal(ctx, refused(t).ID, sthlm(t, "2025-03-12 09:00"), analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("ReceiveAppeal(analyst) = %v, want ErrForbidden", err)
			}
		})
	})
}
