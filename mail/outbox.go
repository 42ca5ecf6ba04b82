package mail

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/mail"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	gomail "github.com/emersion/go-message/mail"
	"github.com/emersion/go-smtp"
	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Outbox status.
const (
	OutQueued = "queued"
	OutSent   = "sent"
	OutFailed = "failed" // given up after maxAttempts
)

const maxAttempts = 20

// What an outgoing mail from a case is.
const (
	KindAnswer   = "answer"   // the answer to a request or an inquiry
	KindQuestion = "question" // a question to the requester (what is asked for, in which form)
	KindDecision = "decision" // the decision letter, attached as PDF; sending it records the delivery
)

// OutboxMessage is one outgoing mail, queued in the database until the relay takes it.
type OutboxMessage struct {
	ID             int64 `gorm:"primaryKey"`
	CaseID         *int64
	MessageID      string
	To             string `gorm:"column:to_addr"`
	Subject        string
	Body           string
	AttachDecision bool
	Kind           string
	DocumentID     *int64 // a case document sent as an attachment (the decision letter)
	Status         string
	Attempts       int
	NextAttemptAt  time.Time
	LastError      string
	CreatedBy      string
	CreatedAt      time.Time
	SentAt         *time.Time
	// HTMLBody, when set, is sent as the HTML alternative to Body.
	HTMLBody string
	// One attachment (the lägesbild's PDF), when AttachmentName is set.
	AttachmentName string
	AttachmentType string
	Attachment     []byte
}

func (OutboxMessage) TableName() string { return "mail_outbox" }

// For is the message as the role may see it listed: the address and any
// personnummer or address in the subject masked for a role that does not
// see personal data.
func (m OutboxMessage) For(r tracker.Role) OutboxMessage {
	if !r.SeesPersonalData() {
		m.To, m.Subject = tracker.MaskPersonalData(m.To), tracker.MaskPersonalData(m.Subject)
	}
	return m
}

// Notice is a mail that belongs to no case: an alert, the digest, a
// lägesbild sent to a list.
type Notice struct {
	To             string
	Subject        string
	Text           string // the plain text; required
	HTML           string // an HTML alternative; optional
	AttachmentName string
	AttachmentType string
	Attachment     []byte
	CreatedBy      string // the user, or "system"
}

// Queue puts a message that belongs to no case in the outbox; the sender
// delivers it to the relay and retries as it does a case's mail.
func (s *Store) Queue(ctx context.Context, msg Notice) (*OutboxMessage, error) {
	v := &tracker.ValidationError{}
	to, err := mail.ParseAddress(strings.TrimSpace(msg.To))
	if err != nil {
		v.Add("to", "Ange en giltig e-postadress.")
	}
	if strings.TrimSpace(msg.Subject) == "" {
		v.Add("subject", "Ange ett ämne.")
	}
	if strings.TrimSpace(msg.Text) == "" {
		v.Add("body", "Skriv ett meddelande.")
	}
	if v.Any() {
		return nil, v
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	m := &OutboxMessage{MessageID: newMessageID(), To: to.Address, Subject: clip(strings.TrimSpace(msg.Subject), 1000),
		Body: msg.Text, HTMLBody: msg.HTML, AttachmentName: msg.AttachmentName, AttachmentType: msg.AttachmentType,
		Attachment: msg.Attachment, Status: OutQueued, NextAttemptAt: now, CreatedBy: msg.CreatedBy, CreatedAt: now}
	if m.CreatedBy == "" {
		m.CreatedBy = tracker.System.Username
	}
	if err := s.db.WithContext(ctx).Create(m).Error; err != nil {
		return nil, fmt.Errorf("queue mail: %w", err)
	}
	return m, nil
}

// OutboxMessage loads one outgoing mail (its status, attempts and error).
func (s *Store) OutboxMessage(ctx context.Context, id int64) (*OutboxMessage, error) {
	var m OutboxMessage
	if err := s.db.WithContext(ctx).Take(&m, id).Error; err != nil {
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return nil, tracker.ErrNotFound
		}
		return nil, fmt.Errorf("load outbox message %d: %w", id, err)
	}
	return &m, nil
}

