package search

import (
	"bufio"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// A noun and a verb that share letters are two lemmas: the dictionary's
// affix flags give each form to its noun or its verb (gen_svwords.go), and a
// word finds the forms of its own lemma only. Words of ordinary Swedish, none
// taken from the judged corpora.
func TestStemNounApartFromVerb(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"värme", []string{"värmen", "värmens"}, []string{"värma", "värmer", "värmde", "värmt", "värms"}},
		{"värma", []string{"värmer", "värmde", "värmt", "värms", "värmas"}, []string{"värme", "värmen"}},
		{"våg", []string{"vågen", "vågens", "vågor", "vågorna"}, []string{"våga", "vågar", "vågade", "vågat"}},
		{"våga", []string{"vågar", "vågade", "vågat", "vågas"}, []string{"våg", "vågen", "vågor"}},
		// the noun's plural the dictionary writes on the verb: storma's
		// stormar, krisa's kriser are storm's and kris's (which have no other)
		{"storm", []string{"stormen", "stormar", "stormarna"}, []string{"stormade", "stormat", "stormig"}},
		{"kris", []string{"krisen", "kriser", "kriserna"}, nil},
		// a plural listed as a word of its own (stånger's stänger) that is
		// also a verb's present goes with the verb
		{"stänga", []string{"stänger", "stängde", "stängt", "stängs"}, []string{"stängsel"}},
		{"prov", []string{"provet", "prover", "proverna"}, []string{"provade", "provat", "prova"}},
		{"hamn", []string{"hamnen", "hamnar", "hamnarna"}, []string{"hamnade", "hamnat"}},
		{"mäta", []string{"mäter", "mätte", "mäts"}, nil},
		// a strong verb's forms the dictionary lists unlinked to it
		{"sjunka", []string{"sjunker", "sjönk", "sjunkit", "sjunken"}, []string{"sjö", "sjön", "sjöar"}},
		{"bjuda", []string{"bjuder", "bjöd", "bjudit"}, nil},
	})
}

// verbLemma knows only the forms the dictionary gives to a verb and to no
// noun or adjective; a true homograph is left to the other rules.
func TestVerbLemma(t *testing.T) {
	for w, want := range map[string]string{"vågar": "våga", "vågade": "våga", "värmer": "värma", "värmde": "värma"} {
		if got, ok := verbLemma(w); !ok || got != want {
			t.Errorf("verbLemma(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	for _, w := range []string{
		"skola",             // the noun and the verb
		"hamnar", "stormar", // the nouns' plurals
		"värme", "våg", "vågor", // nouns
		"hade", "hans", // stop words, whatever the list says
	} {
		if got, ok := verbLemma(w); ok {
			t.Errorf("verbLemma(%q) = %q: it is no verb's form only", w, got)
		}
	}
}

// A verb's form is no compound of nouns: handlade is no hand + lade.
func TestVerbFormIsNoCompound(t *testing.T) {
	for _, w := range []string{"handlade", "värmde", "vågade"} {
		if got := CompoundParts(w); len(got) > 0 {
			t.Errorf("CompoundParts(%q) = %q, want none", w, got)
		}
	}
}

// A first part of two letters is split off a last word of three where the
// dictionary has the compound and the part begins many of its compounds
// (el: over 200); a word that only begins with the same letters is not.
func TestShortFirstPart(t *testing.T) {
	for _, w := range []string{"elnätet", "elnät", "elbilen", "elbolaget", "elpriset", "elnätsbolaget"} {
		if got := CompoundParts(w); !slices.Contains(got, "el") {
			t.Errorf("CompoundParts(%q) = %q, want el among them", w, got)
		}
	}
	for _, w := range []string{"elva", "elever", "elden", "elin", "eller", "eliten", "eländet", "elak"} {
		if got := CompoundParts(w); slices.Contains(got, "el") {
			t.Errorf("CompoundParts(%q) = %q: it is no compound of el", w, got)
		}
	}
	// bo, bi, te, ge, ok begin fewer compounds of the list than el
	// (minProductiveCompounds): list words that begin with them and end in a
	// noun of three letters are not split there
	for w, first := range map[string]string{"bolag": "bo", "bohem": "bo", "bison": "bi", "temat": "te", "gemål": "ge", "oktal": "ok"} {
		if got := CompoundParts(w); slices.Contains(got, first) {
			t.Errorf("CompoundParts(%q) = %q: %s begins too few compounds to be split off", w, got, first)
		}
	}
}

// A last word of three letters is split off where the dictionary lists the
// compound; a last word of two is no part where it ends a longer one.
func TestShortLastWord(t *testing.T) {
	for word, bases := range map[string][]string{
		"elevrådet": {"råd", "elev"},
		"skolmaten": {"mat", "skola"},
		"badrummet": {"rum", "bad"},
	} {
		got := CompoundParts(word)
		for _, b := range bases {
			if !slices.Contains(got, Stem(b)) {
				t.Errorf("CompoundParts(%q) = %q, want %q (the stem of %q) among them", word, got, Stem(b), b)
			}
		}
	}
	for word, wrong := range map[string]string{"framtiden": "id", "fritiden": "id", "sjukdomen": "dom", "företaget": "tag"} {
		if got := CompoundParts(word); slices.Contains(got, wrong) {
			t.Errorf("CompoundParts(%q) = %q: %q is no part of it", word, got, wrong)
		}
	}
}

// The same rules through the index: a search finds the forms of its lemma
// and not those of the other.
func TestSearchNounsVerbsAndShortParts(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Värmen återvände", text: "Efter tre dygn kom värmen tillbaka i husen."},
		art{title: "Soppan värmdes", text: "Kocken värmer soppan och värmde brödet."},
		art{title: "Vågorna slog mot piren", text: "En hög våg tog båten."},
		art{title: "Hon vågade fråga", text: "Få vågar säga emot."},
		art{title: "Elnätet klarade stormen", text: "Ledningarna höll."},
		art{title: "Elbolaget höjer priset", text: "Elpriset stiger i vinter."},
		art{title: "Klockan elva", text: "Eleverna tände elden, Elin eller någon annan."},
	)
	elCompounds := sorted("Elnätet klarade stormen", "Elbolaget höjer priset")
	for name, tt := range map[string]struct {
		req  Request
		want []string
	}{
		"värme finds värmen, not värmer":     {Request{Q: "värme"}, sorted("Värmen återvände")},
		"värma finds värmer, not värmen":     {Request{Q: "värma"}, sorted("Soppan värmdes")},
		"våg finds vågorna, not vågade":      {Request{Q: "våg"}, sorted("Vågorna slog mot piren")},
		"våga finds vågade, not vågorna":     {Request{Q: "våga"}, sorted("Hon vågade fråga")},
		"el finds elnätet, not elva":         {Request{Q: "el", Compounds: true}, elCompounds},
		"el without compounds finds neither": {Request{Q: "el"}, sorted()},
	} {
		t.Run(name, func(t *testing.T) { f.wantTitles(t, tt.req, tt.want) })
	}
}

// Issue 14, second round: classes of words that the dictionary tells apart
// and Snowball joins, or that Snowball leaves apart and the dictionary
// joins. Words of ordinary Swedish; the rule, not the judged corpora's words.
func TestStemSecondRound(t *testing.T) {
	tests := map[string]struct {
		word       string
		finds, not []string
	}{
		// a strong verb whose stem is a noun's: its forms that Snowball
		// would give the noun stem to the infinitive (flyga: flyg)
		"flyga finds flyger, not flyget": {"flyga", []string{"flyger", "flygande"}, []string{"flyg", "flyget", "flygen"}},
		"flyg finds flyget, not flyger":  {"flyg", []string{"flyget", "flygets"}, []string{"flyga", "flyger", "flygande"}},
		"stiga finds stiger, not stigen": {"stiga", []string{"stiger"}, []string{"stig", "stigen", "stigar"}},
		// a name the list knows only as a name keeps the double consonant
		// Snowball would undo (Lindt is no lind)
		"lind finds linden, not Lindt": {"lind", []string{"linden", "lindar"}, []string{"lindt", "lindts"}},
		// a short noun in a vowel with its plural in -r (class I), or with
		// that plural listed as a word of its own (kor, flag J)
		"sko finds skorna, not skorn": {"sko", []string{"skor", "skorna", "skon"}, []string{"skorn"}},
		"ko finds korna, not korn":    {"ko", []string{"kor", "korna", "kornas"}, []string{"korn", "kornet", "kö", "kör"}}, // kon is a word of its own (a cone)
		"tå finds tårna, not tår":     {"tå", []string{"tån", "tårna"}, []string{"tår", "tåren", "tårar"}},
		// -arna is an -are noun's plural where the dictionary gives it so
		// (lärare: lärarna) and a noun's with plural -ar elsewhere (vägarna)
		"väg finds vägarna, not vägaren": {"väg", []string{"vägar", "vägarna", "vägen"}, []string{"vägaren"}},
		"lärare finds lärarna, not lär":  {"lärare", []string{"läraren", "lärarna"}, []string{"lär", "lära"}},
		// a noun of four letters or more in a vowel (not a, e) takes -n in
		// the definite, which Snowball does not know
		"nivå finds nivån, not niv": {"nivå", []string{"nivån", "nivåns", "nivåer"}, []string{"niv"}},
		"radio finds radion":        {"radio", []string{"radion", "radions"}, nil},
		"armé finds armén, not arm": {"armé", []string{"armén"}, []string{"arm", "armen"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			wantFinds(t, tt.word, tt.finds, tt.not)
		})
	}
}

// findCase is a word and the forms its query must and must not find.
type findCase struct {
	word       string
	finds, not []string
}

// wantFindsEach runs wantFinds for each case, as a subtest named by its word.
func wantFindsEach(t *testing.T, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.word, func(t *testing.T) {
			wantFinds(t, c.word, c.finds, c.not)
		})
	}
}

// wantFinds checks that word stems as each of finds does and as none of not.
func wantFinds(t testing.TB, word string, finds, not []string) {
	t.Helper()
	want := Stem(word)
	for _, w := range finds {
		if got := Stem(w); got != want {
			t.Errorf("%s finds %s: Stem(%q) = %q, want %q", word, w, w, got, want)
		}
	}
	for _, w := range not {
		if Stem(w) == want {
			t.Errorf("%s must not find %s: both stem to %q", word, w, want)
		}
	}
}

