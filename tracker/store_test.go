package tracker_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestCreateCaseValidation(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		ctx := context.Background()
		long := func(n int) string { return strings.Repeat("å", n) }
		tests := map[string]struct {
			edit  func(in *tracker.NewCase)
			field string
		}{
			"no kind":                         {func(in *tracker.NewCase) { in.Kind = "" }, "kind"},
			"unknown kind":                    {func(in *tracker.NewCase) { in.Kind = "complaint" }, "kind"},
			"no channel":                      {func(in *tracker.NewCase) { in.Channel = "" }, "channel"},
			"unknown channel":                 {func(in *tracker.NewCase) { in.Channel = "fax" }, "channel"},
			"no subject":                      {func(in *tracker.NewCase) { in.Subject = "" }, "subject"},
			"blank subject":                   {func(in *tracker.NewCase) { in.Subject = " \t " }, "subject"},
			"subject too long":                {func(in *tracker.NewCase) { in.Subject = long(301) }, "subject"},
			"description too long":            {func(in *tracker.NewCase) { in.Description = long(20001) }, "description"},
			"press inquiry without requester": {func(in *tracker.NewCase) { in.Kind = tracker.PressInquiry }, "requester"},
			"press inquiry with only e-mail": {func(in *tracker.NewCase) {
				in.Kind, in.Requester = tracker.PressInquiry, tracker.Requester{Email: "k@svt.se"}
			}, "requester"},
			"press inquiry, blank name and outlet": {func(in *tracker.NewCase) {
				in.Kind, in.Requester = tracker.PressInquiry, tracker.Requester{Name: " ", Outlet: " "}
			}, "requester"},
			"bad e-mail":         {func(in *tracker.NewCase) { in.Requester.Email = "inte-en-adress" }, "requester.email"},
			"e-mail with a name": {func(in *tracker.NewCase) { in.Requester.Email = "Karin <k@svt.se>" }, "requester.email"},
			"name too long":      {func(in *tracker.NewCase) { in.Requester.Name = long(201) }, "requester.name"},
			"outlet too long":    {func(in *tracker.NewCase) { in.Requester.Outlet = long(201) }, "requester.outlet"},
			"phone too long":     {func(in *tracker.NewCase) { in.Requester.Phone = strings.Repeat("0", 51) }, "requester.phone"},
			"received in future": {func(in *tracker.NewCase) { in.ReceivedAt = ptr(now.Add(time.Hour)) }, "received_at"},
			"deadline before receipt": {func(in *tracker.NewCase) {
				in.Kind, in.Requester.Outlet, in.DeadlineAt = tracker.PressInquiry, "SVT", ptr(now.Add(-2*time.Hour))
			}, "deadline_at"},
			"also a request, on a request": {func(in *tracker.NewCase) { in.AlsoDocumentRequest = true }, "also_document_request"},
			"unknown unit":                 {func(in *tracker.NewCase) { in.Unit = "Marknad" }, "unit"},
			"unknown assignee":             {func(in *tracker.NewCase) { in.Assignee = "nobody" }, "assignee"},
			"assignee who reads only":      {func(in *tracker.NewCase) { in.Assignee = "ada" }, "assignee"},
			"too many topics": {func(in *tracker.NewCase) {
				for i := range 21 {
					in.Topics = append(in.Topics, fmt.Sprint("ämne ", i))
				}
			}, "topics"},
			"topic too long":           {func(in *tracker.NewCase) { in.Topics = []string{long(101)} }, "topics"},
			"idempotency key too long": {func(in *tracker.NewCase) { in.IdempotencyKey = strings.Repeat("k", 201) }, "idempotency_key"},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				in := docRequest(now.Add(-time.Hour))
				tt.edit(&in)
				_, err := s.CreateCase(ctx, in, anna)
				wantField(t, err, tt.field)
			})
		}

		t.Run("no number is used up by refused input", func(t *testing.T) {
			for _, kind := range tracker.Kinds {
				in := docRequest(now)
				if kind == tracker.PressInquiry {
					in = pressInquiry(now)
				}
				c := mustCreate(t, s, in, anna)
				if want := kind.Prefix() + "-2025-0001"; c.Number != want {
					t.Errorf("first case after refused input = %s, want %s", c.Number, want)
				}
			}
		})
	})
}

