package tracker_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

const (
	received          = tracker.StatusReceived
	inProgress        = tracker.StatusInProgress
	released          = tracker.StatusReleased
	partiallyReleased = tracker.StatusPartiallyReleased
	conditional       = tracker.StatusReleasedWithConditions
	officialRefusal   = tracker.StatusOfficialRefusal
	decisionRequested = tracker.StatusDecisionRequested
	refused           = tracker.StatusRefused
	withdrawn         = tracker.StatusWithdrawn
	forwarded         = tracker.StatusForwarded
	answered          = tracker.StatusAnswered
	declined          = tracker.StatusDeclined
	closed            = tracker.StatusClosed
)

// allStatuses is every status of either kind.
var allStatuses = []tracker.Status{received, inProgress, officialRefusal, decisionRequested, released, conditional, partiallyReleased, refused,
	withdrawn, forwarded, answered, declined, closed}

// kindStatuses lists each kind's statuses, written out here rather than taken from the package.
var kindStatuses = map[tracker.Kind][]tracker.Status{
	tracker.DocumentRequest: {received, inProgress, officialRefusal, decisionRequested, released, conditional, partiallyReleased, refused, withdrawn, forwarded, closed},
	tracker.PressInquiry:    {received, inProgress, answered, declined, closed},
}

// allowedMoves is the state machine as the workflow describes it: every move
// not listed here is forbidden. closed only ever follows an outcome.
var allowedMoves = map[tracker.Kind]map[tracker.Status][]tracker.Status{
	tracker.DocumentRequest: {
		received:          {inProgress, released, conditional, partiallyReleased, refused, officialRefusal, withdrawn, forwarded},
		inProgress:        {released, conditional, partiallyReleased, refused, officialRefusal, withdrawn, forwarded},
		officialRefusal:   {decisionRequested, closed},
		decisionRequested: {released, conditional, partiallyReleased, refused, withdrawn},
		conditional:       {closed},
		released:          {closed},
		partiallyReleased: {closed},
		refused:           {closed},
		withdrawn:         {closed},
		forwarded:         {closed},
	},
	tracker.PressInquiry: {
		received:   {inProgress, answered, declined},
		inProgress: {answered, declined},
		answered:   {closed},
		declined:   {closed},
	},
}

// pathTo is how admin brings a new case to each status.
var pathTo = map[tracker.Kind]map[tracker.Status][]tracker.Status{
	tracker.DocumentRequest: {
		received:          nil,
		inProgress:        {inProgress},
		released:          {released},
		partiallyReleased: {partiallyReleased},
		conditional:       {conditional},
		officialRefusal:   {officialRefusal},
		decisionRequested: {officialRefusal, decisionRequested},
		refused:           {refused},
		withdrawn:         {withdrawn},
		forwarded:         {forwarded},
		closed:            {released, closed},
	},
	tracker.PressInquiry: {
		received:   nil,
		inProgress: {inProgress},
		answered:   {answered},
		declined:   {declined},
		closed:     {answered, closed},
	},
}

func TestCanMove(t *testing.T) {
	for _, kind := range tracker.Kinds {
		for _, from := range allStatuses {
			for _, to := range allStatuses {
				t.Run(fmt.Sprintf("%s/%s→%s", kind, from, to), func(t *testing.T) {
					want := slices.Contains(allowedMoves[kind][from], to)
					if got := tracker.CanMove(kind, from, to); got != want {
						t.Errorf("CanMove(%s, %s, %s) = %v, want %v", kind, from, to, got, want)
					}
				})
			}
		}
	}
}

func TestStatuses(t *testing.T) {
	for kind, want := range kindStatuses {
		t.Run(string(kind), func(t *testing.T) {
			if got := tracker.Statuses(kind); !slices.Equal(got, want) {
				t.Errorf("Statuses(%s) = %v, want %v", kind, got, want)
			}
			for _, s := range allStatuses {
				if got, want := tracker.ValidStatus(kind, s), slices.Contains(want, s); got != want {
					t.Errorf("ValidStatus(%s, %s) = %v, want %v", kind, s, got, want)
				}
			}
		})
	}
}

