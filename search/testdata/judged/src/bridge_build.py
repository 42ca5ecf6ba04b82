#!/usr/bin/env python3
"""Builds corpus_bridge.json and corpus_bridge.md from bridge_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 bridge_build.py [-v]
"""

import fire_build
from bridge_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "spricka": dict(
        probe=r"spr[iu]ck|sprack",
        rel=S("spricka sprickan sprickor sprickorna"),
        comp=S("sprickindikation utmattningssprickor"),
        no=S("spricker"),
    ),
    "inspektion": dict(
        probe=r"inspek",
        rel=S("inspektion inspektionen inspektioner inspektionerna"),
        comp=S("broinspektioner huvudinspektion huvudinspektionen huvudinspektioner inspektionsprotokoll "
               "inspektionsprotokollet inspektionsrapport"),
        dc=S("inspektör inspektören inspektörer inspektörerna broinspektör"),
        no=S("inspekterade inspekterar inspekteras inspekterat"),
    ),
    "pendlare": dict(
        probe=r"pendl",
        rel=S("pendlare pendlarna"),
        no=S("pendlar pendlat"),
    ),
    "skadestånd": dict(
        probe=r"skadestånd",
        rel=S("skadestånd skadeståndet"),
        comp=S("skadeståndsrätt"),
    ),
    "försening": dict(
        probe=r"förse[nd]",
        rel=S("förseningar förseningarna"),
        no=S("försena försenad försenade försenas"),
        nei=S("försedd"),
    ),
    "ambulans": dict(
        probe=r"ambul",
        rel=S("ambulans ambulansen ambulanser ambulanserna"),
        comp=S("ambulanshelikoptern ambulanssjukvården"),
    ),
    "reparation": dict(
        probe=r"repar",
        rel=S("reparation"),
        no=S("reparera"),
    ),
    "upphandling": dict(
        probe=r"upphandl",
        rel=S("upphandling upphandlingen"),
        no=S("upphandlad upphandlas"),
    ),
    "arbetare": dict(
        probe=r"arbet",
        rel=S("arbetare arbetaren arbetarna arbetarnas"),
        no=S("arbeta arbetade arbetar arbetat arbetsträna arbete arbetet arbetschefen arbetsdag arbetsgivare "
             "arbetsgivaren arbetsmiljöarbete arbetsmiljöbrott arbetsmiljömål arbetsmiljön arbetsmiljöverket "
             "arbetsmiljöverkets arbetsplan arbetsplatsen arbetsplattform arbetsplattformen samarbetar samarbete "
             "samarbetet"),
    ),
    # --- syncope ---
    "tunnel": dict(
        probe=r"tunn|tunt",
        rel=S("tunnel tunneln tunnlar tunnlarna"),
        comp=S("tunnelalternativet"),
        no=S("tunn"),
    ),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykel cykeln cyklar cyklarna"),
        comp=S("cykelbana cykelbanan cykelfärja cykeltrafik cykelvänlig elcykel"),
        dc=S("cyklister cyklisterna"),
        no=S("cykla cyklat"),
    ),
    "medel": dict(
        probe=r"med[e]?l",
        rel=S("medel medlen"),
        no=S("medlare medlemmar medlemsföretag omedelbar"),
    ),
    "axel": dict(
        probe=r"ax[e]?l",
        rel=S("axeln axlar"),
        comp=S("axeltryck axeltrycket"),
        no=S("axel"),
    ),
    "morgon": dict(
        probe=r"morg",
        rel=S("morgon morgonen morgnarna"),
        comp=S("morgonrusningen tisdagsmorgonen"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen tecknet"),
        comp=S("skadetecken varningstecknen"),
        no=S("teckna tecknas undertecknade undertecknandet"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden städer"),
        comp=S("stadsbilden stadsbuss stadsbussarna stadsbussarnas stadsbusslinjerna stadsdelarna stadshuset "
               "universitetsstad"),
        no=S("bostäder verkstad verkstäder åstadkomma"),
        nei=S("fullastad rastade rostade röstade"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fot foten fots fötterna"),
        comp=S("fotgängare"),
        no=S("fota fotograf fotografen fotograferar fotografier"),
    ),
    "bror": dict(
        probe=r"bro[dr]|bröd",
        rel=S("bror bröderna"),
        no=S("bröd brödet"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nätet",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattbuss nattbussarna nattbussen nattetid nattåg"),
        no=S("nätet nätt"),
    ),
    "tung": dict(
        probe=r"t[uy]ng",
        rel=S("tunga tungt tyngre"),
        comp=S("tungtrafiken"),
        no=S("tyngden tyngdgräns"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränderna"),
        comp=S("strandpromenaden älvstranden"),
        no=S("rostrand strandade strandberg"),
    ),
    # --- compounds ---
    "bro": dict(
        probe=r"bro",
        rel=S("bro bron broar broarna"),
        comp=S("balkbro brobanan brobyggnad brofästena brofästet broingenjör broinspektioner broinspektör "
               "brospecialist fackverksbro fackverksbroar fältbro fältbron järnvägsbro järnvägsbroar kolbäcksbron "
               "militärbro militärbron strömbron stålbro stålbroar"),
        no=S("arbetsmiljöbrott bror brott trafikbrott"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gator gatorna"),
        comp=S("gatukontor gatukontoret kungsgatan storgatan villagator"),
        no=S("gåta"),
        nei=S("gått legat utvidgat"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färja färjan"),
        comp=S("cykelfärja färjeläge färjelägen färjeläget färjerederi färjetrafiken reservfärja vägfärjan vägfärjor"),
    ),
    "järnväg": dict(
        probe=r"järnväg",
        rel=S("järnväg järnvägen järnvägens"),
        comp=S("järnvägsbro järnvägsbroar järnvägsdelen järnvägstillsyn"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan"),
        comp=S("olyckshändelse olycksplatsen"),
        no=S("olyckligtvis"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa hälsan"),
        comp=S("hälsocentralen"),
        no=S("hälsade"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tågen"),
        comp=S("godståg godstågen nattåg norrtågs regionaltåg tågtrafik tågtrafiken"),
        no=S("byggföretag företag företagare företagarna företagen företagens företagsförening industriföretag "
             "medlemsföretag stålbyggföretag iakttagelse krafttag taget tagit tågade undantag"),
    ),
    "företag": dict(
        probe=r"företa|företo",
        rel=S("företag företagen företagens"),
        comp=S("byggföretag företagsförening industriföretag medlemsföretag stålbyggföretag"),
        dc=S("företagare företagarna"),
        no=S("företog"),
    ),
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussen"),
        comp=S("bussfält busshållplatsen busslinjerna bussresenärerna ersättningsbussar ersättningsbussarna "
               "nattbuss nattbussarna nattbussen skolbussarna skolbussen stadsbuss stadsbussarna stadsbussarnas "
               "stadsbusslinjerna"),
    ),
    # --- traps ---
    "nit": dict(
        probe=r"nit",
        rel=S("nitar nitarna"),
        comp=S("nitförband nitförbanden"),
        no=S("anita initiativ nitton snitt"),
    ),
    "fog": dict(
        probe=r"fog",
        rel=S("fog fogen"),
        comp=S("expansionsfogen"),
        no=S("kronofogden"),
    ),
    "rost": dict(
        probe=r"r[oö]st",
        rel=S("rost rosten"),
        comp=S("rostangrepp rostangripna rostrand rostskyddsmålning"),
        no=S("bröstkorgen frost omröstningen rostade rostar rostat röstade röster rösts"),
    ),
    "vall": dict(
        probe=r"vall",
        rel=S("vall vallen"),
        comp=S("banvallen"),
        no=S("tiominutersintervall"),
    ),
    "ton": dict(
        probe=r"ton",
        rel=S("ton"),
        dc=S("tonvis"),
        no=S("betong femton kartong nitton tonar tonen"),
    ),
    "ram": dict(
        probe=r"ram",
        rel=S("ramen"),
        comp=S("tidsramen"),
        no=S("fram framför framgår framtiden"),
    ),
    "is": dict(
        probe=r"^is|is$|isen$|isens$",
        rel=S("is isen"),
        comp=S("isbrytande isflak islossning islossningen isskydd istrycket"),
        no=S("kris olyckligtvis orättvis polis polisen polisens precis pris tonvis"),
    ),
    "kran": dict(
        probe=r"kran",
        rel=S("kran kranar kranarna"),
        comp=S("kranbil mobilkranar"),
        no=S("kransar kransarna"),
    ),
    "bult": dict(
        probe=r"bult",
        rel=S("bultar bultarna"),
        no=S("bultade"),
    ),
    "balk": dict(
        probe=r"balk",
        rel=S("balk balkarna"),
        comp=S("balkbro huvudbalken tvärbalk tvärbalkar tvärbalkarna"),
        no=S("balkong"),
    ),
    "stål": dict(
        probe=r"st[aå]l",
        rel=S("stål stålet"),
        comp=S("stålbro stålbroar stålbyggföretag stålkonstruktionen"),
        no=S("presstalesperson stal"),
    ),
    "kö": dict(
        probe=r"^k[oö](n|r|er|erna|rna|rde|ra|rs|rt|a)?$|köer|köbild|bilkö",
        rel=S("kö köer köerna kön"),
        comp=S("bilköerna"),
        no=S("kör köra kört"),
        nei=S("kort"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spåret"),
        comp=S("dubbelspår"),
        no=S("spara sparat"),
    ),
    # --- words of phrases, booleans and filters ---
    "stängd": dict(
        probe=r"^stäng",
        rel=S("stängd stängda"),
        nei=S("stängas stängde stängdes stänger stängningen stängs stängsel stängt stängts"),
    ),
    "för": dict(probe=r"^för$", rel=S("för")),
    "trafik": dict(
        probe=r"^trafik",
        rel=S("trafik trafiken"),
        comp=S("trafikinformationen trafiklasten"),
        nei=S("trafikbrott trafikchef trafikeras trafikverket trafikverkets"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "andra": dict(probe=r"^andra$", rel=S("andra")),
    "sida": dict(probe=r"^sid", rel=S("sida sidan sidor")),
    "tillfällig": dict(probe=r"^tillfällig", rel=S("tillfällig tillfälliga tillfälligt")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "förlora": dict(probe=r"^förlor", rel=S("förlora förlorade förlorar förlorat")),
    "kund": dict(
        probe=r"kund",
        rel=S("kunder kunderna"),
        comp=S("godskunderna kundkretsen"),
        nei=S("kunde sekunder sekunderna"),
    ),
    "brist": dict(
        probe=r"^brist",
        rel=S("brist brister"),
        nei=S("bristande bristfällig"),
    ),
    "underhåll": dict(
        probe=r"underhåll",
        rel=S("underhåll underhållet"),
        comp=S("underhållschef underhållsdirektör underhållskontrakt underhållsskulden"),
        nei=S("underhållit"),
    ),
    "umeå": dict(
        probe=r"umeå",
        rel=S("umeå umeås"),
        comp=S("umeåbor umeåborna umeåområdet umeåregionen"),
    ),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten")),
    "fordon": dict(
        probe=r"fordon",
        rel=S("fordon"),
        comp=S("utryckningsfordon"),
    ),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "transportstyrelsen": dict(probe=r"transportstyr", rel=S("transportstyrelsen")),
    "militärbro": dict(probe=r"militärbro", rel=S("militärbro militärbron")),
    "fältbro": dict(probe=r"fältbro", rel=S("fältbro fältbron")),
    "nus": dict(probe=r"^nus$", rel=S("nus")),
    "haverikommission": dict(
        probe=r"haverikommission",
        rel=S("haverikommission haverikommissionen haverikommissions"),
    ),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "teg": dict(
        probe=r"^teg",
        rel=S("teg tegs"),
        comp=S("tegsidan"),
    ),
    "röbäck": dict(probe=r"röbäck", rel=S("röbäck")),
    "nordanå": dict(probe=r"nordan", rel=S("nordanå nordanås")),
    "länstrafiken": dict(probe=r"länstrafik", rel=S("länstrafiken länstrafikens")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("sprickorna", "inflection", False, ("term", "spricka")),
    ("inspektionerna", "inflection", False, ("term", "inspektion")),
    ("pendlarna", "inflection", False, ("term", "pendlare")),
    ("skadeståndet", "inflection", False, ("term", "skadestånd")),
    ("förseningarna", "inflection", False, ("term", "försening")),
    ("ambulanserna", "inflection", False, ("term", "ambulans")),
    ("reparationen", "inflection", False, ("term", "reparation")),
    ("upphandlingen", "inflection", False, ("term", "upphandling")),
    ("arbetarna", "inflection", False, ("term", "arbetare")),
    ("tunnlar", "syncope", False, ("term", "tunnel")),
    ("cyklarna", "syncope", False, ("term", "cykel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("axlar", "syncope", False, ("term", "axel")),
    ("morgnarna", "syncope", False, ("term", "morgon")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("tyngre", "umlaut", False, ("term", "tung")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("bro", "compound", True, ("term", "bro")),
    ("gata", "compound", True, ("term", "gata")),
    ("färja", "compound", True, ("term", "färja")),
    ("järnväg", "compound", True, ("term", "järnväg")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("tåg", "compound", True, ("term", "tåg")),
    ("företag", "compound", True, ("term", "företag")),
    ("buss", "compound", True, ("term", "buss")),
    ('"stängd för trafik"', "phrase", False, ("phrase", ["stängd", "för", "trafik"])),
    ('"på andra sidan"', "phrase", False, ("phrase", ["på", "andra", "sida"])),
    ('"tillfällig bro"', "phrase", False, ("phrase", ["tillfällig", "bro"])),
    ('"sprickor i bron"', "phrase", False, ("phrase", ["spricka", "i", "bro"])),
    ('"förlorade kunder"', "phrase", False, ("phrase", ["förlora", "kund"])),
    ('"brister i underhållet"', "phrase", False, ("phrase", ["brist", "i", "underhåll"])),
    ('"Umeå tingsrätt"', "phrase", False, ("phrase", ["umeå", "tingsrätt"])),
    ('"tunga fordon"', "phrase", False, ("phrase", ["tung", "fordon"])),
    ("Trafikverket Transportstyrelsen", "boolean", False, ("and", ["trafikverket", "transportstyrelsen"])),
    ("militärbron OR fältbron", "boolean", False, ("or", ["militärbro", "fältbro"])),
    ("ambulansen -NUS", "boolean", False, ("not", "ambulans", "nus")),
    ("haverikommissionen Arbetsmiljöverket", "boolean", False, ("and", ["haverikommission", "arbetsmiljöverket"])),
    ("Teg OR Röbäck", "boolean", False, ("or", ["teg", "röbäck"])),
    ("skadestånd -Nordanå", "boolean", False, ("not", "skadestånd", "nordanå")),
    ("Länstrafiken -färjan", "boolean", False, ("not", "länstrafiken", "färja")),
    ("källa:Blixten ambulansen", "filter", False, ("filter", "Blixten", "ambulans")),
    ("källa:Anläggaren sprickorna", "filter", False, ("filter", "Anläggaren", "spricka")),
    ("källa:Kompass skadeståndet", "filter", False, ("filter", "Kompass", "skadestånd")),
    ("källa:Norrsken färjan", "filter", False, ("filter", "Norrsken", "färja")),
    ("källa:Björkbladet pendlarna", "filter", False, ("filter", "Björkbladet", "pendlare")),
    ("typ:opinion militärbron", "filter", False, ("filter", "opinion", "militärbro")),
    ("typ:opinion upphandlingen", "filter", False, ("filter", "opinion", "upphandling")),
    ("nit", "trap", False, ("term", "nit")),
    ("fog", "trap", False, ("term", "fog")),
    ("rost", "trap", False, ("term", "rost")),
    ("vall", "trap", False, ("term", "vall")),
    ("ton", "trap", False, ("term", "ton")),
    ("ram", "trap", False, ("term", "ram")),
    ("is", "trap", False, ("term", "is")),
    ("kran", "trap", False, ("term", "kran")),
    ("bult", "trap", False, ("term", "bult")),
    ("balk", "trap", False, ("term", "balk")),
    ("stål", "trap", False, ("term", "stål")),
    ("kö", "trap", False, ("term", "kö")),
    ("spår", "trap", False, ("term", "spår")),
]

HEADER = """# corpus_bridge.json – judging notes

Invented crisis: Strömbron, an invented steel truss bridge from 1958 over Ume älv in Umeå that carries a four-lane road and the railway south towards Hörnefors, links the city centre with Teg, Röbäck and Böleäng on the south bank. At the main inspection on Monday 1 March 2027 the maintenance contractor Nordanå Anläggning AB finds fatigue cracks in cross beams at pier 3, and Trafikverket closes the bridge to all traffic, trains included, at 14.00 the next day. Then to November 2027: queues to Kolbäcksbron, replacement buses and bus lanes from Länstrafiken i Västerbotten, trains south starting from Hörnefors and freight trains rerouted via Vännäs; commuters losing hours; shops on Teg losing customers (a bakery run by two brothers, a florist who closes); ambulances of Region Västerbotten rerouted to Norrlands universitetssjukhus (NUS) and an extra ambulance on Teg; the disputed records (a crack noted in 2021 with a recommended special inspection, downgraded in Trafikverket's system BaTMan in 2022) and Transportstyrelsen's supervision; copper theft; the collapse of an 18-metre section of the footway during an inspection from a hanging platform on Tuesday 20 April 2027, injuring three workers; the investigations of Statens haverikommission, Arbetsmiljöverket and the police (arbetsmiljöbrott); the ferry Frida from Trafikverket's ferry service after the ice break-up (17 May to 31 October); a temporary military bridge built by Norrlands ingenjörkår (Ing 3) from Boden and opened on 28 June; Trafikverket's decision to replace the bridge, the termination of Nordanå's maintenance contract and its claim against Trafikverket, the procurement of a new bridge and a review in Förvaltningsrätten i Umeå; damage claims by 42 businesses in Umeå tingsrätt; the municipality's claim on the state; a bridge-or-tunnel debate, votes in the council and a march to the city hall. Places and public bodies are real (Umeå, Teg, Röbäck, Böleäng, Ersboda, Ålidhem, Västerslätt, Hörnefors, Vännäs, Boden, Kolbäcksbron; Trafikverket, Transportstyrelsen, Umeå kommun, Region Västerbotten, Länstrafiken i Västerbotten, Polisen, Statens haverikommission, Arbetsmiljöverket, Försvarsmakten, Umeå tingsrätt, Förvaltningsrätten i Umeå, NUS, SMHI); their actions are invented, and Strömbron, the ferry, the companies (Nordanå Anläggning, Kustlinjen Entreprenad, Botnia Anläggning, Norrvik Infrastruktur), the associations, every person and all six outlets are invented: Björkbladet (local daily, with leaders and letters), Radio Norrsken (local radio, spoken quotes, one commentary), Nyhetsbyrån Kompass (wire service, also carrying press releases), Blixten (tabloid, with columns), Riksposten (national daily, with a leader and debate articles) and Anläggaren (construction trade paper, technical, with a column). 123 articles (106 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 12 January to 4 November 2027, +01:00 until 28 March and from 31 October, +02:00 in between. The ids z001–z123 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *spricka* in the infinitive (every *spricka* is the noun), the present *cyklar* (every *cyklar* is the plural of *cykel*), the verb *hälsa* in the infinitive (every *hälsa* is health), the noun *axel* in the base form (the token *axel* is only the first name Axel), the surname *Strand* (only *Strandberg*), *tunga* meaning tongue, *ton* meaning tone in the form *ton* (only *tonen*), *kön* meaning sex (every *kön* is a queue), *brons* (genitive of *bro* or bronze), *fog* in *med fog*, *led* (past of *lida* or a route), *i morgon*, and *morgon-* cut off before *och*. The colloquial *stan* is not probed.

How the lists were made: src/bridge_articles.py holds the texts and src/bridge_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: stål/stal, spår/spar, gata/gåta, tåg/tag, kö/ko, rost/röst, stad/städ, fot/föt, natt/nätt, tung/tyng, strand/stränd, bror/bröd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *is* is anchored (tokens beginning with *is* or ending in *is*, *isen*, *isens*), since *is* is inside hundreds of unrelated words; *kö* is probed as *kö*/*ko* with the endings of *kö* and *köra* (*kön*, *köer*, *köerna*, *kör*, *köra*, *kört*) plus *köer* and *bilkö* anywhere. Tokens are runs of letters, so *SHK:s*, *SJ:s* and hyphenated words are split. `python3 bridge_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Inflection.** *sprickorna*: the verb *spricker* (*vår budget spricker*) → must_not; *utmattningssprickor*, *sprickindikation* compounds. *inspektionerna*: the verb *inspektera* (*inspekterade*, *inspekterar*, *inspekteras*, *inspekterat*) → must_not; *inspektör* and its forms (the person, a derivation) → don't care; *huvudinspektionen*, *inspektionsprotokoll*, *broinspektioner* compounds. *pendlarna*: the verb *pendlar*, *pendlat* → must_not (an article about commuters that only says *han pendlar* is must_not). *skadeståndet*: no lookalike; *skadeståndsrätt* compound. *förseningarna*: *försena*, *försenad*, *försenade*, *försenas* → must_not; *försedd* neither. *ambulanserna*: no lookalike; *ambulanssjukvården*, *ambulanshelikoptern* compounds. *reparationen*: *reparera* → must_not. *upphandlingen*: *upphandlad*, *upphandlas* → must_not. *arbetarna*: every form of the verb *arbeta* and of the noun *arbete* with its compounds (*arbetet*, *arbetsmiljöverket*, *arbetsmiljöbrott*, *arbetsplattformen*, *arbetschefen*, *arbetsgivaren*, *samarbete* …) → must_not, since they are other lemmas.
- **Syncope.** *tunnlar*: the adjective *tunn* (*isen är tunn*, *tunn marginal*) → must_not; *tunnelalternativet* compound. *cyklarna*: the verb *cykla*, *cyklat* → must_not; *cyklister* (the person) → don't care; *cykelbanan*, *elcykel*, *cykelfärja* compounds. *medlen* (funds): *medlare*, *medlemmar*, *medlemsföretag*, *omedelbar* → must_not. *axlar*: the first name *Axel* → must_not; *axeln* (a broken shoulder) and *axlar* (of a truck) relevant; *axeltryck* compound. *morgnarna*: no lookalike; *morgonrusningen*, *tisdagsmorgonen* compounds. *tecknen*: the verb *teckna* (*teckna avtal*, *tecknas*, *undertecknade*, *undertecknandet*) → must_not; *skadetecken*, *varningstecknen* compounds.
- **Umlaut.** *städer*: *bostäder*, *verkstad*, *verkstäder* (other lemmas ending in *stad*/*städer*) and *åstadkomma* → must_not; *rastade*, *rostade*, *röstade*, *fullastad* (the letters only across a boundary) neither; *stadshuset*, *stadsbussarna*, *universitetsstad* compounds. *fötter*: *fota*, *fotograf*, *fotografen*, *fotografier*, *fotograferar* → must_not; *fot* in *satt sin fot på*, *till fots* are the noun → relevant; *fotgängare* compound. *bröderna*: *bröd*, *brödet* → must_not; *bror* relevant. *nätterna*: *nätet* (the internet) and *nätt* (*nätt och jämnt*) → must_not; *nattetid*, *nattbussarna*, *nattåg*, *midnatt* compounds. *tyngre*: forms of *tung* (*tunga*, *tungt*, *tyngre*) relevant; *tyngden* and *tyngdgräns* (the noun *tyngd*) → must_not; *tungtrafiken* compound. *stränder*: *strandade*, the surname *Strandberg* and *rostrand* (rost + rand) → must_not; *älvstranden*, *Strandpromenaden* compounds.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *järnvägsbron*, *järnvägsdelen*, *olycksplatsen*, *företagsförening*; -e- *färjeläget*, *färjetrafiken*, *färjerederi*; -u- *gatukontoret*; -o- *hälsocentralen*; none *Strömbron*, *Kolbäcksbron*, *militärbron*, *brofästet*, *brospecialist*, *Storgatan*, *villagator*, *vägfärjan*, *godstågen*, *Norrtågs*, *tågtrafiken*, *byggföretag*, *stadsbussarna*, *ersättningsbussar*. **bro**: *brott*, *trafikbrott*, *arbetsmiljöbrott* and *bror* → must_not. **gata**: *gåta* → must_not; *gått*, *legat*, *utvidgat* neither. **olycka**: *olyckligtvis* → must_not. **hälsa**: the verb *hälsade* (*hälsade på publiken*) → must_not. **tåg**: *tag*-words — *företag* and all its forms and compounds, *tagit*, *taget*, *undantag*, *iakttagelse*, *krafttag* — and the verb *tågade* → must_not. **företag**: the verb *företog* → must_not; *företagare*, *Företagarna* (a derivation) → don't care. **färja**, **järnväg**, **buss**: no lookalike in the texts.
- **Phrases**: forms must be adjacent and in order in one sentence; the words apart or reordered are must_not. *bron är stängd för trafik* relevant; *stängd för all trafik*, *bron blir stängd … för all trafik*, *den stängda Strömbron … öppnades för trafik* → must_not. Forms of *stängd* are *stängd*, *stängda*; the verb forms (*stängdes*, *stängt*, *stängs* …) are neither; *Trafikverket* is not counted as a compound of *trafik*. *på andra sidan älven* relevant; *från norra sidan* with *andra* elsewhere → must_not. *tillfällig bro*, *den tillfälliga bro* relevant; *tillfälligt färjeläge* or *tillfälliga stöd* with *bro* elsewhere → must_not; *tillfälligt bussfält* with only *Kolbäcksbron* → don't care. *sprickor i bron* relevant; every article with a form of *spricka*, *i* and *bron* apart → must_not; with only *Strömbron* → don't care. *förlorar kunder*, *förlorat kunder* relevant (inflected forms adjacent); *förlora fyra timmar* with *kunderna* elsewhere → must_not. *brister i underhållet* relevant; *brister i entreprenörens arbetsmiljöarbete* with *underhåll* elsewhere → must_not; *bristande underhåll* is neither (another form, *bristande*). *Umeå tingsrätt* relevant; *tingsrätten i Umeå* → must_not. *tunga fordon*, *tyngre fordon* relevant; *tyngre än 24 ton och fordon* → must_not; *tunga lastbilar* with only *utryckningsfordon* → don't care.
- **Booleans**: AND – an article with only some terms is must_not. NOT – an article with the excluded term is must_not (*NUS*, *Nordanå*, *färjan*); an article whose excluded term is only inside a compound (such as *färjeläget*) would be don't care. OR – *Tegsidan* alone is a compound → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Blixten*, *Anläggaren*, *Kompass*, *Norrsken*, *Björkbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **Traps.** **nit**: *nitton*, the name *Anita*, *initiativ* and *snitt* (*i snitt*) → must_not; *nitförband* compound. **fog**: *Kronofogden* → must_not; *expansionsfogen* compound. **rost**: *röst* and its forms (*röster*, *rösts*, *röstade*, *omröstningen*), *frost*, *bröstkorgen* and the verb *rosta* (*rostar*, *rostat*, *rostade*) → must_not; *rostangrepp*, *rostskyddsmålning*, *rostrand* compounds. **vall** (an embankment): *tiominutersintervall* → must_not; *banvallen* compound. **ton** (weight): *betong*, *kartong*, *femton*, *nitton*, *tonen* (in the debate), *tonar ner* → must_not; *tonvis* → don't care. **ram**: *fram*, *framför*, *framgår*, *framtiden* → must_not; *inom ramen för* and *ramen för projektet* are the noun; *tidsramen* compound. **is** (ice): *polis*, *polisen*, *polisens*, *kris*, *pris*, *precis*, *orättvis*, *olyckligtvis*, *tonvis* → must_not; *islossningen*, *isflak*, *istrycket*, *isskydd*, *isbrytande* compounds. **kran**: *kransar*, *kransarna* (wreaths) → must_not; *mobilkranar*, *kranbil* compounds. **bult**: *bultade* (a heart pounding) → must_not. **balk**: *balkong* → must_not; *tvärbalkarna*, *huvudbalken*, *balkbro* compounds. **stål**: *stal* (stjäla) and *presstalesperson* → must_not; *stålbroar*, *stålkonstruktionen* compounds. **kö**: *kör*, *köra*, *kört* (köra) → must_not; *kort* neither; *bilköerna* compound. **spår**: *spara*, *sparat* → must_not; *dubbelspår* compound.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way bridge_articles does
    assert [a["id"] for a in fire_build.articles(rows, "z")] == [a["id"] for a in ARTICLES]
    fire_build.build("bridge", "z", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
