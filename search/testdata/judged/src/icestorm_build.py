#!/usr/bin/env python3
"""Builds corpus_icestorm.json and corpus_icestorm.md from icestorm_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: the elderly Sol-Britt Asp and her daughter
Marie Asp (sol, sun; asp, aspen), the dairy farmer Stig Ek and the farmer Stig-Olov Ek (stig, path), MSB's head of
unit Rut Hed (hed, heath), Trafikverket's press officer Dag Gran (gran, spruce), Hofors' council leader Jan-Erik Berg
(berg, mountain) and the county board's preparedness director Lina Björklund (lina, a conductor line). A reader tells
the name from the word, so the tokenizer below reads the capitalised tokens Sol, Asp, Stig, Hed, Gran, Berg and Lina,
which the texts use only as these names (never as a word at the start of a sentence or a title; check_names()
verifies that the person is named in full in the same article), as tokens of their own: sol(namn), asp(namn) ...
Every other token is as in fire_build.

Run from this folder: python3 icestorm_build.py [-v]
"""

import sys

import fire_build
from icestorm_articles import ARTICLES


S = fire_build.S

NAMES = {"Sol": "sol(namn)", "Asp": "asp(namn)", "Stig": "stig(namn)", "Hed": "hed(namn)", "Gran": "gran(namn)",
         "Berg": "berg(namn)", "Lina": "lina(namn)"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Sol": ("Sol-Britt Asp",),
    "Asp": ("Sol-Britt Asp", "Marie Asp"),
    "Stig": ("Stig Ek", "Stig-Olov Ek"),
    "Hed": ("Rut Hed",),
    "Gran": ("Dag Gran",),
    "Berg": ("Jan-Erik Berg",),
    "Lina": ("Lina Björklund",),
}


