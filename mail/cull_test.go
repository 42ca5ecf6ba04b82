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

// Culling a case erases its documents and the personal data of its mails;
// a mail keeps its identifiers, so the mailbox is not taken in again.
func TestCullingErasesDocumentsAndMails(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, cases, clock := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 10:00"))
		raw := msg{ID: "q@x", Subject: "Intervju med Kim", Body: "Ring mig på 070-123 45 67", Attachment: pdf}.raw()
		src := mail.Source{Mailbox: "INBOX", UIDValidity: 1, UID: 7, ReceivedAt: trackertest.Sthlm(t, "2024-11-19 09:13")}
		in, _, err := s.Intake(ctx, raw, src)
		if err != nil {
			t.Fatal(err)
		}
		cs, err := s.Register(ctx, in.ID, mail.Overrides{}, anna)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.AddDocument(ctx, cs.ID, "Kims svar.txt", []byte("svar"), anna); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "kim@vastnytt.example", Subject: "Svar", Body: "Hej Kim"}, anna); err != nil {
			t.Fatal(err)
		}
		// The relay took it (the sender's work, done here by hand).
		if err := db.Model(&mail.OutboxMessage{}).Where("case_id = ?", cs.ID).Update("status", mail.OutSent).Error; err != nil {
			t.Fatal(err)
		}
		trackertest.MustMove(t, cases, cs.ID, anna, tracker.StatusAnswered)
		clock.Set(trackertest.Sthlm(t, "2025-12-01 10:00"))

		res, err := cases.Cull(ctx, s, tracker.System)
		if err != nil || len(res.Culled) != 1 {
			t.Fatalf("Cull = %+v, %v; want the press inquiry culled", res, err)
		}
		t.Run("the case's documents are gone", func(t *testing.T) {
			if docs, err := s.Documents(ctx, cs.ID); err != nil || len(docs) != 0 {
				t.Errorf("Documents = %d, %v; want none", len(docs), err)
			}
		})
		t.Run("its mail keeps no address, name, subject, text or attachment", func(t *testing.T) {
			var m mail.Message
			if err := db.Take(&m, in.ID).Error; err != nil {
				t.Fatal(err)
			}
			if m.FromAddr != "" || m.FromName != "" || m.ToAddrs != "" || m.Subject != "" || m.Text != "" || m.HTML != "" {
				t.Errorf("culled mail = %+v; want the personal data erased", m)
			}
			var n int64
			if err := db.Model(&mail.Attachment{}).Where("message_id = ?", in.ID).Count(&n).Error; err != nil || n != 0 {
				t.Errorf("attachments left = %d, %v; want none", n, err)
			}
		})
		t.Run("a mail sent from it keeps no address or text", func(t *testing.T) {
			var out mail.OutboxMessage
			if err := db.Where("case_id = ?", cs.ID).Take(&out).Error; err != nil {
				t.Fatal(err)
			}
			if out.To != "" || out.Body != "" {
				t.Errorf("culled outbox mail = %+v; want address and body erased", out)
			}
		})
		t.Run("the mailbox's copy is not taken in again", func(t *testing.T) {
			again, created, err := s.Intake(ctx, raw, src)
			if err != nil || created || again.ID != in.ID {
				t.Errorf("Intake again = %v created %v, %v; want the culled message, not a new one", again.ID, created, err)
			}
		})
		t.Run("the audit trail names neither the requester nor the file", func(t *testing.T) {
			es, err := cases.Events(ctx, cs.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range es {
				if strings.Contains(e.Data, "kim@") || strings.Contains(e.Data, "Kims svar") {
					t.Errorf("event %s keeps personal data: %s", e.Type, e.Data)
				}
			}
		})
		t.Run("running it again erases nothing more", func(t *testing.T) {
			if n, err := s.CullCase(ctx, cs.ID); err != nil || n != 0 {
				t.Errorf("CullCase again = %d, %v; want 0", n, err)
			}
		})
	})
}
