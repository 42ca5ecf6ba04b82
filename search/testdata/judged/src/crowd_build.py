#!/usr/bin/env python3
"""Builds corpus_crowd.json and corpus_crowd.md from crowd_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 crowd_build.py [-v]
"""

import fire_build
from crowd_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        no=S("evakuera"),
    ),
    "grind": dict(
        probe=r"grind",
        rel=S("grind grindar grindarna grinden"),
        comp=S("grindhalvan grinduthyraren skjutgrindar"),
    ),
    "trängsel": dict(
        probe=r"träng",
        rel=S("trängsel trängseln"),
        no=S("trängdes trängre"),
    ),
    "tillstånd": dict(
        probe=r"tillstånd|tillstod",
        rel=S("tillstånd tillstånden tillståndet"),
        comp=S("evenemangstillstånd evenemangstillstånden tillståndsenhet tillståndsenheten tillståndsprövningen"),
        no=S("tillstod"),
    ),
    "ambulans": dict(
        probe=r"ambulans",
        rel=S("ambulans ambulansen ambulanser ambulanserna"),
        comp=S("ambulanschef ambulanshelikopter ambulansinsatsen ambulanssjuksköterska ambulanssjuksköterskan "
               "ambulanssjuksköterskor ambulanssjukvård ambulanssjukvården"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen"),
        no=S("varnade varnar"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningarna"),
        comp=S("regeringsutredning utredningsledaren"),
        dc=S("utredare utredaren"),
        no=S("utredas utreder utreds"),
    ),
    "arrangör": dict(
        probe=r"arrang",
        rel=S("arrangör arrangören arrangörens arrangörer arrangörerna"),
        comp=S("arrangörsföreningen festivalarrangörer"),
        no=S("arrangemang arrangera arrangerade arrangerat"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar"),
        no=S("anmälde anmäler anmält"),
    ),
    # --- syncope ---
    "väder": dict(
        probe=r"väd",
        rel=S("väder vädret"),
        comp=S("oväder uppehållsväder åskväder åskvädret väderläget"),
        no=S("vädjat"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckel nyckeln nycklar nycklarna"),
        comp=S("nyckelfrågan"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regeln regler reglerna"),
        comp=S("regelverk"),
        no=S("regleras"),
    ),
    "offer": dict(
        probe=r"^off|offer|offr",
        rel=S("offer offren"),
        comp=S("brottsofferjouren brottsoffermyndigheten"),
        no=S("offrade"),
        nei=S("offentlig offentliga offentliggörs officiella"),
    ),
    "axel": dict(
        probe=r"ax[e]?l",
        rel=S("axeln axlar"),
        no=S("axel axla axlade"),
    ),
    "himmel": dict(
        probe=r"himm|himl",
        rel=S("himmel himlen"),
        no=S("himla"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("stadsdelens stadsfestivalerna"),
        dc=S("linnéstaden älvstad"),
        no=S("bostad stadga stadion städat"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand handen händer händerna"),
        comp=S("handdukar handleden"),
        dc=S("andrahandsmarknaden efterhand omhändertaganden"),
        no=S("handlar handlingar handläggare hända hände händelse händelsen"),
    ),
    "fot": dict(
        probe=r"^fot|fött|föt",
        rel=S("foten fötter"),
        comp=S("fotfästet"),
        dc=S("fotboll fotbollsmatch fotbollsmatcher"),
        no=S("fotograferar fotografi"),
    ),
    "bror": dict(
        probe=r"^bror|^bröd|^brod|brodern|bröder",
        rel=S("bröder bröderna"),
        comp=S("lillebrodern"),
        no=S("bror bröd"),
    ),
    "land": dict(
        probe=r"^land|^länd|länder|landet",
        rel=S("land landet länder länderna"),
        dc=S("nederländerna"),
        no=S("landa landade"),
    ),
    "dotter": dict(
        probe=r"dott|dött|döttr",
        rel=S("dotter döttrar"),
        no=S("dött"),
    ),
    # --- compounds ---
    "säkerhet": dict(
        probe=r"säk",
        rel=S("säkerhet säkerheten"),
        comp=S("publiksäkerhet säkerhetsansvarig säkerhetsansvarige säkerhetsarbetet säkerhetschef säkerhetschefen "
               "säkerhetskonsult säkerhetsplan säkerhetsplanen säkerhetsplanerna säkerhetsvärdar"),
        no=S("säkerställt säkert säkrare"),
        nei=S("försäkringen försäkringsbolag försäkringsbolaget försäkringsbranschen"),
    ),
    "skog": dict(
        probe=r"skog",
        rel=set(),
        comp=S("slottsskogen slottsskogens"),
        dc=S("slottsskogsvallen"),
        no=S("skoglund"),
    ),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("väg vägen"),
        comp=S("gångvägarna utrymningsväg utrymningsvägar utrymningsvägarna vägskyltar"),
        dc=S("korsvägen"),
        no=S("förväg väggen våg vågade vågar vågor överväger"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan gatorna"),
        comp=S("bangatans gatuköket linnégatan långgatan margretebergsgatan"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "människa": dict(
        probe=r"männi|mänsk",
        rel=S("människa människor människorna"),
        comp=S("människomassan"),
        no=S("mänskligt"),
    ),
    "vakt": dict(
        probe=r"vak",
        rel=S("vakt vakten vakter vakterna"),
        comp=S("ordningsvakt ordningsvakten ordningsvakter ordningsvakterna vaktchef vaktchefen"),
        dc=S("nordvakt nordvakts"),
        no=S("bevakade bevakar bevakningen bevakningsföretaget ljusvaka vakan"),
        nei=S("evakuera evakuering evakueringen"),
    ),
    "scen": dict(
        probe=r"scen",
        rel=S("scen scenen scener scenerna"),
        comp=S("jättescener scenkanten scenpuls"),
        no=S("scenario"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("räddningstjänsten tjänstemän"),
        no=S("förtjänar tjänat"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("dödsolycka festivalolyckan olycksplatsen trafikolyckor"),
        no=S("olyckligt"),
    ),
}

CONCEPTS.update({
    # --- traps ---
    "stig": dict(
        probe=r"stig",
        rel=S("stigarna"),
        no=S("stig stiga stigande stiger överstiga"),
        nei=S("rostig"),
    ),
    "ros": dict(
        probe=r"^ros",
        rel=S("rosor rosorna"),
        no=S("ros rosa rosell roskilde roskildefestivalen rostig"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindarna linden"),
        no=S("lind linda lindahl lindrigt lindström"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        no=S("sol solberg solist solisten solna"),
        nei=S("dödsolycka"),
    ),
    "rutin": dict(
        probe=r"^rut|rutin|rutt",
        rel=S("rutin rutinen rutiner rutinerna"),
        no=S("rut rutor rutt rutten"),
    ),
    "video": dict(
        probe=r"vide",
        rel=S("video videon videor"),
        comp=S("mobilvideo videoklipp"),
        no=S("vide"),
        nei=S("reviderad"),
    ),
    "storm": dict(
        probe=r"storm",
        rel=S("stormen"),
        no=S("storm stormade"),
    ),
    "ek": dict(
        probe=r"^ek|eko",
        rel=S("ekarna"),
        no=S("ek ekdahl ekonomi ekonomichef ekonomichefen kvällsekot kvällsekots"),
        nei=S("rekommendationer rekommenderar rekord"),
    ),
    "kö": dict(
        probe=r"^k[oö](n|r|er|erna|ns|rna|rs)?$",
        rel=S("kö köer köerna kön"),
        no=S("kör"),
    ),
    "bom": dict(
        probe=r"bom",
        rel=S("bom bommarna bommen"),
        no=S("bomb bombhot bombhotet"),
    ),
    "åska": dict(
        probe=r"åsk",
        rel=S("åska åskan"),
        comp=S("åskskurar åskväder åskvädret"),
        no=S("åskådarna"),
    ),
    "park": dict(
        probe=r"park",
        rel=S("park parken parkens parker parkerna"),
        comp=S("parkarbetare parkchefen parkmark"),
        no=S("parkerade parkeringen parkett parketten"),
    ),
    "lås": dict(
        probe=r"l[åä]s",
        rel=S("lås låset"),
        comp=S("hänglås"),
        no=S("låsa låsas låses låst låsta låste låstes läsa läst läste"),
        nei=S("blåsig"),
    ),
    # --- words of phrases, booleans and filters ---
    "göteborg": dict(
        probe=r"göteborg",
        rel=S("göteborg göteborgs"),
        comp=S("göteborgslag storgöteborg"),
    ),
    "låst": dict(probe=r"^låst", rel=S("låst låsta"), nei=S("låste låstes")),
    "vållande": dict(probe=r"vålla", rel=S("vållande")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "annan": dict(probe=r"^annan", rel=S("annan annans")),
    "död": dict(
        probe=r"^död",
        rel=S("död"),
        nei=S("döda dödade dödar dödlig dödsfallet dödsolycka"),
    ),
    "offentlig": dict(probe=r"^offentlig", rel=S("offentlig offentliga"), nei=S("offentliggörs")),
    "tillställning": dict(probe=r"tillställning", rel=S("tillställning tillställningar")),
    "kraftig": dict(probe=r"^kraftig", rel=S("kraftiga kraftigt")),
    "åskväder": dict(probe=r"åskväd", rel=S("åskväder åskvädret")),
    "ordningsvakt": dict(
        probe=r"ordningsvakt",
        rel=S("ordningsvakt ordningsvakten ordningsvakter ordningsvakterna"),
    ),
    "vid": dict(probe=r"^vid$", rel=S("vid")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "plats": dict(probe=r"^plats", rel=S("plats platsen platser")),
    "publik": dict(
        probe=r"publik",
        rel=S("publik publiken publikens"),
        comp=S("publikansvarig publikansvarige publikflöden publikflödet publiksäkerhet publiktäthet publiktätheten"),
    ),
    "slottsskogen": dict(
        probe=r"slottssko",
        rel=S("slottsskogen slottsskogens"),
        comp=S("slottsskogsvallen"),
    ),
    "linnéplatsen": dict(probe=r"linnéplats", rel=S("linnéplatsen")),
    "sahlgrenska": dict(probe=r"sahlgren", rel=S("sahlgrenska sahlgrenskas")),
    "mölndal": dict(probe=r"mölndal", rel=S("mölndal mölndals")),
    "polis": dict(
        probe=r"polis",
        rel=S("polisen polisens poliser"),
        comp=S("polisinsatschef polisinsatschefen polisinsatsen polismyndigheten polisområde polisregion "
               "regionpolischefen"),
    ),
    "haverikommission": dict(
        probe=r"haverikommission",
        rel=S("haverikommission haverikommissionen haverikommissionens"),
    ),
    "ivo": dict(probe=r"^ivo", rel=S("ivo")),
    "nordvakt": dict(probe=r"nordvakt", rel=S("nordvakt nordvakts")),
    "biljett": dict(
        probe=r"biljett",
        rel=S("biljett biljetten biljetter biljetterna"),
        comp=S("biljettintäkterna biljettyp festivalbiljetter tågbiljetter"),
    ),
    "återbetalning": dict(probe=r"återbetal", rel=S("återbetalning återbetalningen")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagare åklagaren"),
        comp=S("kammaråklagare åklagarmyndigheten"),
    ),
    "förundersökning": dict(
        probe=r"förundersök",
        rel=S("förundersökning förundersökningen"),
        comp=S("förundersökningsledare"),
    ),
})

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("grindarna", "inflection", False, ("term", "grind")),
    ("trängseln", "inflection", False, ("term", "trängsel")),
    ("tillståndet", "inflection", False, ("term", "tillstånd")),
    ("ambulanserna", "inflection", False, ("term", "ambulans")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("arrangören", "inflection", False, ("term", "arrangör")),
    ("anmälningar", "inflection", False, ("term", "anmälan")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("offren", "syncope", False, ("term", "offer")),
    ("axlar", "syncope", False, ("term", "axel")),
    ("himmel", "syncope", False, ("term", "himmel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("länder", "umlaut", False, ("term", "land")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ("skog", "compound", True, ("term", "skog")),
    ("väg", "compound", True, ("term", "väg")),
    ("gata", "compound", True, ("term", "gata")),
    ("människa", "compound", True, ("term", "människa")),
    ("vakt", "compound", True, ("term", "vakt")),
    ("scen", "compound", True, ("term", "scen")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("olycka", "compound", True, ("term", "olycka")),
    ('"Göteborgs Stad"', "phrase", False, ("phrase", ["göteborg", "stad"])),
    ('"låsta grinden"', "phrase", False, ("phrase", ["låst", "grind"])),
    ('"vållande till annans död"', "phrase", False, ("phrase", ["vållande", "till", "annan", "död"])),
    ('"offentlig tillställning"', "phrase", False, ("phrase", ["offentlig", "tillställning"])),
    ('"kraftigt åskväder"', "phrase", False, ("phrase", ["kraftig", "åskväder"])),
    ('"ordningsvakter vid grinden"', "phrase", False, ("phrase", ["ordningsvakt", "vid", "grind"])),
    ('"ambulanser på plats"', "phrase", False, ("phrase", ["ambulans", "på", "plats"])),
    ('"publikens säkerhet"', "phrase", False, ("phrase", ["publik", "säkerhet"])),
    ("Slottsskogen Linnéplatsen", "boolean", False, ("and", ["slottsskogen", "linnéplatsen"])),
    ("Sahlgrenska OR Mölndal", "boolean", False, ("or", ["sahlgrenska", "mölndal"])),
    ("arrangören -polisen", "boolean", False, ("not", "arrangör", "polis")),
    ("haverikommissionen OR IVO", "boolean", False, ("or", ["haverikommission", "ivo"])),
    ("ordningsvakter -Nordvakt", "boolean", False, ("not", "ordningsvakt", "nordvakt")),
    ("biljetter återbetalning", "boolean", False, ("and", ["biljett", "återbetalning"])),
    ("åklagaren förundersökning", "boolean", False, ("and", ["åklagare", "förundersökning"])),
    ("källa:Majornabladet grinden", "filter", False, ("filter", "Majornabladet", "grind")),
    ("källa:Vimpel evakueringen", "filter", False, ("filter", "Vimpel", "evakuering")),
    ("källa:Kvällsekot ordningsvakterna", "filter", False, ("filter", "Kvällsekot", "ordningsvakt")),
    ("källa:Scenpuls arrangören", "filter", False, ("filter", "Scenpuls", "arrangör")),
    ("källa:Älvstad ambulanserna", "filter", False, ("filter", "Älvstad", "ambulans")),
    ("typ:opinion reglerna", "filter", False, ("filter", "opinion", "regel")),
    ("typ:opinion tillståndet", "filter", False, ("filter", "opinion", "tillstånd")),
    ("stigarna", "trap", False, ("term", "stig")),
    ("rosor", "trap", False, ("term", "ros")),
    ("lindarna", "trap", False, ("term", "lind")),
    ("solen", "trap", False, ("term", "sol")),
    ("rutiner", "trap", False, ("term", "rutin")),
    ("videon", "trap", False, ("term", "video")),
    ("stormen", "trap", False, ("term", "storm")),
    ("ekarna", "trap", False, ("term", "ek")),
    ("kö", "trap", False, ("term", "kö")),
    ("bommen", "trap", False, ("term", "bom")),
    ("åskan", "trap", False, ("term", "åska")),
    ("park", "trap", False, ("term", "park")),
    ("låset", "trap", False, ("term", "lås")),
]

HEADER = """# corpus_crowd.json – judging notes

Invented crisis: the summer festival Västerljud (organiser Västerljud Produktion AB, vd Stig Ros; security by Nordvakt Säkerhet AB) is held in Slottsskogen, Göteborg, on 7–9 August 2026 with a police permit for a public event (offentlig tillställning) of 24 000 visitors a day and Göteborgs Stad's lease of the park land (tillståndsenheten, park- och naturförvaltningen). On Saturday 8 August SMHI issues a yellow warning for a severe thunderstorm; at 21.36 the organiser, after consulting the police, orders the site cleared. Thousands run to exit 4 at Linnéplatsen, where one half of the new double sliding gate is padlocked (the key with a security supervisor at the main stage, the order given by the organiser's safety manager Bror Falk to steer the afternoon entry) and the other half jams on a bent rail; radio traffic fails in the storm. 46 are injured (nine seriously) and Elin Sjögren, 24, of Partille dies. Ambulances from the region (ambulanssjukvården i Storgöteborg, chief Rut Ek) are held up at a locked car barrier (bom) at the park's north entrance whose key nobody has. Then to November: the police inquiry led by chief prosecutor Malin Lind (vållande till annans död; two suspects), Statens haverikommission's investigation and interim report, the region's lex Maria report and IVO's criticism, the police's own review of the incident commander Jonas Storm, the city's external review, Arbetsmiljöverket's criticism of Nordvakt, refunds of tickets, the funeral, the memorial under the lime trees at Linnéplatsen, threats and vandalism against the organiser, the family's lawsuit, the government's inquiry and the debate about crowd safety rules (publiksäkerhet) in the election campaign and in the industry, and the city's stop for big events in its parks. Places and public bodies are real (Slottsskogen with Stora dammen, Azaleadalen, Plikta, Slottsskogsvallen, Barnens zoo, Villa Belparc, Linnéplatsen, Linnégatan, Majorna, Linnéstaden, Kungsladugård, Änggården, Oscar Fredriks kyrka, Partille, Sävedalen, Mölndal, Ullevi, Scandinavium; Polisen, Åklagarmyndigheten, Göteborgs Stad, Västra Götalandsregionen, Sahlgrenska universitetssjukhuset, Östra sjukhuset, Mölndals sjukhus, SOS Alarm, Räddningstjänsten Storgöteborg, SMHI, Statens haverikommission, IVO, Arbetsmiljöverket, Svensk Live, Lunds universitet; their actions are invented); the festival, the companies, the bands, every person and all six outlets are invented: Majornabladet (local daily, Majorna and Linnéstaden), Radio Älvstad (local radio, with quotes), Nyhetsbyrån Vimpel (wire service, also carrying press releases), Kvällsekot (tabloid), Scenpuls (trade paper for live music and events) and Riksbladet (national daily). 118 articles (101 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 28 May to 20 November 2026, +02:00 until 25 October and +01:00 after. The ids tr001–tr118 follow publication time.

People whose names are Swedish words speak throughout, and several headlines name them before the text says who they are (*Stig Ros: …*, *Ros: …*, *Lind leder …*, *Lind: …*, *Storm: …*, *Storm kritiseras …*, *Ek: …*, *Ek lämnar …*, *Sol, 17: …*, *Vide, 23: …*, *Vide hedras …*, *Axel Nord: …*, *Bror Falk …*, *Bo Almqvist: …*): the organiser's vd Stig Ros, the prosecutor Malin Lind, the incident commander Jonas Storm, the ambulance chief Rut Ek, the survivor Sol Karlsson, the security guard Vide Holm, the ambulance nurse Axel Nord, the safety manager Bror Falk and the permit chief Bo Almqvist. Because a name and a common noun of the same spelling are one token, the common noun is never written in the form of the name: the path only as *stigarna*, the rose only as *rosor*, *rosorna*, the lime tree only as *lindarna*, *linden*, the sun only as *solen*, the oak only as *ekarna*, the storm only as *stormen* (*stormen Ylva*), the shoulder only as *axeln*, *axlar*, the brother only as *bröder*, *bröderna*, *lillebrodern*, the willow (*vide*) not at all, and the verb *bo* not at all; the tokens *stig*, *ros*, *lind*, *sol*, *ek*, *storm*, *axel*, *bror*, *vide*, *rut*, *bo* are always names.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer* (*händer* and *händerna* are the noun: *uppdelat på för många händer*), the verb *hamnar*, *i första hand*. Also kept out because no search could tell them from the judged forms: *tillstånd* meaning a condition (every *tillstånd* is a permit; patients are in a *läge*), *regel* meaning a bolt (every *regel* is a rule), *kön* meaning sex (every *kön* is the queue), the verb *axlar* (*axla*, *axlade* only), *bom* meaning a miss, *offer* meaning a sacrifice, *stigen* as a participle of *stiga*, *storm* as a common noun in the base form.

How the lists were made: src/crowd_articles.py holds the texts (written in seven parts, each appended to ARTICLES) and src/crowd_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: väg/våg, gata/gåta, lås/läs, stad/städ, hand/händ, fot/föt, bror/bröd, land/länd, dotter/dött, kö/ko) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* is anchored (*kö*, *kön*, *köer*, *köerna*, *kör* …), since *kö-* and *ko-* begin hundreds of unrelated words; *ros* is probed from the start of the word, *ek* as *ek-* from the start and *eko* anywhere (so *Kvällsekot* is found). Tokens are runs of letters, so *Park- och naturförvaltningen* is *park*, *och*, *naturförvaltningen* and *IVO:s* is *ivo*, *s*. `python3 crowd_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *säkerhetsplanen*, *säkerhetsansvarig*, *Slottsskogen* (slott-s-skog), *utrymningsvägar*, *olycksplatsen*, *räddningstjänsten*, *ordningsvakterna*; -e- *tjänstemän*; -u- *gatuköket*; -o- *människomassan*; none *publiksäkerhet*, *Linnégatan*, *Långgatan*, *gångvägarna*, *vägskyltar*, *vaktchefen*, *jättescener*, *scenkanten*, *festivalolyckan*, *dödsolycka*, *trafikolyckor*. The company name *Nordvakt Säkerhet AB* has the word *säkerhet* → relevant for `säkerhet`; *Nordvakt* is a name ending in *vakt* → don't care for `vakt`; the outlet's name *Scenpuls* is a compound of *scen*. A word inside a longer compound, a place name or an idiom adverb is don't care: *Slottsskogsvallen* (skog), *Korsvägen* (väg), *Linnéstaden*, *Älvstad* (stad), *andrahandsmarknaden*, *efterhand*, *omhändertaganden* (hand), *fotboll*, *fotbollsmatch(er)* (fot), *Nederländerna* (land), the agent nouns *utredare*, *utredaren* (utredning).
- **säkerhet** (compound): the adjective *säker* (*säkert*, *säkrare*) and the verb *säkerställt* → must_not; *försäkring-* words are neither. **skog**: the surname *Skoglund* → must_not. **väg**: *våg*, *vågor* (a wave of people), *vågar*, *vågade* (våga), *väggen*, *överväger* and *i förväg* → must_not; *på väg*, *ta vägen* and *Vägen till skadestånd* are the noun → relevant. **gata**: *gåta* → must_not; *gått* is neither. **människa**: *mänskligt* → must_not. **vakt**: *bevakade*, *bevakar*, *bevakningen*, *bevakningsföretaget* (bevaka) and *ljusvaka*, *vakan* (vaka, a vigil) → must_not; *evakuera*, *evakuering* are neither. **scen**: *scenario* → must_not. **tjänst**: *tjänat*, *förtjänar* → must_not; *i tjänst* is the noun → relevant. **olycka**: *olyckligt* → must_not.
- **stigarna** (trap): the name *Stig* and the verb *stiga*, *stiger*, *stigande*, *överstiga* → must_not; *rostig* is neither. **rosor** (trap): the name *Ros*, the surname *Rosell*, the adjective *rosa*, *rostig* and the place *Roskilde*, *Roskildefestivalen* → must_not. **lindarna** (trap): the names *Lind*, *Linda*, *Lindahl*, *Lindström* and *lindrigt* (skadade) → must_not; *linden* is the tree → relevant. **solen** (trap): the name *Sol*, the surname *Solberg*, *solist*, *solisten* and *Solna* → must_not; *dödsolycka* is neither. **rutiner** (trap): the name *Rut*, *rutor* (window panes), *rutt*, *rutten* (a route) → must_not. **videon** (trap): the name *Vide* → must_not; *videoklipp*, *mobilvideo* compounds; *reviderad* is neither. **stormen** (trap): the name *Storm* and the verb *stormade* → must_not. **ekarna** (trap): the names *Ek*, *Ekdahl*, the outlet *Kvällsekot* (*eko*), *ekonomi*, *ekonomichef(en)* → must_not; *rekord*, *rekommendera* are neither. **kö** (trap): *kör* (köra) → must_not; *stod i kö*, *kön*, *köer*, *köerna* relevant. **bommen** (trap): *bomb*, *bombhot(et)* → must_not. **åskan** (trap): *åskådarna* → must_not; *åskväder*, *åskvädret*, *åskskurar* compounds. **park** (trap): *parkerade*, *parkeringen*, *parkett*, *parketten* → must_not; *park* in *Park- och naturförvaltningen* is the word → relevant; *parkchefen*, *parkarbetare*, *parkmark* compounds. **låset** (trap): the verb *låsa* in all its forms (*låsa*, *låsas*, *låses*, *låst*, *låsta*, *låste*, *låstes*) and the diacritic lookalike *läsa*, *läst*, *läste* → must_not; *hänglås* compound; *blåsig* is neither.
- **Inflection**: the verbs are must_not: *evakuera*; *trängdes* and the adjective *trängre*; *tillstod* (tillstå); *varnar*, *varnade*; *utredas*, *utreder*, *utreds*; *arrangera*, *arrangerade*, *arrangerat* and the noun *arrangemang* (another lemma); *anmälde*, *anmäler*, *anmält*. *anmälningar* is the plural of *anmälan* → relevant with *anmälan*. **grindarna**, **ambulanserna**: no lookalike in the texts.
- **Syncope**: `vädret` – *vädjat* → must_not; *oväder*, *åskväder*, *väderläget* compounds. `nycklar` – *nyckelfrågan* compound. `reglerna` – *regleras* → must_not; *regelverk* compound. `offren` – *offrade* → must_not; *Brottsofferjouren* compound; *offentlig* neither. `axlar` – the name *Axel* and the verb *axla*, *axlade* → must_not. `himmel` – *himla* (tråkigt) → must_not.
- **Umlaut**: `städer` – *bostad*, *stadga*, *stadion*, *städat* → must_not; *Göteborgs Stad* and *staden* (the city) relevant. `händerna` – *hände*, *hända*, *händelse(n)*, *handlar*, *handlingar*, *handläggare* → must_not; *ta hand om*, *med rosor i handen* relevant. `fötter` – *fotografi*, *fotograferar* → must_not; *vid foten av* relevant; *fotfästet* compound. `bröder` – the name *Bror* and *bröd* → must_not. `länder` – *landa*, *landade* → must_not; *landet*, *ett land* relevant. `döttrar` – *dött* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *hade låst grinden* and *en låst grind* are adjacent forms of *låst* + *grind* → relevant for "låsta grinden"; *grinden var låst*, *ingen grind var låst*, *den låsta bommen* with *grinden* elsewhere → must_not. *Göteborg är en stad* and *Göteborg* with *städer* elsewhere → must_not for "Göteborgs Stad". *vållande är en annan sak … Elins död* → must_not. *privata tillställningar, bara offentliga evenemang* → must_not for "offentlig tillställning". *Åskvädret var kraftigt* → must_not for "kraftigt åskväder". *ordningsvakter som stod vid grind 4* → must_not, *Ordningsvakterna vid grinden* relevant. *Ambulanserna var på plats* and *reporter på plats såg … ambulanser* → must_not for "ambulanser på plats", *var ambulanserna på plats* relevant. *säkerheten för publiken* → must_not for "publikens säkerhet"; *publiksäkerhet* alone is a compound → don't care. Forms of *död* are *död* only (*döda*, *dödsfallet* are neither); of *annan* *annan*, *annans*; of *låst* *låst*, *låsta*.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*kammaråklagare*, *Slottsskogsvallen*) is don't care. NOT – an article with the excluded term is must_not; with it only inside a compound (*Polismyndigheten*, *polisinsatschefen*), don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Majornabladet*, *Vimpel*, *Kvällsekot*, *Scenpuls*, *Älvstad*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("crowd", "tr", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
