package search

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/lagesbild/lagesbild/dbtest"
	"github.com/lagesbild/lagesbild/ingest"
)

// The judged evaluation (testdata/judged/corpus_*.json, written by another
// hand than the analysis: invented corpora on health care, water, schools and
// transport, each with queries an analyst would type, the articles a careful
// reader expects (relevant) and those that must not come back (must_not)).
// Each query is run through Search, all hits, and through PostgreSQL's
// 'swedish' full-text search on the same articles when
// LAGESBILD_TEST_DATABASE_URL is set. Figures: mean recall, complete queries
// (recall 1), trap hits (must_not ids returned) and nDCG@10 (binary gains).
//
//	go test ./search/ -run TestJudged -v
//
// heldOut is kept out of tuning: its misses are never printed, only its
// figures. transport was chosen before any corpus was seen; energy (a storm
// and a long power outage, 100 articles and 40 queries) was written and
// judged by another hand after the third round of rules, and first run
// against them when they were done: nothing has been tuned on it. fire (a
// forest fire in Värmland, 120 articles and 56 queries, many of them traps
// between nouns and verbs, written and judged by a third hand that never
// read the analysis) was first run held out, on 2026-12-06 against the rules
// of the third session (recall 0.971, 6 trap hits), then once more after the
// nouns left the verbs (0.969, 3 trap hits); it became a tuning corpus on
// 2026-12-06. cyber (a ransomware attack on a region's IT, 105 articles and
// 64 queries, 19 of them traps) was written the same way by a fourth hand
// while fire was tuned on, and first run the same day: 0.981 and 12 trap
// hits on the third session's rules, 0.981 and 4 after the nouns left the
// verbs, 0.981 and 4 after the second round (fire's classes): besöka for
// besök, lösa and löser for lösen, filar for fil. cyber became a tuning
// corpus on 2026-12-06 after the second round, with its held-out figures
// 0.981 and 4 trap hits. food (a listeria and salmonella outbreak from a
// producer for Halland's school kitchens and care homes, 125 articles and 66
// queries, 14 of them traps) and flood (a cloudburst and river flood in
// Medelpad, 129 articles and 65 queries, 14 traps) were written and judged
// by a fifth and a sixth hand on 2026-12-06 without reading the analysis;
// their first runs, held out, against the rules of 4c99d94: food 0.973 and
// 2 trap hits, flood 0.982 and 9 (bench/RESULTS.md).
// food became a tuning corpus later that day, after one more run held out
// (0.979 and 2), flood at once. animal (African swine fever among wild boar
// and pig farms in Östergötland, then bird flu on poultry farms, 130
// articles and 65 queries, 15 traps) and bribe (a bribery and procurement
// scandal in a municipality of southern Dalarna and its housing company,
// 118 articles and 67 queries, 16 traps) were written and judged by a
// seventh and an eighth hand on 2026-12-06 without reading the analysis;
// their first runs, held out, against the rules after food's round: animal
// 0.995 and 7 trap hits, bribe 0.936 and 7 (bench/RESULTS.md). Both became
// tuning corpora at once. disinfo (a foreign influence and disinformation
// campaign against Region Norrbotten and its municipalities around the 2026
// election, 117 articles and 65 queries, 14 traps) was written and judged
// by a ninth hand on 2026-12-06 without reading the analysis; its first
// run, held out, against the rules after round five: 0.972 and 3 trap hits.
// It became a tuning corpus at once. medicine (a shortage of medicines in
// Region Skåne, 125 articles, 65 queries), oil (an oil spill off the
// Bohuslän coast, 127 and 65) and prison (an escape from Anstalten Kumla,
// 123 and 65) were written and judged by a tenth, an eleventh and a twelfth
// hand on 2026-12-06 without reading the analysis; their first runs, held
// out, against MappingVersion 14: medicine 0.995 and 2 trap hits, oil 0.981
// and 5, prison 0.959 and 0 (bench/RESULTS.md). All three became tuning
// corpora at once.
// chemical (a chemical-plant fire in Karlshamn's harbour), winter (a
// snowstorm and cold spell in Västernorrland and Jämtland) and bridge (the
// closure and partial collapse of a bridge in Umeå), 123-126 articles and 65
// queries each, were written and judged by three more hands on 2026-12-06
// without reading the analysis; their first runs, held out, against
// MappingVersion 20: chemical 0.957 and 3 trap hits, winter 0.988 and 3,
// bridge 0.969 and 8 (14 over 195 queries, against 67 and 40 in rounds
// eight and nine). All three became tuning corpora at once.
// mine (a collapse in an iron-ore mine in Gällivare), payment (three days
// without card payments and BankID) and derail (a freight train with
// dangerous goods derailed at Laxå), 121-130 articles and 65 queries each,
// were written and judged by three more hands on 2026-12-06 without reading
// the analysis; their first runs, held out, against MappingVersion 30: mine
// 0.982 and 14 trap hits, payment 0.998 and 6, derail 0.985 and 9. mine and
// derail became tuning corpora; payment stays held out, its misses unseen.
// gale (an autumn storm over southern Götaland and Kalmar län, 124
// articles) and ward (a closed maternity ward and overcrowded emergency
// care in Västra Götaland, 123), 65 queries each, by two more hands on
// 2026-12-06; their first runs, held out, against MappingVersion 34: gale
// 0.981, 62 complete, 5 trap hits; ward 0.965, 58, 8. Both became tuning
// corpora. drought (a summer drought on Gotland and Öland, 123 articles) and
// shooting (a wave of shootings and explosions in suburbs of Uppsala and
// Stockholm, 125), 65 queries each, by two more hands at the ninth
// session's end; their first runs, against MappingVersion 38: drought
// 1.000, 63 complete, 4 trap hits; shooting 0.989, 61, 2. Both stay held
// out, their misses unseen. dam (a spring flood breaks an old dam on Ljusnan,
// 120 articles) and tunnel (a bus fire in Norra länken, 126), 65 queries
// each, by two more hands at the tenth session's start; first runs, against
// MappingVersion 38: dam 0.990, 62 complete, 3 trap hits; tunnel 1.000, 65,
// 12. dam stays held out; tunnel became a tuning corpus. crowd (a crowd
// crush at a festival in Slottsskogen, Göteborg, 118 articles) and sewage
// (a sewer main bursts under Mälaren at Västerås, 120), 65 queries each, by
// two more hands at the eleventh session's start; first runs, against
// MappingVersion 41: crowd 0.975, 60 complete, 13 trap hits; sewage 0.997,
// 64, 4. crowd became a tuning corpus; sewage stays held out. avalanche
// (an avalanche at Åre, 120 articles) and election (unopened ballots after
// a municipal election in Norrköping, 126), 65 queries each, by two more
// hands; first runs, against MappingVersion 43: avalanche 0.993, 63
// complete, 6 trap hits; election 0.990, 61, 3. avalanche became a tuning
// corpus; election stays held out. ammonia (an ammonia leak in Helsingborg's
// harbour, 117 articles) and eldercare (neglect at a care home in
// Sundsvall, 120), 65 queries each, by two more hands; first runs, against
// MappingVersion 44: ammonia 0.978, 61 complete, no trap hit; eldercare
// 0.981, 62, 4. eldercare became a tuning corpus; ammonia stays held out.
// icestorm (freezing rain over Dalarna and Gävleborg, 113 articles) and
// dataleak (a school platform leaks protected pupils' data, 115), 65
// queries each, by two more hands at the session's end; first runs,
// against MappingVersion 45: icestorm 0.985, 62 complete, no trap hit;
// dataleak 0.989, 63, 1. Both stay held out. tbe (tick-borne encephalitis
// around Mälaren, 115 articles) and buscrash (a school bus off the E4 by
// Hudiksvall, 121), 65 queries each, by two more hands while a review of
// the session's rules by another hand was mended: tbe, against
// MappingVersion 46 and the review's mends, 0.990, 61 complete, 17 trap
// hits (vide 10: a child named Vide with no surname; bar 6: bara); it
// became a tuning corpus (17 → 2). buscrash, against MappingVersion 47,
// 0.997, 63, 3; held out. wildfire (a forest fire in Västmanland and
// Dalarna, 127 articles) and pension (pension fraud in Skåne and Blekinge,
// 117), 65 queries each, by two more hands at the session's very end;
// first runs, against MappingVersion 47: wildfire 0.990, 64 complete, 10
// trap hits; pension 0.993, 62, 6. wildfire's misses were then read, so it
// counts as a tuning corpus (9 of its 10 are lågorna finding låg, lågt; a
// rule that kept a noun in -a apart from the adjective of its stem took
// them to 1 but split 15 of the dictionary's paradigms at the base form,
// platta from plattan: not kept); pension stays held out. Round nineteen:
// roof read as tuning (its capitalised name queries), outage held out.
// Round twenty: unrest held out, missing read; twenty-one: gotland read,
// threat seen once (tuning).
var heldOut = map[string]bool{"transport": true, "energy": true, "payment": true, "drought": true, "shooting": true,
	"dam": true, "pharmacy": true, "sewage": true, "election": true, "ammonia": true, "icestorm": true, "dataleak": true, "buscrash": true, "pension": true,
	"outage": true,
	"unrest": true, "tram": true, "smoke": true,
	"sinkhole": true, "fraud": true,
	"hospital": true, "harbour": true,
	"rail": true,
	"wolf": true, "bridgefire": true,
	"algae": true, "norovirus": true, "blast": true,
	"vaccine": true, "hail": true, "lift": true,
	"tuberculosis": true,
	"pollen":       true,
	"reindeer":     true,
	// Round thirty-three (2026-12-08): three corpora by new hands, held out
	// on their first run against MappingVersion 77, to tell whether the
	// tuning rounds generalise: fuel 0.980, 60 of 65 complete, 6 trap hits;
	// gas 0.996, 62, 0; rabies 0.997, 62, 0 (PostgreSQL's swedish: 0.786,
	// 0.744, 0.754). Fuel was read as tuning after that run; MappingVersion
	// 78 (traktor, liter and meter, beredskapsansvarige, kö and kön, tanke)
	// took it to 0.998, 64 complete, no trap hit, and five other tuning
	// corpora and two held out one query more complete each.
	"gas": true, "rabies": true}

