#!/usr/bin/env python3
"""Builds corpus_prison.json and corpus_prison.md from prison_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 prison_build.py [-v]
"""

import fire_build
from prison_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "rymning": dict(
        probe=r"rym",
        rel=S("rymning rymningen rymningar rymningarna"),
        dc=S("rymlingar rymlingarna"),
        no=S("rymde rymma rymmer rymt"),
    ),
    "fånge": dict(
        probe=r"fång",
        rel=S("fånge fångar fångarna"),
        comp=S("fångtransporter"),
        no=S("fångade"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningar"),
        dc=S("utredare utredaren utredarna"),
        no=S("utreder"),
    ),
    "överbeläggning": dict(
        probe=r"överbel",
        rel=S("överbeläggning överbeläggningen"),
    ),
    "förhandling": dict(
        probe=r"förhandl",
        rel=S("förhandlingar förhandlingarna förhandlingen"),
        comp=S("förhandlingsgrupp huvudförhandlingen"),
        dc=S("förhandlare förhandlaren"),
        no=S("förhandlade"),
    ),
    "smuggling": dict(
        probe=r"smuggl",
        rel=S("smuggling smugglingen"),
        no=S("smuggla smugglad smugglade smugglar smugglas smugglat"),
    ),
    "vakt": dict(
        probe=r"vakt",
        rel=S("vakt vakten vakter vakterna"),
        comp=S("vaktchef vakthavande"),
        no=S("vaktade vaktmästare"),
    ),
    "anstalt": dict(
        probe=r"anstalt",
        rel=S("anstalt anstalten anstalter anstalterna"),
        comp=S("anstaltschef anstaltschefen anstaltschefer säkerhetsanstalt"),
    ),
    # --- syncope ---
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckeln nycklar nycklarna"),
        comp=S("nyckelkort"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstret"),
        comp=S("köksfönstret"),
    ),
    "vapen": dict(
        probe=r"v[aä]p",
        rel=S("vapen vapnet"),
        comp=S("jaktvapen vapenbrott vapenlagen vapenskåp vapenskåpen vapenskåpet"),
        no=S("beväpnade väpnad"),
    ),
    "nummer": dict(
        probe=r"^num",
        rel=S("numret"),
        no=S("numera"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster mönstret"),
    ),
    "medel": dict(
        probe=r"^medel|^medl",
        rel=S("medel medlen"),
        no=S("medlemmar"),
    ),
    "väder": dict(
        probe=r"v[äa]d",
        rel=S("vädret"),
        no=S("vädjat"),
        nei=S("vad kvadratmeter"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nätterna"),
        comp=S("midnatt"),
        no=S("nätet nätverk"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder bönderna"),
        no=S("bönade"),
    ),
    "fot": dict(
        probe=r"^f[oö]t",
        rel=S("fot fots fötter"),
        comp=S("fotspår"),
        no=S("foto"),
    ),
    "bror": dict(
        probe=r"^bror|^brod|^bröd|brors",
        rel=S("bror brodern bröderna"),
        no=S("bröd"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad städer städerna"),
        comp=S("fängelsestad"),
        dc=S("filipstad"),
        no=S("bostad bostadshuset rustad verkstadsbyggnad"),
        nei=S("kastade kastades kostade"),
    ),
    # --- compounds ---
    "kamera": dict(
        probe=r"kamer",
        rel=S("kameran kameror kamerorna"),
        comp=S("kamerasystem värmekameror"),
    ),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens poliser poliserna"),
        comp=S("polisbilen polisdrama polisförbundet polishelikoptern polishundar polisinsats polisinsatsen "
               "polisnärvaro polisområde polisområdet polisregion polisstation"),
        dc=S("regionpolischefen rikspolischefen"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gården gårdens"),
        comp=S("gårdsplanen ladugården ladugårdens rastgårdar rastgårdarna rastgården"),
        dc=S("ladugårdsport"),
    ),
    "straff": dict(
        probe=r"straff",
        rel=S("straff straffen straffens straffet"),
        comp=S("livstidsstraff straffrabatten straffskalan straffskalorna"),
    ),
    "telefon": dict(
        probe=r"telefon",
        rel=S("telefon telefonen telefoner telefonerna"),
        comp=S("mobiltelefon mobiltelefoner telefonlinje"),
    ),
    "mur": dict(
        probe=r"mur",
        rel=S("mur murar murarna muren"),
    ),
    "skog": dict(
        probe=r"skog",
        rel=S("skogarna skogen"),
        comp=S("granskog skogsbilväg"),
        no=S("karlskoga"),
    ),
    "fängelse": dict(
        probe=r"fängel|fängsl",
        rel=S("fängelse fängelser fängelserna fängelset"),
        comp=S("fängelsestad"),
    ),
    # --- traps ---
    "galler": dict(
        probe=r"g[aä]ll",
        rel=S("galler gallret"),
        no=S("gällande gäller"),
    ),
    "flykt": dict(
        probe=r"flykt",
        rel=S("flykt flykten"),
        comp=S("flyktbilen flyktvägen personalflykt personalflykten"),
        no=S("flyktig flyktingboendet"),
    ),
    "port": dict(
        probe=r"port",
        rel=S("portar porten"),
        comp=S("ladugårdsport"),
        no=S("fångtransporter rapport rapporten reporter transport transporter transporteras transporterna "
             "transportledare transporttjänst värdetransport"),
    ),
    "lås": dict(
        probe=r"l[åä]s",
        rel=S("lås låsen"),
        no=S("låsa låst låste läser läst"),
        nei=S("föreslås plåster"),
    ),
    "bro": dict(
        probe=r"^bro|bron$|broar",
        rel=S("bro bron"),
        no=S("brodern broman bror brott brotten brottslighet brottsligheten"),
    ),
    "hund": dict(
        probe=r"hund",
        rel=S("hund hundar hundarna hunden"),
        comp=S("hundpatruller polishundar"),
        no=S("fyrahundra hundra hundratal hundratals"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilen"),
        comp=S("flyktbilen polisbilen"),
        dc=S("bilister skogsbilväg"),
        no=S("bild bilder mobilstörning mobiltelefon mobiltelefoner mobiltäckningen utbilda utbildning"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spår"),
        comp=S("fotspår"),
        no=S("besparingar besparingarna spara sparar"),
        nei=S("regeringspartierna"),
    ),
    "stöd": dict(
        probe=r"stöl?d",
        rel=S("stöd stödet"),
        comp=S("krisstöd samtalsstöd"),
        no=S("stödja stöld stölden"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("staketet takt taktik"),
        nei=S("kontakt"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmen larmet"),
        comp=S("falsklarm falsklarmen larmsystem larmsystemet"),
        no=S("larmade"),
    ),
    "kö": dict(
        probe=r"^kö(n|r|er|erna|ra|rde|rt|rs|rts)?$",
        rel=S("kön köer"),
        no=S("kör körde körs körts"),
    ),
    "rast": dict(
        probe=r"rast",
        rel=S("rasten"),
        comp=S("kvällsrasten rastgårdar rastgårdarna rastgården"),
        dc=S("rastlösa"),
        no=S("brast"),
        nei=S("svårast säkraste"),
    ),
    "rån": dict(
        probe=r"rån",
        rel=S("rån rånet"),
        dc=S("rånaren"),
        no=S("därifrån från härifrån ifrån inifrån utifrån"),
        nei=S("trångt"),
    ),
    # --- words of phrases, booleans and filters ---
    "tre": dict(probe=r"^tre$", rel=S("tre")),
    "nationell": dict(probe=r"^nationel", rel=S("nationella")),
    "insatsstyrka": dict(probe=r"insatsstyrk", rel=S("insatsstyrkan insatsstyrkans")),
    "hög": dict(probe=r"^hög", rel=S("hög höga högre högsta högt"), nei=S("högvarv")),
    "säkerhetsklass": dict(probe=r"säkerhetsklass", rel=S("säkerhetsklass säkerhetsklassen")),
    "smugglad": dict(probe=r"^smuggla[dt]", rel=S("smugglad smugglade smugglat")),
    "mobiltelefon": dict(probe=r"mobiltelefon", rel=S("mobiltelefon mobiltelefoner")),
    "brist": dict(
        probe=r"^brist",
        rel=S("brist brister bristerna"),
        nei=S("bristfällig"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "personal": dict(
        probe=r"^personal",
        rel=S("personal personalen personalens"),
        comp=S("personalbristen personalflykt personalflykten"),
    ),
    "hot": dict(
        probe=r"^hot",
        rel=S("hot hoten"),
        no=S("hotade hotades"),
    ),
    "och": dict(probe=r"^och$", rel=S("och")),
    "våld": dict(probe=r"^våld", rel=S("våld")),
    "lång": dict(
        probe=r"^l[åä]ng",
        rel=S("lång långa långt längre"),
        nei=S("längd längden länge längs långsiktig"),
    ),
    "från": dict(probe=r"^från$", rel=S("från")),
    "kumla": dict(probe=r"^kumla", rel=S("kumla"), comp=S("kumlabor")),
    "storfors": dict(probe=r"storfors", rel=S("storfors")),
    "jo": dict(probe=r"^jo$", rel=S("jo")),
    "justitieombudsman": dict(probe=r"justitieombud", rel=S("justitieombudsmannen justitieombudsmannens")),
    "seko": dict(probe=r"^seko", rel=S("seko sekos")),
    "kriminalvården": dict(
        probe=r"kriminalvård",
        rel=S("kriminalvården kriminalvårdens"),
        dc=S("kriminalvårdare kriminalvårdaren"),
    ),
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter helikoptern helikoptrar"),
        comp=S("polishelikoptern"),
    ),
    "drönare": dict(
        probe=r"drönar",
        rel=S("drönare drönaren"),
        comp=S("drönardetektering"),
    ),
    "justitieminister": dict(probe=r"justitieminist", rel=S("justitieminister justitieministern")),
    "karlskoga": dict(probe=r"karlskoga", rel=S("karlskoga")),
    "kristinehamn": dict(probe=r"kristinehamn", rel=S("kristinehamn")),
    "gisslan": dict(
        probe=r"gissl",
        rel=S("gisslan"),
        comp=S("gisslanliknande gisslansituation"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("rymningen", "inflection", False, ("term", "rymning")),
    ("fångar", "inflection", False, ("term", "fånge")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("överbeläggning", "inflection", False, ("term", "överbeläggning")),
    ("förhandlingar", "inflection", False, ("term", "förhandling")),
    ("smugglingen", "inflection", False, ("term", "smuggling")),
    ("vakterna", "inflection", False, ("term", "vakt")),
    ("anstalterna", "inflection", False, ("term", "anstalt")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("fönstret", "syncope", False, ("term", "fönster")),
    ("vapnet", "syncope", False, ("term", "vapen")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("kamera", "compound", True, ("term", "kamera")),
    ("polis", "compound", True, ("term", "polis")),
    ("gård", "compound", True, ("term", "gård")),
    ("straff", "compound", True, ("term", "straff")),
    ("telefon", "compound", True, ("term", "telefon")),
    ("mur", "compound", True, ("term", "mur")),
    ("skog", "compound", True, ("term", "skog")),
    ("fängelse", "compound", True, ("term", "fängelse")),
    ('"tre fångar"', "phrase", False, ("phrase", ["tre", "fånge"])),
    ('"nationella insatsstyrkan"', "phrase", False, ("phrase", ["nationell", "insatsstyrka"])),
    ('"hög säkerhetsklass"', "phrase", False, ("phrase", ["hög", "säkerhetsklass"])),
    ('"smugglad mobiltelefon"', "phrase", False, ("phrase", ["smugglad", "mobiltelefon"])),
    ('"brist på personal"', "phrase", False, ("phrase", ["brist", "på", "personal"])),
    ('"hot och våld"', "phrase", False, ("phrase", ["hot", "och", "våld"])),
    ('"längre straff"', "phrase", False, ("phrase", ["lång", "straff"])),
    ('"rymningen från Kumla"', "phrase", False, ("phrase", ["rymning", "från", "kumla"])),
    ("Kumla Storfors", "boolean", False, ("and", ["kumla", "storfors"])),
    ("JO OR justitieombudsmannen", "boolean", False, ("or", ["jo", "justitieombudsman"])),
    ("överbeläggning -Kumla", "boolean", False, ("not", "överbeläggning", "kumla")),
    ("Seko Kriminalvården", "boolean", False, ("and", ["seko", "kriminalvården"])),
    ("helikopter OR drönare", "boolean", False, ("or", ["helikopter", "drönare"])),
    ("justitieministern -JO", "boolean", False, ("not", "justitieminister", "jo")),
    ("Karlskoga Kristinehamn", "boolean", False, ("and", ["karlskoga", "kristinehamn"])),
    ("källa:Tysslingen rymningen", "filter", False, ("filter", "Tysslingen", "rymning")),
    ("källa:Fyren gisslan", "filter", False, ("filter", "Fyren", "gisslan")),
    ("källa:Östvärmlandsbladet polisen", "filter", False, ("filter", "Östvärmlandsbladet", "polis")),
    ("källa:Rättsaktuellt överbeläggning", "filter", False, ("filter", "Rättsaktuellt", "överbeläggning")),
    ("källa:Riksjournalen JO", "filter", False, ("filter", "Riksjournalen", "jo")),
    ("källa:Närkeskuriren kameror", "filter", False, ("filter", "Närkeskuriren", "kamera")),
    ("typ:opinion straff", "filter", False, ("filter", "opinion", "straff")),
    ("galler", "trap", False, ("term", "galler")),
    ("flykt", "trap", False, ("term", "flykt")),
    ("port", "trap", False, ("term", "port")),
    ("lås", "trap", False, ("term", "lås")),
    ("bro", "trap", False, ("term", "bro")),
    ("hund", "trap", False, ("term", "hund")),
    ("bil", "trap", False, ("term", "bil")),
    ("spår", "trap", False, ("term", "spår")),
    ("stöd", "trap", False, ("term", "stöd")),
    ("tak", "trap", False, ("term", "tak")),
    ("larm", "trap", False, ("term", "larm")),
    ("kö", "trap", False, ("term", "kö")),
    ("rast", "trap", False, ("term", "rast")),
    ("rån", "trap", False, ("term", "rån")),
]

HEADER = """# corpus_prison.json – judging notes

TODO
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("prison", "r", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