// Compound parts, second round: a part must be a word of the dictionary's
// making, and a verb made of a noun and a verb is a compound of them.
func TestCompoundPartsSecondRound(t *testing.T) {
	tests := map[string]struct {
		word      string
		want, not []string
	}{
		// a last word of two letters declines as a noun (kö in vårdkö); va
		// does not
		"skriva has no part va":      {"skriva", nil, []string{"va", "skri"}},
		"vårdköerna has the part kö": {"vårdköerna", []string{"kö", "vård"}, nil},
		// a shorter last word lies inside the longest, after first parts of
		// its own: avgift is no av + gift
		"parkeringsavgiften has avgift, not gift":          {"parkeringsavgiften", []string{"avgift", "parkering"}, []string{"gift", "sav"}},
		"vårdjournalsystemet has journalsystem and system": {"vårdjournalsystemet", []string{"journalsystem", "system"}, nil},
		// a last word ends in one of its own forms: barn has no barna
		"flygbombarna has flyg, not barn": {"flygbombarna", []string{"flyg", Stem("bomba")}, []string{"barn", "bom"}},
		// a noun and a first-conjugation verb of four letters or more
		"handplockade has hand and plocka": {"handplockade", []string{"hand", Stem("plocka")}, nil},
		"samordnade has no sam":            {"samordnade", nil, []string{"sam"}},
		"förstummas has no tumma":          {"förstummas", nil, []string{"tumma", "förs", Stem("tumma")}},
		// a noun of three letters and a linking s where the dictionary
		// lists the compound: gud in gudsbegrepp; a shorter last word lies
		// inside the longest (bussolyckan: no lycka)
		"gudsbegreppet has gud and begrepp": {"gudsbegreppet", []string{"gud", "begrepp"}, nil},
		"bussolyckan has olycka, not lycka": {"bussolyckan", []string{Stem("olycka"), "buss"}, []string{Stem("lycka")}},
		"handlade has no hand":              {"handlade", nil, []string{"hand"}},
		// a compound the dictionary lists ends in its noun, though the
		// noun has no flag to end others (täkt)
		"grustäkten has täkt and grus": {"grustäkten", []string{"täkt", "grus"}, nil},
		// a last word of three letters in an umlaut plural, after a first
		// part that begins compounds as it is (läro)
		"läroböckerna has bok": {"läroböckerna", []string{"bok"}, nil},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			got := CompoundParts(tt.word)
			for _, p := range tt.want {
				if !slices.Contains(got, p) {
					t.Errorf("CompoundParts(%q) = %q, want %q among them", tt.word, got, p)
				}
			}
			for _, p := range tt.not {
				if slices.Contains(got, p) {
					t.Errorf("CompoundParts(%q) = %q: %q is no part of it", tt.word, got, p)
				}
			}
		})
	}
	// -an is the definite of a word in -a, once: skidbanan is skidbana's
	wantFinds(t, "skidbana", []string{"skidbanan", "skidbanor"}, []string{"skidb"})
}

// Issue 14, third round: a first part that the dictionary lists with its
// linking -s- (säkerhets-, övnings-, tvångs-) stems as its noun does, not
// as a word in -s: säkerhets is no säkerh + hets.
func TestCompoundPartsThirdRound(t *testing.T) {
	for name, tt := range map[string]struct{ word, noun string }{
		"säkerhet with compounds finds säkerhetskopiorna": {"säkerhetskopiorna", "säkerhet"},
		"övning with compounds finds övningsuppgiften":    {"övningsuppgiften", "övning"},
		"tvång with compounds finds tvångsåtgärderna":     {"tvångsåtgärderna", "tvång"},
	} {
		t.Run(name, func(t *testing.T) {
			got := CompoundParts(tt.word)
			if !slices.Contains(got, Stem(tt.noun)) {
				t.Errorf("CompoundParts(%q) = %q, want %q (the stem of %s) among them", tt.word, got, Stem(tt.noun), tt.noun)
			}
			for _, p := range got {
				if p != Stem(tt.noun) && strings.Contains(tt.noun+"s", p) {
					t.Errorf("CompoundParts(%q) = %q: %q is a piece of %ss, no word of it", tt.word, got, p, tt.noun)
				}
			}
		})
	}
}

// Issue 14, third round: a weak verb whose infinitive the dictionary
// declines only in -nde (besöka/BF: besökande) is no noun: its infinitive
// and present go apart from the noun of its stem, as its preterite did; an
// infinitive whose present the dictionary leaves to Snowball stays with it
// (sätta, sätter). A noun's form in -en ends in no syncope noun (besöken is
// no bes + öken).
func TestStemThirdRound(t *testing.T) {
	tests := map[string]struct {
		word       string
		finds, not []string
	}{
		"besök finds besöket, not besöka": {"besök", []string{"besöket", "besöken", "besökens"}, []string{"besöka", "besöker", "besökte"}},
		"besöka finds besöker, not besök": {"besöka", []string{"besöker", "besökte", "besökt"}, []string{"besök", "besöket"}},
		"spel finds spelet, not spela":    {"spel", []string{"spelet", "spelen"}, []string{"spela", "spelar", "spelade"}},
		"svar finds svaret, not svarar":   {"svar", []string{"svaret", "svaren"}, []string{"svara", "svarar"}},
		"sätta finds sätter, not satt":    {"sätta", []string{"sätter"}, []string{"satt"}},
	}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			wantFinds(t, tt.word, tt.finds, tt.not)
		})
	}
}

// Round four: words that only share letters with another word's forms stay
// apart from them, and forms Snowball split from their lemma meet it again.
// Ordinary Swedish; villa, pumpa, sommar and brodern are also words of the
// flood corpus, whose misses they were.
func TestStemKeepsWordsOfTheirOwn(t *testing.T) {
	wantFindsEach(t, []findCase{
		// nouns in -or
		{"dator", []string{"datorn", "datorns", "datorer", "datorerna", "datorers"}, []string{"data", "dat"}},
		{"motor", []string{"motorn", "motorer"}, []string{"mot"}},
		{"våg", []string{"vågor", "vågorna"}, nil},
		// the genitive of a plural
		{"människa", []string{"människor", "människors"}, nil},
		{"storm", []string{"stormars"}, nil},
		// vowel syncope
		{"sommar", []string{"sommaren", "somrar", "somrarna", "sommarens"}, nil},
		{"morgon", []string{"morgonen", "morgnar"}, nil},
		// the long forms of bror and far
		{"bröder", []string{"bror", "brodern", "broderns", "brors"}, []string{"brod", "modern"}},
		{"far", []string{"fadern", "fäder"}, nil},
		// a strong verb's infinitive the list has only through its noun
		{"brist", []string{"brister", "bristen"}, []string{"brista"}},
		// a word in -en of its own
		{"lösen", []string{"lösens"}, []string{"lösa", "löser", "lös"}},
	})
	if got := CompoundParts("skyddsvallar"); !slices.Contains(got, Stem("vall")) {
		t.Errorf("CompoundParts(skyddsvallar) = %v: no vall (skydds + vallar, not skydd + svallar)", got)
	}
}

// Round four's compounds: a first part in -s is a noun with its linking s
// before it is another word without its -a (köks-: kök, not köksa); an -o-
// or -u- that stands for a noun's -a links it (hälso-, människo-, gatu-)
// rather than begin the last word (omyndig, oliv); a verb's form is no
// compound (överlever: överleva, not över + lever).
func TestCompoundPartsFourthRound(t *testing.T) {
	for _, tt := range []struct {
		word     string
		has, not []string
	}{
		{"köksbordet", []string{"kök", "bord"}, []string{"köksa"}},
		{"folkhälsomyndigheten", []string{"myndighet"}, []string{"omyndig"}},
		{"människoliv", []string{"liv", "människa"}, []string{"oliv"}},
		{"gatuköket", []string{"kök"}, nil},
		{"överlever", nil, []string{"lever"}},
	} {
		t.Run(tt.word, func(t *testing.T) {
			got := CompoundParts(tt.word)
			for _, w := range tt.has {
				if !slices.Contains(got, Stem(w)) {
					t.Errorf("CompoundParts(%q) = %q, want %q (%s) among them", tt.word, got, Stem(w), w)
				}
			}
			for _, w := range tt.not {
				if slices.Contains(got, Stem(w)) {
					t.Errorf("CompoundParts(%q) = %q: %q (%s) is no part of it", tt.word, got, Stem(w), w)
				}
			}
		})
	}
	if Stem("överlever") != Stem("överleva") || Stem("myndigheterna") != Stem("myndighet") {
		t.Errorf("Stem(överlever) = %q, Stem(överleva) = %q; Stem(myndigheterna) = %q, Stem(myndighet) = %q",
			Stem("överlever"), Stem("överleva"), Stem("myndigheterna"), Stem("myndighet"))
	}
}

// Round five (the animal and bribe corpora): nouns made of another word
// keep apart from it (politiker from politik, öppenhet from öppen), the
// deponent verbs from the nouns Snowball gave them (minns: minne), the forms
// of a verb the list lacks from its noun in -a (mutade: muta, a bribe);
// forms that had
// their own stem meet their lemma (tjänsteman, vänner, gässen, bostäder,
// kontoret).
func TestStemFifthRound(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"politik", []string{"politiken"}, []string{"politiker", "politikerna"}},
		{"politiker", []string{"politikern", "politikerna", "politikers"}, []string{"politik"}},
		{"öppenhet", []string{"öppenheten"}, []string{"öppen", "öppet", "öppna"}},
		{"myndighet", []string{"myndigheten", "myndigheter", "myndigheterna"}, []string{"myndig"}},
		{"nyhet", []string{"nyheten", "nyheter"}, []string{"ny", "nya"}},
		{"minne", []string{"minnet"}, []string{"minns", "mindes"}},
		{"syn", []string{"synen"}, []string{"syns", "syntes"}},
		{"lycka", []string{"lyckan"}, []string{"lyckas", "lyckades"}},
		{"muta", []string{"mutor", "mutorna"}, []string{"mutade", "mutat"}},
		{"tjänsteman", []string{"tjänstemannen", "tjänstemän", "tjänstemännen"}, nil},
		{"vän", []string{"vännen", "vänner", "vännerna"}, nil},
		{"gås", []string{"gåsen", "gäss", "gässen"}, nil},
		{"bostad", []string{"bostäder", "bostäderna"}, nil},
		{"kontor", []string{"kontoret", "kontorets"}, nil},
	})
	for word, parts := range map[string][]string{
		"hyresgästerna":          {"gäst", "hyra"},
		"mutbrottet":             {"brott", "muta"},
		"jaktresan":              {"resa", "jakt"},
		"storgatan":              {"gata"},
		"brandskadat":            {"brand"},
		"informationssäkerheten": {"säkerhet"},
	} {
		got := CompoundParts(word)
		for _, p := range parts {
			if !slices.Contains(got, Stem(p)) {
				t.Errorf("CompoundParts(%q) = %q, want %q (%s) among them", word, got, Stem(p), p)
			}
		}
	}
}

