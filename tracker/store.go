package tracker

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/mail"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// Options configure a Store. Zero values take sensible defaults.
type Options struct {
	Now          func() time.Time
	Calendar     *Calendar
	Authority    string          // the authority's name, used in the appeal instruction
	AppealCourt  string          // the court appeals go to, e.g. "Kammarrätten i Göteborg"
	Units        []string        // the organisational units cases can be assigned to
	PasswordCost int             // bcrypt cost; tests lower it
	Logger       *slog.Logger    // for what is noted in passing and may fail without harm (slog.Default when nil)
	Retention    []RetentionRule // culling rules per kind; nil takes DefaultRetention
	Fees         *FeeSchedule    // fees for copies; nil takes DefaultFees (avgiftsförordningen)
}

// Store is the register's storage and rules.
type Store struct {
	db           *gorm.DB
	now          func() time.Time
	cal          *Calendar
	authority    string
	appealCourt  string
	units        []string
	passwordCost int
	log          *slog.Logger
	noting       sync.Map // ids of the tokens whose use is being noted (UserByToken)
	retention    []RetentionRule
	fees         FeeSchedule
}

// NewStore returns the register over a migrated database.
func NewStore(db *gorm.DB, o Options) *Store {
	s := &Store{db: db, now: o.Now, cal: o.Calendar, authority: o.Authority, appealCourt: o.AppealCourt, units: o.Units, passwordCost: o.PasswordCost, log: o.Logger}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.fees = DefaultFees()
	if o.Fees != nil {
		s.fees = *o.Fees
	}
	if s.retention = o.Retention; s.retention == nil {
		s.retention = DefaultRetention()
	}
	if s.now == nil {
		s.now = time.Now
	}
	if s.cal == nil {
		s.cal = NewCalendar()
	}
	if s.authority == "" {
		s.authority = "myndigheten"
	}
	if s.passwordCost == 0 {
		s.passwordCost = bcrypt.DefaultCost + 2
	}
	inner := s.now
	s.now = func() time.Time { return inner().UTC().Truncate(time.Microsecond) }
	return s
}

// Now is the store's clock, in UTC.
func (s *Store) Now() time.Time { return s.now() }

// Calendar is the working-day calendar the store computes due dates with.
func (s *Store) Calendar() *Calendar { return s.cal }

// Units lists the configured organisational units.
func (s *Store) Units() []string { return s.units }

// Ping checks that the database answers a query, as a reader does: on
// SQLite it does not wait for the writer connection (lagesbild.Open).
func (s *Store) Ping(ctx context.Context) error {
	var one int
	return s.db.WithContext(ctx).Raw("SELECT 1").Scan(&one).Error
}

// Limits on free text, so that one request cannot fill the database.
const (
	maxSubject     = 300
	maxDescription = 20000
	maxTopics      = 20
	maxTopicLength = 100
)

// The plausible range of dates on a case: a register number's year comes
// from the time of receipt, so year 0001 must never reach it.
var earliestReceipt = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

const maxDeadlineYears = 5