func TestCreateCase(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2024-11-22 15:00") // a Friday
		s, _ := newStore(t, db, now)
		ctx := context.Background()

		t.Run("anonymous document request", func(t *testing.T) {
			c := mustCreate(t, s, tracker.NewCase{Kind: tracker.DocumentRequest, Subject: "  Kopia av avtal  ",
				Channel: tracker.ChannelWeb}, anna)
			if c.Number != "HA-2024-0001" || c.Year != 2024 || c.Seq != 1 {
				t.Errorf("Number, Year, Seq = %s, %d, %d; want HA-2024-0001, 2024, 1", c.Number, c.Year, c.Seq)
			}
			if c.Status != tracker.StatusReceived || c.Subject != "Kopia av avtal" || c.Channel != tracker.ChannelWeb {
				t.Errorf("Status, Subject, Channel = %s, %q, %s", c.Status, c.Subject, c.Channel)
			}
			if c.HasRequester() {
				t.Errorf("anonymous request has a requester: %+v", c)
			}
			if !c.ReceivedAt.Equal(now) {
				t.Errorf("ReceivedAt = %s, want the store's now %s", c.ReceivedAt, now)
			}
			if want := endOf(t, "2024-11-25"); !c.DueAt.Equal(want) {
				t.Errorf("DueAt = %s, want %s (the Monday)", c.DueAt, want)
			}
			if c.CreatedBy != "anna" || c.OutcomeAt != nil || !c.Open() {
				t.Errorf("CreatedBy = %q, OutcomeAt = %v", c.CreatedBy, c.OutcomeAt)
			}
			if c.Overdue(now) || !c.Overdue(endOf(t, "2024-11-25").Add(time.Second)) {
				t.Error("Overdue should turn true just after the end of the due day")
			}
		})

		t.Run("requester, assignee and unit are kept", func(t *testing.T) {
			in := docRequest(sthlm(t, "2024-11-19 23:30"))
			in.Requester = tracker.Requester{Name: " Karin Svensson ", Email: "karin@example.se", Phone: "070-123 45 67"}
			in.Assignee, in.Unit = " Bertil ", unitFinance
			c := mustCreate(t, s, in, anna)
			got := mustCase(t, s, c.ID)
			if got.RequesterName != "Karin Svensson" || got.RequesterEmail != "karin@example.se" || got.RequesterPhone != "070-123 45 67" {
				t.Errorf("requester = %q %q %q", got.RequesterName, got.RequesterEmail, got.RequesterPhone)
			}
			if got.Assignee != "bertil" || got.Unit != unitFinance {
				t.Errorf("Assignee, Unit = %q, %q", got.Assignee, got.Unit)
			}
			if want := endOf(t, "2024-11-20"); !got.DueAt.Equal(want) {
				t.Errorf("DueAt = %s, want %s", got.DueAt, want)
			}
		})

		t.Run("press inquiry due at its deadline", func(t *testing.T) {
			in := pressInquiry(now.Add(-time.Hour))
			in.DeadlineAt = ptr(sthlm(t, "2024-11-22 17:00"))
			c := mustCreate(t, s, in, anna)
			if c.Number != "PF-2024-0001" {
				t.Errorf("Number = %s, want PF-2024-0001", c.Number)
			}
			if !c.DueAt.Equal(*in.DeadlineAt) || c.DeadlineAt == nil || !c.DeadlineAt.Equal(*in.DeadlineAt) {
				t.Errorf("DueAt = %s, DeadlineAt = %v, want both %s", c.DueAt, c.DeadlineAt, in.DeadlineAt)
			}
		})

		t.Run("press inquiry without deadline due by the rule", func(t *testing.T) {
			c := mustCreate(t, s, pressInquiry(now), anna)
			if want := endOf(t, "2024-11-25"); !c.DueAt.Equal(want) || c.DeadlineAt != nil {
				t.Errorf("DueAt = %s, DeadlineAt = %v, want %s, nil", c.DueAt, c.DeadlineAt, want)
			}
		})

		t.Run("press inquiry naming only the journalist", func(t *testing.T) {
			in := pressInquiry(now)
			in.Requester = tracker.Requester{Name: "Karin Reporter"}
			mustCreate(t, s, in, anna)
		})

		t.Run("press inquiry naming only the outlet", func(t *testing.T) {
			in := pressInquiry(now)
			in.Requester = tracker.Requester{Outlet: "Dagens Nyheter"}
			mustCreate(t, s, in, anna)
		})

		t.Run("unknown case", func(t *testing.T) {
			if _, err := s.Case(ctx, 424242); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
	})
}

func TestCaseNumbers(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2025-01-15 12:00"))
		steps := []struct {
			kind     tracker.Kind
			received time.Time
			want     string
		}{
			{tracker.DocumentRequest, sthlm(t, "2024-12-30 10:00"), "HA-2024-0001"},
			{tracker.DocumentRequest, sthlm(t, "2024-12-31 23:30"), "HA-2024-0002"},
			{tracker.PressInquiry, sthlm(t, "2024-12-31 12:00"), "PF-2024-0001"},
			// 23:30 UTC on New Year's Eve is already 2025 in Stockholm.
			{tracker.DocumentRequest, time.Date(2024, 12, 31, 23, 30, 0, 0, time.UTC), "HA-2025-0001"},
			{tracker.DocumentRequest, sthlm(t, "2025-01-02 09:00"), "HA-2025-0002"},
			{tracker.PressInquiry, sthlm(t, "2025-01-15 11:00"), "PF-2025-0001"},
			// Registered late: numbered in the year it was received.
			{tracker.DocumentRequest, sthlm(t, "2024-06-01 09:00"), "HA-2024-0003"},
			{tracker.PressInquiry, sthlm(t, "2025-01-15 11:30"), "PF-2025-0002"},
			{tracker.DocumentRequest, sthlm(t, "2025-01-15 11:45"), "HA-2025-0003"},
		}
		for _, st := range steps {
			in := docRequest(st.received)
			if st.kind == tracker.PressInquiry {
				in = pressInquiry(st.received)
			}
			c := mustCreate(t, s, in, anna)
			if c.Number != st.want {
				t.Errorf("received %s: Number = %s, want %s", st.received, c.Number, st.want)
			}
			var year, seq int
			if _, err := fmt.Sscanf(st.want[3:], "%d-%d", &year, &seq); err != nil {
				t.Fatal(err)
			}
			if c.Year != year || c.Seq != seq || c.Kind != st.kind {
				t.Errorf("%s: Kind, Year, Seq = %s, %d, %d", st.want, c.Kind, c.Year, c.Seq)
			}
		}
	})
}

