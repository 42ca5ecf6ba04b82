package tracker

import "slices"

// Status is where a case stands.
type Status string

const (
	StatusReceived          Status = "received"
	StatusInProgress        Status = "in_progress"
	StatusReleased          Status = "released"
	StatusPartiallyReleased Status = "partially_released"
	// StatusReleasedWithConditions: released with a förbehåll (OSL 10 kap. 14 §)
	// that limits how the requester may use it; an appealable decision.
	StatusReleasedWithConditions Status = "conditional_release"
	StatusRefused                Status = "refused"
	// StatusOfficialRefusal: an official said no and told the requester of the
	// right to ask for a written decision by the authority (OSL 6 kap. 3 §).
	// Not a decision and not appealable.
	StatusOfficialRefusal Status = "official_refusal"
	// StatusDecisionRequested: the requester asked for the authority's
	// decision; the case is open again with someone who has the delegation.
	StatusDecisionRequested Status = "decision_requested"
	StatusWithdrawn         Status = "withdrawn"
	StatusForwarded         Status = "forwarded"
	StatusAnswered          Status = "answered"
	StatusDeclined          Status = "declined"
	StatusClosed            Status = "closed"
)

// Label is the Swedish name of the status.
func (s Status) Label() string {
	switch s {
	case StatusReceived:
		return "Inkommen"
	case StatusInProgress:
		return "Under handläggning"
	case StatusReleased:
		return "Utlämnad"
	case StatusPartiallyReleased:
		return "Delvis utlämnad"
	case StatusReleasedWithConditions:
		return "Utlämnad med förbehåll"
	case StatusRefused:
		return "Avslag"
	case StatusWithdrawn:
		return "Återkallad"
	case StatusOfficialRefusal:
		return "Nekad av handläggare"
	case StatusDecisionRequested:
		return "Prövning begärd"
	case StatusForwarded:
		return "Överlämnad"
	case StatusAnswered:
		return "Besvarad"
	case StatusDeclined:
		return "Avböjd"
	case StatusClosed:
		return "Avslutad"
	}
	return string(s)
}

// IsOutcome tells whether reaching s gives the case its outcome.
func (s Status) IsOutcome() bool {
	switch s {
	case StatusReleased, StatusPartiallyReleased, StatusReleasedWithConditions, StatusRefused, StatusWithdrawn, StatusForwarded,
		StatusAnswered, StatusDeclined, StatusOfficialRefusal:
		return true
	}
	return false
}

// IsDecision tells whether reaching s is a formal, appealable decision of the
// authority (OSL 6 kap. 7 §): a refusal, a partial refusal or a release with
// conditions. It needs a delegation, reasons (FL 32 §) and an appeal
// instruction (FL 33 §).
func (s Status) IsDecision() bool {
	return s == StatusPartiallyReleased || s == StatusRefused || s == StatusReleasedWithConditions
}

// NeedsLegalGround tells whether a move to s records what the decision rests
// on (its basis and, for secrecy, the provision).
func (s Status) NeedsLegalGround() bool { return s.IsDecision() }

// NeedsDelegation tells whether only a user with the right to decide for the
// case's unit may make the move: these are formal, appealable decisions.
func (s Status) NeedsDelegation() bool { return s.IsDecision() }

// moves is the state machine: for each kind, the statuses each status may move to.
var moves = map[Kind]map[Status][]Status{
	DocumentRequest: {
		StatusReceived:               {StatusInProgress, StatusReleased, StatusReleasedWithConditions, StatusPartiallyReleased, StatusRefused, StatusOfficialRefusal, StatusWithdrawn, StatusForwarded},
		StatusInProgress:             {StatusReleased, StatusReleasedWithConditions, StatusPartiallyReleased, StatusRefused, StatusOfficialRefusal, StatusWithdrawn, StatusForwarded},
		StatusOfficialRefusal:        {StatusDecisionRequested, StatusClosed},
		StatusDecisionRequested:      {StatusReleased, StatusReleasedWithConditions, StatusPartiallyReleased, StatusRefused, StatusWithdrawn},
		StatusReleased:               {StatusClosed},
		StatusReleasedWithConditions: {StatusClosed},
		StatusPartiallyReleased:      {StatusClosed},
		StatusRefused:                {StatusClosed},
		StatusWithdrawn:              {StatusClosed},
		StatusForwarded:              {StatusClosed},
	},
	PressInquiry: {
		StatusReceived:   {StatusInProgress, StatusAnswered, StatusDeclined},
		StatusInProgress: {StatusAnswered, StatusDeclined},
		StatusAnswered:   {StatusClosed},
		StatusDeclined:   {StatusClosed},
	},
}

// Statuses lists every status a case of kind k can have, in workflow order.
func Statuses(k Kind) []Status {
	if k == PressInquiry {
		return []Status{StatusReceived, StatusInProgress, StatusAnswered, StatusDeclined, StatusClosed}
	}
	return []Status{StatusReceived, StatusInProgress, StatusOfficialRefusal, StatusDecisionRequested, StatusReleased,
		StatusReleasedWithConditions, StatusPartiallyReleased, StatusRefused, StatusWithdrawn, StatusForwarded, StatusClosed}
}

// ValidStatus tells whether s is a status of kind k (or of any kind when k is empty).
func ValidStatus(k Kind, s Status) bool {
	if k == "" {
		return slices.Contains(Statuses(DocumentRequest), s) || slices.Contains(Statuses(PressInquiry), s)
	}
	return slices.Contains(Statuses(k), s)
}

// CanMove tells whether the state machine allows from → to for kind k.
func CanMove(k Kind, from, to Status) bool {
	return slices.Contains(moves[k][from], to)
}

// NextStatuses lists the moves the state machine allows from the case's status.
func NextStatuses(c *Case) []Status { return moves[c.Kind][c.Status] }

// AllowedMoves lists the moves the actor may make on the case now: the state
// machine's moves, less those the actor lacks the role or delegation for.
func AllowedMoves(c *Case, a Actor) []Status {
	var out []Status
	for _, to := range NextStatuses(c) {
		if a.mayMove(c, to) == nil {
			out = append(out, to)
		}
	}
	return out
}

// mayMove says why the actor may not make the move, or nil.
func (a Actor) mayMove(c *Case, to Status) error {
	if !a.Role.WorksRegister() {
		return ErrForbidden
	}
	if to.NeedsDelegation() && !a.CanDecide(c.Unit) {
		return ErrNoDelegation
	}
	return nil
}
