#!/usr/bin/env python3
"""Builds corpus_pharmacy.json and corpus_pharmacy.md from pharmacy_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: Farmakia's security chief Jonas Storm (storm),
the heart patient Elsa Frost and her son Lars Frost (frost), Ulla Kraft of Läkemedelsverket (kraft), Camilla Ström of
Diabetesförbundet (ström), the researcher Jenny Hav and the Karlshamn politician Bengt Hav (hav). A reader tells the
name from the word, so the tokenizer below reads the capitalised tokens Storm, Frost, Kraft, Ström and Hav, which the
texts use only as these names (never as a word at the start of a sentence or a title; check_names() verifies that
each stands in an article that names its person in full), as tokens of their own: storm(namn), frost(namn) and so on.
Every other token is as in fire_build.

Run from this folder: python3 pharmacy_build.py [-v]
"""

import sys

import fire_build
from pharmacy_articles import ARTICLES


S = fire_build.S

NAMES = {"Storm", "Frost", "Kraft", "Ström", "Hav"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Storm": ("Jonas Storm",),
    "Frost": ("Elsa Frost", "Lars Frost"),
    "Kraft": ("Ulla Kraft",),
    "Ström": ("Camilla Ström",),
    "Hav": ("Jenny Hav", "Bengt Hav"),
}


