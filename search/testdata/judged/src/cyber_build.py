#!/usr/bin/env python3
"""Builds corpus_cyber.json and corpus_cyber.md from cyber_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 cyber_build.py [-v]
"""

import fire_build
from cyber_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "attack": dict(
        probe=r"attack",
        rel=S("attack attacken attacker attackerna"),
        comp=S("hackerattacker"),
        no=S("attackerade"),
    ),
    "utredning": dict(probe=r"utred", rel=S("utredning utredningen"), no=S("utreda")),
    "lön": dict(
        probe=r"l[öo]n",
        rel=S("lön lönen löner lönerna"),
        comp=S("lönechef lönekontoret löneregistret lönesystem lönesystemet löneuppgifter timlön"),
        no=S("lönar"),
    ),
    "läcka": dict(
        probe=r"l[äa]ck",
        rel=S("läckan läckor"),
        comp=S("dataläckan"),
        no=S("läckt läckta läckte"),
    ),
    "intrång": dict(probe=r"intr[åa]ng", rel=S("intrång intrånget"), comp=S("dataintrång")),
    "varning": dict(probe=r"varn", rel=S("varning varningar varningarna"), no=S("varnade varnar")),
    "lösensumma": dict(probe=r"lösensum", rel=S("lösensumma lösensumman lösensummor")),
    # --- syncope ---
    "nummer": dict(
        probe=r"numm|numr",
        rel=S("nummer numret"),
        comp=S("personnummer telefonnumret"),
        no=S("numrerade"),
    ),
    "register": dict(
        probe=r"regist",
        rel=S("register registren registret"),
        comp=S("löneregistret"),
        no=S("registrerades"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknet"),
        no=S("tecknade tecknat"),
        nei=S("anteckningar"),
    ),
    "exempel": dict(probe=r"exemp", rel=S("exempel exemplet"), no=S("exemplariskt")),
    "fönster": dict(probe=r"fönst", rel=S("fönster fönstret"), comp=S("tidsfönster")),
    "vatten": dict(probe=r"vatt", rel=S("vattnet"), comp=S("vattenchef vattenverket")),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer"),
        no=S("städade städat"),
        nei=S("kostade testade testades"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand händerna"),
        dc=S("omhändertagen"),
        no=S("handlar handling efterhand upphandlare upphandling upphandlingar upphandlingen"),
    ),
    "bok": dict(
        probe=r"bok|böck",
        rel=S("boken böcker böckerna"),
        comp=S("läroböcker pappersböcker"),
        no=S("bokade bokningen"),
    ),
    "natt": dict(
        probe=r"n[aä]t",
        rel=S("natten nätter nätterna"),
        comp=S("nattöppet"),
        no=S("nät nätet nätets nätfiske nätfiskemejl nätverk nätverket"),
        nei=S("annat internationell internationella internationellt kunnat lämnat lånat nationell nationellt "
              "naturkatastrof stannat tecknat öppnat"),
    ),
    "man": dict(
        probe=r"^m[aå]n|^män",
        rel=S("man mannen män männen"),
        no=S("manar"),
        nei=S("manuella människor människors månaden månader måndag många"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("riksdagsledamoten"),
    ),
    # --- compounds ---
    "säkerhet": dict(
        probe=r"s[äa]ker",
        rel=S("säkerhet säkerheten"),
        comp=S("cybersäkerhet cybersäkerhetslag cybersäkerhetslagen informationssäkerhet säkerhetsbranschen "
               "säkerhetscenter säkerhetsexperter säkerhetsföretag säkerhetsföretaget säkerhetskopior "
               "säkerhetskopiorna"),
        no=S("säker säkert saker"),
    ),
    "system": dict(
        probe=r"system",
        rel=S("system systemet systemen"),
        comp=S("journalsystemet lånesystemet lönesystem lönesystemet styrsystemet"),
        no=S("systematiskt"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skolan skolor skolorna"),
        comp=S("björksätraskolan grundskolorna högskolan skolmaten skolplattform skolplattformen"),
    ),
    "vård": dict(
        probe=r"v[åa]rd",
        rel=S("vård vården"),
        comp=S("vårdcentralen vårdcentraler vårdcentralerna"),
        dc=S("vårdnadshavare"),
        no=S("vårdslöst vardagar"),
    ),
    # --- traps ---
    "hot": dict(probe=r"hot", rel=S("hot hotet"), no=S("hotar hotas")),
    "krav": dict(probe=r"krav|kräv", rel=S("krav kraven kravet"), no=S("krävde kräver")),
    "svar": dict(
        probe=r"svar",
        rel=S("svar svaret"),
        comp=S("labbsvaren"),
        no=S("svara svarade svarar svarat ansvar ansvaret ansvariga motsvarande försvar försvara"),
    ),
    "stöd": dict(
        probe=r"st[öo]d",
        rel=S("stöd stödet"),
        comp=S("stödlinje stödlinjen stödstyrka"),
        no=S("stödde stödja stod"),
    ),
    "skydd": dict(
        probe=r"skyd",
        rel=S("skydd skyddet"),
        comp=S("samhällsskydd skyddsrum"),
        dc=S("dataskyddsförordningen dataskyddsombud integritetsskyddsmyndigheten"),
        no=S("skydda skyddad skyddade skyddades"),
    ),
    "besök": dict(probe=r"besök", rel=S("besök"), no=S("besöka besökare")),
    "test": dict(
        probe=r"test",
        rel=S("test tester testerna testet"),
        comp=S("penetrationstest penetrationstester"),
        no=S("testa testade testades testar testas testat"),
    ),
    "tips": dict(probe=r"tips", rel=S("tips tipset"), no=S("tipsade")),
    "mejl": dict(
        probe=r"mejl",
        rel=S("mejl mejlen mejlet"),
        comp=S("bluffmejl nätfiskemejl"),
        no=S("mejlar mejlade"),
    ),
    "lösen": dict(
        probe=r"lös",
        rel=S("lösen"),
        comp=S("lösenord lösensumma lösensumman lösensummor"),
        no=S("lösa löser löste lösningen"),
        nei=S("vårdslöst"),
    ),
    "bluff": dict(probe=r"bluff", rel=S("bluff"), comp=S("bluffmejl bluffsamtal"), no=S("bluffat")),
    "köp": dict(
        probe=r"köp|kop",
        rel=S("köp köpet"),
        no=S("köpa köper köps"),
        nei=S("kopierats kopior kopiorna kopplingar säkerhetskopior säkerhetskopiorna"),
    ),
    "spår": dict(
        probe=r"sp[åa]r",
        rel=S("spår spåren"),
        no=S("spara sparade sparas sparat spåra"),
    ),
    "mål": dict(probe=r"m[åa]l", rel=S("målet"), no=S("målade"), nei=S("malin mallar normalt")),
    "lag": dict(
        probe=r"l[aå]g",
        rel=S("lagar lagen"),
        comp=S("cybersäkerhetslag cybersäkerhetslagen"),
        no=S("lagring låg låga lagade bolaget riskkapitalbolaget beredskapslager"),
        nei=S("förfrågningsunderlaget förslag förslaget kammaråklagaren åklagare åklagaren sammanlagt slaget slagit "
              "tillslag utslaget klagade"),
    ),
    "brott": dict(
        probe=r"br[oö]t|brut",
        rel=S("brott brotten"),
        comp=S("brottscentrum"),
        dc=S("brottslighet"),
        no=S("avbrott avbrottet brutit bröt"),
    ),
    "fil": dict(probe=r"fil", rel=S("fil filen filer filerna"), no=S("filar")),
    "data": dict(
        probe=r"dat",
        rel=S("data"),
        comp=S("dataintrång dataläckan dataskyddsförordningen dataskyddsombud"),
        no=S("datorer datorn"),
        nei=S("rekommendationen städat uppdateras uppdateringar"),
    ),
    "säker": dict(
        probe=r"s[äa]k[er]",
        rel=S("säker säkert"),
        no=S("säkerhet säkerheten cybersäkerhet cybersäkerhetslag cybersäkerhetslagen informationssäkerhet "
             "säkerhetsbranschen säkerhetscenter säkerhetsexperter säkerhetsföretag säkerhetsföretaget "
             "säkerhetskopior säkerhetskopiorna saker säkrat"),
    ),
    # --- words of phrases, booleans and filters ---
    "kritisk": dict(probe=r"kritisk", rel=S("kritisk")),
    "infrastruktur": dict(probe=r"infrastruktur", rel=S("infrastruktur infrastrukturen")),
    "betala": dict(probe=r"betal", rel=S("betala betalar betalas betalt"), dc=S("utbetalda")),
    "mörk": dict(probe=r"^mörk", rel=S("mörka")),
    "nät": dict(
        probe=r"^nät",
        rel=S("nät nätet nätets"),
        nei=S("nätfiske nätfiskemejl nätter nätterna nätverk nätverket"),
    ),
    "journal": dict(
        probe=r"journal",
        rel=S("journaler journalerna"),
        comp=S("journalsystemet pappersjournaler pappersjournalerna patientjournaler"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "papper": dict(
        probe=r"papp",
        rel=S("papper pappren"),
        comp=S("pappersböcker pappersjournaler pappersjournalerna pappersprodukt"),
    ),
    "samhällsskydd": dict(probe=r"samhällsskydd", rel=S("samhällsskydd")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "beredskap": dict(probe=r"beredskap", rel=S("beredskap"), comp=S("beredskapslager")),
    "offentlig": dict(probe=r"offentlig", rel=S("offentlig offentliga")),
    "upphandling": dict(
        probe=r"upphandl",
        rel=S("upphandling upphandlingar upphandlingen"),
        dc=S("upphandlare"),
    ),
    "polis": dict(probe=r"polis", rel=S("polis polisen polisens"), comp=S("polisanmäler polisanmält")),
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteken apoteket"),
        comp=S("sjukhusapoteket"),
        dc=S("apotekare apotekarna"),
    ),
    "vårdcentral": dict(probe=r"vårdcentral", rel=S("vårdcentralen vårdcentraler vårdcentralerna")),
    "sandviken": dict(probe=r"sandvik", rel=S("sandviken sandvikens")),
    "hofors": dict(probe=r"hofors", rel=S("hofors")),
    "nightcrane": dict(probe=r"nightcrane", rel=S("nightcrane")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("attack", "inflection", False, ("term", "attack")),
    ("utredning", "inflection", False, ("term", "utredning")),
    ("lön", "inflection", False, ("term", "lön")),
    ("läckan", "inflection", False, ("term", "läcka")),
    ("intrång", "inflection", False, ("term", "intrång")),
    ("varningar", "inflection", False, ("term", "varning")),
    ("lösensumma", "inflection", False, ("term", "lösensumma")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("register", "syncope", False, ("term", "register")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("exemplet", "syncope", False, ("term", "exempel")),
    ("fönster", "syncope", False, ("term", "fönster")),
    ("vatten", "syncope", False, ("term", "vatten")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händer", "umlaut", False, ("term", "hand")),
    ("bok", "umlaut", False, ("term", "bok")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("män", "umlaut", False, ("term", "man")),
    ("ledamot", "umlaut", False, ("term", "ledamot")),
    ("attack", "compound", True, ("term", "attack")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ("system", "compound", True, ("term", "system")),
    ("skola", "compound", True, ("term", "skola")),
    ("vård", "compound", True, ("term", "vård")),
    ("lön", "compound", True, ("term", "lön")),
    ("skydd", "compound", True, ("term", "skydd")),
    ('"kritisk infrastruktur"', "phrase", False, ("phrase", ["kritisk", "infrastruktur"])),
    ('"betala lösen"', "phrase", False, ("phrase", ["betala", "lösen"])),
    ('"mörka nätet"', "phrase", False, ("phrase", ["mörk", "nät"])),
    ('"journaler på papper"', "phrase", False, ("phrase", ["journal", "på", "papper"])),
    ('"samhällsskydd och beredskap"', "phrase", False, ("phrase", ["samhällsskydd", "och", "beredskap"])),
    ('"offentlig upphandling"', "phrase", False, ("phrase", ["offentlig", "upphandling"])),
    ("lösensumma polisen", "boolean", False, ("and", ["lösensumma", "polis"])),
    ("apotek OR vårdcentral", "boolean", False, ("or", ["apotek", "vårdcentral"])),
    ("läckan -polisen", "boolean", False, ("not", "läcka", "polis")),
    ("Sandviken Hofors", "boolean", False, ("and", ["sandviken", "hofors"])),
    ("lön -Sandviken", "boolean", False, ("not", "lön", "sandviken")),
    ("varning mejl", "boolean", False, ("and", ["varning", "mejl"])),
    ("attack -NightCrane", "boolean", False, ("not", "attack", "nightcrane")),
    ("källa:Norrsken attack", "filter", False, ("filter", "Norrsken", "attack")),
    ("källa:Pulsen lösensumma", "filter", False, ("filter", "Pulsen", "lösensumma")),
    ("källa:Kodbladet upphandling", "filter", False, ("filter", "Kodbladet", "upphandling")),
    ("källa:Riksblad läckan", "filter", False, ("filter", "Riksblad", "läcka")),
    ("typ:opinion upphandling", "filter", False, ("filter", "opinion", "upphandling")),
    ("typ:opinion lön", "filter", False, ("filter", "opinion", "lön")),
    ("hot", "trap", False, ("term", "hot")),
    ("krav", "trap", False, ("term", "krav")),
    ("svar", "trap", False, ("term", "svar")),
    ("stöd", "trap", False, ("term", "stöd")),
    ("skydd", "trap", False, ("term", "skydd")),
    ("besök", "trap", False, ("term", "besök")),
    ("test", "trap", False, ("term", "test")),
    ("tips", "trap", False, ("term", "tips")),
    ("mejl", "trap", False, ("term", "mejl")),
    ("lösen", "trap", False, ("term", "lösen")),
    ("bluff", "trap", False, ("term", "bluff")),
    ("köp", "trap", False, ("term", "köp")),
    ("spår", "trap", False, ("term", "spår")),
    ("mål", "trap", False, ("term", "mål")),
    ("lag", "trap", False, ("term", "lag")),
    ("brott", "trap", False, ("term", "brott")),
    ("fil", "trap", False, ("term", "fil")),
    ("data", "trap", False, ("term", "data")),
    ("säker", "trap", False, ("term", "säker")),
]

HEADER = """# corpus_cyber.json – judging notes

Invented crisis: in the night to Monday 14 September 2026 a ransomware attack (it-attack, utpressningsvirus) by a criminal group calling itself NightCrane encrypts the servers of Tellnor IT AB, the operator that runs IT for Region Gävleborg's medical records and for the municipalities of Sandviken, Hofors, Ockelbo and Ovanåker. Payroll (the system Kassio), the schools' platform, e-mail, the library and the control of a water works go down; health care and pharmacies work on paper; the group demands a ransom (lösensumma) that the region refuses to pay, and leaks staff and pupils' personal data (personnummer) on the dark web, followed by fraud calls. The articles follow the weeks before (the procurement, MSB's warnings about phishing), the attack and the weeks of paper, the police's and a prosecutor's investigation, Europol's arrests, IMY's review, MSB's cost estimate and report, lawsuits against the supplier, a new cybersecurity law in the Riksdag, and a debate about IT security, backups and public procurement, to January 2027. Places and public bodies are real (Gävle, Sandviken, Hofors, Ockelbo, Ovanåker, Edsbyn, Hudiksvall, Bollnäs; Region Gävleborg, MSB, CERT-SE, Polisen, IMY, Europol, SKR, Gävle tingsrätt); the companies (Tellnor IT AB, Sentrix, Nordhav Partners), the group NightCrane, the system Kassio, the school Björksätraskolan, every person and all six outlets are invented: Gävlebygdens Tidning and Sandvikens Dagblad (local dailies), Radio Norrsken (local radio, with quotes), Nyhetsbyrån Pulsen (wire service, also carrying press releases), Dagens Riksblad (national daily) and Kodbladet (IT trade paper). 105 articles (87 news, 18 opinion: leaders, debate articles, columns, letters), published 20 August 2026 to 20 January 2027, +02:00 until 25 October and +01:00 after. The ids c001–c105 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* and *mannen* are only the noun), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the noun *läcka* in its base form (the infinitive of the verb; only *läckan*, *läckor* are the noun), the verb *säkra* in the forms *säkra*/*säkrar* (the adjective's plural; only the supine *säkrat* appears), the imperatives *stöd*, *besök*, *köp*, *fil*, the present *spår* of *spå*, the verb *lagar* and *lag* meaning a team, and *mål* meaning a meal (every *mål*/*målet* is a court case).

How the lists were made: src/cyber_articles.py holds the texts and src/cyber_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: spår/spara, stöd/stod, säker/saker, lag/låg, vård/vard, natt/nät, köp/kop, mål/mal, lön/lon, man/mån) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so a hyphenated word is split: *it-attacken* gives *it* and *attacken*. `python3 cyber_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Hyphenated it-words**: *it-attacken*, *it-attack*, *it-säkerhet*, *it-system* are written with a hyphen, and the part after it is a word of its own, so they are relevant for `attack`, `säkerhet`, `system` even with compounds:false.
- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *säkerhetskopiorna*, *informationssäkerhet*; -e- *löneregistret*, *lönesystemet*, *lönechef*; none *hackerattacker*, *journalsystemet*, *vårdcentralen*, *timlön*, *samhällsskydd*, *skyddsrum*, *grundskolorna*, *högskolan* (a school of higher education, so a compound of *skola*). A word inside a longer compound is don't care: *dataskyddsförordningen*, *dataskyddsombud*, *integritetsskyddsmyndigheten* for `skydd`.
- **säker / säkerhet** (decided: two lemmas). `säker` (trap) is the adjective: *säker*, *säkert* relevant; the noun *säkerhet*, *säkerheten* and every compound of it (*säkerhetskopiorna*, *cybersäkerhetslagen*, *informationssäkerhet* …), the diacritic lookalike *saker* (things) and *säkrat* (the verb *säkra*) → must_not. `säkerhet` (compound) is the noun: *säker*, *säkert*, *saker* → must_not.
- **data** (trap): *datorer*, *datorn* → must_not; *dataintrång*, *dataläckan*, *dataskyddsförordningen*, *dataskyddsombud* are compounds → don't care; *uppdateras*, *städat* are neither.
- **brott** (trap): *avbrott*, *avbrottet* (an interruption: a compound that only looks like it), *bröt* and *brutit* (bryta) → must_not; *brottslighet* (a derivation) → don't care; *brottscentrum* compound.
- **svar** (trap): the verb *svara* (*svarade*, *svarar*, *svarat*), *ansvar*, *ansvaret*, *ansvariga*, *motsvarande*, *försvar*, *försvara* → must_not; *labbsvaren* compound.
- **stöd** (trap): *stödja*, *stödde* and *stod* (stå, diacritic lookalike) → must_not; *stödlinjen*, *stödstyrka* compounds.
- **skydd** (trap and compound): the verb and its participles *skydda*, *skyddades*, *skyddade personuppgifter*, *skyddad identitet* → must_not.
- **hot**: *hotar*, *hotas* → must_not. **krav**: *kräver*, *krävde* → must_not. **besök**: *besöka* and *besökare* (a derivation meaning visitor) → must_not. **test**: *testa*, *testar*, *testade*, *testades*, *testas*, *testat* → must_not; *penetrationstester* compound. **tips**: *tipsade* → must_not. **mejl**: *mejlar*, *mejlade* → must_not; *bluffmejl*, *nätfiskemejl* compounds. **bluff**: *bluffat* → must_not. **köp**: *köpa*, *köper*, *köps* → must_not; *kopior*, *kopplingar* are neither. **spår**: *spara*, *sparade*, *sparas*, *sparat* (diacritic) and the verb *spåra* → must_not. **mål**: *målade* (måla) → must_not; *mallar* neither. **fil**: *filar* (fila) → must_not.
- **lösen** (trap): *lösa*, *löser*, *löste*, *lösningen* → must_not; *lösenord* (lösen as watchword) and *lösensumma*, *lösensumman*, *lösensummor* are compounds → don't care.
- **lag** (trap): *låg*, *låga* (diacritic; both the adjective and ligga's preterite), *lagade* (laga), *lagring*, *beredskapslager*, *bolaget*, *riskkapitalbolaget* → must_not; *förslaget*, *förfrågningsunderlaget*, *åklagaren*, *tillslag*, *slaget*, *sammanlagt*, *klagade* are neither; *cybersäkerhetslagen* compound.
- **händer** (`hand`): *för hand*, *i händerna* → relevant; *handlar*, *handling* (action), *efterhand* and *upphandling* with its forms and *upphandlare* → must_not; *omhändertagen* → don't care.
- **nätter** (`natt`): *nät*, *nätet*, *nätets*, *nätverk*, *nätverket*, *nätfiske*, *nätfiskemejl* → must_not; *nattöppet* compound. **städer**: *städade*, *städat* → must_not. **bok**: *bokade*, *bokningen* → must_not; *läroböcker*, *pappersböcker* compounds. **män**: *manar* (mana) → must_not; *många*, *människor*, *månader* are neither.
- **lön**: *lönar* (löna sig) → must_not. **läckan**: the verb *läckt*, *läckte* and the participle *läckta* → must_not; *dataläckan* compound. **varningar**: *varnade*, *varnar* → must_not. **utredning**: *utreda* → must_not. **exemplet**: *exemplariskt* → must_not. **numret**: *numrerade* → must_not; *personnummer*, *telefonnumret* compounds. **register**: *registrerades* → must_not. **tecken**: *tecknade*, *tecknat* (teckna avtal) → must_not; *anteckningar* neither. **vård**: *vårdslöst* (careless) and *vardagar* (diacritic) → must_not; *vårdnadshavare* → don't care. **system**: *systematiskt* → must_not. **apotek**: *apotekare* → don't care; **upphandling**: *upphandlare* → don't care; **betala**: *utbetalda* → don't care.
- **Phrases**: *Infrastrukturen är för kritisk* → must_not for "kritisk infrastruktur". *Betala aldrig lösen*, *betalas ut i lösen* and *om lösen inte betalas* → must_not for "betala lösen"; *betala* with only *lösensumman* → don't care. *Nätet har sina mörka hörn* → must_not for "mörka nätet"; *det mörka nätets* relevant. *Journalerna fördes under tre veckor på papper* → must_not for "journaler på papper"; *pappersjournaler* is a compound → don't care. *Beredskap och samhällsskydd* → must_not for "samhällsskydd och beredskap". *upphandlingen var offentlig* → must_not for "offentlig upphandling".
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*polisanmält*), don't care. *Sandvikens* is the genitive of the place and counts.
- **Filters**: `källa:` matches one word of the outlet's name (*Norrsken*, *Pulsen*, *Kodbladet*, *Riksblad*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""



# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("cyber", "c", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
