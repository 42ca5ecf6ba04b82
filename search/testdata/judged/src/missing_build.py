#!/usr/bin/env python3
"""Builds corpus_missing.json and corpus_missing.md from missing_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified. A few surface forms have two readings that only their sentence tells apart (the name Bäck or *en
bäck*, Kent Skog or *tät skog*, Bo Granath or *att bo*, Stig Alm or *en stig*, the farm Lyckan or *Lyckan var total*,
*en ny led* or *hon led av*, *en vaka* or *att vaka*, *öppen mark* or Ylva Mark): they are listed under `amb` with
the titles of the articles where the token has the queried reading; in the other articles it is a lookalike.

Run from this folder: python3 missing_build.py [-v]
"""

import re

import fire_build
from missing_articles import ARTICLES


S = fire_build.S


def _titles_with(tok, except_titles=()):
    out = set()
    for r in ARTICLES:
        if tok in fire_build.tokens(r[3] + " " + r[4]) and r[3] not in except_titles:
            out.add(r[3])
    return out


CONCEPTS = {
    # --- inflection ---
    "drönare": dict(
        probe=r"drönar",
        rel=S("drönare drönarna"),
        comp=S("drönarbilderna drönarenhet drönarexperten drönarpiloter"),
    ),
    "volontär": dict(probe=r"volontär", rel=S("volontär volontären volontärer volontärerna volontärernas")),
    "skola": dict(
        probe=r"skol",
        rel=S("skolan skolans skolor"),
        comp=S("folkhögskola gerdinskolan gerdinskolans polishögskolan simskola skolgården"),
        dc=S("förskoleåldern"),
        no=S("skolade"),
    ),
    "rykte": dict(
        probe=r"rykt",
        rel=S("rykte rykten ryktena ryktet"),
        comp=S("ryktesspridning"),
    ),
    "jägare": dict(
        probe=r"jäg|^jag(a|ad|at|ar|ade)$",
        rel=S("jägare jägaren jägarna"),
        no=S("jagat"),
    ),
    "flicka": dict(probe=r"flick", rel=S("flicka flickan flickans")),
    "kritik": dict(
        probe=r"kriti",
        rel=S("kritik kritiken"),
        no=S("kritisera kritiseras"),
    ),
    "timme": dict(
        probe=r"timm|timma",
        rel=S("timmar timmarna timme timmen"),
        no=S("timmer"),
    ),
    "regn": dict(
        probe=r"regn",
        rel=S("regn regnet"),
        comp=S("regnkläder regnvatten"),
        no=S("regnar regnat"),
    ),
    # --- syncope ---
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter helikoptern helikopterns helikoptrar helikoptrarna"),
        comp=S("polishelikopter räddningshelikoptrar"),
    ),
    "förälder": dict(probe=r"föräld", rel=S("föräldrar föräldrarna")),
    "vatten": dict(
        probe=r"vatt|vatn",
        rel=S("vatten vattnet"),
        comp=S("regnvatten vattennivån"),
    ),
    "väder": dict(probe=r"väd|vädr", rel=S("väder vädret")),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("teckningar"),
    ),
    "syster": dict(
        probe=r"syst",
        rel=S("syster systern systrar"),
        comp=S("lillasysterns storasyster"),
        no=S("systematiskt"),
    ),
    # --- umlaut ---
    "fot": dict(
        probe=r"^fot|fot$|föt|fots$",
        rel=S("fot foten fots fötterna"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nätter nätterna"),
        no=S("nätet"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bönder"),
        no=S("bön"),
    ),
    "dotter": dict(probe=r"dott|dött", rel=S("dotter döttrarna")),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand handen"),
        no=S("hände händelse händelsen händelserna"),
    ),
    "rot": dict(
        probe=r"^rot|rot$|röt|rött",
        rel=S("rot rötterna"),
        no=S("rött"),
        nei=S("bröt bröts trött trötta tröttar"),
    ),
    # --- compounds ---
    "sök": dict(
        probe=r"sök",
        rel=S("sök"),
        comp=S("eftersök sökexperter sökinsatsen sökkedja sökkedjor sökkedjorna sökområdet"),
        dc=S("söka sökande sökandet söker sökt sökte"),
        no=S("ansöker besök besöket besökte försöker förundersökning förundersökningen"),
    ),
    "hund": dict(
        probe=r"hund",
        rel=S("hundar hundarna"),
        comp=S("brukshundklubben brukshundklubbens hundekipage hundförare hundföraren hundförarna hundinstruktören "
               "räddningshundar räddningshundarna spårhundar"),
        no=S("hundra hundratals"),
    ),
    "jakt": dict(
        probe=r"jakt",
        rel=S("jakten"),
        comp=S("jaktkoja jaktkojor jaktlag jaktlagen jaktlagens jaktlaget jaktledare jaktledaren jaktstigar jakttorn "
               "jakttornen jakttornet älgjakt älgjakten"),
    ),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens"),
        comp=S("kommunchefen kommunfullmäktige kommunhus kommunhuset kommunstyrelsens"),
        no=S("kommunikation kommunikationen"),
    ),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjön sjöar"),
        comp=S("laxsjön sjöfartsverkets sjöräddningen sjöräddningssällskapet sjöräddningssällskapets"),
        no=S("sjöblom sjöng sjönk"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=S("sjöräddningen"),
        comp=S("räddningschef räddningschefen räddningsforum räddningsforums räddningshelikoptrar räddningshundar "
               "räddningshundarna räddningsledaren räddningspersonal räddningstjänsten räddningstjänster "
               "sjöräddningssällskapet sjöräddningssällskapets"),
        dc=S("räddade räddat"),
        no=S("rädd rädda"),
    ),
    "bygd": dict(
        probe=r"bygd",
        rel=S("bygd bygden bygdens"),
        comp=S("bygdegårdar bygdegården glesbygd glesbygden hembygdsförening hembygdsföreningen landsbygden"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkbacken kyrkkaffe kyrkogården kyrkoherden kyrkokören"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan"),
        comp=S("gatuköket storgatan"),
        no=S("gåta"),
        nei=S("begåtts gått övergått"),
    ),
    # --- traps ---
    "bäck": dict(
        probe=r"b[aä]ck",
        amb={"bäck": _titles_with("bäck", {"Spåret som försvann vid bäcken"})},
        rel=S("bäcks"),
        no=S("bäckar bäckarna bäcken bäckens"),
        nei=S("kyrkbacken"),
    ),
    "skog": dict(
        probe=r"skog",
        amb={"skog": _titles_with("skog", {"Debatt: Säkerheten för frivilliga måste tas på allvar",
                                           "Utbildning i sök ska nå fler"})},
        rel=set(),
        no=S("granskog skogarna skogen skogsbilvägar skogsområde skogsområdet"),
    ),
    "bo": dict(
        probe=r"^bo$|^bor$|^bodde|^bott|^boende|^bo[ds]",
        amb={"bo": _titles_with("bo", {"Man polisanmäld för förtal efter rykten", "Nora leker igen – ”Hon är tillbaka”"})},
        rel=set(),
        no=S("bor bott"),
    ),
    "stig": dict(
        probe=r"stig|^steg",
        amb={"stig": _titles_with("stig", {"Hundarna har fått upp ett spår", "Syster Wilma: ”Jag vill bara ha hem henne”",
                                           "Jägaren Arne som hittade Nora"})},
        rel=set(),
        no=S("stigen stiger jaktstigar"),
        nei=S("konstigt stege"),
    ),
    "lyckan": dict(
        probe=r"lyck",
        amb={"lyckan": _titles_with("lyckan", {"Jublet i skolan när beskedet kom"})},
        rel=S("lyckans"),
        no=S("lyckligt olyckligt"),
    ),
    "led": dict(
        probe=r"^led|led$|leden|ledd",
        amb={"led": _titles_with("led", {"Volontären föll från berget"})},
        rel=S("leden"),
        comp=S("vandringsled"),
        no=S("ledare ledde leder ledningen ledningscentral ledningsplatsen ledsna"),
    ),
    "mosse": dict(
        probe=r"m[oö]ss",
        rel=S("mossar mosse mossen mossens"),
        comp=S("rödmossen rödmossens"),
        no=S("mössa mössan"),
    ),
    "lada": dict(
        probe=r"l[aå]d|ladd",
        rel=S("lada ladan lador"),
        comp=S("ladugård"),
        no=S("låda laddad"),
        nei=S("delade jätteglad samlade samlades skolade"),
    ),
    "ort": dict(
        probe=r"ort",
        rel=S("orten"),
        comp=S("ortsbor ortsborna"),
        no=S("bort fort gjort hjort kort stort"),
        nei=S("borta fjorton fortfarande fortsätter gjorts rapporterar"),
    ),
    "vaka": dict(
        probe=r"vak",
        amb={"vaka": _titles_with("vaka", {"Nora mår bättre – kan åka hem om några dagar"})},
        rel=S("vakan"),
        no=S("vaken vaknade"),
        nei=S("övervakningsfilmer"),
    ),
    "hopp": dict(
        probe=r"hopp",
        rel=S("hoppet"),
        dc=S("hoppas"),
        no=S("hoppar"),
    ),
    "mark": dict(
        probe=r"m[aä]rk",
        amb={"mark": _titles_with("mark", {"Skolan: ”Allemansrätten räddade henne”", "Nora fyller tio – hela skolan sjöng"})},
        rel=S("marken"),
        dc=S("ärtemark ärtemarks"),
        no=S("markera markerat märka märkas"),
    ),
    "tall": dict(
        probe=r"tall",
        rel=S("tallar"),
        no=S("tall tallrik"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "skogen": dict(
        probe=r"^skog(en|ar|arna|ens)?$",
        rel=S("skogen skogarna"),
        no=S("skog"),
    ),
    "hitta": dict(probe=r"^hitta", rel=S("hitta hittad hittade hittades hittar hittas hittats")),
    "vid": dict(probe=r"^vid$", rel=S("vid")),
    "liv": dict(probe=r"^liv(et)?$", rel=S("liv livet")),
    "de": dict(probe=r"^de$", rel=S("de")),
    "första": dict(probe=r"^först(a|e)?$", rel=S("första"), nei=S("först")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "social": dict(probe=r"^social", rel=S("sociala"), nei=S("socialdemokraten")),
    "medium": dict(probe=r"^medi", rel=S("medier")),
    "bäcknamn": dict(
        probe=r"^b[aä]ck",
        rel=S("bäck bäcks"),
        no=S("bäckar bäckarna bäcken bäckens"),
    ),
    "nora": dict(probe=r"^nora", rel=S("nora noras")),
    "leta": dict(probe=r"^leta|^letat", rel=S("leta letade letar letat")),
    "efter": dict(probe=r"^efter$", rel=S("efter")),
    "hel": dict(probe=r"^hel(a|t)?$", rel=S("hel hela"), dc=S("helt")),
    "kall": dict(
        probe=r"^kal",
        rel=S("kall kalla kallt"),
        nei=S("kallar kallas kallats kallnat"),
    ),
    "hemvärn": dict(probe=r"hemvärn", rel=S("hemvärnet"), comp=S("hemvärnssoldater")),
    "polis": dict(
        probe=r"^polis",
        rel=S("polis polisen polisens poliser"),
        comp=S("polisanmäld polisanmält polishelikopter polishögskolan polisinspektören polisområdeschefen "
               "polisregion polisstationen"),
    ),
    "bengtsfors": dict(probe=r"bengtsfors", rel=S("bengtsfors")),
    "lelång": dict(probe=r"lelång", rel=S("lelång lelångs")),
    "ärtingen": dict(probe=r"ärting", rel=S("ärtingen")),
    "frivillig": dict(
        probe=r"frivillig",
        rel=S("frivillig frivilliga"),
        comp=S("frivilligorganisationer"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("drönarna", "inflection", False, ("term", "drönare")),
    ("volontärerna", "inflection", False, ("term", "volontär")),
    ("skolan", "inflection", False, ("term", "skola")),
    ("ryktena", "inflection", False, ("term", "rykte")),
    ("jägaren", "inflection", False, ("term", "jägare")),
    ("flickan", "inflection", False, ("term", "flicka")),
    ("kritiken", "inflection", False, ("term", "kritik")),
    ("timmarna", "inflection", False, ("term", "timme")),
    ("regnet", "inflection", False, ("term", "regn")),
    ("helikoptrar", "syncope", False, ("term", "helikopter")),
    ("förälder", "syncope", False, ("term", "förälder")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("systrar", "syncope", False, ("term", "syster")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("sök", "compound", True, ("term", "sök")),
    ("hund", "compound", True, ("term", "hund")),
    ("jakt", "compound", True, ("term", "jakt")),
    ("kommun", "compound", True, ("term", "kommun")),
    ("sjö", "compound", True, ("term", "sjö")),
    ("räddning", "compound", True, ("term", "räddning")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ('"i skogen"', "phrase", False, ("phrase", ["i", "skogen"])),
    ('"hittades vid liv"', "phrase", False, ("phrase", ["hitta", "vid", "liv"])),
    ('"de första timmarna"', "phrase", False, ("phrase", ["de", "första", "timme"])),
    ('"på sociala medier"', "phrase", False, ("phrase", ["på", "social", "medium"])),
    ('"Nora Bäck"', "phrase", False, ("phrase", ["nora", "bäcknamn"])),
    ('"letade efter"', "phrase", False, ("phrase", ["leta", "efter"])),
    ('"hela natten"', "phrase", False, ("phrase", ["hel", "natt"])),
    ('"kalla regnet"', "phrase", False, ("phrase", ["kall", "regn"])),
    ("Hemvärnet polisen", "boolean", False, ("and", ["hemvärn", "polis"])),
    ("helikopter OR drönare", "boolean", False, ("or", ["helikopter", "drönare"])),
    ("Bengtsfors -skolan", "boolean", False, ("not", "bengtsfors", "skola")),
    ("Lelång OR Ärtingen", "boolean", False, ("or", ["lelång", "ärtingen"])),
    ("Skog kritik", "boolean", False, ("and", ["skog", "kritik"])),
    ("hund -drönare", "boolean", False, ("not", "hund", "drönare")),
    ("Lyckan jägare", "boolean", False, ("and", ["lyckan", "jägare"])),
    ("källa:Nordnytt helikoptern", "filter", False, ("filter", "Nordnytt", "helikopter")),
    ("källa:Dalboposten skolan", "filter", False, ("filter", "Dalboposten", "skola")),
    ("källa:Kvällsbasunen ryktena", "filter", False, ("filter", "Kvällsbasunen", "rykte")),
    ("källa:Räddningsforum drönarna", "filter", False, ("filter", "Räddningsforum", "drönare")),
    ("källa:Västra kritiken", "filter", False, ("filter", "Västra", "kritik")),
    ("typ:opinion frivilliga", "filter", False, ("filter", "opinion", "frivillig")),
    ("typ:opinion ryktena", "filter", False, ("filter", "opinion", "rykte")),
    ("Bäck", "trap", False, ("term", "bäck")),
    ("Skog", "trap", False, ("term", "skog")),
    ("Bo", "trap", False, ("term", "bo")),
    ("Stig", "trap", False, ("term", "stig")),
    ("Lyckan", "trap", False, ("term", "lyckan")),
    ("led", "trap", False, ("term", "led")),
    ("mosse", "trap", False, ("term", "mosse")),
    ("lada", "trap", False, ("term", "lada")),
    ("ort", "trap", False, ("term", "ort")),
    ("vaka", "trap", False, ("term", "vaka")),
    ("hopp", "trap", False, ("term", "hopp")),
    ("mark", "trap", False, ("term", "mark")),
    ("tall", "trap", False, ("term", "tall")),
]

HEADER = """# corpus_missing.json – judging notes

Invented crisis: on Thursday 15 October 2026, shortly after 16.00, nine-year-old Nora Bäck leaves the farm Lyckan west of lake Ärtingen outside Bengtsfors in Dalsland to walk the two kilometres home, takes a short cut by a stream and gets lost. Her parents Lisa and Tomas Bäck call the police at 19.42; the call is rated low priority and the first patrol arrives at 21.31, the helicopter is alerted at 23.50. For four days in cold rain (later sleet) the police (incident commander Kent Skog), Hemvärnet's Dalslandsbataljonen (company commander Stig Alm), volunteers from Missing People (Bo Granath), hunters, search dogs, a police and a Sjöfartsverket helicopter and drones search up to 44 km² between Ärtingen and Lelång; Bengtsfors municipality opens Gerdinskolan as meeting point, the church holds a vigil, a volunteer gets lost and three are hurt. On Monday 19 October at 08.05 the hunter Arne Ljung finds Nora alive in a hunting tower by the bog Rödmossen, four kilometres from Lyckan. Afterwards: a rumour on social media about a dark van and a man wrongly pointed out (defamation charges), criticism of the police's first hours (an internal review in December, an apology from the regional police chief Anders Bo Lindahl), of the volunteers' safety (Missing People's new routines), of drones that cannot see through a roof, and the municipality's plan for meeting points. Places and public bodies are real (Bengtsfors, Ärtingen, Lelång, Laxsjön, Billingsfors, Dals Långed, Gustavsfors, Steneby, Ärtemark, Åmål, Mellerud, Säve, NÄL, Drottning Silvias barnsjukhus, Polisregion Väst, SMHI, Sjöfartsverket, Sjöräddningssällskapet, Svenska Brukshundklubben, Missing People; their actions are invented); the farm Lyckan, the bog Rödmossen, Gerdinskolan's role, every person and all six outlets are invented: Byrån Nordnytt (wire service), Dalboposten (local daily, Dalsland), Kvällsbasunen (tabloid), Räddningsforum (trade paper for police, rescue services and volunteers), Västra Tidningen (regional daily with leaders and debate) and Radio Dalsland (local radio). 116 articles (98 news, 18 opinion: leaders, columns, debate articles, letters, a trade-paper comment), published 15 October to 5 December 2026, +02:00 until 24 October and +01:00 after. The ids V001–V116 follow publication time.

Names that are also words: the Bäck family (*bäck*, a stream; the village Bäckefors is not in the texts), Kent Skog (*skog*), Bo Granath and Anders Bo Lindahl (*bo*, to live), Stig Alm (*stig*, a path), the farm Lyckan (*lyckan*, the happiness), Ylva Mark (*mark*, ground), Johanna Tall (*tall*, a pine), also Eva and Lotta Hed, Arne Ljung, Maria Sund, Lena Gran, Karl Hjort, Jonas Flod, Elin Strid, Nils Hage, Sven Ros, Kerstin Fors, Carina Dal, Torbjörn Ås, Henrik Vall, Rut Sjöblom (no query on these). Kept out of the texts as the README asks: the pronoun *man* (*man*, *mannen* are only the noun), the verb *händer*, *hamnar*, *i första hand*. Eight surface forms are kept in on purpose with two readings, read one by one from their sentence and listed under `amb` with the titles where they have the queried reading: *bäck* (the name, or *vid en bäck*), *skog* (the name, or *tät skog*, *blöt skog*), *bo* (the name, or *att bo kvar*, *kunnat bo*), *stig* (the name, or *en stig*), *lyckan* (the farm, or *Lyckan var total*), *led* (*en ny led*, or *hon led av smärtor*), *vaka* (*en vaka*, or *att vaka vid hennes säng*) and *mark* (*öppen mark*, or the teacher Ylva Mark). Elsewhere the common nouns *bäck*, *stig* and *skog* appear only inflected (*bäcken*, *bäckar*, *stigen*, *skogen*, *skogarna*) or in compounds.

How the lists were made: src/missing_articles.py holds the texts and src/missing_build.py (which reuses the judging functions of fire_build.py, and the per-article reading of roof_build.py keyed by title) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: bäck/back, mosse/mössa, lada/låda/ladda, natt/nät, hand/händ, bonde/bön, rot/röt, väder/väd, mark/märk, gata/gåta) lists every corpus token that contains the stem; each was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so hyphenated words are split. `python3 missing_build.py -v` in src/ regenerates the JSON and this file.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query:
- **drönarna**: *drönare*, *drönarna* relevant; *drönarpiloter*, *drönarexperten*, *drönarbilderna*, *drönarenhet* compounds, don't care.
- **volontärerna**: every form of *volontär* relevant.
- **skolan**: *skolan*, *skolans*, *skolor* relevant; *skolade* (trained dogs, a participle of another verb) must_not; *Gerdinskolan*, *skolgården*, *simskola*, *folkhögskola*, *Polishögskolan* compounds; *förskoleåldern* don't care.
- **ryktena**: *rykte*, *ryktet*, *rykten*, *ryktena* relevant; *ryktesspridning* compound.
- **jägaren**: *jägare*, *jägaren*, *jägarna* relevant; the verb *jagat* must_not.
- **flickan**: *flicka*, *flickan*, *flickans* relevant.
- **kritiken**: *kritik*, *kritiken* relevant; the verb *kritisera*, *kritiseras* must_not.
- **timmarna**: *timme*, *timmen*, *timmar*, *timmarna* relevant; *timmer* (timber) must_not.
- **regnet**: *regn*, *regnet* relevant; the verb *regnar*, *regnat* must_not; *regnkläder*, *regnvatten* compounds.
- **helikoptrar**: *helikopter*, *helikoptern*, *helikopterns*, *helikoptrar*, *helikoptrarna* relevant; *polishelikopter*, *räddningshelikoptrar* compounds.
- **förälder**: *föräldrar*, *föräldrarna* relevant.
- **vattnet**: *vatten*, *vattnet* relevant; *regnvatten*, *vattennivån* compounds.
- **vädret**: *väder*, *vädret* relevant.
- **tecknen**: *tecken* relevant; *teckningar* (drawings) must_not.
- **systrar**: *syster*, *systern*, *systrar* relevant; *systematiskt* must_not; *storasyster*, *lillasysterns* compounds.
- **fötter**: *fot*, *foten*, *till fots*, *fötterna* relevant.
- **nätter**: *natt*, *natten*, *nätter*, *nätterna* relevant; *nätet* (the internet) must_not.
- **bönder**: *bönder* relevant; *bön* (a prayer at the vigil) must_not.
- **döttrar**: *dotter*, *döttrarna* relevant.
- **händerna**: *hand* (*på egen hand*, *ta hand om*) and *handen* relevant; *hände*, *händelse*, *händelsen*, *händelserna* must_not.
- **rötter**: *rot*, *rötterna* relevant; *rött* (red) must_not; *bröt*, *trött* neither.
- **sök** (compounds): *ett sök* and the compounds *eftersök*, *sökkedja*, *sökkedjorna*, *sökområdet*, *sökinsatsen*, *sökexperter* relevant; the verb *söka*, *söker*, *sökte*, *sökt* and *sökande*, *sökandet* don't care (the same act, but another word); *besök*, *besökte*, *försöker*, *ansöker*, *förundersökning* must_not.
- **hund** (compounds): *hundar*, *hundarna*, *hundförare*, *hundekipage* (linking -e- read as compound), *räddningshundar*, *spårhundar*, *Brukshundklubben* relevant; *hundra*, *hundratals* must_not.
- **jakt** (compounds): *jakten*, *jakttorn*, *jakttornet*, *jaktlaget*, *jaktledaren*, *jaktkoja*, *jaktstigar*, *älgjakten* relevant.
- **kommun** (compounds): *kommun*, *kommunen*, *kommunhuset*, *kommunchefen*, *kommunstyrelsens*, *kommunfullmäktige* relevant; *kommunikation*, *kommunikationen* must_not.
- **sjö** (compounds): *sjön*, *sjöar*, *Laxsjön*, *Sjöräddningssällskapet*, *sjöräddningen*, *Sjöfartsverkets* relevant; *sjöng*, *sjönk* and the surname *Sjöblom* must_not.
- **räddning** (compounds): *räddningstjänsten*, *räddningschefen*, *räddningshundar*, *räddningsledaren*, *sjöräddningen*, *Räddningsforum* (linking -s-) relevant; the verb *räddade*, *räddat* don't care; the adjective *rädd*, *rädda* (afraid) must_not.
- **bygd** (compounds): *bygd*, *bygden*, *bygdens*, *glesbygd*, *landsbygden*, *hembygdsförening*, *bygdegården* (linking -e-) relevant.
- **kyrka** (compounds): *kyrka*, *kyrkan*, *kyrkoherden*, *kyrkokören*, *kyrkogården* (linking -o-), *kyrkbacken*, *kyrkkaffe* relevant.
- **gata** (compounds): *gatan*, *Storgatan*, *gatuköket* (linking -u-) relevant; *gåta* must_not; *gått*, *övergått*, *begåtts* neither.
- **"i skogen"**: *i skogen*, *i skogarna* adjacent relevant; *skogen* or *skogarna* without *i* before (*Vi känner skogen*, *rädd för skogen*) must_not.
- **"hittades vid liv"**: *hittats vid liv*, *hittad vid liv*, *hittades vid liv* relevant; *hittades i ett jakttorn … vid liv* apart must_not.
- **"de första timmarna"**: adjacent relevant; *värdefulla timmar*, *den första patrullen* with *timmar* elsewhere must_not.
- **"på sociala medier"**: adjacent relevant; *i sociala medier* with *på* elsewhere must_not.
- **"Nora Bäck"**: the full name relevant; *Nora* with *Lisa och Tomas Bäck* or *familjen Bäck* elsewhere must_not.
- **"letade efter"**: *letat efter*, *letade efter* relevant; *alla som letade*, *letade dykare* with *efter* elsewhere must_not.
- **"hela natten"**: adjacent relevant; *två nätter*, *hela oktober … nätterna* must_not.
- **"kalla regnet"**: *Det kalla regnet*, *i ett kallt regn* relevant; *Jag blir kall …* with *Regnet* in another sentence must_not.
- **Hemvärnet polisen**: both relevant; one alone must_not; *hemvärnssoldater* alone is a compound.
- **helikopter OR drönare**: either relevant; compound-only articles don't care.
- **Bengtsfors -skolan**: *Bengtsfors* without *skolan/skolans/skolor* relevant; with it must_not; *Gerdinskolan* alone is a compound, don't care.
- **Lelång OR Ärtingen**: either lake (also *Lelångs*) relevant.
- **Skog kritik**: the commander Kent Skog with *kritik/kritiken*; *skogen* with *kritik* is not Skog, so must_not.
- **hund -drönare**: *hundar* without *drönare/drönarna*; with them must_not.
- **Lyckan jägare**: the farm with *jägare/jägaren/jägarna*; *Lyckan var total* is not the farm.
- **Filters**: `källa:` matches one word of the outlet name (*Nordnytt*, *Dalboposten*, *Kvällsbasunen*, *Räddningsforum*, *Västra*); articles with the term that fail the filter are must_not.
- **Bäck** (trap): the family name (*Nora Bäck*, *Nora Bäcks*) relevant; *vid en bäck* and *bäcken*, *bäckens*, *bäckar* (the stream) must_not; *kyrkbacken* neither.
- **Skog** (trap): Kent Skog relevant; *tät skog*, *skogen*, *skogarna*, *granskog*, *skogsområdet*, *skogsbilvägar* must_not.
- **Bo** (trap): Bo Granath and Anders Bo Lindahl relevant; the verb (*att bo kvar*, *kunnat bo*, *bor*, *bott*) must_not.
- **Stig** (trap): Stig Alm relevant; *en stig*, *stigen*, *jaktstigar*, *stiger* must_not; *konstigt*, *stege* neither.
- **Lyckan** (trap): the farm (*Lyckan*, *Lyckans*) relevant; *Lyckan var total* (joy), *lyckligt*, *olyckligt* must_not.
- **led** (trap): *en ny led*, *Leden* (the trail) relevant; *hon led av smärtor* (the verb *lida*), *ledare*, *ledde*, *leder*, *ledningen*, *ledningscentral*, *ledsna* must_not; *vandringsled* compound.
- **mosse** (trap): *mosse*, *mossen*, *mossens*, *mossar* relevant; *mössa*, *mössan* must_not; *Rödmossen* compound, don't care.
- **lada** (trap): *lada*, *ladan*, *lador* relevant; *låda* and *laddad* must_not; *ladugård* (linking -u-) compound.
- **ort** (trap): *orten* relevant; *bort*, *fort*, *kort*, *gjort*, *stort*, *hjort* must_not; *ortsborna* compound; *borta*, *fortfarande*, *fjorton* neither.
- **vaka** (trap): *en vaka*, *vakan* relevant; *att vaka vid hennes säng* (the verb), *vaken*, *vaknade* must_not.
- **hopp** (trap): *hoppet* relevant; *hoppar* (jumps) must_not; the verb *hoppas* don't care.
- **mark** (trap): *öppen mark*, *marken* relevant; the surname Mark, *markerat*, *markera*, *märka*, *märkas* must_not; *Ärtemark* don't care.
- **tall** (trap): *tallar* relevant; *tallrik* and the surname Tall must_not (the one article with Johanna Tall also has *tallar*).
"""

# --- the ambiguous forms: read per article (keyed by title) ---
_current = {}
_orig_judge = fire_build.judge
_orig_term_class = fire_build.term_class


def _judge(a, spec, compounds):
    _current["title"] = a["title"]
    return _orig_judge(a, spec, compounds)


def _term_class(c, toks, compounds):
    amb = CONCEPTS[c].get("amb", {})
    if amb:
        title = _current.get("title")
        toks = set(toks)
        hit = [t for t in amb if t in toks and title in amb[t]]
        miss = [t for t in amb if t in toks and title not in amb[t]]
        for t in amb:
            toks.discard(t)
        cls = _orig_term_class(c, toks, compounds)
        if hit:
            return "rel"
        if miss and cls is None:
            return "no"
        return cls
    return _orig_term_class(c, toks, compounds)


def _check_probes(arts, verbose):
    """As fire_build.check_probes, with the amb forms counted as classified."""
    vocab = sorted({t for a in arts for s in fire_build.sentences(a) for t in s})
    missing = 0
    for name, c in CONCEPTS.items():
        known = set(c.get("amb", {}))
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
    titles = {a["title"] for a in arts}
    for name, c in CONCEPTS.items():
        for t, ts in c.get("amb", {}).items():
            for x in ts - titles:
                print("amb title of %s/%s not in the corpus: %s" % (name, t, x))
                missing += 1
    return missing


_orig_forms_line = fire_build.forms_line


def _forms_line(name, compounds, corpus_tokens):
    line = _orig_forms_line(name, compounds, corpus_tokens)
    amb = CONCEPTS[name].get("amb", {})
    if amb:
        line += "; read per article (relevant where the sentence has the queried reading, else must_not): " + \
            ", ".join(sorted(amb))
    return line


fire_build.CONCEPTS = CONCEPTS
fire_build.forms_line = _forms_line
fire_build.judge = _judge
fire_build.term_class = _term_class
fire_build.check_probes = _check_probes


def main():
    fire_build.build("missing", "V", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
