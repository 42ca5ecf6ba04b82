#!/usr/bin/env python3
"""Builds corpus_fire.json and corpus_fire.md from fire_articles.py and the hand-written word-form lists below.

Each concept lists, by hand, the word forms of the corpus that are relevant (rel), compounds or derivations that
count only with compounds:true (comp), debatable forms that are don't care either way (dc), lookalikes (no) and
tokens that contain the letters but are neither (nei). A stem probe lists every corpus token that contains the stem
(or a diacritic variant); the build fails if a probed token is not classified.

Run from this folder: python3 fire_build.py [-v]
"""
import json
import re
import sys

from fire_articles import ARTICLES


def S(words):
    return set(words.split())


CONCEPTS = {
    # --- inflection ---
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden brandens bränder bränderna"),
        comp=S("brandbekämpning brandfronten brandflyg brandflygen brandgata brandgator brandgatorna brandhärdar "
               "brandhärjade brandingenjör brandmannen brandmän brandmännen brandområdet brandrisk brandrisken brandrök "
               "brandskadad brandskadat brandstation brandsäsongen skogsbrand skogsbranden skogsbränder skogsbränderna "
               "markbrand markbranden gräsbränder"),
        dc=S("skogsbrandsläckning deltidsbrandmän"),
        no=S("brann bränd brända brännbart bränner brandt"),
        nei=S("branschen branschorganisationen branschstandard skogsbranschen brinna brinner brunnit brunnar brunnarna nedbrunna"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        no=S("evakuera evakuerade evakueras evakuerats"),
    ),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringen"),
        comp=S("försäkringsbolag försäkringsbolagen försäkringsbolaget skogsförsäkring skogsförsäkringen"),
        no=S("försäkrade försäkrat"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen"),
        no=S("varnar varnat"),
    ),
    "skörd": dict(
        probe=r"skörd",
        rel=S("skörd skörden"),
        comp=S("förstaskörden andraskörden"),
        no=S("skördade"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larmet"),
        no=S("larmade larmar"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("vattenbomba vattenbombande vattenbombarna vattennivån vattentankar"),
        no=S("vattnade bevattning"),
    ),
    "väder": dict(
        probe=r"v[äa]d",
        rel=S("vädret"),
        no=S("vädjade"),
        nei=S("lovade lovades vad övade"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren"),
        comp=S("köksfönstret"),
    ),
    "himmel": dict(
        probe=r"himm|himl|^him",
        rel=S("himlen"),
        no=S("himla"),
    ),
    "åker": dict(
        probe=r"åker|åkr",
        rel=S("åkern åkrar åkrarna"),
        no=S("åkeri åkeriägaren"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regeln regler reglerna"),
        comp=S("regelbundet"),
        no=S("regleras"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer"),
        dc=S("karlstad"),
        no=S("stadigt bostad bostadshus permanentbostäder"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand händer"),
        no=S("handlar hände"),
    ),
    "bok": dict(
        probe=r"bok|böck",
        rel=S("bok boken böcker böckerna"),
        no=S("bokat fullbokade"),
    ),
    "rot": dict(
        probe=r"r[oö]t",
        rel=S("rötter"),
        comp=S("rotfästet"),
        no=S("rotade"),
        nei=S("brott inbrott protest trots trött"),
    ),
    "natt": dict(
        probe=r"n[aä]t",
        rel=S("natt natten nätterna"),
        comp=S("nattetid"),
        no=S("nattliga nätet"),
        nei=S("annat enats kunnat lämnat naturen naturlig ordnat tjänat varnat"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bonden bönder bönderna"),
        comp=S("mjölkbonde mjölkbonden bondeorganisationen"),
        no=S("bönor"),
    ),
    # --- compounds ---
    "skog": dict(
        probe=r"skog",
        rel=S("skog skogen skogar skogarna"),
        comp=S("skogsbilvägar skogsbolag skogsbrand skogsbranden skogsbrandsläckning skogsbranschen skogsbruk skogsbruket "
               "skogsbränder skogsbränderna skogschefen skogsekolog skogsekologer skogsekonomen skogsförsäkring "
               "skogsförsäkringen skogskonsulenten skogsmaskin skogsmaskinen skogsmaskiner skogsskribent skogsstyrelsen "
               "skogstjänst skogsägare skogsägaren skogsägarna barrskog blandskog granskog lövskog"),
        dc=S("klarskog"),
        no=S("skoglund skogiga"),
    ),
    "släckning": dict(
        probe=r"släck",
        rel=S("släckningen"),
        comp=S("släckningsarbetet eftersläckningen skogsbrandsläckning"),
        no=S("släcka släckt släckte"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gården gårdar gårdarna"),
        comp=S("ladugård ladugården kyrkogården bygdegård bygdegården trädgården"),
        dc=S("trädgårdsavfall"),
        no=S("gårdagens"),
        nei=S("gardinerna"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=set(),
        comp=S("räddningstjänsten räddningstjänstens räddningstjänsterna hemtjänst hemtjänsten tjänstebil tjänstebilar "
               "skogstjänst tackgudstjänst gudstjänsten"),
        no=S("tjänat förtjänar"),
    ),
    "flyg": dict(
        probe=r"fl[yö]g",
        rel=set(),
        comp=S("flygplan flygplanen flygplats brandflyg brandflygen"),
        no=S("flygande flyger flög"),
    ),
    # --- traps ---
    "rök": dict(
        probe=r"rök",
        rel=S("rök röken"),
        comp=S("brandrök rökdykning rökskadade"),
        no=S("röka rökare röker rökt"),
    ),
    "eld": dict(
        probe=r"^eld|eld$|elden",
        rel=S("eld elden"),
        dc=S("eldning eldningsförbud"),
        no=S("elda eldade eldat"),
    ),
    "plan": dict(
        probe=r"plan",
        rel=S("plan planen planer planerna"),
        comp=S("flygplan flygplanen"),
        no=S("planet plantera planterade planterar planteras plantor plantorna tallplantor granplanteringar återplanteringen"),
    ),
    "mark": dict(
        probe=r"mark|märk",
        rel=S("mark marken"),
        comp=S("markbrand markbranden markägarna"),
        dc=S("östmark"),
        no=S("marknaden julmarknad markerar markerat lindmark"),
    ),
    "hem": dict(
        probe=r"hem",
        rel=S("hem"),
        comp=S("hemsida hemtjänst hemtjänsten hemvärnet hemvärnets hemvärnssoldater församlingshemmet"),
        no=S("hemsk hemskt"),
    ),
    "storm": dict(
        probe=r"storm",
        rel=S("storm stormen"),
        comp=S("stormbyar"),
        no=S("stormade stormig stormöte"),
    ),
    "värme": dict(
        probe=r"v[äa]rm",
        rel=S("värme värmen"),
        comp=S("rekordvärme värmebölja värmekameror"),
        no=S("värmland värmlands värmlandstrafiken varmare varmt"),
    ),
    "våg": dict(
        probe=r"v[åä]g",
        rel=S("våg"),
        no=S("våga vågar vägen vägar vägarna länsvägen huvudvägen skogsbilvägar"),
        nei=S("väggar vägrade"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prov proven"),
        no=S("provats provisoriska pröva"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spår spåren spåret"),
        no=S("spara sparat"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tågen"),
        no=S("tag tagit deltagit undantag"),
        nei=S("saneringsföretagen"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränderna"),
        no=S("strandade strandberg"),
    ),
    "ko": dict(
        probe=r"^k[oö](n|r|rna|ns|er|erna|rn|rnet|rset|l|ll)?$",
        rel=S("kor korna"),
        no=S("kö köerna korn kornet kör"),
        nei=S("korset kol koll"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        no=S("lager lagret lagerqvist lagt bolag bolagen bolaget skogsbolag försäkringsbolag försäkringsbolagen "
             "försäkringsbolaget"),
        nei=S("beklagar klagar överklaga förslaget"),
    ),
    "ras": dict(
        probe=r"ras",
        rel=S("raset"),
        no=S("rasar rast rastplatsen rask"),
        nei=S("andraskörden besvaras brasan brast deras dyraste evakueras föryngras planteras regleras saneras "
              "torraste uppdateras ändras"),
    ),
    "bruk": dict(
        probe=r"bruk",
        rel=S("bruk"),
        comp=S("skogsbruk skogsbruket"),
        dc=S("lantbrukare lantbrukaren lantbrukarna"),
        no=S("brukar brukat"),
    ),
    # --- words of phrases, booleans and filters ---
    "hög": dict(probe=r"^hög", rel=S("hög högre högsta")),
    "brandrisk": dict(probe=r"brandrisk", rel=S("brandrisk brandrisken")),
    "totalt": dict(probe=r"^total", rel=S("totalt")),
    "eldningsförbud": dict(probe=r"eldningsförbud", rel=S("eldningsförbud")),
    "drabba": dict(probe=r"drabb", rel=S("drabbade drabbades drabbats drabbar")),
    "skogsägare": dict(probe=r"skogsägar", rel=S("skogsägare skogsägaren skogsägarna")),
    "stängd": dict(probe=r"stäng", rel=S("stängd stängda"), nei=S("stängt stänga stängsel avstängd")),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("vägen vägar vägarna"),
        comp=S("länsvägen huvudvägen skogsbilvägar"),
        no=S("våg våga vågar"),
        nei=S("väggar vägrade"),
    ),
    "från": dict(probe=r"^från$", rel=S("från")),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjön sjöarna"),
        comp=S("sjösediment sunnemosjön"),
        nei=S("sjöberg sjögren gärdsjö"),
    ),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna"),
        comp=S("grannkommunerna kommunfullmäktige kommungränsen kommunjuristen kommunstyrelsens"),
    ),
    "krisledning": dict(
        probe=r"krisledn",
        rel=S("krisledning krisledningen"),
        comp=S("krisledningsnämnd krisledningsnämnden"),
    ),
    "brandflyg": dict(probe=r"brandflyg", rel=S("brandflyg brandflygen")),
    "helikopter": dict(probe=r"helikopt", rel=S("helikopter helikoptrar")),
    "hemvärn": dict(probe=r"hemvärn", rel=S("hemvärnet hemvärnets"), comp=S("hemvärnssoldater")),
    "frivillig": dict(probe=r"frivill", rel=S("frivilliga frivilligas")),
    "skogsbrand": dict(
        probe=r"skogsbr[aä]n",
        rel=S("skogsbrand skogsbranden skogsbränder skogsbränderna"),
        comp=S("skogsbrandsläckning"),
        nei=S("skogsbranschen"),
    ),
    "ekshärad": dict(probe=r"ekshärad", rel=S("ekshärad ekshärads")),
    "beredskap": dict(
        probe=r"bered",
        rel=S("beredskap beredskapen"),
        comp=S("beredskapssamordnaren"),
        nei=S("förbereder"),
    ),
}

# A query is (id-suffix, q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("brand", "inflection", False, ("term", "brand")),
    ("evakuering", "inflection", False, ("term", "evakuering")),
    ("försäkring", "inflection", False, ("term", "försäkring")),
    ("varning", "inflection", False, ("term", "varning")),
    ("skörd", "inflection", False, ("term", "skörd")),
    ("larm", "inflection", False, ("term", "larm")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("väder", "syncope", False, ("term", "väder")),
    ("fönster", "syncope", False, ("term", "fönster")),
    ("himmel", "syncope", False, ("term", "himmel")),
    ("åkrar", "syncope", False, ("term", "åker")),
    ("regel", "syncope", False, ("term", "regel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("hand", "umlaut", False, ("term", "hand")),
    ("bok", "umlaut", False, ("term", "bok")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("natt", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("skog", "compound", True, ("term", "skog")),
    ("släckning", "compound", True, ("term", "släckning")),
    ("gård", "compound", True, ("term", "gård")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("flyg", "compound", True, ("term", "flyg")),
    ("brand", "compound", True, ("term", "brand")),
    ("vatten", "compound", True, ("term", "vatten")),
    ('"hög brandrisk"', "phrase", False, ("phrase", ["hög", "brandrisk"])),
    ('"totalt eldningsförbud"', "phrase", False, ("phrase", ["totalt", "eldningsförbud"])),
    ('"drabbade skogsägare"', "phrase", False, ("phrase", ["drabba", "skogsägare"])),
    ('"stängda vägar"', "phrase", False, ("phrase", ["stängd", "väg"])),
    ('"vatten från sjön"', "phrase", False, ("phrase", ["vatten", "från", "sjö"])),
    ('"kommunens krisledning"', "phrase", False, ("phrase", ["kommun", "krisledning"])),
    ("evakuering försäkring", "boolean", False, ("and", ["evakuering", "försäkring"])),
    ("brandflyg OR helikopter", "boolean", False, ("or", ["brandflyg", "helikopter"])),
    ("bönder -försäkring", "boolean", False, ("not", "bonde", "försäkring")),
    ("hemvärnet frivilliga", "boolean", False, ("and", ["hemvärn", "frivillig"])),
    ("skogsbrand -Ekshärad", "boolean", False, ("not", "skogsbrand", "ekshärad")),
    ("källa:Västanvind evakuering", "filter", False, ("filter", "Västanvind", "evakuering")),
    ("källa:Pilen brand", "filter", False, ("filter", "Pilen", "brand")),
    ("typ:opinion beredskap", "filter", False, ("filter", "opinion", "beredskap")),
    ("källa:Morgonposten försäkring", "filter", False, ("filter", "Morgonposten", "försäkring")),
    ("rök", "trap", False, ("term", "rök")),
    ("eld", "trap", False, ("term", "eld")),
    ("plan", "trap", False, ("term", "plan")),
    ("mark", "trap", False, ("term", "mark")),
    ("hem", "trap", False, ("term", "hem")),
    ("storm", "trap", False, ("term", "storm")),
    ("värme", "trap", False, ("term", "värme")),
    ("våg", "trap", False, ("term", "våg")),
    ("prov", "trap", False, ("term", "prov")),
    ("spår", "trap", False, ("term", "spår")),
    ("tåg", "trap", False, ("term", "tåg")),
    ("strand", "trap", False, ("term", "strand")),
    ("ko", "trap", False, ("term", "ko")),
    ("lag", "trap", False, ("term", "lag")),
    ("ras", "trap", False, ("term", "ras")),
    ("bruk", "trap", False, ("term", "bruk")),
]

HEADER = """# corpus_fire.json – judging notes

Invented crisis: a forest fire (skogsbrand) starts from a harvester on a clear-cut south-east of Sunnemo in Hagfors kommun, Värmland, on Thursday 9 July 2026 after a dry spring and a total fire ban (eldningsförbud). It grows to 11 400 hectares; Sunnemo and two hamlets are evacuated, smoke reaches Karlstad and stops the trains on Fryksdalsbanan, water bombers come from Italy and France, hemvärnet and volunteers help, and the fire is declared out on 10 September. Articles follow the weeks before (brandrisk, preparedness plans), the fire, and the aftermath to December: farmers' losses (cows, harvest, fields), insurance and damages claims, timber prices, the municipality's crisis management and evacuation warnings, a police inquiry, MSB's evaluation, replanting, a book, and debate about brandflyg and the law. Places and public bodies are real (Hagfors, Sunnemo, Råda, Ekshärad, Sunne, Torsby, Fryken, Klarälven; Länsstyrelsen, SMHI, MSB, Skogsstyrelsen, Trafikverket); the hamlets Ängebäck and Norra Gärdsjö, the companies (Klarskog AB, Fryksdals Skogstjänst, Ekshärads Åkeri, Norrtrygg), the rescue service's name (Räddningstjänsten Klarälvdalen), every person and all seven outlets are invented: Klarälvsbladet and Fryksdals Allehanda (local dailies), Radio Västanvind (local radio, with quotes), Nyhetsbyrån Pilen (wire service, also carrying press releases), Svenska Morgonposten (national daily), Virkesbladet (forestry trade paper) and Gårdsbladet (farming trade paper). 120 articles (100 news, 20 opinion: leaders, debate articles, columns, letters), published 2 June to 12 December 2026, +02:00 until 25 October and +01:00 after. The ids f001–f120 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *eldar* (plural of *eld* and present of *elda*), the verb *åker*, the verb *lagar* and *lag* meaning a team, the verb *skördar*, the verb *spå* (*spår*), the adverb *hem* and *hemma*, *bok* meaning beech, *ras* meaning breed, *våg* meaning scales, the noun *hög* (pile), the imperative *rök*, and the airplane *ett plan* in the forms *plan* and *planen* (the airplane is written only as *planet*, so *plan/planen/planer/planerna* always mean a plan).

How the lists were made: src/fire_articles.py holds the texts and src/fire_build.py the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: tåg/tag, spår/spara, våg/väg, kö/ko, bränd/brand, pröva/prov, märk/mark) lists every corpus token that contains the stem (for `ko` only *k*/*kö* with endings such as *kor*, *korna*, *kö*, *köerna*, *korn*, *kör*, since ko- and kö- begin hundreds of unrelated words such as *kommun*, *köpa*); each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 fire_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word (README), with or without a linking letter: -s- *skogsbranden*, *släckningsarbetet*; -e- *bygdegården*, *tjänstebilar*, *nattetid*; -u- *ladugården*; -o- *kyrkogården*; none *granskog*, *eftersläckningen*, *räddningstjänsten*, *brandflyg*, *trädgården*. A word inside a longer compound is don't care: *deltidsbrandmän* and *skogsbrandsläckning* for `brand`, *trädgårdsavfall* for `gård`, *lantbrukare* for `bruk`. The company name *Klarskog* is don't care for `skog`.
- **brand**: *brann* (brinna), *bränd*, *brända*, *bränner*, *brännbart* (bränna) and the surname *Brandt* → must_not; *bransch-* words are neither.
- **plan** (trap): *planet* (the airplane) → must_not, as are *plantera*, *plantor*, *tallplantor*, *granplanteringar*, *återplanteringen*; *flygplan* is a compound → don't care.
- **eld** (trap): *elda*, *eldade*, *eldat* → must_not; *eldning* and *eldningsförbud* are made from the verb but are about fire → don't care.
- **rök** (trap): *röka*, *röker*, *rökare*, *rökt* (smoked sausage) → must_not; *brandrök*, *rökdykning*, *rökskadade* → compounds.
- **mark** (trap): *marknaden*, *julmarknad*, *markerar*, *markerat* and the surname *Lindmark* → must_not; the village *Östmark* → don't care (as *Kristianstad* for `stad`); *markbrand*, *markägarna* → compounds.
- **hem** (trap): *hemsk*, *hemskt* → must_not; *hemsida*, *hemtjänst*, *hemvärnet*, *församlingshemmet* → compounds.
- **storm** (trap): *stormig* (another lemma, the adjective), *stormade*, *stormöte* → must_not; *stormbyar* → compound.
- **värme** (trap): *Värmland*, *Värmlands*, *Värmlandstrafiken* and the adjective *varm* (*varmt*, *varmare*, another lemma) → must_not. *en våg av värme* (figurative) is relevant for both `värme` and `våg`.
- **våg** (trap): the verb *våga*/*vågar* and every form of *väg* (*vägen*, *vägarna*, *länsvägen*, *skogsbilvägar* …) → must_not; *väggar* and *vägrade* are neither. *en våg av anmälningar* is relevant.
- **prov** (trap): *provats*, *provisoriska*, *pröva* → must_not. **spår**: *spara*, *sparat* → must_not; railway *spåret* and traces *spår av bränder* are both the noun. **tåg**: *tag* (*ett tag*), *tagit* and the compounds *deltagit*, *undantag* → must_not. **strand**: *strandade* and the surname *Strandberg* → must_not. **ras**: *rasar*, *rast*, *rastplatsen* and the surname *Rask* → must_not. **lag**: *lager*, *lagret*, *Lagerqvist*, *lagt* (lägga) and *bolag* with its compounds (*skogsbolag*, *försäkringsbolaget* …) → must_not; *klagar*, *förslaget* are neither. **bruk**: *brukar*, *brukat* → must_not; *i bruk* is relevant.
- **ko** (trap): *kö*, *köerna*, *kör* (köra), *korn*, *kornet* → must_not; *korset* (Röda korset), *kol*, *koll* are neither.
- **städer**: *stadigt* and the lookalike compounds *bostad*, *bostadshus*, *permanentbostäder* → must_not; *Karlstad* → don't care.
- **hand**: *handlar*, *hände* → must_not; *med mössan i hand*, *för hand*, *tog hand om* and *alla händer* are the noun → relevant (the verb *händer* is kept out).
- **bok**: *bokat* and *fullbokade* (boka) → must_not. **rötter**: *rotade* → must_not; *rotfästet* compound. **natt**: *nätet*, *nattliga* → must_not. **bönder**: *bönor* → must_not. **åkrar**: *åkeri*, *åkeriägaren* → must_not. **himmel**: *himla* (adverb) → must_not. **väder**: *vädjade* → must_not. **regel**: *regleras* → must_not; *regelbundet* compound. **skörd**: *skördade* → must_not; *förstaskörden*, *andraskörden* compounds. **larm**, **varning**, **evakuering**, **försäkring**: the verbs *larmade/larmar*, *varnar/varnat*, *evakuera/evakuerade/evakueras/evakuerats* and *försäkrade/försäkrat* → must_not. **släckning**: *släcka*, *släckt*, *släckte* → must_not. **flyg**: *flyger*, *flygande*, *flög* → must_not. **tjänst**: *tjänat*, *förtjänar* → must_not. **gård**: *gårdagens* → must_not. **skog**: *skogiga* and the surname *Skoglund* → must_not.
- **Phrases**: forms of *hög* include *högre* and *högsta*, so *brandrisk 5 eller högre* and *Brandrisken bedöms som extremt hög* → must_not for "hög brandrisk". *drabbar även skogsägare* (separated) and *skogsägare som drabbades* (reversed) → must_not for "drabbade skogsägare". *Vägen … är stängd* and *vägar var stängda* → must_not for "stängda vägar"; *stängt* (supine of the verb) is not a form of *stängd*. *hämta vatten i Klarälven och i sjöarna* → must_not for "vatten från sjön", *vatten från sjöarna* relevant. *Krisledningen i kommunen* → must_not for "kommunens krisledning". *Totalt har räddningstjänsterna … eldningsförbud* in other sentences → must_not for "totalt eldningsförbud".
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound, don't care. *Ekshärads* is the genitive of the place and excludes.
- **Filters**: `källa:` matches one word of the outlet's name (*Västanvind*, *Pilen*, *Morgonposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


TOKEN = re.compile(r"[^\W\d_]+")


def tokens(text):
    return [t.lower() for t in TOKEN.findall(text)]


def sentences(a):
    """The title is a sentence of its own; the text splits after . ! ? followed by a space."""
    return [tokens(a["title"])] + [tokens(s) for s in re.split(r"(?<=[.!?])\s+", a["text"])]


def articles(rows, prefix):
    """The corpus's articles in time order, numbered with prefix (f001, c001 …)."""
    rows = sorted(rows, key=lambda r: (r[2][:19], r[3]))
    out = []
    for i, (outlet, kind, published, title, text) in enumerate(rows, 1):
        out.append(dict(id="%s%03d" % (prefix, i), outlet=outlet, kind=kind, published=published, title=title, text=text))
    return out


def check_probes(arts, verbose):
    """Every corpus token a concept's probe finds must be classified; returns the number left unclassified."""
    vocab = sorted({t for a in arts for s in sentences(a) for t in s})
    missing = 0
    for name, c in CONCEPTS.items():
        known = set()
        for k in ("rel", "comp", "dc", "no", "nei"):
            known |= c.get(k, set())
        found = [t for t in vocab if re.search(c["probe"], t)]
        for t in found:
            if t not in known:
                print("unclassified for %s: %s" % (name, t))
                missing += 1
        for t in known - set(found):
            print("listed for %s but not in the corpus or not probed: %s" % (name, t))
            missing += 1
    return missing


def term_class(c, toks, compounds):
    """'rel', 'dc', 'no' or None for one concept in one article, from the classified forms it contains."""
    c = CONCEPTS[c]
    rel = c["rel"] | (c.get("comp", set()) if compounds else set())
    if toks & rel:
        return "rel"
    if toks & (c.get("dc", set()) | c.get("comp", set())):
        return "dc"
    if toks & c.get("no", set()):
        return "no"
    return None


def phrase_found(a, concepts):
    for s in sentences(a):
        for i in range(len(s) - len(concepts) + 1):
            if all(s[i + k] in CONCEPTS[c]["rel"] for k, c in enumerate(concepts)):
                return True
    return False


def judge(a, spec, compounds):
    toks = {t for s in sentences(a) for t in s}
    kind = spec[0]
    if kind == "term":
        return term_class(spec[1], toks, compounds)
    if kind == "phrase":
        if phrase_found(a, spec[1]):
            return "rel"
        cls = [term_class(c, toks, False) for c in spec[1]]
        if all(x == "rel" for x in cls):
            return "no"  # the words are there, but not adjacent in one sentence in this order
        return "dc" if all(x in ("rel", "dc") for x in cls) else None
    if kind == "and":
        cls = [term_class(c, toks, False) for c in spec[1]]
        if all(x == "rel" for x in cls):
            return "rel"
        if all(x in ("rel", "dc") for x in cls):
            return "dc"  # a missing term only inside a compound
        if any(x in ("rel", "no") for x in cls):
            return "no"
        return None
    if kind == "or":
        cls = [term_class(c, toks, False) for c in spec[1]]
        for v in ("rel", "dc", "no"):
            if v in cls:
                return v
        return None
    if kind == "not":
        pos, neg = term_class(spec[1], toks, False), term_class(spec[2], toks, False)
        if pos == "rel":
            return {"rel": "no", "dc": "dc"}.get(neg, "rel")
        return pos
    if kind == "filter":
        cls = term_class(spec[2], toks, False)
        passes = a["kind"] == "opinion" if spec[1] == "opinion" else spec[1] in a["outlet"].split()
        if cls == "rel":
            return "rel" if passes else "no"
        return cls
    raise ValueError(kind)


def concepts_of(spec):
    if spec[0] == "term":
        return [spec[1]]
    if spec[0] in ("phrase", "and", "or"):
        return spec[1]
    if spec[0] == "not":
        return [spec[1], spec[2]]
    return [spec[2]]


def forms_line(name, compounds, corpus_tokens):
    c = CONCEPTS[name]

    def present(k):
        return sorted(c.get(k, set()) & corpus_tokens)

    parts = ["relevant: " + (", ".join(present("rel") + (present("comp") if compounds else [])) or "–")]
    if not compounds and present("comp"):
        parts.append("compounds only (don't care): " + ", ".join(present("comp")))
    if present("dc"):
        parts.append("don't care: " + ", ".join(present("dc")))
    if present("no"):
        parts.append("must_not: " + ", ".join(present("no")))
    if present("nei"):
        parts.append("neither: " + ", ".join(present("nei")))
    return "- *%s* — %s" % (name, "; ".join(parts))


def build(name, prefix, rows, queries_spec, header):
    """Judges corpus_<name> (the module's CONCEPTS) and writes its JSON and notes."""
    verbose = "-v" in sys.argv
    arts = articles(rows, prefix)
    missing = check_probes(arts, verbose)
    corpus_tokens = {t for a in arts for s in sentences(a) for t in s}
    queries, notes = [], []
    for n, (q, cat, compounds, spec) in enumerate(queries_spec, 1):
        res = {a["id"]: judge(a, spec, compounds) for a in arts}
        rel = [i for i, v in res.items() if v == "rel"]
        no = [i for i, v in res.items() if v == "no"]
        dc = [i for i, v in res.items() if v == "dc"]
        qid = "%s-q%02d" % (prefix, n)
        queries.append(dict(id=qid, q=q, compounds=compounds, category=cat, relevant=rel, must_not=no))
        lines = ["### %s `%s` (%s, compounds %s)" % (qid, q, cat, "true" if compounds else "false"), ""]
        for c in concepts_of(spec):
            lines.append(forms_line(c, compounds and spec[0] == "term", corpus_tokens))
        lines.append("- relevant (%d): %s" % (len(rel), " ".join(rel)))
        lines.append("- must_not (%d): %s" % (len(no), " ".join(no) or "–"))
        if dc:
            lines.append("- don't care: " + " ".join(dc))
        notes.append("\n".join(lines))
        if verbose:
            print(qid, q, len(rel), len(no), len(dc))
    # validation
    ids = {a["id"] for a in arts}
    bad = 0
    for q in queries:
        if not q["relevant"]:
            print("no relevant article:", q["id"], q["q"])
            bad += 1
        if set(q["relevant"]) & set(q["must_not"]):
            print("both relevant and must_not:", q["id"])
            bad += 1
        if not set(q["relevant"] + q["must_not"]) <= ids:
            print("unknown id in", q["id"])
            bad += 1
    if missing or bad:
        sys.exit("%d unclassified tokens, %d invalid queries" % (missing, bad))
    with open("../corpus_%s.json" % name, "w", encoding="utf-8") as f:
        json.dump(dict(articles=arts, queries=queries), f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open("../corpus_%s.md" % name, "w", encoding="utf-8") as f:
        f.write(header.rstrip("\n") + "\n\n## Per query: word forms found in the corpus and the resulting ids\n\n")
        f.write("\n\n".join(notes) + "\n")


def main():
    build("fire", "f", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
