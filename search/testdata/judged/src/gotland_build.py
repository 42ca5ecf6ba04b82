#!/usr/bin/env python3
"""Builds corpus_gotland.json and corpus_gotland.md from gotland_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Two homographs are told apart by the word before them, as a Swedish reader does: *får* after a number or a word that
introduces a noun (*300 får*, *våra får*, *lamm och får*) is the animal (token får_djur), otherwise the verb
(får_verb); *ton* after a number (*350 ton*, *ett ton*) is the weight (ton_vikt), otherwise the tone of voice
(ton_ljud). The texts are unchanged; only the judging sees the tags. Every occurrence was checked by hand (run with
-v to list them).

Run from this folder: python3 gotland_build.py [-v]
"""

import re
import sys

import fire_build
from gotland_articles import ARTICLES


S = fire_build.S

NUMBER_WORDS = S("ett en två tre fyra fem sex sju åtta nio tio tolv tjugo trettio hundra tvåhundra tusen")
NOUN_BEFORE = {
    "får": NUMBER_WORDS | S("våra och haft fler"),
    "ton": NUMBER_WORDS,
}
TAGS = {"får": ("får_djur", "får_verb"), "ton": ("ton_vikt", "ton_ljud")}
RAW = re.compile(r"[^\W\d_]+|\d+")


def sentences(a):
    """As fire_build.sentences, with får and ton tagged by the word (or number) before them."""
    out = []
    for s in [a["title"]] + re.split(r"(?<=[.!?])\s+", a["text"]):
        toks, prev = [], None
        for r in RAW.findall(s):
            t = r.lower()
            if t in TAGS:
                noun = prev is not None and (prev.isdigit() or prev in NOUN_BEFORE[t])
                t = TAGS[t][0 if noun else 1]
            prev = r.lower()
            if not r.isdigit():
                toks.append(t)
        out.append(toks)
    return out


fire_build.sentences = sentences

