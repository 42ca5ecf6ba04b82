package main

import (
	"strings"
	"testing"
)

// analyze -query says what a query word asks for: a capitalised name alone
// asks for the name only (the word too only if the name finds nothing), a
// word in lower case for the word.
func TestAnalyzeQuerySaysWhenANameIsAskedForAlone(t *testing.T) {
	out := runOK(t, "analyze", "-query", "Vilja")
	if !strings.Contains(out, "^vilja") || !strings.Contains(out, "the name only") {
		t.Errorf("analyze -query Vilja:\n%s", out)
	}
	out = runOK(t, "analyze", "-query", "vilja")
	if strings.Contains(out, "^vilja") || !strings.Contains(out, "(word)") {
		t.Errorf("analyze -query vilja:\n%s", out)
	}
}
