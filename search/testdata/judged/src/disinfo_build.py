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

TODO
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("disinfo", "p", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