// Outgoing is what sending from a case takes.
type Outgoing struct {
	To             string
	Subject        string
	Body           string
	AttachDecision bool   // the decision letter as PDF with its appeal instruction; sending it records the delivery
	Kind           string // KindAnswer (default), KindQuestion or KindDecision (the same as AttachDecision)
	// MarkAnswered: the answer closes the press inquiry's work, moving it to
	// "Besvarad" with the mail's text as the answer (MayMarkAnswered).
	MarkAnswered bool
}

// MayMarkAnswered tells whether an answer sent from the case may mark it
// answered: a press inquiry the actor may move to "Besvarad".
func MayMarkAnswered(c *tracker.Case, a tracker.Actor) bool {
	return c.Kind == tracker.PressInquiry && slices.Contains(tracker.AllowedMoves(c, a), tracker.StatusAnswered)
}

// Send queues a mail from a case: the register number goes into the
// subject, the message onto the case's timeline; the sender delivers it.
// A decision goes as the decision letter in PDF, which is kept with the
// case as a document: what was sent is what the register holds.
func (s *Store) Send(ctx context.Context, caseID int64, out Outgoing, a tracker.Actor) (*OutboxMessage, error) {
	if !a.Role.WorksRegister() {
		return nil, tracker.ErrForbidden
	}
	cs, err := s.cases.Case(ctx, caseID)
	if err != nil {
		return nil, err
	}
	v := &tracker.ValidationError{}
	to, err := mail.ParseAddress(strings.TrimSpace(out.To))
	if err != nil {
		v.Add("to", "Ange en giltig e-postadress.")
	}
	switch out.Kind {
	case "":
		out.Kind = KindAnswer
	case KindAnswer, KindQuestion, KindDecision:
	default:
		v.Add("kind", "Ange answer, question eller decision.")
	}
	if out.Kind == KindDecision {
		out.AttachDecision = true
	} else if out.AttachDecision {
		out.Kind = KindDecision
	}
	out.Subject = strings.TrimSpace(out.Subject)
	if out.Subject == "" {
		v.Add("subject", "Ange ett ämne.")
	}
	if strings.TrimSpace(out.Body) == "" && !out.AttachDecision {
		v.Add("body", "Skriv ett meddelande.")
	}
	if len(out.Body) > 100_000 {
		v.Add("body", "Meddelandet är för långt.")
	}
	if out.AttachDecision && !cs.HasDecision() {
		v.Add("attach_decision", "Ärendet har inget beslut att skicka.")
	}
	switch {
	case out.MarkAnswered && out.Kind != KindAnswer:
		v.Add("mark_answered", "Bara ett svar kan markera förfrågan som besvarad.")
	case out.MarkAnswered && !MayMarkAnswered(cs, a):
		v.Add("mark_answered", "Ärendet kan inte markeras som besvarat: det är ingen öppen pressförfrågan.")
	case out.MarkAnswered && utf8.RuneCountInString(out.Body) > tracker.MaxAnswerLength:
		// Checked here, before anything moves: the case's answer is the mail.
		v.Add("body", fmt.Sprintf("Ett svar som markerar förfrågan som besvarad får vara högst %d tecken. Korta det, eller skicka utan markeringen.", tracker.MaxAnswerLength))
	}
	if v.Any() {
		return nil, v
	}
	if out.MarkAnswered {
		// First, so that a refused move sends nothing.
		if _, err := s.cases.Transition(ctx, caseID, tracker.Transition{To: tracker.StatusAnswered, Answer: out.Body}, a); err != nil {
			return nil, err
		}
	}
	subject := out.Subject
	if !strings.Contains(strings.ToUpper(subject), cs.Number) {
		subject = clip(subject, 900) + " [" + cs.Number + "]"
	}
	now := s.now().UTC().Truncate(time.Microsecond)
	m := &OutboxMessage{CaseID: &caseID, MessageID: newMessageID(), To: to.Address, Subject: subject, Body: out.Body,
		AttachDecision: out.AttachDecision, Kind: out.Kind, Status: OutQueued, NextAttemptAt: now, CreatedBy: a.Username, CreatedAt: now}
	var letter *Document
	if out.AttachDecision {
		if letter, err = s.decisionDocument(ctx, cs, a, now); err != nil {
			return nil, err
		}
		m.Body = strings.TrimSpace(out.Body) + "\n\nBeslutet med hänvisning om hur man överklagar finns i den bifogade filen " +
			letter.Name + ".\n"
	}
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if letter != nil {
			if err := tx.Create(letter).Error; err != nil {
				return err
			}
			m.DocumentID = &letter.ID
		}
		return tx.Create(m).Error
	})
	if err != nil {
		return nil, fmt.Errorf("queue mail for case %d: %w", caseID, err)
	}
	if letter != nil {
		if err := s.cases.Record(ctx, caseID, a, tracker.EventDocumentAdd, letter.eventData()); err != nil {
			return nil, err
		}
	}
	if err := s.cases.Record(ctx, caseID, a, tracker.EventMailOut, map[string]any{"outbox_id": m.ID,
		"subject": subject, "status": OutQueued, "kind": m.Kind, "attach_decision": out.AttachDecision}); err != nil {
		return nil, err
	}
	s.wakeSender()
	return m, nil
}

