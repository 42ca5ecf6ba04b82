#!/usr/bin/env python3
"""Builds corpus_dam.json and corpus_dam.md from dam_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: Karin Ros of Svenska kraftnät (ros, rose),
the rescue chief Lennart Fors (fors, rapids), the summer-house owner Sol Hedberg (sol, sun), the farmer Sten Wiklund
(sten, stone), Lisa Bäck of Länsstyrelsen Gävleborg and the horse owner Helena Bäck (bäck, brook), the dam owner's
chief executive Anders Vide (vide, willow) and Bollnäs's chairwoman Maria Ek (ek, oak); Siv Lind, Bo Holm and Rasmus
Holm meet no query. A reader tells the name from the word, so the tokenizer below reads the capitalised tokens Ros,
Fors, Sol, Sten, Bäck, Vide and Ek, which the texts use only as these names (never as a word at the start of a
sentence or a title; check_names() verifies it), as tokens of their own: ros(namn), fors(namn) and so on. Every
other token is as in fire_build.

Run from this folder: python3 dam_build.py [-v]
"""

import sys

import fire_build
from dam_articles import ARTICLES


S = fire_build.S

NAMES = {"Ros", "Fors", "Sol", "Sten", "Bäck", "Vide", "Ek"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Ros": ("Karin Ros",),
    "Fors": ("Lennart Fors",),
    "Sol": ("Sol Hedberg",),
    "Sten": ("Sten Wiklund",),
    "Bäck": ("Lisa Bäck", "Helena Bäck"),
    "Vide": ("Anders Vide",),
    "Ek": ("Maria Ek",),
}


