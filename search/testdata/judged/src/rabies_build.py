#!/usr/bin/env python3
"""Builds corpus_rabies.json and corpus_rabies.md from rabies_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 rabies_build.py [-v]
"""

import fire_build
from rabies_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "import": dict(
        probe=r"import",
        rel=S("import importen"),
        comp=S("hundimporten"),
        no=S("importerade importerat"),
    ),
    "annons": dict(
        probe=r"annons",
        rel=S("annons annonsen annonser annonserna"),
        comp=S("annonssajterna"),
        no=S("annonsera annonserade annonseras"),
    ),
    "isolering": dict(
        probe=r"isoler",
        rel=S("isolering isoleringen"),
        no=S("isolerade isoleras"),
    ),
    "exponering": dict(
        probe=r"exponer",
        rel=S("exponering exponeringar exponeringen"),
        no=S("exponerad exponerade"),
    ),
    "utställning": dict(
        probe=r"utställ",
        rel=S("utställning utställningar utställningen"),
        comp=S("hundutställningar hundutställningen höstutställning specialutställning utställningsförbud "
               "vårutställningen"),
        dc=S("utställare"),
        no=S("utställt"),
    ),
    "veterinär": dict(
        probe=r"veterin",
        rel=S("veterinär veterinären veterinärens veterinärer veterinärerna veterinärernas"),
        comp=S("chefsveterinär chefsveterinären länsveterinären statsveterinär statsveterinären veterinärförbund "
               "veterinärintyg veterinärklinik veterinärkliniker veterinärkostnader veterinärmyndigheten "
               "veterinärräkningarna"),
        dc=S("veterinärmedicinska"),
        no=S("veterinära"),
    ),
    "bett": dict(
        probe=r"^bett|bett$|betten|^bet$|^bit[aeinst]",
        rel=S("bett bettet"),
        comp=S("hundbett"),
        no=S("bet biter bitit bitna"),
    ),
    "smittspårning": dict(
        probe=r"smittspår",
        rel=S("smittspårning smittspårningen"),
        no=S("smittspårade"),
    ),
    "uppfödare": dict(
        probe=r"uppföd",
        rel=S("uppfödare uppfödaren uppfödarens uppfödarna uppfödarnas"),
        comp=S("hunduppfödare"),
        dc=S("uppfödning uppfödningen"),
        no=S("uppfödd"),
    ),
    # --- syncope ---
    "koppel": dict(
        probe=r"koppel|koppl",
        rel=S("koppel kopplen kopplet"),
        comp=S("koppeltvång koppeltvånget"),
        no=S("kopplade kopplas kopplingen"),
    ),
    "kennel": dict(
        probe=r"kennel|kennl",
        rel=S("kennel kenneln kennlar"),
        comp=S("kennelklubb kennelklubben kennelklubbens"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regeln regler reglerna"),
        comp=S("regelbundet regelverk"),
        no=S("oreglerad regleras"),
        nei=S("dregel"),
    ),
    "finger": dict(
        probe=r"finger|fingr",
        rel=S("finger fingrarna fingret"),
        no=S("fingerat"),
    ),
    "nummer": dict(
        probe=r"num",
        rel=S("nummer numret"),
        comp=S("chipnummer chipnumret registreringsnummer telefonnummer telefonnumret"),
        no=S("numera"),
        nei=S("signum"),
    ),
    "papper": dict(
        probe=r"papp",
        rel=S("papper papperen pappren"),
        no=S("pappa"),
    ),
    # --- umlaut ---
    "hand": dict(
        probe=r"h[aä]nd",
        rel=S("handen händer händerna"),
        comp=S("mellanhänder"),
        no=S("handel handeln handlar hända hände händelser omhändertagits valphandeln valphandlarna"),
        nei=S("behandlar behandling behandlingen"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet länder länderna"),
        comp=S("avsändarlandet grannländerna landlevande landsbygden landsbygdsministern"),
        dc=S("finland hälsingland nederländerna shetland tyskland uppland utländska utomlands västmanland "
             "västmanlands"),
        no=S("landar"),
        nei=S("bland blandat blandrashundar förhållanden ibland inblandade pressmeddelande"),
    ),
    "natt": dict(
        probe=r"^n[aä]t|n[aä]tt|nätet|nätter|natten",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattjour"),
        no=S("nätapotek nätet"),
        nei=S("nationaldag nationell nationellt"),
    ),
    "låg": dict(
        probe=r"^l[äå]g",
        rel=S("låg lägre"),
        no=S("lägenhet läget lägga lägger"),
    ),
    "ung": dict(
        probe=r"^ung|yng|ungar$|unge$|ungen$",
        rel=S("ung unga yngre"),
        no=S("ungefär ungern"),
    ),
    "mus": dict(
        probe=r"^mus|möss|fladdermus",
        rel=S("mus möss"),
        comp=S("fladdermus fladdermusrabies fladdermöss"),
        no=S("mössa"),
    ),
    # --- compounds ---
    "hund": dict(
        probe=r"hund",
        rel=S("hund hundar hundarna hundarnas hunden hundens hunds"),
        comp=S("blandrashundar brukshundklubben gatuhundar hundbett hundcenter hundförare hundförsäljare hundimporten "
               "hundklubb hundpensionat hundrastgårdar hundrastgården hundsmugglingen hunduppfödare "
               "hundutställningar hundutställningen hundvärlden hundägare hundägarna lapphund tullhundar tullhunden"),
        no=S("hundra hundratals hundratusentals"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan"),
        comp=S("gatuhundar kungsgatan"),
        no=S("gåta gåtan"),
        nei=S("obligatorisk obligatoriskt"),
    ),
    "hälsa": dict(
        probe=r"h[äa]ls",
        rel=S("hälsa"),
        comp=S("folkhälsa hälsointyg"),
        dc=S("folkhälsomyndigheten"),
        no=S("hälsade hälsar hälsningar"),
        nei=S("halsen hälsingland"),
    ),
    "färja": dict(
        probe=r"f[äa]rj",
        rel=S("färjan färjor färjorna"),
        comp=S("färjehamnen färjelägena färjeterminalen"),
    ),
    "vaccination": dict(
        probe=r"vaccin",
        rel=S("vaccination vaccinationen vaccinationer"),
        comp=S("rabiesvaccination rabiesvaccinationen vaccinationsgrad vaccinationsintyg vaccinationsserien "
               "vaccinationsstatus vaccinationstider"),
        dc=S("rabiesvaccin rabiesvacciner vaccin vaccindos vaccinet vaccinets"),
        no=S("ovaccinerade vaccinera vaccinerad vaccinerade vaccinerades vaccinerar vaccineras vaccinerat vaccinerats"),
    ),
    "klinik": dict(
        probe=r"klini",
        rel=S("kliniken klinikerna"),
        comp=S("djurkliniken djurkliniker djurklinikerna infektionskliniken klinikchef klinikchefen veterinärklinik "
               "veterinärkliniker"),
        no=S("kliniska"),
    ),
    "gräns": dict(
        probe=r"gräns",
        rel=S("gränsen gränser"),
        comp=S("gränssäkerhet östgräns"),
        no=S("angränsande begränsa begränsat gränsar"),
    ),
    "valp": dict(
        probe=r"valp",
        rel=S("valp valpar valparna valpen valpens"),
        comp=S("chihuahuavalpar rabiesvalpen smuggelvalp smuggelvalpar valpbörsen valpfabrik valpfabriken "
               "valpfabriker valphandeln valphandlarna valpklasserna valpkurs valpkursen valpkurser valpkurserna "
               "valpköp valpköpare valpköparna valpsäljarna valptransporter valpträff"),
    ),
    "tull": dict(
        probe=r"tull",
        rel=S("tullen"),
        comp=S("tullhundar tullhunden tullinspektör tulltjänstemannen tulltjänstemän tulltjänstemännen tullverket "
               "tullverkets"),
        no=S("tullinge"),
    ),
    # --- traps ---
    "val": dict(
        probe=r"val",
        rel=S("val valet"),
        comp=S("valrörelsens"),
        no=S("valt valp valpar valparna valpen valpens chihuahuavalpar rabiesvalpen smuggelvalp smuggelvalpar "
             "valpbörsen valpfabrik valpfabriken valpfabriker valphandeln valphandlarna valpklasserna valpkurs "
             "valpkursen valpkurser valpkurserna valpköp valpköpare valpköparna valpsäljarna valptransporter "
             "valpträff"),
        nei=S("svalget"),
    ),
    "tik": dict(
        probe=r"tik",
        rel=S("tik tikar tikarna tiken"),
        no=S("dramatik kritik kritiken politiken praktiken smittskyddspolitik"),
        nei=S("baltikum kritiker narkotika politiker politikerna"),
    ),
    "ras": dict(
        probe=r"ras",
        rel=S("ras rasen raser"),
        comp=S("rasklubbar rasklubbarnas rasklubben"),
        dc=S("blandrashundar"),
        no=S("rasmusson rastar rastgård rastgården rastlös hundrastgårdar hundrastgården"),
        nei=S("andras annonseras deras finansieras förvaras förändras isoleras konkurreras kontrolleras placeras "
              "publiceras registreras regleras rekommenderas spåras svåraste transporteras vaccineras vintras"),
    ),
    "nos": dict(
        probe=r"nos",
        rel=S("nosen"),
        no=S("diagnosen nosa"),
    ),
    "kull": dict(
        probe=r"kull",
        rel=S("kull kullar kullen"),
        comp=S("kullsyskon"),
        no=S("skull"),
        nei=S("skulle"),
    ),
    "bit": dict(
        probe=r"^bit|bit$",
        rel=S("bit"),
        no=S("bitcoin biter bitit bitna"),
    ),
    "kö": dict(
        probe=r"^kö|kö$|köer",
        rel=S("kö köerna"),
        comp=S("telefonkö telefonköerna"),
        no=S("köp köpa köpare köparen köparna köpenhamn köper köpet köps köpt köpte köpts kör köra körde körs kört "
             "körts"),
    ),
    "pass": dict(
        probe=r"pass",
        rel=S("pass passen passet"),
        no=S("passerade passerar passerat"),
        nei=S("anpassa anpassade anpassar"),
    ),
    "sår": dict(
        probe=r"s[aå]r",
        rel=S("sår såret"),
        no=S("sara sårbart"),
        nei=S("anpassar avvisar bevisar dvärgspetsar gränsar hälsar hänvisar kissar korsar rusar satsar visar"),
    ),
    "bur": dict(
        probe=r"bur",
        rel=S("bur burar burarna"),
        no=S("burit"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum"),
        comp=S("rumsrena väntrummet"),
        no=S("rumänien serum"),
    ),
    "kur": dict(
        probe=r"kur",
        rel=S("kur"),
        no=S("kurs kursen kurser kurserna kurvan valpkurs valpkursen valpkurser valpkurserna"),
        nei=S("konkurreras"),
    ),
    "mor": dict(
        probe=r"^mor|^mod(er|ern)|mödr|mor$",
        rel=S("mor mödrarna"),
        no=S("morgon morgonprogram morgonväkten morrade morris morse"),
    ),
    # --- words of phrases, booleans and filters ---
    "illegal": dict(probe=r"illegal", rel=S("illegal illegala illegalt")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "karantän": dict(
        probe=r"karant",
        rel=S("karantän karantänen"),
        comp=S("karantänstiden"),
    ),
    "smittad": dict(
        probe=r"^smitta[dt]|^smittade|^smittas",
        rel=S("smittad smittade smittades smittat smittats"),
    ),
    "rabies": dict(
        probe=r"rabies",
        rel=S("rabies"),
        comp=S("fladdermusrabies rabiesbeslut rabiesfallet rabiesfallets rabiesimmunglobulin rabiesmisstänkta "
               "rabiesmottagning rabiesrisk rabiesspruta rabiesvaccin rabiesvaccination rabiesvaccinationen "
               "rabiesvacciner rabiesvalpen rabiesvirus rabiesviruset"),
    ),
    "tullverket": dict(probe=r"tullverk", rel=S("tullverket tullverkets")),
    "kontroll": dict(
        probe=r"kontroll",
        rel=S("kontroll kontrollen kontroller kontrollerna"),
        comp=S("stickprovskontroller"),
        no=S("kontrollera kontrollerar kontrolleras"),
    ),
    "inställd": dict(probe=r"^inställ", rel=S("inställd inställda")),
    "köpt": dict(
        probe=r"^köp",
        rel=S("köpa köper köps köpt köpte köpts"),
        no=S("köp köpare köparen köparna köpet"),
        nei=S("köpenhamn"),
    ),
    "nät": dict(
        probe=r"^nät",
        rel=S("nätet"),
        comp=S("nätapotek"),
        nei=S("nätter nätterna"),
    ),
    "exponerad": dict(probe=r"^exponera", rel=S("exponerad exponerade")),
    "person": dict(
        probe=r"^person",
        rel=S("person personer"),
        nei=S("personal personalen"),
    ),
    "akademiska": dict(probe=r"akadem", rel=S("akademiska akademiskas")),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhuset sjukhusets"),
        comp=S("universitetsdjursjukhuset"),
    ),
    "trelleborg": dict(probe=r"trelleborg", rel=S("trelleborg")),
    "ystad": dict(probe=r"ystad", rel=S("ystad")),
    "jordbruksverket": dict(probe=r"jordbruksverk", rel=S("jordbruksverket jordbruksverkets")),
    "sva": dict(probe=r"^sva$", rel=S("sva")),
    "öresundsbron": dict(probe=r"öresund", rel=S("öresundsbron")),
    "helsingborg": dict(
        probe=r"helsing",
        rel=S("helsingborg"),
        no=S("helsingfors helsingör"),
    ),
    "lyssa": dict(
        probe=r"lyss",
        rel=S("lyssa"),
        comp=S("lyssavirus"),
        no=S("lyssna lyssnare lyssnarna lyssnarnas"),
    ),
    "vattuskräck": dict(probe=r"vattuskr", rel=S("vattuskräck vattuskräcken")),
    "katt": dict(
        probe=r"katt",
        rel=S("katt katten katter katterna"),
        comp=S("innekatt kattägare kattägarna utekatt"),
        nei=S("skatt"),
    ),
    "smittskyddsläkare": dict(probe=r"smittskyddsläk", rel=S("smittskyddsläkare smittskyddsläkaren")),
    "sävja": dict(
        probe=r"sävja",
        rel=S("sävja"),
        comp=S("sävjaskolan sävjaskolans sävjaån"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("importen", "inflection", False, ("term", "import")),
    ("annonserna", "inflection", False, ("term", "annons")),
    ("isoleringen", "inflection", False, ("term", "isolering")),
    ("exponeringen", "inflection", False, ("term", "exponering")),
    ("utställningen", "inflection", False, ("term", "utställning")),
    ("veterinärerna", "inflection", False, ("term", "veterinär")),
    ("bettet", "inflection", False, ("term", "bett")),
    ("smittspårningen", "inflection", False, ("term", "smittspårning")),
    ("uppfödarna", "inflection", False, ("term", "uppfödare")),
    ("kopplet", "syncope", False, ("term", "koppel")),
    ("kennlar", "syncope", False, ("term", "kennel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("fingret", "syncope", False, ("term", "finger")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("pappret", "syncope", False, ("term", "papper")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("lägre", "umlaut", False, ("term", "låg")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("möss", "umlaut", False, ("term", "mus")),
    ("hund", "compound", True, ("term", "hund")),
    ("gata", "compound", True, ("term", "gata")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("färja", "compound", True, ("term", "färja")),
    ("vaccination", "compound", True, ("term", "vaccination")),
    ("klinik", "compound", True, ("term", "klinik")),
    ("gräns", "compound", True, ("term", "gräns")),
    ("valp", "compound", True, ("term", "valp")),
    ("tull", "compound", True, ("term", "tull")),
    ('"illegal import"', "phrase", False, ("phrase", ["illegal", "import"])),
    ('"i karantän"', "phrase", False, ("phrase", ["i", "karantän"])),
    ('"smittad av rabies"', "phrase", False, ("phrase", ["smittad", "av", "rabies"])),
    ('"Tullverkets kontroller"', "phrase", False, ("phrase", ["tullverket", "kontroll"])),
    ('"inställd utställning"', "phrase", False, ("phrase", ["inställd", "utställning"])),
    ('"köpt på nätet"', "phrase", False, ("phrase", ["köpt", "på", "nät"])),
    ('"exponerade personer"', "phrase", False, ("phrase", ["exponerad", "person"])),
    ('"Akademiska sjukhuset"', "phrase", False, ("phrase", ["akademiska", "sjukhus"])),
    ("Trelleborg Ystad", "boolean", False, ("and", ["trelleborg", "ystad"])),
    ("Jordbruksverket SVA", "boolean", False, ("and", ["jordbruksverket", "sva"])),
    ("Tullverket valpar", "boolean", False, ("and", ["tullverket", "valp"])),
    ("karantän -katter", "boolean", False, ("not", "karantän", "katt")),
    ("smittskyddsläkaren -Akademiska", "boolean", False, ("not", "smittskyddsläkare", "akademiska")),
    ("lyssa OR vattuskräck", "boolean", False, ("or", ["lyssa", "vattuskräck"])),
    ("Öresundsbron OR Helsingborg", "boolean", False, ("or", ["öresundsbron", "helsingborg"])),
    ("källa:Fyrisposten Sävja", "filter", False, ("filter", "Fyrisposten", "sävja")),
    ("källa:Kvällsfanfaren valparna", "filter", False, ("filter", "Kvällsfanfaren", "valp")),
    ("källa:Stamtavlan utställningen", "filter", False, ("filter", "Stamtavlan", "utställning")),
    ("källa:Signum Jordbruksverket", "filter", False, ("filter", "Signum", "jordbruksverket")),
    ("källa:Ekeby veterinären", "filter", False, ("filter", "Ekeby", "veterinär")),
    ("källa:Morgonväkten Tullverket", "filter", False, ("filter", "Morgonväkten", "tullverket")),
    ("typ:opinion reglerna", "filter", False, ("filter", "opinion", "regel")),
    ("val", "trap", False, ("term", "val")),
    ("tik", "trap", False, ("term", "tik")),
    ("ras", "trap", False, ("term", "ras")),
    ("nos", "trap", False, ("term", "nos")),
    ("kull", "trap", False, ("term", "kull")),
    ("bit", "trap", False, ("term", "bit")),
    ("kö", "trap", False, ("term", "kö")),
    ("pass", "trap", False, ("term", "pass")),
    ("sår", "trap", False, ("term", "sår")),
    ("bur", "trap", False, ("term", "bur")),
    ("rum", "trap", False, ("term", "rum")),
    ("kur", "trap", False, ("term", "kur")),
    ("mor", "trap", False, ("term", "mor")),
]

HEADER = """# corpus_rabies.json – judging notes

Invented crisis: in spring 2026 a family in Sävja, Uppsala, buys a four-month-old puppy sold as a Swedish-bred dvärgspets through an advert on the (invented) site Valpbörsen; the seller, a 34-year-old woman from Västerås, meets them in a car park. On Easter Sunday the puppy is at a family party, on 7 April at a puppy class of Sävja hundklubb, and in the dog park and playground in Sävja. On Saturday 11 April it bites the family's seven-year-old daughter in the hand, on 12 April it is put down at the university animal hospital (Universitetsdjursjukhuset, SLU), and on Wednesday 15 April SVA confirms rabies. Region Uppsala's communicable-disease doctor traces 72 people (94 are finally vaccinated at the infectious-diseases clinic of Akademiska sjukhuset, 21 also with immunoglobulin, part of it flown in from Statens Serum Institut in Copenhagen); 11 dogs and 2 cats that met the puppy are isolated, two dogs and a cat are put down and test negative. Jordbruksverket orders a leash requirement in Uppsala and Knivsta (16 April to 15 June) and bans dog shows and gatherings in Uppsala län to 31 May, so Uppsalaslättens kennelklubb cancels its spring show on Årsta gärde (16–17 May, moved to October). Veterinary clinics and kennels are overwhelmed with worried owners and rabies vaccinations for pets run short; Folkhälsomyndigheten and Svenska Kennelklubben issue statements. The seller is arrested: the puppies came from a puppy farm in eastern Poland with a forged Polish pet passport, most likely on the ferry to Ystad; six more puppies of the same transport are traced. Tullverket steps up controls at Öresundsbron (Lernacken) and the ferry ports of Trelleborg, Ystad, Karlskrona, Helsingborg, Nynäshamn and Göteborg, Denmark follows, and a debate on import rules runs from the Riksdag to the EU Commission: a register of dog sellers, chip numbers in adverts, compulsory vaccination, rescue dogs from Romania. Places and public bodies are real (Uppsala with Sävja, Gottsunda, Gränby, Storvreta, Stadsträdgården, Kungsgatan, Fyrisån, Sävjaån, Årsta gärde, Knivsta, Enköping, Tierp, Östhammar, Sala, Västerås, Tullinge, Lernacken, Trelleborg, Ystad, Świnoujście, Lublin; Jordbruksverket, SVA, Folkhälsomyndigheten, Region Uppsala, Akademiska sjukhuset, Universitetsdjursjukhuset at SLU, Länsstyrelsen i Uppsala län, Tullverket, Polisen, Läkemedelsverket, Svenska Kennelklubben, Sveriges Veterinärförbund, Konsumenternas försäkringsbyrå, Västmanlands tingsrätt, Statens Serum Institut; their actions are invented); the family, every person, the seller's site Valpbörsen, the local clubs (Uppsalaslättens kennelklubb, Sävja hundklubb), Föreningen Andra chansen, Djurkliniken i Sävja, Sala hundcenter and all six outlets are invented: Fyrisposten (local daily, Uppsala), Radio Ekeby (local radio, with quotes), Nyhetsbyrån Signum (wire service, also carrying press releases), Kvällsfanfaren (national tabloid), Morgonväkten (national daily) and Stamtavlan (trade paper for dog breeders, kennels and veterinarians). 121 articles (103 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 3 March to 18 June 2026, +01:00 until 28 March and +02:00 from 29 March. The ids rb001–rb121 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (not used at all), the verb *händer* (*händer* is only the noun, *med bara händer*), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *kön* (queue or sex; the queue appears only as *kö*, *köerna*), *biten* (the piece or the participle 'bitten'; the bitten are *bitna*), *buren* as the participle of *bära* (every *bur*-form is a cage), the adjective *modern* (no form of *mor* is used as *modern*), *låg* as the past of *ligga* and *låga* (flame) (every *låg* is the adjective), *val* meaning whale and *valen*, *ras* meaning landslide (every *ras* is a breed), *kur* meaning a shelter, *pass* meaning a work shift (every *pass* is a passport), *rum* the drink, *bit* the unit of data, the supine *bett* of *be* (every *bett* is a bite), the verb *hälsa* in the infinitive (the verb appears only as *hälsar*, *hälsade*), *kulle* (hill; every *kull*-form is a litter), *tullarna* (customs duties or customs officers), the adjective *veterinär* in its base form (every *veterinär* is the noun; the adjective appears only as *veterinära*).

How the lists were made: src/rabies_articles.py holds the texts and src/rabies_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, hälsa/hals, hand/händ, land/länd, natt/nät, låg/läg, sår/sar, kö anchored at either end of the word) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *SVA:s* and hyphenated words are split (*EU-pass* gives *pass*, *EU-länder* gives *länder*, *EU-reglerna* gives *reglerna*). `python3 rabies_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Verbs and participles made from a judged noun are another lemma and must_not (as *varnar* for *varning* in the fire corpus); derivations that name a person or thing of the same field are don't care. Per query:

- **importen** (inflection): *import*, *importen* relevant; the verb *importerade*, *importerat* (also *illegalt importerade hundar*) must_not; *hundimporten* compound.
- **annonserna**: *annons(en)*, *annonser(na)* relevant; the verb *annonsera*, *annonserade*, *annonseras* must_not; *annonssajterna* compound.
- **isoleringen**: *isolering(en)* relevant; the verb *isolerade*, *isoleras* (animals *isolerade i hemmet*) must_not.
- **exponeringen**: *exponering(en)*, *exponeringar* relevant; the participle *exponerad*, *exponerade* (*de exponerade*) must_not.
- **utställningen**: *utställning(en)*, *utställningar* relevant; *utställt* (a passport *utställt* by a clinic, 'issued') must_not; *utställare* (exhibitors) don't care; *vårutställningen*, *hundutställningen*, *specialutställning* … compounds.
- **veterinärerna**: the noun *veterinär(en/ens)*, *veterinärer(na/nas)* relevant; the adjective *veterinära* (*veterinära rådgivare*) must_not; *chefsveterinär*, *statsveterinären*, *länsveterinären*, *Veterinärförbund*, *veterinärkliniker* … compounds; *veterinärmedicinska* (in SVA's name) don't care.
- **bettet**: the noun *bett*, *bettet* relevant; the verb *bita* in *bet*, *biter*, *bitit*, *bitna* must_not; *hundbett* compound.
- **smittspårningen**: *smittspårning(en)* relevant; the verb *smittspårade* must_not.
- **uppfödarna**: *uppfödare(n/ns)*, *uppfödarna(s)* relevant; the participle *uppfödd* must_not; *uppfödning(en)* (a breeding business) don't care; *hunduppfödare* compound.
- **kopplet** (syncope): *koppel*, *kopplet*, *kopplen* relevant; *kopplingen*, *kopplas* (a link between cases) and *kopplade* (the verb *koppla*, 'leashed') must_not; *koppeltvång(et)* compound.
- **kennlar**: *kennel*, *kenneln*, *kennlar* relevant (*kennel Norrskogens* is a kennel); *kennelklubb(en/ens)* compounds; no lookalike in the texts.
- **reglerna**: *regel*, *regeln*, *regler*, *reglerna* relevant; the verb *regleras* and the participle *oreglerad* must_not; *regelverk*, *regelbundet* compounds; *dregel* (drool) neither.
- **fingret**: *finger*, *fingret*, *fingrarna* relevant; *fingerat* (*ett fingerat köp*, 'feigned') must_not.
- **numret**: *nummer*, *numret* relevant; *numera* ('nowadays') must_not; *chipnummer*, *telefonnumret*, *registreringsnummer* compounds; the outlet word *Signum* neither.
- **pappret**: *papper*, *papperen*, *pappren* relevant; *pappa* must_not.
- **händerna** (umlaut): the noun *handen*, *händer* (*med bara händer*), *händerna* relevant; *handel(n)*, *valphandeln*, *valphandlarna*, *handlar*, *hända*, *hände*, *händelser*, *omhändertagits* must_not; *mellanhänder* compound; *behandling* neither.
- **länderna**: *land*, *landet*, *länder*, *länderna* relevant (*EU-länder* gives *länder*); the verb *landar* (the bridge *landar på svensk mark*) must_not; *grannländerna*, *avsändarlandet*, *landsbygden*, *landlevande* compounds; country and province names ending in *-land* (*Tyskland*, *Finland*, *Nederländerna*, *Uppland*, *Västmanland*, *Hälsingland*, *shetland*) and *utländska*, *utomlands* don't care; *bland*, *ibland* neither.
- **nätterna**: *natt*, *natten*, *nätter*, *nätterna* relevant; *nätet* and *nätapotek* (the internet) must_not; *nattjour* compound.
- **lägre**: the adjective *låg*, *lägre* relevant; *läget*, *lägga*, *lägger*, *lägenhet* must_not.
- **yngre**: *ung*, *unga*, *yngre* relevant; *ungefär* and *Ungern* must_not.
- **möss**: *mus*, *möss* relevant; *mössa* must_not; *fladdermöss*, *fladdermus* compounds.
- **hund** (compound): the word and compounds beginning or ending with it (*hundägare*, *hundpensionat*, *hundrastgården*, *gatuhundar*, *tullhundar*, *lapphund*, *blandrashundar* …) relevant; *hundra*, *hundratals*, *hundratusentals* must_not.
- **gata**: *gatan* relevant, with the -u- compound *gatuhundar* and the street *Kungsgatan*; *gåta*, *gåtan* (a riddle, diacritic pair) must_not; *obligatorisk* neither.
- **hälsa**: *hälsa* relevant, with the -o- compound *hälsointyg* and *folkhälsa*; *Folkhälsomyndigheten* (the word inside a longer compound) don't care; *hälsade*, *hälsar* (the verb, 'greet') and *hälsningar* must_not; *halsen*, *Hälsingland* neither.
- **färja**: *färjan*, *färjor(na)* relevant, with the -e- compounds *färjelägena*, *färjeterminalen*, *färjehamnen*; no lookalike in the texts.
- **vaccination**: *vaccination(en)*, *vaccinationer* relevant, with the -s- compounds *vaccinationsintyg*, *vaccinationsstatus*, *vaccinationstider* … and *rabiesvaccination(en)*; *vaccin*, *vaccinet*, *rabiesvaccin*, *vaccindos* (the vaccine, a related word) don't care; the verb *vaccinera*, *vaccinerad(e)*, *vaccineras*, *ovaccinerade* … must_not.
- **klinik**: *kliniken*, *klinikerna* and *djurkliniken*, *infektionskliniken*, *klinikchefen*, *veterinärkliniker* relevant; the adjective *kliniska* (*kliniska tecken*) must_not.
- **gräns**: *gränsen*, *gränser* and *gränssäkerhet*, *östgräns* relevant; *begränsa*, *begränsat*, *angränsande* and the verb *gränsar* must_not.
- **valp**: the word and all its compounds (*rabiesvalpen*, *valpkurs*, *smuggelvalpar*, the site name *Valpbörsen* …) relevant; no lookalike in the texts.
- **tull**: *tullen* and *Tullverket*, *tulltjänstemän*, *tullhundar*, *tullinspektör* relevant; the place *Tullinge* must_not.
- **"illegal import"** (phrase): *illegal import*, *den illegala importen* relevant; *legala importen … illegala transporterna* (both words, not adjacent) must_not; *illegalt importerade* has the verb, not the noun, and is don't care.
- **"i karantän"**: *i karantän* relevant; *Karantänen varar i fyra månader* (the words in the other order) must_not; *karantänstiden* alone is a compound, don't care.
- **"smittad av rabies"**: the participle and passive forms *smittad*, *smittade*, *smittat*, *smittats*, *smittades* followed by *av rabies* relevant; *smittad* and *rabies* apart (*smittats*, *enligt SVA … rabies*) must_not; with only *rabiesvalpen* (a compound) don't care.
- **"Tullverkets kontroller"**: *Tullverkets kontroller* relevant; *Tullverket skärper kontrollerna*, *skärpta kontroller har Tullverket* (apart) must_not; *kontrollera* is the verb.
- **"inställd utställning"**: *inställd utställning*, *den inställda utställningen*, *inställda utställningar* relevant; *utställningar … är inställda* (reversed) must_not; *inställd* before a compound such as *vårutställningen* alone would be don't care.
- **"köpt på nätet"**: forms of *köpa* before *på nätet* (*köpt på nätet*, *köpts på nätet*) relevant; *köper en valp på nätet*, *köpte valpen via en annons på nätet* (apart) must_not; the nouns *köp*, *köpare* are not forms of the verb.
- **"exponerade personer"**: *exponerade personer* relevant; *de exponerade* with *personer* elsewhere must_not.
- **"Akademiska sjukhuset"**: *Akademiska sjukhuset* relevant; *på Akademiska* … *Sjukhuset har* in another sentence must_not; *Akademiska* alone is neither.
- **Booleans**: AND (*Trelleborg Ystad*, *Jordbruksverket SVA*, *Tullverket valpar*) – an article with only some terms is must_not; with a term only in a compound (*valptransporter*) don't care; *SVA* counts only as the abbreviation, which every article naming Statens veterinärmedicinska anstalt also uses. NOT (*karantän -katter*, *smittskyddsläkaren -Akademiska*) – an article with the excluded term is must_not; with *karantänstiden* only, don't care. OR – *lyssa OR vattuskräck*: *lyssna*, *lyssnare*, *lyssnarna* must_not, *lyssavirus* alone a compound; *Öresundsbron OR Helsingborg*: *Helsingör* and *Helsingfors* must_not.
- **Filters**: `källa:` matches one word of the outlet's name (*Fyrisposten*, *Kvällsfanfaren*, *Stamtavlan*, *Signum*, *Ekeby*, *Morgonväkten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*oreglerad* for `typ:opinion reglerna`); *Sävjaskolan* and *Sävjaån* alone are compounds and don't care.
- **val** (trap): *val* (*vi hade inget val*) and *valet* (the election in September) relevant, *valrörelsens* compound; every form and compound of *valp* and the supine *valt* (välja) must_not; *svalget* neither.
- **tik** (trap): *tik*, *tiken*, *tikar(na)* relevant; *kritik(en)*, *politiken*, *praktiken* (*i praktiken*), *dramatik*, *smittskyddspolitik*, which end in the same letters, must_not; *politiker*, *kritiker*, *narkotika*, *Baltikum* neither.
- **ras** (trap): *ras*, *rasen*, *raser* (breed) relevant, *rasklubbar* compounds, *blandrashundar* (the word inside a longer compound) don't care; *rast-* words (*rastar*, *rastgården*, *hundrastgården*, *rastlös*) and the surname *Rasmusson* must_not; passives ending in *-ras* (*vaccineras*, *registreras* …) and *deras*, *andras* neither.
- **nos** (trap): *nosen* relevant; *diagnosen* and the verb *nosa* must_not.
- **kull** (trap): *kull*, *kullen*, *kullar* (litters) relevant, *kullsyskon* compound; *skull* (*för säkerhets skull*) must_not; *skulle* neither.
- **bit** (trap): *bit* (*en bit utanför stan*, *bit för bit*) relevant; the verb *biter*, *bitit*, *bitna* and *bitcoin* must_not.
- **kö** (trap): *kö*, *köerna* relevant, *telefonkö(erna)* compounds; *köp*, *köpa*, *köper*, *köpare*, *Köpenhamn*, *kör*, *körde*, *körs* … must_not.
- **pass** (trap): *pass*, *passet*, *passen* (passport; also in *EU-pass*) relevant; *passerade*, *passerar*, *passerat* must_not; *anpassa* neither.
- **sår** (trap): *sår*, *såret* relevant; the name *Sara* (diacritic lookalike) and *sårbart* must_not; verbs ending in *-sar* (*visar*, *kissar*) neither.
- **bur** (trap): *bur*, *burar(na)* relevant; *burit* (bära) must_not.
- **rum** (trap): *rum* relevant, *väntrummet*, *rumsrena* compounds; *Rumänien* and *serum* must_not.
- **kur** (trap): *kur* (*det finns ingen kur*) relevant; *kurs*, *kursen*, *kurser(na)*, *valpkurs(en/er/erna)* and *kurvan* must_not; *konkurreras* neither.
- **mor** (trap): *mor*, *mödrarna* relevant; *morgon*, *morgonprogram*, *i morse*, *morrade*, the cat *Morris* and the outlet word *Morgonväkten* in a text must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("rabies", "rb", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
