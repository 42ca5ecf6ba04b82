package tracker

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"gorm.io/gorm"
)

// EventArticleLinked is the audit-trail entry of an article linked to a case.
const EventArticleLinked = "article_linked"

// ArticleLink ties an article of the coverage to a case: typically a press
// inquiry and the story the journalist published afterwards. The article is
// ingest's (its id in the articles table); the register keeps only the id,
// so the caller checks that the article exists, and a link outlives an
// article removed with its feed.
type ArticleLink struct {
	CaseID    int64 `gorm:"primaryKey;autoIncrement:false"`
	ArticleID int64 `gorm:"primaryKey;autoIncrement:false"`
	LinkedBy  string
	LinkedAt  time.Time
}

// TableName is the link table.
func (ArticleLink) TableName() string { return "case_articles" }

// AfterFind keeps times in UTC whatever zone the database session uses.
func (l *ArticleLink) AfterFind(*gorm.DB) error {
	l.LinkedAt = l.LinkedAt.UTC()
	return nil
}

// LinkedCase is a case an article is linked to, as the article shows it.
type LinkedCase struct {
	ID       int64
	Number   string
	Kind     Kind
	Status   Status
	Subject  string
	LinkedBy string
	LinkedAt time.Time
}

// LinkArticle links an article to a case and records EventArticleLinked in
// the case's audit trail, in one transaction. Those who work the register
// (press officers, administrators) may; a case of any status takes links (the
// story often appears after the inquiry was answered). An unknown case is
// ErrNotFound; the same article twice is ErrConflict.
func (s *Store) LinkArticle(ctx context.Context, caseID, articleID int64, a Actor) (*ArticleLink, error) {
	if !a.Role.WorksRegister() {
		return nil, ErrForbidden
	}
	if articleID < 1 {
		v := &ValidationError{}
		v.Add("article_id", "Ange artikelns id.")
		return nil, v
	}
	link := &ArticleLink{CaseID: caseID, ArticleID: articleID, LinkedBy: a.Username,
		LinkedAt: s.now().UTC().Truncate(time.Microsecond)}
	err := s.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		if _, err := lockCase(tx, caseID); err != nil {
			return err
		}
		var n int64
		if err := tx.Model(&ArticleLink{}).Where("case_id = ? AND article_id = ?", caseID, articleID).
			Count(&n).Error; err != nil {
			return err
		}
		if n > 0 {
			return ErrConflict
		}
		if err := tx.Create(link).Error; err != nil {
			if isUniqueViolation(err) {
				return ErrConflict
			}
			return err
		}
		return addEvent(tx, caseID, link.LinkedAt, a, EventArticleLinked, map[string]any{"article_id": articleID})
	})
	if err != nil {
		return nil, wrapDomain(fmt.Sprintf("link article %d to case %d", articleID, caseID), err)
	}
	return link, nil
}

// CaseArticles lists the articles linked to a case, in the order they were
// linked. An unknown case is ErrNotFound.
func (s *Store) CaseArticles(ctx context.Context, caseID int64) ([]ArticleLink, error) {
	var n int64
	if err := s.db.WithContext(ctx).Model(&Case{}).Where("id = ?", caseID).Count(&n).Error; err != nil {
		return nil, fmt.Errorf("load case %d: %w", caseID, err)
	}
	if n == 0 {
		return nil, ErrNotFound
	}
	var out []ArticleLink
	if err := s.db.WithContext(ctx).Where("case_id = ?", caseID).Order("linked_at, article_id").
		Find(&out).Error; err != nil {
		return nil, fmt.Errorf("articles of case %d: %w", caseID, err)
	}
	return out, nil
}

// ArticleCases lists the cases an article is linked to, by register number.
func (s *Store) ArticleCases(ctx context.Context, articleID int64) ([]LinkedCase, error) {
	var out []LinkedCase
	if err := s.db.WithContext(ctx).Table("case_articles").
		Joins("JOIN cases ON cases.id = case_articles.case_id").
		Where("case_articles.article_id = ?", articleID).
		Select("cases.id, cases.number, cases.kind, cases.status, cases.subject, case_articles.linked_by, case_articles.linked_at").
		Order("cases.number").Scan(&out).Error; err != nil {
		return nil, fmt.Errorf("cases of article %d: %w", articleID, err)
	}
	for i := range out {
		out[i].LinkedAt = out[i].LinkedAt.UTC()
	}
	return out, nil
}

// numberShape reads a register number as people type it: "HA-2024-0001",
// "ha 2024-1", "PF-2024-12".
var numberShape = regexp.MustCompile(`^(?i)(HA|PF)[\s-]*(\d{4})[\s-]*(\d{1,6})$`)

// CaseByNumber loads the case with a register number, read leniently (any
// case, spaces or dashes, the sequence with or without its leading zeros).
// A number that is not one, or that no case has, is ErrNotFound.
func (s *Store) CaseByNumber(ctx context.Context, number string) (*Case, error) {
	m := numberShape.FindStringSubmatch(strings.TrimSpace(number))
	if m == nil {
		return nil, ErrNotFound
	}
	year, _ := strconv.Atoi(m[2])
	seq, _ := strconv.Atoi(m[3])
	canonical := fmt.Sprintf("%s-%d-%04d", strings.ToUpper(m[1]), year, seq)
	var ids []int64
	if err := s.db.WithContext(ctx).Model(&Case{}).Where("number = ?", canonical).Pluck("id", &ids).Error; err != nil {
		return nil, fmt.Errorf("find case %s: %w", canonical, err)
	}
	if len(ids) == 0 {
		return nil, ErrNotFound
	}
	return s.Case(ctx, ids[0])
}

// LinkedArticleIDs lists every article some case links to: they outlive
// their feed (see ingest.Keep).
func (s *Store) LinkedArticleIDs(ctx context.Context) ([]int64, error) {
	var ids []int64
	if err := s.db.WithContext(ctx).Model(&ArticleLink{}).Distinct("article_id").Order("article_id").
		Pluck("article_id", &ids).Error; err != nil {
		return nil, fmt.Errorf("list linked articles: %w", err)
	}
	return ids, nil
}
