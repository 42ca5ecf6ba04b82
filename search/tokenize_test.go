package search

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"

	"github.com/lagesbild/lagesbild/search/synth"
)

// The Latin tokenizer is a faster route to the same words: for every text it
// gives the tokens Bleve's Unicode tokenizer gives (terms, offsets,
// positions and types), or hands the text to it.
func TestLatinTokenizerSplitsAsUnicode(t *testing.T) {
	latin, uni := newLatinTokenizer(), unicodetok.NewUnicodeTokenizer()
	same := func(t *testing.T, text string) {
		t.Helper()
		got, want := latin.Tokenize([]byte(text)), uni.Tokenize([]byte(text))
		if d := tokenDiff(got, want); d != "" {
			t.Errorf("%q: %s", text, d)
		}
	}
	var taken []rune // every character the Latin tokenizer reads itself
	for r := rune(0); r < 0x3000; r++ {
		if runeClass(r) != wbUnknown {
			taken = append(taken, r)
		}
	}

	t.Run("each character between letters, between digits, at the ends", func(t *testing.T) {
		for _, r := range taken {
			c := string(r)
			for _, s := range []string{"a" + c + "b", "1" + c + "2", "a" + c + "2", "1" + c + "b", c + "ab", "ab" + c,
				c, "ab" + c + c + "cd", "12" + c + c + "34", "å" + c + "Ö", "x" + c + " y" + c, c + "9" + c + "z" + c} {
				same(t, s)
			}
		}
	})
	t.Run("Swedish newsroom text", func(t *testing.T) {
		for _, s := range []string{
			"TV:n och SVT:s chef, t.ex. i går kl. 15.30 – 3,5 miljoner kr (1.000 st) – ”Det är allvarligt”, säger hon…",
			"MSB:s rapport § 12; don't; it-attacken, e-post och covid19-vaccin. 50 000 kunder; 2026-01-11 kl 07:45.",
			"Öppet: må–fr 8–17. Pris: 1 200 €. ‘Citat’ och ’citat’ och 'citat'. ÅÄÖ åäö éü ß æøå ÿ × ÷ ª º µ ·",
			"3.5.7 a.b.c 1,2,3 a:b:c a'b'c 1'000 x..y 1..2 a::b ,a, .1 1. a. :a a:",
			"\r\nrad ett\r\nrad två\ttabb\u00a0hårt mellanslag\u00a0100\u00a0000",
			// handed over whole: a soft hyphen, an underscore, a combining accent, another script
			"infor\u00admation", "snake_case och mer", "cafe\u0301 och mer", "Москва и Stockholm", "emoji 🔥 brand",
		} {
			same(t, s)
		}
	})
	t.Run("random strings of the characters it takes", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		common := []rune("abcxyzåäöÅÄÖéü0123456789 .,:;'’‘–”\n")
		for range 20000 {
			var b strings.Builder
			for range 1 + rng.IntN(24) {
				if rng.IntN(4) == 0 {
					b.WriteRune(taken[rng.IntN(len(taken))])
				} else {
					b.WriteRune(common[rng.IntN(len(common))])
				}
			}
			same(t, b.String())
		}
	})
	t.Run("the judged corpora and the synthetic one", func(t *testing.T) {
		for _, c := range loadJudged(t) {
			for _, a := range c.Articles {
				same(t, a.Title)
				same(t, a.Text)
			}
		}
		g := synth.New(benchSeed, 2000)
		for i := range 2000 {
			a := g.Article(i)
			same(t, a.Title)
			same(t, a.Text)
		}
	})
}

// tokenDiff describes the first difference of two token streams, or "".
func tokenDiff(got, want analysis.TokenStream) string {
	for i := range min(len(got), len(want)) {
		g, w := got[i], want[i]
		if string(g.Term) != string(w.Term) || g.Start != w.Start || g.End != w.End || g.Position != w.Position || g.Type != w.Type {
			return fmt.Sprintf("token %d: %q %d-%d @%d type %d, want %q %d-%d @%d type %d", i,
				g.Term, g.Start, g.End, g.Position, g.Type, w.Term, w.Start, w.End, w.Position, w.Type)
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("%d tokens, want %d", len(got), len(want))
	}
	return ""
}

func BenchmarkTokenize(b *testing.B) {
	g := synth.New(benchSeed, 1000)
	texts := make([][]byte, 1000)
	size := 0
	for i := range texts {
		texts[i] = []byte(g.Article(i).Text)
		size += len(texts[i])
	}
	for _, tk := range []struct {
		name string
		t    analysis.Tokenizer
	}{{"unicode", unicodetok.NewUnicodeTokenizer()}, {"latin", newLatinTokenizer()}} {
		b.Run(tk.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, text := range texts {
					tk.t.Tokenize(text)
				}
			}
		})
	}
}
