#!/usr/bin/env python3
"""Builds corpus_rail.json and corpus_rail.md from rail_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 rail_build.py [-v]
"""

import fire_build
from rail_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "försening": dict(
        probe=r"försen",
        rel=S("försening förseningar förseningarna förseningen"),
        comp=S("förseningsersättning"),
        no=S("försenad försenade försenat"),
    ),
    "signalfel": dict(probe=r"signalfel", rel=S("signalfel signalfelen signalfelet")),
    "entreprenör": dict(
        probe=r"entrepren",
        rel=S("entreprenör entreprenören entreprenörens entreprenörer"),
        comp=S("underentreprenörer underentreprenörernas"),
        no=S("entreprenaden"),
    ),
    "leverans": dict(
        probe=r"leveran|leverer|leverant",
        rel=S("leverans leveransen leveranser leveranserna"),
        comp=S("foderleveranser"),
        no=S("leverera levererats"),
    ),
    "förhandling": dict(
        probe=r"förhandl",
        rel=S("förhandlingar förhandlingarna"),
        comp=S("avtalsförhandlingarna förhandlingschef förhandlingschefen"),
        no=S("förhandla förhandlade"),
    ),
    "kontroll": dict(
        probe=r"kontroll",
        rel=S("kontroll kontrollen kontroller kontrollerna"),
        comp=S("ultraljudskontroll ultraljudskontrollen ultraljudskontroller ultraljudskontrollerna"),
        no=S("kontrollera kontrollerade kontrolleras kontrollerat"),
    ),
    "avgång": dict(
        probe=r"avg[åa]|avgick|avgått",
        rel=S("avgångar avgångarna"),
        no=S("avgår"),
    ),
    "lokförare": dict(probe=r"lokför", rel=S("lokförare lokföraren lokförarna lokförarnas")),
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken"),
        no=S("strejkar"),
    ),
    # --- syncope ---
    "minister": dict(
        probe=r"minist",
        rel=S("ministern ministrar"),
        comp=S("infrastrukturminister infrastrukturministern infrastrukturministerns"),
        no=S("administrativa"),
    ),
    "timmer": dict(
        probe=r"timm|timr",
        rel=S("timmer timret"),
        comp=S("timmerbilar timmertåg timmertåget"),
        no=S("halvtimme timmar timmars timme timmen timmes"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        comp=S("frågetecken"),
        no=S("tecknade tecknar tecknat"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("hindrat"),
    ),
    "nummer": dict(
        probe=r"numm|numr|numera",
        rel=S("nummer numret"),
        no=S("numera"),
    ),
    "medel": dict(
        probe=r"medl|medel",
        rel=S("medel"),
        comp=S("livsmedelsbutik"),
        no=S("medlare medlarna medlarnas medlem medlemmar medlemsföretag medling medlingen medlingsinstitutet"),
    ),
    # --- umlaut ---
    "son": dict(
        probe=r"^s[oö]n",
        rel=S("son söner sönerna"),
        no=S("söndag sönder"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad städer städerna"),
        comp=S("stadshuset"),
        dc=S("karlstad verkstad"),
        no=S("städningen lågstadiet"),
        nei=S("belastade kostade utrustade"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand händer händerna"),
        comp=S("handburen"),
        no=S("avtalsförhandlingarna efterhand förhandla förhandlade förhandlingar förhandlingarna förhandlingschef "
             "förhandlingschefen handelskammaren handelskammarens handling hända hände händelserna olyckshändelse "
             "upphandlade upphandlar upphandlas upphandling upphandlingar upphandlingen upphandlingschef"),
    ),
    "bror": dict(
        probe=r"^bro[rd]|bröd",
        rel=S("bror bröderna"),
        no=S("bröd brödet"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter"),
        comp=S("riksdagsledamot riksdagsledamoten riksdagsledamöter"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät|nätet|nätverk",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattetid"),
        no=S("järnvägsnätet nätet"),
    ),
    # --- compounds ---
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussen"),
        comp=S("bussbolag bussbolagen busshållplatsen ersättningsbuss ersättningsbussar ersättningsbussarna "
               "ersättningsbussen minibuss"),
    ),
    "station": dict(
        probe=r"station",
        rel=S("station stationen stationer stationerna"),
        comp=S("stationsgatan stationshuset stationsvärd stationsvärdarna stationsvärden"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningar ersättningarna ersättningen"),
        comp=S("ersättningsbuss ersättningsbussar ersättningsbussarna ersättningsbussen ersättningstrafik "
               "ersättningstrafiken förseningsersättning"),
        no=S("ersätta ersättas ersätter"),
        nei=S("eftersatt"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan"),
        comp=S("olyckshändelse olycksplatsen tågolyckan"),
        no=S("olyckligt"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckans veckor"),
        comp=S("veckobiljetter veckopendlare veckopendlarna"),
        no=S("utvecklingen"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("kundtjänst kundtjänstchef kundtjänsten räddningstjänsten tjänstemän"),
        no=S("förtjänar"),
    ),
    "gata": dict(
        probe=r"g[aå]t[ao]|gatu",
        rel=S("gatan"),
        comp=S("gatuköket stationsgatan"),
        no=S("gåta"),
    ),
    "spår": dict(
        probe=r"sp[åa]r",
        rel=S("spår spåren spåret"),
        comp=S("dubbelspåret spårfel"),
        dc=S("spårade spårat urspårade urspårning urspårningen"),
        no=S("spara sparat"),
        nei=S("sparken"),
    ),
    "kund": dict(
        probe=r"kund",
        rel=S("kund kunder kunderna"),
        comp=S("godskunderna kundservice kundtjänst kundtjänstchef kundtjänsten"),
        no=S("kunde"),
        nei=S("sekund"),
    ),
    # --- traps ---
    "stock": dict(
        probe=r"stock",
        rel=S("stockar stockarna"),
        no=S("stockholm stockholms"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum rummet"),
        comp=S("hotellrum väntrum"),
        no=S("lerum lerums resecentrum"),
    ),
    "stol": dict(
        probe=r"stol",
        rel=S("stolar stolarna"),
        dc=S("domstol"),
        no=S("stolpar stolparna stolt"),
    ),
    "skåp": dict(
        probe=r"sk[åa]p",
        rel=S("skåp skåpen skåpet"),
        comp=S("reläskåp reläskåpen signalskåpet"),
        no=S("skapas"),
        nei=S("beredskap beredskapen boskap landskapet"),
    ),
    "tråd": dict(
        probe=r"tr[åä]d",
        rel=S("tråd tråden trådarna"),
        no=S("träd träden träder företräder"),
    ),
    "vite": dict(
        probe=r"vit",
        rel=S("vite viten vitet"),
        no=S("vita vitt"),
        nei=S("blivit kvitton rivits skrivit skrivits"),
    ),
    "tavla": dict(
        probe=r"t[aä]vl",
        rel=S("tavla tavlan"),
        no=S("tävlade"),
    ),
    "täcke": dict(
        probe=r"täck",
        rel=S("täcke"),
        no=S("täcker upptäckas upptäckt upptäckte upptäckten upptäckts"),
    ),
    "värd": dict(
        probe=r"v[äaå]rd|värt",
        rel=S("värd värdar värdarna"),
        comp=S("stationsvärd stationsvärdarna stationsvärden"),
        no=S("fruktansvärd märkvärdigt vardag värdebevis vårdpersonal"),
    ),
    "skena": dict(
        probe=r"sken",
        rel=S("skena skenan skenor skenorna"),
        no=S("skenat skenet"),
        nei=S("risken"),
    ),
    "kil": dict(
        probe=r"kil",
        rel=S("kil kilar"),
        no=S("killar killarna kilo kilometer kilometerlång kilometerlånga"),
        nei=S("enskild särskild särskilt"),
    ),
    "kvart": dict(
        probe=r"kvart",
        rel=S("kvart"),
        no=S("kvartal kvartalet kvartalsrapporten kvarteren"),
    ),
    "backe": dict(
        probe=r"back",
        rel=S("backe backen"),
        comp=S("nedförsbacke"),
        no=S("backa backade"),
    ),
    # --- words of phrases, booleans and filters ---
    "västra": dict(probe=r"^västra$", rel=S("västra")),
    "stambana": dict(probe=r"stambana", rel=S("stambana stambanan")),
    "inställd": dict(probe=r"inställ", rel=S("inställd inställda inställt")),
    "tåg": dict(
        probe=r"tåg",
        rel=S("tåg tågen tåget tågets"),
        comp=S("fjärrtåg godståg kvällståg pendeltåg pendeltågen persontåg regionaltåg snabbtåg timmertåg timmertåget "
               "tågföretag tågföretagen tågkaos tågkonflikten tågkrisen tågolyckan tågoperatörerna tågresenärer "
               "tågtrafik tågtrafiken"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "mellan": dict(probe=r"^mellan$", rel=S("mellan")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "om": dict(probe=r"^om$", rel=S("om")),
    "stockholm": dict(probe=r"stockholm", rel=S("stockholm stockholms")),
    "göteborg": dict(probe=r"göteborg", rel=S("göteborg göteborgs")),
    "brist": dict(
        probe=r"brist",
        rel=S("brist bristen brister"),
        comp=S("personalbrist"),
        nei=S("bristande bristfällig"),
    ),
    "ersättningsbuss": dict(
        probe=r"ersättningsbuss",
        rel=S("ersättningsbuss ersättningsbussar ersättningsbussarna ersättningsbussen"),
    ),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "hot": dict(
        probe=r"^hot",
        rel=S("hot hotet"),
        no=S("hotad"),
        nei=S("hotellrum"),
    ),
    "alingsås": dict(probe=r"alingsås", rel=S("alingsås"), comp=S("alingsåspendlarna")),
    "lerum": dict(probe=r"lerum", rel=S("lerum lerums")),
    "sj": dict(probe=r"^sj$", rel=S("sj")),
    "västtrafik": dict(probe=r"västtrafik", rel=S("västtrafik västtrafiks")),
    "skövde": dict(probe=r"skövde", rel=S("skövde"), comp=S("skövdeborna")),
    "seko": dict(probe=r"^seko", rel=S("seko sekos")),
    "almega": dict(probe=r"almega", rel=S("almega almegas")),
    "herrljunga": dict(probe=r"herrljunga", rel=S("herrljunga")),
    "falköping": dict(probe=r"falköping", rel=S("falköping")),
    "interpellation": dict(
        probe=r"interpell",
        rel=S("interpellation interpellationen"),
        comp=S("interpellationsdebatt"),
    ),
    "infrastrukturminister": dict(
        probe=r"infrastrukturminist",
        rel=S("infrastrukturminister infrastrukturministern infrastrukturministerns"),
    ),
    "pendlare": dict(
        probe=r"pendl|pendel",
        rel=S("pendlare pendlarna pendlarnas"),
        comp=S("alingsåspendlarna pendlarföreningen veckopendlare veckopendlarna"),
        dc=S("pendeltåg pendeltågen"),
        no=S("pendlar pendlat"),
    ),
    "urspårning": dict(
        probe=r"urspår",
        rel=S("urspårning urspårningen"),
        no=S("urspårade"),
    ),
    "underhåll": dict(
        probe=r"underhåll",
        rel=S("underhåll underhållet"),
        comp=S("järnvägsunderhåll underhållsanslaget underhållschef underhållschefen underhållskontrakt "
               "underhållskontraktet underhållsskulden"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("förseningarna", "inflection", False, ("term", "försening")),
    ("signalfelen", "inflection", False, ("term", "signalfel")),
    ("entreprenören", "inflection", False, ("term", "entreprenör")),
    ("leveranserna", "inflection", False, ("term", "leverans")),
    ("förhandlingarna", "inflection", False, ("term", "förhandling")),
    ("kontrollerna", "inflection", False, ("term", "kontroll")),
    ("avgångarna", "inflection", False, ("term", "avgång")),
    ("lokförarna", "inflection", False, ("term", "lokförare")),
    ("strejken", "inflection", False, ("term", "strejk")),
    ("ministrar", "syncope", False, ("term", "minister")),
    ("timret", "syncope", False, ("term", "timmer")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("söner", "umlaut", False, ("term", "son")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("buss", "compound", True, ("term", "buss")),
    ("station", "compound", True, ("term", "station")),
    ("ersättning", "compound", True, ("term", "ersättning")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ("spår", "compound", True, ("term", "spår")),
    ("kund", "compound", True, ("term", "kund")),
    ('"Västra stambanan"', "phrase", False, ("phrase", ["västra", "stambana"])),
    ('"inställda tåg"', "phrase", False, ("phrase", ["inställd", "tåg"])),
    ('"timmer på spåret"', "phrase", False, ("phrase", ["timmer", "på", "spår"])),
    ('"mellan Stockholm och Göteborg"', "phrase", False, ("phrase", ["mellan", "stockholm", "och", "göteborg"])),
    ('"brist på ersättningsbussar"', "phrase", False, ("phrase", ["brist", "på", "ersättningsbuss"])),
    ('"Trafikverkets entreprenör"', "phrase", False, ("phrase", ["trafikverket", "entreprenör"])),
    ('"hot om strejk"', "phrase", False, ("phrase", ["hot", "om", "strejk"])),
    ('"ersättning för förseningar"', "phrase", False, ("phrase", ["ersättning", "för", "försening"])),
    ("Alingsås Lerum", "boolean", False, ("and", ["alingsås", "lerum"])),
    ("SJ OR Västtrafik", "boolean", False, ("or", ["sj", "västtrafik"])),
    ("signalfel -Skövde", "boolean", False, ("not", "signalfel", "skövde")),
    ("Seko Almega", "boolean", False, ("and", ["seko", "almega"])),
    ("Herrljunga OR Falköping", "boolean", False, ("or", ["herrljunga", "falköping"])),
    ("ersättningsbussar -Västtrafik", "boolean", False, ("not", "ersättningsbuss", "västtrafik")),
    ("interpellation infrastrukturministern", "boolean", False, ("and", ["interpellation", "infrastrukturminister"])),
    ("källa:Mjörnbladet pendlarna", "filter", False, ("filter", "Mjörnbladet", "pendlare")),
    ("källa:Billingen signalfelen", "filter", False, ("filter", "Billingen", "signalfel")),
    ("källa:Semafor urspårningen", "filter", False, ("filter", "Semafor", "urspårning")),
    ("källa:Stormklockan ersättningsbussarna", "filter", False, ("filter", "Stormklockan", "ersättningsbuss")),
    ("källa:Kuriren ministern", "filter", False, ("filter", "Kuriren", "minister")),
    ("typ:opinion underhållet", "filter", False, ("filter", "opinion", "underhåll")),
    ("typ:opinion strejken", "filter", False, ("filter", "opinion", "strejk")),
    ("stock", "trap", False, ("term", "stock")),
    ("rum", "trap", False, ("term", "rum")),
    ("stol", "trap", False, ("term", "stol")),
    ("skåp", "trap", False, ("term", "skåp")),
    ("tråd", "trap", False, ("term", "tråd")),
    ("vite", "trap", False, ("term", "vite")),
    ("tavla", "trap", False, ("term", "tavla")),
    ("täcke", "trap", False, ("term", "täcke")),
    ("värd", "trap", False, ("term", "värd")),
    ("skena", "trap", False, ("term", "skena")),
    ("kil", "trap", False, ("term", "kil")),
    ("kvart", "trap", False, ("term", "kvart")),
    ("backe", "trap", False, ("term", "backe")),
]

HEADER = """# corpus_rail.json – judging notes

Invented crisis: in a cold spell in January 2027 (down to −27 °C in Skaraborg and Sjuhärad) Västra stambanan, the main line between Stockholm and Göteborg, is blocked for a week. On Monday 18 January a signal failure in the interlocking at Herrljunga stops all trains between Herrljunga and Alingsås, switches freeze at Skövde and Alingsås, and hundreds of commuters are stranded on the platforms of Herrljunga, Vårgårda and Alingsås while the replacement buses ordered by Västtrafik do not come (too few drivers, a bus broken down at Floda, one stuck in the snow). On Tuesday new signal failures follow: moisture frozen in relay cabinets near Vårgårda, and a cabinet at Stenkullen broken into by copper thieves (two are arrested later). At 04.49 on Wednesday 20 January a timber train of the invented operator Nordvirke Rail AB (22 wagons, 900 tonnes of timber from Hallsberg to a sawmill in Falkenberg) derails in a slight downhill stretch east of Vårgårda: nine wagons leave the track, logs lie across both tracks and down the embankment, 300 metres of contact wire and seven poles are torn down, the driver is unhurt. SJ diverts a few trains via Vänersborg and Trollhättan and cancels the rest; freight goes via Karlstad; the timber is lifted away with cranes (one from Hamburg), new rails are laid, one track reopens on Monday 25 January and both on Wednesday 27 January. Trafikverket's maintenance contractor Banteknik Sverige AB (the lowest of seven bids in 2025) comes under scrutiny: it had 48 technicians where the contract demands 52, postponed the December ultrasonic inspection of the rails at Vårgårda with Trafikverket's approval, and missed or postponed 37 of 212 inspections; Trafikverket claims a penalty (vite) of 2.4 and then 6 million kronor, Statens haverikommission finds in March that a rail break that the postponed inspection should have caught caused the derailment, and Trafikverket terminates the contract in April and takes maintenance in-house. SJ pays double delay compensation (85 million kronor in January), Västtrafik receives 14 000 claims, a commuters' association demands half-price passes, freight operators demand compensation from Trafikverket. Seko gives notice of a strike of 1 800 train drivers from 8 February over working hours and rest after disruptions; Medlingsinstitutet appoints mediators and a new agreement is reached on 6 February. The infrastructure minister (the invented Johan Edholm, M) is questioned at Question Time on 28 January, answers Sara Kjellin's (S) interpellation on 16 February and gives Trafikverket a new assignment on maintenance procurement in March. Regional businesses lose deliveries: a foundry in Skövde, a combi terminal in Falköping, a feed mill in Falköping, a bakery in Lerum whose bakers are driven to work by the haulier brothers Kjellgren, a sawmill in Falkenberg waiting for timber, a workshop in Vårgårda. Places and public bodies are real (Västra stambanan, Stockholm, Göteborg, Skövde, Falköping, Herrljunga, Vårgårda, Alingsås, Stenkullen, Floda, Lerum, Partille, Hallsberg, Töreboda, Tidaholm, Vänersborg, Trollhättan, Karlstad, Borås, Falkenberg; Trafikverket, SJ, Västtrafik, Statens haverikommission, SMHI, Medlingsinstitutet, Seko, Almega Tågföretagen, Tågoperatörerna, Västsvenska Handelskammaren, Länsstyrelsen, Region Västra Götaland, ARN, the Riksdag and its trafikutskott; their actions are invented); the companies (Banteknik Sverige AB, Nordvirke Rail AB, Skövde Gjuteri AB, Falbygdens Foder AB, Lerums Bröd, Ätrans Såg), every person and all six outlets are invented: Nyhetsbyrån Semafor (wire service, terse, also carrying press releases), Mjörnbladet (local daily for Alingsås, Lerum and Vårgårda, with leaders and letters), Radio Billingen (local radio in Skaraborg, spoken quotes and a commentary), Stormklockan (national tabloid, with a column), Banvakten (railway and freight trade paper, with a leader) and Svenska Kuriren (national daily: analysis, leaders and debate articles). 128 articles (110 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 1 December 2026 to 22 April 2027, +01:00 until 28 March and +02:00 after. The ids I001–I128 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (neither *man*, *män* nor *mannen* is used), the verb *händer* (*händer* appears once, as the noun: *värma sina händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *värden* (plural of *värde* or definite of *värd*) and the adjective *värd* (worth) in its base form (every *värd* is a host; *värt*-forms do not occur), the infinitive of the verb *skena* (every *skena* is a rail), *backar* (verb or noun), the place name *Kil* (every *kil* is a wedge), *äga rum* (every *rum* is a room), *pendlar* as the plural of *pendel* (every *pendlar* is the verb), *underhålls* on its own (genitive or passive), the noun *avgång* in the sense of resignation (the minister is only asked to *avgå*), *tåg* meaning a procession, and the noun *vara* (goods).

How the lists were made: src/rail_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/rail_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: spår/spar, gata/gåta, tråd/träd, skåp/skap, tavla/tävla, värd/vard/vård, stad/städ, hand/händ, natt/nätt/nät, son/sön, bror/bröd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *son* is anchored at the start of the word (*-son* ends hundreds of surnames), and *bror* is probed as *bror-*, *brod-* and *bröd*. Tokens are runs of letters, so *SJ:s*, *vd:n*, *SHK:s*, *Herrljunga–Alingsås*, *Norge/Vänerbanan* and *06.05-tåget* are split and numbers dropped. `python3 rail_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. A participle used as an adjective (*försenade*, *urspårade*, *inställda*) is a form of its verb and judged with it; a lookalike is another lemma, another word class, a name or a place, a diacritic pair or a compound part (*Stockholm* for `stock`, *Lerum* for `rum`, *stolpar* for `stol`, *kilometer* for `kil`, *upptäckte* for `täcke`); a token is neither when the letters only straddle other morphemes (*risken* for `skena`, *särskilt* for `kil`, *blivit*, *skrivit* for `vite`, *beredskap*, *boskap* for `skåp`, *belastade*, *kostade* for `stad`, *sekund* for `kund`). One line per query:

- **förseningarna** (inflection): *försening(en)*, *förseningar(na)* relevant; *förseningsersättning* compound; the participle *försenad*, *försenade*, *försenat* → must_not.
- **signalfelen** (inflection): *signalfel*, *signalfelet*, *signalfelen* relevant; no lookalike in the texts.
- **entreprenören** (inflection): *entreprenör(en)*, *entreprenörens*, *entreprenörer* relevant; *underentreprenörer(nas)* compounds; *entreprenaden* (the contract, another lemma) → must_not.
- **leveranserna** (inflection): *leverans(en)*, *leveranser(na)* relevant; *foderleveranser* compound; the verb *leverera*, *levererats* → must_not.
- **förhandlingarna** (inflection): *förhandlingar(na)* relevant; *avtalsförhandlingarna*, *förhandlingschef(en)* compounds; the verb *förhandla*, *förhandlade* → must_not.
- **kontrollerna** (inflection): *kontroll(en)*, *kontroller(na)* relevant; *ultraljudskontroll(en/er/erna)* compounds; the verb *kontrollera*, *kontrollerade*, *kontrolleras*, *kontrollerat* → must_not.
- **avgångarna** (inflection): *avgångar(na)* relevant; the verb *avgår* (the buses leave, the minister should resign) → must_not.
- **lokförarna** (inflection): *lokförare(n)*, *lokförarna(s)* relevant; no lookalike in the texts.
- **strejken** (inflection): *strejk(en)* relevant; the verb *strejkar* → must_not.
- **ministrar** (syncope): *ministern* and *ministrar* relevant; *infrastrukturminister(n/ns)* compounds; *administrativa* (a short word inside a longer unrelated one) → must_not.
- **timret** (syncope): *timmer*, *timret* relevant; *timmerbilar*, *timmertåg(et)* compounds; every form of *timme* (*timme(n)*, *timmar*, *timmars*, *timmes*, *halvtimme*), another lemma, → must_not.
- **tecknen** (syncope): *tecken*, *tecknen* relevant; *frågetecken* compound; the verb *teckna* (*tecknade*, *tecknar*, *tecknat* an agreement) → must_not.
- **hindret** (syncope): *hinder*, *hindret* relevant; the verb *hindrat* → must_not.
- **numret** (syncope): *nummer*, *numret* relevant; the adverb *numera* → must_not.
- **medlen** (syncope): *medel* relevant (funds, *medel till underhållet*); *livsmedelsbutik* compound; *medla*-words (*medlare*, *medlarna(s)*, *medling(en)*, *Medlingsinstitutet*) and *medlem*, *medlemmar*, *medlemsföretag* → must_not.
- **söner** (umlaut): *son*, *söner*, *sönerna* relevant; *sönder* and *söndag* → must_not.
- **städer** (umlaut): *stad*, *städer*, *städerna* relevant; *stadshuset* compound; *Karlstad* and *verkstad* debatable (as *Kristianstad* in README) → don't care; *städningen* (städa) and *lågstadiet* (stadium) → must_not; *belastade*, *kostade*, *utrustade* neither.
- **händerna** (umlaut): *hand* (*ta hand om*), *händer*, *händerna* (*med händerna i knät*) relevant; *handburen* compound; *handla*-words (*upphandling(en/ar)*, *upphandlar*, *upphandlas*, *upphandlade*, *förhandla(de)*, *förhandlingar(na)*, *handling*), *Handelskammaren(s)*, *hände*, *hända*, *händelserna*, *olyckshändelse* and *i efterhand* → must_not.
- **bröder** (umlaut): *bror* and *bröderna* relevant; *bröd*, *brödet* (and the bakery *Lerums Bröd*) → must_not.
- **ledamöter** (umlaut): *ledamoten*, *ledamöter* relevant; *riksdagsledamot(en)*, *riksdagsledamöter* compounds; no lookalike in the texts.
- **nätter** (umlaut): *natt*, *natten* (*i natt*, *under natten*), *nätter*, *nätterna* relevant; *midnatt*, *nattetid* compounds; *nätet* (the internet) and *järnvägsnätet* → must_not.
- **buss** (compound): *buss(en)*, *bussar(na)* and the compounds *ersättningsbuss(en/ar/arna)*, *bussbolag(en)*, *busshållplatsen*, *minibuss* relevant; no lookalike.
- **station** (compound): *station(en)*, *stationer(na)* and *Stationsgatan*, *stationshuset*, *stationsvärd(en)*, *stationsvärdarna* (-s-) relevant; no lookalike.
- **ersättning** (compound): *ersättning(en/ar/arna)* and *ersättningsbuss…*, *ersättningstrafik(en)* (-s-), *förseningsersättning* relevant; the verb *ersätta*, *ersätter*, *ersättas* → must_not; *eftersatt* neither.
- **olycka** (compound): *olycka(n)* and *olycksplatsen*, *olyckshändelse* (final vowel dropped, -s-), *tågolyckan* relevant; the adjective *olyckligt* → must_not.
- **vecka** (compound): *vecka(n)*, *veckans*, *veckor* and *veckopendlare*, *veckopendlarna*, *veckobiljetter* (-o-) relevant; *utvecklingen* → must_not.
- **tjänst** (compound): *tjänst* and *tjänstemän* (-e-), *kundtjänst(en)*, *kundtjänstchef*, *räddningstjänsten* relevant; *förtjänar* (another lemma ending in the letters) → must_not.
- **gata** (compound): *gatan* and *gatuköket* (-u-), *Stationsgatan* relevant; *gåta* (riddle) → must_not.
- **spår** (compound): *spår(en/et)* and *dubbelspåret*, *spårfel* relevant; the verb *spåra ur* (*spårade*, *spårat*, *urspårade*) and *urspårning(en)* are derivations → don't care; *spara*, *sparat* → must_not; *sparken* neither.
- **kund** (compound): *kund*, *kunder(na)* and *godskunderna*, *kundservice*, *kundtjänst(en)*, *kundtjänstchef* relevant; *kunde* (kunna) → must_not; *sekund* neither.
- **"Västra stambanan"** (phrase): *Västra stambanan* relevant; *stambanan* and *den västra delen* in the same article but apart → must_not; *Västra Götaland* without *stambanan* is neither.
- **"inställda tåg"** (phrase): *inställda tåg* relevant; *tåget var inställt*, *”inställt” på tavlan … Tåget*, *anslutningen inställd … tåg* → must_not.
- **"timmer på spåret"** (phrase): *timmer på spåret* relevant; *timret … över båda spåren*, *timmer över spåren*, *timmer nu borta från spåret* → must_not; *timmertåg* with *spåret* → don't care.
- **"mellan Stockholm och Göteborg"** (phrase): the four words in this order relevant; *mellan Göteborg och Stockholm* (reversed) → must_not.
- **"brist på ersättningsbussar"** (phrase): *bristen på ersättningsbussar*, *brist på ersättningsbussar* relevant; *brist på förare … Ersättningsbussarna* → must_not; *personalbrist* with *ersättningsbussar* → don't care.
- **"Trafikverkets entreprenör"** (phrase): *Trafikverkets entreprenör* relevant; *Trafikverket … entreprenören* apart, and the list *Trafikverket, SJ, Västtrafik eller entreprenören* → must_not.
- **"hot om strejk"** (phrase): *hot om strejk* relevant; *Hotet om en strejk* (a word between) → must_not; *Seko hotar*, *hotad* are the verb, not the noun.
- **"ersättning för förseningar"** (phrase): *ersättning för förseningar* relevant; *förseningar … ersättning* apart → must_not; *förseningsersättning* → don't care.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Alingsåspendlarna*, *interpellationsdebatt*) is don't care; *Lerums* (Lerums Bröd) is *Lerum*. NOT – an article with the excluded term is must_not (*Skövdeborna* is a compound → don't care). OR – *SJ:s*, *SJ-tåg* give *sj*; no lookalikes.
- **Filters**: `källa:` matches one word of the outlet's name (*Mjörnbladet*, *Billingen*, *Semafor*, *Stormklockan*, *Kuriren*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*pendlar*, *pendlat* for `pendlarna`; *urspårade* for `urspårningen`; *strejkar* for `strejken`). *pendeltåg* is built on *pendel*, not on *pendlare*, and is don't care.
- **stock** (trap): *stockar*, *stockarna* (logs) relevant; *Stockholm*, *Stockholms* → must_not.
- **rum** (trap): *rum*, *rummet* relevant; *väntrum*, *hotellrum* compounds; *Lerum*, *Lerums* and *resecentrum* → must_not.
- **stol** (trap): *stolar*, *stolarna* relevant; *stolpar(na)* (poles, another lemma) and *stolt* → must_not; *domstol* (an old compound of the word) → don't care.
- **skåp** (trap): *skåp*, *skåpet*, *skåpen* relevant; *reläskåp(en)*, *signalskåpet* compounds; the verb *skapas* → must_not; *beredskap(en)*, *boskap*, *landskapet* (suffix *-skap*) neither.
- **tråd** (trap): *tråd*, *tråden*, *trådarna* (the contact wire) relevant; *träd*, *träden* and *träder*, *företräder* (träda) → must_not.
- **vite** (trap): *vite*, *vitet*, *viten* relevant; the adjective *vit* (*vitt täcke*, *det vita landskapet*) → must_not.
- **tavla** (trap): *tavla*, *tavlan* relevant; *tävlade* → must_not.
- **täcke** (trap): *täcke* (*ett vitt täcke av snö*, *ett täcke av rimfrost*) relevant; *täcker* and *upptäcka*-words (*upptäckas*, *upptäckts*, *upptäckte*, *upptäckt*, *upptäckten*) → must_not.
- **värd** (trap): *värd*, *värdar*, *värdarna* (hosts) relevant; *stationsvärd(en)*, *stationsvärdarna* compounds; *värdebevis*, *fruktansvärd*, *märkvärdigt*, *vardag* and *vårdpersonal* → must_not.
- **skena** (trap): *skena*, *skenan*, *skenor*, *skenorna* (rails) relevant; *skenat* (costs have run wild) and *skenet* (the light) → must_not; *risken* neither.
- **kil** (trap): *kil*, *kilar* (wedges) relevant; *killar(na)*, *kilo*, *kilometer*, *kilometerlång(a)* → must_not; *särskild*, *särskilt*, *enskild* neither.
- **kvart** (trap): *kvart* relevant; *kvartal(et)*, *kvartalsrapporten*, *kvarteren* → must_not.
- **backe** (trap): *backe*, *backen* relevant; *nedförsbacke* compound; the verb *backa*, *backade* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way rail_articles does
    assert [a["id"] for a in fire_build.articles(rows, "I")] == [a["id"] for a in ARTICLES]
    fire_build.build("rail", "I", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