def tokens(text):
    return [NAMES.get(t, t.lower()) for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must stand in an article that names its person in full; returns the number of
    tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t in PEOPLE and not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

NAT = ("elnät elnäten elnätet elnätsbolag elnätsbolagen ledningsnätet lokalnäten lokalnätet mobilnätet nätavgift "
       "nätavgiften nätavgifter nätbolagen nätbolagens nätchef regionnätet stamnätet stamnätets")

CONCEPTS = {
    # --- inflection ---
    "avbrott": dict(
        probe=r"avbr",
        rel=S("avbrott avbrotten avbrottet"),
        comp=S("avbrottsersättning avbrottsersättningen elavbrott strömavbrott strömavbrotten strömavbrottet"),
        no=S("avbrutna"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersat",
        rel=S("ersättning ersättningen"),
        comp=S("avbrottsersättning avbrottsersättningen ersättningsbussar förseningsersättning"),
        no=S("ersatts ersätta ersättas ersätter"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        dc=S("utredare utredaren"),
        no=S("utreda utreds"),
    ),
    "stolpe": dict(probe=r"stolp", rel=S("stolpar stolparna stolpe")),
    "kund": dict(
        probe=r"kund",
        rel=S("kund kunder kunderna"),
        comp=S("elkunder kundchef kundtjänst"),
        no=S("kunde"),
    ),
    "montör": dict(
        probe=r"mont",
        rel=S("montör montörer montörerna montörernas"),
        comp=S("linjemontör linjemontören"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen"),
        dc=S("förvarning"),
        no=S("varnar"),
    ),
    "elverk": dict(
        probe=r"elverk",
        rel=S("elverk elverket"),
        comp=S("reservelverk"),
        no=S("regelverket"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmen"),
        comp=S("trygghetslarm trygghetslarmen"),
    ),
    # --- syncope ---
    "kabel": dict(
        probe=r"kab[el]|kabl",
        rel=S("kabel kablar kablarna"),
        comp=S("markkabel markkablar"),
        dc=S("kablifieringen"),
        no=S("kablas"),
    ),
    "vinter": dict(probe=r"vint", rel=S("vinter vintern vintrarna")),
    "nummer": dict(probe=r"numm|numr|^num", rel=S("nummer numret")),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dricksvatten vattenverket"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("reglerna"),
        comp=S("regelverket"),
        no=S("reglerar"),
    ),
    "väder": dict(
        probe=r"väd",
        rel=S("väder vädret"),
        comp=S("väderhändelser"),
        dc=S("oväder ovädret"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        no=S(NAT + " nät näten nätet kraftnät kraftnäts nätverk nätverket grannskapsnätverk"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder bönderna"),
        comp=S("mjölkbonden mjölkbönder mjölkbönderna"),
    ),
    "rot": dict(probe=r"^r[oö]t|rötter", rel=S("rötterna")),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("bränder"),
        comp=S("brandmän"),
        no=S("bränsle"),
        nei=S("brunn"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar döttrarna"),
        no=S("stigsdotter"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stadens städer städerna"),
        no=S("bostad permanentbostad kostade"),
    ),
    # --- compounds ---
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        comp=S("strömavbrott strömavbrotten strömavbrottet strömlös strömlösa"),
        dc=S("dalaström dalaströms"),
        no=S("granström hedenström hedström lindström"),
    ),
    "ledning": dict(
        probe=r"ledn|^led",
        rel=S("ledning ledningar ledningarna ledningen"),
        comp=S("huvudledningen kilovoltsledning kontaktledningen ledningsgata ledningsgatan ledningsgator "
               "ledningsgatorna ledningsnätet luftledning luftledningar luftledningen"),
        dc=S("krisledningen krisledningsnämnd"),
        no=S("ledare"),
    ),
    "nät": dict(
        probe=r"nät",
        rel=S("nät näten nätet"),
        comp=S(NAT),
        dc=S("kraftnät kraftnäts nätverk nätverket grannskapsnätverk"),
        no=S("nätter nätterna"),
    ),
    "träd": dict(
        probe=r"träd",
        rel=S("träd träden"),
        comp=S("trädsäkrade trädsäkrat trädsäkring trädsäkringen"),
        no=S("sammanträdde"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt",
        rel=S("gata gator"),
        comp=S("centrumgatan gatubelysning gatubelysningen kyrkogatan ledningsgata ledningsgatan ledningsgator "
               "ledningsgatorna"),
        nei=S("gått"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogatan kyrkoherden kyrkorummet"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänsten"),
        comp=S("hemtjänst hemtjänsten hemtjänstens kundtjänst räddningstjänsten räddningstjänsterna tjänstebilar"),
        no=S("förtjänar"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tågen tåget"),
        comp=S("regionaltåg tågkaoset tågtrafik tågtrafiken"),
        no=S("tag tagit tagits misstag undantag"),
        nei=S("företag företagen företagarna energiföretagen"),
    ),
    "skog": dict(
        probe=r"skog",
        rel=S("skog skogar skogarna skogen"),
        comp=S("skogsbygd skogsinspektören skogsstormar skogsägaren skogsägarföreningen skogsägarna"),
        dc=S("mellanskog skogsstyrelsen"),
    ),
    # --- traps ---
    "is": dict(
        probe=r"^is|is$|isen",
        rel=S("is isen"),
        comp=S("isbark isbelagd isbeläggning isbeläggningen ishalka islaster isregn isstorm isstormar isstormen "
               "istyngd istyngden"),
        dc=S("isats"),
        no=S("energis isak isaksson isberg isolerad isolerade kris krisen polisen precis spis spisen tonvis "
             "vedspisen"),
    ),
    "gran": dict(
        probe=r"gran",
        rel=S("gran granar granarna"),
        comp=S("granbarkborre granbarkborren"),
        no=S("gran(namn) grangärde grankvist granlund grannar grannarna granne grannen grannens grannskapsnätverk "
             "granqvist granska granskar granskning granström"),
    ),
    "tall": dict(
        probe=r"tall",
        rel=S("tall tallarna tallen"),
        dc=S("tallvägen"),
        no=S("installera tallberg tallgren tallqvist tallroth"),
    ),
    "lina": dict(
        probe=r"lin",
        rel=S("lina linor linorna"),
        comp=S("livlina"),
        no=S("elin karolina lina(namn) lindahl linder lindholm lindström lindrigt lingbo linköping "
             "informationslinjen linjemontör linjemontören linjerna"),
        nei=S("församlingen församlingshemmet utvecklingen"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stig stigen"),
        comp=S("skolstig"),
        no=S("stig(namn) stiga stiger stigit överstiga överstiger stigell stigsdotter stigsson hastighet konstigt"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        no=S("sol(namn) isolerad isolerade solberg soldater sollerön solvik"),
    ),
    "hed": dict(
        probe=r"hed",
        rel=S("heden"),
        no=S("hed(namn) hedberg hedenius hedenström hedesunda hedin hedlund hedman hedqvist hedström hedåker"),
    ),
    "asp": dict(
        probe=r"asp",
        rel=S("aspar asparna"),
        no=S("asp(namn) aspeboda aspholm asplund"),
    ),
    "ved": dict(
        probe=r"ved",
        rel=S("ved veden"),
        comp=S("vedspisen"),
        no=S("svedberg svedin"),
    ),
    "ljus": dict(
        probe=r"ljus",
        rel=S("ljus ljuset"),
        comp=S("dagsljus stearinljus"),
        no=S("ljusberg ljusdal ljusdals ljusnan ljust"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("kontakt kontaktade kontaktcenter kontaktledningen takt takten"),
    ),
    "el": dict(
        probe=r"^el",
        rel=S("el elen"),
        comp=S("elavbrott elbolag elbolagen elbolagens elbolaget elförsörjning elförsörjningen elförsörjningens "
               "elkraftteknik elkunder ellagen ellagens elnät elnäten elnätet elnätsbolag elnätsbolagen elräkningen "
               "elsystemets elverk elverket"),
        dc=S("elektrikerförbundet"),
        no=S("eld eldar eldat elin eller elva"),
    ),
    "berg": dict(
        probe=r"b[eä]rg",
        rel=S("berg berget"),
        dc=S("bergslagsbanan"),
        no=S("berg(namn) berggren bergh berglund hedberg holmberg isberg ljungberg ljusberg sandberg solberg "
             "svedberg tallberg östberg"),
    ),
    # --- words of phrases, booleans and filters ---
    "underkyld": dict(probe=r"underkyl", rel=S("underkylda underkylt")),
    "regn": dict(
        probe=r"regn",
        rel=S("regn regnet"),
        comp=S("isregn"),
        no=S("regnar"),
    ),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "fallen": dict(
        probe=r"^fall",
        rel=S("fallen fallna"),
        nei=S("fall falla fallande faller fallit"),
    ),
    "äldre": dict(probe=r"^äldre", rel=S("äldre"), comp=S("äldreboendet")),
    "som": dict(probe=r"^som$", rel=S("som")),
    "bo": dict(probe=r"^(bo|bor|bodde|bott|boende)$", rel=S("bo bor bott"), nei=S("boende")),
    "ensam": dict(probe=r"ensam", rel=S("ensam ensamma ensamt"), nei=S("gemensam")),
    "gräva": dict(
        probe=r"gräv",
        rel=S("gräv gräva grävas grävt"),
        comp=S("grävmaskiner nedgrävda"),
    ),
    "ner": dict(probe=r"^ner$", rel=S("ner")),
    "mellan": dict(probe=r"^mellan$", rel=S("mellan")),
    "falun": dict(probe=r"^falu", rel=S("falun falu")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "gävle": dict(probe=r"gävle", rel=S("gävle"), nei=S("gävleborg gävleborgs")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "kyla": dict(
        probe=r"kyl",
        rel=S("kyla kylan"),
        dc=S("nedkyld nedkylning"),
        no=S("skyller"),
        nei=S("underkylda underkylt"),
    ),
    "hofors": dict(probe=r"hofors", rel=S("hofors")),
    "ockelbo": dict(probe=r"ockelbo", rel=S("ockelbo")),
    "reservkraft": dict(probe=r"reservkraft", rel=S("reservkraft reservkraften")),
    "rättvik": dict(probe=r"rättvik", rel=S("rättvik rättviks")),
    "leksand": dict(probe=r"leksand", rel=S("leksand leksands")),
    "msb": dict(probe=r"^msb$", rel=S("msb")),
    "länsstyrelse": dict(probe=r"länsstyr", rel=S("länsstyrelsen länsstyrelsens länsstyrelserna länsstyrelsernas")),
    "trygghetslarm": dict(probe=r"trygghetslarm", rel=S("trygghetslarm trygghetslarmen")),
    "hemtjänst": dict(probe=r"hemtjänst", rel=S("hemtjänst hemtjänsten hemtjänstens")),
    "markkabel": dict(probe=r"markkab", rel=S("markkabel markkablar")),
    "luftledning": dict(probe=r"luftledn", rel=S("luftledning luftledningar luftledningen")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "storvik": dict(probe=r"storvik", rel=S("storvik")),
    "ansvar": dict(probe=r"ansvar", rel=S("ansvar ansvaret"), no=S("ansvarar")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("avbrottet", "inflection", False, ("term", "avbrott")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("stolparna", "inflection", False, ("term", "stolpe")),
    ("kunderna", "inflection", False, ("term", "kund")),
    ("montörerna", "inflection", False, ("term", "montör")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("elverken", "inflection", False, ("term", "elverk")),
    ("larmen", "inflection", False, ("term", "larm")),
    ("kablar", "syncope", False, ("term", "kabel")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("ström", "compound", True, ("term", "ström")),
    ("ledning", "compound", True, ("term", "ledning")),
    ("nät", "compound", True, ("term", "nät")),
    ("träd", "compound", True, ("term", "träd")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("tåg", "compound", True, ("term", "tåg")),
    ("skog", "compound", True, ("term", "skog")),
    ('"underkylt regn"', "phrase", False, ("phrase", ["underkyld", "regn"])),
    ('"utan ström"', "phrase", False, ("phrase", ["utan", "ström"])),
    ('"fallna träd"', "phrase", False, ("phrase", ["fallen", "träd"])),
    ('"äldre som bor ensamma"', "phrase", False, ("phrase", ["äldre", "som", "bo", "ensam"])),
    ('"gräva ner ledningarna"', "phrase", False, ("phrase", ["gräva", "ner", "ledning"])),
    ('"mellan Falun och Gävle"', "phrase", False, ("phrase", ["mellan", "falun", "och", "gävle"])),
    ('"ersättning till kunderna"', "phrase", False, ("phrase", ["ersättning", "till", "kund"])),
    ('"i kylan"', "phrase", False, ("phrase", ["i", "kyla"])),
    ("Hofors Ockelbo", "boolean", False, ("and", ["hofors", "ockelbo"])),
    ("elverk OR reservkraft", "boolean", False, ("or", ["elverk", "reservkraft"])),
    ("Rättvik -Leksand", "boolean", False, ("not", "rättvik", "leksand")),
    ("MSB länsstyrelsen", "boolean", False, ("and", ["msb", "länsstyrelse"])),
    ("trygghetslarm OR hemtjänsten", "boolean", False, ("or", ["trygghetslarm", "hemtjänst"])),
    ("markkabel -luftledning", "boolean", False, ("not", "markkabel", "luftledning")),
    ("Trafikverket Storvik", "boolean", False, ("and", ["trafikverket", "storvik"])),
    ("källa:Dalabygden avbrottet", "filter", False, ("filter", "Dalabygden", "avbrott")),
    ("källa:Gävlekuriren ersättningen", "filter", False, ("filter", "Gävlekuriren", "ersättning")),
    ("källa:Spänning stolparna", "filter", False, ("filter", "Spänning", "stolpe")),
    ("källa:Kvällsfacklan hemtjänsten", "filter", False, ("filter", "Kvällsfacklan", "hemtjänst")),
    ("källa:Norrsken utredningen", "filter", False, ("filter", "Norrsken", "utredning")),
    ("typ:opinion markkabel", "filter", False, ("filter", "opinion", "markkabel")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("is", "trap", False, ("term", "is")),
    ("gran", "trap", False, ("term", "gran")),
    ("tall", "trap", False, ("term", "tall")),
    ("lina", "trap", False, ("term", "lina")),
    ("stig", "trap", False, ("term", "stig")),
    ("sol", "trap", False, ("term", "sol")),
    ("hed", "trap", False, ("term", "hed")),
    ("asp", "trap", False, ("term", "asp")),
    ("ved", "trap", False, ("term", "ved")),
    ("ljus", "trap", False, ("term", "ljus")),
    ("tak", "trap", False, ("term", "tak")),
    ("el", "trap", False, ("term", "el")),
    ("berg", "trap", False, ("term", "berg")),
]

HEADER = """# corpus_icestorm.json – judging notes

Invented crisis: on the night of Saturday 9 January 2027, after SMHI's yellow and then orange warning, freezing rain (underkylt regn) falls for almost a day over Dalarna and Gävleborg and lays up to 40 mm of ice on lines and trees. Spruces, birches, aspens and pines break or fall over the power lines, more than 1 300 poles are broken, and at the worst some 70 000 customers of the invented grid companies Dalaström AB (Dalarna) and Gävleborgs Energi AB (Gävleborg) are without electricity in temperatures down to minus 21; Hofors is dark for five days, the last customers on Sollerön wait over a month. The trains on Bergslagsbanan between Falun and Gävle stop for five days (trees on the track, the contact line broken east of Hofors). The mobile network and the personal alarms (trygghetslarm) stop working; home care, the Red Cross, the church and the Home Guard check on elderly people living alone; an 84-year-old woman outside Hofors sits two days in the cold unnoticed. Dairy farmers milk with borrowed generators or pour out milk, candles and generators cause fires and carbon-monoxide poisoning, villages open shelters in churches. The grid companies, Svenska kraftnät, the county administrative boards, the municipalities (Hofors above all) and MSB are questioned; Energimarknadsinspektionen (Ei) opens a supervision and finds Dalaström in breach of the 24-hour rule (appealed); outage compensation (avbrottsersättning) is paid to customers; the government appoints an inquiry; a debate on burying the lines (markkabel against insulated overhead lines and wider corridors) follows, with opinion pieces, to 19 March 2027. Places and public bodies are real (Falun, Gävle, Hofors, Storvik, Torsåker, Sandviken, Järbo, Ockelbo, Lingbo, Åbyggeby, Åmot, Jädraås, Hamrånge, Hedesunda, Rättvik, Boda, Ovanmyra, Tallberg, Leksand, Orsa, Mora, Sollerön, Siljan, Svärdsjö, Enviken, Sundborn, Bjursås, Aspeboda, Grangärde, Ludvika, Borlänge, Ljusdal, Ljusnan, Linköping; SMHI, MSB, Svenska kraftnät, Energimarknadsinspektionen, Länsstyrelsen i Dalarnas län and i Gävleborg, Trafikverket, Försvarsmakten and hemvärnet, Skogsstyrelsen, Jordbruksverket, Socialstyrelsen, Post- och telestyrelsen, LRF, Röda korset, Svenska kyrkan, Energiföretagen Sverige, Elektrikerförbundet, Mellanskog, SKR, Telia, SJ, X-trafik, Högskolan Dalarna, Mittuniversitetet; their actions are invented); the two grid companies, every person and all seven outlets are invented: Dalabygden (local daily, Dalarna), Gävlekuriren (local daily, Gävleborg), Radio Dalälven (local radio, with quotes), Nyhetsbyrån Norrsken (wire service, also carrying press releases), Kvällsfacklan (national tabloid), Spänning (trade paper for the energy sector) and Morgonbladet (national daily). 113 articles (96 news, 17 opinion: leaders, debate articles, columns, radio commentaries, letters), published 5 January to 19 March 2027, all +01:00. The ids is001–is113 follow publication time.

Names that are also words: the elderly Sol-Britt Asp and her daughter Marie Asp (*sol*, sun; *asp*, aspen), the dairy farmer Stig Ek and the farmer Stig-Olov Ek (*stig*, path), MSB's head of unit Rut Hed (*hed*, heath), Trafikverket's press officer Dag Gran (*gran*, spruce), Hofors' council leader Jan-Erik Berg (*berg*, mountain, rock) and the county board's preparedness director Lina Björklund (*lina*, a conductor line). Others meet no query: Dalaström's chief executive Sten Falk, Gävleborgs Energi's chief executive Carina Vide, the sisters Hanna, Lova and Frida Ek, Bo Lindahl, Rut, Dag. Several headlines put the name first and explain it only in the text (*Falk: ”Vi gör allt vi kan”*, *Björklund: ”Det här kommer att ta tid”*, *Berg: ”Staten har lämnat Hofors ensamt”*, *Hed om kritiken …*, *Grankvist i Hofors: …*, *Stig Ek: …*, *Marie Asp: …*, *Sol-Britt, 84, …*, *Utredaren Stenbock: …*). A Swedish reader never takes these names for the sun, the aspen, the path, the heath, the spruce, the mountain or the line, so each is a lookalike (must_not) for the word it spells. So that name and word can be classified apart, icestorm_build.py reads the capitalised tokens *Sol* (in *Sol-Britt*), *Asp*, *Stig* (also in *Stig-Olov*), *Hed*, *Gran*, *Berg* and *Lina* as tokens of their own, written *sol(namn)*, *asp(namn)* … below; the words themselves are never written with a capital in these exact forms, and check_names() fails the build if a name token stands in an article that does not name its person in full. Surnames and places built on the words are lookalikes too: *Grankvist*, *Granqvist*, *Granlund*, *Granström*, *Grangärde* (gran); *Tallberg*, *Tallgren*, *Tallqvist*, *Tallroth* (tall); *Stigsson*, *Stigsdotter*, *Stigell* (stig); *Solberg*, *Solvik*, *Sollerön* (sol); *Hedlund*, *Hedberg*, *Hedin*, *Hedman*, *Hedqvist*, *Hedström*, *Hedenström*, *Hedenius*, *Hedåker*, *Hedesunda* (hed); *Asplund*, *Aspholm*, *Aspeboda* (asp); *Svedberg*, *Svedin* (ved); *Ljusberg*, *Ljusdal*, *Ljusnan* (ljus); *Isaksson*, *Isak*, *Isberg* (is); *Lindahl*, *Linder*, *Lindholm*, *Lindström*, *Karolina*, *Elin*, *Lingbo*, *Linköping* (lina); *Elin* (el); *Sandberg*, *Ljungberg*, *Berglund*, *Bergh*, *Berggren* … (berg); *Granström*, *Hedström*, *Lindström* (ström).

Kept out of the texts as the README asks: the pronoun *man* (*man* is only the noun, *en man*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *ljus* in its base form (only *ljust* appears, judged a lookalike; every *ljus* is the noun), *stig* as the imperative of *stiga*, *is* in any sense but ice, *ledning* in the sense of management except inside *krisledningen*/*krisledningsnämnd* (don't care), *lina* as anything but a conductor line, and *tak* as anything but the noun (roof).

How the lists were made: src/icestorm_articles.py holds the texts (written in parts, each appended to ARTICLES) and src/icestorm_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: tåg/tag, natt/nätt/nät, brand/bränd, dotter/dött, berg/bärg) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed anywhere in a word (*gran*, *tall*, *lin*, *stig*, *sol*, *hed*, *asp*, *ved*, *ljus*, *tak*, *berg*), so words that merely contain the letters are found (*granska*, *granne*, *installera*, *linje*, *lindrigt*, *hastighet*, *konstigt*, *isolerade*, *soldater*, *kontakt*, *takt*, *regelverket* for `elverken`); *el* is probed from the start of a word (*eller*, *elva*, *eld*, *Elin*), *is* from the start, at the end and as *-isen* (*krisen*, *polisen*, *spisen*, *precis*, *tonvis*, *Energis*, *isolerad*). Tokens are runs of letters, so *MSB:s*, *Ei:s* and *Sol-Britt* are split. `python3 icestorm_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *ledningsgatan*, *ledningsnätet*, *kilovoltsledning*, *skogsägarna*, *skogsbygd*, *elnätsbolag*; -e- *tjänstebilar*; -u- *gatubelysningen*; -o- *kyrkogatan*, *kyrkoherden*, *kyrkorummet*; none *strömavbrottet*, *strömlösa*, *luftledningar*, *kontaktledningen*, *huvudledningen*, *elnätet*, *stamnätet*, *mobilnätet*, *nätavgiften*, *trädsäkring*, *Kyrkogatan*, *Centrumgatan*, *hemtjänsten*, *kundtjänst*, *räddningstjänsten*, *regionaltåg*, *tågtrafiken*. Organisation names built on the word are don't care: *Dalaström* for `ström`, *Svenska kraftnät* (*kraftnät*, *kraftnäts*) for `nät`, *Skogsstyrelsen* and *Mellanskog* for `skog`; also *nätverk*, *grannskapsnätverk* (a network of people) for `nät`, and *krisledningen* (management) for `ledning`.
- **ström**: the surnames *Granström*, *Hedström*, *Hedenström*, *Lindström* → must_not. **ledning**: *ledare* (a leader, the editorial) → must_not. **nät**: *nätter*, *nätterna* (natt) → must_not. **träd**: *sammanträdde* (träda) → must_not. **tjänst**: *förtjänar* → must_not. **tåg**: *tag* (*ett tag*, *få tag i*), *tagit*, *tagits*, *misstag*, *undantag* → must_not; *företag(en)*, *företagarna*, *Energiföretagen* are neither. **gata**, **kyrka**, **skog**: only the word and its compounds.
- **is** (trap): *is*, *isen* relevant; *isstormen*, *isbark*, *istyngd*, *ishalka*, *isregn*, *isbelagd* … compounds; *isats* (the verb *isa*) don't care; *kris*, *krisen*, *polisen*, *spis*, *spisen*, *vedspisen*, *precis*, *tonvis*, *Energis*, *isolerad(e)*, *Isak*, *Isaksson*, *Isberg* → must_not.
- **gran** (trap): *gran*, *granar*, *granarna* relevant, *granbarkborre(n)* compounds; the name *Gran* (Dag Gran), *granne*, *grannen*, *grannar(na)*, *grannens*, *grannskapsnätverk*, *granska*, *granskar*, *granskning*, *Grangärde* and the surnames → must_not.
- **tall** (trap): *tall*, *tallen*, *tallarna* relevant; *installera*, *Tallberg* and the surnames → must_not; the street *Tallvägen* → don't care.
- **lina** (trap): *lina*, *linor*, *linorna* (conductor lines) relevant, *livlina* (figurative, *Radion blev vår livlina*) a compound; the name *Lina* (Lina Björklund), *Karolina*, *Elin*, *linjerna*, *informationslinjen*, *linjemontör(en)* (linje, another lemma), *lindrigt*, *Lingbo*, *Linköping* and the surnames → must_not; *församlingen*, *utvecklingen* are neither.
- **stig** (trap): *stig*, *stigen* relevant, *skolstig* compound; the name *Stig* (Stig Ek, Stig-Olov Ek), the verb *stiga*, *stiger*, *stigit*, *överstiga*, *överstiger*, *hastighet*, *konstigt* and the surnames → must_not.
- **sol** (trap): *solen* relevant; the name *Sol* (Sol-Britt Asp), *isolerad(e)*, *soldater*, *Sollerön*, *Solberg*, *Solvik* → must_not.
- **hed** (trap): *heden* relevant; the name *Hed* (Rut Hed), *Hedesunda* and the surnames → must_not.
- **asp** (trap): *aspar*, *asparna* relevant; the name *Asp*, *Aspeboda*, *Asplund*, *Aspholm* → must_not.
- **ved** (trap): *ved*, *veden* relevant, *vedspisen* compound; *Svedberg*, *Svedin* → must_not.
- **ljus** (trap): *ljus*, *ljuset* (candles, light, *Ljuset i mörkret*) relevant, *stearinljus*, *dagsljus* compounds; the adjective *ljust* (another lemma), *Ljusdal(s)*, *Ljusnan*, *Ljusberg* → must_not.
- **tak** (trap): *tak*, *taket* relevant; *kontakt*, *kontaktade*, *kontaktcenter*, *kontaktledningen*, *takt*, *takten* → must_not.
- **el** (trap): *el*, *elen* relevant; *elnätet*, *elbolag*, *elverk*, *ellagen*, *elkunder*, *elavbrott* … compounds; *Elektrikerförbundet* don't care; *eller*, *elva*, *eld*, *eldar*, *eldat*, *Elin* → must_not.
- **berg** (trap): *berget* (the hill above Boda) and *berg* (*en kabel i berg*, bedrock) relevant; the name *Berg* (Jan-Erik Berg), *Tallberg* and the surnames (*Sandberg*, *Solberg*, *Hedberg*, *Ljungberg*, *Svedberg*, *Isberg*, *Holmberg*, *Östberg*, *Berglund*, *Bergh*, *Berggren*, *Ljusberg*) → must_not; *Bergslagsbanan* (a compound on the region's name) → don't care.
- **Inflection**: *avbrutna* (avbryta) → must_not for `avbrottet`; *ersätta*, *ersätter*, *ersättas*, *ersatts* → must_not for `ersättningen`; *utreda*, *utreds* → must_not for `utredningen` (*utredare*, *utredaren* don't care); *kunde* (kunna) → must_not for `kunderna`, *kundchef*, *kundtjänst*, *elkunder* compounds; *varnar* → must_not for `varningen` (*förvarning* don't care); *regelverket* → must_not for `elverken` (the letters only), *reservelverk* compound; *trygghetslarm(en)* compounds for `larmen`.
- **Syncope**: *kablas* (the verb) → must_not for `kablar`, *kablifieringen* don't care, *markkabel*, *markkablar* compounds; *reglerar* → must_not for `reglerna`, *regelverket* compound; *oväder*, *ovädret* → don't care for `vädret`, *väderhändelser* compound; *dricksvatten*, *vattenverket* compounds for `vattnet`.
- **Umlaut**: every form of *nät* (*nätet*, *näten*, *elnätet*, *stamnätet*, *nätavgiften* …) → must_not for `nätter`; *bränsle* → must_not for `bränder` (*brunn* neither, *brandmän* compound); *Stigsdotter* → must_not for `döttrar`; *bostad*, *permanentbostad*, *kostade* → must_not for `städer`.
- **Phrases**: forms must be adjacent and in order in one sentence. *underkylt regn*, *det underkylda regnet*, *Underkylt regn* relevant; *regnet som föll … var underkylt* → must_not. *utan ström*, *utan strömmen* relevant; *utan* and *strömmen* apart → must_not; *strömlösa* don't care. *fallna träd*, *de fallna träden*, *Fallna träd* relevant; *träden som låg fallna* → must_not; *fällda* (fälla) is not a form. *äldre som bor ensamma* relevant; *brukare som bor ensamma* with *äldre* elsewhere, *en äldre person ensam* → must_not. *gräva ner ledningarna* (also *gräva ner ledningarna i skogen*) relevant; *gräva ner 120 mil ledningar*, *grävt ner fler ledningar*, *Ledningarna … ska grävas ner* → must_not; *Gräv ner kablarna* has no form of *ledning* next to it. *mellan Falun och Gävle* relevant; *mellan Gävle och Falun* → must_not; *Falu* (the genitive in *Falu kommun*) is a form of Falun. *ersättning till kunderna*, *Ersättningen till kunderna* relevant; *avbrottsersättning till de kunder* with *ersättningen* elsewhere → must_not. *i kylan* relevant; *Det värsta är inte kylan*, *Kylan har bitit sig fast*, *i is och kyla* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not. `elverk OR reservkraft`: *reservelverk* alone is a compound → don't care, *regelverket* → must_not. `markkabel -luftledning`: *luftledningar* is a form of the excluded word.
- **Filters**: `källa:` matches one word of the outlet's name (*Dalabygden*, *Gävlekuriren*, *Spänning*, *Kvällsfacklan*, *Norrsken*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *ansvar* covers *ansvar*, *ansvaret*; the verb *ansvarar* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("icestorm", "is", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
