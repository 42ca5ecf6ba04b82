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
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

type rule struct {
	strip, add string
	cond       *regexp.Regexp
}

func main() {
	dir := "/usr/share/hunspell"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	rules := readAff(filepath.Join(dir, "sv_SE.aff"))
	f, err := os.Open(filepath.Join(dir, "sv_SE.dic"))
	check(err)
	defer f.Close()
	tags := map[string]map[byte]bool{}
	arPlurals := map[string]string{} // words in -a and their flags
	flagged := map[string]bool{}     // words with a flag in some entry
	names := map[string]bool{}       // capitalised entries, lower-cased
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
		if strings.HasSuffix(word, "a") {
			arPlurals[word] = flags
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
		if syncope(word, flags, rules) || unstressedEl(word, flags) {
			t['s'] = true
		}
	}
	check(sc.Err())
	// The dictionary writes "stormar", "stormarna" as forms of the verb
	// storma (its noun flag I), not of the noun storm.
	for w, fl := range arPlurals {
		if t := tags[strings.TrimSuffix(w, "a")]; t != nil && strings.ContainsRune(fl, 'I') {
			t['g'] = true
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
		for _, c := range []byte("hsvgotirnlbxp") {
			if tags[w][c] {
				ts = append(ts, c)
			}
		}
		fmt.Fprintf(bw, "%s\t%s\n", w, ts)
	}
	check(bw.Flush())
	check(zw.Close())
	check(out.Close())
	fmt.Fprintf(os.Stderr, "%d words\n", len(words))
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
		add, _, _ := strings.Cut(fs[3], "/")
		rules[fs[1][0]] = append(rules[fs[1][0]], rule{strip: strip, add: add,
			cond: regexp.MustCompile("(" + fs[4] + ")$")})
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
