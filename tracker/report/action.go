package report

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/lagesbild/lagesbild/tracker"
)

// ActionKind is the kind of a communication action (kommunikativ åtgärd).
type ActionKind string

const (
	ActionPressRelease ActionKind = "press_release" // pressmeddelande
	ActionExternalNews ActionKind = "external_news" // extern nyhet
	ActionInternalNews ActionKind = "internal_news" // intern nyhet
	ActionOther        ActionKind = "other"
)

// ActionKinds lists every action kind in display order.
var ActionKinds = []ActionKind{ActionPressRelease, ActionExternalNews, ActionInternalNews, ActionOther}

// Label is the Swedish name of the kind.
func (k ActionKind) Label() string {
	switch k {
	case ActionPressRelease:
		return "Pressmeddelande"
	case ActionExternalNews:
		return "Extern nyhet"
	case ActionInternalNews:
		return "Intern nyhet"
	case ActionOther:
		return "Övrigt"
	}
	return string(k)
}

// Action is something the organisation itself published.
type Action struct {
	ID        int64  `gorm:"primaryKey"`
	Date      string `gorm:"size:10"` // YYYY-MM-DD
	Kind      ActionKind
	Title     string
	URL       string
	CreatedBy string
	CreatedAt time.Time
}

// NewAction is what recording an action takes.
type NewAction struct {
	Date, Title, URL string
	Kind             ActionKind
}

// CreateAction records a communication action.
func (s *Store) CreateAction(ctx context.Context, in NewAction, a tracker.Actor) (*Action, error) {
	if !a.Role.RecordsActions() {
		return nil, tracker.ErrForbidden
	}
	in.Date, in.Title, in.URL = strings.TrimSpace(in.Date), strings.TrimSpace(in.Title), strings.TrimSpace(in.URL)
	v := &tracker.ValidationError{}
	if _, err := time.ParseInLocation(time.DateOnly, in.Date, tracker.Stockholm); err != nil {
		v.Add("date", "Ange datum som ÅÅÅÅ-MM-DD.")
	}
	kindOK := false
	for _, k := range ActionKinds {
		kindOK = kindOK || k == in.Kind
	}
	if !kindOK {
		v.Add("kind", "Okänd typ. Tillåtna: press_release, external_news, internal_news, other.")
	}
	switch {
	case in.Title == "":
		v.Add("title", "Skriv en rubrik.")
	case utf8.RuneCountInString(in.Title) > 500:
		v.Add("title", "Rubriken får vara högst 500 tecken.")
	}
	if in.URL != "" {
		u, err := url.Parse(in.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || len(in.URL) > 2000 {
			v.Add("url", "Länken ska vara en fullständig http- eller https-adress.")
		}
	}
	if v.Any() {
		return nil, v
	}
	act := &Action{Date: in.Date, Kind: in.Kind, Title: in.Title, URL: in.URL, CreatedBy: a.Username, CreatedAt: s.now()}
	if err := s.db.WithContext(ctx).Create(act).Error; err != nil {
		return nil, fmt.Errorf("create action: %w", err)
	}
	return act, nil
}

// Actions lists the actions dated from..to (both included, "" for open ends), newest first.
func (s *Store) Actions(ctx context.Context, from, to string) ([]Action, error) {
	q := s.db.WithContext(ctx).Model(&Action{})
	if from != "" {
		q = q.Where("date >= ?", from)
	}
	if to != "" {
		q = q.Where("date <= ?", to)
	}
	var as []Action
	if err := q.Order("date DESC, id DESC").Limit(1000).Find(&as).Error; err != nil {
		return nil, fmt.Errorf("list actions: %w", err)
	}
	return as, nil
}
