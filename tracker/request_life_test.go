package tracker_test

import (
	"context"
	"errors"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestWaitingForTheRequester(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, clk := newStore(t, db, sthlm(t, "2025-03-10 09:00"))
		c := mustCreate(t, s, docRequest(sthlm(t, "2025-03-10 09:00")), anna)

		t.Run("a question asked is noted, and the clock does not stop", func(t *testing.T) {
			got, err := s.AskRequester(ctx, c.ID, "Vilka månader avses?", anna)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Waiting() || got.WaitingQuestion != "Vilka månader avses?" || !got.DueAt.Equal(c.DueAt) {
				t.Errorf("waiting %v %q, due %v; want waiting with the question and due still %v", got.Waiting(), got.WaitingQuestion, got.DueAt, c.DueAt)
			}
			clk.Set(sthlm(t, "2025-03-12 09:00"))
			if !got.Overdue(clk.Now()) {
				t.Error("a case waiting for the requester is not overdue past its due date")
			}
		})
		t.Run("the answer ends the wait and the trail says how long it was", func(t *testing.T) {
			got, err := s.RequesterAnswered(ctx, c.ID, anna)
			if err != nil || got.Waiting() {
				t.Fatalf("RequesterAnswered = waiting %v, %v", got != nil && got.Waiting(), err)
			}
			es, _ := s.Events(ctx, c.ID)
			if last := es[len(es)-1]; last.Type != tracker.EventQuestionAnswered || eventData(t, last)["waited_hours"] != float64(48) {
				t.Errorf("last event = %s %s; want question_answered after 48 hours", last.Type, last.Data)
			}
		})
		t.Run("an empty question, or an answer nobody waits for, is refused", func(t *testing.T) {
			_, err := s.AskRequester(ctx, c.ID, " ", anna)
			wantField(t, err, "question")
			_, err = s.RequesterAnswered(ctx, c.ID, anna)
			wantField(t, err, "question")
		})
	})
}

func TestFees(t *testing.T) {
	fees := tracker.DefaultFees()
	tests := map[string]struct{ pages, fee int }{
		"no copies are free":                   {0, 0},
		"nine pages are free":                  {9, 0},
		"ten pages cost 50 kr":                 {10, 50},
		"each page after the tenth costs 2 kr": {11, 52},
		"twenty pages cost 70 kr":              {20, 70},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := fees.Fee(tt.pages); got != tt.fee {
				t.Errorf("Fee(%d) = %d, want %d", tt.pages, got, tt.fee)
			}
		})
	}
	t.Run("the schedule is configurable, and bad settings are refused", func(t *testing.T) {
		f, err := tracker.ParseFees("base=60;per_page=3")
		if err != nil || f.Fee(11) != 63 || f.Fee(9) != 0 {
			t.Errorf("ParseFees = %+v, %v; want 60 kr for ten pages and 3 kr after", f, err)
		}
		for _, bad := range []string{"base=femtio", "kr=5", "per_page=-1"} {
			if _, err := tracker.ParseFees(bad); err == nil {
				t.Errorf("ParseFees(%q) accepted", bad)
			}
		}
	})
}

func TestPartDeliveries(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _ := newStore(t, db, sthlm(t, "2025-03-12 09:00"))
		in := docRequest(sthlm(t, "2025-03-10 09:00"))
		in.Unit = unitComms
		c := mustCreate(t, s, in, anna)

		t.Run("each part is recorded, and splitting never changes the total fee", func(t *testing.T) {
			first, err := s.DeliverPart(ctx, c.ID, tracker.NewDelivery{Description: "Protokoll januari", Pages: 6}, anna)
			if err != nil || first.Fee != 0 {
				t.Fatalf("first part = %+v, %v; want free (6 pages)", first, err)
			}
			second, err := s.DeliverPart(ctx, c.ID, tracker.NewDelivery{Description: "Protokoll februari", Pages: 5}, anna)
			if err != nil || second.Fee != 52 {
				t.Fatalf("second part = %+v, %v; want 52 kr (11 pages in all)", second, err)
			}
			got := mustCase(t, s, c.ID)
			if got.PagesDelivered != 11 || got.Fee != 52 || got.Fee != tracker.DefaultFees().Fee(11) {
				t.Errorf("case: %d pages, %d kr; want 11 pages, 52 kr", got.PagesDelivered, got.Fee)
			}
			ds, err := s.Deliveries(ctx, c.ID)
			if err != nil || len(ds) != 2 {
				t.Errorf("Deliveries = %d, %v; want 2", len(ds), err)
			}
		})
		t.Run("the fee is in the decision letter", func(t *testing.T) {
			mustMove(t, s, c.ID, anna, tracker.StatusPartiallyReleased)
			l, err := s.DecisionLetter(ctx, c.ID, anna)
			if err != nil || l.Fee != "Avgiften för kopiorna (11 sidor) är 52 kronor enligt 15–16 §§ avgiftsförordningen (1992:191)." {
				t.Errorf("letter fee = %q, %v", l.Fee, err)
			}
		})
		t.Run("a part needs a description; a press inquiry has no parts", func(t *testing.T) {
			_, err := s.DeliverPart(ctx, c.ID, tracker.NewDelivery{Pages: 1}, anna)
			wantField(t, err, "description")
			pi := mustCreate(t, s, pressInquiry(sthlm(t, "2025-03-10 09:00")), anna)
			_, err = s.DeliverPart(ctx, pi.ID, tracker.NewDelivery{Description: "x"}, anna)
			wantField(t, err, "description")
		})
	})
}

