package search

import (
	"strings"
)

// Token is one word of a text as the index takes it apart: what `lagesbild
// analyze` and the search page's help show, so that an analyst can see why
// something matched or did not.
type Token struct {
	Word     string   `json:"word"`            // as written
	Position int      `json:"position"`        // 1-based word position (phrases count these)
	Stem     string   `json:"stem"`            // the term in the index
	Parts    []string `json:"parts,omitempty"` // compound parts, indexed as PartMark + part
	Stop     bool     `json:"stop,omitempty"`  // a stop word: indexed for phrases, ignored as a word on its own
}

// Explain takes text apart as the index does.
func Explain(text string) []Token {
	toks := svTextAnalyzer.Analyze([]byte(text))
	out := make([]Token, 0, len(toks))
	for _, t := range toks {
		word := text[t.Start:t.End]
		lower := strings.ToLower(word)
		tok := Token{Word: word, Position: t.Position, Stem: string(t.Term), Stop: strings.HasPrefix(string(t.Term), StopMark)}
		if !t.KeyWord { // a name (NameMark) has no parts
			tok.Parts = CompoundParts(lower)
		}
		out = append(out, tok)
	}
	return out
}

// QueryTerm is what one word or phrase of a query asks the index for.
type QueryTerm struct {
	Text   string   `json:"text"`             // the word or phrase as written
	Phrase bool     `json:"phrase,omitempty"` // a quoted phrase: these terms in this order
	Prefix bool     `json:"prefix,omitempty"` // a prefix: terms beginning with Terms[0]
	Not    bool     `json:"not,omitempty"`    // excluded
	Terms  []string `json:"terms"`            // the index terms; "" is a stop word left out of a word
	Parts  []string `json:"parts,omitempty"`  // with compounds on, also these (PartMark + term)
	Names  []string `json:"names,omitempty"`  // also these: a word as a name (NameMark + word)
	Verbs  []string `json:"verbs,omitempty"`  // also these: the verb of an infinitive a noun shares (springa)
	Forms  []string `json:"forms,omitempty"`  // also these: the other reading of a word of two (lokal: lokala; får: få)
}

// ExplainQuery lists what each word and phrase of q asks the index for. A
// malformed q is a *QueryError.
func ExplainQuery(q string, compounds bool) ([]QueryTerm, error) {
	n, err := ParseQuery(q)
	if err != nil {
		return nil, err
	}
	var out []QueryTerm
	var walk func(n Node, not bool)
	walk = func(n Node, not bool) {
		switch v := n.(type) {
		case Word:
			qt := QueryTerm{Text: v.String(), Prefix: v.Prefix, Not: not}
			if v.Prefix {
				qt.Terms = []string{prefixTerm(v.Text)}
			} else {
				toks := withoutStopWords(v.Text, svAnalyzer.Analyze([]byte(v.Text)))
				for _, t := range toks {
					qt.add(queryTerms(v.Text, t, len(toks) == 1))
				}
				if compounds && len(toks) == 1 {
					qt.Parts = partTerms(v.Text, toks[0])
				}
			}
			out = append(out, qt)
		case Phrase:
			qt := QueryTerm{Text: v.String(), Phrase: true, Not: not}
			for _, t := range svAnalyzer.Analyze([]byte(v.Text)) {
				qt.add(queryTerms(v.Text, t, false))
			}
			out = append(out, qt)
		case Not:
			walk(v.X, !not)
		case And:
			for _, x := range v.Xs {
				walk(x, not)
			}
		case Or:
			for _, x := range v.Xs {
				walk(x, not)
			}
		}
	}
	walk(n, false)
	return out, nil
}

// add files what one query word asks for (queryTerms): its own term, then
// the names and the verb it also asks for.
func (qt *QueryTerm) add(terms []string) {
	qt.Terms = append(qt.Terms, terms[0])
	for _, t := range terms[1:] {
		if _, verb := infinitiveOfNounVerb(t); verb {
			qt.Verbs = append(qt.Verbs, t)
		} else if base, _ := strings.CutSuffix(t, "a"); nounAdjectives()[base] || nounAdjectives()[t] || t == sheep || t == verbGets || verbOrNounStem(t) || len(stemAlsoAsks[t]) > 0 {
			qt.Forms = append(qt.Forms, t)
		} else {
			qt.Names = append(qt.Names, t) // ^strand, or a name kept whole: sala
		}
	}
}
