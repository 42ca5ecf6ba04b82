#!/usr/bin/env python3
"""Builds corpus_barkbeetle.json and corpus_barkbeetle.md from barkbeetle_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 barkbeetle_build.py [-v]
"""

import fire_build
from barkbeetle_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "angrepp": dict(
        probe=r"angr[ei]p",
        rel=S("angrepp angreppen angreppet"),
        comp=S("barkborreangrepp"),
        no=S("angripen angriper angripet angripit angripits angripna angrips barkborreangripna nyangripen nyangripna"),
    ),
    "avverkning": dict(
        probe=r"avverk",
        rel=S("avverkning avverkningarna avverkningen"),
        no=S("avverka avverkad avverkade avverkades avverkar avverkas avverkat avverkats"),
    ),
    "fälla": dict(
        probe=r"fäll",
        rel=S("fälla fällan fällor fällorna"),
        comp=S("feromonfällan feromonfällor feromonfällorna"),
        no=S("fälld fällda fällde stormfälld stormfällda"),
        nei=S("tillfällig tillfälligt"),
    ),
    "ersättning": dict(
        probe=r"ers[äa]tt",
        rel=S("ersättning ersättningen"),
        no=S("ersätta"),
    ),
    "pris": dict(
        probe=r"pris",
        rel=S("pris priser priserna priset"),
        comp=S("massavedspriset prislistor prisnivån timmerpriserna timmerpriset"),
        no=S("prisade prisades"),
    ),
    "bekämpning": dict(
        probe=r"bekämp",
        rel=S("bekämpning bekämpningen"),
        comp=S("bekämpningsmedel bekämpningsmedlen bekämpningsområde bekämpningsområdet"),
        no=S("bekämpa bekämpat"),
    ),
    "inventering": dict(
        probe=r"invent",
        rel=S("inventering inventeringen"),
        comp=S("drönarinventeringen fältinventeringen"),
        no=S("inventerar"),
    ),
    "planta": dict(
        probe=r"plant",
        rel=S("plantor plantorna"),
        comp=S("granplantor granplantorna lövplantor plantskola plantskolan plantskolorna tallplantor tallplantorna"),
        no=S("plantera planterade planterar planteras planterat planteringen utplantering återplantera återplantering "
             "återplanteringen"),
    ),
    "utbrott": dict(
        probe=r"utbrott",
        rel=S("utbrott utbrottet"),
        comp=S("barkborreutbrott"),
    ),
    # --- syncope ---
    "timmer": dict(
        probe=r"timm|timr",
        rel=S("timmer timret"),
        comp=S("grantimmer talltimmer talltimret timmerbil timmerbilar timmerbilarna timmerpriserna timmerpriset"),
        no=S("timmar timmarna timme"),
    ),
    "fågel": dict(
        probe=r"fåg[ae]l|fågl",
        rel=S("fågeln fåglar fåglarna"),
        no=S("fågelvägen"),
    ),
    "sommar": dict(
        probe=r"sommar|^somr",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        comp=S("försommar försommaren midsommar midsommarhelgen"),
        dc=S("somras"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagret"),
        comp=S("blötlagret"),
        dc=S("blötlagring"),
        no=S("lagra lagras"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("förhindra hindra"),
    ),
    "väder": dict(
        probe=r"^väd|väder|vädr|vädj",
        rel=S("vädret"),
        no=S("vädjade vädjar"),
    ),
    # --- umlaut ---
    "rot": dict(
        probe=r"r[oö]t",
        rel=S("rötter rötterna"),
        comp=S("rotröta rotvältorna"),
        no=S("röta rötskador"),
        nei=S("barkborreutbrott brott protesten trots trott trött trötta utbrott utbrottet"),
    ),
    "bonde": dict(
        probe=r"^bond|bönd|^bön|bond[ea]",
        rel=S("bonde bönder bönderna"),
        comp=S("mjölkbonden skogsbönder skogsbönderna"),
        no=S("bön"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("söner sönerna sönernas"),
        no=S("söndag söndagskvällen sönder sönderkörd"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|^bror|^bröder",
        rel=S("bror brodern bröderna"),
        no=S("brödföda"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder bränderna"),
        comp=S("brandflyg brandflygplan brandgator brandingenjör brandrisk brandrisken brandriskexpert brandvärnen "
               "skogsbrand skogsbränder"),
        no=S("brann brinna brinner brunnit brännbart brännved bränsle bränslet"),
        nei=S("branschen branschförbund"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter ledamöterna"),
        comp=S("riksdagsledamoten riksdagsledamöter"),
    ),
    # --- compounds ---
    "gran": dict(
        probe=r"gran",
        rel=S("gran granar granarna granarnas granen granens"),
        comp=S("granbarkborrar granbarkborrarna granbarkborre granbarkborren granbarkborrens granbestånd granbestånden "
               "granmassaved granplantor granplantorna granskog granskogar granskogen granstockar grantimmer granvirke "
               "julgranarna kungsgran"),
        dc=S("julgransodlingen"),
        no=S("grannar grannarna grannarnas grannen grannens grannfastigheterna granskar granström"),
    ),
    "bark": dict(
        probe=r"bark",
        rel=S("bark barken"),
        comp=S("barkborrar barkborrarna barkborrarnas barkborreangrepp barkborreangripna barkborren barkborreutbrott "
               "barkborreåret granbarkborrar granbarkborrarna granbarkborre granbarkborren granbarkborrens innerbarken"),
        no=S("barkar"),
    ),
    "hygge": dict(
        probe=r"hygg",
        rel=S("hygge hyggen hyggena hygget"),
        comp=S("hyggesfria hyggesfritt kalhygge kalhyggen kalhyggena stormhyggen stormhyggena"),
        no=S("hyggligt"),
    ),
    "reservat": dict(
        probe=r"reserv",
        rel=S("reservat reservaten reservatet reservatets"),
        comp=S("naturreservat naturreservatet reservatsföreskrifterna reservatsförvaltare reservatsgränsen"),
        no=S("reservation reservdelar reserverade"),
    ),
    "ägare": dict(
        probe=r"ägar|ägare|^äg|äganderätt",
        rel=S("ägare ägaren ägarens ägarna"),
        comp=S("markägare skogsägare skogsägaren skogsägarna skogsägarnas"),
        dc=S("skogsägarföreningen"),
        no=S("äganderätten ägde äger ägorna ägs"),
        nei=S("grusvägar skogsbilvägarna småvägarna stickvägar vägar vägarna ägg"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst tjänster"),
        comp=S("ekosystemtjänster räddningstjänsten räddningstjänsterna tjänsteman tjänstemän tjänstemännen"),
        no=S("förtjänar förtjänat tjänar"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans kyrkor"),
        comp=S("kyrkogårdar kyrkogården kyrkoskogen"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan gator"),
        comp=S("brandgator gatukontoret storgatan"),
        no=S("gåta"),
    ),
    "virke": dict(
        probe=r"virk",
        rel=S("virke virket virkets"),
        comp=S("avtalsvirke granvirke stormvirke stormvirket virkeschef virkesköpare virkesköparna virkesköparnas "
               "virkestjuvar virkesvälta virkesvältor virkesvältorna"),
        no=S("virka virkar virkat"),
    ),
    # --- traps ---
    "tall": dict(
        probe=r"tall",
        rel=S("tall tallar tallen"),
        comp=S("tallmarkerna tallplantor tallplantorna talltimmer talltimret"),
        no=S("installerat metall tallberg tallrik"),
    ),
    "larv": dict(
        probe=r"larv",
        rel=S("larver larverna"),
        comp=S("larvgångarna"),
        no=S("larva larviga slarv"),
    ),
    "ek": dict(
        probe=r"^ek|ek$|ekar|eken",
        rel=S("ek ekar ekarna"),
        no=S("ekholm ekman ekologen ekonomi ekonomisk ekonomiska ekorrar ekosystemtjänster ekström förnekar storleken "
             "svek"),
    ),
    "ris": dict(
        probe=r"ris",
        rel=S("ris riset"),
        no=S("brandrisk brandrisken brandriskexpert brist frisk kris krisavgifter kristina krisåtgärd massavedspriset "
             "pris prisade prisades priser priserna priset prislistor prisnivån risk risken riskerar riskplacering "
             "säkerhetsrisk timmerpriserna timmerpriset"),
    ),
    "topp": dict(
        probe=r"topp",
        rel=S("topp topparna toppen"),
        no=S("stoppa stoppade stoppar stoppas stoppat"),
    ),
    "ås": dict(
        probe=r"^ås|ås$|åsen|åsar",
        rel=S("åsen"),
        dc=S("torsås"),
        no=S("åsberg åseda åsikterna åskan åsknedslag åsnen åsnens"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil"),
        no=S("emil familj familjeskog miljard miljarder miljardsmällen miljoner miljö miljöbalken miljödomstolen "
             "miljödomstolens miljööverdomstolen millimeter"),
    ),
    "gren": dict(
        probe=r"gr[eä]n",
        rel=S("grenar"),
        no=S("gräns gränsar gränsen holmgren lindgren lövgren reservatsgränsen"),
    ),
    "asp": dict(
        probe=r"asp",
        rel=S("aspar"),
        no=S("aspekter asplund"),
    ),
    "svamp": dict(
        probe=r"svamp",
        rel=S("svamp svampar"),
        comp=S("blånadssvamparna svampexperten vedsvampar"),
        no=S("svampigt"),
    ),
    "löv": dict(
        probe=r"l[öo]v",
        rel=S("löv"),
        comp=S("lövplantor lövskog lövträd lövträden"),
        no=S("lovade lovar lovat lövdahl lövgren lövstrand olovlig"),
    ),
    "mossa": dict(
        probe=r"moss",
        rel=S("mossan mossor"),
        comp=S("vitmossa"),
        no=S("flybergsmossen mossberg mossen"),
    ),
    "lav": dict(
        probe=r"lav",
        rel=S("lavar"),
        comp=S("garnlav hänglavar"),
        no=S("lavin"),
    ),
    # --- words of phrases, booleans and filters ---
    "död": dict(
        probe=r"^död|^dött",
        rel=S("död döda"),
        nei=S("dödad dödar dödats döttrar"),
    ),
    "risk": dict(probe=r"^risk(en|er|erna)?$", rel=S("risk risken")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "naturreservat": dict(probe=r"^naturreservat", rel=S("naturreservat naturreservatet")),
    "stoppa": dict(probe=r"^stopp", rel=S("stoppa stoppade stoppar stoppas stoppat")),
    "spridning": dict(probe=r"^spridning", rel=S("spridning spridningen")),
    "bekämpningsmedel": dict(probe=r"^bekämpningsmed", rel=S("bekämpningsmedel bekämpningsmedlen")),
    "skog": dict(probe=r"^skog(en|ens|ar|arna|arnas)?$", rel=S("skog skogar skogarna skogen skogens")),
    "nybro": dict(probe=r"^nybro", rel=S("nybro"), comp=S("nybrobor nybroborna")),
    "kommun": dict(probe=r"^kommun(en|ens|er|erna|s)?$", rel=S("kommun kommunen kommunens kommuner kommunerna kommuns")),
    "hård": dict(probe=r"^hård|^hårt", rel=S("hårdare hårdast hårt")),
    "drabba": dict(probe=r"^drabb", rel=S("drabbade drabbas drabbats")),
    "länsstyrelsen": dict(probe=r"^länsstyrelse", rel=S("länsstyrelse länsstyrelsen länsstyrelsens länsstyrelserna")),
    "kronoberg": dict(probe=r"^kronoberg", rel=S("kronoberg kronobergs")),
    "län": dict(probe=r"^län(et|ets|en|s)?$", rel=S("län länen länet länets")),
    "kalmar": dict(probe=r"^kalmar", rel=S("kalmar"), comp=S("kalmarvägen")),
    "feromonfälla": dict(probe=r"feromonfäll", rel=S("feromonfällan feromonfällor feromonfällorna")),
    "fångstträd": dict(probe=r"fångstträd", rel=S("fångstträd fångstträden")),
    "brandrisk": dict(probe=r"^brandrisk", rel=S("brandrisk brandrisken"), comp=S("brandriskexpert")),
    "granbarkborre": dict(
        probe=r"borr",
        rel=S("granbarkborrar granbarkborrarna granbarkborre granbarkborren granbarkborrens"),
        dc=S("barkborrar barkborrarna barkborrarnas barkborreangrepp barkborreangripna barkborren barkborreutbrott "
             "barkborreåret"),
        nei=S("borrmjöl"),
    ),
    "tingsryd": dict(probe=r"tingsryd", rel=S("tingsryd tingsryds")),
    "uppvidinge": dict(probe=r"uppvidinge", rel=S("uppvidinge")),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringarna försäkringen"),
        comp=S("försäkringsbolag försäkringsbolaget"),
    ),
    "naturskyddsföreningen": dict(probe=r"naturskyddsförening",
                                  rel=S("naturskyddsföreningen naturskyddsföreningens")),
    "överklagande": dict(
        probe=r"överklag",
        rel=S("överklagande överklagandet"),
        no=S("överklaga överklagar överklagas överklagat"),
    ),
    "sjöhagaskogen": dict(probe=r"sjöhaga", rel=S("sjöhagaskogen"), nei=S("sjöhagadammen")),
    "kalhygge": dict(probe=r"kalhygg", rel=S("kalhygge kalhyggen kalhyggena")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("angreppen", "inflection", False, ("term", "angrepp")),
    ("avverkningarna", "inflection", False, ("term", "avverkning")),
    ("fällorna", "inflection", False, ("term", "fälla")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("priserna", "inflection", False, ("term", "pris")),
    ("bekämpningen", "inflection", False, ("term", "bekämpning")),
    ("inventeringen", "inflection", False, ("term", "inventering")),
    ("plantorna", "inflection", False, ("term", "planta")),
    ("utbrottet", "inflection", False, ("term", "utbrott")),
    ("timret", "syncope", False, ("term", "timmer")),
    ("fåglarna", "syncope", False, ("term", "fågel")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("söner", "umlaut", False, ("term", "son")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("gran", "compound", True, ("term", "gran")),
    ("bark", "compound", True, ("term", "bark")),
    ("hygge", "compound", True, ("term", "hygge")),
    ("reservat", "compound", True, ("term", "reservat")),
    ("ägare", "compound", True, ("term", "ägare")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("virke", "compound", True, ("term", "virke")),
    ('"döda granar"', "phrase", False, ("phrase", ["död", "gran"])),
    ('"risk för bränder"', "phrase", False, ("phrase", ["risk", "för", "brand"])),
    ('"avverkning i naturreservatet"', "phrase", False, ("phrase", ["avverkning", "i", "naturreservat"])),
    ('"stoppa spridningen"', "phrase", False, ("phrase", ["stoppa", "spridning"])),
    ('"bekämpningsmedel i skogen"', "phrase", False, ("phrase", ["bekämpningsmedel", "i", "skog"])),
    ('"Nybro kommun"', "phrase", False, ("phrase", ["nybro", "kommun"])),
    ('"hårt drabbade"', "phrase", False, ("phrase", ["hård", "drabba"])),
    ('"Länsstyrelsen i Kronobergs län"', "phrase", False, ("phrase", ["länsstyrelsen", "i", "kronoberg", "län"])),
    ("Kronoberg Kalmar", "boolean", False, ("and", ["kronoberg", "kalmar"])),
    ("feromonfällor OR fångstträd", "boolean", False, ("or", ["feromonfälla", "fångstträd"])),
    ("avverkning -naturreservatet", "boolean", False, ("not", "avverkning", "naturreservat")),
    ("brandrisk granbarkborren", "boolean", False, ("and", ["brandrisk", "granbarkborre"])),
    ("Tingsryd OR Uppvidinge", "boolean", False, ("or", ["tingsryd", "uppvidinge"])),
    ("ersättning -försäkringen", "boolean", False, ("not", "ersättning", "försäkring")),
    ("Naturskyddsföreningen överklagandet", "boolean", False, ("and", ["naturskyddsföreningen", "överklagande"])),
    ("källa:Kubik timret", "filter", False, ("filter", "Kubik", "timmer")),
    ("källa:Möreposten Sjöhagaskogen", "filter", False, ("filter", "Möreposten", "sjöhagaskogen")),
    ("källa:Värendsbladet reservatet", "filter", False, ("filter", "Värendsbladet", "reservat")),
    ("källa:Kvällsblixten granbarkborren", "filter", False, ("filter", "Kvällsblixten", "granbarkborre")),
    ("källa:Tjäder brandrisk", "filter", False, ("filter", "Tjäder", "brandrisk")),
    ("typ:opinion kalhyggen", "filter", False, ("filter", "opinion", "kalhygge")),
    ("typ:opinion bekämpningsmedel", "filter", False, ("filter", "opinion", "bekämpningsmedel")),
    ("tall", "trap", False, ("term", "tall")),
    ("larv", "trap", False, ("term", "larv")),
    ("ek", "trap", False, ("term", "ek")),
    ("ris", "trap", False, ("term", "ris")),
    ("topp", "trap", False, ("term", "topp")),
    ("ås", "trap", False, ("term", "ås")),
    ("mil", "trap", False, ("term", "mil")),
    ("gren", "trap", False, ("term", "gren")),
    ("asp", "trap", False, ("term", "asp")),
    ("svamp", "trap", False, ("term", "svamp")),
    ("löv", "trap", False, ("term", "löv")),
    ("mossa", "trap", False, ("term", "mossa")),
    ("lav", "trap", False, ("term", "lav")),
]

HEADER = """# corpus_barkbeetle.json – judging notes

Invented crisis: after a dry summer in 2025, the storm Tilda crosses southern Sweden on Wednesday 14 January 2026 and fells 4.2 million cubic metres of forest, most of it spruce, in Kronobergs and Kalmar län. Skogsstyrelsen orders storm-felled spruce out of the forest before 1 July; contractors, machines and sawmills cannot keep up (Moheda Trä's wet-storage yard fills, the sawmill stops taking spruce), insurance pays little, fraudsters pose as timber buyers, timber trucks wear out the roads. The spring and early summer are very dry, the spruce bark beetle (granbarkborre) swarms early in May and has two generations, and Skogsstyrelsen declares Kronobergs and Kalmar län an emergency control area (bekämpningsområde) from 6 July: infested spruce must be felled and removed within three weeks, and the rule reaches protected areas. Timber prices fall by a quarter, spruce is shipped from Kalmar to China, the losses are put at five billion kronor, a state aid of 300 million disappoints, the MPs of the two counties ask for more, and Moheda Trä gives notice to 40 employees. Fires break out in dead spruce stands (Målilla, Fagerhult, Linneryd, a lightning fire on a ridge at Virserum) under a fire ban and extreme fire risk. Nybro kommun fells 38 hectares of its recreation forest Sjöhagaskogen in August (pensioners stand in front of the harvester, a public meeting, schoolchildren plant oaks in November). Länsstyrelsen i Kronobergs län, which first left the storm-felled spruce in Flybergets naturreservat in Uppvidinge, decides to fell a 24-hectare edge zone; Naturskyddsföreningen appeals, the land and environment court at Växjö tingsrätt first stops the felling and then allows it, and the association later claims the felling went too far. Kemikalieinspektionen gives a 120-day emergency authorisation for cypermethrin on timber piles (bee-keepers and neighbours worry) and does not renew it; the debate runs on clear-cuts against continuous cover forestry and mixed forest. Places and public bodies are real (Växjö, Alvesta, Lenhovda, Åseda, Uppvidinge, Tingsryd, Urshult, Linneryd, Väckelsång, Ryd, Lessebo, Hovmantorp, Älmhult, Ljungby, Moheda, Dädesjö, Teleborg, Hovshaga, Åsnens nationalpark, Kalmar, Påryd, Nybro, Emmaboda, Vissefjärda, Algutsboda, Torsås, Gullabo, Högsby, Fagerhult, Hultsfred, Målilla, Virserum; Skogsstyrelsen, Länsstyrelsen i Kronobergs län and i Kalmar län, SMHI, MSB, Trafikverket, Kemikalieinspektionen, Naturvårdsverket, SLU, Linnéuniversitetet, Mark- och miljödomstolen vid Växjö tingsrätt, Växjö stift, Naturskyddsföreningen, LRF Skogsägarna; their actions and words are invented); the storm's name, the reserve Flyberget with Flybergsmossen, Sjöhagaskogen with Sjöhagadammen, the hamlet Grönhult as used here, the companies (Moheda Trä AB, Bröderna Petersson Skog AB, Skogsägarna Sydost, Försäkringsbolaget Götaskog, Nässja Plantskola), every person and all six outlets are invented: Värendsbladet (local daily, Växjö and Kronoberg), Möreposten (local daily, Kalmar län: Nybro, Kalmar, Torsås, Emmaboda), Radio Tjäder (local radio, with quotes), Nyhetsbyrån Spira (wire service, also carrying press releases), Kvällsblixten (national tabloid) and Kubik (forestry trade paper). 125 articles (107 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 14 January to 15 December 2026, +01:00 until 28 March and from 25 October, +02:00 in between. The ids gb001–gb125 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (never used; quotes were phrased without it), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *fälla* in the infinitive (every *fälla* is the trap; the verb appears only as *fällde*, *fälld*, *fällda*, *stormfälld(a)*), the verb *döda*, the noun *död* and the supine *dött* (every *död*, *döda* is the adjective; the verb appears only as *dödar*, *dödad*, *dödats*), *lager* as a layer (every *lager* is a store of timber), *ris* as rice (every *ris* is brushwood), *asp* as the fish (every *aspar* is aspen), *mil* in any sense but the Swedish mile, *ek* as a surname (the surnames are *Ekholm*, *Ekman*, *Ekström*), the verb *borrar* (every *-borrar* is the beetles), *pris* as a prize (the award is *utmärkelse*; every *pris* is a price, once figurative: *ett rimligt pris för att rädda*), *grenar* as a verb and *gren* as a sport, *toppen* as an exclamation, *bön* as the plural of *böna* (the only *bön* is a prayer), *mosse* and *mossa* mixed (every *moss-* form of the bog is *mosse*: *mossen*, *Flybergsmossen*; of the plant *mossa*: *mossan*, *mossor*, *vitmossa*). *bok* (beech) appears once and is not judged.

How the lists were made: src/barkbeetle_articles.py holds the texts and src/barkbeetle_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gren/gräns, löv/lov, gata/gåta, son/sön, bror/bröd, brand/bränd, rot/röt, väder/vädj, ersätt/ersatt) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *ek* is anchored (*ek-* from the start of the word, *-ek* at the end, and *ekar*, *eken* anywhere), since *ek* occurs inside hundreds of words; *ås* likewise (*ås-* from the start, *-ås* at the end, *åsen*, *åsar*); *son* as *son-*/*sön-* from the start and *söner*, *sonen* anywhere; the words of phrases, booleans and filters are probed only in the forms that can be relevant (*risk*, *skog*, *kommun*, *län* … as whole words). Tokens are runs of letters, so *SMHI:s*, *MSB:s*, *Karl-Erik* and *74-tonsfordon* are split. `python3 barkbeetle_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. One line per query:

- **angreppen** (inflection): *angrepp*, *angreppet*, *angreppen* relevant; *barkborreangrepp* compound; the verb *angripa* in all its forms, also as participle and in compounds (*angripen*, *angripna*, *angripet*, *angriper*, *angripit(s)*, *angrips*, *nyangripen*, *nyangripna*, *barkborreangripna*) → must_not.
- **avverkningarna** (inflection): *avverkning*, *avverkningen*, *avverkningarna* relevant; the verb *avverka* (*avverkade*, *avverkad*, *avverkas*, *avverkats* …) → must_not.
- **fällorna** (inflection): the noun *fälla*, *fällan*, *fällor*, *fällorna* relevant; *feromonfällor(na)*, *feromonfällan* compounds; the verb *fälla* (*fällde*, *fälld*, *fällda*, *stormfälld(a)*) → must_not; *tillfällig(t)* is neither.
- **ersättningen** (inflection): *ersättning*, *ersättningen* relevant; the verb *ersätta* → must_not (*ersätter* is not in the texts).
- **priserna** (inflection): *pris*, *priset*, *priser*, *priserna* relevant (also *ett rimligt pris*, figurative); *timmerpriset*, *timmerpriserna*, *massavedspriset*, *prislistor*, *prisnivån* compounds; the verb *prisa* (*prisade*, *prisades*: praised) → must_not.
- **bekämpningen** (inflection): *bekämpning*, *bekämpningen* relevant; *bekämpningsområde(t)*, *bekämpningsmedel*, *bekämpningsmedlen* compounds; the verb *bekämpa*, *bekämpat* → must_not.
- **inventeringen** (inflection): *inventering*, *inventeringen* relevant; *drönarinventeringen*, *fältinventeringen* compounds; the verb *inventerar* → must_not.
- **plantorna** (inflection): *plantor*, *plantorna* relevant; *granplantor(na)*, *tallplantor(na)*, *lövplantor* and *plantskola* (*plantskolan*, *plantskolorna*) compounds; the verb *plantera* in all its forms and the nouns made from it (*planteringen*, *återplantering(en)*, *utplantering*) → must_not.
- **utbrottet** (inflection): *utbrott*, *utbrottet* relevant; *barkborreutbrott* compound; no lookalike in the texts.
- **timret** (syncope): *timmer*, *timret* relevant; *grantimmer*, *talltimmer*, *talltimret*, *timmerbil(ar/arna)*, *timmerpriset*, *timmerpriserna* compounds; *timme*, *timmar*, *timmarna* (hour) → must_not. The outlet *Kubik* was named so that no outlet name contains a judged word.
- **fåglarna** (syncope): *fågeln*, *fåglar*, *fåglarna* relevant; *fågelvägen* (as the crow flies, a compound that only looks like one of *fågel*) → must_not.
- **somrar** (syncope): *sommar*, *sommaren*, *sommarens*, *somrar*, *somrarna* relevant; *försommar(en)*, *midsommar*, *midsommarhelgen* compounds; *i somras* (the adverb) don't care; no lookalike in the texts (*bekämpningsområde*, *friluftsområde* contain the letters *somr* and are not probed).
- **lagret** (syncope): *lager*, *lagret* (a store of timber) relevant; *blötlagret* compound; *blötlagring* (the storing, a noun from the verb) don't care; the verb *lagra*, *lagras* → must_not.
- **hindret** (syncope): *hinder*, *hindret* relevant; the verbs *hindra* and *förhindra* → must_not.
- **vädret** (syncope): *vädret* relevant; *vädjade*, *vädjar* (vädja) → must_not.
- **rötter** (umlaut): *rötter*, *rötterna* (also figurative: *sina rötter på gården*) relevant; *rotvältorna*, *rotröta* compounds; *röta*, *rötskador* (rot, decay: another lemma) → must_not; *brott*, *utbrott*, *trots*, *trött*, *protesten* … are neither.
- **bönder** (umlaut): *bonde*, *bönder*, *bönderna* relevant; *skogsbönder(na)*, *mjölkbonden* compounds; *bön* (prayer: *Det här är ingen bön*, *min enda bön*) → must_not.
- **söner** (umlaut): *söner*, *sönerna*, *sönernas* relevant; *sönder*, *sönderkörd*, *söndag*, *söndagskvällen* → must_not.
- **bröder** (umlaut): *bror*, *brodern*, *bröderna* (also the company *Bröderna Petersson*) relevant; *brödföda* → must_not.
- **bränder** (umlaut): *brand*, *branden*, *bränder*, *bränderna* relevant; *skogsbrand*, *skogsbränder*, *brandrisk(en)*, *brandflyg(plan)*, *brandgator*, *brandvärnen*, *brandingenjör* … compounds; the verbs *brinna* (*brann*, *brinner*, *brunnit*) and *bränna* (*brännbart*, *brännved*) and *bränsle(t)* (fuel) → must_not; *branschen*, *branschförbund* are neither.
- **ledamöter** (umlaut): *ledamoten*, *ledamöter*, *ledamöterna* relevant; *riksdagsledamoten*, *riksdagsledamöter* compounds; no lookalike.
- **gran** (compound): *gran*, *granen*, *granar*, *granarna* … relevant, and every compound that begins or ends with it (*granbarkborre* and its forms, *granskog*, *granvirke*, *grantimmer*, *granbestånd*, *granplantor*, *granstockar*, *granmassaved*, *kungsgran*, *julgranarna*); *julgransodlingen* (gran inside) don't care; *granne* in all forms (*grannen*, *grannar*, *grannarnas*, *grannfastigheterna*), *granskar* and the surname *Granström* → must_not.
- **bark** (compound): *bark*, *barken* relevant, with *innerbarken* (no linking letter) and all *barkborre*/*granbarkborre* forms and compounds (*barkborreåret*, *barkborreangrepp*, *barkborreutbrott*, *barkborreangripna*); the idiom *det barkar åt skogen* (*barkar*, the verb) → must_not.
- **hygge** (compound): *hygge*, *hygget*, *hyggen*, *hyggena* relevant, with *kalhygge(t/n/na)*, *stormhyggen(a)* (no linking letter) and *hyggesfritt*, *hyggesfria* (-s-); *hyggligt* (the adjective hygglig) → must_not.
- **reservat** (compound): *reservat*, *reservatet*, *reservatets*, *reservaten* relevant, with *naturreservat(et)* and *reservatsföreskrifterna*, *reservatsgränsen*, *reservatsförvaltare* (-s-); *reservation*, *reserverade* and *reservdelar* → must_not.
- **ägare** (compound): *ägare*, *ägaren*, *ägarens*, *ägarna* relevant, with *skogsägare* (all forms, also the association *Skogsägarna Sydost* and *LRF Skogsägarna*) and *markägare*; *skogsägarföreningen* (ägare inside) don't care; the verb *äga* (*äger*, *ägde*, *ägs*) and *ägorna*, *äganderätten* → must_not; *vägar*, *vägarna*, *ägg* … are neither.
- **tjänst** (compound): *tjänst*, *tjänster* relevant, with *tjänsteman*, *tjänstemän*, *tjänstemännen* (-e-) and *räddningstjänsten*, *räddningstjänsterna*, *ekosystemtjänster*; the verb *tjänar* and *förtjänar*, *förtjänat* → must_not.
- **kyrka** (compound): *kyrka*, *kyrkan*, *kyrkans*, *kyrkor* relevant, with *kyrkoskogen*, *kyrkogården*, *kyrkogårdar* (-o-); no lookalike.
- **gata** (compound): *gatan*, *gator* relevant, with *gatukontoret* (-u-), *Storgatan* and *brandgator* (firebreaks); *gåta* (riddle) → must_not.
- **virke** (compound): *virke*, *virket*, *virkets* relevant, with *granvirke*, *stormvirke(t)*, *avtalsvirke* and *virkesköpare(n/na/nas)*, *virkesvälta*, *virkesvältor(na)*, *virkeschef*, *virkestjuvar* (-s-); the verb *virka* (crochet: *virkar*, *virkat*, *virka*) → must_not.
- **"döda granar"** (phrase): *döda granar*, *döda granarna* relevant; *döda och döende granar*, *döda och angripna granar*, *alla granar redan är döda*, *död granskog … granar som dödats* and *död ved* with *granarna* elsewhere → must_not (the words apart or reordered); *döda* with only gran compounds (*de döda granbestånden*) don't care.
- **"risk för bränder"** (phrase): *risk för bränder*, *risken för bränder* relevant; *Risken är stor att det blir lika många bränder* (with *för* elsewhere) → must_not; *brandrisk* alone is a compound → don't care.
- **"avverkning i naturreservatet"** (phrase): *avverkningen i naturreservatet*, *avverkning i naturreservatet* relevant; *avverkningen i Flybergets naturreservat*, *avverka i Flybergets naturreservat* and the title *överklagar avverkning i reservat* (not the word *naturreservatet*) with *naturreservat* elsewhere → must_not.
- **"stoppa spridningen"** (phrase): *stoppa spridningen* relevant; *Domstolen stoppar avverkningen … risken för spridning* → must_not; *hindra spridningen*, *bromsa* are not forms of *stoppa*.
- **"bekämpningsmedel i skogen"** (phrase): relevant where the words stand together; *mer bekämpningsmedel utan en annan skog* (with *i skogen* elsewhere) and the column *Sluta larva er om gift i skogen* (*bekämpningsmedlen* in another sentence) → must_not.
- **"Nybro kommun"** (phrase): *Nybro kommun*, *Nybro kommuns* relevant; *Nybro* with *kommunen* in another sentence → must_not; *nybrobor(na)* compounds.
- **"hårt drabbade"** (phrase): *hårt drabbade* relevant (a title, a quote, *de hårt drabbade kommunerna*); *Växjö har drabbats hårt* (reversed) → must_not. Forms of *hård* include *hårdare*, *hårdast*; of *drabba* *drabbade*, *drabbas*, *drabbats*.
- **"Länsstyrelsen i Kronobergs län"** (phrase): relevant where the four words stand together; *Länsstyrelsen i Kalmar län* with *Kronobergs län* elsewhere, and *länsstyrelserna* with *Kronobergs och Kalmar län* → must_not.
- **Kronoberg Kalmar** (boolean AND): articles with a form of both (*Kronobergs och Kalmar län*) relevant; with only one → must_not; *Kalmarvägen* alone is a compound.
- **feromonfällor OR fångstträd** (boolean OR): *feromonfälla* in its forms or *fångstträd(en)* relevant; *fällorna* alone is not the word.
- **avverkning -naturreservatet** (boolean NOT): *avverkning* forms without *naturreservat(et)* relevant; with it → must_not (*reservatet* alone does not exclude); the verb *avverka* alone → must_not.
- **brandrisk granbarkborren** (boolean AND): both relevant, one → must_not; *barkborrar* (the shorter word) counts as don't care for *granbarkborren*.
- **Tingsryd OR Uppvidinge** (boolean OR): *Tingsryd*, *Tingsryds*, *Uppvidinge* relevant.
- **ersättning -försäkringen** (boolean NOT): *ersättning(en)* without *försäkring* forms relevant; with *försäkringen*/*försäkringarna* → must_not; *ersätta* alone → must_not; *försäkringsbolaget* alone (a compound) would be don't care.
- **Naturskyddsföreningen överklagandet** (boolean AND): *Naturskyddsföreningen(s)* with the noun *överklagande(t)* relevant; with only the verb (*överklaga*, *överklagar*, *överklagat*, *överklagas*) or without any → must_not.
- **källa:Kubik timret**, **källa:Möreposten Sjöhagaskogen**, **källa:Värendsbladet reservatet**, **källa:Kvällsblixten granbarkborren**, **källa:Tjäder brandrisk** (filters): `källa:` matches one word of the outlet's name; the term judged as above (for *reservatet* *naturreservat* is a compound, don't care; for *granbarkborren* *barkborrar* don't care); articles with the term from other outlets, and lookalike-only articles (*timmar*, *reservation*) from any outlet, → must_not.
- **typ:opinion kalhyggen**, **typ:opinion bekämpningsmedel** (filters): the term in an opinion piece relevant; in news → must_not.
- **tall** (trap): *tall*, *tallen*, *tallar* relevant; *tallplantor(na)*, *talltimmer*, *talltimret*, *tallmarkerna* compounds; *tallrik* (plate), *metall*, *installerat* and the surname *Tallberg* → must_not.
- **larv** (trap): *larver*, *larverna* relevant; *larvgångarna* compound; *larva* (*Sluta larva er*), the adjective *larviga* and *slarv* → must_not.
- **ek** (trap): *ek*, *ekar*, *ekarna* relevant; *ekonomi*, *ekonomisk(a)*, *ekologen*, *ekosystemtjänster*, *ekorrar*, the surnames *Ekholm*, *Ekman*, *Ekström* and the words that end in or contain *-ek(ar)* (*svek*, *storleken*, *förnekar*) → must_not.
- **ris** (trap): *ris*, *riset* (brushwood) relevant; *risk* and its compounds (*risken*, *riskerar*, *brandrisk(en)*, *säkerhetsrisk*, *riskplacering*), *pris* and its compounds (*priset*, *priserna*, *prisade*, *timmerpriset*, *prislistor* …), *kris*, *krisåtgärd*, *krisavgifter*, *Kristina*, *brist* and *frisk* → must_not.
- **topp** (trap): *topp* (*nådde sin topp*), *toppen*, *topparna* relevant; *stoppa* in all its forms → must_not.
- **ås** (trap): *åsen* (a ridge) relevant; *åsikterna*, *åskan*, *åsknedslag*, *Åseda*, *Åsnen(s)*, the surname *Åsberg* → must_not; *Torsås* (a place name that ends in the word) don't care, as *Kristianstad* for `stad`.
- **mil** (trap): *mil* (*15 mil*, *två mil*) relevant; *miljon*, *miljard*, *miljö* and their compounds, *millimeter*, *familj*, *familjeskog* and the name *Emil* → must_not.
- **gren** (trap): *grenar* relevant; *gräns*, *gränsen*, *gränsar*, *reservatsgränsen* (the diacritic pair e/ä) and the surnames *Holmgren*, *Lindgren*, *Lövgren* → must_not.
- **asp** (trap): *aspar* relevant; *aspekter* and the surname *Asplund* → must_not.
- **svamp** (trap): *svamp*, *svampar* relevant; *blånadssvamparna*, *vedsvampar*, *svampexperten* compounds; the adjective *svampigt* (vague) → must_not.
- **löv** (trap): *löv* relevant; *lövträd(en)*, *lövskog*, *lövplantor* compounds; the diacritic pair *lova* (*lovade*, *lovar*, *lovat*), *olovlig* and the surnames *Lövgren*, *Lövstrand*, *Lövdahl* → must_not.
- **mossa** (trap): *mossor*, *mossan* relevant; *vitmossa* compound; *mosse* (a bog, another lemma: *mossen*, *Flybergsmossen*) and the surname *Mossberg* → must_not.
- **lav** (trap): *lavar* relevant; *hänglavar*, *garnlav* compounds; *lavin* (*en lavin av ansökningar*) → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("barkbeetle", "gb", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