func TestAlsoDocumentRequest(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		clk.SetTick(time.Second) // every reading of the clock is a second later
		ctx := context.Background()

		for name, received := range map[string]*time.Time{
			"received now":   nil,
			"received given": ptr(sthlm(t, "2025-05-13 16:00")),
		} {
			t.Run(name, func(t *testing.T) {
				in := pressInquiry(time.Time{})
				in.ReceivedAt = received
				in.DeadlineAt = ptr(sthlm(t, "2025-05-14 18:00"))
				in.Topics = []string{"Millennium"}
				in.AlsoDocumentRequest = true
				pi := mustCreate(t, s, in, anna)
				if pi.Kind != tracker.PressInquiry || len(pi.Links) != 1 {
					t.Fatalf("created %s with links %+v, want a press inquiry with one link", pi.Kind, pi.Links)
				}
				link := pi.Links[0]
				if link.Kind != tracker.DocumentRequest || link.Status != tracker.StatusReceived || !strings.HasPrefix(link.Number, "HA-2025-") {
					t.Errorf("link = %+v, want a received document request", link)
				}
				dr := mustCase(t, s, link.ID)
				if dr.ParentID == nil || *dr.ParentID != pi.ID {
					t.Errorf("request ParentID = %v, want %d", dr.ParentID, pi.ID)
				}
				if len(dr.Links) != 1 || dr.Links[0].ID != pi.ID || dr.Links[0].Number != pi.Number || dr.Links[0].Kind != tracker.PressInquiry {
					t.Errorf("request links = %+v, want the press inquiry %s", dr.Links, pi.Number)
				}
				if !dr.ReceivedAt.Equal(pi.ReceivedAt) {
					t.Errorf("request ReceivedAt = %s, press inquiry %s: want the same", dr.ReceivedAt, pi.ReceivedAt)
				}
				if received != nil && !pi.ReceivedAt.Equal(*received) {
					t.Errorf("ReceivedAt = %s, want %s", pi.ReceivedAt, *received)
				}
				if want := s.Calendar().DueAt(dr.ReceivedAt); !dr.DueAt.Equal(want) || dr.DeadlineAt != nil {
					t.Errorf("request DueAt = %s, DeadlineAt = %v; want %s by the rule, no deadline", dr.DueAt, dr.DeadlineAt, want)
				}
				if !pi.DueAt.Equal(*in.DeadlineAt) {
					t.Errorf("press inquiry DueAt = %s, want its deadline", pi.DueAt)
				}
				if dr.Subject != "Handlingar: "+in.Subject || dr.RequesterOutlet != "SVT" || !slices.Equal(dr.Topics, []string{"Millennium"}) {
					t.Errorf("request Subject %q, outlet %q, topics %v", dr.Subject, dr.RequesterOutlet, dr.Topics)
				}
				events, err := s.Events(ctx, pi.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(events) != 2 || events[0].Type != tracker.EventCreated || events[1].Type != tracker.EventLinked {
					t.Fatalf("press inquiry events = %+v, want created, linked", events)
				}
				if got := eventData(t, events[1])["number"]; got != dr.Number {
					t.Errorf("linked event number = %v, want %s", got, dr.Number)
				}
			})
		}
	})
}

func TestIdempotencyKey(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
		clk.SetTick(time.Millisecond)
		ctx := context.Background()
		count := func(t *testing.T) int64 {
			t.Helper()
			_, n, err := s.Cases(ctx, tracker.CaseFilter{})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		in := tracker.NewCase{Kind: tracker.DocumentRequest, Subject: "Kopia av avtal", Channel: tracker.ChannelEmail,
			IdempotencyKey: "retry-1"}

		first := mustCreate(t, s, in, anna)
		t.Run("same key, same input", func(t *testing.T) {
			again := mustCreate(t, s, in, anna)
			if again.ID != first.ID || again.Number != first.Number {
				t.Errorf("retry gave %s (id %d), want %s (id %d)", again.Number, again.ID, first.Number, first.ID)
			}
			if n := count(t); n != 1 {
				t.Errorf("%d cases, want 1", n)
			}
		})
		t.Run("same key, surrounding spaces", func(t *testing.T) {
			in := in
			in.IdempotencyKey = " retry-1 "
			if again := mustCreate(t, s, in, anna); again.ID != first.ID {
				t.Errorf("retry gave %s, want %s", again.Number, first.Number)
			}
		})
		t.Run("same key, other input", func(t *testing.T) {
			other := in
			other.Subject = "Kopia av ett annat avtal"
			if _, err := s.CreateCase(ctx, other, anna); !errors.Is(err, tracker.ErrConflict) {
				t.Errorf("err = %v, want ErrConflict", err)
			}
		})
		t.Run("same key, other user", func(t *testing.T) {
			c := mustCreate(t, s, in, bertil)
			if c.ID == first.ID || c.Number != "HA-2025-0002" {
				t.Errorf("got %s (id %d), want a new case HA-2025-0002", c.Number, c.ID)
			}
		})
		t.Run("no key, no replay", func(t *testing.T) {
			in := in
			in.IdempotencyKey = ""
			a, b := mustCreate(t, s, in, anna), mustCreate(t, s, in, anna)
			if a.ID == b.ID {
				t.Error("two creations without a key gave one case")
			}
		})
		t.Run("with a linked request", func(t *testing.T) {
			pi := pressInquiry(sthlm(t, "2025-05-14 09:00"))
			pi.AlsoDocumentRequest = true
			pi.IdempotencyKey = "retry-2"
			before := count(t)
			a, b := mustCreate(t, s, pi, anna), mustCreate(t, s, pi, anna)
			if a.ID != b.ID || a.Kind != tracker.PressInquiry || len(b.Links) != 1 {
				t.Errorf("retry gave %s with %d links, want %s with 1", b.Number, len(b.Links), a.Number)
			}
			if n := count(t); n != before+2 {
				t.Errorf("%d cases, want %d", n, before+2)
			}
		})
		t.Run("numbers stay gap-free", func(t *testing.T) {
			cs, _, err := s.Cases(ctx, tracker.CaseFilter{Kind: tracker.DocumentRequest, Sort: "received"})
			if err != nil {
				t.Fatal(err)
			}
			var seqs []int
			for _, c := range cs {
				seqs = append(seqs, c.Seq)
			}
			slices.Sort(seqs)
			for i, seq := range seqs {
				if seq != i+1 {
					t.Fatalf("document request numbers %v, want 1..%d", seqs, len(seqs))
				}
			}
		})
	})
}

func TestTopics(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		in := docRequest(now)
		in.Topics = []string{" Vården ", "Millennium", "", "Vården", "Öppenhet"}
		c := mustCreate(t, s, in, anna)
		mustCreate(t, s, docRequest(now), anna) // no topics
		want := []string{"Millennium", "Vården", "Öppenhet"}
		// The order is the database's collation; compare the sets.
		sorted := func(ts []string) []string { return slices.Sorted(slices.Values(ts)) }
		if !slices.Equal(sorted(c.Topics), want) {
			t.Errorf("created with topics %q, want %q", c.Topics, want)
		}
		cs, _, err := s.Cases(context.Background(), tracker.CaseFilter{Sort: "received"})
		if err != nil {
			t.Fatal(err)
		}
		for _, got := range cs {
			wantTopics := []string(nil)
			if got.ID == c.ID {
				wantTopics = want
			}
			if !slices.Equal(sorted(got.Topics), wantTopics) {
				t.Errorf("%s listed with topics %q, want %q", got.Number, got.Topics, wantTopics)
			}
		}
	})
}

