package mail_test

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

func TestIntakeStoresEachMessageOnce(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2024-11-19 10:00")
		s, _, _ := newStores(t, db, now)
		arrived := trackertest.Sthlm(t, "2024-11-19 09:13")
		raw := msg{ID: "one@x", Subject: "Fråga", Body: "Hej"}.raw()
		src := mail.Source{Mailbox: "press@imap/INBOX", UIDValidity: 7, UID: 1, ReceivedAt: arrived}

		m, created, err := s.Intake(ctx, raw, src)
		if err != nil || !created {
			t.Fatalf("first intake: created %v, %v", created, err)
		}
		if !m.ReceivedAt.Equal(arrived) {
			t.Errorf("received %v, want the server's time %v", m.ReceivedAt, arrived)
		}
		// The same UID again (a crash before the flag), and the same
		// Message-ID by another way (forwarded to the SMTP receiver).
		for name, src := range map[string]mail.Source{"same uid": src, "smtp": {ReceivedAt: now}} {
			again, created, err := s.Intake(ctx, raw, src)
			if err != nil || created || again.ID != m.ID {
				t.Errorf("%s: created %v id %d, %v", name, created, again.ID, err)
			}
		}
		// Another message under the same UID (a server that reuses it without
		// changing UIDVALIDITY) is the same one for us.
		other, created, err := s.Intake(ctx, msg{ID: "two@x", Subject: "Annan"}.raw(), src)
		if err != nil || created || other.ID != m.ID {
			t.Errorf("same uid, other message: created %v, %v", created, err)
		}
		// After UIDVALIDITY changes the UID is a new slot.
		src.UIDValidity = 8
		if _, created, err := s.Intake(ctx, msg{ID: "two@x", Subject: "Annan"}.raw(), src); err != nil || !created {
			t.Errorf("new uidvalidity: created %v, %v", created, err)
		}
		inbox, total, err := s.Inbox(ctx, mail.InboxFilter{})
		if err != nil || total != 2 || len(inbox) != 2 {
			t.Fatalf("inbox: %d %v", total, err)
		}
	})
}

func TestInboxNewestFirst(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 12:00"))
		for i, at := range []string{"2024-11-19 09:00", "2024-11-19 11:00", "2024-11-19 10:00"} {
			raw := msg{ID: string(rune('a'+i)) + "@x", Subject: at, Body: "Hej", Attachment: pdf}.raw()
			if _, _, err := s.Intake(ctx, raw, mail.Source{ReceivedAt: trackertest.Sthlm(t, at)}); err != nil {
				t.Fatal(err)
			}
		}
		ms, _, err := s.Inbox(ctx, mail.InboxFilter{Status: "new"})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range ms {
			got = append(got, m.Subject)
			if len(m.Attachments) != 1 || m.Attachments[0].Size != int64(len(pdf)) {
				t.Errorf("attachments of %s: %+v", m.Subject, m.Attachments)
			}
		}
		if want := []string{"2024-11-19 11:00", "2024-11-19 10:00", "2024-11-19 09:00"}; !equal(got, want) {
			t.Errorf("order %v, want %v", got, want)
		}
		if _, _, err := s.Inbox(ctx, mail.InboxFilter{Status: "odd"}); err == nil {
			t.Error("unknown status accepted")
		}
	})
}

