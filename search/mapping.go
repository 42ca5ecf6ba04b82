package search

import (
	"fmt"
	"github.com/lagesbild/lagesbild"
	"slices"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // Europe/Stockholm also where the system has no zoneinfo

	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"

	"github.com/lagesbild/lagesbild/ingest"
)

// MappingVersion names the shape of the index: fields, their options and the
// analysis chain. Raise it with every change to mapping.go or analysis.go
// that changes what is indexed; an index built under another version (or
// another word list, see WordsFingerprint) is rebuilt from the
// database when it is opened.
const MappingVersion = 78 // 4: issue 14, third round (lexicalised and frozen compounds kept whole, nouns in -s, -ad, -at); the text's word pairs for phrases. 5: no pair across a sentence, a line or the title's end. 6: a verb's forms apart from a noun that shares its letters (värma, värmer: not värme), el- compounds split. 7: a strong verb apart from the noun of its stem (flyga, flyger: not flyg), short nouns' plurals in -r (skor, kor), the definite -n after a vowel (nivån), names kept whole (Lindt), vägarna with väg. 8: compound parts that are words of the dictionary's making (no va in skriva, no gift in avgiften, no barn in -bombarna), a noun + verb compound split (brandhärjade: brand, härja), isbanan is isbana's. 9–10: a compound the list has ends in its noun though the noun ends no other (grustäkt: täkt), läro + bok in läroböcker; gud + s in gudstjänst, no particle verb split as a noun's (förstumma). 11: a first part listed with its linking -s- stems as its noun (säkerhets-: säker). 12: a weak verb declined only in -nde apart from the noun of its stem (besöka, besöker: not besök), besöken no bes + öken. 13: a noun in -a apart from the word of its stem (villa: not vill; läckan: not läckte), nouns in -or (datorn), plural genitives (människors), sommar/somrar, brodern, brista apart from brist, lösen apart from lösa, skydds + vallar, köks- as kök + s, hälso- and gatu- as hälsa and gata, myndigheterna; -het and -iker nouns apart from their adjective and -ik noun, deponent verbs, a verb of a noun in -a (mutade, hälsade), -man compounds, vänner, gässen, bostäder, hyres-, mut-, jaktresan, lägga and its particle verbs (pålägger, tillägger: not pålägg, tillägg), verbal nouns in -an (påverkan), irregular comparatives (lägre), kontona, seger, orden. 14: from the review: the noun-in-a rule withdrawn (it split svenska, långa, leda from their own forms), a verb form apart from its noun in -a only where the list lacks the verb (mutade), segrar as seger only, -iker presents of verbs (avviker), -het nouns of a listed adjective are not split (erfarenhet), -ande stays with Snowball, hyres + värd, läggas, äldres. 15: round seven (medicine, oil, prison) after its review: an adjective's neuter in -lt, -nt, -rt (särskilt: särskild), the irregular verbs (gick, gått: gå; valde, vald: välja), comparatives and superlatives with their positive (lägre, lägsta: låg; större: stor), sjöss, olje- as olja, a name of the list with an s as a compound's first part (Bohuskusten: kust). 16: round eight (drone, landslide, strike): vilja's forms (vill is no villa), numerals whole (fyra is no fyr), nouns in -else whole (händelse is no händer), nouns of the list in -ens and -ast keep it (konsekvens, konsekvenser), a word of the list in -an is no definite (spontan, orkan), -are nouns as first parts (drönar-: drönare). 17: from the review of round eight: fängelset with fängelse, vill and viljan with vilja (vilj), fyran and fyror with fyra, the genitive of a kept -an word (gisslans), influens apart from influensa. 18: a noun in -a whose stem is an umlaut noun's singular keeps its -a (fara, faran, faror apart from far, fäder). 19: round nine (measles, heatwave, ferry): böra's and veta's forms (borde is no bord, vet no vete), ordinals whole (fjärde is no fjärd), the umlaut nouns as compound heads (familjemor). 20: stop words are terms of their own kind (=sina), apart from every content word's stem (sinar is no sin, kund no kunde). 21: the short adjectives' neuter in -t with the adjective (stort: stor, nytt: ny, rött: röd, sant: sann) where the dictionary makes it and it is no other word's form (vänt is vända's). 22: round ten (chemical, winter, bridge): nouns and adjectives in -ern keep it (cistern, koncern, modern: not cist, konc, mod), a noun's doubled m undoubles beside a verb of its letters (strömmen, skummet: ström, skum), a verb's imperative is the verb's where its forms are kept apart from a noun's (stäng: stänga). 23: from the dictionary's own paradigms (every noun's forms it makes, stemmed): a listed noun's plural in -er is no compound ending in a noun in -er (journalister, turister, kontakter: not journal + ister, kont + akter), a listed noun in -as keeps it (databas, naturgas, testfas). 24: the paradigms' second pass: a simple noun's definite plural in -arna before an agent noun's (delarna: del, not delare; ungdomarna), listed nouns in -es keep it (hypotes, diabetes), Latin nouns in -ium and -eum meet their forms (gymnasiet, museet: not mus). 25: names that are words of the language, in the middle of a sentence, are terms of their own (^strand for Cecilia Strand, ^axel for Axel: not stränder's nor axlar's), where the dictionary lists the name or it is a surname after a given name; a query word also asks for the name. 26: from a review of 21–25 by another hand: inför, framför are no imperatives, -lager compounds keep their syncope (vapenlager is no vapenlag's plural), rekordhett is rekordhet's and hett hetta's, no 4-letter -ium stem ends a compound (komedi has no medi). 27: a surname after a given name that is also a word (Björn Strand) is a name too: nameMarks read the capitals before marking any. 28: the dictionary's verbs and adjectives: a weak verb's passive supine is the verb's (drabbats, evakuerats: drabba, evakuera), adjectives in -en, -el, -er that drop their e meet their forms (öppen, öppet, öppna; säker, säkert, säkra; not a participle, not a noun's definite: fallet), adjectives in -bar keep it (hållbar, hållbara). 29: from a second review: a strong verb's participle is no such adjective (skjuten, knivstucken, försvunnen keep their parts and their -na forms), no third n, tränger stays tränga's, över is no adjective of övre. 30: only a query word written with a capital asks for the name (Strand; strand asks for the word), and man after a determiner is the noun (en man har gripits: män). 31: round twelve (mine, derail): a given name that is a word (Per, Sten, Vagn, Liv) before a capitalised word is a name, at a sentence's start too, and a surname the text has given a person is a name where it stands alone in a sentence (enligt Frost); kammare and hammare meet their plurals (kamrar), växlarna is växel's, a listed compound of a productive first part of four letters and a last word of three is split (godståg), -vis ends no compound (stegvis), a participle in -erad has no part rad (landbaserad). 32: a name the text has given a person (a surname after a given name, a given name that is a word) is a name wherever it stands alone after that, a sentence's start included (Frost säger, – Sten har). 33: from the review of round twelve: kammare's and hammare's forms on kammar, hammar (apart from kamrer and the verb hamra), no -vis adverb is a compound (månadsvis, gruppvis). 34: a given name before a particle and a capitalised word (Sten af Klercker, Liv de Geer), and Mark, Harry as given names. 35: a name the list has as a name only, whose stem is a word's and which is no form of that word (Folke: folk, Kalle: kall, Majorna: maj, Nicklas: nickel), is kept whole where written with a capital, and asks for itself whole in a query however written. 36: a noun in -e's plural in -ar is the noun's, not a verb's present (stolpar: stolpe, not stolpa; fångar, droppar), läns is län's genitive. 37: the verbs' prefix be- and the adjectives' -al are no compound parts (beslut, beredskap, bekostnad, kommunal), rapport is no rap + port. 38: a noun in -a's linking -e- before a last word of six letters or more is a split beside the longer word its letters make (barnmorskemottagningen: mottagning). 39: round fourteen (tunnel): the title is read with its article (a given name the body gives a person is a name in the headline, and anywhere in the text: Stig, 61, räddade … Stig Almqvist); a given name that is no word but a word's stem is a name (Rut: ^rut, not ruta's); a name that is a form of a word (Bergen, Polen, Mats, Boden) is the name in the middle of a sentence, unless an adjective's (Stora torget) or a compound's (Socialdemokraterna); a word of the list is no genitive of a name (Klass is no Klas's). 40: round fifteen (quarry): a surname after a given name the list knows is the person's in the headline before it too (Falk bryter tystnaden … Sten Falk) 41: a strong verb whose forms the list has beside a noun in -a of the infinitive's letters is a lemma of its own (spricker, sprack, spruckit, sprucken: spricka the verb, not sprickor; dricker, sticker, hinner, springer), the infinitive the noun's unless after att or an auxiliary (kan spricka), and a query's infinitive asks for both 42: round sixteen (crowd): a capitalised word after a place's genitive heads an organisation's name and is no surname (Göteborgs Stad, Skultorps Kalk), a title at a sentence's start is no part of the name after it (Kammaråklagare Malin Lind), Bror is a name (no bröder), common given names the list lacks count as given names (Malin, Erik, Karin), the -ande forms of a verb kept apart from its noun are the verb's (stigande: stiga, not stig), a noun's own -et or -ett stays (raket, parkett, kassett: no rak, park, kass), a passive in -s of such a verb is the verb's (låsas, samlades), and -ad participles of a noun + verb split (brandskadad) 43: the name of a street, a place or a water ends in the noun it is named as after a first part the list does not know (Linnégatan: gata, Skuleskogen: skog, Kanholmsfjärden: fjärd), and an adjective's definite and plural forms keep the adjective's parts (säkerhetsansvarige, brandfarliga) 44: round seventeen (avalanche): a capitalised word before kommun, län, socken or församling names a place (Bergs kommun: ^berg, not berg's) 45: round eighteen (eldercare): the verbal nouns in -an meet their plurals in -ningar (anmälan, anmälningarna; ansökan, önskan, förväntan, inbjudan), an adjective in -at its declined forms (privat, privata: priv), a verb's contracted passive is no form of it (ros, hos: not roa's, hoa's), ros is a word of the list (the dictionary lacks it), and each part of a double given name joined by a hyphen is a name (Ros-Marie) 46: from the session's last read: a contracted passive whose verb ends in å, ä or ö before its -a (tås: tåa) is no form of it either, as ros is not roa's 47: from a review of 41-46 by another hand and tbe's first run: a genitive of a noun in -e is no passive (mötes, kväves), the -ningar forms of a verbal noun in -an keep a compound's parts (polisanmälningar: polis, anmälan), a participle in -ande that andeOfApartVerb takes ends no compound (ordförande has no ord), a given name that is a word, capitalised in a sentence's middle, is a name without a surname (Vide), bara is no bar 48: round nineteen (roof): a query's word on its own written with a capital that is more often a name than the word (a given name, a name of the dictionary but an adjective, a common surname: Vilja, Ros, Frost) asks for the name only (in a phrase both, with compounds the word's parts too), and the text keeps such a word at a sentence's start as word and name both (the pairs of phrases too); a common surname in a sentence's middle is a name without a given name (enligt Frost), a bar, a bracket or a spaced dash beginning anew; Säpo:s is Säpo's; a facility's name ends in its building after a first part the list does not know (Kronanhallen: hall; Hummelliften: lift); kyrko- and the other -o- beginnings the list has link their noun in -a (kyrkoval: val, no oval); länge and längs are no längd 49: round twenty-one (missing, gotland): a noun in -e's plural in -ar is the noun's beside a word in -a of its letters (timmar: timme, not timma; mossar: mosse; kassar: kasse), the plurals' genitives the list has meet their plurals (dagars, timmars, veckors; not stackars), Skog and Sjö are common surnames, and a capitalised word before a hyphen (Sjö- och flygräddningscentralen) is a compound's part, no name 50: round twenty-two (birdflu): hälsa's verb forms apart from the noun (hälsade, hälsar: not health), döda is död's plural (döda fåglar) and dödade the verb's, änder alone is and's plural (not ända, not a present at a word's end: använder), a name is split only where it ends in a noun's definite form (Skolverket, Vombsjön: sjö) and a surname in -gren is not (Sjögren has no sjö), förtjänst is no tjänst 51: round twenty-four (mould): a neuter noun in -e whose stem is another word of the list keeps its -e (vite, vitet: not vit, vita; rike: not rik; värde: not värd; märke, sikte, mode, bete) 52: a word the list has as a noun and an adjective alike (lokal, mobil, publik, sund, värd) indexes the adjective-only forms apart (lokala, lokalt: lokala); the base asks for both, a noun's form (lokalerna) not for the adjective 53: from a last read of 50–52 over the list's 1.9 million forms: the stem of a neuter in -e kept apart (rik of rike, värd of värde) still ends compounds (framgångsrik, prisvärd), as the list's flag on the noun said 54: får on its own is the verb få's present, the noun (sheep) after a number, a determiner, a genitive or an adjective's -a (tre får, ett får, bondens får, döda får); a query's får asks for both 55: får's reading made where man's is (nameMarks), from the word before it in the same sentence only (Det var tre. Får vi: the verb) 56: the facet and sort fields' DocValues stored without compression (plainDocValues) 57: 56 withdrawn: with zap's uncompressed DocValues the demo's index counted facets wrong (kind facet summing to more than the hits); the DocValues compressed again 58: round twenty-seven (flight, pfas, telecom): a neuter noun in -e whose stem is a verb the list has bare keeps its -e (byte, vete: not byter, bytte, veta), and a name that is also a form of a word is a name at a sentence's start before a surname (Mats Öhrn: not mat); råda's and byta's forms the verbs', unge's apart from ung; a noun in -a whose stem is a neuter noun keeps its -a where that splits no verb (träda, röra: not träd, rör) 59: round twenty-eight (heating, methanol, surge): öga's and öra's forms meet (ögat, ögon, ögonen: öga), an indeclinable adjective in -a the list has bare is kept apart from the noun of its stem (udda: not udd, udden; nutida: not nutid) 60: finnas's and finna's forms are the verbs' (fanns and fann are no fan) 61: from the tuning corpora's trap hits: a noun of common gender keeps apart from the noun in -a of its stem (dyn, dyna; kopp, koppor; not sock, socka), gate from gata, skare from skara, tomte from tomt, ton (the weight) from tonen, the flame's lågorna from låg, knappt from knapp, gifte from gift; åker, lever, leder on their own the verbs' (the nouns' after a determiner: min åker), akut on its own the adjective 62: a street's name ends in its street after a first part the list has too (Solvägen, Dynvägen: väg), and an adjective's form in -a that a first-conjugation verb spells alike is the adjective's (mjuka, klara, snabba, trygga: mjuk …), the verb's after att or an auxiliary (kan klara), a query's asking for both 63: a pronoun's gender and number forms are one stop term (sitt, sina: =sin; inga, inget: =ingen), so that a phrase finds its words with the pronoun's other form ("lämna sina hem": lämna sitt hem) 64: a noun of five letters or more that the dictionary does not flag as a compound's end ends a compound of words the list lacks, or after a first part of four letters or more (stormhyggena: hygge; kyrkoherden: herde; not företag: för + etage), and ekar are ek's (oaks), no eka's present 65: a noun in -ande the list declines as a noun of its own (överklagande, meddelande, uttalande, yttrande, sökande) and its forms are kept apart from the verb (överklagandet is no överklaga), as evakuering is from evakuera; a participle's verbal noun (agerande) stays the verb's 66: docka apart from dock (however), lista from list (a strip), the snowdrifts' drivor from driver, fiske from fisk 67: damm's two nouns keep their own forms (dammet: dust; dammen, dammar: a dam), the bare damm either's, a query's bare damm asking for both; a closed form's definite stem ends compounds (kraftverksdammen) 68: a noun in -o meets its plural in -or (skridskor: skridsko; not finskor, lottor: finska, lotta), torka's verb forms apart from the drought (torkar, torkade), hyra's past and supine with hyr (hyrt, hyrde), Falu is Falun 69: turas (om) is a deponent verb, no tur 70: mosse (mossen, mossar) apart from mossa (mossan, mossor), matte (matten) from matta 71: a capitalised word that no list word or name spells and that ends as Swedish surnames do (Hejdström, Klintberg) is kept whole, no compound of ström; har mätt is mäta's supine; hyrt and hyrde back with the participle (hyrd), not with hyra (a rent), which three hands' queries meant 72: a month's index is made without the text's word pairs, the text's words keeping their positions for phrases, and built again with the pairs once the month is closed (pairMonth): indexing at the speed of the words alone 73: bror is a word of the list (the dictionary has only the given name), so that a search for bror or bröder does not ask for Bror Sandell 74: hyr and hyrs, the verb hyra's present, go with its past and supine (hyrd), apart from the rent (hyra, hyran, hyror); a phrase's hyra asks for the verb too 75: dom is the spoken pronoun (de, dem) where the words around it make it one (– Dom sa, för dom som, att dom ska), a stop term apart from the noun (en fällande dom) 76: lag's two nouns keep their own forms (laget: a team; lagar, lagarna: laws), the shared lag and lagen either's, as damm's 77: dom reads the word before it within the sentence as nameMarks reads every sentence (a spaced dash begins anew too) 78: round thirty-three (fuel read as tuning after its first run): a listed noun in -or whose letters before it are a noun's is a noun of its own where it begins compounds or ends as the Latin agent nouns do (traktor, sektor: no trakt, sekt), the measures in -meter and -liter keep their -er (liter, litern, litrarna: no lite, liten; kilometer) where the list has no syncope noun (parameter), an unlisted adjective compound's definite and plural forms keep its parts (beredskapsansvarige), kö and kön (the queue, sex) keep their own forms and share kön, tanke (a thought) is no tank, and a query's tanke asks for the tank's tanken and tankar too

