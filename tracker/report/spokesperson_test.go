package report_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

func TestSpokespersons(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, _ := newStore(t, db, sthlm(t, "2024-11-19 10:00"))
		ctx := context.Background()

		invalid := map[string]struct {
			in    report.SpokespersonInput
			field string
		}{
			"no name":        {report.SpokespersonInput{Name: "  "}, "name"},
			"name too long":  {report.SpokespersonInput{Name: strings.Repeat("å", 201)}, "name"},
			"title too long": {report.SpokespersonInput{Name: "Karin Lund", Title: strings.Repeat("t", 301)}, "title"},
			"unit too long":  {report.SpokespersonInput{Name: "Karin Lund", Unit: strings.Repeat("u", 201)}, "unit"},
		}
		for name, tt := range invalid {
			t.Run(name, func(t *testing.T) {
				_, err := s.CreateSpokesperson(ctx, tt.in, editor)
				wantField(t, err, tt.field)
			})
		}
		for name, a := range map[string]tracker.Actor{"analyst": analyst, "press officer": anna} {
			t.Run(name+" may not", func(t *testing.T) {
				if _, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "X Y"}, a); !errors.Is(err, tracker.ErrForbidden) {
					t.Errorf("err = %v, want ErrForbidden", err)
				}
			})
		}

		karin, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "  Karin   Lund ", Title: " hälso- och sjukvårdsdirektör ",
			Unit: "Koncernkontoret", Active: true}, editor)
		if err != nil {
			t.Fatal(err)
		}
		if karin.ID == 0 || karin.Name != "Karin Lund" || karin.Title != "hälso- och sjukvårdsdirektör" || !karin.Active {
			t.Errorf("created = %+v", karin)
		}
		per, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "Per Ek", Active: false}, admin)
		if err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Spokesperson(ctx, per.ID); got.Active {
			t.Errorf("inactive spokesperson stored as active: %+v", got)
		}
		t.Run("the same name twice, in other case", func(t *testing.T) {
			if _, err := s.CreateSpokesperson(ctx, report.SpokespersonInput{Name: "KARIN LUND"}, editor); !errors.Is(err, tracker.ErrConflict) {
				t.Errorf("err = %v, want ErrConflict", err)
			}
		})
		t.Run("list", func(t *testing.T) {
			all, err := s.Spokespersons(ctx, false)
			if err != nil || len(all) != 2 || all[0].Name != "Karin Lund" || all[1].Name != "Per Ek" {
				t.Errorf("all = %+v, %v", all, err)
			}
			active, err := s.Spokespersons(ctx, true)
			if err != nil || len(active) != 1 || active[0].ID != karin.ID {
				t.Errorf("active = %+v, %v", active, err)
			}
		})
		t.Run("update", func(t *testing.T) {
			got, err := s.UpdateSpokesperson(ctx, per.ID, report.SpokespersonUpdate{Title: ptr("överläkare"), Active: ptr(true)}, editor)
			if err != nil {
				t.Fatal(err)
			}
			if got.Name != "Per Ek" || got.Title != "överläkare" || !got.Active {
				t.Errorf("updated = %+v", got)
			}
			if _, err := s.UpdateSpokesperson(ctx, per.ID, report.SpokespersonUpdate{Name: ptr("karin lund")}, editor); !errors.Is(err, tracker.ErrConflict) {
				t.Errorf("rename onto another: err = %v, want ErrConflict", err)
			}
			_, err = s.UpdateSpokesperson(ctx, per.ID, report.SpokespersonUpdate{Name: ptr("")}, editor)
			wantField(t, err, "name")
			if _, err := s.UpdateSpokesperson(ctx, per.ID, report.SpokespersonUpdate{Active: ptr(false)}, analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("analyst: err = %v", err)
			}
			if _, err := s.UpdateSpokesperson(ctx, 9999, report.SpokespersonUpdate{Active: ptr(false)}, editor); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("missing: err = %v", err)
			}
		})
		t.Run("delete", func(t *testing.T) {
			if err := s.DeleteSpokesperson(ctx, per.ID, analyst); !errors.Is(err, tracker.ErrForbidden) {
				t.Errorf("analyst: err = %v", err)
			}
			if err := s.DeleteSpokesperson(ctx, per.ID, editor); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Spokesperson(ctx, per.ID); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("after delete: err = %v", err)
			}
			if err := s.DeleteSpokesperson(ctx, per.ID, editor); !errors.Is(err, tracker.ErrNotFound) {
				t.Errorf("twice: err = %v", err)
			}
		})
	})
}
