package mail

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Errors the mail package returns besides tracker's.
var (
	ErrNotFound = tracker.ErrNotFound
	ErrHandled  = fmt.Errorf("the message is already handled: %w", tracker.ErrConflict)
)

// Options configure a Store.
type Options struct {
	Now     func() time.Time
	Outlets Outlets // default: the shipped table
}

// Store is the inbox, the documents and the outbox.
type Store struct {
	db      *gorm.DB
	cases   *tracker.Store
	now     func() time.Time
	outlets Outlets
	queued  chan struct{} // wakes the sender when Send queues mail
}

// NewStore returns the mail store over a migrated database.
func NewStore(db *gorm.DB, cases *tracker.Store, o Options) *Store {
	s := &Store{db: db, cases: cases, now: o.Now, outlets: o.Outlets, queued: make(chan struct{}, 1)}
	if s.now == nil {
		s.now = time.Now
	}
	if s.outlets == nil {
		s.outlets = DefaultOutlets()
	}
	return s
}

// Outlets is the table of media domains the suggestions use.
func (s *Store) Outlets() Outlets { return s.outlets }

// Source says where a raw message came from.
type Source struct {
	Mailbox     string // "" for the SMTP receiver
	UIDValidity uint32
	UID         uint32
	ReceivedAt  time.Time // INTERNALDATE, or the time the SMTP receiver took it
}

// Intake stores a raw message once: a second delivery of the same
// Message-ID, or of the same mailbox UID, returns the first and created
// false. A reply that names a case (its register number in the subject, or
// In-Reply-To a message of the case) is attached to it at once.
func (s *Store) Intake(ctx context.Context, raw []byte, src Source) (m *Message, created bool, err error) {
	m, err = Parse(raw)
	if err != nil {
		return nil, false, err
	}
	if src.Mailbox != "" {
		mb, v, u := src.Mailbox, int64(src.UIDValidity), int64(src.UID)
		m.Mailbox, m.UIDValidity, m.UID = &mb, &v, &u
		if prev, err := s.bySource(ctx, mb, v, u); err == nil {
			return prev, false, nil
		}
	}
	if prev, err := s.byMessageID(ctx, m.MessageID); err == nil {
		return prev, false, nil
	}
	m.ReceivedAt = src.ReceivedAt.UTC().Truncate(time.Microsecond)
	if src.ReceivedAt.IsZero() {
		m.ReceivedAt = s.now().UTC().Truncate(time.Microsecond)
	}
	m.CreatedAt = s.now().UTC()
	m.keepSignals(m.CreatedAt)
	err = s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if err := tx.Omit(clause.Associations).Create(m).Error; err != nil {
			return err
		}
		for i := range m.Attachments {
			m.Attachments[i].MessageID = m.ID
			if err := tx.Create(&m.Attachments[i]).Error; err != nil {
				return err
			}
		}
		return nil
	})
	if lagesbild.IsUniqueViolation(err) {
		// Another poller or a redelivery stored it first.
		if prev, err := s.byMessageID(ctx, m.MessageID); err == nil {
			return prev, false, nil
		}
		if m.Mailbox != nil {
			if prev, err := s.bySource(ctx, *m.Mailbox, *m.UIDValidity, *m.UID); err == nil {
				return prev, false, nil
			}
		}
	}
	if err != nil {
		return nil, false, fmt.Errorf("store message: %w", err)
	}
	if cs := s.replyTo(ctx, m); cs != nil {
		if err := s.attach(ctx, m.ID, cs.ID, tracker.System, true); err != nil && !errors.Is(err, ErrHandled) {
			return m, true, err
		}
		m, err = s.Message(ctx, m.ID)
		return m, true, err
	}
	return m, true, nil
}

// Message loads a message with its attachments (without their content).
func (s *Store) Message(ctx context.Context, id int64) (*Message, error) {
	var m Message
	switch err := s.db.WithContext(ctx).Take(&m, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load message %d: %w", id, err)
	}
	if err := s.loadAttachments(ctx, []*Message{&m}); err != nil {
		return nil, err
	}
	return &m, nil
}