func TestRegisterAttachDismiss(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, cases, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 10:00"))
		arrived := trackertest.Sthlm(t, "2024-11-19 09:13")
		in, _, err := s.Intake(ctx, msg{ID: "q@x", Subject: "Intervju om Millennium",
			Body: "Kan vi få en kommentar? Svar senast kl. 15 i dag.", Attachment: pdf}.raw(), mail.Source{ReceivedAt: arrived})
		if err != nil {
			t.Fatal(err)
		}

		cs, err := s.Register(ctx, in.ID, mail.Overrides{}, anna)
		if err != nil {
			t.Fatal(err)
		}
		if cs.Kind != tracker.PressInquiry || cs.RequesterOutlet != "Västnytt" || cs.RequesterEmail != "kim@vastnytt.example" ||
			!cs.ReceivedAt.Equal(arrived) || cs.Channel != tracker.ChannelEmail {
			t.Errorf("case: %+v", cs)
		}
		if cs.DeadlineAt == nil || !cs.DeadlineAt.Equal(trackertest.Sthlm(t, "2024-11-19 15:00")) {
			t.Errorf("deadline %v", cs.DeadlineAt)
		}
		// The mail is a document of the case (a printout), and so is its attachment.
		docs, err := s.Documents(ctx, cs.ID)
		if err != nil || len(docs) != 2 || docs[0].Source != mail.SourceMailText || docs[0].Name != "E-post inkommen 2024-11-19 09.13.txt" ||
			docs[0].ContentType != "text/plain; charset=utf-8" || docs[1].Source != mail.SourceMail || docs[1].ContentType != "application/pdf" {
			t.Fatalf("documents %+v, %v", docs, err)
		}
		printout, err := s.Document(ctx, docs[0].ID, anna)
		if err != nil {
			t.Fatal(err)
		}
		want := "Från: Kim Reporter <kim@vastnytt.example>\nTill: press@region.example\nSkickat: 2024-11-19 09:12\nInkom: 2024-11-19 09:13\n" +
			"Ämne: Intervju om Millennium\nBilaga: beslut.pdf (49 byte)\nMeddelande-id: <q@x>\n\nKan vi få en kommentar? Svar senast kl. 15 i dag.\n"
		if string(printout.Content) != want {
			t.Errorf("the mail as a document:\n%s\nwant:\n%s", printout.Content, want)
		}
		if _, err := s.Register(ctx, in.ID, mail.Overrides{}, anna); !errors.Is(err, tracker.ErrConflict) {
			t.Errorf("second register: %v", err)
		}
		wantEvents(t, cases, cs.ID, tracker.EventCreated, tracker.EventMailIn, tracker.EventDocumentAdd, tracker.EventDocumentAdd)

		// A reply with the number in the subject goes to the case by itself.
		reply, _, err := s.Intake(ctx, msg{ID: "r@x", Subject: "SV: " + cs.Number + " Intervju", Body: "Tack"}.raw(), mail.Source{})
		if err != nil || reply.CaseID == nil || *reply.CaseID != cs.ID || reply.Status != mail.StatusHandled {
			t.Errorf("reply by number: %+v, %v", reply, err)
		}
		// So does one that answers a message of the case.
		reply2, _, err := s.Intake(ctx, msg{ID: "r2@x", Subject: "Re: igen", Headers: []string{"In-Reply-To: <q@x>"}}.raw(), mail.Source{})
		if err != nil || reply2.CaseID == nil || *reply2.CaseID != cs.ID {
			t.Errorf("reply by In-Reply-To: %+v, %v", reply2, err)
		}

		// Attach by hand; dismiss with a reason.
		other, _, _ := s.Intake(ctx, msg{ID: "o@x", Subject: "Mer", Body: "Ett tillägg"}.raw(), mail.Source{})
		if err := s.Attach(ctx, other.ID, 9999, anna); err == nil {
			t.Error("attached to a case that does not exist")
		}
		if err := s.Attach(ctx, other.ID, cs.ID, anna); err != nil {
			t.Fatal(err)
		}
		spam, _, _ := s.Intake(ctx, msg{ID: "s@x", Subject: "Erbjudande", Body: "Köp"}.raw(), mail.Source{})
		if _, err := s.Dismiss(ctx, spam.ID, " ", anna); err == nil {
			t.Error("dismissed without a reason")
		}
		d, err := s.Dismiss(ctx, spam.ID, "Reklam", anna)
		if err != nil || d.Status != mail.StatusDismissed || d.DismissReason != "Reklam" {
			t.Errorf("dismiss: %+v, %v", d, err)
		}
		if _, err := s.Dismiss(ctx, spam.ID, "igen", trackertest.Analyst); !errors.Is(err, tracker.ErrForbidden) {
			t.Errorf("analyst dismisses: %v", err)
		}
		handled, total, _ := s.Inbox(ctx, mail.InboxFilter{Status: mail.StatusHandled})
		if total != 5 || len(handled) != 5 {
			t.Errorf("handled: %d", total)
		}
		if _, total, _ := s.Inbox(ctx, mail.InboxFilter{}); total != 0 {
			t.Errorf("new left: %d", total)
		}
	})
}

