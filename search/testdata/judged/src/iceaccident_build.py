#!/usr/bin/env python3
"""Builds corpus_iceaccident.json and corpus_iceaccident.md from iceaccident_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 iceaccident_build.py [-v]
"""

import fire_build
from iceaccident_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "is": dict(
        probe=r"^is|is$|isen$|isens$|isar$|isarna$",
        rel=S("is isen isens isar isarna"),
        comp=S("blankis blankisen isansvarig isbanor isbanorna isborr isdubbar isdubbarna isfiske isforskare "
               "isforskaren isfritt iskalla iskallt iskanten isläget ismätning ismätningar isolyckor isolyckorna ispik "
               "ispikar ispiken isräddning isräddningar isräddningsskåp isvarning isvarningar isvett kärnis kärnisen "
               "naturis skärgårdsis skärgårdsisen snöis vårisen"),
        dc=S("isrännan isrännans"),
        no=S("isak polis polisen polisens sjöpolisen precis pris gratis vis visar avvisar tillbakavisar olyckligtvis"),
    ),
    "drunkning": dict(
        probe=r"drunkn",
        rel=S("drunkning drunkningar drunkningarna"),
        no=S("drunknade drunknar drunknat"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätning mätningar mätningarna"),
        comp=S("ismätning ismätningar"),
        no=S("mät mäta mäter mäts mätt mätte"),
    ),
    "skylt": dict(
        probe=r"skylt",
        rel=S("skylt skylten skyltar skyltarna"),
        comp=S("varningsskyltar"),
        no=S("skylta skyltade skyltat"),
    ),
    "uthyrning": dict(
        probe=r"uthyr",
        rel=S("uthyrning uthyrningen uthyrningarna"),
        comp=S("uthyrningsfirman"),
        dc=S("uthyrare uthyrarna"),
        no=S("uthyrda"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen varningar varningarna"),
        comp=S("förvarning isvarning isvarningar varningsskala varningsskyltar varningssystem"),
        no=S("varna varnade varnar"),
        nei=S("svävarna"),
    ),
    "svävare": dict(
        probe=r"sväv",
        rel=S("svävare svävaren svävarna"),
        comp=S("svävarförare"),
        no=S("svävade"),
    ),
    "nedkylning": dict(
        probe=r"nedkyl",
        rel=S("nedkylning"),
        no=S("nedkyld nedkylda"),
    ),
    "förbud": dict(
        probe=r"förb[uj]|förbjöd",
        rel=S("förbud förbudet"),
        comp=S("skoterförbud skoterförbudet"),
        no=S("förbjuda förbundets skridskoförbundet"),
    ),
    # --- syncope ---
    "skoter": dict(
        probe=r"skot",
        rel=S("skoter skotern skotrar skotrarna"),
        comp=S("skoterförare skoterföraren skoterförarna skoterförbud skoterförbudet skoterklubb skoterklubben "
               "skoterklubbs skoterkörning skoterleden skoterlederna skoterolycka skoterutrustning skoteråkare "
               "skoteråkning snöskoter"),
        no=S("skottat"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vinterns vintrar vintrarna"),
        comp=S("vinterbad vinterdagarna"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknade"),
    ),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("smältvattnet vattensjuk vattentät"),
    ),
    "finger": dict(
        probe=r"fing",
        rel=S("finger fingrar fingrarna"),
    ),
    "muskel": dict(
        probe=r"musk",
        rel=S("muskler musklerna"),
    ),
    # --- umlaut ---
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fots fötter fötterna"),
        no=S("fotograf"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand handen händerna"),
        dc=S("efterhand"),
        no=S("behandling handlar hända hände händelsen"),
    ),
    "man": dict(
        probe=r"^m[aä]n|m[aä]n$|männ|mannen",
        rel=S("man mannen män männen"),
        comp=S("brandman brandmän tjänsteman"),
        no=S("ekman hellman öhman firman uthyrningsfirman manar manövrera människa människan människoliv människor "
             "mänskliga"),
    ),
    "bror": dict(
        probe=r"br[oö]d|^bror",
        rel=S("bror brodern bröder bröderna"),
        no=S("bröd"),
        nei=S("broddar"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet landets länder"),
        comp=S("landsvägen"),
        dc=S("finland nederländerna svealand tyskland utländska"),
        no=S("landade"),
        nei=S("bland ibland"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand stranden stränderna"),
        no=S("strandade strandberg"),
    ),
    # --- compounds ---
    "skridsko": dict(
        probe=r"skridsk",
        rel=S("skridskor skridskorna"),
        comp=S("långfärdsskridskoklubb långfärdsskridskor långfärdsskridskorna skridskobana skridskoboomen "
               "skridskofebern skridskoförbundet skridskoklubbarna skridskoåkare skridskoåkaren"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor olyckorna"),
        comp=S("helgolyckorna isolyckor isolyckorna olycksplats olycksplatsen skoterolycka"),
        no=S("olyckligtvis"),
    ),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjö sjön sjöar sjöarna"),
        comp=S("grövelsjön insjö järlasjön orsasjön sjöpolisen sjöräddningssällskapet sjöräddningssällskapets "
               "sjösätts"),
        dc=S("sjöräddare sjöräddarna"),
        no=S("sjöberg sjödin sjögren sjöng sjönk"),
    ),
    "säkerhet": dict(
        probe=r"säk",
        rel=S("säkerhet säkerheten"),
        comp=S("säkerhetsansvaret säkerhetsexpert säkerhetsexperten säkerhetssamordnare säkerhetssamordnaren "
               "säkerhetsutrustning"),
        dc=S("produktsäkerhetslagen"),
        no=S("säker osäker säkrare försäkring"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst tjänster"),
        comp=S("tjänsteman räddningstjänst räddningstjänsten räddningstjänstens räddningstjänster räddningstjänsterna "
               "räddningstjänsternas"),
        no=S("tjänade"),
    ),
    "människa": dict(
        probe=r"männi|mänsk",
        rel=S("människa människan människor"),
        comp=S("människoliv"),
        no=S("mänskliga"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gata"),
        comp=S("gatubelysning gatukontoret"),
        no=S("gåta"),
        nei=S("frågat försvagats gått lagstadgat legat obligatorisk obligatoriska"),
    ),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens"),
        comp=S("polisbåt polisregion sjöpolisen"),
    ),
    "livräddning": dict(
        probe=r"livrädd",
        rel=S("livräddning"),
        comp=S("livräddningssällskapet livräddningssällskapets"),
        dc=S("livräddare livräddarna"),
        no=S("livrädd"),
    ),
    # --- traps ---
    "vak": dict(
        probe=r"vak",
        rel=S("vak vaken"),
        no=S("bevaka vaknar vakt övervaka"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil"),
        no=S("emil mild mildare mildväder mildvädret miljon miljoner"),
        nei=S("familj familjen familjer"),
    ),
    "råd": dict(
        probe=r"r[åa]d",
        rel=S("råd"),
        comp=S("kommunalråd kommunalrådet"),
        no=S("avråder rådde rad radar radarn markradar radhuset radiovågor kontrollerad stationerad uppdaterad"),
        nei=S("borrade dödförklarades fungerade förlorade förändrades grader informerades klarade markerade "
              "minusgrader plusgrader område områden områdena området passerade patrullerade promenerade "
              "rapporterade"),
    ),
    "hål": dict(
        probe=r"^h[åa]l|h[åa]l$|hålet|hålen",
        rel=S("hål"),
        no=S("hal hallberg håll hålla hållbart håller hålls"),
        nei=S("halsen halv halvan"),
    ),
    "tunn": dict(
        probe=r"tunn|^tunt$",
        rel=S("tunn tunna tunnare tunnast"),
        no=S("tunnelbanan"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("viken vikar vikarna"),
        comp=S("drevviken mjölkviken"),
        dc=S("rättvik rättviks vikarbyn vikarbyns"),
        no=S("besviken sviker viklund vikt viktig viktor"),
    ),
    "tö": dict(
        probe=r"^tö",
        rel=S("tö töet"),
        comp=S("töväder tövädret"),
        no=S("töar tömts"),
    ),
    "rop": dict(
        probe=r"rop",
        rel=S("rop ropen"),
        no=S("ropade ropar europa"),
        nei=S("kroppen propeller propellern"),
    ),
    "dubb": dict(
        probe=r"dubb",
        rel=S("dubbar dubbarna"),
        comp=S("isdubbar isdubbarna"),
        no=S("fördubbla fördubblats"),
    ),
    "spricka": dict(
        probe=r"spr[iau]ck",
        rel=S("sprickor"),
        no=S("sprack"),
    ),
    "kant": dict(
        probe=r"kant",
        rel=S("kanten"),
        comp=S("iskanten"),
        no=S("kantorn markant"),
    ),
    "rygg": dict(
        probe=r"rygg",
        rel=S("ryggen"),
        comp=S("ryggsäck ryggsäckarna ryggsäcken"),
        no=S("brygga bryggan bryggor långbrygga tryggt"),
    ),
    "ben": dict(
        probe=r"ben",
        rel=S("ben benen"),
        no=S("bengt bensin klubben klubbens skoterklubben"),
    ),
    # --- words of phrases, booleans and filters ---
    "genom": dict(probe=r"^genom$", rel=S("genom")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "svag": dict(probe=r"^svag", rel=S("svag")),
    "svenska": dict(
        probe=r"^svensk",
        rel=S("svensk svenska"),
        nei=S("svenskar svenskarna"),
    ),
    "livräddningssällskapet": dict(
        probe=r"livräddningssällskap",
        rel=S("livräddningssällskapet livräddningssällskapets"),
    ),
    "tjocklek": dict(
        probe=r"tjock",
        rel=S("tjocklek tjockleken"),
        nei=S("tjock"),
    ),
    "hyra": dict(probe=r"^hyr", rel=S("hyr hyra hyrt")),
    "ensam": dict(probe=r"^ensam", rel=S("ensam ensamma")),
    "sjöräddningssällskapet": dict(
        probe=r"sjöräddningssällskap",
        rel=S("sjöräddningssällskapet sjöräddningssällskapets"),
    ),
    "plogad": dict(probe=r"plog", rel=S("ploga plogad plogade plogar")),
    "bana": dict(
        probe=r"^ban|ban(a|an|or|orna)?$",
        rel=S("bana banan banor banorna"),
        comp=S("isbanor isbanorna skridskobana tunnelbanan"),
    ),
    "siljan": dict(probe=r"silj", rel=S("siljan siljans")),
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter"),
        comp=S("ambulanshelikopter ambulanshelikoptern"),
    ),
    "falun": dict(probe=r"^falu", rel=S("falun falu")),
    "rättvik": dict(probe=r"rättvik", rel=S("rättvik rättviks")),
    "isrännan": dict(probe=r"isränn", rel=S("isrännan isrännans")),
    "turist": dict(probe=r"turist", rel=S("turist turister turisterna")),
    "smhi": dict(probe=r"smhi", rel=S("smhi")),
    "dalarna": dict(probe=r"^dalarn", rel=S("dalarna dalarnas")),
    "isdubbar": dict(probe=r"isdubb", rel=S("isdubbar isdubbarna")),
    "lina": dict(
        probe=r"^lin[ao]|lina$|linan|linor",
        rel=S("lina linan linor"),
        comp=S("kastlina"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("isen", "inflection", False, ("term", "is")),
    ("drunkningarna", "inflection", False, ("term", "drunkning")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("skyltarna", "inflection", False, ("term", "skylt")),
    ("uthyrningen", "inflection", False, ("term", "uthyrning")),
    ("varningarna", "inflection", False, ("term", "varning")),
    ("svävaren", "inflection", False, ("term", "svävare")),
    ("nedkylningen", "inflection", False, ("term", "nedkylning")),
    ("förbudet", "inflection", False, ("term", "förbud")),
    ("skotrar", "syncope", False, ("term", "skoter")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("finger", "syncope", False, ("term", "finger")),
    ("muskel", "syncope", False, ("term", "muskel")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("männen", "umlaut", False, ("term", "man")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("länder", "umlaut", False, ("term", "land")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("skridsko", "compound", True, ("term", "skridsko")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("sjö", "compound", True, ("term", "sjö")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("människa", "compound", True, ("term", "människa")),
    ("gata", "compound", True, ("term", "gata")),
    ("polis", "compound", True, ("term", "polis")),
    ("livräddning", "compound", True, ("term", "livräddning")),
    ('"genom isen"', "phrase", False, ("phrase", ["genom", "is"])),
    ('"svag is"', "phrase", False, ("phrase", ["svag", "is"])),
    ('"Svenska Livräddningssällskapet"', "phrase", False, ("phrase", ["svenska", "livräddningssällskapet"])),
    ('"tjockleken på isen"', "phrase", False, ("phrase", ["tjocklek", "på", "is"])),
    ('"hyra skridskor"', "phrase", False, ("phrase", ["hyra", "skridsko"])),
    ('"ensam på isen"', "phrase", False, ("phrase", ["ensam", "på", "is"])),
    ('"Sjöräddningssällskapets svävare"', "phrase", False, ("phrase", ["sjöräddningssällskapet", "svävare"])),
    ('"plogade banor"', "phrase", False, ("phrase", ["plogad", "bana"])),
    ("skotern Siljan", "boolean", False, ("and", ["skoter", "siljan"])),
    ("svävare OR helikopter", "boolean", False, ("or", ["svävare", "helikopter"])),
    ("drunkningar -skotern", "boolean", False, ("not", "drunkning", "skoter")),
    ("isdubbar lina", "boolean", False, ("and", ["isdubbar", "lina"])),
    ("Falun OR Rättvik", "boolean", False, ("or", ["falun", "rättvik"])),
    ("Isrännan turister", "boolean", False, ("and", ["isrännan", "turist"])),
    ("SMHI -Dalarna", "boolean", False, ("not", "smhi", "dalarna")),
    ("källa:Kompass svävaren", "filter", False, ("filter", "Kompass", "svävare")),
    ("källa:Dalabygden skotern", "filter", False, ("filter", "Dalabygden", "skoter")),
    ("källa:Aftonstjärnan drunkningar", "filter", False, ("filter", "Aftonstjärnan", "drunkning")),
    ("källa:Skärgårdsbladet skyltarna", "filter", False, ("filter", "Skärgårdsbladet", "skylt")),
    ("källa:Räddningsbladet mätningarna", "filter", False, ("filter", "Räddningsbladet", "mätning")),
    ("typ:opinion uthyrningen", "filter", False, ("filter", "opinion", "uthyrning")),
    ("typ:opinion förbudet", "filter", False, ("filter", "opinion", "förbud")),
    ("vak", "trap", False, ("term", "vak")),
    ("mil", "trap", False, ("term", "mil")),
    ("råd", "trap", False, ("term", "råd")),
    ("hål", "trap", False, ("term", "hål")),
    ("tunn", "trap", False, ("term", "tunn")),
    ("vik", "trap", False, ("term", "vik")),
    ("tö", "trap", False, ("term", "tö")),
    ("rop", "trap", False, ("term", "rop")),
    ("dubbar", "trap", False, ("term", "dubb")),
    ("sprickor", "trap", False, ("term", "spricka")),
    ("kant", "trap", False, ("term", "kant")),
    ("rygg", "trap", False, ("term", "rygg")),
    ("ben", "trap", False, ("term", "ben")),
]

HEADER = """# corpus_iceaccident.json – judging notes

Invented crisis: after five weeks of hard frost and a long-distance skating boom in January 2027, SMHI forecasts a sudden thaw (töväder) for Friday 12 February. On Saturday 13 February two long-distance skaters from Roslagens Långfärdsskridskoklubb go through the ice on Trälhavet east of Tynningö (Vaxholm); a friend holds one of them with a rope until Sjöräddningssällskapet's hovercraft (svävare) from Ljusterö picks him up, the other, 67, is found drowned by divers. At noon a snowmobile with two brothers from Boda goes through the ice on Siljan off Vikarbyn in Rättviks kommun, near a stream mouth; the younger gets out with his ice claws (isdubbar), the driver, 24, is found dead on Sunday. In the afternoon the same hovercraft rescues a German family who had rented skates from the rental firm Isrännan in Vaxholm and gone through near Rindö, and two students with a rope pull a father and his daughter out of Runn in Falun. Over the weekend more than twenty people go through the ice in Stockholms län and Dalarna. Articles follow the weeks before (good ice, plowed tracks, rental, the first warnings, SMHI's forecast), the weekend, and the aftermath to the end of April: police and municipalities warning against the ice and closing tracks, new warning signs in several languages, the debate about who measures the ice (municipalities, clubs, SKR, Svenska Livräddningssällskapet, a ground radar on Runn, an app), criticism of the skate rental and Konsumentverket's verdict, a temporary ban (förbud) on snowmobiles on Siljan by Länsstyrelsen Dalarna, ice rescue cabinets, drowning statistics, the hovercrafts' funding, Svenska Livräddningssällskapet's advice and awards, memorials. Places and public bodies are real (Trälhavet, Tynningö, Rindö, Resarö, Oxdjupet, Ljusterö, Åkers kanal, Vaxholm, Österåker, Åkersberga, Järlasjön, Magelungen, Lilla Värtan, Hellasgården, Siljan, Rättvik, Vikarbyn, Boda, Leksand, Mora, Orsa, Orsasjön, Runn, Främbyudde, Falun; SMHI, MSB, SKR, Länsstyrelsen Dalarna, Konsumentverket, Storstockholms brandförsvar, Räddningstjänsten Dala Mitt, Sjöräddningssällskapet, Svenska Livräddningssällskapet, Svenska Skridskoförbundet, Uppsala universitet; their actions are invented); the firm Isrännan AB, the clubs (Roslagens Långfärdsskridskoklubb, Siljans Skoterklubb), the app Isläget, every person and all six outlets are invented: Nyhetsbyrån Kompass (wire service), Skärgårdsbladet (local paper, Österåker, Vaxholm and the northern archipelago), Dalabygden (local paper, Falun and the Siljan area), Aftonstjärnan (tabloid), Riksposten (national daily, leaders and debate) and Räddningsbladet (trade paper for the rescue services). 120 articles (102 news, 18 opinion: leaders, debate articles, columns, letters), published 8 January to 28 April 2027, +01:00 until 28 March and +02:00 after. The ids ik001–ik120 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (every *man*, *mannen*, *män*, *männen* is the noun; quotes were phrased without the pronoun), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *vaken* (awake; every *vaken* is the hole in the ice, the verb appears as *vaknar*), the noun *tunna* (barrel; *tunna* is only the adjective, *den tunna isen*), the fruit *banan* (every *banan* is the track), the noun *hyra* (rent; every *hyra* is the verb), the verb *spricka* in the infinitive (the verb appears only as *sprack*), the first name *Lina*, the surnames *Strand* and *Vik*, *ha råd* (afford) and the verb *bad* (asked) next to a noun *bad* (there is no noun *bad*).

How the lists were made: src/iceaccident_articles.py holds the texts and src/iceaccident_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: hål/hal, råd/rad, fot/föt, hand/händ, man/män, bror/bröd, land/länd, strand/stränd, gata/gåta, förbud/förbjud) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for `isen` is anchored (words beginning with *is* or ending in *is*, *isen*, *isens*, *isar*, *isarna*), since *is* occurs inside hundreds of words; the probe for `hål` takes words beginning with *hål*/*hal* or ending in *hål*/*hal*; *tö* is probed from the start of the word. Tokens are runs of letters, so *SMHI:s*, *vd:n* and hyphenated words are split. `python3 iceaccident_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the traps the rule for longer words was: a word that begins or ends with the query word (or its diacritic twin) but is another word is must_not (*klubben* for `ben`, *besviken* for `vik`, *tryggt* and *brygga* for `rygg`, *Europa* for `rop`, *polisen* for `isen`); a word that only has the letters in its middle is neither (*familjen* for `mil`, *område*, *grader* for `råd`, *kroppen*, *propeller* for `rop`). The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *olycksplatsen*, *säkerhetsexperten*, *säkerhetssamordnaren*, *livräddningssällskapet*; -e- *tjänsteman* (tjänst); -o- *människoliv* (människa), *skridskoklubbarna*, *skridskoförbundet* (the word ends in -o); -u- *gatukontoret*, *gatubelysning* (gata); none *räddningstjänsten*, *isolyckor*, *skoterolycka*, *helgolyckorna*, *insjö*, *Järlasjön*, *Orsasjön*, *Grövelsjön*, *sjöpolisen*, *sjösätts*, *polisbåt*, *polisregion*, *räddningstjänst*, *långfärdsskridskor*, *skridskobana*. A word inside a longer compound is don't care: *produktsäkerhetslagen* for `säkerhet`; *sjöräddare*, *sjöräddarna* are derivations of *sjöräddning*, not compounds of *sjö* → don't care; *livräddare*, *livräddarna* → don't care for `livräddning`.
- **isen**: *is*, *isen*, *isens*, *isar*, *isarna* relevant; the many compounds (*kärnis*, *snöis*, *blankisen*, *vårisen*, *isdubbar*, *iskallt*, *isläget*, *isräddning* …) only with compounds:true → don't care; the firm *Isrännan* → don't care; the name *Isak*, *polis*/*polisen*/*sjöpolisen*, *precis*, *pris*, *gratis*, *vis*, *visar*, *avvisar*, *tillbakavisar*, *olyckligtvis* → must_not (only ik088, an article about a snowmobile accident on land, has none of the relevant forms).
- **drunkningarna**: the verb *drunknade*, *drunknar*, *drunknat* → must_not. **mätningarna**: *mäta*, *mäter*, *mäts*, *mätt*, *mätte*, *mät* → must_not; *ismätning(ar)* compound. **skyltarna**: *skylta*, *skyltade*, *skyltat* → must_not; *varningsskyltar* compound. **uthyrningen**: *uthyrda* (participle) → must_not; *uthyrare*, *uthyrarna* (agent noun) → don't care; *uthyrningsfirman* compound. **varningarna**: *varna*, *varnade*, *varnar* → must_not; *förvarning*, *isvarning(ar)*, *varningsskala*, *varningsskyltar*, *varningssystem* compounds; *svävarna* is neither. **svävaren**: *svävade* (*svävade i livsfara*) → must_not; *svävarförare* compound. **nedkylningen**: *nedkyld*, *nedkylda* → must_not. **förbudet**: *förbjuda* and *förbundets*, *Skridskoförbundet* (förbund, another lemma) → must_not; *skoterförbud(et)* compound.
- **skotrar**: *skottat* (skotta) → must_not; *snöskoter*, *skoterleden*, *skoterklubb* … compounds. **vintrar**, **vattnet**, **finger**, **muskel**: no lookalike in the texts; *vinterbad*, *smältvattnet*, *vattensjuk*, *vattentät* compounds; *peka finger* is the noun. **tecknen**: *tecknade* (teckna ett avtal) → must_not.
- **fötter**: *till fots* is the noun → relevant; *fotograf* → must_not. **händerna**: *hand*, *handen*, *händerna*, *på egen hand* relevant; *hände*, *hända*, *händelsen*, *handlar*, *behandling* → must_not; *i efterhand* → don't care. **männen**: *brandman*, *brandmän*, *tjänsteman* compounds; *människa*, *människor*, *människoliv*, *mänskliga*, the verb *manar*, *manövrera*, the surnames *Ekman*, *Hellman*, *Öhman* and *firman*, *uthyrningsfirman* → must_not. **bröderna**: *bröd* → must_not. **länder**: *land* (*i land*, *på land*), *landet*, *landets*, *länder* relevant; *landsvägen* compound; country and region names ending in -land (*Finland*, *Tyskland*, *Svealand*, *Nederländerna*) and *utländska* → don't care; *landade* → must_not; *bland*, *ibland* neither. **stränder**: *strandade* and the surname *Strandberg* → must_not.
- **skridsko**, **polis**: no lookalike. **olycka**: *olyckligtvis* → must_not. **sjö**: *sjönk*, *sjöng* and the surnames *Sjöberg*, *Sjödin*, *Sjögren* → must_not. **säkerhet**: the adjective *säker*, *osäker*, *säkrare* and *försäkring* → must_not. **tjänst**: *tjänade* → must_not. **människa**: *mänskliga* → must_not. **gata**: *gåta* → must_not; *gått*, *legat*, *obligatorisk* … are neither. **livräddning**: the adjective *livrädd* → must_not.
- **vak** (trap): *vak*, *vaken* (the hole) relevant; *vaknar*, *vakt*, *bevaka*, *övervaka* → must_not. **mil** (trap): *fyra mil*, *många mil strand* relevant; *mild*, *mildare*, *mildväder*, *mildvädret*, *miljon*, *miljoner* and the name *Emil* → must_not; *familj-* neither. **råd** (trap): *råd* relevant, *kommunalråd(et)* compound; *rad* (*i rad*, *i en lång rad*), *radar*, *radarn*, *markradar*, *radiovågor*, *radhuset*, *rådde*, *avråder* and the participles ending in *-rad* (*kontrollerad*, *stationerad*, *uppdaterad*) → must_not; *område*, *grader*, *plusgrader* and the past tenses in *-rade* are neither. **hål** (trap): *hål* relevant; *hal*, *håll* (direction), *hålla*, *håller*, *hålls*, *hållbart* and the surname *Hallberg* → must_not; *halsen*, *halv* neither. **tunn** (trap): *tunn*, *tunna* (adjective), *tunnare*, *tunnast* relevant; *tunnelbanan* → must_not. **vik** (trap): *viken*, *vikar*, *vikarna* relevant, *Drevviken*, *Mjölkviken* compounds; the place names *Rättvik* and *Vikarbyn* → don't care (as *Kristianstad* for `stad`); *vikt*, *viktig*, *besviken*, *sviker*, the surname *Viklund* and the name *Viktor* → must_not. **tö** (trap): *tö*, *töet* relevant, *töväder*, *tövädret* compounds; the verb *töar* and *tömts* (tömma) → must_not. **rop** (trap): *rop*, *ropen* relevant; the verb *ropade*, *ropar* and *Europa* → must_not. **dubbar** (trap): *dubbar*, *dubbarna* relevant, *isdubbar* compound; *fördubbla*, *fördubblats* → must_not. **sprickor** (trap): the verb *sprack* → must_not. **kant** (trap): *kanten* relevant, *iskanten* compound; *kantorn* and *markant* → must_not. **rygg** (trap): *ryggen* relevant, *ryggsäck* compounds; *tryggt*, *brygga*, *bryggan*, *bryggor*, *långbrygga* → must_not. **ben** (trap): *ben* (*armar och ben*, *ett brutet ben*), *benen* relevant; the name *Bengt*, *bensin* and *klubben*, *klubbens*, *skoterklubben* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. "genom isen": *genom den tunna isen* and *Genom att borra … isen* → must_not. "svag is": *varnar för svag is*, *Livsfara – svag is* relevant; *isen är svag*, *isen kan bli svag*, *isen var svag*, *för svag för att bära* → must_not (the only form of *svag* in the texts is *svag*). "Svenska Livräddningssällskapet": relevant also as *Svenska Livräddningssällskapets*; *Livräddningssällskapet* with *svenska* elsewhere → must_not. "tjockleken på isen": *isens tjocklek*, *tappat … i tjocklek*, *tjockleken sedan i fredags* → must_not. "hyra skridskor": forms of the verb are *hyra*, *hyr*, *hyrt*; *hyrt skridskor*, *Hyr skridskor* relevant; *hyr ut skridskor*, *hyra ut isdubbar*, *hyra ut just nu* with *skridskor* elsewhere → must_not; "ensam på isen": *ute ensamma* with *isen* elsewhere → must_not. "Sjöräddningssällskapets svävare": *svävare från Sjöräddningssällskapet*, *Sjöräddningssällskapets station … svävaren* → must_not. "plogade banor": forms of *ploga*/*plogad* (*plogar*, *plogade*, *plogad*) and of *bana* (*banan*, *banor*, *banorna*) count: *plogade banorna*, *plogad bana*, *den plogade banan* relevant; *banorna som kommunen plogar* → must_not; *plogade isbanor* is a compound → don't care.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*skoterleden*, *Skoterklubb*) is don't care. NOT – an article with the excluded term is must_not; with it only inside a compound (*skoterförare*), don't care. OR – *ambulanshelikopter* alone is a compound → don't care; *svävade* alone → must_not. *Falu* (*Falu kommun*, *Falu lasarett*) is a form of *Falun*; *Dalarnas* of *Dalarna* (also in *Högskolan Dalarna*, *Region Dalarna*).
- **Filters**: `källa:` matches one word of the outlet's name (*Kompass*, *Dalabygden*, *Aftonstjärnan*, *Skärgårdsbladet*, *Räddningsbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("iceaccident", "ik", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
