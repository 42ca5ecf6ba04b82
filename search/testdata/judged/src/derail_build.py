#!/usr/bin/env python3
"""Builds corpus_derail.json and corpus_derail.md from derail_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

One change to fire_build's tokens: several people in the texts have names that are also ordinary Swedish words (Sten,
Stig, Axel, Vagn, Ström, Malm, Bäck, Ek, Bonde, Strand, Vall). Those name tokens keep their capital letter, so that
the name (a lookalike) and the word are classified apart; in the texts the words themselves are never written with a
capital (never first in a sentence or a title), which check_names() verifies.

Run from this folder: python3 derail_build.py [-v]
"""

import re
import sys

import fire_build
from derail_articles import ARTICLES


S = fire_build.S

NAMES = {"Sten", "Stig", "Axel", "Vagn", "Ström", "Malm", "Bäck", "Ek", "Bonde", "Strand", "Strands", "Vall"}
# The given or family name that goes with each capitalised name token, so check_names can tell a name from a word
# at the start of a sentence.
NAME_CONTEXT = re.compile(
    r"Sten Hallqvist|Stig Andersson|Axel Lindgren|Vagn Ekdahl|Anna Ström|Per Malm|Lisa Bäck|Maria Ek|Karin Bonde|"
    r"Erik Strands?|Anna Vall|och Strand har vant sig")


