package report_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

func TestToneCorrections(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		s, c := newStore(t, db, sthlm(t, "2024-11-19 10:00"))
		ctx := context.Background()
		_, err := s.SetTone(ctx, 0, report.ToneCritical, analyst)
		wantField(t, err, "article_id")
		_, err = s.SetTone(ctx, 7, "angry", analyst)
		wantField(t, err, "tone")
		if _, err := s.SetTone(ctx, 7, report.ToneCritical, anna); !errors.Is(err, tracker.ErrForbidden) {
			t.Errorf("press officer: err = %v, want ErrForbidden", err)
		}
		if _, err := s.SetTone(ctx, 7, report.ToneCritical, analyst); err != nil {
			t.Fatal(err)
		}
		c.Advance(time.Hour)
		got, err := s.SetTone(ctx, 7, report.ToneSupportive, editor) // a second correction replaces the first
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.SetTone(ctx, 8, report.ToneNeutral, admin); err != nil {
			t.Fatal(err)
		}
		overrides, err := s.ToneOverrides(ctx, []int64{7, 8, 9})
		if err != nil {
			t.Fatal(err)
		}
		if len(overrides) != 2 || overrides[7].Tone != report.ToneSupportive || overrides[7].CorrectedBy != "erik" ||
			!overrides[7].CorrectedAt.Equal(sthlm(t, "2024-11-19 11:00")) || overrides[8].Tone != report.ToneNeutral {
			t.Errorf("overrides = %+v", overrides)
		}
		if got.Tone != report.ToneSupportive {
			t.Errorf("SetTone = %+v", got)
		}
		if m, err := s.ToneOverrides(ctx, nil); err != nil || len(m) != 0 {
			t.Errorf("no ids: %v, %v", m, err)
		}
		many := make([]int64, 2500) // more than one chunk
		for i := range many {
			many[i] = int64(i + 1)
		}
		if m, err := s.ToneOverrides(ctx, many); err != nil || len(m) != 2 {
			t.Errorf("2 500 ids: %d, %v", len(m), err)
		}
		if err := s.ClearTone(ctx, 8, analyst); err != nil {
			t.Fatal(err)
		}
		if _, err := s.ToneCorrection(ctx, 8); !errors.Is(err, tracker.ErrNotFound) {
			t.Errorf("after clearing: %v", err)
		}
		if err := s.ClearTone(ctx, 8, analyst); !errors.Is(err, tracker.ErrNotFound) {
			t.Errorf("clearing twice: %v", err)
		}
	})
}