func TestDuplicateAndRelatedCases(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _ := newStore(t, db, sthlm(t, "2025-03-10 10:00"))
		original := mustCreate(t, s, docRequest(sthlm(t, "2025-03-10 09:00")), anna)
		dup := mustCreate(t, s, docRequest(sthlm(t, "2025-03-10 09:05")), anna)
		other := mustCreate(t, s, pressInquiry(sthlm(t, "2025-03-10 09:10")), anna)

		t.Run("a duplicate points at its original, and the original shows it", func(t *testing.T) {
			if err := s.MarkDuplicate(ctx, dup.ID, original.ID, anna); err != nil {
				t.Fatal(err)
			}
			r, err := s.RelatedCases(ctx, mustCase(t, s, dup.ID))
			if err != nil || r.DuplicateOf == nil || r.DuplicateOf.Number != original.Number {
				t.Errorf("duplicate's relations = %+v, %v", r, err)
			}
			r, err = s.RelatedCases(ctx, original)
			if err != nil || len(r.Duplicates) != 1 || r.Duplicates[0].Number != dup.Number {
				t.Errorf("original's relations = %+v, %v", r, err)
			}
		})
		t.Run("the original cannot then be marked a duplicate of its duplicate", func(t *testing.T) {
			wantField(t, s.MarkDuplicate(ctx, original.ID, dup.ID, anna), "number")
		})
		t.Run("related cases show each other, once however often linked", func(t *testing.T) {
			for range 2 {
				if err := s.LinkCases(ctx, other.ID, original.ID, anna); err != nil {
					t.Fatal(err)
				}
			}
			for _, c := range []*tracker.Case{original, other} {
				r, err := s.RelatedCases(ctx, c)
				if err != nil || len(r.Related) != 1 {
					t.Errorf("relations of %s = %+v, %v; want one", c.Number, r, err)
				}
			}
		})
		t.Run("a case is not linked to itself nor to one that does not exist", func(t *testing.T) {
			wantField(t, s.LinkCases(ctx, other.ID, other.ID, anna), "number")
			wantField(t, s.LinkCases(ctx, other.ID, 99999, anna), "number")
		})
		t.Run("analysts do not link", func(t *testing.T) {
			if err := s.LinkCases(ctx, other.ID, dup.ID, analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("LinkCases(analyst) = %v, want ErrForbidden", err)
			}
		})
	})
}

// An appeal in time is reconsidered (FL 39 §) before it goes to the court;
// a decision changed as asked ends it, one that stands goes on, and the
// court's outcome is recorded.
func TestAppealReconsiderationAndCourt(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, clk := newStore(t, db, sthlm(t, "2025-03-10 09:00"))
		appealed := func(t *testing.T) *tracker.Case {
			in := docRequest(sthlm(t, "2025-03-10 09:00"))
			in.Unit = unitComms
			c := mustCreate(t, s, in, anna)
			mustMove(t, s, c.ID, anna, tracker.StatusRefused)
			if _, err := s.ReceiveAppeal(ctx, c.ID, sthlm(t, "2025-03-12 09:00"), anna); err != nil {
				t.Fatal(err)
			}
			return c
		}
		clk.Set(sthlm(t, "2025-03-13 09:00"))

		t.Run("a decision that stands goes to the court, and the court's outcome is recorded", func(t *testing.T) {
			c := appealed(t)
			ap, err := s.Reconsider(ctx, c.ID, tracker.ReconsiderUnchanged, "Skälen står sig.", anna)
			if err != nil || ap.Reconsideration != tracker.ReconsiderUnchanged || ap.ReconsideredAt == nil {
				t.Fatalf("Reconsider = %+v, %v", ap, err)
			}
			if _, err := s.ForwardAppeal(ctx, c.ID, sthlm(t, "2025-03-13 08:00"), anna); err != nil {
				t.Fatal(err)
			}
			_, err = s.Reconsider(ctx, c.ID, tracker.ReconsiderChanged, "", anna)
			wantField(t, err, "outcome") // too late: it is with the court
			clk.Set(sthlm(t, "2025-05-02 09:00"))
			ap, err = s.RecordCourtOutcome(ctx, c.ID, tracker.CourtUpheld, sthlm(t, "2025-05-01 09:00"), anna)
			if err != nil || ap.CourtOutcome != tracker.CourtUpheld || ap.CourtDecidedAt == nil {
				t.Errorf("RecordCourtOutcome = %+v, %v", ap, err)
			}
		})
		t.Run("a decision changed as asked ends the appeal: it is not sent on", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-03-13 09:00"))
			c := appealed(t)
			if _, err := s.Reconsider(ctx, c.ID, tracker.ReconsiderChanged, "", anna); err != nil {
				t.Fatal(err)
			}
			_, err := s.ForwardAppeal(ctx, c.ID, sthlm(t, "2025-03-13 08:00"), anna)
			wantField(t, err, "sent_at")
		})
		t.Run("only someone with the delegation reconsiders; the court's outcome needs the appeal sent", func(t *testing.T) {
			c := appealed(t)
			_, err := s.Reconsider(ctx, c.ID, tracker.ReconsiderUnchanged, "", bertil)
			wantField(t, err, "outcome")
			_, err = s.RecordCourtOutcome(ctx, c.ID, tracker.CourtUpheld, sthlm(t, "2025-03-13 08:00"), anna)
			wantField(t, err, "outcome")
			_, err = s.Reconsider(ctx, c.ID, "maybe", "", anna)
			wantField(t, err, "outcome")
		})
	})
}