def tokens(text):
    """fire_build's tokens, with the names that are also words kept apart from the words."""
    return [t.lower() + "(namn)" if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must stand in an article that names its person in full; returns the number of
    tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t in NAMES and not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringsställe evakueringsstället"),
        no=S("evakuera evakuerad evakuerade evakuerades evakueras evakuerat evakuerats"),
    ),
    "spricka": dict(
        probe=r"spric|sprack|sprick|spruck",
        rel=S("sprickor sprickorna"),
        no=S("sprack spruckit"),
    ),
    "ersättning": dict(
        probe=r"ersätt|ersatt",
        rel=S("ersättning ersättningen"),
        comp=S("ersättningsbussar"),
        no=S("ersätta ersätter ersätts"),
    ),
    "inspektion": dict(
        probe=r"inspe[kc]t",
        rel=S("inspektion inspektionen inspektioner inspektionerna"),
        comp=S("inspektionsprotokollet"),
        dc=S("inspektören"),
        no=S("inspektera inspekterades inspekterar inspekteras inspekterats"),
    ),
    "läckage": dict(
        probe=r"läck",
        rel=S("läckage läckaget"),
        no=S("läcka läckt"),
        nei=S("fläck"),
    ),
    "reparation": dict(
        probe=r"repar",
        rel=S("reparationen reparationerna"),
        no=S("reparera reparerade"),
    ),
    "översvämning": dict(
        probe=r"översvämm|översvämn|svämm",
        rel=S("översvämning översvämningar översvämningarna översvämningen"),
        no=S("översvämmades svämmat"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen"),
        no=S("varna varnade varnar varnas varnat"),
    ),
    "utredning": dict(
        probe=r"utred|utrett",
        rel=S("utredning utredningen utredningarna"),
        dc=S("utredare"),
        no=S("utreda utredas utreds"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt|vätt",
        rel=S("vatten vattnet"),
        comp=S("dricksvattnet vattenbrynet vattenbyggnad vattendomen vattenkraft vattenkraftbranschen vattenkraften "
               "vattenkraftsdammar vattenledningar vattennivån vattenregleringsföretag"),
        no=S("vattnade"),
        nei=S("tvättlina tvättmaskinen"),
    ),
    "åker": dict(
        probe=r"åker|åkr",
        rel=S("åker åkern åkrar åkrarna"),
        comp=S("åkermark"),
        dc=S("ovanåker"),
        no=S("åkeri åkeriet åkerlund"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("regelbundet regelbundna regelverket"),
        no=S("reglerade regleringen regleringschefen regleringsdammarna regleringsmagasinen vattenregleringsföretag "
             "skadereglerare skaderegleraren skadereglering"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medlen"),
        no=S("medlemmar"),
    ),
    "botten": dict(
        probe=r"botten|bottn",
        rel=S("botten bottnen"),
        no=S("bottnar"),
    ),
    "vinter": dict(
        probe=r"vinter|vintr",
        rel=S("vinter vintern vintrarna"),
        comp=S("vinterkläder"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd",
        rel=S("bönder bönderna"),
        comp=S("bondson mjölkbonden"),
        no=S("bondesson"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("staden städer"),
        no=S("bilverkstad bostadshus bostäder städa städade städning städningen"),
        nei=S("kostade"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet landets länder"),
        dc=S("finland hälsingland jämtland norrland västernorrland landshövdingen utländskt"),
        no=S("landa landade landat"),
        nei=S("bland pressmeddelande vållande"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten"),
        no=S("kraftnät kraftnäts nätet"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen|son$",
        rel=S("son sonen söner sönerna"),
        comp=S("bondson"),
        no=S("söndag söndagen söndagskvällen söndagsmorgonen sönder"),
        nei=S("bondesson eriksson jonsson nilsson olofsson olsson person persson"),
    ),
    "rot": dict(
        probe=r"^r[oö]t|rötter|rotsyst",
        rel=S("rötter"),
        no=S("rotat"),
    ),
    # --- compounds ---
    "damm": dict(
        probe=r"dam",
        rel=S("damm dammar dammarna dammen dammens"),
        comp=S("betongdamm betongdammen dammbolaget dammbrott dammbrottet dammsäkerhet dammsäkerheten "
               "dammsäkerhetsfrågor dammsäkerhetskonsult dammsäkerhetsprogram dammvakten dammvakterna dammvakternas "
               "dammägare dammägaren dammägarens dammägarna dammägarnas grönnäsdammen huvuddammen jordfyllnadsdamm "
               "jordfyllnadsdammar kraftverksdamm regleringsdammarna vattenkraftsdammar"),
        no=S("damlag damlaget dammigt dammsugaren"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("krafterna"),
        comp=S("kraftbolag kraftbolagen kraftbolagens kraftbolaget kraftbolagets kraftnät kraftnäts kraftstationen "
               "kraftverk kraftverket kraftverksdamm vattenkraft vattenkraftbranschen vattenkraften vattenkraftsdammar"),
        no=S("kraftig kraftigare kraftigaste kraftigt"),
    ),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("väg vägar vägarna vägen vägs"),
        comp=S("fiskväg kyrkvägen länsväg omväg omvägar omvägen riksväg stationsvägen vägbanken vägbro vägbron"),
        dc=S("järnvägar järnvägen järnvägsbron vägledande vägledning"),
        no=S("iväg vägg väggarna väggen vägnar vägrade vägrar vågade vågen flodvåg flodvågen"),
    ),
    "bro": dict(
        probe=r"bro|brö",
        rel=S("bro broar broarna bron"),
        comp=S("brofäste bropelarna järnvägsbron vägbro vägbron"),
        no=S("bror brott brottet brottsrubriceringen dammbrott dammbrottet miljöbrott"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skadan skador skadorna"),
        comp=S("rostskador skadeanmälningar skadechefen skadefond skadefonden skadereglerare skaderegleraren "
               "skadereglering skadestånd"),
        no=S("skadad skadade skadas skadat skadats"),
        nei=S("minskade"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("kyrkogården kyrkogårdsmuren kyrkoherden kyrkvägen"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gator gatorna"),
        comp=S("bygatan gatubelysningen gatukontoret långgatan storgatan"),
        no=S("gåta"),
        nei=S("obligatoriska obligatoriskt"),
    ),
    "flod": dict(
        probe=r"flod|flöd",
        rel=S("floden"),
        comp=S("flodvåg flodvågen vårflod vårfloden vårfloder vårflodsrisken"),
        dc=S("flöde flöden flödena flödestoppen flödet högflödespumpar"),
        no=S("flodin"),
    ),
    "stuga": dict(
        probe=r"stug",
        rel=S("stuga stugan stugor stugorna"),
        comp=S("gäststuga sommarstuga sommarstugan sommarstugeägare sommarstugor sommarstugorna stugbyn stugägare "
               "stugägarförening stugägarna"),
    ),
    # --- traps ---
    "våg": dict(
        probe=r"v[äå]g",
        rel=S("vågen"),
        comp=S("flodvåg flodvågen"),
        no=S("vågade iväg väg vägar vägarna vägen vägs fiskväg kyrkvägen länsväg omväg omvägar omvägen riksväg "
             "stationsvägen vägbanken vägbro vägbron järnvägar järnvägen järnvägsbron vägledande vägledning vägg "
             "väggarna väggen vägnar vägrade vägrar"),
    ),
    "sol": dict(
        probe=r"^sol",
        rel=S("sol solen"),
        no=S("sol(namn) soldater soldaterna solidaritet soliga"),
    ),
    "ros": dict(
        probe=r"^ros",
        rel=S("ros"),
        no=S("ros(namn) rost rostangreppen rostat rosten rostskador rosén"),
    ),
    "fors": dict(
        probe=r"fors",
        rel=S("forsen forsar forsarna"),
        comp=S("forsränning"),
        no=S("fors(namn) forsade forsberg forskare forskningen forslas"),
    ),
    "bäck": dict(
        probe=r"b[äa]ck",
        rel=S("bäck bäcken"),
        no=S("bäck(namn) backen bäckström"),
    ),
    "sten": dict(
        probe=r"^sten|sten(ar|arna|en)?$",
        rel=S("sten stenar stenarna"),
        comp=S("gravstenar"),
        no=S("sten(namn) stenberg"),
        nei=S("hemtjänsten hösten ljusnanposten resten rosten räddningstjänsten"),
    ),
    "vall": dict(
        probe=r"vall",
        rel=S("vall vallar vallarna vallen vallens"),
        comp=S("banvallen jordvall jordvallar jordvallen sidovall sidovallen skyddsvallar skyddsvallarna"),
        dc=S("hudiksvalls"),
        no=S("intervall vallsta vallstabor vallstaborna vallstaån"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        no=S("bolag bolaget bolagets damlag damlaget dammbolaget energibolag försäkringsbolagen försäkringsbolaget "
             "kraftbolag kraftbolagen kraftbolagens kraftbolaget kraftbolagets laga lagad lagas lager lagerström "
             "lagkaptenen lagt"),
        nei=S("avslag bakslag förslag kammaråklagaren klagade sammanlagt slagit underlag åklagare åklagaren"),
    ),
    "sand": dict(
        probe=r"sand",
        rel=S("sand sanden"),
        comp=S("sandbankar sandsäckar sandsäckarna"),
        no=S("sandberg sandviken sandö"),
        nei=S("rasande"),
    ),
    "is": dict(
        probe=r"^is|drivis",
        rel=S("is isen"),
        comp=S("drivis islossningen isproppar"),
        no=S("isak isolerats isär"),
    ),
    "vide": dict(
        probe=r"vide",
        rel=S("vide"),
        comp=S("videbuskar"),
        no=S("vide(namn) videokamera videoklippet videon"),
        nei=S("reviderad"),
    ),
    "ras": dict(
        probe=r"^ras|[^e]ras$|raset",
        rel=S("ras raset"),
        no=S("rasade rasande rasat raserade rasmus rast"),
        nei=S("avgöras besvaras dras förändras göras höras köras våras ändras"),
    ),
    "ek": dict(
        probe=r"^ek|ek$|eken$|ekar",
        rel=S("eken"),
        no=S("ek(namn) ekolog ekonomiska ekonomiskt eksjö ekström"),
        nei=S("pekar storleken svek"),
    ),
    # --- words of phrases, booleans and filters ---
    "hög": dict(probe=r"^hög", rel=S("hög höga högre högst högsta högt"), comp=S("högflödespumpar"), no=S("högar")),
    "flöde": dict(
        probe=r"flöd",
        rel=S("flöde flöden flödena flödet"),
        comp=S("flödestoppen högflödespumpar"),
    ),
    "länsstyrelse": dict(
        probe=r"länsstyr",
        rel=S("länsstyrelsen länsstyrelsens länsstyrelser länsstyrelserna länsstyrelsernas"),
    ),
    "gävleborg": dict(probe=r"gävleborg", rel=S("gävleborg gävleborgs")),
    "från": dict(probe=r"^från$", rel=S("från")),
    "stat": dict(
        probe=r"^stat",
        rel=S("staten"),
        no=S("statlig statliga"),
        nei=S("stationen stationsvägen"),
    ),
    "norra": dict(probe=r"^norr", rel=S("norra"), nei=S("norr norrköping norrland norrtåg")),
    "stambana": dict(probe=r"stamban", rel=S("stambanan")),
    "under": dict(probe=r"^under$", rel=S("under")),
    "skärpt": dict(probe=r"skärp", rel=S("skärpt")),
    "tillsyn": dict(probe=r"tillsyn", rel=S("tillsyn tillsynen"), comp=S("tillsynsmyndighet")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "ljusdal": dict(probe=r"ljusdal", rel=S("ljusdal ljusdals")),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna kommuns"),
        comp=S("kommunstyrelsens"),
        no=S("kommunala"),
    ),
    "snabb": dict(probe=r"^snabb", rel=S("snabb snabbare snabbt")),
    "snösmältning": dict(probe=r"snösmält", rel=S("snösmältning snösmältningen")),
    "arbrå": dict(probe=r"arbrå", rel=S("arbrå"), comp=S("arbråborna")),
    "vallsta": dict(probe=r"vallsta", rel=S("vallsta"), comp=S("vallstabor vallstaborna vallstaån")),
    "bollnäs": dict(probe=r"bollnäs", rel=S("bollnäs")),
    "msb": dict(probe=r"^msb", rel=S("msb")),
    "hemvärn": dict(probe=r"hemvärn", rel=S("hemvärnet"), comp=S("hemvärnssoldaten hemvärnssoldater")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket")),
    "järnväg": dict(probe=r"järnväg", rel=S("järnvägar järnvägen"), comp=S("järnvägsbron")),
    "lrf": dict(probe=r"^lrf", rel=S("lrf")),
    "länsförsäkringar": dict(probe=r"länsförsäkr", rel=S("länsförsäkringar")),
    "försäkringsbolag": dict(probe=r"försäkringsbolag", rel=S("försäkringsbolagen försäkringsbolaget")),
    "dammsäkerhet": dict(
        probe=r"dammsäkerhet",
        rel=S("dammsäkerhet dammsäkerheten"),
        comp=S("dammsäkerhetsfrågor dammsäkerhetskonsult dammsäkerhetsprogram"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("sprickorna", "inflection", False, ("term", "spricka")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("inspektionerna", "inflection", False, ("term", "inspektion")),
    ("läckaget", "inflection", False, ("term", "läckage")),
    ("reparationen", "inflection", False, ("term", "reparation")),
    ("översvämningarna", "inflection", False, ("term", "översvämning")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("vintrarna", "syncope", False, ("term", "vinter")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("söner", "umlaut", False, ("term", "son")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("damm", "compound", True, ("term", "damm")),
    ("kraft", "compound", True, ("term", "kraft")),
    ("väg", "compound", True, ("term", "väg")),
    ("bro", "compound", True, ("term", "bro")),
    ("skada", "compound", True, ("term", "skada")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("flod", "compound", True, ("term", "flod")),
    ("stuga", "compound", True, ("term", "stuga")),
    ('"höga flöden"', "phrase", False, ("phrase", ["hög", "flöde"])),
    ('"Länsstyrelsen Gävleborg"', "phrase", False, ("phrase", ["länsstyrelse", "gävleborg"])),
    ('"ersättning från staten"', "phrase", False, ("phrase", ["ersättning", "från", "stat"])),
    ('"Norra stambanan"', "phrase", False, ("phrase", ["norra", "stambana"])),
    ('"under vatten"', "phrase", False, ("phrase", ["under", "vatten"])),
    ('"skärpt tillsyn"', "phrase", False, ("phrase", ["skärpt", "tillsyn"])),
    ('"i Ljusdals kommun"', "phrase", False, ("phrase", ["i", "ljusdal", "kommun"])),
    ('"snabb snösmältning"', "phrase", False, ("phrase", ["snabb", "snösmältning"])),
    ("Arbrå Vallsta", "boolean", False, ("and", ["arbrå", "vallsta"])),
    ("Bollnäs OR Ljusdal", "boolean", False, ("or", ["bollnäs", "ljusdal"])),
    ("evakueringen -Bollnäs", "boolean", False, ("not", "evakuering", "bollnäs")),
    ("MSB OR hemvärnet", "boolean", False, ("or", ["msb", "hemvärn"])),
    ("Trafikverket järnvägen", "boolean", False, ("and", ["trafikverket", "järnväg"])),
    ("bönder -LRF", "boolean", False, ("not", "bonde", "lrf")),
    ("Länsförsäkringar OR försäkringsbolaget", "boolean", False, ("or", ["länsförsäkringar", "försäkringsbolag"])),
    ("källa:Ljusnanposten evakueringen", "filter", False, ("filter", "Ljusnanposten", "evakuering")),
    ("källa:Kvällsblixten dammen", "filter", False, ("filter", "Kvällsblixten", "damm")),
    ("källa:Budkavlen Trafikverket", "filter", False, ("filter", "Budkavlen", "trafikverket")),
    ("källa:Turbinen dammsäkerhet", "filter", False, ("filter", "Turbinen", "dammsäkerhet")),
    ("källa:Älvdal bönder", "filter", False, ("filter", "Älvdal", "bonde")),
    ("typ:opinion tillsynen", "filter", False, ("filter", "opinion", "tillsyn")),
    ("typ:opinion dammsäkerhet", "filter", False, ("filter", "opinion", "dammsäkerhet")),
    ("våg", "trap", False, ("term", "våg")),
    ("sol", "trap", False, ("term", "sol")),
    ("ros", "trap", False, ("term", "ros")),
    ("fors", "trap", False, ("term", "fors")),
    ("bäck", "trap", False, ("term", "bäck")),
    ("sten", "trap", False, ("term", "sten")),
    ("vall", "trap", False, ("term", "vall")),
    ("lag", "trap", False, ("term", "lag")),
    ("sand", "trap", False, ("term", "sand")),
    ("is", "trap", False, ("term", "is")),
    ("vide", "trap", False, ("term", "vide")),
    ("ras", "trap", False, ("term", "ras")),
    ("ek", "trap", False, ("term", "ek")),
]

HEADER = """# corpus_dam.json – judging notes

Invented crisis: after a winter with record snow in the mountains, the spring flood (vårflod) of May 2026 in Ljusnan, Hälsingland, is the largest ever measured. At the old hydropower dam of Grönnäs kraftverk (built 1947, an earth-fill dam with a concrete spillway; the owner is Hälsinge Vattenkraft AB), between Järvsö and Vallsta, one of the three spillway gates jams on Friday 8 May, and on Saturday 9 May the leakage at the foot of the side embankment grows, turns muddy and cracks appear. Vallsta and the low-lying part of Arbrå (about 1 400 people) are evacuated on the night of 10 May; riksväg 83 and Norra stambanan between Ljusdal and Bollnäs are closed; MSB sends pumps and mobile barriers, hemvärnet and volunteers build sandbag walls in Arbrå, and Svenska kraftnät (the guiding authority for dam safety) sends experts. On the night of 12 May about 30 metres of the side embankment breach; a flood wave of about a metre floods Vallsta, washes away summer houses, the railway embankment and damages the railway bridge and the road bridge; a man is lifted from his roof by helicopter; Arbrå's barriers hold; nobody dies. The articles follow the return home, the cleaning, the farmers' fields covered with sand and stone, the summer-house owners whose insurance says no, LRF's demands, the dam owner's claims fund, the police inquiry (later taken over by a prosecutor), the reopening of the road on a military bridge (5 June) and of the railway (22 June), the reports on internal erosion (roots, willow, a clogged drain) and the rusted gate, the criticism of Länsstyrelsen Gävleborg's supervision (no inspection on site for seven years), the debate about dam safety inspections (Norway and Finland, a national supervisory authority, the industry's view), the government's inquiry, the summer-house owners' lawsuit and the settlement in December. Places and public bodies are real (Ljusnan, Ljusdal, Järvsö, Vallsta, Arbrå, Bollnäs, Säversta, Alfta, Sveg, Voxnan, Ovanåker, Söderhamn, Hudiksvall, Sandviken, Eksjö, Östersund; Länsstyrelsen Gävleborg, Ljusdals and Bollnäs kommuner, MSB, Svenska kraftnät, SMHI, Trafikverket, Försvarsmakten, hemvärnet, polisen, Riksenheten för miljö- och arbetsmiljömål, LRF, Länsförsäkringar Gävleborg, Energiföretagen Sverige, Svenska kyrkan, Röda korset, KTH, Luleå tekniska universitet, NVE; their actions are invented); Grönnäs kraftverk, Hälsinge Vattenkraft AB, Räddningstjänsten Mellersta Hälsingland, Ljusnans vattenregleringsföretag as used here, the associations, every person and all six outlets are invented: Ljusnanposten (local daily, Ljusdal and Bollnäs, with leaders and letters), Radio Älvdal (local radio, with quotes and a commentary), Nyhetsbyrån Budkavlen (wire service, also carrying press releases), Kvällsblixten (national tabloid, with a column and a short leader), Svenska Journalen (national daily, with leaders, columns and debate articles) and Turbinen (energy and hydropower trade paper, with a leader). 120 articles (101 news, 19 opinion), published 20 April to 10 December 2026, +02:00 until 25 October and +01:00 after. The ids dm001–dm120 follow publication time.

Names that are also words: as in real news, several people have given names or surnames that are ordinary Swedish words: Karin Ros (head of Svenska kraftnät's dam safety unit), Lennart Fors (the rescue chief), Sol Hedberg (a summer-house owner, later chair of the owners' association), Sten Wiklund (a dairy farmer in Arbrå, LRF), Lisa Bäck (Länsstyrelsen Gävleborg) and Helena Bäck (a horse owner), Anders Vide (the dam owner's chief executive) and Maria Ek (chair of Bollnäs's municipal executive board). A Swedish reader never takes the surname Ros for a rose or the given name Sol for the sun, so each name is a lookalike (must_not) for the word it spells: *Ros* for `ros`, *Fors* for `fors`, *Sol* for `sol`, *Sten* for `sten`, *Bäck* for `bäck`, *Vide* for `vide`, *Ek* for `ek`. So that name and word can be classified apart, dam_build.py reads these capitalised tokens as tokens of their own, written *ros(namn)*, *fors(namn)* and so on below; the words themselves are never written with a capital in the texts (never first in a title or a sentence), and check_names() fails the build if a capitalised name token stands in an article that does not name its person in full. Other names built on the words are lookalikes too: *Forsberg* (Mats and Annika) for `fors`; *Stenberg* (Eva) for `sten`; *Bäckström* (Hanna) for `bäck`; *Ekström* (Jonas) and the town *Eksjö* for `ek`; *Rosén* (Lena) for `ros`; *Sandberg* (Per, Gunilla), *Sandviken* and MSB's *Sandö* for `sand`; *Isak* (Wiklund) for `is`; *Rasmus* (Holm) for `ras`; *Lagerström* (Jenny) for `lag`; *Flodin* (Johan) for `flod`; *Bondesson* (Ulla) for `bönder`; *Åkerlund* (Kent) for `åkrarna`; the village *Vallsta* (*Vallstabor*, *Vallstaborna*, *Vallstaån*) for `vall`. Names that are words but meet no query (Lind, Holm, Bo, Siv, Malm, Björkman) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (and the noun, to be safe; *räddningssimmare* instead of a compound in -man), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *spricka* in the infinitive (only *sprack*, *spruckit*; the noun appears as *sprickor*, *sprickorna*), the verb *forsar* (every *forsar* is the plural noun; the verb only as *forsade*), the verb *åker*, *lagar* (plural of *lag* or present of *laga*; the verb only as *laga*, *lagad*, *lagas*), *lag* meaning a team except in the compounds *damlag*, *damlaget*, *lagkaptenen*, *damm* meaning dust except in *dammsugaren* and *dammigt*, *bäcken* meaning the pelvis, *ras* meaning a breed, *våg* meaning scales, *skada* as a verb in the infinitive (every *skada* is the noun), *vall* meaning a ley or grassland (every *vall* is an embankment or barrier), *landa* as anything but the helicopter landing, the noun *hög* (only *högar*, a lookalike), and *vide* as anything but willow.

How the lists were made: src/dam_articles.py holds the texts and src/dam_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: väg/våg, bäck/back, stad/städ, land/länd, natt/nät, son/sön, rot/röt, bonde/bönd, gata/gåta, flod/flöd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed from the start of the word or with the endings that matter (*sol*, *ros*, *is* from the start, *ras* from the start or in *-ras* not preceded by *e*, so that the passive *-eras* stays out; *sten* from the start or as *-sten(ar/arna/en)* at the end, which also finds *hösten*, *resten*, *räddningstjänsten*, classified as neither). Tokens are runs of letters, so *MSB:s*, *LRF:s* and *GoIF:s* are split. `python3 dam_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *kraftverksdamm*, *vattenkraftsdammar*, *jordfyllnadsdamm*, *järnvägsbron*, *stationsvägen* (väg), *sommarstugeägare*, *inspektionsprotokollet*; -e- *skadestånd*, *skadefonden*, *skadereglerare* (skada), *sommarstugeägare* (stuga); -u- *gatubelysningen*, *gatukontoret*; -o- *kyrkogården*, *kyrkoherden*; none *Grönnäsdammen*, *betongdammen*, *dammsäkerhet*, *dammägaren*, *vattenkraft*, *kraftnät*, *kraftbolaget*, *riksväg*, *vägbron*, *brofäste*, *rostskador*, *kyrkvägen*, *Storgatan*, *vårfloden*, *flodvågen*, *gäststuga*, *stugbyn*, *sidovallen*, *banvallen*, *sandsäckar*, *islossningen*, *drivis*, *videbuskar*, *gravstenar*, *forsränning*. *Svenska kraftnät* counts for `kraft` as a compound (as a name of a public body it is still a compound of *kraft*). *järnväg* (*järnvägen*, *järnvägar*, *järnvägsbron*) and *vägledning*, *vägledande* are don't care for `väg` (README: *järnvägen* for `väg`); *flöde* and its forms are don't care for `flod` (a related word for the flow of the river, not the word); place names that end in the word are don't care (*Hudiksvalls* for `vall`, *Hälsingland*, *Norrland*, *Jämtland*, *Finland*, *Västernorrland* for `länder`; *Ovanåker* for `åkrarna`), as are *landshövdingen* and *utländskt* for `länder`, *inspektören* for `inspektionerna` and *utredare* for `utredningen`.
- **damm** (compound): the dust words *dammsugaren*, *dammigt* and the football team *damlag*, *damlaget* → must_not. **kraft**: the adjective *kraftig* (*kraftigt*, *kraftigare*, *kraftigaste*) → must_not; *tagit på krafterna* is the noun → relevant. **väg**: *våg* (*vågen*, *flodvåg*, *flodvågen*), *vågade*, *vägg* (*väggen*, *väggarna*), *vägrade*, *vägrar*, *vägnar* (*å gruppens vägnar*) and the adverb *iväg* → must_not; *nått vägs ände* is the noun → relevant. **bro**: *bror*, *brott*, *brottet*, *brottsrubriceringen*, *miljöbrott* and *dammbrott*, *dammbrottet* (a dam breach, not a bridge) → must_not. **skada**: the verb and participle *skadad*, *skadade*, *skadas*, *skadat*, *skadats* → must_not; *minskade* is neither. **gata**: *gåta* (a riddle) → must_not; *obligatoriska* is neither. **flod**: the surname *Flodin* → must_not. **kyrka**, **stuga**: only the word and its compounds.
- **våg** (trap): every form and compound of *väg* (*vägen*, *vägar*, *riksväg*, *omvägen*, *vägbron*, *järnvägen*, *vägledning* …), *vägg*, *vägrade*, *vägnar*, *iväg* and the verb *vågade* → must_not; *flodvåg*, *flodvågen* compounds.
- **sol** (trap): the name *Sol*, *soldater*, *soldaterna* (a short word inside a longer one), the adjective *soliga* and *solidaritet* → must_not. **ros** (trap): the name *Ros*, *Rosén*, *rost*, *rosten*, *rostat*, *rostskador*, *rostangreppen* → must_not; *en ros till hemvärnet* is the noun → relevant. **fors** (trap): the name *Fors*, *Forsberg*, *forskare*, *forskningen*, the verbs *forsade* (*vattnet forsade in*) and *forslas* → must_not; *forsränning* compound. **bäck** (trap): the name *Bäck*, *Bäckström* and the diacritic lookalike *backen* (a hill) → must_not. **sten** (trap): the name *Sten* and *Stenberg* → must_not; *gravstenar* compound; *hösten*, *resten*, *rosten* … are neither. **vall** (trap): *Vallsta*, *Vallstabor*, *Vallstaborna*, *Vallstaån* and *intervall* → must_not; *sidovallen*, *jordvallen*, *banvallen*, *skyddsvallar* compounds; *Hudiksvalls* don't care. **lag** (trap): *bolag* and its compounds (*bolaget*, *kraftbolaget*, *dammbolaget*, *försäkringsbolaget*, *energibolag*), the team words *damlag*, *damlaget*, *lagkaptenen*, the verb *laga*, *lagad*, *lagas*, *lager* (a layer), *lagt* (lägga) and *Lagerström* → must_not; *förslag*, *avslag*, *bakslag*, *underlag*, *åklagaren*, *klagade*, *sammanlagt* are neither; *enligt lag*, *enligt lagen* relevant. **sand** (trap): *Sandberg*, *Sandviken*, *Sandö* → must_not; *sandsäckar*, *sandbankar* compounds; *rasande* neither. **is** (trap): *Isak*, *isolerats*, *isär* → must_not; *drivis*, *islossningen*, *isproppar* compounds. **vide** (trap): the name *Vide*, *videon*, *videoklippet*, *videokamera* → must_not; *videbuskar* compound; *reviderad* neither. **ras** (trap): the verbs *rasade*, *rasat*, *rasande*, *raserade* (rasera), *rast* and *Rasmus* → must_not; *risk för ras*, *raset* relevant; the passives in *-ras* (*göras*, *ändras*, *i våras*) are neither. **ek** (trap): the name *Ek*, *Ekström*, *Eksjö*, *ekolog*, *ekonomiska*, *ekonomiskt* → must_not; *pekar*, *storleken*, *svek* neither.
- **evakueringen**: the verb *evakuera* and its forms (*evakuerade*, *evakuerades*, *evakuerats* …) → must_not; *evakueringsstället* compound. **sprickorna**: *sprack*, *spruckit* → must_not. **ersättningen**: *ersätta*, *ersätter*, *ersätts* → must_not; *ersättningsbussar* compound. **inspektionerna**: *inspektera*, *inspekterades*, *inspekterar*, *inspekteras*, *inspekterats* → must_not. **läckaget**: *läcka* (the verb, *börjat läcka*) and *läckt* → must_not; *fläck* neither. **reparationen**: *reparera*, *reparerade* → must_not. **översvämningarna**: *översvämmades*, *svämmat (över)* → must_not. **varningen**: *varna*, *varnade*, *varnar*, *varnas*, *varnat* → must_not. **utredningen**: *utreda*, *utredas*, *utreds* → must_not.
- **vattnet**: *vattnade* → must_not; *tvättlina*, *tvättmaskinen* neither. **åkrarna**: *åkeri*, *åkeriet*, *Åkerlund* → must_not; *åkermark* compound. **reglerna**: *reglering* and its forms and compounds (*regleringen*, *reglerade*, *regleringsdammarna*, *regleringsmagasinen*, *regleringschefen*, *vattenregleringsföretag*) and *skadereglerare*, *skaderegleraren*, *skadereglering* → must_not (another lemma); *regelverket*, *regelbundet* compounds. **medlen**: *medlemmar* → must_not. **bottnen**: *bottnar* (*kritiken bottnar i*) → must_not. **vintrarna**: no lookalike.
- **bönder**: *Bondesson* → must_not; *bondson*, *mjölkbonden* compounds. **städer**: *städa*, *städade*, *städning*, *städningen* and the lookalike compounds *bostadshus*, *bostäder*, *bilverkstad* → must_not; *kostade* neither. **länder**: *landa*, *landade*, *landat* (the helicopter) → must_not; *bland*, *vållande*, *pressmeddelande* neither. **nätter**: *nätet* (*på nätet*) and *kraftnät*, *kraftnäts* → must_not. **söner**: *sönder*, *söndag*, *söndagen*, *söndagskvällen*, *söndagsmorgonen* → must_not; surnames in *-son* and *person* are neither. **rötter**: *rotat* (grävlingar har rotat) → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. Forms of *hög* include *högre*, *högst*, *högsta*, *högt*; *högar* (piles) is a lookalike. *höga flöden* and *de högsta flödena* relevant; *Flödet … är fortfarande mycket högt*, *flödet … det högsta som har uppmätts* → must_not. *Länsstyrelsen Gävleborg(s)* relevant; *länsstyrelsen i Gävleborgs län* → must_not. *ersättning från staten* relevant; *ersättning från skadefonden* with *staten* in another sentence → must_not; *statlig* is a lookalike of *staten*. *Norra stambanan* relevant; *Järnvägsbron på stambanan … i norra Vallsta* → must_not. *under vatten* relevant (*står under vatten*); *under natten … vattnet* → must_not. *skärpt tillsyn* relevant; *tillsynen bli skärpt* → must_not. *i Ljusdals kommun* relevant; *Ljusdals kommun* after another word, *Ljusdals kommuner* → must_not. *snabb snösmältning* relevant; *Om snösmältningen sedan går snabbt* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Arbråborna*, *Vallstabor*, *järnvägsbron*) is don't care. NOT – an article with the excluded term is must_not. OR – compounds alone (*hemvärnssoldater*) are don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Ljusnanposten*, *Kvällsblixten*, *Budkavlen*, *Turbinen*, *Älvdal*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


def main():
    if check_names():
        sys.exit("name tokens outside names")
    fire_build.CONCEPTS = CONCEPTS
    fire_build.build("dam", "dm", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
