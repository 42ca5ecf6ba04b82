#!/usr/bin/env python3
"""Builds corpus_flight.json and corpus_flight.md from flight_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 flight_build.py [-v]
"""

import fire_build
from flight_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "flygledare": dict(
        probe=r"flygled|^ledar",
        rel=S("flygledare flygledaren flygledarna flygledarnas flygledares"),
        comp=S("flygledarförbundet flygledarskola flygledarskolan flygledartornen flygledarutbildningen"),
        dc=S("flygledningen flygledningens flygledning flygledningssystem flygledningssystemet flygledningssystemen"),
        no=S("ledare"),
    ),
    "försening": dict(
        probe=r"försen",
        rel=S("förseningar förseningarna"),
        no=S("försenad försenade försenades försenas försenat försenats"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersat",
        rel=S("ersättning ersättningen"),
        comp=S("standardersättning"),
        no=S("ersätter ersatts"),
    ),
    "störning": dict(
        probe=r"stör",
        rel=S("störning störningen störningarna"),
        comp=S("systemstörningen"),
        no=S("större största störst"),
        nei=S("förstörda förstörs"),
    ),
    "avgång": dict(
        probe=r"avg[åa]",
        rel=S("avgång avgångar avgångarna"),
        comp=S("avgångshallen avgångsstopp avgångsstoppet pensionsavgångar"),
        no=S("avgår"),
    ),
    "resenär": dict(
        probe=r"resen",
        rel=S("resenär resenärer resenärerna"),
        comp=S("flygresenärer julresenärer julresenärerna charterresenärerna"),
        nei=S("presenterat"),
    ),
    "bagage": dict(
        probe=r"baga",
        rel=S("bagage bagaget"),
        comp=S("handbagage bagageband bagagevagnar"),
        no=S("bagatelliserade"),
    ),
    "landning": dict(
        probe=r"landn|^landa|landad|landat|landar",
        rel=S("landning landningen landningar"),
        comp=S("landningstillstånd landningsbanan"),
        no=S("landa landade landat nödlandade"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("utredningsledaren"),
        no=S("utreder utreds"),
    ),
    # --- syncope ---
    "väder": dict(
        probe=r"väd|^vad",
        rel=S("väder vädret"),
        no=S("vädjar"),
        nei=S("vad"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörka"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("regelverk regelverket"),
        no=S("regleringsbrev"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknet"),
        no=S("tecknat tecknas"),
    ),
    "nummer": dict(
        probe=r"numm|numr",
        rel=S("nummer numret"),
        no=S("numrerat"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("hindrade"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden städer städerna"),
        comp=S("stadsmissionen"),
        no=S("städpersonal städpersonalen städarna städning"),
        nei=S("testades överbelastad"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nattens nätter nätterna"),
        comp=S("midnatt nattetid nattrafiken nattåget hotellnätter"),
        no=S("nätet nätt"),
    ),
    "bok": dict(
        probe=r"b[oö]k|böck",
        rel=S("bok boken böcker"),
        no=S("boka bokat bokningar ombokning ombokningar ombokade fullbokade"),
    ),
    "fot": dict(
        probe=r"f[oö]t|^fot",
        rel=S("fötter fots"),
        no=S("fotograf fotografen fotot fotografiska"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter"),
        comp=S("riksdagsledamot riksdagsledamoten"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar döttrarna dotters"),
    ),
    # --- compounds ---
    "torn": dict(
        probe=r"torn",
        rel=S("torn tornet tornen"),
        comp=S("flygledartornen kontrolltornet"),
        no=S("tornberg"),
        nei=S("simulatorn"),
    ),
    "bana": dict(
        probe=r"ban[aeo]",
        rel=S("bana banan"),
        comp=S("stambanan stambanor arlandabanan banarbeten banarbetet landningsbanan"),
        no=S("bananer"),
    ),
    "jul": dict(
        probe=r"jul",
        rel=S("jul julen julens julas"),
        comp=S("julafton julaftons julbord juldagen julefriden juleljus julgran julhelgen julkaoset julklapp julklappar "
               "julklapparna jullov julresandet julresenärer julresenärerna julrusningen jultomten jultopplistan "
               "jultrafiken julveckan julveckans rekordjul"),
        no=S("juli julia hjul"),
    ),
    "terminal": dict(
        probe=r"termin",
        rel=S("terminal terminalen terminalerna"),
        comp=S("fraktterminalen utrikesterminalen"),
        no=S("terminen höstterminen"),
    ),
    "sjukhus": dict(
        probe=r"sjukh",
        rel=S("sjukhus sjukhuset"),
        comp=S("vrinnevisjukhuset universitetssjukhuset"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkor"),
        comp=S("kyrkoherden mariakyrkan"),
    ),
    "gata": dict(
        probe=r"^g[aå]t|gat[aou]",
        rel=S("gata gatan"),
        comp=S("drottninggatan gatukök"),
        no=S("gåta gate gaten"),
        nei=S("gått"),
    ),
    "tåg": dict(
        probe=r"t[aå]g",
        rel=S("tåg tåget tågen"),
        comp=S("extratåg nattåget pendeltåg pendeltågen tågtrafik tåglägen"),
        no=S("tag tagit taget misstag undantag vidtagit"),
        nei=S("företaget upptagna ljudupptagningar"),
    ),
    "väska": dict(
        probe=r"väsk",
        rel=S("väska väskan väskor"),
        comp=S("resväska resväskor handväskan"),
    ),
    # --- traps ---
    "planet": dict(
        probe=r"plan",
        rel=S("plan planet planen"),
        comp=S("flygplan flygplanen charterplan charterplanen fraktplan passagerarplan"),
        no=S("planera planerade planerat planeras tidplanen tidplaner krisplan färdplaner färdplanerna "
             "färdplanssystem färdplanssystemet färdplansinformation färdplansinformationen färdplansdata"),
    ),
    "kö": dict(
        probe=r"^kö(a|ade|ar|at|er|erna|n|r|ra|ras|rde|rs|rt|rts|p|pa|pt|k|ket)?$|kö(n|er|erna)$",
        rel=S("kö kön köer köerna"),
        comp=S("taxikön telefonköerna"),
        no=S("kör körde kört körts körs köras köpt kök"),
        nei=S("skön"),
    ),
    "nöd": dict(
        probe=r"nöd",
        rel=S("nöd"),
        comp=S("nödläge nödläget nödlandade"),
        no=S("nödvändigt onödig onödan"),
    ),
    "tur": dict(
        probe=r"^tur|tur$|turen$",
        rel=S("tur"),
        comp=S("förtur otur"),
        no=S("turbulent turister turistorter"),
        nei=S("kultur kulturen säkerhetskultur"),
    ),
    "hall": dict(
        probe=r"hall",
        rel=S("hall hallen hallarna"),
        comp=S("avgångshallen ankomsthallen idrottshallen idrottshallar"),
        no=S("hallsberg halland"),
    ),
    "filt": dict(
        probe=r"filt",
        rel=S("filt filtar"),
        no=S("filter filtret"),
    ),
    "mat": dict(
        probe=r"^mat|mat$|maten$",
        rel=S("mat maten"),
        comp=S("matkuponger kvällsmat"),
        no=S("mattias materialet mats"),
        nei=S("schemat"),
    ),
    "radar": dict(
        probe=r"^rad",
        rel=S("radarn"),
        comp=S("radarbilden radarstationerna radarutrustningen"),
        no=S("rad rader raderade"),
        nei=S("radio radion radiokommunikationen"),
    ),
    "gran": dict(
        probe=r"gran",
        rel=S("gran granen granar"),
        comp=S("julgran"),
        no=S("grannarna granskning granska granskas"),
    ),
    "tomte": dict(
        probe=r"tomt|tomm|^tom$",
        rel=S("tomte tomten tomtar"),
        comp=S("jultomten tomteluva"),
        no=S("tom tomt tomma"),
    ),
    "mil": dict(
        probe=r"^mil|mil$",
        rel=S("mil"),
        no=S("miljoner miljard miljardnota militära"),
    ),
    "tak": dict(
        probe=r"^tak|tak$|taket$",
        rel=S("taket"),
        comp=S("taklampan"),
        no=S("takt taktik"),
    ),
    "sol": dict(
        probe=r"^sol|sol$|solen$|konsol",
        rel=S("solen"),
        comp=S("solresa"),
        no=S("solna sollentuna solidaritet konsoler konsolerna"),
    ),
    # --- words of phrases, booleans and filters ---
    "inställd": dict(probe=r"^inställ", rel=S("inställd inställda")),
    "flyg": dict(probe=r"^flyg(et|en)?$", rel=S("flyg flyget")),
    "sova": dict(probe=r"^sov", rel=S("sov sova sover sovit"), nei=S("sovplatser")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "golv": dict(probe=r"golv", rel=S("golv golvet")),
    "medicinsk": dict(probe=r"^medicinsk", rel=S("medicinskt medicinska")),
    "nödläge": dict(probe=r"nödläge", rel=S("nödläge nödläget")),
    "flygtrafik": dict(probe=r"^flygtrafik", rel=S("flygtrafiken"), nei=S("flygtrafiktjänst")),
    "arlanda": dict(probe=r"arlanda", rel=S("arlanda"), comp=S("arlandabanan")),
    "fel": dict(probe=r"^fel", rel=S("fel felet"), comp=S("felmeddelandena")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "system": dict(
        probe=r"system",
        rel=S("system systemet"),
        comp=S("systembyten systemfel systemloggarna systemstörningen systemändringar reservsystem reservsystemet "
               "reservsystemen huvudsystem huvudsystemet färdplanssystem färdplanssystemet flygledningssystem "
               "flygledningssystemet flygledningssystemen"),
    ),
    "omdirigera": dict(probe=r"omdirig", rel=S("omdirigerades omdirigerade"), dc=S("omdirigeringen")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "norrköping": dict(probe=r"norrköping", rel=S("norrköping norrköpings")),
    "rätt": dict(probe=r"^rätt(en)?$", rel=S("rätt rätten")),
    "stå": dict(probe=r"^(stod|står|stå|stått)$", rel=S("stod står stå stått")),
    "still": dict(probe=r"^still", rel=S("still"), dc=S("stilla")),
    "lfv": dict(probe=r"^lfv$|luftfartsverk", rel=S("lfv"), dc=S("luftfartsverket")),
    "transportstyrelsen": dict(probe=r"transportstyr", rel=S("transportstyrelsen transportstyrelsens")),
    "landvetter": dict(probe=r"landvetter", rel=S("landvetter landvetters")),
    "hotell": dict(
        probe=r"hotell",
        rel=S("hotell hotellen hotellet"),
        comp=S("flygplatshotellen hotellrum hotellkostnader hotellnätter"),
    ),
    "vandrarhem": dict(probe=r"vandrarhem", rel=S("vandrarhemmen")),
    "sj": dict(probe=r"^sj$", rel=S("sj")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "nordavia": dict(probe=r"nordavia", rel=S("nordavia nordavias")),
    "västerås": dict(probe=r"västerås", rel=S("västerås")),
    "örebro": dict(probe=r"örebro", rel=S("örebro")),
    "ambulans": dict(probe=r"ambulans", rel=S("ambulans ambulansen"), comp=S("ambulansflyg")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("flygledarna", "inflection", False, ("term", "flygledare")),
    ("förseningarna", "inflection", False, ("term", "försening")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("störningen", "inflection", False, ("term", "störning")),
    ("avgångarna", "inflection", False, ("term", "avgång")),
    ("resenärerna", "inflection", False, ("term", "resenär")),
    ("bagaget", "inflection", False, ("term", "bagage")),
    ("landningen", "inflection", False, ("term", "landning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("tecknet", "syncope", False, ("term", "tecken")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("böcker", "umlaut", False, ("term", "bok")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("torn", "compound", True, ("term", "torn")),
    ("bana", "compound", True, ("term", "bana")),
    ("jul", "compound", True, ("term", "jul")),
    ("terminal", "compound", True, ("term", "terminal")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("tåg", "compound", True, ("term", "tåg")),
    ("väska", "compound", True, ("term", "väska")),
    ('"inställda flyg"', "phrase", False, ("phrase", ["inställd", "flyg"])),
    ('"sov på golvet"', "phrase", False, ("phrase", ["sova", "på", "golv"])),
    ('"medicinskt nödläge"', "phrase", False, ("phrase", ["medicinsk", "nödläge"])),
    ('"flygtrafiken på Arlanda"', "phrase", False, ("phrase", ["flygtrafik", "på", "arlanda"])),
    ('"fel i systemet"', "phrase", False, ("phrase", ["fel", "i", "system"])),
    ('"omdirigerades till Norrköping"', "phrase", False, ("phrase", ["omdirigera", "till", "norrköping"])),
    ('"rätt till ersättning"', "phrase", False, ("phrase", ["rätt", "till", "ersättning"])),
    ('"stod still"', "phrase", False, ("phrase", ["stå", "still"])),
    ("LFV Transportstyrelsen", "boolean", False, ("and", ["lfv", "transportstyrelsen"])),
    ("Arlanda -Landvetter", "boolean", False, ("not", "arlanda", "landvetter")),
    ("hotell OR vandrarhem", "boolean", False, ("or", ["hotell", "vandrarhem"])),
    ("SJ Trafikverket", "boolean", False, ("and", ["sj", "trafikverket"])),
    ("Norrköping -Nordavia", "boolean", False, ("not", "norrköping", "nordavia")),
    ("Västerås OR Örebro", "boolean", False, ("or", ["västerås", "örebro"])),
    ("ambulansen Norrköping", "boolean", False, ("and", ["ambulans", "norrköping"])),
    ("källa:Märstaposten Arlanda", "filter", False, ("filter", "Märstaposten", "arlanda")),
    ("källa:Västkustbladet Landvetter", "filter", False, ("filter", "Västkustbladet", "landvetter")),
    ("källa:Kompass förseningarna", "filter", False, ("filter", "Kompass", "försening")),
    ("källa:Kvällsblixten resenärerna", "filter", False, ("filter", "Kvällsblixten", "resenär")),
    ("källa:Transponder flygledarna", "filter", False, ("filter", "Transponder", "flygledare")),
    ("källa:Bråviken landningen", "filter", False, ("filter", "Bråviken", "landning")),
    ("typ:opinion LFV", "filter", False, ("filter", "opinion", "lfv")),
    ("planet", "trap", False, ("term", "planet")),
    ("kö", "trap", False, ("term", "kö")),
    ("nöd", "trap", False, ("term", "nöd")),
    ("tur", "trap", False, ("term", "tur")),
    ("hall", "trap", False, ("term", "hall")),
    ("filtar", "trap", False, ("term", "filt")),
    ("mat", "trap", False, ("term", "mat")),
    ("radarn", "trap", False, ("term", "radar")),
    ("gran", "trap", False, ("term", "gran")),
    ("tomte", "trap", False, ("term", "tomte")),
    ("mil", "trap", False, ("term", "mil")),
    ("taket", "trap", False, ("term", "tak")),
    ("solen", "trap", False, ("term", "sol")),
]

HEADER = """# corpus_flight.json – judging notes

Invented crisis: in the night to Monday 21 December 2026, the busiest day of the Christmas travel week, LFV (Luftfartsverket) updates its flight-plan data system Sirius (supplier: the French company Aerolink) and its backup system with the same version. At 06.12 the system starts losing flight plans through a memory leak, the controllers at the Stockholm control centre and in the towers at Arlanda and Landvetter see aircraft without labels, and at 06.20 all departures from Arlanda and Landvetter are stopped; the rollback fails and the backup falls over too. Incoming aircraft are diverted to Norrköping (Kungsängen), Västerås, Örebro, Oslo and Köpenhamn; a Nordavia plane from Las Palmas with a 64-year-old woman having a stroke circles for 17 minutes before it is sent to Norrköping, where an ambulance takes her to Vrinnevisjukhuset and on to Universitetssjukhuset i Linköping. Traffic comes back slowly on 21–23 December (1 430 departures cancelled, 190 000 travellers hit); thousands sleep in the terminals, in Märsta kyrka, sports halls and schools, Röda korset and the municipalities of Sigtuna and Härryda help, hotels, hire cars, SJ's trains, Västra stambanan (a signal fault at Alingsås on 23 December) and the buses are overloaded. Then to April 2027: the controllers' ignored warnings, Transportstyrelsen's special supervision and injunction (and criticism of its own earlier review), the infrastructure minister and riksdagens trafikutskott, compensation under EU rules and ARN, the airlines' claim against LFV, the municipalities' costs, Statens haverikommission's interim report on the diverted plane (16 March 2027), the director general's resignation, Norrköping as a funded reserve airport and new routines at Swedavia. Places and public bodies are real (Arlanda, Märsta, Sigtuna, Odensala, Rosersberg, Valsta, Landvetter, Härryda, Göteborg, Norrköping, Kungsängen, Linköping, Västerås, Örebro, Alingsås, Hallsberg, Laxå; LFV, Swedavia, Transportstyrelsen, Statens haverikommission, Trafikverket, SJ, SL, Östgötatrafiken, Region Östergötland, Vrinnevisjukhuset, Konsumentverket, ARN, Röda korset, Svenska kyrkan; their actions are invented); the system Sirius, the companies Aerolink, Nordavia and Sunline Charter, the unions and associations, every person and all six outlets are invented: Nyhetsbyrån Kompass (wire service, also carrying press releases), Märstaposten (local daily for Sigtuna kommun, with leaders and letters), Västkustbladet (local daily for Göteborg and Härryda, with leaders, letters and a debate article), Kvällsblixten (evening tabloid, with columns), Transponder (aviation trade paper, with a column and debate articles) and Radio Bråviken (local radio in Norrköping, with quotes and one commentary). 129 articles (110 news, 19 opinion: leaders, letters, columns, debate articles, a radio commentary), published 16 November 2026 to 20 April 2027, +01:00 until 28 March 2027 and +02:00 after. The ids R001–R129 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (no *man* at all), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *plan* and *planen* meaning a plan (every *plan*, *planen*, *planet* is an aircraft; plans appear only as *planer*, *tidplanen*, *krisplan* and the like), *banan* the fruit (every *banan* is a runway or a railway line; the fruit only as *bananer*), *kön* meaning sex or gender (every *kön* is a queue), *Gran Canaria* (the flight comes from Las Palmas), the surname *Gran*, *rätt* as an adjective or adverb (every *rätt*, *rätten* is the noun, a right), and *Hall* as a name.

How the lists were made: src/flight_articles.py holds the texts and src/flight_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: tåg/tag, gata/gåta/gate, städer/stad, natt/nätt/nät, bok/böck, fot/föt, dotter/dött, väder/vad) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* is anchored (*kö-* with short endings from the start of the word, and *kön*, *köer*, *köerna* at the end), since *kö-* begins hundreds of unrelated words; *mat*, *tur*, *tak*, *sol* and *mil* are probed at the start and the end of a word. Tokens are runs of letters, so *LFV:s*, *SJ:s* and hyphenated words are split. `python3 flight_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Compounds count with compounds:true only when they begin or end with the word, with or without a linking letter. Per query:

- **flygledarna** (inflection): *flygledare*, *flygledaren*, *flygledares*, *flygledarna(s)* relevant; *ledare* (the word in the heading of a leader, a different word that the compound only seems to end with) → must_not; *flygledarförbundet*, *flygledarskola(n)*, *flygledartornen*, *flygledarutbildningen* compounds; *flygledning(en/ens)* and *flygledningssystem(et/en)* (the service, another noun) → don't care.
- **förseningarna**: *förseningar(na)* relevant; the participle and verb *försenad*, *försenade*, *försenat*, *försenats*, *försenas*, *försenades* → must_not.
- **ersättningen**: *ersättning(en)* relevant; the verb *ersätter*, *ersatts* → must_not; *standardersättning* compound.
- **störningen**: *störning(en)*, *störningarna* relevant; *större*, *största*, *störst* (stor, another lemma) → must_not; *systemstörningen* compound; *förstörda*, *förstörs* neither.
- **avgångarna**: *avgång*, *avgångar(na)* relevant (also *Annika Rehns avgång*, her resignation: the same noun); the verb *avgår* → must_not; *avgångshallen*, *avgångsstopp(et)*, *pensionsavgångar* compounds.
- **resenärerna**: *resenär*, *resenärer(na)* relevant; *flygresenärer*, *julresenärer(na)*, *charterresenärerna* compounds; *presenterat* neither. No lookalike in the texts.
- **bagaget**: *bagage(t)* relevant; *bagatelliserade* → must_not; *handbagage*, *bagageband*, *bagagevagnar* compounds.
- **landningen**: *landning(en)*, *landningar* relevant; the verb *landa*, *landade*, *landat* and *nödlandade* → must_not; *landningstillstånd*, *landningsbanan* compounds.
- **utredningen**: *utredning(en)* relevant; the verb *utreder*, *utreds* → must_not; *utredningsledaren* compound.
- **vädret** (syncope): *väder*, *vädret* relevant; the verb *vädjar* → must_not; *vad* neither.
- **mörkret**: *mörker*, *mörkret* relevant; the adjective *mörka* (another lemma) → must_not.
- **reglerna**: *regel*, *regler(na)* relevant; *regleringsbrev* (from reglera) → must_not; *regelverk(et)* compound.
- **tecknet**: *tecken*, *tecknet* relevant; *tecknat*, *tecknas* (teckna, to sign) → must_not.
- **numret**: *nummer*, *numret* relevant; *numrerat* → must_not.
- **hindret**: *hinder*, *hindret* relevant; the verb *hindrade* → must_not.
- **städer** (umlaut): *stad*, *staden*, *städer(na)* relevant; *städpersonal(en)*, *städarna*, *städning* (städa, to clean) → must_not; *Stadsmissionen* compound; *testades*, *överbelastad* neither.
- **nätter**: *natt(en/ens)*, *nätter(na)* relevant; *nätet* (the internet) and *nätt* (in *nätt och jämnt*) → must_not; *midnatt*, *nattetid*, *nattrafiken*, *nattåget*, *hotellnätter* compounds.
- **böcker**: *bok*, *boken*, *böcker* relevant; the verb *boka*, *bokat*, *ombokade*, *fullbokade* and the nouns *bokningar*, *ombokning(ar)* (from boka) → must_not.
- **fötter**: *fötter* and *till fots* relevant; *fotograf(en)*, *fotot*, *Fotografiska* → must_not.
- **ledamöter**: *ledamot*, *ledamöter* relevant; *riksdagsledamot(en)* compound. No lookalike in the texts.
- **döttrarna**: *dotter(n/s)*, *döttrar(na)* relevant. No lookalike in the texts.
- **torn** (compound): *torn*, *tornet*, *tornen*, *flygledartornen*, *kontrolltornet* relevant; the surname *Tornberg* → must_not; *simulatorn* neither.
- **bana**: *bana*, *banan* (a runway or a line), *stambanan*, *stambanor*, *Arlandabanan*, *banarbete(n/t)*, *landningsbanan* (-s-) relevant; *bananer* (the fruit) → must_not.
- **jul**: *jul*, *julen(s)*, *i julas* and *julafton*, *julveckan*, *julklappar*, *jultomten*, *julgran*, *rekordjul* … and *julefriden*, *juleljus* (-e-) relevant; *juli*, the name *Julia* and *hjul* → must_not.
- **terminal**: *terminal(en/erna)*, *fraktterminalen*, *utrikesterminalen* (-s-) relevant; *terminen*, *höstterminen* (termin, a school term) → must_not.
- **sjukhus**: *sjukhus(et)*, *Vrinnevisjukhuset*, *Universitetssjukhuset* (-s-) relevant. No lookalike.
- **kyrka**: *kyrka(n)*, *kyrkor*, *Mariakyrkan*, *kyrkoherden* (-o-) relevant. No lookalike.
- **gata**: *gata*, *gatan*, *Drottninggatan*, *gatukök* (-u-) relevant; *gåta* (a mystery) and the loanword *gate*, *gaten* (at the airport) → must_not; *gått* neither.
- **tåg**: *tåg(et/en)*, *extratåg*, *nattåget*, *pendeltåg(en)*, *tågtrafik*, *tåglägen* relevant; *tag* (*ett tag*), *tagit*, *taget*, *vidtagit*, *misstag*, *undantag* → must_not; *företaget*, *upptagna*, *ljudupptagningar* neither.
- **väska**: *väska(n)*, *väskor*, *resväska*, *resväskor*, *handväskan* relevant. No lookalike.
- **"inställda flyg"** (phrase): forms of *inställd* followed by *flyg*/*flyget*; *Alla flyg från Landvetter inställda* (reversed) and *flyg … inställd resa*, *inställda … Flyget* apart → must_not.
- **"sov på golvet"**: forms of *sova* (*sov*, *sover*, *sovit*) + *på* + *golv(et)*: *sover på golvet*, *sovit på golvet*, *sov vi på golvet* relevant; *sov på en bänk … Golvet var hårt* → must_not; *sitter på golvet* (another verb) is neither.
- **"medicinskt nödläge"**: *medicinskt nödläge* relevant; *nödläget … den medicinska informationen* apart → must_not.
- **"flygtrafiken på Arlanda"**: relevant when adjacent; *Flygtrafiken på Landvetter … På Arlanda* and *flygtrafiken igång … Arlanda* → must_not.
- **"fel i systemet"**: *fel i systemet* relevant; *går fel kan systemet*, *felet … i systemet* apart → must_not; with *fel* and *i* but only a compound of *system* (*färdplanssystem*, *reservsystemet*) → don't care.
- **"omdirigerades till Norrköping"**: the verb forms *omdirigerades*, *omdirigerade* + *till* + *Norrköping*; *omdirigerades planet till Norrköping* and *omdirigerade plan landade i … Norrköping* → must_not; the noun *omdirigeringen* → don't care.
- **"rätt till ersättning"**: *rätt till ersättning* relevant; *rätt att få tillbaka pengarna* with *ersättning* elsewhere → must_not; *rätt till någon standardersättning* (compound) → don't care.
- **"stod still"**: forms of *stå* (*stod*, *står*, *stått*) directly followed by *still*: *stod still*, *har allt stått still* relevant; *Banden stod nästan still* → must_not; *stod stilla* (*stilla*, a form close to but not the same as *still*) → don't care.
- **LFV Transportstyrelsen** (AND): articles with only one of the two → must_not; *Luftfartsverket* without *LFV* → don't care.
- **Arlanda -Landvetter**: articles naming Landvetter → must_not; *Arlandabanan* alone would be a compound.
- **hotell OR vandrarhem**: *hotell*, *hotellen*, *hotellet*, *vandrarhemmen* relevant; *hotellnätter* alone → don't care.
- **SJ Trafikverket**: *SJ:s* is *sj*; articles with only one → must_not.
- **Norrköping -Nordavia**: articles about the Nordavia plane in Norrköping → must_not.
- **Västerås OR Örebro**: the diversion airports.
- **ambulansen Norrköping**: *ambulans(en)* and *Norrköping(s)*; articles with only one → must_not (*ambulansflyg* is a compound).
- **Filters**: `källa:` matches one word of the outlet's name (*Märstaposten*, *Västkustbladet*, *Kompass*, *Kvällsblixten*, *Transponder*, *Bråviken*); articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*ledare* for flygledarna, *landade*/*landat* for landningen, *försenade* for förseningarna).
- **planet** (trap): every aircraft form *plan*, *planet*, *planen* relevant; *färdplaner(na)*, *färdplanssystem(et)*, *färdplansinformation(en)*, *färdplansdata*, *tidplanen*, *tidplaner*, *krisplan* (compounds of plan, a plan) and the verb *planera*, *planerade*, *planerat*, *planeras* → must_not; *flygplan(en)*, *charterplan(en)*, *fraktplan*, *passagerarplan* compounds.
- **kö** (trap): *kö*, *kön*, *köer(na)* relevant; *kör*, *körde*, *kört*, *körts*, *körs*, *köras* (köra), *köpt* and *kök* → must_not; *taxikön*, *telefonköerna* compounds; *skön* neither.
- **nöd** (trap): *i nöd* relevant; *nödvändigt*, *onödig*, *i onödan* → must_not; *nödläge(t)*, *nödlandade* compounds.
- **tur** (trap): *tur* (luck) relevant; *turister*, *turistorter*, *turbulent* → must_not; *förtur*, *otur* compounds; *kultur(en)*, *säkerhetskultur* neither.
- **hall** (trap): *hall*, *hallen*, *hallarna* relevant; *Hallsberg*, *Halland* → must_not; *avgångshallen*, *ankomsthallen*, *idrottshallen*, *idrottshallar* compounds.
- **filtar** (trap): *filt*, *filtar* relevant; *filter*, *filtret* (a radar filter, another lemma) → must_not.
- **mat** (trap): *mat*, *maten* relevant; *Materialet* and the names *Mattias*, *Mats* → must_not; *matkuponger*, *kvällsmat* compounds; *schemat* neither.
- **radarn** (trap): *radarn* relevant; *rad* (*i rad*), *rader* and *raderade* (radera) → must_not; *radarbilden*, *radarstationerna*, *radarutrustningen* compounds; *radio*, *radion*, *radiokommunikationen* neither.
- **gran** (trap): *gran*, *granen*, *granar* (the Christmas tree) relevant; *grannarna*, *granska*, *granskas*, *granskning* → must_not; *julgran* compound.
- **tomte** (trap): *tomte*, *tomten*, *tomtar* relevant; the adjective *tom*, *tomt*, *tomma* → must_not; *jultomten*, *tomteluva* compounds.
- **mil** (trap): *mil* (100 mil, 150 mil) relevant; *miljoner*, *miljard*, *Miljardnota*, *militära* → must_not.
- **taket** (trap): *taket* relevant (the roof of a house, of a hall, and *nära taket*, the limit); *takt*, *taktik* → must_not; *taklampan* compound.
- **solen** (trap): *solen* relevant; *Solna*, *Sollentuna*, *solidaritet* and *konsoler(na)* → must_not; *solresa* compound.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("flight", "R", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
