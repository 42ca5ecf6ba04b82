package tracker

import (
	"context"
	"errors"
	"fmt"
	"time"

	"gorm.io/gorm"
)

// Appeal is a requester's appeal of a decision (FL 43–46 §§): received by the
// authority, checked for time, reconsidered (FL 39 §) and sent to the court.
type Appeal struct {
	ID         int64 `gorm:"primaryKey"`
	CaseID     int64
	ReceivedAt time.Time
	// InTime: received by the appeal deadline (or no deadline runs yet: the
	// decision has not been delivered). A late appeal is rejected (FL 45 §).
	InTime    bool
	ForwardBy *time.Time // the court should have it within a week (JO); nil for a late one
	SentAt    *time.Time // sent to the court
	Court     string     `gorm:"size:200"`
	// Reconsideration (omprövning, FL 39 §): unchanged or changed, and when.
	ReconsideredAt  *time.Time
	Reconsideration string `gorm:"size:20"`
	// The court's outcome (CourtOutcomes) and when it came.
	CourtOutcome   string `gorm:"size:20"`
	CourtDecidedAt *time.Time
	CreatedBy      string `gorm:"size:100"`
	CreatedAt      time.Time
}

func (Appeal) TableName() string { return "case_appeals" }

// AwaitsReconsideration: an appeal in time that has been neither reconsidered
// (FL 39 §) nor sent to the court.
func (ap *Appeal) AwaitsReconsideration() bool {
	return ap.InTime && ap.SentAt == nil && ap.Reconsideration == ""
}

// AwaitsForwarding: an appeal in time, not made moot by a changed decision
// (FL 46 §), that has not yet gone to the court.
func (ap *Appeal) AwaitsForwarding() bool {
	return ap.InTime && ap.SentAt == nil && ap.Reconsideration != ReconsiderChanged
}

// AwaitsCourt: sent to the court, whose outcome has not been recorded.
func (ap *Appeal) AwaitsCourt() bool {
	return ap.InTime && ap.SentAt != nil && ap.CourtOutcome == ""
}

// Event types of appeals.
const (
	EventAppealReceived  = "appeal_received"
	EventAppealForwarded = "appeal_forwarded"
)

// ForwardBy is when an appeal received at received should be with the court:
// within a week, moved to the next working day.
func (c *Calendar) ForwardBy(received time.Time) time.Time {
	day := dayOf(received).AddDate(0, 0, 7)
	for !c.bc.IsWorkday(day) {
		day = day.AddDate(0, 0, 1)
	}
	return endOfDay(day)
}

// ReceiveAppeal records an appeal of the case's decision and checks it for time.
func (s *Store) ReceiveAppeal(ctx context.Context, caseID int64, received time.Time, a Actor) (*Appeal, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Överklaganden registreras av presstjänsten och administratörer.")
	}
	var ap Appeal
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		c, err := lockCase(tx, caseID)
		if err != nil {
			return err
		}
		v := &ValidationError{}
		if !c.HasDecision() {
			v.Add("received_at", "Bara ett beslut om avslag, delvis avslag eller utlämnande med förbehåll kan överklagas; ett nej från en handläggare kan det inte (OSL 6 kap. 3 §).")
		}
		if received.After(s.now().Add(5 * time.Minute)) {
			v.Add("received_at", "Överklagandet kan inte ha kommit in i framtiden.")
		}
		if v.Any() {
			return v
		}
		r := received.UTC().Truncate(time.Microsecond)
		ap = Appeal{CaseID: caseID, ReceivedAt: r, InTime: c.AppealDeadline == nil || !r.After(*c.AppealDeadline),
			Court: s.appealCourt, CreatedBy: a.Username, CreatedAt: s.now()}
		if ap.InTime {
			fb := s.cal.ForwardBy(r).UTC()
			ap.ForwardBy = &fb
		}
		if err := tx.Create(&ap).Error; err != nil {
			return err
		}
		return addEvent(tx, caseID, s.now(), a, EventAppealReceived, map[string]any{
			"appeal_id": ap.ID, "received_at": r, "in_time": ap.InTime, "forward_by": ap.ForwardBy})
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("receive appeal of case %d", caseID), err)
	}
	return &ap, nil
}

// ForwardAppeal records that the case's latest appeal was sent to the court.
func (s *Store) ForwardAppeal(ctx context.Context, caseID int64, sent time.Time, a Actor) (*Appeal, error) {
	if !a.Role.WorksRegister() {
		return nil, Forbidden("Överklaganden överlämnas av presstjänsten och administratörer.")
	}
	var ap Appeal
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		err := tx.Where("case_id = ?", caseID).Order("id DESC").Take(&ap).Error
		if errors.Is(err, gorm.ErrRecordNotFound) {
			return ErrNotFound
		}
		if err != nil {
			return err
		}
		v := &ValidationError{}
		switch {
		case !ap.InTime:
			v.Add("sent_at", "Överklagandet kom in för sent och ska avvisas (förvaltningslagen 45 §), inte överlämnas.")
		case ap.SentAt != nil:
			v.Add("sent_at", "Överklagandet är redan överlämnat.")
		case ap.Reconsideration == ReconsiderChanged:
			v.Add("sent_at", "Beslutet ändrades vid omprövningen som överklagandet begärde; överklagandet förfaller (förvaltningslagen 46 §).")
		case sent.Before(ap.ReceivedAt) || sent.After(s.now().Add(5*time.Minute)):
			v.Add("sent_at", "Överlämnandet ska ligga mellan mottagandet och nu.")
		}
		if v.Any() {
			return v
		}
		d := sent.UTC().Truncate(time.Microsecond)
		ap.SentAt = &d
		if err := tx.Model(&ap).Update("sent_at", d).Error; err != nil {
			return err
		}
		return addEvent(tx, caseID, s.now(), a, EventAppealForwarded, map[string]any{
			"appeal_id": ap.ID, "sent_at": d, "court": ap.Court, "late": d.After(*ap.ForwardBy)})
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("forward appeal of case %d", caseID), err)
	}
	return &ap, nil
}

// Appeals lists a case's appeals, oldest first.
func (s *Store) Appeals(ctx context.Context, caseID int64) ([]Appeal, error) {
	var as []Appeal
	if err := s.db.WithContext(ctx).Where("case_id = ?", caseID).Order("id").Find(&as).Error; err != nil {
		return nil, fmt.Errorf("load appeals of case %d: %w", caseID, err)
	}
	return as, nil
}

type appealV10 struct {
	ID         int64     `gorm:"primaryKey"`
	CaseID     int64     `gorm:"not null;index:case_appeals_case_id"`
	ReceivedAt time.Time `gorm:"not null"`
	InTime     bool      `gorm:"not null"`
	ForwardBy  *time.Time
	SentAt     *time.Time
	Court      string `gorm:"size:200;not null;default:''"`
	CreatedBy  string `gorm:"size:100;not null"`
	CreatedAt  time.Time
}

func (appealV10) TableName() string { return "case_appeals" }

func migrateAppeals(tx *gorm.DB) error { return tx.Migrator().CreateTable(&appealV10{}) }