func (s *Store) byMessageID(ctx context.Context, msgID string) (*Message, error) {
	var m Message
	if err := s.db.WithContext(ctx).Where("message_id = ?", msgID).Take(&m).Error; err != nil {
		return nil, err
	}
	return &m, nil
}

func (s *Store) bySource(ctx context.Context, mailbox string, validity, uid int64) (*Message, error) {
	var m Message
	err := s.db.WithContext(ctx).Where("mailbox = ? AND uid_validity = ? AND uid = ?", mailbox, validity, uid).Take(&m).Error
	if err != nil {
		return nil, err
	}
	return &m, nil
}

// replyTo finds the case a message answers: a register number in the
// subject, else the case of the message (in or out) it replies to.
func (s *Store) replyTo(ctx context.Context, m *Message) *tracker.Case {
	if n := tracker.FindNumber(m.Subject); n != "" {
		if cs, err := s.cases.CaseByNumber(ctx, n); err == nil {
			return cs
		}
	}
	ids := strings.Fields(m.References)
	if m.InReplyTo != "" {
		ids = append([]string{m.InReplyTo}, ids...)
	}
	for _, id := range ids {
		var caseID *int64
		var in Message
		if err := s.db.WithContext(ctx).Where("message_id = ? AND case_id IS NOT NULL", id).Take(&in).Error; err == nil {
			caseID = in.CaseID
		} else {
			var out OutboxMessage
			if err := s.db.WithContext(ctx).Where("message_id = ? AND case_id IS NOT NULL", id).Take(&out).Error; err == nil {
				caseID = out.CaseID
			}
		}
		if caseID != nil {
			if cs, err := s.cases.Case(ctx, *caseID); err == nil {
				return cs
			}
		}
	}
	return nil
}

func (s *Store) loadAttachments(ctx context.Context, ms []*Message) error {
	if len(ms) == 0 {
		return nil
	}
	ids := make([]int64, len(ms))
	at := make(map[int64]*Message, len(ms))
	for i, m := range ms {
		ids[i], at[m.ID] = m.ID, m
	}
	var rows []Attachment
	err := s.db.WithContext(ctx).Select("id", "message_id", "name", "content_type", "size").
		Where("message_id IN ?", ids).Order("id").Find(&rows).Error
	if err != nil {
		return fmt.Errorf("load attachments: %w", err)
	}
	for _, a := range rows {
		at[a.MessageID].Attachments = append(at[a.MessageID].Attachments, a)
	}
	return nil
}

// InboxFilter selects messages: Status "new" (default) or "handled" (handled
// and dismissed).
type InboxFilter struct {
	Status string
	Limit  int // default 100, at most 500
	Offset int
}

// Inbox lists messages, newest first, with their attachments' names and sizes.
func (s *Store) Inbox(ctx context.Context, f InboxFilter) ([]*Message, int64, error) {
	q := s.db.WithContext(ctx).Model(&Message{})
	switch f.Status {
	case "", StatusNew:
		q = q.Where("status = ?", StatusNew)
	case StatusHandled:
		q = q.Where("status IN ?", []string{StatusHandled, StatusDismissed})
	default:
		v := &tracker.ValidationError{}
		v.Add("status", "Ange new eller handled.")
		return nil, 0, v
	}
	if f.Limit <= 0 || f.Limit > 500 {
		f.Limit = 100
	}
	var total int64
	if err := q.Count(&total).Error; err != nil {
		return nil, 0, fmt.Errorf("count inbox: %w", err)
	}
	var ms []*Message
	err := q.Omit("html", "text").Order("received_at DESC, id DESC").Limit(f.Limit).Offset(f.Offset).Find(&ms).Error
	if err != nil {
		return nil, 0, fmt.Errorf("list inbox: %w", err)
	}
	return ms, total, s.loadAttachments(ctx, ms)
}

// Suggest is the inbox's suggestion for a stored message (its text loaded
// when it has no signals kept).
func (s *Store) Suggest(m *Message) Suggestion {
	if sg := m.signals(); sg != nil {
		return combine(*sg, m.FromAddr, s.outlets)
	}
	return Suggest(m, s.outlets)
}

