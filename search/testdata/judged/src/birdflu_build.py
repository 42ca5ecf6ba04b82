#!/usr/bin/env python3
"""Builds corpus_birdflu.json and corpus_birdflu.md from birdflu_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 birdflu_build.py [-v]
"""

import fire_build
from birdflu_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "avlivning": dict(
        probe=r"avliv",
        rel=S("avlivning avlivningen avlivningarna"),
        no=S("avliva avlivade avlivades avlivas avlivats"),
    ),
    "ersättning": dict(
        probe=r"ers[aä]tt",
        rel=S("ersättning ersättningen"),
        comp=S("ersättningsmodell ersättningssystemet"),
        no=S("ersätta ersätter ersätts"),
    ),
    "beslut": dict(
        probe=r"beslut|beslöt",
        rel=S("beslut beslutet"),
        no=S("besluta beslutar beslutat beslutats"),
    ),
    "sanering": dict(
        probe=r"saner",
        rel=S("sanering saneringen"),
        comp=S("saneringsfirma"),
        no=S("sanerade"),
        nei=S("fasaner"),
    ),
    "vaccin": dict(
        probe=r"vaccin",
        rel=S("vaccin vaccinet vacciner"),
        dc=S("vaccination vaccinationsprogram"),
        no=S("vaccinera vaccinerad vaccinerade vaccinerar vaccineras vaccinerats"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prover proverna proven provet"),
        comp=S("provtagning provtagningen"),
        no=S("provtas prövas omprövar"),
    ),
    "utbrott": dict(
        probe=r"brott",
        rel=S("utbrott utbrottet utbrotten"),
        no=S("brott brottet brottslingar"),
    ),
    "skyddszon": dict(
        probe=r"skyddszon",
        rel=S("skyddszon skyddszonen skyddszonerna"),
    ),
    "kontroll": dict(
        probe=r"kontroll",
        rel=S("kontrollen kontroller kontrollerna"),
        no=S("kontrollera kontrollerade kontrollerar kontrolleras"),
    ),
    # --- syncope ---
    "fågel": dict(
        probe=r"fåg",
        rel=S("fågel fåglar fåglarna"),
        comp=S("flyttfågelsäsong flyttfåglarna fågelarter fågelbestånden fågelflytt fågelinfluensa fågelinfluensan "
               "fågelinfluensavirus fågelmatning fågelpest fågelpesten fågelskådarna fågelstation fågelstationen "
               "fågeltornet rovfåglar sjöfåglar tamfåglar tamfåglarna vattenfåglar vildfåglar"),
    ),
    "kadaver": dict(
        probe=r"kadav",
        rel=S("kadaver kadavren"),
        no=S("kadaverdisciplin"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagret"),
        comp=S("foderlagret"),
        no=S("lagras"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknar tecknat"),
    ),
    "ejder": dict(
        probe=r"ejd",
        rel=S("ejdern ejdrar ejdrarna ejdrarnas"),
        comp=S("ejderkolonierna"),
    ),
    "foder": dict(
        probe=r"fod",
        rel=S("foder fodret"),
        comp=S("foderlagret foderleverantör foderleverantörer foderrummet skånefoder"),
    ),
    # --- umlaut ---
    "gås": dict(
        probe=r"g[aå]s|gäss",
        rel=S("gås gåsen gäss gässen"),
        comp=S("grågäss sädgäss gåsfarm gåsfarmar gåsfarmen gåsmiddag gåsmiddagar"),
        no=S("gas smörgås"),
        nei=S("ifrågasätter tidigast troligaste utvidgas vanligaste viktigaste"),
    ),
    "and": dict(
        probe=r"^änd|^and(en|ens|ar|arna)?$|änder",
        rel=S("änder änderna"),
        comp=S("gräsänder"),
        no=S("ända ändå ändrar ändring"),
        nei=S("använder händerna länder nederländerna stränder stränderna"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet landets länder"),
        comp=S("landsbygdsministern"),
        dc=S("finland gotland gotlands halland hallands jylland landskapet landskrona nederländerna tyskland öland "
             "ölands östergötlands"),
        no=S("landade"),
        nei=S("bland blandas ibland förhållanden pressmeddelande"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|bön",
        rel=S("bonde bondens bönder bönderna"),
        no=S("åkerbönor"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand händerna"),
        no=S("behandlade behandlas efterhand handel handeln handlar handlaren handlat hände upphandlat"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        no=S("nät nätet"),
    ),
    # --- compounds ---
    "ägg": dict(
        probe=r"ägg",
        rel=S("ägg äggen ägget"),
        comp=S("kläckägg äggautomat äggbristen äggfabriker äggfabrikerna äggföretag äggföretaget ägghalvor ägghyllor "
               "ägghyllorna äggkaos äggkartong äggkartonger äggkartongerna äggpriset äggproducent äggproducenter "
               "äggproducenterna äggproducenters äggpulver äggröra äggröran"),
        no=S("anläggning destruktionsanläggning däggdjur inlägg inlägget lägger läggs väggar väggarna"),
    ),
    "smitta": dict(
        probe=r"smitt",
        rel=S("smitta smittan"),
        comp=S("smittorisken smittskydd smittskyddet smittskyddsföreskrifterna smittskyddsläkare smittskyddsläkaren "
               "smittväg smittvägarna smittvägen smittvåg"),
        no=S("smittad smittade smittades smittas smittat smittats smittsamma"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd skydden"),
        comp=S("andningsskydd skyddsdräkt skyddsdräkter skyddsglasögon skyddsnivån skyddsutrustning skyddsutrustningen "
               "skyddszon skyddszonen skyddszonerna smittskydd smittskyddet smittskyddsföreskrifterna smittskyddsläkare "
               "smittskyddsläkaren"),
        dc=S("djurskyddsföreningen naturskyddsföreningen"),
        no=S("skydda skyddar skyddat"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("djurhälsa djurhälsan folkhälsan hälsorisk"),
        dc=S("folkhälsomyndigheten"),
        no=S("hälsade"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gårdarna gården gårdens"),
        comp=S("fjäderfägårdar gårdsbutik gårdsbutikerna gårdschefen gårdsplan gårdsplanen hönsgård hönsgården "
               "kalkongård kalkongården kycklinggård kycklinggården kyrkogård ladugården trädgårdar trädgården "
               "värphönsgård värphönsgården"),
        no=S("gårdstånga"),
    ),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjöar sjön sjöns"),
        comp=S("araslövssjön hammarsjön hornsjön krankesjön sjöfåglar sövdesjön vombsjön"),
        dc=S("sjöbo"),
        no=S("sjögren sjönk"),
    ),
    "stall": dict(
        probe=r"st[aä]ll",
        rel=S("stall stallarna stallen stallet"),
        comp=S("hönsstall"),
        no=S("anställda beställningarna beställt butiksanställd inställd inställda likställas sammanställning ställa "
             "ställde ställe ställena ställer stället ställts utställningar"),
    ),
    "virus": dict(
        probe=r"virus",
        rel=S("virus viruset"),
        comp=S("fågelinfluensavirus"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänsten"),
        comp=S("räddningstjänsten tjänstemän"),
        no=S("förtjänst tjäna tjänar"),
    ),
    # --- traps ---
    "mås": dict(
        probe=r"mås",
        rel=S("måsar måsen"),
        comp=S("fiskmås fiskmåsar"),
        no=S("måste småskaliga"),
    ),
    "räv": dict(
        probe=r"räv",
        rel=S("räv räven rävar rävarna"),
        comp=S("rödräv"),
        no=S("kräver krävts"),
    ),
    "säl": dict(
        probe=r"säl",
        rel=S("sälar sälarna"),
        comp=S("gråsälar"),
        no=S("försäljning försäljningen sälja säljas säljer säljs sällan"),
    ),
    "katt": dict(
        probe=r"katt",
        rel=S("katt katten katter katterna"),
        comp=S("kattägare"),
        dc=S("lussekatter lussekatterna"),
        no=S("kattegatt skattebetalare skattebetalarna skattepengar uppskattar"),
    ),
    "örn": dict(
        probe=r"örn",
        rel=S("örnar örnarna örnen"),
        comp=S("havsörn havsörnar havsörnarna havsörnen"),
        no=S("björn hörnen törn"),
        nei=S("förnekar"),
    ),
    "svan": dict(
        probe=r"svan",
        rel=S("svan svanar svanarna svanen"),
        comp=S("knölsvan knölsvanar sångsvanar sångsvanarna"),
        no=S("svaneholm svante"),
        nei=S("försvann"),
    ),
    "kalk": dict(
        probe=r"kalk",
        rel=S("kalk"),
        no=S("kalkoner kalkongård kalkongården kalkonkycklingar kalkonuppfödare kalkonuppfödaren kalkyl"),
    ),
    "strö": dict(
        probe=r"strö",
        rel=S("strö ströet"),
        comp=S("ströbädd"),
        no=S("ahlström ekström nyström strömberg"),
    ),
    "skal": dict(
        probe=r"skal",
        rel=S("skalet"),
        comp=S("snäckskal"),
        no=S("skala småskaliga storskaliga"),
    ),
    "gas": dict(
        probe=r"g[aå]s|gäss",
        rel=S("gas"),
        no=S("gås gåsen gäss gässen grågäss sädgäss gåsfarm gåsfarmar gåsfarmen gåsmiddag gåsmiddagar smörgås"),
        nei=S("ifrågasätter tidigast troligaste utvidgas vanligaste viktigaste"),
    ),
    "pest": dict(
        probe=r"pest",
        rel=S("pesten"),
        comp=S("fågelpest fågelpesten hönspest"),
        no=S("budapest"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("enstaka kontakt kontakta kontaktas"),
    ),
    "fasan": dict(
        probe=r"fasa",
        rel=S("fasanen fasaner"),
        comp=S("fasanjakten fasanuppfödning"),
        no=S("fasansfull fasansfulla"),
    ),
    # --- words of phrases, booleans and filters ---
    "död": dict(probe=r"^död|^dött|^döde", rel=S("död döda"), nei=S("dödligt dött")),
    "fågelinfluensa": dict(
        probe=r"fågelinfluens",
        rel=S("fågelinfluensa fågelinfluensan"),
        comp=S("fågelinfluensavirus"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "skåne": dict(probe=r"^skån", rel=S("skåne skånes"), dc=S("skånefoder skåningar skånska")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "brist": dict(probe=r"^brist", rel=S("brist bristen brister")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "tom": dict(probe=r"^tom(ma|t)?$", rel=S("tom tomma tomt")),
    "hylla": dict(probe=r"hyll", rel=S("hyllor hyllorna"), comp=S("ägghyllor ägghyllorna")),
    "risk": dict(probe=r"^risk", rel=S("risk risken risker"), nei=S("riskerar riskeras")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "människa": dict(probe=r"männi", rel=S("människa människans människor")),
    "spridning": dict(probe=r"spridning", rel=S("spridning")),
    "däggdjur": dict(probe=r"däggdjur", rel=S("däggdjur")),
    "jordbruksverket": dict(probe=r"jordbruksverk", rel=S("jordbruksverket jordbruksverkets")),
    "folkhälsomyndigheten": dict(probe=r"folkhälsomynd", rel=S("folkhälsomyndigheten")),
    "krankesjön": dict(probe=r"krankesjö", rel=S("krankesjön")),
    "hornsjön": dict(probe=r"hornsjö", rel=S("hornsjön")),
    "förvaltningsrätten": dict(probe=r"förvaltningsrätt", rel=S("förvaltningsrätten förvaltningsrättens")),
    "vaccination": dict(probe=r"vaccination", rel=S("vaccination"), comp=S("vaccinationsprogram")),
    "äggbrist": dict(probe=r"äggbrist", rel=S("äggbristen")),
    "jul": dict(
        probe=r"^jul|jul$|julen|julens",
        rel=S("jul julen"),
        comp=S("julbaket julbordet julhelgen julproduktionen julskinkan"),
    ),
    "lrf": dict(probe=r"^lrf", rel=S("lrf")),
    "kalmar": dict(probe=r"kalmar", rel=S("kalmar"), dc=S("kalmarsund kalmarsundsbladet")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("avlivningen", "inflection", False, ("term", "avlivning")),
    ("ersättningarna", "inflection", False, ("term", "ersättning")),
    ("beslutet", "inflection", False, ("term", "beslut")),
    ("saneringen", "inflection", False, ("term", "sanering")),
    ("vaccinet", "inflection", False, ("term", "vaccin")),
    ("proven", "inflection", False, ("term", "prov")),
    ("utbrotten", "inflection", False, ("term", "utbrott")),
    ("skyddszonerna", "inflection", False, ("term", "skyddszon")),
    ("kontrollerna", "inflection", False, ("term", "kontroll")),
    ("fåglarna", "syncope", False, ("term", "fågel")),
    ("kadavren", "syncope", False, ("term", "kadaver")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("ejdrar", "syncope", False, ("term", "ejder")),
    ("fodret", "syncope", False, ("term", "foder")),
    ("gäss", "umlaut", False, ("term", "gås")),
    ("änder", "umlaut", False, ("term", "and")),
    ("länder", "umlaut", False, ("term", "land")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("ägg", "compound", True, ("term", "ägg")),
    ("smitta", "compound", True, ("term", "smitta")),
    ("skydd", "compound", True, ("term", "skydd")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gård", "compound", True, ("term", "gård")),
    ("sjö", "compound", True, ("term", "sjö")),
    ("stall", "compound", True, ("term", "stall")),
    ("virus", "compound", True, ("term", "virus")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ('"döda fåglar"', "phrase", False, ("phrase", ["död", "fågel"])),
    ('"fågelinfluensa i Skåne"', "phrase", False, ("phrase", ["fågelinfluensa", "i", "skåne"])),
    ('"ersättning till bönderna"', "phrase", False, ("phrase", ["ersättning", "till", "bonde"])),
    ('"brist på ägg"', "phrase", False, ("phrase", ["brist", "på", "ägg"])),
    ('"tomma hyllor"', "phrase", False, ("phrase", ["tom", "hylla"])),
    ('"risken för människor"', "phrase", False, ("phrase", ["risk", "för", "människa"])),
    ('"spridning till däggdjur"', "phrase", False, ("phrase", ["spridning", "till", "däggdjur"])),
    ('"Jordbruksverkets beslut"', "phrase", False, ("phrase", ["jordbruksverket", "beslut"])),
    ("Folkhälsomyndigheten däggdjur", "boolean", False, ("and", ["folkhälsomyndigheten", "däggdjur"])),
    ("Krankesjön OR Hornsjön", "boolean", False, ("or", ["krankesjön", "hornsjön"])),
    ("ersättning -förvaltningsrätten", "boolean", False, ("not", "ersättning", "förvaltningsrätten")),
    ("vaccin OR vaccination", "boolean", False, ("or", ["vaccin", "vaccination"])),
    ("äggbristen -julen", "boolean", False, ("not", "äggbrist", "jul")),
    ("LRF Jordbruksverket", "boolean", False, ("and", ["lrf", "jordbruksverket"])),
    ("Skåne Kalmar", "boolean", False, ("and", ["skåne", "kalmar"])),
    ("källa:Österlenposten ersättning", "filter", False, ("filter", "Österlenposten", "ersättning")),
    ("källa:Kalmarsundsbladet avlivningen", "filter", False, ("filter", "Kalmarsundsbladet", "avlivning")),
    ("källa:Kompass skyddszonen", "filter", False, ("filter", "Kompass", "skyddszon")),
    ("källa:Kvällsekot ägg", "filter", False, ("filter", "Kvällsekot", "ägg")),
    ("källa:Lantbruksnytt vaccin", "filter", False, ("filter", "Lantbruksnytt", "vaccin")),
    ("källa:Hanö svanar", "filter", False, ("filter", "Hanö", "svan")),
    ("typ:opinion ersättning", "filter", False, ("filter", "opinion", "ersättning")),
    ("mås", "trap", False, ("term", "mås")),
    ("räv", "trap", False, ("term", "räv")),
    ("säl", "trap", False, ("term", "säl")),
    ("katt", "trap", False, ("term", "katt")),
    ("örn", "trap", False, ("term", "örn")),
    ("svan", "trap", False, ("term", "svan")),
    ("kalk", "trap", False, ("term", "kalk")),
    ("strö", "trap", False, ("term", "strö")),
    ("skal", "trap", False, ("term", "skal")),
    ("gas", "trap", False, ("term", "gas")),
    ("pest", "trap", False, ("term", "pest")),
    ("tak", "trap", False, ("term", "tak")),
    ("fasan", "trap", False, ("term", "fasan")),
]

HEADER = """# corpus_birdflu.json – judging notes

Invented crisis: in late autumn 2026 highly pathogenic avian influenza (fågelinfluensa, H5N1) comes back to southern Sweden with the migrating birds. After warnings from SVA and Jordbruksverket in September, a dead mute swan at Hammarsjön in Kristianstad is the first wild case on 26 October; Jordbruksverket orders all poultry in Skåne, Blekinge and Kalmar län to be kept indoors (later seven counties). On 3 November the virus is confirmed on Ljungbacka gård, a laying-hen farm of 42 000 hens outside Tomelilla run by Henrik and Annika Persson, then on a goose farm near Skivarp (Skurups kommun; the Mårten gås dinners are cancelled), a turkey farm near Hörby (Svante Nilsson), a broiler farm near Mörbylånga on Öland and a laying-hen farm in Söderåkra (Torsås kommun), and on 7 December a hobby flock in Åhus. Jordbruksverket orders culling (avlivning with carbon dioxide), the county boards set protection and surveillance zones (skyddszon, övervakningszon), farm shops close and the farms are cleaned (sanering). Eggs run short in the shops before lucia and Christmas, prices rise, stores ration eggs. Dead swans, geese, eiders, gulls and sea eagles are found at lakes (Hammarsjön, Krankesjön, Hornsjön, Sövdesjön, Vombsjön) and on the coasts of Öland and Kalmarsund; the public is told not to touch dead birds, Kristianstad bans feeding ducks, the rescue service fetches swans from the ice. The virus is found in a fox, a cat and two grey seals; Folkhälsomyndigheten calls the risk to humans low, a virologist and columnists worry about spread to mammals and mink farms. Jordbruksverket cuts the Perssons' compensation by 25 percent for a hole in a net; LRF demands compensation for lost production, debaters argue for and against, the family appeals and Förvaltningsrätten i Jönköping gives them full compensation in February 2027; Jordbruksverket does not appeal. Vaccination is rejected by Jordbruksverket and debated. The articles run from 24 September 2026 to 18 March 2027, +02:00 until 25 October and +01:00 after. Places and public bodies are real (Tomelilla, Skivarp, Skurup, Hörby, Sjöbo, Ystad, Simrishamn, Kristianstad, Åhus, Vä, Degeberga, Gårdstånga, Lund, Malmö, Kalmar, Mörbylånga, Söderåkra, Torsås, Kastlösa, Ottenby, Revsudden, Pataholm, the lakes named above; Jordbruksverket, SVA, Länsstyrelsen Skåne and i Kalmar län, Folkhälsomyndigheten, Smittskydd Skåne, Livsmedelsverket, LRF, Förvaltningsrätten i Jönköping, Naturum Vattenriket, Ottenby fågelstation; their actions are invented); the farms, companies, associations, every person and all six outlets are invented: Nyhetsbyrån Kompass (wire service, also carrying press releases), Österlenposten (local daily, south-east Skåne), Kalmarsundsbladet (local daily, Kalmar län and Öland), Kvällsekot (tabloid), Lantbruksnytt (farming trade paper) and Radio Hanö (local radio, north-east Skåne, with quotes). 124 articles (106 news, 18 opinion: leaders, debate articles, columns, letters, a radio commentary); the ids A001–A124 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (not used at all), the verb *händer* (*händerna* is the noun), the verb *hamnar* in every form, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the infinitive of the verb *smitta* (every *smitta* is the noun; the verb appears only as *smittade*, *smittad*, *smittas*, *smittat* …), the infinitive of the verb *hälsa* (only *hälsade* appears), the verb *strö* (every *strö* is bedding), the verb *döda* (every *döda* is the adjective), the noun *tomt* (every *tomt* is the adjective), *lager* meaning a layer or beer (every *lager*, *lagret* is a stock), *anden* (spirit), the resort *Sälen* and *i land* (ashore).

How the lists were made: src/birdflu_articles.py holds the texts and src/birdflu_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gås/gas/gäss, stall/ställ, gård/gard, natt/nät, hand/händ, land/länd, and/änd, prov/pröv, ersätt/ersatt) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *and* follows the ferry corpus: *änd-* from the start of the word, *and*-forms alone and *änder* anywhere (so *andra* is not probed). Tokens are runs of letters, so *SVA:s*, *LRF:s*, *H5N1* and hyphenated words (*Ica-butik*) are split. `python3 birdflu_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. A participle used as an adjective (*smittade fåglar*, *avlivade hönsen*, *vaccinerade fåglar*, *sanerade stallet*, *skyddat strö*) is a form of the verb and judged with it. One line per query:

- **avlivningen** (inflection): *avlivning*, *avlivningen*, *avlivningarna* relevant; the verb *avliva*, *avlivas*, *avlivades*, *avlivats*, *avlivade* → must_not.
- **ersättningarna** (inflection): *ersättning*, *ersättningen* relevant; *ersättningsmodell*, *ersättningssystemet* compounds; the verb *ersätta*, *ersätter*, *ersätts* → must_not.
- **beslutet** (inflection): *beslut*, *beslutet* relevant; the verb *besluta*, *beslutar*, *beslutat*, *beslutats* → must_not.
- **saneringen** (inflection): *sanering*, *saneringen* relevant; *saneringsfirma* compound; *sanerade* → must_not; *fasaner* is neither.
- **vaccinet** (inflection): *vaccin*, *vaccinet*, *vacciner* relevant; *vaccination* and *vaccinationsprogram* (another noun, from the verb) → don't care; the verb *vaccinera*, *vaccinerar*, *vaccineras*, *vaccinerats*, *vaccinerad(e)* → must_not.
- **proven** (inflection): *prover*, *proverna*, *provet*, *proven* relevant; *provtagning(en)* compound; *provtas*, and *pröva* in *prövas*, *omprövar* → must_not.
- **utbrotten** (inflection): *utbrott*, *utbrottet*, *utbrotten* relevant; *brott*, *brottet* (a crime against the epizootic law) and *brottslingar* → must_not.
- **skyddszonerna** (inflection): *skyddszon*, *skyddszonen*, *skyddszonerna*; no lookalike in the texts (*övervakningszon* is another word and not probed).
- **kontrollerna** (inflection): *kontrollen*, *kontroller*, *kontrollerna* relevant; the verb *kontrollera*, *kontrollerar*, *kontrolleras*, *kontrollerade* → must_not.
- **fåglarna** (syncope): *fågel*, *fåglar*, *fåglarna* relevant; every *fågel-* and *-fåglar* compound (*fågelinfluensan*, *sjöfåglar*, *vildfåglar* …) don't care; no lookalike.
- **kadavren** (syncope): *kadaver*, *kadavren* relevant; *kadaverdisciplin* (blind obedience, in a debate article) → must_not.
- **lagret** (syncope): *lager*, *lagret* (stocks of eggs, geese, egg powder) relevant; *foderlagret* compound; the verb *lagras* → must_not.
- **tecknen** (syncope): *tecken*, *tecknen* relevant; the verb *teckna* in *tecknar*, *tecknat* (an agreement, children's posters) → must_not.
- **ejdrar** (syncope): *ejdern*, *ejdrar*, *ejdrarna*, *ejdrarnas* relevant; *ejderkolonierna* compound; no lookalike.
- **fodret** (syncope): *foder*, *fodret* relevant; *foderrummet*, *foderlagret*, *foderleverantör(er)* and the company *Skånefoder* compounds; no lookalike.
- **gäss** (umlaut): *gås*, *gåsen*, *gäss*, *gässen* relevant (*Mårten gås* is the goose); *grågäss*, *sädgäss*, *gåsfarm(en/ar)*, *gåsmiddag(ar)* compounds; *gas* (the culling gas) and *smörgås* (a sandwich, only looks like a compound) → must_not; *tidigast*, *viktigaste*, *ifrågasätter* … are neither.
- **änder** (umlaut): *änder*, *änderna* relevant; *gräsänder* compound; *ändå*, *ända*, *ändrar*, *ändring* → must_not; *länder*, *stränder*, *händerna*, *använder* are neither.
- **länder** (umlaut): *land* (a country: *ett land som säger sig värna om sina bönder*), *landet*, *landets*, *länder* relevant; *landsbygdsministern* compound; the names *Öland*, *Gotland*, *Halland*, *Jylland*, *Tyskland*, *Finland*, *Nederländerna*, *Landskrona* and *landskapet* → don't care (as *Kristianstad* for `stad`); the verb *landade* → must_not; *bland*, *blandas*, *förhållanden* are neither.
- **bönder** (umlaut): *bonde*, *bondens*, *bönder*, *bönderna* relevant; *åkerbönor* (beans) → must_not.
- **händerna** (umlaut): *händerna* and the noun *hand* in *ta hand om*, *på egen hand* relevant; *handla* (*handlar*, *handlat*, *handlaren*), *handel(n)*, *Svensk Handel*, *behandla(s)*, *upphandlat*, *hände* and *i efterhand* → must_not.
- **nätter** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *nät*, *nätet* (the nets over hen yards, and the internet) → must_not.
- **ägg** (compound): *ägg*, *ägget*, *äggen* and compounds beginning with *ägg-* (*äggbristen*, *ägghyllorna*, *äggproducenter*, *äggröra* …) or ending in it (*kläckägg*) relevant; *däggdjur*, *inlägg(et)*, *lägger*, *läggs*, *väggar(na)*, *anläggning*, *destruktionsanläggning* (the letters inside unrelated words) → must_not.
- **smitta** (compound): *smitta*, *smittan* and compounds (*smittskydd*, *smittskyddet*, *smittvägen*, *smittvåg*; with -o- *smittorisken*) relevant; the verb and its participles *smittad*, *smittade*, *smittades*, *smittas*, *smittat*, *smittats* and the adjective *smittsamma* → must_not.
- **skydd** (compound): *skydd*, *skydden* and compounds (*smittskydd*, *andningsskydd*; with -s- *skyddsdräkter*, *skyddsutrustning*, *skyddszonen*, *skyddsnivån*) relevant; *Naturskyddsföreningen*, *Djurskyddsföreningen* (the word in the middle) → don't care; the verb *skydda*, *skyddar*, *skyddat* → must_not.
- **hälsa** (compound): *hälsa* and compounds (*djurhälsa(n)*, *folkhälsan*; with -o- *hälsorisk*) relevant; *Folkhälsomyndigheten* (the word in the middle) → don't care; the verb *hälsade* (*hälsade på familjen*) → must_not.
- **gård** (compound): *gård*, *gården*, *gårdar(na)*, *gårdens* and compounds (*hönsgården*, *kycklinggården*, *trädgården*; with -s- *gårdsbutik*, *gårdsplanen*, *gårdschefen*; with -u- *ladugården*; with -o- *kyrkogård*) relevant; the village *Gårdstånga* (only looks like a compound) → must_not.
- **sjö** (compound): *sjön*, *sjöar*, *sjöns* and compounds (*Hammarsjön*, *Krankesjön*, *Hornsjön*, *Sövdesjön*, *Vombsjön*, *sjöfåglar*; with -s- *Araslövssjön*) relevant; *Sjöbo* → don't care (as *Kristianstad*); *sjönk* (sjunka) and the surname *Sjögren* → must_not.
- **stall** (compound): *stall*, *stallet*, *stallen*, *stallarna*, *hönsstall* relevant; every *ställ-* word (*ställa*, *ställer*, *ställde*, *ställts*, *ställe(t)*, *ställena*, *beställt*, *anställda*, *inställd(a)*, *utställningar*, *likställas*, *sammanställning* …) → must_not (diacritic pair).
- **virus** (compound): *virus*, *viruset* and *fågelinfluensavirus* relevant; no lookalike.
- **tjänst** (compound): *tjänsten* (the reporting service), *räddningstjänsten*, and with -e- *tjänstemän* relevant; *förtjänst* (income, only looks like a compound) and the verb *tjäna*, *tjänar* → must_not.
- **"döda fåglar"** (phrase): forms of *död* (*död*, *döda*) directly before forms of *fågel* (*döda fåglar*, *död fågel*, *de döda fåglarna*) relevant; *döda eller sjuka vilda fåglar*, *fåglar … hittats döda*, *döda svanar … fåglarna* (apart) → must_not; *döda sjöfåglar* with no other *fågel* form is a compound → don't care.
- **"fågelinfluensa i Skåne"** (phrase): *fågelinfluensa i Skåne* relevant; *fågelinfluensa på en gåsfarm … det andra utbrottet i Skåne* and the like (apart) → must_not; *skånska* → don't care.
- **"ersättning till bönderna"** (phrase): *ersättning till bönderna*, *ersättningen till bönder* relevant; *ersättningen … drabbade bönder* (apart) → must_not.
- **"brist på ägg"** (phrase): *bristen på ägg* relevant; *ägg* and *bristen består* in other sentences → must_not; *bristen på lussekatter* with only *ägghyllor* → don't care; *äggbrist* is a compound, not the phrase.
- **"tomma hyllor"** (phrase): *tomma hyllor* relevant; *hyllorna tomma* (reversed) and *tomt … hyllorna* (apart) → must_not; *tomma ägghyllor* (compound) → don't care.
- **"risken för människor"** (phrase): *risken för människor* and *risk för människor* relevant; *Risken att en människa smittas* and *Risken är kanske liten … för människor* → must_not.
- **"spridning till däggdjur"** (phrase): *spridning till däggdjur* relevant; *däggdjur* and *spridning mellan djur* in other sentences → must_not.
- **"Jordbruksverkets beslut"** (phrase): *Jordbruksverkets beslut* relevant; *Jordbruksverket … beslutet* (apart, another order) → must_not; *beslutat* is the verb.
- **Folkhälsomyndigheten däggdjur** (boolean AND): both relevant; only one of them → must_not.
- **Krankesjön OR Hornsjön** (boolean OR): either lake; no lookalike.
- **ersättning -förvaltningsrätten** (boolean NOT): *ersättning(en)* without *Förvaltningsrätten*/*förvaltningsrättens* relevant; with it → must_not; only the verb *ersätta*/*ersätter* → must_not.
- **vaccin OR vaccination** (boolean OR): either noun; only the verb (*vaccineras*) → must_not.
- **äggbristen -julen** (boolean NOT): *äggbristen* without *jul*/*julen* relevant; with *julen* → must_not; *julbordet*, *julbaket* are compounds.
- **LRF Jordbruksverket** (boolean AND): both relevant (*LRF:s* is *LRF*, *Jordbruksverkets* is *Jordbruksverket*); only one → must_not.
- **Skåne Kalmar** (boolean AND): both relevant (*Skånes*, *Kalmar län*); only one → must_not; *Kalmarsund*, *Kalmarsundsbladet*, *skånska*, *skåningar*, *Skånefoder* → don't care.
- **källa:Österlenposten ersättning**, **källa:Kalmarsundsbladet avlivningen**, **källa:Kompass skyddszonen**, **källa:Kvällsekot ägg**, **källa:Lantbruksnytt vaccin**, **källa:Hanö svanar**, **typ:opinion ersättning** (filters): `källa:` matches one word of the outlet's name (*Österlenposten*, *Kalmarsundsbladet*, *Kompass*, *Kvällsekot*, *Lantbruksnytt*, *Hanö*); the term is judged as in its own query with compounds:false; articles with the term that fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **mås** (trap): *måsar*, *måsen* relevant; *fiskmås(ar)* compound; *måste* and *småskaliga* → must_not.
- **räv** (trap): *räv*, *räven*, *rävar*, *rävarna* relevant; *rödräv* compound; *kräver*, *krävts* → must_not.
- **säl** (trap): *sälar*, *sälarna* relevant; *gråsälar* compound; *sälja*, *säljer*, *säljs*, *säljas*, *försäljning(en)* and *sällan* → must_not.
- **katt** (trap): *katt*, *katten*, *katter*, *katterna* relevant; *kattägare* compound; *lussekatter(na)* (the saffron bun) → don't care; *Kattegatt*, *skattebetalare*, *skattebetalarna*, *skattepengar*, *uppskattar* → must_not.
- **örn** (trap): *örnar*, *örnarna*, *örnen* relevant; *havsörn* and its forms compounds; the name *Björn*, *hörnen* and *törn* (*får sig en törn*) → must_not; *förnekar* is neither.
- **svan** (trap): *svan*, *svanen*, *svanar*, *svanarna* relevant; *knölsvan(ar)*, *sångsvanar(na)* compounds; the first name *Svante* and the place *Svaneholm* → must_not; *försvann* is neither.
- **kalk** (trap): *kalk* (lime for the hens' egg shells, slaked lime on the floors) relevant; *kalkon* and all its forms and compounds (*kalkoner*, *kalkongården*, *kalkonuppfödare(n)*, *kalkonkycklingar*) and *kalkyl* → must_not.
- **strö** (trap): *strö*, *ströet* relevant; *ströbädd* compound; the surnames *Strömberg*, *Ahlström*, *Ekström*, *Nyström* → must_not.
- **skal** (trap): *skalet* relevant; *snäckskal* compound; *skala* (*i större skala*), *storskaliga*, *småskaliga* → must_not.
- **gas** (trap): *gas* relevant; *gås*, *gåsen*, *gäss*, *gässen* and their compounds (*grågäss*, *gåsfarmen*, *gåsmiddag* …) and *smörgås* → must_not (diacritic pair).
- **pest** (trap): *pesten* relevant; *fågelpest(en)*, *hönspest* compounds; *Budapest* (only looks like a compound) → must_not.
- **tak** (trap): *tak*, *taket* (*gå i taket*) relevant; *kontakt*, *kontakta*, *kontaktas* and *enstaka* → must_not.
- **fasan** (trap): *fasanen*, *fasaner* relevant; *fasanjakten*, *fasanuppfödning* compounds; *fasansfull*, *fasansfulla* (horrible, from *fasa*) → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("birdflu", "A", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
