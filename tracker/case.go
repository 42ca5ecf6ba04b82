package tracker

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind is the kind of a case in the register.
type Kind string

const (
	DocumentRequest Kind = "document_request" // begäran om allmän handling
	PressInquiry    Kind = "press_inquiry"    // pressförfrågan
)

// Kinds lists every kind in display order.
var Kinds = []Kind{DocumentRequest, PressInquiry}

// Valid tells whether k is a known kind.
func (k Kind) Valid() bool { return k == DocumentRequest || k == PressInquiry }

// Prefix is the register number prefix of the kind.
func (k Kind) Prefix() string {
	if k == PressInquiry {
		return "PF"
	}
	return "HA"
}

// Label is the Swedish name of the kind.
func (k Kind) Label() string {
	switch k {
	case DocumentRequest:
		return "Begäran om allmän handling"
	case PressInquiry:
		return "Pressförfrågan"
	}
	return string(k)
}

// Channel is how a case reached the authority.
type Channel string

const (
	ChannelEmail    Channel = "email"
	ChannelPhone    Channel = "phone"
	ChannelWeb      Channel = "web"
	ChannelLetter   Channel = "letter"
	ChannelInPerson Channel = "in_person"
)

// Channels lists every channel in display order.
var Channels = []Channel{ChannelEmail, ChannelPhone, ChannelWeb, ChannelLetter, ChannelInPerson}

// Valid tells whether ch is a known channel.
func (ch Channel) Valid() bool {
	for _, c := range Channels {
		if c == ch {
			return true
		}
	}
	return false
}

// Label is the Swedish name of the channel.
func (ch Channel) Label() string {
	switch ch {
	case ChannelEmail:
		return "E-post"
	case ChannelPhone:
		return "Telefon"
	case ChannelWeb:
		return "Webbformulär"
	case ChannelLetter:
		return "Brev"
	case ChannelInPerson:
		return "Besök"
	}
	return string(ch)
}

// Case is one entry in the register. Times are stored in UTC.
type Case struct {
	ID          int64  `gorm:"primaryKey"`
	Number      string `gorm:"size:20"`
	Kind        Kind   `gorm:"size:20"`
	Year        int
	Seq         int
	Status      Status  `gorm:"size:20"`
	Subject     string  `gorm:"size:300"`
	Description string  `gorm:"type:text"`
	Channel     Channel `gorm:"size:20"`
	ReceivedAt  time.Time
	DueAt       time.Time
	DeadlineAt  *time.Time // a journalist's own deadline

	// A press inquiry: what is asked, whom the press office asked (a
	// spokesperson or a unit), its own deadline, and the answer or the reason to decline.
	InquiryType   InquiryType `gorm:"size:20"`
	AskedWho      string      `gorm:"size:200"`
	InternalDueAt *time.Time
	Answer        string `gorm:"type:text"`
	DeclineReason string `gorm:"type:text"`

	// Requester: personal data, hidden from roles that may not see it.
	RequesterName   string `gorm:"size:200"`
	RequesterEmail  string `gorm:"size:200"`
	RequesterPhone  string `gorm:"size:50"`
	RequesterOutlet string `gorm:"size:200"`

	Assignee string `gorm:"size:100"` // username
	Unit     string `gorm:"size:200"`

	// The outcome and the decision behind it.
	OutcomeAt         *time.Time // when the case got its outcome; nil while open
	ClosedAt          *time.Time
	LegalGround       string `gorm:"size:300"`
	Reasoning         string `gorm:"type:text"`
	AppealInstruction string `gorm:"type:text"`
	DecidedBy         string `gorm:"size:100"`
	ForwardedTo       string `gorm:"size:300"`
	DeliveredAt       *time.Time
	AppealDeadline    *time.Time // last day to appeal, end of that day in Stockholm

	// What a decision rests on and who signed it (filled when it is taken).
	Basis          Basis  `gorm:"size:30"`
	DecisionStatus Status `gorm:"size:20"`  // the decision taken, kept when the case is closed
	DeciderName    string `gorm:"size:200"` // full name at the time of the decision
	DeciderTitle   string `gorm:"size:200"`
	Delegation     string `gorm:"size:300"`  // the delegation the decision rests on
	Conditions     string `gorm:"type:text"` // förbehåll (OSL 10 kap. 14 §)

	// DecisionRequestedAt: when the requester asked for the authority's
	// written decision after an official's refusal (OSL 6 kap. 3 §).
	DecisionRequestedAt *time.Time

	ParentID *int64 // the press inquiry a document request was spawned from

	// SecretSubject is the OSL provision that makes the subject itself
	// secret; the public register then shows the case as "Sekretessmarkerat".
	SecretSubject string `gorm:"size:300"`

	// Culling (gallring): a hold stops it while set (the reason); a culled
	// case has had its personal data erased under CulledRule.
	RetentionHold string `gorm:"size:300"`
	CulledAt      *time.Time
	CulledRule    string `gorm:"size:100"`

	// Waiting for the requester: since when, and what was asked (the clock runs on).
	WaitingSince    *time.Time
	WaitingQuestion string `gorm:"type:text"`
	// Pages of copies delivered so far and the fee they cost in total (kronor).
	PagesDelivered int
	Fee            int
	// DuplicateOf is the case this one repeats (the same request registered twice).
	DuplicateOf *int64

	IdempotencyKey  *string `gorm:"size:200"`
	IdempotencyHash string  `gorm:"size:64"`

	CreatedBy string `gorm:"size:100"`
	CreatedAt time.Time
	UpdatedAt time.Time

	Topics []string   `gorm:"-"`
	Links  []CaseLink `gorm:"-"`
}

