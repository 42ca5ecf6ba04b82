//go:build ignore

// gen_svwords writes svwords.txt.gz, the Swedish word list of the analysis
// (analysis.go, compound.go), from Debian's hunspell-sv dictionary
// (sv_SE.dic and sv_SE.aff, LGPL-3, Göran Andersson). Run from search/:
//
//	apt-get install hunspell-sv   # or: apt-get download hunspell-sv && dpkg-deb -x …
//	go run gen_svwords.go [/usr/share/hunspell]
//
// Each line is a lower-case word of at least two letters, a tab and its
// tags:
//
//	h  may end a compound (the dictionary's COMPOUNDEND flag)
//	s  a noun in -el, -en or -er that drops its e when inflected
//	   (vatten → vattnet, fågel → fåglar)
//	v  a verb of the first conjugation (prova, provade, provat)
//	g  a noun with the plural in -ar (storm → stormar)
//	o  a noun in -a (skola → skolan, skolor), beside any verb of that form
//	t  a neuter noun (lov → lovet, prov → provet)
//	i  a plural in -ar or -r of the dictionary's class I (fågel → fåglar,
//	   finger → fingrar; not exempel, whose plural is exempel)
//	r  a verb in -a with a noun in -are (lära → lärare, flag T)
//	n  a noun with a definite form in -en, -et or -t (flags B, C, D)
//	b  may begin a compound as it is (flags X, s, r: COMPOUNDBEGIN)
//	l  takes a linking -s- or -es- in a compound (flags f, v, u, i:
//	   upphandlings-, tids-; not hjärta, kostnadsföra)
//	p  a proper name only (karlshamn: the dictionary's Karlshamn, and no
//	   lower-case word of that spelling); such a line has no other tag
//	x  listed only as it is, without flags: no inflection, no compound
//	   (fågelvägen, spenderbyxorna, häromåret: frozen forms and idioms)
//	f  an inflected form, no word of the list: a line only for its verb
//	j  a noun in -are whose definite plural in -arna the dictionary gives
//	   (flag J: lärarna, domarna; not vägare, whose vägarna is väg's)
//	d  declines as a noun (a flag of B to J), not in -a: kö, el, is; not
//	   va, a word of two letters that is no part of skriva
//	u  a plural in -r listed as a word, of the word before its r (flag J:
//	   kor, korna of ko; kläder of kläde)
//	a  an adjective whose neuter in -t the dictionary makes by rule (flag O
//	   on a word not in -a: stor, stort; ny, nytt; röd, rött)
//	e  also a name: the dictionary lists it capitalised too (axel: Axel;
//	   holm: Holm)
//	y  an adjective in -el, -en or -er that drops its e when declined
//	   (flags K, L, M on a word not in -a: öppen, öppna; enkel, enkla;
//	   säker, säkra), not a strong verb's participle (skjuten: no L, a Y)
//
// A third field, where there is one, is the verb whose form the word is
// (värmer, värmde → värma; vågar, vågade → våga): for the verbs whose forms
// Snowball would join to a noun or an adjective of another lemma, the forms
// the dictionary gives to the verb and to no noun or adjective (see
// verbForms; the stemmer's verbLemma reads them). A "~" before the verb
// marks a strong verb's form that the dictionary lists unlinked to it
// (sjönk, sjunkit: ~sjunka; see strongForms): it stems as the infinitive.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/swedish"
	"github.com/lagesbild/lagesbild/search"
)

type rule struct {
	strip, add string
	cond       *regexp.Regexp
	compound   bool // the form only begins a compound (a continuation class such as /WXZ)
}

