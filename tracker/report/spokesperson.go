package report

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

// Spokesperson is someone who speaks for the organisation (talesperson). The
// report lists the active ones with the number of articles that mention them.
type Spokesperson struct {
	ID        int64     `gorm:"primaryKey" json:"id"`
	Name      string    `json:"name"`
	Title     string    `json:"title"` // e.g. "hälso- och sjukvårdsdirektör"
	Unit      string    `json:"unit"`
	Phone     string    `json:"phone"` // for the internal version of the report only
	Active    bool      `json:"active"`
	CreatedAt time.Time `json:"created_at"`
}

func (Spokesperson) TableName() string { return "spokespersons" }

// MentionCounter counts, per name, the articles of a period that mention it.
// The coverage side implements it; the report works without one.
type MentionCounter interface {
	Mentions(ctx context.Context, names []string, p tracker.Period) (map[string]int, error)
}

// SpokespersonInput is what creating or replacing a spokesperson takes.
type SpokespersonInput struct {
	Name, Title, Unit, Phone string
	Active                   bool
}

// SpokespersonUpdate changes a spokesperson; nil leaves a field as it is.
type SpokespersonUpdate struct {
	Name, Title, Unit, Phone *string
	Active                   *bool
}

// phoneShape is a phone number as people write it: digits, spaces, +, -, ().
var phoneShape = regexp.MustCompile(`^\+?[0-9 ()\-]{5,30}$`)

func validateSpokesperson(name, title, unit, phone string) *tracker.ValidationError {
	v := &tracker.ValidationError{}
	switch {
	case name == "":
		v.Add("name", "Skriv talespersonens namn.")
	case utf8.RuneCountInString(name) > 200:
		v.Add("name", "Namnet får vara högst 200 tecken.")
	}
	if utf8.RuneCountInString(title) > 300 {
		v.Add("title", "Titeln får vara högst 300 tecken.")
	}
	if utf8.RuneCountInString(unit) > 200 {
		v.Add("unit", "Enheten får vara högst 200 tecken.")
	}
	if phone != "" && !phoneShape.MatchString(phone) {
		v.Add("phone", "Skriv telefonnumret med siffror, t.ex. 010-123 45 67 eller +46 10 123 45 67.")
	}
	return v
}

// CreateSpokesperson adds a spokesperson; the same name twice is ErrConflict.
func (s *Store) CreateSpokesperson(ctx context.Context, in SpokespersonInput, a tracker.Actor) (*Spokesperson, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	name, title, unit := strings.Join(strings.Fields(in.Name), " "), strings.TrimSpace(in.Title), strings.TrimSpace(in.Unit)
	phone := strings.Join(strings.Fields(in.Phone), " ")
	if v := validateSpokesperson(name, title, unit, phone); v.Any() {
		return nil, v
	}
	if err := s.uniqueSpokesperson(ctx, name, 0); err != nil {
		return nil, err
	}
	sp := &Spokesperson{Name: name, Title: title, Unit: unit, Phone: phone, Active: in.Active, CreatedAt: s.now()}
	// Active is written explicitly: GORM would leave a false bool to the column default.
	if err := s.db.WithContext(ctx).Select("*").Omit("ID").Create(sp).Error; err != nil {
		if lagesbild.IsUniqueViolation(err) {
			return nil, fmt.Errorf("spokesperson %q: %w", name, tracker.ErrConflict)
		}
		return nil, fmt.Errorf("create spokesperson: %w", err)
	}
	return sp, nil
}

func (s *Store) uniqueSpokesperson(ctx context.Context, name string, except int64) error {
	var n int64
	err := s.db.WithContext(ctx).Model(&Spokesperson{}).
		Where(lagesbild.FoldSQL("name")+" = ? AND id <> ?", strings.ToLower(name), except).Count(&n).Error
	if err != nil {
		return fmt.Errorf("check spokesperson name: %w", err)
	}
	if n > 0 {
		return fmt.Errorf("spokesperson %q: %w", name, tracker.ErrConflict)
	}
	return nil
}

// Spokesperson loads one spokesperson.
func (s *Store) Spokesperson(ctx context.Context, id int64) (*Spokesperson, error) {
	var sp Spokesperson
	switch err := s.db.WithContext(ctx).Take(&sp, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, tracker.ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load spokesperson %d: %w", id, err)
	}
	sp.CreatedAt = sp.CreatedAt.UTC()
	return &sp, nil
}

// Spokespersons lists the spokespersons by name; activeOnly leaves out the inactive.
func (s *Store) Spokespersons(ctx context.Context, activeOnly bool) ([]Spokesperson, error) {
	q := s.db.WithContext(ctx).Model(&Spokesperson{})
	if activeOnly {
		q = q.Where("active = ?", true)
	}
	var out []Spokesperson
	if err := q.Order("name, id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list spokespersons: %w", err)
	}
	for i := range out {
		out[i].CreatedAt = out[i].CreatedAt.UTC()
	}
	return out, nil
}

// UpdateSpokesperson changes the given fields of a spokesperson.
func (s *Store) UpdateSpokesperson(ctx context.Context, id int64, up SpokespersonUpdate, a tracker.Actor) (*Spokesperson, error) {
	if !a.Role.EditsReports() {
		return nil, tracker.ErrForbidden
	}
	sp, err := s.Spokesperson(ctx, id)
	if err != nil {
		return nil, err
	}
	if up.Name != nil {
		sp.Name = strings.Join(strings.Fields(*up.Name), " ")
	}
	if up.Title != nil {
		sp.Title = strings.TrimSpace(*up.Title)
	}
	if up.Unit != nil {
		sp.Unit = strings.TrimSpace(*up.Unit)
	}
	if up.Phone != nil {
		sp.Phone = strings.Join(strings.Fields(*up.Phone), " ")
	}
	if up.Active != nil {
		sp.Active = *up.Active
	}
	if v := validateSpokesperson(sp.Name, sp.Title, sp.Unit, sp.Phone); v.Any() {
		return nil, v
	}
	if err := s.uniqueSpokesperson(ctx, sp.Name, id); err != nil {
		return nil, err
	}
	err = s.db.WithContext(ctx).Model(&Spokesperson{}).Where("id = ?", id).
		Updates(map[string]any{"name": sp.Name, "title": sp.Title, "unit": sp.Unit, "phone": sp.Phone, "active": sp.Active}).Error
	if err != nil {
		if lagesbild.IsUniqueViolation(err) {
			return nil, fmt.Errorf("spokesperson %q: %w", sp.Name, tracker.ErrConflict)
		}
		return nil, fmt.Errorf("update spokesperson %d: %w", id, err)
	}
	return s.Spokesperson(ctx, id)
}

// DeleteSpokesperson removes a spokesperson. Published reports keep the
// names they were published with.
func (s *Store) DeleteSpokesperson(ctx context.Context, id int64, a tracker.Actor) error {
	if !a.Role.EditsReports() {
		return tracker.ErrForbidden
	}
	res := s.db.WithContext(ctx).Delete(&Spokesperson{}, id)
	if res.Error != nil {
		return fmt.Errorf("delete spokesperson %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return tracker.ErrNotFound
	}
	return nil
}
