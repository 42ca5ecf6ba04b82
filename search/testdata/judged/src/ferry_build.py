#!/usr/bin/env python3
"""Builds corpus_ferry.json and corpus_ferry.md from ferry_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 ferry_build.py [-v]
"""

import fire_build
from ferry_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "passagerare": dict(
        probe=r"pass[ae]",
        rel=S("passagerare passageraren passagerares passagerarna passagerarnas"),
        comp=S("passagerarfartyg passagerarfärjan"),
        no=S("passerade"),
    ),
    "besättning": dict(
        probe=r"besat|besätt",
        rel=S("besättning besättningar besättningarna besättningarnas besättningen besättningens"),
        comp=S("helikopterbesättningarna"),
    ),
    "haveri": dict(
        probe=r"haver",
        rel=S("haveriet"),
        comp=S("haverikommission haverikommissionen haverikommissionens haveriutredare"),
        no=S("havererade"),
    ),
    "flytväst": dict(
        probe=r"flytväst",
        rel=S("flytväst flytvästar flytvästarna"),
        comp=S("barnflytvästar"),
    ),
    "förhör": dict(
        probe=r"förhör",
        rel=S("förhör förhöret"),
        no=S("förhördes förhörts"),
    ),
    "läckage": dict(
        probe=r"läck",
        rel=S("läckaget"),
        comp=S("dieselläckaget"),
        no=S("läckande läcker läckt läckte"),
        nei=S("brandsläckare släcksystem släcksystemet släckt"),
    ),
    "eftersökning": dict(
        probe=r"eftersök",
        rel=S("eftersökningarna eftersökningen"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=S("räddningen"),
        comp=S("räddningsbår räddningsbåt räddningsbåtarna räddningsbåten räddningscentralen räddningsflottar "
               "räddningsinsatsen räddningskedjan räddningsledaren räddningsledningen räddningspådrag sjöräddning "
               "sjöräddningen sjöräddningshus sjöräddningsinsatser sjöräddningssällskapet sjöräddningssällskapets "
               "flygräddningscentralen"),
        dc=S("sjöräddare sjöräddarna"),
        no=S("rädda räddade"),
    ),
    "vittnesmål": dict(
        probe=r"vittn",
        rel=S("vittnesmål vittnesmålen vittnesmålet"),
        dc=S("vittne vittnen ögonvittne"),
        no=S("vittnade"),
    ),
    # --- syncope ---
    "roder": dict(
        probe=r"^rod|roder|rodr",
        rel=S("roder rodret"),
        no=S("rodde"),
    ),
    "fender": dict(probe=r"fend", rel=S("fendrar fendrarna")),
    "stövel": dict(probe=r"stöv", rel=S("stövlar")),
    "segel": dict(
        probe=r"segl|segel",
        rel=S("seglen"),
        comp=S("segelbåt segelbåtar"),
        dc=S("seglarhotell"),
        no=S("segla"),
    ),
    "offer": dict(
        probe=r"^off|offer|offr",
        rel=S("offren"),
        no=S("offrade offrar"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren"),
        comp=S("köksfönstret"),
    ),
    # --- umlaut ---
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder"),
        comp=S("brandbekämpning branddörr branddörrar branddörren brandgaser brandisolering brandisoleringen "
               "brandkurs brandorsak brandskydd brandskyddet brandsläckare brandyxa"),
        dc=S("brännskadeavdelning brännskador"),
        no=S("brann brinna brinner bränslefilter bränslefiltret bränsleledning bränsleledningar bränsleledningarna "
             "bränsleledningen bränslesystem bränslesystemet bränsletankarna"),
        nei=S("bransch branschen"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränder stränderna"),
        comp=S("strandsatta"),
        dc=S("sjöstrand"),
        no=S("strandade"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("sonen söner sönerna"),
        no=S("sönder söndagen söndags"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter döttrar döttrarna"),
        dc=S("dotterbolag"),
        no=S("dött"),
    ),
    "tand": dict(
        probe=r"t[aä]nd|tänt",
        rel=S("tänder tänderna"),
        comp=S("tandläkaren"),
        no=S("tände"),
        nei=S("bristande livshotande lutande medvetande omständighet ständigt"),
    ),
    "and": dict(
        probe=r"^änd|^and(en|ens|ar)?$|änder",
        rel=S("änder änderna"),
        no=S("ändrar ändrats ändå"),
        nei=S("bränder händerna stränder stränderna tänder tänderna vänder"),
    ),
    # --- compounds ---
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färja färjan"),
        comp=S("ersättningsfärja ersättningsfärjan färjeolyckan passagerarfärjan"),
    ),
    "sjöräddning": dict(
        probe=r"sjörädd",
        rel=S("sjöräddning sjöräddningen"),
        comp=S("sjöräddningshus sjöräddningsinsatser sjöräddningssällskapet sjöräddningssällskapets"),
        dc=S("sjöräddare sjöräddarna"),
    ),
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter helikoptern helikoptrar helikoptrarna"),
        comp=S("ambulanshelikopter helikopterbas helikopterbesättningarna"),
    ),
    "skärgård": dict(
        probe=r"skärg",
        rel=S("skärgård skärgården skärgårdens"),
        comp=S("skärgårdsborna skärgårdsbåtarna skärgårdsfartyg skärgårdsreporter skärgårdstrafik skärgårdstrafiken "
               "ytterskärgården"),
    ),
    "maskin": dict(
        probe=r"maskin",
        rel=S("maskinen"),
        comp=S("huvudmaskin huvudmaskinen huvudmaskinens maskinchef maskinchefen maskinchefens maskinrum maskinrummen "
               "maskinrummet maskinrumstrappan styrmaskin styrmaskinen"),
        dc=S("maskinist maskinisten"),
    ),
    "brygga": dict(
        probe=r"brygg",
        rel=S("brygga bryggan bryggans bryggor bryggorna"),
        comp=S("ångbåtsbryggan bryggområdet"),
        no=S("bryggeri"),
    ),
    "kaj": dict(
        probe=r"kaj",
        rel=S("kajen"),
        comp=S("strömkajen"),
        no=S("kajak kajsa"),
    ),
    "vrak": dict(probe=r"vrak", rel=S("vraket")),
    "fjärd": dict(
        probe=r"fjärd",
        rel=S("fjärden"),
        comp=S("kanholmsfjärden baggensfjärden"),
        no=S("fjärde fjärdedelar"),
    ),
    # --- traps ---
    "kurs": dict(
        probe=r"kurs",
        rel=S("kurs kursen"),
        comp=S("brandkurs grundkurs kursledaren årskurs"),
        no=S("konkurs konkursat konkursbo konkursen konkursförvaltare konkursförvaltaren konkursförvaltarens"),
    ),
    "bår": dict(
        probe=r"^b[aåä]r(a|en|ar|arna|s|e|t)?$|bår",
        rel=S("bår bårar"),
        comp=S("räddningsbår"),
        no=S("bar bara bars bär"),
    ),
    "ratt": dict(
        probe=r"r[aä]tt",
        rel=S("ratten"),
        no=S("rätt rätten rättegången rättegångens rättigheter rättsmedicinalverket rättssalen rättvisa sjörätt "
             "sjörättsexperten tingsrätt tingsrätten tingsrättens hovrätt hovrätten"),
        nei=S("berättade berättar inrättar underrättats upprätthålla"),
    ),
    "akter": dict(
        probe=r"^akt|akter",
        rel=S("aktern"),
        comp=S("akterdel akterdelen akterdäcket"),
        no=S("akten aktörer"),
    ),
    "liv": dict(
        probe=r"liv",
        rel=S("liv livet"),
        comp=S("fågellivet livbåtar livflottar livshotande"),
        no=S("avlivas livlig olivia"),
        nei=S("blivit"),
    ),
    "boj": dict(
        probe=r"boj",
        rel=S("bojar bojarna"),
        no=S("bojkott bojkotta"),
    ),
    "färd": dict(
        probe=r"f[äa]rd",
        rel=S("färden"),
        comp=S("färdtjänstbil färdtjänstbilen"),
        no=S("färdig färdigpackade"),
        nei=S("utfärdat"),
    ),
    "sund": dict(
        probe=r"sun[dt]",
        rel=S("sund sundet"),
        no=S("sundin sunt"),
    ),
    "bog": dict(
        probe=r"bog",
        rel=S("bogen"),
        comp=S("bogpropeller bogpropellern"),
        no=S("bogserades bogserat bogserbåtar bogseringen"),
    ),
    "klippa": dict(
        probe=r"klipp",
        rel=S("klippa klipporna"),
        no=S("klipp klippte"),
    ),
    "bris": dict(
        probe=r"bris",
        rel=S("bris"),
        no=S("brist bristande bristen brister bristerna bristningsgränsen"),
    ),
    "ankare": dict(
        probe=r"ank[ae]r|ankr",
        rel=S("ankare ankaret"),
        comp=S("ankarkättingen"),
        no=S("ankrade ankrat förankrats"),
        nei=S("bränsletankarna misstankarna tankar tankarna"),
    ),
    "gast": dict(
        probe=r"g[aä]st",
        rel=S("gasten gastar"),
        comp=S("däcksgast däcksgasten"),
        no=S("gäster gästhamnen gästnätter sommargästerna"),
        nei=S("allvarligaste"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "maskinrum": dict(
        probe=r"maskinrum",
        rel=S("maskinrum maskinrummen maskinrummet"),
        comp=S("maskinrumstrappan"),
    ),
    "saknad": dict(
        probe=r"^sakna",
        rel=S("saknad saknade"),
        nei=S("saknades saknar saknas saknat"),
    ),
    "statens": dict(probe=r"^stat(en|ens)?$", rel=S("staten statens")),
    "haverikommission": dict(
        probe=r"haverikommission",
        rel=S("haverikommission haverikommissionen haverikommissionens"),
    ),
    "hård": dict(probe=r"^hård", rel=S("hård hårda")),
    "vind": dict(
        probe=r"vind",
        rel=S("vind vinden vindarna"),
        comp=S("medelvind vindbyar"),
    ),
    "kraftig": dict(probe=r"^kraftig", rel=S("kraftig kraftigt")),
    "slagsida": dict(probe=r"slagsid", rel=S("slagsida")),
    "bristande": dict(probe=r"^bristand", rel=S("bristande")),
    "underhåll": dict(
        probe=r"underhåll",
        rel=S("underhåll underhållet"),
        comp=S("underhållsjournal"),
    ),
    "vållande": dict(probe=r"vålla", rel=S("vållande")),
    "kroppsskada": dict(probe=r"kroppsskad", rel=S("kroppsskada kroppsskador")),
    "transportstyrelsen": dict(probe=r"transportstyr", rel=S("transportstyrelsen transportstyrelsens")),
    "tillsyn": dict(
        probe=r"tillsyn",
        rel=S("tillsyn tillsynen tillsynens"),
        comp=S("tillsynsmyndigheten"),
    ),
    "möja": dict(
        probe=r"möj",
        rel=S("möja möjas"),
        comp=S("möjabor möjaborna möjabornas"),
        nei=S("möjlig möjligt"),
    ),
    "sandhamn": dict(
        probe=r"sandhamn",
        rel=S("sandhamn sandhamns"),
        comp=S("sandhamnsbor sandhamnsborna"),
    ),
    "jrcc": dict(probe=r"jrcc", rel=S("jrcc")),
    "räddningscentral": dict(
        probe=r"räddningscentral",
        rel=S("räddningscentralen"),
        comp=S("flygräddningscentralen"),
    ),
    "befälhavare": dict(
        probe=r"befälhav",
        rel=S("befälhavare befälhavaren befälhavarens"),
        comp=S("befälhavarförening"),
    ),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagaren åklagarens"),
        comp=S("kammaråklagare kammaråklagaren"),
    ),
    "karolinska": dict(probe=r"karolinsk", rel=S("karolinska")),
    "södersjukhuset": dict(probe=r"södersjukhus", rel=S("södersjukhuset")),
    "diesel": dict(
        probe=r"diesel",
        rel=S("diesel dieseln"),
        comp=S("dieselläckaget dieselmotor"),
    ),
    "kustbevakningen": dict(probe=r"kustbevak", rel=S("kustbevakningen kustbevakningens")),
    "waxholmsbolaget": dict(probe=r"waxholm", rel=S("waxholmsbolaget waxholmsbolagets")),
    "rederi": dict(
        probe=r"rederi",
        rel=S("rederi rederier rederierna rederiernas rederiet rederiets"),
    ),
    "värmdö": dict(probe=r"värmdö", rel=S("värmdö")),
    "norrtälje": dict(probe=r"norrtälj", rel=S("norrtälje")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("passagerarna", "inflection", False, ("term", "passagerare")),
    ("besättningen", "inflection", False, ("term", "besättning")),
    ("haveriet", "inflection", False, ("term", "haveri")),
    ("flytvästar", "inflection", False, ("term", "flytväst")),
    ("förhören", "inflection", False, ("term", "förhör")),
    ("läckaget", "inflection", False, ("term", "läckage")),
    ("eftersökningarna", "inflection", False, ("term", "eftersökning")),
    ("räddningen", "inflection", False, ("term", "räddning")),
    ("vittnesmålen", "inflection", False, ("term", "vittnesmål")),
    ("rodret", "syncope", False, ("term", "roder")),
    ("fendrar", "syncope", False, ("term", "fender")),
    ("stövlar", "syncope", False, ("term", "stövel")),
    ("seglen", "syncope", False, ("term", "segel")),
    ("offren", "syncope", False, ("term", "offer")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("sönerna", "umlaut", False, ("term", "son")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("tänderna", "umlaut", False, ("term", "tand")),
    ("änderna", "umlaut", False, ("term", "and")),
    ("färja", "compound", True, ("term", "färja")),
    ("sjöräddning", "compound", True, ("term", "sjöräddning")),
    ("helikopter", "compound", True, ("term", "helikopter")),
    ("skärgård", "compound", True, ("term", "skärgård")),
    ("maskin", "compound", True, ("term", "maskin")),
    ("brygga", "compound", True, ("term", "brygga")),
    ("kaj", "compound", True, ("term", "kaj")),
    ("vrak", "compound", True, ("term", "vrak")),
    ("fjärd", "compound", True, ("term", "fjärd")),
    ('"brand i maskinrummet"', "phrase", False, ("phrase", ["brand", "i", "maskinrum"])),
    ('"saknade passagerare"', "phrase", False, ("phrase", ["saknad", "passagerare"])),
    ('"Statens haverikommission"', "phrase", False, ("phrase", ["statens", "haverikommission"])),
    ('"hård vind"', "phrase", False, ("phrase", ["hård", "vind"])),
    ('"kraftig slagsida"', "phrase", False, ("phrase", ["kraftig", "slagsida"])),
    ('"bristande underhåll"', "phrase", False, ("phrase", ["bristande", "underhåll"])),
    ('"vållande till kroppsskada"', "phrase", False, ("phrase", ["vållande", "till", "kroppsskada"])),
    ('"Transportstyrelsens tillsyn"', "phrase", False, ("phrase", ["transportstyrelsen", "tillsyn"])),
    ("Möja Sandhamn", "boolean", False, ("and", ["möja", "sandhamn"])),
    ("JRCC OR räddningscentralen", "boolean", False, ("or", ["jrcc", "räddningscentral"])),
    ("befälhavaren -åklagaren", "boolean", False, ("not", "befälhavare", "åklagare")),
    ("Karolinska OR Södersjukhuset", "boolean", False, ("or", ["karolinska", "södersjukhuset"])),
    ("diesel Kustbevakningen", "boolean", False, ("and", ["diesel", "kustbevakningen"])),
    ("Waxholmsbolaget -rederiet", "boolean", False, ("not", "waxholmsbolaget", "rederi")),
    ("Värmdö OR Norrtälje", "boolean", False, ("or", ["värmdö", "norrtälje"])),
    ("källa:Kobben Möja", "filter", False, ("filter", "Kobben", "möja")),
    ("källa:Pejl eftersökningarna", "filter", False, ("filter", "Pejl", "eftersökning")),
    ("källa:Skrovet haveriet", "filter", False, ("filter", "Skrovet", "haveri")),
    ("källa:Meridian rederiet", "filter", False, ("filter", "Meridian", "rederi")),
    ("källa:Strömmingen färjan", "filter", False, ("filter", "Strömmingen", "färja")),
    ("typ:opinion flytvästar", "filter", False, ("filter", "opinion", "flytväst")),
    ("typ:opinion tillsyn", "filter", False, ("filter", "opinion", "tillsyn")),
    ("kurs", "trap", False, ("term", "kurs")),
    ("bår", "trap", False, ("term", "bår")),
    ("ratt", "trap", False, ("term", "ratt")),
    ("aktern", "trap", False, ("term", "akter")),
    ("liv", "trap", False, ("term", "liv")),
    ("boj", "trap", False, ("term", "boj")),
    ("färd", "trap", False, ("term", "färd")),
    ("sund", "trap", False, ("term", "sund")),
    ("bog", "trap", False, ("term", "bog")),
    ("klippa", "trap", False, ("term", "klippa")),
    ("bris", "trap", False, ("term", "bris")),
    ("ankare", "trap", False, ("term", "ankare")),
    ("gast", "trap", False, ("term", "gast")),
]

HEADER = """# corpus_ferry.json – judging notes

Invented crisis: on the evening of Thursday 15 October 2026, in the first autumn storm (orange warning for hard wind from SMHI), the archipelago passenger ferry M/S Skarven (built 1968, rebuilt 1994, 31 m) of Rederi AB Östanvik, sailing for Waxholmsbolaget on line 18 from Stavsnäs to Möja with 71 passengers and five crew, catches fire in the engine room (diesel from a patched fuel line on the hot exhaust; the fire door wedged open), loses propulsion, drifts with the anchor dragging and runs aground on the skerry Lökskär on Kanholmsfjärden, listing heavily. JRCC (Sjö- och flygräddningscentralen in Göteborg, run by Sjöfartsverket) leads the rescue with Sjöfartsverket's helicopters from Norrtälje, seven boats of Sjöräddningssällskapet (Möja, Sandhamn, Stavsnäs), Kustbevakningen, the navy at Berga and private boats; 23 injured go to Karolinska universitetssjukhuset, Södersjukhuset and Danderyds sjukhus; of four missing one is found alive on a rock the next morning, two are found dead, and the last, a woman from Möja, is found by navy divers on 1 November (three dead). Then to March 2027: the diesel leak, booms and oiled ducks and eiders; Möja's (and later Sandhamn's) lost link, taxi boats, the chartered ferry Linnea, a hovercraft in the ice and the ice-going Fågelö from 15 February; Statens haverikommission's interim report (fuel line, open fire door, too few children's lifejackets, unpracticed crew, the anchor, the bow thruster); Transportstyrelsen's supervision, its ban on the sister ship Tärnholm and its stricter inspections; compensation (the Sea Code's strict liability, an advance from Waxholmsbolaget), the shipping company's bankruptcy, Region Stockholm's new ships; charges against the chief engineer and the master, the trial in Nacka tingsrätt in February 2027, the verdict on 9 March (the chief engineer convicted, the master acquitted, a corporate fine) and the appeal. Places and public bodies are real (Möja with Berg, Långvik and Ramsmora, Sandhamn, Stavsnäs, Kanholmsfjärden, Baggensfjärden, Gustavsberg, Värmdö kommun, Nacka, Norrtälje, Berga, Strömkajen, Åland; Region Stockholm, Waxholmsbolaget, Sjöfartsverket, JRCC, Sjöräddningssällskapet, Kustbevakningen, Transportstyrelsen, Statens haverikommission, Länsstyrelsen i Stockholms län, SMHI, Nacka tingsrätt, Svea hovrätt, Karolinska universitetssjukhuset, Södersjukhuset, Danderyds sjukhus, Chalmers, Stockholms universitet, Sjöhistoriska museet; their actions are invented); the skerries Lökskär and Norrskär as used here, the ships, the shipping companies, the associations, every person and all five outlets are invented: Strömmingen (local daily, Värmdö and the archipelago), Radio Kobben (local radio, with quotes), Nyhetsbyrån Pejl (wire service, also carrying press releases), Meridian (national daily) and Skrovet (shipping trade paper). 120 articles (103 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 2 September 2026 to 20 March 2027, +02:00 until 25 October and +01:00 after. The ids j001–j120 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man*, *mannen* are only the noun; quoted speech was rephrased), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *akter* as the plural of *akt* (every *akter*-form is the stern; *akten* is the singular of *akt* and is judged a lookalike), the adjective *sund* in its base form (every *sund* is the strait; the adjective appears only as *sunt*), the verb *klippa* in the infinitive (every *klippa* is the rock), *anden* (spirit) and the verb *tänder* (every *tänder* is teeth, the verb only as *tände*), *gast* meaning ghost (every *gast* is a deckhand), *vind* meaning attic, *väst* meaning west (every *väst*, *västar* is a lifejacket), the infinitive and noun *läcka* (only *läckan* would be the noun, and it is not used), *förhörs* (genitive or passive), the noun *paddel* (*paddlar* is only the verb) and *byar* (gusts or villages). *kurs* is judged as one noun whatever its sense (heading, training course, *ändrar kurs* figuratively). *liv* in idioms (*få liv i motorn*, *vid liv*) is the noun.

How the lists were made: src/ferry_articles.py holds the texts and src/ferry_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: bår/bar/bär, ratt/rätt, gast/gäst, son/sön, tand/tänd, and/änd, strand/stränd, brand/bränd, färja/farj, färd/fard) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *bår* is anchored (*bar*, *bara*, *bars*, *bär*, *bår*, *bårar* and anything with *bår*), since *bar-* begins hundreds of unrelated words (*barn*); *son* is probed as *son-*/*sön-* from the start of the word and *söner*/*sonen* anywhere; *and* as *änd-* from the start, *and*/*anden* alone and *änder* anywhere. Tokens are runs of letters, so *SHK:s*, *JRCC:s* and hyphenated words are split. `python3 ferry_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *ångbåtsbryggan*, *ersättningsfärjan*, *skärgårdstrafiken*, *sjöräddningssällskapet*, *däcksgasten*, *Kanholmsfjärden*, *Baggensfjärden*; -e- *färjeolyckan* (färja); none *ambulanshelikopter*, *helikopterbas*, *huvudmaskinen*, *maskinrummet*, *styrmaskin*, *Strömkajen*, *bryggområdet*, *ytterskärgården*, *passagerarfärjan*, *köksfönstret*, *brandkurs*, *akterdäcket*, *livflottar*, *bogpropellern*, *ankarkättingen*, *räddningsbår*, *färdtjänstbilen*. A derivation is don't care: *maskinist* for `maskin`, *sjöräddare* for `sjöräddning` and `räddningen`, *vittne*, *vittnen*, *ögonvittne* for `vittnesmålen`, *seglarhotell* for `seglen`.
- **färja** (compound): no lookalike in the texts. **brygga**: *bryggeri* (brewery, a word that only looks like a compound) → must_not. **kaj**: *kajak* and the first name *Kajsa* → must_not. **fjärd**: *fjärde* (fourth) and *fjärdedelar* → must_not. **maskin**, **skärgård**, **helikopter**, **sjöräddning**, **vrak**: only the word and its compounds.
- **kurs** (trap): *konkurs* and all its forms and compounds (*konkursen*, *konkursbo*, *konkursat*, *konkursförvaltare(n/ns)*) → must_not; *brandkurs*, *grundkurs*, *årskurs*, *kursledaren* compounds → don't care.
- **bår** (trap): the diacritic lookalikes *bar* (past of bära: *bar ansvaret*), *bars* (*bars upp på bårar*, passive of bära), *bär* (*att den bär oss*) and *bara* → must_not; *räddningsbår* compound.
- **ratt** (trap): *rätt*, *rätten*, *rättegången*, *rättegångens*, *rättigheter*, *rättvisa*, *rättssalen*, *rättsmedicinalverket*, *sjörätt*, *sjörättsexperten*, *tingsrätt(en/ens)*, *hovrätt(en)* → must_not; *berättar*, *berättade*, *inrättar*, *underrättats*, *upprätthålla* are neither.
- **aktern** (trap): *akten* (a case file in *I akten finns …*, and the ceremony in *höll akten*) and *aktörer* → must_not; *akterdel*, *akterdelen*, *akterdäcket* compounds.
- **liv** (trap): the adjective *livlig* (another lemma), the verb *avlivas* and the name *Olivia* → must_not; *livbåtar*, *livflottar*, *livshotande*, *fågellivet* compounds; *blivit* is neither.
- **boj** (trap): *bojkott*, *bojkotta* → must_not. **färd** (trap): the adjective *färdig* and *färdigpackade* → must_not; *färdtjänstbil(en)* compound; *utfärdat* is neither. **sund** (trap): the surname *Sundin* and the adjective form *sunt* (*sunt förnuft*) → must_not. **bog** (trap): *bogsera* and its forms (*bogserades*, *bogserat*, *bogseringen*, *bogserbåtar*; a word of other origin that only looks like a compound of *bog*) → must_not; *bogpropeller(n)* compound. **klippa** (trap): the verb *klippte* and the noun *klipp* (a video clip, another lemma) → must_not. **bris** (trap): *brist*, *bristen*, *brister*, *bristerna*, *bristande* and *bristningsgränsen* → must_not. **ankare** (trap): the verb *ankrade*, *ankrat* and *förankrats* → must_not; *ankarkättingen* compound; *tankar*, *tankarna*, *misstankarna*, *bränsletankarna* are neither. **gast** (trap): *gäster*, *gästhamnen*, *gästnätter*, *sommargästerna* (gäst, diacritic lookalike) → must_not; *däcksgast(en)* compound; *allvarligaste* is neither.
- **passagerarna**: *passerade* → must_not. **haveriet**: *havererade* → must_not; *haverikommission(en/ens)* and *haveriutredare* compounds. **förhören**: *förhördes*, *förhörts* → must_not. **läckaget**: *läcker*, *läckte*, *läckt*, *läckande* (the verb) → must_not; *dieselläckaget* compound; *släck-* words are neither. **räddningen**: the verb *rädda*, *räddade* (also *de första räddade*, the participle) → must_not. **vittnesmålen**: *vittnade* → must_not. **eftersökningarna**, **besättningen**, **flytvästar**: no lookalike in the texts (*väst*, *västar* are not probed).
- **rodret**: *rodde* (ro) → must_not. **seglen**: the verb *segla* → must_not; *segelbåt(ar)* compounds. **offren**: *offrade*, *offrar* → must_not; *offentlig* is not probed. **fendrar**, **stövlar**, **fönstren**: no lookalike.
- **bränder**: *brann*, *brinna*, *brinner* (the verb) and *bränsle* with its compounds (*bränslefiltret*, *bränsleledningen*, *bränslesystem(et)*, *bränsletankarna*) → must_not; *brännskador*, *brännskadeavdelning* (from bränna, but about fire) → don't care; *bransch*, *branschen* are neither. **stränder**: *strandade* → must_not; *strandsatta* compound; the surname *Sjöstrand* → don't care. **sönerna**: *sönder*, *söndagen*, *söndags* → must_not. **döttrarna**: *dött* (dö) → must_not; *dotterbolag* → don't care. **tänderna**: *tände* (tända) → must_not; *tandläkaren* compound; *bristande*, *ständigt*, *omständighet* … are neither. **änderna**: *ändrar*, *ändrats* (ändra) and *ändå* → must_not; *bränder*, *händerna*, *tänder* … are neither.
- **Phrases**: forms must be adjacent and in order in one sentence. *brand i maskinrummet* relevant; *Branden … i maskinrummet* apart → must_not. Forms of *saknad* are *saknad*, *saknade*; the verb forms *saknas*, *saknades*, *saknar*, *saknat* are neither; *Saknad passagerare* and *de saknade passagerarna* relevant, *den fjärde saknade* with *passageraren* in the title → must_not. *Statens haverikommission* relevant, *Staten* and *Haverikommissionens* in different sentences → must_not. Forms of *hård* are *hård*, *hårda*: *hård vind*, *den hårda vinden*, *de hårda vindarna* relevant; *Vinden var stark … kritiken … har varit hård* → must_not. *kraftig slagsida* relevant; *kraftigt* and *slagsida* apart → must_not. *bristande underhåll* relevant; *en bristande styrning* with *underhåll* elsewhere → must_not. *vållande till kroppsskada* relevant (also *kroppsskador*); *vållande till annans död* with *kroppsskador* elsewhere → must_not. *Transportstyrelsens tillsyn* relevant; *Transportstyrelsen skärper tillsynen* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Möjabor*, *Sandhamnsborna*, *dieselläckaget*) is don't care. NOT – an article with the excluded term is must_not (*Rederi AB Östanvik* has *rederi*); with the excluded term only inside a compound (*kammaråklagare*), don't care. OR – *flygräddningscentralen* alone is a compound → don't care; *JRCC:s* is *jrcc*. *möjlig*, *möjligt* are neither for `Möja`.
- **Filters**: `källa:` matches one word of the outlet's name (*Kobben*, *Pejl*, *Skrovet*, *Meridian*, *Strömmingen*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("ferry", "j", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
