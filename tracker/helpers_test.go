package tracker_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
)

// The shared fixtures (trackertest), by the names these tests use.
type clock = trackertest.Clock

const (
	unitComms   = trackertest.UnitComms
	unitFinance = trackertest.UnitFinance
	authority   = trackertest.Authority
	appealCourt = trackertest.AppealCourt
	legalGround = trackertest.LegalGround
	reasoning   = trackertest.Reasoning
)

var (
	admin   = trackertest.Admin
	anna    = trackertest.Anna
	bertil  = trackertest.Bertil
	analyst = trackertest.Analyst
	editor  = trackertest.Editor

	newStore      = trackertest.NewStore
	sthlm         = trackertest.Sthlm
	docRequest    = trackertest.DocRequest
	pressInquiry  = trackertest.PressInquiry
	mustCreate    = trackertest.MustCreate
	mustMove      = trackertest.MustMove
	moveTo        = trackertest.MoveTo
	conditionsFor = trackertest.ConditionsFor
	fields        = trackertest.Fields
	wantField     = trackertest.WantField
)

// endOf is 23:59:59 Stockholm time on the day "2006-01-02".
func endOf(tb testing.TB, day string) time.Time {
	tb.Helper()
	d, err := time.ParseInLocation(time.DateOnly, day, tracker.Stockholm)
	if err != nil {
		tb.Fatal(err)
	}
	return time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 59, 0, tracker.Stockholm)
}

func ptr[T any](v T) *T { return &v }

func mustCase(tb testing.TB, s *tracker.Store, id int64) *tracker.Case {
	tb.Helper()
	c, err := s.Case(context.Background(), id)
	if err != nil {
		tb.Fatalf("load case %d: %v", id, err)
	}
	return c
}

func eventData(tb testing.TB, e tracker.Event) map[string]any {
	tb.Helper()
	var m map[string]any
	if err := json.Unmarshal([]byte(e.Data), &m); err != nil {
		tb.Fatalf("event %d data %q: %v", e.ID, e.Data, err)
	}
	return m
}

func numbers(cs []tracker.Case) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Number
	}
	return out
}