// lägga and its particle verbs are verbs, not the nouns in -lägg.
func TestLäggaIsNoNoun(t *testing.T) {
	wantFinds(t, "tillägg", []string{"tillägget", "tilläggen"}, []string{"tillägger", "tilläggs"})
	wantFinds(t, "pålägga", []string{"pålägger", "påläggs"}, []string{"pålägg", "pålägget"})
	wantFinds(t, "lägga", []string{"lägger", "läggs"}, nil)
}

// Round six (the disinfo corpus): nouns in -an made from verbs keep apart
// from the verb (påverkan: not påverka), irregular comparatives from nouns
// (lägre: not lägret), a neuter's definite plural in -na joins it
// (kontona), seger drops its e though its flags do not say so, and orden
// is ord's definite plural.
func TestStemSixthRound(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"påverkan", []string{"påverkans"}, []string{"påverka", "påverkade"}},
		{"ansökan", []string{"ansökans"}, []string{"ansöka", "ansöker"}},
		{"läger", []string{"lägret", "lägren"}, []string{"lägre"}},
		{"konto", []string{"kontot", "konton", "kontona", "kontonas"}, []string{"kontor"}},
		{"seger", []string{"segern", "segrar"}, []string{"segrade"}},
		{"ord", []string{"ordet", "orden"}, []string{"ordnar"}},
		{"öken", []string{"öknen", "öknar"}, nil},
	})
}

// What a review of rounds four to six found they had split or joined
// wrongly: an adjective's forms stay together though a noun in -a shares
// one (svenska, långa), a verb's infinitive stays with its other forms
// though a noun in -a shares it (leda, leder; börja, började; handla,
// handlar), a present in -iker is a verb's (avviker), -ande is every
// conjugation's (fällande, fäller), and a noun in -het of a listed
// adjective is no compound (erfarenhet has no enhet in it).
func TestStemReviewGuards(t *testing.T) {
	for _, tt := range []struct {
		word  string
		finds []string
	}{
		{"svensk", []string{"svenska", "svenskt"}},
		{"lång", []string{"långa"}},
		{"glad", []string{"glada"}},
		{"leda", []string{"leder"}},
		{"driva", []string{"driver"}},
		{"börja", []string{"började", "börjar"}},
		{"påverka", []string{"påverkar", "påverkade"}},
		{"handla", []string{"handlar", "handlade"}},
		{"avvika", []string{"avviker"}},
		{"fälla", []string{"fäller", "fällande"}},
		{"visa", []string{"visar", "visade", "visat"}},
		{"äldre", []string{"äldres"}},
		{"lägga", []string{"läggas"}},
	} {
		wantFinds(t, tt.word, tt.finds, nil)
	}
	for word, not := range map[string]string{"erfarenheter": "enhet", "angelägenhet": "lägenhet", "sammanhang": "män", "besvaras": "vara"} {
		if got := CompoundParts(word); slices.Contains(got, Stem(not)) {
			t.Errorf("CompoundParts(%q) = %q: %s is no part of it", word, got, not)
		}
	}
	if !slices.Contains(CompoundParts("hyresvärden"), Stem("värd")) {
		t.Errorf("CompoundParts(hyresvärden) = %q: no värd (hyres + värd)", CompoundParts("hyresvärden"))
	}
	if Stem("syntes") == Stem("syns") {
		t.Errorf("syntes (the synthesis, and synas's preterite) stems as syns: %q", Stem("syntes"))
	}
}

// Round seven (the medicine, oil and prison corpora, after their first
// run): the neuter of an adjective in -d, the
// irregular verbs, comparatives with their positive, and compounds that
// begin with olje- or a name; with the review's guards (planet, korset,
// valen, runt, högre, händelse).
func TestStemSeventhRound(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"plan", []string{"planet", "planen"}, nil},
		{"kors", []string{"korset", "korsets"}, nil},
		{"val", []string{"valen", "valens"}, []string{"valde"}},
		{"sjön", []string{"sjöss", "sjöar"}, nil},
		{"värme", []string{"värmen"}, nil},
		{"fisk", []string{"fiskar", "fiskarna", "fisken"}, nil},
		{"särskild", []string{"särskilt", "särskilda"}, nil},
		{"bord", nil, []string{"bort"}},
		{"sand", nil, []string{"sant"}},
		{"gå", []string{"gick", "gått"}, nil},
		{"vald", []string{"valda"}, nil},
		{"runt", nil, []string{"rund", "runda"}},
		{"sälja", []string{"säljer", "sålde", "sålt"}, []string{"säl", "sälar"}},
		{"välja", []string{"valde", "valt"}, []string{"val"}},
		{"lägga", []string{"lagt", "lade"}, []string{"lag", "lagen"}},
		{"högre", nil, []string{"höger", "högern"}},
		{"låg", []string{"lägre", "lägsta"}, []string{"läger", "lägret"}},
		{"lång", []string{"längre", "längst"}, nil},
		{"äldre", []string{"äldres"}, []string{"gammal"}},
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
	for word, part := range map[string]string{"oljeutsläppet": "olja", "bohuskusten": "kust", "stockholmstrafiken": "trafik"} {
		if got := CompoundParts(word); !slices.Contains(got, Stem(part)) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
	for word, not := range map[string]string{"karlskoga": "skog", "evakuera": "kuera", "händelse": "se", "utbyte": "te", "israel": "el"} {
		if got := CompoundParts(word); slices.Contains(got, Stem(not)) {
			t.Errorf("CompoundParts(%q) = %q: %s is no part of it", word, got, not)
		}
	}
}

// Round eight (drone, landslide and strike): words that Snowball's suffixes
// joined to others keep apart, and nouns whose lemma ends in a suffix meet
// their forms.
func TestStemEighthRound(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"vill", []string{"ville", "velat", "vilja", "viljan"}, []string{"villa", "villan", "villor"}},
		{"fyr", []string{"fyren", "fyrar"}, []string{"fyra", "fyran", "fyror"}},
		{"fängelse", []string{"fängelset", "fängelser", "fängelsets"}, nil},
		{"gisslan", []string{"gisslans"}, nil},
		{"talan", []string{"talans"}, []string{"tal", "talet"}},
		{"influensa", nil, []string{"influens"}},
		{"fara", []string{"faran", "faror", "farorna"}, []string{"far", "fäder", "fadern"}},
		{"bord", nil, []string{"borde"}},
		{"vete", []string{"vetet"}, []string{"vet", "vetat"}},
		{"fjärd", []string{"fjärden"}, []string{"fjärde"}},
		{"älv", nil, []string{"elva"}},
		{"händelse", []string{"händelser", "händelsen", "händelserna"}, []string{"händer"}},
		{"rörelse", []string{"rörelsen", "rörelser"}, []string{"rör"}},
		{"kallelse", []string{"kallelsen"}, []string{"kall"}},
		{"konsekvens", []string{"konsekvenser", "konsekvensen", "konsekvensernas"}, nil},
		{"dispens", []string{"dispenser", "dispensen"}, nil},
		{"kontrast", []string{"kontrasten"}, nil},
		{"spontan", []string{"spontana"}, []string{"spont"}},
		{"orkan", []string{"orkanen"}, []string{"orka", "ork"}},
		{"banan", []string{"bana"}, nil}, // the track's definite, as gatan is gata's
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
	for word, part := range map[string]string{"drönarattacken": "drönare", "lärarförbundet": "lärare", "familjemor": "mor", "adoptivfar": "far"} {
		if got := CompoundParts(word); !slices.Contains(got, Stem(part)) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
}

// A stop word is a term of its own kind: no content word's stem meets it.
func TestStopWordsAreTermsOfTheirOwn(t *testing.T) {
	terms := func(text string) []string {
		var out []string
		for _, tok := range svAnalyzer.Analyze([]byte(text)) {
			out = append(out, string(tok.Term))
		}
		return out
	}
	// A pronoun's forms are one term (sitt, sina: =sin), as a noun's are.
	for content, stop := range map[string]string{"sinar": "=sin", "kund": "=kunde", "vårens": "=vår"} {
		word := strings.TrimPrefix(stop, StopMark)
		if word == "sin" || word == "vår" {
			word += "a"
		}
		c, st := terms(content), terms(word)
		if len(c) != 1 || len(st) != 1 || c[0] == st[0] || st[0] != stop {
			t.Errorf("%s is indexed as %q, %s as %q: want the stop word apart, as %q", content, c, word, st, stop)
		}
	}
}

// A phrase finds its words with a pronoun's other gender or number, as
// with a noun's other forms; the articles stay apart.
func TestAPhrasesPronounInItsOtherForms(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Stranden", text: "Den som behöver lämna sitt hem ska ringa kommunen."},
		art{title: "Byn", text: "Alla boende fick lämna sina hem under natten."},
		art{title: "Huset", text: "De ville inte lämna hem och gård."},
	)
	f.wantTitles(t, Request{Q: `"lämna sina hem"`}, []string{"Byn", "Stranden"})
	f.wantTitles(t, Request{Q: `"lämna sitt hem"`}, []string{"Byn", "Stranden"})
}

