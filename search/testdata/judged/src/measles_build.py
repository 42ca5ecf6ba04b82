#!/usr/bin/env python3
"""Builds corpus_measles.json and corpus_measles.md from measles_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 measles_build.py [-v]
"""

import fire_build
from measles_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "utbrott": dict(
        probe=r"utbr",
        rel=S("utbrott utbrottet"),
        comp=S("mässlingsutbrottet"),
        no=S("utbredd"),
    ),
    "smitta": dict(
        probe=r"smitt",
        rel=S("smitta smittan"),
        comp=S("mässlingssmitta smittskydd smittskyddet smittskyddslagen smittskyddsläkare smittskyddsläkaren "
               "smittskyddsläkarens smittskyddssjuksköterskan smittspridning smittspårarna smittspårning smittspårningen"),
        no=S("smittad smittade smittades smittar smittsam smittsamma"),
    ),
    "vaccination": dict(
        probe=r"vaccinat|vaccine",
        rel=S("vaccination vaccinationen vaccinationer vaccinationerna"),
        comp=S("vaccinationsbuss vaccinationsbussarna vaccinationsbussen vaccinationscenter vaccinationsdagar "
               "vaccinationsdagarna vaccinationsinsatser vaccinationsinsatserna vaccinationsintyg vaccinationskampanjerna "
               "vaccinationskort vaccinationsregistret vaccinationsstatus vaccinationstvång vaccinationstäckning "
               "vaccinationstäckningen"),
        dc=S("barnvaccinationsprogrammet tvångsvaccinering"),
        no=S("vaccinera vaccinerad vaccinerade vaccinerades vaccinerar vaccineras vaccinerat vaccinerats ovaccinerade "
             "nyvaccinerade vaccinet vaccinen"),
    ),
    "avstängning": dict(
        probe=r"avstäng",
        rel=S("avstängning avstängningen avstängningar avstängningarna"),
        no=S("avstängda"),
    ),
    "förskola": dict(
        probe=r"förskol",
        rel=S("förskola förskolan förskolor förskolorna"),
        comp=S("förskolebarn förskolechefen förskolechefer"),
    ),
    "spädbarn": dict(probe=r"spädbarn", rel=S("spädbarn spädbarnet")),
    "tvång": dict(
        probe=r"tvång|tving|tvung",
        rel=S("tvång tvånget"),
        comp=S("tvångsvaccinering vaccinationstvång"),
        no=S("tvingande tvingar tvingas"),
    ),
    "täckning": dict(
        probe=r"täck",
        rel=S("täckning täckningen"),
        comp=S("vaccinationstäckning vaccinationstäckningen"),
        no=S("upptäcks upptäckte upptäcktes upptäckts"),
    ),
    "smittspårning": dict(
        probe=r"smittspår",
        rel=S("smittspårning smittspårningen"),
        dc=S("smittspårarna"),
    ),
    # --- syncope ---
    "feber": dict(probe=r"feb", rel=S("feber febern"), no=S("februari")),
    "vuxen": dict(probe=r"vux", rel=S("vuxen vuxna vuxnas"), no=S("vuxit")),
    "partikel": dict(probe=r"parti", rel=S("partikel partiklar partiklarna"), no=S("partier")),
    "center": dict(
        probe=r"cent",
        rel=S("center centret"),
        comp=S("vaccinationscenter"),
        no=S("centrum central centralasien procent docent vårdcentral vårdcentralen vårdcentraler vårdcentralerna "
             "barnavårdscentralen barnavårdscentraler"),
    ),
    "förälder": dict(
        probe=r"föräld",
        rel=S("förälder föräldern förälderns föräldrar föräldrarna föräldrarnas"),
        comp=S("föräldrapenning"),
    ),
    "ålder": dict(
        probe=r"[åä]ld",
        rel=S("ålder åldrar åldrarna"),
        no=S("äldre förälder föräldern förälderns föräldrapenning föräldrar föräldrarna föräldrarnas"),
        nei=S("såldes"),
    ),
    # --- umlaut ---
    "son": dict(probe=r"^s[oö]n", rel=S("son söner sönerna"), no=S("söndagens söndagskvällen")),
    "dotter": dict(probe=r"dott|dött", rel=S("dotter dottern dotters döttrar döttrarna")),
    "tand": dict(
        probe=r"t[aä]n[dt]",
        rel=S("tand tänderna"),
        comp=S("tandläkare tandläkaren tandvården"),
        no=S("tände"),
        nei=S("frestande fullständigt omständigheterna väntande"),
    ),
    "bok": dict(
        probe=r"bok|böck",
        rel=S("bok böcker böckerna"),
        comp=S("barnböcker bokhylla läroboken läroböckerna"),
        no=S("bokar bokat bokats tidsbokning"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden städer städerna"),
        comp=S("stadsdelar stadsdelarna stadsdelsdirektören stadsdelsförvaltningen stadsdelsområdet"),
        no=S("bostadsområde bostadsområden högstadieskola städas städning städningen"),
        nei=S("hostade vistades"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand handen händerna"),
        dc=S("dörrhandtag"),
        no=S("handlar handlat handlingskraftigt hända hände"),
        nei=S("behandlas behandling behandlingen cellgiftsbehandling"),
    ),
    # --- compounds ---
    "mässling": dict(
        probe=r"mäss",
        rel=S("mässling mässlingen"),
        comp=S("mässlingsfall mässlingsfallet mässlingssmitta mässlingsutbrottet mässlingsvirus mässlingsviruset"),
        no=S("mässa"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor"),
        comp=S("förskola förskolan förskolebarn förskolechefen förskolechefer förskolor förskolorna gottsundaskola "
               "gottsundaskolan grundskola högstadieskola råbyskolan skolbarn skoldagens skolsköterska skolsköterskan "
               "skolsköterskor skolsköterskorna skolverket"),
        dc=S("försvarshögskolan"),
    ),
    "smittskydd": dict(
        probe=r"smittskydd",
        rel=S("smittskydd smittskyddet"),
        comp=S("smittskyddslagen smittskyddsläkare smittskyddsläkaren smittskyddsläkarens smittskyddssjuksköterskan"),
    ),
    "läkare": dict(
        probe=r"läk",
        rel=S("läkare läkaren läkarna"),
        comp=S("barnläkare distriktsläkare läkarförbundet läkarförening smittskyddsläkare smittskyddsläkaren "
               "smittskyddsläkarens tandläkare tandläkaren överläkaren"),
        dc=S("barnläkarföreningen"),
        no=S("läka läkemedelsverket"),
        nei=S("släkten släktingar släktingarna"),
    ),
    "intensivvård": dict(
        probe=r"intensiv",
        rel=S("intensivvård intensivvården"),
        comp=S("barnintensivvården intensivvårdsavdelningen"),
        no=S("intensiv intensivt"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tåget"),
        comp=S("morgontåg mälartåg regionaltåget tågresa"),
        no=S("tag tagit avtagit dörrhandtag"),
        nei=S("akutmottagning akutmottagningar mottagning mottagningar mottagningarna mottagningen mottagningens "
              "ungdomsmottagningen"),
    ),
    "barn": dict(
        probe=r"barn",
        rel=S("barn barnen barnens barnet barnets barns"),
        comp=S("barnavårdscentralen barnavårdscentraler barnböcker barnfamiljer barnintensivvården barnkliniker "
               "barnkyrkogårdarna barnläkare barnläkarföreningen barnsjukdomar barnsjukhus barnsköterska "
               "barnvaccinationsprogrammet förskolebarn skolbarn spädbarn spädbarnet"),
        dc=S("barnmorskan barnmorskor"),
    ),
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussar bussarna bussen"),
        comp=S("vaccinationsbuss vaccinationsbussarna vaccinationsbussen"),
    ),
    # --- traps ---
    "hosta": dict(probe=r"host", rel=S("hosta"), comp=S("kikhosta"), no=S("hostade hostar")),
    "spruta": dict(probe=r"sprut", rel=S("spruta sprutan sprutor sprutorna"), no=S("sprutade")),
    "stick": dict(probe=r"stick", rel=S("sticket"), no=S("stickade stickat sticker")),
    "vägran": dict(
        probe=r"v[äå]g",
        rel=S("vägran"),
        comp=S("vaccinvägran"),
        no=S("vägrar väg vägen våg vågar"),
    ),
    "tro": dict(
        probe=r"^tro|tro$|tron$|förtro",
        rel=S("tro tron"),
        comp=S("misstron trossamfunden"),
        dc=S("förtroende förtroendet"),
        no=S("misstro trodde troligen tror trots"),
    ),
    "arm": dict(probe=r"arm", rel=S("armen"), no=S("larm varma"), nei=S("farmor farmors")),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden"),
        comp=S("inkubationstid inkubationstiden kvällstid övertid tidsbegränsad tidsbokning"),
        dc=S("fritidshemmet"),
        no=S("alltid samtidigt tidigt tidning"),
    ),
    "skepsis": dict(
        probe=r"skep",
        rel=S("skepsisen"),
        dc=S("skeptiker vaccinskeptiker"),
        no=S("skeptisk"),
    ),
    "isolering": dict(probe=r"isoler", rel=S("isolering"), comp=S("isoleringsrum"), no=S("isolerade isolerat")),
    "intyg": dict(probe=r"intyg", rel=S("intyg intygen"), comp=S("vaccinationsintyg"), no=S("intygade intygar")),
    "kopp": dict(probe=r"kopp", rel=S("kopp koppen"), no=S("kopplat koppling vattkoppor")),
    "bord": dict(probe=r"bord", rel=S("bordet"), no=S("borde ombord")),
    "termin": dict(
        probe=r"termin",
        rel=S("termin terminen"),
        comp=S("höstterminen vårterminen"),
        no=S("terminal terminalen"),
    ),
    # --- words of phrases, booleans and filters ---
    "bekräfta": dict(probe=r"bekräft", rel=S("bekräftade bekräftades bekräftar bekräftat bekräftats")),
    "fall": dict(
        probe=r"fall|föll",
        rel=S("fall fallen fallet"),
        comp=S("mässlingsfall mässlingsfallet"),
        dc=S("produktionsbortfall"),
        no=S("fallit"),
    ),
    "låg": dict(probe=r"^låg|^lägr|^lägst", rel=S("låg lågt lägre lägst")),
    "vaccinationstäckning": dict(probe=r"vaccinationstäck", rel=S("vaccinationstäckning vaccinationstäckningen")),
    "ovaccinerad": dict(probe=r"ovaccin", rel=S("ovaccinerade")),
    "obligatorisk": dict(probe=r"obligator", rel=S("obligatorisk obligatoriska")),
    "region": dict(
        probe=r"region",
        rel=S("region regionen regionens regionerna"),
        comp=S("regionråd regionstyrelsen"),
        no=S("regionaltåget"),
    ),
    "uppsala": dict(probe=r"uppsal", rel=S("uppsala uppsalas")),
    "två": dict(probe=r"^två$", rel=S("två")),
    "dos": dict(probe=r"^dos", rel=S("dos dosen doser doserna")),
    "exponera": dict(probe=r"exponer", rel=S("exponerade exponeras exponerats"), no=S("exponering")),
    "resenär": dict(probe=r"resenär", rel=S("resenär resenärer resenärerna")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "västerås": dict(probe=r"västerås", rel=S("västerås")),
    "rinkeby": dict(probe=r"rinkeby", rel=S("rinkeby")),
    "tensta": dict(probe=r"tensta", rel=S("tensta")),
    "järva": dict(probe=r"järva", rel=S("järva"), dc=S("järvakuriren")),
    "smittskyddsläkare": dict(probe=r"smittskyddsläk", rel=S("smittskyddsläkare smittskyddsläkaren smittskyddsläkarens")),
    "arlanda": dict(probe=r"arlanda", rel=S("arlanda")),
    "desinformation": dict(probe=r"desinform", rel=S("desinformation")),
    "konspirationsteori": dict(probe=r"konspiration", rel=S("konspirationsteorier")),
    "folkhälsomyndigheten": dict(probe=r"folkhälsomynd", rel=S("folkhälsomyndigheten folkhälsomyndighetens")),
    "skolverket": dict(probe=r"skolverk", rel=S("skolverket")),
    "pressmeddelande": dict(probe=r"pressmedd", rel=S("pressmeddelande")),
}
QUERIES = [
    ("utbrottet", "inflection", False, ("term", "utbrott")),
    ("smittan", "inflection", False, ("term", "smitta")),
    ("vaccinationer", "inflection", False, ("term", "vaccination")),
    ("avstängningen", "inflection", False, ("term", "avstängning")),
    ("förskolor", "inflection", False, ("term", "förskola")),
    ("spädbarnet", "inflection", False, ("term", "spädbarn")),
    ("tvånget", "inflection", False, ("term", "tvång")),
    ("täckningen", "inflection", False, ("term", "täckning")),
    ("smittspårningen", "inflection", False, ("term", "smittspårning")),
    ("febern", "syncope", False, ("term", "feber")),
    ("vuxna", "syncope", False, ("term", "vuxen")),
    ("partiklar", "syncope", False, ("term", "partikel")),
    ("centret", "syncope", False, ("term", "center")),
    ("föräldrarna", "syncope", False, ("term", "förälder")),
    ("åldrar", "syncope", False, ("term", "ålder")),
    ("sönerna", "umlaut", False, ("term", "son")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("tänderna", "umlaut", False, ("term", "tand")),
    ("böckerna", "umlaut", False, ("term", "bok")),
    ("staden", "umlaut", False, ("term", "stad")),
    ("handen", "umlaut", False, ("term", "hand")),
    ("mässling", "compound", True, ("term", "mässling")),
    ("skolan", "compound", True, ("term", "skola")),
    ("smittskydd", "compound", True, ("term", "smittskydd")),
    ("läkaren", "compound", True, ("term", "läkare")),
    ("intensivvård", "compound", True, ("term", "intensivvård")),
    ("tåget", "compound", True, ("term", "tåg")),
    ("barnen", "compound", True, ("term", "barn")),
    ("vaccination", "compound", True, ("term", "vaccination")),
    ("bussen", "compound", True, ("term", "buss")),
    ('"bekräftade fall"', "phrase", False, ("phrase", ["bekräfta", "fall"])),
    ('"låg vaccinationstäckning"', "phrase", False, ("phrase", ["låg", "vaccinationstäckning"])),
    ('"ovaccinerade barn"', "phrase", False, ("phrase", ["ovaccinerad", "barn"])),
    ('"obligatorisk vaccination"', "phrase", False, ("phrase", ["obligatorisk", "vaccination"])),
    ('"Region Uppsala"', "phrase", False, ("phrase", ["region", "uppsala"])),
    ('"två doser"', "phrase", False, ("phrase", ["två", "dos"])),
    ('"exponerade resenärer"', "phrase", False, ("phrase", ["exponera", "resenär"])),
    ('"mässling i Västerås"', "phrase", False, ("phrase", ["mässling", "i", "västerås"])),
    ("Rinkeby Tensta", "boolean", False, ("and", ["rinkeby", "tensta"])),
    ("Uppsala OR Västerås", "boolean", False, ("or", ["uppsala", "västerås"])),
    ("mässling -Järva", "boolean", False, ("not", "mässling", "järva")),
    ("smittskyddsläkaren Arlanda", "boolean", False, ("and", ["smittskyddsläkare", "arlanda"])),
    ("desinformation OR konspirationsteorier", "boolean", False, ("or", ["desinformation", "konspirationsteori"])),
    ("Folkhälsomyndigheten Skolverket", "boolean", False, ("and", ["folkhälsomyndigheten", "skolverket"])),
    ("avstängning -förskola", "boolean", False, ("not", "avstängning", "förskola")),
    ("källa:Järvakuriren mässling", "filter", False, ("filter", "Järvakuriren", "mässling")),
    ("källa:Fyris smittspårning", "filter", False, ("filter", "Fyris", "smittspårning")),
    ("källa:Budkavlen pressmeddelande", "filter", False, ("filter", "Budkavlen", "pressmeddelande")),
    ("källa:Meridian vaccinationstäckning", "filter", False, ("filter", "Meridian", "vaccinationstäckning")),
    ("källa:Vårdvärlden intensivvård", "filter", False, ("filter", "Vårdvärlden", "intensivvård")),
    ("källa:Mälarbladet förskola", "filter", False, ("filter", "Mälarbladet", "förskola")),
    ("typ:opinion tvång", "filter", False, ("filter", "opinion", "tvång")),
    ("hosta", "trap", False, ("term", "hosta")),
    ("spruta", "trap", False, ("term", "spruta")),
    ("stick", "trap", False, ("term", "stick")),
    ("vägran", "trap", False, ("term", "vägran")),
    ("tro", "trap", False, ("term", "tro")),
    ("arm", "trap", False, ("term", "arm")),
    ("tid", "trap", False, ("term", "tid")),
    ("skepsis", "trap", False, ("term", "skepsis")),
    ("isolering", "trap", False, ("term", "isolering")),
    ("intyg", "trap", False, ("term", "intyg")),
    ("kopp", "trap", False, ("term", "kopp")),
    ("bord", "trap", False, ("term", "bord")),
    ("termin", "trap", False, ("term", "termin")),
]
HEADER = """# corpus_measles.json – judging notes

Invented crisis: a measles outbreak (mässling) in Mälardalen from February to June 2027. A three-year-old in Rinkeby comes home infected via Arlanda terminal 5 on 1 February, goes to a preschool (förskolan Kastanjen) before falling ill, and the case is confirmed on 8 February; Smittskydd Stockholm traces the 212 passengers of the flight. The virus spreads among unvaccinated children in Rinkeby, Tensta, Hjulsta, Husby and Kista (Järva, stadsdelsområdet Rinkeby-Kista); a five-month-old infant from Tensta lies in a respirator at the paediatric intensive care unit of Astrid Lindgrens barnsjukhus in Solna and comes home in May. A family from Tensta takes the regional train to relatives in Gottsunda, Uppsala, and a passenger on a Mälartåg morning train brings the virus to Bäckby in Västerås, so schools and preschools in Gottsunda, Valsätra, Bäckby and Råby get cases; the regions' communicable-disease physicians (smittskyddsläkare) exclude unvaccinated children who were exposed for 21 days. Mobile vaccination buses, drop-in clinics and a vaccination centre in Kista, imams, parents' groups and school nurses raise the MMR coverage (MPR-vaccin); disinformation spreads in chat groups and from foreign accounts, a bookshop sells anti-vaccine books, a network sells false vaccination certificates; the Liberals demand compulsory vaccination for preschool children and the government says no. Uppsala län declares the outbreak over on 2 June, Västmanland on 16 June and Stockholm on 21 June (42 days, two incubation periods, without a new case); 59 cases in all. Places and public bodies are real (Rinkeby, Tensta, Hjulsta, Husby, Kista, Akalla, Solna, Gottsunda, Valsätra, Sävja, Bäckby, Råby, Västerås, Uppsala, Arlanda; Folkhälsomyndigheten, Skolverket, Läkemedelsverket, Region Stockholm and Smittskydd Stockholm, Region Uppsala, Region Västmanland, Astrid Lindgrens barnsjukhus, Akademiska sjukhuset, Västerås sjukhus, Karolinska institutet, Försvarshögskolan, Myndigheten för psykologiskt försvar, Swedavia, SJ, Mälartåg, Läkarförbundet, Vårdförbundet; the events are invented); the preschool, the schools' staff, every person and all six outlets are invented: Järvakuriren (local daily, Järva), Mälarbladet (local daily, Västerås and Uppsala), Radio Fyris (local radio, Uppsala and Västmanland, with quotes), Nyhetsbyrån Budkavlen (wire service, also carrying press releases), Dagstidningen Meridian (national daily) and Vårdvärlden (trade paper for health care staff). 110 articles (94 news, 16 opinion: leaders, columns, debate articles, readers' letters from parents), published 3 December 2026 to 5 July 2027, +01:00 until 28 March 2027 and +02:00 after. The ids a001–a110 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (and, to be safe, the noun *man*, *män*, *mannen* too), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb infinitive *smitta* (every *smitta* is the noun; the verb appears only as *smittar*, *smittade*, *smittades*, *smittad*), the verb infinitive and imperative *hosta* (every *hosta* is the noun; the verb only as *hostar*, *hostade*), the verb infinitive *spruta* (every *spruta* is the noun; the verb only as *sprutade*), the imperative *stick* (only *sticket*, the noun, and the verb forms *sticker*, *stickade*, *stickat*), the verb infinitive and imperative *tro* (every *tro* and *tron* is the noun, belief; *tron* as a throne is absent; the verb only as *tror*, *trodde*), the adjective *arm* (poor; every *armen* is the noun), the past tense *låg* of *ligga* (every *låg* is the adjective low), the verb *tänder* (tända; only *tände* is in the texts), the imperative *fall* and the participle *fallen* (every *fall*, *fallet*, *fallen* is the noun, a case), *koppar* (copper or cups; absent), and *kista* meaning a coffin (every *Kista* is the district). *Järvakuriren* occurs in the texts as the outlet's name; for `Järva` it is a compound of the place (don't care).

How the lists were made: src/measles_articles.py holds the texts and src/measles_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: tåg/tag, våg/väg, stad/städa, tand/tända, son/sön, ålder/äldre/föräldrar) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *cent*, *arm*, *tid*, *bord*, *kopp*, *stick* and *st[aä]d* are unanchored, so they also list *procent*, *docent*, *vårdcentralen*, *larm*, *varma*, *farmor*, *alltid*, *samtidigt*, *ombord*, *borde*, *vattkoppor*, *koppling*, *bostadsområde*, *högstadieskola*, *hostade* and *vistades*; *tro* is probed at the start and end of words and in *förtro-* (inside words *-tro-* is unrelated: *kontroll*), *son* only from the start of the word (inside words *-son* is unrelated: *person*, *Gustafsson*, *Mattsson*), *låg* as *låg-*, *lägr-*, *lägst-*. Tokens are runs of letters, so *MPR-vaccin*, *Rinkeby-Kista*, *drop-in-mottagningarna* and *1177.se* are split. `python3 measles_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *mässlingsutbrottet*, *mässlingsfall*, *smittskyddsläkaren*, *vaccinationsbussen*, *vaccinationstäckningen*, *intensivvårdsavdelningen*, *stadsdelarna*, *tidsbokning*; -e- *förskolebarn*, *förskolechefen*; -a- *föräldrapenning*, *barnavårdscentralen*; dropped -a *skolsköterskan*, *skolbarn*, *skoldagens*, *smittspårning*; none *barnintensivvården*, *spädbarn*, *tandläkaren*, *överläkaren*, *regionaltåget*, *morgontåg*, *tågresa*, *grundskola*, *Råbyskolan*, *Gottsundaskolan*, *inkubationstiden*, *övertid*, *kikhosta*, *vaccinvägran*, *misstron*, *höstterminen*. The brand *Mälartåg* is a compound of *tåg* (a train company, its trains). *Skolverket* is a compound of *skola* (relevant with compounds:true), *Försvarshögskolan* (a university, *skola* inside *högskola* inside a name) is don't care. A word inside a longer compound is don't care: *barnvaccinationsprogrammet* for `vaccination`, *barnläkarföreningen* for `läkare`, *fritidshemmet* for `tid`, *dörrhandtag* for `hand`, *produktionsbortfall* for `fall`. *barnmorskan*, *barnmorskor* (a midwife; a word that begins with *barn* but is not about children) → don't care for `barnen`.
- **utbrottet**: *utbredd* (widespread) → must_not. **smittan**: the verb forms *smittar*, *smittade*, *smittades*, *smittad* and the adjective *smittsam*, *smittsamma* → must_not; *mässlingssmitta*, *smittskydd*, *smittspridning*, *smittspårning* are compounds. **vaccinationer**: the verb *vaccinera* with *vaccinerad(e)*, *vaccineras*, *vaccinerats*, *ovaccinerade*, *nyvaccinerade*, and the noun *vaccin* (*vaccinet*, *vaccinen*: the vaccine, not the vaccination) → must_not; *tvångsvaccinering* (a synonym made from the verb) → don't care. **avstängningen**: the participle *avstängda* → must_not. **tvånget**: *tvingar*, *tvingas*, *tvingande* (tvinga) → must_not; *vaccinationstvång*, *tvångsvaccinering* compounds. **täckningen**: *upptäcks*, *upptäckte*, *upptäcktes*, *upptäckts* (upptäcka, which holds *täck*) → must_not. **smittspårningen**: *smittspårarna* (agent noun) → don't care.
- **febern**: *februari* → must_not (the month, in very many articles). **vuxna**: *vuxit* (supine of växa) → must_not. **partiklar**: *partier* (political parties) → must_not. **centret**: *centrum* (Rinkeby centrum), *central* (Stockholms central), *Centralasien*, *vårdcentral(en)*, *barnavårdscentralen*, *procent*, *docent* → must_not; *center*, *centret* relevant, *vaccinationscenter* compound. **åldrar**: *äldre* (comparative of gammal) and every form of *förälder* (*föräldrar* holds *äldrar*, a diacritic lookalike of *åldrar*) → must_not; *sex månaders ålder* relevant. **föräldrarna**: *föräldrapenning* compound.
- **sönerna**: *söndagens*, *söndagskvällen* → must_not. **tänderna**: *tände* (tända) → must_not; *tand*, *tänderna* relevant; *tandläkare*, *tandvården* compounds. **böckerna**: *bokar*, *bokat*, *bokats* (boka) and *tidsbokning* → must_not; *bokhylla*, *barnböcker*, *läroboken*, *läroböckerna* compounds. **staden**: *städas*, *städning*, *städningen* (städa), *bostadsområde(n)* and *högstadieskola* (*stadie*, a stage) → must_not; *Västerås stad* and *staden* (the municipality) relevant; *stadsdel-* words compounds. **handen**: *handlar*, *handlat*, *handlingskraftigt*, *hände*, *hända* → must_not; *tog hand om* and *tvätta händerna* relevant; *behandling* (word-internal) neither.
- **mässling** (compound): *mässa* (a church service) → must_not. **läkaren**: *läka* and *Läkemedelsverket* → must_not; *släkten*, *släktingar* neither. **intensivvård**: the adjective *intensiv*, *intensivt* → must_not. **tåget**: *tag* (*få tag på*), *tagit*, *avtagit* and *dörrhandtag* → must_not; *mottagning* words (word-internal) neither.
- **hosta** (trap): the verb *hostar*, *hostade* → must_not; *kikhosta* (whooping cough) compound. **spruta**: *sprutade* (sprayed disinfectant) → must_not. **stick**: *sticker* (*sticker ut*, *då sticker föräldern*), *stickade*, *stickat* (knitted) → must_not; *sticket* (the jab) relevant. **vägran**: *vägrar* (the verb), *väg*, *vägen* (*på väg att avta*, *visar vägen*) and *våg*, *vågar* → must_not. **tro**: *tror*, *trodde*, *troligen*, *trots* and the verb *misstro* (*lärt mig att misstro*) → must_not; the noun *misstron* and *trossamfunden* compounds; *förtroende(t)* (made from the verb, about trust) → don't care. **arm**: *larm* (*slagit larm*) and *varma* (*gått varma*) → must_not; *farmor*, *farmors* neither. **tid**: *tidigt*, *samtidigt*, *alltid* and *tidning* → must_not; *en tid* (an appointment) and *ta sig tid* are the noun; *inkubationstid(en)*, *kvällstid*, *övertid*, *tidsbokning*, *tidsbegränsad* compounds. **skepsis**: *skepsisen* relevant; *skeptiker*, *vaccinskeptiker* (agent nouns) → don't care; *skeptisk* (adjective) → must_not. **isolering**: *isolerade*, *isolerat* → must_not; *isoleringsrum* compound. **intyg**: *intygar*, *intygade* → must_not; *vaccinationsintyg* compound. **kopp**: *vattkoppor* (chickenpox, a compound of *koppa* that only looks like *kopp*), *koppling*, *kopplat* → must_not. **bord**: *borde* and *ombord* → must_not. **termin**: *terminal* and *terminalen* (Arlanda) → must_not; *vårterminen*, *höstterminen* compounds.
- **Phrases**: forms must be adjacent and in order in one sentence. *bekräftade fall*, *Bekräftat fall* and the title *bekräftar fall av mässling* relevant (every form of the verb counts, as *drabbar* for "drabbade skogsägare"); *två fall bekräftats*, *Det senaste fallet bekräftades* (reversed or apart) → must_not. *låg vaccinationstäckning* relevant; *Vaccinationstäckningen* in an article where *lågt* stands elsewhere → must_not (forms of *låg* are *låg*, *lågt*, *lägre*, *lägst*). *ovaccinerade barn* relevant; *barn som både är ovaccinerade* and *ovaccinerade elever* with *barn* elsewhere → must_not. *obligatoriska vaccinationer* relevant. *Region Uppsala* and *Region Uppsalas* relevant; *regionen* and *Uppsala* apart → must_not. *två doser* relevant, *båda doserna* is not the phrase. *exponerade resenärer* relevant; *Resenärer som kan ha exponerats* (reversed) → must_not; forms of *exponera* are the verb's (*exponeras*, *exponerats*), and the noun *exponering* is not one of them. *mässling i Västerås* relevant; an article with *mässling* or *mässlingen* and *Västerås* apart → must_not; with *mässling* only inside a compound (*mässlingsutbrottet*) → don't care.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; with it only inside a compound (*Järvakuriren*, *förskolebarn*, *förskolechefen*) don't care. OR – a term only inside a compound → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Järvakuriren*, *Fyris*, *Budkavlen*, *Meridian*, *Vårdvärlden*, *Mälarbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. Press releases are carried by Budkavlen with the word *Pressmeddelande* in the title; another outlet quoting *ett pressmeddelande* is must_not for `källa:Budkavlen pressmeddelande`.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("measles", "a", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
