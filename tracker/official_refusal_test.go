package tracker_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// OSL 6 kap. 3 §: an official may say no, and must then tell the requester
// of the right to a written decision by the authority; when they ask for it,
// the case goes to someone with the delegation, with a due date of its own.
func TestOfficialRefusalThenWrittenDecision(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, clk := newStore(t, db, sthlm(t, "2025-03-10 09:00")) // a Monday
		in := docRequest(sthlm(t, "2025-03-10 09:00"))
		in.Unit = unitComms
		c := mustCreate(t, s, in, bertil)

		t.Run("an official without delegation may refuse, and must say why", func(t *testing.T) {
			_, err := s.Transition(ctx, c.ID, tracker.Transition{To: tracker.StatusOfficialRefusal}, bertil)
			var v *tracker.ValidationError
			if !errors.As(err, &v) || v.Fields["reasoning"] == "" {
				t.Fatalf("refusal without reasons = %v, want a validation error on reasoning", err)
			}
			got, err := s.Transition(ctx, c.ID, tracker.Transition{To: tracker.StatusOfficialRefusal,
				Reasoning: "Handlingarna innehåller patientuppgifter."}, bertil)
			if err != nil {
				t.Fatal(err)
			}
			if got.Open() || got.Status != tracker.StatusOfficialRefusal {
				t.Errorf("status %s, open %v; want an answered official refusal", got.Status, got.Open())
			}
		})

		t.Run("the requester is told of the right to a written decision", func(t *testing.T) {
			events, err := s.Events(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			notice, _ := eventData(t, events[len(events)-1])["notice"].(string)
			if !strings.Contains(notice, "skriftligt beslut") || !strings.Contains(notice, authority) {
				t.Errorf("notice = %q, want the right to a written decision by %s", notice, authority)
			}
		})

		t.Run("an official's refusal is no decision: it has no letter", func(t *testing.T) {
			if _, err := s.DecisionLetter(ctx, c.ID, bertil); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("DecisionLetter = %v, want ErrNotFound", err)
			}
		})

		t.Run("the decision goes only to someone with the delegation, and says who has it", func(t *testing.T) {
			_, err := s.Transition(ctx, c.ID, tracker.Transition{To: tracker.StatusDecisionRequested, Decider: "bertil"}, bertil)
			var v *tracker.ValidationError
			if !errors.As(err, &v) || !strings.Contains(v.Fields["decider"], "Anna") {
				t.Fatalf("to bertil = %v, want a validation error naming Anna, who has the delegation", err)
			}
		})

		t.Run("asking for a decision reopens the case with its own due date", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-03-14 15:00")) // Friday
			got, err := s.Transition(ctx, c.ID, tracker.Transition{To: tracker.StatusDecisionRequested, Decider: "anna"}, bertil)
			if err != nil {
				t.Fatal(err)
			}
			if !got.Open() || got.Assignee != "anna" {
				t.Errorf("open %v, assignee %q; want open with anna", got.Open(), got.Assignee)
			}
			if !got.DueAt.Equal(endOf(t, "2025-03-17")) {
				t.Errorf("due %s, want end of Monday 2025-03-17", got.DueAt)
			}
			if got.DecisionRequestedAt == nil || !got.DecisionRequestedAt.Equal(sthlm(t, "2025-03-14 15:00")) {
				t.Errorf("DecisionRequestedAt = %v", got.DecisionRequestedAt)
			}
		})

		t.Run("the official cannot take that decision; the delegated one can", func(t *testing.T) {
			_, err := s.Transition(ctx, c.ID, moveTo(tracker.StatusRefused), bertil)
			var r *tracker.Refusal
			if !errors.Is(err, tracker.ErrNoDelegation) || !errors.As(err, &r) || !strings.Contains(r.Why, "Anna") {
				t.Fatalf("bertil refuses = %v, want ErrNoDelegation saying Anna has it", err)
			}
			got, err := s.Transition(ctx, c.ID, moveTo(tracker.StatusRefused), anna)
			if err != nil {
				t.Fatal(err)
			}
			if got.DecisionStatus != tracker.StatusRefused || got.DeciderName != "Anna" {
				t.Errorf("decision %s by %q", got.DecisionStatus, got.DeciderName)
			}
		})
	})
}