// The neuter in -t of a short adjective is a form of it (stort is stor's),
// but a supine or a noun of its own letters is not.
func TestShortAdjectivesNeuter(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"stor", []string{"stort", "stora", "större"}, nil},
		{"kall", []string{"kallt", "kalla"}, []string{"kallelse"}},
		{"ny", []string{"nytt"}, nil},
		{"röd", []string{"rött", "röda"}, nil},
		{"sann", []string{"sant", "sanna"}, []string{"sand"}},
		{"tunn", []string{"tunt"}, nil},
		{"låg", []string{"lågt", "lägre"}, nil},
		{"vän", nil, []string{"vänt"}},    // vända's supine
		{"fin", nil, []string{"fint"}},    // a noun of its own (a feint)
		{"rät", nil, []string{"rätt"}},    // a word of its own
		{"marin", nil, []string{"marit"}}, // -nn only: sann, sant
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
}

// Round ten (chemical, winter, bridge): nouns and adjectives in -ern keep
// it, a noun's doubled m undoubles beside a verb of its letters, and the
// imperative of a verb kept apart from a noun is the verb's.
func TestStemTenthRound(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"cistern", []string{"cisterner", "cisternerna", "cisternen"}, nil},
		{"koncern", []string{"koncernen", "koncerner", "koncerns"}, nil},
		{"modern", []string{"moderna", "modernt"}, []string{"mod", "modet"}},
		{"sjuttonårsålder", []string{"sjuttonårsåldern"}, nil}, // no -ern word: ålder's definite
		{"ström", []string{"strömmen", "strömmar", "strömmarna"}, nil},
		{"skum", []string{"skummet"}, nil},
		{"töm", nil, []string{"tömmer", "tömmas"}}, // the rein stays apart from tömma
		{"tumme", []string{"tummen"}, []string{"tum"}},
		{"stänga", []string{"stäng", "stängde", "stängt"}, []string{"stång"}},
		{"planer", nil, []string{"planera"}},        // a plural, no imperative
		{"översatt", nil, []string{"översatta"}},    // a participle
		{"red", []string{"rida"}, []string{"reda"}}, // rida's past
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
	if got := CompoundParts("eftersök"); !slices.Contains(got, "sök") {
		t.Errorf("CompoundParts(eftersök) = %q: the noun sök is its last part, no imperative", got)
	}
}

// A listed noun's plural in -er is that noun's, not a compound whose last
// part is a noun in -er (journalister is no journal + ister, lard); a listed
// noun in -as keeps it (databas is no datab).
func TestPluralsAndNounsInAs(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"journalist", []string{"journalister", "journalisterna", "journalisten"}, nil},
		{"turist", []string{"turister", "turisterna"}, nil},
		{"kontakt", []string{"kontakter", "kontakten"}, nil},
		{"producent", []string{"producenter"}, nil},
		{"databas", []string{"databasen", "databaser"}, nil},
		{"naturgas", []string{"naturgasen"}, nil},
		{"lager", []string{"lagret"}, []string{"lag", "lagen"}},
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
}

// The dictionary's paradigms, second pass: a simple noun's definite plural
// in -arna is its own before an agent noun's (delarna: del, not delare), a
// listed noun in -es keeps it (hypotes), and a Latin noun in -ium or -eum
// meets its forms (gymnasiet, museet).
func TestParadigmsSecondPass(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"del", []string{"delarna", "delar"}, nil},
		{"ungdom", []string{"ungdomarna"}, nil},
		{"förare", []string{"förarna"}, nil}, // för is a stop word: no simple noun's reading
		{"lärare", []string{"lärarna"}, nil},
		{"hypotes", []string{"hypotesen", "hypoteser"}, nil},
		{"diabetes", nil, []string{"diab"}},
		{"gymnasium", []string{"gymnasiet", "gymnasier", "gymnasierna"}, nil},
		{"museum", []string{"museet", "museer"}, []string{"mus", "musen"}},
		{"kriterium", []string{"kriterier", "kriteria"}, nil},
		// From a review by another hand of the session's change:
		{"införa", []string{"införde", "infört"}, []string{"inför", "framför"}}, // prepositions, no imperatives
		{"vapenlager", []string{"vapenlagret"}, []string{"vapenlag", "vapenlagen"}},
		{"rekordhet", []string{"rekordhett"}, []string{"rekord"}},
		{"hetta", []string{"hett"}, nil},
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
	if got := CompoundParts("komedi"); slices.Contains(got, "medi") {
		t.Errorf("CompoundParts(komedi) = %q: medium's stem is no part of it", got)
	}
}

// The dictionary's verbs and adjectives, stemmed the same way as its nouns:
// a weak verb's passive supine is the verb's (har drabbats), an adjective
// in -en, -el, -er that drops its e meets its forms (öppen, öppet, öppna),
// an adjective in -bar keeps it.
func TestParadigmsVerbsAndAdjectives(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"drabba", []string{"drabbats", "drabbade", "drabbat"}, nil},
		{"evakuera", []string{"evakuerats", "evakuerade"}, nil},
		{"publicera", []string{"publicerats", "publicerades"}, nil},
		{"öppen", []string{"öppet", "öppna"}, nil},
		{"säker", []string{"säkert", "säkra", "säkrare"}, nil},
		{"egen", []string{"eget", "egna"}, nil},
		{"enkel", []string{"enkelt", "enkla"}, nil},
		{"mager", []string{"magra", "magert"}, nil},
		{"hållbar", []string{"hållbara", "hållbart"}, nil},
		{"fall", []string{"fallet"}, nil},     // the noun's definite, no participle
		{"beslut", []string{"beslutet"}, nil}, // so too
		{"plats", []string{"platsen"}, nil},
		// From the second review: a strong verb's participle is no such
		// adjective (its compounds keep their parts), no third n, no verb's
		// present.
		{"försvunnen", []string{"försvunna"}, nil},
		{"tränga", []string{"tränger", "trängs"}, nil},
		{"övre", nil, []string{"över"}},
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
}

