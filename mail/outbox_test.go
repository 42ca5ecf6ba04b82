package mail_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	gomail "github.com/emersion/go-message/mail"
	"github.com/lagesbild/lagesbild/mail"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/trackertest"
	"gorm.io/gorm"
)

// A decision goes out as its letter in PDF, kept with the case as a
// document; when the relay has taken it, the delivery is recorded and the
// appeal deadline runs from that day.
func TestSendDecisionLetter(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2025-03-10 09:00")
		s, cases, clock := newStores(t, db, now)
		rl, snd := pressSender(t, s)
		in := trackertest.DocRequest(now)
		in.Unit = trackertest.UnitComms
		in.Requester = tracker.Requester{Name: "Sara Lind", Email: "sara.lind@mejl.example"}
		cs := trackertest.MustCreate(t, cases, in, anna)
		trackertest.MustMove(t, cases, cs.ID, anna, tracker.StatusRefused)

		_, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "sara.lind@mejl.example", Subject: "Beslut", Kind: "brev"}, anna)
		trackertest.WantField(t, err, "kind")

		clock.Set(trackertest.Sthlm(t, "2025-03-10 10:00"))
		out, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "sara.lind@mejl.example", Subject: "Beslut om din begäran",
			Kind: mail.KindDecision}, anna)
		if err != nil {
			t.Fatal(err)
		}
		if !out.AttachDecision || out.DocumentID == nil || !strings.Contains(out.Body, "Beslut "+cs.Number+".pdf") {
			t.Fatalf("queued decision %+v", out)
		}
		letter, err := s.Document(ctx, *out.DocumentID, anna)
		if err != nil {
			t.Fatal(err)
		}
		if letter.CaseID != cs.ID || letter.Source != mail.SourceDecision || letter.ContentType != "application/pdf" ||
			!bytes.HasPrefix(letter.Content, []byte("%PDF-")) {
			t.Errorf("the letter kept with the case: %s %s %s %q", letter.Name, letter.Source, letter.ContentType, letter.Content[:min(8, len(letter.Content))])
		}
		if c, _ := cases.Case(ctx, cs.ID); c.DeliveredAt != nil {
			t.Errorf("delivery recorded at %v, before the relay took the mail", c.DeliveredAt)
		}

		clock.Set(trackertest.Sthlm(t, "2025-03-10 10:05"))
		if n, err := snd.Flush(ctx); err != nil || n != 1 {
			t.Fatalf("flush: sent %d, %v", n, err)
		}
		if len(rl.got) != 1 {
			t.Fatalf("relay got %d messages", len(rl.got))
		}
		name, content := pdfAttachment(t, rl.got[0])
		if name != letter.Name || !bytes.Equal(content, letter.Content) {
			t.Errorf("attachment %q (%d bytes), want %q (%d bytes)", name, len(content), letter.Name, len(letter.Content))
		}
		c, err := cases.Case(ctx, cs.ID)
		if err != nil {
			t.Fatal(err)
		}
		sent := trackertest.Sthlm(t, "2025-03-10 10:05")
		if c.DeliveredAt == nil || !c.DeliveredAt.Equal(sent) {
			t.Errorf("delivered at %v, want %v (when the relay took it)", c.DeliveredAt, sent)
		}
		if c.AppealDeadline == nil || c.AppealDeadline.In(tracker.Stockholm).Format(time.DateOnly) != "2025-03-31" {
			t.Errorf("appeal deadline %v, want the end of 2025-03-31", c.AppealDeadline)
		}
		wantEvents(t, cases, cs.ID, tracker.EventCreated, tracker.EventTransition, tracker.EventDocumentAdd,
			tracker.EventMailOut, tracker.EventMailOut, tracker.EventDelivered)
	})
}

