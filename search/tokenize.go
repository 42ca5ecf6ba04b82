package search

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
)

// latinTokenizer splits text into words exactly as Bleve's Unicode
// tokenizer (Unicode's word boundaries, UAX #29) does, faster, for the text
// a Swedish newsroom writes: ASCII, the Latin-1 letters (å, ä, ö, é, ü …),
// and the dashes, quotes and ellipsis of typography. The Unicode tokenizer
// is a general state machine over every script; it was the largest single
// function of the analysis, which the index runs over every article and the
// snippets over every hit. A text with any other character (a combining
// accent, a soft hyphen, an underscore, another script, an emoji) goes to
// the Unicode tokenizer whole, so no text is split otherwise than before:
// TestLatinTokenizerSplitsAsUnicode compares the two on the judged corpora,
// the synthetic one and random strings of every character this one takes.
type latinTokenizer struct{ unicode analysis.Tokenizer }

// wordTokenizer splits every text the Swedish analyzers take.
var wordTokenizer analysis.Tokenizer = newLatinTokenizer()

func newLatinTokenizer() latinTokenizer {
	return latinTokenizer{unicode: unicodetok.NewUnicodeTokenizer()}
}

// The word-boundary classes (UAX #29) of the characters latinTokenizer takes.
const (
	wbOther      = iota // breaks a word: space, most punctuation
	wbLetter            // ALetter
	wbDigit             // Numeric
	wbMidLetter         // MidLetter: joins letters (TV:n)
	wbMidNum            // MidNum: joins digits (3,5)
	wbMidNumLetQ        // MidNumLet and Single_Quote: joins letters or digits (t.ex, 1.000, don't)
	wbUnknown           // not taken: the whole text goes to the Unicode tokenizer
)

// latinClass is the class of every rune below 0x100.
var latinClass = func() (c [0x100]uint8) {
	for r := range 0x100 {
		switch {
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			c[r] = wbOther // controls: CR, LF, tab and the rest break words
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			c[r] = wbLetter
		case r >= '0' && r <= '9':
			c[r] = wbDigit
		case r == ':' || r == 0xb7:
			c[r] = wbMidLetter
		case r == ',' || r == ';':
			c[r] = wbMidNum
		case r == '.' || r == '\'':
			c[r] = wbMidNumLetQ
		case r == '_' || r == 0xad: // ExtendNumLet, Format (soft hyphen)
			c[r] = wbUnknown
		case r == 0xaa || r == 0xb5 || r == 0xba:
			c[r] = wbLetter // ª µ º
		case r >= 0xc0 && r != 0xd7 && r != 0xf7:
			c[r] = wbLetter // À … ÿ but × and ÷
		default:
			c[r] = wbOther
		}
	}
	return c
}()

// runeClass is the class of r.
func runeClass(r rune) uint8 {
	if r < 0x100 {
		return latinClass[r]
	}
	switch r {
	case 0x2018, 0x2019: // ‘ ’
		return wbMidNumLetQ
	case 0x2013, 0x2014, 0x201c, 0x201d, 0x201e, 0x2022, 0x2026, 0x20ac: // – — “ ” „ • … €
		return wbOther
	}
	return wbUnknown
}

// classAt is the class of the character at input[i] and its length in
// bytes; past the end, wbOther and 0. A byte that is no UTF-8 is wbUnknown.
func classAt(input []byte, i int) (class uint8, size int) {
	if i >= len(input) {
		return wbOther, 0
	}
	r, size := rune(input[i]), 1
	if r >= utf8.RuneSelf {
		r, size = utf8.DecodeRune(input[i:])
		if r == utf8.RuneError && size == 1 {
			return wbUnknown, 1
		}
	}
	return runeClass(r), size
}

func (t latinTokenizer) Tokenize(input []byte) analysis.TokenStream {
	toks := make([]analysis.Token, 0, len(input)/6+1)
	start, hasLetter := -1, false // the word being read, and whether it has a letter
	last := uint8(wbOther)        // the class of the word's last character
	end := func(at int) {
		typ := analysis.Numeric
		if hasLetter {
			typ = analysis.AlphaNumeric
		}
		toks = append(toks, analysis.Token{Term: input[start:at], Start: start, End: at,
			Position: len(toks) + 1, Type: typ})
		start = -1
	}
	for i := 0; i < len(input); {
		class, size := classAt(input, i)
		switch class {
		case wbUnknown:
			return t.unicode.Tokenize(input)
		case wbLetter, wbDigit:
			if start < 0 {
				start, hasLetter = i, false
			}
			hasLetter = hasLetter || class == wbLetter
			last = class
		case wbMidLetter, wbMidNum, wbMidNumLetQ:
			if start >= 0 {
				// A middle character joins two letters (MidLetter,
				// MidNumLetQ) or two digits (MidNum, MidNumLetQ).
				next, nsize := classAt(input, i+size)
				if next == wbUnknown {
					return t.unicode.Tokenize(input)
				}
				joinsLetters := last == wbLetter && next == wbLetter && class != wbMidNum
				joinsDigits := last == wbDigit && next == wbDigit && class != wbMidLetter
				if joinsLetters || joinsDigits {
					i += size + nsize
					hasLetter = hasLetter || next == wbLetter
					last = next
					continue
				}
				end(i)
			}
		default:
			if start >= 0 {
				end(i)
			}
		}
		i += size
	}
	if start >= 0 {
		end(len(input))
	}
	out := make(analysis.TokenStream, len(toks))
	for k := range toks {
		out[k] = &toks[k]
	}
	return out
}