// decisionDocument is the case's decision letter as a PDF document, not yet stored.
func (s *Store) decisionDocument(ctx context.Context, cs *tracker.Case, a tracker.Actor, now time.Time) (*Document, error) {
	l, err := s.cases.DecisionLetter(ctx, cs.ID, a)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := tracker.WriteLetterPDF(&buf, l); err != nil {
		return nil, fmt.Errorf("write decision letter of case %d: %w", cs.ID, err)
	}
	d := newDocument(cs.ID, "Beslut "+cs.Number+".pdf", buf.Bytes(), SourceDecision, a, now)
	return &d, nil
}

// wakeSender tells a running sender that mail is queued, so that it goes
// out now rather than at the next tick.
func (s *Store) wakeSender() {
	select {
	case s.queued <- struct{}{}:
	default:
	}
}

func newMessageID() string {
	var b [12]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err)
	}
	return hex.EncodeToString(b[:]) + "@lagesbild"
}

// Outbox lists a case's outgoing mail, newest first.
func (s *Store) Outbox(ctx context.Context, caseID int64) ([]OutboxMessage, error) {
	var ms []OutboxMessage
	if err := s.db.WithContext(ctx).Where("case_id = ?", caseID).Order("id DESC").Find(&ms).Error; err != nil {
		return nil, fmt.Errorf("list outbox of case %d: %w", caseID, err)
	}
	return ms, nil
}

// SenderOptions configure the outbox's delivery.
type SenderOptions struct {
	Relay    string // host:port of the authority's SMTP relay
	From     string // LAGESBILD_MAIL_FROM
	Interval time.Duration
	Logger   *slog.Logger
}

// Sender delivers the outbox to the relay, retrying with back-off.
type Sender struct {
	s   *Store
	opt SenderOptions
}

// NewSender returns the outbox's sender.
func (s *Store) NewSender(o SenderOptions) *Sender {
	if o.Interval == 0 {
		o.Interval = 15 * time.Second
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	return &Sender{s: s, opt: o}
}

// Run delivers due mail until ctx ends.
func (snd *Sender) Run(ctx context.Context) error {
	t := time.NewTicker(snd.opt.Interval)
	defer t.Stop()
	for {
		if _, err := snd.Flush(ctx); err != nil && ctx.Err() == nil {
			snd.opt.Logger.Error("outbox", "error", err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		case <-snd.s.queued:
		}
	}
}

// Flush tries every due message once and tells how many the relay took.
func (snd *Sender) Flush(ctx context.Context) (sent int, err error) {
	for {
		m, err := snd.claim(ctx)
		if err != nil || m == nil {
			return sent, err
		}
		sendErr := snd.deliver(ctx, m)
		if err := snd.finish(ctx, m, sendErr); err != nil {
			return sent, err
		}
		if sendErr == nil {
			sent++
		}
	}
}

// claim takes the next due message and pushes its next attempt forward, so
// that another instance does not take it meanwhile.
func (snd *Sender) claim(ctx context.Context) (*OutboxMessage, error) {
	s := snd.s
	now := s.now().UTC()
	var m OutboxMessage
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		q := tx.Where("status = ? AND next_attempt_at <= ?", OutQueued, now).Order("next_attempt_at, id").Limit(1)
		if lagesbild.IsPostgres(tx) {
			q = q.Clauses(clause.Locking{Strength: "UPDATE", Options: "SKIP LOCKED"})
		}
		if err := q.Find(&m).Error; err != nil {
			return err
		}
		if m.ID == 0 {
			return nil
		}
		m.Attempts++
		m.NextAttemptAt = now.Add(backoff(m.Attempts))
		return tx.Model(&OutboxMessage{}).Where("id = ?", m.ID).
			Updates(map[string]any{"attempts": m.Attempts, "next_attempt_at": m.NextAttemptAt}).Error
	})
	if err != nil {
		return nil, fmt.Errorf("claim outbox message: %w", err)
	}
	if m.ID == 0 {
		return nil, nil
	}
	return &m, nil
}

