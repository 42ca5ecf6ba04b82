#!/usr/bin/env python3
"""Builds corpus_blast.json and corpus_blast.md from blast_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 blast_build.py [-v]
"""

import fire_build
from blast_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "explosion": dict(
        probe=r"explo",
        rel=S("explosion explosionen"),
        comp=S("gasexplosion gasexplosionen gasexplosioner"),
        no=S("explodera exploderade explosiva"),
    ),
    "hyresgäst": dict(
        probe=r"hyresg",
        rel=S("hyresgäst hyresgäster hyresgästerna hyresgästernas"),
        comp=S("hyresgästföreningen"),
    ),
    "inspektion": dict(
        probe=r"inspekt",
        rel=S("inspektionen inspektioner inspektionerna"),
        comp=S("energimarknadsinspektionen"),
        dc=S("brandinspektören byggnadsinspektörer"),
        no=S("inspektera inspekterade"),
    ),
    "lägenhet": dict(
        probe=r"^läge|lägenh",
        rel=S("lägenhet lägenheten lägenheter lägenheterna"),
        comp=S("evakueringslägenhet evakueringslägenheter grannlägenheten"),
        no=S("läget"),
    ),
    "ventil": dict(
        probe=r"ventil",
        rel=S("ventil ventilen ventiler"),
        comp=S("avstängningsventil avstängningsventilen avstängningsventiler huvudventilen"),
        no=S("ventilationen"),
    ),
    "spis": dict(
        probe=r"spis",
        rel=S("spis spisen spisar spisarna"),
        comp=S("elspisar gasspis gasspisar gasspisarna gasspisen"),
    ),
    "begravning": dict(
        probe=r"begrav",
        rel=S("begravning begravningen"),
        no=S("begravd begravdes"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmet"),
        no=S("alarm larma larmade larmat"),
    ),
    "rivning": dict(
        probe=r"^riv|rivn|^rev$|^revs$",
        rel=S("rivning rivningen"),
        comp=S("rivningsavfallet rivningsfirman"),
        no=S("rivas river rivs"),
    ),
    # --- syncope ---
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren fönstret"),
        comp=S("köksfönstret vardagsrumsfönstret"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckel nyckeln nycklar nycklarna"),
    ),
    "mörker": dict(
        probe=r"m[öo]rk",
        rel=S("mörker mörkret"),
        no=S("mörk mörkt"),
    ),
    "offer": dict(
        probe=r"^off|offer|offr",
        rel=S("offer offren"),
        no=S("offrade"),
    ),
    "kabel": dict(
        probe=r"kab",
        rel=S("kablar kablarna"),
        comp=S("elkablar"),
        no=S("kablades"),
    ),
    "tecken": dict(
        probe=r"t[eä]ck",
        rel=S("tecken tecknen"),
        no=S("teckningar teckningarna täcken"),
        nei=S("täcker täckjackan upptäckt"),
    ),
    # --- umlaut ---
    "natt": dict(
        probe=r"^n[aä]t|n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("olycksnatten"),
        no=S("nät nätet näten nätets gasnät gasnätet gasnäten fjärrvärmenätet nätbolagen nätägare nätägaren nätägarna "
             "nätägarnas"),
        nei=S("nationellt naturgas naturgaslagen"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("staden stadens städer städerna"),
        comp=S("stadsbyggnadsdirektören stadsbyggnadsnämnden stadsdelen stadsgas stadsgasen stadsgasens"),
        dc=S("stenstaden"),
        no=S("bostad bostadsbolag bostadsbolaget bostadshus bostäder bostäderna flerbostadshus"),
        nei=S("förhastade röstade"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|^bror|bröder",
        rel=S("bror bröderna"),
        comp=S("hjältebröderna"),
        no=S("bröd"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("hand handen händer händerna"),
        no=S("hände händelse händelsen händelserna händelseförloppet handla handlar handlat handlingskraft hända"),
        nei=S("behandla behandlas förhandla förhandlingsbar omhändertagande"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar döttrarna"),
        dc=S("dotterbolag"),
        no=S("dött"),
    ),
    "fot": dict(
        probe=r"^f[oö]t|fot",
        rel=S("fot fötter fötterna"),
        comp=S("fotbollsklubben"),
        dc=S("barfota"),
        no=S("foto fotoalbum fotografen"),
    ),
    # --- compounds ---
    "gas": dict(
        probe=r"gas",
        rel=S("gas gasen"),
        comp=S("biogas energigas gasdetektor gasexplosion gasexplosionen gasexplosioner gasinstallation "
               "gasinstallationen gasinstallationer gasinstallationerna gasledningar gasledningen gaslukt gaslukten "
               "gasmätare gasmätaren gasmätarna gasnät gasnäten gasnätet gasspis gasspisar gasspisarna gasspisen "
               "gastekniker gasvarnare gasvarnaren gasverket gasvärmare mittgas naturgas naturgaslagen stadsgas "
               "stadsgasen stadsgasens gasolyckan"),
        no=S("gasellföretag"),
        nei=S("byggas hagas hagaskolan kulturmagasinet lagas läggas tidigast viktigaste"),
    ),
    "trappa": dict(
        probe=r"trapp",
        rel=S("trappa trappan"),
        comp=S("källartrappan trapphus trapphuset trappuppgången"),
        no=S("trappas"),
        nei=S("slutrapporten"),
    ),
    "hus": dict(
        probe=r"hus",
        rel=S("hus husen huset husets"),
        comp=S("bostadshus flerbostadshus grannhus grannhusen grannhusens grannhuset hyreshus rådhuset sjukhus "
               "sjukhuset stenhuset trapphus trapphuset"),
        dc=S("hushåll hushållen inomhus"),
        no=S("hustru"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        comp=S("gasolyckan olycksnatten olycksplatsen"),
        no=S("olyckligt"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen"),
        comp=S("krisgrupp krisgrupper krisledning krisledningen krisledningsnämnden krisstöd krisstödet"),
        no=S("kristina kristna"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("hemtjänsten kundtjänst räddningstjänst räddningstjänsten räddningstjänstens rörtjänst socialtjänsten "
               "tjänsteman tjänstemän tjänstemännen"),
        no=S("förtjänar tjänat"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gatan gatorna"),
        comp=S("bergsgatan gatubelysningen gatuplanet storgatan tullgatan"),
        no=S("gått"),
        nei=S("frågat försvagats klagat lagat obligatoriska stagats"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("kyrkogården kyrkoherden kyrkokören pingstkyrkan"),
    ),
    "hall": dict(
        probe=r"h[aå]ll",
        rel=S("hall hallen"),
        comp=S("idrottshallen sporthallen"),
        no=S("hallberg håll hålla håller hållit hålls underhåll underhållet underhållsskulden hushåll hushållen "
             "innehållet"),
        nei=S("behålla"),
    ),
    # --- traps ---
    "port": dict(
        probe=r"port",
        rel=S("porten portar"),
        no=S("delrapport rapport rapporten rapporteras reporter slutrapporten sporthallen proportioner"),
    ),
    "granne": dict(
        probe=r"gran",
        rel=S("granne grannen grannar"),
        comp=S("grannhus grannhusen grannhusens grannhuset grannlägenheten"),
        no=S("granloholm granska granskade granskar granskat granskningen granström julgran"),
    ),
    "källare": dict(
        probe=r"k[äa]ll",
        rel=S("källare källaren källarna"),
        comp=S("källardörren källartrappan"),
        no=S("källor kallare"),
        nei=S("kallas kallt skallrade"),
    ),
    "lag": dict(
        probe=r"l[aå]g",
        rel=S("lagen"),
        comp=S("bygglagen naturgaslagen lagstiftaren lagstiftning lagstiftningen"),
        no=S("bjälklagen bjälklaget bolag bolagen bolaget bolagets bostadsbolag bostadsbolaget dotterbolag energibolag "
             "fastighetsbolaget försäkringsbolag försäkringsbolagen förvaltningsbolag förvaltningsbolaget nätbolagen "
             "pensionsbolag underlag lagas lagat låg lågt"),
        nei=S("klagade klagat klagomål kammaråklagare åklagaren åklagarkammaren förslag förslaget föreslagit "
              "matlagning utslag kartlagt överklaga"),
    ),
    "ljus": dict(
        probe=r"ljus",
        rel=S("ljus ljusen"),
        comp=S("blåljus gravljus stearinljus värmeljus"),
        no=S("ljusa ljusare ljust"),
    ),
    "lukt": dict(
        probe=r"lukt",
        rel=S("lukt lukten"),
        comp=S("gaslukt gaslukten"),
        dc=S("luktsatt"),
        no=S("lukta luktade luktar luktat"),
    ),
    "kök": dict(
        probe=r"k[öo]k",
        rel=S("kök köken köket"),
        comp=S("köksbänken köksfönstret köksutrustning"),
        no=S("kokade kokar kokplatta kokplattor"),
        nei=S("kyrkokören"),
    ),
    "glas": dict(
        probe=r"glas",
        rel=S("glas glaset"),
        comp=S("glasburkar glassplitter"),
        no=S("glass"),
    ),
    "vägg": dict(
        probe=r"v[äå]g",
        rel=S("vägg väggarna väggen"),
        comp=S("ytterväggen"),
        no=S("väg vägen förväg"),
        nei=S("mittvåg vågor överväger"),
    ),
    "ras": dict(
        probe=r"ras",
        rel=S("ras raset"),
        comp=S("rasmassorna"),
        no=S("rasa rasade rasande rasar rasat rasmus"),
        nei=S("brast bäras deras evakueras kontrolleras levereras madrasser publiceras rapporteras sorteras svårast "
              "säkras trasig"),
    ),
    "tryck": dict(
        probe=r"tryck",
        rel=S("tryck trycket"),
        comp=S("tryckprov"),
        dc=S("tryckprovades"),
        no=S("tryckte uttryckligen uttryckte"),
    ),
    "smäll": dict(
        probe=r"sm[äa]l",
        rel=S("smäll smällen"),
        no=S("small"),
    ),
    "mätare": dict(
        probe=r"mät",
        rel=S("mätare mätaren mätarna"),
        comp=S("gasmätare gasmätaren gasmätarna mätarbyten mätarbytet"),
        no=S("mäta mätningarna mätte"),
    ),
    # --- words of phrases, booleans and filters ---
    "allmänfarlig": dict(probe=r"allmänfarlig", rel=S("allmänfarlig")),
    "ödeläggelse": dict(probe=r"ödelägg", rel=S("ödeläggelse ödeläggelsen")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "räddningstjänsten": dict(probe=r"räddningstjänst", rel=S("räddningstjänst räddningstjänsten räddningstjänstens")),
    "medelpad": dict(probe=r"medelpad", rel=S("medelpad")),
    "sundsvall": dict(probe=r"^sundsvall", rel=S("sundsvall sundsvalls")),
    "sjukhus": dict(probe=r"sjukhus", rel=S("sjukhus sjukhuset")),
    "stänga": dict(
        probe=r"^stäng|avstäng",
        rel=S("stänga stängde stänger stängs stängt"),
        dc=S("avstängd"),
        nei=S("avstängningsventil avstängningsventilen avstängningsventiler stängslet"),
    ),
    "tillfällig": dict(probe=r"tillfällig", rel=S("tillfälligt")),
    "boende": dict(probe=r"boende", rel=S("boende boendes")),
    "äldre": dict(probe=r"^äldre$", rel=S("äldre")),
    "krisstöd": dict(probe=r"krisstöd", rel=S("krisstöd krisstödet")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "de": dict(probe=r"^de$", rel=S("de")),
    "sundsfast": dict(probe=r"sundsfast", rel=S("sundsfast sundsfasts")),
    "mittgas": dict(probe=r"mittgas", rel=S("mittgas")),
    "energimarknadsinspektionen": dict(probe=r"energimarknadsinsp", rel=S("energimarknadsinspektionen")),
    "msb": dict(probe=r"^msb", rel=S("msb")),
    "polis": dict(probe=r"polis", rel=S("polisen polisens")),
    "haga": dict(probe=r"^haga", rel=S("haga hagas"), comp=S("hagaskolan")),
    "stenstaden": dict(probe=r"stenstad", rel=S("stenstaden")),
    "akademiska": dict(probe=r"akademisk", rel=S("akademiska")),
    "linköping": dict(probe=r"linköping", rel=S("linköping")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagaren"),
        comp=S("kammaråklagare åklagarkammaren"),
    ),
    "förundersökning": dict(probe=r"förundersök", rel=S("förundersökning förundersökningen")),
    "sporthall": dict(probe=r"sporthall", rel=S("sporthallen")),
    "gasnät": dict(probe=r"gasnät", rel=S("gasnät gasnätet gasnäten")),
    "gasspis": dict(probe=r"gasspis", rel=S("gasspis gasspisen gasspisar gasspisarna")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("explosionen", "inflection", False, ("term", "explosion")),
    ("hyresgästerna", "inflection", False, ("term", "hyresgäst")),
    ("inspektionerna", "inflection", False, ("term", "inspektion")),
    ("lägenheterna", "inflection", False, ("term", "lägenhet")),
    ("ventilen", "inflection", False, ("term", "ventil")),
    ("spisen", "inflection", False, ("term", "spis")),
    ("begravningen", "inflection", False, ("term", "begravning")),
    ("larmet", "inflection", False, ("term", "larm")),
    ("rivningen", "inflection", False, ("term", "rivning")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("nycklarna", "syncope", False, ("term", "nyckel")),
    ("mörkret", "syncope", False, ("term", "mörker")),
    ("offren", "syncope", False, ("term", "offer")),
    ("kablarna", "syncope", False, ("term", "kabel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("gas", "compound", True, ("term", "gas")),
    ("trappa", "compound", True, ("term", "trappa")),
    ("hus", "compound", True, ("term", "hus")),
    ("olycka", "compound", True, ("term", "olycka")),
    ("kris", "compound", True, ("term", "kris")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("hall", "compound", True, ("term", "hall")),
    ('"allmänfarlig ödeläggelse"', "phrase", False, ("phrase", ["allmänfarlig", "ödeläggelse"])),
    ('"lukt av gas"', "phrase", False, ("phrase", ["lukt", "av", "gas"])),
    ('"Räddningstjänsten Medelpad"', "phrase", False, ("phrase", ["räddningstjänsten", "medelpad"])),
    ('"Sundsvalls sjukhus"', "phrase", False, ("phrase", ["sundsvall", "sjukhus"])),
    ('"stängde av gasen"', "phrase", False, ("phrase", ["stänga", "av", "gas"])),
    ('"tillfälligt boende"', "phrase", False, ("phrase", ["tillfällig", "boende"])),
    ('"äldre hus"', "phrase", False, ("phrase", ["äldre", "hus"])),
    ('"krisstöd till de boende"', "phrase", False, ("phrase", ["krisstöd", "till", "de", "boende"])),
    ("Sundsfast Mittgas", "boolean", False, ("and", ["sundsfast", "mittgas"])),
    ("Energimarknadsinspektionen OR MSB", "boolean", False, ("or", ["energimarknadsinspektionen", "msb"])),
    ("explosionen -polisen", "boolean", False, ("not", "explosion", "polis")),
    ("Haga OR Stenstaden", "boolean", False, ("or", ["haga", "stenstaden"])),
    ("krisstöd -kyrkan", "boolean", False, ("not", "krisstöd", "kyrka")),
    ("Akademiska OR Linköping", "boolean", False, ("or", ["akademiska", "linköping"])),
    ("åklagaren förundersökningen", "boolean", False, ("and", ["åklagare", "förundersökning"])),
    ("källa:Selångersposten hyresgästerna", "filter", False, ("filter", "Selångersposten", "hyresgäst")),
    ("källa:Mittvåg Sporthallen", "filter", False, ("filter", "Mittvåg", "sporthall")),
    ("källa:Fyrbåk explosionen", "filter", False, ("filter", "Fyrbåk", "explosion")),
    ("källa:Kvällsfacklan offren", "filter", False, ("filter", "Kvällsfacklan", "offer")),
    ("källa:Horisont gasnätet", "filter", False, ("filter", "Horisont", "gasnät")),
    ("källa:Förvaltarbladet inspektionerna", "filter", False, ("filter", "Förvaltarbladet", "inspektion")),
    ("typ:opinion gasspisar", "filter", False, ("filter", "opinion", "gasspis")),
    ("port", "trap", False, ("term", "port")),
    ("grannar", "trap", False, ("term", "granne")),
    ("källare", "trap", False, ("term", "källare")),
    ("lag", "trap", False, ("term", "lag")),
    ("ljus", "trap", False, ("term", "ljus")),
    ("lukt", "trap", False, ("term", "lukt")),
    ("kök", "trap", False, ("term", "kök")),
    ("glas", "trap", False, ("term", "glas")),
    ("vägg", "trap", False, ("term", "vägg")),
    ("ras", "trap", False, ("term", "ras")),
    ("tryck", "trap", False, ("term", "tryck")),
    ("smäll", "trap", False, ("term", "smäll")),
    ("mätare", "trap", False, ("term", "mätare")),
]

HEADER = """# corpus_blast.json – judging notes

Invented crisis: at 03.12 in the night to Saturday 12 December 2026, in a cold snap of minus 21 degrees, gas explodes in the basement of Bergsgatan 14, a four-storey stone building from 1911 with 16 flats in Haga, Sundsvall, owned since October by the landlord Sundsfast AB and supplied with gas for cooking by Mittgas Nät AB's old town-gas network (now biogas, about 140 buildings and 1 300 flats in Stenstaden, Haga and Norrmalm). The stairwell collapses from the basement to the third floor; Räddningstjänsten Medelpad takes the residents out through the windows with aerial ladders, two brothers carry a 74-year-old neighbour to the ladder through a kitchen window, and 58 people from numbers 12, 14 and 16 are evacuated by bus to Sporthallen, where the municipality's POSOM group, Svenska kyrkan and Röda korset give crisis support. Two die (a woman of 81 on the ground floor and a man of 36 who went down to check the smell and switched on the basement light); eight are injured, one flown with severe burns to Akademiska sjukhuset in Uppsala. Tenants had reported a smell of gas twice in December and a letter in November complained of the stairwell and the front door; the gas meter had been replaced by Mittgas's subcontractor in November. The police open a preliminary investigation (allmänfarlig ödeläggelse genom vårdslöshet, vållande till annans död) led by a prosecutor in Sundsvall; Statens haverikommission investigates; Energimarknadsinspektionen opens supervision of Mittgas; MSB admits the law on flammable and explosive goods is unclear for gas in flats. Mittgas shuts off the whole network and inspects every building (leaks in 19 of 140), tenants cook on hot plates over Christmas, the two neighbouring buildings stay evacuated, the municipality runs its crisis management, a memorial in Gustav Adolfs kyrka, temporary housing, a Christmas meal and a fund; in January the building is demolished, the dead are buried and Boverket is tasked with new rules; in February NFC finds a loose coupling between the new meter and the old valve, a property manager is suspected and landlords install gas alarms; on 3 March SHK's interim report (the leak after the meter, a spark from old basement wiring, warnings not acted on) is followed by an apology from Sundsfast, two more suspects, Ei's injunction with a fine, and an agreement between the municipality and Mittgas to phase out gas in the flats by 2031, debated by the opposition and in letters. Places and public bodies are real (Sundsvall with Haga, Stenstaden, Norrmalm, Södermalm, Skönsberg, Nacksta, Granloholm, Birsta, Selånger, Storgatan, Tullgatan, Kulturmagasinet, Folkets hus, Gustav Adolfs kyrka, Selångers kyrka; Timrå, Härnösand, Umeå, Uppsala, Linköping, Medelpad, Ångermanland, Västernorrland; Sundsvalls kommun, Räddningstjänsten Medelpad, Polisen, Åklagarmyndigheten, Nationellt forensiskt centrum, Statens haverikommission, Energimarknadsinspektionen, MSB, Boverket, SMHI, Sundsvalls sjukhus, Akademiska sjukhuset, Mittuniversitetet, Svenska kyrkan, Röda korset, SOS Alarm, Mitthem, Din Tur, Hyresgästföreningen, Fastighetsägarna, Energigas Sverige, Gasnätet Stockholm, Räddningstjänsten Storgöteborg, Länsförsäkringar Västernorrland, GIF Sundsvall, hyresnämnden); all their actions, the building at Bergsgatan 14, Sundsfast AB, Mittgas Nät AB and its owner Mittenergi, Rörtjänst Norr, Norrlands Rivning AB, every person, every figure and all six outlets are invented: Selångersposten (local daily, Sundsvall and Medelpad), Radio Mittvåg (local radio, with quotes), Nyhetsbyrån Fyrbåk (wire service, also carrying press releases), Kvällsfacklan (tabloid), Svenska Horisont (national daily) and Förvaltarbladet (trade paper for property managers). 122 articles (104 news, 18 opinion: leaders, debate articles, columns, letters), published 6 October 2026 to 24 March 2027, +02:00 until 25 October and +01:00 after. The ids Q001–Q122 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (and the noun, to be safe), the verb *händer* (the one token *händer* is the noun, in *tog saken i egna händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *ljus* in its base form (every *ljus* is the noun, a candle or light; the adjective appears only as *ljusa*, *ljust*, *ljusare*), *lag* meaning a team (every *lag*, *lagen* is the law) and the verb *lagar* (cooking appears as *lagas*, *lagat*), the imperative *tryck* (every *tryck* is the noun, pressure), the verb *trappa* except as *trappas ned*, the noun *källa* except as *källor* (sources), *ras* in the sense of race (every *ras*, *raset* is a collapse). *small* is only the past tense of smälla. *boende* means both residents and housing; the phrases are judged on adjacency only.

How the lists were made: src/blast_articles.py holds the texts and src/blast_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept lists every corpus token that contains the stem, with diacritic variants where they exist (kök/kok, källare/kallare/kall, vägg/väg/våg, hall/håll, lag/låg, tecken/täcken, natt/nätt/nät, stad/städ, bror/bröd, hand/händ, dotter/dött, fot/föt, mörker/mork, gata/gått, smäll/small); *rivning* is probed as *riv-* from the start, *rivn-* anywhere and *rev*, *revs* alone; *bror* as *brod-*/*bröd-* and *bror* from the start and *bröder* anywhere. Each probed token was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *SHK:s*, *POSOM-grupp*, *VVS-firman* are split. `python3 blast_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query:

- **explosionen** (inflection): *explosion*, *explosionen* relevant; the verb (*explodera*, *exploderade*: *det exploderade huset*) and the adjective *explosiva* (*explosiva varor*) → must_not; *gasexplosion(en/er)* compounds.
- **hyresgästerna**: every form of *hyresgäst* relevant; *Hyresgästföreningen* is a compound (don't care alone); no lookalike in the texts.
- **inspektionerna**: *inspektionen*, *inspektioner(na)* relevant; the verb *inspektera*, *inspekterade* → must_not; *Energimarknadsinspektionen* compound; the agent nouns *brandinspektören*, *byggnadsinspektörer* → don't care.
- **lägenheterna**: every form of *lägenhet* relevant; *läget* (*läget är allvarligt*, another lemma) → must_not; *evakueringslägenhet(er)*, *grannlägenheten* compounds.
- **ventilen**: *ventil*, *ventilen*, *ventiler* relevant; *ventilationen* (another lemma) → must_not; *avstängningsventil(en/er)*, *huvudventilen* compounds.
- **spisen**: *spis*, *spisen*, *spisar(na)* relevant (also *står vid spisen*); *gasspis…*, *elspisar* compounds; no lookalike in the texts.
- **begravningen**: *begravning(en)* relevant; the verb *begravdes* and the participle *begravd* (*begravd under rasmassorna*) → must_not.
- **larmet**: the noun *larm*, *larmet* relevant (also *ett larm går direkt till*); the verb (*larma*, *larmade*, *larmat*) and *SOS Alarm* → must_not.
- **rivningen**: *rivning(en)* relevant; the verb riva (*rivas*, *rivs*, *river*) → must_not; *rivningsfirman*, *rivningsavfallet* compounds; the company *Norrlands Rivning* has the word.
- **fönstren** (syncope): *fönster*, *fönstret*, *fönstren* relevant; *köksfönstret*, *vardagsrumsfönstret* compounds; no lookalike.
- **nycklarna**: *nyckel*, *nyckeln*, *nycklar*, *nycklarna* relevant; no lookalike.
- **mörkret**: *mörker*, *mörkret* relevant; the adjective *mörk*, *mörkt* (*en mörk trappa*, *det är mörkt*) → must_not.
- **offren**: *offer*, *offren* relevant (*vi är inte bara offer för en olycka*); the verb *offrade* (*offrade sin egen jacka*) → must_not.
- **kablarna**: *kablar*, *kablarna* relevant; *kablades ut* (spread, the verb kabla) → must_not; *elkablar* compound.
- **tecknen**: *tecken*, *tecknen* relevant; *teckningar(na)* (drawings, the lemma teckning) and the diacritic lookalike *täcken* (blankets) → must_not; *täcker*, *upptäckt*, *täckjackan* neither.
- **nätterna** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *nät*, *nätet*, *näten* and every compound of *nät* (*gasnätet*, *fjärrvärmenätet*, *nätägaren*, *nätbolagen* …) → must_not; *olycksnatten* compound; *nationellt*, *naturgas* neither.
- **städer**: *staden*, *stadens*, *städer*, *städerna* relevant; *bostad*, *bostäder(na)*, *bostadshus*, *flerbostadshus*, *bostadsbolag(et)* (words that only look like compounds of *stad*) → must_not; the district *Stenstaden* → don't care (as *Kristianstad* in the README); *stadsdelen*, *stadsgas*, *stadsbyggnadsnämnden* … compounds.
- **bröderna**: *bror*, *bröderna* relevant; *bröd* → must_not; *hjältebröderna* compound.
- **händerna**: *hand* (*tagit hand om*), *handen*, *händer* (the noun), *händerna* relevant; *hände*, *hända*, *händelse(n/r/rna)*, *händelseförloppet* (hända) and *handla*, *handlar*, *handlat*, *handlingskraft* → must_not; *behandla*, *förhandla*, *omhändertagande* neither.
- **döttrarna**: *dotter*, *dottern*, *döttrar*, *döttrarna* relevant; *dött* (dö) → must_not; *dotterbolag* → don't care.
- **fötter**: *fot* (*en bruten fot*), *fötter*, *fötterna* relevant; *foto*, *fotoalbum*, *fotografen* → must_not; *barfota* and *Fotbollsklubben* → don't care.
- **gas** (compound): *gas*, *gasen* and every compound that begins or ends with it (*gasexplosionen*, *gasledningen*, *gaslukt*, *gasmätaren*, *gasnätet*, *gasspis*, *gastekniker*, *gasvarnare*, *biogas*, *naturgas*, *stadsgasen*, *naturgaslagen*, and the names *Mittgas* and *Energigas*) relevant; *gasellföretag* → must_not; *byggas*, *lagas*, *tidigast*, *Kulturmagasinet* neither.
- **trappa**: *trappa*, *trappan* and the compounds *trapphus(et)* (stem form, no linking letter), *källartrappan*, *trappuppgången* relevant; the verb *trappas ned* → must_not; *slutrapporten* neither.
- **hus**: *hus*, *huset*, *husen*, *husets*, *Folkets hus* and compounds *flerbostadshus*, *hyreshus*, *grannhuset*, *stenhuset*, *trapphuset*, *rådhuset*, *sjukhus(et)* relevant; *hustru* (only looks like a compound) → must_not; *hushåll(en)*, *inomhus* → don't care.
- **olycka**: *olycka*, *olyckan*, *olyckor*, *gasolyckan* and with -s- *olycksplatsen*, *olycksnatten* relevant; the adjective *olyckligt* → must_not.
- **kris**: *kris*, *krisen* and *krisstöd(et)*, *krisgrupp(er)*, *krisledning(en)*, *krisledningsnämnden* relevant; the name *Kristina* and *kristna* → must_not.
- **tjänst**: *tjänst* (*i tjänst dygnet runt*) and compounds *räddningstjänsten* (-s-), *socialtjänsten*, *hemtjänsten*, *kundtjänst*, *Rörtjänst* (the subcontractor, a plumbing service) and with -e- *tjänsteman*, *tjänstemän(nen)* relevant; *tjänat*, *förtjänar* (tjäna) → must_not.
- **gata**: *gatan*, *gatorna*, the streets *Bergsgatan*, *Storgatan*, *Tullgatan* and with -u- *gatuplanet*, *gatubelysningen* relevant; the diacritic lookalike *gått* → must_not; supines in *-gat* (*frågat*, *klagat*, *lagat*) and *stagats* neither.
- **kyrka**: *kyrka*, *kyrkan*, *kyrkans* (Gustav Adolfs kyrka, Svenska kyrkan) and with -o- *kyrkogården*, *kyrkoherden*, *kyrkokören*, *pingstkyrkan* relevant; no lookalike.
- **hall**: *hall*, *hallen* and *Sporthallen*, *idrottshallen* (-s-) relevant; the diacritic lookalikes *håll*, *hålla*, *håller*, *hållit*, *hålls* and the compounds that end in *-håll* (*underhåll(et)*, *underhållsskulden*, *hushåll(en)*, *innehållet*) and the surname *Hallberg* → must_not; *behålla* neither.
- **"allmänfarlig ödeläggelse"** (phrase): the two words adjacent relevant; *Ödeläggelsen betraktas som allmänfarlig* (same article as an adjacent use → relevant) and *även ödeläggelse, som åklagaren bedömer som allmänfarlig* (Q116, reordered) → must_not.
- **"lukt av gas"**: *lukt av gas*, *lukten av gas* relevant; *lukten* and *gas* in different sentences (SH's analysis) → must_not; *gaslukt* with *gas* is a compound → don't care; *luktade gas*, *luktar gas* are the verb, not the noun.
- **"Räddningstjänsten Medelpad"**: the name (also as subject, *Räddningstjänsten Medelpad har fått förstärkning*) relevant; *Räddningstjänsten uppmanar alla i Medelpad* → must_not.
- **"Sundsvalls sjukhus"**: relevant where adjacent; *sjukhuset i Sundsvall* (reordered) and *förts till sjukhus* with *Sundsvall* elsewhere → must_not.
- **"stängde av gasen"**: forms of stänga adjacent to *av gasen* (*stängde*, *stänger*, *har stängt av gasen*) relevant; *stängs gasen av*, *gasen stängs av*, *stänger vi av ett hus* with *gasen* elsewhere, *stänga hela nätet* with *gas* elsewhere → must_not; *avstängd* → don't care; *avstängningsventil* neither.
- **"tillfälligt boende"**: *ordnat tillfälligt boende* relevant; *ett tillfälligt hem* with *boende* elsewhere and *tillfälligt haft öppet* with *boende* elsewhere → must_not.
- **"äldre hus"**: *äldre hus* relevant (*äldre bostadshus* alone would not be: the compound is not *hus*); *de äldre hyresgästerna* with *husen* elsewhere and *en äldre kvinna* with *huset* elsewhere → must_not; *av äldre typ* with only *trapphuset* → don't care.
- **"krisstöd till de boende"**: *Krisstöd till de boende*, *krisstöd till de boende i de drabbade husen* relevant; *kommunens krisstöd* with *de boende* elsewhere → must_not.
- **Sundsfast Mittgas** (AND): an article with only one of the two companies is must_not.
- **Energimarknadsinspektionen OR MSB**: *MSB* and the agency's full name are written together where the full name is used; no lookalike.
- **explosionen -polisen**: articles with *polisen*/*polisens* are must_not; articles with only the verb *exploderade* are must_not as for `explosionen`; with only *gasexplosionen* don't care.
- **Haga OR Stenstaden**: *Haga*, *Hagas*, *Stenstaden* relevant; *Hagaskolan* alone a compound (don't care).
- **krisstöd -kyrkan**: *Svenska kyrkan* or *kyrkans* in the article → must_not; *kyrkoherden* alone would be a compound (don't care).
- **Akademiska OR Linköping**: *Akademiska sjukhuset* (Uppsala) or *Linköping* (NFC) relevant; no lookalike.
- **åklagaren förundersökningen**: both needed; *kammaråklagare* alone is a compound (with *förundersökningen* → don't care); *förundersökning* with no prosecutor, or *åklagaren* with no preliminary investigation → must_not.
- **Filters** in general: `källa:` matches one word of the outlet's name, `typ:opinion` the 18 opinion pieces. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
- **källa:Selångersposten hyresgästerna**: the local daily's articles with a form of *hyresgäst*; *Hyresgästföreningen* alone is a compound (don't care).
- **källa:Mittvåg Sporthallen**: the radio's articles with *Sporthallen* (judged as its own word; *idrottshallen Sporthallen* in a press release fails the filter).
- **källa:Fyrbåk explosionen**: the wire's articles with *explosion(en)*; *exploderade*-only articles anywhere → must_not; *gasexplosionen* alone don't care.
- **källa:Kvällsfacklan offren**: the tabloid's articles with *offer*/*offren*; its article with only *offrade* → must_not.
- **källa:Horisont gasnätet**: the national daily's articles with *gasnät*, *gasnätet*, *gasnäten*.
- **källa:Förvaltarbladet inspektionerna**: the trade paper's articles with *inspektionen*, *inspektioner(na)*; a letter with only *inspekterade* → must_not; *Energimarknadsinspektionen* alone don't care.
- **typ:opinion gasspisar**: opinion pieces with *gasspis*, *gasspisen*, *gasspisar(na)*; news articles with them → must_not.
- **port** (trap): *porten*, *portar* relevant; *rapport(en)*, *delrapport*, *slutrapporten*, *rapporteras*, *reporter*, *proportioner* and *Sporthallen* (short word inside longer unrelated words) → must_not.
- **grannar** (trap): *granne*, *grannen*, *grannar* relevant; the verb granska (*granska*, *granskar*, *granskade*, *granskat*) and *granskningen*, *julgran*, the district *Granloholm* and the surname *Granström* → must_not; *grannhuset*, *grannlägenheten* compounds.
- **källare** (trap): *källare*, *källaren*, *källarna* relevant; *källor* (sources, the lemma källa) and the diacritic lookalike *kallare* (colder) → must_not; *källartrappan*, *källardörren* compounds; *kallt*, *kallas* neither.
- **lag** (trap): *lagen* (the law) relevant; *bolag* and all its compounds (*bolaget*, *bostadsbolaget*, *dotterbolag*, *försäkringsbolag* …), *bjälklaget*, *bjälklagen*, *underlag*, the verb laga (*lagas*, *lagat*) and the diacritic lookalikes *låg*, *lågt* → must_not; *lagstiftning(en)*, *lagstiftaren*, *bygglagen*, *naturgaslagen* compounds; *klagade*, *åklagaren*, *förslaget*, *matlagning*, *utslag* neither.
- **ljus** (trap): the noun *ljus*, *ljusen* (candles, light) relevant; the adjective *ljusa*, *ljust*, *ljusare* (another word class) → must_not; *stearinljus*, *gravljus*, *blåljus*, *värmeljus* compounds.
- **lukt** (trap): the noun *lukt*, *lukten* relevant; the verb *lukta*, *luktar*, *luktade*, *luktat* → must_not; *gaslukt(en)* compounds; *luktsatt* don't care.
- **kök** (trap): *kök*, *köket*, *köken* (also *Tant Gröns kök*) relevant; the diacritic lookalikes from koka (*kokade*, *kokar*, *kokplatta*, *kokplattor*) → must_not; *köksbänken*, *köksfönstret*, *köksutrustning* compounds.
- **glas** (trap): *glas*, *glaset* relevant; *glass* (ice cream) → must_not; *glassplitter*, *glasburkar* compounds.
- **vägg** (trap): *vägg* (*vägg i vägg*), *väggen*, *väggarna* relevant; *väg*, *vägen* and *i förväg* → must_not; *ytterväggen* compound; *Mittvåg*, *vågor*, *överväger* neither.
- **ras** (trap): the noun *ras*, *raset* relevant; the verb rasa (*rasa*, *rasar*, *rasade*, *rasat*), the adjective *rasande* and the name *Rasmus* → must_not; *rasmassorna* compound; passives in *-ras* (*evakueras*, *kontrolleras*) and *deras*, *trasig*, *madrasser* neither.
- **tryck** (trap): the noun *tryck*, *trycket* relevant; the verb *tryckte* and *uttryckte*, *uttryckligen* → must_not; *tryckprov* compound, *tryckprovades* don't care.
- **smäll** (trap): *smäll*, *smällen* relevant; *small* (the past tense of smälla: *det small*) → must_not.
- **mätare** (trap): *mätare*, *mätaren*, *mätarna* relevant; the verb mäta (*mäta*, *mätte*) and *mätningarna* → must_not; *gasmätaren*, *mätarbytet*, *mätarbyten* compounds.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("blast", "Q", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
