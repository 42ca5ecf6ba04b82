#!/usr/bin/env python3
"""Builds corpus_chemical.json and corpus_chemical.md from chemical_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 chemical_build.py [-v]
"""

import fire_build
from chemical_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "utsläpp": dict(
        probe=r"utsläpp",
        rel=S("utsläpp utsläppet"),
        comp=S("gasutsläpp"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar anmälningarna"),
        no=S("anmäler anmält"),
    ),
    "överträdelse": dict(
        probe=r"överträ",
        rel=S("överträdelser"),
        no=S("överträtt"),
    ),
    "vite": dict(
        probe=r"vit",
        rel=S("vite vitet"),
        comp=S("vitesföreläggande"),
        no=S("vit vitt vitkål vittnade vittnesmålen"),
        nei=S("blivit delgivits drivit kvitto kvitton"),
    ),
    "stämning": dict(
        probe=r"stäm",
        rel=S("stämning stämningen"),
        comp=S("stämningsansökan"),
        no=S("stämmer"),
    ),
    "halt": dict(
        probe=r"h[aä]lt",
        rel=S("halt halten halter halterna"),
        comp=S("ammoniakhalten syrehalten"),
        no=S("fluorhaltigt haltiga haltigt haltande"),
    ),
    "förgiftning": dict(
        probe=r"förgift",
        rel=S("förgiftning förgiftningen"),
        comp=S("ammoniakförgiftning"),
        no=S("förgiftade"),
    ),
    "föreläggande": dict(
        probe=r"förelä|förela",
        rel=S("föreläggande föreläggandet"),
        comp=S("vitesföreläggande"),
        no=S("förelade förelagt förelägger föreläggs"),
    ),
    "explosion": dict(
        probe=r"explo",
        rel=S("explosion explosionen explosioner"),
        no=S("exploderade"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("badvatten badvattnet dagvattenbrunn dagvattenbrunnar dagvattennätet dagvattenutloppet dagvattnet "
               "dricksvatten dricksvattenförsörjningen dricksvattnet giftvattnet processvatten råvattnet släckvatten "
               "släckvattnet sötvatten vattendrag vattenkvaliteten vattenlösning vattenmyndigheten vattenprover "
               "vattenproverna vattenrening vattenreningskemikalier"),
        no=S("vattna vattnades"),
    ),
    "fågel": dict(
        probe=r"fåg",
        rel=S("fåglar fåglarna"),
        comp=S("sjöfåglar"),
        no=S("fågelvägen"),
    ),
    "lager": dict(
        probe=r"^lag|lager|lagr|bolag|lagen|lagar",
        rel=S("lager lagret"),
        comp=S("kemikalielager lagerhall lagerhallen"),
        no=S("bolag bolagen bolagens bolaget bolagets försäkringsbolag lag lagen lagad lagas lagra lagrad lagrade "
             "lagrades lagras lagrat lagring lagt lagändringar lagändringarna sevesolagen sevesolagens"),
        nei=S("kammaråklagare åklagaren överklagar"),
    ),
    "fackla": dict(
        probe=r"fack",
        rel=S("facklor facklorna"),
        comp=S("fackeltåg"),
        no=S("facket"),
    ),
    "container": dict(
        probe=r"contain",
        rel=S("containrar containrarna"),
    ),
    "ejder": dict(
        probe=r"ejd",
        rel=S("ejder ejdrar ejdrarna"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer"),
        dc=S("fristad"),
        no=S("bostadsområden bostadsområdena bostäder bostäderna städa städningen"),
        nei=S("hostade röstade åstadkommit"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden brandens bränder"),
        comp=S("brandfarliga brandingenjör brandman brandmannen brandmännen brandplatsen brandrök brandskum "
               "giftbranden karlshamnsbranden"),
        dc=S("hjältebrandmannen"),
        no=S("brann brinna brinnande brinner förbränning förbränningsanläggning förbränts nedbrunna"),
        nei=S("branschen branschorganisationen brunn brunnar brunnarna brunnen dagvattenbrunn dagvattenbrunnar "
              "gatubrunnar"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät|nät$|näte|nätv",
        rel=S("natt natten nätter"),
        comp=S("giftnatten midnatt nattkassören nattsköterskorna skräcknatten"),
        no=S("nätet nätverk nätverket boendenätverket dagvattennätet"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand händer händerna"),
        comp=S("handduk"),
        no=S("handlar handläggare miljöhandläggare miljöhandläggaren förhandlas upphandlas upphandlingen"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamöter"),
        comp=S("riksdagsledamot"),
    ),
    "land": dict(
        probe=r"^l[aä]nd|land$|landet|landets|länder",
        rel=S("landet landets länder"),
        comp=S("fastlandet landshövdingen"),
        dc=S("götaland tyskland"),
        no=S("bland ibland landade"),
        nei=S("meddelandet"),
    ),
    # --- compounds ---
    "gas": dict(
        probe=r"^gas|gas$|gase|gasm|gasu",
        rel=S("gas gaser gaserna"),
        comp=S("gasmasker gasmolnet gasutsläpp saltsyragas syrgas"),
        no=S("gassande"),
        nei=S("byggas lagas läggas överklagas"),
    ),
    "moln": dict(
        probe=r"moln",
        rel=S("moln molnet"),
        comp=S("gasmolnet giftmolnet"),
        no=S("molnigt"),
    ),
    "fabrik": dict(
        probe=r"fabri",
        rel=S("fabrik fabriken fabrikerna"),
        comp=S("fabriksområde fabriksområdet järnkloridfabriken kemifabrik kemifabriken kemikaliefabrik"),
        no=S("fabricerade"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skador skadorna"),
        comp=S("ammoniakskador frätskador kroppsskada personskador personskadorna skadestånd"),
        dc=S("miljöskadeförsäkring"),
        no=S("skadad skadade skadades skadas skadats skadliga"),
        nei=S("minskad"),
    ),
    "gata": dict(
        probe=r"^gat|gata|gatan|gator|gatu|gåt",
        rel=S("gatan gator"),
        comp=S("drottninggatan gatubrunnar gatukontor gatukontoret"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "fara": dict(
        probe=r"fara|faro|faran|faror|farlig",
        rel=S("fara faran"),
        comp=S("farosymboler farozonen"),
        no=S("brandfarliga farlig farliga farligaste farligt livsfarlig"),
        nei=S("befarat fortfarande"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("kemikalieolycka kemikalieolyckan kemikalieolyckor olycksundersökning olycksutredning"),
        no=S("olyckligt"),
    ),
    "cistern": dict(
        probe=r"cistern",
        rel=S("cistern cisternen cisterner cisternerna"),
        comp=S("ammoniakcistern ammoniakcisternen cisternområde"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=set(),
        comp=S("andningsskydd miljöskydd samhällsskydd skyddsavstånd skyddsdräkter skyddsombuden skyddsutrustning "
               "skyddszon"),
        dc=S("flamskyddsmedel naturskyddsföreningen"),
        no=S("skydda skyddade skyddar"),
    ),
    # --- traps ---
    "skum": dict(
        probe=r"skum",
        rel=S("skum skummet"),
        comp=S("brandskum skumanläggningen skumkanon skumsystem skumvätska"),
        no=S("skumma skummat skumt"),
    ),
    "ånga": dict(
        probe=r"ång[ao]|ånger|ångr",
        rel=S("ånga ångorna"),
        no=S("fångades fångats långasjön många"),
        nei=S("gånger"),
    ),
    "syra": dict(
        probe=r"syr",
        rel=S("syra"),
        comp=S("saltsyra saltsyragas saltsyran"),
        no=S("syrehalten syret syrgas"),
    ),
    "sot": dict(
        probe=r"s[oö]t",
        rel=S("sot sotet"),
        no=S("söta sötvatten"),
    ),
    "ål": dict(
        probe=r"^ål|ål$|ålen$|ålar",
        rel=S("ål ålar ålen"),
        comp=S("ålyngel"),
        no=S("arbetsmiljömål grönkål kål kålen mål snålar spannmålen vitkål vittnesmålen åldern ålägga"),
    ),
    "bly": dict(
        probe=r"bly",
        rel=S("bly"),
        no=S("blygsam"),
    ),
    "brom": dict(
        probe=r"brom",
        rel=S("brom"),
        dc=S("bromerade vätebromid"),
        no=S("bromölla"),
    ),
    "kol": dict(
        probe=r"kol|kål",
        rel=S("kol"),
        comp=S("kolfilter kolväten"),
        no=S("ekotoxikolog ekotoxikologi förskola förskolor grönkål gymnasieskola kolla kollega kollegan kollegorna "
             "kollektivtrafiken kollevik kål kålen skolan skolor skolorna skolprojekt skolstarten toxikolog vitkål"),
    ),
    "mask": dict(
        probe=r"mask",
        rel=S("mask masken"),
        comp=S("andningsmasker gasmasker"),
        no=S("grävmaskinerna maskinerna"),
    ),
    "lut": dict(
        probe=r"lut",
        rel=S("lut"),
        comp=S("natronlut"),
        no=S("anslutit anslutning avsluta avslutar beslut beslutade beslutat beslutet slut slutade slutat slutet "
             "slutsatsen slutsatser utesluta åtalsbeslut"),
    ),
    "bad": dict(
        probe=r"b[aå]d",
        rel=S("bad badet"),
        comp=S("badförbud badförbudet badplatserna badrummet badställe badsugna badvatten badvattnet väggabadet"),
        no=S("bada badade badande båda både ombads"),
        nei=S("drabbade"),
    ),
    "nickel": dict(
        probe=r"nick",
        rel=S("nickel"),
        no=S("nickade nicklas"),
    ),
    "bensen": dict(
        probe=r"bensen|bensin",
        rel=S("bensen"),
        no=S("bensinmacken"),
    ),
    # --- words of phrases, booleans and filters ---
    "viktig": dict(probe=r"^viktig", rel=S("viktig viktiga viktigaste viktigt")),
    "meddelande": dict(
        probe=r"meddel",
        rel=S("meddelande meddelandet"),
        comp=S("pressmeddelande pressmeddelanden"),
        nei=S("meddelar meddelat"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "allmänhet": dict(probe=r"allmänhet", rel=S("allmänheten")),
    "stanna": dict(probe=r"^stann", rel=S("stanna stannar stannat")),
    "inomhus": dict(probe=r"inomhus", rel=S("inomhus")),
    "stänga": dict(
        probe=r"^stäng",
        rel=S("stäng stänga stängde stängdes stänger stängs stängt"),
        nei=S("stängda stängslet"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "ventilation": dict(
        probe=r"ventil",
        rel=S("ventilation ventilationen"),
        nei=S("ventil ventilerna"),
    ),
    "förorenad": dict(
        probe=r"^förorena",
        rel=S("förorenade förorenat"),
        nei=S("förorenades förorenaren"),
    ),
    "släckvatten": dict(probe=r"släckvatt", rel=S("släckvatten släckvattnet")),
    "misstänkt": dict(
        probe=r"^misstänk",
        rel=S("misstänkt"),
        nei=S("misstänks"),
    ),
    "miljöbrott": dict(
        probe=r"miljöbrott",
        rel=S("miljöbrott"),
        comp=S("miljöbrottsutredningar"),
    ),
    "vårda": dict(
        probe=r"^vård",
        rel=S("vårdades vårdas"),
        nei=S("vård vårdavdelning vårdguiden"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhuset"),
        comp=S("blekingesjukhuset"),
    ),
    "död": dict(
        probe=r"^död|^dött",
        rel=S("död döda"),
        nei=S("dött döttrar"),
    ),
    "fisk": dict(
        probe=r"fisk",
        rel=S("fisk fiskar fisken"),
        comp=S("fiskdöd fiskdöden"),
        nei=S("elfiske fiskare fiskat fiskeregel fiskeriexpert fisket fisketurismföretag fiskevårdande "
              "fiskevårdsområde fiskevårdsområdet provfisket sportfiskare yrkesfiskare yrkesfiskaren"),
    ),
    "tillfällig": dict(probe=r"tillfällig", rel=S("tillfälliga tillfälligt")),
    "badförbud": dict(probe=r"badförbud", rel=S("badförbud badförbudet")),
    "pfas": dict(probe=r"pfas", rel=S("pfas")),
    "brunn": dict(
        probe=r"brun",
        rel=S("brunn brunnar brunnarna brunnen"),
        comp=S("dagvattenbrunn dagvattenbrunnar gatubrunnar"),
        no=S("bruna nedbrunna"),
    ),
    "ammoniak": dict(
        probe=r"ammoniak",
        rel=S("ammoniak ammoniaken"),
        comp=S("ammoniakcistern ammoniakcisternen ammoniakdelen ammoniakförgiftning ammoniakhalten ammoniaklösning "
               "ammoniakskador"),
    ),
    "saltsyra": dict(
        probe=r"saltsyr",
        rel=S("saltsyra saltsyran"),
        comp=S("saltsyragas"),
    ),
    "mieån": dict(probe=r"mieå", rel=S("mieån mieåns")),
    "länsstyrelsen": dict(
        probe=r"länsstyrels",
        rel=S("länsstyrelse länsstyrelsen länsstyrelsens länsstyrelserna länsstyrelsernas"),
    ),
    "naturvårdsverket": dict(probe=r"naturvårdsverk", rel=S("naturvårdsverket naturvårdsverkets")),
    "kemikalieinspektionen": dict(probe=r"kemikalieinspektion", rel=S("kemikalieinspektionen")),
    "msb": dict(probe=r"^msb$", rel=S("msb")),
    "vesterkem": dict(probe=r"vesterkem", rel=S("vesterkem vesterkems")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagaren"),
        comp=S("kammaråklagare"),
    ),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakueringen"),
        no=S("evakuerade evakuerat evakuerats"),
    ),
    "vägga": dict(
        probe=r"vägga",
        rel=S("vägga"),
        comp=S("väggabadet väggagården väggaparken"),
    ),
    "vma": dict(probe=r"^vma$", rel=S("vma")),
    "tillstånd": dict(
        probe=r"tillstånd",
        rel=S("tillstånd tillståndet"),
        comp=S("miljötillståndet"),
    ),
    "säkerhet": dict(
        probe=r"säker",
        rel=S("säkerheten"),
        comp=S("elsäkerhet industrisäkerhet processäkerhet säkerhetsavstånd säkerhetsrapport säkerhetsvillkor"),
        no=S("osäker säker säkert"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("utsläppet", "inflection", False, ("term", "utsläpp")),
    ("anmälningar", "inflection", False, ("term", "anmälan")),
    ("överträdelserna", "inflection", False, ("term", "överträdelse")),
    ("vitet", "inflection", False, ("term", "vite")),
    ("stämningen", "inflection", False, ("term", "stämning")),
    ("halterna", "inflection", False, ("term", "halt")),
    ("förgiftningen", "inflection", False, ("term", "förgiftning")),
    ("föreläggandet", "inflection", False, ("term", "föreläggande")),
    ("explosionen", "inflection", False, ("term", "explosion")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("fåglarna", "syncope", False, ("term", "fågel")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("facklor", "syncope", False, ("term", "fackla")),
    ("containrar", "syncope", False, ("term", "container")),
    ("ejdrar", "syncope", False, ("term", "ejder")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("länder", "umlaut", False, ("term", "land")),
    ("gas", "compound", True, ("term", "gas")),
    ("moln", "compound", True, ("term", "moln")),
    ("fabrik", "compound", True, ("term", "fabrik")),
    ("skada", "compound", True, ("term", "skada")),
    ("gata", "compound", True, ("term", "gata")),
    ("fara", "compound", True, ("term", "fara")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("cistern", "compound", True, ("term", "cistern")),
    ("skydd", "compound", True, ("term", "skydd")),
    ('"viktigt meddelande till allmänheten"', "phrase", False,
     ("phrase", ["viktig", "meddelande", "till", "allmänhet"])),
    ('"stanna inomhus"', "phrase", False, ("phrase", ["stanna", "inomhus"])),
    ('"stäng av ventilationen"', "phrase", False, ("phrase", ["stänga", "av", "ventilation"])),
    ('"förorenat släckvatten"', "phrase", False, ("phrase", ["förorenad", "släckvatten"])),
    ('"misstänkt miljöbrott"', "phrase", False, ("phrase", ["misstänkt", "miljöbrott"])),
    ('"vårdas på sjukhus"', "phrase", False, ("phrase", ["vårda", "på", "sjukhus"])),
    ('"döda fiskar"', "phrase", False, ("phrase", ["död", "fisk"])),
    ('"tillfälligt badförbud"', "phrase", False, ("phrase", ["tillfällig", "badförbud"])),
    ("PFAS brunnar", "boolean", False, ("and", ["pfas", "brunn"])),
    ("ammoniak OR saltsyra", "boolean", False, ("or", ["ammoniak", "saltsyra"])),
    ("Mieån -badförbud", "boolean", False, ("not", "mieån", "badförbud")),
    ("Länsstyrelsen Naturvårdsverket", "boolean", False, ("and", ["länsstyrelsen", "naturvårdsverket"])),
    ("Kemikalieinspektionen OR MSB", "boolean", False, ("or", ["kemikalieinspektionen", "msb"])),
    ("Vesterkem -åklagaren", "boolean", False, ("not", "vesterkem", "åklagare")),
    ("evakueringen Vägga", "boolean", False, ("and", ["evakuering", "vägga"])),
    ("källa:Sydkusten brunnar", "filter", False, ("filter", "Sydkusten", "brunn")),
    ("källa:Blekan VMA", "filter", False, ("filter", "Blekan", "vma")),
    ("källa:Trana utsläppet", "filter", False, ("filter", "Trana", "utsläpp")),
    ("källa:Blixten sjukhuset", "filter", False, ("filter", "Blixten", "sjukhus")),
    ("källa:Processbladet tillståndet", "filter", False, ("filter", "Processbladet", "tillstånd")),
    ("källa:Dagsposten åklagaren", "filter", False, ("filter", "Dagsposten", "åklagare")),
    ("typ:opinion säkerhet", "filter", False, ("filter", "opinion", "säkerhet")),
    ("skum", "trap", False, ("term", "skum")),
    ("ånga", "trap", False, ("term", "ånga")),
    ("syra", "trap", False, ("term", "syra")),
    ("sot", "trap", False, ("term", "sot")),
    ("ål", "trap", False, ("term", "ål")),
    ("bly", "trap", False, ("term", "bly")),
    ("brom", "trap", False, ("term", "brom")),
    ("kol", "trap", False, ("term", "kol")),
    ("mask", "trap", False, ("term", "mask")),
    ("lut", "trap", False, ("term", "lut")),
    ("bad", "trap", False, ("term", "bad")),
    ("nickel", "trap", False, ("term", "nickel")),
    ("bensen", "trap", False, ("term", "bensen")),
]

HEADER = """# corpus_chemical.json – judging notes

Invented crisis: late on Tuesday 9 June 2026 (alarm at 23.18) a fire breaks out in a warehouse of Vesterkem AB, a chemical plant in the industrial harbour of Stilleryd west of Karlshamn (Blekinge) that makes iron chloride for water treatment and blends flame retardants, and falls under the upper tier of the Seveso law (Sevesolagen). A VMA (viktigt meddelande till allmänheten) goes out at 00.35: stay indoors, close doors, windows and ventilation. At about 01.05 an ammonia tank bursts; a yellow-white cloud of ammonia and hydrochloric-acid gas drifts over Vägga, Sternö and the town centre, later west towards Mörrum and Hällaryd; some 800 people are evacuated to a sports hall in Asarum; 71 seek care at Blekingesjukhuset, a firefighter and a pensioner in intensive care. The VMA is lifted on 11 June. About 9 000 m³ of firefighting water, with PFAS from the plant's old foam system and ammonia, is only partly caught (the collecting basin had a crack); the rest runs through the storm drains into Mieån and the harbour: some four tonnes of dead fish (sea trout, perch, eel), dead eiders and swans, a ban on eating local fish, temporary bathing bans at Kollevik and Väggabadet (lifted 15 July and 19 August), private wells in Vägga, Stilleryd and on Boön tested (twelve of the first 58, and seven of eleven on Boön, over the new PFAS limit) (bottled water, activated-carbon filters), soot with bromine compounds, lead and nickel. The company's earlier violations (620 tonnes of ammonia solution against a permit of 400, the cracked basin, a fine in 2024, an injunction with a 500 000-kronor penalty in April that it appealed), the environmental-crime investigation (a site manager suspected in August, charged on 8 December), compensation claims and a group lawsuit, the municipality's 14-million invoice, the sediment clean-up, the restart without ammonia in November, and the political debate about industrial safety through the election of 13 September and after, to December. Places and public bodies are real (Karlshamn, Stilleryd, Vägga, Sternö, Asarum, Mörrum, Hällaryd, Boön, Tärnö, Mieån, Kollevik, Långasjön, Ronneby, Bromölla; Räddningstjänsten Västra Blekinge, Länsstyrelsen i Blekinge län, Naturvårdsverket, MSB, Kemikalieinspektionen, Havs- och vattenmyndigheten, Livsmedelsverket, SVA, SMHI, Kustbevakningen, Giftinformationscentralen, Arbetsmiljöverket, Region Blekinge and Blekingesjukhuset, the police, Riksenheten för miljö- och arbetsmiljömål, Mark- och miljödomstolen vid Växjö tingsrätt, Blekinge tingsrätt, IF Metall, Naturskyddsföreningen; their actions are invented); the company Vesterkem AB, its Dutch owner Dorlan Chemicals, the industry association Föreningen Svensk Kemiproduktion, the care home Väggagården, every person and all six outlets are invented: Sydkusten (local daily, with leaders and letters), Radio Blekan (local radio, spoken quotes, one commentary), Nyhetsbyrån Trana (wire service, also carrying press releases), Blixten (tabloid, with columns), Svenska Dagsposten (national daily, with leaders and debate articles) and Processbladet (trade paper for the chemical and process industry, with commentaries). 126 articles (108 news, 18 opinion), published 14 April to 12 December 2026, +02:00 until 25 October and +01:00 after. The ids v001–v126 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer* (*händer* is only the noun, *darriga händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the judged forms: the adjective *skum* in its base form (every *skum* is foam; the adjective appears only as *skumt*, *skumma*), the past tense *bad* of *be* (every *bad* is a bath; *ombads* is used), *mask* meaning worm, the verb *ånga*, *lager* meaning a layer (soot lies as *en hinna*), *fiskarna* (fish or fishermen) and the verb *fiskar*, *stämning* meaning mood, the verb *fara*, the infinitive of the verb *skada*, the verb *döda* (every *döda* is the adjective), the adjective *halt* (every *halt* is a level), the verb *lända* (*länder*), *stänger* as the plural of *stång*, and *lut* as the imperative of *luta*.

How the lists were made: src/chemical_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/chemical_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: stad/städ, brand/bränd, natt/nätt, hand/händ, land/länd, gata/gåta, sot/söt, kol/kål, bad/båd, halt/hält) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Some probes are anchored: `ål` is probed at the start of a word and as the end of one (*mål*, *kål*, *snålar*, *spannmålen*), `gas` at the start and end (so passives in -gas such as *läggas* are found and set aside as neither), `land` at the start, the end and as *landet*/*länder*. Tokens are runs of letters, so *VMA:t*, *MSB:s*, *PFAS-ämnen* and *miljö- och* are split. `python3 chemical_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the non-trap queries a token that begins or ends with the letters of the query word (*bostad*, *bland*, *bolaget*, *vitt*) is a lookalike, while letters merely inside a word (*fortfarande* for `fara`, *meddelandet* for `land`, *blivit* for `vite`) make it neither; for the trap queries every word that only shares the letters is a lookalike, inside or not (*skolan* for `kol`, *beslutet* for `lut`, *många* for `ånga`), since that is what they test.

## The calls, one line per query

- v-q01 `utsläppet`: *utsläpp*, *utsläppet* relevant; *gasutsläpp* compound (don't care); the verb phrase *släppa ut* is not used; no lookalike.
- v-q02 `anmälningar`: *anmälan*, *anmälningar(na)* relevant; the verb *anmäler*, *anmält* → must_not.
- v-q03 `överträdelserna`: *överträdelser* relevant; the verb *överträtt* (*bolaget har överträtt villkoren*) → must_not.
- v-q04 `vitet`: *vite*, *vitet* relevant; *vitesföreläggande* compound; the adjective *vit*, *vitt* (*ett vitt moln*), *vitkål* and *vittnade*, *vittnesmålen* → must_not; *blivit*, *drivit*, *delgivits*, *kvitto* neither.
- v-q05 `stämningen`: *stämning*, *stämningen* (the lawsuit) relevant; *stämningsansökan* compound; *stämmer* (*det stämmer*, *stämmer en industri*) → must_not.
- v-q06 `halterna`: *halt*, *halten*, *halter*, *halterna* relevant; *ammoniakhalten*, *syrehalten* compounds; the adjective *-haltig* (*fluorhaltigt*, *PFAS-haltiga*) and *haltande* → must_not.
- v-q07 `förgiftningen`: *förgiftning(en)* relevant; *ammoniakförgiftning* compound; the participle *förgiftade* (*brunnarna förgiftade*) → must_not.
- v-q08 `föreläggandet`: *föreläggande(t)* relevant; *vitesföreläggande* compound; the verb *förelägger*, *förelade*, *förelagt*, *föreläggs* → must_not.
- v-q09 `explosionen`: *explosion*, *explosionen*, *explosioner* relevant; the verb *exploderade* → must_not.
- v-q10 `vattnet`: *vatten*, *vattnet* relevant; some thirty compounds (*släckvattnet*, *dricksvatten*, *sötvatten*, *vattenmyndigheten*) don't care; the verb *vattna*, *vattnades* → must_not.
- v-q11 `fåglarna`: *fåglar*, *fåglarna* relevant; *sjöfåglar* compound; *fågelvägen* (a compound that only looks like one of *fågel*, README) → must_not.
- v-q12 `lagret`: *lager*, *lagret* (the warehouse) relevant; *kemikalielager*, *lagerhall(en)* compounds; *lag*, *lagen*, *Sevesolagen*, *lagändringar*, the verbs *lagra* (*lagrade*, *lagras*, *lagring*), *laga* (*lagas*, *lagad*), *lagt*, and *bolag* with its forms and compounds → must_not; *åklagaren*, *överklagar* neither.
- v-q13 `facklor`: *facklor*, *facklorna* relevant; *fackeltåg* compound; *facket* (the union) → must_not.
- v-q14 `containrar`: *containrar*, *containrarna* relevant; no lookalike.
- v-q15 `ejdrar`: *ejder*, *ejdrar*, *ejdrarna* relevant; no lookalike.
- v-q16 `städer`: *stad*, *staden*, *städer* relevant; *fristad* (a refuge, literally a free town) don't care; *bostäder*, *bostadsområden(a)* (lookalike compounds, README) and *städa*, *städningen* → must_not; *hostade*, *röstade*, *åstadkommit* neither.
- v-q17 `bränder`: *brand*, *branden*, *brandens*, *bränder* relevant; *brandman*, *brandrök*, *brandskum*, *brandfarliga*, *Karlshamnsbranden* … compounds; *hjältebrandmannen* (brand inside) don't care; *brann*, *brinna*, *brinner*, *brinnande*, *nedbrunna* (brinna) and *förbränning*, *förbränts* (bränna) → must_not; *bransch-* and *brunn-* words neither.
- v-q18 `nätter`: *natt*, *natten*, *nätter* relevant (*i natt*); *midnatt*, *skräcknatten*, *nattsköterskorna* compounds; *nätet*, *nätverk(et)*, *boendenätverket*, *dagvattennätet* → must_not.
- v-q19 `händerna`: *hand* (*med facit i hand*, *tagits om hand*), *händer* (*darriga händer*), *händerna* relevant; *handduk* compound; *handlar*, *handläggare*, *förhandlas*, *upphandlas*, *upphandlingen* → must_not.
- v-q20 `ledamöter`: *ledamöter* relevant; *riksdagsledamot* compound; no lookalike.
- v-q21 `länder`: *landet*, *landets*, *länder* relevant; *fastlandet*, *landshövdingen* compounds; the place names *Tyskland*, *Götaland* don't care (as *Kristianstad* for `stad`); *bland*, *ibland*, *landade* → must_not; *meddelandet* neither.
- v-q22 `gas` (compound): *gas*, *gaser(na)* and *gasmolnet*, *gasmasker*, *gasutsläpp*, *saltsyragas*, *syrgas* relevant; *gassande* (*gassande varmt*) → must_not; passives in *-gas* neither.
- v-q23 `moln` (compound): *moln*, *molnet*, *gasmolnet*, *giftmolnet* relevant; *molnigt* (the adjective, another lemma) → must_not.
- v-q24 `fabrik` (compound): *fabrik(en)*, *fabrikerna* and *kemifabrik*, *kemikaliefabrik*, *järnkloridfabriken*, *fabriksområde(t)* (-s-) relevant; *fabricerade* (*fabricerade bilder*) → must_not.
- v-q25 `skada` (compound, -e-): *skada*, *skador*, *skadorna* and *skadestånd* (-e-), *kroppsskada*, *frätskador*, *personskador*, *ammoniakskador* relevant; *miljöskadeförsäkring* (skada inside) don't care; *skadad*, *skadade*, *skadades*, *skadas*, *skadats* (the verb and participle) and the adjective *skadliga* → must_not; *minskad* neither.
- v-q26 `gata` (compound, -u-): *gatan*, *gator* and *gatubrunnar*, *gatukontor(et)* (-u-), *Drottninggatan* relevant; *gåta* (*en gåta*, diacritic pair, README) → must_not; *gått* neither.
- v-q27 `fara` (compound, -o-): *fara* (*akut fara*, *framkallande av fara för annan*), *faran* and *farozonen*, *farosymboler* (-o-) relevant; the adjective *farlig*, *farliga*, *farligt*, *farligaste* and *livsfarlig*, *brandfarliga* → must_not (another lemma, as *stormig* for `storm`); *fortfarande*, *befarat* neither.
- v-q28 `olycka` (compound, -s-): *olycka*, *olyckan*, *olyckor*, *kemikalieolyckan* and *olycksundersökning*, *olycksutredning* (-s-) relevant; *olyckligt* → must_not.
- v-q29 `cistern` (compound): *cistern(en)*, *cisterner(na)* and *ammoniakcisternen*, *cisternområde* relevant; no lookalike.
- v-q30 `skydd` (compound, -s-): *andningsskydd*, *miljöskydd*, *samhällsskydd* and *skyddsutrustning*, *skyddsavstånd*, *skyddszon*, *skyddsombuden*, *skyddsdräkter* (-s-) relevant; *flamskyddsmedel*, *Naturskyddsföreningen* (skydd inside) don't care; the verb *skydda*, *skyddade*, *skyddar* → must_not.
- v-q31 `"viktigt meddelande till allmänheten"`: forms of *viktig* and *meddelande* count (*det viktiga meddelandet till allmänheten*); *Meddelandet till allmänheten var viktigt* → must_not; *Viktigt meddelande, Hesa Fredrik* lacks *allmänheten*; *pressmeddelande* is a compound.
- v-q32 `"stanna inomhus"`: *stanna inomhus* relevant; *hade stannat hela natten inomhus* → must_not; *gå inomhus* is not *stanna*.
- v-q33 `"stäng av ventilationen"`: *Stäng av ventilationen*, *stänga av ventilationen*, *stängde av ventilationen* relevant; *stängdes ventilationen av* (reordered) → must_not; *stänga dörrar, fönster och ventilation* without *av* in the article is in neither list.
- v-q34 `"förorenat släckvatten"`: *förorenat släckvatten*, *det förorenade släckvattnet* relevant; *släckvattnet var förorenat* and *PFAS-förorenat vatten … släckvatten* → must_not.
- v-q35 `"misstänkt miljöbrott"`: *misstänkt miljöbrott* relevant; *misstänkt för miljöbrott* (a word between) → must_not.
- v-q36 `"vårdas på sjukhus"`: *vårdas på sjukhus*, *vårdades på sjukhus* relevant; *vårdas fortfarande på sjukhus*, *fördes till sjukhuset …, där han fortfarande vårdas* → must_not; *vårdas inneliggande* with only *Blekingesjukhuset* (a compound) don't care.
- v-q37 `"döda fiskar"`: *döda fiskar*, *död fisk* relevant; *fisken död* (reversed) → must_not.
- v-q38 `"tillfälligt badförbud"`: *tillfälligt badförbud*, *Det tillfälliga badförbudet* relevant; *Badförbudet var tillfälligt* → must_not.
- v-q39 `PFAS brunnar`: both *PFAS* and a form of *brunn* relevant; one of them alone (or *brunn* only as *nedbrunna*, *bruna*) → must_not; *dagvattenbrunnar*, *gatubrunnar* are compounds.
- v-q40 `ammoniak OR saltsyra`: any form of either; *saltsyragas*, *ammoniakcisternen* … alone are compounds (don't care).
- v-q41 `Mieån -badförbud`: Mieån (*Mieåns*) without *badförbud(et)*; the two with both → must_not.
- v-q42 `Länsstyrelsen Naturvårdsverket`: both needed; *länsstyrelsen*, *länsstyrelserna*, *länsstyrelse* are forms of the first; one alone → must_not.
- v-q43 `Kemikalieinspektionen OR MSB`: either; *MSB:s* is *msb*.
- v-q44 `Vesterkem -åklagaren`: Vesterkem without *åklagaren*; with it → must_not; with only *kammaråklagare* (a compound) don't care.
- v-q45 `evakueringen Vägga`: *evakueringen* and *Vägga* relevant; the verb *evakuerade*, *evakuerat* is a lookalike of the first, so *evakuerade från Vägga* → must_not; *Väggabadet*, *Väggaparken* alone are compounds.
- v-q46 `källa:Sydkusten brunnar`: forms of *brunn* in Sydkusten; in other outlets → must_not.
- v-q47 `källa:Blekan VMA`: *VMA* in Radio Blekan; in other outlets → must_not.
- v-q48 `källa:Trana utsläppet`: *utsläpp(et)* in Nyhetsbyrån Trana; elsewhere → must_not.
- v-q49 `källa:Blixten sjukhuset`: *sjukhus(et)* in Blixten; *Blekingesjukhuset* alone is a compound (don't care); elsewhere → must_not.
- v-q50 `källa:Processbladet tillståndet`: *tillstånd(et)* in Processbladet (the medical *tillståndet* elsewhere is the same lemma and fails the filter); elsewhere → must_not.
- v-q51 `källa:Dagsposten åklagaren`: *åklagaren* in Svenska Dagsposten; elsewhere → must_not.
- v-q52 `typ:opinion säkerhet`: *säkerheten* in opinion pieces; in news → must_not; the adjective *säker*, *säkert*, *osäker* → must_not anywhere; *industrisäkerhet*, *säkerhetsrapport* … compounds.
- v-q53 `skum` (trap): foam, *skum*, *skummet* relevant; *brandskum*, *skumsystem* … compounds; *skumma* (*förklaringar är skumma*), *skumt* (the adjective, shady) and *skummat* (*skummat igenom*, skimmed) → must_not.
- v-q54 `ånga` (trap): *ånga*, *ångorna* relevant; *många*, *fångats*, *fångades* and *Långasjön* (the letters inside longer words) → must_not; *gånger* neither.
- v-q55 `syra` (trap): *syra* (*syra och lut*) relevant; *saltsyra(n)*, *saltsyragas* compounds; *syret*, *syrehalten*, *syrgas* (oxygen, another lemma) → must_not.
- v-q56 `sot` (trap): *sot*, *sotet* relevant; the diacritic pair *söta* (*söta bullar*), *sötvatten* → must_not.
- v-q57 `ål` (trap): *ål*, *ålen*, *ålar* relevant; *ålyngel* compound; *åldern*, *ålägga*, *mål*, *arbetsmiljömål*, *vittnesmålen*, *spannmålen*, *snålar*, and the diacritic pair *kål*, *kålen*, *vitkål*, *grönkål* → must_not.
- v-q58 `bly` (trap): *bly* relevant; *blygsam* → must_not.
- v-q59 `brom` (trap): *brom* relevant; *bromerade*, *vätebromid* (derivations about bromine) don't care; *Bromölla* → must_not.
- v-q60 `kol` (trap): *kol* (*aktivt kol*) relevant; *kolfilter*, *kolväten* compounds; *kolla*, *kollega*, *kollektivtrafiken*, *Kollevik*, the *skola* words (*skolan*, *förskolor*, *gymnasieskola*), *toxikolog* and the diacritic pair *kål* (*vitkål*, *grönkål*) → must_not.
- v-q61 `mask` (trap): *mask*, *masken* relevant; *gasmasker*, *andningsmasker* compounds; *maskinerna*, *grävmaskinerna* → must_not.
- v-q62 `lut` (trap): *lut* relevant; *natronlut* compound; *beslut* and its forms, *slut*, *slutet*, *slutsatser*, *avsluta*, *utesluta*, *anslutning* … → must_not.
- v-q63 `bad` (trap): *bad*, *badet* relevant; *badförbud*, *badplatserna*, *badvattnet*, *Väggabadet*, *badrummet* … compounds; the verb *bada*, *badade*, *badande*, *ombads* (be) and the diacritic pair *båda*, *både* → must_not; *drabbade* neither.
- v-q64 `nickel` (trap): *nickel* relevant; *nickade* and the name *Nicklas* → must_not.
- v-q65 `bensen` (trap): *bensen* relevant; *bensinmacken* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    fire_build.build("chemical", "v", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
