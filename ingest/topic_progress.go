package ingest

import (
	"context"
	"fmt"
)

// TopicProgress is how far a monitored topic has been applied to the articles.
type TopicProgress struct {
	ID            int64
	Name          string
	Query         string
	TaggedThrough int64 // every article with id ≤ this has been matched against Query
}

// TopicsBehind lists the topics not yet applied to every article up to upTo.
func (s *Store) TopicsBehind(ctx context.Context, upTo int64) ([]TopicProgress, error) {
	var ts []TopicProgress
	err := s.db.WithContext(ctx).Table("topics").Select("id, name, query, tagged_through").
		Where("tagged_through < ?", upTo).Order("id").Scan(&ts).Error
	if err != nil {
		return nil, fmt.Errorf("topics behind %d: %w", upTo, err)
	}
	return ts, nil
}

// SetTopicProgress records that a topic has been applied through article id through.
func (s *Store) SetTopicProgress(ctx context.Context, topicID, through int64) error {
	err := s.db.WithContext(ctx).Table("topics").Where("id = ? AND tagged_through < ?", topicID, through).
		Update("tagged_through", through).Error
	if err != nil {
		return fmt.Errorf("topic %d progress: %w", topicID, err)
	}
	return nil
}

// ArticleIDsBetween lists article ids in (after, upTo], in order, at most limit.
func (s *Store) ArticleIDsBetween(ctx context.Context, after, upTo int64, limit int) ([]int64, error) {
	var ids []int64
	err := s.db.WithContext(ctx).Table("articles").Where("id > ? AND id <= ?", after, upTo).
		Order("id").Limit(clampLimit(limit)).Pluck("id", &ids).Error
	if err != nil {
		return nil, fmt.Errorf("article ids after %d: %w", after, err)
	}
	return ids, nil
}
