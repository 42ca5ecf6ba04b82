#!/usr/bin/env python3
"""Builds corpus_bribe.json and corpus_bribe.md from bribe_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 bribe_build.py [-v]
"""

import fire_build
from bribe_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "muta": dict(
        probe=r"mut",
        rel=S("muta mutor mutorna"),
        comp=S("mutbrott mutbrotten mutdomen mutfrågor mutmisstankar mutmisstankarna mutmålet mutskandalen"),
        no=S("mutat"),
    ),
    "anbud": dict(probe=r"anbud", rel=S("anbud anbuden anbudet")),
    "gåva": dict(
        probe=r"gåv",
        rel=S("gåva gåvor gåvorna"),
        comp=S("gåvopolicy gåvopolicyn gåvoreglerna julgåva"),
    ),
    "förundersökning": dict(
        probe=r"förundersökn",
        rel=S("förundersökning förundersökningen"),
        comp=S("förundersökningsledare förundersökningsprotokollet"),
    ),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagaren åklagarens"),
        comp=S("kammaråklagare åklagarmyndigheten"),
    ),
    "vittne": dict(
        probe=r"vittn",
        rel=S("vittne vittnen"),
        comp=S("vittnesmålet"),
        no=S("vittna vittnade vittnat"),
    ),
    "faktura": dict(
        probe=r"faktur",
        rel=S("faktura fakturor fakturorna"),
        comp=S("leverantörsfakturor"),
        no=S("fakturerat fakturerats vidarefakturerats överfakturerade"),
    ),
    # --- syncope ---
    "semester": dict(probe=r"semest", rel=S("semester semestern semestrar semestrarna")),
    "artikel": dict(probe=r"artik", rel=S("artikel artiklar")),
    "tvivel": dict(probe=r"tviv", rel=S("tvivel"), no=S("tvivlar")),
    "hinder": dict(probe=r"hind", rel=S("hinder")),
    "titel": dict(probe=r"titel|titl", rel=S("titel titeln")),
    # --- umlaut ---
    "tjänsteman": dict(probe=r"tjänstem", rel=S("tjänsteman tjänstemannen tjänstemän tjänstemännen")),
    "affärsman": dict(
        probe=r"affärsm",
        rel=S("affärsman affärsmannen affärsmän"),
        no=S("affärsmässigt"),
    ),
    "bostad": dict(
        probe=r"bostad|bostäd",
        rel=S("bostad bostäder bostäderna"),
        comp=S("bostadsbolag bostadsbolagen bostadsbolaget bostadstillägg flerbostadshus"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("styrelseledamöter styrelseledamöterna"),
    ),
    "son": dict(
        probe=r"son|sön",
        rel=S("son sonen söner"),
        nei=S("person personalen personer"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("nätter"),
        comp=S("hotellnätter valnatten valnattens"),
        no=S("nätet nätverk"),
    ),
    # --- compounds ---
    "hyra": dict(
        probe=r"hyr",
        rel=S("hyra hyran hyror hyrorna"),
        comp=S("hyresgäster hyresgästerna hyresgästföreningen hyreshöjning hyreshöjningen hyresnämnden "
               "hyresnämndens hyresvärd månadshyran"),
        no=S("hyr hyrde"),
    ),
    "bolag": dict(
        probe=r"bolag",
        rel=S("bolag bolagen bolaget bolagets bolags"),
        comp=S("bostadsbolag bostadsbolagen bostadsbolaget fastighetsbolag"),
    ),
    "resa": dict(
        probe=r"res[aeo]|^rest$|reste",
        rel=S("resa resan resor resorna"),
        comp=S("golfresa golfresor jaktresa jaktresan reseräkningar reseräkningarna studieresa studieresor "
               "tjänsteresa utlandsresor"),
        no=S("rest"),
        nei=S("representanter representation"),
    ),
    "revision": dict(
        probe=r"revision",
        rel=S("revision revisionen"),
        comp=S("revisionsrapporten"),
    ),
    "förtroende": dict(
        probe=r"förtroend",
        rel=S("förtroende förtroendet"),
        comp=S("förtroendevalda"),
    ),
    "brott": dict(
        probe=r"brott",
        rel=S("brott"),
        comp=S("brottsförebyggande lagbrott mutbrott mutbrotten"),
    ),
    "gata": dict(
        probe=r"gat[au]|gåt",
        rel=set(),
        comp=S("gatuchef gatuchefen gatukontor gatukontoret kyrkogatan storgatan"),
        nei=S("avgått gått gåtts pågått"),
    ),
    # --- traps ---
    "bud": dict(
        probe=r"bud",
        rel=S("bud budet"),
        dc=S("anbud anbuden anbudet"),
        no=S("budget budgetar justitieombudsmannen ombudsman totalförbud"),
    ),
    "vin": dict(
        probe=r"vin",
        rel=S("vin vinet"),
        comp=S("vinlådor"),
        no=S("vinna vinner vintern"),
        nei=S("kvinnan självinsikt"),
    ),
    "avgång": dict(
        probe=r"avg[åa]|avgick",
        rel=S("avgång avgången"),
        comp=S("avgångsvederlag"),
        no=S("avgick avgår avgått"),
    ),
    "val": dict(
        probe=r"val",
        rel=S("val valet"),
        comp=S("valdeltagandet valdistriktet valnatten valnattens valrörelsen"),
        no=S("valde valt förtroendevalda"),
        nei=S("förvaltar förvaltning förvaltningarna förvaltningschef förvaltningschefen förvaltningsrätten "
              "förvaltningstradition konkursförvaltaren kvalitet kvalitetsansvarig kvalitetschef sundsvall"),
    ),
    "skatt": dict(
        probe=r"skatt",
        rel=S("skatt"),
        comp=S("skattebetalarnas skattepliktiga skattetillägg skatteverket"),
        no=S("uppskattas"),
    ),
    "stam": dict(
        probe=r"st[aä]m",
        rel=S("stammarna"),
        comp=S("stambyten stambytena stambytet"),
        no=S("stämde stämma stämmer stämningen"),
        nei=S("bestämde bestäms"),
    ),
    "grund": dict(
        probe=r"grund",
        rel=S("grund"),
        comp=S("bakgrund bakgrunden grundlagen"),
        no=S("grundare grundlig grundliga"),
    ),
    "öppenhet": dict(
        probe=r"öppen|öppn|öppet",
        rel=S("öppenhet öppenheten"),
        no=S("öppen öppet öppna öppnar öppnas öppnat"),
    ),
    "misstanke": dict(
        probe=r"misst[aä]n",
        rel=S("misstanke misstanken misstankarna"),
        comp=S("mutmisstankar mutmisstankarna"),
        no=S("misstänks misstänkt misstänkta"),
    ),
    "räkning": dict(
        probe=r"räkn",
        rel=S("räkningen"),
        comp=S("reseräkningar reseräkningarna"),
        no=S("beräknade beräknas räknar räknas räknat"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsfrihet"),
        no=S("ansvarar kvalitetsansvarig"),
    ),
    "vän": dict(
        probe=r"vän",
        rel=S("vän vänner"),
        comp=S("vänskap vänskapen vänskapstjänst"),
        no=S("vände vänder vänta väntade väntan väntar väntas väntat vänsterpartiet återvända"),
        nei=S("användas används förväntas nödvändigt"),
    ),
    "ägare": dict(
        probe=r"^äg|ägar|ägt",
        rel=S("ägare ägaren"),
        comp=S("ägardirektiven"),
        no=S("äger ägs ägt"),
        nei=S("ägnad ägnade ägnat"),
    ),
    "handling": dict(
        probe=r"handl",
        rel=S("handling handlingar handlingarna"),
        no=S("behandlas behandlat direktupphandlade direktupphandling direktupphandlingar direktupphandlingsgränsen "
             "förhandla förhandlingarna handlade hovrättsförhandlingen handlar handläggare handläggningstiderna likabehandlingsprincipen "
             "upphandlare upphandling upphandlingar upphandlingarna upphandlingen upphandlingschef upphandlingsjurist "
             "upphandlingsjuristen upphandlingskonsult upphandlingskonsulten upphandlingsskadeavgift"),
    ),
    # --- words of phrases, booleans and filters ---
    "allmän": dict(probe=r"^allmän", rel=S("allmänna"), nei=S("allmänheten")),
    "tagande": dict(probe=r"tagand", rel=S("tagande"), nei=S("valdeltagandet")),
    "givande": dict(probe=r"givand", rel=S("givande")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "trolöshet": dict(probe=r"trolös", rel=S("trolöshet")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "huvudman": dict(probe=r"huvudm", rel=S("huvudman huvudmannen")),
    "lägsta": dict(probe=r"^lägst|^lägre", rel=S("lägsta"), nei=S("lägre")),
    "höjd": dict(probe=r"^höj", rel=S("höjda"), nei=S("höja höjas höjning höjts")),
    "kommun": dict(
        probe=r"^kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna kommuns"),
        comp=S("kommunalråd kommunalrådet kommundirektören kommunfullmäktige kommunhuset kommunjuristen "
               "kommunpolitiken kommunstyrelsen kommunstyrelsens"),
        nei=S("kommunal kommunala kommunalt kommunikationsenheten"),
    ),
    "revisor": dict(probe=r"revisor", rel=S("revisorer revisorerna revisorernas")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "kroatien": dict(probe=r"kroat", rel=S("kroatien")),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd skyddet"),
        comp=S("meddelarskyddet"),
        no=S("skydda"),
    ),
    "för": dict(probe=r"^för$", rel=S("för")),
    "visselblåsare": dict(
        probe=r"visselblås",
        rel=S("visselblåsare visselblåsaren visselblåsarna"),
        comp=S("visselblåsarfunktion visselblåsarfunktionen visselblåsartjänst"),
    ),
    "begära": dict(probe=r"^begär", rel=S("begär begära begärde begärt"), nei=S("begäran begäranden")),
    "ut": dict(probe=r"^ut$", rel=S("ut")),
    "riksenheten": dict(probe=r"riksenhet", rel=S("riksenheten")),
    "korruption": dict(
        probe=r"korrupt",
        rel=S("korruption korruptionen"),
        comp=S("korruptionsgrupp korruptionshärvor korruptionsmålen korruptionsskandal korruptionsärenden"),
    ),
    "dalgränd": dict(probe=r"dalgränd", rel=S("dalgränd dalgränds")),
    "bestickning": dict(probe=r"bestick", rel=S("bestickning")),
    "renovering": dict(
        probe=r"renover",
        rel=S("renovering renoveringar renoveringen"),
        comp=S("köksrenovering köksrenoveringen"),
        no=S("renovera renoverade renoveras renoverats"),
    ),
    "ansvarsfrihet": dict(probe=r"ansvarsfrih", rel=S("ansvarsfrihet")),
    "polis": dict(probe=r"polis", rel=S("polisen polisens"), comp=S("polisanmälan")),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten tingsrättens")),
    "hovrätt": dict(probe=r"hovrätt", rel=S("hovrätt hovrätten"), comp=S("hovrättsförhandlingen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("mutor", "inflection", False, ("term", "muta")),
    ("anbudet", "inflection", False, ("term", "anbud")),
    ("gåvor", "inflection", False, ("term", "gåva")),
    ("förundersökning", "inflection", False, ("term", "förundersökning")),
    ("åklagaren", "inflection", False, ("term", "åklagare")),
    ("vittnen", "inflection", False, ("term", "vittne")),
    ("fakturor", "inflection", False, ("term", "faktura")),
    ("semestrar", "syncope", False, ("term", "semester")),
    ("artikel", "syncope", False, ("term", "artikel")),
    ("tvivel", "syncope", False, ("term", "tvivel")),
    ("hinder", "syncope", False, ("term", "hinder")),
    ("titeln", "syncope", False, ("term", "titel")),
    ("tjänstemän", "umlaut", False, ("term", "tjänsteman")),
    ("affärsmän", "umlaut", False, ("term", "affärsman")),
    ("bostäder", "umlaut", False, ("term", "bostad")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("sonen", "umlaut", False, ("term", "son")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("hyra", "compound", True, ("term", "hyra")),
    ("bolag", "compound", True, ("term", "bolag")),
    ("resa", "compound", True, ("term", "resa")),
    ("gåva", "compound", True, ("term", "gåva")),
    ("revision", "compound", True, ("term", "revision")),
    ("förtroende", "compound", True, ("term", "förtroende")),
    ("brott", "compound", True, ("term", "brott")),
    ("gata", "compound", True, ("term", "gata")),
    ('"allmänna handlingar"', "phrase", False, ("phrase", ["allmän", "handling"])),
    ('"tagande av muta"', "phrase", False, ("phrase", ["tagande", "av", "muta"])),
    ('"givande av muta"', "phrase", False, ("phrase", ["givande", "av", "muta"])),
    ('"trolöshet mot huvudman"', "phrase", False, ("phrase", ["trolöshet", "mot", "huvudman"])),
    ('"lägsta anbudet"', "phrase", False, ("phrase", ["lägsta", "anbud"])),
    ('"höjda hyror"', "phrase", False, ("phrase", ["höjd", "hyra"])),
    ('"kommunens revisorer"', "phrase", False, ("phrase", ["kommun", "revisor"])),
    ('"resa till Kroatien"', "phrase", False, ("phrase", ["resa", "till", "kroatien"])),
    ('"skydd för visselblåsare"', "phrase", False, ("phrase", ["skydd", "för", "visselblåsare"])),
    ('"begära ut"', "phrase", False, ("phrase", ["begära", "ut"])),
    ('"Riksenheten mot korruption"', "phrase", False, ("phrase", ["riksenheten", "mot", "korruption"])),
    ("anbud Dalgränd", "boolean", False, ("and", ["anbud", "dalgränd"])),
    ("mutor OR bestickning", "boolean", False, ("or", ["muta", "bestickning"])),
    ("hyror -renovering", "boolean", False, ("not", "hyra", "renovering")),
    ("revisorer ansvarsfrihet", "boolean", False, ("and", ["revisor", "ansvarsfrihet"])),
    ("visselblåsare -polisen", "boolean", False, ("not", "visselblåsare", "polis")),
    ("tingsrätten OR hovrätten", "boolean", False, ("or", ["tingsrätt", "hovrätt"])),
    ("källa:Tallbobladet anbud", "filter", False, ("filter", "Tallbobladet", "anbud")),
    ("källa:Dalkarlen mutor", "filter", False, ("filter", "Dalkarlen", "muta")),
    ("källa:Vimpeln förundersökning", "filter", False, ("filter", "Vimpeln", "förundersökning")),
    ("källa:Dagsposten förtroende", "filter", False, ("filter", "Dagsposten", "förtroende")),
    ("källa:Dalaposten hyra", "filter", False, ("filter", "Dalaposten", "hyra")),
    ("källa:Byggfacket anbud", "filter", False, ("filter", "Byggfacket", "anbud")),
    ("typ:opinion öppenhet", "filter", False, ("filter", "opinion", "öppenhet")),
    ("typ:opinion hyror", "filter", False, ("filter", "opinion", "hyra")),
    ("hyra", "trap", False, ("term", "hyra")),
    ("resa", "trap", False, ("term", "resa")),
    ("bud", "trap", False, ("term", "bud")),
    ("vin", "trap", False, ("term", "vin")),
    ("avgång", "trap", False, ("term", "avgång")),
    ("val", "trap", False, ("term", "val")),
    ("skatt", "trap", False, ("term", "skatt")),
    ("stam", "trap", False, ("term", "stam")),
    ("grund", "trap", False, ("term", "grund")),
    ("öppenhet", "trap", False, ("term", "öppenhet")),
    ("misstanke", "trap", False, ("term", "misstanke")),
    ("räkning", "trap", False, ("term", "räkning")),
    ("ansvar", "trap", False, ("term", "ansvar")),
    ("vän", "trap", False, ("term", "vän")),
    ("ägare", "trap", False, ("term", "ägare")),
    ("handlingar", "trap", False, ("term", "handling")),
]

HEADER = """# corpus_bribe.json – judging notes

Invented crisis: a bribery and procurement scandal in the invented municipality of Tallbo in southern Dalarna and its housing company Tallbohem AB, February to December 2026. The local daily reveals on 3 March that Tallbohem's managing director (vd) and its property manager (förvaltningschef) have for years taken trips (golf in Spain, Kroatien), hunts in Jämtland, wine, dinners, two holidays in a villa in Marbella and a free kitchen in a summer house in Leksand from the building contractor Dalgränd Bygg AB, which won a framework contract for pipe and window replacement (stambyten, fönsterbyten) in the Norra Backen estate after the tender documents were sent to it in advance and the requirements changed; a project engineer had blown the whistle in 2025 and been ignored. The board suspends both and reports them to the police; Riksenheten mot korruption leads the preliminary investigation with the police's anti-corruption group (raids in March); the municipal auditors find that the board and the municipal executive failed, the council refuses discharge (ansvarsfrihet) in June, the chair of the municipal executive resigns, the vd leaves, the contractor goes bankrupt, the ruling party loses the election of 13 September, the tenants' rent rise is cut by the rent tribunal (hyresnämnden), Konkurrensverket seeks a procurement fine, the Tax Agency looks at the benefits, JO looks at the slow handling of public records, four are charged on 1 October, tried in Falu tingsrätt in November and three convicted on 10 December (appeal to Svea hovrätt), and there is a debate on openness, public records (offentlighetsprincipen, allmänna handlingar) and trust. Real places and public bodies (Dalarna, Falun, Borlänge, Leksand, Ludvika, Siljan, Jämtland, Falu tingsrätt, Svea hovrätt, Kammarrätten i Sundsvall, Riksenheten mot korruption, Åklagarmyndigheten, Konkurrensverket, Skatteverket, JO, SKR, Brottsförebyggande rådet); Tallbo, Norra Backen, Björkbo, the companies (Tallbohem, Dalgränd Bygg, Falk Fönster & Fasad, Västerdalarnas Bygg, Bergslagens Revision, Ludvikahem), every person and all six outlets are invented: Tallbobladet (local daily), Dalaposten (regional daily), Radio Dalkarlen (local radio, with quotes), Nyhetsbyrån Vimpeln (wire service, also carrying press releases), Svenska Dagsposten (national daily) and Byggfacket (construction trade paper). 118 articles (101 news, 17 opinion: leaders, debate articles, columns, letters), published 3 February to 14 December 2026, +01:00 until 28 March and from 25 October, +02:00 between. The ids k001–k118 follow publication time. Written and judged on 2026-12-06 by a hand that never read the search code, its word lists or its results.

Kept out of the texts as the README asks: the pronoun *man* (only the compounds *tjänsteman*, *affärsman*, *huvudman* and their forms), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the judged forms: the infinitive of the verbs *muta*, *resa* and *hyra* (every *muta*, *resa*, *hyra* in the texts is the noun; the verbs appear only as *mutat*, *rest*, *hyr*, *hyrde*), *resa sig*/*resa frågan*, *val* meaning a whale, *bud* meaning a messenger, *grund* meaning shallow, *stam* meaning a tribe or a trunk (every *stam* is a pipe stack), *vin* in *vinna* only as the verb, surnames in *-son* (so that *son* is only the noun), and the noun *höjd* (height), so that *höjda* is only the participle.

How the lists were made: src/bribe_articles.py holds the texts and src/bribe_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, natt/nät, stam/stäm, misstanke/misstänk) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 bribe_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *hyresgästerna*, *hyresnämnden*, *månadshyran*, *bostadsbolaget*, *revisionsrapporten*, *brottsförebyggande*, *avgångsvederlag*; -e- *reseräkningar*, *tjänsteresa*, *skattebetalarnas*; -o- *gåvopolicyn*, *gåvoreglerna*; -u- *gatukontoret*, *gatuchefen*; none *golfresor*, *jaktresan*, *julgåva*, *mutbrott*, *lagbrott*, *förtroendevalda*, *Storgatan*, *Kyrkogatan*, *fastighetsbolag*, *hotellnätter*, *valnatten* (both *val* and *natt*). For `gata` no article has the bare noun, so only compounds are relevant. For `förtroende`, *förtroendevalda* is a compound (förtroende + vald); for `val` it only looks like it contains *val* (it is *vald*) → must_not, like *valde* and *valt*.
- **muta**: *mutat* (the verb) → must_not; *mutbrott*, *mutmisstankar*, *mutskandalen*, *mutdomen*, *mutmålet*, *mutfrågor* are compounds. **vittne**: *vittna*, *vittnade*, *vittnat* → must_not; *vittnesmålet* compound. **faktura**: the verb forms *fakturerat*, *fakturerats*, *vidarefakturerats* and the participle *överfakturerade* → must_not; *leverantörsfakturor* compound. **åklagaren**: *kammaråklagare*, *Åklagarmyndigheten* compounds. **tvivel**: *tvivlar* (the verb) → must_not. **affärsmän**: *affärsmässigt* → must_not. **sonen**: *person*, *personer*, *personalen* are neither. **nätter**: *nätet*, *nätverk* (nät, a diacritic lookalike) → must_not.
- **Traps**: **hyra**: *hyr* and *hyrde* (the verb) → must_not. **resa**: *rest* (supine of the verb) → must_not; *representation* is neither. **bud** (a bid): *budget*, *budgetar*, *ombudsman*, *Justitieombudsmannen* and *totalförbud* → must_not; *anbud* is debatable (an old compound of *bud* that no longer reads as one) → don't care. **vin**: *vinna*, *vinner* and *vintern* → must_not; *vinlådor* compound; *kvinnan*, *självinsikt* neither. **avgång**: *avgick*, *avgår*, *avgått* → must_not. **val**: *valde*, *valt*, *förtroendevalda* → must_not; *valrörelsen*, *valdistriktet*, *valdeltagandet*, *valnatten* compounds; *förvaltning*, *kvalitet*, *Sundsvall* neither; *ett val* and *inget val* (a choice) are the same noun and relevant. **skatt**: *uppskattas* → must_not; *Skatteverket*, *skattetillägg* compounds. **stam**: *stämma* (to sue), *stämde*, *stämmer*, *stämningen* → must_not; *stambyten* compounds; *bestämde*, *bestäms* neither. **grund**: *grundlig*, *grundliga* (the adjective) and *grundare* (from the verb) → must_not; *på grund av* and *saknar grund* are the noun; *bakgrund*, *grundlagen* compounds. **öppenhet**: *öppen*, *öppet*, *öppna*, *öppnar*, *öppnas*, *öppnat* → must_not. **misstanke**: *misstänks*, *misstänkt*, *misstänkta* → must_not; *mutmisstankar* compound. **räkning**: *räknar*, *räknas*, *räknat*, *beräknade*, *beräknas* → must_not; *reseräkningar* compound. **ansvar**: *ansvarar* and *kvalitetsansvarig* (the adjective) → must_not; *ansvarsfrihet* compound. **vän**: the forms of *vänta* and *vända*, *återvända* and *Vänsterpartiet* → must_not; *vänskap*, *vänskapstjänst* compounds (derivations) → don't care; *använda*, *förväntas*, *nödvändigt* neither. **ägare**: *äger*, *ägs*, *ägt* → must_not; *ägnad*, *ägnat* neither; *ägardirektiven* compound. **handlingar**: every *upphandling* word (*upphandlingen*, *direktupphandlade*, *upphandlingsjurist* …), *förhandlingarna*, *hovrättsförhandlingen*, *behandlas*, *likabehandlingsprincipen*, *handläggare* and the verb *handlar*, *handlade* → must_not: they share the letters but are not a document.
- **Phrases**: *tagande och givande av muta* → must_not for "tagande av muta" and relevant for "givande av muta". *Västerdalarnas anbud det lägsta* → must_not for "lägsta anbudet". *Handlingarna är allmänna* → must_not for "allmänna handlingar". *Hyrorna blir höjda* → must_not for "höjda hyror". *Revisorerna i kommunen* and *kommunens* with *revisorerna* in other sentences → must_not for "kommunens revisorer". *Resorna gick till Spanien och Kroatien* → must_not for "resa till Kroatien". *Visselblåsare behöver ett bättre skydd* → must_not for "skydd för visselblåsare"; *Skyddet för visselblåsare* relevant. *huvudmannen … trolöshet* → must_not for "trolöshet mot huvudman". *Riksenheten har … ärenden om korruption … arbetet mot* → must_not for "Riksenheten mot korruption". For "begära ut", *begär*, *begära*, *begärde*, *begärt* followed by *ut* are relevant; an article with a form of *begära* and *ut* apart → must_not; *begäran* is the noun and neither.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*köksrenoveringen*, *polisanmälan*), don't care. *Dalgränds* is the genitive of the company and counts.
- **Filters**: `källa:` matches one word of the outlet's name (*Tallbobladet*, *Dalkarlen*, *Vimpeln*, *Dagsposten*, *Dalaposten*, *Byggfacket*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("bribe", "k", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