func TestDocuments(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2024-11-19 10:00")
		s, cases, _ := newStores(t, db, now)
		cs := trackertest.MustCreate(t, cases, trackertest.DocRequest(now), anna)
		d, err := s.AddDocument(ctx, cs.ID, "../../etc/Svar.html", []byte("<html><script>x</script></html>"), anna)
		if err != nil {
			t.Fatal(err)
		}
		if d.Name != "Svar.html" || d.ContentType != "text/html; charset=utf-8" || d.Size == 0 || len(d.SHA256) != 64 {
			t.Errorf("document %+v", d)
		}
		got, err := s.Document(ctx, d.ID, anna)
		if err != nil || string(got.Content) != "<html><script>x</script></html>" {
			t.Errorf("content %q, %v", got.Content, err)
		}
		if _, err := s.AddDocument(ctx, cs.ID, "tom", nil, anna); err == nil {
			t.Error("an empty file is accepted")
		}
		if _, err := s.AddDocument(ctx, cs.ID, "stor", make([]byte, mail.MaxDocumentSize+1), anna); err == nil {
			t.Error("an oversize file is accepted")
		}
		if _, err := s.AddDocument(ctx, 9999, "x", []byte("x"), anna); !errors.Is(err, tracker.ErrNotFound) {
			t.Errorf("no such case: %v", err)
		}
		wantEvents(t, cases, cs.ID, tracker.EventCreated, tracker.EventDocumentAdd)
	})
}

func wantEvents(t *testing.T, cases *tracker.Store, caseID int64, want ...string) {
	t.Helper()
	events, err := cases.Events(context.Background(), caseID)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range events {
		got = append(got, e.Type)
	}
	if !equal(got, want) {
		t.Errorf("events %v, want %v", got, want)
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// The suggestion's reading of the text is kept at intake; the inbox gives
// the same suggestion from what was kept as from the text, and a message
// taken in before anything was kept has its text read once and kept.
func TestSuggestionsKeptAtIntake(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, _, _ := newStores(t, db, trackertest.Sthlm(t, "2024-11-19 12:00"))
		bodies := []msg{
			{ID: "k1@x", Subject: "Intervju", Body: "Kan vi få en kommentar senast kl. 15 i dag? Det gäller 19121212-1212."},
			{ID: "k2@x", From: "Sara <sara@mejl.example>", Subject: "Begäran", Body: "Jag begär att få ta del av allmänna handlingar före fredag."},
			{ID: "k3@x", From: "info@konferens.example", Subject: "Nyhetsbrev", Body: "Välkommen!"},
		}
		for _, m := range bodies {
			if _, _, err := s.Intake(ctx, m.raw(), mail.Source{ReceivedAt: trackertest.Sthlm(t, "2024-11-19 10:00")}); err != nil {
				t.Fatal(err)
			}
		}
		// The oldest has nothing kept, as if taken in before mail/0004.
		if err := db.Exec(`UPDATE mail_messages SET signals_at = NULL, signal_words = '' WHERE message_id = 'k3@x'`).Error; err != nil {
			t.Fatal(err)
		}
		ms, _, err := s.Inbox(ctx, mail.InboxFilter{})
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Suggestions(ctx, ms)
		if err != nil {
			t.Fatal(err)
		}
		for _, listed := range ms {
			full, err := s.Message(ctx, listed.ID)
			if err != nil {
				t.Fatal(err)
			}
			want := mail.Suggest(full, s.Outlets())
			if show(got[listed.ID]) != show(want) {
				t.Errorf("%s: kept %s, from the text %s", full.Subject, show(got[listed.ID]), show(want))
			}
			if full.SignalsAt == nil {
				t.Errorf("%s: nothing kept after the inbox read it", full.Subject)
			}
		}
		if sg := got[ms[len(ms)-1].ID]; sg.Kind != tracker.PressInquiry || sg.Deadline == nil || !sg.PersonalNumber { // the first taken in
			t.Errorf("the suggestions are empty: %+v", got)
		}
	})
}

func show(s mail.Suggestion) string {
	deadline := "-"
	if s.Deadline != nil {
		deadline = s.Deadline.Format(time.RFC3339)
	}
	return fmt.Sprintf("%s|%s|%s|%v|%q", s.Kind, s.Outlet, deadline, s.PersonalNumber, s.Reasons)
}
