#!/usr/bin/env python3
"""Builds corpus_surge.json and corpus_surge.md from surge_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 surge_build.py [-v]
"""

import fire_build
from surge_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "översvämning": dict(
        probe=r"översväm",
        rel=S("översvämning översvämningar"),
        comp=S("översvämningskartor"),
        no=S("översvämmade översvämmades översvämmas översvämmats"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningar varningarna varningen"),
        comp=S("varningskedjan varningsnivåer varningssystem"),
        no=S("varna varnade varnar"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringsplan evakueringsplaner evakueringsplatser"),
        no=S("evakuera evakuerades evakueras"),
    ),
    "erosion": dict(
        probe=r"erosi|erod",
        rel=S("erosion erosionen"),
        comp=S("erosionskartor erosionsskydd"),
        no=S("eroderat"),
    ),
    "kostnad": dict(
        probe=r"kost",
        rel=S("kostnad kostnaden kostnader kostnaderna"),
        comp=S("kostnadsberäkningarna"),
        no=S("kosta kostade kostar kostat"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skador skadorna"),
        comp=S("skadeanmälningar vattenskador"),
        dc=S("skadeståndsskyldig"),
        no=S("skadad skadade skadades skadat skadats"),
    ),
    "stuga": dict(
        probe=r"stug",
        rel=S("stuga stugan stugor stugorna stugornas"),
        comp=S("fiskarstugorna sommarstuga sommarstugor sommarstugorna stugägare stugägarna"),
    ),
    "vattenstånd": dict(
        probe=r"vattenstånd",
        rel=S("vattenstånd vattenstånden vattenståndet"),
        comp=S("medelvattenståndet vattenståndsprognoser"),
    ),
    "prognos": dict(
        probe=r"prognos",
        rel=S("prognos prognosen prognoserna"),
        comp=S("prognosmodellen vattenståndsprognoser"),
        no=S("prognostiserat"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dagvattensystemet havsvatten högvatten högvattnet medelvattenståndet saltvatten saltvattnet vattenskador "
               "vattenstånd vattenstånden vattenståndet vattenståndsprognoser"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("skattemedel"),
        dc=S("medelnivån medelvattenståndet"),
        no=S("medlemmar"),
        nei=S("familjemedlem"),
    ),
    "åker": dict(
        probe=r"åker|åkr",
        rel=S("åker åkern åkrar åkrarna"),
        comp=S("åkermark"),
        no=S("åkeri"),
    ),
    "kabel": dict(
        probe=r"kabel|kabl",
        rel=S("kablar kablarna"),
        comp=S("kabelskåp kabelskåpen markkablar"),
        nei=S("riskabel"),
    ),
    "vinter": dict(
        probe=r"vinter|vintr",
        rel=S("vinter vintern vinterns vintrarna"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("förhindra förhindrar"),
    ),
    # --- umlaut ---
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand stranden stränder stränderna"),
        comp=S("badstrand sandstrand strandbad strandgatan strandkanten strandpromenaden strandråg strandskydd "
               "strandskyddat strandskyddet strandängarna"),
        dc=S("mossbystrand nybrostrand"),
        no=S("strandade strandberg"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("kuststäder stadsbyggnadschef stadsdel stadsträdgårdsmästaren"),
        dc=S("kristianstad ystad ystadbanan ystadborna ystads ystadsbor ystadsborna"),
        no=S("bostadsbolag bostadsministern bostadsområde bostäder fyrvaktarbostaden städa städade städningen"),
        nei=S("kostade rustade röstade"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna"),
        no=S("bönor"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("foten fötterna"),
        no=S("fotoalbumen fotografen fotografer fotografera"),
    ),
    "låg": dict(
        probe=r"l[åä]g",
        rel=S("lägre lägsta"),
        comp=S("lågtryck"),
        no=S("fiskeläge fiskelägena fiskeläget färjelägen läge lägenhet lägenheter lägga läggas lägger tidigarelägger"),
        nei=S("anläggningen handläggare handläggningen tilläggsförsäkring"),
    ),
    "natt": dict(
        probe=r"n[aä]t",
        rel=S("natt natten nätterna"),
        comp=S("midnatt stormnatten"),
        no=S("elnätet elnätsbolaget nät nätstationer sydnät sydnäts"),
        nei=S("alternativ alternativet annat kunnat lyssnat mojnat nationalekonom nationell nationellt naturen "
              "naturlig naturolyckor naturvårdsverket räknats vartannat öppnat"),
    ),
    # --- compounds ---
    "hamn": dict(
        probe=r"hamn",
        rel=S("hamn hamnar hamnarna hamnen hamnens"),
        comp=S("fiskehamn fiskehamnar fiskehamnen gästhamn gästhamnen hamnansvarige hamnbassängen hamnbolaget "
               "hamnchefen hamngatan hamnområden hamnområdet"),
        dc=S("karlshamn karlshamns simrishamn simrishamns"),
        no=S("hamnade köpenhamn"),
    ),
    "kust": dict(
        probe=r"kust",
        rel=S("kust kusten kustens kuster kusterna"),
        comp=S("kustbevakningen kustforskare kustforskaren kustkommun kustkommuner kustkommunerna kustlinjen kustnära "
               "kustskydd kustskyddet kuststräcka kuststräckan kuststräckor kuststäder sydkust sydkusten"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd skyddet"),
        comp=S("erosionsskydd kustskydd kustskyddet skyddsmur skyddsvall skyddsvallen skyddsväggar stenskydd "
               "strandskydd strandskyddet"),
        dc=S("strandskyddat"),
        no=S("skydda skyddar skyddas skyddat"),
    ),
    "storm": dict(
        probe=r"storm",
        rel=S("storm stormar stormarna stormen"),
        comp=S("höststorm stormflod stormfloden stormnatten"),
        no=S("stormarknaden stormarknadens"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan gator gatorna"),
        comp=S("algatan drottninggatan gatubrunnarna hamngatan kungsgatan regeringsgatan strandgatan östergatan"),
        no=S("gåta"),
        nei=S("gått pågått"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färjan färjor färjorna"),
        comp=S("bornholmsfärjan färjelägen färjeterminalen färjetrafiken"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogården kyrkoherden"),
    ),
    "sand": dict(
        probe=r"sand",
        rel=S("sand sanden"),
        comp=S("sanddynerna sandfodring sandfodringen sandkant sandslott sandstrand sandsäckar sandsäckarna"),
        dc=S("sandhammaren sandhammarens sandskogen"),
        no=S("sandberg sandbergs sandell sandra"),
        nei=S("angränsande"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("hav havet"),
        comp=S("havsbotten havsnivåer havsnivån havssidan havsutsikt havsvatten"),
        no=S("havre"),
    ),
    # --- traps ---
    "fyr": dict(
        probe=r"fyr",
        rel=S("fyr fyren fyrens"),
        comp=S("fyrtekniker fyrtornet fyrvaktarbostaden"),
        no=S("fyra fyrtio fyrtiosju fyrtiotal fyrtiotusen"),
    ),
    "mur": dict(
        probe=r"mur",
        rel=S("mur murar murarna muren"),
        comp=S("betongmur murpartiet skyddsmur stenmuren"),
        no=S("murvel"),
    ),
    "våg": dict(
        probe=r"v[åä]g",
        rel=S("vågor vågorna"),
        comp=S("vågbrytaren"),
        no=S("förväg iväg järnvägar järnvägen missunnavägen väg vägar vägarna vägbanan vägen vägkanten våga"),
        nei=S("avvägning skyddsväggar vägg väggarna"),
    ),
    "ras": dict(
        probe=r"ras",
        rel=S("ras raset"),
        no=S("rasa rasade rasar rasat rask rasmus"),
        nei=S("andras brast bäras deras dyraste evakueras finansieras föras förbättras göras infrastruktur "
              "kompletteras madrasser placeras planeras planteras populäraste repareras somras trasiga våras "
              "överraskning"),
    ),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjö sjöss"),
        comp=S("sjöbod sjöbodar sjöbodarna sjöfartsverket sjöfartsverkets sjökortet sjömätning sjöräddarna "
               "sjöräddningssällskapet sjöräddningssällskapets östersjöns"),
        dc=S("sjöbo"),
        no=S("sjönk"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        no=S("ekström lindström nyström strömming strömmingen"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("viken"),
        dc=S("hällevik kivik pukavik pukavikborna pukaviks sölvesborgsviken"),
        no=S("undvika viktig viktigaste"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        comp=S("takpannor"),
        no=S("takt takten"),
        nei=S("enstaka kontaktat"),
    ),
    "bro": dict(
        probe=r"^bro|bro(n|ar|arna|ns)?$",
        rel=S("bron brons"),
        comp=S("brobanan gångbro öresundsbron"),
        no=S("bror"),
    ),
    "lån": dict(
        probe=r"lån",
        rel=S("lån lånet"),
        no=S("låna lång långliggare långsamt långsiktig långt"),
    ),
    "dyn": dict(
        probe=r"dyn",
        rel=S("dyn dynen dynerna"),
        comp=S("dynkanten dynrygg sanddynerna"),
        no=S("dyna dynamisk dynamiskt"),
    ),
    "mark": dict(
        probe=r"mark",
        rel=S("mark marken"),
        comp=S("jordbruksmark markkablar markägaren åkermark"),
        dc=S("danmark danmarks"),
        no=S("stormarknaden stormarknadens"),
    ),
    "udde": dict(
        probe=r"udd",
        rel=S("udden uddens"),
        no=S("udda"),
        nei=S("muddring muddringen"),
    ),
    # --- words of phrases, booleans and filters ---
    "orange": dict(probe=r"orange", rel=S("orange")),
    "hög": dict(
        probe=r"^hög",
        rel=S("hög höga högre högst högsta högt"),
        comp=S("högvatten högvattnet"),
    ),
    "under": dict(probe=r"^under$", rel=S("under")),
    "vem": dict(probe=r"^vem$", rel=S("vem")),
    "som": dict(probe=r"^som$", rel=S("som")),
    "betala": dict(
        probe=r"betal",
        rel=S("betala betalar betalas betalat"),
        nei=S("skattebetalare"),
    ),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "stigande": dict(probe=r"stigand", rel=S("stigande")),
    "havsnivå": dict(probe=r"havsnivå", rel=S("havsnivåer havsnivån")),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna kommunernas kommuners kommuns"),
        comp=S("kommunekologen kommunfullmäktige kommunhus kommunpolitiker kommunstyrelsen kommunstyrelsens "
               "kommunstyrelseordförande kommunstyrelsernas kustkommun kustkommuner kustkommunerna"),
        dc=S("kommunal kommunalråd kommunalrådet"),
        nei=S("kommunalbladet kommunikationen kommuninvest"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        no=S("ansvarar"),
        nei=S("hamnansvarige pressansvarige"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "äldreboende": dict(probe=r"äldreboend", rel=S("äldreboende äldreboendet")),
    "ystad": dict(
        probe=r"ystad",
        rel=S("ystad ystads"),
        comp=S("ystadbanan ystadborna ystadsbor ystadsborna"),
    ),
    "trelleborg": dict(
        probe=r"trelleborg",
        rel=S("trelleborg trelleborgs"),
        comp=S("trelleborgarna"),
    ),
    "karlshamn": dict(probe=r"karlshamn", rel=S("karlshamn karlshamns")),
    "sölvesborg": dict(
        probe=r"sölvesborg",
        rel=S("sölvesborg sölvesborgs"),
        comp=S("sölvesborgsviken"),
    ),
    "stormflod": dict(probe=r"stormflod", rel=S("stormflod stormfloden")),
    "babet": dict(probe=r"babet", rel=S("babet")),
    "sandsäck": dict(probe=r"sandsäck", rel=S("sandsäckar sandsäckarna")),
    "frivillig": dict(
        probe=r"frivill",
        rel=S("frivilliga"),
        dc=S("frivilligheten"),
    ),
    "smhi": dict(probe=r"smhi", rel=S("smhi")),
    "sjöfartsverket": dict(probe=r"sjöfartsverk", rel=S("sjöfartsverket sjöfartsverkets")),
    "kustskydd": dict(probe=r"kustskydd", rel=S("kustskydd kustskyddet")),
    "staten": dict(
        probe=r"^stat",
        rel=S("staten statens"),
        dc=S("statlig statliga statligt"),
        nei=S("station statistikerna statistisk"),
    ),
    "löderup": dict(probe=r"löderup", rel=S("löderup löderups")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("översvämningarna", "inflection", False, ("term", "översvämning")),
    ("varningarna", "inflection", False, ("term", "varning")),
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("erosionen", "inflection", False, ("term", "erosion")),
    ("kostnaderna", "inflection", False, ("term", "kostnad")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("stugorna", "inflection", False, ("term", "stuga")),
    ("vattenståndet", "inflection", False, ("term", "vattenstånd")),
    ("prognosen", "inflection", False, ("term", "prognos")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("kablarna", "syncope", False, ("term", "kabel")),
    ("vintrarna", "syncope", False, ("term", "vinter")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("stränderna", "umlaut", False, ("term", "strand")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("lägre", "umlaut", False, ("term", "låg")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("hamn", "compound", True, ("term", "hamn")),
    ("kust", "compound", True, ("term", "kust")),
    ("skydd", "compound", True, ("term", "skydd")),
    ("storm", "compound", True, ("term", "storm")),
    ("gata", "compound", True, ("term", "gata")),
    ("färja", "compound", True, ("term", "färja")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("sand", "compound", True, ("term", "sand")),
    ("hav", "compound", True, ("term", "hav")),
    ('"orange varning"', "phrase", False, ("phrase", ["orange", "varning"])),
    ('"höga vattenstånd"', "phrase", False, ("phrase", ["hög", "vattenstånd"])),
    ('"under vatten"', "phrase", False, ("phrase", ["under", "vatten"])),
    ('"vem som betalar"', "phrase", False, ("phrase", ["vem", "som", "betala"])),
    ('"skydd mot havet"', "phrase", False, ("phrase", ["skydd", "mot", "hav"])),
    ('"stigande havsnivåer"', "phrase", False, ("phrase", ["stigande", "havsnivå"])),
    ('"kommunernas ansvar"', "phrase", False, ("phrase", ["kommun", "ansvar"])),
    ('"evakueringen av äldreboendet"', "phrase", False, ("phrase", ["evakuering", "av", "äldreboende"])),
    ("Ystad Trelleborg", "boolean", False, ("and", ["ystad", "trelleborg"])),
    ("Karlshamn OR Sölvesborg", "boolean", False, ("or", ["karlshamn", "sölvesborg"])),
    ("stormflod -Babet", "boolean", False, ("not", "stormflod", "babet")),
    ("sandsäckar frivilliga", "boolean", False, ("and", ["sandsäck", "frivillig"])),
    ("SMHI OR Sjöfartsverket", "boolean", False, ("or", ["smhi", "sjöfartsverket"])),
    ("kustskydd -staten", "boolean", False, ("not", "kustskydd", "staten")),
    ("erosion -Löderup", "boolean", False, ("not", "erosion", "löderup")),
    ("källa:Tärnan varningen", "filter", False, ("filter", "Tärnan", "varning")),
    ("källa:Morgonbladet stränderna", "filter", False, ("filter", "Morgonbladet", "strand")),
    ("källa:Folkblad Karlshamn", "filter", False, ("filter", "Folkblad", "karlshamn")),
    ("källa:Måsen evakueringen", "filter", False, ("filter", "Måsen", "evakuering")),
    ("källa:Kommunalbladet kostnaderna", "filter", False, ("filter", "Kommunalbladet", "kostnad")),
    ("typ:opinion kustskydd", "filter", False, ("filter", "opinion", "kustskydd")),
    ("typ:opinion SMHI", "filter", False, ("filter", "opinion", "smhi")),
    ("fyr", "trap", False, ("term", "fyr")),
    ("mur", "trap", False, ("term", "mur")),
    ("vågorna", "trap", False, ("term", "våg")),
    ("ras", "trap", False, ("term", "ras")),
    ("sjö", "trap", False, ("term", "sjö")),
    ("ström", "trap", False, ("term", "ström")),
    ("viken", "trap", False, ("term", "vik")),
    ("tak", "trap", False, ("term", "tak")),
    ("bron", "trap", False, ("term", "bro")),
    ("lån", "trap", False, ("term", "lån")),
    ("dyn", "trap", False, ("term", "dyn")),
    ("mark", "trap", False, ("term", "mark")),
    ("udden", "trap", False, ("term", "udde")),
]

HEADER = """# corpus_surge.json – judging notes

Invented crisis: after a dry, calm autumn, a low over the Baltic states brings days of hard easterly and north-easterly storm winds that push the southern Baltic up against the coast of Skåne and Blekinge. SMHI issues a yellow warning for high sea levels (höga vattenstånd) on Monday 16 November 2026, raises it to orange for the Skåne coast on Tuesday and for Blekinge only on Wednesday afternoon, and forecasts 1.3 to 1.5 metres. In the night to Thursday 19 November the water reaches 1.74 m over mean sea level in Ystad (a record), 1.68 in Simrishamn, 1.52 in Trelleborg, 1.46 in Karlshamn. Harbours close and ferries stop (Bornholmsfärjan, Trelleborg's ferries to Germany and Poland, Karlshamn–Klaipėda); Hamngatan in Ystad, streets and cellars in Trelleborg and the area round Mieån in Karlshamn are flooded, the bridge over Mieån is closed, sandbags are filled by volunteers, road 9 is washed away near Abbekås, 18 000 customers lose power; the care home Tallbacken in Ystad is evacuated on Wednesday afternoon (relatives and later the county board say too late), a camping site is cleared; summer houses at Löderups strandbad fall into the sea, the dunes at Sandhammaren lose eight metres, Dalabadet half its sand, boathouses at Pukavik and a point at Hällevik are washed away, farmland round Sölvesborgsviken and on Söderslätt stands under salt water, an old wall at Kastellet in Karlshamn and the stone wall at Smygehuk's lighthouse collapse. Articles follow the weeks before (erosion at Löderup, Trelleborg's decision on a sea wall, SMHI's report on rising sea levels, the law on who is responsible), the storm, and the aftermath to March 2027: SMHI's forecast questioned and defended and an external review, the county boards' evaluations, insurance that does not cover flooding from the sea, municipalities and SKR demanding that the state pay, a government inquiry, extra money, loans with state guarantees, a protest against a wall along Hamngatan in Ystad, beach nourishment and new dunes, Denmark's model, a landslip at Kåseberga. Places and public bodies are real (Ystad with Sandskogen, Löderup, Sandhammaren, Mossbystrand, Nybrostrand, Kåseberga, Mälarhusen; Trelleborg with Dalabadet, Skåre, Smygehuk, Maglarp; Abbekås, Simrishamn, Kivik, Skanör, Falsterbo, Ljunghusen, Kämpinge; Karlshamn with Frisholmen, Kastellet, Mieån, Stärnö, Asarum, Mörrum; Sölvesborg, Pukavik, Hällevik, Utklippan, Sjöbo, Tomelilla; SMHI, SGI, Sjöfartsverket, Kustbevakningen, Trafikverket, Länsstyrelsen i Skåne and i Blekinge län, Boverket, Jordbruksverket, Naturvårdsverket, Myndigheten för civilt försvar, SKR, LRF, Kommuninvest, Svensk Försäkring; their actions are invented); the care home Tallbacken, the grid company Sydnät, every person and all six outlets are invented: Sydskånska Morgonbladet (local daily, Ystad, Trelleborg and the south coast), Blekinge Folkblad (local daily, western Blekinge), Radio Måsen (local radio, with quotes and a commentary), Nyhetsbyrån Tärnan (wire service), Kvällsekot (national tabloid) and Kommunalbladet (trade paper for local government). 118 articles (100 news, 18 opinion: leaders, debate articles, columns, a commentary and letters), published 3 September 2026 to 22 March 2027, +02:00 until 25 October and +01:00 after. The ids X001–X118 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (the word appears nowhere), the verb *händer*, the verb *hamnar* (every *hamnar* is the plural of *hamn*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *låg* as the past tense of *ligga* (and with it the base form of the adjective: the adjective appears only as *lägre*, *lägsta*), the verb *åker* (every *åker* is a field; the verb appears only as *åkte*), the verb *skada* (the noun appears only as *skador*, *skadorna*), the verb *stormar* (every *stormar* is the plural of *storm*), the verb *murar* (every *murar* is the plural of *mur*), *ras* meaning breed or race (every *ras* is a landslip), *vik* and *viken* as forms of the verb *vika* (every *viken* is the bay), *fyrar* as a verb, *under* as a noun (every *under* is the preposition), *mark* as a currency, *bad* as the past tense of *be*, *byar* meaning gusts (the one *byar* is villages; gusts are *vindbyarna*), and surnames that are themselves a judged word (*Ström*, *Strand*, *Vik*): the surnames used only contain them (*Lindström*, *Strandberg*, *Sandell*).

How the lists were made: src/surge_articles.py holds the texts and src/surge_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: våg/väg, strand/stränd, stad/städ, bonde/bönd, fot/föt, låg/läg, natt/nät, färja/farj, gata/gåta) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *bro* is *bro-* from the start of a word and *bro*, *bron*, *broar*, *broarna*, *brons* at its end, since *bro* sits inside unrelated words (*avbrott*); *staten* is probed as *stat-* from the start; *under*, *vem*, *som*, *av* and *mot* only as whole words. Tokens are runs of letters, so *SMHI:s*, *SKR:s*, *S:t*, *E22* and hyphenated words are split. `python3 surge_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *havsnivån*, *havsvatten*, *havssidan*, *skyddsvallen*, *skyddsmur*, *erosionsskydd*; -e- *färjelägen*, *färjeterminalen*, *färjetrafiken*; -u- *gatubrunnarna*; -o- *kyrkogården*, *kyrkoherden*; none *kustskydd*, *sydkusten*, *Kustbevakningen*, *stormfloden*, *höststorm*, *stormnatten*, *gästhamnen*, *hamnchefen*, *Hamngatan*, *Strandgatan*, *Kungsgatan*, *Bornholmsfärjan*, *sandsäckar*, *sanddynerna*, *sandfodring*, *sandstrand*, *stenskydd*, *strandskyddet*. Town and place names that end in the word are don't care, as *Kristianstad*/*Ystad* for `stad`: *Karlshamn*, *Simrishamn* for `hamn`; *Sandhammaren*, *Sandskogen* for `sand`; *Mossbystrand*, *Nybrostrand* for `stränderna`; *Sjöbo* for `sjö`; *Kivik*, *Pukavik*, *Hällevik*, *Sölvesborgsviken* for `viken`; *Danmark* for `mark`. *Öresundsbron* is a bridge and counts as a compound of `bro`.
- **hamn** (compound): *hamnade* (hamna) and *Köpenhamn* → must_not. **storm** (compound): *stormarknaden*, *stormarknadens* → must_not. **skydd** (compound): the verb *skydda*, *skyddar*, *skyddas*, *skyddat* → must_not; *strandskyddat* (a participle compound) → don't care. **gata** (compound): *gåta* → must_not; *gått*, *pågått* are neither. **sand** (compound): the names *Sandra*, *Sandell*, *Sandberg(s)* → must_not; *angränsande* is neither. **hav** (compound): *havre* → must_not. **kust**, **färja**, **kyrka**: only the word and its compounds.
- **fyr** (trap): *fyra*, *fyrtio*, *fyrtiosju*, *fyrtiotal*, *fyrtiotusen* → must_not; *fyrtornet*, *fyrtekniker*, *fyrvaktarbostaden* compounds. **mur** (trap): *murvel* → must_not; *stenmuren*, *betongmur*, *skyddsmur*, *murpartiet* compounds. **vågorna** (trap): every form of *väg* (*vägen*, *vägar*, *vägbanan*, *järnvägen*, *Missunnavägen*, *iväg*, *i förväg*) and the verb *våga* → must_not; *vågbrytaren* compound; *vägg*, *väggarna*, *skyddsväggar* and *avvägning* are neither. **ras** (trap): the verb *rasa* (*rasade*, *rasar*, *rasat*), the name *Rasmus* and the surname *Rask* → must_not; passives in *-ras*, *deras*, *madrasser* … are neither. **sjö** (trap): *sjönk* (sjunka) → must_not; *grov sjö* and *till sjöss* relevant; *Östersjöns*, *sjöbodar*, *Sjöfartsverket*, *sjöräddarna* compounds. **ström** (trap): *strömming*, *strömmingen* and the surnames *Ekström*, *Lindström*, *Nyström* → must_not; *utan ström*, *strömmen* (electricity) relevant. **viken** (trap): *viktig*, *viktigaste* and the verb *undvika* → must_not. **tak** (trap): *takt*, *takten* → must_not; *takpannor* compound; *kontaktat*, *enstaka* are neither. **bron** (trap): *bror* → must_not; *brobanan*, *gångbro* compounds. **lån** (trap): *lång*, *långt*, *långsamt*, *långsiktig*, *långliggare* and the verb *låna* → must_not. **dyn** (trap): *dyna* (a cushion) and *dynamisk*, *dynamiskt* → must_not; *sanddynerna*, *dynkanten*, *dynrygg* compounds. **mark** (trap): *stormarknaden*, *stormarknadens* → must_not; *åkermark*, *jordbruksmark*, *markägaren*, *markkablar* compounds. **udden** (trap): *udda* → must_not; *muddring* is neither.
- **översvämningarna**: the verb *översvämma* (*översvämmade*, *översvämmades*, *översvämmas*, *översvämmats*) → must_not. **varningarna**: *varna*, *varnade*, *varnar* → must_not; *varningssystem*, *varningskedjan*, *varningsnivåer* compounds. **evakueringen**: *evakuera*, *evakuerades*, *evakueras* → must_not. **erosionen**: *eroderat* → must_not. **kostnaderna**: *kosta*, *kostar*, *kostade*, *kostat* → must_not. **skadorna**: the verb and participle *skadad*, *skadade*, *skadades*, *skadat*, *skadats* → must_not; *skadeståndsskyldig* → don't care. **prognosen**: *prognostiserat* → must_not. **stugorna**, **vattenståndet**: no lookalike in the texts.
- **vattnet**: no lookalike; a long list of compounds (*saltvatten*, *högvatten*, *vattenståndet* …). **medlen** (funds): *medlemmar* → must_not; *medelvattenståndet*, *medelnivån* (mean, another sense inside a compound) → don't care; *familjemedlem* is neither. **åkrarna**: *åkeri* → must_not. **hindret**: *förhindra*, *förhindrar* → must_not. **kablarna**, **vintrarna**: no lookalike (*riskabel* is neither).
- **stränderna**: *strandade* and the surname *Strandberg* → must_not. **städer**: *bostäder*, *bostadsområde*, *bostadsbolag*, *bostadsministern*, *fyrvaktarbostaden* and *städa*, *städade*, *städningen* → must_not; *Ystad*, *Ystads*, *Ystadsborna*, *Kristianstad* → don't care; *kostade*, *rustade*, *röstade* are neither. **bönderna**: *bönor* → must_not. **fötterna**: *foto-*, *fotograf-* words → must_not; *foten* relevant. **lägre**: *läge*, *lägenhet(er)*, *lägga*, *lägger*, *fiskeläge(t)*, *färjelägen* and *tidigarelägger* → must_not; *lågtryck* compound; *anläggningen*, *handläggare* … are neither. **nätter**: *nät*, *elnätet*, *elnätsbolaget*, *nätstationer*, *Sydnät(s)* → must_not; *midnatt*, *stormnatten* compounds.
- **Phrases**: forms must be adjacent and in order in one sentence. *orange varning* and *den orange varningen* relevant; *höjt varningen … till orange* and *varningen för Blekinges kust till orange* → must_not. Forms of *hög* are *hög*, *höga*, *högt*, *högre*, *högst*, *högsta*: *höga vattenstånd*, *höga vattenstånden*, *det högsta vattenståndet*, *extremt högt vattenstånd* relevant; *högt vatten* with *vattenstånd* elsewhere → must_not. *under vatten* and *under vattnet* relevant; *under natten* with *vattnet* elsewhere → must_not. *vem som betalar* relevant; *vem som ska betala* (a word between) and *vem som ansvarar … betala* → must_not. *skydd mot havet*, *Skyddet mot havet* relevant; *skyddsmur mot havet* is a compound → don't care. *stigande havsnivåer* relevant; *havsnivån … stigande kostnader* → must_not; *stigande hav*, *stigande havsvatten* are neither. *kommunernas ansvar* relevant; *Kommunerna har ansvar*, *Ystads kommun har inget ansvar* → must_not. *evakueringen av äldreboendet* relevant; *evakuering av sårbara grupper* with *äldreboendet* elsewhere → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Ystadsborna*, *Trelleborgarna*) is don't care; *frivilligheten* (a derivation) is don't care for *frivilliga*. NOT – an article with the excluded term is must_not (*Babet*, *Löderups strandbad*); *statlig*, *statliga*, *statligt* are debatable for `-staten` → don't care. OR – *Sölvesborgsviken* alone is a compound → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Tärnan*, *Morgonbladet*, *Folkblad*, *Måsen*, *Kommunalbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("surge", "X", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
