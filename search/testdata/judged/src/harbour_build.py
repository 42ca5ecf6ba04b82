#!/usr/bin/env python3
"""Builds corpus_harbour.json and corpus_harbour.md from harbour_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 harbour_build.py [-v]
"""

import fire_build
from harbour_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "last": dict(
        probe=r"last",
        rel=S("last lasten lasterna"),
        comp=S("lastbilar lastbilarna lastdeklaration lastdeklarationen lastfartyg lastfartyget lastluckorna lastrum "
               "lastrummen lastrummens lastrummet lastägarna lastägarnas"),
        no=S("lastades överbelastad"),
        nei=S("plastdunkar"),
    ),
    "deklaration": dict(
        probe=r"deklar",
        rel=S("deklaration deklarationen deklarationer deklarationerna"),
        comp=S("lastdeklaration lastdeklarationen"),
        no=S("deklarera deklarerad deklarerade deklarerades deklarerar deklareras deklarerat deklarerats"),
    ),
    "kemikalie": dict(
        probe=r"kemi",
        rel=S("kemikalier kemikalierna"),
        comp=S("kemikaliekunder poolkemikalier"),
        no=S("kemiska kemist kemister"),
    ),
    "rök": dict(
        probe=r"rök",
        rel=S("rök röken"),
        comp=S("brandrök rökdykare rökdykarutrustning rökskador rökskydd rökutveckling"),
        no=S("röka röker"),
    ),
    "stuvare": dict(
        probe=r"stuv",
        rel=S("stuvare stuvaren stuvarna"),
        dc=S("stuverier stuveriet"),
        no=S("stuvade stuvas stuvats stuvning"),
    ),
    "förundersökning": dict(
        probe=r"undersök",
        rel=S("förundersökning förundersökningen"),
        dc=S("brottsplatsundersökningen"),
        no=S("undersöka undersöker"),
    ),
    "utsläpp": dict(
        probe=r"släpp",
        rel=S("utsläpp utsläppen utsläppet"),
        comp=S("oljeutsläppet"),
        no=S("släppa släpper släppte"),
    ),
    "fartyg": dict(
        probe=r"fart",
        rel=S("fartyg fartygen fartyget fartygets"),
        comp=S("containerfartyg fartygsbrand fartygsbranden fartygsbränder fartygsbränderna lastfartyg lastfartyget "
               "styckegodsfartyg systerfartyg"),
        no=S("fart farten"),
        nei=S("infarten sjöfart sjöfartens sjöfartsbranschen sjöfartsforskaren sjöfartsorganisationen sjöfartssäkerhet "
              "sjöfartsverket"),
    ),
    "hamnarbetare": dict(
        probe=r"hamnarb|hamnad|hamnat",
        rel=S("hamnarbetare hamnarbetarna"),
        comp=S("hamnarbetarförbundet hamnarbetarförbundets"),
        no=S("hamnade"),
    ),
    # --- syncope ---
    "container": dict(
        probe=r"contain",
        rel=S("container containern containrar containrarna"),
        comp=S("containerbränder containerfartyg containerkran containerkranen containerraden containerterminalen "
               "containertrafiken"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren fönstret"),
        comp=S("fönsterbleck köksfönster"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren filtret"),
        no=S("filtar filtrerad"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("blekmedel lösningsmedel lösningsmedlet rengöringsmedel"),
        no=S("medlare medlemmar medlemmarna medlingen omedelbart"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regler reglerna"),
        comp=S("regelbundet"),
        no=S("reglage reglerar"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("botten bottnen"),
        comp=S("bottenfaunan bottensedimenten bottenslam"),
        no=S("bottnade"),
        nei=S("bott"),
    ),
    # --- umlaut ---
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder"),
        comp=S("brandingenjören brandluckor brandmannen brandmän brandmännen brandnatten brandplan brandposter "
               "brandposterna brandrisker brandrök brandskadad brandskadade brandskadorna brandskydd brandstation "
               "containerbränder fartygsbrand fartygsbranden fartygsbränder fartygsbränderna giftbranden "
               "norrköpingsbranden"),
        no=S("brann brinna brinnande brinner brunnit brända sönderbrända"),
        nei=S("branschen branschorganisationen försäkringsbranschen sjöfartsbranschen"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("arbetarstad hamnstad hamnstäder stadsdel stadsdelarna stadshuset"),
        dc=S("navestad"),
        no=S("bostadsbolag bostadsområden bostadsområdena bostäder bostäderna flerbostadshus"),
        nei=S("kostade lastades rödlistad röstades överbelastad"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("händer händerna"),
        comp=S("handduk"),
        no=S("efterhand förhandlar förhandlingar handelsbolag handelsbolaget handla handlade handlar handlat "
             "handlingar handskar hände händelse händelö olyckshändelse"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("brandnatten midnatt nattskift"),
        no=S("nätet nätverk"),
    ),
    "land": dict(
        probe=r"^land|^länd|länder|landet|landets|land$",
        rel=S("landet länder"),
        comp=S("grannländerna"),
        dc=S("götaland lettland östergötland"),
        no=S("landa"),
        nei=S("bland ibland meddelandet"),
    ),
    "bror": dict(
        probe=r"^bro[dr]|^bröd",
        rel=S("bror brodern bröderna"),
        no=S("bröd"),
    ),
    # --- compounds ---
    "hamn": dict(
        probe=r"hamn",
        rel=S("hamn hamnen hamnens hamnarna"),
        comp=S("hamnarbetare hamnarbetarförbundet hamnarbetarförbundets hamnarbetarna hamnbassängen hamnbolag "
               "hamnbolagen hamnbolaget hamnbolagets hamnbron hamnchef hamnchefen hamngatan hamnområdet hamnstad "
               "hamnstatskontrollen hamnstäder östkusthamnar"),
        no=S("hamnade köpenhamn"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd skydden skyddet"),
        comp=S("andningsskydd andningsskydden brandskydd huvudskyddsombud huvudskyddsombudet rökskydd samhällsskydd "
               "skyddsdräkter skyddsleverantör skyddsombud skyddsombuden skyddsombudet skyddsstopp skyddsstoppet "
               "skyddsutrustning"),
        no=S("skydda skyddar skyddat"),
    ),
    "olja": dict(
        probe=r"olj",
        rel=S("olja oljan"),
        comp=S("bunkerolja bunkeroljan oljebälte oljeutsläppet"),
        no=S("oljudet"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gatan gatorna"),
        comp=S("drottninggatan gatukök gatuköket hamngatan"),
        no=S("gåta"),
        nei=S("begått frågat fångats gått legat utvidgat ventilationsaggregatet"),
    ),
    "människa": dict(
        probe=r"männ|människ|mänskl",
        rel=S("människa människor"),
        comp=S("människoliv"),
        dc=S("mänskligt"),
        nei=S("brandmännen"),
    ),
    "arbete": dict(
        probe=r"arbet",
        rel=S("arbete arbetet"),
        comp=S("arbetsgivare arbetsgivaren arbetskamrater arbetskamraterna arbetsledaren arbetsmiljöbrott "
               "arbetsmiljölagen arbetsmiljömål arbetsmiljön arbetsmiljöverket arbetsmiljöverkets arbetsplats "
               "arbetsplatsen arbetsskada arbetsskadeersättning arbetsuppgifter"),
        dc=S("arbetarstad hamnarbetare hamnarbetarförbundet hamnarbetarförbundets hamnarbetarna medarbetare "
             "parkarbetare transportarbetareförbundet"),
        no=S("arbeta arbetade arbetar arbetat samarbetar"),
    ),
    "skum": dict(
        probe=r"skum",
        rel=S("skum skummet"),
        comp=S("lättskum skumvätska"),
        no=S("skumma"),
    ),
    "ventilation": dict(
        probe=r"ventil",
        rel=S("ventilation ventilationen"),
        comp=S("ventilationsaggregatet"),
        no=S("ventiler"),
    ),
    "kran": dict(
        probe=r"kran",
        rel=S("kran kranen"),
        comp=S("containerkran containerkranen kranvattnet"),
        no=S("krantz"),
    ),
    # --- traps ---
    "fat": dict(
        probe=r"fat",
        rel=S("fat faten"),
        no=S("fatta fattade fattat omfattande omfattar träffat"),
    ),
    "tank": dict(
        probe=r"tank",
        rel=S("tank tanken tankarna"),
        comp=S("tankbilar"),
        no=S("misstankarna misstanke"),
    ),
    "rep": dict(
        probe=r"rep",
        rel=S("rep"),
        no=S("reparera reporter upprepas"),
    ),
    "aska": dict(
        probe=r"ask",
        rel=S("aska"),
        no=S("maskar vattenflaska överraskande"),
        nei=S("helmask helmasker masken maskinrummet pappersmask pappersmasker rask"),
    ),
    "fors": dict(
        probe=r"fors",
        rel=S("forsarna forsen"),
        no=S("forsberg forsell forskar forskare forskaren forskarna forskningsinstitut sjöfartsforskaren"),
    ),
    "ål": dict(
        probe=r"^ål",
        rel=S("ål ålar ålarna ålen"),
        comp=S("ålbeståndet ålfisket ålyngel"),
        no=S("ålder åläggande ålägger åläggs"),
    ),
    "bom": dict(
        probe=r"bom",
        rel=S("bommar bommen"),
        no=S("bomb bomull"),
    ),
    "lågor": dict(
        probe=r"låg",
        rel=S("lågor lågorna"),
        no=S("låg lågt"),
    ),
    "stäv": dict(
        probe=r"st[äa]v",
        rel=S("stäven"),
        comp=S("förstäven"),
        no=S("gustavsson stävja"),
    ),
    "pir": dict(
        probe=r"pir",
        rel=S("piren"),
        no=S("respiratorer respiratorerna"),
    ),
    "lucka": dict(
        probe=r"luck",
        rel=S("luckan luckorna"),
        comp=S("brandluckor lastluckorna"),
        no=S("luckra"),
    ),
    "sikt": dict(
        probe=r"sikt",
        rel=S("sikten"),
        no=S("ansikte ansiktet avsikter besiktigas försiktig försiktiga försiktigt insikten översikt"),
    ),
    "rost": dict(
        probe=r"r[oö]st",
        rel=S("rost"),
        comp=S("rostskador"),
        no=S("röstades röster"),
    ),
    # --- words of phrases, booleans and filters ---
    "stänga": dict(probe=r"^stäng", rel=S("stäng stänga stängas stängd stängda stängde stänger stängt")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "farlig": dict(probe=r"^farlig", rel=S("farlig farliga farligast farligt")),
    "gods": dict(
        probe=r"gods",
        rel=S("gods godset"),
        comp=S("godsvolymerna styckegods styckegodsfartyg"),
    ),
    "död": dict(
        probe=r"^död|^dött",
        rel=S("död döda"),
        nei=S("dödade dött"),
    ),
    "fisk": dict(
        probe=r"fisk",
        rel=S("fisk fiskar fiskarna fisken"),
        comp=S("fiskdöd fiskdöden fiskräknaren fiskväg"),
        no=S("fiskat provfiskat fiske fisket ålfisket fiskeförbudet fiskeansvarig sportfiskare sportfiskaren "
             "sportfiskarna sportfiskarnas"),
    ),
    "viktig": dict(probe=r"^viktig", rel=S("viktiga viktigaste viktigt")),
    "meddelande": dict(
        probe=r"meddel",
        rel=S("meddelande meddelandena meddelandet"),
        comp=S("pressmeddelande"),
        nei=S("meddelade meddelar"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "allmänheten": dict(probe=r"allmänhet", rel=S("allmänheten")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "lastrum": dict(probe=r"lastrum", rel=S("lastrum lastrummen lastrummens lastrummet")),
    "rederi": dict(
        probe=r"rederi",
        rel=S("rederi rederier rederierna rederiet rederiets"),
        comp=S("göteborgsrederiet"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsfrågan ansvarsfördelning"),
        nei=S("ansvarar ansvarig fiskeansvarig"),
    ),
    "grov": dict(probe=r"^grov", rel=S("grovt")),
    "miljöbrott": dict(
        probe=r"miljöbrott",
        rel=S("miljöbrott miljöbrotten"),
        comp=S("arbetsmiljöbrott"),
    ),
    "giftig": dict(probe=r"^giftig", rel=S("giftig giftiga")),
    "tullverket": dict(probe=r"tullverk", rel=S("tullverket")),
    "kustbevakningen": dict(probe=r"kustbevak", rel=S("kustbevakningen")),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "skyddsombud": dict(
        probe=r"skyddsombud",
        rel=S("skyddsombud skyddsombuden skyddsombudet"),
        comp=S("huvudskyddsombud huvudskyddsombudet"),
    ),
    "vma": dict(probe=r"^vma$", rel=S("vma")),
    "söderköping": dict(
        probe=r"söderköp",
        rel=S("söderköping söderköpings"),
        comp=S("söderköpingsbor"),
    ),
    "hamnbolag": dict(probe=r"hamnbolag", rel=S("hamnbolag hamnbolagen hamnbolaget hamnbolagets")),
    "sportfiskarna": dict(
        probe=r"sportfisk",
        rel=S("sportfiskarna sportfiskarnas"),
        dc=S("sportfiskare sportfiskaren"),
    ),
    "länsstyrelsen": dict(probe=r"länsstyr", rel=S("länsstyrelsen länsstyrelsens")),
    "lindö": dict(probe=r"lindö", rel=S("lindö"), comp=S("lindövägen")),
    "händelö": dict(probe=r"händelö", rel=S("händelö")),
    "vrinnevisjukhuset": dict(probe=r"vrinnevi", rel=S("vrinnevisjukhuset")),
    "giftinformationscentralen": dict(probe=r"giftinform", rel=S("giftinformationscentralen")),
    "kommunikation": dict(
        probe=r"kommunik",
        rel=S("kommunikation kommunikationen"),
        comp=S("kommunikationschef kommunikationschefen kriskommunikation kriskommunikationen"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("lasten", "inflection", False, ("term", "last")),
    ("deklarationerna", "inflection", False, ("term", "deklaration")),
    ("kemikalierna", "inflection", False, ("term", "kemikalie")),
    ("röken", "inflection", False, ("term", "rök")),
    ("stuvarna", "inflection", False, ("term", "stuvare")),
    ("förundersökningen", "inflection", False, ("term", "förundersökning")),
    ("utsläppen", "inflection", False, ("term", "utsläpp")),
    ("fartygen", "inflection", False, ("term", "fartyg")),
    ("hamnarbetarna", "inflection", False, ("term", "hamnarbetare")),
    ("containrarna", "syncope", False, ("term", "container")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("länder", "umlaut", False, ("term", "land")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("hamn", "compound", True, ("term", "hamn")),
    ("skydd", "compound", True, ("term", "skydd")),
    ("olja", "compound", True, ("term", "olja")),
    ("gata", "compound", True, ("term", "gata")),
    ("människa", "compound", True, ("term", "människa")),
    ("arbete", "compound", True, ("term", "arbete")),
    ("skum", "compound", True, ("term", "skum")),
    ("ventilation", "compound", True, ("term", "ventilation")),
    ("kran", "compound", True, ("term", "kran")),
    ('"stäng av ventilationen"', "phrase", False, ("phrase", ["stänga", "av", "ventilation"])),
    ('"farligt gods"', "phrase", False, ("phrase", ["farlig", "gods"])),
    ('"död fisk"', "phrase", False, ("phrase", ["död", "fisk"])),
    ('"viktigt meddelande till allmänheten"', "phrase", False,
     ("phrase", ["viktig", "meddelande", "till", "allmänheten"])),
    ('"branden i lastrummet"', "phrase", False, ("phrase", ["brand", "i", "lastrum"])),
    ('"rederiets ansvar"', "phrase", False, ("phrase", ["rederi", "ansvar"])),
    ('"grovt miljöbrott"', "phrase", False, ("phrase", ["grov", "miljöbrott"])),
    ('"giftig rök"', "phrase", False, ("phrase", ["giftig", "rök"])),
    ("Tullverket Kustbevakningen", "boolean", False, ("and", ["tullverket", "kustbevakningen"])),
    ("Arbetsmiljöverket skyddsombudet", "boolean", False, ("and", ["arbetsmiljöverket", "skyddsombud"])),
    ("VMA Söderköping", "boolean", False, ("and", ["vma", "söderköping"])),
    ("hamnbolaget -rederiet", "boolean", False, ("not", "hamnbolag", "rederi")),
    ("Sportfiskarna -Länsstyrelsen", "boolean", False, ("not", "sportfiskarna", "länsstyrelsen")),
    ("Lindö OR Händelö", "boolean", False, ("or", ["lindö", "händelö"])),
    ("Vrinnevisjukhuset OR Giftinformationscentralen", "boolean", False,
     ("or", ["vrinnevisjukhuset", "giftinformationscentralen"])),
    ("källa:Vimpel förundersökningen", "filter", False, ("filter", "Vimpel", "förundersökning")),
    ("källa:Östgöten VMA", "filter", False, ("filter", "Östgöten", "vma")),
    ("källa:Fyrskeppet hamnarbetarna", "filter", False, ("filter", "Fyrskeppet", "hamnarbetare")),
    ("källa:Aftonvakten röken", "filter", False, ("filter", "Aftonvakten", "rök")),
    ("källa:Fraktbrevet deklarationen", "filter", False, ("filter", "Fraktbrevet", "deklaration")),
    ("typ:opinion kommunikationen", "filter", False, ("filter", "opinion", "kommunikation")),
    ("typ:opinion hamnbolaget", "filter", False, ("filter", "opinion", "hamnbolag")),
    ("fat", "trap", False, ("term", "fat")),
    ("tank", "trap", False, ("term", "tank")),
    ("rep", "trap", False, ("term", "rep")),
    ("aska", "trap", False, ("term", "aska")),
    ("fors", "trap", False, ("term", "fors")),
    ("ål", "trap", False, ("term", "ål")),
    ("bom", "trap", False, ("term", "bom")),
    ("lågor", "trap", False, ("term", "lågor")),
    ("stäv", "trap", False, ("term", "stäv")),
    ("pir", "trap", False, ("term", "pir")),
    ("lucka", "trap", False, ("term", "lucka")),
    ("sikt", "trap", False, ("term", "sikt")),
    ("rost", "trap", False, ("term", "rost")),
]

HEADER = """# corpus_harbour.json – judging notes

Invented crisis: at 03.40 on Tuesday 15 September 2026 containers on the deck of the general cargo ship m/s Aurora Bay (flag Antigua and Barbuda, run by the Göteborg shipping company Skarvsund Rederi AB, in from Gdynia with 212 containers, some forty drums of solvent and bales of cotton) catch fire at Saltängskajen in the inner harbour of Norrköping, and the fire spreads into hold 2. Two dock workers (stuvare) of the municipal harbour company Bråvikens Hamn AB try to lift a burning container away with the crane and are hurt by the smoke; one, Kenneth Sjöberg, is in intensive care at Vrinnevisjukhuset. Räddningstjänsten Östra Götaland fights the fire for five days (foam in the hold, a flare-up when a hatch is opened, 200 firefighters); a VMA (Viktigt meddelande till allmänheten) tells central Norrköping, Saltängen, Kneippen, Lindö, Östra Eneby and Händelö to go indoors and close doors, windows and ventilation, two and a half hours after the alarm, and is extended to Söderköping when the wind turns. The municipality's crisis communication fails (a crashed website, messages only in Swedish, contradictory advice on schools); it is criticised by parents, letters, the opposition and an external review, and apologises. Extinguishing water, foam and chlorate, solvent and bunker oil kill some 12 tonnes of fish, among them 900 eels, in Motala ström and inner Bråviken; Länsstyrelsen Östergötland bans fishing until the new year, Sportfiskarna demand new eels. The harbour company and the shipping company blame each other (undeclared dangerous goods and a late alarm against weak fire hydrants and the crane lift), the shipping company sues, a mediator and a settlement follow. Arbetsmiljöverket inspects the harbour, bans dangerous goods at the quay and levies a sanction fee over the dock workers' useless respirators; the safety representatives win the right to stop unloading. Police, Tullverket and Kustbevakningen investigate: the calcium hypochlorite was declared as cleaning agent by a Polish trading house and a Göteborg forwarder; three people are charged with grovt miljöbrott in March 2027 and the harbour company gets a corporate fine. Places and public bodies are real (Norrköping with Inre hamnen, Saltängen, Kneippen, Lindö, Östra Eneby, Händelö, Navestad, Hageby, Pampus, Norra Promenaden, Hamngatan, Drottninggatan, Strömparken, Industrilandskapet, Bergsbron, Hamnbron, Matteus församlingshem; Söderköping, Mem, Bråviken, Motala ström, Oxelösund, Linköping, Finspång, Gdynia, Gdańsk, Grenaa; Räddningstjänsten Östra Götaland, Norrköpings kommun, Länsstyrelsen Östergötland, Region Östergötland, Vrinnevisjukhuset, Giftinformationscentralen, Polisen, Åklagarmyndighetens Riksenheten för miljö- och arbetsmiljömål, Tullverket, Kustbevakningen, Transportstyrelsen, Sjöfartsverket, Arbetsmiljöverket, MSB, FOI, SMHI, Sveriges Radio P4 Östergötland, Linköpings universitet, Sportfiskarna, Svenska Hamnarbetarförbundet, Transport, Svensk Sjöfart; their actions are invented); Saltängskajen, the ship, the companies (Bråvikens Hamn AB, Skarvsund Rederi AB, Nordlogik Spedition AB, Baltchem Trade), every person and all seven outlets are invented: Nyhetsbyrån Vimpel (wire service, also carrying press releases and the VMA text), Östgöten (local daily, Norrköping and Östergötland, with leaders and letters), Radio Fyrskeppet (local radio, spoken quotes, a commentary), Aftonvakten (tabloid, with columns), Fraktbrevet (shipping and logistics trade paper, with a leader), Arbetsplatsen (work environment trade paper, with a debate article) and Morgonbladet (national daily, with leaders and debate articles). 129 articles (110 news, 19 opinion: leaders, debate articles, columns, a radio commentary, letters), published 18 August 2026 to 12 April 2027, +02:00 until 25 October 2026 and from 28 March 2027, +01:00 between. The ids F001–F129 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (not used at all; the noun neither), the verb *händer* (*händer* appears once, as the noun: *för få händer på kajen*), the verb *hamnar* and the noun plural *hamnar* (only *hamnarna* and compounds such as *östkusthamnar*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the present *fiskar* of the verb *fiska* (every *fiskar* is the noun) and *fiskarna* as the plural of *fiskare* (every *fiskarna* is the fish; the organisation is *Sportfiskarna*, the anglers are *sportfiskare*), *rök* as the past of *ryka* and the imperative of *röka*, *tanken*/*tankar* meaning thought (every *tanken*, *tankarna* is a tank), *låga* (noun and adjective; only *lågor*, *lågorna*, *låg*, *lågt*), the present *forsar* of *forsa* and *bommar* of *bomma*, the adjective *skum* in its base form (only *skumma*), the verb *olja*, the verb *döda* (every *döda* is the adjective), *på sikt*, and any surname identical to a trap word (the letter writer is *Forsell*, the advocate *Krantz*).

How the lists were made: src/harbour_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/harbour_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: brand/bränd, stad/städ, hand/händ, natt/nätt/nät, land/länd, bror/bröd, gata/gåta, stäv/stav, rost/röst) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *ål* is anchored at the start of the word (*ål-*), since *-ål* ends hundreds of words (*mål*, *stål*); *land* is probed as *land-*/*länd-* from the start, *länder*, *landet*, *landets* anywhere and *-land* at the end. Tokens are runs of letters, so *Bråvikens Hamn AB:s*, *sms:en*, *VMA-området* and hyphenated words are split and numbers dropped. `python3 harbour_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. A participle used as an adjective (*stängda fönster*, *brandskadade containrar*) is a form of its verb and judged with it; a derivation is don't care (*stuveriet* for `stuvarna`, *mänskligt* for `människa`, *hamnarbetare*, *medarbetare* for `arbete`). One line per query:

- **lasten** (inflection): *last*, *lasten*, *lasterna* relevant; *lastrum(met)*, *lastfartyg(et)*, *lastbilar*, *lastdeklarationen*, *lastägarna* compounds; the verb *lastades* and *överbelastad* → must_not; *plastdunkar* is neither.
- **deklarationerna** (inflection): *deklaration(en)*, *deklarationer(na)* relevant; *lastdeklaration(en)* compound; the verb *deklarera*, *deklarerar*, *deklareras*, *deklarerat(s)*, *deklarerade(s)* and the participle *deklarerad* → must_not.
- **kemikalierna** (inflection): *kemikalier*, *kemikalierna* relevant; *poolkemikalier*, *kemikaliekunder* compounds; the adjective *kemiska* and *kemist*, *kemister* (other lemmas) → must_not.
- **röken** (inflection): *rök*, *röken* relevant; *brandrök*, *rökdykare*, *rökskador*, *rökskydd*, *rökutveckling* compounds; *röka*, *röker* (smoking tobacco) → must_not.
- **stuvarna** (inflection): *stuvare*, *stuvaren*, *stuvarna* relevant; *stuveriet*, *stuverier* → don't care; the verb *stuvas*, *stuvats*, *stuvade* (*stuvade makaroner*) and *stuvning* → must_not.
- **förundersökningen** (inflection): *förundersökning(en)* relevant; *brottsplatsundersökningen* → don't care; *undersöka*, *undersöker* → must_not.
- **utsläppen** (inflection): *utsläpp*, *utsläppet*, *utsläppen* relevant; *oljeutsläppet* compound; the verb *släppa*, *släpper*, *släppte* → must_not.
- **fartygen** (inflection): *fartyg*, *fartyget*, *fartygets*, *fartygen* relevant; *lastfartyg*, *systerfartyg*, *fartygsbranden* … compounds; *fart* (*i full fart*), *farten* → must_not; *sjöfart*, *Sjöfartsverket*, *infarten* are neither.
- **hamnarbetarna** (inflection): *hamnarbetare*, *hamnarbetarna* relevant; *Hamnarbetarförbundet(s)* compound; *hamnade* → must_not.
- **containrarna** (syncope): *container*, *containern*, *containrar*, *containrarna* relevant; *containerkran*, *containerterminalen* … compounds; no lookalike.
- **fönstren** (syncope): *fönster*, *fönstret*, *fönstren* relevant; *köksfönster*, *fönsterbleck* compounds; no lookalike.
- **filtren** (syncope): *filter*, *filtret*, *filtren* relevant; *filtar* (blankets) and *filtrerad* → must_not.
- **medlen** (syncope): *medel*, *medlen* (funds) relevant; *lösningsmedel*, *rengöringsmedel*, *blekmedel* compounds; *medlemmar(na)*, *medlare*, *medlingen* and *omedelbart* → must_not.
- **reglerna** (syncope): *regler*, *reglerna* relevant; *regelbundet* compound; *reglerar* and *reglage* → must_not.
- **bottnen** (syncope): *botten*, *bottnen* relevant; *bottenslam*, *bottenfaunan*, *bottensedimenten* compounds; the verb *bottnade* → must_not; *bott* (*har bott*) is neither.
- **bränder** (umlaut): *brand*, *branden*, *bränder* relevant; *fartygsbranden*, *brandmän*, *brandposterna* … compounds; *brann*, *brinna*, *brinner*, *brinnande*, *brunnit*, *brända*, *sönderbrända* → must_not; *bransch-* words are neither.
- **städer** (umlaut): *stad*, *staden*, *stadens*, *städer* relevant; *hamnstad*, *hamnstäder*, *arbetarstad*, *stadsdelarna*, *stadshuset* compounds; *Navestad* → don't care; *bostäder(na)*, *bostadsbolag*, *bostadsområden(a)*, *flerbostadshus* → must_not; *kostade*, *lastades*, *rödlistad*, *röstades* are neither.
- **händerna** (umlaut): *händer* (noun), *händerna* relevant; *handduk* compound; *handla*, *handlade*, *handlat*, *handelsbolag(et)*, *handlingar*, *handskar*, *förhandlar*, *förhandlingar*, *hände*, *händelse*, *olyckshändelse*, *i efterhand* and the place *Händelö* → must_not.
- **nätter** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *midnatt*, *nattskift*, *brandnatten* compounds; *nätet*, *nätverk* → must_not.
- **länder** (umlaut): *landet* (*i hela landet*), *länder* relevant; *grannländerna* compound; *Östergötland*, *Götaland*, *Lettland* → don't care (as *Kristianstad* for `stad`); *landa* → must_not; *bland*, *ibland*, *meddelandet* are neither.
- **bröderna** (umlaut): *bror*, *brodern*, *bröderna* relevant; *bröd* → must_not.
- **hamn** (compound): *hamn*, *hamnen*, *hamnens*, *hamnarna* and compounds (*hamnbolaget*, *hamnchefen*, *hamnområdet*, *Hamngatan*, *Hamnbron*, *hamnstad*, *östkusthamnar* …) relevant; *hamnade* and *Köpenhamn* → must_not.
- **skydd** (compound): *skydd*, *skyddet*, *skydden* and compounds (*andningsskydd*, *brandskydd*, *rökskydd*, *samhällsskydd*; with -s- *skyddsombudet*, *skyddsutrustning*, *skyddsstopp*, *skyddsdräkter*) relevant; the verb *skydda*, *skyddar*, *skyddat* → must_not.
- **olja** (compound): *olja*, *oljan* and compounds (*bunkerolja(n)*; with -e- *oljebälte*, *oljeutsläppet*) relevant; *oljudet* → must_not.
- **gata** (compound): *gatan*, *gatorna* and compounds (*Hamngatan*, *Drottninggatan*; with -u- *gatukök(et)*) relevant; *gåta* → must_not; *gått*, *begått*, *legat* … are neither.
- **människa** (compound): *människa*, *människor* and with -o- *människoliv* relevant; *mänskligt* → don't care; *brandmännen* is neither.
- **arbete** (compound): *arbete*, *arbetet* and compounds (with -s- *arbetsmiljön*, *Arbetsmiljöverket*, *arbetsgivaren*, *arbetsplatsen*, *arbetsskada*, *arbetskamrater* …) relevant; *hamnarbetare*, *medarbetare*, *parkarbetare*, *arbetarstad*, *Transportarbetareförbundet* (from *arbetare*) → don't care; the verb *arbeta*, *arbetar*, *arbetade*, *arbetat*, *samarbetar* → must_not.
- **skum** (compound): *skum*, *skummet* and *lättskum*, *skumvätska* relevant; the adjective *skumma* (*skumma affärer*) → must_not.
- **ventilation** (compound): *ventilation(en)* and with -s- *ventilationsaggregatet* relevant; *ventiler* (another lemma) would be must_not but only occurs next to *ventilationen*.
- **kran** (compound): *kran*, *kranen*, *containerkran(en)* and *kranvattnet* (the tap is the same noun) relevant; the surname *Krantz* → must_not.
- **"stäng av ventilationen"** (phrase): a form of *stänga* (*stäng*, *stänga*, *stänger*, *stängde*, *stängt*, *stängd(a)*, *stängas*) + *av* + *ventilation(en)* adjacent relevant; *ventilationen ska stängas av* (another order) → must_not; *stänga dörrar, fönster och ventilation* is not the phrase.
- **"farligt gods"** (phrase): *farligt gods* (also *deklarerat farligt gods*) relevant; *godset i containrarna var farligt* (another order) → must_not.
- **"död fisk"** (phrase): forms of *död* (*död*, *döda*) directly before forms of *fisk* (*död fisk*, *döda fiskar*, *de döda fiskarna*) relevant; *Ån är död* with *en fisk* elsewhere → must_not; *döda ålar*, *fiskdöd* are not the phrase.
- **"viktigt meddelande till allmänheten"** (phrase): the four words adjacent (the VMA text and the test signal) relevant; *viktigt att förstå att allmänheten … ett enda tydligt meddelande till alla* → must_not.
- **"branden i lastrummet"** (phrase): *Branden i lastrummet* relevant; *branden … pyr i lastrummet*, *fylla lastrummet* with *branden* elsewhere → must_not.
- **"rederiets ansvar"** (phrase): *rederiets ansvar* relevant; *Rederiet måste ta sitt ansvar*, *ansvaret för fartyget till rederiet* and the like (apart) → must_not.
- **"grovt miljöbrott"** (phrase): *grovt miljöbrott* relevant; *misstänkt miljöbrott, anser att brottet är grovt* → must_not; *arbetsmiljöbrott* is a compound.
- **"giftig rök"** (phrase): *giftig rök* relevant; *röken inte särskilt giftig*, *en rök som han inte visste var giftig* → must_not.
- **Tullverket Kustbevakningen** (boolean AND): both relevant; only one → must_not.
- **Arbetsmiljöverket skyddsombudet** (boolean AND): *Arbetsmiljöverket(s)* with *skyddsombud*, *skyddsombudet*, *skyddsombuden* relevant; only one → must_not; *huvudskyddsombudet* (compound) as the only second term → don't care.
- **VMA Söderköping** (boolean AND): both relevant; only one → must_not; *Söderköpingsbor* is a compound.
- **hamnbolaget -rederiet** (boolean NOT): *hamnbolag(et/en/ets)* without any *rederi*-form relevant; with *rederiet*, *rederiets*, *rederier(na)* or the name *Skarvsund Rederi AB* → must_not; *Göteborgsrederiet* alone → don't care.
- **Sportfiskarna -Länsstyrelsen** (boolean NOT): the organisation (*Sportfiskarna*, *Sportfiskarnas*) without *Länsstyrelsen* relevant; with it → must_not; *sportfiskare*, *sportfiskaren* (anglers) → don't care.
- **Lindö OR Händelö** (boolean OR): either place; *Lindövägen* → don't care.
- **Vrinnevisjukhuset OR Giftinformationscentralen** (boolean OR): either; no lookalike.
- **källa:Vimpel förundersökningen**, **källa:Östgöten VMA**, **källa:Fyrskeppet hamnarbetarna**, **källa:Aftonvakten röken**, **källa:Fraktbrevet deklarationen**, **typ:opinion kommunikationen**, **typ:opinion hamnbolaget** (filters): `källa:` matches one word of the outlet's name (*Vimpel*, *Östgöten*, *Fyrskeppet*, *Aftonvakten*, *Fraktbrevet*); the term is judged as in its own query with compounds:false (*kriskommunikationen*, *kommunikationschefen* compounds → don't care); articles with the term that fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **fat** (trap): *fat*, *faten* (drums of solvent) relevant; *fatta*, *fattade*, *fattat*, *omfattande*, *omfattar* and *träffat* → must_not.
- **tank** (trap): *tank*, *tanken*, *tankarna* (the ship's tanks) relevant; *tankbilar* compound; *misstanke*, *misstankarna* → must_not.
- **rep** (trap): *rep* relevant; *reporter*, *reparera*, *upprepas* → must_not.
- **aska** (trap): *aska* (*sot och aska*) relevant; *överraskande*, *vattenflaska* and *maskar* (the letters inside) → must_not; *mask*, *helmask*, *maskinrummet*, *Rask* are neither.
- **fors** (trap): *forsen*, *Forsarna* relevant; *forskare*, *forskaren*, *forskarna*, *forskar*, *forskningsinstitut*, *sjöfartsforskaren* and the surnames *Forsberg*, *Forsell* → must_not.
- **ål** (trap): *ål*, *ålen*, *ålar*, *ålarna* relevant; *ålyngel*, *ålbeståndet*, *ålfisket* compounds; *ålder* and *ålägger*, *åläggs*, *åläggande* → must_not.
- **bom** (trap): *bommen* (the harbour gate) and *bommar* (floating booms) relevant; *bomb*, *bomull* → must_not.
- **lågor** (trap): *lågor*, *lågorna* relevant; *låg* (the adjective and the past of *ligga*: *låg nere*, *låg inne*, *låg på sjukhus*) and *lågt* → must_not.
- **stäv** (trap): *stäven* relevant; *förstäven* compound; *stävja* and the surname *Gustavsson* → must_not.
- **pir** (trap): *piren* relevant; *respiratorer(na)* → must_not.
- **lucka** (trap): *luckan*, *luckorna* relevant; *lastluckorna*, *brandluckor* compounds; the verb *luckra* → must_not.
- **sikt** (trap): *sikten* relevant; *försiktig(a/t)*, *avsikter*, *insikten*, *översikt*, *ansikte(t)* and *besiktigas* → must_not.
- **rost** (trap): *rost* relevant; *rostskador* compound; *röster*, *röstades* (diacritic pair) → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way harbour_articles does
    assert [a["id"] for a in fire_build.articles(rows, "F")] == [a["id"] for a in ARTICLES]
    fire_build.build("harbour", "F", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
