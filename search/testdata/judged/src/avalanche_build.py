#!/usr/bin/env python3
"""Builds corpus_avalanche.json and corpus_avalanche.md from avalanche_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: Skutan Alpin's chief executive Stig Björk
(stig, path; björk, birch), the mountain rescue leader Sten Hed (sten, stone; hed, heath), the radio columnist
Gunnar Sten, SMHI's avalanche forecaster Sol Berg (sol, sun; berg, mountain), the prosecutor Maria Berg, Åre's
council leader Vide Falk (vide, willow), and others whose names meet no query (Rut Lind, Bo Ros, Falk). A reader
tells the name from the word, so the tokenizer below reads the capitalised tokens Sten, Hed, Sol, Berg, Bergs, Stig,
Björk, Björks and Vide, which the texts use only as these names or as the municipality Bergs kommun (never as a word
at the start of a sentence or a title; check_names() verifies it), as tokens of their own: sten(namn), hed(namn),
sol(namn), berg(namn), stig(namn), björk(namn), vide(namn). Every other token is as in fire_build.

Run from this folder: python3 avalanche_build.py [-v]
"""

import sys

import fire_build
from avalanche_articles import ARTICLES


S = fire_build.S

NAMES = {"Sten": "sten(namn)", "Hed": "hed(namn)", "Sol": "sol(namn)", "Berg": "berg(namn)", "Bergs": "berg(namn)",
         "Stig": "stig(namn)", "Björk": "björk(namn)", "Björks": "björk(namn)", "Vide": "vide(namn)"}
# Each name token and the people (or the municipality) it may belong to; the article must name one of them in full.
PEOPLE = {
    "Sten": ("Sten Hed", "Gunnar Sten"),
    "Hed": ("Sten Hed",),
    "Sol": ("Sol Berg",),
    "Berg": ("Sol Berg", "Maria Berg"),
    "Bergs": ("Bergs kommun",),
    "Stig": ("Stig Björk",),
    "Björk": ("Stig Björk",),
    "Björks": ("Stig Björk",),
    "Vide": ("Vide Falk",),
}