// Floors: the test fails below them; set just under the figures of
// 2026-12-05 night (tuning 0.991 and no trap hit over 106 queries; held out
// 0.972 and 3 over 75: transport 0.980 and 1, and energy 0.964 and 2 — on
// its first run against the rules it had 3, one a phrase across the end of
// a title, which no longer matches), so that a change that loses recall or
// lets traps in fails. Raised 2026-12-06 when a verb's forms left the noun
// that shares its letters and el- compounds split: tuning 0.997, held out
// 0.981 and no trap hit (transport 0.980, energy 0.981); with fire held out
// too, 0.976 and 3 (all fire's). Raised again 2026-12-06 with fire a tuning
// corpus, after its misses and traps were closed by classes of the
// dictionary (strong verbs apart from the noun of their stem, short nouns'
// plurals in -r, the definite -n after a vowel, compound parts the
// dictionary attests): tuning 1.000 (161 of 162 complete) and no trap hit,
// held out 0.985 and none over 75 (transport 0.989, energy 0.981); with
// cyber held out, 0.983 and 4 over 139 (all cyber's). Set again 2026-12-06
// with cyber a tuning corpus, after its two classes (a weak verb declined
// only in -nde apart from its noun, a first part listed with its linking
// -s-): tuning 0.997 over 226 (cyber 0.991) and 3 trap hits, all cyber's
// (lösa and löser for lösen, filar for fil: see bench/RESULTS.md); held
// out 0.985 and none (transport 0.989, energy 0.981). Set again 2026-12-06
// after round four, flood a tuning corpus: tuning 0.998 over 291 and 6 trap
// hits (filar for fil, a verb's present and the tool's plural alike; the
// surname Strand for stränder, four times; dammsugare for damm, dust's
// compound); held out 0.982 and 2 over 141, both food's, which had 0.973
// and 2 before the round (transport 0.989, energy 0.981, food 0.979). Set
// again 2026-12-06 with food a tuning corpus too, after its classes (köks-
// is kök + s, hälso- and gatu- link hälsa and gata, överlever is a verb's,
// myndigheterna an -het noun's): tuning 0.997 over 357 and 7 trap hits
// (the six above and pålägger, the verb pålägga's present, for the noun
// pålägg); held out 0.985 and none over 75. Set again 2026-12-06 after
// round five (animal and bribe tuning corpora): tuning 0.994 over 489 and 9
// trap hits (the seven above, and svinnet, the waste, for svin twice: the
// dictionary lacks svinn); held out 0.985 and none over 75. pålägger left
// the noun pålägg (lägga's particle verbs): 8 trap hits. Round six
// (disinfo a tuning corpus): tuning 0.994 over 554 and the same 8; held out
// 0.985 and none over 75. Set again after a review of the three rounds
// found them splitting ordinary words (svenska from svensk, leda from
// leder, börja from började, handla from handlar): the rule for nouns in -a
// withdrawn and the verb rule narrowed, tuning 0.993 over 554 and 15 trap
// hits (pumpa for pump, hyr/hyrde for hyra three times, hälsade for hälsa
// twice, ilsken for ilska come back: a noun in -a and a verb that share
// their letters, which one stem per word cannot keep apart without knowing
// which the bare -a is); held out 0.985 and none. Round seven (medicine,
// oil and prison tuning corpora after their first runs): tuning 0.994 over
// 749 and 17 trap hits (the 15 above; skära, to cut, for the skerry skär,
// and tonen, the tone, for the weight ton, both oil's); held out 0.985 and
// none. A review of round seven by ordinary words found its rule for nouns
// in -e (fiske apart from fisk) taking valen to vale, skotten to skotte,
// liket to like and splitting värde from värden, and its rule for nouns in
// -et of their own (dosett apart from dos) taking planet from plan and
// leaving disk to split as di + sken: both withdrawn, and with them fisk's
// three trap hits for fiske and dosett's two for dos came back (tuning
// 0.991 over 749, 22 trap hits; held out 0.985 and none). Round eight
// (2026-12-06, the seventh session): drone (drones over Landvetter, Ringhals
// and the naval bases, 130 articles, 65 queries), landslide (a landslide in
// the Göta älv valley, 129 and 65) and strike (a nurses' and midwives'
// strike in Västerbotten and Norrbotten, 128 and 65), written and judged by
// three more hands without reading the analysis, first run held out against
// MappingVersion 15: drone 0.989, 61 complete, 9 trap hits; landslide 0.983,
// 60, 37 (32 of them villa, whose stem was vill); strike 0.952, 56, 21.
// After round eight's classes (vilja's forms, numerals, nouns in -else,
// -ens and -ast, a word of the list in -an, -are nouns as first parts):
// tuning 0.989 over 944 and 48 trap hits (strike 20, of them fäder for
// fara's far 9 and akuten for the adjective akut 7); held out 0.985 and none.
// After the review of round eight (fängelset, viljan, fyran, gisslans,
// influens): tuning 0.990 and 48, held out 0.985 and none. With fara apart
// from far (fäder's nine): tuning 0.990 and 39, held out 0.985 and none.
// Round nine, the same day: measles (a measles outbreak in Järva, Uppsala
// and Västerås, 110 articles, 65 queries), heatwave (heat and drought on
// Gotland and in Kalmar län, 122 and 65) and ferry (an archipelago ferry
// aground and on fire near Möja, 120 and 65), by three more hands, first
// run held out against MappingVersion 18: measles 0.990, 63 complete, 10
// trap hits; heatwave 0.974, 60, 28 (sinar for the pronoun sin, sina 16;
// vete for vet 6); ferry 0.968, 62, 2. After round nine's classes (böra's
// and veta's forms, ordinals whole, the umlaut nouns as heads): tuning
// 0.988 over 1,139 and 64 trap hits (heatwave 22), held out 0.985 and none.
// With stop words as terms of their own kind (=sina): tuning 0.988 and 47
// (heatwave 5), held out 0.985 and none.
// Round ten (chemical, winter, bridge tuning corpora, MappingVersion 22:
// short adjectives' neuter, -ern words, doubled m, imperatives): tuning
// 0.988 over 1,334 and 61 trap hits; held out 0.990 and none (koncern and
// the adjectives' neuter reached two more of transport's and energy's).
// Names that are words (MappingVersion 25: Cecilia Strand, Axel Lindgren
// kept apart from stränder, axlar): tuning 54 trap hits, recall unchanged.
// nuclear (an incident at Ringhals, 128 articles, 65 queries), written and
// judged by one more hand, first run held out against MappingVersion 26:
// 0.996, 63 complete, 4 trap hits (Björn Strand three times: a surname
// after a given name the dictionary also lists, which a bug in nameMarks
// missed; hälsade for hälsa). A tuning corpus at once: tuning 0.988 over
// 1,399 queries and 55 trap hits. The verbs' and adjectives' paradigms
// (MappingVersion 28: drabbats, öppet, säkert, hållbara): tuning 0.989,
// 1,349 complete (1,346), 55 trap hits. legionella (an outbreak in
// Jönköping, 123 articles, 65 queries; its hand had seen commit messages
// about names), first run held out against MappingVersion 29: 0.982, 63
// complete, 22 trap hits (the query strand found the surname of Ingrid
// Strand 16 times: every query word asked for its name; liv, Liv Sandberg
// 5). MappingVersion 30: only a word written with a capital asks for the
// name, and man after a determiner (en man, min man) is the noun: tuning
// 0.989 over 1,464 queries, 1,411 complete, 62 trap hits (legionella's
// liv 5, hälsade 1, Strand at a sentence's start 1); held out 0.995, 73
// complete, none. With mine and derail as tuning corpora and payment held
// out (their first runs, MappingVersion 30): tuning 0.988 over 1,594, 1,533
// complete, 85 trap hits; held out 0.996 over 140, 136 complete, 6.
// MappingVersion 31 (from mine and derail: Per Malm, Stig Andersson, Vagn
// Ekdahl, enligt Frost; kamrarna, växlarna, godståg): tuning 0.990, 1,540
// complete, 58 trap hits (derail none, mine 2); held out 0.997, 136, 6.
// MappingVersion 32 (a person's name alone after the text gave it, at a
// sentence's start too): tuning 57 trap hits, held out 5. With gale and
// ward as tuning corpora (their first runs, MappingVersion 34): tuning
// 0.989 over 1,724, 1,660 complete, 70 trap hits. MappingVersion 35 (names
// that are no word but share a word's stem kept whole: Folke, Kalle,
// Majorna, Nicklas): 62 trap hits, the rest the same. MappingVersion 36
// (stolpar is stolpe's, läns län's): 1,663 complete, 63 trap hits (droppar,
// droppe's plural, now meets dropp as droppe always did). MappingVersion
// 37-38 (be- and -al no parts; a linking -e- before a long last word:
// barnmorske + mottagning): 1,665 complete. Held out with drought and
// shooting: 0.995 over 270, 260 complete, 11 trap hits. With tunnel as a
// tuning corpus and dam held out (their first runs, MappingVersion 38):
// tuning 0.990 over 1,789, 1,730 complete, 75 trap hits; held out 0.994
// over 335, 322 complete, 14. MappingVersion 39 (the title read with its
// article, Rut, Bergen in a sentence's middle): tuning 66 trap hits (tunnel
// 12 → 5), held out 12 (dam 3 → 1, by rules made from tunnel), the rest
// the same. quarry (a blast at a limestone quarry by Skövde, 126 articles)
// and pharmacy (a cyber attack on a pharmacy chain's prescriptions, 118),
// 65 queries each, by two more hands; first runs, against MappingVersion
// 39: quarry 0.994, 63 complete, 6 trap hits; pharmacy 0.992, 62, 4.
// quarry became a tuning corpus, pharmacy stays held out. MappingVersion
// 40 (a surname after a given name the list knows is the person's in the
// headline before it: Falk bryter tystnaden … Sten Falk): quarry 6 → 2,
// pharmacy 4 → 1 (held out, its misses unseen); tuning 0.990 over 1,854,
// 1,793 complete, 68 trap hits; held out 0.994 over 400, 384, 13.
// MappingVersion 41 (a strong verb apart from its noun in -a: spricker,
// sprack, spruckit are spricka the verb's, not sprickor's; sticker):
// tuning 63 trap hits (bridge, landslide, quarry 2, measles), the rest the
// same. With crowd tuning and sewage held out (first runs above): tuning
// 0.989 over 1,919, 1,853 complete, 76 trap hits; held out 0.994 over 465,
// 448, 17. MappingVersion 42 (a place's genitive heads an organisation's
// name: Göteborgs Stad; a title before a given name is no part of a name;
// Bror, common given names the list lacks; -ande of a verb kept apart from
// its noun: stigande; a noun's own -et: parkett, raket; passives in -s of
// such verbs: låsas): crowd 13 → 0, sewage 4 → 3 (held out, unseen),
// tuning 0.990 over 1,919, 1,856 complete, 59 trap hits; held out 0.994
// over 465, 448, 16. MappingVersion 43 (the names of streets, places and
// waters end in their noun: Linnégatan, Kanholmsfjärden; an adjective's -e
// and -a forms keep its parts): compound recall 0.980 → 0.987, tuning 0.991,
// 1,861 complete, 59 trap hits; held out 0.995, 450, 16. With avalanche
// tuning and election held out: tuning 0.991 over 1,984, 1,924 complete,
// 65 trap hits; held out 0.995 over 530, 511, 19. MappingVersion 44 (a
// capitalised word before kommun or län names a place: Bergs kommun is
// no berg): tuning 63 trap hits, the rest the same. With eldercare tuning
// and ammonia held out: tuning 0.991 over 2,049, 1,986 complete, 67 trap
// hits; held out 0.993 over 595, 572, 19. MappingVersion 45 (anmälan meets
// anmälningarna, privat privata; ros is the rose; Ros-Marie a name):
// tuning 0.992, 1,992 complete, 65 trap hits; held out 0.994, 573, 20
// (sewage 3 → 4: a rule's cost on a corpus whose misses are unseen). With
// icestorm and dataleak held out too: 0.993 over 725, 698 complete, 21.
// MappingVersion 47 (the review's mends; a given name that is a word,
// capitalised mid-sentence, is a name without a surname: Vide; bara is no
// bar), with tbe tuning and buscrash held out: tuning 0.992 over 2,114,
// 2,053 complete, 67 trap hits; held out 0.993 over 790, 761, 24. With
// wildfire and pension held out: 0.993 over 920, 887 complete, 40.
// With wildfire tuning: tuning 0.992 over 2,179, 2,117 complete, 77 trap
// hits; held out 0.993 over 855, 823, 30. Round nineteen's first runs at
// MappingVersion 47: outage 0.985, 58 of 65 complete, 2 trap hits; roof
// 0.989, 61, 58 (its name queries, Vilja, Ros, Frost, written with a
// capital). MappingVersion 48 (such a word asks for the name only, a
// sentence's start keeping word and name both; common surnames are names
// in a sentence's middle; a facility's name ends in its building,
// Kronanhallen; kyrko- links kyrka; länge and längs are no längd), with
// roof tuning and outage held out: tuning 0.992 over 2,244, 2,180
// complete, 96 trap hits (roof 19: Kronan the place for kronor, 15; lag
// the law for laget, the team, 3; fara the verb for faran); held out
// 0.992 over 920, 881, 29 (outage 2 → 0; its misses were printed once, by
// a baseline run that did not yet hold it out: nothing was made from them).
// A review by another hand then found what a phone user would meet (Ström
// typed with a capital found the surname only; "Inga skadade" lost the
// mid-sentence inga; Säpo with compounds lost säpochefen; a surname after
// a bar or a bracket); mended: the name alone only for a query's word on
// its own, phrases and compound parts as before, no adjective (Frank,
// Klara) taken for a name, a bar, a bracket and a spaced dash begin anew.
// Round twenty's first runs (unrest, missing), against these rules unseen:
// unrest 0.963, 60 of 65 complete, 4 trap hits; missing 0.976, 62, 23 —
// and against the rules with the capitalised word asking for word and
// name (MappingVersion 47's way, tried in the same minute): the same
// recall, 34 and 31 trap hits. Held out now 0.989 over 1,050, 1,003, 56.
// Round twenty-one's first runs, unseen: gotland 0.997, 64 complete, 20
// trap hits; threat 0.994, 63, 13. Then missing and gotland were read as
// tuning corpora, and threat's misses were printed once by a baseline run
// that did not hold it out (nothing was made from them; it counts as tuning
// since). MappingVersion 49 (timmar is timme's, mossar mosse's, kassar
// kasse's; the plurals' genitives the list has meet their plurals: dagars,
// timmars; common surnames Skog, Sjö; Sjö- before a hyphen is no name):
// tuning 0.992 over 2,439, 2,371 complete, 136 trap hits (gotland's
// fåren for the verb får, 10; a rule that took får for få's present
// everywhere but after a number took them to 0 and put fick's and får's
// compounds on the verb: not kept); held out 0.990 over 985, 942, 34.
// Round twenty-two's first runs against MappingVersion 49, held out: smoke
// 0.987, 63 complete, 38 trap hits (its hand marked homographs by sense:
// gift, halt, kol, vår); tram 0.997, 64, 6. Held out 0.991 over 1,115,
// 1,069, 78.
// Round twenty-three, first runs against MappingVersion 49 under the
// brief as written (no names or homographs asked for): fraud 1.000, 65
// complete, no trap hit; sinkhole 0.994, 61, none; birdflu 0.982, 62, 7
// (read as tuning since: änder for ända, hälsa for hälsade, sjö for
// Sjögren, tjänst for förtjänst, skal for skala). After MappingVersion 50:
// tuning 0.992 over 2,504, 2,436, 129; held out 0.991 over 1,245, 1,196, 76.
// Then, first runs against MappingVersion 50: quake 0.999, 64, 8 (read as
// tuning: dammet for dammar, the dust for the dams; pipa for pipade; djupet
// for djupa; rör for röra), hospital 0.996, 63, 2 and harbour 0.985, 62, 7
// (held out). Tuning 0.992 over 2,569, 2,500, 137; held out 0.991 over
// 1,375, 1,321, 85. A form in -et of a noun the list has as common gender
// only (dammet: not damm's) kept whole took quake's four to none and lost
// the base damm for dammet and quarry's dust: not kept. Round twenty-four,
// first runs against MappingVersion 50: rail 0.999, 64, 3 (held out);
// mould 0.995, 62, 10 (read as tuning: lokalerna for lokala, vite for vita,
// lister for lista, mattan for matte, damm for dammen, tak and lärare
// inside compounds). With MappingVersion 51 (a neuter noun in -e keeps its
// -e where its stem is another word: vite, rike, värde): tuning 0.992 over
// 2,634, 2,563, 144 (147 before); held out 0.991 over 1,440, 1,384, 84 (88
// before; one query fewer complete). MappingVersion 52 (a noun and
// adjective's adjective-only forms apart: lokala, lokalt; akuta): tuning
// 137 trap hits, held out unchanged (84). Round twenty-five, first runs
// against MappingVersion 53, held out: wolf 0.982, 61, 31 (its texts' får
// every one the verb, its query fåren); bridgefire 0.996, 62, 1. Then
// MappingVersion 54 (får on its own the verb, the noun after a number, a
// determiner, a genitive or an adjective; made from gotland's fåren, a
// tuning corpus): tuning 0.992 over 2,634, 2,562, 126; held out 0.991 over
// 1,570, 1,507, 92 (wolf 31 → 7). Round twenty-six, first runs against
// MappingVersion 56 (its analysis 55's), held out: algae 0.999, 63, 2;
// blast 0.997, 62, 0; norovirus 1.000, 65, 5 — held out 0.992 over 1,765,
// 1,697, 99. Round twenty-seven (fifteenth session), first runs against
// MappingVersion 57 (its analysis 55's): flight 0.982, 59, 9; pfas 0.996,
// 62, 5; telecom 0.999, 64, 6 (PostgreSQL's swedish: 0.769, 0.695, 0.793).
// All three read as tuning since: tuning 0.992 over 2,829, 2,744, 146;
// held out 0.992 over 1,765, 1,697, 99. MappingVersion 58 (byte and vete
// kept apart from the verbs byta and veta that the list has bare; råda's
// and byta's forms; unge's forms apart from ung; a noun in -a whose stem is
// a neuter noun keeps its -a where that splits no verb: träda, röra apart
// from träd, rör, not pipa, driva; Mats before a surname at a sentence's
// start is the name): tuning 0.992, 2,747, 132; held out 0.992, 1,697, 94.
// Round twenty-eight, first runs against MappingVersion 58, held out:
// heating 0.995, 63, 3; methanol 0.981, 62, 0; surge 0.997, 61, 3
// (PostgreSQL's swedish: 0.654, 0.755, 0.740) — held out 0.992 over 1,960,
// 1,883, 100. All three read as tuning since: tuning 0.992 over 3,024,
// 2,933, 138. MappingVersion 59 (öga's and öra's forms: ögat, ögonen; an
// indeclinable adjective in -a apart from the noun of its stem: udda, not
// udden; nutida, not nutid): tuning 0.993, 2,934, 137; held out unchanged.
// Tried and not kept: the -a rule of 58 for a stem that is a noun of
// either gender (dyna apart from dyn, 3 trap hits fewer in tuning, one
// held out) split svenska, danska, tyska from svensk and fälla's verb.
// Round twenty-nine, first runs against MappingVersion 59, held out and
// kept so (nothing of them read): hail 0.999, 63, 0; lift 0.983, 61, 1;
// vaccine 0.986, 62, 0 (PostgreSQL's swedish: 0.792, 0.717, 0.654) — one
// trap hit over 195 fresh queries. Held out 0.992 over 1,960, 1,883, 95.
// Rounds thirty and thirty-one (2026-12-07): tuberculosis (held out) first
// ran 0.968, 61 of 65 complete, 2 trap hits against MappingVersion 61, and
// pollen (held out) 0.987, 61, 0 against 67; erosion 0.989 / 1,
// barkbeetle 0.985 / 4, iceaccident 0.973 / 0 and ambulance were read as
// tuning. MappingVersions 61–69 (trap classes of the tuning corpora: nouns
// that share a stem, a verb's present that a noun shares, an adjective's
// -a that a verb spells, -ande nouns, damm) took tuning trap hits 137 → 78
// and held out 95 → 71 (pollen and tuberculosis in) with recall unchanged
// (0.993, 0.992). Round thirty-two: reindeer (held out) first ran 0.993,
// 63 of 65, 4 trap hits against MappingVersion 70; radon (0.995, 2) and
// cruise (0.989, 4) read as tuning (71: surname-shaped words whole, hyrt
// back apart from hyra). At 71: tuning 0.993 and 77 trap hits over 3,414
// queries, held out 0.992 and 75 over 2,155.
// LAGESBILD_JUDGED_SHOW=<corpus> prints a
// held-out corpus's misses for whoever grades; whoever tunes must not look.
var judgedFloors = map[bool]struct {
	recall float64
	traps  int
}{
	false: {recall: 0.990, traps: 85},
	true:  {recall: 0.988, traps: 78},
}

