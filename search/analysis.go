package search

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	svlang "github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/single"
	"github.com/blevesearch/bleve/v2/registry"
	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/swedish"
)

// Names under which the analysis chain is registered with Bleve. They are
// stored in the index mapping, so renaming one needs a new MappingVersion.
const (
	// AnalyzerName is the Swedish analyzer of title and text: Unicode word
	// boundaries, lower case, Stem, and for each word that ends with a list
	// word, that part marked with PartMark at the same position (see
	// CompoundParts). Stop words are kept (see stopWords).
	AnalyzerName = "lagesbild_sv"
	// PlainAnalyzerName is AnalyzerName without the compound parts: what a
	// query word is looked up as.
	PlainAnalyzerName = "lagesbild_sv_plain"
	// KeyLowerAnalyzerName keeps a whole value as one lower-cased term, for
	// filters such as outlet:"radio väst".
	KeyLowerAnalyzerName = "lagesbild_key_lower"
	// PairAnalyzerName makes of a text the pairs of adjacent words, each as
	// PairTerm of their stems at the first word's position: what a phrase
	// is looked up as (see pairFilter).
	PairAnalyzerName = "lagesbild_sv_pairs"

	// noPartsAnalyzerName is AnalyzerName without the compound parts, for
	// the benchmark's mapping that leaves them out (mappingWithoutParts).
	noPartsAnalyzerName = "lagesbild_sv_noparts"

	stemFilterName      = "lagesbild_stem_sv"
	stemPartsFilterName = "lagesbild_stem_parts_sv"
)

// PartMark begins the index terms of compound parts: "systemhaveriet" is
// indexed as "systemhaveri" and "#haveri". No word begins with it (the
// tokenizer never keeps a "#"), so only a search with compounds on, which
// asks for "#haveri", finds them; phrases and plain words never do.
const PartMark = "#"

// StopMark begins the index term of a stop word (see stemFilter): "=sina".
// The tokenizer never keeps a "=", so no word's stem begins with it.
const StopMark = "="

// NameMark begins the index term of a name that is also a word of the
// language, written as a name in the middle of a sentence: "Anna Strand"
// is indexed as "anna" and "^strand", whole, so that a search for stränder
// or stranden (the noun's forms) does not find Strand, the surname, nor
// axlar Axel (see nameMarks). A query word written with a capital also
// asks for the name (Strand: strand and ^strand; see queryName).
const NameMark = "^"

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
	return stems.get(word).stem
}

// CompoundParts returns the stems of the words that end word as parts of a
// compound, longest first: "upphandlingsskandalen" → ["skandal"],
// "dricksvattnet" → ["vattn"] (see compound.go). word is lower case.
func CompoundParts(word string) []string {
	return stems.get(word).parts
}

// analysed is what the analysis makes of one word.
type analysed struct {
	stem  string
	parts []string
}

// stemCache remembers the stems of words seen lately: Snowball allocates
// for every word, and text repeats its words. Sharded to keep the indexing
// goroutines apart; a full shard starts over.
type stemCache struct {
	shards [16]struct {
		sync.RWMutex
		m map[string]analysed
	}
}

const stemCacheShardSize = 8192

var stems = &stemCache{}

