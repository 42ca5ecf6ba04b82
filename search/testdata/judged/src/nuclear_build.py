#!/usr/bin/env python3
"""Builds corpus_nuclear.json and corpus_nuclear.md from nuclear_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 nuclear_build.py [-v]
"""

import fire_build
from nuclear_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "mätning": dict(
        probe=r"mät",
        rel=S("mätning mätningar mätningarna"),
        dc=S("mätare mätgrupp mätinstrument mätresultat"),
        no=S("mäta mäter mätt mätts uppmätts mätbara"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningar"),
        no=S("utreda utredas utreder utreds"),
    ),
    "anmärkning": dict(
        probe=r"anmärk",
        rel=S("anmärkning anmärkningen anmärkningar anmärkningarna"),
        no=S("anmärker anmärkte"),
    ),
    "rykte": dict(
        probe=r"rykt",
        rel=S("rykte ryktet rykten ryktena"),
        comp=S("ryktesspridningen"),
        no=S("ryktas"),
    ),
    "transformator": dict(
        probe=r"transform",
        rel=S("transformator transformatorn transformatorer transformatorerna transformatorernas"),
        comp=S("reservtransformator reservtransformatorn transformatorbranden transformatorområdet "
               "transformatorspecialist"),
        no=S("transformeras"),
    ),
    "sabotage": dict(
        probe=r"sabot",
        rel=S("sabotage sabotaget"),
        no=S("saboterat"),
    ),
    "strålning": dict(
        probe=r"strål",
        rel=S("strålning strålningen"),
        comp=S("gammastrålning strålningsoro"),
        dc=S("strålad stråldosen stråldoser strålskyddschef strålskyddsexperter strålskyddsläkare "
             "strålsäkerhetsmyndigheten strålsäkerhetsmyndighetens"),
        no=S("strålande"),
    ),
    "visselblåsare": dict(
        probe=r"visselbl|vissl",
        rel=S("visselblåsare visselblåsaren visselblåsarna"),
        comp=S("visselblåsarfunktion visselblåsarlagen"),
    ),
    "utsläpp": dict(
        probe=r"utsläpp|släpp",
        rel=S("utsläpp utsläppet utsläppen"),
        comp=S("kylvattenutsläpp"),
        nei=S("betessläppet släppa släpps släppt släpptes släppts"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dricksvatten dricksvattnet kylvatten kylvattenutlopp kylvattenutsläpp vattenmyndigheten"),
        dc=S("vattenfall vattenfalls"),
        no=S("vattnade"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtret filtren"),
        comp=S("kolfilter kolfiltret"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nycklar nycklarna"),
        comp=S("nyckelfråga nyckelhanteringen"),
        no=S("nyckfullt"),
    ),
    "åker": dict(
        probe=r"åker|åkr",
        rel=S("åker åkrar åkrarna"),
        dc=S("tvååker"),
        no=S("åkerlund åkerman"),
    ),
    "hummer": dict(
        probe=r"humm|humr|hum[oö]r",
        rel=S("hummer hummern humrar humrarna"),
        comp=S("hallandshummer hummerbåtarna hummerfiskare hummerfiskarna hummerfiske hummerfisket hummerpremiär "
               "hummerpremiären hummersäsongen hummertinorna"),
        no=S("humöret"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("botten bottnen"),
        comp=S("bottensediment havsbotten"),
        no=S("bott"),
    ),
    # --- umlaut ---
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder"),
        comp=S("brandmän brandskydd brandskyddet brandväggar transformatorbranden"),
        no=S("brann brinner brinnande bränslet bränslepatroner bränslebassängen"),
        nei=S("bransch branschen brunn gödselbrunnar gödselbrunnen"),
    ),
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natt natten nätter nätterna"),
        no=S("nätet nätverket kraftnät stamnätet"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden stränderna"),
        no=S("strand"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bönder bönderna"),
        comp=S("mjölkbönder mjölkbönderna"),
        no=S("bonde bondbönor"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("stadsdirektören stadshuset"),
        no=S("bostad bostadspriserna städa städade städningen"),
        nei=S("inplastade lagstadgade mellanstadiet röstade tystade"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son söner sönerna"),
        no=S("sonja söndagen sönder"),
    ),
    # --- compounds ---
    "reaktor": dict(
        probe=r"reakt",
        rel=S("reaktor reaktorn reaktorns reaktorer reaktorerna"),
        comp=S("reaktorbyggnaden reaktorinneslutningen reaktorleverantör reaktortanken reaktorteknik reaktortyp"),
        no=S("reaktion reaktionerna"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft krafter"),
        comp=S("kraftnät kraftverk kraftverket kärnkraft kärnkraften kärnkraftsanläggning kärnkraftschef "
               "kärnkraftverk vindkraft"),
        dc=S("nordkraft"),
        no=S("kraftig kraftigt"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("hälsorisk"),
        no=S("hälsade"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gårdarna gården"),
        comp=S("bygdegård bygdegården kyrkogården ladugården mjölkgårdar mjölkgårdarna"),
        no=S("garderade"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("räddningstjänsten tjänsteman"),
        no=S("förtjänar tjänar"),
    ),
    "zon": dict(
        probe=r"zon",
        rel=S("zonen zoner"),
        comp=S("beredskapszon beredskapszonen beredskapszoner beredskapszonerna planeringszonen"),
    ),
    "mjölk": dict(
        probe=r"mjölk",
        rel=S("mjölk mjölken"),
        comp=S("mjölkbönder mjölkbönderna mjölkgårdar mjölkgårdarna mjölkkor mjölkproverna mjölkstopp"),
        dc=S("mjölkningen"),
        no=S("mjölkas"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("havet"),
        comp=S("havs havsbotten"),
        no=S("frederikshavn haverikommission haverikommissionen havre"),
    ),
    "olycka": dict(
        probe=r"olyck|lyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("flygolyckor järnvägsolyckor tjernobylolyckan"),
        no=S("olyckligt"),
    ),
    # --- traps ---
    "rör": dict(
        probe=r"rör",
        rel=S("rör röret rören"),
        comp=S("rörbrott rörbrottet rörledningarna rörsektioner"),
        no=S("berörda berörs miljörörelsen"),
    ),
    "lera": dict(
        probe=r"lera|leran|lerig|lerjord",
        rel=S("lera leran"),
        comp=S("lerjordarna"),
        no=S("flera installerades installerat isolera isolerade kontrollera kontrollerats manipulerat reglerat "
             "spekulera"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("kontakt taktik"),
    ),
    "stav": dict(
        probe=r"stav",
        rel=S("stavar stavarna"),
        comp=S("styrstavarna"),
        no=S("bokstavligen gustav stavade"),
    ),
    "härd": dict(
        probe=r"härd",
        rel=S("härden"),
        comp=S("härdsmälta härdsmältan"),
        no=S("uthärda"),
    ),
    "fall": dict(
        probe=r"f[aä]ll|föll",
        rel=S("fall"),
        comp=S("dödsfall nedfallet skyfall"),
        dc=S("vattenfall vattenfalls"),
        no=S("avfall avfallet faller fallit tillfällig tillfälligt"),
    ),
    "ost": dict(
        probe=r"[oö]st",
        rel=S("ost osten"),
        comp=S("hårdost"),
        no=S("bekosta bostad bostadspriserna foderkostnader höst höstas höstbetet höstdag hösten höstsådden "
             "höstvetet höstväder kostar kostat kostnaden kostnader kostnaderna löst nordost rosta rostat röst "
             "röstade röster östhammar östhammars"),
    ),
    "hö": dict(
        probe=r"^hö|hö$|höet",
        rel=S("hö höet"),
        no=S("höga högre högst högsta höll hör höra hörda hörde hört höst höstas höstbetet höstdag hösten "
             "höstsådden höstvetet höstväder höök hööks"),
    ),
    "bete": dict(
        probe=r"bete|betan|betes",
        rel=S("bete betet"),
        comp=S("betesmarker betesmarkerna betessläppet höstbetet"),
        no=S("arbete arbetet beredskapsarbete betande beteende elarbeten förvärvsarbetande merarbete"),
    ),
    "kärl": dict(
        probe=r"k[äa]rl",
        rel=S("kärl kärlet"),
        comp=S("kokkärl tryckkärl"),
        no=S("karl karlsson kärlek kärleken"),
    ),
    "gran": dict(
        probe=r"gran",
        rel=S("granar granen"),
        comp=S("granbarr"),
        dc=S("gran"),
        no=S("granit graniten grannar grannarna granne grannen granska granskar granskare granskaren "
             "granskarna granskat granskats granskning granskningen noggrant"),
    ),
    "hall": dict(
        probe=r"h[aå]ll",
        rel=S("hallen"),
        comp=S("sporthallen"),
        no=S("anhållande anhållen anhållne halland hallands hallandshummer hallandskusten hallberg halländska "
             "hallänningarna hushåll hushållningssällskapet hålla håller hållet hållit hålls innehåll innehåller "
             "underhåll underhållet underhållsärende"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil mils"),
        no=S("familjen miljarder miljoner miljöpartiet miljöpartiets miljörörelsen millimeter millisievert"),
    ),
    # --- words of phrases, booleans and filters ---
    "radioaktiv": dict(
        probe=r"radioakt",
        rel=S("radioaktiv radioaktiva radioaktivt"),
        nei=S("radioaktivitet"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "inre": dict(probe=r"^inre$", rel=S("inre")),
    "beredskapszon": dict(
        probe=r"beredskapszon",
        rel=S("beredskapszon beredskapszonen beredskapszoner beredskapszonerna"),
    ),
    "ny": dict(probe=r"^ny(a|tt)?$", rel=S("ny nya nytt")),
    "kärnkraft": dict(
        probe=r"kärnkraft",
        rel=S("kärnkraft kärnkraften"),
        comp=S("kärnkraftsanläggning kärnkraftschef kärnkraftverk"),
    ),
    "länsstyrelsen": dict(probe=r"länsstyrelse", rel=S("länsstyrelsen länsstyrelsens")),
    "halland": dict(
        probe=r"^halland",
        rel=S("halland hallands"),
        comp=S("hallandshummer hallandskusten"),
    ),
    "län": dict(probe=r"^län(et|ets|s)?$", rel=S("län länet läns")),
    "förbud": dict(
        probe=r"förbud",
        rel=S("förbud förbudet"),
        comp=S("fiskeförbudet förbudsområdet"),
    ),
    "fiske": dict(
        probe=r"fiske",
        rel=S("fiske fisket"),
        comp=S("fiskeboden fiskeförbudet hummerfiske hummerfisket provfisket"),
        nei=S("fisken"),
    ),
    "misstänkt": dict(probe=r"misstänk", rel=S("misstänkt misstänkta")),
    "ersättning": dict(
        probe=r"ersättning",
        rel=S("ersättning ersättningarna ersättningen"),
        comp=S("ersättningsfond ersättningsnämnd ersättningsnämnden schablonersättning"),
    ),
    "fiskare": dict(
        probe=r"fiskar",
        rel=S("fiskare"),
        comp=S("fritidsfiskare hummerfiskare hummerfiskarna kustfiskares yrkesfiskare yrkesfiskarna"),
    ),
    "jodtablett": dict(probe=r"jodtablett", rel=S("jodtabletter jodtabletterna")),
    "väröbacka": dict(probe=r"väröbacka", rel=S("väröbacka")),
    "säpo": dict(probe=r"säpo", rel=S("säpo säpos")),
    "säkerhetspolisen": dict(probe=r"säkerhetspolis", rel=S("säkerhetspolisen")),
    "cesium": dict(probe=r"cesium", rel=S("cesium"), comp=S("cesiumhalterna")),
    "forsmark": dict(probe=r"forsmark", rel=S("forsmark")),
    "oskarshamn": dict(probe=r"oskarshamn", rel=S("oskarshamn")),
    "strålsäkerhetsmyndigheten": dict(
        probe=r"strålsäkerhetsmyndighet|^ssm$",
        rel=S("strålsäkerhetsmyndigheten strålsäkerhetsmyndighetens"),
        dc=S("ssm"),
    ),
    "varberg": dict(probe=r"varberg", rel=S("varberg varbergs"), comp=S("varbergsborna")),
    "falkenberg": dict(probe=r"falkenberg", rel=S("falkenberg")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("anmärkningarna", "inflection", False, ("term", "anmärkning")),
    ("ryktena", "inflection", False, ("term", "rykte")),
    ("transformatorn", "inflection", False, ("term", "transformator")),
    ("sabotaget", "inflection", False, ("term", "sabotage")),
    ("strålningen", "inflection", False, ("term", "strålning")),
    ("visselblåsarna", "inflection", False, ("term", "visselblåsare")),
    ("utsläppen", "inflection", False, ("term", "utsläpp")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("filtret", "syncope", False, ("term", "filter")),
    ("nyckel", "syncope", False, ("term", "nyckel")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("humrarna", "syncope", False, ("term", "hummer")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("stränderna", "umlaut", False, ("term", "strand")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("söner", "umlaut", False, ("term", "son")),
    ("reaktor", "compound", True, ("term", "reaktor")),
    ("kraft", "compound", True, ("term", "kraft")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gård", "compound", True, ("term", "gård")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("zon", "compound", True, ("term", "zon")),
    ("mjölk", "compound", True, ("term", "mjölk")),
    ("hav", "compound", True, ("term", "hav")),
    ("olycka", "compound", True, ("term", "olycka")),
    ('"radioaktivt vatten"', "phrase", False, ("phrase", ["radioaktiv", "vatten"])),
    ('"inre beredskapszonen"', "phrase", False, ("phrase", ["inre", "beredskapszon"])),
    ('"brand i transformatorn"', "phrase", False, ("phrase", ["brand", "i", "transformator"])),
    ('"ny kärnkraft"', "phrase", False, ("phrase", ["ny", "kärnkraft"])),
    ('"Länsstyrelsen i Hallands län"', "phrase", False, ("phrase", ["länsstyrelsen", "i", "halland", "län"])),
    ('"förbud mot fiske"', "phrase", False, ("phrase", ["förbud", "mot", "fiske"])),
    ('"misstänkt sabotage"', "phrase", False, ("phrase", ["misstänkt", "sabotage"])),
    ('"ersättning till fiskare"', "phrase", False, ("phrase", ["ersättning", "till", "fiskare"])),
    ("jodtabletter Väröbacka", "boolean", False, ("and", ["jodtablett", "väröbacka"])),
    ("Säpo OR Säkerhetspolisen", "boolean", False, ("or", ["säpo", "säkerhetspolisen"])),
    ("cesium -mjölk", "boolean", False, ("not", "cesium", "mjölk")),
    ("Forsmark OR Oskarshamn", "boolean", False, ("or", ["forsmark", "oskarshamn"])),
    ("visselblåsare Strålsäkerhetsmyndigheten", "boolean", False,
     ("and", ["visselblåsare", "strålsäkerhetsmyndigheten"])),
    ("transformatorn -sabotage", "boolean", False, ("not", "transformator", "sabotage")),
    ("Varberg Falkenberg", "boolean", False, ("and", ["varberg", "falkenberg"])),
    ("källa:Ejdern jodtabletter", "filter", False, ("filter", "Ejdern", "jodtablett")),
    ("källa:Lodet utredningen", "filter", False, ("filter", "Lodet", "utredning")),
    ("källa:Kvällstrumman rykten", "filter", False, ("filter", "Kvällstrumman", "rykte")),
    ("källa:Megawatten reaktorn", "filter", False, ("filter", "Megawatten", "reaktor")),
    ("källa:Tegen mjölken", "filter", False, ("filter", "Tegen", "mjölk")),
    ("källa:Kattegattkuriren hummer", "filter", False, ("filter", "Kattegattkuriren", "hummer")),
    ("typ:opinion kärnkraft", "filter", False, ("filter", "opinion", "kärnkraft")),
    ("rör", "trap", False, ("term", "rör")),
    ("lera", "trap", False, ("term", "lera")),
    ("tak", "trap", False, ("term", "tak")),
    ("stav", "trap", False, ("term", "stav")),
    ("härd", "trap", False, ("term", "härd")),
    ("fall", "trap", False, ("term", "fall")),
    ("ost", "trap", False, ("term", "ost")),
    ("hö", "trap", False, ("term", "hö")),
    ("bete", "trap", False, ("term", "bete")),
    ("kärl", "trap", False, ("term", "kärl")),
    ("gran", "trap", False, ("term", "gran")),
    ("hall", "trap", False, ("term", "hall")),
    ("mil", "trap", False, ("term", "mil")),
]

HEADER = """# corpus_nuclear.json – judging notes

Invented crisis: in the night to Monday 12 October 2026 (02.38) a ten-centimetre pipe of the purification system for the primary circuit breaks in the auxiliary building (hjälpbyggnaden) of Ringhals 4, the pressurised-water reactor on Väröhalvön north of Varberg (Varbergs kommun, Halland). About 18 cubic metres of radioactive water run out; as it evaporates, the ventilation carries radioactive noble gases and a little iodine out through the ventilation stack, because a damper has stuck so that part of the air bypasses the charcoal filter, and its alarm has been disconnected since August. Ringhals goes to förhöjd beredskap at 03.10 and shuts the reactor down by hand at 03.25; the release lasts some fifty minutes and is small (INES 2). Länsstyrelsen i Hallands län sends text messages to the inner emergency planning zone (about five kilometres: Väröbacka, Bua, Videbergshamn, Stråvalla), asks people to stay indoors for a day and hands out new iodine tablets at Väröbacka skola and Bua bygdegård, while pharmacies in Varberg, Kungsbacka and Göteborg run out. On Thursday 15 October an old transformer burns in the switchyard of Ringhals 3 (put out after four hours by Räddningstjänsten Väst), so both reactors stand still and electricity prices rise. Then, to May 2027: rumours and disinformation (a false VMA, a meltdown, an influencer, accounts spreading Russian propaganda, a rumour of sick children, worry in Denmark); iodine in grass at two farms, milk from nine farms stopped and poured away, cows kept indoors, lost grazing and extra hay; caesium and cobalt in bladderwrack and in the clay of the sea bed by the cooling-water outlet, a ban on fishing within three kilometres from 20 October to 21 November in the middle of the lobster season, lobster that nobody buys and a lobster party on the quay; Strålsäkerhetsmyndigheten's earlier remarks on maintenance and on fire protection at the transformers (June 2026), its order not to restart, its investigation and its report of 11 February 2027 with a sanction fee; whistleblowers who had reported the faulty alarm, one of them moved to the store and later reinstated; an external review; a police investigation of suspected sabotage with Säkerhetspolisen, an electrician arrested on 22 October and released on the 25th, the suspicion dropped in January and the case closed in March when the fire proves to be a material fault; a compensation fund of 40 million kronor paying farmers in December and fishermen in January, and an inquiry into the law on compensation for radiological accidents; the political debate about new reactors at Värö, in the Riksdag and in Varberg's council; Ringhals 3 restarts on 9 December, Ringhals 4 on 12 April 2027, and the cows go out to grass in May. Places and public bodies are real (Ringhals on Väröhalvön, Väröbacka, Värö, Bua, Videbergshamn, Stråvalla, Träslövsläge, Tvååker, Slöinge, Frillesås, Varberg, Kungsbacka, Falkenberg, Göteborg, Forsmark, Oskarshamn, Östhammar, Skagen, Frederikshavn; Ringhals AB, Vattenfall, Strålsäkerhetsmyndigheten, Länsstyrelsen i Hallands län, Livsmedelsverket, SLU, Havs- och vattenmyndigheten, Polisen, Säkerhetspolisen, Myndigheten för psykologiskt försvar, Region Halland, Räddningstjänsten Väst, Svenska kraftnät, LRF, Hushållningssällskapet, Unionen, Chalmers, Göteborgs universitet, Sundhedsstyrelsen); what they do here is invented. Every person, the companies Västkust El & Montage, Nordkraft Analys and Nordisk Riskanalys, the associations Hallands Kustfiskares förening and Nätverket Kärnfri Västkust, and all seven outlets are invented: Kattegattkuriren (local daily, Varberg and northern Halland, with leaders and letters), Radio Ejdern (local radio, spoken quotes, one commentary), Nyhetsbyrån Lodet (wire service, also carrying press releases), Kvällstrumman (national tabloid, capitals and columns), Rikstidningen (national daily, with leaders and debate articles), Megawatten (energy trade paper, technical, with a commentary) and Tegen (trade paper for farming and fishing, with a leader and a column). 128 articles (108 news, 20 opinion: leaders, debate articles, columns, a radio commentary, letters), published 1 September 2026 to 5 May 2027, +02:00 until 25 October and from 28 March, +01:00 in between. The ids i001–i128 follow publication time. People with ordinary Swedish names speak, several of them words of the language: Stig Fors, Dag Nordin, Bo Gran, Björn Strand, Elin Strand, Sten Ahlgren, Karl Höök, Maj Björk, Iris Dahl, Bror Axelsson, Linnea Berg, Saga Lindholm, Viola Hägg, Ingrid Falk, Henrik Lax, Nina Sten, Hanna Ros, Alva Nord, Maria Sund, Tor Sandberg, Johan Ek, Sonja Ek, Stefan Bonde, Gustav Lind, Ulrika Sand, Per Alm, Gun Bergström, Erik Holm, Lena Ljung, Malin Kvist, Gunnel Bäck, Tove Hallberg, Stig Åkerlund, Gunnar Åkerman, Eva Karlsson and others.

Kept out of the texts as the README asks: the pronoun *man* (*man*, *mannen* are only the noun: *en 41-årig man*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *rör* (*det rör sig om*; every *rör* is a pipe), *bete sig* and *betet* meaning bait (every *bete*, *betet* is grazing), the present *stavar* of *stava* (every *stavar* is rods), the participle *fallen*, the verb *hälsa* in the infinitive, the verb *åker* (every *åker* is a field), the present *strålar* (rays or beams), *fiskarna* and *fiskar* (fish or fishermen; the fishermen are *fiskare*, *yrkesfiskarna*, *hummerfiskarna*), the supine *misstänkt* (*har misstänkt*; every *misstänkt* is the adjective), the surname *Hall* (only *Hallberg*), and the nouns *strand*, *bonde* and *gran* in their base forms, which appear only as the surnames *Strand*, *Bonde* and *Gran*.

How the lists were made: src/nuclear_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/nuclear_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: kärl/karl, gård/gard, ost/öst, hall/håll, natt/nätt/nät, strand/stränd, bonde/bönd, stad/städ, son/sön, brand/bränd, fall/fäll, hummer/humör) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Some probes are anchored: *hö* is probed at the start of a word and as *höet* (*hö* begins hundreds of words such as *hög*, *höst*, *höra*, *Höök*, all of them lookalikes; *behöver* and *förhör* are not probed); *son* is probed as *son-*/*sön-* from the start and *söner*/*sonen* anywhere, so surnames in *-son* are not probed; *ny* only as *ny*, *nya*, *nytt*; *län* only as *län*, *länet*, *läns*. Tokens are runs of letters, so *SSM:s*, *jod-131*, *cesium-137*, *sms:et* and *Havs- och* are split. `python3 nuclear_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the non-trap queries a token that begins or ends with the letters of the query word (*bostad*, *Bonde*, *Sonja*, *Åkerlund*, *bott*) or another form of the same root in another word class (the verbs *mäta*, *utreda*, *anmärka*, *ryktas*, *transformeras*, *saboterat*) is a lookalike, while letters merely inside a word (*mellanstadiet*, *lagstadgade* for `städer`) make it neither; for the trap queries every word that only shares the letters is a lookalike, inside or not (*flera* for `lera`, *kontakt* for `tak`, *noggrant* for `gran`, *familjen* for `mil`, *arbete* for `bete`), since that is what they test. Names: a name that is spelt like another form of the query word, or that only contains it, is a lookalike (*Strand* for `stränderna`, *Bonde* for `bönderna`, *Gustav* for `stav`, *Karl* and *Karlsson* for `kärl`, *Höök* for `hö`, *Hallberg* for `hall`, *Åkerlund*, *Åkerman* for `åkrarna`, *Sonja* for `söner`); a name spelt exactly like the query word, *Bo Gran* for `gran`, is don't care, since a reader typing the word may be looking for the person.

## The calls, one line per query

- i-q01 `mätningarna` (inflection): *mätning*, *mätningar*, *mätningarna* relevant; the verb *mäta* (*mäta*, *mäter*, *mätt*, *mätts*, *uppmätts*) and the adjective *mätbara* → must_not; nouns made from the verb stem (*mätare*, *mätgrupp*, *mätinstrument*, *mätresultat*) → don't care.
- i-q02 `utredningen` (inflection): *utredning*, *utredningen*, *utredningar* relevant; the verb *utreda* (*utreda*, *utredas*, *utreder*, *utreds*) → must_not.
- i-q03 `anmärkningarna` (inflection): *anmärkning(en/ar/arna)* relevant; the verb *anmärker*, *anmärkte* → must_not.
- i-q04 `ryktena` (inflection): *rykte*, *ryktet*, *rykten*, *ryktena* (also the tabloid's capitals *RYKTE*) relevant; the verb *ryktas* (*i byn ryktas det*) → must_not; *ryktesspridningen* compound → don't care.
- i-q05 `transformatorn` (inflection): *transformator(n/er/erna/ernas)* relevant; the verb *transformeras* (*Energisystemet ska transformeras*) → must_not; *reservtransformator(n)*, *transformatorbranden*, *transformatorområdet*, *transformatorspecialist* compounds → don't care.
- i-q06 `sabotaget` (inflection): *sabotage*, *sabotaget* relevant; *saboterat* (the verb) → must_not.
- i-q07 `strålningen` (inflection): *strålning*, *strålningen* relevant; the adjective *strålande* (*strålande sol*, *Strålande höstväder*) → must_not; *gammastrålning*, *strålningsoro* compounds and the *strål-* compounds *Strålsäkerhetsmyndigheten*, *stråldosen*, *strålskyddsläkare* … and the colloquial *strålad* → don't care.
- i-q08 `visselblåsarna` (inflection): *visselblåsare(n/na)* relevant; *visselblåsarfunktion*, *visselblåsarlagen* compounds; no lookalike in the texts.
- i-q09 `utsläppen` (inflection): *utsläpp*, *utsläppet*, *utsläppen* relevant; *kylvattenutsläpp* compound; the verb *släppa* (*släppts ut*, *släppa igenom*) is not a form of the noun and is neither.
- i-q10 `vattnet` (syncope): *vatten*, *vattnet* relevant; the verb *vattnade* → must_not; *kylvatten*, *dricksvatten(et)*, *Havs- och vattenmyndigheten* … compounds and the company name *Vattenfall* (a compound, waterfall) → don't care.
- i-q11 `filtret` (syncope): *filter*, *filtret*, *filtren* relevant; *kolfilter*, *kolfiltret* compounds; no lookalike.
- i-q12 `nyckel` (syncope): *nycklar*, *nycklarna* relevant (the base form is only in compounds: *nyckelfråga*, *nyckelhanteringen* → don't care); the adjective *nyckfullt* → must_not.
- i-q13 `åkrarna` (syncope): *åker*, *åkrar*, *åkrarna* relevant; the surnames *Åkerlund* and *Åkerman* → must_not; the place *Tvååker* → don't care (as *Kristianstad* for `stad`).
- i-q14 `humrarna` (syncope): *hummer*, *hummern*, *humrar*, *humrarna* relevant; *hummerfisket*, *hallandshummer*, *hummertinorna* … compounds; *humöret* (diacritic lookalike) → must_not, but each article that has it also has *hummer*.
- i-q15 `bottnen` (syncope): *botten*, *bottnen* (also *i grund och botten*) relevant; *havsbotten*, *bottensediment* compounds; *bott* (supine of *bo*: *Jag har bott i Väröbacka*) → must_not.
- i-q16 `bränder` (umlaut): *brand*, *branden*, *bränder* relevant; the verb *brinna* (*brann*, *brinner*, *brinnande*) and *bränsle* (*bränslet*, *bränslepatroner*, *bränslebassängen*) → must_not; *brandskyddet*, *brandmän*, *brandväggar*, *transformatorbranden* compounds; *bransch(en)* and *gödselbrunnen* neither.
- i-q17 `nätterna` (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *nätet* (the internet), *nätverket*, *stamnätet*, *kraftnät* → must_not.
- i-q18 `stränderna` (umlaut): *stranden*, *stränderna* relevant; the surname *Strand* (Björn Strand, Elin Strand) → must_not.
- i-q19 `bönderna` (umlaut): *bönder*, *bönderna* relevant; *mjölkbönder(na)* compounds; the surname *Bonde* (Stefan Bonde) and *bondbönor* (a word that only looks like a compound) → must_not.
- i-q20 `städer` (umlaut): *stad* (*Göteborgs stad*), *staden*, *stadens*, *städer* relevant; *stadsdirektören*, *stadshuset* compounds; *bostad*, *bostadspriserna*, the verb *städa*, *städade* and *städningen* → must_not; *mellanstadiet*, *lagstadgade*, *röstade*, *tystade*, *inplastade* neither.
- i-q21 `söner` (umlaut): *son*, *söner*, *sönerna* relevant; *söndagen*, *sönder* and the first name *Sonja* → must_not.
- i-q22 `reaktor` (compound): *reaktor(n/ns/er/erna)* and the compounds *reaktorbyggnaden*, *reaktorinneslutningen*, *reaktortanken*, *reaktorteknik*, *reaktortyp*, *reaktorleverantör* (none) relevant; *reaktion*, *Reaktionerna* (another lemma) → must_not.
- i-q23 `kraft` (compound): *kraft* (*träda i kraft*), *krafter* and the compounds *kärnkraft(en)*, *kraftverk(et)*, *kärnkraftverk*, *vindkraft*, *Svenska kraftnät*, *kärnkraftschef* (none), *kärnkraftsanläggning* (-s-) relevant; the company name *Nordkraft* (Nordkraft Analys) → don't care; the adjective *kraftig*, *kraftigt* → must_not.
- i-q24 `hälsa` (compound): *hälsa* and *hälsorisk* (-o-) relevant; *hälsade* (the verb, greeted) → must_not.
- i-q25 `gård` (compound): *gård(en/ar/arna)* and *ladugården* (-u-), *kyrkogården* (-o-), *bygdegård(en)*, *mjölkgårdar(na)* (none) relevant; *garderade* (*garderade sig*) → must_not.
- i-q26 `tjänst` (compound): *tjänst*, *tjänsteman* (-e-), *räddningstjänsten* (none) relevant; *tjänar* and *förtjänar* (the verb) → must_not.
- i-q27 `zon` (compound): *zonen*, *zoner* and *beredskapszon(en/er/erna)*, *planeringszonen* (-s-) relevant; no lookalike.
- i-q28 `mjölk` (compound): *mjölk*, *mjölken* and *mjölkbönder*, *mjölkgårdar*, *mjölkkor*, *mjölkproverna*, *mjölkstopp* relevant; the verb *mjölkas* → must_not; *mjölkningen* (derivation) → don't care.
- i-q29 `hav` (compound): *havet* and *havsbotten*, *Havs-* (*Havs- och vattenmyndigheten*, -s-) relevant; *havre*, *haverikommission(en)* and *Frederikshavn* → must_not.
- i-q30 `olycka` (compound): *olycka*, *olyckan*, *olyckor* and *flygolyckor*, *järnvägsolyckor*, *Tjernobylolyckan* relevant; the adjective *olyckligt* → must_not.
- i-q31 `"radioaktivt vatten"` (phrase): *radioaktiv/radioaktivt/radioaktiva* directly before *vatten/vattnet* relevant (*Radioaktivt vatten forsade ut*, *Det radioaktiva vattnet pumpades*); both words in one article but apart (*radioaktiva ämnen … vatten*, *Radioaktiv jod … kommunalt vatten*) → must_not.
- i-q32 `"inre beredskapszonen"` (phrase): *den inre beredskapszonen* relevant; *den yttre beredskapszonen … den inre zonen* → must_not.
- i-q33 `"brand i transformatorn"` (phrase): *brand/branden* + *i* + *transformator(n)* adjacent relevant (*branden i transformatorn*); *branden i en transformator*, *branden … transformatorerna*, *värmen från branden … transformatorerna* → must_not (words apart); articles whose *brand* is only in compounds (*transformatorbranden* alone) → don't care.
- i-q34 `"ny kärnkraft"` (phrase): *ny kärnkraft* relevant; *nya reaktorer … kärnkraften*, *kärnkraft, både den som finns och ny*, *en ny regering … kärnkraft* → must_not; *nya … kärnkraftverk* (compound only) → don't care.
- i-q35 `"Länsstyrelsen i Hallands län"` (phrase): the four words adjacent relevant (also *Länsstyrelsen i Hallands läns*); *Länsstyrelsen har … i resten av Hallands län* → must_not.
- i-q36 `"förbud mot fiske"` (phrase): *förbud/förbudet mot fiske* relevant; *Förbudet hävdes … fisket … en kampanj mot ryktena* → must_not; *Fiskeförbudet* (compound) → don't care.
- i-q37 `"misstänkt sabotage"` (phrase): *misstänkt sabotage*, *det misstänkta sabotaget* relevant; *misstänkt för sabotage* (the words apart) → must_not.
- i-q38 `"ersättning till fiskare"` (phrase): *ersättning till fiskare* relevant; *ersättning för kasserad mjölk … Pengarna till mjölkgårdarna … besluten för fiskare* → must_not; *ersättning till lantbrukare, yrkesfiskare* (the last word only in a compound) → don't care.
- i-q39 `jodtabletter Väröbacka` (boolean AND): both relevant; an article with only one of them → must_not.
- i-q40 `Säpo OR Säkerhetspolisen` (boolean OR): *Säpo*, *Säpos*, *Säkerhetspolisen*; no lookalike.
- i-q41 `cesium -mjölk` (boolean NOT): *cesium* without *mjölk(en)* relevant; *Mjölken godkänd … några spår av cesium har inte hittats* → must_not; *Cesiumhalterna* alone is a compound.
- i-q42 `Forsmark OR Oskarshamn` (boolean OR): either name; no lookalike.
- i-q43 `visselblåsare Strålsäkerhetsmyndigheten` (boolean AND): both relevant; only one → must_not; *SSM* and *visselblåsarfunktion* are not the words (abbreviation, compound) → don't care where they would complete the pair.
- i-q44 `transformatorn -sabotage` (boolean NOT): *transformator* forms without *sabotage(t)* relevant; with it → must_not; *transformeras* alone → must_not.
- i-q45 `Varberg Falkenberg` (boolean AND): both relevant (*Varbergs* is Varberg's genitive); only one → must_not; *Varbergsborna* is a compound.
- i-q46 `källa:Ejdern jodtabletter` (filter): *jodtabletter(na)* in Radio Ejdern relevant; elsewhere → must_not.
- i-q47 `källa:Lodet utredningen` (filter): *utredning* forms in Nyhetsbyrån Lodet relevant; elsewhere, and the verb *utreda* anywhere → must_not.
- i-q48 `källa:Kvällstrumman rykten` (filter): *rykte* forms in Kvällstrumman; elsewhere and *ryktas* → must_not.
- i-q49 `källa:Megawatten reaktorn` (filter): *reaktor* forms in Megawatten; elsewhere and *reaktion(erna)* → must_not; Megawatten articles with only compounds → don't care.
- i-q50 `källa:Tegen mjölken` (filter): *mjölk(en)* in Tegen; elsewhere and *mjölkas* → must_not.
- i-q51 `källa:Kattegattkuriren hummer` (filter): *hummer* forms in Kattegattkuriren; elsewhere → must_not.
- i-q52 `typ:opinion kärnkraft` (filter): *kärnkraft(en)* in opinion pieces; in news → must_not; *kärnkraftverk* alone → don't care.
- i-q53 `rör` (trap): the pipes *rör*, *röret*, *rören* relevant; *rörbrott(et)*, *rörsektioner*, *rörledningarna* compounds; *berörda*, *berörs* and *miljörörelsen* → must_not.
- i-q54 `lera` (trap): *lera*, *leran* (clay) relevant; *lerjordarna* compound; *flera* and the verbs in *-lera* (*kontrollera*, *kontrollerats*, *isolera*, *isolerade*, *installerades*, *installerat*, *manipulerat*, *reglerat*, *spekulera*) → must_not.
- i-q55 `tak` (trap): *tak*, *taket* relevant; *kontakt*, *taktik* → must_not.
- i-q56 `stav` (trap): the rods *stavar*, *stavarna* relevant; *styrstavarna* compound; *bokstavligen*, the first name *Gustav* and *stavade* (spelt) → must_not.
- i-q57 `härd` (trap): *härden* (the core) relevant; *härdsmälta(n)* compound → don't care; *uthärda* → must_not.
- i-q58 `fall` (trap): the noun *fall* (*i värsta fall*, *i flera fall*, *ett enda sådant fall*) relevant; *avfall(et)*, the verb *falla* (*faller*, *fallit*), *tillfällig(t)* → must_not; *dödsfall*, *nedfallet*, *skyfall* (compounds ending in *fall*) and the company name *Vattenfall* → don't care.
- i-q59 `ost` (trap): *ost*, *osten* relevant; *hårdost* compound; *kost-* (*kostar*, *kostnaden*, *foderkostnader*, *bekosta*), *bostad*, *rosta*, *nordost* (east, another lemma), *löst*, *röst*, *röster*, *röstade*, and *öst-*/*-öst-* (*Östhammar*, *hösten*, *höstas* …) → must_not.
- i-q60 `hö` (trap): *hö*, *höet* relevant; *hög-* (*höga*, *högre*, *högst*, *högsta*), *höst-*, *hör-* (*höra*, *hört*, *hörde*, *hörda*, *hör*), *höll* and the surname *Höök* → must_not.
- i-q61 `bete` (trap): grazing *bete*, *betet* relevant; *betesmark(er/erna)*, *betessläppet*, *Höstbetet* compounds; *arbete(t)*, *beredskapsarbete*, *merarbete*, *elarbeten*, *förvärvsarbetande*, *beteende* and *betande* (the verb *beta*) → must_not.
- i-q62 `kärl` (trap): *kärl*, *kärlet* relevant; *tryckkärl*, *kokkärl* compounds → don't care; the first name *Karl* (Karl Höök), *Karlsson* and *kärlek(en)* → must_not.
- i-q63 `gran` (trap): *granar*, *Granen* (the Christmas tree on the square) relevant; *granbarr* compound; *granne(n)*, *grannar(na)*, *granska* and its forms (*granskning*, *granskaren* …), *granit*, *Graniten* and *noggrant* → must_not; the surname *Gran* (Bo Gran) → don't care.
- i-q64 `hall` (trap): *hallen* relevant; *sporthallen* compound; *Halland* and all its forms and derivations (*Hallands*, *Hallandskusten*, *hallandshummer*, *halländska*, *hallänningarna*), the surname *Hallberg*, and the diacritic pair *håll-* (*hålla*, *håller*, *hållit*, *hållet*, *hålls*, *underhåll(et)*, *innehåll(er)*, *hushåll*, *anhållen*, *anhållande*, *Hushållningssällskapet* …) → must_not.
- i-q65 `mil` (trap): *mil*, *mils* (ten kilometres) relevant; *miljoner*, *miljarder*, *millimeter*, *millisievert*, *familjen*, *Miljöpartiet(s)*, *miljörörelsen* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way nuclear_articles does
    assert [a["id"] for a in fire_build.articles(rows, "i")] == [a["id"] for a in ARTICLES]
    fire_build.build("nuclear", "i", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
