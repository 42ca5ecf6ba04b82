#!/usr/bin/env python3
"""Builds corpus_fuel.json and corpus_fuel.md from fuel_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 fuel_build.py [-v]
"""

import fire_build
from fuel_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "ransonering": dict(
        probe=r"ranson",
        rel=S("ransonering ransoneringen"),
        comp=S("ransoneringslagen"),
        no=S("ransonera ransonerar ransoneras ransonerats"),
    ),
    "tankstation": dict(
        probe=r"tankstation",
        rel=S("tankstation tankstationen tankstationer tankstationerna"),
    ),
    "leverans": dict(
        probe=r"lever",
        rel=S("leverans leveransen leveranser leveranserna"),
        comp=S("dieselleveranser foderleveranser foderleveranserna"),
        no=S("lever leverantören leverera levererade levereras underleverantörer underleverantörerna"),
        nei=S("elever eleverna gymnasieelever gymnasieeleverna"),
    ),
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken strejkens"),
        comp=S("strejkvakter strejkvakterna strejkvarslet tankbilsstrejken"),
        no=S("strejka strejkade strejkar"),
    ),
    "raffinaderi": dict(
        probe=r"raffin",
        rel=S("raffinaderi raffinaderiet raffinaderiets raffinaderier"),
        comp=S("raffinaderibolaget raffinaderichefen"),
        no=S("raffinerade"),
        nei=S("paraffin paraffinet"),
    ),
    "hamstring": dict(
        probe=r"hamst",
        rel=S("hamstring hamstringen"),
        dc=S("hamstrare"),
        no=S("hamster hamstra hamstrar"),
    ),
    "chaufför": dict(
        probe=r"chauff",
        rel=S("chaufför chauffören chaufförer chaufförerna"),
        comp=S("busschauffören busschaufförerna chaufförsbristen tankbilschaufför tankbilschaufförer "
               "tankbilschaufförerna tankbilschaufförernas"),
    ),
    "prioritering": dict(
        probe=r"priorit",
        rel=S("prioritering prioriteringar prioriteringen"),
        comp=S("prioriteringsbeslut"),
        no=S("prioritera prioriterades prioriterar prioriteras prioriterat"),
    ),
    "dunk": dict(
        probe=r"dunk",
        rel=S("dunk dunkar dunkarna dunken"),
        comp=S("bensindunkar litersdunkar reservdunk"),
        no=S("dunkade dunkel"),
    ),
    # --- syncope ---
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagren lagret"),
        comp=S("beredskapslager beredskapslagren drivmedelslager lagerarbetares reservlager"),
        dc=S("beredskapslagringen lagringskapacitet lagringsskyldigheten oljelagring"),
        no=S("islagret lagerlöf lagerqvist lagra"),
    ),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykel cyklarna"),
        comp=S("cykelbanan cykelhandlaren elcykel elcyklar"),
        no=S("cykla cyklade"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren filtret"),
        no=S("filtar"),
    ),
    "åker": dict(
        probe=r"^åk|åker|åkr",
        rel=S("åkern åkrarna"),
        no=S("samåker tankbilsåkerierna åkare åke åkeri åkeribladet åkeribladets åkerier åkerierna åkeriet "
             "åkeriföretag åkerinäringen åkerström åkesson åkte"),
        nei=S("åklagaren"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("tecknades"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster mönstret"),
        comp=S("körmönstren"),
        no=S("mönstrade mönstrat"),
    ),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|bön",
        rel=S("bonden bönder bönderna"),
        comp=S("mjölkbonde mjölkbonden mjölkbönder mjölkbönderna"),
        no=S("bönor förbön"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("riksdagsledamoten"),
    ),
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natt natten nattens nätter nätterna"),
        comp=S("nattbussen nattpatrull nattpatrullen nattskift nattskiften nattskiftet"),
        no=S("nattlig nätet"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet landets länderna ländernas"),
        comp=S("inland inlandet inlandets landsbygden landsbygdsministern landsväg"),
        dc=S("dalsland finland götaland götalandsregionen jämtland jämtlands lappland norrland tyskland "
             "västernorrland inlandsbladet inlandskommuner norrländsk utländska"),
        no=S("bland blandar blandat ibland landade landar"),
        nei=S("inspektionsmeddelande meddelande pressmeddelande uttalande rölanda"),
    ),
    "låg": dict(
        probe=r"l[åä]g",
        rel=S("lägre lågt"),
        no=S("läge lägesbild läget lägga lägger lågor lågorna"),
        nei=S("angelägenhet anläggning anläggningar anläggningen isomeriseringsanläggning kartläggning klarlägga "
              "miljöskyddshandläggaren processanläggning skidanläggningarna"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer städerna"),
        comp=S("storstäderna stadstrafik stadstrafiken"),
        dc=S("brastad gammelstad grebbestad herrestad karlstad strömstad strömstadsbor strömstadsborna"),
        no=S("bostaden stadigt städning"),
        nei=S("kostade"),
    ),
    # --- compounds ---
    "diesel": dict(
        probe=r"diesel",
        rel=S("diesel dieseln"),
        comp=S("dieselleveranser dieselpriser dieselpriset dieselstöld dieselstölder dieseltjuvarna importdieseln "
               "marindieseln vinterdiesel"),
    ),
    "bensin": dict(
        probe=r"bens",
        rel=S("bensin bensinen"),
        comp=S("bensinbil bensindunkar"),
        no=S("bensen"),
    ),
    "station": dict(
        probe=r"station",
        rel=S("station stationen stationer stationerna"),
        comp=S("förturstation maskinstationer maskinstationerna räddningsstationen tankstation tankstationen "
               "tankstationer tankstationerna"),
        no=S("stationerad"),
    ),
    "olja": dict(
        probe=r"olj",
        rel=S("olja oljan"),
        comp=S("brentolja eldningsolja råolja oljebolagen oljedepån oljekris oljekrisen oljelagring oljepanna "
               "oljepriset"),
        no=S("oljudet"),
        nei=S("kuoljok"),
    ),
    "lada": dict(
        probe=r"^lad|ladu|lada$|ladan$|lador",
        rel=S("ladan"),
        comp=S("ladugård ladugården"),
        no=S("lade laddare laddning laddstolparna laddstolpe"),
        nei=S("glada"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckas veckor veckorna veckors"),
        comp=S("påskveckan sportlovsveckan veckopendlare"),
        no=S("utvecklingen prisutvecklingen"),
    ),
    "drivmedel": dict(
        probe=r"drivmed",
        rel=S("drivmedel drivmedlet"),
        comp=S("drivmedelsberedskap drivmedelsbolagen drivmedelsbranschen drivmedelsförsörjning "
               "drivmedelsförsörjningen drivmedelskrisen drivmedelslager"),
    ),
    "skatt": dict(
        probe=r"skatt",
        rel=S("skatt skatten skatter"),
        comp=S("energiskatten skattesänkningen skatteverket"),
        no=S("uppskattar"),
    ),
    "beredskap": dict(
        probe=r"bered",
        rel=S("beredskap beredskapen"),
        comp=S("beredskapsansvarige beredskapsdirektör beredskapsfråga beredskapslager beredskapslagren "
               "beredskapslagringen beredskapsplanerare beredskapssamordnare beredskapssystem drivmedelsberedskap "
               "försörjningsberedskap livsmedelsberedskap"),
        dc=S("försörjningsberedskapscentralen krisberedskapsplan"),
        no=S("beredda bereds förbereda förberedd förberedda"),
    ),
    # --- words of phrases, booleans and filters ---
    "brist": dict(
        probe=r"brist",
        rel=S("brist bristen brister"),
        comp=S("bristsituationer chaufförsbristen"),
        no=S("bristfällig"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "sig": dict(probe=r"^sig$", rel=S("sig")),
    "fram": dict(probe=r"^fram$", rel=S("fram")),
    "ta": dict(probe=r"^(ta|tar|tog|tagit|tagits|tas)$", rel=S("ta tar tog tagit")),
    "preemraff": dict(
        probe=r"preem",
        rel=S("preemraff"),
        nei=S("preem preems"),
    ),
    "lysekil": dict(
        probe=r"lysekil",
        rel=S("lysekil lysekils"),
        comp=S("lysekilsbor"),
    ),
    "tom": dict(
        probe=r"^tom",
        rel=S("tom tomma tomt"),
        nei=S("tomas tomgång tomkörningar"),
    ),
    "pump": dict(
        probe=r"pump",
        rel=S("pump pumpar pumparna pumpen"),
        no=S("pumpat"),
    ),
    "energimyndigheten": dict(
        probe=r"energimyndighet",
        rel=S("energimyndigheten energimyndighetens"),
    ),
    "beslut": dict(
        probe=r"beslut",
        rel=S("beslut beslutet"),
        comp=S("beslutsfattare prioriteringsbeslut"),
        no=S("besluta beslutade beslutat"),
    ),
    "pris": dict(
        probe=r"pris",
        rel=S("priser priserna priset"),
        comp=S("dieselpriser dieselpriset listpriset oljepriset prisutvecklingen prisökning"),
        no=S("prisar"),
    ),
    "förtur": dict(
        probe=r"förtur",
        rel=S("förtur förturen"),
        comp=S("förtursavtal förturstation"),
    ),
    "hemtjänst": dict(
        probe=r"hemtjänst",
        rel=S("hemtjänst hemtjänsten hemtjänstens"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden"),
        comp=S("brandbomb brandfarliga brandingenjören brandrisk garagebranden garagebränder industribrandkår"),
        dc=S("brännskador brännskadorna"),
        no=S("brann brinna brinner brunnit brännbara bränsle bränsleförsörjningen bränslekris bränslet "
             "bränsletankarna bränsletransporter"),
        nei=S("branschen branschens branschorganisation branschorganisationen bussbranschen drivmedelsbranschen "
              "gödselbrunnen"),
    ),
    "garage": dict(
        probe=r"garag",
        rel=S("garage garagen garaget"),
        comp=S("garagebranden garagebränder"),
    ),
    "norrbotten": dict(probe=r"norrbott", rel=S("norrbotten norrbottens")),
    "uddevalla": dict(probe=r"uddeval", rel=S("uddevalla"), comp=S("uddevallabron")),
    "strömstad": dict(probe=r"strömstad", rel=S("strömstad"), comp=S("strömstadsbor strömstadsborna")),
    "msb": dict(probe=r"^msb", rel=S("msb")),
    "jerrycan": dict(probe=r"jerry", rel=S("jerrycan jerrycans jerrycansen")),
    "jokkmokk": dict(probe=r"jokkmokk", rel=S("jokkmokk jokkmokks")),
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussen"),
        comp=S("bussbolag bussbolagen bussbolagens bussbranschen busschauffören busschaufförerna bussföretag busshållplatserna "
               "busslinje elbussar elbussarna nattbussen regionbussar regionbussarna regionbusslinjerna "
               "skolbussarna skolbussen"),
    ),
    "västtrafik": dict(probe=r"västtrafik", rel=S("västtrafik västtrafiks")),
    "arvidsjaur": dict(probe=r"arvidsjaur", rel=S("arvidsjaur arvidsjaurs")),
    "arjeplog": dict(probe=r"arjeplog", rel=S("arjeplog arjeplogs")),
    "traktor": dict(probe=r"traktor", rel=S("traktorer traktorerna traktorn")),
    "beredskapslager": dict(
        probe=r"beredskapslag",
        rel=S("beredskapslager beredskapslagren"),
        dc=S("beredskapslagringen"),
    ),
    # --- traps ---
    "tank": dict(
        probe=r"tank",
        rel=S("tank tanken"),
        comp=S("bränsletankarna gårdstankarna gårdstanken reservtanken tankbil tankbilar tankbilarna tankbilen "
               "tankbilsavtalet tankbilschaufför tankbilschaufförer tankbilschaufförerna tankbilschaufförernas "
               "tankbilsförare tankbilskonflikten tankbilsstrejken tankbilsåkerierna tankfartyg tankfartygen "
               "tankstation tankstationen tankstationer tankstationerna"),
        no=S("tanka tankade tanke tankesmedja"),
    ),
    "mack": dict(
        probe=r"mack",
        rel=S("mack mackar mackarna macken"),
        comp=S("mackägare mackägarna silvermacken"),
        no=S("macka mackor"),
    ),
    "kö": dict(
        probe=r"^k[oö](n|r|rna|er|erna|ns|ra|rde|rt|rs|ar|ade|at|a)?$|köer|kö$|kön$",
        rel=S("kö köer köerna kön"),
        no=S("ko kor korna köade köar kör köra körde körs kört"),
    ),
    "fat": dict(
        probe=r"fat",
        rel=S("fat"),
        no=S("beslutsfattare fatta fattade fattar omfattande omfattar omfattas"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilarna bilen"),
        comp=S("bensinbil bilförsäljaren bilhandlarnas bilvaruhandeln elbil elbilar firmabil foderbilen lastbil "
               "lastbilar lastbilarna mjölkbilen personbil plogbil plogbilarna servicebil tankbil tankbilar "
               "tankbilarna tankbilen"),
        dc=S("bilist bilister tankbilsavtalet tankbilschaufför tankbilschaufförer tankbilschaufförerna "
             "tankbilschaufförernas tankbilsförare tankbilskonflikten tankbilsstrejken tankbilsåkerierna"),
        no=S("bildades bilder bilderna billigare billigast billigaste billigt lägesbild mobilen utbildning "
             "utbildningen utbildningschefen"),
    ),
    "ort": dict(
        probe=r"ort",
        rel=S("ort orter"),
        comp=S("centralorten tätorten"),
        no=S("bort borta fort gjort stort carport körkort rapport rapporten rapporterna sport sportlov sportlovet "
             "sportlovsveckan transport transporter transporterna exporten importen"),
        nei=S("bortfallet bränsletransporter exporteras fortfarande fortsatte fortsätta fortsätter fortsättningsvis "
              "importdieseln importera importerad importeras livsmedelstransporter rapporterar rapporterat "
              "rapporterats reporter transportarbetareförbundet transporteras transportföretagen transportföretagens "
              "transportmedel transports"),
    ),
    "lock": dict(
        probe=r"lock",
        rel=S("lock locket"),
        no=S("blockad blockader blockera blocket klockan locka lockas lockout lockouten lockoutvarslet plocka"),
    ),
    "liter": dict(
        probe=r"^lit|liter",
        rel=S("liter litern liters"),
        comp=S("litersdunkar"),
        no=S("litade lite liten litet"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil milen"),
        no=S("arbetsmiljöbrott arbetsmiljöverket arbetsmiljöverkets camilla familj familjemedlem familjen familjens "
             "familjer mildra miljarder miljoner miljöskyddshandläggaren millimeter"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen krisens"),
        comp=S("bränslekris drivmedelskrisen krisgrupp krisledning krisledningen krismöte krisstöd oljekris "
               "oljekrisen"),
        dc=S("krisberedskapsplan"),
        no=S("kristian kristina kristoffer"),
    ),
    "bränsle": dict(
        probe=r"brän",
        rel=S("bränsle bränslet"),
        comp=S("bränsleförsörjningen bränslekris bränsletankarna bränsletransporter"),
        no=S("brännbara brännskador brännskadorna garagebränder"),
    ),
    "sot": dict(
        probe=r"sot",
        rel=S("sot sotet"),
        no=S("sotenäs"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("ransoneringen", "inflection", False, ("term", "ransonering")),
    ("tankstationerna", "inflection", False, ("term", "tankstation")),
    ("leveranserna", "inflection", False, ("term", "leverans")),
    ("strejken", "inflection", False, ("term", "strejk")),
    ("raffinaderiet", "inflection", False, ("term", "raffinaderi")),
    ("hamstringen", "inflection", False, ("term", "hamstring")),
    ("chaufförerna", "inflection", False, ("term", "chaufför")),
    ("prioriteringen", "inflection", False, ("term", "prioritering")),
    ("dunkarna", "inflection", False, ("term", "dunk")),
    ("lagren", "syncope", False, ("term", "lager")),
    ("cyklarna", "syncope", False, ("term", "cykel")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("lägre", "umlaut", False, ("term", "låg")),
    ("städerna", "umlaut", False, ("term", "stad")),
    ("diesel", "compound", True, ("term", "diesel")),
    ("bensin", "compound", True, ("term", "bensin")),
    ("station", "compound", True, ("term", "station")),
    ("olja", "compound", True, ("term", "olja")),
    ("lada", "compound", True, ("term", "lada")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("drivmedel", "compound", True, ("term", "drivmedel")),
    ("skatt", "compound", True, ("term", "skatt")),
    ("beredskap", "compound", True, ("term", "beredskap")),
    ('"brist på diesel"', "phrase", False, ("phrase", ["brist", "på", "diesel"])),
    ('"Preemraff i Lysekil"', "phrase", False, ("phrase", ["preemraff", "i", "lysekil"])),
    ('"tomma pumpar"', "phrase", False, ("phrase", ["tom", "pump"])),
    ('"Energimyndighetens beslut"', "phrase", False, ("phrase", ["energimyndigheten", "beslut"])),
    ('"priset på bensin"', "phrase", False, ("phrase", ["pris", "på", "bensin"])),
    ('"ta sig fram"', "phrase", False, ("phrase", ["ta", "sig", "fram"])),
    ('"förtur för hemtjänsten"', "phrase", False, ("phrase", ["förtur", "för", "hemtjänst"])),
    ('"brand i garaget"', "phrase", False, ("phrase", ["brand", "i", "garage"])),
    ("ransonering Norrbotten", "boolean", False, ("and", ["ransonering", "norrbotten"])),
    ("Uddevalla OR Strömstad", "boolean", False, ("or", ["uddevalla", "strömstad"])),
    ("MSB Energimyndigheten", "boolean", False, ("and", ["msb", "energimyndigheten"])),
    ("jerrycans OR dunkar", "boolean", False, ("or", ["jerrycan", "dunk"])),
    ("hemtjänsten -Jokkmokk", "boolean", False, ("not", "hemtjänst", "jokkmokk")),
    ("bussar -Västtrafik", "boolean", False, ("not", "buss", "västtrafik")),
    ("Arvidsjaur OR Arjeplog", "boolean", False, ("or", ["arvidsjaur", "arjeplog"])),
    ("källa:Inlandsbladet hemtjänsten", "filter", False, ("filter", "Inlandsbladet", "hemtjänst")),
    ("källa:Gullmarsbladet raffinaderiet", "filter", False, ("filter", "Gullmarsbladet", "raffinaderi")),
    ("källa:Kardan ransoneringen", "filter", False, ("filter", "Kardan", "ransonering")),
    ("källa:Kvällsextra garaget", "filter", False, ("filter", "Kvällsextra", "garage")),
    ("källa:Fältposten traktorerna", "filter", False, ("filter", "Fältposten", "traktor")),
    ("typ:opinion beredskapslagren", "filter", False, ("filter", "opinion", "beredskapslager")),
    ("typ:opinion hamstringen", "filter", False, ("filter", "opinion", "hamstring")),
    ("tank", "trap", False, ("term", "tank")),
    ("mack", "trap", False, ("term", "mack")),
    ("pump", "trap", False, ("term", "pump")),
    ("kö", "trap", False, ("term", "kö")),
    ("fat", "trap", False, ("term", "fat")),
    ("bil", "trap", False, ("term", "bil")),
    ("ort", "trap", False, ("term", "ort")),
    ("lock", "trap", False, ("term", "lock")),
    ("litern", "trap", False, ("term", "liter")),
    ("mil", "trap", False, ("term", "mil")),
    ("kris", "trap", False, ("term", "kris")),
    ("bränsle", "trap", False, ("term", "bränsle")),
    ("sot", "trap", False, ("term", "sot")),
]

HEADER = """# corpus_fuel.json – judging notes

Invented crisis: in late winter 2026 Sweden runs short of diesel and petrol. Talks on the tanker drivers' agreement between Transportarbetareförbundet (Transport) and Transportföretagen break down in January; Transport gives notice and 1 400 tanker drivers strike from Monday 9 February (pickets at Skarvikshamnen in Göteborg and the depots in Gävle and Luleå). In the night to Thursday 12 February a leaking valve starts a fire in a process unit at Preemraff in Lysekil (Brofjorden); two workers are slightly burnt, a VMA goes out, and Preem shuts the whole refinery for a month. Filling stations run dry first in the inland of Norrbotten and Västerbotten (Sorsele, Arjeplog, Jokkmokk, Kvikkjokk, Pajala) and in northern Bohuslän and Dalsland (Strömstad, Tanum, Munkedal, Dals-Ed); queues, fights and hoarding in jerrycans follow, cans sell for ten times their price, diesel is stolen from lorries and excavators, and imported diesel clogs filters in the cold. Energimyndigheten lowers the stockholding obligation and releases part of the emergency stocks (17 February); the government rations fuel from 19 February (30 litres a customer a day, later 50) with priority for ambulances, rescue services, police, home care, food transport and public transport, later for livestock farms. Home-care staff cannot reach old people (an 87-year-old in Gargnäs, a 93-year-old in Nössemark) and use snowmobiles, kick-sleds and borrowed cars; farmers ration tractor diesel, milk is poured away and calves are put down; Västtrafik and Länstrafiken cancel bus lines and school buses; prices reach 27–32 kronor a litre. A villa garage in Ljungskile (Uddevalla) with fourteen cans of petrol burns on 22 February; a car with cans catches fire on E6. MSB coordinates and criticises the municipalities' planning. The strike ends by mediation on 5 March, Preemraff restarts from 12 March and runs fully by late March, rationing ends on 27 March; a temporary cut in the diesel tax, Arbetsmiljöverket's criticism of Preem, the riksdag's debate on state-owned beredskapslager and a government inquiry follow into April. Places and public bodies are real (Lysekil, Brofjorden, Skaftö, Brastad, Uddevalla, Ljungskile, Munkedal, Sotenäs, Strömstad, Dals-Ed, Arjeplog, Arvidsjaur, Jokkmokk, Sorsele, Malå, Vilhelmina, Gällivare, Pajala, Kvikkjokk, Offerdal, Götene and others; Energimyndigheten, MSB, Medlingsinstitutet, Jordbruksverket, Länsstyrelserna, Västtrafik, Länstrafiken i Norrbotten, Räddningstjänsten Mitt Bohuslän, Arbetsmiljöverket, Tullverket, Konsumentverket, LRF, Transport, Transportföretagen, Preem and its refinery; their actions are invented; MSB is kept under that name as the crisis was given). Every person, the filling stations, hauliers, the dairy, the feed company, the analysts' firms and all six outlets are invented: Nyhetsbyrån Kardan (wire service, also carrying press releases), Inlandsbladet (local daily, the inland of Norrbotten and Västerbotten), Gullmarsbladet (local daily, Lysekil, Uddevalla and northern Bohuslän), Kvällsextra (national tabloid), Åkeribladet (trade paper for haulage and the fuel trade) and Fältposten (farming trade paper). 124 articles (106 news, 18 opinion: leaders, debate articles, columns, letters), published 20 January to 24 April 2026, +01:00 until 29 March and +02:00 after. The ids dv001–dv124 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer* (*händerna*, *tomma händer* are the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *låg* in every use (the past of *ligga* and the adjective's base form; the adjective appears as *lågt*, *lägre*), the noun *låga* in the singular (flames only as *lågor*, *lågorna*), the verb *åker* and the noun *åker* in its base form, *tankar* (plural of *tank*, present of *tanka*, plural of *tanke*), *tanken* meaning the thought (every *tanken* is a fuel tank; the thought appears only as *tanke*), *pumpar* as a verb and *pumpa* (every *pumpar* is the noun), *cyklar* as a verb, *kön* meaning sex (every *kön* is the queue), *lock* meaning a curl and *lockar*, *tomt* as a noun and the name *Tom*, the car *Lada*, *lager* meaning a layer except inside *islagret*, *hamstrar* as the plural of *hamster* (it is only the verb; the animal is *hamster*), *fat* meaning a dish (every *fat* is a barrel of oil).

How the lists were made: src/fuel_articles.py holds the texts and src/fuel_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic and vowel variants: kö/ko, låg/läg, land/länd, stad/städ, bonde/bönd/bön, natt/nätt/nät, åker/åk/åkr, brand/bränd/bränsle) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* is anchored (*ko*, *kor*, *korna*, *kö*, *kön*, *köer*, *köerna*, *köa*-forms, *kör*, *köra*, *körde*, *körs*, *kört*), since *kö-* and *ko-* begin hundreds of unrelated words (*köpa*, *kommun*); *lada* is probed as *lad-* from the start, *ladu-* anywhere and *lada*/*ladan*/*lador* at the end. Tokens are runs of letters, so *MSB:s*, *LRF:s*, *VMA:t* and hyphenated words (*20-litersdunkar*, *Dals-Ed*) are split. `python3 fuel_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query:

- **ransoneringen** (q01): the noun in all forms; *ransoneringslagen* compound; the verb *ransonera*, *ransonerar*, *ransoneras*, *ransonerats* → must_not (*Flera stationer ransonerar redan*, *Vi har börjat ransonera själva*).
- **tankstationerna** (q02): the four forms of *tankstation*; no lookalike in the texts.
- **leveranserna** (q03): *leverans*, *leveransen*, *leveranser*, *leveranserna*; *dieselleveranser*, *foderleveranser(na)* compounds; the verb *leverera*, *levererade*, *levereras*, the other noun *leverantören*, *underleverantörer(na)* and *lever* (leva) → must_not; *elever*, *gymnasieelever* are neither.
- **strejken** (q04): *strejk*, *strejken*, *strejkens*; *strejkvakter*, *strejkvarslet*, *tankbilsstrejken* compounds; the verb *strejka*, *strejkar*, *strejkade* → must_not.
- **raffinaderiet** (q05): *raffinaderi*, *raffinaderiet*, *raffinaderiets*, *raffinaderier*; *raffinaderichefen*, *raffinaderibolaget* compounds; *raffinerade* (raffinera: *raffinerade produkter*) → must_not; *paraffin* is neither.
- **hamstringen** (q06): *hamstring*, *hamstringen*; the verb *hamstra*, *hamstrar* and the animal *hamster* → must_not; *hamstrare* (the person, a derivation) → don't care.
- **chaufförerna** (q07): *chaufför*, *chauffören*, *chaufförer*, *chaufförerna*; *tankbilschaufför(er/erna/ernas)*, *busschauffören*, *chaufförsbristen* compounds; no lookalike.
- **prioriteringen** (q08): *prioritering*, *prioriteringen*, *prioriteringar*; *prioriteringsbeslut* compound; the verb *prioritera*, *prioriterar*, *prioriteras*, *prioriterat*, *prioriterades* → must_not.
- **dunkarna** (q09): *dunk*, *dunken*, *dunkar*, *dunkarna*; *bensindunkar*, *20-litersdunkar*, *reservdunk* compounds; *dunkade* (dunka, to thump) and the adjective *dunkel* → must_not.
- **lagren** (q10): *lager*, *lagret*, *lagren* as stocks (also a farm's or a station's stock and *lagerarbetare*, the same word); *beredskapslager(en)*, *drivmedelslager*, *reservlager* compounds; *lagring* and its compounds (*lagringsskyldigheten*, *lagringskapacitet*, *oljelagring*, *beredskapslagringen*: made from the verb but about the stocks) → don't care; the verb *lagra*, the surnames *Lagerqvist*, *Lagerlöf* and *islagret* (lager meaning a layer, another lemma) → must_not.
- **cyklarna** (q11): *cykel*, *cyklarna*; *elcykel*, *elcyklar*, *cykelbanan*, *cykelhandlaren* compounds; the verb *cykla*, *cyklade* → must_not.
- **filtren** (q12): *filter*, *filtret*, *filtren*; *filtar* (filt, a blanket) → must_not.
- **åkrarna** (q13): *åkern*, *åkrarna*; *åkeri* and all its forms and compounds (*åkerier*, *åkerierna*, *åkeriet*, *åkeriföretag*, *åkerinäringen*, *tankbilsåkerierna*, *Åkeribladet*), *åkare*, the verbs *åkte* and *samåker*, the names *Åke*, *Åkerström*, *Åkesson* → must_not; *åklagaren* is neither.
- **tecknen** (q14): *tecken*; *tecknades* (teckna: *avtalet tecknades*) → must_not.
- **mönstret** (q15): *mönster*, *mönstret*; *körmönstren* compound; *mönstrade av*, *mönstrat av* (mönstra, to sign off a ship) → must_not.
- **bönderna** (q16): *bonden*, *bönder*, *bönderna*; *mjölkbonde(n)*, *mjölkbönder(na)* compounds; *bönor* (beans) and *förbön* (prayer) → must_not.
- **ledamöterna** (q17): *ledamot*, *ledamöter*, *ledamöterna*; *riksdagsledamoten* compound; no lookalike.
- **nätterna** (q18): *natt*, *natten*, *nattens*, *nätter*, *nätterna* (also *i natt*); *nattskift*, *nattbussen*, *nattpatrullen* compounds; *nätet* (the internet) and the adjective *nattlig* → must_not.
- **länderna** (q19): *land*, *landet*, *landets*, *länderna*, *ländernas* (the country, *i hela landet*, *i ett land som*); *inlandet*, *landsbygden*, *landsväg* compounds; place names ending in *-land* (*Norrland*, *Finland*, *Jämtland*, *Dalsland*, *Lappland*, *Tyskland*, *Västernorrland*, *Götaland*), *Inlandsbladet*, *inlandskommuner*, *norrländsk*, *utländska* → don't care; *bland*, *ibland*, *blandat*, *blandar* and the verbs *landade*, *landar* → must_not; *meddelande*, *uttalande*, *Rölanda* are neither.
- **lägre** (q20): the adjective *låg* in the forms the texts have, *lågt* and *lägre*; *läge*, *läget*, *lägesbild*, *lägga*, *lägger* and *lågor*, *lågorna* (flames) → must_not; *anläggning*, *kartläggning*, *angelägenhet* and other long words that only contain *läg* are neither.
- **städerna** (q21): *staden*, *städer*, *städerna*; *storstäderna*, *stadstrafik(en)* compounds; place names ending in *-stad* (*Strömstad*, *Brastad*, *Herrestad*, *Karlstad*, *Gammelstad*, *Grebbestad*, *strömstadsborna*) → don't care; *bostaden*, *stadigt* and *städning* → must_not; *kostade* is neither.
- **diesel** (q22, compounds): *diesel*, *dieseln* and compounds at either end (*dieselpriset*, *dieselstölder*, *vinterdiesel*, *importdieseln*, *marindieseln*); no lookalike.
- **bensin** (q23, compounds): *bensin*, *bensinen*, *bensinbil*, *bensindunkar*; *bensen* (benzene) → must_not.
- **station** (q24, compounds): *station(en/er/erna)*, *tankstation…*, *maskinstationer*, *förturstation*, *räddningsstationen*; *stationerad* → must_not.
- **olja** (q25, compounds): *olja*, *oljan*; -e- *oljebolagen*, *oljedepån*, *oljekris(en)*, *oljepanna*, *oljepriset*, *oljelagring*; at the end *råolja*, *eldningsolja*, *Brentolja*; *oljudet* (noise) → must_not; the surname *Kuoljok* is neither.
- **lada** (q26, compounds): *ladan*; -u- *ladugård*, *ladugården*; *lade* (lägga), *laddare*, *laddning*, *laddstolpe*, *laddstolparna* → must_not; *glada* is neither.
- **vecka** (q27, compounds): *vecka*, *veckan*, *veckas*, *veckor*, *veckorna*, *veckors*; -o- *veckopendlare*; at the end *sportlovsveckan*, *påskveckan*; *utvecklingen*, *prisutvecklingen* → must_not.
- **drivmedel** (q28, compounds): *drivmedel*, *drivmedlet*; -s- *drivmedelsbolagen*, *drivmedelskrisen*, *drivmedelsförsörjning(en)*, *drivmedelslager*, *drivmedelsberedskap*; no lookalike.
- **skatt** (q29, compounds): *skatt*, *skatten*, *skatter*; -e- *skattesänkningen*, *Skatteverket*; at the end *energiskatten*; *uppskattar* (skatta, to estimate) → must_not.
- **beredskap** (q30, compounds): *beredskap*, *beredskapen*; -s- *beredskapslager(en)*, *beredskapsdirektör*, *beredskapsfråga* …; at the end *försörjningsberedskap*, *livsmedelsberedskap*, *drivmedelsberedskap*; inside longer words *Försörjningsberedskapscentralen*, *krisberedskapsplan* → don't care; *beredda*, *bereds*, *förbereda*, *förberedd(a)* → must_not.
- **"brist på diesel"** (q31): *brist/bristen på diesel* in one sentence; *Bristen är värst i inlandet* with *diesel* elsewhere, *brist* and *diesel* in different sentences → must_not; *bristande* does not occur; *dieselbrist* does not occur.
- **"Preemraff i Lysekil"** (q32): only the three words in a row; *Preemraff* and *Lysekil* in different places → must_not; *Preem*, *Preems* (the company) are not *Preemraff* and *raffinaderiet i Lysekil* is not the phrase (neither).
- **"tomma pumpar"** (q33): *tomma pumpar*, *de tomma pumparna*; *pumparna är tomma* (reversed) and *tomma* and *pumparna* apart → must_not.
- **"Energimyndighetens beslut"** (q34): the genitive and the noun in a row; *på Energimyndighetens förslag beslutat … ett ingripande beslut* → must_not; *Energimyndigheten beslutade* (the verb) is no form of the noun.
- **"priset på bensin"** (q35): *pris/priset/priserna på bensin*; *priset* and *bensin* apart → must_not; *bensinpriset* does not occur.
- **"ta sig fram"** (q36): *ta/tar/tog/tagit sig fram*; *ta sig ut … kom fram* (the garage fire, the car on E6) → must_not; *tar med sig* without *fram* is neither.
- **"förtur för hemtjänsten"** (q37): *förtur för hemtjänsten* in a row; *förtur för blåljus och hemtjänst*, *hemtjänsten … får förtur* → must_not (the words apart).
- **"brand i garaget"** (q38): *brand/branden i garaget*; *en våldsam brand* with *garaget* elsewhere, *branden* and *garaget* apart → must_not; with only *garagebranden* or *brandrisk* besides *garaget* → don't care.
- **ransonering Norrbotten** (q39, AND): both; an article with one of them only → must_not; *ransoneras*, *ransonerar* are no form of the noun.
- **Uddevalla OR Strömstad** (q40): either; *Uddevallabron*, *strömstadsborna* alone → don't care.
- **MSB Energimyndigheten** (q41, AND): both; one of them only → must_not.
- **jerrycans OR dunkar** (q42): *jerrycan(s/sen)* or any form of *dunk*; *dunkade*, *dunkel* alone → must_not.
- **hemtjänsten -Jokkmokk** (q43): *hemtjänst(en/ens)* without *Jokkmokk(s)*; with it → must_not.
- **bussar -Västtrafik** (q44): *buss*, *bussen*, *bussar*, *bussarna* without *Västtrafik(s)*; with it → must_not; only compounds (*skolbussen*, *regionbussar*) → don't care.
- **Arvidsjaur OR Arjeplog** (q45): either, with the genitives.
- **källa:Inlandsbladet hemtjänsten**, **källa:Gullmarsbladet raffinaderiet**, **källa:Kardan ransoneringen**, **källa:Kvällsextra garaget**, **källa:Fältposten traktorerna** (q46–q50): `källa:` matches one word of the outlet's name; articles with the term from another outlet → must_not, as are lookalike-only articles whatever their outlet. *traktor* occurs as *traktorn*, *traktorer*, *traktorerna*.
- **typ:opinion beredskapslagren**, **typ:opinion hamstringen** (q51–q52): the term in opinion pieces; in news → must_not.
- **tank** (q53, trap): *tank*, *tanken* (a fuel tank); compounds (*tankbil*, *tankstation*, *gårdstanken*, *reservtanken*) → don't care; the verb *tanka*, *tankade* and *tanke*, *tankesmedja* → must_not.
- **mack** (q54, trap): *mack*, *macken*, *mackar*, *mackarna*; *Silvermacken*, *mackägare* compounds; *macka*, *mackor* (sandwiches) → must_not.
- **pump** (q55, trap): *pump*, *pumpen*, *pumpar*, *pumparna*; *pumpat* (the verb) → must_not.
- **kö** (q56, trap): *kö*, *kön*, *köer*, *köerna*; the verb *köa* (*köade*, *köar*), *kör*, *köra*, *körde*, *körs*, *kört* (köra) and *ko*, *kor*, *korna* (cows) → must_not.
- **fat** (q57, trap): *fat* (a barrel of oil); *fatta*, *fattade*, *fattar*, *beslutsfattare*, *omfattande*, *omfattar*, *omfattas* → must_not.
- **bil** (q58, trap): *bil*, *bilen*, *bilar*, *bilarna*; compounds (*lastbil*, *tankbil*, *elbil*, *plogbil*) and *bilist(er)* → don't care; *bild*-words (*bilder*, *bildades*, *lägesbild*), *billig*-words, *mobilen*, *utbildning* → must_not.
- **ort** (q59, trap): *ort*, *orter*; *centralorten*, *tätorten* compounds; *bort*, *borta*, *fort*, *gjort*, *stort*, *körkort*, *carport*, *rapport*, *sport(lov)*, *transport(er)*, *exporten*, *importen* → must_not; verbs and long derivations that only contain the letters (*fortfarande*, *rapporterar*, *transportföretagen*) are neither.
- **litern** (q60, trap): *liter*, *litern*, *liters*; *20-litersdunkar* compound; *lite*, *liten*, *litet* and *litade* (lita) → must_not.
- **lock** (q61, trap): *lock*, *locket* (the lid of a can); *lockout*, *lockouten*, *klockan*, *blockad(er)*, *blockera*, *Blocket*, *locka(s)*, *plocka* → must_not.
- **mil** (q62, trap): *mil*, *milen* (the Swedish mile); *miljoner*, *miljarder*, *miljö*-words, *Arbetsmiljöverket*, *familj*-words, *mildra*, *millimeter*, *Camilla* → must_not.
- **kris** (q63, trap): *kris*, *krisen*, *krisens*; compounds (*drivmedelskrisen*, *krisledningen*, *oljekrisen*) → don't care; the names *Kristoffer*, *Kristina*, *Kristian* → must_not.
- **bränsle** (q64, trap): *bränsle*, *bränslet*; compounds (*bränslekris*, *bränsletankarna*) → don't care; *brännbara*, *brännskador(na)* (bränna) and *garagebränder* (brand) → must_not.
- **sot** (q65, trap): *sot*, *sotet*; *Sotenäs* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("fuel", "dv", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
