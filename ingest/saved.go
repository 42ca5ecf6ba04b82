package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"gorm.io/gorm"
)

// TopicUpdate changes the given fields of a topic; nil leaves a field as it is.
type TopicUpdate struct {
	Name  *string
	Query *string // in the search package's syntax; the caller checks it parses
}

// UpdateTopic renames a topic or changes its query. A new query takes the
// topic's tags off every article and starts its tagging over (the search
// index applies it to old and new articles again: TopicsBehind), so the
// articles it tags are those the new query matches. The same name as
// another topic is ErrConflict.
func (s *Store) UpdateTopic(ctx context.Context, id int64, up TopicUpdate) (*Topic, error) {
	var v ValidationError
	cols := map[string]any{}
	if up.Name != nil {
		name := strings.TrimSpace(*up.Name)
		checkName(&v, name)
		cols["name"] = name
	}
	query := ""
	if up.Query != nil {
		query = strings.TrimSpace(*up.Query)
		checkQuery(&v, query)
	}
	if v.Any() {
		return nil, &v
	}
	retagged := false
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var t Topic
		switch err := tx.First(&t, id).Error; {
		case errors.Is(err, gorm.ErrRecordNotFound):
			return ErrNotFound
		case err != nil:
			return err
		}
		if up.Query != nil && query != t.Query {
			cols["query"], cols["tagged_through"] = query, 0
			if err := untagTopic(tx, id); err != nil {
				return err
			}
			retagged = true
		}
		if len(cols) == 0 {
			return nil
		}
		if err := tx.Model(&Topic{}).Where("id = ?", id).Updates(cols).Error; err != nil {
			if isUniqueViolation(err) {
				return fmt.Errorf("topic %v exists: %w", cols["name"], ErrConflict)
			}
			return err
		}
		return nil
	})
	switch {
	case errors.Is(err, ErrNotFound), errors.Is(err, ErrConflict):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("update topic %d: %w", id, err)
	}
	if retagged {
		s.notify()
	}
	return s.Topic(ctx, id)
}

// SavedSearch is a query a user keeps for their own use (a monitored topic
// is everyone's and tags articles; a saved search does neither).
type SavedSearch struct {
	ID        int64 `gorm:"primaryKey"`
	Username  string
	Name      string
	Query     string
	CreatedAt time.Time
}

// AfterFind keeps times in UTC whatever zone the database session uses.
func (s *SavedSearch) AfterFind(*gorm.DB) error {
	s.CreatedAt = s.CreatedAt.UTC()
	return nil
}

// SaveSearch keeps a query under a name for a user; the same name twice
// for one user is ErrConflict.
func (s *Store) SaveSearch(ctx context.Context, username, name, query string) (*SavedSearch, error) {
	var v ValidationError
	ss := &SavedSearch{Username: username, Name: strings.TrimSpace(name), Query: strings.TrimSpace(query), CreatedAt: s.now()}
	checkName(&v, ss.Name)
	checkQuery(&v, ss.Query)
	if v.Any() {
		return nil, &v
	}
	if err := s.db.WithContext(ctx).Create(ss).Error; err != nil {
		if isUniqueViolation(err) {
			return nil, fmt.Errorf("saved search %q exists: %w", ss.Name, ErrConflict)
		}
		return nil, fmt.Errorf("save search: %w", err)
	}
	return ss, nil
}

// SavedSearches lists a user's saved searches by name.
func (s *Store) SavedSearches(ctx context.Context, username string) ([]SavedSearch, error) {
	var out []SavedSearch
	if err := s.db.WithContext(ctx).Where("username = ?", username).Order("name, id").Find(&out).Error; err != nil {
		return nil, fmt.Errorf("list saved searches: %w", err)
	}
	return out, nil
}

// SavedSearch loads one of a user's saved searches; another user's is ErrNotFound.
func (s *Store) SavedSearch(ctx context.Context, username string, id int64) (*SavedSearch, error) {
	var ss SavedSearch
	switch err := s.db.WithContext(ctx).Where("username = ?", username).First(&ss, id).Error; {
	case errors.Is(err, gorm.ErrRecordNotFound):
		return nil, ErrNotFound
	case err != nil:
		return nil, fmt.Errorf("load saved search %d: %w", id, err)
	}
	return &ss, nil
}

// DeleteSavedSearch removes one of a user's saved searches.
func (s *Store) DeleteSavedSearch(ctx context.Context, username string, id int64) error {
	res := s.db.WithContext(ctx).Where("username = ?", username).Delete(&SavedSearch{}, id)
	if res.Error != nil {
		return fmt.Errorf("delete saved search %d: %w", id, res.Error)
	}
	if res.RowsAffected == 0 {
		return ErrNotFound
	}
	return nil
}

// checkName checks the name of a topic or a saved search.
func checkName(v *ValidationError, name string) {
	switch n := utf8.RuneCountInString(name); {
	case n == 0:
		v.Add("name", "Ange ett namn.")
	case n > maxTopicName:
		v.Add("name", "Namnet är för långt.")
	}
}

// checkQuery checks the length of a topic's or a saved search's query
// (whether it parses is the search package's to say).
func checkQuery(v *ValidationError, query string) {
	switch n := utf8.RuneCountInString(query); {
	case n == 0:
		v.Add("query", "Ange en sökfråga.")
	case n > maxTopicQuery:
		v.Add("query", "Sökfrågan är för lång.")
	}
}
