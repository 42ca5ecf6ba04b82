#!/usr/bin/env python3
"""Builds corpus_food.json and corpus_food.md from food_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 food_build.py [-v]
"""

import fire_build
from food_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "utbrott": dict(
        probe=r"utbrott",
        rel=S("utbrott utbrotten utbrottet"),
        comp=S("listeriautbrott listeriautbrottet salmonellautbrott salmonellautbrottet"),
    ),
    "återkallelse": dict(
        probe=r"återkall",
        rel=S("återkallelse återkallelsen återkallelser"),
        no=S("återkalla återkallade återkallar återkallas återkallats"),
    ),
    "konkurs": dict(
        probe=r"konkurs",
        rel=S("konkurs konkursen"),
        comp=S("konkursansökan konkursboet konkursförvaltare konkursförvaltaren"),
    ),
    "leverantör": dict(
        probe=r"leverant",
        rel=S("leverantör leverantören leverantörens leverantörer leverantörerna leverantörernas"),
    ),
    "inspektion": dict(
        probe=r"inspek",
        rel=S("inspektion inspektionen inspektioner inspektionerna"),
        comp=S("inspektionsrapporten inspektionsrapporter"),
        no=S("inspektör inspektören inspektörer inspektörerna livsmedelsinspektör livsmedelsinspektören "
             "livsmedelsinspektörer"),
    ),
    "åtal": dict(probe=r"åtal", rel=S("åtal åtalet"), no=S("åtalas")),
    "förpackning": dict(probe=r"förpack", rel=S("förpackningar"), comp=S("förpackningsmaterial")),
    "fabrik": dict(
        probe=r"fabri",
        rel=S("fabrik fabriken fabrikens fabriker"),
        comp=S("charkuterifabrik"),
    ),
    "symtom": dict(probe=r"symtom", rel=S("symtom symtomen"), comp=S("symtomfria")),
    # --- syncope ---
    "livsmedel": dict(
        probe=r"livsmed",
        rel=S("livsmedel livsmedlen"),
        comp=S("livsmedelsanläggningar livsmedelsbutik livsmedelsföretag livsmedelsföretagen livsmedelshygien "
               "livsmedelsinspektör livsmedelsinspektören livsmedelsinspektörer livsmedelskontrollen livsmedelslagen "
               "livsmedelslagstiftningen livsmedelsverket livsmedelsverkets"),
    ),
    "matsedel": dict(probe=r"matsed", rel=S("matsedel matsedlar matsedlarna")),
    "offer": dict(probe=r"off(er|r)", rel=S("offren offrens")),
    "lager": dict(probe=r"lag(er|r)", rel=S("lagret")),
    "förälder": dict(
        probe=r"föräld",
        rel=S("föräldrar föräldrarna föräldrars"),
        comp=S("småbarnsföräldrar"),
    ),
    "mönster": dict(probe=r"mönst", rel=S("mönster")),
    "vinter": dict(probe=r"vint", rel=S("vinter vintern")),
    # --- umlaut ---
    "mus": dict(probe=r"m[uö]s", rel=S("möss mössen"), no=S("mössor")),
    "bror": dict(probe=r"br[oö]d|^bror", rel=S("bror brodern bröder bröderna brödernas"), no=S("bröd")),
    "böter": dict(
        probe=r"b[oö]t",
        rel=S("böter böterna"),
        comp=S("dagsböter företagsbot företagsboten"),
        no=S("bott botten"),
    ),
    "mor": dict(probe=r"m[oö]d|^mor|mor$|mors$", rel=S("mor modern mödrar"), nei=S("modig morgon")),
    # --- compounds ---
    "kök": dict(
        probe=r"k[oö]c?k",
        rel=S("kök köken köket"),
        comp=S("gatuköket köksbiträde köksbiträden köksbordet kökschefen kökspersonal mottagningskök "
               "mottagningsköken skolkök skolköken skolköket storkök tillagningsköket"),
        no=S("kock kockar koka kokas kokats kokerska kokningen kokt nykokt"),
    ),
    "barn": dict(
        probe=r"barn",
        rel=S("barn barnen barnens"),
        comp=S("barnakuten barnavårdscentralen barnbarn barndom barnkliniken barnläkaren barnmorska barnmorskan "
               "barnmorskemottagningen barnmorskor barnmorskorna förskolebarn skolbarn skolbarnens"),
        dc=S("småbarnsföräldrar"),
    ),
    "hus": dict(
        probe=r"hus",
        rel=S("huset"),
        comp=S("hushåll kommunhuset sjukhus sjukhuset stadshuset varuhuset"),
        dc=S("sjukhusvård"),
    ),
    "myndighet": dict(
        probe=r"myndig",
        rel=S("myndigheten myndigheterna"),
        comp=S("folkhälsomyndigheten kontrollmyndigheten tillsynsmyndighet tillsynsmyndigheten "
               "upphandlingsmyndigheten"),
    ),
    "kontroll": dict(
        probe=r"kontroll",
        rel=S("kontroll kontrollen kontroller"),
        comp=S("egenkontroll kontrollbesök kontrollbesöket kontrollmyndigheten kontrollplaner livsmedelskontrollen "
               "rutinkontroll temperaturkontrollen"),
        no=S("kontrollera kontrollerade kontrollerar kontrolleras kontrollerat"),
    ),
    "sallad": dict(
        probe=r"sallad",
        rel=S("salladen sallader"),
        comp=S("kycklingsallad kycklingsalladen potatissallad salladsbar"),
    ),
    "pålägg": dict(
        probe=r"pål[äa]g",
        rel=S("pålägg pålägget"),
        comp=S("skinkpålägg"),
        no=S("pålägger"),
    ),
    # --- traps ---
    "lever": dict(
        probe=r"lever",
        rel=set(),
        comp=S("leverpastej"),
        no=S("leveranser leveranserna leverantör leverantören leverantörens leverantörer leverantörerna "
             "leverantörernas leverera levererar levereras levererats överlever"),
        nei=S("elever eleverna"),
    ),
    "dom": dict(
        probe=r"d[oö]m",
        rel=S("dom domen"),
        dc=S("domstol"),
        no=S("barndom kännedom lokalkännedom sjukdomar döma dömas dömer döms dömt dömts"),
        nei=S("bedömdes bedömer bedöms"),
    ),
    "verk": dict(
        probe=r"verk",
        rel=S("verket"),
        comp=S("livsmedelsverket livsmedelsverkets"),
        no=S("lågriskverksamheter påverkar tillverkades tillverkar tillverkare tillverkning verksamheten"),
        nei=S("överklaga överklagar överklagas"),
    ),
    "kock": dict(
        probe=r"k[oö]c?k",
        rel=S("kock kockar"),
        dc=S("kokerska"),
        no=S("koka kokas kokats kokningen kokt nykokt kök köken köket gatuköket köksbiträde köksbiträden köksbordet "
             "kökschefen kökspersonal mottagningskök mottagningsköken skolkök skolköken skolköket storkök "
             "tillagningsköket"),
    ),
    "ost": dict(
        probe=r"^[oö]st|ost",
        rel=S("ost ostar"),
        comp=S("mjukost"),
        no=S("frukost kosta kostade kostar kostat kostchef kostchefen kostchefer kostcheferna kostenhet kostenheten "
             "kostnad kostnader kostnaderna"),
        nei=S("fostret postinfektiös rostbiff"),
    ),
    "ägg": dict(
        probe=r"ägg",
        rel=S("ägg äggen"),
        comp=S("äggproducent"),
        no=S("pålägg pålägger pålägget skinkpålägg lägg vägg hägg"),
        nei=S("anläggning anläggningar anläggningen föreläggande lägga lägger tillägger livsmedelsanläggningar "
              "styckningsanläggning"),
    ),
    "smitta": dict(
        probe=r"smitt",
        rel=S("smittan"),
        comp=S("smittkällan smittskyddet smittskyddsläkare smittskyddsläkaren smittspårning"),
        no=S("smittad smittade smittat smittats"),
    ),
    "fall": dict(
        probe=r"f[aä]ll",
        rel=S("fall fallen"),
        comp=S("dödsfall dödsfallen dödsfallet listeriafall listeriafallen"),
        dc=S("olycksfallsförsäkring"),
        no=S("avfallet fällande fällor"),
        nei=S("tillfällen tillfälliga tillfälligt"),
    ),
    "lista": dict(
        probe=r"list",
        rel=S("lista listan"),
        no=S("listeria listeriafall listeriafallen listerian listeriautbrott listeriautbrottet"),
    ),
    "sal": dict(
        probe=r"sal|säl",
        rel=S("sal salen"),
        comp=S("matsalen rättssal skolmatsalar"),
        no=S("kycklingsallad kycklingsalladen potatissallad salladen sallader salladsbar salmonella salmonellan "
             "salmonellautbrott salmonellautbrottet"),
        nei=S("försäljningen försäljningschef försäljningssiffror säljas säljer säljs sällan uppsala"),
    ),
    "hygien": dict(
        probe=r"hygien",
        rel=S("hygien hygienen"),
        comp=S("handhygienen livsmedelshygien"),
        no=S("hygienisk hygieniska"),
    ),
    "kritik": dict(
        probe=r"kriti",
        rel=S("kritik kritiken"),
        comp=S("självkritik"),
        no=S("kritiserar kritiska"),
    ),
    "skuld": dict(probe=r"sk[uy]ld", rel=S("skulder"), no=S("skyldighet skyldigheten")),
    "fara": dict(
        probe=r"fara|faran|faror|farlig",
        rel=S("fara"),
        no=S("farliga farligt"),
        nei=S("fortfarande förfarande"),
    ),
    # --- words of phrases, booleans and filters ---
    "fällande": dict(probe=r"^fällande$", rel=S("fällande")),
    "brott": dict(probe=r"^brott", rel=S("brott"), comp=S("brottmålet")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "livsmedelslagen": dict(probe=r"livsmedelslag", rel=S("livsmedelslagen"), nei=S("livsmedelslagstiftningen")),
    "framkallande": dict(probe=r"framkall", rel=S("framkallande")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "annan": dict(probe=r"^annan$|^annans$", rel=S("annan annans")),
    "vållande": dict(probe=r"vålla", rel=S("vållande")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "död": dict(probe=r"^död$|^döden$", rel=S("död")),
    "listeria": dict(
        probe=r"listeri",
        rel=S("listeria listerian"),
        comp=S("listeriafall listeriafallen listeriautbrott listeriautbrottet"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "sjuk": dict(probe=r"^sjuk(a|t)?$", rel=S("sjuk sjuka")),
    "återkallad": dict(
        probe=r"återkall",
        rel=S("återkalla återkallade återkallar återkallas återkallats"),
        nei=S("återkallelse återkallelsen återkallelser"),
    ),
    "produkt": dict(
        probe=r"produkt",
        rel=S("produkt produkten produkter produkterna"),
        nei=S("produktion produktionen produktionschef"),
    ),
    "offentlig": dict(probe=r"offentlig", rel=S("offentlig offentliga")),
    "gravid": dict(probe=r"^gravid", rel=S("gravida"), nei=S("graviditet graviditeten")),
    "kvinna": dict(probe=r"^kvinn", rel=S("kvinna kvinnor")),
    "försätta": dict(probe=r"^förs[aä]tt", rel=S("försatt försattes")),
    "salmonella": dict(
        probe=r"salmonell",
        rel=S("salmonella salmonellan"),
        comp=S("salmonellautbrott salmonellautbrottet"),
    ),
    "skadestånd": dict(
        probe=r"skadestånd",
        rel=S("skadestånd skadestånden"),
        comp=S("skadeståndsanspråken skadeståndskrav"),
    ),
    "livsmedelsverket": dict(probe=r"livsmedelsverk", rel=S("livsmedelsverket livsmedelsverkets")),
    "folkhälsomyndigheten": dict(probe=r"folkhälsomyndighet", rel=S("folkhälsomyndigheten")),
    "äldreboende": dict(
        probe=r"äldreboend",
        rel=S("äldreboende äldreboenden äldreboendenas äldreboendet"),
    ),
    "varberg": dict(probe=r"varberg", rel=S("varberg varbergs")),
    "falkenberg": dict(probe=r"falkenberg", rel=S("falkenberg falkenbergs")),
    "tillsyn": dict(
        probe=r"tillsyn",
        rel=S("tillsyn tillsynen"),
        comp=S("tillsynsmyndighet tillsynsmyndigheten"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("utbrott", "inflection", False, ("term", "utbrott")),
    ("återkallelse", "inflection", False, ("term", "återkallelse")),
    ("konkurs", "inflection", False, ("term", "konkurs")),
    ("leverantörer", "inflection", False, ("term", "leverantör")),
    ("inspektion", "inflection", False, ("term", "inspektion")),
    ("åtal", "inflection", False, ("term", "åtal")),
    ("förpackning", "inflection", False, ("term", "förpackning")),
    ("fabriken", "inflection", False, ("term", "fabrik")),
    ("symtom", "inflection", False, ("term", "symtom")),
    ("livsmedlen", "syncope", False, ("term", "livsmedel")),
    ("matsedlar", "syncope", False, ("term", "matsedel")),
    ("offret", "syncope", False, ("term", "offer")),
    ("lager", "syncope", False, ("term", "lager")),
    ("förälder", "syncope", False, ("term", "förälder")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("vinter", "syncope", False, ("term", "vinter")),
    ("möss", "umlaut", False, ("term", "mus")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("bror", "umlaut", False, ("term", "bror")),
    ("böter", "umlaut", False, ("term", "böter")),
    ("mödrar", "umlaut", False, ("term", "mor")),
    ("mor", "umlaut", False, ("term", "mor")),
    ("kök", "compound", True, ("term", "kök")),
    ("barn", "compound", True, ("term", "barn")),
    ("hus", "compound", True, ("term", "hus")),
    ("myndighet", "compound", True, ("term", "myndighet")),
    ("kontroll", "compound", True, ("term", "kontroll")),
    ("sallad", "compound", True, ("term", "sallad")),
    ("pålägg", "compound", True, ("term", "pålägg")),
    ('"fällande dom"', "phrase", False, ("phrase", ["fällande", "dom"])),
    ('"brott mot livsmedelslagen"', "phrase", False, ("phrase", ["brott", "mot", "livsmedelslagen"])),
    ('"framkallande av fara för annan"', "phrase", False, ("phrase", ["framkallande", "av", "fara", "för", "annan"])),
    ('"vållande till annans död"', "phrase", False, ("phrase", ["vållande", "till", "annan", "död"])),
    ('"listeria i pålägg"', "phrase", False, ("phrase", ["listeria", "i", "pålägg"])),
    ('"sjuka barn"', "phrase", False, ("phrase", ["sjuk", "barn"])),
    ('"återkallade produkter"', "phrase", False, ("phrase", ["återkallad", "produkt"])),
    ('"kontroll av livsmedel"', "phrase", False, ("phrase", ["kontroll", "av", "livsmedel"])),
    ('"offentliga kök"', "phrase", False, ("phrase", ["offentlig", "kök"])),
    ('"gravida kvinnor"', "phrase", False, ("phrase", ["gravid", "kvinna"])),
    ('"försatt i konkurs"', "phrase", False, ("phrase", ["försätta", "i", "konkurs"])),
    ("listeria salmonella", "boolean", False, ("and", ["listeria", "salmonella"])),
    ("konkurs skadestånd", "boolean", False, ("and", ["konkurs", "skadestånd"])),
    ("Livsmedelsverket OR Folkhälsomyndigheten", "boolean", False, ("or", ["livsmedelsverket", "folkhälsomyndigheten"])),
    ("listeria -äldreboende", "boolean", False, ("not", "listeria", "äldreboende")),
    ("Varberg Falkenberg", "boolean", False, ("and", ["varberg", "falkenberg"])),
    ("konkurs -åtal", "boolean", False, ("not", "konkurs", "åtal")),
    ("källa:Nissadalen listeria", "filter", False, ("filter", "Nissadalen", "listeria")),
    ("källa:Kompassen återkallelse", "filter", False, ("filter", "Kompassen", "återkallelse")),
    ("källa:Aftonkuriren konkurs", "filter", False, ("filter", "Aftonkuriren", "konkurs")),
    ("källa:Matbranschen kontroll", "filter", False, ("filter", "Matbranschen", "kontroll")),
    ("källa:Hallandsbygden utbrott", "filter", False, ("filter", "Hallandsbygden", "utbrott")),
    ("typ:opinion tillsyn", "filter", False, ("filter", "opinion", "tillsyn")),
    ("lever", "trap", True, ("term", "lever")),
    ("dom", "trap", False, ("term", "dom")),
    ("verk", "trap", False, ("term", "verk")),
    ("kock", "trap", False, ("term", "kock")),
    ("ost", "trap", False, ("term", "ost")),
    ("ägg", "trap", False, ("term", "ägg")),
    ("smitta", "trap", False, ("term", "smitta")),
    ("fall", "trap", False, ("term", "fall")),
    ("lista", "trap", False, ("term", "lista")),
    ("sal", "trap", False, ("term", "sal")),
    ("hygien", "trap", False, ("term", "hygien")),
    ("kritik", "trap", False, ("term", "kritik")),
    ("skuld", "trap", False, ("term", "skuld")),
    ("fara", "trap", False, ("term", "fara")),
]


HEADER = """# corpus_food.json – judging notes

Invented crisis: in September 2026 about seventy people, most of them school and pre-school children in Falkenberg and Varberg (Halland), fall ill with salmonella from a chicken salad (kycklingsallad) made by Ätrans Chark AB in Vessigebro, Falkenberg kommun, a meat and ready-meal producer that supplies the school kitchens, pre-schools and care homes (äldreboenden) of Falkenberg, Varberg and Hylte and some forty shops. The salad was kept in a cold room that warmed to twelve degrees over a weekend. In October Folkhälsomyndigheten ties a cluster of listeria among the elderly to sliced boiled ham (pålägg) from the same factory: the bacterium sat in the slicing machines. Everything is recalled (återkallelse), four people die, the municipalities end their contracts, Halmstad and later Falkenberg take the cooking back into their own kitchens, the company goes bankrupt (konkurs) in November, the municipal food inspectors (miljö- och hälsoskyddsförvaltningen), Livsmedelsverket and the government are criticised and debate who should control food for the public sector, the two brothers who ran the company are charged in January 2027 (brott mot livsmedelslagen, framkallande av fara för annan, vållande till annans död), tried in Halmstads tingsrätt in February and convicted on 15 March (fällande dom, företagsbot, dagsböter, skadestånd). Places and public bodies are real (Falkenberg, Vessigebro, Varberg, Halmstad, Hylte, Laholm, Skrea, Ullared; Region Halland, Folkhälsomyndigheten, Livsmedelsverket, Upphandlingsmyndigheten, SKR, Halmstads tingsrätt); the company, Tullbroskolan, Ljungbackens äldreboende, every person and all seven outlets are invented: Hallandsbygden and Kattegattposten (local dailies), Radio Nissadalen (local radio, with quotes), Nyhetsbyrån Kompassen (wire service, also carrying press releases), Svenska Aftonkuriren (national daily), Matbranschen (food industry trade paper) and Kommunaktuellt (trade paper for the municipal sector). 121 articles (103 news, 18 opinion: leaders, debate articles, columns, letters), published 24 August 2026 to 19 March 2027, +02:00 until 25 October and +01:00 after. The ids m001–m121 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (the noun *en man* occurs), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *lever* (leva) and its compound *överlever* apart from one occurrence that is judged must_not for `lever` (the noun *lever* itself does not occur, only *leverpastej*), the adjective *modern* (*modern* occurs only as the definite form of *mor*), the verb *smitta* in the infinitive (the noun *smitta* / *smittan* is used), the verb *lista* in the infinitive, the verb *fara* (travel), the participle *fallen* (*fallen* is always the plural of *fall*), the pronoun *dom* and the verb *hälsa*.

How the lists were made: src/food_articles.py holds the texts and src/food_build.py the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. The judging itself is fire_build.py's (imported, as cyber_build.py does). A stem probe per concept (with diacritic variants: kök/kok/kock, bröd/brod, möss/mus, böt/bot, döm/dom, fäll/fall, öst/ost, säl/sal, mödr/mor) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 food_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word (README), with or without a linking letter: -s- *tillagningsköket*, *köksbiträde*, *stadshuset*, *tillsynsmyndigheten*, *upphandlingsmyndigheten*, *livsmedelskontrollen*, *salladsbar*; -e- *förskolebarn*; -u- *gatuköket*, *varuhuset*; -o- *Folkhälsomyndigheten* (folkhälso- + myndighet); -a- *barnakuten*, *barnavårdscentralen*; none *skolkök*, *storkök*, *mottagningskök*, *sjukhus*, *kommunhuset*, *hushåll*, *egenkontroll*, *kontrollbesök*, *kycklingsallad*, *potatissallad*, *skinkpålägg*, *skolbarn*, *barnkliniken*. A word inside a longer compound is don't care: *sjukhusvård* for `hus`, *småbarnsföräldrar* for `barn`, *olycksfallsförsäkring* for `fall`. *barnmorska* (and *barnmorskan*, *barnmorskor*, *barnmorskemottagningen*) and *barndom* begin with *barn* and are counted as its compounds.
- **Syncope**: *livsmedel*/*livsmedlen*; *matsedel*/*matsedlar*/*matsedlarna*; *offren*/*offrens* for `offret`; *lagret* for `lager`; *föräldrar*/*föräldrarna*/*föräldrars* for `förälder`; *mönster* for `mönstret`; *vinter*/*vintern*. The many *livsmedels-* compounds (*Livsmedelsverket*, *livsmedelslagen*, *livsmedelsinspektör* …) are compounds → don't care for `livsmedlen`.
- **Umlaut**: *möss*, *mössen* for `möss`; the caps *mössor* → must_not. *bror*, *brodern*, *bröder*, *bröderna*, *brödernas* for `bröder` and `bror`; *bröd* (bread) → must_not. *böter*, *böterna* for `böter`; *dagsböter*, *företagsbot*, *företagsboten* compounds; *botten* and *bott* (supine of *bo*) → must_not. *mor*, *modern* (the mother), *mödrar* for `mödrar` and `mor`; *modig*, *morgon* are neither; *mamma* is another word and does not count.
- **lever** (trap, compounds true): only *leverpastej* (a compound of the noun) is relevant; *leverantör* with all its forms, *leverera*, *levererar*, *levereras*, *levererats*, *leveranser*, *leveranserna* and the verb *överlever* → must_not; *elever*, *eleverna* are neither.
- **dom** (trap): *dom*, *domen* (a judgment, also *villkorlig dom*) relevant; *domstol* → don't care; the verb *döma* (*döms*, *dömer*, *dömt*, *dömts*, *dömas*) and the lookalike compounds in -dom *sjukdomar*, *kännedom*, *lokalkännedom*, *barndom* → must_not; *bedömer*, *bedöms*, *bedömdes* are neither.
- **verk** (trap): *verket* (Livsmedelsverket, named as *verket*) relevant; *Livsmedelsverket* compound → don't care; *verksamheten*, *lågriskverksamheter*, *påverkar*, *tillverkar*, *tillverkades*, *tillverkare*, *tillverkning* → must_not; *överklaga*, *överklagar*, *överklagas* are neither.
- **kock** (trap): *kock*, *kockar* relevant; *kokerska* (another word for a cook) → don't care; the verb *koka* (*kokas*, *kokats*, *kokt*, *nykokt*, *kokningen*) and every form and compound of *kök* (diacritic lookalike) → must_not. For `kök` (compound) it is the other way round: *kock*, *kockar*, *kokerska* and the *koka* forms → must_not.
- **ost** (trap): *ost*, *ostar* relevant, *mjukost* compound; *kost* in all its compounds (*kostchef*, *kostenheten* …), the verb *kosta*, *kostnad* and *frukost* (a compound that only looks like it) → must_not; *fostret*, *postinfektiös*, *rostbiff* are neither.
- **ägg** (trap): *ägg*, *äggen* relevant, *äggproducent* compound; *pålägg*, *pålägget*, *skinkpålägg*, *pålägger*, *lägg*, *vägg* and the surname *Hägg* → must_not; *lägga*, *lägger*, *tillägger*, *anläggning* and its forms, *föreläggande* are neither.
- **smitta** (trap): the noun *smittan* relevant; *smittskyddet*, *smittskyddsläkaren*, *smittkällan*, *smittspårning* compounds; the verb's forms *smittad*, *smittade*, *smittat* → must_not.
- **fall** (trap): *fall*, *fallen* (always the plural noun: *kopplade ihop fallen*) relevant, also *i fyra fall*; *dödsfall*, *listeriafall* compounds; *fällande*, *fällor* (traps) and *avfallet* (a compound that only looks like it) → must_not; *tillfällen*, *tillfälligt* are neither.
- **lista** (trap): *lista*, *listan* relevant; every form and compound of *listeria* → must_not.
- **sal** (trap): *sal*, *salen* (the court room) relevant; *matsalen*, *skolmatsalar*, *rättssal* compounds; *sallad* in every form and compound and *salmonella* in every form and compound → must_not; *sälja*, *försäljning*, *sällan* and *Uppsala* are neither.
- **hygien**: *hygienisk*, *hygieniska* (adjective) → must_not; *handhygienen*, *livsmedelshygien* compounds. **kritik**: *kritiska* (adjective) and *kritiserar* → must_not; *självkritik* compound. **skuld**: *skulder* relevant; *skyldighet*, *skyldigheten* → must_not. **fara**: *fara* (also *ingen fara*) relevant; *farliga*, *farligt* → must_not; *fortfarande* neither.
- **återkallelse**: the verb *återkalla* (*återkallade*, *återkallar*, *återkallas*, *återkallats*) → must_not. **inspektion**: *inspektör* with its forms and compounds (*livsmedelsinspektören* …) → must_not; *inspektionsrapporten* compound. **åtal**: *åtalas* → must_not. **kontroll**: the verb *kontrollera* in all its forms → must_not. **pålägg**: the verb *pålägger* → must_not. **symtom**: *symtomfria* compound.
- **Phrases**: inflected forms count, adjacent and in order within one sentence. *domen blev fällande* in the same article as *en fällande dom* → relevant; *tingsrättens dom* with *domen fällande* elsewhere (the appeal article) → must_not for "fällande dom". *framkallande av fara för annan* and *vållande till annans död* only occur in order. *Listeria … kan finnas i pålägg*, *pålägg som spred listerian*, *Listerian dör … så pålägg* (the words in one article, not as the phrase) → must_not for "listeria i pålägg". *ett fyrtiotal barn sjuka*, *barnen blev sjuka* and articles with *sjuka* and *barn* apart → must_not for "sjuka barn". The verb's forms count as forms of *återkallade* (*återkallade*, *återkallar*, *återkallas* …), *återkallelse* does not: *återkallar samtliga produkter* (not adjacent in the order of the query) and *kallskuret återkallas* with *produkt* in another sentence → must_not for "återkallade produkter". *kontroller av livsmedel*, *kontrollen av livsmedel* relevant; *livsmedelskontroll* is a compound → don't care. *Köken i den offentliga sektorn* → must_not for "offentliga kök". *kvinnor som är gravida* → must_not for "gravida kvinnor". *försattes i går i ett förfarande … från konkurs* → must_not for "försatt i konkurs"; *försattes i konkurs* relevant.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*salmonellautbrottet*, *listeriautbrottet*, *skadeståndskrav*) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound, don't care. *Varbergs* and *Falkenbergs* are genitives of the places and count.
- **Filters**: `källa:` matches one word of the outlet's name (*Nissadalen*, *Kompassen*, *Aftonkuriren*, *Matbranschen*, *Hallandsbygden*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("food", "m", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
