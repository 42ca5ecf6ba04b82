package ingest

import (
	"errors"

	"github.com/lagesbild/lagesbild"
)

// Errors ingestion returns; web/errors.go maps them to HTTP.
var (
	ErrNotFound      = errors.New("not found")
	ErrDuplicateFeed = errors.New("a feed with this URL already exists")
	ErrConflict      = errors.New("conflict")
)

// ValidationError says, per field, what is wrong with the input (Swedish
// messages). It is the root package's type, shared with tracker, so that
// web maps every package's validation errors in one place.
type ValidationError = lagesbild.ValidationError

func isUniqueViolation(err error) bool { return lagesbild.IsUniqueViolation(err) }
