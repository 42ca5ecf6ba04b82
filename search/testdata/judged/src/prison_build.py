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

Invented crisis: on the evening of Sunday 6 September 2026 three inmates escape from Anstalten Kumla in Örebro län, the prison of the highest security class, during the evening exercise break (kvällsrasten): a drone drops a bag with bolt cutters and a rope with a hook into a prison yard (rastgård), they cut the bars (gallret) over the yard, climb onto the roof (taket) of a workshop and throw the rope over the wall (muren), where a car waits. The cameras over the yards had been broken since July, the wall's alarm had given some seventy false alarms during the summer, the ward was short of staff, and the escape was planned with a mobile phone smuggled in by a 26-year-old prison officer for a bribe. The police (Polisregion Bergslagen, polisområde Värmland, Nationella insatsstyrkan, Noa) hunt them for five days with helicopters, drones and dogs from Laxå through Degerfors and Karlskoga (the bridge over Letälven is closed) into Storfors kommun in Värmland, where on Thursday 10 September they take over a farm outside Lungsund and keep two farmer brothers and a wife in the house with a hunting rifle; after some twenty hours of negotiation they give up in the night to Friday 11 September. Then to February 2027: Kriminalvården's internal inquiry, the Justice Ombudsman's (JO) own-initiative case, inspection and criticism, the government's extra money, bills on mobile jamming and on smuggling, a special inquiry (utredning) on prison security, the trials in Örebro tingsrätt of the three, their helpers and the officer, the union Seko on staff shortage and threats and violence, overcrowding and the queue for prison places, and a debate on criminal policy (longer sentences against staff and rehabilitation). Places and public bodies are real (Kumla, Örebro, Hallsberg, Laxå, Askersund, Degerfors, Karlskoga, Letälven, Möckeln, Kristinehamn, Storfors, Lungsund, Bjurtjärn, Nykroppa, Filipstad, Göteborg; E18, E20, riksväg 26; Kriminalvården, Anstalten Kumla, Anstalten Hall, Häktet Örebro, Polisregion Bergslagen, Nationella insatsstyrkan, Nationella operativa avdelningen, Justitieombudsmannen, riksdagens justitieutskott, Örebro tingsrätt, Post- och telestyrelsen, Örebro universitet, Stockholms universitet, Seko, Polisförbundet, Storfors and Kumla kommun; the events are invented), every person and all six outlets are invented: Närkeskuriren (local daily, Örebro and Kumla) and Östvärmlandsbladet (local daily, Kristinehamn, Storfors and Filipstad), Radio Tysslingen (local radio, with quotes), Nyhetsbyrån Fyren (wire service, also carrying press releases), Riksjournalen (national daily) and Rättsaktuellt (trade paper for courts, police and prisons). 123 articles (104 news, 19 opinion: leaders, debate articles, a reply, columns, letters), published 16 June 2026 to 28 February 2027, +02:00 until 25 October and +01:00 after. The ids r001–r123 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man*, *män*, *mannen* are only the noun, a man or a husband), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the interjection *jo* (every *jo* is JO, also in *JO:s*, which the tokens split into *jo* and *s*), *kön* meaning sex (every *kön* is the queue), the verb *spår* (to foretell; every *spår* is the noun), the imperative *lås* (every *lås* is the noun), *fot* as a unit of length (every *fot* is in *på fri fot*), the noun *kör* (a choir; every *kör* is the verb köra), *hög* as the noun (a heap; every *hög* is the adjective), *straff* in sport, *anstalter* in *göra anstalter* (every *anstalt* is a prison) and *fången* as a participle (every *fånge* form is the noun). One homograph is in the texts and judged by its form: *längre* is both the comparative of *lång* and of the adverb *länge* (*inte längre*, *ingen längre litar på*); it counts as a form of *lång* everywhere, so an article with adverbial *längre* and *straff* elsewhere is must_not for "längre straff", like any other separated pair.

