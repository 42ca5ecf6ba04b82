package tracker

import (
	"errors"
	"sort"
	"strings"
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

// ValidationError says, per field, what is wrong with the input. Messages are
// in Swedish: they are shown beside the field.
type ValidationError struct {
	Fields map[string]string
}

// Add records a problem with a field (the first one per field is kept).
func (v *ValidationError) Add(field, message string) {
	if v.Fields == nil {
		v.Fields = map[string]string{}
	}
	if _, ok := v.Fields[field]; !ok {
		v.Fields[field] = message
	}
}

// Any tells whether a problem was recorded.
func (v *ValidationError) Any() bool { return len(v.Fields) > 0 }

func (v *ValidationError) Error() string {
	keys := make([]string, 0, len(v.Fields))
	for k := range v.Fields {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = k + ": " + v.Fields[k]
	}
	return "invalid input: " + strings.Join(parts, "; ")
}

func isUniqueViolation(err error) bool {
	s := err.Error()
	return strings.Contains(s, "UNIQUE constraint failed") || strings.Contains(s, "SQLSTATE 23505") ||
		strings.Contains(s, "duplicate key value")
}
