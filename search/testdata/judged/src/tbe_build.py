#!/usr/bin/env python3
"""Builds corpus_tbe.json and corpus_tbe.md from tbe_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 tbe_build.py [-v]
"""

import fire_build
from tbe_articles import ARTICLES


S = fire_build.S

VACC_VERB = S("vaccinera vaccinerad vaccinerade vaccinerar vaccineras vaccinerat vaccinerats")
VACCINATION = S("vaccination vaccinationen vaccinationer vaccinationerna")
VACCINATION_COMP = S("barnvaccinationen barnvaccinationsprogram vaccinationsbuss vaccinationsbussen vaccinationscentraler "
                     "vaccinationskort vaccinationsmottagning vaccinationsmottagningar vaccinationsprogrammet "
                     "vaccinationsskydd vaccinationstakten")
VACCIN = S("vaccin vaccinet vaccinen")
VACCIN_COMP = S("vaccinbrist vaccinbristen vaccintillverkaren")
BARN_COMP = S("barnavårdscentraler barnbarn barnbarnen barngrupper barnläkare barnläkaren barnsjukhus "
              "barnvaccinationen barnvaccinationsprogram")
VÅRDCENTRAL = S("vårdcentral vårdcentralen vårdcentralens vårdcentraler vårdcentralerna vårdcentralernas")