// CreateCase registers a case (and, for a press inquiry that also asks for
// documents, its linked document request) and records who did it.
func (s *Store) CreateCase(ctx context.Context, in NewCase, a Actor) (*Case, error) {
	if !a.Role.WorksRegister() {
		return nil, ErrForbidden
	}
	in = s.normalise(in)
	if err := s.validateNewCase(ctx, in); err != nil {
		return nil, err
	}
	var key *string
	var keyHash string
	if in.IdempotencyKey != "" {
		key, keyHash = &in.IdempotencyKey, fingerprint(in)
		if c, err := s.replay(ctx, a, in.IdempotencyKey, keyHash); !errors.Is(err, ErrNotFound) {
			return c, err
		}
	}
	if in.ReceivedAt == nil {
		// Fixed here, after the fingerprint, so that a linked document
		// request gets the same time of receipt and a retry the same hash.
		now := s.now()
		in.ReceivedAt = &now
	}
	var id int64
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := s.insertCase(tx, in, a, nil)
		if err != nil {
			return err
		}
		c.IdempotencyKey, c.IdempotencyHash = key, keyHash
		if key != nil {
			if err := tx.Model(c).Updates(map[string]any{"idempotency_key": key, "idempotency_hash": keyHash}).Error; err != nil {
				return err
			}
		}
		id = c.ID
		if in.Kind == PressInquiry && in.AlsoDocumentRequest {
			dr := in
			dr.Kind = DocumentRequest
			dr.Subject = truncate("Handlingar: "+in.Subject, maxSubject)
			dr.DeadlineAt, dr.InternalDueAt, dr.InquiryType, dr.AskedWho = nil, nil, "", ""
			child, err := s.insertCase(tx, dr, a, &c.ID)
			if err != nil {
				return err
			}
			if err := addEvent(tx, c.ID, s.now(), a, EventLinked, map[string]any{"case_id": child.ID, "number": child.Number}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil && key != nil && isUniqueViolation(err) {
		// Another request with the same key won the race: answer with its case.
		return s.replay(ctx, a, *key, keyHash)
	}
	if err != nil {
		return nil, fmt.Errorf("create case: %w", err)
	}
	return s.Case(ctx, id)
}

func (s *Store) replay(ctx context.Context, a Actor, key, hash string) (*Case, error) {
	var c Case
	err := s.db.WithContext(ctx).Where("created_by = ? AND idempotency_key = ?", a.Username, key).Take(&c).Error
	if errors.Is(err, gorm.ErrRecordNotFound) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("look up idempotency key: %w", err)
	}
	if c.IdempotencyHash != hash {
		return nil, fmt.Errorf("idempotency key reused for a different request: %w", ErrConflict)
	}
	return s.Case(ctx, c.ID)
}

// insertCase registers a case in tx: its number, the case, its created
// event and its topics. On PostgreSQL the first three are one statement
// (insertNumberedPostgres), so that the counter row it locks is held as
// briefly as can be; SQLite, with one writer, takes them one by one.
func (s *Store) insertCase(tx *gorm.DB, in NewCase, a Actor, parent *int64) (*Case, error) {
	received := s.now()
	if in.ReceivedAt != nil {
		received = in.ReceivedAt.UTC().Truncate(time.Microsecond)
	}
	year := received.In(Stockholm).Year()
	due := s.cal.DueAt(received).UTC()
	if in.Kind == PressInquiry && in.DeadlineAt != nil {
		due = in.DeadlineAt.UTC().Truncate(time.Microsecond)
	}
	now := s.now()
	c := &Case{
		Kind: in.Kind, Year: year,
		Status: StatusReceived, Subject: in.Subject, Description: in.Description, Channel: in.Channel,
		ReceivedAt: received, DueAt: due, DeadlineAt: utcPtr(in.DeadlineAt),
		InquiryType: in.InquiryType, AskedWho: in.AskedWho, InternalDueAt: utcPtr(in.InternalDueAt),
		RequesterName: in.Requester.Name, RequesterEmail: in.Requester.Email,
		RequesterPhone: in.Requester.Phone, RequesterOutlet: in.Requester.Outlet,
		Assignee: in.Assignee, Unit: in.Unit, ParentID: parent, CreatedBy: a.Username, CreatedAt: now, UpdatedAt: now,
	}
	if in.SecretSubject != "" {
		c.SecretSubject, _ = ParseLegalGround(in.SecretSubject)
	}
	data := map[string]any{"kind": c.Kind, "status": c.Status, "subject": c.Subject,
		"channel": c.Channel, "received_at": c.ReceivedAt, "due_at": c.DueAt}
	if in.Assignee != "" {
		data["assignee"] = in.Assignee
	}
	if in.Unit != "" {
		data["unit"] = in.Unit
	}
	if parent != nil {
		data["parent_id"] = *parent
	}
	if c.InquiryType != "" {
		data["type"] = c.InquiryType
	}
	if c.AskedWho != "" {
		data["asked"] = c.AskedWho
	}
	if c.InternalDueAt != nil {
		data["internal_due_at"] = *c.InternalDueAt
	}
	if c.SecretSubject != "" {
		data["secret_subject"] = c.SecretSubject
	}
	if c.HasRequester() {
		data["requester"] = "registered" // personal data stays out of the audit trail
	}
	if lagesbild.IsPostgres(tx) {
		if err := insertNumberedPostgres(tx, c, now, a.Username, data); err != nil {
			return nil, err
		}
	} else {
		seq, err := nextSeq(tx, in.Kind, year)
		if err != nil {
			return nil, err
		}
		c.Seq, c.Number = seq, caseNumber(in.Kind, year, seq)
		if err := tx.Omit("IdempotencyKey").Create(c).Error; err != nil {
			return nil, err
		}
		data["number"] = c.Number
		if err := addEvent(tx, c.ID, now, a, EventCreated, data); err != nil {
			return nil, err
		}
	}
	return c, saveTopics(tx, c.ID, in.Topics)
}

func (s *Store) normalise(in NewCase) NewCase {
	in.Subject = strings.TrimSpace(in.Subject)
	in.Description = strings.TrimSpace(in.Description)
	in.Requester = in.Requester.trimmed()
	in.Assignee = strings.ToLower(strings.TrimSpace(in.Assignee))
	in.Unit = strings.TrimSpace(in.Unit)
	in.AskedWho = strings.TrimSpace(in.AskedWho)
	in.SecretSubject = strings.TrimSpace(in.SecretSubject)
	in.IdempotencyKey = strings.TrimSpace(in.IdempotencyKey)
	var topics []string
	for _, t := range in.Topics {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(topics, t) {
			topics = append(topics, t)
		}
	}
	in.Topics = topics
	return in
}

func (s *Store) validateNewCase(ctx context.Context, in NewCase) error {
	v := &ValidationError{}
	switch {
	case in.Kind == "":
		v.Add("kind", "Välj typ av ärende.")
	case !in.Kind.Valid():
		v.Add("kind", "Okänd ärendetyp. Tillåtna: document_request, press_inquiry.")
	}
	switch {
	case in.Subject == "":
		v.Add("subject", "Skriv en ärendemening (vad ärendet gäller).")
	case utf8.RuneCountInString(in.Subject) > maxSubject:
		v.Add("subject", fmt.Sprintf("Ärendemeningen får vara högst %d tecken.", maxSubject))
	}
	if utf8.RuneCountInString(in.Description) > maxDescription {
		v.Add("description", fmt.Sprintf("Beskrivningen får vara högst %d tecken.", maxDescription))
	}
	switch {
	case in.Channel == "":
		v.Add("channel", "Välj hur ärendet kom in.")
	case !in.Channel.Valid():
		v.Add("channel", "Okänd kanal. Tillåtna: email, phone, web, letter, in_person.")
	}
	if in.Kind == PressInquiry && in.Requester.Outlet == "" && in.Requester.Name == "" {
		v.Add("requester", "En pressförfrågan behöver redaktion eller journalistens namn.")
	}
	if e := in.Requester.Email; e != "" {
		if addr, err := mail.ParseAddress(e); err != nil || addr.Address != e {
			v.Add("requester.email", "E-postadressen ser inte giltig ut.")
		}
	}
	for field, val := range map[string]string{"requester.name": in.Requester.Name, "requester.outlet": in.Requester.Outlet,
		"requester.email": in.Requester.Email} {
		if utf8.RuneCountInString(val) > 200 {
			v.Add(field, "Högst 200 tecken.")
		}
	}
	if utf8.RuneCountInString(in.Requester.Phone) > 50 { // the column is varchar(50)
		v.Add("requester.phone", "Högst 50 tecken.")
	}
	now := s.now()
	if in.ReceivedAt != nil && in.ReceivedAt.After(now.Add(5*time.Minute)) {
		v.Add("received_at", "Inkommen kan inte ligga i framtiden.")
	}
	if in.ReceivedAt != nil && in.ReceivedAt.Before(earliestReceipt) {
		v.Add("received_at", "Inkommen ligger orimligt långt tillbaka (före år 2000).")
	}
	received := now
	if in.ReceivedAt != nil {
		received = *in.ReceivedAt
	}
	switch {
	case in.DeadlineAt == nil:
	case in.DeadlineAt.Before(received):
		v.Add("deadline_at", "Deadline kan inte ligga före inkommen.")
	case in.DeadlineAt.After(received.AddDate(maxDeadlineYears, 0, 0)):
		v.Add("deadline_at", fmt.Sprintf("Deadline ligger orimligt långt fram (mer än %d år efter inkommen).", maxDeadlineYears))
	}
	checkInquiry(in, v)
	checkSecretSubject(in.SecretSubject, v)
	if in.Kind == DocumentRequest && in.AlsoDocumentRequest {
		v.Add("also_document_request", "Gäller bara pressförfrågningar.")
	}
	if len(in.Topics) > maxTopics {
		v.Add("topics", fmt.Sprintf("Högst %d ämnen.", maxTopics))
	}
	for _, t := range in.Topics {
		if utf8.RuneCountInString(t) > maxTopicLength {
			v.Add("topics", fmt.Sprintf("Ett ämne får vara högst %d tecken.", maxTopicLength))
		}
	}
	if in.Unit != "" && !slices.Contains(s.units, in.Unit) {
		v.Add("unit", "Okänd enhet.")
	}
	if len(in.IdempotencyKey) > 200 {
		v.Add("idempotency_key", "Högst 200 tecken.")
	}
	if in.Assignee != "" {
		if err := s.checkAssignee(ctx, in.Assignee, v); err != nil {
			return err
		}
	}
	if v.Any() {
		return v
	}
	return nil
}

func (s *Store) checkAssignee(ctx context.Context, username string, v *ValidationError) error {
	u, err := s.User(ctx, username)
	switch {
	case errors.Is(err, ErrNotFound):
		v.Add("assignee", "Det finns ingen användare med det namnet.")
	case err != nil:
		return err
	case !u.Role.WorksRegister() || u.Disabled:
		v.Add("assignee", "Användaren arbetar inte med diariet.")
	}
	return nil
}

// fingerprint identifies the content of a request, so that an Idempotency-Key
// reused for a different request is refused instead of silently answered.
func fingerprint(in NewCase) string {
	in.IdempotencyKey = ""
	b, _ := json.Marshal(in) //nolint:errchkjson // plain struct, cannot fail
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// Case loads one case with its topics and links. The case and the cases it
// links to (its parent, its children) come in one statement: every register
// request answers with a case read after its write, and on PostgreSQL each
// statement is a round trip that waits for a core under load.
func (s *Store) Case(ctx context.Context, id int64) (*Case, error) {
	var rows []Case
	if err := s.db.WithContext(ctx).
		Where("id = ? OR parent_id = ? OR id = (SELECT parent_id FROM cases WHERE id = ?)", id, id, id).
		Order("id").Find(&rows).Error; err != nil {
		return nil, fmt.Errorf("load case %d: %w", id, err)
	}
	at := slices.IndexFunc(rows, func(c Case) bool { return c.ID == id })
	if at < 0 {
		return nil, ErrNotFound
	}
	cs := []Case{rows[at]}
	if err := s.loadTopics(ctx, cs); err != nil {
		return nil, err
	}
	c := cs[0]
	for _, l := range rows {
		if l.ID != id {
			c.Links = append(c.Links, CaseLink{ID: l.ID, Number: l.Number, Kind: l.Kind, Status: l.Status})
		}
	}
	return &c, nil
}

// Events returns a case's audit trail, oldest first.
func (s *Store) Events(ctx context.Context, caseID int64) ([]Event, error) {
	var es []Event
	if err := s.db.WithContext(ctx).Where("case_id = ?", caseID).Order("at, id").Find(&es).Error; err != nil {
		return nil, fmt.Errorf("load events of case %d: %w", caseID, err)
	}
	return es, nil
}

// Transition asks to move a case to another status.
type Transition struct {
	To                Status
	Note              string
	LegalGround       string     // the secrecy provision, e.g. "OSL 25 kap. 1 §"
	Reasoning         string     // the decision's reasons
	AppealInstruction string     // defaults to the standard instruction on a refusal
	Basis             Basis      // what a decision rests on; defaults to secrecy
	Conditions        string     // the förbehåll of a release with conditions
	ForwardedTo       string     // the authority a request was forwarded to
	Answer            string     // what a press inquiry was answered (to answered)
	Reason            string     // why it was declined (to declined)
	Decider           string     // who is to take the authority's decision (to decision_requested)
	RequestedAt       *time.Time // when the requester asked for that decision; defaults to now
	DeliveredAt       *time.Time
}

// Transition moves a case as the state machine allows and records the move.
func (s *Store) Transition(ctx context.Context, id int64, tr Transition, a Actor) (*Case, error) {
	if !a.Role.WorksRegister() {
		return nil, ErrForbidden
	}
	tr.Note = strings.TrimSpace(tr.Note)
	tr.LegalGround = strings.TrimSpace(tr.LegalGround)
	tr.Reasoning = strings.TrimSpace(tr.Reasoning)
	tr.AppealInstruction = strings.TrimSpace(tr.AppealInstruction)
	tr.ForwardedTo = strings.TrimSpace(tr.ForwardedTo)
	tr.Conditions = strings.TrimSpace(tr.Conditions)
	tr.Decider = strings.ToLower(strings.TrimSpace(tr.Decider))
	tr.Answer, tr.Reason = strings.TrimSpace(tr.Answer), strings.TrimSpace(tr.Reason)
	tr.Basis = Basis(strings.TrimSpace(string(tr.Basis)))
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, id)
		if err != nil {
			return err
		}
		if !ValidStatus(c.Kind, tr.To) {
			v := &ValidationError{}
			v.Add("to", fmt.Sprintf("Okänd status för %s.", strings.ToLower(c.Kind.Label())))
			return v
		}
		if !CanMove(c.Kind, c.Status, tr.To) {
			return fmt.Errorf("%s → %s: %w", c.Status, tr.To, ErrInvalidTransition)
		}
		if err := a.mayMove(c, tr.To); err != nil {
			return sayWhy(tx, c, err)
		}
		if err := validateTransition(c, &tr); err != nil {
			return err
		}
		v := &ValidationError{}
		if err := s.checkOfficialMoves(tx, c, &tr, v); err != nil {
			return err
		}
		if v.Any() {
			return v
		}
		now := s.now()
		old := c.Status
		updates := map[string]any{"status": tr.To, "updated_at": now}
		data := map[string]any{"from": old, "to": tr.To}
		if tr.Note != "" {
			data["note"] = tr.Note
		}
		if tr.To.IsOutcome() {
			updates["outcome_at"] = now
			updates["decided_by"] = a.Username
		}
		if tr.To == StatusClosed {
			updates["closed_at"] = now
		}
		switch tr.To {
		case StatusAnswered:
			updates["answer"], data["answer"] = tr.Answer, tr.Answer
		case StatusDeclined:
			updates["decline_reason"], data["reason"] = tr.Reason, tr.Reason
		case StatusOfficialRefusal:
			updates["decided_by"] = a.Username
			data["notice"] = OfficialRefusalNotice(s.authority)
		case StatusDecisionRequested:
			asked := now
			if tr.RequestedAt != nil {
				asked = tr.RequestedAt.UTC().Truncate(time.Microsecond)
			}
			due := s.cal.DueAt(asked).UTC()
			updates["outcome_at"], updates["decided_by"], updates["reasoning"] = nil, "", ""
			updates["decision_requested_at"], updates["due_at"], updates["assignee"] = asked, due, tr.Decider
			data["requested_at"], data["due_at"], data["decider"] = asked, due, tr.Decider
			data["old_assignee"] = c.Assignee
		}
		if tr.To.IsDecision() {
			sg, err := s.signer(tx, a.Username)
			if err != nil {
				return err
			}
			if sg.Name == "" || sg.Title == "" {
				v := &ValidationError{}
				v.Add("decided_by", "Ditt fullständiga namn och din titel saknas i användarregistret; beslutet kan inte undertecknas. En administratör lägger in dem.")
				return v
			}
			updates["legal_ground"] = tr.LegalGround
			data["legal_ground"] = tr.LegalGround
			updates["basis"], data["basis"] = tr.Basis, tr.Basis
			updates["decision_status"] = tr.To
			updates["decider_name"], updates["decider_title"] = sg.Name, sg.Title
			updates["delegation"] = delegationFor(a, c.Unit)
			data["decider"], data["delegation"] = sg.Name+", "+sg.Title, updates["delegation"]
			if tr.Conditions != "" {
				updates["conditions"], data["conditions"] = tr.Conditions, tr.Conditions
			}
			instruction := tr.AppealInstruction
			if instruction == "" {
				instruction = s.DefaultAppealInstruction()
			}
			updates["appeal_instruction"] = instruction
			data["appeal_instruction"] = instruction
		}
		if tr.Reasoning != "" {
			updates["reasoning"] = tr.Reasoning
			data["reasoning"] = tr.Reasoning
		}
		if tr.To == StatusForwarded && tr.ForwardedTo != "" {
			updates["forwarded_to"] = tr.ForwardedTo
			data["forwarded_to"] = tr.ForwardedTo
		}
		if tr.DeliveredAt != nil {
			d := tr.DeliveredAt.UTC().Truncate(time.Microsecond)
			updates["delivered_at"] = d
			updates["appeal_deadline"] = s.cal.AppealDeadline(d).UTC()
			data["delivered_at"] = d
			data["appeal_deadline"] = updates["appeal_deadline"]
		}
		if err := tx.Model(&Case{}).Where("id = ?", id).Updates(updates).Error; err != nil {
			return err
		}
		return addEvent(tx, id, now, a, EventTransition, data)
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("transition case %d", id), err)
	}
	return s.Case(ctx, id)
}

