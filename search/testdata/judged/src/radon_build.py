#!/usr/bin/env python3
"""Builds corpus_radon.json and corpus_radon.md from radon_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 radon_build.py [-v]
"""

import fire_build
from radon_articles import ARTICLES


S = fire_build.S

RADON_COMPOUNDS = S(
    "markradon radonanalys radonarbetet radonavskiljare radonbidrag radonbidraget radonbrunn radonchocken radondosor "
    "radondöttrar radonfrågan radonföreläggande radonföreläggandet radonföreningen radongasen radonhalt radonhalten "
    "radonhalter radonhalterna radonkollen radonkonsulten radonlabbet radonlarmet radonlägenheterna radonmätning "
    "radonmätningar radonmätningarna radonrelaterad radonsanering radonsaneringar radonsug radonteknik radontät "
    "radonvintern radonärenden radonärendena radonåtgärden radonåtgärder")

CONCEPTS = {
    # --- inflection ---
    "krav": dict(
        probe=r"kr[aä]v",
        rel=S("krav kravet"),
        no=S("kräva kräver krävs krävt"),
    ),
    "strålning": dict(
        probe=r"strål",
        rel=S("strålning strålningen"),
        comp=S("gammastrålning gammastrålningen strålningsfysik"),
        dc=S("stråldosen strålskydd strålskyddsexpert strålskyddsexperten strålskyddsforskare strålskyddskonsulten "
             "strålsäkerhetsmyndigheten strålsäkerhetsmyndighetens"),
        no=S("strålande"),
    ),
    "föreläggande": dict(
        probe=r"förel[äa]g",
        rel=S("föreläggande föreläggandet förelägganden föreläggandena"),
        comp=S("radonföreläggande radonföreläggandet"),
        no=S("förelägga förelägger föreläggs"),
    ),
    "lägenhet": dict(
        probe=r"lägenhet",
        rel=S("lägenhet lägenheten lägenheter lägenheterna"),
        comp=S("evakueringslägenhet evakueringslägenheten evakueringslägenheter radonlägenheterna"),
        no=S("olägenhet"),
    ),
    "klagomål": dict(
        probe=r"klag",
        rel=S("klagomål klagomålen"),
        no=S("överklaga överklagade överklagan överklagande överklagandet överklagar överklagas"),
        nei=S("bjälklag bjälklagen"),
    ),
    "risk": dict(
        probe=r"risk",
        rel=S("risk risken"),
        no=S("riskerar riskabelt friskolor exemplariskt"),
    ),
    "dosa": dict(
        probe=r"dos",
        rel=S("dosa dosan dosor dosorna"),
        comp=S("mätdosor mätdosorna plastdosa radondosor spårfilmsdosa spårfilmsdosor"),
        no=S("dosen stråldosen"),
    ),
    "spricka": dict(
        probe=r"spr[iau]ck|sprack",
        rel=S("sprickor sprickorna"),
        no=S("sprack"),
    ),
    "överklagande": dict(
        probe=r"överklag",
        rel=S("överklagande överklagandet"),
        dc=S("överklagan"),
        no=S("överklaga överklagade överklagar överklagas"),
    ),
    # --- syncope ---
    "väder": dict(
        probe=r"väd",
        rel=S("vädret"),
        no=S("vädra vädrar vädrat"),
    ),
    "kapitel": dict(
        probe=r"kapit",
        rel=S("kapitel"),
        no=S("kapital"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("hindrar"),
    ),
    "lager": dict(
        probe=r"^lag|lager|lagr",
        rel=S("lagret"),
        no=S("lagas lagen laglig lagt"),
    ),
    "exempel": dict(
        probe=r"exemp",
        rel=S("exempel"),
        no=S("exemplariskt"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommaren somrarna"),
        comp=S("sommarlovet"),
        nei=S("stockholmsområdet"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens stads städer städerna"),
        dc=S("trestad"),
        no=S("bostad bostaden bostadsbeståndet bostadsbolag bostadsbolaget bostadsministern bostadsrättsföreningar "
             "bostäder flerbostadshus älvbostäder älvbostäders åstadkomma"),
    ),
    "mor": dict(
        probe=r"^mor|^möd|^mod",
        rel=S("mor mödrar mödrarna"),
        no=S("moderna moderaterna"),
        nei=S("modell moradi"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand händer"),
        no=S("behandlas efterhand förhandling förhandlingarna förhandlingen handla handlade handlagda handlar "
             "handläggare handläggningstiden handläggningstiderna hända händelser upphandlingen"),
    ),
    "bok": dict(
        probe=r"bok|böck",
        rel=S("böcker böckerna"),
        comp=S("bokhylla orderböckerna"),
        no=S("bokat"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter döttrar döttrars"),
        comp=S("radondöttrar"),
        no=S("dött"),
    ),
    "bror": dict(
        probe=r"^bro[dr]|bröd",
        rel=S("bror bröderna"),
        no=S("bröd"),
    ),
    # --- compounds ---
    "radon": dict(
        probe=r"radon",
        rel=S("radon radonet"),
        comp=RADON_COMPOUNDS,
    ),
    "betong": dict(
        probe=r"beton",
        rel=S("betong betongen"),
        comp=S("alunskifferbetong blåbetong blåbetongen lättbetong lättbetongen"),
        no=S("betonar"),
    ),
    "hyra": dict(
        probe=r"hyr",
        rel=S("hyra hyran hyror hyrorna"),
        comp=S("decemberhyran januarihyran hyresgäst hyresgästen hyresgäster hyresgästerna hyresgästernas "
               "hyresgästföreningen hyresgästföreningens hyreshus hyreshusen hyreshöjningar hyreslagen "
               "hyresnedsättning hyresnämnden hyresrabatt hyresrätter hyresrättsjuristen hyresvärd hyresvärdar "
               "hyresvärdarna hyresvärden hyresvärdens"),
        no=S("hyr hyrde hyrt"),
    ),
    "miljö": dict(
        probe=r"milj",
        rel=S("miljö"),
        comp=S("inomhusmiljö miljöbalken miljöchef miljödomstolen miljöenhet miljöförvaltning miljöförvaltningar "
               "miljöförvaltningen miljöförvaltningens miljöinspektör miljöinspektören miljöinspektörer miljökontor "
               "miljömedicin miljönämnd miljötillsyn miljötillsynen miljööverdomstolen"),
        no=S("miljon miljoner miljonprogrammet"),
        nei=S("barnfamiljer familjen familjerna miljarder"),
    ),
    "förskola": dict(
        probe=r"förskol",
        rel=S("förskola förskolan förskolans förskolor"),
        comp=S("förskolechef förskolechefen förskolläraren"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan"),
        comp=S("gatuplanet"),
        no=S("gåta"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans kyrkor"),
        comp=S("kyrkogårdsförvaltningarna kyrkoherde"),
        dc=S("botkyrka"),
    ),
    "ventilation": dict(
        probe=r"ventil",
        rel=S("ventilation ventilationen"),
        comp=S("ventilationsbranschen ventilationsdonen ventilationsföretagen ventilationsmontörer ventilationsrören"),
    ),
    "källare": dict(
        probe=r"käll",
        rel=S("källare källaren"),
        comp=S("källargolvet källarplan källarplanet källarvåningen"),
        no=S("källa källan"),
    ),
    # --- traps ---
    "vite": dict(
        probe=r"vit",
        rel=S("vite vitet"),
        no=S("vita radioaktivitet vitsippan"),
        nei=S("blivit skrivit sovit vittnar"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum rummen rummet"),
        comp=S("grupprum klassrum klassrummen klassrummet lekrummet omklädningsrummen samlingsrummen sovrum sovrummet "
               "vardagsrummen vardagsrummet"),
        dc=S("lerum lerums"),
        no=S("centrum forum"),
    ),
    "ton": dict(
        probe=r"ton",
        rel=S("ton"),
        no=S("alunskifferbetong anton betonar betong betongen blåbetong blåbetongen lättbetong lättbetongen "
             "tonåringarna åtminstone"),
    ),
    "gamma": dict(
        probe=r"gamm",
        rel=S("gamma"),
        comp=S("gammamätare gammamätning gammastrålning gammastrålningen"),
        no=S("gammal gammalt"),
    ),
    "dos": dict(
        probe=r"dos",
        rel=S("dosen"),
        comp=S("stråldosen"),
        no=S("dosa dosan dosor dosorna mätdosor mätdosorna plastdosa radondosor spårfilmsdosa spårfilmsdosor"),
    ),
    "rad": dict(
        probe=r"rad",
        rel=S("rad"),
        no=RADON_COMPOUNDS | S(
            "radon radonet ackrediterade befarade borrade demonstrerade deponerade dokumenterad förklarade förlorade "
            "grader imponerad isolerade monterades moradi organiserade planerad protesterade radio radioaktivitet "
            "radium sjuhärad"),
    ),
    "lek": dict(
        probe=r"lek",
        rel=S("lek leken"),
        comp=S("lekrummet"),
        no=S("leka lekte elektronisk idrottslektionerna lektion lektioner"),
    ),
    "hål": dict(
        probe=r"hål",
        rel=S("hål"),
        no=S("behålla hushåll hushållet håll hålla hållbart håller hållit hålls innehåller"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör"),
        comp=S("ventilationsrören"),
        no=S("berörda röra rörigt upprörd upprörda"),
    ),
    "tal": dict(
        probe=r"tal",
        rel=S("tal talen talet"),
        dc=S("antal antalet femtiotal fyrtiotal hundratal hundratals hundratusentals sextiotal stundtals tiotal "
             "tiotusentals tjugotal tusentals"),
        no=S("avtalet betala betalar betalas betalat betalning betalningen betalt götaland installera installerat "
             "kapital obetald talan talar talat tallbacken tallbackens"),
    ),
    "halt": dict(
        probe=r"halt",
        rel=S("halt halten halter halterna"),
        comp=S("radonhalt radonhalten radonhalter radonhalterna"),
        no=S("haltar"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spår"),
        comp=S("spårfilm spårfilmen spårfilmsdosa spårfilmsdosor"),
        no=S("spara sparat"),
    ),
    "dom": dict(
        probe=r"dom",
        rel=S("dom domen"),
        dc=S("domstol domstolar domstolen miljödomstolen miljööverdomstolen"),
        no=S("sjukdomar ungdomar"),
    ),
    # --- words of phrases, booleans and filters ---
    "blå": dict(probe=r"^blå(tt|a)?$", rel=S("blå")),
    "över": dict(probe=r"^över$", rel=S("över")),
    "referensnivå": dict(probe=r"referensniv", rel=S("referensnivå referensnivån")),
    "olägenhet": dict(probe=r"^olägenhet", rel=S("olägenhet")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "människa": dict(probe=r"^människ", rel=S("människor människors")),
    "hälsa": dict(probe=r"^hälsa(n|ns)?$", rel=S("hälsa hälsan")),
    "hålla": dict(probe=r"^(hålla|håller|höll|hållit|hålls|håll)$", rel=S("hålla håller hållit hålls håll")),
    "inne": dict(probe=r"^inne$", rel=S("inne")),
    "stängd": dict(probe=r"^stängd", rel=S("stängd stängda"), nei=S("stängde stängdes")),
    "klassrum": dict(probe=r"^klassrum", rel=S("klassrum klassrummen klassrummet")),
    "lungcancer": dict(probe=r"lungcancer", rel=S("lungcancer")),
    "kommunal": dict(probe=r"^kommunal(a|t)?$", rel=S("kommunal kommunala")),
    "bostadsbolag": dict(probe=r"bostadsbolag", rel=S("bostadsbolag bostadsbolaget")),
    "mäta": dict(
        probe=r"^mät(a|as|er|s|t|te|tes|ts)?$",
        rel=S("mät mäta mätas mäter mäts mätt mätte mättes"),
    ),
    "huddinge": dict(probe=r"huddinge", rel=S("huddinge huddinges")),
    "hyresnämnd": dict(probe=r"hyresnämnd", rel=S("hyresnämnden")),
    "radonsug": dict(probe=r"radonsug", rel=S("radonsug")),
    "radonbrunn": dict(probe=r"radonbrunn", rel=S("radonbrunn")),
    "blåbetong": dict(probe=r"blåbetong", rel=S("blåbetong blåbetongen")),
    "göteborg": dict(probe=r"göteborg", rel=S("göteborg göteborgs"), dc=S("göteborgare")),
    "angered": dict(probe=r"angered", rel=S("angered")),
    "tensta": dict(probe=r"tensta", rel=S("tensta"), dc=S("tenstabor")),
    "rökare": dict(
        probe=r"^rök",
        rel=S("rökare rökares rökarna"),
        dc=S("rök röka röker rökning rökt rökavvänjning"),
    ),
    "nordvik": dict(probe=r"nordvik", rel=S("nordvik nordviks")),
    "borås": dict(probe=r"borås", rel=S("borås")),
    "trollhättan": dict(probe=r"trollhätt", rel=S("trollhättan trollhättans")),
    "hyresgäst": dict(
        probe=r"hyresgäst",
        rel=S("hyresgäst hyresgästen hyresgäster hyresgästerna hyresgästernas"),
        comp=S("hyresgästföreningen hyresgästföreningens"),
    ),
    "radonbidrag": dict(probe=r"radonbidrag", rel=S("radonbidrag radonbidraget")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("kraven", "inflection", False, ("term", "krav")),
    ("strålningen", "inflection", False, ("term", "strålning")),
    ("föreläggandet", "inflection", False, ("term", "föreläggande")),
    ("lägenheterna", "inflection", False, ("term", "lägenhet")),
    ("klagomålen", "inflection", False, ("term", "klagomål")),
    ("riskerna", "inflection", False, ("term", "risk")),
    ("dosorna", "inflection", False, ("term", "dosa")),
    ("sprickorna", "inflection", False, ("term", "spricka")),
    ("överklagandet", "inflection", False, ("term", "överklagande")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("kapitlet", "syncope", False, ("term", "kapitel")),
    ("hindren", "syncope", False, ("term", "hinder")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("exemplen", "syncope", False, ("term", "exempel")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("mödrar", "umlaut", False, ("term", "mor")),
    ("händer", "umlaut", False, ("term", "hand")),
    ("böcker", "umlaut", False, ("term", "bok")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("radon", "compound", True, ("term", "radon")),
    ("betong", "compound", True, ("term", "betong")),
    ("hyra", "compound", True, ("term", "hyra")),
    ("miljö", "compound", True, ("term", "miljö")),
    ("förskola", "compound", True, ("term", "förskola")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("ventilation", "compound", True, ("term", "ventilation")),
    ("källare", "compound", True, ("term", "källare")),
    ('"blå betong"', "phrase", False, ("phrase", ["blå", "betong"])),
    ('"över referensnivån"', "phrase", False, ("phrase", ["över", "referensnivå"])),
    ('"olägenhet för människors hälsa"', "phrase", False, ("phrase", ["olägenhet", "för", "människa", "hälsa"])),
    ('"hålla inne hyran"', "phrase", False, ("phrase", ["hålla", "inne", "hyra"])),
    ('"stängda klassrum"', "phrase", False, ("phrase", ["stängd", "klassrum"])),
    ('"risk för lungcancer"', "phrase", False, ("phrase", ["risk", "för", "lungcancer"])),
    ('"kommunala bostadsbolag"', "phrase", False, ("phrase", ["kommunal", "bostadsbolag"])),
    ('"mäta radon"', "phrase", False, ("phrase", ["mäta", "radon"])),
    ("Huddinge hyresnämnden", "boolean", False, ("and", ["huddinge", "hyresnämnd"])),
    ("radonsug OR radonbrunn", "boolean", False, ("or", ["radonsug", "radonbrunn"])),
    ("blåbetong -Göteborg", "boolean", False, ("not", "blåbetong", "göteborg")),
    ("Angered OR Tensta", "boolean", False, ("or", ["angered", "tensta"])),
    ("lungcancer rökare", "boolean", False, ("and", ["lungcancer", "rökare"])),
    ("föreläggandet -Nordvik", "boolean", False, ("not", "föreläggande", "nordvik")),
    ("Borås Trollhättan", "boolean", False, ("and", ["borås", "trollhättan"])),
    ("källa:Västkustbladet blåbetong", "filter", False, ("filter", "Västkustbladet", "blåbetong")),
    ("källa:Kurir hyresgästerna", "filter", False, ("filter", "Kurir", "hyresgäst")),
    ("källa:Kvällsekot lungcancer", "filter", False, ("filter", "Kvällsekot", "lungcancer")),
    ("källa:Sextant föreläggandet", "filter", False, ("filter", "Sextant", "föreläggande")),
    ("källa:Byggbladet ventilationen", "filter", False, ("filter", "Byggbladet", "ventilation")),
    ("typ:opinion radonbidrag", "filter", False, ("filter", "opinion", "radonbidrag")),
    ("typ:opinion hyran", "filter", False, ("filter", "opinion", "hyra")),
    ("vite", "trap", False, ("term", "vite")),
    ("rum", "trap", False, ("term", "rum")),
    ("ton", "trap", False, ("term", "ton")),
    ("gamma", "trap", False, ("term", "gamma")),
    ("dos", "trap", False, ("term", "dos")),
    ("rad", "trap", False, ("term", "rad")),
    ("lek", "trap", False, ("term", "lek")),
    ("hål", "trap", False, ("term", "hål")),
    ("rör", "trap", False, ("term", "rör")),
    ("tal", "trap", False, ("term", "tal")),
    ("halt", "trap", False, ("term", "halt")),
    ("spår", "trap", False, ("term", "spår")),
    ("dom", "trap", False, ("term", "dom")),
]

HEADER = """# corpus_radon.json – judging notes

Invented crisis: a winter of radon from blue concrete (blåbetong, the alum-shale lightweight concrete made 1929–1975) in schools, preschools and rental flats in Västra Götaland and Stockholm, August 2027 to April 2028. Measurements from the previous winter, left lying at Göteborg's environment office, show up to 1 300 Bq/m3 at the preschool Lärkträdet in Hammarkullen (Angered): two units close on 30 August and the children are bussed to Hjällbo until new ventilation brings the level under 120 and they return on 6 March. Tallbackens skola in Kortedala closes eight classrooms (600–1 100 Bq/m3), teaches in the dining hall, the library and pavilions, and has 120 tonnes of blue concrete torn out in spring. Göteborg measures 340 school buildings (41 above the reference level in April), Borås and Trollhättan measure all theirs (a gym hall in Trollhättan closes, pupils bussed elsewhere), a church preschool in Lerum closes a unit, a preschool in Rinkeby closes, a school in Gårdsten closes four classrooms. Tenants of the private landlord Nordvik Fastigheter (the brothers Kaj and Leif Nordvik) in Visättra, Huddinge, measure 400–1 900 Bq/m3 themselves; Huddinge's environment and health committee opens supervision and on 8 November orders the company, under a penalty of 500 000 kronor, to bring 164 flats under 200 Bq/m3; the company appeals to Länsstyrelsen (rejected 2 February) and to the land and environment court in Nacka (rejected 4 April, deadline moved to 31 December); tenants withhold rent by depositing it with Länsstyrelsen, the company sues three of them and loses in Södertörns tingsrätt, and the rent tribunal gives 20 % off the rent. Tenants in Tensta (the municipal company Mälarhem), Biskopsgården (the municipal company Älvbostäder, with evacuation flats) and Uddevalla are affected too; the municipal environment offices in Göteborg and Huddinge are overwhelmed (thousands of complaints, six months' wait, new inspectors); Strålsäkerhetsmyndigheten gives advice (measure two months in the heating season, air, don't smoke indoors, radon suction or a radon well does not help against blue concrete, gamma radiation from the walls); lung doctors and physicists debate the risk of lung cancer, especially for smokers; SKR, Hyresgästföreningen, Fastighetsägarna and the leaders argue about who pays, Boverket reports, the government proposes a radon grant of 400 million a year and appoints an inquiry. Places and public bodies are real (Göteborg with Angered, Hammarkullen, Hjällbo, Gårdsten, Kortedala, Bergsjön, Biskopsgården, Hisingen; Lerum, Gråbo, Partille, Mölndal, Borås with Hässleholmen and Norrby, Trollhättan with Kronogården, Uddevalla with Dalaberg, Skövde, Kinnekulle, Kvarntorp, Yxhult; Huddinge with Visättra, Flemingsberg, Sjödalen, Vårby; Tensta, Rinkeby, Jordbro, Fittja, Tumba, Botkyrka, Danderyd, Nacka; Strålsäkerhetsmyndigheten, Boverket, Länsstyrelsen i Stockholms län, Hyresnämnden i Stockholm, Mark- och miljödomstolen vid Nacka tingsrätt, Södertörns tingsrätt, Konsumentverket, Sveriges Kommuner och Regioner, Hyresgästföreningen, Fastighetsägarna, Svenska kyrkan, Cancerfonden, Karolinska institutet, Sahlgrenska universitetssjukhuset; their actions here are invented); the schools and preschools (Lärkträdet, Tallbacken, Slätthöjden, Björkdungen, Ljuset, Vitsippan), the companies (Nordvik Fastigheter, Mälarhem, Älvbostäder, Havsbo, Radonteknik Väst, Radonkollen, Radonlabbet, Luftbyggarna), every person and all seven outlets are invented: Västkustbladet (local daily, Göteborg and Västra Götaland, with leaders, a debate article and letters), Stockholms Kurir (local daily, Stockholm and its suburbs, with a leader and a letter), Radio Vinga (local radio, Göteborg region, with quotes and a commentary), Nyhetsbyrån Sextant (wire service, also carrying a press release and a fact box), Kvällsekot (national tabloid, with columns), Byggbladet (trade paper for construction and property owners, with a debate article) and Rikstidningen (national daily, with leaders and debate). No outlet's name contains a relevant form of a judged word (*Radio* is only a lookalike for `rad`). 122 articles (101 news, 21 opinion: leaders, debate articles, columns, a radio commentary, letters), published 23 August 2027 to 28 April 2028, +02:00 until 31 October 2027 and from 26 March 2028, +01:00 between. The ids rn001–rn122 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (not used at all), the verb *händer* (*händer* is only the noun, in *i egna händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *röra* in *rör sig om* and any present *rör* (every *rör* is a pipe; the verb appears only as *röra*, *berörda*, *upprörd(a)*, *rörigt*), *ton* meaning a tone (every *ton* is a tonne), the adjective *halt* (slippery; every *halt*, *halten*, *halter* is a concentration), the verb *spå* (every *spår* is a trace), *dom* as the colloquial pronoun, the infinitive of the verb *hyra* (every *hyra* is the rent; the verb appears only as *hyr*, *hyrde*, *hyrt*), the adjective *mätt* (every *mätt* is the supine of *mäta*), the adjective *modern* and *modern* as 'the mother' (so *moderna*, *Moderaterna* are never a form of *mor*), the verb *laga* in *lagar* (so *lagar* never stands for laws or repairs; only *lagas* appears), *lager* as beer, *äga rum*, and the verb *spricka* in any form but *sprack* (every *spricka*-form is a crack). *tal* is one noun whatever its sense (a number, a decade in *1960-talet*, *i absoluta tal*); *rad* is one noun (*en rad villkor*, *i rad*); *lager* is one noun (stock or layer: *lagret av spårfilm*); *rum* is one noun.

How the lists were made: src/radon_articles.py holds the texts and src/radon_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: krav/kräv, stad/städ, mor/möd/mod, hand/händ, bok/böck, dotter/dött, bror/bröd, gata/gåta, spår/spar, hyra/hyr; the whole letter string for the traps *rum*, *ton*, *rad*, *lek*, *hål*, *rör*, *tal*, *dom*, *vit*, *dos*, *gamm*, *halt*) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *lager* is *lag-* from the start of the word and *lager*/*lagr* anywhere (so *bolag*, *bjälklag* are not probed); *mor* takes *mor-*, *möd-*, *mod-* from the start; the words of phrases, booleans and filters are probed only in the forms that can be relevant (*över*, *för*, *inne* as whole words; *hålla*, *mäta*, *kommunal*, *stängd* in their forms). Tokens are runs of letters, so *FTX-ventilation*, *1960-talen*, *icke-rökare*, *miljö- och hälsoskyddsnämnden*, *Anna-Karin* and *Bq/m3* are split (*ventilation*, *talen*, *rökare*, *miljö* are tokens of their own). `python3 radon_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Word-internal strings that a Swedish reader would never take for the query word are judged lookalikes (must_not) when they contain the query word's letters whole (*betong* for `ton`, *centrum* for `rum`, *radon* and *ackrediterade* for `rad`, *betala* and *Tallbacken* for `tal`, *hushåll* for `hål`, *sjukdomar* for `dom`, *radioaktivitet* for `vite`), and so are other lemmas that share the stem that a search reduces the query to (*vita* for `vite`, *dosor* for `dos`, *lagen* for `lagret`); tokens that only share the probe's letters and not the word (*blivit*, *sovit* for `vite`; *bjälklag* for `klagomålen`; *modell* for `mödrar`) are neither. Place names that end in the word are don't care, as *Kristianstad* is for `stad` (*Trestad*, *Lerum*, *Botkyrka*). One line per query:

- **kraven** (inflection): *krav*, *kravet* relevant; the verb *kräva*, *kräver*, *krävs*, *krävt* → must_not.
- **strålningen** (inflection): *strålning*, *strålningen* relevant (also *strålning av typen gamma*); *gammastrålning(en)*, *strålningsfysik* compounds; *Strålsäkerhetsmyndigheten(s)*, *strålskydd* and its compounds and *stråldosen* (from *stråle*, not *strålning*) don't care; the adjective *strålande* (*i strålande vårsol*) → must_not.
- **föreläggandet** (inflection): *föreläggande*, *föreläggandet*, *förelägganden*, *föreläggandena* relevant; *radonföreläggande(t)* compounds; the verb *förelägga*, *förelägger*, *föreläggs* → must_not (the fact box that only says the committee *kan förelägga*).
- **lägenheterna** (inflection): *lägenhet*, *lägenheten*, *lägenheter*, *lägenheterna* relevant; *evakueringslägenhet(en/er)*, *radonlägenheterna* compounds; *olägenhet* (a nuisance in law, another word) → must_not, and it is the only match in the fact box.
- **klagomålen** (inflection): *klagomål*, *klagomålen* relevant; *överklaga* in every form (*överklagar*, *överklagade*, *överklagas*, *överklagan*, *överklagande(t)*: an appeal, not a complaint) → must_not; *bjälklag(en)* is neither.
- **riskerna** (inflection): *risk*, *risken* relevant; the verb *riskerar*, the adjective *riskabelt*, and *friskolor*, *exemplariskt* (the letters inside other words) → must_not.
- **dosorna** (inflection): *dosa*, *dosan*, *dosor*, *dosorna* (the measuring kits) relevant; *mätdosor(na)*, *radondosor*, *spårfilmsdosa/-dosor*, *plastdosa* compounds; *dosen* and *stråldosen* (the dose, another lemma) → must_not.
- **sprickorna** (inflection): *sprickor*, *sprickorna* relevant; *sprack* (the negotiations broke down, the verb) → must_not.
- **överklagandet** (inflection): *överklagande*, *överklagandet* relevant; *överklagan* (the short noun of the same meaning) don't care; the verb *överklaga*, *överklagar*, *överklagade*, *överklagas* → must_not.
- **vädret** (syncope): *vädret* relevant (the cold weather, the grey weather); the verb *vädra*, *vädrar*, *vädrat* (to air a room) → must_not.
- **kapitlet** (syncope): *kapitel* (*ett nytt kapitel*, *rapportens sista kapitel*) relevant; *kapital* (*ett eget kapital*) → must_not.
- **hindren** (syncope): *hinder*, *hindret* relevant; the verb *hindrar* → must_not.
- **lagret** (syncope): *lagret* (stock of dosimeters and of ventilation units) relevant; *lagen* (the law), *laglig*, *lagas* (laga) and *lagt* (lägga) → must_not.
- **exemplen** (syncope): *exempel* (also *till exempel*) relevant; *exemplariskt* → must_not.
- **somrar** (syncope): *sommaren*, *somrarna* relevant; *sommarlovet* compound; *Stockholmsområdet* is neither; no lookalike in the texts.
- **städer** (umlaut): *stad*, *staden*, *stadens*, *stads*, *städer*, *städerna* relevant (also the municipality's name *Göteborgs Stad*, *Stockholms stad*, *Trollhättans stad*); *Trestad* don't care; *bostad* and every compound of it (*bostäder*, *bostaden*, *flerbostadshus*, *bostadsbolag(et)*, *bostadsrättsföreningar*, *bostadsministern*, *bostadsbeståndet*, the company *Älvbostäder*) and *åstadkomma* → must_not.
- **mödrar** (umlaut): *mor* (*mor till fyra*), *mödrar*, *mödrarna* relevant; *moderna* and *Moderaterna* → must_not; *modell*, *Moradi* are neither.
- **händer** (umlaut): *hand* (*tar hand om*), *händer* (*i egna händer*) relevant; *handla*, *handlar*, *handlade*, *handläggare*, *handläggningstiden*, *handlagda*, *behandlas*, *förhandling(en/arna)*, *upphandlingen*, *i efterhand*, *hända*, *händelser* → must_not.
- **böcker** (umlaut): *böcker*, *böckerna* relevant; *bokhylla*, *orderböckerna* compounds; *bokat* (boka) → must_not.
- **döttrar** (umlaut): *dotter*, *döttrar*, *döttrars* relevant; *radondöttrar* (radon's decay products) compound; the supine *dött* → must_not.
- **bröder** (umlaut): *bror*, *bröderna* relevant; *bröd* (*nybakat bröd*) → must_not.
- **radon** (compound): *radon*, *radonet* and every compound (*radonhalt(en/er/erna)*, *radonmätning(ar)*, *radonsug*, *radonbrunn*, *radonbidrag(et)*, *radondosor*, *markradon*, *radontät* …) relevant; no lookalike.
- **betong** (compound): *betong*, *betongen* and *blåbetong(en)*, *lättbetong(en)*, *alunskifferbetong* relevant; the verb *betonar* → must_not (the press release in which the authority only *betonar*).
- **hyra** (compound): *hyra*, *hyran*, *hyror*, *hyrorna* and, with -es-, *hyresgäst(en/er/erna/ernas)*, *Hyresgästföreningen(s)*, *hyresvärd(en/ar/arna)*, *hyreshus(en)*, *hyresnämnden*, *hyresnedsättning*, *hyreslagen*, *hyresrätter* …, without a linking letter *decemberhyran*, *januarihyran* relevant; the verb *hyr*, *hyrde*, *hyrt* → must_not.
- **miljö** (compound): *miljö* (also *miljö- och hälsoskyddsnämnden*, which splits) and *miljöförvaltning(en/ens/ar)*, *miljöinspektör(en/er)*, *miljöbalken*, *miljönämnd*, *miljökontor*, *miljötillsyn(en)*, *miljömedicin*, *miljödomstolen*, *inomhusmiljö* relevant; *miljon*, *miljoner*, *miljonprogrammet* (the diacritic pair miljö/miljo) → must_not; *miljarder*, *familjen* are neither.
- **förskola** (compound): *förskola*, *förskolan*, *förskolans*, *förskolor* and, with -e-, *förskolechef(en)*, and *förskolläraren* relevant; no lookalike.
- **gata** (compound): *gatan* and, with -u-, *gatuplanet* relevant; *gåta* (*Det är en gåta för mig*) → must_not.
- **kyrka** (compound): *kyrka*, *kyrkan*, *kyrkans*, *kyrkor* and, with -o-, *kyrkoherde*, *kyrkogårdsförvaltningarna* relevant; the municipality *Botkyrka* don't care; no lookalike.
- **ventilation** (compound): *ventilation*, *ventilationen* (also *FTX-ventilation*, *Svensk Ventilation*) and, with -s-, *ventilationsdonen*, *ventilationsrören*, *ventilationsmontörer*, *ventilationsföretagen*, *ventilationsbranschen* relevant; no lookalike.
- **källare** (compound): *källare*, *källaren* and *källarvåningen*, *källarplan(et)*, *källargolvet* relevant; *källa*, *källan* (a source, also the fact box's *Källa:*) → must_not.
- **"blå betong"** (phrase): *blå betong* relevant (*väggar av blå betong*); *Betongen … blå nyans* and *Betongen … ser nästan blå ut* (apart) → must_not; *blå lättbetong* (the second word a compound) and *blåbetong* alone → don't care.
- **"över referensnivån"** (phrase): *över referensnivån* relevant (also *långt över referensnivån*); the fact box's *Referensnivån … men över den nivån* → must_not.
- **"olägenhet för människors hälsa"** (phrase): the legal phrase whole relevant; *en olägenhet som bolaget måste åtgärda, och människors hälsa väger tyngre* (apart) → must_not.
- **"hålla inne hyran"** (phrase): *håller inne hyran*, *Att hålla inne hyran* relevant; *där hyran hålls inne* (reordered) → must_not. Forms of *hålla* are *hålla*, *håller*, *hållit*, *hålls*, *håll*.
- **"stängda klassrum"** (phrase): *de stängda klassrummen*, *Fyra stängda klassrum* relevant; *Klassrummen … har nu varit stängda* → must_not; *stängt*, *stängde*, *stängs* are verb forms, not *stängd*.
- **"risk för lungcancer"** (phrase): *risk för lungcancer*, *risken för lungcancer* relevant; *Risken är störst för den som … lungcancer*, *risken att få lungcancer* and the like (apart) → must_not.
- **"kommunala bostadsbolag"** (phrase): *det kommunala bostadsbolaget*, *kommunala bostadsbolag* relevant; *Bostadsbolaget Mälarhem … de andra kommunala bolagen* → must_not.
- **"mäta radon"** (phrase): *mäta radon*, *mäter radon*, *mätte radon*, *mättes radon*, *har mätt radon*, the imperative *Mät radon* relevant; *Radon mäts*, *ska radon mätas*, *gamma och radon mäts* (reordered) and *mäta* with *radon* elsewhere → must_not; *mäts radonhalten* (the second word a compound) → don't care.
- **Huddinge hyresnämnden** (boolean AND): both relevant (the hearing and the decision on the rent in Visättra, Huddinge); Huddinge alone or *hyresnämnden* alone (the articles that name Visättra but not Huddinge) → must_not.
- **radonsug OR radonbrunn** (boolean OR): either relevant; no lookalike (*sug* and *brunn* alone are other tokens).
- **blåbetong -Göteborg** (boolean NOT): *blåbetong(en)* without *Göteborg(s)* relevant; with it → must_not; *göteborgare* alone would be don't care.
- **Angered OR Tensta** (boolean OR): either relevant; *Tenstabor* alone would be don't care; no lookalike.
- **lungcancer rökare** (boolean AND): both (*rökare*, *rökarna*, *icke-rökares*) relevant; one only → must_not; the verb *röker*, *rökt*, *röka*, *rökning* are don't care for *rökare*.
- **föreläggandet -Nordvik** (boolean NOT): *föreläggande(t/n/na)* without *Nordvik(s)* (Göteborg's orders, the Christmas meeting in Visättra that does not name the company, the leader, the landlords' debate article) relevant; with it → must_not, and so is the fact box that has only the verb *förelägga*; *radonföreläggandet* alone → don't care.
- **Borås Trollhättan** (boolean AND): both relevant; one only → must_not.
- **källa:Västkustbladet blåbetong**, **källa:Kurir hyresgästerna**, **källa:Kvällsekot lungcancer**, **källa:Sextant föreläggandet**, **källa:Byggbladet ventilationen** (filters): `källa:` matches one word of the outlet's name (*Västkustbladet*, *Kurir*, *Kvällsekot*, *Sextant*, *Byggbladet*); the term is judged as in its own query with compounds:false (*Hyresgästföreningen* for *hyresgästerna*, *radonföreläggandet* for *föreläggandet*, *ventilationsrören* for *ventilationen* → don't care); articles with the term from other outlets, and lookalike-only articles from any outlet, → must_not.
- **typ:opinion radonbidrag**, **typ:opinion hyran** (filters): the term in an opinion piece relevant; in news → must_not; *hyresgäster*, *hyreshus* … alone are compounds → don't care; *hyrde*, *hyrt* alone → must_not.
- **vite** (trap): *vite*, *vitet* relevant; *vita* (white), the preschool *Vitsippan* and *radioaktivitet* → must_not; *blivit*, *sovit*, *skrivit*, *vittnar* are neither.
- **rum** (trap): *rum*, *rummet*, *rummen* relevant; *klassrum(met/men)*, *sovrum(met)*, *vardagsrum(met/men)*, *lekrummet*, *grupprum*, *samlingsrummen*, *omklädningsrummen* compounds; *Lerum(s)* don't care; *centrum* (*Tensta centrum*) and *forum* → must_not.
- **ton** (trap): *ton* (*180 ton blåbetong*, *per ton*) relevant; *betong* in every form and compound (*betongen*, *blåbetong(en)*, *lättbetong(en)*, *alunskifferbetong*), *betonar*, *tonåringarna*, *Anton*, *åtminstone* → must_not.
- **gamma** (trap): *gamma* (*strålning av typen gamma*, *dosen från gamma och radon*) relevant; *gammastrålning(en)*, *gammamätare*, *gammamätning* compounds; the adjective *gammal*, *gammalt* → must_not.
- **dos** (trap): *dosen* relevant; *stråldosen* compound; *dosa* and all its forms and compounds (*dosor*, *dosorna*, *mätdosor*, *radondosor*, *spårfilmsdosa* …) → must_not.
- **rad** (trap): *rad* (*en rad villkor*, *för tredje vintern i rad*) relevant; *radon* and every *radon-* compound, *markradon*, *radio*, *radium*, *radioaktivitet*, *grader*, *Sjuhärad*, *Moradi* and participles with the letters inside (*ackrediterade*, *deponerade*, *borrade*, *förklarade*, *isolerade*, *planerad* …) → must_not.
- **lek** (trap): *lek*, *leken* relevant; *lekrummet* compound; the verb *leka*, *lekte* and *lektion(er)*, *idrottslektionerna*, *elektronisk* → must_not.
- **hål** (trap): *hål* relevant; *hålla*, *håller*, *hålls*, *hållit*, *håll*, *hållbart*, *behålla*, *innehåller*, *hushåll(et)* → must_not.
- **rör** (trap): *rör* (pipes) relevant; *ventilationsrören* compound; *röra*, *berörda*, *upprörd(a)*, *rörigt* → must_not.
- **tal** (trap): *tal*, *talet*, *talen* (*1960-talen*, *på 1980-talet*, *i absoluta tal*) relevant; *antal(et)* and the counting words *tiotal*, *tjugotal*, *hundratal*, *hundratals*, *tusentals*, *stundtals* … don't care; *betala* and its forms (*betalar*, *betalat*, *betalt*, *betalning(en)*, *obetald*), *talar*, *talat*, *talan*, *avtalet*, *kapital*, *installera(t)*, *Götaland* and the school *Tallbacken(s)* → must_not.
- **halt** (trap): *halt*, *halten*, *halter*, *halterna* relevant; *radonhalt(en/er/erna)* compounds; *haltar* (*jämförelsen haltar*) → must_not.
- **spår** (trap): *spår* (*lämnar inga spår*, *har satt spår*) relevant; *spårfilm(en)*, *spårfilmsdosa/-dosor* compounds; *spara*, *sparat* → must_not.
- **dom** (trap): *dom*, *domen* relevant; *domstol(en/ar)*, *miljödomstolen*, *Mark- och miljööverdomstolen* don't care; *sjukdomar* and *ungdomar* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("radon", "rn", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