// Suggestions is the suggestion of each listed message, from the signals
// kept at intake. A message taken in before they were kept has its text
// read once here and its signals kept.
func (s *Store) Suggestions(ctx context.Context, ms []*Message) (map[int64]Suggestion, error) {
	out := make(map[int64]Suggestion, len(ms))
	for _, m := range ms {
		if m.SignalsAt == nil {
			if err := s.readSignals(ctx, m); err != nil {
				return nil, err
			}
		}
		out[m.ID] = s.Suggest(m)
	}
	return out, nil
}

// readSignals reads an older message's text, keeps its signals and sets them on m.
func (s *Store) readSignals(ctx context.Context, m *Message) error {
	var full Message
	if err := s.db.WithContext(ctx).Select("id", "subject", "text", "received_at").Take(&full, m.ID).Error; err != nil {
		return fmt.Errorf("load text of message %d: %w", m.ID, err)
	}
	full.keepSignals(s.now().UTC())
	err := s.db.WithContext(ctx).Model(&Message{}).Where("id = ?", m.ID).Updates(map[string]any{
		"signal_words": full.SignalWords, "suggested_deadline": full.SuggestedDeadline,
		"personal_number": full.PersonalNumber, "signals_at": full.SignalsAt}).Error
	if err != nil {
		return fmt.Errorf("keep signals of message %d: %w", m.ID, err)
	}
	m.SignalWords, m.SuggestedDeadline, m.PersonalNumber, m.SignalsAt =
		full.SignalWords, full.SuggestedDeadline, full.PersonalNumber, full.SignalsAt
	return nil
}

// Overrides change what registering a message fills in; empty fields keep
// the suggestion.
type Overrides struct {
	Kind        tracker.Kind
	Subject     string
	Description string
	DeadlineAt  *time.Time
	Requester   tracker.Requester
	Assignee    string
	Unit        string
	Topics      []string
}

// NewCase is the case a message would become: kind, outlet and deadline
// from the suggestion, the sender as requester, the received time from the mail.
func (s *Store) NewCase(m *Message, o Overrides) tracker.NewCase {
	sg := s.Suggest(m)
	received := m.ReceivedAt
	in := tracker.NewCase{Kind: sg.Kind, Subject: m.Subject, Description: m.Text, Channel: tracker.ChannelEmail,
		ReceivedAt: &received, Requester: tracker.Requester{Name: m.FromName, Email: m.FromAddr, Outlet: sg.Outlet},
		Assignee: o.Assignee, Unit: o.Unit, Topics: o.Topics, IdempotencyKey: fmt.Sprintf("inbox-%d", m.ID)}
	if in.Kind == "" {
		in.Kind = tracker.DocumentRequest
	}
	if in.Kind == tracker.PressInquiry {
		in.DeadlineAt = sg.Deadline
	}
	if in.Subject == "" {
		in.Subject = "(utan ämne)"
	}
	in.Subject = clip(in.Subject, 300)
	in.Description = clip(in.Description, 20000)
	if o.Kind != "" {
		in.Kind = o.Kind
	}
	if o.Subject != "" {
		in.Subject = o.Subject
	}
	if o.Description != "" {
		in.Description = o.Description
	}
	if o.DeadlineAt != nil {
		in.DeadlineAt = o.DeadlineAt
	}
	r := o.Requester
	if r.Name != "" {
		in.Requester.Name = r.Name
	}
	if r.Email != "" {
		in.Requester.Email = r.Email
	}
	if r.Phone != "" {
		in.Requester.Phone = r.Phone
	}
	if r.Outlet != "" {
		in.Requester.Outlet = r.Outlet
	}
	return in
}

// Register makes a new case of a message (through tracker's case creation),
// puts the mail and its attachments on the case as documents and marks it handled. A
// retry after a failure between the two returns the same case.
func (s *Store) Register(ctx context.Context, id int64, o Overrides, a tracker.Actor) (*tracker.Case, error) {
	m, err := s.Message(ctx, id)
	if err != nil {
		return nil, err
	}
	if m.Status != StatusNew {
		return nil, ErrHandled
	}
	cs, err := s.cases.CreateCase(ctx, s.NewCase(m, o), a)
	if err != nil {
		return nil, err
	}
	if err := s.attach(ctx, id, cs.ID, a, false); err != nil {
		return nil, err
	}
	return s.cases.Case(ctx, cs.ID)
}

