#!/usr/bin/env python3
"""Builds corpus_mould.json and corpus_mould.md from mould_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 mould_build.py [-v]
"""

import fire_build
from mould_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "elev": dict(
        probe=r"elev",
        rel=S("elever eleverna"),
        comp=S("elevassistenter elevhälsan elevrådet elevrådets högstadieelever högstadieeleverna"),
        no=S("relevant relevanta"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prov proven prover proverna"),
        comp=S("luftprover luftproverna provsvar"),
        no=S("provisoriskt pröva prövar prövas prövningen"),
    ),
    "lokal": dict(
        probe=r"lokal",
        rel=S("lokaler lokalerna"),
        comp=S("skollokaler"),
        no=S("lokala lokalt"),
    ),
    "renovering": dict(
        probe=r"renover",
        rel=S("renovering renoveringen"),
        comp=S("takrenovering takrenoveringarna takrenoveringen renoveringsskulden"),
        no=S("renovera renoverade renoverar renoveras"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna"),
        comp=S("fuktmätning fuktmätningar luftmätning"),
        dc=S("mätarna"),
        no=S("mäter mäts mätte"),
    ),
    "kostnad": dict(
        probe=r"kost",
        rel=S("kostnaden kostnader kostnaderna"),
        no=S("kosta kostade kostar kostat"),
    ),
    "inspektion": dict(
        probe=r"inspek",
        rel=S("inspektion inspektionen"),
        comp=S("inspektionsmeddelande"),
        dc=S("inspektör skolinspektionen"),
        no=S("inspekterade inspekterar"),
    ),
    "sanering": dict(
        probe=r"saner",
        rel=S("sanering saneringen saneringarna"),
        comp=S("fuktsanering saneringsfirma saneringsföretag saneringsföretaget"),
        no=S("sanerad sanerats"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar anmälningarna"),
        comp=S("felanmälan felanmälningar felanmälningarna"),
        no=S("anmäla anmälde anmäler anmält"),
    ),
    # --- syncope ---
    "mögel": dict(
        probe=r"m[öo]gl|mögel",
        rel=S("mögel möglet"),
        comp=S("mögeldebatten mögelfynd mögelhösten mögelkris mögelkrisen mögelproblem mögelskadorna mögelskandalen "
               "mögelskola mögelskolor mögelsporer mögelsvamp"),
    ),
    "förälder": dict(
        probe=r"föräld|föråld",
        rel=S("förälder föräldern föräldrar föräldrarna föräldrarnas"),
        comp=S("föräldraföreningen föräldragrupp föräldramöte föräldranätverket"),
        no=S("föråldrad föråldrade"),
    ),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("vattenläcka vattenskador"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        comp=S("frågetecken"),
        no=S("tecknades tecknat"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("läromedel"),
        no=S("medelstor medlemmar omedelbar omedelbart"),
    ),
    "möbel": dict(
        probe=r"möb",
        rel=S("möblerna"),
        no=S("möblerade"),
    ),
    # --- umlaut ---
    "bok": dict(
        probe=r"bok|böck",
        rel=S("böcker böckerna"),
        comp=S("läroböcker skolböcker"),
        no=S("bokat bokslutet"),
    ),
    "mus": dict(
        probe=r"^mus|möss|musen",
        rel=S("möss"),
        no=S("musiken musikläraren mössor"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät|nätverk",
        rel=S("natt nätterna"),
        comp=S("nattetid"),
        no=S("nätet nätverk nätverket nätverkets föräldranätverket"),
    ),
    "fot": dict(
        probe=r"fot|fött",
        rel=S("fötterna"),
        comp=S("takfot takfoten"),
        dc=S("fotboll fotbollsplan fotbollsplanen"),
        no=S("foton"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son söner"),
        no=S("sönder söndag"),
        nei=S("talespersonen"),
    ),
    "land": dict(
        probe=r"^land|^länd|länder|landet|landets|land$|lands$",
        rel=S("landet landets länder"),
        dc=S("finland västmanland västmanlands"),
        no=S("landar"),
        nei=S("bland"),
    ),
    # --- compounds ---
    "fukt": dict(
        probe=r"fukt",
        rel=S("fukt fukten"),
        comp=S("fuktbalans fuktexpert fuktexperter fuktfråga fuktkvot fuktkvoten fuktkvoter fuktmätning fuktmätningar "
               "fuktnivåer fuktsakkunnig fuktsakkunniga fuktsanering fuktskada fuktskadade fuktskador fuktskadorna "
               "fuktsäkerhet fuktsäkerheten fuktteknik fuktutredning"),
        dc=S("avfuktare fuktig fuktigt fuktigheten fuktinventeras"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        comp=S("papptak papptaket plåttak skoltak skoltaken takbyte takpapp takbyten takbytet takentreprenör takentreprenören "
               "takfot takfoten takrenovering takrenoveringarna takrenoveringen yttertak"),
        dc=S("takbyggarna takbyggarnas takföretagen"),
        no=S("kontakt kontaktat takten taktik"),
    ),
    "vägg": dict(
        probe=r"v[äa]gg",
        rel=S("väggar väggarna väggen"),
        comp=S("plastväggar skärmväggar väggskivorna ytterväggar ytterväggarna ytterväggen"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("elevhälsan hälsoenkät hälsosamtal hälsoundersökning hälsoundersökningen"),
        dc=S("folkhälsomyndigheten"),
        no=S("hälsade"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("domkyrka domkyrkan kyrkoherde kyrkoherden kyrksal kyrksalar kyrkvaktmästaren"),
        dc=S("domkyrkoförsamlingen"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan"),
        comp=S("gatukontoret vasagatan"),
        no=S("gåta"),
        nei=S("obligatorisk"),
    ),
    "klass": dict(
        probe=r"klass",
        rel=S("klass klassen klasser"),
        comp=S("förskoleklass klasskamraterna klassrum klassrummen klassrummet mångmiljardklassen"),
        no=S("klassade klassades klassiskt"),
    ),
    "lärare": dict(
        probe=r"lär",
        rel=S("lärare läraren lärarna lärarnas"),
        comp=S("förskollärare förskolläraren förskollärarna förskollärarnas lärarrum mattelärare musikläraren"),
        no=S("lära lärde lärdomar lärdomarna lärdomen lärt läroböcker läromedel"),
        nei=S("lärkbackens populärt"),
    ),
    "budget": dict(
        probe=r"budget",
        rel=S("budget budgeten"),
        comp=S("budgetdebatt budgetfråga skolbudgeten"),
        no=S("budgeterade budgeterat"),
    ),
    # --- traps ---
    "vind": dict(
        probe=r"vind",
        rel=S("vind vindar vindarna vinden vindens"),
        comp=S("skolvindar skolvinden vindsbjälklaget"),
        no=S("svindlande"),
    ),
    "spor": dict(
        probe=r"spor",
        rel=S("sporer sporerna"),
        comp=S("mögelsporer"),
        no=S("sporthall sportlovet transporteras"),
    ),
    "lukt": dict(
        probe=r"lukt",
        rel=S("lukt lukten"),
        comp=S("källarlukt"),
        no=S("luktade luktar"),
    ),
    "röta": dict(
        probe=r"röt|rött",
        rel=S("röta"),
        no=S("bröt gröt trött trötta trötthet"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum rummen"),
        comp=S("förrum grupprum klassrum klassrummen klassrummet lärarrum"),
        no=S("centrum forum strumpor ullstrumpor"),
    ),
    "list": dict(
        probe=r"list",
        rel=S("lister listerna"),
        comp=S("golvlisterna"),
        no=S("journalisterna lista listan"),
    ),
    "lim": dict(
        probe=r"lim",
        rel=S("lim limmet"),
        no=S("inomhusklimatet preliminär"),
    ),
    "plåt": dict(
        probe=r"pl[aå]t",
        rel=S("plåt plåten"),
        comp=S("plåtslagare plåttak"),
        no=S("arbetsplats arbetsplatsen betongplattan plats platta"),
        nei=S("kopplat"),
    ),
    "hall": dict(
        probe=r"h[aå]ll",
        rel=S("hallen"),
        comp=S("idrottshall idrottshallen simhall simhallar simhallen sporthall"),
        no=S("hallstahammar hushållen hålla håller hållit innehålla innehåller underhåll underhållet underhållsbehov "
             "vidhåller"),
    ),
    "vite": dict(
        probe=r"^vit",
        rel=S("vite vitet"),
        no=S("vita vittnesmål"),
    ),
    "matta": dict(
        probe=r"matt",
        rel=S("mattan mattor"),
        comp=S("plastmattan plastmattor"),
        no=S("mattas matte mattelärare"),
    ),
    "ånga": dict(
        probe=r"ånga|^ång",
        rel=S("ånga"),
        comp=S("ångspärr ångspärren"),
        no=S("fånga ångest ångesten långa många pensionsavgångar"),
    ),
    "damm": dict(
        probe=r"damm",
        rel=S("damm"),
        no=S("dammen"),
    ),
    # --- words of phrases, booleans and filters ---
    "och": dict(probe=r"^och$", rel=S("och")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "tillfällig": dict(probe=r"^tillfäll", rel=S("tillfälliga")),
    "sjuk": dict(
        probe=r"^sjuk",
        rel=S("sjuk sjuka"),
        nei=S("sjukdagar sjukdom sjukhuset sjukskriven sjukskrivna"),
    ),
    "hus": dict(probe=r"^hus(et|en|ets)?$", rel=S("hus huset husen husets")),
    "barn": dict(
        probe=r"^barn",
        rel=S("barn barnen barnens"),
        comp=S("barnläkare"),
    ),
    "personal": dict(
        probe=r"personal",
        rel=S("personal personalen personalens"),
        comp=S("förskolepersonal"),
    ),
    "krav": dict(
        probe=r"krav|kräv",
        rel=S("krav kraven kravet"),
        comp=S("kravbrev skadeståndskrav"),
        nei=S("kräva kräver krävs krävt"),
    ),
    "svar": dict(
        probe=r"svar",
        rel=S("svar svaren svaret"),
        comp=S("provsvar"),
        nei=S("ansvar ansvara ansvarar ansvaret ansvarig ansvarsförsäkring arbetsmiljöansvar arbetsmiljöansvariga "
              "besvarat helhetsansvaret svara svarade svarande svarta"),
    ),
    "oberoende": dict(probe=r"oberoende", rel=S("oberoende")),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningarna utredningen utredningens"),
        comp=S("fuktutredning"),
        nei=S("utreda utredare utredaren utredas utreder"),
    ),
    "västerås": dict(probe=r"väster[aå]s", rel=S("västerås")),
    "skolfastighet": dict(probe=r"skolfastighet", rel=S("skolfastigheter skolfastigheters")),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "astma": dict(
        probe=r"astma",
        rel=S("astma"),
        no=S("plastmattan plastmattor"),
    ),
    "huvudvärk": dict(probe=r"huvudvärk", rel=S("huvudvärk huvudvärken")),
    "takbyggarna": dict(probe=r"takbygg", rel=S("takbyggarna takbyggarnas")),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten")),
    "modul": dict(
        probe=r"modul",
        rel=S("modul modulen moduler modulerna"),
        comp=S("skolmoduler"),
    ),
    "sjöhagsskolan": dict(probe=r"sjöhag", rel=S("sjöhagsskolan sjöhagsskolans")),
    "förskola": dict(
        probe=r"förskol",
        rel=S("förskola förskolan förskolans förskolor förskolorna"),
        comp=S("förskolebarnen förskolechefen förskoleklass förskolepersonal förskollärare förskolläraren "
               "förskollärarna förskollärarnas"),
    ),
    "klockarängen": dict(probe=r"klockaräng", rel=S("klockarängen klockarängens")),
    "folkhälsomyndigheten": dict(probe=r"folkhälsomynd", rel=S("folkhälsomyndigheten")),
    "boverket": dict(probe=r"boverk", rel=S("boverket boverkets")),
    "skattehöjning": dict(probe=r"skattehöj", rel=S("skattehöjning")),
    "sparpaket": dict(probe=r"sparpaket", rel=S("sparpaket")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("eleverna", "inflection", False, ("term", "elev")),
    ("proven", "inflection", False, ("term", "prov")),
    ("lokalerna", "inflection", False, ("term", "lokal")),
    ("renoveringen", "inflection", False, ("term", "renovering")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("kostnaderna", "inflection", False, ("term", "kostnad")),
    ("inspektionen", "inflection", False, ("term", "inspektion")),
    ("saneringen", "inflection", False, ("term", "sanering")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("möglet", "syncope", False, ("term", "mögel")),
    ("föräldrarna", "syncope", False, ("term", "förälder")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("möblerna", "syncope", False, ("term", "möbel")),
    ("böckerna", "umlaut", False, ("term", "bok")),
    ("möss", "umlaut", False, ("term", "mus")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("sönerna", "umlaut", False, ("term", "son")),
    ("länder", "umlaut", False, ("term", "land")),
    ("fukt", "compound", True, ("term", "fukt")),
    ("tak", "compound", True, ("term", "tak")),
    ("vägg", "compound", True, ("term", "vägg")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("klass", "compound", True, ("term", "klass")),
    ("lärare", "compound", True, ("term", "lärare")),
    ("budget", "compound", True, ("term", "budget")),
    ('"fukt och mögel"', "phrase", False, ("phrase", ["fukt", "och", "mögel"])),
    ('"tillfälliga lokaler"', "phrase", False, ("phrase", ["tillfällig", "lokal"])),
    ('"sjuka hus"', "phrase", False, ("phrase", ["sjuk", "hus"])),
    ('"barn och personal"', "phrase", False, ("phrase", ["barn", "och", "personal"])),
    ('"krav på svar"', "phrase", False, ("phrase", ["krav", "på", "svar"])),
    ('"renoveringen av taket"', "phrase", False, ("phrase", ["renovering", "av", "tak"])),
    ('"oberoende utredning"', "phrase", False, ("phrase", ["oberoende", "utredning"])),
    ('"Västerås Skolfastigheter"', "phrase", False, ("phrase", ["västerås", "skolfastighet"])),
    ("Arbetsmiljöverket vite", "boolean", False, ("and", ["arbetsmiljöverket", "vite"])),
    ("astma huvudvärk", "boolean", False, ("and", ["astma", "huvudvärk"])),
    ("Takbyggarna tingsrätten", "boolean", False, ("and", ["takbyggarna", "tingsrätt"])),
    ("moduler -Sjöhagsskolan", "boolean", False, ("not", "modul", "sjöhagsskolan")),
    ("förskolan -Klockarängen", "boolean", False, ("not", "förskola", "klockarängen")),
    ("Folkhälsomyndigheten OR Boverket", "boolean", False, ("or", ["folkhälsomyndigheten", "boverket"])),
    ("skattehöjning OR sparpaket", "boolean", False, ("or", ["skattehöjning", "sparpaket"])),
    ("källa:Länken inspektionen", "filter", False, ("filter", "Länken", "inspektion")),
    ("källa:Mälarbladet föräldrarna", "filter", False, ("filter", "Mälarbladet", "förälder")),
    ("källa:Svartån modulerna", "filter", False, ("filter", "Svartån", "modul")),
    ("källa:Kvällsfacklan möglet", "filter", False, ("filter", "Kvällsfacklan", "mögel")),
    ("källa:Takfoten renoveringen", "filter", False, ("filter", "Takfoten", "renovering")),
    ("typ:opinion kostnaderna", "filter", False, ("filter", "opinion", "kostnad")),
    ("typ:opinion lärarna", "filter", False, ("filter", "opinion", "lärare")),
    ("vind", "trap", False, ("term", "vind")),
    ("sporer", "trap", False, ("term", "spor")),
    ("lukt", "trap", False, ("term", "lukt")),
    ("röta", "trap", False, ("term", "röta")),
    ("rum", "trap", False, ("term", "rum")),
    ("lister", "trap", False, ("term", "list")),
    ("lim", "trap", False, ("term", "lim")),
    ("plåt", "trap", False, ("term", "plåt")),
    ("hallen", "trap", False, ("term", "hall")),
    ("vite", "trap", False, ("term", "vite")),
    ("mattan", "trap", False, ("term", "matta")),
    ("ånga", "trap", False, ("term", "ånga")),
    ("damm", "trap", False, ("term", "damm")),
]

HEADER = """# corpus_mould.json – judging notes

Invented crisis: in August 2026 teachers at Sjöhagsskolan in Västerås (F–9, 610 pupils, built 1968) complain of a cellar smell and headaches in the classrooms upstairs, a year after the invented roofing contractor Takbyggarna i Mälardalen AB replaced the school's flat felt roof with sheet metal. The invented municipal property company Västerås Skolfastigheter AB first finds nothing; on 1 October 2026 samples show mould on the attic floor (a broken vapour barrier, an eaves gap sealed at the roof replacement, ventilation switched off at night since 2019). The east wing closes; 280 pupils are taught in Lundby kyrka's parish hall, a sports hall in Vallby and a folk high school, then from November in fourteen rented modules on the football pitch (cold floors, a burst pipe). The invented preschool Klockarängens förskola closes (mould and degraded glue under the vinyl floors), and the inventory finds damp at five schools and two preschools (also Ekbergaskolan, Granåsskolan, Tallbackaskolan, Björkhagens skola and Lärkbackens förskola, with mice and standing water in its crawl space); 3 000 library books are burned. Parents form Föräldranätverket Friska skolor i Västerås and demand answers; grundskolenämnden and the property company blame each other; Arbetsmiljöverket inspects and orders Västerås stad to act, with a penalty of 500 000 kronor (later 300 000 per school for two more), and closes the case in March; Arbets- och miljömedicin in Uppsala surveys the staff; teachers report occupational injuries. The property company claims 48 million kronor from the contractor, sues in Västmanlands tingsrätt and settles for 17 million in April 2027. Costs rise from 60 to 180 and 310 million kronor; kommunfullmäktige adds 150 million by postponing a swimming hall, a tax rise is voted down twice, the school board gets a cuts package. The unions and the opposition demand an independent inquiry; its interim report (February) and final report (April) blame a system where nobody saw the whole; the company's CEO resigns; fullmäktige decides to demolish the east wing; the government asks Boverket and Folkhälsomyndigheten for a national strategy. Places and public bodies are real (Västerås with Vallby, Bäckby, Hammarby, Råby, Önsta-Gryta, Hökåsen, Kristiberg, Hälla, Vasagatan, the cathedral, Lundby kyrka; Hallstahammar, Eskilstuna, Köping, Uppsala; Västerås stad, grundskolenämnden, kommunstyrelsen, kommunfullmäktige, Arbetsmiljöverket, Boverket, Folkhälsomyndigheten, Skolinspektionen, Försäkringskassan, Statskontoret, Region Västmanland, Arbets- och miljömedicin at Akademiska sjukhuset, Västmanlands tingsrätt, Sveriges Lärare, Kommunal, Vision, Byggnads, Sveriges Kommuner och Regioner, Mälardalens, Uppsala, Lunds and Umeå universitet; their actions are invented); the schools and preschools, the companies (Västerås Skolfastigheter AB, Takbyggarna i Mälardalen AB, Mälardalens Fuktteknik AB, Svenska Takföretagen), the parents' network, every person and all seven outlets are invented: Nyhetsbyrån Länken (wire service, terse), Mälarbladet (local daily, Västerås, with leaders and letters), Radio Svartån (local radio, spoken quotes, a commentary), Kvällsfacklan (tabloid, with columns), Takfoten (building and property trade paper, with leaders), Skolvardag (education trade paper, with debate articles) and Horisont (national daily, analysis, leaders and debate articles). 120 articles (100 news, 20 opinion: leaders, debate articles, columns, letters, a radio commentary), published 17 August 2026 to 25 May 2027, +02:00 until 25 October 2026 and from 28 March 2027, +01:00 between. The ids J001–J120 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (not used at all), the verb *händer* (*händerna* appears once, as the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *vind* meaning wind (every *vind*, *vinden*, *vindar* is an attic), the verb *mögla* (mould appears only as the noun and its compounds), the base form *lokal* (noun and adjective alike; the noun appears only as *lokaler*, *lokalerna*, so *lokala* and *lokalt* are always the adjective), the verb *röta* (every *röta* is rot), *äga rum*, *list* meaning cunning (every *lister* is a skirting board), the base form *matta* (noun and adjective alike; only *mattan*, *mattor*), the verb *ånga*, *damm* meaning pond in its base form (the pond is only *dammen*; dust is *damm*), the infinitive *hälsa* meaning greet (greeting only as *hälsade*), *prov* meaning an exam (every *prov* form is a sample), *medel* meaning average (*medel*, *medlen* are always funds), and any surname that contains a trap word (no *Hallén*, *Mattsson* or *Vitalis*).

How the lists were made: src/mould_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/mould_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: plåt/plat, hall/håll, gata/gåta, vägg/vagg, son/sön, land/länd, natt/nätt/nät, fot/fött, mus/möss, bok/böck, prov/pröv, röta/rött) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *vite* is anchored at the start of the word (*vit-*), since *-vit-* sits inside many unrelated words; *son* is probed as *son-*/*sön-* from the start and *söner*/*sonen* anywhere; *land* as *land-*/*länd-* from the start, *länder*, *landet*, *landets* anywhere and *-land*, *-lands* at the end; *hus* only as the whole words *hus*, *huset*, *husen*, *husets*; *mus* as *mus-* from the start and *möss*/*musen* anywhere. Tokens are runs of letters, so *Vd:n*, *SO-lärare*, *Önsta-Gryta* and *Arbets- och miljömedicin* are split and numbers dropped. `python3 mould_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. A derivation is don't care (*fuktig*, *fuktigt*, *fuktigheten*, *avfuktare*, *fuktinventeras* for `fukt`; *inspektör* for `inspektionen`; *mätarna* for `mätningarna`); so are names that only contain the word (the company *Takbyggarna* and the trade body *Svenska Takföretagen* for `tak`, *Skolinspektionen* for `inspektionen`, *Domkyrkoförsamlingen* for `kyrka`, *Finland*, *Västmanland* for `länder`, *Folkhälsomyndigheten* for `hälsa`) and *fotboll*, *fotbollsplan(en)* for `fötterna`. One line per query:

- **eleverna** (inflection): *elever*, *eleverna* relevant; *elevhälsan*, *elevrådet*, *elevassistenter*, *högstadieelever(na)* compounds; *relevant*, *relevanta* (the letters inside another word) → must_not.
- **proven** (inflection): *prov*, *prover*, *proverna*, *proven* (samples) relevant; *luftprover(na)*, *provsvar* compounds; *provisoriskt* and the verb *pröva*, *prövar*, *prövas*, *prövningen* → must_not.
- **lokalerna** (inflection): *lokaler*, *lokalerna* relevant; *skollokaler* compound; the adjective *lokala*, *lokalt* (another word class) → must_not.
- **renoveringen** (inflection): *renovering*, *renoveringen* relevant; *takrenovering(en/arna)*, *renoveringsskulden* compounds; the verb *renovera*, *renoverar*, *renoveras*, *renoverade* → must_not.
- **mätningarna** (inflection): *mätningar*, *mätningarna* relevant; *fuktmätning(ar)*, *luftmätning* compounds; *mätarna* → don't care; the verb *mäter*, *mäts*, *mätte* → must_not.
- **kostnaderna** (inflection): *kostnaden*, *kostnader*, *kostnaderna* relevant; the verb *kosta*, *kostar*, *kostade*, *kostat* → must_not.
- **inspektionen** (inflection): *inspektion*, *inspektionen* relevant; *inspektionsmeddelande* compound; *inspektör*, *Skolinspektionen* → don't care; the verb *inspekterade*, *inspekterar* → must_not.
- **saneringen** (inflection): *sanering*, *saneringen*, *saneringarna* relevant; *fuktsanering*, *saneringsfirma*, *saneringsföretag(et)* compounds; the participles *sanerats*, *sanerad* → must_not.
- **anmälningarna** (inflection): *anmälan* (the singular of the same noun), *anmälningar*, *anmälningarna* relevant; *felanmälan*, *felanmälningar(na)* compounds; the verb *anmäla*, *anmäler*, *anmälde*, *anmält* → must_not.
- **möglet** (syncope): *mögel*, *möglet* relevant; *mögelsporer*, *mögelsvamp*, *mögelkrisen*, *mögelskola* … compounds; no lookalike in the texts.
- **föräldrarna** (syncope): *förälder*, *föräldern*, *föräldrar*, *föräldrarna*, *föräldrarnas* relevant; *föräldranätverket*, *föräldramöte*, *föräldragrupp*, *föräldraföreningen* compounds; *föråldrad*, *föråldrade* (outdated) → must_not.
- **vattnet** (syncope): *vatten*, *vattnet* relevant; *vattenläcka*, *vattenskador* compounds; no lookalike.
- **tecknen** (syncope): *tecken*, *tecknen* relevant; *frågetecken* compound; *tecknat*, *tecknades* (signed a contract) → must_not.
- **medlen** (syncope): *medel*, *medlen* (funds) relevant; *läromedel* compound; *medlemmar*, *omedelbar(t)* and *medelstor* → must_not.
- **möblerna** (syncope): *möblerna* relevant; the participle *möblerade* → must_not.
- **böckerna** (umlaut): *böcker*, *böckerna* relevant; *skolböcker*, *läroböcker* compounds; *bokat* (boka) and *bokslutet* → must_not.
- **möss** (umlaut): *möss* relevant; *mössor* (caps), *musiken*, *musikläraren* → must_not.
- **nätterna** (umlaut): *natt*, *nätterna* relevant; *nattetid* compound; *nätet*, *nätverk(et/ets)* and *Föräldranätverket* → must_not.
- **fötterna** (umlaut): *fötterna* relevant; *takfot(en)* (the eaves) compounds; *fotboll*, *fotbollsplan(en)* → don't care; *foton* → must_not.
- **sönerna** (umlaut): *son*, *söner* relevant; *sönder*, *söndag* → must_not; *talespersonen* is neither.
- **länder** (umlaut): *landet*, *landets* (the country), *länder* relevant; *Finland*, *Västmanland(s)* → don't care; the verb *landar* → must_not; *bland* is neither.
- **fukt** (compound): *fukt*, *fukten* and compounds (*fuktskador*, *fuktskadorna*, *fuktkvot*, *fuktsakkunnig*, *fuktmätningar*, *Fuktteknik*, *fuktutredning* …) relevant; *fuktig*, *avfuktare*, *fuktinventeras* → don't care.
- **tak** (compound): *tak*, *taket* and compounds (*plåttak*, *papptak(et)*, *yttertak*, *skoltak(en)*, *takpapp*, *takfot(en)*, *takbyte(t)*, *takrenovering(en)*, *takentreprenör(en)*) relevant; *Takbyggarna*, *Svenska Takföretagen* → don't care; *takten*, *taktik*, *kontakt*, *kontaktat* → must_not.
- **vägg** (compound): *väggen*, *väggar*, *väggarna* and *ytterväggar(na)*, *ytterväggen*, *skärmväggar*, *plastväggar*, *väggskivorna* relevant; no lookalike.
- **hälsa** (compound): *hälsa* and *elevhälsan*, with -o- *hälsosamtal*, *hälsoenkät*, *hälsoundersökning(en)* relevant; *Folkhälsomyndigheten* (the word inside) → don't care; the verb *hälsade* → must_not.
- **kyrka** (compound): *kyrka*, *kyrkan*, *kyrkans* and *domkyrka(n)*, *kyrksal(ar)*, *kyrkvaktmästaren*, with -o- *kyrkoherde(n)* relevant; *Domkyrkoförsamlingen* → don't care; no lookalike.
- **gata** (compound): *gatan*, *Vasagatan* and with -u- *gatukontoret* relevant; *gåta* (a riddle) → must_not; *obligatorisk* is neither.
- **klass** (compound): *klass*, *klassen*, *klasser* and *klassrum(met/men)*, *klasskamraterna*, *mångmiljardklassen*, with -e- *förskoleklass* relevant; *klassiskt* and the verb *klassade(s)* → must_not.
- **lärare** (compound): *lärare*, *läraren*, *lärarna*, *lärarnas* (also in *Sveriges Lärare*) and *förskollärare* …, *mattelärare*, *musikläraren*, *lärarrum* relevant; *lära*, *lärde*, *lärt*, *lärdom(ar/arna/en)*, *läroböcker*, *läromedel* (from the verb) → must_not; *populärt*, *Lärkbackens* are neither.
- **budget** (compound): *budget*, *budgeten* and *skolbudgeten*, *budgetdebatt*, *budgetfråga* relevant; the participle *budgeterade*, *budgeterat* → must_not.
- **"fukt och mögel"** (phrase): *fukt och mögel* adjacent relevant; *fukt* and *mögel* apart in the same article (*mögel hittats i ytterväggarna, där fukt trängt in*; *fukt och mikroorganismer* with *mögel* elsewhere) → must_not; *mögelsporer* or *fuktskador* as the only form of one word → don't care.
- **"tillfälliga lokaler"** (phrase): *tillfälliga lokaler*, *tillfälliga lokalerna* relevant; *tillfälliga moduler* with *andra lokaler* elsewhere → must_not.
- **"sjuka hus"** (phrase): *sjuka hus* relevant; *huset* and *sjuk(a)* apart (*blir värre ju längre vi stannar i huset … blir allvarligt sjuk*) → must_not.
- **"barn och personal"** (phrase): *barn och personal*, *barnens och personalens* relevant; both words apart → must_not; *förskolepersonal* as the only form → don't care.
- **"krav på svar"** (phrase): *krav på svar* relevant; *kravet* and *svar* apart → must_not; the verb *kräver* is not a form of *krav*, and *ansvar* is neither for *svar*.
- **"renoveringen av taket"** (phrase): *Renoveringen av taket*, *renovering av taket*, *renovering av tak* relevant; *renoveringen* and *taket* apart → must_not; *takrenoveringarna* → don't care.
- **"oberoende utredning"** (phrase): *oberoende utredning*, *oberoende utredningen*, *oberoende utredningens* relevant; *Utredningen måste vara oberoende* → must_not; *den oberoende utredaren* is not a form of *utredning*, and the article that has it otherwise has only the compound *fuktutredning* → don't care.
- **"Västerås Skolfastigheter"** (phrase): the company name (*Västerås Skolfastigheter*, *Västerås Skolfastigheters*) relevant; *skolfastigheter i Västerås*, *Västerås … lade sina skolfastigheter* (the words apart) → must_not.
- **Arbetsmiljöverket vite** (boolean AND): both relevant (*vite*, *vitet*); *Arbetsmiljöverket* alone, or with only the lookalike *vita* → must_not.
- **astma huvudvärk** (boolean AND): both relevant; one of them alone → must_not; *plastmattan*, *plastmattor* contain the letters of *astma* and count as a lookalike.
- **Takbyggarna tingsrätten** (boolean AND): *Takbyggarna(s)* with *tingsrätt(en)* relevant; only one → must_not.
- **moduler -Sjöhagsskolan** (boolean NOT): *modul*, *modulen*, *moduler*, *modulerna* without *Sjöhagsskolan(s)* relevant; with it → must_not; *skolmoduler* alone → don't care.
- **förskolan -Klockarängen** (boolean NOT): *förskola(n/ns)*, *förskolor(na)* without *Klockarängen(s)* relevant; with it → must_not; *förskoleklass*, *förskollärare*, *förskolechefen* alone → don't care.
- **Folkhälsomyndigheten OR Boverket** (boolean OR): either relevant (*Boverkets* too); no lookalike.
- **skattehöjning OR sparpaket** (boolean OR): either relevant; no lookalike.
- **källa:Länken inspektionen**, **källa:Mälarbladet föräldrarna**, **källa:Svartån modulerna**, **källa:Kvällsfacklan möglet**, **källa:Takfoten renoveringen**, **typ:opinion kostnaderna**, **typ:opinion lärarna** (filters): `källa:` matches one word of the outlet's name (*Länken*, *Mälarbladet*, *Svartån*, *Kvällsfacklan*, *Takfoten*; the outlet names never occur in the texts, and *takfoten* in a text is the eaves); the term is judged as in its own query with compounds:false (*föräldranätverket*, *mögelkrisen*, *takrenoveringen*, *förskollärare* → don't care); articles with the term that fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*kostar*, *kostat* in opinion pieces).
- **vind** (trap): *vind*, *vinden*, *vindens*, *vindar*, *vindarna* (the attic) relevant; *vindsbjälklaget*, *skolvinden* compounds; *svindlande* → must_not.
- **sporer** (trap): *sporer*, *sporerna* relevant; *mögelsporer* compound; *sportlovet*, *sporthall* and *transporteras* → must_not.
- **lukt** (trap): *lukt*, *lukten* relevant; *källarlukt* compound; the verb *luktar*, *luktade* (another word class) → must_not.
- **röta** (trap): *röta* (rot in wood) relevant; *trött*, *trötta*, *trötthet*, *gröt* and *bröt* (the letters inside other words) → must_not.
- **rum** (trap): *rum*, *rummen* relevant; *klassrum(met/men)*, *grupprum*, *lärarrum*, *förrum* compounds; *centrum*, *forum*, *strumpor*, *ullstrumpor* → must_not.
- **lister** (trap): *lister*, *listerna* (skirting boards) relevant; *golvlisterna* compound; *lista*, *listan* and *journalisterna* → must_not.
- **lim** (trap): *lim*, *limmet* relevant; *inomhusklimatet* and *preliminär* → must_not.
- **plåt** (trap): *plåt*, *plåten* relevant; *plåttak*, *plåtslagare* compounds; *platta* (flat), *betongplattan*, *plats*, *arbetsplats(en)* (diacritic pair) → must_not; *kopplat* is neither.
- **hallen** (trap): *hallen* (the sports hall) relevant; *idrottshall(en)*, *simhall(en/ar)*, *sporthall* compounds; *håll*-words (*hålla*, *håller*, *hållit*, *vidhåller*, *innehålla*, *innehåller*, *underhåll(et)*, *underhållsbehov*, *hushållen*; diacritic pair) and *Hallstahammar* → must_not.
- **vite** (trap): *vite*, *vitet* relevant; *vita* (white) and *vittnesmål* → must_not.
- **mattan** (trap): *mattan*, *mattor* relevant; *plastmattan*, *plastmattor* compounds; *matte*, *mattelärare* and the verb *mattas* → must_not.
- **ånga** (trap): *ånga* (vapour) relevant; *ångspärr(en)* compounds; *ångest(en)*, *många*, *långa*, *fånga*, *pensionsavgångar* → must_not.
- **damm** (trap): *damm* (dust) relevant; *dammen* (a pond, another lemma) → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way mould_articles does
    assert [a["id"] for a in fire_build.articles(rows, "J")] == [a["id"] for a in ARTICLES]
    fire_build.build("mould", "J", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
