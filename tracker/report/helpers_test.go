package report_test

import (
	"slices"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/ingest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

// The register's shared fixtures (trackertest), by the names these tests use.
var (
	admin   = trackertest.Admin
	anna    = trackertest.Anna
	bertil  = trackertest.Bertil
	analyst = trackertest.Analyst
	editor  = trackertest.Editor

	sthlm        = trackertest.Sthlm
	docRequest   = trackertest.DocRequest
	pressInquiry = trackertest.PressInquiry
	wantField    = trackertest.WantField
)

// The schema the report's tests run on: the register's and the report's
// tables (migrations), with ingest's for the coverage (allMigrations).
var (
	migrations    = slices.Concat(tracker.Migrations, report.Migrations)
	allMigrations = slices.Concat(ingest.Migrations, tracker.Migrations, report.Migrations)
)

// stores are the register and the report over one database, on one clock.
type stores struct {
	*report.Store
	register *tracker.Store
}

// newStore returns the report's store and the register under it, whose
// clock starts at now, with the test users created.
func newStore(tb testing.TB, db *gorm.DB, now time.Time) (*stores, *trackertest.Clock) {
	tb.Helper()
	reg, c := trackertest.NewStore(tb, db, now)
	return &stores{Store: report.NewStore(db, reg, report.Options{Now: c.Now}), register: reg}, c
}

func mustCreate(tb testing.TB, s *stores, in tracker.NewCase, a tracker.Actor) *tracker.Case {
	tb.Helper()
	return trackertest.MustCreate(tb, s.register, in, a)
}

func mustMove(tb testing.TB, s *stores, id int64, a tracker.Actor, path ...tracker.Status) *tracker.Case {
	tb.Helper()
	return trackertest.MustMove(tb, s.register, id, a, path...)
}

func ptr[T any](v T) *T { return &v }
