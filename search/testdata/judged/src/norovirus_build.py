#!/usr/bin/env python3
"""Builds corpus_norovirus.json and corpus_norovirus.md from norovirus_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 norovirus_build.py [-v]
"""

import fire_build
from norovirus_articles import ARTICLES


S = fire_build.S

SJUKSKOTERSKA = S("hygiensjuksköterska hygiensjuksköterskan hygiensjuksköterskorna nattsjuksköterska nattsjuksköterskan "
                  "sjuksköterska sjuksköterskan sjuksköterskor sjuksköterskorna sjuksköterskornas skolsköterskan")
STADA = S("städade städar städas städat storstädas storstädats")
STAD_COMP = S("städavtalet städfirma städlista städpersonalen städare städaren städarna")
JUL_COMP = S("julafton julbord julbordet julbordskryssning julbordskryssningar julbordskryssningen juldagen julfest "
             "julfirandet julhelgen julhelgerna jullovet julmarknaderna julmusik julsånger")

CONCEPTS = {
    # --- inflection ---
    "kräkning": dict(
        probe=r"kräk",
        rel=S("kräkningar kräkningarna"),
        no=S("kräktes kräkts"),
        nei=S("kräksjukan kräksjukeutbrotten vinterkräksjuka vinterkräksjukan"),
    ),
    "städning": dict(
        probe=r"städ",
        rel=S("städning städningen"),
        comp=S("storstädningen"),
        dc=STAD_COMP,
        no=STADA | S("städer"),
    ),
    "desinfektion": dict(
        probe=r"desinf",
        rel=S("desinfektion desinfektionen"),
        no=S("desinficerades desinficeras"),
    ),
    "besöksförbud": dict(
        probe=r"besöksförbud",
        rel=S("besöksförbud besöksförbuden besöksförbudet"),
    ),
    "sjukskrivning": dict(
        probe=r"sjukskriv",
        rel=S("sjukskrivning sjukskrivningarna"),
        comp=S("sjukskrivningsvåg"),
        no=S("sjukskrivna"),
    ),
    "stängning": dict(
        probe=r"stäng",
        rel=S("stängning stängningen stängningarna"),
        comp=S("skolstängningen"),
        no=S("stäng stänga stängd stängda stängdes stänger stängs stängt stängts utestängd"),
    ),
    "utbrott": dict(
        probe=r"utbrott",
        rel=S("utbrott utbrottet utbrotten"),
        comp=S("kräksjukeutbrotten norovirusutbrott"),
    ),
    "undersköterska": dict(
        probe=r"skötersk",
        rel=S("undersköterska undersköterskan undersköterskor undersköterskorna"),
        no=SJUKSKOTERSKA,
    ),
    "hytt": dict(
        probe=r"hytt",
        rel=S("hytt hytter hytterna"),
        comp=S("dubbelhytt hyttkorridorerna"),
    ),
    # --- syncope ---
    "nagel": dict(
        probe=r"nag(e)?l",
        rel=S("nageln naglar naglarna"),
        comp=S("lösnaglar"),
        no=S("naglade"),
    ),
    "gaffel": dict(
        probe=r"gaff|gafl",
        rel=S("gaffel gafflar gafflarna"),
        comp=S("serveringsgafflarna"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren"),
        comp=S("ventilationsfiltren"),
        no=S("filtar"),
    ),
    "nummer": dict(
        probe=r"numm|numr|numer",
        rel=S("nummer numret"),
        no=S("numera"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        no=S("regleras hälsoreglementet"),
    ),
    "papper": dict(
        probe=r"papp",
        rel=S("papper pappret"),
        comp=S("pappershandduk pappershanddukar"),
        no=S("pappa"),
    ),
    # --- umlaut ---
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand handen händer händerna"),
        comp=S("handdukar handfat handfatet handhygien handhygienen handsprit handspriten handtvätt handtvätten"),
        dc=S("pappershandduk pappershanddukar dörrhandtag handskar engångshandskar"),
        no=S("handlade handlar hända förhandlingar upphandlingen vätskebehandling"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("staden städer"),
        no=STADA | STAD_COMP | S("städning städningen storstädningen"),
        nei=S("belastade kostade"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dottern döttrarna"),
        dc=S("dotterbolag"),
        no=S("dött"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sönerna"),
        no=S("söndagen"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattbemanningen nattklubb nattpersonal nattpersonalen nattsjuksköterska nattsjuksköterskan "
               "torsdagsnatten"),
        no=S("nätet"),
    ),
    "man": dict(
        probe=r"^m[aäå]n|männ",
        rel=S("man mannen män"),
        no=S("människor"),
        nei=S("allmänna månad månaden månader måndag måndagen många"),
    ),
    # --- compounds ---
    "kryssning": dict(
        probe=r"kryss",
        rel=S("kryssning kryssningen"),
        comp=S("julbordskryssning julbordskryssningar julbordskryssningen kryssningsfärja kryssningsfärjan "
               "skräckkryssningen"),
        no=S("kryssa"),
    ),
    "kräksjuka": dict(
        probe=r"kräksjuk",
        rel=S("kräksjukan"),
        comp=S("kräksjukeutbrotten vinterkräksjuka vinterkräksjukan"),
    ),
    "avdelning": dict(
        probe=r"avdeln",
        rel=S("avdelning avdelningar avdelningarna avdelningen"),
        comp=S("avdelningschefen infektionsavdelningen medicinavdelningar sjukhusavdelningar vårdavdelningar vårdavdelningarna"),
    ),
    "sprit": dict(
        probe=r"sprit",
        rel=S("sprit"),
        comp=S("handsprit handspriten"),
        no=S("spritt"),
    ),
    "lön": dict(
        probe=r"lön",
        rel=S("lön lönen löner"),
        comp=S("lönebesked sjuklön sjuklönen timlön"),
        no=S("lönn lönsam"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("hälsomyndigheterna hälsoreglementet"),
        dc=S("folkhälsomyndigheten folkhälsomyndighetens"),
        no=S("hälsade"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt|gått",
        rel=S("gatan"),
        comp=S("gatuköken gatuköket storgatan"),
        no=S("gåta gått pågått"),
    ),
    "stopp": dict(
        probe=r"stopp",
        rel=S("stopp"),
        comp=S("intagningsstoppet"),
        no=S("stoppa stoppas"),
    ),
    "tvål": dict(
        probe=r"tvål",
        rel=S("tvål"),
        comp=S("tvålautomater"),
    ),
    # --- traps ---
    "disk": dict(
        probe=r"disk",
        rel=S("disken"),
        comp=S("diskmaskinen"),
        no=S("diskussion diskussionen"),
    ),
    "nål": dict(
        probe=r"n[äå]l",
        rel=S("nål nålar nålen"),
        no=S("näl"),
    ),
    "kram": dict(
        probe=r"kram",
        rel=S("kram"),
        no=S("kramfors magkramper"),
    ),
    "skål": dict(
        probe=r"sk[aåä]l",
        rel=S("skål skålar skålarna skålen"),
        no=S("skäl skälet"),
    ),
    "filt": dict(
        probe=r"filt",
        rel=S("filtar"),
        no=S("filter filtren ventilationsfiltren"),
    ),
    "trasa": dict(
        probe=r"tras",
        rel=S("trasa trasor"),
        comp=S("engångstrasor"),
        no=S("trasig"),
    ),
    "kanna": dict(
        probe=r"k[aä]nn",
        rel=S("kannor"),
        no=S("känna känner känns"),
    ),
    "jul": dict(
        probe=r"^jul",
        rel=S("jul julen"),
        comp=JUL_COMP,
        no=S("juli julia"),
    ),
    "dans": dict(
        probe=r"dans",
        rel=S("dans dansen"),
        comp=S("dansgolv"),
        no=S("dansa dansk danska"),
    ),
    "knapp": dict(
        probe=r"knapp",
        rel=S("knapparna"),
        comp=S("hissknappar"),
        no=S("knappt"),
    ),
    "räcke": dict(
        probe=r"räck",
        rel=S("räcken räcket"),
        no=S("räcka räcker räckte tillräcklig tillräckligt"),
        nei=S("skräckkryssningen"),
    ),
    "säng": dict(
        probe=r"s[äå]ng",
        rel=S("sängar sängen sängs"),
        comp=S("sängkläder"),
        no=S("sången julsånger"),
    ),
    "mage": dict(
        probe=r"^mag",
        rel=S("magen"),
        comp=S("magknip magkramper magsjuka magsjukan"),
        no=S("mager magnus"),
    ),
    # --- words of phrases, booleans and filters ---
    "och": dict(probe=r"^och$", rel=S("och")),
    "vatten": dict(probe=r"vatt", rel=S("vatten")),
    "smittskydd": dict(
        probe=r"smittskydd",
        rel=S("smittskydd smittskyddet smittskyddets"),
        comp=S("smittskyddslagen smittskyddsläkare smittskyddsläkaren"),
    ),
    "västra": dict(probe=r"^västra$", rel=S("västra")),
    "götaland": dict(probe=r"götaland", rel=S("götaland"), comp=S("götalandsregionen")),
    "stängd": dict(probe=r"^stängd", rel=S("stängd stängda"), nei=S("stängdes")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "ny": dict(probe=r"^ny(a|tt)?$", rel=S("ny nya nytt")),
    "patient": dict(
        probe=r"patient",
        rel=S("patient patienter patienterna"),
        comp=S("patientkontakt"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "äldreboende": dict(
        probe=r"äldreboend",
        rel=S("äldreboende äldreboenden äldreboendena äldreboendet"),
    ),
    "sjuk": dict(probe=r"^sjuk(a|t)?$", rel=S("sjuk sjuka")),
    "personal": dict(
        probe=r"personal",
        rel=S("personal personalen"),
        comp=S("nattpersonal nattpersonalen omsorgspersonal personalomsättning personalrum sjukvårdspersonal "
               "städpersonalen vårdpersonal"),
    ),
    "slopa": dict(probe=r"slopa", rel=S("slopa slopar slopas slopat")),
    "karensavdrag": dict(
        probe=r"karens",
        rel=S("karensavdrag karensavdraget"),
        nei=S("karensen"),
    ),
    "norra": dict(probe=r"^norra$", rel=S("norra")),
    "älvsborgs": dict(probe=r"älvsborg", rel=S("älvsborgs")),
    "länssjukhus": dict(probe=r"länssjukhus", rel=S("länssjukhus länssjukhuset")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "borås": dict(probe=r"borås", rel=S("borås")),
    "trollhättan": dict(
        probe=r"trollhätt",
        rel=S("trollhättan trollhättans"),
        dc=S("trollhättebor"),
    ),
    "säs": dict(
        probe=r"^s[äå]s",
        rel=S("säs"),
        no=S("såsen säsongen"),
    ),
    "näl": dict(
        probe=r"n[äå]l",
        rel=S("näl"),
        no=S("nål nålar nålen"),
    ),
    "norovirus": dict(
        probe=r"norovirus",
        rel=S("norovirus"),
        comp=S("norovirusutbrott"),
    ),
    "rederi": dict(
        probe=r"rederi",
        rel=S("rederi rederierna rederiet rederiets"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor skolorna"),
        comp=S("förskola förskolan grundskola grundskolor sandgärdskolan öresjöskolan skolklasser skolsköterskan "
               "skolstängningen"),
        dc=S("grundskoleförvaltningen"),
    ),
    "magsjuka": dict(probe=r"magsjuk", rel=S("magsjuka magsjukan")),
    "sjuklön": dict(probe=r"sjuklön", rel=S("sjuklön sjuklönen")),
    "handhygien": dict(probe=r"handhygien", rel=S("handhygien handhygienen")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("kräkningarna", "inflection", False, ("term", "kräkning")),
    ("städningen", "inflection", False, ("term", "städning")),
    ("desinfektionen", "inflection", False, ("term", "desinfektion")),
    ("besöksförbudet", "inflection", False, ("term", "besöksförbud")),
    ("sjukskrivningarna", "inflection", False, ("term", "sjukskrivning")),
    ("stängningen", "inflection", False, ("term", "stängning")),
    ("utbrotten", "inflection", False, ("term", "utbrott")),
    ("undersköterskorna", "inflection", False, ("term", "undersköterska")),
    ("hytterna", "inflection", False, ("term", "hytt")),
    ("naglarna", "syncope", False, ("term", "nagel")),
    ("gafflarna", "syncope", False, ("term", "gaffel")),
    ("filtren", "syncope", False, ("term", "filter")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("pappret", "syncope", False, ("term", "papper")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("sönerna", "umlaut", False, ("term", "son")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("männen", "umlaut", False, ("term", "man")),
    ("kryssning", "compound", True, ("term", "kryssning")),
    ("kräksjuka", "compound", True, ("term", "kräksjuka")),
    ("avdelning", "compound", True, ("term", "avdelning")),
    ("sprit", "compound", True, ("term", "sprit")),
    ("lön", "compound", True, ("term", "lön")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gata", "compound", True, ("term", "gata")),
    ("stopp", "compound", True, ("term", "stopp")),
    ("tvål", "compound", True, ("term", "tvål")),
    ('"tvål och vatten"', "phrase", False, ("phrase", ["tvål", "och", "vatten"])),
    ('"Smittskydd Västra Götaland"', "phrase", False, ("phrase", ["smittskydd", "västra", "götaland"])),
    ('"stängd för nya patienter"', "phrase", False, ("phrase", ["stängd", "för", "ny", "patient"])),
    ('"besöksförbud på äldreboenden"', "phrase", False, ("phrase", ["besöksförbud", "på", "äldreboende"])),
    ('"sjuk personal"', "phrase", False, ("phrase", ["sjuk", "personal"])),
    ('"slopa karensavdraget"', "phrase", False, ("phrase", ["slopa", "karensavdrag"])),
    ('"Norra Älvsborgs länssjukhus"', "phrase", False, ("phrase", ["norra", "älvsborgs", "länssjukhus"])),
    ('"städningen av hytterna"', "phrase", False, ("phrase", ["städning", "av", "hytt"])),
    ("Borås Trollhättan", "boolean", False, ("and", ["borås", "trollhättan"])),
    ("SÄS OR NÄL", "boolean", False, ("or", ["säs", "näl"])),
    ("äldreboende -Borås", "boolean", False, ("not", "äldreboende", "borås")),
    ("norovirus -kryssningen", "boolean", False, ("not", "norovirus", "kryssning")),
    ("rederiet städning", "boolean", False, ("and", ["rederi", "städning"])),
    ("skolan magsjuka", "boolean", False, ("and", ["skola", "magsjuka"])),
    ("karensavdraget OR sjuklönen", "boolean", False, ("or", ["karensavdrag", "sjuklön"])),
    ("källa:Viskanbladet äldreboendet", "filter", False, ("filter", "Viskanbladet", "äldreboende")),
    ("källa:Slussbladet skolan", "filter", False, ("filter", "Slussbladet", "skola")),
    ("källa:Ramnen besöksförbudet", "filter", False, ("filter", "Ramnen", "besöksförbud")),
    ("källa:Pendel rederiet", "filter", False, ("filter", "Pendel", "rederi")),
    ("källa:Kvällsvisslan kryssningen", "filter", False, ("filter", "Kvällsvisslan", "kryssning")),
    ("källa:Vårdbrevet undersköterskorna", "filter", False, ("filter", "Vårdbrevet", "undersköterska")),
    ("typ:opinion handhygien", "filter", False, ("filter", "opinion", "handhygien")),
    ("disk", "trap", False, ("term", "disk")),
    ("nål", "trap", False, ("term", "nål")),
    ("kram", "trap", False, ("term", "kram")),
    ("skål", "trap", False, ("term", "skål")),
    ("filt", "trap", False, ("term", "filt")),
    ("trasa", "trap", False, ("term", "trasa")),
    ("kanna", "trap", False, ("term", "kanna")),
    ("jul", "trap", False, ("term", "jul")),
    ("dans", "trap", False, ("term", "dans")),
    ("knapp", "trap", False, ("term", "knapp")),
    ("räcke", "trap", False, ("term", "räcke")),
    ("säng", "trap", False, ("term", "säng")),
    ("mage", "trap", False, ("term", "mage")),
]

HEADER = """# corpus_norovirus.json – judging notes

Invented crisis: in an early and heavy season of vinterkräksjukan (a new norovirus variant), the Christmas-buffet cruise (julbordskryssning) of the cruise ferry M/S Baltic Aurora of Rederi AB Baltlinjen from Stockholm to Riga on 3–5 December 2026 turns into an outbreak: 312 passengers and 19 crew fall ill, among them coach parties of pensioners from PRO Norrby in Borås and SPF Seniorerna in Trollhättan, and the ship sails again the same evening and has a second outbreak before it is taken out of service for four days of sanitation. The pensioners bring the virus home: elderly care homes in Borås (Lärkbacken in Norrby, later Kvarngården in Brämhult) and Trollhättan (Ekbacken in Lextorp, two residents die) get visiting bans, Södra Älvsborgs sjukhus (SÄS) in Borås and Norra Älvsborgs länssjukhus (NÄL) in Trollhättan close wards to new patients and ban visits, staff fall ill and the rest work double shifts and nights, agency staff are hired, Öresjöskolan in Trollhättan closes for two days of deep cleaning and a street kitchen closes. The shipping company's cleaning is questioned (a cheap cleaning contractor, Nordhav Service AB, paying below the agreement, seven minutes a cabin, a broken dishwasher, filters not changed, internal e-mails showing an earlier outbreak in November); Smittskydd Västra Götaland advises soap and water rather than hand spirit and two days at home after the symptoms, and a debate runs on hand hygiene and on sick pay (karensavdraget, sjuklönen) for care staff, from Kommunal, Vårdförbundet, SKR, Företagarna, regional politicians and letter writers, to a government inquiry in March. Then the aftermath to April 2027: wards reopen, costs, the company's internal inquiry, a group action by passengers, the chief executive leaves, IVO criticises Trollhättan, new reporting rules for ships, Smittskyddet's report. Places and public bodies are real (Borås with Norrby, Brämhult, Sandared, Knalleland and Storgatan, Trollhättan with Lextorp, Sylte, Kronogården and Resecentrum, Vänersborg, Uddevalla, Ulricehamn, Alingsås, Stockholm's Värtahamnen, Riga, Kramfors, Umeå, Kalmar; Västra Götalandsregionen, Smittskydd Västra Götaland, Vårdhygien, SÄS, NÄL, NU-sjukvården, Uddevalla sjukhus, Region Stockholm, Folkhälsomyndigheten, 1177 Vårdguiden, IVO, Arbetsmiljöverket, Kommunal, Vårdförbundet, Sjöfolksförbundet, SKR, Företagarna, Konsumentverket, Sveriges Redareförening, the Riksdag; their actions are invented); the ship, the shipping company, the cleaning contractor, the care homes, the street kitchen, every person (the schools' names are used fictitiously) and all six outlets are invented: Viskanbladet (local daily, Borås and Sjuhärad), Slussbladet (local daily, Trollhättan and Vänersborg), Radio Ramnen (local radio, with quotes and a commentary), Nyhetsbyrån Pendel (wire service, also carrying press releases), Kvällsvisslan (tabloid) and Vårdbrevet (trade paper for staff in health and elderly care). 119 articles (101 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 19 October 2026 to 9 April 2027, +02:00 until 25 October and from 28 March, +01:00 between. The ids O001–O119 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (every *man*, *mannen*, *män* is the noun; quotes were rephrased), the verb *händer* (every *händer* is hands), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *hälsa* in the infinitive and imperative (*hälsa* is only the noun health; the verb appears as *hälsade*), the verb *kramar* (*kram* is only the noun), the adjective *knapp* in its base form (*knapp*-forms are buttons; the adjective appears only as *knappt*), *disk* meaning a counter (*disken* is the washing-up), the municipal names *Borås Stad* and *Trollhättans stad* (written *Borås kommun*, *Trollhättans kommun*, so every *stad*-form is the noun town), and the neuter *stängt* before *för nya patienter* (the phrase uses *stängd*, *stängda*; *stängt* elsewhere is the supine or a predicate and is not a form of the adjective here). The acronyms SÄS and NÄL are tokens *säs* and *näl*; *1177* and other numbers are not tokens.

How the lists were made: src/norovirus_articles.py holds the texts and src/norovirus_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: nål/NÄL, SÄS/sås, skål/skal/skäl, kanna/känna, säng/sång, gata/gåta/gått, stad/städa, man/män/mån, natt/nätt/nät, son/sön) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *son* is anchored (*son-*/*sön-* from the start, *söner*/*sonen* anywhere) since *person* would match; *man* is probed as *man-*/*män-*/*mån-* from the start and *männ-* anywhere; *mage* as *mag-* from the start; *jul* as *jul-* from the start. `python3 norovirus_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Inflection**: *kräkningarna* – *kräkningar*, *kräkningarna*; the verb kräkas (*kräktes*, *kräkts*) → must_not; *vinterkräksjukan*, *kräksjukan* are neither (another word). *städningen* – *städning*, *städningen*; the verb städa (*städade*, *städar*, *städas*, *städat*, *storstädas*, *storstädats*) and *städer* (plural of stad) → must_not; *storstädningen* compound; words made from the verb's stem (*städare*, *städarna*, *städfirma*, *städlista*, *städavtalet*, *städpersonalen*) → don't care. *desinfektionen* – *desinfektion(en)*; the verb (*desinficeras*, *desinficerades*) → must_not. *sjukskrivningarna* – *sjukskrivning*, *sjukskrivningarna*; the participle *sjukskrivna* → must_not; *sjukskrivningsvåg* compound. *stängningen* – *stängning(en)*, *stängningarna*; the verb stänga in all its forms (*stäng*, *stänga*, *stänger*, *stängs*, *stängdes*, *stängt*, *stängts*) and the participle *stängd*, *stängda*, *utestängd* → must_not; *skolstängningen* compound. *undersköterskorna* – *undersköterska(n)*, *undersköterskor(na)*; *sjuksköterska* and its forms and compounds (*hygiensjuksköterskan*, *nattsjuksköterskan*, *skolsköterskan*: another occupation that only shares the ending) → must_not. *besöksförbudet*, *utbrotten* (*norovirusutbrott*, *kräksjukeutbrotten* compounds), *hytterna* (*dubbelhytt*, *hyttkorridorerna* compounds): no lookalike in the texts.
- **Syncope**: *naglarna* – *nageln*, *naglar*, *naglarna*; *naglade* (satt som naglade, the verb nagla) → must_not; *lösnaglar* compound. *gafflarna* – *gaffel*, *gafflar*, *gafflarna*; *serveringsgafflarna* compound. *filtren* – *filter*, *filtren*; *filtar* (blankets, filt) → must_not; *ventilationsfiltren* compound. *numret* – *nummer*, *numret*; the adverb *numera* → must_not. *reglerna* – *regel*, *regler*, *reglerna*; *regleras* and *hälsoreglementet* occur only beside *reglerna*. *pappret* – *papper*, *pappret*; *pappa* → must_not; *pappershandduk(ar)* compounds.
- **Umlaut**: *händerna* – *hand*, *handen*, *händer*, *händerna* (also *ta hand om*, *för hand*, *höll henne i handen*); *handlar*, *handlade*, *hända* and the lookalike compounds *förhandlingar*, *upphandlingen*, *vätskebehandling* → must_not; *handsprit*, *handhygien*, *handtvätt*, *handfat*, *handdukar* compounds; *handskar*, *engångshandskar*, *dörrhandtag*, *pappershandduk(ar)* (a word of its own, or the word inside a longer compound) → don't care. *städer* – *städer*, *staden*; every form of städa and its derivations, *städning* and the *städ*-compounds → must_not (diacritic and umlaut lookalikes of the plural); *belastade*, *kostade* are neither. *döttrarna* – *dottern*, *döttrarna*; *dött* (dö) → must_not; *dotterbolag* → don't care. *sönerna* – *son*, *sönerna*; *söndagen* → must_not. *nätter* – *natt*, *natten*, *nätter*, *nätterna*; *nätet* (the internet) → must_not; *midnatt*, *torsdagsnatten*, *nattpersonalen*, *nattklubb*, *nattsjuksköterskan* compounds. *männen* – *man* (noun: *en man i nittioårsåldern*, *min man*), *mannen*, *män*; *människor* → must_not; *många*, *månad*, *måndag*, *allmänna* are neither.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *kryssningsfärjan*, *avdelningschefen*, *sjukskrivningsvåg*; -e- *kräksjukeutbrotten* (kräksjuka), *lönebesked* (lön); -u- *gatuköket*, *gatuköken* (gata); -o- *hälsomyndigheterna*, *hälsoreglementet* (hälsa); none *julbordskryssningen*, *skräckkryssningen*, *vinterkräksjukan*, *vårdavdelningar*, *infektionsavdelningen*, *handsprit*, *sjuklön*, *timlön*, *Storgatan*, *intagningsstoppet*, *tvålautomater*. A word inside a longer compound is don't care: *Folkhälsomyndigheten* for `hälsa`.
- **kryssning**: *kryssa* (kryssa i en enkät) → must_not. **sprit**: *spritt* (smittan har spritt sig) → must_not; liquor in the tax-free shop (*sprit, vin och choklad*) is the same noun → relevant. **lön**: the surname *Lönn* → must_not; *lönsam* occurs beside *lön*. **hälsa**: the verb (*hälsade på sin mamma*) → must_not. **gata**: *gått*, *pågått* (gå) and *gåta* → must_not. **stopp**: the verb (*stoppa*, *stoppas*) → must_not; *få stopp på* is the noun. **kräksjuka**, **avdelning**, **tvål**: no lookalike in the texts.
- **disk** (trap): *diskussion*, *diskussionen* → must_not; *disken* (the washing-up) relevant, *diskmaskinen* compound. **nål** (trap): *NÄL* (the hospital) → must_not. **kram** (trap): *Kramfors* and *magkramper* (kramp) → must_not. **skål** (trap): *skäl*, *skälet* → must_not; *Skål för det* and *skålen med ris à la Malta* are the noun. **filt** (trap): *filter*, *filtren*, *ventilationsfiltren* → must_not. **trasa** (trap): the adjective *trasig* → must_not; *engångstrasor* compound. **kanna** (trap): *känna*, *känner*, *känns* → must_not. **jul** (trap): the month *juli* and the name *Julia* → must_not; *julbord*, *julafton*, *julsånger*, *julbordskryssningen* … compounds, so most articles are don't care. **dans** (trap): *dansk*, *danska* and the verb *dansa* → must_not; *dansgolv* compound. **knapp** (trap): the adverb *knappt* → must_not; *hissknappar* compound. **räcke** (trap): the verb räcka (*räcker*, *räckte*, *räcka*) and *tillräcklig(t)* → must_not; *skräckkryssningen* is neither. **säng** (trap): *sången*, *julsånger* (sång) → must_not; *till sängs* is the noun; *sängkläder* compound. **mage** (trap): the adjective *mager* (*en mager tröst*) and the name *Magnus* → must_not; *magsjuka*, *magsjukan*, *magknip*, *magkramper* compounds, so many articles are don't care.
- **Phrases**: forms must be adjacent and in order in one sentence; a word between counts as apart. *tvål och vatten* relevant; *tvål och varmt vatten*, *vatten och tvål* and *tvål och pappershanddukar* with *vatten* elsewhere → must_not. *Smittskydd Västra Götaland* relevant; *smittskyddet i regionen … Smittskyddet följer läget i Västra Götaland* → must_not; articles with only *smittskyddsläkaren* (a compound) beside *Västra Götaland* are don't care. *stängd för nya patienter* with forms *stängd*, *stängda*, *ny*, *nya*, *nytt* and *patient(er/erna)*: *stängd för nya patienter*, *stängda för nya patienter* relevant; *Avdelningen … är stängd, och nya patienter …* and *när en avdelning är stängd måste de nya patienterna* → must_not; *stängdes* is not a form of the adjective. *besöksförbud på äldreboenden*: *besöksförbud på äldreboenden* and *besöksförbud på äldreboendet* relevant; *besöksförbud på hela boendet*, *äldreboenden … har besöksförbud* → must_not. *sjuk personal*: *sjuk personal* relevant; *sjuka* (de sjuka) with *personal* elsewhere → must_not. *slopa karensavdraget*: forms *slopa*, *slopar*, *slopas*, *slopat* beside *karensavdrag(et)*: *slopa karensavdraget*, *slopar karensavdraget*, *Ett slopat karensavdrag* relevant; *karensavdraget ska slopas* (reversed) and *Att slopa det* → must_not. *Norra Älvsborgs länssjukhus* relevant; *länssjukhuset i Trollhättan … den norra delen … Södra Älvsborgs sjukhus* → must_not. *städningen av hytterna* relevant; *städningen inte hinns med … hytter* and *rutiner för städning … 740 hytter* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Öresjöskolan* for `skolan`, *Trollhättebor*) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*julbordskryssningen*), don't care. OR – *SÄS OR NÄL*: *sås*, *säsongen*, *nål*, *nålar*, *nålen* are lookalikes → must_not when alone. *Trollhättans* is the genitive of the town and counts; *Borås* is the same in the genitive.
- **Filters**: `källa:` matches one word of the outlet's name (*Viskanbladet*, *Slussbladet*, *Ramnen*, *Pendel*, *Kvällsvisslan*, *Vårdbrevet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type; an article with the term only inside a compound (*julbordskryssningen*, *Öresjöskolan*) is don't care whatever its outlet.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("norovirus", "O", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
