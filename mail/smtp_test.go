package mail_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

// startReceiver runs the SMTP receiver on a free port for the test.
func startReceiver(t *testing.T, s *mail.Store) string { return startReceiverTB(t, s) }

func startReceiverTB(t testing.TB, s *mail.Store) string {
	t.Helper()
	r, err := s.NewReceiver(mail.ReceiverOptions{Domains: []string{"region.example"}})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- r.Serve(ctx, l) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("receiver: %v", err)
		}
	})
	return l.Addr().String()
}

func TestReceiverTakesMailOverSMTP(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2024-11-19 10:00")
		s, _, _ := newStores(t, db, now)
		addr := startReceiver(t, s)

		raw := msg{ID: "smtp1@x", Subject: "Begäran", Body: "Jag begär att få ta del av allmänna handlingar.", Attachment: pdf}.raw()
		if err := sendPlain(addr, "kim@vastnytt.example", []string{"press@region.example"}, bytes.NewReader(raw)); err != nil {
			t.Fatal(err)
		}
		// Delivered again (the forwarding server retried): still one message.
		if err := sendPlain(addr, "kim@vastnytt.example", []string{"press@region.example"}, bytes.NewReader(raw)); err != nil {
			t.Fatal(err)
		}
		err := sendPlain(addr, "kim@vastnytt.example", []string{"someone@elsewhere.example"}, bytes.NewReader(raw))
		var se *smtp.SMTPError
		if !errors.As(err, &se) || se.Code != 550 {
			t.Errorf("relay to another domain: %v", err)
		}
		ms, total, err := s.Inbox(ctx, mail.InboxFilter{})
		if err != nil || total != 1 {
			t.Fatalf("inbox %d, %v", total, err)
		}
		if !ms[0].ReceivedAt.Equal(now) || len(ms[0].Attachments) != 1 {
			t.Errorf("message %+v", ms[0])
		}
	})
}

// A mail the authority's server kept queued while the receiver was down
// keeps the time it reached the authority (the server's Received stamp),
// so its handling time counts from then; a stamp that cannot be that
// (future, older than a queue keeps mail, unreadable) is not believed.
func TestReceiverKeepsTheTimeTheMailReachedTheAuthority(t *testing.T) {
	now := trackertest.Sthlm(t, "2024-11-25 08:00") // Monday morning
	friday := trackertest.Sthlm(t, "2024-11-22 16:55")
	stamp := func(at string) string {
		return "Received: from mail.vastnytt.example (mail.vastnytt.example [192.0.2.7])\r\n\tby mx.region.example with ESMTPS; " +
			at + "\r\nReceived: from laptop by mail.vastnytt.example; Fri, 22 Nov 2024 16:54:00 +0100\r\n"
	}
	tests := map[string]struct {
		header string
		want   time.Time
	}{
		"queued over the weekend":       {stamp("Fri, 22 Nov 2024 16:55:00 +0100"), friday},
		"with a zone comment":           {stamp("Fri, 22 Nov 2024 15:55:00 +0000 (UTC)"), friday},
		"no Received header":            {"", now},
		"a stamp in the future":         {stamp("Mon, 25 Nov 2024 09:00:00 +0100"), now},
		"older than a queue keeps mail": {stamp("Fri, 15 Nov 2024 16:55:00 +0100"), now},
		"a stamp without a date":        {"Received: from somewhere by mx.region.example\r\n", now},
		"a date that cannot be read":    {stamp("fredag eftermiddag"), now},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			raw := tt.header + string(msg{ID: "q@x", Subject: "Begäran", Body: "Hej"}.raw())
			if got := mail.ReceivedAt([]byte(raw), now); !got.Equal(tt.want) {
				t.Errorf("received at %v, want %v", got, tt.want)
			}
		})
	}

	eachDB(t, func(t *testing.T, db *gorm.DB) {
		s, _, _ := newStores(t, db, now)
		addr := startReceiver(t, s)
		raw := stamp("Fri, 22 Nov 2024 16:55:00 +0100") + string(msg{ID: "queued@x", Subject: "Begäran", Body: "Jag begär att få ta del av avtalet."}.raw())
		if err := sendPlain(addr, "kim@vastnytt.example", []string{"press@region.example"}, strings.NewReader(raw)); err != nil {
			t.Fatal(err)
		}
		ms, _, err := s.Inbox(context.Background(), mail.InboxFilter{})
		if err != nil || len(ms) != 1 {
			t.Fatalf("inbox %v, %v", ms, err)
		}
		if !ms[0].ReceivedAt.Equal(friday) {
			t.Errorf("received at %v, want Friday 16:55 (%v)", ms[0].ReceivedAt, friday)
		}
	})
}

