package tracker_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"gorm.io/gorm"
)

func TestLinkArticle(t *testing.T) {
	dbtest.EachDB(t, tracker.Migrations, func(t *testing.T, db *gorm.DB) {
		now := sthlm(t, "2024-11-19 10:00")
		s, clk := newStore(t, db, now)
		ctx := context.Background()
		inquiry := mustCreate(t, s, pressInquiry(now), anna)
		answered := mustMove(t, s, inquiry.ID, anna, tracker.StatusInProgress, tracker.StatusAnswered)
		request := mustCreate(t, s, docRequest(now), anna)

		clk.Advance(time.Hour)
		link, err := s.LinkArticle(ctx, answered.ID, 42, bertil)
		if err != nil {
			t.Fatalf("link an article to an answered inquiry: %v", err)
		}
		if link.CaseID != answered.ID || link.ArticleID != 42 || link.LinkedBy != "bertil" || !link.LinkedAt.Equal(now.Add(time.Hour)) {
			t.Errorf("link = %+v", link)
		}
		if _, err := s.LinkArticle(ctx, request.ID, 42, admin); err != nil {
			t.Fatalf("the same article to another case: %v", err)
		}
		clk.Advance(time.Minute)
		if _, err := s.LinkArticle(ctx, answered.ID, 7, anna); err != nil {
			t.Fatal(err)
		}

		t.Run("the audit trail records it", func(t *testing.T) {
			events, err := s.Events(ctx, answered.ID)
			if err != nil {
				t.Fatal(err)
			}
			var linked []tracker.Event
			for _, e := range events {
				if e.Type == tracker.EventArticleLinked {
					linked = append(linked, e)
				}
			}
			if len(linked) != 2 || linked[0].Actor != "bertil" || eventData(t, linked[0])["article_id"] != float64(42) {
				t.Errorf("article_linked events = %+v", linked)
			}
		})

		t.Run("twice is a conflict and records nothing", func(t *testing.T) {
			before, _ := s.Events(ctx, answered.ID)
			if _, err := s.LinkArticle(ctx, answered.ID, 42, anna); !errors.Is(err, tracker.ErrConflict) {
				t.Errorf("err = %v, want ErrConflict", err)
			}
			after, _ := s.Events(ctx, answered.ID)
			if len(after) != len(before) {
				t.Errorf("events %d → %d", len(before), len(after))
			}
		})

		t.Run("refused", func(t *testing.T) {
			tests := map[string]struct {
				caseID, articleID int64
				actor             tracker.Actor
				want              error
			}{
				"analyst":      {answered.ID, 9, analyst, tracker.ErrForbidden},
				"editor":       {answered.ID, 9, editor, tracker.ErrForbidden},
				"unknown case": {999999, 9, anna, tracker.ErrNotFound},
			}
			for name, tt := range tests {
				t.Run(name, func(t *testing.T) {
					if _, err := s.LinkArticle(ctx, tt.caseID, tt.articleID, tt.actor); !errors.Is(err, tt.want) {
						t.Errorf("err = %v, want %v", err, tt.want)
					}
				})
			}
			_, err := s.LinkArticle(ctx, answered.ID, 0, anna)
			wantField(t, err, "article_id")
		})

		t.Run("listed both ways", func(t *testing.T) {
			links, err := s.CaseArticles(ctx, answered.ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(links) != 2 || links[0].ArticleID != 42 || links[1].ArticleID != 7 {
				t.Errorf("case articles = %+v, want 42 then 7", links)
			}
			if _, err := s.CaseArticles(ctx, 999999); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("articles of an unknown case: err = %v", err)
			}
			cases, err := s.ArticleCases(ctx, 42)
			if err != nil {
				t.Fatal(err)
			}
			if len(cases) != 2 || cases[0].Number != request.Number || cases[1].Number != answered.Number ||
				cases[1].Kind != tracker.PressInquiry || cases[1].Status != tracker.StatusAnswered || cases[1].LinkedBy != "bertil" ||
				!cases[1].LinkedAt.Equal(now.Add(time.Hour)) {
				t.Errorf("cases of article 42 = %+v", cases)
			}
			if cases, err := s.ArticleCases(ctx, 8); err != nil || len(cases) != 0 {
				t.Errorf("cases of an unlinked article = %+v, %v", cases, err)
			}
		})
	})
}

func TestCaseByNumber(t *testing.T) {
	db := dbtest.OpenTestSQLite(t, tracker.Migrations)
	now := sthlm(t, "2024-11-19 10:00")
	s, _ := newStore(t, db, now)
	ctx := context.Background()
	c := mustCreate(t, s, docRequest(now), anna) // HA-2024-0001
	if c.Number != "HA-2024-0001" {
		t.Fatalf("number = %s", c.Number)
	}
	for _, typed := range []string{"HA-2024-0001", " ha-2024-0001 ", "HA 2024-1", "ha2024-0001"} {
		got, err := s.CaseByNumber(ctx, typed)
		if err != nil || got.ID != c.ID {
			t.Errorf("CaseByNumber(%q) = %v, %v", typed, got, err)
		}
	}
	for _, typed := range []string{"", "HA-2024-0002", "PF-2024-0001", "HA-24-1", "1", "HA-2024-0001; DROP TABLE cases"} {
		if _, err := s.CaseByNumber(ctx, typed); !errors.Is(err, tracker.ErrNotFound) {
			t.Errorf("CaseByNumber(%q): err = %v, want ErrNotFound", typed, err)
		}
	}
}
