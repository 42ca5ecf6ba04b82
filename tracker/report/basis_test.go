package report_test

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

func TestBasisChanges(t *testing.T) {
	was := report.Basis{Coverage: 142, Pressure: report.PressureHigh, Open: 18, Overdue: 6, Critical: 4, Themes: []string{"Aurora"}}
	now := was
	if got := was.Changes(now); len(got) != 0 {
		t.Errorf("the same figures changed: %v", got)
	}
	now.Open, now.Pressure, now.Themes = 25, report.PressureVeryHigh, []string{"Aurora", "IMY-anmälan"}
	var got []string
	for _, c := range was.Changes(now) {
		got = append(got, c.String())
	}
	want := []string{"Medietryck: hög → mycket hög", "Teman: Aurora → Aurora, IMY-anmälan", "Öppna ärenden: 18 → 25"}
	if !slices.Equal(got, want) {
		t.Errorf("changes = %q, want %q", got, want)
	}
	if b, err := report.ParseBasis(was.JSON()); err != nil || !slices.Equal(b.Themes, was.Themes) || b.Open != 18 {
		t.Errorf("ParseBasis(JSON) = %+v, %v", b, err)
	}
	if _, err := report.ParseBasis("{inte json"); err == nil {
		t.Error("ParseBasis of garbage: no error")
	}
}