// A compound of a strong verb's participle keeps its parts: knivstucken is
// kniv and stucken (sticka, the verb: see strongVerbOfNoun), so kniv with
// compounds finds it.
func TestParticipleCompoundsKeepTheirParts(t *testing.T) {
	for word, part := range map[string]string{"knivstucken": "sticka", "dödsskjuten": "skjut", "sammanslagen": "slag"} {
		if got := CompoundParts(word); !slices.Contains(got, part) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
}

// The paradigms of the dictionary (every form hunspell-sv makes of a noun,
// verb or adjective) whose base form is a word of the judged corpora, and
// whose forms all shared one stem when the file was made (4,798 of 5,455;
// testdata/paradigms.txt.gz, made by gen_svwords.go -paradigms): a rule
// that splits one of them fails here, with the forms it split, unless
// splitOnPurpose names it with the reason.
func TestDictionaryParadigmsStayWhole(t *testing.T) {
	splitOnPurpose := map[string]string{
		"läns":      "the noun läns (bilge, länsen) gives way to län's genitive (Kalmar läns), far more often read",
		"bar":       "the adjective bar's bara (med bara händer) gives way to the adverb bara (only), far more often read",
		"döda":      "the verb's infinitive gives way to död's plural (döda fåglar, två döda), far more often read",
		"hälsa":     "the verb (to greet: hälsade, hälsar) goes apart from the noun hälsa (health), far more often read",
		"värde":     "värde is kept apart from värd (a host), whose definite värden its plural shares: the plural stays with the rules",
		"sikte":     "sikte is kept apart from sikt (visibility), whose definite sikten its plural shares: the plural stays with the rules",
		"led":       "the verb leda's present leder, far more often read than the trails (lederna), is the verb's where it stands alone (wholeWordStems)",
		"leda":      "the verb leda's forms are the verb's (wholeWordStems); the noun leda's (boredom) ledan stays with the trail's led",
		"lett":      "lett is leda's supine (har lett till) far more often than a Latvian (letten)",
		"lever":     "lever on its own is leva's present (hon lever) far more often than the liver (levern)",
		"åker":      "åker on its own is åka's present (han åker) far more often than a field (åkern)",
		"tomt":      "tomtar are tomte's (a gnome), no plots: the dictionary's paradigm of tomt gives it both plurals",
		"ton":       "ton is the weight (200 ton) far more often than the tone, whose tonen and toner are its own",
		"akut":      "akut on its own is the adjective (akut brist), its term the adjective's forms' (akuta); the emergency room is akuten",
		"överklaga": "the noun överklagande (an appeal: överklagandet) is kept apart from the verb, as evakuering is from evakuera (andeNoun)",
		"medverka":  "the noun medverkande (the participants) is kept apart from the verb (andeNoun)",
		"resa":      "the noun resande (the travellers) is kept apart from the verb (andeNoun)",
		"studera":   "the noun studerande (a student) is kept apart from the verb (andeNoun)",
		"sätta":     "the noun sättande, the list's noun in -ande, is kept apart from the verb (andeNoun)",
		"trygga":    "the noun tryggande (securing) is kept apart from the verb (andeNoun)",
		"driva":     "the snowdrifts (drivan, drivor) are no form of the verb driva (driver), which the dictionary's paradigm gives them",
		"fisk":      "fiske (fishing: fisket) is kept apart from fisk (a fish)",
		"fiske":     "fiske (fishing: fisket) is kept apart from fisk (a fish), whose definite fisken its paradigm shares",
		"hyrd":      "hyrt is hyra's supine (hade hyrt skridskor) far more often than the participle's neuter, and meets hyr",
		"upplag":    "upplag (a stockpile) is kept apart from upplaga (an edition), a noun in -a whose stem is that neuter noun",
	}
	f, err := os.Open(filepath.Join("testdata", "paradigms.txt.gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	n, split := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		n++
		forms := strings.Fields(line)
		if splitOnPurpose[forms[0]] != "" {
			continue
		}
		want := Stem(forms[0])
		asked := askedFor(forms[0])
		for _, w := range forms[1:] {
			if got := Stem(w); got != want && !slices.Contains(asked, got) {
				if split++; split <= 20 {
					t.Errorf("%s and %s are one paradigm, stemmed %q and %q", forms[0], w, want, got)
				}
				break
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if split > 0 {
		t.Errorf("%d of %d paradigms split", split, n)
	}
}

// Round twelve (mine, derail): kammare and hammare drop their a in the
// plural (kamrar) and their singular meets it; a syncope noun's definite
// plural in -arna is its own before an agent noun's (växlarna: växel); a
// compound the list has, of a first part of four letters that begins many
// of the list's compounds and a last word of three (godståg), is split;
// -vis ends no compound of a noun (stegvis).
func TestRoundTwelveForms(t *testing.T) {
	for _, tt := range []struct {
		word       string
		finds, not []string
	}{
		{"kammare", []string{"kammaren", "kamrar", "kamrarna", "kammarens"}, []string{"kamera", "kam", "kamrer"}},
		{"hammare", []string{"hamrarna", "hammaren"}, []string{"hamra", "hamrade"}},
		{"räddningskammare", []string{"räddningskamrar", "räddningskammaren"}, nil},
		{"växel", []string{"växeln", "växlar", "växlarna", "växlarnas"}, nil},
		{"tecknare", []string{"tecknarna"}, []string{"tecken", "tecknen"}}, // tecken's plural is tecken
		// From gale: a noun in -e's plural in -ar is the noun's (stolpa is a verb
		// too); läns is län's genitive (Kalmar läns).
		{"stolpe", []string{"stolpar", "stolparna", "stolpen"}, nil},
		{"län", []string{"läns", "länet", "länen"}, nil},
	} {
		wantFinds(t, tt.word, tt.finds, tt.not)
	}
	for word, want := range map[string][]string{
		"godstågen":        {"tåg", "gods"},
		"räddningskammare": {"kammar", "räddning"}, // no skam
		"skolelev":         {"elev", "skol"},       // no lev after a linking e
	} {
		if got := CompoundParts(word); !slices.Equal(sorted(got...), sorted(want...)) {
			t.Errorf("CompoundParts(%s) = %q, want %q", word, got, want)
		}
	}
	// From ward: a noun in -a's linking -e- before a long last word
	// (barnmorske + mottagning), beside the longer word its letters make.
	if got := CompoundParts("barnmorskemottagningen"); !slices.Contains(got, "mottagning") {
		t.Errorf("CompoundParts(barnmorskemottagningen) = %q: no mottagning", got)
	}
	// From the review: the verbs' prefix be- and the adjectives' -al are no
	// parts (beslut is no be + slut, beredskap no be + redskap).
	for word, not := range map[string]string{"beslutet": "slut", "besked": "sked", "beredskapsplan": "redskap",
		"bekostnad": "kostnad", "kommunalrådet": "al", "gammal": "al", "rapporten": "port"} {
		if got := CompoundParts(word); slices.Contains(got, not) {
			t.Errorf("CompoundParts(%s) = %q: %s is no part of it", word, got, not)
		}
	}
	for _, word := range []string{"stegvis", "månadsvis", "gruppvis", "verktyg", "centrum", "gestalt", "landbaserad", "bärslag"} {
		for _, p := range CompoundParts(word) {
			if utf8.RuneCountInString(p) == 3 && !strings.HasPrefix(word, p) {
				t.Errorf("CompoundParts(%s) = %q: %s is no last word of it", word, CompoundParts(word), p)
			}
		}
	}
}

// A strong verb whose forms the list has as words of their own beside a
// noun in -a of the infinitive's letters is a lemma of its own: its present,
// preterite, supine and participle meet one another and not the noun's
// forms. Ordinary Swedish, not the judged corpora's words (their trap was
// spricka: budgeten spricker is no crack).
func TestStrongVerbApartFromItsNounInA(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"springer", []string{"sprang", "sprungit", "sprungen"}, []string{"springan", "springor", "springorna"}},
		{"springorna", []string{"springan", "springor"}, []string{"springer", "sprang", "sprungit"}},
		{"hinner", []string{"hann", "hunnit"}, []string{"hinnan", "hinnor"}},
		{"skriker", []string{"skrek", "skrikit"}, []string{"skrikan", "skrik"}},
		{"nyper", []string{"nöp", "nupit"}, []string{"nypan", "nypor"}},
		// the participle's forms with the verb
		{"sprucken", []string{"spruckna", "sprucket", "spricker"}, []string{"sprickor"}},
		// the participle in -ande of a verb kept apart from the noun of its
		// stem (stiga: stig, the path) is the verb's
		{"stiga", []string{"stigande", "stiger"}, []string{"stigen", "stigarna"}},
		{"hålla", []string{"hållande", "håller"}, []string{"hållet"}},
		// a form with a noun's flags of its own stays the noun's (stack:
		// a stack; steg: a step)
		{"stack", []string{"stacken", "stackar"}, []string{"sticker"}},
	})
}

// The infinitive the noun and the verb share is the noun's in a text, but
// the verb's after a word that takes an infinitive; written alone in a
// query it asks for both.
func TestInfinitiveSharedWithANoun(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Skåpet har en springa", text: "Genom springan i dörren syns ljus."},
		art{title: "Loppet i parken", text: "Hundratals barn springer i dag, och fler ville springa."},
		art{title: "Barnen ska springa", text: "Skolan ordnar lopp i maj."},
		art{title: "Rören kan inte spricka", text: "Kommunen lovar att ledningarna håller."},
	)
	for name, tt := range map[string]struct {
		req  Request
		want []string
	}{
		"springan finds the noun, not the verb":      {Request{Q: "springan"}, sorted("Skåpet har en springa")},
		"springer finds the verb, not the noun":      {Request{Q: "springer"}, sorted("Loppet i parken", "Barnen ska springa")},
		"springa alone asks for both":                {Request{Q: "springa"}, sorted("Skåpet har en springa", "Loppet i parken", "Barnen ska springa")},
		"sprickor: kan inte spricka is no crack":     {Request{Q: "sprickor"}, sorted()},
		"a phrase's infinitive asks for both":        {Request{Q: `"ska springa"`}, sorted("Barnen ska springa")},
		"a phrase's noun after en is still the noun": {Request{Q: `"en springa"`}, sorted("Skåpet har en springa")},
	} {
		t.Run(name, func(t *testing.T) { f.wantTitles(t, tt.req, tt.want) })
	}
}

// A noun whose -et or -ett is its own keeps it (raket is no rak, parkett no
// park, kassett no kass), and a passive in -s of a verb whose forms are kept
// apart from a noun's is the verb's (låsas, låses: låsa, not lås, låset).
// Ordinary Swedish; crowd's traps were parketten for park, låsas for låset.
func TestOwnEtAndPassives(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"raket", []string{"raketen", "raketer", "raketerna"}, []string{"rak", "raka"}},
		{"parkett", []string{"parketten"}, []string{"park", "parken"}},
		{"kassett", []string{"kassetten", "kassetter"}, []string{"kass"}},
		{"paket", []string{"paketet", "paketen"}, nil},
		{"ansvar", []string{"ansvaret"}, nil}, // a neuter's definite still meets it
		{"låsa", []string{"låsas", "låses", "låser", "låste"}, []string{"låset", "låsen"}},
		{"samlade", []string{"samlades", "samlas"}, nil},
		// a deponent is no passive: finnas is not finna
		{"finns", []string{"finnas"}, nil},
	})
}

// A street's, a place's or a water's name ends in the noun it is named as,
// after a first part the list does not know (Linnégatan, Vasastaden,
// Skuleskogen): a compound's part finds it. Any other noun does not (no
// forsk + skaren, atl + anten). An adjective's definite and plural forms
// keep the parts of the adjective (säkerhetsansvarige, brandfarliga).
func TestPlaceNamesAndAdjectiveFormsKeepTheirParts(t *testing.T) {
	for word, part := range map[string]string{
		"linnégatan": "gat", "margretebergsgatan": "gat", "sveavägen": "väg", "skuleskogen": "skog",
		"värtahamnen": "hamn", "botniabanan": "ban",
		"säkerhetsansvarige": "säkerhet", "brandfarliga": "farlig",
	} {
		if got := CompoundParts(word); !slices.Contains(got, part) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
	for _, word := range []string{"forskaren", "atlanten", "papperen", "angriparen", "återvinna"} {
		if got := CompoundParts(word); len(got) > 0 {
			t.Errorf("CompoundParts(%q) = %q, want none", word, got)
		}
	}
}

// Round eighteen (eldercare): a verbal noun in -an meets its plural in
// -ningar (anmälan, anmälningarna); an adjective in -at meets its declined
// forms (privat, privata); ros is the rose, no contracted passive of roa,
// and hos no form of hoa. Ordinary Swedish.
func TestRoundEighteenForms(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"anmälan", []string{"anmälningar", "anmälningarna", "anmälans"}, []string{"anmäla", "anmält"}},
		{"ansökningar", []string{"ansökan"}, nil},
		{"privat", []string{"privata", "privatare"}, nil},
		{"separata", []string{"separat"}, nil},
		{"ros", []string{"rosor", "rosen"}, []string{"roa", "roar"}},
	})
	if got := Stem("hos"); got == Stem("hoa") {
		t.Errorf("hos stems as hoa's form: %q", got)
	}
}

// From a review of the session's rules by another hand, and tbe's first
// run: a genitive of a noun in -e is no passive (mötes is möte's, not
// möta's); a compound of a verbal noun in -an keeps its parts in the plural
// (polisanmälningar: polis, anmälan); a participle in -ande ends no
// compound (ordförande has no ord, självägande no själ); bara, the adverb,
// is no bar.
func TestReviewOfRoundsSixteenToEighteen(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"möte", []string{"mötes", "mötet"}, []string{"möta", "möter"}},
		{"kväve", []string{"kväves"}, []string{"kväva"}},
		{"polisanmälan", []string{"polisanmälningar", "polisanmälningarna"}, nil},
		{"bar", []string{"barer", "baren"}, []string{"bara"}},
	})
	for word, part := range map[string]string{"polisanmälningar": "anmälan", "bidragsansökningar": "ansökan"} {
		if got := CompoundParts(word); !slices.Contains(got, part) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
	for word, not := range map[string]string{"styrelseordförande": "ord", "självägande": "själ", "bidragsansökningar": "ökning"} {
		if got := CompoundParts(word); slices.Contains(got, Stem(not)) {
			t.Errorf("CompoundParts(%q) = %q: has %s", word, got, not)
		}
	}
}

