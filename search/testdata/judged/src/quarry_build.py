#!/usr/bin/env python3
"""Builds corpus_quarry.json and corpus_quarry.md from quarry_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 quarry_build.py [-v]
"""

import fire_build
from quarry_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "sprängning": dict(
        probe=r"spräng",
        rel=S("sprängning sprängningar sprängningarna sprängningen"),
        comp=S("provsprängning provsprängningar provsprängningarna provsprängningen sprängningsexperten"),
        dc=S("bergsprängningsingenjör"),
        no=S("spränga sprängas sprängd sprängde spränger sprängs"),
        nei=S("bergsprängare bergsprängaren sprängarbasen sprängarens sprängdagar sprängfirman sprängfirmor "
              "sprängförbud sprängkonsult sprängkonsulten sprängkonsultens sprängolycka sprängplan sprängplanen "
              "sprängplaner sprängstopp sprängteknik sprängtider sprängämne sprängämnet sprängämnets"),
    ),
    "spricka": dict(
        probe=r"spri[c]?k|sprack|spruck",
        rel=S("spricka sprickan sprickor sprickorna"),
        comp=S("sprickzonerna"),
        no=S("sprack spricker spruckit uppsprucken uppsprucket"),
    ),
    "tillstånd": dict(
        probe=r"tillst",
        rel=S("tillstånd tillstånden tillståndet"),
        no=S("tillstod"),
    ),
    "vibration": dict(
        probe=r"vibr",
        rel=S("vibrationer vibrationerna"),
        comp=S("vibrationsmätningar"),
        dc=S("vibrationsmätare"),
        no=S("vibrerade"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna"),
        comp=S("dammätningarna nollmätning vibrationsmätningar"),
        dc=S("mätdata mätpunkter"),
        no=S("mäta mätte uppmättes mätare mätarna vibrationsmätare"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skadan skador skadorna"),
        comp=S("skadeanmälningar skadeanmälningarna skadechef"),
        no=S("skadad skadade skadades skadats oskadda"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningar utredningarna utredningen"),
        comp=S("brottsutredning"),
        no=S("utreda utredas utredd utreder utredare utredaren"),
    ),
    "protest": dict(
        probe=r"protest",
        rel=S("protester protesterna"),
        comp=S("protestvandring"),
        no=S("protesterade"),
    ),
    "förbud": dict(
        probe=r"förb[uj]|förbjöd",
        rel=S("förbud förbudet"),
        comp=S("sprängförbud"),
        no=S("förbjudas förbjuder förbjöd"),
        nei=S("fackförbundet"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dricksvatten grundvatten grundvattennivåerna grundvattnet vattenledning vattenreningen"),
        no=S("vattna vattnas"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren fönstret"),
        comp=S("fönstertvätt"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknat tecknats teckningar"),
    ),
    "åker": dict(
        probe=r"åker|åkr",
        rel=S("åker åkern åkrarna"),
        no=S("åkeri åkerlund"),
    ),
    "fågel": dict(
        probe=r"fåg|fågl",
        rel=S("fåglarna"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        no=S("medlemmar medlemmarna medlemsföretag"),
        nei=S("livsmedelsförsörjning omedelbar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("städer städerna"),
        no=S("bostadsområde bostadsområden bostadsområdet bostäder bostäderna städa städar städats städning"),
        nei=S("kastades lastades lagstadgade"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar"),
        dc=S("dotterbolag"),
        no=S("dött"),
    ),
    "bror": dict(
        probe=r"bror|bröd|brod",
        rel=S("bror bröder bröderna"),
        no=S("bröd"),
    ),
    "fot": dict(
        probe=r"fot|föt",
        rel=S("fots fötterna"),
        dc=S("fotboll fotbollsmålen fotbollsplanen fotbollsspelande"),
        no=S("fotograferade fotograferat"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna"),
        comp=S("mjölkbonde mjölkbonden"),
        no=S("böner bönor"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt"),
        no=S("nät nätet"),
    ),
    # --- compounds ---
    "kalk": dict(
        probe=r"kalk",
        rel=S("kalk kalken kalks"),
        comp=S("jordbrukskalk kalkbrott kalkbrotten kalkbrottet kalkbrottets kalkdamm kalkheden kalkrik kalksten "
               "kalkstenen kalkstensdamm kalkstensmjöl kalkstensplatå kalkstenstäkten västkalk västkalks"),
        dc=S("kalkbacken kalkbackens kalkbacksvägen kalkning kalkningen"),
        no=S("kalka kalkar kalkoner kalkonerna kalkonuppfödare kalkyl kalkylen"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gården gårdarna"),
        comp=S("bygdegård bygdegården kyrkogården ladugården skolgård skolgården trädgård trädgårdarna"),
        dc=S("trädgårdsmöblerna"),
        no=S("gårdagens"),
        nei=S("gardinerna"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan"),
        comp=S("dödsolycka dödsolyckan sprängolycka"),
        no=S("olyckligt"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor"),
        comp=S("förskoleklass förskolor kvarnbäcksskolan kvarnbäcksskolans skoldagens skolgård skolgården "
               "skolsköterskor skolstart skolstarten"),
    ),
    "hus": dict(
        probe=r"hus",
        rel=S("hus husen huset"),
        comp=S("husgrund husgrunden husägare husägarna"),
        dc=S("hushåll hushållningssällskapet inomhus sjukhus sjukhuset"),
        no=S("hustru"),
    ),
    "damm": dict(
        probe=r"^dam|damm",
        rel=S("damm dammet"),
        comp=S("dammbindning dammoln dammsugare dammsugarpåse dammätningarna kalkdamm kalkstensdamm"),
        no=S("dam dammat dammiga"),
    ),
    "vägg": dict(
        probe=r"v[äå]g",
        rel=S("vägg väggar väggarna väggen"),
        comp=S("bergvägg bergväggen bergväggens källarväggen"),
        no=S("väg vägar vägen förväg iväg genvägar järnvägsbankar kalkbacksvägen luftvägar motorvägar "
             "skultorpsvägen transportvägarna"),
        nei=S("väga väger överväger välavvägd vågar vågen vägnar"),
    ),
    "berg": dict(
        probe=r"berg|bärg",
        rel=S("berg berget"),
        comp=S("bergbultar bergexpert bergmaterial bergmaterialindustri bergsprängare bergsprängaren "
               "bergsprängningsingenjör bergteknik bergteknisk bergtäkt bergtäkter bergvägg bergväggen bergväggens"),
        no=S("hagberg"),
    ),
    # --- traps ---
    "sten": dict(
        probe=r"sten",
        rel=S("stenar stenarna stenen"),
        comp=S("kalksten kalkstenen kalkstensdamm kalkstensmjöl kalkstensplatå kalkstenstäkten stenbit stenbitar stenbrott "
               "stenkast stenkastet stenregn stenregnet"),
        no=S("sten"),
        nei=S("billingeposten billingepostens gudstjänsten hösten lunchrasten prästen rasten räddningstjänsten "
              "räddningstjänstens"),
    ),
    "falk": dict(
        probe=r"falk",
        rel=S("falkar falkarna falkarnas falken"),
        comp=S("pilgrimsfalk pilgrimsfalkar pilgrimsfalkarna pilgrimsfalken"),
        no=S("falk falks falkström falköping"),
    ),
    "gran": dict(
        probe=r"gran",
        rel=S("granar granarna"),
        no=S("gran grannar grannarna grannarnas granne grannförening grannföreningen granska granskar granskning "
             "granskningen"),
        nei=S("noggrann noggrannaste"),
    ),
    "grus": dict(
        probe=r"grus",
        rel=S("gruset"),
        no=S("grusa grusat"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björkarna"),
        no=S("björk"),
    ),
    "hed": dict(
        probe=r"hed",
        rel=S("heden"),
        comp=S("kalkheden"),
        no=S("hed heds hedra hedrade hedersvakt"),
    ),
    "splitter": dict(
        probe=r"splitt",
        rel=S("splitter splittret"),
        comp=S("glassplitter splitterskyddad"),
        no=S("splittrad"),
    ),
    "kross": dict(
        probe=r"kross",
        rel=S("krossen"),
        comp=S("krossoperatör krossverket"),
        dc=S("krossning krossningen"),
        no=S("krossade krossades"),
    ),
    "block": dict(
        probe=r"block",
        rel=S("block"),
        comp=S("betongblock"),
        no=S("blockerade blockerat"),
    ),
    "dån": dict(
        probe=r"^d[aå]n",
        rel=S("dån dånet"),
        no=S("dan dånade"),
    ),
    "smäll": dict(
        probe=r"sm[aä]l",
        rel=S("smäll smällar smällarna smällen"),
        no=S("smala smällare smällde smäller"),
    ),
    "vall": dict(
        probe=r"^val|vall",
        rel=S("vall vallen"),
        comp=S("bullervall bullervallen"),
        no=S("lindvall valdebatt valdebatten valdeltagandet valdistrikten valet valvakan"),
        nei=S("valdes valt"),
    ),
    "dag": dict(
        probe=r"dag",
        rel=S("dagar dagarna dagen dagens"),
        comp=S("eftermiddagen fredagen fredagsförmiddagen förhandlingsdagen förmiddag förmiddagen lördag lördagen "
               "måndagskvällen onsdag onsdagen onsdagskvällen skoldagens sprängdagar söndag söndagen tisdag tisdagen "
               "tisdags tisdagseftermiddagen torsdag torsdagen torsdagskvällen vardag"),
        dc=S("dagligen gårdagens middagsvila"),
        no=S("dag"),
    ),
    # --- words of phrases, booleans and filters ---
    "skövde": dict(probe=r"skövde", rel=S("skövde skövdes")),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommunernas kommuns"),
        comp=S("kommunstyrelsen kommunstyrelsens kommunvalet"),
        no=S("kommunal"),
    ),
    "tillfällig": dict(probe=r"tillfällig", rel=S("tillfälliga tillfälligt")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "boende": dict(probe=r"^boend", rel=S("boende")),
    "område": dict(
        probe=r"områd",
        rel=S("område området"),
        comp=S("bostadsområde bostadsområden bostadsområdet villaområde villaområdet"),
    ),
    "mark": dict(
        probe=r"mark|märk",
        rel=S("mark marken"),
        comp=S("markrörelser"),
        dc=S("våtmarker"),
        nei=S("anmärkning anmärkningar märktes uppmärksamhet"),
    ),
    "miljödomstol": dict(
        probe=r"miljödomstol|miljööverdomstol",
        rel=S("miljödomstolen miljödomstolens"),
        nei=S("miljööverdomstolen"),
    ),
    "skolgård": dict(probe=r"skolgård", rel=S("skolgård skolgården")),
    "upphäva": dict(
        probe=r"upphäv",
        rel=S("upphäv upphäva upphävas upphäver"),
        nei=S("upphävande upphävandet"),
    ),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "länsstyrelsen": dict(
        probe=r"länsstyrels",
        rel=S("länsstyrelsen länsstyrelsens länsstyrelser länsstyrelsernas"),
    ),
    "försäkringsbolag": dict(probe=r"försäkringsbolag", rel=S("försäkringsbolag försäkringsbolagen")),
    "skultorp": dict(
        probe=r"skultorp",
        rel=S("skultorp skultorps"),
        comp=S("skultorpsvägen"),
    ),
    "skakning": dict(
        probe=r"skak",
        rel=S("skakningarna"),
        no=S("skakad skakade skakar"),
    ),
    "grundvatten": dict(
        probe=r"grundvatt",
        rel=S("grundvatten grundvattnet"),
        comp=S("grundvattennivåerna"),
    ),
    "brunn": dict(probe=r"brunn", rel=S("brunn brunnar brunnarna")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("sprängningen", "inflection", False, ("term", "sprängning")),
    ("sprickorna", "inflection", False, ("term", "spricka")),
    ("tillståndet", "inflection", False, ("term", "tillstånd")),
    ("vibrationerna", "inflection", False, ("term", "vibration")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("protesterna", "inflection", False, ("term", "protest")),
    ("förbudet", "inflection", False, ("term", "förbud")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("fåglar", "syncope", False, ("term", "fågel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("kalk", "compound", True, ("term", "kalk")),
    ("gård", "compound", True, ("term", "gård")),
    ("sprängning", "compound", True, ("term", "sprängning")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("skola", "compound", True, ("term", "skola")),
    ("hus", "compound", True, ("term", "hus")),
    ("damm", "compound", True, ("term", "damm")),
    ("vägg", "compound", True, ("term", "vägg")),
    ("berg", "compound", True, ("term", "berg")),
    ('"Skövde kommun"', "phrase", False, ("phrase", ["skövde", "kommun"])),
    ('"tillfälligt förbud"', "phrase", False, ("phrase", ["tillfällig", "förbud"])),
    ('"sprickor i huset"', "phrase", False, ("phrase", ["spricka", "i", "hus"])),
    ('"stenar och damm"', "phrase", False, ("phrase", ["sten", "och", "damm"])),
    ('"boende i området"', "phrase", False, ("phrase", ["boende", "i", "område"])),
    ('"Mark- och miljödomstolen"', "phrase", False, ("phrase", ["mark", "och", "miljödomstol"])),
    ('"stenar på skolgården"', "phrase", False, ("phrase", ["sten", "på", "skolgård"])),
    ('"upphäva tillståndet"', "phrase", False, ("phrase", ["upphäva", "tillstånd"])),
    ("Arbetsmiljöverket olyckan", "boolean", False, ("and", ["arbetsmiljöverket", "olycka"])),
    ("Länsstyrelsen OR miljödomstolen", "boolean", False, ("or", ["länsstyrelsen", "miljödomstol"])),
    ("sprickor -försäkringsbolaget", "boolean", False, ("not", "spricka", "försäkringsbolag")),
    ("skolan dammet", "boolean", False, ("and", ["skola", "damm"])),
    ("Skultorp -Skövde", "boolean", False, ("not", "skultorp", "skövde")),
    ("vibrationer OR skakningar", "boolean", False, ("or", ["vibration", "skakning"])),
    ("grundvatten brunnar", "boolean", False, ("and", ["grundvatten", "brunn"])),
    ("källa:Billingeposten sprickorna", "filter", False, ("filter", "Billingeposten", "spricka")),
    ("källa:Kåkind olyckan", "filter", False, ("filter", "Kåkind", "olycka")),
    ("källa:Aftonkuriren skolan", "filter", False, ("filter", "Aftonkuriren", "skola")),
    ("källa:Ballast sprängningen", "filter", False, ("filter", "Ballast", "sprängning")),
    ("källa:Rikspressen förbudet", "filter", False, ("filter", "Rikspressen", "förbud")),
    ("typ:opinion tillståndet", "filter", False, ("filter", "opinion", "tillstånd")),
    ("typ:opinion dammet", "filter", False, ("filter", "opinion", "damm")),
    ("stenar", "trap", False, ("term", "sten")),
    ("falken", "trap", False, ("term", "falk")),
    ("granar", "trap", False, ("term", "gran")),
    ("gruset", "trap", False, ("term", "grus")),
    ("björkarna", "trap", False, ("term", "björk")),
    ("heden", "trap", False, ("term", "hed")),
    ("splitter", "trap", False, ("term", "splitter")),
    ("krossen", "trap", False, ("term", "kross")),
    ("block", "trap", False, ("term", "block")),
    ("dånet", "trap", False, ("term", "dån")),
    ("smällen", "trap", False, ("term", "smäll")),
    ("vall", "trap", False, ("term", "vall")),
    ("dagen", "trap", False, ("term", "dag")),
]

HEADER = """# corpus_quarry.json – judging notes

Invented crisis: the limestone quarry of the invented company Skultorps Kalk AB (part of the invented group Västkalk) lies south of Skultorp, five kilometres south-east of Skövde, next to the housing area Kalkbacken and the school Kvarnbäcksskolan (F–6, about 280 pupils). In May 2026 the company applies to Mark- och miljödomstolen in Vänersborg to quarry more and move the eastern face 180 metres closer to the houses; residents complain of dust, cracks and blasts, Länsstyrelsen Västra Götaland (the supervisory authority) reviews the vibration measurements, a residents' association is formed and the quarry becomes an issue in the election of 13 September. At 13.42 on Tuesday 15 September 2026 a round of 86 holes in the eastern face, loaded more heavily the same morning although the drill log showed clay seams, throws rock up to 450 metres over Kalkbacken and the school yard ten minutes after the break (two pupils and a teacher cut by glass, holes in roofs, a dust cloud), and part of the face collapses on the rock blaster Anders Hed, 41, of the contractor Tidans Sprängteknik, who was checking for misfires; he dies. Then to March 2027: Länsstyrelsen's temporary ban on blasting and its application to have the permit reviewed or revoked, the company's appeal, Arbetsmiljöverket's investigation, ban and fines, the police inquiry and the charges against the site manager and a foreman, the damage survey (112 houses with new cracks) and the compensation agreement, the municipality's help and its stop for new housing near the quarry, dust, vibration meters, dried-up wells in Stöpen, the peregrine falcons nesting in the north face, lay-offs and farmers without lime, a government inquiry into safety distances, the industry's new guidelines, and the court's judgment of 24 March 2027 (the permit revoked for the eastern part, stricter conditions for the western part, the extension refused) and the appeal. Places and public bodies are real (Skövde, Skultorp, Stöpen, Värsås, Väring, Tibro, Vänersborg, Falköping; Skövde kommun, Länsstyrelsen i Västra Götaland, Mark- och miljödomstolen vid Vänersborgs tingsrätt, Mark- och miljööverdomstolen, Arbetsmiljöverket, Polisen, Riksenheten för miljö- och arbetsmiljömål, Räddningstjänsten Skaraborg, Skaraborgs sjukhus, Skaraborgs tingsrätt, Sveriges geologiska undersökning, Luleå tekniska universitet, Befo, Sveriges Bergmaterialindustri, IF Metall, Hushållningssällskapet; their actions are invented); Kalkbacken, Kvarnbäcksskolan, the companies, the associations, every person and all six outlets are invented: Billingeposten (local daily), Radio Kåkind (local radio, with quotes), Nyhetsbyrån Flinta (wire service, also carrying press releases), Aftonkuriren (tabloid), Ballast & Berg (trade paper for quarries) and Rikspressen (national daily). 126 articles (108 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 6 May 2026 to 28 March 2027, +02:00 until 25 October and from 28 March, +01:00 between. The ids qa001–qa126 follow publication time.

People whose names are Swedish words speak throughout: the site manager Sten Falk, the residents' chair Vilja Björk, the head teacher Lo Gran, the municipal leader Dag Lax, the resident Bo Ekdahl, the dead rock blaster Anders Hed and his brothers, the environmental inspector Dan Wiklund. Names often come first in a headline and are explained only in the text (*Falk lovar hänsyn …*, *Dag Lax: …*, *Gran: …*, *Vilja, 38: …*, *Bo, 74: …*). Because a name and a common noun of the same spelling are one token, the common noun is never written in the form of the name: the stone only as *stenen*, *stenar*, *stenarna*, the falcon only as *falken*, *falkar(na)*, the spruce only as *granar(na)*, the birch only as *björkarna*, the heath only as *heden*, the day only as *dagen*, *dagar(na)*, *dagens* (never *i dag*, *en dag*); the tokens *sten*, *falk*, *gran*, *björk*, *hed*, *dag*, *dan* are always names. The lynx is not mentioned (*Lo* is only a name), and *Bo*, *Vilja*, *Lax* are names that no query touches.

Kept out of the texts as the README asks: the pronoun *man* (*mannen* is only the noun), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out because no search could tell them apart from the judged forms: *damm* meaning a pond or dam (every *damm*, *dammet* is dust), *vall* meaning grass ley (every *vall*, *vallen* is an embankment), the verb *åker* (every *åker* is a field), *tillstånd* meaning a condition (every *tillstånd* is a permit), the infinitive of the verb *skada* (every *skada* is the noun), *block* meaning a political bloc, *splitter* in *splitter ny*. *brott* is used both for the quarry and, twice, in *förnekar brott*; no query asks for it.

How the lists were made: src/quarry_articles.py holds the texts (written in five parts and joined) and src/quarry_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: dån/dan, smäll/smal, vägg/väg/våg, gård/gard, stad/städ, natt/nät, bonde/bönd/bön, dotter/dött, fot/föt, bror/bröd, berg/bärg) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *dån* is anchored at the start (*dan*, *dån*, *dånet*, *dånade*) since *-dan* ends hundreds of words (*sedan*); *vall* is probed as *val-* from the start and *vall* anywhere. Tokens are runs of letters, so *Mark- och miljödomstolen* is *mark*, *och*, *miljödomstolen*. `python3 quarry_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *bergsprängare*, *sprängningsexperten*, *Kvarnbäcksskolan*; -e- *bygdegården*; -o- *kyrkogården*; -u- *ladugården*; none *kalkbrottet*, *jordbrukskalk*, *skolgården*, *provsprängning*, *dödsolyckan*, *husgrunden*, *kalkdamm*, *dammoln*, *bergväggen*, *källarväggen*. A word inside a longer compound is don't care (*trädgårdsmöblerna* for `gård`, *bergsprängningsingenjör* for `sprängning`). The place names *Kalkbacken*, *Kalkbacksvägen* and the derivations *kalkning(en)* are don't care for `kalk`; the company name *Skultorps Kalk* (*kalk*, *kalks*) is the word → relevant, *Västkalk* a compound; *sjukhus*, *hushåll*, *inomhus* are don't care for `hus`.
- **kalk** (compound): the verb *kalka*, *kalkar*, and *kalkyl(en)*, *kalkoner*, *kalkonerna*, *kalkonuppfödare* → must_not. **gård**: *gårdagens* → must_not; *gardinerna* neither. **olycka**: *olyckligt* → must_not. **hus**: *hustru* → must_not. **damm**: *dam* (a lady), the verb *dammat* and the adjective *dammiga* → must_not. **vägg**: every form of *väg* and its compounds (*vägen*, *förväg*, *iväg*, *Skultorpsvägen*, *transportvägarna* …) → must_not; *väga*, *väger*, *överväger*, *vågen* (the weighbridge), *vågar*, *vägnar* are neither. **berg**: the surname *Hagberg* → must_not. **skola**, **sprängning** (compound): only the word, its compounds and (for sprängning) the verb forms below.
- **stenar** (trap): the name *Sten* → must_not; *kalksten*, *stenbrott*, *stenkast(et)*, *stenregn(et)*, *stenbit(ar)* compounds; *hösten*, *rasten*, *prästen*, *Billingeposten*, *räddningstjänsten* are neither.
- **falken** (trap): the surname *Falk*, *Falks*, *Falkström* and the town *Falköping* → must_not; *pilgrimsfalk(ar/arna/en)* compounds.
- **granar** (trap): the surname *Gran*, *granne*, *grannar(na/nas)*, *grannförening(en)*, *granska*, *granskar*, *granskning(en)* → must_not; *noggrann(aste)* is neither.
- **gruset** (trap): the verb *grusa*, *grusat* (dashed hopes, trust) → must_not. **björkarna** (trap): the surname *Björk* → must_not. **heden** (trap): the surname *Hed*, *Heds*, the verb *hedra*, *hedrade* and *hedersvakt* → must_not; *kalkheden* compound. **splitter** (trap): *splittrad* → must_not; *glassplitter*, *splitterskyddad* compounds. **krossen** (trap): *krossade*, *krossades* → must_not; *krossning(en)* (the crushing) don't care; *krossverket*, *krossoperatör* compounds. **block** (trap): *blockerade*, *blockerat* → must_not; *betongblock* compound. **dånet** (trap): the name *Dan* and the verb *dånade* → must_not. **smällen** (trap): *smala*, *smällde*, *smäller* and *smällare* (firecrackers, another noun) → must_not; *smällarna* is the plural of *smäll* → relevant. **vall** (trap): *val*-words of the election (*valet*, *valdebatt(en)*, *valvakan*, *valdistrikten*, *valdeltagandet*) and the surname *Lindvall* → must_not; *bullervall(en)* compounds; *valdes*, *valt* are neither. **dagen** (trap): the name *Dag* → must_not; weekdays, *förmiddagen*, *eftermiddagen*, *vardag*, *förhandlingsdagen*, *skoldagens* compounds; *dagligen*, *gårdagens*, *middagsvila* don't care.
- **Inflection**: the verbs are must_not for the nouns: *spränga*, *sprängas*, *sprängd*, *sprängde*, *spränger*, *sprängs* for `sprängningen` (other *spräng-* compounds such as *sprängplan*, *sprängämne*, *bergsprängare* are neither); *sprack*, *spricker*, *spruckit*, *uppsprucken/-et* for `sprickorna`; *tillstod* for `tillståndet`; *vibrerade* for `vibrationerna`; *mäta*, *mätte*, *uppmättes* and the instrument *mätare*, *mätarna*, *vibrationsmätare* for `mätningarna` (*nollmätning*, *dammätningarna* compounds; *mätdata*, *mätpunkter* don't care); *skadad*, *skadade*, *skadades*, *skadats*, *oskadda* for `skadorna`; *utreda*, *utredas*, *utredd*, *utreder*, *utredare(n)* for `utredningen`; *protesterade* for `protesterna`; *förbjudas*, *förbjuder*, *förbjöd* for `förbudet` (*fackförbundet* neither).
- **Syncope**: `vattnet` – *vattna*, *vattnas* → must_not; *grundvatten*, *dricksvatten* compounds. `tecknen` – *tecknat*, *tecknats*, *teckningar* → must_not. `åkrarna` – *åkeri*, the surname *Åkerlund* → must_not; *åker* (200 hektar åker) is the noun. `medlen` – *medlemmar(na)*, *medlemsföretag* → must_not; *omedelbar*, *livsmedelsförsörjning* neither. `fönstren`, `fåglar`: no lookalike.
- **Umlaut**: `städer` – *städa*, *städar*, *städats*, *städning*, *bostäder(na)*, *bostadsområde(n/t)* → must_not. `döttrar` – *dött* → must_not; *dotterbolag* don't care. `bröder` – *bröd* → must_not. `fötter` – *till fots*, *fötterna* relevant; *fotograferade*, *fotograferat* → must_not; *fotboll*… don't care. `bönder` – *böner*, *bönor* → must_not; *mjölkbonde(n)* compounds. `nätter` – *nät*, *nätet* → must_not; *midnatt* compound.
- **Phrases**: forms must be adjacent and in order in one sentence. *Skövde kommun(s)* relevant, *kommunen … Skövde* apart → must_not. *tillfälligt förbud* and *det tillfälliga förbudet* relevant, *Förbudet är tillfälligt* → must_not. *sprickor i huset/husen* relevant, *sprickorna i hans hus* and the words apart → must_not. *Stenar och damm* relevant, *stenar* and *damm* apart → must_not. *de boende i området* relevant. *Mark- och miljödomstolen(s)* relevant; *Mark- och miljööverdomstolen* is another court. *stenar på skolgården* and *stenarna på skolgården* relevant, *Stenar regnade över skolgården* and the words apart → must_not. *upphäva/upphäver tillståndet* relevant, *tillståndet ska upphävas* and *upphäva ett tillstånd* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*skolgården*, *kalkdamm*, *dödsolyckan*, *grundvattennivåerna*) is don't care. NOT – an article with the excluded term is must_not. *Skultorps Kalk* has *Skultorps* and counts for `Skultorp`; *Skultorpsvägen* is a compound. OR – *skakad*, *skakade*, *skakar* (the verb) → must_not for `skakningar`.
- **Filters**: `källa:` matches one word of the outlet's name (*Billingeposten*, *Kåkind*, *Aftonkuriren*, *Ballast*, *Rikspressen*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("quarry", "qa", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
