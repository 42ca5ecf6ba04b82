// Package distribution sends a published lägesbild to the distribution
// list kept in the app (sändlistan): the report as the mail's HTML body and
// as a PDF attachment, through the outbox, and records every sending on
// the report. It owns the tables distribution_recipients and
// report_sendings ("distribution/0001_…").
package distribution

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

type recipientV1 struct {
	ID        int64  `gorm:"primaryKey"`
	Address   string `gorm:"size:300;not null;uniqueIndex:distribution_recipients_address"`
	Name      string `gorm:"size:200;not null;default:''"`
	AddedBy   string `gorm:"size:100;not null"`
	CreatedAt time.Time
}

func (recipientV1) TableName() string { return "distribution_recipients" }

type sendingV1 struct {
	ID       int64     `gorm:"primaryKey"`
	ReportID int64     `gorm:"not null;index:report_sendings_report_id"`
	To       string    `gorm:"column:to_addr;size:300;not null"`
	SentBy   string    `gorm:"size:100;not null"`
	QueuedAt time.Time `gorm:"not null"`
	OutboxID int64     `gorm:"not null;default:0"`
}

func (sendingV1) TableName() string { return "report_sendings" }

// Migrations are the package's schema steps, applied after the report's and mail's.
var Migrations = []lagesbild.Migration{
	{ID: "distribution/0001_lists", Up: func(tx *gorm.DB) error {
		return tx.Migrator().CreateTable(&recipientV1{}, &sendingV1{})
	}},
}

// Recipient is an address on the distribution list.
type Recipient struct {
	ID        int64 `gorm:"primaryKey"`
	Address   string
	Name      string
	AddedBy   string
	CreatedAt time.Time
}

// TableName is the list's table.
func (Recipient) TableName() string { return "distribution_recipients" }

// Sending is one mail of a published report to one address.
type Sending struct {
	ID       int64 `gorm:"primaryKey"`
	ReportID int64
	To       string `gorm:"column:to_addr"`
	SentBy   string
	QueuedAt time.Time
	OutboxID int64 // the outbox message: its status says whether the relay took it
}

// TableName is the sendings' table.
func (Sending) TableName() string { return "report_sendings" }

// Mailer queues one mail with the report (mail.Store through cmd) and
// tells the outbox message's id.
type Mailer interface {
	QueueReport(ctx context.Context, to, subject, text, html, pdfName string, pdf []byte, by string) (int64, error)
}

// Store keeps the list and sends.
type Store struct {
	db      *gorm.DB
	reports *report.Store
	mailer  Mailer
	now     func() time.Time
}

// NewStore returns the store over a migrated database.
func NewStore(db *gorm.DB, reports *report.Store, m Mailer, now func() time.Time) *Store {
	if now == nil {
		now = time.Now
	}
	return &Store{db: db, reports: reports, mailer: m, now: now}
}

// ErrConflict is an address already on the list.
var ErrConflict = tracker.ErrConflict

func checkAddress(v *lagesbild.ValidationError, field, a string) string {
	addr, err := mail.ParseAddress(strings.TrimSpace(a))
	if err != nil {
		v.Add(field, fmt.Sprintf("%q är inte en giltig e-postadress.", truncate(a, 100)))
		return ""
	}
	return addr.Address
}

// AddRecipient puts an address on the list (editors and admins).
func (s *Store) AddRecipient(ctx context.Context, address, name string, a tracker.Actor) (*Recipient, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	v := &lagesbild.ValidationError{}
	r := &Recipient{Address: checkAddress(v, "address", address), Name: strings.TrimSpace(name), AddedBy: a.Username,
		CreatedAt: s.now().UTC().Truncate(time.Microsecond)}
	if utf8.RuneCountInString(r.Name) > 200 {
		v.Add("name", "Namnet är för långt.")
	}
	if v.Any() {
		return nil, v
	}
	if err := s.db.WithContext(ctx).Create(r).Error; err != nil {
		if lagesbild.IsUniqueViolation(err) {
			return nil, fmt.Errorf("%s is on the list: %w", r.Address, ErrConflict)
		}
		return nil, fmt.Errorf("add recipient: %w", err)
	}
	return r, nil
}

// Recipients lists the distribution list by address.
func (s *Store) Recipients(ctx context.Context) ([]Recipient, error) {
	var out []Recipient
	if err := s.db.WithContext(ctx).Order("address").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list recipients: %w", err)
	}
	return out, nil
}

