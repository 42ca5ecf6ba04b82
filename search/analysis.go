package search

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	svlang "github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	unicodetok "github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/swedish"
)

// Names under which the analysis chain is registered with Bleve. They are
// stored in the index mapping, so renaming one needs a new MappingVersion.
const (
	// AnalyzerName is the Swedish analyzer of title and text: Unicode word
	// boundaries, lower case, Swedish stop words, Stem, and for each word
	// that ends with a lexicon word, that part marked with PartMark at the
	// same position (see CompoundParts).
	AnalyzerName = "lagesbild_sv"
	// PlainAnalyzerName is AnalyzerName without the compound parts: what a
	// query word is looked up as.
	PlainAnalyzerName = "lagesbild_sv_plain"
	// KeyLowerAnalyzerName keeps a whole value as one lower-cased term, for
	// filters such as outlet:"radio väst".
	KeyLowerAnalyzerName = "lagesbild_key_lower"

	stemFilterName      = "lagesbild_stem_sv"
	stemPartsFilterName = "lagesbild_stem_parts_sv"
)

// PartMark begins the index terms of compound parts: "systemhaveriet" is
// indexed as "systemhaveri" and "#haveri". No word begins with it (the
// tokenizer never keeps a "#"), so only a search with compounds on, which
// asks for "#haveri", finds them; phrases and plain words never do.
const PartMark = "#"

// minStemRunes is the shortest stem a suffix rule may leave behind.
const minStemRunes = 3

// Stem reduces one lower-cased Swedish word to the form its inflections
// share. It runs the Snowball Swedish stemmer and then this project's rules
// for what Snowball leaves apart:
//
//   - genitive after a colon or apostrophe: "säs:s", "vgr:s", "tv4:s" → "säs", "vgr", "tv4";
//   - the neuter definite -et, also before a genitive s and in plural -ena:
//     "journalsystemet", "journalsystemets" → "journalsystem", "ärendena" → "ärend";
//   - the common-gender definite -an of words in -a: "sköterskan" → "skötersk".
//
// A rule never leaves fewer than three letters. Å, ä and ö are letters of
// their own: nothing is folded to ASCII, so "får" and "far" stay apart.
func Stem(word string) string {
	return stems.get(word)
}

// stemCache remembers the stems of words seen lately: Snowball allocates
// for every word, and text repeats its words. Sharded to keep the indexing
// goroutines apart; a full shard starts over.
type stemCache struct {
	shards [16]struct {
		sync.RWMutex
		m map[string]string
	}
}

const stemCacheShardSize = 8192

var stems = &stemCache{}

func (c *stemCache) get(word string) string {
	if len(word) > 40 {
		return stem(word)
	}
	h := uint32(2166136261)
	for i := 0; i < len(word); i++ {
		h = (h ^ uint32(word[i])) * 16777619
	}
	sh := &c.shards[h%uint32(len(c.shards))]
	sh.RLock()
	s, ok := sh.m[word]
	sh.RUnlock()
	if ok {
		return s
	}
	s = stem(word)
	sh.Lock()
	if sh.m == nil || len(sh.m) >= stemCacheShardSize {
		sh.m = make(map[string]string, stemCacheShardSize)
	}
	sh.m[strings.Clone(word)] = s
	sh.Unlock()
	return s
}

func stem(word string) string {
	if i := strings.IndexAny(word, ":'’"); i > 0 {
		word = word[:i]
	}
	if word == "" {
		return word
	}
	s := snowball(word)
	// Snowball stems -en, -erna, -arna, -orna and genitive -s, but not the
	// neuter definite -et nor -an; of -ena it takes only the -a. Such an
	// ending is replaced by what the indefinite form has in its place, and
	// that form is stemmed: "ansvaret" → "ansvar", "hälsan" → "hälsa",
	// "ärenden" → "ärende". A second round lets "paketet" and "paket" meet.
	for range 2 {
		var base string
		switch {
		case strings.HasSuffix(s, "et"):
			base = s[:len(s)-2]
		case strings.HasSuffix(s, "an"):
			base = s[:len(s)-2] + "a"
		case strings.HasSuffix(s, "en"):
			base = s[:len(s)-2] + "e"
		default:
			return s
		}
		rest := s[:len(s)-2]
		if utf8.RuneCountInString(rest) < minStemRunes || !hasVowel(rest) {
			return s
		}
		s = snowball(base)
	}
	return s
}

func snowball(word string) string {
	env := snowballstem.NewEnv(word)
	swedish.Stem(env)
	return env.Current()
}

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouyåäöéü") }

