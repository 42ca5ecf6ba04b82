#!/usr/bin/env python3
"""Builds corpus_gale.json and corpus_gale.md from gale_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: the forest owners' chairman Lars Gran and the
volunteer Lennart Gran (gran, spruce), the grid company's press officer Anna Kraft (kraft, force), the Skogsstyrelsen
forester Per Asp (asp, aspen), the line worker Johan Ström (ström, current), the municipal safety coordinator Eva
Stolpe (stolpe, pole), the rescue chief Dag Holmqvist (dag, day) and the politician Tomas Lind and the city gardener
Ingela Lind (lind, linden). A reader tells the name from the word, so the tokenizer below reads the capitalised
tokens Gran, Kraft, Asp, Ström, Stolpe, Dag and Lind, which the texts use only as these names (never as a word at the
start of a sentence or a title; check_names() verifies it), as tokens of their own: gran(namn), kraft(namn) and so
on. Every other token is as in fire_build.

Run from this folder: python3 gale_build.py [-v]
"""

import re
import sys

import fire_build
from gale_articles import ARTICLES


S = fire_build.S

NAMES = {"Gran", "Kraft", "Asp", "Ström", "Stolpe", "Dag", "Lind"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Gran": ("Lars Gran", "Lennart Gran"),
    "Kraft": ("Anna Kraft",),
    "Asp": ("Per Asp",),
    "Ström": ("Johan Ström",),
    "Stolpe": ("Eva Stolpe",),
    "Dag": ("Dag Holmqvist",),
    "Lind": ("Tomas Lind", "Ingela Lind"),
}