CONCEPTS = {
    # --- inflection ---
    "vaccin": dict(
        probe=r"vaccin",
        rel=VACCIN,
        comp=VACCIN_COMP,
        dc=VACCINATION | VACCINATION_COMP | S("vaccinering vaccineringen"),
        no=VACC_VERB,
    ),
    "vaccination": dict(
        probe=r"vaccin",
        rel=VACCINATION,
        comp=VACCINATION_COMP,
        dc=S("vaccinering vaccineringen"),
        no=VACC_VERB,
        nei=VACCIN | VACCIN_COMP,
    ),
    "fall": dict(
        probe=r"fall|föll",
        rel=S("fall fallen"),
        comp=S("dödsfall dödsfallet"),
        no=S("faller"),
    ),
    "beslut": dict(
        probe=r"beslut|beslöt",
        rel=S("beslut besluten beslutet"),
        no=S("beslutade beslutar beslutat"),
    ),
    "kostnad": dict(
        probe=r"kost",
        rel=S("kostnad kostnaden kostnader"),
        comp=S("kostnadsfri kostnadsfria"),
        no=S("kost kosta kostar kostråd"),
    ),
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteken apotekens apoteket"),
        comp=S("apoteksaktörerna apoteksförening apotekskedjorna"),
        dc=S("apotekare apotekaren"),
    ),
    "symtom": dict(probe=r"symtom|symptom", rel=S("symtom symtomen")),
    "sjukdom": dict(probe=r"sjukdom", rel=S("sjukdom sjukdomar sjukdomen")),
    "brist": dict(
        probe=r"brist",
        rel=S("brist bristen"),
        comp=S("vaccinbrist vaccinbristen bristsituationer"),
    ),
    # --- syncope ---
    "feber": dict(probe=r"febr|feber", rel=S("feber febern"), no=S("februari")),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrar somrarna somras"),
        comp=S("försommaren midsommar midsommarhelgen sommarbefolkning sommarboende sommargästerna sommarlovet "
               "sommarläger sommarmottagning sommarstuga sommarstugan sommarstugeområdet"),
    ),
    "fågel": dict(probe=r"fågel|fågl", rel=S("fåglar fåglarna"), comp=S("flyttfåglarna")),
    "muskel": dict(probe=r"musk", rel=S("musklerna"), no=S("muskö")),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecknen"),
        no=S("intecknad tecknar tecknat teckning"),
    ),
    "väder": dict(
        probe=r"v[äa]d",
        rel=S("vädret"),
        no=S("vädjar"),
        nei=S("kvadratmeter lovade vad"),
    ),
    # --- umlaut ---
    "fot": dict(probe=r"^fot|föt", rel=S("fötterna"), dc=S("fotboll")),
    "dotter": dict(probe=r"dott|dött", rel=S("döttrar döttrarna")),
    "mus": dict(
        probe=r"mus|möss",
        rel=S("möss mössen"),
        no=S("mössa muskö riksmuseet"),
        nei=S("musklerna"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("landet landets länder länderna"),
        comp=S("fastlandet"),
        dc=S("gotland finland tyskland sörmland västmanland värmland öland götaland upplands norrlandskusten"),
        no=S("landat"),
        nei=S("bland förhållanden pressmeddelande strålande utländsk landskapet odlingslandskapet"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad stadens städer"),
        comp=S("innerstaden stadsdel stadshuset"),
        nei=S("vistades"),
    ),
    "strand": dict(probe=r"str[aä]nd", rel=S("stranden stränderna")),
    # --- compounds ---
    "fästing": dict(
        probe=r"fäst",
        rel=S("fästing fästingar fästingarna fästingarnas fästingen fästingens"),
        comp=S("fästingbett fästingburen fästingburna fästingfabrik fästingkoll fästingkontroll fästingkort "
               "fästingsäsongen fästingvarning"),
        no=S("fäste fästning fästningen"),
    ),
    "vård": dict(
        probe=r"vård",
        rel=S("vården"),
        comp=S("barnavårdscentraler naturvård naturvårdshandläggaren sjukvårdspolitiska sjukvårdsregionråd "
               "sjukvårdsregionrådet vårdförbundet vårdförbundets vårdtid") | VÅRDCENTRAL,
        no=S("vårdades vårdas"),
    ),
    "smitta": dict(
        probe=r"smitt",
        rel=S("smittan"),
        comp=S("smittskyddsenheten smittskyddslagen smittskyddsläkare smittskyddsläkaren"),
        no=S("smittade smittas smittats"),
    ),
    "kö": dict(
        probe=r"^k[oö](n|r|rna|ns|er|erna|rn|rnet|l|ll|a|at|ade|arna|pa)?$|^kö|kö$|kön$|köer|köns",
        rel=S("kö köer köerna kön"),
        comp=S("telefonkön"),
        dc=S("muskö"),
        no=S("kor korna kör köat köpa"),
        nei=S("koll"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckans veckor veckorna"),
        comp=S("skärgårdsveckorna veckovis"),
        no=S("knävecken utveckling utvecklingen"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färjan färjorna"),
        comp=S("färjeläget färjetrafiken vägfärjan"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=set(),
        comp=S("drottninggatan hantverkargatan"),
        no=S("gåta gåtan"),
        nei=S("frågat gått legat tillbringat"),
    ),
    "skärgård": dict(
        probe=r"skärg",
        rel=S("skärgård skärgården skärgårdens skärgårdarnas"),
        comp=S("skärgårdsbor skärgårdsläkaren skärgårdsstiftelsen skärgårdsstiftelsens skärgårdsveckorna"),
    ),
    # --- traps ---
    "stig": dict(
        probe=r"stig|steg",
        rel=S("stigar stigarna stigen"),
        no=S("stig steg stiger"),
        nei=S("fastighetsverk"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        dc=S("soligaste"),
        no=S("solberg sollentuna solna solveig"),
    ),
    "ek": dict(
        probe=r"^ek|ek$|ekar|eken",
        rel=S("ekar ekarna"),
        comp=S("ekhagar"),
        no=S("ek ekberg ekblom ekdahl ekerö ekholm ekman ekonom ekonomi ekström ekvall"),
        nei=S("apotek apotekare apotekaren apoteken apotekens påpekar"),
    ),
    "fäste": dict(
        probe=r"fäst",
        rel=S("fäste"),
        no=S("fästing fästingar fästingarna fästingarnas fästingen fästingens fästingbett fästingburen fästingburna "
             "fästingfabrik fästingkoll fästingkontroll fästingkort fästingsäsongen fästingvarning fästning fästningen"),
    ),
    "kost": dict(
        probe=r"kost",
        rel=S("kost"),
        comp=S("kostråd"),
        no=S("kosta kostar kostnad kostnaden kostnader kostnadsfri kostnadsfria"),
    ),
    "takt": dict(
        probe=r"takt",
        rel=S("takt takten"),
        comp=S("vaccinationstakten"),
        no=S("kontakt kontakta kontakter taktik"),
    ),
    "kris": dict(probe=r"kris", rel=S("kris krisen"), no=S("kristersson kristina")),
    "bar": dict(
        probe=r"bar",
        rel=S("bar"),
        comp=S("barbenta"),
        no=S("bara barn barnen drabbar enbart hanterbara") | BARN_COMP,
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("arm armen"),
        comp=S("överarmen armhålorna"),
        no=S("varm varma varmare varmaste varmt"),
        nei=S("sommarmottagning"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindarna"),
        no=S("lind lindahl lindberg lindgren lindgrens lindqvist lindra lindriga lindström"),
    ),
    "vide": dict(probe=r"vide", rel=S("videt"), no=S("vide vides video videon")),
    "sten": dict(
        probe=r"sten",
        rel=S("stenar"),
        comp=S("stenmurarna"),
        dc=S("stenhamra"),
        no=S("sten stensson"),
        nei=S("assistent bristen hägersten hälsoposten hälsopostens hösten norrlandskusten vaccinbristen"),
    ),
    "stick": dict(probe=r"stick", rel=S("stick"), no=S("sticker")),
    # --- words of phrases, booleans and filters ---
    "kostnadsfri": dict(probe=r"kostnadsfri", rel=S("kostnadsfri kostnadsfria")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "region": dict(
        probe=r"^region",
        rel=S("region regionen regionens"),
        nei=S("regional regionalt regiondirektör regioner regionerna regionernas regionråd regionrådet "
              "regionstyrelsen regionstyrelsens"),
    ),
    "stockholm": dict(probe=r"stockholm", rel=S("stockholm stockholms")),
    "lång": dict(
        probe=r"^lång|^läng",
        rel=S("lång långa"),
        nei=S("länge längre längs längtat långbyxor långsiktig långt långvariga"),
    ),
    "svårt": dict(probe=r"^svår", rel=S("svårt"), nei=S("svår svåra")),
    "sjuk": dict(probe=r"^sjuk[at]?$", rel=S("sjuk sjuka sjukt")),
    "folkhälsomyndigheten": dict(
        probe=r"folkhälsom",
        rel=S("folkhälsomyndigheten folkhälsomyndighetens"),
        dc=S("folkhälsomyndigheterna"),
    ),
    "rekommendation": dict(
        probe=r"rekommend",
        rel=S("rekommendation rekommendationen rekommendationer rekommendationerna"),
        no=S("rekommenderar"),
    ),
    "andra": dict(probe=r"^andra$", rel=S("andra")),
    "dos": dict(probe=r"dos", rel=S("dos dosen doser doserna"), comp=S("påfyllnadsdos")),
    "ekerö": dict(probe=r"ekerö", rel=S("ekerö")),
    "värmdö": dict(probe=r"värmdö", rel=S("värmdö"), comp=S("värmdöborna")),
    "vårdcentral": dict(probe=r"vårdcentral", rel=VÅRDCENTRAL),
    "barn": dict(probe=r"barn", rel=S("barn barnen"), comp=BARN_COMP),
    "smittskyddsläkare": dict(
        probe=r"smittskyddsl",
        rel=S("smittskyddsläkare smittskyddsläkaren"),
        nei=S("smittskyddslagen"),
    ),
    "bioventa": dict(probe=r"bioventa", rel=S("bioventa")),
    "tillverkare": dict(
        probe=r"tillverk",
        rel=S("tillverkare tillverkaren tillverkarna"),
        comp=S("vaccintillverkaren"),
        no=S("tillverka"),
    ),
    "tbe": dict(probe=r"^tbe", rel=S("tbe")),
    "borrelia": dict(probe=r"borrel", rel=S("borrelia")),
    "norrtälje": dict(probe=r"norrtälj", rel=S("norrtälje norrtäljes")),
    "nynäshamn": dict(probe=r"nynäsham", rel=S("nynäshamn")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("vaccinet", "inflection", False, ("term", "vaccin")),
    ("fallen", "inflection", False, ("term", "fall")),
    ("beslutet", "inflection", False, ("term", "beslut")),
    ("kostnaden", "inflection", False, ("term", "kostnad")),
    ("apoteken", "inflection", False, ("term", "apotek")),
    ("symtomen", "inflection", False, ("term", "symtom")),
    ("sjukdomen", "inflection", False, ("term", "sjukdom")),
    ("vaccinationen", "inflection", False, ("term", "vaccination")),
    ("bristen", "inflection", False, ("term", "brist")),
    ("febern", "syncope", False, ("term", "feber")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("fåglarna", "syncope", False, ("term", "fågel")),
    ("musklerna", "syncope", False, ("term", "muskel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("möss", "umlaut", False, ("term", "mus")),
    ("länder", "umlaut", False, ("term", "land")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("fästing", "compound", True, ("term", "fästing")),
    ("vaccin", "compound", True, ("term", "vaccin")),
    ("vård", "compound", True, ("term", "vård")),
    ("smitta", "compound", True, ("term", "smitta")),
    ("kö", "compound", True, ("term", "kö")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("färja", "compound", True, ("term", "färja")),
    ("gata", "compound", True, ("term", "gata")),
    ("skärgård", "compound", True, ("term", "skärgård")),
    ('"kostnadsfri vaccination"', "phrase", False, ("phrase", ["kostnadsfri", "vaccination"])),
    ('"brist på vaccin"', "phrase", False, ("phrase", ["brist", "på", "vaccin"])),
    ('"Region Stockholm"', "phrase", False, ("phrase", ["region", "stockholm"])),
    ('"långa köer"', "phrase", False, ("phrase", ["lång", "kö"])),
    ('"svårt sjuk"', "phrase", False, ("phrase", ["svårt", "sjuk"])),
    ('"fästingar i skärgården"', "phrase", False, ("phrase", ["fästing", "i", "skärgård"])),
    ('"Folkhälsomyndighetens rekommendation"', "phrase", False,
     ("phrase", ["folkhälsomyndigheten", "rekommendation"])),
    ('"andra dosen"', "phrase", False, ("phrase", ["andra", "dos"])),
    ("Ekerö Värmdö", "boolean", False, ("and", ["ekerö", "värmdö"])),
    ("apotek OR vårdcentral", "boolean", False, ("or", ["apotek", "vårdcentral"])),
    ("vaccin -barn", "boolean", False, ("not", "vaccin", "barn")),
    ("smittskyddsläkaren Folkhälsomyndigheten", "boolean", False,
     ("and", ["smittskyddsläkare", "folkhälsomyndigheten"])),
    ("Bioventa OR tillverkaren", "boolean", False, ("or", ["bioventa", "tillverkare"])),
    ("TBE -borrelia", "boolean", False, ("not", "tbe", "borrelia")),
    ("Norrtälje OR Nynäshamn", "boolean", False, ("or", ["norrtälje", "nynäshamn"])),
    ("källa:Skäret fästingar", "filter", False, ("filter", "Skäret", "fästing")),
    ("källa:Tempo vaccinet", "filter", False, ("filter", "Tempo", "vaccin")),
    ("källa:Kvällsljuset köerna", "filter", False, ("filter", "Kvällsljuset", "kö")),
    ("källa:Hälsoposten apoteken", "filter", False, ("filter", "Hälsoposten", "apotek")),
    ("källa:Mälarbladet Ekerö", "filter", False, ("filter", "Mälarbladet", "ekerö")),
    ("typ:opinion vaccinationen", "filter", False, ("filter", "opinion", "vaccination")),
    ("typ:opinion kostnaden", "filter", False, ("filter", "opinion", "kostnad")),
    ("stig", "trap", False, ("term", "stig")),
    ("sol", "trap", False, ("term", "sol")),
    ("ek", "trap", False, ("term", "ek")),
    ("fäste", "trap", False, ("term", "fäste")),
    ("kost", "trap", False, ("term", "kost")),
    ("takt", "trap", False, ("term", "takt")),
    ("kris", "trap", False, ("term", "kris")),
    ("bar", "trap", False, ("term", "bar")),
    ("arm", "trap", False, ("term", "arm")),
    ("lind", "trap", False, ("term", "lind")),
    ("vide", "trap", False, ("term", "vide")),
    ("sten", "trap", False, ("term", "sten")),
    ("stick", "trap", False, ("term", "stick")),
]

HEADER = """# corpus_tbe.json – judging notes

Invented crisis: after a mild winter and a hot, sunny summer 2026, tick-borne encephalitis (TBE) rises sharply in the Stockholm archipelago and around Lake Mälaren (Ekerö with Färingsö, Adelsö, Lovö and Munsö, Värmdö, Norrtälje, Nynäshamn, Möja, Utö, Ornö, Ljusterö, Muskö). The vaccine maker Bioventa (invented) warns of strained deliveries in June, TBE vaccine becomes back-ordered, health centres and pharmacies run out, queues form outside health centres (Gustavsberg, Ekerö, Tyresö), drop-in is stopped and doses are kept for second and third doses. Vide, a seven-year-old boy from Bromma with a summer house on Färingsö, falls seriously ill and is treated at Astrid Lindgrens barnsjukhus; his parents start a petition for free vaccination of children. Region Stockholm, Folkhälsomyndigheten (which widens its recommendation on 11 August), Läkemedelsverket, the pharmacy chains and the maker are questioned; two adults die; on 25 August the regional executive board decides on free TBE vaccination for everyone aged 1–19, starting 8 September; the aftermath runs to 20 September (season total, other regions, an inquiry). Real places and public bodies are used (Region Stockholm, Folkhälsomyndigheten, Läkemedelsverket, SKR, Vårdförbundet, Skärgårdsstiftelsen, Trafikverket, SMHI, Karolinska, Stockholms universitet, Vaxholms fästning, Drottningholm); their actions, Bioventa, Apotek Linnean and every person are invented (the prime minister is only named answering a question). Six invented outlets: Mälarbladet (local daily, Ekerö and the Mälaren shores), Radio Skäret (local radio, the archipelago, with quotes), Nyhetsbyrån Tempo (wire service, also press releases), Kvällsljuset (tabloid), Hälsoposten (health-care and pharmacy trade paper) and Dagbladet Norrström (regional daily). 115 articles (99 news, 16 opinion: leaders, debate articles, columns, radio commentaries, letters), published 2 June to 20 September 2026, all +02:00. The ids tb001–tb115 follow publication time.

Many people have names that are also ordinary words: Sten Falk (smittskyddsläkare), Karl-Johan Hed, Rut Lind, Stig Holm, Maja Ek, Bo Ek, Stig Ek, Dag Berg, Lo Falk, Eva-Lena Ros, Bo Ros, the boy Vide, Lars-Göran Vide, Annika Stig, Ann-Britt Stig, Stefan Lind, Kristina (a girl), Solveig Hed, and surnames such as Solberg, Lindgren, Lindqvist, Ekström, Stensson. Several headlines start with such a name before the text says who it is. Kept out of the texts so that these names never share a token with the judged noun: the nouns *stig*, *ek*, *lind*, *vide* and *sten* in the singular indefinite (the tokens *stig*, *ek*, *lind*, *vide*, *sten* are always names, the nouns appear as *stigen/stigar/stigarna*, *ekar/ekarna*, *lindarna*, *videt*, *stenar*), and *Sol* as a name (*sol* is always the sun). Also kept out, as the README asks: the pronoun *man* (*man*, *mannen* only the noun: a man, a husband), the verb *händer*, the verb *hamnar*, *i första hand*; and *bara* as the plural of the adjective *bar* (every *bara* means only), *bar* as the past of *bära*, *kön* meaning sex (every *kön* is the queue), the verbs *sticka/sticker* in the sense of a jab (*sticker ut* only).

How the lists were made: src/tbe_articles.py holds the texts and src/tbe_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: kö/ko, gata/gåta, mus/möss/mössa, dotter/dött, fot/föt, land/länd, stad/städ, strand/stränd, väder/vad) lists every corpus token that contains the stem; each was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* is anchored (*kö*, *kön*, *köer*, *ko*, *kor*, *kör* … and anything ending in *kö*), since *kö-* and *ko-* begin hundreds of unrelated words; *ek* is probed at the start or end of a word and as *ekar*/*eken*. Tokens are runs of letters, so *TBE-vaccin* gives *tbe* and *vaccin*, *sms-kö* gives *sms* and *kö*, *Stig-Lundberg* gives *stig* and *lundberg*. `python3 tbe_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *smittskyddsläkaren*, *apotekskedjorna*, *skärgårdsbor*, *fästingsäsongen*, *barnavårdscentraler* (for `vård`); -e- *färjeläget*, *färjetrafiken*; -o- *veckovis*; -a- *barnavårdscentraler*; none *fästingbett*, *vaccinbrist*, *telefonkön*, *vägfärjan*, *Drottninggatan*, *Hantverkargatan* (street names ending in *-gatan* count for `gata`), *vårdcentralen*, *sjukvårdsregionrådet*, *skärgårdsveckorna*. *smitt-* is *smitta* with the final vowel dropped (*smittskydd*). *sms-kö* is the word *kö*.
- **vaccin / vaccinet / vaccinationen**: the verb *vaccinera* in all its forms (*vaccinerade*, *vaccineras*, *vaccinerats* …) → must_not for both; for `vaccin` the noun *vaccination* and its compounds and *vaccinering* are derivations → don't care; for `vaccinationen` the forms of *vaccin* are neither.
- **fallen**: *faller* → must_not; *dödsfall* compound. **beslutet**: *beslutade*, *beslutar*, *beslutat* → must_not. **kostnaden**: *kost* (diet, another lemma), *kosta*, *kostar*, *kostråd* → must_not; *kostnadsfri(a)* compound. **apoteken**: *apotekare(n)* (a derivation) → don't care. **bristen**: *vaccinbrist(en)*, *bristsituationer* compounds.
- **febern**: *februari* → must_not. **musklerna**: the island *Muskö* → must_not. **tecknen**: *tecknar*, *tecknat* (sign a contract), *intecknad*, *teckning* (a drawing, another lemma) → must_not. **vädret**: *vädjar* → must_not; *vad*, *lovade*, *kvadratmeter* neither. **somrar**: *i somras* is a form of the word; *midsommar*, *sommarstugan* … compounds.
- **möss**: *mössa* (a cap), *musklerna* is neither, *Muskö*, *Naturhistoriska riksmuseet* → must_not. **fötter**: *fotboll* → don't care. **länder**: *landat* → must_not; regions and countries ending in *-land* (*Gotland*, *Finland*, *Sörmland* …) → don't care, like *Kristianstad*; *bland*, *strålande*, *pressmeddelande*, *landskapet* are neither. **städer**: *innerstaden*, *stadsdel*, *Stadshuset* compounds; *vistades* neither.
- **kö** (compound): *kor*, *korna* (cows, diacritic pair), *kör* (köra), *köpa*, *köat* (the verb köa) → must_not; *Muskö* → don't care; *koll* neither. **vecka**: *knävecken* (veck, a fold), *utveckling(en)* → must_not. **fästing**: *fäste*, *fästning(en)* (Vaxholms fästning) → must_not (none of those articles lacks a real form). **vård**: the verb *vårdas*, *vårdades* → must_not. **smitta**: *smittade*, *smittas*, *smittats* (the verb) → must_not. **gata**: *gåta*, *gåtan* (a riddle, diacritic pair) → must_not; *frågat*, *gått* … neither.
- **Traps**: **stig** – the names *Stig* (Stig Holm, Stig Forsberg, Annika Stig, Stig Ek, Karin Stig-Lundberg …) and the verb *stiger*, *steg* (also *nästa steg*, the noun step) → must_not; *stigen*, *stigar*, *stigarna* relevant. **sol** – *Solna*, *Sollentuna*, the names *Solveig* and *Solberg* → must_not; *soligaste* → don't care. **ek** – the surname *Ek* and *Ekerö*, *ekonomi*, *ekonom*, *Ekström*, *Ekdahl*, *Ekberg*, *Ekblom*, *Ekholm*, *Ekman*, *Ekvall* → must_not; *ekhagar* compound; *apotek*, *påpekar* neither. **fäste** (*få fäste*) – every form of *fästing* and its compounds, and *fästning(en)* → must_not. **kost** – *kostnad*, *kostar*, *kostnadsfri* … → must_not; *kostråd* compound. **takt** – *kontakt*, *kontakta*, *kontakter*, *taktik* → must_not; *vaccinationstakten* compound. **kris** – *Kristina*, *Kristersson* → must_not; *TBE-krisen* is *krisen*. **bar** (*bar hud*) – *bara*, *barn* and all its compounds, *drabbar*, *enbart*, *hanterbara* → must_not; *barbenta* compound. **arm** – *varm*, *varma*, *varmare*, *varmaste*, *varmt* → must_not; *överarmen*, *armhålorna* compounds; *sommarmottagning* neither. **lind** – the surname *Lind* (Rut Lind, Stefan Lind), *Lindgrens* (Astrid Lindgrens barnsjukhus), *Lindqvist*, *Lindahl*, *Lindberg*, *Lindström*, *lindra*, *lindriga* → must_not; *lindarna* relevant. **vide** – the boy *Vide*, *Vides*, *Lars-Göran Vide*, *video*, *videon* → must_not; *videt* relevant. **sten** – *Sten Falk*, *Stensson* → must_not; *Stenhamra* don't care; *stenmurarna* compound; *bristen*, *hösten*, *Hägersten* … neither. **stick** (a jab) – *sticker ut* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *kostnadsfri vaccination*, *kostnadsfria vaccinationen* relevant; *vaccinationen kostnadsfri* (reversed) → must_not. *brist på vaccin*, *Bristen på vaccin* relevant; *brist* and *vaccin* in different sentences → must_not (the texts avoid *brist på TBE-vaccin*, which a reader would take as the phrase but which is not adjacent). *Region Stockholm*, *Region Stockholms* relevant; *regionen* … *Stockholm* apart → must_not. Forms of *lång* are *lång*, *långa*; *Köerna har blivit så långa*, *Kön var lång* → must_not; *långt*, *längre* are not judged forms. *svårt sjuk/sjuka/sjukt* relevant; *svårt att …* with *sjuka* elsewhere → must_not. *Folkhälsomyndighetens nya rekommendation* (a word between) and *Rekommendationen från Folkhälsomyndigheten* → must_not. *andra dosen*, *andra dos* relevant; *andra* and *dos* apart → must_not.
- **Booleans**: AND – an article with only some terms is must_not; a missing term only inside a compound (*Värmdöborna*) is don't care. NOT – an article with the excluded term is must_not; with it only inside a compound (*barnsjukhus*, *barnläkare*), don't care. OR – a compound alone (*vaccintillverkaren*) → don't care. *folkhälsomyndigheterna* (the Nordic agencies) → don't care for `Folkhälsomyndigheten`.
- **Filters**: `källa:` matches one word of the outlet's name (*Skäret*, *Tempo*, *Kvällsljuset*, *Hälsoposten*, *Mälarbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("tbe", "tb", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
