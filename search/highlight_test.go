package search

import (
	"slices"
	"testing"
)

// The cache of analysed texts keeps the texts asked for lately: a text
// found in the generation before is brought back, and when the current
// generation fills, the oldest go. A cached analysis is the analysis.
func TestMarkCacheKeepsTheRecentTexts(t *testing.T) {
	c := &twoGenCache{limit: 2}
	toks := func(s string) []markToken { return []markToken{{Term: s}} }
	for _, s := range []string{"a", "b", "c"} { // c starts a generation: a and b before it
		c.put(s, toks(s))
	}
	if _, ok := c.get("a"); !ok { // from the generation before, brought back beside c
		t.Fatal("a is gone after one generation")
	}
	c.put("d", toks("d")) // a new generation: c and a before it, b gone
	if _, ok := c.get("b"); ok {
		t.Error("b is kept two generations on")
	}
	for _, s := range []string{"a", "c", "d"} {
		if got, ok := c.get(s); !ok || got[0].Term != s {
			t.Errorf("%s: %v, %v", s, got, ok)
		}
	}
	text := "Vilja Lindqvist sa att hon ville gå."
	first, again := markTokens(text), markTokens(text)
	if len(first) == 0 || !slices.Equal(first, again) {
		t.Errorf("cached %v, analysed %v", again, first)
	}
}
