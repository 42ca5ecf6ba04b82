#!/usr/bin/env python3
"""Builds corpus_sinkhole.json and corpus_sinkhole.md from sinkhole_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 sinkhole_build.py [-v]
"""

import fire_build
from sinkhole_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "ras": dict(
        probe=r"ras",
        rel=S("ras raset"),
        comp=S("gaturaset rasområdet rasplatsen"),
        no=S("rasa rasade rasar rasat"),
        nei=S("andras avgöras deras finansieras föras göras höras infrastruktur infrastrukturdepartementet "
              "infrastrukturen kontrolleras lokaliseras markeras planeras prioriteras publiceras svåraste trasigt "
              "ändras"),
    ),
    "läcka": dict(
        probe=r"läck",
        rel=S("läcka läckan läckor"),
        comp=S("läcksökare läcksökning läcksökningen"),
        dc=S("läckage läckaget"),
        no=S("läckande läcker"),
    ),
    "kulvert": dict(
        probe=r"kulvert",
        rel=S("kulvert kulvertar kulverten kulvertens"),
        comp=S("kanalkulvert tegelkulvertar tegelkulverten tegelkulvertens"),
        no=S("kulverterades"),
    ),
    "undersökning": dict(
        probe=r"undersök",
        rel=S("undersökning undersökningar undersökningarna undersökningen"),
        comp=S("markundersökningar"),
        dc=S("förundersökning förundersökningen förundersökningsledaren"),
        no=S("undersöka undersöker"),
    ),
    "ersättning": dict(
        probe=r"ersätt|ersatt",
        rel=S("ersättning ersättningen"),
        comp=S("ersättningsbussar ersättningsbussarna ersättningsbussen"),
        no=S("ersatts ersätta ersätter"),
        nei=S("eftersatt eftersatta"),
    ),
    "kund": dict(
        probe=r"kund",
        rel=S("kunder kunderna"),
        comp=S("kortkunder"),
        no=S("kunde"),
        nei=S("markundersökningar sekunden sekunder sekunderna"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakueringen"),
        no=S("evakuerade"),
    ),
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussen"),
        comp=S("bussförare bussföraren ersättningsbussar ersättningsbussarna ersättningsbussen ledbuss ledbussen "
               "ledbussens"),
    ),
    "spricka": dict(
        probe=r"spr[iau]ck",
        rel=S("spricka sprickor sprickorna"),
        no=S("spruckit"),
    ),
    # --- syncope ---
    "tunnel": dict(
        probe=r"tunn|tunl",
        rel=S("tunnlar"),
        comp=S("götatunneln"),
        no=S("tunn"),
    ),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykeln cyklar cyklarna"),
        comp=S("cykelbana cykelbanorna cykelställen cykelvagn"),
        dc=S("cyklister cyklisterna"),
        no=S("cykla cyklade"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        no=S("medlemmar"),
    ),
    "kabel": dict(
        probe=r"kab[e]?l",
        rel=S("kabeln kablar kablarna"),
        comp=S("fiberkablar"),
        nei=S("riskabla"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("botten bottnen"),
        comp=S("bottenvåningen"),
        nei=S("bott"),
    ),
    "väder": dict(
        probe=r"vädr|väder|vädj",
        rel=S("vädret"),
        no=S("vädjar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens stads städer"),
        comp=S("innerstad innerstaden stadsarkivet stadsbyggnadskontoret stadsdelar stadsgas stadsingenjören "
               "stadskärnor stadsmiljö stadsmission stadsmissionen"),
        no=S("bostadshus bostadsministern bostäder stadigt verkstad"),
        nei=S("röstade"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("foten fötter fötterna"),
        no=S("fotoalbumen fotograf"),
    ),
    "bror": dict(
        probe=r"br[oö]d|bror",
        rel=S("bror brodern bröderna"),
        no=S("bröd brödet"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        no=S("avloppsnät fibernätet ledningsnät ledningsnäten ledningsnätet nät nätet spindelnät"),
    ),
    "rot": dict(
        probe=r"r[oö]t",
        rel=S("rot rötter rötterna"),
        comp=S("trädrötter"),
        no=S("rotade"),
        nei=S("avbrott brott drottningtorget idrottshall rörbrott trots trottoar trottoaren"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand"),
        comp=S("handritade"),
        dc=S("efterhand"),
        no=S("handel handeln handelns handels handla handlar handlare handlarna hände upphandlas upphandlingar "
             "upphandlingen"),
    ),
    # --- compounds ---
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gata gatan gatans gator gatorna"),
        comp=S("gatsten gatu gaturaset hamngatan hamngatans kungsgatan kyrkogatan magasinsgatan nygatan"),
        no=S("gåta gåtan"),
        nei=S("avgått begåtts besiktigat gått klagat lagat legat pågått slungats"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrkan"),
        comp=S("domkyrkan kyrkogatan kyrkoherden"),
        dc=S("domkyrkoförsamlingen domkyrkoförsamlingens"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst tjänster"),
        comp=S("räddningstjänst räddningstjänsten skrivbordstjänst socialtjänsten tjänsteman tjänstemän"),
        no=S("förtjänar"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olyckan"),
        comp=S("olycksplatsen"),
        no=S("olycklig olyckligtvis"),
    ),
    "ledning": dict(
        probe=r"ledning",
        rel=S("ledning ledningar ledningarna ledningen"),
        comp=S("avloppsledningar dagvattenledning förbiledningen gasledning gjutjärnsledning gjutjärnsledningar "
               "huvudledning huvudledningar huvudledningen kontaktledningar kontaktledningarna ledningsarbete "
               "ledningsförnyelse ledningskarta ledningskartan ledningskartor ledningsnät ledningsnäten ledningsnätet "
               "ledningsägare vattenledning vattenledningar vattenledningen"),
        no=S("anledning"),
    ),
    "läge": dict(
        probe=r"läge",
        rel=S("läge läget"),
        comp=S("lägesbild spårläget"),
        no=S("lägenhet lägenheten lägenheter lägenheterna"),
    ),
    "källare": dict(
        probe=r"käll",
        rel=S("källaren källarna"),
        comp=S("källarförråd"),
        no=S("källor"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spår spåren spåret"),
        comp=S("spårarbeten spårbyte spårläget spårvagn spårvagnar spårvagnarna spårvagnen spårvagnsförare "
               "spårvagnsförarna spårvagnslinjer spårvagnsspår spårvagnstrafik spårvagnstrafiken spårväg spårvägar "
               "spårvägars"),
        no=S("spara besparingarna"),
        nei=S("brunnsparken"),
    ),
    "lera": dict(
        probe=r"^ler|lera|leran",
        rel=S("lera leran"),
        comp=S("göteborgsleran"),
        no=S("lerum"),
        nei=S("flera kontrollerades kontrolleras möblerad möblerade spekulera"),
    ),
    # --- traps ---
    "hål": dict(
        probe=r"hål",
        rel=S("hål hålet"),
        comp=S("borrhål borrhålen hålrum hålrummen hålrummet potthål slukhål"),
        dc=S("håligheter"),
        no=S("hushåll hushållen håll hålla håller hållit hållits hållplatsen hållplatserna markförhållandena "
             "underhåll underhållet"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören röret"),
        comp=S("betongrör gjutjärnsrör rörbrott"),
        no=S("berörs berörts rörelser rörelserna valrörelsen"),
    ),
    "kö": dict(
        probe=r"^k[öo](n|er|erna)?$|^kö|köer|kö$|kön$",
        rel=S("kö köer köerna"),
        comp=S("bilköer bilköerna"),
        no=S("köpcentrum köpcentrumets kör köra kört"),
    ),
    "bro": dict(
        probe=r"bro",
        rel=S("bron"),
        comp=S("hisingsbron kungsportsbron"),
        no=S("avbrott brodern bror brott rörbrott"),
    ),
    "kant": dict(
        probe=r"kant",
        rel=S("kanten kanterna"),
        no=S("kantade markant"),
        nei=S("trafikanter"),
    ),
    "sand": dict(
        probe=r"s[aä]nd",
        rel=S("sand sanden"),
        no=S("sandberg sandén sände"),
        nei=S("insändare"),
    ),
    "lock": dict(
        probe=r"lock",
        rel=S("locket"),
        comp=S("brunnslock"),
        no=S("klocka klockan lockade väckarklocka"),
    ),
    "val": dict(
        probe=r"val",
        rel=S("val valet"),
        comp=S("valrörelsen valurnorna valår"),
        no=S("valand valde vallgraven valv valvet"),
        nei=S("förvaltaren förvaltningar förvaltningarna förvaltningen förvaltningschef förvaltningschefen "
              "miljöförvaltningen sundsvall"),
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("armen"),
        no=S("larm larmade larmar larmat varma varmare"),
    ),
    "rost": dict(
        probe=r"rost",
        rel=S("rost"),
        no=S("frosten"),
    ),
    "gas": dict(
        probe=r"g[aä]s",
        rel=S("gasen"),
        comp=S("gasledning stadsgas"),
        dc=S("gasolkök"),
        no=S("hyresgästföreningen magasinsgatan"),
        nei=S("billigaste ifrågasätter lagas sägas tidigast tvingas tydligast vanligaste"),
    ),
    "lån": dict(
        probe=r"l[åä]n",
        rel=S("lån"),
        no=S("låna lånad lång långa långsamt långt långvarig förlängt livslängd längd länge längre längs längst"),
    ),
    "gåta": dict(
        probe=r"g[aå]t",
        rel=S("gåta gåtan"),
        no=S("gata gatan gatans gator gatorna gatsten gatu gaturaset hamngatan hamngatans kungsgatan kyrkogatan "
             "magasinsgatan nygatan gått"),
        nei=S("avgått begåtts besiktigat klagat lagat legat pågått slungats"),
    ),
    # --- words of phrases, booleans and filters ---
    "östra": dict(probe=r"^östr", rel=S("östra")),
    "hamngatan": dict(probe=r"hamngat", rel=S("hamngatan hamngatans")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "vattenledning": dict(
        probe=r"vattenledning",
        rel=S("vattenledning vattenledningar vattenledningen"),
        comp=S("dagvattenledning"),
    ),
    "läckande": dict(probe=r"^läckand", rel=S("läckande")),
    "geoteknisk": dict(
        probe=r"geotekn",
        rel=S("geoteknisk geotekniska"),
        nei=S("geoteknik geotekniken geotekniker geoteknikern geoteknikerna"),
    ),
    "tillfällig": dict(probe=r"tillfäll", rel=S("tillfällig tillfälliga tillfälligt")),
    "boende": dict(probe=r"boend", rel=S("boende boendet")),
    "eftersatt": dict(probe=r"eftersat", rel=S("eftersatt eftersatta")),
    "underhåll": dict(probe=r"underhåll", rel=S("underhåll underhållet")),
    "hålrum": dict(probe=r"hålrum", rel=S("hålrum hålrummen hålrummet")),
    "mark": dict(
        probe=r"mark|märk",
        rel=S("mark marken"),
        comp=S("markförhållandena markradar markradarn markundersökningar"),
        dc=S("markbyggarna markbyggarnas"),
        no=S("blåmärken markant markeras märke märkte"),
    ),
    "förlorad": dict(probe=r"^förlor", rel=S("förlorade"), nei=S("förlora förlorar")),
    "intäkt": dict(probe=r"intäkt", rel=S("intäkter")),
    "hotell": dict(probe=r"hotell", rel=S("hotell hotellet"), comp=S("hotellrum")),
    "västtrafik": dict(probe=r"västtrafik", rel=S("västtrafik västtrafiks")),
    "ersättningsbuss": dict(probe=r"ersättningsbuss", rel=S("ersättningsbussar ersättningsbussarna ersättningsbussen")),
    "sgi": dict(probe=r"^sgi", rel=S("sgi")),
    "boverket": dict(probe=r"boverk", rel=S("boverket")),
    "butik": dict(
        probe=r"butik",
        rel=S("butik butiken butiker butikerna"),
        comp=S("butikskedjor butiksägare citybutikerna skobutik skobutiken"),
        dc=S("butiksbladet butiksbladets"),
    ),
    "nordstan": dict(probe=r"nordstan", rel=S("nordstan")),
    "stockholm": dict(probe=r"stockholm", rel=S("stockholm")),
    "malmö": dict(probe=r"malmö", rel=S("malmö")),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsfrågan ansvarsfullt"),
        no=S("ansvarar ansvariga driftansvarige pressansvarige"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("raset", "inflection", False, ("term", "ras")),
    ("läckan", "inflection", False, ("term", "läcka")),
    ("kulverten", "inflection", False, ("term", "kulvert")),
    ("undersökningen", "inflection", False, ("term", "undersökning")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("kunderna", "inflection", False, ("term", "kund")),
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("bussarna", "inflection", False, ("term", "buss")),
    ("sprickorna", "inflection", False, ("term", "spricka")),
    ("tunnlar", "syncope", False, ("term", "tunnel")),
    ("cyklarna", "syncope", False, ("term", "cykel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("kablarna", "syncope", False, ("term", "kabel")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("natt", "umlaut", False, ("term", "natt")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("hand", "umlaut", False, ("term", "hand")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("ledning", "compound", True, ("term", "ledning")),
    ("läge", "compound", True, ("term", "läge")),
    ("källare", "compound", True, ("term", "källare")),
    ("spår", "compound", True, ("term", "spår")),
    ("lera", "compound", True, ("term", "lera")),
    ('"Östra Hamngatan"', "phrase", False, ("phrase", ["östra", "hamngatan"])),
    ('"hål i gatan"', "phrase", False, ("phrase", ["hål", "i", "gata"])),
    ('"läckande vattenledning"', "phrase", False, ("phrase", ["läckande", "vattenledning"])),
    ('"geotekniska undersökningar"', "phrase", False, ("phrase", ["geoteknisk", "undersökning"])),
    ('"tillfälligt boende"', "phrase", False, ("phrase", ["tillfällig", "boende"])),
    ('"eftersatt underhåll"', "phrase", False, ("phrase", ["eftersatt", "underhåll"])),
    ('"hålrum i marken"', "phrase", False, ("phrase", ["hålrum", "i", "mark"])),
    ('"förlorade intäkter"', "phrase", False, ("phrase", ["förlorad", "intäkt"])),
    ("kulverten vattenledningen", "boolean", False, ("and", ["kulvert", "vattenledning"])),
    ("evakueringen hotell", "boolean", False, ("and", ["evakuering", "hotell"])),
    ("Västtrafik OR ersättningsbussar", "boolean", False, ("or", ["västtrafik", "ersättningsbuss"])),
    ("raset -bussen", "boolean", False, ("not", "ras", "buss")),
    ("SGI OR Boverket", "boolean", False, ("or", ["sgi", "boverket"])),
    ("butikerna -Nordstan", "boolean", False, ("not", "butik", "nordstan")),
    ("Stockholm Malmö", "boolean", False, ("and", ["stockholm", "malmö"])),
    ("källa:Älvposten kulverten", "filter", False, ("filter", "Älvposten", "kulvert")),
    ("källa:Fyrtorn evakueringen", "filter", False, ("filter", "Fyrtorn", "evakuering")),
    ("källa:Kvällsblixten bussen", "filter", False, ("filter", "Kvällsblixten", "buss")),
    ("källa:Anläggaren undersökningen", "filter", False, ("filter", "Anläggaren", "undersökning")),
    ("källa:Butiksbladet kunderna", "filter", False, ("filter", "Butiksbladet", "kund")),
    ("typ:opinion underhållet", "filter", False, ("filter", "opinion", "underhåll")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("hål", "trap", False, ("term", "hål")),
    ("rör", "trap", False, ("term", "rör")),
    ("kö", "trap", False, ("term", "kö")),
    ("gåta", "trap", False, ("term", "gåta")),
    ("bro", "trap", False, ("term", "bro")),
    ("kant", "trap", False, ("term", "kant")),
    ("sand", "trap", False, ("term", "sand")),
    ("lock", "trap", False, ("term", "lock")),
    ("val", "trap", False, ("term", "val")),
    ("arm", "trap", False, ("term", "arm")),
    ("rost", "trap", False, ("term", "rost")),
    ("gas", "trap", False, ("term", "gas")),
    ("lån", "trap", False, ("term", "lån")),
]

HEADER = """# corpus_sinkhole.json – judging notes

Invented crisis: shortly before eight on Tuesday 10 February 2026, in the morning rush, a stretch of Östra Hamngatan at the corner of Kyrkogatan in central Göteborg (Inom Vallgraven) caves in under an articulated bus of Västtrafik; the rear of the bus hangs in a hole about twelve metres long and six deep, later sixteen and seven, seven people (the driver among them) go to Sahlgrenska, and the bus is lifted out by a mobile crane in the evening. Underneath runs a cast-iron water main from 1926 whose joint has slid apart and leaked for months, and a brick culvert from the 1860s, built when parts of the canal system were filled in, whose vault had cracked and which was missing from the city's digital pipe map; the leaking water washed sand and gravel from the fill into the culvert and out towards Stora Hamnkanalen, leaving a void under a thin crust of asphalt. Residents had reported cracks and a sinking pavement since November, Kretslopp och vatten had measured an unexplained rise in consumption since December and postponed the leak search for lack of staff, tram drivers had reported a dip in the track, a 2019 consultant's report had warned of voids along old culverts, and the contractor Markbyggarna Väst AB had made a soil survey for Trafikkontoret in autumn 2025 with six boreholes, none near the culvert. Then to mid-May: two residential buildings and an office building evacuated (64 residents to hotels, then furnished temporary flats; Kyrkogatan 42 needs new piles and its residents cannot return before August; one 78-year-old resident moves away), 2 000 households without water for three days, gas and fibre cut, trams through the centre stopped for seven weeks (10 February to 30 March) with replacement buses, queues, cyclists and traffic jams, shops and a café losing their customers, the city's temporary support and a lawsuit by 23 businesses, the investigation by Statens geotekniska institut (SGI: a systemic failure, report on 14 April), a police inquiry for allmänfarlig vårdslöshet that is closed in May, the bus driver who cannot drive again, inventories of culverts in Göteborg, Uppsala, Borås, Stockholm and Malmö, Svenskt Vatten's figures on the renewal rate of pipes, a debate in the Riksdag, a higher water tariff in Göteborg and the coming election in September. Places and public bodies are real (Östra, Södra, Västra and Norra Hamngatan, Kyrkogatan, Kungsgatan, Magasinsgatan, Kungsportsplatsen, Brunnsparken, Järntorget, Domkyrkan, Stora Hamnkanalen, Hisingsbron, Götatunneln, Nordstan, Johanneberg, Heden, Lerum, Alingsås; Göteborgs stad with Trafikkontoret, Kretslopp och vatten and Stadsbyggnadskontoret, Västtrafik, Göteborgs Spårvägar, Göteborg Energi, Räddningstjänsten Storgöteborg, Sahlgrenska, SGI, Boverket, Svenskt Vatten, Svensk Handel, Hyresgästföreningen, Stockholm Vatten och Avfall, VA SYD; their actions are invented); the contractor Markbyggarna Väst AB, the digging contractor Västbygg Anläggning AB, the property owner Fastighets AB Hamnkvarteret, the shops, every person and all six outlets are invented: Älvposten (local daily, with leaders and letters), Nyhetsbyrån Fyrtorn (wire service), Kvällsblixten (tabloid, headline style: *JUST NU*, *AVSLÖJAR*, capitals; columns), Anläggaren (trade paper for civil engineering, water and sewage, with debate articles), Radio Bryggan (local radio, with quotes and commentary) and Butiksbladet (retail trade paper, one debate article). 121 articles (103 news, 18 opinion: leaders, letters, columns, debate articles, radio commentary), published 13 January to 15 May 2026, +01:00 until 28 March and +02:00 from 30 March. The ids B001–B121 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *rör* (*det rör sig om*; every *rör* is a pipe), the infinitive *läcka* and *spricka* (every *läcka*, *spricka* is the noun; the verbs appear only as *läcker*, *läckande*, *spruckit*), the present tense *cyklar* (every *cyklar* is the plural noun), *kön* (gender; *kö* forms are queues only), *val* meaning a choice (every *val*, *valet* is an election), *ledning* meaning management (*ledningen*, *krisledning*, *stadsledningskontoret*; every *ledning* form is a pipe, a cable or a line), *ROT* (the tax deduction, so every *rot* is a root), *tomt* (empty or a plot), *lager* (a layer or a stock), *kran* (crane or tap; not judged) and *arm* other than the body part. *läge* is judged as one noun in all its senses (a position, the situation, an opportunity); *botten* in *gå till botten med* and *hand* in *ta om hand* are the nouns.

How the lists were made: src/sinkhole_articles.py holds the texts and src/sinkhole_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, sand/sänd, lån/län, gas/gäst, fot/föt, bror/bröd, natt/nät, rot/röt, stad/städ) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* takes every word that begins with *kö* and the queue forms anywhere (*bilköer*), since *ko-* and *-kö-* are inside hundreds of unrelated words; *lera* is probed from the start of the word and as *lera*/*leran* anywhere. Tokens are runs of letters, so *SGI:s*, *VA-nät*, *gatu- och spårarbeten* and *HDK-Valand* are split. `python3 sinkhole_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -u- *gatu-* (in *gatu- och spårarbeten*), shortened *gatsten*; -o- *Kyrkogatan*, *kyrkoherden*; -e- *tjänsteman*; -s- *olycksplatsen*, *lägesbild*, *räddningstjänsten*, *ledningsnätet*; none *vattenledning*, *Domkyrkan*, *spårvagn*, *spårläget*, *källarförråd*, *Göteborgsleran*, *Hamngatan*, *Magasinsgatan*, *gaturaset*. A word inside a longer compound is don't care: *Domkyrkoförsamlingen* for `kyrka`. Street names ending in *-gatan* are compounds of `gata`, so nearly every article is relevant to it.
- **gata** (compound): *gåta*, *gåtan* → must_not; *gått*, *klagat*, *begåtts* are neither. **kyrka**: no lookalike in the texts. **tjänst**: *förtjänar* → must_not. **olycka**: *olycklig*, *olyckligtvis* (another word class, another meaning) → must_not. **ledning**: *anledning* (a reason, a word that only looks like a compound) → must_not. **läge**: *lägenhet* and all its forms (an apartment) → must_not; *spårläget*, *lägesbild* compounds. **källare**: *källor* (sources, in *Enligt Kvällsblixtens källor*) → must_not. **spår**: *spara*, *besparingarna* → must_not; *Brunnsparken* is neither. **lera**: the place name *Lerum* → must_not; *flera*, *kontrolleras*, *möblerade* are neither.
- **raset**: the verb *rasa*, *rasade*, *rasar*, *rasat* → must_not, even where the article reports the cave-in itself (*Gata rasade i centrala Göteborg*); passives in *-eras* are neither. **läckan**: *läcker*, *läckande* (the verb) → must_not, also in *en läckande vattenledning*; *läckage*, *läckaget* (another noun, a derivation) → don't care; *läcksökning* compounds. **kulverten**: *kulverterades* → must_not. **undersökningen**: *undersöka*, *undersöker* → must_not; *förundersökning(en)* (the police's preliminary investigation) → don't care; *markundersökningar* compound. **ersättningen**: *ersätta*, *ersätter*, *ersatts* → must_not; *ersättningsbussar* compound; *eftersatt* is neither. **kunderna**: *kunde* → must_not; *kortkunder* compound; *sekunder* is neither. **evakueringen**: *evakuerade* (participle and verb) → must_not. **bussarna**: only the noun and compounds (*ledbussen*, *bussföraren*, *ersättningsbussar*). **sprickorna**: *spruckit* → must_not.
- **tunnlar**: the adjective *tunn* → must_not; *Götatunneln* compound. **cyklarna**: *cykla*, *cyklade* → must_not; *cyklister* (another noun) → don't care; *cykelbana*, *cykelvagn* compounds. **medlen**: *medlemmar* → must_not. **kablarna**, **bottnen**: no lookalike; *fiberkablar*, *bottenvåningen* compounds; *riskabla* and *bott* are neither. **vädret**: *vädjar* → must_not.
- **städer**: *bostäder*, *bostadshus*, *bostadsministern*, *verkstad* (compounds that only look like it) and *stadigt* → must_not; *Göteborgs stad*, *Borås Stad*, *Göteborgs stads* are the noun; *innerstaden*, *stadsdelar*, *Stadsmissionen*, *stadsgas* compounds. **fötter**: *fotograf*, *fotoalbumen* → must_not. **bröderna**: *bröd*, *brödet* → must_not. **natt**: *nätet*, *nät* and its compounds (*ledningsnätet*, *fibernätet*, *spindelnät*, *VA-nät*) → must_not. **rötter**: *rotade* → must_not; *trädrötter* compound; *trots*, *brott*, *trottoar* are neither. **hand**: *handel*, *handeln*, *handla*, *handlar*, *handlare*, *handlarna*, *hände*, *upphandlingen* → must_not; *handritade* compound; *i efterhand* → don't care.
- **Traps.** **hål**: *håll*, *hålla*, *håller*, *hållit*, *hållplatsen*, *hushåll*, *underhåll*, *underhållet*, *markförhållandena* → must_not; *hålrum*, *slukhål*, *borrhål*, *potthål* compounds; *håligheter* (a derivation) → don't care. **rör**: *berörs*, *berörts*, *rörelser*, *valrörelsen* → must_not; *gjutjärnsrör*, *betongrör*, *rörbrott* compounds. **kö**: *kör*, *köra*, *kört*, *köpcentrum(ets)* → must_not; *bilköer* compound. **gåta**: every form of *gata* and the street names in *-gatan* (diacritic lookalikes) and *gått* → must_not. **bro**: *bror*, *brodern*, *brott*, *avbrott*, *rörbrott* → must_not; *Hisingsbron*, *Kungsportsbron* compounds. **kant**: *kantade*, *markant* → must_not; *trafikanter* is neither. **sand**: *sände* and the surnames *Sandberg*, *Sandén* → must_not; *insändare* is neither. **lock**: *klockan*, *klocka*, *väckarklocka*, *lockade* → must_not; *brunnslock* compound. **val**: *valv*, *valvet*, *valde*, *Vallgraven* (*Inom Vallgraven*) and *HDK-Valand* → must_not; *valrörelsen*, *valurnorna*, *valår* compounds; *förvaltningen*, *Sundsvall* are neither. **arm**: *larm*, *larmade*, *larmar*, *larmat*, *varma*, *varmare* → must_not. **rost**: *frosten* → must_not. **gas**: *Hyresgästföreningen* (a diacritic lookalike) and *Magasinsgatan* → must_not; *gasledning*, *stadsgas* compounds; *gasolkök* → don't care. **lån**: *lång*, *långa*, *långt*, *långsamt*, *långvarig*, *länge*, *längre*, *längs*, *längst*, *längd*, *livslängd*, *förlängt* and the verb *låna*, *lånad* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *Östra Hamngatans* counts; *husets östra gavel* with *Södra Hamngatan* → must_not. *hål i gatan*, *Hålet i gatan* relevant; *hål i cykelbanorna* with *gator* elsewhere, *ett hål under gatan*, *buss fast i hålet* with *Gata* → must_not; where the only *gata* is inside a street name the article is don't care. *läckande vattenledning(en)* relevant; *den läckande huvudledningen* with *vattenledningen* elsewhere → must_not. Forms of *geoteknisk* are *geoteknisk*, *geotekniska*: *den geotekniska undersökningen*, *en geoteknisk undersökning* relevant; *Statens geotekniska institut* with *undersökning* elsewhere → must_not. *tillfälligt boende*, *det tillfälliga boendet*, *sitt tillfälliga boende* relevant; *tillfälliga lägenheter* with *Boende* (residents) elsewhere → must_not. *det eftersatta underhållet* relevant; *Underhållet har varit eftersatt* (reversed) → must_not. *hålrum i marken* relevant; *hålrum finns under marken* → must_not. Forms of *förlorad* are *förlorad*, *förlorade*: *förlorade intäkter* relevant; *Vi förlorade nästan alla intäkter* (apart) → must_not; *förlorar*, *förlora* are neither.
- **Booleans**: AND – an article with only some terms (or a lookalike of one, such as *kulverterades* or *evakuerade*) is must_not; one where a missing term is only inside a compound would be don't care (no such article here). NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*ledbussen*, *ersättningsbussar*, *bussföraren*), don't care. OR – *Västtrafiks* is *Västtrafik*; *SGI:s* is *SGI*.
- **Filters**: `källa:` matches one word of the outlet's name (*Älvposten*, *Fyrtorn*, *Kvällsblixten*, *Anläggaren*, *Butiksbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*ansvarar*, *ansvariga*, *pressansvarige* for `ansvaret`; *ansvarsfrågan*, *ansvarsfullt* are compounds).
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("sinkhole", "B", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