// Attach puts a message on an existing case (the mail and its attachments
// become the case's documents) and marks it handled.
func (s *Store) Attach(ctx context.Context, id, caseID int64, a tracker.Actor) error {
	if !a.Role.WorksRegister() {
		return tracker.ErrForbidden
	}
	if _, err := s.cases.Case(ctx, caseID); err != nil {
		if errors.Is(err, tracker.ErrNotFound) {
			v := &tracker.ValidationError{}
			v.Add("case_id", "Det finns inget sådant ärende.")
			return v
		}
		return err
	}
	return s.attach(ctx, id, caseID, a, true)
}

// attach marks the message handled on the case, keeps it and its
// attachments as the case's documents and records it on the case's timeline.
func (s *Store) attach(ctx context.Context, id, caseID int64, a tracker.Actor, attached bool) error {
	now := s.now().UTC()
	var m Message
	var docs []Document
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		res := tx.Model(&Message{}).Where("id = ? AND status = ?", id, StatusNew).
			Updates(map[string]any{"status": StatusHandled, "case_id": caseID, "handled_by": a.Username, "handled_at": now})
		if res.Error != nil {
			return res.Error
		}
		if res.RowsAffected == 0 {
			return ErrHandled
		}
		if err := tx.Take(&m, id).Error; err != nil {
			return err
		}
		var atts []Attachment
		if err := tx.Where("message_id = ?", id).Order("id").Find(&atts).Error; err != nil {
			return err
		}
		// The mail is itself a document of the case (inkommen handling),
		// kept as a printout; each attachment is one of its own.
		letter := newDocument(caseID, m.printoutName(), m.printout(atts), SourceMailText, a, now)
		letter.MailID = &id
		if err := tx.Create(&letter).Error; err != nil {
			return err
		}
		letter.Content = nil
		docs = append(docs, letter)
		for _, at := range atts {
			d := newDocument(caseID, at.Name, at.Content, SourceMail, a, now)
			d.MailID = &id
			if err := tx.Create(&d).Error; err != nil {
				return err
			}
			d.Content = nil
			docs = append(docs, d)
		}
		return nil
	})
	if err != nil {
		if errors.Is(err, ErrHandled) {
			return err
		}
		return fmt.Errorf("attach message %d to case %d: %w", id, caseID, err)
	}
	typ := tracker.EventMailIn
	if attached {
		typ = tracker.EventMailAttached
	}
	if err := s.cases.Record(ctx, caseID, a, typ, map[string]any{"message_id": m.ID, "subject": m.Subject,
		"received_at": m.ReceivedAt, "documents": len(docs), "attachments": len(docs) - 1}); err != nil {
		return err
	}
	for _, d := range docs {
		if err := s.cases.Record(ctx, caseID, a, tracker.EventDocumentAdd, d.eventData()); err != nil {
			return err
		}
	}
	return nil
}

// Dismiss marks a message as not a request, with the reason; it is kept.
func (s *Store) Dismiss(ctx context.Context, id int64, reason string, a tracker.Actor) (*Message, error) {
	if !a.Role.WorksRegister() {
		return nil, tracker.ErrForbidden
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		v := &tracker.ValidationError{}
		v.Add("reason", "Ange varför meddelandet inte är en begäran eller förfrågan.")
		return nil, v
	}
	if _, err := s.Message(ctx, id); err != nil {
		return nil, err
	}
	res := s.db.WithContext(ctx).Model(&Message{}).Where("id = ? AND status = ?", id, StatusNew).
		Updates(map[string]any{"status": StatusDismissed, "dismiss_reason": clip(reason, 2000),
			"handled_by": a.Username, "handled_at": s.now().UTC()})
	if res.Error != nil {
		return nil, fmt.Errorf("dismiss message %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return nil, ErrHandled
	}
	m, err := s.Message(ctx, id)
	return m, err
}
