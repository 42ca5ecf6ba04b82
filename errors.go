package lagesbild

import (
	"sort"
	"strings"
)

// ValidationError says, per field, what is wrong with the input. Messages are
// in Swedish: they are shown beside the field and in the API's error body.
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

// OrNil returns v when it holds a problem, else nil: `return v.OrNil()`.
func (v *ValidationError) OrNil() error {
	if v.Any() {
		return v
	}
	return nil
}

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

// IsUniqueViolation tells whether err is a unique-constraint violation on
// either database.
func IsUniqueViolation(err error) bool {
	if err == nil {
		return false
	}
	s := err.Error()
	return strings.Contains(s, "UNIQUE constraint failed") || strings.Contains(s, "SQLSTATE 23505") ||
		strings.Contains(s, "duplicate key value")
}
