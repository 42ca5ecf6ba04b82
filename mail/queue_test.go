package mail_test

import (
	"context"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

// A mail of no case (an alert, a report to a list) goes through the same
// outbox: text, HTML and a PDF over a real SMTP exchange.
func TestQueueWithoutACase(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 10:00"))
		rl, addr := startRelay(t)
		snd := s.NewSender(mail.SenderOptions{Relay: addr, From: "Lägesbild <bevakning@region.example>"})
		var v *tracker.ValidationError
		if _, err := s.Queue(ctx, mail.Notice{To: "inte en adress", Subject: "x", Text: "y"}); !asValidation(err, &v) || v.Fields["to"] == "" {
			t.Errorf("bad address: %v", err)
		}
		m, err := s.Queue(ctx, mail.Notice{To: "Kim <kim@region.example>", Subject: "Lägesbild v. 47", Text: "Se bilagan.",
			HTML: "<p>Se <b>bilagan</b>.</p>", AttachmentName: "lagesbild-2024-W47.pdf", AttachmentType: "application/pdf",
			Attachment: []byte("%PDF-1.4 test")})
		if err != nil {
			t.Fatal(err)
		}
		if n, err := snd.Flush(ctx); err != nil || n != 1 {
			t.Fatalf("flush: %d %v", n, err)
		}
		if len(rl.got) != 1 {
			t.Fatalf("relay got %d messages", len(rl.got))
		}
		got := rl.got[0]
		for _, want := range []string{"multipart/mixed", "text/plain", "text/html", "filename=lagesbild-2024-W47.pdf", "application/pdf"} {
			if !strings.Contains(got, want) {
				t.Errorf("message lacks %q:\n%s", want, got)
			}
		}
		if back, err := s.OutboxMessage(ctx, m.ID); err != nil || back.Status != mail.OutSent || back.CaseID != nil {
			t.Errorf("outbox row: %+v %v", back, err)
		}
	})
}

func asValidation(err error, v **tracker.ValidationError) bool {
	e, ok := err.(*tracker.ValidationError)
	*v = e
	return ok
}