func TestAuditTrail(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		start := sthlm(t, "2024-12-02 09:00")
		s, clk := newStore(t, db, start)
		ctx := context.Background()
		step := func() { clk.Advance(time.Hour) }

		in := docRequest(start)
		in.Requester = tracker.Requester{Name: "Karin Svensson", Email: "karin@example.se"}
		c := mustCreate(t, s, in, anna)
		step()
		if _, err := s.Assign(ctx, c.ID, tracker.Assignment{Assignee: ptr("bertil"), Unit: ptr(unitComms)}, anna); err != nil {
			t.Fatal(err)
		}
		step()
		if _, err := s.Assign(ctx, c.ID, tracker.Assignment{Assignee: ptr("anna")}, admin); err != nil {
			t.Fatal(err)
		}
		step()
		mustMove(t, s, c.ID, anna, inProgress)
		step()
		mustMove(t, s, c.ID, anna, refused)
		clk.Set(sthlm(t, "2024-12-03 11:00"))
		delivered, err := s.Deliver(ctx, c.ID, sthlm(t, "2024-12-03 10:00"), anna)
		if err != nil {
			t.Fatal(err)
		}
		if want := endOf(t, "2024-12-27"); delivered.AppealDeadline == nil || !delivered.AppealDeadline.Equal(want) {
			t.Errorf("AppealDeadline = %v, want %s", delivered.AppealDeadline, want)
		}
		step()
		mustMove(t, s, c.ID, admin, closed)

		events, err := s.Events(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		want := []struct {
			typ, actor string
			data       map[string]any
		}{
			{tracker.EventCreated, "anna", map[string]any{"number": c.Number, "status": "received", "requester": "registered"}},
			{tracker.EventAssigned, "anna", map[string]any{"old_assignee": "", "assignee": "bertil", "old_unit": "", "unit": unitComms}},
			{tracker.EventAssigned, "admin", map[string]any{"old_assignee": "bertil", "assignee": "anna"}},
			{tracker.EventTransition, "anna", map[string]any{"from": "received", "to": "in_progress"}},
			{tracker.EventTransition, "anna", map[string]any{"from": "in_progress", "to": "refused", "legal_ground": legalGround}},
			{tracker.EventDelivered, "anna", map[string]any{"appeal_deadline": "2024-12-27T22:59:59Z"}},
			{tracker.EventTransition, "admin", map[string]any{"from": "refused", "to": "closed"}},
		}
		if len(events) != len(want) {
			for _, e := range events {
				t.Logf("%s %s %s %s", e.At, e.Actor, e.Type, e.Data)
			}
			t.Fatalf("%d events, want %d", len(events), len(want))
		}
		for i, w := range want {
			e := events[i]
			if e.Type != w.typ || e.Actor != w.actor || e.CaseID != c.ID {
				t.Errorf("event %d = %s by %s, want %s by %s", i, e.Type, e.Actor, w.typ, w.actor)
			}
			data := eventData(t, e)
			for k, v := range w.data {
				if data[k] != v {
					t.Errorf("event %d (%s) %s = %v, want %v", i, e.Type, k, data[k], v)
				}
			}
			if i > 0 && e.At.Before(events[i-1].At) {
				t.Errorf("event %d at %s is before event %d at %s: want oldest first", i, e.At, i-1, events[i-1].At)
			}
			if strings.Contains(e.Data, "Karin") || strings.Contains(e.Data, "karin@") {
				t.Errorf("event %d holds personal data: %s", i, e.Data)
			}
		}
		if ai, _ := eventData(t, events[4])["appeal_instruction"].(string); !strings.Contains(ai, "Kammarrätten") {
			t.Errorf("refusal event appeal_instruction = %q", ai)
		}
		if !events[0].At.Equal(start) || !events[len(events)-1].At.Equal(sthlm(t, "2024-12-03 12:00")) {
			t.Errorf("events run %s … %s, want the injected clock's times", events[0].At, events[len(events)-1].At)
		}
	})
}