func main() {
	dir := "/usr/share/hunspell"
	args := os.Args[1:]
	paradigmsMode := len(args) > 0 && args[0] == "-paradigms"
	if paradigmsMode {
		args = args[1:]
	}
	if len(args) > 0 {
		dir = args[0]
	}
	rules := readAff(filepath.Join(dir, "sv_SE.aff"))
	if paradigmsMode {
		writeParadigms(filepath.Join(dir, "sv_SE.dic"), rules)
		return
	}
	f, err := os.Open(filepath.Join(dir, "sv_SE.dic"))
	check(err)
	defer f.Close()
	tags := map[string]map[byte]bool{}
	arPlurals := map[string]string{} // words in -a and their flags
	flagged := map[string]bool{}     // words with a flag in some entry
	names := map[string]bool{}       // capitalised entries, lower-cased
	var entries []entry              // the lower-case entries kept, in order
	sc := bufio.NewScanner(f)
	sc.Scan() // the count
	for sc.Scan() {
		line := sc.Text()
		word, flags, _ := strings.Cut(line, "/")
		if i := strings.IndexAny(flags, " \t"); i >= 0 {
			flags = flags[:i]
		}
		if strings.ContainsAny(word, "-.:0123456789 '") || strings.Contains(flags, "%") {
			continue // abbreviations, numbers, forbidden words
		}
		if word != strings.ToLower(word) {
			if r := []rune(word); len(r) >= 4 && string(r[1:]) == strings.ToLower(string(r[1:])) {
				names[strings.ToLower(word)] = true // Karlshamn, Skolverket; not SVT
			}
			continue
		}
		if utf8.RuneCountInString(word) < 2 {
			continue
		}
		entries = append(entries, entry{word, flags})
		if strings.HasSuffix(word, "a") {
			arPlurals[word] += flags
		}
		t := tags[word]
		if t == nil {
			t = map[byte]bool{}
			tags[word] = t
		}
		if flags != "" {
			flagged[word] = true
		}
		if strings.Contains(flags, "Y") {
			t['h'] = true
		}
		if strings.ContainsAny(flags, "MN") && strings.HasSuffix(word, "a") {
			t['v'] = true
		}
		if strings.Contains(flags, "G") && !strings.HasSuffix(word, "a") && !strings.HasSuffix(word, "e") {
			t['g'] = true
		}
		if strings.HasSuffix(word, "a") && strings.ContainsAny(flags, "EGH") {
			t['o'] = true
		}
		if !strings.HasSuffix(word, "a") && strings.ContainsAny(flags, "BC") {
			t['t'] = true
		}
		if strings.Contains(flags, "I") {
			t['i'] = true
		}
		if strings.ContainsAny(flags, "BCD") {
			t['n'] = true
		}
		if strings.ContainsAny(flags, "fvui") {
			t['l'] = true
		}
		if strings.ContainsAny(flags, "Xsr") {
			t['b'] = true
		}
		if strings.Contains(flags, "T") && strings.HasSuffix(word, "a") {
			t['r'] = true
		}
		if strings.ContainsAny(flags, nounFlags) && !strings.HasSuffix(word, "a") {
			t['d'] = true
		}
		if strings.ContainsAny(flags, "KLM") && !strings.HasSuffix(word, "a") &&
			(strings.HasSuffix(word, "en") || strings.HasSuffix(word, "el") || strings.HasSuffix(word, "er")) &&
			(strings.Contains(flags, "L") || !strings.Contains(flags, "Y")) {
			// öppen, öppna; enkel, enkla; säker, säkra; egen, egna: compared
			// (L), or ending no compound; not a strong verb's participle
			// (skjuten, knivstucken, försvunnen: K, M and Y without L), whose
			// compounds would lose their parts
			t['y'] = true
		}
		if strings.Contains(flags, "J") && strings.HasSuffix(word, "are") {
			t['j'] = true
		}
		if syncope(word, flags, rules) || unstressedEl(word, flags) {
			t['s'] = true
		}
	}
	check(sc.Err())
	// The dictionary writes "stormar", "stormarna" as forms of the verb
	// storma (its noun flag I), not of the noun storm; where the noun has
	// a plural of its own (våg, vågor) they are the verb's only (vågar).
	lex := newLexicon(entries, rules)
	for w, fl := range arPlurals {
		x := strings.TrimSuffix(w, "a")
		if t := tags[x]; t != nil && strings.ContainsRune(fl, 'I') && !lex.ownPlural(x) {
			t['g'] = true
		}
	}
	// A word in -r with the plural's definite -na (flag J) whose form
	// without the r is a listed word in a vowel is that word's plural
	// (kor, korna: ko; kläder: kläde).
	for _, e := range entries {
		x := strings.TrimSuffix(e.word, "r")
		if x == e.word || !strings.ContainsRune(e.flags, 'J') || tags[x] == nil {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(x); strings.ContainsRune("eiouyåäöé", last) { // not a verb's present (hamrar)
			tags[e.word]['u'] = true
		}
	}
	verbOf := lex.verbForms()
	for _, w := range lex.neuterAdjectives() {
		tags[w]['a'] = true
	}
	for f := range verbOf {
		if tags[f] == nil {
			tags[f] = map[byte]bool{'f': true}
			flagged[f] = true
		}
	}

	for w, t := range tags {
		if !flagged[w] {
			t['x'] = true
		}
	}
	for w := range names {
		if tags[w] == nil {
			tags[w] = map[byte]bool{'p': true}
		} else {
			tags[w]['e'] = true // Axel, Holm: a name and a word
		}
	}

	words := make([]string, 0, len(tags))
	for w := range tags {
		words = append(words, w)
	}
	sort.Strings(words)
	out, err := os.Create("svwords.txt.gz")
	check(err)
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	check(err)
	bw := bufio.NewWriter(zw)
	fmt.Fprintln(bw, "# Derived from Debian's hunspell-sv (sv_SE.dic, sv_SE.aff) by gen_svwords.go.")
	fmt.Fprintln(bw, "# Copyright 2003-2014 Göran Andersson <goran@init.se>. License: LGPL-3 (see svwords.NOTICE).")
	for _, w := range words {
		var ts []byte
		for _, c := range []byte("hsvgotirnlbxpfjudaey") {
			if tags[w][c] {
				ts = append(ts, c)
			}
		}
		if v := verbOf[w]; v != "" {
			fmt.Fprintf(bw, "%s\t%s\t%s\n", w, ts, v)
			continue
		}
		fmt.Fprintf(bw, "%s\t%s\n", w, ts)
	}
	check(bw.Flush())
	check(zw.Close())
	check(out.Close())
	fmt.Fprintf(os.Stderr, "%d words\n", len(words))
}

// writeParadigms writes testdata/paradigms.txt.gz: for each noun (flags B
// to J) and each verb or adjective (flags K to O) of the dictionary whose
// base form is a token of the judged corpora, its forms by those flags
// (without the genitives in -s), where the analysis as built now gives them
// all one stem (TestDictionaryParadigmsStayWhole keeps them so). Run from
// search/ after the analysis changes on purpose:
//
//	go run gen_svwords.go -paradigms [/usr/share/hunspell]
func writeParadigms(dic string, rules map[byte][]rule) {
	tokens := map[string]bool{}
	files, err := filepath.Glob(filepath.Join("testdata", "judged", "corpus_*.json"))
	check(err)
	word := regexp.MustCompile(`[\p{L}]+`)
	for _, name := range files {
		b, err := os.ReadFile(name)
		check(err)
		var c struct {
			Articles []struct{ Title, Text string } `json:"articles"`
		}
		check(json.Unmarshal(b, &c))
		for _, a := range c.Articles {
			for _, w := range word.FindAllString(a.Title+" "+a.Text, -1) {
				tokens[strings.ToLower(w)] = true
			}
		}
	}
	f, err := os.Open(dic)
	check(err)
	defer f.Close()
	var lines []string
	kept, all := 0, 0
	sc := bufio.NewScanner(f)
	sc.Scan() // the count
	for sc.Scan() {
		w, flags, _ := strings.Cut(sc.Text(), "/")
		if i := strings.IndexAny(flags, " \t"); i >= 0 {
			flags = flags[:i]
		}
		if !tokens[w] {
			continue
		}
		for _, class := range []string{"BCDEFGHIJ", "KLMNOPQ"} {
			if !strings.ContainsAny(flags, class[:5]) {
				continue
			}
			var forms []string
			for _, f := range (entry{w, flags}).formsBy(rules, class) {
				if f == w || !strings.HasSuffix(f, "s") { // no genitives
					forms = append(forms, f)
				}
			}
			if len(forms) < 2 {
				continue
			}
			all++
			one := true
			for _, f := range forms[1:] {
				one = one && search.Stem(f) == search.Stem(w)
			}
			if one {
				kept++
				lines = append(lines, strings.Join(forms, " "))
			}
		}
	}
	check(sc.Err())
	out, err := os.Create(filepath.Join("testdata", "paradigms.txt.gz"))
	check(err)
	zw, err := gzip.NewWriterLevel(out, gzip.BestCompression)
	check(err)
	fmt.Fprintf(zw, "# Paradigms of hunspell-sv (LGPL-3, see search/svwords.NOTICE) whose base form is a token of the judged corpora and whose forms share one stem: one entry a line, base form first. Made by gen_svwords.go -paradigms; TestDictionaryParadigmsStayWhole keeps them so.\n")
	for _, l := range lines {
		fmt.Fprintln(zw, l)
	}
	check(zw.Close())
	check(out.Close())
	fmt.Fprintf(os.Stderr, "%d of %d paradigms on one stem\n", kept, all)
}

// syncope tells whether a noun in -el, -en or -er has an inflection of the
// noun classes (C, F, I, J) that takes its e away.
func syncope(word, flags string, rules map[byte][]rule) bool {
	if !(strings.HasSuffix(word, "el") || strings.HasSuffix(word, "en") || strings.HasSuffix(word, "er")) {
		return false
	}
	for _, fl := range []byte("CFIJ") {
		if !strings.ContainsRune(flags, rune(fl)) {
			continue
		}
		for _, r := range rules[fl] {
			switch r.strip {
			case "el", "en", "er", "mel", "mer":
				if strings.HasSuffix(word, r.strip) && r.cond.MatchString(word) {
					return true
				}
			}
		}
	}
	return false
}

// unstressedEl tells whether a noun in -el takes the definite -n (fågeln,
// regeln, not juvelen): its e is unstressed, and goes in the plural and the
// neuter definite (fåglar, regler, kaklet), which the dictionary does not
// always list.
func unstressedEl(word, flags string) bool {
	if !strings.HasSuffix(word, "el") || strings.HasSuffix(word, "ell") || !strings.Contains(flags, "E") {
		return false
	}
	rest := []rune(strings.TrimSuffix(word, "el"))
	if len(rest) < 2 || strings.ContainsRune("aeiouyåäö", rest[len(rest)-1]) {
		return false
	}
	return strings.ContainsAny(string(rest), "aeiouyåäö")
}

func readAff(path string) map[byte][]rule {
	f, err := os.Open(path)
	check(err)
	defer f.Close()
	rules := map[byte][]rule{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 5 || fs[0] != "SFX" || len(fs[1]) != 1 {
			continue
		}
		strip := fs[2]
		if strip == "0" {
			strip = ""
		}
		add, cont, _ := strings.Cut(fs[3], "/")
		if add == "0" {
			add = ""
		}
		rules[fs[1][0]] = append(rules[fs[1][0]], rule{strip: strip, add: add,
			cond: regexp.MustCompile("(" + fs[4] + ")$"), compound: cont != ""})
	}
	check(sc.Err())
	return rules
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// entry is one lower-case line of sv_SE.dic: a word and its affix flags.
type entry struct{ word, flags string }

// forms returns the word forms the dictionary makes of e: the word and what
// each of its suffix rules makes of it (not the forms that only begin a
// compound).
func (e entry) forms(rules map[byte][]rule) []string { return e.formsBy(rules, e.flags) }

// formsBy returns the word and the forms the suffix rules of flags (those
// of e's flags among them) make of it.
func (e entry) formsBy(rules map[byte][]rule, flags string) []string {
	out := []string{e.word}
	for i := 0; i < len(e.flags); i++ {
		if !strings.ContainsRune(flags, rune(e.flags[i])) {
			continue
		}
		for _, r := range rules[e.flags[i]] {
			if r.compound || !strings.HasSuffix(e.word, r.strip) || !r.cond.MatchString(e.word) {
				continue
			}
			out = append(out, strings.TrimSuffix(e.word, r.strip)+r.add)
		}
	}
	return out
}

// isVerb tells whether e is a verb's infinitive: a word in -a with a flag
// of the conjugations (K, L: second; M, N, m: first and passive; O: the
// participle in -d).
func (e entry) isVerb() bool {
	return strings.HasSuffix(e.word, "a") && strings.ContainsAny(e.flags, "KLMNmO")
}

// neuterAdjectives returns the adjectives (flag O on a word not in -a) whose
// neuter in -t is no form of another entry: stor (stort), ny (nytt), röd
// (rött); not vän, whose vänt is vända's supine, nor gäll (gällt: gälla).
func (l *lexicon) neuterAdjectives() []string {
	formOf := map[string][]string{} // form → the entries' words that make it
	for _, e := range l.entries {
		for _, f := range e.forms(l.rules) {
			formOf[f] = append(formOf[f], e.word)
		}
	}
	var out []string
	for _, e := range l.entries {
		if !strings.ContainsRune(e.flags, 'O') || strings.HasSuffix(e.word, "a") {
			continue
		}
		own := true
		for _, f := range e.forms(l.rules) {
			if f == e.word || !strings.HasSuffix(f, "t") {
				continue
			}
			for _, w := range formOf[f] {
				own = own && w == e.word
			}
		}
		if own {
			out = append(out, e.word)
		}
	}
	return out
}

// nounFlags are the flags of the declensions: definite forms (B, C, D, E,
// F) and plurals (G, H, I, J).
const nounFlags = "BCDEFGHIJ"

// lexicon is the dictionary's entries by word, for telling a form of a verb
// from a form of a noun or adjective.
type lexicon struct {
	rules   map[byte][]rule
	entries []entry
	byWord  map[string][]entry
}

func newLexicon(entries []entry, rules map[byte][]rule) *lexicon {
	l := &lexicon{rules: rules, entries: entries, byWord: map[string][]entry{}}
	for _, e := range entries {
		l.byWord[e.word] = append(l.byWord[e.word], e)
	}
	return l
}

// ownPlural tells whether the noun x has a plural of its own: a plural flag
// (G, H, I, J), a neuter's plural like its singular (B, C: bad, bad), or a
// plural listed as a word (vågor for våg). The forms in -ar that the flag I
// of the verb x+a makes are then the verb's present only.
func (l *lexicon) ownPlural(x string) bool {
	for _, e := range l.byWord[x] {
		if !e.isVerb() && strings.ContainsAny(e.flags, "BCGHIJ") {
			return true
		}
	}
	for _, pl := range []string{x + "or", x + "er"} {
		for _, e := range l.byWord[pl] {
			if listedPlural(e) { // not daler, a coin of its own
				return true
			}
		}
	}
	return false
}

// nounOf returns the noun whose plural the plural flags (G, H, I, J) of verb
// v make (storma: storm, stormar, stormarna; krisa: kris, kriser), or ""
// when the noun has a plural of its own (våg, vågor: vågar is våga's only)
// or is no noun of the list.
func (l *lexicon) nounOf(v entry) string {
	x := strings.TrimSuffix(v.word, "a")
	if !strings.ContainsAny(v.flags, "GHIJ") || l.ownPlural(x) {
		return ""
	}
	for _, e := range l.byWord[x] {
		if !e.isVerb() && strings.ContainsAny(e.flags, nounFlags) {
			return x
		}
	}
	return ""
}

// verbsAdjective tells whether e, no verb, is an adjective made of verb v,
// its participle: no declension flag, not compared, and a form of v, or the participle in
// -ad of a verb of the first conjugation that the dictionary does not
// conjugate in full (vågad of våga: vågade, vågat are then våga's).
func verbsAdjective(e entry, v entry, vforms map[string]bool) bool {
	if strings.ContainsAny(e.flags, nounFlags) && !strings.HasSuffix(e.word, "nde") {
		return false
	}
	if strings.ContainsRune(e.flags, 'P') {
		return false // compared (god, godare; mätt, mättare): an adjective of its own
	}
	return vforms[e.word] || (!strings.ContainsRune(v.flags, 'K') && e.word == strings.TrimSuffix(v.word, "a")+"ad")
}

// verbForms returns the forms of the verbs that the stemmer would join to
// another word, each with its verb: a verb whose forms share a Snowball stem
// with a form of a noun or adjective that is no form of the verb (värma,
// värmer with värme; våga, vågar with våg). Only the forms that the
// dictionary gives to the verb and to no noun or adjective are listed:
// a true homograph (skola, the noun and the verb) is left to the rules.
//
// One entry may be a verb and a noun of the same spelling (fasta: fastar,
// fastade and fastan, fastor); its declension flags make the noun's forms.
// The plural flags of a verb x+a make the plural of the noun x where x has
// none of its own (storma: stormar; krisa: kriser; see nounOf).
func (l *lexicon) verbForms() map[string]string {
	type verb struct {
		e     entry
		forms map[string]bool
	}
	var verbs []*verb
	participleOnly := map[string]bool{} // verbs declined in -nde only (besöka/BF: besökande)
	nounForms := map[string]bool{}      // forms of a noun or adjective
	stemLemmas := map[string][]string{} // Snowball stem → nouns and adjectives
	addNoun := func(lemma, f string, own bool) {
		if own {
			nounForms[f] = true
		}
		s := snowball(f)
		stemLemmas[s] = append(stemLemmas[s], lemma)
	}
	for _, e := range l.entries {
		if !e.isVerb() {
			continue
		}
		v := &verb{e, map[string]bool{e.word: true}}
		noun := l.nounOf(e)
		for i := 0; i < len(e.flags); i++ {
			c := e.flags[i]
			fs := entry{e.word, string(c)}.forms(l.rules)[1:]
			for _, f := range fs {
				switch {
				case c == 'T': // the verb's noun in -are (tecknare)
					addNoun(e.word+"re", f, true)
				case strings.IndexByte("HIJ", c) >= 0 && noun != "":
					addNoun(noun, f, true)
				case strings.IndexByte("BCEFGHJ", c) >= 0:
					addNoun(e.word, f, true)
				default:
					v.forms[f] = true
				}
			}
		}
		if declinedVerb(e, l.rules) {
			addNoun(e.word, e.word, true) // skola, the noun
		} else if strings.ContainsAny(e.flags, "BCEFG") {
			participleOnly[e.word] = true
		}
		verbs = append(verbs, v)
	}
	verbOfAdj := map[string]*verb{} // adjective entries that are a verb's participle
	for _, v := range verbs {
		cands := []string{strings.TrimSuffix(v.e.word, "a") + "ad"}
		for f := range v.forms {
			cands = append(cands, f)
		}
		for _, w := range cands {
			for _, e := range l.byWord[w] {
				if !e.isVerb() && verbsAdjective(e, v.e, v.forms) {
					verbOfAdj[e.word] = v
				}
			}
		}
	}
	for w, v := range verbOfAdj {
		for _, e := range l.byWord[w] {
			for _, f := range e.forms(l.rules) {
				v.forms[f] = true
			}
		}
	}
	strong := l.strongForms()
	for _, e := range l.entries {
		// a strong verb's infinitive (flyga/B: flygande) and its forms
		// listed as words are no noun's; a noun of that spelling is
		// (mottagande/EF)
		v := strong[e.word]
		if e.isVerb() || verbOfAdj[e.word] != nil || v != "" && (v == e.word || !strings.ContainsAny(e.flags, nounFlags)) {
			continue
		}
		for _, f := range e.forms(l.rules) {
			addNoun(e.word, f, !listedPlural(e))
		}
	}
	out := map[string]string{}
	for _, v := range verbs {
		clash := false
		for f := range v.forms {
			if nounForms[f] {
				continue
			}
			for _, n := range stemLemmas[snowball(f)] {
				if n != v.e.word && !v.forms[n] {
					clash = true
				}
			}
		}
		if !clash {
			continue
		}
		for f := range v.forms {
			if nounForms[f] || utf8.RuneCountInString(f) < 2 {
				continue
			}
			if old := out[f]; old == "" || v.e.word < old {
				out[f] = v.e.word
			}
		}
	}
	// The strong verbs' forms, where the infinitive's stem is no noun's
	// (taga, tagit: tag is one).
	apart := map[string]bool{} // strong verbs whose stem is a noun's
	for f, v := range strong {
		if out[f] != "" || nounForms[f] {
			continue
		}
		if l.nounStem(v, stemLemmas[snowball(v)]) {
			apart[v] = true
			continue
		}
		if f != v { // the infinitive is its own stem
			out[f] = "~" + v
		}
	}
	// A strong verb whose stem is a noun's (flyga: flyg; stiga: stig): its
	// forms that Snowball would join to the noun's (the infinitive, its
	// participle in -ande, the present in -er) stem to the infinitive
	// itself where no noun or adjective has them: flyga, flyger, flygande
	// → flyga; flyg, flyget → flyg (not the noun mottagandet). Its other
	// forms are left as they were.
	for f, v := range strong {
		verbalNoun := strings.HasSuffix(f, "ndet") || strings.HasSuffix(f, "ndets") // mottagandet
		if apart[v] && out[f] == "" && !nounForms[f] && !verbalNoun && snowball(f) == snowball(v) {
			out[f] = v
		}
	}
	// Such an infinitive goes apart only with its present: sätta stays with
	// sätter, which the dictionary lists as a word of its own and leaves to
	// Snowball (sätt), not to the verb. A first part of compounds (läsar-,
	// flag X) is no present.
	for f, v := range out {
		if f != v || !participleOnly[f] {
			continue
		}
		body := strings.TrimSuffix(f, "a")
		for _, pres := range []string{f + "r", body + "er"} {
			for _, e := range l.byWord[pres] {
				if !strings.ContainsRune(e.flags, 'X') && out[pres] != v {
					delete(out, f)
				}
			}
		}
	}
	return out
}

// declinedVerb tells whether verb e is a noun as well, its declension flags
// making a form other than its participle in -nde: skola/E (skolan) is;
// besöka/BF (besökande, besökandena) is not, and its infinitive is no noun's.
func declinedVerb(e entry, rules map[byte][]rule) bool {
	for i := 0; i < len(e.flags); i++ {
		if !strings.ContainsRune("BCEFG", rune(e.flags[i])) {
			continue
		}
		for _, f := range (entry{e.word, e.flags[i : i+1]}).forms(rules)[1:] {
			if !strings.HasPrefix(f, e.word+"nde") {
				return true
			}
		}
	}
	return false
}

// plainWord returns the entry of w where every entry of w is neither a verb
// nor a noun (flyger/Y, a strong verb's present listed as a word).
func (l *lexicon) plainWord(w string) (entry, bool) {
	es := l.byWord[w]
	if len(es) == 0 {
		return entry{}, false
	}
	for _, e := range es {
		if e.isVerb() || strings.ContainsAny(e.flags, nounFlags) {
			return entry{}, false
		}
	}
	return es[0], true
}

// nounStem tells whether one of lemmas, other than verb v, is a noun (has
// declension flags).
func (l *lexicon) nounStem(v string, lemmas []string) bool {
	for _, n := range lemmas {
		if n == v {
			continue
		}
		for _, e := range l.byWord[n] {
			if !e.isVerb() && strings.ContainsAny(e.flags, nounFlags) {
				return true
			}
		}
	}
	return false
}

// ablaut are the vowel series of the strong verbs: the infinitive's, the
// preterite's and the supine's (binda, band, bundit; skriva, skrev,
// skrivit; flyga, flög, flugit; sjunka, sjönk, sjunkit; bära, bar, burit;
// svära, svor, svurit; fara, for, farit; äta, åt, ätit).
var ablaut = [][3]string{{"i", "a", "u"}, {"i", "e", "i"}, {"y", "ö", "u"}, {"u", "ö", "u"},
	{"ä", "a", "u"}, {"ä", "o", "u"}, {"a", "o", "a"}, {"ä", "å", "ä"}}

var lastVowel = regexp.MustCompile(`^(.*?)([aeiouyåäö])([^aeiouyåäö]+)$`)

// strongForms returns the forms of the strong verbs that the dictionary lists
// as words of their own, unlinked to the infinitive, each with its
// infinitive: for an infinitive x+a whose supine (x with the series' vowel,
// and -it) is listed, the preterite, the supine, the participle in -en and
// what their flags make of them (sjunka: sjönk, sjunkit, sjunken, sjunkna).
// A form with a noun's flags (band, bar, led) is left out: it is a noun as
// well. The infinitive is no weak verb (sätta, satt: its flags make its
// forms) and no noun (bira, fluga).
func (l *lexicon) strongForms() map[string]string {
	out := map[string]string{}
	listed := l.plainWord
	for _, e := range l.entries {
		if !strings.HasSuffix(e.word, "a") || e.isVerb() || strings.ContainsAny(e.flags, "CEGH") {
			continue // a weak verb's forms are its flags' (sätta: satt); bira, fluga are nouns
		}
		m := lastVowel.FindStringSubmatch(strings.TrimSuffix(e.word, "a"))
		if m == nil {
			continue
		}
		pre, vowel, post := m[1], m[2], m[3]
		for _, s := range ablaut {
			if s[0] != vowel {
				continue
			}
			supine, ok := listed(pre + s[2] + post + "it")
			if !ok {
				continue
			}
			// the infinitive with its participle in -ande (flags B, D, F
			// of a word in -a), the present in -er where it is listed as a
			// word, the supine, the preterite and the participle in -en
			forms := []entry{{e.word, keepFlags(e.flags, "BDF")}, supine}
			for _, w := range []string{pre + vowel + post + "er", pre + s[1] + post, pre + s[2] + post + "en"} {
				if f, ok := listed(w); ok {
					forms = append(forms, f)
				}
			}
			for _, f := range forms {
				for _, w := range f.forms(l.rules) {
					if out[w] == "" {
						out[w] = e.word
					}
				}
			}
		}
	}
	return out
}

// listedPlural tells whether e is a noun's plural listed as a word of its
// own (vågor, stänger: the flag J for the definite -na, and no singular
// flags). Its stem is not its noun's: stänger, stemmed stäng, is left to the
// verb stänga, whose present it is as well.
func listedPlural(e entry) bool {
	return strings.HasSuffix(e.word, "r") && strings.ContainsRune(e.flags, 'J') && !strings.ContainsAny(e.flags, "BCDEFGHI")
}

func snowball(w string) string {
	env := snowballstem.NewEnv(w)
	swedish.Stem(env)
	return env.Current()
}

// keepFlags returns the flags of flags that are in keep.
func keepFlags(flags, keep string) string {
	var b strings.Builder
	for i := 0; i < len(flags); i++ {
		if strings.IndexByte(keep, flags[i]) >= 0 {
			b.WriteByte(flags[i])
		}
	}
	return b.String()
}
