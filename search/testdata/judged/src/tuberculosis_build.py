#!/usr/bin/env python3
"""Builds corpus_tuberculosis.json and corpus_tuberculosis.md from tuberculosis_articles.py and the hand-written
word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 tuberculosis_build.py [-v]
"""

import fire_build
from tuberculosis_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "smittspårning": dict(
        probe=r"smittspår",
        rel=S("smittspårning smittspårningen"),
        no=S("smittspåra"),
    ),
    "sjukskrivning": dict(
        probe=r"sjukskr",
        rel=S("sjukskrivning sjukskrivningen sjukskrivningarna"),
        no=S("sjukskriven sjukskrivna sjukskrivne"),
    ),
    "lärare": dict(
        probe=r"^lär|lärar|lärare",
        rel=S("lärare läraren lärarna"),
        comp=S("matematikläraren lärarfacket lärarfackets"),
        no=S("lära lärt lärdom lärdomar lärplattform"),
    ),
    "elev": dict(
        probe=r"elev",
        rel=S("elev eleven elevens elever eleverna"),
        comp=S("elevhälsan elevrådet gymnasieelev"),
    ),
    "hosta": dict(
        probe=r"host",
        rel=S("hosta hostan"),
        dc=S("upphostningsprov"),
        no=S("hostade hostar hostat"),
    ),
    "resistens": dict(
        probe=r"resisten",
        rel=S("resistens resistensen"),
        comp=S("resistensbestämning resistensbestämningen resistenssvaret"),
        no=S("resistent resistenta multiresistent multiresistenta"),
    ),
    "vaccin": dict(
        probe=r"vaccin",
        rel=S("vaccin vaccinet"),
        no=S("vaccinerad vaccinerade vaccineras"),
    ),
    "behandling": dict(
        probe=r"behandl",
        rel=S("behandling behandlingen"),
        dc=S("behandlingsbar"),
        no=S("behandlas behandlats"),
    ),
    "utbrott": dict(
        probe=r"utbrott|utbröt",
        rel=S("utbrott utbrotten utbrottet"),
        comp=S("tuberkulosutbrotten tuberkulosutbrottet örebroutbrottet"),
    ),
    # --- syncope ---
    "förälder": dict(
        probe=r"föräld",
        rel=S("förälder föräldrar föräldrarna föräldrars"),
        comp=S("föräldraföreningen"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        comp=S("klartecken"),
        no=S("tecknat"),
    ),
    "nummer": dict(
        probe=r"numm|numr|numer",
        rel=S("nummer numret"),
        comp=S("telefonnummer telefonnumret"),
        no=S("numera"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("hindrat förhindrat"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regeln reglerna"),
        comp=S("förhållningsregler"),
        no=S("reglera regleras"),
    ),
    "tvivel": dict(
        probe=r"tviv",
        rel=S("tvivel tvivlet"),
        no=S("tvivla tvivlade tvivlat"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden städer"),
        no=S("städade städar städare städarna städningen städpersonalen"),
        nei=S("hostade testade testades"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land landet landets länder"),
        dc=S("utomlands"),
        no=S("landade"),
        nei=S("bland förhållanden meddelanden pressmeddelande nyanlända vilande"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen"),
        no=S("söndag sönder"),
        nei=S("personen"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|bror|bröder",
        rel=S("bror brodern bröder bröderna"),
        comp=S("lillebror"),
        no=S("bröd brödet"),
    ),
    "ung": dict(
        probe=r"^ung|^yng",
        rel=S("ung unga yngre yngste"),
        dc=S("ungdom"),
        no=S("ungefär"),
    ),
    "stor": dict(
        probe=r"^st[oö]r",
        rel=S("stor stora stort större störst största"),
        no=S("storbritannien störa störningar"),
    ),
    # --- compounds ---
    "smitta": dict(
        probe=r"smitt",
        rel=S("smitta smittan"),
        comp=S("smittförande smittskydd smittskyddet smittskyddets smittskyddslagen smittskyddsläkare smittskyddsläkaren "
               "smittskyddsärende smittspårning smittspårningen"),
        dc=S("smittsam smittsamt smittspåra"),
        no=S("smittad smittade smittades smittar smittas smittat smittats"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prov proven prover proverna provet"),
        comp=S("blodprov provrör provsvar provsvaren provtagning provtagningar provtagningen provtagningsdagarna "
               "provtagningsomgångar provtagningsomgången provtagningsstationer tuberkulosprov upphostningsprov"),
        no=S("beprövad provade provat provisoriskt pröva"),
    ),
    "svar": dict(
        probe=r"sv[aå]r",
        rel=S("svar svaren svaret"),
        comp=S("provsvar provsvaren resistenssvaret svarstid svarstiden svarstider svarstiderna"),
        no=S("ansvar ansvarig ansvariga besvaras immunförsvar svara svarade svarar svarat svart svartågymnasiet "
             "svartågymnasiets svåra svårare svåraste svårt"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("elevhälsan hälso hälsoundersökning hälsoundersökningen"),
        dc=S("folkhälsomyndigheten folkhälsomyndighetens"),
        no=S("hälsade hälsat"),
    ),
    "läkare": dict(
        probe=r"läk",
        rel=S("läkare läkaren läkarens läkarna läkarnas"),
        comp=S("distriktsläkare infektionsläkaren läkarbesök smittskyddsläkare smittskyddsläkaren"),
        no=S("läkemedel läkemedlen läkemedlet"),
        nei=S("släkting"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan gatorna"),
        comp=S("fabriksgatan gatuköket"),
        no=S("gåta"),
        nei=S("obligatorisk"),
    ),
    "test": dict(
        probe=r"test",
        rel=S("test testerna testet"),
        comp=S("blodtest testresultatet"),
        no=S("testa testade testades testar testas testat testats protesterna"),
    ),
    "sköterska": dict(
        probe=r"sköt",
        rel=S("sköterska sköterskan"),
        comp=S("sjuksköterska sjuksköterskan sjuksköterskor skolsköterskan undersköterska undersköterskan "
               "undersköterskorna"),
        no=S("sköter sköts skött skötte"),
    ),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden tids"),
        comp=S("halvtid kvällstid samtalstider svarstid svarstiden svarstider svarstiderna öppettider väntetiden "
               "väntetiderna"),
        dc=S("förtid"),
        no=S("alltid samtidigt tidigare tidigt tidningen"),
    ),
    # --- traps ---
    "kur": dict(
        probe=r"kur",
        rel=S("kur kuren"),
        no=S("kurator kuratorn kurs kurvan årskurs"),
        nei=S("rikskuriren"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören"),
        comp=S("provrör"),
        no=S("berörda berörs upprörda"),
    ),
    "stam": dict(
        probe=r"st[aä]m",
        rel=S("stam stammarna stammen"),
        no=S("stambanan stämmer stämningen"),
        nei=S("resistensbestämning resistensbestämningen"),
    ),
    "syn": dict(
        probe=r"syn",
        rel=S("synen"),
        comp=S("synpunkter synpunkterna"),
        no=S("synd tillsyn"),
    ),
    "mask": dict(
        probe=r"mask",
        rel=S("masken masker maskerna"),
        no=S("analysmaskin analysmaskinen analysmaskiner analysmaskinerna maskin maskinen maskiner maskinerna"),
    ),
    "hall": dict(
        probe=r"hall",
        rel=S("hall hallen"),
        comp=S("idrottshall idrottshallen"),
        no=S("hallsberg"),
    ),
    "vår": dict(
        probe=r"vår",
        rel=S("vår våras våren"),
        no=S("barnavårdscentralen halvår sjukvård sjukvården våra vård vårdar vårdas vårdcentral vårdcentralen "
             "vårdcentralerna vården vårdens vårdförbundet vårdnadshavare"),
        nei=S("svåra svårare svåraste svårt"),
    ),
    "klass": dict(
        probe=r"klass",
        rel=S("klass klassen klasser"),
        comp=S("avgångsklasser klasskamrat klasskamrater klassrummen klassrummet"),
        no=S("klassas klassisk klassiska"),
    ),
    "lov": dict(
        probe=r"lov",
        rel=S("lovet"),
        comp=S("påsklovet sportlovet"),
        no=S("lovade lovar lovat"),
    ),
    "mat": dict(
        probe=r"mat",
        rel=S("maten"),
        comp=S("matsalen skolmaten"),
        no=S("matematik matematikläraren"),
        nei=S("information informationen informationsmöte informationsmötet larmat systematiskt"),
    ),
    "ålder": dict(
        probe=r"åld|^äld",
        rel=S("ålder åldern"),
        comp=S("årsåldern"),
        no=S("äldre äldreboende äldreboenden äldreboendet äldreomsorgen äldres"),
    ),
    "fall": dict(
        probe=r"fall|föll",
        rel=S("fall fallen fallet"),
        comp=S("tuberkulosfall tuberkulosfallen"),
        no=S("avfall föll"),
    ),
    "ton": dict(
        probe=r"^ton|ton$|tonen",
        rel=S("tonen"),
        comp=S("tonläget"),
        no=S("arton femton nitton sexton tonåring tonåringar tonåringarna"),
    ),
    # --- words of phrases, booleans and filters ---
    "multiresistent": dict(probe=r"multiresist", rel=S("multiresistent multiresistenta")),
    "tuberkulos": dict(
        probe=r"^tuberkulos",
        rel=S("tuberkulos tuberkulosen"),
        comp=S("tuberkulosbakterien tuberkulosfall tuberkulosfallen tuberkulosprov tuberkulosutbrotten "
               "tuberkulosutbrottet"),
    ),
    "latent": dict(probe=r"^latent", rel=S("latent")),
    "hälsoundersökning": dict(
        probe=r"hälsoundersök",
        rel=S("hälsoundersökning hälsoundersökningen"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "nyanländ": dict(probe=r"nyanl", rel=S("nyanlända")),
    "väntan": dict(probe=r"^väntan", rel=S("väntan")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "långvarig": dict(probe=r"^långvarig", rel=S("långvarig")),
    "folkhälsomyndigheten": dict(
        probe=r"folkhälsomynd",
        rel=S("folkhälsomyndigheten folkhälsomyndighetens"),
    ),
    "rekommendation": dict(
        probe=r"rekommend",
        rel=S("rekommendationen rekommendationer rekommendationerna"),
        nei=S("rekommenderar rekommenderas"),
    ),
    "sjukskriven": dict(probe=r"sjukskriv(en|na|ne|et)$", rel=S("sjukskriven sjukskrivna sjukskrivne")),
    "nära": dict(probe=r"^nära$", rel=S("nära")),
    "kontakt": dict(
        probe=r"kontakt",
        rel=S("kontakt kontakten kontakter"),
        no=S("kontaktade kontaktar kontaktas kontakta"),
    ),
    "screening": dict(probe=r"screen", rel=S("screening"), comp=S("tvångsscreening")),
    "lungröntgen": dict(probe=r"lungröntg", rel=S("lungröntgen")),
    "blodprov": dict(probe=r"blodprov", rel=S("blodprov")),
    "äldreboende": dict(
        probe=r"äldreboend",
        rel=S("äldreboende äldreboenden äldreboendet"),
    ),
    "mdr": dict(probe=r"^mdr", rel=S("mdr")),
    "rektor": dict(probe=r"rektor", rel=S("rektor rektorn")),
    "kumla": dict(probe=r"kumla", rel=S("kumla")),
    "hallsberg": dict(probe=r"hallsberg", rel=S("hallsberg")),
    "svarstid": dict(probe=r"svarstid", rel=S("svarstid svarstiden svarstider svarstiderna")),
}


# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("smittspårningen", "inflection", False, ("term", "smittspårning")),
    ("sjukskrivningen", "inflection", False, ("term", "sjukskrivning")),
    ("lärarna", "inflection", False, ("term", "lärare")),
    ("eleverna", "inflection", False, ("term", "elev")),
    ("hostan", "inflection", False, ("term", "hosta")),
    ("resistensen", "inflection", False, ("term", "resistens")),
    ("vaccinet", "inflection", False, ("term", "vaccin")),
    ("behandlingen", "inflection", False, ("term", "behandling")),
    ("utbrottet", "inflection", False, ("term", "utbrott")),
    ("förälder", "syncope", False, ("term", "förälder")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("tvivel", "syncope", False, ("term", "tvivel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("söner", "umlaut", False, ("term", "son")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("större", "umlaut", False, ("term", "stor")),
    ("smitta", "compound", True, ("term", "smitta")),
    ("prov", "compound", True, ("term", "prov")),
    ("svar", "compound", True, ("term", "svar")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("läkare", "compound", True, ("term", "läkare")),
    ("gata", "compound", True, ("term", "gata")),
    ("test", "compound", True, ("term", "test")),
    ("sköterska", "compound", True, ("term", "sköterska")),
    ("tid", "compound", True, ("term", "tid")),
    ('"multiresistent tuberkulos"', "phrase", False, ("phrase", ["multiresistent", "tuberkulos"])),
    ('"latent tuberkulos"', "phrase", False, ("phrase", ["latent", "tuberkulos"])),
    ('"hälsoundersökning av nyanlända"', "phrase", False, ("phrase", ["hälsoundersökning", "av", "nyanländ"])),
    ('"väntan på svar"', "phrase", False, ("phrase", ["väntan", "på", "svar"])),
    ('"långvarig hosta"', "phrase", False, ("phrase", ["långvarig", "hosta"])),
    ('"Folkhälsomyndighetens rekommendationer"', "phrase", False,
     ("phrase", ["folkhälsomyndigheten", "rekommendation"])),
    ('"sjukskriven lärare"', "phrase", False, ("phrase", ["sjukskriven", "lärare"])),
    ('"nära kontakter"', "phrase", False, ("phrase", ["nära", "kontakt"])),
    ("screening nyanlända", "boolean", False, ("and", ["screening", "nyanländ"])),
    ("lungröntgen OR blodprov", "boolean", False, ("or", ["lungröntgen", "blodprov"])),
    ("smittspårningen -äldreboendet", "boolean", False, ("not", "smittspårning", "äldreboende")),
    ("MDR OR multiresistent", "boolean", False, ("or", ["mdr", "multiresistent"])),
    ("föräldrar rektorn", "boolean", False, ("and", ["förälder", "rektor"])),
    ("Kumla OR Hallsberg", "boolean", False, ("or", ["kumla", "hallsberg"])),
    ("svarstider -Folkhälsomyndigheten", "boolean", False, ("not", "svarstid", "folkhälsomyndigheten")),
    ("källa:Hjälmarbladet föräldrarna", "filter", False, ("filter", "Hjälmarbladet", "förälder")),
    ("källa:Kilsbergen smittspårningen", "filter", False, ("filter", "Kilsbergen", "smittspårning")),
    ("källa:Korpen lungröntgen", "filter", False, ("filter", "Korpen", "lungröntgen")),
    ("källa:Kvällsvakten läraren", "filter", False, ("filter", "Kvällsvakten", "lärare")),
    ("källa:Mikroskopet svarstiderna", "filter", False, ("filter", "Mikroskopet", "svarstid")),
    ("typ:opinion screening", "filter", False, ("filter", "opinion", "screening")),
    ("typ:opinion nyanlända", "filter", False, ("filter", "opinion", "nyanländ")),
    ("kur", "trap", False, ("term", "kur")),
    ("rör", "trap", False, ("term", "rör")),
    ("stam", "trap", False, ("term", "stam")),
    ("syn", "trap", False, ("term", "syn")),
    ("mask", "trap", False, ("term", "mask")),
    ("hall", "trap", False, ("term", "hall")),
    ("våren", "trap", False, ("term", "vår")),
    ("klass", "trap", False, ("term", "klass")),
    ("lov", "trap", False, ("term", "lov")),
    ("mat", "trap", False, ("term", "mat")),
    ("ålder", "trap", False, ("term", "ålder")),
    ("fall", "trap", False, ("term", "fall")),
    ("ton", "trap", False, ("term", "ton")),
]

HEADER = """# corpus_tuberculosis.json – judging notes

Invented crisis: on Monday 18 January 2027 Region Örebro län announces that a student at Svartågymnasiet, an upper secondary school on Fabriksgatan in central Örebro, has infectious pulmonary tuberculosis after coughing since the autumn (a health centre took it for asthma twice). Smittskydd Region Örebro län (the communicable-disease physician Helena Bergvall) traces contacts in rings: 164 students and staff are called to blood tests (IGRA) in the school's sports hall, then about 150 more when a mathematics teacher falls ill and goes on sick leave (he is threatened on social media and returns half-time on 10 May), then the care home Lindgårdens vård- och omsorgsboende in Adolfsberg, where the first student worked weekends (41 residents, 58 staff). Parents crowd an information evening, cannot reach the phone line and wait three weeks for answers; the regional laboratory (klinisk mikrobiologi, Laboratoriemedicin, Universitetssjukhuset Örebro) has unfilled posts and one of its two analysers breaks down, and the rapid test on the first student's sample lay for nine days. On 17 February Folkhälsomyndigheten's laboratory finds a multidrug-resistant strain (isoniazid and rifampicin) in two cases, the first student and an 89-year-old resident, who dies in March; IVO later criticises the municipality because her cough was never examined. Two brothers, a care assistant from Kumla and another student fall ill: eight cases, 712 people tested, 66 with latent tuberculosis, a family traced in Hallsberg. Folkhälsomyndigheten advises against closing the school and on follow-up of contacts; politicians demand compulsory screening of new arrivals, doctors, a nurse and the government say no, and a drop-in clinic for the voluntary health examination opens in Vivalla. The region borrows an analyser, hires analysts from agencies, orders an external review and adds 14 million kronor; the acute phase ends on 3 June, the graduates run out on 7 June, and a government inquiry and Folkhälsomyndigheten's report follow. Places and public bodies are real (Örebro, Adolfsberg, Vivalla, Järntorget, Fabriksgatan, Kumla, Hallsberg, Lindesberg, Västra stambanan, Uppsala, Solna; Region Örebro län, Örebro kommun, Universitetssjukhuset Örebro, Lindesbergs lasarett, Akademiska sjukhuset, Örebro universitet, Folkhälsomyndigheten, Socialstyrelsen, IVO, Arbetsmiljöverket, Sveriges Kommuner och Regioner, Vårdförbundet, Kommunal; their actions are invented); the school, the care home, every person and all six outlets are invented: Hjälmarbladet (local daily, Örebro), Radio Kilsbergen (local radio, with quotes and a commentary), Nyhetsbyrån Korpen (wire service, also carrying press releases), Kvällsvakten (national tabloid), Rikskuriren (national daily) and Tidningen Mikroskopet (trade paper for laboratory and health care staff). 123 articles (105 news, 18 opinion: leaders, debate articles and a reply, columns, a radio commentary, readers' letters from a parent, a student, a former refugee and a relative), published 2 December 2026 to 17 June 2027, +01:00 until 28 March 2027 and +02:00 after. The ids tc001–tc123 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (and the noun *man*, *män*, *mannen* too), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb infinitives *smitta*, *hosta* and *hälsa* (every *smitta*, *hosta*, *hälsa* is the noun; the verbs appear only as *smittar*, *smittade*, *hostar*, *hostade*, *hälsade*, *hälsat* …; *hälsa på*, to visit, only in the past), the pronoun *vår* (every *vår* is the season, *i vår*; the pronoun only as *våra*), the verb *rör* (*det rör sig om*; every *rör* is a tube), *stammar* (noun or verb; the plural of *stam* only as *stammarna*), *fall* meaning a tumble, the participle *fallen* and the idioms *i alla fall*, *i så fall* (every *fall*, *fallet*, *fallen* is a case; *i många fall* is the noun), *lov* meaning permission (*få lov*; every *lov* is a school holiday), *ton* as a weight, *mask* meaning a worm, *klass* meaning quality (*i världsklass*), and *kön* meaning sex (*kön* is only the queue, which is not judged). People's names avoid the judged stems (no *Anton*, *Mattias*, *Hallberg*, *Lovisa*).

How the lists were made: src/tuberculosis_articles.py holds the texts and src/tuberculosis_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: stad/städ, land/länd, son/sön, bror/bröd, stor/stör, ung/yng, svar/svår, gata/gåta, stam/stäm, ålder/äldre, prov/pröv) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *tid*, *mat*, *svar*, *vår*, *test*, *hall*, *kur*, *mask*, *syn*, *lov* and *st[aä]d* are unanchored, so they also list *samtidigt*, *information*, *larmat*, *systematiskt*, *immunförsvar*, *besvaras*, *svårt*, *halvår*, *protesterna*, *Hallsberg*, *Rikskuriren*, *årskurs*, *analysmaskinen*, *tillsyn*, *hostade* and *testade*; *ton* is probed at the start and end of words (*arton*, *sexton*, *tonåringar*), *son* and *ung* only from the start (inside words *-son* and *-ung-* are unrelated: *personen*). Tokens are runs of letters, so *IGRA-test*, *MDR-tuberkulos*, *BCG-vaccinet*, *FFP2*, *lex Maria-anmälan* and *hälso- och sjukvård* are split (*IGRA-test* gives the word *test*, *hälso-* the compound part *hälso*). `python3 tuberculosis_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *smittskyddsläkaren*, *distriktsläkare*, *infektionsläkaren* (läkare), *svarstiderna*, *resistenssvaret*, *samtalstider*, *kvällstid* (tid, svar); -e- *väntetiden*, *väntetiderna* (tid); -o- *hälsoundersökning*, *hälso-* (hälsa); -u- *gatuköket* (gata); none *smittskydd*, *smittspårning*, *smittförande* (*smitt-* is *smitta* with the final vowel dropped), *blodprov*, *provsvar*, *provtagningen*, *tuberkulosprov*, *upphostningsprov*, *provrör*, *blodtest*, *testresultatet*, *elevhälsan*, *Fabriksgatan* (a street name ending in *-gatan* counts for `gata`), *sjuksköterskor*, *skolsköterskan*, *undersköterskan*, *halvtid*, *öppettider*, *läkarbesök* (*läkar-* is the compound form of *läkare*). A word inside a longer compound is don't care: *Folkhälsomyndigheten* for `hälsa` (folk + hälso + myndighet), and *i förtid* for `tid`. Derivations are don't care: *smittsam*, *smittsamt* and the verb *smittspåra* for `smitta`.
- **smitta** (compound): the verb *smittar*, *smittade*, *smittades*, *smittas*, *smittat*, *smittats* and the participle *smittad* → must_not. **prov**: *provade*, *provat* (prova), *pröva*, *beprövad* and *provisoriskt* → must_not; *prover*, *proverna* (the plural used in laboratories) are forms of *prov*; *de nationella proven* (exams) are the same noun → relevant. **svar**: *svara*, *svarar*, *svarade*, *svarat*, *besvaras* (the verbs), *ansvar*, *ansvarig(a)* and *immunförsvar* (which only look like compounds of *svar*), *svart* and the school's name *Svartågymnasiet* (*Svartån*, the river), and the diacritic lookalike *svår*, *svårt*, *svåra*, *svårare*, *svåraste* → must_not. **hälsa**: *hälsade*, *hälsat* (greet, visit) → must_not. **läkare**: *läkemedel*, *läkemedlen*, *läkemedlet* (from *läka*) → must_not; *släkting* is neither. **gata**: *gåta* (a riddle) → must_not; *obligatorisk* is neither. **test**: the verb *testa* in all its forms and *protesterna* (which ends in *testerna* but is *protest*) → must_not. **sköterska**: *sköter*, *sköts*, *skött*, *skötte* (sköta) → must_not. **tid**: *alltid*, *samtidigt*, *tidigare*, *tidigt* and *tidningen* → must_not; *tids* (*en längre tids nära kontakt*) is the genitive → relevant.
- **Traps**: **kur** (a course of treatment) – *kurator(n)*, *kurs*, *årskurs*, *kurvan* → must_not; *Rikskuriren* (the outlet named in a text) is neither. **rör** (a tube) – *berörda*, *berörs*, *upprörda* → must_not; *provrör* compound. **stam** (a strain) – *Västra stambanan*, *stämmer*, *stämningen* → must_not; *resistensbestämning* is neither. **syn** (a view) – *tillsyn* (IVO's supervision) and *synd* → must_not; *synpunkter* compound. **mask** – *maskin*, *analysmaskinen* and their forms → must_not. **hall** – *Hallsberg* → must_not; *idrottshall(en)* compound. **våren** – *vård* and every compound of it (*vården*, *vårdcentralen*, *sjukvården*, *Vårdförbundet*, *vårdnadshavare* …), the verb *vårdar*, *vårdas*, the pronoun *våra* and *halvår* → must_not; *i vår*, *i våras* and *våren* are the season → relevant; *svårt* … are neither. **klass** – *klassas* (classified as) and *klassisk(a)* → must_not; *klasskamrater*, *klassrummet*, *avgångsklasser* compounds. **lov** – the verb *lova* (*lovade*, *lovar*, *lovat*) → must_not; *sportlovet*, *påsklovet* compounds. **mat** – *matematik*, *matematikläraren* → must_not; *matsalen*, *skolmaten* compounds; *information*, *larmat*, *systematiskt* are neither. **ålder** – *äldre*, *äldres*, *äldreboende(t)*, *äldreomsorgen* (the comparative of *gammal*, a diacritic lookalike) → must_not; *90-årsåldern* compound. **fall** (a case) – *föll* (falla) and *avfall* → must_not; *tuberkulosfall(en)* compound. **ton** (the tone of a debate) – the numbers *arton*, *femton*, *nitton*, *sexton* and *tonåring(ar)* → must_not; *tonläget* compound.
- **Inflection**: the verbs are must_not for the nouns made from them: *smittspåra* for `smittspårningen`, *sjukskriven*, *sjukskrivna*, *sjukskrivne* (the participle of *sjukskriva*) for `sjukskrivningen`, *hostade*, *hostar*, *hostat* for `hostan`, *vaccinerad(e)*, *vaccineras* for `vaccinet`, *behandlas*, *behandlats* for `behandlingen`; *behandlingsbar* and *upphostningsprov* → don't care. **lärarna**: *lära*, *lärt*, *lärdom(ar)* and *lärplattform* (lära) → must_not; *matematikläraren*, *lärarfacket* compounds. **resistensen**: the adjective *resistent(a)* and *multiresistent(a)* → must_not. **eleverna**, **utbrottet**: no lookalike in the texts.
- **Syncope**: **förälder**: no lookalike. **tecknen**: *tecknat* (*tecknat avtal*) → must_not; *klartecken* compound. **numret**: *numera* → must_not; *telefonnummer(et)* compound. **hindret**: *hindrat*, *förhindrat* → must_not. **reglerna**: *reglera*, *regleras* → must_not; *i regel* is the noun; *förhållningsregler* compound. **tvivel**: *tvivla*, *tvivlade*, *tvivlat* → must_not.
- **Umlaut**: **städer**: *städa* and its forms and derivations (*städade*, *städar*, *städare*, *städarna*, *städningen*, *städpersonalen*) → must_not; *hostade*, *testade* are neither. **länder**: *landade* (*debatten landade i*) → must_not; *utomlands* → don't care; *bland*, *nyanlända*, *pressmeddelande* … are neither. **söner**: *söndag*, *sönder* → must_not. **bröder**: *bröd*, *brödet* → must_not; *lillebror* compound. **yngre**: forms of *ung* are *ung*, *unga*, *yngre*, *yngste*; *ungefär* → must_not; *ungdom* → don't care. **större**: forms of *stor* are *stor*, *stora*, *stort*, *större*, *störst*, *största*; *störa*, *störningar* and *Storbritannien* → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *multiresistent tuberkulos* relevant; *Tuberkulosen i Örebro är multiresistent* alone, or *tuberkulos … Nu är det multiresistent* → must_not. *latent tuberkulos* relevant; *latent infektion* with *tuberkulos* elsewhere → must_not. *hälsoundersökning av nyanlända* relevant (also *hälsoundersökning av nyanlända, bland dem asylsökande*); *nyanlända … en frivillig hälsoundersökning* (reversed) and *screening av nyanlända … hälsoundersökning* → must_not. *väntan på svar* relevant; *Väntan är värst … inget svar* → must_not; the verb *vänta* is not a form of *väntan*. *långvarig hosta* relevant; *en hosta som var långvarig* → must_not. *Folkhälsomyndighetens rekommendationer* relevant; *rekommendationerna från Folkhälsomyndigheten* and *Folkhälsomyndigheten … rekommendationerna* → must_not; the verb *rekommenderar* is neither. *sjukskriven lärare* relevant with *en sjukskriven lärare* and *den sjukskrivne läraren*; *Läraren … är sjukskriven* → must_not. *nära kontakter* relevant with *nära kontakt* and *nära kontakter*; *Kortare kontakter … bor nära* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*tvångsscreening*, *föräldraföreningen*) is don't care. NOT – an article with the excluded term is must_not. OR – no lookalikes; *MDR-tuberkulos* gives *mdr*.
- **Filters**: `källa:` matches one word of the outlet's name (*Hjälmarbladet*, *Kilsbergen*, *Korpen*, *Kvällsvakten*, *Mikroskopet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type; *tvångsscreening* in an opinion piece is a compound → don't care for `typ:opinion screening`.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("tuberculosis", "tc", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
