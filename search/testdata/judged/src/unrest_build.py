#!/usr/bin/env python3
"""Builds corpus_unrest.json and corpus_unrest.md from unrest_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

One surface form has two readings that only the words around it tell apart: *sten* (the stone, in *kastade sten*,
*en sten i handen*; or the given name, in *rektorn Sten Wallin*). It is listed under `amb` with the publication times
of the articles where it has the concept's reading (read sentence by sentence); elsewhere it counts as a lookalike.
The phrase search also accepts it, in those articles only.

Run from this folder: python3 unrest_build.py [-v]
"""

import re

import fire_build
from unrest_articles import ARTICLES


S = fire_build.S

# the articles where *sten* is the rector's given name, and those where it is the stone (read one by one)
STEN_NAME = S("2027-09-05T10:00:00+02:00 2027-09-09T10:00:00+02:00 2027-09-16T07:00:00+02:00 "
              "2027-09-26T10:00:00+02:00 2027-10-16T09:00:00+02:00 2027-10-20T10:00:00+02:00")
STEN_NOUN = S("2027-09-04T02:10:00+02:00 2027-09-06T05:50:00+02:00 2027-09-06T14:00:00+02:00 "
              "2027-09-08T07:00:00+02:00 2027-09-09T07:00:00+02:00 2027-09-10T06:00:00+02:00 "
              "2027-09-11T09:00:00+02:00 2027-09-14T06:00:00+02:00 2027-09-28T15:00:00+02:00 "
              "2027-09-30T10:00:00+02:00 2027-10-12T14:00:00+02:00 2027-10-26T08:00:00+02:00")

