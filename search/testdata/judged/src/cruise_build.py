#!/usr/bin/env python3
"""Builds corpus_cruise.json and corpus_cruise.md from cruise_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 cruise_build.py [-v]
"""

import fire_build
from cruise_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "passagerare": dict(
        probe=r"passag|passer",
        rel=S("passagerare passageraren passagerarna"),
        comp=S("passagerardelen passagerardäck passagerardäcken passagerarfartyg passagerarhytterna"),
        no=S("passerade"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder bränderna"),
        comp=S("branddörr branddörrar branddörrarna brandförsvarsförbund brandlarmet brandmän brandmännen brandskydd "
               "brandskyddet"),
        dc=S("handbrandsläckare brännskadecentrum brännskador"),
        no=S("brandt brandin brann brinna brinnande brinner bränsle bränsleledning bränsleledningar bränsleledningen "
             "bränslestrålar utbränt"),
        nei=S("bransch branschen branschorganisationen brunnarna"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringscentrum"),
        no=S("evakuera evakuerade evakuerats"),
    ),
    "bogsering": dict(
        probe=r"bogser",
        rel=S("bogsering bogseringen"),
        dc=S("bogserbåtar östersjöbogsering östersjöbogserings"),
        no=S("bogsera bogserad bogserades bogseras bogserats"),
    ),
    "livbåt": dict(
        probe=r"livbåt",
        rel=S("livbåt livbåtar livbåtarna livbåten"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skador skadorna"),
        comp=S("brännskadecentrum brännskador lungskador personskador rökskador skadestånd"),
        no=S("oskadda skadad skadade skadades skadat skadats"),
    ),
    "anlöp": dict(
        probe=r"anlöp",
        rel=S("anlöp anlöpen"),
        comp=S("kryssningsanlöp kryssningsanlöpen"),
        no=S("anlöpa anlöper anlöpte"),
    ),
    "rök": dict(
        probe=r"rök",
        rel=S("rök röken"),
        comp=S("rökdykare rökförgiftning rökskador rökutveckling rökutvecklingen"),
        no=S("rökaren rökte"),
    ),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkringar försäkringarna försäkringen"),
        comp=S("ansvarsförsäkring avbrottsförsäkring försäkringsbolag försäkringsbolaget försäkringsbolags "
               "försäkringsfolk försäkringsgivare kaskoförsäkringen miljardförsäkringen"),
        dc=S("sjöförsäkringsexpert"),
        no=S("försäkrade försäkrat"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("havsvatten skrubbervatten släckvatten släckvattnet tvättvatten tvättvattnet vattendimma "
               "vattenomsättning"),
        no=S("bevattningsförbud"),
    ),
    "väder": dict(
        probe=r"väd|vädr",
        rel=S("väder vädret"),
        no=S("vädjar"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("kolmörkt mörkt"),
    ),
    "sommar": dict(
        probe=r"sommar|somr",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        nei=S("stockholmsområdet"),
        comp=S("högsommaren midsommar rekordsommar sommargäster sommargästerna sommarmånaderna sommartid "
               "sommarvikarier"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regler reglerna"),
        comp=S("svavelreglerna"),
        no=S("reglerar"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönstret"),
        no=S("mönstrade mönstringsstationen mönstringsstationerna"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer"),
        comp=S("grannstaden hamnstad hamnstäder hamnstäderna innerstaden"),
        dc=S("hustadvika"),
        no=S("bostad städa städade städfirma städfirman"),
    ),
    "land": dict(
        probe=r"land|länd|^län",
        rel=S("land landet länder"),
        comp=S("fastlandet landgången landström landströmmen"),
        dc=S("arlanda gotland gotlands gotlandsdjupet gotlandsfärjan gotlandstrafiken gotländska nederländska tyskland utländskt"),
        no=S("bland engelsktalande framkallande förhållanden ibland landa landgren länsstyrelsen länspumparna län "
             "pressmeddelande uttalande vållande"),
        nei=S("länge längd längre längs längst länk"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stränder stränderna"),
        comp=S("strandgatan"),
        dc=S("strandsatta"),
        no=S("stranda"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattfärjan nattsköterskan söndagsnatt vardagsnatt"),
        no=S("nätet"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamöter"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("söner sönerna"),
        no=S("söndagen söndags söndagskvällen söndagsnatt"),
    ),
    # --- compounds ---
    "hamn": dict(
        probe=r"hamn",
        rel=S("hamn hamnarna hamnen"),
        comp=S("gästhamnen hamnavgifter hamnavgifterna hamnbolagets hamnchefen hamnenhet hamnenheten hamnexperten "
               "hamngatan hamnkapaciteten hamnkaptenen hamnstad hamnstatskontroll hamnstäder hamnstäderna"),
        dc=S("lickershamn nynäshamn nynäshamns nynäshamnsbor sandhamn"),
        no=S("hamnade hamnat köpenhamn"),
    ),
    "kryssning": dict(
        probe=r"kryss",
        rel=S("kryssning kryssningar kryssningarna kryssningen"),
        comp=S("kryssningsanlöp kryssningsanlöpen kryssningsboomen kryssningschef kryssningsdestinationer "
               "kryssningsfartyg kryssningsfartyget kryssningsfartygen kryssningsfartygens kryssningsforum "
               "kryssningsgäst kryssningsgästen kryssningsgäster kryssningsgästerna kryssningsgästernas kryssningskajen "
               "kryssningskajer kryssningsmarknader kryssningsrederiet kryssningssäsongen kryssningstrafiken "
               "kryssningsturismen kryssningsturismens vinterkryssningarna"),
        no=S("kryssade"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färjan färjor färjorna"),
        comp=S("färjeterminal färjeterminalen gotlandsfärjan nattfärjan"),
        no=S("färjades"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]|gatan|gåtan",
        rel=S("gatorna"),
        comp=S("adelsgatan gatubilden hamngatan strandgatan"),
        no=S("gåta"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrkan"),
        comp=S("domkyrka domkyrkan kyrkoherden sjömanskyrkan"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        comp=S("landström landströmmen nödströmmen"),
        no=S("gahnström hejdström klintström lindström sandström strömma strömmat strömmingen vikström"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=S("räddning räddningen"),
        comp=S("flygräddningscentralen räddningsaktion räddningsbåtar räddningsflottar räddningsinsats "
               "räddningsinsatsen räddningsinsatser räddningsledare räddningsledaren räddningstjänst "
               "räddningstjänstens räddningsutrustning sjöräddning sjöräddningen sjöräddningssällskapet "
               "sjöräddningssällskapets"),
        dc=S("sjöräddare sjöräddarna"),
        no=S("rädda räddade räddas"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("olycksplatsen olycksrapporter sjöolycka"),
        dc=S("sjöolycksutredningar"),
        no=S("olyckligt"),
    ),
    "vård": dict(
        probe=r"v[åä]rd",
        rel=S("vård"),
        comp=S("intensivvård intensivvården sjukhusvård sjukvård sjukvården vårdcentralen vårdförbundet vårdplatser "
               "vårdplatserna"),
        dc=S("intensivvårdsavdelningen intensivvårdsplatser sjukvårdsberedskap sjukvårdsberedskapen "
             "sjukvårdsdirektören sjukvårdspersonal"),
        no=S("beundransvärda utvärdering utvärderingen vårdas vårdats vårdslöshet värde värdebevis"),
    ),
    # --- traps ---
    "hav": dict(
        probe=r"hav",
        rel=S("hav havet havs"),
        comp=S("havsvatten innanhav medelhavet"),
        no=S("befälhavare befälhavaren vakthavande havdhem haveri havererade haverikommission haverikommissionen haverikommissionens "
             "haverikommissions haveriutredningen"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil"),
        comp=S("sjömil"),
        no=S("arbetsmiljömål familj familjen familjer familjerna miljard miljarder miljardförsäkringen miljö "
             "miljöinvesteringen miljöpartiet miljöpartiets miljöpåverkan miljöproblem miljöskyddsfartyg miljöteknik "
             "miljoner miljontals miljon"),
    ),
    "fart": dict(
        probe=r"fart",
        rel=S("fart"),
        dc=S("uppfarten sjöfartens sjöfartsanalytikern sjöfartsinspektör sjöfartsorganisation sjöfartsverket sjöfartsverkets"),
        no=S("fartyg fartyget fartygen fartygets fartygssidan kryssningsfartyg kryssningsfartyget "
             "kryssningsfartygen kryssningsfartygens lyxfartyget miljöskyddsfartyg passagerarfartyg "
             "beredskapsfartyg"),
    ),
    "hot": dict(
        probe=r"hot",
        rel=S("hot"),
        no=S("hotar hotell hotellen hotellrum"),
    ),
    "kost": dict(
        probe=r"kost",
        rel=S("kost"),
        dc=S("frukosten"),
        no=S("kosta kostar kostat kostnaden kostnader kostnaderna kostnadsfri"),
    ),
    "logi": dict(
        probe=r"logi",
        rel=S("logi"),
        no=S("logistik logistiken"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        comp=S("soldäcket soluppgången"),
        no=S("isolering solberg solbergahallen"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum rummet"),
        comp=S("gästrum hotellrum mellanrum maskinrum maskinrummen maskinrummet"),
        no=S("brännskadecentrum centrum evakueringscentrum kryssningsforum köpcentrum strumpor"),
    ),
    "mat": dict(
        probe=r"mat",
        rel=S("mat maten"),
        no=S("avmattning dramatiska gräsmattor information informationen klimatstöd larmat lunginflammation mattsson "
             "reklamationsnämnden strömmat"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("kontakt kontakta takt"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("viken"),
        dc=S("hustadvika norvik"),
        no=S("besvikna sommarvikarier svikit undvika undviker viking vikström viktigaste viktigt"),
    ),
    "fyr": dict(
        probe=r"fyr",
        rel=S("fyren"),
        no=S("fyra fyrtio fyrtiotal"),
    ),
    "ram": dict(
        probe=r"ram",
        rel=S("ramen"),
        no=S("dramatiska fram framdrivning framdrivningen framgår framkallande framme"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "maskinrum": dict(probe=r"maskinrum", rel=S("maskinrum maskinrummen maskinrummet")),
    "visby": dict(probe=r"visby", rel=S("visby visbys"), comp=S("visbybor")),
    "region": dict(probe=r"^region(en|ens|er|erna|ernas)?$", rel=S("region regionen regionens regionerna")),
    "gotland": dict(
        probe=r"^gotland",
        rel=S("gotland gotlands"),
        comp=S("gotlandsdjupet gotlandsfärjan gotlandstrafiken"),
    ),
    "kraftig": dict(probe=r"^kraftig", rel=S("kraftig kraftiga")),
    "rökutveckling": dict(probe=r"rökutveckling", rel=S("rökutveckling rökutvecklingen")),
    "brist": dict(probe=r"^brist", rel=S("brist bristen brister bristerna"), nei=S("bristfällig")),
    "vårdplats": dict(probe=r"vårdplats", rel=S("vårdplatser vårdplatserna")),
    "rätt": dict(probe=r"^rätt(en)?$", rel=S("rätt")),
    "ersättning": dict(probe=r"ersättning", rel=S("ersättning ersättningen")),
    "sjöfartsverket": dict(probe=r"^sjöfartsverk", rel=S("sjöfartsverket sjöfartsverkets")),
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter helikoptrar helikoptrarna"),
        comp=S("ambulanshelikopter helikopterbesättningar helikopterbesättningarna helikopterfärd helikopterplattan"),
    ),
    "nynäshamn": dict(probe=r"nynäshamn", rel=S("nynäshamn nynäshamns"), comp=S("nynäshamnsbor")),
    "kustbevakningen": dict(probe=r"kustbevak", rel=S("kustbevakningen kustbevakningens"), dc=S("kustbevakarna")),
    "sjöräddningssällskapet": dict(probe=r"sjöräddningssällskap",
                                   rel=S("sjöräddningssällskapet sjöräddningssällskapets")),
    "rederi": dict(
        probe=r"rederi",
        rel=S("rederi rederier rederierna rederiet rederiets rederis"),
        comp=S("kryssningsrederiet rederikoncernen"),
    ),
    "försäkringsbolag": dict(probe=r"försäkringsbolag",
                             rel=S("försäkringsbolag försäkringsbolaget försäkringsbolags")),
    "landström": dict(probe=r"landström", rel=S("landström landströmmen")),
    "utsläpp": dict(probe=r"utsläpp", rel=S("utsläpp utsläppen"), comp=S("oljeutsläppet")),
    "karolinska": dict(probe=r"karolinsk", rel=S("karolinska")),
    "akademiska": dict(probe=r"akademisk", rel=S("akademiska")),
    "haverikommission": dict(
        probe=r"haverikommission",
        rel=S("haverikommission haverikommissionen haverikommissionens haverikommissions"),
    ),
    "malta": dict(probe=r"^malt", rel=S("malta maltas"), comp=S("maltaflaggade")),
    "lasarett": dict(probe=r"lasarett", rel=S("lasarett lasarettet lasarettets")),
    "intensivvård": dict(
        probe=r"intensivvård",
        rel=S("intensivvård intensivvården"),
        comp=S("intensivvårdsavdelningen intensivvårdsplatser"),
    ),
    "kryssningskaj": dict(probe=r"kryssningskaj", rel=S("kryssningskajen kryssningskajer")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("passagerarna", "inflection", False, ("term", "passagerare")),
    ("branden", "inflection", False, ("term", "brand")),
    ("evakueringen", "inflection", False, ("term", "evakuering")),
    ("bogseringen", "inflection", False, ("term", "bogsering")),
    ("livbåtarna", "inflection", False, ("term", "livbåt")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("anlöpen", "inflection", False, ("term", "anlöp")),
    ("röken", "inflection", False, ("term", "rök")),
    ("försäkringen", "inflection", False, ("term", "försäkring")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("stränderna", "umlaut", False, ("term", "strand")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("söner", "umlaut", False, ("term", "son")),
    ("hamn", "compound", True, ("term", "hamn")),
    ("kryssning", "compound", True, ("term", "kryssning")),
    ("färja", "compound", True, ("term", "färja")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("ström", "compound", True, ("term", "ström")),
    ("räddning", "compound", True, ("term", "räddning")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("vård", "compound", True, ("term", "vård")),
    ('"brand i maskinrummet"', "phrase", False, ("phrase", ["brand", "i", "maskinrum"])),
    ('"Visby hamn"', "phrase", False, ("phrase", ["visby", "hamn"])),
    ('"Region Gotland"', "phrase", False, ("phrase", ["region", "gotland"])),
    ('"kraftig rökutveckling"', "phrase", False, ("phrase", ["kraftig", "rökutveckling"])),
    ('"brist på vårdplatser"', "phrase", False, ("phrase", ["brist", "på", "vårdplats"])),
    ('"rätt till ersättning"', "phrase", False, ("phrase", ["rätt", "till", "ersättning"])),
    ('"Sjöfartsverkets helikopter"', "phrase", False, ("phrase", ["sjöfartsverket", "helikopter"])),
    ('"utan ström"', "phrase", False, ("phrase", ["utan", "ström"])),
    ("Visby Nynäshamn", "boolean", False, ("and", ["visby", "nynäshamn"])),
    ("Kustbevakningen OR Sjöräddningssällskapet", "boolean", False,
     ("or", ["kustbevakningen", "sjöräddningssällskapet"])),
    ("rederiet -försäkringsbolaget", "boolean", False, ("not", "rederi", "försäkringsbolag")),
    ("landström utsläpp", "boolean", False, ("and", ["landström", "utsläpp"])),
    ("Karolinska OR Akademiska", "boolean", False, ("or", ["karolinska", "akademiska"])),
    ("haverikommissionen -Malta", "boolean", False, ("not", "haverikommission", "malta")),
    ("lasarettet intensivvården", "boolean", False, ("and", ["lasarett", "intensivvård"])),
    ("källa:Gutebladet kryssningskajen", "filter", False, ("filter", "Gutebladet", "kryssningskaj")),
    ("källa:Hansa evakueringen", "filter", False, ("filter", "Hansa", "evakuering")),
    ("källa:Nordpunkt bogseringen", "filter", False, ("filter", "Nordpunkt", "bogsering")),
    ("källa:Kvällsekot passagerarna", "filter", False, ("filter", "Kvällsekot", "passagerare")),
    ("källa:Maskintelegrafen haverikommissionen", "filter", False, ("filter", "Maskintelegrafen", "haverikommission")),
    ("typ:opinion landström", "filter", False, ("filter", "opinion", "landström")),
    ("typ:opinion lasarettet", "filter", False, ("filter", "opinion", "lasarett")),
    ("hav", "trap", False, ("term", "hav")),
    ("mil", "trap", False, ("term", "mil")),
    ("fart", "trap", False, ("term", "fart")),
    ("hot", "trap", False, ("term", "hot")),
    ("kost", "trap", False, ("term", "kost")),
    ("logi", "trap", False, ("term", "logi")),
    ("sol", "trap", False, ("term", "sol")),
    ("rum", "trap", False, ("term", "rum")),
    ("mat", "trap", False, ("term", "mat")),
    ("tak", "trap", False, ("term", "tak")),
    ("vik", "trap", False, ("term", "vik")),
    ("fyr", "trap", False, ("term", "fyr")),
    ("ram", "trap", False, ("term", "ram")),
]

HEADER = """# corpus_cruise.json – judging notes

Invented crisis: at 23.41 on Sunday 8 August 2027 fire breaks out in the aft engine room of the cruise ship M/S Baltic Aurora (built 2004, 293 m, Malta flag, owned by Aurora Sea Cruises, a subsidiary of the Norwegian Halvorsen Maritime with its operating head office in Hamburg), on its way from Stockholm to Visby with 2 412 passengers from 41 countries and 936 crew: fuel oil from a leaking fuel line without its shield sprays onto a hot turbocharger, the ship loses power and propulsion and drifts with a north-easterly wind some 40 nautical miles south-east of Nynäshamn towards Gotland. The crew musters the passengers at the muster stations, releases carbon dioxide late (68 minutes), the fire flares up again at three through fire doors wedged open and smoke reaches two passenger decks. JRCC (Sjö- och flygräddningscentralen in Göteborg, run by Sjöfartsverket) leads the rescue with Sjöfartsverket's helicopters from Visby and Norrtälje, Kustbevakningen, fourteen boats of Sjöräddningssällskapet (Nynäshamn first on scene) and firefighters of Södertörns brandförsvarsförbund flown out (RITS). From 05.30 the master evacuates 1 152 of the passengers (the old, children, those with breathing trouble) by lifeboats and tenders to the Gotland ferry Hoburgen and Kustbevakningen's ships; one lifeboat jams. The fire is out before noon; tugs of Östersjöbogsering (Nynäshamn) tow the ship to the cruise quay (Kryssningskajen) in Visby by ten in the evening. Hoburgen lands the evacuated in Nynäshamn (evacuation centre in the ferry terminal, buses to Stockholm hotels); the other 1 260 go ashore in Visby (evacuation centre in Solbergahallen, gotlänningar open their homes, extra ferries and charter flights). 63 are treated in hospital, 44 of them at Visby lasarett in disaster mode with a full intensive care unit, the worst injured crew at Akademiska sjukhuset (burns) and Karolinska (smoke); a Filipino motorman dies on 13 August (memorial in Visby domkyrka). Then to March 2028: Transportstyrelsen detains the ship, the quay is blocked for ten days and cruise calls are cancelled or tendered in from the bay, oil from a damaged tank reaches the beaches north of Visby, the ship is towed to a yard in Gdańsk; the owner refunds the passengers and pays Region Gotland's and Nynäshamn's costs through its P&I insurer, the hull insurer and the salvors' claim (settled by arbitration in London), passengers' damages (ARN); the police and prosecutor (the chief engineer suspected and charged), Statens haverikommission and Malta's investigators (interim report in December); the debate on cruise traffic and emissions in Visby (shore power decided by the regional assembly on 25 October, a cap on calls voted down, scrubber water), on port capacity and ports of refuge, and on Gotland's hospital capacity (nurses leaving, an external review, an intensive care agreement with Region Stockholm). Places and public bodies are real (Visby with Strandgatan, Adelsgatan, Hamngatan, Almedalen, Stora torget, Donners plats, Inre hamnen, Sankta Maria domkyrka; Slite, Havdhem, Västerhejde, Lummelunda, Lickershamn, Hallshuk, Fårösund, Fårö, Bästeträsk, Gotlandsdjupet; Nynäshamn with Norvik, Handen, Ornö, Sandhamn, Norrtälje, Huddinge, Uppsala, Södertälje; Region Gotland, Region Stockholm, Sjöfartsverket, JRCC, Kustbevakningen, Sjöräddningssällskapet, Transportstyrelsen, Statens haverikommission, Polisen, Åklagarmyndigheten's Riksenheten för miljö- och arbetsmiljömål, Länsstyrelsen, Trafikverket, Socialstyrelsen, Allmänna reklamationsnämnden, Vårdförbundet, Naturskyddsföreningen, Södertörns brandförsvarsförbund, Svenska kyrkan, Röda korset, Visby lasarett, Akademiska sjukhuset, Karolinska universitetssjukhuset, Södersjukhuset, Chalmers, KTH, Gotlands tingsrätt; their actions here are invented); the ships (Baltic Aurora, Hoburgen, Nordic Pearl, Hanse Star), the companies (Aurora Sea Cruises, Halvorsen Maritime, Östersjöbogsering, Van der Meer Salvage, Hanseatische Seeversicherung, Vestkyst P&I, Horisontresor), the associations (Visby Centrum, Kryssningsforum Östersjön, Nordiska befälsföreningen), Solbergahallen, every person and all seven outlets are invented: Gutebladet (local daily, Gotland, with leaders and letters), Radio Hansa (local radio, Gotland, with quotes and a commentary), Nyhetsbyrån Nordpunkt (wire service, also carrying press releases), Kvällsekot (national tabloid, headline fragments, with columns), Maskintelegrafen (shipping trade paper, with debate articles), Svenska Kuriren (national daily, with leaders and debate) and Nynäsbladet (local paper, Nynäshamn and Södertörn, with letters). No outlet name contains a judged word. 120 articles (102 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 1 June 2027 to 1 March 2028, +02:00 until 31 October and +01:00 after. The ids cr001–cr120 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (the noun neither), the verb *händer*, the verb *hamnar* (and with it the plural *hamnar*; *hamnarna* is used), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the infinitive of the verb *skada* (the noun appears as *skador*, *skadorna*, the verb only as *skadad*, *skadade*, *skadades*, *skadat*, *skadats*), the verb *röka* in its infinitive and the imperative *rök*, *strömmar* (currents or the verb), *rum* in *äga rum*, the imperative *vik* and any form of *vika*, *fyr* as an interjection, the first name *Mats* (also a form of *mat* and of *mata*; the regional security chief is Stefan Olofsson), the verb *brister* (every *brister* is the noun), and *Akademiska* and *Karolinska* as anything but the hospitals.

How the lists were made: src/cruise_articles.py holds the texts and src/cruise_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: brand/bränd/brinn, stad/städ, land/länd/län, strand/stränd, natt/nätt/nät, son/sön, färja/farj, gata/gåta, vård/värd, väder/vädj) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *son* is anchored (*son-*/*sön-* from the start of the word, *söner*, *sonen* anywhere), *natt* takes *nät-* only from the start, *land* takes *län-* only from the start; the words of phrases, booleans and filters are probed only in the forms that can be relevant (*region*, *rätt*, *i*, *på*, *till*, *utan* as whole words). Tokens are runs of letters, so *EU:s*, *FN:s*, *P&I*, *Hans-Erik*, *Sjö- och flygräddningscentralen* and *bränsle- eller oljeledning* are split. `python3 cruise_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Word-internal strings that a Swedish reader would never take for the query word are judged lookalikes (must_not) when they contain the query word's letters whole (*fartyg* for `fart`, *hotell* for `hot`, *information* for `mat`, *centrum* for `rum`, *bland* for `länder`, *fyra* for `fyr`, *fram* for `ram`); tokens that only share the probe's stem and not the word (*bransch* for `branden`, *länge*, *länk* for `länder`) are neither. Place names that contain the word are don't care (*Nynäshamn*, *Lickershamn*, *Sandhamn* for `hamn`, *Gotland*, *Tyskland*, *Arlanda* for `länder`, *Norvik*, *Hustadvika* for `vik`, *Hustadvika* for `städer`), except *Köpenhamn*, which the README lists as a lookalike. Surnames are lookalikes (*Brandt*, *Brandin*, *Solberg*, *Vikström*, *Sandström*, *Landgren*, *Mattsson*). One line per query:

- **passagerarna** (inflection): *passagerare*, *passageraren*, *passagerarna* relevant; *passagerardäck(en)*, *passagerarfartyg*, *passagerarhytterna*, *passagerardelen* don't care; the verb *passerade* (*passerade över 60 000 resenärer färjeterminalen*) → must_not.
- **branden** (inflection): *brand*, *branden*, *bränder*, *bränderna* relevant; *brandlarmet*, *brandmän*, *brandskydd(et)*, *branddörr(ar/arna)*, *brandförsvarsförbund* don't care, as are *brännskador*, *brännskadecentrum* (from bränna, but about the fire) and *handbrandsläckare* (brand inside); the verb *brinna* (*brann*, *brinner*, *brinnande*), *utbränt*, *bränsle* and its compounds (*bränsleledning(en/ar)*, *bränslestrålar*) and the surnames *Brandt*, *Brandin* → must_not; *bransch*, *branschen*, *brunnarna* are neither.
- **evakueringen** (inflection): *evakuering*, *evakueringen* relevant; *evakueringscentrum* don't care; the verb *evakuera*, *evakuerade* (also *de evakuerade*), *evakuerats* → must_not.
- **bogseringen** (inflection): *bogsering*, *bogseringen* relevant; *bogserbåtar* and the company *Östersjöbogsering(s)* don't care (from the verb's stem, about the tow); the verb *bogsera*, *bogserad*, *bogserades*, *bogseras*, *bogserats* → must_not.
- **livbåtarna** (inflection): *livbåt*, *livbåten*, *livbåtar*, *livbåtarna* relevant; no lookalike in the texts.
- **skadorna** (inflection): *skador*, *skadorna* relevant (also *skador på riggen*); *rökskador*, *brännskador*, *lungskador*, *personskador*, *skadestånd* (-e-) don't care; the verb and its participles *skadad*, *skadade* (also *de skadade*, the injured), *skadades*, *skadat*, *skadats* and the adjective *oskadda* → must_not.
- **anlöpen** (inflection): the noun *anlöp*, *anlöpen* relevant; *kryssningsanlöp(en)* don't care; the verb *anlöpa*, *anlöper*, *anlöpte* → must_not.
- **röken** (inflection): *rök*, *röken* relevant; *rökskador*, *rökutveckling(en)*, *rökdykare*, *rökförgiftning* don't care; *rökte*, *rökaren* (the rumour of a smoking passenger) → must_not.
- **försäkringen** (inflection): *försäkringen*, *försäkringar(na)* relevant; *försäkringsbolag(et)*, *kaskoförsäkringen*, *ansvarsförsäkring*, *avbrottsförsäkring*, *försäkringsgivare*, *försäkringsfolk*, *Miljardförsäkringen* and *sjöförsäkringsexpert* (inside) don't care; the verb *försäkrade* (*Kaptenen försäkrade i högtalarna*), *försäkrat* → must_not.
- **vattnet** (syncope): *vatten*, *vattnet* relevant; *släckvatten*, *släckvattnet*, *havsvatten*, *tvättvatten(et)*, *skrubbervatten*, *vattendimma*, *vattenomsättning* don't care; *bevattningsförbud* (from vattna) → must_not.
- **vädret** (syncope): *väder*, *vädret* relevant; *vädjar* → must_not.
- **mörkret** (syncope): *mörker*, *mörkret* relevant; the adjective *mörkt*, *kolmörkt* → must_not.
- **somrar** (syncope): *sommar*, *sommaren*, *sommarens*, *somrar*, *somrarna* relevant; *högsommaren*, *midsommar*, *rekordsommar*, *sommargäster(na)*, *sommarmånaderna*, *sommartid*, *sommarvikarier* don't care; no lookalike (*Stockholmsområdet* is neither).
- **reglerna** (syncope): *regler*, *reglerna* relevant; *svavelreglerna* don't care; the verb *reglerar* → must_not.
- **mönstret** (syncope): *mönstret* relevant; the verb *mönstra* (*mönstrade på*, signed on) and the muster stations *mönstringsstationen*, *mönstringsstationerna* (from the verb, another word) → must_not.
- **städer** (umlaut): *stad*, *staden*, *städer* relevant; *innerstaden*, *grannstaden*, *hamnstad*, *hamnstäder(na)* don't care; *bostad* and the verb *städa* (*städade*, *städfirma(n)*) → must_not.
- **länder** (umlaut): the noun *land*, *landet*, *länder* relevant (*i land*, *på land*, *från 41 länder*, *ut till landet*); *fastlandet*, *landgången*, *landström(men)* don't care, as are the names *Gotland(s)*, *Tyskland*, *Arlanda* and *Gotlandsfärjan*, *Gotlandstrafiken*, *Gotlandsdjupet* and the adjectives *gotländska*, *nederländska*, *utländskt*; the verb *landa*, *län*, *Länsstyrelsen*, *länspumparna*, *bland*, *ibland*, the *-lande(n)* words (*uttalande*, *pressmeddelande*, *vållande*, *framkallande*, *förhållanden*, *engelsktalande*) and the surname *Landgren* → must_not; *länge*, *längre*, *längs*, *längst*, *längd*, *länk* are neither.
- **stränderna** (umlaut): *stränder*, *stränderna* relevant; *Strandgatan* don't care; *strandsatta* (stranded passengers, from the verb) don't care; the verb *stranda* (*hade det kunnat stranda*) → must_not.
- **nätter** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *midnatt*, *nattfärjan*, *Nattsköterskan*, *söndagsnatt*, *vardagsnatt* don't care; *nätet* → must_not.
- **ledamöter** (umlaut): *ledamöter* relevant; no lookalike.
- **söner** (umlaut): *söner*, *sönerna* relevant; *söndagen*, *i söndags*, *söndagskvällen*, *söndagsnatt* → must_not.
- **hamn** (compound): *hamn*, *hamnen*, *hamnarna* relevant, with *hamnchefen*, *hamnkaptenen*, *hamnenhet(en)*, *hamnavgifter(na)*, *hamnbolagets*, *hamnexperten*, *hamnkapaciteten*, *hamnstatskontroll* (-s-), *hamnstad*, *hamnstäder(na)*, *Hamngatan*, *gästhamnen*; *Nynäshamn(s)*, *Nynäshamnsbor*, *Lickershamn*, *Sandhamn* don't care; the verb *hamnade*, *hamnat* and *Köpenhamn* → must_not.
- **kryssning** (compound): *kryssning*, *kryssningen*, *kryssningar(na)* relevant, with every *kryssnings-* compound (-s-: *kryssningsfartyget*, *Kryssningskajen*, *kryssningsanlöp*, *kryssningsgäster*, *kryssningsturismen*, *Kryssningsforum*, *kryssningsrederiet* …) and *vinterkryssningarna*; the verb *kryssade* (sailing boats beating upwind in Gotland Runt) → must_not.
- **färja** (compound): *färjan*, *färjor*, *färjorna* relevant, with *färjeterminal(en)* (-e-), *Gotlandsfärjan*, *Nattfärjan*; the verb *färjades* (*passagerarna färjades in*) → must_not.
- **gata** (compound): *gatorna* relevant, with *gatubilden* (-u-), *Strandgatan*, *Adelsgatan*, *Hamngatan*; *gåta* (*för mig en gåta*) → must_not.
- **kyrka** (compound): *kyrkan* (also *Svenska kyrkan*) relevant, with *domkyrka(n)*, *Sjömanskyrkan* (-s-), *kyrkoherden* (-o-); no lookalike.
- **ström** (compound): *ström*, *strömmen* (power in *utan ström*, *när strömmen går*) relevant, with *landström(men)*, *nödströmmen*; *strömmingen*, the verb *strömma*, *strömmat* and the surnames *Sandström*, *Lindström*, *Vikström*, *Hejdström*, *Gahnström*, *Klintström* → must_not.
- **räddning** (compound): *räddning*, *räddningen* relevant, with *sjöräddning(en)*, *Sjöräddningssällskapet(s)*, *räddningstjänst(ens)*, *räddningsledare(n)*, *räddningsinsats(en/er)*, *räddningsbåtar*, *räddningsflottar*, *räddningsaktion*, *räddningsutrustning*, *flygräddningscentralen*; *sjöräddare*, *Sjöräddarna* (the person) don't care; the verb *rädda*, *räddade*, *räddas* and the adjective *rädda* (afraid) → must_not.
- **olycka** (compound): *olycka*, *olyckan*, *olyckor* relevant, with *olycksplatsen*, *olycksrapporter* (-s-), *sjöolycka*; *sjöolycksutredningar* (inside) don't care; the adjective *olyckligt* → must_not.
- **vård** (compound): *vård* relevant, with *sjukvård(en)*, *intensivvård(en)*, *sjukhusvård*, *vårdplatser(na)*, *vårdcentralen*, *Vårdförbundet*; *intensivvårdsavdelningen*, *intensivvårdsplatser*, *sjukvårdsberedskap(en)*, *sjukvårdsdirektören*, *sjukvårdspersonal* (vård inside) don't care; the verb *vårdas*, *vårdats*, *vårdslöshet* (another lemma) and the diacritic pair *värd* (*värde*, *värdebevis*, *utvärdering(en)*, *beundransvärda*) → must_not.
- **"brand i maskinrummet"** (phrase): *Branden i maskinrummet*, *bränder i maskinrummet*, *branden i maskinrummet* relevant; *började brinna i maskinrummet* with *BRAND* in the title, *Branden … i ett av fartygets två maskinrum*, *brandlarmet i det aktre maskinrummet … branden*, *branden började i ett av maskinrummen*, *släcka branden innan maskinrummet stängdes* → must_not.
- **"Visby hamn"** (phrase): *i Visby hamn*, *lämnade … Visby hamn* relevant; *hamnen i Visby*-kinds and *Visby … Inre hamnen* apart → must_not; *Visby* with only a *hamn-* compound is don't care.
- **"Region Gotland"** (phrase): *Region Gotland*, *Region Gotlands* relevant; *Region Stockholm* with *Gotland* elsewhere and *regionen* apart from *Gotland(s)* → must_not.
- **"kraftig rökutveckling"** (phrase): *kraftig rökutveckling*, *den kraftiga rökutvecklingen* relevant; *blev rökutvecklingen så kraftig* (reordered) → must_not.
- **"brist på vårdplatser"** (phrase): *brist på vårdplatser*, *bristen på vårdplatser* relevant; *samma brist* with *vårdplatserna* in another sentence → must_not.
- **"rätt till ersättning"** (phrase): *rätt till ersättning* relevant; *får ersättning … har rätt att kräva skadestånd* → must_not.
- **"Sjöfartsverkets helikopter"** (phrase): *Sjöfartsverkets helikoptrar*, *Sjöfartsverkets helikopter* relevant; *Sjöfartsverket* with *helikoptrar* elsewhere → must_not; *Sjöfartsverkets helikopterbesättningar* is a compound → don't care.
- **"utan ström"** (phrase): *utan ström* relevant; *utan att fråga oss vad som sker när strömmen går* → must_not.
- **Visby Nynäshamn** (boolean AND): both relevant; one of them only → must_not; *Visbybor*, *Nynäshamnsbor* alone would be compounds.
- **Kustbevakningen OR Sjöräddningssällskapet** (boolean OR): *Kustbevakningen(s)*, *Sjöräddningssällskapet(s)* relevant; *kustbevakarna* (the staff) don't care; no lookalike.
- **rederiet -försäkringsbolaget** (boolean NOT): *rederi*, *rederiet(s)*, *rederier(na)*, *rederis* without *försäkringsbolag(et/s)* relevant; with it → must_not; *kryssningsrederiet*, *rederikoncernen* alone don't care.
- **landström utsläpp** (boolean AND): *landström(men)* and *utsläpp(en)* relevant; one only (also *släpper ut*, which is not the noun) → must_not; *oljeutsläppet* is a compound.
- **Karolinska OR Akademiska** (boolean OR): the hospitals relevant; no lookalike.
- **haverikommissionen -Malta** (boolean NOT): *haverikommission(en/ens/s)* without *Malta(s)* relevant; with it → must_not; *maltaflaggade* alone would be don't care.
- **lasarettet intensivvården** (boolean AND): *lasarett(et/ets)* and *intensivvård(en)* relevant; one only → must_not; *Intensivvårdsavdelningen*, *intensivvårdsplatser* are compounds (don't care when they stand for the missing term).
- **källa:Gutebladet kryssningskajen**, **källa:Hansa evakueringen**, **källa:Nordpunkt bogseringen**, **källa:Kvällsekot passagerarna**, **källa:Maskintelegrafen haverikommissionen** (filters): `källa:` matches one word of the outlet's name; the term judged as above (*kryssningskajer* is a form of *kryssningskajen*; for *evakueringen* the verb is a lookalike and *evakueringscentrum* a compound; for *bogseringen* the verb is a lookalike and *bogserbåtar* don't care); articles with the term from other outlets, and lookalike-only articles from any outlet, → must_not.
- **typ:opinion landström**, **typ:opinion lasarettet** (filters): the term in an opinion piece relevant; in news → must_not.
- **hav** (trap): *hav*, *havet*, *havs* (*till havs*) relevant; *havsvatten*, *innanhav*, *Medelhavet* compounds; *haveri* and all its forms and compounds (*haveriet*, *havererade*, *haveriutredningen*, *haverikommission(en/ens/s)*), *befälhavare(n)*, *vakthavande* and the place *Havdhem* → must_not.
- **mil** (trap): *mil* (*tre mil från land*, *flera mil ut*) relevant; *sjömil* compound; *miljö* and its compounds (*Miljöpartiet(s)*, *arbetsmiljömål*, *miljöskyddsfartyg* …), *miljon(er)*, *miljontals*, *miljard(er)*, *Miljardförsäkringen*, *familj(en/er/erna)* → must_not.
- **fart** (trap): *fart* (*en fart av fem knop*, *högre fart*, *rimlig fart*) relevant; *sjöfart* in all its compounds (*Sjöfartsverket*, *sjöfartens*, *sjöfartsinspektör* …) and *uppfarten* (fart as going, not speed) don't care; *fartyg* in all forms and compounds (*fartyget*, *kryssningsfartyget*, *passagerarfartyg*, *lyxfartyget*, *fartygssidan* …) → must_not.
- **hot** (trap): *hot* (*ett hot mot …*) relevant; the verb *hotar* and *hotell*, *hotellen*, *hotellrum* → must_not.
- **kost** (trap): *kost* (*kost och logi*) relevant; *frukosten* (fru- + kost, a meal) don't care; *kostnad(en/er/erna)*, *kostnadsfri* and the verb *kosta*, *kostar*, *kostat* → must_not.
- **logi** (trap): *logi* relevant; *logistik*, *logistiken* → must_not.
- **sol** (trap): *sol* (*SOL, RINGMUR OCH BUFFÉ*), *solen* relevant; *soldäcket*, *soluppgången* compounds; *isolering*, the surname *Solberg* and *Solbergahallen* → must_not.
- **rum** (trap): *rum* (*ett ledigt rum*), *rummet* relevant; *hotellrum*, *gästrum*, *mellanrum*, *maskinrum(met/men)* compounds; *centrum* and its compounds (*Visby Centrum*, *köpcentrum*, *evakueringscentrum*, *brännskadecentrum*), *Kryssningsforum* and *strumpor* → must_not.
- **mat** (trap): *mat*, *maten* relevant; *information(en)*, *klimatstöd*, *dramatiska*, *avmattning*, *gräsmattor*, *lunginflammation*, *reklamationsnämnden*, *larmat*, *strömmat* and the surname *Mattsson* → must_not.
- **tak** (trap): *tak* (*ett tak för antalet anlöp*), *taket* relevant; *kontakt*, *kontakta*, *takt* → must_not.
- **vik** (trap): *viken* relevant; *Norvik* and *Hustadvika* (place names) don't care; *viktigt*, *viktigaste*, *undvika*, *undviker*, *besvikna*, *svikit*, *sommarvikarier*, *Viking Sky* and the surname *Vikström* → must_not.
- **fyr** (trap): *fyren* (*Vid fyren på Hallshuk*) relevant; *fyra*, *fyrtio*, *fyrtiotal* → must_not.
- **ram** (trap): *ramen* (*inom ramen för*) relevant; *fram*, *framme*, *framgår*, *framdrivning(en)*, *framkallande* and *dramatiska* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("cruise", "cr", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
