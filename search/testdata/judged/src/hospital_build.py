#!/usr/bin/env python3
"""Builds corpus_hospital.json and corpus_hospital.md from hospital_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 hospital_build.py [-v]
"""

import fire_build
from hospital_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "operation": dict(
        probe=r"operat|opere",
        rel=S("operation operationen operationer operationerna"),
        comp=S("gallstensoperationer hjärtoperationer höftoperation operationsavdelningarna operationsdagar "
               "operationskön operationsrobot operationssalar operationssjuksköterskor"),
        no=S("opererade opereras"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        dc=S("utredare"),
        no=S("utreda utreder"),
    ),
    "bemanning": dict(
        probe=r"beman",
        rel=S("bemanning bemanningen"),
        comp=S("bemanningsbolag bemanningsbolagen bemanningsföretagen bemanningsstrategi"),
        no=S("bemanna bemannad bemannade bemannas"),
    ),
    "kritik": dict(
        probe=r"kriti",
        rel=S("kritik kritiken"),
        no=S("kritiserat kritisk kritiska"),
    ),
    "transport": dict(
        probe=r"transport",
        rel=S("transport transporten transporter transporterna"),
        comp=S("patienttransport"),
        no=S("transporterades transporterats"),
    ),
    "sjuksköterska": dict(
        probe=r"skötersk",
        rel=S("sjuksköterska sjuksköterskan sjuksköterskor sjuksköterskorna sjuksköterskornas"),
        comp=S("hyrsjuksköterskor intensivvårdssjuksköterska intensivvårdssjuksköterskan intensivvårdssjuksköterskor "
               "intensivvårdssjuksköterskorna operationssjuksköterskor specialistsjuksköterskor "
               "sjuksköterskeutbildningar"),
        dc=S("sköterska sköterskorna"),
        no=S("undersköterska undersköterskan undersköterskor undersköterskorna"),
    ),
    "prioritering": dict(
        probe=r"priorit",
        rel=S("prioritering prioriteringar prioriteringarna"),
        no=S("prioritera prioriterades prioriteras prioriterat"),
    ),
    "övertid": dict(probe=r"övertid", rel=S("övertid övertiden")),
    "säng": dict(probe=r"säng", rel=S("säng sängar sängarna sängen")),
    # --- syncope ---
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("läkemedel"),
        dc=S("läkemedelshantering"),
        no=S("medelpadsposten medlemmen medlingsinstitutets familjemedlemmar"),
    ),
    "morgon": dict(
        probe=r"morg|morn",
        rel=S("morgnar morgon morgonen"),
        comp=S("måndagsmorgonen onsdagsmorgonen"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regeln regler reglerna"),
        comp=S("arbetstidsreglerna"),
        no=S("reglerar skadereglerare"),
    ),
    "väder": dict(
        probe=r"väd",
        rel=S("väder vädret"),
        comp=S("ovädret snöoväder snöovädret"),
        no=S("vädjade vädjar"),
    ),
    "axel": dict(
        probe=r"axel|axl",
        rel=S("axeln axlar"),
        no=S("axelsson axlat"),
    ),
    "exempel": dict(
        probe=r"exemp",
        rel=S("exempel exemplet"),
        no=S("exemplarisk"),
    ),
    # --- umlaut ---
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand handen händer händerna"),
        comp=S("handledsfrakturer"),
        no=S("handlar handlat hända händelse händelseanalys händelseanalysen händelsen händelser olyckshändelse"),
        nei=S("behandlar behandlas behandling behandlingen cancerbehandlingar förhandlar"),
    ),
    "bror": dict(
        probe=r"bror|brod|bröd",
        rel=S("bror bröder bröderna"),
        comp=S("brorsonen storebror"),
        no=S("bröd broddar"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad städer"),
        no=S("bostad stadigt städar städning"),
        nei=S("kostade röstade testades utrustade"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamoten ledamöter ledamöterna"),
        comp=S("riksdagsledamöter"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet landets länder"),
        comp=S("landstingens utomlands"),
        dc=S("england grekland jämtland norrland norrlands västernorrland västernorrlands"),
        no=S("landa landar landat"),
        nei=S("bland ibland midlanda pressmeddelande sjölander"),
    ),
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattpass"),
        no=S("nätet"),
    ),
    # --- compounds ---
    "klinik": dict(
        probe=r"klini",
        rel=S("kliniker klinikens"),
        comp=S("barnkliniken infektionskliniken klinikchefen kvinnokliniken ungdomskliniken"),
        no=S("kliniska"),
    ),
    "pass": dict(
        probe=r"pass",
        rel=S("pass passen"),
        comp=S("dubbelpass kvällspasset nattpass"),
        no=S("förbipasserande passar passerad passerat"),
    ),
    "skada": dict(
        probe=r"skad|skäd",
        rel=S("skada skadan skador"),
        comp=S("brännskador skadeanmälningar skadeanmälningarna skadereglerare skadestånd vårdskada"),
        no=S("skadade skadades"),
    ),
    "influensa": dict(
        probe=r"influen",
        rel=S("influensa influensan"),
        comp=S("influensasäsong influensasäsongen influensavaccinet säsongsinfluensa"),
        no=S("influencern"),
    ),
    "flyg": dict(
        probe=r"fl[yö]g|flug",
        rel=S("flyg"),
        comp=S("ambulansflyg ambulansflyget flygplan flygplats flygplatschefen flygplatsen flygturen"),
        dc=S("flygning flygningen"),
        no=S("flugit flugits flugna flyga flygas flyger flygs flög flögs"),
    ),
    "plats": dict(
        probe=r"plats",
        rel=S("plats platser"),
        comp=S("flygplats flygplatschefen flygplatsen intensivvårdsplatser intensivvårdsplatserna vårdplats "
               "vårdplatsbristen vårdplatser vårdplatserna"),
    ),
    "stab": dict(
        probe=r"stab",
        rel=set(),
        comp=S("krisstab stabschefen stabsläge"),
        no=S("stabila stabilt"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt",
        rel=S("gatan gatorna"),
        comp=S("gatukontor gatukontoret storgatan"),
        no=S("gåta gåtan"),
        nei=S("gått"),
    ),
    "budget": dict(
        probe=r"budget",
        rel=S("budget budgeten"),
        comp=S("budgetdebatt budgetdebatten budgetförslaget investeringsbudgeten tilläggsbudget tilläggsbudgetar "
               "tilläggsbudgeten"),
        no=S("budgeterat"),
    ),
    # --- traps ---
    "kost": dict(
        probe=r"kost",
        rel=S("kost kosten"),
        no=S("kostade kostar kostat kostnad kostnaden kostnader kostnaderna kostnadseffektivitetsprincipen"),
    ),
    "rond": dict(
        probe=r"rond",
        rel=S("rond ronden"),
        no=S("rondellen"),
        nei=S("trondheim"),
    ),
    "sond": dict(
        probe=r"sond",
        rel=S("sond"),
        no=S("sonderar"),
    ),
    "mask": dict(
        probe=r"mask",
        rel=S("masken masker"),
        no=S("maskiner maskinerna"),
    ),
    "ork": dict(
        probe=r"ork",
        rel=S("ork orken"),
        no=S("orkanbyar orkar orkestern sjukhusorkester sjukhusorkestern"),
    ),
    "rygg": dict(
        probe=r"rygg",
        rel=S("rygg ryggen"),
        comp=S("ryggskott"),
        no=S("trygghet tryggt"),
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("armen"),
        comp=S("armbrott"),
        no=S("larm larmat larmen larmet varmt"),
    ),
    "hals": dict(
        probe=r"h[aä]ls",
        rel=S("halsen"),
        no=S("folkhälsomyndigheten folkhälsomyndighetens hälso hälsocentralen hälsocentralerna hälsoekonomen "
             "hälsoregioner"),
    ),
    "kärl": dict(
        probe=r"k[äa]rl",
        rel=S("kärl kärlet"),
        comp=S("kärlkirurg kärlkirurgen kärlkirurger"),
        no=S("karl kärlek kärleksförklaring"),
    ),
    "mage": dict(
        probe=r"^mag|mage|mager|magr",
        rel=S("magen"),
        comp=S("magsjuka"),
        no=S("mager magra"),
    ),
    "brits": dict(
        probe=r"brit",
        rel=S("brits britsar"),
        no=S("britt britterna brittiska storbritannien"),
    ),
    "bot": dict(
        probe=r"bot",
        rel=S("bot"),
        no=S("norrbotten västerbotten operationsrobot"),
    ),
    "test": dict(
        probe=r"test",
        rel=S("tester testet"),
        comp=S("snabbtest snabbtesten snabbtester"),
        no=S("protest protesten protestera protesterade testades testamente testamentet testats"),
    ),
    # --- words of phrases, booleans and filters ---
    "särskild": dict(probe=r"särskil", rel=S("särskild särskilda"), nei=S("särskilt")),
    "händelse": dict(
        probe=r"händelse",
        rel=S("händelse händelsen händelser"),
        comp=S("händelseanalys händelseanalysen olyckshändelse"),
    ),
    "planerad": dict(probe=r"^planer", rel=S("planerad planerade")),
    "brist": dict(
        probe=r"brist",
        rel=S("brist bristen"),
        comp=S("personalbrist vårdplatsbristen"),
        nei=S("bristningsgränsen"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "beordrad": dict(probe=r"beordr", rel=S("beordrad beordrade beordrat"), nei=S("beordra beordras")),
    "svensk": dict(probe=r"^svensk", rel=S("svensk svenska svenskt")),
    "ambulansflyg": dict(probe=r"ambulansflyg", rel=S("ambulansflyg ambulansflyget")),
    "region": dict(
        probe=r"^region(en|ens|er|erna|ernas)?$",
        rel=S("region regionen regionens regioner regionerna regionernas"),
    ),
    "vård": dict(probe=r"^vård(en|ens)?$", rel=S("vård vården")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "omsorg": dict(probe=r"omsorg", rel=S("omsorg")),
    "dö": dict(probe=r"^(dog|dö|dör|dött|döende)$", rel=S("dog dö")),
    "akut": dict(
        probe=r"^akut",
        rel=S("akuten akutens akuter"),
        comp=S("akutmottagning akutmottagningar akutmottagningarna akutsjukvård akutsjukvården"),
        nei=S("akut akuta"),
    ),
    "ivo": dict(probe=r"^ivo$", rel=S("ivo")),
    "sundsvall": dict(probe=r"sundsvall", rel=S("sundsvall sundsvalls")),
    "umeå": dict(probe=r"umeå", rel=S("umeå")),
    "uppsala": dict(probe=r"uppsala", rel=S("uppsala")),
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken strejker"),
        no=S("strejkade strejkande"),
    ),
    "vårdförbundet": dict(probe=r"vårdförbund", rel=S("vårdförbundet vårdförbundets")),
    "rs": dict(probe=r"^rs$", rel=S("rs")),
    "sollefteå": dict(probe=r"sollefteå", rel=S("sollefteå"), comp=S("sollefteåbor")),
    "kramfors": dict(probe=r"kramfors", rel=S("kramfors"), comp=S("kramforsbo")),
    "örnsköldsvik": dict(probe=r"örnsköldsvik", rel=S("örnsköldsvik örnsköldsviks")),
    "skattehöjning": dict(probe=r"skattehöjn", rel=S("skattehöjning skattehöjningen")),
    "familj": dict(
        probe=r"famil",
        rel=S("familj familjen familjerna"),
        comp=S("barnfamiljer familjemedlemmar"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("operationerna", "inflection", False, ("term", "operation")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("bemanningen", "inflection", False, ("term", "bemanning")),
    ("kritiken", "inflection", False, ("term", "kritik")),
    ("transporterna", "inflection", False, ("term", "transport")),
    ("sjuksköterskorna", "inflection", False, ("term", "sjuksköterska")),
    ("prioriteringarna", "inflection", False, ("term", "prioritering")),
    ("övertiden", "inflection", False, ("term", "övertid")),
    ("sängarna", "inflection", False, ("term", "säng")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("morgnar", "syncope", False, ("term", "morgon")),
    ("regler", "syncope", False, ("term", "regel")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("axlar", "syncope", False, ("term", "axel")),
    ("exemplet", "syncope", False, ("term", "exempel")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("länder", "umlaut", False, ("term", "land")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("klinik", "compound", True, ("term", "klinik")),
    ("pass", "compound", True, ("term", "pass")),
    ("skada", "compound", True, ("term", "skada")),
    ("influensa", "compound", True, ("term", "influensa")),
    ("flyg", "compound", True, ("term", "flyg")),
    ("plats", "compound", True, ("term", "plats")),
    ("stab", "compound", True, ("term", "stab")),
    ("gata", "compound", True, ("term", "gata")),
    ("budget", "compound", True, ("term", "budget")),
    ('"särskild händelse"', "phrase", False, ("phrase", ["särskild", "händelse"])),
    ('"planerade operationer"', "phrase", False, ("phrase", ["planerad", "operation"])),
    ('"brist på sjuksköterskor"', "phrase", False, ("phrase", ["brist", "på", "sjuksköterska"])),
    ('"beordrad övertid"', "phrase", False, ("phrase", ["beordrad", "övertid"])),
    ('"Svenskt Ambulansflyg"', "phrase", False, ("phrase", ["svensk", "ambulansflyg"])),
    ('"regionens budget"', "phrase", False, ("phrase", ["region", "budget"])),
    ('"vård och omsorg"', "phrase", False, ("phrase", ["vård", "och", "omsorg"])),
    ('"dog på akuten"', "phrase", False, ("phrase", ["dö", "på", "akut"])),
    ("IVO Sundsvall", "boolean", False, ("and", ["ivo", "sundsvall"])),
    ("Umeå OR Uppsala", "boolean", False, ("or", ["umeå", "uppsala"])),
    ("strejken -Vårdförbundet", "boolean", False, ("not", "strejk", "vårdförbundet")),
    ("RS influensa", "boolean", False, ("and", ["rs", "influensa"])),
    ("Sollefteå OR Kramfors", "boolean", False, ("or", ["sollefteå", "kramfors"])),
    ("Örnsköldsvik -Sundsvall", "boolean", False, ("not", "örnsköldsvik", "sundsvall")),
    ("skattehöjning budgeten", "boolean", False, ("and", ["skattehöjning", "budget"])),
    ("källa:Medelpadsposten operationerna", "filter", False, ("filter", "Medelpadsposten", "operation")),
    ("källa:Ådalskuriren Sollefteå", "filter", False, ("filter", "Ådalskuriren", "sollefteå")),
    ("källa:Skuleberget övertiden", "filter", False, ("filter", "Skuleberget", "övertid")),
    ("källa:Sextant IVO", "filter", False, ("filter", "Sextant", "ivo")),
    ("källa:Kvällsblixten familjen", "filter", False, ("filter", "Kvällsblixten", "familj")),
    ("källa:Vårdpulsen sjuksköterskorna", "filter", False, ("filter", "Vårdpulsen", "sjuksköterska")),
    ("typ:opinion budgeten", "filter", False, ("filter", "opinion", "budget")),
    ("kost", "trap", False, ("term", "kost")),
    ("rond", "trap", False, ("term", "rond")),
    ("sond", "trap", False, ("term", "sond")),
    ("mask", "trap", False, ("term", "mask")),
    ("ork", "trap", False, ("term", "ork")),
    ("rygg", "trap", False, ("term", "rygg")),
    ("arm", "trap", False, ("term", "arm")),
    ("hals", "trap", False, ("term", "hals")),
    ("kärl", "trap", False, ("term", "kärl")),
    ("mage", "trap", False, ("term", "mage")),
    ("brits", "trap", False, ("term", "brits")),
    ("bot", "trap", False, ("term", "bot")),
    ("test", "trap", False, ("term", "test")),
]

HEADER = """# corpus_hospital.json – judging notes

Invented crisis: a winter of overfull hospitals in Region Västernorrland, October 2026 to April 2027. An early RS season (Folkhälsomyndigheten's warning on 19 October) and then influenza A fill the children's ward and the intensive care units of Sundsvalls sjukhus and Örnsköldsviks sjukhus at a time when 21 of 104 posts for intensive care nurses are empty (nurses have left for Norway and for staffing agencies) and only eight of twelve intensive care beds in Sundsvall and four of six in Örnsköldsvik can be staffed. The regional council adopts a budget for 2027 with a 35 öre tax rise and a stop for hired staff (25 November, 36–35). Planned operations are postponed from 1 December; on Monday 7 December the region goes into stabsläge and declares a major incident (särskild händelse) in its health care: all planned operations that are not urgent are put off, older patients are moved to an extra ward at Sollefteå sjukhus, Christmas leave is withdrawn, and by 15 February, when the major incident ends, 41 intensive care patients (babies with RS among them) have been flown by Svenskt Ambulansflyg or ambulance helicopter, or driven, to Umeå, Östersund, Uppsala, Falun and Gävle. Nurses work ordered overtime (beordrad övertid, some more than 200 hours); the chief safety representative demands measures. In the night to Monday 4 January 2027 the 71-year-old Bertil Sandström from Timrå dies on a trolley at the emergency department in Sundsvall after almost nine hours without a new assessment (a ruptured abdominal aortic aneurysm); the region makes a lex Maria report, IVO opens an investigation on 8 January and on 16 March directs serious criticism at the region. About 40 nurses of the intensive care unit and the emergency department in Sundsvall go on a wildcat strike on 13 January against ordered overtime; Vårdförbundet does not back it; the strike lasts a day, and an agreement reached at two in the morning sets a cap of 150 hours and a 5 000-kronor supplement. The opposition (M, KD, SD) calls a vote of no confidence in the chairman of the regional executive Jonas Edlund (S), which fails 35–36 on 2 February, when a supplementary budget of 180 million kronor is adopted; the region then forecasts a deficit, pleads with the state, buys operations from private clinics, is inspected by Arbetsmiljöverket and reviewed by consultants, and makes the nurses' supplement permanent in April. Families tell their stories: a seven-week-old girl flown to Umeå, twins sent to two hospitals, a woman whose hip operation is cancelled three times, a man in a respirator in Uppsala, the dead man's daughter and sons. Places and public bodies are real (Sundsvall, Timrå, Njurunda, Härnösand, Ramvik, Kramfors, Docksta, Sollefteå, Ådalen, Örnsköldsvik, Höga kusten, Midlanda, Höga Kusten Airport, E4, Umeå, Östersund, Uppsala, Falun, Gävle, Luleå, Stockholm, Göteborg, Malmö, Trondheim, Porto; Region Västernorrland, Sundsvalls sjukhus, Örnsköldsviks sjukhus, Sollefteå sjukhus, Norrlands universitetssjukhus, Akademiska sjukhuset, Folkhälsomyndigheten, Socialstyrelsen, IVO, Arbetsmiljöverket, Medlingsinstitutet, Vårdförbundet, Kommunal, SKR, Svenskt Ambulansflyg, Löf, Karolinska institutet, Mittuniversitetet, SMHI, NHS England; their actions are invented); every person, the staffing company, the consultancy, the nurses' association, the preschool and all seven outlets are invented: Medelpadsposten (local daily for Sundsvall and Medelpad, with leaders and letters), Ådalskuriren (local daily for Härnösand, Kramfors and Sollefteå, with a leader and letters), Radio Skuleberget (local radio for Örnsköldsvik and Höga kusten, with quotes), Nyhetsbyrån Sextant (wire service, also carrying press releases), Kvällsblixten (national tabloid, with columns), Vårdpulsen (healthcare trade paper, with debate articles and a column) and Dagposten (national daily, with a leader, a column and a debate article). 124 articles (106 news, 18 opinion: leaders, debate articles, columns, letters), published 19 October 2026 to 19 April 2027, +02:00 until 25 October 2026 and from 28 March 2027, +01:00 in between. The ids E001–E124 follow publication time.

Names that are words or lookalikes: the paediatrician Karl Näslund (*Karl*, a diacritic lookalike of `kärl`), Britt-Marie Nyström (*Britt* for `brits`), the director of health care Per Axelsson (*Axelsson* for `axlar`), the outlet name *Medelpadsposten* when an article quotes it (for `medlen`), and the counties *Norrbotten* and *Västerbotten* (for `bot`). Names that are words but meet no query (Berg, Holm, Lund, Brink, Fors, Lind, Ek, Strand, Sundin, Saga) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (and the noun), the verb *händer* (*händer* occurs once, as the plural of *hand*: *ni värmde hans kalla händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the infinitive and the present of the verb *skada* (every *skada* is the noun: *kommit till skada*; the verb occurs only as *skadades*, *skadade*), the verb *planera* in the past tense (every *planerade* is the participle before a noun: *planerade operationer*, *den planerade vården*), the verb *brista* (every *brister*, *bristen* is the noun), *pass* as a passport, *mask* as a worm, *arm* as the adjective (poor), *kärl* as a vessel for liquids, *rond* other than the ward round, *test* and *ork* as verbs (*testa*, *orka* occur only in forms that differ from the noun), *bot* as penance, *hals* of a bottle, the verb *bota*.

How the lists were made: src/hospital_articles.py holds the texts and src/hospital_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: hals/häls, kärl/karl, stad/städ, hand/händ, land/länd, natt/nät, bror/bröd, gata/gåta, flyg/flög/flug) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *mage* takes words that begin with *mag* and anything with *mage*, *mager*, *magr*; the probes for the words of phrases and booleans that are everywhere (*region*, *vård*, *och*, *på*, *dog*, *rs*, *ivo*) are anchored to the word and its inflected forms. Tokens are runs of letters, so *IVO:s*, *RS-virus*, *RS-toppen*, *lex Maria-anmälan*, *ECMO-maskiner*, *Britt-Marie*, *Per-Olof*, *Peterson-Berger* and *hälso- och sjukvården* are split (*hälso* is then a token). `python3 hospital_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. A participle used as an adjective (*bemannade platser*, *de skadade*, *de strejkande*) is a form of the verb and judged with it. For the traps a token is a lookalike (must_not) when the query's letters form a unit in it that a reader could mistake: another lemma or word class (*kostnad*, *orkar*, *magra*, *sonderar*, *kärlek*), a name (*Karl*, *Britt*, *Norrbotten*), a diacritic pair (*hälsa* for `hals`) or a word that begins or ends with the letters (*larm*, *trygghet*, *protest*, *maskiner*, *rondellen*, *brittiska*, *orkester*, *operationsrobot*); compounds of such a word are lookalikes too (*hälsocentralen*, *Folkhälsomyndigheten*, *sjukhusorkestern*, *kostnadseffektivitetsprincipen*). It is neither when the letters only straddle other morphemes or sit inside a name (*Trondheim* for `rond`, *kostade*, *röstade*, *testades* for `städer`, *behandling* for `händerna`). One line per query:

- **operationerna** (inflection): *operation*, *operationen*, *operationer*, *operationerna* relevant; the verb *opererade*, *opereras* → must_not; *höftoperation*, *operationssalar*, *operationsrobot* … compounds → don't care.
- **utredningen**: *utredning*, *utredningen* relevant; the verb *utreda*, *utreder* → must_not; *utredare* (a person) → don't care.
- **bemanningen**: *bemanning*, *bemanningen* relevant; the verb and participle *bemanna*, *bemannad*, *bemannade*, *bemannas* → must_not; *bemanningsföretagen*, *bemanningsbolag* compounds.
- **kritiken**: *kritik*, *kritiken* relevant; the adjective *kritisk*, *kritiska* (another lemma) and the verb *kritiserat* → must_not.
- **transporterna**: *transport*, *transporten*, *transporter*, *transporterna* relevant; *transporterades*, *transporterats* (verb) → must_not; *patienttransport* compound.
- **sjuksköterskorna**: the forms of *sjuksköterska* relevant; *undersköterska* and its forms (another profession, not a compound of *sjuksköterska*) → must_not, but every such article also has a relevant form; the clipped *sköterska*, *sköterskorna* → don't care; *intensivvårdssjuksköterskor*, *specialistsjuksköterskor*, *hyrsjuksköterskor*, *sjuksköterskeutbildningar* compounds.
- **prioriteringarna**: *prioritering*, *prioriteringar*, *prioriteringarna* relevant; *prioritera*, *prioriteras*, *prioriterades*, *prioriterat* (verb) → must_not.
- **övertiden**: *övertid*, *övertiden* relevant; no lookalike. **sängarna**: *säng*, *sängen*, *sängar*, *sängarna* relevant; no lookalike.
- **medlen** (syncope): *medel* (*inga egna medel*) and *medlen* relevant; *läkemedel* compound, *läkemedelshantering* don't care; *medlemmen*, *familjemedlemmar*, *Medlingsinstitutets* and the outlet name *Medelpadsposten* in the texts → must_not.
- **morgnar**: *morgon*, *morgonen*, *morgnar* relevant; *måndagsmorgonen*, *onsdagsmorgonen* compounds; no lookalike.
- **regler**: *regel*, *regeln*, *regler*, *reglerna* relevant; *reglerar* (verb) and *skadereglerare* → must_not; *arbetstidsreglerna* compound.
- **vädret**: *väder*, *vädret* relevant; *vädjar*, *vädjade* → must_not; *ovädret*, *snöoväder*, *snöovädret* compounds.
- **axlar**: *axeln*, *axlar* relevant (the shoulder); the surname *Axelsson* and the verb *axlat* (*axlat ett ansvar*) → must_not.
- **exemplet**: *exempel*, *exemplet* relevant; the adjective *exemplarisk* → must_not.
- **händerna** (umlaut): *hand* (*tar i hand*, *hålla en hand*), *handen*, *händer* (the noun), *händerna* relevant; *händelse*, *händelsen*, *händelser*, *händelseanalys(en)*, *olyckshändelse*, *hända* (from *hända*) and *handlar*, *handlat* (*handla*) → must_not; *handledsfrakturer* compound; *behandling*, *förhandlar* … are neither.
- **bröder**: *bror*, *bröder*, *bröderna* relevant; *bröd* and *broddar* → must_not; *storebror*, *brorsonen* compounds.
- **städer**: *stad*, *städer* relevant; *städar*, *städning* (städa), *stadigt* and *bostad* → must_not.
- **ledamöter**: *ledamot*, *ledamoten*, *ledamöter*, *ledamöterna* relevant; *riksdagsledamöter* compound; no lookalike.
- **länder**: *landet*, *landets*, *länder* relevant; *landa*, *landar*, *landat* (the plane lands) → must_not; the place names *Västernorrland*, *Norrland*, *Jämtland*, *England*, *Grekland* → don't care; *landstingens*, *utomlands* compounds; *bland*, *ibland*, *Midlanda*, *pressmeddelande*, *Sjölander* are neither.
- **nätter**: *natt*, *natten*, *nätter*, *nätterna* relevant; *nätet* → must_not; *nattpass* compound.
- **klinik** (compound): *kliniker*, *klinikens* and the compounds *barnkliniken*, *kvinnokliniken* (-o-), *infektionskliniken*, *ungdomskliniken*, *klinikchefen* relevant; the adjective *kliniska* → must_not.
- **pass**: *pass* (*fler nätter och fler pass*), *passen* and *dubbelpass*, *nattpass*, *kvällspasset* (-s-) relevant; *passar*, *passerad*, *passerat*, *förbipasserande* → must_not.
- **skada**: *skada* (*kommit till skada*), *skadan*, *skador* and *skadestånd*, *skadeanmälningar(na)*, *skadereglerare* (-e-), *vårdskada*, *brännskador* relevant; *skadades*, *de skadade* (verb) → must_not.
- **influensa**: *influensa*, *influensan* and *säsongsinfluensa*, *influensasäsong(en)*, *influensavaccinet* relevant; *Influencern* → must_not.
- **flyg**: *flyg* (*ta emot flyg*) and *ambulansflyg(et)*, *flygplan*, *flygplats(en)*, *flygplatschefen*, *flygturen* relevant; the verb *flyga*, *flyger*, *flygs*, *flygas*, *flög*, *flögs*, *flugit*, *flugits*, *flugna* → must_not; the derived *flygning(en)* → don't care.
- **plats**: *plats*, *platser* and *vårdplats(er/erna)*, *intensivvårdsplatser(na)*, *flygplats(en)*, *vårdplatsbristen* relevant; no lookalike.
- **stab**: only compounds: *stabsläge*, *stabschefen* (-s-), *krisstab* relevant; *stabila*, *stabilt* → must_not.
- **gata**: *gatan*, *gatorna* and *gatukontor(et)* (-u-), *Storgatan* relevant; *gåta*, *gåtan* (diacritic pair) → must_not; *gått* is neither.
- **budget**: *budget*, *budgeten* and *budgetförslaget*, *budgetdebatt(en)*, *tilläggsbudget(en/ar)*, *investeringsbudgeten* relevant; *budgeterat* (*högre än budgeterat*) → must_not.
- **"särskild händelse"**: *särskild händelse*, *särskilda händelsen*, *särskilda händelser* (also in a law's wording) relevant; *händelsen inträffade under en period av särskild belastning* → must_not; *särskilt* is not a form of *särskild*.
- **"planerade operationer"**: *planerade operationer*, *planerad operation* relevant; *planerade ingrepp* with *operationer* elsewhere → must_not; *planerade hjärtoperationer* and *den planerade vården … höftoperation* (compounds) → don't care.
- **"brist på sjuksköterskor"**: *brist på sjuksköterskor*, *bristen på sjuksköterskor* relevant; *ny brist* with *sjuksköterskor* elsewhere → must_not; *bristen på intensivvårdssjuksköterskor*, *operationssjuksköterskor* (compounds) → don't care.
- **"beordrad övertid"**: *beordrad övertid*, *den beordrade övertiden* relevant; *övertid … Det mesta har varit beordrat* → must_not; *beordras*, *beordra* are not forms of the participle.
- **"Svenskt Ambulansflyg"**: the name relevant; *ambulansflyget* with *svensk sjukvård* in another sentence → must_not.
- **"regionens budget"**: *Regionens budget*, *regionens budget* relevant; *regionen*, *region* and *budget(en)* apart → must_not.
- **"vård och omsorg"**: the words in IVO's name relevant; *omsorg på riktigt … vården behövs här* → must_not.
- **"dog på akuten"**: *dog på akuten* relevant; *Pappa dog ensam på en brits* and *natten då 71-åringen dog* with *akuten* elsewhere → must_not; *akutmottagningen* is a compound.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; *strejkade*, *strejkande* (verb) alone are lookalikes of *strejken*. OR – no lookalike; *Sollefteåbor*, *Kramforsbo* alone are compounds → don't care. *Sundsvalls*, *Örnsköldsviks* are the genitives of the places.
- **Filters**: `källa:` matches one word of the outlet's name (*Medelpadsposten*, *Ådalskuriren*, *Skuleberget*, *Sextant*, *Kvällsblixten*, *Vårdpulsen*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **kost** (trap): *kost*, *kosten* (food) relevant; *kostnad*, *kostnaden*, *kostnader(na)*, *kostar*, *kostade*, *kostat* and *kostnadseffektivitetsprincipen* (kosta, cost) → must_not.
- **rond**: *rond*, *ronden* (the ward round) relevant; *rondellen* (a roundabout) → must_not; *Trondheim* is neither.
- **sond**: *sond* (a feeding tube) relevant; *sonderar* (sondera) → must_not.
- **mask**: *masken*, *masker* relevant; *maskiner*, *maskinerna* → must_not.
- **ork**: *ork*, *orken* relevant; *orkar* (the verb orka), *orkanbyar*, *orkestern*, *sjukhusorkester(n)* → must_not.
- **rygg**: *rygg*, *ryggen* relevant; *ryggskott* compound; *trygghet*, *tryggt* → must_not.
- **arm**: *armen* relevant; *armbrott* compound; *larm*, *larmet*, *larmen*, *larmat* and *varmt* → must_not.
- **hals**: *halsen* (*ont i halsen*) relevant; *hälso* (*hälso- och sjukvården*), *hälsocentralen*, *hälsocentralerna*, *hälsoekonomen*, *hälsoregioner*, *Folkhälsomyndigheten(s)* (hälsa, a diacritic lookalike) → must_not.
- **kärl**: *kärl*, *kärlet* (the aorta) relevant; *kärlkirurg(en/er)* compounds; *kärlek*, *kärleksförklaring* and the first name *Karl* → must_not.
- **mage**: *magen* relevant; *magsjuka* compound; the adjective *mager*, *magra* → must_not.
- **brits**: *brits*, *britsar* relevant; *brittiska*, *britterna*, *Storbritannien* and the name *Britt* → must_not.
- **bot**: *bot* (*ingen bot mot RS*) relevant; *Norrbotten*, *Västerbotten* and *operationsrobot* → must_not.
- **test**: *testet*, *tester* relevant; *snabbtest(en/er)* compounds; *protest*, *protesten*, *protestera*, *protesterade*, *testamente(t)* and the verb *testats*, *testades* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("hospital", "E", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