type judgedCorpus struct {
	Articles []struct {
		ID        string    `json:"id"`
		Outlet    string    `json:"outlet"`
		Kind      string    `json:"kind"`
		Published time.Time `json:"published"`
		Title     string    `json:"title"`
		Text      string    `json:"text"`
	} `json:"articles"`
	Queries []judgedQuery `json:"queries"`
}

type judgedQuery struct {
	ID        string   `json:"id"`
	Q         string   `json:"q"`
	Compounds bool     `json:"compounds"`
	Category  string   `json:"category"`
	Relevant  []string `json:"relevant"`
	MustNot   []string `json:"must_not"`
}

// judgedScore sums the figures of some queries.
type judgedScore struct {
	n, complete, traps int
	recall, ndcg       float64
}

func (s *judgedScore) add(q judgedQuery, ranked []string) (recall float64, traps []string, missed []string) {
	got := map[string]bool{}
	for _, id := range ranked {
		got[id] = true
	}
	rel := map[string]bool{}
	for _, id := range q.Relevant {
		rel[id] = true
		if !got[id] {
			missed = append(missed, id)
		}
	}
	for _, id := range q.MustNot {
		if got[id] {
			traps = append(traps, id)
		}
	}
	recall = 1
	if len(q.Relevant) > 0 {
		recall = float64(len(q.Relevant)-len(missed)) / float64(len(q.Relevant))
	}
	var dcg, idcg float64
	for i, id := range ranked[:min(10, len(ranked))] {
		if rel[id] {
			dcg += 1 / math.Log2(float64(i+2))
		}
	}
	for i := range min(10, len(q.Relevant)) {
		idcg += 1 / math.Log2(float64(i+2))
	}
	ndcg := 1.0
	if idcg > 0 {
		ndcg = dcg / idcg
	}
	s.n++
	s.recall += recall
	s.ndcg += ndcg
	s.traps += len(traps)
	if len(missed) == 0 {
		s.complete++
	}
	return recall, traps, missed
}

