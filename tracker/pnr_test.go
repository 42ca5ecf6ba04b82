package tracker_test

import (
	"slices"
	"testing"

	"github.com/lagesbild/lagesbild/tracker"
)

func TestFindPersonalNumbers(t *testing.T) {
	tests := map[string]struct {
		text string
		want []string
	}{
		"ten digits with hyphen":            {"811218-9876", []string{"811218-9876"}},
		"twelve digits with hyphen":         {"19811218-9876", []string{"19811218-9876"}},
		"ten digits without separator":      {"8112189876", []string{"8112189876"}},
		"twelve digits without separator":   {"198112189876", []string{"198112189876"}},
		"over a hundred: plus sign":         {"811218+9876", []string{"811218+9876"}},
		"born in the 2000s":                 {"20121212-1212", []string{"20121212-1212"}},
		"Skatteverket's test number":        {"121212-1212", []string{"121212-1212"}},
		"samordningsnummer (day + 60)":      {"811278-9873", []string{"811278-9873"}},
		"samordningsnummer, twelve digits":  {"197010632326", []string{"197010632326"}},
		"embedded in text":                  {"Sökande har pnr 811218-9876 och vill ha kopia.", []string{"811218-9876"}},
		"after a colon, before a full stop": {"pnr:8112189876.", []string{"8112189876"}},
		"two numbers":                       {"811218-9876 och 640823-3234", []string{"811218-9876", "640823-3234"}},
		"two numbers, one comma between":    {"811218-9876,640823-3234", []string{"811218-9876", "640823-3234"}},
		"two numbers, one space between":    {"811218-9876 640823-3234", []string{"811218-9876", "640823-3234"}},
		"after another hyphenated number":   {"ärende 1-811218-9876", []string{"811218-9876"}},
		"followed by a hyphenated number":   {"811218-9876-12", []string{"811218-9876"}},
		"wrong check digit":                 {"811218-9875", nil},
		"wrong check digit, twelve digits":  {"19811218-9877", nil},
		"month thirteen":                    {"811318-9875", nil},
		"day zero":                          {"811200-9876", nil},
		"day 32 is neither":                 {"811232-9878", nil},
		"day 92 is no samordningsnummer":    {"811292-9875", nil},
		"mobile with spaces":                {"Ring 070-123 45 67 efter lunch", nil},
		"mobile without spaces":             {"0701234567", nil},
		"mobile, international":             {"+46 70 123 45 67", nil},
		"landline":                          {"08-123 456 78", nil},
		"ISO date":                          {"Beslut 2024-11-19 om utlämnande", nil},
		"compact date":                      {"20241119", nil},
		"date and time":                     {"2024-11-19 10:30", nil},
		"eleven digits":                     {"81121898761", nil},
		"part of a longer number":           {"Ordernummer 18112189876", nil},
		"thirteen digits":                   {"1198112189876", nil},
		"register number":                   {"HA-2024-0001", nil},
		"empty":                             {"", nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tracker.FindPersonalNumbers(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("FindPersonalNumbers(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMaskPersonalData(t *testing.T) {
	tests := map[string]struct{ text, want string }{
		"number and e-mail": {"Pnr 811218-9876, svar till karin.s@example.se tack.",
			"Pnr [personnummer], svar till [e-post] tack."},
		"two numbers, one comma between": {"811218-9876,640823-3234", "[personnummer],[personnummer]"},
		"samordningsnummer":              {"811278-9873", "[personnummer]"},
		"e-mail with å":                  {"åsa.öberg@region.se", "[e-post]"},
		"phone and date are kept":        {"Ring 070-123 45 67 före 2024-11-19.", "Ring 070-123 45 67 före 2024-11-19."},
		"wrong check digit is kept":      {"811218-9875", "811218-9875"},
		"nothing to mask":                {"Begäran om protokoll", "Begäran om protokoll"},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			if got := tracker.MaskPersonalData(tt.text); got != tt.want {
				t.Errorf("MaskPersonalData(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func FuzzFindPersonalNumbers(f *testing.F) {
	for _, s := range []string{"811218-9876", "19811218-9876,8112189876", "070-123 45 67", "2024-11-19"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, n := range tracker.FindPersonalNumbers(text) {
			if len(n) < 10 || len(n) > 13 {
				t.Errorf("found %q in %q: not a personal number's length", n, text)
			}
		}
	})
}
