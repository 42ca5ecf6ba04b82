#!/usr/bin/env python3
"""Builds corpus_buscrash.json and corpus_buscrash.md from buscrash_articles.py and the hand-written word-form lists
below, with the judging functions of fire_build.py (see its docstring).

Run from this folder: python3 buscrash_build.py [-v]
"""
import fire_build
from buscrash_articles import ARTICLES


def S(words):
    return set(words.split())


CONCEPTS = {
    # --- inflection ---
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("bussolyckan olycksmorgonen olycksnatten olycksplatsen"),
        no=S("olycklig"),
    ),
    "chaufför": dict(
        probe=r"chauff",
        rel=S("chaufför chauffören chaufförens"),
        comp=S("lastbilschauffören"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skador"),
        comp=S("kroppsskada"),
        no=S("skadad skadade skadades"),
    ),
    "elev": dict(probe=r"elev", rel=S("elever eleverna")),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningar utredningen"),
        comp=S("avvikelseutredning utredningsledaren"),
        dc=S("utredare utredaren haveriutredare"),
        no=S("utreda utreder"),
    ),
    "upphandling": dict(
        probe=r"upphandl",
        rel=S("upphandling upphandlingar upphandlingarna upphandlingen"),
        comp=S("upphandlingsregler"),
        dc=S("upphandlare"),
        no=S("upphandla upphandlad upphandlade upphandlar upphandlas upphandlat"),
    ),
    "krav": dict(
        probe=r"krav|kräv",
        rel=S("krav kraven kravet"),
        comp=S("dubbkrav dubbkravet lagkravet"),
        no=S("kräva krävas krävde kräver krävs krävt"),
    ),
    "ambulans": dict(
        probe=r"ambulans",
        rel=S("ambulanser ambulanserna"),
        comp=S("ambulanshelikopter ambulanshelikoptern ambulanspersonal ambulanspersonalen ambulanssjuksköterska"),
    ),
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussars bussen bussens"),
        comp=S("bussbolag bussbolaget bussbolagets bussbranschen bussbranschens bussförare bussföraren "
               "bussförarsektion bussolyckan bussresor busstillverkare busstillverkarna fjällbuss minibuss skolbuss "
               "skolbussar skolbussarna skolbussen stadsbuss"),
    ),
    # --- syncope ---
    "förälder": dict(
        probe=r"föräld",
        rel=S("föräldrar föräldrarna föräldrarnas"),
        comp=S("föräldraföreningen föräldraföreningens"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vintrar vintrarna"),
        comp=S("vinterberedskap vinterberedskapen vinterdäck vinterkörning vintertid vinterutrustningen vintervägar "
               "vinterväghållning vinterväghållningen vinterväglag"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("upphandlingsregler"),
        no=S("reglerar"),
    ),
    "axel": dict(
        probe=r"axel|axl",
        rel=S("axeln axlar"),
        comp=S("drivaxeln drivaxlarna"),
        dc=S("tvåaxlad"),
        no=S("axel"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörk"),
    ),
    "åker": dict(
        probe=r"^åk|åker|åkr",
        rel=S("åker åkern åkrar"),
        comp=S("åkerkanten"),
        no=S("åka åkt åkte"),
        nei=S("åklagare åklagaren åklagarkammaren åklagarmyndigheten"),
    ),
    # --- umlaut ---
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fot foten fots fötter"),
        no=S("fotograf"),
    ),
    "tand": dict(
        probe=r"t[aä]nd",
        rel=S("tand tänder"),
        comp=S("tandläkaren tandvården"),
        no=S("tända"),
        nei=S("bristande mötande omfattande omständigheter omständigheterna standardåtgärd"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet landets länder"),
        comp=S("landsbygden landshövdingen landshövdingens landskapsträd kustlandet"),
        dc=S("hälsingland hälsinglands finland jämtland jämtlands norrland tyskland västernorrland västernorrlands "
             "norrlandsvägar"),
        no=S("landade landar"),
        nei=S("bland framkallande förhållande pressmeddelande väderförhållanden vållande"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter döttrar"),
        no=S("stigsdotter"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("olycksnatten"),
        no=S("nätet"),
        nei=S("knät"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder"),
        no=S("bön"),
    ),
    # --- compounds ---
    "bälte": dict(
        probe=r"bält",
        rel=S("bälte bälten bältena bältet"),
        comp=S("bälteskontroll bältesplikt bältespåminnare bältesvärd bältesvärdar bältesvärdarna höftbälten "
               "säkerhetsbälten säkerhetsbältet trepunktsbälten"),
    ),
    "däck": dict(
        probe=r"däck",
        rel=S("däck däcken"),
        comp=S("dubbdäck dubbdäcken friktionsdäck vinterdäck"),
        no=S("däckad"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("kundtjänst räddningstjänst räddningstjänsten tjänsteman tjänstemannen tjänstemän"),
        no=S("förtjänar tjäna"),
    ),
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gatan gator"),
        comp=S("gatubelysningen storgatan"),
        no=S("gåta"),
        nei=S("bärgats frågat gått legat obligatorisk obligatoriska utgått"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkoherden"),
    ),
    "förare": dict(
        probe=r"förar|förare|^föra$|^förde$|^fördes$|^förs$",
        rel=S("förare föraren förarens"),
        comp=S("bussförare bussföraren bussförarsektion förarutbildningen yrkesförare yrkesförarkompetensen"),
        no=S("förarbetena fördes förs"),
    ),
    "barn": dict(
        probe=r"barn",
        rel=S("barn barnen barnens barnet barns"),
        comp=S("barnvakt skolbarn"),
        nei=S("dubbarna"),
    ),
    # --- words of phrases, booleans and filters ---
    "för": dict(probe=r"^för$", rel=S("för")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "hög": dict(probe=r"^hög", rel=S("hög höga högre högsta"), nei=S("högtidligt")),
    "hastighet": dict(probe=r"hastighet", rel=S("hastighet hastigheten"), comp=S("hastighetsgränsen")),
    "halt": dict(probe=r"^hal(t|a|e|are)?$", rel=S("hal halt")),
    "väglag": dict(probe=r"väglag", rel=S("väglag väglaget"), comp=S("vinterväglag")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "entreprenör": dict(
        probe=r"entreprenör",
        rel=S("entreprenör entreprenören entreprenörens entreprenörer entreprenörerna"),
        comp=S("underentreprenörer"),
    ),
    "dubbad": dict(probe=r"^dubba", rel=S("dubbade"), nei=S("dubbarna")),
    "hudiksvall": dict(probe=r"hudiksvall", rel=S("hudiksvall hudiksvalls")),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna"),
        comp=S("kommunfullmäktige kommunledningen kommunstyrelsens"),
        nei=S("kommunal kommunala kommunals"),
    ),
    "allvarlig": dict(probe=r"allvarl", rel=S("allvarlig allvarliga allvarligt")),
    "skadad": dict(probe=r"skadad|skadade", rel=S("skadad skadade skadades")),
    "shk": dict(probe=r"^shk$", rel=S("shk")),
    "haverikommission": dict(probe=r"haverikomm", rel=S("haverikommission haverikommissions")),
    "bussbolag": dict(probe=r"bussbolag", rel=S("bussbolag bussbolaget bussbolagets")),
    "transportstyrelsen": dict(probe=r"transportstyrels", rel=S("transportstyrelsen transportstyrelsens")),
    "polis": dict(probe=r"polis", rel=S("polis polisen polisens")),
    "åklagare": dict(
        probe=r"åklagar",
        rel=S("åklagare åklagaren"),
        comp=S("åklagarkammaren åklagarmyndigheten"),
    ),
    "sandning": dict(probe=r"sandning", rel=S("sandning")),
    "saltning": dict(probe=r"saltning", rel=S("saltning saltningen")),
    "rektor": dict(probe=r"rektor", rel=S("rektor rektorn")),
    "dubbdäck": dict(probe=r"dubbdäck", rel=S("dubbdäck dubbdäcken")),
    "ekman": dict(probe=r"ekman", rel=S("ekman ekmans")),
    # --- traps ---
    "sten": dict(
        probe=r"st[eé]n",
        rel=S("stenar stenarna"),
        no=S("sten stenberg stenbrovägen stenböle stenlund stenqvist"),
        nei=S("hösten resten räddningstjänsten"),
    ),
    "berg": dict(
        probe=r"berg",
        rel=S("berget"),
        comp=S("bergskärningen"),
        no=S("berg bergkvist bergkvists berglund bergström ekberg hedberg sandberg stenberg sundberg åberg"),
    ),
    "ek": dict(
        probe=r"^ek|ek(en|ar|arna)?$",
        rel=S("eken"),
        no=S("ek ekade ekberg ekdahl ekholm ekman ekmans ekonomisk ekström ekvall ekwall"),
        nei=S("påpekar skrek"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björkar björken"),
        no=S("björk björklund björkman"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        no=S("sol solbackaskolan solbackaskolans absolut isolerade solidaritet"),
        nei=S("bussolyckan"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stigen"),
        no=S("stig stiger stigsdotter stigsson"),
        nei=S("hastighet hastigheten hastighetsgränsen"),
    ),
    "ros": dict(
        probe=r"ros",
        rel=S("rosor"),
        no=S("ros rosa rosén rostedt karossen krossad krossade"),
    ),
    "halka": dict(
        probe=r"halk",
        rel=S("halka halkan"),
        comp=S("halkbekämpning halkbekämpningen halkvarning halkvarningar halkvarningen ishalka"),
        no=S("halkade halkar"),
    ),
    "is": dict(
        probe=r"^is|blankis|svartis",
        rel=S("is isen"),
        comp=S("blankis ishalka"),
        no=S("isaksson isig isiga isolerade"),
    ),
    "sand": dict(
        probe=r"s[aä]nd",
        rel=S("sand sanden"),
        comp=S("sandbil"),
        dc=S("sandning härnösand"),
        no=S("sanda sandad sandade sandar sandat sandats sandberg sandra sandström sände sändes insändare"),
    ),
    "fil": dict(
        probe=r"fil",
        rel=S("fil"),
        comp=S("omkörningsfil"),
        no=S("filippa filippas filmade filmen mobilfilmen"),
    ),
    "bår": dict(
        probe=r"^b[aå]r(a|ar|arna|en|s|e)?$",
        rel=S("bår bårar"),
        no=S("bar bara"),
    ),
    "mod": dict(
        probe=r"mod",
        rel=S("mod modet"),
        no=S("modell modellen moderna modig"),
    ),
}

fire_build.CONCEPTS = CONCEPTS

_judge = fire_build.judge


def judge(a, spec, compounds):
    """As fire_build.judge, except that a phrase found only with a compound in place of one of its words (adjacent,
    in order, in one sentence) is don't care rather than must_not: with compounds:false a compound-only match is
    don't care."""
    res = _judge(a, spec, compounds)
    if spec[0] == "phrase" and res == "no":
        forms = [CONCEPTS[c]["rel"] | CONCEPTS[c].get("comp", set()) for c in spec[1]]
        for s in fire_build.sentences(a):
            for i in range(len(s) - len(forms) + 1):
                if all(s[i + k] in f for k, f in enumerate(forms)):
                    return "dc"
    return res


fire_build.judge = judge

QUERIES = [
    ("olyckan", "inflection", False, ("term", "olycka")),
    ("chauffören", "inflection", False, ("term", "chaufför")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("eleverna", "inflection", False, ("term", "elev")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("upphandlingen", "inflection", False, ("term", "upphandling")),
    ("kravet", "inflection", False, ("term", "krav")),
    ("ambulanserna", "inflection", False, ("term", "ambulans")),
    ("bussarna", "inflection", False, ("term", "buss")),
    ("förälder", "syncope", False, ("term", "förälder")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("regler", "syncope", False, ("term", "regel")),
    ("axlar", "syncope", False, ("term", "axel")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("åkrar", "syncope", False, ("term", "åker")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("tand", "umlaut", False, ("term", "tand")),
    ("länder", "umlaut", False, ("term", "land")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("buss", "compound", True, ("term", "buss")),
    ("bälte", "compound", True, ("term", "bälte")),
    ("däck", "compound", True, ("term", "däck")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("förare", "compound", True, ("term", "förare")),
    ("barn", "compound", True, ("term", "barn")),
    ('"för hög hastighet"', "phrase", False, ("phrase", ["för", "hög", "hastighet"])),
    ('"halt väglag"', "phrase", False, ("phrase", ["halt", "väglag"])),
    ('"Trafikverkets entreprenör"', "phrase", False, ("phrase", ["trafikverket", "entreprenör"])),
    ('"barn utan bälte"', "phrase", False, ("phrase", ["barn", "utan", "bälte"])),
    ('"krav på bälte"', "phrase", False, ("phrase", ["krav", "på", "bälte"])),
    ('"dubbade däck"', "phrase", False, ("phrase", ["dubbad", "däck"])),
    ('"Hudiksvalls kommun"', "phrase", False, ("phrase", ["hudiksvall", "kommun"])),
    ('"allvarligt skadad"', "phrase", False, ("phrase", ["allvarlig", "skadad"])),
    ("Trafikverket entreprenören", "boolean", False, ("and", ["trafikverket", "entreprenör"])),
    ("SHK OR haverikommissionen", "boolean", False, ("or", ["shk", "haverikommission"])),
    ("bussbolaget -Transportstyrelsen", "boolean", False, ("not", "bussbolag", "transportstyrelsen")),
    ("polisen -åklagaren", "boolean", False, ("not", "polis", "åklagare")),
    ("sandning OR saltning", "boolean", False, ("or", ["sandning", "saltning"])),
    ("föräldrarna rektorn", "boolean", False, ("and", ["förälder", "rektor"])),
    ("dubbdäck -Ekman", "boolean", False, ("not", "dubbdäck", "ekman")),
    ("källa:Agön olyckan", "filter", False, ("filter", "Agön", "olycka")),
    ("källa:Kompass utredningen", "filter", False, ("filter", "Kompass", "utredning")),
    ("källa:Kvällsblixten föräldrarna", "filter", False, ("filter", "Kvällsblixten", "förälder")),
    ("källa:Fordonsbladet däck", "filter", False, ("filter", "Fordonsbladet", "däck")),
    ("källa:Nordstjärnan entreprenören", "filter", False, ("filter", "Nordstjärnan", "entreprenör")),
    ("typ:opinion bälte", "filter", False, ("filter", "opinion", "bälte")),
    ("typ:opinion upphandlingen", "filter", False, ("filter", "opinion", "upphandling")),
    ("sten", "trap", False, ("term", "sten")),
    ("berg", "trap", False, ("term", "berg")),
    ("ek", "trap", False, ("term", "ek")),
    ("björk", "trap", False, ("term", "björk")),
    ("sol", "trap", False, ("term", "sol")),
    ("stig", "trap", False, ("term", "stig")),
    ("ros", "trap", False, ("term", "ros")),
    ("halka", "trap", False, ("term", "halka")),
    ("is", "trap", False, ("term", "is")),
    ("sand", "trap", False, ("term", "sand")),
    ("fil", "trap", False, ("term", "fil")),
    ("bår", "trap", False, ("term", "bår")),
    ("mod", "trap", False, ("term", "mod")),
]

HEADER = """# corpus_buscrash.json – judging notes

Invented crisis: on Tuesday 12 January 2027 at 07.41 a school bus of Ekmans Buss AB, carrying 22 eleven-year-olds of class 5B at Solbackaskolan in Iggesund, their teacher and the driver on the way to an outdoor day in Järvsö, skids on invisible ice (freezing rain after a SMHI warning for ishalka) in a long curve of the E4 at Stenböle between Iggesund and Hudiksvall, slides into the oncoming lane, rolls over and stops on its roof in a field, a few metres from an old oak. Fourteen children are treated in hospital, three seriously; the driver Lars-Göran Hed is flown to Akademiska sjukhuset in Uppsala. The teacher, a farmer with his tractor and a lorry driver get the children out. Then come the questions: Trafikverket's logs show 2 h 42 min without gritting, its new contractor Bergkvist Entreprenad (lowest bid, warnings in November, a gritter sent to Söderhamn, an unheeded alarm at Trafikverket's own weather station) loses the contract; the bus had legal but worn unstudded friction tyres; nine of the fourteen injured children wore no seat belt and nobody but the driver was responsible; the police and a prosecutor investigate, SHK finds slippery road and worn tyres behind the accident, Transportstyrelsen proposes studded tyres for buses in the north, Hudiksvalls kommun introduces belt monitors, the parents' association Säkra Skolresor Hälsingland takes the debate to the Riksdag, and the children plant birches at the site in April. Places and public bodies are real (Hudiksvall, Iggesund, Enånger, Njutånger, Järvsö, Söderhamn; Trafikverket, Transportstyrelsen, Statens haverikommission, VTI, SMHI, SOS Alarm, Region Gävleborg, Kommunal); the hamlet Stenböle, the lake Hålsjön, the street Stenbrovägen, the school, the companies (Ekmans Buss, Bergkvist Entreprenad, Norrlandsvägar), every person and all six outlets are invented: Dellenbladet (local daily), Radio Agön (local radio, with quotes), Nyhetsbyrån Kompass (wire service, also carrying press releases), Kvällsblixten (national tabloid), Nordstjärnan (national daily) and Fordonsbladet (trade paper for buses, haulage and roads). 121 articles (102 news, 19 opinion: leaders, debate articles, columns, letters), published 1 December 2026 to 23 April 2027, +01:00 until 28 March and +02:00 after. The ids bk001–bk121 follow publication time.

Names that are also words: as in real news, several people have given names or surnames that are ordinary Swedish words, and several headlines give the name before the text says who it is: Sten Falk (the class teacher), Rut Lind (the head teacher), Lars-Göran and Ingela Hed (the driver and his wife), Stig Björk (Trafikverket's maintenance chief), Anna-Karin Ros and Malin Ros (Transportstyrelsen, Trafikverket), Dag Ek (the police spokesman), Bo Sundberg (SHK), Sol Bergström (the parents' chair), Lo and Filippa Isaksson (a mother and her daughter), Axel Nordin (the farmer), Karl-Johan Vide and Maria Vide (the municipal chair, the vicar), Ingrid Berg and Ann-Sofie Berg (the hospital's chief physician, the head of schools), Lena Modig (the prosecutor). A Swedish reader never takes the given name Sten for a stone, the surname Björk for a birch or the given name Sol for the sun, so each such name is a lookalike (must_not) for the word it spells: *Sten* for `sten`, *Berg* for `berg`, *Ek* for `ek`, *Björk* for `björk`, *Sol* for `sol`, *Stig* for `stig`, *Ros* for `ros`, *Axel* for `axlar`, *Modig* for `mod`. Surnames, places, streets and organisations built on the words are lookalikes too: *Stenböle*, *Stenbrovägen*, *Stenberg*, *Stenlund*, *Stenqvist* (sten); *Bergkvist* (the contractor), *Bergström*, *Berglund*, *Sundberg*, *Hedberg*, *Sandberg*, *Ekberg*, *Stenberg*, *Åberg* (berg); *Ekman*, *Ekmans Buss*, *Ekström*, *Ekholm*, *Ekdahl*, *Ekvall*, *Ekwall*, *Ekberg* (ek); *Björklund*, *Björkman* (björk); *Solbackaskolan* (sol); *Stigsson*, *Stigsdotter* (stig, and *Stigsdotter* for `döttrar`); *Rosén*, *Rostedt* (ros); *Isaksson* (is); *Sandra*, *Sandström*, *Sandberg* (sand); *Filippa* (fil). To keep names and words apart by form, the bare forms *sten*, *berg*, *ek*, *björk*, *sol*, *stig*, *ros* and *axel* occur only as names; the words themselves occur as *stenar*, *berget*, *eken*, *björkar*/*björken*, *solen*, *stigen*, *rosor*, *axeln*/*axlar*.

How the lists were made: src/buscrash_articles.py holds the texts and src/buscrash_build.py the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: bår/bar, sand/sänd, fot/föt, tand/tänd, land/länd, natt/nät, bonde/bön, gata/gåta) lists every corpus token that contains the stem (for `bår` only *b*/*bå* + *r* with short endings, since *bar-* begins *barn*; for `ek` only words beginning or ending in *ek*); each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 buscrash_build.py -v` in src/ regenerates the JSON and this file with fire_build's functions.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. One addition to fire_build's phrase judging: a phrase found adjacent and in order with a compound in place of one word (*dubbade vinterdäck* for "dubbade däck", *krav på bältesvärdar* for "krav på bälte") is don't care, not must_not, since with compounds:false a compound-only match is don't care. The particular calls:

- **Inflection**: *olyckan*: the adjective *olycklig* → must_not; *bussolyckan*, *olycksplatsen*, *olycksnatten* compounds. *skadorna*: the participle and verb forms *skadad*, *skadade* (also *flera skadade*, the injured), *skadades* → must_not (another word class); *kroppsskada* compound. *utredningen*: the verb *utreda*, *utreder* → must_not; the agent noun *utredare*, *utredaren*, *haveriutredare* → don't care. *upphandlingen*: the verb *upphandla*, *upphandlade*, *upphandlas* … → must_not; *upphandlare* don't care. *kravet*: the verb *kräva*, *kräver*, *krävde*, *krävs* … → must_not; *dubbkrav*, *lagkravet* compounds. *chauffören*, *eleverna*, *ambulanserna*, *bussarna*: no lookalikes; *Ekmans Buss* has the noun *buss* and counts.
- **Syncope**: *axlar*: the given name *Axel* (Axel Nordin) → must_not; *axeln* (a shoulder) relevant, *drivaxeln* compound, *tvåaxlad* don't care. *mörkret*: the adjective *mörk* → must_not. *åkrar*: the verb *åka*, *åkte*, *åkt* → must_not (the present *åker* is kept out; *en åker* is the field); *åklagare* is neither. *regler*: *reglerar* → must_not. *förälder*, *vintrar*: no lookalikes; *föräldraföreningen*, *vinterdäck* compounds.
- **Umlaut**: *fötter*: *fotograf* → must_not; *till fots* relevant. *tand*: the verb *tända* (light candles) → must_not; *tänder* is only the noun; *tandläkaren* compound. *länder*: the verbs *landade*, *landar* → must_not; *landet* relevant; the place names *Hälsingland*, *Norrland*, *Finland* … → don't care (as *Kristianstad* for `stad`); *landsbygden*, *landshövdingen*, *kustlandet* compounds. *döttrar*: *Stigsdotter* → must_not. *nätter*: *nätet* → must_not. *bönder*: *bön* (prayer) → must_not.
- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *bältesvärdar*, *olycksplatsen*, *räddningstjänsten*, *yrkesförare*; -e- *tjänsteman*, *tjänstemän*; -u- *gatubelysningen*; -o- *kyrkoherden*; none *skolbussen*, *vinterdäck*, *bussolyckan*, *kundtjänst*, *Storgatan*, *skolbarn*. Lookalikes: *däckad* (exhausted) for `däck`; *förtjänar*, *tjäna* for `tjänst`; *gåta* for `gata`; *förarbetena* (preparatory works of a law) and *förs*, *fördes* (föra) for `förare` → must_not.
- **Traps**: **sten**: names above → must_not; *stenar*, *stenarna* (stones in the ditch) relevant. **berg**: names, *Bergkvist Entreprenad* → must_not; *berget* relevant, *bergskärningen* compound. **ek**: names, *Ekmans Buss*, the verb *ekade* and *ekonomisk* → must_not; *eken* relevant. **björk**: *Björk*, *Björklund*, *Björkman* → must_not; *björkar*, *björken* relevant. **sol**: *Sol*, *Solbackaskolan*, *absolut*, *isolerade*, *solidaritet* → must_not; *solen* relevant. **stig**: *Stig*, *Stigsson*, *Stigsdotter* and the verb *stiger* → must_not; *stigen* relevant; *hastighet* is neither. **ros**: *Ros*, *Rosén*, *Rostedt*, *rosa* and *krossade*, *krossad*, *karossen* → must_not; *rosor* relevant. **halka**: the verb *halkade*, *halkar* → must_not (the infinitive, identical to the noun, is kept out); the noun *halka*, *halkan* relevant; *ishalka*, *halkbekämpningen*, *halkvarningen* compounds. **is**: *Isaksson*, the adjective *isig*, *isiga* and *isolerade* → must_not; *blankis*, *ishalka* compounds. **sand**: the verb *sanda* in all forms (*sandade*, *sandat*, *sandats*, *sandad*), *Sandra*, *Sandström*, *Sandberg*, and *sände*, *sändes*, *insändare* (sända) → must_not; *sandning* (the action of the verb) and *Härnösand* → don't care; *sandbil* compound. **fil** (a lane): *Filippa*, *filmade*, *filmen*, *mobilfilmen* → must_not; *omkörningsfil* compound. **bår**: *bar* (bära) and *bara* → must_not; *bårar* relevant. **mod**: the adjective and surname *modig*, *Modig*, *modell*, *modellen*, *moderna* → must_not; *mod*, *modet* relevant.
- **Phrases**: *Hastigheten var alltså inte för hög* → must_not for "för hög hastighet". *Väglaget var halt* → must_not for "halt väglag". *entreprenören … Trafikverket* in any order apart → must_not for "Trafikverkets entreprenör". *flera barn satt utan bälte* (the words apart) → must_not for "barn utan bälte"; *barnen utan bälte* relevant. *ställa krav på dubbdäck* with *bälte* elsewhere → must_not for "krav på bälte". *Däcken var alltså inte dubbade* → must_not for "dubbade däck". *Hudiksvall* and *kommunen* apart (*stadshuset i Hudiksvall … Kommunen lovade*) → must_not for "Hudiksvalls kommun". *skadades allvarligt* (reversed; *skadades* is a form of the same verb) → must_not for "allvarligt skadad".
- **Booleans**: AND – an article with only some terms is must_not; NOT – an article with the excluded term is must_not; *Ekmans* is the genitive of the name and excludes for "dubbdäck -Ekman". *Statens haverikommission* is the indefinite form of *haverikommissionen* and counts.
- **Filters**: `källa:` matches one word of the outlet's name (*Agön*, *Kompass*, *Kvällsblixten*, *Fordonsbladet*, *Nordstjärnan*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


def main():
    fire_build.build("buscrash", "bk", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
