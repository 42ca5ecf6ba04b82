#!/usr/bin/env python3
"""Builds corpus_gas.json and corpus_gas.md from gas_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 gas_build.py [-v]
"""

import fire_build
from gas_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "läcka": dict(
        probe=r"läck",
        rel=S("läcka läckan läckor läckorna"),
        comp=S("gasläcka gasläckan gasläckor läcksökning läcksökningen"),
        dc=S("läckage läckagerapporter"),
        no=S("läcker läckande"),
        nei=S("släck bläckfisken"),
    ),
    "explosion": dict(
        probe=r"explo",
        rel=S("explosion explosionen"),
        comp=S("gasexplosion gasexplosionen explosionsgränsen"),
        no=S("explodera exploderade exploderar exploderat"),
    ),
    "utrymning": dict(
        probe=r"utrym",
        rel=S("utrymning utrymningen"),
        no=S("utrymd utrymda utrymdes utrymma utrymt"),
    ),
    "hyresgäst": dict(
        probe=r"hyresg|gäst",
        rel=S("hyresgäster hyresgästerna"),
        comp=S("hyresgästföreningen"),
        no=S("gästerna"),
    ),
    "ledning": dict(
        probe=r"^led|ledning|ledare|ledar",
        rel=S("ledning ledningar ledningarna ledningen"),
        comp=S("gasledning gasledningar gasledningen gjutjärnsledningar gjutjärnsledningarna ledningsnäten ledningsnätet "
               "ledningssträckor servisledning servisledningar servisledningarna servisledningen vattenledningar"),
        no=S("anledning leda leds ledamöter ledare ledig lediga arbetsledare förundersökningsledaren gruppledare "
             "insatsledaren räddningsledaren styrkeledaren"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("brandutredare"),
        no=S("utredas utreder utreds"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmen larmet"),
        comp=S("falsklarm gaslarm larmcentralen larmsystem"),
        no=S("alarm larmade larmar larmat larmats"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna mätningen"),
        comp=S("rutinmätning tryckmätningar"),
        no=S("mät mätaren mäter mätt mätte uppmättes"),
    ),
    "avstängning": dict(
        probe=r"avstäng",
        rel=S("avstängningen"),
        comp=S("avstängningsventil avstängningsventilen avstängningsventiler gasavstängningen"),
        no=S("avstängd"),
    ),
    # --- syncope ---
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckeln nycklar nycklarna"),
        comp=S("reservnycklar"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen tecknet"),
        no=S("tecknade teckning"),
        nei=S("förteckning"),
    ),
    "nummer": dict(
        probe=r"numm|numr",
        rel=S("nummer numret"),
        comp=S("informationsnumret telefonnummer"),
        no=S("numrerade"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster mönstret"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regler reglerna"),
        comp=S("regelbundet regelverket"),
        no=S("regleras"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vintrar vintrarna"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt"),
        dc=S("övernatta"),
        no=S("nät näten nätet nätets elnät elnätsbolaget gasnät gasnäten gasnätens gasnätet gasnätsfrågor gasnätsföretag "
             "gasnätsföretagets gasnätsoperatör ledningsnäten ledningsnätet nätägare stadsgasnät stadsgasnäten "
             "stadsgasnätet biogasnätverket"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("innerstaden linnéstaden stadsdel stadsdelen stadsdelsförvaltningen stadsdelskontoren stadsgasen "
               "stadsgasnät stadsgasnäten stadsgasnätet stadsmissionen stadsmuseum"),
        no=S("bostadsbristen bostadsrätt bostadsrättsförening bostadsrättsägare bostäder flerbostadshus"),
        nei=S("förhastade kastades röstade"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("landet länder länderna"),
        comp=S("nederländerna"),
        dc=S("götaland"),
        no=S("bland ibland blandade blandning landade landalagatan"),
        nei=S("pressmeddelande pressmeddelandet smärtstillande tillfredsställande vållande"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fötterna"),
        comp=S("fotbollslag fotbollslaget"),
        no=S("fotograf"),
    ),
    "bror": dict(
        probe=r"bro[rd]|bröd",
        rel=S("bror brodern bröder bröderna brödernas"),
        comp=S("storebror"),
        no=S("bröd knäckebröd surdegsbröden"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn",
        rel=S("brand bränder"),
        comp=S("brandingenjören brandman brandutredare brandvarnare"),
        dc=S("brännskadecentrum brännskador brännskadorna"),
        no=S("brann brände bränt svartbränt brinner bränsle gasbrännare"),
        nei=S("branschen branschorganisationen"),
    ),
    # --- compounds ---
    "gas": dict(
        probe=r"gas",
        rel=S("gas gasen gasens"),
        comp=S("avgaserna bilavgaser biogas biogasen biogasexpert biogasnätverket biogasproducenterna fordonsgas naturgas "
               "gasavstängningen gasbolaget gasbolagets gasbrännare gasdetektorer gasdistribution gasexplosion "
               "gasexplosionen gasflödet gashalten gaskranen gaslarm gasledning gasledningar gasledningen gaslukt "
               "gaslukten gaslyktorna gasläcka gasläckan gasläckor gaslåga gaslågan gasnät gasnäten gasnätens gasnätet "
               "gasnätsfrågor gasnätsföretag gasnätsföretagets gasnätsoperatör gasolyckan gaspriser gaspriset gasspis "
               "gasspisar gasspisen gasteknikern gasteknisk gasugn gasvarnare gasverket stadsgasen stadsgasnät "
               "stadsgasnäten stadsgasnätet"),
        dc=S("gasol gasolen gasolflaska gasolkök"),
        no=S("gasade magasin"),
        nei=S("byggas sprängas svagast tvingas tydligaste viktigaste"),
    ),
    "nät": dict(
        probe=r"nät",
        rel=S("nät näten nätet nätets"),
        comp=S("elnät elnätsbolaget gasnät gasnäten gasnätens gasnätet gasnätsfrågor gasnätsföretag gasnätsföretagets "
               "gasnätsoperatör ledningsnäten ledningsnätet nätägare stadsgasnät stadsgasnäten stadsgasnätet"),
        dc=S("biogasnätverket"),
        no=S("nätter nätterna"),
    ),
    "spis": dict(
        probe=r"spis",
        rel=S("spis spisar spisarna spisen"),
        comp=S("elspis gasspis gasspisar gasspisen induktionsspis induktionsspisar"),
        no=S("skolbespisningen"),
    ),
    "trappa": dict(
        probe=r"trapp",
        rel=S("trappan trapporna"),
        comp=S("trappbelysningen trapphus trapphusen trapphuset"),
        no=S("trappade trappat"),
    ),
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gata gatan gator gatorna"),
        comp=S("djurgårdsgatan fjällgatan gatubelysningen godhemsgatan husargatan johansgatan landalagatan linnégatan "
               "nygata olivedalsgatan slottsskogsgatan såggatan"),
        no=S("gåta gåtan"),
        nei=S("elaggregat frågat gått gåtts klagat lagat pågått tvingats"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkoherde kyrkoherden masthuggskyrkan masthuggskyrkans"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka"),
        comp=S("gasolyckan trafikolyckor"),
        no=S("olyckligt"),
    ),
    "lukt": dict(
        probe=r"lukt",
        rel=S("lukt lukten"),
        comp=S("gaslukt gaslukten luktsinne luktämne luktämnet"),
        no=S("luktade luktar luktat"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skador"),
        comp=S("armskada brännskador brännskadorna kroppsskada skadestånd skadeståndskrav"),
        dc=S("brännskadecentrum"),
        no=S("oskadd skadad skadade skadades skadat skadats"),
    ),
    # --- traps ---
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören röret"),
        comp=S("gjutjärnsrör plaströr polyetenrör rörservice"),
        no=S("berör berörs röra rörde"),
    ),
    "tryck": dict(
        probe=r"tryck",
        rel=S("tryck trycket"),
        comp=S("tryckfallet tryckmätningar tryckprov tryckprovats trycksätts tryckvågen"),
        no=S("tryckte tryckknappen utryckningar"),
    ),
    "port": dict(
        probe=r"port",
        rel=S("port portar porten"),
        comp=S("portgången"),
        no=S("läckagerapporter lägesrapport portioner rapport rapporten rapporterar reporter transporter"),
    ),
    "hus": dict(
        probe=r"hus",
        rel=S("hus huset"),
        comp=S("flerbostadshus flerfamiljshus grannhusen husdjur hushåll hyreshus sjukhus sjukhuset trapphus "
               "trapphusen trapphuset universitetssjukhuset"),
        dc=S("sjukhussäng"),
        no=S("husargatan"),
    ),
    "kök": dict(
        probe=r"kök|kock",
        rel=S("kök köken köket"),
        comp=S("gasolkök kökspersonalen skolköket"),
        no=S("kock kockar kockarna kocken"),
    ),
    "glas": dict(
        probe=r"glas",
        rel=S("glas glaset"),
        comp=S("glasbitar glasdörren"),
        no=S("glassbaren mjukglass"),
    ),
    "kol": dict(
        probe=r"kol",
        rel=S("kol"),
        no=S("koll kolla förskola förskolan förskolans kungsladugårdsskolan kungsladugårdsskolans skola skolan skolans "
             "skolbarn skolbespisningen skolköket trafikolyckor"),
    ),
    "kran": dict(
        probe=r"kran",
        rel=S("kranen"),
        comp=S("gaskranen"),
        no=S("kransar"),
    ),
    "hål": dict(
        probe=r"hål",
        rel=S("hål hålet"),
        no=S("behålla håll hålla håller hållit hålls hushåll hållplatsen spårvagnshållplatsen innehåller underhåll "
             "underhållet underhållsavtalet underhållsplaner"),
    ),
    "lock": dict(
        probe=r"lock",
        rel=S("lock locket"),
        comp=S("brunnslocket"),
        no=S("klockan dörrklocka dörrklockan"),
    ),
    "tak": dict(
        probe=r"tak|tack",
        rel=S("tak taket"),
        no=S("intakta kontaktades staketet tack tacka tacksamma"),
    ),
    "mat": dict(
        probe=r"mat",
        rel=S("mat"),
        comp=S("färdigmat matlagning maträtt matsal"),
        no=S("information informationen informationsnumret informationspunkt larmat larmats matchtröjor material "
             "systematisk"),
    ),
    "ventil": dict(
        probe=r"ventil",
        rel=S("ventil ventilen ventiler ventilerna"),
        comp=S("avstängningsventil avstängningsventilen avstängningsventiler"),
        no=S("ventilationen ventilerade"),
    ),
    # --- words of phrases, booleans and filters ---
    "av": dict(probe=r"^av$", rel=S("av")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "stänga": dict(
        probe=r"^stäng",
        rel=S("stäng stänga stängde stängdes stänger stängs stängt stängts"),
        nei=S("stängd stängda"),
    ),
    "allmänfarlig": dict(probe=r"allmänfarl", rel=S("allmänfarlig")),
    "vårdslöshet": dict(probe=r"vårdslös", rel=S("vårdslöshet")),
    "majorna": dict(probe=r"^majorna", rel=S("majorna majornas")),
    "stadsgasnät": dict(probe=r"stadsgasnät", rel=S("stadsgasnät stadsgasnäten stadsgasnätet")),
    "avveckling": dict(
        probe=r"avveckl",
        rel=S("avveckling avvecklingen"),
        no=S("avveckla avvecklar avvecklas"),
    ),
    "samtal": dict(probe=r"samtal", rel=S("samtal samtalen samtalet")),
    "sos": dict(probe=r"^sos$", rel=S("sos")),
    "alarm": dict(probe=r"^alarm$", rel=S("alarm")),
    "restaurang": dict(
        probe=r"restaurang",
        rel=S("restaurang restaurangen restauranger restaurangerna"),
        comp=S("restaurangbesök restaurangliv"),
    ),
    "linnéstaden": dict(probe=r"linnéstad", rel=S("linnéstaden")),
    "kungsladugård": dict(
        probe=r"kungsladug",
        rel=S("kungsladugård"),
        comp=S("kungsladugårdsskolan kungsladugårdsskolans"),
    ),
    "hyresgästförening": dict(probe=r"hyresgästförening", rel=S("hyresgästföreningen")),
    "hyresvärd": dict(probe=r"hyresvärd", rel=S("hyresvärdar hyresvärdarna hyresvärden")),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens"),
        comp=S("polisregion"),
    ),
    "gasol": dict(
        probe=r"gasol",
        rel=S("gasol gasolen"),
        comp=S("gasolflaska gasolkök"),
        nei=S("gasolyckan"),
    ),
    "sahlgrenska": dict(probe=r"sahlgren", rel=S("sahlgrenska")),
    "linköping": dict(probe=r"linköping", rel=S("linköping")),
    "stadsgas": dict(
        probe=r"stadsgas",
        rel=S("stadsgasen"),
        comp=S("stadsgasnät stadsgasnäten stadsgasnätet"),
    ),
    "induktionsspis": dict(probe=r"induktionssp", rel=S("induktionsspis induktionsspisar")),
    "bidrag": dict(
        probe=r"bidr",
        rel=S("bidrag bidraget"),
        no=S("bidra bidrar"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("läckorna", "inflection", False, ("term", "läcka")),
    ("explosionen", "inflection", False, ("term", "explosion")),
    ("utrymningen", "inflection", False, ("term", "utrymning")),
    ("hyresgästerna", "inflection", False, ("term", "hyresgäst")),
    ("ledningarna", "inflection", False, ("term", "ledning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("larmen", "inflection", False, ("term", "larm")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("avstängningen", "inflection", False, ("term", "avstängning")),
    ("nycklarna", "syncope", False, ("term", "nyckel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("mönster", "syncope", False, ("term", "mönster")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("vinter", "syncope", False, ("term", "vinter")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("gas", "compound", True, ("term", "gas")),
    ("nät", "compound", True, ("term", "nät")),
    ("spis", "compound", True, ("term", "spis")),
    ("trappa", "compound", True, ("term", "trappa")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("lukt", "compound", True, ("term", "lukt")),
    ("skada", "compound", True, ("term", "skada")),
    ('"lukt av gas"', "phrase", False, ("phrase", ["lukt", "av", "gas"])),
    ('"utan gas"', "phrase", False, ("phrase", ["utan", "gas"])),
    ('"stängde av gasen"', "phrase", False, ("phrase", ["stänga", "av", "gas"])),
    ('"allmänfarlig vårdslöshet"', "phrase", False, ("phrase", ["allmänfarlig", "vårdslöshet"])),
    ('"explosionen i Majorna"', "phrase", False, ("phrase", ["explosion", "i", "majorna"])),
    ('"avveckling av stadsgasnätet"', "phrase", False, ("phrase", ["avveckling", "av", "stadsgasnät"])),
    ('"samtal till SOS Alarm"', "phrase", False, ("phrase", ["samtal", "till", "sos", "alarm"])),
    ('"restauranger i Linnéstaden"', "phrase", False, ("phrase", ["restaurang", "i", "linnéstaden"])),
    ("Majorna Kungsladugård", "boolean", False, ("and", ["majorna", "kungsladugård"])),
    ("Hyresgästföreningen OR hyresvärden", "boolean", False, ("or", ["hyresgästförening", "hyresvärd"])),
    ("explosionen -polisen", "boolean", False, ("not", "explosion", "polis")),
    ("restauranger gasol", "boolean", False, ("and", ["restaurang", "gasol"])),
    ("Sahlgrenska OR Linköping", "boolean", False, ("or", ["sahlgrenska", "linköping"])),
    ("stadsgas -avveckling", "boolean", False, ("not", "stadsgas", "avveckling")),
    ("induktionsspis bidrag", "boolean", False, ("and", ["induktionsspis", "bidrag"])),
    ("källa:Vimpel läckorna", "filter", False, ("filter", "Vimpel", "läcka")),
    ("källa:Linnébladet hyresgästerna", "filter", False, ("filter", "Linnébladet", "hyresgäst")),
    ("källa:Kvällsblixten explosionen", "filter", False, ("filter", "Kvällsblixten", "explosion")),
    ("källa:Energivärlden ledningarna", "filter", False, ("filter", "Energivärlden", "ledning")),
    ("källa:Fyrskeppet restaurangerna", "filter", False, ("filter", "Fyrskeppet", "restaurang")),
    ("typ:opinion stadsgasnätet", "filter", False, ("filter", "opinion", "stadsgasnät")),
    ("typ:opinion avvecklingen", "filter", False, ("filter", "opinion", "avveckling")),
    ("rör", "trap", False, ("term", "rör")),
    ("tryck", "trap", False, ("term", "tryck")),
    ("port", "trap", False, ("term", "port")),
    ("hus", "trap", False, ("term", "hus")),
    ("kök", "trap", False, ("term", "kök")),
    ("glas", "trap", False, ("term", "glas")),
    ("kol", "trap", False, ("term", "kol")),
    ("kran", "trap", False, ("term", "kran")),
    ("hål", "trap", False, ("term", "hål")),
    ("lock", "trap", False, ("term", "lock")),
    ("tak", "trap", False, ("term", "tak")),
    ("mat", "trap", False, ("term", "mat")),
    ("ventil", "trap", False, ("term", "ventil")),
]

HEADER = """# corpus_gas.json – judging notes

Invented crisis: in autumn 2026 Göteborg's old town-gas network (stadsgasnätet), which still brings a mix of biogas and natural gas to some 9 400 households with gas stoves and 140 restaurants in Linnéstaden, Majorna, Masthugget and Kungsladugård, starts to leak. The network owner Gullberg Energi AB begins a leak survey in September with its maintenance contractor Hisingens Rörservice AB; a rusted pipe in a cellar on Fjällgatan in Masthugget forces an evacuation on 29 September. At 06.41 on Wednesday 14 October gas that has gathered in a cellar explodes in the stairwell of Godhemsgatan 14 in Majorna when a newspaper carrier presses the light button: two brothers (19 and 23, the elder with severe burns, flown to the burn centre in Linköping), a 58-year-old neighbour and the carrier are injured, 210 residents of three blocks are evacuated (the night in Masthuggskyrkans församlingshem, then hotels), and Gullberg Energi shuts off the gas to about 2 800 households and the restaurants of Majorna and Kungsladugård, later also in Olivedal and Annedal. SOS Alarm is flooded with calls about the smell of gas (600 in a day, over 5 000 in three weeks, nine in ten false alarms); new leaks are found on Linnégatan, in Haga and Annedal; a manhole lid blown off by a short circuit and a leaking LPG bottle in a bin cause scares. The police open a preliminary investigation into allmänfarlig vårdslöshet and vållande till kroppsskada; a 2022 report had flagged the service pipes as urgent, the shut-off valve had not been checked since 2019, and two people (a former operations manager and a contractor's foreman) are suspected in November. The tenants' association (Hyresgästföreningen) accuses the landlords of ignoring complaints and demands rent cuts, the landlord Bovista Fastigheter's property manager leaves, Energimarknadsinspektionen opens supervision, Länsstyrelsen Västra Götaland coordinates and later criticises the coordination, restaurants close or cook on LPG (gasol), and on 10 December the city council decides to close the network by 2030 with a grant for new induction stoves. Places and public bodies are real (Majorna, Kungsladugård, Masthugget, Linnéstaden, Olivedal, Annedal, Haga, Stigberget, Mariaplan, Järntorget, Gullbergsvass, the streets, Masthuggskyrkan, Oscar Fredriks kyrka; Räddningstjänsten Storgöteborg, SOS Alarm, Polisregion Väst, Riksenheten för miljö- och arbetsmiljömål, Länsstyrelsen Västra Götaland, Energimarknadsinspektionen, Göteborgs Stad, Hyresgästföreningen, Sahlgrenska, the burn centre in Linköping, Chalmers, Västtrafik, SMHI; their actions here are invented); the house number, the companies (Gullberg Energi, Hisingens Rörservice, Bovista Fastigheter, Norrvik Risk, Svensk Gasdistribution, the restaurants and the café), every person and all six outlets are invented: Nyhetsbyrån Vimpel (wire service, also carrying press releases), Göteborgs Morgonblad (regional daily with leaders, debate articles and columns), Linnébladet (local weekly for Linnéstaden, Majorna and Masthugget, with letters), Kvällsblixten (tabloid, with columns), Energivärlden (energy trade paper, with a column, a leader and a debate article) and Radio Fyrskeppet (local radio, with quotes and a commentary). 126 articles (107 news, 19 opinion), published 3 September to 22 December 2026, +02:00 until 25 October and +01:00 after. The ids gs001–gs126 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (no token *man* at all), the verb *händer*, the verb *hamnar* (and *hamna*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the present tense of *röra* (*det rör sig om*; every *rör* is the pipe, the verb appears only as *röra*, *rörde*), the imperative *tryck* (every *tryck* is pressure, the verb appears as *tryckte*), the infinitive of the verb *läcka* (every *läcka* is the noun; the verb appears as *läcker*, *läckande*), the verb *trappa (upp)* except as *trappade*, *trappat* (every *trappan*, *trapporna* is the stairs), the token *skada* (neither noun nor verb in its base form; the noun appears as *skador*, the verb as *skadade*, *skadades* …), the verb *hyra* in the infinitive, the plural *stänger* of *stång* (every *stänger* is the verb), *tanken* and *ledning* in the sense of leadership (every *ledning*, *ledningen*, *ledningar* is a pipe). *låga* appears both as the flame and as the plural of *låg*; it is not a query word. *hål* in *ett svart hål* (figurative) is the noun. *nät* is judged as one noun; every *nät* here is a gas or power network.

How the lists were made: src/gas_articles.py holds the texts and src/gas_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic and umlaut variants: *gata*/*gåta*, *fot*/*föt*, *bror*/*bröd*, *natt*/*nät*, *stad*/*städ*, *land*/*länd*, *brand*/*bränn*, *kök*/*kock*, *tak*/*tack*) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for the trap words are plain substrings (*kol* finds *skolan*, *hål* finds *hushåll* and *underhåll*, *mat* finds *informationen*), so that every longer word that merely contains the letters is listed. Tokens are runs of letters, so *Ei:s*, *Vd:n*, *id-kort* and other hyphenated words are split. `python3 gas_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Inflection**: **läckorna**: the verb *läcker*, *läckande* → must_not; *gasläcka(n)*, *gasläckor*, *läcksökning(en)* compounds; *läckage*, *läckagerapporter* (another noun from the verb, about the same thing) → don't care; *släck*, *bläckfisken* neither. **explosionen**: *explodera*, *exploderade*, *exploderar*, *exploderat* → must_not; *gasexplosion(en)*, *explosionsgränsen* compounds. **utrymningen**: the verb *utrymma*, *utrymdes*, *utrymd(a)*, *utrymt* → must_not. **hyresgästerna**: *gästerna* (restaurant guests, the last part of the compound alone) → must_not; *Hyresgästföreningen* compound. **ledningarna**: the verb *leda*, *leds*, the nouns *ledare* (also the label *Ledare:* of a leader), *insatsledaren*, *räddningsledaren*, *styrkeledaren*, *arbetsledare*, *gruppledare*, *förundersökningsledaren*, *ledamöter*, the adjective *ledig(a)* and *anledning* (a word that only looks like a compound) → must_not; *gasledning(en)*, *servisledningar*, *ledningsnätet*, *vattenledningar* … compounds. **utredningen**: *utreder*, *utreds*, *utredas* → must_not; *brandutredare* compound. **larmen**: *larmade*, *larmar*, *larmat*, *larmats* and *Alarm* in *SOS Alarm* → must_not; *gaslarm*, *falsklarm*, *larmcentralen*, *larmsystem* compounds. **mätningarna**: *mät*, *mäter*, *mätte*, *mätt*, *uppmättes* and the noun *mätaren* (the meter, another lemma) → must_not; *tryckmätningar*, *rutinmätning* compounds. **avstängningen**: the participle *avstängd* → must_not; *gasavstängningen*, *avstängningsventil(en/er)* compounds.
- **Syncope**: **nycklarna** (*nyckeln*, *nycklar*; *reservnycklar* compound; no lookalike). **tecknen** (*tecken*, *tecknet*): *tecknade* (an agreement was signed) and *teckning* (a drawing) → must_not; *förteckning* neither. **numret** (*nummer*): *numrerade* → must_not; *telefonnummer*, *informationsnumret* compounds. **mönster** (*mönstret*; no lookalike). **reglerna** (*regler*): *regleras* → must_not; *regelverket*, *regelbundet* compounds. **vinter** (*vintern*, *vintrar*, *vintrarna*; no lookalike).
- **Umlaut**: **nätterna** (*natt*, *natten*, *nätter*): every form of *nät* (*nätet*, *näten*, *gasnätet*, *stadsgasnätet*, *elnät*, *nätägare* …) → must_not; *midnatt* compound; *övernatta* → don't care. **städer** (*stad*, *staden*, *Göteborgs Stad*): *bostäder*, *bostadsrätt*, *bostadsbristen*, *flerbostadshus* … → must_not; *stadsgas-*, *stadsdel-*, *Linnéstaden*, *innerstaden*, *stadsmuseum* compounds; *röstade*, *kastades*, *förhastade* neither. **länder** (*landet*, *länderna*): *landade*, *bland*, *ibland*, *blandade*, *blandning* and the street *Landalagatan* → must_not; *Nederländerna* compound; *Götaland* → don't care (as *Kristianstad* for `stad`); *pressmeddelande*, *vållande* … neither. **fötterna**: *fotograf* → must_not; *fotbollslag(et)* compound. **bröderna** (*bror*, *brodern*, *bröder*, *brödernas*): *bröd*, *knäckebröd*, *surdegsbröden* → must_not; *storebror* compound. **bränder** (*brand*): *brann*, *brinner*, *brände*, *bränt*, *svartbränt*, *bränsle*, *gasbrännare* → must_not; *brännskador*, *brännskadecentrum* (from bränna, but about fire) → don't care; *brandman*, *brandvarnare*, *brandingenjören*, *brandutredare* compounds; *branschen* neither.
- **Compounds** (compounds:true) count when they begin or end with the word, with or without a linking letter: -s- *elnätsbolaget*, *gasnätsföretag*, *gasnätsoperatör* (nät); -e- *skadestånd*, *skadeståndskrav* (skada); -u- *gatubelysningen*; -o- *kyrkoherde(n)*; none *gasspis*, *induktionsspisar*, *trapphuset*, *trappbelysningen*, *Godhemsgatan*, *Haga Nygata*, *Masthuggskyrkan*, *gasolyckan*, *trafikolyckor*, *gaslukt*, *luktämnet*, *brännskador*, *armskada*, *kroppsskada*. **gas**: *gasade* and *magasin* → must_not; *gasol*, *gasolen*, *gasolflaska*, *gasolkök* (LPG, a word of its own built on gas) → don't care; *sprängas*, *tvingas*, *viktigaste* … neither. **nät**: *nätter*, *nätterna* → must_not; *biogasnätverket* → don't care. **spis**: *skolbespisningen* → must_not. **trappa**: *trappade*, *trappat* (trappa upp) → must_not. **gata**: *gåta*, *gåtan* → must_not; *gått*, *lagat*, *klagat* … neither. **kyrka**: no lookalike. **olycka**: *olyckligt* → must_not. **lukt**: the verb *luktar*, *luktade*, *luktat* → must_not. **skada**: the verb *skadade*, *skadades*, *skadad*, *skadat*, *skadats* and the adjective *oskadd* → must_not; *brännskadecentrum* (skada inside a longer compound) → don't care.
- **Traps**: **rör**: *berör*, *berörs*, *röra*, *rörde* (the verb) → must_not; *gjutjärnsrör*, *polyetenrör*, *plaströr*, the company *Rörservice* compounds. **tryck**: *tryckte*, *tryckknappen* (a push button, made from the verb) and *utryckningar* → must_not; *tryckprov*, *tryckfallet*, *tryckvågen*, *tryckmätningar*, *trycksätts* compounds. **port**: *rapport(en)*, *rapporterar*, *lägesrapport*, *läckagerapporter*, *transporter*, *reporter*, *portioner* → must_not; *portgången* compound. **hus**: the street *Övre Husargatan* → must_not; *trapphuset*, *hyreshus*, *sjukhus*, *hushåll*, *husdjur* … compounds; *sjukhussäng* → don't care. **kök**: *kock*, *kocken*, *kockar*, *kockarna* (another lemma) → must_not; *gasolkök*, *skolköket*, *kökspersonalen* compounds. **glas**: *glassbaren*, *mjukglass* → must_not; *glasbitar*, *glasdörren* compounds. **kol** (coal, in the history of the gasworks): *koll*, *kolla*, *skola* and its forms and compounds (*skolan*, *förskolan*, *Kungsladugårdsskolan*, *skolbespisningen* …) and *trafikolyckor* → must_not. **kran**: *kransar* → must_not; *gaskranen* compound. **hål**: *håll*, *hålla*, *håller*, *hållit*, *hålls*, *behålla*, *innehåller*, *hållplatsen*, *hushåll*, *underhåll* and its compounds → must_not. **lock** (a pot lid, a manhole lid): *klockan*, *dörrklocka(n)* → must_not; *brunnslocket* compound. **tak**: *tack*, *tacka*, *tacksamma*, *kontaktades*, *intakta*, *staketet* → must_not; *tak över huvudet* is the noun. **mat**: *material*, *systematisk*, *information(en)*, *informationsnumret*, *informationspunkt*, *matchtröjor*, *larmat*, *larmats* → must_not; *matlagning*, *maträtt*, *matsal*, *färdigmat* compounds. **ventil**: *ventilerade*, *ventilationen* (another lemma) → must_not; *avstängningsventil(en/er)* compounds.
- **Phrases**: forms must be adjacent, in order, in one sentence. *lukt av gas* and *lukten av gas* relevant; *lukt* and *gas* in different places → must_not. *utan gas* relevant; *utan* and *gas* apart → must_not. Forms of *stänga* are *stäng*, *stänga*, *stänger*, *stängde*, *stängdes*, *stängs*, *stängt*, *stängts* (*stängd*, *stängda* are not counted): *stänger av gasen* and *stängde av gasen* relevant; *gasen stängdes av* (reordered) and *stängde på måndagen av gasen* (separated) → must_not. *allmänfarlig vårdslöshet* relevant; *var vårdslöshet, och om den … var allmänfarlig* → must_not. *explosionen i Majorna* relevant; *explosionen på Godhemsgatan i Majorna* and *Explosion i trapphus i Majorna* → must_not. *avveckling av stadsgasnätet* and *Avvecklingen av stadsgasnätet* relevant; *Göteborgs stadsgasnät avvecklas … en avveckling* → must_not. *samtal till SOS Alarm* and *Samtalen till SOS Alarm* relevant; *SOS Alarm har tagit emot … samtal* → must_not. *restauranger i Linnéstaden*, *Restaurangerna i Linnéstaden* relevant; *restauranger och andra småföretag … i Majorna, Kungsladugård och Linnéstaden* → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*gasolkök* for `gasol`, *Kungsladugårdsskolan* for `Kungsladugård`) is don't care. NOT – an article with the excluded term is must_not; the verb *avveckla*, *avvecklas* is not the noun *avveckling*, so it does not exclude. OR – either term relevant.
- **Filters**: `källa:` matches one word of the outlet's name (*Vimpel*, *Linnébladet*, *Kvällsblixten*, *Energivärlden*, *Fyrskeppet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("gas", "gs", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