CONCEPTS = {
    # --- inflection ---
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken"),
        comp=S("strejkhot strejkrätten strejkvakter strejkvakterna strejkvarslet strejkveckan"),
        dc=S("strejkande"),
        no=S("strejkar strejkas"),
    ),
    "turist": dict(
        probe=r"turis",
        rel=S("turisten turister turisterna"),
        comp=S("turistbyrån"),
    ),
    "förhandling": dict(
        probe=r"förhandl",
        rel=S("förhandlingar förhandlingarna"),
        comp=S("förhandlingsbordet förhandlingschef förhandlingsledare"),
        no=S("förhandla förhandlar förhandlat"),
    ),
    "grundstötning": dict(
        probe=r"grundst",
        rel=S("grundstötningen"),
        no=S("grundstött grundstötte"),
    ),
    "medlare": dict(
        probe=r"medl",
        rel=S("medlare medlaren medlarna medlarnas"),
        dc=S("medling medlingsinstitutet medlingsinstitutets"),
        no=S("medlade medlar medlem medlemmar"),
        nei=S("läkemedlen medlen"),
    ),
    "leverans": dict(
        probe=r"lever",
        rel=S("leverans leveransen leveranser leveranserna"),
        comp=S("läkemedelsleveranserna"),
    ),
    "kö": dict(
        probe=r"^k[oö](n|r|rna|er|erna|rn|ns|e)?$",
        rel=S("kö köer köerna kön"),
        no=S("kor korna kör"),
    ),
    "avgång": dict(
        probe=r"avg[åa]",
        rel=S("avgång avgångar avgångarna avgången"),
        no=S("avgår"),
    ),
    "resenär": dict(probe=r"resen", rel=S("resenärer resenärerna")),
    # --- syncope ---
    "nummer": dict(
        probe=r"numm|numr|^num",
        rel=S("numret"),
        comp=S("bokningsnumret"),
        no=S("numera"),
    ),
    "sommar": dict(
        probe=r"somm|somr|somn",
        rel=S("sommar sommaren somrar"),
        comp=S("midsommar midsommarafton midsommarhelgen midsommarnätterna midsommarveckan sommarlov"),
        no=S("somnade"),
    ),
    "fågel": dict(
        probe=r"f[åa]g[el]|fågl",
        rel=S("fåglar fåglarna"),
        comp=S("alfåglar sjöfåglar sjöfågelräddning"),
        no=S("fagerlund"),
    ),
    "morgon": dict(
        probe=r"morg",
        rel=S("morgon morgonen morgnar"),
        comp=S("lördagsmorgonen måndagsmorgonen onsdagsmorgonen söndagsmorgonen tisdagsmorgonen"),
    ),
    "väder": dict(
        probe=r"v[äa]d",
        rel=S("vädret"),
        comp=S("väderprognosen"),
        no=S("vädjar"),
        nei=S("lovade vad"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("livsmedel läkemedel läkemedelsleveranserna läkemedelsverket läkemedlen"),
        no=S("medlade medlar medlare medlaren medlarna medlarnas medlem medlemmar medling medlingsinstitutet "
             "medlingsinstitutets"),
        nei=S("omedelbart"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder bönderna böndernas"),
        comp=S("fårbonde fårbonden fårbönderna mjölkbonde mjölkbonden mjölkbönder mjölkbönderna"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet länder"),
        comp=S("fastlandet landsväg"),
        dc=S("land estland finland gotland gotlands södermanland landsbygdsdepartementet"),
        no=S("bland landade"),
        nei=S("finländsk finländska finländskt gotlandsfrakt gotlandsfärja gotlandsfärjan gotlandsfärjorna "
              "gotlandslinjen gotlandsmejeriet gotlandstrafiken gotländska pressmeddelande strålande"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamöter ledamöterna"),
        comp=S("riksdagsledamöter"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("städer"),
        comp=S("innerstaden"),
        dc=S("kristianstad"),
        no=S("städade städare"),
        nei=S("kastade kostade lastade röstade"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|n[aä]tet|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midsommarnätterna"),
        no=S("nätet"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stränderna"),
        comp=S("strandgatan strandsatta"),
        no=S("strandade"),
    ),
    # --- compounds ---
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färja färjan färjor färjorna"),
        comp=S("färjeläget färjepersonalen färjetrafik färjetrafiken gotlandsfärja gotlandsfärjan gotlandsfärjorna "
               "reservfärja vägfärjan"),
    ),
    "mjölk": dict(
        probe=r"mjölk",
        rel=S("mjölk mjölken"),
        comp=S("mjölkbilarna mjölkbonde mjölkbonden mjölkbönder mjölkbönderna mjölkgårdar mjölkpulver"),
        no=S("mjölka mjölkas mjölkat"),
    ),
    "läkemedel": dict(
        probe=r"läkemed",
        rel=S("läkemedel läkemedlen"),
        comp=S("läkemedelsleveranserna läkemedelsverket"),
    ),
    "hamn": dict(
        probe=r"hamn",
        rel=S("hamn hamnar hamnen"),
        comp=S("hamnchef hamnchefen hamnkapten hamnkaptenen hamnkonflikten"),
        dc=S("hamngatan klintehamn nynäshamn nynäshamns oskarshamn"),
    ),
    "djur": dict(
        probe=r"djur",
        rel=S("djur djuren djurens"),
        comp=S("djurhållarna djurtransport djurtransporter djurtransporterna djurägarna"),
        nei=S("får_djur"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gatorna"),
        comp=S("adelsgatan gatukök gatuköksägaren hamngatan strandgatan"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrkan kyrkorna"),
        comp=S("domkyrka domkyrkan kyrkogården kyrkoherden kyrkoruin"),
        dc=S("stenkyrka"),
    ),
    "frakt": dict(
        probe=r"frakt",
        rel=S("frakt frakten"),
        comp=S("fraktbolagen fraktfartyg fraktfartyget fraktkapacitet fraktpriserna"),
        dc=S("gotlandsfrakt"),
        no=S("frakta fraktat"),
    ),
    "fack": dict(
        probe=r"fack",
        rel=S("facket fackets"),
        comp=S("sjöfolksfacket sjöfolksfackets"),
        no=S("fackeltåg"),
    ),
    # --- traps ---
    "stig": dict(
        probe=r"^stig|stige",
        rel=S("stig stigs"),
        no=S("stigen stiger stigit"),
    ),
    "bo": dict(
        probe=r"^bo(s|r|dde|tt|ende|endet)?$|^bosta",
        rel=S("bo"),
        no=S("bodde boende boendet bor bott"),
    ),
    "holm": dict(
        probe=r"holm",
        rel=S("holm"),
        no=S("holmar lindholm sjöholm stockholm"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björk björks"),
        no=S("björklöv björkman björkris"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten"),
        no=S("stenarna stenhårt stenkumla stenkyrka stenström"),
        nei=S("kundtjänsten lasten turisten"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lind"),
        no=S("lindahl lindberg lindgren lindholm lindra lindriga"),
    ),
    "berg": dict(
        probe=r"berg",
        rel=S("berg"),
        no=S("berget ekberg hallberg lindberg nyberg sjöberg"),
    ),
    "får": dict(
        probe=r"^får|får$|fåren|fåret|fårens",
        rel=S("får_djur fåren fårens"),
        comp=S("fårbonde fårbonden fårbönderna"),
        no=S("får_verb fårö fårösund"),
    ),
    "ton": dict(
        probe=r"^ton",
        rel=S("ton_ljud tonen"),
        no=S("ton_vikt"),
    ),
    "docka": dict(
        probe=r"dock",
        rel=S("docka dockan"),
        comp=S("torrdocka torrdockan"),
        no=S("dock"),
    ),
    "val": dict(
        probe=r"^v[aä]l|^val|val$|valet$",
        rel=S("valet"),
        comp=S("regionvalet valfråga"),
        dc=S("väljarna"),
        no=S("valde valv väl välbesökta välkomnar"),
    ),
    "båt": dict(
        probe=r"^båt|båt$|båten|båtar|^båd",
        rel=S("båt båtar båten"),
        comp=S("bogserbåtar fritidsbåtar räddningsbåtar"),
        no=S("båda både"),
    ),
    "last": dict(
        probe=r"last",
        rel=S("lasten"),
        comp=S("lastbil lastbilar lastbilarna lastbilschauffören lastbilschaufförer"),
        dc=S("barlasttankarna"),
        no=S("lastade avlasta avlastar"),
    ),
    "lov": dict(
        probe=r"^lov|lov$|lovet",
        rel=S("lovet"),
        comp=S("sommarlov"),
        no=S("lovade lovar lovat"),
    ),
    # --- words of phrases, booleans and filters ---
    "stat": dict(
        probe=r"^stat",
        rel=S("staten statens"),
        nei=S("stat station statlig statligt statsvetaren"),
    ),
    "ansvar": dict(probe=r"ansvar", rel=S("ansvar ansvaret"), nei=S("oansvarig")),
    "varsel": dict(
        probe=r"vars[el]|varsl",
        rel=S("varsel varslet"),
        comp=S("strejkvarslet"),
        nei=S("varslade varslar"),
    ),
    "om": dict(probe=r"^om$", rel=S("om")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "gå": dict(probe=r"^(gick|går|gått|gå)$", rel=S("gick gå går gått")),
    "grund": dict(
        probe=r"^grund",
        rel=S("grund"),
        nei=S("grundstötningen grundstött grundstötte"),
    ),
    "fastland": dict(probe=r"fastland", rel=S("fastlandet")),
    "visby": dict(probe=r"visby", rel=S("visby")),
    "ny": dict(probe=r"^ny(a|tt|e)?$", rel=S("ny nya nytt")),
    "bud": dict(probe=r"^bud", rel=S("bud budet")),
    "brist": dict(probe=r"^brist", rel=S("brist")),
    "kustbevakningen": dict(probe=r"kustbev", rel=S("kustbevakningen kustbevakningens")),
    "fartyg": dict(
        probe=r"fartyg",
        rel=S("fartyg fartygen fartyget fartygets"),
        comp=S("ersättningsfartyg fraktfartyg fraktfartyget reservfartyg"),
    ),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "medlingsinstitutet": dict(probe=r"medlingsinst", rel=S("medlingsinstitutet medlingsinstitutets")),
    "nynäshamn": dict(probe=r"nynäs", rel=S("nynäshamn nynäshamns")),
    "oskarshamn": dict(probe=r"oskarsh", rel=S("oskarshamn")),
    "almedalen": dict(probe=r"almedal", rel=S("almedalen"), comp=S("almedalsveckan")),
    "apotek": dict(
        probe=r"apotek",
        rel=S("apoteken apoteket"),
        comp=S("sjukhusapoteket"),
        dc=S("apotekaren"),
    ),
    "lasarett": dict(probe=r"lasarett", rel=S("lasarett lasarettet")),
    "olja": dict(probe=r"^olj|olja|oljan", rel=S("olja oljan"), comp=S("oljeskadade")),
    "slite": dict(probe=r"slite", rel=S("slite")),
    "gotlandstrafik": dict(probe=r"gotlandstrafik", rel=S("gotlandstrafiken")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("strejken", "inflection", False, ("term", "strejk")),
    ("turisterna", "inflection", False, ("term", "turist")),
    ("förhandlingarna", "inflection", False, ("term", "förhandling")),
    ("grundstötningen", "inflection", False, ("term", "grundstötning")),
    ("medlarna", "inflection", False, ("term", "medlare")),
    ("leveranserna", "inflection", False, ("term", "leverans")),
    ("köerna", "inflection", False, ("term", "kö")),
    ("avgångarna", "inflection", False, ("term", "avgång")),
    ("resenärerna", "inflection", False, ("term", "resenär")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("fåglarna", "syncope", False, ("term", "fågel")),
    ("morgnar", "syncope", False, ("term", "morgon")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("länder", "umlaut", False, ("term", "land")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("stränderna", "umlaut", False, ("term", "strand")),
    ("färja", "compound", True, ("term", "färja")),
    ("mjölk", "compound", True, ("term", "mjölk")),
    ("läkemedel", "compound", True, ("term", "läkemedel")),
    ("hamn", "compound", True, ("term", "hamn")),
    ("djur", "compound", True, ("term", "djur")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("frakt", "compound", True, ("term", "frakt")),
    ("fack", "compound", True, ("term", "fack")),
    ('"statens ansvar"', "phrase", False, ("phrase", ["stat", "ansvar"])),
    ('"varsel om strejk"', "phrase", False, ("phrase", ["varsel", "om", "strejk"])),
    ('"gick på grund"', "phrase", False, ("phrase", ["gå", "på", "grund"])),
    ('"mjölk till fastlandet"', "phrase", False, ("phrase", ["mjölk", "till", "fastland"])),
    ('"turister i Visby"', "phrase", False, ("phrase", ["turist", "i", "visby"])),
    ('"nytt bud"', "phrase", False, ("phrase", ["ny", "bud"])),
    ('"brist på läkemedel"', "phrase", False, ("phrase", ["brist", "på", "läkemedel"])),
    ('"Kustbevakningens fartyg"', "phrase", False, ("phrase", ["kustbevakningen", "fartyg"])),
    ("Trafikverket Medlingsinstitutet", "boolean", False, ("and", ["trafikverket", "medlingsinstitutet"])),
    ("Nynäshamn OR Oskarshamn", "boolean", False, ("or", ["nynäshamn", "oskarshamn"])),
    ("strejken -Almedalen", "boolean", False, ("not", "strejk", "almedalen")),
    ("apotek OR lasarettet", "boolean", False, ("or", ["apotek", "lasarett"])),
    ("Kustbevakningen olja", "boolean", False, ("and", ["kustbevakningen", "olja"])),
    ("Visby Slite", "boolean", False, ("and", ["visby", "slite"])),
    ("Berg -Holm", "boolean", False, ("not", "berg", "holm")),
    ("källa:Öbladet strejken", "filter", False, ("filter", "Öbladet", "strejk")),
    ("källa:Fåran bönder", "filter", False, ("filter", "Fåran", "bonde")),
    ("källa:Blixten turisterna", "filter", False, ("filter", "Blixten", "turist")),
    ("källa:Kompass förhandlingarna", "filter", False, ("filter", "Kompass", "förhandling")),
    ("källa:Kölvattnet grundstötningen", "filter", False, ("filter", "Kölvattnet", "grundstötning")),
    ("typ:opinion ansvar", "filter", False, ("filter", "opinion", "ansvar")),
    ("typ:opinion Gotlandstrafiken", "filter", False, ("filter", "opinion", "gotlandstrafik")),
    ("Stig", "trap", False, ("term", "stig")),
    ("Bo", "trap", False, ("term", "bo")),
    ("Holm", "trap", False, ("term", "holm")),
    ("Björk", "trap", False, ("term", "björk")),
    ("Sten", "trap", False, ("term", "sten")),
    ("Lind", "trap", False, ("term", "lind")),
    ("fåren", "trap", False, ("term", "får")),
    ("tonen", "trap", False, ("term", "ton")),
    ("docka", "trap", False, ("term", "docka")),
    ("val", "trap", False, ("term", "val")),
    ("båt", "trap", False, ("term", "båt")),
    ("last", "trap", False, ("term", "last")),
    ("lov", "trap", False, ("term", "lov")),
]

HEADER = """# corpus_gotland.json – judging notes

Invented crisis: Sjöfolksfacket (an invented union of ferry crews) gives notice on 1 June 2026 of a strike against Östersjölinjen AB (invented), which runs the Gotland line (Visby–Nynäshamn and Visby–Oskarshamn) on a contract with Trafikverket; the dispute is about manning and rest hours. Medlingsinstitutet appoints two mediators (Eva Lind and Sten Ahlgren), the strike starts on Monday 15 June, in midsummer week, and the union grants a dispensation for one daily freight trip with M/S Stenkyrka. On 17 June Stenkyrka, with a reduced crew and a tired master, runs aground in fog on Krokgrundet south of Nynäshamn: 41 people on board, two slightly hurt, a small oil leak, oiled birds, animals lifted off by crane, Kustbevakningen and Statens haverikommission on site. For five days Gotland has no ferry at all: tourists are stranded in Visby (some sleep in the cathedral), milk is poured away, lambs and sheep cannot go to slaughter, pharmacies ration and Visby lasarett postpones operations while Kustbevakningen flies in blood and medicines; Trafikverket charters the Finnish ferry M/S Sjöstjärnan. The parties accept the mediators' proposal on 22 June; then to 10 July: losses and compensation, the inquiry, Stenkyrka in dry dock in Gdańsk, Almedalsveckan, a government inquiry into the state's responsibility for Gotlandstrafiken and the coming election. Places and public bodies are real (Visby, Slite, Klintehamn, Fårö, Fårösund, Hemse, När, Lau, Stånga, Stenkumla, Roma, Ljugarn, Tofta, Sudersand, Nynäshamn, Torö, Oskarshamn, Kristianstad, Gdańsk; Adelsgatan, Strandgatan, Hamngatan, Skeppsbron, Donners plats, Stora torget in Visby; Region Gotland, Trafikverket, Kustbevakningen, Medlingsinstitutet, Statens haverikommission, Sjöfartsverket, Transportstyrelsen, Läkemedelsverket, LRF, Visita, Svenska kyrkan, Visby lasarett; their actions are invented); the shoal Krokgrundet, the companies (Östersjölinjen, Gotlandsmejeriet, Gotlandsfrakt, Apoteket Hjorten), the union, the ships (Stenkyrka, Östergarn, Sjöstjärnan), every person and all seven outlets are invented: Öbladet (local daily, Gotland), Radio Raukar (local radio, with quotes and a commentary), Nyhetsbyrån Kompass (wire service, also carrying press releases), Blixten (national tabloid, headline fragments such as *KAOS. STREJK. MIDSOMMAR.*), Dagsljus (national daily), Fåran (farming trade paper) and Kölvattnet (shipping trade paper). 122 articles (105 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 1 June to 10 July 2026, all +02:00. The ids G001–G122 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (quotes were rephrased), the verb *händer* (*två sina händer* is the noun), the verb *hamnar* (*hamnar* is only the plural of *hamn*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the nouns *berg*, *holm*, *björk*, *sten*, *lind* and *stig* in their base forms and the verb *bo* in the infinitive (every *Berg*, *Holm*, *Björk*, *Sten*, *Lind*, *Stig*, *Stigs*, *Björks* and *Bo* is a person: Karin Berg, Anders and Jenny Holm, Ylva Björk, Sten Ahlgren, Eva and Åsa Lind, Stig Wallin and Stig Ek, Bo Hjort); *i morgon* (every *morgon* is a morning); *last* meaning vice (every *lasten* is cargo); *lov* meaning permission (*lovet* is a school holiday); the noun *val* meaning whale; *dock* as a noun (every *dock* is the adverb *however*; the dock is only *docka*, *dockan*).

Two homographs stay in the texts and are told apart by the word before them, as a Swedish reader does: *får* after a number, a number word or *våra*, *och*, *haft*, *fler*, *ett* is the animal (*240 får*, *lamm och får*, *Våra får*), otherwise the verb (*Nu får parterna*, *Jag får inte sälja*); *ton* after a number (*350 ton*, *ett ton spannmål*) is the weight, otherwise the tone (*ministerns ton*). The build tags the tokens (får_djur, får_verb, ton_vikt, ton_ljud) for the judging only; `python3 gotland_build.py -v` lists every occurrence with the word before it, and each was checked by hand.

How the lists were made: src/gotland_articles.py holds the texts and src/gotland_build.py (which reuses the judging functions of fire_build.py, with its own sentence splitter for the two tags) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: kö/ko, väder/vad, gåta/gata, båt/båd, val/väl, land/länd, stad/städ, natt/nät, strand/stränd, fågel/fagel) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so numbers and *KBV 033* are not tokens and hyphenated words are split.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -e- *färjeläget*, *färjetrafiken*, *färjepersonalen*; -u- *gatukök*, *gatuköksägaren*; -o- *kyrkogården*, *kyrkoherden*, *kyrkoruin*; -s- *läkemedelsleveranserna*, *Läkemedelsverket*; none *Gotlandsfärjan*, *vägfärjan*, *mjölkbönderna*, *mjölkpulver*, *hamnkaptenen*, *djurtransporterna*, *Adelsgatan*, *Strandgatan*, *domkyrkan*, *fraktfartyget*, *Sjöfolksfacket*. Names that contain the word are don't care: the street *Hamngatan* and the ports *Nynäshamn*, *Klintehamn*, *Oskarshamn* for `hamn`; the ship *Stenkyrka* (named after a parish) for `kyrka`; the company *Gotlandsfrakt* for `frakt`.
- **fack** (compound): *fackeltåg* (a torchlight march, *fackla*) → must_not. **frakt**: the verb *frakta*, *fraktat* → must_not. **mjölk**: the verb *mjölka*, *mjölkas*, *mjölkat* → must_not. **gata**: *gåta* (a riddle, diacritic lookalike) → must_not; *gått* is neither. **färja**, **läkemedel**, **hamn**, **djur**, **kyrka**: only the word and its compounds (*får_djur* is not a form of *djur*).
- **Stig** (trap, a first name): *stiger*, *stigit* (the verb *stiga*, prices rising) and *stigen* (a path) → must_not. **Bo** (a first name): the verb *bo* in *bor*, *bodde*, *bott* and the noun *boende*, *boendet* → must_not. **Holm** (a surname): *holmar* (islets), the surnames *Sjöholm*, *Lindholm* and *Stockholm* → must_not. **Björk**: *björklöv*, *björkris* (birch) and the surname *Björkman* → must_not. **Sten**: the ship *Stenkyrka*, the place *Stenkumla*, the surname *Stenström*, *stenarna* and *stenhårt* → must_not; *kundtjänsten*, *lasten*, *turisten* are neither. **Lind**: *lindra*, *lindriga* and the surnames *Lindahl*, *Lindberg*, *Lindgren*, *Lindholm* → must_not. The queries are typed as an analyst types a name, capitalised and alone; every other person with the same name (*Stig Ek*, *Jenny Holm*, *Åsa Lind*) is relevant.
- **fåren** (trap): the verb *får* (tagged by the word before it) and the places *Fårö*, *Fårösund* → must_not; *fårbonde(n)*, *fårbönderna* are compounds. **tonen**: *ton* after a number (the weight) → must_not; *ministerns ton* and *Tonen i debatten* are relevant. **docka**: the adverb *dock* → must_not; *torrdocka(n)* compounds. **val**: *väl* (adverb), *valde* (*välja*), *valv* (a vault), *välbesökta*, *välkomnar* → must_not; *väljarna* → don't care; *regionvalet*, *valfråga* compounds. **båt**: *både*, *båda* → must_not; *räddningsbåtar*, *bogserbåtar*, *fritidsbåtar* compounds. **last**: the verbs *lastade*, *avlasta*, *avlastar* → must_not; *lastbil* and its forms are compounds; *barlasttankarna* (ballast) → don't care. **lov**: *lovade*, *lovar*, *lovat* (*lova*) → must_not; *sommarlov* compound.
- **strejken**: *strejkar*, *strejkas* (the verb) → must_not; *de strejkande* → don't care; *strejkvakter*, *strejkvarslet*, *strejkveckan* … compounds. **förhandlingarna**: *förhandla*, *förhandlar*, *förhandlat* → must_not. **grundstötningen**: *grundstött*, *grundstötte* → must_not. **medlarna**: the verb *medla* (*medlar*, *medlade*; *medlar* is never a plural of *medlare*) and *medlem*, *medlemmar* → must_not; *medling*, *Medlingsinstitutet* → don't care. **köerna**: *kor*, *korna* (cows) and *kör* (*köra*) → must_not; *kön* is the queue. **avgångarna**: *avgår* (a minister who resigns) → must_not. **turisterna**, **leveranserna**, **resenärerna**: no lookalike in the texts.
- **numret**: *numera* (an adverb) → must_not; *bokningsnumret* compound. **somrar**: *somnade* → must_not; *midsommar* … compounds. **fåglarna**: the surname *Fagerlund* → must_not; *alfåglar*, *sjöfåglar* compounds. **vädret**: *vädjar* → must_not; *vad*, *lovade* are neither. **medlen**: every form of *medlare*, *medla*, *medling*, *Medlingsinstitutet* and *medlem* → must_not; *läkemedel*, *livsmedel* … compounds. **morgnar**: the weekday compounds (*söndagsmorgonen* …) are compounds.
- **bönder**: no lookalike. **länder**: the preposition *bland* and *landade* → must_not; *i land* (ashore) and the place names *Gotland*, *Finland*, *Estland*, *Södermanland* → don't care; *fastlandet* compound; *gotländska*, *finländska*, *strålande* are neither. **städer**: *städade*, *städare* (*städa*) → must_not; *Kristianstad* → don't care; *innerstaden* compound. **nätterna**: *nätet* (the internet) → must_not. **stränderna**: *strandade* → must_not; *strandsatta* and *Strandgatan* compounds.
- **Phrases**: forms must be adjacent and in order in one sentence. *statens ansvar* relevant; *Nu måste staten ta sitt ansvar* → must_not. *ett varsel om strejk* relevant; *24 timmars varsel* with *strejken* elsewhere → must_not. Forms of *gå* are *gick*, *går*, *gått*, *gå*: *gick på grund*, *har gått på grund* relevant; *Med Stenkyrka på grund* with *gick* elsewhere in the article → must_not. *mjölk till fastlandet* relevant. *turisterna i Visby* relevant. Forms of *ny* are *ny*, *nytt*, *nya*: *ett nytt bud*, *Det nya budet* relevant. *brist på läkemedel* relevant; *Någon akut brist finns inte* with *läkemedel* elsewhere → must_not. *Kustbevakningens fartyg* relevant; *Kustbevakningen* and *fartyget* apart → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*oljeskadade*) is don't care. NOT – an article with the excluded term is must_not; with it only inside a compound (*Almedalsveckan*), don't care; *Stockholm* is not *Holm* and does not exclude. OR – *sjukhusapoteket* alone is a compound → don't care for `apotek OR lasarettet`.
- **Filters**: `källa:` matches one word of the outlet's name (*Öbladet*, *Fåran*, *Blixten*, *Kompass*, *Kölvattnet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def show_tags():
    """Lists every får and ton with the word before it and its tag, for checking by hand."""
    for a in fire_build.articles(ARTICLES, "G"):
        for s in [a["title"]] + re.split(r"(?<=[.!?])\s+", a["text"]):
            prev = ""
            for r in RAW.findall(s):
                t = r.lower()
                if t in TAGS:
                    noun = prev.isdigit() or prev in NOUN_BEFORE[t]
                    print("%s %s %s -> %s" % (a["id"], prev, t, TAGS[t][0 if noun else 1]))
                prev = t


def main():
    if "-v" in sys.argv:
        show_tags()
    fire_build.build("gotland", "G", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
