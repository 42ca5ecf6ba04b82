#!/usr/bin/env python3
"""Builds corpus_hail.json and corpus_hail.md from hail_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 hail_build.py [-v]
"""

import fire_build
from hail_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "skyfall": dict(
        probe=r"skyfall",
        rel=S("skyfall skyfallet"),
        comp=S("skyfallsliknande skyfallsplan skyfallsplanen skyfallsskydd skyfallsvatten"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen varningar varningarna"),
        comp=S("varningsnivå varningsskala varningssystem varningssystemet varningstjänsten"),
        no=S("varna varnade varnar"),
        nei=S("kvarn kvarnar qvarnström"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skadan skador skadorna"),
        comp=S("hagelskada hagelskador naturskadan naturskador naturskadorna skadeanmälningar skadecenter skadechef "
               "skadechefen skadedata skadehändelsen skadereglerare skadestånd skadeärenden skadeärendena skördeskador "
               "vagnskada vagnskador vattenskador"),
        dc=S("hagelskadad hagelskadade totalskadad totalskadade"),
        no=S("skadad skadade skadades skadas skadat skadats"),
    ),
    "anmälan": dict(
        probe=r"anmä",
        rel=S("anmälan anmälningar anmälningarna"),
        comp=S("felanmälningar skadeanmälningar"),
        no=S("anmält anmälts polisanmälde polisanmält"),
    ),
    "stöd": dict(
        probe=r"stöd",
        rel=S("stöd stödet"),
        comp=S("krisstöd krisstödet"),
        no=S("stöder stödja"),
    ),
    "kund": dict(
        probe=r"kund",
        rel=S("kunder kunderna"),
        comp=S("kundtjänst kundtjänsten kundtjänster"),
        no=S("kunde sekunder"),
    ),
    "källare": dict(
        probe=r"käll",
        rel=S("källare källaren källarna"),
        comp=S("källarlägenhet"),
        no=S("källa källor"),
    ),
    "ersättning": dict(
        probe=r"ers[äa]tt",
        rel=S("ersättning ersättningen"),
        comp=S("avbrottsersättning ersättningsärenden"),
        no=S("ersatts ersätter"),
    ),
    "gröda": dict(
        probe=r"gr[oö]d",
        rel=S("gröda grödor grödorna"),
        comp=S("vårgrödor"),
        no=S("grodor grodorna"),
    ),
    # --- syncope ---
    "hagel": dict(
        probe=r"hag(e)?l",
        rel=S("hagel haglet haglen"),
        comp=S("hagelbilar hagelfilm hagelförsäkring hagelförsäkringar hagelkarta hagelkartan hagelkorn hagelkornen "
               "hagelkvällen hagelregister hagelskada hagelskadad hagelskadade hagelskador hagelsommaren hagelstorm "
               "hagelstormen hagelåret"),
        no=S("hagla haglar haglat haglund"),
    ),
    "oväder": dict(
        probe=r"oväd",
        rel=S("oväder ovädret"),
        comp=S("sommaroväder"),
    ),
    "åker": dict(
        probe=r"^åk|åker|åkr",
        rel=S("åker åkrar åkrarna"),
        comp=S("åkerbönor åkermark"),
        no=S("åka åke åkeri åkerier åkeriet åkeriets åkesson"),
        nei=S("åklagaren"),
    ),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dagvatten dagvattenledningar dagvattentaxan dagvattnet regnvatten skyfallsvatten vattenfyllda "
               "vattensamlingar vattenskador"),
        dc=S("avvattningen"),
        no=S("vattnade vattnat"),
    ),
    "möbel": dict(
        probe=r"möb",
        rel=S("möbler möblerna"),
        comp=S("trädgårdsmöbel trädgårdsmöblerna"),
        no=S("möblerades möblerat"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        comp=S("hagelsommaren sommarkampanj sommaroväder sommarregn"),
        dc=S("somras"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bonden bönder bönderna"),
        comp=S("köttbönder spannmålsbönder"),
        no=S("bönorna"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer städerna"),
        comp=S("stadsbilden stadsdelar stadsdelarna stadsträdgårdsmästare stadsträdgårdsmästaren"),
        dc=S("hogstad vikingstad väderstad"),
        no=S("bilverkstäderna bostadsrättsföreningen bostäder städa städade städar städningen verkstad verkstäderna"),
        nei=S("kastade kostade"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("sonen söner sönerna"),
        no=S("söndagen söndagens sönder sönderslagna"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|bror|bröder",
        rel=S("bror bröderna"),
        no=S("bröd brödvete"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter"),
        comp=S("midnatt"),
        no=S("avloppsnätet elnät elnätet elnätsföretaget ledningsnät ledningsnätet nätet nätt"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("branden bränder bränderna"),
        comp=S("brandman skogsbränderna"),
        no=S("brann brandin"),
        nei=S("branschorganisationen försäkringsbranschen gatubrunnar gatubrunnarna golvbrunnarna"),
    ),
    # --- compounds ---
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilarna bilen"),
        comp=S("bilcentrum bilförare bilförsäkring bilförsäkringar bilhallen bilhandlare bilrutan bilrutor "
               "bilverkstäderna bilägare bilägarna elbil hagelbilar lastbilar"),
        no=S("bild bildades bildas bilden bilder bilderna biljett biljetter billigare billigt mobil stadsbilden"),
        nei=S("mobility stabilt utbildat"),
    ),
    "regn": dict(
        probe=r"regn",
        rel=S("regn regnet"),
        comp=S("regnmängderna regnställ regnvatten sommarregn"),
        no=S("regnade regnar"),
    ),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringar försäkringen försäkrings"),
        comp=S("bilförsäkring bilförsäkringar försäkringsbolag försäkringsbolagen försäkringsbolagens "
               "försäkringsbolaget försäkringsbranschen försäkringsbyrå försäkringsekonom försäkringsmarknaden "
               "försäkringstagare hagelförsäkring hagelförsäkringar halvförsäkring hemförsäkringar hemförsäkringen "
               "skördeförsäkring skördeförsäkringar trafikförsäkring villaförsäkring återförsäkring "
               "återförsäkringsbolag"),
        dc=S("återförsäkrare återförsäkrarna"),
        no=S("försäkra försäkrar"),
    ),
    "skörd": dict(
        probe=r"skörd",
        rel=S("skörd skörden"),
        comp=S("foderskördar rapsskörden skördeförsäkring skördeförsäkringar skördeskador skördetröskan veteskörden"),
        no=S("skörda"),
    ),
    "gata": dict(
        probe=r"gat[ao]|gatu|gåt",
        rel=S("gatan gator gatorna"),
        comp=S("drottninggatan gatubrunnar gatubrunnarna storgatan ågatan"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans kyrkor"),
        comp=S("allhelgonakyrkan domkyrka domkyrkan domkyrkans domkyrkokyrkoherde kyrkofonden kyrkogården kyrkoherde "
               "kyrkoherden vårfrukyrkan vårfrukyrkans"),
    ),
    "växthus": dict(
        probe=r"växthus",
        rel=S("växthus växthusen växthuset"),
        comp=S("växthusföretag växthusodlare växthusodlarna växthustak"),
        dc=S("växthusgaserna"),
    ),
    # --- traps ---
    "vete": dict(
        probe=r"^vet|vete",
        rel=S("vete vetet"),
        comp=S("brödvete höstvete höstvetet veteskörden"),
        no=S("vet veta vetat vetenskapen vetenskapligt veterinär veterinären"),
    ),
    "korn": dict(
        probe=r"korn|^kor(na|nas)?$",
        rel=S("korn kornet"),
        comp=S("hagelkorn hagelkornen vårkorn vårkornet"),
        no=S("gurkorna kor korna sänkorna tröskorna veckorna"),
    ),
    "is": dict(
        probe=r"^is|is$|isen$|isens$",
        rel=S("is"),
        comp=S("ishallen isklump isklumparna"),
        no=S("kompis kris krisen nypris polisen polisens precis pris"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen"),
        comp=S("krismöte krisstöd krisstödet"),
        no=S("kristdemokraterna kristdemokraternas kristian kristina kristoffer"),
    ),
    "glas": dict(
        probe=r"glas",
        rel=S("glas glaset"),
        comp=S("glasateljé glasbrist glasfönstren glasmästare glasmästaren glasmästarna glasmästeri glasmästerierna "
               "glasrutor glasrutorna glassplitter"),
        no=S("glassen"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taken taket takets"),
        comp=S("koppartak koppartaket plåttaket scentaket takfönster takfönstren takpannor växthustak"),
        no=S("intakt kontakt takt takten"),
    ),
    "ek": dict(
        probe=r"^ek|ek$|ekar|eken$",
        rel=S("ek ekar ekarna eken"),
        comp=S("eklandskap"),
        dc=S("ekbacka"),
        no=S("ekman ekonomi ekonomin ekonomiskt eksjö ekström ekwall pekar skrek storleken svek"),
    ),
    "park": dict(
        probe=r"park",
        rel=S("park parken parker"),
        no=S("parkerad parkerade parkeringen parkeringsplats"),
    ),
    "hall": dict(
        probe=r"h[aåä]ll",
        rel=S("hallarna hallen"),
        comp=S("bilhallen gymnastikhallen ishallen maskinhallen sporthall"),
        no=S("förhållande halland hallberg hallonbuskarna hallonen hallonodlingen hushåll hushållen "
             "hushållningssällskapet håll hålla hållas håller hålls samhälle samhället"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten stenar"),
        no=S("bristen förlusten hösten kundtjänsten resten räddningstjänsten vadstena varningstjänsten"),
    ),
    "ström": dict(
        probe=r"str[oö]m",
        rel=S("ström strömmen"),
        comp=S("strömlöst"),
        no=S("ekström lindström qvarnström strömqvist vikström"),
    ),
    "scen": dict(
        probe=r"scen",
        rel=S("scenen scener"),
        comp=S("scentaket"),
        no=S("scenario"),
    ),
    "åska": dict(
        probe=r"åsk",
        rel=S("åska åskan"),
        comp=S("åskcell åskcellen åskmoln åskskurar åskväder"),
        no=S("åskar åskådare åskådarna"),
    ),
    # --- words of phrases, booleans and filters ---
    "gul": dict(probe=r"^gul", rel=S("gul gula")),
    "statlig": dict(probe=r"^statlig", rel=S("statligt")),
    "drabba": dict(
        probe=r"drabb",
        rel=S("drabba drabbad drabbade drabbades drabbar drabbas drabbat drabbats"),
    ),
    "lantbrukare": dict(
        probe=r"lantbrukar",
        rel=S("lantbrukare lantbrukaren lantbrukarna lantbrukarnas"),
    ),
    "stor": dict(
        probe=r"^st[oö]r(a|t|re|st|sta|e)?$",
        rel=S("stor stora stort större störst största"),
    ),
    "golfboll": dict(probe=r"golfboll", rel=S("golfboll golfbollar")),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        no=S("evakueras"),
    ),
    "festival": dict(
        probe=r"festival",
        rel=S("festival festivalen festivalens festivaler"),
        comp=S("festivalbesökare festivalbesökaren festivalbesökarna festivaldagarna festivalgeneral "
               "festivalgeneralen festivalledningen festivalområdet musikfestivalen"),
    ),
    "och": dict(probe=r"^och$", rel=S("och")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "som": dict(probe=r"^som$", rel=S("som")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "mjölby": dict(probe=r"mjölby", rel=S("mjölby mjölbys")),
    "skänninge": dict(probe=r"skänning", rel=S("skänninge")),
    "hagelskada": dict(
        probe=r"hagelskad",
        rel=S("hagelskada hagelskador"),
        dc=S("hagelskadad hagelskadade"),
    ),
    "vattenskada": dict(probe=r"vattenskad", rel=S("vattenskador")),
    "lrf": dict(probe=r"^lrf$", rel=S("lrf")),
    "jordbruksverket": dict(probe=r"jordbruksverk", rel=S("jordbruksverket jordbruksverkets")),
    "smhi": dict(probe=r"^smhi$", rel=S("smhi")),
    "självrisk": dict(probe=r"självrisk", rel=S("självrisk självrisken")),
    "försäkringsbolag": dict(
        probe=r"försäkringsbolag",
        rel=S("försäkringsbolag försäkringsbolagen försäkringsbolagens försäkringsbolaget"),
        comp=S("återförsäkringsbolag"),
    ),
    "vadstena": dict(probe=r"vadsten", rel=S("vadstena")),
    "motala": dict(probe=r"motala", rel=S("motala")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("skyfallet", "inflection", False, ("term", "skyfall")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("stödet", "inflection", False, ("term", "stöd")),
    ("kunderna", "inflection", False, ("term", "kund")),
    ("källarna", "inflection", False, ("term", "källare")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("grödorna", "inflection", False, ("term", "gröda")),
    ("haglet", "syncope", False, ("term", "hagel")),
    ("ovädret", "syncope", False, ("term", "oväder")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("möblerna", "syncope", False, ("term", "möbel")),
    ("somrarna", "syncope", False, ("term", "sommar")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("städerna", "umlaut", False, ("term", "stad")),
    ("sönerna", "umlaut", False, ("term", "son")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("hagel", "compound", True, ("term", "hagel")),
    ("bil", "compound", True, ("term", "bil")),
    ("regn", "compound", True, ("term", "regn")),
    ("skyfall", "compound", True, ("term", "skyfall")),
    ("försäkring", "compound", True, ("term", "försäkring")),
    ("skörd", "compound", True, ("term", "skörd")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("växthus", "compound", True, ("term", "växthus")),
    ('"gul varning"', "phrase", False, ("phrase", ["gul", "varning"])),
    ('"hagel och skyfall"', "phrase", False, ("phrase", ["hagel", "och", "skyfall"])),
    ('"statligt stöd"', "phrase", False, ("phrase", ["statlig", "stöd"])),
    ('"vatten i källaren"', "phrase", False, ("phrase", ["vatten", "i", "källare"])),
    ('"skador på bilar"', "phrase", False, ("phrase", ["skada", "på", "bil"])),
    ('"drabbade lantbrukare"', "phrase", False, ("phrase", ["drabba", "lantbrukare"])),
    ('"stora som golfbollar"', "phrase", False, ("phrase", ["stor", "som", "golfboll"])),
    ('"evakueringen av festivalen"', "phrase", False, ("phrase", ["evakuering", "av", "festival"])),
    ("Mjölby Skänninge", "boolean", False, ("and", ["mjölby", "skänninge"])),
    ("hagelskador OR vattenskador", "boolean", False, ("or", ["hagelskada", "vattenskada"])),
    ("festivalen -evakueringen", "boolean", False, ("not", "festival", "evakuering")),
    ("LRF Jordbruksverket", "boolean", False, ("and", ["lrf", "jordbruksverket"])),
    ("SMHI -varningen", "boolean", False, ("not", "smhi", "varning")),
    ("självrisken försäkringsbolagen", "boolean", False, ("and", ["självrisk", "försäkringsbolag"])),
    ("Vadstena OR Motala", "boolean", False, ("or", ["vadstena", "motala"])),
    ("källa:Gnistan festivalen", "filter", False, ("filter", "Gnistan", "festival")),
    ("källa:Kompass hagel", "filter", False, ("filter", "Kompass", "hagel")),
    ("källa:Plogen skörden", "filter", False, ("filter", "Plogen", "skörd")),
    ("källa:Assurans självrisken", "filter", False, ("filter", "Assurans", "självrisk")),
    ("källa:Aftonkuriren bilar", "filter", False, ("filter", "Aftonkuriren", "bil")),
    ("källa:Slättbladet källare", "filter", False, ("filter", "Slättbladet", "källare")),
    ("typ:opinion SMHI", "filter", False, ("filter", "opinion", "smhi")),
    ("vete", "trap", False, ("term", "vete")),
    ("korn", "trap", False, ("term", "korn")),
    ("is", "trap", False, ("term", "is")),
    ("kris", "trap", False, ("term", "kris")),
    ("glas", "trap", False, ("term", "glas")),
    ("tak", "trap", False, ("term", "tak")),
    ("ek", "trap", False, ("term", "ek")),
    ("park", "trap", False, ("term", "park")),
    ("hall", "trap", False, ("term", "hall")),
    ("sten", "trap", False, ("term", "sten")),
    ("ström", "trap", False, ("term", "ström")),
    ("scen", "trap", False, ("term", "scen")),
    ("åska", "trap", False, ("term", "åska")),
]

HEADER = """# corpus_hail.json – judging notes

Invented crisis: on the afternoon of Saturday 18 July 2026, after a hot June, a supercell forms over northern Småland and crosses the Östgöta plain in just over an hour, from Boxholm over Mjölby, Skänninge, Väderstad and Hogstad to Vikingstad and Linköping. SMHI has only a yellow warning out (gul varning for skyfallsliknande regn). Hail up to 6.2 cm, the size of golf balls, falls on Mjölby: it flattens winter wheat, rapeseed, barley, peas and ley on some 31 000 hectares, dents tens of thousands of cars (1 200 at one car dealer in Mjölby), smashes greenhouse roofs at Hultmans Handelsträdgård outside Skänninge, the copper roof of Linköping cathedral and the windows of Vårfrukyrkan in Skänninge, injures cows at pasture and fells old oaks in Tinnerö eklandskap. A cloudburst (71 mm in an hour) floods streets, viaducts and hundreds of cellars in Linköping; the E4 and Södra stambanan are closed, 9 000 households lose power, lightning sets two barns on fire. The music festival Stångebro Sound on Stångebrofältet is evacuated in 25 minutes into Saab Arena and Cloetta Center; a tent collapses and a visitor later sues. Then, to December: 92 000 insurance claims and 4.3 billion kronor, queues at the insurers' call centres, fraud, dearer premiums and reinsurance, a shortage of glass; LRF Östergötland's call for state aid, the minister's visit, Jordbruksverket's assessment (650 million kronor lost), the election campaign, a crisis aid of 200 then 290 million approved by the EU and paid in December; SMHI's evaluation (the warning should have been orange) and its decision to warn for large hail from 2027; the municipalities' cloudburst plans and a higher storm-water charge. Places and public bodies are real (Linköping with Ryd, Skäggetorp, Lambohov, Gottfridsberg, Berga, Tornby, Malmslätt, Vikingstad, Sya, Västra Harg; Mjölby, Skänninge, Väderstad, Hogstad, Mantorp, Boxholm, Vadstena, Motala, Norrköping, Tranås, Nässjö, Eksjö, Svartån, Stångån, Tinnerbäcken, Roxen, Glan; SMHI, Jordbruksverket, Länsstyrelsen, LRF, Hushållningssällskapet, Trafikverket, Tekniska verken, Räddningstjänsten Östra Götaland, Universitetssjukhuset i Linköping, Svenska kyrkan, Svensk Försäkring, Konsumenternas Försäkringsbyrå, Mobility Sweden, GRO, Lantmännen, SLU; their actions are invented); the festival, the companies (Hultmans Handelsträdgård, Mjölby Bilcentrum, Vallmo Försäkring, Nordsäker, Lantsäker, Ekbacka bär), the minister, every person and all six outlets are invented: Slättbladet (local daily for Linköping, Mjölby and the plain; leaders and letters), Radio Gnistan (local radio, with quotes and one commentary), Nyhetsbyrån Kompass (wire service, also carrying press releases), Aftonkuriren (national tabloid, with columns), Plogen (farming trade paper, with debate articles) and Assurans (insurance trade paper, with columns). 121 articles (103 news, 18 opinion), published 2 June to 15 December 2026, +02:00 until 25 October and +01:00 after. The ids hl001–hl121 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (the noun is not used either), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *åker* (every *åker* is a field), the infinitive of the verb *skada* (every *skada* is the noun), the present *skördar* and *strömmar* (noun plural or verb), the supine *stött* (stödja or stöta), *is*, *ek*, *sten* and *ström* as names, and *ton*. The colloquial *stan* (staden) is not judged for `städerna` (it does not contain the stem), so the one article with it and no other form of *stad* is don't care.

How the lists were made: src/hail_articles.py holds the texts and src/hail_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gröda/groda, stad/städ, son/sön, bror/bröd, natt/nät/nätt, brand/bränd, gata/gåta, hall/håll/häll, ström/strom) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Some probes are anchored because their letters begin or end hundreds of words: *is* (words that begin with *is* or end with *is*, *isen*, *isens*), *ek* (words that begin or end with *ek*, and *ekar*, *eken* at the end or anywhere), *vete* (words that begin with *vet*, and *vete* anywhere), *korn* (*korn* anywhere, and *kor*, *korna*), *son* (*son-*/*sön-* from the start, *söner*/*sonen* anywhere), *bror* (*brod-*/*bröd-* from the start, *bror*/*bröder* anywhere), *åker* (*åk-* from the start, *åker*/*åkr* anywhere). Tokens are runs of letters, so *SMHI:s*, *LRF:s*, *GRO:s*, *EU:s*, *E4* and hyphenated words are split. `python3 hail_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the thirteen trap queries every other word that contains the query's letters (at the start, the end or inside: *räddningstjänsten* for `sten`, *kontakt* for `tak`, *veckorna* for `korn`, *samhället* for `hall`) is a word a Swedish reader would never take for it and is must_not; for the other queries, letters that only happen to sit inside an unrelated word are neither (*kastade* for `städerna`, *stabilt* for `bil`, *gått* for `gata`).

Per query, what is relevant and what is a trap:

- hl-q01 `skyfallet` – *skyfall*, *skyfallet* relevant; *skyfalls-* compounds (*skyfallsliknande*, *skyfallsplan*, *skyfallsvatten* …) don't care; no lookalike in the texts.
- hl-q02 `varningen` – *varning*, *varningen*, *varningar*, *varningarna* (SMHI's and any other warning) relevant; the verb *varna*, *varnar*, *varnade* → must_not; *varnings-* compounds don't care; *kvarn*, *Qvarnström* neither.
- hl-q03 `skadorna` – the noun: *skada* (*gör skada*), *skadan*, *skador*, *skadorna*; the verb and its participles *skadad*, *skadade*, *skadades*, *skadas*, *skadat*, *skadats* → must_not; *skade-* and *-skador* compounds and the participle compounds *hagelskadad(e)*, *totalskadad(e)* don't care.
- hl-q04 `anmälningarna` – *anmälan*, *anmälningar*, *anmälningarna*; the verb *anmält*, *anmälts*, *polisanmälde*, *polisanmält* → must_not; *skadeanmälningar*, *felanmälningar* compounds.
- hl-q05 `stödet` – *stöd*, *stödet* (state aid and support in general); the verb *stödja*, *stöder* → must_not; *krisstöd(et)* compounds.
- hl-q06 `kunderna` – *kunder*, *kunderna*; *kunde* (kunna) and *sekunder* → must_not; *kundtjänst-* compounds.
- hl-q07 `källarna` – *källare*, *källaren*, *källarna*; *källa*, *källor* (a source) → must_not; *källarlägenhet* compound.
- hl-q08 `ersättningen` – *ersättning*, *ersättningen*; the verb *ersätter*, *ersatts* → must_not; *avbrottsersättning*, *ersättningsärenden* compounds.
- hl-q09 `grödorna` – *gröda*, *grödor*, *grödorna*; *grodor*, *grodorna* (frogs, a diacritic pair) → must_not; *vårgrödor* compound.
- hl-q10 `haglet` – *hagel*, *haglet*, *haglen*; the verb *hagla*, *haglar*, *haglat* and the surname *Haglund* → must_not; every *hagel-* compound don't care.
- hl-q11 `ovädret` – *oväder*, *ovädret*; *sommaroväder* compound; no lookalike.
- hl-q12 `åkrarna` – the noun *åker*, *åkrar*, *åkrarna*; the verb *åka*, *åkeri* with its forms and the names *Åke*, *Åkesson* → must_not; *åkermark*, *åkerbönor* compounds; *åklagaren* neither.
- hl-q13 `vattnet` – *vatten*, *vattnet*; the verb *vattnade*, *vattnat* → must_not; *dagvatten*, *regnvatten*, *vattenskador* … compounds; *avvattningen* don't care.
- hl-q14 `möblerna` – *möbler*, *möblerna*; the verb *möblerat*, *möblerades* → must_not; *trädgårdsmöbel*, *trädgårdsmöblerna* compounds.
- hl-q15 `somrarna` – *sommar*, *sommaren*, *sommarens*, *somrar*, *somrarna*; the adverb *i somras* don't care; *sommarregn*, *hagelsommaren* … compounds; no lookalike.
- hl-q16 `bönderna` – *bonde*, *bonden*, *bönder*, *bönderna*; *bönorna* (beans) → must_not; *köttbönder*, *spannmålsbönder* compounds.
- hl-q17 `städerna` – *staden*, *städer*, *städerna*; the verb *städa*, *städar*, *städade*, *städningen* and the compounds that only end like it, *bostäder*, *bostadsrättsföreningen*, *verkstad*, *verkstäderna*, *bilverkstäderna* → must_not; *stads-* compounds; the place names *Hogstad*, *Vikingstad*, *Väderstad* don't care; *kastade*, *kostade* neither.
- hl-q18 `sönerna` – *sonen*, *söner*, *sönerna*; *sönder*, *sönderslagna*, *söndagen*, *söndagens* → must_not.
- hl-q19 `bröderna` – *bror*, *bröderna*; *bröd*, *brödvete* → must_not.
- hl-q20 `nätter` – *natt*, *natten*, *nätter*; *nät* and its compounds (*nätet*, *elnät(et)*, *ledningsnät(et)*, *avloppsnätet*, *elnätsföretaget*) and the adjective *nätt* (*nätt och jämnt*) → must_not; *midnatt* compound.
- hl-q21 `bränder` – *branden*, *bränder*, *bränderna*; *brann* (brinna) and the surname *Brandin* → must_not; *brandman*, *skogsbränderna* compounds; *bransch-* words and *-brunnar* neither.
- hl-q22 `hagel` (compounds) – *hagel*, *haglet*, *haglen* and every compound that begins with it (*hagelstormen*, *hagelkorn*, *hagelförsäkring*, *hagelskador*, *hagelbilar* …); the verb *hagla*, *haglar*, *haglat* and *Haglund* → must_not.
- hl-q23 `bil` (compounds) – *bil*, *bilen*, *bilar*, *bilarna* and compounds that begin or end with it (*bilhallen*, *bilägare*, *bilförare*, *Bilcentrum*, *bilförsäkring*, *bilrutan*, *lastbilar*, *elbil*, *hagelbilar*; *bilverkstäderna*); *bild*-words (*bild*, *bilden*, *bilder*, *bilderna*, *bildades*, *bildas*, *stadsbilden*), *biljett(er)*, *billigt*, *billigare* and *mobil* → must_not; *stabilt*, *utbildat*, *Mobility* neither.
- hl-q24 `regn` (compounds) – *regn*, *regnet*, *regnvatten*, *sommarregn*, *regnmängderna*, *regnställ*; the verb *regnade*, *regnar* → must_not.
- hl-q25 `skyfall` (compounds) – *skyfall*, *skyfallet* and the *skyfalls-* compounds (linking -s-); no lookalike.
- hl-q26 `försäkring` (compounds) – the word (also in the name *Svensk Försäkring*), *försäkrings-* compounds (-s-: *försäkringsbolagen*, *försäkringsbranschen* …) and those that end with it (*hagelförsäkring*, *hemförsäkringen*, *vagn-*, *trafik-*, *villa-*, *återförsäkring*); *återförsäkrare(rna)* (an agent noun) don't care; the verb *försäkra*, *försäkrar* → must_not (only in articles that also have a compound).
- hl-q27 `skörd` (compounds) – *skörd*, *skörden*, *skörde-* compounds (-e-: *skördeskador*, *skördeförsäkring*, *skördetröskan*) and *rapsskörden*, *veteskörden*, *foderskördar*; the verb *skörda* → must_not.
- hl-q28 `gata` (compounds) – *gatan*, *gator*, *gatorna*, *gatubrunnar(na)* (-u-) and the street names *Storgatan*, *Drottninggatan*, *Ågatan*; *gåta* (a riddle, diacritic pair) → must_not; *gått* neither.
- hl-q29 `kyrka` (compounds) – *kyrka*, *kyrkan*, *kyrkans*, *kyrkor*, the *kyrko-* compounds (-o-: *kyrkogården*, *kyrkoherde(n)*, *kyrkofonden*, *domkyrkokyrkoherde*) and *domkyrka(n/ns)*, *Vårfrukyrkan*, *Allhelgonakyrkan*; no lookalike.
- hl-q30 `växthus` (compounds) – *växthus*, *växthuset*, *växthusen*, *växthusodlare*, *växthustak*, *växthusföretag*; *växthusgaserna* (greenhouse gases, the word only by origin) don't care.
- hl-q31 `"gul varning"` – *gul varning*, *den gula varningen* relevant; *varningar i tre nivåer: gul, orange och röd* and *höjt varningen från gul till orange* (apart) → must_not.
- hl-q32 `"hagel och skyfall"` – *hagel och skyfall* relevant; *skyfall och hagel* (reversed) and articles with both words apart → must_not.
- hl-q33 `"statligt stöd"` – *statligt stöd* relevant; *Stödet är statligt* (reversed) → must_not.
- hl-q34 `"vatten i källaren"` – *vatten i källaren*, *i källarna*, *i källare* relevant; *vatten på vägar och i källare*, *pumpade vatten ur källare*, *vatten rinna in i källare* → must_not.
- hl-q35 `"skador på bilar"` – *skador på bilar*, *Skadorna på bilar* relevant; *skadorna på huset och de båda bilarna*, *skador på tak* with *bilar* elsewhere → must_not.
- hl-q36 `"drabbade lantbrukare"` – *drabbade lantbrukare(na)* relevant (all forms of *drabba*); *lantbrukare … som drabbades* (reversed), *de drabbade bönderna* with *lantbrukare* elsewhere → must_not.
- hl-q37 `"stora som golfbollar"` – *stora som golfbollar* relevant; *i storleken av en golfboll, andra lika stora som pingisbollar* → must_not.
- hl-q38 `"evakueringen av festivalen"` – *evakueringen av festivalen* relevant; *polisanmälde festivalen efter evakueringen* → must_not.
- hl-q39 `Mjölby Skänninge` – both places (*Mjölbys* counts); only one → must_not.
- hl-q40 `hagelskador OR vattenskador` – *hagelskada*, *hagelskador*, *vattenskador*; *hagelskadad(e)* bilar (a derived adjective) don't care.
- hl-q41 `festivalen -evakueringen` – forms of *festival* without *evakuering(en)*; the verb *evakueras* does not exclude.
- hl-q42 `LRF Jordbruksverket` – both names; only one → must_not.
- hl-q43 `SMHI -varningen` – SMHI articles without the noun *varning*; the verb *varnar* does not exclude, *varningar* does.
- hl-q44 `självrisken försäkringsbolagen` – *självrisk(en)* and *försäkringsbolag(et/en/ens)*; only one → must_not.
- hl-q45 `Vadstena OR Motala` – either place.
- hl-q46–hl-q51 `källa:` – the term in the named outlet (*Gnistan*, *Kompass*, *Plogen*, *Assurans*, *Aftonkuriren*, *Slättbladet*) relevant; the term in another outlet → must_not; compounds only (*hagelstormen*, *festivalgeneralen*, *veteskörden*, *bilhallen*) don't care.
- hl-q52 `typ:opinion SMHI` – SMHI in leaders, letters, columns, debate articles and the radio commentary; SMHI in news → must_not.
- hl-q53 `vete` (trap) – *vete*, *vetet*; *vet*, *veta*, *vetat* (veta), *vetenskapen*, *vetenskapligt*, *veterinär(en)* → must_not; *höstvete(t)*, *brödvete*, *veteskörden* compounds.
- hl-q54 `korn` (trap) – *korn*, *kornet* (barley); *kor*, *korna* (cows) and the plurals that contain the letters, *gurkorna*, *sänkorna*, *tröskorna*, *veckorna* → must_not; *vårkorn(et)*, *hagelkorn(en)* compounds.
- hl-q55 `is` (trap) – *is* (ice); *polisen*, *polisens*, *kris*, *krisen*, *pris*, *nypris*, *precis*, *kompis* → must_not; *isklump*, *isklumparna*, *ishallen* compounds.
- hl-q56 `kris` (trap) – *kris*, *krisen*; the names *Kristina*, *Kristian*, *Kristoffer* and *Kristdemokraterna* → must_not; *krisstöd(et)*, *krismöte* compounds.
- hl-q57 `glas` (trap) – *glas*, *glaset*; *glassen* (ice cream) → must_not; *glasmästare*, *glasrutor*, *glassplitter* … compounds.
- hl-q58 `tak` (trap) – *tak*, *taket*, *taken*, *takets*; *takt*, *takten* (*i takt med*), *kontakt*, *intakt* → must_not; *koppartaket*, *takfönster*, *takpannor*, *scentaket* … compounds.
- hl-q59 `ek` (trap) – *ek*, *eken*, *ekar*, *ekarna* (the oak); *ekonomi(n)*, *ekonomiskt*, *Eksjö*, the surnames *Ekman*, *Ekström*, *Ekwall*, and *storleken*, *pekar*, *skrek*, *svek* → must_not; *eklandskap* compound; the farm name *Ekbacka* don't care.
- hl-q60 `park` (trap) – *park*, *parken*, *parker*; *parkerad(e)*, *parkeringen*, *parkeringsplats* → must_not.
- hl-q61 `hall` (trap) – *hallen*, *hallarna*; *hallon-* words, *Halland*, *Hallberg*, the diacritic lookalikes *håll*, *hålla*, *håller*, *hålls*, *hållas*, *förhållande*, *hushåll(en)*, *Hushållningssällskapet*, *samhälle(t)* → must_not; *bilhallen*, *sporthall*, *ishallen*, *gymnastikhallen*, *maskinhallen* compounds.
- hl-q62 `sten` (trap) – *sten*, *stenar*; *Vadstena* and the words that end in *-sten*: *hösten*, *resten*, *bristen*, *förlusten*, *räddningstjänsten*, *kundtjänsten*, *varningstjänsten* → must_not.
- hl-q63 `ström` (trap) – *ström*, *strömmen* (power); the surnames *Vikström*, *Lindström*, *Ekström*, *Qvarnström*, *Strömqvist* → must_not; *strömlöst* compound.
- hl-q64 `scen` (trap) – *scenen*, *scener*; *scenario* → must_not; *scentaket* compound.
- hl-q65 `åska` (trap) – *åska*, *åskan*; the verb *åskar* and *åskådare*, *åskådarna* (spectators) → must_not; *åskskurar*, *åskväder*, *åskcell(en)*, *åskmoln* compounds.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("hail", "hl", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