func (s judgedScore) String() string {
	if s.n == 0 {
		return "no queries"
	}
	return fmt.Sprintf("%3d queries  recall %.3f  complete %3d  trap hits %2d  nDCG@10 %.3f",
		s.n, s.recall/float64(s.n), s.complete, s.traps, s.ndcg/float64(s.n))
}

func loadJudged(t *testing.T) map[string]*judgedCorpus {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "judged", "corpus_*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no judged corpora in testdata/judged: %v", err)
	}
	out := map[string]*judgedCorpus{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c judgedCorpus
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		name := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), "corpus_"), ".json")
		out[name] = &c
	}
	return out
}

// judgedEngine runs one query and returns the ids of all hits, best first.
type judgedEngine func(q judgedQuery) ([]string, error)

func TestJudged(t *testing.T) {
	corpora := loadJudged(t)
	names := make([]string, 0, len(corpora))
	for n := range corpora {
		names = append(names, n)
	}
	sort.Strings(names)
	withPG := os.Getenv(dbtest.TestDatabaseEnv) != ""

	type total struct{ ours, pg judgedScore }
	totals := map[bool]*total{false: {}, true: {}}
	byCategory := map[string]*total{}
	var report strings.Builder
	for _, name := range names {
		// A subtest each: the corpus's databases close when it is done (one
		// PostgreSQL schema and its connections at a time).
		t.Run(name, func(t *testing.T) {
			c := corpora[name]
			held := heldOut[name]
			engines := map[string]judgedEngine{"ours": bleveEngine(t, c)}
			if withPG {
				engines["pg"] = pgEngine(t, c)
			}
			var ours, pg judgedScore
			for _, q := range c.Queries {
				cat := byCategory[q.Category]
				if cat == nil {
					cat = &total{}
					byCategory[q.Category] = cat
				}
				ranked, err := engines["ours"](q)
				if err != nil {
					t.Errorf("%s %q: %v", q.ID, q.Q, err)
					continue
				}
				recall, traps, missed := ours.add(q, ranked)
				totals[held].ours.add(q, ranked)
				cat.ours.add(q, ranked)
				if (!held || os.Getenv("LAGESBILD_JUDGED_SHOW") == name) && (recall < 1 || len(traps) > 0) {
					t.Logf("%s %-10s %q compounds=%v: recall %.2f, missed %v, trap hits %v", q.ID, q.Category, q.Q, q.Compounds, recall, missed, traps)
				}
				if withPG {
					ranked, err := engines["pg"](q)
					if err != nil {
						t.Errorf("postgres %s %q: %v", q.ID, q.Q, err)
						continue
					}
					pg.add(q, ranked)
					totals[held].pg.add(q, ranked)
					cat.pg.add(q, ranked)
				}
			}
			label := name
			if held {
				label += " (held out)"
			}
			fmt.Fprintf(&report, "%-22s ours %s\n", label, ours)
			if withPG {
				fmt.Fprintf(&report, "%-22s pg   %s\n", "", pg)
			}
		})
	}
	fmt.Fprintf(&report, "%-22s ours %s\n", "tuning corpora", totals[false].ours)
	if withPG {
		fmt.Fprintf(&report, "%-22s pg   %s\n", "", totals[false].pg)
	}
	fmt.Fprintf(&report, "%-22s ours %s\n", "held out", totals[true].ours)
	if withPG {
		fmt.Fprintf(&report, "%-22s pg   %s\n", "", totals[true].pg)
	}
	cats := make([]string, 0, len(byCategory))
	for c := range byCategory {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		fmt.Fprintf(&report, "%-22s ours %s\n", "  "+c, byCategory[c].ours)
		if withPG {
			fmt.Fprintf(&report, "%-22s pg   %s\n", "", byCategory[c].pg)
		}
	}
	t.Log("\n" + report.String())

	for held, tot := range totals {
		if tot.ours.n == 0 {
			continue
		}
		floor := judgedFloors[held]
		if r := tot.ours.recall / float64(tot.ours.n); r < floor.recall {
			t.Errorf("held out=%v: mean recall %.3f, floor %.3f", held, r, floor.recall)
		}
		if tot.ours.traps > floor.traps {
			t.Errorf("held out=%v: %d trap hits, at most %d", held, tot.ours.traps, floor.traps)
		}
	}
}

