package mail

import (
	"context"
	"fmt"

	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// CullCase erases what the mail package keeps for a case when the register
// culls it (tracker.CaseMaterial): its documents and the attachments of its
// mails are removed; its mails and the mails sent from it keep only their
// dates, status and identifiers (so that the mailbox is not taken in
// again), with addresses, names, subjects and text erased. A mail still
// waiting in the outbox is left to be sent. It can run again without harm and
// returns how many documents and mails it erased.
func (s *Store) CullCase(ctx context.Context, caseID int64) (int, error) {
	erased := 0
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		docs := tx.Where("case_id = ?", caseID).Delete(&Document{})
		if docs.Error != nil {
			return docs.Error
		}
		messages := tx.Model(&Message{}).Select("id").Where("case_id = ?", caseID)
		if err := tx.Where("message_id IN (?)", messages).Delete(&Attachment{}).Error; err != nil {
			return err
		}
		in := tx.Model(&Message{}).Where("case_id = ? AND (from_addr <> '' OR from_name <> '' OR to_addrs <> '' OR subject <> '' OR text <> '' OR html <> '' OR dismiss_reason <> '')", caseID).
			Updates(map[string]any{"from_addr": "", "from_name": "", "to_addrs": "", "subject": "", "text": "",
				"html": "", "references": "", "in_reply_to": "", "dismiss_reason": ""})
		if in.Error != nil {
			return in.Error
		}
		out := tx.Model(&OutboxMessage{}).Where("case_id = ? AND status <> ? AND (to_addr <> '' OR subject <> '' OR body <> '' OR "+
			"last_error <> '' OR html_body <> '' OR attachment_name <> '' OR document_id IS NOT NULL)", caseID, OutQueued).
			Updates(map[string]any{"to_addr": "", "subject": "", "body": "", "last_error": "", "html_body": "",
				"attachment_name": "", "attachment_type": "", "attachment": nil, "document_id": nil})
		if out.Error != nil {
			return out.Error
		}
		erased = int(docs.RowsAffected + in.RowsAffected + out.RowsAffected)
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("cull mail and documents of case %d: %w", caseID, err)
	}
	return erased, nil
}

var _ tracker.CaseMaterial = (*Store)(nil)