// mappingFingerprint is what the index stores under keyMapping.
func mappingFingerprint() string {
	fp := fmt.Sprintf("%d/%s", MappingVersion, WordsFingerprint)
	if mappingWithoutParts {
		fp += "/noparts"
	}
	return fp
}

// mappingWithoutParts indexes no compound parts; a benchmark sets it to
// measure what they cost.
var mappingWithoutParts = false

// Stockholm is the time zone in which days begin and end: the date filters,
// the day facet and the day keyword.
var Stockholm = lagesbild.Stockholm

// Field names in the index.
const (
	fieldTitle     = "title"      // analysed (sv, with compound parts), stored, term vectors (phrases)
	fieldText      = "text"       // analysed (sv, with compound parts), stored
	fieldTextPairs = "text_pairs" // the text's pairs of adjacent words (PairAnalyzerName), term vectors (phrases)
	fieldURL       = "url"        // stored only
	fieldOutlet    = "outlet"     // keyword, stored, DocValues (facet)
	fieldOutletKey = "outlet_key" // lower-cased outlet, for outlet:"radio väst"
	fieldKind      = "kind"       // keyword, stored, DocValues (facet)
	fieldTopic     = "topic"      // keyword per monitored topic id, DocValues (facet)
	fieldPublished = "published"  // datetime, stored, DocValues (sort)
	fieldPubDay    = "pday"       // number: days since 1970-01-01 in Stockholm (date filters)
	fieldDay       = "day"        // keyword YYYY-MM-DD in Stockholm, DocValues (day facet)
	fieldStory     = "story"      // keyword: near-duplicate group
	fieldFeed      = "feed"       // keyword: feed id
)

