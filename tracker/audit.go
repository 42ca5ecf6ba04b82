package tracker

import (
	"context"
	"encoding/json"
	"fmt"
	"unicode/utf8"

	"gorm.io/gorm"
	"time"
)

// AuditEvent is one change to an account or a credential: who did what to
// whom, and when. The table is append-only; case changes have their own
// trail (Event).
type AuditEvent struct {
	ID      int64     `gorm:"primaryKey" json:"id"`
	At      time.Time `json:"at"`
	Actor   string    `gorm:"size:100" json:"actor"`
	Type    string    `gorm:"size:40" json:"type"`
	Subject string    `gorm:"size:200" json:"subject"` // the username concerned
	Data    string    `gorm:"type:text" json:"data"`   // JSON; never a password or a token
}

func (AuditEvent) TableName() string { return "audit_events" }

func (s *Store) audit(tx *gorm.DB, by Actor, typ, subject string, data map[string]any) error {
	b, err := json.Marshal(data)
	if err != nil {
		return fmt.Errorf("encode audit event: %w", err)
	}
	if err := tx.Create(&AuditEvent{At: s.now(), Actor: by.Username, Type: typ, Subject: subject, Data: string(b)}).Error; err != nil {
		return fmt.Errorf("record audit event: %w", err)
	}
	return nil
}

// AuditEvents lists the newest account and credential events, at most limit;
// only for those who manage users.
func (s *Store) AuditEvents(ctx context.Context, limit int, by Actor) ([]AuditEvent, error) {
	if !by.Role.ManagesUsers() {
		return nil, ErrForbidden
	}
	var out []AuditEvent
	if err := s.db.WithContext(ctx).Order("id DESC").Limit(limit).Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list audit events: %w", err)
	}
	return out, nil
}

// checkText adds a message when a free-text field is longer than n characters.
func checkText(v *ValidationError, field, s string, n int) {
	if utf8.RuneCountInString(s) > n {
		v.Add(field, fmt.Sprintf("Högst %d tecken.", n))
	}
}