func TestAuditTrailIsAppendOnly(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		c := mustCreate(t, s, docRequest(now), anna)
		mustMove(t, s, c.ID, anna, inProgress)
		before, err := s.Events(context.Background(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		for name, stmt := range map[string]string{
			"update one": "UPDATE case_events SET actor = 'mallory' WHERE id = ?",
			"update all": "UPDATE case_events SET data = '{}' WHERE id >= ?",
			"delete one": "DELETE FROM case_events WHERE id = ?",
			"delete all": "DELETE FROM case_events WHERE id >= ?",
		} {
			t.Run(name, func(t *testing.T) {
				if err := db.Exec(stmt, before[0].ID).Error; err == nil {
					t.Errorf("%s: no error, want the database to refuse", stmt)
				}
			})
		}
		after, err := s.Events(context.Background(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(after) != len(before) {
			t.Fatalf("%d events after, %d before", len(after), len(before))
		}
		for i := range before {
			if after[i].Actor != before[i].Actor || after[i].Data != before[i].Data {
				t.Errorf("event %d changed: %+v, was %+v", i, after[i], before[i])
			}
		}
	})
}

// filterFixture is a small register as it stands on Wednesday 14 May 2025 at
// 10:00 in Stockholm.
func filterFixture(t *testing.T, db *gorm.DB) (*tracker.Store, *clock) {
	t.Helper()
	s, clk := newStore(t, db, sthlm(t, "2025-05-14 10:00"))
	doc := func(received, subject, description, assignee, unit string, topics ...string) *tracker.Case {
		in := docRequest(sthlm(t, received))
		in.Subject, in.Description, in.Assignee, in.Unit, in.Topics = subject, description, assignee, unit, topics
		return mustCreate(t, s, in, anna)
	}
	press := func(received, deadline, subject, description, assignee string, topics ...string) *tracker.Case {
		in := pressInquiry(sthlm(t, received))
		in.DeadlineAt = ptr(sthlm(t, deadline))
		in.Subject, in.Description, in.Assignee, in.Topics = subject, description, assignee, topics
		return mustCreate(t, s, in, anna)
	}
	// HA-2025-0001: due Tue 13 May, overdue.
	doc("2025-05-12 09:00", "Avtal om journalsystemet Millennium", "Begär kopia av avtalet.", "anna", unitComms, "Millennium")
	// HA-2025-0002: due today.
	doc("2025-05-13 09:00", "Sjukfrånvaro 100% per enhet", "", "", "")
	// HA-2025-0003: due Thu 15 May.
	doc("2025-05-14 08:00", "Protokoll från styrelsemöte", "Punkten om Millennium.", "bertil", unitFinance)
	// PF-2025-0001: deadline 09:30 today has passed.
	press("2025-05-14 07:00", "2025-05-14 09:30", "Intervju om vårdköer", "", "anna", "Vården")
	// PF-2025-0002: deadline later today.
	press("2025-05-14 08:30", "2025-05-14 16:00", "Kommentar om IT-avbrottet", "Gäller Millennium.", "", "Millennium", "Vården")
	// HA-2025-0004: would be overdue, but released.
	mustMove(t, s, doc("2025-05-12 10:00", "Ärendeförteckning och delegationsordning", "Beslut av Åsa Öberg.", "", "").ID, anna, released)
	// HA-2025-0005: released and closed.
	mustMove(t, s, doc("2025-04-01 10:00", "Diarieutdrag mars", "", "", "").ID, anna, released, closed)
	return s, clk
}

func TestCasesFilter(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := filterFixture(t, db)
		const (
			ha1, ha2, ha3, ha4, ha5 = "HA-2025-0001", "HA-2025-0002", "HA-2025-0003", "HA-2025-0004", "HA-2025-0005"
			pf1, pf2                = "PF-2025-0001", "PF-2025-0002"
		)
		tests := map[string]struct {
			f     tracker.CaseFilter
			want  []string // in the order listed
			total int64    // when paging; else len(want)
		}{
			"everything, newest first":       {tracker.CaseFilter{}, []string{pf2, ha3, pf1, ha2, ha4, ha1, ha5}, 0},
			"document requests":              {tracker.CaseFilter{Kind: tracker.DocumentRequest}, []string{ha3, ha2, ha4, ha1, ha5}, 0},
			"press inquiries":                {tracker.CaseFilter{Kind: tracker.PressInquiry}, []string{pf2, pf1}, 0},
			"status released":                {tracker.CaseFilter{Status: tracker.StatusReleased}, []string{ha4}, 0},
			"status closed":                  {tracker.CaseFilter{Status: tracker.StatusClosed}, []string{ha5}, 0},
			"open, soonest due first":        {tracker.CaseFilter{Open: true}, []string{ha1, pf1, pf2, ha2, ha3}, 0},
			"open, newest first on request":  {tracker.CaseFilter{Open: true, Sort: "received"}, []string{pf2, ha3, pf1, ha2, ha1}, 0},
			"open, latest due first":         {tracker.CaseFilter{Open: true, Sort: "due", Desc: ptr(true)}, []string{ha3, ha2, pf2, pf1, ha1}, 0},
			"open, oldest first":             {tracker.CaseFilter{Open: true, Sort: "received", Desc: ptr(false)}, []string{ha1, ha2, pf1, ha3, pf2}, 0},
			"open, by register number":       {tracker.CaseFilter{Open: true, Sort: "number"}, []string{ha1, ha2, ha3, pf1, pf2}, 0},
			"open, by number, descending":    {tracker.CaseFilter{Open: true, Sort: "number", Desc: ptr(true)}, []string{pf2, pf1, ha3, ha2, ha1}, 0},
			"overdue":                        {tracker.CaseFilter{Overdue: true}, []string{ha1, pf1}, 0},
			"overdue press inquiries":        {tracker.CaseFilter{Overdue: true, Kind: tracker.PressInquiry}, []string{pf1}, 0},
			"due today":                      {tracker.CaseFilter{DueToday: true}, []string{pf2, ha2}, 0},
			"unassigned":                     {tracker.CaseFilter{Unassigned: true}, []string{pf2, ha2, ha4, ha5}, 0},
			"unassigned and open":            {tracker.CaseFilter{Unassigned: true, Open: true}, []string{pf2, ha2}, 0},
			"assignee":                       {tracker.CaseFilter{Assignee: "anna"}, []string{pf1, ha1}, 0},
			"assignee in capitals":           {tracker.CaseFilter{Assignee: "ANNA"}, []string{pf1, ha1}, 0},
			"unit":                           {tracker.CaseFilter{Unit: unitComms}, []string{ha1}, 0},
			"other unit":                     {tracker.CaseFilter{Unit: unitFinance}, []string{ha3}, 0},
			"topic":                          {tracker.CaseFilter{Topic: "Millennium"}, []string{pf2, ha1}, 0},
			"topic and kind":                 {tracker.CaseFilter{Topic: "Vården", Kind: tracker.PressInquiry}, []string{pf2, pf1}, 0},
			"unknown topic":                  {tracker.CaseFilter{Topic: "Okänt"}, nil, 0},
			"query in subject or text":       {tracker.CaseFilter{Query: "millennium"}, []string{pf2, ha3, ha1}, 0},
			"query, every word must match":   {tracker.CaseFilter{Query: "avtal MILLENNIUM"}, []string{ha1}, 0},
			"query on the register number":   {tracker.CaseFilter{Query: "ha-2025-0002"}, []string{ha2}, 0},
			"query with a percent sign":      {tracker.CaseFilter{Query: "100%"}, []string{ha2}, 0},
			"percent sign is no wildcard":    {tracker.CaseFilter{Query: "%"}, []string{ha2}, 0},
			"underscore is no wildcard":      {tracker.CaseFilter{Query: "_"}, nil, 0},
			"query with å, ä, ö":             {tracker.CaseFilter{Query: "vårdköer"}, []string{pf1}, 0},
			"query, capital Ä in the text":   {tracker.CaseFilter{Query: "ärendeförteckning"}, []string{ha4}, 0},
			"query typed as stored":          {tracker.CaseFilter{Query: "Ärendeförteckning"}, []string{ha4}, 0},
			"query in capitals, Å and Ö":     {tracker.CaseFilter{Query: "ÅSA ÖBERG"}, []string{ha4}, 0},
			"query in capitals, ASCII":       {tracker.CaseFilter{Query: "PROTOKOLL"}, []string{ha3}, 0},
			"received from, to":              {tracker.CaseFilter{From: ptr(sthlm(t, "2025-05-13 00:00")), To: ptr(sthlm(t, "2025-05-14 00:00"))}, []string{ha2}, 0},
			"received from":                  {tracker.CaseFilter{From: ptr(sthlm(t, "2025-05-14 00:00"))}, []string{pf2, ha3, pf1}, 0},
			"received before":                {tracker.CaseFilter{To: ptr(sthlm(t, "2025-05-12 09:00"))}, []string{ha5}, 0},
			"from is inclusive, to is not":   {tracker.CaseFilter{From: ptr(sthlm(t, "2025-05-12 09:00")), To: ptr(sthlm(t, "2025-05-12 10:00"))}, []string{ha1}, 0},
			"everything combined":            {tracker.CaseFilter{Kind: tracker.DocumentRequest, Open: true, Assignee: "anna", Topic: "Millennium", Query: "avtal"}, []string{ha1}, 0},
			"a page":                         {tracker.CaseFilter{Limit: 2, Offset: 1}, []string{ha3, pf1}, 7},
			"the last page":                  {tracker.CaseFilter{Limit: 5, Offset: 5}, []string{ha1, ha5}, 7},
			"past the end":                   {tracker.CaseFilter{Limit: 5, Offset: 50}, nil, 7},
			"a negative offset is the start": {tracker.CaseFilter{Limit: 1, Offset: -3}, []string{pf2}, 7},
		}
		for name, tt := range tests {
			t.Run(name, func(t *testing.T) {
				cs, total, err := s.Cases(context.Background(), tt.f)
				if err != nil {
					t.Fatal(err)
				}
				if got := numbers(cs); !slices.Equal(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
					t.Errorf("Cases = %v, want %v", got, tt.want)
				}
				wantTotal := tt.total
				if wantTotal == 0 {
					wantTotal = int64(len(tt.want))
				}
				if total != wantTotal {
					t.Errorf("total = %d, want %d", total, wantTotal)
				}
			})
		}
	})
}

