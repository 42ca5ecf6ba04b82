#!/usr/bin/env python3
"""Builds corpus_quake.json and corpus_quake.md from quake_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 quake_build.py [-v]
"""

import fire_build
from quake_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "skakning": dict(
        probe=r"skak",
        rel=S("skakning skakningar skakningarna"),
        no=S("skakade skakar"),
    ),
    "efterskalv": dict(
        probe=r"efterskalv",
        rel=S("efterskalv efterskalven efterskalvet"),
    ),
    "skorsten": dict(
        probe=r"skorsten",
        rel=S("skorsten skorstenar skorstenarna skorstenen"),
        comp=S("skorstensfejaren skorstensfejarmästaren skorstensfejarna"),
    ),
    "spricka": dict(
        probe=r"spr[iau]ck|sprack",
        rel=S("spricka sprickan sprickor sprickorna sprickornas"),
        no=S("spricker sprucket spruckit"),
    ),
    "besiktning": dict(
        probe=r"besikt",
        rel=S("besiktning besiktningar besiktningen"),
        comp=S("besiktningsbranschen besiktningsman besiktningsmannen besiktningsmän besiktningsmännen "
               "besiktningsmännens besiktningsprotokoll överlåtelsebesiktningen"),
        no=S("besiktiga besiktigar besiktigat besiktigats"),
    ),
    "skadeanmälan": dict(
        probe=r"anmäl",
        rel=S("skadeanmälan skadeanmälningar skadeanmälningarna"),
        dc=S("anmälningar"),
        nei=S("anmälningarna anmält"),
    ),
    "förstärkning": dict(
        probe=r"förstärk",
        rel=S("förstärkning förstärkningen"),
        no=S("förstärka förstärkt förstärkts"),
    ),
    "rivning": dict(
        probe=r"^riv|rivn|^rev",
        rel=S("rivning rivningen"),
        comp=S("rivningsavfall rivningslov rivningsmassorna"),
        no=S("riva rivas rivit rivs revs"),
        nei=S("revben"),
    ),
    "självrisk": dict(
        probe=r"självrisk",
        rel=S("självrisk självrisken självrisker"),
    ),
    # --- syncope ---
    "seismometer": dict(
        probe=r"seism",
        rel=S("seismometern seismometrar seismometrarna"),
        comp=S("bredbandsseismometrar"),
        no=S("seismisk seismiska seismolog seismologen seismologer seismologerna seismologin"),
    ),
    "tegel": dict(
        probe=r"tegel|tegl",
        rel=S("tegel teglet"),
        comp=S("tegelhus"),
    ),
    "kakel": dict(
        probe=r"kak",
        rel=S("kakel kaklet"),
        comp=S("kakelugn kakelugnar"),
        no=S("kakor pepparkakor"),
        nei=S("skakade skakar skakning skakningar skakningarna"),
    ),
    "gavel": dict(
        probe=r"^gav|gavl|gavel",
        rel=S("gaveln gavlar gavlarna"),
        no=S("gav"),
    ),
    "muller": dict(
        probe=r"m[uü]ll",
        rel=S("muller mullret"),
        no=S("mullrande müller"),
    ),
    "orgel": dict(
        probe=r"orgel|orgl|organist",
        rel=S("orgel orgeln orglar"),
        comp=S("elorgel orgelbyggare orgelbyggaren orgelpipor"),
        no=S("organisten"),
        nei=S("sorgligt"),
    ),
    # --- umlaut ---
    "besiktningsman": dict(
        probe=r"besiktningsm",
        rel=S("besiktningsman besiktningsmannen besiktningsmän besiktningsmännen besiktningsmännens"),
    ),
    "stång": dict(
        probe=r"st[aåä]ng",
        rel=S("stång stängerna"),
        comp=S("dragstänger"),
        no=S("avstängd stängd stängda stängdes"),
    ),
    "grov": dict(
        probe=r"gr[oö]v",
        rel=S("grova grövre grövsta"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("staden städer"),
        comp=S("stadskärna stadskärnan"),
        dc=S("kristianstad"),
        no=S("bostadshusen bostadsministern bostadsrätter flerbostadshus stadigare stadigt städat städningen verkstad"),
        nei=S("förkastade kostade omtvistade"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet landets länder länderna"),
        comp=S("grannländerna landsbygden landsbygds"),
        dc=S("finland grekland halland listerlandet norrland småland tyskland"),
        no=S("landa"),
        nei=S("bland ibland förhållande förhållanden meddelande pressmeddelande sjölander wiklander"),
    ),
    "natt": dict(
        probe=r"n[äa]tt|nät",
        rel=S("natt natten nattens nätter"),
        comp=S("nattpersonal nattpersonalen"),
        no=S("mobilnät mobilnätet nät näten nätet nätverket"),
    ),
    # --- compounds ---
    "skalv": dict(
        probe=r"sk[aä]lv",
        rel=S("skalv skalvet skalven skalvets"),
        comp=S("efterskalv efterskalven efterskalvet huvudskalvet jordskalv jordskalvet kosterskalvet skalvdrabbade "
               "skalvområdet skalvrisken skalvskada skalvskador skalvsäkerhet skalvsäkert skalvsäkra"),
        no=S("skälvde"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans kyrkor kyrkorna"),
        comp=S("kyrkoantikvarisk kyrkogården kyrkoherden kyrkokör kyrkokören kyrkorådet kyrktorn kyrktornet kyrkvärden"),
        dc=S("kyrkhult"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gatan gatorna"),
        comp=S("drottninggatan gatubelysningen storgatan"),
        no=S("gåta"),
        nei=S("besiktigat besiktigats försvagat gått klagat klingat lagat lagats nylagat överklagat"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skada skadan skador skadorna"),
        comp=S("naturskada naturskador putsskador skadeanmälan skadeanmälningar skadeanmälningarna skadechef "
               "skadechefen skadehändelsen skadejour skadereglerare skadereglerarna skadetillfälle skadeärendena "
               "skalvskada skalvskador sättningsskador vattenskador"),
        dc=S("naturskadefond"),
        no=S("oskadd skadad skadade skadades skadat skadats"),
        nei=S("överraskade"),
    ),
    "nät": dict(
        probe=r"nät|n[aä]tt",
        rel=S("nät näten nätet"),
        comp=S("mobilnät mobilnätet nätverket"),
        no=S("nätter"),
        nei=S("natt natten nattens nattpersonal nattpersonalen"),
    ),
    "rör": dict(
        probe=r"r[öo]r",
        rel=S("rören"),
        comp=S("avloppsrör gjutjärnsrör rörmokare vattenrör"),
        no=S("berörda röra rörde rörelser rörelserna"),
        nei=S("beror siffrorna tror"),
    ),
    "torn": dict(
        probe=r"t[oö]rn",
        rel=S("torn tornet tornets"),
        comp=S("kyrktorn kyrktornet tornspiran"),
        no=S("tornberg tornquistzonen"),
        nei=S("gatorna hissmotorn"),
    ),
    "väg": dict(
        probe=r"v[äå]g",
        rel=S("väg vägen"),
        comp=S("grusvägen länsväg länsvägarna vägbanan"),
        dc=S("förväg vägledande vägledning vägledningen"),
        no=S("vågade vågar vågorna väger vägg väggar väggarna väggen vägrar övervägde överväger"),
    ),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringar försäkringen"),
        comp=S("försäkringsbolag försäkringsbolagen försäkringsbolagens försäkringsbolaget försäkringsbyrå "
               "försäkringslösning hemförsäkringen villaförsäkring villaförsäkringar villaförsäkringen"),
        no=S("försäkrade"),
    ),
    # --- traps ---
    "puts": dict(
        probe=r"puts",
        rel=S("puts putsen"),
        comp=S("putsskador"),
        no=S("putsade putsat"),
    ),
    "spira": dict(
        probe=r"spir",
        rel=S("spiran"),
        comp=S("tornspiran"),
        no=S("inspiration konspirationsteorier"),
    ),
    "kor": dict(
        probe=r"^k[oö]r",
        rel=S("koret"),
        no=S("korna korridor korridoren korset korsett kör körde kören körledaren"),
        nei=S("kort"),
    ),
    "damm": dict(
        probe=r"damm",
        rel=S("damm dammet"),
        no=S("dammar dammarna dammen dammsäkerhet dammägare"),
    ),
    "förkastning": dict(
        probe=r"förkast",
        rel=S("förkastning förkastningar förkastningarna förkastningen"),
        no=S("förkastade förkastar"),
    ),
    "spänning": dict(
        probe=r"spän",
        rel=S("spänningar spänningarna"),
        no=S("spänd spänna spännande"),
    ),
    "chock": dict(
        probe=r"chock",
        rel=S("chock chocken"),
        no=S("chockad chockade"),
    ),
    "stöt": dict(
        probe=r"stöt",
        rel=S("stöt stötarna"),
        no=S("stött stöttade stöttas"),
    ),
    "sättning": dict(
        probe=r"sättning",
        rel=S("sättning sättningar sättningen"),
        comp=S("sättningsskador"),
        no=S("ersättning ersättningsbussar"),
    ),
    "hiss": dict(
        probe=r"hiss",
        rel=S("hiss hissen"),
        comp=S("hissföretag hissmotorn"),
        no=S("hissades"),
    ),
    "pipa": dict(
        probe=r"pip",
        rel=S("pipa piporna"),
        comp=S("orgelpipor"),
        no=S("pipade pipande"),
    ),
    "djup": dict(
        probe=r"djup",
        rel=S("djup djupet"),
        dc=S("djupgeotermi"),
        no=S("djupa djupt"),
    ),
    "bön": dict(
        probe=r"bön",
        rel=S("bön bönen"),
        comp=S("julbön julbönen"),
        no=S("bönder bönderna"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "vägg": dict(
        probe=r"vägg",
        rel=S("vägg väggar väggarna väggen"),
    ),
    "rasad": dict(
        probe=r"^rasa",
        rel=S("rasade rasat"),
        nei=S("rasa rasar"),
    ),
    "uppsala": dict(probe=r"uppsala", rel=S("uppsala")),
    "universitet": dict(probe=r"universitet", rel=S("universitet universitetet")),
    "sverige": dict(probe=r"^sverige", rel=S("sverige sveriges")),
    "geologisk": dict(
        probe=r"geolog",
        rel=S("geologiska"),
        nei=S("geologer geologi statsgeolog statsgeologen"),
    ),
    "undersökning": dict(
        probe=r"undersök",
        rel=S("undersökning undersökningar"),
        nei=S("undersöka undersökt"),
    ),
    "onsdag": dict(
        probe=r"onsdag",
        rel=S("onsdag onsdagen"),
        comp=S("onsdagskvällen"),
    ),
    "kyrka_p": dict(
        probe=r"^kyrk(a|an|ans|or|orna)$",
        rel=S("kyrka kyrkan kyrkans kyrkor kyrkorna"),
    ),
    "skada_p": dict(
        probe=r"^skad(a|an|or|orna)$",
        rel=S("skada skadan skador skadorna"),
    ),
    "svensk": dict(probe=r"^svensk", rel=S("svensk svenska")),
    "byggnad": dict(
        probe=r"byggnad",
        rel=S("byggnad byggnaden byggnader byggnaderna"),
        comp=S("byggnadsantikvarie byggnadsantikvarien byggnadsingenjör byggnadsingenjörer byggnadsnämnden "
               "lantbruksbyggnader"),
        nei=S("utbyggnaden"),
    ),
    "äldreboende": dict(
        probe=r"äldreboend",
        rel=S("äldreboende äldreboenden äldreboendena äldreboendet äldreboendets"),
    ),
    "bromölla": dict(
        probe=r"bromöll",
        rel=S("bromölla bromöllas"),
        comp=S("bromöllaborna bromöllaområdet"),
    ),
    "sgu": dict(probe=r"^sgu", rel=S("sgu")),
    "boverket": dict(probe=r"boverk", rel=S("boverket boverkets")),
    "eurokod": dict(probe=r"eurokod", rel=S("eurokod")),
    "mobilnät": dict(probe=r"mobilnät", rel=S("mobilnät mobilnätet")),
    "pts": dict(probe=r"^pts", rel=S("pts")),
    "telia": dict(probe=r"telia", rel=S("telia")),
    "telenor": dict(probe=r"telenor", rel=S("telenor")),
    "sölvesborg": dict(probe=r"sölvesborg", rel=S("sölvesborg sölvesborgs")),
    "olofström": dict(probe=r"olofström", rel=S("olofström olofströms")),
    "kyrktorn": dict(probe=r"kyrktorn", rel=S("kyrktorn kyrktornet")),
    "näsum": dict(probe=r"näsum", rel=S("näsum näsums")),
    "försäkringsbolag": dict(
        probe=r"försäkringsbolag",
        rel=S("försäkringsbolag försäkringsbolagen försäkringsbolagens försäkringsbolaget"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("skakningarna", "inflection", False, ("term", "skakning")),
    ("efterskalven", "inflection", False, ("term", "efterskalv")),
    ("skorstenarna", "inflection", False, ("term", "skorsten")),
    ("sprickan", "inflection", False, ("term", "spricka")),
    ("besiktningen", "inflection", False, ("term", "besiktning")),
    ("skadeanmälningarna", "inflection", False, ("term", "skadeanmälan")),
    ("förstärkningen", "inflection", False, ("term", "förstärkning")),
    ("rivningen", "inflection", False, ("term", "rivning")),
    ("självrisken", "inflection", False, ("term", "självrisk")),
    ("seismometrarna", "syncope", False, ("term", "seismometer")),
    ("teglet", "syncope", False, ("term", "tegel")),
    ("kaklet", "syncope", False, ("term", "kakel")),
    ("gavlarna", "syncope", False, ("term", "gavel")),
    ("mullret", "syncope", False, ("term", "muller")),
    ("orglar", "syncope", False, ("term", "orgel")),
    ("besiktningsmän", "umlaut", False, ("term", "besiktningsman")),
    ("stängerna", "umlaut", False, ("term", "stång")),
    ("grövre", "umlaut", False, ("term", "grov")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("skalv", "compound", True, ("term", "skalv")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("skada", "compound", True, ("term", "skada")),
    ("nät", "compound", True, ("term", "nät")),
    ("rör", "compound", True, ("term", "rör")),
    ("torn", "compound", True, ("term", "torn")),
    ("väg", "compound", True, ("term", "väg")),
    ("försäkring", "compound", True, ("term", "försäkring")),
    ('"sprickor i väggarna"', "phrase", False, ("phrase", ["spricka", "i", "vägg"])),
    ('"rasade skorstenar"', "phrase", False, ("phrase", ["rasad", "skorsten"])),
    ('"Uppsala universitet"', "phrase", False, ("phrase", ["uppsala", "universitet"])),
    ('"Sveriges geologiska undersökning"', "phrase", False, ("phrase", ["sverige", "geologisk", "undersökning"])),
    ('"natten till onsdag"', "phrase", False, ("phrase", ["natt", "till", "onsdag"])),
    ('"skador på kyrkan"', "phrase", False, ("phrase", ["skada_p", "på", "kyrka_p"])),
    ('"svenska byggnader"', "phrase", False, ("phrase", ["svensk", "byggnad"])),
    ('"äldreboendet i Bromölla"', "phrase", False, ("phrase", ["äldreboende", "i", "bromölla"])),
    ("efterskalv SGU", "boolean", False, ("and", ["efterskalv", "sgu"])),
    ("Boverket Eurokod", "boolean", False, ("and", ["boverket", "eurokod"])),
    ("mobilnätet PTS", "boolean", False, ("and", ["mobilnät", "pts"])),
    ("Telia OR Telenor", "boolean", False, ("or", ["telia", "telenor"])),
    ("Sölvesborg OR Olofström", "boolean", False, ("or", ["sölvesborg", "olofström"])),
    ("kyrktornet -Näsum", "boolean", False, ("not", "kyrktorn", "näsum")),
    ("skorstenar -Bromölla", "boolean", False, ("not", "skorsten", "bromölla")),
    ("källa:Ivöposten skorstenarna", "filter", False, ("filter", "Ivöposten", "skorsten")),
    ("källa:Listerbladet efterskalven", "filter", False, ("filter", "Listerbladet", "efterskalv")),
    ("källa:Skräbe äldreboendet", "filter", False, ("filter", "Skräbe", "äldreboende")),
    ("källa:Radar försäkringsbolagen", "filter", False, ("filter", "Radar", "försäkringsbolag")),
    ("källa:Kvällsgnistan kyrktornet", "filter", False, ("filter", "Kvällsgnistan", "kyrktorn")),
    ("källa:Stommen besiktningen", "filter", False, ("filter", "Stommen", "besiktning")),
    ("typ:opinion Boverket", "filter", False, ("filter", "opinion", "boverket")),
    ("puts", "trap", False, ("term", "puts")),
    ("spira", "trap", False, ("term", "spira")),
    ("koret", "trap", False, ("term", "kor")),
    ("dammet", "trap", False, ("term", "damm")),
    ("förkastning", "trap", False, ("term", "förkastning")),
    ("spänning", "trap", False, ("term", "spänning")),
    ("chock", "trap", False, ("term", "chock")),
    ("stöt", "trap", False, ("term", "stöt")),
    ("sättningar", "trap", False, ("term", "sättning")),
    ("hiss", "trap", False, ("term", "hiss")),
    ("pipa", "trap", False, ("term", "pipa")),
    ("djupet", "trap", False, ("term", "djup")),
    ("bön", "trap", False, ("term", "bön")),
]

HEADER = """# corpus_quake.json – judging notes

Invented crisis: at 02.51 in the night to Wednesday 14 October 2026 an earthquake (jordskalv) of magnitude 4.8 strikes north-eastern Skåne, with its epicentre about eight kilometres north-west of Bromölla near Näsum and its focus at some twelve kilometres' depth; it is felt from Malmö to Kalmar, on Bornholm and in Copenhagen, the strongest in Sweden since the Koster earthquake of 1904. A small quake of magnitude 2.3 near Jämshög in September comes before it. Chimneys fall in Bromölla, Näsum, Gualöv, Sölvesborg and Olofström (over 200 call-outs in seven hours), ceilings fall (a woman of 78 in Jämshög is badly hurt), plaster and brick drop from the old town of Sölvesborg, water pipes burst in Jämshög, a pressing plant in Olofström stops, four people are stuck in a lift in Karlshamn, trains on Blekinge kustbana stop and a rock falls on a county road. The medieval tower of Näsums kyrka cracks, its spire leans, plaster falls in the chancel, the choir's jubilee concert moves to Folkets hus, the organ is filled with dust; the tower is propped, reinforced with stainless tie rods (November to March), the spire is lifted down in January and the church reopens at Easter 2027. The old wing of Lindgårdens äldreboende in Bromölla is evacuated in the night (34 residents carried out to the sports hall, then moved to a care home in Sölvesborg), relatives complain about information, the newer wing reopens in November and the old wing is demolished from February. The mobile network is overloaded (only one call in three gets through, 112 is hard to reach, no VMA is sent); PTS and MSB review the night. SGU and the seismologists of Uppsala universitet (Svenska nationella seismiska nätet) explain the aftershocks (131 by March, the largest 3.1), an unknown old fault under Näsum, the Tornquist zone and the stresses in the bedrock, and rebut conspiracy theories. Insurers (Svensk Försäkring, the invented Sydtrygg) receive 4 870 claims costing 640 million kronor; homeowners quarrel about whether cracks come from the quake or from old settlement (sättningar), about the inspectors (besiktningsmän), high deductibles and refusals; ARN gives its first decisions; a family's house is condemned and demolished. A debate asks whether Swedish buildings are prepared: Eurokod 8 is not applied in Sweden, engineers and leader writers argue both ways, the government gives Boverket an inquiry and Boverket proposes earthquake design for hospitals, care homes and rescue buildings in the south. The articles run from 15 September 2026 to 27 March 2027, +02:00 until 25 October and +01:00 after. Places and public bodies are real (Bromölla, Näsum, Ivetofta, Gualöv, Valje, Nymö, Ivösjön, Skräbeån, Holjeån, Sölvesborg, Listerlandet, Olofström, Jämshög, Kyrkhult, Karlshamn, Kristianstad, Hässleholm, Osby; SGU, Uppsala universitet, Lunds tekniska högskola, Boverket, PTS, MSB, SOS Alarm, Trafikverket, Länsstyrelsen Skåne and Blekinge, Region Skåne, Räddningstjänsten Västra Blekinge, Lunds stift, Riksantikvarieämbetet, Svensk Försäkring, ARN, Konsumenternas Försäkringsbyrå, Telia, Telenor, LRF; their actions are invented); the insurer Sydtrygg, the care homes Lindgården, Ljungbacken and Solgården, Olofströms Pressverk, Holje Kraft, the associations, every person and all seven outlets are invented: Ivöposten (local daily, Bromölla, Kristianstad and north-eastern Skåne, with leaders and letters), Listerbladet (local daily, western Blekinge, with leaders and letters), Radio Skräbe (local radio, spoken quotes, a commentary), Nyhetsbyrån Radar (wire service, terse, also press releases), Kvällsgnistan (tabloid, with columns), Stommen (trade paper for building, property and insurance, with debate articles) and Morgonbladet (national daily, analysis, leaders and debate articles). 126 articles (107 news, 19 opinion: leaders, debate articles, columns, a radio commentary, letters); the ids D001–D126 follow publication time; query ids are D-q01 … D-q65.

Kept out of the texts as the README asks: the pronoun *man* (quoted speech uses *vi*, *de*, *ingen* or the passive; *make* for a husband), the verb *händer* (*sker*, *hänt* instead), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the present tense *stänger* of *stänga* (the same letters as the plural of *stång*; the verb appears only as *stängd*, *stängda*, *stängdes*, *avstängd*), the infinitive *spricka* of the verb (every *spricka* is the noun; the verb appears as *spricker*, *spruckit*, *sprucket*), the infinitive *skada* of the verb (every *skada* is the noun), the present *rör* of *röra* (*det rör sig om*; every *rör* is a pipe, the verb appears as *röra*, *rörde*), the adjective *djup* in its base form (every *djup* is the noun; the adjective appears as *djupa*, *djupt*), the verb *pipa* in the infinitive (every *pipa* is a flue or an organ pipe; the verb appears as *pipade*, *pipande*), *damm* meaning a dam or pond in the singular indefinite (every *damm* and *dammet* is dust; the dams appear only as *dammen*, *dammar*, *dammarna* and in *dammsäkerhet*, *dammägare*), *kor* (plural of *ko* or of *kor*, the chancel; the chancel appears only as *koret*, the cows only as *korna*), *hissar* (plural of *hiss* or the verb), and *Tele2* (it would be the token *tele*).

How the lists were made: src/quake_articles.py holds the texts and src/quake_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, väg/våg, nät/natt, stad/städ, land/länd, torn/törn, stång/stäng, muller/Müller, grov/gröv, rör/ror, kor/kör) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *koret* is anchored at the start of the word (*kor-*, *kör-*: *korna*, *korset*, *korsett*, *korridor(en)*, *kör*, *körde*, *kören*, *körledaren*, *kort*), since *kor* and *kör* occur inside hundreds of unrelated words (*kontor*, *rekord*); *gavel* is probed as *gav-* from the start and *gavl*/*gavel* anywhere. Tokens are runs of letters, so *SGU:s*, *VA-chefen*, *Post- och telestyrelsen* and numbers such as *4,8* or *E22* are split or dropped. `python3 quake_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *försäkringsbolaget*, *försäkringsbyrå*; -e- *skadeanmälan*, *skadereglerare*, *skadechefen*; -u- *gatubelysningen*; -o- *kyrkogården*, *kyrkoherden*, *kyrkokören*, *kyrkorådet*, *kyrkoantikvarisk*; none *jordskalvet*, *efterskalven*, *huvudskalvet*, *skalvrisken*, *kyrktornet*, *kyrkvärden*, *Drottninggatan*, *Storgatan*, *naturskador*, *vattenskador*, *mobilnätet*, *nätverket*, *vattenrör*, *gjutjärnsrör*, *rörmokare*, *tornspiran*, *länsväg*, *grusvägen*, *vägbanan*, *villaförsäkring*, *hemförsäkringen*. A word inside a longer compound is don't care: *naturskadefond* for `skada`. Place names that end in the word are don't care: *Kyrkhult* for `kyrka`, *Kristianstad* for `städer`, *Listerlandet*, *Småland*, *Tyskland*, *Finland*, *Grekland*, *Halland*, *Norrland* for `länder`.
- **skalv** (compound): the verb *skälvde* (skälva) → must_not; every article with it also has a relevant form.
- **kyrka** (compound): only the word and its compounds; *Kyrkhult* don't care.
- **gata** (compound): *gåta* (a riddle, diacritic lookalike) → must_not; *gått*, *lagat*, *klagat*, *försvagat* … are neither.
- **skada** (compound): the participles and verb forms *skadad*, *skadade*, *skadades*, *skadat*, *skadats* and the adjective *oskadd* → must_not (another word class); *överraskade* is neither.
- **nät** (compound): *nätter* (plural of natt) → must_not; *natt*, *natten*, *nattpersonal* are neither.
- **rör** (compound): the verb *röra*, *rörde*, the nouns *rörelser*, *rörelserna* (from röra) and *berörda* → must_not; *beror*, *tror*, *siffrorna* are neither.
- **torn** (compound): *Tornquistzonen* (a fault zone named after a geologist) and the surname *Tornberg* → must_not.
- **väg** (compound): *våg* in *de seismiska vågorna*, the verb *våga* (*vågar*, *vågade*), *vägg* and its forms (*väggen*, *väggar*, *väggarna*), *vägrar*, *väger*, *överväger*, *övervägde* → must_not; *vägledning*, *vägledningen*, *vägledande* (guidance, a compound of väg that no reader takes for a road) and *i förväg* → don't care; *på väg* is the noun → relevant.
- **försäkring** (compound): the participle and verb *försäkrade* (*inte är försäkrade*, *kommunen försäkrade att*) → must_not.
- **skakningarna**: the verb *skakade*, *skakar* → must_not. **sprickan**: the verb *spricker*, *spruckit*, *sprucket* → must_not. **besiktningen**: the verb *besiktiga*, *besiktigar*, *besiktigat*, *besiktigats* → must_not; *besiktningsman* and the other compounds → don't care. **förstärkningen**: *förstärka*, *förstärkt*, *förstärkts* → must_not; *förstärkning från Hässleholm* (reinforcements) is the noun → relevant. **rivningen**: *riva*, *rivas*, *rivs*, *rivit*, *revs* → must_not; *rivningslov*, *rivningsavfall*, *rivningsmassorna* compounds; *revben* is neither. **skadeanmälningarna**: *anmälningar* in *har fått in 1 450 anmälningar* (the same claims, the head word alone) → don't care; *anmälningarna* to ARN (complaints) and *anmält* are neither. **efterskalven**, **skorstenarna**, **självrisken**: no lookalike in the texts.
- **seismometrarna**: *seismolog*, *seismologen*, *seismologer(na)*, *seismologin*, *seismisk(a)* (other lemmas sharing *seism-*) → must_not; *bredbandsseismometrar* compound. **teglet**: *tegelhus* compound; *Tegnér* is not probed. **kaklet**: *kakor*, *pepparkakor* (kaka) → must_not; *kakelugn(ar)* compounds. **gavlarna**: *gav* (past of ge) → must_not. **mullret**: *mullrande* (the verb) and the surname *Müller* (diacritic lookalike) → must_not. **orglar**: *organisten* → must_not; *elorgel*, *orgelbyggare(n)*, *orgelpipor* compounds; *sorgligt* is neither.
- **besiktningsmän**: every form of besiktningsman is relevant; no lookalike. **stängerna**: *stång* (*varje stång är … lång*) and *stängerna* relevant; *stängd*, *stängda*, *stängdes*, *avstängd* (stänga) → must_not; *dragstänger* compound. **grövre**: *grova*, *grövsta* relevant; no lookalike. **städer**: *staden*, *städer* relevant; *bostadshusen*, *bostadsministern*, *bostadsrätter*, *flerbostadshus*, *verkstad* (compounds that only look like stad), *stadigt*, *stadigare*, *städat*, *städningen* → must_not; *stadskärna(n)* compounds; *Kristianstad* don't care. **länder**: *land*, *landet*, *landets*, *länder*, *länderna* relevant; the verb *landa* → must_not; *grannländerna*, *landsbygden*, *Landsbygds-* compounds; *bland*, *ibland*, *meddelande*, *Wiklander* … are neither. **nätterna**: *nät*, *nätet*, *näten*, *mobilnät(et)*, *nätverket* → must_not; *nattpersonal(en)* compounds.
- **puts** (trap): the verb putsa (*putsat fönstren*; *putsade fasader* in an article that also has *puts*) → must_not; *putsskador* compound. **spira** (trap): *konspirationsteorier* and *inspiration* → must_not; *tornspiran* compound. **koret** (trap): *kören* (the choir), *körledaren*, *kör*, *körde* (köra), *korna* (cows), *korset* (the cross on the spire and *Röda korset*), *korsett*, *korridor(en)* → must_not; *kort* is neither. **dammet** (trap): the dams *dammen*, *dammar*, *dammarna*, *dammsäkerhet*, *dammägare* → must_not. **förkastning** (trap): the verb *förkastade*, *förkastar* (reject) → must_not. **spänning** (trap): *spännande*, *spänd*, *spänna* → must_not. **chock** (trap): *chockad*, *chockade* → must_not. **stöt** (trap): *stött* (*stött på*), *stöttade*, *stöttas* (stötta, support) → must_not. **sättningar** (trap): *ersättning* and *ersättningsbussar* → must_not; *sättningsskador* compound. **hiss** (trap): *hissades* (the flag) → must_not; *hissföretag*, *hissmotorn* compounds. **pipa** (trap): *pipade*, *pipande* (the verb, beeping) → must_not; *orgelpipor* compound; *pipa för pipa* and *piporna* of the organ are the noun. **djupet** (trap): the adjective *djupa*, *djupt* → must_not; *djupgeotermi* don't care; *på tolv kilometers djup*, *på ett djup av*, *på det djupet* are the noun. **bön** (trap): *bönder*, *bönderna* → must_not; *julbön*, *julbönen* compounds.
- **Phrases**: forms must be adjacent and in order in one sentence. *sprickor i väggarna*, *sprickor i väggar* relevant; *sprickor i bärande väggar*, *sprickan … väggen* apart → must_not. Forms of *rasade* are *rasade*, *rasat*: *larm om rasade skorstenar*, *I Bromölla rasade skorstenar ned* relevant; *skorstenar har rasat*, *skorstenar som rasat*, *vars skorsten rasade* → must_not. *Uppsala universitet* relevant; *universitetet i Uppsala* → must_not. *Sveriges geologiska undersökning* relevant; *geologiska undersökningar* with *Sverige* elsewhere → must_not. *natten till onsdag(en)* relevant; *natten* with *onsdagen* elsewhere → must_not; *natten till den 14 oktober* is not the phrase, and *onsdagskvällen* is a compound. *skador på kyrkor*, *skadorna på kyrkorna*, *Skadorna på kyrkan* relevant; *skadorna* with *kyrkan* elsewhere → must_not. *svenska byggnader* relevant; *Svenska kyrkan* or *Svensk Försäkring* with *byggnader* elsewhere → must_not. *Lindgårdens äldreboende i Bromölla* relevant; *äldreboende* and *Bromölla* apart → must_not.
- **Booleans**: AND – an article with only some terms is must_not. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*Bromöllaområdet*, *Bromöllaborna*), don't care. OR – no lookalikes of Telia, Telenor, Sölvesborg or Olofström in the texts.
- **Filters**: `källa:` matches one word of the outlet's name (*Ivöposten*, *Listerbladet*, *Skräbe*, *Radar*, *Kvällsgnistan*, *Stommen*); `typ:opinion` the opinion pieces. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way quake_articles does
    assert [a["id"] for a in fire_build.articles(rows, "D")] == [a["id"] for a in ARTICLES]
    fire_build.build("quake", "D", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