// bleveEngine indexes the corpus and answers through Index.Search, all
// hits by relevance.
func bleveEngine(t *testing.T, c *judgedCorpus) judgedEngine {
	f := newFixture(t)
	for _, a := range c.Articles {
		f.add(art{guid: a.ID, outlet: a.Outlet, kind: ingest.Kind(a.Kind), published: a.Published, title: a.Title, text: a.Text})
	}
	f.catchUp()
	return func(q judgedQuery) ([]string, error) {
		var ids []string
		for page := 1; ; page++ {
			res, err := f.idx.Search(f.ctx, Request{Q: q.Q, Compounds: q.Compounds, Sort: SortRelevance, Size: MaxSize, Page: page})
			if err != nil {
				return nil, err
			}
			for _, h := range res.Hits {
				ids = append(ids, strings.TrimPrefix(h.URL, "https://nyheter.example/"))
			}
			if len(res.Hits) < MaxSize {
				return ids, nil
			}
		}
	}
}

// pgEngine loads the corpus into PostgreSQL and answers with its 'swedish'
// text search configuration: the query's words, phrases and operators
// become tsqueries (plainto_tsquery, phraseto_tsquery, a prefix with :*),
// outlet and kind filters plain comparisons, ranked by ts_rank_cd.
// Compounds have no counterpart.
func pgEngine(t *testing.T, c *judgedCorpus) judgedEngine {
	gdb := dbtest.OpenTestPostgres(t, nil)
	db, err := gdb.DB()
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if _, err := db.ExecContext(ctx, `CREATE TABLE judged (id text PRIMARY KEY, outlet text, kind text,
		title text, body text,
		tsv_title tsvector GENERATED ALWAYS AS (to_tsvector('swedish', title)) STORED,
		tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('swedish', title), 'A') || setweight(to_tsvector('swedish', body), 'B')) STORED)`); err != nil {
		t.Fatal(err)
	}
	for _, a := range c.Articles {
		if _, err := db.ExecContext(ctx, `INSERT INTO judged (id, outlet, kind, title, body) VALUES ($1, $2, $3, $4, $5)`,
			a.ID, a.Outlet, a.Kind, a.Title, a.Text); err != nil {
			t.Fatal(err)
		}
	}
	return func(q judgedQuery) ([]string, error) {
		n, err := ParseQuery(q.Q)
		if err != nil {
			return nil, err
		}
		var args []any
		where := pgWhere(n, &args)
		var words []string
		pgPositive(n, &words)
		args = append(args, strings.Join(words, " or "))
		rows, err := db.QueryContext(ctx, fmt.Sprintf(`SELECT id FROM judged WHERE %s
			ORDER BY ts_rank_cd(tsv, websearch_to_tsquery('swedish', $%d)) DESC, id`, where, len(args)), args...)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", where, err)
		}
		defer rows.Close()
		var ids []string
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				return nil, err
			}
			ids = append(ids, id)
		}
		return ids, rows.Err()
	}
}