// A list's total and its rows are read at one moment, and the triage page's
// view at the moment of its counts: a clock that moves a day at every
// reading would otherwise count a case as not yet overdue and list it as
// overdue (or the other way round).
func TestCountsAndListReadOneMoment(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := filterFixture(t, db)
		ctx := context.Background()
		clk.Set(sthlm(t, "2025-05-14 10:00"))
		clk.SetTick(24 * time.Hour)
		for _, f := range []tracker.CaseFilter{{Overdue: true}, {DueToday: true}} {
			cs, total, err := s.Cases(ctx, f)
			if err != nil || int64(len(cs)) != total {
				t.Errorf("Cases(%+v): %d rows, total %d (%v): one moment for both", f, len(cs), total, err)
			}
		}
		counts, err := s.Triage(ctx, "anna")
		if err != nil {
			t.Fatal(err)
		}
		f := tracker.CaseFilter{Overdue: true, At: counts.At}
		if n, ok := counts.ViewTotal(f, "anna"); !ok || n != counts.Overdue {
			t.Errorf("ViewTotal at the counts' moment = %d, %v; want %d", n, ok, counts.Overdue)
		}
		if cs, err := s.CaseList(ctx, f); err != nil || int64(len(cs)) != counts.Overdue {
			t.Errorf("CaseList at the counts' moment: %d rows (%v), counted %d", len(cs), err, counts.Overdue)
		}
		f.At = counts.At.Add(time.Hour)
		if n, ok := counts.ViewTotal(f, "anna"); ok {
			t.Errorf("ViewTotal of a list read at another moment = %d, true: it must be counted", n)
		}
	})
}

