package mail

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// MaxDocumentSize is the largest file stored with a case.
const MaxDocumentSize = 20 << 20

// Where a document came from.
const (
	SourceUpload   = "upload"
	SourceMail     = "mail"      // an attachment of a mail
	SourceMailText = "mail_text" // the mail itself, as a printout
	SourceDecision = "decision"  // the decision letter as sent from the case
)

// Document is a file stored with a case: an attachment of a mail or an
// upload. It is removed only by culling (gallring), never by a user.
type Document struct {
	ID          int64 `gorm:"primaryKey"`
	CaseID      int64
	Name        string
	ContentType string // sniffed from the content
	Size        int64
	SHA256      string `gorm:"column:sha256"`
	Content     []byte
	Source      string
	MailID      *int64
	CreatedBy   string
	CreatedAt   time.Time
}

func (Document) TableName() string { return "case_documents" }

func newDocument(caseID int64, name string, content []byte, source string, a tracker.Actor, now time.Time) Document {
	sum := sha256.Sum256(content)
	return Document{CaseID: caseID, Name: SafeName(name), ContentType: Sniff(content), Size: int64(len(content)),
		SHA256: hex.EncodeToString(sum[:]), Content: content, Source: source, CreatedBy: a.Username, CreatedAt: now}
}

func (d *Document) eventData() map[string]any {
	return map[string]any{"document_id": d.ID, "name": d.Name, "size": d.Size, "content_type": d.ContentType,
		"sha256": d.SHA256, "source": d.Source}
}

// AddDocument stores an uploaded file with a case and records it on the
// case's audit trail.
func (s *Store) AddDocument(ctx context.Context, caseID int64, name string, content []byte, a tracker.Actor) (*Document, error) {
	if !a.Role.WorksRegister() {
		return nil, tracker.ErrForbidden
	}
	if _, err := s.cases.Case(ctx, caseID); err != nil {
		return nil, err
	}
	v := &tracker.ValidationError{}
	if len(content) == 0 {
		v.Add("file", "Filen är tom.")
	}
	if len(content) > MaxDocumentSize {
		v.Add("file", fmt.Sprintf("Filen får vara högst %d MB.", MaxDocumentSize>>20))
	}
	if v.Any() {
		return nil, v
	}
	d := newDocument(caseID, name, content, SourceUpload, a, s.now().UTC().Truncate(time.Microsecond))
	if err := s.db.WithContext(ctx).Create(&d).Error; err != nil {
		return nil, fmt.Errorf("store document for case %d: %w", caseID, err)
	}
	if err := s.cases.Record(ctx, caseID, a, tracker.EventDocumentAdd, d.eventData()); err != nil {
		return nil, err
	}
	d.Content = nil
	return &d, nil
}

// Documents lists a case's documents, oldest first, without their content.
func (s *Store) Documents(ctx context.Context, caseID int64) ([]Document, error) {
	if _, err := s.cases.Case(ctx, caseID); err != nil {
		return nil, err
	}
	var ds []Document
	err := s.db.WithContext(ctx).Omit("content").Where("case_id = ?", caseID).Order("id").Find(&ds).Error
	if err != nil {
		return nil, fmt.Errorf("list documents of case %d: %w", caseID, err)
	}
	return ds, nil
}

// Document loads one document with its content, for an actor who may open
// the documents of its case (MayOpenDocuments).
func (s *Store) Document(ctx context.Context, id int64, a tracker.Actor) (*Document, error) {
	var d Document
	q := s.db.WithContext(ctx)
	if !a.Role.ReadsMailAndDocuments() {
		q = q.Omit("content") // what is refused is never read
	}
	switch err := q.Take(&d, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load document %d: %w", id, err)
	}
	if !a.Role.ReadsMailAndDocuments() {
		c, err := s.cases.Case(ctx, d.CaseID)
		if err != nil {
			return nil, err
		}
		return nil, s.MayOpenDocuments(ctx, c, a)
	}
	return &d, nil
}

// MayOpenDocuments is nil when the actor may open the documents of the case,
// else a refusal that says why and who may (the roles, and the case's
// handler by name).
func (s *Store) MayOpenDocuments(ctx context.Context, c *tracker.Case, a tracker.Actor) error {
	if a.Role.ReadsMailAndDocuments() {
		return nil
	}
	why := requires() + ": ärendets handlingar (e-post, bilagor, beslut) " +
		"kan innehålla personuppgifter och öppnas bara av dem som handlägger diariet."
	if c.Assignee != "" {
		names, err := s.cases.Names(ctx)
		if err != nil {
			return err
		}
		why += " Ärendets handläggare är " + names.Of(c.Assignee) + "."
	}
	return tracker.Forbidden(why)
}

// MayReadMail is nil when the actor may read the press mailbox (the inbox
// and its messages), else a refusal that says why and who may.
func MayReadMail(a tracker.Actor) error {
	if a.Role.ReadsMailAndDocuments() {
		return nil
	}
	return tracker.Forbidden(requires() + ": e-posten till pressbrevlådan innehåller personuppgifter och läses bara av " +
		"dem som handlägger diariet. Ärenden som registrerats från e-post finns i diariet.")
}

// requires names the roles that read mail and documents: "Kräver rollen
// Administratör eller Presstjänst".
func requires() string {
	var roles []string
	for _, r := range tracker.Roles {
		if r.ReadsMailAndDocuments() {
			roles = append(roles, r.Label())
		}
	}
	return "Kräver rollen " + strings.Join(roles, " eller ")
}

// For is the document as the role may see it listed: a name that shows a
// personnummer or an e-mail address is masked for a role that does not see
// personal data (as the case's subject is).
func (d Document) For(r tracker.Role) Document {
	if !r.SeesPersonalData() {
		d.Name = tracker.MaskPersonalData(d.Name)
	}
	return d
}
