#!/usr/bin/env python3
"""Builds corpus_ammonia.json and corpus_ammonia.md from ammonia_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Names that are also words (Sten, Falk, Lind, Ros, Ek, Berg) are read, when capitalised in exactly these forms (the
words themselves are never written with a capital in these forms, at the start of a sentence or a title; check_names()
verifies that each such token stands in an article that names its person in full), as tokens of their own: sten(namn),
falk(namn), lind(namn), ros(namn), ek(namn), berg(namn). Every other token is as in fire_build.

Run from this folder: python3 ammonia_build.py [-v]
"""

import sys

import fire_build
from ammonia_articles import ARTICLES


S = fire_build.S

NAMES = {"Sten": "sten(namn)", "Falk": "falk(namn)", "Falks": "falk(namn)", "Lind": "lind(namn)",
         "Linds": "lind(namn)", "Ros": "ros(namn)", "Ek": "ek(namn)", "Eks": "ek(namn)", "Berg": "berg(namn)",
         "Bergs": "berg(namn)"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Sten": ("Sten Falk", "Malin Sten"),
    "Falk": ("Sten Falk", "Anna Falk"),
    "Falks": ("Sten Falk", "Anna Falk"),
    "Lind": ("Rut Lind",),
    "Linds": ("Rut Lind",),
    "Ros": ("Stig Ros", "Cecilia Ros"),
    "Ek": ("Bo Ek", "Lars Ek"),
    "Eks": ("Bo Ek", "Lars Ek"),
    "Berg": ("Lo Berg",),
    "Bergs": ("Lo Berg",),
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
    "läcka": dict(
        probe=r"läck",
        rel=S("läcka läckan läckor"),
        comp=S("ammoniakläcka ammoniakläckan gasläcka gasläckan helsingborgsläckan"),
        no=S("läcker läckte"),
        nei=S("fläckar släckvatten släckvattnet"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen"),
        comp=S("mobilvarningen utomhusvarning utomhusvarningen varningssystem varningssystemet"),
        no=S("varna varnade varnar gasvarnare gasvarnaren gasvarnarna"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("olycksutredning"),
        no=S("utredas utreder utredaren"),
    ),
    "arbetare": dict(
        probe=r"arbetar|arbetad|arbetat",
        rel=S("arbetare arbetarna"),
        comp=S("lagerarbetare"),
        dc=S("medarbetarna"),
        no=S("arbetade arbetar arbetat samarbetar"),
    ),
    "ventil": dict(
        probe=r"ventil",
        rel=S("ventil ventilen ventiler ventilerna"),
        no=S("ventilation ventilationen ventilationsaggregatet ventilationssystemet"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakueringen"),
        no=S("evakuerade evakuerades"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skador"),
        comp=S("arbetsskada frätskador kroppsskada"),
        no=S("skadade skadades skadats"),
    ),
    "siren": dict(
        probe=r"sir[eé]n",
        rel=S("siren sirenen sirener sirenerna"),
        no=S("sirén siréns"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna"),
        no=S("mäta mätte mätare"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("släckvatten släckvattnet vattenridåer vattenslangar"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren fönstret"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagren lagret"),
        comp=S("fryslager fryslagret lagerarbetare lagerhallar lagerhallen"),
        dc=S("fryslagerföretag"),
        no=S("lagrades lagring"),
    ),
    "väder": dict(
        probe=r"väd",
        rel=S("vädret"),
        comp=S("blåsväder"),
        no=S("vädjade vädra"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörk mörkt"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren filtret"),
        no=S("filtar"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nattens nätter"),
        comp=S("gasnatten midnatt nattetid nattpersonal nattskiftet skräcknatten"),
        no=S("nattliga nätet"),
        nei=S("övernatta"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand handen händerna"),
        comp=S("handskriven"),
        no=S("handeln handlar handlingar handläggare hända hände händelse händelsen"),
        nei=S("behandling miljöhandläggare"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("riksdagsledamot"),
    ),
    "bror": dict(
        probe=r"bro[dr]|bröd",
        rel=S("brodern bröderna"),
        no=S("bröd"),
    ),
    "land": dict(
        probe=r"^l[aä]nd|land$|länder",
        rel=S("landet landets länder"),
        dc=S("halland nederländerna"),
        no=S("landade landskrona"),
        nei=S("bland"),
    ),
    "son": dict(
        probe=r"^s[oö]n",
        rel=S("son sonen söner sönerna"),
        no=S("söndags sönder"),
    ),
    # --- compounds ---
    "ammoniak": dict(
        probe=r"ammoniak",
        rel=S("ammoniak ammoniaken"),
        comp=S("ammoniakanläggning ammoniakanläggningar ammoniakhaltigt ammoniakläcka ammoniakläckan ammoniakutsläpp "
               "ammoniakutsläppet"),
    ),
    "hamn": dict(
        probe=r"hamn",
        rel=S("hamn hamnen hamnens"),
        comp=S("hamnbassängen hamnchefen hamntorget oceanhamnen oceanhamnens sydhamnen"),
        no=S("hamnade köpenhamn"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan"),
        comp=S("gatuhörnet järnvägsgatan kolgatan"),
        no=S("gåta"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrkan"),
        comp=S("kyrkoherden mariakyrkan"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("kemikalieolycka olycksplatsen olycksutredning"),
        no=S("olycklig"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färja färjor färjorna"),
        comp=S("färjerederierna färjeterminalen färjetrafik färjetrafiken färjeturerna helsingörsfärjan"),
    ),
    "moln": dict(
        probe=r"moln",
        rel=S("moln molnet"),
        comp=S("gasmoln gasmolnet gasmolnets"),
    ),
    "skift": dict(
        probe=r"skift",
        rel=S("skift skiftet"),
        comp=S("dagskiftet nattskiftet skiftledare skiftledaren"),
        no=S("skiftade"),
    ),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhuset"),
        comp=S("universitetssjukhus"),
    ),
    # --- traps ---
    "falk": dict(
        probe=r"falk",
        rel=S("falk falken falkarna"),
        comp=S("pilgrimsfalkar pilgrimsfalkarna"),
        no=S("falk(namn) falkenberg"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindarna"),
        no=S("lind(namn) lindahl lindberg lindqvist lindriga lindström"),
    ),
    "ros": dict(
        probe=r"ros",
        rel=S("ros rosor"),
        comp=S("solrosen"),
        no=S("ros(namn) rosberg rosén rost rosta rostangrepp rosten rostfritt rostig"),
        nei=S("frosten korrosion"),
    ),
    "ek": dict(
        probe=r"^ek|ek$|ekar|eken|ek\(",
        rel=S("ek eken ekarna"),
        no=S("ek(namn) ekberg ekdahl ekholm ekonomichefen ekot ekström förnekar pekar påpekar skrek"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten"),
        no=S("sten(namn) stenberg stenqvist frosten förlusten gudstjänsten hösten kärnposten osten posten "
             "presstjänsten resten rosten räddningstjänsten"),
        nei=S("höstens räddningstjänstens"),
    ),
    "berg": dict(
        probe=r"b[eä]rg",
        rel=S("berg berget"),
        no=S("berg(namn) bergaliden bergqvist bergström ekberg falkenberg hallberg lindberg malmberg nyberg rosberg "
             "sandberg sjöberg stenberg åberg öberg"),
    ),
    "mask": dict(
        probe=r"mask",
        rel=S("masken masker"),
        comp=S("flyktmask flyktmasker flyktmaskerna"),
        no=S("maskinrum maskinrummet"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören röret"),
        comp=S("rörledning rörledningar rörledningen"),
        no=S("rörelse"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taken taket"),
        comp=S("takfläkt"),
        no=S("takt"),
        nei=S("kontakt kontakta"),
    ),
    "hall": dict(
        probe=r"hall",
        rel=S("hallen hallarna"),
        comp=S("gåsebäckshallen lagerhallar lagerhallen"),
        no=S("halland hallberg"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilen"),
        comp=S("lastbilarna polisbilar"),
        dc=S("lastbilskö bilister"),
        no=S("bild bilder bilderna biljetten billigt mobil mobilen mobiler stabil"),
        nei=S("mobilvarningen rehabilitering rehabiliteringen utbildning utbildningen"),
    ),
    "ost": dict(
        probe=r"ost|^öst",
        rel=S("ost osten"),
        no=S("frosten kärnposten nordost posten rost rosten öst österut östra"),
        nei=S("bostadsområden bostadsområdena bostäder hosta kosta kostar kostnaden kostnader kostnaderna rosta "
              "rostangrepp rostfritt rostig"),
    ),
    "räka": dict(
        probe=r"räk",
        rel=S("räkor räkorna"),
        no=S("räknar"),
        nei=S("beräknas dräkter skyddsdräkt spridningsberäkning"),
    ),
    # --- words of phrases, booleans and filters ---
    "viktig": dict(probe=r"^vikt", rel=S("viktiga viktigaste viktigt")),
    "meddelande": dict(
        probe=r"meddeland",
        rel=S("meddelande meddelandet"),
        comp=S("pressmeddelande"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "allmänhet": dict(probe=r"allmän", rel=S("allmänheten")),
    "stanna": dict(probe=r"^stann", rel=S("stanna stannade")),
    "inomhus": dict(probe=r"inomhus", rel=S("inomhus")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "dörr": dict(
        probe=r"dörr",
        rel=S("dörr dörrar dörrarna dörren"),
        comp=S("ytterdörren"),
    ),
    "räddningstjänst": dict(
        probe=r"räddningstjänst",
        rel=S("räddningstjänst räddningstjänsten räddningstjänstens"),
    ),
    "skåne": dict(probe=r"skåne", rel=S("skåne skånes"), comp=S("skånetrafiken")),
    "nordväst": dict(probe=r"nordväst", rel=S("nordväst nordvästs"), nei=S("nordvästra")),
    "brist": dict(probe=r"^brist", rel=S("brister bristerna")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "underhåll": dict(probe=r"underhåll", rel=S("underhåll underhållet")),
    "helsingborg": dict(probe=r"^helsingborgs?$", rel=S("helsingborg helsingborgs")),
    "lasarett": dict(probe=r"lasarett", rel=S("lasarett lasarettet")),
    "stängd": dict(
        probe=r"stäng",
        rel=S("stängd stängda"),
        nei=S("avstängd stäng stänga stängas stängde stängdes stänger stängningen stängs stängt"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor skolorna"),
        comp=S("eneborgsskolan förskolan förskolor gåsebäcksskolan olympiaskolan skolgården skolklockan "
               "skolsköterskan"),
        dc=S("skol"),
    ),
    "frätande": dict(probe=r"frät", rel=S("frätande"), nei=S("frätskador")),
    "gas": dict(
        probe=r"gas",
        rel=S("gas gasen gaser"),
        comp=S("biogas gaslarmen gaslarmet gasläcka gasläckan gasmoln gasmolnet gasmolnets gasnatten gastäta "
               "gasutrymning gasutsläpp gasutsläppet gasvarnare gasvarnaren gasvarnarna syrgas"),
        nei=S("anhörigas besiktigas stängas svagaste tidigast vanligaste viktigaste"),
    ),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "förbud": dict(
        probe=r"förbud|förbjud",
        rel=S("förbud förbudet"),
        no=S("förbjuder förbjudas"),
    ),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagare åklagaren"),
        comp=S("kammaråklagaren"),
    ),
    "arbetsmiljöbrott": dict(probe=r"arbetsmiljöbrott", rel=S("arbetsmiljöbrott")),
    "gåsebäck": dict(
        probe=r"gåsebäck",
        rel=S("gåsebäck"),
        comp=S("gåsebäckshallen gåsebäcksparken gåsebäcksskolan gåsebäcksvägen"),
    ),
    "eneborg": dict(probe=r"eneborg", rel=S("eneborg"), comp=S("eneborgsskolan")),
    "helsingör": dict(probe=r"helsing[öø]r", rel=S("helsingör helsingør"), comp=S("helsingörsfärjan")),
    "danmark": dict(probe=r"danmark", rel=S("danmark")),
    "sundkyl": dict(probe=r"sundkyl", rel=S("sundkyl sundkyls")),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens poliser"),
        comp=S("polisbilar"),
    ),
    "vma": dict(probe=r"^vma$", rel=S("vma")),
    "skyddsombud": dict(
        probe=r"skyddsombud",
        rel=S("skyddsombud skyddsombudet skyddsombudets"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("läckan", "inflection", False, ("term", "läcka")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("arbetarna", "inflection", False, ("term", "arbetare")),
    ("ventilen", "inflection", False, ("term", "ventil")),
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("sirenerna", "inflection", False, ("term", "siren")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("länder", "umlaut", False, ("term", "land")),
    ("söner", "umlaut", False, ("term", "son")),
    ("ammoniak", "compound", True, ("term", "ammoniak")),
    ("hamn", "compound", True, ("term", "hamn")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("färja", "compound", True, ("term", "färja")),
    ("moln", "compound", True, ("term", "moln")),
    ("skift", "compound", True, ("term", "skift")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ('"viktigt meddelande till allmänheten"', "phrase", False,
     ("phrase", ["viktig", "meddelande", "till", "allmänhet"])),
    ('"stanna inomhus"', "phrase", False, ("phrase", ["stanna", "inomhus"])),
    ('"fönster och dörrar"', "phrase", False, ("phrase", ["fönster", "och", "dörr"])),
    ('"Räddningstjänsten Skåne Nordväst"', "phrase", False, ("phrase", ["räddningstjänst", "skåne", "nordväst"])),
    ('"brister i underhållet"', "phrase", False, ("phrase", ["brist", "i", "underhåll"])),
    ('"Helsingborgs lasarett"', "phrase", False, ("phrase", ["helsingborg", "lasarett"])),
    ('"stängda skolor"', "phrase", False, ("phrase", ["stängd", "skola"])),
    ('"frätande gas"', "phrase", False, ("phrase", ["frätande", "gas"])),
    ("Arbetsmiljöverket förbud", "boolean", False, ("and", ["arbetsmiljöverket", "förbud"])),
    ("åklagaren arbetsmiljöbrott", "boolean", False, ("and", ["åklagare", "arbetsmiljöbrott"])),
    ("Gåsebäck OR Eneborg", "boolean", False, ("or", ["gåsebäck", "eneborg"])),
    ("Helsingör OR Danmark", "boolean", False, ("or", ["helsingör", "danmark"])),
    ("Sundkyl -polisen", "boolean", False, ("not", "sundkyl", "polis")),
    ("VMA -sirenerna", "boolean", False, ("not", "vma", "siren")),
    ("skyddsombudet ventilen", "boolean", False, ("and", ["skyddsombud", "ventil"])),
    ("källa:Kullen evakueringen", "filter", False, ("filter", "Kullen", "evakuering")),
    ("källa:Spira utredningen", "filter", False, ("filter", "Spira", "utredning")),
    ("källa:Kvällsblixten ammoniak", "filter", False, ("filter", "Kvällsblixten", "ammoniak")),
    ("källa:Kylvärlden ventilen", "filter", False, ("filter", "Kylvärlden", "ventil")),
    ("källa:Kärnposten skolorna", "filter", False, ("filter", "Kärnposten", "skola")),
    ("typ:opinion VMA", "filter", False, ("filter", "opinion", "vma")),
    ("typ:opinion underhållet", "filter", False, ("filter", "opinion", "underhåll")),
    ("falk", "trap", False, ("term", "falk")),
    ("lind", "trap", False, ("term", "lind")),
    ("ros", "trap", False, ("term", "ros")),
    ("ek", "trap", False, ("term", "ek")),
    ("sten", "trap", False, ("term", "sten")),
    ("berg", "trap", False, ("term", "berg")),
    ("mask", "trap", False, ("term", "mask")),
    ("rör", "trap", False, ("term", "rör")),
    ("tak", "trap", False, ("term", "tak")),
    ("hall", "trap", False, ("term", "hall")),
    ("bil", "trap", False, ("term", "bil")),
    ("ost", "trap", False, ("term", "ost")),
    ("räkor", "trap", False, ("term", "räka")),
]

HEADER = """# corpus_ammonia.json – judging notes

Invented crisis: at 23.41 on Tuesday 20 October 2026, on the first windy autumn night (SMHI's yellow warning for wind, 15 m/s from the south-west with gusts to 25), a corroded valve (ventil) on a pipe in the machine room of the cold store of Sundkyl AB in Sydhamnen, Helsingborg, gives way; about 2.8 tonnes of ammonia escape in under three hours, into the storage hall where the night shift works and out through a roof fan. The gas detectors work, but the alarm only rings a duty phone at the operations manager's home; a 22-year-old truck driver calls 112 at 23.52. Räddningstjänsten Skåne Nordväst stops the leak at about 03.00 with water curtains; a VMA (viktigt meddelande till allmänheten) goes out on the radio at 00.24 for Söder, Gåsebäck, Eneborg and Oceanhamnen (stay indoors, shut windows, doors and ventilation), Hesa Fredrik sounds but four of thirteen sirens are silent (two known broken since the September test), the message reaches mobiles only at 00.51; 140 residents of two houses on Kolgatan are evacuated by bus to a sports hall, through the gas; the ferry terminal at Knutpunkten and the ferries to Helsingør stop for nine hours; two schools and a preschool close (one for three days, its roof ventilation having drawn the gas in); five workers go to Helsingborgs lasarett, two in intensive care, the shift leader by helicopter to Lund; 47 people seek care; dead fish in the harbour basin, browned lime trees, 2 600 tonnes of frozen food (fish, prawns, cheese) destroyed. Then to 22 December: the safety representative's warning from May about the rusty valve, Arbetsmiljöverket's ban on operation (lifted 11 December) and its national inspection of ammonia plants, the police inquiry into arbetsmiljöbrott under a prosecutor (two people notified of suspicion), the company's chief executive stepping down, the municipality's review of the sirens and a council decision for an external review, MSB's evaluation of the VMA's reach (55 % reached within an hour), Region Skåne's review of ambulances and hospital care, the county board's report on the fish kill, compensation claims from the ferry company, a taxi driver and residents, a thanksgiving service, the December siren test, a government inquiry, and debate about alarms to an alarm centre, maintenance and responsibility. Places and public bodies are real (Helsingborg, Sydhamnen, Oceanhamnen, Norra hamnen, Knutpunkten, Hamntorget, Järnvägsgatan, Hälsovägen, Bergaliden, Söder, Gåsebäck, Eneborg, Slottsvången, Filborna, Råå, Ramlösa, Höganäs, Landskrona, Malmö, Lund, Helsingør, Köpenhamn; Räddningstjänsten Skåne Nordväst, Polisen, Arbetsmiljöverket, Region Skåne, Helsingborgs lasarett, Skånes universitetssjukhus, 1177 Vårdguiden, Länsstyrelsen i Skåne, MSB, SMHI, SOS Alarm, Sveriges Radio P4 Malmöhus and Ekot, Riksenheten för miljö- och arbetsmiljömål, Nationellt forensiskt centrum, Giftinformationscentralen, NSR, Helsingborgs Hamn, Svenska kyrkan, Sankta Maria kyrka; their actions are invented); the company Sundkyl AB, the ferry company Sundslinjen, the consultants Sydkyl Teknik, the association Svensk Kyla, the streets Kolgatan and Gåsebäcksvägen, the schools Gåsebäcksskolan and Eneborgsskolan, the preschool Solrosen, the sports hall Gåsebäckshallen, every person and all six outlets are invented: Kärnposten (local daily, Helsingborg, with leaders and letters), Radio Kullen (local radio, spoken quotes, a commentator), Nyhetsbyrån Spira (wire service, terse, signed "(Spira)", also press releases), Kvällsblixten (national tabloid, with a columnist), Riksbladet (national daily, leaders and debate articles) and Kylvärlden (trade paper for refrigeration and the cold chain, with a column). 117 articles (100 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 7 September to 22 December 2026, +02:00 until 25 October and +01:00 after. The ids am001–am117 follow publication time.

Names that are also words: the rescue chief Sten Falk (*sten*, stone; *falk*, falcon), Kvällsblixten's columnist Malin Sten, the deacon Anna Falk, the council leader Rut Lind (*lind*, lime tree), the safety representative Stig Ros and the acting chief executive Cecilia Ros (*ros*, rose, praise), the chief executive Bo Ek and the ferry traffic controller Lars Ek (*ek*, oak), the Arbetsmiljöverket inspector Lo Berg (*berg*, mountain), the chief physician Sol Björk, the truck driver Vide Hed, the operations manager Henrik Mörk (*mörk*, dark), the opposition leader Jonas Sirén (*siren*). Several headlines put the name first and explain it only in the text (*Falk: 'Vinden gjorde det svårt att förutse molnet'*, *Lo Berg: 'Larmet stannade i en telefon'*, *Ros varnade för rosten redan i maj*, *Bo Ek: 'Vi har inte slarvat'*, *Mörk: 'Jag hörde inte telefonen'*, *Sirén vill ha haverikommission för sirenerna*, *Lind: 'Sirenerna i Eneborg borde ha lagats'*, *Ek lämnar Sundkyl*, *Vide, 22, ringde 112*). A Swedish reader never takes the surname Falk for a falcon or the given name Sten for a stone, so each such name is a lookalike (must_not) for the word it spells: *Sten* for `sten`, *Falk* for `falk`, *Lind* for `lind`, *Ros* for `ros`, *Ek* for `ek`, *Berg* for `berg`. So that name and word can be classified apart, ammonia_build.py reads these capitalised tokens as tokens of their own, written *sten(namn)*, *falk(namn)*, *lind(namn)*, *ros(namn)*, *ek(namn)*, *berg(namn)* below; the words themselves are never written with a capital in these exact forms (no sentence or title begins with *Sten*, *Falk*, *Lind*, *Ros*, *Ek* or *Berg* as a word; *Falken*, *Falkarna*, *Ekarna* at a sentence's start are the nouns, and the letter that praises the firefighters writes *En ros till …*), and check_names() fails the build if a capitalised name token stands in an article that does not name its person in full. Other names built on query words are lookalikes too: *Falkenberg* (the harbour chief Ulrika Falkenberg) for `falk` and `berg`; *Lindström*, *Lindqvist*, *Lindahl*, *Lindberg* for `lind`; *Rosén*, *Rosberg* for `ros`; *Ekström*, *Ekberg*, *Ekholm*, *Ekdahl* for `ek`; *Stenberg* (the prosecutor Maria Stenberg), *Stenqvist* for `sten`; *Hallberg* for `hall` and `berg`; *Sjöberg*, *Nyberg*, *Åberg*, *Öberg*, *Sandberg*, *Malmberg*, *Bergström*, *Bergqvist* and the street *Bergaliden* for `berg`; *Mörk* for `mörkret`; *Sirén*, *Siréns* for `sirenerna` (a diacritic pair). Names that are words but meet no query (Stig, Sol, Björk, Vide, Hed, Lo, Bo, Rut) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (quoted speech was rephrased), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *läcka* in the infinitive (every *läcka* is the noun, *en kraftig läcka*; the verb appears as *läcker*, *läckte*), the verb *skada* in the infinitive (*skada* is the noun, *tar skada*), the verb *röra* in any form (every *rör* is a pipe; the only lookalike is the noun *rörelse*), the plural *hamnar* (homograph of the verb), the noun *vara* (goods appear as *varor*, *varorna*) and *Ros*, *Sten*, *Ek* … as words at a sentence's start.

How the lists were made: src/ammonia_articles.py holds the texts and src/ammonia_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: siren/sirén, natt/nätt/nät, hand/händ, land/länd, son/sön, bror/bröd, gata/gåta, färja/farj, väder/väd, berg/bärg, ost/öst) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed anywhere in a word (*sten*, *ros*, *tak*, *bil*, *hall*, *rör*, *mask*, *lind*, *falk*, *räk*, *ost*), so words ending in the letters (*räddningstjänsten*, *hösten*, *resten*, *posten*, *Kärnposten* for `sten`; *nordost*, *rost*, *frosten*, *Kärnposten* for `ost`) are found; `ek` is probed at a word's start and end and as *ekar*/*eken* anywhere. Tokens are runs of letters, so *VMA:t*, *MSB:s*, *vd:n* and hyphenated words are split. The rule for a query word's letters inside a longer unrelated word: where the word begins or ends with them (*maskinrummet*, *billigt*, *mobilen*, *takt*, *rosten*, *posten*, *påpekar*), it is a lookalike (must_not); where they stand only inside it (*utbildning*, *kontakt*, *kostnader*, *rostig* for `ost`, *beräknas*, *behandling*, *räddningstjänstens*), it is neither. `python3 ammonia_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *olycksplatsen*, *olycksutredning*, *universitetssjukhus* (the word at the end); -e- *färjeterminalen*, *färjetrafiken*, *färjerederierna*; -u- *gatuhörnet*; -o- *kyrkoherden*; none *ammoniakläckan*, *ammoniakutsläppet*, *Sydhamnen*, *Oceanhamnen*, *hamnbassängen*, *Kolgatan*, *Järnvägsgatan*, *Mariakyrkan*, *kemikalieolycka*, *Helsingörsfärjan*, *gasmolnet*, *nattskiftet*, *skiftledaren*. Words that only look like compounds are must_not: *Köpenhamn* and the verb *hamnade* for `hamn`, *gåta* (diacritic) for `gata`, *olycklig* for `olycka`, the verb *skiftade* for `skift`. `ammoniak`, `kyrka`, `färja`, `moln`, `sjukhus` have no lookalike in the texts.
- **falk** (trap): the names *Falk* and *Falkenberg* → must_not; the birds *falken*, *falkarna*, *en falk* relevant, *pilgrimsfalkar(na)* compounds. **lind**: the name *Lind*, *Lindström*, *Lindqvist*, *Lindahl*, *Lindberg* and the adjective *lindriga* (mild injuries) → must_not; *lindarna* (the lime trees browned by the gas) relevant. **ros**: the name *Ros*, *Rosén*, *Rosberg*, *rost*, *rosten*, *rostig*, *rostangrepp*, *rostfritt* and the verb *rosta* → must_not; *ris och ros*, *en ros till brandmännen* and *rosor* relevant; the preschool *Solrosen* a compound (don't care); *korrosion*, *frosten* neither. **ek**: the name *Ek*, *Ekström*, *Ekberg*, *Ekholm*, *Ekdahl*, *Ekot* (the radio news), *ekonomichefen*, *skrek* and the verbs ending in *-ekar* (*pekar*, *påpekar*, *förnekar*) → must_not; *eken*, *ekarna*, *en ung ek* relevant. **sten**: the name *Sten*, *Stenberg*, *Stenqvist* and words ending in *-sten* (*räddningstjänsten*, *gudstjänsten*, *presstjänsten*, *hösten*, *resten*, *förlusten*, *posten*, *Kärnposten*, *osten*, *rosten*, *frosten*) → must_not; *vänder på varje sten* (the idiom is the noun) relevant. **berg**: the name *Berg* and every surname or street in *-berg*/*Berg-* → must_not; *ett berg av fryst mat*, *berget av kasserade varor* relevant.
- **mask** (trap): *maskinrum*, *maskinrummet* → must_not; *masken*, *masker* relevant, *flyktmask(er/erna)* compounds. **rör**: *rörelse* → must_not; *rör*, *röret*, *rören* relevant, *rörledning(en/ar)* compounds. **tak**: *takt* → must_not; *kontakt(a)* neither; *takfläkt* compound. **hall**: *Halland* and *Hallberg* → must_not; *hallen*, *hallarna* relevant, *Gåsebäckshallen*, *lagerhallen*, *lagerhallar* compounds. **bil**: *bild*, *bilder*, *bilderna*, *biljetten*, *billigt*, *mobil*, *mobilen*, *mobiler*, *stabil* → must_not; *lastbilarna*, *polisbilar* compounds; *lastbilskö* (the word inside a longer compound) and *bilister* (a derivation) don't care; *utbildning*, *rehabilitering*, *mobilvarningen* neither. **ost**: *öst*, *österut*, *östra* (diacritic pair), *nordost*, *rost*, and the words ending in *-osten* (*rosten*, *frosten*, *posten*, *Kärnposten*) → must_not; *ost*, *osten* (cheese) relevant; *kostnader*, *bostäder*, *hosta*, *rostig* … neither. **räkor**: the verb *räknar* → must_not; *beräknas*, *spridningsberäkning*, *dräkter* neither.
- **läckan**: the verb *läcker*, *läckte* → must_not; *ammoniakläckan*, *gasläcka(n)*, *Helsingborgsläckan* compounds; *släckvattnet*, *fläckar* neither. **varningen**: the verb *varna*, *varnade*, *varnar* and the agent noun *gasvarnare(n/na)* (gas detector, another lemma) → must_not; *utomhusvarningen*, *mobilvarningen*, *varningssystemet* compounds. **utredningen**: *utreder*, *utredas* and *utredaren* (another lemma) → must_not; *olycksutredning* compound. **arbetarna**: the verb *arbetar*, *arbetade*, *arbetat*, *samarbetar* → must_not; *lagerarbetare* compound; *medarbetarna* don't care. **ventilen**: *ventilation(en)*, *ventilationssystemet*, *ventilationsaggregatet* → must_not; *ventilen i köket* (an air vent) is the same noun and relevant. **evakueringen**: *evakuerade*, *evakuerades* → must_not. **skadorna**: the verb forms *skadade*, *skadades*, *skadats* (also *de skadade*, the participle) → must_not; *skada* (the noun, *tar skada*) relevant; *frätskador*, *arbetsskada*, *kroppsskada* compounds. **sirenerna**: *Sirén*, *Siréns* → must_not. **mätningarna**: *mäta*, *mätte* and *mätare* (instrument) → must_not.
- **vattnet**: *släckvattnet*, *vattenridåer* compounds; no lookalike. **fönstren**: no lookalike. **lagret**: *lagrades*, *lagring* (lagra) → must_not; *fryslagret*, *lagerhallen*, *lagerarbetare* compounds; *fryslagerföretag* don't care. **vädret**: *vädra* (air the rooms) and *vädjade* → must_not; *blåsväder* compound. **mörkret**: the adjective *mörk*, *mörkt* and the surname *Mörk* → must_not. **filtren**: *filtar* (blankets) → must_not.
- **nätter**: *nätet* and *nattliga* → must_not; *gasnatten*, *midnatt*, *nattskiftet*, *nattetid* compounds; *övernatta* neither. **händerna**: *handlar*, *handeln*, *handlingar*, *handläggare*, *hände*, *hända*, *händelse(n)* → must_not; *hand* (*med facit i hand*, *höll handen*, *i handen*) relevant; *handskriven* compound; *behandling* neither. **ledamöter**: *riksdagsledamot* compound; no lookalike. **bröder**: *bröd* → must_not. **länder**: *landade* and *Landskrona* → must_not; *landet*, *landets* relevant; *Halland*, *Nederländerna* don't care (as *Kristianstad* for `stad`); *bland* neither. **söner**: *sönder*, *söndags* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence (the title is a sentence). *Viktigt meddelande till allmänheten* and *Det viktiga meddelandet till allmänheten* relevant; *meddelandet till allmänheten* with *viktigt* elsewhere → must_not. *stanna inomhus*, *stannade inomhus* relevant; *stannade hemma … höll oss inomhus* → must_not. *fönster och dörrar*, *fönstren och dörrarna* relevant; *dörrar och fönster* (reversed) → must_not; an article with *fönstret* and *dörren* but no *och* is don't care. *Räddningstjänsten Skåne Nordväst(s)* relevant; *räddningstjänsten* … *Skåne* … *nordväst* (the wind) apart → must_not; *nordvästra* is not a form of the name. *brister i underhållet* relevant; *underhållet … hade brister* → must_not. *Helsingborgs lasarett* relevant; *lasarettet i Helsingborg* → must_not. Forms of *stängd* are *stängd*, *stängda*; the verb forms (*stängt*, *stängde*, *stängs* …) are neither; *stängda skolor* relevant; *Skolor stängda* and *Skolan hölls stängd* → must_not. *frätande gas* relevant; *gasen är giftig och frätande* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*kammaråklagaren*) is don't care; *förbjuder*, *förbjudas* are lookalikes of *förbud*. NOT – an article with the excluded term is must_not; *polisbilar* alone is a compound (don't care). OR – *Gåsebäcksskolan*, *Eneborgsskolan*, *Helsingörsfärjan* alone are compounds → don't care; the Danish spelling *Helsingør* (in *Helsingør kommune*) is the place and counts for `Helsingör`.
- **Filters**: `källa:` matches one word of the outlet's name (*Kullen*, *Spira*, *Kvällsblixten*, *Kylvärlden*, *Kärnposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type; compound-only articles are don't care.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("ammonia", "am", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
