#!/usr/bin/env python3
"""Builds corpus_pfas.json and corpus_pfas.md from pfas_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 pfas_build.py [-v]
"""

import fire_build
from pfas_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "halt": dict(
        probe=r"halt",
        rel=S("halt halten halter halterna"),
        dc=S("haltigt"),
        no=S("haltar"),
    ),
    "mätning": dict(
        probe=r"^mät|mätning",
        rel=S("mätningar mätningarna"),
        no=S("mäta mäts mätte"),
    ),
    "förorening": dict(
        probe=r"förorena|förorening",
        rel=S("förorening föroreningen föroreningar föroreningarna"),
        no=S("förorenad förorenade förorenat"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        no=S("ansvarar ansvarig"),
    ),
    "brunn": dict(
        probe=r"brunn|brun|brinn",
        rel=S("brunn brunnar brunnarna"),
        comp=S("brunnsvatten"),
        no=S("brunnit"),
    ),
    "abborre": dict(
        probe=r"abborr",
        rel=S("abborre abborren abborrar abborrarna"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        no=S("utreda utredas utreder utredaren"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningen"),
        no=S("ersätta ersätter"),
    ),
    "oro": dict(
        probe=r"oro",
        rel=S("oro oron"),
        no=S("oroa oroliga"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("brunnsvatten dricksvatten dricksvattnet flaskvatten grundvatten grundvattenanläggning grundvattenrör "
               "grundvattenrören grundvattnet kranvatten kranvattnet sjövattnet vattenfrågan vattenledningen "
               "vattenleverantören vattentankar vattentankarna vattentanken vattentäkt vattentäkten vattentäkter "
               "vattenverk vattenverken vattenverket"),
        dc=S("vattenbladet"),
        no=S("avvattnar bevattningen vattnade vattnat"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren filtret"),
        comp=S("kolfilter kolfiltret"),
        no=S("filtreras"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        dc=S("livsmedelsverket livsmedelsverkets livsmedelsmyndigheten"),
        no=S("medlemmar medlemsavgiften medlemsländer"),
        nei=S("familjemedlemmar omedelbart"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster"),
        no=S("mönstrade"),
    ),
    "seger": dict(
        probe=r"seg[er]|segr",
        rel=S("seger segern segrar segrarna"),
        no=S("segrade"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        comp=S("klartecken"),
        no=S("tecknade"),
    ),
    # --- umlaut ---
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet länder"),
        comp=S("grannländerna medlemsländer"),
        dc=S("götaland götalands västergötland tyskland"),
        no=S("landade"),
        nei=S("bland blandat inblandade förhållande pressmeddelande strålande"),
    ),
    "mus": dict(
        probe=r"^mus|möss",
        rel=S("möss"),
        no=S("mössan"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern dotters döttrar döttrarnas"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränderna"),
        comp=S("badstranden"),
        no=S("strandade strandat"),
    ),
    "ung": dict(
        probe=r"^ung|yng",
        rel=S("ung unga yngre yngsta"),
        no=S("ungar ungdomar ungdomarna ungefär"),
    ),
    # --- compounds ---
    "skum": dict(
        probe=r"skum",
        rel=S("skum skummet"),
        comp=S("brandskum"),
        no=S("skumma skumt"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa hälsan"),
        comp=S("hälsoundersökning hälsoundersökningen hälsouppföljning"),
        no=S("hälsade"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan"),
        comp=S("gatukök gatuköket"),
        no=S("gåta gåtan"),
        nei=S("gått återgått"),
    ),
    "familj": dict(
        probe=r"familj",
        rel=S("familjen familjer"),
        comp=S("barnfamiljer familjeföretag familjemedlemmar"),
        no=S("familjär"),
    ),
    "försvar": dict(
        probe=r"försv",
        rel=S("försvaret"),
        comp=S("försvarsmakten försvarsmaktens försvarsministern immunförsvaret"),
        no=S("försvarar försvinner försvunnit"),
    ),
    "miljö": dict(
        probe=r"milj",
        rel=S("miljöer"),
        comp=S("miljöbalken miljöchefen miljödomstolen miljöenhet miljöförvaltningen miljöhandläggare miljökemist "
               "miljömedicin miljömål miljöpartiet"),
        no=S("miljarder miljoner"),
        nei=S("barnfamiljer familjeföretag familjemedlemmar familjen familjer familjär"),
    ),
    "fisk": dict(
        probe=r"fisk",
        rel=S("fisk fisken"),
        comp=S("fiskpinnar giftfisken rovfiskar"),
        dc=S("fiske fiskekort fisket fiskevård fiskevårdskonsulenten fiskevårdsområde fiskevårdsområdet fritidsfiske "
             "isfisket provfiske provfisken provfisket ålfiske"),
        no=S("fiska fiskade fiskat fiskare fiskaren fritidsfiskarna provfiska provfiskar provfiskat sportfiskare "
             "sportfiskarna yrkesfiskare"),
    ),
    "blod": dict(
        probe=r"blod",
        rel=S("blod blodet"),
        comp=S("blodprov blodproven blodprovet blodprovstagningen"),
        no=S("blodigt"),
    ),
    # --- traps ---
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjön sjöar"),
        comp=S("sjövattnet"),
        no=S("sjönk"),
    ),
    "kol": dict(
        probe=r"kol",
        rel=S("kol kolet kolets"),
        comp=S("kolfilter kolfiltret"),
        no=S("koll kollegor kolesterol"),
        nei=S("förskolan kammarkollegiet skola skolan skolans skolchefen skolköket skolmaten skolor skolstarten "
              "toxikolog toxikologen toxikologi"),
    ),
    "lever": dict(
        probe=r"^lev|lever",
        rel=S("levern"),
        comp=S("levervärden"),
        no=S("lever leveranserna leverantör leverantören levererade levererat"),
        nei=S("elever eleverna vattenleverantören"),
    ),
    "ål": dict(
        probe=r"^ål|ål(en|ar|arna|s)?$",
        rel=S("ål ålen ålar"),
        comp=S("ålfiske"),
        no=S("ålder åldern ålägger"),
        nei=S("mål miljömål svaromål"),
    ),
    "mat": dict(
        probe=r"mat",
        rel=S("mat maten"),
        comp=S("matbutiken matlagning matsvinnet skolmaten vardagsmat"),
        no=S("matar mats klimat"),
        nei=S("automatik information informationsmöte"),
    ),
    "bas": dict(
        probe=r"bas",
        rel=S("basen"),
        comp=S("baskrigsorganisation krigsflygbaserna reservbaser"),
        no=S("baserad"),
    ),
    "gift": dict(
        probe=r"gift",
        rel=S("gift giftet"),
        comp=S("giftfisken"),
        no=S("gifte uppgift uppgifter uppgifterna medlemsavgiften"),
    ),
    "test": dict(
        probe=r"test",
        rel=S("test tester testerna"),
        no=S("protest protesten"),
    ),
    "ägg": dict(
        probe=r"ägg",
        rel=S("ägg äggen"),
        comp=S("äggkartongerna"),
        no=S("tillägg"),
        nei=S("anläggningen föreläggas kartläggningar grundvattenanläggning handlägger handläggningen läggas lägger "
              "miljöhandläggare ålägger"),
    ),
    "råd": dict(
        probe=r"r[aå]d",
        rel=S("råd rådet"),
        comp=S("oppositionsrådet rådgivare"),
        no=S("rad råder avråder förråd"),
        nei=S("användningsområden baserad besvarades klarade fiskevårdsområde fiskevårdsområdet förklarade förändrade grader "
              "industriområde industriområden informerad informerades levererade lurad motsvarade mönstrade "
              "området planerade segrade serverades sjuhärad studerade svarade traditionella"),
    ),
    "kök": dict(
        probe=r"k[öo]k",
        rel=S("kök köket"),
        comp=S("gatukök gatuköket köksbordet kökschefen skolköket"),
        no=S("koka kokar kokas kokat"),
    ),
    "mål": dict(
        probe=r"m[åa]l",
        rel=S("mål målet"),
        comp=S("miljömål skadeståndsmålet svaromål"),
        no=S("måla måltid"),
        nei=S("gammal gammalt normala normalt"),
    ),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden tider"),
        comp=S("fyratiden halveringstiden övergångstiderna"),
        dc=S("fritidsfiskarna fritidsfiske"),
        no=S("alltid måltid samtidigt tidigare tidigast tidigt"),
        nei=S("rikstidningen"),
    ),
    # --- words of phrases, booleans and filters ---
    "pfas": dict(probe=r"pfas", rel=S("pfas")),
    "ronneby": dict(probe=r"ronneby", rel=S("ronneby")),
    "timmele": dict(probe=r"timmele", rel=S("timmele")),
    "hökerum": dict(probe=r"hökerum", rel=S("hökerum hökerums")),
    "gädda": dict(probe=r"gädd", rel=S("gädda")),
    "skolkök": dict(probe=r"skolkök", rel=S("skolköket")),
    "flaskvatten": dict(probe=r"flaskvatt", rel=S("flaskvatten")),
    "justitiekanslern": dict(probe=r"justitiekansl|^jk$", rel=S("justitiekanslern jk")),
    "kammarkollegiet": dict(probe=r"kammarkolleg", rel=S("kammarkollegiet")),
    "skadestånd": dict(
        probe=r"skadestånd",
        rel=S("skadestånd"),
        comp=S("skadeståndsfrågor skadeståndskrav skadeståndskraven skadeståndsmålet skadeståndsrätt"),
    ),
    "försvarsmakten": dict(probe=r"försvarsmakt", rel=S("försvarsmakten försvarsmaktens")),
    "blodprov": dict(
        probe=r"blodprov",
        rel=S("blodprov blodproven blodprovet"),
        comp=S("blodprovstagningen"),
    ),
    "sahlgrenska": dict(probe=r"sahlgrensk", rel=S("sahlgrenska")),
    "kolfilter": dict(probe=r"kolfilt", rel=S("kolfilter kolfiltret")),
    "hög": dict(probe=r"^hög", rel=S("hög höga högre högsta högt"), nei=S("högtalare")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "ren": dict(probe=r"^ren", rel=S("ren rent"), nei=S("renas rening")),
    "gammal": dict(probe=r"^gam", rel=S("gammal gammalt gamla")),
    "flygfält": dict(probe=r"flygfält", rel=S("flygfält flygfältet")),
    "krav": dict(
        probe=r"krav",
        rel=S("krav kravet"),
        comp=S("skadeståndskrav skadeståndskraven"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "livsmedelsverket": dict(probe=r"livsmedelsverk", rel=S("livsmedelsverket livsmedelsverkets")),
    "gränsvärde": dict(probe=r"gränsvärd", rel=S("gränsvärde gränsvärdet")),
    "barn": dict(
        probe=r"barn",
        rel=S("barn barnen barnens"),
        comp=S("barnfamiljer barnvagn"),
        dc=S("barndomen"),
        nei=S("jordgubbarna"),
    ),
    "från": dict(probe=r"^från$", rel=S("från")),
    "tolken": dict(probe=r"tolk", rel=S("tolken tolkens"), nei=S("tolka")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("halterna", "inflection", False, ("term", "halt")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("föroreningarna", "inflection", False, ("term", "förorening")),
    ("ansvaret", "inflection", False, ("term", "ansvar")),
    ("brunnarna", "inflection", False, ("term", "brunn")),
    ("abborrarna", "inflection", False, ("term", "abborre")),
    ("utredningar", "inflection", False, ("term", "utredning")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("oron", "inflection", False, ("term", "oro")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("segrar", "syncope", False, ("term", "seger")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("länder", "umlaut", False, ("term", "land")),
    ("möss", "umlaut", False, ("term", "mus")),
    ("ledamot", "umlaut", False, ("term", "ledamot")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("strand", "umlaut", False, ("term", "strand")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("vatten", "compound", True, ("term", "vatten")),
    ("skum", "compound", True, ("term", "skum")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gata", "compound", True, ("term", "gata")),
    ("familj", "compound", True, ("term", "familj")),
    ("försvar", "compound", True, ("term", "försvar")),
    ("miljö", "compound", True, ("term", "miljö")),
    ("fisk", "compound", True, ("term", "fisk")),
    ("blod", "compound", True, ("term", "blod")),
    ('"höga halter av PFAS"', "phrase", False, ("phrase", ["hög", "halt", "av", "pfas"])),
    ('"rent vatten"', "phrase", False, ("phrase", ["ren", "vatten"])),
    ('"abborre från Tolken"', "phrase", False, ("phrase", ["abborre", "från", "tolken"])),
    ('"Försvarsmaktens ansvar"', "phrase", False, ("phrase", ["försvarsmakten", "ansvar"])),
    ('"gamla flygfältet"', "phrase", False, ("phrase", ["gammal", "flygfält"])),
    ('"krav på skadestånd"', "phrase", False, ("phrase", ["krav", "på", "skadestånd"])),
    ('"Livsmedelsverkets gränsvärde"', "phrase", False, ("phrase", ["livsmedelsverket", "gränsvärde"])),
    ('"blodprov på barn"', "phrase", False, ("phrase", ["blodprov", "på", "barn"])),
    ("Timmele Hökerum", "boolean", False, ("and", ["timmele", "hökerum"])),
    ("abborre OR gädda", "boolean", False, ("or", ["abborre", "gädda"])),
    ("PFAS -Ronneby", "boolean", False, ("not", "pfas", "ronneby")),
    ("skolköket flaskvatten", "boolean", False, ("and", ["skolkök", "flaskvatten"])),
    ("Justitiekanslern OR Kammarkollegiet", "boolean", False, ("or", ["justitiekanslern", "kammarkollegiet"])),
    ("skadestånd -Försvarsmakten", "boolean", False, ("not", "skadestånd", "försvarsmakten")),
    ("blodprov Sahlgrenska", "boolean", False, ("and", ["blodprov", "sahlgrenska"])),
    ("källa:Allehanda skolköket", "filter", False, ("filter", "Allehanda", "skolkök")),
    ("källa:Ätradal abborre", "filter", False, ("filter", "Ätradal", "abborre")),
    ("källa:Kompass Försvarsmakten", "filter", False, ("filter", "Kompass", "försvarsmakten")),
    ("källa:Blixten blodprov", "filter", False, ("filter", "Blixten", "blodprov")),
    ("källa:Vattenbladet kolfilter", "filter", False, ("filter", "Vattenbladet", "kolfilter")),
    ("typ:opinion ansvar", "filter", False, ("filter", "opinion", "ansvar")),
    ("typ:opinion skadestånd", "filter", False, ("filter", "opinion", "skadestånd")),
    ("sjö", "trap", False, ("term", "sjö")),
    ("kol", "trap", False, ("term", "kol")),
    ("levern", "trap", False, ("term", "lever")),
    ("ål", "trap", False, ("term", "ål")),
    ("mat", "trap", False, ("term", "mat")),
    ("bas", "trap", False, ("term", "bas")),
    ("gift", "trap", False, ("term", "gift")),
    ("test", "trap", False, ("term", "test")),
    ("ägg", "trap", False, ("term", "ägg")),
    ("råd", "trap", False, ("term", "råd")),
    ("kök", "trap", False, ("term", "kök")),
    ("mål", "trap", False, ("term", "mål")),
    ("tid", "trap", False, ("term", "tid")),
]

HEADER = """# corpus_pfas.json – judging notes

Invented crisis: on 24 February 2026, routine samples taken under Livsmedelsverket's stricter limit for drinking water (4 nanograms per litre for the sum of four PFAS substances, PFAS 4, in force from 1 January 2026) show 62 ng/l in the water from the waterworks in Timmele, Ulricehamns kommun, Västergötland, which supplies about 3 900 people in Timmele and Hökerum from a groundwater source two kilometres south of Lövåsen, a reserve airbase of the air force closed in 1998, where fire exercises with firefighting foam were held for decades. The municipality tells residents not to drink the tap water and sets out water tanks; the school kitchen in Hökerum and a street kiosk cook with bottled water; private wells and the eggs of a farm next to the airfield are tested; Länsstyrelsen test-fishes the lake Tolken, and Livsmedelsverket advises children and pregnant women not to eat its perch and pike (eel also appears). Region Västra Götaland offers blood tests, analysed by Arbets- och miljömedicin at Sahlgrenska universitetssjukhuset (median ten times the reference; a health check of the children in the autumn). A hired activated-carbon filter makes the water drinkable again in May, and a new pipe from Ulricehamn takes over in October. Försvarsmakten admits its responsibility for the ground and pays for the clean-up (approved by the mark- och miljödomstolen in Vänersborg, with Kammarkollegiet for the state); the municipality claims 64 million kronor from the state through Justitiekanslern (58 million granted in March 2027); residents form a PFAS association, and 164 (later 186) of them sue the municipality for damages in Borås tingsrätt on the model of the Ronneby case (Högsta domstolen 2022). Also the election of September 2026, the sale of the airfield in 2007, an EU ban on PFAS foam, a government inquiry and debate about who pays. Places and public bodies are real (Ulricehamn, Timmele, Hökerum, Dalum, Gällstad, Tolken, Åsunden, Ätran, Borås, Vänersborg, Ronneby, Kallinge; Livsmedelsverket, Försvarsmakten, Fortifikationsverket, Länsstyrelsen i Västra Götalands län, Region Västra Götaland, Justitiekanslern, Kammarkollegiet, Naturvårdsverket, Svenskt Vatten, Efsa); the airfield Lövåsen, Ekbacka gård, Timmele Grill, the PFAS association, every person and all six outlets are invented: Åsundens Allehanda (local daily), Radio Ätradal (local radio, with quotes), Nyhetsbyrån Kompass (wire service, also carrying press releases), Blixten (tabloid), Vattenbladet (water and sewage trade paper) and Rikstidningen (national daily). 124 articles (106 news, 18 opinion: leaders, debate articles and a reply, columns, comments and letters), published 12 January 2026 to 18 March 2027, +01:00 until 29 March 2026, +02:00 until 25 October 2026 and +01:00 after. The ids W001–W124 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* appears nowhere; *maken* is the husband), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *skum* (every *skum* is foam; the adjective appears only as *skumma*, *skumt*), the verb *rena* in the infinitive (the adjective *rena* is not used either; the verb appears only as *renas*), *tolk* the interpreter (every *Tolken* is the lake; the verb appears as *tolka*), the noun *lever* in its base form (the liver appears only as *levern*; every *lever* is the verb *leva*), the adjective *gift* (married; *gifte sig* only) and the verb *gifter*, *fiskar* (plural noun or verb), *unge* (noun or weak adjective), *ha råd* (afford), the verb *hälsa* in the infinitive (greet; *hälsade* only), the adjective *halt* (lame; *haltar* only). *ersättning* is only compensation, never infant formula. *mål* is judged as one noun whether it is a court case or a goal; *råd* as one noun (advice, and *oppositionsrådet* as a compound); *tid* includes *tider* (appointments).

How the lists were made: src/pfas_articles.py holds the texts and src/pfas_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: råd/rad, kök/kok, mål/mal, land/länd, strand/stränd, dotter/dött, gata/gåta) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *ål* is every word that begins with *ål* or ends in *ål*, *ålen*, *ålar*, *ålarna*, *åls* (so *mål*, *svaromål* are listed as neither), since *ål* sits inside hundreds of words (*håller*, *sålde*); *lever* is probed as *lev-* from the start and *lever* anywhere; *ung* as *ung-* from the start and *yng* anywhere; *mus* as *mus-* from the start and *möss* anywhere. Tokens are runs of letters, so *PFAS-halterna*, *JK:s*, *EU:s* and hyphenated words are split. `python3 pfas_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *Försvarsmakten*, *försvarsministern*; -e- *familjeföretag*, *familjemedlemmar*; -u- *gatuköket*, *gatukök*; -o- *hälsoundersökningen*, *hälsouppföljning*; none *dricksvattnet*, *grundvatten*, *vattenverket*, *brandskum*, *immunförsvaret*, *barnfamiljer*, *miljöchefen*, *miljömedicin* (Arbets- och miljömedicin), *rovfiskar*, *giftfisken*, *blodprovet*. A derivation or a word inside a longer compound is don't care: *Vattenbladet* (the paper's name) for `vatten`; the *fiske*-words (*fisket*, *provfiske*, *fiskevårdsområdet*, *ålfiske*) for `fisk`, since *fiske* is a word of its own.
- **vatten** (compound) and **vattnet** (syncope): the verb *vattna* (*vattnade*, *vattnat*), *bevattningen* and *avvattnar* → must_not; *Vattenbladet* → don't care.
- **skum** (compound): the adjective *skumma*, *skumt* → must_not; *brandskum* compound.
- **hälsa** (compound): *hälsade* (greeted) → must_not.
- **gata** (compound): *gåta*, *gåtan* (diacritic lookalike) → must_not; *gått*, *återgått* are neither.
- **familj** (compound): the adjective *familjär* → must_not.
- **försvar** (compound): the verb *försvarar* and *försvinner*, *försvunnit* (försvinna) → must_not; *försvaret* (the armed forces) relevant.
- **miljö** (compound): *miljoner*, *miljarder* → must_not; *familj*-words are neither.
- **fisk** (compound): the verb *fiska* (*fiska*, *fiskade*, *fiskat*, *provfiska*, *provfiskar*, *provfiskat*) and the agent nouns *fiskare*, *fiskaren*, *yrkesfiskare*, *sportfiskare*, *sportfiskarna*, *fritidsfiskarna* → must_not; *fiske*-words → don't care.
- **blod** (compound): *blodigt* (*blodigt allvar*) → must_not; *blodprov*-words compounds.
- **halterna**: the verb *haltar* (*jämförelsen haltar*) → must_not; *PFAS-haltigt* → don't care. **mätningarna**: *mäta*, *mäts*, *mätte* → must_not. **föroreningarna**: the participles *förorenad*, *förorenade*, *förorenat* → must_not. **ansvaret**: *ansvarar*, *ansvarig* → must_not. **brunnarna**: *brunnit* (brinna) → must_not; *brunnsvatten* compound. **utredningar**: *utreda*, *utredas*, *utreder* and *utredaren* (the person) → must_not. **ersättningen**: *ersätta*, *ersätter* → must_not. **oron**: *oroa*, *oroliga* → must_not. **abborrarna**: no lookalike in the texts.
- **filtren**: *filtreras* → must_not; *kolfilter*, *kolfiltret* compounds. **medlen**: *medlemmar*, *medlemsavgiften*, *medlemsländer* → must_not; *Livsmedelsverket* and *livsmedelsmyndigheten* (medel inside a compound) → don't care; *omedelbart*, *familjemedlemmar* are neither. **mönstret**: *mönstrade* (enlisted) → must_not. **segrar**: *segrade* → must_not. **tecknen**: *tecknade* (signed an agreement) → must_not; *klartecken* compound.
- **länder**: *landade* (*landade på 36 miljoner*) → must_not; *medlemsländer*, *grannländerna* compounds; *Götaland*, *Götalands*, *Västergötland*, *Tyskland* → don't care (as *Kristianstad* for `stad`); *bland*, *blandat*, *inblandade*, *förhållande* … are neither. **möss**: *mössan* (the cap) → must_not. **strand**: *strandade*, *strandat* → must_not; *badstranden* compound. **yngre**: forms of *ung* are *ung*, *unga*, *yngre*, *yngsta*; *ungefär*, *ungar* (unge), *ungdomar*, *ungdomarna* (ungdom) → must_not. **ledamot**, **döttrar**: no lookalike in the texts.
- **sjö** (trap): *sjönk* (sjunka) → must_not; *sjövattnet* compound. **kol** (trap): *koll*, *kollegor* and *kolesterol* → must_not; *kolfilter*, *kolfiltret* compounds; *skola*-words, *förskolan*, *toxikolog*, *Kammarkollegiet* are neither. **levern** (trap): the verb *lever* (leva) and *leverera*-words (*levererade*, *levererat*, *leveranserna*, *leverantör*, *leverantören*) → must_not; *levervärden* compound; *elever*, *eleverna*, *vattenleverantören* are neither. **ål** (trap): *ålder*, *åldern*, *ålägger* → must_not; *Ålfiske* compound. **mat** (trap): the verb *matar*, the name *Mats* and *klimat* → must_not; *matlagning*, *matsvinnet*, *skolmaten*, *matbutiken*, *vardagsmat* compounds; *information*, *automatik* are neither. **bas** (trap): *baserad* → must_not; *reservbaser*, *krigsflygbaserna*, *baskrigsorganisation* compounds. **gift** (trap): *uppgift*, *uppgifter*, *uppgifterna*, *medlemsavgiften* and *gifte* (married) → must_not; *giftfisken* compound. **test** (trap): *protest*, *protesten* → must_not. **ägg** (trap): *tillägg* → must_not; *äggkartongerna* compound; *lägger*, *anläggningen*, *handlägger*, *ålägger* … are neither. **råd** (trap): *rad* (*i en rad orter*, *tre prover i rad*), the verbs *råder* and *avråder* and *förråd* → must_not; *rådgivare*, *oppositionsrådet* compounds; *området*, *Sjuhärad*, past participles in *-rade* … are neither. **kök** (trap): *koka*, *kokar*, *kokas*, *kokat* → must_not; *skolköket*, *gatuköket*, *kökschefen*, *köksbordet* compounds. **mål** (trap): *måla* and *måltid* → must_not; *miljömål*, *svaromål*, *skadeståndsmålet* compounds; *gammal*, *normalt* are neither. **tid** (trap): *tidigare*, *tidigast*, *tidigt*, *alltid*, *samtidigt*, *måltid* → must_not; *halveringstiden*, *fyratiden*, *övergångstiderna* compounds; *fritidsfiske*, *fritidsfiskarna* → don't care; *Rikstidningen* is neither.
- **Phrases**: forms must be adjacent and in order in one sentence. Forms of *hög* include *högre* and *högsta*: *höga halter av PFAS* and *tio gånger högre halter av PFAS* relevant; *höga halter av PFOS*, *höga halter av korta ämnen*, *halterna av PFAS … är fortfarande höga* and *förhöjda halter av PFAS … särskilt höga värden* → must_not. Forms of *ren* are *ren*, *rent*: *rent vatten* relevant (also on a placard); *det som kommer ut är rent*, *grundvatten … är rent* and *en ren grundvattenanläggning* → must_not. *abborre från Tolken* relevant; *abborren i Tolken*, *abborre och gädda från Tolken*, *råd om fisk från Tolken … abborre* → must_not. *Försvarsmaktens ansvar* relevant; *Försvarsmaktens miljöenhet* with *ansvar* elsewhere → must_not. *det gamla flygfältet* relevant; *den gamla brandövningsplatsen … flygfältet* and *en gammal deponi … utan flygfält* → must_not. *krav på skadestånd* relevant; *kräver skadestånd … rikta krav mot staten* → must_not. *Livsmedelsverkets gränsvärde* relevant; *Livsmedelsverket* and *gränsvärdet* apart → must_not. *blodprov på barn(en)* relevant; *blodprov* and *barn … på vårdcentralen* apart → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care (*blodprovstagningen* alone is a compound). NOT – an article with the excluded term is must_not (*Ronneby-fallet*, *Ronneby-målet* have *Ronneby*); with the term to find only inside a compound (*skadeståndskrav*, *skadeståndsmålet*), don't care. *JK* is *Justitiekanslern*.
- **Filters**: `källa:` matches one word of the outlet's name (*Allehanda*, *Ätradal*, *Kompass*, *Blixten*, *Vattenbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*ansvarar*, *ansvarig* for `typ:opinion ansvar`); with the term only inside a compound (*skadeståndskrav*), don't care.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("pfas", "W", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
