#!/usr/bin/env python3
"""Builds corpus_animal.json and corpus_animal.md from animal_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 animal_build.py [-v]
"""

import fire_build
from animal_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "avlivning": dict(
        probe=r"avliv",
        rel=S("avlivning avlivningen"),
        comp=S("avlivningsmetoden"),
        no=S("avliva avlivade avlivas avlivat avlivats"),
    ),
    "slakteri": dict(
        probe=r"slakt",
        rel=S("slakteri slakteriet slakterierna"),
        no=S("slaktas"),
        nei=S("slakt slakten slaktgrisar"),
    ),
    "export": dict(
        probe=r"export",
        rel=S("export exporten"),
        comp=S("exportmarknader exportmarknaderna"),
        no=S("exporterar"),
    ),
    "jägare": dict(
        probe=r"j[äa]gar",
        rel=S("jägare jägaren jägarna"),
        comp=S("jägareförbundet"),
        no=S("jagar"),
    ),
    "besättning": dict(
        probe=r"besätt",
        rel=S("besättning besättningar besättningen"),
        comp=S("grisbesättning gåsbesättning"),
    ),
    "sanering": dict(
        probe=r"saner",
        rel=S("sanering saneringen"),
        comp=S("saneringsföretag"),
        no=S("sanerade saneras"),
    ),
    "restriktion": dict(
        probe=r"restrikt",
        rel=S("restriktioner restriktionerna"),
        comp=S("restriktionszoner"),
        no=S("restriktiv restriktiva"),
    ),
    # --- syncope ---
    "kadaver": dict(
        probe=r"kadav",
        rel=S("kadaver kadavret kadavren"),
        comp=S("vildsvinskadaver"),
    ),
    "stängsel": dict(
        probe=r"stängs",
        rel=S("stängsel stängslet stängslen"),
        comp=S("viltstängsel"),
        no=S("stängs"),
    ),
    "foder": dict(
        probe=r"fod[er]",
        rel=S("foder fodret"),
        comp=S("foderbil foderbilen foderbolag foderlager foderlagret foderpriser"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        comp=S("höstmörkret mörkerseende"),
        no=S("mörka mörkt"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        comp=S("handelshinder"),
        no=S("hindra"),
    ),
    "handel": dict(
        probe=r"handel|handl",
        rel=S("handeln"),
        comp=S("handelshinder"),
        no=S("handlar"),
        nei=S("behandling förhandla förhandling upphandlat värmebehandlat"),
    ),
    # --- umlaut ---
    "and": dict(
        probe=r"änder|^and$|^änd|gräsand",
        rel=S("änder"),
        comp=S("gräsand gräsänder vildänder"),
        no=S("ändrade ändrat"),
        nei=S("använder länder länderna nederländerna vänder ändå"),
    ),
    "gås": dict(
        probe=r"g[åäa]s",
        rel=S("gås gåsen gäss gässen"),
        comp=S("grågäss gåsbesättning gåsbonde gåsgården gåsuppfödare gåsuppfödaren mårtensgåsen"),
        no=S("gas gasen biogas"),
        nei=S("frågas svagaste tidigast troligaste tvingas vanligaste viktigaste"),
    ),
    "bonde": dict(
        probe=r"bond|bönd",
        rel=S("bonden bönder bönderna"),
        comp=S("grisbonde grisbonden grisbönder grisbönderna gåsbonde"),
    ),
    "land": dict(
        probe=r"^l[aä]nd|l[aä]nder",
        rel=S("landet landets länder länderna"),
        comp=S("landsbygden landsbygdens landsbygdsministern"),
        dc=S("landskapet nederländerna"),
    ),
    # --- compounds ---
    "svin": dict(
        probe=r"svin",
        rel=S("svin svinen"),
        comp=S("svinpest svinpesten tamsvin tamsvinen vildsvin vildsvinen vildsvinsjakten vildsvinskadaver "
               "vildsvinsstammen"),
        no=S("svinnet"),
        nei=S("försvinner"),
    ),
    "zon": dict(
        probe=r"zon",
        rel=S("zon zonen zonerna"),
        comp=S("hygienzon restriktionszoner skyddszon skyddszonen övervakningszon övervakningszonen"),
    ),
    "jakt": dict(
        probe=r"jakt",
        rel=S("jakt jakten"),
        comp=S("andjakten jaktlaget jaktledare jaktledaren jakttid jakttider jakttorn vildsvinsjakten"),
    ),
    "bygd": dict(
        probe=r"bygd",
        rel=S("bygden bygder"),
        comp=S("bygdegårdarna bygdegården landsbygden landsbygdens landsbygdsministern"),
    ),
    "lada": dict(
        probe=r"lad[auo]",
        rel=S("lada ladan lador"),
        comp=S("hölada ladugårdar ladugården"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("djurhälsa djurhälsovården folkhälsa hälsoläget"),
        dc=S("ohälsa ohälsan vilthälsoexpert"),
        no=S("hälsade"),
    ),
    "minne": dict(
        probe=r"minn",
        rel=S("minnet"),
        comp=S("mannaminne"),
        no=S("minns påminner"),
    ),
    "djur": dict(
        probe=r"djur",
        rel=S("djur djuren djurens djuret"),
        comp=S("betesdjur djurhälsa djurhälsovården djursjukdom djursjukdomar djurskydd djurskyddsorganisationer "
               "djurvän djurägare djurägaren rådjur tamdjur"),
    ),
    # --- traps ---
    "hund": dict(
        probe=r"hund",
        rel=S("hund hundar hundarna hunden"),
        comp=S("hundförare hundförarna hundägare sökhundar sökhundarna"),
        no=S("hundra hundratals hundratusentals tvåhundra"),
    ),
    "stall": dict(
        probe=r"st[aä]ll",
        rel=S("stall stallar stallarna stallet"),
        comp=S("grisstallet"),
        no=S("ställa ställdes ställer stället verkställer installerade anställda beställningarna"),
    ),
    "grav": dict(
        probe=r"grav",
        rel=S("grav graven gravar gravarna"),
        comp=S("massgrav"),
        no=S("gravid begravt"),
    ),
    "spärr": dict(
        probe=r"spärr",
        rel=S("spärr spärrar spärrarna"),
        no=S("spärrade avspärrad avspärrat"),
    ),
    "bete": dict(
        probe=r"^bete|betet$|^beten$|betedd|^beter",
        rel=S("bete"),
        comp=S("betesdjur"),
        no=S("betedde beteendet"),
        nei=S("arbetet"),
    ),
    "oro": dict(
        probe=r"oro",
        rel=S("oro oron"),
        no=S("oroad oroande oroar orolig oroliga"),
    ),
    "sorg": dict(
        probe=r"sorg|sörj",
        rel=S("sorg sorgen"),
        no=S("sorgligt sörjer"),
        nei=S("djurskyddsorganisationer livsmedelsförsörjning livsmedelsförsörjningen"),
    ),
    "ilska": dict(probe=r"ilsk", rel=S("ilska ilskan"), no=S("ilsken ilskna")),
    "ekonomi": dict(
        probe=r"ekonom",
        rel=S("ekonomi ekonomin"),
        no=S("ekonomer ekonomisk ekonomiska"),
    ),
    "katastrof": dict(probe=r"katastrof", rel=S("katastrof"), no=S("katastrofal")),
    "fälla": dict(
        probe=r"f[äa]ll[aode]|fällt|fäller",
        rel=S("fällan fällor fällorna"),
        no=S("fällda fällde fällt fällts"),
        nei=S("bortfallet fallen prisfallet produktionsbortfallet"),
    ),
    "politik": dict(
        probe=r"politi",
        rel=S("politik politiken"),
        no=S("politikerna politisk"),
    ),
    # --- words of phrases, booleans and filters ---
    "afrikansk": dict(probe=r"afrikan", rel=S("afrikansk afrikanska")),
    "svinpest": dict(probe=r"svinpest", rel=S("svinpest svinpesten")),
    "ersättning": dict(
        probe=r"ersätt|ersatt",
        rel=S("ersättning ersättningen"),
        no=S("ersätta ersätter ersätts"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "förbud": dict(probe=r"förbud", rel=S("förbud förbudet")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "död": dict(probe=r"^död|^dött$", rel=S("döda"), nei=S("dödlig")),
    "vildsvin": dict(
        probe=r"vildsvin",
        rel=S("vildsvin vildsvinen"),
        comp=S("vildsvinsjakten vildsvinskadaver vildsvinsstammen"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "griskött": dict(probe=r"griskött", rel=S("griskött")),
    "psykisk": dict(probe=r"psykisk", rel=S("psykisk psykiska")),
    "ohälsa": dict(probe=r"ohäls", rel=S("ohälsa ohälsan")),
    "stat": dict(probe=r"^stat", rel=S("staten statens"), comp=S("statsbudgeten statsveterinär")),
    "ansvar": dict(probe=r"ansvar", rel=S("ansvar ansvaret"), nei=S("ansvarar")),
    "vaccin": dict(
        probe=r"vaccin",
        rel=S("vaccin"),
        nei=S("vaccination vaccinera vaccinerade vaccinerar vaccinering"),
    ),
    "fågelinfluensa": dict(probe=r"fågelinfluens", rel=S("fågelinfluensa fågelinfluensan")),
    "smittad": dict(probe=r"^smittad|^smittat$", rel=S("smittad smittade")),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gårdarna gården gårdens"),
        comp=S("bygdegårdarna bygdegården granngård grebogården grisgårdar grisgårdarna gåsgården hönsgård hönsgårdar "
               "ladugårdar ladugården trädgården"),
        nei=S("wingård"),
    ),
    "bristande": dict(probe=r"^brist", rel=S("bristande"), nei=S("brist brister bristvara")),
    "biosäkerhet": dict(probe=r"biosäker", rel=S("biosäkerhet biosäkerheten")),
    "jordbruksverket": dict(probe=r"jordbruksverk", rel=S("jordbruksverket jordbruksverkets")),
    "sva": dict(probe=r"^sva$|^svas$", rel=S("sva")),
    "åtvidaberg": dict(probe=r"åtvidaberg", rel=S("åtvidaberg")),
    "kinda": dict(probe=r"^kinda", rel=S("kinda")),
    "lrf": dict(probe=r"^lrf", rel=S("lrf")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("avlivning", "inflection", False, ("term", "avlivning")),
    ("slakteriet", "inflection", False, ("term", "slakteri")),
    ("exporten", "inflection", False, ("term", "export")),
    ("jägare", "inflection", False, ("term", "jägare")),
    ("besättningar", "inflection", False, ("term", "besättning")),
    ("sanering", "inflection", False, ("term", "sanering")),
    ("restriktioner", "inflection", False, ("term", "restriktion")),
    ("kadaver", "syncope", False, ("term", "kadaver")),
    ("stängslet", "syncope", False, ("term", "stängsel")),
    ("fodret", "syncope", False, ("term", "foder")),
    ("mörker", "syncope", False, ("term", "mörker")),
    ("hinder", "syncope", False, ("term", "hinder")),
    ("handel", "syncope", False, ("term", "handel")),
    ("änder", "umlaut", False, ("term", "and")),
    ("gäss", "umlaut", False, ("term", "gås")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("svin", "compound", True, ("term", "svin")),
    ("zon", "compound", True, ("term", "zon")),
    ("jakt", "compound", True, ("term", "jakt")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("lada", "compound", True, ("term", "lada")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("minne", "compound", True, ("term", "minne")),
    ("djur", "compound", True, ("term", "djur")),
    ('"afrikansk svinpest"', "phrase", False, ("phrase", ["afrikansk", "svinpest"])),
    ('"ersättning till bönderna"', "phrase", False, ("phrase", ["ersättning", "till", "bonde"])),
    ('"förbud mot jakt"', "phrase", False, ("phrase", ["förbud", "mot", "jakt"])),
    ('"döda vildsvin"', "phrase", False, ("phrase", ["död", "vildsvin"])),
    ('"export av griskött"', "phrase", False, ("phrase", ["export", "av", "griskött"])),
    ('"psykisk ohälsa"', "phrase", False, ("phrase", ["psykisk", "ohälsa"])),
    ('"statens ansvar"', "phrase", False, ("phrase", ["stat", "ansvar"])),
    ('"vaccin mot fågelinfluensa"', "phrase", False, ("phrase", ["vaccin", "mot", "fågelinfluensa"])),
    ('"smittade besättningar"', "phrase", False, ("phrase", ["smittad", "besättning"])),
    ('"sanering av gården"', "phrase", False, ("phrase", ["sanering", "av", "gård"])),
    ('"bristande biosäkerhet"', "phrase", False, ("phrase", ["bristande", "biosäkerhet"])),
    ("svinpest fågelinfluensa", "boolean", False, ("and", ["svinpest", "fågelinfluensa"])),
    ("Jordbruksverket OR SVA", "boolean", False, ("or", ["jordbruksverket", "sva"])),
    ("avlivning -fågelinfluensa", "boolean", False, ("not", "avlivning", "fågelinfluensa")),
    ("jägare kadaver", "boolean", False, ("and", ["jägare", "kadaver"])),
    ("Åtvidaberg Kinda", "boolean", False, ("and", ["åtvidaberg", "kinda"])),
    ("vildsvin -jägare", "boolean", False, ("not", "vildsvin", "jägare")),
    ("LRF OR ekonomi", "boolean", False, ("or", ["lrf", "ekonomi"])),
    ("källa:Roxen vildsvin", "filter", False, ("filter", "Roxen", "vildsvin")),
    ("källa:Tärnan avlivning", "filter", False, ("filter", "Tärnan", "avlivning")),
    ("källa:Fältbladet exporten", "filter", False, ("filter", "Fältbladet", "export")),
    ("källa:Dagsposten biosäkerhet", "filter", False, ("filter", "Dagsposten", "biosäkerhet")),
    ("källa:Kindaposten jägare", "filter", False, ("filter", "Kindaposten", "jägare")),
    ("typ:opinion biosäkerhet", "filter", False, ("filter", "opinion", "biosäkerhet")),
    ("typ:opinion jägare", "filter", False, ("filter", "opinion", "jägare")),
    ("hund", "trap", False, ("term", "hund")),
    ("svin", "trap", False, ("term", "svin")),
    ("stall", "trap", False, ("term", "stall")),
    ("grav", "trap", False, ("term", "grav")),
    ("spärr", "trap", False, ("term", "spärr")),
    ("bete", "trap", False, ("term", "bete")),
    ("oro", "trap", False, ("term", "oro")),
    ("sorg", "trap", False, ("term", "sorg")),
    ("ilska", "trap", False, ("term", "ilska")),
    ("ekonomi", "trap", False, ("term", "ekonomi")),
    ("katastrof", "trap", False, ("term", "katastrof")),
    ("gås", "trap", False, ("term", "gås")),
    ("fällor", "trap", False, ("term", "fälla")),
    ("hälsa", "trap", False, ("term", "hälsa")),
    ("politik", "trap", False, ("term", "politik")),
]

HEADER = """# corpus_animal.json – judging notes

Invented crisis: on Tuesday 4 August 2026 a hunter finds three dead wild boar in the forest north of Rimforsa in Kinda kommun, Östergötland; on 6 August SVA confirms African swine fever (afrikansk svinpest). Jordbruksverket sets up an infected zone over parts of Kinda, Åtvidaberg, Linköping and Ydre with a ban on hunting, forestry and berry picking; hunters and dog handlers search for carcasses (kadaver), the county board (Länsstyrelsen Östergötland) builds an electric fence round the core area at Åsunden, police close forest roads, and later chosen hunters shoot wild boar at night and traps are tried. On 14 September the disease reaches a farm of 2 400 pigs outside Åtvidaberg (Hultsjö gård), on 22 September a second farm in Grebo; all pigs are culled (avlivning), protection and surveillance zones follow, exports of pork to Asia stop, the slaughterhouse gives notice, prices fall. Jordbruksverket cuts the Grebo family's compensation for lacking biosecurity, the family appeals to the administrative court, the government appoints an inquiry into the epizootic law. From 3 November bird flu (fågelinfluensa, H5N1) is found in wild ducks, geese and swans at Tåkern, then on a laying-hen farm near Vadstena (culled with gas, the straw in an open barn the likely route) and a goose farm near Skänninge. The articles follow the warnings in June, the outbreaks, farmers' finances and mental health (stödsamtal, psychologists, the minister's visit), the debate about biosecurity, hunters, the wild boar population and the state's responsibility, to January 2027. Places and public bodies are real (Kinda, Kisa, Rimforsa, Hycklinge, Åsunden, Åtvidaberg, Grebo, Ydre, Linköping, Norrköping, Vadstena, Tåkern, Skänninge, Mjölby, Motala; Jordbruksverket, SVA, Länsstyrelsen Östergötland, Region Östergötland, LRF, Jägareförbundet, SLU, Livsmedelsverket, Förvaltningsrätten i Linköping); the farms, the slaughterhouse Östkött, Djurhälsovården Öst, the minister Karl Wennerholm, every person and all six outlets are invented: Östgötabladet (local daily, Linköping), Kindaposten (local paper for Kinda, Åtvidaberg and Ydre), Radio Roxen (local radio, with quotes), Nyhetsbyrån Tärnan (wire service, also carrying press releases), Svenska Dagsposten (national daily) and Fältbladet (farming trade paper). 130 articles (116 news, 14 opinion: leaders, debate articles, columns, letters), published 10 June 2026 to 25 January 2027, +02:00 until 25 October and +01:00 after. The ids d001–d130 follow publication time. 65 queries: 7 inflection, 6 syncope, 4 umlaut, 8 compound, 11 phrase, 7 boolean, 7 filter, 15 trap.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the infinitive *fälla* (the noun's base form; the noun appears only as *fällan*, *fällor*, *fällorna*, the verb only as *fällde*, *fällt*, *fällts*, *fällda*), the verb *bete sig* in its infinitive (only *betedde* appears), the verb *hälsa* in its infinitive (only *hälsade*), the noun *död* (death; every *döda* is the adjective), the preterite and supine of *smitta* (every *smittade* is the participle: *smittade djur*, *smittade besättningar*), and *and* in its singular base form and *anden* (only *änder*, *gräsand*, *gräsänder*, *vildänder*).

How the lists were made: src/animal_articles.py holds the texts and src/animal_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: stall/ställ, gås/gäss/gas, jägare/jagar, and/änd, fälla/fall, landet/länder) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 animal_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *vildsvinsjakten*, *övervakningszonen*, *restriktionszoner*, *landsbygden* (for `bygd`); -e- *bygdegården*, *bygdegårdarna*; -u- *ladugården*, *ladugårdar* (lada); -o- *hälsoläget*, *djurhälsovården*; -a- *mannaminne* (man-a-minne, for `minne`); none *svinpest*, *vildsvin*, *tamsvinen*, *skyddszon*, *hygienzon*, *andjakten*, *jaktlaget*, *hölada*, *djurhälsa*, *folkhälsa*, *rådjur*, *djurskydd*, *massgrav*, *sökhundar*, *grisstallet*, *gräsänder*, *grågäss*, *mårtensgåsen*. A word inside a longer compound is don't care: *vilthälsoexpert* for `hälsa`. *ohälsa*/*ohälsan* (a prefix that turns the meaning round) → don't care for `hälsa`.
- **svin** (compound and trap): *svinnet* (waste) → must_not; *försvinner* is neither. With compounds:false every *vildsvin*, *svinpest*, *tamsvinen* is don't care, so only *svin* and *svinen* are relevant.
- **hund** (trap): *hundra*, *tvåhundra*, *hundratals*, *hundratusentals* → must_not; *hundförare*, *hundägare*, *sökhundar* compounds.
- **stall** (trap): the diacritic lookalikes of *ställa* – *ställa*, *ställer*, *ställdes*, *i stället* (instead), *verkställer*, *anställda*, *beställningarna* – and *installerade* → must_not; *grisstallet* compound.
- **grav** (trap): *gravid* and *begravt* (begrava) → must_not; *massgrav* compound.
- **spärr** (trap): the verb and its participles *spärrade*, *avspärrad*, *avspärrat* → must_not.
- **bete** (trap): *betedde* (bete sig) and *beteendet* (behaviour) → must_not; *betesdjur* compound; *arbetet* neither. *lägga ut bete*, *med bete* are the noun (bait) → relevant.
- **oro**: the verb *oroar*, the participles *oroad*, *oroande* and the adjective *orolig*, *oroliga* → must_not. **sorg**: the adjective *sorgligt* and the verb *sörjer* → must_not; *livsmedelsförsörjning* neither. **ilska**: the adjective *ilsken*, *ilskna* → must_not. **ekonomi**: the adjective *ekonomisk*, *ekonomiska* and the persons *ekonomer* → must_not. **katastrof**: *katastrofal* → must_not. **politik**: *politisk* and *politikerna* (persons) → must_not.
- **fällor** (`fälla`, trap): the verb *fälla* (shoot) in *fällde*, *fällt*, *fällts*, *fällda* → must_not; *fallen*, *prisfallet*, *bortfallet* are neither.
- **gås** (trap) and **gäss** (umlaut): *gas*, *gasen* (culling with carbon dioxide) and *biogas* → must_not; *gåsuppfödare*, *gåsgården*, *grågäss*, *mårtensgåsen* compounds; *frågas*, *tvingas* and superlatives in -gast neither.
- **hälsa** (compound and trap): *hälsade* (greeted) → must_not; *hälsa hos djur* and *djurens hälsa* relevant.
- **änder**: *ändrade*, *ändrat* (ändra) → must_not; *länder*, *använder*, *vänder*, *ändå* neither.
- **mörker**: the adjective *mörka*, *mörkt* → must_not; *höstmörkret*, *mörkerseende* compounds. **hinder**: *hindra* → must_not; *handelshinder* compound. **handel**: *handlar* (handla) → must_not; *behandling*, *förhandla*, *upphandlat* neither. **stängslet**: *stängs* (stänga) → must_not. **kadaver**: *kadavret*, *kadavren* relevant; *vildsvinskadaver* compound. **fodret**: *foderbolag*, *foderlagret* compounds.
- **slakteriet**: *slaktas* → must_not; the noun *slakt*, *slakten* (slaughter, another lemma of the same family) and *slaktgrisar* are neither. **jägare**: *jagar* (diacritic, jaga) → must_not; *Jägareförbundet* compound. **avlivning**, **sanering**, **exporten**, **restriktioner**: the verbs *avliva*/*avlivade*/*avlivas*/*avlivat*/*avlivats*, *sanerade*/*saneras*, *exporterar* and the adjective *restriktiv*/*restriktiva* → must_not.
- **länderna** (`land`): *landet*, *landets* (the country) relevant; *landskapet*, *Nederländerna* don't care; *landsbygden* compound. **bönderna**: *grisbönder*, *grisbonden*, *gåsbonde* compounds.
- **Phrases**: *afrikanska variant av svinpest* → must_not for "afrikansk svinpest". *vildsvin som hittades döda* (other order) → must_not for "döda vildsvin". For "statens ansvar", *ansvaret ligger hos* and *staten tar ansvar* (other order or separated) → must_not. *Bönderna* and *ersättning* in other sentences or order → must_not for "ersättning till bönderna". *saneringen av Hultsjö gård* (a name between) and *saneringen* with *gården* in other sentences → must_not for "sanering av gården". *jaktförbud* does not occur; *förbudet mot jakt* relevant.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*Jägareförbundet*), don't care. *LRF OR ekonomi*: an article with only *ekonomisk* → must_not.
- **Filters**: `källa:` matches one word of the outlet's name (*Roxen*, *Tärnan*, *Fältbladet*, *Dagsposten*, *Kindaposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


def main():
    fire_build.CONCEPTS = CONCEPTS
    fire_build.build("animal", "d", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
