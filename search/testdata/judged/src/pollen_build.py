#!/usr/bin/env python3
"""Builds corpus_pollen.json and corpus_pollen.md from pollen_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 pollen_build.py [-v]
"""

import fire_build
from pollen_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "inhalator": dict(
        probe=r"inhal",
        rel=S("inhalator inhalatorer inhalatorerna inhalatorn"),
        comp=S("astmainhalatorer pulverinhalator"),
        no=S("inhalationer inhalationsbehandling inhalera"),
    ),
    "leverans": dict(
        probe=r"lever",
        rel=S("leverans leveransen leveranser leveranserna"),
        no=S("leverera levererar molnleverantör molnleverantören"),
        nei=S("elever eleverna elevernas överlever"),
    ),
    "restnotering": dict(
        probe=r"restnot",
        rel=S("restnoteringar restnoteringarna restnoteringen"),
        no=S("restnoterad restnoterade"),
    ),
    "besök": dict(
        probe=r"besök",
        rel=S("besök besöken"),
        comp=S("akutbesök"),
        dc=S("besökare"),
        no=S("besökt besökte"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna"),
        comp=S("pollenmätningarna"),
        dc=S("mätstationen mätstationer"),
        no=S("mätare uppmätt uppmätte uppmättes uppmätts"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        no=S("ansvarig"),
    ),
    "råd": dict(
        probe=r"^råd|råd$|rådet$|råden$|rådets$",
        rel=S("råd rådet råden"),
        comp=S("rådgivning"),
        dc=S("länsrådet oppositionsrådet regionrådet"),
        no=S("råder förråd"),
        nei=S("områden området"),
    ),
    "rekommendation": dict(
        probe=r"rekommend",
        rel=S("rekommendation rekommendationerna"),
        no=S("rekommenderar rekommenderas"),
    ),
    "prognos": dict(
        probe=r"prognos",
        rel=S("prognos prognosen prognoser"),
        comp=S("ambrosiaprognosen pollenprognosen pollenprognoser pollenprognoserna"),
        no=S("prognostiserar"),
    ),
    # --- syncope ---
    "väder": dict(
        probe=r"väd",
        rel=S("väder vädret"),
        comp=S("väderapp"),
        no=S("vädjar vädra"),
    ),
    "åker": dict(
        probe=r"^åk|åker|åkr",
        rel=S("åkern åkrar åkrarna åkrarnas"),
        comp=S("rågåker åkerkant åkerkanter åkerkanterna åkermark"),
        no=S("åka åkeri åkerier åkerierna åkerlund"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren fönstret"),
        comp=S("fönsterbleck fönsterbrädor fönsterputsare"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        comp=S("klartecken"),
        no=S("tecknade tecknar tecknat"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagren"),
        comp=S("beredskapslager reservlager"),
        no=S("lagra lagrat"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrarna somras"),
        comp=S("allergisommaren sensommar sensommaren"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder bönderna"),
        comp=S("mjölkbonden"),
        no=S("bondesson bönor"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand händer händerna"),
        comp=S("handduk handfull"),
        no=S("dagligvaruhandel handlade handlar handlingsplan handläggare handskar hände trädgårdshandskar"),
        nei=S("behandlas behandling förhandla förhandlas inhalationsbehandling"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens stads"),
        comp=S("stadsbyggnadskontoret stadsparken"),
        dc=S("kristianstad kristianstads ystad"),
        no=S("bostad ostadigt stadigt städa städfirma städfirmor städfirmorna"),
        nei=S("kostade röstades överbelastad"),
    ),
    "rot": dict(
        probe=r"^r[oö]t|rot$|roten$|rötter",
        rel=S("rötterna"),
        no=S("rött"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätterna"),
        comp=S("nattfrosten"),
        no=S("nätapotek nätapoteken nätbutikerna nätet"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land landet landets länder"),
        comp=S("inlandet landsbygds landsbygdsministerns landsbygdsprogrammet"),
        dc=S("landskrona nederländerna tyskland"),
        no=S("landade"),
        nei=S("allergiframkallande bland däribland fröblandning fröblandningarna vilande växlande"),
    ),
    # --- compounds ---
    "allergi": dict(
        probe=r"allerg",
        rel=S("allergi allergin"),
        comp=S("allergiframkallande allergiförbundet allergiläkare allergiläkaren allergimardröm allergimedicin "
               "allergimediciner allergimottagningen allergisjuksköterskan allergisommaren allergisäsongen "
               "allergivaccination allergiväxter ambrosiaallergi björkallergi gräsallergi pollenallergi"),
        dc=S("allergiker allergikern allergikerna gräsallergiker allergologer allergologi"),
        no=S("allergisk allergiska"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björk björkar björkarna björkarnas björken björkens"),
        comp=S("björkallergi björkpollen björkpollenhalterna björkpollensäsongen"),
        no=S("björklund"),
    ),
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteken apotekens apoteket"),
        comp=S("apotekschefen apoteksförening apoteksföreningen apotekskedjor apotekskedjorna nätapotek nätapoteken "
               "sjukhusapoteken sjukhusapoteket"),
        dc=S("apotekare apotekaren sjukhusapotekaren"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gata gatan"),
        comp=S("gatukontor gatukontoren gatukontoret"),
        no=S("gåta"),
        nei=S("obligatoriskt"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("elevhälsan hälsocentral hälsocentralen hälsocentralerna"),
        dc=S("folkhälsomyndigheten folkhälsoproblem hälso"),
        no=S("hälsade"),
    ),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden"),
        comp=S("halvtid halvtidspausen realtid sjutiden skördetid tidsinställda tidsplanen väntetiderna övertid"),
        dc=S("fritids samtidigt"),
        no=S("alltid tidig tidiga tidigare tidigarelägga tidigarelägger tidigt tidningen"),
    ),
    "frö": dict(
        probe=r"frö",
        rel=S("frö fröerna fröet frön fröna"),
        comp=S("ambrosiafrön fröblandning fröblandningarna fröfria fågelfrö ogräsfrön solrosfrön"),
        no=S("fröken"),
    ),
    "medicin": dict(
        probe=r"medicin",
        rel=S("medicin medicinen"),
        comp=S("allergimedicin allergimediciner astmamedicin ungdomsmedicin"),
        no=S("medicinska"),
    ),
    "läkare": dict(
        probe=r"läk",
        rel=S("läkare läkaren"),
        comp=S("allergiläkare allergiläkaren allmänläkarna barnläkaren distriktsläkaren klubbläkare överläkare"),
        no=S("astmaläkemedel humanläkemedel läkemedel läkemedelsförsörjning läkemedelsförsörjningen "
             "läkemedelsverket läkemedelsverkets läkemedlen läkemedlet"),
    ),
    # --- traps ---
    "näsa": dict(
        probe=r"näs",
        rel=S("näsa näsan näsor"),
        comp=S("näsduk näsdukar näsdukarna näsfilter nässpray nässprayen"),
        no=S("nästa nästan"),
    ),
    "ögon": dict(
        probe=r"^ög|ögon|ögat",
        rel=S("ögon ögonen"),
        comp=S("ögondroppar ögondropparna"),
        no=S("ögonblick ögonblicket"),
    ),
    "hassel": dict(
        probe=r"hass|häss",
        rel=S("hassel hasseln"),
        no=S("hässleholm"),
        nei=S("hassan"),
    ),
    "alm": dict(
        probe=r"alm",
        rel=S("alm almen"),
        no=S("halm halmen kalmar malmö palm socialministern"),
    ),
    "råg": dict(
        probe=r"råg",
        rel=S("råg rågen"),
        comp=S("rågåker"),
        no=S("efterfrågan fråga frågan frågat frågor frågorna"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lind lindarna linden"),
        comp=S("lindallén"),
        no=S("lindgren lindqvist lindra lindriga lindrigare"),
    ),
    "vide": dict(
        probe=r"vide|vida",
        rel=S("vide videt"),
        no=S("vidare"),
    ),
    "hö": dict(
        probe=r"^hö",
        rel=S("hö höet"),
        comp=S("hösnuva"),
        no=S("höga högre högst högsta högt höjdpunkt höra hört höst hösten höör"),
    ),
    "ax": dict(
        probe=r"ax",
        rel=S("ax"),
        no=S("axelsson taxichauffören"),
    ),
    "bok": dict(
        probe=r"bok",
        rel=S("bok"),
        no=S("bokade bokstavligen fullbokade"),
    ),
    "nysa": dict(
        probe=r"^nys|^nös",
        rel=S("nysande nyser nyst nös"),
        no=S("nyss"),
    ),
    "vall": dict(
        probe=r"vall",
        rel=S("vallen"),
        comp=S("vallgräsen vallskörden"),
        no=S("banvall banvallar banvallen intervall"),
    ),
    "al": dict(
        probe=r"^al|al$",
        rel=S("al alen"),
        comp=S("alpollen"),
        no=S("aldrig ali alla allas allergi allergiframkallande allergiförbundet allergiker allergikern allergikerna "
             "allergiläkare allergiläkaren allergimardröm allergimedicin allergimediciner allergimottagningen allergin "
             "allergisjuksköterskan allergisk allergiska allergisommaren allergisäsongen allergivaccination "
             "allergiväxter allergologer allergologi allmän allmänheten allmänläkarna allt alltid allvar alm almen "
             "alternativ alva avtal fyrtiotal hundratal hälsocentral marginal normal personal regional samtal smal "
             "tiotal tjugotal trettiotal vårdcentral"),
    ),
    # --- words of phrases, booleans and filters ---
    "brist": dict(probe=r"brist", rel=S("brist bristen")),
    "pollen": dict(
        probe=r"pollen",
        rel=S("pollen pollenet"),
        comp=S("alpollen ambrosiapollen björkpollen björkpollenhalterna björkpollensäsongen gräspollen "
               "gräspollenhalterna gräspollensäsongen pollenallergi pollenfilter pollenfälla pollenfällan pollenhalter "
               "pollenkaos pollenkaoset pollenkorn pollenkornen pollenkris pollenkrisen pollenkriser pollenmasker "
               "pollenmätningarna pollenplan pollenprognosen pollenprognoser pollenprognoserna pollenrapporter "
               "pollensidan pollensäsong pollensäsongen pollentjänst pollentopp pollenvarningarna pollenvåren "
               "pollenövervakning pollenövervakningen"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "antihistamin": dict(
        probe=r"histamin",
        rel=S("antihistamin antihistaminer antihistaminerna"),
        comp=S("antihistamintabletter"),
        no=S("histamin"),
    ),
    "skåne": dict(probe=r"^skån", rel=S("skåne skånes"), dc=S("skånska")),
    "universitetssjukhus": dict(probe=r"universitetssjukhus", rel=S("universitetssjukhus universitetssjukhuset")),
    "fågelfrö": dict(probe=r"fågelfrö", rel=S("fågelfrö")),
    "ambrosia": dict(
        probe=r"ambrosia",
        rel=S("ambrosia ambrosian ambrosians"),
        comp=S("ambrosiaallergi ambrosiabekämpning ambrosiafrön ambrosiaplantor ambrosiaplantorna ambrosiapollen "
               "ambrosiaprognosen ambrosiaprojekt ambrosiasäsongen ambrosiatoppen malörtsambrosia malörtsambrosian"),
    ),
    "lektion": dict(
        probe=r"lektion",
        rel=S("lektion lektioner lektionerna"),
        comp=S("utomhuslektioner utomhuslektionerna"),
    ),
    "utomhus": dict(
        probe=r"^utomhus",
        rel=S("utomhus"),
        comp=S("utomhuslektioner utomhuslektionerna utomhuspedagogik utomhusundervisningen"),
    ),
    "akut": dict(probe=r"^akuta?$", rel=S("akut akuta")),
    "astma": dict(
        probe=r"^astma|astman",
        rel=S("astma"),
        comp=S("astmaanfall astmabesvär astmadiagnos astmadiagnoser astmainhalatorer astmaläkemedel astmamedicin "
               "astmamottagning astmapatienter"),
    ),
    "bekämpning": dict(
        probe=r"bekämp",
        rel=S("bekämpning bekämpningen"),
        comp=S("ambrosiabekämpning"),
        no=S("bekämpa bekämpar bekämpas"),
    ),
    "luft": dict(
        probe=r"luft",
        rel=S("luft luften"),
        comp=S("luftföroreningar luftrenare"),
        dc=S("friluftsdagar friluftsdagen"),
    ),
    "stängd": dict(probe=r"^stängd", rel=S("stängda")),
    "blekinge": dict(probe=r"bleking", rel=S("blekinge"), comp=S("blekingesjukhuset")),
    "nässpray": dict(probe=r"nässpray", rel=S("nässpray nässprayen")),
    "björkpollen": dict(
        probe=r"björkpollen",
        rel=S("björkpollen"),
        comp=S("björkpollenhalterna björkpollensäsongen"),
    ),
    "lund": dict(probe=r"^lund", rel=S("lund lunds"), dc=S("lundabor"), no=S("lundgren")),
    "malmö": dict(probe=r"^malmö", rel=S("malmö")),
    "karlskrona": dict(probe=r"karlskron", rel=S("karlskrona")),
    "ronneby": dict(probe=r"ronneby", rel=S("ronneby")),
    "jordbruksverket": dict(probe=r"jordbruksverk", rel=S("jordbruksverket")),
    "lrf": dict(probe=r"^lrf$", rel=S("lrf")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("inhalatorerna", "inflection", False, ("term", "inhalator")),
    ("leveranserna", "inflection", False, ("term", "leverans")),
    ("restnoteringen", "inflection", False, ("term", "restnotering")),
    ("besöken", "inflection", False, ("term", "besök")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("ansvaret", "inflection", False, ("term", "ansvar")),
    ("råden", "inflection", False, ("term", "råd")),
    ("rekommendationerna", "inflection", False, ("term", "rekommendation")),
    ("prognosen", "inflection", False, ("term", "prognos")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("lagren", "syncope", False, ("term", "lager")),
    ("somrarna", "syncope", False, ("term", "sommar")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("städerna", "umlaut", False, ("term", "stad")),
    ("rötterna", "umlaut", False, ("term", "rot")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("allergi", "compound", True, ("term", "allergi")),
    ("björk", "compound", True, ("term", "björk")),
    ("apotek", "compound", True, ("term", "apotek")),
    ("gata", "compound", True, ("term", "gata")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("tid", "compound", True, ("term", "tid")),
    ("frö", "compound", True, ("term", "frö")),
    ("medicin", "compound", True, ("term", "medicin")),
    ("läkare", "compound", True, ("term", "läkare")),
    ('"brist på antihistaminer"', "phrase", False, ("phrase", ["brist", "på", "antihistamin"])),
    ('"Skånes universitetssjukhus"', "phrase", False, ("phrase", ["skåne", "universitetssjukhus"])),
    ('"ambrosia i fågelfrö"', "phrase", False, ("phrase", ["ambrosia", "i", "fågelfrö"])),
    ('"lektioner utomhus"', "phrase", False, ("phrase", ["lektion", "utomhus"])),
    ('"akut astma"', "phrase", False, ("phrase", ["akut", "astma"])),
    ('"ansvaret för bekämpningen"', "phrase", False, ("phrase", ["ansvar", "för", "bekämpning"])),
    ('"pollen i luften"', "phrase", False, ("phrase", ["pollen", "i", "luft"])),
    ('"stängda fönster"', "phrase", False, ("phrase", ["stängd", "fönster"])),
    ("Skåne Blekinge", "boolean", False, ("and", ["skåne", "blekinge"])),
    ("antihistaminer OR nässpray", "boolean", False, ("or", ["antihistamin", "nässpray"])),
    ("ambrosia -fågelfrö", "boolean", False, ("not", "ambrosia", "fågelfrö")),
    ("björkpollen astma", "boolean", False, ("and", ["björkpollen", "astma"])),
    ("Lund OR Malmö", "boolean", False, ("or", ["lund", "malmö"])),
    ("Karlskrona -Ronneby", "boolean", False, ("not", "karlskrona", "ronneby")),
    ("Jordbruksverket LRF", "boolean", False, ("and", ["jordbruksverket", "lrf"])),
    ("källa:Lundabygden ambrosia", "filter", False, ("filter", "Lundabygden", "ambrosia")),
    ("källa:Kustblad prognosen", "filter", False, ("filter", "Kustblad", "prognos")),
    ("källa:Spira inhalatorerna", "filter", False, ("filter", "Spira", "inhalator")),
    ("källa:Kvällsekot astma", "filter", False, ("filter", "Kvällsekot", "astma")),
    ("källa:Fältbladet bönderna", "filter", False, ("filter", "Fältbladet", "bonde")),
    ("källa:Farmaciabladet restnoteringen", "filter", False, ("filter", "Farmaciabladet", "restnotering")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("näsa", "trap", False, ("term", "näsa")),
    ("ögon", "trap", False, ("term", "ögon")),
    ("hassel", "trap", False, ("term", "hassel")),
    ("alm", "trap", False, ("term", "alm")),
    ("råg", "trap", False, ("term", "råg")),
    ("lind", "trap", False, ("term", "lind")),
    ("vide", "trap", False, ("term", "vide")),
    ("hö", "trap", False, ("term", "hö")),
    ("ax", "trap", False, ("term", "ax")),
    ("bok", "trap", False, ("term", "bok")),
    ("nysa", "trap", False, ("term", "nysa")),
    ("vall", "trap", False, ("term", "vall")),
    ("al", "trap", False, ("term", "al")),
]

HEADER = """# corpus_pollen.json – judging notes

Invented crisis: after a warm summer in 2025 the birches of southern Sweden set a record number of catkins, and Naturhistoriska riksmuseet warns on 3 March 2026 of a record birch pollen year; hazel, alder, elm and willow flower early. The birch season starts in south-western Skåne on 1 April, ten days early, and on Sunday 5 April the pollen trap on the roof of Malmö universitet records a daily mean of 9 400 birch pollen grains per cubic metre, a Swedish record; Blekinge follows a week later. Asthma patients fill the emergency departments of Skånes universitetssjukhus in Lund and Malmö and of Blekingesjukhuset in Karlskrona and Karlshamn, children are admitted with their first asthma attacks, Region Skåne and Region Blekinge call in staff and open temporary asthma clinics, and the health centres' telephone queues last hours. Pharmacies run out of over-the-counter antihistamines, nasal sprays and eye drops, and salbutamol and budesonide inhalers are in short supply (shortage notices, rationing to one package per customer from 10 April, imports from Denmark, Germany and the Netherlands, an emergency air shipment of inhalers to Sturup, hoarding through online pharmacies). Naturhistoriska riksmuseet's pollen forecast site and app collapse under a million visits a morning. Schools and pre-schools in Lund, Malmö and Ronneby keep children indoors and move outdoor lessons and sports days. In May and June grass, rye and linden follow, the authorities review the spring, and the pharmacy chains sign a voluntary agreement on reserve stocks. From late June common ragweed (malörtsambrosia), brought in with bird seed, sunflower seed and gravel, is found on hundreds of fields, roadsides, railway embankments, schoolyards and a port in Skåne and Blekinge; Jordbruksverket and the county administrative boards ask farmers, municipalities and home owners to mow or pull it up with the roots before it flowers, farmers mow down sunflower fields, volunteers pull plants, and the ragweed pollen season in August and September brings new records, a second wave of asthma patients and a new shortage of eye drops. Region Skåne, the county boards, Jordbruksverket, LRF and Astma- och Allergiförbundet argue over who is responsible for fighting the ragweed and for pollen monitoring; in October Region Skåne and Länsstyrelsen i Skåne agree on a joint project for 2027. Places and public bodies are real (Skåne, Blekinge, Malmö with Oxie and Bunkeflostrand, Lund with Norra Fäladen, Mårtenstorget and Stadsparken, Helsingborg, Trelleborg, Vellinge, Staffanstorp, Lomma, Eslöv, Höör, Skurup, Anderslöv, Söderslätt, Kristianstad, Hässleholm, Landskrona, Ystad, Ljungbyhed, Karlskrona with Trossö, Karlshamn, Mörrum, Ronneby, Sölvesborg, Mjällby, Bromölla, Olofström, Umeå, Kiruna, Stockholm, Södertörn; Naturhistoriska riksmuseet, Skånes universitetssjukhus, Blekingesjukhuset, Region Skåne, Region Blekinge, Region Kalmar län, Malmö stad, Lunds kommun, Läkemedelsverket, Folkhälsomyndigheten, Jordbruksverket, the county administrative boards of Skåne, Blekinge and Stockholm, Trafikverket, SMHI, Konsumentverket, Skolverket, 1177 Vårdguiden, Sveriges Apoteksförening, Astma- och Allergiförbundet, LRF Skåne, Naturskyddsföreningen, Lunds universitet, Malmö universitet, Katedralskolan, Malmö Airport; their actions and words are invented); every person, the pharmacy chain Vitalis Apotek, the wholesaler Medisyd, Farmaciaföreningen Syd, the football clubs, the schools and pre-schools as used here and all six outlets are invented: Lundabygden (local daily, Lund, Malmö and western Skåne), Blekinge Kustblad (local daily, Blekinge and north-eastern Skåne), Nyhetsbyrån Spira (wire service, also carrying press releases), Kvällsekot (national tabloid), Farmaciabladet (pharmacy and health-care trade paper) and Fältbladet (farming trade paper). 122 articles (105 news, 17 opinion: leaders, debate articles, columns, letters), published 3 March to 20 October 2026, +01:00 until 28 March and +02:00 after. The ids po001–po122 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (quotes were phrased without it), the verb *händer* (the only *händer* is the noun, *jordiga händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *korn* as a word of its own (barley or a pollen grain; only the compounds *pollenkorn*, *pollenkornen*), *lager* as a layer (every *lager* is a stock), *bok* as a book (every *bok* is the beech), *lind* as the adjective (every *lind* is the tree), *vall* as an embankment (every *vall-* form on its own is the ley; the embankment appears only in *banvall*), *åker* without an ending (the noun or the verb *åka*; only *åkern*, *åkrar*, *åkrarna*, *åkrarnas*), *råd* in *ha råd* (every *råd* is advice), the verb *hälsa* in the infinitive (only *hälsade*), the verb *brister*, *akut* as a noun (the emergency department is *akuten* or *akutmottagningen*; every *akut*, *akuta* is the adjective), *al*, *alen* in any sense but the alder, *ax* in any sense but the ear of grain, *hö* in any sense but hay, *vide* in any sense but the willow, *Lind* and *Lund* as surnames.

How the lists were made: src/pollen_articles.py holds the texts and src/pollen_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: hassel/häss, gata/gåta, rot/röt, natt/nät, land/länd, stad/städ, hand/händ, bonde/bönd/bön, åker/åkr, nysa/nös) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). For the trap words every other token that contains the word's letters is a lookalike (must_not), also when the letters sit inside a longer word (*Malmö*, *Kalmar*, *halm*, *Palm*, *socialministern* for `alm`; *fråga*, *efterfrågan* for `råg`; *taxichauffören*, *Axelsson* for `ax`; *fullbokade* for `bok`), and *Hässleholm* is the planted diacritic lookalike of `hassel`; the probes for `al` and `hö` are anchored (words that begin or end with *al*, words that begin with *hö*), since the two letters occur inside hundreds of unrelated words. For the other concepts a stem that occurs only by chance inside an unrelated word is neither (*kostade*, *röstades*, *överbelastad* for `stad`; *bland*, *vilande*, *växlande* for `land`; *elever*, *överlever* for `leverans`; *behandling*, *förhandla* for `hand`; *området*, *områden* for `råd`; *obligatoriskt* for `gata`), while other lemmas with the same stem are lookalikes. The words of phrases, booleans and filters are probed only in the forms that can be relevant (*i*, *på*, *för*, *akut*, *stängd* … as whole words). Tokens are runs of letters, so *LRF:s*, *EU:s*, *budesonid-inhalatorn*, *hälso- och sjukvårdsdirektören*, *Astma- och Allergiförbundet* and *LRF-mötena* are split (*hälso* on its own is don't care for `hälsa`; *astma* in the association's name is the word). `python3 pollen_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. One line per query:

- **inhalatorerna** (inflection): *inhalator*, *inhalatorn*, *inhalatorer*, *inhalatorerna* relevant; *astmainhalatorer*, *pulverinhalator* compounds; the verb *inhalera* and the other noun *inhalation* (*inhalationer*, *inhalationsbehandling*) → must_not.
- **leveranserna** (inflection): *leverans(en)*, *leveranser(na)* relevant; the verb *leverera*, *levererar* and *leverantör* (*molnleverantör(en)*) → must_not; *elever*, *överlever* are neither.
- **restnoteringen** (inflection): *restnoteringen*, *restnoteringar(na)* relevant; the participle *restnoterad*, *restnoterade* → must_not.
- **besöken** (inflection): *besök*, *besöken* relevant (also visits to a web site); *akutbesök* compound; *besökare* (a derivation) don't care; the verb *besökt*, *besökte* → must_not.
- **mätningarna** (inflection): *mätningar(na)* relevant; *pollenmätningarna* compound; *mätstationen*, *mätstationer* (from the verb's stem) don't care; the verb (*uppmätt*, *uppmätte*, *uppmättes*, *uppmätts*) and *mätare* → must_not.
- **ansvaret** (inflection): *ansvar*, *ansvaret* relevant; the adjective *ansvarig* → must_not.
- **råden** (inflection): *råd*, *rådet*, *råden* (advice) relevant; *rådgivning* compound; the titles *regionrådet*, *oppositionsrådet*, *länsrådet* (råd as a councillor) don't care; the verb *råder* and *förråd* (a store) → must_not; *området*, *områden* are neither.
- **rekommendationerna** (inflection): *rekommendation*, *rekommendationerna* relevant; the verb *rekommenderar*, *rekommenderas* → must_not.
- **prognosen** (inflection): *prognos(en)*, *prognoser* relevant; *pollenprognos-*, *ambrosiaprognosen* compounds; the verb *prognostiserar* → must_not.
- **vädret** (syncope): *väder*, *vädret* relevant; *väderapp* compound; *vädjar* (vädja) and *vädra* (to air a room) → must_not.
- **åkrarna** (syncope): *åkern*, *åkrar*, *åkrarna*, *åkrarnas* relevant; *åkerkant(er/erna)*, *åkermark*, *rågåker* compounds; *åka*, *åkeri*, *åkerier(na)* and the surname *Åkerlund* → must_not.
- **fönstren** (syncope): *fönster*, *fönstret*, *fönstren* relevant (also the figurative *fönstret håller på att stängas*); *fönsterbleck*, *fönsterbrädor*, *fönsterputsare* compounds; no lookalike.
- **tecknen** (syncope): *tecken*, *tecknen* relevant; *klartecken* compound; the verb *teckna* (*tecknade*, *tecknar*, *tecknat* an agreement) → must_not.
- **lagren** (syncope): *lager*, *lagren* (stocks) relevant; *beredskapslager*, *reservlager* compounds; the verb *lagra*, *lagrat* → must_not.
- **somrarna** (syncope): *sommar*, *sommaren*, *sommarens*, *somrarna* and *i somras* relevant; *sensommar(en)*, *allergisommaren* compounds; no lookalike.
- **bönderna** (umlaut): *bonden*, *bönder*, *bönderna* relevant; *mjölkbonden* compound; *bönor* (beans) and the surname *Bondesson* → must_not; *lantbrukare* is another word and not judged.
- **händerna** (umlaut): *hand* (*för hand*, *ta hand om*, *på egen hand*), *händer* (the noun), *händerna* relevant; *handduk*, *handfull* compounds; *hände*, *handlar*, *handlade*, *handlingsplan*, *handläggare*, *dagligvaruhandel*, *handskar*, *trädgårdshandskar* → must_not; *behandling*, *förhandla* are neither.
- **städerna** (umlaut): *stad*, *staden*, *stadens*, *Malmö stads* relevant; *stadsparken*, *stadsbyggnadskontoret* compounds; *Kristianstad*, *Ystad* don't care; *städa*, *städfirma*, *städfirmor(na)*, *bostad*, *stadigt*, *ostadigt* → must_not.
- **rötterna** (umlaut): *rötterna* relevant; *rött* (red) → must_not.
- **nätterna** (umlaut): *natt*, *natten*, *nätterna* relevant; *nattfrosten* compound; *nätet*, *nätapotek(en)*, *nätbutikerna* (nät, the internet) → must_not.
- **länderna** (umlaut): *land*, *landet*, *landets*, *länder* relevant; *inlandet* and *landsbygd-* words compounds; *Tyskland*, *Nederländerna*, *Landskrona* don't care; *landade* → must_not; *bland*, *fröblandning*, *vilande* … are neither.
- **allergi** (compound): *allergi*, *allergin* and compounds on both sides (*allergimedicin*, *allergiläkaren*, *allergiförbundet*, *allergisäsongen*, *pollenallergi*, *gräsallergi*, *björkallergi*, *ambrosiaallergi*, *allergiframkallande* …) relevant; the person *allergiker* (also *gräsallergiker*) and *allergolog(i)* are derivations → don't care; the adjective *allergisk*, *allergiska* → must_not.
- **björk** (compound): *björk*, *björken*, *björkar(na)*, *björkarnas* and *björkpollen-*, *björkallergi* relevant; the surname *Björklund* → must_not.
- **apotek** (compound): *apotek*, *apoteket*, *apoteken*, *apotekens* and *apotekskedjor* (-s-), *apoteksförening*, *apotekschefen*, *nätapotek*, *sjukhusapoteket* relevant; *apotekare*, *apotekaren*, *sjukhusapotekaren* (the person) don't care; no lookalike.
- **gata** (compound): *gata*, *gatan* and *gatukontor(et/en)* (-u-) relevant; *gåta* (a riddle) → must_not.
- **hälsa** (compound): *hälsa* and *hälsocentral(en/erna)* (-o-), *elevhälsan* relevant; *Folkhälsomyndigheten*, *folkhälsoproblem* (the word inside a longer compound) and the split *hälso-* don't care; the verb *hälsade* → must_not.
- **tid** (compound): *tid*, *tiden* and *väntetiderna*, *skördetid* (-e-), *tidsplanen*, *tidsinställda*, *halvtidspausen* (-s-), *halvtid*, *realtid*, *övertid*, *sjutiden* relevant; *samtidigt* and *fritids* (the word inside) don't care; *tidig(a/t)*, *tidigare*, *tidigarelägga*, *tidningen*, *alltid* → must_not.
- **frö** (compound): *frö*, *fröet*, *frön*, *fröna*, *fröerna* and *fågelfrö*, *fröblandning(arna)*, *fröfria*, *solrosfrön*, *ambrosiafrön*, *ogräsfrön* relevant; *fröken* → must_not.
- **medicin** (compound): *medicin*, *medicinen* and *allergimedicin(er)*, *astmamedicin*, *ungdomsmedicin* relevant; the adjective *medicinska* → must_not.
- **läkare** (compound): *läkare*, *läkaren* and *allergiläkare(n)*, *barnläkaren*, *överläkare*, *distriktsläkaren*, *klubbläkare*, *allmänläkarna* relevant; *läkemedel* in all its forms and compounds (*Läkemedelsverket*, *läkemedelsförsörjningen*, *humanläkemedel*, *astmaläkemedel*) → must_not.
- **"brist på antihistaminer"** (phrase): *brist på antihistaminer* relevant; *den akuta bristen*, *bristen för dem*, *bristen på tabletter* with *antihistaminer* elsewhere → must_not.
- **"Skånes universitetssjukhus"** (phrase): the name relevant; *universitetssjukhuset i Lund* with *Skåne* in another sentence → must_not.
- **"ambrosia i fågelfrö"** (phrase): *ambrosia i fågelfrö* relevant; *ambrosia i foder och fågelfrö*, *ambrosian främst sprids med fågelfrö*, *fågelfrö … ambrosia* → must_not; with only *malörtsambrosia* or *ambrosiafrön* don't care.
- **"lektioner utomhus"** (phrase): *lektioner utomhus* relevant; *lektionerna som vanligt, men rasterna utomhus* → must_not; *utomhuslektioner* compound.
- **"akut astma"** (phrase): *akut astma* relevant; *akut andnöd* and *akut för astma* → must_not; *akut brist* with only *astmaanfall* don't care.
- **"ansvaret för bekämpningen"** (phrase): *ansvaret för bekämpningen* relevant; *ansvaret ligger hos staten* with *bekämpning av ogräs* elsewhere → must_not; *ansvaret för att inventera och bekämpa* has only the verb and is neither.
- **"pollen i luften"** (phrase): *pollen i luften* relevant; *pollen … luften*, *pollen ur luften*, *pollen från malörtsambrosia i luften*, *pollen som redan finns i luften* → must_not; compounds such as *björkpollen* with *luft* don't care.
- **"stängda fönster"** (phrase): *stängda fönster* relevant; *fönstren i salarna är stängda*, *hålla fönstren stängda* (other order) → must_not.
- **Skåne Blekinge** (boolean AND): both names relevant; one name alone → must_not; *Blekingesjukhuset* or *skånska* as the only match of a name → don't care.
- **antihistaminer OR nässpray** (boolean OR): either word relevant; *histamin* (the body's substance) → must_not; *antihistamintabletter* compound.
- **ambrosia -fågelfrö** (boolean NOT): *ambrosia*, *ambrosian*, *ambrosians* relevant unless *fågelfrö* is there (then must_not); *malörtsambrosia* and *ambrosia-* compounds alone don't care.
- **björkpollen astma** (boolean AND): both relevant; one alone → must_not; *astmabesvär*, *astmamottagning* or *björkpollensäsongen* as the only match of a term → don't care.
- **Lund OR Malmö** (boolean OR): *Lund*, *Lunds*, *Malmö* relevant; *lundabor* don't care; the surname *Lundgren* → must_not.
- **Karlskrona -Ronneby** (boolean NOT): *Karlskrona* relevant unless *Ronneby* is there (→ must_not).
- **Jordbruksverket LRF** (boolean AND): both relevant; one alone → must_not (*LRF-mötena* is *lrf*).
- **källa:Lundabygden ambrosia** (filter): *ambrosia*, *ambrosian(s)* in Lundabygden relevant, elsewhere must_not; compound-only articles don't care.
- **källa:Kustblad prognosen** (filter): *prognos(en/er)* in Blekinge Kustblad relevant, elsewhere must_not; *prognostiserar* → must_not anywhere.
- **källa:Spira inhalatorerna** (filter): *inhalator*-forms in Nyhetsbyrån Spira relevant, elsewhere must_not, as are *inhalera*, *inhalationer* anywhere.
- **källa:Kvällsekot astma** (filter): *astma* in Kvällsekot relevant, elsewhere must_not; *astmaanfall* and other compounds alone don't care.
- **källa:Fältbladet bönderna** (filter): *bonden*, *bönder(na)* in Fältbladet relevant, elsewhere must_not; *bönor*, *Bondesson* → must_not anywhere.
- **källa:Farmaciabladet restnoteringen** (filter): the noun in Farmaciabladet relevant, elsewhere must_not; *restnoterad(e)* → must_not anywhere.
- **typ:opinion ansvaret** (filter): *ansvar*, *ansvaret* in leaders, debate articles, columns and letters relevant; in news → must_not; *ansvarig* → must_not.
- **näsa** (trap): *näsa*, *näsan*, *näsor* relevant; *näsduk(ar)*, *näsfilter*, *nässpray(en)* compounds; *nästa*, *nästan* → must_not.
- **ögon** (trap): *ögon*, *ögonen* relevant; *ögondroppar(na)* compounds; *ögonblick*, *ögonblicket* (a compound that only looks like it) → must_not.
- **hassel** (trap): *hassel*, *hasseln* relevant; *Hässleholm* → must_not; the name *Hassan* is neither.
- **alm** (trap): *alm*, *almen* relevant; *Malmö*, *Kalmar*, *halm*, *halmen*, the surname *Palm* and *socialministern* → must_not.
- **råg** (trap): *råg*, *rågen* relevant; *rågåker* compound; *fråga*, *frågan*, *frågor(na)*, *frågat*, *efterfrågan* → must_not.
- **lind** (trap): *lind*, *linden*, *lindarna* relevant; *lindallén* compound; the verb *lindra*, the adjective *lindrig* (*lindriga*, *lindrigare*) and the surnames *Lindqvist*, *Lindgren* → must_not.
- **vide** (trap): *vide*, *videt* relevant; *vidare* → must_not.
- **hö** (trap): *hö*, *höet* relevant; *hösnuva* compound; words that begin with *hö* (*höga*, *högre*, *högst(a)*, *högt*, *höst(en)*, *höra*, *hört*, *höjdpunkt*, *Höör*) → must_not.
- **ax** (trap): *ax* (*gå i ax*) relevant; *Axelsson*, *taxichauffören* → must_not.
- **bok** (trap): *bok* (beech) relevant; *bokade*, *bokstavligen*, *fullbokade* → must_not.
- **nysa** (trap): *nyser*, *nyst*, *nös*, *nysande* relevant; *nyss* → must_not.
- **vall** (trap): *vallen* (the ley) relevant; *vallskörden*, *vallgräsen* compounds; *banvall(en/ar)* (a railway embankment, a compound that only looks like it) and *intervall* → must_not.
- **al** (trap): *al*, *alen* (the alder) relevant; *alpollen* compound; every other word that begins or ends with *al* (*alla*, *allt*, *alltid*, *aldrig*, *allergi* and all its compounds, *allmän*, *alternativ*, *alm*, *Alva*, *Ali*, *personal*, *normal*, *regional*, *smal*, *samtal*, *avtal*, *vårdcentral* …) → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("pollen", "po", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