func TestTriage(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := filterFixture(t, db)
		ctx := context.Background()
		tests := []struct {
			name string
			at   string
			user string
			want tracker.TriageCounts
		}{
			{"Wednesday 10:00, anna", "2025-05-14 10:00", "anna", tracker.TriageCounts{Open: 5, Overdue: 2, DueToday: 2, Unassigned: 2, Mine: 2}},
			{"Wednesday 10:00, ANNA", "2025-05-14 10:00", "ANNA", tracker.TriageCounts{Open: 5, Overdue: 2, DueToday: 2, Unassigned: 2, Mine: 2}},
			{"Wednesday 10:00, bertil", "2025-05-14 10:00", "bertil", tracker.TriageCounts{Open: 5, Overdue: 2, DueToday: 2, Unassigned: 2, Mine: 1}},
			{"Wednesday 17:00", "2025-05-14 17:00", "anna", tracker.TriageCounts{Open: 5, Overdue: 3, DueToday: 1, Unassigned: 2, Mine: 2}},
			{"Thursday 08:00", "2025-05-15 08:00", "anna", tracker.TriageCounts{Open: 5, Overdue: 4, DueToday: 1, Unassigned: 2, Mine: 2}},
			{"Friday 08:00", "2025-05-16 08:00", "nobody", tracker.TriageCounts{Open: 5, Overdue: 5, DueToday: 0, Unassigned: 2, Mine: 0}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				clk.Set(sthlm(t, tt.at))
				got, err := s.Triage(ctx, tt.user)
				if err != nil {
					t.Fatal(err)
				}
				if !got.At.Equal(sthlm(t, tt.at)) {
					t.Errorf("Triage counted at %v, want %v", got.At, sthlm(t, tt.at))
				}
				got.At = time.Time{}
				if got != tt.want {
					t.Errorf("Triage = %+v, want %+v", got, tt.want)
				}
				// The lists behind the counts agree with them.
				for name, f := range map[string]struct {
					f    tracker.CaseFilter
					want int64
				}{
					"overdue":    {tracker.CaseFilter{Overdue: true}, tt.want.Overdue},
					"due today":  {tracker.CaseFilter{DueToday: true}, tt.want.DueToday},
					"open":       {tracker.CaseFilter{Open: true}, tt.want.Open},
					"unassigned": {tracker.CaseFilter{Open: true, Unassigned: true}, tt.want.Unassigned},
					"mine":       {tracker.CaseFilter{Open: true, Assignee: tt.user}, tt.want.Mine},
				} {
					if _, n, err := s.Cases(ctx, f.f); err != nil || n != f.want {
						t.Errorf("Cases(%s) total = %d (%v), want %d", name, n, err, f.want)
					}
					// The page takes a view's total from the counts.
					paged := f.f
					paged.Limit, paged.Offset, paged.Sort = 10, 10, "number"
					if n, ok := got.ViewTotal(paged, tt.user); !ok || n != f.want {
						t.Errorf("ViewTotal(%s) = %d, %v, want %d", name, n, ok, f.want)
					}
				}
				// A view narrowed by anything else is counted by the list.
				for name, f := range map[string]tracker.CaseFilter{
					"overdue of one kind":       {Overdue: true, Kind: tracker.PressInquiry},
					"open with words":           {Open: true, Query: "avtal"},
					"someone else's":            {Open: true, Assignee: tt.user + "x"},
					"closed ones too":           {},
					"unassigned of one unit":    {Open: true, Unassigned: true, Unit: "Regionhälsan"},
					"due today received before": {DueToday: true, To: ptr(sthlm(t, "2025-05-12 09:00"))},
				} {
					if n, ok := got.ViewTotal(f, tt.user); ok {
						t.Errorf("ViewTotal(%s) = %d, true: not a view of its own", name, n)
					}
				}
				// The page reads its counts, its list with the list's total
				// and the officers together, as each reads alone.
				officers, _, err := s.AssigneesAndNames(ctx)
				if err != nil {
					t.Fatal(err)
				}
				for name, f := range map[string]tracker.CaseFilter{"a view": {Overdue: true, Limit: 1},
					"a narrowed view": {Open: true, Kind: tracker.PressInquiry, Limit: 2}, "the register": {Limit: 3, Offset: 1}} {
					page, err := s.TriagePage(ctx, tt.user, f)
					if err != nil {
						t.Fatal(err)
					}
					f.At = page.Counts.At
					cs, n, err := s.Cases(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					counts := page.Counts
					counts.At = time.Time{}
					if counts != tt.want || page.Total != n || !slices.Equal(numbers(page.Cases), numbers(cs)) ||
						len(page.Officers) != len(officers) || len(page.Names) < len(officers) {
						t.Errorf("TriagePage(%s) = %+v, %d, %q, %d officers; alone: %+v, %d, %q, %d officers",
							name, page.Counts, page.Total, numbers(page.Cases), len(page.Officers), got, n, numbers(cs), len(officers))
					}
					// The page's rows show no free text: it is not read.
					for _, c := range page.Cases {
						if c.Description != "" || c.Answer != "" || c.Subject == "" {
							t.Errorf("TriagePage(%s): case %s has description %q, answer %q, subject %q", name, c.Number, c.Description, c.Answer, c.Subject)
						}
					}
				}
			})
		}
		t.Run("end of today", func(t *testing.T) {
			clk.Set(sthlm(t, "2025-05-14 23:30"))
			if got, want := s.EndOfToday(), endOf(t, "2025-05-14"); !got.Equal(want) {
				t.Errorf("EndOfToday = %s, want %s", got, want)
			}
		})
	})
}

func TestReadersCannotWorkTheRegister(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		ctx := context.Background()
		open := mustCreate(t, s, docRequest(now), anna)
		refusedCase := mustMove(t, s, mustCreate(t, s, docRequest(now), anna).ID, admin, refused)
		for name, a := range map[string]tracker.Actor{"analyst": analyst, "editor": editor, "unknown role": {Username: "x", Role: "guest"}} {
			t.Run(name, func(t *testing.T) {
				if _, err := s.CreateCase(ctx, docRequest(now), a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("CreateCase = %v, want ErrForbidden", err)
				}
				if _, err := s.CreateCase(ctx, tracker.NewCase{}, a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("CreateCase with bad input = %v, want ErrForbidden", err)
				}
				for _, to := range []tracker.Status{inProgress, released, closed, "bogus"} {
					if _, err := s.Transition(ctx, open.ID, tracker.Transition{To: to}, a); !errors.Is(err, tracker.ErrForbidden) {
						t.Errorf("Transition to %s = %v, want ErrForbidden", to, err)
					}
				}
				if _, err := s.Assign(ctx, open.ID, tracker.Assignment{Assignee: ptr("anna")}, a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("Assign = %v, want ErrForbidden", err)
				}
				if _, err := s.Deliver(ctx, refusedCase.ID, now, a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("Deliver = %v, want ErrForbidden", err)
				}
			})
		}
		if _, n, err := s.Cases(ctx, tracker.CaseFilter{}); err != nil || n != 2 {
			t.Errorf("%d cases (%v), want the 2 created by anna", n, err)
		}
		if got := mustCase(t, s, open.ID); got.Status != received || got.Assignee != "" {
			t.Errorf("case changed: status %s, assignee %q", got.Status, got.Assignee)
		}
	})
}