func TestOutcomeStatuses(t *testing.T) {
	tests := map[tracker.Status]struct{ outcome, legalGround bool }{
		received:          {false, false},
		inProgress:        {false, false},
		released:          {true, false},
		partiallyReleased: {true, true},
		conditional:       {true, true},
		officialRefusal:   {true, false},
		decisionRequested: {false, false},
		refused:           {true, true},
		withdrawn:         {true, false},
		forwarded:         {true, false},
		answered:          {true, false},
		declined:          {true, false},
		closed:            {false, false},
	}
	for s, tt := range tests {
		t.Run(string(s), func(t *testing.T) {
			if got := s.IsOutcome(); got != tt.outcome {
				t.Errorf("IsOutcome() = %v, want %v", got, tt.outcome)
			}
			if got := s.NeedsLegalGround(); got != tt.legalGround {
				t.Errorf("NeedsLegalGround() = %v, want %v", got, tt.legalGround)
			}
			if got := s.NeedsDelegation(); got != tt.legalGround {
				t.Errorf("NeedsDelegation() = %v, want %v", got, tt.legalGround)
			}
		})
	}
}

// roles are the actors the transition matrix tries, each on a case of unitComms.
var roles = map[string]tracker.Actor{
	"admin":                     admin,
	"press_officer_delegated":   anna,
	"press_officer_undelegated": bertil,
	"analyst":                   analyst,
	"editor":                    editor,
}

// wantMoveErr is what Transition should answer when actor a asks for from → to.
func wantMoveErr(kind tracker.Kind, a tracker.Actor, from, to tracker.Status) error {
	switch {
	case a.Role != tracker.RoleAdmin && a.Role != tracker.RolePressOfficer:
		return tracker.ErrForbidden
	case !slices.Contains(allowedMoves[kind][from], to):
		return tracker.ErrInvalidTransition
	case to.IsDecision() && a.Role != tracker.RoleAdmin && !slices.Contains(a.Delegations, unitComms):
		return tracker.ErrNoDelegation
	}
	return nil
}

func TestTransitionMatrix(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-03-10 09:00")
		s, _ := newStore(t, db, now)
		ctx := context.Background()
		for _, kind := range tracker.Kinds {
			for roleName, a := range roles {
				for _, from := range kindStatuses[kind] {
					for _, to := range kindStatuses[kind] {
						t.Run(fmt.Sprintf("%s/%s/%s→%s", kind, roleName, from, to), func(t *testing.T) {
							in := docRequest(now)
							if kind == tracker.PressInquiry {
								in = pressInquiry(now)
							}
							in.Unit = unitComms
							c := mustCreate(t, s, in, admin)
							mustMove(t, s, c.ID, admin, pathTo[kind][from]...)

							want := wantMoveErr(kind, a, from, to)
							got, err := s.Transition(ctx, c.ID, moveTo(to), a)
							if !errors.Is(err, want) || (want == nil && err != nil) {
								t.Fatalf("Transition = %v, want %v", err, want)
							}
							wantStatus := from
							if want == nil {
								wantStatus = to
								if got.Status != to {
									t.Errorf("returned status = %s, want %s", got.Status, to)
								}
							}
							if got := mustCase(t, s, c.ID).Status; got != wantStatus {
								t.Errorf("stored status = %s, want %s", got, wantStatus)
							}
						})
					}
				}
			}
		}
	})
}

