package tracker_test

import (
	"context"
	"encoding/json"
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
	unitComms   = "Kommunikation"
	unitFinance = "Ekonomi"
	authority   = "Region Exempel"
	appealCourt = "Kammarrätten i Göteborg"
	legalGround = "OSL 25 kap. 1 §"
	reasoning   = "Handlingarna innehåller uppgifter om enskildas hälsotillstånd."
)

var (
	admin   = tracker.Actor{Username: "admin", Role: tracker.RoleAdmin}
	anna    = tracker.Actor{Username: "anna", Role: tracker.RolePressOfficer, Delegations: []string{unitComms}}
	bertil  = tracker.Actor{Username: "bertil", Role: tracker.RolePressOfficer}
	analyst = tracker.Actor{Username: "ada", Role: tracker.RoleAnalyst}
	editor  = tracker.Actor{Username: "erik", Role: tracker.RoleEditor}
)

// clock is the store's injected time; tick, when set, moves it on at every reading.
type clock struct {
	mu   sync.Mutex
	t    time.Time
	tick time.Duration
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := c.t
	c.t = c.t.Add(c.tick)
	return t
}

func (c *clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

func (c *clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newStore returns a store over db whose clock starts at now, with the test
// users (admin, anna, bertil, ada, erik) created.
func newStore(tb testing.TB, db *gorm.DB, now time.Time) (*tracker.Store, *clock) {
	tb.Helper()
	c := &clock{t: now}
	s := tracker.NewStore(db, tracker.Options{
		Now:          c.Now,
		Authority:    authority,
		AppealCourt:  appealCourt,
		Units:        []string{unitComms, unitFinance},
		PasswordCost: bcrypt.MinCost,
	})
	for _, a := range []tracker.Actor{admin, anna, bertil, analyst, editor} {
		_, err := s.CreateUser(context.Background(), tracker.NewUser{
			Username: a.Username, Name: strings.ToUpper(a.Username[:1]) + a.Username[1:],
			Password: "ett långt lösenord", Role: a.Role, Delegations: a.Delegations,
		})
		if err != nil {
			tb.Fatalf("create user %s: %v", a.Username, err)
		}
		if err := s.SetTitle(context.Background(), a.Username, "presssekreterare", admin); err != nil {
			tb.Fatalf("set title of %s: %v", a.Username, err)
		}
	}
	return s, c
}

// sthlm parses "2006-01-02 15:04" as Stockholm wall-clock time.
func sthlm(tb testing.TB, s string) time.Time {
	tb.Helper()
	t, err := time.ParseInLocation("2006-01-02 15:04", s, tracker.Stockholm)
	if err != nil {
		tb.Fatal(err)
	}
	return t
}

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

// docRequest is a valid document request received at received.
func docRequest(received time.Time) tracker.NewCase {
	return tracker.NewCase{Kind: tracker.DocumentRequest, Subject: "Begäran om protokoll",
		Channel: tracker.ChannelEmail, ReceivedAt: ptr(received)}
}

// pressInquiry is a valid press inquiry received at received.
func pressInquiry(received time.Time) tracker.NewCase {
	return tracker.NewCase{Kind: tracker.PressInquiry, Subject: "Fråga om vårdköerna",
		Channel: tracker.ChannelPhone, ReceivedAt: ptr(received),
		Requester: tracker.Requester{Name: "Karin Reporter", Outlet: "SVT"}}
}

func mustCreate(tb testing.TB, s *tracker.Store, in tracker.NewCase, a tracker.Actor) *tracker.Case {
	tb.Helper()
	c, err := s.CreateCase(context.Background(), in, a)
	if err != nil {
		tb.Fatalf("create case: %v", err)
	}
	return c
}

// mustMove moves a case as admin along the statuses, with a legal ground where one is needed.
func mustMove(tb testing.TB, s *tracker.Store, id int64, a tracker.Actor, path ...tracker.Status) *tracker.Case {
	tb.Helper()
	var c *tracker.Case
	for _, to := range path {
		var err error
		c, err = s.Transition(context.Background(), id, moveTo(to), a)
		if err != nil {
			tb.Fatalf("move case %d to %s: %v", id, to, err)
		}
	}
	return c
}

func mustCase(tb testing.TB, s *tracker.Store, id int64) *tracker.Case {
	tb.Helper()
	c, err := s.Case(context.Background(), id)
	if err != nil {
		tb.Fatalf("load case %d: %v", id, err)
	}
	return c
}

// fields returns the per-field messages of a *ValidationError, failing when err is not one.
func fields(tb testing.TB, err error) map[string]string {
	tb.Helper()
	var v *tracker.ValidationError
	if !errors.As(err, &v) {
		tb.Fatalf("err = %v, want a *tracker.ValidationError", err)
	}
	return v.Fields
}

// wantField fails unless err is a *ValidationError that names field.
func wantField(tb testing.TB, err error, field string) {
	tb.Helper()
	if f := fields(tb, err); f[field] == "" {
		tb.Errorf("validation fields = %v, want a message for %q", f, field)
	}
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
