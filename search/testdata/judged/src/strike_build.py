#!/usr/bin/env python3
"""Builds corpus_strike.json and corpus_strike.md from strike_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 strike_build.py [-v]
"""

import fire_build
from strike_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken strejkens"),
        comp=S("sjuksköterskestrejken strejkbrytare strejkdagen strejkfika strejkkassan strejkledaren strejkvakter "
               "strejkvakterna strejkvarslet"),
        no=S("strejka strejkande strejkar"),
    ),
    "medlare": dict(
        probe=r"medl",
        rel=S("medlare medlaren medlarna medlarnas"),
        dc=S("medlingen medlingsinstitutet medlingsinstitutets"),
        no=S("medlem medlemmar medlemmarna medlen förmedla"),
    ),
    "lockout": dict(
        probe=r"lock",
        rel=S("lockout lockouten"),
        comp=S("lockouthot lockoutvarsel lockoutvarslet"),
        no=S("locka lockar"),
        nei=S("klockan väckarklocka"),
    ),
    "operation": dict(
        probe=r"operat|operer",
        rel=S("operation operationen operationer operationerna"),
        comp=S("axeloperation bukoperationer gallstensoperationer hjärtoperation höftoperation höftoperationer "
               "operationsköerna operationssalar operationssalarna operationssjuksköterska operationssjuksköterskan "
               "operationssjuksköterskor operationsverksamheten"),
        no=S("opererades"),
    ),
    "förlossning": dict(
        probe=r"förloss|förlös",
        rel=S("förlossning förlossningar förlossningarna förlossningen förlossningens"),
        comp=S("förlossningsrum förlossningsvård förlossningsvården"),
        no=S("förlöstes"),
    ),
    "dispens": dict(
        probe=r"dispens",
        rel=S("dispens dispenser dispenserna"),
        comp=S("dispensansökningar dispensnämnd dispensnämnden dispensnämndens dispenssystemet"),
    ),
    "avtal": dict(
        probe=r"avtal",
        rel=S("avtal avtalet"),
        comp=S("avtalsrörelsen industriavtalet kollektivavtal"),
        no=S("avtalade"),
    ),
    "barnmorska": dict(
        probe=r"barnmorsk",
        rel=S("barnmorska barnmorskan barnmorskor barnmorskorna barnmorskornas"),
        comp=S("barnmorskemottagningen"),
    ),
    "vikarie": dict(
        probe=r"vikari",
        rel=S("vikarie vikarier"),
        no=S("vikarierade"),
    ),
    # --- syncope ---
    "varsel": dict(
        probe=r"varsl|varsel",
        rel=S("varsel varslet"),
        comp=S("lockoutvarsel lockoutvarslet strejkvarslet"),
        no=S("varslade varslar"),
    ),
    "födsel": dict(
        probe=r"föd|fött",
        rel=S("födslar födslarna"),
        dc=S("förstföderskor"),
        no=S("föda födande född födde föddes föder fött"),
    ),
    "syster": dict(
        probe=r"syst",
        rel=S("syster systrar"),
        nei=S("dispenssystemet systemet"),
    ),
    "axel": dict(
        probe=r"axel|axl",
        rel=S("axlar axlarna"),
        comp=S("axeloperation"),
        no=S("axlade"),
    ),
    "ängel": dict(
        probe=r"ängl|ängel",
        rel=S("ängel änglar"),
    ),
    "morgon": dict(
        probe=r"morg|morn",
        rel=S("morgon morgonen morgnarna"),
        comp=S("tisdagsmorgonen"),
        nei=S("mammorna"),
    ),
    "semester": dict(
        probe=r"semest",
        rel=S("semester semestrar"),
        comp=S("semesterplaner"),
    ),
    # --- umlaut ---
    "fader": dict(
        probe=r"^f[aä]d|^f[aä]r",
        rel=S("fäder fäderna"),
        no=S("fara farbar farlig farligt"),
        nei=S("färre färst"),
    ),
    "moder": dict(
        probe=r"^m[oö]d|^mor$|^mors$|^mormor",
        rel=S("mor mödrar mödrarna"),
        comp=S("mormor"),
        no=S("moderaterna moderna"),
        nei=S("mod modellen modig"),
    ),
    "låg": dict(
        probe=r"^l[åä]g",
        rel=S("låg låga lågt lägre lägst lägsta"),
        no=S("läget lägga läggas lägger"),
    ),
    "ung": dict(
        probe=r"^ung|^yng",
        rel=S("unga yngre"),
        no=S("ungar ungefär"),
    ),
    "stor": dict(
        probe=r"^st[oö]r",
        rel=S("stor stora stort större störst största"),
        comp=S("storstadsregionerna"),
        dc=S("storuman storumans"),
        no=S("störningar"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land landet länderna"),
        comp=S("inland inlandet inlandets inlandskommuner landsända"),
        dc=S("finland jämtland lappland norrland norrlands"),
        no=S("landade bland ibland pressmeddelande smärtstillande"),
        nei=S("norrländska"),
    ),
    # --- compounds ---
    "förbund": dict(
        probe=r"förbu",
        rel=S("förbund förbundet förbundets"),
        comp=S("akademikerförbundet fackförbund förbundsordförande förbundsstyrelse vårdförbundet vårdförbundets"),
        no=S("förbud övertidsförbud övertidsförbudet övertidsförbudets"),
    ),
    "klinik": dict(
        probe=r"klinik|klinisk",
        rel=S("kliniken klinikens"),
        comp=S("kvinnokliniken medicinkliniker"),
        no=S("klinisk kliniska"),
    ),
    "tillägg": dict(
        probe=r"tilläg",
        rel=S("tillägg tillägget"),
        comp=S("rekryteringstillägg rekryteringstillägget"),
        no=S("tillägger"),
    ),
    "mottagning": dict(
        probe=r"mottag|mottog",
        rel=S("mottagningar mottagningen"),
        comp=S("akutmottagningar akutmottagningarna akutmottagningen barnmorskemottagningen mottagningsbesök"),
        no=S("mottog"),
    ),
    "statistik": dict(
        probe=r"statisti",
        rel=S("statistik statistiken"),
        comp=S("lönestatistik lönestatistiken personalstatistik statistikmyndigheten"),
        dc=S("lönestatistiker"),
        no=S("statistiska"),
    ),
    "ambulans": dict(
        probe=r"ambul",
        rel=S("ambulans ambulansen ambulanserna"),
        comp=S("ambulansberedskap ambulansberedskapen ambulansflyg ambulanshelikopter ambulanspersonalen ambulanssjuksköterskan "
               "ambulanssjukvården ambulanstiderna"),
        no=S("ambulerande"),
    ),
    "plats": dict(
        probe=r"plats",
        rel=S("plats platser"),
        comp=S("arbetsplatser flygplats vårdplats vårdplatser"),
        dc=S("vårdplatssituationen"),
        no=S("platsar"),
    ),
    "skift": dict(
        probe=r"skift",
        rel=S("skift"),
        comp=S("nattskiften skiftarbete treskift"),
        no=S("skiftande årsskiftet"),
    ),
    # --- traps ---
    "pass": dict(
        probe=r"pass",
        rel=S("pass"),
        comp=S("nattpass nattpassen"),
        no=S("passar passerade"),
    ),
    "jour": dict(
        probe=r"jour",
        rel=S("jour jouren"),
        no=S("journaler journalist"),
    ),
    "akuten": dict(
        probe=r"akut",
        rel=S("akuten"),
        comp=S("akutmottagningar akutmottagningarna akutmottagningen"),
        no=S("akut akuta"),
    ),
    "väntan": dict(
        probe=r"vänt",
        rel=S("väntan"),
        comp=S("väntetiden"),
        no=S("vänta väntade väntar väntas väntat"),
        nei=S("använts"),
    ),
    "vikt": dict(
        probe=r"vikt",
        rel=S("vikt vikten"),
        no=S("viktigaste viktigt"),
    ),
    "värk": dict(
        probe=r"v[äe]rk",
        rel=S("värkar värkarna värken"),
        no=S("verkar regelverket"),
        nei=S("operationsverksamheten verklighetsbeskrivning verksamhet verksamhetschef verksamhetschefen"),
    ),
    "mil": dict(
        probe=r"mil",
        rel=S("mil"),
        no=S("familjens familjer miljoner millimeter"),
    ),
    "kall": dict(
        probe=r"kall",
        rel=S("kall kallt"),
        no=S("kallade kallades kallar kallas kallat kallax kallelse"),
    ),
    "säng": dict(
        probe=r"s[äå]ng",
        rel=S("säng sängar"),
        no=S("allsång sång"),
    ),
    "fack": dict(
        probe=r"fack",
        rel=S("facket"),
        comp=S("fackförbund"),
        no=S("facklig fackeltåg facklorna"),
    ),
    "råd": dict(
        probe=r"^r[aå]d|r[aå]d(et|en|ets|er|s)?$|områd",
        rel=S("råd"),
        comp=S("kommunalråd oppositionsrådet regionråd regionrådet rådhustorget"),
        no=S("rad råder området"),
        nei=S("radio bekymrad beordrad garanterad grader minusgrader nyutexaminerad oförändrad pensionerad planerad"),
    ),
    "vila": dict(
        probe=r"vila|vilo|vilh|vilad|vilar|vilat",
        rel=S("vila"),
        comp=S("dygnsvila dygnsvilan"),
        no=S("vilar vilhelmina"),
    ),
    "region": dict(
        probe=r"region",
        rel=S("region regionen regionens regioner regionerna regionernas"),
        comp=S("regiondirektör regionfullmäktige regionhuset regionledningen regionpolitiker regionråd regionrådet "
               "regionstyrelsen storstadsregionerna"),
        no=S("regionala regionalt"),
    ),
    # --- words of phrases, booleans and filters ---
    "planerad": dict(
        probe=r"^planer",
        rel=S("planerad planerade"),
        nei=S("planer planerar planeras planering"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "om": dict(probe=r"^om$", rel=S("om")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "lycksele": dict(probe=r"lycksele", rel=S("lycksele")),
    "fara": dict(
        probe=r"^fara|^faran",
        rel=S("fara"),
    ),
    "liv": dict(
        probe=r"^liv",
        rel=S("liv livet"),
        comp=S("livlina livrädd"),
    ),
    "lön": dict(
        probe=r"^lön(en|er|erna|ens)?$",
        rel=S("lön lönen löner lönerna"),
    ),
    "norrland": dict(probe=r"^norrland", rel=S("norrland norrlands")),
    "universitetssjukhus": dict(
        probe=r"universitetssjukhus",
        rel=S("universitetssjukhus universitetssjukhuset"),
    ),
    "sverige": dict(probe=r"^sverige", rel=S("sverige sveriges")),
    "kommun": dict(
        probe=r"^kommun",
        rel=S("kommuner kommunens"),
        comp=S("kommunstyrelsen kommunstyrelsens kommunstyrelseordförande"),
        dc=S("kommunalråd"),
    ),
    "föda": dict(
        probe=r"^föd|^fött",
        rel=S("föda födande född födde föddes föder fött"),
        nei=S("födslar födslarna"),
    ),
    "bil": dict(
        probe=r"^bil",
        rel=S("bil bilen bilens"),
        nei=S("bild billigt"),
    ),
    "umeå": dict(
        probe=r"^ume",
        rel=S("umeå"),
        comp=S("umebor"),
    ),
    "ivo": dict(probe=r"^ivo$", rel=S("ivo")),
    "socialstyrelsen": dict(probe=r"socialstyrels", rel=S("socialstyrelsen socialstyrelsens")),
    "skr": dict(probe=r"^skr$", rel=S("skr")),
    "skellefteå": dict(probe=r"skellefte", rel=S("skellefteå")),
    "piteå": dict(probe=r"^pite", rel=S("piteå")),
    "norrbotten": dict(probe=r"norrbott", rel=S("norrbotten norrbottens")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("strejken", "inflection", False, ("term", "strejk")),
    ("medlarna", "inflection", False, ("term", "medlare")),
    ("lockouten", "inflection", False, ("term", "lockout")),
    ("operationerna", "inflection", False, ("term", "operation")),
    ("förlossningar", "inflection", False, ("term", "förlossning")),
    ("dispenser", "inflection", False, ("term", "dispens")),
    ("avtalet", "inflection", False, ("term", "avtal")),
    ("barnmorskorna", "inflection", False, ("term", "barnmorska")),
    ("vikarier", "inflection", False, ("term", "vikarie")),
    ("varslet", "syncope", False, ("term", "varsel")),
    ("födslar", "syncope", False, ("term", "födsel")),
    ("systrar", "syncope", False, ("term", "syster")),
    ("axlarna", "syncope", False, ("term", "axel")),
    ("ängel", "syncope", False, ("term", "ängel")),
    ("morgnar", "syncope", False, ("term", "morgon")),
    ("semestern", "syncope", False, ("term", "semester")),
    ("fäder", "umlaut", False, ("term", "fader")),
    ("mödrarna", "umlaut", False, ("term", "moder")),
    ("lägre", "umlaut", False, ("term", "låg")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("störst", "umlaut", False, ("term", "stor")),
    ("landet", "umlaut", False, ("term", "land")),
    ("förbund", "compound", True, ("term", "förbund")),
    ("klinik", "compound", True, ("term", "klinik")),
    ("tillägg", "compound", True, ("term", "tillägg")),
    ("mottagning", "compound", True, ("term", "mottagning")),
    ("statistik", "compound", True, ("term", "statistik")),
    ("ambulans", "compound", True, ("term", "ambulans")),
    ("plats", "compound", True, ("term", "plats")),
    ("skift", "compound", True, ("term", "skift")),
    ('"planerade operationer"', "phrase", False, ("phrase", ["planerad", "operation"])),
    ('"förlossningen i Lycksele"', "phrase", False, ("phrase", ["förlossning", "i", "lycksele"])),
    ('"varsel om lockout"', "phrase", False, ("phrase", ["varsel", "om", "lockout"])),
    ('"fara för liv"', "phrase", False, ("phrase", ["fara", "för", "liv"])),
    ('"låga löner"', "phrase", False, ("phrase", ["låg", "lön"])),
    ('"Norrlands universitetssjukhus"', "phrase", False, ("phrase", ["norrland", "universitetssjukhus"])),
    ('"Sveriges Kommuner och Regioner"', "phrase", False, ("phrase", ["sverige", "kommun", "och", "region"])),
    ('"födde i bilen"', "phrase", False, ("phrase", ["föda", "i", "bil"])),
    ("Lycksele Umeå", "boolean", False, ("and", ["lycksele", "umeå"])),
    ("IVO OR Socialstyrelsen", "boolean", False, ("or", ["ivo", "socialstyrelsen"])),
    ("strejk -lockout", "boolean", False, ("not", "strejk", "lockout")),
    ("medlarna SKR", "boolean", False, ("and", ["medlare", "skr"])),
    ("Skellefteå OR Piteå", "boolean", False, ("or", ["skellefteå", "piteå"])),
    ("förlossning -Lycksele", "boolean", False, ("not", "förlossning", "lycksele")),
    ("dispens Norrbotten", "boolean", False, ("and", ["dispens", "norrbotten"])),
    ("källa:Kvarken strejken", "filter", False, ("filter", "Kvarken", "strejk")),
    ("källa:Stetoskopet dispenser", "filter", False, ("filter", "Stetoskopet", "dispens")),
    ("källa:Lappmarksbladet förlossningen", "filter", False, ("filter", "Lappmarksbladet", "förlossning")),
    ("källa:Aftonpressen lockouten", "filter", False, ("filter", "Aftonpressen", "lockout")),
    ("källa:Depeschen avtalet", "filter", False, ("filter", "Depeschen", "avtal")),
    ("källa:Polcirkeln operationer", "filter", False, ("filter", "Polcirkeln", "operation")),
    ("typ:opinion barnmorskor", "filter", False, ("filter", "opinion", "barnmorska")),
    ("pass", "trap", False, ("term", "pass")),
    ("jour", "trap", False, ("term", "jour")),
    ("akuten", "trap", False, ("term", "akuten")),
    ("väntan", "trap", False, ("term", "väntan")),
    ("vikt", "trap", False, ("term", "vikt")),
    ("värkar", "trap", False, ("term", "värk")),
    ("mil", "trap", False, ("term", "mil")),
    ("kall", "trap", False, ("term", "kall")),
    ("säng", "trap", False, ("term", "säng")),
    ("facket", "trap", False, ("term", "fack")),
    ("råd", "trap", False, ("term", "råd")),
    ("vila", "trap", False, ("term", "vila")),
    ("region", "trap", False, ("term", "region")),
]

HEADER = """# corpus_strike.json – judging notes

Invented crisis: Vårdförbundet's central agreement with Sveriges Kommuner och Regioner (SKR) runs out on 31 March 2027. After an autumn of wage statistics that put nurses and midwives in Västerbotten and Norrbotten at the bottom, staff leaving for Norway and a fragile maternity ward (förlossning) at Lycksele lasarett that has to close some nights, the negotiations begin in January 2027 and break down on 2 March; Medlingsinstitutet appoints three mediators (medlare). Vårdförbundet gives notice of an overtime ban (övertidsförbud) from 1 April and a strike from 6 April by 1 150 operating-theatre and anaesthesia nurses at Norrlands universitetssjukhus (NUS) in Umeå, the hospitals of Skellefteå, Lycksele, Sunderby and Gällivare; SKR answers with notice of a lockout for all 7 400 members in the two regions, postponed twice at the mediators' request. Planned operations are cancelled by the thousand; on 20 April the strike is widened to the midwives in Lycksele, the region's request for an exemption (dispens) is refused, and the maternity ward closes, births moving to Umeå 13 mil away: a woman from Björksele gives birth in the car on E12, a woman in Sorsele is fetched by helicopter, an 81-year-old waits two hours for an ambulance. IVO opens an inspection, Socialstyrelsen follows the beds. The mediators' proposal is rejected by Vårdförbundet on 5 May; in the night before the lockout, 11 May, an agreement is reached (a supplement for night work, shorter hours from 2028), and the strike ends. Then to June: the cost and the queues, the wage revision and new statistics, IVO's criticism of Region Västerbotten, the summer closure of the ward in Lycksele, nurses still leaving for Norway, and a debate in leaders, debate articles, columns and letters. Places and public bodies are real (Umeå, Lycksele, Skellefteå, Kåge, Burträsk, Vännäs, Björksele, Åmsele, Sorsele, Storuman, Vilhelmina, Åsele, Malå, Luleå, Boden, Piteå, Kalix, Gällivare, Kiruna, Pajala, Jokkmokk, Kallax, E12; Region Västerbotten, Region Norrbotten, Norrlands universitetssjukhus, Sunderby sjukhus, Gällivare sjukhus, Piteå älvdals sjukhus, Vårdförbundet, SKR, Medlingsinstitutet, IVO, Socialstyrelsen, SCB, Umeå universitet), the events and every person are invented, and so are all six outlets: Lappmarksbladet (local daily, Lycksele and the inland of Västerbotten), Polcirkeln (local daily, Norrbotten), Radio Kvarken (local radio, Umeå and Västerbotten, with quotes in spoken Swedish), Nyhetsbyrån Depeschen (wire service, also carrying press releases), Aftonpressen (national daily, tabloid-leaning and emotional: patients' stories, capitals, EXKLUSIVT) and Stetoskopet (dry trade paper for health care). 128 articles (109 news, 19 opinion: six leaders, three debate articles, four columns, six letters), published 3 November 2026 to 24 June 2027, +01:00 until 28 March 2027 and +02:00 after. The ids y001–y128 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man* does not occur at all), the verb *händer* (*händer*, *händerna* occur only as the noun: *två sina händer*, *kall om händerna*, *klappade i händerna*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *far* both as the noun (father) and as the present tense of *fara* (the fathers are *fäder*, *fäderna*; *fara* is only the noun, danger, and the verb's infinitive is kept out too), *låg* as the past tense of *ligga* (every *låg* is the adjective), *kalla* (adjective plural and verb infinitive alike) and the noun *kall* (a calling; the letter writer says *en kallelse*), so every *kall*, *kallt* is the adjective cold, *akut* as a noun (the emergency room is always *akuten*; every *akut*, *akuta* is the adjective), *pass* as a passport (every *pass* is a shift), *semestrar* as a verb (it is only the noun), *modern* (neither the mother nor the adjective; only the adjective *moderna* occurs), the name *Axel*, *i morgon* and *i morse* (every *morgon* form is the noun), the verb *vila* in the infinitive (every *vila* is the noun; the verb occurs only as *vilar*), *föda* as the noun (every *föda* is the verb), *vikt* as the participle of *vika* (every *vikt* is the noun), *låga* as the noun (a flame), the verb *planerade* (every *planerade* and *planerad* is the participle) and *dispenser* as a device (every *dispenser* is the plural of *dispens*).

How the lists were made: src/strike_articles.py holds the texts and src/strike_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: värk/verk, säng/sång, råd/rad, låg/läg, stor/stör, fäder/far, mödrar/mod, land/länd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *råd* looks only at words that begin with *råd*/*rad*, end with a form of them, or hold *områd*, since *-rade* ends a few hundred past tenses; the *-rad* participles it still lists (*planerad*, *pensionerad*, *bekymrad* …) are neither. Tokens are runs of letters, so hyphenated words and colon abbreviations split: *ob-tillägg* gives *ob* and *tillägg*, *cancer-operation* gives *operation*, *LOCKOUT-HOT* gives *lockout*, *IVO-kritiken* and *IVO:s* give *ivo*, *BB-avdelningen*, *SKR:s*, *vd:n*, *int’*. `python3 strike_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. A token is a lookalike (must_not) when it is a form of another lemma with the same stem or a diacritic variant of it, or a word made from such a lemma (*verkar*, *läget*, *störningar*, *kallelse*, *viktigt*); when it begins with the query word or its stem (*ungefär*, *Moderaterna*, *Vilhelmina*, *Kallax*, *millimeter*, *farbar*); when it holds the query word inside it (*familjer* for `mil`, *bland*, *ibland* for `landet`); or when it splits into a word and the query word or a lookalike of it (*om|rådet*, *års|skiftet*, *all|sång*, *regel|verket*, *fackel|tåg*). Where the letters are only a fragment of an unrelated word (*klockan* for `lockouten`, *systemet* for `systrar`, *radio* for `råd`, *verksamhet* for `värkar`, *mammorna* for `morgnar`, *använts* for `väntan`) the token is neither. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *förbundsordförande*, *förbundsstyrelse*, *mottagningsbesök*, *dispensnämnden*; -e- *barnmorskemottagningen*; -o- *kvinnokliniken*; none *Vårdförbundet*, *fackförbund*, *Akademikerförbundet*, *medicinkliniker*, *rekryteringstillägget*, *akutmottagningen*, *lönestatistiken*, *personalstatistik*, *Statistikmyndigheten*, *ambulansflyg*, *ambulanssjuksköterskan*, *vårdplatser*, *arbetsplatser*, *flygplats*, *treskift*, *nattskiften*, *skiftarbete*. A word inside a longer compound is don't care: *vårdplatssituationen* for `plats`; *lönestatistiker* (ends in the agent noun *statistiker*) is don't care for `statistik`. Hyphenated words count as their parts (*ob-tillägget* is relevant for `tillägg`).
- **förbund** (compound): *förbud*, *övertidsförbud*, *övertidsförbudet*, *övertidsförbudets* (one letter from *förbund*, and the overtime ban runs through the whole corpus) → must_not. SKR is itself called *förbundet*; that is the noun.
- **klinik**: *klinisk*, *kliniska* (the adjective) → must_not. **tillägg**: the verb *tillägger* (*Han tillägger att …*) → must_not. **mottagning**: *mottog* (motta) → must_not. **statistik**: *Statistiska centralbyrån* (the adjective) → must_not. **ambulans**: *ambulerande* (*ett ambulerande team*) → must_not. **plats**: the verb *platsar* → must_not; *på plats* is the noun. **skift**: *skiftande* (varying) and *årsskiftet* (the turn of the year, a compound of *skifte*) → must_not.
- **pass** (trap): the verb *passar* and *passerade* → must_not; *dubbla pass*, *sitt sista pass*, *förekommit pass* are the noun; *nattpass*, *nattpassen* compounds.
- **jour** (trap): *journaler* and *journalist* → must_not. **akuten** (trap): the adjective *akut*, *akuta* (*akut vård*, *akuta ingrepp*) → must_not; *akutmottagningen* and its forms compounds. **väntan** (trap): the verb *vänta*, *väntar*, *väntade*, *väntat*, *väntas* → must_not; *väntetiden* (made from the verb's stem) compound → don't care. **vikt** (trap): the adjective *viktigt*, *viktigaste* → must_not; *stor vikt vid*, *en vikt på 3 620 gram* and *vikten av marginaler* are the noun. **värkar** (trap): *verkar* and *regelverket* → must_not; *verksamhet(en)*, *verksamhetschef(en)*, *operationsverksamheten*, *verklighetsbeskrivning* neither. **mil** (trap): *miljoner*, *millimeter* and *familjer*, *familjens* → must_not. **kall** (trap): the verb *kallar*, *kallade*, *kallades*, *kallas*, *kallat*, the noun *kallelse* and the airport *Kallax* → must_not. **säng** (trap): *sång* and *allsång* → must_not. **facket** (trap): the adjective *facklig*, *fackeltåg* and *facklorna* (torches) → must_not; *fackförbund* compound. **råd** (trap): *rad* (*i rad*), the verb *råder* (*Det råder ingen tvekan*) and *området* → must_not; *inte råd med* and *får råd per telefon* are the noun; *regionråd(et)*, *oppositionsrådet*, *kommunalråd*, *Rådhustorget* compounds → don't care. **vila** (trap): the verb *vilar* (*ett ansvar vilar på*) and the place *Vilhelmina* → must_not; *dygnsvila(n)* compounds. **region** (trap): the adjective *regional*: *regionala*, *regionalt* → must_not; *regionrådet*, *regionfullmäktige*, *regionhuset*, *storstadsregionerna* … compounds → don't care. *Region Västerbotten* and *Region Norrbotten* are the noun.
- **strejken**: the verb *strejka*, *strejkar* and the participle *strejkande* (*de strejkande sjuksköterskorna*) → must_not; *sjuksköterskestrejken*, *strejkvakter*, *strejkkassan*, *strejkbrytare*, *strejkvarslet* … compounds. **medlarna**: *medlem*, *medlemmar*, *medlemmarna*, *medlen* (funds) and *förmedla* → must_not; *medlingen* and *Medlingsinstitutet(s)* (the mediation, not the mediators) → don't care. **lockouten**: the verb *locka*, *lockar* → must_not; *klockan*, *väckarklocka* neither; *lockouthot*, *lockoutvarsel(-et)* compounds. **operationerna**: *opererades* → must_not; *höftoperation*, *operationssalar*, *operationssjuksköterskor* … compounds. **förlossningar**: *förlöstes* → must_not (it only occurs beside *förlossningen*). **avtalet**: *avtalade* (*sin avtalade arbetstid*) → must_not. **vikarier**: *vikarierade* → must_not. **dispenser**, **barnmorskorna**: no lookalikes in the corpus.
- **varslet**: the verb *varslade*, *varslar* → must_not; *lockoutvarsel*, *lockoutvarslet*, *strejkvarslet* compounds. **födslar**: every form of the verb *föda* (*föda*, *föder*, *födde*, *föddes*, *fött*, *född*, *födande*) → must_not; *förstföderskor* (agent noun) → don't care. **systrar**: *syster* (a nurse's old title and a sister) is the same noun → relevant; *systemet*, *dispenssystemet* neither. **axlarna**: the verb *axlade* (*axlade … ansvaret*) → must_not; *axeloperation* compound. **morgnar**: *tisdagsmorgonen* compound. **semestern**: *semesterplaner* compound.
- **fäder**: the noun *fara* (danger), *farlig*, *farligt* and *farbar* → must_not; *färre*, *färst* neither. **mödrarna**: *mor* (*Mor och dotter mår bra*) relevant; *mormor* compound; *moderna* and *Moderaterna* → must_not; *mod*, *modig*, *modellen* neither. **lägre**: forms of *låg* are *låg*, *låga*, *lågt*, *lägre*, *lägst*, *lägsta*; *läget* and *lägga*, *läggas*, *lägger* → must_not. **yngre**: *unga*, *yngre* relevant; *ungar* (children, another lemma) and *ungefär* → must_not. **störst**: *stor*, *stora*, *stort*, *större*, *störst*, *största* relevant; *störningar* (störa) → must_not; *storstadsregionerna* compound; *Storuman(s)* (the lake Stor-Uman) → don't care, as *Kristianstad* for `stad`. **landet**: *land*, *landet*, *länderna* relevant; *inlandet*, *inland*, *inlandskommuner*, *landsända* compounds and *Norrland(s)*, *Lappland*, *Jämtland*, *Finland* → don't care; the verb *landade* and the words that hold *land* (*bland*, *ibland*, *pressmeddelande*, *smärtstillande*) → must_not; *norrländska* neither.
- **Phrases**: forms must be adjacent and in this order in one sentence (the title is a sentence of its own); an article with forms of all the words elsewhere is must_not. *planerad operation* and *de planerade operationerna* are relevant for "planerade operationer"; *Många av dem var planerade redan i mars* beside *operationer* → must_not. *förlossningen vid Lycksele lasarett* and *förlossningsrum i Lycksele* → must_not for "förlossningen i Lycksele" unless the phrase is also there (*Förlossningen i Lycksele öppnar igen* in a title counts); so is a letter signed in Lycksele that speaks of *förlossningen i Umeå*. *Varslet om lockout* relevant for "varsel om lockout"; *Varslet omfattar …* beside *lockouten* → must_not. *fara för patienternas liv* → must_not for "fara för liv". Forms of *låg* include *lägsta*, so *de lägsta lönerna* is relevant for "låga löner", while *Lönerna är för låga* and *Deras löner är för låga* (reversed) are must_not. *universitetssjukhuset i Umeå* with *Norrland* elsewhere → must_not for "Norrlands universitetssjukhus". The signature *Sveriges Kommuner och Regioner* under a debate article counts; *Sverige*, *kommuner* and *regionen* apart → must_not. For "födde i bilen" the verb's forms include *föddes*, so *Ella föddes i bilen* is relevant; *föddes på Norrlands universitetssjukhus … i bilen*, *födde mig i Lycksele … bilen* and *fött … i bil* (no adjacency) → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound is don't care (*Umebor* for `Umeå`, *dispensnämnden* for `dispens`). NOT – an article with the excluded term is must_not; with it only inside a compound (*lockoutvarslet*, *lockouthot*), don't care. `IVO` matches *IVO*, *IVO:s* and *IVO-kritiken*; every article that names the Inspektionen för vård och omsorg also says *IVO*. `SKR` matches the abbreviation, which every article naming Sveriges Kommuner och Regioner also uses.
- **Filters**: `källa:` matches one word of the outlet's name (*Kvarken*, *Stetoskopet*, *Lappmarksbladet*, *Aftonpressen*, *Depeschen*, *Polcirkeln*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("strike", "y", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
