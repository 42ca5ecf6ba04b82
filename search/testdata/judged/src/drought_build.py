#!/usr/bin/env python3
"""Builds corpus_drought.json and corpus_drought.md from drought_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 drought_build.py [-v]
"""

import fire_build
from drought_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "brunn": dict(
        probe=r"brun",
        rel=S("brunn brunnar brunnarna brunnen"),
        comp=S("brunnsborrare brunnsborraren brunnsägare brunnsägarna"),
        no=S("bruna brunt brunnit"),
    ),
    "förbud": dict(
        probe=r"förbu|förbj",
        rel=S("förbud förbuden förbudet"),
        comp=S("bevattningsförbud bevattningsförbuden bevattningsförbudet eldningsförbud eldningsförbudet"),
        no=S("förbjuden förbjudet förbjudna förbundet fåravelsförbundet"),
    ),
    "torka": dict(
        probe=r"tork",
        rel=S("torka torkan torkans"),
        comp=S("torkstöd torkstödet torktåliga torkåret"),
        no=S("torkade torkar uttorkning"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningar varningen"),
        no=S("varnar"),
        nei=S("gravarna kalvarna"),
    ),
    "avsaltningsverk": dict(
        probe=r"avsalt",
        rel=S("avsaltningsverk avsaltningsverken avsaltningsverket"),
        dc=S("avsaltning avsaltningen"),
    ),
    "slakt": dict(
        probe=r"slakt",
        rel=S("slakt slakten"),
        comp=S("slakttid"),
        dc=S("slakterier slakterierna slakteriet slakteriets"),
        no=S("slakta slaktar slaktas slaktat slaktats"),
    ),
    "turist": dict(
        probe=r"turis",
        rel=S("turist turister turisterna turisternas"),
        comp=S("sommarturisterna turistbyrå turistchefen turistnäringen turiststatistik"),
        dc=S("turismen"),
    ),
    "pris": dict(
        probe=r"pris",
        rel=S("pris priser priserna priset"),
        comp=S("foderpriserna vattenpris vattenpriser vattenpriset överpriser"),
        no=S("prisade"),
    ),
    "tankbil": dict(
        probe=r"tankbil",
        rel=S("tankbil tankbilar tankbilarna tankbilen"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dagvatten dricksvatten dricksvattnet flaskvatten grundvatten grundvattennivåer grundvattennivåerna "
               "grundvattentäkter grundvattentäkterna grundvattnet havsvatten kranvatten regnvatten "
               "reservvattenförsörjning saltvatten vattenavgift vattenballong vattenberedskap vattenbombning "
               "vattenbrist vattenbristen vattenchef vattenflaskan vattenflaskor vattenfrågan vattenförsörjning "
               "vattenförsörjningen vattenkanna vattenkris vattenkrisen vattenledningen vattenplan vattenpris "
               "vattenpriser vattenpriset vattensituationen vattentankar vattentjänster vattentornet vattentrycket "
               "vattentäkt vattentäkterna vattenvagnar vattenvakter vattenvakterna vattenverk vattenverken "
               "vattenverket vintervatten vattenkällor"),
        dc=S("vattens"),
        no=S("bevattning bevattningsdamm bevattningsdammar bevattningsdammen bevattningsförbud bevattningsförbuden "
             "bevattningsförbudet kannvattning vattna vattnade vattnar vattnas vattnat vattning"),
    ),
    "foder": dict(
        probe=r"fod",
        rel=S("foder fodret"),
        comp=S("foderbrist foderbristen foderbörserna foderförmedling foderförmedlingen foderhandlaren foderpriserna "
               "fodertransporter grovfoder vinterfoder vinterfodret"),
        no=S("utfodra"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        comp=S("högsommaren midsommar midsommarafton midsommarfiranden midsommarhelgen midsommarmusik sommargäster "
               "sommargästerna sommarmånaderna sommarparadiset sommartaxa sommarturisterna"),
        dc=S("somras"),
    ),
    "socken": dict(
        probe=r"sock",
        rel=S("socken socknar socknarna socknarnas socknen"),
        comp=S("sockenbor"),
        no=S("sockerbetor sockerbruket"),
    ),
    "väder": dict(
        probe=r"v[äa]d",
        rel=S("vädret"),
        no=S("vädjan vädjar"),
        nei=S("vad"),
    ),
    "åker": dict(
        probe=r"åker|åkr|^åk",
        rel=S("åkrar åkrarna"),
        no=S("åka åkeri åkt"),
        nei=S("åkesson"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bondens bönder bönderna"),
        comp=S("lammbönderna mjölkbonde mjölkbonden mjölkbönder ölandsbonden"),
        no=S("bonde bönor"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunnit",
        rel=S("brand branden bränder"),
        comp=S("brandrisken brandriskprognos brandriskprognoser gräsbrand"),
        no=S("brann bränd brända brännblåsor bränsle brunnit"),
        nei=S("branschen branschorganisationen"),
    ),
    "rot": dict(
        probe=r"r[oö]t",
        rel=S("rötter rötterna"),
        no=S("rotade"),
        nei=S("brott bröt trots trött"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer"),
        comp=S("innerstad"),
        dc=S("färjestaden"),
        no=S("städade städningen"),
        nei=S("kastade röstades överbelastade"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natten nätter nätterna"),
        comp=S("gästnätter"),
        no=S("nätet"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fötterna"),
        no=S("fotograferade"),
        nei=S("fött"),
    ),
    # --- compounds ---
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gården gårdens"),
        comp=S("bygdegården djurgårdar djurgårdarna gårdsbutiker kyrkogårdarna kyrkogården kyrkogårdsföreståndaren "
               "köksträdgårdar ladugården trädgård trädgårdar trädgårdsmästaren"),
        dc=S("gårdby"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färja färjan"),
        comp=S("färjeläget gotlandsfärjan"),
        dc=S("färjestaden"),
    ),
    "brist": dict(
        probe=r"brist|brast",
        rel=S("brist"),
        comp=S("foderbrist foderbristen vattenbrist vattenbristen"),
        no=S("brast"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen"),
        comp=S("krishantering krisledningen krisledningsnämnd krisledningsnämnden krisreserv krisreserven vattenkris "
               "vattenkrisen"),
        no=S("kristina"),
    ),
    "hav": dict(
        probe=r"hav|häv",
        rel=S("havet"),
        comp=S("havsvatten"),
        dc=S("havdhem"),
        no=S("havre havren havreskörden hävdar häver hävs hävt"),
    ),
    "skörd": dict(
        probe=r"skörd",
        rel=S("skörd skördar"),
        comp=S("andraskörd andraskörden förstaskörd förstaskörden havreskörden höskörden skördebortfall skördefest "
               "skördefesten skördetröska spannmålsskörden vallskörden"),
        no=S("skörda skördas"),
    ),
    # --- traps ---
    "damm": dict(
        probe=r"damm",
        rel=S("damm dammar dammarna dammen"),
        comp=S("bevattningsdamm bevattningsdammar bevattningsdammen"),
        no=S("dammet dammiga dammigt"),
    ),
    "källa": dict(
        probe=r"käll",
        rel=S("källan källor"),
        comp=S("vattenkällor"),
        no=S("källaren källström"),
        nei=S("utskällda"),
    ),
    "sand": dict(
        probe=r"s[aä]nd",
        rel=S("sand sanden"),
        comp=S("sandjordarna sandstränderna"),
        dc=S("sandvik sudersand"),
        no=S("insändare sandaler sandell sandra sänder"),
    ),
    "lamm": dict(
        probe=r"lamm",
        rel=S("lammen"),
        comp=S("lammbönderna lammkött lammköttet lammproducenter lammuppfödare"),
        no=S("lamm flammor flammorna"),
    ),
    "regn": dict(
        probe=r"regn",
        rel=S("regn regnet"),
        comp=S("höstregnen regnvatten vårregnen"),
        no=S("regnade regnar regnat regnell"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören"),
        comp=S("rörläggare rörläggaren"),
        no=S("berörda rörelse upprörda valrörelsen"),
    ),
    "hö": dict(
        probe=r"^hö",
        rel=S("hö höet"),
        comp=S("höskörden"),
        no=S("hög höga högre högst högsta högstbjudande högt högtryck högtrycket högvarv höj höja höjas höjningen "
             "höjs höjt höst hösten höstregnen höstsådden höstvete högsommaren"),
        nei=S("höll"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        dc=S("solliden"),
        no=S("absolut sola solade solidariteten solig soligt solveig"),
    ),
    "bete": dict(
        probe=r"bete|^betad|^betar$",
        rel=S("bete betet"),
        comp=S("betesmark betesmarker betesmarkerna"),
        no=S("arbete arbetet samarbete beteendet betar"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("viken"),
        dc=S("burgsvik herrvik sandvik"),
        no=S("undviker vikarier vikarierna viking viktig viktigaste viktigt"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränderna"),
        comp=S("sandstränderna"),
        no=S("strand strandade"),
    ),
    "gräs": dict(
        probe=r"gräs",
        rel=S("gräs gräset"),
        comp=S("gräsarter gräsbrand gräsmatta gräsmattan gräsmattor gräsmattorna"),
        no=S("gräsligt"),
    ),
    "alvar": dict(
        probe=r"al+var",
        rel=S("alvaret alvarets"),
        comp=S("alvarmark alvarmarkerna"),
        no=S("allvar allvarlig allvarligt"),
        nei=S("kalvarna"),
    ),
    # --- words of phrases, booleans and filters ---
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "bevattning": dict(
        probe=r"bevattn",
        rel=S("bevattning"),
        comp=S("bevattningsdamm bevattningsdammar bevattningsdammen bevattningsförbud bevattningsförbuden "
               "bevattningsförbudet"),
    ),
    "tom": dict(probe=r"^tom", rel=S("tom tomma tomt"), nei=S("tomas tomater tomter")),
    "låg": dict(probe=r"^låg|rekordlåg|^lägre$|^lägsta$", rel=S("låg låga lågt lägre lägsta"), comp=S("rekordlåga"), nei=S("lågtrycken")),
    "grundvattennivå": dict(probe=r"grundvattennivå", rel=S("grundvattennivåer grundvattennivåerna")),
    "norra": dict(probe=r"^norra$", rel=S("norra")),
    "öland": dict(probe=r"öl[aä]nd", rel=S("öland ölands"), comp=S("ölandsbonden ölandsbron")),
    "gotland": dict(
        probe=r"gotl",
        rel=S("gotland gotlands"),
        comp=S("gotlandsfärjan gotlandsgruppen gotlandskuriren"),
        dc=S("gotländska gotlänning gotlänningar gotlänningarna"),
    ),
    "risk": dict(probe=r"^risk", rel=S("risk risken risker"), nei=S("riskera riskerar")),
    "avsaltning": dict(
        probe=r"avsaltning",
        rel=S("avsaltning avsaltningen"),
        comp=S("avsaltningsverk avsaltningsverken avsaltningsverket"),
    ),
    "havsvatten": dict(probe=r"havsvatt", rel=S("havsvatten")),
    "länsstyrelse": dict(probe=r"länsstyr", rel=S("länsstyrelsen länsstyrelsens")),
    "smhi": dict(probe=r"^smhi$", rel=S("smhi")),
    "eldningsförbud": dict(probe=r"eldningsförbud", rel=S("eldningsförbud eldningsförbudet")),
    "brandrisk": dict(probe=r"brandrisk", rel=S("brandrisken"), comp=S("brandriskprognos brandriskprognoser")),
    "vattenpris": dict(probe=r"vattenpris", rel=S("vattenpris vattenpriser vattenpriset")),
    "klimatanpassning": dict(probe=r"klimatanpass", rel=S("klimatanpassning klimatanpassningen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("brunnen", "inflection", False, ("term", "brunn")),
    ("förbudet", "inflection", False, ("term", "förbud")),
    ("torkan", "inflection", False, ("term", "torka")),
    ("varningarna", "inflection", False, ("term", "varning")),
    ("avsaltningsverket", "inflection", False, ("term", "avsaltningsverk")),
    ("slakten", "inflection", False, ("term", "slakt")),
    ("turisterna", "inflection", False, ("term", "turist")),
    ("priset", "inflection", False, ("term", "pris")),
    ("tankbilarna", "inflection", False, ("term", "tankbil")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("fodret", "syncope", False, ("term", "foder")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("socknar", "syncope", False, ("term", "socken")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("vatten", "compound", True, ("term", "vatten")),
    ("brunn", "compound", True, ("term", "brunn")),
    ("gård", "compound", True, ("term", "gård")),
    ("färja", "compound", True, ("term", "färja")),
    ("brist", "compound", True, ("term", "brist")),
    ("förbud", "compound", True, ("term", "förbud")),
    ("skörd", "compound", True, ("term", "skörd")),
    ("kris", "compound", True, ("term", "kris")),
    ("hav", "compound", True, ("term", "hav")),
    ('"förbud mot bevattning"', "phrase", False, ("phrase", ["förbud", "mot", "bevattning"])),
    ('"brist på foder"', "phrase", False, ("phrase", ["brist", "på", "foder"])),
    ('"tomma brunnar"', "phrase", False, ("phrase", ["tom", "brunn"])),
    ('"avsaltning av havsvatten"', "phrase", False, ("phrase", ["avsaltning", "av", "havsvatten"])),
    ('"priset på vatten"', "phrase", False, ("phrase", ["pris", "på", "vatten"])),
    ('"låga grundvattennivåer"', "phrase", False, ("phrase", ["låg", "grundvattennivå"])),
    ('"norra Öland"', "phrase", False, ("phrase", ["norra", "öland"])),
    ('"risk för bränder"', "phrase", False, ("phrase", ["risk", "för", "brand"])),
    ("brunnar tankbilar", "boolean", False, ("and", ["brunn", "tankbil"])),
    ("bönder slakt", "boolean", False, ("and", ["bonde", "slakt"])),
    ("avsaltningsverket OR tankbilarna", "boolean", False, ("or", ["avsaltningsverk", "tankbil"])),
    ("turister -Gotland", "boolean", False, ("not", "turist", "gotland")),
    ("eldningsförbud OR brandrisk", "boolean", False, ("or", ["eldningsförbud", "brandrisk"])),
    ("torkan -Öland", "boolean", False, ("not", "torka", "öland")),
    ("Länsstyrelsen SMHI", "boolean", False, ("and", ["länsstyrelse", "smhi"])),
    ("källa:Rauk brunnar", "filter", False, ("filter", "Rauk", "brunn")),
    ("källa:Fyren avsaltningsverket", "filter", False, ("filter", "Fyren", "avsaltningsverk")),
    ("källa:Ölandsposten turisterna", "filter", False, ("filter", "Ölandsposten", "turist")),
    ("källa:Fältbladet slakt", "filter", False, ("filter", "Fältbladet", "slakt")),
    ("källa:Kvällsblixten torkan", "filter", False, ("filter", "Kvällsblixten", "torka")),
    ("typ:opinion vattenpriset", "filter", False, ("filter", "opinion", "vattenpris")),
    ("typ:opinion klimatanpassning", "filter", False, ("filter", "opinion", "klimatanpassning")),
    ("dammen", "trap", False, ("term", "damm")),
    ("källor", "trap", False, ("term", "källa")),
    ("sand", "trap", False, ("term", "sand")),
    ("lamm", "trap", False, ("term", "lamm")),
    ("regn", "trap", False, ("term", "regn")),
    ("rör", "trap", False, ("term", "rör")),
    ("hö", "trap", False, ("term", "hö")),
    ("sol", "trap", False, ("term", "sol")),
    ("bete", "trap", False, ("term", "bete")),
    ("vik", "trap", False, ("term", "vik")),
    ("strand", "trap", False, ("term", "strand")),
    ("gräs", "trap", False, ("term", "gräs")),
    ("alvaret", "trap", False, ("term", "alvar")),
]

HEADER = """# corpus_drought.json – judging notes

Invented crisis: after a dry winter, the summer of 2026 becomes the driest on record on Gotland and one of the driest on Öland. SGU reports low groundwater levels in April; Region Gotland's water chief warns; from 1 June Region Gotland bans garden watering (bevattningsförbud) and Mörbylånga and Borgholm on Öland follow; the county boards of Gotland and Kalmar län ban fires (eldningsförbud) on SMHI's fire-risk forecasts; SMHI issues heat warnings and Gotland has a record run of tropical nights. Wells run dry on Fårö, in the parishes of Sudret (Hablingbo, Vamlingbo, Sundre, Öja) and on northern Öland (Böda, Löttorp, Byxelkrok); tankers, also from hemvärnet, carry water; the desalination plant at Kneippbyn stops for an algal bloom, a mobile one is hired for Almedalsveckan, MSB sends two mobile plants to Degerhamn and Byxelkrok; water pressure fails in Visby's old town. Farmers lose half the first cut of ley, buy hay from Uppland carried by ferry, send cattle and lambs to slaughter early, wait weeks at the slaughterhouse and in one case put animals down; Jordbruksverket and the government pay a drought aid. Grass fires on Fårö, at Hoburgen and on Stora alvaret. Tourists, the royal Solliden, the ferry running out of water, water guards, a golf course and a churchyard; rain at last in late August and September, the bans lifted (fire bans 1 and 7 September, watering bans 30 September on Öland and 19 October on Gotland); the election of 13 September; well owners' claims; evaluations by Länsstyrelsen and MSB; a regional decision (5 November) to build a desalination plant at Slite and raise the water tariff, and a debate on water prices and climate adaptation. Places and public bodies are real (Visby, Slite, Hemse, Roma, Klintehamn, Ljugarn, Fårö, Sudersand, Hablingbo, Havdhem, Burgsvik, Hoburgen, Öja, Vamlingbo, Sundre, När, Sjonhem, Lärbro, Herrvik, Kneippbyn; Borgholm, Mörbylånga, Färjestaden, Degerhamn, Böda, Löttorp, Byxelkrok, Gårdby, Köping, Resmo, Sandvik, Stora alvaret, Långe Erik, Ölandsbron, Kalmarsund; Region Gotland, Länsstyrelsen i Gotlands län, Länsstyrelsen i Kalmar län, SMHI, SGU, MSB, Jordbruksverket, LRF, Hushållningssällskapet, Destination Gotland, Kalmar Vatten, Visby lasarett, SLU, Uppsala universitet Campus Gotland, Lunds universitet; their actions are invented); every person and all six outlets are invented: Gotlandskuriren (local daily, Gotland), Ölandsposten (local paper, Öland), Radio Rauk (local radio, with quotes and a commentary), Nyhetsbyrån Fyren (wire service, also carrying press releases), Kvällsblixten (national tabloid, with a columnist) and Fältbladet (farming trade paper). 123 articles (105 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 21 April to 20 November 2026, +02:00 until 25 October and +01:00 after. The ids dr001–dr123 follow publication time.

People whose names are ordinary words speak or are mentioned: the water chief Sara Lamm, the LRF chair Karin Bonde, the campsite host Mats Strand, the SMHI meteorologist Per Regnell, the well driller Bo Källström, the hydrogeologist Anna Sandell, the well driller Sandra Pettersson, Solveig Ekman on Fårö, the company commander Viking Andersson, and others (Stark, Frisk, Modig, Glad, Ljung, Lilja, Kvist, Ek, Gran, Sten, Falk) whose names are not query words. A name is judged as a name, not as the word: *Bonde* is no form of *bonde* (the word appears only as *bonden*, *bönder* …), *Strand* no form of *strand*, *Lamm* no form of *lamm* (the animal appears only as *lammen* and in compounds), *Regnell*, *Källström*, *Sandell*, *Sandra*, *Solveig*, *Viking* no forms of *regn*, *källa*, *sand*, *sol*, *vik*.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the bare words *bonde*, *strand* and *lamm* except as the names above; the infinitive of the verb *torka* (every *torka* is the noun; the verb appears as *torkar*, *torkade*); *damm* meaning dust in its bare form (dust appears only as *dammet*, *dammig-*; every *damm*, *dammen*, *dammar* is a pond) and the verb *dammar*; the verb *rör* (every *rör*, *rören* is a pipe); *låg* as the past of *ligga* (every *låg* is the adjective); *tomt* and *tomten* as a plot (every *tomt* is the adjective; the plots appear only as *tomter*); the verb *färja*; *bete* as the verb (*bete sig*); the verb *skördar* (every *skördar* is the noun plural); *vikar*; *tanken* (tank or thought).

How the lists were made: src/drought_articles.py holds the texts and src/drought_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: strand/stränd, brand/bränd, stad/städ, natt/nätt, fot/föt, rot/röt, bonde/bönd, väder/vad, hav/häv, sand/sänd, gård/gard, färja/farj) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *hö* is anchored at the start of the word, since *hö* occurs inside hundreds of unrelated words; every token beginning with *hö-* that is not hay (*hög*, *högre*, *högtryck*, *höst*, *hösten*, *höja*, *höjs* …) is judged a lookalike, except the verb form *höll*, which is neither. Tokens are runs of letters, so *SMHI:s*, *SGU:s* and hyphenated words are split. `python3 drought_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *brunnsborraren*, *brunnsägarna*, *gårdsbutiker*, *havsvatten*, *bevattningsförbudet*, *eldningsförbudet*, *krisledningsnämnden*; -e- *färjeläget*, *skördebortfall*, *skördefesten*, *skördetröska*; -u- *ladugården*; -o- *kyrkogården*, *kyrkogårdarna*; none *grundvattnet*, *dricksvatten*, *vattenbrist*, *foderbrist*, *vattenkris*, *Gotlandsfärjan*, *trädgård*, *djurgårdar*, *bygdegården*, *höskörden*, *vallskörden*. Place names that only contain the word are don't care: *Färjestaden* (`färja`, `stad`), *Gårdby* (`gård`), *Havdhem* (`hav`), *Herrvik*, *Burgsvik*, *Sandvik* (`vik`, and *Sandvik*, *Sudersand* for `sand`), *Solliden* (`sol`). Derivations are don't care: *slakteriet*, *slakterier* for `slakten`, *turismen* for `turisterna`, *avsaltning(en)* for `avsaltningsverket`, *somras* (*i somras*) for `somrar`, *gotlänningar*, *gotländska* for `Gotland`.
- **vattnet**, **vatten**: the verb *vattna* (*vattnar*, *vattnade*, *vattnas*, *vattnat*), *vattning*, *kannvattning* and *bevattning* with its compounds (*bevattningsförbudet*, *bevattningsdammar*) → must_not; *Kalmar Vattens* (the company's genitive) → don't care.
- **brunnen**, **brunn**: *brunnit* (brinna) and the adjective *brun* (*bruna*, *brunt*) → must_not. **förbudet**, **förbud**: *förbjuden*, *förbjudet*, *förbjudna* (the verb) and *förbundet*, *fåravelsförbundet* (another word with the letters) → must_not. **torkan**: *torkar*, *torkade* (the verb) and *uttorkning* (dehydration of patients) → must_not; *torkstöd*, *torkåret*, *torktåliga* compounds. **varningarna**: *varnar* → must_not; *kalvarna*, *gravarna* are neither. **slakten**: *slakta*, *slaktar*, *slaktas*, *slaktat*, *slaktats* → must_not. **priset**: *prisade* (prisa, praise) → must_not. **fodret**: *utfodra* → must_not. **socknar**: *sockerbetor*, *sockerbruket* → must_not. **vädret**: *vädjan*, *vädjar* → must_not. **åkrarna**: *åka*, *åkt*, *åkeri* → must_not; the surname *Åkesson* is neither.
- **bönder**: the name *Bonde* and *bönor* → must_not. **bränder**: *brann*, *brunnit* (brinna), *bränd*, *brända*, *brännblåsor* (bränna) and *bränsle* → must_not; *bransch-* words are neither. **rötter**: *rotade* (rota) → must_not; *brott*, *bröt*, *trots*, *trött* are neither. **städer**: *städade*, *städningen* → must_not; *innerstad* compound. **nätter**: *nätet* → must_not; *gästnätter* compound. **fötter**: *fotograferade* → must_not; *fött* is neither.
- **brist**: *brast* (brista) → must_not. **kris**: the name *Kristina* → must_not. **hav**: *havre*, *havren*, *havreskörden* (oats), *hävdar* (hävda) and *häver*, *hävs*, *hävt* (häva, the bans lifted) → must_not. **skörd**: the verb *skörda*, *skördas* → must_not. **gård**, **färja**: no lookalike beside the place names.
- **dammen** (trap): *dammet*, *dammiga*, *dammigt* (dust) → must_not; *en damm som fylls av dagvatten* is a pond → relevant; *bevattningsdamm(en)*, *bevattningsdammar* compounds. **källor** (trap): *källaren* and the name *Källström* → must_not; *utskällda* is neither; *vattenkällor* compound. **sand** (trap): the names *Sandra*, *Sandell*, *sandaler*, *sänder* (sända) and *insändare* → must_not; *sandjordarna*, *sandstränderna* compounds. **lamm** (trap): the name *Lamm* and *flammor*, *flammorna* → must_not; *lammkött*, *lammuppfödare*, *lammbönderna* compounds. **regn** (trap): the verb *regnar*, *regnade*, *regnat* and the name *Regnell* → must_not; *regnvatten*, *höstregnen*, *vårregnen* compounds. **rör** (trap): *berörda*, *upprörda*, *rörelse*, *valrörelsen* → must_not; *rörläggare(n)* compounds. **hö** (trap): see above; *höskörden* compound. **sol** (trap): the verb *sola*, *solade*, the adjective *solig*, *soligt*, *solidariteten*, *absolut* and the name *Solveig* → must_not. **bete** (trap): *arbete*, *arbetet*, *samarbete*, *beteendet* and the verb *betar* (beta) → must_not; *betesmark(er/na)* compounds. **vik** (trap): *viktig*, *viktigt*, *viktigaste*, *vikarier(na)*, *undviker* and the name *Viking* → must_not. **strand** (trap): the name *Strand* and *strandade* → must_not; *sandstränderna* compound. **gräs** (trap): *gräsligt* → must_not; *gräsmatta* and its forms, *gräsbrand*, *gräsarter* compounds. **alvaret** (trap): *allvar*, *allvarlig*, *allvarligt* → must_not; *alvarmark(erna)* compounds; *kalvarna* is neither.
- **Phrases**: forms must be adjacent and in order in one sentence. *förbud mot bevattning* relevant; *förbudet inte gäller bevattning av grönsaker* → must_not; *bevattningsförbud* alone is a compound → don't care. *brist på foder*, *Brist på foder* relevant; *brist på allt, och foder* → must_not; *foderbrist* alone → don't care. Forms of *tom* are *tom*, *tomma*, *tomt*: *tomma brunnar* relevant; *Brunnarna är tomma*, *I år är den tom* (the well), *blir det tomt för oss* → must_not. *avsaltning av havsvatten* relevant; *Verket ska ta in havsvatten* with *avsaltningen* in another sentence → must_not. Forms of *pris* include *priset*, *priserna*; *priset på vatten* relevant; *priset* and *vatten* apart → must_not. Forms of *låg* include *lägre*, *lägsta*: *låga grundvattennivåer* relevant; *Grundvattennivåerna är fortfarande låga* → must_not; *Rekordlåga grundvattennivåer* (a compound adjective) → don't care. *norra Öland*, *norra Ölands* relevant; *Ölands norra udde* → must_not. *risk för bränder*, *risken för bränder* relevant; *brandrisken* alone is a compound → don't care.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term (*Gotland*, *Gotlands*, *Öland*, *Ölands*) is must_not; with the excluded term only inside a compound (*Gotlandsfärjan*, *Ölandsbron*) or as a derivation (*gotlänningar*), don't care. OR – any relevant form of either term.
- **Filters**: `källa:` matches one word of the outlet's name (*Rauk*, *Fyren*, *Ölandsposten*, *Fältbladet*, *Kvällsblixten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("drought", "dr", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
