#!/usr/bin/env python3
"""Builds corpus_winter.json and corpus_winter.md from winter_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 winter_build.py [-v]
"""

import fire_build
from winter_articles import ARTICLES


S = fire_build.S

# Every nät-form of the corpus: relevant for the trap `nät`, lookalikes for `nätter`.
NAT_COMP = S("elnät elnäten elnätens elnätet elnäts kraftnät kraftnäts lokalnät lokalnäten lokalnätet mobilnät mobilnäten "
             "mobilnätet nätanalytiker nätavgift nätavgiften nätavgifter nätbolag nätbolagen nätbolagens nätbolaget "
             "nätexpert nätkostnad nätkostnaden regionnätet regionnätsledningarna regionnätsägarna stamnätet vägnät "
             "vägnätet")
NAT_REL = S("nät nätet näten")
NATT_REL = S("natt natten nätter nätterna")
NATT_COMP = S("januarinatt midnatt skräcknatten")

CONCEPTS = {
    # --- inflection ---
    "hushåll": dict(
        probe=r"hushåll",
        rel=S("hushåll hushållen"),
        no=S("hushålla"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningen"),
        comp=S("avbrottsersättning avbrottsersättningen"),
        no=S("ersätta ersätter ersätts"),
    ),
    "generator": dict(
        probe=r"gener|elverk",
        rel=S("generatorer generatorn"),
        dc=S("elverk elverken elverket elverksförsäljningen reservelverk"),
        no=S("generaldirektören generation generationer generellt"),
    ),
    "plogbil": dict(
        probe=r"plog",
        rel=S("plogbilar plogbilarna"),
        dc=S("plogen"),
        no=S("oplogade plogad plogade plogar plogat plogningen"),
    ),
    "förgiftning": dict(
        probe=r"förgift",
        rel=S("förgiftning förgiftningen"),
        comp=S("kolmonoxidförgiftning"),
        no=S("förgiftad förgiftats"),
    ),
    "reparation": dict(
        probe=r"repar",
        rel=S("reparationer reparationerna"),
        no=S("reparera"),
    ),
    "strömavbrott": dict(
        probe=r"strömavbr|elavbr",
        rel=S("strömavbrott strömavbrotten strömavbrottet"),
        dc=S("elavbrott"),
    ),
    "resenär": dict(
        probe=r"resenär",
        rel=S("resenärer resenärerna"),
        comp=S("tågresenärer tågresenärerna"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningarna varningen"),
        comp=S("varningsnivån"),
        no=S("varnade varnar"),
        nei=S("arbetsgivarna brandvarnare brandvarnaren gravarna"),
    ),
    # --- syncope ---
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vintrar"),
        comp=S("vinterförberedda vinterkläder vinterland vinterväghållningen vinterväglag"),
        no=S("vintrigt"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörkt"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("förhindra förhindrat"),
    ),
    "kabel": dict(
        probe=r"kab",
        rel=S("kabel kablarna"),
        comp=S("jordkabel"),
        dc=S("jordkabla jordkablas jordkabling"),
    ),
    "finger": dict(
        probe=r"fing",
        rel=S("finger fingrar fingrarna"),
        no=S("fingerat"),
    ),
    "oväder": dict(
        probe=r"väd",
        rel=S("oväder ovädret"),
        comp=S("snöoväder snöovädret"),
        dc=S("väder vädret extremväder"),
        no=S("vädjar"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=NATT_REL,
        comp=NATT_COMP,
        no=NAT_REL | NAT_COMP,
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("foten fötter fötterna"),
        comp=S("takfoten"),
        no=S("fotograf fotograferat"),
    ),
    "bonde": dict(
        probe=r"bond|bönd",
        rel=S("bonde bonden bönder bönderna"),
        comp=S("mjölkbonden mjölkbönderna"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen söner sönerna"),
        no=S("söndag söndagen söndagskvällen söndagsmorgonen sönder"),
    ),
    "lång": dict(
        probe=r"l[åä]ng",
        rel=S("lång långa långt längre längst"),
        comp=S("långvariga"),
        dc=S("länge långsam långsamt långsele"),
        no=S("baklänges förlängningen längd längs slänga slängt ullånger"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer städerna"),
        dc=S("pilgrimstad"),
        no=S("bostaden kostade lagstadgad städas"),
    ),
    # --- compounds ---
    "snö": dict(
        probe=r"snö",
        rel=S("snö snön"),
        comp=S("blötsnö blötsnön nysnö snödjup snödrev snödriva snöfall snöflak snöhögen snökaoset snömassor "
               "snömassorna snömängder snömängderna snöoväder snöovädret snöröjarna snöröjning snöröjningen snöskoter "
               "snöskotrar snöstorm snöstormen snötyngda"),
        dc=S("igensnöade"),
        no=S("missnöjd missnöjda snöa snöade snöar snöat"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        comp=S("strömavbrott strömavbrotten strömavbrottet strömlösa"),
        dc=S("strömsund strömsunds"),
        no=S("ekström fjällström hallström sandström strömberg strömmade sundström wikström åström"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taken taket"),
        comp=S("hustak ladugårdstaket takfoten takras takstolar"),
        no=S("intakt kontakt kontaktledningen takt"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gårdarna gården"),
        comp=S("bygdegård bygdegårdar bygdegårdarna bygdegården kyrkogårdarna kyrkogården ladugård ladugården "
               "ladugårdstaket mjölkgårdar"),
        dc=S("bispgården pålgård kyrkogårdsförvaltningens"),
        no=S("gårdagen"),
    ),
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gatan gator"),
        comp=S("gatuavdelning ledningsgatan ledningsgator ledningsgatorna storgatan villagatorna"),
        no=S("gåtan"),
        nei=S("aggregat bärgats gått legat plogat tillbringat ögat"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("hemtjänst hemtjänsten hemtjänstens räddningstjänst räddningstjänsten tjänsteman"),
        dc=S("hemtjänstbrukare hemtjänstgrupp"),
        no=S("förtjänar tjänade"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olyckan olyckor"),
        comp=S("fallolyckor olycksplatserna"),
        no=S("olycklig"),
    ),
    "beredskap": dict(
        probe=r"bered",
        rel=S("beredskap beredskapen"),
        comp=S("beredskapsdirektör beredskapsdirektören beredskapsplan beredskapsplaner beredskapssamordnare "
               "elberedskap elberedskapen elberedskapsmyndighet hemberedskap hemberedskapen krisberedskap "
               "krisberedskapen"),
        no=S("beredda förbered förberedda förbereder vinterförberedda"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft"),
        comp=S("kraftnät kraftnäts motståndskraft reservkraft reservkraften reservkraftverk reservkraftverken"),
        dc=S("elkraftsgruppen elkraftteknik motståndskraftiga"),
        no=S("kraftiga kraftigt"),
    ),
    # --- traps ---
    "gran": dict(
        probe=r"gran",
        rel=S("gran granar granarna"),
        no=S("granlund grannar grannarna granne grannen grannens granskar granskare granskas granskning"),
    ),
    "storm": dict(
        probe=r"storm",
        rel=S("storm stormen"),
        comp=S("snöstorm snöstormen stormbyar stormstyrka"),
        no=S("stormarknad stormarknaden stormarknaderna stormöte stormötet"),
    ),
    "tö": dict(
        probe=r"tö",
        rel=S("tö töet"),
        no=S("aktör beredskapsdirektör beredskapsdirektören byggnadsinspektör elinstallatören förstörd "
             "generaldirektören konduktören krisstöd montörer operatörerna regiondirektören samtalsstöd stöd stödet "
             "stödja störningar större störst största stöttar stöttat tömda tömde utökad"),
    ),
    "rim": dict(
        probe=r"rim",
        rel=S("rim"),
        no=S("orimligt pilgrimstad rimligen rimligt"),
    ),
    "ved": dict(
        probe=r"ved",
        rel=S("ved veden"),
        comp=S("vedkamin vedspis vedspisar vedspisen"),
        no=S("vedertagen"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil"),
        no=S("arbetsmiljöverket familj familjen familjer miljarder miljon miljoner"),
    ),
    "sand": dict(
        probe=r"s[aä]nd",
        rel=S("sand sanden"),
        dc=S("härnösand"),
        no=S("insändare sandberg sandström"),
    ),
    "nät": dict(
        probe=r"natt|nätt|nät",
        rel=NAT_REL,
        comp=NAT_COMP,
        no=NATT_REL | NATT_COMP,
    ),
    "frys": dict(
        probe=r"frys|frös|frus",
        rel=S("frys frysarna frysen"),
        comp=S("frysanmälningar frysskador"),
        no=S("frusen frusit frusna frustrationen frysa fryser frös förfrysning förfrysningsskador"),
    ),
    "träd": dict(
        probe=r"träd",
        rel=S("träd träden"),
        comp=S("kantträd kantträden riskträd trädsäkring"),
        no=S("framträda träda trädde"),
    ),
    "tur": dict(
        probe=r"tur",
        rel=S("tur"),
        no=S("fakturan infrastrukturfond naturkatastrof temperaturen"),
    ),
    "hal": dict(
        probe=r"^hal|hall",
        rel=S("hal halast halt"),
        dc=S("halkade halkat"),
        no=S("hallberg hallen hallström halva halverade halvt idrottshallar ishall ishallen sporthallen "
             "sporthallens"),
    ),
    "drivor": dict(
        probe=r"driv",
        rel=S("driva drivor drivorna"),
        comp=S("snödriva"),
        no=S("batteridrivet driver fyrhjulsdrivna traktordrivet"),
    ),
    # --- words of phrases, booleans and filters ---
    "röd": dict(probe=r"^r[öo]d|^rött", rel=S("röd röda rött")),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "fastna": dict(probe=r"^fastn", rel=S("fastnade fastnar fastnat")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "röjning": dict(
        probe=r"röj",
        rel=S("röjning röjningen"),
        comp=S("röjningsbudgetar snöröjning snöröjningen"),
        dc=S("snöröjarna"),
        no=S("röja röjda röjer röjt röjts"),
        nei=S("dröja dröjde dröjer"),
    ),
    "längs": dict(probe=r"^längs$", rel=S("längs")),
    "ledning": dict(
        probe=r"ledning",
        rel=S("ledning ledningar ledningarna ledningen"),
        comp=S("kontaktledningen luftledning luftledningar luftledningarna regionnätsledningarna ledningsgatan "
               "ledningsgator ledningsgatorna"),
        nei=S("anledning kommunledningen krisledning krisledningen krisledningens krisledningschef ledningscentral"),
    ),
    "stängd": dict(
        probe=r"^stäng",
        rel=S("stängd stängda"),
        nei=S("stänga stängas stänger stängningarna stängt"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolor skolorna"),
        comp=S("förskolor förskolorna grundskolor grundskolorna gymnasieskolor skolbussar skolchef skolchefen "
               "skolskjutsarna skolskjutsen skolskjutsvägar skolverket"),
    ),
    "brist": dict(
        probe=r"^brist",
        rel=S("brist brister bristerna"),
        nei=S("bristande bristfällig"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "information": dict(probe=r"^informat", rel=S("information informationen")),
    "än": dict(probe=r"^än$", rel=S("än")),
    "tolv": dict(probe=r"^tolv$", rel=S("tolv")),
    "timme": dict(probe=r"^timm", rel=S("timme timmar timmars")),
    "hemtjänst": dict(
        probe=r"hemtjänst",
        rel=S("hemtjänst hemtjänsten hemtjänstens"),
        comp=S("hemtjänstbrukare hemtjänstgrupp"),
    ),
    "personal": dict(probe=r"^personal", rel=S("personal personalen")),
    "gällö": dict(probe=r"gällö", rel=S("gällö")),
    "bräcke": dict(probe=r"bräck", rel=S("bräcke bräckes")),
    "försvarsmakten": dict(probe=r"försvarsmakt", rel=S("försvarsmakten försvarsmaktens")),
    "hemvärn": dict(
        probe=r"hemvärn",
        rel=S("hemvärnet hemvärnets"),
        comp=S("hemvärnsförband hemvärnssoldat hemvärnssoldater hemvärnssoldaterna"),
    ),
    "nordanel": dict(probe=r"nordanel", rel=S("nordanel nordanels")),
    "kolmonoxid": dict(
        probe=r"kolmonoxid",
        rel=S("kolmonoxid kolmonoxiden"),
        comp=S("kolmonoxidförgiftning kolmonoxidlarm"),
    ),
    "sundsvall": dict(probe=r"sundsvall", rel=S("sundsvall")),
    "härnösand": dict(probe=r"härnösand", rel=S("härnösand")),
    "trygghetslarm": dict(probe=r"trygghetslarm", rel=S("trygghetslarm trygghetslarmen")),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkringen"),
        comp=S("försäkringsbolag försäkringsbolagen hemförsäkringar hemförsäkringen"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tågen tåget"),
        comp=S("godståg tågbolaget tågresenärer tågresenärerna tågtrafik tågtrafiken"),
        dc=S("norrtåg"),
        no=S("akutmottagning akutmottagningen deltagarna energiföretagen medtagna misstag misstagen taget tagit "
             "vedertagen åkeriföretag"),
        nei=S("sabotageaktion"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("hushållen", "inflection", False, ("term", "hushåll")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("generatorn", "inflection", False, ("term", "generator")),
    ("plogbilarna", "inflection", False, ("term", "plogbil")),
    ("förgiftningen", "inflection", False, ("term", "förgiftning")),
    ("reparationerna", "inflection", False, ("term", "reparation")),
    ("strömavbrotten", "inflection", False, ("term", "strömavbrott")),
    ("resenärerna", "inflection", False, ("term", "resenär")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("kablarna", "syncope", False, ("term", "kabel")),
    ("fingrarna", "syncope", False, ("term", "finger")),
    ("ovädret", "syncope", False, ("term", "oväder")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("bonden", "umlaut", False, ("term", "bonde")),
    ("söner", "umlaut", False, ("term", "son")),
    ("längre", "umlaut", False, ("term", "lång")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("snö", "compound", True, ("term", "snö")),
    ("ström", "compound", True, ("term", "ström")),
    ("tak", "compound", True, ("term", "tak")),
    ("gård", "compound", True, ("term", "gård")),
    ("gata", "compound", True, ("term", "gata")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("beredskap", "compound", True, ("term", "beredskap")),
    ("kraft", "compound", True, ("term", "kraft")),
    ('"röd varning"', "phrase", False, ("phrase", ["röd", "varning"])),
    ('"utan ström"', "phrase", False, ("phrase", ["utan", "ström"])),
    ('"fastnade i snön"', "phrase", False, ("phrase", ["fastna", "i", "snö"])),
    ('"röjning längs ledningarna"', "phrase", False, ("phrase", ["röjning", "längs", "ledning"])),
    ('"stängda skolor"', "phrase", False, ("phrase", ["stängd", "skola"])),
    ('"brist på information"', "phrase", False, ("phrase", ["brist", "på", "information"])),
    ('"längre än tolv timmar"', "phrase", False, ("phrase", ["lång", "än", "tolv", "timme"])),
    ('"hemtjänstens personal"', "phrase", False, ("phrase", ["hemtjänst", "personal"])),
    ("Gällö Bräcke", "boolean", False, ("and", ["gällö", "bräcke"])),
    ("Försvarsmakten OR hemvärnet", "boolean", False, ("or", ["försvarsmakten", "hemvärn"])),
    ("strömavbrott -Nordanel", "boolean", False, ("not", "strömavbrott", "nordanel")),
    ("generator kolmonoxid", "boolean", False, ("and", ["generator", "kolmonoxid"])),
    ("Sundsvall OR Härnösand", "boolean", False, ("or", ["sundsvall", "härnösand"])),
    ("trygghetslarm hemtjänsten", "boolean", False, ("and", ["trygghetslarm", "hemtjänst"])),
    ("ersättning -försäkring", "boolean", False, ("not", "ersättning", "försäkring")),
    ("källa:Tjäle strömavbrott", "filter", False, ("filter", "Tjäle", "strömavbrott")),
    ("källa:Storsjöbladet tåget", "filter", False, ("filter", "Storsjöbladet", "tåg")),
    ("källa:Blixten generatorn", "filter", False, ("filter", "Blixten", "generator")),
    ("källa:Spänningen röjningen", "filter", False, ("filter", "Spänningen", "röjning")),
    ("källa:Indal hemtjänsten", "filter", False, ("filter", "Indal", "hemtjänst")),
    ("typ:opinion beredskap", "filter", False, ("filter", "opinion", "beredskap")),
    ("typ:opinion ersättning", "filter", False, ("filter", "opinion", "ersättning")),
    ("gran", "trap", False, ("term", "gran")),
    ("storm", "trap", False, ("term", "storm")),
    ("tö", "trap", False, ("term", "tö")),
    ("rim", "trap", False, ("term", "rim")),
    ("ved", "trap", False, ("term", "ved")),
    ("mil", "trap", False, ("term", "mil")),
    ("sand", "trap", False, ("term", "sand")),
    ("nät", "trap", False, ("term", "nät")),
    ("frys", "trap", False, ("term", "frys")),
    ("träd", "trap", False, ("term", "träd")),
    ("tur", "trap", False, ("term", "tur")),
    ("hal", "trap", False, ("term", "hal")),
    ("drivor", "trap", False, ("term", "drivor")),
]

HEADER = """# corpus_winter.json – judging notes

Invented crisis: after an orange warning on Tuesday 12 January 2027, SMHI raises a red warning (snow and hard wind) for Västernorrland and eastern Jämtland from Thursday 14 to Friday 15 January. Up to 80 cm of wet snow falls. Trafikverket closes the E4 between Härnösand and Örnsköldsvik, where over 250 lorries stand still at Docksta and Skuleskogen for up to three nights, and the E14 between Bräcke and Pilgrimstad. A train of the invented operator Mittexpressen, from Sundsvall to Östersund with 187 passengers, stops between Bräcke and Gällö when trees fall on the contact line. It sticks in a drift, loses its heating before midnight and is evacuated by the Home Guard's tracked vehicles to the community hall in Gällö after some fifteen hours. Trees bent by the snow break the lines. Up to 94 000 customers are without power, 61 000 of them with the invented grid company Nordanel Elnät, and some for up to nine days, mostly in Ragunda, Sollefteå, Strömsund and Bräcke. Mobile masts and digital safety alarms go dead, and home care cannot reach its clients. The Armed Forces and Home Guard (Västernorrlandsgruppen, Fältjägargruppen, K4) carry staff, firewood and water. Schools close. Roofs collapse: a sports hall in Långsele, a barn in Bispgården with 14 cows killed, later roofs in Ramsele, Junsele and Sundsvall. A 74-year-old man in Hammarstrand dies of carbon-monoxide poisoning from a generator in a garage joined to the house, and his wife survives. From late January to June follow compensation for the outages under the Electricity Act (outages longer than twelve hours), freezers and insurance, farmers' crisis aid, and criticism of Nordanel's halved spending on tree clearance along the lines. Energimarknadsinspektionen finds that Nordanel broke the 24-hour rule, Nordanel appeals and loses in Förvaltningsrätten i Linköping. There is also Svenska kraftnät's too thin electricity preparedness, the regions' and municipalities' crisis management (no list of power-dependent patients, lack of information), a government inquiry, a Riksdag debate and the debate over household and municipal preparedness. Places and public bodies are real (Sundsvall, Härnösand, Kramfors, Sollefteå, Örnsköldsvik, Timrå, Ragunda with Hammarstrand, Stugun and Bispgården, Bräcke with Gällö, Stavre, Nyhem and Pålgård, Östersund with Brunflo, Lit and Tandsbyn, Krokom, Strömsund with Backe, Docksta, Nordingrå, Ullånger, Bollstabruk, Långsele, Ramsele, Junsele, Helgum, Pilgrimstad; SMHI, Trafikverket, Svenska kraftnät, Energimarknadsinspektionen, Myndigheten för civilt försvar, Försvarsmakten, Länsstyrelsen, Region Västernorrland, Region Jämtland Härjedalen, Giftinformationscentralen, Boverket, PTS, Transportstyrelsen, Jordbruksverket, Elsäkerhetsverket, Konsumenternas energimarknadsbyrå, Kommunal, LRF, Energiföretagen Sverige, Mellanskog, Förvaltningsrätten i Linköping). What they do here is invented. The grid company Nordanel Elnät, the train operator Mittexpressen, every person and all seven outlets are invented: Nyhetsbyrån Tjäle (wire service, also carrying press releases), Storsjöbladet (local daily, Östersund and Jämtland), Ådalskuriren (local daily, Kramfors, Härnösand, Sollefteå), Radio Indal (local radio, spoken style, with quotes), Blixten (national tabloid), Spänningen (grid trade paper) and Dagsläget (national daily). There are 123 articles (105 news and 18 opinion: leaders, debate articles, columns, a radio commentary and letters), published 12 January to 15 June 2027, +01:00 until 27 March and +02:00 from 28 March. The ids x001–x123 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* appears only as the noun: *en 74-årig man*, *min man*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *ledning* in the sense of management (every *ledning*, *ledningen*, *ledningar*, *ledningarna* is a power line; management is only in compounds such as *krisledningen* and *kommunledningen*, which are neither), *tur* in the sense of a trip or a turn (*turen*, *turer*, *i tur och ordning*; every *tur* is luck), the noun *halt* (content, stop; every *halt* is the adjective *hal*, and the noun appears only in other words), the verb *driva* in the infinitive (the only *driva* is the noun, a snowdrift), the imperative *frys*, *rim* as rhyme, the verb *sanda*, and *långa* as the fish. The grid company is named *Nordanel Elnät* so that no company name reads as the bare word *nät*.

How the lists were made: src/winter_articles.py holds the texts and src/winter_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: tåg/tag, gård/gard, gata/gåta, natt/nät/nätt, son/sön, fot/föt, stad/städ, lång/läng, bonde/bönd, sand/sänd, frys/frös/frus) lists every corpus token that contains the stem. Each token was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *son* starts at the beginning of the word (*son-*, *sön-*) and also takes *söner* and *sonen* anywhere. *hal* is probed as *hal-* from the start and *hall* anywhere. Tokens are runs of letters, so *E4*, *E14* and *SMHI:s* leave only letters, and numbers are not tokens. This is why the phrase *längre än tolv timmar* is written with the number in words. `python3 winter_build.py -v` in src/ regenerates the JSON and this file. It also checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins. Otherwise a compound (with compounds:false) or a debatable form makes it don't care, even if a lookalike is there too. An article is must_not only when its only matches are lookalikes. One line per query:

- **hushållen** (inflection): *hushåll*, *hushållen* relevant. The verb *hushålla* (*hushålla med veden*) is must_not.
- **ersättningen**: *ersättning*, *ersättningen* relevant, and *avbrottsersättning(en)* is a compound (don't care). The verb *ersätta*, *ersätter*, *ersätts* (*bussar ersätter tågen*) is must_not.
- **generatorn**: *generatorn*, *generatorer* relevant. The synonym *elverk* (*elverket*, *elverken*, *reservelverk*) is don't care. *generation(er)*, *generellt*, *generaldirektören* are lookalikes → must_not.
- **plogbilarna**: *plogbilar*, *plogbilarna* relevant, *plogen* don't care. The verb *ploga* (*plogar*, *plogade*, *plogad*, *plogat*, *oplogade*) and the noun *plogningen* are other lemmas → must_not.
- **förgiftningen**: *förgiftning(en)* relevant, *kolmonoxidförgiftning* a compound. The participle and verb *förgiftad*, *förgiftats* are must_not.
- **reparationerna**: *reparationer(na)* relevant. The verb *reparera* is must_not.
- **strömavbrotten**: *strömavbrott(et/en)* relevant. The synonym *elavbrott* is don't care. There is no lookalike.
- **resenärerna**: *resenärer(na)* relevant, *tågresenärer(na)* compounds. There is no lookalike.
- **varningen**: *varning*, *varningen*, *varningarna* relevant. The verb *varnar*, *varnade* is must_not. *brandvarnare*, *arbetsgivarna* and *gravarna* are neither.
- **vintrar** (syncope): *vinter*, *vintern*, *vintrar* relevant. The adjective *vintrigt* is must_not. *vinterväglag*, *vinterkläder* and the like are compounds.
- **mörkret**: *mörker*, *mörkret* relevant. The adjective *mörkt* is must_not.
- **hindret**: *hinder*, *hindret* relevant. The verb *förhindra(t)* is must_not.
- **kablarna**: *kabel*, *kablarna* relevant, *jordkabel* a compound. *jordkabla(s)* and *jordkabling* are made from the verb → don't care.
- **fingrarna**: *finger*, *fingrar*, *fingrarna* relevant. *fingerat* (a simulated outage, another lemma) is must_not.
- **ovädret**: *oväder*, *ovädret* relevant, *snöoväder(et)* compounds. *väder*, *vädret* and *extremväder* are a related lemma → don't care. The verb *vädjar* is must_not.
- **nätter** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant, *midnatt*, *januarinatt* and *skräcknatten* compounds. Every form of *nät* (*nätet*, *elnätet*, *nätbolagen*, *mobilnätet*, *kraftnät* …) is a lookalike → must_not.
- **fötterna**: *foten*, *fötter*, *fötterna* relevant, *takfoten* a compound. *fotograf*, *fotograferat* are must_not.
- **bonden**: *bonde*, *bonden*, *bönder*, *bönderna* relevant, *mjölkbonden* and *mjölkbönderna* compounds. There is no lookalike.
- **söner**: *son*, *sonen*, *söner*, *sönerna* relevant. *söndag(en)*, *söndagsmorgonen*, *söndagskvällen* and *sönder* are must_not.
- **längre**: *lång*, *långa*, *långt*, *längre*, *längst* relevant. The adverb *länge* (whose comparative is also *längre*), *långsam(t)*, the compound *långvariga* and the place *Långsele* are don't care. The preposition *längs*, the nouns *längd* and *förlängningen*, *baklänges*, *slänga/slängt* and the place *Ullånger* are must_not.
- **städer**: *staden*, *städer*, *städerna* relevant, and the place *Pilgrimstad* is don't care. *bostaden*, *städas* (städa), *kostade* and *lagstadgad* are must_not.
- **snö** (compound): *snö*, *snön* and every compound that begins or ends with it (*snöovädret*, *snöstormen*, *snödriva*, *blötsnö*, *nysnö* …) are relevant. *igensnöade* (from the verb) is don't care. The verb *snöa* (*snöar*, *snöade*, *snöat*) and *missnöjd(a)* are must_not.
- **ström**: *ström*, *strömmen*, *strömavbrott(et/en)* and *strömlösa* are relevant. The place *Strömsund(s)* is don't care. The verb *strömmade* and the surnames ending or beginning in -ström (*Wikström*, *Åström*, *Hallström*, *Sandström*, *Sundström*, *Ekström*, *Fjällström*, *Strömberg*) are must_not.
- **tak**: *tak*, *taket*, *taken* and the compounds *takras*, *takstolar*, *takfoten*, *hustak* and *ladugårdstaket* (-s- after gård) are relevant. *takt*, *intakt*, *kontakt* and *kontaktledningen* are must_not.
- **gård**: *gård*, *gården*, *gårdar(na)* and the compounds *bygdegården* (-e-), *ladugården* (-u-), *kyrkogården* (-o-) and *mjölkgårdar* are relevant. *kyrkogårdsförvaltningens* (gård inside) and the places *Bispgården* and *Pålgård* are don't care. *gårdagen* is must_not.
- **gata**: *gatan*, *gator* and the compounds *gatuavdelning* (-u-), *ledningsgator(na)*, *ledningsgatan* (-s-), *villagatorna* and *Storgatan* are relevant. *gåtan* is must_not.
- **tjänst**: *tjänst* and the compounds *hemtjänsten*, *räddningstjänsten* (-s-) and *tjänsteman* (-e-) are relevant. *hemtjänstbrukare* and *hemtjänstgrupp* (tjänst inside) are don't care. The verbs *tjänade* and *förtjänar* are must_not.
- **olycka**: *olyckan*, *olyckor* and the compounds *olycksplatserna* (-s-) and *fallolyckor* are relevant. The adjective *olycklig* is must_not.
- **beredskap**: *beredskap(en)* and the compounds *krisberedskap*, *hemberedskap*, *elberedskap(en)*, *beredskapsplan(er)* (-s-) and *beredskapsdirektör* are relevant. *beredda*, *förbered*, *förbereder*, *förberedda* and *vinterförberedda* are must_not.
- **kraft**: the noun *kraft* (*med full kraft*, and *trädde i kraft*, the same noun in an idiom) and the compounds *kraftnät(s)*, *reservkraft(en)*, *reservkraftverk* and *motståndskraft* are relevant. *elkraftteknik*, *Elkraftsgruppen* (kraft inside) and *motståndskraftiga* are don't care. The adjective *kraftig*/*kraftiga*/*kraftigt* is must_not.
- **"röd varning"** (phrase): forms of *röd* (*röd*, *röda*, *rött*) next to *varning*: *Röd varning*, *SMHI:s röda varning* relevant. *varningarna var röda* (reversed) is must_not.
- **"utan ström"**: *utan ström* relevant. *utan el … strömmen går* and *utan risk för att ström matas ut* (apart) are must_not.
- **"fastnade i snön"**: *fastnat i snön*, *fastnade i snön* relevant. *Snön fastnar i träden* and *fastnade … i en driva, och snön* are must_not.
- **"röjning längs ledningarna"**: *röjning längs ledningarna* relevant. *röjning och trädsäkring längs ledningar* is must_not. *röja längs sina ledningar* has the verb, not the noun → neither.
- **"stängda skolor"**: *stängda skolor (och förskolor)* and *med stängda skolor* relevant. *hålla skolorna stängda* and *förblir skolorna stängda* (reversed) are must_not.
- **"brist på information"**: *brist på information* relevant. *pekar på tre brister: … informationen* is must_not.
- **"längre än tolv timmar"**: *utan ström längre än tolv timmar* relevant. *Ju längre … mer än … minst tolv timmar* (apart) is must_not. *längre än 24 timmar* has no *tolv* and is neither.
- **"hemtjänstens personal"**: *Hemtjänstens personal* relevant. *personal … hemtjänst*, *hemtjänsten … personalen* (apart or reversed) are must_not.
- **Gällö Bräcke** (AND): relevant when both places are there. Either one alone is must_not.
- **Försvarsmakten OR hemvärnet**: *Försvarsmakten(s)*, *hemvärnet(s)* relevant. *hemvärnssoldat(er)*, *hemvärnsförband* alone are compounds → don't care.
- **strömavbrott -Nordanel**: articles with *strömavbrott* and without *Nordanel(s)* are relevant, those with Nordanel are must_not. *elavbrott* alone is don't care.
- **generator kolmonoxid** (AND): both relevant. One alone, or a lookalike (*generationer*, *generaldirektören*) with nothing else, is must_not. *elverk* or the compounds *kolmonoxidförgiftning* and *kolmonoxidlarm* standing for a missing term make the article don't care.
- **Sundsvall OR Härnösand**: either place → relevant.
- **trygghetslarm hemtjänsten** (AND): both relevant, one alone must_not.
- **ersättning -försäkring**: *ersättning(en)* without *försäkringen* relevant. With *försäkringen* it is must_not. With only a compound (*försäkringsbolag*, *hemförsäkringen*) it is don't care. *avbrottsersättning* alone is don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Tjäle*, *Storsjöbladet*, *Blixten*, *Spänningen*, *Indal*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*tagit*, *taget*, *misstag*, *akutmottagning*, *åkeriföretag* for `tåget`; *röja*, *röjt*, *röjda* for `röjningen`; *generationer*, *generaldirektören* for `generatorn`; *förbereder*, *beredda* for `beredskap`; *ersätta*, *ersätts* for `ersättning`).
- **gran** (trap): *gran*, *granar*, *granarna* relevant. *granne*, *grannen*, *grannar(na)*, *grannens*, *granskning*, *granskar*, *granskare*, *granskas* and the surname *Granlund* are must_not.
- **storm** (trap): *storm*, *stormen* relevant. *snöstorm(en)*, *stormbyar* and *stormstyrka* are compounds → don't care. *stormarknad(en/erna)* and *stormöte(t)* are must_not.
- **tö** (trap): *tö*, *töet* relevant. Every word with *tö* inside, such as *stöd*, *krisstöd*, *störningar*, *större*, *största*, *förstörd*, *tömde*, *utökad* and the agent nouns *montörer*, *konduktören*, *operatörerna*, *beredskapsdirektör* …, is must_not.
- **rim** (trap): *rim* (hoarfrost) relevant. *rimligt*, *orimligt*, *rimligen* and *Pilgrimstad* are must_not.
- **ved** (trap): *ved*, *veden* relevant, *vedspis(en)*, *vedkamin* compounds. *vedertagen* is must_not.
- **mil** (trap): *mil* relevant. *miljoner*, *miljarder*, *miljon*, *familj(en/er)* and *Arbetsmiljöverket* are must_not.
- **sand** (trap): *sand*, *sanden* relevant. The place *Härnösand* is don't care. *Insändare* (sända) and the surnames *Sandberg*, *Sandström* are must_not.
- **nät** (trap): *nät*, *nätet* (also the internet), *näten* relevant, and the many *-nät*/*nät-* compounds are don't care. *natt*, *natten*, *nätter*, *nätterna* and *skräcknatten* are must_not.
- **frys** (trap): *frys*, *frysen*, *frysarna* relevant, *frysskador* a compound. The verb *frysa*, *fryser*, *frös*, *frusit*, the adjective *frusen*/*frusna*, *förfrysning(sskador)* and *frustrationen* are must_not.
- **träd** (trap): *träd*, *träden* relevant, *kantträd*, *riskträd* and *trädsäkring* compounds. The verb *träda*, *trädde* (*i kraft*) and *framträda* are must_not.
- **tur** (trap): *tur* (luck) relevant. *temperaturen*, *naturkatastrof*, *infrastrukturfond* and *fakturan* are must_not.
- **hal** (trap): *hal*, *halt* (adjective), *halast* relevant. *halkade*, *halkat* (halka) are don't care. *hallen*, *sporthallen*, *ishall(en)*, *idrottshallar*, *halva*, *halvt*, *halverade* and the surnames *Hallberg*, *Hallström* are must_not.
- **drivor** (trap): *drivor*, *drivorna*, *driva* (the noun) relevant, *snödriva* a compound. The verb *driver* and *batteridrivet*, *fyrhjulsdrivna*, *traktordrivet* are must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("winter", "x", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