// A query word's extra terms are told apart as what they are: a name kept
// whole (Sala) is a name, an infinitive's verb a verb.
func TestExplainTellsNamesFromVerbs(t *testing.T) {
	qts, err := ExplainQuery("Sala springa", false)
	if err != nil || len(qts) != 2 {
		t.Fatalf("ExplainQuery: %+v, %v", qts, err)
	}
	if len(qts[0].Verbs) != 0 || len(qts[0].Names) == 0 {
		t.Errorf("Sala: names %q, verbs %q; want a name only", qts[0].Names, qts[0].Verbs)
	}
	if !slices.Contains(qts[1].Verbs, "springa") {
		t.Errorf("springa: verbs %q, want springa", qts[1].Verbs)
	}
}

// Round nineteen (roof): a facility's name ends in its building after a
// first part the list does not know (Kronanhallen, Arcushallen:
// hall; Hummelliften: lift); a noun in -a linked by the -o- the list has
// as a beginning (kyrko-) keeps it, so the last word begins after it
// (kyrkoval: val, no oval) — and where the list has no such beginning the
// -o- begins the last word (gruvolycka: olycka); länge and längs are no
// forms of längd.
func TestRoundNineteenForms(t *testing.T) {
	for word, part := range map[string]string{
		"kronanhallen": "hall", "arcushallen": "hall", "hummelliften": "lift",
		"kyrkoval": "val", "kyrkorådet": "råd", "gruvolycka": Stem("olycka"),
	} {
		if got := CompoundParts(word); !slices.Contains(got, part) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
	for word, not := range map[string]string{"kyrkoval": "oval", "kyrkorådet": "oråd"} {
		if got := CompoundParts(word); slices.Contains(got, not) {
			t.Errorf("CompoundParts(%q) = %q: has %s", word, got, not)
		}
	}
	wantFinds(t, "längden", []string{"längd", "längder"}, []string{"länge", "längs"})
}

// A word written with a capital that is more often a name than the word
// asks for the name only where it stands alone (Vilja: no vill, ville;
// Frost: no frosten); the text keeps such a word at a sentence's start as
// word and name both, so the name still finds it there; a phrase asks for
// word and name ("Vilja sa" finds vilja sa too), and compounds the word's
// parts (Säpo: säpochefen). A common surname in a sentence's middle is a
// name though no given name comes before it (enligt Frost), unless it
// follows a bar, a bracket or a spaced dash, where anything may begin;
// an abbreviation's genitive with a colon is its name's (Säpo:s).
func TestNameLikeQueryWordsAskForTheNameOnly(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Hon ville inte", text: "Hon ville inte vänta. Vi vill veta mer."},
		art{title: "Beskedet", text: "Vilja sa nej till förslaget på mötet."},
		art{title: "Viljan", text: "Hon har vilja, sa tränaren om henne."},
		art{title: "Frosten kom", text: "Frosten kom tidigt i år."},
		art{title: "Besiktningen", text: "Taket var inte besiktigat, enligt Frost på kommunen."},
		art{title: "Läs också", text: "Läs också | Frost slog till mot skördarna (Frost i maj är ovanligt)."},
		art{title: "Utredningen", text: "Utredningen dröjer eftersom Säpo:s förundersökning pågår."},
		art{title: "Chefen", text: "Den nya säpochefen tillträder i dag."},
	)
	for q, want := range map[string][]string{
		"Vilja":               {"Beskedet"},
		"vilja":               sorted("Beskedet", "Hon ville inte", "Viljan"),
		`"Vilja sa"`:          sorted("Beskedet", "Viljan"),
		"Frost":               sorted("Besiktningen", "Läs också"),
		"frost":               sorted("Frosten kom", "Läs också"),
		"Säpo":                {"Utredningen"},
		"Säpo compounds=true": sorted("Chefen", "Utredningen"),
	} {
		req := Request{Q: q}
		if rest, ok := strings.CutSuffix(q, " compounds=true"); ok {
			req = Request{Q: rest, Compounds: true}
		}
		f.wantTitles(t, req, want)
	}
}

// Round twenty-one (missing, gotland): a noun in -e's plural in -ar is the
// noun's though the list has a noun or verb in -a of the same letters
// (timmar: timme, not timma; mossar: mosse, not mossa, the plant; kassar:
// kasse), and a plural's genitive the list has as a word meets the plural
// (dagars, timmars, veckors), not stackars, the adjective.
func TestRoundTwentyOneForms(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"timme", []string{"timmar", "timmarna", "timmars", "timmen"}, nil},
		{"mosse", []string{"mossar", "mossarna", "mossen"}, nil},
		{"kasse", []string{"kassar", "kassarna"}, nil},
		{"dag", []string{"dagars"}, nil},
		{"vecka", []string{"veckors"}, nil},
		{"stackars", nil, []string{"stack", "stackar"}},
	})
	f := newFixture(t)
	f.index(
		art{title: "Sökandet", text: "Sökandet leddes av Jonas Skog. I dag sa Skog att skogen var tät."},
		art{title: "Skogen", text: "Skogen runt sjön är tät och blöt."},
		art{title: "Räddningen", text: "Larmet gick till Sjö- och flygräddningscentralen i Göteborg."},
	)
	f.wantTitles(t, Request{Q: "Skog"}, []string{"Sökandet"})
	f.wantTitles(t, Request{Q: "sjö", Compounds: true}, []string{"Räddningen", "Skogen"})
}

// A name the dictionary lists beside a word that does not inflect (Sverige,
// Säpo) is found by the word in lower case too: the text's Sverige in a
// sentence's middle is the name's term, and a search for sverige that found
// only the Sverige that opens a sentence missed most of them.
func TestUninflectedNamesInLowerCase(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Hotet", text: "Enligt Säpo är hotet mot Sverige högt."},
		art{title: "Björnen", text: "En björn sågs i Sveg."},
		art{title: "Jägaren", text: "Det säger jägaren Björn Lind."},
	)
	f.wantTitles(t, Request{Q: "sverige"}, []string{"Hotet"})
	f.wantTitles(t, Request{Q: "säpo"}, []string{"Hotet"})
	f.wantTitles(t, Request{Q: "björn"}, []string{"Björnen"}) // a word that inflects: the word only
}

// A capitalised name asked for alone that finds nothing as a name is
// searched as the word too, and the result says so: a phone writes Ström
// for ström during a power cut. Where the name is there, the name only.
func TestNameFindingNothingIsSearchedAsTheWordToo(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Strömmen", text: "Tusentals hushåll saknar ström efter stormen."},
		art{title: "Skogen", text: "Skogen runt Varg är tät."},
	)
	res := f.search(Request{Q: "Ström", Size: 100})
	if got := titles(res, false); !slices.Equal(got, []string{"Strömmen"}) || !res.NamesAsWords {
		t.Errorf("Ström: %q, names as words %v; want the word's article, said so", got, res.NamesAsWords)
	}
	if res := f.search(Request{Q: "ström", Size: 100}); res.NamesAsWords {
		t.Error("ström in lower case: searched as a name")
	}
	f.index(art{title: "Chefen", text: "Det säger driftchefen Anna Ström."})
	res = f.search(Request{Q: "Ström", Size: 100})
	if got := titles(res, false); !slices.Equal(got, []string{"Chefen"}) || res.NamesAsWords {
		t.Errorf("Ström with a person of that name: %q, names as words %v; want the person only", got, res.NamesAsWords)
	}
}

// Round twenty-two (birdflu): the noun hälsa is not the verb's hälsade, the
// dead birds are död's plural, änder are ducks only as a word of their own,
// and a name is split only where it ends in a noun's definite form.
func TestRoundTwentyTwoForms(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"hälsa", []string{"hälsan", "hälsans"}, []string{"hälsade", "hälsar", "hälsat"}},
		{"hälsade", []string{"hälsar", "hälsat"}, []string{"hälsan"}},
		{"döda", []string{"död", "döde"}, []string{"dödade"}},
		{"änder", []string{"and", "änderna"}, []string{"ända", "ändar"}},
		{"använder", []string{"använda"}, []string{"and"}},
	})
	f := newFixture(t)
	f.index(
		art{title: "Bristen", text: "Det säger Margareta Sjögren i Ystad."},
		art{title: "Örnen", text: "En havsörn hittades död vid Vombsjön."},
		art{title: "Vinsten", text: "Det är min förtjänst för vintern."},
		art{title: "Fynden", text: "Vad ska man göra om man hittar en död fågel?"},
	)
	f.wantTitles(t, Request{Q: "sjö", Compounds: true}, []string{"Örnen"})
	f.wantTitles(t, Request{Q: "tjänst", Compounds: true}, nil)
	f.wantTitles(t, Request{Q: `"döda fåglar"`}, []string{"Fynden"})
}

// A neuter noun in -e whose stem is another word of the list keeps its -e
// (round twenty-four, mould): a fine is no colour, a kingdom no adjective.
func TestNeuterNounsInEApartFromTheirStem(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"vite", []string{"vitet", "viten", "vites"}, []string{"vit", "vita", "vitt"}},
		{"rike", []string{"riket", "riken", "rikets"}, []string{"rik", "rika"}},
		{"värde", []string{"värdet", "värdena"}, []string{"värd"}},
		{"ankare", []string{"ankaret", "ankarena"}, nil},
	})
	// The stem still ends compounds, as the list's flag on rike said:
	// framgångsrik is framgång + rik.
	if got := CompoundParts("framgångsrik"); !slices.Contains(got, "framgång") || !slices.Contains(got, "rik") {
		t.Errorf("CompoundParts(framgångsrik) = %q: no framgång + rik", got)
	}
}

// askedFor is what a query of word alone asks the index for: its stem and
// the terms queryTerms adds (a noun and adjective's base asks for the
// adjective's forms too: lokal, lokala).
func askedFor(word string) []string {
	var out []string
	for _, t := range withoutStopWords(word, svAnalyzer.Analyze([]byte(word))) {
		out = append(out, queryTerms(word, t, true)...)
	}
	return out
}