// NewMapping returns the mapping of a closed month's index, whose phrases
// in the text are looked up among the text's word pairs (newMapping).
func NewMapping() mapping.IndexMapping { return newMapping(true) }

// newOpenMonthMapping is the mapping a month's index is created with: the
// text's words with their positions, no word pairs (newMapping).
func newOpenMonthMapping() mapping.IndexMapping { return newMapping(false) }

// newMapping returns an index mapping: a lean one (see
// shared/notes/search-performance.md). Nothing goes to _all, nothing is
// dynamic, text fields have no DocValues, every facet and sort field has
// them, and keyword filters skip frequencies and norms.
//
// The text's phrases come one of two ways. With pairs, the text is indexed
// a second time as its pairs of adjacent words, with their positions, and
// the text's own words without theirs: a phrase over three years at
// 1,000,000 articles reads the few documents that hold its rare pairs
// (p99 52 ms against 135–148 by the words' positions, bench/RESULTS.md).
// Without, the words keep their positions and the pairs are not made: the
// pairs' dictionary (nearly a new term for every word of every article) was
// half of indexing's cost (BenchmarkIndex 1,300 against 2,500–3,500
// articles/s). So a month's index is made without the pairs and takes the
// articles as they come; once the month is closed, its index is built
// again with them (pairMonth, compact.go). A phrase in the text asks each
// month's index in its own way (textPhraseQuery).
func newMapping(pairs bool) mapping.IndexMapping {
	analysed := func(name, analyzer string, store, vectors bool) *mapping.FieldMapping {
		return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: analyzer,
			Index: true, Store: store, IncludeTermVectors: vectors}
	}
	kw := func(name string, store, docValues bool) *mapping.FieldMapping {
		return &mapping.FieldMapping{Name: name, Type: "text", Analyzer: keyword.Name,
			Index: true, Store: store, DocValues: docValues, SkipFreqNorm: true}
	}
	prop := func(fields ...*mapping.FieldMapping) *mapping.DocumentMapping {
		dm := mapping.NewDocumentStaticMapping()
		dm.Fields = fields
		return dm
	}

	doc := mapping.NewDocumentStaticMapping()
	// Term vectors hold positions: phrase queries need them on the title
	// and on the text's word pairs, which answer a phrase in the text (see
	// pairFilter), or, where there are no pairs, on the text's own words.
	// Snippets are built by re-analysing the stored text of the returned
	// page only (highlight.go), so nothing else needs them.
	sv := AnalyzerName
	if mappingWithoutParts {
		sv = noPartsAnalyzerName
	}
	doc.AddSubDocumentMapping(fieldTitle, prop(analysed(fieldTitle, sv, true, true)))
	if pairs {
		doc.AddSubDocumentMapping(fieldText, prop(analysed(fieldText, sv, true, false),
			analysed(fieldTextPairs, PairAnalyzerName, false, true)))
	} else {
		doc.AddSubDocumentMapping(fieldText, prop(analysed(fieldText, sv, true, true)))
	}
	doc.AddSubDocumentMapping(fieldURL, prop(&mapping.FieldMapping{Name: fieldURL, Type: "text", Store: true}))
	outletKey := kw(fieldOutletKey, false, false)
	outletKey.Analyzer = KeyLowerAnalyzerName
	doc.AddSubDocumentMapping(fieldOutlet, prop(kw(fieldOutlet, true, true), outletKey))
	doc.AddSubDocumentMapping(fieldKind, prop(kw(fieldKind, true, true)))
	doc.AddSubDocumentMapping(fieldTopic, prop(kw(fieldTopic, false, true)))
	doc.AddSubDocumentMapping(fieldPublished, prop(&mapping.FieldMapping{Name: fieldPublished, Type: "datetime",
		Index: true, Store: true, DocValues: true}))
	doc.AddSubDocumentMapping(fieldPubDay, prop(&mapping.FieldMapping{Name: fieldPubDay, Type: "number", Index: true}))
	doc.AddSubDocumentMapping(fieldDay, prop(kw(fieldDay, false, true)))
	doc.AddSubDocumentMapping(fieldStory, prop(kw(fieldStory, true, false)))
	doc.AddSubDocumentMapping(fieldFeed, prop(kw(fieldFeed, false, false)))

	im := mapping.NewIndexMapping()
	im.DefaultMapping = doc
	im.DefaultAnalyzer = AnalyzerName
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	return im
}

