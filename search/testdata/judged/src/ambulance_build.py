#!/usr/bin/env python3
"""Builds corpus_ambulance.json and corpus_ambulance.md from ambulance_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 ambulance_build.py [-v]
"""

import fire_build
from ambulance_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "ambulans": dict(
        probe=r"ambulans|ambuler",
        rel=S("ambulans ambulansen ambulansens ambulanser ambulanserna ambulansernas"),
        comp=S("ambulansberedskap ambulansberedskapen ambulanschef ambulanschefen ambulanshelikopter "
               "ambulanshelikoptern ambulanshelikoptrarna ambulanskonflikten ambulanslarm ambulansläkare "
               "ambulansorganisationen ambulanspersonal ambulanspersonalen ambulanssjuksköterska "
               "ambulanssjuksköterskan ambulanssjuksköterskor ambulanssjuksköterskorna ambulanssjuksköterskornas "
               "ambulanssjukvård ambulanssjukvården ambulansstation ambulansstationen ambulansstationerna "
               "ambulanstjänst ambulansöverläkare nattambulans sommarambulans"),
        no=S("ambulerande"),
    ),
    "station": dict(
        probe=r"station",
        rel=S("station stationen stationer stationerna"),
        comp=S("ambulansstation ambulansstationen ambulansstationerna brandstationen stationschefen"),
        no=S("stationerad stationerade"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmen larmet"),
        comp=S("ambulanslarm larmcentral larmcentralen larmloggar larmoperatören larmoperatörerna"),
        dc=S("alarm alarms"),
        no=S("larmade larmades larmas larmat"),
    ),
    "prioritering": dict(
        probe=r"priori|^prio",
        rel=S("prioritering prioriteringar prioriteringarna prioriteringen"),
        dc=S("prio prioritet"),
        no=S("prioritera prioriterades prioriterar"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning"),
        dc=S("utredare utredaren"),
        no=S("utreda utredas utreder"),
    ),
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken strejker"),
        no=S("strejka strejkande strejkar"),
    ),
    "sjuksköterska": dict(
        probe=r"sjuksköt",
        rel=S("sjuksköterska sjuksköterskor sjuksköterskorna"),
        comp=S("ambulanssjuksköterska ambulanssjuksköterskan ambulanssjuksköterskor ambulanssjuksköterskorna "
               "ambulanssjuksköterskornas sjuksköterskebristen specialistsjuksköterska"),
    ),
    "patient": dict(
        probe=r"patien",
        rel=S("patient patienten patientens patienter patienterna patienternas"),
        comp=S("medianpatienten patientsäker patientsäkerhet patientsäkerheten"),
        no=S("patiens"),
    ),
    "avtal": dict(
        probe=r"avtal",
        rel=S("avtal avtalet"),
        comp=S("huvudavtalet samverkansavtal samverkansavtalet"),
        no=S("avtalade"),
    ),
    # --- syncope ---
    "väder": dict(
        probe=r"väd|vädr",
        rel=S("väder vädret"),
        dc=S("snöovädret"),
        no=S("vädjade vädjar"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vintrar"),
        comp=S("vintermorgon vintervägarna"),
        dc=S("vintras"),
        no=S("vintriga"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        dc=S("livsmedelsbutik"),
        no=S("medlare medlarna medlarnas medlemmar medlemmarna medlingsinstitutet"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("anteckningar teckna tecknade tecknar tecknat undertecknarna"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("arbetstidsregler"),
        no=S("reglerar"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        comp=S("mörkerglasögon"),
        no=S("mörka mörkaste"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("fredagsnatt midnatt nattambulans nattetid nattpassen nattpasset"),
        no=S("nätet"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("sonen söner sönerna"),
        no=S("söndag söndagen söndagens söndagseftermiddagen söndagskvällen söndagsmorgonen sönder"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dottern döttrar döttrarna"),
        no=S("dött"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("städerna"),
        comp=S("storstad storstäderna"),
        dc=S("pilgrimstad"),
        no=S("bostad bostäder kostade röstade"),
    ),
    "land": dict(
        probe=r"land|länd|^län",
        rel=S("land landet landets länder länderna"),
        comp=S("grannländerna inland inlandet inlandets inlandskommunerna"),
        dc=S("finland jämtland jämtlands norrland norrlands värmland västernorrland västernorrlands"),
        no=S("bland ibland finsktalande förhållanden isbildningsförhållanden pressmeddelande uttalande sjölander "
             "wiklander landa landar landning landningsplats landningsplatser län länet länsgränsen"),
        nei=S("länge längre längs längst längsta länkar"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamöter ledamöterna"),
        comp=S("riksdagsledamöter"),
    ),
    # --- compounds ---
    "helikopter": dict(
        probe=r"helikopt",
        rel=S("helikopter helikoptern helikopterns helikoptrar helikoptrarna"),
        comp=S("ambulanshelikopter ambulanshelikoptern ambulanshelikoptrarna helikopterbolaget helikopterplattan "
               "helikopteruppdrag"),
    ),
    "vård": dict(
        probe=r"v[åä]rd",
        rel=S("vård vården"),
        comp=S("akutsjukvård ambulanssjukvård ambulanssjukvården primärvården sjukvård sjukvården vårdcentral "
               "vårdcentralen vårdförbundet vårdförbundets vårdplatser"),
        dc=S("intensivvårdsavdelningen sjukvårdsdirektör sjukvårdsdirektören sjukvårdsutbildning"),
        no=S("vårdas fruktansvärd utvärderas värda värdefulla"),
    ),
    "bygd": dict(
        probe=r"byg[dg]|byggd",
        rel=S("bygden"),
        comp=S("bygdegården glesbygd glesbygden glesbygdens glesbygdsregionerna"),
        no=S("bygga byggde bygger"),
    ),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden tider"),
        comp=S("arbetstid arbetstiden arbetstidsregler dagtid körtider nattetid responstid responstiden responstider "
               "responstiderna studietiden tretiden vilotid vilotiden väntetider väntetiderna öppettider övertid"),
        dc=S("deltidsbrandman deltidsbrandmän"),
        no=S("alltid samtidiga samtidigt tidigare tidigt"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]|gatan|gåtan",
        rel=set(),
        comp=S("gatuadress gatuadressen gatunamn storgatan"),
        no=S("gåta"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogården kyrkoherden"),
    ),
    "räddning": dict(
        probe=r"rädd",
        rel=set(),
        comp=S("lungräddning räddningsbil räddningschef räddningschefen räddningsledaren räddningstjänsten "
               "räddningstjänstens räddningstjänster räddningstjänsterna"),
        no=S("rädd rädda räddade räddar räddat"),
        nei=S("trädde"),
    ),
    # --- traps ---
    "jour": dict(
        probe=r"jour",
        rel=S("jouren"),
        comp=S("beredskapsjour jourläkaren"),
        no=S("journal journaler journalerna journalister"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilarna"),
        comp=S("akutbil akutbilar akutbilen bilförare ersättningsbil räddningsbil"),
        no=S("billig distansutbildning isbildning isbildningsförhållanden mobiltäckning rehabiliteringen "
             "sjukvårdsutbildning specialistutbildning stabil utbilda utbildade utbildar utbildning utbildningen"),
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("arm armen"),
        no=S("alarm alarms ambulanslarm larm larmade larmades larmas larmat larmcentral larmcentralen larmen larmet "
             "larmloggar larmoperatören larmoperatörerna varm"),
    ),
    "kvart": dict(
        probe=r"kvart",
        rel=S("kvart"),
        no=S("kvartal kvartalet kvartalsproblem kvartalsrapport"),
    ),
    "mask": dict(
        probe=r"mask",
        rel=S("mask"),
        comp=S("syrgasmasker"),
        no=S("snöröjningsmaskinerna"),
    ),
    "sår": dict(
        probe=r"sår",
        rel=S("sår såret"),
        no=S("sårbar sårbarheten"),
    ),
    "tur": dict(
        probe=r"tur",
        rel=S("tur"),
        no=S("naturlag strukturellt strukturomvandling temperaturen temperaturer turades turister turisterna"),
    ),
    "led": dict(
        probe=r"led",
        rel=S("led leden"),
        comp=S("skoterleden"),
        no=S("avled gled inleda inleder ledamöter ledamöterna ledare ledig lediga ledning riksdagsledamöter "
             "räddningsledaren styrkeledaren"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak"),
        no=S("kontakt takt"),
    ),
    "pass": dict(
        probe=r"pass",
        rel=S("pass passen passet"),
        comp=S("dygnspass dygnspassen nattpassen nattpasset"),
        no=S("anpassad passar"),
    ),
    "sikt": dict(
        probe=r"sikt",
        rel=S("sikt sikten"),
        no=S("ansiktet avsikt försiktigt"),
    ),
    "ben": dict(
        probe=r"ben",
        rel=S("ben benet"),
        comp=S("benbrott"),
        no=S("bengt bensinmack benägna jobben"),
    ),
    "puls": dict(
        probe=r"puls",
        rel=S("puls pulsen"),
        no=S("impulsen"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "om": dict(probe=r"^om$", rel=S("om")),
    "väntan": dict(probe=r"väntan", rel=S("väntan")),
    "ambulansstation": dict(probe=r"ambulansstation",
                            rel=S("ambulansstation ambulansstationen ambulansstationerna")),
    "hammarstrand": dict(probe=r"hammarstrand", rel=S("hammarstrand")),
    "lång": dict(
        probe=r"^lång|^läng",
        rel=S("lång långa"),
        nei=S("långt länge längre längs längst längsta"),
    ),
    "väntetid": dict(probe=r"väntetid", rel=S("väntetider väntetiderna")),
    "misstänkt": dict(probe=r"misstän", rel=S("misstänkt")),
    "hjärtinfarkt": dict(probe=r"hjärtinfarkt", rel=S("hjärtinfarkt")),
    "region": dict(probe=r"^region(en|ens|er|erna|ernas)?$",
                   rel=S("region regionen regionens regioner regionerna regionernas")),
    "jämtland": dict(probe=r"^jämtland", rel=S("jämtland jämtlands")),
    "härjedalen": dict(probe=r"härjedal", rel=S("härjedalen härjedalens")),
    "varsel": dict(
        probe=r"varsl|varsel",
        rel=S("varsel varslet"),
        no=S("varslade varslar"),
    ),
    "dålig": dict(probe=r"^dålig", rel=S("dålig dåliga")),
    "närmaste": dict(probe=r"^närmast", rel=S("närmaste"), nei=S("närmast")),
    "stugun": dict(probe=r"stugun", rel=S("stugun stuguns")),
    "dimma": dict(probe=r"^dimm", rel=S("dimma dimman")),
    "isbildning": dict(probe=r"isbildning", rel=S("isbildning"), comp=S("isbildningsförhållanden")),
    "ivpa": dict(probe=r"ivpa", rel=S("ivpa")),
    "räddningstjänst": dict(
        probe=r"räddningstjänst",
        rel=S("räddningstjänsten räddningstjänstens räddningstjänster räddningstjänsterna"),
    ),
    "arjeplog": dict(probe=r"arjeplog", rel=S("arjeplog arjeplogs")),
    "jokkmokk": dict(probe=r"jokkmokk", rel=S("jokkmokk jokkmokks")),
    "ambulanshelikopter": dict(probe=r"ambulanshelikopt",
                               rel=S("ambulanshelikopter ambulanshelikoptern ambulanshelikoptrarna")),
    "vårdförbundet": dict(probe=r"vårdförbund", rel=S("vårdförbundet vårdförbundets")),
    "sollefteå": dict(probe=r"sollefteå", rel=S("sollefteå")),
    "ramsele": dict(probe=r"ramsele", rel=S("ramsele"), comp=S("ramseleborna")),
    "ivo": dict(probe=r"^ivo", rel=S("ivo")),
    "bemanning": dict(
        probe=r"beman",
        rel=S("bemanning bemanningen"),
        comp=S("bemanningsföretag bemanningsföretagen"),
        no=S("bemanna bemannad bemannas obemannad"),
    ),
    "glesbygd": dict(
        probe=r"glesbygd",
        rel=S("glesbygd glesbygden glesbygdens"),
        comp=S("glesbygdsregionerna"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("ambulanserna", "inflection", False, ("term", "ambulans")),
    ("stationen", "inflection", False, ("term", "station")),
    ("larmen", "inflection", False, ("term", "larm")),
    ("prioriteringarna", "inflection", False, ("term", "prioritering")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("strejken", "inflection", False, ("term", "strejk")),
    ("sjuksköterskorna", "inflection", False, ("term", "sjuksköterska")),
    ("patienterna", "inflection", False, ("term", "patient")),
    ("avtalet", "inflection", False, ("term", "avtal")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("söner", "umlaut", False, ("term", "son")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("ambulans", "compound", True, ("term", "ambulans")),
    ("helikopter", "compound", True, ("term", "helikopter")),
    ("station", "compound", True, ("term", "station")),
    ("vård", "compound", True, ("term", "vård")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("tid", "compound", True, ("term", "tid")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("räddning", "compound", True, ("term", "räddning")),
    ('"i väntan på ambulans"', "phrase", False, ("phrase", ["i", "väntan", "på", "ambulans"])),
    ('"ambulansstationen i Hammarstrand"', "phrase", False, ("phrase", ["ambulansstation", "i", "hammarstrand"])),
    ('"långa väntetider"', "phrase", False, ("phrase", ["lång", "väntetid"])),
    ('"misstänkt hjärtinfarkt"', "phrase", False, ("phrase", ["misstänkt", "hjärtinfarkt"])),
    ('"Region Jämtland Härjedalen"', "phrase", False, ("phrase", ["region", "jämtland", "härjedalen"])),
    ('"varsel om strejk"', "phrase", False, ("phrase", ["varsel", "om", "strejk"])),
    ('"dålig sikt"', "phrase", False, ("phrase", ["dålig", "sikt"])),
    ('"närmaste ambulans"', "phrase", False, ("phrase", ["närmaste", "ambulans"])),
    ("Stugun hjärtinfarkt", "boolean", False, ("and", ["stugun", "hjärtinfarkt"])),
    ("dimma OR isbildning", "boolean", False, ("or", ["dimma", "isbildning"])),
    ("IVPA -räddningstjänsten", "boolean", False, ("not", "ivpa", "räddningstjänst")),
    ("Arjeplog OR Jokkmokk", "boolean", False, ("or", ["arjeplog", "jokkmokk"])),
    ("ambulanshelikoptern -vädret", "boolean", False, ("not", "ambulanshelikopter", "väder")),
    ("Vårdförbundet strejk", "boolean", False, ("and", ["vårdförbundet", "strejk"])),
    ("Sollefteå Ramsele", "boolean", False, ("and", ["sollefteå", "ramsele"])),
    ("källa:Forsbladet Hammarstrand", "filter", False, ("filter", "Forsbladet", "hammarstrand")),
    ("källa:Polaris IVO", "filter", False, ("filter", "Polaris", "ivo")),
    ("källa:Lappmarksposten ambulansen", "filter", False, ("filter", "Lappmarksposten", "ambulans")),
    ("källa:Norrsken helikoptern", "filter", False, ("filter", "Norrsken", "helikopter")),
    ("källa:Blåljusbladet bemanningen", "filter", False, ("filter", "Blåljusbladet", "bemanning")),
    ("typ:opinion IVPA", "filter", False, ("filter", "opinion", "ivpa")),
    ("typ:opinion glesbygden", "filter", False, ("filter", "opinion", "glesbygd")),
    ("jour", "trap", False, ("term", "jour")),
    ("bil", "trap", False, ("term", "bil")),
    ("arm", "trap", False, ("term", "arm")),
    ("kvart", "trap", False, ("term", "kvart")),
    ("mask", "trap", False, ("term", "mask")),
    ("sår", "trap", False, ("term", "sår")),
    ("tur", "trap", False, ("term", "tur")),
    ("led", "trap", False, ("term", "led")),
    ("tak", "trap", False, ("term", "tak")),
    ("pass", "trap", False, ("term", "pass")),
    ("sikt", "trap", False, ("term", "sikt")),
    ("ben", "trap", False, ("term", "ben")),
    ("puls", "trap", False, ("term", "puls")),
]

HEADER = """# corpus_ambulance.json – judging notes

Invented crisis: long ambulance response times in inland Norrland, June 2027 to March 2028. With a deficit of over 400 million kronor and nine of fourteen nurses' posts vacant, Region Jämtland Härjedalen's regional executive decides on Thursday 10 June 2027 (nine votes to six) to close the ambulance station in Hammarstrand, Ragunda kommun, from 1 October; ambulances are to come from Bräcke and Östersund, with a daytime rapid-response car (akutbil), an ambulatory primary-care team, the ambulance helicopter in Östersund and a cross-border agreement with Region Västernorrland (Sollefteå). Ragunda protests, 6 400 names are handed in, the regional assembly refuses to reverse the decision, nurses leave for Norway. Region Västernorrland leaves Ramsele without a night ambulance in July; Region Norrbotten leaves Arjeplog without one at night in the summer, and an 84-year-old woman there waits over three hours with a broken hip (her daughters report it to IVO). After the closure the median response time in Ragunda rises, the helicopter is grounded by fog, icing, snowstorms and darkness. On Sunday 14 November 2027 Rolf Hägglund, 61, in Stugun calls 112 with chest pain and signs of a heart attack; SOS Alarm gives the call priority 2, both Bräcke ambulances are busy, the helicopter is grounded by icing, the firefighters of Stugun arrive after 46 minutes and the ambulance from Östersund after 78; he dies. The region reports it under lex Maria, IVO opens a supervision case (unannounced inspections in January, serious criticism on 2 March 2028), the three regions bring in new priority routines on 1 December (chest pain over 40 top priority when the nearest ambulance is far, the nearest free ambulance regardless of region, a regional nurse in the dispatch centre). Vårdförbundet's members vote for a strike, the union gives notice on 7 December, Medlingsinstitutet appoints mediators, the strike is postponed and called off on 29 January 2028 with new rules on rest time in 24-hour shifts. The rescue services offer first response (IVPA, i väntan på ambulans) and want to be paid; an IVPA agreement is signed on 15 December and the firefighters of Hammarstrand save a woman in January; debate about whether firefighters are becoming a cheap ambulance. A snowmobile accident near Arjeplog in February, a national debate about response-time targets (Norway's benchmark), Socialstyrelsen's survey, and on 16 March 2028 the regional assembly decides to reopen Hammarstrand by day from 1 May. Places and public bodies are real (Hammarstrand, Stugun, Bispgården, Krångede, Borgvattnet, Ragunda, Bräcke, Gällö, Pilgrimstad, Östersund, Strömsund, Backe, Krokom, Åre, Sollefteå, Ramsele, Junsele, Näsåker, Sundsvall, Härnösand, Arjeplog, Slagnäs, Jäckvik, Arvidsjaur, Jokkmokk, Porjus, Kvikkjokk, Gällivare, Pajala, Luleå, Sunderby sjukhus, Sorsele, Malå, Umeå, Steinkjer, Trondheim, Uleåborg, Rovaniemi; Region Jämtland Härjedalen, Region Västernorrland, Region Norrbotten, Region Västerbotten, SOS Alarm, IVO, Socialstyrelsen, Medlingsinstitutet, Sveriges Kommuner och Regioner, Vårdförbundet, Räddningstjänsten Jämtland, Lantmäteriet, Trafikverket, Mittuniversitetet; their actions here are invented); the helicopter company Fjällrotor, the association Rädda Ambulansen i Ragunda, every person and all seven outlets are invented: Forsbladet (local daily, Ragunda, Bräcke and eastern Jämtland, with leaders and letters), Lappmarksposten (local daily, Norrbotten's inland, with letters), Radio Norrsken (local radio, Jämtland and Västernorrland's inland, with quotes and a commentary), Nyhetsbyrån Polaris (wire service, also carrying a press release), Aftonfyren (national tabloid, with columns), Blåljusbladet (trade paper for ambulance care and rescue services, with debate articles) and Svenska Dagsposten (national daily, with leaders and debate). No outlet name contains a judged word. 124 articles (104 news, 20 opinion: leaders, debate articles, columns, a radio commentary, letters), published 2 June 2027 to 24 March 2028, +02:00 until 31 October and +01:00 after. The ids ab001–ab124 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (never used; the noun neither), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *leder* in any sense (the verb and the plural of *led*; the noun appears only as *led*, *leden*, *skoterleden*), *led* as the past of *lida* (*avled* is the only form of *avlida*), *sår* as the present of *så*, *sikt* as a sieve, *arm* as the adjective (poor), *pass* as a passport or in *så pass* (every *pass* is a shift), *mask* as a worm, *ben* is both leg and bone (one noun), *tur* is one noun in all its senses (luck, turn), *misstänkt* as the supine of *misstänka* (every *misstänkt* is the adjective), *längre väntetid(er)* (so that the comparative never stands next to the noun), *närmaste ambulansstation* (so that the phrase `"närmaste ambulans"` is not blurred by a compound), and *varsel* only as the noun of notice (the verb appears as *varslade*, *varslar*). *Inspektionen för vård och omsorg* always stands with *IVO* in the same article, and every article about the inspectorate says *IVO*.

How the lists were made: src/ambulance_articles.py holds the texts and src/ambulance_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: vård/värd, gata/gåta, son/sön, dotter/dött, stad/städ, land/länd/län, natt/nätt/nät) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *son* is anchored (*son-*/*sön-* from the start of the word, *söner*, *sonen* anywhere), *natt* takes *nät-* only from the start; the words of phrases, booleans and filters are probed only in the forms that can be relevant (*region*, *i*, *på*, *om* as whole words). Tokens are runs of letters, so *IVO:s*, *SKR:s*, *hjärt-lungräddning*, *lex Maria-anmälan*, *IVPA-avtal*, *prio 1-larm* and *E14* are split (*lungräddning*, *avtal*, *larm* are tokens of their own). `python3 ambulance_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Word-internal strings that a Swedish reader would never take for the query word are judged lookalikes (must_not) when they contain the query word's letters whole (*bland* for `länder`, *isbildning* for `bil`, *larm* for `arm`, *alltid* for `tid`); tokens that only share the probe's stem and not the word (*länge*, *längre* for `länder`; *trädde* for `räddning`) are neither. One line per query:

- **ambulanserna** (inflection): *ambulans*, *ambulansen*, *ambulansens*, *ambulanser*, *ambulanserna*, *ambulansernas* relevant; every *ambulans-* compound (*ambulansstationen*, *ambulanshelikoptern*, *ambulanssjuksköterskor*, *ambulanssjukvården*, *nattambulans*, *sommarambulans* …) don't care; *ambulerande* (an ambulatory team, another word) → must_not, and it is the only match in the article on the health centre's ambulatory doctors.
- **stationen** (inflection): *station*, *stationen*, *stationer*, *stationerna* relevant (also *Ramsele station*); *ambulansstationen*, *brandstationen*, *stationschefen* don't care; the participle *stationerad(e)* (*en ambulans stationerad i Porjus*) → must_not.
- **larmen** (inflection): *larm*, *larmet*, *larmen* relevant (also *prio 1-larm*, *prio 1-larmen*, which split); *ambulanslarm*, *larmcentral(en)*, *larmloggar*, *larmoperatören* don't care; the verb *larma* (*larmade*, *larmades*, *larmas*, *larmat*, also *personalen har larmat om*) → must_not; *Alarm* in the name *SOS Alarm* is debatable (a loan word of the same origin inside a company's name) → don't care.
- **prioriteringarna** (inflection): *prioritering*, *prioriteringen*, *prioriteringar*, *prioriteringarna* relevant; the verb *prioritera*, *prioriterar*, *prioriterades* → must_not; *prioritet* (another noun of the same family) and the short *prio* (*prio 1*) → don't care.
- **utredningen** (inflection): *utredning* relevant (also *lex Maria-utredning*); the verb *utreda*, *utreder*, *utredas* → must_not; *utredare*, *utredaren* (the person) don't care.
- **strejken** (inflection): *strejk*, *strejken*, *strejker* relevant; the verb *strejka*, *strejkar* and *strejkande* → must_not (the debate article of the nurses who *vill inte strejka*).
- **sjuksköterskorna** (inflection): *sjuksköterska*, *sjuksköterskor*, *sjuksköterskorna* relevant; *ambulanssjuksköterska* in all forms, *specialistsjuksköterska* and *sjuksköterskebristen* (-e-) don't care; no lookalike in the texts.
- **patienterna** (inflection): *patient*, *patienten*, *patientens*, *patienter*, *patienterna*, *patienternas* relevant; *patientsäker(het/heten)*, *medianpatienten* don't care; *patiens* (the card game: *en patiens som aldrig går ut*) → must_not.
- **avtalet** (inflection): *avtal*, *avtalet* relevant (also *IVPA-avtalet*); *samverkansavtal(et)*, *huvudavtalet* don't care; the verb *avtalade* (*de rutiner som regionerna avtalade*) → must_not.
- **vädret** (syncope): *väder*, *vädret* relevant; *snöovädret* don't care; *vädjade*, *vädjar* (vädja) → must_not.
- **vintrar** (syncope): *vinter*, *vintern*, *vintrar* relevant; *vintermorgon*, *vintervägarna* don't care; *i vintras* (the adverb) don't care; the adjective *vintriga* (*vintriga förhållanden*) → must_not.
- **medlen** (syncope): *medel*, *medlen* (money: *statliga medel*, *medlen följer befolkningen*) relevant; *livsmedelsbutik* (medel inside) don't care; *medlem(mar/marna)*, *medlare*, *medlarna*, *medlarnas* and *Medlingsinstitutet* (medla) → must_not.
- **tecknen** (syncope): *tecken*, *tecknen* relevant; the verb *teckna* (*tecknar*, *tecknat*, *tecknade ett avtal*) and *undertecknarna*, *anteckningar* → must_not.
- **reglerna** (syncope): *regel* (also *regel snarare än undantag*), *regler*, *reglerna* relevant; *arbetstidsregler* don't care; the verb *reglerar* → must_not.
- **mörkret** (syncope): *mörker*, *mörkret* relevant; *mörkerglasögon* don't care; the adjective *mörka*, *mörkaste* → must_not.
- **nätter** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *midnatt*, *fredagsnatt*, *nattetid* (-e-), *nattpassen*, *nattpasset*, *nattambulans* don't care; *nätet* (the internet) → must_not.
- **söner** (umlaut): *sonen*, *söner*, *sönerna* relevant; *söndag* and its forms and compounds (*söndagen*, *söndagens*, *söndagskvällen*, *söndagsmorgonen*, *söndagseftermiddagen*) and *sönder* → must_not.
- **döttrar** (umlaut): *dottern*, *döttrar*, *döttrarna* relevant; the supine *dött* (*någon har dött i väntan på ambulans*) → must_not.
- **städer** (umlaut): *städerna* relevant; *storstad*, *storstäderna* don't care; the place *Pilgrimstad* don't care (as *Kristianstad*); *bostad*, *bostäder* and the verb forms *kostade*, *röstade* (which contain the letters) → must_not.
- **länder** (umlaut): *land*, *landet*, *landets*, *länder*, *länderna* relevant; *inland*, *inlandet*, *inlandets*, *inlandskommunerna*, *grannländerna* don't care, as are the names *Jämtland(s)*, *Västernorrland(s)*, *Norrland(s)*, *Värmland*, *Finland*; the verb *landa* (*landar*, *landning*, *landningsplats(er)*), *län* (*länet*, *länsgränsen*), *bland*, *ibland*, the *-lande/-landen* words (*uttalande*, *pressmeddelande*, *finsktalande*, *förhållanden*) and the surnames *Sjölander*, *Wiklander* → must_not; *länge*, *längre*, *längs*, *längst* are neither.
- **ledamöter** (umlaut): *ledamöter*, *ledamöterna* relevant; *riksdagsledamöter* don't care; no lookalike.
- **ambulans** (compound): the forms above and every compound that begins or ends with the word (*ambulansstationen*, *ambulanshelikoptern*, *ambulanssjuksköterskorna*, *ambulanssjukvården*, *ambulanslarm*, *nattambulans*, *sommarambulans* …) relevant; *ambulerande* → must_not.
- **helikopter** (compound): *helikopter*, *helikoptern*, *helikoptrar* … relevant, with *ambulanshelikoptern*, *ambulanshelikoptrarna*, *helikopterbolaget*, *helikopterplattan*, *helikopteruppdrag*; no lookalike.
- **station** (compound): *station* in its forms with *ambulansstationen*, *ambulansstationerna*, *brandstationen* and *stationschefen* (-s-) relevant; *stationerad(e)* → must_not.
- **vård** (compound): *vård*, *vården* (also *Inspektionen för vård och omsorg*) relevant, with *sjukvård(en)*, *ambulanssjukvård(en)*, *akutsjukvård*, *primärvården*, *vårdcentral(en)*, *vårdplatser*, *Vårdförbundet(s)*; *intensivvårdsavdelningen*, *sjukvårdsdirektör(en)*, *sjukvårdsutbildning* (vård inside) don't care; the verb *vårdas* and the diacritic pair *värd* (*värda*, *värdefulla*, *fruktansvärd*, *utvärderas*) → must_not.
- **bygd** (compound): *bygden* relevant, with *glesbygd(en/ens)*, *glesbygdsregionerna* (-s-) and *bygdegården* (-e-); the verb *bygga* (*bygga*, *byggde*, *bygger*) → must_not.
- **tid** (compound): *tid*, *tiden*, *tider* (*i tid*) relevant, with *responstid(en/er/erna)*, *väntetider(na)*, *arbetstid(en)*, *arbetstidsregler* (-s-), *vilotid(en)*, *dagtid*, *nattetid* (-e-), *övertid*, *körtider*, *öppettider*, *studietiden*, *tretiden* (*vid tretiden*); *deltidsbrandman/-män* (tid inside) don't care; *tidigare*, *tidigt*, *samtidigt*, *samtidiga* and the adverb *alltid* → must_not.
- **gata** (compound): *gatuadress(en)*, *gatunamn* (-u-) and *Storgatan* relevant (the word alone is not in the texts); *gåta* (*Det är ingen gåta varför*) → must_not.
- **kyrka** (compound): *kyrka*, *kyrkan* relevant, with *kyrkogården*, *kyrkoherden* (-o-); no lookalike.
- **räddning** (compound): the word alone is not in the texts; *räddningstjänsten* and its forms, *räddningschef(en)*, *räddningsledaren*, *räddningsbil* (-s-) and *lungräddning* (from *hjärt-lungräddning*) relevant; the verb *rädda* (*räddade*, *räddar*, *räddat*, the association *Rädda Ambulansen*) and the adjective *rädd* → must_not; *trädde* is neither.
- **"i väntan på ambulans"** (phrase): *i väntan på ambulans*, *i väntan på ambulansen* relevant (also *dog i väntan på ambulansen*, *IVPA, i väntan på ambulans*); *en lång väntan* and the title *väntan i Arjeplog* with *ambulans* elsewhere → must_not.
- **"ambulansstationen i Hammarstrand"** (phrase): relevant where the three stand together (also *ambulansstationen i Hammarstrand* inside longer sentences); *ambulansstationen öppnas igen … Hammarstrand*, *Varje ambulansstation … stationen i Hammarstrand*, *Den är inte en ambulansstation … Hammarstrand* → must_not; *stationen i Hammarstrand* alone is not the word.
- **"långa väntetider"** (phrase): *långa väntetider* relevant; *väntetiderna … kan vara långa* (reordered) and *korta väntetiderna … avstånden … långa* → must_not. Forms of *lång* are *lång*, *långa*; *långt*, *längre*, *längst* are neither.
- **"misstänkt hjärtinfarkt"** (phrase): *misstänkt hjärtinfarkt* relevant; *en misstänkt stroke* with *hjärtinfarkt* elsewhere → must_not; *misstänkt stroke* or *misstänkt ryggskada* without *hjärtinfarkt* is neither.
- **"Region Jämtland Härjedalen"** (phrase): the name, also the genitive *Region Jämtland Härjedalens*, relevant; the letter from Jokkmokk (*i Jämtland och Härjedalen … regionen*) → must_not.
- **"varsel om strejk"** (phrase): *varsel om strejk* relevant; *kritiserade varslet* with *strejk* elsewhere → must_not; the verb *varslade* (*den varslade strejken*) is not the noun.
- **"dålig sikt"** (phrase): *dålig sikt*, *den dåliga sikten* relevant; *Om sikten är dålig* (reordered) → must_not; *kände sig dålig* without *sikt* is neither.
- **"närmaste ambulans"** (phrase): *närmaste ambulans* relevant; *närmaste lediga ambulans*, *den närmaste lediga* and *närmaste sjukhus*, *närmaste hjärtstartare*, *närmaste by*, *närmaste akutsjukhus* with *ambulans(en/er)* elsewhere → must_not.
- **Stugun hjärtinfarkt** (boolean AND): articles with both (the death in Stugun described as a heart attack, the new routines after it) relevant; the many Stugun articles without *hjärtinfarkt*, and the articles on heart attacks without Stugun, → must_not.
- **dimma OR isbildning** (boolean OR): *dimma*, *dimman*, *isbildning* relevant; *isbildningsförhållanden* alone would be a compound; no lookalike.
- **IVPA -räddningstjänsten** (boolean NOT): articles with *IVPA* and no form of *räddningstjänsten* (the agreement in force, the debate article on standards) relevant; with *räddningstjänsten(s)*, *räddningstjänster(na)* → must_not.
- **Arjeplog OR Jokkmokk** (boolean OR): *Arjeplog(s)*, *Jokkmokk(s)* relevant; no lookalike.
- **ambulanshelikoptern -vädret** (boolean NOT): *ambulanshelikopter(n)*, *ambulanshelikoptrarna* without *väder*, *vädret* relevant; with them → must_not; with only *snöovädret* don't care.
- **Vårdförbundet strejk** (boolean AND): both (*Vårdförbundet(s)* and *strejk(en/er)*) relevant; one of them only, or the verb *strejka* only, → must_not.
- **Sollefteå Ramsele** (boolean AND): both relevant; Sollefteå only → must_not; *Ramseleborna* is a compound.
- **källa:Forsbladet Hammarstrand**, **källa:Polaris IVO**, **källa:Lappmarksposten ambulansen**, **källa:Norrsken helikoptern**, **källa:Blåljusbladet bemanningen** (filters): `källa:` matches one word of the outlet's name; the term judged as above (for *ambulansen* the forms of *ambulans*, compounds don't care; for *helikoptern* *ambulanshelikoptern* is a compound, don't care; for *bemanningen* *bemanningsföretag* don't care and *bemanna*, *bemannad*, *obemannad* lookalikes); articles with the term from other outlets, and lookalike-only articles from any outlet, → must_not.
- **typ:opinion IVPA**, **typ:opinion glesbygden** (filters): the term in an opinion piece relevant; in news → must_not; *glesbygdsregionerna* is a compound.
- **jour** (trap): *jouren* relevant; *beredskapsjour*, *jourläkaren* compounds; *journal*, *journaler*, *journalerna* and *journalister* → must_not.
- **bil** (trap): *bil*, *bilar*, *bilarna* relevant; *akutbil(en/ar)*, *ersättningsbil*, *räddningsbil*, *bilförare* compounds; *billig*, *stabil*, *mobiltäckning*, *rehabiliteringen*, *isbildning* and every *utbild-* word (*utbildning*, *utbildade*, *specialistutbildning* …) → must_not.
- **arm** (trap): *arm*, *armen* relevant; *larm* in every form and compound (*larmet*, *larmade*, *larmcentralen*, *ambulanslarm* …), *alarm*, *alarms* and the adjective *varm* → must_not.
- **kvart** (trap): *kvart* (*om en kvart*, *en timme och en kvart*) relevant; *kvartal*, *kvartalet*, *kvartalsproblem*, *kvartalsrapport* → must_not.
- **mask** (trap): *mask* (*syrgas med mask*) relevant; *syrgasmasker* compound; *snöröjningsmaskinerna* → must_not.
- **sår** (trap): *sår*, *såret* relevant; the adjective *sårbar* and *sårbarheten* → must_not.
- **tur** (trap): *tur* (*vi hade tur*, *tur är ingen strategi*) relevant; the verb *turades om*, *turister(na)*, *temperaturen*, *temperaturer*, *naturlag*, *strukturellt*, *strukturomvandling* → must_not.
- **led** (trap): *led* (*ett viktigt första led i kedjan*), *leden* relevant; *skoterleden* compound; *ledig(a)*, *ledning*, *ledare* (also the rubric *Ledare:*), *ledamöter(na)*, *riksdagsledamöter*, *räddningsledaren*, *styrkeledaren*, *avled*, *gled*, *inleda*, *inleder* → must_not.
- **tak** (trap): *tak* (*ett tak för timpriset*, *sjukhusets tak*) relevant; *takt* and *kontakt* → must_not.
- **pass** (trap): *pass*, *passet*, *passen* (shifts) relevant; *dygnspass(en)*, *nattpasset*, *nattpassen* compounds; the verb *passar* and *anpassad* → must_not.
- **sikt** (trap): *sikt*, *sikten* relevant; *avsikt*, *försiktigt* and *ansiktet* → must_not.
- **ben** (trap): *ben*, *benet* relevant; *benbrott* compound; *benägna*, *bensinmack*, *jobben* and the name *Bengt* → must_not.
- **puls** (trap): *puls*, *pulsen* relevant; *impulsen* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("ambulance", "ab", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