// stemFilter applies Stem to every token and, with parts, adds the
// compound parts of each word (PartMark + part) at the word's position.
type stemFilter struct{ parts bool }

func (f stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var extra analysis.TokenStream
	for _, t := range input {
		if t.KeyWord || t.Type == analysis.Numeric {
			continue
		}
		stem := Stem(string(t.Term))
		t.Term = []byte(stem)
		if f.parts {
			for _, p := range CompoundParts(stem) {
				extra = append(extra, &analysis.Token{Start: t.Start, End: t.End, Position: t.Position,
					Term: []byte(PartMark + p), Type: t.Type})
			}
		}
	}
	if len(extra) > 0 {
		return append(input, extra...)
	}
	return input
}

//go:embed lexicon_sv.txt
var lexiconText []byte

// lexicon maps the stem of each lexicon word to the word. Compound parts are
// looked up here.
var lexicon = parseLexicon(lexiconText)

// LexiconFingerprint changes whenever the compound lexicon changes; it is
// part of the index's mapping version.
var LexiconFingerprint = func() string {
	h := sha256.Sum256(lexiconText)
	return hex.EncodeToString(h[:6])
}()

func parseLexicon(b []byte) map[string]string {
	m := make(map[string]string)
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.HasPrefix(w, "#") || utf8.RuneCountInString(w) < 4 {
			continue
		}
		w = strings.ToLower(w)
		m[Stem(w)] = w
	}
	return m
}

// minPrefixRunes is the shortest first part a compound may have
// ("vårdjournalsystem": "vård" + "journalsystem").
const minPrefixRunes = 3

// CompoundParts returns the lexicon words (as stems) that end the stem of
// word without being all of it: "systemhaveriet" → ["haveri"],
// "vårdjournalsystemet" → ["journalsystem", "system"]. Longest first.
func CompoundParts(stem string) []string {
	if len(stem) < 2*minPrefixRunes {
		return nil
	}
	var parts []string
	n := 0
	for i := range stem {
		if n >= minPrefixRunes {
			suffix := stem[i:]
			if _, ok := lexicon[suffix]; ok && utf8.RuneCountInString(suffix) >= minStemRunes {
				parts = append(parts, suffix)
			}
		}
		n++
	}
	return parts
}

// swedishChain builds the analyzer behind AnalyzerName or PlainAnalyzerName.
func swedishChain(cache *registry.Cache, last analysis.TokenFilter) (*analysis.DefaultAnalyzer, error) {
	tok, err := cache.TokenizerNamed(unicodetok.Name)
	if err != nil {
		return nil, err
	}
	lower, err := cache.TokenFilterNamed(lowercase.Name)
	if err != nil {
		return nil, err
	}
	stop, err := cache.TokenFilterNamed(svlang.StopName)
	if err != nil {
		return nil, err
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: []analysis.TokenFilter{lower, stop, last}}, nil
}

func init() {
	must := func(err error) {
		if err != nil {
			panic(err)
		}
	}
	must(registry.RegisterTokenFilter(stemFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return stemFilter{}, nil
	}))
	must(registry.RegisterTokenFilter(stemPartsFilterName, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return stemFilter{parts: true}, nil
	}))
	must(registry.RegisterAnalyzer(AnalyzerName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		return swedishChain(cache, stemFilter{parts: true})
	}))
	must(registry.RegisterAnalyzer(PlainAnalyzerName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		return swedishChain(cache, stemFilter{})
	}))
	must(registry.RegisterAnalyzer(KeyLowerAnalyzerName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		tok, err := cache.TokenizerNamed(single.Name)
		if err != nil {
			return nil, err
		}
		lower, err := cache.TokenFilterNamed(lowercase.Name)
		if err != nil {
			return nil, err
		}
		return &analysis.DefaultAnalyzer{Tokenizer: tok, TokenFilters: []analysis.TokenFilter{lower}}, nil
	}))
	sv, err := registry.NewCache().AnalyzerNamed(PlainAnalyzerName)
	must(err)
	svAnalyzer = sv
}

// svAnalyzer is PlainAnalyzerName, for analysing query words and for
// highlighting.
var svAnalyzer analysis.Analyzer

// Analyze returns the terms Search looks up for text (the index holds these
// and the compound parts).
func Analyze(text string) []string {
	toks := svAnalyzer.Analyze([]byte(text))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = string(t.Term)
	}
	return out
}

// keyLower is what KeyLowerAnalyzerName makes of a filter value.
func keyLower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
