#!/usr/bin/env python3
"""Builds corpus_landslide.json and corpus_landslide.md from landslide_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 landslide_build.py [-v]
"""

import fire_build
from landslide_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "skred": dict(
        probe=r"skred|skrid",
        rel=S("skred skredet skreden"),
        comp=S("jordskred kvicklereskred skredkanten skredkänsliga skredmassorna skredområdet skredplanet "
               "skredplatsen skredrisken"),
        no=S("skrider"),
    ),
    "dykare": dict(
        probe=r"dyk|^dök",
        rel=S("dykare dykarna"),
        no=S("dyka dök"),
    ),
    "borrning": dict(
        probe=r"borr",
        rel=S("borrningar borrningarna"),
        comp=S("vingborrning"),
        dc=S("borrhålen borrigg borriggarna borriggen borrplats borrproven"),
        no=S("borrat borrats"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätning mätningar mätningarna"),
        dc=S("mätare mätdata mätfartyg mätpunkter"),
        no=S("mäter mätt mätte"),
    ),
    "sluss": dict(
        probe=r"sluss",
        rel=S("slussarna slussen"),
        no=S("slussades slussas"),
    ),
    "bygglov": dict(
        probe=r"bygglov",
        rel=S("bygglov bygglovet"),
    ),
    "spricka": dict(
        probe=r"spr[iau]ck",
        rel=S("sprickan sprickor sprickorna"),
        no=S("sprack spricker"),
    ),
    "omledning": dict(
        probe=r"omled",
        rel=S("omledningen"),
        comp=S("omledningsvägen"),
        no=S("omleds"),
    ),
    "skadestånd": dict(
        probe=r"skadestånd",
        rel=S("skadestånd skadeståndet"),
        comp=S("skadeståndsfrågan skadeståndskraven skadeståndsmålet skadeståndsprocess"),
    ),
    # --- syncope ---
    "vinkel": dict(
        probe=r"vink",
        rel=S("vinkel vinkeln"),
        no=S("vinklad"),
    ),
    "tröskel": dict(
        probe=r"trösk",
        rel=S("tröskeln trösklarna"),
        no=S("tröska"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("botten bottnen"),
        comp=S("älvbotten"),
        no=S("bott"),
    ),
    "kabel": dict(
        probe=r"kab",
        rel=S("kabel kabeln kablar"),
        nei=S("riskabelt"),
    ),
    "oväder": dict(
        probe=r"väd",
        rel=S("oväder ovädret"),
        no=S("vädret"),
    ),
    "mirakel": dict(
        probe=r"mirak",
        rel=S("mirakel miraklet"),
        no=S("mirakulöst"),
    ),
    "skyffel": dict(
        probe=r"skyff",
        rel=S("skyffel skyfflar"),
        no=S("skyfflade"),
    ),
    # --- umlaut ---
    "stor": dict(
        probe=r"^st[oö]r|st[oö]rr|st[oö]rs",
        rel=S("stor stora stort större största"),
        no=S("storken störa störningar störs"),
    ),
    "tung": dict(
        probe=r"^t[uy]ng|tyng",
        rel=S("tung tunga tungt tyngre tyngsta"),
        dc=S("tyngden"),
        no=S("tynger"),
    ),
    "ung": dict(
        probe=r"^[uy]ng",
        rel=S("unga yngre yngsta"),
        dc=S("ungdom"),
        no=S("ungefär"),
    ),
    "fot": dict(
        probe=r"^f[oö]t|f[oö]tt|fot$|foten|fötter",
        rel=S("fot foten fötter fötterna"),
        comp=S("släntfoten takfötter"),
        dc=S("fotbollsplaner"),
        no=S("fotoalbum fotona"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder bönderna"),
        no=S("bön"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar"),
        dc=S("dotterbolag"),
    ),
    # --- compounds ---
    "jord": dict(
        probe=r"jord",
        rel=S("jord jorden"),
        comp=S("friktionsjord jordbruk jordmassor jordskred"),
        nei=S("gjorde"),
    ),
    "älv": dict(
        probe=r"[äe]lv",
        rel=S("älv älven älvens älvs"),
        comp=S("älvbotten älvdal älvdalen älvfåran älvstranden älvutredningen norsälven ångermanälven"),
        dc=S("älvbyggen älvbyggens älvängen kungälv kungälvs"),
        no=S("själv själva självrisken"),
    ),
    "bana": dict(
        probe=r"ban",
        rel=S("bana banan"),
        comp=S("banvallen bansträckningen vänerbanan värmlandsbanan"),
        no=S("banade band bandet bank banken lerbanken skyddsbank vägbanken urbana"),
        nei=S("bredband orsakssamband samband"),
    ),
    "villa": dict(
        probe=r"vill",
        rel=S("villan villor villorna"),
        comp=S("villaförsäkringen villaområden villaägare villaägarna"),
        no=S("vill ville villig villkoren"),
        nei=S("frivilliga"),
    ),
    "tomt": dict(
        probe=r"tom",
        rel=S("tomt tomten tomter tomterna"),
        comp=S("tomtköpare tomtmark"),
        no=S("tomma"),
        nei=S("automatiska automatiskt dessutom utom"),
    ),
    "slänt": dict(
        probe=r"sl[äa]nt",
        rel=S("slänt slänten slänter slänterna slänternas"),
        comp=S("lerslänterna släntfoten släntkrön släntkrönet"),
        no=S("slant"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten stenar"),
        comp=S("sprängsten"),
        no=S("stenungsund"),
        nei=S("edetposten edetpostens hösten höstens konsultbristen lasten masten prästen resten räddningstjänsten "
              "tjänsten torstensson"),
    ),
    "erosion": dict(
        probe=r"ero[sd]",
        rel=S("erosion erosionen"),
        comp=S("erosionsskydd erosionsskyddet"),
        no=S("eroderar"),
    ),
    # --- traps ---
    "ort": dict(
        probe=r"ort",
        rel=S("orten ortens orter"),
        no=S("bort eskort fort gjort gjorts hjort konsultrapport kort lägesrapport rapport rapporten slutrapport "
             "slutrapporten sorts stort transport"),
        nei=S("borta fjorton fortfarande fortsatt fortsätta fortsätter kortare korthus portryck portrycken portrycket "
              "rapporterat reporter sporthallen transporttiden"),
    ),
    "lok": dict(
        probe=r"lok",
        rel=S("loket"),
        comp=S("diesellok lokförare lokföraren lokförarna"),
        no=S("lokala lokaler"),
    ),
    "spont": dict(
        probe=r"spont",
        rel=S("spont sponten"),
        comp=S("spontplankorna spontväggen"),
        dc=S("spontningen"),
        no=S("spontan spontant"),
    ),
    "påle": dict(
        probe=r"p[åa]l",
        rel=S("pålar pålarna"),
        comp=S("stålpålar stålpålarna"),
        dc=S("pålningen pålningsmaskiner"),
        no=S("pålad pålitliga"),
    ),
    "grus": dict(
        probe=r"grus",
        rel=S("grus"),
        comp=S("grusås"),
        no=S("grusades"),
    ),
    "dal": dict(
        probe=r"dal",
        rel=S("dal dalen"),
        comp=S("dalgång dalgångar dalgången älvdal älvdalen"),
        dc=S("mälardalen"),
        no=S("dalade skandal"),
    ),
    "hål": dict(
        probe=r"h[åa]l",
        rel=S("hål"),
        comp=S("borrhålen"),
        no=S("hallen sporthallen håll hålla håller hållfasthet hålls hushåll hushållen innehåller innehållet"),
        nei=S("chalmers halterna halv halva halvt"),
    ),
    "block": dict(
        probe=r"block",
        rel=S("block"),
        no=S("blockerar"),
    ),
    "last": dict(
        probe=r"last",
        rel=S("last lasten"),
        comp=S("lastbil lastbilarna lastfartyg lastrummet"),
        no=S("belastar belastas belastning belastningen fullastat lastade olastat"),
        nei=S("enklaste"),
    ),
    "krön": dict(
        probe=r"kr[öo]n",
        rel=S("krönet"),
        comp=S("släntkrön släntkrönet"),
        no=S("kronor krönika krönikan"),
    ),
    "fåra": dict(
        probe=r"f[åa]r[ao]",
        rel=S("fåra fåran"),
        comp=S("älvfåran"),
        no=S("fara faran"),
        nei=S("fortfarande"),
    ),
    "slam": dict(
        probe=r"slam",
        rel=S("slam slammet"),
        no=S("islamiska slamrade"),
    ),
    "mast": dict(
        probe=r"m[aå]st",
        rel=S("mast masten masterna"),
        comp=S("kraftledningsmast"),
        no=S("måste närmast"),
    ),
    # --- words of phrases, booleans and filters ---
    "göta": dict(probe=r"^göta", rel=S("göta"), nei=S("götaland")),
    "geoteknisk": dict(
        probe=r"geotekni",
        rel=S("geoteknisk geotekniska geotekniskt"),
        nei=S("geoteknik geotekniken geotekniker geoteknikern geoteknikerna geoteknikertjänst"),
    ),
    "undersökning": dict(
        probe=r"undersök",
        rel=S("undersökningar undersökningarna undersökningen"),
        no=S("undersökts"),
    ),
    "ny": dict(probe=r"^ny(tt|a|are|aste)?$", rel=S("ny nya nytt")),
    "ras": dict(
        probe=r"^ras|rasa|ras$|rase",
        rel=S("ras"),
        no=S("rasa rasat raserades"),
        nei=S("analyseras besvaras deras dras effektiviseras försvåras förändras göras hanteras identifieras köras "
              "levereras placeras presenteras publiceras repareras sparas standardfraser summeras uppdateras "
              "värderas våras ändras"),
    ),
    "och": dict(probe=r"^och$", rel=S("och")),
    "grumlig": dict(
        probe=r"grum",
        rel=S("grumliga grumligt"),
        dc=S("grumlighet grumligheten"),
        no=S("grumla"),
    ),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dricksvatten dricksvattenförsörjning dricksvattnet grundvatten reservvattentäkt råvatten "
               "råvattenkälla vattendrag vattenintag vattenintaget vattenledning vattenreserv vattentäkt "
               "vattenverken"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "trafik": dict(
        probe=r"trafik",
        rel=S("trafik trafiken"),
        comp=S("fartygstrafik godstrafiken trafikingenjör trafikledare trafikverket trafikverkets tågtrafiken"),
        dc=S("sjötrafikchefen trafikanter västtrafik"),
        no=S("trafikerade"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningarna"),
        comp=S("ersättningsbussar"),
        no=S("ersätta ersätter ersätts"),
    ),
    "från": dict(probe=r"^från$", rel=S("från")),
    "stat": dict(
        probe=r"^stat",
        rel=S("stat staten statens"),
        dc=S("statlig statliga"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "mark": dict(
        probe=r"mark|märk",
        rel=S("mark marken"),
        comp=S("markägarna tomtmark åkermark"),
        no=S("märker märkt"),
        nei=S("märkligaste"),
    ),
    "sgi": dict(probe=r"^sgi", rel=S("sgi")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "länsstyrelsen": dict(probe=r"länsstyr", rel=S("länsstyrelsen")),
    "kvicklera": dict(
        probe=r"kvickler",
        rel=S("kvicklera kvickleran"),
        comp=S("kvicklerazon kvicklereskred"),
    ),
    "sjöfartsverket": dict(probe=r"sjöfartsverk", rel=S("sjöfartsverket")),
    "vänern": dict(
        probe=r"väner",
        rel=S("vänern"),
        comp=S("vänerbanan vänerhamnarna vänerområdet"),
        dc=S("vänerfrakt vänersborg vänersborgs vänerstjärna"),
    ),
    "lödöse": dict(probe=r"lödöse", rel=S("lödöse")),
    "alvhem": dict(probe=r"alvhem", rel=S("alvhem")),
    "vattenintag": dict(probe=r"vattenintag", rel=S("vattenintag vattenintaget")),
    "kungälv": dict(probe=r"kungälv", rel=S("kungälv kungälvs")),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        no=S("evakuerade evakuerats"),
    ),
    "dricksvatten": dict(
        probe=r"dricksvatt",
        rel=S("dricksvatten dricksvattnet"),
        comp=S("dricksvattenförsörjning"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("skredet", "inflection", False, ("term", "skred")),
    ("dykarna", "inflection", False, ("term", "dykare")),
    ("borrningar", "inflection", False, ("term", "borrning")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("slussarna", "inflection", False, ("term", "sluss")),
    ("bygglovet", "inflection", False, ("term", "bygglov")),
    ("sprickor", "inflection", False, ("term", "spricka")),
    ("omledningen", "inflection", False, ("term", "omledning")),
    ("skadeståndet", "inflection", False, ("term", "skadestånd")),
    ("vinkeln", "syncope", False, ("term", "vinkel")),
    ("tröskeln", "syncope", False, ("term", "tröskel")),
    ("botten", "syncope", False, ("term", "botten")),
    ("kabeln", "syncope", False, ("term", "kabel")),
    ("ovädret", "syncope", False, ("term", "oväder")),
    ("miraklet", "syncope", False, ("term", "mirakel")),
    ("skyfflar", "syncope", False, ("term", "skyffel")),
    ("större", "umlaut", False, ("term", "stor")),
    ("tyngre", "umlaut", False, ("term", "tung")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("bonden", "umlaut", False, ("term", "bonde")),
    ("dottern", "umlaut", False, ("term", "dotter")),
    ("skred", "compound", True, ("term", "skred")),
    ("jord", "compound", True, ("term", "jord")),
    ("älv", "compound", True, ("term", "älv")),
    ("bana", "compound", True, ("term", "bana")),
    ("villa", "compound", True, ("term", "villa")),
    ("tomt", "compound", True, ("term", "tomt")),
    ("slänt", "compound", True, ("term", "slänt")),
    ("sten", "compound", True, ("term", "sten")),
    ("erosion", "compound", True, ("term", "erosion")),
    ('"Göta älv"', "phrase", False, ("phrase", ["göta", "älv"])),
    ('"geotekniska undersökningar"', "phrase", False, ("phrase", ["geoteknisk", "undersökning"])),
    ('"nya bygglov"', "phrase", False, ("phrase", ["ny", "bygglov"])),
    ('"ras och skred"', "phrase", False, ("phrase", ["ras", "och", "skred"])),
    ('"grumligt vatten"', "phrase", False, ("phrase", ["grumlig", "vatten"])),
    ('"omledning av trafiken"', "phrase", False, ("phrase", ["omledning", "av", "trafik"])),
    ('"ersättning från staten"', "phrase", False, ("phrase", ["ersättning", "från", "stat"])),
    ('"sprickor i marken"', "phrase", False, ("phrase", ["spricka", "i", "mark"])),
    ("SGI Trafikverket", "boolean", False, ("and", ["sgi", "trafikverket"])),
    ("bygglov länsstyrelsen", "boolean", False, ("and", ["bygglov", "länsstyrelsen"])),
    ("kvicklera erosion", "boolean", False, ("and", ["kvicklera", "erosion"])),
    ("Sjöfartsverket OR Vänern", "boolean", False, ("or", ["sjöfartsverket", "vänern"])),
    ("Lödöse OR Alvhem", "boolean", False, ("or", ["lödöse", "alvhem"])),
    ("skredet -kvicklera", "boolean", False, ("not", "skred", "kvicklera")),
    ("vattenintaget -Kungälv", "boolean", False, ("not", "vattenintag", "kungälv")),
    ("källa:Storken evakueringen", "filter", False, ("filter", "Storken", "evakuering")),
    ("källa:Ankaret Trafikverket", "filter", False, ("filter", "Ankaret", "trafikverket")),
    ("källa:Grundbladet kvicklera", "filter", False, ("filter", "Grundbladet", "kvicklera")),
    ("källa:Västsvenskan dricksvatten", "filter", False, ("filter", "Västsvenskan", "dricksvatten")),
    ("källa:Edetposten dykarna", "filter", False, ("filter", "Edetposten", "dykare")),
    ("typ:opinion bygglov", "filter", False, ("filter", "opinion", "bygglov")),
    ("ort", "trap", False, ("term", "ort")),
    ("lok", "trap", False, ("term", "lok")),
    ("spont", "trap", False, ("term", "spont")),
    ("pålar", "trap", False, ("term", "påle")),
    ("grus", "trap", False, ("term", "grus")),
    ("dal", "trap", False, ("term", "dal")),
    ("hål", "trap", False, ("term", "hål")),
    ("block", "trap", False, ("term", "block")),
    ("last", "trap", False, ("term", "last")),
    ("krön", "trap", False, ("term", "krön")),
    ("fåra", "trap", False, ("term", "fåra")),
    ("slam", "trap", False, ("term", "slam")),
    ("mast", "trap", False, ("term", "mast")),
]

HEADER = """# corpus_landslide.json – judging notes

Invented crisis: after a wet September and early October, in the night to Thursday 15 October 2026 (about 03:40) a progressive quick-clay landslide (kvicklereskred) goes at Västerlid, a hamlet south of Lödöse in Lilla Edets kommun on the east bank of Göta älv. Some 24 hectares slide into the river along 700 metres of bank; seven villas and a farm, 400 metres of E45, 350 metres of Norge/Vänerbanan and a power-line mast go with it, and a freight train stops twenty metres from the edge. About 150 people are evacuated (Västerlid, Stora Viken, Kvarnbacken); a 64-year-old retired engine driver, Stig Ahlqvist, is missing and found dead by police divers near Alvhem on 27 October. Before the slide: residents' fourteen written warnings about cracks (sprickor) that the municipality, without its own geotechnician since April, left unanswered; a building permit (bygglov) for twelve villas on Västerlids äng above the slope, where the builder Älvbyggen AB piled excavated soil on the crest; Trafikverket's gauges recording settlement in the railway embankment; an erosion protection postponed since 2021. After it: Göteborg closes its raw-water intake at Lärjeholm for three weeks and runs on Delsjöarna, Kungälv for five days; Sjöfartsverket stops shipping to Vänern until a channel is dredged (first ship 7 November, full depth 21 November); SGI's investigation (first picture 23 October, boreholes, final report 11 February 2027: erosion at the toe, high pore pressure after the rain and the piled soil on the crest); insurance (houses yes, land no), the families' suit against the municipality, the insurer's recourse claim against the builder, the state's money and an inquiry into state compensation for natural disasters, the debate on building permits near the river (a vote against a building stop, new rules, Länsstyrelsen's review); the railway reopens on a piled concrete slab on 25 January 2027 and a temporary E45 behind sheet piling on 1 March 2027. Places and public bodies are real (Lilla Edet, Lödöse, Nygård, Hjärtum, Göta, Ale, Alvhem, Älvängen, Nödinge, Surte, Tuve, Vagnhärad, Småröd, Kungälv, Trollhättan, Vänersborg, Uddevalla, Alingsås, Göteborg with Lärjeholm, Alelyckan, Lackarebäck, Delsjöarna, Rådasjön, Gullbergsvass and Tingstadstunneln, Vänern, Lidköping, Karlstad, Kristinehamn, Kongsvinger, Mjörn, Säveån, Norsälven, Ångermanälven, Mälardalen; E45, E6, Norge/Vänerbanan, Värmlandsbanan; Statens geotekniska institut (SGI), Trafikverket, Sjöfartsverket, Länsstyrelsen i Västra Götaland, SMHI, Kretslopp och vatten, Västtrafik, Svensk Försäkring, LRF Sydväst, Sveriges Kommuner och Regioner, Chalmers, KTH, Svenska Geotekniska Föreningen, Vänersborgs tingsrätt; the past slides at Surte 1950, Göta 1957, Tuve 1977, Vagnhärad 1997 and Småröd 2006 are real, the events of 2026–2027 invented); Västerlid, Stora Viken, Kvarnbacken, Västerlids äng, Älvbyggen AB, the insurer Trygghem, Vänerfrakt Tåg AB, m/s Vänerstjärna, every person (also the minister) and all six outlets are invented: Edetposten (local daily, Lilla Edet and Ale), Västsvenskan (regional daily, Göteborg), Radio Storken (local radio, with quotes in spoken Swedish: *e*, *va*, *dom*, *sen*, *nåt*, *mej*, *sej*), Nyhetsbyrån Ankaret (wire service, also carrying press releases), Sverigeposten (national daily, with long features and analyses) and Grundbladet (trade paper for construction, geotechnics and infrastructure). 129 articles (111 news, 18 opinion: leaders, debate articles, a reply, columns, letters), published 2 September 2026 to 19 March 2027, +02:00 until the morning of 25 October and +01:00 after. The ids g001–g129 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* and *mannen* are only the noun, a man or a husband), the verb *händer* (*händerna* is the noun), the verb *hamnar* (and with it the identical plural noun; the texts have only *hamnarna* and *Vänerhamnarna*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *skred* as the past tense of *skrida* (every *skred* is the noun; *skrider* is in the texts and judged must_not), *tomt* as the neuter of the adjective *tom* and *tomten* as Santa Claus (every *tomt* form is a plot of land; the adjective appears only as *tomma*), the present tense of the verbs *skyffla*, *påla* and *slussa* (*skyfflar*, *pålar*, *slussar* are only plural nouns; the verbs appear as *skyfflade*, *pålad*, *slussades*, *slussas*), the verb *spricka* (the texts have *spricker*, *sprack*) and the verb *bottna* (*bottnar*), the verb *bana* (*bana väg*; only *banade* is in) and *banan* the fruit, *villa* as the verb (*villa bort*), *fåra* as a verb, *last* meaning a vice, *tunga* as the noun (a tongue; every *tunga* is the adjective), *fot* as a unit of length, *block* as a writing pad and *ras* meaning a breed. The outlet's name *Storken* occurs inside texts (*säger han till Radio Storken*) and is judged as a token like any other.

How the lists were made: src/landslide_articles.py holds the texts and src/landslide_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic and umlaut variants: hål/hal, krön/kron, fåra/fara, mast/måste, slänt/slant, stor/stör, tung/tyng, ung/yng, fot/föt, bonde/bönder, dotter/döttrar, älv/elv, pålar/palar) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *ort*, *ban*, *vill*, *tom*, *sten*, *last*, *dal*, *hål* and *mast* are unanchored, so they also list *fortfarande*, *rapport*, *samband*, *frivilliga*, *automatiska*, *hösten*, *enklaste*, *skandal*, *Chalmers*, *närmast* and the like. Tokens are runs of letters, so *SGI:s* gives *sgi* and *s*, *E45* gives *e*, *Norge/Vänerbanan* gives *norge* and *vänerbanan*, and *CPT-sonderingar* gives *cpt* and *sonderingar*. `python3 landslide_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word (README), with or without a linking letter: -s- *friktionsjord*, *kraftledningsmast*, *skadeståndsprocess*, *erosionsskydd*, *omledningsvägen*; -e- *kvicklereskred* (the -a of *kvicklera* dropped); none *jordskred*, *skredkanten*, *älvbotten*, *älvdalen*, *vänerbanan*, *banvallen*, *villaägare*, *villaområden*, *tomtmark*, *tomtköpare*, *släntfoten*, *släntkrönet*, *lerslänterna*, *sprängsten*, *stålpålar*, *spontväggen*, *lastbil*, *diesellok*, *lokförare*, *borrhålen*, *grusås*, *dalgången*, *takfötter*. *Norsälven* and *Ångermanälven* end with the word and are compounds of `älv`. Place and company names that hold the word are don't care (as *Kristianstad* in README): *Kungälv*, *Kungälvs*, *Älvängen*, *Älvbyggen* for `älv`, *Mälardalen* for `dal`, *Vänersborg*, *Vänerstjärna*, *Vänerfrakt* for `Vänern`. The texts also have -u- *gatubelysning* and -o- *kyrkogården*, *människoliv*, outside any query.
- **ort** (trap): tokens that end in the word or in one of its endings, so that they look like compounds of it, are must_not: *bort*, *fort*, *kort*, *gjort*, *gjorts*, *hjort* (the surname *Hjort*), *stort*, *eskort*, *sorts*, *rapport*, *rapporten*, *slutrapport(en)*, *konsultrapport*, *lägesrapport*, *transport*. The letters inside a longer word are neither: *borta*, *fjorton*, *fortfarande*, *fortsätter*, *kortare*, *korthus*, *portryck(et)*, *reporter*, *rapporterat*, *sporthallen*, *transporttiden*. *orten*, *ortens*, *orter* (a village, the villages along the river) relevant.
- **lok** (trap): *lokala*, *lokaler* → must_not; *diesellok*, *lokförare*, *lokföraren*, *lokförarna* compounds; *loket* relevant.
- **spont** (trap): the adjective *spontan*, *spontant* → must_not; *spontningen* (the work of driving it) don't care; *spontväggen*, *spontplankorna* compounds.
- **pålar** (trap): the adjective *pålitliga* and the participle *pålad* (*en pålad platta*, the verb *påla*) → must_not; *pålningen*, *pålningsmaskiner* don't care; *stålpålar(na)* compounds.
- **grus** (trap): *grusades* (*förhoppningar grusades*, the verb *grusa*) → must_not; *grusås* compound.
- **dal** (trap): *dalade* (the verb *dala*) and *skandal* → must_not; *dalgång(ar/en)*, *älvdal*, *älvdalen* compounds; *Mälardalen* don't care.
- **hål** (trap): forms of *hålla* and words built on *håll* (*håller*, *hålla*, *hålls*, *håll* as in *på flera håll*, *hållfasthet*, *hushåll(en)*, *innehåller*, *innehållet*) and the diacritic lookalike *hall* (*hallen*, *sporthallen*) → must_not; *halv*, *halva*, *halvt*, *halterna*, *Chalmers* are neither; *borrhålen* compound.
- **block** (trap): *blockerar* (the verb *blockera*) → must_not.
- **last** (trap): forms of the verb *lasta* and of *belasta*, also with a prefix (*lastade*, *fullastat*, *olastat*, *belastar*, *belastas*, *belastning(en)*) → must_not; *enklaste* neither; *lastbil*, *lastbilarna*, *lastfartyg*, *lastrummet* compounds. Cargo (*Vagnarnas last*) and load on a slope (*ingen extra last*) are both the noun.
- **krön** (trap): the diacritic lookalike *kronor* and *krönika*, *krönikan* (a column) → must_not; *släntkrön*, *släntkrönet* compounds.
- **fåra** (trap): the diacritic lookalike *fara*, *faran* → must_not; *fortfarande* (the letters inside) neither; *älvfåran* compound.
- **slam** (trap): *islamiska* and *slamrade* (the verb *slamra*) → must_not.
- **mast** (trap): *måste* (diacritic lookalike) and *närmast* (ends with the word) → must_not; *kraftledningsmast* compound.
- **skredet**: *skrider* (*Arbetet skrider framåt*) → must_not; *jordskred*, *skredkanten*, *skredområdet*, *skredkänsliga* … compounds. **dykarna**: *dyka*, *dök* (also *Flera frågor dök upp*) → must_not. **borrningar**: *borrat*, *borrats* → must_not; *borrhålen*, *borrigg(en)*, *borriggarna*, *borrplats*, *borrproven* (made from the verb's stem, about drilling) don't care; *vingborrning* compound. **mätningarna**: *mäter*, *mätte*, *mätt* → must_not; *mätare*, *mätdata*, *mätfartyg*, *mätpunkter* don't care. **slussarna**: *slussades*, *slussas* → must_not. **sprickor**: *sprack*, *spricker* → must_not. **omledningen**: *omleds* → must_not; *omledningsvägen* compound. **skadeståndet**: *skadeståndsfrågan*, *skadeståndskraven*, *skadeståndsmålet*, *skadeståndsprocess* compounds.
- **vinkeln**: *vinklad* (*mediernas bild … vinklad*) → must_not. **tröskeln**: *tröska* (to thresh) → must_not. **botten**: *bott* (the supine of *bo*: *Jag har bott här*) → must_not; *bottnen* relevant; *älvbotten* compound. **kabeln**: *riskabelt* neither. **ovädret**: *vädret* (the weather, another word) → must_not; *oväder* relevant. **miraklet**: *mirakulöst* → must_not. **skyfflar**: *skyfflade* → must_not.
- **större**: forms of *stor* (*stor*, *stora*, *stort*, *större*, *största*; *stort* also in *ett enda stort hål*) relevant; *störa*, *störs*, *störningar* (diacritic lookalikes) and the name *Storken* → must_not. **tyngre**: *tung*, *tunga*, *tungt*, *tyngsta* relevant; *tynger* (the verb *tynga*) → must_not; *tyngden* don't care. **yngre**: *unga*, *yngsta* relevant; *ungefär* → must_not; *ungdom* don't care. **fötterna**: *fot* (*slänternas fot*), *foten*, *fötter* relevant; *fotona*, *fotoalbum* → must_not; *fotbollsplaner* don't care; *släntfoten*, *takfötter* compounds. **bonden**: *bön* (a prayer) → must_not. **dottern**: *dotterbolag* don't care.
- **jord** (compound): *gjorde* neither. **älv**: *själv*, *själva* and *självrisken* → must_not. **bana**: *bank*, *banken* and its compounds *vägbanken*, *lerbanken*, *skyddsbank*, *band*, *bandet*, *banade* (*banade väg*) and *urbana* → must_not; *bredband*, *samband*, *orsakssamband* neither. **villa**: the verb *vill*, *ville* (vilja), *villig* and *villkoren* → must_not; *frivilliga* neither. **tomt**: the adjective *tomma* → must_not; *automatiska*, *dessutom*, *utom* neither. **slänt**: *slant* (*inte fått en slant*) → must_not. **sten**: *Stenungsund* → must_not; words that end in *-sten* because a stem in *-st* takes the definite *-en* (*hösten*, *prästen*, *masten*, *lasten*, *resten*, *tjänsten*, *räddningstjänsten*, *Edetposten*, *konsultbristen*) and the surname *Torstensson* are neither. **erosion**: *eroderar* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. "Göta älv" → *Göta älvs* relevant; articles that have *Göta* only as the place (*Göta 1957*) or in *Göta älvdalen*, *Göta älvutredningen* (compounds, not the word) and *älven* elsewhere → must_not. "geotekniska undersökningar": *geoteknisk kompetens* … *nya undersökningar* → must_not; the nouns *geoteknik*, *geotekniker* are neither. "nya bygglov": *nya detaljplaner och bygglov*, *nya villor … bygglov* → must_not. "ras och skred": *ett ras och ett skred* (words between), *Ras och jordskred* (a compound, not the word) with *skredet* elsewhere → must_not. "grumligt vatten": *Det grumliga vattnet* relevant; *vattnet är så grumligt* (reversed) and *vattnet i älven blir för grumligt* → must_not. "omledning av trafiken": *Omledningen gör att trafiken …* → must_not. "ersättning från staten": *bidra till ersättning vid naturolyckor* with *från* and *staten* elsewhere → must_not; *statlig(a)* is don't care. "sprickor i marken": *sprickorna i vägen*, *sprickor … marken* apart → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care (*kvicklerazon*, *kvicklereskred* for `kvicklera`, *erosionsskydd* for `erosion`). NOT – an article with the excluded term is must_not (*Kungälvs* is the genitive of the place and excludes); with it only inside a compound, don't care. OR – *Vänerbanan*, *Vänerhamnarna*, *Vänerområdet* (compounds) and *Vänersborg*, *Vänerstjärna*, *Vänerfrakt* (names) alone → don't care for `Vänern`.
- **Filters**: `källa:` matches one word of the outlet's name (*Storken*, *Ankaret*, *Grundbladet*, *Västsvenskan*, *Edetposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*evakuerade*, *evakuerats* for `evakueringen`; *dök*, *dyka* for `dykarna`).
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("landslide", "g", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