func TestTransitionRules(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		start := sthlm(t, "2025-03-10 09:00")
		s, clk := newStore(t, db, start)
		ctx := context.Background()
		newDoc := func(t *testing.T) *tracker.Case {
			t.Helper()
			in := docRequest(start)
			in.Unit = unitComms
			return mustCreate(t, s, in, anna)
		}

		invalid := map[string]struct {
			kind  tracker.Kind
			tr    tracker.Transition
			field string
		}{
			"refusal without legal ground":          {tracker.DocumentRequest, tracker.Transition{To: refused}, "legal_ground"},
			"refusal with a blank legal ground":     {tracker.DocumentRequest, tracker.Transition{To: refused, LegalGround: "  "}, "legal_ground"},
			"partial release without legal ground":  {tracker.DocumentRequest, tracker.Transition{To: partiallyReleased}, "legal_ground"},
			"unknown status":                        {tracker.DocumentRequest, tracker.Transition{To: "archived"}, "to"},
			"empty status":                          {tracker.DocumentRequest, tracker.Transition{To: ""}, "to"},
			"press inquiry status on a request":     {tracker.DocumentRequest, tracker.Transition{To: answered}, "to"},
			"document request status on an inquiry": {tracker.PressInquiry, tracker.Transition{To: refused, LegalGround: legalGround}, "to"},
			"delivery recorded on a release":        {tracker.DocumentRequest, tracker.Transition{To: released, DeliveredAt: ptr(start)}, "delivered_at"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				in := docRequest(start)
				if tt.kind == tracker.PressInquiry {
					in = pressInquiry(start)
				}
				in.Unit = unitComms
				c := mustCreate(t, s, in, anna)
				_, err := s.Transition(ctx, c.ID, tt.tr, anna)
				wantField(t, err, tt.field)
				got := mustCase(t, s, c.ID)
				if got.Status != received || got.OutcomeAt != nil {
					t.Errorf("after a refused move: status %s, outcome %v; want received, nil", got.Status, got.OutcomeAt)
				}
			})
		}

		t.Run("refusal gets the default appeal instruction", func(t *testing.T) {
			c := newDoc(t)
			clk.Set(sthlm(t, "2025-03-11 14:00"))
			got, err := s.Transition(ctx, c.ID, tracker.Transition{To: refused, LegalGround: " " + legalGround + " ",
				Reasoning: "Uppgifterna omfattas av sekretess."}, anna)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range []string{"Kammarrätten", "tre veckor", authority} {
				if !strings.Contains(got.AppealInstruction, want) {
					t.Errorf("AppealInstruction = %q, want it to mention %q", got.AppealInstruction, want)
				}
			}
			if got.LegalGround != legalGround {
				t.Errorf("LegalGround = %q, want %q", got.LegalGround, legalGround)
			}
			if got.Reasoning != "Uppgifterna omfattas av sekretess." {
				t.Errorf("Reasoning = %q", got.Reasoning)
			}
			if got.DecidedBy != "anna" {
				t.Errorf("DecidedBy = %q, want anna", got.DecidedBy)
			}
			if got.OutcomeAt == nil || !got.OutcomeAt.Equal(sthlm(t, "2025-03-11 14:00")) {
				t.Errorf("OutcomeAt = %v, want 2025-03-11 14:00 Stockholm", got.OutcomeAt)
			}
			if got.Open() {
				t.Error("a refused case is still open")
			}
		})

		t.Run("partial release gets the appeal instruction too", func(t *testing.T) {
			got := mustMove(t, s, newDoc(t).ID, anna, partiallyReleased)
			if !strings.Contains(got.AppealInstruction, "Kammarrätten") {
				t.Errorf("AppealInstruction = %q, want the default", got.AppealInstruction)
			}
		})

		t.Run("an appeal instruction given is kept", func(t *testing.T) {
			got, err := s.Transition(ctx, newDoc(t).ID, tracker.Transition{To: refused, LegalGround: legalGround, Reasoning: reasoning,
				AppealInstruction: "Överklaga till Kammarrätten i Göteborg."}, anna)
			if err != nil {
				t.Fatal(err)
			}
			if got.AppealInstruction != "Överklaga till Kammarrätten i Göteborg." {
				t.Errorf("AppealInstruction = %q", got.AppealInstruction)
			}
		})

		t.Run("in progress is no outcome", func(t *testing.T) {
			got := mustMove(t, s, newDoc(t).ID, anna, inProgress)
			if got.OutcomeAt != nil || got.ClosedAt != nil || !got.Open() {
				t.Errorf("OutcomeAt = %v, ClosedAt = %v, want both nil", got.OutcomeAt, got.ClosedAt)
			}
		})

		t.Run("outcome then closed", func(t *testing.T) {
			c := newDoc(t)
			decided := sthlm(t, "2025-03-12 10:00")
			clk.Set(decided)
			got := mustMove(t, s, c.ID, anna, inProgress, released)
			if got.OutcomeAt == nil || !got.OutcomeAt.Equal(decided) {
				t.Errorf("OutcomeAt = %v, want %v", got.OutcomeAt, decided)
			}
			if got.ClosedAt != nil {
				t.Errorf("ClosedAt = %v before closing", got.ClosedAt)
			}
			closedAt := sthlm(t, "2025-03-13 08:00")
			clk.Set(closedAt)
			got = mustMove(t, s, c.ID, bertil, closed)
			if got.ClosedAt == nil || !got.ClosedAt.Equal(closedAt) {
				t.Errorf("ClosedAt = %v, want %v", got.ClosedAt, closedAt)
			}
			if got.OutcomeAt == nil || !got.OutcomeAt.Equal(decided) {
				t.Errorf("closing changed OutcomeAt to %v, want %v", got.OutcomeAt, decided)
			}
			if got.DecidedBy != "anna" {
				t.Errorf("DecidedBy = %q, want anna (closing is no decision)", got.DecidedBy)
			}
		})

		t.Run("closed only after an outcome", func(t *testing.T) {
			for _, path := range [][]tracker.Status{nil, {inProgress}} {
				c := newDoc(t)
				mustMove(t, s, c.ID, anna, path...)
				if _, err := s.Transition(ctx, c.ID, tracker.Transition{To: closed}, admin); !errors.Is(err, tracker.ErrInvalidTransition) {
					t.Errorf("after %v: closing = %v, want ErrInvalidTransition", path, err)
				}
			}
		})

		t.Run("forwarded records the receiving authority", func(t *testing.T) {
			got, err := s.Transition(ctx, newDoc(t).ID, tracker.Transition{To: forwarded, ForwardedTo: " Skatteverket "}, bertil)
			if err != nil {
				t.Fatal(err)
			}
			if got.ForwardedTo != "Skatteverket" || got.OutcomeAt == nil {
				t.Errorf("ForwardedTo = %q, OutcomeAt = %v", got.ForwardedTo, got.OutcomeAt)
			}
		})

		t.Run("unknown case", func(t *testing.T) {
			if _, err := s.Transition(ctx, 999999, tracker.Transition{To: inProgress}, admin); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
	})
}