How the lists were made: src/prison_articles.py holds the texts and src/prison_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: galler/gäller, lås/läs, spår/spara, väpnad/vapen, bröd/bror, nät/natt, bönade/bönder, stöld/stöd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *port*, *bil*, *tak*, *rån*, *rast*, *hund*, *stad* and *larm* are unanchored, so they also list *transport*, *rapport*, *mobiltelefon*, *utbildning*, *staketet*, *kontakt*, *från*, *trångt*, *brast*, *svårast*, *hundra* and *verkstadsbyggnad*; *bro* is probed from the start of the word (and *bron*, *broar* anywhere) because *-bro-* inside words is unrelated, and *kö* only as *kö* with short endings (*kön*, *köer*, *kör*, *körde*, *körs*, *körts*), since *kö-* begins hundreds of unrelated words (*köpa*, *kök*). Tokens are runs of letters, so a hyphenated word and *JO:s*, *Seko:s* are split. `python3 prison_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *förhandlingsgrupp*, *anstaltschefen*, *gårdsplanen*, *kvällsrasten*, *livstidsstraff*; -e- *värmekameror*; none *rastgården*, *ladugården*, *mobiltelefon*, *telefonlinje*, *polishundar*, *polisbilen*, *flyktbilen*, *personalflykten*, *falsklarm*, *larmsystemet*, *granskog*, *fängelsestad*, *midnatt*, *köksfönstret*, *jaktvapen*, *vapenskåpet*, *krisstöd*, *fotspår*, *gisslansituation*; dropped -e *fångtransporter* (fånge). A word inside a longer compound is don't care: *regionpolischefen*, *rikspolischefen* for `polis`, *ladugårdsport* for `gård`, *skogsbilväg* for `bil` (for `skog` it begins with the word and is a compound). *Kumlabor* is a compound of the place (don't care in the boolean and phrase queries). *Filipstad* → don't care for `stad` (as *Kristianstad* in README).
- **galler** (trap): *gäller*, *gällande* (gälla, diacritic lookalike) → must_not.
- **flykt** (trap): *flykting* (*flyktingboendet*, a refugee home) and the adjective *flyktig* (*en flyktig rörelse*) → must_not; *flyktbilen*, *flyktvägen*, *personalflykt(en)* compounds. *på flykt* is the noun → relevant.
- **port** (trap): *rapport*, *rapporten*, *reporter* and *transport* with its forms and compounds (*transporter*, *transporterna*, *transporteras*, *fångtransporter*, *värdetransport*, *transporttjänst*, *transportledare*) → must_not; *ladugårdsport* compound → don't care.
- **lås** (trap): the verb *låsa*, *låste* and the participle *låst* (another lemma), and the diacritic lookalikes *läser*, *läst* (läsa) → must_not; *föreslås*, *plåster* are neither.
- **bro** (trap): *brott*, *brotten*, *brottslighet(en)*, the surname *Broman* and *bror*, *brodern* (another lemma, relevant for `bröderna`) → must_not. *vägspärrar vid varje bro* is the noun.
- **hund** (trap): *hundra*, *fyrahundra*, *hundratal*, *hundratals* → must_not; *polishundar*, *hundpatruller* compounds.
- **bil** (trap): *bild*, *bilder*, *utbilda*, *utbildning* and *mobil* words (*mobiltelefon*, *mobiltelefoner*, *mobilstörning*, *mobiltäckningen*) → must_not; *bilister* (derived, about cars) → don't care; *flyktbilen*, *polisbilen* compounds.
- **spår** (trap): *spara*, *sparar*, *besparingar(na)* → must_not; *regeringspartierna* is neither. Traces in the forest and a lead in the inquiry (*ett av flera spår vi följer*) are both the noun; *fotspår* compound.
- **stöd** (trap): *stöld*, *stölden* and the verb *stödja* → must_not; *krisstöd*, *samtalsstöd* compounds.
- **tak** (trap): *takt*, *taktik* and *staketet* (the fence, a word that holds *taket*) → must_not; *kontakt* is neither. *ett tak för beläggningen* (a ceiling, figurative) is the noun → relevant.
- **larm** (trap): the verb *larmade* (*Seko larmade om brist på personal*, *fåglar … larmade*) → must_not; *falsklarm*, *falsklarmen*, *larmsystem(et)* compounds.
- **kö** (trap): *kör*, *körde*, *körs*, *körts* (köra) → must_not; *kön* (the queue for prison places) and *köer* (at road checks) relevant.
- **rast** (trap): *brast* (brista) → must_not; *rastlösa* (made from *rast*, restless) → don't care; *kvällsrasten*, *rastgården*, *rastgårdar(na)* compounds; *svårast*, *säkraste* are neither.
- **rån** (trap): *från* and its compounds *ifrån*, *därifrån*, *härifrån*, *inifrån*, *utifrån* → must_not; *rånaren* (agent noun) → don't care; *trångt* is neither.
- **rymningen**: the verb *rymde*, *rymt*, *rymma* and *rymmer* (both *rymma* to escape and to hold: *anstalten rymmer 450 intagna*) → must_not; *rymlingar*, *rymlingarna* (agent noun) → don't care. **fångar**: *fångade* (*Kameran fångade hur …*) → must_not. **utredningen**: *utreder* → must_not; *utredare*, *utredaren*, *utredarna* → don't care. **förhandlingar**: *förhandlade* → must_not; *förhandlare*, *förhandlaren* → don't care; *huvudförhandlingen* (the trial) and *förhandlingsgrupp* compounds; *förhandlingen* in court is the same noun. **smugglingen**: the verb and participle *smuggla*, *smugglar*, *smugglas*, *smugglade*, *smugglat*, *smugglad* → must_not. **vakterna**: *vaktade* and *vaktmästare* (a caretaker, a compound that only looks like it, as *bokslut*) → must_not; *vaktchef*, *vakthavande* compounds. **anstalterna**: only the noun and its compounds.
- **nycklar**: *nyckelkort* compound; *Telefonerna är nyckeln* (figurative) is the noun. **vapnet**: *väpnad*, *beväpnade* → must_not. **numret**: *numera* → must_not. **medlen**: *medlemmar* → must_not; *medel* (funds) relevant. **vädret**: *vädjat* → must_not; *vad*, *kvadratmeter* are neither.
- **nätterna**: *nätet*, *nätverk* → must_not; *i natt*, *natten* relevant; *midnatt* compound. **bönder**: *bönade* (böna, to beg) → must_not. **fötter**: *foto* → must_not; *på fri fot* and *till fots* are the noun. **bröderna**: *bröd* → must_not. **städer**: *bostad*, *bostadshuset* and the lookalike words *verkstadsbyggnad* and *rustad* → must_not; *kastade*, *kastades*, *kostade* are neither.
- **skog** (compound): *Karlskoga* → must_not (a place whose letters hold *skog*). **gård**: *rastgården* and *ladugården* compounds.
- **Phrases**: forms must be adjacent and in order in one sentence. *de tre fångarna* → relevant for "tre fångar". Forms of *hög* include *höga*, *högt*, *högre*, *högsta*, so *den högsta säkerhetsklassen* is relevant for "hög säkerhetsklass", while *hög säkerhet* is not the phrase. *smugglat in den mobiltelefon* and *smugglat in en mobiltelefon* (words between) → must_not for "smugglad mobiltelefon"; *en smugglad mobiltelefon* relevant. *brist på personal* relevant, *personalbristen* is a compound; articles with *brist* and *personal* apart → must_not. *tre av landets mest övervakade fångar* → must_not for "tre fångar". *längre straff*, *de längre straffen* and *ett långt straff* (a form of each word) relevant. *rymningen från Kumla*, *Rymning från Kumla* relevant; *rymningen* and *Kumla* in the same article with *från* elsewhere → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound or a derivation is don't care (*kriminalvårdare*, *kriminalvårdaren* are don't care for `Kriminalvården`, *Kumlabor* for `Kumla`). NOT – an article with the excluded term is must_not; with it only inside a compound, don't care. OR – *polishelikoptern* and *drönardetektering* alone are compounds → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Tysslingen*, *Fyren*, *Östvärmlandsbladet*, *Rättsaktuellt*, *Riksjournalen*, *Närkeskuriren*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("prison", "r", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
