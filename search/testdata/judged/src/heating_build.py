#!/usr/bin/env python3
"""Builds corpus_heating.json and corpus_heating.md from heating_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 heating_build.py [-v]
"""

import fire_build
from heating_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "kyla": dict(
        probe=r"kyl",
        rel=S("kyla kylan"),
        no=S("kylig kyls nedkyld nedkylning"),
        nei=S("förskyllan skyldigheter skylla"),
    ),
    "panna": dict(
        probe=r"pann",
        rel=S("panna pannan pannor pannorna"),
        comp=S("biopanna biopannan elpanna elpannan fastbränslepanna oljepanna oljepannor reservpanna reservpannan "
               "reservpannans reservpannor vedpanna"),
        no=S("pannkakor"),
    ),
    "läcka": dict(
        probe=r"läck",
        rel=S("läcka läckan"),
        no=S("läckte"),
    ),
    "element": dict(
        probe=r"element",
        rel=S("element elementen"),
        comp=S("elelement elelementen"),
        no=S("elementärt"),
    ),
    "avbrott": dict(
        probe=r"avbr[oöu]",
        rel=S("avbrott avbrottet"),
        comp=S("elavbrott strömavbrott"),
        no=S("avbröt"),
    ),
    "ersättning": dict(
        probe=r"^ersätt|^ersatt",
        rel=S("ersättning ersättningen"),
        no=S("ersatts ersätta"),
    ),
    "reparation": dict(
        probe=r"repar",
        rel=S("reparationen reparationer"),
        no=S("reparerat"),
    ),
    "flytt": dict(
        probe=r"flytt",
        rel=S("flytt flytten"),
        no=S("flytta flyttades flyttar flyttas flyttat flyttats"),
    ),
    "hyresgäst": dict(
        probe=r"hyresgäst",
        rel=S("hyresgäst hyresgäster hyresgästerna"),
        comp=S("hyresgästföreningen"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("fjärrvärmevattnet varmvatten varmvattenberedare vattenflaskor vattenledning vattenrören vattenskador "
               "vattenskadorna"),
    ),
    "termometer": dict(
        probe=r"termomet",
        rel=S("termometern termometrar termometrarna"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster mönstret"),
        no=S("mönstrat"),
    ),
    "väder": dict(
        probe=r"väd|vädr",
        rel=S("väder vädret"),
        comp=S("väderexpert"),
        no=S("vädra"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hindret"),
        no=S("hindrade"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("läkemedel"),
        dc=S("livsmedelsbutiken"),
        no=S("medlemmar omedelbar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"^stan$|stad|städ",
        rel=S("stad staden stan städer städerna"),
        no=S("bostad bostadsbolag bostadsrättsföreningen bostäder bostäderna flerbostadshus storstädas städade"),
        nei=S("kostade vinterutrustad överbelastades"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder"),
        comp=S("skogsbränder"),
        no=S("biobränsle brandin brandt bränsle bränsletank fastbränslepanna förbränningen"),
        nei=S("branschen byggbranschen fjärrvärmebranschen brunnarna brunnslocken"),
    ),
    "fot": dict(
        probe=r"f[oö]t|fött",
        rel=S("fötter fötterna"),
        comp=S("fotknölarna takfoten"),
        no=S("fotogenlampor fotograf fotografera fotot"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^n[aä]t|nät$|nätet$|näten$|näts",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattetid nattpasset vinternatt"),
        no=S("elnät elnätet elnätsbolag elnätsbolagen fjärrvärmenät fjärrvärmenäten fjärrvärmenätet kraftnät "
             "ledningsnätet nätchefen näten nätet stamnätet"),
        nei=S("nationell nationella"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet landets länder länderna"),
        dc=S("finland jämtland norrland svealand tyskland utmeland"),
        no=S("landade"),
        nei=S("bland gnisslande pressmeddelande snöblandat uttalande"),
    ),
    "bror": dict(
        probe=r"br[oö]d|bror",
        rel=S("bror bröderna"),
        no=S("bröd"),
    ),
    # --- compounds ---
    "värme": dict(
        probe=r"v[äa]rm",
        rel=S("värme värmen"),
        comp=S("bergvärme fjärrvärme fjärrvärmen värmebehovet värmeberedskap värmecentral värmekabel värmekabeln "
               "värmekris värmekrisen värmekällor värmestuga värmestugan värmestugor värmestugorna värmeverk "
               "värmeverket"),
        dc=S("fjärrvärmebolag fjärrvärmebolagen fjärrvärmebranschen fjärrvärmekunderna fjärrvärmelagen fjärrvärmenät "
             "fjärrvärmenäten fjärrvärmenätet fjärrvärmeområdet fjärrvärmepriset fjärrvärmevattnet ouppvärmt "
             "uppvärmning"),
        no=S("varm varma varmt varmvatten varmvattenberedare värma värmas värmde värmdes värmer värms värmts"),
    ),
    "ledning": dict(
        probe=r"ledning",
        rel=S("ledning ledningar ledningarna ledningen"),
        comp=S("huvudledning huvudledningarna huvudledningen krisledning ledningsnätet oljeledning oljeledningen "
               "vattenledning"),
        no=S("anledningen"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gata gatan"),
        comp=S("fridhemsgatan gatukontoret kyrkogatan strandgatan vasagatan"),
        no=S("gåta"),
        nei=S("avgått dieselaggregat efterfrågat frågat gått lagat legat reservaggregat"),
    ),
    "olja": dict(
        probe=r"olj",
        rel=S("olja oljan"),
        comp=S("eldningsolja oljeeldade oljefyllda oljekraftverk oljeledning oljeledningen oljeleverantören oljepanna "
               "oljepannor"),
        no=S("oljud"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogatan kyrkoherden"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören röret"),
        comp=S("rörmokare rörmokaren rörmokarna stålröret vattenrören"),
        no=S("berörda röra rörde rörligt upprörda"),
    ),
    "el": dict(
        probe=r"^el|el$",
        rel=S("el elen"),
        comp=S("elavbrott elbilar elelement elelementen elfel elförbrukningen elkraftteknik elnät elnätet elnätsbolag "
               "elnätsbolagen elområde elpanna elpannan elpris elpriset elsystemet elverk"),
        no=S("del eld elda eldas eldningsolja element elementen elementärt elever eleverna eller elva enkel exempel "
             "fel femtedel hel läkemedel materiel medel mikael mögel regel reservdel reservväxel telefonväxel varsel "
             "värmekabel"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft"),
        comp=S("kraftnät"),
        dc=S("elkraftteknik oljekraftverk"),
        no=S("kraftigt"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skolan skolans skolor skolorna"),
        comp=S("färnässkolan förskola förskolor förskolorna grundskolor grundskolorna högskolan noretskolan "
               "noretskolans skolstart"),
        no=S("skolade"),
    ),
    # --- traps ---
    "is": dict(
        probe=r"^is|is$|isen$|isens$",
        rel=S("is isen"),
        comp=S("iskalla istappar"),
        no=S("elpris energis isolering isoleringen kris krisen polisen precis värmekris värmekrisen överpris"),
    ),
    "ånga": dict(
        probe=r"ånga|ångan|ångor|^ång",
        rel=S("ånga ångan"),
        no=S("framgångar gångarna långa meterlånga många omgångar"),
    ),
    "kol": dict(
        probe=r"kol",
        rel=S("kol kolet"),
        comp=S("kolmonoxidförgiftning"),
        no=S("färnässkolan förskola förskolor förskolorna grundskolor grundskolorna halkolyckor högskolan koll kolumn "
             "noretskolan noretskolans protokoll skolade skolan skolans skolor skolorna skolstart styrelseprotokoll"),
    ),
    "kall": dict(
        probe=r"kall",
        rel=S("kall kalla kallare kallast kallaste kallt"),
        comp=S("iskalla"),
        no=S("kallar kallas kallat"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taken taket"),
        comp=S("takfoten"),
        no=S("kontakt kontakta kontaktcenter takt"),
    ),
    "rost": dict(
        probe=r"rost",
        rel=S("rost rosten"),
        no=S("frost rostat"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum"),
        comp=S("hotellrum klassrum sovrum sovrummet vardagsrummet"),
        no=S("centrum"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        no=S("eldningsolja gasolkamin gasolkaminer hemvärnssoldater hemvärnssoldaterna isolering isoleringen soldater "
             "solidaritet solveig välisolerade"),
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("armen"),
        no=S("farmor trygghetslarm varm varma varmt varmvatten varmvattenberedare"),
    ),
    "verk": dict(
        probe=r"verk",
        rel=S("verk verket"),
        comp=S("boverket boverkets elverk lisselbyverket oljekraftverk värmeverk värmeverket"),
        dc=S("hantverkarna"),
        no=S("påverkar påverkas specialtillverkade specialtillverkas verkan verkar verklig verksamheten"),
    ),
    "aska": dict(
        probe=r"ask",
        rel=S("askan"),
        comp=S("askskruv askskruvar askskruven askutmatningen"),
        no=S("ask vattenflaskor"),
        nei=S("grävmaskin"),
    ),
    "hål": dict(
        probe=r"h[åa]l",
        rel=S("hål"),
        no=S("glashalt hal halkade halkolyckor halt halvtimme hushåll hushållen hushålls håll hålla håller hållit hålls "
             "innehåller underhåll underhållet underhållsplan vinterhalvåret"),
    ),
    "kök": dict(
        probe=r"k[oö]k",
        rel=S("kök köket"),
        comp=S("köksbordet storkök"),
        no=S("kokade kokat koks"),
    ),
    # --- words of phrases, booleans and filters ---
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "eftersatt": dict(probe=r"eftersat", rel=S("eftersatt eftersatta")),
    "underhåll": dict(
        probe=r"underhåll",
        rel=S("underhåll underhållet"),
        comp=S("underhållsplan"),
    ),
    "mobil": dict(probe=r"^mobil", rel=S("mobila")),
    "frusen": dict(
        probe=r"^frus|frös|frys",
        rel=S("fruset frusna"),
        nei=S("frusit frustrerande frysa fryser frös"),
    ),
    "ta": dict(probe=r"^(ta|tar|tog|tagit|tas|tagits)$", rel=S("ta tagit tar tas tog")),
    "risk": dict(
        probe=r"risk",
        rel=S("risk risken"),
        dc=S("självrisken"),
        no=S("provisorisk provisoriska"),
        nei=S("riskerar"),
    ),
    "för": dict(probe=r"^för$", rel=S("för")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "källare": dict(probe=r"källar", rel=S("källare källaren")),
    "ansträngd": dict(probe=r"ansträng", rel=S("ansträngda ansträngt")),
    "elnät": dict(
        probe=r"elnät",
        rel=S("elnät elnätet"),
        comp=S("elnätsbolag elnätsbolagen"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsfrihet"),
        nei=S("ansvarar ansvarig pressansvariga"),
    ),
    "hemtjänst": dict(probe=r"hemtjänst", rel=S("hemtjänst hemtjänsten hemtjänstens")),
    "korttidsboende": dict(probe=r"korttidsboend", rel=S("korttidsboende korttidsboenden korttidsboendet")),
    "orsa": dict(
        probe=r"^orsa|orsak",
        rel=S("orsa"),
        no=S("orsaka orsakades orsaken"),
    ),
    "älvdalen": dict(probe=r"älvdal", rel=S("älvdalen")),
    "energimarknadsinspektionen": dict(probe=r"energimarknadsinsp", rel=S("energimarknadsinspektionen")),
    "boverket": dict(probe=r"boverk", rel=S("boverket boverkets")),
    "vd": dict(probe=r"^vd$", rel=S("vd")),
    "kommunrevision": dict(
        probe=r"revision|revisor",
        rel=S("kommunrevisionen kommunrevisionens"),
        dc=S("revisionens revisorer revisorerna revisorernas"),
    ),
    "värmestuga": dict(probe=r"värmestug", rel=S("värmestuga värmestugan värmestugor värmestugorna")),
    "hyresgästföreningen": dict(probe=r"hyresgästför", rel=S("hyresgästföreningen")),
    "vattenskada": dict(probe=r"vattenskad", rel=S("vattenskador vattenskadorna")),
    "elelement": dict(probe=r"elelement", rel=S("elelement elelementen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("kylan", "inflection", False, ("term", "kyla")),
    ("pannorna", "inflection", False, ("term", "panna")),
    ("läckan", "inflection", False, ("term", "läcka")),
    ("elementen", "inflection", False, ("term", "element")),
    ("avbrottet", "inflection", False, ("term", "avbrott")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("reparationen", "inflection", False, ("term", "reparation")),
    ("flytten", "inflection", False, ("term", "flytt")),
    ("hyresgästerna", "inflection", False, ("term", "hyresgäst")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("termometrar", "syncope", False, ("term", "termometer")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("länder", "umlaut", False, ("term", "land")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("värme", "compound", True, ("term", "värme")),
    ("ledning", "compound", True, ("term", "ledning")),
    ("gata", "compound", True, ("term", "gata")),
    ("olja", "compound", True, ("term", "olja")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("rör", "compound", True, ("term", "rör")),
    ("el", "compound", True, ("term", "el")),
    ("kraft", "compound", True, ("term", "kraft")),
    ("skola", "compound", True, ("term", "skola")),
    ('"utan värme"', "phrase", False, ("phrase", ["utan", "värme"])),
    ('"eftersatt underhåll"', "phrase", False, ("phrase", ["eftersatt", "underhåll"])),
    ('"mobila pannor"', "phrase", False, ("phrase", ["mobil", "panna"])),
    ('"frusna rör"', "phrase", False, ("phrase", ["frusen", "rör"])),
    ('"risk för brand"', "phrase", False, ("phrase", ["risk", "för", "brand"])),
    ('"vatten i källaren"', "phrase", False, ("phrase", ["vatten", "i", "källare"])),
    ('"ansträngt elnät"', "phrase", False, ("phrase", ["ansträngd", "elnät"])),
    ('"ta ansvar"', "phrase", False, ("phrase", ["ta", "ansvar"])),
    ("hemtjänsten korttidsboende", "boolean", False, ("and", ["hemtjänst", "korttidsboende"])),
    ("Orsa OR Älvdalen", "boolean", False, ("or", ["orsa", "älvdalen"])),
    ("värmestugor -kyrkan", "boolean", False, ("not", "värmestuga", "kyrka")),
    ("elnätet elelement", "boolean", False, ("and", ["elnät", "elelement"])),
    ("hyresgästerna -Hyresgästföreningen", "boolean", False, ("not", "hyresgäst", "hyresgästföreningen")),
    ("Energimarknadsinspektionen OR Boverket", "boolean", False, ("or", ["energimarknadsinspektionen", "boverket"])),
    ("vd kommunrevisionen", "boolean", False, ("and", ["vd", "kommunrevision"])),
    ("källa:Gesunda värmestugor", "filter", False, ("filter", "Gesunda", "värmestuga")),
    ("källa:Rimfrost avbrottet", "filter", False, ("filter", "Rimfrost", "avbrott")),
    ("källa:Kvällsvakten hemtjänsten", "filter", False, ("filter", "Kvällsvakten", "hemtjänst")),
    ("källa:Kulvert underhållet", "filter", False, ("filter", "Kulvert", "underhåll")),
    ("källa:Kvadrant elnätet", "filter", False, ("filter", "Kvadrant", "elnät")),
    ("källa:Siljansbladet vattenskador", "filter", False, ("filter", "Siljansbladet", "vattenskada")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("is", "trap", False, ("term", "is")),
    ("ånga", "trap", False, ("term", "ånga")),
    ("kol", "trap", False, ("term", "kol")),
    ("kall", "trap", False, ("term", "kall")),
    ("tak", "trap", False, ("term", "tak")),
    ("rost", "trap", False, ("term", "rost")),
    ("rum", "trap", False, ("term", "rum")),
    ("sol", "trap", False, ("term", "sol")),
    ("arm", "trap", False, ("term", "arm")),
    ("verk", "trap", False, ("term", "verk")),
    ("aska", "trap", False, ("term", "aska")),
    ("hål", "trap", False, ("term", "hål")),
    ("kök", "trap", False, ("term", "kök")),
]

HEADER = """# corpus_heating.json – judging notes

Invented crisis: in the night to Tuesday 19 January 2027, in a cold snap that SMHI had warned of (down to minus 34 degrees at Mora-Siljan flygplats on Thursday 21 January), the district heating of Mora in Dalarna fails. At Lisselbyverket, the plant of the municipally owned Noret Energi AB, the ash screw (askskruven) of boiler 1 jams, the oil-fired reserve boiler from 1979 does not start because the oil in its unheated line has thickened, and boiler 2 has stood still since October waiting for a spare part; in the afternoon a corroded main under Kyrkogatan bursts when the pressure varies. About 7 000 households (flats and several hundred villas) are without heat and hot water for four days. The municipality opens heating centres (värmestugor) in Noretskolan, Färnässkolan and the parish hall at Mora kyrka and closes the schools; home care (hemtjänsten) visits its clients, 46 elderly people are moved to short-term care (korttidsboende) and a hotel, and a 91-year-old woman is taken hypothermic to Mora lasarett; hemvärnet, Frivilliga resursgruppen, Röda korset and the parish help; a plane with spare parts lands, and mobile oil boilers come from Norway, Finland, Orsa and Älvdalen. Electric heaters sell out, the local grid is strained (a three-hour outage in Östnor and Nusnäs), the electricity price rises, three flat fires are tied to heaters and a family is poisoned by a gas heater; frozen and burst pipes flood cellars and plumbers are booked until Easter. Heat is back on Saturday 23 January. The articles follow the months before (deferred maintenance, a delayed new boiler, reserve funds put off to 2028), the crisis, and the aftermath to May 2027: an internal report from 2025 that had warned of both faults, the company's chief Kent Hedlund questioned and leaving with a year's pay, the board and the municipality's ownership criticised, Kommunrevisionen's review and a remark from fullmäktige, Energimarknadsinspektionen's supervision and decision, IVO's review of the moves of the elderly, compensation to customers and rent reductions for Morahem's tenants, insurance claims, a government commission to Energimarknadsinspektionen and Boverket, new routines, 38 million kronor for reserves, state aid and the start of a new biomass boiler. Places and public bodies are real (Mora with Noret, Lisselby, Morkarlby, Färnäs, Östnor, Nusnäs, Vinäs and Utmeland; Orsa, Älvdalen, Rättvik, Leksand, Borlänge, Särna, Idre, Ljusdal, Malung, Gävle; Mora lasarett, Mora-Siljan flygplats, Region Dalarna, Länsstyrelsen i Dalarnas län, SMHI, Svenska kraftnät, Energimarknadsinspektionen, Boverket, IVO, Försvarsmakten, hemvärnet and Dalregementsgruppen, Högskolan Dalarna, Energiföretagen Sverige, Hyresgästföreningen, Röda korset, Civilförsvarsförbundet, Svenska kyrkan and Mora församling, Vasaloppet; their actions here are invented); the companies Noret Energi, Noret Elnät, Morahem and Bröderna Hanssons VVS, the plant Lisselbyverket, the rescue service's name as used, the streets as used, every person and all six outlets are invented: Siljansbladet (local daily, Mora and Ovansiljan), Radio Gesunda (local radio, with quotes), Nyhetsbyrån Rimfrost (wire service, also carrying press releases), Kvällsvakten (tabloid), Tidningen Kulvert (trade paper for district heating and energy) and Dagbladet Kvadrant (national daily). 121 articles (103 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 3 November 2026 to 26 May 2027, +01:00 until 27 March and +02:00 from 28 March 2027. The ids Y001–Y121 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *röra* in the present (*det rör sig om*; every *rör* is the pipe, the verb appears only as *röra*, *rörde*), the verb *kyla* in the infinitive (every *kyla* is the noun), the verb *läcka* in the infinitive (every *läcka* is the noun), *panna* meaning forehead, the verb *ånga*, the adjective *arm*, the noun *kall* (a calling) and the verb *kalla* in the infinitive (every *kalla* is the adjective), *äga rum*, *i själva verket*, *medel* meaning average, *till fots*.

How the lists were made: src/heating_articles.py holds the texts and src/heating_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, kök/kok, hål/hal, värme/varm, bröder/bröd, fötter/fot, nätter/nät, länder/land, städer/stad, bränder/brand) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Three probes are anchored because their letters begin or end hundreds of words: *el* (words that begin or end with *el*), *is* (words that begin with *is* or end with *is*, *isen*, *isens*) and *ånga* (*ånga*, *ångan*, *ångor* anywhere and words beginning with *ång*). Tokens are runs of letters, so *vd:n*, *SMHI:s* and hyphenated words are split. `python3 heating_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Compounds count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *ledningsnätet*; -u- *gatukontoret*; -o- *kyrkoherden*, *Kyrkogatan*; -e- *oljepanna*, *oljeeldade*, *oljeledning*; none *fjärrvärme*, *värmestuga*, *huvudledningen*, *Vasagatan*, *eldningsolja*, *vattenrören*, *elnätet*, *kraftnät*, *Noretskolan*, *förskolan*. A word inside a longer compound is don't care (*fjärrvärmebolag*, *fjärrvärmenätet* for `värme`, *elkraftteknik*, *oljekraftverk* for `kraft`, *livsmedelsbutiken* for `medlen`). A polysemous noun is one lemma: *ledningen* is relevant for `ledning` both as a pipe and as a company's management and *ersättning* both as compensation and as a substitute.

Per query, what is relevant and what is a trap:

- `kylan` (inflection): *kyla*, *kylan* (the noun); the adjective *kylig* and the verb *kyla* in *kyls*, *nedkyld*, *nedkylning* are other lemmas → must_not; *skylla*, *förskyllan*, *skyldigheter* are neither.
- `pannorna` (inflection): *panna*, *pannan*, *pannor*, *pannorna* (the boiler, also *Panna 2*); *reservpannan*, *oljepanna*, *biopannan*, *elpanna* … are compounds; *pannkakor* only looks like a compound → must_not.
- `läckan` (inflection): *läcka*, *läckan*; the verb *läckte* → must_not.
- `elementen` (inflection): *element*, *elementen* (radiators); *elelement* compound; *elementärt* (adjective, other lemma) → must_not.
- `avbrottet` (inflection): *avbrott*, *avbrottet*; *strömavbrott*, *elavbrott* compounds; *avbröt* (the verb avbryta) → must_not.
- `ersättningen` (inflection): *ersättning*, *ersättningen*; the verb *ersätta*, *ersatts* → must_not.
- `reparationen` (inflection): *reparationen*, *reparationer*; *reparerat* → must_not.
- `flytten` (inflection): *flytt*, *flytten*; every form of the verb *flytta* → must_not.
- `hyresgästerna` (inflection): *hyresgäst*, *hyresgäster*, *hyresgästerna*; *Hyresgästföreningen* compound; no lookalike in the texts.
- `vattnet` (syncope): *vatten*, *vattnet*; *varmvatten*, *vattenskador*, *vattenledning*, *vattenflaskor* … compounds; no lookalike.
- `termometrar` (syncope): *termometern*, *termometrar*, *termometrarna*; no lookalike.
- `mönstret` (syncope): *mönster*, *mönstret*; *mönstrat* (hemvärnet has called up soldiers, the verb mönstra) → must_not.
- `vädret` (syncope): *väder*, *vädret*; *väderexpert* compound; *vädra* (air a room) → must_not.
- `hindret` (syncope): *hindret*; *hindrade* → must_not.
- `medlen` (syncope): *medel*, *medlen* (funds); *läkemedel* compound, *livsmedelsbutiken* don't care; *medlemmar* and *omedelbar* → must_not.
- `städer` (umlaut): *stad*, *staden*, *stan* (colloquial for staden), *städer*, *städerna*; *bostad*, *bostäder* and their compounds, *städade*, *storstädas* → must_not; *kostade* … are neither.
- `bränder` (umlaut): *brand*, *branden*, *bränder*; *skogsbränder* compound; *bränsle*, *biobränsle*, *bränsletank*, *fastbränslepanna*, *förbränningen* and the surnames *Brandt*, *Brandin* → must_not; *bransch-* words and *brunnar* are neither.
- `fötter` (umlaut): *fötter*, *fötterna*; *fotknölarna*, *takfoten* compounds; *fotot*, *fotograf*, *fotografera*, *fotogenlampor* → must_not.
- `nätter` (umlaut): *natt*, *natten*, *nätter*, *nätterna*; *midnatt*, *nattetid*, *nattpasset*, *vinternatt* compounds; *nätet*, *näten*, *elnätet*, *stamnätet*, *ledningsnätet*, *kraftnät*, *nätchefen* … → must_not; *nationell* neither.
- `länder` (umlaut): *land*, *landet*, *landets*, *länder*, *länderna*; the names *Finland*, *Norrland*, *Jämtland*, *Svealand*, *Tyskland*, *Utmeland* → don't care (as *Kristianstad* for `stad`); *landade* → must_not; *bland*, *uttalande* … neither.
- `bröder` (umlaut): *bror*, *bröderna* (also in the firm's name *Bröderna Hanssons VVS*); *bröd* → must_not.
- `värme` (compound): *värme*, *värmen* and compounds beginning or ending with it (*fjärrvärme*, *bergvärme*, *värmestugan*, *värmeverket*, *värmekrisen*, *värmekabel*); *fjärrvärmebolag*, *fjärrvärmenätet* … (inside) and *uppvärmning*, *ouppvärmt* don't care; the adjective *varm* (*varmt*, *varma*, *varmvatten*) and the verb *värma* (*värmde*, *värms*, *värmer*) → must_not.
- `ledning` (compound): *ledning*, *ledningar*, *ledningen*; *huvudledningen*, *ledningsnätet*, *oljeledning*, *vattenledning*, *krisledning*; *anledningen* (reason) only looks like a compound → must_not.
- `gata` (compound): *gata*, *gatan*; *Vasagatan*, *Kyrkogatan*, *Strandgatan*, *Fridhemsgatan*, *gatukontoret*; *gåta* → must_not; *gått*, *lagat* … neither.
- `olja` (compound): *olja*, *oljan*; *oljepanna*, *oljeeldade*, *oljeledning*, *eldningsolja* …; *oljud* → must_not.
- `kyrka` (compound): *kyrka*, *kyrkan*; *kyrkoherden*, *Kyrkogatan*; no lookalike.
- `rör` (compound): *rör*, *rören*, *röret*; *rörmokare*, *vattenrören*, *stålröret*; the verb *röra*, *rörde*, the adjective *rörligt* and *berörda*, *upprörda* → must_not.
- `el` (compound): *el*, *elen*; *elnätet*, *elelement*, *elpriset*, *elverk*, *elpanna*, *elavbrott* …; *eller*, *elva*, *elever*, *element*, *elementärt*, *eld*, *elda*, *eldas*, *eldningsolja*, and words ending in *-el* that are not electricity (*fel*, *del*, *hel*, *reservdel*, *medel*, *läkemedel*, *regel*, *exempel*, *enkel*, *mögel*, *varsel*, *materiel*, *värmekabel*, *telefonväxel*, *Mikael*) → must_not.
- `kraft` (compound): *kraft*; *kraftnät*; *elkraftteknik*, *oljekraftverk* don't care; the adjective *kraftigt* → must_not.
- `skola` (compound): *skolan*, *skolans*, *skolor*, *skolorna*; *Noretskolan*, *Färnässkolan*, *förskolan*, *grundskolor*, *Högskolan*, *skolstart*; *skolade* (trained) → must_not.
- `"utan värme"` (phrase): *utan värme* adjacent; *utan fjärrvärme* only a compound → don't care; *värmen utan egen förskyllan* (reversed) → must_not.
- `"eftersatt underhåll"` (phrase): *eftersatt underhåll*, *det eftersatta underhållet*; *Underhållet har varit eftersatt* → must_not.
- `"mobila pannor"` (phrase): *mobila pannor*, *de mobila pannorna*; *pannor … De är mobila* → must_not.
- `"frusna rör"` (phrase): *frusna rör*; *frusna och spruckna rör* → must_not; *frusit*, *frös* are the verb, not forms of *frusen*.
- `"risk för brand"` (phrase): *risk för brand*, *risken för brand*; *branden … risken är fortsatt hög* → must_not; *självrisken* don't care, *provisorisk* must_not.
- `"vatten i källaren"` (phrase): *vattnet i källaren*, *vatten i källaren*; *Vattnet hade runnit … källaren var full* → must_not.
- `"ansträngt elnät"` (phrase): *ansträngt elnät*, *det ansträngda elnätet*; *elnätet är hårt ansträngt* and *belastar elnätet när det är som mest ansträngt* → must_not.
- `"ta ansvar"` (phrase): forms of *ta* (*ta*, *tar*, *tog*, *tagit*, *tas*) right before *ansvar*/*ansvaret*; *ta sitt ansvar*, *tar mitt ansvar* → must_not; *ansvarig*, *ansvarar* are neither, *ansvarsfrihet* a compound.
- `hemtjänsten korttidsboende` (boolean AND): both; only one of them → must_not.
- `Orsa OR Älvdalen` (boolean OR): either place; *orsak*, *orsaken*, *orsakades*, *orsaka* → must_not.
- `värmestugor -kyrkan` (boolean NOT): *värmestuga* forms without *kyrka*/*kyrkan* (*Mora kyrka*, *Svenska kyrkan*) → relevant, with it → must_not; *kyrkoherden* alone is a compound → don't care.
- `elnätet elelement` (boolean AND): both; one of them only → must_not; *elnätsbolag* is a compound.
- `hyresgästerna -Hyresgästföreningen` (boolean NOT): *hyresgäst* forms without *Hyresgästföreningen*; with it → must_not.
- `Energimarknadsinspektionen OR Boverket` (boolean OR): either agency (*Boverkets* included); the abbreviation *Ei* appears only beside the full name.
- `vd kommunrevisionen` (boolean AND): *vd* (also *vd:n*) and *Kommunrevisionen*/*Kommunrevisionens*; one of them only → must_not; *revisorerna*, *revisionens* don't care.
- `källa:Gesunda värmestugor`, `källa:Rimfrost avbrottet`, `källa:Kvällsvakten hemtjänsten`, `källa:Kulvert underhållet`, `källa:Kvadrant elnätet`, `källa:Siljansbladet vattenskador` (filters): the term in an article of that outlet; the term in another outlet → must_not; compounds (*strömavbrott*, *elnätsbolag*, *underhållsplan*) don't care.
- `typ:opinion ansvaret` (filter): *ansvar*, *ansvaret* in an opinion piece; in news → must_not.
- `is` (trap): *is*, *isen*; *iskalla*, *istappar* compounds; *isolering*, *kris*, *krisen*, *värmekrisen*, *polisen*, *elpris*, *överpris*, *precis* and the genitive *Energis* → must_not.
- `ånga` (trap): *ånga*, *ångan* (steam); *många*, *långa*, *meterlånga*, *gångarna*, *omgångar*, *framgångar* → must_not.
- `kol` (trap): *kol*, *kolet* (coal); *kolmonoxidförgiftning* compound; every *skola* form (*skolan*, *Noretskolan*, *förskolor* …), *skolade*, *koll*, *protokoll*, *halkolyckor*, *kolumn* → must_not.
- `kall` (trap): *kall*, *kalla*, *kallt*, *kallare*, *kallast*, *kallaste*; *iskalla* compound; the verb *kallas*, *kallar*, *kallat* → must_not.
- `tak` (trap): *tak*, *taket*, *taken*; *takfoten* compound; *takt*, *kontakt*, *kontakta*, *kontaktcenter* → must_not.
- `rost` (trap): *rost*, *rosten*; the surname *Frost* and *rostat* (bröd) → must_not.
- `rum` (trap): *rum*; *sovrum*, *klassrum*, *hotellrum*, *vardagsrummet* compounds; *centrum* → must_not.
- `sol` (trap): *sol*, *solen*; *isolering*, *välisolerade*, *gasolkamin*, *eldningsolja*, *soldater*, *solidaritet* and the first name *Solveig* → must_not.
- `arm` (trap): *armen*; *varm*, *varmt*, *varma*, *varmvatten*, *trygghetslarm*, *farmor* → must_not.
- `verk` (trap): *verk*, *verket* (the plant); *värmeverket*, *Lisselbyverket*, *elverk*, *oljekraftverk*, *Boverket* compounds; *hantverkarna* don't care; *verkar*, *verklig*, *verksamheten*, *verkan*, *påverkar*, *påverkas*, *specialtillverkade* → must_not.
- `aska` (trap): *askan*; *askskruven*, *askskruvar*, *askutmatningen* compounds; the surname *Ask* and *vattenflaskor* → must_not; *grävmaskin* neither.
- `hål` (trap): *hål*; the verb *hålla* (*håll*, *håller*, *hålls*, *hållit*, *innehåller*), *hushåll*, *underhåll*, *underhållet*, *underhållsplan*, and *hal*, *halt*, *glashalt*, *halkade*, *halkolyckor*, *halvtimme*, *vinterhalvåret* → must_not.
- `kök` (trap): *kök*, *köket*; *köksbordet*, *storkök* compounds; *kokade*, *kokat* (koka) and *koks* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("heating", "Y", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
