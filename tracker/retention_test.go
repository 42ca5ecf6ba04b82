package tracker_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// material records which cases the culling run asked to erase their material.
type material struct{ culled []int64 }

func (m *material) CullCase(_ context.Context, id int64) (int, error) {
	m.culled = append(m.culled, id)
	return 2, nil
}

// A closed document request with personal data everywhere: the requester,
// the request's text, a personnummer in the subject, a note, a refusal.
func culledCandidate(t *testing.T, s *tracker.Store, received time.Time) *tracker.Case {
	t.Helper()
	in := docRequest(received)
	in.Subject = "Journal för 19121212-1212"
	in.Description = "Jag vill ha min journal. Ring mig på 070-123 45 67. /Kim Sökande"
	in.Requester = tracker.Requester{Name: "Kim Sökande", Email: "kim@example.se", Phone: "070-123 45 67"}
	in.Unit = unitComms
	c := mustCreate(t, s, in, anna)
	tr := tracker.Transition{To: tracker.StatusInProgress, Note: "Kim ringde och frågade, kim@example.se"}
	if _, err := s.Transition(context.Background(), c.ID, tr, anna); err != nil {
		t.Fatal(err)
	}
	mustMove(t, s, c.ID, anna, tracker.StatusRefused, tracker.StatusClosed)
	return mustCase(t, s, c.ID)
}

func TestCulling(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, clk := newStore(t, db, sthlm(t, "2023-01-10 09:00"))
		c := culledCandidate(t, s, sthlm(t, "2023-01-10 09:00"))

		t.Run("a document request is not culled a day before 24 months after it ended", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-01-09 09:00"))
			due, err := s.DueForCulling(ctx, admin)
			if err != nil || len(due) != 0 {
				t.Fatalf("DueForCulling = %v, %v; want nothing yet", due, err)
			}
		})
		t.Run("24 months after it ended, the dry run lists it under its rule and changes nothing", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-01-10 10:00"))
			due, err := s.DueForCulling(ctx, admin)
			if err != nil || len(due) != 1 || due[0].Number != c.Number || due[0].Rule != "document_request/24" {
				t.Fatalf("DueForCulling = %+v, %v; want %s under document_request/24", due, err, c.Number)
			}
			if got := mustCase(t, s, c.ID); got.RequesterName != "Kim Sökande" || got.CulledAt != nil {
				t.Errorf("after the dry run: requester %q, culled %v; want untouched", got.RequesterName, got.CulledAt)
			}
		})

		m := &material{}
		res, err := s.Cull(ctx, m, tracker.System)
		if err != nil {
			t.Fatal(err)
		}
		got := mustCase(t, s, c.ID)

		t.Run("the run erases the requester, the request's text and the case's material", func(t *testing.T) {
			if len(res.Culled) != 1 || res.Documents != 2 || len(m.culled) != 1 || m.culled[0] != c.ID {
				t.Errorf("Cull = %+v, material asked for %v; want the one case and its material", res, m.culled)
			}
			if got.RequesterName != "" || got.RequesterEmail != "" || got.RequesterPhone != "" || got.Description != "" {
				t.Errorf("requester %q %q %q, description %q; want all erased", got.RequesterName, got.RequesterEmail, got.RequesterPhone, got.Description)
			}
			if got.CulledAt == nil || got.CulledRule != "document_request/24" {
				t.Errorf("culled at %v under %q; want now under document_request/24", got.CulledAt, got.CulledRule)
			}
		})
		t.Run("it keeps the number, dates, subject and decision, with the personnummer masked", func(t *testing.T) {
			if got.Number != c.Number || !got.ReceivedAt.Equal(c.ReceivedAt) || !got.OutcomeAt.Equal(*c.OutcomeAt) ||
				got.Status != tracker.StatusClosed || got.DecisionStatus != tracker.StatusRefused ||
				got.LegalGround != legalGround || got.Reasoning != reasoning || got.DeciderName == "" {
				t.Errorf("culled case = %+v; want number, dates and decision kept", got)
			}
			if got.Subject != "Journal för [personnummer]" {
				t.Errorf("subject = %q, want the personnummer masked", got.Subject)
			}
		})
		t.Run("the audit trail keeps every event without the data and says under which rule", func(t *testing.T) {
			es, err := s.Events(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range es {
				for _, personal := range []string{"19121212-1212", "kim@example.se", "Kim ringde"} {
					if strings.Contains(e.Data, personal) {
						t.Errorf("event %s still holds %q: %s", e.Type, personal, e.Data)
					}
				}
			}
			last := es[len(es)-1]
			if d := eventData(t, last); last.Type != tracker.EventCulled || d["rule"] != "document_request/24" || last.Actor != "system" {
				t.Errorf("last event = %s by %s %v; want culled under document_request/24 by system", last.Type, last.Actor, d)
			}
			if es[0].Type != tracker.EventCreated || eventData(t, es[0])["number"] != c.Number {
				t.Errorf("first event = %s %s; want the creation with its number kept", es[0].Type, es[0].Data)
			}
		})
		t.Run("a culled case is not culled again", func(t *testing.T) {
			res, err := s.Cull(ctx, m, tracker.System)
			if err != nil || len(res.Culled) != 0 {
				t.Errorf("second run = %+v, %v; want nothing", res, err)
			}
		})
	})
}