// RemoveRecipient takes an address off the list (editors and admins).
func (s *Store) RemoveRecipient(ctx context.Context, id int64, a tracker.Actor) error {
	if !a.Role.EditsReports() {
		return tracker.ErrForbidden
	}
	res := s.db.WithContext(ctx).Delete(&Recipient{}, id)
	if res.Error != nil {
		return fmt.Errorf("remove recipient %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return tracker.ErrNotFound
	}
	return nil
}

// Send mails a published report to each address of to, or to the whole
// list when to is empty: one mail per address, the external version of the
// report as HTML with its PDF attached, queued in the outbox; every sending
// is recorded on the report.
func (s *Store) Send(ctx context.Context, reportID int64, to []string, a tracker.Actor) ([]Sending, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	pr, err := s.reports.PublishedReport(ctx, reportID)
	if err != nil {
		return nil, err
	}
	v := &lagesbild.ValidationError{}
	var addrs []string
	if len(to) == 0 {
		list, err := s.Recipients(ctx)
		if err != nil {
			return nil, err
		}
		for _, r := range list {
			addrs = append(addrs, r.Address)
		}
		if len(addrs) == 0 {
			v.Add("to", "Sändlistan är tom: ange mottagare eller lägg till adresser i sändlistan.")
		}
	}
	seen := map[string]bool{}
	for _, t := range to {
		if addr := checkAddress(v, "to", t); addr != "" && !seen[strings.ToLower(addr)] {
			seen[strings.ToLower(addr)] = true
			addrs = append(addrs, addr)
		}
	}
	if len(addrs) > 500 {
		v.Add("to", "Högst 500 mottagare åt gången.")
	}
	if v.Any() {
		return nil, v
	}
	r := pr.Report.ForAudience(report.AudienceExternal)
	var htmlBody, pdf bytes.Buffer
	if err := report.WriteHTML(&htmlBody, r, report.HTMLOptions{Page: true}); err != nil {
		return nil, fmt.Errorf("render report %d: %w", reportID, err)
	}
	if err := report.WritePDF(&pdf, r); err != nil {
		return nil, fmt.Errorf("render report %d as PDF: %w", reportID, err)
	}
	label := pr.Period.Label()
	subject := fmt.Sprintf("Kommunikativ lägesbild %s (version %d)", label, pr.Version)
	text := fmt.Sprintf("Kommunikativ lägesbild %s, version %d, publicerad %s.\n\nRapporten finns som PDF i bilagan.\n",
		label, pr.Version, pr.PublishedAt.In(tracker.Stockholm).Format("2006-01-02 15:04"))
	name := pdfName(pr)
	var out []Sending
	for _, addr := range addrs {
		id, err := s.mailer.QueueReport(ctx, addr, subject, text, htmlBody.String(), name, pdf.Bytes(), a.Username)
		if err != nil {
			return out, fmt.Errorf("queue report %d to %s: %w", reportID, addr, err)
		}
		sd := Sending{ReportID: reportID, To: addr, SentBy: a.Username, QueuedAt: s.now().UTC().Truncate(time.Microsecond), OutboxID: id}
		if err := s.db.WithContext(ctx).Create(&sd).Error; err != nil {
			return out, fmt.Errorf("record sending of report %d: %w", reportID, err)
		}
		out = append(out, sd)
	}
	return out, nil
}

// Sendings lists a report's sendings, newest first.
func (s *Store) Sendings(ctx context.Context, reportID int64) ([]Sending, error) {
	var out []Sending
	if err := s.db.WithContext(ctx).Where("report_id = ?", reportID).Order("id DESC").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list sendings of report %d: %w", reportID, err)
	}
	for i := range out {
		out[i].QueuedAt = out[i].QueuedAt.UTC()
	}
	return out, nil
}

// pdfName is "lagesbild-2024-W47-v2.pdf", "lagesbild-2024-11-19-v1.pdf".
func pdfName(pr *report.PublishedReport) string {
	name := "lagesbild-" + pr.Period.From
	if y, w, ok := pr.Period.ISOWeek(); ok && pr.Period.Start.IsZero() {
		name = fmt.Sprintf("lagesbild-%d-W%02d", y, w)
	} else if pr.Period.To != pr.Period.From {
		name += "-" + pr.Period.To
	}
	return fmt.Sprintf("%s-v%d.pdf", name, pr.Version)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}