// A question to the requester goes out as plain text, marked as a question.
func TestSendQuestion(t *testing.T) {
	db := openSQLite(t)
	ctx := context.Background()
	now := trackertest.Sthlm(t, "2025-03-10 09:00")
	s, cases, _ := newStores(t, db, now)
	rl, addr := startRelay(t)
	snd := s.NewSender(mail.SenderOptions{Relay: addr, From: "press@region.example"})
	cs := trackertest.MustCreate(t, cases, trackertest.DocRequest(now), anna)
	out, err := s.Send(ctx, cs.ID, mail.Outgoing{To: "sara.lind@mejl.example", Subject: "Vilka handlingar?",
		Body: "Avser din begäran hela 2024 eller bara december?", Kind: mail.KindQuestion}, anna)
	if err != nil {
		t.Fatal(err)
	}
	if out.Kind != mail.KindQuestion || out.AttachDecision || out.DocumentID != nil {
		t.Errorf("queued question %+v", out)
	}
	if n, err := snd.Flush(ctx); err != nil || n != 1 {
		t.Fatalf("flush: sent %d, %v", n, err)
	}
	if !strings.Contains(rl.got[0], "hela 2024") || strings.Contains(rl.got[0], "multipart") {
		t.Errorf("relay got %q", rl.got[0])
	}
	events, err := cases.Events(ctx, cs.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := events[len(events)-1]; last.Type != tracker.EventMailOut || !strings.Contains(last.Data, `"kind":"question"`) ||
		!strings.Contains(last.Data, `"status":"sent"`) {
		t.Errorf("last event %s %s", last.Type, last.Data)
	}
}

// pdfAttachment reads the one attachment of a raw message.
func pdfAttachment(t *testing.T, raw string) (string, []byte) {
	t.Helper()
	r, err := gomail.CreateReader(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	for {
		p, err := r.NextPart()
		if errors.Is(err, io.EOF) {
			t.Fatal("no attachment")
		}
		if err != nil {
			t.Fatal(err)
		}
		if h, ok := p.Header.(*gomail.AttachmentHeader); ok {
			name, _ := h.Filename()
			if ct, _, _ := h.ContentType(); ct != "application/pdf" {
				t.Errorf("attachment type %s", ct)
			}
			b, err := io.ReadAll(p.Body)
			if err != nil {
				t.Fatal(err)
			}
			return name, b
		}
	}
}

// An answer sent from a press inquiry may also mark it answered, with the
// mail's text as the answer: the move comes first, so a refused one sends
// nothing. Only an answer does it, and only for an open press inquiry.
func TestAnswerByMailMarksThePressInquiryAnswered(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2024-11-19 10:00")
		s, cases, _ := newStores(t, db, now)
		inquiry := trackertest.MustCreate(t, cases, trackertest.PressInquiry(now), anna)
		request := trackertest.MustCreate(t, cases, trackertest.DocRequest(now), anna)
		answer := mail.Outgoing{To: "karin@svt.example", Subject: "Svar", Body: "Väntetiden är tre veckor.", MarkAnswered: true}

		if !mail.MayMarkAnswered(inquiry, anna) || mail.MayMarkAnswered(request, anna) || mail.MayMarkAnswered(inquiry, trackertest.Analyst) {
			t.Error("MayMarkAnswered: want an open press inquiry and a role that works the register")
		}
		question := answer
		question.Kind = mail.KindQuestion
		_, err := s.Send(ctx, inquiry.ID, question, anna)
		trackertest.WantField(t, err, "mark_answered")
		_, err = s.Send(ctx, request.ID, answer, anna)
		trackertest.WantField(t, err, "mark_answered")
		// An answer too long for the case is refused before the case moves.
		long := answer
		long.Body = strings.Repeat("Väntetiden är tre veckor. ", 1000)
		_, err = s.Send(ctx, inquiry.ID, long, anna)
		trackertest.WantField(t, err, "body")
		if cs, _ := cases.Case(ctx, inquiry.ID); cs.Status == tracker.StatusAnswered {
			t.Error("a refused answer moved the case to answered")
		}

		if _, err := s.Send(ctx, inquiry.ID, answer, anna); err != nil {
			t.Fatal(err)
		}
		cs, err := cases.Case(ctx, inquiry.ID)
		if err != nil || cs.Status != tracker.StatusAnswered || cs.Answer != "Väntetiden är tre veckor." {
			t.Errorf("after the answer: %s %q, %v", cs.Status, cs.Answer, err)
		}
		wantEvents(t, cases, inquiry.ID, tracker.EventCreated, tracker.EventTransition, tracker.EventMailOut)

		// Answered already: marking again is refused, and nothing more is queued.
		_, err = s.Send(ctx, inquiry.ID, answer, anna)
		trackertest.WantField(t, err, "mark_answered")
		if out, _ := s.Outbox(ctx, inquiry.ID); len(out) != 1 {
			t.Errorf("outbox holds %d messages, want the one answer", len(out))
		}
	})
}

// An answer to someone who wrote to the case replies to their newest mail
// (In-Reply-To, References), so their mail program keeps the conversation
// together; a mail to someone who has not written starts a new one.
func TestAnswerJoinsTheRequestersConversation(t *testing.T) {
	eachDB(t, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		now := trackertest.Sthlm(t, "2024-11-19 10:00")
		s, _, _ := newStores(t, db, now)
		rl, snd := pressSender(t, s)
		in, _, err := s.Intake(ctx, msg{ID: "fraga@vastnytt.example", Subject: "Begäran", Body: "Jag begär att få ta del av avtalet.",
			Headers: []string{"References: <tidigare@vastnytt.example>"}}.raw(), mail.Source{ReceivedAt: now})
		if err != nil {
			t.Fatal(err)
		}
		cs, err := s.Register(ctx, in.ID, mail.Overrides{}, anna)
		if err != nil {
			t.Fatal(err)
		}
		for _, to := range []string{"Kim@Vastnytt.example", "registrator@region.example"} {
			if _, err := s.Send(ctx, cs.ID, mail.Outgoing{To: to, Subject: "Svar", Body: "Här är avtalet."}, anna); err != nil {
				t.Fatal(err)
			}
		}
		if n, err := snd.Flush(ctx); err != nil || n != 2 {
			t.Fatalf("sent %d, %v", n, err)
		}
		if len(rl.got) != 2 {
			t.Fatalf("the relay got %d messages", len(rl.got))
		}
		toKim, toRegistrar := rl.got[0], rl.got[1]
		if !strings.Contains(toKim, "In-Reply-To: <fraga@vastnytt.example>") ||
			!strings.Contains(toKim, "References: <tidigare@vastnytt.example> <fraga@vastnytt.example>") {
			t.Errorf("the answer to Kim does not join the conversation:\n%s", toKim)
		}
		if strings.Contains(toRegistrar, "In-Reply-To") || strings.Contains(toRegistrar, "References") {
			t.Errorf("the mail to the registrar answers something:\n%s", toRegistrar)
		}
	})
}