func TestCullingStopsFor(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, clk := newStore(t, db, sthlm(t, "2023-01-10 09:00"))
		ended := sthlm(t, "2023-01-10 09:00")
		due := func(t *testing.T) []string {
			t.Helper()
			cs, err := s.DueForCulling(ctx, admin)
			if err != nil {
				t.Fatal(err)
			}
			var out []string
			for _, c := range cs {
				out = append(out, c.Number)
			}
			return out
		}

		held := culledCandidate(t, s, ended)
		if _, err := s.HoldCulling(ctx, held.ID, "Anmälan till JO pågår", anna); err != nil {
			t.Fatal(err)
		}
		open := mustCreate(t, s, docRequest(ended), anna)
		appealed := culledCandidate(t, s, ended)
		inquiry := mustCreate(t, s, pressInquiry(ended), anna)
		mustMove(t, s, inquiry.ID, anna, tracker.StatusAnswered)
		clk.Set(sthlm(t, "2025-03-01 09:00"))
		if _, err := s.ReceiveAppeal(ctx, appealed.ID, sthlm(t, "2025-03-01 08:00"), anna); err != nil {
			t.Fatal(err)
		}

		t.Run("a hold stops it, an open case and an appeal waiting for the court are kept", func(t *testing.T) {
			got := due(t)
			if len(got) != 1 || got[0] != inquiry.Number {
				t.Errorf("due = %v; want only the answered press inquiry %s, not the open %s", got, inquiry.Number, open.Number)
			}
		})
		t.Run("a press inquiry goes after 12 months, not 11", func(t *testing.T) {
			clk.Set(sthlm(t, "2023-12-10 09:00"))
			if got := due(t); len(got) != 0 {
				t.Errorf("due after 11 months = %v, want nothing", got)
			}
		})
		t.Run("the hold lifted, the case goes at the next run", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-03-01 09:00"))
			if _, err := s.HoldCulling(ctx, held.ID, "", anna); err != nil {
				t.Fatal(err)
			}
			if got := due(t); len(got) != 2 || got[0] != held.Number {
				t.Errorf("due = %v; want %s and the press inquiry", got, held.Number)
			}
		})
		t.Run("a kind set to 0 is kept for good", func(t *testing.T) {
			rules, err := tracker.ParseRetention("document_request=0")
			if err != nil {
				t.Fatal(err)
			}
			keep := tracker.NewStore(db, tracker.Options{Now: clk.Now, Retention: rules})
			cs, err := keep.DueForCulling(ctx, admin)
			if err != nil || len(cs) != 1 || cs[0].Kind != tracker.PressInquiry {
				t.Errorf("DueForCulling with document requests kept = %+v, %v; want only the press inquiry", cs, err)
			}
		})
		t.Run("only administrators cull or see what would go; analysts may not hold", func(t *testing.T) {
			if _, err := s.DueForCulling(ctx, anna); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("DueForCulling(press officer) = %v, want ErrForbidden", err)
			}
			if _, err := s.Cull(ctx, nil, anna); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("Cull(press officer) = %v, want ErrForbidden", err)
			}
			if _, err := s.HoldCulling(ctx, held.ID, "x", analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("HoldCulling(analyst) = %v, want ErrForbidden", err)
			}
		})
	})
}

