package tone

import (
	"strings"
	"testing"
)

func TestLexiconParses(t *testing.T) {
	terms, err := ParseTerms(lexiconText)
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) < 2000 {
		t.Errorf("%d terms, want the whole shipped lexicon", len(terms))
	}
	if _, err := ParseTerms("-2 ok*\nx bad"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a bad line: err = %v, want it named", err)
	}
}

// The lexicon alone, rule by rule: what each structure does to a term.
func TestLexiconRules(t *testing.T) {
	s := New([]Term{{"bra", 1.5}, {"misslyck*", -2}, {"kritik*", -1}, {"orättvis*", 2}, {"avgå*", -2}}, nil)
	tests := map[string]struct {
		text string
		want Tone
	}{
		"praise":                               {"Det var bra gjort.", Supportive},
		"negated praise is criticism":          {"Det var inte bra.", Critical},
		"negated criticism leans supportive":   {"Det var inget misslyckande, det var bra.", Supportive},
		"the clause after men outweighs":       {"Visserligen bra information, men ett misslyckande i sak.", Critical},
		"a concession counts little":           {"Trots misslyckandet i våras är det bra nu.", Supportive},
		"irony turns praise":                   {"Bra jobbat igen, regionen.", Critical},
		"a rhetorical question turns praise":   {"Är det här verkligen bra?", Critical},
		"criticism of the critics supports":    {"Kritiken mot regionen är orättvis.", Supportive},
		"demands on the critics' side":         {"Alla som nu kräver att direktören ska avgå har fel.", Supportive},
		"nothing to go on is neutral":          {"Regionen håller presskonferens klockan tio.", Neutral},
		"a superlative after aldrig is praise": {"Vi har aldrig haft så bra kontakt med myndigheten.", Supportive},
		"ingen opens a clause that it negates": {"Ingen kan påstå att arbetet var ett misslyckande.", Supportive},
		"an intensifier strengthens criticism": {"Ett totalt misslyckande.", Critical},
		"a long neutral text dilutes one word": {"Ett misslyckande. " + strings.Repeat("Regionen informerar om läget. ", 40), Neutral},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := s.Score(tt.text); got.Tone != tt.want {
				t.Errorf("Score(%q) = %s %v %+v, want %s", tt.text, got.Tone, got.Score, got.Evidence, tt.want)
			}
		})
	}
}

// The evidence names the words and what changed their weight.
func TestEvidence(t *testing.T) {
	got := New([]Term{{"oacceptab*", -2}}, nil).Score("Det är helt oacceptabelt.")
	if len(got.Evidence) != 1 || got.Evidence[0].Term != "oacceptabelt" || got.Evidence[0].Weight != -3 ||
		got.Evidence[0].Note != "förstärkt" {
		t.Errorf("evidence = %+v", got.Evidence)
	}
	if ev := Suggest("Regionen informerar.").Evidence; ev == nil {
		t.Error("evidence is nil, want an empty list")
	}
}

// What people confirm is learnt: a word the seed never had turns the
// suggestion once enough readers have said what it means here.
func TestLearnFromCorrections(t *testing.T) {
	text := "Lappverket på akuten fortsätter."
	if got := Default().Score(text); got.Tone == Critical {
		t.Fatalf("before learning: %s, want the test to start elsewhere", got.Tone)
	}
	var corrections []Example
	for _, c := range []string{"Lappverket på avdelningen fortsätter.", "Lappverket är tillbaka.",
		"Nu blir det lappverket igen.", "Lappverket i journalerna växer.", "Lappverket sprider sig till fler sjukhus.",
		"Personalen orkar inte med lappverket.", "Lappverket har blivit vardag.", "Ännu en vecka med lappverket."} {
		corrections = append(corrections, Example{Text: c, Tone: Critical})
	}
	learnt := Default().Learn(corrections)
	if got := learnt.Score(text); got.Tone != Critical {
		t.Errorf("after learning: %s %v %+v, want critical", got.Tone, got.Score, got.Evidence)
	}
	if got := Default().Score(text); got.Tone == Critical {
		t.Error("learning changed the default scorer")
	}
}