// CaseLink points from a case to a linked one (a press inquiry and the
// document request spawned from it).
type CaseLink struct {
	ID     int64
	Number string
	Kind   Kind
	Status Status
}

// Open tells whether the case has no outcome yet.
func (c *Case) Open() bool { return c.OutcomeAt == nil }

// Overdue tells whether the case is open and its due time has passed.
func (c *Case) Overdue(now time.Time) bool { return c.Open() && now.After(c.DueAt) }

// DueToday tells whether the case is open, not yet overdue, and due by the
// end of now's day in Stockholm: the triage page's "Förfaller idag", the
// filter due_today and the triage count (dueTodaySQL) say the same.
func (c *Case) DueToday(now time.Time) bool {
	return c.Open() && !c.Overdue(now) && !c.DueAt.After(endOfDay(dayOf(now)))
}

// For is the case as a user of role r may see it. A role that may not see
// requesters' personal data (analysts, editors) gets the requester's outlet
// only, and the subject and description with personal identity numbers,
// e-mail addresses and the requester's own name and phone number masked (a
// mail taken in as the description ends with its sender's signature): the
// one home of that rule for the API and the UI.
func (c Case) For(r Role) Case {
	if r.SeesPersonalData() {
		return c
	}
	mask := func(s string) string {
		s = MaskPersonalData(s)
		for _, known := range []struct{ value, mask string }{{c.RequesterName, "[namn]"}, {c.RequesterPhone, "[telefon]"}} {
			if v := strings.TrimSpace(known.value); len([]rune(v)) >= 4 {
				s = replaceWhole(s, v, known.mask)
			}
		}
		return s
	}
	// The answer and the reason of a press inquiry are free text too: an
	// answer sent by mail is the whole mail, greeting and signature.
	c.Subject, c.Description, c.WaitingQuestion = mask(c.Subject), mask(c.Description), mask(c.WaitingQuestion)
	c.Answer, c.DeclineReason = mask(c.Answer), mask(c.DeclineReason)
	c.RequesterName, c.RequesterEmail, c.RequesterPhone = "", "", ""
	return c
}

// replaceWhole replaces v in s where it stands as whole words (not "Sven"
// in "Svenska kraftnät"), in any case of letters.
func replaceWhole(s, v, with string) string {
	lower, lv := strings.ToLower(s), strings.ToLower(v)
	if len(lower) != len(s) || len(lv) != len(v) {
		return strings.ReplaceAll(s, v, with) // a case change of another byte length: exact matches only
	}
	var b strings.Builder
	last := 0
	for i := 0; ; {
		j := strings.Index(lower[i:], lv)
		if j < 0 {
			break
		}
		start, end := i+j, i+j+len(lv)
		before, _ := utf8.DecodeLastRuneInString(s[:start])
		after, _ := utf8.DecodeRuneInString(s[end:])
		if !isWordRune(before) && !isWordRune(after) {
			b.WriteString(s[last:start])
			b.WriteString(with)
			last = end
		}
		i = end
	}
	b.WriteString(s[last:])
	return b.String()
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// For is the event as a user of role r may see it: its data masked like
// the case's free text for roles that may not see personal data.
func (e Event) For(r Role) Event {
	if !r.SeesPersonalData() {
		e.Data = MaskPersonalData(e.Data)
	}
	return e
}

// HasRequester tells whether any requester data was given.
func (c *Case) HasRequester() bool {
	return c.RequesterName != "" || c.RequesterEmail != "" || c.RequesterPhone != "" || c.RequesterOutlet != ""
}

// Requester is who asked. Every field is optional for a document request.
type Requester struct {
	Name, Email, Phone, Outlet string
}

func (r Requester) trimmed() Requester {
	return Requester{strings.TrimSpace(r.Name), strings.TrimSpace(r.Email), strings.TrimSpace(r.Phone), strings.TrimSpace(r.Outlet)}
}

// NewCase is what registering a case takes.
type NewCase struct {
	Kind        Kind
	Subject     string
	Description string
	Channel     Channel
	ReceivedAt  *time.Time // defaults to now
	DeadlineAt  *time.Time
	Requester   Requester
	Topics      []string
	Assignee    string
	Unit        string

	// A press inquiry's type, whom it was put to and the internal deadline.
	InquiryType   InquiryType
	AskedWho      string
	InternalDueAt *time.Time

	// SecretSubject marks the subject as secret under this OSL provision.
	SecretSubject string

	// AlsoDocumentRequest, on a press inquiry, registers a linked document
	// request with the same time of receipt.
	AlsoDocumentRequest bool

	// IdempotencyKey makes a retry return the first case instead of a second.
	IdempotencyKey string
}

// Event is one entry of a case's append-only audit trail.
type Event struct {
	ID     int64 `gorm:"primaryKey"`
	CaseID int64
	At     time.Time
	Actor  string `gorm:"size:100"`
	Type   string `gorm:"size:40"`
	Data   string `gorm:"type:text"` // JSON object: old and new values
}

func (Event) TableName() string { return "case_events" }

// Event types.
const (
	EventCreated     = "created"
	EventTransition  = "transition"
	EventAssigned    = "assigned"
	EventDelivered   = "delivered"
	EventLinked      = "linked"
	EventNoteAdded   = "note"
	EventTopicsSaved = "topics"
)

type caseTopic struct {
	CaseID int64  `gorm:"primaryKey"`
	Topic  string `gorm:"primaryKey;size:100"`
}

func (caseTopic) TableName() string { return "case_topics" }