// A word that is a noun and an adjective alike: the noun's forms do not
// find the adjective's, the base finds both (round twenty-four, mould:
// lokalerna, the premises, is not lokala, local).
func TestNounAndAdjectiveApart(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"lokalerna", []string{"lokal", "lokalen", "lokaler"}, []string{"lokala", "lokalt"}},
		{"mobilen", []string{"mobil", "mobiler"}, []string{"mobila", "mobilt"}},
	})
	f := newFixture(t)
	f.index(
		art{title: "Lokalerna", text: "Skolan flyttar till nya lokaler i centrum."},
		art{title: "Myndigheten", text: "De lokala myndigheterna svarar för det."},
		art{title: "Beslutet", text: "Beslutet fattas lokalt i varje kommun."},
	)
	f.wantTitles(t, Request{Q: "lokalerna"}, []string{"Lokalerna"})
	f.wantTitles(t, Request{Q: "lokal"}, []string{"Beslutet", "Lokalerna", "Myndigheten"})
	f.wantTitles(t, Request{Q: "lokala"}, []string{"Beslutet", "Myndigheten"})
	f.wantTitles(t, Request{Q: `"lokal myndighet"`}, []string{"Myndigheten"})
	f.index(art{title: "Aktören", text: "En lokal aktör tar över driften."})
	f.wantTitles(t, Request{Q: `"lokala aktörer"`}, []string{"Aktören"})

	qts, err := ExplainQuery("lokal lokalerna", false)
	if err != nil || len(qts) != 2 {
		t.Fatalf("ExplainQuery: %+v, %v", qts, err)
	}
	if !slices.Equal(qts[0].Forms, []string{"lokala"}) || len(qts[0].Names) != 0 || len(qts[1].Forms) != 0 {
		t.Errorf("ExplainQuery(lokal lokalerna) = %+v: lokal also asks for lokala (no name), lokalerna for the noun only", qts)
	}
}

// bror is a word though the dictionary lists it only as a given name: a
// search for the brother (bror, bröder) does not find Bror Sandell, the
// politician, nor does a search for the name find the brothers (threat).
func TestBrorTheBrotherAndTheName(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Presskonferensen", text: "Det säger kommunalrådet Bror Sandell i Eskilstuna."},
		art{title: "Besöket", text: "Hans bror och två kusiner kom till sjukhuset."},
		art{title: "Bröderna", text: "Bröderna greps i natt."},
	)
	f.wantTitles(t, Request{Q: "bror"}, []string{"Besöket", "Bröderna"})
	f.wantTitles(t, Request{Q: "bröder"}, []string{"Besöket", "Bröderna"})
	f.wantTitles(t, Request{Q: "Bror Sandell"}, []string{"Presskonferensen"})
}

// dom is the noun (a judgement) unless the words around it make it the
// spoken pronoun (de, dem): a search for dom does not find "– Dom sa bara"
// (threat), a phrase with the pronoun still does.
func TestDomTheJudgementAndThePronoun(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Domen", text: "Tingsrätten meddelar dom i målet på fredag. En dom kan överklagas."},
		art{title: "Villkorligt", text: "Han fick villkorlig dom och dagsböter."},
		art{title: "Utrymningen", text: "– Dom sa bara att vi skulle gå ut, säger Noah."},
		art{title: "Krönikan", text: "Sluta ge terrorister det dom vill ha. Det finns dom som utnyttjar läget."},
	)
	f.wantTitles(t, Request{Q: "dom"}, []string{"Domen", "Villkorligt"})
	f.wantTitles(t, Request{Q: "domen"}, []string{"Domen", "Villkorligt"})
	f.wantTitles(t, Request{Q: `"dom sa bara"`}, []string{"Utrymningen"})
}

// får is the verb's present on its own and the noun (sheep) after a
// number, a determiner, a genitive or an adjective's -a: fåren does not find
// "Bonden får ersättning" (gotland, wolf).
func TestFårTheVerbAndTheSheep(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Ersättningen", text: "Bonden får ersättning för rivna djur."},
		art{title: "Angreppet", text: "Vargen dödade tre får i natt."},
		art{title: "Gården", text: "Bondens får betar nära skolan."},
		art{title: "Fållan", text: "Fåren hölls inne i fållan."},
	)
	f.wantTitles(t, Request{Q: "fåren"}, []string{"Angreppet", "Fållan", "Gården"})
	f.wantTitles(t, Request{Q: "får"}, []string{"Angreppet", "Ersättningen", "Fållan", "Gården"})
	f.wantTitles(t, Request{Q: `"får ersättning"`}, []string{"Ersättningen"})
	f.wantTitles(t, Request{Q: `"tre får"`}, []string{"Angreppet"})
}

// Round twenty-seven (flight, pfas, telecom): words that share letters with
// a verb or an adjective the list has bare, or not at all, keep apart from
// it; a noun in -a whose stem is a neuter noun keeps its -a where no verb's
// forms are split by it.
func TestRoundTwentySevenForms(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"byte", []string{"bytet", "byten", "bytes"}, []string{"byter", "byta", "bytte", "bytt"}},
		{"byta", []string{"byter", "bytte", "bytt", "byts"}, []string{"byte", "bytet"}},
		{"vete", []string{"vetet"}, []string{"veta", "vet"}},
		{"råd", []string{"rådet", "råden", "rådets"}, []string{"råder", "rådde", "råda"}},
		{"yngre", []string{"ung", "unga", "ungt"}, []string{"ungar", "ungarna", "ungen"}},
		{"ungar", []string{"unge", "ungen", "ungarna"}, []string{"ung", "unga"}},
		{"träd", []string{"trädet", "träden", "trädens"}, []string{"träda", "träder", "trädde", "trädande"}},
		{"rör", []string{"röret", "rören"}, []string{"röra", "röran", "rörande"}},
		{"klippa", []string{"klippan", "klippor", "klipper", "klippande"}, []string{"klipp", "klippet"}},
	})
}

// Round twenty-eight (heating, methanol, surge): öga and öra meet their
// irregular forms; an indeclinable adjective in -a keeps apart from the
// noun of its stem.
func TestRoundTwentyEightForms(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"öga", []string{"ögat", "ögon", "ögonen", "ögats"}, []string{"öra"}},
		{"öronen", []string{"öra", "örat", "öron"}, []string{"öga"}},
		{"udden", []string{"udd", "udde"}, []string{"udda"}},
		{"nutid", []string{"nutiden"}, []string{"nutida"}},
		{"finnas", []string{"finns", "fanns", "funnits"}, []string{"fan", "finna", "fann"}},
		{"fann", []string{"finna", "finner", "funnit"}, []string{"fan", "fanns"}},
	})
}

// A name that is also a form of a word (Mats: mat's genitive) is the name
// before a surname at a sentence's start too.
func TestNameBeforeASurnameAtASentencesStart(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Terminalen", text: "Golvet var kallt. Mats Öhrn sov där hela natten."},
		art{title: "Maten", text: "Maten tog slut i terminalen."},
	)
	f.wantTitles(t, Request{Q: "mat"}, []string{"Maten"})
	f.wantTitles(t, Request{Q: `"Mats Öhrn"`}, []string{"Terminalen"})
}

// Round thirty, from the trap hits the tuning corpora still had: nouns of
// common gender keep apart from the noun in -a of their stem (dyn, dyna),
// a gate from a gata, a tomte from a tomt, ton (the weight) from tonen (the
// tone), the flame's lågorna from låg, knappt from knapp, gifte from gift.
func TestRoundThirtyForms(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"dyner", []string{"dyn", "dynen", "dynerna"}, []string{"dyna", "dynan", "dynor"}},
		{"dynan", []string{"dyna", "dynor", "dynorna"}, []string{"dyn", "dynen", "dyner"}},
		{"koppor", []string{"koppa", "kopporna"}, []string{"kopp", "koppen", "koppar"}},
		{"gatan", []string{"gata", "gator", "gatorna"}, []string{"gate", "gaten"}},
		{"gaten", []string{"gate", "gates"}, []string{"gata", "gatan"}},
		{"skare", []string{"skaren"}, []string{"skara", "skaran"}},
		{"tomte", []string{"tomtar", "tomtarna"}, []string{"tomt", "tomter"}},
		{"ton", []string{"tonnet"}, []string{"tonen", "toner"}},
		{"tonen", []string{"toner", "tonerna"}, []string{"ton"}},
		{"lågorna", []string{"lågan", "lågor"}, []string{"låg", "lågt", "lägsta"}},
		{"knapp", []string{"knappen", "knappar"}, []string{"knappt"}},
		{"gift", []string{"giftet", "gifter"}, []string{"gifte"}},
		{"sock", []string{"socka", "sockan"}, nil}, // one word either way
		{"docka", []string{"dockan", "dockor"}, []string{"dock"}},
		{"lister", []string{"list", "listerna"}, []string{"lista", "listan", "listor"}},
		{"drivor", []string{"drivorna", "drivan"}, []string{"driver", "drivit"}},
		{"fiske", []string{"fisket"}, []string{"fisk", "fiskar"}},
		{"skridsko", []string{"skridskor", "skridskorna"}, nil},
		{"turas", []string{"turades", "turats"}, []string{"tur", "turen"}},
		{"mossa", []string{"mossan", "mossor"}, []string{"mossen", "mossar", "mosse"}},
		{"mattan", []string{"mattor", "matta"}, []string{"matte", "matten"}},
		{"finskor", []string{"finska"}, []string{"finsko"}},
		{"mäta", []string{"mätt", "mätte", "mäter"}, nil},
		{"falun", []string{"falu"}, nil},
		{"mjuk", []string{"mjuka", "mjukt"}, []string{"mjukar", "mjukade"}},
		{"trygg", []string{"trygga", "tryggt"}, []string{"tryggar", "tryggade"}},
		{"klarar", []string{"klarade", "klarat"}, []string{"klar", "klara"}},
		{"hyr", []string{"hyrde", "hyrt", "hyrs"}, []string{"hyran", "hyror"}}, // the verb apart from the rent
	})
	// In a phrase the infinitive is the verb's too.
	f := newFixture(t)
	f.index(
		art{title: "Olyckan", text: "Familjen hade hyrt skridskor på morgonen."},
		art{title: "Hyran", text: "Hyran för skridskor höjs."},
		art{title: "Villan", text: "Han hyr ut villan till turister."},
	)
	f.wantTitles(t, Request{Q: `"hyra skridskor"`}, []string{"Olyckan"})
	f.wantTitles(t, Request{Q: "hyra"}, []string{"Hyran"})
}