func (c *stemCache) get(word string) analysed {
	if len(word) > 40 {
		return analyse(word)
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
	s = analyse(word)
	sh.Lock()
	if sh.m == nil || len(sh.m) >= stemCacheShardSize {
		sh.m = make(map[string]analysed, stemCacheShardSize)
	}
	sh.m[strings.Clone(word)] = s
	sh.Unlock()
	return s
}

// wordRules are the rules of morph.go, in the order stemSimple tries them
// before Snowball: one that gives a stem ends the search, one that gives
// another word (the singular of an umlaut plural, the adjective of a neuter
// -t) hands that word on.
var wordRules []struct {
	rule func(string) (string, bool)
	stem bool
}

// The rules are set at init: verbLemmaStem stems a strong verb's infinitive
// with stemSimple, which runs them.
func init() {
	wordRules = []struct {
		rule func(string) (string, bool)
		stem bool
	}{
		{nameStem, true},
		{closedFormStem, true},
		{unitNoun, true},
		{andeNoun, true},
		{ningPlural, true},
		{elseNoun, true},
		{nounAOfItsOwn, true},
		{adjectiveOfNoun, true},
		{adjectiveOfVerbA, false},
		{neuterEOfItsOwn, true},
		{läggerStem, true},
		{hetStem, true},
		{ikerStem, true},
		{manCompound, true},
		{pluralGenitive, false},
		{umlautSingular, false},
		{verbLemmaStem, true},
		{strongVerbOfNoun, true},
		{andeOfApartVerb, true},
		{passiveOfVerb, true},
		{ernWord, true},
		{atAdjective, true},
		{umNoun, true},
		{adjectiveSyncopeStem, true},
		{barAdjective, true},
		{atsPassive, true},
		{areSyncopeStem, true},
		{syncopeStem, true},
		{strongInfinitive, true},
		{ownEnWord, true},
		{orNounStem, true},
		{verbStem, true},
		{agentNounStem, true},
		{neuterAdjectiveBase, false},
		{dtAdjectiveBase, false},
		{shortNeuterStem, true},
		{shortWordBase, true},
		{oNounPlural, false},
		{vowelDefiniteBase, false},
		{neuterDefiniteBase, false},
	}
}

// stemSimple is Stem for a word taken as a whole, not as a compound.
func stemSimple(word string) string {
	orig := word
	if i := strings.IndexAny(word, ":'’"); i > 0 {
		word = word[:i]
	}
	if word == "" {
		return word
	}
	for _, r := range wordRules {
		if out, ok := r.rule(word); ok {
			if r.stem {
				return out
			}
			word = out
		}
	}
	s := snowballWord(word)
	// Snowball stems -en, -erna, -arna, -orna and genitive -s, but not the
	// neuter definite -et nor -an; of -ena it takes only the -a. Such an
	// ending is replaced by what the indefinite form has in its place, and
	// that form is stemmed: "ansvaret" → "ansvar", "hälsan" → "hälsa",
	// "ärenden" → "ärende". A second round lets "paketet" and "paket"
	// meet. The -an is the word's own (hälsan, hälsans), not what Snowball
	// leaves of -ana: "isbana" and "isbanan" are "isban", not "isb".
	for round := range 2 {
		if strings.HasSuffix(s, "et") {
			if noun := etNoun(word, s); noun != "" {
				return noun // raket, paket, budget, parkett: no rak, pak, budg, park
			}
		}
		var base string
		switch {
		case strings.HasSuffix(s, "et"):
			base = s[:len(s)-2]
		case strings.HasSuffix(s, "an") && (s == word || s+"s" == word) && wordOfItsOwn(s) && wordTags(s[:len(s)-2]+"a")&tagNounA == 0:
			return s // spontan, orkan, gisslans: a word of the list in -an is no definite form (spont, ork); banan is bana's
		case strings.HasSuffix(s, "an") && (round > 0 || s != strings.TrimSuffix(word, "s")):
			return undoubled(orig, s)
		case strings.HasSuffix(s, "an"):
			base = s[:len(s)-2] + "a"
		case strings.HasSuffix(s, "en"):
			base = s[:len(s)-2] + "e"
		default:
			return undoubled(orig, s)
		}
		rest := s[:len(s)-2]
		if utf8.RuneCountInString(rest) < minStemRunes || !hasVowel(rest) {
			return undoubled(orig, s)
		}
		s = snowballWord(base)
	}
	return undoubled(orig, s)
}

// etNoun is the noun of the list that word begins with, spelt s or s with
// its last t doubled again (Snowball undoes parkett's tt), whose -et is its
// own and no neuter's definite ending: raket, paket, budget, kassett keep
// it; ansvaret is ansvar's definite. "" where there is none.
func etNoun(word, s string) string {
	for _, w := range []string{s, s + "t"} {
		if !strings.HasPrefix(word, w) || wordTags(w)&(tagNoun|tagDeclined|tagNeuter) == 0 || isName(w) {
			continue
		}
		base := strings.TrimSuffix(strings.TrimSuffix(w, "t"), "e")
		if wordTags(base)&tagNeuter != 0 {
			continue // a neuter's definite, listed as a word: the rules below
		}
		return w
	}
	return ""
}

// undoubled gives a noun of the list that ends in one m or n back its stem
// where its inflected forms double the consonant: "rummet", "programmet",
// "vännen" → "rum", "program", "vän". A stem that is (with -a or -e) a list
// word of its own, not a frozen form, keeps its double letter: "dammen" (damm), "minnet"
// (minne, not the facial expression min), "samma"; so does a word of the
// list ("sammet" is no inflected form).
func undoubled(word, s string) string {
	if !strings.HasSuffix(s, "mm") && !strings.HasSuffix(s, "nn") {
		return s
	}
	single := s[:len(s)-1]
	noun := wordTags(single)&(tagNoun|tagDeclined) != 0
	if wordTags(word) != 0 && !(noun && word == s+"er") { // vänner, listed as vän's plural
		return s
	}
	lemma := func(w string) bool { t := wordTags(w); return t != 0 && t&tagFrozen == 0 }
	verb := wordTags(s+"a") != 0 && wordTags(s+"a")&tagNounA == 0
	if lemma(s) || lemma(s+"e") || verb && !nounEnding(word) || wordTags(s+"a")&tagNounA != 0 || !noun {
		return s
	}
	return single
}

// nounEnding tells whether word ends as a noun's definite or plural form
// does, not as a verb's present or passive: strömmen, skummet, strömmarna;
// not tömmer, tömmas.
func nounEnding(word string) bool {
	for _, e := range []string{"en", "ens", "et", "ets", "ar", "ars", "arna", "arnas"} {
		if strings.HasSuffix(word, e) {
			return true
		}
	}
	return false
}

// snowballWord is Snowball's stem of word with the -ig, -lig and -ar that it
// must not take (keepAdjective, withoutSyncopeAr).
func snowballWord(word string) string {
	return keepNounEnding(word, withoutSyncopeAr(word, keepAdjective(word, snowball(word))))
}

// keepNounEnding gives back the -s, -as, -es, -ad, -at, -ens or -ast that Snowball
// takes from a noun of the word list whose indefinite form ends so: "plats",
// "databas", "hypotes", "kostnad", "kolhydrat", "konsekvens" and "kontrast" are their
// own stems, as Snowball makes "platsen", "databasen", "kostnaden",
// "kolhydraterna", "konsekvenser" and "kontraster" (not "plat", "datab",
// "kostn", "kolhydr", "konsekv", "kontr", which no inflected form reaches). Participles (begränsad, provat) are no nouns.
func keepNounEnding(word, stem string) string {
	if len(stem) < len(word) && wordTags(word)&tagNoun != 0 &&
		(word == stem+"s" || word == stem+"as" || word == stem+"es" || word == stem+"ad" || word == stem+"at" || word == stem+"ast" ||
			word == stem+"ens" && wordTags(word+"a") == 0) { // influens would meet influensa
		return word
	}
	return stem
}

func snowball(word string) string {
	env := snowballstem.NewEnv(word)
	swedish.Stem(env)
	return env.Current()
}

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouyåäöéü") }

// pronounForms are the gender and number forms of the pronouns and
// determiners that inflect (sin, sitt, sina), each to one stop term, so
// that a phrase finds its words with the pronoun's other form as it finds
// a noun's ("lämna sina hem": lämna sitt hem). The articles (en, ett) and
// den, det, de stay apart.
var pronounForms = map[string]string{
	"sitt": "sin", "sina": "sin", "mitt": "min", "mina": "min", "ditt": "din", "dina": "din",
	"vårt": "vår", "våra": "vår", "ert": "er", "era": "er",
	"allt": "all", "alla": "all", "något": "någon", "några": "någon", "inget": "ingen", "inga": "ingen",
	"detta": "denna", "dessa": "denna", "vilket": "vilken", "vilka": "vilken",
}

// stemFilter applies Stem to every token and, with parts, adds the
// compound parts of each word (PartMark + part) at the word's position. A
// stop word is kept whole and marked (StopMark): a term of its own kind, so
// that no content word's stem meets a pronoun or an auxiliary verb (sinar,
// the verb, is no sin or sina; kund no kunde; våren no våra).
type stemFilter struct{ parts bool }

func (f stemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	var extra analysis.TokenStream
	for _, t := range input {
		if t.KeyWord || t.Type == analysis.Numeric {
			continue
		}
		term := string(t.Term)
		if lemma, ok := pronounForms[term]; ok {
			t.Term = []byte(StopMark + lemma) // sitt, inga too, which the stop list lacks
			continue
		}
		if IsStopWord(term) {
			t.Term = append([]byte(StopMark), t.Term...)
			continue
		}
		a := stems.get(term)
		t.Term = []byte(a.stem)
		if f.parts {
			for _, p := range a.parts {
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

// The word får is the verb få's present (gets, may) far more often than the
// noun (sheep, whose other forms fåret, fåren, fårens are the noun's
// only): on its own it is the verb, after a number, a determiner, a
// genitive or an adjective's -a the noun (tre får, ett får, bondens får,
// döda får). A query's får alone asks for both (queryTerms).
const (
	sheep    = "får"
	verbGets = "få"
)

var sheepBytes = []byte(sheep)

// verbOrNoun are the verbs' presents of wholeWordStems that are a noun's
// form too, each with the noun's stem: the noun's after the words that
// make får the noun (sheepBefore); a query's asks for both.
var verbOrNoun = map[string]string{"åker": "åkr", "lever": "levr", "leder": "led"}

// verbOrNounBytes is the length of each word of verbOrNoun in bytes (åker's
// å is two); TestVerbOrNounWordsAreOfOneLength keeps it so.
const verbOrNounBytes = 5

// partTerms are the compound part terms a query's word t of text asks for
// with compounds on: its own term's, and the noun's of a verbOrNoun word
// (lever: leverpastej).
func partTerms(text string, t *analysis.Token) []string {
	parts := []string{PartMark + string(t.Term)}
	if noun, ok := verbOrNoun[strings.ToLower(text[t.Start:t.End])]; ok {
		parts = append(parts, PartMark+noun)
	}
	for _, also := range stemAlsoAsks[string(t.Term)] {
		parts = append(parts, PartMark+also)
	}
	return parts
}

// stemAlsoAsks are the stems a query's word of a stem also asks for: a
// bare form two nouns share (damm: dust and a dam) asks for the forms of
// each, and each noun's own forms (dammet, dammen) for the bare form.
var stemAlsoAsks = map[string][]string{"damm": {"dammet", "dammen"}, "dammet": {"damm"}, "dammen": {"damm"},
	"lag": {"laget", "lagar"}, "laget": {"lag"}, "lagar": {"lag"},
	"kön": {"kö", "könet"}, "kö": {"kön"}, "könet": {"kön"},
	"tanke": {"tank"}}

// verbOrNounStem tells whether stem is a noun's of verbOrNoun.
func verbOrNounStem(stem string) bool {
	for _, s := range verbOrNoun {
		if s == stem {
			return true
		}
	}
	return false
}

// sheepBefore tells whether the word before får in its sentence (before,
// lower case; number when it was a figure) makes it the noun.
func sheepBefore(before string, number bool) bool {
	switch {
	case number || sheepDeterminers[before]:
		return true
	case before == "" || IsStopWord(before):
		return false
	case strings.HasSuffix(before, "ens") || strings.HasSuffix(before, "ets") || strings.HasSuffix(before, "nas"):
		return true // bondens får, gårdarnas får
	}
	_, closed := closedForms[before]
	return strings.HasSuffix(before, "a") && !strings.HasSuffix(before, "na") && utf8.RuneCountInString(before) >= 4 && !closed
}

// sheepDeterminers are the words before får that make it the noun; the
// stop words among them (ett, inga, hans) are listed as much as the
// others, since a stop word before får otherwise means the verb (de får).
var sheepDeterminers = map[string]bool{"ett": true, "två": true, "tre": true, "fyra": true, "fem": true,
	"sex": true, "sju": true, "åtta": true, "nio": true, "tio": true, "elva": true, "tolv": true,
	"tjugo": true, "trettio": true, "femtio": true, "hundra": true, "tusen": true, "många": true,
	"några": true, "flera": true, "fler": true, "färre": true, "inga": true, "dessa": true, "mina": true,
	"dina": true, "sina": true, "våra": true, "era": true, "hans": true, "hennes": true, "deras": true,
	"hundratals": true, "tusentals": true, "dussintals": true, "tiotals": true}

// surnameEnds are the last parts of Swedish surnames made as compounds.
var surnameEnds = []string{"ström", "berg", "gren", "lund", "holm", "qvist", "kvist", "blad", "blom", "stedt", "bäck"}

// surnameShaped tells whether lower is no word or name of the list and ends
// in a surname's last part after three letters or more (hejdström).
func surnameShaped(lower string) bool {
	if wordTags(lower) != 0 || isName(lower) || givenNames[lower] {
		return false // a name of the list is the names' passes' (Lindgren: ^lindgren)
	}
	for _, end := range surnameEnds {
		if first, ok := strings.CutSuffix(lower, end); ok && utf8.RuneCountInString(first) >= 3 {
			return true
		}
	}
	return false
}

// PairTerm is the index term of two adjacent words of a text, by their
// stems: no stem holds a space.
func PairTerm(first, second string) string { return first + " " + second }

// pairFilter replaces a stream of stems by the pairs of adjacent ones
// (PairTerm), each at the position of its first word and spanning both.
// A phrase of n words is then n-1 pair terms at successive positions: a
// phrase search reads the locations of the few documents that hold every
// pair, not of all those that hold every word ("hela systemet låg nere":
// three rare pairs instead of four common words).
type pairFilter struct{}

func (pairFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := make(analysis.TokenStream, 0, len(input))
	for i, a := range input {
		// A word may stand beside itself as a name (alsoNames: Vilja and
		// ^vilja at one position): a pair of each with each.
		j := i + 1
		for j < len(input) && input[j].Position == a.Position {
			j++
		}
		for ; j < len(input) && input[j].Position == a.Position+1; j++ {
			b := input[j]
			out = append(out, &analysis.Token{Term: []byte(PairTerm(string(a.Term), string(b.Term))),
				Start: a.Start, End: b.End, Position: a.Position, Type: a.Type})
		}
	}
	return out
}

// sentenceGaps leaves a gap in the positions where a sentence or a line
// ends between two words, so that pairFilter makes no pair across it: a
// phrase is words in order within one sentence. "Elpriserna fortsatt höga"
// over "Elpriserna i norra Sverige …" (a title over its text) is no match
// for "höga elpriser". An abbreviation's point (kl. 15, bl.a.) breaks a
// phrase too; phrases over abbreviations are rare, phrases across
// sentences wrong.
type sentenceGaps struct{ analysis.Tokenizer }

func (g sentenceGaps) Tokenize(input []byte) analysis.TokenStream {
	toks := g.Tokenizer.Tokenize(input)
	gap := 0
	for i := 1; i < len(toks); i++ {
		if toks[i].Start < toks[i-1].End { // the word before as a name too (alsoNames): its position
			toks[i].Position = toks[i-1].Position
			continue
		}
		if between := input[toks[i-1].End:toks[i].Start]; bytes.ContainsAny(between, ".!?;:\n…") {
			gap++
		}
		toks[i].Position += gap
	}
	return toks
}

// nameMarks marks the names of a text that a word's forms would otherwise
// find, each kept whole and lower-cased as a keyword (no stem, no compound
// parts). A capitalised word is an upper-case letter, then a lower-case one
// (SMHI is none). In four passes:
//   - a given name that is a word (the dictionary's names, Sten, Björn, and
//     givenNames, Per, Liv) before a capitalised word, or before a particle
//     and one, is a name, at a sentence's start too (Per Malm, Sten af
//     Klercker): NameMark + the word;
//   - in the middle of a sentence (not after a sentence's end, a colon, a
//     dash or a quotation mark), a capitalised word of the list that the
//     dictionary lists as a name (Axel, Holm), or that is the last of two or
//     more capitalised words whose others are no words of the list or
//     names (Cecilia Strand, Björn Strand: a surname);
//   - a given name or surname the text gave a person, wherever it stands
//     alone after that (enligt Frost, Frost säger, – Sten har), and a given
//     name, or a surname after a known given name, before that too (a
//     headline's Stig, 61, räddade; Falk bryter tystnaden … Sten Falk);
//   - a name that is no word but shares a word's stem (Folke: folk,
//     Majorna: maj; see nameOnly), wherever capitalised, or only in a
//     sentence's middle where it is also a form of that word (Bergen): the
//     name whole.
//
// Left as words: any other capitalised word at a sentence's start, which
// may be any word; the head of a name of an organisation (Region Skåne,
// Svenska Kraftnät: "regionen" finds them); a name that is no word of the
// list and shares no word's stem (Trafikverket, Fjällström), whose forms
// (Trafikverkets) must meet.
type nameMarks struct{ analysis.Tokenizer }

func (n nameMarks) Tokenize(input []byte) analysis.TokenStream {
	toks := n.Tokenizer.Tokenize(input)
	capital := func(t *analysis.Token) bool {
		r, size := utf8.DecodeRune(t.Term)
		if t.Type == analysis.Numeric || !unicode.IsUpper(r) || size >= len(t.Term) {
			return false
		}
		r2, _ := utf8.DecodeRune(t.Term[size:])
		return unicode.IsLower(r2) // SMHI, VMA: no name of this kind
	}
	joined := func(i int) bool { // toks[i] follows toks[i-1] in one name: a space between
		return i > 0 && string(input[toks[i-1].End:toks[i].Start]) == " "
	}
	caps := make([]bool, len(toks)) // before any term is marked
	named := false                  // a capitalised word past the first: else there is nothing to mark
	for i, t := range toks {
		caps[i] = capital(t)
		named = named || caps[i] && i > 0
	}
	midSentence := func(i int) bool {
		if i == 0 {
			return false
		}
		between := input[toks[i-1].End:toks[i].Start] // a bar, a bracket or a spaced dash begins anew too
		return !bytes.ContainsAny(between, ".!?;:\n…–—\"“”«»|(") && !bytes.Contains(between, []byte(" - "))
	}
	// A given name or surname → where the text first gave it a person; a
	// given name, or a surname after one, is anywhere that person's (a
	// headline names Stig or Falk before the text says Stig Almqvist, Sten
	// Falk), any other surname only after (Vättersol Hotell AB may follow
	// Hotell Vättersol).
	type person struct {
		first int
		given bool
	}
	persons := map[string]person{}
	gave := func(name string, i int, given bool) { // the given names' pass comes first
		if _, seen := persons[name]; !seen {
			persons[name] = person{first: i, given: given}
		}
	}
	// A given name before a capitalised word is a person's, at a
	// sentence's start too (Sten Lantto har, säger Per Malm).
	beforeSurname := func(i int) bool { // Per Malm; Sten af Klercker, Liv de Geer
		if i+1 < len(toks) && caps[i+1] && joined(i+1) {
			return true
		}
		return i+2 < len(toks) && caps[i+2] && joined(i+1) && joined(i+2) && nameParticles[string(toks[i+1].Term)]
	}
	// A double given name joined by a hyphen (Ros-Marie, Karl-Erik,
	// Anna-Stina) is a person's, each part a name.
	hyphenName := func(i int) bool {
		for _, j := range []int{i - 1, i + 1} {
			if j < 0 || j >= len(toks) || !caps[j] {
				continue
			}
			a, b := min(i, j), max(i, j)
			if string(input[toks[a].End:toks[b].Start]) != "-" {
				continue
			}
			other := strings.ToLower(string(toks[j].Term))
			if svwordsName(other) || givenNames[other] || isAlsoName(other) {
				return true
			}
		}
		return false
	}
	for i, t := range toks {
		if !caps[i] || t.KeyWord || !hyphenName(i) {
			continue
		}
		lower := strings.ToLower(string(t.Term))
		if name, ok := nameTerm(lower); ok && (givenNames[lower] || isAlsoName(lower) || svwordsName(lower)) {
			t.Term, t.KeyWord = []byte(name), true
			gave(strings.TrimPrefix(name, NameMark), i, true)
		}
	}
	for i, t := range toks {
		if !named || !caps[i] || !beforeSurname(i) {
			continue
		}
		lower := strings.ToLower(string(t.Term))
		if name, ok := nameTerm(lower); ok && (givenNames[lower] || isAlsoName(lower)) {
			t.Term, t.KeyWord = []byte(name), true
			gave(strings.TrimPrefix(name, NameMark), i, true)
		}
	}
	for i, t := range toks {
		if !named {
			break
		}
		if !caps[i] || t.KeyWord || !midSentence(i) {
			continue
		}
		lower := strings.ToLower(string(t.Term))
		name, ok := nameTerm(lower)
		if !ok {
			continue
		}
		base := strings.TrimPrefix(name, NameMark)
		surname := joined(i) && caps[i-1] && !(i+1 < len(toks) && joined(i+1) && caps[i+1]) &&
			!placeGenitive(strings.ToLower(string(toks[i-1].Term)))
		for k := i - 1; surname && k >= 0 && caps[k]; k-- {
			_, common := nameTerm(strings.ToLower(string(toks[k].Term)))
			if common && !toks[k].KeyWord {
				surname = false // Svenska Kraftnät, Region Stockholm: no person's name (Axel Strand is)
			}
			if !common || !joined(k) {
				break // Kammaråklagare Malin Lind: a title before a given name is no part of a name
			}
		}
		if surname {
			// After a given name the list knows (Sten Falk, Anders Hed, Lo
			// Gran), a person's surname for certain: anywhere in the text,
			// the headline before it included (Falk bryter tystnaden).
			prev := strings.ToLower(string(toks[i-1].Term))
			gave(base, i, toks[i-1].KeyWord || svwordsName(prev) || givenNames[prev])
		}
		if isAlsoName(base) || surname {
			t.Term, t.KeyWord = []byte(name), true
		} else if givenNames[base] || wordSurnames[base] && !(i+1 < len(toks) && joined(i+1) && caps[i+1]) &&
			!bytes.HasPrefix(input[t.End:], []byte("-")) { // Sjö- och flygräddningscentralen: a compound's part
			// A given name of givenNames, capitalised in a sentence's middle,
			// is a person's though no surname follows (låg Vide, sju år, på
			// intensiven; sonen Vide), and is the person's anywhere after
			// that (Vides pappa); a surname of wordSurnames likewise (enligt
			// Frost), after it, unless it begins a longer name (Falk Fönster
			// & Fasad AB).
			t.Term, t.KeyWord = []byte(name), true
			gave(base, i, givenNames[base])
		}
	}
	// A capitalised word the list lacks that ends as Swedish surnames do
	// (Hejdström, Klintberg) is a surname, kept whole: no compound whose
	// parts a search for ström or berg finds.
	for i, t := range toks {
		if !caps[i] || t.KeyWord {
			continue
		}
		lower := strings.ToLower(string(t.Term))
		if surnameShaped(lower) {
			t.Term, t.KeyWord = []byte(lower), true
		} else if base, ok := strings.CutSuffix(lower, "s"); ok && surnameShaped(base) {
			t.Term, t.KeyWord = []byte(base), true // Hejdströms
		}
	}
	// A name the text has given a person is that person's wherever it
	// stands alone after that, a sentence's start included (Ida Frost …
	// enligt Frost, sa Malm; Frost säger att …; Sten Lantto … – Sten har),
	// and a given name before that too (Stig, 61, räddade … Stig Almqvist).
	for i, t := range toks {
		if len(persons) == 0 {
			break
		}
		if !caps[i] || t.KeyWord {
			continue
		}
		if name, ok := nameTerm(strings.ToLower(string(t.Term))); ok {
			if p, seen := persons[strings.TrimPrefix(name, NameMark)]; seen && (p.given || p.first < i) {
				t.Term, t.KeyWord = []byte(name), true
			}
		}
	}
	// A name that is no word but whose stem is a word's (Folke: folk, Kalle:
	// kall, Majorna: maj, Göran: göra) is kept whole wherever it is written
	// with a capital, a sentence's start included; one that is also a form
	// of that word (Bergen, Polen, Mats) only in a sentence's middle
	// (nameOnly), or before a surname (Mats Öhrn, at a sentence's start).
	for i, t := range toks {
		if !caps[i] || t.KeyWord {
			continue
		}
		if whole, form, ok := nameOnly(strings.ToLower(string(t.Term))); ok && (!form || midSentence(i) || beforeSurname(i)) {
			t.Term, t.KeyWord = []byte(whole), true
		}
	}
	// The noun man after a determiner (en man, min man, hennes man) is the
	// noun's, not the pronoun's, whose stop word it spells.
	for i, t := range toks {
		if len(t.Term) == 3 && i > 0 && bytes.EqualFold(t.Term, manBytes) && joined(i) &&
			manDeterminers[strings.ToLower(string(toks[i-1].Term))] {
			t.Term, t.KeyWord = []byte(manNoun), true
		}
	}
	// dom is the noun (a judgement: en fällande dom, tingsrättens dom, Dom
	// meddelas) but the spoken pronoun (de, dem) where the words around it
	// make it one: before a finite verb or a word that follows a subject (–
	// Dom sa bara, dom flesta), after a preposition or a conjunction (för
	// dom som, att dom ska), unless a determiner, a genitive or an
	// adjective before it makes it the noun (en dom kan, fällande dom är).
	for i, t := range toks {
		if t.KeyWord || len(t.Term) != 3 || !bytes.EqualFold(t.Term, domBytes) {
			continue
		}
		before, after := "", ""
		if midSentence(i) {
			before = strings.ToLower(string(toks[i-1].Term))
		}
		if i+1 < len(toks) && joined(i+1) {
			after = strings.ToLower(string(toks[i+1].Term))
		}
		if before != "" && (domNounBefore[before] || sheepBefore(before, toks[i-1].Type == analysis.Numeric) ||
			isAdjective(before) || strings.HasSuffix(before, "ande") || strings.HasSuffix(before, "lig")) {
			continue
		}
		if pronounAfter[after] || domPronounBefore[before] {
			t.Term, t.KeyWord = []byte(domPronoun), true
		}
	}
	// får is the verb (Bonden får ersättning) but after a number, a
	// determiner, a genitive or an adjective in the same sentence, where it
	// is the noun (tre får, bondens får); see sheepBefore.
	for i, t := range toks {
		if len(t.Term) != len(sheep) || !bytes.EqualFold(t.Term, sheepBytes) {
			continue
		}
		if i > 0 && joined(i) && sheepBefore(strings.ToLower(string(toks[i-1].Term)), toks[i-1].Type == analysis.Numeric) {
			t.Term, t.KeyWord = []byte(sheep), true
		} else {
			t.Term, t.KeyWord = []byte(verbGets), true
		}
	}
	// åker, lever and leder on their own are the verbs' (wholeWordStems),
	// the nouns' after a number, a determiner, a genitive or an adjective,
	// as får is (min bästa åker, två leder, en åker).
	for i, t := range toks {
		if t.KeyWord || i == 0 || len(t.Term) != verbOrNounBytes || !joined(i) {
			continue // the words are of one length: no lower-casing of every word
		}
		noun, ok := verbOrNoun[strings.ToLower(string(t.Term))]
		if !ok {
			continue
		}
		if before := strings.ToLower(string(toks[i-1].Term)); before == "en" || sheepBefore(before, toks[i-1].Type == analysis.Numeric) {
			t.Term, t.KeyWord = []byte(noun), true
		}
	}
	// A capitalised word before kommun, län, socken or församling names a
	// place (Bergs kommun, Åre kommun, Stads församling): a name, which
	// the word's forms do not find (berg must not find Bergs kommun).
	for i, t := range toks {
		if !caps[i] || t.KeyWord || !midSentence(i) || i+1 >= len(toks) || !joined(i+1) ||
			!placeNouns[string(toks[i+1].Term)] {
			continue
		}
		if name, ok := nameTerm(strings.ToLower(string(t.Term))); ok {
			t.Term, t.KeyWord = []byte(name), true
		}
	}
	// An infinitive that a noun in -a shares (spricka, springa) is the
	// verb's after a word that takes an infinitive (rören kan spricka, att
	// springa, ska inte dricka), elsewhere the noun's (en spricka).
	for i, t := range toks {
		if i == 0 || t.KeyWord || len(t.Term) == 0 || t.Term[len(t.Term)-1]|0x20 != 'a' {
			continue
		}
		verb, ok := infinitiveOfNounVerb(strings.ToLower(string(t.Term)))
		if !ok {
			continue
		}
		k := i - 1
		if k > 0 && infinitiveAdverbs[strings.ToLower(string(toks[k].Term))] {
			k--
		}
		if infinitiveMarkers[strings.ToLower(string(toks[k].Term))] && !bytes.ContainsAny(input[toks[k].End:t.Start], ".!?;:\n…–—") {
			t.Term, t.KeyWord = []byte(verb), true
		}
	}
	return alsoNames(toks, caps)
}

// alsoNames gives a capitalised word that no pass took for a name, but
// that is more often one than the word (nameLike: at a sentence's start,
// Vilja sa, Frost säger, where either may stand), the name beside the word,
// at its position: the word's forms find it, and so does a query for the
// name alone (queryName).
func alsoNames(toks analysis.TokenStream, caps []bool) analysis.TokenStream {
	var out analysis.TokenStream
	for i, t := range toks {
		if caps[i] && !t.KeyWord {
			if name, ok := nameTerm(strings.ToLower(string(t.Term))); ok && nameLike(strings.TrimPrefix(name, NameMark)) {
				if out == nil {
					out = append(make(analysis.TokenStream, 0, len(toks)+4), toks[:i]...)
				}
				out = append(out, t, &analysis.Token{Term: []byte(name), KeyWord: true, Start: t.Start, End: t.End,
					Position: t.Position, Type: t.Type})
				continue
			}
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return out
}

// domPronoun is the index term of dom as the spoken pronoun (de, dem): a
// stop word's, apart from the noun's dom.
var domPronoun = StopMark + "dom"

var domBytes = []byte("dom")

// domNounBefore make dom after them the noun (en dom, sin dom, ingen dom).
var domNounBefore = map[string]bool{"en": true, "sin": true, "min": true, "din": true, "vår": true, "er": true,
	"ingen": true, "varje": true, "denna": true, "samma": true, "någon": true, "ny": true, "hård": true, "mild": true}

// pronounAfter are the words that follow a subject pronoun, or the
// pronoun de as an article, and not the noun dom (dom sa, dom flesta).
var pronounAfter = map[string]bool{"sa": true, "säger": true, "sade": true, "har": true, "hade": true, "är": true,
	"var": true, "blir": true, "blev": true, "ska": true, "skulle": true, "kan": true, "kunde": true, "vill": true,
	"ville": true, "måste": true, "får": true, "fick": true, "försöker": true, "försökte": true, "tror": true,
	"trodde": true, "tycker": true, "tyckte": true, "vet": true, "visste": true, "gör": true, "gjorde": true,
	"kommer": true, "kom": true, "inte": true, "också": true, "bara": true, "själva": true, "flesta": true,
	"första": true, "andra": true, "sista": true, "där": true, "här": true, "troligen": true, "alla": true,
	"båda": true, "brukar": true, "borde": true, "verkar": true, "ju": true, "nog": true, "aldrig": true,
	"som": true}

// domPronounBefore are the words after which dom is the pronoun: a
// preposition (för dom, av dom), a conjunction or a relative (att dom,
// som dom, när dom), and a finite verb before its subject (fick dom, vet
// dom).
var domPronounBefore = map[string]bool{"för": true, "av": true, "med": true, "åt": true, "hos": true, "bland": true,
	"från": true, "igenom": true, "genom": true, "utan": true, "att": true, "som": true, "än": true, "när": true,
	"då": true, "men": true, "eftersom": true, "fast": true, "om": true, "fick": true, "får": true, "vet": true,
	"kan": true, "kunde": true, "ska": true, "skulle": true, "vill": true, "ville": true, "måste": true,
	"gör": true, "gjorde": true, "tror": true, "tycker": true, "sa": true, "säger": true, "finns": true}

// placeNouns follow the name of a place in lower case (Bergs kommun).
var placeNouns = map[string]bool{"kommun": true, "kommuns": true, "län": true, "läns": true, "socken": true,
	"sockens": true, "församling": true, "församlings": true, "härad": true, "härads": true}

// infinitiveMarkers are the words an infinitive follows: the infinitive
// mark and the auxiliary and modal verbs.
var infinitiveMarkers = map[string]bool{"att": true, "kan": true, "kunde": true, "ska": true, "skall": true, "skulle": true,
	"måste": true, "vill": true, "ville": true, "bör": true, "borde": true, "får": true, "fick": true, "lär": true,
	"brukar": true, "tycks": true, "behöver": true, "behövde": true, "kunna": true, "vilja": true, "måtte": true}

// infinitiveAdverbs may stand between an auxiliary and its infinitive (kan
// inte spricka, ska aldrig dricka).
var infinitiveAdverbs = map[string]bool{"inte": true, "ej": true, "aldrig": true, "också": true, "även": true,
	"redan": true, "snart": true, "nog": true, "ändå": true, "då": true, "alltid": true}

// placeGenitive tells whether w is the genitive of a name the list has that
// is no person's given name: the capitalised word after it heads the name of
// an organisation (Göteborgs Stad, Sveriges Radio), which the word's forms
// find, and is no surname. A given name in -s (Andreas, Jonas) is listed
// itself.
func placeGenitive(w string) bool {
	base, ok := strings.CutSuffix(w, "s")
	return ok && svwordsName(base) && !svwordsName(w) && !givenNames[w] && !givenNames[base]
}

// givenNames are Swedish given names that are words of the list too but
// that the dictionary does not list as names (it lists Sten, Stig, Björn,
// Axel, Lena, Klara: isAlsoName), and common ones it lacks altogether.
// Before a capitalised word either kind is a person's given name (Per
// Malm, Vagn Ekdahl, Liv Sandberg).
var givenNames = map[string]bool{"per": true, "bo": true, "dag": true, "alf": true, "karl": true, "vagn": true,
	"vide": true, "ask": true, "liv": true, "maj": true, "lilja": true, "saga": true, "britt": true, "vilja": true,
	"sol": true, "lo": true, "iris": true, "lova": true, "malva": true, "helga": true, "ann": true, "lotta": true,
	"lina": true, "nova": true, "rita": true, "tuva": true, "jarl": true, "sam": true, "tom": true, "gull": true,
	"bror": true, "mark": true, "rut": true, "harry": true,
	// Among the hundred commonest given names in Sweden, those the list
	// lacks altogether (Malin Lind: Lind is the person's in the headline
	// before the text names her, as after Sten; Åke is no form of åka).
	"eva": true, "karin": true, "kristina": true, "malin": true, "ida": true, "elin": true, "marie": true,
	"inger": true, "erik": true, "mikael": true, "jan": true, "peter": true, "fredrik": true, "daniel": true,
	"åke": true, "lucas": true, "oliver": true, "henrik": true, "martin": true, "kim": true, "ulf": true,
	"ola": true, "gustav": true}

// wordSurnames are common Swedish surnames that are words of the language,
// the nature names taken in the 1800s and the soldiers' names (Berg, Lind,
// Ek, Strand, Frost, Falk). Written with a capital in a sentence's middle,
// such a word is a name though no given name comes before it (enligt
// Frost, familjen Berg), as a place's often is (i Berg): no form of berg.
var wordSurnames = map[string]bool{"berg": true, "lind": true, "ek": true, "strand": true, "falk": true,
	"frost": true, "hjort": true, "lax": true, "björk": true, "ström": true, "blom": true, "gran": true,
	"hed": true, "sand": true, "vik": true, "nord": true, "bäck": true, "dal": true, "fors": true,
	"ring": true, "svan": true, "örn": true, "stål": true, "kvist": true, "rask": true, "hägg": true,
	"varg": true, "hök": true, "malm": true, "sund": true, "ljung": true, "bonde": true, "lilja": true,
	"skog": true, "sjö": true}

// nameLike tells whether a word written with a capital is more likely a
// name than the word: a given name (givenNames, or one the dictionary
// lists, isAlsoName, unless an adjective's) or a surname of wordSurnames.
func nameLike(lower string) bool {
	if givenNames[lower] || wordSurnames[lower] {
		return true
	}
	// An adjective the dictionary also lists as a name (Frank, Klara, Lena)
	// is as often the adjective at the head of a search.
	return isAlsoName(lower) && !isAdjective(lower) && !isAdjective(strings.TrimSuffix(lower, "a"))
}

// nameParticles stand between a given name and the rest of a surname (Sten
// af Klercker, Björn von Sydow, Liv de Geer).
var nameParticles = map[string]bool{"af": true, "av": true, "von": true, "van": true, "de": true, "der": true, "du": true, "la": true}

// manNoun is the stem of the noun man (mannen, män, männen).
var manNoun = "män"

var manBytes = []byte("man")

// manDeterminers are the words before which man is the noun: en man har
// gripits, min man, en ung man.
var manDeterminers = map[string]bool{"en": true, "min": true, "din": true, "sin": true, "hennes": true, "hans": true,
	"deras": true, "vår": true, "er": true, "ingen": true, "varje": true, "annan": true, "samme": true, "ung": true,
	"äldre": true, "yngre": true, "gammal": true, "okänd": true, "beväpnad": true, "misstänkt": true, "skadad": true,
	"död": true, "berusad": true, "maskerad": true, "gripen": true, "avliden": true}

// queryName is the name term a query asks for beside the word as written,
// when the word is written with a capital (Strand, "Cecilia Strand"): a
// name is searched as a name is written. A word in lower case (strand) asks
// for the word only: a careful reader takes the surname for a false hit of
// the noun; unless the word is nothing but the name (uninflectedName:
// sverige, säpo).
//
// A name that is no word but shares a word's stem (nameOnly) asks for
// itself whole however it is written: folke and Folke find Folke Lind, and
// polen Polen, as well as the word's forms; folk finds neither.
//
// A word written with a capital that is more often a person's or a place's
// name than the word (nameLike: Vilja, Ros, Björn, Frost, Strand) asks for
// the name only where it is a query's word on its own: Vilja is no search
// for vill and ville, nor Ros for rosor (as every hand that judged such a
// query read it). The text keeps such a word at a sentence's start as both
// (alsoNames), so the name only still finds "Frost säger …". In a phrase it
// asks for both ("Inga skadade" is a headline's "inga skadade" too), and
// with compounds its parts are still the word's (Säpo: säpochefen).
func queryName(written string) (name string, only, ok bool) {
	lower := strings.ToLower(written)
	if whole, _, ok := nameOnly(lower); ok {
		return whole, false, true
	}
	name, ok = nameTerm(lower)
	if !ok {
		return "", false, false
	}
	base := strings.TrimPrefix(name, NameMark)
	if r, _ := utf8.DecodeRuneInString(written); !unicode.IsUpper(r) {
		// A name the dictionary lists beside a word that does not inflect
		// (sverige, säpo, komvux, nobel) is the name however written: the
		// text's Sverige in a sentence's middle is the name's term.
		if uninflectedName(base) {
			return name, false, true
		}
		return "", false, false
	}
	return name, nameLike(base), true
}

// nameAlone tells whether terms (queryTerms') ask for a name only (Vilja:
// ^vilja), not the word beside it.
func nameAlone(terms []string) bool { return len(terms) == 1 && strings.HasPrefix(terms[0], NameMark) }

// uninflectedName tells whether a word the dictionary also lists as a name
// has no inflection of its own (Sverige, Säpo, Komvux: no noun, verb or
// adjective declines it), so that the word in lower case is the name too.
func uninflectedName(w string) bool {
	return isAlsoName(w) && !isAdjective(w) &&
		wordTags(w)&(tagNoun|tagNounA|tagDeclined|tagVerbA|tagPluralAr|tagPluralI|tagNeuter) == 0
}

// queryTerms are the index terms the query word t of text asks for: its own
// term and, where queryName gives one, the word as a name (Strand: strand
// and ^strand), or the name alone where t is the query's word on its own
// (alone; Vilja: ^vilja). The query, its snippets' marks and Explain share
// them.
func queryTerms(text string, t *analysis.Token, alone bool) []string {
	terms := []string{string(t.Term)}
	if name, only, ok := queryName(text[t.Start:t.End]); only && alone {
		return []string{name}
	} else if ok {
		terms = append(terms, name)
	}
	lower := strings.ToLower(text[t.Start:t.End])
	if verb, ok := infinitiveOfNounVerb(lower); ok {
		terms = append(terms, verb)
	}
	if noun, ok := verbOrNoun[lower]; ok { // åker: the field's too
		terms = append(terms, noun)
	}
	terms = append(terms, stemAlsoAsks[terms[0]]...)
	if lower == sheep { // får: the noun and the verb, whichever the text's word before made it
		if terms[0] == verbGets {
			terms = append(terms, sheep)
		} else {
			terms = append(terms, verbGets)
		}
	}
	// A word that is a noun and an adjective alike: its base is either and
	// asks for the adjective's forms too (lokal: lokala, lokalt); a noun's
	// own form (lokalerna) for the noun and the base only; the adjective's
	// form alone for the adjective's forms (lokala: not lokaler), in a
	// phrase for the base too ("lokala myndigheter" is "en lokal
	// myndighet" as well).
	if nounAdjectives()[lower] {
		for _, reading := range []string{lower, lower + "a"} { // akut's own term is the adjective's (wholeWordStems)
			if !slices.Contains(terms, reading) {
				terms = append(terms, reading)
			}
		}
	} else if adj, ok := adjectiveOfNoun(lower); ok && !alone && string(t.Term) == adj {
		terms = append(terms, strings.TrimSuffix(adj, "a"))
	}
	return terms
}

// infinitiveOfNounVerb is the verb's term of an infinitive that a noun in -a
// shares (springa, spricka; see strongVerbOfNoun): the text's infinitive is
// taken for the noun, but a query's, written alone, may mean either, and
// asks for both (springa: the noun's springan, springor and the verb's
// springer, sprang).
func infinitiveOfNounVerb(lower string) (string, bool) {
	nounVerbs.once.Do(func() {
		svwords.once.Do(loadWords)
		nounVerbs.m = map[string]bool{}
		for w, t := range svwords.tags {
			body, ok := strings.CutSuffix(w, "a")
			if ok && t&tagNounA != 0 {
				if verb, ok := strongVerbOfNoun(body + "er"); ok && verb == w {
					nounVerbs.m[w] = true
				}
			}
		}
	})
	return lower, nounVerbs.m[lower] || adjectiveVerbs()[lower]
}

// nounVerbs are the infinitives infinitiveOfNounVerb knows, found once in
// the list: it is asked of every word of every text.
var nounVerbs struct {
	once sync.Once
	m    map[string]bool
}

// phraseTerms are the terms each position of a phrase of toks (its words,
// stop words included) asks for: queryTerms, and man after another word
// also as the noun (en man), as nameMarks indexes it.
func phraseTerms(text string, toks analysis.TokenStream) [][]string {
	first, last := toks[0].Position, toks[len(toks)-1].Position
	terms := make([][]string, last-first+1)
	for _, t := range toks {
		i := t.Position - first
		terms[i] = append(terms[i], queryTerms(text, t, false)...)
		if i > 0 && strings.EqualFold(text[t.Start:t.End], "man") {
			terms[i] = append(terms[i], manNoun)
		}
		if strings.EqualFold(text[t.Start:t.End], "dom") { // "dom sa": the pronoun, as nameMarks indexes it
			terms[i] = append(terms[i], domPronoun)
		}
		// An infinitive in -a whose verb's present stands apart from the
		// noun of its letters (hyra: hyr, hyrde, hyrt; not hyran) is the
		// verb's in a phrase too ("hyra skridskor": hade hyrt skridskor).
		if present, ok := strings.CutSuffix(strings.ToLower(text[t.Start:t.End]), "a"); ok {
			if verb, ok := wholeWordStems[present]; ok && !slices.Contains(terms[i], verb) {
				terms[i] = append(terms[i], verb)
			}
		}
	}
	return terms
}

// nameOnly is the index term of a name the list has as a name only (or its
// genitive), or a given name of givenNames that is no word, where a word's
// forms would find it: the name whole, which no word's forms share. Its
// stem is a word's (folke: folk, majorna: maj), or it is itself the stem
// of a word (rut: ruta, rutan), when the name is marked (^rut). form tells
// that the name is also a form of that word (Stora, Polen, Bergen: stora,
// polen, bergen), which only a capital in a sentence's middle makes a name.
func nameOnly(lower string) (whole string, form, ok bool) {
	name, ok := itOrGenitive(lower, func(w string) bool { return svwordsName(w) || givenNames[w] && wordTags(w) == 0 })
	if !ok || name != lower && wordTags(lower) != 0 {
		return "", false, false // Klass is klass, no genitive of Klas
	}
	s := stemSimple(name)
	if s == name {
		if wordTags(name) == 0 && (declines(s) || umlautSingulars[s]) {
			return NameMark + name, false, true // Rut: no word, but ruta's stem
		}
		return "", false, false // Stockholm: no word shares its stem
	}
	if wordTags(s) == 0 && !isHeadStem(s) {
		return "", false, false // Skåne
	}
	end, _ := strings.CutPrefix(name, s)
	if end == "s" && (svwordsName(s) || isAlsoName(s)) {
		return "", false, false // Kommunals: the genitive of the name Kommunal, which is a word too
	}
	form = inflectionEnding[end] && declines(s)
	if form && (len(analyse(s).parts) > 0 || isAdjective(s)) {
		// Socialdemokraterna, Skolverket: names of organisations the
		// words' forms find; Stora torget, Stora Viken: the adjective in a
		// place's name
		return "", false, false
	}
	return name, form, true
}

// inflectionEnding are the endings after a stem that make a form of a noun,
// an adjective or a verb (not -e: Folke is no form of folk).
var inflectionEnding = map[string]bool{"a": true, "t": true, "n": true, "r": true, "s": true, "en": true, "et": true,
	"ar": true, "er": true, "or": true, "na": true, "arna": true, "erna": true, "orna": true, "ens": true, "ets": true,
	"ans": true, "ade": true, "at": true, "are": true, "ast": true, "aste": true, "ande": true}

// declines tells whether the list has a noun, an adjective or a verb whose
// stem is s (pol, stor, arbetar), which inflectionEnding's forms may be of.
func declines(s string) bool {
	const classes = tagNoun | tagDeclined | tagNounA | tagNeuter | tagVerbA | tagPluralAr
	for _, w := range []string{s, s + "a", s + "e"} {
		if wordTags(w)&classes != 0 || isAdjective(w) {
			return true
		}
	}
	return false
}

// nameTerm is the index term (NameMark + word) of a lower-case word as a
// name, when the word, or the word without a genitive s, is a word of the
// list and no stop word.
func nameTerm(lower string) (string, bool) {
	if IsStopWord(lower) {
		return "", false
	}
	common := func(w string) bool { return utf8.RuneCountInString(w) >= 2 && wordTags(w) != 0 && !isName(w) }
	if word, ok := strings.CutSuffix(lower, ":s"); ok && common(word) { // Säpo:s, as an abbreviation's genitive is written
		return NameMark + word, true
	}
	if word, ok := itOrGenitive(lower, common); ok {
		return NameMark + word, true
	}
	return "", false
}

// swedishChain builds the analyzer behind AnalyzerName, PlainAnalyzerName
// or PairAnalyzerName: the stem filter, then more.
func swedishChain(cache *registry.Cache, more ...analysis.TokenFilter) (*analysis.DefaultAnalyzer, error) {
	lower, err := cache.TokenFilterNamed(lowercase.Name)
	if err != nil {
		return nil, err
	}
	return &analysis.DefaultAnalyzer{Tokenizer: wordTokenizer, TokenFilters: append([]analysis.TokenFilter{lower}, more...)}, nil
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
		a, err := swedishChain(cache, stemFilter{parts: true})
		if err == nil {
			a.Tokenizer = nameMarks{a.Tokenizer}
		}
		return a, err
	}))
	must(registry.RegisterAnalyzer(noPartsAnalyzerName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		a, err := swedishChain(cache, stemFilter{})
		if err == nil {
			a.Tokenizer = nameMarks{a.Tokenizer}
		}
		return a, err
	}))
	must(registry.RegisterAnalyzer(PlainAnalyzerName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		// With the gaps: the percolator's and the titles' phrases, and the
		// highlighted ones, stay within a sentence as the pairs do.
		a, err := swedishChain(cache, stemFilter{})
		if err == nil {
			a.Tokenizer = sentenceGaps{a.Tokenizer}
		}
		return a, err
	}))
	must(registry.RegisterAnalyzer(PairAnalyzerName, func(_ map[string]interface{}, cache *registry.Cache) (analysis.Analyzer, error) {
		a, err := swedishChain(cache, stemFilter{}, pairFilter{})
		if err == nil {
			a.Tokenizer = sentenceGaps{nameMarks{a.Tokenizer}}
		}
		return a, err
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
	cache := registry.NewCache()
	sv, err := cache.AnalyzerNamed(PlainAnalyzerName)
	must(err)
	svAnalyzer = sv
	text, err := swedishChain(cache, stemFilter{})
	must(err)
	text.Tokenizer = sentenceGaps{nameMarks{text.Tokenizer}}
	svTextAnalyzer = text
	stop, err := cache.TokenMapNamed(svlang.StopName)
	must(err)
	stopWords = stop
}

// stopWords are Snowball's Swedish stop words ("och", "till", "när"). The
// index keeps them, so that a phrase matches its small words too ("ersättning
// till företag" is not "ersättning när företagens"); a word on its own that
// is one of them asks for nothing.
var stopWords analysis.TokenMap

// IsStopWord tells whether the lower-case word is a stop word.
func IsStopWord(word string) bool {
	_, ok := stopWords[word]
	return ok
}

// withoutStopWords drops the stop words of toks (analysed from text),
// keeping the positions of the others.
func withoutStopWords(text string, toks analysis.TokenStream) analysis.TokenStream {
	out := toks[:0:0]
	for _, t := range toks {
		if !IsStopWord(strings.ToLower(text[t.Start:t.End])) {
			out = append(out, t)
		}
	}
	return out
}

// svAnalyzer is PlainAnalyzerName, for analysing query words.
var svAnalyzer analysis.Analyzer

// svTextAnalyzer takes a text apart as the index does, names marked (see
// nameMarks), without compound parts: for snippets and for Explain.
var svTextAnalyzer analysis.Analyzer

// Analyze returns the terms Search looks up for the words of text, stop
// words left out (the index holds these, the stop words and the compound
// parts).
func Analyze(text string) []string {
	toks := withoutStopWords(text, svAnalyzer.Analyze([]byte(text)))
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = string(t.Term)
	}
	return out
}

// warmAnalysis makes the tables the analysis reads lazily (the word list,
// the stems that end compounds, the productive first parts, …) by
// analysing a text that needs them all: a name, compounds with and without
// a linking letter, a syncope, a verb's and a noun's forms.
func warmAnalysis() {
	infinitiveOfNounVerb("")
	Analyze("Det säger Per Malm och Folke Nyman om dricksvattenkrisen: upphandlingsskandalen, stolpar och vattnet i elnätets " +
		"godståg drabbade barnmorskemottagningen, där sköterskorna arbetade.")
}

// keyLower is what KeyLowerAnalyzerName makes of a filter value.
func keyLower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
