#!/usr/bin/env python3
"""Builds corpus_wildfire.json and corpus_wildfire.md from wildfire_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 wildfire_build.py [-v]
"""

import fire_build
from wildfire_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringsboende"),
        no=S("evakuerade evakuerades evakuerar evakueras"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersat",
        rel=S("ersättning ersättningen"),
        no=S("ersätter"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        dc=S("utredare utredaren utredarna"),
        no=S("utreda utreder"),
    ),
    "insats": dict(
        probe=r"insat",
        rel=S("insatsen insatser"),
        comp=S("räddningsinsats räddningsinsatsen räddningsinsatser"),
        no=S("insatta"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skadorna"),
        comp=S("brännskador brännskadeavdelningen skadestånd"),
        no=S("skadad skadade skadades skadats brandskadad brandskadade brandskadat"),
    ),
    "dike": dict(
        probe=r"dik",
        rel=S("dike diken dikena diket"),
        comp=S("dikesrensning skogsdikena"),
        dc=S("dikning dikningen"),
        no=S("dikades utdikad utdikade"),
        nei=S("predikan prejudikat"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varningen varningar"),
        dc=S("förvarning"),
        no=S("varna varnar"),
    ),
    "eldningsförbud": dict(
        probe=r"eldningsförb",
        rel=S("eldningsförbud eldningsförbudet"),
    ),
    "låga": dict(
        probe=r"^låg|^lägst",
        rel=S("lågorna"),
        no=S("låg låga lågt lägsta"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("grundvattnet vattenbombande vattenbombningar vattenföring vattentankar"),
        dc=S("bevattningsförbud"),
        no=S("vattna"),
    ),
    "sommar": dict(
        probe=r"som[mr]",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        comp=S("brandsomrarna försommaren midsommar midsommarafton sommarhalvåret sommarhus sommarlovet"),
        dc=S("somras"),
    ),
    "fågel": dict(
        probe=r"fåg",
        rel=S("fåglar fåglarna"),
        comp=S("rovfåglar"),
        no=S("fågelvägen"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("hindrade förhindra förhindrar"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen tecknet"),
        no=S("tecknade tecknar teckning teckningar"),
        nei=S("fastighetsbeteckningar"),
    ),
    "väder": dict(
        probe=r"v[äa]d",
        rel=S("vädret"),
        no=S("vädjade vädjan"),
        nei=S("vad"),
    ),
    # --- umlaut ---
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden brandens bränder bränderna"),
        comp=S("brandberedskap brandbil brandflyg brandflygbas brandflyget brandflygplan brandfronten brandgata "
               "brandgatan brandgator brandgatorna brandkanten brandman brandmannen brandmän brandmännen brandområdet "
               "brandorsaken brandrisk brandrisken brandriskprognoser brandskog brandsomrarna brandstationen "
               "brandstationens brandsäker brandvakt brandzonen deltidsbrandman gräsbränder handbrandsläckare "
               "skogsbrand skogsbranden skogsbränder"),
        dc=S("brännskadeavdelningen brännskador"),
        no=S("brann brinna brinner brunnen brunnit bränt brandskadad brandskadade brandskadat"),
        nei=S("brunnarna brunnsborrarna"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("landet länder"),
        comp=S("medelhavsländer landsbygden landsbygdsministern landsbygdsnätverket landshövdingen"),
        dc=S("landskapet västmanland västmanlands finland grekland tyskland"),
        no=S("landa landade landat"),
        nei=S("bland blandskog fallande gällande pressmeddelande växlande"),
    ),
    "fot": dict(
        probe=r"fot|föt",
        rel=S("fötter fötterna"),
        dc=S("fotbollsplanen"),
        no=S("fotografer"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöterna"),
        comp=S("riksdagsledamot riksdagsledamöter"),
    ),
    "brandman": dict(
        probe=r"brandm",
        rel=S("brandman brandmannen brandmän brandmännen"),
        comp=S("deltidsbrandman"),
    ),
    "rot": dict(
        probe=r"r[oö]t",
        rel=S("rötterna"),
        no=S("rotade"),
        nei=S("brott bröt elavbrott inbrott lindroth trots"),
    ),
    # --- compounds ---
    "skog": dict(
        probe=r"skog",
        rel=S("skog skogar skogarna skogen skogens"),
        comp=S("blandskog brandskog granskog granskogen skogsbilvägarna skogsbolag skogsbolagen skogsbolaget "
               "skogsbolagets skogsbrand skogsbranden skogsbruket skogsbrukets skogsbränder skogsdikena "
               "skogsdirektör skogsentreprenörer skogsförsäkring skogsförsäkringar skogsindustrierna skogsmark "
               "skogsmaskin skogsmaskinerna skogsnäringen skogsskribent skogsstyrelsen skogsägare skogsägaren "
               "skogsägarföreningen skogsägarna skogsägarnas tallskogarna"),
        dc=S("mellanskog bergslagsskog"),
    ),
    "flyg": dict(
        probe=r"fl[yöu]g",
        rel=set(),
        comp=S("brandflyg brandflygbas brandflyget brandflygplan flygplan flygplats flygplatsen"),
        no=S("flugit flyga flyger flög"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gata"),
        comp=S("brandgata brandgatan brandgator brandgatorna gatubelysningen gatunamn"),
        no=S("gåta"),
        nei=S("genomgått gått legat ögat"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("kyrkogården kyrkoherden"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=S("räddningen"),
        comp=S("räddningschef räddningschefen räddningschefer räddningsinsats räddningsinsatsen räddningsinsatser "
               "räddningsledare räddningsledaren räddningsledningen räddningstjänst räddningstjänsten "
               "räddningstjänstens räddningstjänster räddningstjänsterna räddningstjänstmekanism"),
        no=S("rädda räddade räddas"),
        nei=S("sammanträdde"),
    ),
    "bygd": dict(
        probe=r"bygd",
        rel=S("bygd bygden"),
        comp=S("bygdegården bygdegårdsföreningen hembygdsföreningen landsbygden"),
        dc=S("landsbygdsministern landsbygdsnätverket"),
    ),
    "mark": dict(
        probe=r"mark|märk",
        rel=S("mark marken marker"),
        comp=S("markberedare markberedning markberedningen markstyrka markstyrkor markägare markägarna skogsmark "
               "torvmark torvmarkerna"),
        no=S("marknaden"),
        nei=S("uppmärksamma"),
    ),
    "ägare": dict(
        probe=r"ägar|^äg",
        rel=S("ägare ägarna"),
        comp=S("markägare markägarna skogsägare skogsägaren skogsägarna skogsägarnas skogsägarföreningen"),
        no=S("ägde ägt"),
        nei=S("reträttvägarna skogsbilvägarna vägarna"),
    ),
    # --- traps ---
    "björk": dict(
        probe=r"björk",
        rel=S("björkar björkarna"),
        no=S("björk"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("stenar stenarna stenen"),
        comp=S("minnessten stenhäll"),
        dc=S("stenberget"),
        no=S("sten stenberg stenlund skorstenen"),
        nei=S("gudstjänsten hemtjänsten hösten resten räddningstjänsten räddningstjänstens"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("solen"),
        no=S("sol sols solberg soldater soldaterna solgården solidariteten gasol"),
    ),
    "hed": dict(
        probe=r"hed",
        rel=S("heden"),
        no=S("hed hedemora hedemoras hedin hedlund hedrade"),
    ),
    "ek": dict(
        probe=r"^ek",
        rel=S("ekar ekarna"),
        comp=S("ekträd"),
        no=S("ek eks ekbacken ekberg ekdahl ekelund ekholm ekman ekström ekvall ekolog ekologen ekonomisk"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stigen stigarna"),
        no=S("stig stiger stigsdotter myrstigen"),
        nei=S("fastighetsbeteckningar hastighet hastigheten"),
    ),
    "aska": dict(
        probe=r"ask",
        rel=S("aska askan"),
        no=S("ask askar"),
        nei=S("maskin maskinen maskiner maskinerna maskinföraren skogsmaskin skogsmaskinerna överraskning"),
    ),
    "berg": dict(
        probe=r"berg|bärg",
        rel=S("berget"),
        dc=S("norberg norbergs stenberget bergslagen bergslagens bergslagsskog skinnskatteberg skinnskattebergs"),
        no=S("berg berggren bergh berglund ekberg myrberg solberg stenberg östberg"),
    ),
    "gran": dict(
        probe=r"gran",
        rel=S("gran granar granarna granen"),
        comp=S("granskog granskogen"),
        no=S("granit granlund grannar grannarna granne grannen granqvist granska granskar granskaren granskning "
             "granskningen granström"),
    ),
    "hygge": dict(
        probe=r"hygg",
        rel=S("hygge hyggen hyggena hygget"),
        comp=S("hyggesrester"),
        no=S("hyggligt"),
    ),
    "myr": dict(
        probe=r"myr",
        rel=S("myr myrar myrarna myren"),
        no=S("myrberg myror myrorna myrstack myrstigen"),
    ),
    "falk": dict(
        probe=r"falk",
        rel=S("falkar"),
        comp=S("tornfalk"),
        no=S("falk falks"),
    ),
    "rök": dict(
        probe=r"rök",
        rel=S("rök röken"),
        no=S("rökare röka"),
    ),
    # --- words of phrases, booleans and filters ---
    "förbud": dict(
        probe=r"förbud",
        rel=S("förbud förbudet förbuden"),
        comp=S("eldningsförbud eldningsförbudet bevattningsförbud"),
    ),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "eldning": dict(probe=r"^eldning$", rel=S("eldning")),
    "skadad": dict(probe=r"^skadad", rel=S("skadad skadade"), nei=S("skadades")),
    "länsstyrelse": dict(
        probe=r"länsstyr",
        rel=S("länsstyrelsen länsstyrelsens länsstyrelserna"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "västmanland": dict(probe=r"västmanl", rel=S("västmanland västmanlands")),
    "brandflyg": dict(
        probe=r"brandflyg",
        rel=S("brandflyg brandflyget"),
        comp=S("brandflygbas brandflygplan"),
    ),
    "från": dict(probe=r"^från$", rel=S("från")),
    "italien": dict(probe=r"itali", rel=S("italien"), dc=S("italienska italienske")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "skogsägare": dict(
        probe=r"skogsägar",
        rel=S("skogsägare skogsägaren skogsägarna skogsägarnas"),
        comp=S("skogsägarföreningen"),
    ),
    "stor": dict(probe=r"^stor", rel=S("stor stora"), nei=S("storleken stormar")),
    "brandrisk": dict(
        probe=r"brandrisk",
        rel=S("brandrisk brandrisken"),
        comp=S("brandriskprognoser"),
    ),
    "brinna": dict(
        probe=r"brinn|brann|brunn",
        rel=S("brinna brinner brann brunnit"),
        dc=S("brunnen"),
        nei=S("brunnarna brunnsborrarna"),
    ),
    "fortfarande": dict(probe=r"fortfar", rel=S("fortfarande")),
    "utvärdering": dict(
        probe=r"utvärd",
        rel=S("utvärdering utvärderingen utvärderingarna"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "sala": dict(probe=r"^sala", rel=S("sala salas")),
    "norberg": dict(probe=r"norberg", rel=S("norberg norbergs")),
    "portugal": dict(probe=r"portug", rel=S("portugal")),
    "msb": dict(probe=r"^msb$", rel=S("msb")),
    "ludvika": dict(probe=r"ludvik", rel=S("ludvika")),
    "hedemora": dict(probe=r"hedemor", rel=S("hedemora hedemoras")),
    "räddningsledare": dict(
        probe=r"räddningsled",
        rel=S("räddningsledare räddningsledaren"),
        nei=S("räddningsledningen"),
    ),
    "skogsbruk": dict(probe=r"skogsbruk", rel=S("skogsbruket skogsbrukets")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("insatsen", "inflection", False, ("term", "insats")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("dikena", "inflection", False, ("term", "dike")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("eldningsförbudet", "inflection", False, ("term", "eldningsförbud")),
    ("lågorna", "inflection", False, ("term", "låga")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("somrarna", "syncope", False, ("term", "sommar")),
    ("fåglar", "syncope", False, ("term", "fågel")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("länder", "umlaut", False, ("term", "land")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("brandmän", "umlaut", False, ("term", "brandman")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("skog", "compound", True, ("term", "skog")),
    ("flyg", "compound", True, ("term", "flyg")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("räddning", "compound", True, ("term", "räddning")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("vatten", "compound", True, ("term", "vatten")),
    ("mark", "compound", True, ("term", "mark")),
    ("ägare", "compound", True, ("term", "ägare")),
    ('"förbud mot eldning"', "phrase", False, ("phrase", ["förbud", "mot", "eldning"])),
    ('"skadad brandman"', "phrase", False, ("phrase", ["skadad", "brandman"])),
    ('"Länsstyrelsen i Västmanland"', "phrase", False, ("phrase", ["länsstyrelse", "i", "västmanland"])),
    ('"brandflyg från Italien"', "phrase", False, ("phrase", ["brandflyg", "från", "italien"])),
    ('"ersättning till skogsägarna"', "phrase", False, ("phrase", ["ersättning", "till", "skogsägare"])),
    ('"stor brandrisk"', "phrase", False, ("phrase", ["stor", "brandrisk"])),
    ('"brinner fortfarande"', "phrase", False, ("phrase", ["brinna", "fortfarande"])),
    ('"utvärdering av insatsen"', "phrase", False, ("phrase", ["utvärdering", "av", "insats"])),
    ("Sala Norberg", "boolean", False, ("and", ["sala", "norberg"])),
    ("Italien OR Portugal", "boolean", False, ("or", ["italien", "portugal"])),
    ("skogsägare -ersättning", "boolean", False, ("not", "skogsägare", "ersättning")),
    ("MSB länsstyrelsen", "boolean", False, ("and", ["msb", "länsstyrelse"])),
    ("Ludvika OR Hedemora", "boolean", False, ("or", ["ludvika", "hedemora"])),
    ("räddningsledaren -länsstyrelsen", "boolean", False, ("not", "räddningsledare", "länsstyrelse")),
    ("diken skogsbruket", "boolean", False, ("and", ["dike", "skogsbruk"])),
    ("källa:Bergslagsposten evakueringen", "filter", False, ("filter", "Bergslagsposten", "evakuering")),
    ("källa:Malmen brandmannen", "filter", False, ("filter", "Malmen", "brandman")),
    ("källa:Kurir länsstyrelsen", "filter", False, ("filter", "Kurir", "länsstyrelse")),
    ("källa:Barkborren diken", "filter", False, ("filter", "Barkborren", "dike")),
    ("källa:Kvällsblixten brandflyg", "filter", False, ("filter", "Kvällsblixten", "brandflyg")),
    ("typ:opinion ersättning", "filter", False, ("filter", "opinion", "ersättning")),
    ("typ:opinion eldningsförbud", "filter", False, ("filter", "opinion", "eldningsförbud")),
    ("björk", "trap", False, ("term", "björk")),
    ("sten", "trap", False, ("term", "sten")),
    ("sol", "trap", False, ("term", "sol")),
    ("hed", "trap", False, ("term", "hed")),
    ("ek", "trap", False, ("term", "ek")),
    ("stig", "trap", False, ("term", "stig")),
    ("aska", "trap", False, ("term", "aska")),
    ("berg", "trap", False, ("term", "berg")),
    ("gran", "trap", False, ("term", "gran")),
    ("hygge", "trap", False, ("term", "hygge")),
    ("myr", "trap", False, ("term", "myr")),
    ("rök", "trap", False, ("term", "rök")),
    ("falk", "trap", False, ("term", "falk")),
]

HEADER = """# corpus_wildfire.json – judging notes

Invented crisis: after the driest early summer since 2018 (SMHI warns of *stor brandrisk*; fire bans from the rescue service on 12 June and from Länsstyrelsen i Västmanlands län on 25 June), a forest fire starts from a soil scarifier striking stone on a clear-cut (hygge) at Kärrgruvan north of Norberg on Thursday 16 July 2026. It runs through pine and spruce and drained bogs, crosses the county border into Dalarna and grows to 14 900 hectares; Kärrgruvan and Kalvbäcken (Norberg kommun) and Horndal (Avesta kommun) are evacuated, evacuees sleep in Norbergs kyrka and the bygdegård in Karbenning, seven houses burn in Kalvbäcken. MSB brings in water bombers from Italy, France and Portugal through the EU mechanism (a day's delay is criticised), ground crews come from Poland and Germany, hemvärnet helps. Länsstyrelsen takes over command from the municipal rescue service on 18 July, which is questioned; the part-time firefighter Sten Falk is badly burnt on his feet that evening when going back for two colleagues who did not hear the retreat call (radio failing in the valley). The fire is under control on 29 July, flares up in the peat on 4 August and is declared out on 25 August. Then, to 20 November: the police inquiry into the cause (dropped), the rescue service's and Arbetsmiljöverket's inquiries into the injury, MSB's evaluation (the planes asked for too late), an external review of Norberg kommun's crisis management (the warning came too late), timber prices, replanting, the debate about forestry ditches in drained bogs, a national fire-ban inquiry, and compensation to forest owners (150 million kronor in the budget, applications to Skogsstyrelsen). Places and public bodies are real (Norberg, Fagersta, Skinnskatteberg, Sala, Västerås, Köping, Avesta, Horndal, Hedemora, Ludvika, Smedjebacken, Karbenning, Kärrgruvan, Kolbäcksån; SMHI, MSB, Länsstyrelsen i Västmanlands län and i Dalarnas län, Skogsstyrelsen, Arbetsmiljöverket, Trafikverket, SOS Alarm, Akademiska sjukhuset, SLU, Mellanskog; their actions are invented); Kalvbäcken, Stenberget, Rällsjön, Fläcksjön, Norrsjön as used here, Fågelvägen, Solgården, the companies (Bergslagsskog AB), the rescue service's name (Bergslagens räddningstjänst), every person and all six outlets are invented: Bergslagsposten (local daily), Radio Malmen (local radio, with quotes), Nyhetsbyrån Kurir (wire service, also carrying press releases), Kvällsblixten (tabloid), Riksbladet (national daily) and Barkborren (forestry trade paper). 127 articles (109 news, 18 opinion: leaders, debate articles, columns, radio commentaries, letters), published 10 June to 20 November 2026, +02:00 until 25 October and +01:00 after. The ids wf001–wf127 follow publication time.

Many people carry names that are ordinary words: Sten Falk (the firefighter; his wife Ylva Falk, his sister Ebba Falk), Rut Lind (rescue chief), Maj-Britt Hed and Gunvor Hed, Per-Erik Ask, Lars-Göran Berg (Länsstyrelsen), Dag Ek, Stig Myrberg and Stig Andersson, Olle Björk, Stina Björk, Anna Björk-Eriksson, Mats Ros, Eva Ros-Lindqvist, Bo Solberg, Björn Sten, Ingrid Sol-Hansson, Henrik and Annika Vide, and by given name alone the girl Sol (7), the boy Vide (6) and Lo, a dog owner; several headlines begin with such a name before the text says who it is (*Sten Falk: …*, *Dag Ek förlorade allt*, *Lo, 34, fick fly …*, *Sols hem …*, *Ask rotade i askan …*). Tokens are runs of letters, so hyphenated names split (*Sol-Hansson* gives *sol*, *Björk-Eriksson* gives *björk*, *Maj-Britt* gives *maj*), and *MSB:s* gives *msb*.

Kept out of the texts as the README asks: the pronoun *man* (only the noun *en man* occurs), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because the judging is by word form and the forms could not be told apart: the nouns *sten*, *björk*, *ek*, *stig*, *berg*, *sol*, *hed*, *falk* and *ask* in their bare base form (every bare *sten*, *björk*, *ek*, *stig*, *berg*, *sol*, *hed*, *falk* is a person's name; the common nouns appear only inflected or in compounds: *stenar*, *stenen*, *björkar*, *ekar*, *stigen*, *stigarna*, *berget*, *solen*, *heden*, *falkar*; bare *ask* is the surname or a box, the tree only as *askar*), the noun *låga* in its base form (*låga* is always the adjective, the noun is *lågorna*), *skada* as infinitive or noun base form (only *skadorna*), *byar* as gusts (*byarna* are villages, not probed), and *dalarna* as valleys (*Dalarna* is always the county).

How the lists were made: src/wildfire_articles.py holds the texts and src/wildfire_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, brand/bränd/brinn, land/länd, fot/föt, rot/röt, berg/bärg, väder/vad) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 wildfire_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls, per query:

- **evakueringen**: *evakuering(en)* relevant; the verb *evakuera* (*evakuerade*, *evakuerades*, *evakuerar*, *evakueras*, also *de evakuerade* as a participle noun) → must_not; *evakueringsboende* compound.
- **ersättningen**: *ersättning(en)* relevant; the verb *ersätter* (*Beslutet ersätter de kommunala förbuden*) → must_not.
- **utredningen**: *utredning(en)* relevant; the verb *utreda*, *utreder* → must_not; *utredare(n/na)* (the person) → don't care.
- **insatsen**: *insatsen*, *insatser* relevant; *insatta* (*väl insatta i reglerna*, the participle of *sätta in*) → must_not; *räddningsinsats(en/er)* compounds.
- **skadorna**: only the noun *skadorna*; the verb and its participles *skadad*, *skadade*, *skadades*, *skadats*, *brandskadad/e/at* → must_not; *brännskador*, *brännskadeavdelningen*, *skadestånd* compounds.
- **dikena**: *dike*, *diket*, *diken*, *dikena* relevant; the verb *dikades* and the participles *utdikad(e)* → must_not; *skogsdikena*, *dikesrensning* compounds; *dikning(en)* (the verbal noun) → don't care; *predikan*, *prejudikat* neither.
- **varningen**: *varningen*, *varningar* relevant; the verb *varna*, *varnar* → must_not; *förvarning* (*utan förvarning*, a set phrase) → don't care.
- **eldningsförbudet**: *eldningsförbud(et)*; no lookalike in the texts.
- **lågorna**: the noun *lågorna* relevant; the adjective *låg*, *låga*, *lågt*, *lägsta* (*låga flöden*, *en låg nivå*) → must_not.
- **vattnet** (syncope) and **vatten** (compound): *vatten*, *vattnet* relevant; the verb *vattna* → must_not; *grundvattnet*, *vattentankar*, *vattenbombande*, *vattenbombningar*, *vattenföring* compounds; *bevattningsförbud* (from the verb *bevattna*) → don't care.
- **somrarna**: *sommar*, *sommaren*, *sommarens*, *somrar*, *somrarna* relevant; *i somras* (adverbial) → don't care; *midsommar(afton)*, *försommaren*, *sommarhus*, *sommarlovet*, *sommarhalvåret*, *brandsomrarna* compounds. No lookalike.
- **fåglar**: *fåglar(na)* relevant; the street name *Fågelvägen* → must_not; *rovfåglar* compound.
- **hindret**: *hinder*, *hindret* relevant; the verb *hindrade*, *förhindra(r)* → must_not.
- **tecken**: *tecken*, *tecknet*, *tecknen* relevant; *tecknade*, *tecknar* (sign a contract) and *teckning(ar)* (children's drawings) → must_not; *fastighetsbeteckningar* neither.
- **vädret**: *vädret* relevant; *vädjade*, *vädjan* → must_not.
- **bränder**: *brand*, *branden*, *brandens*, *bränder*, *bränderna* relevant; the verb *brinna*, *brinner*, *brann*, *brunnit*, the participle *brunnen* and *bränt*, and the participles *brandskadad/e/at* → must_not; all *brand-* compounds and *skogsbrand*, *gräsbränder* compounds; *brännskador*, *brännskadeavdelningen* → don't care; *brunnarna* (wells) neither.
- **länder**: *landet*, *länder* relevant; the verb *landa*, *landade*, *landat* (the planes landing) → must_not; *landsbygden*, *landshövdingen*, *medelhavsländer* … compounds; *Västmanland(s)*, *Finland*, *Grekland*, *Tyskland*, *landskapet* → don't care; *bland*, *gällande* … neither.
- **fötter**: *fötter(na)* relevant; *fotografer* → must_not; *fotbollsplanen* → don't care.
- **ledamöter**: *ledamot*, *ledamöterna* relevant, *riksdagsledamot/er* compounds; no lookalike. **brandmän**: *brandman*, *brandmannen*, *brandmän*, *brandmännen* relevant, *deltidsbrandman* compound; no lookalike.
- **rötter**: *rötterna* relevant; *rotade* (*rotade i askan*) → must_not; *brott*, *trots* … neither.
- **skog** (compound): *skog*, *skogen*, *skogar(na)*, *skogens*; every *skogs-* compound and *granskog*, *blandskog*, *brandskog*, *tallskogarna* compounds; the association and company names *Mellanskog*, *Bergslagsskog* → don't care.
- **flyg** (compound): the word occurs only in compounds (*brandflyg(et)*, *flygplan*, *flygplats(en)*, *brandflygbas*, *brandflygplan*); the verb *flyga*, *flyger*, *flög*, *flugit* → must_not.
- **gata** (compound): *gata* relevant; *brandgata*, *brandgator(na)*, the proposed street name *Brandgatan* and, with -u-, *gatunamn*, *gatubelysningen* compounds; *gåta* (diacritic lookalike) → must_not.
- **kyrka** (compound): *kyrka*, *kyrkan*, *kyrkans*; with -o- *kyrkogården*, *kyrkoherden* compounds. No lookalike.
- **räddning** (compound): *räddningen*; with -s- *räddningstjänst(en)*, *räddningsledare(n)*, *räddningsinsats(en)*, *räddningschef(en)* … compounds; the verb *rädda*, *räddade*, *räddas* → must_not.
- **bygd** (compound): *bygd*, *bygden*; with -e- *bygdegården*, *bygdegårdsföreningen*, and *hembygdsföreningen*, *landsbygden* compounds; *landsbygdsministern*, *landsbygdsnätverket* (the word only in the middle) → don't care.
- **mark** (compound): *mark*, *marken*, *marker*; *markägare*, *markberedning*, *markstyrka*, *skogsmark*, *torvmark(erna)* compounds; *marknaden* → must_not; *uppmärksamma* neither.
- **ägare** (compound): *ägare*, *ägarna*; *skogsägare*, *markägare* … compounds; the verb *ägde*, *ägt* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *förbud(et) mot eldning* relevant; *Förbudet gäller all eldning … mot förbudet* → must_not. *skadad brandman* has the forms *skadad*, *skadade* (*Den skadade brandmannen*, *En skadad brandman*) → relevant; *Brandman skadad i branden* (reversed) → must_not; *skadades* is the verb and neither. *Länsstyrelsen i Västmanland(s län)* relevant; *Västmanlands län … länsstyrelsen* → must_not. *brandflyg från Italien* relevant; *brandflyg via EU. Två plan från Italien* and *begärde brandflyg … planen från Italien* → must_not. *ersättning till skogsägare(na)* relevant; *ersättning till drabbade skogsägare* (a word between) → must_not. *stor brandrisk*, *en stor brandrisk* relevant; *brandrisken är stor* → must_not (*större* is not used beside brandrisk). *brinner/brann fortfarande* relevant; *brann torven fortfarande* and *torven fortfarande ryker* → must_not. *utvärdering av insatsen* relevant; *Insatsen hyllas, utvärdering av detaljerna saknas* → must_not.
- **Booleans**: AND – an article with only some terms is must_not (so every article that names Norberg without Sala is must_not for `Sala Norberg`); one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; *räddningsledning* is not *räddningsledare*. OR – *italienska*, *italienske* (the adjective) alone → don't care for `Italien OR Portugal`; *Hedemoras* is the genitive of the place.
- **Filters**: `källa:` matches one word of the outlet's name (*Bergslagsposten*, *Malmen*, *Kurir*, *Barkborren*, *Kvällsblixten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **björk** (trap): the tree only as *björkar*, *björkarna*; *björk* is always a surname (*Olle Björk*, *Stina Björk*, *Anna Björk-Eriksson*) → must_not.
- **sten** (trap): *stenar*, *stenarna*, *stenen* relevant, *minnessten*, *stenhäll* compounds; the given name and surname *Sten* (*Sten Falk*, *Björn Sten*), the surnames *Stenberg*, *Stenlund* and *skorstenen* → must_not; the hill *Stenberget* → don't care; *gudstjänsten*, *hösten* … neither.
- **sol** (trap): the sun only as *solen*; the girl *Sol*, *Sols*, *Sol-Hansson*, *Solberg*, the home *Solgården*, *soldater(na)*, *solidariteten* and *gasol* → must_not.
- **hed** (trap): the heath only as *heden*; the surname *Hed*, *Hedin*, *Hedlund*, the town *Hedemora(s)* and the verb *hedrade* → must_not.
- **ek** (trap): *ekar*, *ekarna* relevant, *ekträd* compound; the surname *Ek* (*Dag Ek*, *Eks*), *Ekholm*, *Ekström*, *Ekman*, *Ekberg*, *Ekdahl*, *Ekelund*, *Ekvall*, the street name *Ekbacken*, *ekolog(en)* and *ekonomisk* → must_not.
- **stig** (trap): the path only as *stigen*, *stigarna*; the given name *Stig*, *Stigsdotter*, the verb *stiger* and the street name *Myrstigen* → must_not; *hastighet* … neither.
- **aska** (trap): *aska*, *askan* relevant; the surname *Ask*, *ask* (a box) and *askar* (ash trees, another lemma) → must_not; *maskin* … neither.
- **berg** (trap): *berget* relevant; surnames *Berg*, *Bergh*, *Berglund*, *Berggren*, *Myrberg*, *Solberg*, *Stenberg*, *Ekberg*, *Östberg* → must_not; place and company names that end or begin with the word (*Norberg(s)*, *Skinnskatteberg(s)*, *Stenberget*, *Bergslagen(s)*, *Bergslagsskog*) → don't care.
- **gran** (trap): *gran*, *granar(na)*, *granen* relevant, *granskog(en)* compound; *granne(n)*, *grannar(na)*, *granska*, *granskar*, *granskaren*, *granskning(en)*, *granit* and the surnames *Granlund*, *Granqvist*, *Granström* → must_not.
- **hygge** (trap): *hygge*, *hygget*, *hyggen(a)* relevant, *hyggesrester* compound; *hyggligt* → must_not.
- **myr** (trap): *myr*, *myren*, *myrar(na)* relevant; *myror*, *myrorna*, *myrstack* (ants, another lemma), the surname *Myrberg* and the street name *Myrstigen* → must_not.
- **rök** (trap): *rök*, *röken* relevant; *rökare*, *röka* → must_not.
- **falk** (trap): the bird only as *falkar*, *tornfalk* compound; the surname *Falk*, *Falks* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("wildfire", "wf", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
