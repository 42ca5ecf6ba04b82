#!/usr/bin/env python3
"""Builds corpus_wolf.json and corpus_wolf.md from wolf_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 wolf_build.py [-v]
"""

import fire_build
from wolf_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "varg": dict(
        probe=r"varg",
        rel=S("varg vargen vargens vargar vargarna"),
        comp=S("gränsvarg hanvarg hanvargen ungvarg vargangrepp vargangreppet vargdebatten vargflock vargflocken "
               "vargfrågan varghane vargjakten vargmålet vargobservationer vargpar vargrevir vargspår vargstam "
               "vargstammen vargstigen vargtjänstemännen vargturer vargtätheten"),
    ),
    "får": dict(
        probe=r"får",
        rel=S("fåren"),
        comp=S("fåravel fåravelsförbundet fårbesättning fårbesättningar fårbonde fårbonden fårbönder fårbönderna "
               "fårnät fårull fårägare"),
        no=S("får"),
    ),
    "angrepp": dict(
        probe=r"angr[ei]p",
        rel=S("angrepp angreppen angreppet"),
        comp=S("getangreppet rovdjursangrepp vargangrepp vargangreppet"),
        no=S("angrep angreps angripen angriper angripit"),
    ),
    "skyddsjakt": dict(
        probe=r"skyddsjakt",
        rel=S("skyddsjakt skyddsjakten skyddsjakter"),
        comp=S("skyddsjaktsbeslut"),
    ),
    "beslut": dict(
        probe=r"beslut",
        rel=S("beslut besluten beslutet"),
        comp=S("jaktbeslutet skyddsjaktsbeslut"),
        no=S("besluta beslutar beslutas beslutat"),
    ),
    "ersättning": dict(
        probe=r"ers[äa]tt",
        rel=S("ersättning ersättningen"),
        comp=S("ersättningsnivåerna"),
        no=S("ersätter"),
    ),
    "tacka": dict(
        probe=r"tack",
        rel=S("tacka tackor tackorna"),
        no=S("stackars tack tackat"),
    ),
    "överklagande": dict(
        probe=r"överklag",
        rel=S("överklagandena överklagandet"),
        no=S("överklaga överklagad överklagade överklagar överklagas överklagat"),
    ),
    "jägare": dict(
        probe=r"jägar",
        rel=S("jägare jägarens jägarna jägarnas"),
        comp=S("jägareförbundet jägarleden jägarorganisationerna skyddsjägare tjuvjägare"),
    ),
    # --- syncope ---
    "stängsel": dict(
        probe=r"stäng",
        rel=S("stängsel stängslen stängslens stängslet stängslets"),
        comp=S("nätstängsel rovdjursstängsel stängselbidrag"),
        no=S("stänger stängt"),
    ),
    "vapen": dict(
        probe=r"vap[en]",
        rel=S("vapen vapnen vapnet"),
        comp=S("kulvapen vapenlicens"),
    ),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykel cykeln cyklarna"),
        comp=S("cykelstället"),
        no=S("cykla cyklade"),
    ),
    "medel": dict(
        probe=r"medl|medel",
        rel=S("medel medlen"),
        no=S("familjemedlem medla medlemmar"),
        nei=S("omedelbart"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("tecknade undertecknade"),
    ),
    "socken": dict(probe=r"sock", rel=S("socken socknen")),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna böndernas"),
        comp=S("fårbonde fårbonden fårbönder fårbönderna"),
        no=S("bön"),
    ),
    "fot": dict(
        probe=r"^fot|föt|fots$",
        rel=S("fot fots fötterna"),
        no=S("fota foto fotograf fötts"),
    ),
    "mor": dict(
        probe=r"^mor|möd|mor$",
        rel=S("mor mödrar"),
        comp=S("morfar"),
        no=S("möda"),
        nei=S("morgnarna morgon morse"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter ledamöterna"),
        comp=S("riksdagsledamot"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattetid nattfålla nattfållan nattfållor"),
        no=S("elnät fårnät nattliga nät nätet nätstängsel nätt"),
    ),
    "dotter": dict(
        probe=r"dott|dött|döttr",
        rel=S("dotter dottern döttrar"),
        no=S("dött"),
    ),
    # --- compounds ---
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans"),
        comp=S("rösbergsskolan skolbarnen skolbuss skolbussen skolgården skolskjuts skolskjutsen skolstarten skolväg "
               "skolvägarna skolvägen"),
    ),
    "jakt": dict(
        probe=r"jakt",
        rel=S("jakt jakten jakterna"),
        comp=S("jaktbeslutet jaktbrott jaktdygnen jaktdygnet jaktfrågor jakthund jakthundar jakthunden jaktjuristen "
               "jaktkort jaktlag jaktlagen jaktlaget jaktledare jaktledaren jaktområdet licensjakt licensjakten "
               "skyddsjakt skyddsjakten skyddsjakter skyddsjaktsbeslut tjuvjakt vargjakten älgjakten"),
        no=S("jaktar"),
    ),
    "hot": dict(
        probe=r"hot",
        rel=S("hot hoten hotet"),
        comp=S("dödshot hotbrev"),
        dc=S("hotfulla"),
        no=S("hota hotades hotar hotellet"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=set(),
        comp=S("björntjänst gudstjänsten tjänsteman tjänstemän tjänstemännen webbtjänsten"),
        dc=S("vargtjänstemännen"),
        no=S("tjänar"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gatan"),
        comp=S("bygatan gatubelysning gatubelysningen"),
        no=S("gåta gått"),
        nei=S("delegationen frågat fångat jagat legat pågått rågat utvidgat viltförvaltningsdelegationen "
              "viltförvaltningsdelegationer överklagat"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogården kyrkogårdens kyrkoherden"),
    ),
    "hund": dict(
        probe=r"hund",
        rel=S("hund hundar hundarna hundars hunden"),
        comp=S("hundföraren hundspår jakthund jakthundar jakthunden jämthund jämthunden pyrenéerhund vakthunden"),
        no=S("hundra hundraprocentig hundratals"),
    ),
    "revir": dict(
        probe=r"revi",
        rel=S("revir reviren reviret revirets"),
        comp=S("bograngsreviret familjerevir gränsrevir gräsmarksreviret revirhävdande revirmarkerande vargrevir"),
        no=S("reviderats"),
    ),
    # --- traps ---
    "tik": dict(
        probe=r"tik",
        rel=S("tik tiken"),
        no=S("butik debattartiklar genetik gårdsbutiken kritik politik politiken politikerna praktiken "
             "rovdjurspolitik rovdjurspolitiken statistik"),
    ),
    "valp": dict(
        probe=r"valp",
        rel=S("valpar valparna"),
        no=S("valplakaten valprogram"),
    ),
    "skott": dict(
        probe=r"skott",
        rel=S("skott skotten skottet"),
        no=S("skotta skottat skottland"),
    ),
    "kula": dict(
        probe=r"kul",
        rel=S("kula kulan"),
        comp=S("gevärskula kulgevär kulvapen"),
        no=S("kul spekulationer"),
        nei=S("kulturlandskapet skull skulle"),
    ),
    "hage": dict(
        probe=r"hag",
        rel=S("hage hagen hagarna"),
        no=S("hagel hagelgevär hagfors"),
        nei=S("obehag"),
    ),
    "fålla": dict(
        probe=r"f[aåä]ll",
        rel=S("fålla fållan fållor"),
        comp=S("nattfålla nattfållan nattfållor"),
        no=S("fall fallet fällande fällas fälld fälldes fäller fälls fällts kamerafällor produktionsbortfall "
             "tillfällen tillfällig tillfälligt undantagsfall"),
    ),
    "ull": dict(
        probe=r"ull",
        rel=S("ull ullen"),
        comp=S("fårull"),
        no=S("fullt hotfulla hull kommunfullmäktige skull skulle ulla värdefull värdefulla"),
        nei=S("jullovet"),
    ),
    "get": dict(
        probe=r"get",
        rel=S("get geten getter getterna"),
        comp=S("getangreppet mjölkgetter"),
        no=S("anslaget bidraget budget eget gett inget jaktlaget laget närgånget skräckslaget torget vegetationen "
             "viltskadeanslaget"),
    ),
    "råd": dict(
        probe=r"råd",
        rel=S("råd rådet"),
        comp=S("kommunalråd kommunalrådet rådgivande"),
        no=S("eltrådar jaktområdet område områden området rådde rådjur rådjuren skogsområde tråd trådar"),
    ),
    "dom": dict(
        probe=r"d[oö]m",
        rel=S("dom domen"),
        comp=S("domstol domstolarna domstolen domstolens"),
        no=S("barndom barndomen bedömer bedömning dominerade fördömt sjukdom ungdomar ungdomarna"),
    ),
    "län": dict(
        probe=r"l[äå]n",
        rel=S("län länet"),
        comp=S("länsstyrelse länsstyrelsen länsstyrelsens länsstyrelserna länsstyrelsernas"),
        no=S("avlång förlängs förlängt länge längre längs längst låna lånar lånas lånat lång långt"),
        nei=S("värmländska"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stig stigar stigen"),
        comp=S("skogsstig vargstigen"),
        no=S("stiger stigit"),
        nei=S("konstigt"),
    ),
    "fara": dict(
        probe=r"^far|fara|faro|faror",
        rel=S("fara"),
        no=S("farfar farlig farliga farligare farligt fortfarande"),
    ),
    # --- words of phrases, booleans and filters ---
    "stor": dict(probe=r"^stor(a|t)?$|^störr|^störst", rel=S("stor stora stort större störst största")),
    "rovdjur": dict(
        probe=r"rovdjur",
        rel=S("rovdjur rovdjuren"),
        comp=S("rovdjursangrepp rovdjursavvisande rovdjursfrågan rovdjursfrågor rovdjursföreningarna "
               "rovdjursföreningen rovdjursföreningens rovdjurshandläggare rovdjurshandläggaren rovdjursjour "
               "rovdjurspolitik rovdjurspolitiken rovdjursstängsel"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "bland": dict(probe=r"^bland$", rel=S("bland")),
    "tjänsteman": dict(
        probe=r"tjänstem",
        rel=S("tjänsteman tjänstemän tjänstemännen"),
        comp=S("vargtjänstemännen"),
    ),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("väg vägar vägarna vägen"),
        comp=S("genväg skogsbilväg skogsväg skolväg skolvägarna skolvägen"),
        no=S("vägrar vågar överväger"),
    ),
    "förvaltningsrätt": dict(probe=r"förvaltningsrätt", rel=S("förvaltningsrätten förvaltningsrättens")),
    "karlstad": dict(probe=r"karlstad", rel=S("karlstad karlstads")),
    "naturvårdsverket": dict(probe=r"naturvårdsverk", rel=S("naturvårdsverket naturvårdsverkets")),
    "siffra": dict(probe=r"siffr", rel=S("siffra siffror siffrorna")),
    "rovdjursavvisande": dict(probe=r"rovdjursavvisand", rel=S("rovdjursavvisande")),
    "oro": dict(
        probe=r"^oro",
        rel=S("oro oron"),
        nei=S("oroade oroar orolig oroliga"),
    ),
    "förälder": dict(
        probe=r"föräld",
        rel=S("förälder föräldrar föräldrarna föräldrarnas"),
        comp=S("föräldradjuren föräldragruppen föräldraparet"),
    ),
    "gräsmark": dict(probe=r"gräsmark", rel=S("gräsmark gräsmarks"), comp=S("gräsmarksreviret")),
    "lysvik": dict(probe=r"lysvik", rel=S("lysvik")),
    "naturskyddsföreningen": dict(
        probe=r"naturskyddsfören",
        rel=S("naturskyddsföreningen naturskyddsföreningens"),
    ),
    "rovdjursföreningen": dict(
        probe=r"rovdjursfören",
        rel=S("rovdjursföreningen rovdjursföreningens"),
        dc=S("rovdjursföreningarna"),
    ),
    "torsby": dict(probe=r"torsby", rel=S("torsby torsbys")),
    "sunne": dict(probe=r"sunne", rel=S("sunne"), no=S("sunnemo")),
    "lrf": dict(probe=r"^lrf", rel=S("lrf")),
    "jägareförbundet": dict(probe=r"jägareförbund", rel=S("jägareförbundet")),
    "besiktning": dict(
        probe=r"besikt",
        rel=S("besiktning besiktningar besiktningen"),
        comp=S("besiktningsman"),
    ),
    "polis": dict(
        probe=r"polis",
        rel=S("polisen polisens"),
        comp=S("kommunpolisen polisanmäla polisanmält polisregion"),
    ),
    "vargstam": dict(probe=r"vargstam", rel=S("vargstam vargstammen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("vargarna", "inflection", False, ("term", "varg")),
    ("fåren", "inflection", False, ("term", "får")),
    ("angreppet", "inflection", False, ("term", "angrepp")),
    ("skyddsjakten", "inflection", False, ("term", "skyddsjakt")),
    ("besluten", "inflection", False, ("term", "beslut")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("tackorna", "inflection", False, ("term", "tacka")),
    ("överklagandet", "inflection", False, ("term", "överklagande")),
    ("jägarna", "inflection", False, ("term", "jägare")),
    ("stängslen", "syncope", False, ("term", "stängsel")),
    ("vapnen", "syncope", False, ("term", "vapen")),
    ("cyklarna", "syncope", False, ("term", "cykel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("socknen", "syncope", False, ("term", "socken")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("mödrarna", "umlaut", False, ("term", "mor")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("varg", "compound", True, ("term", "varg")),
    ("skola", "compound", True, ("term", "skola")),
    ("jakt", "compound", True, ("term", "jakt")),
    ("hot", "compound", True, ("term", "hot")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("hund", "compound", True, ("term", "hund")),
    ("revir", "compound", True, ("term", "revir")),
    ('"stora rovdjur"', "phrase", False, ("phrase", ["stor", "rovdjur"])),
    ('"skyddsjakt på varg"', "phrase", False, ("phrase", ["skyddsjakt", "på", "varg"])),
    ('"hot mot tjänstemän"', "phrase", False, ("phrase", ["hot", "mot", "tjänsteman"])),
    ('"vägen till skolan"', "phrase", False, ("phrase", ["väg", "till", "skola"])),
    ('"förvaltningsrätten i Karlstad"', "phrase", False, ("phrase", ["förvaltningsrätt", "i", "karlstad"])),
    ('"Naturvårdsverkets siffror"', "phrase", False, ("phrase", ["naturvårdsverket", "siffra"])),
    ('"rovdjursavvisande stängsel"', "phrase", False, ("phrase", ["rovdjursavvisande", "stängsel"])),
    ('"oro bland föräldrar"', "phrase", False, ("phrase", ["oro", "bland", "förälder"])),
    ("Gräsmark Lysvik", "boolean", False, ("and", ["gräsmark", "lysvik"])),
    ("Naturskyddsföreningen OR Rovdjursföreningen", "boolean", False,
     ("or", ["naturskyddsföreningen", "rovdjursföreningen"])),
    ("skyddsjakt -förvaltningsrätten", "boolean", False, ("not", "skyddsjakt", "förvaltningsrätt")),
    ("Torsby OR Sunne", "boolean", False, ("or", ["torsby", "sunne"])),
    ("ersättning besiktning", "boolean", False, ("and", ["ersättning", "besiktning"])),
    ("LRF -Jägareförbundet", "boolean", False, ("not", "lrf", "jägareförbundet")),
    ("hot polisen", "boolean", False, ("and", ["hot", "polis"])),
    ("källa:Fryksdalsbladet skolan", "filter", False, ("filter", "Fryksdalsbladet", "skola")),
    ("källa:Ämten vargen", "filter", False, ("filter", "Ämten", "varg")),
    ("källa:Vindel skyddsjakten", "filter", False, ("filter", "Vindel", "skyddsjakt")),
    ("källa:Aftonekot hotet", "filter", False, ("filter", "Aftonekot", "hot")),
    ("källa:Viltposten stängslen", "filter", False, ("filter", "Viltposten", "stängsel")),
    ("typ:opinion vargstammen", "filter", False, ("filter", "opinion", "vargstam")),
    ("typ:opinion bönderna", "filter", False, ("filter", "opinion", "bonde")),
    ("tik", "trap", False, ("term", "tik")),
    ("valp", "trap", False, ("term", "valp")),
    ("skott", "trap", False, ("term", "skott")),
    ("kula", "trap", False, ("term", "kula")),
    ("hage", "trap", False, ("term", "hage")),
    ("fålla", "trap", False, ("term", "fålla")),
    ("ull", "trap", False, ("term", "ull")),
    ("get", "trap", False, ("term", "get")),
    ("råd", "trap", False, ("term", "råd")),
    ("dom", "trap", False, ("term", "dom")),
    ("län", "trap", False, ("term", "län")),
    ("stig", "trap", False, ("term", "stig")),
    ("fara", "trap", False, ("term", "fara")),
]

HEADER = """# corpus_wolf.json – judging notes

Invented crisis: from June 2026 wolves attack sheep and goat farms in Fryksdalen and on Finnskogen in Värmland (Gräsmark, Lysvik and Rottneros in Sunne kommun; Lekvattnet and Östmark in Torsby kommun). The county board's inspector confirms each attack; DNA shows a young male from the Gräsmark territory behind most of them (the goats in Lekvattnet were taken by a border wolf from Norway), and he jumps a new predator-proof fence. On 18 August, the day after school starts, a parent films a wolf behind the (invented) Rösbergsskolan in Gräsmark; parents form the group Trygg skolväg i Gräsmark and ask for school transport, street lighting on the village street and a cleared forest path, and Sunne kommun grants all three by December. Länsstyrelsen i Värmlands län first refuses LRF's application for protective hunting (6 August), then decides on protective hunting of the young male (24 August); Svenska Rovdjursföreningen and Naturskyddsföreningen appeal, Förvaltningsrätten i Karlstad stops the hunt (inhibition) and then upholds the decision (10 September), Kammarrätten i Göteborg refuses leave to appeal, and the wolf is shot at Lysvik on 3 October (SVA's post-mortem confirms it). After a pack kills twenty sheep in a night enclosure in Östmark (1 November) a second decision allows two young wolves to be shot; the court refuses to stop it and upholds it, and one young female is shot. Around this: Naturvårdsverket's population figures (355 wolves) and the hunters' doubts, the election campaign, threats against the county board's officials (letters with a rifle bullet, slashed tyres, the Torsby office closed, a 58-year-old charged in February 2027), compensation and its delays, the fencing money running out and topped up, a hunting dog killed, a wolf shot illegally near Ambjörby, a church evening for the split village, the licence hunt of eleven wolves in January 2027 (appealed, not stopped) and the winter count. Places and public bodies are real (Fryksdalen, Fryken, Rottnen, Gräsmark, Lysvik, Rottneros, Sunne, Lekvattnet, Östmark, Torsby, Höljes, Ambjörby, Klarälvdalen, Finnskogen, Hagfors, Sunnemo, Ekshärad, Karlstad; Länsstyrelsen i Värmlands län, Naturvårdsverket, Förvaltningsrätten i Karlstad, Kammarrätten i Göteborg, polisregion Bergslagen, SVA, SLU with Viltskadecenter and Grimsö, Jordbruksverket, Statsforvaltaren i Innlandet; organisations LRF, Svenska Jägareförbundet, Jägarnas Riksförbund, Svenska Rovdjursföreningen, Naturskyddsföreningen, WWF, Svenska Fåravelsförbundet); all their actions, the school Rösbergsskolan and the hamlet Västra Rösberg, the territory names Gräsmarksreviret and Bograngsreviret, every person, every figure and all six outlets are invented: Fryksdalsbladet (local daily, Sunne and Torsby), Radio Ämten (local radio, with quotes), Nyhetsbyrån Vindel (wire service, also carrying press releases), Aftonekot (tabloid), Rikskuriren (national daily) and Viltposten (hunting and farming trade paper). 124 articles (106 news, 18 opinion: leaders, debate articles, columns, letters), published 28 May 2026 to 15 February 2027, +02:00 until 25 October and +01:00 after. The ids K001–K124 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (and the noun, to be safe), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the noun *får* in its indefinite form (*ett får*, *tolv får*; the animals are *tackor*, *lamm*, *djur*, *fåren*, so every token *får* is the verb få), the verb *tacka* in the infinitive (the one *tacka* is the ewe), the plural *cyklar* (noun or verb), the noun *modern* (mother), the verb *fara* and the word *far*, the name *Stig*, the pronoun *dom*, *domarna* (the verdicts or the judges), *stigen* as the participle of stiga, *kullen* (litter or hill) and *bett* (bite or the supine of be).

How the lists were made: src/wolf_articles.py holds the texts and src/wolf_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept lists every corpus token that contains the stem, with diacritic variants where they exist (gata/gåta/gått, fålla/fall/fälla, dom/döm, län/lån, stängsel, angrepp/angrip, vapen/vapn, bonde/bönder/bön, fot/föt, natt/nätt/nät, dotter/dött); *mor* is probed as *mor-* from the start, *-mor* at the end and *möd-*, *fara* as *far-* from the start and *fara*/*faro*/*faror* anywhere, *stor* only as its own forms (*stor*, *stora*, *stort*, *större*, *störst*, *största*). Each probed token was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *SLU:s*, *DNA-prover*, *F–3* are split. `python3 wolf_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Inflection**: *vargarna* – every form of *varg* is relevant; compounds (*vargangrepp*, *vargstammen*, *hanvargen*, *gränsvarg*, *vargstigen* …) only make an article don't care. *fåren* – only *fåren* is the noun in the texts; every *får* is the verb få → must_not; *fårbonde*, *fårull*, *fårnät*, *Fåravelsförbundet* … are compounds. *angreppet* – the verb angripa (*angrep*, *angreps*, *angriper*, *angripit*, *angripen*) → must_not; the figurative *ett angrepp på själva demokratin* is still the noun and relevant. *besluten* – the verb besluta (*besluta*, *beslutar*, *beslutas*, *beslutat*) → must_not; *jaktbeslutet*, *skyddsjaktsbeslut* compounds. *ersättningen* – *ersätter* → must_not; *ersättningsnivåerna* compound. *tackorna* – *tack* (thanks), *tackat* (tacka, another lemma) and *stackars* → must_not. *överklagandet* – the noun forms *överklagandet*, *överklagandena*; the verb (*överklaga*, *överklagar*, *överklagas*, *överklagat*, *överklagade*, *överklagad*) → must_not. *skyddsjakten*, *jägarna* – no lookalike; *Jägarnas Riksförbund* has the word and is relevant; *Jägareförbundet*, *skyddsjägare*, *tjuvjägare* compounds.
- **Syncope**: *stängslen* – *stängsel*, *stängslet*, *stängslen*, *stängslens*, *stängslets*; the verb stänga (*stänger*, *stängt*) → must_not; *rovdjursstängsel*, *nätstängsel*, *stängselbidrag* compounds. *cyklarna* – *cykel*, *cykeln*, *cyklarna*; the verb (*cykla*, *cyklade*) → must_not; *cykelstället* compound. *medlen* – *medel*, *medlen* (funds); *medlemmar*, *familjemedlem* and the verb *medla* → must_not; *omedelbart* is neither. *tecknen* – *tecken*; the verb teckna (*tecknade* an agreement, *undertecknade* letters) → must_not. *vapnen* (*vapen*, *vapnet*, *vapnen*; *kulvapen*, *vapenlicens* compounds) and *socknen* (*socken*, *socknen*) have no lookalike.
- **Umlaut**: *bönderna* – *bonde*, *bönder*, *bönderna*, *böndernas*; *bön* (prayer) → must_not; *fårbonde(n)*, *fårbönder(na)* compounds. *fötter* – *fot*, *till fots*, *fötterna*; *fota*, *foto*, *fotograf* and *fötts* (födas) → must_not. *mödrarna* – *mor*, *mödrar*; *möda* → must_not; *morfar* compound; *morgon*, *morse*, *morgnarna* are neither. *nätterna* – *natt*, *natten*, *nätter*, *nätterna*; *nät*, *nätet* (the internet), *elnät*, *fårnät*, *nätstängsel*, *nätt* (*nätt och jämnt*) and the adjective *nattliga* → must_not; *nattetid*, *midnatt*, *nattfålla(n)*, *nattfållor* compounds. *döttrarna* – *dotter*, *dottern*, *döttrar*; *dött* (dö) → must_not. *ledamöterna* – *ledamoten*, *ledamöter*, *ledamöterna*; *riksdagsledamot* compound.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *gudstjänsten*, *webbtjänsten*, *Gräsmarksreviret*, *Bograngsreviret*, *dödshot*; -e- *tjänsteman*, *tjänstemän(nen)*; -u- *gatubelysning(en)*; -o- *kyrkogården*, *kyrkogårdens*, *kyrkoherden*; stem change *skolan* → *skolgården*, *skolvägen*, *skolbussen*, *skolskjuts*, *Rösbergsskolan*; none *vargangrepp*, *ungvarg*, *licensjakt*, *älgjakten*, *tjuvjakt*, *jaktlaget*, *jakthund*, *jämthund*, *pyrenéerhund*, *hotbrev*, *björntjänst*, *bygatan*, *vargrevir*, *familjerevir*. A word inside a longer compound is don't care: *vargtjänstemännen* for `tjänst`; *hotfulla* (a derivation) for `hot`.
- **jakt**: the verb *jaktar* (jakta) → must_not. **hot**: the verb (*hota*, *hotar*, *hotades*) and *hotellet* → must_not. **tjänst**: *tjänar* (tjäna) → must_not. **gata**: the diacritic lookalikes *gåta* and *gått* → must_not; supines that end in *-gat* (*frågat*, *jagat*, *legat*, *överklagat* …) and *delegationen* are neither. **hund**: *hundra*, *hundratals*, *hundraprocentig* → must_not. **revir**: *reviderats* → must_not. **varg**, **skola**, **kyrka**: no lookalike in the texts.
- **tik** (trap): *politik*, *politiken*, *politikerna*, *rovdjurspolitik(en)*, *kritik*, *statistik*, *genetik*, *praktiken*, *butik*, *gårdsbutiken*, *debattartiklar* → must_not. **valp** (trap): *valprogram*, *valplakaten* (election) → must_not. **skott** (trap): *Skottland* and the verb skotta (*skotta*, *skottat*: snow) → must_not. **kula** (trap): *kul* (fun) and *spekulationer* → must_not; *kulgevär*, *kulvapen*, *gevärskula* compounds; *skulle*, *skull*, *kulturlandskapet* are neither. **hage** (trap): *hagel*, *hagelgevär* (shot) and the town *Hagfors* → must_not; *obehag* neither. **fålla** (trap): the diacritic lookalikes *fall*, *fallet*, *undantagsfall*, *produktionsbortfall*, the verb fälla (*fälld*, *fälldes*, *fälls*, *fällas*, *fäller*, *fällts*, *fällande*), *kamerafällor*, *tillfällig(t)*, *tillfällen* → must_not; *nattfålla(n)*, *nattfållor* compounds. **ull** (trap): *skulle*, *skull*, *fullt*, *kommunfullmäktige*, *värdefull(a)*, *hotfulla*, *hull* (*i gott hull*) and the name *Ulla* → must_not; *fårull* compound; *jullovet* neither. **get** (trap): *inget*, *eget*, *laget*, *jaktlaget*, *bidraget*, *anslaget*, *viltskadeanslaget*, *budget*, *torget*, *närgånget*, *skräckslaget*, *vegetationen*, *gett* → must_not; *mjölkgetter*, *getangreppet* compounds. **råd** (trap): *område(n/t)*, *jaktområdet*, *skogsområde*, *tråd*, *trådar*, *eltrådar*, *rådjur(en)* (a word that only looks like a compound of råd) and *rådde* (råda) → must_not; *kommunalråd(et)*, *rådgivande* compounds. **dom** (trap): *ungdomar(na)*, *barndom(en)*, *sjukdom* (the suffix -dom), *dominerade*, and the verbs *bedömer*, *fördömt* (diacritic) → must_not; *domstol(en/ens)*, *domstolarna* compounds. **län** (trap): *länge*, *längre*, *längst*, *längs*, *förlängs*, *förlängt*, *lång*, *långt*, *avlång* and the verb låna (*låna*, *lånar*, *lånas*, *lånat*) → must_not; *länsstyrelsen* and its forms are compounds, so most articles are don't care; *värmländska* neither. **stig** (trap): the verb stiga (*stiger*, *stigit*) → must_not; *skogsstig*, *vargstigen* compounds; *konstigt* neither. **fara** (trap): the adjective *farlig* (*farligt*, *farliga*, *farligare*: another word class), *farfar* and *fortfarande* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *stort rovdjur*, *de stora rovdjuren*, *stora rovdjur* relevant; *stor skillnad* with *rovdjur* elsewhere → must_not. *skyddsjakt på varg*, *skyddsjakten på varg*, *skyddsjakter på varg*, *skyddsjakt på vargar* relevant; *skyddsjakt på en varg*, *skyddsjakten på två vargar* and articles where the words are apart → must_not (a word between counts as apart). *hot mot tjänstemän* relevant (also in *Hot mot tjänstemän är ett hot mot oss alla*); *hot mot personalen* with *tjänsteman* elsewhere and *Hoten riktas mot … tjänstemän* → must_not. *vägen till skolan* relevant; *den vägen* with *till skolan* elsewhere and *på väg till jobbet* with *skolan* elsewhere → must_not. *förvaltningsrätten i Karlstad* relevant; *Förvaltningsrätten* with *Karlstad* elsewhere → must_not. *Naturvårdsverkets siffror* relevant; *Naturvårdsverket presenterade sina siffror* → must_not. *rovdjursavvisande stängsel* relevant; *Stängslen är mobila, rovdjursavvisande elnät* → must_not. *oron bland föräldrarna* relevant; *föräldrarnas oro, och bland barnen* → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*Gräsmarksreviret*, *besiktningsman*, *polisanmält*, *hotbrev*) is don't care. NOT – an article with the excluded term is must_not; *LRF* with *Jägareförbundet* → must_not. OR – *Sunnemo* (Hagfors kommun) is a lookalike of *Sunne* → must_not; *rovdjursföreningarna* (generic plural) → don't care. *Gräsmarks* is the genitive of the place and counts.
- **Filters**: `källa:` matches one word of the outlet's name (*Fryksdalsbladet*, *Ämten*, *Vindel*, *Aftonekot*, *Viltposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *hotet* in *mellan flocken och hotet* is the noun hot.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("wolf", "K", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
