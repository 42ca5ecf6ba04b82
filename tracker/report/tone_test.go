package report_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild"
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
	"gorm.io/gorm"
)

type labelled struct {
	tone     report.Tone
	sentence string
}

// readLabelled reads testdata/tone_labelled.tsv and splits it: even lines
// tune the lexicon, odd lines are held out.
func readLabelled(tb testing.TB) (tuning, heldOut []labelled) {
	tb.Helper()
	f, err := os.Open("testdata/tone_labelled.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		label, sentence, ok := strings.Cut(line, "\t")
		if !ok || !report.Tone(label).Valid() {
			tb.Fatalf("bad line %q", line)
		}
		l := labelled{report.Tone(label), sentence}
		if n%2 == 0 {
			tuning = append(tuning, l)
		} else {
			heldOut = append(heldOut, l)
		}
		n++
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return tuning, heldOut
}

// evaluate scores the set and returns the accuracy and a printable confusion matrix.
func evaluate(set []labelled) (float64, string, []string) {
	confusion := map[report.Tone]map[report.Tone]int{}
	right := 0
	var wrong []string
	for _, l := range set {
		got := report.ScoreTone(l.sentence)
		if confusion[l.tone] == nil {
			confusion[l.tone] = map[report.Tone]int{}
		}
		confusion[l.tone][got.Tone]++
		if got.Tone == l.tone {
			right++
		} else {
			wrong = append(wrong, fmt.Sprintf("want %s, got %s (%v %v): %s", l.tone, got.Tone, got.Score, got.Evidence, l.sentence))
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s %10s %10s %10s\n", "label\\scored", "critical", "neutral", "supportive")
	for _, want := range report.Tones {
		fmt.Fprintf(&b, "%-12s", want)
		for _, got := range report.Tones {
			fmt.Fprintf(&b, " %10d", confusion[want][got])
		}
		b.WriteString("\n")
	}
	return float64(right) / float64(len(set)), b.String(), wrong
}

func TestToneAccuracy(t *testing.T) {
	tuning, heldOut := readLabelled(t)
	if len(tuning)+len(heldOut) < 60 {
		t.Fatalf("only %d labelled sentences, want at least 60", len(tuning)+len(heldOut))
	}
	for _, half := range []struct {
		name string
		set  []labelled
		min  float64
	}{
		{"tuning half", tuning, 0.75},
		{"held-out half", heldOut, 0.75},
		{"all", append(append([]labelled{}, tuning...), heldOut...), 0.75},
	} {
		acc, matrix, wrong := evaluate(half.set)
		t.Logf("%s: accuracy %.3f (%d sentences)\n%s", half.name, acc, len(half.set), matrix)
		if os.Getenv("TONE_VERBOSE") == half.name {
			for _, w := range wrong {
				t.Log(w)
			}
		}
		if acc < half.min {
			t.Errorf("%s: accuracy %.3f, want at least %.2f", half.name, acc, half.min)
		}
	}
}

func TestScoreTone(t *testing.T) {
	tests := map[string]struct {
		text     string
		tone     report.Tone
		evidence []string
	}{
		"a critical word":              {"Det är kaos.", report.ToneCritical, []string{`"kaos" −2`}},
		"inflected":                    {"Införandet misslyckades.", report.ToneCritical, []string{`"misslyckades" −2`}},
		"in a compound":                {"Vårdkaoset fortsätter.", report.ToneCritical, []string{`"vårdkaoset" −2`}},
		"a phrase, counted once":       {"Ansvar måste utkrävas.", report.ToneCritical, []string{`"ansvar måste utkrävas" −2`}},
		"negated praise is criticism":  {"Det är inte acceptabelt.", report.ToneCritical, []string{`"acceptabelt" −1 (negerat)`}},
		"negated criticism, half":      {"Det är inget misslyckande.", report.ToneSupportive, []string{`"misslyckande" +1 (negerat)`}},
		"intensified":                  {"Helt oacceptabelt!", report.ToneCritical, []string{`"oacceptabelt" −3 (förstärkt)`}},
		"not only is no negation":      {"Inte bara kaos.", report.ToneCritical, []string{`"kaos" −2`}},
		"negation stops at a comma":    {"Inte nu, kaos.", report.ToneCritical, []string{`"kaos" −2`}},
		"supportive phrase":            {"Det var rätt beslut och modigt.", report.ToneSupportive, []string{`"rätt beslut" +2`, `"modigt" +2`}},
		"bra att":                      {"Bra att regionen lyssnar.", report.ToneSupportive, []string{`"bra att" +1,5`}},
		"shielded: haverikommissionen": {"Statens haverikommission utreder.", report.ToneNeutral, []string{}},
		"nothing to go on":             {"Regionen återgår på onsdag.", report.ToneNeutral, []string{}},
		"both sides cancel":            {"Modigt, men ett misslyckande.", report.ToneNeutral, []string{`"modigt" +2`, `"misslyckande" −2`}},
		"a gap in the phrase":          {"Regionen har förlorat allt förtroende.", report.ToneCritical, []string{`"förlorat allt förtroende" −2`}},
		"upper case and hyphen":        {"IT-SKANDALEN VÄXER", report.ToneCritical, []string{`"skandalen" −2`}},
		"empty":                        {"", report.ToneNeutral, []string{}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := report.ScoreTone(tt.text)
			if got.Tone != tt.tone || strings.Join(got.Evidence, "|") != strings.Join(tt.evidence, "|") {
				t.Errorf("ScoreTone(%q) = %s %v %q, want %s %q", tt.text, got.Tone, got.Score, got.Evidence, tt.tone, tt.evidence)
			}
		})
	}
	t.Run("a long text needs more evidence", func(t *testing.T) {
		text := "Det är kaos. " + strings.Repeat("Regionen informerar om läget. ", 60)
		if got := report.ScoreTone(text); got.Tone != report.ToneNeutral || got.Score != -2 {
			t.Errorf("long text = %+v", got)
		}
		if got := report.ScoreTone("Det är kaos. " + strings.Repeat("Regionen informerar. ", 10)); got.Tone != report.ToneCritical {
			t.Errorf("short text = %+v", got)
		}
	})
	t.Run("a scorer of one's own lexicon", func(t *testing.T) {
		sc := report.NewToneScorer([]report.ToneTerm{{Pattern: "bra", Weight: 1}, {Pattern: "tokig*", Weight: -1}})
		if got := sc.Score("Tokigt men bra"); got.Tone != report.ToneNeutral || got.Score != 0 {
			t.Errorf("own lexicon = %+v", got)
		}
	})
}

func TestToneCorrections(t *testing.T) {
	lagesbild.EachDB(t, migrations, func(t *testing.T, db *gorm.DB) {
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
