#!/usr/bin/env python3
"""Builds corpus_heatwave.json and corpus_heatwave.md from heatwave_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 heatwave_build.py [-v]
"""

import fire_build
from heatwave_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "värmebölja": dict(
        probe=r"bölj",
        rel=S("värmebölja värmeböljan värmeböljor"),
    ),
    "brunn": dict(
        probe=r"brun",
        rel=S("brunn brunnen brunnar brunnarna"),
        comp=S("brunnsborraren brunnsborrarna brunnsägarna"),
        no=S("brunnit bruna"),
    ),
    "bevattningsförbud": dict(
        probe=r"bevattningsförb",
        rel=S("bevattningsförbud bevattningsförbudet bevattningsförbuden"),
    ),
    "nödslakt": dict(
        probe=r"nödslakt",
        rel=S("nödslakt nödslakten"),
        no=S("nödslaktade nödslaktat"),
    ),
    "torka": dict(
        probe=r"tork",
        rel=S("torka torkan"),
        comp=S("torkåret"),
        dc=S("uttorkning"),
        no=S("torkade torkar"),
    ),
    "avsaltningsverk": dict(
        probe=r"avsaltningsverk",
        rel=S("avsaltningsverk avsaltningsverket avsaltningsverken"),
    ),
    "grundvattennivå": dict(
        probe=r"grundvattenniv",
        rel=S("grundvattennivåer grundvattennivåerna"),
    ),
    "turist": dict(
        probe=r"turis",
        rel=S("turist turisten turister turisterna"),
        comp=S("turistchef turistsäsongen turistskatt"),
    ),
    # --- syncope ---
    "socken": dict(
        probe=r"sock",
        rel=S("socken socknen socknar socknarna"),
        no=S("sockret sockerbetorna"),
    ),
    "åker": dict(
        probe=r"åker|åkr|^åk",
        rel=S("åkern åkrarna"),
        no=S("åker åka åkte åkerier åkerlund"),
        nei=S("åkesson"),
    ),
    "mager": dict(
        probe=r"^mag",
        rel=S("mager magert magra magraste"),
        no=S("magnus magnusson magasinen magasin"),
    ),
    "åder": dict(
        probe=r"^åd",
        rel=S("ådror ådrorna"),
        no=S("ådrog"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filtret filtren"),
        comp=S("membranfilter"),
        no=S("filtrera"),
    ),
    "öken": dict(
        probe=r"^ök",
        rel=S("öken öknen"),
        no=S("ökade ökar ökat"),
    ),
    "sommar": dict(
        probe=r"som[mr]|somn",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        comp=S("midsommar rekordsommar sommargästen sommargästerna sommarstuga sommarstugor"),
        dc=S("somras"),
        no=S("somnade"),
        nei=S("skogsområde"),
    ),
    # --- umlaut ---
    "brand": dict(
        probe=r"br[aä]n",
        rel=S("brand branden brandens bränder bränderna"),
        comp=S("brandmän brandmännen brandrisken gräsbrand gräsbranden gräsbränder gräsbränderna skogsbrand skogsbranden"),
        no=S("brann bränt brända bränna"),
        nei=S("membranfilter membranen"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna böndernas"),
        comp=S("fårbonden fårbönderna lammbönderna mjölkbonde mjölkbonden vetebönderna"),
        no=S("bönor bönorna"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter döttrar döttrarna"),
        dc=S("dotterbolag"),
        nei=S("dött"),
    ),
    "lång": dict(
        probe=r"^l[åä]ng",
        rel=S("långt längre längsta längst"),
        no=S("länge längden längs långsamt långsiktig"),
    ),
    "låg": dict(
        probe=r"^l[åä]g",
        rel=S("låg låga lägre lägsta"),
        no=S("läget läge lägga lågorna lägenhet lägenheten lägger"),
    ),
    "stor": dict(
        probe=r"^st[oö]r",
        rel=S("stor stora stort större störst största"),
        no=S("stormkök"),
    ),
    # --- compounds ---
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        comp=S("solskydd solceller"),
        no=S("solidaritet solveig"),
        nei=S("gasolgrill"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("havet"),
        comp=S("havsvattnet havsvatten medelhavet"),
        no=S("havren havre haveri havreskörden"),
    ),
    "bad": dict(
        probe=r"bad",
        rel=S("bad badet"),
        comp=S("badgäster badplatserna"),
        no=S("badade bada"),
        nei=S("drabbade drabbades"),
    ),
    "tank": dict(
        probe=r"t[aä]nk",
        rel=S("tank tanken tankar"),
        comp=S("tankbil tankbilar tankbilarna vattentank"),
        no=S("tänker"),
        nei=S("misstänks misstänkt"),
    ),
    "gräs": dict(
        probe=r"gräs",
        rel=S("gräs gräset"),
        comp=S("gräsbrand gräsbranden gräsbränder gräsbränderna gräsmattan gräsmattor gräsmattorna"),
        no=S("gräsligt"),
    ),
    "foder": dict(
        probe=r"fod[er]",
        rel=S("foder fodret"),
        comp=S("foderbristen grovfodret vinterfoder foderbytesbörs foderbörs foderhandlaren foderoro foderproduktion"),
        dc=S("utfodra"),
    ),
    "slakt": dict(
        probe=r"slakt",
        rel=S("slakt"),
        comp=S("nödslakt nödslakten slakteri slakteriet slakterierna slaktdjur slaktdagar"),
        no=S("slakta slaktade slaktades nödslaktade nödslaktat"),
    ),
    "omsorg": dict(
        probe=r"omsorg",
        rel=S("omsorg"),
        comp=S("äldreomsorgen äldreomsorg"),
        dc=S("omsorgsfullt"),
    ),
    "rekord": dict(
        probe=r"rekord",
        rel=S("rekord rekordet"),
        comp=S("rekordlåga värmerekord rekordmånga rekordsommar"),
    ),
    # --- traps ---
    "hetta": dict(
        probe=r"^het",
        rel=S("hetta hettan"),
        no=S("het heta heter"),
    ),
    "sina": dict(
        probe=r"^sin(a|ar|ade|at|ande)?$",
        rel=S("sinar sinade sinat"),
        no=S("sina sin"),
    ),
    "grill": dict(
        probe=r"grill",
        rel=S("grill grillar"),
        comp=S("engångsgrill engångsgrillar grillplatser gasolgrill"),
        dc=S("grillning"),
        no=S("grilla grillade grillat"),
    ),
    "kyla": dict(
        probe=r"kyl",
        rel=S("kylan"),
        comp=S("kylaggregat"),
        dc=S("kylning"),
        no=S("kyler kylda"),
        nei=S("kalkylen kalkylerna"),
    ),
    "vete": dict(
        probe=r"vete|^vet",
        rel=S("vete"),
        comp=S("höstvetet höstvete vårvetet veteskörden vetebönderna"),
        no=S("vet vetat veterinärer veterinären veterinärerna distriktsveterinären"),
    ),
    "korn": dict(
        probe=r"korn",
        rel=S("korn kornet"),
        comp=S("vårkornet"),
        no=S("korna"),
        nei=S("kyrkorna sprickorna tackorna vattenflaskorna veckorna"),
    ),
    "hö": dict(
        probe=r"^hö[a-zåäö]{0,2}$|^hö(bal|pris|skörd)",
        rel=S("hö höet"),
        no=S("hög höga högt höll hör höja höjt hört höst"),
    ),
    "kalk": dict(
        probe=r"kalk",
        rel=S("kalk kalken"),
        comp=S("kalkberget kalkberggrunden kalkplatta"),
        no=S("kalkylen kalkylerna"),
    ),
    "tall": dict(
        probe=r"tall",
        rel=S("tall tallarna"),
        comp=S("tallskog tallskogen"),
        no=S("tallrikar installera metall stallar"),
    ),
    "odling": dict(
        probe=r"odl",
        rel=S("odlingen odlingar"),
        comp=S("fruktodling spannmålsodlingen"),
        dc=S("odlare odlarna odlaren äppelodlarna växtodlingsrådgivaren"),
        no=S("odlar odla"),
        nei=S("förmodligen"),
    ),
    "sval": dict(
        probe=r"sval",
        rel=S("svalt svalare svalast sval"),
        no=S("svalde svalan rosvall"),
    ),
    "ljung": dict(
        probe=r"ljung",
        rel=S("ljung ljungen"),
        no=S("ljunggren ljungbyholms ljungberg"),
    ),
    "träd": dict(
        probe=r"träd",
        rel=S("träd träden"),
        comp=S("trädgårdar lövträd trädkronorna trädgårdsavfall"),
        no=S("trädde träda framträda företräder"),
    ),
    # --- words of phrases, booleans and filters ---
    "tropisk": dict(probe=r"^tropisk", rel=S("tropiska")),
    "natt": dict(
        probe=r"^n[aä]tt",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattemperaturen"),
    ),
    "hög": dict(probe=r"^hög", rel=S("hög höga högt högre högsta"), comp=S("högsäsongen högtryck högvarv")),
    "temperatur": dict(
        probe=r"^temperatur",
        rel=S("temperaturen temperaturer"),
        comp=S("temperaturmätare"),
    ),
    "krisstöd": dict(probe=r"krisstöd", rel=S("krisstöd krisstödet")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "lantbrukare": dict(probe=r"^lantbrukar", rel=S("lantbrukare lantbrukaren lantbrukarna")),
    "förbud": dict(probe=r"^förbud", rel=S("förbud förbudet")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "eldning": dict(probe=r"^eldning", rel=S("eldning"), comp=S("eldningsförbud eldningsförbudet")),
    "värmerelaterad": dict(probe=r"värmerelater", rel=S("värmerelaterade värmerelaterat")),
    "dödsfall": dict(probe=r"^dödsfall", rel=S("dödsfall dödsfallen")),
    "region": dict(
        probe=r"^region",
        rel=S("region regionen regionens regioner regionerna"),
        comp=S("regionfullmäktige regionordförande regionrådet regionstyrelsen regionstyrelsens"),
        no=S("regionalt"),
    ),
    "gotland": dict(probe=r"^gotland", rel=S("gotland gotlands"), comp=S("gotlandsbolaget")),
    "varm": dict(probe=r"^varm", rel=S("varm varmt varma varmare varmaste")),
    "klimat": dict(
        probe=r"^klimat",
        rel=S("klimat klimatet"),
        comp=S("klimatanpassning klimatanpassningen klimatforskare klimatforskaren klimatförändringar"),
        dc=S("klimatolog klimatologen"),
    ),
    "öland": dict(probe=r"^öland", rel=S("öland"), comp=S("ölandsbron")),
    "smhi": dict(probe=r"^smhi", rel=S("smhi")),
    "folkhälsomyndigheten": dict(probe=r"folkhälsomyndighet", rel=S("folkhälsomyndigheten folkhälsomyndighetens")),
    "äldreboende": dict(probe=r"äldreboende", rel=S("äldreboende äldreboendet äldreboenden äldreboendena")),
    "kalmar": dict(probe=r"^kalmar", rel=S("kalmar"), comp=S("kalmarkusten kalmarsund kalmartrakten")),
    "slite": dict(probe=r"^slite", rel=S("slite")),
    "foderbrist": dict(probe=r"foderbrist", rel=S("foderbristen")),
    "gräsbrand": dict(probe=r"gräsbr", rel=S("gräsbrand gräsbranden gräsbränder gräsbränderna")),
    "fårö": dict(probe=r"^fårö", rel=S("fårö"), dc=S("fårösund")),
    "lrf": dict(probe=r"^lrf", rel=S("lrf")),
    "jordbruksverket": dict(probe=r"^jordbruksverk", rel=S("jordbruksverket jordbruksverkets")),
    "eldningsförbud": dict(probe=r"eldningsförbud", rel=S("eldningsförbud eldningsförbudet")),
    "klimatanpassning": dict(probe=r"klimatanpassning", rel=S("klimatanpassning klimatanpassningen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("värmeböljan", "inflection", False, ("term", "värmebölja")),
    ("brunnarna", "inflection", False, ("term", "brunn")),
    ("bevattningsförbudet", "inflection", False, ("term", "bevattningsförbud")),
    ("nödslakten", "inflection", False, ("term", "nödslakt")),
    ("torkan", "inflection", False, ("term", "torka")),
    ("avsaltningsverket", "inflection", False, ("term", "avsaltningsverk")),
    ("grundvattennivåerna", "inflection", False, ("term", "grundvattennivå")),
    ("turisterna", "inflection", False, ("term", "turist")),
    ("socknarna", "syncope", False, ("term", "socken")),
    ("åkern", "syncope", False, ("term", "åker")),
    ("magra", "syncope", False, ("term", "mager")),
    ("ådror", "syncope", False, ("term", "åder")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("öknen", "syncope", False, ("term", "öken")),
    ("somrarna", "syncope", False, ("term", "sommar")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("böndernas", "umlaut", False, ("term", "bonde")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("längsta", "umlaut", False, ("term", "lång")),
    ("lägsta", "umlaut", False, ("term", "låg")),
    ("största", "umlaut", False, ("term", "stor")),
    ("sol", "compound", True, ("term", "sol")),
    ("hav", "compound", True, ("term", "hav")),
    ("bad", "compound", True, ("term", "bad")),
    ("tank", "compound", True, ("term", "tank")),
    ("gräs", "compound", True, ("term", "gräs")),
    ("foder", "compound", True, ("term", "foder")),
    ("slakt", "compound", True, ("term", "slakt")),
    ("omsorg", "compound", True, ("term", "omsorg")),
    ("rekord", "compound", True, ("term", "rekord")),
    ('"tropiska nätter"', "phrase", False, ("phrase", ["tropisk", "natt"])),
    ('"höga temperaturer"', "phrase", False, ("phrase", ["hög", "temperatur"])),
    ('"sinade brunnar"', "phrase", False, ("phrase", ["sina", "brunn"])),
    ('"krisstöd till lantbrukare"', "phrase", False, ("phrase", ["krisstöd", "till", "lantbrukare"])),
    ('"förbud mot eldning"', "phrase", False, ("phrase", ["förbud", "mot", "eldning"])),
    ('"värmerelaterade dödsfall"', "phrase", False, ("phrase", ["värmerelaterad", "dödsfall"])),
    ('"Region Gotland"', "phrase", False, ("phrase", ["region", "gotland"])),
    ('"varmare klimat"', "phrase", False, ("phrase", ["varm", "klimat"])),
    ("Gotland Öland", "boolean", False, ("and", ["gotland", "öland"])),
    ("SMHI OR Folkhälsomyndigheten", "boolean", False, ("or", ["smhi", "folkhälsomyndigheten"])),
    ("äldreboende -Kalmar", "boolean", False, ("not", "äldreboende", "kalmar")),
    ("avsaltningsverk Slite", "boolean", False, ("and", ["avsaltningsverk", "slite"])),
    ("nödslakt OR foderbrist", "boolean", False, ("or", ["nödslakt", "foderbrist"])),
    ("gräsbrand -Fårö", "boolean", False, ("not", "gräsbrand", "fårö")),
    ("LRF Jordbruksverket", "boolean", False, ("and", ["lrf", "jordbruksverket"])),
    ("källa:Rauken värmeböljan", "filter", False, ("filter", "Rauken", "värmebölja")),
    ("källa:Svalan eldningsförbud", "filter", False, ("filter", "Svalan", "eldningsförbud")),
    ("källa:Gutebladet brunnar", "filter", False, ("filter", "Gutebladet", "brunn")),
    ("källa:Kalmarkuriren äldreboende", "filter", False, ("filter", "Kalmarkuriren", "äldreboende")),
    ("källa:Agrarposten nödslakt", "filter", False, ("filter", "Agrarposten", "nödslakt")),
    ("källa:Meridian klimatanpassning", "filter", False, ("filter", "Meridian", "klimatanpassning")),
    ("typ:opinion avsaltningsverk", "filter", False, ("filter", "opinion", "avsaltningsverk")),
    ("hetta", "trap", False, ("term", "hetta")),
    ("sinar", "trap", False, ("term", "sina")),
    ("grill", "trap", False, ("term", "grill")),
    ("kyla", "trap", False, ("term", "kyla")),
    ("vete", "trap", False, ("term", "vete")),
    ("korn", "trap", False, ("term", "korn")),
    ("hö", "trap", False, ("term", "hö")),
    ("kalk", "trap", False, ("term", "kalk")),
    ("tall", "trap", False, ("term", "tall")),
    ("odling", "trap", False, ("term", "odling")),
    ("sval", "trap", False, ("term", "sval")),
    ("ljung", "trap", False, ("term", "ljung")),
    ("träd", "trap", False, ("term", "träd")),
]

HEADER = """# corpus_heatwave.json – judging notes

Invented crisis: after a dry spring with record-low groundwater (SGU's warning in late May), a heat wave (värmebölja) settles over Gotland and Kalmar län from 2 July to 24 August 2026. Region Gotland bans watering (bevattningsförbud) from 24 June, Öland's two municipalities and Kalmar (with Nybro and Torsås) follow; hundreds of wells run dry (Fleringe, Ar, Lärbro, Othem) and Region Gotland drives water out in tank lorries and sets out tanks; the county boards ban fires (eldningsförbud) on Gotland from 3 July and in Kalmar län from 9 July; grass fires on Öland and Gotland (one on Fårö by Sudersand, one on Tofta skjutfält), forest fires in Böda kronopark (an abandoned disposable grill) and west of Mönsterås; SMHI issues yellow, orange and for the first time red warnings; Visby reaches 35.8 and Kalmar 36.1 degrees; residents die on Berga äldreboende in Kalmar and Vibble äldreboende outside Visby (lex Maria, IVO inspections and criticism, the daughters of one woman speak out); farmers lose half the harvest (oats, barley, wheat, ley, Öland's brown beans), fodder runs out and animals are sent to emergency slaughter (nödslakt); tourists fill the beaches and later leave; Region Gotland's crisis board hires two mobile desalination plants (Slite, Fårösund; one breaks down) and starts a pre-study for a permanent plant in Slite; the government gives 600 million kronor in crisis support to farmers via Jordbruksverket; and in the autumn and winter a debate on climate adaptation (klimatanpassning) follows, with a government inquiry, Socialstyrelsen's report on heat deaths and SGU's groundwater report. Places and public bodies are real (Visby, Slite, Fårö, Fårösund, Hemse, Roma, Lärbro, Tofta, Sproge, Stånga, När, Othem, Fleringe, Gothem, Hejde, Sanda, Alböke, Löttorp, Böda, Köpingsvik, Borgholm, Mörbylånga, Färjestaden, Kalmar, Nybro, Torsås, Mönsterås, Ljungbyholm, Oskarshamn; Region Gotland, Länsstyrelsen i Gotlands län and i Kalmar län, SMHI, SGU, MSB, Folkhälsomyndigheten, Socialstyrelsen, IVO, Jordbruksverket, LRF, Hushållningssällskapet, Kalmar Vatten, Sveaskog, SKR), the events, the homes Berga and Vibble äldreboende as scenes, every person and all six outlets are invented: Gutebladet (local daily, Gotland), Kalmarkuriren (local daily, Kalmar län and Öland), Radio Rauken (local radio, with quotes), Nyhetsbyrån Svalan (wire service, also carrying press releases), Dagbladet Meridian (national daily) and Agrarposten (farming trade paper). 122 articles (104 news, 18 opinion: leaders, debate articles, columns, letters), published 28 May 2026 to 10 February 2027, +02:00 until 25 October 2026 (03:00) and +01:00 after. The ids b001–b122 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man*, *mannen* are only the noun), the verb *händer*, the verb *hamnar* (and *hamna*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the noun *åker* in the indefinite singular (every *åker* is the verb *åka*, so it is must_not for `åkern`); the verb *torka* in the infinitive (every *torka* is the noun; the verb appears only as *torkar*, *torkade*); the verb *sina* in the infinitive (every *sina* is the possessive pronoun); the verb *kyla* in the infinitive (every *kyla*/*kylan* is the noun; the verb appears as *kyler*, *kylda*); the verb *grillar* (every *grillar* is the plural noun); *bad* as the past of *be* (every *bad* is the noun); *låg* as the past of *ligga* and *låga* meaning a flame (every *låg*, *låga* is the adjective; the flames appear only as *lågorna*, a lookalike); *tanke*, *tanken*, *tankar* meaning thoughts (every *tank* form is a water tank); *svala*, *svalan* meaning the bird in the indefinite (the only *svalan* is the outlet's name, a lookalike) and *svalt* as the past of *svälta* or supine of *svälja* (every *svalt* is the adjective); *vete* as in *vete katten*; the noun *hög* (a pile); *träd* as an imperative; *tankarna*; the adverbial *längre* meaning *any longer* (every *längre* is the comparative of *lång* or *långt*: *en längre period*, *längre ner*, *längre sträckor*, *tar längre tid*); the verb *hetta* (*hetta upp*). The noun *händer* is kept out too, and *får* (sheep) occurs but is never judged.

How the lists were made: src/heatwave_articles.py holds the texts and src/heatwave_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: brand/bränd, lång/läng, låg/läg, stor/stör, tank/tänk, bonde/bön, åker/åk) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *sol*, *hav*, *bad*, *tall*, *korn*, *kalk*, *kyl*, *träd*, *sval*, *ljung*, *odl*, *tork*, *brun* are unanchored, so they also list *gasolgrill*, *Medelhavet*, *drabbade*, *stallar*, *installera*, *metall*, *kyrkorna*, *veckorna*, *kalkylen*, *företräder*, *Rosvall*, *förmodligen*, *membranfilter*; *hö* is probed only as *hö* with up to two more letters (*hög*, *höga*, *högt*, *höll*, *hör*, *hört*, *höja*, *höjt*, *höst*) or with *bal-*, *pris-*, *skörd-*, since *hö-* begins hundreds of unrelated words; *sinar* only as *sin*, *sina*, *sinar*, *sinade*, *sinat*, *sinande*; *hetta* from the start of the word (*het*, *heta*, *heter*). Tokens are runs of letters, so *SMHI:s*, *SGU:s*, *LRF:s*, *IVO:s* are split and *SMHI*, *LRF* are found. `python3 heatwave_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *havsvattnet*, *brunnsborraren*, *brunnsägarna*; none *turistsäsongen*, *solskydd*, *solceller*, *Medelhavet*, *badgäster*, *badplatserna*, *tankbilar*, *vattentank*, *gräsmattor*, *gräsbränder*, *grovfodret*, *vinterfoder*, *foderbristen*, *nödslakt*, *slakteriet*, *slaktdagar*, *äldreomsorgen*, *värmerekord*, *rekordlåga*, *rekordsommar*. A word inside a longer compound is don't care: *växtodlingsrådgivaren* for `odling`; *trädgårdsavfall* and *trädgårdar* begin with *träd* and count as compounds (as *trädgården* for `gård` in README). *gasolgrill* is a compound of *grill* and neither for `sol` (gasol is gas).
- **bränder** (umlaut): *brann*, *bränt*, *brända*, *bränna* → must_not; *gräsbrand*, *skogsbranden*, *brandmän*, *brandrisken* are compounds → don't care; *membranfilter* is neither.
- **böndernas**: *bönor*, *bönorna* (Öland's brown beans) → must_not; *fårbonden*, *lammbönderna*, *mjölkbonden*, *vetebönderna* compounds. **döttrarna**: *dotterbolag* (Kalmar Vatten, a subsidiary) → don't care; *dött* (dö) neither. **längsta**: forms of *lång* (*långt*, *längre*, *längst*, *längsta*) relevant; *länge*, *längs*, *längden* (*i längden*), *långsamt*, *långsiktig* → must_not. **lägsta**: forms of *låg* (*låg*, *låga*, *lägre*, *lägsta*) relevant; *läge*, *läget*, *lägga*, *lägger*, *lägenhet(en)* and *lågorna* (flames) → must_not. **största**: *stor*, *stora*, *stort*, *större*, *störst*, *största* relevant, also *Stora torget* in Visby (the adjective in a name); *stormkök* → must_not.
- **åkern** (syncope): *åkern*, *åkrarna* relevant; the verb *åker*, *åka*, *åkte*, and *åkerier*, the surname *Åkerlund* → must_not; *Åkesson* neither. **socknarna**: *sockret*, *sockerbetorna* → must_not. **magra**: *mager*, *magert*, *magra*, *magraste* relevant; *Magnus*, *Magnusson*, *magasin*, *magasinen* → must_not. **ådror**: *ådrog* (*ådrog sig värmeslag*, ådra sig) → must_not. **filtren**: *filtret*, *filtren* relevant; the verb *filtrera* → must_not; *membranfilter* compound. **öknen**: *öken*, *öknen* relevant; *ökade*, *ökar*, *ökat* → must_not. **somrarna**: *somnade* → must_not; *i somras* (a fossilised form of *sommar*) → don't care; *midsommar*, *sommargästerna*, *sommarstugor* compounds; *skogsområde* neither.
- **Inflection**: *brunnarna*: *brunnit* (brinna) and the adjective *bruna* → must_not; *brunnsborraren*, *brunnsägarna* compounds. *nödslakten*: the verb *nödslaktade*, *nödslaktat* → must_not. *torkan*: *torkar* (*Sydost brinner och torkar ut*), *torkade* → must_not; *torkåret* compound; *uttorkning* → don't care. *turisterna*: *turistsäsongen*, *turistchef*, *turistskatt* compounds.
- **sol** (compound): *solidaritet*, *Solveig* → must_not. **hav**: *havre*, *havren*, *havreskörden*, *haveri* → must_not. **bad**: the verb *bada*, *badade* → must_not; *drabbade*, *drabbades* neither. **tank**: *tänker* → must_not; *misstänkt*, *misstänks* neither. **gräs**: *gräsligt* → must_not. **slakt**: the verb *slakta*, *slaktade*, *slaktades*, *nödslaktade*, *nödslaktat* → must_not. **omsorg**: *omsorgsfullt* (derived adverb) → don't care. **foder**: *utfodra* (derived verb) → don't care.
- **hetta** (trap): the adjective *het*, *heta* (*de heta nätterna*) and the verb *heter* → must_not. **sinar** (trap, the verb *sina*, to run dry): *sinar*, *sinade*, *sinat* relevant; the pronouns *sin*, *sina* → must_not. **grill**: *grill*, *grillar* (noun) relevant; *grilla*, *grillade*, *grillat* → must_not; *grillning* → don't care; *engångsgrill(ar)*, *gasolgrill*, *grillplatser* compounds. **kyla**: *kylan* relevant; *kyler*, *kylda* → must_not; *kylning* don't care, *kylaggregat* compound; *kalkylen* neither. **vete**: *vet*, *vetat* (veta) and *veterinären*, *veterinärer(na)*, *distriktsveterinären* → must_not; *höstvete*, *vårvetet*, *veteskörden*, *vetebönderna* compounds. **korn**: *korna* (the cows) → must_not; *vårkornet* compound; *kyrkorna*, *veckorna*, *sprickorna*, *tackorna* neither. **hö**: *hö*, *höet* relevant; *hög*, *höga*, *högt*, *höll*, *hör*, *hört*, *höja*, *höjt*, *höst* → must_not. **kalk**: *kalkylen*, *kalkylerna* → must_not; *kalkberget*, *kalkberggrunden*, *kalkplatta* compounds. **tall**: *tall*, *tallarna* relevant; *tallrikar*, *installera*, *metall*, *stallar* → must_not; *tallskog(en)* compound. **odling**: *odlingen*, *odlingar* relevant; *odla*, *odlar* → must_not; the agent nouns *odlare*, *odlaren*, *odlarna*, *äppelodlarna* → don't care; *fruktodling*, *spannmålsodlingen* compounds; *förmodligen* neither. **sval**: *sval*, *svalt*, *svalare*, *svalast* relevant; *svalde* (svälja), *Svalan* (the outlet named in a text) and the surname *Rosvall* → must_not. **ljung**: *ljung*, *ljungen* relevant; *Ljungbyholms*, *Ljunggren*, *Ljungberg* → must_not. **träd**: *träd*, *träden* relevant; *trädde* (*trädde i kraft*), *träda* (fallow land), *framträda*, *företräder* → must_not; *trädgårdar*, *trädkronorna*, *lövträd* compounds.
- **Phrases**: forms must be adjacent and in order in one sentence. *sinade brunnar*, *De sinade brunnarna*, *min sinade brunn* relevant; *Brunnarna sinar*, *brunnar har sinat* → must_not. *Tropiska nätter* and *19 tropiska nätter* relevant; *nätterna blir alltså tropiska* → must_not. *höga temperaturer* relevant; *Temperaturen har varit hög* → must_not. *krisstöd till lantbrukare* relevant; *krisstöd* and *lantbrukare* apart → must_not. *Förbudet mot eldning* relevant; *eldning* and *förbudet* apart → must_not; *eldningsförbud* is a compound (don't care). *värmerelaterade dödsfall* relevant; *dödsfallen är värmerelaterade* → must_not. *Region Gotland*, *Region Gotlands* relevant; *regionen* with *Gotland* elsewhere → must_not; *regionstyrelsen*, *regionrådet* are compounds. *ett varmare klimat* relevant; *Klimatet blir varmare* → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care (*Kalmarsund*, *Kalmartrakten*, *Ölandsbron*, *Gotlandsbolaget*). NOT – an article with the excluded term is must_not; *Fårösund* only → don't care. OR – *foderbristen* is a form of `foderbrist`.
- **Filters**: `källa:` matches one word of the outlet's name (*Rauken*, *Svalan*, *Gutebladet*, *Kalmarkuriren*, *Agrarposten*, *Meridian*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("heatwave", "b", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
