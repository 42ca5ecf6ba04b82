#!/usr/bin/env python3
"""Builds corpus_outage.json and corpus_outage.md from outage_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 outage_build.py [-v]
"""

import fire_build
from outage_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmet larmen"),
        comp=S("falsklarm larmcentral larmcentralen larmcentralerna larmoperatör larmskåp larmvägarna trygghetslarm "
               "trygghetslarmen"),
        no=S("larma larmade larmas larmat alarm alarms"),
    ),
    "samtal": dict(
        probe=r"samtal",
        rel=S("samtal samtalet samtalen"),
        comp=S("nödsamtal"),
        no=S("samtalade"),
    ),
    "uppdatering": dict(
        probe=r"uppdater",
        rel=S("uppdatering uppdateringar uppdateringarna uppdateringen"),
        comp=S("programuppdatering säkerhetsuppdateringar uppdateringsprocessen"),
        no=S("uppdatera uppdaterade uppdaterades uppdaterar uppdateras"),
    ),
    "operatör": dict(
        probe=r"operat",
        rel=S("operatör operatören operatörens operatörer operatörerna operatörernas operatörers operatörs"),
        comp=S("larmoperatör mobiloperatören mobiloperatörerna"),
        no=S("operativa"),
    ),
    "ambulans": dict(
        probe=r"ambul",
        rel=S("ambulans ambulansen ambulanser ambulanserna"),
        comp=S("ambulansförare ambulanshelikopter ambulanspersonal ambulanspersonalen ambulanssjuksköterskan "
               "ambulanssjukvård ambulanssjukvårdaren ambulanssjukvården ambulanssjukvårdens ambulansstationer"),
        no=S("ambulerande"),
    ),
    "avbrott": dict(
        probe=r"avbr[oö]t",
        rel=S("avbrott avbrottet"),
        no=S("avbröts"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        dc=S("utredare utredaren"),
        no=S("utreda utredas utreder utreds"),
    ),
    "trygghetspunkt": dict(
        probe=r"trygghet",
        rel=S("trygghetspunkt trygghetspunkten trygghetspunkter trygghetspunkterna"),
        no=S("tryggheten"),
        nei=S("trygghetslarm trygghetslarmen"),
    ),
    "dödsfall": dict(probe=r"dödsfall", rel=S("dödsfall dödsfallen dödsfallet")),
    # --- syncope ---
    "nummer": dict(
        probe=r"numm|numr",
        rel=S("numren numret"),
        comp=S("nödnummer nödnumret nödnumrets postnumret"),
        no=S("numrerade"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regeln regler reglerna"),
        no=S("reglera reglering"),
    ),
    "exempel": dict(
        probe=r"exemp",
        rel=S("exempel exemplen exemplet"),
        no=S("exemplariskt"),
    ),
    "medel": dict(
        probe=r"^med[el]|medel|medl",
        rel=S("medel medlen"),
        comp=S("läkemedel"),
        no=S("medlemmar förmedlade förmedlas"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        comp=S("mörkertal"),
        no=S("mörk"),
    ),
    "kapitel": dict(
        probe=r"kapit",
        rel=S("kapitel kapitlet"),
        no=S("kapitalet"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden städer städerna"),
        no=S("stadigt lagstadgad"),
        nei=S("nedröstade testades"),
    ),
    "land": dict(
        probe=r"^l[aä]nd|land$|lands?$|länder|landet",
        rel=S("land landet landets länder länderna"),
        comp=S("inland inlandet grannlands landsbygden"),
        dc=S("estland finland götaland jämtland lappland norrlands"),
        no=S("landade"),
        nei=S("bland"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^n[aä]t",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattetid nattskiftet"),
        no=S("nät näten nätet nätsäkerhet nätverksarkitekt nätverksexpert"),
        nei=S("nationell nationella nationellt"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna"),
        no=S("bön"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand händerna"),
        no=S("handlar handlat hände hända händelser"),
        nei=S("behandlas förhandla förhandlar"),
    ),
    "bror": dict(
        probe=r"bro[rd]|bröd",
        rel=S("brodern bröderna"),
        comp=S("lillebror storebror"),
        no=S("bror"),
    ),
    # --- compounds ---
    "mobil": dict(
        probe=r"mobil",
        rel=S("mobil mobilen mobiler mobilerna"),
        comp=S("mobilmarknaden mobilmasten mobilnät mobilnätet mobiloperatören mobiloperatörerna mobiltelefon "
               "mobiltelefoner mobiltelefonin mobiltäckning mobiltäckningen"),
        no=S("mobiliserade"),
    ),
    "nät": dict(
        probe=r"n[aä]t(e|s|v|o|$)|nät",
        rel=S("nät näten nätet"),
        comp=S("elnätet kopparnätet kärnnät kärnnätet kärnnätsplattform mobilnät mobilnätet nätsäkerhet "
               "nätverksarkitekt nätverksexpert radionät reservnät telenäten telenätet"),
        no=S("nätter nätterna"),
        nei=S("annat beräknat kallnat kunnat lyssnat räknat vittnat öppnat"),
    ),
    "samhälle": dict(
        probe=r"samhäll",
        rel=S("samhälle samhället samhällets"),
        comp=S("samhällsskydd samhällsviktiga"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan"),
        comp=S("bergsgatan järnvägsgatan kungsgatan storgatan strandgatan vågbrytargatan ågatan gatubelysningen"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada"),
        comp=S("skadestånd skadeståndsskyldigt"),
        no=S("skadades"),
    ),
    "människa": dict(
        probe=r"människ|mänsk",
        rel=S("människor människors"),
        comp=S("människoliv"),
        dc=S("medmänsklighet"),
    ),
    "beredskap": dict(
        probe=r"beredskap",
        rel=S("beredskap"),
        comp=S("beredskapsdebatten beredskapsdirektör beredskapslager beredskapssamordnaren krisberedskap"),
    ),
    # --- traps ---
    "björn": dict(
        probe=r"bj[oö]rn",
        rel=S("björn"),
        no=S("björnen björnström"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand"),
        no=S("stranden stränder strandgatan strandvägen"),
    ),
    "ek": dict(
        probe=r"^ek|ek$",
        rel=S("ek eks"),
        no=S("ekbacka ekdahl ekström ekonomi"),
        nei=S("bibliotek svek undvek"),
    ),
    "våg": dict(
        probe=r"v[aåä]g",
        rel=S("våg"),
        no=S("nordvåg nordvågs vågat vågbrytargatan väg vägar vägarna vägen reservväg reservvägar larmvägarna "
             "formvägen järnvägsgatan strandvägen förväg överväga"),
        nei=S("försvagats svaghet"),
    ),
    "mast": dict(
        probe=r"m[aå]st|mäst",
        rel=S("mast masten master"),
        comp=S("mobilmasten"),
        no=S("måste"),
        nei=S("närmaste"),
    ),
    "ton": dict(
        probe=r"ton",
        rel=S("ton"),
        no=S("tonåringen betonar femton fjorton sjutton tretton"),
    ),
    "tid": dict(
        probe=r"^tid|tid$|tiden|tider",
        rel=S("tid tiden tider"),
        comp=S("lunchtid nattetid niotiden öppettider"),
        no=S("tidigare tidigast tidigt alltid"),
    ),
    "kö": dict(
        probe=r"^k[oö]$|^k[oö][enr]|kö$|köer",
        rel=S("kö köerna kön"),
        no=S("kor kort korta kortare kör köra körde kört körkort"),
        nei=S("konkret konkurrerande konstatera konstaterar konsult konsultbolaget konsumentverket kontaktat kontakten "
              "kontanter kontor korset korsningar korsord"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lagen"),
        comp=S("lagkrav lagstiftning lagstiftningen lagstadgad"),
        no=S("jaktlag bolag bolaget bolagets elbolagen investmentbolaget konsultbolaget moderbolaget taxibolag "
             "telebolag lager beredskapslager lagt lagom"),
        nei=S("förslaget avgångsvederlaget överklaga"),
    ),
    "vård": dict(
        probe=r"v[aåä]rd",
        rel=S("vård vården"),
        comp=S("ambulanssjukvård ambulanssjukvårdaren ambulanssjukvården ambulanssjukvårdens vårdcentraler "
               "vårdcentralerna vårdförbundet"),
        no=S("vårdas vardag värdefull fruktansvärd"),
    ),
    "nöd": dict(
        probe=r"n[oö]d",
        rel=S("nöd"),
        comp=S("nödnummer nödnumret nödnumrets nödsamtal"),
        no=S("nödvändiga nödvändigt"),
        nei=S("noder"),
    ),
    "tal": dict(
        probe=r"tal",
        rel=S("tal"),
        dc=S("fåtal sextiotal trettiotal hundratals åratal mörkertal nittiotalet talesperson"),
        no=S("antal antalet avtal samtal samtalade samtalen samtalet nödsamtal talade talat digital capital kapitalet"),
        nei=S("betala betalar betalningar betalterminaler detaljerna götaland installerades installeras"),
    ),
    "svar": dict(
        probe=r"sv[aå]r",
        rel=S("svar svaret"),
        no=S("svara svarade svarar svarat svart svåra svårt ansvar ansvaret pressansvarige besvara försvar "
             "försvarsbeslutet motsvara motsvarande motsvarar"),
        nei=S("nyhetsvarningen"),
    ),
    # --- words of phrases, booleans and filters ---
    "felaktig": dict(probe=r"felakt", rel=S("felaktig felaktiga")),
    "ringa": dict(probe=r"^ring", rel=S("ringa ringde ringer rings")),
    "förgäves": dict(probe=r"förgäv", rel=S("förgäves")),
    "öppna": dict(
        probe=r"^öppn|^öppe",
        rel=S("öppna öppnade öppnades öppnar öppnat öppen"),
        nei=S("öppettider"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "hel": dict(probe=r"^hel(a|t)?$", rel=S("hela"), dc=S("helt")),
    "fel": dict(
        probe=r"^fel(et|en)?$|^felakt|mjukvarufel",
        rel=S("fel felet"),
        comp=S("mjukvarufel"),
        nei=S("felaktig felaktiga"),
    ),
    "mjukvara": dict(
        probe=r"mjukvar",
        rel=S("mjukvara mjukvaran"),
        comp=S("mjukvarufel mjukvaruplattform"),
    ),
    "utfrågning": dict(probe=r"utfråg", rel=S("utfrågning utfrågningen")),
    "riksdag": dict(
        probe=r"riksdag",
        rel=S("riksdagen riksdagens"),
        comp=S("riksdagsledamöter"),
    ),
    "komma": dict(probe=r"^kom(mer|ma|mit|me)?$", rel=S("kom kommer kommit")),
    "inte": dict(probe=r"^inte$", rel=S("inte")),
    "fram": dict(probe=r"^fram$", rel=S("fram")),
    "dag": dict(probe=r"^dag$", rel=S("dag")),
    "pts": dict(probe=r"^pts$", rel=S("pts")),
    "msb": dict(probe=r"^msb$", rel=S("msb")),
    "västerbotten": dict(probe=r"västerbott", rel=S("västerbotten västerbottens")),
    "norrbotten": dict(probe=r"norrbott", rel=S("norrbotten")),
    "vd": dict(probe=r"^vd$", rel=S("vd")),
    "vindeln": dict(
        probe=r"vindel",
        rel=S("vindeln vindelns"),
        nei=S("vindelälven vindelälvsdalen"),
    ),
    "radio": dict(
        probe=r"radio",
        rel=S("radio radion"),
        comp=S("radiokanal radioknapp radionät"),
    ),
    "sms": dict(probe=r"^sms", rel=S("sms")),
    "nordvåg": dict(probe=r"nordv[aå]g", rel=S("nordvåg nordvågs")),
    "ersättning": dict(
        probe=r"ersätt",
        rel=S("ersättning ersättningen"),
        no=S("ersätta ersättas"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        dc=S("pressansvarige"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("larmet", "inflection", False, ("term", "larm")),
    ("samtalen", "inflection", False, ("term", "samtal")),
    ("uppdateringen", "inflection", False, ("term", "uppdatering")),
    ("operatörerna", "inflection", False, ("term", "operatör")),
    ("ambulanserna", "inflection", False, ("term", "ambulans")),
    ("avbrottet", "inflection", False, ("term", "avbrott")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("trygghetspunkterna", "inflection", False, ("term", "trygghetspunkt")),
    ("dödsfallet", "inflection", False, ("term", "dödsfall")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("regler", "syncope", False, ("term", "regel")),
    ("exemplet", "syncope", False, ("term", "exempel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("kapitlet", "syncope", False, ("term", "kapitel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("larm", "compound", True, ("term", "larm")),
    ("mobil", "compound", True, ("term", "mobil")),
    ("nät", "compound", True, ("term", "nät")),
    ("samhälle", "compound", True, ("term", "samhälle")),
    ("gata", "compound", True, ("term", "gata")),
    ("skada", "compound", True, ("term", "skada")),
    ("människa", "compound", True, ("term", "människa")),
    ("ambulans", "compound", True, ("term", "ambulans")),
    ("beredskap", "compound", True, ("term", "beredskap")),
    ('"felaktig uppdatering"', "phrase", False, ("phrase", ["felaktig", "uppdatering"])),
    ('"ringde förgäves"', "phrase", False, ("phrase", ["ringa", "förgäves"])),
    ('"öppna trygghetspunkter"', "phrase", False, ("phrase", ["öppna", "trygghetspunkt"])),
    ('"i hela landet"', "phrase", False, ("phrase", ["i", "hel", "land"])),
    ('"fel i mjukvaran"', "phrase", False, ("phrase", ["fel", "i", "mjukvara"])),
    ('"utfrågning i riksdagen"', "phrase", False, ("phrase", ["utfrågning", "i", "riksdag"])),
    ('"kom inte fram"', "phrase", False, ("phrase", ["komma", "inte", "fram"])),
    ('"Dag Strand"', "phrase", False, ("phrase", ["dag", "strand"])),
    ("PTS MSB", "boolean", False, ("and", ["pts", "msb"])),
    ("Västerbotten OR Norrbotten", "boolean", False, ("or", ["västerbotten", "norrbotten"])),
    ("vd -riksdagen", "boolean", False, ("not", "vd", "riksdag")),
    ("ambulans Vindeln", "boolean", False, ("and", ["ambulans", "vindeln"])),
    ("radio OR sms", "boolean", False, ("or", ["radio", "sms"])),
    ("Nordvåg -ersättning", "boolean", False, ("not", "nordvåg", "ersättning")),
    ("Ek Vindeln", "boolean", False, ("and", ["ek", "vindeln"])),
    ("källa:Kompass avbrottet", "filter", False, ("filter", "Kompass", "avbrott")),
    ("källa:Bladet trygghetspunkterna", "filter", False, ("filter", "Bladet", "trygghetspunkt")),
    ("källa:Kvällsklockan ambulansen", "filter", False, ("filter", "Kvällsklockan", "ambulans")),
    ("källa:Signalen uppdateringen", "filter", False, ("filter", "Signalen", "uppdatering")),
    ("källa:Polstjärnan larmet", "filter", False, ("filter", "Polstjärnan", "larm")),
    ("typ:opinion ansvar", "filter", False, ("filter", "opinion", "ansvar")),
    ("typ:opinion Nordvåg", "filter", False, ("filter", "opinion", "nordvåg")),
    ("Björn", "trap", False, ("term", "björn")),
    ("Strand", "trap", False, ("term", "strand")),
    ("Ek", "trap", False, ("term", "ek")),
    ("våg", "trap", False, ("term", "våg")),
    ("mast", "trap", False, ("term", "mast")),
    ("ton", "trap", False, ("term", "ton")),
    ("tid", "trap", False, ("term", "tid")),
    ("kö", "trap", False, ("term", "kö")),
    ("lag", "trap", False, ("term", "lag")),
    ("vård", "trap", False, ("term", "vård")),
    ("nöd", "trap", False, ("term", "nöd")),
    ("tal", "trap", False, ("term", "tal")),
    ("svar", "trap", False, ("term", "svar")),
]

HEADER = """# corpus_outage.json – judging notes

Invented crisis: at 05.35 on Tuesday 2 March 2027 the operator Nordvåg Mobil AB installs a software update in its core network and, against its supplier's advice, in its backup system at the same time; a subscriber database stops answering, phones stay registered to masts that still transmit but cannot place calls, and for eleven hours (until 16.40) most mobile calls, and with them calls to 112, fail across Sweden, also for customers of operators that rent capacity from Nordvåg. SOS Alarm sees 40 % fewer emergency calls; MSB calls the authorities together and asks municipalities to open trygghetspunkter (fire stations, libraries, sports halls, Folkets hus) where people can raise an alarm over Rakel; regions park ambulances at crossroads; home care knocks on the doors of everyone with a safety alarm. In Vindeln, Västerbotten, Per-Olov Ek, 71, has a heart attack; his wife Sol-Britt Ek calls 112 in vain and the neighbours, the brothers Bror and Jan Holm of Åmsele, drive him towards Umeå, but he dies at Tvärålund. Then to May: PTS's supervision, an injunction with a fine and a possible sanction fee, new PTS rules on updates; the police investigation (closed in April), Region Västerbotten's lex Maria inquiry and IVO's criticism of SOS Alarm; the external review (a chain of bad decisions, an alarm 17 minutes before the outage dismissed by a lone night technician); the CEO Dag Strand questioned by the Riksdag's trafikutskott on 16 March, and his resignation on 21 April; compensation, a damages claim, the operators' agreement on national roaming for 112, new masts, satellite phones and permanent trygghetspunkter. Places and public bodies are real (Umeå with Väven, Rådhustorget, Holmsund, Hörnefors and Sävar; Vindeln, Åmsele, Tvärålund, Lycksele, Åsele, Storuman, Sorsele, Skellefteå, Vilhelmina, Vännäs, Bjurholm, Hällnäs, Kiruna, Gällivare, Arjeplog, Arvidsjaur and many more; SOS Alarm, PTS, MSB, IVO, Socialstyrelsen, Rättsmedicinalverket, Konsumentverket, Vårdförbundet, SKR, Region Västerbotten, Region Norrbotten, the Riksdag's trafikutskott; their actions are invented); the operator, its owner and supplier, the review firm, every person and all six outlets are invented: Nyhetsbyrån Kompass (wire service, also carrying press releases), Norra Bladet (local daily, Umeå and inland Västerbotten), Kvällsklockan (tabloid), Signalen (telecom trade paper), Dagens Röst (national daily with leaders and debate) and Radio Polstjärnan (local radio in Norrland, with quotes). 130 articles (111 news, 19 opinion: leaders, debate articles, columns, a radio commentary, letters), published 3 February to 6 May 2027, +01:00 until 28 March and +02:00 after. The ids k001–k130 follow publication time.

Several people carry names that are also ordinary words: the CEO Dag Strand, PTS's director general Björn Lärka, the Ek family (Per-Olov, Sol-Britt, Lina, also Jessica, Ingela and Lars Ek), Bror Holm, Kerstin, Hanna and Björn Strand, Karin and Hedvig Sol, Erik Dal, Mona Sten, Ulla and Anders Vik, Lena Hav, Tove Fors; hyphenated given names (Sol-Britt, Per-Olov, Anna-Lena, Carl-Johan, Karl-Dag, Nils-Erik, Ann-Sofie) are split into two tokens. Kept out of the texts as the README asks: the pronoun *man* (*man*, *mannen* are only the noun), the verb *händer*, *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the common nouns *björn*, *strand*, *ek* and *bror* in their base forms (every *björn*, *strand*, *ek*, *bror* is a name; the animal, the beach, the tree and the common noun appear only as *björnen*, *stranden*, *stränder*, *brodern*, *bröderna* and in compounds *lillebror*, *storebror*), *lag* meaning team outside compounds (*jaktlag* only), *talet* as a decade, *ton* as a weight, the verb *delar* apart from one *vi delar* (no query on *del*). *kön* is only the queue.

How the lists were made: src/outage_articles.py holds the texts and src/outage_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: våg/väg/vag, mast/måst, kö/ko, vård/värd/vard, nöd/nod, svar/svår, stad/städ, land/länd, natt/nät, hand/händ, bonde/bön, strand/stränd) lists every corpus token that contains the stem; each was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *MSB:s*, *vd:n*, *sms:a* and hyphenated words are split. `python3 outage_build.py -v` in src/ regenerates the JSON and this file.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query:
- **larmet**: *larm*, *larmet*, *larmen* relevant; the verb (*larma*, *larmade*, *larmas*, *larmat*) and the company name *SOS Alarm* (*alarm*, *alarms*) must_not; *trygghetslarm*, *larmcentralen*, *falsklarm* … compounds, don't care.
- **samtalen**: *samtal*, *samtalet*, *samtalen* relevant; the verb *samtalade* must_not; *nödsamtal* compound.
- **uppdateringen**: the noun relevant; the verb *uppdatera*, *uppdaterade*, *uppdaterades*, *uppdaterar*, *uppdateras* must_not; *programuppdatering*, *säkerhetsuppdateringar* compounds.
- **operatörerna**: all forms of *operatör* relevant; *operativa* must_not; *mobiloperatören*, *larmoperatör* compounds.
- **ambulanserna**: *ambulans*, *ambulansen*, *ambulanser*, *ambulanserna* relevant; *ambulerande* (another lemma) must_not; *ambulanssjukvården* and the like compounds.
- **avbrottet**: *avbrott*, *avbrottet* relevant; the verb form *avbröts* must_not.
- **utredningen**: *utredning*, *utredningen* relevant; the verb (*utreda*, *utreder*, *utreds*, *utredas*) must_not; the agent noun *utredare* don't care.
- **trygghetspunkterna**: every form relevant; *tryggheten* (another lemma) must_not; *trygghetslarm* neither.
- **dödsfallet**: *dödsfall*, *dödsfallet*, *dödsfallen* relevant (no lookalikes).
- **numret**: *numret*, *numren* relevant; *numrerade* must_not; *nödnumret*, *postnumret* compounds, don't care.
- **regler**: *regel*, *regeln*, *regler*, *reglerna* relevant; *reglera*, *reglering* must_not (here always in articles that also have *regler*).
- **exemplet**: *exempel*, *exemplet*, *exemplen* relevant; *exemplariskt* must_not.
- **medlen**: *medel*, *medlen* relevant; *medlemmar*, *förmedlade*, *förmedlas* must_not; *läkemedel* compound.
- **mörkret**: *mörker*, *mörkret* relevant; the adjective *mörk* (*en mörk väg*) must_not; *mörkertal* compound.
- **kapitlet**: *kapitel*, *kapitlet* relevant; *kapitalet* must_not.
- **städer**: *stad*, *staden*, *städer*, *städerna* relevant; *stadigt* and *lagstadgad* must_not; *testades*, *nedröstade* neither.
- **länder**: *land*, *landet*, *landets*, *länder*, *länderna* relevant; *landade* must_not; *inlandet*, *landsbygden*, *grannlands* compounds; the country and region names *Finland*, *Estland*, *Jämtland*, *Lappland*, *Götaland*, *Norrlands* don't care; *bland* neither.
- **nätter**: *natt*, *natten*, *nätter*, *nätterna* relevant; the network *nät*, *nätet*, *näten*, *nätsäkerhet*, *nätverks-* must_not; *nattetid*, *nattskiftet* compounds; *nationell* neither.
- **bönder**: *bonde*, *bönder*, *bönderna* relevant; *bön* (a prayer at the funeral) must_not.
- **händerna**: *hand* (*tog hand om*, *i hand*) and *händerna* relevant; *hände*, *hända*, *händelser*, *handlar*, *handlat* must_not; *behandlas*, *förhandla* neither.
- **bröder**: *brodern*, *bröderna* relevant; the given name *Bror* (Bror Holm) must_not; *lillebror*, *storebror* compounds, don't care.
- **larm** (compounds): *trygghetslarm*, *larmcentralen*, *larmoperatör*, *larmskåp*, *falsklarm* relevant; the verb and *SOS Alarm* must_not.
- **mobil** (compounds): *mobilen*, *mobiler*, *mobilnätet*, *mobiltelefon*, *mobiloperatören*, *mobilmasten* … relevant; *mobiliserade* must_not.
- **nät** (compounds): *nätet*, *näten*, *mobilnätet*, *kärnnätet*, *elnätet*, *kopparnätet*, *telenäten*, *reservnät*, *radionät*, *nätverks-* relevant; *nätter* would be must_not but always sits beside *nätet*; past participles in *-nat* neither.
- **samhälle** (compounds): *samhället*, *samhällets*, *samhällsskydd*, *samhällsviktiga* (linking -s-) relevant.
- **gata** (compounds): *gatan*, street names *Storgatan*, *Kungsgatan*, *Järnvägsgatan*, *Bergsgatan*, *Ågatan*, *Strandgatan*, *Vågbrytargatan* and *gatubelysningen* (linking -u-) relevant; *gåta* must_not.
- **skada** (compounds): *skada*, *skadestånd*, *skadeståndsskyldigt* (linking -e-) relevant; *skadades* (verb) must_not.
- **människa** (compounds): *människor*, *människors*, *människoliv* (linking -o-) relevant; *medmänsklighet* don't care.
- **ambulans** (compounds): every *ambulans-* compound relevant; *ambulerande* must_not.
- **beredskap** (compounds): *beredskap*, *krisberedskap*, *beredskapslager*, *beredskapsdebatten*, *beredskapssamordnaren*, *beredskapsdirektör* relevant.
- **"felaktig uppdatering"**: *en felaktig uppdatering* relevant; *den felaktiga versionen* with *uppdateringen* elsewhere must_not.
- **"ringde förgäves"**: *ringde förgäves* relevant; *Jag försökte ringa … Det var förgäves.* must_not.
- **"öppna trygghetspunkter"**: *öppna/öppnade trygghetspunkter* adjacent relevant; *Trygghetspunkterna hålls öppna*, *öppnade kommunen tre trygghetspunkter* must_not.
- **"i hela landet"**: relevant only adjacent; *När hela landet drabbades*, *för hela landet* must_not; *ett helt land* don't care (*helt* is adjective or adverb).
- **"fel i mjukvaran"**: *ett fel i mjukvaran*, *felet i mjukvaran* relevant; *Ett enda fel … mjukvara* apart must_not; *mjukvarufel* alone don't care.
- **"utfrågning i riksdagen"**: *utfrågningen i riksdagen* relevant; *utfrågningen* and *riksdagens trafikutskott* apart must_not.
- **"kom inte fram"**: *kom inte fram* relevant; *inte kom fram*, *inte kommer fram*, *kommit fram* (reordered or without *inte*) must_not.
- **"Dag Strand"**: the CEO's full name relevant; *i dag* in an article about Hanna and Björn Strand must_not.
- **PTS MSB**: both relevant; one alone must_not.
- **Västerbotten OR Norrbotten**: either name (also the genitive) relevant.
- **vd -riksdagen**: *vd* without *riksdagen/riksdagens* relevant; with it must_not; *riksdagsledamöter* alone is a compound, don't care.
- **ambulans Vindeln**: both; *Vindelälven* is not *Vindeln* (neither); an ambulance compound alone makes it don't care.
- **radio OR sms**: *radio*, *radion*, *sms* relevant; *radiokanal*, *radionät* alone don't care.
- **Nordvåg -ersättning**: *ersättning*, *ersättningen* exclude; the verb *ersätta*, *ersättas* does not.
- **Ek Vindeln**: the surname *Ek* (and *Eks*) with *Vindeln*; *Ekbacka*, *Ekdahl*, *Ekström*, *ekonomi* are not *Ek*, so those articles are must_not.
- **Filters**: `källa:` matches one word of the outlet name (*Kompass*, *Bladet*, *Kvällsklockan*, *Signalen*, *Polstjärnan*); articles with the term that fail the filter are must_not, and so are lookalike-only articles.
- **Björn** (trap): the given name (Björn Lärka, Björn Strand, the newborn Björn) relevant; *björnen* (the animal) and the surname *Björnström* must_not.
- **Strand** (trap): the surname (Dag, Kerstin, Hanna, Björn Strand) relevant; *stranden*, *stränder* and the street names *Strandvägen*, *Norra Strandgatan* must_not.
- **Ek** (trap): the surname *Ek*, *Eks* relevant; *Ekbacka*, *Ekdahl*, *Ekström*, *ekonomi* must_not; *bibliotek*, *svek* neither.
- **våg** (trap): *en våg av samtal*, *en våg av anmälningar* relevant; the operator *Nordvåg*, the street *Vågbrytargatan*, *vågat* and every form of *väg* (*vägen*, *reservväg*, *Strandvägen*, *förväg*, *överväga*) must_not.
- **mast** (trap): *mast*, *masten*, *master* relevant; *måste* must_not; *mobilmasten* compound; *närmaste* neither.
- **ton** (trap): the dial tone *ton* relevant; *tonåringen*, *betonar* and the numbers *femton*, *fjorton*, *sjutton*, *tretton* must_not.
- **tid** (trap): *tid*, *tiden*, *tider* relevant; *tidigare*, *tidigt*, *tidigast* and the adverb *alltid* must_not; *nattetid*, *öppettider* compounds.
- **kö** (trap): *kö*, *kön*, *köerna* relevant; *kor* (cows), *kort*, *korta*, *kör*, *köra*, *körde*, *körkort* must_not.
- **lag** (trap): *lagen* relevant; *bolag*, *bolaget*, *telebolag*, *lager*, *lagt*, the adverb *lagom* and *jaktlag* (team) must_not; *lagkrav*, *lagstiftning* compounds.
- **vård** (trap): *vård*, *vården* relevant; *vårdas* (verb), *vardag*, *värdefull*, *fruktansvärd* must_not; *vårdcentraler*, *ambulanssjukvården* compounds.
- **nöd** (trap): *i nöd* relevant; *nödvändigt*, *nödvändiga* must_not; *nödnumret*, *nödsamtal* compounds, don't care.
- **tal** (trap): a speech (*ett kort tal*, *sitt inledande tal*) relevant; *samtal*, *antal*, *avtal*, the verb *talade*, *talat*, *digital*, *Capital*, *kapitalet* must_not; *ett sextiotal*, *åratal*, *mörkertal*, *nittiotalet*, *talesperson* don't care.
- **svar** (trap): *svar*, *svaret* relevant; the verb *svara*, *svarade*, *svarar*, *svarat*, *svart*, *svårt*, *svåra*, *ansvar*, *försvar*, *motsvarande*, *besvara* must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("outage", "k", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
