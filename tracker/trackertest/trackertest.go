// Package trackertest holds the register's test fixtures that the tests of
// tracker and of tracker/report share: the test users, an injected clock
// and stores over a migrated database. Only tests import it.
package trackertest

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
)

// The units the test stores know, and the people who work in them.
const (
	UnitComms   = "Kommunikation"
	UnitFinance = "Ekonomi"
	Authority   = "Region Exempel"
	AppealCourt = "Kammarrätten i Göteborg"
	LegalGround = "OSL 25 kap. 1 §"
	Reasoning   = "Handlingarna innehåller uppgifter om enskildas hälsotillstånd."
)

var (
	Admin   = tracker.Actor{Username: "admin", Role: tracker.RoleAdmin}
	Anna    = tracker.Actor{Username: "anna", Role: tracker.RolePressOfficer, Delegations: []string{UnitComms}}
	Bertil  = tracker.Actor{Username: "bertil", Role: tracker.RolePressOfficer}
	Analyst = tracker.Actor{Username: "ada", Role: tracker.RoleAnalyst}
	Editor  = tracker.Actor{Username: "erik", Role: tracker.RoleEditor}
)

// Clock is a store's injected time; Tick, when set, moves it on at every reading.
type Clock struct {
	mu   sync.Mutex
	t    time.Time
	tick time.Duration
}

// NewClock is a clock that starts at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.t
	c.t = c.t.Add(c.tick)
	return t
}

func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// SetTick makes every reading move the clock on by d.
func (c *Clock) SetTick(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick = d
}

// NewStore returns a register over db whose clock starts at now, with the
// test users (admin, anna, bertil, ada, erik) created.
func NewStore(tb testing.TB, db *gorm.DB, now time.Time) (*tracker.Store, *Clock) {
	tb.Helper()
	c := NewClock(now)
	s := tracker.NewStore(db, tracker.Options{
		Now:          c.Now,
		Authority:    Authority,
		AppealCourt:  AppealCourt,
		Units:        []string{UnitComms, UnitFinance},
		PasswordCost: bcrypt.MinCost,
	})
	for _, a := range []tracker.Actor{Admin, Anna, Bertil, Analyst, Editor} {
		_, err := s.CreateUser(context.Background(), tracker.NewUser{
			Username: a.Username, Name: strings.ToUpper(a.Username[:1]) + a.Username[1:],
			Password: "ett långt lösenord", Role: a.Role, Delegations: a.Delegations,
		}, tracker.System)
		if err != nil {
			tb.Fatalf("create user %s: %v", a.Username, err)
		}
		if err := s.SetTitle(context.Background(), a.Username, "presssekreterare", Admin); err != nil {
			tb.Fatalf("set title of %s: %v", a.Username, err)
		}
	}
	return s, c
}

// Sthlm parses "2006-01-02 15:04" as Stockholm wall-clock time.
func Sthlm(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.ParseInLocation("2006-01-02 15:04", s, tracker.Stockholm)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

// DocRequest is a valid document request received at received.
func DocRequest(received time.Time) tracker.NewCase {
	return tracker.NewCase{Kind: tracker.DocumentRequest, Subject: "Begäran om protokoll",
		Channel: tracker.ChannelEmail, ReceivedAt: &received}
}

// PressInquiry is a valid press inquiry received at received.
func PressInquiry(received time.Time) tracker.NewCase {
	return tracker.NewCase{Kind: tracker.PressInquiry, Subject: "Fråga om vårdköerna",
		Channel: tracker.ChannelPhone, ReceivedAt: &received,
		Requester: tracker.Requester{Name: "Karin Reporter", Outlet: "SVT"}}
}

// MustCreate registers a case or fails the test.
func MustCreate(tb testing.TB, s *tracker.Store, in tracker.NewCase, a tracker.Actor) *tracker.Case {
	tb.Helper()
	c, err := s.CreateCase(context.Background(), in, a)
	if err != nil {
		tb.Fatalf("create case: %v", err)
	}
	return c
}

// ConditionsFor is the förbehåll a test gives a release with conditions.
func ConditionsFor(to tracker.Status) string {
	if to == tracker.StatusReleasedWithConditions {
		return "Uppgifterna får inte publiceras."
	}
	return ""
}

// MoveTo is a move to status to with everything the move asks for: a
// decision's ground and reasons, a förbehåll, who is to decide.
func MoveTo(to tracker.Status) tracker.Transition {
	tr := tracker.Transition{To: to, LegalGround: LegalGround, Reasoning: Reasoning, Conditions: ConditionsFor(to)}
	switch to {
	case tracker.StatusDecisionRequested:
		tr.Decider = Anna.Username
	case tracker.StatusAnswered:
		tr.Answer = "Fakta lämnade."
	case tracker.StatusDeclined:
		tr.Reason = "Ingen talesperson före deadline."
	}
	return tr
}

// MustMove moves a case along the statuses with everything each move asks for (MoveTo).
func MustMove(tb testing.TB, s *tracker.Store, id int64, a tracker.Actor, path ...tracker.Status) *tracker.Case {
	tb.Helper()
	var c *tracker.Case
	for _, to := range path {
		var err error
		c, err = s.Transition(context.Background(), id, MoveTo(to), a)
		if err != nil {
			tb.Fatalf("move case %d to %s: %v", id, to, err)
		}
	}
	return c
}

// Fields returns the per-field messages of a *ValidationError, failing when err is not one.
func Fields(tb testing.TB, err error) map[string]string {
	tb.Helper()
	var v *tracker.ValidationError
	if !errors.As(err, &v) {
		tb.Fatalf("err = %v, want a *tracker.ValidationError", err)
	}
	return v.Fields
}

// WantField fails unless err is a *ValidationError that names field.
func WantField(tb testing.TB, err error, field string) {
	tb.Helper()
	if f := Fields(tb, err); f[field] == "" {
		tb.Errorf("validation fields = %v, want a message for %q", f, field)
	}
}
