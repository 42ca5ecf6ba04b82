#!/usr/bin/env python3
"""Builds corpus_reindeer.json and corpus_reindeer.md from reindeer_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 reindeer_build.py [-v]
"""

import fire_build
from reindeer_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "ren": dict(
        probe=r"^r[eé]n|[^aeiouyåäöé]ren",
        rel=S("ren renen renens renar renarna renars"),
        comp=S("renbete renbetet renfoder renkalv renkalven renkapplöpningen renkrisen renkött rennäringen "
               "rennäringshandläggare renskav renskötare renskötaren renskötarens renskötarfamiljer "
               "renskötarfamiljerna renskötarna renskötarnas renskötsel renskötseln renskötselrätten renstängsel "
               "renytterfilé renbeteslagen"),
        no=S("renaste rengöras rent renström vägrenen"),
        nei=S("entreprenör holmgren kadavren konkurrensen"),
    ),
    "bete": dict(
        probe=r"bet[eaå]|beti",
        rel=S("bete betet"),
        comp=S("betesförhållanden beteskris betesland betesmarkerna betesområden betesområdet lavbete renbete "
               "renbetet sommarbetet vinterbete vinterbetesland vinterbetet"),
        dc=S("renbeteslagen"),
        no=S("beta betade betar betat beteende arbete arbetet samarbete arbeta arbetat"),
        nei=S("betala betalar betalas betalat utbetalningar"),
    ),
    "stöd": dict(
        probe=r"stöd|stött",
        rel=S("stöd stödet"),
        comp=S("krisstöd krisstödet samtalsstöd stödutfodring stödutfodringen"),
        dc=S("stödutfodra stödutfodras"),
        no=S("stöder"),
        nei=S("stötta"),
    ),
    "kalv": dict(
        probe=r"kalv",
        rel=S("kalv kalvar kalvarna kalven"),
        comp=S("kalvmärkningen renkalv renkalven"),
        dc=S("kalvningen kalvningsland"),
        no=S("kalva"),
    ),
    "utfodring": dict(
        probe=r"fodr",
        rel=S("utfodring utfodringar utfodringen"),
        comp=S("stödutfodring stödutfodringen utfodringsplatserna"),
        no=S("utfodra utfodrar utfodras utfodrat stödutfodra stödutfodras"),
        nei=S("fodrade fodret"),
    ),
    "kollision": dict(
        probe=r"kolli",
        rel=S("kollisioner kollisionerna"),
        no=S("kolliderade"),
    ),
    "dom": dict(
        probe=r"^dom|dom$|domen|döm|domar|domstol",
        rel=S("dom domen"),
        comp=S("domstol domstolen domstolens miljödomstolen miljödomstolens miljööverdomstolen vindkraftsdomen"),
        no=S("dömdes"),
        nei=S("bedömer bedömning sjukdomar"),
    ),
    "krav": dict(
        probe=r"krav|kräv",
        rel=S("krav kraven kravet"),
        no=S("kräver krävt"),
        nei=S("bäckravin"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckorna"),
        comp=S("skoterolycka olycksdrabbade"),
        no=S("olyckligt"),
    ),
    # --- syncope ---
    "foder": dict(
        probe=r"fod[er]|fodr",
        rel=S("foder fodret"),
        comp=S("foderbyte foderfabrikerna foderkostnader foderkostnaderna foderlager foderleverantörer grovfoder "
               "renfoder"),
        dc=S("stödutfodra stödutfodras stödutfodring stödutfodringen utfodra utfodrar utfodras utfodrat utfodring "
             "utfodringar utfodringen utfodringsplatserna"),
        no=S("fodrade"),
    ),
    "kadaver": dict(
        probe=r"kadav",
        rel=S("kadaver kadavren"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörka mörkt"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknat"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("bygdemedel bygdemedlen"),
        no=S("medla medlemmar omedelbart"),
    ),
    "lager": dict(
        probe=r"^lag|lager|lagr",
        rel=S("lager lagret"),
        comp=S("fettlager foderlager islagret lagerlokal"),
        dc=S("lagring"),
        no=S("laga lagas lagt lagts lagerkvist"),
    ),
    # --- umlaut ---
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter ledamöterna"),
        comp=S("sametingsledamoten"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattetid nattstopp nattåget nattågets vinternatt"),
        no=S("nattavaara nätet"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|bror|bröder|brodern",
        rel=S("bror brodern bröder bröderna"),
        no=S("bröd"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet landets länderna"),
        comp=S("betesland grannländerna kalvningsland kustland kustlandet lavland skogslandet vinterbetesland "
               "inland inlandet inlandets landsbygden landsbygdsdepartementet landsbygdsministern"),
        dc=S("finland norrland norrlands inlandsbanan"),
        no=S("landade landningen landningsbanan"),
        nei=S("bland blandad ibland betesförhållanden pressmeddelande stapplande uttalande"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer"),
        comp=S("stadshuset"),
        no=S("bostadsområden stadgar stadigt"),
    ),
    "dotter": dict(
        probe=r"d[oö]tt",
        rel=S("dotter döttrar"),
        no=S("dött"),
    ),
    # --- compounds ---
    "bygd": dict(
        probe=r"bygd|bygg",
        rel=S("bygd bygden bygdens bygder"),
        comp=S("bygdegården bygdemedel bygdemedlen glesbygd landsbygden"),
        dc=S("bygdeå landsbygdsdepartementet landsbygdsministern"),
        no=S("bebyggelse bygga byggas bygger bygget byggtiden byggts utbyggd"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft"),
        comp=S("kraftledningar vattenkraft vattenkraften vattenkraftsbolagen vindkraft vindkraften "
               "vindkraftsbolaget vindkraftsdomen vindkraftspark vindkraftsparken vindkraftsprojekt vindkraftverk"),
        no=S("kraftigt"),
    ),
    "gruva": dict(
        probe=r"gruv",
        rel=S("gruva gruvan gruvans gruvor"),
        comp=S("gruvbolaget gruvdrift gruvområdet gruvplanerna gruvprojektet"),
        no=S("gruvligt"),
    ),
    "malm": dict(
        probe=r"malm",
        rel=set(),
        comp=S("malmbanan malmfälten malmtransporterna malmtåg malmtågen"),
        dc=S("malmberget"),
        no=S("malmqvist malmö"),
    ),
    "lada": dict(
        probe=r"^lad|lad[ao]|ladu|l[aå]d[ao]",
        rel=S("ladan lador ladorna"),
        comp=S("ladugårdar ladugården"),
        no=S("laddat lådor lådorna"),
        nei=S("glada jätteglada"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("kyrkoherden kyrkorådet"),
    ),
    "stängsel": dict(
        probe=r"stäng",
        rel=S("stängsel stängslet stängslets"),
        comp=S("renstängsel viltstängsel"),
        no=S("stänga stängas stängs"),
    ),
    # --- traps ---
    "lav": dict(
        probe=r"lav",
        rel=S("lav laven"),
        comp=S("hänglav lavbete lavland lavmarker marklav"),
        no=S("laviner lavinfara lavinfaran lavinprognos lavinprognosören"),
        nei=S("njállavuoma"),
    ),
    "klöv": dict(
        probe=r"klöv",
        rel=S("klövar klövarna"),
        comp=S("klövskador"),
        no=S("klöver"),
    ),
    "vaja": dict(
        probe=r"^vaj|vaj[aoe]",
        rel=S("vaja vajan vajor vajorna"),
        no=S("vajade vajrar vajrarna"),
    ),
    "mild": dict(
        probe=r"mild|^milt",
        rel=S("mild milda milt"),
        comp=S("mildvintrarna mildväder mildvädret"),
        no=S("mildrar"),
    ),
    "svält": dict(
        probe=r"sv[äa]lt|^sval",
        rel=S("svält svälten"),
        no=S("svalt svälta svälter"),
    ),
    "lok": dict(
        probe=r"lok",
        rel=S("loken loket"),
        comp=S("lokföraren lokförarna"),
        no=S("lagerlokal lokal lokala lokaler"),
    ),
    "horn": dict(
        probe=r"h[oö]rn",
        rel=S("horn hornen"),
        no=S("hornavan hörnet"),
    ),
    "lån": dict(
        probe=r"^l[åä]n|lån|läns",
        rel=S("lån lånen lånet"),
        no=S("lånade lånat länet länsrådet länsstyrelsen länsstyrelsernas"),
        nei=S("länderna länge längre längs lång långa långsamt långt"),
    ),
    "mage": dict(
        probe=r"^mag|mage|magar|magen|mager|magra",
        rel=S("mage magen magarna"),
        comp=S("magproblem"),
        no=S("magra"),
    ),
    "nöd": dict(
        probe=r"nöd",
        rel=S("nöd nöden"),
        comp=S("nödlösning nödåtgärd"),
        no=S("nödvändigt"),
        nei=S("snödjupet snödrev"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tågen tåget"),
        comp=S("godståg malmtåg malmtågen nattåget nattågets persontågen tågklareringen"),
        no=S("tagit tagits undantag"),
        nei=S("biltestföretagen företag företagshälsovården"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spåren spåret"),
        no=S("besparingar spara sparbank sparbanken sparkade sparkonton spårade spårat urspårningen"),
        nei=S("vindkraftspark vindkraftsparken"),
    ),
    "is": dict(
        probe=r"^is|is$|isen$|isens$",
        rel=S("is isen isens"),
        comp=S("isbanorna isbark islagret isskiktet isskorpa isskorpan isvägen"),
        no=S("isaksson isolerade isär"),
        nei=S("arktis beteskris granris gratis kris krisen polisen precis renkrisen självkostnadspris "
              "uppskattningsvis"),
    ),
    # --- words of phrases, booleans and filters ---
    "låst": dict(probe=r"^lås", rel=S("låst"), nei=S("låser låste")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "krisstöd": dict(probe=r"krisstöd", rel=S("krisstöd krisstödet")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "sameby": dict(
        probe=r"sameby",
        rel=S("sameby samebyar samebyarna samebyarnas samebyn samebyns samebys"),
    ),
    "påkörd": dict(probe=r"påkör", rel=S("påkörda"), nei=S("påkörningar")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "länsstyrelse": dict(probe=r"länsstyrels", rel=S("länsstyrelsen länsstyrelsernas")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "norrbotten": dict(probe=r"norrbott", rel=S("norrbotten norrbottens")),
    "ny": dict(probe=r"^ny(a|tt|are|aste)?$", rel=S("ny nya nytt")),
    "högsta": dict(probe=r"^högst", rel=S("högsta")),
    "domstol": dict(
        probe=r"domstol",
        rel=S("domstol domstolen domstolens"),
        comp=S("miljödomstolen miljödomstolens miljööverdomstolen"),
    ),
    "stödutfodring": dict(
        probe=r"stödutfodr",
        rel=S("stödutfodring stödutfodringen"),
        nei=S("stödutfodra stödutfodras"),
    ),
    "vindkraft": dict(
        probe=r"vindkraft",
        rel=S("vindkraft vindkraften"),
        comp=S("vindkraftsbolaget vindkraftsdomen vindkraftspark vindkraftsparken vindkraftsprojekt vindkraftverk"),
    ),
    "malmbanan": dict(probe=r"malmban", rel=S("malmbanan")),
    "inlandsbanan": dict(probe=r"inlandsban", rel=S("inlandsbanan")),
    "sametinget": dict(
        probe=r"sameting",
        rel=S("sametinget sametingets"),
        comp=S("sametingsledamoten"),
    ),
    "jokkmokk": dict(probe=r"jokkmokk", rel=S("jokkmokk jokkmokks")),
    "arjeplog": dict(probe=r"arjeplog", rel=S("arjeplog arjeplogs")),
    "kiruna": dict(probe=r"kiruna", rel=S("kiruna"), comp=S("kirunaborna")),
    "gällivare": dict(probe=r"gällivare", rel=S("gällivare")),
    "pellets": dict(probe=r"pellets", rel=S("pellets pelletsen")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "renskötare": dict(
        probe=r"renskötar",
        rel=S("renskötare renskötaren renskötarens renskötarna renskötarnas"),
        comp=S("renskötarfamiljer renskötarfamiljerna"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("renarna", "inflection", False, ("term", "ren")),
    ("betet", "inflection", False, ("term", "bete")),
    ("stödet", "inflection", False, ("term", "stöd")),
    ("kalvarna", "inflection", False, ("term", "kalv")),
    ("utfodringen", "inflection", False, ("term", "utfodring")),
    ("kollisionerna", "inflection", False, ("term", "kollision")),
    ("domen", "inflection", False, ("term", "dom")),
    ("kraven", "inflection", False, ("term", "krav")),
    ("olyckorna", "inflection", False, ("term", "olycka")),
    ("fodret", "syncope", False, ("term", "foder")),
    ("kadavren", "syncope", False, ("term", "kadaver")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("ren", "compound", True, ("term", "ren")),
    ("bete", "compound", True, ("term", "bete")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("kraft", "compound", True, ("term", "kraft")),
    ("gruva", "compound", True, ("term", "gruva")),
    ("malm", "compound", True, ("term", "malm")),
    ("lada", "compound", True, ("term", "lada")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("stängsel", "compound", True, ("term", "stängsel")),
    ('"låst av is"', "phrase", False, ("phrase", ["låst", "av", "is"])),
    ('"krisstöd till samebyarna"', "phrase", False, ("phrase", ["krisstöd", "till", "sameby"])),
    ('"påkörda renar"', "phrase", False, ("phrase", ["påkörd", "ren"])),
    ('"renar på spåret"', "phrase", False, ("phrase", ["ren", "på", "spår"])),
    ('"Länsstyrelsen i Norrbotten"', "phrase", False, ("phrase", ["länsstyrelse", "i", "norrbotten"])),
    ('"ny gruva"', "phrase", False, ("phrase", ["ny", "gruva"])),
    ('"Högsta domstolen"', "phrase", False, ("phrase", ["högsta", "domstol"])),
    ('"stödutfodring av renar"', "phrase", False, ("phrase", ["stödutfodring", "av", "ren"])),
    ("vindkraft gruva", "boolean", False, ("and", ["vindkraft", "gruva"])),
    ("Malmbanan OR Inlandsbanan", "boolean", False, ("or", ["malmbanan", "inlandsbanan"])),
    ("Sametinget -Länsstyrelsen", "boolean", False, ("not", "sametinget", "länsstyrelse")),
    ("Jokkmokk Arjeplog", "boolean", False, ("and", ["jokkmokk", "arjeplog"])),
    ("Kiruna OR Gällivare", "boolean", False, ("or", ["kiruna", "gällivare"])),
    ("stödutfodring -pellets", "boolean", False, ("not", "stödutfodring", "pellets")),
    ("Trafikverket renskötare", "boolean", False, ("and", ["trafikverket", "renskötare"])),
    ("källa:Polstjärnan betet", "filter", False, ("filter", "Polstjärnan", "bete")),
    ("källa:Nordpunkt Sametinget", "filter", False, ("filter", "Nordpunkt", "sametinget")),
    ("källa:Rajden fodret", "filter", False, ("filter", "Rajden", "foder")),
    ("källa:Umeälvsbladet vindkraft", "filter", False, ("filter", "Umeälvsbladet", "vindkraft")),
    ("källa:Kvällsblixten tåget", "filter", False, ("filter", "Kvällsblixten", "tåg")),
    ("typ:opinion krisstöd", "filter", False, ("filter", "opinion", "krisstöd")),
    ("typ:opinion gruvan", "filter", False, ("filter", "opinion", "gruva")),
    ("lav", "trap", False, ("term", "lav")),
    ("klöv", "trap", False, ("term", "klöv")),
    ("vajor", "trap", False, ("term", "vaja")),
    ("mild", "trap", False, ("term", "mild")),
    ("svält", "trap", False, ("term", "svält")),
    ("lok", "trap", False, ("term", "lok")),
    ("horn", "trap", False, ("term", "horn")),
    ("lån", "trap", False, ("term", "lån")),
    ("mage", "trap", False, ("term", "mage")),
    ("nöd", "trap", False, ("term", "nöd")),
    ("tåg", "trap", False, ("term", "tåg")),
    ("spår", "trap", False, ("term", "spår")),
    ("is", "trap", False, ("term", "is")),
]

HEADER = """# corpus_reindeer.json – judging notes

Invented crisis: a winter of locked grazing (betet låst av is) in Norrbotten and Västerbotten, November 2026 to May 2027. After an early snowfall, a mild Atlantic air mass brings rain on the snow on Sunday 22 November 2026 from Kiruna to Vilhelmina; the cold returns and the water freezes into an ice crust (isbark, isskorpa) over the lichen (laven) on the winter grazing. The herds cannot dig through, scatter and seek the ploughed roads (E10, E45) and the embankment of Malmbanan, where ore trains, a night train and goods trains kill over 400 reindeer in the winter; the herders watch the line at night in the polar darkness, Trafikverket slows the trains, refuses to close the line at night and decides on a reindeer fence at Kaitum, which is then delayed. The Sami villages (samebyar) begin emergency feeding in enclosures (stödutfodring with pellets and silage, hay from farmers), feed prices rise, reindeer die of starvation (svält) and of rumen problems when the feed is changed too fast (SVA), wolverine and eagle take the weak, calves and pregnant does are at risk, carcasses pile up and Länsstyrelsen i Norrbotten relaxes the rules for them. Nine villages ask for crisis support; Sametinget asks for a crisis meeting, the government gives 30 million kronor at Christmas and no more in March, Sametinget's assembly quarrels over its distribution, families take loans, a savings bank offers interest-free loans, municipalities, the church in Jokkmokk, volunteers in Gällivare and a village hall in Blattnicksele collect money. Njállavuoma sameby moves 3 000 reindeer by lorry to Överkalix; landowners there sue it in Haparanda tingsrätt over the right to winter grazing, and on 13 April 2027 the court finds for the village (citing Högsta domstolen's Nordmaling judgment); the landowners appeal to Hovrätten för Övre Norrland. Arktis Grafit AB applies to Bergsstaten for a graphite mine at Ruoppevare on Juovvaluokta sameby's winter grazing west of Jokkmokk (protest at Jokkmokks marknad, Sametinget's opinion against it; the company pauses the project in May). Nordvind Energi AB wants 52 wind turbines at Tjuonavare on Vuolleby sameby's winter grazing north-west of Sorsele; Mark- och miljödomstolen vid Umeå tingsrätt hears the case in March and says no on 12 May; the company appeals. Then the thaw, calving, an evaluation of the feeding and a government inquiry. Places and public bodies are real (Kiruna, Gällivare, Malmberget, Jokkmokk, Vuollerim, Talvatissjön, Arjeplog, Hornavan, Arvidsjaur, Vittangi, Svappavaara, Kaitum, Harrå, Nattavaara, Boden, Luleå, Råneå, Niemisel, Överkalix, Haparanda, Abisko, Riksgränsen, Narvik, Sorsele, Slussfors, Blattnicksele, Storuman, Lycksele, Hedlunda, Vilhelmina, Bygdeå, Robertsfors, Umeå; Malmbanan, Inlandsbanan, E10, E45, E12; Sametinget, Länsstyrelsen i Norrbottens län and i Västerbottens län, Trafikverket, SMHI, Naturvårdsverket, SVA, SLU, Bergsstaten, Svenska Samernas Riksförbund, Svenska kyrkan, Växa, Haparanda, Gällivare and Umeå tingsrätt, Hovrätten för Övre Norrland, Högsta domstolen, Sunderby sjukhus, Norrlands universitetssjukhus; their actions are invented). The three Sami villages (Njállavuoma, Juovvaluokta, Vuolleby), the mine site Ruoppevare, the wind-farm site Tjuonavare, the companies (Arktis Grafit AB, Nordvind Energi AB, Bodens Foder AB, Inlandets Sparbank), every person and all six outlets are invented: Norrskensposten (local daily, Norrbotten), Umeälvsbladet (local paper, the Västerbotten inland), Nyhetsbyrån Nordpunkt (wire service), Kvällsblixten (national tabloid), Rajden (trade paper for reindeer husbandry) and Radio Polstjärnan (local radio, with quotes). 121 articles (103 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 5 November 2026 to 20 May 2027, +01:00 until 28 March 2027 and +02:00 after. The ids rd001–rd121 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (the noun is not used either), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *ren* in its base form and the verb *renar* (every *ren*, *renar* is the animal; the adjective appears only as *rent*, *renaste*), the infinitive *bete sig* (the verb appears only as *beteende*), the verb *kalvar* (every *kalvar* is calves; the verb only as *kalva*), the verb *spår* (spå) and the verb *klöv* (klyva), the infinitive *vaja* (flags only as *vajade*), *gruva sig*, the pronoun *dom*, *banan* the fruit, *lager* the beer, *foder* the lining (only *fodrade* overaller), *tåg* as a procession, and the verb *länder*.

How the lists were made: src/reindeer_articles.py holds the texts and src/reindeer_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: lån/län, lada/låda, tåg/tag, spår/spar, horn/hörn, mörker, svält/svalt, bror/bröd, natt/nät, stad/städ, dotter/dött, land/länd, bygd/bygg, klöv/klöver) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *ren* takes *ren* at the start of a word or after a consonant (so *renar*, *renskötare*, *vägrenen*, *Renström*, but not the endings of *våren*, *föraren*); the probe for *is* takes *is* at the start and *is*, *isen*, *isens* at the end of a word (so *kris*, *polis*, *pris* are listed as neither). Tokens are runs of letters, so *SSR:s*, *AB:s* and hyphenated words are split. `python3 reindeer_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Verb forms of a noun's stem (*betar*, *stöder*, *kalva*, *utfodrar*, *kolliderade*, *dömdes*, *kräver*, *svälter*) are lookalikes, as in the earlier corpora (*larmade* for `larm`). Per query:

- `renarna` (inflection): every form of the noun *ren* (*ren*, *renen*, *renens*, *renar*, *renarna*, *renars*) is relevant; *rent* (*rent allmänt*), *renaste*, *rengöras*, the surname *Renström* and *vägrenen* (the road's shoulder) are lookalikes; *renskötare*, *rennäringen* and the other compounds are don't care.
- `betet` (inflection): *bete*, *betet* relevant; the verb *beta* (*betar*, *betade*, *betat*), *beteende* and *arbete*, *arbetet*, *samarbete*, *arbeta*, *arbetat* (the letters of *bete* at the end of another word) are lookalikes; *vinterbete(t)*, *betesmarkerna* are compounds.
- `stödet` (inflection): *stöd*, *stödet* relevant; the verb *stöder* must_not; *krisstöd*, *stödutfodring* compounds, the compound verbs *stödutfodra(s)* don't care; *stötta* (another verb) is neither.
- `kalvarna` (inflection): *kalv*, *kalven*, *kalvar*, *kalvarna* relevant; the verb *kalva* must_not; *kalvningen*, *kalvningsland* (from the verb) don't care; *renkalv(en)*, *kalvmärkningen* compounds.
- `utfodringen` (inflection): *utfodring*, *utfodringen*, *utfodringar* relevant; the verbs *utfodra*, *utfodrar*, *utfodras*, *utfodrat*, *stödutfodra(s)* must_not; *stödutfodring(en)*, *utfodringsplatserna* compounds.
- `kollisionerna` (inflection): *kollisioner*, *kollisionerna* relevant; *kolliderade* must_not.
- `domen` (inflection): *dom*, *domen* relevant; *dömdes* must_not; *domstol(en/ens)*, *miljödomstolen*, *vindkraftsdomen* compounds; *bedömer*, *sjukdomar* neither.
- `kraven` (inflection): *krav*, *kravet*, *kraven* relevant; *kräver*, *krävt* must_not.
- `olyckorna` (inflection): *olycka*, *olyckan*, *olyckorna* relevant; *olyckligt* must_not; *skoterolycka*, *olycksdrabbade* compounds.
- `fodret` (syncope): *foder*, *fodret* relevant; *fodrade* (lined overalls) must_not; *renfoder*, *grovfoder*, *foderlager* … compounds; *utfodring* and its verb (a derivation) don't care.
- `kadavren` (syncope): *kadaver*, *kadavren* relevant; no lookalike in the texts.
- `mörkret` (syncope): *mörker*, *mörkret* relevant; the adjective *mörk* (*mörka*, *Mörkt besked*) must_not.
- `tecknen` (syncope): *tecken*, *tecknen* relevant; *tecknat* (signed an agreement) must_not.
- `medlen` (syncope): *medel*, *medlen* relevant; *medlemmar*, *medla* and *omedelbart* must_not; *bygdemedel(len)* compounds.
- `lagret` (syncope): *lager*, *lagret* relevant (*ett lager av is*); *lagt*, *lagts* (lägga), *laga*, *lagas* (repair) and the surname *Lagerkvist* must_not; *islagret*, *fettlager*, *foderlager*, *lagerlokal* compounds; *lagring* (a derivation) don't care.
- `ledamöterna` (umlaut): *ledamot*, *ledamoten*, *ledamöter*, *ledamöterna* relevant; *sametingsledamoten* compound; no lookalike.
- `nätterna` (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; the place *Nattavaara* and *nätet* (the internet) must_not; *nattetid*, *nattåget*, *midnatt*, *vinternatt*, *nattstopp* compounds.
- `bröderna` (umlaut): *bror*, *brodern*, *bröder*, *bröderna* relevant; *bröd* must_not.
- `länderna` (umlaut): *landet*, *landets*, *länderna* relevant; *landade*, *landningen*, *landningsbanan* must_not; *grannländerna*, *kustlandet*, *skogslandet*, *betesland*, *inlandet*, *landsbygden* compounds; *Finland*, *Norrland*, *Inlandsbanan* don't care.
- `städer` (umlaut): *stad*, *staden*, *städer* relevant; *stadgar*, *stadigt* and *bostadsområden* must_not; *stadshuset* compound.
- `döttrarna` (umlaut): *dotter*, *döttrar* relevant; *dött* (dö) must_not.
- `ren` (compound): the noun and every compound that begins with it (*renskötare*, *rennäringen*, *renbetet*, *renstängsel*, *renkött*, *renkalven*, *renbeteslagen* …) relevant; *rent*, *renaste*, *rengöras*, *Renström*, *vägrenen* must_not.
- `bete` (compound): *bete(t)* and the compounds with -s- (*betesmarkerna*, *betesland*, *betesområden*, *beteskris*) and without (*vinterbete*, *renbete*, *lavbete*, *sommarbetet*) relevant; *renbeteslagen* (the word inside) don't care; the verb *beta*, *beteende* and *arbete* … must_not.
- `bygd` (compound): *bygd*, *bygden*, *bygdens*, *bygder* and the compounds with -e- (*bygdegården*, *bygdemedel*, *bygdemedlen*) and without (*glesbygd*, *landsbygden*) relevant; *landsbygdsministern* (the word inside) and the place *Bygdeå* don't care; every form of *bygga* (*bygga*, *byggde*, *bygget*, *byggtiden*, *utbyggd*, *bebyggelse*) must_not.
- `kraft` (compound): *laga kraft* and *vindkraft(en)*, *vindkraftverk*, *vindkraftsparken* (-s-), *vattenkraften*, *kraftledningar* relevant; the adjective *kraftigt* must_not.
- `gruva` (compound): *gruva*, *gruvan*, *gruvans*, *gruvor* and *gruvbolaget*, *gruvprojektet*, *gruvdrift* … relevant; the adjective *gruvligt* must_not.
- `malm` (compound): only compounds in the texts (*Malmbanan*, *malmtåg(en)*, *Malmfälten*, *malmtransporterna*) relevant; the place *Malmberget* don't care; *Malmö* and the surname *Malmqvist* must_not.
- `lada` (compound): *ladan*, *lador*, *ladorna* and *ladugården*, *ladugårdar* (-u-) relevant; *lådor*, *lådorna* (diacritic pair) and *laddat* must_not; *glada* neither.
- `kyrka` (compound): *kyrka*, *kyrkan*, *kyrkans* and *kyrkoherden*, *kyrkorådet* (-o-) relevant; no lookalike.
- `stängsel` (compound): *stängsel*, *stängslet*, *stängslets*, *renstängsel*, *viltstängsel* relevant; the verb *stänga* (*stängas*, *stängs*) must_not.
- `"låst av is"` (phrase): *låst av is*, *låst av isen* relevant; *låst* and *isen* in different sentences must_not; *låser*, *låste* are neither.
- `"krisstöd till samebyarna"` (phrase): *krisstöd till samebyarna* relevant; *krisstödet* with *samebyarna* elsewhere must_not.
- `"påkörda renar"` (phrase): *påkörda renar(na)* relevant; *de påkörda djuren* with *renar* elsewhere must_not; the noun *påkörningar* is neither.
- `"renar på spåret"` (phrase): *renar på spåret* relevant; *ren nära spåret*, *hjordar över spåret*, *renar dödade på spåren* … must_not.
- `"Länsstyrelsen i Norrbotten"` (phrase): relevant where adjacent; *Länsstyrelsen i Västerbotten* or *länsstyrelsen* with *Norrbotten* elsewhere must_not.
- `"ny gruva"` (phrase): *ny gruva* relevant; *nya* or *nytt samråd* with *gruvan* elsewhere must_not.
- `"Högsta domstolen"` (phrase): *Högsta domstolen(s)* relevant; *bland de högsta i landet* with *domstolen* elsewhere must_not.
- `"stödutfodring av renar"` (phrase): relevant where adjacent; *stödutfodring under byggtiden* with *av* and *renar* elsewhere must_not.
- Booleans: AND – an article with only some terms (or a lookalike of one, *gruvligt*) must_not; NOT – an article with the excluded term (*länsstyrelsen*, *länsstyrelsernas*; *pellets*) must_not. For `Trafikverket renskötare` a compound such as *renskötarfamiljer* alone is don't care.
- Filters: `källa:` matches one word of the outlet's name (*Polstjärnan*, *Nordpunkt*, *Rajden*, *Umeälvsbladet*, *Kvällsblixten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- `lav` (trap): *lav*, *laven* relevant; *laviner*, *lavinfara(n)*, *lavinprognos(ören)* must_not; *hänglav*, *marklav*, *lavbete*, *lavland*, *lavmarker* compounds; the village name *Njállavuoma* is neither.
- `klöv` (trap): *klövar*, *klövarna* relevant; *klöver* (clover in the silage) must_not.
- `vajor` (trap): *vaja*, *vajan*, *vajor*, *vajorna* relevant; *vajrar*, *vajrarna* (wires) and *vajade* (flags) must_not.
- `mild` (trap): *mild*, *milda*, *milt* relevant; the verb *mildrar* must_not; *mildväder*, *mildvädret*, *mildvintrarna* compounds.
- `svält` (trap): *svält*, *svälten* relevant; the verb *svälta*, *svälter*, *svalt* must_not.
- `lok` (trap): *loket*, *loken* relevant; *lokal*, *lokala*, *lokaler*, *lagerlokal* must_not; *lokföraren*, *lokförarna* compounds.
- `horn` (trap): *horn*, *hornen* relevant; *hörnet* (*runt hörnet*) and the lake *Hornavan* must_not.
- `lån` (trap): *lån*, *lånet*, *lånen* relevant; the verb *låna* (*lånat*, *lånade*) and the diacritic pair *län* (*länet*, *länsstyrelsen*, *länsrådet*) must_not; *lång*, *länge*, *längs* neither.
- `mage` (trap): *mage*, *magen*, *magarna* relevant; the adjective *magra* must_not; *magproblem* compound.
- `nöd` (trap): *nöd*, *nöden* relevant; *nödvändigt* must_not; *nödlösning*, *nödåtgärd* compounds; *snödjupet*, *snödrev* neither.
- `tåg` (trap): *tåg*, *tåget*, *tågen* relevant; *tagit*, *tagits* and *undantag* (the diacritic pair *tag*) must_not; *malmtåg*, *nattåget*, *godståg*, *tågklareringen* compounds; *företag* neither.
- `spår` (trap): *spåret*, *spåren* relevant; *spara*, *besparingar*, *sparkonton*, *Sparbanken*, *sparkade* and the verb *spåra ur* (*spårade*, *spårat*, *urspårningen*) must_not; *vindkraftspark* neither.
- `is` (trap): *is*, *isen*, *isens* relevant; *isolerade*, *isär* and the surname *Isaksson* must_not; *isskorpan*, *islagret*, *isvägen*, *isbark* compounds; *kris*, *polis*, *pris*, *Arktis* neither.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("reindeer", "rd", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