// hasPairs tells whether an index of mapping m holds the text's word pairs
// (newMapping).
func hasPairs(m mapping.IndexMapping) bool {
	im, ok := m.(*mapping.IndexMappingImpl)
	if !ok || im.DefaultMapping == nil {
		return false
	}
	text := im.DefaultMapping.Properties[fieldText]
	return text != nil && slices.ContainsFunc(text.Fields, func(f *mapping.FieldMapping) bool {
		return f.Name == fieldTextPairs
	})
}

// docID is the Bleve document id of an article: its database id.
func docID(id int64) string { return strconv.FormatInt(id, 10) }

// dayNumber counts days from 1970-01-01 to the Stockholm date of t.
func dayNumber(t time.Time) int64 {
	y, m, d := t.In(Stockholm).Date()
	return dateNumber(y, m, d)
}

func dateNumber(y int, m time.Month, d int) int64 {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix() / 86400
}

// titleOnItsLine is the article's text with its title on a line of its
// own: ingest joins them with a space, and the title rarely ends with a
// full stop, so a phrase could run from the title's last word into the
// text's first (sentenceGaps).
func titleOnItsLine(a *ingest.Article) string {
	t := strings.TrimSpace(a.Title)
	if t != "" && strings.HasPrefix(a.Text, t+" ") {
		return t + "\n" + a.Text[len(t)+1:]
	}
	return a.Text
}

// document is what the index holds for one article. topics are the ids of
// the monitored topics it matches (nil until a TopicSource gives them).
func document(a *ingest.Article, topics []int64) map[string]any {
	local := a.PublishedAt.In(Stockholm)
	doc := map[string]any{
		fieldTitle:     a.Title,
		fieldText:      titleOnItsLine(a),
		fieldURL:       a.URL,
		fieldOutlet:    strings.TrimSpace(a.Outlet),
		fieldKind:      string(a.Kind),
		fieldPublished: a.PublishedAt.UTC(),
		fieldPubDay:    float64(dayNumber(a.PublishedAt)),
		fieldDay:       local.Format(time.DateOnly),
		fieldFeed:      strconv.FormatInt(a.FeedID, 10),
	}
	if a.StoryKey != "" {
		doc[fieldStory] = a.StoryKey
	}
	if len(topics) > 0 {
		ts := make([]string, len(topics))
		for i, t := range topics {
			ts[i] = strconv.FormatInt(t, 10)
		}
		doc[fieldTopic] = ts
	}
	return doc
}
