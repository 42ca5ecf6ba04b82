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

// ValidationError says, per field, what is wrong with the input.
type ValidationError = lagesbild.ValidationError

func isUniqueViolation(err error) bool { return lagesbild.IsUniqueViolation(err) }