func TestParseRetention(t *testing.T) {
	tests := map[string]struct {
		in      string
		want    string // the rules' IDs
		wantErr bool
	}{
		"empty keeps the defaults":        {in: "", want: "document_request/24 press_inquiry/12"},
		"one kind changed":                {in: "press_inquiry=6", want: "document_request/24 press_inquiry/6"},
		"both, with spaces":               {in: " document_request = 36 ; press_inquiry=0", want: "document_request/36 press_inquiry/0"},
		"an unknown kind is refused":      {in: "mail=3", wantErr: true},
		"months must be a number":         {in: "document_request=två", wantErr: true},
		"negative months are refused":     {in: "document_request=-1", wantErr: true},
		"a rule without months is wrong":  {in: "document_request", wantErr: true},
		"more than a century is not sane": {in: "document_request=1201", wantErr: true},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			rules, err := tracker.ParseRetention(tt.in)
			if tt.wantErr {
				if err == nil {
					t.Errorf("ParseRetention(%q) = %v, want an error", tt.in, rules)
				}
				return
			}
			var ids []string
			for _, r := range rules {
				ids = append(ids, r.ID())
			}
			if err != nil || strings.Join(ids, " ") != tt.want {
				t.Errorf("ParseRetention(%q) = %v, %v; want %s", tt.in, ids, err, tt.want)
			}
		})
	}
}

// The audit trail is append-only: the database itself refuses every change
// but the one a culling run makes through a recorded redaction.
func TestAuditTrailChangesOnlyByRecordedRedaction(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-03-10 09:00"))
		c := mustCreate(t, s, docRequest(sthlm(t, "2025-03-10 09:00")), anna)
		var ev tracker.Event
		if err := db.Where("case_id = ?", c.ID).Take(&ev).Error; err != nil {
			t.Fatal(err)
		}
		refused := func(t *testing.T, what string, err error) {
			t.Helper()
			if err == nil || !strings.Contains(err.Error(), "append-only") {
				t.Errorf("%s = %v, want the database to refuse (append-only)", what, err)
			}
		}
		t.Run("an event's data cannot be changed without a redaction", func(t *testing.T) {
			refused(t, "UPDATE data", db.Exec(`UPDATE case_events SET data = '{}' WHERE id = ?`, ev.ID).Error)
		})
		t.Run("an event cannot be deleted", func(t *testing.T) {
			refused(t, "DELETE", db.Exec(`DELETE FROM case_events WHERE id = ?`, ev.ID).Error)
		})
		redaction := tracker.EventRedaction{EventID: ev.ID, CaseID: c.ID, At: time.Now().UTC(), Actor: "system", Rule: "test", Data: `{"number":"x"}`}
		if err := db.Create(&redaction).Error; err != nil {
			t.Fatal(err)
		}
		t.Run("a redaction lets through only its own data", func(t *testing.T) {
			refused(t, "UPDATE to other data", db.Exec(`UPDATE case_events SET data = '{}' WHERE id = ?`, ev.ID).Error)
		})
		t.Run("a redaction does not let the actor, type or time change", func(t *testing.T) {
			refused(t, "UPDATE actor", db.Exec(`UPDATE case_events SET data = ?, actor = 'someone' WHERE id = ?`, redaction.Data, ev.ID).Error)
			refused(t, "UPDATE type", db.Exec(`UPDATE case_events SET data = ?, type = 'note' WHERE id = ?`, redaction.Data, ev.ID).Error)
		})
		t.Run("nor a deletion", func(t *testing.T) {
			refused(t, "DELETE", db.Exec(`DELETE FROM case_events WHERE id = ?`, ev.ID).Error)
		})
		t.Run("the recorded redaction itself goes through", func(t *testing.T) {
			if err := db.Exec(`UPDATE case_events SET data = ? WHERE id = ?`, redaction.Data, ev.ID).Error; err != nil {
				t.Errorf("UPDATE with a recorded redaction = %v, want it allowed", err)
			}
		})
		t.Run("redactions cannot be changed or removed", func(t *testing.T) {
			refused(t, "UPDATE redaction", db.Exec(`UPDATE case_event_redactions SET data = '{}' WHERE id = ?`, redaction.ID).Error)
			refused(t, "DELETE redaction", db.Exec(`DELETE FROM case_event_redactions WHERE id = ?`, redaction.ID).Error)
		})
	})
}