func validateTransition(c *Case, tr *Transition) error {
	v := &ValidationError{}
	if tr.To.IsDecision() {
		checkDecision(tr, v)
	} else if tr.Basis != "" || tr.Conditions != "" {
		v.Add("basis", "Grund och förbehåll hör till beslut om avslag, delvis avslag eller utlämnande med förbehåll.")
	}
	if c.Kind == PressInquiry {
		checkInquiryOutcome(tr, v)
	}
	if tr.DeliveredAt != nil && !tr.To.IsDecision() {
		v.Add("delivered_at", "Expediering registreras bara för beslut om avslag, delvis avslag eller utlämnande med förbehåll.")
	}
	if utf8.RuneCountInString(tr.Note) > maxDescription || utf8.RuneCountInString(tr.Reasoning) > maxDescription {
		v.Add("note", fmt.Sprintf("Högst %d tecken.", maxDescription))
	}
	if utf8.RuneCountInString(tr.LegalGround) > 300 || utf8.RuneCountInString(tr.ForwardedTo) > 300 {
		v.Add("legal_ground", "Högst 300 tecken.")
	}
	if v.Any() {
		return v
	}
	return nil
}

// Deliver records that a decision was sent to the requester and computes the
// last day for an appeal.
func (s *Store) Deliver(ctx context.Context, id int64, delivered time.Time, a Actor) (*Case, error) {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, id)
		if err != nil {
			return err
		}
		if !a.Role.WorksRegister() {
			return ErrForbidden
		}
		if !c.HasDecision() {
			v := &ValidationError{}
			v.Add("delivered_at", "Bara ett beslut om avslag, delvis avslag eller utlämnande med förbehåll expedieras med överklagandehänvisning.")
			return v
		}
		if delivered.After(s.now().Add(5 * time.Minute)) {
			v := &ValidationError{}
			v.Add("delivered_at", "Expedieringen kan inte ligga i framtiden.")
			return v
		}
		d := delivered.UTC().Truncate(time.Microsecond)
		deadline := s.cal.AppealDeadline(d).UTC()
		if err := tx.Model(&Case{}).Where("id = ?", id).
			Updates(map[string]any{"delivered_at": d, "appeal_deadline": deadline, "updated_at": s.now()}).Error; err != nil {
			return err
		}
		return addEvent(tx, id, s.now(), a, EventDelivered, map[string]any{
			"old_delivered_at": c.DeliveredAt, "delivered_at": d, "appeal_deadline": deadline})
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("deliver case %d", id), err)
	}
	return s.Case(ctx, id)
}

