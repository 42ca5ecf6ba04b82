#!/usr/bin/env python3
"""Builds corpus_flood.json and corpus_flood.md from flood_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 flood_build.py [-v]
"""

import fire_build
from flood_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "översvämning": dict(
        probe=r"översväm",
        rel=S("översvämning översvämningen översvämningar"),
        comp=S("översvämningsområde översvämningsyta översvämningsängar"),
        no=S("översvämmade översvämmades översvämmas"),
    ),
    "damm": dict(
        probe=r"d[aä]mm|^dame",
        rel=S("damm dammen dammens dammar dammarna"),
        comp=S("dammbrott dammexperter dammhandläggaren dammluckor dammluckorna dammsäkerheten "
               "dammsäkerhetsavdelning dammsäkerhetsexpert dammvakten dammägare dammägaren fördröjningsdammar "
               "jordfyllnadsdamm järnforsdammen"),
        no=S("dammsugare damerna"),
    ),
    "skyfall": dict(
        probe=r"skyfall",
        rel=S("skyfall skyfallet skyfallen"),
        comp=S("skyfallsplan skyfallsvallar"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skadan skador skadorna"),
        comp=S("skadeanmälningar skadecenter skadechefen skadehändelser skadereglerare skadestånd"),
        no=S("skadad skadade skadades skadats"),
        nei=S("minskad"),
    ),
    "nivå": dict(
        probe=r"nivå",
        rel=S("nivå nivån nivåer nivåerna"),
        comp=S("vattennivån vattennivåerna"),
    ),
    "älv": dict(
        probe=r"^älv|[^j]älv",
        rel=S("älv älven älvens älvarna"),
        comp=S("älvdalar älvdalarna indalsälven ångermanälven"),
    ),
    "brist": dict(
        probe=r"brist|brast|brust",
        rel=S("brist brister bristerna"),
        comp=S("foderbrist"),
        no=S("brista brast brustit"),
    ),
    # --- syncope ---
    "möbel": dict(
        probe=r"möb",
        rel=S("möbler möblerna"),
        comp=S("möbelaffär"),
        no=S("möblera"),
    ),
    "tunnel": dict(probe=r"tunn|^tunt", rel=S("tunneln"), no=S("tunt")),
    "kabel": dict(
        probe=r"kab",
        rel=S("kabel kabeln kablar kablarna"),
        comp=S("fiberkablar"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        nei=S("avrinningsområde översvämningsområde"),
    ),
    "vinter": dict(probe=r"vint", rel=S("vinter vintern vintrar")),
    "kapitel": dict(probe=r"kapit", rel=S("kapitel kapitlet"), no=S("kapital")),
    "medel": dict(
        probe=r"^med[e]?l",
        rel=S("medel medlen"),
        no=S("medelpad medelpads medlemmar"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bönder bönderna böndernas"),
        comp=S("mjölkbonde"),
    ),
    "bror": dict(
        probe=r"^bro[dr]|^bröd",
        rel=S("bror brodern bröderna brödernas"),
        no=S("brödsäden"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter"),
        comp=S("riksdagsledamoten"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("landet landets länder"),
        comp=S("landsbygden landsbygdsministern landshövding"),
        dc=S("jämtland kovland norrland västernorrland nederländerna"),
        no=S("landade"),
        nei=S("bland blandas förhållanden pressmeddelande röstmeddelande"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stränder stränderna"),
        comp=S("strandängarna"),
        no=S("strand strandade"),
    ),
    "son": dict(
        probe=r"^s[oö]n",
        rel=S("son söner sönerna"),
        no=S("sönder"),
    ),
    # --- compounds ---
    "flöde": dict(
        probe=r"fl[oö]d",
        rel=S("flöde flöden flödet"),
        comp=S("biflöden vårflödet"),
        no=S("flod floden flodens vårflod vårfloden flödade"),
    ),
    "klimat": dict(
        probe=r"klimat",
        rel=S("klimat klimatet"),
        comp=S("klimatanpassning klimatanpassningen klimatförändringarna klimatpolitik"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan gator"),
        comp=S("bergsgatan storgatan gatubrunnar gatubrunnarna gatukontoret"),
        no=S("gåta gåtan"),
        nei=S("gått"),
    ),
    "människa": dict(
        probe=r"männ|människ",
        rel=S("människa människor människors"),
        comp=S("människoliv"),
        nei=S("allmänna"),
    ),
    "järnväg": dict(probe=r"järnv", rel=S("järnväg"), comp=S("järnvägsbron")),
    "vall": dict(
        probe=r"vall",
        rel=S("vall vallen vallar vallarna"),
        comp=S("banvallar banvallen jordvallen skyddsvall skyddsvallar skyddsvallen skyfallsvallar vallodlingarna"),
        dc=S("sundsvall sundsvalls"),
        no=S("intervall"),
    ),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringen försäkringar försäkringarna"),
        comp=S("försäkringsbolag försäkringsbolagen försäkringsbolaget försäkringsbranschen försäkringsbyrå "
               "försäkringsfrågor försäkringstagare försäkringsvillkor hemförsäkring hemförsäkringen "
               "lantförsäkringar skördeförsäkring trafikförsäkring villaförsäkring"),
        no=S("försäkra försäkrade"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänster"),
        comp=S("räddningstjänsten tjänsteman tjänstemannen tjänstemän"),
        no=S("tjänar"),
    ),
    # --- traps ---
    "regn": dict(
        probe=r"regn",
        rel=S("regn regnet"),
        comp=S("höstregn regnmängder regnområde"),
        no=S("regna regnade regnar regnat regnig"),
    ),
    "flod": dict(
        probe=r"fl[oö]d",
        rel=S("flod floden flodens"),
        comp=S("vårflod vårfloden"),
        no=S("flöde flöden flödet biflöden vårflödet flödade"),
    ),
    "lera": dict(
        probe=r"ler[aio]|^ler",
        rel=S("lera leran"),
        no=S("kolera leriga"),
        nei=S("flera möblera reglerar skadereglerare"),
    ),
    "nöd": dict(
        probe=r"nöd",
        rel=S("nöd nöden"),
        comp=S("nödläge"),
        no=S("nödvändigt onödan"),
    ),
    "hjälp": dict(probe=r"hjälp", rel=S("hjälp"), no=S("hjälpa hjälpt hjälpte")),
    "fara": dict(
        probe=r"far[aoli]|faran|faror",
        rel=S("fara faran"),
        no=S("farligt befarade befarat"),
        nei=S("fortfarande"),
    ),
    "risk": dict(
        probe=r"risk",
        rel=S("risk risken risker"),
        comp=S("hälsorisk"),
        no=S("riskerar riskerat"),
        nei=S("provisoriskt"),
    ),
    "åtgärd": dict(probe=r"åtgärd", rel=S("åtgärder"), no=S("åtgärda åtgärdade åtgärdas")),
    "bidrag": dict(probe=r"bidr", rel=S("bidrag"), no=S("bidragit bidrog")),
    "höjd": dict(probe=r"höj", rel=S("höjd höjder"), no=S("höjas höjde höjer höjs")),
    "pump": dict(
        probe=r"pump",
        rel=S("pump pumpen pumparna"),
        comp=S("länspumpar"),
        no=S("pumpa pumpats"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar"),
        comp=S("bilexperten elbilar"),
        no=S("bilder billigare mobila mobilen mobiler stabil"),
    ),
    "källare": dict(
        probe=r"käll",
        rel=S("källare källaren källarna"),
        no=S("källa källor"),
    ),
    "tak": dict(probe=r"^tak|tak$|taket|taken", rel=S("tak taket"), comp=S("plåttaket"), no=S("takt")),
    # --- words of phrases, booleans and filters ---
    "röd": dict(probe=r"^r[öo]d|^rött", rel=S("röd röda")),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningar varningen"),
        comp=S("varningssystem"),
        no=S("varna varnade varnar varnat"),
        nei=S("kvarnar älvarna"),
    ),
    "hög": dict(probe=r"^hög", rel=S("hög höga högre högsta högt")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "dammbrott": dict(probe=r"dammbrott", rel=S("dammbrott")),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("avloppsvatten dagvatten dagvattenledningar dricksvattnet grundvatten grundvattenproblem vattendrag "
               "vattenmassorna vattenmängderna vattennivåerna vattennivån"),
        dc=S("vattenfall"),
        nei=S("avvattning"),
    ),
    "krisledning": dict(
        probe=r"krisledn",
        rel=S("krisledning krisledningen"),
        comp=S("krisledningsnämnden"),
    ),
    "stöd": dict(
        probe=r"^st[öo]d",
        rel=S("stöd stödet"),
        comp=S("stödregler"),
        no=S("stod"),
        nei=S("stöde"),
    ),
    "anpassning": dict(
        probe=r"anpass",
        rel=S("anpassning anpassningen"),
        comp=S("klimatanpassning klimatanpassningen"),
        no=S("anpassa"),
    ),
    "evakuerad": dict(
        probe=r"evaku",
        rel=S("evakuerade"),
        nei=S("evakuerades evakueras evakuerats evakuering evakueringen"),
    ),
    "översvämmad": dict(probe=r"översvämmad", rel=S("översvämmade"), nei=S("översvämmades")),
    "by": dict(probe=r"^by(n|ar|arna|ns|arnas|en)?$", rel=S("by byn byarna")),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("väg vägen vägar vägarna"),
        comp=S("vägbankar vägförening vägföreningar vägföreningarna"),
        dc=S("järnväg järnvägsbron"),
        no=S("vågar"),
        nei=S("vägg väggar väggarna"),
    ),
    "järnforsen": dict(probe=r"järnfors", rel=S("järnforsen"), comp=S("järnforsdammen")),
    "mittbanan": dict(probe=r"mittban", rel=S("mittbanan")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "sandsäck": dict(probe=r"sandsäck", rel=S("sandsäckar sandsäckarna")),
    "villa": dict(
        probe=r"vill[ao]",
        rel=S("villa villor"),
        comp=S("villaförsäkring villaägare villaägarföreningen villaägarna villaägarnas"),
    ),
    "ånge": dict(probe=r"^ånge", rel=S("ånge"), nei=S("ångermanälven")),
    "klimatanpassning": dict(probe=r"klimatanpass", rel=S("klimatanpassning klimatanpassningen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("översvämningar", "inflection", False, ("term", "översvämning")),
    ("dammen", "inflection", False, ("term", "damm")),
    ("skyfallet", "inflection", False, ("term", "skyfall")),
    ("skador", "inflection", False, ("term", "skada")),
    ("nivåer", "inflection", False, ("term", "nivå")),
    ("älven", "inflection", False, ("term", "älv")),
    ("brister", "inflection", False, ("term", "brist")),
    ("möbler", "syncope", False, ("term", "möbel")),
    ("tunneln", "syncope", False, ("term", "tunnel")),
    ("kablar", "syncope", False, ("term", "kabel")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("vintern", "syncope", False, ("term", "vinter")),
    ("kapitlet", "syncope", False, ("term", "kapitel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("bonde", "umlaut", False, ("term", "bonde")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("land", "umlaut", False, ("term", "land")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("söner", "umlaut", False, ("term", "son")),
    ("damm", "compound", True, ("term", "damm")),
    ("flöde", "compound", True, ("term", "flöde")),
    ("klimat", "compound", True, ("term", "klimat")),
    ("gata", "compound", True, ("term", "gata")),
    ("människa", "compound", True, ("term", "människa")),
    ("järnväg", "compound", True, ("term", "järnväg")),
    ("vall", "compound", True, ("term", "vall")),
    ("försäkring", "compound", True, ("term", "försäkring")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ('"röd varning"', "phrase", False, ("phrase", ["röd", "varning"])),
    ('"höga flöden"', "phrase", False, ("phrase", ["hög", "flöde"])),
    ('"risk för dammbrott"', "phrase", False, ("phrase", ["risk", "för", "dammbrott"])),
    ('"vatten i källaren"', "phrase", False, ("phrase", ["vatten", "i", "källare"])),
    ('"brister i krisledningen"', "phrase", False, ("phrase", ["brist", "i", "krisledning"])),
    ('"stöd till bönderna"', "phrase", False, ("phrase", ["stöd", "till", "bonde"])),
    ('"anpassning till klimatet"', "phrase", False, ("phrase", ["anpassning", "till", "klimat"])),
    ('"evakuerade byar"', "phrase", False, ("phrase", ["evakuerad", "by"])),
    ('"översvämmade källare"', "phrase", False, ("phrase", ["översvämmad", "källare"])),
    ('"skador på vägarna"', "phrase", False, ("phrase", ["skada", "på", "väg"])),
    ("dammen Järnforsen", "boolean", False, ("and", ["damm", "järnforsen"])),
    ("skyfall OR översvämning", "boolean", False, ("or", ["skyfall", "översvämning"])),
    ("översvämning -Ånge", "boolean", False, ("not", "översvämning", "ånge")),
    ("Mittbanan Trafikverket", "boolean", False, ("and", ["mittbanan", "trafikverket"])),
    ("pump OR sandsäckar", "boolean", False, ("or", ["pump", "sandsäck"])),
    ("försäkring -villa", "boolean", False, ("not", "försäkring", "villa")),
    ("källa:Mittpunkt dammen", "filter", False, ("filter", "Mittpunkt", "damm")),
    ("källa:Kompassen översvämning", "filter", False, ("filter", "Kompassen", "översvämning")),
    ("källa:Jordbruksbladet skador", "filter", False, ("filter", "Jordbruksbladet", "skada")),
    ("källa:Ångebladet krisledning", "filter", False, ("filter", "Ångebladet", "krisledning")),
    ("källa:Rikstidningen försäkring", "filter", False, ("filter", "Rikstidningen", "försäkring")),
    ("typ:opinion klimatanpassning", "filter", False, ("filter", "opinion", "klimatanpassning")),
    ("regn", "trap", False, ("term", "regn")),
    ("flod", "trap", False, ("term", "flod")),
    ("lera", "trap", False, ("term", "lera")),
    ("nöd", "trap", False, ("term", "nöd")),
    ("hjälp", "trap", False, ("term", "hjälp")),
    ("fara", "trap", False, ("term", "fara")),
    ("risk", "trap", False, ("term", "risk")),
    ("åtgärd", "trap", False, ("term", "åtgärd")),
    ("bidrag", "trap", False, ("term", "bidrag")),
    ("höjd", "trap", False, ("term", "höjd")),
    ("pump", "trap", False, ("term", "pump")),
    ("bil", "trap", False, ("term", "bil")),
    ("källare", "trap", False, ("term", "källare")),
    ("tak", "trap", False, ("term", "tak")),
]

HEADER = """# corpus_flood.json – judging notes

Invented crisis: after a wet July, a cloudburst (skyfall) falls over western Medelpad in the night to Tuesday 4 August 2026: 162 mm in six hours at Stöde, SMHI's first red warning for rain in Västernorrland (orange the day before). Ljungan rises almost three metres, the regulating dam Järnforsdammen above Stöde fills to its crest and about 1 200 people in Nedansjö, Lillholmen and low Stöde are evacuated for fear of a dam break; the dam holds. Mittbanan (the embankment at Fränsta and Torpshammar, a flooded tunnel) is closed for seven weeks and E14 for days; hundreds of cellars are flooded in Sundsvall (Skönsberg, Storgatan). The articles follow the weeks before (SMHI's report, a missing cloudburst plan, the dam's review), the night and the evacuation, the clean-up, farmers' lost harvests and the state's crisis aid, insurance refusals (grundvatten or översvämning), a complaint board's decisions and a lawsuit, Ånge municipality's late text message and an external review of its crisis management, the dam owner's known defects and the county's order, and the Riksdag's debate and budget on climate adaptation, to 16 December. Places and public bodies are real (Ånge, Stöde, Nedansjö, Matfors, Fränsta, Torpshammar, Sundsvall, Skönsberg, Ljungan, Mittbanan, E14; SMHI, Länsstyrelsen Västernorrland, Trafikverket, Svenska kraftnät, MSB, ARN, LRF Mitt, SLU); the hamlets Lillholmen and Järnforsen, the dam Järnforsdammen, the companies (Ljungans Kraft AB, Norrskydd Försäkring, Krisrådet AB, Mitt Sanering, Ljungandalens Fiber), every person and all six outlets are invented: Medelpads Tidning and Ångebladet (local dailies), Radio Mittpunkt (local radio, with quotes), Nyhetsbyrån Kompassen (wire service, also carrying press releases), Rikstidningen (national daily) and Jordbruksbladet (farming trade paper). 129 articles (113 news, 16 opinion: leaders, debate articles, a column, letters), published 3 June to 16 December 2026, +02:00 until 25 October and +01:00 after. The ids o001–o129 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (one *en äldre herre* instead), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *pumpar* (the noun's plural and the verb's present; only *pumpen*, *pumparna*, *länspumpar* and the verb's *pumpa*, *pumpats* appear), *damm* meaning dust (every *damm*/*dammen* is a dam; dust only inside *dammsugare*), the verb *skada* in its infinitive (the noun's base form; only *skadad*, *skadade*, *skadades*, *skadats* of the verb), the verb *brister* (the noun's plural; only *brista*, *brast*, *brustit*), the verb *fara* (to travel), and *översvämmade* and *evakuerade* as preterites right before a noun (every *översvämmade källare* and *evakuerade byarna* is the participle).

How the lists were made: src/flood_articles.py holds the texts and src/flood_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic and umlaut variants: flod/flöde, gata/gåta, damm/dämm, stöd/stod, son/sön, bror/bröd, väg/våg, strand/stränder, land/länder) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *sms-tjänster* gives *sms* and *tjänster*, and *SMHI:s* gives *smhi* and *s*. `python3 flood_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *järnvägsbron*, *skyddsvallar*, *skyfallsvallar*, *försäkringsbolaget*, *räddningstjänsten*; -e- *tjänsteman*, *tjänstemän*; -u- *gatubrunnarna*, *gatukontoret*; -o- *människoliv*; none *järnforsdammen*, *dammluckorna*, *banvallen*, *vårflödet*, *biflöden*, *klimatanpassningen*, *storgatan*, *hemförsäkringen*, *lantförsäkringar* (the company's name ends in the word). The word *vall* is both the embankment (*vallen*, *en vall runt byn*) and the farmer's ley (*odlar vall och korn*, *skörden av vall*): one noun with the same forms, so both are relevant; *vallodlingarna* is a compound. *Sundsvall*, *Sundsvalls* → don't care for `vall` (a place name that ends in the word, as *Kristianstad* for `stad`); *intervall* → must_not.
- **damm**: *dammsugare* (a compound of dust, not of the dam) and *damerna* (dam, a lady) → must_not; *dammbrott*, *dammvakten*, *fördröjningsdammar*, *jordfyllnadsdamm* are compounds.
- **medlen** (syncope of *medel*): the province *Medelpad*, *Medelpads* (a name that only looks like a compound of *medel*) and *medlemmar* → must_not. This query has many must_not ids: most articles name Medelpad.
- **kapitlet**: *kapital* → must_not; *kapitel* relevant. **tunneln**: *tunt* (thin) → must_not. **möbler**: *möblera* → must_not; *möbelaffär* compound. **kablar**: *fiberkablar* compound. **somrar**: *avrinningsområde*, *översvämningsområde* contain the letters and are neither.
- **bonde**: only *bönder*, *bönderna*, *böndernas* and the compound *mjölkbonde* occur. **bröder** (`bror`): *bror*, *brodern*, *bröderna*, *brödernas* relevant; *brödsäden* (bread grain) → must_not. **söner** (`son`): *sönder* → must_not. **stränder** (`strand`): *strand* occurs only as the surname of the minister Cecilia Strand and of Emil Strand, so it is must_not, as is *strandade*; *strandängarna* compound. **land**: *landet*, *landets*, *länder* relevant; *landade* → must_not; *Västernorrland*, *Norrland*, *Jämtland*, *Kovland*, *Nederländerna* → don't care; *landsbygden*, *landshövding* compounds; *bland*, *förhållanden*, *pressmeddelande* are neither.
- **översvämningar**: the verb and its participle *översvämmade*, *översvämmades*, *översvämmas* → must_not. **skador**: *skadad*, *skadade*, *skadades*, *skadats* → must_not; *skadestånd*, *skadereglerare* (skade- for skada) compounds. **brister**: *brista*, *brast*, *brustit* → must_not; *foderbrist* compound. **älven**: *Indalsälven*, *Ångermanälven*, *älvdalarna* compounds; *själv* is not probed.
- **flöde** (compound) and **flod** (trap) are two lemmas: every form of the one is must_not for the other (*flöde*, *flödet*, *flöden*, *biflöden*, *vårflödet* against *flod*, *floden*, *flodens*, *vårflod*, *vårfloden*), and the verb *flödade* is must_not for both.
- **regn**: *regna*, *regnade*, *regnar*, *regnat* and the adjective *regnig* → must_not; *höstregn*, *regnmängder*, *regnområde* compounds. **lera**: *kolera* (only looks like a compound) and the adjective *leriga* → must_not; *flera*, *möblera*, *reglerar*, *skadereglerare* are neither. **nöd**: *nödvändigt* and *onödan* → must_not; *nödläge* compound. **hjälp**: *hjälpa*, *hjälpt*, *hjälpte* → must_not. **fara**: *farligt* and *befarade*, *befarat* → must_not; *fortfarande* neither. **risk**: *riskerar*, *riskerat* → must_not; *hälsorisk* compound; *provisoriskt* neither. **åtgärd**: *åtgärda*, *åtgärdade*, *åtgärdas* → must_not. **bidrag**: *bidragit* and *bidrog* (bidra) → must_not. **höjd**: *höja* in *höjde*, *höjer*, *höjs*, *höjas* → must_not. **pump**: *pumpa*, *pumpats* → must_not; *länspumpar* compound. **bil**: *bilder*, *billigare*, *mobila*, *mobilen*, *mobiler*, *stabil* → must_not; *elbilar*, *bilexperten* compounds. **källare**: *källa*, *källor* → must_not. **tak**: *takt* → must_not; *plåttaket* compound.
- **gata**: *gåta*, *gåtan* → must_not; *gått* neither. **försäkring**: *försäkra*, *försäkrade* → must_not. **tjänst**: *tjänar* → must_not; *tjänster* (from *sms-tjänster*) relevant.
- **Phrases**: forms of *hög* include *högt*, *högre*, *högsta*, so *Flödet i Ljungan … var i går det högsta* → must_not for "höga flöden", *klara höga flöden* relevant. *hög risk vid ett dammbrott* → must_not for "risk för dammbrott". *gå ner i källaren om det står vatten där* → must_not for "vatten i källaren"; *vatten i källare* relevant. *Vi hade brister i vår krisledning* → must_not for "brister i krisledningen". *stöd till drabbade bönder* (a title, in an article that also has *stöd till bönderna*) relevant through the text. *Ett förändrat klimat kräver anpassning* → must_not for "anpassning till klimatet"; *anpassa sig snabbare till ett klimat* has the verb, not the noun; articles with only *klimatanpassning* (a compound) → don't care for "anpassning till klimatet". *Evakuerade får återvända … vägen in till byn* → must_not for "evakuerade byar". *Källarna var översvämmade* → must_not for "översvämmade källare". *skador på järnväg och vägar* → must_not for "skador på vägarna". *Varningen var röd* → must_not for "röd varning"; *den röda varningen* relevant.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*Järnforsdammen* without the village *Järnforsen*) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*villaägare* for `villa`), don't care. *Ångermanälven* does not exclude for `-Ånge`.
- **Filters**: `källa:` matches one word of the outlet's name (*Mittpunkt*, *Kompassen*, *Jordbruksbladet*, *Ångebladet*, *Rikstidningen*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""

# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("flood", "o", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