CONCEPTS = {
    # --- inflection ---
    "orolighet": dict(
        probe=r"^oro",
        rel=S("oroligheter oroligheterna"),
        no=S("oroliga oroligt oron oroar"),
    ),
    "tillslag": dict(
        probe=r"tillslag",
        rel=S("tillslag tillslaget"),
    ),
    "sten": dict(
        probe=r"^sten|stenar|stenen",
        rel=S("stenar stenarna stenen"),
        amb={"sten": STEN_NOUN},
        comp=S("gravstenar stenkastare stenkastning stenkastningen"),
    ),
    "fritidsgård": dict(
        probe=r"fritidsg",
        rel=S("fritidsgård fritidsgårdar fritidsgårdarna fritidsgården"),
    ),
    "vittne": dict(
        probe=r"vittn",
        rel=S("vittne vittnen vittnena vittnet"),
        comp=S("vittnesstöd"),
        no=S("vittna vittnade"),
    ),
    "patrull": dict(
        probe=r"patrull",
        rel=S("patrull patrullerna"),
        no=S("patrullerade patrullerar"),
    ),
    "ersättning": dict(
        probe=r"ersät",
        rel=S("ersättning ersättningen ersättningarna"),
        no=S("ersätta ersätts"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skador skadorna"),
        comp=S("rökskadorna skadegörelse skadegörelsen skadestånd vagnskadeförsäkring"),
        no=S("skadad skadade skadades skadats brandskadade"),
        nei=S("oönskade"),
    ),
    "elev": dict(
        probe=r"elev",
        rel=S("elev elever eleverna"),
        no=S("relevant"),
    ),
    # --- syncope ---
    "vapen": dict(
        probe=r"vap",
        rel=S("vapen"),
        comp=S("skjutvapen vapenbrott vapengömma"),
    ),
    "mörker": dict(
        probe=r"m[öo]rk",
        rel=S("mörkret"),
        comp=S("höstmörker"),
        no=S("mörka"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindren"),
        no=S("hindrar"),
    ),
    "morgon": dict(
        probe=r"morg",
        rel=S("morgon morgonen morgnar morgnarna"),
        comp=S("lördagsmorgonen onsdagsmorgonen söndagsmorgonen tisdagsmorgonen"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckeln nycklar nycklarna"),
    ),
    "sommar": dict(
        probe=r"^somm|^somr",
        rel=S("sommaren somrarna"),
        comp=S("sommarlov"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer"),
        comp=S("stadsdelen stadshuset"),
        dc=S("karlstad"),
        no=S("städa bostadsbolaget bostadsområde bostadsområden örebrobostäder kastade kastades kostade röstade"),
        nei=S("mellanstadiet"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder bränderna"),
        comp=S("bilbrand bilbränder brandbil brandbilar brandbilarna brandbilen brandceller brandcellsindelning "
               "brandingenjör brandingenjören brandkår brandkåren brandkårs brandman brandmannen brandmän brandmännen "
               "brandplatsen brandskydd brandskyddet brandspridning brandutredare brandutredaren deltidsbrandmän "
               "mordbrand skolbrand skolbranden brandskadade"),
        dc=S("brandposten"),
        no=S("brann brinna brinnande brinner brunna brunnit brände brändes bränna brännbar bränts utbrända nedbrunna "
             "nedbrunnen"),
    ),
    "man": dict(
        probe=r"^m[aä]n|m[aä]nn|män$|man$",
        rel=S("män männen"),
        comp=S("brandman brandmannen brandmän brandmännen deltidsbrandmän tjänsteman"),
        dc=S("ombudsman"),
        no=S("mängd"),
        nei=S("människor mamman"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nattens nätter nätterna"),
        comp=S("midnatt nattvandra nattvandrande nattvandrare nattvandraren nattvandrarna nattvandringar "
               "nattvandringarna nattvandringen"),
        no=S("nätet nätverket"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|^bror",
        rel=S("bror bröderna"),
        no=S("bröd"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner",
        rel=S("son sons söner"),
        no=S("söndag söndagens söndagsmorgonen sönder"),
    ),
    # --- compounds ---
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor"),
        comp=S("nikolaiskolan skolbrand skolbranden skolbussar skolbyggnader skolgården skolmaterial skolplatser "
               "skolskjuts skolvägarna västhagaskolan västhagaskolans"),
        dc=S("förskoleklass"),
    ),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens poliser"),
        comp=S("polisbil polisbilar polishuset polisingripande polisområdeschefen polisregion polisskydd"),
        dc=S("polisanmält"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilarna bilarnas bilen"),
        comp=S("bilbrand bilbränder bilägare bilägarna brandbil brandbilar brandbilarna brandbilen hyrbilar polisbil "
               "polisbilar"),
        no=S("bild bildades bilder bilderna billigare lägesbild mobilen mobiltelefoner utbildning"),
    ),
    "våld": dict(
        probe=r"våld|våll",
        rel=S("våld"),
        comp=S("våldsamt"),
        no=S("vållade"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("gudstjänst räddningstjänst räddningstjänsten räddningstjänstens räddningstjänster "
               "räddningstjänsterna socialtjänst socialtjänsten tjänsteman"),
        dc=S("tjänstgör"),
        no=S("förtjänar"),
    ),
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gata gatan gator gatorna"),
        comp=S("gatubelysning gatubelysningen kvarnbackagatan"),
        no=S("gåta"),
        nei=S("frågat gått"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("kyrkogården kyrkoherden"),
    ),
    "hus": dict(
        probe=r"hus",
        rel=S("husen huset"),
        comp=S("polishuset sjukhus stadshuset trapphuset universitetssjukhuset"),
        dc=S("inomhus"),
        no=S("husby"),
    ),
    "ungdom": dict(
        probe=r"ungdom",
        rel=S("ungdomar ungdomarna"),
        comp=S("ungdomsgården ungdomsledare"),
    ),
    # --- traps ---
    "Björk": dict(
        probe=r"björk",
        rel=S("björk"),
        no=S("björkarna"),
    ),
    "Sten": dict(
        probe=r"^sten|stenar|stenen",
        rel=set(),
        amb={"sten": STEN_NAME},
        no=S("stenar stenarna stenen gravstenar stenkastare stenkastning stenkastningen"),
    ),
    "Ek": dict(
        probe=r"^ek|ek$",
        rel=S("ek"),
        no=S("ekarna ekbackens ekonomiska"),
        nei=S("bibliotek svek"),
    ),
    "Ström": dict(
        probe=r"str[öo]m",
        rel=S("ström"),
        no=S("strömavbrottet strömmen strömparterren"),
    ),
    "Modig": dict(
        probe=r"^mod",
        rel=S("modig"),
        no=S("mod modet modiga moderaterna moderaternas"),
        nei=S("modellen"),
    ),
    "Bo": dict(
        probe=r"^bo",
        rel=S("bo"),
        no=S("bodde boende bor bott"),
        nei=S("bolagen bolaget borde bort borta bostadsbolaget bostadsområde bostadsområden boverket"),
    ),
    "Liv": dict(
        probe=r"liv",
        rel=S("liv"),
        no=S("livet föreningslivet"),
        nei=S("klivit"),
    ),
    "Kulan": dict(
        probe=r"^kul",
        rel=S("kulan kulans"),
        no=S("kulor"),
    ),
    "ort": dict(
        probe=r"ort",
        rel=S("orten"),
        no=S("bort borta fort fortfarande fortsatt fortsätta fortsätter gjort kortare portar portarna rapport "
             "rapporten rapporterades stort fjortonåring"),
    ),
    "kvarter": dict(
        probe=r"kvar",
        rel=S("kvarteret kvarteren"),
        no=S("kvar kvart"),
        nei=S("kvarnbackagatan"),
    ),
    "vår": dict(
        probe=r"^vår",
        rel=S("våren våras"),
        no=S("vår våra vårt"),
        nei=S("vårdnadshavare"),
    ),
    "eld": dict(
        probe=r"^eld",
        rel=S("eld elden"),
        no=S("eldat eldsjälarna"),
    ),
    "mod": dict(
        probe=r"^mod",
        rel=S("mod modet"),
        no=S("modig modiga moderaterna moderaternas"),
        nei=S("modellen"),
    ),
    # --- words of phrases, booleans and filters ---
    "särskild": dict(probe=r"särskil", rel=S("särskild särskilda"), nei=S("särskilt")),
    "händelse": dict(probe=r"händ|hände", rel=S("händelse händelsen händelser händelserna"), nei=S("hände")),
    "kasta": dict(probe=r"^kast", rel=S("kasta kastade kastades kastar kastat")),
    "sten_noun": dict(probe=r"^sten$|^stenar|^stenen$", rel=S("stenar stenarna stenen"), amb={"sten": STEN_NOUN}),
    "sätta": dict(probe=r"^satt|^sätt", rel=S("satt sattes satts sätter"), nei=S("sätt")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "brand_word": dict(probe=r"^brand$|^branden$|^bränder", rel=S("brand branden bränder bränderna")),
    "nattvandra": dict(probe=r"^nattvandr", rel=S("nattvandra nattvandrande"),
                       nei=S("nattvandrare nattvandraren nattvandrarna nattvandringar nattvandringarna "
                             "nattvandringen")),
    "förälder": dict(probe=r"föräld", rel=S("föräldrar föräldrarna"), comp=S("morföräldrar")),
    "andra": dict(probe=r"^andra", rel=S("andra"), nei=S("andras")),
    "örebro": dict(probe=r"^örebro", rel=S("örebro"), nei=S("örebrobostäder örebrokuriren")),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunernas kommuns"),
        comp=S("kommunalrådet kommunfullmäktige kommunstyrelse kommunstyrelsen kommunstyrelsens medlemskommuner"),
        no=S("kommunal kommunala"),
        nei=S("kommunikationen"),
    ),
    "natt_word": dict(probe=r"^natt$|^natten$", rel=S("natt natten")),
    "söndag": dict(probe=r"^söndag", rel=S("söndag söndagens"), comp=S("söndagsmorgonen")),
    "socialtjänst": dict(probe=r"^socialtjänst", rel=S("socialtjänst socialtjänsten")),
    "visitationszon": dict(probe=r"visitationszon",
                           rel=S("visitationszon visitationszonen visitationszoner")),
    "vivalla": dict(probe=r"^vivalla", rel=S("vivalla")),
    "brickebacken": dict(probe=r"brickeback", rel=S("brickebacken")),
    "baronbackarna": dict(probe=r"baronback", rel=S("baronbackarna")),
    "brandkår": dict(probe=r"brandkår", rel=S("brandkår brandkåren brandkårs")),
    "öbo": dict(probe=r"^öbo", rel=S("öbo")),
    "örebrobostäder": dict(probe=r"örebrobost", rel=S("örebrobostäder")),
    "stängd": dict(probe=r"^stäng", rel=S("stängd stängda"), dc=S("stängt"),
                   nei=S("stäng stänga stängde stänger stängningen stängs")),
    "bilbrand": dict(probe=r"bilbr", rel=S("bilbrand bilbränder")),
    "brandman": dict(probe=r"brandm", rel=S("brandman brandmannen brandmän brandmännen"),
                     comp=S("deltidsbrandmän")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("oroligheterna", "inflection", False, ("term", "orolighet")),
    ("tillslaget", "inflection", False, ("term", "tillslag")),
    ("stenarna", "inflection", False, ("term", "sten")),
    ("fritidsgårdarna", "inflection", False, ("term", "fritidsgård")),
    ("vittnena", "inflection", False, ("term", "vittne")),
    ("patrullerna", "inflection", False, ("term", "patrull")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("eleverna", "inflection", False, ("term", "elev")),
    ("vapnet", "syncope", False, ("term", "vapen")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("hindren", "syncope", False, ("term", "hinder")),
    ("morgnar", "syncope", False, ("term", "morgon")),
    ("nyckeln", "syncope", False, ("term", "nyckel")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("männen", "umlaut", False, ("term", "man")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("söner", "umlaut", False, ("term", "son")),
    ("skola", "compound", True, ("term", "skola")),
    ("polis", "compound", True, ("term", "polis")),
    ("bil", "compound", True, ("term", "bil")),
    ("våld", "compound", True, ("term", "våld")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("hus", "compound", True, ("term", "hus")),
    ("ungdom", "compound", True, ("term", "ungdom")),
    ('"särskild händelse"', "phrase", False, ("phrase", ["särskild", "händelse"])),
    ('"kastade sten"', "phrase", False, ("phrase", ["kasta", "sten_noun"])),
    ('"satt i brand"', "phrase", False, ("phrase", ["sätta", "i", "brand_word"])),
    ('"nattvandrande föräldrar"', "phrase", False, ("phrase", ["nattvandra", "förälder"])),
    ('"till andra skolor"', "phrase", False, ("phrase", ["till", "andra", "skola"])),
    ('"Örebro kommun"', "phrase", False, ("phrase", ["örebro", "kommun"])),
    ('"polisens tillslag"', "phrase", False, ("phrase", ["polis", "tillslag"])),
    ('"natten till söndag"', "phrase", False, ("phrase", ["natt_word", "till", "söndag"])),
    ("socialtjänsten polisen", "boolean", False, ("and", ["socialtjänst", "polis"])),
    ("visitationszon Vivalla", "boolean", False, ("and", ["visitationszon", "vivalla"])),
    ("brandkåren stenar", "boolean", False, ("and", ["brandkår", "sten_noun"])),
    ("Brickebacken OR Baronbackarna", "boolean", False, ("or", ["brickebacken", "baronbackarna"])),
    ("ÖBO OR Örebrobostäder", "boolean", False, ("or", ["öbo", "örebrobostäder"])),
    ("fritidsgården -stängd", "boolean", False, ("not", "fritidsgård", "stängd")),
    ("bilbränder -Vivalla", "boolean", False, ("not", "bilbrand", "vivalla")),
    ("källa:Örebrokuriren skolan", "filter", False, ("filter", "Örebrokuriren", "skola")),
    ("källa:Hjälmaren föräldrarna", "filter", False, ("filter", "Hjälmaren", "förälder")),
    ("källa:Tärnan polisen", "filter", False, ("filter", "Tärnan", "polis")),
    ("källa:Kvällssmällen stenar", "filter", False, ("filter", "Kvällssmällen", "sten_noun")),
    ("källa:Brandposten brandmännen", "filter", False, ("filter", "Brandposten", "brandman")),
    ("typ:opinion visitationszoner", "filter", False, ("filter", "opinion", "visitationszon")),
    ("typ:opinion föräldrarna", "filter", False, ("filter", "opinion", "förälder")),
    ("Björk", "trap", False, ("term", "Björk")),
    ("Sten", "trap", False, ("term", "Sten")),
    ("Ek", "trap", False, ("term", "Ek")),
    ("Ström", "trap", False, ("term", "Ström")),
    ("Modig", "trap", False, ("term", "Modig")),
    ("Bo", "trap", False, ("term", "Bo")),
    ("Liv", "trap", False, ("term", "Liv")),
    ("Kulan", "trap", False, ("term", "Kulan")),
    ("orten", "trap", False, ("term", "ort")),
    ("kvarteret", "trap", False, ("term", "kvarter")),
    ("våren", "trap", False, ("term", "vår")),
    ("elden", "trap", False, ("term", "eld")),
    ("modet", "trap", False, ("term", "mod")),
]

HEADER = """# corpus_unrest.json – judging notes

Invented crisis: on Friday evening 3 September 2027 the police make a raid (tillslag) on a flat on Kvarnbackagatan in Vivalla, Örebro, over a suspected weapons offence; two men are arrested (a pistol and bullets seized). Several nights of unrest follow: cars burn on the car parks by Vivalla centrum and Vivalla torg, stones are thrown at Nerikes Brandkår and at police cars (a firefighter hit on the shoulder), and in the night to Sunday 5 September the invented primary school Ekbackens skola (420 pupils, rector Sten Wallin) burns down. Polisregion Bergslagen declares a särskild händelse (5–10 September), the municipality closes the youth centre Kulan (later two more), social services open crisis support, parents of the invented association Trygga Vivalla walk the streets at night (nattvandrare), the police set up a visitation zone for two weeks and a debate follows (a lawsuit, the government's proposal on harsher sentences for attacks on emergency workers), the pupils are moved to other schools (Västhagaskolan, Nikolaiskolan, later pavilions on Vivalla torg), a 15-year-old is arrested for the school fire, insurers and the municipal housing company ÖBO (Örebrobostäder) count the damage and repair windows and doors; to late October. Places and public bodies are real (Örebro, Vivalla, Brickebacken, Baronbackarna, Strömparterren, Husby, Karlstad, Västerås, Örebro universitet, Universitetssjukhuset i Örebro, Örebro tingsrätt, Polisregion Bergslagen, Nerikes Brandkår, Bergslagens Räddningstjänst, Länsförsäkringar Bergslagen, ÖBO, Brottsförebyggande rådet; their actions are invented); the school, Kvarnbackagatan, Kulan, Västhagaskolan, Trygga Vivalla, every person and all six outlets are invented: Örebrokuriren (local daily), Radio Hjälmaren (local radio, with quotes), Nyhetsbyrån Tärnan (wire service), Kvällssmällen (tabloid), Brandposten (trade paper of the rescue services) and Dagbladet Svea (national daily). 118 articles (101 news, 17 opinion: leaders, debate articles, columns, chronicles, letters), published 3 September to 29 October 2027, all +02:00. The ids U001–U118 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (also the noun *man* in its base form, which cannot be told from it), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the nouns *björk*, *ek*, *ström*, *liv*, the adjective *modig* and the verb *bo* in their base forms (every *Björk*, *Ek*, *Ström*, *Liv*, *Modig*, *Bo* is a person; the common words appear only as *björkarna*, *ekarna*, *strömmen*, *livet*, *modiga*, *bor*, *bodde*, *boende*), *kulan* as a bullet (every *Kulan* is the youth centre; bullets appear as *kulor*), the noun *vår* (the season; every *vår* is the pronoun, the season appears as *våren*, *i våras*), *i morgon*. One form is kept in on purpose and read one by one from its sentence: *sten*, the stone (*kastade sten*, *kastar sten mot bilen*, *en sten i handen*) or the given name (*rektorn Sten Wallin*); no article has both. The build lists it under `amb` with the articles where it has the queried reading; elsewhere it is a lookalike; the phrase and filter queries on the stone take it in the stone articles only.

How the lists were made: src/unrest_articles.py holds the texts and src/unrest_build.py (which reuses the judging functions of fire_build.py, with a small wrapper for the `amb` form) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, stad/städ, brand/bränd/brinn/brunn, natt/nät, son/sön, bror/bröd, man/män, mörk/mork, vår/var) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *ÖBO:s* gives *öbo* and *s*. `python3 unrest_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Per query:

- **oroligheterna** (inflection): *oroligheter*, *oroligheterna*; the adjective *oroliga*, *oroligt* and *oron*, *oroar* (worry, another lemma) must_not.
- **tillslaget**: *tillslag*, *tillslaget*; *slag*, *förslag*, *Bergslagen* neither.
- **stenarna**: the stone (*stenar*, *stenarna*, *stenen*, *sten* in the stone articles); the rector *Sten* must_not; *stenkastning*, *gravstenar* compounds.
- **fritidsgårdarna**: all forms of *fritidsgård*.
- **vittnena**: *vittne*, *vittnet*, *vittnen*, *vittnena*; the verb *vittna*, *vittnade* must_not; *vittnesstöd* compound.
- **patrullerna**: *patrull*, *patrullerna*; the verb *patrullerar*, *patrullerade* must_not.
- **ersättningen**: the noun; the verb *ersätta*, *ersätts* must_not.
- **skadorna**: *skador*, *skadorna*; the participles *skadad*, *skadade*, *skadades*, *skadats*, *brandskadade* must_not; *skadegörelse*, *skadestånd*, *rökskadorna* compounds.
- **eleverna**: *elev*, *elever*, *eleverna*; *relevant* (letters inside another word) must_not.
- **vapnet** (syncope): *vapen*; *vapenbrott*, *skjutvapen* compounds.
- **mörkret**: *mörkret*; the adjective *mörka* must_not; *höstmörker* compound.
- **hindren**: *hinder*, *hindren*; the verb *hindrar* must_not.
- **morgnar**: *morgon*, *morgonen*, *morgnar*, *morgnarna*; *lördagsmorgonen* … compounds.
- **nyckeln**: *nyckeln*, *nycklar*, *nycklarna*.
- **somrar**: *sommaren*, *somrarna*; *sommarlov* compound.
- **städer** (umlaut): *staden*, *städer*; *stadsdelen*, *stadshuset* compounds; *Karlstad* don't care; *städa*, the *bostad-* words (*bostadsområde*, *Örebrobostäder*) and *kastade*, *kostade*, *röstade* must_not.
- **bränder**: *brand*, *branden*, *bränder*, *bränderna*; the verbs *brann*, *brinner*, *brände*, *brändes*, *bränna*, *brunnit* and the participles *utbrända*, *nedbrunnen*, *brännbar* must_not; the *brand-*/*-brand* compounds; the outlet name *Brandposten* don't care.
- **männen**: *män*, *männen*; *brandmän*, *tjänsteman* compounds; *ombudsman* don't care; *mängd* must_not.
- **nätterna**: *natt*, *natten*, *nattens*, *nätter*, *nätterna*; *midnatt*, *nattvandra*, *nattvandrare* compounds; *nätet*, *nätverket* must_not.
- **bröderna**: *bror*, *bröderna*; *bröd* must_not.
- **söner**: *son*, *sons*, *söner*; *söndag*, *söndagens*, *sönder* must_not.
- **skola** (compound, none): *skola*, *skolan*, *skolor*; *skolgården*, *skolbranden*, *Västhagaskolan*, *Nikolaiskolan*; *förskoleklass* don't care.
- **polis** (none): *polisen*, *poliser* …; *polisbil*, *polishuset*, *polisregion* …; *polisanmält* don't care.
- **bil** (none): *bil*, *bilen*, *bilar* …; *bilbrand*, *brandbilen*, *polisbil*, *hyrbilar*, *bilägare*; *bild*, *bilder*, *bildades*, *mobilen*, *utbildning*, *billigare* must_not.
- **våld** (-s-): *våld*; *våldsamt*; *vållade* must_not.
- **tjänst** (-e-): *tjänst*; *tjänsteman*, *socialtjänsten*, *räddningstjänsten*, *gudstjänst*; *tjänstgör* don't care; *förtjänar* must_not.
- **gata** (-u-): *gatan*, *gatorna* …; *gatubelysningen*, *Kvarnbackagatan*; *gåta* must_not.
- **kyrka** (-o-): *kyrka*, *kyrkan*; *kyrkogården*, *kyrkoherden*.
- **hus**: *huset*, *husen*; *polishuset*, *trapphuset*, *sjukhus*; *inomhus* don't care; *Husby* must_not.
- **ungdom** (-s-): *ungdomar*, *ungdomarna*; *ungdomsgården*, *ungdomsledare*.
- **"särskild händelse"**: adjacent (*den särskilda händelsen* counts); *en särskild ledningsplats … vid liknande händelser* must_not; the adverb *särskilt* is another word.
- **"kastade sten"**: any form of *kasta* right before the stone (*kastar sten*, *kastat sten*, *kastade stenar*); *stenar kastades*, *stenar kastade mot oss* (reversed) and *en sten i handen … Han kastade den* must_not.
- **"satt i brand"**: *sattes i brand*, *satts i brand*; *satt eld på … branden* must_not.
- **"nattvandrande föräldrar"**: adjacent; *föräldrar … för att nattvandra* must_not.
- **"till andra skolor"**: adjacent (*till andra skolor*); the three words apart must_not.
- **"Örebro kommun"**: *Örebro kommun*, *Örebro kommuns*; *kommunen … Örebro* apart must_not.
- **"polisens tillslag"**: adjacent (*efter polisens tillslag*); *polisen … tillslaget* apart must_not.
- **"natten till söndag"**: adjacent; *på söndag … natten* must_not.
- **Booleans**: AND with only some terms must_not; NOT with the excluded term must_not; for *fritidsgården -stängd*, *stängt* (participle or supine) makes it don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Örebrokuriren*, *Hjälmaren*, *Tärnan*, *Kvällssmällen*, *Brandposten*). Articles with the term that fail the filter are must_not.
- **Björk** (trap): the municipal commissioner Anna Björk; *björkarna* (the trees) must_not.
- **Sten** (trap): the rector Sten Wallin; the stone (*sten* in the stone articles, *stenar*, *stenen*, *stenkastning*, *gravstenar*) must_not.
- **Ek** (trap): the people named Ek; the school *Ekbackens skola*, *ekarna*, *ekonomiska* must_not; *bibliotek*, *svek* neither.
- **Ström** (trap): the people named Ström; *strömmen*, *strömavbrottet* and the park *Strömparterren* must_not.
- **Modig** (trap): Hanna Modig, Elin Modig; *mod*, *modet*, the adjective *modiga* and *Moderaterna* must_not.
- **Bo** (trap): Bo Karlsson, Bo Lindqvist; the verb *bor*, *bodde*, *bott*, *boende* must_not; *bort*, *bolaget*, *Boverket* neither.
- **Liv** (trap): Liv Andersson, Liv Ahmadi; *livet*, *föreningslivet* must_not.
- **Kulan** (trap): the youth centre (*Kulan*, *Kulans lokaler*); *kulor* (bullets) must_not.
- **orten** (trap): *orten* (the suburb, slang); *bort*, *borta*, *fort*, *portar*, *rapport*, *fortfarande*, *fortsätter*, *gjort*, *stort* … must_not.
- **kvarteret** (trap): *kvarteret*, *kvarteren*; the adverb *kvar* and *kvart* (a quarter of an hour) must_not.
- **våren** (trap): *våren*, *i våras*; the pronoun *vår*, *våra*, *vårt* must_not.
- **elden** (trap): *eld*, *elden*; the verb *eldat* and *eldsjälarna* must_not.
- **modet** (trap): *mod*, *modet*; *modiga*, the surname *Modig* and *Moderaterna* must_not.
"""

# --- the ambiguous form: read per article ---
_current = {}
_orig_judge = fire_build.judge
_orig_term_class = fire_build.term_class


def _judge(a, spec, compounds):
    _current["published"] = a["published"]
    return _orig_judge(a, spec, compounds)


def _term_class(c, toks, compounds):
    amb = CONCEPTS[c].get("amb", {})
    if amb:
        pub = _current.get("published")
        toks = set(toks)
        hit = [t for t in amb if t in toks and pub in amb[t]]
        miss = [t for t in amb if t in toks and pub not in amb[t]]
        for t in amb:
            toks.discard(t)
        cls = _orig_term_class(c, toks, compounds)
        if hit:
            return "rel"
        if miss and cls is None:
            return "no"
        return cls
    return _orig_term_class(c, toks, compounds)


def _phrase_found(a, concepts):
    """As fire_build.phrase_found, with a concept's amb forms accepted in the articles listed for them."""
    def ok(t, c):
        amb = CONCEPTS[c].get("amb", {})
        return t in CONCEPTS[c]["rel"] or (t in amb and a["published"] in amb[t])
    for s in fire_build.sentences(a):
        for i in range(len(s) - len(concepts) + 1):
            if all(ok(s[i + k], c) for k, c in enumerate(concepts)):
                return True
    return False


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
    pubs = {a["published"] for a in arts}
    for name, c in CONCEPTS.items():
        for t, ps in c.get("amb", {}).items():
            for p in ps - pubs:
                print("amb time of %s/%s not in the corpus: %s" % (name, t, p))
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
fire_build.phrase_found = _phrase_found
fire_build.check_probes = _check_probes


def main():
    fire_build.build("unrest", "U", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
