#!/usr/bin/env python3
"""Builds corpus_tunnel.json and corpus_tunnel.md from tunnel_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 tunnel_build.py [-v]
"""

import fire_build
from tunnel_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "buss": dict(
        probe=r"buss",
        rel=S("buss bussen bussens bussar bussarna bussarnas"),
        comp=S("bussaffär bussbolag bussbolagen bussbolaget bussbranden bussbranschen bussbranschens bussbyggaren "
               "busschauffören busschaufförens bussdepåer bussförare bussförarna busshållplatsen busskörfil "
               "dieselbuss dieselbussar elbuss elbussar elbussarna elbussen ersättningsbussar ledbussar skolbussar "
               "skolbussarna"),
        dc=S("tullbuss"),
    ),
    "olycka": dict(
        probe=r"olyck",
        rel=S("olycka olyckan olyckor"),
        no=S("olyckligt olyckligtvis"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("utredningsledare utredningsledaren"),
        no=S("utredare utredarna utredas utreddes utreder"),
    ),
    "batteri": dict(
        probe=r"batteri",
        rel=S("batteri batteriet batterier batterierna batteriernas"),
        comp=S("batteribrand batteribranden batteribränder battericell batteridrivet batteridrivna batterifordon "
               "batteriforskaren batteripaket batteripaketen batteripaketet batterisäkerhet batteriövervakningen"),
    ),
    "resenär": dict(
        probe=r"resen",
        rel=S("resenärer resenärerna"),
        nei=S("representant"),
    ),
    "kö": dict(
        probe=r"^kö",
        rel=S("kö köer köerna"),
        no=S("kör köra körde körs kört körfält köper köpt köptes köpenhamn"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersat",
        rel=S("ersättning ersättningen"),
        comp=S("ersättningsbussar ersättningstrafiken"),
        no=S("ersattes ersätter ersätts"),
    ),
    "rökdykare": dict(
        probe=r"rökdyk",
        rel=S("rökdykare rökdykaren rökdykarna"),
    ),
    "skada": dict(
        probe=r"skad",
        rel=S("skador skadorna"),
        comp=S("brännskador personskador rökskador skadeanmälningar skadechefen skadestånd"),
        no=S("skadad skadade skadades skadats totalskadade"),
    ),
    # --- syncope ---
    "tunnel": dict(
        probe=r"tunn",
        rel=S("tunnel tunneln tunnelns tunnlar tunnlarna tunnlarnas"),
        comp=S("biltunnel citytunneln götatunneln tingstadstunneln tunnelbrand tunnelbranden tunnelexpert "
               "tunnelmynningen tunnelsäkerhet tunnelsäkerheten tunnelsäkerhetsexpert vägtunnel vägtunnlar"),
        dc=S("tunnelbana tunnelbanan tunnelbanans tunnelbanestationerna"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regler reglerna"),
        no=S("reglera regleras"),
    ),
    "medel": dict(
        probe=r"^med(el|l)",
        rel=S("medel medlen"),
        no=S("medlem"),
    ),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykel cykeln cyklar"),
        comp=S("cykelbana cykelbanan cykelverkstad cykelvägarna lånecyklar"),
        dc=S("cyklister cyklisterna"),
        no=S("cykla cyklade"),
    ),
    "nummer": dict(
        probe=r"^num|numm|numr",
        rel=S("nummer numret"),
        comp=S("stödnummer"),
        no=S("numera"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vintern vintrar"),
        comp=S("vinterkyla"),
        no=S("vinter"),
    ),
    # --- umlaut ---
    "brand": dict(
        probe=r"br[aä]n|brinn|brunn",
        rel=S("brand branden bränder"),
        comp=S("batteribrand batteribranden batteribränder brandförsvar brandförsvaret brandförsvarets brandgaser "
               "brandingenjör brandingenjören brandlarm brandskydd bussbranden tunnelbrand tunnelbranden"),
        dc=S("brännskador bränt"),
        no=S("brann brinna brinnande brinner brunnit"),
        nei=S("branschen branscher bussbranschen bussbranschens"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens stads städer"),
        comp=S("huvudstaden huvudstadens innerstaden stadsbiblioteket stadshuset stadsmiljö"),
        dc=S("stadsbladet tingstadstunneln"),
        no=S("bostadsområde cykelverkstad fullastad stadion städarna städas städning städningen"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattarbetet"),
        no=S("nät nätet"),
    ),
    "fot": dict(
        probe=r"^fot|fot$|föt|fots",
        rel=S("fots fötterna"),
        comp=S("fotgängare"),
        no=S("fotograf fotograferade foton"),
    ),
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("handen händer händerna"),
        no=S("handlar handlarna hända hände handlingar handelskammare handelskammarens"),
        nei=S("upphandlas upphandling upphandlingen"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet landets länder"),
        dc=S("nederländerna tyskland"),
        no=S("landade landat"),
        nei=S("arlanda bland inblandade nedfallande pressmeddelande"),
    ),
    # --- compounds ---
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gator gatorna"),
        comp=S("frejgatan jarlsgatan odengatan roslagsgatan lokalgatorna gatuarbeten gatuarbetena gatunätet"),
        no=S("gåtan"),
        nei=S("bärgats gått obligatoriska"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckor veckorna"),
        comp=S("sportlovsveckan veckoslutet"),
        nei=S("utvecklades utvecklingen"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("färdtjänst färdtjänsten färdtjänstens kundtjänst tjänstebilar"),
        no=S("uttjänt"),
    ),
    "ventilation": dict(
        probe=r"ventil",
        rel=S("ventilation ventilationen ventilationens"),
        comp=S("ventilationssystemet ventilationstornet"),
    ),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhuset"),
        comp=S("sjukhussängen södersjukhuset universitetssjukhuset"),
    ),
    "förare": dict(
        probe=r"förar|förare",
        rel=S("förare föraren förarens förarna"),
        comp=S("bussförare bussförarna förarhytten taxiföraren yrkesförare"),
    ),
    "säkerhet": dict(
        probe=r"säker",
        rel=S("säkerhet säkerheten"),
        comp=S("batterisäkerhet säkerhetschef säkerhetsskäl tunnelsäkerhet tunnelsäkerheten"),
        dc=S("tunnelsäkerhetsexpert"),
        no=S("säker säkert"),
    ),
    # --- traps ---
    "rök": dict(
        probe=r"rök",
        rel=S("rök röken"),
        comp=S("rökdykare rökdykaren rökdykarna rökfylld rökfyllda rökskador"),
        no=S("rökaren röker rökte"),
    ),
    "led": dict(
        probe=r"led",
        rel=S("leden"),
        comp=S("essingeleden genomfartsled ledbussar"),
        no=S("leda ledamöter ledare ledas leder ledig ledigt leds"),
        nei=S("arbetsledaren förundersökningsledaren insatsledaren omledning omledningen projektledaren "
              "räddningsledaren trafikledare trafikledningen trafikledningscentralen utredningsledare "
              "utredningsledaren"),
    ),
    "mot": dict(
        probe=r"^m[oö]t|motet|moten",
        rel=S("motet"),
        comp=S("frescatimotet norrtullsmotet roslagstullsmotet"),
        no=S("mot motiverades motorn motorväg möte mötet möttes"),
    ),
    "ras": dict(
        probe=r"^ras|ras$|raset|rasa",
        rel=S("ras raset"),
        no=S("rasande rask rast"),
        nei=S("deras hanteras monteras prioriteras regleras repareras trafikeras uppdateras ändras"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        comp=S("innertak takskivan takskivor takskivorna"),
        no=S("takt taktik taktiken"),
        nei=S("intakt kontakt"),
    ),
    "hål": dict(
        probe=r"^h[åa]l|hål",
        rel=S("hål hålet"),
        no=S("hall halt håll hålla håller hållet hållning hålls hållplatsen busshållplatsen"),
        nei=S("halsen halva halvtimme halvår innehålla underhåll underhållet"),
    ),
    "stig": dict(
        probe=r"^stig|stigen|stigar|stig$",
        rel=S("stigen"),
        comp=S("gångstig"),
        no=S("stig stigs stigande"),
    ),
    "berg": dict(
        probe=r"b[eä]rg",
        rel=S("berget"),
        no=S("berg bergen berggren bergman bärgats bärgning bärgningen bärgningsbil bärgningsbilar lindberg nyberg rydberg "
             "sjöberg strandberg sundberg wahlberg åberg"),
        dc=S("karlberg"),
        nei=S("västberga"),
    ),
    "ruta": dict(
        probe=r"rut",
        rel=S("rutan rutorna"),
        comp=S("vindrutan"),
        no=S("rut rutt rutten rutterna rutiner rutinerna rutinåtgärd"),
        nei=S("förutsatte norrut österut"),
    ),
    "fil": dict(
        probe=r"fil",
        rel=S("fil filen filerna"),
        comp=S("busskörfil"),
        no=S("filip film filmade filmar filmat filmen filmer filmerna"),
    ),
    "nöd": dict(
        probe=r"nöd",
        rel=S("nöd nöden"),
        comp=S("nödtelefon nödutgång nödutgångar nödutgångarna nödutgången"),
        no=S("nödvändigt"),
    ),
    "arm": dict(
        probe=r"arm",
        rel=S("armen"),
        no=S("alarm brandlarm larm larmade larmar larmats larmet varm varmt"),
    ),
    "ton": dict(
        probe=r"^ton|ton$|tonen|tonå",
        rel=S("ton"),
        no=S("anton tonen tonåring"),
        nei=S("arton fjorton foton"),
    ),
    # --- words of phrases, booleans and filters ---
    "norra": dict(probe=r"^norra$", rel=S("norra")),
    "länken": dict(probe=r"länk", rel=S("länken")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "eldriven": dict(probe=r"eldriv", rel=S("eldrivna")),
    "stängd": dict(
        probe=r"^stäng",
        rel=S("stängd"),
        nei=S("stänga stängdes stänger stängs stängt stängts"),
    ),
    "trafik": dict(
        probe=r"^trafik$|^trafiken",
        rel=S("trafik trafiken trafikens"),
    ),
    "storstockholms": dict(probe=r"storstockholm", rel=S("storstockholm storstockholms")),
    "brandförsvar": dict(probe=r"brandförsvar", rel=S("brandförsvar brandförsvaret brandförsvarets")),
    "lindrig": dict(probe=r"lindrig", rel=S("lindriga lindrigt")),
    "skadad": dict(probe=r"^skadad|^skadade$", rel=S("skadad skadade"), nei=S("skadades")),
    "väntan": dict(probe=r"väntan", rel=S("väntan")),
    "region": dict(
        probe=r"region",
        rel=S("region regionen regionens"),
        nei=S("trafikregionrådet"),
    ),
    "stockholm": dict(
        probe=r"stockholm",
        rel=S("stockholm stockholms"),
        comp=S("stockholmare stockholmsområdet"),
        nei=S("storstockholm storstockholms"),
    ),
    "elbuss": dict(
        probe=r"elbuss",
        rel=S("elbuss elbussar elbussarna elbussen"),
        nei=S("dieselbuss dieselbussar"),
    ),
    "essingeleden": dict(probe=r"essinge", rel=S("essingeleden"), nei=S("essingen")),
    "valhallavägen": dict(probe=r"valhalla", rel=S("valhallavägen")),
    "bussförare": dict(probe=r"bussförar", rel=S("bussförare bussförarna")),
    "tullbuss": dict(probe=r"tullbuss", rel=S("tullbuss")),
    "trafikverket": dict(probe=r"trafikverk", rel=S("trafikverket trafikverkets")),
    "sl": dict(probe=r"^sl$", rel=S("sl")),
    "skadestånd": dict(probe=r"skadestånd", rel=S("skadestånd")),
    "batteribrand": dict(probe=r"batteribr", rel=S("batteribrand batteribranden batteribränder")),
    "norge": dict(probe=r"norge|norsk", rel=S("norge")),
    "avstängning": dict(
        probe=r"avstäng",
        rel=S("avstängning avstängningar avstängningen"),
        no=S("avstängt"),
    ),
    "omledning": dict(probe=r"omledn", rel=S("omledning omledningen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("bussarna", "inflection", False, ("term", "buss")),
    ("olyckan", "inflection", False, ("term", "olycka")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("batteriet", "inflection", False, ("term", "batteri")),
    ("resenärerna", "inflection", False, ("term", "resenär")),
    ("köerna", "inflection", False, ("term", "kö")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("rökdykarna", "inflection", False, ("term", "rökdykare")),
    ("skadorna", "inflection", False, ("term", "skada")),
    ("tunnlar", "syncope", False, ("term", "tunnel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("cyklar", "syncope", False, ("term", "cykel")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("länder", "umlaut", False, ("term", "land")),
    ("buss", "compound", True, ("term", "buss")),
    ("tunnel", "compound", True, ("term", "tunnel")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ("gata", "compound", True, ("term", "gata")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("ventilation", "compound", True, ("term", "ventilation")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ("förare", "compound", True, ("term", "förare")),
    ('"Norra länken"', "phrase", False, ("phrase", ["norra", "länken"])),
    ('"brand i tunneln"', "phrase", False, ("phrase", ["brand", "i", "tunnel"])),
    ('"eldrivna bussar"', "phrase", False, ("phrase", ["eldriven", "buss"])),
    ('"stängd för trafik"', "phrase", False, ("phrase", ["stängd", "för", "trafik"])),
    ('"Storstockholms brandförsvar"', "phrase", False, ("phrase", ["storstockholms", "brandförsvar"])),
    ('"lindrigt skadade"', "phrase", False, ("phrase", ["lindrig", "skadad"])),
    ('"i väntan på"', "phrase", False, ("phrase", ["i", "väntan", "på"])),
    ('"Region Stockholm"', "phrase", False, ("phrase", ["region", "stockholm"])),
    ("elbussar batteriet", "boolean", False, ("and", ["elbuss", "batteri"])),
    ("Essingeleden OR Valhallavägen", "boolean", False, ("or", ["essingeleden", "valhallavägen"])),
    ("bussförarna -Tullbuss", "boolean", False, ("not", "bussförare", "tullbuss")),
    ("Trafikverket SL", "boolean", False, ("and", ["trafikverket", "sl"])),
    ("ersättning OR skadestånd", "boolean", False, ("or", ["ersättning", "skadestånd"])),
    ("batteribrand -Norge", "boolean", False, ("not", "batteribrand", "norge")),
    ("köer Essingeleden", "boolean", False, ("and", ["kö", "essingeleden"])),
    ("källa:Blixten föraren", "filter", False, ("filter", "Blixten", "förare")),
    ("källa:Signal avstängningen", "filter", False, ("filter", "Signal", "avstängning")),
    ("källa:Depån batterier", "filter", False, ("filter", "Depån", "batteri")),
    ("källa:Stadsbladet köerna", "filter", False, ("filter", "Stadsbladet", "kö")),
    ("källa:Ugglan omledning", "filter", False, ("filter", "Ugglan", "omledning")),
    ("typ:opinion elbussar", "filter", False, ("filter", "opinion", "elbuss")),
    ("typ:opinion säkerhet", "filter", False, ("filter", "opinion", "säkerhet")),
    ("rök", "trap", False, ("term", "rök")),
    ("leden", "trap", False, ("term", "led")),
    ("motet", "trap", False, ("term", "mot")),
    ("raset", "trap", False, ("term", "ras")),
    ("tak", "trap", False, ("term", "tak")),
    ("hål", "trap", False, ("term", "hål")),
    ("stigen", "trap", False, ("term", "stig")),
    ("berget", "trap", False, ("term", "berg")),
    ("rutan", "trap", False, ("term", "ruta")),
    ("fil", "trap", False, ("term", "fil")),
    ("nöd", "trap", False, ("term", "nöd")),
    ("armen", "trap", False, ("term", "arm")),
    ("ton", "trap", False, ("term", "ton")),
]

HEADER = """# corpus_tunnel.json – judging notes

Invented crisis: on Tuesday 10 February 2026 at 07.42 an electric articulated bus (Nordvagn, battery packs on the roof) on SL's express line 694, run by the bus operator Tullbuss AB for Region Stockholm, catches fire in the eastbound tube of Norra länken between Roslagstull and Frescati in Stockholm. The driver Stig Almqvist stops, opens the doors and gets all 38 passengers out; the tunnel fills with smoke, people in the cars behind escape on foot through the emergency exits, one of which is stiff, and fourteen are injured (three seriously, treated at Karolinska universitetssjukhuset; the others at Danderyds sjukhus, S:t Görans sjukhus and Södersjukhuset). Storstockholms brandförsvar needs five hours to put out the battery fire; the tunnel roof is damaged (concrete spalled, a hole in the inner ceiling, a fall of ceiling panels) and Norra länken stays closed for five weeks, until 16 March. Traffic piles up on Essingeleden, Valhallavägen, Roslagsvägen and in the inner city; Värtahamnen, shops at Roslagstull and färdtjänst suffer; more people walk, cycle and take the tunnelbana. Region Stockholm takes the 86 buses of the model out of service and later back with new rules; Statens haverikommission finds a faulty cell and a too high alarm threshold and criticises how the ventilation was run; the police inquiry is dropped; passengers get compensation and damages; Region Stockholm demands extinguishing systems in battery packs, the government sets aside money for tunnel safety, Transportstyrelsen reviews the rules; opinion pieces debate electric buses, battery fires, tunnel safety and the city's dependence on tunnels. Places and public bodies are real (Norra länken, Södra länken, Norrtull, Roslagstull, Frescati, Hjorthagen, Värtahamnen, Essingeleden, Valhallavägen; Trafikverket, Region Stockholm, SL, Storstockholms brandförsvar, Statens haverikommission, Transportstyrelsen, Kommunal, the hospitals; their actions are invented); line 694, Tullbuss AB, the manufacturer Nordvagn, every person and all six outlets are invented: Nyhetsbyrån Signal (wire service, also press releases), Stadsbladet (local daily), Blixten (tabloid), Riksbladet (national daily), Depån (trade paper for buses and public transport) and Radio Ugglan (local radio, with quotes). 126 articles (108 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 8 January to 15 June 2026, +01:00 until 29 March and +02:00 after. The ids tn001–tn126 follow publication time. The articles were written in five parts (src/tunnel_articles.py keeps the part marks).

People have names that are also Swedish words: Stig Almqvist (the driver), Anders Berg (Trafikverket), Rut Sandell (Tullbuss), Martin Vinter (chief physician), Gun Frid, Maja Strand, Jonas Dal, Karl Strand, Helena Borg, Filip Nyström, Anton Hedlund and Anton Lindberg, Margareta Hall, Ulla Rask. Where such a name has the letters of a judged word it is a lookalike (must_not), since no reader takes the name for the word.

Kept out of the texts as the README asks: the pronoun *man* (*mannen* is only the noun), the verb *händer* (every *händer* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the nouns *stig* (path) and *berg* (the tokens are only the names Stig and Berg; the path appears as *stigen*, *gångstig*, the rock as *berget*), the noun *vinter* in its base form (the token is only the surname Vinter; the season appears as *vintern*, *vintrar*), the noun *mot* (interchange) in its base form (every *mot* is the preposition; the interchange is *motet* and its compounds), the plural noun *leder* (every *leder* is the verb), *led* as the past of *lida*, the verb *cyklar* (every *cyklar* is the noun), *ton* meaning tone in its base form (every *ton* is the weight; the tone is *tonen*), *kön*, and the verb *skada* in its base form (every *skada*-form judged as the noun is the noun). *stängt* occurs only as the supine of *stänga* (*har stängt av*) or in *avstängt*, and is not a form of *stängd* for the phrase.

How the lists were made: src/tunnel_articles.py holds the texts and src/tunnel_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: hål/hal, berg/bärg, mot/möt, natt/nät, fot/föt, hand/händ, land/länd, stad/städ, brand/bränd, gata/gåta) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* is anchored at the start of the word (*kö*, *köer*, *köra*, *köpa* …), since *ko-* begins hundreds of unrelated words. Tokens are runs of letters, so *SL:s*, *SHK:s* and *Mont Blanc-tunneln* are split. `python3 tunnel_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *sportlovsveckan*, *säkerhetschef*, *säkerhetsskäl*, *ventilationssystemet*, *ventilationstornet*; -e- *tjänstebilar*; -u- *gatunätet*, *gatuarbeten(a)*; -o- *veckoslutet*; none *elbuss(ar/en)*, *ersättningsbussar*, *bussförare*, *busschauffören*, *vägtunnel*, *tunnelmynningen*, *tunnelbranden*, *tunnelsäkerhet*, *Odengatan*, *Roslagsgatan*, *lokalgatorna*, *färdtjänst*, *kundtjänst*, *Södersjukhuset*, *universitetssjukhuset*, *sjukhussängen*, *förarhytten*, *taxiföraren*, *yrkesförare*, *batterisäkerhet*. *tunnelbana* (the metro) and its forms are don't care for `tunnel` (a lexicalised word; a reader looking for road tunnels would not ask for the metro, but it does begin with the word); *Tullbuss* (the company name) is don't care for `buss`; *tunnelsäkerhetsexpert* has the word inside → don't care for `säkerhet`.
- **buss**, **tunnel**, **sjukhus**, **ventilation**, **förare**, **vecka**: no lookalikes in the texts (*utveckling* is neither for `vecka`). **gata**: *gåtan* → must_not. **tjänst**: *uttjänt* (from tjäna) → must_not. **säkerhet**: the adjective *säker*, *säkert* → must_not.
- **rök** (trap): *rökte*, *röker*, *rökaren* (smoking) → must_not; *rökdykare*, *rökfylld*, *rökskador* compounds.
- **leden** (trap): the verb *leda* (*leda*, *leder*, *ledas*, *leds*), *ledare* (also the leader column), *ledamöter*, *ledig*, *ledigt* → must_not; *Essingeleden*, *genomfartsled*, *ledbussar* compounds; *-ledaren*, *omledning*, *trafikledningen* with the letters inside are neither.
- **motet** (trap): the preposition *mot*, *möte*, *mötet*, *möttes*, *motorn*, *motorväg*, *motiverades* → must_not; *Roslagstullsmotet*, *Norrtullsmotet*, *Frescatimotet* compounds.
- **raset** (trap): *rasande*, *rast* and the surname *Rask* → must_not; passives in *-ras* and *deras* are neither.
- **tak** (trap): *takt*, *taktik*, *taktiken* → must_not; *innertak*, *takskivor(na)*, *takskivan* compounds; *kontakt*, *intakt* are neither.
- **hål** (trap): *håll* (direction), *hålla*, *håller*, *hålls*, *hållet*, *hållning*, *hållplatsen*, *busshållplatsen*, and the diacritic lookalikes *hall* (a hall; the surname Hall) and *halt* (slippery) → must_not; *halva*, *halvtimme*, *halsen*, *underhåll*, *innehålla* are neither.
- **stigen** (trap): the name *Stig*, *Stigs* and *stigande* → must_not; *gångstig* compound.
- **berget** (trap): the surname *Berg*, the city *Bergen*, the surnames *Berggren*, *Bergman*, *Lindberg*, *Nyberg*, *Rydberg*, *Sjöberg*, *Strandberg*, *Sundberg*, *Wahlberg*, *Åberg* and the diacritic lookalikes *bärgning(en)*, *bärgats*, *bärgningsbil(ar)* → must_not; the place *Karlberg* → don't care; *Västberga* is neither.
- **rutan** (trap): the name *Rut*, *rutt*, *rutten*, *rutterna* (route), *rutiner*, *rutinerna*, *rutinåtgärd* → must_not; *vindrutan* compound; *norrut*, *österut*, *förutsatte* are neither. *Rutorna* is the plural of the noun → relevant.
- **fil** (trap): the name *Filip* and *film* with its forms (*filmen*, *filmer*, *filmade* …) → must_not; *busskörfil* compound.
- **nöd** (trap): *nödvändigt* → must_not; *nödutgång(ar/en/arna)*, *nödtelefon* compounds.
- **armen** (trap): *larm* and its forms (*larmet*, *larmade*, *larmar*, *larmats*, *brandlarm*), *alarm* (SOS Alarm), *varm*, *varmt* → must_not.
- **ton** (trap): the name *Anton*, *tonen* (the tone of the debate) and *tonåring* → must_not; *arton*, *fjorton*, *foton* are neither.
- **bussarna**: only the word and its compounds. **olyckan**: *olyckligt*, *olyckligtvis* → must_not. **utredningen**: the verb (*utreder*, *utreddes*, *utredas*) and *utredare*, *utredarna* → must_not; *utredningsledare(n)* compounds. **batteriet**, **resenärerna**, **rökdykarna**: no lookalikes. **köerna**: *köra* and its forms (*kör*, *körde*, *körs*, *kört*), *körfält*, *köpa* (*köper*, *köpt*, *köptes*) and *Köpenhamn* → must_not. **ersättningen**: the verb (*ersätter*, *ersätts*, *ersattes*) → must_not; *ersättningsbussar*, *ersättningstrafiken* compounds. **skadorna**: the verb and participle (*skadad*, *skadade*, *skadades*, *skadats*, *totalskadade*) → must_not; *brännskador*, *rökskador*, *personskador*, *skadestånd*, *skadeanmälningar*, *skadechefen* compounds.
- **tunnlar**: compounds as above. **reglerna**: *reglera*, *regleras* → must_not. **medlen**: *medlem* → must_not. **cyklar**: the verb *cykla*, *cyklade* → must_not; *cyklister* → don't care; *lånecyklar*, *cykelbanan* … compounds. **numret**: *numera* → must_not; *stödnummer* compound. **vintrar**: the surname *Vinter* → must_not; *vinterkyla* compound.
- **bränder**: the verb *brinna* (*brann*, *brinner*, *brinnande*, *brunnit*) → must_not; *brännskador*, *bränt* (from bränna, but about the fire) → don't care; *bransch-* words are neither. **städer**: *städa* and its forms (*städas*, *städning(en)*, *städarna*), *Stadion*, *fullastad* and the lookalike compounds *bostadsområde*, *cykelverkstad* → must_not; the outlet name *Stadsbladet* and *Tingstadstunneln* → don't care; *Stockholms stads* is the noun → relevant. **nätter**: *nät*, *nätet* → must_not. **fötter**: *till fots* relevant; *fotograf*, *fotograferade*, *foton* → must_not; *fotgängare* compound. **händerna**: *handen*, *händer* (noun) relevant; *hända*, *hände*, *handlar*, *handlarna* (merchants), *handlingar*, *Handelskammare(ns)* → must_not; *upphandling* is neither. **länder**: *landa* (*landade*, *landat*) → must_not; *Tyskland*, *Nederländerna* → don't care; *bland*, *Arlanda* are neither.
- **Phrases**: forms must be adjacent and in order in one sentence. *Norra länken(s)*; *brand i tunneln* and *branden i tunneln* relevant, *branden* and *tunneln* apart → must_not (many); *eldrivna bussar* relevant, *Bussar som är eldrivna* → must_not; *stängd för trafik* relevant (only *stängd* counts: *stängt av* is the verb), *stängd* with *trafik* elsewhere → must_not; *Storstockholms brandförsvar* relevant, *Brandförsvaret … i Storstockholm* → must_not; *lindrigt skadade* relevant, *skadade, de flesta med lindriga rökskador* → must_not; *i väntan på* relevant, *Väntan är värst* → must_not; *Region Stockholm(s)* relevant, *regionen* and *Stockholm* apart → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care. NOT – an article with the excluded term is must_not. *SL:s* is *sl*; *Lilla Essingen* is neither for `Essingeleden`.
- **Filters**: `källa:` matches one word of the outlet's name (*Blixten*, *Signal*, *Depån*, *Stadsbladet*, *Ugglan*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("tunnel", "tn", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
