package mail

import (
	"time"

	"github.com/lagesbild/lagesbild"
	"gorm.io/gorm"
)

// The tables as they were at each step. Never edit a shipped step; add one.
type messageV1 struct {
	ID            int64   `gorm:"primaryKey"`
	MessageID     string  `gorm:"size:500;not null;uniqueIndex:mail_messages_message_id"`
	Mailbox       *string `gorm:"size:300;uniqueIndex:mail_messages_source,priority:1"` // nil for the SMTP receiver
	UIDValidity   *int64  `gorm:"uniqueIndex:mail_messages_source,priority:2"`
	UID           *int64  `gorm:"uniqueIndex:mail_messages_source,priority:3"`
	FromAddr      string  `gorm:"size:300;not null;default:''"`
	FromName      string  `gorm:"size:300;not null;default:''"`
	ToAddrs       string  `gorm:"type:text;not null;default:''"`
	Subject       string  `gorm:"size:1000;not null;default:''"`
	InReplyTo     string  `gorm:"size:500;not null;default:''"`
	References    string  `gorm:"type:text;not null;default:''"`
	SentAt        *time.Time
	ReceivedAt    time.Time `gorm:"not null;index:mail_messages_received_at"`
	Text          string    `gorm:"type:text;not null;default:''"`
	HTML          string    `gorm:"type:text;not null;default:''"`
	Size          int64     `gorm:"not null"`
	Status        string    `gorm:"size:20;not null;index:mail_messages_status"`
	CaseID        *int64    `gorm:"index:mail_messages_case_id"`
	DismissReason string    `gorm:"type:text;not null;default:''"`
	HandledBy     string    `gorm:"size:100;not null;default:''"`
	HandledAt     *time.Time
	CreatedAt     time.Time
}

func (messageV1) TableName() string { return "mail_messages" }

// messageV4 is what mail/0004 adds to mail_messages.
type messageV4 struct {
	SignalWords       string `gorm:"type:text;not null;default:''"`
	SuggestedDeadline *time.Time
	PersonalNumber    bool `gorm:"not null;default:false"`
	SignalsAt         *time.Time
}

func (messageV4) TableName() string { return "mail_messages" }

type attachmentV1 struct {
	ID          int64  `gorm:"primaryKey"`
	MessageID   int64  `gorm:"not null;index:mail_attachments_message_id"`
	Name        string `gorm:"size:300;not null"`
	ContentType string `gorm:"size:200;not null"`
	Size        int64  `gorm:"not null"`
	Content     []byte `gorm:"not null"`
}

func (attachmentV1) TableName() string { return "mail_attachments" }

type documentV1 struct {
	ID          int64  `gorm:"primaryKey"`
	CaseID      int64  `gorm:"not null;index:case_documents_case_id"`
	Name        string `gorm:"size:300;not null"`
	ContentType string `gorm:"size:200;not null"`
	Size        int64  `gorm:"not null"`
	SHA256      string `gorm:"size:64;not null"`
	Content     []byte `gorm:"not null"`
	Source      string `gorm:"size:20;not null"`
	MailID      *int64
	CreatedBy   string    `gorm:"size:100;not null"`
	CreatedAt   time.Time `gorm:"not null"`
}

func (documentV1) TableName() string { return "case_documents" }

type outboxV1 struct {
	ID             int64     `gorm:"primaryKey"`
	CaseID         *int64    `gorm:"index:mail_outbox_case_id"`
	MessageID      string    `gorm:"size:500;not null;uniqueIndex:mail_outbox_message_id"`
	To             string    `gorm:"column:to_addr;size:300;not null"`
	Subject        string    `gorm:"size:1000;not null"`
	Body           string    `gorm:"type:text;not null"`
	AttachDecision bool      `gorm:"not null;default:false"`
	Status         string    `gorm:"size:20;not null;index:mail_outbox_status_next,priority:1"`
	Attempts       int       `gorm:"not null;default:0"`
	NextAttemptAt  time.Time `gorm:"not null;index:mail_outbox_status_next,priority:2"`
	LastError      string    `gorm:"type:text;not null;default:''"`
	CreatedBy      string    `gorm:"size:100;not null"`
	CreatedAt      time.Time `gorm:"not null"`
	SentAt         *time.Time
}

func (outboxV1) TableName() string { return "mail_outbox" }

// Migrations are the mail package's schema steps, applied after tracker's and the report's.
var Migrations = []lagesbild.Migration{
	{ID: "mail/0001_messages", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&messageV1{}, &attachmentV1{})
	}},
	{ID: "mail/0002_documents", Up: func(tx *gorm.DB) error { return tx.Migrator().CreateTable(&documentV1{}) }},
	{ID: "mail/0003_outbox", Up: func(tx *gorm.DB) error { return tx.Migrator().CreateTable(&outboxV1{}) }},
	// What an outgoing mail is (an answer, a question to the requester, a
	// decision) and the case document sent with it (the decision as PDF);
	// the inbox's order as an index.
	{ID: "mail/0004_outbox_kind", Up: func(tx *gorm.DB) error {
		for _, stmt := range []string{
			`ALTER TABLE mail_outbox ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'answer'`,
			`ALTER TABLE mail_outbox ADD COLUMN document_id BIGINT`,
			// The inbox lists a status newest first: walked in this index, it
			// reads the 100 rows it shows, not every message of the status.
			`CREATE INDEX mail_messages_status_received ON mail_messages (status, received_at DESC, id DESC)`,
		} {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		// What the suggestion reads from the text, kept at intake: reading
		// it for every message on every inbox page was most of the page's time.
		for _, col := range []string{"SignalWords", "SuggestedDeadline", "PersonalNumber", "SignalsAt"} {
			if err := tx.Migrator().AddColumn(&messageV4{}, col); err != nil {
				return err
			}
		}
		return nil
	}},
	{ID: "mail/0006_outbox_html_attachment", Up: func(tx *gorm.DB) error {
		// Mail not from a case (alerts, the digest, the lägesbild): an HTML
		// alternative to the text, and one attachment (the report's PDF).
		blob := "BLOB"
		if lagesbild.IsPostgres(tx) {
			blob = "BYTEA"
		}
		for _, stmt := range []string{
			`ALTER TABLE mail_outbox ADD COLUMN html_body TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE mail_outbox ADD COLUMN attachment_name VARCHAR(300) NOT NULL DEFAULT ''`,
			`ALTER TABLE mail_outbox ADD COLUMN attachment_type VARCHAR(200) NOT NULL DEFAULT ''`,
			`ALTER TABLE mail_outbox ADD COLUMN attachment ` + blob + ` NULL`,
		} {
			if err := tx.Exec(stmt).Error; err != nil {
				return err
			}
		}
		return nil
	}},
}
