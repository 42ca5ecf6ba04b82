package tone

import (
	"strings"
	"unicode"
)

// mark is what a token is besides a word.
type mark uint8

const (
	word     mark = iota
	comma         // , ; : – — ( ): a clause may end here
	stop          // . and the end of a line
	question      // ?
	exclaim       // !
	quote         // " ” “ « » ' used as quotation marks
)

type token struct {
	word string // lower case; empty for marks
	mark mark
}

// tokenize splits text into lower-cased words and the punctuation that
// structures it. Hyphens and apostrophes end a word ("IMY-anmälan" is "imy"
// and "anmälan"); digits stay in words.
func tokenize(text string) []token {
	var out []token
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			out = append(out, token{word: b.String()})
			b.Reset()
		}
	}
	for _, r := range strings.ToLower(text) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			continue
		}
		flush()
		switch r {
		case ',', ';', ':', '–', '—', '(', ')', '[', ']':
			out = append(out, token{mark: comma})
		case '.', '\n', '…':
			out = append(out, token{mark: stop})
		case '?':
			out = append(out, token{mark: question})
		case '!':
			out = append(out, token{mark: exclaim})
		case '"', '”', '“', '«', '»', '„':
			out = append(out, token{mark: quote})
		}
	}
	flush()
	return out
}

// sentence is the words of one sentence split into clauses, and how it ends.
type sentence struct {
	clauses [][]string
	end     mark // stop, question or exclaim
	// scare tells whether a short run of words stands in quotation marks
	// ("satsningen"), a sign of irony in opinion text.
	scare bool
}

// contrast words begin a new clause that outweighs the one before it.
var contrast = map[string]bool{"men": true, "fast": true, "ändå": true, "likväl": true, "dock": true}

// sentences groups tokens into sentences and clauses. A clause ends at a
// comma-like mark and before a contrast word ("men"), which begins the next.
func sentences(toks []token) []sentence {
	var out []sentence
	var cur sentence
	var clause []string
	inQuote, quoteStart := false, 0
	words := 0
	endClause := func() {
		if len(clause) > 0 {
			cur.clauses = append(cur.clauses, clause)
			clause = nil
		}
	}
	endSentence := func(m mark) {
		endClause()
		if len(cur.clauses) > 0 {
			cur.end = m
			out = append(out, cur)
		}
		cur = sentence{}
		inQuote, words = false, 0
	}
	for _, t := range toks {
		switch t.mark {
		case word:
			if contrast[t.word] && len(clause) > 0 {
				endClause()
			}
			clause = append(clause, t.word)
			words++
		case comma:
			endClause()
		case stop, question, exclaim:
			if t.mark == stop && len(clause) == 0 && len(cur.clauses) == 0 {
				continue
			}
			if t.mark != stop && len(clause) == 0 && len(cur.clauses) == 0 && len(out) > 0 {
				// "!!" or "?!" after a sentence: strengthen the one before.
				if out[len(out)-1].end == stop {
					out[len(out)-1].end = t.mark
				}
				continue
			}
			endSentence(t.mark)
		case quote:
			if !inQuote {
				inQuote, quoteStart = true, words
				continue
			}
			inQuote = false
			if n := words - quoteStart; n >= 1 && n <= 3 {
				cur.scare = true
			}
		}
	}
	endSentence(stop)
	return out
}
