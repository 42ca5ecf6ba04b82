package search

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Compounds. Swedish writes compounds as one word, the parts joined directly
// (journalsystem) or with a linking letter: -s- (upphandlingsskandal), -e-
// (tjänstebil), -u- (gatukök), -o- (veckodag), -a- (föräldramöte), or with
// the first part's final vowel dropped (skolbarn, kyrkråd). A word is split
// where what comes before is one or more first parts made from words of the
// list (svwords.txt.gz) and what comes after is, once stemmed, the stem of a
// list word that may end a compound. Two uses:
//
//   - the stem of a compound is its first parts plus the stem of its last
//     word, so a compound and its last word inflect alike ("storstäderna" →
//     "storstad" like "städerna" → "stad"; Snowball alone cuts "storstad"
//     to "storst" and leaves "stad");
//   - every such last word is indexed as a part at the word's position
//     (PartMark + stem), so that with compounds on "skandal" finds
//     "upphandlingsskandalen" and "vatten" finds "dricksvattnet". The
//     shortest part indexed has four letters, or three after a first part of
//     five (pendeltåg); "sjukdom" gives no "dom".
//
// The list has no frequencies; where a word splits in more than one way
// every last word is indexed ("vårdjournalsystemet": journalsystem,
// system), and the stem takes the longest.

// minPartIndexRunes is the shortest last word indexed as a part.
const minPartIndexRunes = 4

var heads struct {
	once  sync.Once
	stems map[string]bool
}

// isHeadStem tells whether s is the stem of a list word that may end a
// compound.
func isHeadStem(s string) bool {
	heads.once.Do(func() {
		svwords.once.Do(loadWords)
		m := make(map[string]bool, 80000)
		for w, t := range svwords.tags {
			if t&tagHead != 0 {
				m[stemSimple(w)] = true
			}
		}
		heads.stems = m
	})
	return heads.stems[s]
}

// linkLetters may join a first part to the next.
const linkLetters = "seuoa"

// isFirstPart tells whether p can begin a compound: a list word, a list word
// with a linking letter, a list word in -a or -e without it (with or without
// a linking letter), or two of these in a row.
func isFirstPart(p string, depth int) bool {
	if utf8.RuneCountInString(p) < minPartRunes {
		return false
	}
	if firstPartWord(p) {
		return true
	}
	if depth == 0 {
		return false
	}
	n := 0
	for i := range p {
		if n >= minPartRunes && utf8.RuneCountInString(p[i:]) >= minPartRunes &&
			firstPartWord(p[:i]) && isFirstPart(p[i:], depth-1) {
			return true
		}
		n++
	}
	return false
}

func firstPartWord(p string) bool {
	known := func(w string) bool { return utf8.RuneCountInString(w) >= minPartRunes && wordTags(w) != 0 }
	if known(p) {
		return true
	}
	if utf8.RuneCountInString(p) < 4 {
		return false // a first part shorter than four letters is a word of its own (bil, tåg)
	}
	if known(p+"a") || known(p+"e") {
		return true
	}
	if last := p[len(p)-1]; strings.IndexByte(linkLetters, last) >= 0 {
		q := p[:len(p)-1]
		if known(q) || known(q+"a") || known(q+"e") {
			return true
		}
		if last == 's' && strings.HasSuffix(q, "e") && known(q[:len(q)-1]) { // hyres-, sädes-
			return true
		}
	}
	return false
}

// analyse stems word and finds its compound parts.
func analyse(word string) analysed {
	whole := stemSimple(word)
	if strings.ContainsAny(word, ":'’") || utf8.RuneCountInString(word) < 2*minPartRunes {
		return analysed{stem: whole}
	}
	var a analysed
	n := 0
	for i := range word {
		if n >= minPartRunes {
			tail := word[i:]
			tn := utf8.RuneCountInString(tail)
			if tn < minPartRunes {
				break
			}
			ts := stemSimple(tail)
			sn := utf8.RuneCountInString(ts)
			if sn < minPartRunes || !isHeadStem(ts) || !isFirstPart(word[:i], 2) {
				n++
				continue
			}
			if sn >= minPartIndexRunes {
				if a.stem == "" {
					a.stem = word[:i] + ts
				}
				a.parts = append(a.parts, ts)
			} else if n >= 5 && firstPartWord(word[:i]) {
				a.parts = append(a.parts, ts) // pendeltåg
			}
		}
		n++
	}
	if a.stem == "" {
		a.stem = whole
	}
	return a
}