def tokens(text):
    """fire_build's tokens, with the names that are also words kept apart from the words."""
    return [t.lower() + "(namn)" if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must stand in an article that names its person in full; returns the number of
    tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t in NAMES and not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "recept": dict(
        probe=r"recept",
        rel=S("recept receptet recepten"),
        comp=S("pappersrecept pappersrecepten receptbelagda receptbelagt receptfria receptfritt receptsystem "
               "receptsystemet"),
        no=S("receptionen"),
    ),
    "kund": dict(
        probe=r"kund",
        rel=S("kund kunden kunder kunderna kundernas kunders"),
        comp=S("kundregistret kunduppgifter"),
        no=S("kunde"),
    ),
    "patient": dict(
        probe=r"patient",
        rel=S("patient patienten patientens patienter patienterna"),
        comp=S("dospatienterna hjärtpatienter patientföreningar patientsäkerheten"),
    ),
    "leverans": dict(
        probe=r"leverans|leverer|leverant",
        rel=S("leveransen leveranser leveranserna"),
        dc=S("leverantör leverantörer systemleverantören"),
        no=S("levererar levereras"),
    ),
    "attack": dict(
        probe=r"attack",
        rel=S("attack attacken attacker"),
        comp=S("apoteksattacken cyberattack cyberattacken"),
        no=S("attackera"),
    ),
    "angrepp": dict(
        probe=r"angr[ie]p|angrepp",
        rel=S("angrepp angreppet"),
        dc=S("angriparna"),
        no=S("angreps angripa angripet angripit angripits"),
    ),
    "pensionär": dict(
        probe=r"pension",
        rel=S("pensionär pensionärer pensionärerna"),
        comp=S("pensionärsföreningen"),
        no=S("pension"),
    ),
    "tablett": dict(
        probe=r"tablett",
        rel=S("tabletter tabletterna"),
        comp=S("blodtryckstabletter värktabletter"),
    ),
    "utpressning": dict(
        probe=r"utpress",
        rel=S("utpressning utpressningen"),
        comp=S("utpressningsprogram"),
    ),
    # --- syncope ---
    "nyckel": dict(probe=r"nyck|nyckl", rel=S("nycklarna")),
    "läkemedel": dict(
        probe=r"läkemed",
        rel=S("läkemedel läkemedlen läkemedlet"),
        comp=S("läkemedelsförsörjning läkemedelsförsörjningen läkemedelslistan läkemedelsverket läkemedelsverkets"),
    ),
    "socker": dict(probe=r"socker|sockr", rel=S("sockret"), comp=S("blodsockret")),
    "offer": dict(probe=r"^off|offer|offr", rel=S("offer offren"), no=S("offrat")),
    "mönster": dict(probe=r"mönst", rel=S("mönster mönstret")),
    "finger": dict(probe=r"fing[er]|fingr", rel=S("fingrarna")),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("staden stadens städer"),
        dc=S("kristianstad ystad"),
        no=S("bostad"),
        nei=S("kastade kostade"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter"),
        comp=S("nattfrost"),
        no=S("nätet nätverk nätverket nättraby"),
    ),
    "fot": dict(probe=r"^f[oö]t|fött", rel=S("foten fötterna")),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen|son$",
        rel=S("son sonen sonens söner"),
        no=S("söndag söndagen sönder"),
        nei=S("andersson bengtsson nilsson ottosson person personen persson"),
    ),
    "dotter": dict(probe=r"dott|dött", rel=S("dotter döttrar döttrarna"), no=S("dött")),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet länder"),
        comp=S("landsdel"),
        dc=S("finland halland tyskland nederländerna nederländsk listerlandet landskrona"),
        nei=S("bland meddelande pressmeddelande smärtstillande uttalande"),
    ),
    # --- compounds ---
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteken apotekens apoteket"),
        comp=S("apoteksattacken apoteksbranschen apoteksbussen apotekschef apotekschefen apotekschefer "
               "apoteksförening apoteksföreningen apotekskedja apotekskedjan apotekskedjas apotekskedjor "
               "apotekskedjorna apoteksmarknaden apoteksombud apotekspersonal apotekspersonalen dosapotek "
               "sjukhusapoteken sjukhusapoteket"),
        dc=S("apotekare apotekaren"),
    ),
    "system": dict(
        probe=r"system",
        rel=S("system systemen systemet"),
        comp=S("datasystem datorsystemen receptsystem receptsystemet systemleverantören"),
        no=S("systematiskt systembolaget"),
    ),
    "hjärta": dict(
        probe=r"hjärt",
        rel=S("hjärta hjärtat"),
        comp=S("hjärt hjärtesak hjärtflimmer hjärtförbundet hjärtinfarkt hjärtklappningen hjärtmedicin hjärtmediciner "
               "hjärtpatienter hjärtproblem hjärtrytmrubbningar hjärtsjukdom hjärtsvikt"),
    ),
    "lista": dict(
        probe=r"list",
        rel=S("lista listan listor"),
        comp=S("läkemedelslistan medicinlista väntelistan"),
        no=S("listerbyn listerlandet"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckas veckor"),
        comp=S("krisveckan veckodosetter"),
        no=S("utvecklar utvecklingen"),
    ),
    "gata": dict(
        probe=r"gat[aoue]|gåt",
        rel=S("gator"),
        comp=S("drottninggatan gatubelysningen gatuplanet ronnebygatan ågatan"),
        no=S("gåta gåtan"),
        nei=S("gått"),
    ),
    "människa": dict(
        probe=r"männi",
        rel=S("människa människor"),
        comp=S("människoliv"),
    ),
    "insulin": dict(
        probe=r"insulin",
        rel=S("insulin insulinet"),
        comp=S("insulinpennor långtidsinsulin"),
    ),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhusen sjukhuset"),
        comp=S("blekingesjukhuset sjukhusapoteken sjukhusapoteket universitetssjukhus"),
    ),
    # --- traps ---
    "storm": dict(
        probe=r"storm",
        rel=S("storm stormen"),
        no=S("storm(namn) stormade stormarknaden stormarknader stormöte"),
    ),
    "frost": dict(
        probe=r"frost",
        rel=S("frost frosten"),
        comp=S("nattfrost"),
        no=S("frost(namn)"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft"),
        comp=S("motståndskraft"),
        no=S("kraft(namn) kraftigt"),
    ),
    "ström": dict(
        probe=r"str[öo]m",
        rel=S("ström"),
        dc=S("olofström"),
        no=S("ström(namn) strömmade"),
    ),
    "rad": dict(
        probe=r"r[aå]d",
        rel=S("rad rader"),
        no=S("radera raderar raderat radio radioanstalt råd råda regionråd kommunalrådet avråder"),
        nei=S("debatterade diskuterades förlorad installerades klarade krypterade minusgrader omreglerades splittrade "
              "stockholmsområdet svarade turades vägrade"),
    ),
    "kod": dict(
        probe=r"kod",
        rel=S("kod koden"),
        no=S("kodein"),
        nei=S("veckodosetter"),
    ),
    "mor": dict(
        probe=r"^mor|mor$|mors$",
        rel=S("mor"),
        comp=S("mormor"),
        no=S("morfin morgonen morse morteln"),
        nei=S("blommor mammor"),
    ),
    "vän": dict(
        probe=r"vän",
        rel=S("vän vänner vännerna"),
        no=S("vänds vänlig vänliga vänta väntade väntar väntas väntat väntelistan väntetid väntrummet"),
        nei=S("använda användas använde använder används använt använts"),
    ),
    "bot": dict(
        probe=r"bot",
        rel=S("bot"),
        no=S("bott botten robotar robotarna"),
    ),
    "sked": dict(
        probe=r"sked",
        rel=S("sked skedar"),
        comp=S("mätsked"),
        no=S("skedde"),
        nei=S("apotekskedja apotekskedjan apotekskedjas apotekskedjor apotekskedjorna beskedet vätskedrivande"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak"),
        no=S("takt"),
        nei=S("kontakt kontakta kontaktar"),
    ),
    "ris": dict(
        probe=r"ris",
        rel=S("ris"),
        no=S("krisen krisledning krisledningarna krisledningen krisplan krisveckan pris priser priserna priset risk "
             "risken riskerar riskfyllt"),
        nei=S("brist bristen bristerna frisk jurist kristianstad"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("hav havet"),
        no=S("hav(namn) haveriet"),
    ),
    # --- words of phrases, booleans and filters ---
    "brist": dict(probe=r"brist", rel=S("brist bristen bristerna")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "ett": dict(probe=r"^ett$", rel=S("ett")),
    "enda": dict(probe=r"^enda", rel=S("enda")),
    "nationell": dict(probe=r"nationel", rel=S("nationell nationella")),
    "läkemedelslista": dict(probe=r"läkemedelslist", rel=S("läkemedelslistan")),
    "papper": dict(
        probe=r"papp",
        rel=S("papper papperet"),
        comp=S("pappersrecept pappersrecepten"),
    ),
    "äldre": dict(probe=r"^äldre", rel=S("äldre"), comp=S("äldreboenden äldreboendena")),
    "skåne": dict(probe=r"skån", rel=S("skåne skånes"), comp=S("skånetrafiken"), dc=S("skåningar")),
    "blekinge": dict(probe=r"bleking", rel=S("blekinge"), comp=S("blekingesjukhuset")),
    "omreglering": dict(probe=r"omregl", rel=S("omregleringen"), nei=S("omreglerades")),
    "apoteksmarknad": dict(probe=r"apoteksmarknad", rel=S("apoteksmarknaden")),
    "region": dict(
        probe=r"^region",
        rel=S("region regionen regionens regionerna"),
        comp=S("regionchef regionråd"),
    ),
    "krisledning": dict(probe=r"krisledn", rel=S("krisledning krisledningen krisledningarna")),
    "karlskrona": dict(probe=r"karlskron", rel=S("karlskrona")),
    "läkemedelsverket": dict(probe=r"läkemedelsverk", rel=S("läkemedelsverket läkemedelsverkets")),
    "e-hälsomyndigheten": dict(probe=r"hälsomyndighet", rel=S("hälsomyndigheten"), no=S("folkhälsomyndigheten")),
    "malmö": dict(probe=r"malmö", rel=S("malmö")),
    "karlshamn": dict(probe=r"karlsham", rel=S("karlshamn")),
    "diabetesförbundet": dict(probe=r"diabetesförb", rel=S("diabetesförbundet")),
    "pro": dict(probe=r"^pro$", rel=S("pro")),
    "farmakia": dict(probe=r"farmaki", rel=S("farmakia farmakias")),
    "lösensumma": dict(probe=r"lösensumm", rel=S("lösensumma")),
    "polis": dict(probe=r"^polis", rel=S("polis polisen polisens"), comp=S("polisanmält")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("recepten", "inflection", False, ("term", "recept")),
    ("kunderna", "inflection", False, ("term", "kund")),
    ("patienterna", "inflection", False, ("term", "patient")),
    ("leveranserna", "inflection", False, ("term", "leverans")),
    ("attacken", "inflection", False, ("term", "attack")),
    ("angreppet", "inflection", False, ("term", "angrepp")),
    ("pensionärerna", "inflection", False, ("term", "pensionär")),
    ("tabletterna", "inflection", False, ("term", "tablett")),
    ("utpressningen", "inflection", False, ("term", "utpressning")),
    ("nycklarna", "syncope", False, ("term", "nyckel")),
    ("läkemedlen", "syncope", False, ("term", "läkemedel")),
    ("sockret", "syncope", False, ("term", "socker")),
    ("offren", "syncope", False, ("term", "offer")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("fingrarna", "syncope", False, ("term", "finger")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("söner", "umlaut", False, ("term", "son")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("länder", "umlaut", False, ("term", "land")),
    ("apotek", "compound", True, ("term", "apotek")),
    ("system", "compound", True, ("term", "system")),
    ("hjärta", "compound", True, ("term", "hjärta")),
    ("lista", "compound", True, ("term", "lista")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("gata", "compound", True, ("term", "gata")),
    ("människa", "compound", True, ("term", "människa")),
    ("insulin", "compound", True, ("term", "insulin")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ('"brist på insulin"', "phrase", False, ("phrase", ["brist", "på", "insulin"])),
    ('"Nationella läkemedelslistan"', "phrase", False, ("phrase", ["nationell", "läkemedelslista"])),
    ('"recept på papper"', "phrase", False, ("phrase", ["recept", "på", "papper"])),
    ('"äldre patienter"', "phrase", False, ("phrase", ["äldre", "patient"])),
    ('"Skåne och Blekinge"', "phrase", False, ("phrase", ["skåne", "och", "blekinge"])),
    ('"omregleringen av apoteksmarknaden"', "phrase", False, ("phrase", ["omreglering", "av", "apoteksmarknad"])),
    ('"ett enda system"', "phrase", False, ("phrase", ["ett", "enda", "system"])),
    ('"Region Skånes krisledning"', "phrase", False, ("phrase", ["region", "skåne", "krisledning"])),
    ("insulin Karlskrona", "boolean", False, ("and", ["insulin", "karlskrona"])),
    ("Läkemedelsverket OR E-hälsomyndigheten", "boolean", False, ("or", ["läkemedelsverket", "e-hälsomyndigheten"])),
    ("insulin -Malmö", "boolean", False, ("not", "insulin", "malmö")),
    ("pensionärer Karlshamn", "boolean", False, ("and", ["pensionär", "karlshamn"])),
    ("Diabetesförbundet OR PRO", "boolean", False, ("or", ["diabetesförbundet", "pro"])),
    ("Farmakia -lösensumman", "boolean", False, ("not", "farmakia", "lösensumma")),
    ("polisen lösensumman", "boolean", False, ("and", ["polis", "lösensumma"])),
    ("källa:Kustbladet pensionärer", "filter", False, ("filter", "Kustbladet", "pensionär")),
    ("källa:Ljungen insulin", "filter", False, ("filter", "Ljungen", "insulin")),
    ("källa:Kvällsekot Farmakia", "filter", False, ("filter", "Kvällsekot", "farmakia")),
    ("källa:Morteln Läkemedelsverket", "filter", False, ("filter", "Morteln", "läkemedelsverket")),
    ("källa:Spira E-hälsomyndigheten", "filter", False, ("filter", "Spira", "e-hälsomyndigheten")),
    ("typ:opinion apoteksmarknaden", "filter", False, ("filter", "opinion", "apoteksmarknad")),
    ("typ:opinion systemet", "filter", False, ("filter", "opinion", "system")),
    ("storm", "trap", False, ("term", "storm")),
    ("frost", "trap", False, ("term", "frost")),
    ("kraft", "trap", False, ("term", "kraft")),
    ("ström", "trap", False, ("term", "ström")),
    ("rad", "trap", False, ("term", "rad")),
    ("kod", "trap", False, ("term", "kod")),
    ("mor", "trap", False, ("term", "mor")),
    ("vän", "trap", False, ("term", "vän")),
    ("bot", "trap", False, ("term", "bot")),
    ("sked", "trap", False, ("term", "sked")),
    ("tak", "trap", False, ("term", "tak")),
    ("ris", "trap", False, ("term", "ris")),
    ("hav", "trap", False, ("term", "hav")),
]

HEADER = """# corpus_pharmacy.json – judging notes

Invented crisis: early on Tuesday 3 November 2026 a ransomware group that calls itself Kobolt encrypts the servers in Malmö of the invented pharmacy chain Farmakia, and the chain's prescription system Apex (from the invented supplier Medsys Nordic) stops for all its 87 pharmacies in Skåne and Blekinge. For a week, until Tuesday 10 November, Farmakia cannot dispense prescriptions: E-hälsomyndigheten cuts the chain's connection to Nationella läkemedelslistan, the other chains' pharmacies are overrun, insulin, blood thinners and beta blockers run short on the shelves, dose-dispensed patients in care homes get no dose bags and nurses fill pill organisers by hand, and Olofström, whose only pharmacy is Farmakia's, gets a free bus to Karlshamn. Region Skåne and Region Blekinge open their crisis management, the hospital pharmacies in Karlskrona and Karlshamn hand out insulin, health centres write prescriptions on paper, Läkemedelsverket lets pharmacists dispense without seeing the prescription (not narcotics), the police investigate a ransom demand of 40 million kronor, Kobolt leaks the data of 300 000 web customers and IMY fines the chain. Elderly people (Elsa Frost, 84, in Mörrum; PRO Ronneby), patients' organisations (Diabetesförbundet, Hjärt- och Lungsjukas riksförbund) and pharmacists speak; a diabetic is taken to hospital in Ystad, Region Skåne later counts 17 patients harmed. The debate is about dependence on one system, reserve routines, dose dispensing and the pharmacy market since its re-regulation in 2009. Places and public bodies are real (Malmö, Lund, Kristianstad, Ystad, Hässleholm, Trelleborg, Karlskrona, Karlshamn, Ronneby, Sölvesborg, Olofström, Mörrum, Listerlandet; Region Skåne, Region Blekinge, Läkemedelsverket, E-hälsomyndigheten, IMY, Folkhälsomyndigheten, polisen, Sveriges Apoteksförening, Diabetesförbundet, PRO, Röda korset; their actions are invented); Farmakia, Apex, Medsys Nordic, Kobolt, Nordvakt, every person and all six outlets are invented: Nyhetsbyrån Spira (wire service, also carrying press releases), Kustbladet (local daily, Blekinge and north-east Skåne, with leaders, letters, a column and the reader section *Ris och ros*), Radio Ljungen (local radio in Skåne and Blekinge, with quotes and a commentary), Kvällsekot (national tabloid, with a column), Morteln (pharmacy trade paper) and Riksposten (national daily, with leaders and debate articles). 118 articles (100 news, 18 opinion), published 2 September 2026 to 29 January 2027, +02:00 until 25 October and +01:00 after. The ids ap001–ap118 follow publication time. The articles were written in four files of about thirty and joined into src/pharmacy_articles.py.

Names that are also words: as in real news, several people have surnames that are ordinary Swedish words: Jonas Storm (Farmakia's security chief), Elsa Frost and her son Lars Frost, Ulla Kraft (Läkemedelsverket), Camilla Ström (Diabetesförbundet Blekinge), Jenny Hav (a researcher in Lund) and Bengt Hav (a Karlshamn politician). A Swedish reader never takes the surname Storm for a storm or Frost for frost, so each name is a lookalike (must_not) for the word it spells: *Storm* for `storm`, *Frost* for `frost`, *Kraft* for `kraft`, *Ström* for `ström`, *Hav* for `hav`. Three headlines say the name before the text explains who it is (*Storm: "Det är ett allvarligt angrepp"*, *Frost, 84, fick gå hem utan sin hjärtmedicin*, *Storm lämnar Farmakia*); the title is read with its article, so they are the name. So that name and word can be classified apart, pharmacy_build.py reads these capitalised tokens as tokens of their own, written *storm(namn)*, *frost(namn)* and so on below; the words themselves are never written with a capital in the texts (never first in a title or a sentence; *Frosten kom* is the word in another form), and check_names() fails the build if a capitalised name token stands in an article that does not name its person in full. Other names and name words that meet a query are lookalikes or don't care as said below (*Olofström* for `ström` is a place name ending in the word and don't care, like *Kristianstad* for `stad`; *Listerlandet*, *Listerbyn* for `lista`, *Nättraby* for `nätter`). Names that are words but meet no query (Siv Lind, Mai Ek, Fredrik Ek, Birgitta Ek, Bo and Tove Lilja, Dag Hedlund, Marianne Dag, Berit Glad, Lena Rask, Pontus Rask, Anna Sköld, Anders Fält, Tomas Vik, Eva Vinter, Mats Kvist, Lisa Nord, Petra Ros, Anders Vall, Maria Strand, Lisa Kron, Hanna Björk) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (and the noun *man* in the singular; *män* occurs once as the plural noun), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the imperative *storm* (the verb appears only as *stormade*), *ström* in any sense but a flow (*en jämn ström av kunder*) or electricity, *kraft* meaning kraft paper, *mor* in the definite (*modern* is also the adjective), *rad* in any sense but a row (*i rad*, *en rad*, *rader*), *hav* in any sense but the sea (*havet*, *ett hav av*), *bot* in any sense but a remedy (*råda bot på*, *ingen enkel bot*), *ris* in any sense but the blame of *Ris och ros* (no rice, no twigs), *tak* in any sense but a roof or a ceiling, and the verb *lista* (every *lista*, *listan*, *listor* is the noun).

How the lists were made: src/pharmacy_articles.py holds the texts and src/pharmacy_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: rad/råd, gata/gåta, stad/städ, natt/nät, son/sön, fot/föt, land/länd, ström/strom) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed everywhere in the word (*rad*, *kod*, *bot*, *sked*, *tak*, *ris*, *hav*, *vän*), so that words which only contain the letters are listed too and classified as neither (*debatterade*, *minusgrader*, *veckodosetter*, *apotekskedjan*, *beskedet*, *kontakt*, *brist*, *jurist*, *Kristianstad*, *använda*); *mor* is probed from the start of the word and as *-mor*/*-mors* at its end; *son* as *son-*/*sön-* from the start and *söner*/*sonen*/*-son* anywhere. Tokens are runs of letters, so *PRO:s*, *E-hälsomyndigheten* (*e* + *hälsomyndigheten*), *e-recept* (*e* + *recept*, the word itself), *it-system* (*it* + *system*) and *Hjärt- och Lungsjukas* (*hjärt*, a truncated compound) are split. `python3 pharmacy_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *apotekskedjan*, *apoteksmarknaden*, *läkemedelslistan*, *universitetssjukhus*; -e- *hjärtesak* (hjärta), *väntelistan* (lista); -u- *gatuplanet*, *gatubelysningen* (gata); -o- *veckodosetter* (vecka), *människoliv* (människa); none *dosapotek*, *sjukhusapoteket*, *receptsystemet*, *datasystem*, *systemleverantören*, *hjärtmediciner*, *hjärtpatienter*, *hjärt-* (of *Hjärt- och Lungsjukas*), *medicinlista*, *krisveckan*, *Ronnebygatan*, *Drottninggatan*, *Ågatan*, *långtidsinsulin*, *insulinpennor*, *Blekingesjukhuset*, *nattfrost*, *motståndskraft*, *mätsked*, *mormor*. *apotekare*, *apotekaren* (a derivation) are don't care for `apotek`.
- **apotek**, **hjärta**, **människa**, **insulin**, **sjukhus** (compound): only the word and its compounds. **system**: *Systembolaget* (a name that only looks like a compound) and the adjective *systematiskt* → must_not. **lista**: *Listerlandet*, *Listerbyn* → must_not. **vecka**: *utvecklar*, *utvecklingen* → must_not. **gata**: *gåta*, *gåtan* (a riddle, diacritic lookalike) → must_not; *gått* neither.
- **storm** (trap): the name *Storm* (Jonas Storm), the verb *stormade*, *stormarknaden*, *stormarknader* and *stormöte* (compounds that only look like it) → must_not; *en storm av samtal*, *kommer det en storm*, *stormen har lagt sig* (figurative) → relevant. **frost** (trap): the name *Frost* → must_not; *frost på rutan*, *Frosten kom* relevant; *nattfrost* compound. **kraft** (trap): the name *Kraft* and the adjective *kraftigt* → must_not; *träder i kraft* relevant; *motståndskraft* compound. **ström** (trap): the name *Ström* and the verb *strömmade* → must_not; *en jämn ström av kunder*, *utan ström* relevant; *Olofström* don't care. **hav** (trap): the names *Hav* (Jenny, Bengt) and *haveriet* → must_not; *ett hav av människor*, *havet* relevant.
- **rad** (trap): *råd*, *råda* (*råda bot på*), *regionråd*, *kommunalrådet*, *avråder* (diacritic lookalikes of another lemma), *radio*, *radioanstalt*, *radera*, *raderar*, *raderat* → must_not; *rad för rad*, *en rad attacker*, *en lång rad*, *i rad*, *tusen rader* relevant; past tenses in *-rade*, *förlorad*, *minusgrader*, *Stockholmsområdet* are neither. **kod** (trap): *kodein* → must_not; *koden*, *skadlig kod* relevant; *veckodosetter* neither. **mor** (trap): *morgonen*, *morse*, *morfin* and *Morteln* (the trade paper named in a text) → must_not; *min mor*, *mor till en nioårig pojke* relevant; *Mormor* compound; *blommor*, *mammor* neither. **vän** (trap): *vänta* and all its forms and derivations (*väntade*, *väntar*, *väntas*, *väntat*, *väntetid*, *väntrummet*, *väntelistan*), *vänds* and the adjective *vänlig*, *vänliga* → must_not; *använda* and its forms neither. **bot** (trap): *botten*, *robotar*, *robotarna* and *bott* (bo) → must_not; *råda bot på bristen*, *ingen enkel bot* relevant. **sked** (trap): *skedde* → must_not; *sked*, *skedar* relevant; *mätsked* compound; *apotekskedjan*, *beskedet*, *vätskedrivande* neither. **tak** (trap): *takt* (*i takt med*) → must_not; *ett tak*, *under samma tak* relevant; *kontakt* and its forms neither. **ris** (trap): *risk* and its forms, *kris* in *krisen*, *krisledning(en/arna)*, *krisplan*, *krisveckan*, and *pris*, *priset*, *priser*, *priserna* → must_not; *Ris och ros* and *Ris till …* relevant; *brist*, *frisk*, *jurist*, *Kristianstad* neither.
- **recepten**: *receptionen* → must_not; *e-recept* is split into *e* + *recept*, the word; *pappersrecept*, *receptfria*, *receptbelagda*, *receptsystemet* compounds. **kunderna**: *kunde* (kunna) → must_not; *kunduppgifter*, *kundregistret* compounds. **leveranserna**: *levererar*, *levereras* → must_not; *leverantör*, *systemleverantören* (a derivation) don't care. **attacken**: the verb *attackera* → must_not; *cyberattacken*, *apoteksattacken* compounds. **angreppet**: the verb *angripa*, *angrep*-forms *angreps*, *angripit*, *angripits*, *angripet* → must_not; *angriparna* don't care. **pensionärerna**: *pension* (*går nu i pension*) → must_not; *pensionärsföreningen* compound. **patienterna**, **tabletterna**, **utpressningen**: no lookalike in the texts.
- **offren**: *offrat* → must_not. **nycklarna**, **läkemedlen**, **sockret**, **mönstret**, **fingrarna**: no lookalike (*Läkemedelsverket*, *läkemedelslistan*, *blodsockret* are compounds).
- **städer**: *bostad* → must_not; *Kristianstad*, *Ystad* don't care; *kastade*, *kostade* neither. **nätter**: *nätet*, *nätverk(et)* and the place *Nättraby* → must_not; *nattfrost* compound. **söner**: *söndag(en)*, *sönder* → must_not; surnames in *-son*, *person* neither. **döttrarna**: *dött* (dö) → must_not. **länder**: country and place names ending in *-land* (*Finland*, *Halland*, *Tyskland*, *Nederländerna*, *Listerlandet*, *Landskrona*) don't care; *landsdel* compound; *bland*, *pressmeddelande* neither. **fötter**: no lookalike.
- **Phrases**: forms must be adjacent and in order in one sentence. *brist på insulin*, *Bristen på insulin* relevant; *råda bot på bristen* with *insulin* elsewhere → must_not; *brist på långtidsinsulin* alone is a compound → don't care. *Nationella läkemedelslistan* relevant; *Läkemedelslistan och de andra nationella tjänsterna* → must_not. *recept på papper* relevant; *recept skrevs ut på papper*, *recepten utskrivna på papper*, *reservrutin på papper … apotek utan recept* → must_not. *äldre patienter* relevant; *patienter som är äldre* → must_not. *Skåne och Blekinge* relevant; *Blekinge och Skåne*, *Skåne, Halland och Blekinge*, the names in different sentences → must_not. *omregleringen av apoteksmarknaden* relevant; *Sedan omregleringen 2009 har apoteksmarknaden* → must_not; *omreglerades* is the verb and neither. *ett enda system* relevant; *Det enda vi vill undvika är att hela branschen hänger på ett system* → must_not. *Region Skånes krisledning* relevant; *Region Skåne … Krisledningen* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*långtidsinsulin*, *pensionärsföreningen*) is don't care. NOT – an article with the excluded term is must_not. OR – *Folkhälsomyndigheten* (another authority) is a lookalike of *E-hälsomyndigheten* → must_not; *lösen* alone is not a form of *lösensumma*.
- **Filters**: `källa:` matches one word of the outlet's name (*Kustbladet*, *Ljungen*, *Kvällsekot*, *Morteln*, *Spira*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


def main():
    if check_names():
        sys.exit("name tokens outside names")
    fire_build.CONCEPTS = CONCEPTS
    fire_build.build("pharmacy", "ap", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