func backoff(attempts int) time.Duration {
	d := time.Minute << min(attempts-1, 6)
	return min(d, time.Hour)
}

func (snd *Sender) deliver(ctx context.Context, m *OutboxMessage) error {
	if snd.opt.Relay == "" {
		return fmt.Errorf("no relay configured (LAGESBILD_SMTP_RELAY)")
	}
	from, err := mail.ParseAddress(snd.opt.From)
	if err != nil {
		return fmt.Errorf("LAGESBILD_MAIL_FROM: %w", err)
	}
	var doc *Document
	if m.DocumentID != nil {
		if doc, err = snd.s.Document(ctx, *m.DocumentID, tracker.System); err != nil {
			return fmt.Errorf("load the attachment of outbox message %d: %w", m.ID, err)
		}
	}
	thread, err := snd.s.thread(ctx, m)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := composeMail(&buf, snd.s.now(), from, m, doc, thread); err != nil {
		return fmt.Errorf("compose outbox message %d: %w", m.ID, err)
	}
	return sendVia(snd.opt.Relay, from.Address, []string{m.To}, &buf)
}

// thread is the Message-IDs a mail from a case answers: the newest mail of
// the case from its recipient, after that mail's own References, so that
// the recipient's mail program shows the answer in the same conversation.
// None when the recipient has not written to the case.
func (s *Store) thread(ctx context.Context, m *OutboxMessage) ([]string, error) {
	if m.CaseID == nil {
		return nil, nil
	}
	var in []Message
	err := s.db.WithContext(ctx).Select("message_id", "references").Where("case_id = ? AND from_addr = ?", *m.CaseID, strings.ToLower(m.To)).
		Order("received_at DESC, id DESC").Limit(1).Find(&in).Error
	if err != nil {
		return nil, fmt.Errorf("find the mail outbox message %d answers: %w", m.ID, err)
	}
	if len(in) == 0 || strings.HasSuffix(in[0].MessageID, madeUpIDDomain) {
		return nil, nil // nothing to answer, or a mail that had no Message-ID of its own
	}
	return append(strings.Fields(in[0].References), in[0].MessageID), nil
}

// composeMail writes the message: plain text alone, or with its HTML
// alternative and one attachment (the case document, or the message's own)
// as each is present. thread, when given, is the conversation it answers,
// its last the message it replies to.
func composeMail(w io.Writer, now time.Time, from *mail.Address, m *OutboxMessage, doc *Document, thread []string) error {
	var h gomail.Header
	h.SetDate(now)
	h.SetAddressList("From", []*gomail.Address{{Name: from.Name, Address: from.Address}})
	h.SetAddressList("To", []*gomail.Address{{Address: m.To}})
	h.SetSubject(m.Subject)
	h.SetMessageID(m.MessageID)
	if len(thread) > 0 {
		h.SetMsgIDList("In-Reply-To", thread[len(thread)-1:])
		h.SetMsgIDList("References", thread)
	}
	if doc != nil {
		withDoc := *m
		withDoc.AttachmentName, withDoc.AttachmentType, withDoc.Attachment = doc.Name, doc.ContentType, doc.Content
		m = &withDoc
	}
	if m.HTMLBody != "" || m.AttachmentName != "" {
		return writeMultipart(w, h, m)
	}
	h.SetContentType("text/plain", map[string]string{"charset": "utf-8"})
	tw, err := gomail.CreateSingleInlineWriter(w, h)
	if err != nil {
		return err
	}
	if _, err := io.WriteString(tw, m.Body); err != nil {
		return err
	}
	return tw.Close()
}

