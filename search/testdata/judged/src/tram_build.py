#!/usr/bin/env python3
"""Builds corpus_tram.json and corpus_tram.md from tram_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified. Where one written form is two words in different articles (the surnames Stark and Lund and the given
name Sten beside the adjective stark, the city Lund and the noun sten), the articles with only the other word are
listed by title in BY_ARTICLE.

Run from this folder: python3 tram_build.py [-v]
"""

import fire_build
from tram_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "förare": dict(
        probe=r"förar|förare",
        rel=S("förare föraren förarens förarna"),
        comp=S("bussförare bussförarna spårvagnsförare"),
        no=S("förargade"),
    ),
    "hållplats": dict(probe=r"hållplats", rel=S("hållplats hållplatsen"), comp=S("busshållplats")),
    "kollision": dict(
        probe=r"kolli",
        rel=S("kollision kollisionen"),
        comp=S("sidokollision"),
        no=S("kolliderade kolliderat"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("utredningsledare utredningsledaren"),
        no=S("utreda utredas utreder utreds"),
    ),
    "underhåll": dict(
        probe=r"underhål|underhöl",
        rel=S("underhåll underhållet"),
        comp=S("underhållsavtalet underhållsbehov underhållsentreprenören underhållsskulden"),
        no=S("underhålla underhållning"),
    ),
    "passagerare": dict(
        probe=r"pass[ae]",
        rel=S("passagerare passageraren passagerarna"),
        no=S("passerar passerat"),
    ),
    "vittne": dict(
        probe=r"vittn",
        rel=S("vittne vittnen vittnena vittnet"),
        comp=S("vittnesmålen"),
        no=S("vittnade vittnar"),
    ),
    "ljus": dict(
        probe=r"ljus",
        rel=S("ljus ljusen ljuset"),
        comp=S("blåljus"),
        no=S("ljust"),
    ),
    "politiker": dict(
        probe=r"politi",
        rel=S("politiker politikerna"),
        no=S("politiken politiska politiskt"),
    ),
    # --- syncope ---
    "växel": dict(probe=r"växl|växel", rel=S("växel växlar växlarna"), no=S("växlat")),
    "kabel": dict(probe=r"kab[el]", rel=S("kabel kablar kablarna"), comp=S("kabelbrott")),
    "nummer": dict(probe=r"^num", rel=S("nummer numret"), no=S("numera")),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykel cyklar cyklarna"),
        comp=S("cykelbanorna cykeltrafiken"),
        dc=S("cyklister"),
        no=S("cykla cyklade"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regeln regler reglerna"),
        comp=S("säkerhetsregler"),
        no=S("reglerad"),
    ),
    "axel": dict(
        probe=r"axel|axl",
        rel=S("axeln axlar axlarna"),
        comp=S("hjulaxlarna"),
        no=S("axel axels"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("innerstad innerstaden stadshus stadsmission stadsmissionen"),
        no=S("städade"),
        nei=S("belastade röstade tystade"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natten nätterna"),
        comp=S("helgnätter hotellnätter nattarbete nattbussar nattbussarna nattspårvagnar nattspårvagnarna"),
        no=S("nätet"),
    ),
    "rot": dict(probe=r"^r[oö]t", rel=S("roten rötter"), no=S("rött")),
    "ledamot": dict(probe=r"ledam", rel=S("ledamot ledamöter ledamöterna")),
    "bror": dict(probe=r"^bror|^bröd|broder|bröder", rel=S("brodern bröderna"), no=S("bröd")),
    "fot": dict(
        probe=r"^f[oö]t",
        rel=S("fötterna"),
        comp=S("fotgängare"),
        no=S("foto fotografen fotot"),
    ),
    # --- compounds ---
    "spårvagn": dict(
        probe=r"spårvagn",
        rel=S("spårvagn spårvagnar spårvagnarna spårvagnen"),
        comp=S("nattspårvagnar nattspårvagnarna spårvagnsdepån spårvagnsförare spårvagnskrasch spårvagnslinjer "
               "spårvagnsmaterial spårvagnsnätet spårvagnsolyckan spårvagnstrafiken spårvagnstyper"),
    ),
    "signal": dict(
        probe=r"signal",
        rel=S("signal signalen signaler signalerna"),
        comp=S("körsignal signalanläggningar signalanläggningen signalexperter signalfel signalingenjör signalskåpet "
               "signalsystem signalsystemen signalsystemet signaltekniker signalteknikern"),
        no=S("signalement signalerade"),
    ),
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussen"),
        comp=S("bussbolagen bussförare bussförarna busshållplats ersättningsbussar ersättningsbussarna nattbussar "
               "nattbussarna"),
        dc=S("hisingsbuss"),
    ),
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gatan"),
        comp=S("gatuarbetena gatubelysningen linnégatan långgatan olivedalsgatan"),
        no=S("gåtan"),
        nei=S("frågat gått klagat legat"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("spårvagnsolyckan"),
        no=S("olyckligt olyckligtvis"),
    ),
    "minne": dict(
        probe=r"minn",
        rel=set(),
        comp=S("minnesplats minnesplatsen minnessten minnesstenen minnesstund minnesstunden"),
        no=S("minnas minns påminner"),
    ),
    "vård": dict(
        probe=r"v[åä]rd",
        rel=S("vård"),
        comp=S("intensivvårdsavdelning intensivvårdsavdelningen"),
        dc=S("rälsvård"),
        no=S("vårdas vårdslöst värdig"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckor veckorna"),
        comp=S("veckoslutet"),
        no=S("utvecklingen"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst tjänster"),
        comp=S("presstjänst räddningstjänsten tjänstemännen"),
        no=S("förtjänar tjäna tjänar"),
    ),
    # --- traps ---
    "sten": dict(
        probe=r"^sten|sten$|stenen|stenar",
        rel=S("sten"),
        no=S("minnessten minnesstenen stenar stenarna stenen stenpiren stenungsund"),
        nei=S("bristen hösten masten prästen räddningstjänsten rösten"),
    ),
    "blom": dict(probe=r"blom", rel=S("blom"), no=S("blommor blommorna blomsterhav")),
    "stark": dict(probe=r"st[aä]rk", rel=S("stark starks"), no=S("starka starkt")),
    "lund": dict(
        probe=r"lund",
        rel=S("lund"),
        no=S("frölunda hedlund lundberg lundby lunds"),
    ),
    "frisk": dict(probe=r"frisk", rel=S("frisk"), no=S("friska friskare")),
    "ström": dict(
        probe=r"ström",
        rel=S("strömmen"),
        comp=S("strömavbrott strömförsörjningen"),
        no=S("lindström strömmade"),
    ),
    "mast": dict(
        probe=r"mast",
        rel=S("masten"),
        comp=S("kontaktledningsmast"),
        no=S("masthugget masthuggskyrkan masthuggstorget"),
    ),
    "bro": dict(
        probe=r"^bro|bron$|broar",
        rel=S("bro bron broarna"),
        comp=S("götaälvbron hisingsbron skeppsbron"),
        no=S("brodern broms bromsade bromsar bromsarna brott"),
    ),
    "fack": dict(
        probe=r"fack",
        rel=S("facket"),
        comp=S("fackpressen"),
        dc=S("facklig"),
        no=S("fackeltåg fackeltåget facklor facklorna"),
    ),
    "torg": dict(
        probe=r"torg",
        rel=S("torg torget"),
        comp=S("järntorget kungstorget masthuggstorget stigbergstorget torghandlarna"),
        no=S("storgöteborg torgny"),
    ),
    "val": dict(
        probe=r"^v[aä]l|vall|val$|valet",
        rel=S("val valet"),
        comp=S("valrörelsen"),
        no=S("valand valde valt väl välj välja väljarna välkomna välkomnar välkomnas välkänt"),
    ),
    "ord": dict(
        probe=r"^ord|ordet$|orden$",
        rel=S("ord"),
        no=S("ordentligt ordförande ordnar ordningsvakter"),
        nei=S("norden"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bilar bilarna bilen"),
        dc=S("bilisterna"),
        no=S("bild bilden bilder bilderna billiga mobilen utbildas utbildning utbildningen"),
    ),
    # --- words of phrases, booleans and filters ---
    "röd": dict(probe=r"^r[öo]d|^rött", rel=S("röd rött"), nei=S("rötter")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "rusningstrafik": dict(probe=r"rusning", rel=S("rusningstrafik rusningstrafiken")),
    "göteborgs": dict(probe=r"^göteborgs$", rel=S("göteborgs")),
    "spårvägar": dict(probe=r"^spårväg(en|ar|arna|ars)?$", rel=S("spårväg spårvägen spårvägar spårvägarna spårvägars")),
    "eftersatt": dict(probe=r"eftersat", rel=S("eftersatt")),
    "statens": dict(probe=r"^stat(en|ens)?$", rel=S("statens"), nei=S("staten")),
    "haverikommission": dict(
        probe=r"haverikom",
        rel=S("haverikommission haverikommissionen haverikommissionens"),
    ),
    "två": dict(probe=r"^två$", rel=S("två")),
    "död": dict(probe=r"^dö[dt]|^död", rel=S("död döda dödas"), nei=S("dödsfallet dött")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "politisk": dict(probe=r"^politisk", rel=S("politiska politiskt")),
    "ansvar": dict(probe=r"^ansvar", rel=S("ansvar ansvaret"), nei=S("ansvariga")),
    "västtrafik": dict(probe=r"västtrafik", rel=S("västtrafik västtrafiks")),
    "trafikkontoret": dict(probe=r"trafikkontor", rel=S("trafikkontoret trafikkontorets")),
    "kommunal": dict(probe=r"^kommunal", rel=S("kommunal kommunals"), dc=S("kommunalrådet"), no=S("kommunalt")),
    "signalfel": dict(probe=r"signalfel", rel=S("signalfel")),
    "ersättningsbuss": dict(probe=r"ersättningsbuss", rel=S("ersättningsbussar ersättningsbussarna")),
    "ersättningstrafik": dict(probe=r"ersättningstrafik", rel=S("ersättningstrafiken")),
    "underhållsskuld": dict(probe=r"underhållsskuld", rel=S("underhållsskulden")),
    "järntorget": dict(probe=r"järntorg", rel=S("järntorget")),
    "blomma": dict(probe=r"blom", rel=S("blommor blommorna"), comp=S("blomsterhav"), nei=S("blom")),
    "hisingen": dict(probe=r"hising", rel=S("hisingen"), comp=S("hisingsbron"), dc=S("hisingsbuss")),
    "angered": dict(probe=r"angered", rel=S("angered")),
}

# Articles where a form listed above is, in that article, only the other word of the same spelling.
BY_ARTICLE = {
    # the adjective stark (en stark ryggrad), not the surname of Ingrid Stark
    "stark": {"Krönika: De lovade allt före valet": "no"},
    # the city Lund and Lunds universitet, not Vera Lund
    "lund": {"Debatt: Vi behöver en nationell plan för spårvägarna": "no"},
    # the noun sten (a stone), not Sten Holm
    "sten": {
        "Fackeltåget tystade staden": "no",
        "Ledare: En sten att minnas vid": "no",
    },
}

_judge = fire_build.judge


def judge(a, spec, compounds):
    if spec[0] == "term" and a["title"] in BY_ARTICLE.get(spec[1], {}):
        return BY_ARTICLE[spec[1]][a["title"]]
    return _judge(a, spec, compounds)


QUERIES = [
    ("förarna", "inflection", False, ("term", "förare")),
    ("hållplatsen", "inflection", False, ("term", "hållplats")),
    ("kollisionen", "inflection", False, ("term", "kollision")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("underhållet", "inflection", False, ("term", "underhåll")),
    ("passagerarna", "inflection", False, ("term", "passagerare")),
    ("vittnena", "inflection", False, ("term", "vittne")),
    ("ljusen", "inflection", False, ("term", "ljus")),
    ("politikerna", "inflection", False, ("term", "politiker")),
    ("växlarna", "syncope", False, ("term", "växel")),
    ("kablarna", "syncope", False, ("term", "kabel")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("cyklar", "syncope", False, ("term", "cykel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("axlarna", "syncope", False, ("term", "axel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("spårvagn", "compound", True, ("term", "spårvagn")),
    ("signal", "compound", True, ("term", "signal")),
    ("buss", "compound", True, ("term", "buss")),
    ("gata", "compound", True, ("term", "gata")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("minne", "compound", True, ("term", "minne")),
    ("vård", "compound", True, ("term", "vård")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ('"röd signal"', "phrase", False, ("phrase", ["röd", "signal"])),
    ('"i rusningstrafiken"', "phrase", False, ("phrase", ["i", "rusningstrafik"])),
    ('"Göteborgs Spårvägar"', "phrase", False, ("phrase", ["göteborgs", "spårvägar"])),
    ('"eftersatt underhåll"', "phrase", False, ("phrase", ["eftersatt", "underhåll"])),
    ('"Statens haverikommission"', "phrase", False, ("phrase", ["statens", "haverikommission"])),
    ('"två döda"', "phrase", False, ("phrase", ["två", "död"])),
    ('"på hållplatsen"', "phrase", False, ("phrase", ["på", "hållplats"])),
    ('"politiskt ansvar"', "phrase", False, ("phrase", ["politisk", "ansvar"])),
    ("Västtrafik trafikkontoret", "boolean", False, ("and", ["västtrafik", "trafikkontoret"])),
    ("Kommunal OR facket", "boolean", False, ("or", ["kommunal", "fack"])),
    ("haverikommissionen -signalfel", "boolean", False, ("not", "haverikommission", "signalfel")),
    ("ersättningsbussar OR ersättningstrafiken", "boolean", False, ("or", ["ersättningsbuss", "ersättningstrafik"])),
    ("underhållsskulden politikerna", "boolean", False, ("and", ["underhållsskuld", "politiker"])),
    ("Järntorget -blommor", "boolean", False, ("not", "järntorget", "blomma")),
    ("Hisingen OR Angered", "boolean", False, ("or", ["hisingen", "angered"])),
    ("källa:Hamnbladet Järntorget", "filter", False, ("filter", "Hamnbladet", "järntorget")),
    ("källa:Kompass utredningen", "filter", False, ("filter", "Kompass", "utredning")),
    ("källa:Kvällsbasunen förarna", "filter", False, ("filter", "Kvällsbasunen", "förare")),
    ("källa:Vändslingan underhållet", "filter", False, ("filter", "Vändslingan", "underhåll")),
    ("källa:Kajen ersättningsbussar", "filter", False, ("filter", "Kajen", "ersättningsbuss")),
    ("typ:opinion politikerna", "filter", False, ("filter", "opinion", "politiker")),
    ("typ:opinion underhållsskulden", "filter", False, ("filter", "opinion", "underhållsskuld")),
    ("Sten", "trap", False, ("term", "sten")),
    ("Blom", "trap", False, ("term", "blom")),
    ("Stark", "trap", False, ("term", "stark")),
    ("Lund", "trap", False, ("term", "lund")),
    ("Frisk", "trap", False, ("term", "frisk")),
    ("ström", "trap", False, ("term", "ström")),
    ("mast", "trap", False, ("term", "mast")),
    ("bro", "trap", False, ("term", "bro")),
    ("fack", "trap", False, ("term", "fack")),
    ("torg", "trap", False, ("term", "torg")),
    ("val", "trap", False, ("term", "val")),
    ("ord", "trap", False, ("term", "ord")),
    ("bil", "trap", False, ("term", "bil")),
]

HEADER = """# corpus_tram.json – judging notes

Invented crisis: in the evening rush hour of Tuesday 17 November 2026, at 17.21, two trams collide in the crossing at Järntorget in Göteborg: an M29 on line 3 (built 1969–1972, no side-impact protection) pulls out on a signal showing go, while an M31 on line 6 comes from Olivedalsgatan past a signal that is dark (its driver says he saw green). Two die (a 73-year-old woman from Majorna and a 20-year-old student from Kungsbacka), 36 are treated for injuries at Sahlgrenska universitetssjukhuset and Östra sjukhuset. Statens haverikommission (SHK) investigates; its first statement before Christmas finds a relay stuck after short power cuts, an alarm at 07.42 the same morning that was acknowledged and never followed up, and a car body not built for a side impact. The city's Trafikkontoret owns tracks and signals, Göteborgs Spårvägar runs the trams for Västtrafik, an invented contractor (Rälsvård Väst AB) maintains the signals; the drivers' union Kommunal and its club chairman say the drivers had warned for months. Then to February 2027: the crossing closed for four weeks, weeks and months of replacement buses (M29 taken out of service), cyclists and crowded night buses, Transportstyrelsen's supervision and injunction, the police inquiry (no driver charged), the maintenance backlog (1.8 billion kronor) and the political responsibility of the traffic committee's chair, the managing director's resignation, a new signal system, damages, and the memorial at the stop (flowers, candles, painted stones, a torch procession, a memorial stone inaugurated in February). Places and public bodies are real (Järntorget, Masthugget, Majorna, Linnégatan, Olivedalsgatan, Första and Andra Långgatan, Stigbergstorget, Masthuggstorget, Brunnsparken, Valand, Vasaplatsen, Stenpiren, Skeppsbron, Hisingsbron, Götaälvbron, Frölunda, Lundby, Angered, Hisingen, Stenungsund; Västtrafik, Göteborgs Spårvägar, Göteborgs stad and its Trafikkontoret, Statens haverikommission, Transportstyrelsen, Kommunal, Sahlgrenska, Masthuggskyrkan, Hagakyrkan, Göteborgs Stadsmission, Chalmers; their actions are invented); the contractor, the bus company Hisingsbuss AB, every person and all five outlets are invented: Hamnbladet (local daily, leaders and letters), Nyhetsbyrån Kompass (wire service, also carrying press releases), Kvällsbasunen (tabloid, headline style: *JUST NU*, *AVSLÖJAR*, *HÄR KROCKADE SPÅRVAGNARNA*), Vändslingan (trade paper for public transport) and Radio Kajen (local radio, with quotes and commentary). 130 articles (112 news, 18 opinion: leaders, columns, debate articles, radio commentary, letters), published 3 November 2026 to 13 February 2027, all +01:00. The ids T001–T130 follow publication time.

Several people carry names that are ordinary words, on purpose: Västtrafik's traffic director Dag Frisk, Göteborgs Spårvägar's press officer Linn Blom (and the photographer Nora Blom), the traffic committee's chair Ingrid Stark, Trafikkontoret's director Vera Lund, the union club chairman Sten Holm, the witness Axel Björk, the planner Torgny Ek (and Anna Vik, Jonas Ek, Erik Nord, Maria Kvist, Helena Ros, Karin Sand, Lena Hägg, Per and Kjell Lindström, Olle Bergman). The queries `Sten`, `Blom`, `Stark`, `Lund` and `Frisk` are typed as an analyst looking for the person would; the ordinary words are kept in other forms than the name (*stenen*, *stenar*, *blommor*, *starka*, *starkt*, *friska*, *friskare*), except where one written form is both and the word before decides (BY_ARTICLE in tram_build.py): *en stor sten*, *en sten är inte ett svar* (the noun; two articles without Sten Holm → must_not for `Sten`), *en stark ryggrad* (the adjective; one column → must_not for `Stark`), *i Norrköping, Stockholm och Lund* and *Lunds universitet* (the city; one debate article → must_not for `Lund`). *Axel* is only the witness's given name; the noun is written *axeln*, *axlar*, *axlarna*.

Kept out of the texts as the README asks: the pronoun *man* (quotes use *en* or other words; *make* for husband), the verb *händer* (*sker*), the verb *hamnar* (and *hamnade*), *i första hand*. Also kept out: the adjective *ljus* in its base form (every *ljus* is a candle or light; the adjective appears only as *ljust*), the adjective *kommunal* in its base form (every *Kommunal* is the union; the adjective appears as *kommunalt*), the adjective *frisk* and the noun *axel* in their base forms, the noun *dag* is not judged (*Dag Frisk* and *i dag* both occur).

How the lists were made: src/tram_articles.py holds the texts and src/tram_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept lists every corpus token containing the stem or a diacritic variant (stad/städ, natt/nät, rot/röt, fot/föt, vård/värd, val/väl, stark/stärk, bror/bröd); each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *M29-vagnarna* gives *m* and *vagnarna*, *07.42* gives nothing, *vd:n* gives *vd* and *n*.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care; an article is must_not only when its only matches are lookalikes. Per query:

- **förarna**: *förare, föraren, förarens, förarna*; *spårvagnsförare, bussförare(na)* compounds; *förargade* (förarga) → must_not, but its only article also has *förare*.
- **hållplatsen**: *hållplats(en)*; *busshållplats* compound; no lookalike.
- **kollisionen**: *kollision(en)*; *sidokollision* compound; the verb *kolliderade, kolliderat* → must_not.
- **utredningen**: *utredning(en)*; *utredningsledare(n)* compounds; the verb *utreda, utredas, utreder, utreds* → must_not.
- **underhållet**: *underhåll(et)*; *underhållsskulden, underhållsavtalet, underhållsbehov, underhållsentreprenören* compounds; the verb *underhålla* and *underhållning* (entertainment) → must_not.
- **passagerarna**: all forms of *passagerare*; the verb *passerar, passerat* → must_not.
- **vittnena**: *vittne, vittnet, vittnen, vittnena*; *vittnesmålen* compound; the verb *vittnade, vittnar* → must_not.
- **ljusen**: the noun *ljus, ljuset, ljusen* (candles, and light in *jag ser ljuset igen*); *blåljus* compound; the adjective *ljust* (*ett ljust rum*) → must_not.
- **politikerna**: *politiker(na)*; *politiken, politiska, politiskt* (another lemma) → must_not.
- **växlarna, kablarna, numret, cyklar, reglerna, axlarna** (syncope): *växel, växlar, växlarna* (the verb *växlat* → must_not); *kabel, kablar, kablarna* (*kabelbrott* compound); *nummer, numret* (the adverb *numera* → must_not); *cykel, cyklar, cyklarna* (*cykelbanorna, cykeltrafiken* compounds, *cyklister* don't care, the verb *cykla, cyklade* → must_not); *regeln, regler, reglerna* (*säkerhetsregler* compound, *reglerad* → must_not); *axeln, axlar, axlarna* (*hjulaxlarna* compound; the given name *Axel, Axels* → must_not).
- **städer**: *stad, staden, stadens, städer* (*Göteborgs stad* too); *innerstad(en), stadshus, Stadsmission(en)* compounds; the verb *städade* → must_not; *belastade, röstade, tystade* are neither.
- **nätter**: *natten, nätterna*; *helgnätter, hotellnätter, nattbussar, nattspårvagnar, nattarbete* compounds; *nätet* (the network) → must_not.
- **rötter**: *roten, rötter*; *rött* (the colour) → must_not.
- **ledamöter**: *ledamot, ledamöter, ledamöterna*; no lookalike. **bröder**: *brodern, bröderna*; *bröd* → must_not. **fötter**: *fötterna*; *fotgängare* compound; *foto, fotot, fotografen* → must_not.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *spårvagnsförare, spårvagnsolyckan, minnesplatsen, minnesstund, intensivvårdsavdelningen*; -e- *tjänstemännen*; -u- *gatuarbetena, gatubelysningen*; -o- *veckoslutet*; none *körsignal, signalfel, nattspårvagnar, ersättningsbussar, nattbussar, Linnégatan, Olivedalsgatan, Långgatan, räddningstjänsten, presstjänst, blåljus*. The company names *Rälsvård* (`vård`) and *Hisingsbuss* (`buss`) are don't care.
- **spårvagn, buss**: no lookalike. **signal**: *signalement* and the verb *signalerade* → must_not. **gata**: *gåtan* (riddle) → must_not; *frågat, gått, klagat, legat* neither. **olycka**: *olyckligt, olyckligtvis* → must_not. **minne**: no simple form in the texts, only compounds; the verb *minnas, minns* and *påminner* → must_not. **vård**: *vård*; the verb *vårdas*, *vårdslöst* and *värdig* → must_not. **vecka**: *utvecklingen* → must_not. **tjänst**: *tjäna, tjänar, förtjänar* → must_not.
- **Phrases**: forms adjacent and in order in one sentence. *en röd signal* relevant; *signaler som visat rött* → must_not. *i rusningstrafik(en)* relevant; *Under rusningstrafiken* with *i* elsewhere → must_not. *Göteborgs Spårvägar(s)* relevant (any form of *spårväg* counts as the second word); *Göteborgs stad* with *spårvägar* apart → must_not; *Göteborgs spårvägsnät* is a compound and not the phrase. *ett eftersatt underhåll* relevant; *underhållet … var eftersatt* → must_not. *Statens haverikommission* relevant; *statens ansvar* with *haverikommissionens* elsewhere → must_not. *två döda* (and *med två döda*) relevant; *två* with *döda, död, dödas* apart (*Nu är två människor döda*, *de dödas namn*, *signalen var död*) → must_not; *dött, dödsfallet* neither. *på hållplatsen* relevant; *vid hållplatsen* with *på* elsewhere → must_not. *politiskt ansvar, det politiska ansvaret* relevant; *Politiska löften … Ansvar kostar*, *det politiska systemet … ett ansvar* → must_not.
- **Booleans**: AND – an article with only some terms is must_not. `Kommunal` is the union (*Kommunal, Kommunals*); *kommunalt* → must_not, *Kommunalrådet* don't care; *facket* relevant, *facklor, fackeltåget* → must_not, *facklig, fackpressen* don't care. NOT – an article with the excluded term is must_not; *blomsterhav* alone is a compound → don't care for `-blommor`. *Hisingsbron* is a compound for `Hisingen` (don't care), *Hisingsbuss* don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Hamnbladet, Kompass, Kvällsbasunen, Vändslingan, Kajen*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **Sten** (trap): the union chairman's given name; *stenen, stenar, stenarna, minnessten(en), Stenpiren, Stenungsund* and the noun *sten* in two articles → must_not; *hösten, masten, prästen, rösten, bristen* neither.
- **Blom** (trap): the surname of Linn and Nora Blom; *blommor, blommorna, blomsterhav* → must_not.
- **Stark** (trap): Ingrid Stark (also *Starks*); *starka, starkt* and the adjective in *en stark ryggrad* → must_not.
- **Lund** (trap): Vera Lund; the city *Lund* and *Lunds universitet* (one article), *Lundby, Frölunda, Lundberg, Hedlund* → must_not.
- **Frisk** (trap): Dag Frisk; the adjective *friska, friskare* → must_not.
- **ström** (trap): *strömmen* (electric current); *strömavbrott, strömförsörjningen* compounds; the verb *strömmade* and the surname *Lindström* → must_not.
- **mast** (trap): *masten*; *kontaktledningsmast* compound; *Masthugget, Masthuggstorget, Masthuggskyrkan* (a district name, not a mast) → must_not.
- **bro** (trap): *bro, bron, broarna*; *Hisingsbron, Götaälvbron, Skeppsbron* compounds; *broms, bromsar(na), bromsade, brott, brodern* → must_not.
- **fack** (trap): *facket* (the union); *fackpressen* compound, *facklig* don't care; *facklor(na), fackeltåg(et)* (torches) → must_not.
- **torg** (trap): *torg, torget*; *Järntorget, Kungstorget, Masthuggstorget, Stigbergstorget, torghandlarna* compounds (don't care); the given name *Torgny* and *Storgöteborg* → must_not.
- **val** (trap): *val, valet* (election, choice); *valrörelsen* compound; the adverb *väl*, the verb *välja, välj, valde, valt*, *väljarna*, *välkomna(r/s), välkänt* and the stop *Valand* → must_not.
- **ord** (trap): *ord* (*inga ord*, *utan ord*, *Förarens första ord*); *ordförande, ordentligt, ordnar, ordningsvakter* → must_not; *Norden* neither.
- **bil** (trap): *bilen, bilar, bilarna*; *bilisterna* don't care; *bild, bilden, bilder, bilderna, mobilen, billiga, utbildning(en), utbildas* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS
fire_build.judge = judge


def main():
    fire_build.build("tram", "T", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