// Assignment changes who handles a case and for which unit; nil leaves a field as it is.
type Assignment struct {
	Assignee *string
	Unit     *string
}

// Assign sets the case's handler and unit and records the change.
func (s *Store) Assign(ctx context.Context, id int64, as Assignment, a Actor) (*Case, error) {
	if !a.Role.WorksRegister() {
		return nil, ErrForbidden
	}
	v := &ValidationError{}
	if as.Assignee != nil {
		name := strings.ToLower(strings.TrimSpace(*as.Assignee))
		as.Assignee = &name
		if name != "" {
			if err := s.checkAssignee(ctx, name, v); err != nil {
				return nil, err
			}
		}
	}
	if as.Unit != nil {
		unit := strings.TrimSpace(*as.Unit)
		as.Unit = &unit
		if unit != "" && !slices.Contains(s.units, unit) {
			v.Add("unit", "Okänd enhet.")
		}
	}
	if as.Assignee == nil && as.Unit == nil {
		v.Add("assignee", "Ange handläggare eller enhet.")
	}
	if v.Any() {
		return nil, v
	}
	return s.changeCase(ctx, id, a, EventAssigned, "assign", func(c *Case) (updates, data map[string]any) {
		updates, data = map[string]any{}, map[string]any{}
		if as.Assignee != nil && *as.Assignee != c.Assignee {
			updates["assignee"] = *as.Assignee
			data["old_assignee"], data["assignee"] = c.Assignee, *as.Assignee
		}
		if as.Unit != nil && *as.Unit != c.Unit {
			updates["unit"] = *as.Unit
			data["old_unit"], data["unit"] = c.Unit, *as.Unit
		}
		return updates, data
	})
}