// pgWhere translates a parsed query into a WHERE clause over judged.
func pgWhere(n Node, args *[]any) string {
	arg := func(v any) string {
		*args = append(*args, v)
		return fmt.Sprintf("$%d", len(*args))
	}
	col := func(field string) string {
		if field == "title" {
			return "tsv_title"
		}
		return "tsv"
	}
	switch v := n.(type) {
	case nil:
		return "TRUE"
	case Word:
		if v.Prefix {
			w := strings.Map(func(r rune) rune {
				if strings.ContainsRune("&|!():*'\\<> ", r) {
					return -1
				}
				return r
			}, v.Text)
			return fmt.Sprintf("%s @@ to_tsquery('swedish', %s)", col(v.Field), arg(w+":*"))
		}
		return fmt.Sprintf("%s @@ plainto_tsquery('swedish', %s)", col(v.Field), arg(v.Text))
	case Phrase:
		return fmt.Sprintf("%s @@ phraseto_tsquery('swedish', %s)", col(v.Field), arg(v.Text))
	case Filter:
		switch v.Field {
		case "outlet":
			return "lower(outlet) = lower(" + arg(v.Value) + ")"
		case "kind":
			return "kind = " + arg(v.Value)
		}
		return "FALSE"
	case Not:
		return "NOT (" + pgWhere(v.X, args) + ")"
	case And:
		parts := make([]string, len(v.Xs))
		for i, x := range v.Xs {
			parts[i] = "(" + pgWhere(x, args) + ")"
		}
		return strings.Join(parts, " AND ")
	case Or:
		parts := make([]string, len(v.Xs))
		for i, x := range v.Xs {
			parts[i] = "(" + pgWhere(x, args) + ")"
		}
		return strings.Join(parts, " OR ")
	}
	return "FALSE"
}

