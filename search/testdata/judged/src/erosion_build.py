#!/usr/bin/env python3
"""Builds corpus_erosion.json and corpus_erosion.md from erosion_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 erosion_build.py [-v]
"""

import fire_build
from erosion_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "dyn": dict(
        probe=r"dyn",
        rel=S("dyn dynen dynerna dynernas"),
        comp=S("dynfoten dynkanten dynvägen dynvård sanddynerna"),
        no=S("dyningen dynamiskt"),
    ),
    "villa": dict(
        probe=r"vill",
        rel=S("villa villan villor villorna"),
        comp=S("villaförsäkring villaförsäkringen"),
        no=S("vill ville villkoren försäkringsvillkoren frivilliga"),
    ),
    "beslut": dict(
        probe=r"beslut",
        rel=S("beslut beslutet besluten"),
        comp=S("domstolsbeslut"),
        no=S("beslutade beslutat"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning"),
        no=S("ersätta ersätter ersätts"),
    ),
    "slänt": dict(
        probe=r"slän",
        rel=S("slänt slänten slänter slänterna"),
        no=S("slänga"),
    ),
    "skred": dict(
        probe=r"skred",
        rel=S("skred skredet skreden"),
        comp=S("skredrisken"),
        no=S("fortskred"),
    ),
    "husägare": dict(
        probe=r"husäg",
        rel=S("husägare husägarna husägarnas"),
        comp=S("husägarföreningen fritidshusägarna"),
    ),
    "strandfodring": dict(
        probe=r"fod[er]|fodr",
        rel=S("strandfodring strandfodringen strandfodringar"),
        no=S("fodrades fodret"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningar"),
        dc=S("utredare utredaren"),
        no=S("utreda utreder"),
    ),
    # --- syncope ---
    "väder": dict(
        probe=r"väd",
        rel=S("väder vädret"),
        comp=S("oväder ovädret"),
        no=S("vädjade"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("botten bottnen"),
        comp=S("havsbotten havsbottnen"),
        no=S("bottnade bott"),
    ),
    "socken": dict(
        probe=r"sock",
        rel=S("socken socknen"),
        no=S("sockerbetor sockerkaka"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        no=S("mörka"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknade tecknat"),
    ),
    "lager": dict(
        probe=r"^lag|lagr|lager",
        rel=S("lager lagret"),
        no=S("lag lagstadgat lagstöd lagt lagts lagad lagas"),
    ),
    # --- umlaut ---
    "rot": dict(
        probe=r"r[oö]t",
        rel=S("roten rötter rötterna"),
        no=S("rotad"),
        nei=S("idrottsförening trots"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens"),
        comp=S("kuststäder"),
        dc=S("ystad ystads hagestad halmstad"),
        no=S("bostadsområden bostäder stadigt städade städat lagstadgat"),
        nei=S("rustade röstade"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet länder"),
        comp=S("landshövdingen"),
        dc=S("jylland jylländska nederländerna nederländske"),
        no=S("landade landskrona"),
        nei=S("bland ibland pressmeddelande"),
    ),
    "bror": dict(
        probe=r"br[oö]d|bror",
        rel=S("bror brodern bröderna"),
        no=S("bröd"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamoten ledamöter ledamöterna"),
        comp=S("riksdagsledamoten riksdagsledamöter"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand stranden stränder stränderna"),
        comp=S("grannstränderna sandstränderna strandbad strandbadet strandfodring strandfodringar strandfodringen "
               "strandgatan strandpromenaden strandpromenader strandråg strandrågens strandrågs strandskydd "
               "strandskyddet strandvägen"),
        dc=S("mossbystrand nybrostrand"),
        no=S("strandade"),
    ),
    # --- compounds ---
    "kust": dict(
        probe=r"kust",
        rel=S("kust kusten kusterna"),
        comp=S("kusterosion kusterosionen kustforskaren kustfrågan kusthus kustingenjör kustingenjören kustlinjen "
               "kustmyndighet kustprocesser kustskydd kustskyddet kuststräcka kuststäder kustsystemet ostkust ostkusten "
               "sydkust sydkusten sydkustens västkusten"),
    ),
    "sand": dict(
        probe=r"sand",
        rel=S("sand sanden"),
        comp=S("flygsand flygsanden sandbankarna sanddynerna sandmotorn sandstränderna sandsäckar sandtillförseln "
               "sandödlor"),
        dc=S("sandhammaren sandskogen sandskogens"),
        no=S("sandberg sandra"),
    ),
    "försäkring": dict(
        probe=r"försäkr",
        rel=S("försäkring försäkringen"),
        comp=S("försäkringsbolag försäkringsbolagen försäkringsbolaget försäkringsbranschen försäkringsbranschens "
               "försäkringsförbundet försäkringsskydd försäkringsvillkoren hemförsäkringen naturskadeförsäkring "
               "villaförsäkring villaförsäkringen"),
        no=S("försäkra försäkrade"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsfördelning helhetsansvar huvudansvar"),
        no=S("ansvara ansvarar"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=set(),
        comp=S("hemtjänsten räddningstjänsten tjänstemän"),
        no=S("förtjänar tjänat"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogården kyrkogårdsmuren kyrkoherden"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]|g[aå]tan|gator",
        rel=S("gatan gatorna"),
        comp=S("gatubelysningen strandgatan"),
        no=S("gåta"),
    ),
    "väg": dict(
        probe=r"v[åä]g",
        rel=S("väg vägar vägarna vägen"),
        comp=S("dynvägen grusväg grusvägen omväg strandvägen vägbanan vägbanken vägkanten vägplan vägsträckan"),
        no=S("vägledning vägrar väggar våga vågbrytare vågor vågorna"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten stenar"),
        comp=S("stenblock stenblocken stenskeppet stenskoning stenskydd"),
        no=S("stensson"),
        nei=S("hemtjänsten hösten juristen kusten ostkusten plasten prästen räddningstjänsten sydkusten sydkustens "
              "västkusten"),
    ),
    # --- traps ---
    "pir": dict(
        probe=r"pir",
        rel=S("pirar piren pirens"),
        comp=S("pirarmen"),
        no=S("empiriska inspirerats"),
    ),
    "vall": dict(
        probe=r"v[aä]ll",
        rel=S("vall vallar vallarna vallen"),
        comp=S("skyddsvall skyddsvallar skyddsvallen"),
        no=S("intervall vallfärda vallfärdar vällde"),
        nei=S("kväll tisdagskvällen torsdagskvällen"),
    ),
    "tång": dict(
        probe=r"t[aå]ng",
        rel=S("tång tången"),
        no=S("tangerar"),
    ),
    "lera": dict(
        probe=r"lera|^ler",
        rel=S("lera leran"),
        no=S("flera installera installerat kontrollera kontrollerat"),
    ),
    "hav": dict(
        probe=r"h[aä]v",
        rel=S("hav havet havs"),
        comp=S("havsbotten havsbottnen havsnivåer havsnivån"),
        no=S("havererat haveri havren havreåker hävdar"),
    ),
    "kant": dict(
        probe=r"k[aä]nt",
        rel=S("kant kanten"),
        comp=S("dynkanten vägkanten"),
        no=S("kantrade markant känt"),
    ),
    "grus": dict(
        probe=r"grus",
        rel=S("grus gruset"),
        comp=S("grusväg grusvägen"),
        no=S("grusats"),
    ),
    "block": dict(
        probe=r"block",
        rel=S("blocken"),
        comp=S("granitblock stenblock stenblocken"),
        no=S("blockerades blockerat"),
    ),
    "tall": dict(
        probe=r"tall",
        rel=S("tall tallar tallarna tallarnas"),
        no=S("installera installerat metall"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stig stigen"),
        comp=S("gångstigen"),
        no=S("stiga stigande stiger stigit överstiger prestigeprojekt konstig fastigheter fastighetsverk "
             "fastighetsägare fastighetsägarna"),
    ),
    "våg": dict(
        probe=r"v[åä]g",
        rel=S("vågor vågorna"),
        comp=S("vågbrytare"),
        no=S("våga väg vägar vägarna vägen dynvägen grusväg grusvägen omväg strandvägen vägbanan vägbanken vägkanten "
             "vägplan vägsträckan vägledning"),
        nei=S("väggar vägrar"),
    ),
    "storm": dict(
        probe=r"storm",
        rel=S("storm stormar stormarna stormen"),
        comp=S("höststorm stormnatten"),
        no=S("stormarknad stormarknaden stormöte stormötet"),
    ),
    "fil": dict(
        probe=r"fil",
        rel=S("fil filen"),
        no=S("filip film filmar filtar profil"),
    ),
    # --- words of phrases, booleans and filters ---
    "hård": dict(probe=r"^hård|^hårt", rel=S("hård hårda hårt")),
    "erosionsskydd": dict(probe=r"erosionsskydd", rel=S("erosionsskydd")),
    "rätt": dict(probe=r"^rätt", rel=S("rätt"), nei=S("rättvist")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "rasa": dict(
        probe=r"^ras",
        rel=S("rasa rasade rasar rasat"),
        nei=S("ras raset rasrisken rask"),
    ),
    "ner": dict(probe=r"^ner$", rel=S("ner")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "stat": dict(
        probe=r"stat",
        rel=S("staten statens"),
        comp=S("statsbidrag"),
        dc=S("statlig statliga"),
        nei=S("konstaterar kostat turistattraktion"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "egen": dict(probe=r"^eg(en|et|na)$", rel=S("egen eget egna")),
    "risk": dict(
        probe=r"risk",
        rel=S("risk risken risker riskerna"),
        comp=S("rasrisken riskkartor riskområdet riskzonen skredrisken"),
        nei=S("empiriska friskt historiskt provisorisk provisoriska provisoriskt"),
    ),
    "mjuk": dict(probe=r"mjuk", rel=S("mjuk mjuka")),
    "åtgärd": dict(probe=r"åtgärd", rel=S("åtgärd åtgärden åtgärder åtgärderna")),
    "lämna": dict(probe=r"^lämn", rel=S("lämna lämnade lämnar lämnas lämnat")),
    "sin": dict(probe=r"^sin(a)?$|^sitt$", rel=S("sin sina sitt")),
    "hem": dict(
        probe=r"^hem|hemmen|hemmet",
        rel=S("hem"),
        comp=S("hemförsäkringen hemtjänsten församlingshemmet"),
        nei=S("hembygdsforskaren hembygdsföreningen hemma"),
    ),
    "akut": dict(probe=r"akut", rel=S("akut akuta")),
    "fara": dict(probe=r"^far[ao]", rel=S("fara")),
    "ystad": dict(probe=r"ystad", rel=S("ystad ystads")),
    "simrishamn": dict(probe=r"simrishamn", rel=S("simrishamn simrishamns")),
    "falsterbo": dict(probe=r"falsterbo", rel=S("falsterbo"), comp=S("falsterbonäset")),
    "skanör": dict(probe=r"skanör", rel=S("skanör skanörs")),
    "sgi": dict(probe=r"^sgi$", rel=S("sgi")),
    "länsstyrelsen": dict(probe=r"länsstyrelse", rel=S("länsstyrelsen länsstyrelserna")),
    "msb": dict(probe=r"^msb$", rel=S("msb")),
    "boverket": dict(probe=r"boverk", rel=S("boverket")),
    "evakuering": dict(
        probe=r"evaku",
        rel=S("evakuering evakueringen"),
        comp=S("evakueringsplats"),
        no=S("evakuerade evakuerades evakueras"),
    ),
    "löderup": dict(probe=r"löderup", rel=S("löderup löderups")),
    "vågbrytare": dict(probe=r"vågbryt", rel=S("vågbrytare")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("dynerna", "inflection", False, ("term", "dyn")),
    ("villorna", "inflection", False, ("term", "villa")),
    ("beslutet", "inflection", False, ("term", "beslut")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("slänten", "inflection", False, ("term", "slänt")),
    ("skredet", "inflection", False, ("term", "skred")),
    ("husägarna", "inflection", False, ("term", "husägare")),
    ("strandfodringen", "inflection", False, ("term", "strandfodring")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("väder", "syncope", False, ("term", "väder")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("socken", "syncope", False, ("term", "socken")),
    ("mörker", "syncope", False, ("term", "mörker")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("rot", "umlaut", False, ("term", "rot")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("länder", "umlaut", False, ("term", "land")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("ledamot", "umlaut", False, ("term", "ledamot")),
    ("strand", "umlaut", False, ("term", "strand")),
    ("kust", "compound", True, ("term", "kust")),
    ("sand", "compound", True, ("term", "sand")),
    ("försäkring", "compound", True, ("term", "försäkring")),
    ("ansvar", "compound", True, ("term", "ansvar")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("väg", "compound", True, ("term", "väg")),
    ("sten", "compound", True, ("term", "sten")),
    ('"hårda erosionsskydd"', "phrase", False, ("phrase", ["hård", "erosionsskydd"])),
    ('"rätt till ersättning"', "phrase", False, ("phrase", ["rätt", "till", "ersättning"])),
    ('"rasa ner i havet"', "phrase", False, ("phrase", ["rasa", "ner", "i", "hav"])),
    ('"statens ansvar"', "phrase", False, ("phrase", ["stat", "ansvar"])),
    ('"på egen risk"', "phrase", False, ("phrase", ["på", "egen", "risk"])),
    ('"mjuka åtgärder"', "phrase", False, ("phrase", ["mjuk", "åtgärd"])),
    ('"lämna sina hem"', "phrase", False, ("phrase", ["lämna", "sin", "hem"])),
    ('"akut fara"', "phrase", False, ("phrase", ["akut", "fara"])),
    ("Ystad Simrishamn", "boolean", False, ("and", ["ystad", "simrishamn"])),
    ("Falsterbo OR Skanör", "boolean", False, ("or", ["falsterbo", "skanör"])),
    ("strandfodring -Falsterbo", "boolean", False, ("not", "strandfodring", "falsterbo")),
    ("SGI Länsstyrelsen", "boolean", False, ("and", ["sgi", "länsstyrelsen"])),
    ("MSB OR Boverket", "boolean", False, ("or", ["msb", "boverket"])),
    ("skred -Simrishamn", "boolean", False, ("not", "skred", "simrishamn")),
    ("vågbrytare strandfodring", "boolean", False, ("and", ["vågbrytare", "strandfodring"])),
    ("källa:Strandråg dynerna", "filter", False, ("filter", "Strandråg", "dyn")),
    ("källa:Vindros SGI", "filter", False, ("filter", "Vindros", "sgi")),
    ("källa:Expressbudet villorna", "filter", False, ("filter", "Expressbudet", "villa")),
    ("källa:Vattenbyggaren vågbrytare", "filter", False, ("filter", "Vattenbyggaren", "vågbrytare")),
    ("källa:Dagsposten ersättning", "filter", False, ("filter", "Dagsposten", "ersättning")),
    ("typ:opinion strandfodring", "filter", False, ("filter", "opinion", "strandfodring")),
    ("typ:opinion staten", "filter", False, ("filter", "opinion", "stat")),
    ("pir", "trap", False, ("term", "pir")),
    ("vall", "trap", False, ("term", "vall")),
    ("tång", "trap", False, ("term", "tång")),
    ("lera", "trap", False, ("term", "lera")),
    ("hav", "trap", False, ("term", "hav")),
    ("kant", "trap", False, ("term", "kant")),
    ("grus", "trap", False, ("term", "grus")),
    ("block", "trap", False, ("term", "block")),
    ("tall", "trap", False, ("term", "tall")),
    ("stig", "trap", False, ("term", "stig")),
    ("våg", "trap", False, ("term", "våg")),
    ("storm", "trap", False, ("term", "storm")),
    ("fil", "trap", False, ("term", "fil")),
]

HEADER = """# corpus_erosion.json – judging notes

Invented crisis: after years of warnings from SGI about coastal erosion in Skåne, the autumn storm Ingvar strikes the south and east coast on Tuesday 26 October 2027 with two days of easterly and south-easterly gales on top of an already high Baltic (1.61 m over mean sea level in Ystad). In Löderups strandbad the dunes retreat up to ten metres in a night: fourteen households (31 people) are evacuated to the parish hall, three villas get a ban on use, a summer house slides into the sea and a family house is demolished. Road 9 is undermined at Nybrostrand (one lane hanging in the air, a gravel detour, stone blocks, a reopening in March), the cliff path at Ales stenar in Kåseberga is lost in two slides, Sandskogen in Ystad loses its beach and sixty pines, the pier in Simrishamn is damaged, a slide at the fishing village Vik threatens two summer houses, and the sand laid out on Falsterbonäset in September is half gone while the embankment at Ljunghusen holds. The articles follow the months before (SGI's mapping, a court ruling that the homeowners' stone blocks must go, Ystad's decision on sand nourishment in Sandskogen), the storm, and the aftermath to March 2028: insurers refusing to pay for erosion, a lawsuit, MSB's grants, Länsstyrelsen's report, a minister's visit, a government inquiry into the state's responsibility, a municipal inquiry in Ystad, Danish and Dutch models, and the debate over sand nourishment (mjuka åtgärder) against breakwaters and stone revetments (hårda erosionsskydd) or retreat. Places and public bodies are real (Ystad, Sandskogen, Löderup, Löderups strandbad, Sandhammaren, Hagestad, Kåseberga, Ales stenar, Nybrostrand, Mossbystrand, Köpingebro, Simrishamn, Vik, Skillinge, Falsterbo, Skanör, Ljunghusen, Vellinge; SGI, Länsstyrelsen i Skåne, MSB, Boverket, SMHI, Trafikverket, Svensk Försäkring, Statens fastighetsverk, mark- och miljödomstolen); the storm, the rescue service's name (Räddningstjänsten Sydost), the insurers (Sydtrygg, Bofast Försäkring), every person and all six outlets are invented: Dagbladet Sydkusten (local daily, Ystad and Österlen, with leaders and letters), Radio Strandråg (local radio, with quotes and a commentary), Nyhetsbyrån Vindros (wire service, also carrying press releases), Expressbudet (tabloid, with columns), Vattenbyggaren (trade paper for coastal engineering, geotechnics and insurance) and Svenska Dagsposten (national daily, with debate articles and leaders). 125 articles (106 news, 19 opinion), published 2 September 2027 to 30 March 2028, +02:00 until 31 October 2027 and again from 26 March 2028, +01:00 in between. The ids er001–er125 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (and the noun *man*), the verb *händer*, *hamnar* (verb and plural noun), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *fara* (*far*, *for*) and the noun *far*, the adverb *hem* (only the noun: *sina hem*, *mitt hem*), the first names *Sten*, *Stig* and *Bror*, the imperative *stig*, *ROT* (the tax deduction), *lager* meaning beer, *bottnar* (plural noun and verb alike), *fil* meaning a file or soured milk and *filer*, *block* meaning a writing pad, *tång* meaning pliers, *vall* meaning grassland, the verb *länder*, *våg* meaning scales, and the philosopher *Kant*.

How the lists were made: src/erosion_articles.py holds the texts and src/erosion_build.py the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: våg/väg, hav/häv, kant/känt, vall/väll, tång/tang, gata/gåta, bröder/bröd) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 erosion_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query or group:

- **dynerna**: *dyn, dynen, dynerna, dynernas* relevant; *dyningen* (the swell) and *dynamiskt* → must_not; *dynfoten, dynkanten, dynvård, sanddynerna* and the street *Dynvägen* are compounds.
- **villorna**: *villa, villan, villor, villorna*; the verb *vill/ville*, *villkoren, försäkringsvillkoren* and *frivilliga* share the letters → must_not; *villaförsäkring(en)* compound.
- **beslutet**: the noun *beslut, beslutet, besluten*; the verb *beslutade, beslutat* → must_not; *domstolsbeslut* compound.
- **ersättningen**: only *ersättning* occurs; the verb *ersätta, ersätter, ersätts* → must_not.
- **slänten**: *slänt, slänten, slänter, slänterna*; *slänga* (*slänga pengar i havet*) → must_not.
- **skredet**: *skred, skredet, skreden*; *fortskred* (fortskrida, of a meeting) → must_not; *skredrisken* compound; *jordskred* does not occur.
- **husägarna**: *husägare, husägarna, husägarnas*; *husägarföreningen, fritidshusägarna* compounds; no lookalike.
- **strandfodringen**: *strandfodring(en/ar)*; *fodret* (cattle feed) and the verb *fodrades* → must_not.
- **utredningen**: *utredning(en/ar)*; the verb *utreda, utreder* → must_not; *utredare, utredaren* (the person) → don't care.
- **väder** (syncope): *väder* (*i alla väder*) and *vädret*; *oväder, ovädret* compounds; *vädjade* → must_not.
- **bottnen**: *botten, bottnen* (*hamnbassängens botten*, *bottnen utanför Sandhammaren*); *havsbotten, havsbottnen* compounds; *bottnade* (bottna, to have its roots in) and *bott* (bo) → must_not.
- **socken**: *socken, socknen*; *sockerbetor, sockerkaka* → must_not.
- **mörker**: *mörker, mörkret*; the adjective *mörka* → must_not.
- **tecken**: *tecken, tecknen* (*ett tecken i tiden* is the noun); the verb *tecknade, tecknat* (to draw, to sign a contract) → must_not.
- **lagret**: *lager, lagret* (a layer of clay or sand); *lag* (law) and its compounds *lagstöd, lagstadgat*, *lagt, lagts* (lägga) and *lagad, lagas* (laga) → must_not.
- **rot** (umlaut): *roten, rötter, rötterna*; *rotad* (*djupt rotad*, the participle of rota) → must_not; *trots, idrottsförening* are neither.
- **städer**: *stad, staden, stadens* (*Stadens ledning*); *kuststäder* compound; *Ystad(s), Hagestad, Halmstad* → don't care (README); *bostäder, bostadsområden, lagstadgat, stadigt* and the verb *städade, städat* → must_not.
- **länder**: *land, landet, länder* (*till land*, *i landet*); *landshövdingen* compound; *Jylland, jylländska, Nederländerna, nederländske* → don't care; *landade* and *Landskrona* → must_not.
- **bröder**: *bror, brodern, bröderna*; *bröd* → must_not.
- **ledamot**: *ledamot, ledamoten, ledamöter, ledamöterna*; *riksdagsledamoten, riksdagsledamöter* compounds; no lookalike.
- **strand** (umlaut): *strand, stranden, stränder, stränderna*; the many *strand-* compounds (*strandbad, strandfodring, strandskyddet, Strandvägen, strandråg, sandstränderna* …) → don't care; *Nybrostrand, Mossbystrand* → don't care; *strandade* (of talks) → must_not.
- **Compounds**, with compounds:true relevant when they begin or end with the word, with or without a linking letter: -s- *försäkringsbolaget*, *ansvarsfördelning*; -e- *tjänstemän*; -u- *gatubelysningen*; -o- *kyrkogården*, *kyrkoherden*; none *kustlinjen*, *sydkusten*, *sandsäckar*, *flygsand*, *hemförsäkringen*, *helhetsansvar*, *räddningstjänsten*, *Strandgatan*, *Strandvägen*, *vägkanten*, *omväg*, *stenblock*, *stenskydd*.
- **kust**: every *kust-* compound and *sydkusten, ostkusten, västkusten* relevant; no lookalike. **sand**: *Sandhammaren, Sandskogen* (places) → don't care; the surname *Sandberg* and the name *Sandra* → must_not. **försäkring**: the verb *försäkra* (*jag kan försäkra alla*) and *försäkrade* → must_not. **ansvar**: the verb *ansvara, ansvarar* → must_not. **tjänst**: only compounds occur; *tjänat, förtjänar* → must_not. **kyrka**: *Svenska kyrkan* relevant; no lookalike. **gata**: *gåta* → must_not. **väg**: *vägrar*, *väggar*, the figurative compound *vägledning*, the verb *våga* and *vågor, vågorna, vågbrytare* (diacritic) → must_not; *väg 9* relevant. **sten**: the surname *Stensson* → must_not; *kusten, hösten, prästen* … are neither.
- **Phrases**: *hårda erosionsskydd* relevant; *eget erosionsskydd … Det är hårt* apart → must_not; *hårda skydd* alone is not the phrase. *rätt till ersättning* relevant; *rätt att söka ersättning* → must_not. *rasa/rasar/rasade/rasat ner i havet* relevant; *rasa* and *havet* apart → must_not; *rasat ner på stranden* is not the phrase. *statens ansvar* relevant; *Staten ska se över ansvaret*, *staten tar ett samlat ansvar* → must_not. *på egen risk* relevant; *egen bedömning av riskerna … på SGI* → must_not. *mjuka åtgärder* and *en mjuk åtgärd* relevant; *De åtgärder som görs här måste vara mjuka* → must_not. *lämna sina hem*, *lämnade sina hem*, *lämna sitt hem* relevant; *lämnade trettio personer sina hem*, *lämna våra hem … sin del*, *lämnar de drabbade … sitt hem* → must_not. *akut fara*, *i akut fara* relevant; *i fara … akut risk* → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one, such as *fodret*) is must_not. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*Falsterbonäset*), don't care. OR – only the words themselves. *Ystads*, *Simrishamns*, *Skanörs* are the genitives and count.
- **Filters**: `källa:` matches one word of the outlet's name (*Strandråg*, *Vindros*, *Expressbudet*, *Vattenbyggaren*, *Dagsposten*); the plant *strandråg* in the texts has nothing to do with it. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. For *staten*: *staten, statens*; *statlig, statliga* → don't care; *statsbidrag* compound.
- **pir** (trap): *piren, pirens, pirar*; *pirarmen* compound; *empiriska* and *inspirerats* → must_not.
- **vall** (trap): *vall, vallen, vallar, vallarna* (also *vallar av tång*); *skyddsvall(en/ar)* compounds; *intervall*, *vallfärda, vallfärdar* and *vällde* (välla, diacritic) → must_not; *kväll, tisdagskvällen* are neither.
- **tång** (trap): *tång, tången*; *tangerar* (of a record) → must_not.
- **lera** (trap): *lera, leran*; *flera*, *kontrollera, kontrollerat*, *installera, installerat* → must_not.
- **hav** (trap): *hav, havet, havs* (*till havs*); *havsnivån, havsbotten* compounds; *havren, havreåker*, *haveri, havererat* and *hävdar* (diacritic) → must_not.
- **kant** (trap): *kant, kanten*; *dynkanten, vägkanten* compounds; *markant*, *kantrade* (of a boat) and *känt* (diacritic) → must_not.
- **grus** (trap): *grus, gruset*; *grusväg(en)* compounds; *grusats* (of hopes) → must_not.
- **block** (trap): *blocken*; *stenblock(en), granitblock* compounds; *blockerades, blockerat* → must_not.
- **tall** (trap): *tall, tallar, tallarna, tallarnas*; *metall*, *installera, installerat* → must_not.
- **stig** (trap): *stig, stigen*; *gångstigen* compound; the verb *stiga, stiger, stigit, stigande, överstiger*, and *fastigheter, fastighetsägare, fastighetsverk, konstig, prestigeprojekt* → must_not.
- **våg** (trap): *vågor, vågorna*; *vågbrytare* compound; every form and compound of *väg* (*vägen, väg, vägar, Strandvägen, vägkanten, omväg, vägledning* …) and the verb *våga* → must_not; *väggar, vägrar* are neither.
- **storm** (trap): *storm, stormen, stormar, stormarna*; *höststorm, stormnatten* compounds; *stormöte(t)* and *stormarknad(en)* → must_not.
- **fil** (trap): *fil, filen* (a lane); *film, filmar, filtar, profil* and the name *Filip* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("erosion", "er", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
