package tracker

import "slices"

// Status is where a case stands.
type Status string

const (
	StatusReceived          Status = "received"
	StatusInProgress        Status = "in_progress"
	StatusReleased          Status = "released"
	StatusPartiallyReleased Status = "partially_released"
	StatusRefused           Status = "refused"
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
	case StatusRefused:
		return "Avslag"
	case StatusWithdrawn:
		return "Återkallad"
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
	case StatusReleased, StatusPartiallyReleased, StatusRefused, StatusWithdrawn, StatusForwarded,
		StatusAnswered, StatusDeclined:
		return true
	}
	return false
}

// NeedsLegalGround tells whether a move to s must name the secrecy provision.
func (s Status) NeedsLegalGround() bool {
	return s == StatusPartiallyReleased || s == StatusRefused
}

// NeedsDelegation tells whether only a user with the right to decide for the
// case's unit may make the move: these are formal, appealable decisions.
func (s Status) NeedsDelegation() bool { return s.NeedsLegalGround() }

// moves is the state machine: for each kind, the statuses each status may move to.
var moves = map[Kind]map[Status][]Status{
	DocumentRequest: {
		StatusReceived:          {StatusInProgress, StatusReleased, StatusPartiallyReleased, StatusRefused, StatusWithdrawn, StatusForwarded},
		StatusInProgress:        {StatusReleased, StatusPartiallyReleased, StatusRefused, StatusWithdrawn, StatusForwarded},
		StatusReleased:          {StatusClosed},
		StatusPartiallyReleased: {StatusClosed},
		StatusRefused:           {StatusClosed},
		StatusWithdrawn:         {StatusClosed},
		StatusForwarded:         {StatusClosed},
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
	return []Status{StatusReceived, StatusInProgress, StatusReleased, StatusPartiallyReleased,
		StatusRefused, StatusWithdrawn, StatusForwarded, StatusClosed}
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
