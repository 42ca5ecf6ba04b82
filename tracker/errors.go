package tracker

import (
	"errors"

	"github.com/lagesbild/lagesbild"
)

// Errors the register returns; web/errors.go maps them to HTTP.
var (
	ErrNotFound          = errors.New("not found")
	ErrConflict          = errors.New("conflict")
	ErrInvalidTransition = errors.New("the state machine does not allow this move")
	ErrForbidden         = errors.New("the role may not do this")
	ErrNoDelegation      = errors.New("no delegation to decide for this unit")
	ErrBadCredentials    = errors.New("wrong username, password or token")
)

// Refusal is ErrForbidden (or ErrNoDelegation) with the reason in Swedish and
// who can do it instead, for the user to read.
type Refusal struct {
	Why  string
	base error
}

func (r *Refusal) Error() string { return r.Why }
func (r *Refusal) Unwrap() error { return r.base }

// Forbidden is ErrForbidden saying why.
func Forbidden(why string) error { return &Refusal{Why: why, base: ErrForbidden} }

// ValidationError says, per field, what is wrong with the input.
type ValidationError = lagesbild.ValidationError

func isUniqueViolation(err error) bool { return lagesbild.IsUniqueViolation(err) }