def tokens(text):
    return [NAMES.get(t, t.lower()) for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must stand in an article that names its person in full; returns the number of
    tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t in PEOPLE and not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "lavin": dict(
        probe=r"lavin",
        rel=S("lavin lavinen laviner laviners"),
        comp=S("lavinbedömning lavinexpert lavinexperter lavinfara lavinfaran lavinfarliga lavinforskare "
               "lavinforskaren lavinfrågan lavinhundar lavinhundarna lavinkunskap lavinkurser lavinkäglan "
               "lavinolyckan lavinområdet lavinprognos lavinprognosen lavinprognosens lavinprognoserna lavinrisken "
               "lavinrisker lavinsprängning lavinsäkerhet lavinsäkerheten lavinsändare lavinterräng lavinterrängen "
               "lavinutredning lavinutredningar lavinutsatta lavinvarning"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningar varningen"),
        comp=S("lavinvarning varningsnivåer varningsskylt"),
        no=S("varnade varnar"),
    ),
    "skylt": dict(
        probe=r"skylt",
        rel=S("skylt skylten skyltar skyltarna"),
        comp=S("varningsskylt"),
        dc=S("skyltning"),
        no=S("skylta skyltat"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningar utredningen"),
        comp=S("lavinutredning lavinutredningar"),
        no=S("utred utreda utredas utreder"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larmet larmen"),
        comp=S("larmkedjan larmsamtalen"),
        dc=S("alarm"),
        no=S("larmade larmades larmar larmas"),
    ),
    "vittne": dict(
        probe=r"vittn",
        rel=S("vittne vittnen vittnena vittnenas vittnet"),
        no=S("vittnat"),
    ),
    "avspärrning": dict(
        probe=r"spärr",
        rel=S("avspärrningen avspärrningarna"),
        no=S("avspärrade avspärrat spärrat"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningen"),
        no=S("ersätta ersätter"),
    ),
    "prognos": dict(
        probe=r"prognos",
        rel=S("prognos prognosen prognoser prognoserna"),
        comp=S("lavinprognos lavinprognosen lavinprognosens lavinprognoserna väderprognos prognosmakare"),
        no=S("prognostiserar"),
    ),
    # --- syncope ---
    "offer": dict(
        probe=r"^off|offer|offr",
        rel=S("offren offrens"),
        no=S("offrade"),
        nei=S("offentliggörs offpist offpistgrindar offpistområde offpistområden offpistområdena offpistområdet"),
    ),
    "väder": dict(
        probe=r"väd",
        rel=S("väder vädret"),
        comp=S("väderleksrapporter väderprognos"),
        no=S("vädjade vädjar"),
    ),
    "vinkel": dict(
        probe=r"vink",
        rel=S("vinkel vinkeln vinklar"),
        no=S("vinklat"),
        nei=S("lavinkunskap lavinkurser lavinkäglan"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknat anteckningar"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret hindren"),
        no=S("hindrat"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagret"),
        no=S("lagras lagrade"),
    ),
    # --- umlaut ---
    "stång": dict(
        probe=r"st[åä]ng",
        rel=S("stång stänger stängerna"),
        comp=S("markeringsstänger sondstänger"),
        no=S("avstängda stäng stänga stängas stängd stängda stängde stängdes stängning stängs stängsel stängt"),
    ),
    "fot": dict(
        probe=r"^fot|föt",
        rel=S("fot fötterna"),
        no=S("fotboll fotograf"),
    ),
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natt natten nätter"),
        comp=S("midnatt nattåg"),
        no=S("nätet"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar döttrarna"),
        no=S("dött stigsdotter"),
    ),
    "bror": dict(
        probe=r"^bror|^brod|bröd",
        rel=S("bror brodern bröder"),
        no=S("bröd"),
    ),
    "land": dict(
        probe=r"^land|^länd|länder|landet|land$|lands",
        rel=S("landet landets länder länderna"),
        dc=S("island jämtland jämtlands jämtlandsfjällen lappland nederländerna norrlandsflyg tyskland uppland "
             "landshövdingen"),
        no=S("landa landade bland"),
    ),
    # --- compounds ---
    "skred": dict(
        probe=r"skred",
        rel=S("skredet"),
        comp=S("flakskred snöskred"),
        no=S("skred"),
    ),
    "fjäll": dict(
        probe=r"fjäll",
        rel=S("fjäll fjällen fjället fjällets"),
        comp=S("fjällbjörkar fjällguide fjällguiderna fjällkommentator fjällräddare fjällräddarna fjällräddning "
               "fjällräddningen fjällräddningens fjällräddningsledaren fjällsäkerhetsplan fjällsäkerhetsrådet "
               "fjällterräng kalfjället årefjällen jämtlandsfjällen"),
        dc=S("fjällgeo fjällgeos fjälltrygg tegefjäll"),
    ),
    "lift": dict(
        probe=r"lift",
        rel=S("lift liften liftens liftar liftarna"),
        comp=S("fyrstolslift hummelliften hummelliftens liftanläggningar liftkort liftkortsförsäljningen liftkö "
               "liftköer liftkön liftlinjen liftpersonal liftsystem liftsystemet liftvärd liftvärdar liftvärdarna "
               "liftvärden liftvärdens stolliften"),
        no=S("liftat"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("domkyrka kyrkbacken kyrkklockorna kyrkogården kyrkoherden"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=S("räddning"),
        comp=S("fjällräddning fjällräddningen fjällräddningens fjällräddningsledaren räddningshundar "
               "räddningsinsatsen räddningsledningen räddningspådrag räddningstjänsten"),
        dc=S("fjällräddare fjällräddarna"),
        no=S("rädda räddade räddar"),
    ),
    "hund": dict(
        probe=r"hund",
        rel=S("hund hundar hundarna"),
        comp=S("hundekipage hundförare hundföraren lavinhundar lavinhundarna räddningshundar sökhundar sökhundarna"),
        dc=S("brukshundklubbens"),
        no=S("hundra hundratal hundratals"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor olyckorna"),
        comp=S("arbetsolyckan dödsolyckor lavinolyckan olycksfallsförsäkring"),
        no=S("olycklig olyckligtvis"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänsten"),
        comp=S("gudstjänsten minnesgudstjänst räddningstjänsten tjänsteman tjänstemän tjänstemännen"),
        no=S("tjänat förtjänar"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan gatorna"),
        comp=S("gatuköket"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    # --- traps ---
    "berg": dict(
        probe=r"b[eä]rg",
        rel=S("berget"),
        no=S("berg(namn) berglund bergqvist bärgades hedberg sandberg sjöberg solberg stigberg"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björk björkar björkarna"),
        comp=S("björkskogen fjällbjörkar"),
        no=S("björk(namn) björklund björkqvist"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        dc=S("solgården"),
        no=S("sol(namn) solberg solklart"),
        nei=S("arbetsolyckan dödsolyckor"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stig stigen"),
        no=S("stig(namn) stigande stigberg stigsdotter stigsson"),
    ),
    "hed": dict(
        probe=r"hed",
        rel=S("hed heden"),
        no=S("hed(namn) hedberg hede hedin hedlund hedman hedra"),
    ),
    "vide": dict(
        probe=r"vide",
        rel=S("vide"),
        no=S("vide(namn) video videoklipp videon"),
    ),
    "kam": dict(
        probe=r"kam",
        rel=S("kammen"),
        no=S("kameran kammaråklagare kampanj kampanjen kamrater kamrath kamsvåg klasskamraten klasskamrater "
             "övervakningskameror"),
    ),
    "skare": dict(
        probe=r"sk[aä]r",
        rel=S("skare skaren"),
        no=S("skar skara skarp skärm skärmar skärmen skärper lavinforskare lavinforskaren"),
        nei=S("enbuskar granskar oskar"),
    ),
    "drivor": dict(
        probe=r"driv",
        rel=S("drivor"),
        no=S("driver"),
    ),
    "stav": dict(
        probe=r"stav",
        rel=S("stav stavar"),
        comp=S("skidstavar"),
        no=S("bokstavligen stavenow stavling"),
    ),
    "vall": dict(
        probe=r"v[aäå]ll",
        rel=S("vall vallen"),
        comp=S("skyddsvall skyddsvallen"),
        no=S("ekvall vallade vallgren vallin vallström vällde vållande kvällen onsdagskvällen torsdagskvällen"),
        nei=S("kvällsbasunen kvällsbasunens kvällspressen"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten"),
        no=S("sten(namn) stenlund stenmark stenmarks tjänsten gudstjänsten räddningstjänsten pisten resten riksposten"),
        nei=S("fästena"),
    ),
    "bäck": dict(
        probe=r"b[aä]ck",
        rel=S("bäck bäcken bäckens"),
        comp=S("hummelbäcken"),
        no=S("backarna backen backlund bäckenfraktur bäckström kyrkbacken störtloppsbacken"),
    ),
    # --- words of phrases, booleans and filters ---
    "utanför": dict(probe=r"^utanför$", rel=S("utanför")),
    "pist": dict(
        probe=r"^pist",
        rel=S("pisten pisterna"),
        comp=S("pistpatrullen"),
        dc=S("pistbladet pistbladets"),
        no=S("pistas"),
    ),
    "betydande": dict(probe=r"^betydand", rel=S("betydande")),
    "lavinfara": dict(probe=r"lavinfar", rel=S("lavinfara lavinfaran"), nei=S("lavinfarliga")),
    "vållande": dict(probe=r"vålla", rel=S("vållande")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "annan": dict(probe=r"^annan", rel=S("annan annans")),
    "död": dict(probe=r"^död", rel=S("död"), nei=S("döda dödliga dödsolyckor")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "liftkö": dict(probe=r"liftkö", rel=S("liftkö liftkön"), nei=S("liftköer")),
    "länsstyrelse": dict(probe=r"länsstyr", rel=S("länsstyrelsen"), nei=S("länsstyrelserna")),
    "jämtland": dict(probe=r"jämtland", rel=S("jämtland jämtlands"), comp=S("jämtlandsfjällen")),
    "begravd": dict(
        probe=r"begrav",
        rel=S("begravda"),
        nei=S("begravdes begravning begravningen begravs begravts"),
    ),
    "under": dict(probe=r"^under$", rel=S("under")),
    "snö": dict(
        probe=r"^snö",
        rel=S("snö snön"),
        comp=S("snöfall snökedjor snömassor snömassorna snöskred snötäcket"),
    ),
    "polis": dict(probe=r"^polis", rel=S("polisen polisens"), comp=S("polisinspektör polisregion")),
    "fjällräddning": dict(
        probe=r"fjällrädd",
        rel=S("fjällräddning fjällräddningen fjällräddningens"),
        comp=S("fjällräddningsledaren"),
        dc=S("fjällräddare fjällräddarna"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsförsäkring ansvarsförsäkringar ansvarstagande samordningsansvar"),
        dc=S("säkerhetsansvarig"),
        no=S("ansvarar"),
    ),
    "för": dict(probe=r"^för$", rel=S("för")),
    "säkerhet": dict(
        probe=r"säkerhet",
        rel=S("säkerheten"),
        comp=S("fjällsäkerhetsplan fjällsäkerhetsrådet lavinsäkerhet lavinsäkerheten säkerhetsansvarig "
               "säkerhetsarbetet säkerhetschef säkerhetschefen säkerhetsgrupp säkerhetsgruppen säkerhetsgruppens "
               "säkerhetssystemen"),
    ),
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter helikoptern helikoptrar"),
        comp=S("ambulanshelikopter"),
    ),
    "duved": dict(probe=r"duved", rel=S("duved duveds")),
    "tegefjäll": dict(probe=r"tegefjäll", rel=S("tegefjäll")),
    "åre": dict(
        probe=r"^åre",
        rel=S("åre"),
        comp=S("årefjällen åreskutan åreskutans årevägen"),
        no=S("året årets"),
    ),
    "försäkringsbolag": dict(probe=r"försäkringsbolag", rel=S("försäkringsbolagen försäkringsbolaget")),
    "transportstyrelsen": dict(probe=r"transportstyr", rel=S("transportstyrelsen transportstyrelsens")),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket")),
    "lavinprognos": dict(
        probe=r"lavinprognos",
        rel=S("lavinprognos lavinprognosen lavinprognosens lavinprognoserna"),
    ),
    "smhi": dict(probe=r"smhi", rel=S("smhi")),
    "åklagare": dict(probe=r"åklag", rel=S("åklagaren"), comp=S("kammaråklagare")),
    "förundersökning": dict(probe=r"förundersök", rel=S("förundersökning förundersökningen")),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringar"),
        comp=S("ansvarsförsäkring ansvarsförsäkringar arbetsskadeförsäkringen försäkringsbolagen försäkringsbolaget "
               "hemförsäkringen livförsäkring olycksfallsförsäkring reseförsäkring"),
        dc=S("länsförsäkringar"),
        no=S("försäkrar"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("lavinen", "inflection", False, ("term", "lavin")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("skyltarna", "inflection", False, ("term", "skylt")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("larmet", "inflection", False, ("term", "larm")),
    ("vittnena", "inflection", False, ("term", "vittne")),
    ("avspärrningen", "inflection", False, ("term", "avspärrning")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("prognoserna", "inflection", False, ("term", "prognos")),
    ("offren", "syncope", False, ("term", "offer")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("vinklar", "syncope", False, ("term", "vinkel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("hindren", "syncope", False, ("term", "hinder")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("stängerna", "umlaut", False, ("term", "stång")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("länder", "umlaut", False, ("term", "land")),
    ("skred", "compound", True, ("term", "skred")),
    ("fjäll", "compound", True, ("term", "fjäll")),
    ("lift", "compound", True, ("term", "lift")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("räddning", "compound", True, ("term", "räddning")),
    ("hund", "compound", True, ("term", "hund")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ('"utanför pisten"', "phrase", False, ("phrase", ["utanför", "pist"])),
    ('"betydande lavinfara"', "phrase", False, ("phrase", ["betydande", "lavinfara"])),
    ('"vållande till annans död"', "phrase", False, ("phrase", ["vållande", "till", "annan", "död"])),
    ('"i liftkön"', "phrase", False, ("phrase", ["i", "liftkö"])),
    ('"Länsstyrelsen i Jämtland"', "phrase", False, ("phrase", ["länsstyrelse", "i", "jämtland"])),
    ('"begravda under snön"', "phrase", False, ("phrase", ["begravd", "under", "snö"])),
    ('"Polisens fjällräddning"', "phrase", False, ("phrase", ["polis", "fjällräddning"])),
    ('"ansvaret för säkerheten"', "phrase", False, ("phrase", ["ansvar", "för", "säkerhet"])),
    ("fjällräddningen helikopter", "boolean", False, ("and", ["fjällräddning", "helikopter"])),
    ("Duved OR Tegefjäll", "boolean", False, ("or", ["duved", "tegefjäll"])),
    ("Åre -Duved", "boolean", False, ("not", "åre", "duved")),
    ("försäkringsbolaget ersättning", "boolean", False, ("and", ["försäkringsbolag", "ersättning"])),
    ("Transportstyrelsen OR Arbetsmiljöverket", "boolean", False, ("or", ["transportstyrelsen", "arbetsmiljöverket"])),
    ("lavinprognos -SMHI", "boolean", False, ("not", "lavinprognos", "smhi")),
    ("åklagaren förundersökning", "boolean", False, ("and", ["åklagare", "förundersökning"])),
    ("källa:Kvällsbasunen lavinen", "filter", False, ("filter", "Kvällsbasunen", "lavin")),
    ("källa:Kompass utredningen", "filter", False, ("filter", "Kompass", "utredning")),
    ("källa:Pistbladet försäkring", "filter", False, ("filter", "Pistbladet", "försäkring")),
    ("källa:Storsjöbladet fjällräddningen", "filter", False, ("filter", "Storsjöbladet", "fjällräddning")),
    ("källa:Jämten varning", "filter", False, ("filter", "Jämten", "varning")),
    ("typ:opinion ansvar", "filter", False, ("filter", "opinion", "ansvar")),
    ("typ:opinion skyltar", "filter", False, ("filter", "opinion", "skylt")),
    ("berg", "trap", False, ("term", "berg")),
    ("björk", "trap", False, ("term", "björk")),
    ("sol", "trap", False, ("term", "sol")),
    ("stig", "trap", False, ("term", "stig")),
    ("hed", "trap", False, ("term", "hed")),
    ("vide", "trap", False, ("term", "vide")),
    ("kam", "trap", False, ("term", "kam")),
    ("skare", "trap", False, ("term", "skare")),
    ("drivor", "trap", False, ("term", "drivor")),
    ("stav", "trap", False, ("term", "stav")),
    ("vall", "trap", False, ("term", "vall")),
    ("sten", "trap", False, ("term", "sten")),
    ("bäck", "trap", False, ("term", "bäck")),
]

HEADER = """# corpus_avalanche.json – judging notes

Invented crisis: at 13.40 on Wednesday 24 February 2027, in the sports holiday week (sportlov, vecka 8), a slab avalanche (flakskred) releases just under the ridge (kammen) of the closed off-piste slope Hummelbranten below Mörvikshummeln on Åreskutan in Åre kommun, Jämtland, probably triggered by three Norwegian skiers who had gone through the gate. It runs 900 metres down a ravine along the stream Hummelbäcken, across the lift line of the four-seat chair lift Hummelliften and into the lift queue at its bottom station on the open heath: seven caught, five buried, three dug out alive by other skiers and lift staff, two dead (a 17-year-old girl from Uppsala in the queue and a 44-year-old lift attendant from Duved), a 12-year-old boy with a pelvic fracture. Polisens fjällräddning leads the search with avalanche dogs and helicopters. Then to mid April: SMHI's avalanche forecast had said "betydande lavinfara" (3 of 5) for days and stands by it; the resort operator's 2023 avalanche report had recommended moving the queue or building a protective dam (skyddsvall), which was never built; the operator's log shows signs of instability that morning, the lift kept running, avalanche blasting had been cancelled for weather, the screen at the lift showed no warning; the police inquiry (vållande till annans död, later arbetsmiljöbrott) under a prosecutor, the safety chief notified of suspicion; Transportstyrelsen (lift supervision), Arbetsmiljöverket (an injunction), Länsstyrelsen i Jämtlands län (admits it should have set demands), Åre kommun (the building permit was granted on a one-page summary; a no-confidence vote), the insurers (liability insurance, accident and travel insurance, premiums raised), the government's commission, funerals, the operator's chief executive resigning, the dam finally to be built; and a debate about warnings, signs (skyltar), forecasts and responsibility. Places and public bodies are real (Åre, Åreskutan, Mörvikshummeln, Åre by, Duved, Tegefjäll, Åre Björnen, Järpen, Undersåker, Storlien, Storulvån, Östersund, Hede, Klövsjö, Vemdalen, Sälen, Riksgränsen, Uppsala, Trondheim; Åre gamla kyrka, Uppsala domkyrka; SMHI, Polisen and Polisens fjällräddning, Polisregion Mitt, Länsstyrelsen i Jämtlands län, Åre kommun, Bergs kommun, Härjedalens kommun, Transportstyrelsen, Arbetsmiljöverket, Naturvårdsverket, Fjällsäkerhetsrådet, SOS Alarm, Region Jämtland Härjedalen, Östersunds sjukhus, Sahlgrenska universitetssjukhuset, Mittuniversitetet, Riksenheten för miljö- och arbetsmiljömål, Svenska kyrkan, SLAO, Länsförsäkringar Jämtland, AFA Försäkring, Svenska Brukshundklubben, Trafikverket, SJ, Visit Åre; their actions are invented); the slope Hummelbranten, the lift Hummelliften, the stream Hummelbäcken as named here, the companies Skutan Alpin AB, Fjällgeo AB, Fjälltrygg and Norrlandsflyg, the hotel Solgården, the association Fjällguiderna i Jämtland, every person and all six outlets are invented: Storsjöbladet (local daily, Östersund, with leaders and letters), Radio Jämten (local radio, spoken quotes, a columnist and a commentator), Nyhetsbyrån Kompass (wire service, terse, signed "(Kompass)", also press releases), Kvällsbasunen (national tabloid, dramatic headlines, a columnist), Riksposten (national daily, leaders and debate articles) and Pistbladet (trade paper for ski resorts and mountain tourism, with a column and debate). 120 articles (102 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 1 February to 15 April 2027, +01:00 until 28 March and +02:00 after. The ids la001–la120 follow publication time.

Names that are also words: Skutan Alpin's chief executive Stig Björk (*stig*, path; *björk*, birch), the mountain rescue leader Sten Hed (*sten*, stone; *hed*, heath), Radio Jämten's columnist Gunnar Sten, SMHI's forecaster Sol Berg (*sol*, sun; *berg*, mountain), the prosecutor Maria Berg, Åre's council leader Vide Falk (*vide*, willow; *falk*, falcon), the police spokesperson Rut Lind, the insurer's claims chief Bo Ros, and the municipality Bergs kommun. Several headlines put the name first and explain it only in the text (*Sol Berg om lavinfaran*, *Hed: 'Snön var hård som sten'*, *Stig Björk: …*, *Björk: 'Vi följde våra rutiner'*, *Vide Falk: …*, *Lind: …*, *Bo Ros: …*, *Vallin förnekar brott*, *Lotta Solberg: …*). A Swedish reader never takes the given name Stig for a path, the surname Björk for a birch or the given name Sol for the sun, so each such name is a lookalike (must_not) for the word it spells: *Stig* for `stig`, *Björk*, *Björks* for `björk`, *Sten* for `sten`, *Hed* for `hed`, *Sol* for `sol`, *Berg* and *Bergs* (also *Bergs kommun*) for `berg`, *Vide* for `vide`. So that name and word can be classified apart, avalanche_build.py reads these capitalised tokens as tokens of their own, written *stig(namn)*, *björk(namn)*, *sten(namn)*, *hed(namn)*, *sol(namn)*, *berg(namn)*, *vide(namn)* below; the words themselves are never written with a capital in these exact forms (no sentence or title begins with *Sten*, *Sol*, *Berg*, *Stig*, *Björk*, *Hed* or *Vide* as a word; *Solen*, *Björkarna*, *Vallen*, *Skaren* at a sentence's start are the nouns), and check_names() fails the build if a capitalised name token stands in an article that does not name its person (or Bergs kommun) in full. Other names built on query words are lookalikes too: *Stigsdotter*, *Stigsson*, *Stigberg* for `stig` (*Stigsdotter* also for `döttrarna`); *Björklund*, *Björkqvist* for `björk`; *Solberg* for `sol` and `berg`; *Sjöberg*, *Sandberg*, *Hedberg*, *Berglund*, *Bergqvist* for `berg`; *Hedlund*, *Hedin*, *Hedman*, *Hedberg* and the village *Hede* for `hed`; *Stenmark*, *Stenlund* for `sten`; *Stavenow*, *Stavling* for `stav`; *Kamrath*, *Kamsvåg* for `kam`; *Vallin*, *Vallgren*, *Vallström*, *Ekvall* for `vall`; *Bäckström*, *Backlund* for `bäck`. Names that are words but meet no query (Falk, Lind, Rut, Bo, Ros) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (*man* is only the noun: *en man i 30-årsåldern*, *en lugn man*), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the present tense *stänger* of *stänga* (every *stänger* is the plural of *stång*; the verb appears as *stänga*, *stängde*, *stängt*, *stängs* …), the verb *lifta* except *liftat* and the noun *liftare* (every *liftar*, *liftarna* is the plural of *lift*), the infinitive *driva* (every *driv-* form except *drivor* is the verb), *skred* as a noun (every *skred* is the past tense of *skrida*; the noun appears as *skredet* and in compounds), *bäcken* meaning the pelvis (every *bäcken* is the stream; the pelvis appears only in *bäckenfraktur*), *lager* meaning beer or stock (every *lager*, *lagret* is a snow layer), *fjäll* meaning a scale, *stav* and *stig* as imperatives, *hed*, *sol*, *vide* as anything but the nouns and the names, *kam* meaning a comb (every *kammen* is the ridge).

How the lists were made: src/avalanche_articles.py holds the texts and src/avalanche_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: berg/bärg, bäck/back, vall/väll/våll, skare/skär, stång/stäng, natt/nätt/nät, gata/gåta, fot/föt, land/länd, dotter/dött, bror/bröd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed anywhere in a word (*sol*, *hed*, *kam*, *sten*, *stav*, *stig*, *vide*, *driv*), so words ending in the letters (*pisten*, *resten*, *tjänsten*, *Riksposten* for `sten`; *lavinforskaren* for `skare`) are found. Tokens are runs of letters, so *SMHI:s*, *AB:s* and *afterski-ställena* are split. `python3 avalanche_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the trap queries every other word that begins or ends with the query word's letters (or a diacritic variant of them), or has them as a part of a compound, is must_not, since a reader would never take it for the word; where the letters only run inside an unrelated word (*fästena* for `sten`, *enbuskar*, *granskar*, *Oskar* for `skare`, *Kvällsbasunen*, *kvällspressen* for `vall`, *arbetsolyckan* for `sol`) the token is neither. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *räddningstjänsten*, *räddningsinsatsen*, *räddningshundar*, *olycksfallsförsäkring*, *arbetsolyckan*, *dödsolyckor*, *fyrstolslift*; -e- *tjänsteman*, *tjänstemännen*, *hundekipage*; -u- *gatuköket*; -o- *kyrkogården*, *kyrkoherden*; none *fjällräddningen*, *kalfjället*, *Årefjällen*, *Hummelliften*, *liftkön*, *stolliften*, *flakskred*, *snöskred*, *domkyrka*, *kyrkbacken*, *lavinhundar*, *sökhundarna*, *hundförare*, *lavinolyckan*, *gudstjänsten*. A derivation or a word inside a longer compound is don't care: *fjällräddare*, *fjällräddarna* for `räddning` (an agent noun), *Brukshundklubbens* for `hund`; the company names *Fjällgeo*, *Fjälltrygg* and the place *Tegefjäll* for `fjäll`.
- **skred** (compound): *skredet* relevant, *flakskred*, *snöskred* compounds; the verb *skred* (past of *skrida*: *Sökandet skred långsamt framåt*) → must_not. **lift**: *liftat* (hitchhiked) → must_not. **räddning**: the verb *rädda* (*rädda*, *räddade*, *räddar*) → must_not. **hund**: *hundra*, *hundratal*, *hundratals* → must_not. **olycka**: *olyckligtvis* (and *olycklig*) → must_not. **tjänst**: *tjänat*, *förtjänar* → must_not. **gata**: *gatan*, *gatorna* relevant, *gatuköket* compound; *gåta* → must_not; *gått* neither. **fjäll**, **kyrka**: only the word and its compounds.
- **berg** (trap): *berget* (Åreskutan) relevant; the names *Berg*, *Bergs* (Sol Berg, Maria Berg, Bergs kommun), *Solberg*, *Sjöberg*, *Sandberg*, *Hedberg*, *Stigberg*, *Berglund*, *Bergqvist* and *bärgades* (bärga, a diacritic lookalike) → must_not. **björk**: *björk*, *björkar*, *björkarna* relevant, *björkskogen*, *fjällbjörkar* compounds; *Björk*, *Björks*, *Björklund*, *Björkqvist* → must_not. **sol**: *sol*, *solen* relevant; the name *Sol*, *Solberg* and *solklart* (crystal clear, a compound that only looks like one of *sol*) → must_not; the hotel *Solgården* → don't care. **stig**: *stig*, *stigen* relevant; *Stig*, the verb *stiga* (*stigande*) and *Stigsdotter*, *Stigsson*, *Stigberg* → must_not. **hed**: *hed*, *heden* (the open heath at the bottom station) relevant; *Hed*, *hedra*, *Hede*, *Hedlund*, *Hedin*, *Hedman*, *Hedberg* → must_not. **vide**: *vide* (willow) relevant; *Vide*, *video*, *videon*, *videoklipp* → must_not.
- **kam** (trap): *kammen* (the ridge) relevant; *kamera* (*kameran*, *övervakningskameror*), *kamrat* (*kamrater*, *klasskamrater*, *klasskamraten*), *kampanj(en)*, *kammaråklagare* and *Kamrath*, *Kamsvåg* → must_not. **skare**: *skare*, *skaren* (snow crust) relevant; *skara* (a crowd), *skarp*, *skar* (past of *skära*: *skar tvärs över sluttningen*), *skärm*, *skärmen*, *skärmar*, *skärper* and *lavinforskare*, *lavinforskaren* (ending in the letters) → must_not. **drivor**: *drivor* relevant; *driver* (the verb) → must_not. **stav**: *stav*, *stavar* relevant, *skidstavar* compound; *bokstavligen*, *Stavenow*, *Stavling* → must_not. **vall**: *vall*, *vallen* relevant, *skyddsvall(en)* compound; *vallade* (waxed skis), *vällde* (välla), *vållande* (diacritic lookalikes), *kvällen*, *onsdagskvällen*, *torsdagskvällen* (ending in *vällen*) and *Vallin*, *Vallgren*, *Vallström*, *Ekvall* → must_not. **sten**: *sten* (*hård som sten*, *jord och sten*) relevant; *Sten*, *Stenmark(s)*, *Stenlund* and the words ending in the letters (*pisten*, *resten*, *tjänsten*, *gudstjänsten*, *räddningstjänsten*, *Riksposten*) → must_not. **bäck**: *bäck*, *bäcken*, *bäckens* relevant, *Hummelbäcken* compound; *backen*, *backarna*, *kyrkbacken*, *Störtloppsbacken* (backe, a diacritic lookalike), *bäckenfraktur* (the pelvis), *Bäckström*, *Backlund* → must_not.
- **lavinen**: only the word and its many compounds (*lavinprognosen*, *lavinfaran* …). **varningen**: *varnar*, *varnade* → must_not; *lavinvarning*, *varningsskylt*, *varningsnivåer* compounds. **skyltarna**: *skylta*, *skyltat* (the verb) → must_not; *skyltning* don't care; *varningsskylt* compound. **utredningen**: *utreda*, *utreder*, *utredas* and the imperative *utred* → must_not; *lavinutredning(ar)* compounds. **larmet**: *larmen* relevant; *larmade*, *larmades*, *larmar*, *larmas* → must_not; *SOS Alarm* don't care; *larmkedjan*, *larmsamtalen* compounds. **vittnena**: *vittnat* → must_not. **avspärrningen**: *avspärrade*, *avspärrat*, *spärrat* → must_not. **ersättningen**: *ersätta*, *ersätter* → must_not. **prognoserna**: *prognostiserar* → must_not; *lavinprognos-*, *väderprognos*, *prognosmakare* compounds.
- **offren**: *offrade* → must_not; *offpist-* words and *offentliggörs* neither. **vädret**: *vädjade*, *vädjar* → must_not; *väderprognos*, *väderleksrapporter* compounds. **vinklar**: *vinklat* (the verb) → must_not. **tecknen**: *tecknat* (signed) and *anteckningar* → must_not. **hindren**: *hindrat* → must_not. **lagret**: *lagras*, *lagrade* (the verb) → must_not.
- **stängerna**: *stång*, *stänger* (noun), *stängerna* relevant, *markeringsstänger*, *sondstänger* compounds; every form of *stänga* (*stäng*, *stänga*, *stängas*, *stängde*, *stängdes*, *stängs*, *stängt*, *stängd*, *stängda*, *avstängda*, *stängning*) and *stängsel* → must_not. **fötter**: *fot*, *fötterna* relevant; *fotograf*, *fotboll* → must_not. **nätter**: *natt*, *natten*, *nätter* relevant, *midnatt*, *nattåg* compounds; *nätet* → must_not. **döttrarna**: *dött* and *Stigsdotter* → must_not. **bröder**: *bror*, *brodern*, *bröder* relevant; *bröd* → must_not. **länder**: *landet*, *landets*, *länder*, *länderna* relevant; *landa*, *landade* and *bland* → must_not; the country and province names (*Tyskland*, *Island*, *Nederländerna*, *Jämtland*, *Uppland*, *Lappland*), *Norrlandsflyg* and *landshövdingen* → don't care.
- **Phrases**: forms must be adjacent and in order in one sentence. "utanför pisten" covers *pisten*, *pisterna*; *pisterna … utanför repen* → must_not. "betydande lavinfara" covers *lavinfara*, *lavinfaran*; *lavinfaran var betydande* → must_not. "vållande till annans död": *vållande till kroppsskada … en annans död* → must_not. "i liftkön": *liftkön* without *i* before it (*nådde liftkön*, *över liftkön*) → must_not; *liftköer* is neither. "Länsstyrelsen i Jämtland" covers *Jämtlands* (*Länsstyrelsen i Jämtlands län*); *länsstyrelsen … hela Jämtland* → must_not; *länsstyrelserna* neither. "begravda under snön": forms of the participle *begravd* only (*begravdes*, *begravs*, *begravts* and *begravning* are neither). "Polisens fjällräddning": *polisen* and *fjällräddningen* apart → must_not. "ansvaret för säkerheten": *ansvar* and *säkerheten* apart → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*ambulanshelikopter*, *kammaråklagare*, *fjällräddningsledaren*) is don't care. NOT – an article with the excluded term is must_not (*Duveds* excludes). `Åre -Duved`: *året*, *årets* are lookalikes of *Åre*; *Åreskutan*, *Årefjällen*, *Årevägen* are compounds (don't care alone). `lavinprognos -SMHI` is read literally: an article with *lavinprognosen* and no *SMHI* is relevant. OR – no lookalikes.
- **Filters**: `källa:` matches one word of the outlet's name (*Kvällsbasunen*, *Kompass*, *Pistbladet*, *Storsjöbladet*, *Jämten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *ansvar* covers *ansvar*, *ansvaret*; *ansvarar* → must_not; *ansvarsförsäkring*, *samordningsansvar*, *ansvarstagande* compounds and *säkerhetsansvarig* don't care. *försäkring* covers *försäkring*, *försäkringar*; *försäkrar* → must_not; *Länsförsäkringar* (a company) don't care.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("avalanche", "la", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
