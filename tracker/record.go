package tracker

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"gorm.io/gorm"
)

// Event types that other packages record on a case (the mail package: a
// message in or out, a document added).
const (
	EventMailIn       = "mail_in"
	EventMailOut      = "mail_out"
	EventDocumentAdd  = "document_added"
	EventMailAttached = "mail_attached"
)

// Record appends an event to a case's audit trail for something another
// package did to it (a mail attached, a document stored, an answer sent).
func (s *Store) Record(ctx context.Context, caseID int64, a Actor, typ string, data map[string]any) error {
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := lockCase(tx, caseID); err != nil {
			return err
		}
		return addEvent(tx, caseID, s.now(), a, typ, data)
	})
	if err != nil {
		return wrapDomain(fmt.Sprintf("record %s on case %d", typ, caseID), err)
	}
	return nil
}

var numberInText = regexp.MustCompile(`\b(?:HA|PF)-\d{4}-\d{4,6}\b`)

// FindNumber returns the first register number (such as HA-2024-0042) in
// text, such as a reply's subject, or "".
func FindNumber(text string) string { return numberInText.FindString(strings.ToUpper(text)) }