// changeCase applies to the locked case the columns diff returns, with the
// audit event of type typ holding its data; nothing changed, nothing is recorded.
func (s *Store) changeCase(ctx context.Context, id int64, a Actor, typ, doing string,
	diff func(c *Case) (updates, data map[string]any)) (*Case, error) {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, id)
		if err != nil {
			return err
		}
		updates, data := diff(c)
		if len(updates) == 0 {
			return nil
		}
		now := s.now()
		updates["updated_at"] = now
		if err := tx.Model(&Case{}).Where("id = ?", id).Updates(updates).Error; err != nil {
			return err
		}
		return addEvent(tx, id, now, a, typ, data)
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("%s case %d", doing, id), err)
	}
	return s.Case(ctx, id)
}

// lockCase loads a case for change; on PostgreSQL the row stays locked until
// the transaction ends (SQLite's writer lock already serialises changes).
func lockCase(tx *gorm.DB, id int64) (*Case, error) {
	var c Case
	q := tx
	if lagesbild.IsPostgres(tx) {
		q = q.Clauses(clause.Locking{Strength: "UPDATE"})
	}
	switch err := q.Take(&c, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, err
	}
	return &c, nil
}

func addEvent(tx *gorm.DB, caseID int64, at time.Time, a Actor, typ string, data map[string]any) error {
	b, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("encode event: %w", err)
	}
	return tx.Create(&Event{CaseID: caseID, At: at, Actor: a.Username, Type: typ, Data: string(b)}).Error
}