def tokens(text):
    """fire_build.tokens, except that the name tokens above keep their capital letter."""
    return [t if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must belong to one of the named people; returns the number that do not."""
    bad = 0
    for a in ARTICLES:
        for part in (a[3], a[4]):
            spans = [m.span() for m in NAME_CONTEXT.finditer(part)]
            for m in fire_build.TOKEN.finditer(part):
                if m.group() in NAMES and not any(s <= m.start() < e for s, e in spans):
                    print("name token outside a name:", m.group(), "in", a[3])
                    bad += 1
    return bad


CONCEPTS = {
    # --- inflection ---
    "urspårning": dict(
        probe=r"urspår",
        rel=S("urspårning urspårningen"),
        no=S("urspårade"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringszonen"),
        no=S("evakuera evakuerade evakuerades evakuerar evakueras evakuerats"),
    ),
    "lok": dict(
        probe=r"lok",
        rel=S("lok loket"),
        comp=S("ellok ångloken lokföraren"),
        no=S("lokala lokalen förskolelokaler vallokalen klokt"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prov provet proven prover proverna"),
        comp=S("jordprover jordproverna markprover markproverna provomgången provsvar provsvaret vattenprover "
               "vattenproverna"),
        dc=S("provtagits provtagna"),
        no=S("provas provisorisk provisoriskt prövat"),
    ),
    "pendlare": dict(
        probe=r"pendl|pendel",
        rel=S("pendlare pendlaren pendlarna pendlarnas"),
        no=S("pendlar pendlat"),
    ),
    "ersättning": dict(
        probe=r"ersätt|ersatt",
        rel=S("ersättning ersättningen ersättningarna"),
        comp=S("ersättningsbuss ersättningsbussar ersättningsbussen"),
        no=S("ersatt ersätter ersätts"),
        nei=S("eftersatta"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("utredningsledare utredningsledaren"),
        dc=S("utredare utredarna"),
        no=S("utredas utreder"),
    ),
    "tankvagn": dict(
        probe=r"tankvagn",
        rel=S("tankvagn tankvagnen tankvagnar tankvagnarna tankvagnarnas"),
    ),
    "dike": dict(
        probe=r"dike|dikt",
        rel=S("dike diket diken dikena"),
        comp=S("vägdiket"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("brunnsvatten brunnsvattnet dricksvatten grundvatten grundvattenrör grundvattenrören grundvattnet "
               "regnvattnet vattendragen vattendraget vattenprover vattenproverna vattentank ytvattnet"),
        no=S("vattnas"),
    ),
    "åker": dict(
        probe=r"(?i)åker|åkr",
        rel=S("åker åkern åkrar åkrarna"),
        comp=S("åkermark åkermarken åkerbönor"),
        no=S("åkeri åkerman"),
    ),
    "lager": dict(
        probe=r"^lag|lag(er|r)",
        rel=S("lager lagret"),
        comp=S("axellager axellagren axellagret"),
        no=S("laga lagad lagt"),
    ),
    "sliper": dict(
        probe=r"slip",
        rel=S("sliper sliprar sliprarna"),
        comp=S("betongsliper betongsliprar träsliprar träsliprarna"),
        no=S("slippa"),
    ),
    "växel": dict(
        probe=r"väx",
        rel=S("växel växeln växlarna växlarnas"),
        comp=S("spårväxlar växelbyten växelbytet växelområdet växeltungorna"),
        no=S("växte"),
    ),
    "kabel": dict(
        probe=r"kab[el]|kabl",
        rel=S("kabel kablar kablarna"),
        comp=S("fiberkabel signalkabeln signalkablar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer städerna"),
        dc=S("karlstad"),
        no=S("bostadsområde bostadsområdena bostadsområdet bostäder bostäderna städa städade städningen verkstad "
             "verkstaden verkstadsbesök"),
        nei=S("lastades röstade"),
    ),
    "bonde": dict(
        probe=r"(?i)bond|bönd|bön",
        rel=S("bonde bönder bönderna"),
        comp=S("mjölkbonde mjölkbonden"),
        no=S("Bonde åkerbönor"),
    ),
    "fot": dict(
        probe=r"^fot|föt|fots",
        rel=S("foten fots fötterna"),
        no=S("fotograf fotografen fotona"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattetid nattkvarter nattskift septembernatten"),
        no=S("nät nätet järnvägsnätet avloppsnätet elnätsbolaget"),
    ),
    "bror": dict(
        probe=r"bro[dr]|bröd|brör",
        rel=S("bror bröderna"),
        no=S("brodin bröd brödet"),
    ),
    "strand": dict(
        probe=r"(?i)str[aä]nd",
        rel=S("stranden stränder stränderna"),
        no=S("Strand Strands"),
    ),
    # --- compounds ---
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tågen tåget tågets"),
        comp=S("godståg godstågen godståget regionaltåg regionaltågen regionaltåget snabbtåg tågledningen"),
        no=S("taget tagit deltagarna företag företagsbot initiativtagarna järnvägsföretag järnvägsföretagen "
             "järnvägsföretaget provtagits provtagna saneringsföretaget valdeltagandet"),
        nei=S("slitage slitaget"),
    ),
    "vagn": dict(
        probe=r"(?i)vagn",
        rel=S("vagn vagnar vagnarna vagnarnas vagnen vagnens"),
        comp=S("dieselvagnarna gasolvagn gasolvagnar gasolvagnarna godsvagnar skyddsvagn tankvagn tankvagnar "
               "tankvagnarna tankvagnarnas tankvagnen"),
        no=S("Vagn"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor"),
        comp=S("förskolan förskolor lerbäcksskolan lerbäcksskolans skolbussar skolbussarna skolgård skolgården "
               "skolkuratorn skolskjutsarna"),
        dc=S("förskoleklass förskolelokaler"),
        no=S("välskolad"),
    ),
    "olja": dict(
        probe=r"olj",
        rel=S("olja oljan"),
        comp=S("eldningsolja oljeskadade"),
        no=S("oljud oljudet"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt",
        rel=S("gatan gatorna"),
        comp=S("gatubelysningen järnvägsgatan storgatan"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "brunn": dict(
        probe=r"brun",
        rel=S("brunn brunnar brunnarna"),
        comp=S("brunnsvatten brunnsvattnet gödselbrunnen"),
        no=S("brun bruna brunnit"),
    ),
    "bana": dict(
        probe=r"ban",
        rel=S("banan banorna"),
        comp=S("bandirektör bangården banvallen stambanan värmlandsbanan"),
        dc=S("rangerbangård rangerbangården"),
        no=S("banker bankerna urban"),
        nei=S("avspärrningsband samband"),
    ),
    "sanering": dict(
        probe=r"saner",
        rel=S("sanering saneringen"),
        comp=S("saneringsföretaget"),
        no=S("sanera saneras sanerat"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogårdens kyrkoherden"),
    ),
    # --- traps ---
    "ström": dict(
        probe=r"(?i)ström",
        rel=S("ström strömmen"),
        comp=S("strömstare nedströms"),
        no=S("Ström strömberg strömmade"),
    ),
    "malm": dict(
        probe=r"(?i)malm",
        rel=S("malm"),
        comp=S("malmkoncentrat"),
        no=S("Malm malmberg malmö"),
    ),
    "sten": dict(
        probe=r"(?i)st[eé]n",
        rel=S("stenar stenarna"),
        comp=S("skorstenar"),
        no=S("Sten stenberg stenqvist"),
        nei=S("förlusten gudstjänsten hösten juristen lasten resten räddningstjänsten räddningstjänstens tvisten"),
    ),
    "val": dict(
        probe=r"(?i)val",
        rel=S("val valet"),
        comp=S("valdeltagandet vallokalen valnämnden valnämndens valrörelsen"),
        no=S("valde valt banvallen Vall"),
        nei=S("miljöförvaltning"),
    ),
    "bäck": dict(
        probe=r"(?i)b[äa]ck",
        rel=S("bäck bäcken bäckens bäckarna"),
        comp=S("lerbäcken"),
        dc=S("lerbäcksskolan lerbäcksskolans lerbäcksvägen"),
        no=S("Bäck backman backade"),
    ),
    "stig": dict(
        probe=r"(?i)stig",
        rel=S("stigen"),
        no=S("Stig stiger"),
        nei=S("fastigheter fastighetsägare fastighetsägarna hastighet hastighetsnedsättning"),
    ),
    "bro": dict(
        probe=r"br[oö]",
        rel=S("bron"),
        comp=S("vägbron"),
        no=S("brodin brolin bromsa bromsade bromsar nödbromsade bror bröd bröderna brödet bröts axelbrott "
             "miljöbrott miljöbrottet örebro"),
    ),
    "axel": dict(
        probe=r"(?i)ax[e]?l",
        rel=S("axeln axlar"),
        comp=S("axelbrott axellager axellagren axellagret hjulaxel"),
        no=S("Axel axelsson"),
    ),
    "lax": dict(
        probe=r"(?i)lax",
        rel=S("lax laxen"),
        no=S("laxå laxåbor laxåborna laxåfallet laxån laxåolyckan laxås"),
        nei=S("hjulaxel"),
    ),
    "ek": dict(
        probe=r"(?i)^ek|ek(en|ar|arna)?$",
        rel=S("eken ekar ekarna"),
        no=S("Ek ekdahl ekholm ekman ekorren"),
        nei=S("pekar vek"),
    ),
    "hål": dict(
        probe=r"hål",
        rel=S("hål hålet"),
        no=S("håll hålla hållas håller hålls busshållplatsen pakethållaren hushåll hushållen hushållspapper "
             "underhåll underhållet underhållits underhållsprogram underhållsskulden"),
    ),
    "last": dict(
        probe=r"last",
        rel=S("last lasten lasterna"),
        comp=S("lastbil lastbilar lastbilarna"),
        dc=S("omlastning omlastningen"),
        no=S("lastades nordlast plastbitar plastduk plastflaskor plastgranulat plasttank belastat ballast"),
    ),
    "ton": dict(
        probe=r"ton",
        rel=S("ton"),
        no=S("betong betongsliper betongsliprar kartong kartonger tonåringar"),
        nei=S("fotona kvitton åtminstone"),
    ),
    # --- words of phrases, booleans and filters ---
    "farlig": dict(probe=r"^farlig", rel=S("farliga farligare farligt")),
    "gods": dict(
        probe=r"gods",
        rel=S("gods godset"),
        comp=S("godsbolag godsbranschen godsoperatörer godsoperatörerna godsstråken godsstråket godssäsongen "
               "godstrafik godstrafiken godståg godstågen godståget godsvagnar"),
    ),
    "statens": dict(probe=r"^stat(en|ens)?$", rel=S("staten statens")),
    "haverikommission": dict(
        probe=r"haverikommission",
        rel=S("haverikommission haverikommissionen haverikommissionens haverikommissions"),
    ),
    "stängd": dict(
        probe=r"stäng",
        rel=S("stängd stängda"),
        nei=S("avstängd avstängningen byggstängsel stänga stängs stängt"),
    ),
    "för": dict(probe=r"^för$", rel=S("för")),
    "trafik": dict(
        probe=r"trafik",
        rel=S("trafik trafiken"),
        comp=S("godstrafik godstrafiken järnvägstrafik länstrafiken länstrafikens trafikchef trafikplanerare "
               "trafikverket trafikverkets värmlandstrafiks"),
        no=S("trafikerade trafikeras"),
    ),
    "privat": dict(
        probe=r"privat",
        rel=S("privat privata"),
        comp=S("privatpersoner"),
    ),
    "förorenad": dict(
        probe=r"förorena",
        rel=S("förorenad förorenade förorenat"),
        nei=S("förorenades förorenar förorenats"),
    ),
    "jord": dict(
        probe=r"jord",
        rel=S("jord jorden"),
        comp=S("giftjorden jordbruket jordbävning jordprover jordproverna matjorden"),
        nei=S("avgjord gjorde"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "flaska": dict(
        probe=r"flask",
        rel=S("flaska flaskor"),
        comp=S("flaskhalsen glasflaska plastflaskor"),
    ),
    "elev": dict(probe=r"^elev", rel=S("elev elever eleverna")),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("järnvägsolycka laxåolyckan olycksplats olycksplatsen"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "laxå": dict(
        probe=r"laxå",
        rel=S("laxå laxås"),
        comp=S("laxåbor laxåborna laxåfallet laxåolyckan"),
        nei=S("laxån"),
    ),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "gasol": dict(
        probe=r"gasol",
        rel=S("gasol gasolen"),
        comp=S("gasolvagn gasolvagnar gasolvagnarna"),
    ),
    "propan": dict(probe=r"propan", rel=S("propan")),
    "hallsberg": dict(probe=r"hallsberg", rel=S("hallsberg")),
    "hova": dict(probe=r"hova", rel=S("hova")),
    "värmlandsbanan": dict(probe=r"värmlandsban", rel=S("värmlandsbanan")),
    "kristinehamn": dict(probe=r"kristinehamn", rel=S("kristinehamn")),
    "räddningstjänst": dict(
        probe=r"räddningstjänst",
        rel=S("räddningstjänst räddningstjänsten räddningstjänstens"),
    ),
    "brandkår": dict(probe=r"brandkår", rel=S("brandkår brandkåren brandkårs")),
    "grundvatten": dict(
        probe=r"grundvatt",
        rel=S("grundvatten grundvattnet"),
        comp=S("grundvattenrör grundvattenrören"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("urspårningen", "inflection", False, ("term", "urspårning")),
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("loket", "inflection", False, ("term", "lok")),
    ("proven", "inflection", False, ("term", "prov")),
    ("pendlarna", "inflection", False, ("term", "pendlare")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("tankvagnarna", "inflection", False, ("term", "tankvagn")),
    ("dikena", "inflection", False, ("term", "dike")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("åkrar", "syncope", False, ("term", "åker")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("sliprar", "syncope", False, ("term", "sliper")),
    ("växlarna", "syncope", False, ("term", "växel")),
    ("kablar", "syncope", False, ("term", "kabel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("tåg", "compound", True, ("term", "tåg")),
    ("vagn", "compound", True, ("term", "vagn")),
    ("skola", "compound", True, ("term", "skola")),
    ("olja", "compound", True, ("term", "olja")),
    ("gata", "compound", True, ("term", "gata")),
    ("brunn", "compound", True, ("term", "brunn")),
    ("bana", "compound", True, ("term", "bana")),
    ("sanering", "compound", True, ("term", "sanering")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ('"farligt gods"', "phrase", False, ("phrase", ["farlig", "gods"])),
    ('"Statens haverikommission"', "phrase", False, ("phrase", ["statens", "haverikommission"])),
    ('"stängd för trafik"', "phrase", False, ("phrase", ["stängd", "för", "trafik"])),
    ('"privata brunnar"', "phrase", False, ("phrase", ["privat", "brunn"])),
    ('"förorenad jord"', "phrase", False, ("phrase", ["förorenad", "jord"])),
    ('"vatten på flaska"', "phrase", False, ("phrase", ["vatten", "på", "flaska"])),
    ('"skolans elever"', "phrase", False, ("phrase", ["skola", "elev"])),
    ('"olyckan i Laxå"', "phrase", False, ("phrase", ["olycka", "i", "laxå"])),
    ("Trafikverket haverikommissionen", "boolean", False, ("and", ["trafikverket", "haverikommission"])),
    ("gasol OR propan", "boolean", False, ("or", ["gasol", "propan"])),
    ("bönder -ersättningen", "boolean", False, ("not", "bonde", "ersättning")),
    ("Hallsberg Hova", "boolean", False, ("and", ["hallsberg", "hova"])),
    ("Värmlandsbanan -Kristinehamn", "boolean", False, ("not", "värmlandsbanan", "kristinehamn")),
    ("räddningstjänsten OR brandkåren", "boolean", False, ("or", ["räddningstjänst", "brandkår"])),
    ("grundvattnet brunnar", "boolean", False, ("and", ["grundvatten", "brunn"])),
    ("källa:Tivedsposten evakueringen", "filter", False, ("filter", "Tivedsposten", "evakuering")),
    ("källa:Tallen pendlarna", "filter", False, ("filter", "Tallen", "pendlare")),
    ("källa:Sirius haverikommissionen", "filter", False, ("filter", "Sirius", "haverikommission")),
    ("källa:Kvällsnytt gasol", "filter", False, ("filter", "Kvällsnytt", "gasol")),
    ("källa:Spårvidd växeln", "filter", False, ("filter", "Spårvidd", "växel")),
    ("källa:Skördebladet brunnar", "filter", False, ("filter", "Skördebladet", "brunn")),
    ("typ:opinion Trafikverket", "filter", False, ("filter", "opinion", "trafikverket")),
    ("ström", "trap", False, ("term", "ström")),
    ("malm", "trap", False, ("term", "malm")),
    ("sten", "trap", False, ("term", "sten")),
    ("val", "trap", False, ("term", "val")),
    ("bäck", "trap", False, ("term", "bäck")),
    ("stig", "trap", False, ("term", "stig")),
    ("bro", "trap", False, ("term", "bro")),
    ("axel", "trap", False, ("term", "axel")),
    ("lax", "trap", False, ("term", "lax")),
    ("ek", "trap", False, ("term", "ek")),
    ("hål", "trap", False, ("term", "hål")),
    ("last", "trap", False, ("term", "last")),
    ("ton", "trap", False, ("term", "ton")),
]

HEADER = """# corpus_derail.json – judging notes

Invented crisis: at 03.42 in the night to Wednesday 9 September 2026, four days before the general election, a freight train of the invented operator Nordlast Rail AB (an electric locomotive and 26 wagons, from the marshalling yard in Hallsberg to Göteborg) derails at the switches at the east end of Laxå station on Västra stambanan, where Värmlandsbanan branches off. Eleven wagons leave the track; three tank wagons with LPG (gasol, mostly propane) lie in a ditch by the embankment, intact, and two of four tank wagons with diesel leak about 65 cubic metres into the ditch, the stream Lerbäcken and the river Laxån. Nerikes brandkår evacuates about 340 people within 800 metres, among them the school Lerbäcksskolan (240 pupils, moved to Hasselfors for a week) and the preschool Ekorren; the evacuated sleep in Folkets hus, the parish hall and hotels; the polling station moves; the LPG is pumped over on Saturday and the evacuation is lifted on election Sunday, except for ten houses closest to the track. Västra stambanan is closed between Hallsberg and Hova for three weeks and runs on one track until 26 October (SJ's trains go via Mjölby, Nässjö and Jönköping, freight via Godsstråket genom Bergslagen, commuters ride replacement buses); Värmlandsbanan towards Kristinehamn reopens on 25 September. Farmers along the stream lose harvest and milk, diesel is found in five of 41 private wells (bottled water, later a municipal water main), 4 000 tonnes of soil are dug away, fish die in the stream. Statens haverikommission (SHK) finds in its interim report of 10 December that an overheated axle bearing broke an axle in the switch, and that the hot-box detector west of Hallsberg had been out of order for three weeks; the police and a prosecutor investigate an environmental crime (a corporate fine is sought in February 2027); compensation, the railway's maintenance debt and dangerous goods through towns are debated. Places and public bodies are real (Laxå with Ramundeboda, Hasselfors, Tiveden, Laxå kyrka and Folkets hus; Hallsberg, Hova, Töreboda, Kristinehamn, Karlstad, Örebro, Askersund, Kumla, Skövde, Mjölby, Nässjö, Jönköping, Falköping, Frövi; Trafikverket, Statens haverikommission, Nerikes brandkår, Länsstyrelsen i Örebro län, Sydnärkes miljöförbund, Länstrafiken Örebro, Transportstyrelsen, SGU, SMHI, LRF, Universitetssjukhuset Örebro, Åklagarmyndigheten; their actions are invented); the stream Lerbäcken, the school, the preschool, the operator, all companies, every person and all six outlets are invented: Tivedsposten (local daily for Laxå and Tiveden, with letters and leaders), Radio Tallen (local radio, with quotes and a commentary), Nyhetsbyrån Sirius (wire service, also carrying press releases), Kvällsnytt (national tabloid, with columns), Spårvidd (railway trade paper) and Skördebladet (farming trade paper). 130 articles (112 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 12 August 2026 to 15 March 2027, +02:00 until 25 October and +01:00 after. The ids td001–td130 follow publication time.

Names that are also words: as in real news, several people have given names or surnames that are ordinary Swedish words: Sten Hallqvist and Anna Ström (Trafikverket), Axel Lindgren (the rescue leader), Vagn Ekdahl (SHK), Maria Ek (the municipality), Lisa Bäck (the head teacher), Stig Andersson (a commuter), Per Malm (LRF), the farmers Karin Bonde and Erik Strand, and the lawyer Anna Vall. A Swedish reader never takes the name for the word, so each name is a lookalike (must_not) for the word it spells: *Sten* for `sten`, *Ström* for `ström`, *Axel* for `axel`, *Vagn* for `vagn`, *Ek* for `ek`, *Bäck* for `bäck`, *Stig* for `stig`, *Malm* for `malm`, *Bonde* for `bönder`, *Strand* and *Strands* for `stränder`, *Vall* for `val`. So that name and word can be classified apart, derail_build.py keeps the capital letter of these name tokens (all other tokens are lower-cased as in fire_build), and the words themselves are never written with a capital in the texts (never first in a title or a sentence); check_names() fails the build if a capitalised name token stands outside one of the names. Other surnames built on the words are lookalikes too: *Strömberg*, *Malmberg*, *Stenberg*, *Stenqvist*, *Axelsson*, *Backman*, *Brodin*, *Brolin*, *Ekdahl*, *Ekholm*, *Ekman*, *Åkerman*, and the given name *Urban* (for `bana`). Names that are words but meet no query (Berg, Lund, Holm, Rask, Frisk, Vik, Alm, Björk, Nord, Grön, Rapp, Ljung) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (and the noun, to be safe), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *åker* (every *åker* is a field; the verb appears as *åka*, *åkte*), the verb *växlar* and the noun *växlar* (the switches appear as *växel*, *växeln*, *växlarna*, *växlarnas*), *tankar* and *tanken* (thoughts or tanks), the noun *stänger*, the fruit *banan*, *val* meaning whale, *lager* meaning beer, *ton* meaning tone (every *ton* is tonnes), *axlar* meaning shoulders (every *axlar* is axles), *bäcken* meaning pelvis, *pendlar* as the plural of *pendel* (every *pendlar* is the verb), *stig* as the imperative of *stiga*, *gods* meaning a manor, *tåg* meaning a procession.

How the lists were made: src/derail_articles.py holds the texts and src/derail_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: tåg/tag, stad/städ, bonde/bön, natt/nät, bror/bröd, strand/stränd, gata/gåta, bäck/back, bro/brö, sten/stén) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *SHK:s*, *SJ:s*, *VA-utbyggnaden* and *vatten- och* are split. `python3 derail_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the traps the line between must_not and neither was drawn so: a token is a lookalike (must_not) when the query's letters form a unit in it that a reader could mistake, that is another lemma, a name, a diacritic pair or a compound part (*banvallen* for `val`, *betong* for `ton`, *plastduk* for `last`, *hushåll* for `hål`, *miljöbrott* for `bro`); it is neither when the letters only straddle other morphemes (*hösten*, *resten*, *räddningstjänsten* = höst+en, rest+en, tjänst+en for `sten`; *hastighet*, *fastigheter* for `stig`; *hjulaxel* for `lax`; *pekar*, *vek* for `ek`; *slitage* for `tåg`; *miljöförvaltning* for `val`; *lastades*, *röstade* for `stad`). The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *saneringsföretaget*, *brunnsvatten*, *brunnsvattnet*; -e- *oljeskadade* (olja); -u- *gatubelysningen* (gata); -o- *kyrkogårdens*, *kyrkoherden* (kyrka); the final vowel dropped *banvallen*, *bangården*, *bandirektör* (bana), *skolgården*, *skolbussar*, *skolkuratorn* (skola); none *godståg*, *regionaltåg*, *tågledningen*, *tankvagnar*, *godsvagnar*, *skyddsvagn*, *Lerbäcksskolan*, *förskolan*, *eldningsolja*, *Järnvägsgatan*, *Storgatan*, *gödselbrunnen*, *stambanan*, *Värmlandsbanan*. A word inside a longer compound is don't care: *förskoleklass*, *förskolelokaler* for `skola`, *rangerbangård(en)* for `bana`, *Lerbäcksskolan*, *Lerbäcksvägen* for `bäck`.
- **tåg** (compound): every form of *tag* (*i taget*, *tagit*), its compounds and derivations *företag*, *järnvägsföretaget*, *saneringsföretaget*, *företagsbot*, *deltagarna*, *initiativtagarna*, *valdeltagandet*, *provtagits*, *provtagna* → must_not. **vagn**: the name *Vagn* (Vagn Ekdahl) → must_not; *vagn nummer sju* is the noun. **skola**: *välskolad* (trained) → must_not. **olja**: *oljud*, *oljudet* (noise) → must_not. **gata**: *gåta* (riddle) → must_not. **brunn**: *brun*, *bruna* (brown) and *brunnit* (brinna) → must_not. **bana**: *banker*, *bankerna* and the name *Urban* → must_not. **sanering**: the verb *sanera*, *saneras*, *sanerat* → must_not. **kyrka**: no lookalike in the texts.
- **ström** (trap): the name *Ström* (Anna Ström), the surname *Strömberg* and the verb *strömmade* → must_not; *en jämn ström* of lorries and *utan ström* are the noun; *strömstare* (a bird) and *nedströms* are compounds → don't care.
- **malm** (trap): the name *Malm* (Per Malm), *Malmberg* and *Malmö* → must_not; *malmkoncentrat* compound.
- **sten** (trap): the given name *Sten* (Sten Hallqvist), *Stenberg*, *Stenqvist* → must_not; *skorstenar* compound; *stenar*, *stenarna* (ballast stones) relevant.
- **val** (trap): *vall* in *banvallen* and the name *Vall*, and the verb *välja* in *valde*, *valt* → must_not; *vallokalen*, *valnämnden*, *valrörelsen*, *valdeltagandet* compounds; *val* and *valet* (the election) relevant.
- **bäck** (trap): the name *Bäck* (Lisa Bäck), *Backman* and *backade* (diacritic pair) → must_not; *Lerbäcken* compound.
- **stig** (trap): the name *Stig* (Stig Andersson) and the verb *stiger* → must_not; *stigen* (the path along the embankment) relevant.
- **bro** (trap): *bror*, *bröderna*, *bröd*, *brödet*, *Brodin*, *Brolin*, *broms-* (*bromsar*, *bromsade*, *nödbromsade*, *bromsa*), *bröts* (bryta), *brott* in *miljöbrott(et)*, *axelbrott*, and the place *Örebro* (a city, not a bridge, as *Köpenhamn* for `hamn`) → must_not; *vägbron* compound; *bron* relevant.
- **axel** (trap): the name *Axel* (Axel Lindgren) and *Axelsson* → must_not; *axeln*, *axlar* (the wagon's axles) relevant, *hjulaxel*, *axellager(et)*, *axelbrott* compounds.
- **lax** (trap): the place *Laxå* in all its forms and compounds (*Laxås*, *Laxåbor(na)*, *Laxåolyckan*, *Laxåfallet*) and the river name *Laxån* → must_not (a place, not a fish); *lax* and *laxen* relevant; *hjulaxel* neither.
- **ek** (trap): the name *Ek* (Maria Ek), *Ekdahl*, *Ekholm*, *Ekman* and the preschool *Ekorren* (squirrel) → must_not; *eken*, *ekar*, *ekarna* relevant.
- **hål** (trap): every form of *hålla* and its compounds (*håller*, *hålls*, *hållas*, *håll*, *busshållplatsen*, *pakethållaren*, *hushåll(en)*, *hushållspapper*, *underhåll(et)*, *underhållits*, *underhållsprogram*, *underhållsskulden*) → must_not; *hål*, *hålet* relevant.
- **last** (trap): the verb *lastades*, the company *Nordlast*, *plast* in *plastduk*, *plastflaskor*, *plastbitar*, *plastgranulat*, *plasttank*, *belastat* and *ballast* → must_not; *lastbil(ar)* compounds; *omlastning(en)* (from *lasta om*, but about the load) → don't care.
- **ton** (trap): *betong* and *betongsliper*, *betongsliprar*, *kartong(er)*, *tonåringar* → must_not; *fotona*, *kvitton*, *åtminstone* neither; *ton* (tonnes) relevant.
- **urspårningen**: the participle *urspårade* → must_not; articles that only say *spårade ur* have no probed form and are don't care. **evakueringen**: the verb *evakuera*, *evakuerar*, *evakueras*, *evakuerades*, *evakuerats* and *de evakuerade* → must_not; *evakueringszonen* compound. **loket**: *lokal*, *lokala*, *lokalen*, *förskolelokaler*, *vallokalen* and *klokt* → must_not; *ellok*, *ångloken*, *lokföraren* compounds. **proven**: *provas*, *provisorisk(t)* and *prövat* → must_not; *provtagits*, *provtagna* (the verb *provta*) → don't care; *jordprover*, *vattenproverna*, *provsvar* … compounds. **pendlarna**: the verb *pendlar*, *pendlat* → must_not. **ersättningen**: the verb *ersätter*, *ersätts*, *ersatt* → must_not; *ersättningsbussar* compound. **utredningen**: *utreder*, *utredas* → must_not; *utredare*, *utredarna* (a person noun of the same verb) → don't care; *utredningsledaren* compound. **tankvagnarna**, **dikena**: no lookalike in the texts; *vägdiket* compound.
- **vattnet**: the verb *vattnas* → must_not; *grundvattnet*, *dricksvatten*, *vattenprover* … compounds. **åkrar**: *åkeri* and the surname *Åkerman* → must_not; *åkermark(en)*, *åkerbönor* compounds. **lagret**: *laga*, *lagad* and *lagt* (lägga) → must_not; *lager* as a warehouse, a layer and a bearing is one noun; *axellager(et)* compounds. **sliprar**: *slippa* → must_not. **växlarna**: *växte* → must_not; *växelområdet*, *växelbytet*, *spårväxlar* compounds. **kablar**: no lookalike.
- **städer**: *bostad* in *bostäder(na)*, *bostadsområde(t/na)*, *verkstad(en)*, *verkstadsbesök* and the verb *städa*, *städade*, *städningen* → must_not; *Karlstad* → don't care; *vår stad* (Laxå) relevant. **bönder**: the name *Bonde* (Karin Bonde) and *åkerbönor* → must_not; *mjölkbonde(n)* compound. **fötter**: *fotograf(en)*, *fotona* → must_not; *till fots*, *vid foten av banvallen*, *blött om fötterna* relevant. **nätter**: *nät*, *nätet*, *järnvägsnätet*, *avloppsnätet*, *elnätsbolaget* → must_not; *nattetid*, *nattskift*, *septembernatten* compounds. **bröder**: *bröd*, *brödet* and the surname *Brodin* → must_not. **stränder**: the name *Strand*, *Strands* (Erik Strand) → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *farligt gods*, *det farliga godset* relevant; *Godset var farligt* → must_not. *Statens haverikommission(s)* relevant; *staten* and *haverikommissionen* apart → must_not. *stängd för trafik* relevant; *Värmlandsbanan … öppnar för trafik … förblir stängd* and *banan stängd, och trafiken leds om* → must_not; *stängt*, *stänga*, *stängs*, *avstängd* are not forms of *stängd*, and *Trafikverket* is a compound of *trafik* (don't care). *privata brunnar* relevant; *privata vägar … privat mark … brunnar* → must_not. *förorenad jord*, *den förorenade jorden* relevant; *jord på privat mark … är förorenad* → must_not. *vatten på flaska* relevant; *flaskor med vatten* → must_not; *glasflaska* alone is a compound (don't care). *Skolans elever* relevant; *Lerbäcksskolans 240 elever ska gå i skolan … skolans app* → must_not. *olyckan i Laxå* relevant; *olyckan* and *i Laxå* apart → must_not; *olycksplatsen* and *Laxåolyckan* are compounds (don't care).
- **Booleans**: AND – an article with only some of the terms is must_not; one where a missing term is only inside a compound (*grundvattenrören*) is don't care. NOT – an article with the excluded term is must_not (*ersättning*, *ersättningarna*; *Kristinehamn*); one with the excluded term only inside a compound (*ersättningsbussar*) is don't care. OR – an article whose only match is a compound (*gasolvagnarna*) is don't care. *Bonde* (the name) alone is must_not for `bönder -ersättningen`.
- **Filters**: `källa:` matches one word of the outlet's name (*Tivedsposten*, *Tallen*, *Sirius*, *Kvällsnytt*, *Spårvidd*, *Skördebladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS
fire_build.tokens = tokens


def main():
    if check_names():
        sys.exit("name tokens outside names")
    fire_build.build("derail", "td", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
