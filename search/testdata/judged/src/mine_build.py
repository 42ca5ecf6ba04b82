#!/usr/bin/env python3
"""Builds corpus_mine.json and corpus_mine.md from mine_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus may have a surname or a first name that is also a common noun: the mining company's chief
executive Per Malm, the union safety representative Sten Lantto, the municipal chair Kristina Ström, the rock
mechanics researcher Ida Frost, the crisis support coordinator Maria Vinter and the inspector Jonas Berg. A reader
tells the name from the noun, so the tokenizer below reads the capitalised forms Malm, Sten, Ström, Frost, Vinter and
Berg (and their genitives), which the texts use only as these names (never as a noun at the start of a sentence or
title), as tokens of their own: malm(namn), sten(namn), ström(namn), frost(namn), vinter(namn), berg(namn). Every other
token is as in fire_build.

Run from this folder: python3 mine_build.py [-v]
"""

import fire_build
from mine_articles import ARTICLES


S = fire_build.S

NAMES = {"Malm", "Malms", "Sten", "Stens", "Ström", "Ströms", "Frost", "Frosts", "Vinter", "Vinters", "Berg", "Bergs"}


def tokens(text):
    """fire_build's tokens, with the names that are also nouns kept apart from the nouns."""
    return [t.lower() + "(namn)" if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "gruva": dict(
        probe=r"gruv",
        rel=S("gruva gruvan gruvans gruvor gruvorna gruvornas"),
        comp=S("gruvarbetare gruvarbetarna gruvbolag gruvbolagen gruvbolagens gruvbyn gruvindustri gruvnivåer gruvnäring "
               "gruvområdet gruvräddare gruvräddning gruvsamhällenas gruvseismik gruvsäkerheten gruvteknik "
               "gruvveteranen gruvvägen kirunagruvan kärrvaaragruvan kärrvaaragruvans underjordsgruva underjordsgruvor"),
        no=S("gruvar gruvligt"),
    ),
    "ras": dict(
        probe=r"ras",
        rel=S("ras raset"),
        comp=S("rasmassor rasmassorna rasröjning takras"),
        no=S("rasa rasade rasat rask"),
        nei=S("brast deras försvåras göras höras installeras kärrvaaras köras manövreras placeras planeras "
              "respekteras styras svåraste säkras transporteras trasig våras ändras"),
    ),
    "skift": dict(
        probe=r"skift",
        rel=S("skift skiftet"),
        comp=S("nattskiftet skiftlag skiftlagen skiftledaren"),
        no=S("skiftade månadsskiftet årsskiftet"),
    ),
    "utrymning": dict(
        probe=r"utrym",
        rel=S("utrymningen"),
        comp=S("utrymningsplanen utrymningsvägar utrymningsvägarna utrymningsvägen"),
        no=S("utrymd utrymmet"),
    ),
    "skalv": dict(
        probe=r"sk[aä]lv",
        rel=S("skalv skalven skalvet"),
        comp=S("efterskalv"),
        no=S("skälvde"),
    ),
    "förbud": dict(
        probe=r"förbu",
        rel=S("förbud förbudet"),
        no=S("förbundet"),
    ),
    "borrning": dict(
        probe=r"borr",
        rel=S("borrningen"),
        dc=S("borrarna borret borrhål borrhålet borrlaget borrledaren"),
        no=S("borrade borrar"),
    ),
    "sprängning": dict(
        probe=r"spr[äa]ng",
        rel=S("sprängningar sprängningarna"),
        comp=S("produktionssprängning produktionssprängningarna"),
        no=S("sprang"),
    ),
    "hiss": dict(
        probe=r"hiss",
        rel=S("hissarna hissen"),
        comp=S("personhissen"),
        no=S("hissades"),
    ),
    # --- syncope ---
    "kammare": dict(
        probe=r"kam[mr]",
        rel=S("kammare kammaren kamrarna"),
        comp=S("räddningskammare räddningskammaren räddningskamrar räddningskamrarna"),
        no=S("arbetskamrater kamrat"),
    ),
    "tunnel": dict(
        probe=r"tunn|tunt",
        rel=S("tunneln tunnlar tunnlarna"),
        no=S("tunna"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        comp=S("mörkertiden"),
        no=S("mörkt"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknat undertecknat"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        dc=S("livsmedelsbutik"),
        no=S("medlemmar omedelbart"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vintrar"),
        no=S("vinter(namn)"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad städer städerna"),
        comp=S("stadsdel stadsflytt stadsflytten stadshuset stadskärnan"),
        no=S("bostad bostadshus bostäder bostäderna evakueringsbostäder"),
        nei=S("festade kastades röstade"),
    ),
    "bror": dict(
        probe=r"^bror|bröd|brod",
        rel=S("brodern bröder bröderna"),
        no=S("bröd"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätterna"),
        comp=S("midnatt nattetid nattskiftet"),
        no=S("knät nätet stålnät tryckluftsnät"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fot fots fötterna"),
        no=S("fotograf"),
    ),
    "ledamot": dict(probe=r"ledam", rel=S("ledamoten ledamöter")),
    "rot": dict(
        probe=r"^r[oö]t|r[oö]tter",
        rel=S("rötter rötterna"),
        no=S("rotorer"),
    ),
    # --- compounds ---
    "berg": dict(
        probe=r"b[eä]rg",
        rel=S("berg berget"),
        comp=S("bergbultar bergbultare bergmassan bergmekanik bergmekaniker bergmekanikern bergmekanikerna "
               "bergmekanisk bergmästaren bergsstaten bergsäkerheten bergteknik"),
        dc=S("malmberget"),
        no=S("berg(namn) bergström hallberg sjöberg"),
    ),
    "säkerhet": dict(
        probe=r"säk",
        rel=S("säkerhet säkerheten"),
        comp=S("bergsäkerheten gruvsäkerheten säkerhetschef säkerhetschefen säkerhetsfrågor säkerhetsskäl"),
        no=S("försäkra säker säkert säkrare säkras säkringsarbete"),
        nei=S("ursäkt"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("krisen"),
        comp=S("klimatkrisen krisstöd krisstödet krisstödsgrupp"),
        no=S("kristina"),
    ),
    "stöd": dict(
        probe=r"stöd|stött",
        rel=S("stöd stödet"),
        comp=S("krisstöd krisstödet krisstödsgrupp stödlinje stödlinjen"),
        no=S("stödjer"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkbacken kyrkflytten kyrkklockorna kyrkogården kyrkoherden kyrkorådet kyrkvärd träkyrkan"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatorna"),
        comp=S("gatunamnen"),
        no=S("gåta"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=set(),
        comp=S("gudstjänst gudstjänsten minnesgudstjänst räddningstjänsten räddningstjänstens socialtjänsten "
               "tjänstemän"),
        no=S("förtjänar tjänar"),
    ),
    "flytt": dict(
        probe=r"flytt",
        rel=S("flytt flytten"),
        comp=S("byflytt flyttkartongerna kyrkflytten ortsflytten stadsflytt stadsflytten"),
        no=S("flytta flyttad flyttades flyttar flyttas flyttat"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("arbetsplatsolyckor dödsolyckorna olycksutredning olycksutredningen"),
        no=S("olyckligtvis"),
    ),
    # --- traps ---
    "malm": dict(
        probe=r"malm",
        rel=S("malm malmen"),
        comp=S("järnmalm malmkroppen malmkroppens malmpriset malmtågen råmalm"),
        dc=S("malmbanan malmberget malmfälten malmfältens"),
        no=S("malm(namn) malmö"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten stenen"),
        comp=S("minnessten stenhuggaren"),
        no=S("sten(namn) stenlund frosten gudstjänsten hösten posten prästen resten räddningstjänsten "
             "räddningstjänstens rösten socialtjänsten vinsten"),
    ),
    "ström": dict(
        probe=r"str[öo]m",
        rel=S("strömmen"),
        comp=S("strömavbrott"),
        no=S("ström(namn) bergström edström sandström wikström strömmade"),
    ),
    "frost": dict(
        probe=r"frost",
        rel=S("frosten"),
        no=S("frost(namn)"),
    ),
    "hål": dict(
        probe=r"hål|^h[aå]ll",
        rel=S("hål hålet"),
        comp=S("borrhål borrhålet"),
        no=S("hallberg hushåll hushållen hålla håller hållit hålls"),
    ),
    "kol": dict(
        probe=r"kol",
        rel=S("kol"),
        no=S("förskola förundersökningsprotokollet kollega kollegor kollegorna människoliv psykolog psykologen "
             "psykologer skola skolan skolbarn"),
    ),
    "bult": dict(
        probe=r"bult",
        rel=S("bult bultar bultarna bulten"),
        comp=S("bergbultar"),
        dc=S("bergbultare bultning"),
        no=S("bultade"),
    ),
    "hjälm": dict(
        probe=r"hj[aä]lm",
        rel=S("hjälm hjälmen"),
        comp=S("skyddshjälmar"),
        no=S("hjalmar"),
    ),
    "lampa": dict(
        probe=r"l[aä]mp",
        rel=S("lampa lampan lamporna"),
        comp=S("karbidlampa pannlampan pannlampor pannlamporna"),
        no=S("lämpligt olämpligt"),
    ),
    "kross": dict(
        probe=r"kross",
        rel=S("kross krossen"),
        no=S("krossats"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        no=S("arbetsplatsolyckor dödsolyckorna solidaritet"),
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("arm armen"),
        no=S("fiberarmerad karmarna larm larmen larmet larmsystem larmsystemet varmt åklagarmyndighetens"),
    ),
    "våg": dict(
        probe=r"v[åä]g",
        rel=S("våg vågorna"),
        comp=S("stötvågor tryckvågen"),
        no=S("gruvvägen halvvägs hyttvägen utrymningsvägar utrymningsvägarna utrymningsvägen väg vägar vägarna "
             "vägen väger"),
        nei=S("väggar väggarna väggen"),
    ),
    # --- words of phrases, booleans and filters ---
    "seismisk": dict(probe=r"^seismisk", rel=S("seismisk seismiska")),
    "händelse": dict(
        probe=r"händelse",
        rel=S("händelse händelsen händelser"),
        comp=S("händelseutvecklingen"),
    ),
    "under": dict(probe=r"^under$", rel=S("under")),
    "jord": dict(
        probe=r"jord",
        rel=S("jord"),
        comp=S("underjordsgruva underjordsgruvor"),
        nei=S("gjord gjorde"),
    ),
    "instängd": dict(probe=r"instäng", rel=S("instängda")),
    "gruvarbetare": dict(probe=r"gruvarbet", rel=S("gruvarbetare gruvarbetarna")),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "krisstöd": dict(
        probe=r"krisstöd",
        rel=S("krisstöd krisstödet"),
        comp=S("krisstödsgrupp"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "anhörig": dict(probe=r"anhörig", rel=S("anhöriga")),
    "gällivare": dict(probe=r"gälliv", rel=S("gällivare")),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuns"),
        comp=S("kommunfullmäktige kommunhuset kommunstyrelsens"),
        nei=S("kommunikationschef reservkommunikation"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "luleå": dict(probe=r"luleå", rel=S("luleå")),
    "teknisk": dict(probe=r"^teknisk", rel=S("tekniska")),
    "universitet": dict(probe=r"universitet", rel=S("universitet universitetet")),
    "kiruna": dict(
        probe=r"kiruna",
        rel=S("kiruna kirunas"),
        comp=S("kirunagruvan"),
    ),
    "malmberget": dict(probe=r"malmberg", rel=S("malmberget")),
    "skyddsombud": dict(
        probe=r"skyddsombud",
        rel=S("skyddsombudet skyddsombuden"),
        comp=S("huvudskyddsombud huvudskyddsombudet"),
    ),
    "fack": dict(
        probe=r"fack",
        rel=S("facket"),
        no=S("facklor"),
    ),
    "bergsstaten": dict(probe=r"bergsstat", rel=S("bergsstaten")),
    "borrhål": dict(probe=r"borrhål", rel=S("borrhål borrhålet")),
    "räddningskammare": dict(
        probe=r"räddningskam",
        rel=S("räddningskammare räddningskammaren räddningskamrar räddningskamrarna"),
    ),
    "svappavaara": dict(probe=r"svappavaar", rel=S("svappavaara")),
    "koskullskulle": dict(probe=r"koskullskull", rel=S("koskullskulle")),
    "stadsflytt": dict(probe=r"stadsflytt", rel=S("stadsflytt stadsflytten")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagare åklagaren"),
        comp=S("chefsåklagaren åklagarmyndighetens"),
    ),
    "arbetsmiljöbrott": dict(probe=r"arbetsmiljöbrott", rel=S("arbetsmiljöbrott")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("gruvan", "inflection", False, ("term", "gruva")),
    ("raset", "inflection", False, ("term", "ras")),
    ("skiftet", "inflection", False, ("term", "skift")),
    ("utrymningen", "inflection", False, ("term", "utrymning")),
    ("skalvet", "inflection", False, ("term", "skalv")),
    ("förbudet", "inflection", False, ("term", "förbud")),
    ("borrningen", "inflection", False, ("term", "borrning")),
    ("sprängningarna", "inflection", False, ("term", "sprängning")),
    ("hissarna", "inflection", False, ("term", "hiss")),
    ("kamrarna", "syncope", False, ("term", "kammare")),
    ("tunnlarna", "syncope", False, ("term", "tunnel")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("vintrarna", "syncope", False, ("term", "vinter")),
    ("städerna", "umlaut", False, ("term", "stad")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("rötterna", "umlaut", False, ("term", "rot")),
    ("berg", "compound", True, ("term", "berg")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ("kris", "compound", True, ("term", "kris")),
    ("stöd", "compound", True, ("term", "stöd")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("flytt", "compound", True, ("term", "flytt")),
    ("olycka", "compound", True, ("term", "olycka")),
    ('"seismiska händelser"', "phrase", False, ("phrase", ["seismisk", "händelse"])),
    ('"under jord"', "phrase", False, ("phrase", ["under", "jord"])),
    ('"instängda gruvarbetare"', "phrase", False, ("phrase", ["instängd", "gruvarbetare"])),
    ('"Arbetsmiljöverkets förbud"', "phrase", False, ("phrase", ["arbetsmiljöverket", "förbud"])),
    ('"krisstöd till anhöriga"', "phrase", False, ("phrase", ["krisstöd", "till", "anhörig"])),
    ('"Gällivare kommun"', "phrase", False, ("phrase", ["gällivare", "kommun"])),
    ('"ras i gruvan"', "phrase", False, ("phrase", ["ras", "i", "gruva"])),
    ('"Luleå tekniska universitet"', "phrase", False, ("phrase", ["luleå", "teknisk", "universitet"])),
    ("Kiruna Malmberget", "boolean", False, ("and", ["kiruna", "malmberget"])),
    ("skyddsombudet OR facket", "boolean", False, ("or", ["skyddsombud", "fack"])),
    ("Bergsstaten -Arbetsmiljöverket", "boolean", False, ("not", "bergsstaten", "arbetsmiljöverket")),
    ("borrhålet räddningskammaren", "boolean", False, ("and", ["borrhål", "räddningskammare"])),
    ("Svappavaara OR Koskullskulle", "boolean", False, ("or", ["svappavaara", "koskullskulle"])),
    ("stadsflytten -Kiruna", "boolean", False, ("not", "stadsflytt", "kiruna")),
    ("åklagaren arbetsmiljöbrott", "boolean", False, ("and", ["åklagare", "arbetsmiljöbrott"])),
    ("källa:Malmfältsbladet raset", "filter", False, ("filter", "Malmfältsbladet", "ras")),
    ("källa:Vassara anhöriga", "filter", False, ("filter", "Vassara", "anhörig")),
    ("källa:Dagsljus förbudet", "filter", False, ("filter", "Dagsljus", "förbud")),
    ("källa:Kvällsekot räddningskammaren", "filter", False, ("filter", "Kvällsekot", "räddningskammare")),
    ("källa:Bergteknik skalvet", "filter", False, ("filter", "Bergteknik", "skalv")),
    ("typ:opinion säkerheten", "filter", False, ("filter", "opinion", "säkerhet")),
    ("typ:opinion stadsflytten", "filter", False, ("filter", "opinion", "stadsflytt")),
    ("malm", "trap", False, ("term", "malm")),
    ("sten", "trap", False, ("term", "sten")),
    ("ström", "trap", False, ("term", "ström")),
    ("frost", "trap", False, ("term", "frost")),
    ("hål", "trap", False, ("term", "hål")),
    ("kol", "trap", False, ("term", "kol")),
    ("bult", "trap", False, ("term", "bult")),
    ("hjälm", "trap", False, ("term", "hjälm")),
    ("lampa", "trap", False, ("term", "lampa")),
    ("kross", "trap", False, ("term", "kross")),
    ("sol", "trap", False, ("term", "sol")),
    ("arm", "trap", False, ("term", "arm")),
    ("våg", "trap", False, ("term", "våg")),
]

HEADER = """# corpus_mine.json – judging notes

Invented crisis: the underground iron-ore mine Kärrvaaragruvan of the invented company Norrvidda AB lies east of Malmberget in Gällivare kommun, Norrbotten, under the village Kärrvaara (about 1 100 inhabitants), which a relocation agreement of 2024 moves to Repisvaara in Gällivare by 2032. In the autumn of 2026, after mining has gone down to main level 1045, seismic events multiply; the union's safety representative asks for real-time warnings, Arbetsmiljöverket finds gaps in the risk assessment, escape routes and two refuge chambers, and a small roof fall is filmed by a miner. At 02.37 on Thursday 5 November 2026 a seismic event of magnitude 3.4 along a known fault brings down a drift on level 1045 during the night shift: fourteen of 23 get up by the hoist, seven reach refuge chamber 7, and a contractor's loader driver, Petri Haapala, 36, from Koskullskulle, is missing. The rescue drills a borehole from level 980 (through on Friday, with a camera, water and food) and clears the drift with remote-controlled loaders between aftershocks; the seven come up on Sunday 8 November after 80 hours, and Haapala is found dead on 10 November. Then to March 2027: the municipality's crisis support in Folkets hus and the church's vigils and memorial service; Arbetsmiljöverket's ban on all work below level 900 (eased in January, lifted for level 1045 from April), lay-offs and a falling share price; Bergsstaten's review of the concession and its demand for a new mining plan; the police inquiry into a work-environment crime, two managers under suspicion and a prosecutor's decision expected; the company's own inquiry and an independent accident inquiry that find the warning signs were there; the debate about seismic risk, contractors' safety and real-time warnings, a government inquiry and research money; the village's protests and a new agreement that moves it three years earlier, the church to be lifted to Repisvaara, and the first families moving; the dark season, frost and a memorial stone. Places and public bodies are real (Gällivare, Malmberget, Koskullskulle, Repisvaara, Kiruna, Svappavaara, Luleå, Malmö, Umeå; Gällivare kommun, Region Norrbotten, Gällivare sjukhus, Arbetsmiljöverket, Bergsstaten, Polisen, Åklagarmyndigheten and its riksenhet för miljö- och arbetsmiljömål, Trafikverket and Malmbanan, Svenska nationella seismiska nätet at Uppsala universitet, Luleå tekniska universitet, Lunds and Umeå universitet, Vinnova, Svenska kyrkan, Röda korset, IF Metall, LKAB, Boliden, Nasdaq Stockholm); their actions are invented. Norrvidda AB, Kärrvaaragruvan, the village Kärrvaara with its church, streets and school, the contractor Vaara Entreprenad AB, every person and all six outlets are invented: Malmfältsbladet (local daily, Gällivare and Kiruna, with leaders and letters), Radio Vassara (local radio, spoken quotes, two commentaries), Nyhetsbyrån Dagsljus (wire service, terse, signed "(Dagsljus)"), Kvällsekot (tabloid, dramatic, with columns), Dagens Spegel (national daily, analysis and debate articles) and Bergteknik (mining trade paper, technical, with a column). 121 articles (103 news, 18 opinion: three leaders, three letters, four debate articles, three tabloid columns, three trade-paper columns, two radio commentaries), published 2 September 2026 to 25 March 2027, +02:00 until 25 October 2026 and +01:00 after. The ids ga001–ga121 follow publication time; the queries are ga-q01–ga-q65.

People speak with ordinary Swedish names, and some of them are also ordinary words: Norrvidda's chief executive Per Malm (*malm*, ore), the union's head safety representative Sten Lantto (*sten*, stone), the municipal chair Kristina Ström (*ström*, current; *kris* inside *Kristina*), the rock-mechanics researcher Ida Frost (*frost*), the crisis-support coordinator Maria Vinter (*vinter*, winter), the labour inspector Jonas Berg (*berg*, rock), the retired miner Hjalmar Kuoppa (*hjälm* with a diacritic), and surnames that contain such words: Bergström, Sjöberg, Hallberg, Sandström, Wikström, Edström, Stenlund, the markchef Tove Rask (*rask*, a lookalike of *ras*). A Swedish reader never takes the surname *Malm* for ore, the first name *Sten* for a stone or the surname *Vinter* for winter. So that the lists can say so, mine_build.py reads the capitalised tokens *Malm*, *Sten*, *Ström*, *Frost*, *Vinter* and *Berg* (and their genitives), which the texts use only as these names (never as a noun at the start of a sentence or a title), as tokens of their own, written *malm(namn)*, *sten(namn)*, *ström(namn)*, *frost(namn)*, *vinter(namn)*, *berg(namn)* below; every other token is as in fire_build.py, lowercased. The other names that are nouns (*Holm*, *Lund*, *Björk*, *Falk*, *Lax*) belong to no query's probe and are not judged.

Kept out of the texts as the README asks: the pronoun *man* (the noun is not used either), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the present tense *bultar* of *bulta* and *hissar* of *hissa* (every *bultar*, *hissar* is the plural noun; the verbs appear only as *bultade*, *hissades*), the plural noun *flyttar* (every *flyttar* is the verb *flytta*), the infinitive *gruva* of *gruva sig* (every *gruva* is the noun; the verb appears only as *gruvar*), *ras* meaning a breed, the adjective *arm* (poor), *under* as a noun (a miracle), *medel* meaning an average, *fot* as a unit of length, *våg* meaning scales, *kammare* in the sense of a court chamber (*kammaråklagare*, *kammarrätt*), *fack* as a compartment, *säkerhet* as collateral (the company's guarantee is a *bankgaranti*), *sol* as a name.

How the lists were made: src/mine_articles.py holds the texts and src/mine_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: skalv/skälv, spräng/sprang, stad/städ, natt/nät, fot/föt, rot/röt, berg/bärg, gata/gåta, hål/hall, hjälm/hjalm, lampa/lämpa, ström/strom, våg/väg) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *bror* is *bror-* from the start and *bröd*/*brod* anywhere, for *rot* *rot-*/*röt-* from the start and *rötter* anywhere, for `hål` *hål* anywhere and *hall*/*håll* from the start. Tokens are runs of letters, so *AB:s*, *LKAB:s*, *36-årige* and hyphenated words are split. `python3 mine_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the trap queries every other word that contains the query word's letters (as a prefix, a suffix or across a word boundary inside a compound: *hösten*, *posten*, *räddningstjänsten* for `sten`, *skolan*, *kollegor*, *psykolog*, *människoliv* for `kol`) is must_not, since a reader would never take it for the word; for the inflection query `raset` the passive endings in *-ras* (*köras*, *placeras*) and *deras*, *brast*, *trasig* are neither. The particular calls, one line per query:

- **Inflection.** `gruvan` (ga-q01): *gruva*, *gruvan*, *gruvans*, *gruvor(na/nas)* relevant; the verb *gruvar* (*vi gruvar oss*) and the adjective *gruvligt* → must_not; *Kärrvaaragruvan*, *gruvbolaget*, *gruvarbetare* … compounds. `raset` (ga-q02): *ras*, *raset* relevant; the verb *rasa*, *rasade*, *rasat* (also a share price that *har rasat*) and the surname *Rask* → must_not, so an article on the collapse that says only *rasade* is must_not; *takras*, *rasmassorna*, *rasröjning* compounds. `skiftet` (ga-q03): *skift*, *skiftet* relevant; *skiftade* (the weather) and *årsskiftet*, *månadsskiftet* (*skifte*, another lemma) → must_not; *nattskiftet*, *skiftlag*, *skiftledaren* compounds. `utrymningen` (ga-q04): the participle *utrymd* and *utrymmet* (space) → must_not; *utrymningsvägar(na)*, *utrymningsplanen* compounds. `skalvet` (ga-q05): *skalv*, *skalven*, *skalvet* relevant; *skälvde* (a voice trembled) → must_not; *efterskalv* compound. `förbudet` (ga-q06): *förbud*, *förbudet* relevant; *förbundet* (the union) → must_not. `borrningen` (ga-q07): *borrningen* relevant; the verb *borrade*, *borrar* → must_not; *borrhål(et)*, *borret*, *borrlaget*, *borrarna*, *borrledaren* (other words from *borr*, about the same drilling) → don't care. `sprängningarna` (ga-q08): *sprängningar(na)* relevant; *sprang* (springa) → must_not; *produktionssprängning(arna)* compounds. `hissarna` (ga-q09): *hissen*, *hissarna* relevant; *hissades* (flags at half mast) → must_not; *personhissen* compound.
- **Syncope.** `kamrarna` (ga-q10): *kammare*, *kammaren*, *kamrarna* relevant; *kamrat* and *arbetskamrater* → must_not; *räddningskammare(n)*, *räddningskamrar(na)* compounds, so an article that names only the refuge chamber is don't care. `tunnlarna` (ga-q11): *tunneln*, *tunnlar(na)* relevant; *tunna* (thin walls) → must_not. `mörkret` (ga-q12): *mörker*, *mörkret* relevant; the adjective *mörkt* → must_not; *mörkertiden* compound. `tecknen` (ga-q13): *tecken*, *tecknen* relevant; *tecknat* (children drew) and *undertecknat* → must_not. `medlen` (ga-q14): *medel*, *medlen* (funds) relevant; *medlemmar* and *omedelbart* → must_not; *livsmedelsbutik* don't care. `vintrarna` (ga-q15): *vinter*, *vintern*, *vintrar* relevant; the surname *Vinter* → must_not.
- **Umlaut.** `städerna` (ga-q16): *stad*, *städer*, *städerna* relevant; *bostad*, *bostäder(na)*, *bostadshus*, *evakueringsbostäder* → must_not; *stadsdel*, *stadshuset*, *stadskärnan*, *stadsflytt(en)* compounds. `bröderna` (ga-q17): *bröder(na)*, *brodern* relevant; *bröd* → must_not. `nätterna` (ga-q18): *natt*, *natten*, *nätterna* relevant; *nätet* (the seismic network), *stålnät*, *tryckluftsnät* and *knät* → must_not; *nattskiftet*, *nattetid*, *midnatt* compounds. `fötterna` (ga-q19): *fot*, *fötterna*, *till fots* relevant; *fotograf* → must_not. `ledamöterna` (ga-q20): *ledamot(en)*, *ledamöter* relevant; no lookalike in the texts. `rötterna` (ga-q21): *rötter(na)* relevant; *rotorer* → must_not.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *Bergsstaten*, *stadsflytten*, *ortsflytten*, *räddningstjänsten*, *säkerhetschefen*, *säkerhetsskäl*, *olycksutredningen*; -e- *tjänstemän*; -u- *gatunamnen*; -o- *kyrkoherden*, *kyrkogården*, *kyrkorådet*; none *bergbultar*, *bergmekanikern*, *gruvsäkerheten*, *krisstöd(et)*, *klimatkrisen*, *stödlinjen*, *kyrkflytten*, *träkyrkan*, *gudstjänsten*, *socialtjänsten*, *byflytt*, *dödsolyckorna*. `berg` (ga-q22): *berg*, *berget* relevant; the surname *Berg* (Jonas Berg) and *Bergström*, *Sjöberg*, *Hallberg* → must_not; *Malmberget* (a place name) don't care; *Bergteknik* (the trade paper named in its own columns) a compound. `säkerhet` (ga-q23): the adjective and verb *säker*, *säkert*, *säkrare*, *säkras*, *säkringsarbete* and *försäkra* → must_not; *ursäkt* neither. `kris` (ga-q24): the first name *Kristina* → must_not. `stöd` (ga-q25): the verb *stödjer* → must_not. `kyrka` (ga-q26): *kyrka*, *kyrkan*, *Svenska kyrkan* relevant, no lookalike. `gata` (ga-q27): *gåta* → must_not. `tjänst` (ga-q28): only compounds in the texts; the verb *tjänar* and *förtjänar* → must_not. `flytt` (ga-q29): *flytt*, *flytten* relevant; the verb *flytta*, *flyttar*, *flyttade(s)*, *flyttas*, *flyttat*, *flyttad* → must_not. `olycka` (ga-q30): *olyckligtvis* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence (a title is a sentence); the words apart or reordered are must_not. `"seismiska händelser"`: *seismisk händelse* (singular) relevant; *Svenska nationella seismiska nätet … bekräftar händelsen* → must_not; *händelseutvecklingen* is a compound. `"under jord"`: *under jord* relevant; *ovan jord* with *under tusen meter* elsewhere → must_not; *underjordsgruva* is a compound. `"instängda gruvarbetare"`: *sju instängda gruvarbetare*, *de sju instängda gruvarbetarna* relevant; *Sju gruvarbetare … instängda* and *instängda i räddningskammaren* with *gruvarbetare* elsewhere → must_not. `"Arbetsmiljöverkets förbud"`: *Arbetsmiljöverkets förbud* relevant; *Arbetsmiljöverket häver inte förbudet*, *Arbetsmiljöverket har förbjudit … förbudet* → must_not. `"krisstöd till anhöriga"`: *krisstöd till anhöriga* relevant; *Krisstödet till de anhöriga* (a word between) and the words in different sentences → must_not. `"Gällivare kommun"`: *Gällivare kommun*, *Gällivare kommuns* relevant; *kommunen* and *Gällivare* apart → must_not; *Gällivare kommunfullmäktige* is a compound → don't care. `"ras i gruvan"`: *Ras i gruva*, *raset i gruvan* relevant; *raset på nivå 1045 i Norrviddas gruva* and the words apart → must_not; *raset i Kärrvaaragruvan* is a compound → don't care. `"Luleå tekniska universitet"`: *Forskare vid universitetet i Luleå … tekniska hinder* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Kirunagruvan*, *Åklagarmyndighetens*, *chefsåklagaren*) is don't care. NOT – an article with the excluded term is must_not. `Kiruna Malmberget`: both place names. `skyddsombudet OR facket`: *facklor* (torches at a protest) → must_not; *huvudskyddsombud(et)* alone is a compound → don't care. `Bergsstaten -Arbetsmiljöverket`: only two articles name Bergsstaten without Arbetsmiljöverket. `borrhålet räddningskammaren`: *räddningskammare* in any form. `Svappavaara OR Koskullskulle`: the two villages. `stadsflytten -Kiruna`: *stadsflytt*, *stadsflytten*. `åklagaren arbetsmiljöbrott`: *åklagare*, *åklagaren*.
- **Filters**: `källa:` matches one word of the outlet's name (*Malmfältsbladet*, *Vassara*, *Dagsljus*, *Kvällsekot*, *Bergteknik*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*Rask* for `raset`, *förbundet* for `förbudet`, *skälvde* for `skalvet`, *säkert* for `säkerheten`). `typ:opinion säkerheten`: with compounds:false *säkerhetschefen* alone is don't care.
- **Traps.** `malm` (ga-q53): *malm*, *malmen* relevant; the surname *Malm* (Per Malm) and *Malmö* → must_not; *Malmberget*, *Malmbanan*, *Malmfälten* (names) don't care, *järnmalm*, *malmkroppen*, *malmtågen* compounds. `sten` (ga-q54): *sten*, *stenen* relevant; the first name *Sten* (Sten Lantto), *Stenlund* and the words that end in *-sten* (*posten*, *hösten*, *resten*, *rösten*, *prästen*, *vinsten*, *frosten*, *räddningstjänsten*, *gudstjänsten*, *socialtjänsten*) → must_not; *minnessten*, *stenhuggaren* compounds. `ström` (ga-q55): *strömmen* (the power) relevant; the surname *Ström* and *Bergström*, *Sandström*, *Wikström*, *Edström*, and the verb *strömmade* → must_not; *strömavbrott* compound. `frost` (ga-q56): *frosten* relevant; the surname *Frost* (Ida Frost) → must_not. `hål` (ga-q57): *hål*, *hålet* relevant; *hålla*, *håller*, *hålls*, *hållit*, *hushåll(en)* and *Hallberg* → must_not; *borrhål(et)* compounds. `kol` (ga-q58): *kol* (coal in steelmaking) relevant; *skola*, *skolan*, *förskola*, *skolbarn*, *kollega*, *kollegor(na)*, *psykolog(en/er)*, *människoliv*, *förundersökningsprotokollet* → must_not. `bult` (ga-q59): *bult*, *bulten*, *bultar(na)* relevant; *bultade* (a heart) → must_not; *bergbultar* compound; *bergbultare*, *bultning* (from the verb, about bolting) don't care. `hjälm` (ga-q60): *hjälm*, *hjälmen* relevant; the first name *Hjalmar* → must_not; *skyddshjälmar* compound. `lampa` (ga-q61): *lampa*, *lampan*, *lamporna* relevant; *lämpligt*, *olämpligt* → must_not; *pannlampa(n)*, *karbidlampa* compounds. `kross` (ga-q62): *kross*, *krossen* (the crusher) relevant; *krossats* (window panes) → must_not. `sol` (ga-q63): *solen* relevant; *solidaritet* and *arbetsplatsolyckor*, *dödsolyckorna* → must_not. `arm` (ga-q64): *arm*, *armen* relevant; *larm*, *larmet*, *larmen*, *larmsystem(et)*, *varmt*, *karmarna*, *fiberarmerad*, *Åklagarmyndighetens* → must_not. `våg` (ga-q65): *våg* (*en våg av omtanke*), *vågorna* (seismic waves) relevant; *väg*, *vägen*, *vägar(na)*, *väger*, *halvvägs* and the compounds of *väg* (*utrymningsvägar(na)*, *Hyttvägen*, *Gruvvägen*) → must_not; *tryckvågen*, *stötvågor* compounds; *väggar* neither.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    fire_build.build("mine", "ga", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