def tokens(text):
    """fire_build's tokens, with the names that are also words kept apart from the words."""
    return [t.lower() + "(namn)" if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must stand in an article that names its person in full, and a given name
    (Dag) must be followed by the surname; returns the number of tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t not in NAMES:
                continue
            if not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
            if t == "Dag" and not whole.startswith("Dag Holmqvist", m.start()):
                print("the given name Dag without the surname in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "storm": dict(
        probe=r"storm",
        rel=S("storm stormar stormen stormens"),
        comp=S("stormfälld stormfällda stormfällningen stormfällt stormlinje stormlinjen stormprislistor stormtelefon "
               "stormveckan stormvirke stormvirket superstormen"),
        dc=S("stormkök"),
        no=S("stormarknaden stormberg stormig stormigt stormöte stormötet"),
    ),
    "avbrott": dict(
        probe=r"avbr",
        rel=S("avbrott avbrotten avbrottet"),
        comp=S("avbrottsersättning avbrottsersättningen elavbrott strömavbrott"),
        no=S("avbröt oavbrutet"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningarna ersättningen"),
        comp=S("avbrottsersättning avbrottsersättningen ersättningsbussar ersättningsskyldig"),
        no=S("ersätta ersättas ersätter"),
        nei=S("eftersatt"),
    ),
    "ledning": dict(
        probe=r"^led|ledning",
        rel=S("ledning ledningar ledningarna ledningen"),
        comp=S("elledningen kontaktledningar luftledning luftledningar luftledningarna ledningsgata ledningsgator "
               "ledningsgatorna krisledning krisledningen"),
        dc=S("krisledningsnämnd krisledningsnämnden krisledningsnämnder"),
        no=S("leda ledde"),
        nei=S("ledamot ledamöter"),
    ),
    "generator": dict(
        probe=r"generat|generö|genere",
        rel=S("generator generatorer generatorn"),
        comp=S("dieselgenerator"),
        no=S("generation generellt generöst"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningar varningen"),
        comp=S("varningssystemet"),
        no=S("varnad varnar varnat"),
    ),
    "avverkning": dict(
        probe=r"avverk",
        rel=S("avverkning avverkningar avverkningen"),
        comp=S("avverkningsanmälan årsavverkning"),
        no=S("avverka avverkar avverkas"),
    ),
    "röjning": dict(
        probe=r"röj",
        rel=S("röjning röjningen"),
        comp=S("röjningsarbetet"),
        dc=S("röjare"),
        no=S("röj röja röjas röjda röjde röjt"),
        nei=S("dröja dröjde dröjt"),
    ),
    "skogsägare": dict(
        probe=r"skogsägar",
        rel=S("skogsägare skogsägaren skogsägarna skogsägarnas"),
    ),
    # --- syncope ---
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörka mörklagda mörkt"),
    ),
    "timmer": dict(
        probe=r"timm|timr",
        rel=S("timmer timret"),
        comp=S("grantimmer sågtimmer timmerlager timmerplaner timmerpriset"),
        dc=S("timmerbladet"),
        no=S("timmar timmarskravet timme timmernabben timmes tolvtimmarspass"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("huvudregeln"),
        no=S("reglerat regleras"),
    ),
    "vatten": dict(
        probe=r"v[aä]tt",
        rel=S("vatten vattnet"),
        comp=S("flaskvattnet vattenverk vattenverket"),
        no=S("bevattnade bevattnar vattnas vättern"),
    ),
    "kabel": dict(
        probe=r"kab[el]|kabl",
        rel=S("kabel kabeln kablar kablarna"),
        comp=S("jordkabel jordkabeln markkabel"),
        no=S("kablades"),
    ),
    "socken": dict(
        probe=r"sock",
        rel=S("socken socknarna socknen socknens"),
        no=S("blodsockret"),
    ),
    # --- umlaut ---
    "rot": dict(
        probe=r"^r[oö]t|rött|rötter",
        rel=S("rötter rötterna"),
        comp=S("rotvälta rotvältan"),
        no=S("rotat rött"),
    ),
    "natt": dict(
        probe=r"n[aä]t",
        rel=S("natt natten nätterna"),
        comp=S("midnatt nattetid"),
        no=S("elnätet elnätsbolagen elnätsfakturan elnätsföretag elnätsföretagen elnätsföretagens götanät götanäts "
             "kopparnätet lokalnätet mobilnät mobilnäten mobilnätet nät nätavgift nätavgiften nätavgifterna nätbolag "
             "nätbolagen nätbolagens nätbolaget nätbolagets nätchef nätet nätkostnad nätkostnaden nätkostnader nätt "
             "nättraby regionnätet skyddsnätet"),
        nei=S("alternativ annat kunnat lämnat lånat mojnat naturmiljöer räknat somnat tinat varnat vartannat öppnat"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna"),
        comp=S("mjölkbonden"),
        no=S("bondesson"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter döttrar"),
        no=S("dött"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer"),
        comp=S("stadsträdgårdsmästaren"),
        no=S("bostad städa städat städning städningen verkstad"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter"),
    ),
    # --- compounds ---
    "mast": dict(
        probe=r"mast",
        rel=S("mast masten master masterna"),
        comp=S("mobilmasten mobilmaster mobilmasterna"),
        no=S("mastig"),
        nei=S("närmast närmaste"),
    ),
    "träd": dict(
        probe=r"träd",
        rel=S("träd träden trädens trädet"),
        comp=S("kantträd lövträd lövträden riskträden"),
        dc=S("stadsträdgårdsmästaren"),
        no=S("efterträdare sammanträdde tillträder träda"),
    ),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("väg vägar vägarna vägen"),
        comp=S("ambulansvägarna europavägar länsväg riksväg riksvägar skogsvägar slottsvägen vägfärjan vägföreningar"),
        no=S("förväg iväg väga väger vägrade vågorna"),
        nei=S("husväggen väggen"),
    ),
    "mobil": dict(
        probe=r"mobil",
        rel=S("mobil mobilen"),
        comp=S("mobilmasten mobilmaster mobilmasterna mobilnät mobilnäten mobilnätet mobiloperatörerna "
               "mobiloperatörernas mobiltelefon mobiltelefoni mobiltäckning"),
        no=S("mobiliserar"),
    ),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna kommunernas kommuns"),
        comp=S("kommunfullmäktige kommungräns kommunhuset kommunstyrelsen kommunstyrelsens miljökommun"),
        dc=S("kommunalrådet"),
        no=S("kommunicerat kommunikationen"),
    ),
    "bygd": dict(
        probe=r"byg[gd]",
        rel=S("bygden"),
        comp=S("bygdeföreningar bygdeföreningen bygdegårdarna bygdegården glesbygden landsbygden skogsbygd skogsbygden "
               "skogsbygderna"),
        dc=S("landsbygdsministern"),
        no=S("nybyggda ombyggda"),
        nei=S("bygga byggas bygger byggt"),
    ),
    "pris": dict(
        probe=r"pris",
        rel=S("priser priserna priset"),
        comp=S("massavedspriset prislistor prisstatistik timmerpriset underpris"),
        dc=S("stormprislistor"),
        no=S("prisar"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan gator"),
        comp=S("gatubelysning gatubelysningen gatuchef ledningsgata ledningsgator ledningsgatorna storgatan"),
        no=S("gåta"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogården kyrkoherde kyrkorådet"),
    ),
    # --- traps ---
    "gran": dict(
        probe=r"gran",
        rel=S("gran granar granarna granen"),
        comp=S("granbarkborre granbarkborren granbarkborrens granbestånd granskog granskogen grantimmer"),
        no=S("gran(namn) grannar grannarna granne grannen grannens granngård grannlänen grannlänet granska granskar "
             "granskas granskning granskningen noggrant"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft"),
        comp=S("reservkraft reservkraften"),
        dc=S("kärnkraftverk reservkraftverk reservkraftverket"),
        no=S("kraft(namn) kraftig kraftiga kraftigt"),
    ),
    "asp": dict(
        probe=r"asp",
        rel=S("asp aspar"),
        no=S("asp(namn) aspekt asplund aspö aspöbon aspöborna aspöfärjan"),
    ),
    "ström": dict(
        probe=r"str[oö]m",
        rel=S("ström strömmen"),
        comp=S("strömavbrott strömlös strömlösa"),
        no=S("ström(namn) bäckström ekström engström lindström åström strömmade strömming strömmingsfisket "
             "strömsnäsbruk"),
    ),
    "nät": dict(
        probe=r"nät",
        rel=S("nät nätet"),
        comp=S("elnätet kopparnätet lokalnätet mobilnät mobilnäten mobilnätet nätavgift nätavgiften nätavgifterna "
               "nätbolag nätbolagen nätbolagens nätbolaget nätbolagets nätchef nätkostnad nätkostnaden nätkostnader "
               "regionnätet skyddsnätet"),
        dc=S("elnätsbolagen elnätsfakturan elnätsföretag elnätsföretagen elnätsföretagens götanät götanäts"),
        no=S("nätt nätterna nättraby"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        comp=S("takläggare takplåtar"),
        no=S("arbetstakten enstaka kontakt kontakten kontaktledningar kontaktuppgifter rekordtakt staket takten"),
    ),
    "stolpe": dict(
        probe=r"stolp",
        rel=S("stolpar stolparna"),
        comp=S("lyktstolpar reservstolpar trästolpar"),
        no=S("stolpe(namn) stolpiga"),
    ),
    "folk": dict(
        probe=r"folk",
        rel=S("folk"),
        no=S("befolkade folke folkesson"),
    ),
    "dag": dict(
        probe=r"dag",
        rel=S("dag dagar dagarna dagen dagens"),
        comp=S("eftermiddag eftermiddagen fredag fredagen lördagseftermiddagen måndag måndagen måndagsförmiddagen "
               "onsdag onsdagen onsdagseftermiddagen söndag söndagen söndags tisdagen torsdagen"),
        dc=S("fredagsmorgonen måndagskvällen måndagskvällens måndagsmorgonen onsdagsmorgonen söndagskväll "
             "söndagskvällen tisdagsmorgonen torsdagens"),
        no=S("dag(namn) dagliga dagligen gammaldags"),
    ),
    "tall": dict(
        probe=r"tall",
        rel=S("tall tallen"),
        comp=S("tallskogen"),
        no=S("installera tallberg tallrikar"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindar lindarna"),
        no=S("lind(namn) linda lindberg lindqvist lindrar lindrigare lindström lindås"),
    ),
    "ved": dict(
        probe=r"ved",
        rel=S("ved veden"),
        comp=S("björkved bränsleved massaved massaveden vedkamin vedkaminer vedspisar vedspisen"),
        dc=S("massavedspriset"),
        no=S("vedertagen vedin"),
    ),
    "län": dict(
        probe=r"l[äå]n",
        rel=S("län länen länet länets läns"),
        comp=S("grannlänen grannlänet länsrådet länsstyrelsen länsstyrelsernas länsväg"),
        no=S("lån låna lånad lånat lånet förlänger förlängningssladd länge längre längs längst länken slängt slängts "
             "lång långa långasjö långsamt långt långvariga långvarigt"),
    ),
    # --- words of phrases, booleans and filters ---
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "fallen": dict(probe=r"falln|^fallen$", rel=S("fallna"), nei=S("nedfallna")),
    "rätt": dict(probe=r"^rätt", rel=S("rätt rätten"), nei=S("rättvisare")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "äldre": dict(probe=r"^äldre$", rel=S("äldre")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "landsbygd": dict(probe=r"landsbygd", rel=S("landsbygden"), comp=S("landsbygdsministern")),
    "länsstyrelse": dict(probe=r"länsstyrelse", rel=S("länsstyrelsen länsstyrelsernas")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "kalmar": dict(probe=r"^kalmar", rel=S("kalmar kalmars"), comp=S("kalmarbor"), nei=S("kalmarsund")),
    "stormfälld": dict(probe=r"stormfäll", rel=S("stormfälld stormfällda stormfällt"), nei=S("stormfällningen")),
    "skog": dict(
        probe=r"skog",
        rel=S("skog skogarna skogen skogens"),
        comp=S("blandskog granskog granskogen skogsarbetare skogsbygd skogsbygden skogsbygderna skogsentomologen "
               "skogskonsulent skogskonsulenten skogskonsulenter skogsmaskinen skogsmaskiner skogsmaskinerna "
               "skogsskribent skogsstyrelsen skogsstyrelsens skogsvägar skogsägare skogsägaren skogsägarna "
               "skogsägarnas tallskogen"),
    ),
    "krisberedskap": dict(
        probe=r"krisberedskap",
        rel=S("krisberedskap krisberedskapen"),
        comp=S("krisberedskapsforskaren"),
    ),
    "götanät": dict(probe=r"götanät", rel=S("götanät götanäts")),
    "avbrottsersättning": dict(
        probe=r"avbrottsersättning",
        rel=S("avbrottsersättning avbrottsersättningen"),
    ),
    "elverk": dict(probe=r"elverk", rel=S("elverk elverken elverket"), comp=S("reservelverk")),
    "reservkraft": dict(
        probe=r"reservkraft",
        rel=S("reservkraft reservkraften"),
        comp=S("reservkraftverk reservkraftverket"),
    ),
    "skogsstyrelsen": dict(probe=r"skogsstyrelse", rel=S("skogsstyrelsen skogsstyrelsens")),
    "hemtjänst": dict(
        probe=r"hemtjänst",
        rel=S("hemtjänsten"),
        comp=S("hemtjänstpersonal hemtjänstpersonalen"),
    ),
    "emmaboda": dict(probe=r"emmaboda", rel=S("emmaboda")),
    "nybro": dict(probe=r"nybro", rel=S("nybro")),
    "högsby": dict(probe=r"högsby", rel=S("högsby")),
    "mönsterås": dict(probe=r"mönsterås", rel=S("mönsterås")),
    "timmerpris": dict(probe=r"timmerpris", rel=S("timmerpriset")),
    "mobilnät": dict(probe=r"mobilnät", rel=S("mobilnät mobilnäten mobilnätet")),
    "granbarkborre": dict(
        probe=r"granbarkborr",
        rel=S("granbarkborre granbarkborren granbarkborrens"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("stormar", "inflection", False, ("term", "storm")),
    ("avbrotten", "inflection", False, ("term", "avbrott")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("ledningarna", "inflection", False, ("term", "ledning")),
    ("generatorn", "inflection", False, ("term", "generator")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("avverkningen", "inflection", False, ("term", "avverkning")),
    ("röjningen", "inflection", False, ("term", "röjning")),
    ("skogsägarna", "inflection", False, ("term", "skogsägare")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("timret", "syncope", False, ("term", "timmer")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("kablar", "syncope", False, ("term", "kabel")),
    ("socknen", "syncope", False, ("term", "socken")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("natt", "umlaut", False, ("term", "natt")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("dotter", "umlaut", False, ("term", "dotter")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("mast", "compound", True, ("term", "mast")),
    ("träd", "compound", True, ("term", "träd")),
    ("väg", "compound", True, ("term", "väg")),
    ("mobil", "compound", True, ("term", "mobil")),
    ("kommun", "compound", True, ("term", "kommun")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("pris", "compound", True, ("term", "pris")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ('"utan ström"', "phrase", False, ("phrase", ["utan", "ström"])),
    ('"fallna träd"', "phrase", False, ("phrase", ["fallen", "träd"])),
    ('"rätt till ersättning"', "phrase", False, ("phrase", ["rätt", "till", "ersättning"])),
    ('"äldre på landsbygden"', "phrase", False, ("phrase", ["äldre", "på", "landsbygd"])),
    ('"Länsstyrelsen i Kalmar län"', "phrase", False, ("phrase", ["länsstyrelse", "i", "kalmar", "län"])),
    ('"stormfälld skog"', "phrase", False, ("phrase", ["stormfälld", "skog"])),
    ('"priset på timmer"', "phrase", False, ("phrase", ["pris", "på", "timmer"])),
    ('"kommunernas krisberedskap"', "phrase", False, ("phrase", ["kommun", "krisberedskap"])),
    ("Götanät avbrottsersättning", "boolean", False, ("and", ["götanät", "avbrottsersättning"])),
    ("elverk OR reservkraft", "boolean", False, ("or", ["elverk", "reservkraft"])),
    ("skogsägare -Skogsstyrelsen", "boolean", False, ("not", "skogsägare", "skogsstyrelsen")),
    ("hemtjänsten äldre", "boolean", False, ("and", ["hemtjänst", "äldre"])),
    ("Emmaboda OR Nybro", "boolean", False, ("or", ["emmaboda", "nybro"])),
    ("Högsby -Mönsterås", "boolean", False, ("not", "högsby", "mönsterås")),
    ("Skogsstyrelsen timmerpriset", "boolean", False, ("and", ["skogsstyrelsen", "timmerpris"])),
    ("källa:Kustposten hemtjänsten", "filter", False, ("filter", "Kustposten", "hemtjänst")),
    ("källa:Ljungen mobilnätet", "filter", False, ("filter", "Ljungen", "mobilnät")),
    ("källa:Kompass avbrottsersättning", "filter", False, ("filter", "Kompass", "avbrottsersättning")),
    ("källa:Aftonekot stormen", "filter", False, ("filter", "Aftonekot", "storm")),
    ("källa:Timmerbladet granbarkborre", "filter", False, ("filter", "Timmerbladet", "granbarkborre")),
    ("källa:Kraftnytt ledningarna", "filter", False, ("filter", "Kraftnytt", "ledning")),
    ("typ:opinion krisberedskap", "filter", False, ("filter", "opinion", "krisberedskap")),
    ("gran", "trap", False, ("term", "gran")),
    ("kraft", "trap", False, ("term", "kraft")),
    ("asp", "trap", False, ("term", "asp")),
    ("ström", "trap", False, ("term", "ström")),
    ("nät", "trap", False, ("term", "nät")),
    ("tak", "trap", False, ("term", "tak")),
    ("stolpe", "trap", False, ("term", "stolpe")),
    ("folk", "trap", False, ("term", "folk")),
    ("dag", "trap", False, ("term", "dag")),
    ("tall", "trap", False, ("term", "tall")),
    ("lind", "trap", False, ("term", "lind")),
    ("ved", "trap", False, ("term", "ved")),
    ("län", "trap", False, ("term", "län")),
]

HEADER = """# corpus_gale.json – judging notes

Invented crisis: the autumn storm Hedda sweeps in from the south-west on Sunday 1 November 2026 over Skåne, Blekinge, Kronoberg and Kalmar län (gusts of 39 m/s on Ölands södra udde, a red SMHI warning for the Kalmar coast). Trees fall over roads, railways (Kust till kust-banan, Stångådalsbanan, Södra stambanan) and power lines; 140 000 customers in southern Götaland lose electricity, 62 000 of them in Kalmar län, and tens of thousands are without power for a week or more (the last of the invented grid company Götanät's customers, near Ruda in Högsby, after thirteen days). Mobile networks go silent when the batteries in the masts run out, 112 cannot be reached, elderly people sit alone in cold houses in the rural parishes of Emmaboda, Nybro, Torsås and Högsby, hemtjänsten walks the last stretch, hemvärnet knocks on doors, bygdegårdar with generators become trygghetspunkter, wells stop when the pumps stop; three people die (carbon monoxide from a generator indoors, a forest worker, hypothermia). Länsstyrelsen i Kalmar län coordinates; the Electricity Act's 24-hour rule and avbrottsersättning (some 590 million kronor) are explained and debated, Energimarknadsinspektionen and PTS investigate, the government gives money and proposes new rules; Skogsstyrelsen estimates nine million cubic metres of felled forest, the timber price falls and recovers, the bark beetle threatens; the municipalities' crisis preparedness is criticised in letters, leaders, a tabloid review and a heated public meeting. Places and public bodies are real (Kalmar, Nybro, Emmaboda, Torsås, Högsby, Mönsterås, Oskarshamn and their villages and parishes, Öland, Karlskrona, Nättraby, Aspö, Tingsryd, Uppvidinge, Lessebo, Timmernabben, Påskallavik, Vättern, Strömsnäsbruk; SMHI, Länsstyrelsen, Skogsstyrelsen, Trafikverket, PTS, Ei, MSB, hemvärnet, LRF, Energiföretagen; their actions are invented); the storm, Götanät AB, Skogsägarna Sydost, Emådalens Såg, every person and all six outlets are invented: Kustposten (local daily for Kalmar län, with leaders "Kustposten anser", debate articles and letters), Radio Ljungen (local radio, with quotes and a commentary), Nyhetsbyrån Kompass (wire service, also carrying press releases), Aftonekot (national tabloid, with columns), Timmerbladet (forestry trade paper, with a column and a leader) and Kraftnytt (energy and grid trade paper, with a debate article). 124 articles (106 news, 18 opinion), published 14 October 2026 to 20 March 2027, +02:00 until 25 October and +01:00 after. The ids st001–st124 follow publication time.

Names that are also words: as in real news, several people have given names or surnames that are ordinary Swedish words: Lars Gran (chairman of Skogsägarna Sydost) and Lennart Gran (a volunteer in Kristvalla), Anna Kraft (Götanät's press officer), Per Asp (forester at Skogsstyrelsen), Johan Ström (a line worker), Eva Stolpe (Nybro's safety coordinator), Dag Holmqvist (the rescue chief in Kalmar), Tomas Lind (an opposition politician in Torsås) and Ingela Lind (Kalmar's city gardener). A Swedish reader never takes the surname Gran for a spruce or the given name Dag for a day, so each name is a lookalike (must_not) for the word it spells: *Gran* for `gran`, *Kraft* for `kraft`, *Asp* for `asp`, *Ström* for `ström`, *Stolpe* for `stolpe`, *Dag* for `dag`, *Lind* for `lind`. So that name and word can be classified apart, gale_build.py reads the capitalised tokens Gran, Kraft, Asp, Ström, Stolpe, Dag and Lind as tokens of their own, written *gran(namn)*, *kraft(namn)* and so on below; the words themselves are never written with a capital in the texts (never first in a title or a sentence), and check_names() fails the build if a capitalised name token stands in an article that does not name its person in full (or if *Dag* is not followed by *Holmqvist*). Other names built on the words are lookalikes too: *Ekström*, *Engström*, *Lindström*, *Bäckström*, *Åström* for `ström`; *Folke* (Folke Nyman, 88) and *Folkesson* for `folk`; *Linda*, *Lindberg*, *Lindqvist*, *Lindström*, the village *Lindås* for `lind`; *Asplund* and the island *Aspö* (*Aspöborna*, *Aspöfärjan*) for `asp`; *Tallberg* for `tall`; *Vedin* for `ved`; *Stormberg* for `stormar`; *Bondesson* for `bönder`; the place *Nättraby* for `nät` and `natt`; *Timmernabben* for `timret`; *Strömsnäsbruk* for `ström`; *Vättern* for `vattnet`. Names that are words but meet no query (Holm, Lund, Nord, Falk, Frisk, Fors, Blom, Bo, Per) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (and the noun, to be safe), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *stormar* (every *stormar* is the plural noun; the verb *storma* does not appear), *strömmar* (noun or verb), *master* meaning a degree (every *master* is masts), *dags* (*det är dags*), *regel* meaning a bolt, the noun *skada* beside the verb, the adjective *mobil*/*mobila* (only the noun *mobil*, *mobilen* is used), *ledning* meaning a leadership (every simplex *ledning*, *ledningen*, *ledningar* is a power line; leadership appears only in the compounds *krisledning(en)*, *krisledningsnämnd*). *byar* (villages or gusts) and *bo* meet no query.

How the lists were made: src/gale_articles.py holds the texts and src/gale_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: natt/nät, rot/röt, stad/städ, bonde/bön, väg/våg, gata/gåta, vatten/vätten, ström/strom, län/lån) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *rot* is *rot-*/*röt-* from the start of the word and *rötter*, *rött* anywhere (so *brott*, *trots*, *protest* are not probed); for `ledningarna` *led-* from the start and *ledning* anywhere. Tokens are runs of letters, so *VA-chef*, *Kust till kust-banan*, *24-timmarskravet* and *Per-Olof* are split. `python3 gale_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Relevance is lexical, as in the other corpora: an article about the storm's aftermath that never uses a form of *storm* (*Stormarknaden i Nybro*, *Stormöte i Emmaboda*, which say *ovädret* and *Hedda*) is must_not for `stormar` when its only probed tokens are lookalikes. For the traps the line between must_not and neither was drawn so: a token that contains the query's letters (or their diacritic variant) inside another word is a lookalike (must_not), whether that word is another lemma, a name, a place or an unrelated word that merely contains the letters (*kontakt*, *staket*, *enstaka* for `tak`; *aspekt* for `asp`; *installera*, *tallrikar* for `tall`; *noggrant* for `gran`; *länge*, *längs*, *lång-* for `län`); it is neither only where the probe found letters that are not the query's (*annat*, *kunnat*, *öppnat* for `natt`; *dröja*, *dröjt* for `röjningen`; *närmast* for `mast`; *husväggen* for `väg`; *bygga*, *bygger*, *byggt* for `bygd`; *eftersatt* for `ersättningen`; *ledamot* for `ledningarna`). The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *landsbygden*, *skogsvägar*, *ledningsgator*, *massavedspriset*, *vägföreningar* (väg first), *ambulansvägarna*; -e- *bygdegården*, *bygdeföreningen*; -u- *gatubelysningen*, *gatuchef*; -o- *kyrkogården*, *kyrkoherde*, *kyrkorådet*; none *mobilmaster*, *mobilnätet*, *mobiltelefon*, *glesbygden*, *skogsbygd*, *Storgatan*, *timmerpriset*, *underpris*, *lövträd*, *kantträd*, *riskträden*, *riksväg*, *länsväg*, *Slottsvägen*, *vägfärjan*, *kommunhuset*, *miljökommun*. A word inside a longer compound is don't care: *landsbygdsministern* for `bygd`, *stormprislistor* for `pris`, *stadsträdgårdsmästaren* for `träd`, *elnätsbolagen*, *elnätsföretag(en/ens)*, *elnätsfakturan* for `nät`, *kärnkraftverk*, *reservkraftverk(et)* for `kraft`, *massavedspriset* for `ved`, *krisledningsnämnd(en/er)* for `ledningarna`; the derivation *kommunalrådet* is don't care for `kommun`.
- **mast** (compound): the adjective *mastig* (*en mastig rapport*, another lemma) → must_not; *närmast*, *närmaste* neither. **träd**: the verb *träda* and its compounds (*träda i kraft*, *sammanträdde*, *tillträder*, *efterträdare*) → must_not. **väg**: the adverbs *iväg* and *i förväg* (they end in *väg* but are not roads), the verb *väga*/*väger*, *vägrade* and *vågorna* (diacritic pair) → must_not; *väggen*, *husväggen* neither. **mobil**: *mobiliserar* → must_not. **kommun**: *kommunikationen*, *kommunicerat* → must_not. **bygd**: the participle *byggd* in *nybyggda*, *ombyggda* (spelled like *bygd* with one more g) → must_not; the other forms of *bygga* neither. **pris**: the verb *prisar* (praises) → must_not. **gata**: *gåta* → must_not. **kyrka**: no lookalike in the texts.
- **gran** (trap): the names *Gran* (Lars Gran, Lennart Gran), *granne* in all its forms and compounds (*grannen*, *grannar(na)*, *grannens*, *granngård*, *grannlänen*, *grannlänet*), *granska* in all its forms (*granskar*, *granskas*, *granskning(en)*) and *noggrant* → must_not; *granskog(en)*, *grantimmer*, *granbestånd*, *granbarkborre(n/ns)* compounds (don't care).
- **kraft** (trap): the name *Kraft* (Anna Kraft) and the adjective *kraftig*, *kraftiga*, *kraftigt* (another lemma) → must_not; *med full kraft*, *med enorm kraft* and *träda i kraft* are the noun → relevant; *reservkraft(en)* compounds.
- **asp** (trap): the name *Asp* (Per Asp), *aspekt*, *Asplund*, *Aspö*, *Aspöbon*, *Aspöborna*, *Aspöfärjan* → must_not; *asp*, *aspar* (the tree) relevant.
- **ström** (trap): the name *Ström* (Johan Ström), the surnames *Ekström* (the governor Karin Ekström), *Engström*, *Lindström*, *Bäckström*, *Åström*, the verb *strömmade*, the fish *strömming* and *strömmingsfisket*, and the place *Strömsnäsbruk* → must_not; *en jämn ström* (of lorries) is the noun → relevant; *strömavbrott*, *strömlös(a)* compounds.
- **nät** (trap): the adjective *nätt* (*nätt och jämnt*), *nätterna* (natt) and *Nättraby* → must_not; *elnätet*, *mobilnätet*, *nätbolag-*, *nätavgift-*, *nätkostnad-*, *skyddsnätet* compounds; the company name *Götanät* → don't care (as *Klarskog* for `skog`).
- **tak** (trap): *takten*, *arbetstakten*, *rekordtakt*, *kontakt(en)*, *kontaktledningar*, *kontaktuppgifter*, *staket*, *enstaka* → must_not; *tak* is one noun whether a roof or a cap (*ett tak på 300 procent*, *taket tas bort*), so both are relevant; *takplåtar*, *takläggare* compounds.
- **stolpe** (trap): the name *Stolpe* (Eva Stolpe) and the adjective *stolpiga* → must_not; *stolpar*, *stolparna* relevant; *lyktstolpar*, *trästolpar*, *reservstolpar* compounds.
- **folk** (trap): the given name *Folke*, *Folkesson* and the verb *befolkade* (*glest befolkade*) → must_not.
- **dag** (trap): the given name *Dag* (Dag Holmqvist), the adjective *dagliga*, the adverb *dagligen* and *gammaldags* → must_not; *i dag*, *om dagen*, *varje dag*, *dagar(na)*, *dagens* relevant; the weekdays and *eftermiddag(en)* are compounds, don't care.
- **tall** (trap): *tallrikar*, *Tallberg* and *installera* → must_not; *tallskogen* compound.
- **lind** (trap): the name *Lind* (Tomas Lind, Ingela Lind), *Linda*, *Lindberg*, *Lindqvist*, *Lindström*, *Lindås* and the verb and adjective *lindrar*, *lindrigare* → must_not; *lindar*, *lindarna* (the lime trees of the avenue in Kalmar) relevant.
- **ved** (trap): *vedertagen* and the surname *Vedin* → must_not; *vedspisen*, *vedkamin(er)*, *björkved*, *massaved(en)*, *bränsleved* compounds.
- **län** (trap): *lån*, *lånet*, *låna*, *lånad*, *lånat* (diacritic pair), *länge*, *längre*, *längs*, *längst*, *förlänger*, *förlängningssladd*, *länken*, *slängt*, *slängts* and the *lång-* words (*lång*, *långa*, *långt*, *långsamt*, *långvariga*, *Långasjö*) → must_not; *Länsstyrelsen*, *länsväg*, *grannlänet*, *länsrådet* compounds.
- **stormar**: the adjective *stormig*, *stormigt*, *stormarknaden*, *stormöte*, *stormötet* and the surname *Stormberg* → must_not; *stormkök* (a camping stove) → don't care; *stormfälld*, *stormlinje*, *stormvirke*, *superstormen* … compounds. **avbrotten**: *avbröt* and *oavbrutet* → must_not; *strömavbrott*, *elavbrott*, *avbrottsersättning* compounds. **ersättningen**: the verb *ersätta*, *ersätter*, *ersättas* → must_not. **ledningarna**: the verb *leda*, *ledde* → must_not; *luftledningar*, *kontaktledningar*, *ledningsgator*, *krisledning(en)* compounds. **generatorn**: *generation*, *generellt*, *generöst* → must_not; *dieselgenerator* compound. **varningen**: *varnar*, *varnat*, *varnad* → must_not. **avverkningen**: *avverka*, *avverkar*, *avverkas* → must_not. **röjningen**: the verb *röja* and its forms (*röj*, *röjas*, *röjda*, *röjde*, *röjt*) → must_not; *röjare* (a person noun of the verb) → don't care; *röjningsarbetet* compound. **skogsägarna**: no lookalike; *Skogsägarna Sydost* names the forest owners and is relevant.
- **mörkret**: the adjective *mörk* (*mörka*, *mörkt*, *mörklagda*) → must_not. **timret**: *timme*, *timmar*, *timmes*, *24-timmarskravet*, *tolvtimmarspass* and the place *Timmernabben* → must_not; *Timmerbladet* (the outlet named in its own leader's title) don't care; *grantimmer*, *timmerpriset* … compounds. **reglerna**: *reglerat*, *regleras* → must_not; *huvudregeln* compound; *en vedertagen regel* is relevant. **vattnet**: the verb *vattnas*, *bevattnar*, *bevattnade* and the lake *Vättern* → must_not. **kablar**: *kablades* (*beskedet kablades ut*) → must_not. **socknen**: *blodsockret* → must_not.
- **rötter**: *rotat* (*rotat fram*) and *rött* (*ett rött torp*) → must_not; *rotvälta(n)* compound. **natt**: *nätt*, *nät* and every *nät* word (*nätet*, *elnätet*, *mobilnätet*, *nätbolagen*, *Götanät* …) and *Nättraby* → must_not (as *nätet* for `natt` in corpus_fire); *midnatt*, *nattetid* compounds; *i söndags natt*, *de första nätterna* relevant. **bönderna**: *Bondesson* → must_not; *mjölkbonden* compound. **dotter**: *dött* (*batteriet hade dött*) → must_not. **städer**: *bostad*, *verkstad* and the verb *städa* (*städat*, *städningen*, *städning*) → must_not; *staden* relevant. **ledamöter**: no lookalike.
- **Phrases**: forms must be adjacent and in order in one sentence. `"utan ström"`: *utan ström* relevant; *strömmen* with *utan* elsewhere (*utan möjlighet*) → must_not; *utan el* is not *ström*. `"fallna träd"`: *fallna träd*, *de fallna träden* relevant; *fallna granar* with *träd* elsewhere → must_not; *nedfallna* is not probed as the adjective. `"rätt till ersättning"`: *rätt till ersättning*, *rätten till ersättning* relevant; *rätt till pengar* with *Ersättningen* elsewhere → must_not; *rätt till avbrottsersättning* would be a compound (don't care), but the one article that has it also has *rätten till ersättning*. `"äldre på landsbygden"`: relevant as written; *de äldre som bor ensamma på landsbygden*, *äldre än tio år … på landsbygden* → must_not. `"Länsstyrelsen i Kalmar län"`: relevant as written; *Länsstyrelsen i Jönköpings län* with *Kalmar* elsewhere → must_not. `"stormfälld skog"`: *stormfälld skog*, *den stormfällda skogen* relevant; *stormfällt virke … skogen*, *stormfälld gran … skogen* → must_not; with *skog* only inside compounds (*skogsägare*) don't care. `"priset på timmer"`: relevant as written; *Priserna på massaved … timmer* → must_not; *timmerpriset* alone is a compound (don't care). `"kommunernas krisberedskap"`: *kommunernas krisberedskap* and *kommunens krisberedskap* (forms of *kommun*) relevant; *krisberedskapen i kommunerna*, *kommunens politiker … krisberedskapen* → must_not.
- **Booleans**: AND – an article with only some of the terms is must_not; one where a missing term is only inside a compound (*hemtjänstpersonal*) is don't care. NOT – an article with the excluded term is must_not (*Skogsstyrelsen*, *Mönsterås*). OR – articles whose only match is a compound (*reservelverk*, *reservkraftverk*) are don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Kustposten*, *Ljungen*, *Kompass*, *Aftonekot*, *Timmerbladet*, *Kraftnytt*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens outside names")
    fire_build.build("gale", "st", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