// pgPositive collects the words a query asks for (not those under NOT), for
// ranking.
func pgPositive(n Node, words *[]string) {
	switch v := n.(type) {
	case Word:
		*words = append(*words, v.Text)
	case Phrase:
		*words = append(*words, `"`+v.Text+`"`)
	case And:
		for _, x := range v.Xs {
			pgPositive(x, words)
		}
	case Or:
		for _, x := range v.Xs {
			pgPositive(x, words)
		}
	}
}

// TestJudgedAlikeByPairsAndPositions: every judged query finds the same
// articles in a month's index as it is made (a phrase in the text by the
// words' positions) and once the month is built again with the text's word
// pairs (pairMonth), over all the corpora, held out ones included: the
// two ways must not differ in what they find, only in their speed.
func TestJudgedAlikeByPairsAndPositions(t *testing.T) {
	corpora := loadJudged(t)
	names := slices.Sorted(maps.Keys(corpora))
	phrases := 0
	for _, name := range names {
		c := corpora[name]
		f := newFixture(t)
		for _, a := range c.Articles {
			f.add(art{guid: a.ID, outlet: a.Outlet, kind: ingest.Kind(a.Kind), published: a.Published, title: a.Title, text: a.Text})
		}
		f.catchUp()
		found := func(q judgedQuery) []string {
			var urls []string
			for page := 1; ; page++ {
				res, err := f.idx.Search(f.ctx, Request{Q: q.Q, Compounds: q.Compounds, Sort: SortNewest, Size: MaxSize, Page: page})
				if err != nil {
					t.Fatalf("%s %s %q: %v", name, q.ID, q.Q, err)
				}
				for _, h := range res.Hits {
					urls = append(urls, h.URL)
				}
				if len(res.Hits) < MaxSize {
					return urls
				}
			}
		}
		byPositions := make([][]string, len(c.Queries))
		for i, q := range c.Queries {
			byPositions[i] = found(q)
			if strings.Contains(q.Q, `"`) {
				phrases++
			}
		}
		f.pairClosedMonths()
		for i, q := range c.Queries {
			if got := found(q); !slices.Equal(got, byPositions[i]) {
				t.Errorf("%s %s %q: by pairs %d articles, by positions %d", name, q.ID, q.Q, len(got), len(byPositions[i]))
			}
		}
		f.idx.Close()
		f.idx = nil
	}
	t.Logf("%d corpora, %d queries with a phrase among them", len(names), phrases)
}