// åker, lever and leder on their own are the verbs' presents; after a
// determiner, a number, a genitive or an adjective the nouns'. A query of
// the word asks for both; the noun's own forms only for the noun.
func TestAVerbsPresentThatANounShares(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Resan", text: "Han åker till Kiruna i morgon. Det leder till förseningar."},
		art{title: "Fältet", text: "Det är min bästa åker som försvinner. Två leder stängs."},
		art{title: "Åkern", text: "Åkern står under vatten och lederna är översvämmade."},
	)
	f.wantTitles(t, Request{Q: "åkern"}, []string{"Fältet", "Åkern"})
	f.wantTitles(t, Request{Q: "åka"}, []string{"Resan"})
	f.wantTitles(t, Request{Q: "åker"}, []string{"Fältet", "Resan", "Åkern"})
	f.wantTitles(t, Request{Q: "leden"}, []string{"Fältet", "Åkern"})
	f.wantTitles(t, Request{Q: "leda"}, []string{"Resan"})
}

// akut on its own is the adjective: the emergency room (akuten) does not
// find it, while a query of akut asks for both.
func TestAkutOnItsOwnIsTheAdjective(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Bristen", text: "Det råder akut brist på sjuksköterskor."},
		art{title: "Väntan", text: "Patienterna väntade länge på akuten."},
	)
	f.wantTitles(t, Request{Q: "akuten"}, []string{"Väntan"})
	f.wantTitles(t, Request{Q: "akut"}, []string{"Bristen", "Väntan"})
}

// An adjective's form in -a that a verb spells alike (mjuka, klara) is the
// adjective's, so that a phrase finds its singular; after att or an
// auxiliary it is the verb's, and a query of it asks for both.
func TestAnAdjectivesFormThatAVerbSpellsAlike(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Kusten", text: "Strandfodring är en mjuk åtgärd. Kommunen klarar inte kostnaden."},
		art{title: "Budgeten", text: "Regionen måste klara sig utan statens pengar."},
		art{title: "Natten", text: "Den klara natten blev kall."},
	)
	f.wantTitles(t, Request{Q: `"mjuka åtgärder"`}, []string{"Kusten"})
	f.wantTitles(t, Request{Q: "klar"}, []string{"Natten"})
	f.wantTitles(t, Request{Q: "klarade"}, []string{"Budgeten", "Kusten"})
	f.wantTitles(t, Request{Q: "klara"}, []string{"Budgeten", "Kusten", "Natten"})
}

// A noun the dictionary does not flag as a compound's end still ends a
// compound of words the list lacks, or after a first part of four letters
// or more; ekar are oaks, no present of eka.
func TestNounsTheDictionaryLeftUnflaggedEndCompounds(t *testing.T) {
	for word, part := range map[string]string{"stormhyggena": "hygge", "kyrkoherden": "herde", "granhyggen": "hygge"} {
		if got := CompoundParts(word); !slices.Contains(got, Stem(part)) {
			t.Errorf("CompoundParts(%q) = %q: no %s", word, got, part)
		}
	}
	if got := CompoundParts("företagens"); len(got) != 0 {
		t.Errorf("CompoundParts(företagens) = %q: företag is no för + etage", got)
	}
	wantFinds(t, "ek", []string{"ekar", "ekarna", "eken"}, []string{"ekade", "ekat"})
}

// A noun in -ande or -ende of the list (överklagande, uttalande) and its
// forms are kept apart from the verb it is made from, as evakuering is from
// evakuera.
func TestAndeNounsApartFromTheirVerbs(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"överklagandet", []string{"överklagande", "överklaganden", "överklagandena"}, []string{"överklaga", "överklagade", "överklagar"}},
		{"uttalandet", []string{"uttalande", "uttalanden"}, []string{"uttala", "uttalade"}},
		{"meddelandet", []string{"meddelande", "meddelanden"}, []string{"meddela", "meddelade"}},
	})
}

// damm is dust (dammet) and a dam (dammen, dammar): each noun's own forms
// stay apart, the bare form is either's, and a query of it asks for both.
func TestDammIsDustAndADam(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Kyrkan", text: "Dammet från valvet la sig över bänkarna."},
		art{title: "Kraftverket", text: "Dammarna i Holjeån kontrolleras, och kraftverksdammen håller."},
		art{title: "Skolan", text: "Det var damm överallt i korridoren."},
	)
	f.wantTitles(t, Request{Q: "dammet"}, []string{"Kyrkan", "Skolan"})
	f.wantTitles(t, Request{Q: "dammen"}, []string{"Kraftverket", "Skolan"})
	f.wantTitles(t, Request{Q: "damm"}, []string{"Kraftverket", "Kyrkan", "Skolan"})
	f.wantTitles(t, Request{Q: "dammen", Compounds: true}, []string{"Kraftverket", "Skolan"})
}

// lag is a team (laget) and a law (lagar): laget does not find the laws,
// the shared lag and lagen find either (roof).
func TestLagIsATeamAndALaw(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Matchen", text: "Laget vann med 3–1, och lagets tränare var nöjd."},
		art{title: "Nämnden", text: "Det finns inga lagar som tvingar nämnden, och lagarna ses över."},
		art{title: "Beslutet", text: "Enligt lagen ska en ny lag prövas."},
	)
	f.wantTitles(t, Request{Q: "laget"}, []string{"Beslutet", "Matchen"})
	f.wantTitles(t, Request{Q: "lagar"}, []string{"Beslutet", "Nämnden"})
	f.wantTitles(t, Request{Q: "lag"}, []string{"Beslutet", "Matchen", "Nämnden"})
	f.index(art{title: "Fotbollen", text: "Fotbollslaget och skattelagarna."})
	f.wantTitles(t, Request{Q: "lag", Compounds: true}, []string{"Beslutet", "Fotbollen", "Matchen", "Nämnden"})
}

func TestVerbOrNounWordsAreOfOneLength(t *testing.T) {
	for w := range verbOrNoun {
		if len(w) != verbOrNounBytes {
			t.Errorf("%s is %d bytes, verbOrNounBytes %d: the pass in nameMarks would skip it", w, len(w), verbOrNounBytes)
		}
	}
}

// A capitalised word the list lacks that ends as a surname does is kept
// whole: no part ström for Hejdström.
func TestASurnameShapedWordIsKeptWhole(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Fartyget", text: "Enligt Lars Hejdström kom beskedet sent. Hejdströms rederi svarade inte."},
		art{title: "Kajen", text: "Strömavbrottet drabbade kajen."},
	)
	f.wantTitles(t, Request{Q: "ström", Compounds: true}, []string{"Kajen"})
	f.wantTitles(t, Request{Q: "Hejdström"}, []string{"Fartyget"})
}

// A listed noun in -or is its own noun where it begins compounds or ends
// as the Latin agent nouns do, though the letters before its -or are a
// noun's (traktor, not trakt's; sektor, not sekt's); a plural in -or of
// such a noun stays its noun's (vågor: våg).
func TestNounsInOrOfTheirOwn(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"traktorerna", []string{"traktor", "traktorn", "traktorns", "traktorer"}, []string{"trakt", "trakten", "trakter"}},
		{"sektorn", []string{"sektor", "sektorer", "sektorerna"}, []string{"sekt", "sekten"}},
		{"vågor", []string{"våg", "vågen", "vågorna"}, nil},
	})
}

// The measures in -meter and -liter keep their -er: liter is no lite,
// liten or litet, meter no met; a compound of the list (kilometer) is
// one too, a syncope noun in -meter (parameter) no measure.
func TestMeasuresKeepTheirEr(t *testing.T) {
	wantFindsEach(t, []findCase{
		{"litern", []string{"liter", "liters", "literna", "litrarna"}, []string{"lite", "liten", "litet"}},
		{"meter", []string{"metern", "meters", "metrarna"}, []string{"met"}},
		{"kilometern", []string{"kilometer", "kilometers"}, []string{"kilom"}},
	})
	if got := CompoundParts("parametrar"); slices.Contains(got, Stem("meter")) {
		t.Errorf("CompoundParts(parametrar) = %q: parameter is no compound of meter", got)
	}
	if got := CompoundParts("kvadratmetern"); !slices.Contains(got, Stem("meter")) {
		t.Errorf("CompoundParts(kvadratmetern) = %q: no meter", got)
	}
}

// An adjective compound's definite and plural forms keep its parts where
// the list lacks the compound (beredskapsansvarige: beredskap, ansvarig),
// as where it has it (säkerhetsansvarige).
func TestAnUnlistedAdjectiveCompoundsFormsKeepItsParts(t *testing.T) {
	for _, w := range []string{"beredskapsansvarige", "beredskapsansvariga", "säkerhetsansvarige"} {
		got := CompoundParts(w)
		if !slices.Contains(got, Stem("ansvarig")) {
			t.Errorf("CompoundParts(%q) = %q: no ansvarig", w, got)
		}
	}
}

// kö (a queue) and kön (sex) keep their own forms and share kön; a tanke
// (a thought) is no tank, and a query's tanke asks for the tank's tanken
// and tankar, which either noun spells.
func TestKöAndKönTankAndTanke(t *testing.T) {
	f := newFixture(t)
	f.index(
		art{title: "Macken", text: "Köerna växte, och i kön stod ett hundratal bilar."},
		art{title: "Apoteket", text: "Vi stod i kön i en timme."},
		art{title: "Enkäten", text: "Svaren redovisas efter könet och åldern."},
		art{title: "Gården", text: "Tanken på gården var full, men tanken kom aldrig."},
		art{title: "Debatten", text: "En tanke slog honom: beredskapen är en tankes sak."},
		art{title: "Bilen", text: "Han fyllde en tank och två dunkar."},
	)
	f.wantTitles(t, Request{Q: "kö"}, []string{"Apoteket", "Macken"})
	f.wantTitles(t, Request{Q: "könet"}, []string{"Apoteket", "Enkäten", "Macken"})
	f.wantTitles(t, Request{Q: "tank"}, []string{"Bilen", "Gården"})
	f.wantTitles(t, Request{Q: "tanke"}, []string{"Bilen", "Debatten", "Gården"})
}
