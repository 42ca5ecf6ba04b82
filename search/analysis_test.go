package search

import (
	"slices"
	"testing"
)

func TestStemInflectedFormsMeet(t *testing.T) {
	groups := map[string][]string{
		"journalsystem":  {"journalsystem", "journalsystemet", "journalsystemen", "journalsystemets", "journalsystemens"},
		"akutmottagning": {"akutmottagning", "akutmottagningen", "akutmottagningar", "akutmottagningarna", "akutmottagningens"},
		"återgång":       {"återgång", "återgången", "återgångens"},
		"region":         {"region", "regionen", "regionens", "regioner", "regionerna"},
		"patient":        {"patient", "patienten", "patienter", "patienterna", "patientens"},
		"sjukhus":        {"sjukhus", "sjukhuset", "sjukhusen", "sjukhusets"},
		"sköterska":      {"sköterska", "sköterskan", "sköterskor", "sköterskorna"},
		"ärende":         {"ärende", "ärendet", "ärenden", "ärendena"},
		"ansvar":         {"ansvar", "ansvaret", "ansvarets"},
		"haveri":         {"haveri", "haveriet", "haverier"},
		"läkare":         {"läkare", "läkaren", "läkarna"},
		"säs":            {"säs", "säs:s"},
		"vgr":            {"vgr", "vgr:s"},
	}
	for name, forms := range groups {
		t.Run(name, func(t *testing.T) {
			want := Stem(forms[0])
			for _, w := range forms[1:] {
				if got := Stem(w); got != want {
					t.Errorf("Stem(%q) = %q, want %q (the stem of %q)", w, got, want, forms[0])
				}
			}
		})
	}
}

func TestStemKeepsWordsApart(t *testing.T) {
	pairs := [][2]string{
		{"får", "far"},   // å is a letter, not an a with a ring
		{"vård", "värd"}, // care, host
		{"vård", "vard"}, //
		{"för", "for"},   //
		{"patient", "patent"},
		{"region", "regering"},
		{"sjukhus", "sjukhem"},
		{"journal", "journalsystem"},
		{"system", "journalsystem"},
		{"kris", "krets"},
		{"beslut", "besök"},
		{"akut", "akutmottagning"},
	}
	for _, p := range pairs {
		if a, b := Stem(p[0]), Stem(p[1]); a == b {
			t.Errorf("%q and %q both stem to %q", p[0], p[1], a)
		}
	}
}

func TestStemShortWordsUntouched(t *testing.T) {
	for _, w := range []string{"fet", "het", "man", "den", "en", ""} {
		if got := Stem(w); len(got) < len(w)-1 {
			t.Errorf("Stem(%q) = %q", w, got)
		}
	}
}

func TestAnalyze(t *testing.T) {
	got := Analyze("Journalsystemet på SÄS:s akutmottagning och VGR:s beslut 2024")
	want := []string{"journalsystem", "säs", "akutmottagning", "vgr", "beslut", "2024"}
	if !slices.Equal(got, want) {
		t.Errorf("Analyze = %q, want %q", got, want)
	}
}

func TestCompoundParts(t *testing.T) {
	tests := map[string][]string{
		"systemhaveriet":      {"haveri"},
		"vårdjournalsystemet": {"journalsystem", "system"},
		"akutmottagningarna":  {"mottagning"},
		"journalsystem":       {"system"},
		"system":              nil, // a word is no compound of itself
		"haveri":              nil,
		"ost":                 nil,
		"regionens":           nil, // "region" is the whole word
	}
	for word, want := range tests {
		if got := CompoundParts(Stem(word)); !slices.Equal(got, want) {
			t.Errorf("CompoundParts(Stem(%q)) = %q, want %q", word, got, want)
		}
	}
}