func TestDraftStalenessAndConfirmation(t *testing.T) {
	dbtest.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
		ctx := context.Background()
		s, c := newStore(t, db, sthlm(t, "2024-11-19 15:00"))
		day, _ := tracker.DayPeriod("2024-11-19")
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-19 09:00")), anna)

		r, err := s.Compose(ctx, day, report.ComposeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(r.FigureSentences) == 0 || !slices.Equal(r.Narrative.Situation, r.FigureSentences) || len(r.Editable.Situation) != 0 {
			t.Fatalf("suggestion: figure sentences %q, situation %q, editable %q", r.FigureSentences, r.Narrative.Situation, r.Editable.Situation)
		}

		// The editor posts the whole situation back with a bullet of their own.
		own := "Ett ärende är öppet sedan i morse."
		n := r.Narrative
		n.Situation = append(slices.Clone(r.Narrative.Situation), own)
		d, err := s.SaveDraftWith(ctx, day, n, report.DraftOptions{}, editor)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(d.Narrative.Situation, []string{own}) || d.Narrative.FigureSentences == nil || !*d.Narrative.FigureSentences ||
			d.Basis == nil || d.Basis.Open != 1 {
			t.Fatalf("saved: situation %q, figure sentences %v, basis %+v", d.Narrative.Situation, d.Narrative.FigureSentences, d.Basis)
		}
		r, _ = s.Compose(ctx, day, report.ComposeOptions{})
		if r.Draft == nil || r.Draft.Stale || len(r.Draft.Changes) != 0 {
			t.Errorf("fresh draft: %+v", r.Draft)
		}

		t.Run("the period has not ended", func(t *testing.T) {
			_, err := s.Publish(ctx, day, report.PublishOptions{}, editor)
			var ce *report.ConfirmError
			if !errors.As(err, &ce) || !errors.Is(err, report.ErrPeriodNotEnded) || errors.Is(err, report.ErrStaleReport) ||
				ce.Code() != "period_not_ended" || ce.Fields()["period"] == "" {
				t.Errorf("publish before the end of the day: %v", err)
			}
		})

		// A second case: the figures change under the editor's text.
		c.Advance(30 * time.Minute)
		mustCreate(t, s, docRequest(sthlm(t, "2024-11-19 15:20")), anna)
		r, err = s.Compose(ctx, day, report.ComposeOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if r.Draft == nil || !r.Draft.Stale {
			t.Fatalf("the draft is not stale: %+v", r.Draft)
		}
		var changes []string
		for _, ch := range r.Draft.Changes {
			changes = append(changes, ch.String())
		}
		if want := []string{"Inkomna begäranden om allmän handling: 1 → 2", "Öppna ärenden: 1 → 2"}; !slices.Equal(changes, want) {
			t.Errorf("changes = %q, want %q", changes, want)
		}
		if got := r.Narrative.Situation; got[len(got)-1] != own || !strings.Contains(strings.Join(got, " "), "2 begäranden om allmän handling") {
			t.Errorf("the generated sentences are not made afresh before the editor's: %q", got)
		}

		t.Run("stale text asks for confirmation", func(t *testing.T) {
			_, err := s.Publish(ctx, day, report.PublishOptions{}, editor)
			var ce *report.ConfirmError
			if !errors.As(err, &ce) || !errors.Is(err, report.ErrStaleReport) || ce.Code() != "stale_report" ||
				ce.Fields()["figures.open"] != "Öppna ärenden: 1 → 2" || !ce.NotEnded {
				t.Errorf("publish stale text: %v (%+v)", err, ce)
			}
		})
		t.Run("figure sentences alone never go stale", func(t *testing.T) {
			other, _ := tracker.DayPeriod("2024-11-18")
			r, _ := s.Compose(ctx, other, report.ComposeOptions{})
			if _, err := s.SaveDraftWith(ctx, other, r.Narrative, report.DraftOptions{}, editor); err != nil {
				t.Fatal(err)
			}
			mustCreate(t, s, docRequest(sthlm(t, "2024-11-18 12:00")), anna)
			r, _ = s.Compose(ctx, other, report.ComposeOptions{})
			if r.Draft == nil || r.Draft.Stale || len(r.Editable.Situation) != 0 {
				t.Errorf("a draft of generated sentences only: %+v, %q", r.Draft, r.Editable.Situation)
			}
			if _, err := s.Publish(ctx, other, report.PublishOptions{}, editor); err != nil {
				t.Errorf("publish an ended day with fresh sentences: %v", err)
			}
		})
		t.Run("confirmed, stale text is published", func(t *testing.T) {
			pr, err := s.Publish(ctx, day, report.PublishOptions{Confirm: true}, editor)
			if err != nil || pr.Report.Narrative.Situation[len(pr.Report.Narrative.Situation)-1] != own {
				t.Errorf("publish with confirm: %v", err)
			}
		})
		t.Run("saved again against the new figures, after the day", func(t *testing.T) {
			c.Set(sthlm(t, "2024-11-20 08:00"))
			r, _ := s.Compose(ctx, day, report.ComposeOptions{})
			b := r.Basis()
			if _, err := s.SaveDraftWith(ctx, day, r.Editable, report.DraftOptions{Basis: &b}, editor); err != nil {
				t.Fatal(err)
			}
			if _, err := s.Publish(ctx, day, report.PublishOptions{}, editor); err != nil {
				t.Errorf("publish fresh text of an ended day: %v", err)
			}
		})
		t.Run("a period since the last report runs to now: not early", func(t *testing.T) {
			p, err := s.Period(ctx, report.PeriodQuery{Since: report.SinceLast}, "")
			if err != nil {
				t.Fatal(err)
			}
			if _, err := s.Publish(ctx, p, report.PublishOptions{}, editor); err != nil {
				t.Errorf("publish since the last report: %v", err)
			}
		})
		t.Run("own text without the figure sentences", func(t *testing.T) {
			other, _ := tracker.DayPeriod("2024-11-17")
			d, err := s.SaveDraftWith(ctx, other, report.Narrative{Situation: []string{"Helt egen text."}}, report.DraftOptions{}, editor)
			if err != nil || d.Narrative.FigureSentences == nil || *d.Narrative.FigureSentences {
				t.Fatalf("saved %+v, %v", d, err)
			}
			r, _ := s.Compose(ctx, other, report.ComposeOptions{})
			if !slices.Equal(r.Narrative.Situation, []string{"Helt egen text."}) {
				t.Errorf("situation = %q", r.Narrative.Situation)
			}
		})
	})
}
