package tone

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Term is one entry of the lexicon. Pattern is one or more words separated
// by spaces; in each word "*" at the end matches any ending (inflections:
// "misslyck*" finds misslyckande, misslyckades), "*" at the start any
// beginning (compounds: "*kaos*" finds vårdkaoset), and the word "..."
// skips up to three words ("förlora* ... förtroende*"). Weight is negative
// for critical words, positive for supportive ones; a term with weight 0
// only shields its words from shorter terms.
type Term struct {
	Pattern string
	Weight  float64
}

//go:embed lexicon.txt
var lexiconText string

// DefaultTerms is the lexicon shipped with the product (lexicon.txt).
func DefaultTerms() []Term {
	terms, err := ParseTerms(lexiconText)
	if err != nil {
		panic(err) // the shipped file is checked by a test
	}
	return terms
}

// ParseTerms reads a lexicon in the format of lexicon.txt: "weight pattern"
// a line, "#" comments and blank lines skipped.
func ParseTerms(text string) ([]Term, error) {
	var terms []Term
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, pattern, ok := strings.Cut(line, " ")
		weight, err := strconv.ParseFloat(w, 64)
		if !ok || err != nil || strings.TrimSpace(pattern) == "" {
			return nil, fmt.Errorf("lexicon line %d: want \"weight pattern\", got %q", n, line)
		}
		terms = append(terms, Term{Pattern: strings.TrimSpace(pattern), Weight: weight})
	}
	return terms, sc.Err()
}

type wordPattern struct {
	text           string
	prefix, suffix bool // "abc*" matches words starting with abc; "*abc" ending with it (both: containing)
	gap            bool // "..." skips up to three words
}

func (w wordPattern) matches(word string) bool {
	switch {
	case w.prefix && w.suffix:
		return strings.Contains(word, w.text)
	case w.prefix:
		return strings.HasPrefix(word, w.text)
	case w.suffix:
		return strings.HasSuffix(word, w.text)
	}
	return word == w.text
}

type compiledTerm struct {
	Term
	words []wordPattern
	size  int // letters in the pattern: a longer term wins over a shorter one
}

// lexicon is a compiled list of terms, indexed by how their first word matches.
type lexicon struct {
	exact    map[string][]*compiledTerm // first word exact
	byPrefix map[string][]*compiledTerm // first word a prefix of three letters or more
	bySuffix map[string][]*compiledTerm // first word "*abc": by its last three letters
	byInside map[string][]*compiledTerm // first word "*abc*": by its first three letters
	anywhere []*compiledTerm            // first word "*…" or a prefix, of fewer than three letters
}

func compile(terms []Term) *lexicon {
	lx := &lexicon{exact: map[string][]*compiledTerm{}, byPrefix: map[string][]*compiledTerm{},
		bySuffix: map[string][]*compiledTerm{}, byInside: map[string][]*compiledTerm{}}
	for _, t := range terms {
		ct := &compiledTerm{Term: t}
		for _, w := range strings.Fields(strings.ToLower(t.Pattern)) {
			if w == "..." {
				ct.words = append(ct.words, wordPattern{gap: true})
				continue
			}
			wp := wordPattern{prefix: strings.HasSuffix(w, "*"), suffix: strings.HasPrefix(w, "*")}
			wp.text = strings.Trim(w, "*")
			ct.size += utf8.RuneCountInString(wp.text)
			ct.words = append(ct.words, wp)
		}
		if len(ct.words) == 0 || ct.words[0].gap {
			continue
		}
		first := ct.words[0]
		long := utf8.RuneCountInString(first.text) >= 3
		switch {
		case first.suffix && first.prefix && long:
			k := firstRunes(first.text, 3)
			lx.byInside[k] = append(lx.byInside[k], ct)
		case first.suffix && long:
			k := lastRunes(first.text, 3)
			lx.bySuffix[k] = append(lx.bySuffix[k], ct)
		case first.suffix:
			lx.anywhere = append(lx.anywhere, ct)
		case first.prefix && utf8.RuneCountInString(first.text) >= 3:
			k := firstRunes(first.text, 3)
			lx.byPrefix[k] = append(lx.byPrefix[k], ct)
		case first.prefix:
			lx.anywhere = append(lx.anywhere, ct)
		default:
			lx.exact[first.text] = append(lx.exact[first.text], ct)
		}
	}
	return lx
}

// matchAt tells how many words of clause the term covers from i, or 0.
func (ct *compiledTerm) matchAt(clause []string, i int) int {
	var try func(pi, ti int) int
	try = func(pi, ti int) int {
		if pi == len(ct.words) {
			return ti
		}
		wp := ct.words[pi]
		if wp.gap {
			for skip := 0; skip <= 3 && ti+skip <= len(clause); skip++ {
				if end := try(pi+1, ti+skip); end > 0 {
					return end
				}
			}
			return 0
		}
		if ti >= len(clause) || !wp.matches(clause[ti]) {
			return 0
		}
		return try(pi+1, ti+1)
	}
	if end := try(0, i); end > i {
		return end - i
	}
	return 0
}

// best is the longest term matching at i: most words, then most letters.
func (lx *lexicon) best(clause []string, i int) (*compiledTerm, int) {
	w := clause[i]
	var best *compiledTerm
	bestN := 0
	consider := func(cands []*compiledTerm) {
		for _, ct := range cands {
			n := ct.matchAt(clause, i)
			if n == 0 {
				continue
			}
			if best == nil || n > bestN || (n == bestN && ct.size > best.size) {
				best, bestN = ct, n
			}
		}
	}
	consider(lx.exact[w])
	consider(lx.byPrefix[firstRunes(w, 3)])
	consider(lx.bySuffix[lastRunes(w, 3)])
	// A term "*abc*" can only match where its first three letters stand in
	// the word: look it up by each three letters of the word.
	for i := range w {
		if k := firstRunes(w[i:], 3); utf8.RuneCountInString(k) == 3 {
			consider(lx.byInside[k])
		}
	}
	consider(lx.anywhere)
	return best, bestN
}

// overtaken tells whether a term starting inside the match at i (n words)
// reaches further: "var rätt beslut" is "rätt beslut", not "var rätt".
func (lx *lexicon) overtaken(clause []string, i, n int) bool {
	for j := i + 1; j < i+n; j++ {
		if ct, m := lx.best(clause, j); ct != nil && j+m > i+n {
			return true
		}
	}
	return false
}

// lastRunes is the last n runes of s (all of s when shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

func firstRunes(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