func saveTopics(tx *gorm.DB, caseID int64, topics []string) error {
	if len(topics) == 0 {
		return nil
	}
	rows := make([]caseTopic, len(topics))
	for i, t := range topics {
		rows[i] = caseTopic{CaseID: caseID, Topic: t}
	}
	return tx.Create(&rows).Error
}

func (s *Store) loadTopics(ctx context.Context, cs []Case) error {
	return loadTopics(s.db.WithContext(ctx), cs)
}

func loadTopics(db *gorm.DB, cs []Case) error {
	if len(cs) == 0 {
		return nil
	}
	ids := make([]int64, len(cs))
	at := make(map[int64]int, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
		at[c.ID] = i
	}
	var rows []caseTopic
	if err := db.Where("case_id IN ?", ids).Order("case_id, topic").Find(&rows).Error; err != nil {
		return fmt.Errorf("load topics: %w", err)
	}
	for _, r := range rows {
		i := at[r.CaseID]
		cs[i].Topics = append(cs[i].Topics, r.Topic)
	}
	return nil
}

// wrapDomain keeps domain errors recognisable and gives others context.
func wrapDomain(doing string, err error) error {
	var v *ValidationError
	if errors.As(err, &v) {
		return v
	}
	return fmt.Errorf("%s: %w", doing, err)
}

func utcPtr(t *time.Time) *time.Time {
	if t == nil {
		return nil
	}
	u := t.UTC().Truncate(time.Microsecond)
	return &u
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// Authority is the authority's name, as decisions and letters use it.
func (s *Store) Authority() string { return s.authority }
