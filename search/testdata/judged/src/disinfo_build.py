#!/usr/bin/env python3
"""Builds corpus_disinfo.json and corpus_disinfo.md from disinfo_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 disinfo_build.py [-v]
"""

import fire_build
from disinfo_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "rykte": dict(
        probe=r"rykt",
        rel=S("rykte ryktet rykten ryktena"),
        comp=S("fluorryktet vattenryktet"),
        no=S("ryktas"),
    ),
    "förfalskning": dict(
        probe=r"förfalsk",
        rel=S("förfalskning förfalskningen"),
        comp=S("urkundsförfalskning"),
        dc=S("förfalskaren"),
        no=S("förfalska förfalskade förfalskat"),
    ),
    "kampanj": dict(
        probe=r"kampanj",
        rel=S("kampanj kampanjen kampanjer kampanjerna"),
        comp=S("påverkanskampanj valkampanjen"),
        no=S("kampanjade"),
    ),
    "påverkan": dict(
        probe=r"påverk",
        rel=S("påverkan"),
        comp=S("påverkanskampanj påverkansoperationer"),
        no=S("påverka påverkats"),
    ),
    "lögn": dict(
        probe=r"lögn",
        rel=S("lögn lögnen lögner lögnerna"),
        no=S("lögnaktiga"),
    ),
    "trakasseri": dict(
        probe=r"trakass",
        rel=S("trakasserier trakasserierna"),
        no=S("trakasserad"),
    ),
    # --- syncope ---
    "seger": dict(probe=r"seg[er]|segr", rel=S("seger"), no=S("segrade")),
    "vinkel": dict(probe=r"vink", rel=S("vinkel vinkeln"), no=S("vinklad")),
    "läger": dict(
        probe=r"^l[äa]ge?r|^lägr|^lagr",
        rel=S("läger lägren lägret"),
        no=S("lagret lägre"),
    ),
    "filter": dict(probe=r"filt", rel=S("filter filtren filtret"), no=S("filtrera")),
    "papper": dict(probe=r"papp", rel=S("papper pappret")),
    "spegel": dict(probe=r"speg", rel=S("spegel spegeln"), no=S("speglar")),
    "teater": dict(probe=r"teat", rel=S("teater teatern"), no=S("teatralisk")),
    # --- umlaut ---
    "bokstav": dict(
        probe=r"bokst",
        rel=S("bokstäver bokstäverna"),
        no=S("bokstavligen"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad städer städerna"),
        no=S("bostad"),
        nei=S("röstade"),
    ),
    "rot": dict(probe=r"^r[oö]t|rötter", rel=S("rötter rötterna"), no=S("rotad")),
    "ledamot": dict(probe=r"ledam", rel=S("ledamöter ledamöternas")),
    "natt": dict(
        probe=r"^n[aä]t|n[aä]tt|nät",
        rel=S("natten nätterna"),
        comp=S("midnatt nattbevakningen valnatt valnatten"),
        no=S("nattlig nätet näthat nätverk nätverket"),
        nei=S("natos"),
    ),
    # --- compounds ---
    "brev": dict(
        probe=r"brev",
        rel=S("brev breven brevet"),
        comp=S("brevhuvud brevhuvudet brevlådan"),
    ),
    "hat": dict(
        probe=r"hat",
        rel=S("hat hatet"),
        comp=S("kvinnohat näthat"),
        no=S("hatade"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=set(),
        comp=S("tjänsteman tjänstemannen tjänstemän tjänstepersoner"),
    ),
    "märke": dict(
        probe=r"märk|mark",
        rel=S("märke märket"),
        comp=S("varumärke"),
        no=S("märker märklig märkt"),
        nei=S("lundmark marklund marknadsföringsbyrå"),
    ),
    "vård": dict(
        probe=r"v[åa]rd",
        rel=S("vården"),
        comp=S("barnavården vårdcentral vårdcentralen"),
        dc=S("sjukvårdsdirektör"),
        no=S("vardag vardagen"),
    ),
    "konto": dict(
        probe=r"konto",
        rel=S("konto kontot konton kontona kontonas"),
        no=S("kontor kontoret"),
    ),
    # --- traps ---
    "bot": dict(
        probe=r"bot",
        rel=S("bot bottar"),
        no=S("botar bott"),
        nei=S("norrbotten norrbottens västerbotten sabotage"),
    ),
    "troll": dict(
        probe=r"troll",
        rel=S("troll trollen"),
        comp=S("trollfabriker"),
        no=S("kontrollera kontrolleras"),
    ),
    "hets": dict(
        probe=r"hets",
        rel=S("hets hetsen"),
        no=S("hetsat hetsig hetsiga"),
        nei=S("myndighetsinformation säkerhetschef säkerhetspolisen säkerhetsrådgivning"),
    ),
    "stat": dict(
        probe=r"stat",
        rel=S("stat staten statens stater"),
        comp=S("statsvetaren"),
        no=S("statliga statligt konstaterar"),
    ),
    "makt": dict(
        probe=r"makt|mäkt",
        rel=S("makt makten"),
        no=S("mäktiga fullmäktige fullmäktigeförsamlingar kommunfullmäktige kommunfullmäktiges regionfullmäktige "
             "regionfullmäktiges"),
    ),
    "gift": dict(
        probe=r"gift",
        rel=S("gift"),
        no=S("förgiftat förgiftats giftiga uppgiften uppgifter uppgifterna"),
    ),
    "parti": dict(
        probe=r"parti",
        rel=S("parti partier partierna partiernas"),
        comp=S("partikansli"),
        no=S("partisk"),
    ),
    "fakta": dict(
        probe=r"fakt",
        rel=S("fakta"),
        comp=S("faktagranskade faktagranskarna faktagranskat faktagranskning faktagranskningar"),
        no=S("faktiskt"),
    ),
    "bild": dict(
        probe=r"bild",
        rel=S("bild bilden bilder bilderna"),
        comp=S("bildsökning hotbild lägesbild profilbilder"),
        no=S("bildar utbilda utbildat utbildning utbildningen"),
    ),
    "ord": dict(
        probe=r"ord",
        rel=S("ord orden ordet"),
        dc=S("ordagrant"),
        no=S("ordförande kretsordföranden ordning samordnad samordnade"),
        nei=S("borde gjorde gjordes köksbordet mordfall nord nordligaste nordnorge nordström"),
    ),
    "röst": dict(
        probe=r"röst",
        rel=S("röst rösterna"),
        comp=S("röstkort röstkorten röstkortet"),
        dc=S("röstning förtidsröstningen"),
        no=S("rösta röstade röstar"),
    ),
    "vaccin": dict(
        probe=r"vaccin",
        rel=S("vaccin vacciner vaccinet"),
        comp=S("barnvaccinet influensavaccinet"),
        dc=S("vaccinationerna vaccineringen"),
        no=S("vaccinera vaccinerade vaccinerat"),
    ),
    # --- words of phrases, booleans and filters ---
    "hot": dict(
        probe=r"hot",
        rel=S("hot hoten"),
        comp=S("hotbild"),
        no=S("hota hotad hotade hotas hotfulla"),
    ),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "förtroendevald": dict(probe=r"förtroendeval", rel=S("förtroendevalda")),
    "främmande": dict(probe=r"främmand", rel=S("främmande")),
    "falsk": dict(probe=r"^falsk", rel=S("falsk falska falskt")),
    "folkgrupp": dict(probe=r"folkgrupp", rel=S("folkgrupp folkgrupper")),
    "förfalskad": dict(probe=r"^förfalska[dt]", rel=S("förfalskade förfalskat")),
    "källkritik": dict(probe=r"källkrit", rel=S("källkritik")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "om": dict(probe=r"^om$", rel=S("om")),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolorna"),
        comp=S("furuhedsskolan skolverket"),
    ),
    "psykologisk": dict(probe=r"^psykologisk", rel=S("psykologiska psykologiskt")),
    "försvar": dict(
        probe=r"försvar",
        rel=S("försvar försvaret försvarets"),
        comp=S("försvarslinjen totalförsvaret"),
        dc=S("försvarare försvararen"),
        no=S("försvara försvaras"),
    ),
    "olaga": dict(probe=r"^olag", rel=S("olaga")),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dricksvatten dricksvattnet flaskvatten flaskvattnet kranvatten kranvattnet vattenryktet vattenverk "
               "vattenverket"),
    ),
    "fri": dict(probe=r"^fri(a|tt)?$", rel=S("fria fritt")),
    "val": dict(
        probe=r"val",
        rel=S("val valen valet"),
        comp=S("riksdagsvalet valansvarig valarbetare valdagen valdagens valdeltagandet valkampanjen vallokal "
               "vallokaler vallokalerna valmyndigheten valnatt valnatten valnämnden valnämndens valnämnder "
               "valnämnderna valprövningsnämnden valresultatet valrörelse valrörelsen valveckan valåret"),
        no=S("valt förtroendevalda"),
        nei=S("kvalitet"),
    ),
    "säpo": dict(probe=r"säpo|säkerhetspolis", rel=S("säpo säpos"), dc=S("säkerhetspolisen")),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens poliser"),
        comp=S("polisanmält polisområdeschef säkerhetspolisen"),
    ),
    "tiktok": dict(probe=r"tiktok", rel=S("tiktok")),
    "telegram": dict(probe=r"telegram", rel=S("telegram")),
    "kiruna": dict(probe=r"kiruna", rel=S("kiruna kirunas")),
    "gällivare": dict(probe=r"gällivare", rel=S("gällivare gällivares")),
    "valmyndigheten": dict(probe=r"valmyndighet", rel=S("valmyndigheten")),
    "valnämnd": dict(probe=r"valnämnd", rel=S("valnämnden valnämndens valnämnder valnämnderna")),
    "yttrandefrihet": dict(probe=r"yttrandefri", rel=S("yttrandefrihet yttrandefriheten")),
    "desinformation": dict(probe=r"desinfo", rel=S("desinformation desinformationen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("ryktet", "inflection", False, ("term", "rykte")),
    ("förfalskningar", "inflection", False, ("term", "förfalskning")),
    ("kampanjen", "inflection", False, ("term", "kampanj")),
    ("påverkan", "inflection", False, ("term", "påverkan")),
    ("lögner", "inflection", False, ("term", "lögn")),
    ("trakasserier", "inflection", False, ("term", "trakasseri")),
    ("desinformationen", "inflection", False, ("term", "desinformation")),
    ("segrar", "syncope", False, ("term", "seger")),
    ("vinklar", "syncope", False, ("term", "vinkel")),
    ("lägret", "syncope", False, ("term", "läger")),
    ("filtret", "syncope", False, ("term", "filter")),
    ("pappret", "syncope", False, ("term", "papper")),
    ("spegeln", "syncope", False, ("term", "spegel")),
    ("teatern", "syncope", False, ("term", "teater")),
    ("bokstäver", "umlaut", False, ("term", "bokstav")),
    ("städerna", "umlaut", False, ("term", "stad")),
    ("rötterna", "umlaut", False, ("term", "rot")),
    ("ledamöternas", "umlaut", False, ("term", "ledamot")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("brev", "compound", True, ("term", "brev")),
    ("kampanj", "compound", True, ("term", "kampanj")),
    ("hat", "compound", True, ("term", "hat")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("märke", "compound", True, ("term", "märke")),
    ("vård", "compound", True, ("term", "vård")),
    ("vatten", "compound", True, ("term", "vatten")),
    ('"hot mot förtroendevalda"', "phrase", False, ("phrase", ["hot", "mot", "förtroendevald"])),
    ('"främmande makt"', "phrase", False, ("phrase", ["främmande", "makt"])),
    ('"falska konton"', "phrase", False, ("phrase", ["falsk", "konto"])),
    ('"hets mot folkgrupp"', "phrase", False, ("phrase", ["hets", "mot", "folkgrupp"])),
    ('"förfalskat brev"', "phrase", False, ("phrase", ["förfalskad", "brev"])),
    ('"källkritik i skolan"', "phrase", False, ("phrase", ["källkritik", "i", "skola"])),
    ('"psykologiskt försvar"', "phrase", False, ("phrase", ["psykologisk", "försvar"])),
    ('"olaga hot"', "phrase", False, ("phrase", ["olaga", "hot"])),
    ('"rykten om vaccin"', "phrase", False, ("phrase", ["rykte", "om", "vaccin"])),
    ('"gift i vattnet"', "phrase", False, ("phrase", ["gift", "i", "vatten"])),
    ('"fria val"', "phrase", False, ("phrase", ["fri", "val"])),
    ("Säpo polisen", "boolean", False, ("and", ["säpo", "polis"])),
    ("TikTok OR Telegram", "boolean", False, ("or", ["tiktok", "telegram"])),
    ("rykte -vaccin", "boolean", False, ("not", "rykte", "vaccin")),
    ("Kiruna Gällivare", "boolean", False, ("and", ["kiruna", "gällivare"])),
    ("Valmyndigheten OR valnämnden", "boolean", False, ("or", ["valmyndigheten", "valnämnd"])),
    ("hot -Säpo", "boolean", False, ("not", "hot", "säpo")),
    ("kampanj -TikTok", "boolean", False, ("not", "kampanj", "tiktok")),
    ("källa:Polstjärnan hot", "filter", False, ("filter", "Polstjärnan", "hot")),
    ("källa:Tornedalsposten rykte", "filter", False, ("filter", "Tornedalsposten", "rykte")),
    ("källa:Pressfokus desinformation", "filter", False, ("filter", "Pressfokus", "desinformation")),
    ("källa:Rikspressen yttrandefrihet", "filter", False, ("filter", "Rikspressen", "yttrandefrihet")),
    ("källa:Lulebladet kampanj", "filter", False, ("filter", "Lulebladet", "kampanj")),
    ("typ:opinion källkritik", "filter", False, ("filter", "opinion", "källkritik")),
    ("typ:opinion yttrandefrihet", "filter", False, ("filter", "opinion", "yttrandefrihet")),
    ("bot", "trap", False, ("term", "bot")),
    ("troll", "trap", False, ("term", "troll")),
    ("hets", "trap", False, ("term", "hets")),
    ("stat", "trap", False, ("term", "stat")),
    ("makt", "trap", False, ("term", "makt")),
    ("gift", "trap", False, ("term", "gift")),
    ("parti", "trap", False, ("term", "parti")),
    ("fakta", "trap", False, ("term", "fakta")),
    ("bild", "trap", False, ("term", "bild")),
    ("ord", "trap", False, ("term", "ord")),
    ("röst", "trap", False, ("term", "röst")),
    ("konto", "trap", False, ("term", "konto")),
    ("vaccin", "trap", False, ("term", "vaccin")),
    ("hat", "trap", False, ("term", "hat")),
]

HEADER = """# corpus_disinfo.json – judging notes

Invented crisis: in the months around the general election of Sunday 13 September 2026 a foreign influence and disinformation campaign targets Region Norrbotten and its municipalities. A network of some 400 fake accounts (profile pictures made with AI, some run by bots) and a Telegram channel calling itself Norrbottens röst spread rumours about a vaccine given to children by the child health care in Kalix, about poison (gift) in the drinking water of Kalix and Boden, and about the closing of the maternity ward in Gällivare; a forged letter from the regional board, printed in Finland on the region's paper with its logo, reaches some 2,000 households; false text messages about moved polling stations reach voters in Kiruna and Gällivare on election day. A man from Boden threatens the municipal commissioner of Gällivare and is tried in Luleå tingsrätt for olaga hot and hets mot folkgrupp, convicted and appeals; an official in Boden and local journalists are threatened; councillors leave their seats. Meta, TikTok and Telegram take accounts, videos and a channel down; the Psychological Defence Agency (Myndigheten för psykologiskt försvar) publishes its assessment and traces the network to a marketing agency in Saint Petersburg; Säpo, the police, Valmyndigheten, the county board, the municipal election boards and Valprövningsnämnden act; the government orders an inquiry; schools and libraries teach källkritik; and a debate runs on free speech, media literacy and the state's role (a "ministry of truth"), to January 2027. Places and public bodies are real (Luleå, Boden, Piteå, Kalix, Haparanda, Kiruna, Gällivare, Malmberget, Pajala, Övertorneå, Torneå, Uleåborg; Region Norrbotten, Myndigheten för psykologiskt försvar, Valmyndigheten, Länsstyrelsen, Polisen, Säpo, Luleå tingsrätt, Hovrätten för Övre Norrland, Valprövningsnämnden, Skolverket, Mediestödsnämnden, Luleå tekniska universitet; the platforms Meta, Facebook, Instagram, TikTok, Telegram and X, whose actions are invented), the channel, the agency, every person and all six outlets are invented: Lulebladet and Tornedalsposten (local dailies), Radio Polstjärnan (local radio, with quotes), Nyhetsbyrån Vega (wire service, also carrying press releases), Rikspressen (national daily) and Pressfokus (media trade paper). 117 articles (100 news, 17 opinion: leaders, debate articles, a reply, columns, letters), published 2 June 2026 to 22 January 2027, +02:00 until 25 October and +01:00 after. The ids p001–p117 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* and *mannen* are only the noun, a man or a husband), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *gift* meaning married (every *gift* is poison), *bot* meaning penance and the noun *botten* (every *bot*, *bottar* is an automated account), the present *speglar* as a plural noun (*speglar* is only the verb), *rätt* as a concept (the adjective and the noun cannot be told apart), and *hot* as an imperative.

How the lists were made: src/disinfo_articles.py holds the texts and src/disinfo_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: vård/vard, läger/lager, natt/nät, stad/städ, makt/mäkt, rot/röt) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *ord*, *bot*, *hets*, *gift*, *hat*, *val*, *stat* and *bild* are unanchored, so they also list *nord*, *Norrbotten*, *säkerhetspolisen*, *uppgifter*, *kvalitet*, *konstaterar* and *utbildning*; *läger* is probed from the start of the word (*^läger*, *^lager*, *^lägr*) because *-lager*, *-lagen* inside words are unrelated. Tokens are runs of letters, so a hyphenated word is split. `python3 disinfo_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *påverkanskampanj*, *urkundsförfalskning*; -e- *tjänstemän*, *tjänstepersoner*; -u- *varumärke*; -o- *kvinnohat*; -a- *barnavården*; none *näthat*, *valkampanjen*, *brevhuvudet*, *brevlådan*, *vårdcentralen*, *dricksvattnet*, *vattenverket*, *flaskvatten*, *fluorryktet*. A word inside a longer compound is don't care: *sjukvårdsdirektör* for `vård`. *Säkerhetspolisen* is a compound of *polis* and don't care for `Säpo` (another word for the same body, not a form of it).
- **konto** (trap): *kontor*, *kontoret* (an office) → must_not; *kontonas* is the genitive plural → relevant.
- **bot** (trap): *botar* (bota, to cure: *ett te botar trötthet*) and *bott* (bo, to live) → must_not; *Norrbotten*, *Västerbotten*, *sabotage* are neither.
- **troll** (trap): *kontrollera*, *kontrolleras* → must_not (a word that only contains the letters); *trollfabriker* compound.
- **hets** (trap): the verb *hetsat* and the adjective *hetsig*, *hetsiga* → must_not; *säkerhetspolisen*, *säkerhetschef*, *myndighetsinformation* (-het plus a linking s) are neither.
- **stat** (trap): the adjective *statliga*, *statligt* (-lig from the noun) and *konstaterar* → must_not; *statsvetaren* compound → don't care.
- **makt** (trap): *mäktiga* (the adjective, umlaut) and *fullmäktige* with its compounds (*kommunfullmäktige*, *regionfullmäktiges*, *fullmäktigeförsamlingar*: the assembly, not power) → must_not.
- **gift** (trap): the adjective *giftiga*, the verb *förgiftat*, *förgiftats* and *uppgift* (*uppgiften*, *uppgifter*, *uppgifterna*: a compound that only looks like it) → must_not.
- **parti** (trap): *partisk* (-isk from the noun, another lemma) → must_not; *partiernas* relevant; *partikansli* compound.
- **fakta** (trap): *faktiskt* → must_not; *faktagranskning* and its forms are compounds → don't care.
- **bild** (trap): the verb *bildar*, and *utbilda*, *utbildat*, *utbildning*, *utbildningen* → must_not; *lägesbild*, *hotbild*, *profilbilder*, *bildsökning* compounds. *rätt bild av* is figurative and relevant.
- **ord** (trap): *ordförande*, *kretsordföranden*, *ordning*, *samordnad*, *samordnade* → must_not; *ordagrant* → don't care; *nord*, *borde*, *gjorde*, *köksbordet*, *mordfall*, *Nordström* are neither. *det fria ordet* and *ordet förrädare* are the noun.
- **röst** (trap): the verb *rösta*, *röstade*, *röstar* → must_not; *röstning*, *förtidsröstningen* (made from the verb, about voting) → don't care; *röstkort* compound. The channel's name *Norrbottens röst* and *en röst för Norrbotten* are the noun → relevant.
- **vaccin** (trap): *vaccinera*, *vaccinerade*, *vaccinerat* → must_not; *vaccinationerna*, *vaccineringen* → don't care; *barnvaccinet*, *influensavaccinet* compounds.
- **hat** (trap and compound): *hatade* → must_not; *näthat*, *kvinnohat* compounds.
- **ryktet**: *ryktas* → must_not (in articles that also have the noun). **förfalskningar**: the verb and participle *förfalska*, *förfalskade*, *förfalskat* → must_not; *förfalskaren* → don't care; *urkundsförfalskning* compound. **kampanjen**: *kampanjade* → must_not. **påverkan**: *påverka*, *påverkats* → must_not. **lögner**: *lögnaktiga* → must_not. **trakasserier**: *trakasserad* → must_not.
- **segrar** (`seger`): *segrade* → must_not. **vinklar**: *vinklad* → must_not. **lägret** (`läger`): *lagret* (a stock) and *lägre* (lower) → must_not. **filtret**: *filtrera* → must_not; a water works' *filtren* are the same noun. **spegeln**: the verb *speglar* → must_not. **teatern**: *teatralisk* → must_not.
- **bokstäver**: *bokstavligen* → must_not. **städerna**: *bostad* → must_not; *Haparanda stad*, *Torneå stad* are the noun; *röstade* is neither. **rötterna**: *rotad* → must_not. **nätterna** (`natt`): *nätet*, *näthat*, *nätverk*, *nätverket* (diacritic) and *nattlig* → must_not; *midnatt*, *valnatten*, *nattbevakningen* compounds.
- **märke**: *märker*, *märkt* (märka) and *märklig* → must_not; *Lundmark*, *Marklund*, *marknadsföringsbyrå* are neither.
- **vård**: *vardag*, *vardagen* (diacritic) → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *hot mot våra familjer* with *skydd för förtroendevalda* → must_not for "hot mot förtroendevalda". *falska påståenden … automatiserade konton*, *Falskt larm … ett konto* and *ett konto är falskt* → must_not for "falska konton". *hets mot vår folkgrupp* (a word between) → must_not for "hets mot folkgrupp". *brevet var förfalskat* → must_not for "förfalskat brev"; *det förfalskade brevet* relevant. *I skolorna … kurser i källkritik* → must_not for "källkritik i skolan". *rykten om vården, vattnet och valet … om vaccin* → must_not for "rykten om vaccin". *valet fritt* and *dess fria ord … valet* → must_not for "fria val". *Myndigheten för psykologiskt försvar* and *det psykologiska försvaret* are relevant for "psykologiskt försvar".
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*Säkerhetspolisen* for Säpo) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*barnvaccinet*), don't care. *Kirunas*, *Gällivares* are genitives of the places and count.
- **Filters**: `källa:` matches one word of the outlet's name (*Polstjärnan*, *Tornedalsposten*, *Pressfokus*, *Rikspressen*, *Lulebladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("disinfo", "p", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