// relay is an SMTP server in the test process that keeps what it is given;
// down makes it refuse every message.
type relay struct {
	mu   sync.Mutex
	got  []string
	down bool
}

func (r *relay) NewSession(*smtp.Conn) (smtp.Session, error) { return &relaySession{r: r}, nil }

type relaySession struct{ r *relay }

func (s *relaySession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *relaySession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *relaySession) Reset()                               {}
func (s *relaySession) Logout() error                        { return nil }
func (s *relaySession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.r.mu.Lock()
	defer s.r.mu.Unlock()
	if s.r.down {
		return &smtp.SMTPError{Code: 451, Message: "down"}
	}
	s.r.got = append(s.r.got, string(b))
	return nil
}

func startRelay(t *testing.T) (*relay, string) {
	t.Helper()
	r := &relay{}
	srv := smtp.NewServer(r)
	srv.Domain = "relay.test"
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(l) }()
	t.Cleanup(func() { _ = srv.Close() })
	return r, l.Addr().String()
}

// pressSender is a relay in the test process and the press office's sender through it.
func pressSender(t *testing.T, s *mail.Store) (*relay, *mail.Sender) {
	t.Helper()
	rl, addr := startRelay(t)
	return rl, s.NewSender(mail.SenderOptions{Relay: addr, From: "Presstjänsten <press@region.example>"})
}

func TestOutboxSendsAndRetries(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2024-11-19 10:00")
		s, cases, clock := newStores(t, db, now)
		rl, snd := pressSender(t, s)
		cs := trackertest.MustCreate(t, cases, trackertest.DocRequest(now), anna)

		if _, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "inte en adress", Subject: "", Body: ""}, anna); err == nil {
			t.Error("bad input accepted")
		}
		if _, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "a@b.example", Subject: "Svar", AttachDecision: true}, anna); err == nil {
			t.Error("a decision sent from a case without one")
		}
		out, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "kim@vastnytt.example", Subject: "Svar på din begäran", Body: "Här kommer handlingarna."}, anna)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(out.Subject, cs.Number) {
			t.Errorf("subject %q lacks %s", out.Subject, cs.Number)
		}

		rl.down = true
		if n, err := snd.Flush(ctx); err != nil || n != 0 {
			t.Fatalf("relay down: sent %d, %v", n, err)
		}
		if n, _ := snd.Flush(ctx); n != 0 {
			t.Error("retried before its time")
		}
		rl.down = false
		clock.Advance(2 * 60e9)
		if n, err := snd.Flush(ctx); err != nil || n != 1 {
			t.Fatalf("relay up: sent %d, %v", n, err)
		}
		if len(rl.got) != 1 || !strings.Contains(rl.got[0], cs.Number) || !strings.Contains(rl.got[0], "handlingarna") {
			t.Errorf("relay got %q", rl.got)
		}
		msgs, _ := s.Outbox(ctx, cs.ID)
		if len(msgs) != 1 || msgs[0].Status != mail.OutSent || msgs[0].Attempts != 2 {
			t.Errorf("outbox %+v", msgs)
		}
		wantEvents(t, cases, cs.ID, tracker.EventCreated, tracker.EventMailOut, tracker.EventMailOut)

		// A reply to what went out comes back to the case.
		reply, _, err := s.Intake(ctx, msg{ID: "svar@x", Subject: "Tack", Headers: []string{"In-Reply-To: <" + out.MessageID + ">"}}.raw(), mail.Source{})
		if err != nil || reply.CaseID == nil || *reply.CaseID != cs.ID {
			t.Errorf("reply to outgoing: %+v, %v", reply, err)
		}
	})
}

// sendPlain is one SMTP exchange without TLS (the test servers have none).
func sendPlain(addr, from string, to []string, r io.Reader) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := c.SendMail(from, to, r); err != nil {
		return err
	}
	return c.Quit()
}
