#!/usr/bin/env python3
"""Builds corpus_dataleak.json and corpus_dataleak.md from dataleak_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: the supplier's chief executive Dag-Erik Lind
(dag, day; lind, linden), the head teacher Dag Nilsson, the supplier's technical chief Sten Falk, the parents' network
founder Malin Sten and the researcher Tove Sten (sten, stone), the supplier's press officer Lo Berg (berg, mountain),
IMY's head of unit Sol-Britt Ek (sol, sun; ek, oak), the columnist Sol Berglund, IMY's lawyer Rut Björk (björk,
birch), the committee chair Ros-Marie Ekström and the police spokesperson Bo Ros (ros, rose or praise). A reader tells
the name from the word, so the tokenizer below reads the capitalised tokens Dag, Lind, Sten, Berg, Sol, Ek, Björk and
Ros, which the texts use only as these names (never as a word at the start of a sentence or a title; check_names()
verifies it), as tokens of their own: dag(namn), lind(namn), sten(namn), berg(namn), sol(namn), ek(namn),
björk(namn), ros(namn). Every other token is as in fire_build.

Run from this folder: python3 dataleak_build.py [-v]
"""

import sys

import fire_build
from dataleak_articles import ARTICLES


S = fire_build.S

NAMES = {"Dag": "dag(namn)", "Lind": "lind(namn)", "Sten": "sten(namn)", "Berg": "berg(namn)", "Sol": "sol(namn)",
         "Ek": "ek(namn)", "Björk": "björk(namn)", "Ros": "ros(namn)"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Dag": ("Dag-Erik Lind", "Dag Nilsson"),
    "Lind": ("Dag-Erik Lind",),
    "Sten": ("Sten Falk", "Malin Sten", "Tove Sten"),
    "Berg": ("Lo Berg",),
    "Sol": ("Sol-Britt Ek", "Sol Berglund"),
    "Ek": ("Sol-Britt Ek", "Henrik Ek"),
    "Björk": ("Rut Björk",),
    "Ros": ("Ros-Marie Ekström", "Bo Ros"),
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
    "elev": dict(
        probe=r"elev",
        rel=S("elev eleven elevens elever eleverna elevernas elevers"),
        comp=S("elevdokumentation elevhälsa elevregistret elevuppgifter"),
        no=S("relevanta"),
    ),
    "uppgift": dict(
        probe=r"uppg",
        rel=S("uppgiften uppgifter uppgifterna"),
        comp=S("elevuppgifter inloggningsuppgifterna kontaktuppgifter personuppgifter"),
        dc=S("personuppgiftsansvariga personuppgiftsbiträde personuppgiftsbiträdesavtalet personuppgiftsincident "
             "personuppgiftsincidenten personuppgiftsincidenter"),
        no=S("uppgav uppger uppgått"),
    ),
    "läcka": dict(
        probe=r"läck",
        rel=S("läckan"),
        comp=S("dataläcka skolläckan"),
        no=S("läckte"),
    ),
    "anmälan": dict(
        probe=r"anmä",
        rel=S("anmälan anmälningar anmälningarna"),
        comp=S("polisanmälan polisanmälningar"),
        no=S("anmäler anmält anmälts sjukanmält"),
    ),
    "sanktionsavgift": dict(
        probe=r"sanktion",
        rel=S("sanktionsavgift sanktionsavgiften sanktionsavgifter"),
    ),
    "lösenord": dict(
        probe=r"lösen",
        rel=S("lösenord lösenordet lösenorden"),
        no=S("lösen"),
    ),
    "sårbarhet": dict(
        probe=r"sårbar",
        rel=S("sårbarheten sårbarheterna"),
        no=S("sårbara sårbart"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        no=S("utreder utreds"),
    ),
    "behörighet": dict(
        probe=r"behörig",
        rel=S("behörighet behörigheter behörigheterna"),
        comp=S("behörighetsgranskning behörighetsgrupp"),
        no=S("behörig obehöriga"),
    ),
    # --- syncope ---
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckeln nycklarna"),
        comp=S("krypteringsnycklarna nyckeltjänst"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler"),
        comp=S("grundregel"),
        no=S("reglerat"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönstret"),
        comp=S("tidsfönster"),
    ),
    "exempel": dict(
        probe=r"exemp",
        rel=S("exempel"),
        no=S("exemplar exemplariskt"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("tecknade tecknades tecknats teckning"),
    ),
    "förälder": dict(
        probe=r"för[äå]ld",
        rel=S("förälder föräldern förälders föräldrar föräldrarna föräldrarnas"),
        comp=S("föräldramöte föräldramötena föräldramötet föräldranätverk föräldranätverket"),
        no=S("föråldrad"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("städer städerna"),
        no=S("bostad städa"),
        nei=S("testade testades överbelastad"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter döttrar döttrarna"),
        dc=S("dotterbolag dotterbolaget"),
    ),
    "son": dict(
        probe=r"^son|^sön|söner|sonen|sons$",
        rel=S("son sonens sons söner"),
        no=S("söndagen söndagskvällen sönder"),
    ),
    "bok": dict(
        probe=r"bok|böck",
        rel=S("bok boken böcker"),
        comp=S("bilderbok"),
        no=S("bokslut årsbokslutet bokstäver"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nätet",
        rel=S("natten nätterna"),
        no=S("nätet"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamoten ledamöterna"),
    ),
    # --- compounds ---
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolorna"),
        comp=S("ekbackeskolan furulundsskolan gråboskolan nolhagaskolan skoladministratörer skolbarn "
               "skolbyggnaderna skolchef skolchefen skolchefer skoldagen skolförvaltningar skolgården skolhuvudmän "
               "skolläckan skolmiljö skolministern skolplattform skolplattformar skolplattformen skolsektorn "
               "skolsystem skolsystemen skolsystemens skolveckan"),
        dc=S("högskolan skolbryggan skolinspektionen skolsystems skolverket skolverkets"),
    ),
    "data": dict(
        probe=r"data|dator|datum",
        rel=S("data"),
        comp=S("databas databasen databastabell dataintrång dataläcka dataskydd dataskyddsförordningen testdata"),
        dc=S("dataväktaren dataväktarens"),
        no=S("dator datorer datum datumet"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd"),
        comp=S("dataskydd"),
        dc=S("dataskyddsförordningen integritetsskyddsmyndigheten"),
        no=S("skydda skyddad skyddade skyddar"),
    ),
    "nämnd": dict(
        probe=r"nämn",
        rel=S("nämnden nämndens"),
        comp=S("nämndmöte utbildningsnämnd utbildningsnämnden"),
        no=S("nämnde"),
    ),
    "avtal": dict(
        probe=r"avtal",
        rel=S("avtal avtalen avtalet avtalets"),
        comp=S("avtalsbrott avtalstiden avtalsvillkor femkommunsavtalet personuppgiftsbiträdesavtalet ramavtalet"),
        no=S("avtalade"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst tjänster"),
        comp=S("molntjänst nyckeltjänst socialtjänsten tjänstemän tjänstemännen tjänsteärende övervakningstjänst"),
        no=S("förtjänar tjänade tjänar"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan"),
        comp=S("gatuadresser gatuadresserna"),
        no=S("gåta gåtan"),
        nei=S("gått obligatorisk uppgått"),
    ),
    "kvinna": dict(
        probe=r"kvinn",
        rel=S("kvinna kvinnor"),
        comp=S("kvinnojouren kvinnojourer kvinnojourerna"),
    ),
    "plattform": dict(
        probe=r"plattform",
        rel=S("plattform plattformar plattformarna plattformen"),
        comp=S("lärplattform lärplattformar skolplattform skolplattformar skolplattformen"),
    ),
    # --- traps ---
    "sten": dict(
        probe=r"sten",
        rel=S("sten"),
        dc=S("stenungsund stenungsunds stenvalv"),
        no=S("sten(namn) stenlund bergsten bristen fristen hösten kontrasten posten rasten socialtjänsten "
             "upphandlingsjuristen"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindarna"),
        dc=S("lindholmspiren"),
        no=S("lind(namn) linda lindahl lindblad lindblom lindgren lindqvist lindra"),
    ),
    "ros": dict(
        probe=r"ros",
        rel=S("ros"),
        no=S("ros(namn) rosén"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        no=S("sol(namn) solberg absolut isolerad"),
    ),
    "berg": dict(
        probe=r"berg|bärg",
        rel=S("berg"),
        dc=S("bergvik bergviks"),
        no=S("berg(namn) berglund bergsten dahlberg solberg åberg"),
    ),
    "ek": dict(
        probe=r"^ek",
        rel=S("ekar ekarna eken"),
        dc=S("ekbackeskolan"),
        no=S("ek(namn) ekdahl ekelund ekholm ekman ekonomi ekonomiskt ekström ekvall"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björkarna"),
        no=S("björk(namn) björkman"),
    ),
    "dag": dict(
        probe=r"dag",
        rel=S("dag dagar dagen"),
        comp=S("dagsböter fredagskvällen lördag lördagen lördagens måndag måndagen måndagseftermiddagen "
               "måndagskvällen måndagsmorgonen onsdag onsdagen skoldagen söndagen söndagskvällen tisdagen torsdagen "
               "torsdagskvällen vardag vardagen"),
        dc=S("riksdagen"),
        no=S("dag(namn)"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        dc=S("olagligt"),
        no=S("bolag bolaget bolagets dotterbolag dotterbolaget moderbolaget göteborgsbolaget förslag förslaget "
             "upphandlingsunderlaget lagrades lagt lagts förelagt inlagd sammanlagt flagga flaggan sekretessflaggan"),
        nei=S("beklagar klagat klagomål åklagare åklagaren kammaråklagare överklaga överklagande överklagandet "
              "överklagar överklagas beslagtagit"),
    ),
    "nät": dict(
        probe=r"n[aä]t",
        rel=S("nätet"),
        comp=S("elnät nätverk nätverket föräldranätverk föräldranätverket"),
        no=S("natten nätterna"),
        nei=S("alternativ annat förenat internationell kunnat lämnat lämnats nationell nationellt räknat tecknats "
              "öppnat öppnats"),
    ),
    "moln": dict(
        probe=r"m[oö]ln",
        rel=S("molnet"),
        comp=S("molntjänst"),
        no=S("mölndal"),
    ),
    "rast": dict(
        probe=r"rast",
        rel=S("rasten"),
        no=S("infrastruktur kontrasten"),
    ),
    "ord": dict(
        probe=r"ord",
        rel=S("ord"),
        comp=S("lösenord lösenorden lösenordet"),
        no=S("ordförande ordföranden ordinarie förordningen dataskyddsförordningen rekord rekordår nord nordpunkt "
             "nordpunkts"),
        nei=S("borde gjorde gjordes"),
    ),
    # --- words of phrases, booleans and filters ---
    "skyddad": dict(probe=r"^skydda", rel=S("skyddad skyddade"), nei=S("skydda skyddar")),
    "identitet": dict(probe=r"identitet", rel=S("identitet")),
    "personuppgift": dict(
        probe=r"personuppgift",
        rel=S("personuppgifter"),
        dc=S("personuppgiftsansvariga personuppgiftsbiträde personuppgiftsbiträdesavtalet personuppgiftsincident "
             "personuppgiftsincidenten personuppgiftsincidenter"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "strid": dict(probe=r"strid", rel=S("strid"), nei=S("bestrider")),
    "med": dict(probe=r"^med$", rel=S("med")),
    "dataskyddsförordningen": dict(probe=r"dataskyddsförordning", rel=S("dataskyddsförordningen")),
    "hemlig": dict(probe=r"hemlig", rel=S("hemlig hemliga")),
    "adress": dict(
        probe=r"adress",
        rel=S("adress adressen adresser"),
        comp=S("gatuadresser gatuadresserna hemadress"),
    ),
    "digital": dict(probe=r"digital", rel=S("digital digitala"), nei=S("digitaliseringen")),
    "system": dict(
        probe=r"system",
        rel=S("system systemen systemet"),
        comp=S("skolsystem skolsystemen skolsystemens"),
        dc=S("skolsystems"),
        nei=S("systematiskt"),
    ),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens"),
        comp=S("polisanmälan polisanmälningar polisregion"),
    ),
    "överprövning": dict(probe=r"överpröv", rel=S("överprövning överprövningen")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "upphandling": dict(
        probe=r"upphandl",
        rel=S("upphandling upphandlingar upphandlingen"),
        comp=S("direktupphandling direktupphandlingen upphandlingschef upphandlingsjuristen upphandlingsunderlaget"),
        dc=S("upphandlingsmyndigheten"),
        no=S("direktupphandlar direktupphandlat upphandlande upphandlar upphandlas"),
    ),
    "brev": dict(probe=r"brev", rel=S("brev breven")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "imy": dict(probe=r"^imy$|integritetsskyddsmyndighet", rel=S("imy"), dc=S("integritetsskyddsmyndigheten")),
    "nordpunkt": dict(probe=r"nordpunkt", rel=S("nordpunkt nordpunkts")),
    "alingsås": dict(probe=r"alingsås", rel=S("alingsås"), comp=S("alingsåsförfattaren")),
    "lerum": dict(probe=r"lerum", rel=S("lerum lerums")),
    "kungälv": dict(probe=r"kungälv", rel=S("kungälv kungälvs")),
    "stenungsund": dict(probe=r"stenungsund", rel=S("stenungsund stenungsunds")),
    "vite": dict(probe=r"^vit", rel=S("vite vitet"), no=S("vit")),
    "partille": dict(probe=r"partille", rel=S("partille partilles")),
    "skolverket": dict(probe=r"skolverk", rel=S("skolverket skolverkets")),
    "skr": dict(probe=r"^skr$", rel=S("skr")),
    "integritet": dict(probe=r"integritet", rel=S("integritet"), dc=S("integritetsskyddsmyndigheten")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("elever", "inflection", False, ("term", "elev")),
    ("uppgifterna", "inflection", False, ("term", "uppgift")),
    ("läckan", "inflection", False, ("term", "läcka")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("sanktionsavgiften", "inflection", False, ("term", "sanktionsavgift")),
    ("lösenorden", "inflection", False, ("term", "lösenord")),
    ("sårbarheten", "inflection", False, ("term", "sårbarhet")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("behörigheterna", "inflection", False, ("term", "behörighet")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("fönstret", "syncope", False, ("term", "fönster")),
    ("exemplen", "syncope", False, ("term", "exempel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("föräldrarna", "syncope", False, ("term", "förälder")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("söner", "umlaut", False, ("term", "son")),
    ("böcker", "umlaut", False, ("term", "bok")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("skola", "compound", True, ("term", "skola")),
    ("data", "compound", True, ("term", "data")),
    ("skydd", "compound", True, ("term", "skydd")),
    ("nämnd", "compound", True, ("term", "nämnd")),
    ("avtal", "compound", True, ("term", "avtal")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ("kvinna", "compound", True, ("term", "kvinna")),
    ("plattform", "compound", True, ("term", "plattform")),
    ('"skyddad identitet"', "phrase", False, ("phrase", ["skyddad", "identitet"])),
    ('"skyddade personuppgifter"', "phrase", False, ("phrase", ["skyddad", "personuppgift"])),
    ('"i strid med dataskyddsförordningen"', "phrase", False,
     ("phrase", ["i", "strid", "med", "dataskyddsförordningen"])),
    ('"hemliga adresser"', "phrase", False, ("phrase", ["hemlig", "adress"])),
    ('"digitala system"', "phrase", False, ("phrase", ["digital", "system"])),
    ('"polisens utredning"', "phrase", False, ("phrase", ["polis", "utredning"])),
    ('"överprövning av upphandlingen"', "phrase", False, ("phrase", ["överprövning", "av", "upphandling"])),
    ('"brev till föräldrarna"', "phrase", False, ("phrase", ["brev", "till", "förälder"])),
    ("IMY Nordpunkt", "boolean", False, ("and", ["imy", "nordpunkt"])),
    ("Alingsås OR Lerum", "boolean", False, ("or", ["alingsås", "lerum"])),
    ("läckan -polisen", "boolean", False, ("not", "läcka", "polis")),
    ("Kungälv Stenungsund", "boolean", False, ("and", ["kungälv", "stenungsund"])),
    ("sanktionsavgiften OR vite", "boolean", False, ("or", ["sanktionsavgift", "vite"])),
    ("överprövning -Partille", "boolean", False, ("not", "överprövning", "partille")),
    ("Skolverket OR SKR", "boolean", False, ("or", ["skolverket", "skr"])),
    ("källa:Mjörnbladet läckan", "filter", False, ("filter", "Mjörnbladet", "läcka")),
    ("källa:Säveån föräldrarna", "filter", False, ("filter", "Säveån", "förälder")),
    ("källa:Kompass anmälningarna", "filter", False, ("filter", "Kompass", "anmälan")),
    ("källa:Löpsedeln polisen", "filter", False, ("filter", "Löpsedeln", "polis")),
    ("källa:Dataväktaren sårbarheten", "filter", False, ("filter", "Dataväktaren", "sårbarhet")),
    ("typ:opinion integritet", "filter", False, ("filter", "opinion", "integritet")),
    ("typ:opinion upphandlingen", "filter", False, ("filter", "opinion", "upphandling")),
    ("sten", "trap", False, ("term", "sten")),
    ("lind", "trap", False, ("term", "lind")),
    ("ros", "trap", False, ("term", "ros")),
    ("sol", "trap", False, ("term", "sol")),
    ("berg", "trap", False, ("term", "berg")),
    ("ek", "trap", False, ("term", "ek")),
    ("björk", "trap", False, ("term", "björk")),
    ("dag", "trap", False, ("term", "dag")),
    ("lag", "trap", False, ("term", "lag")),
    ("nät", "trap", False, ("term", "nät")),
    ("moln", "trap", False, ("term", "moln")),
    ("rast", "trap", False, ("term", "rast")),
    ("ord", "trap", False, ("term", "ord")),
]

HEADER = """# corpus_dataleak.json – judging notes

Invented crisis: the school platform Skolbryggan, delivered by Nordpunkt Utbildning AB (Göteborg, offices at Lindholmspiren, a subsidiary of the Norwegian Nordpunkt Group) under a joint framework agreement procured by Alingsås for five municipalities in Västra Götaland (Alingsås, Lerum, Partille, Kungälv, Stenungsund; 41 000 pupils), gets version 4.2 in the night to Saturday 5 September 2026. A misconfigured role gives every logged-in guardian an administrator's read access, and the new class-list export ignores the confidentiality flag: for two days names, personal identity numbers and street addresses of all pupils, 212 of them with protected personal data (sekretessmarkering, skyddad identitet), are open. A mother in Lerum discovers it on Sunday evening; the platform is shut on Monday 7 September. An account exports a list of 9 000 pupils; a 19-year-old from Mölndal is arrested, charged with dataintrång and on 22 December given a conditional sentence and day-fines; a second account (4471) that opened 612 protected pupils' profiles is a riddle that the police think was hijacked. The municipalities report the breach to IMY, IMY opens supervision (40 questions, an inspection at the supplier on 1 October, an order under a fine of 500 000 kronor) and on 8 December imposes administrative fines: 8 million kronor on Nordpunkt, 5 million on the five municipalities (Alingsås 1.6 million). Families with protected identities move, women's shelters take calls, parents form the network Trygg skola Väst; Stenungsund and later Lerum terminate the contract, Kungälv's direct procurement of a replacement from Lärkraft AB is challenged by Bergvik Skolsystem AB and annulled by förvaltningsrätten (kammarrätten refuses leave), Bergvik buys Nordpunkt's Swedish business; the auditors in Alingsås criticise the committee; Skolverket, SKR, Barnombudsmannen, Upphandlingsmyndigheten and the government take part in a debate about digital school systems. Places and public bodies are real (Alingsås with Nolhaga, Lerum with Gråbo, Partille, Kungälv, Stenungsund, Mölndal, Göteborg with Lindholmen and Hisingen, Borås, Uddevalla, Skövde, Dalarna; IMY, Polisregion Väst, Skolverket, Skolinspektionen, SKR, Barnombudsmannen, Upphandlingsmyndigheten, Konkurrensverket, Förvaltningsrätten and Kammarrätten i Göteborg, Göteborgs and Uddevalla tingsrätt, Högskolan i Skövde, Sveriges Lärare; their actions are invented); the schools, the companies, the platform, the network, every person and all six outlets are invented: Mjörnbladet (local daily, Alingsås and Lerum), Radio Säveån (local radio, with quotes), Nyhetsbyrån Kompass (wire service, also carrying press releases), Löpsedeln (national tabloid), Dataväktaren (trade paper for public-sector IT and data protection) and Tidningen Horisont (national daily). 115 articles (98 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 10 August to 23 December 2026, +02:00 until 25 October and +01:00 after. The ids dl001–dl115 follow publication time.

Names that are also words: the supplier's chief executive Dag-Erik Lind (*dag*, *lind*), the head teacher Dag Nilsson, the supplier's technical chief Sten Falk, the parents' spokesperson Malin Sten and the researcher Tove Sten (*sten*), the press officer Lo Berg (*berg*), IMY's head of unit Sol-Britt Ek (*sol*, *ek*), Skolverket's Henrik Ek, the columnist Sol Berglund, IMY's lawyer Rut Björk (*björk*), the committee chair Ros-Marie Ekström and the police spokesperson Bo Ros (*ros*); others meet no query (Lo, Bo, Rut, Falk, Stig Lindgren, Erik Vide, Vide Hellström, Petra Hed, *Lilla Lo* in a book title). Several headlines put the name first and explain it only in the text (*Ekström: …*, *Lind ber om ursäkt …*, *Berg: …*, *Falk om läckan …*, *Ek: …*, *Lind: …*, *Björk: …*, *Sten: …*, *Ros: Konto 4471 …*, *Sol-Britt Ek: …*). A Swedish reader never takes these names for the day, the linden, the stone, the mountain, the sun, the oak, the birch or the rose, so each is a lookalike (must_not) for the word it spells. dataleak_build.py reads the capitalised tokens *Dag*, *Lind*, *Sten*, *Berg*, *Sol*, *Ek*, *Björk*, *Ros* (also as parts of the hyphenated *Dag-Erik*, *Sol-Britt*, *Ros-Marie*) as tokens of their own, written *dag(namn)*, *sten(namn)* … below; the words themselves are never written with a capital in these exact forms, and check_names() fails the build if a name token stands in an article that does not name its person in full. Surnames built on the words are lookalikes too: *Lindgren*, *Lindqvist*, *Lindahl*, *Lindblad*, *Lindblom*, the given name *Linda* (lind); *Stenlund*, *Bergsten* (sten); *Berglund*, *Bergsten*, *Solberg*, *Dahlberg*, *Åberg* (berg); *Solberg* (sol); *Ekström*, *Ekman*, *Ekholm*, *Ekdahl*, *Ekelund*, *Ekvall* (ek); *Björkman* (björk); *Rosén* (ros).

Kept out of the texts as the README asks: the pronoun *man* (every *man* is the noun, *en 19-årig man*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out: the infinitive *läcka* (the noun appears only as *läckan* and in compounds, the verb only as *läckte*), *ros*, *sten*, *dag*, *sol*, *berg*, *ek*, *lind*, *björk* as words at the start of a sentence or title, and *vite* in any sense but the fine.

How the lists were made: src/dataleak_articles.py holds the texts (written in seven parts, each appended to ARTICLES) and src/dataleak_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: förälder/föråldrad, gata/gåta, natt/nät/nätt, moln/möln, son/sön, bok/böck, dotter/dött, stad/städ) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed anywhere in a word (*sten*, *lind*, *ros*, *sol*, *berg*, *dag*, *lag*, *ord*, *rast*, *nät*), so words that merely contain the letters are found (*hösten*, *rasten*, *socialtjänsten* for `sten`; *absolut*, *isolerad* for `sol`; *bolaget*, *förslaget*, *lagrades* for `lag`; *ordförande*, *dataskyddsförordningen*, *rekord*, *Nordpunkt* for `ord`; *infrastruktur*, *kontrasten* for `rast`); *ek* is probed from the start of a word, *son* as *son-*/*sön-* from the start and *söner*, *sonen*, *-sons* anywhere. Tokens are runs of letters, so *IMY:s*, *SKR:s*, *bank-id*, *e-tjänster* and *barn- och utbildningsnämnden* are split. `python3 dataleak_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *avtalsbrott*, *avtalstiden*, *avtalsvillkor*, *Furulundsskolan*, *femkommunsavtalet*; -e- *tjänsteärende*; -u- *gatuadresser*, *gatuadresserna*; -o- *kvinnojouren*, *kvinnojourer*; none *skolplattformen*, *lärplattform*, *Gråboskolan*, *dataskydd*, *dataintrång*, *testdata*, *databasen*, *utbildningsnämnden*, *nämndmöte*, *ramavtalet*, *molntjänst*, *socialtjänsten*, *tjänstemännen*. A word inside a longer compound is don't care (*dataskyddsförordningen*, *Integritetsskyddsmyndigheten* for `skydd`; *personuppgiftsincident* for `uppgifterna`). Names of organisations, products and outlets built on the word are don't care: *Skolbryggan*, *Skolverket*, *Skolinspektionen*, *Skolsystems* (Bergvik Skolsystems), and *Högskolan* (a university) for `skola`; *Dataväktaren* for `data`; *Upphandlingsmyndigheten* for `upphandlingen`; *Integritetsskyddsmyndigheten* for `integritet`.
- **skola**, **plattform**, **kvinna**, **nämnd** (compound): *nämnde* (the verb nämna) → must_not; no other lookalike in the texts. **data**: *dator*, *datorer*, *datum*, *datumet* → must_not. **skydd**: the verb and participle *skydda*, *skyddar*, *skyddad*, *skyddade* (another word class) → must_not. **avtal**: *avtalade* → must_not. **tjänst**: *tjänar*, *tjänade*, *förtjänar* → must_not; *e-tjänster*, *it-tjänster* are the noun. **gata**: *gåta*, *gåtan* → must_not; *gått*, *uppgått*, *obligatorisk* are neither.
- **sten** (trap): *vända på varje sten* relevant; the name *Sten*, *Stenlund*, *Bergsten* and the words that only contain the letters (*hösten*, *bristen*, *fristen*, *kontrasten*, *posten*, *rasten*, *socialtjänsten*, *upphandlingsjuristen*) → must_not; the places and the company built on the word (*Stenungsund*, *Stenungsunds*, *Stenvalv*) → don't care (as *Kristianstad* for `stad`).
- **lind** (trap): *lindarna* relevant; the name *Lind*, *Linda*, *Lindgren*, *Lindqvist*, *Lindahl*, *Lindblad*, *Lindblom* and the verb *lindra* → must_not; *Lindholmspiren* → don't care.
- **ros** (trap): *ris och ros*, *en ros till lärarna* relevant; the name *Ros* (Ros-Marie Ekström, Bo Ros) and *Rosén* → must_not.
- **sol** (trap): *klart som solen* relevant; the name *Sol* (Sol-Britt Ek, Sol Berglund), *Solberg*, *absolut*, *isolerad* → must_not.
- **berg** (trap): *ett berg av pärmar* relevant; the name *Berg* and *Berglund*, *Bergsten*, *Solberg*, *Dahlberg*, *Åberg* → must_not; the company *Bergvik* → don't care.
- **ek** (trap): *ekarna*, *eken*, *ekar* relevant; the name *Ek*, the surnames above, *ekonomi*, *ekonomiskt* → must_not; *Ekbackeskolan* → don't care.
- **björk** (trap): *björkarna* relevant; the name *Björk* and *Björkman* → must_not.
- **dag** (trap): *dag* (*i dag*), *dagen*, *dagar* relevant; the name *Dag* (Dag-Erik Lind, Dag Nilsson) → must_not; the weekdays and other compounds (*måndag*, *söndagen*, *vardagen*, *skoldagen*, *dagsböter*) → compounds, don't care; *riksdagen* → don't care.
- **lag** (trap): *lagen*, *svensk lag* relevant; *bolag* with its compounds (*bolaget*, *dotterbolaget*, *moderbolaget*, *Göteborgsbolaget*), *förslag*, *förslaget*, *upphandlingsunderlaget*, *lagrades* (lagra), *lagt*, *lagts*, *förelagt*, *inlagd*, *sammanlagt* (lägga), *flagga*, *flaggan*, *sekretessflaggan* → must_not; *olagligt* → don't care; *åklagare*, *överklaga* and its forms, *klagomål*, *beklagar*, *beslagtagit* are neither.
- **nät** (trap): *på nätet* relevant; *elnät*, *nätverk*, *föräldranätverket* compounds; *natten*, *nätterna* (natt) → must_not; *annat*, *kunnat*, *internationell* … are neither.
- **moln** (trap): *i molnet* relevant, *molntjänst* compound; *Mölndal* → must_not. **rast** (trap): *rasten* relevant; *infrastruktur*, *kontrasten* → must_not.
- **ord** (trap): *ord* (*med andra ord*, *tre ord*) relevant; *lösenord* and its forms compounds (don't care); *ordförande(n)*, *ordinarie*, *förordningen*, *dataskyddsförordningen*, *rekord*, *rekordår*, *Nord*, *Nordpunkt(s)* → must_not; *borde*, *gjorde*, *gjordes* are neither.
- **Inflection**: *relevanta* → must_not for `elever`; the verb *uppger*, *uppgav*, *uppgått* (uppgå) → must_not for `uppgifterna`; *läckte* for `läckan`; *anmäler*, *anmält*, *anmälts*, *sjukanmält* for `anmälningarna`; *lösen* (a ransom) for `lösenorden`; the adjective *sårbara*, *sårbart* for `sårbarheten`; *utreder*, *utreds* for `utredningen`; the adjective *behörig* and *obehöriga* for `behörigheterna`. **sanktionsavgiften**: no lookalike.
- **Syncope**: *reglerat* → must_not for `reglerna`, *grundregel* compound; *exemplar*, *exemplariskt* for `exemplen`; *tecknade*, *tecknades*, *tecknats* (teckna, sign) and *teckning* (a drawing) for `tecknen`; *föråldrad* (outdated) for `föräldrarna`; *krypteringsnycklarna*, *nyckeltjänst* compounds for `nycklar`; *tidsfönster* compound for `fönstret`.
- **Umlaut**: *bostad*, *städa* → must_not for `städer`; *dotterbolag(et)* → don't care for `döttrar`; *söndagen*, *söndagskvällen*, *sönder* → must_not for `söner`; *bokstäver*, *bokslut*, *årsbokslutet* → must_not for `böcker`, *bilderbok* compound; *nätet* → must_not for `nätter`. **ledamöter**: no lookalike.
- **Phrases**: forms must be adjacent and in order in one sentence. *Hennes identitet är skyddad* (reversed) → must_not for "skyddad identitet". *skyddade boende* with *personuppgifter* elsewhere → must_not for "skyddade personuppgifter". *i strid med avtalet* with *dataskyddsförordningen* in another sentence → must_not. *adress är hemlig*, *adresser är hemliga* → must_not for "hemliga adresser". Forms of *digital* are *digital*, *digitala*; *digitala lärplattformar* with *system* elsewhere → must_not, *digitaliseringen* is neither. "polisens utredning" covers *polisens utredning*; *utredningen … polisen* apart → must_not. "överprövning av upphandlingen" covers *överprövningen av upphandlingen*; *dom i överprövningen* with *upphandling* elsewhere → must_not. "brev till föräldrarna" covers *brev till föräldrarna*; *via brev och sms* and *ett brev till slut* with *föräldrar* elsewhere → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care (for `IMY`, the full name *Integritetsskyddsmyndigheten* alone would be don't care; every article that has it also has *IMY*). NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*polisanmälan*, *Polisregion Väst*), don't care. *vit* (*blir vit i ansiktet*) is a lookalike of `vite`. *Alingsåsförfattaren* alone is a compound → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Mjörnbladet*, *Säveån*, *Kompass*, *Löpsedeln*, *Dataväktaren*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *integritet* covers only the noun; *Integritetsskyddsmyndigheten* is don't care. *upphandlingen* covers *upphandling*, *upphandlingar*; the verb *upphandlar*, *upphandlas*, *direktupphandlar*, *direktupphandlat* and the participle *upphandlande* → must_not; compounds (*direktupphandlingen*, *upphandlingsunderlaget*) → don't care.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("dataleak", "dl", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
