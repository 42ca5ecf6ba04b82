#!/usr/bin/env python3
"""Builds corpus_lift.json and corpus_lift.md from lift_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 lift_build.py [-v]
"""

import fire_build
from lift_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "lift": dict(
        probe=r"lift",
        rel=S("lift liften liftens liftar liftarna liftarnas"),
        comp=S("barnlift fyrstolslift fyrstolsliften korgliftar liftanläggningar liftanläggningarnas liftbolagen "
               "liftbranschen liftbranschens liftexpert liftexperten liftföretaget liftkassa liftkonstruktör "
               "liftkonstruktörer liftkort liftkorten liftkön liftolyckan liftpersonal liftsystemet liftvärd liftvärdar "
               "liftvärdarna liftvärden liftägares släpliftar stollift stolliftar stolliften toppliften"),
        dc=S("alpenlift norrlift"),
        no=S("liftade"),
    ),
    "stol": dict(
        probe=r"st[oå]l",
        rel=S("stol stolen stolar stolarna"),
        comp=S("stollift stolliftar stolliften"),
        dc=S("fyrstolslift fyrstolsliften"),
        no=S("stolpe stolpen stolpens stolpar stolparna stolt stolta domstol domstolen"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("liftolyckan olycksplatsen"),
        no=S("olyckligtvis"),
    ),
    "lina": dict(
        probe=r"^lin|lina|linan|linor",
        rel=S("lina linan linans"),
        comp=S("bärlinan linbaneanläggningar linbaneinspektörer linbanor linhjul linhjulen linhjulet linlägesbrytare"),
        no=S("linje lindqvist"),
        nei=S("lindrigare lindrigt"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringsplan evakueringsplanen evakueringsutrustning evakueringsövning evakueringsövningar "
               "evakueringsövningen"),
        no=S("evakuera evakuerades"),
    ),
    "gäst": dict(
        probe=r"g[äa]st",
        rel=S("gäst gästen gäster gästerna gästernas"),
        comp=S("gästnätter sommargäster sommargästerna stamgäster"),
        no=S("gästade"),
        nei=S("vanligaste viktigaste"),
    ),
    "underhåll": dict(
        probe=r"underh",
        rel=S("underhåll underhållet"),
        comp=S("underhållsjournal underhållsjournalen underhållsjournaler"),
        no=S("underhållits underhållning underhållningen"),
    ),
    "besiktning": dict(
        probe=r"besikt",
        rel=S("besiktningar besiktningen"),
        comp=S("besiktningsman besiktningsmän besiktningsprotokollet"),
        no=S("besiktigades"),
    ),
    "bokning": dict(
        probe=r"bok",
        rel=S("bokningar bokningarna"),
        comp=S("avbokningar bokningsbolag bokningsläget nybokningarna påskbokningarna rekordbokningar"),
        no=S("bokade bokar bokat bokslutet fullbokat"),
        nei=S("loggboken plånboken"),
    ),
    # --- syncope ---
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vinterns vintrar"),
        comp=S("vintersportort vinterutrustning vårvintern"),
        dc=S("vintras"),
    ),
    "kabel": dict(probe=r"kab[el]", rel=S("kabeln kablar")),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörka"),
    ),
    "ankel": dict(
        probe=r"ank[el]|ankl",
        rel=S("ankel anklarna"),
        no=S("anklagar"),
        nei=S("misstanke tanken"),
    ),
    "finger": dict(
        probe=r"fing",
        rel=S("fingrar fingrarna"),
        comp=S("fingertoppar"),
        no=S("fingerad"),
    ),
    "axel": dict(
        probe=r"ax[el]",
        rel=S("axel axeln"),
        no=S("axelsson axla"),
    ),
    # --- umlaut ---
    "hand": dict(
        probe=r"^hand|^händ",
        rel=S("hand händer händerna"),
        comp=S("handled"),
        no=S("handlade handlar handlat handlingar handskar hända hände händelsen"),
    ),
    "fot": dict(
        probe=r"^fot|föt",
        rel=S("foten fötter fötterna"),
        no=S("fotograf"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nattens nätter"),
        comp=S("gästnätter"),
        no=S("nätet"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("landet landets länder"),
        comp=S("landsbygden landshövdingen"),
        dc=S("jämtland jämtlands jämtlandsfjällen nederländerna norrland norrlands utländska"),
        no=S("bland landade landat"),
        nei=S("blandade blandning framkallande förhållanden gnisslande holländarna ibland pressmeddelande uttalande "
              "vållande"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen söner sönerna"),
        no=S("söndagen sönder"),
        nei=S("personen"),
    ),
    "bror": dict(
        probe=r"bro[dr]|bröd",
        rel=S("bror bröder bröderna"),
        no=S("bröd"),
    ),
    # --- compounds ---
    "säsong": dict(
        probe=r"säsong",
        rel=S("säsong säsongen"),
        comp=S("cykelsäsong högsäsongen skotersäsongen sommarsäsongen säsongsanställda säsongsarbetare "
               "säsongsstarten"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=set(),
        comp=S("bygdegård bygdegården kyrkogården"),
        dc=S("fjällgården"),
        no=S("gårdagens"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gata gatan"),
        comp=S("gatuköket"),
        no=S("gåtan"),
    ),
    "människa": dict(
        probe=r"männ|människ",
        rel=S("människa människor människors"),
        comp=S("människoliv"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=S("räddningen"),
        comp=S("fjällräddning fjällräddningen räddningshelikopter räddningsinsatsen räddningslag räddningstjänsten "
               "räddningstjänstens"),
        dc=S("fjällräddningsledaren fjällräddare fjällräddaren fjällräddarna räddarna"),
        no=S("rädd räddade"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("tjänsteman räddningstjänsten räddningstjänstens"),
        no=S("förtjänar förtjänas"),
    ),
    "skida": dict(
        probe=r"skid",
        rel=S("skidor"),
        comp=S("längdskidor skidanläggning skidanläggningarna skidanläggningen skiddag skidklubben skidlärare "
               "skidpatrullerare skidsemester skidskolan skidåkare skidåkning"),
        dc=S("längdskidåkare"),
    ),
    # --- traps ---
    "vajer": dict(
        probe=r"vaj",
        rel=S("vajer vajern"),
        no=S("vajade vajar"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spår"),
        comp=S("längdspår längdspåren"),
        no=S("spara sparade sparat spårade urspårningar urspårningen"),
        nei=S("avtalspart"),
    ),
    "rep": dict(
        probe=r"^rep|rep$|repe",
        rel=S("rep"),
        no=S("reparera reportage reporter reportrar representanter representerar"),
    ),
    "dal": dict(
        probe=r"dal",
        rel=S("dalen"),
        comp=S("dalstation dalstationen"),
        dc=S("funäsdalen härjedalen ljungdalen mölndal vemdalen vemdalens"),
        no=S("dalade dalarna skandal"),
    ),
    "höjd": dict(
        probe=r"höj",
        rel=S("höjd höjder"),
        no=S("höjde"),
    ),
    "lov": dict(
        probe=r"lov",
        rel=S("lov lovet"),
        comp=S("sportlov sportlovet sportlovsrusningen sportlovsveckan"),
        no=S("lovade lovar utlovades"),
    ),
    "hall": dict(
        probe=r"h[aå]ll",
        rel=S("hall hallen"),
        no=S("hallin håll hålla håller hållits hålls behålla underhåll underhållet underhållits underhållning "
             "underhållningen underhållsjournal underhållsjournalen underhållsjournaler"),
        nei=S("förhållanden marschaller"),
    ),
    "tur": dict(
        probe=r"tur",
        rel=S("tur turen turer"),
        no=S("turism turismen turismforskaren turisms turistbyrå turisterna fjällturismen temperatur temperaturen "
             "höftfraktur frakturer"),
        nei=S("infrastrukturministern naturkatastrofer naturligt"),
    ),
    "kall": dict(
        probe=r"k[aä]ll",
        rel=S("kall kalla kallare kallt"),
        no=S("kallad kallar kallas kallat källan"),
        nei=S("framkallande"),
    ),
    "vin": dict(
        probe=r"^vin|vin$|vinet",
        rel=S("vin"),
        comp=S("vinprovning"),
        no=S("ravin vinden vinkel vinst vinsten vinter vintern vinterns vintersportort vinterutrustning "
             "vintrar vintras"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilen"),
        comp=S("husbilen"),
        dc=S("bilister lastbilschaufför"),
        no=S("bild bilden bilder bilderna mobil mobilen mobilkran stabilt"),
        nei=S("rehabilitering utbilda utbildad utbildning"),
    ),
    "led": dict(
        probe=r"led",
        rel=S("leden lederna"),
        comp=S("skoterleden skoterleder vandringslederna handled"),
        no=S("ledare ledarna ledde lediga ledning ledningen leds inleda inledde inleddes inleds avled gled "
             "driftledningen krisledning lagledare insatsledare utredningsledare utredningsledaren "
             "fjällräddningsledaren"),
        nei=S("anledning"),
    ),
    "klämma": dict(
        probe=r"kläm",
        rel=S("klämmor klämmorna"),
        no=S("klämde"),
    ),
    # --- words of phrases, booleans and filters ---
    "eftersatt": dict(probe=r"eftersat", rel=S("eftersatt eftersatta")),
    "fast": dict(probe=r"^fast$", rel=S("fast")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "flera": dict(probe=r"^flera$", rel=S("flera")),
    "timme": dict(
        probe=r"timm",
        rel=S("timme timmar timmarna"),
        comp=S("drifttimmar"),
    ),
    "sträng": dict(probe=r"sträng", rel=S("sträng stränga")),
    "kyla": dict(probe=r"^kyl|kyla|kylan", rel=S("kyla kylan")),
    "tillsyn": dict(
        probe=r"tillsyn",
        rel=S("tillsyn tillsynen"),
        comp=S("tillsynsroll"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "linbana": dict(
        probe=r"linban",
        rel=S("linbanor"),
        comp=S("linbaneanläggningar linbaneinspektörer"),
    ),
    "östersund": dict(probe=r"östersund", rel=S("östersund östersunds")),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhuset"),
        comp=S("universitetssjukhus"),
    ),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens"),
        comp=S("kommundirektör kommunfullmäktige kommunstyrelsen kommunstyrelsens"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        no=S("ansvarade ansvarar"),
    ),
    "spåra": dict(probe=r"^sp[aå]r[ae]", rel=S("spårade"), nei=S("spara sparade sparat")),
    "ur": dict(probe=r"^ur$", rel=S("ur")),
    "transportstyrelsen": dict(probe=r"transportstyr", rel=S("transportstyrelsen transportstyrelsens")),
    "polis": dict(
        probe=r"polis",
        rel=S("polisen polisens"),
        comp=S("polisutredningen"),
    ),
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikoptern"),
        comp=S("ambulanshelikopter ambulanshelikoptern ambulanshelikoptrar ambulanshelikoptrarnas räddningshelikopter"),
    ),
    "ambulans": dict(
        probe=r"ambulans",
        rel=S("ambulans"),
        comp=S("ambulanshelikopter ambulanshelikoptern ambulanshelikoptrar ambulanshelikoptrarnas"),
    ),
    "klövsjö": dict(
        probe=r"klövsjö",
        rel=S("klövsjö klövsjös"),
        comp=S("klövsjöborna"),
    ),
    "vemdalen": dict(probe=r"vemdal", rel=S("vemdalen vemdalens")),
    "ägare": dict(
        probe=r"ägar|^äg",
        rel=S("ägare ägaren ägarna ägarnas"),
        comp=S("delägare markägare liftägares ägarandel"),
        no=S("äger ägs"),
    ),
    "umeå": dict(probe=r"umeå", rel=S("umeå")),
    "haverikommission": dict(
        probe=r"haverikom",
        rel=S("haverikommission haverikommissionen haverikommissionens haverikommissions"),
    ),
    "shk": dict(probe=r"^shk$", rel=S("shk")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagare åklagaren"),
        comp=S("kammaråklagare åklagarmyndigheten"),
    ),
    "säkerhet": dict(
        probe=r"säker",
        rel=S("säkerhet säkerheten"),
        comp=S("säkerhetschef säkerhetsproblem"),
        no=S("säker säkert osäker osäkert"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("liften", "inflection", False, ("term", "lift")),
    ("stolarna", "inflection", False, ("term", "stol")),
    ("olyckan", "inflection", False, ("term", "olycka")),
    ("linan", "inflection", False, ("term", "lina")),
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("gästerna", "inflection", False, ("term", "gäst")),
    ("underhållet", "inflection", False, ("term", "underhåll")),
    ("besiktningen", "inflection", False, ("term", "besiktning")),
    ("bokningarna", "inflection", False, ("term", "bokning")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("kabeln", "syncope", False, ("term", "kabel")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("anklar", "syncope", False, ("term", "ankel")),
    ("fingrarna", "syncope", False, ("term", "finger")),
    ("axlar", "syncope", False, ("term", "axel")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("länder", "umlaut", False, ("term", "land")),
    ("söner", "umlaut", False, ("term", "son")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("lift", "compound", True, ("term", "lift")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("säsong", "compound", True, ("term", "säsong")),
    ("gård", "compound", True, ("term", "gård")),
    ("gata", "compound", True, ("term", "gata")),
    ("människa", "compound", True, ("term", "människa")),
    ("räddning", "compound", True, ("term", "räddning")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("skida", "compound", True, ("term", "skida")),
    ('"eftersatt underhåll"', "phrase", False, ("phrase", ["eftersatt", "underhåll"])),
    ('"fast i liften"', "phrase", False, ("phrase", ["fast", "i", "lift"])),
    ('"i flera timmar"', "phrase", False, ("phrase", ["i", "flera", "timme"])),
    ('"sträng kyla"', "phrase", False, ("phrase", ["sträng", "kyla"])),
    ('"tillsyn av linbanor"', "phrase", False, ("phrase", ["tillsyn", "av", "linbana"])),
    ('"Östersunds sjukhus"', "phrase", False, ("phrase", ["östersund", "sjukhus"])),
    ('"kommunens ansvar"', "phrase", False, ("phrase", ["kommun", "ansvar"])),
    ('"spårade ur"', "phrase", False, ("phrase", ["spåra", "ur"])),
    ("Transportstyrelsen polisen", "boolean", False, ("and", ["transportstyrelsen", "polis"])),
    ("helikoptern OR ambulansen", "boolean", False, ("or", ["helikopter", "ambulans"])),
    ("Klövsjö -Vemdalen", "boolean", False, ("not", "klövsjö", "vemdalen")),
    ("ägaren kommunen", "boolean", False, ("and", ["ägare", "kommun"])),
    ("sjukhuset -Umeå", "boolean", False, ("not", "sjukhus", "umeå")),
    ("haverikommissionen OR SHK", "boolean", False, ("or", ["haverikommission", "shk"])),
    ("åklagaren underhållet", "boolean", False, ("and", ["åklagare", "underhåll"])),
    ("källa:Storsjön evakueringen", "filter", False, ("filter", "Storsjön", "evakuering")),
    ("källa:Spets liften", "filter", False, ("filter", "Spets", "lift")),
    ("källa:Kvällsblixten olyckan", "filter", False, ("filter", "Kvällsblixten", "olycka")),
    ("källa:Destination bokningarna", "filter", False, ("filter", "Destination", "bokning")),
    ("källa:Jämtposten kommunen", "filter", False, ("filter", "Jämtposten", "kommun")),
    ("typ:opinion säkerheten", "filter", False, ("filter", "opinion", "säkerhet")),
    ("typ:opinion underhållet", "filter", False, ("filter", "opinion", "underhåll")),
    ("vajer", "trap", False, ("term", "vajer")),
    ("spår", "trap", False, ("term", "spår")),
    ("rep", "trap", False, ("term", "rep")),
    ("dal", "trap", False, ("term", "dal")),
    ("höjd", "trap", False, ("term", "höjd")),
    ("lov", "trap", False, ("term", "lov")),
    ("hall", "trap", False, ("term", "hall")),
    ("tur", "trap", False, ("term", "tur")),
    ("kall", "trap", False, ("term", "kall")),
    ("vin", "trap", False, ("term", "vin")),
    ("bil", "trap", False, ("term", "bil")),
    ("led", "trap", False, ("term", "led")),
    ("klämma", "trap", False, ("term", "klämma")),
]

HEADER = """# corpus_lift.json – judging notes

Invented crisis: at 11.42 on Tuesday 17 February 2026, in the sports holiday week (sportlov, vecka 8), the cable (bärlinan, called *linan*, *vajern* or *kabeln* by different outlets) of the fixed-grip four-seat chairlift Toppliften (built 1991 by the Italian maker Moretti Impianti) at the ski resort Skärvfjället north of Klövsjö in Bergs kommun, Jämtland, leaves the sheaves (linhjulen) at tower nine (stolpe nio); the lift runs on for some seconds, three chairs are torn from their grips and fall eight to twelve metres. Nine are injured, four seriously; they are flown by ambulance helicopters and Sjöfartsverket's rescue helicopter to Östersunds sjukhus, one man onward to Norrlands universitetssjukhus in Umeå, where he dies two days later (a 58-year-old from Göteborg; his wife, a father from Västerås with his two sons and a young Norwegian also fell). 164 guests sit in the stopped lift at minus 26 degrees for up to five hours until lift staff, Polisens fjällräddning and Räddningstjänsten Jämtland have lowered them all with ropes, the last in the dark; many get frostbite (a twelve-year-old girl loses two fingertips). Then to December 2026: Transportstyrelsen's ban on the lift, the inspection remarks of December 2025 and its thin supervision of cableways; the police inquiry under a prosecutor (framkallande av fara för annan, vållande till kroppsskada, vållande till annans död); Statens haverikommission's investigation and interim report (a bearing of the wrong type, fitted by the service firm, seized in a sheave; the derailment switch bypassed after false alarms in the cold; neglected maintenance; an evacuation plan and equipment that did not hold); the owners (the brothers Mats and Jonas Hallin through Hallin Fjällinvest, who bought the resort from the municipality for one krona in 2023, postponed new sheaves and took out dividends) and the municipality (landowner and marketing partner that never followed up the sale, an outside review, an apology, then part-owner of a new local company); cancelled bookings, a lost season, lay-offs and a company reconstruction in Klövsjö; the trial in Östersunds tingsrätt (the operations manager convicted, the service manager acquitted, a corporate fine); new rules, a new lift ordered and the reopening in December. Places and public bodies are real (Klövsjö, Vemdalen, Rätan, Svenstavik, Östersund, Åre, Funäsdalen, Ljungdalen, Umeå, Trondheim; Bergs kommun, Region Jämtland Härjedalen, Länsstyrelsen i Jämtlands län, Transportstyrelsen, Statens haverikommission, Polisen, Åklagarmyndigheten, Arbetsmiljöverket, IVO, Sjöfartsverket, SMHI, SOS Alarm, Tillväxtverket, Mittuniversitetet, Östersunds sjukhus, Norrlands universitetssjukhus, Östersunds tingsrätt, Hovrätten för Nedre Norrland; their actions are invented); the resort Skärvfjället, the lift, the hotel Fjällgården Skärv, every company, association and person and all six outlets are invented: Jämtposten (local daily, Östersund and southern Jämtland), Radio Storsjön (local radio, with quotes and a commentary), Nyhetsbyrån Spets (wire service, also carrying press releases), Kvällsblixten (national tabloid), Riksbladet (national daily) and Destination (trade paper for tourism and ski resorts). 130 articles (111 news, 19 opinion: leaders, debate articles, columns, a radio commentary, letters), published 12 January to 14 December 2026, +01:00 until 28 March, +02:00 from 29 March to 24 October and +01:00 after. The ids lf001–lf130 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* is only the noun: *en 58-årig man*, *Man avliden efter liftolyckan*; quotes were phrased with *vi*), the verb *händer* (*händer* and *händerna* are only the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the present *leder* of *leda* and the past *led* of *lida* (every *led*-form that is judged relevant is the noun: *leden*, *lederna* of a snowmobile or hiking trail), the present *dalar* of *dala* (the verb appears only as *dalade*), the infinitive *kalla* of the verb (every *kalla* is the adjective: *kalla fingrar*, *de kalla veckorna*), the infinitive *klämma* of the verb (the grip appears as *klämmor*, *klämmorna*; the verb as *klämde*), the participle *höjd* of *höja* (every *höjd*, *höjder* is the noun; the verb appears as *höjde*), the verb *spå* (*spår* is only the noun), *banan* (fruit), *lina* as a name, *vind* meaning attic.

How the lists were made: src/lift_articles.py holds the texts and src/lift_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: stol/stål, gäst/gast, gård/gard, gata/gåta, natt/nätt, land/länd, son/sön, bror/bröd, spår/spar, hall/håll, kall/käll) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The short trap stems are probed anywhere in a word (*tur*, *led*, *bil*, *dal*, *lov*, *kall*, *hall*), *rep* at the start or end of a word and inside *repe-*, *vin* at the start or end of a word. Tokens are runs of letters, so *SHK:s*, *SMHI:s* and *Moretti-liftar* are split. `python3 lift_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the trap queries every other word that begins or ends with the query word's letters (or a diacritic variant of them), or is built on such a word, is must_not, since a reader would never take it for the word; where the letters only run inside an unrelated word (*anledning* for `led`, *utbildning*, *rehabilitering* for `bil`, *naturligt*, *infrastrukturministern* for `tur`, *förhållanden*, *marschaller* for `hall`, *framkallande* for `kall`) the token is neither. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *olycksplatsen*, *räddningstjänsten*, *räddningsinsatsen*, *säsongsanställda*, *säsongsstarten*; -e- *bygdegården*, *tjänsteman*; -u- *gatuköket*; -o- *kyrkogården*, *människoliv*; dropping the final -a *skidåkare*, *skidskolan*, *liftolyckan* (olycka); none *stolliften*, *Toppliften*, *liftkön*, *släpliftar*, *högsäsongen*, *sommarsäsongen*, *fjällräddningen*, *längdskidor*, *räddningstjänsten* (for `tjänst`). The name of the lift, *Toppliften*, is a compound of *lift* like any other. A derivation or a word inside a longer compound is don't care: *fjällräddare*, *fjällräddaren*, *fjällräddarna*, *räddarna* (agent nouns) and *fjällräddningsledaren* for `räddning`, *längdskidåkare* for `skida`, *fyrstolslift(en)* for `stolarna`. The hotel name *Fjällgården* is don't care for `gård`; the company names *Norrlift* and *Alpenlift* are don't care for `lift`.
- **lift**: *liftade* (hitchhiked) → must_not. **olycka**: *olyckligtvis* → must_not. **gård**: *gårdagens* → must_not; only compounds are relevant (*bygdegård(en)*, *kyrkogården*). **gata**: *gåtan* (the riddle of the derailment) → must_not. **räddning**: the adjective *rädd* and the verb form *räddade* → must_not. **tjänst**: *förtjänar*, *förtjänas* (a compound that only looks like one of *tjänst*) → must_not. **säsong**, **människa**, **skida**: only the word and its compounds.
- **vajer** (trap): *vajern*, *vajer* (the cable) relevant; the verb *vaja* (*flaggorna vajar/vajade på halv stång*) → must_not. **spår** (trap): *spår* (traces secured by the police, the groove of the sheave, ski tracks) relevant, *längdspår(en)* compounds; the verb *spåra* (*spårade*), *urspårningen*, *urspårningar* and *spara*, *sparade*, *sparat* → must_not; *avtalspart* is neither. **rep** (trap): *rep* (rope) relevant; *reparera*, *reportage*, *reporter*, *reportrar*, *representanter*, *representerar* → must_not. **dal** (trap): *dalen* relevant, *dalstation(en)* compounds; the verb *dalade*, *Dalarna* and *skandal* → must_not; the place names *Vemdalen*, *Härjedalen*, *Funäsdalen*, *Ljungdalen*, *Mölndal* → don't care (as *Kristianstad* for `stad`). **höjd** (trap): *höjd*, *höjder* relevant; *höjde* (höja) → must_not. **lov** (trap): *lov*, *lovet* (the school holiday) relevant, *sportlov(et)*, *sportlovsveckan* compounds; *lovar*, *lovade*, *utlovades* (lova) → must_not. **hall** (trap): *hall*, *hallen* (the hotel's hall) relevant; the surname *Hallin*, the diacritic lookalikes *håll*, *hålla*, *håller*, *hålls*, *hållits*, *behålla* and every form and compound of *underhåll* (ending in *-håll*, *-hållet*; *underhållning*) → must_not. **tur** (trap): *tur*, *turen* (luck) and *turer* (trips) are one noun → relevant; *turism*, *turismen*, *turisms*, *turismforskaren*, *fjällturismen*, *turisterna*, *turistbyrå*, *temperatur(en)*, *höftfraktur* and *frakturer* → must_not. **kall** (trap): the adjective *kall*, *kallt*, *kalla*, *kallare* relevant; the verb *kalla* (*kallas*, *kallar*, *kallat*, *så kallad*) and *källan* (a source) → must_not. **vin** (trap): *vin* relevant, *vinprovning* compound; *vinden*, *vinst*, *vinsten*, *vinkel*, *ravin*, every form of *vinter* (*vintern*, *vintrar*, *vintras*, *vintersportort* …) → must_not. **bil** (trap): *bil*, *bilen* relevant, *husbilen* compound; *bilister* and *lastbilschaufför* don't care; *bild*, *bilden*, *bilder*, *bilderna*, *mobil*, *mobilen*, *mobilkran*, *stabilt* → must_not. **led** (trap): *leden*, *lederna* (trails) relevant, *skoterleden*, *skoterleder*, *vandringslederna*, *handled* compounds; every form of *leda*, *ledare*, *ledning*, *ledig* and their compounds (*ledde*, *leds*, *inledde*, *ledningen*, *krisledning*, *driftledningen*, *lagledare*, *insatsledare*, *utredningsledaren* …) and the past tenses *avled*, *gled* → must_not. **klämma** (trap): *klämmor*, *klämmorna* (the grips) relevant; *klämde* (the verb) → must_not.
- **liften**: *liftade* → must_not. **stolarna**: *stolpe*, *stolpen*, *stolpens*, *stolpar*, *stolparna* (the towers, another lemma), *stolt*, *stolta* and *domstol(en)* (a compound that only looks like one of *stol*) → must_not. **olyckan**: *olyckligtvis* → must_not. **linan**: *linje* (*i linje med*) and the surname *Lindqvist* → must_not; *lindrigt*, *lindrigare* are neither; *bärlinan*, *linbanor*, *linbaneanläggningar*, *linhjul(en/et)*, *linlägesbrytare* are compounds of *lina* (as *skidåkare* of *skida*). **evakueringen**: *evakuera*, *evakuerades* → must_not. **gästerna**: *gästade* (gästa) → must_not; *gästnätter*, *stamgäster*, *sommargäster(na)* compounds. **underhållet**: *underhållits* (the verb) and *underhållning(en)* (entertainment) → must_not. **besiktningen**: *besiktigades* → must_not. **bokningarna**: *bokade*, *bokar*, *bokat*, *fullbokat* and *bokslutet* → must_not; *avbokningar*, *nybokningarna*, *påskbokningarna*, *bokningsläget* compounds; *loggboken*, *plånboken* are neither.
- **vintrar**: *vintras* (*i vintras*) → don't care; no lookalike. **kabeln**: no lookalike. **mörkret**: the adjective *mörka* → must_not. **anklar**: *anklagar* → must_not; *misstanke*, *tanken* are neither. **fingrarna**: *fingerad* (fingera) → must_not; *fingertoppar* compound. **axlar**: the verb *axla* (*axla något ansvar*) and the surname *Axelsson* → must_not; *axel*, *axeln* (shoulder) relevant.
- **händerna**: *hand*, *händer* (noun), *händerna* relevant, *handled* compound; *handlar*, *handlade*, *handlat*, *handlingar*, *handskar*, *hända*, *hände*, *händelsen* → must_not. **fötter**: *fotograf* → must_not. **nätter**: *nätet* → must_not; *gästnätter* compound. **länder**: *landet*, *landets*, *länder* relevant, *landsbygden*, *landshövdingen* compounds; *bland*, *landade*, *landat* → must_not; *Jämtland(s)*, *Jämtlandsfjällen*, *Norrland(s)*, *Nederländerna* and *utländska* don't care; *ibland*, *blandning*, *holländarna* and participles in *-ande* are neither. **söner**: *sönder*, *söndagen* → must_not. **bröder**: *bröd* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. "eftersatt underhåll" covers *det eftersatta underhållet*; *underhållet varit eftersatt* → must_not. "fast i liften": *fast i Toppliften* (a compound) is don't care; *fast kopplad lift*, *fast i den stillastående liften* and *fast i en lift* → must_not. "i flera timmar": *satt fast i flera timmar* relevant; *tre timmar* with *flera* elsewhere → must_not. "sträng kyla" covers *den stränga kylan*; *Kylan var sträng* → must_not. "tillsyn av linbanor": *tillsyn över landets linbanor* and *underhåll av linbanor … tillsynen* → must_not; *tillsynen av landets linbaneanläggningar* (a compound) don't care. "Östersunds sjukhus": *sjukhuset i Östersund* → must_not. "kommunens ansvar": *kommunen har ett ansvar*, *kommunen saknar ansvar* → must_not. "spårade ur": *Linan spårade ur* relevant; *linan spårade just vid den stolpen* with *ut ur sitt läge* before it → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one: *äger*, *ägs*, *underhållits*) is must_not; one where a missing term is only inside a compound (*kammaråklagare*, *markägare*, *delägare*, *polisutredningen*) is don't care. NOT – an article with the excluded term is must_not (*Vemdalens* excludes); the Umeå query excludes every article that names Umeå. OR – the compounds *ambulanshelikopter(n)*, *räddningshelikopter* alone are don't care; no lookalikes.
- **Filters**: `källa:` matches one word of the outlet's name (*Storsjön*, *Spets*, *Kvällsblixten*, *Destination*, *Jämtposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *säkerhet* covers *säkerhet*, *säkerheten*; the adjective *säker*, *säkert*, *osäker*, *osäkert* → must_not; *säkerhetschef*, *säkerhetsproblem* compounds.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("lift", "lf", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
