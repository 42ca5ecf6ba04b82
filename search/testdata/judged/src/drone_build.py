#!/usr/bin/env python3
"""Builds corpus_drone.json and corpus_drone.md from drone_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 drone_build.py [-v]
"""

import fire_build
from drone_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "drönare": dict(
        probe=r"^dr[öo]n",
        rel=S("drönare drönaren drönares drönarna drönarnas"),
        comp=S("drönarcentrum drönardetektering drönarentusiast drönarflygning drönarflygningar drönarflygningarna "
               "drönarforskaren drönarfrågan drönarförlusterna drönarförsvar drönarhelgen drönarklubb drönarkris "
               "drönarkrisen drönarlagen drönarlarm drönarmålet drönarnatten drönarnätterna drönarpiloter "
               "drönarstängningar drönarteam drönarutredningen drönarutredningens drönarövervakning"),
        no=S("drönande"),
    ),
    "landning": dict(
        probe=r"landn|^landa",
        rel=S("landning landningar landningen"),
        comp=S("landningsavgifter"),
        no=S("landa landat"),
    ),
    "försening": dict(
        probe=r"försen",
        rel=S("försening förseningarna"),
        no=S("försenade försenades försenats"),
    ),
    "störning": dict(
        probe=r"stör",
        rel=S("störningar störningen"),
        dc=S("störsändare"),
        no=S("stör störa större största"),
    ),
    "flygplats": dict(
        probe=r"flygplats",
        rel=S("flygplats flygplatsen flygplatsens flygplatser flygplatserna"),
        comp=S("flygplatsoperatörerna"),
    ),
    "gripande": dict(
        probe=r"grip|grep",
        rel=S("gripandet gripandena"),
        no=S("greps gripen gripenplan gripit gripits gripna gripnas ingripa ingripande"),
        nei=S("angrepp begripligt"),
    ),
    "observation": dict(
        probe=r"observ",
        rel=S("observation observationen observationer"),
        no=S("observera observerades observerar observeras observerat observerats"),
    ),
    "beslag": dict(
        probe=r"beslag",
        rel=S("beslaget"),
        no=S("beslagtog"),
    ),
    # --- syncope ---
    "syster": dict(
        probe=r"syst",
        rel=S("syster systrar"),
        no=S("system systemen systemet radarsystem luftvärnssystem"),
    ),
    "cirkel": dict(
        probe=r"cirk",
        rel=S("cirklar"),
        no=S("cirka"),
    ),
    "minister": dict(
        probe=r"minist",
        rel=S("ministrar ministrarna"),
        comp=S("försvarsminister försvarsministern infrastrukturministern justitieminister justitieministern"),
    ),
    "morgon": dict(
        probe=r"morg",
        rel=S("morgnar morgonen"),
        comp=S("lördagsmorgonen tisdagsmorgonen"),
        no=S("morgan"),
    ),
    "manöver": dict(
        probe=r"manöv",
        rel=S("manövrer"),
        no=S("manövrerade"),
    ),
    "mörker": dict(
        probe=r"m[öo]rk",
        rel=S("mörker mörkret"),
        comp=S("mörkertalet"),
        no=S("mörkt"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("drönarnatten drönarnätterna gästnätter hotellnätter midnatt nattetid"),
        no=S("nätet elnätet"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand händerna"),
        comp=S("handfängsel handkamera"),
        no=S("handla handlar handlingskraftiga händelse händelsen händelser händelserna"),
        nei=S("behandla förhandlingen"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter"),
        comp=S("riksdagsledamot riksdagsledamöter"),
    ),
    "bror": dict(
        probe=r"^bror|^brod|^bröd|brors",
        rel=S("brodern bröder bröderna brödernas"),
        comp=S("brorsdotter"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar"),
        comp=S("brorsdotter dotterbolag"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränder"),
        no=S("strandsatta sjöstrand"),
    ),
    # --- compounds ---
    "försvar": dict(
        probe=r"försv",
        rel=S("försvar försvaret försvarets"),
        comp=S("drönarförsvar försvarshögskolan försvarsindustrin försvarsmakten försvarsmaktens försvarsminister "
               "försvarsministern försvarsutskott försvarsutskottet luftförsvar luftförsvaret totalförsvar "
               "totalförsvarets"),
        dc=S("försvarare"),
        no=S("försvann försvarar försvarlig försvinna försvinner försvårar"),
    ),
    "bas": dict(
        probe=r"bas",
        rel=S("basen basens baser baserna"),
        comp=S("marinbasen marinbasens örlogsbas örlogsbaser basområdet"),
        no=S("baserad"),
        nei=S("ambassad ambassaden drabbas klubbas"),
    ),
    "värn": dict(
        probe=r"v[äa]rn",
        rel=set(),
        comp=S("hemvärnet luftvärn luftvärnet luftvärnsregementet luftvärnssystem"),
        no=S("varna varnar"),
    ),
    "reaktor": dict(
        probe=r"reakt",
        rel=S("reaktorer reaktorerna"),
        comp=S("reaktorbyggnaderna"),
        no=S("reaktionerna"),
    ),
    "luftrum": dict(
        probe=r"luftrum",
        rel=S("luftrummet"),
    ),
    "båt": dict(
        probe=r"båt",
        rel=S("båt båtar båtarna båten"),
        comp=S("båtplats båtägare fiskebåt fritidsbåtar motorbåt motorbåten ubåt ubåtar ubåten"),
    ),
    "övervakning": dict(
        probe=r"övervak",
        rel=S("övervakning övervakningen"),
        comp=S("drönarövervakning kameraövervakningen övervakningsflygplan"),
        no=S("övervakade"),
    ),
    "trafik": dict(
        probe=r"trafik",
        rel=S("trafiken"),
        comp=S("flygtrafiken kvällstrafiken radiotrafik trafikchef vintertrafiken"),
        no=S("trafikerade trafikerar"),
    ),
    # --- traps ---
    "ring": dict(
        probe=r"^ring|kring",
        rel=S("ring ringar"),
        no=S("ringa ringde ringer ringt ringhals kring omkring"),
        nei=S("försäkring försäkringar"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet landets länder"),
        dc=S("finland götaland halland hallands hallandskusten ryssland rysslands thailand utomlands"),
        no=S("landvetter landa landat landning landningar landningen landningsavgifter bland blandad ibland"),
        nei=S("arlanda meddelande meddelandet pressmeddelande uttalande uttalandet ansvarsförhållanden"),
    ),
    "ljus": dict(
        probe=r"ljus",
        rel=S("ljus ljusen"),
        comp=S("blåljus ljusshow"),
        no=S("ljusa"),
    ),
    "sikt": dict(
        probe=r"sikt",
        rel=S("sikt sikten"),
        no=S("siktade avsikt"),
        nei=S("försiktigt"),
    ),
    "råd": dict(
        probe=r"r[aå]d",
        rel=S("råd"),
        comp=S("kommunalråd lagrådet lagrådsremiss lagrådsremissen"),
        no=S("rad radar radarn radarsystem radio radioaktiv radiomasten radiosignaler radiotrafik område områden "
             "områdena området bostadsområde restriktionsområde restriktionsområden restriktionsområdet basområdet"),
        nei=S("avancerad baserad brådska citerades förklarade förlorade krypterad manövrerade markerade observerades "
              "passerade patrullerade planerad rapporterade rapporterades registrerade spärrade svarade "
              "svenskregistrerad trafikerade ändrade"),
    ),
    "mast": dict(
        probe=r"m[aåä]st",
        rel=S("masten"),
        comp=S("radiomasten"),
        no=S("måste"),
        nei=S("närmast"),
    ),
    "fyr": dict(
        probe=r"^fyr|fyr$",
        rel=S("fyren fyrar"),
        comp=S("fyrgubbe fyrvaktare fyrvaktaren"),
        no=S("fyra fyrtio fyrtiotal fyrverkerier"),
    ),
    "skjuta": dict(
        probe=r"skj[uö]t|sköt",
        rel=S("skjut skjuta skjutas skjuter skjutit skjuts sköt sköts"),
        dc=S("nedskjuten nedskjutna nedskjutning nedskjutningar nedskjutningen"),
        no=S("sköta sköter"),
    ),
    "hål": dict(
        probe=r"h[åa]l",
        rel=S("hål hålet"),
        no=S("halland hallands hallandskusten hallberg halmstad halv halvön väröhalvön håll hålla hållbart hållen "
             "håller hållit hålls hushåll innehåller underhålls uppehåll ansvarsförhållanden ringhals"),
        nei=S("chalmers"),
    ),
    "varv": dict(
        probe=r"v[aä]rv",
        rel=S("varvet varvets"),
        comp=S("örlogsvarvet"),
        no=S("värvades värvats"),
    ),
    "flotta": dict(
        probe=r"flott",
        rel=S("flottan flottans"),
        no=S("flottiljchefen flottiljen flottiljens flygflottilj flygflottiljen"),
    ),
    "sken": dict(
        probe=r"sken",
        rel=S("sken skenet"),
        no=S("skenade skenande"),
    ),
    "sändare": dict(
        probe=r"s[aä]nd",
        rel=S("sändare sändarna"),
        dc=S("störsändare"),
        no=S("insändare sandell sanden"),
    ),
    "krona": dict(
        probe=r"kr[oö]n",
        rel=S("krona kronor"),
        no=S("karlskrona karlskronas krönika flygkrönikör kronqvist"),
    ),
    # --- words of phrases, booleans and filters ---
    "okänd": dict(probe=r"^okän", rel=S("okänd okända")),
    "ned": dict(probe=r"^ned$", rel=S("ned")),
    "landvetter": dict(probe=r"landvetter", rel=S("landvetter")),
    "misstänkt": dict(probe=r"^misstänk", rel=S("misstänkt misstänkta"), nei=S("misstänks")),
    "sabotage": dict(probe=r"sabot", rel=S("sabotage")),
    "olovlig": dict(probe=r"^olovlig", rel=S("olovlig olovliga")),
    "underrättelseverksamhet": dict(probe=r"underrättelse", rel=S("underrättelseverksamhet")),
    "ekonomisk": dict(probe=r"^ekonomisk", rel=S("ekonomiska")),
    "förlust": dict(probe=r"förlust", rel=S("förluster förlusterna"), comp=S("drönarförlusterna")),
    "inställd": dict(probe=r"^inställ", rel=S("inställda")),
    "flygning": dict(
        probe=r"flygning",
        rel=S("flygningar flygningarna"),
        comp=S("drönarflygning drönarflygningar drönarflygningarna inflygning inflygningen inflygningszonerna"),
    ),
    "militär": dict(probe=r"^militär", rel=S("militär militära")),
    "skyddsobjekt": dict(probe=r"skyddsobjekt", rel=S("skyddsobjekt")),
    "ringhals": dict(probe=r"ringhals", rel=S("ringhals")),
    "säpo": dict(probe=r"^säpo", rel=S("säpo")),
    "säkerhetspolisen": dict(probe=r"säkerhetspolis", rel=S("säkerhetspolisen")),
    "karlskrona": dict(probe=r"karlskrona", rel=S("karlskrona karlskronas")),
    "ronneby": dict(probe=r"ronneby", rel=S("ronneby")),
    "transportstyrelsen": dict(probe=r"transportstyrels", rel=S("transportstyrelsen")),
    "luftfartsverket": dict(probe=r"luftfartsverk", rel=S("luftfartsverket")),
    "skåpbil": dict(probe=r"skåpbil", rel=S("skåpbil skåpbilen")),
    "nedskjutning": dict(
        probe=r"nedskjut",
        rel=S("nedskjutning nedskjutningar nedskjutningen"),
        nei=S("nedskjuten nedskjutna"),
    ),
    "försvarsmakten": dict(probe=r"försvarsmakt", rel=S("försvarsmakten försvarsmaktens")),
    "marinbasen": dict(probe=r"marinbas", rel=S("marinbasen marinbasens")),
    "drönarförsvar": dict(probe=r"drönarförsvar", rel=S("drönarförsvar")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("drönarna", "inflection", False, ("term", "drönare")),
    ("landningar", "inflection", False, ("term", "landning")),
    ("förseningarna", "inflection", False, ("term", "försening")),
    ("störningar", "inflection", False, ("term", "störning")),
    ("flygplatsens", "inflection", False, ("term", "flygplats")),
    ("gripandet", "inflection", False, ("term", "gripande")),
    ("observationer", "inflection", False, ("term", "observation")),
    ("beslaget", "inflection", False, ("term", "beslag")),
    ("systrar", "syncope", False, ("term", "syster")),
    ("cirklar", "syncope", False, ("term", "cirkel")),
    ("ministrar", "syncope", False, ("term", "minister")),
    ("morgnar", "syncope", False, ("term", "morgon")),
    ("manövrer", "syncope", False, ("term", "manöver")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("natten", "umlaut", False, ("term", "natt")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("ledamoten", "umlaut", False, ("term", "ledamot")),
    ("brodern", "umlaut", False, ("term", "bror")),
    ("dottern", "umlaut", False, ("term", "dotter")),
    ("stranden", "umlaut", False, ("term", "strand")),
    ("drönare", "compound", True, ("term", "drönare")),
    ("försvar", "compound", True, ("term", "försvar")),
    ("bas", "compound", True, ("term", "bas")),
    ("värn", "compound", True, ("term", "värn")),
    ("reaktor", "compound", True, ("term", "reaktor")),
    ("luftrum", "compound", True, ("term", "luftrum")),
    ("båt", "compound", True, ("term", "båt")),
    ("övervakning", "compound", True, ("term", "övervakning")),
    ("trafik", "compound", True, ("term", "trafik")),
    ('"okända drönare"', "phrase", False, ("phrase", ["okänd", "drönare"])),
    ('"skjuta ned"', "phrase", False, ("phrase", ["skjuta", "ned"])),
    ('"Landvetter flygplats"', "phrase", False, ("phrase", ["landvetter", "flygplats"])),
    ('"misstänkt sabotage"', "phrase", False, ("phrase", ["misstänkt", "sabotage"])),
    ('"olovlig underrättelseverksamhet"', "phrase", False, ("phrase", ["olovlig", "underrättelseverksamhet"])),
    ('"ekonomiska förluster"', "phrase", False, ("phrase", ["ekonomisk", "förlust"])),
    ('"inställda flygningar"', "phrase", False, ("phrase", ["inställd", "flygning"])),
    ('"militära skyddsobjekt"', "phrase", False, ("phrase", ["militär", "skyddsobjekt"])),
    ("Ringhals Landvetter", "boolean", False, ("and", ["ringhals", "landvetter"])),
    ("Säpo OR Säkerhetspolisen", "boolean", False, ("or", ["säpo", "säkerhetspolisen"])),
    ("drönare -Ringhals", "boolean", False, ("not", "drönare", "ringhals")),
    ("Karlskrona Ronneby", "boolean", False, ("and", ["karlskrona", "ronneby"])),
    ("Transportstyrelsen OR Luftfartsverket", "boolean", False, ("or", ["transportstyrelsen", "luftfartsverket"])),
    ("skåpbil båt", "boolean", False, ("and", ["skåpbil", "båt"])),
    ("nedskjutning -Försvarsmakten", "boolean", False, ("not", "nedskjutning", "försvarsmakten")),
    ("källa:Kattegattposten Ringhals", "filter", False, ("filter", "Kattegattposten", "ringhals")),
    ("källa:Säveån förseningar", "filter", False, ("filter", "Säveån", "försening")),
    ("källa:Sirius gripandet", "filter", False, ("filter", "Sirius", "gripande")),
    ("källa:Aftonpressen Säpo", "filter", False, ("filter", "Aftonpressen", "säpo")),
    ("källa:Vingbladet Luftfartsverket", "filter", False, ("filter", "Vingbladet", "luftfartsverket")),
    ("källa:Blekingeposten Marinbasen", "filter", False, ("filter", "Blekingeposten", "marinbasen")),
    ("typ:opinion drönarförsvar", "filter", False, ("filter", "opinion", "drönarförsvar")),
    ("ring", "trap", False, ("term", "ring")),
    ("landet", "trap", False, ("term", "land")),
    ("ljus", "trap", False, ("term", "ljus")),
    ("sikt", "trap", False, ("term", "sikt")),
    ("råd", "trap", False, ("term", "råd")),
    ("mast", "trap", False, ("term", "mast")),
    ("fyr", "trap", False, ("term", "fyr")),
    ("skjuta", "trap", False, ("term", "skjuta")),
    ("hål", "trap", False, ("term", "hål")),
    ("varv", "trap", False, ("term", "varv")),
    ("flotta", "trap", False, ("term", "flotta")),
    ("sken", "trap", False, ("term", "sken")),
    ("sändare", "trap", False, ("term", "sändare")),
    ("kronor", "trap", False, ("term", "krona")),
]

HEADER = """# corpus_drone.json – judging notes

Invented crisis: from Friday 11 September 2026 unknown drones (drönare) fly night after night over Göteborg Landvetter flygplats, Ringhals kärnkraftverk on Väröhalvön north of Varberg, Marinbasen and the naval shipyard (örlogsvarvet) in Karlskrona, Blekinge flygflottilj (F 17) at Kallinge outside Ronneby and Luftvärnsregementet in Halmstad. Landvetter is closed five times (sheltering and stranded passengers, diverted and cancelled flights, taxi drivers and hotels losing money), the police (Polisregion Väst and Syd), Säkerhetspolisen (Säpo), Försvarsmakten, Transportstyrelsen, Luftfartsverket, Kustbevakningen, Strålsäkerhetsmyndigheten and Swedavia each say that someone else has the mandate or the equipment, and the question who may shoot the drones down (skjuta ned) leads to a rushed temporary law on drone defence (drönarförsvar): lagrådsremiss 2 October, Lagrådet's criticism, proposition, riksdagen's vote on 18 November, in force 1 December, first shooting over Marinbasen on 2 December. On the night of 9 October two brothers from Kungsbacka and a third man are arrested with a motor boat off Bua hamn and a van (skåpbil) on the E6 at Frillesås; the brothers are charged in January and convicted on 26 February 2027 of olovlig underrättelseverksamhet for filming Ringhals, while nobody is charged for Landvetter or Blekinge. Speculation and disinformation (fake videos, a fake press release about a leak at Ringhals, a myth about drones from a submarine, the Russian embassy's denial), the residents near Ringhals (Väröbacka, Bua, Stråvalla: sleepless nights, iodine tablets, a farmer's cows, a school, compensation claims), the airport's and airlines' losses, and a state inquiry (drönarutredningen) that reports on 15 February 2027. Places and public bodies are real (Landvetter, Härryda, Mölnlycke, Göteborg, Kungsbacka, Frillesås, Varberg, Väröbacka, Bua, Stråvalla, Falkenberg, Morups tånge, Halmstad, Karlskrona, Trossö, Tjurkö, Sturkö, Stumholmen, Långö, Ronneby, Kallinge, Nogersund, Hanöbukten, Kattegatt; Swedavia, Vattenfall, Ringhals AB, FOI, Försvarshögskolan, Myndigheten för psykologiskt försvar, Göteborgs tingsrätt, Lagrådet, riksdagens försvarsutskott; the events are invented); every person and all six outlets are invented: Kattegattposten (local daily, Varberg, Kungsbacka and Falkenberg), Blekingeposten (local daily, Karlskrona and Ronneby), Radio Säveån (local radio, Göteborg and Härryda, with quotes in spoken Swedish), Nyhetsbyrån Sirius (wire service, also carrying press releases), Svenska Aftonpressen (national daily) and Vingbladet (trade paper for aviation and airports). 130 articles (111 news, 19 opinion: leaders, columns, debate articles, a reply, letters), published 20 August 2026 to 26 February 2027, +02:00 until 25 October and +01:00 after. The ids n001–n130 follow publication time. The style is wire-heavy: many short items of 60–90 words, a few long opinion pieces.

Kept out of the texts as the README asks: the pronoun *man* (*man*, *män*, *mannen* are only the noun), the verb *händer* (only *händerna*, the noun, is there), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *drönare* meaning a male bee (every *drönare* is an aircraft); the participle *gripen* (every *Gripen* is the fighter JAS 39 Gripen) and the adjective *gripande* (moving); the uninflected adjective *ljus* (every *ljus* is the noun; the adjective is there only as *ljusa*); *sken* as the past tense of *skina* (every *sken* is the noun); *sköt* as the imperative and *sköts* as the passive of *sköta*, *skjuts* as the noun (a ride) and *skjuta upp* (postpone) (every *sköt*, *sköts*, *skjuts* is *skjuta*, shoot); *i morgon* (tomorrow; every *morgon* form is the time of day); the imperative *ring* (every *ring* is the noun); *flotta* as the plural of the adjective *flott*; *fyr* meaning a fellow (*en glad fyr*); *råd* in *ha råd* (afford); *varv* meaning a lap or turn (every *varv* is the shipyard; the drones fly *i cirklar*); *master* as the academic degree (there is no *master* at all); *bas* as the voice or a foreman; *beslagen* (both the plural of *beslag* and a participle); *banan* (runway and banana; only *rullbanan*); *sikte* (the sight of a gun); *misstänkt* as the supine of *misstänka* (every *misstänkt* is the participle or adjective, also *de misstänkta*); *inställd på* (prepared for; every *inställda* means cancelled); *militär* as a noun (a soldier); *kronan* (the Crown); *hal* (slippery).

How the lists were made: src/drone_articles.py holds the texts and src/drone_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: råd/rad, hål/hal, mast/måste, varv/värva, värn/varna, sändare/sand, krona/krönika, mörker/mörk, natt/nät, hand/händelse, strand/stränder) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *Säpo:s*, *SSM:s*, *FOI-forskaren*, *IKFN-förordningen* are split. `python3 drone_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. What counts as a lookalike here: another lemma that begins with the query's stem or a diacritic variant of it (*radar*, *radio*, *rad* for `råd`; *Halland*, *halv*, *håller* for `hål`; *måste* for `mast`; *fyra* for `fyr`), a short word or a name that ends in the word (*kring*, *omkring*, *bland*, *ibland* for `ring` and `landet`, as *från* for *rån*), and a compound or name whose first or last part is the word or such a lookalike (*Ringhals*, *Landvetter*, *Karlskrona*, *område* = om + råde, *Väröhalvön*, *hushåll*, *uppehåll*). Letters that only occur inside a word across no part boundary are neither (*förklarade*, *observerades* for `råd`, *Chalmers* for `hål`, *försäkring* for `ring`, *meddelande*, *uttalande*, *Arlanda* for `landet`, *närmast* for `mast`, *försiktigt* for `sikt`, *ambassad*, *drabbas* for `bas`, *angrepp*, *begripligt* for `gripandet`, *behandla*, *förhandlingen* for `händerna`). The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *försvarsmakten*, *försvarsutskottet*, *luftvärnsregementet*, *övervakningsflygplan*; none *drönarförsvar*, *drönarlagen*, *totalförsvar*, *luftförsvaret*, *marinbasen*, *örlogsbas*, *basområdet*, *hemvärnet*, *luftvärn*, *reaktorbyggnaderna*, *motorbåten*, *fritidsbåtar*, *ubåten*, *kameraövervakningen*, *flygtrafiken*, *kvällstrafiken*, *radiotrafik*, *trafikchef*; -e- *fiskebåt*, *nattetid*. *Ubåt* (undervattensbåt) is a boat and counts for `båt`. Elsewhere the corpus has -u- (*gatubelysningen*) and -o- (*människoliv*).
- **drönarna**, **drönare** (compound): the participle *drönande* (*ett drönande ljud*, helicopters over Halmstad, n079) → must_not; every *drönar-* compound counts with compounds:true.
- **landningar**: the verb *landa*, *landat* → must_not; *landningsavgifter* compound. **förseningarna**: *försenade*, *försenades*, *försenats* → must_not. **störningar**: the verb *störa*, *stör* and the comparative and superlative of *stor* (*större*, *största*) → must_not; *störsändare* (made from the verb stem) → don't care. **flygplatsens**: only the noun; *flygplatsoperatörerna* compound. **gripandet**: *greps*, *gripit*, *gripits*, *gripna*, *gripnas* (the verb and its participle), *ingripa*, *ingripande* (intervene, another word) and *Gripen*, *Gripenplan* (the fighter) → must_not. **observationer**: *observera*, *observerar*, *observeras*, *observerades*, *observerat*, *observerats* → must_not. **beslaget**: *beslagtog* → must_not.
- **systrar**: *system*, *systemet*, *systemen*, *radarsystem*, *luftvärnssystem* → must_not. **cirklar**: *cirka* → must_not. **ministrar**: *försvarsministern*, *justitieministern*, *infrastrukturministern* are compounds. **morgnar**: the name *Morgan* → must_not; *morgonen* relevant; *lördagsmorgonen*, *tisdagsmorgonen* compounds. **manövrer**: *manövrerade* → must_not. **mörkret**: the adjective *mörkt* → must_not; *mörkertalet* compound.
- **natten**: *nätet* (the internet) and *elnätet* → must_not; *i natt*, *nätter*, *nätterna* relevant; *midnatt*, *nattetid*, *drönarnätterna*, *hotellnätter*, *gästnätter* compounds. **händerna**: *handla*, *handlar*, *handlingskraftiga*, *händelse(n)*, *händelser(na)* → must_not; *ha händerna bundna* and *ta hand om* are the noun; *handfängsel*, *handkamera* compounds. **ledamoten**: *riksdagsledamot(er)* compounds. **brodern**: *bror* forms only; *brorsdotter* compound. **dottern**: *dotterbolag* (a subsidiary) and *brorsdotter* compounds → don't care. **stranden**: *strandsatta* (stranded passengers) and the surname *Sjöstrand* → must_not; *stränder* relevant.
- **försvar** (compound): *försvann*, *försvinna*, *försvinner*, *försvårar*, the verb *försvarar* and the adjective *försvarlig* → must_not; *försvarare* (defence counsel, the agent noun of the verb) → don't care. **bas**: *baserad* → must_not. **värn**: the verb *varna*, *varnar* (a/ä) → must_not; only compounds (*luftvärnet*, *hemvärnet* …) are relevant. **reaktor**: *reaktionerna* → must_not. **övervakning**: *övervakade* → must_not. **trafik**: *trafikerar*, *trafikerade* → must_not.
- **ring** (trap): *Ringhals*, the verb *ringa*, *ringde*, *ringer*, *ringt*, and *kring*, *omkring* → must_not; *en ring runt hamnen* and *ringar på vattnet* are the noun.
- **landet** (trap): *Landvetter*, the verb *landa*, *landat*, the noun *landning* with its forms and *landningsavgifter*, *bland*, *ibland*, *blandad* → must_not; names of lands and provinces (*Halland*, *Hallandskusten*, *Ryssland*, *Finland*, *Thailand*, *Västra Götaland*) and *utomlands* → don't care (as *Kristianstad* for `stad`); *långt från land* and *ett annat land* relevant.
- **ljus** (trap): the adjective *ljusa* (*den ljusa terminalen*) → must_not; *blåljus*, *ljusshow* compounds. **sikt**: the verb *siktade* and *avsikt* (intention, a compound that only looks like one) → must_not; *på sikt* is the noun. **råd**: *rad* (*i rad*), *radar*, *radarn*, *radarsystem*, *radio*, *radioaktiv*, *radiomasten*, *radiosignaler*, *radiotrafik* (also *Radio Säveån*) and *område* with its forms and compounds (*området*, *områden*, *bostadsområde*, *restriktionsområdet*, *basområdet*), which split as om + råde, → must_not; *Lagrådet*, *lagrådsremiss(en)*, *kommunalråd* compounds; the past participles and past tenses in -rade/-rad are neither. **mast**: *måste* → must_not; *radiomasten* compound. **fyr**: *fyra*, *fyrtio*, *fyrtiotal*, *fyrverkerier* → must_not; *fyren*, *fyrar* relevant; *fyrvaktare(n)*, *fyrgubbe* compounds. **skjuta**: *sköta*, *sköter* (ö/u lookalike) → must_not; *skjut* (imperative), *skjuts*, *sköts* (passives), *sköt* relevant; *nedskjutning(en/ar)*, *nedskjuten*, *nedskjutna* (made from *skjuta ned*) → don't care. **hål**: *Halland*, *Hallands*, *Hallandskusten*, *Halmstad*, *Hallberg*, *halv*, *halvön*, *Väröhalvön*, *håll*, *hållen*, *hålla*, *håller*, *hållit*, *hålls*, *hållbart*, *innehåller*, *underhålls*, *uppehåll*, *hushåll*, *ansvarsförhållanden* and *Ringhals* (ring + hals) → must_not; *ett hål i lagen*, *Hålet* relevant. **varv**: *värvades*, *värvats* → must_not; every *varv* is the shipyard; *örlogsvarvet* compound. **flotta**: *flottilj*, *flottiljen*, *flottiljens*, *flottiljchefen*, *flygflottilj(en)* → must_not. **sken**: *skenade*, *skenande* → must_not. **sändare**: *insändare* (a letter to the editor, a compound that only looks like one), *sanden* (*rinna ut i sanden*) and the surname *Sandell* → must_not; *störsändare* → don't care (a compound). **kronor**: *Karlskrona*, *Karlskronas*, *krönika*, *flygkrönikör* and the surname *Kronqvist* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *okänd drönare* relevant for "okända drönare"; *okända personer* with *drönare* elsewhere → must_not. "skjuta ned": any form of *skjuta* directly before *ned* (*sköt ned*, *sköts ned*, *skjuts ned*, *skjutas ned*, *skjutit ned*) relevant; *skjuta ner* is another word, so an article with only *skjuta ner* is don't care; *skjuta* with *skrivit ned* elsewhere → must_not. "Landvetter flygplats": *Göteborg Landvetter flygplats* relevant; *Landvetter* and *flygplatsen* apart → must_not. "misstänkt sabotage": *misstänkt* and *misstänkta* are the participle (*misstänks* is a verb form and counts for nothing); *Vi utesluter inte sabotage* with *misstänkt* elsewhere → must_not. "olovlig underrättelseverksamhet": *flygningarna var olovliga och … bedrev underrättelseverksamhet* → must_not. "ekonomiska förluster": *De ekonomiska konsekvenserna … förlusterna* → must_not; *drönarförlusterna* is a compound. "inställda flygningar": *inställda avgångar och färre flygningar* → must_not; *elva flyg inställda* has no form of *flygning* (*flyg* is another word). "militära skyddsobjekt": *militära anläggningar* with *skyddsobjekt* elsewhere → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care (*motorbåten* with *skåpbilen* for "skåpbil båt"). NOT – an article with the excluded term is must_not; *Försvarshögskolan* is not *Försvarsmakten*. OR – both words are the organisation's names (*Säpo* and *Säkerhetspolisen*, *Transportstyrelsen* and *Luftfartsverket*).
- **Filters**: `källa:` matches one word of the outlet's name (*Kattegattposten*, *Säveån*, *Sirius*, *Aftonpressen*, *Vingbladet*, *Blekingeposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("drone", "n", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
