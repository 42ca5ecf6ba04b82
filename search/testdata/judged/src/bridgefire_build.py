#!/usr/bin/env python3
"""Builds corpus_bridgefire.json and corpus_bridgefire.md from bridgefire_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 bridgefire_build.py [-v]
"""

import fire_build
from bridgefire_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "strömavbrott": dict(
        probe=r"avbrott",
        rel=S("strömavbrott strömavbrottet"),
        dc=S("avbrott avbrottet avbrottsersättning avbrottsersättningen"),
    ),
    "sabotage": dict(
        probe=r"sabot",
        rel=S("sabotage sabotagen sabotaget"),
        comp=S("sabotagehotet sabotageutredningen"),
        no=S("saboterade sabotör sabotören"),
    ),
    "kyla": dict(
        probe=r"kyl",
        rel=S("kyla kylan"),
        dc=S("kyl kylskåp kylskåpet"),
        no=S("kylarna kylde kylig kylts nedkyld"),
        nei=S("oskyldig skylla skyltar skyltfönster"),
    ),
    "misstanke": dict(
        probe=r"misst[aä]n",
        rel=S("misstanke misstanken misstankar misstankarna"),
        no=S("misstänker misstänks misstänkt misstänkta"),
    ),
    "kund": dict(
        probe=r"kund|kunn",
        rel=S("kunder kunderna"),
        comp=S("elkunder elkunderna fjärrvärmekunder fjärrvärmekunderna kundchef kundtjänst"),
        no=S("kunde kunna kunnat"),
    ),
    "generator": dict(
        probe=r"generat",
        rel=S("generator generatorer generatorerna"),
        comp=S("dieselgeneratorer"),
        no=S("generation generationer"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningarna"),
        comp=S("sabotageutredningen"),
        no=S("utredare utredaren utreder utreds"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolor skolorna"),
        comp=S("förskolor grundskolor gymnasieskolorna katedralskolan luthagsskolan fålhagsskolan försvarshögskolan "
               "skoldagar skolklasser skollunch skolmaten"),
    ),
    "leverans": dict(
        probe=r"leverans|leverer",
        rel=S("leveranser leveranserna"),
        comp=S("leveranssäkerhet"),
        no=S("leverera levererades levererar"),
    ),
    # --- syncope ---
    "kabel": dict(
        probe=r"kab[el]|kabl",
        rel=S("kabel kablar kablarna"),
        comp=S("elkablar elkablarna fiberkablar fiberkablarna högspänningskablar högspänningskablarna kabelbrand "
               "kabelbränder kabelstegar kabeltunnel kabeltunneln kabeltunnlar kabeltunnlarna kilovoltskablar "
               "signalkablar undervattenskablar"),
        no=S("kablades"),
    ),
    "tunnel": dict(
        probe=r"tunn",
        rel=S("tunnel tunneln tunnelns tunnlar tunnlarna"),
        comp=S("kabeltunnel kabeltunneln kabeltunnlar kabeltunnlarna"),
        no=S("tunna"),
    ),
    "vinter": dict(
        probe=r"vint[e]?r",
        rel=S("vinter vintern vinterns vintrarna"),
        comp=S("vinterdäck"),
    ),
    "nyckel": dict(probe=r"nyck", rel=S("nyckel nycklar nycklarna")),
    "nummer": dict(
        probe=r"num",
        rel=S("nummer numret"),
        comp=S("telefonnummer"),
        no=S("numera"),
    ),
    "teater": dict(
        probe=r"teat",
        rel=S("teater teatern teatrar teatrarna"),
        comp=S("reginateatern stadsteater stadsteatern stadsteaterns"),
        no=S("teatralisk teatraliskt"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natt natten nätter"),
        comp=S("midnatt nattetid"),
        no=S("elnät elnätet elnätets fjärrvärmenät fjärrvärmenätet kraftnät kraftnäts mobilnät mobilnäten mobilnätet "
             "nät nätavgiften nätbolag nätbolagen nätet nätstationer nättariffen nätägaren telenät"),
        nei=S("knät"),
    ),
    "stad": dict(
        probe=r"stad|städ|stät|^stan$",
        rel=S("stad staden stadens stan städer städerna"),
        comp=S("innerstad innerstaden stadsbiblioteket stadsdel stadsdelar stadsdelarna stadsdelen stadsdelens "
               "stadshuset stadskärnan stadsteater stadsteatern stadsteaterns"),
        no=S("bostadsbolaget bostäder städade"),
        nei=S("lagstadgade röstades"),
    ),
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder"),
        comp=S("brandceller branddörrar brandförsvar brandförsvarets brandingenjören brandinspektören brandskadade "
               "brandskydd brandskyddande brandskyddet brandsläckare brandstationen brandvarnaren kabelbrand "
               "kabelbränder"),
        no=S("biobränsle brandt brann brinner bränd brännbar bränsle bränslet"),
        nei=S("bergsbrunna branschen energibranschen"),
    ),
    "fot": dict(
        probe=r"fot|föt",
        rel=S("fot fötterna"),
        no=S("fotogenkamin fotograf"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand handen händerna"),
        dc=S("hands"),
        no=S("bokhandel efterhand handel handelns handla handlare handlarna hände händelse händelsen händelser"),
    ),
    "dotter": dict(
        probe=r"dott|dött|döttr",
        rel=S("dotter dottern döttrar"),
        dc=S("dotterbolag"),
        no=S("dött"),
    ),
    # --- compounds ---
    "värme": dict(
        probe=r"v[äa]rm",
        rel=S("värme värmen"),
        comp=S("fjärrvärme fjärrvärmen fjärrvärmens värmefiltar värmefläktar värmeljus värmepumpar värmestuga "
               "värmestugor värmestugorna"),
        dc=S("fjärrvärmebolag fjärrvärmebolagen fjärrvärmekunder fjärrvärmekunderna fjärrvärmelagen fjärrvärmenät "
             "fjärrvärmenätet fjärrvärmepriset fjärrvärmerör kraftvärmeverk kraftvärmeverket uppvärmda gasolvärmare"),
        no=S("varm varma varmt värma värmer värms"),
    ),
    "kraft": dict(
        probe=r"kraft",
        rel=S("kraft"),
        comp=S("kraftnät kraftnäts kraftvärmeverk kraftvärmeverket motståndskraft reservkraft reservkraften "
               "vindkraften"),
        no=S("kraftig kraftiga"),
    ),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhuset sjukhusets"),
        comp=S("sjukhusdirektören"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        comp=S("strömavbrott strömavbrottet strömlösa"),
        no=S("strömmat ahlström nyström wadström åström"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("domkyrka domkyrkan kyrkbänkarna kyrkoherdar kyrkoherden"),
    ),
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gatan gator"),
        comp=S("gatlyktorna gatubelysningen geijersgatan kungsgatan olofsgatan persgatan svartbäcksgatan "
               "sysslomansgatan vaksalagatan"),
        no=S("gåta gåtan"),
        nei=S("dieselaggregat reservaggregat gått jagat"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("hemtjänst hemtjänsten hemtjänstens kundtjänst räddningstjänsten tjänstemän"),
        no=S("förtjänar tjänat"),
    ),
    "mobil": dict(
        probe=r"mobil",
        rel=S("mobil mobilen"),
        comp=S("mobilmaster mobilmasterna mobilmasternas mobilnät mobilnäten mobilnätet mobiltelefon mobiltelefoner "
               "mobiltäckningen"),
        no=S("mobiliserade mobiliseringen"),
    ),
    "säkerhet": dict(
        probe=r"säk",
        rel=S("säkerhet säkerheten"),
        comp=S("driftsäkerhet leveranssäkerhet säkerhetschef säkerhetsdirektör säkerhetsdirektören "
               "säkerhetsexpert säkerhetskonsult säkerhetsmål säkerhetspolisen säkerhetspolisens"),
        no=S("säker säkert säkrat"),
        nei=S("försäkring försäkringen"),
    ),
    # --- traps ---
    "el": dict(
        probe=r"^el",
        rel=S("el elen"),
        comp=S("elanvändningen eldistribution elingenjör elkablar elkablarna elkunder elkunderna ellagen elnät "
               "elnätet elnätets elområde elpriset elskåp elverk"),
        dc=S("elektriker elektriska"),
        no=S("eld eldades elektroniska element elementen elever eleverna elin eller elsa elva"),
    ),
    "nät": dict(
        probe=r"nät",
        rel=S("nät nätet"),
        comp=S("elnät elnätet elnätets fjärrvärmenät fjärrvärmenätet kraftnät kraftnäts mobilnät mobilnäten "
               "mobilnätet nätavgiften nätbolag nätbolagen nätstationer nättariffen nätägaren telenät"),
        no=S("nätter"),
        nei=S("knät"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        no=S("takt taktik"),
        nei=S("kontakt kontaktas kontakten kontakter"),
    ),
    "lok": dict(
        probe=r"lok",
        rel=S("lok"),
        comp=S("lokförare"),
        no=S("lokala lokaler lokalradion lokalt"),
    ),
    "kol": dict(
        probe=r"kol",
        rel=S("kol"),
        comp=S("kolgrill kolmonoxid kolmonoxidförgiftning"),
        no=S("koll kolla kollar"),
        nei=S("fålhagsskolan förskolor försvarshögskolan grundskolor gymnasieskolorna katedralskolan luthagsskolan "
              "protokoll skola skoldagar skolklasser skollunch skolmaten skolor skolorna"),
    ),
    "vård": dict(
        probe=r"v[åä]rd",
        rel=S("vård vården"),
        comp=S("intensivvården vårdcentral vårdcentraler vårdpersonal"),
        dc=S("vårdnadshavare"),
        no=S("hyresvärdar hyresvärden ovärderliga skyddsvärd utvärdering värda vårdas"),
    ),
    "mat": dict(
        probe=r"mat",
        rel=S("mat maten"),
        comp=S("matbutik skolmaten"),
        no=S("matande matar material matning mats mattias reservmatning"),
        nei=S("automatiskt informationen informationschef informationstavlor strömmat"),
    ),
    "ben": dict(
        probe=r"ben",
        rel=S("ben benet"),
        no=S("bengt bensin bensindrivna bensinstationerna"),
    ),
    "frys": dict(
        probe=r"fr[yö]s|frus",
        rel=S("frys frysarna"),
        comp=S("frysvaror"),
        no=S("frusit frusna fryser fryst frös"),
    ),
    "kö": dict(
        probe=r"^kö",
        rel=S("kö köer kön"),
        no=S("köket kölden köpa köpcentrumet köpt kört köttbullar"),
    ),
    "lås": dict(
        probe=r"lås|^las",
        rel=S("lås låsen låset"),
        comp=S("hänglås hänglåset"),
        no=S("lastbil låst"),
    ),
    "nöd": dict(
        probe=r"nöd",
        rel=S("nöd"),
        no=S("nödvändigt"),
    ),
    "hiss": dict(
        probe=r"hiss",
        rel=S("hiss hissar hissarna hissen"),
        no=S("hissades"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "kabeltunnel": dict(probe=r"kabeltunn", rel=S("kabeltunnel kabeltunneln kabeltunnlar kabeltunnlarna")),
    "akademisk": dict(probe=r"akadem", rel=S("akademiska")),
    "kritisk": dict(probe=r"kritisk", rel=S("kritisk kritiska")),
    "infrastruktur": dict(probe=r"infrastruktur", rel=S("infrastruktur infrastrukturen")),
    "kall": dict(
        probe=r"^kall",
        rel=S("kall kalla kallare kallaste kallt"),
        nei=S("kallar kallas kallats"),
    ),
    "lägenhet": dict(probe=r"lägenhet", rel=S("lägenhet lägenheten lägenheter lägenheterna")),
    "misstänkt": dict(
        probe=r"misstänk",
        rel=S("misstänkt misstänkta"),
        nei=S("misstänker misstänks"),
    ),
    "slå": dict(probe=r"^sl[åoa]g|^slå", rel=S("slagit slagits slog slogs slå slår")),
    "ut": dict(probe=r"^ut$", rel=S("ut")),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "höjd": dict(probe=r"^höj", rel=S("höjd"), nei=S("höja höjs")),
    "beredskap": dict(
        probe=r"bered",
        rel=S("beredskap beredskapen"),
        comp=S("beredskapsplanerare krisberedskap"),
        nei=S("beredd förbereder"),
    ),
    "vattenfall": dict(probe=r"vattenfall", rel=S("vattenfall vattenfalls")),
    "fjärrvärme": dict(
        probe=r"fjärrvärm",
        rel=S("fjärrvärme fjärrvärmen fjärrvärmens"),
        comp=S("fjärrvärmebolag fjärrvärmebolagen fjärrvärmekunder fjärrvärmekunderna fjärrvärmelagen fjärrvärmenät "
               "fjärrvärmenätet fjärrvärmepriset fjärrvärmerör"),
    ),
    "säpo": dict(probe=r"säpo", rel=S("säpo säpos"), comp=S("säpochefen")),
    "säkerhetspolisen": dict(probe=r"säkerhetspolis", rel=S("säkerhetspolisen säkerhetspolisens")),
    "telia": dict(probe=r"telia", rel=S("telia telias")),
    "telenor": dict(probe=r"telenor", rel=S("telenor")),
    "hemtjänst": dict(probe=r"hemtjänst", rel=S("hemtjänst hemtjänsten hemtjänstens")),
    "butik": dict(
        probe=r"butik",
        rel=S("butik butiker butikerna"),
        comp=S("butiksanställd klädbutik klädbutiken livsmedelsbutiker livsmedelsbutikerna matbutik"),
    ),
    "gränby": dict(probe=r"gränby", rel=S("gränby")),
    "luthagen": dict(probe=r"luthag", rel=S("luthagen luthagens"), dc=S("luthagsskolan")),
    "svartbäcken": dict(probe=r"svartbäck", rel=S("svartbäcken"), dc=S("svartbäcksgatan")),
    "värmestuga": dict(probe=r"värmestug", rel=S("värmestuga värmestugor värmestugorna")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("strömavbrottet", "inflection", False, ("term", "strömavbrott")),
    ("sabotaget", "inflection", False, ("term", "sabotage")),
    ("kylan", "inflection", False, ("term", "kyla")),
    ("misstanken", "inflection", False, ("term", "misstanke")),
    ("kunderna", "inflection", False, ("term", "kund")),
    ("generatorerna", "inflection", False, ("term", "generator")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("skolorna", "inflection", False, ("term", "skola")),
    ("leveranserna", "inflection", False, ("term", "leverans")),
    ("kablarna", "syncope", False, ("term", "kabel")),
    ("tunnlar", "syncope", False, ("term", "tunnel")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("teatrar", "syncope", False, ("term", "teater")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("värme", "compound", True, ("term", "värme")),
    ("kraft", "compound", True, ("term", "kraft")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ("ström", "compound", True, ("term", "ström")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("mobil", "compound", True, ("term", "mobil")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ('"brand i kabeltunneln"', "phrase", False, ("phrase", ["brand", "i", "kabeltunnel"])),
    ('"Akademiska sjukhuset"', "phrase", False, ("phrase", ["akademisk", "sjukhus"])),
    ('"kritisk infrastruktur"', "phrase", False, ("phrase", ["kritisk", "infrastruktur"])),
    ('"kalla lägenheter"', "phrase", False, ("phrase", ["kall", "lägenhet"])),
    ('"misstänkt sabotage"', "phrase", False, ("phrase", ["misstänkt", "sabotage"])),
    ('"slog ut"', "phrase", False, ("phrase", ["slå", "ut"])),
    ('"utan el"', "phrase", False, ("phrase", ["utan", "el"])),
    ('"höjd beredskap"', "phrase", False, ("phrase", ["höjd", "beredskap"])),
    ("Vattenfall fjärrvärmen", "boolean", False, ("and", ["vattenfall", "fjärrvärme"])),
    ("Säpo OR Säkerhetspolisen", "boolean", False, ("or", ["säpo", "säkerhetspolisen"])),
    ("sabotage -Säpo", "boolean", False, ("not", "sabotage", "säpo")),
    ("Telia OR Telenor", "boolean", False, ("or", ["telia", "telenor"])),
    ("hemtjänsten kylan", "boolean", False, ("and", ["hemtjänst", "kyla"])),
    ("butiker -Gränby", "boolean", False, ("not", "butik", "gränby")),
    ("Luthagen OR Svartbäcken", "boolean", False, ("or", ["luthagen", "svartbäcken"])),
    ("källa:Fyrisbladet värmestugor", "filter", False, ("filter", "Fyrisbladet", "värmestuga")),
    ("källa:Linné hemtjänsten", "filter", False, ("filter", "Linné", "hemtjänst")),
    ("källa:Kompass Säpo", "filter", False, ("filter", "Kompass", "säpo")),
    ("källa:Blixten sabotaget", "filter", False, ("filter", "Blixten", "sabotage")),
    ("källa:Kraftbladet kablarna", "filter", False, ("filter", "Kraftbladet", "kabel")),
    ("källa:Riksposten beredskap", "filter", False, ("filter", "Riksposten", "beredskap")),
    ("typ:opinion infrastruktur", "filter", False, ("filter", "opinion", "infrastruktur")),
    ("el", "trap", False, ("term", "el")),
    ("nät", "trap", False, ("term", "nät")),
    ("tak", "trap", False, ("term", "tak")),
    ("lok", "trap", False, ("term", "lok")),
    ("kol", "trap", False, ("term", "kol")),
    ("vård", "trap", False, ("term", "vård")),
    ("mat", "trap", False, ("term", "mat")),
    ("ben", "trap", False, ("term", "ben")),
    ("frys", "trap", False, ("term", "frys")),
    ("kö", "trap", False, ("term", "kö")),
    ("lås", "trap", False, ("term", "lås")),
    ("nöd", "trap", False, ("term", "nöd")),
    ("hiss", "trap", False, ("term", "hiss")),
]

HEADER = """# corpus_bridgefire.json – judging notes

Invented crisis: at about 03.10 in the night to Tuesday 19 January 2027, in a cold spell of minus 22 to minus 26 degrees, a fire breaks out in the cable tunnel under Kungsgatan in central Uppsala, owned by the municipal energy company Fyrisenergi AB and shared with Vattenfall Eldistribution's 10 kV feeder cables, telecom fibre and the control and pumping station of the inner city's district heating. About 38 000 households in Luthagen, Svartbäcken, Fålhagen, Kvarngärdet and the centre lose electricity, 14 000 flats lose district heating, and Telia's, Telenor's and Tele2's masts go dark (short battery backup, fibre burnt), so safety alarms and 112 fail and the municipality opens trygghetspunkter. Akademiska sjukhuset runs 56 hours on its six diesel generators; trains stop at Uppsala C; shops in the centre, schools, the university, the library and the theatres close; queues form at petrol stations; the municipality opens värmestugor (Fyrishov, Gränby, Gottsunda, the cathedral) and home care and 600 volunteers knock on the doors of 4 000 elderly people; a man of 91 is found chilled, a family is poisoned by carbon monoxide from a grill, an elderly woman breaks her leg in a dark stairwell, and a woman of 86 who had no home care is found dead in her cold flat. Vattenfall lays provisional cables along Kungsgatan (power back Wednesday and Thursday), heat returns on Friday. The hatch's padlock was cut and the fire was set with a flammable liquid: the police open an inquiry for sabotage, Säpo takes it over on 20 January (grovt sabotage, Riksenheten för säkerhetsmål), a 34-year-old from Gottsunda is arrested on 3 February, released on the 6th and cleared on 28 April; the culprit stays unknown. Then to April: the debate on protecting critical infrastructure (the government's proposal on skyddsobjekt, the Riksdag, Energiföretagen's recommendation, Säpo's threat picture, Europol), Fyrisenergi's missing cameras and old keys and its chief executive's departure, the council's decision on cameras and alarms in all municipal tunnels, PTS's review of the operators' reserve power, Energimarknadsinspektionen's review and injunction, outage compensation under the Electricity Act, the shops' claims, the review of the municipality's crisis work and its new routines for home care, and the dispute between Vattenfall and Fyrisenergi. Places and public bodies are real (Uppsala with Luthagen, Svartbäcken, Fålhagen, Kvarngärdet, Gottsunda, Sävja, Gränby, Boländerna, Fyrislund, Bergsbrunna, Ultuna, Storvreta, Knivsta, Kungsgatan and the other streets, Stora torget, Fyrishov, Uppsala domkyrka, Gottsunda kyrka; Uppsala kommun, Region Uppsala, Uppsala brandförsvar, Akademiska sjukhuset, Uppsala universitet, Katedralskolan, Rosendalsgymnasiet, Uppsala stadsteater, Reginateatern, Uppsalahem, Vattenfall, Telia, Telenor, Tele2, Säpo, the police, Riksenheten för säkerhetsmål, Myndigheten för civilt försvar, Försvarsmakten, Hemvärnet, PTS, Energimarknadsinspektionen, Svenska kraftnät, Trafikverket, SMHI, SJ, UL, RISE, Energiföretagen, Europol, PRO, Röda korset, Försvarshögskolan, IVO; their actions are invented); the company Fyrisenergi, the cable tunnel as described, Luthagsskolan and Fålhagsskolan, every person and all six outlets are invented: Fyrisbladet (local daily, with leaders and letters), Radio Linné (local radio, with quotes and a commentary), Nyhetsbyrån Kompass (wire service, also carrying press releases), Riksposten (national daily, with leaders and debate articles), Blixten (evening tabloid, with columns) and Kraftbladet (energy trade paper, with a leader and a column). 124 articles (105 news, 19 opinion: leaders, debate articles, columns, a radio commentary, letters), published 3 November 2026 to 28 April 2027, +01:00 until 28 March and +02:00 after. The ids N001–N124 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (every *man* is the noun: *en 34-årig man*), the verb *händer* (the noun only as *händerna*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *kyla* (every *kyla*, *kylan* is the noun; the verb only as *kylde*, *kylts*, *nedkyld*), the verb *kalla* (every *kalla* is the adjective; the verb only as *kallar*, *kallas*, *kallats*), the noun *höjd* (every *höjd* is the participle/adjective), *kön* meaning sex, the imperatives *frys* and *lås*, the verb *rör*, the adjective *mobil* (every *mobil*, *mobilen* is the phone), *strömmar*, and the surname *Kraft* or *Ström*. *vård* is judged as one noun whether it means care in general or health care; *nätet* as one noun whether it is the grid or the internet.

How the lists were made: src/bridgefire_articles.py holds the texts and src/bridgefire_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: natt/nätt/nät, stad/städ, brand/bränd, fot/föt, hand/händ, dotter/dött, värme/varm, gata/gåta, vård/värd, frys/frös, lås/las) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *el* is anchored at the start of the word (*el-* begins every word it could be confused with), *kö* likewise, *stad* also takes the colloquial *stan*, and *höjd* is probed as *höj-*. Tokens are runs of letters, so *Ei:s*, *tv:n*, *SMHI:s* and hyphenated words (*kyl- och frysvaror*, *energi- och telenät*) are split. `python3 bridgefire_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Compounds count with compounds:true only when they begin or end with the word, with or without a linking letter; a word inside a longer compound is don't care (*fjärrvärmenätet*, *kraftvärmeverket* for `värme`). Per query:

- **strömavbrottet** (inflection): *strömavbrott*, *strömavbrottet* relevant; the bare *avbrott*, *avbrottet* and *avbrottsersättning* are don't care (the head of the compound, not a form of it). No lookalike in the texts.
- **sabotaget**: *sabotage*, *sabotagen* relevant; *sabotör*, *sabotören* (another noun) and the verb *saboterade* → must_not; *sabotagehotet*, *sabotageutredningen* compounds.
- **kylan**: *kyla*, *kylan* relevant; *kylde*, *kylts*, *nedkyld* (the verb), the adjective *kylig* and *kylarna* (coolers) → must_not; *kylskåp* and the clipped *kyl-* → don't care.
- **misstanken**: *misstanke*, *misstankar*, *misstankarna* relevant; the verb and participle *misstänker*, *misstänks*, *misstänkt*, *misstänkta* → must_not.
- **kunderna**: *kunder* relevant; the verb *kunde*, *kunna*, *kunnat* → must_not (a lookalike in almost every text); *elkunder*, *fjärrvärmekunder*, *kundtjänst*, *kundchef* compounds.
- **generatorerna**: *generator*, *generatorer* relevant; *generation*, *generationer* → must_not; *dieselgeneratorer* compound.
- **utredningen**: *utredning*, *utredningarna* relevant; the verb *utreder*, *utreds* and the agent noun *utredare*, *utredaren* → must_not; *sabotageutredningen* compound.
- **skolorna**: *skola*, *skolor* relevant; *förskolor*, *grundskolor*, *gymnasieskolorna*, *skolmaten*, the school names *Katedralskolan*, *Luthagsskolan*, *Fålhagsskolan* and *Försvarshögskolan* are compounds. No lookalike.
- **leveranserna**: *leveranser* relevant; the verb *leverera*, *levererar*, *levererades* → must_not; *leveranssäkerhet* compound.
- **kablarna** (syncope): *kabel*, *kablar* relevant; the verb *kablades* (*bilderna kablades ut*) → must_not; *kabeltunneln*, *elkablar*, *fiberkablarna*, *högspänningskablar*, *kabelbrand* … compounds.
- **tunnlar**: *tunnel*, *tunneln*, *tunnelns*, *tunnlarna* relevant; the adjective *tunna* (*tunna filtar*, *tunna fönstren*) → must_not; *kabeltunneln*, *kabeltunnlar* compounds.
- **vintrar**: *vinter*, *vintern*, *vinterns*, *vintrarna* relevant; *vinterdäck* compound. No lookalike.
- **nycklar**: *nyckel*, *nycklarna* relevant. No lookalike.
- **numret**: *nummer*, *numret* relevant; the adverb *numera* → must_not; *telefonnummer* compound.
- **teatrar**: *teater*, *teatern*, *teatrarna* relevant; *teatralisk*, *teatraliskt* → must_not; *stadsteatern*, *Reginateatern* compounds.
- **nätter** (umlaut): *natt*, *natten* relevant; every form of *nät* (*nätet*, *elnätet*, *mobilnätet*, *nätbolag* …) → must_not; *midnatt*, *nattetid* compounds; *knät* is neither.
- **städer**: *stad*, *staden*, *stadens*, *städerna* and the colloquial *stan* relevant; *bostäder*, *Bostadsbolaget* and the verb *städade* → must_not; *innerstaden*, *stadsdelar*, *stadshuset*, *stadsteatern* compounds; *lagstadgade*, *röstades* neither.
- **bränder**: *brand*, *branden* relevant; *brann*, *brinner*, *bränd*, *brännbar*, *bränsle*, *bränslet*, *biobränsle* and the surname *Brandt* → must_not; *kabelbrand*, *brandförsvar*, *brandceller* … compounds; *branschen*, *Bergsbrunna* neither.
- **fötter**: *fötterna* and *fot* in *på fri fot* (the noun in an idiom) relevant; *fotograf*, *fotogenkamin* → must_not.
- **händerna**: *händerna* and *hand*, *handen* in *på egen hand*, *i handen*, *ta hand om*, *för hand* relevant; *handel*, *handelns*, *bokhandel*, *handla*, *handlare*, *handlarna*, *hände*, *händelse(n)*, *händelser* and *i efterhand* → must_not; *nära till hands* → don't care.
- **döttrar**: *dotter*, *dottern* relevant; *dött* → must_not; *dotterbolag* → don't care.
- **värme** (compound): *värme*, *värmen* relevant, and *fjärrvärme(n/s)*, *värmestugor*, *värmeljus*, *värmefläktar*, *värmefiltar*, *värmepumpar* as compounds; the adjective *varm*, *varmt*, *varma* and the verb *värma*, *värmer*, *värms* → must_not; *värme* inside a longer word (*fjärrvärmenätet*, *fjärrvärmekunder*, *kraftvärmeverket*), *uppvärmda* and *gasolvärmare* → don't care.
- **kraft**: *kraft* (*full kraft*, *träda i kraft*), *reservkraft(en)*, *vindkraften*, *motståndskraft*, *kraftnät*, *kraftvärmeverket* relevant; the adjective *kraftig*, *kraftiga* → must_not.
- **sjukhus**: *sjukhus(et/ets)* and *sjukhusdirektören*. No lookalike.
- **ström**: *ström*, *strömmen*, *strömavbrottet*, *strömlösa* relevant; the verb *strömmat* and the surnames *Wadström*, *Åström*, *Nyström*, *Ahlström* → must_not.
- **kyrka**: *kyrka(n/ns)*, *domkyrka(n)*, *kyrkbänkarna*, *kyrkoherden*, *kyrkoherdar* (-o-). No lookalike.
- **gata**: *gatan*, *gator*, the street names (*Kungsgatan*, *Vaksalagatan*, *Svartbäcksgatan*, *Sysslomansgatan* …), *gatubelysningen* (-u-) and *gatlyktorna* relevant; *gåta*, *gåtan* → must_not; *reservaggregat*, *gått*, *jagat* neither.
- **tjänst**: *tjänst* (*i tjänst*), *hemtjänsten*, *räddningstjänsten*, *kundtjänst* and *tjänstemän* (-e-) relevant; *tjänat*, *förtjänar* → must_not.
- **mobil**: *mobil*, *mobilen*, *mobilnätet*, *mobilmaster*, *mobiltelefoner*, *mobiltäckningen* relevant; *mobiliserade*, *mobiliseringen* → must_not.
- **säkerhet**: *säkerhet(en)*, *säkerhetspolisen* (-s-), *säkerhetschef*, *driftsäkerhet*, *leveranssäkerhet* relevant; the adjective and verb *säker*, *säkert*, *säkrat* → must_not; *försäkring* neither.
- **"brand i kabeltunneln"** (phrase): adjacent forms (*Brand i kabeltunnel*, *branden i kabeltunneln*) relevant; *brand* and *kabeltunnel(n/lar)* in the same text but apart → must_not.
- **"Akademiska sjukhuset"**: the two words adjacent relevant; *Akademiska* alone with *sjukhuset* elsewhere → must_not.
- **"kritisk infrastruktur"**: *kritisk infrastruktur*, *kritiska infrastrukturen*, *kritiska infrastruktur* relevant; *Infrastrukturen … är kritisk* (reordered) and *infrastruktur som är kritisk* → must_not.
- **"kalla lägenheter"**: forms of *kall* are *kall*, *kalla*, *kallt*, *kallare*, *kallaste*; *kall lägenhet*, *kalla lägenheten*, *kalla lägenheter* relevant; *kallt i lägenheterna*, *lägenheterna var kalla*, *de kallaste dagarna … lägenheter* → must_not.
- **"misstänkt sabotage"**: *misstänkt sabotage*, *misstänkta sabotage(n)* relevant; *misstänkt för (grovt) sabotage/sabotaget* → must_not.
- **"slog ut"**: forms of *slå* followed by *ut* (*slog ut*, *slogs ut*, *slagit ut*, *slagits ut*, *slå ut*, *slår ut*) relevant; *slog en kabelbrand … ut*, *slår tillbaka … ryckt ut*, *slog till … ut* → must_not.
- **"utan el"**: *utan el* relevant; *utan* and *el* apart → must_not; *utan* with only *elnätet* and the like → don't care.
- **"höjd beredskap"**: *höjd beredskap* relevant; *Beredskapen är höjd* → must_not; *höja beredskapen* is neither (*höja* is not a form of *höjd*).
- **Vattenfall fjärrvärmen** (AND): both relevant; one of them only → must_not; *fjärrvärme* only inside a compound → don't care.
- **Säpo OR Säkerhetspolisen**: *Säpo*, *Säpos*, *Säkerhetspolisen(s)*; *Säpochefen* alone would be don't care.
- **sabotage -Säpo**: *sabotage* forms without *Säpo(s)* relevant; with *Säpo* → must_not; *sabotör* alone → must_not.
- **Telia OR Telenor**: *Telia*, *Telias*, *Telenor*.
- **hemtjänsten kylan** (AND): *hemtjänst(en/ens)* and *kyla(n)*; one of them only → must_not.
- **butiker -Gränby**: *butik(er/erna)* without *Gränby* relevant; with *Gränby* → must_not; *klädbutik*, *matbutik* only → don't care.
- **Luthagen OR Svartbäcken**: *Luthagen(s)*, *Svartbäcken*; *Luthagsskolan* and *Svartbäcksgatan* alone → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Fyrisbladet*, *Linné*, *Kompass*, *Blixten*, *Kraftbladet*, *Riksposten*); `typ:opinion` the kind. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles (*sabotör* for `källa:Blixten sabotaget`, *kablades* for `källa:Kraftbladet kablarna`) whatever their outlet or type. Terms: *värmestuga(n/or/orna)*, *hemtjänst(en/ens)*, *Säpo(s)*, *sabotage(t/n)*, *kabel/kablar(na)*, *beredskap(en)*, *infrastruktur(en)*.
- **el** (trap): *el*, *elen* relevant; *eller*, *elva*, *elever*, *eleverna*, *eld*, *eldades*, *element*, *elementen*, *elektroniska* and the names *Elin*, *Elsa* → must_not; *elnätet*, *elkablar*, *elpriset*, *ellagen*, *elverk*, *Eldistribution* … compounds; *elektriker*, *elektriska* → don't care.
- **nät** (trap): *nät*, *nätet* (grid or internet) relevant; *nätter* (natt) → must_not; *elnätet*, *mobilnätet*, *kraftnät*, *nätbolag* … compounds.
- **tak** (trap): *tak* (*tak över huvudet*), *taket* relevant; *takt*, *taktik* → must_not; *kontakt* and its forms neither.
- **lok** (trap): *lok* relevant; *lokal*-words (*lokala*, *lokaler*, *lokalt*, *lokalradion*) → must_not; *lokförare* compound.
- **kol** (trap): *kol* (*kol och torv*, *Kol och olja*) relevant; *koll*, *kolla*, *kollar* → must_not; *kolmonoxid*, *kolgrill* compounds; *skola* and its forms and *protokoll* neither.
- **vård** (trap): *vård*, *vården* relevant; *värd*-words (*skyddsvärd*, *hyresvärden*, *hyresvärdar*, *värda*, *ovärderliga*, *utvärdering*) and the verb *vårdas* → must_not; *intensivvården*, *vårdcentral*, *vårdpersonal* compounds; *vårdnadshavare* don't care.
- **mat** (trap): *mat*, *maten* relevant; *matande*, *matar*, *matning*, *reservmatning* (mata), *material* and the names *Mats*, *Mattias* → must_not; *matbutik*, *skolmaten* compounds; *information*, *automatiskt*, *strömmat* neither.
- **ben** (trap): *ben*, *benet* relevant; *bensin* and its compounds and the name *Bengt* → must_not.
- **frys** (trap): *frys*, *frysarna* relevant; the verb *fryser*, *frös*, *frusit*, *frusna*, *fryst* → must_not; *frysvaror* compound.
- **kö** (trap): *kö*, *kön*, *köer* relevant; *köld*-, *kök*-, *köp*-, *kör*- words and *köttbullar* → must_not.
- **lås** (trap): *lås*, *låset*, *låsen* relevant; *låst* (the verb) and *lastbil* → must_not; *hänglås(et)* compound.
- **nöd** (trap): *nöd* (*i nöd*) relevant; *nödvändigt* → must_not.
- **hiss** (trap): *hiss*, *hissen*, *hissar(na)* relevant; *hissades* (the verb) → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("bridgefire", "N", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