// writeText writes the text part of a multipart message: the plain text
// alone, or with its HTML alternative.
func writeText(mw *gomail.Writer, m *OutboxMessage) error {
	part := func(create func(gomail.InlineHeader) (io.WriteCloser, error), typ, body string) error {
		var ph gomail.InlineHeader
		ph.SetContentType(typ, map[string]string{"charset": "utf-8"})
		w, err := create(ph)
		if err != nil {
			return err
		}
		if _, err := io.WriteString(w, body); err != nil {
			return err
		}
		return w.Close()
	}
	if m.HTMLBody == "" {
		return part(mw.CreateSingleInline, "text/plain", m.Body)
	}
	iw, err := mw.CreateInline()
	if err != nil {
		return err
	}
	if err := part(iw.CreatePart, "text/plain", m.Body); err != nil {
		return err
	}
	if err := part(iw.CreatePart, "text/html", m.HTMLBody); err != nil {
		return err
	}
	return iw.Close()
}

// writeMultipart writes a message with the text, its HTML alternative and
// the attachment, as each is present.
func writeMultipart(w io.Writer, h gomail.Header, m *OutboxMessage) error {
	mw, err := gomail.CreateWriter(w, h)
	if err != nil {
		return err
	}
	if err := writeText(mw, m); err != nil {
		return err
	}
	if m.AttachmentName != "" {
		var ah gomail.AttachmentHeader
		typ := m.AttachmentType
		if typ == "" {
			typ = "application/octet-stream"
		}
		ah.SetContentType(typ, nil)
		ah.SetFilename(m.AttachmentName)
		w, err := mw.CreateAttachment(ah)
		if err != nil {
			return err
		}
		if _, err := w.Write(m.Attachment); err != nil {
			return err
		}
		if err := w.Close(); err != nil {
			return err
		}
	}
	return mw.Close()
}

// sendVia hands a message to the relay: "smtps://host:465" speaks TLS from
// the start, "smtp://host:587" requires STARTTLS, and a bare "host:25" is
// plain SMTP (a relay on the same host or network).
func sendVia(relay, from string, to []string, r io.Reader) error {
	var c *smtp.Client
	var err error
	switch {
	case strings.HasPrefix(relay, "smtps://"):
		c, err = smtp.DialTLS(strings.TrimPrefix(relay, "smtps://"), nil)
	case strings.HasPrefix(relay, "smtp://"):
		c, err = smtp.DialStartTLS(strings.TrimPrefix(relay, "smtp://"), nil)
	default:
		c, err = smtp.Dial(relay)
	}
	if err != nil {
		if c != nil {
			_ = c.Close()
		}
		return fmt.Errorf("reach relay: %w", err)
	}
	defer func() { _ = c.Close() }()
	if err := c.SendMail(from, to, r); err != nil {
		return err
	}
	return c.Quit()
}

func (snd *Sender) finish(ctx context.Context, m *OutboxMessage, sendErr error) error {
	s := snd.s
	now := s.now().UTC().Truncate(time.Microsecond)
	if sendErr != nil {
		status := OutQueued
		if m.Attempts >= maxAttempts {
			status = OutFailed
		}
		snd.opt.Logger.Warn("outbox: relay did not take the message", "outbox_id", m.ID, "attempts", m.Attempts, "error", sendErr)
		err := s.db.WithContext(ctx).Model(&OutboxMessage{}).Where("id = ?", m.ID).
			Updates(map[string]any{"status": status, "last_error": clip(sendErr.Error(), 1000)}).Error
		if err != nil || status != OutFailed || m.CaseID == nil {
			return err
		}
		// Given up: the case's timeline says so, for someone to send it another way.
		return s.cases.Record(ctx, *m.CaseID, tracker.System, tracker.EventMailOut, map[string]any{
			"outbox_id": m.ID, "subject": m.Subject, "status": OutFailed, "kind": m.Kind, "attempts": m.Attempts})
	}
	err := s.db.WithContext(ctx).Model(&OutboxMessage{}).Where("id = ?", m.ID).
		Updates(map[string]any{"status": OutSent, "sent_at": now, "last_error": ""}).Error
	if err != nil {
		return fmt.Errorf("mark outbox message %d sent: %w", m.ID, err)
	}
	if m.CaseID == nil {
		return nil
	}
	if err := s.cases.Record(ctx, *m.CaseID, tracker.System, tracker.EventMailOut, map[string]any{
		"outbox_id": m.ID, "subject": m.Subject, "status": OutSent, "kind": m.Kind, "sent_at": now}); err != nil {
		return err
	}
	if m.AttachDecision {
		if _, err := s.cases.Deliver(ctx, *m.CaseID, now, tracker.System); err != nil {
			return fmt.Errorf("record delivery of case %d: %w", *m.CaseID, err)
		}
	}
	return nil
}