func TestDelegation(t *testing.T) {
	everyUnit := tracker.Actor{Username: "chef", Role: tracker.RolePressOfficer, Delegations: []string{tracker.AllUnits}}
	tests := map[string]struct {
		actor tracker.Actor
		unit  string
		want  bool
	}{
		"admin, any unit":                       {admin, unitFinance, true},
		"admin, no unit":                        {admin, "", true},
		"delegated for the unit":                {anna, unitComms, true},
		"delegated for another unit":            {anna, unitFinance, false},
		"delegated, case without unit":          {anna, "", false},
		"no delegation":                         {bertil, unitComms, false},
		"every unit":                            {everyUnit, unitFinance, true},
		"every unit, case without unit":         {everyUnit, "", true},
		"analyst with a delegation still can't": {tracker.Actor{Role: tracker.RoleAnalyst, Delegations: []string{tracker.AllUnits}}, unitComms, false},
		"editor":                                {editor, unitComms, false},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tt.actor.CanDecide(tt.unit); got != tt.want {
				t.Errorf("CanDecide(%q) = %v, want %v", tt.unit, got, tt.want)
			}
			c := &tracker.Case{Kind: tracker.DocumentRequest, Status: received, Unit: tt.unit}
			got := tracker.AllowedMoves(c, tt.actor)
			for _, to := range []tracker.Status{refused, partiallyReleased} {
				if slices.Contains(got, to) != tt.want {
					t.Errorf("AllowedMoves = %v; %s allowed = %v, want %v", got, to, !tt.want, tt.want)
				}
			}
		})
	}
}

func TestAllowedMoves(t *testing.T) {
	tests := map[string]struct {
		kind   tracker.Kind
		status tracker.Status
		actor  tracker.Actor
		want   []tracker.Status
	}{
		"request, admin":         {tracker.DocumentRequest, received, admin, []tracker.Status{inProgress, released, conditional, partiallyReleased, refused, officialRefusal, withdrawn, forwarded}},
		"request, no delegation": {tracker.DocumentRequest, received, bertil, []tracker.Status{inProgress, released, officialRefusal, withdrawn, forwarded}},
		"request, analyst":       {tracker.DocumentRequest, received, analyst, nil},
		"request refused":        {tracker.DocumentRequest, refused, bertil, []tracker.Status{closed}},
		"request closed":         {tracker.DocumentRequest, closed, admin, nil},
		"inquiry, no delegation": {tracker.PressInquiry, inProgress, bertil, []tracker.Status{answered, declined}},
		"inquiry, editor":        {tracker.PressInquiry, received, editor, nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			c := &tracker.Case{Kind: tt.kind, Status: tt.status, Unit: unitComms}
			if got := tracker.AllowedMoves(c, tt.actor); !slices.Equal(got, tt.want) {
				t.Errorf("AllowedMoves = %v, want %v", got, tt.want)
			}
		})
	}
}