func TestDeliver(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		s, clk := newStore(t, db, sthlm(t, "2025-05-08 16:00"))
		ctx := context.Background()
		decided := func(t *testing.T, to tracker.Status) *tracker.Case {
			t.Helper()
			in := docRequest(sthlm(t, "2025-05-05 09:00"))
			in.Unit = unitComms
			return mustMove(t, s, mustCreate(t, s, in, anna).ID, anna, to)
		}

		t.Run("refusal", func(t *testing.T) {
			c := decided(t, refused)
			got, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-05-08 09:00"), anna)
			if err != nil {
				t.Fatal(err)
			}
			if got.DeliveredAt == nil || !got.DeliveredAt.Equal(sthlm(t, "2025-05-08 09:00")) {
				t.Errorf("DeliveredAt = %v", got.DeliveredAt)
			}
			if want := endOf(t, "2025-05-30"); got.AppealDeadline == nil || !got.AppealDeadline.Equal(want) {
				t.Errorf("AppealDeadline = %v, want %s (29 May is Ascension Day)", got.AppealDeadline, want)
			}
		})
		t.Run("partial release, delivered again later", func(t *testing.T) {
			c := decided(t, partiallyReleased)
			if _, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-05-06 09:00"), anna); err != nil {
				t.Fatal(err)
			}
			got, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-05-07 09:00"), bertil)
			if err != nil {
				t.Fatal(err)
			}
			if want := endOf(t, "2025-05-28"); !got.AppealDeadline.Equal(want) {
				t.Errorf("AppealDeadline = %v, want %s", got.AppealDeadline, want)
			}
			events, err := s.Events(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			last := eventData(t, events[len(events)-1])
			if last["old_delivered_at"] == nil || last["delivered_at"] == nil {
				t.Errorf("second delivery event = %v, want old and new delivered_at", last)
			}
		})
		t.Run("closed refusal", func(t *testing.T) {
			c := decided(t, refused)
			mustMove(t, s, c.ID, anna, closed)
			if _, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-05-08 09:00"), anna); err != nil {
				t.Errorf("Deliver = %v, want a closed refusal deliverable", err)
			}
		})
		t.Run("delivery with the refusal itself", func(t *testing.T) {
			in := docRequest(sthlm(t, "2025-05-05 09:00"))
			in.Unit = unitComms
			c := mustCreate(t, s, in, anna)
			got, err := s.Transition(ctx, c.ID, tracker.Transition{To: refused, LegalGround: legalGround, Reasoning: reasoning,
				DeliveredAt: ptr(sthlm(t, "2024-12-03 10:00"))}, anna)
			if err != nil {
				t.Fatal(err)
			}
			if want := endOf(t, "2024-12-27"); got.AppealDeadline == nil || !got.AppealDeadline.Equal(want) {
				t.Errorf("AppealDeadline = %v, want %s (24 December is Christmas Eve)", got.AppealDeadline, want)
			}
		})
		t.Run("a release has no appeal", func(t *testing.T) {
			c := decided(t, released)
			_, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-05-08 09:00"), anna)
			wantField(t, err, "delivered_at")
		})
		t.Run("an open case has no decision", func(t *testing.T) {
			c := mustCreate(t, s, docRequest(sthlm(t, "2025-05-05 09:00")), anna)
			_, err := s.Deliver(ctx, c.ID, sthlm(t, "2025-05-08 09:00"), anna)
			wantField(t, err, "delivered_at")
		})
		t.Run("not in the future", func(t *testing.T) {
			c := decided(t, refused)
			_, err := s.Deliver(ctx, c.ID, clk.Now().Add(time.Hour), anna)
			wantField(t, err, "delivered_at")
		})
		t.Run("unknown case", func(t *testing.T) {
			if _, err := s.Deliver(ctx, 987654, sthlm(t, "2025-05-08 09:00"), anna); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
	})
}

func TestAssign(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2025-05-14 10:00")
		s, _ := newStore(t, db, now)
		ctx := context.Background()
		c := mustCreate(t, s, docRequest(now), anna)

		invalid := map[string]struct {
			as    tracker.Assignment
			field string
		}{
			"unknown user":          {tracker.Assignment{Assignee: ptr("nobody")}, "assignee"},
			"analyst":               {tracker.Assignment{Assignee: ptr("ada")}, "assignee"},
			"editor":                {tracker.Assignment{Assignee: ptr("erik")}, "assignee"},
			"unknown unit":          {tracker.Assignment{Unit: ptr("Marknad")}, "unit"},
			"nothing to change":     {tracker.Assignment{}, "assignee"},
			"good user, wrong unit": {tracker.Assignment{Assignee: ptr("anna"), Unit: ptr("Marknad")}, "unit"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				_, err := s.Assign(ctx, c.ID, tt.as, anna)
				wantField(t, err, tt.field)
			})
		}
		if got := mustCase(t, s, c.ID); got.Assignee != "" || got.Unit != "" {
			t.Fatalf("refused assignments changed the case: %q, %q", got.Assignee, got.Unit)
		}

		countEvents := func(t *testing.T) int {
			t.Helper()
			es, err := s.Events(ctx, c.ID)
			if err != nil {
				t.Fatal(err)
			}
			return len(es)
		}
		steps := []struct {
			name           string
			as             tracker.Assignment
			assignee, unit string
			events         int // added to the trail
		}{
			{"assign, name in capitals", tracker.Assignment{Assignee: ptr(" Bertil ")}, "bertil", "", 1},
			{"the same again records nothing", tracker.Assignment{Assignee: ptr("bertil")}, "bertil", "", 0},
			{"unit only", tracker.Assignment{Unit: ptr(unitComms)}, "bertil", unitComms, 1},
			{"both", tracker.Assignment{Assignee: ptr("anna"), Unit: ptr(unitFinance)}, "anna", unitFinance, 1},
			{"unassign", tracker.Assignment{Assignee: ptr(""), Unit: ptr("")}, "", "", 1},
		}
		for _, st := range steps {
			t.Run(st.name, func(t *testing.T) {
				before := countEvents(t)
				got, err := s.Assign(ctx, c.ID, st.as, admin)
				if err != nil {
					t.Fatal(err)
				}
				if got.Assignee != st.assignee || got.Unit != st.unit {
					t.Errorf("Assignee, Unit = %q, %q; want %q, %q", got.Assignee, got.Unit, st.assignee, st.unit)
				}
				if added := countEvents(t) - before; added != st.events {
					t.Errorf("%d events added, want %d", added, st.events)
				}
			})
		}
		t.Run("unknown case", func(t *testing.T) {
			if _, err := s.Assign(ctx, 987654, tracker.Assignment{Assignee: ptr("anna")}, admin); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("err = %v, want ErrNotFound", err)
			}
		})
	})
}
