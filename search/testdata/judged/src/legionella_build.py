#!/usr/bin/env python3
"""Builds corpus_legionella.json and corpus_legionella.md from legionella_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus may have a surname or a first name that is also a common noun (the infection control doctor
Ingrid Strand, the doctor Liv Sandberg, the microbiologist Helena Sommar). A reader tells the name from the noun, so the
tokenizer below reads the capitalised forms Strand, Liv and Sommar (and their genitives), which the texts use only as
names, as tokens of their own: strand(namn), liv(namn), sommar(namn). Every other token is as in fire_build.

Run from this folder: python3 legionella_build.py [-v]
"""

import fire_build
from legionella_articles import ARTICLES


S = fire_build.S

NAMES = {"Strand", "Strands", "Liv", "Livs", "Sommar", "Sommars"}


def tokens(text):
    """fire_build's tokens, with the names that are also nouns kept apart from the nouns."""
    return [t.lower() + "(namn)" if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "smitta": dict(
        probe=r"smitt",
        rel=S("smitta smittan"),
        comp=S("smittkälla smittkällan smittskydd smittskyddet smittskyddsenheten smittskyddsläkaren smittämnen"),
        no=S("smittad smittade smittades smittar smittas smittats"),
    ),
    "spolning": dict(
        probe=r"spol",
        rel=S("spolning spolningen"),
        no=S("spola spolade spolades spolar spolas spolat spolats backspolas"),
    ),
    "dusch": dict(
        probe=r"dusch",
        rel=S("dusch duschen duschar duscharna"),
        comp=S("duschfilter duschmunstycken duschmunstycket duschslang duschslangar duschvagn"),
        no=S("duscha duschade duschat"),
    ),
    "stämning": dict(
        probe=r"stäm",
        rel=S("stämning stämningen"),
        comp=S("stämningsansökan"),
        no=S("stämde stämma stämmer stämt"),
        nei=S("bestämde bestämma bestämmas bestämmer bestämt"),
    ),
    "ägare": dict(
        probe=r"^äg|ägar",
        rel=S("ägare ägaren ägarna ägarnas"),
        comp=S("butiksägarna fastighetsägare fastighetsägarna galleriaägaren"),
        dc=S("fastighetsägareföreningen"),
        no=S("äger"),
    ),
    "odling": dict(
        probe=r"odl",
        rel=S("odlingarna"),
        comp=S("odlingsplattor odlingsprov"),
        no=S("odla odlas odlat"),
    ),
    "åtal": dict(
        probe=r"åtal",
        rel=S("åtal åtalet"),
        no=S("åtalad åtalade åtalas påtalade"),
    ),
    "inspektion": dict(
        probe=r"inspekt",
        rel=S("inspektion inspektionen"),
        comp=S("inspektionsluckan inspektionsprotokoll inspektionsrapport"),
        dc=S("inspektör inspektören inspektörer inspektörerna miljöinspektören miljöinspektörer hälsoskyddsinspektören"),
        no=S("inspektera inspekterar inspekteras inspekterat"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar anmälningarna"),
        comp=S("polisanmälan"),
        no=S("anmäla anmäler anmäls anmält polisanmäla polisanmält"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("dricksvattnet kranvattnet kylvattnet varmvatten varmvattenberedare varmvattenberedaren "
               "varmvattenberedarna varmvattencirkulation varmvattensystem varmvattensystemen varmvattensystemet "
               "varmvattnet vattendrag vattendroppar vattenledningar vattenledningarna vattenprov vattenproven "
               "vattensystem"),
    ),
    "ålder": dict(
        probe=r"[åä]ld",
        rel=S("ålder åldern åldrarna"),
        comp=S("årsåldern"),
        no=S("äldre äldreboende äldreboenden äldreboendena äldsta"),
        nei=S("slutsålda"),
    ),
    "syster": dict(
        probe=r"syst",
        rel=S("syster systrarna"),
        no=S("system systemet kylsystem varmvattensystem varmvattensystemen varmvattensystemet vattensystem"),
    ),
    "sommar": dict(
        probe=r"sommar|somr",
        rel=S("sommar sommaren somrar somrarna"),
        dc=S("somras"),
        no=S("sommar(namn)"),
        nei=S("jönköpingsområdet"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindren hindret"),
        no=S("hindra"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren filtret"),
        comp=S("duschfilter legionellafilter sandfiltret"),
        no=S("filtar"),
    ),
    # --- umlaut ---
    "bok": dict(
        probe=r"b[oö]ck|bok",
        rel=S("böcker böckerna"),
        comp=S("loggbok loggboken loggböcker loggböckerna"),
        no=S("avbokas avbokningar bokade bokat bokningar"),
        nei=S("syndabock"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden stadens städer"),
        comp=S("stadsdel stadsdelar"),
        dc=S("halmstad"),
        no=S("bostadsbolag bostadsbolaget städade städar städare städaren städarna städat städning städpersonalen"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand händerna"),
        comp=S("handfat"),
        dc=S("handbollslagen"),
        no=S("behandla behandlas förhandlar förhandlingarna handelsfastigheter handelsfastigheters handlat handlingar "
             "huvudförhandlingen hände händelse händelsen"),
    ),
    "man": dict(
        probe=r"^m[aä]n(nen|nens|s)?$|^männ|människ|mänsk",
        rel=S("man mannen män männen"),
        no=S("människa människas människor människors"),
    ),
    "låg": dict(
        probe=r"l[äå]g",
        rel=S("låg låga lägre"),
        no=S("lägenheter lägga lägger nuläget"),
        nei=S("anläggningar badanläggningar beläggning beläggningar beläggningen"),
    ),
    "ung": dict(
        probe=r"^ung|yng",
        rel=S("unga yngre yngsta"),
        no=S("ungefär"),
        nei=S("tyngsta"),
    ),
    # --- compounds ---
    "torn": dict(
        probe=r"t[oö]rn",
        rel=S("tornen tornet"),
        comp=S("kyltorn kyltornen kyltornet"),
        dc=S("kyltornsbranschen"),
        no=S("törnqvist"),
    ),
    "läkare": dict(
        probe=r"läk",
        rel=S("läkare läkarna"),
        comp=S("distriktsläkaren smittskyddsläkaren överläkaren"),
        no=S("läkt"),
        nei=S("fläktar fläktarna släktingar"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa hälsan"),
        comp=S("hälsoskydd hälsoskyddet hälsoskyddsförvaltning hälsoskyddsförvaltningen hälsoskyddsinspektören "
               "hälsoskyddsnämnden"),
        dc=S("folkhälsomyndigheten folkhälsomyndighetens"),
        no=S("hälsade"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan"),
        comp=S("barnarpsgatan gatuplanet storgatan"),
        no=S("gåta"),
    ),
    "miljö": dict(
        probe=r"milj",
        rel=S("miljö"),
        comp=S("miljöbalken miljöbrott miljöchefen miljöförvaltningar miljöförvaltningarna miljöförvaltningen "
               "miljöförvaltningens miljöinspektören miljöinspektörer miljömedicin miljönämnder miljörätt"),
        dc=S("arbetsmiljöproblem arbetsmiljöbrott arbetsmiljölagen arbetsmiljömål arbetsmiljöverket arbetsmiljöverkets"),
        no=S("miljoner"),
        nei=S("familjer familjerna"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd skyddet"),
        comp=S("andningsskydd hälsoskydd hälsoskyddet skyddsombud skyddsutrustning smittskydd smittskyddet"),
        dc=S("hälsoskyddsförvaltning hälsoskyddsförvaltningen hälsoskyddsinspektören hälsoskyddsnämnden "
             "smittskyddsenheten smittskyddsläkaren"),
        no=S("skydda"),
    ),
    "bakterie": dict(
        probe=r"bakteri",
        rel=S("bakterien bakterier bakterierna"),
        comp=S("dödsbakterien legionellabakterien legionellabakterier"),
    ),
    "prov": dict(
        probe=r"pr[oö]v",
        rel=S("prov proven provet"),
        comp=S("legionellaprov odlingsprov provomgångar provsvar provsvaren provsvaret provtagning urinprov vattenprov "
               "vattenproven"),
        dc=S("provtagits"),
        no=S("pröva"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skadan skador"),
        comp=S("arbetsskada arbetsskador kroppsskada skadestånd skadeståndsmålet"),
        dc=S("arbetsskadeförsäkringen"),
        no=S("skadlig"),
    ),
    # --- traps ---
    "dom": dict(
        probe=r"d[oö]m",
        rel=S("dom domen"),
        comp=S("domstol domstolen legionelladomen"),
        no=S("barndomshemmet bedömt dömas dömer döms lungsjukdomar riskbedömning riskbedömningar sjukdom sjukdomar "
             "sjukdomen"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("enstaka kontakta kontaktat takten"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören"),
        no=S("berör berörda rört"),
    ),
    "ånga": dict(
        probe=r"ång[aoe]|ånga|^ång",
        rel=S("ångan"),
        comp=S("ångbastu"),
        no=S("många rekordmånga"),
        nei=S("avgången gånger provomgångar rättegången"),
    ),
    "liv": dict(
        probe=r"liv",
        rel=S("liv livet"),
        no=S("liv(namn)"),
        nei=S("blivit"),
    ),
    "bot": dict(
        probe=r"bot",
        rel=S("boten"),
        comp=S("företagsbot företagsboten"),
        no=S("bott botten"),
    ),
    "kran": dict(
        probe=r"kran",
        rel=S("kran kranen"),
        comp=S("kranvattnet mobilkran"),
        no=S("kransar"),
    ),
    "kalk": dict(
        probe=r"kalk",
        rel=S("kalk kalken"),
        no=S("kalkyl"),
    ),
    "lock": dict(
        probe=r"lock",
        rel=S("lock locket"),
        no=S("klockan locka"),
    ),
    "hall": dict(
        probe=r"h[aå]ll",
        rel=S("hall hallen"),
        comp=S("idrottshallar idrottshallarna idrottshallen simhall simhallar simhallen"),
        no=S("behålla förhållanden hallberg hallin håll hålla håller hållit underhåll underhållet"),
    ),
    "spa": dict(
        probe=r"spa",
        rel=S("spa"),
        comp=S("spaavdelningen"),
        no=S("besparingar besparingen spanien spara sparar sparat"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("stranden"),
        comp=S("strandkanten vätterstranden"),
        no=S("strand(namn) strandade"),
    ),
    "sand": dict(
        probe=r"sand",
        rel=S("sand"),
        comp=S("sandfiltret"),
        no=S("sandberg sandra"),
    ),
    # --- words of phrases, booleans and filters ---
    "vållande": dict(probe=r"vålla", rel=S("vållande")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "annan": dict(
        probe=r"^ann[ae]",
        rel=S("annan annans annat"),
        nei=S("anna annanstans annars"),
    ),
    "död": dict(
        probe=r"^död",
        rel=S("död"),
        nei=S("döda dödlig dödligheten dödsbakterien dödsfall dödsfallen dödsfallet dödsoffret"),
    ),
    "stängd": dict(
        probe=r"^stäng",
        rel=S("stängda"),
        nei=S("stänga stängde stängdes stänger stängs stängt stängts"),
    ),
    "hög": dict(
        probe=r"^hög",
        rel=S("hög höga högre högt"),
        nei=S("höglandssjukhuset högvarv"),
    ),
    "halt": dict(probe=r"halt", rel=S("halten halter halterna")),
    "varm": dict(
        probe=r"^varm",
        rel=S("varma varmare varmaste varmt"),
        nei=S("varmvatten varmvattenberedare varmvattenberedaren varmvattenberedarna varmvattencirkulation "
              "varmvattensystem varmvattensystemen varmvattensystemet varmvattnet"),
    ),
    "kyltorn": dict(
        probe=r"kyltorn",
        rel=S("kyltorn kyltornen kyltornet"),
        comp=S("kyltornsbranschen"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "jönköping": dict(
        probe=r"jönköping",
        rel=S("jönköping jönköpings"),
        comp=S("jönköpingsborna jönköpingseffekt jönköpingsområdet"),
    ),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten tingsrättens")),
    "arbetsmiljöverket": dict(probe=r"arbetsmiljöverk", rel=S("arbetsmiljöverket arbetsmiljöverkets")),
    "inspektör": dict(
        probe=r"inspektör",
        rel=S("inspektör inspektören inspektörer inspektörerna"),
        comp=S("hälsoskyddsinspektören miljöinspektören miljöinspektörer"),
    ),
    "hotell": dict(
        probe=r"hotell",
        rel=S("hotell hotellet hotellets"),
        comp=S("hotellbranschen hotelldirektör hotelldirektören hotellgästen hotellgäster hotellgästerna "
               "hotellgästernas hotellkedja hotellkonsulten hotellmålet hotellrum"),
    ),
    "gäst": dict(
        probe=r"gäst",
        rel=S("gäster gästerna gästernas"),
        comp=S("badgäster badgästerna gästlistor hotellgästen hotellgäster hotellgästerna hotellgästernas"),
    ),
    "legionella": dict(
        probe=r"legionell",
        rel=S("legionella legionellan"),
        comp=S("legionellabakterien legionellabakterier legionelladomen legionellafilter legionellainfektion "
               "legionellamålet legionellaprov legionellautbrott legionellautbrottet"),
    ),
    "huskvarna": dict(probe=r"huskvarn", rel=S("huskvarna")),
    "ryhov": dict(probe=r"ryhov", rel=S("ryhov")),
    "höglandssjukhuset": dict(probe=r"höglandssjukhus", rel=S("höglandssjukhuset")),
    "smittskyddsläkare": dict(probe=r"smittskyddsläkar", rel=S("smittskyddsläkaren")),
    "folkhälsomyndigheten": dict(
        probe=r"folkhälsomyndighet",
        rel=S("folkhälsomyndigheten folkhälsomyndighetens"),
    ),
    "vätterhem": dict(probe=r"vätterhem", rel=S("vätterhem vätterhems")),
    "bostadsbolag": dict(probe=r"bostadsbolag", rel=S("bostadsbolag bostadsbolaget")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagare åklagaren"),
        comp=S("kammaråklagare åklagarmyndigheten"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skolan skolor skolorna skolornas"),
        comp=S("ljungarumsskolan råslättsskolan skolchefen skolstart"),
    ),
    "äldreboende": dict(probe=r"äldreboend", rel=S("äldreboende äldreboenden äldreboendena")),
    "loggbok": dict(probe=r"loggb", rel=S("loggbok loggboken loggböcker loggböckerna")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("smittan", "inflection", False, ("term", "smitta")),
    ("spolningen", "inflection", False, ("term", "spolning")),
    ("duscharna", "inflection", False, ("term", "dusch")),
    ("stämningen", "inflection", False, ("term", "stämning")),
    ("ägarna", "inflection", False, ("term", "ägare")),
    ("odlingarna", "inflection", False, ("term", "odling")),
    ("åtalet", "inflection", False, ("term", "åtal")),
    ("inspektionen", "inflection", False, ("term", "inspektion")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("åldrar", "syncope", False, ("term", "ålder")),
    ("systrar", "syncope", False, ("term", "syster")),
    ("somrarna", "syncope", False, ("term", "sommar")),
    ("hindren", "syncope", False, ("term", "hinder")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("böckerna", "umlaut", False, ("term", "bok")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("männen", "umlaut", False, ("term", "man")),
    ("lägre", "umlaut", False, ("term", "låg")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("torn", "compound", True, ("term", "torn")),
    ("läkare", "compound", True, ("term", "läkare")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gata", "compound", True, ("term", "gata")),
    ("miljö", "compound", True, ("term", "miljö")),
    ("skydd", "compound", True, ("term", "skydd")),
    ("bakterie", "compound", True, ("term", "bakterie")),
    ("prov", "compound", True, ("term", "prov")),
    ("skada", "compound", True, ("term", "skada")),
    ('"vållande till annans död"', "phrase", False, ("phrase", ["vållande", "till", "annan", "död"])),
    ('"stängda duschar"', "phrase", False, ("phrase", ["stängd", "dusch"])),
    ('"kyltornen på taket"', "phrase", False, ("phrase", ["kyltorn", "på", "tak"])),
    ('"höga halter"', "phrase", False, ("phrase", ["hög", "halt"])),
    ('"varmt vatten"', "phrase", False, ("phrase", ["varm", "vatten"])),
    ('"Jönköpings tingsrätt"', "phrase", False, ("phrase", ["jönköping", "tingsrätt"])),
    ('"Arbetsmiljöverkets inspektörer"', "phrase", False, ("phrase", ["arbetsmiljöverket", "inspektör"])),
    ('"hotellets gäster"', "phrase", False, ("phrase", ["hotell", "gäst"])),
    ("legionella Huskvarna", "boolean", False, ("and", ["legionella", "huskvarna"])),
    ("Ryhov OR Höglandssjukhuset", "boolean", False, ("or", ["ryhov", "höglandssjukhuset"])),
    ("hotellet -kyltornen", "boolean", False, ("not", "hotell", "kyltorn")),
    ("smittskyddsläkaren Folkhälsomyndigheten", "boolean", False, ("and", ["smittskyddsläkare", "folkhälsomyndigheten"])),
    ("Vätterhem OR bostadsbolaget", "boolean", False, ("or", ["vätterhem", "bostadsbolag"])),
    ("åklagaren -Arbetsmiljöverket", "boolean", False, ("not", "åklagare", "arbetsmiljöverket")),
    ("skolor äldreboenden", "boolean", False, ("and", ["skola", "äldreboende"])),
    ("källa:Vätterbladet kyltornen", "filter", False, ("filter", "Vätterbladet", "kyltorn")),
    ("källa:Fyren duscharna", "filter", False, ("filter", "Fyren", "dusch")),
    ("källa:Signal åtalet", "filter", False, ("filter", "Signal", "åtal")),
    ("källa:Facklan hotellet", "filter", False, ("filter", "Facklan", "hotell")),
    ("källa:Fastighetsfokus loggböckerna", "filter", False, ("filter", "Fastighetsfokus", "loggbok")),
    ("typ:opinion smittskyddsläkaren", "filter", False, ("filter", "opinion", "smittskyddsläkare")),
    ("typ:opinion ägarna", "filter", False, ("filter", "opinion", "ägare")),
    ("dom", "trap", False, ("term", "dom")),
    ("tak", "trap", False, ("term", "tak")),
    ("rör", "trap", False, ("term", "rör")),
    ("ånga", "trap", False, ("term", "ånga")),
    ("liv", "trap", False, ("term", "liv")),
    ("bot", "trap", False, ("term", "bot")),
    ("kran", "trap", False, ("term", "kran")),
    ("kalk", "trap", False, ("term", "kalk")),
    ("lock", "trap", False, ("term", "lock")),
    ("hall", "trap", False, ("term", "hall")),
    ("spa", "trap", False, ("term", "spa")),
    ("strand", "trap", False, ("term", "strand")),
    ("sand", "trap", False, ("term", "sand")),
]

HEADER = """# corpus_legionella.json – judging notes

Invented crisis: in the heat of July 2026 an outbreak of Legionnaires' disease hits Jönköping. From Sunday 26 July patients with severe pneumonia come in to the infection clinic at Länssjukhuset Ryhov; on 1 August Region Jönköpings län's infection control unit (smittskyddsläkaren Ingrid Strand) announces a suspected legionella outbreak. The municipality's miljö- och hälsoskyddsförvaltning samples some twenty sites; on 5 August the committee bans the two cooling towers on the roof of the shopping centre Munksjögallerian (owner Munksjö Handelsfastigheter AB, serviced by Nordkyla Service AB), where the biocide pump had failed and the basin was full of sludge, sand and lime; on 6 August Hotell Vättersol at Vätterstranden (Vättersol Hotell AB) closes its showers and new spa after legionella is found in its hot water, where the temperature was too low and the logs empty since April. The municipality closes the showers at 31 care homes and in the sports halls of 46 schools; Vätterhem flushes and heats the water systems of its buildings (thermal disinfection at 70 degrees), and one care home, Solgläntan, has its pipes replaced. 57 fall ill (35 men, 22 women, aged 38 to 93), six die (the first, Gunnar Sten, 87, from Huskvarna, on 4 August; the last on 12 September); Folkhälsomyndigheten's typing (Helena Sommar) ties 52 cases to one cooling tower and five to the hotel's water; the outbreak is declared over on 30 September. Then to April 2027: the owners and the service firm blame each other (an email from January cutting the towers' costs by 40 per cent, a technician's warning in April), Arbetsmiljöverket's inspection of the hotel after a cleaner and a technician fall ill and its report to the prosecutor (dropped), the police's search and seizure of the maintenance logs, the municipality's own lapse (no inspection since 2019) and the auditors' review, a national register of cooling towers ordered by the government, the towers' demolition and dry coolers; thirty hotel guests sue the hotel in Jönköpings tingsrätt (advokat Eva Hammar), the hotel tries to draw in the shopping centre, and they settle in April; kammaråklagare Johanna Falk (Riksenheten för miljö- och arbetsmiljömål) charges the shopping centre's operations manager with causing death by negligence in six cases and a service-firm supervisor with endangering others, and asks for a corporate fine of five million kronor; the trial in Jönköpings tingsrätt from 23 February 2027, the verdict on 30 March (the manager convicted for five deaths, a suspended sentence with community service; the supervisor acquitted; a corporate fine of three million) and appeals to Göta hovrätt. Places and public bodies are real (Jönköping with Huskvarna, Bankeryd, Öxnehaga, Råslätt, Söder, Öster, Rosenlund, Munksjön, Vättern, Vätterstranden, Barnarpsgatan, Östra Storgatan, Sofia kyrka; Eksjö, Värnamo, Gränna, Gislaved, Örebro, Linköping, Norrköping, Borås, Halmstad, Växjö; Region Jönköpings län, Länssjukhuset Ryhov, Höglandssjukhuset, Folkhälsomyndigheten, Jönköpings kommun, Vätterhem, Arbetsmiljöverket, Polisen, Åklagarmyndigheten and its Riksenheten för miljö- och arbetsmiljömål, Jönköpings tingsrätt, Göta hovrätt, Länsstyrelsen i Jönköpings län, Boverket, SMHI, Socialdepartementet, Försäkringskassan, Linköpings and Uppsala universitet, Hotell- och restaurangfacket); their actions are invented. Munksjögallerian, Hotell Vättersol, the companies (Munksjö Handelsfastigheter, Nordkyla Service, Vättersol Hotell), the care homes Solgläntan and Bäckalyckans äldreboende, the schools Ljungarumsskolan and Råslättsskolan, the associations, every person and all six outlets are invented: Vätterbladet (local daily, with leaders and letters), Radio Fyren (local radio, spoken quotes, one commentary), Nyhetsbyrån Signal (wire service, terse, also press releases), Facklan (tabloid, with columns), Telegrafen (national daily, analysis and debate articles) and Fastighetsfokus (trade paper for property management and plumbing, technical, with a column). 123 articles (106 news, 17 opinion: three leaders, five debate articles, three tabloid columns, a trade-paper column, a radio commentary, four letters), published 2 July 2026 to 30 April 2027, +02:00 until 25 October 2026 and from 28 March 2027, +01:00 in between. The ids q001–q123 follow publication time.

People speak with ordinary Swedish names, some of which are also common nouns: the infection control doctor Ingrid Strand, the infectious-disease doctor Liv Sandberg, the microbiologist Helena Sommar, Vätterhem's Stig Berg and Mikael Ek, the deputy infection control doctor Björn Ek, the inspector Anna Kock, the prosecutor Johanna Falk, the police spokesman Mats Vik, the care chief Maria Björk, the school chief Ulf Ström, Lena Sten, Roger Bäck, Tommy Ros, Kenneth Nord, Eva Holm, Fredrik Lund, Eva Hammar. A Swedish reader never takes the surname *Strand* for a beach, the first name *Liv* for life or the surname *Sommar* for summer. So that the lists can say so, legionella_build.py reads the capitalised tokens *Strand*, *Liv* and *Sommar* (and their genitives), which the texts use only as these names (never as a noun at the start of a sentence), as tokens of their own, written *strand(namn)*, *liv(namn)*, *sommar(namn)* in the lists below; every other token is as in fire_build.py, lowercased. The names that are nouns but belong to no query's probe (*Berg*, *Ek*, *Kock*, *Falk*, *Vik*, *Björk*, *Ström*, *Sten*, *Bäck*, *Ros*, *Nord*, *Holm*, *Lund*, *Stig*, *Björn*) are not judged for any query.

Kept out of the texts as the README asks: the pronoun *man* (every *man* is the noun: *en man i 80-årsåldern*, *min man*), the verb *händer* (*händerna* and *hand* are the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the past tense *låg* of *ligga* (every *låg*, *låga* is the adjective: *för låg*, *låga halter*; *låga* is never a flame), the present *rör* of *röra* (*det rör sig om*; every *rör* is a pipe, the verb appears only as *rört*, *berör*, *berörda*), the present *duschar* of *duscha* (every *duschar* is the plural noun), *dom* as a pronoun, *tankar* (tanks or thoughts), the verb *hälsa* and the verb *skada* in the infinitive (every *hälsa*, *skada* is the noun), the verb *smitta* in the infinitive (*smitta* is only the noun), *stämning* meaning mood (every *stämning* is a lawsuit) and *stämma* as a meeting (the one *stämma* is the verb, to sue), the adjective *halt* (limping), *hög* meaning a pile, *lock* meaning a curl and the form *lockar*, *tak* meaning a ceiling on amounts, *kran* meaning a crane in a simple form (only the compound *mobilkran*), *spå* (*spår* is not probed for `spa`).

How the lists were made: src/legionella_articles.py holds the texts and src/legionella_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: hall/håll, ålder/äldre, låg/läg, stad/städ, hand/händ, bok/böck, torn/törn, gata/gåta, dom/döm, prov/pröv) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *man* is anchored (*man*, *mannen*, *mans*, *män-*, *människ-*, *mänsk-*), since *man* is inside hundreds of unrelated words; *ung* is probed as *ung-* from the start and *yng* anywhere; *ägare* as *äg-* from the start and *ägar* anywhere. Tokens are runs of letters, so *AB:s*, *80-årsåldern* (*årsåldern*) and hyphenated words are split: *miljö- och hälsoskyddsförvaltningen* gives the token *miljö*, the first part of a coordinated compound, judged as the word *miljö*. `python3 legionella_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query:

- **Inflection.** `smittan`: *smitta*, *smittan* relevant; the verb *smittar*, *smittas*, *smittades*, *smittats* and the participle *smittad(e)* → must_not; *smittkällan*, *smittskyddet*, *smittskyddsläkaren*, *smittämnen* compounds. `spolningen`: the verb *spola*, *spolar*, *spolade*, *spolas*, *spolat(s)* and *backspolas* → must_not. `duscharna`: the verb *duscha*, *duschade*, *duschat* → must_not; *duschmunstycken*, *duschfilter*, *duschvagn* compounds. `stämningen` (a lawsuit): the verb *stämma*, *stämmer*, *stämde*, *stämt* → must_not (an article on the suit that says only *har stämt hotellet* is must_not); *stämningsansökan* compound; *bestämma* and its forms neither. `ägarna`: *ägare*, *ägaren*, *ägarnas* relevant; the verb *äger* → must_not; *fastighetsägare*, *galleriaägaren*, *butiksägarna* compounds, *Fastighetsägareföreningen* (the word inside a longer name) don't care. `odlingarna`: the verb *odla*, *odlas*, *odlat* → must_not; *odlingsplattor*, *odlingsprov* compounds. `åtalet`: *åtal* relevant; the verb forms *åtalas*, *åtalad*, *åtalade* and *påtalade* (påtala, another lemma) → must_not. `inspektionen`: the verb *inspektera* and its forms → must_not; *inspektör* and its forms (the person, a derivation) → don't care; *inspektionsprotokoll*, *inspektionsrapport*, *inspektionsluckan* compounds. `anmälningarna`: *anmälan*, *anmälningar* relevant (the plural of *anmälan*); the verb *anmäla*, *anmäler*, *anmäls*, *anmält*, *polisanmäla*, *polisanmält* → must_not; *polisanmälan* compound.
- **Syncope.** `vattnet`: *vatten*, *vattnet* relevant; every compound (*varmvattnet*, *dricksvattnet*, *vattensystem* …) don't care; no lookalike. `åldrar`: *ålder*, *åldern*, *åldrarna* relevant; *äldre*, *äldsta* (gammal, another lemma) and *äldreboende(n/na)* → must_not; *80-årsåldern* compound. `systrar`: *syster*, *systrarna* relevant; *system*, *systemet* and every compound in *-system(et/en)* → must_not. `somrarna`: *sommar*, *sommaren*, *somrar*, *somrarna* relevant; the surname *Sommar* → must_not; *i somras* (the old adverbial form) → don't care. `hindren`: *hinder*, *hindret* relevant; the verb *hindra* → must_not. `filtren`: *filter*, *filtret* relevant; *filtar* (blankets) → must_not; *duschfilter*, *legionellafilter*, *sandfiltret* compounds.
- **Umlaut.** `böckerna`: *böcker*, *böckerna* relevant; *boka* and its forms (*bokade*, *bokat*, *bokningar*, *avbokas*, *avbokningar*) → must_not; *loggbok*, *loggböckerna* compounds; *syndabock* neither. `städer`: *stad*, *staden*, *stadens* relevant; *städa* and its forms and nouns (*städar*, *städat*, *städade*, *städare*, *städarna*, *städning*, *städpersonalen*) and *bostadsbolag(et)* (bostad) → must_not; *stadsdel(ar)* compounds; *Halmstad* don't care. `händerna`: *hand* in *tog hand om*, *höll min hand* relevant; *hände*, *händelse(n)* (hända), *handlat*, *handlingar*, *behandla(s)*, *förhandlar*, *förhandlingarna*, *huvudförhandlingen* and the company *Handelsfastigheter* (handel) → must_not; *handfat* compound, *handbollslagen* don't care. `männen`: *man* (the noun), *mannen*, *män* relevant; *människa* and its forms → must_not. `lägre`: *låg*, *låga*, *lägre* relevant; *lägga*, *lägger*, *nuläget* (läge) and *lägenheter* → must_not; *anläggningar*, *beläggning* neither. `yngre`: *unga*, *yngre*, *yngsta* relevant; *ungefär* → must_not; *tyngsta* neither.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *smittskyddsläkaren*, *distriktsläkaren*, *skyddsutrustning*, *skyddsombud*, *andningsskydd*, *arbetsskada*; -e- *skadestånd*, *skadeståndsmålet*; -u- *gatuplanet*; -o- *hälsoskydd*, *hälsoskyddsförvaltningen*; none *kyltorn(et/en)*, *överläkaren*, *Barnarpsgatan*, *Storgatan*, *miljöförvaltningen*, *smittskydd*, *legionellabakterien*, *vattenprov*, *provsvar*, *urinprov*, *kroppsskada*. A word inside a longer compound is don't care: *Folkhälsomyndigheten* for `hälsa`, *Arbetsmiljöverket*, *arbetsmiljöbrott*, *arbetsmiljöproblem* for `miljö`, *smittskyddsläkaren*, *hälsoskyddsnämnden* for `skydd`, *kyltornsbranschen* for `torn`, *arbetsskadeförsäkringen* for `skada`. `torn`: the surname *Törnqvist* → must_not (his article also has *kyltornen*, so it is relevant). `läkare`: *läkt* (läka) → must_not; *fläktar*, *släktingar* neither. `hälsa`: the verb *hälsade* → must_not. `gata`: *gåta* → must_not. `miljö`: *miljoner* → must_not; *familjer* neither. `skydd`: the verb *skydda* → must_not. `prov`: *pröva* → must_not; *provtagits* (the verb provta) don't care. `skada`: the adjective *skadlig* → must_not. `bakterie`: no lookalike.
- **Phrases**: forms must be adjacent and in order in one sentence; the words apart or reordered are must_not. `"vållande till annans död"`: every article with the four words has the phrase. `"stängda duschar"`: *stängda duschar* relevant; *Duscharna … förblir stängda* → must_not; the verb forms *stänger*, *stängs*, *stängt* and *avstängda* are not forms of *stängd*. `"kyltornen på taket"`: *kyltornen på taket* and *kyltorn på taket* relevant; *kyltornen på Munksjögallerians tak*, *torrkylare på taket* with *kyltornen* elsewhere → must_not. `"höga halter"`: forms of *hög* include *högre*; *halterna … var höga* and *Halten … hundra gånger högre* → must_not; *låga halter* is neither. `"varmt vatten"`: *varmt vatten* relevant; *vattnet … varmt*, *den varmaste julidagen* or *varma dagarna* with *vatten* elsewhere → must_not; *varmvatten* is not the phrase. `"Jönköpings tingsrätt"`: *tingsrätten i Jönköping* and *Tingsrätten … ligger i Jönköping* → must_not. `"Arbetsmiljöverkets inspektörer"`: *inspektör vid Arbetsmiljöverket*, *inspektören* with *Arbetsmiljöverket* elsewhere → must_not. `"hotellets gäster"`: *gäster som bodde på Hotell Vättersol*, *hotellet … gästerna* → must_not; *hotellgäster* alone is a compound → don't care.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*legionellautbrottet* for `legionella`) is don't care. NOT – an article with the excluded term is must_not (*Arbetsmiljöverkets* excludes for `åklagaren -Arbetsmiljöverket`, *kyltornen* for `hotellet -kyltornen`); with the positive term only in a compound (*kammaråklagare*, *hotellgäster*) don't care. OR – `Ryhov OR Höglandssjukhuset`, `Vätterhem OR bostadsbolaget`: only the names and *bostadsbolag(et)*. `skolor äldreboenden`: forms of *skola* and *äldreboende*; *Ljungarumsskolan*, *skolchefen* are compounds.
- **Filters**: `källa:` matches one word of the outlet's name (*Vätterbladet*, *Fyren*, *Signal*, *Facklan*, *Fastighetsfokus*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. `typ:opinion ägarna`: *äger* alone → must_not; *fastighetsägare* alone → don't care.
- **Traps.** `dom` (a verdict): *dom*, *domen* relevant; *sjukdom*, *sjukdomen*, *sjukdomar*, *lungsjukdomar*, *barndomshemmet* (the suffix -dom), *döms*, *dömer*, *dömas* (döma), *bedömt*, *riskbedömning(ar)* → must_not; *domstol(en)*, *legionelladomen* compounds. `tak`: *tak*, *taket* relevant; *takten*, *kontakta(t)*, *enstaka* → must_not. `rör` (a pipe): *rör*, *rören* relevant; *rört* (*var de har rört sig*), *berör*, *berörda* → must_not. `ånga`: *ångan* relevant; *många*, *rekordmånga* → must_not; *ångbastu* compound; *gånger*, *rättegången*, *avgången* neither. `liv`: *liv*, *livet* relevant (*rädda liv*, *människors liv*, *mitt liv*); the first name *Liv* (Liv Sandberg) → must_not; *blivit* neither. `bot` (a fine): *boten* relevant; *botten* and *bott* (bo) → must_not; *företagsbot(en)* compounds. `kran` (a tap): *kran*, *kranen* relevant; *kransar* (wreaths at the funeral and the memorial) → must_not; *kranvattnet*, *mobilkran* compounds. `kalk`: *kalk*, *kalken* relevant; *kalkyl* → must_not. `lock` (a lid): *lock*, *locket* relevant; *klockan* and the verb *locka* → must_not. `hall`: *hall* (a sports hall), *hallen* (the hotel lobby) relevant; *håll*, *hålla*, *håller*, *hållit*, *behålla*, *förhållanden*, *underhåll(et)* (diacritic lookalikes) and the surnames *Hallberg*, *Hallin* → must_not; *idrottshallar*, *simhallen* compounds. `spa`: *spa* relevant; *Spanien*, *spara*, *sparar*, *sparat*, *besparingar*, *besparingen* → must_not; *spaavdelningen* compound. `strand`: *stranden* relevant; the surname *Strand* (Ingrid Strand) and *strandade* (talks that failed) → must_not; *Vätterstranden*, *strandkanten* compounds. `sand`: *sand* relevant; the surname *Sandberg* and the first name *Sandra* → must_not; *sandfiltret* compound.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    fire_build.build("legionella", "q", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
