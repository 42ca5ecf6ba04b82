#!/usr/bin/env python3
"""Builds corpus_ward.json and corpus_ward.md from ward_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

One change to fire_build's tokens: several people in the texts have names that are also ordinary Swedish words (the
midwife Liv Engström, the head of the women's clinic Anders Vinter, the opposition leader Helena Frisk, the patient
Maj Johansson and the anaesthetist Fredrik Natt och Dag). Those name tokens keep their capital letter, so that the
name (a lookalike) and the word are classified apart; in the texts the words themselves are never written with a
capital (never first in a sentence or a title), which check_names() verifies.

Run from this folder: python3 ward_build.py [-v]
"""

import re
import sys

import fire_build
from ward_articles import ARTICLES


S = fire_build.S

NAMES = {"Liv", "Vinter", "Frisk", "Maj", "Natt"}
# The given or family name that goes with each capitalised name token, so that check_names can tell a name from a
# word at the start of a sentence or a title.
NAME_CONTEXT = re.compile(r"Liv Engström|Anders Vinter|Helena Frisk|säger Frisk|Maj Johansson|Maj, 84|Natt och Dag")


def tokens(text):
    """fire_build.tokens, except that the name tokens above keep their capital letter."""
    return [t if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must belong to one of the named people; returns the number that do not."""
    bad = 0
    for a in ARTICLES:
        for part in (a[3], a[4]):
            spans = [m.span() for m in NAME_CONTEXT.finditer(part)]
            for m in fire_build.TOKEN.finditer(part):
                if m.group() in NAMES and not any(s <= m.start() < e for s, e in spans):
                    print("name token outside a name:", m.group(), "in", a[3])
                    bad += 1
    return bad


CONCEPTS = {
    # --- inflection ---
    "förlossning": dict(
        probe=r"förlos|förlös",
        rel=S("förlossning förlossningar förlossningarna förlossningen"),
        comp=S("bilförlossning bilförlossningen förlossningsavdelningen förlossningskrisen förlossningsplanen "
               "förlossningssal förlossningssalar förlossningssalarna förlossningsväska förlossningsvård "
               "förlossningsvården hemförlossningar"),
        no=S("förlöst förlöste nyförlösta"),
    ),
    "barnmorska": dict(
        probe=r"barnmorsk",
        rel=S("barnmorska barnmorskan barnmorskas barnmorskor barnmorskorna barnmorskornas"),
        comp=S("barnmorskeförbundet barnmorskemottagningarna barnmorskemottagningen barnmorsketjänst "
               "barnmorsketjänster barnmorskeutbildning barnmorskeutbildningar barnmorskeutbildningen hyrbarnmorska "
               "hyrbarnmorskor hyrbarnmorskorna"),
    ),
    "strejk": dict(
        probe=r"strejk",
        rel=S("strejk strejken"),
        comp=S("strejkbrytaruppdrag strejkvarsel"),
        no=S("strejkade strejkande strejkar"),
    ),
    "patient": dict(
        probe=r"patien",
        rel=S("patient patienten patienter patienterna"),
        comp=S("influensapatienter korridorpatienter patienthotell patienthotellet patientnämnden patientsäker "
               "patientsäkerheten patientsäkerhetssynpunkt"),
        dc=S("intensivvårdspatienter"),
        no=S("patiens"),
    ),
    "vårdplats": dict(
        probe=r"vårdpla",
        rel=S("vårdplats vårdplatser vårdplatserna"),
        no=S("vårdplan"),
    ),
    "ambulans": dict(
        probe=r"ambul",
        rel=S("ambulans ambulansen ambulanser ambulanserna"),
        comp=S("ambulansberedskap ambulansberedskapen ambulanspersonalen ambulanssjuksköterskan ambulanssjukvård "
               "ambulanssjukvårdaren ambulanssjukvården ambulansöverläkaren"),
        no=S("ambulerande"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar anmälningarna"),
        no=S("anmälde anmäler anmält"),
    ),
    "kostnad": dict(
        probe=r"kost",
        rel=S("kostnad kostnaden kostnader kostnaderna"),
        comp=S("hyrkostnader hyrkostnaderna"),
        no=S("bekostnad kost kostade kostar kostchef"),
        nei=S("frukost"),
    ),
    "influensa": dict(
        probe=r"influen",
        rel=S("influensa influensan"),
        comp=S("influensapatienter influensatoppen influensautbrott influensavaccinationen"),
        no=S("influencern"),
    ),
    # --- syncope ---
    "varsel": dict(
        probe=r"vars[el]|varsl",
        rel=S("varsel varslet"),
        comp=S("strejkvarsel"),
        no=S("varslad varslade varslar"),
    ),
    "vinter": dict(
        probe=r"(?i)vint[e]?r",
        rel=S("vinter vintern vinterns"),
        comp=S("vinterkräksjuka vinterkräksjukan vinterplan vinterskor vintertid vintervägar"),
        no=S("Vinter"),
    ),
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
    ),
    "förälder": dict(
        probe=r"föräld",
        rel=S("förälder föräldrar föräldrarna"),
    ),
    "syster": dict(
        probe=r"syst",
        rel=S("syster systern systrarna"),
        comp=S("storasyster tvillingsystrarna"),
        no=S("journalsystem system systemfel"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("tecknat undertecknat"),
    ),
    # --- umlaut ---
    "mor": dict(
        probe=r"^mors?$|mor$|moder|mödr",
        rel=S("mor modern mödrar"),
        comp=S("mormor"),
        dc=S("mödravårdscentralen specialistmödravården"),
        no=S("moderat moderaterna"),
        nei=S("mammor"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer städerna"),
        comp=S("linnéstaden stadsbiblioteket"),
        dc=S("halmstad mariestad"),
        no=S("bostad stadigt städas städats"),
        nei=S("belastade kostade röstade utrustad"),
    ),
    "natt": dict(
        probe=r"(?i)n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattarbete nattarbetet nattjouren nattskift nyårsnatten"),
        no=S("Natt nattliga nätet nätverk nätverket"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar"),
        no=S("dött"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen söner"),
        no=S("söndagen söndagskvällen sönder"),
    ),
    "fot": dict(
        probe=r"^fot|föt|fots",
        rel=S("fot fötter"),
        comp=S("fotavtryck"),
        no=S("fotboll fotnot fött fötts nyfött"),
    ),
    # --- compounds ---
    "vård": dict(
        probe=r"v[aåä]rd",
        rel=S("vård vården vårdens"),
        comp=S("akutsjukvården ambulanssjukvård ambulanssjukvården barnsjukvården företagshälsovård förlossningsvård "
               "förlossningsvården intensivvård intensivvården korridorvård korridorvården sjukvård sjukvården "
               "sjukvårdens specialistmödravården vårdbemanning vårdcentral vårdcentralen vårdcentraler "
               "vårdcentralerna vårdenhetschefen vårdförbundet vårdförbundets vårdgivarna vårdkonflikten vårdkrisen "
               "vårdpersonalen vårdplan vårdplats vårdplatser vårdplatserna vårdsal vårdsalar"),
        dc=S("ambulanssjukvårdaren intensivvårdsavdelningarna intensivvårdspatienter mödravårdscentralen omvårdnad "
             "vårdkuriren vårdkurirens"),
        no=S("ovärdigt vardagar värde vårdades vårdas vårdats"),
    ),
    "personal": dict(
        probe=r"person",
        rel=S("personal personalen"),
        comp=S("ambulanspersonalen hyrpersonal hyrpersonalen personalbrist personaldirektör personalgrupp "
               "personalgruppen personalrummet personalstyrkan vårdpersonalen"),
        no=S("personer"),
    ),
    "lön": dict(
        probe=r"l[öo]n",
        rel=S("lön lönen löner lönerna"),
        comp=S("grundlön ingångslönen lönekonflikt lönelyft lönenivån lönetillägg lönetillägget löneökningar"),
        no=S("lönsamt"),
    ),
    "skift": dict(
        probe=r"skift",
        rel=S("skift skiftet"),
        comp=S("dubbelskift nattskift skiftarbete"),
        no=S("skiftande årsskiftet"),
    ),
    "mottagning": dict(
        probe=r"mottag|mottog",
        rel=S("mottagningar"),
        comp=S("akutmottagning akutmottagningar akutmottagningarna akutmottagningen barnmorskemottagningarna "
               "barnmorskemottagningen"),
        no=S("mottagande mottog"),
    ),
    "kvinna": dict(
        probe=r"kvin",
        rel=S("kvinna kvinnan kvinnor kvinnors"),
        comp=S("kvinnokliniken kvinnoklinikens kvinnoklinikerna"),
        no=S("kvinnliga"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt",
        rel=S("gatan gator gatorna"),
        comp=S("gatubelysningen gatuchef storgatan"),
        no=S("gåta"),
        nei=S("gått"),
    ),
    "virus": dict(
        probe=r"virus",
        rel=S("virus viruset"),
        comp=S("calicivirus virusutbrott"),
    ),
    "sal": dict(
        probe=r"sal",
        rel=S("sal salarna"),
        comp=S("förlossningssal förlossningssalar förlossningssalarna operationssalarna vårdsal vårdsalar"),
        no=S("koksaltlösning salt"),
    ),
    # --- traps ---
    "liv": dict(
        probe=r"(?i)liv",
        rel=S("liv"),
        comp=S("livrädd livsfarligt"),
        no=S("Liv livlig olivia"),
        nei=S("blivande blivit"),
    ),
    "jour": dict(
        probe=r"jour",
        rel=S("jouren"),
        comp=S("jourcentral jourhavande nattjouren"),
        no=S("journalen journalist journalisterna journalsystem"),
    ),
    "maj": dict(
        probe=r"(?i)maj",
        rel=S("maj"),
        no=S("Maj majoritet majoriteten majoritetens majorna"),
    ),
    "frisk": dict(
        probe=r"(?i)frisk",
        rel=S("frisk friska"),
        no=S("Frisk uppfriskande"),
    ),
    "feber": dict(
        probe=r"feb",
        rel=S("feber febern"),
        comp=S("feberfri"),
        no=S("febriga februari"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taket"),
        comp=S("pristak"),
        no=S("kontakt kontakta takt takten"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen"),
        comp=S("bemanningskris förlossningskrisen vårdkrisen"),
        no=S("kristdemokraterna kristiansand kristina"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilarna bilen"),
        comp=S("bilförlossning bilförlossningen plogbilarna privatbil"),
        no=S("bild bilden bilder mobil mobilen stabila"),
        nei=S("barnmorskeutbildning barnmorskeutbildningar barnmorskeutbildningen billingeposten fortbildning "
              "utbildade utbildat utbildningen"),
    ),
    "kur": dict(
        probe=r"kur",
        rel=S("kur kuren"),
        no=S("kurator kuratorn kurs kursansvariga kurvan skur vårdkuriren vårdkurirens"),
    ),
    "kall": dict(
        probe=r"k[aä]ll",
        rel=S("kalla"),
        no=S("kallad kallar kalle källa"),
    ),
    "sår": dict(
        probe=r"^s[aå]r|sår",
        rel=S("sår"),
        comp=S("liggsår"),
        no=S("sara sårar sårbar sårbara sårbarheten"),
    ),
    "ben": dict(
        probe=r"ben",
        rel=S("ben benen"),
        dc=S("lårbenshalsen"),
        no=S("bengt bensin bensinmacken"),
    ),
    "mun": dict(
        probe=r"mun",
        rel=S("mun munnen"),
        no=S("kommunalråd kommunen kommunens kommuner kommunernas kommunikationen"),
    ),
    # --- words of phrases, booleans and filters ---
    "inhyrd": dict(probe=r"inhyr", rel=S("inhyrd inhyrda"), nei=S("inhyrning")),
    "brist": dict(probe=r"^brist", rel=S("brist bristen brister bristerna"), nei=S("bristande")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "omsorg": dict(probe=r"omsorg", rel=S("omsorg")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "skövde": dict(probe=r"skövde", rel=S("skövde")),
    "hög": dict(
        probe=r"^hög",
        rel=S("hög höga högre högst högsta högt"),
        nei=S("högskola högskolan"),
    ),
    "föda": dict(
        probe=r"^föd|fött|föds",
        rel=S("föda födas födde föddes föder föds fött fötts"),
        nei=S("födande födda födseln fötter nyfött"),
    ),
    "region": dict(
        probe=r"^region",
        rel=S("region regionen regionens regioner regionerna regionernas"),
        nei=S("regiondirektören regionfullmäktige regionråd regionrådet regionstyrelsen regionstyrelsens"),
    ),
    "västra": dict(probe=r"^västra$", rel=S("västra")),
    "götaland": dict(probe=r"götaland", rel=S("götaland götalands")),
    "vårdförbundet": dict(probe=r"vårdförbund", rel=S("vårdförbundet vårdförbundets")),
    "borås": dict(probe=r"borås", rel=S("borås")),
    "trollhättan": dict(probe=r"trollhätt", rel=S("trollhättan")),
    "ivo": dict(probe=r"^ivo$", rel=S("ivo")),
    "hyrpersonal": dict(probe=r"hyrpersonal", rel=S("hyrpersonal hyrpersonalen")),
    "bemanningsföretag": dict(probe=r"bemanningsföretag", rel=S("bemanningsföretag bemanningsföretagen")),
    "akuten": dict(
        probe=r"akut",
        rel=S("akuten akutens akuterna"),
        comp=S("akutchef akutchefen akutläkare akutmottagning akutmottagningar akutmottagningarna akutmottagningen "
               "akutsjukvården barnakuten barnakuterna medicinakuten"),
        no=S("akut akuta"),
    ),
    "sahlgrenska": dict(probe=r"sahlgrensk", rel=S("sahlgrenska")),
    "moderaterna": dict(probe=r"moderat", rel=S("moderaterna"), dc=S("moderat")),
    "socialdemokraterna": dict(probe=r"socialdemokrat", rel=S("socialdemokraterna")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("förlossningen", "inflection", False, ("term", "förlossning")),
    ("barnmorskorna", "inflection", False, ("term", "barnmorska")),
    ("strejken", "inflection", False, ("term", "strejk")),
    ("patienterna", "inflection", False, ("term", "patient")),
    ("vårdplatserna", "inflection", False, ("term", "vårdplats")),
    ("ambulanserna", "inflection", False, ("term", "ambulans")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("kostnaderna", "inflection", False, ("term", "kostnad")),
    ("influensan", "inflection", False, ("term", "influensa")),
    ("varslet", "syncope", False, ("term", "varsel")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("förälder", "syncope", False, ("term", "förälder")),
    ("systrar", "syncope", False, ("term", "syster")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("mödrar", "umlaut", False, ("term", "mor")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("söner", "umlaut", False, ("term", "son")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("vård", "compound", True, ("term", "vård")),
    ("personal", "compound", True, ("term", "personal")),
    ("lön", "compound", True, ("term", "lön")),
    ("skift", "compound", True, ("term", "skift")),
    ("mottagning", "compound", True, ("term", "mottagning")),
    ("kvinna", "compound", True, ("term", "kvinna")),
    ("gata", "compound", True, ("term", "gata")),
    ("virus", "compound", True, ("term", "virus")),
    ("sal", "compound", True, ("term", "sal")),
    ('"inhyrd personal"', "phrase", False, ("phrase", ["inhyrd", "personal"])),
    ('"brist på barnmorskor"', "phrase", False, ("phrase", ["brist", "på", "barnmorska"])),
    ('"vård och omsorg"', "phrase", False, ("phrase", ["vård", "och", "omsorg"])),
    ('"förlossningen i Skövde"', "phrase", False, ("phrase", ["förlossning", "i", "skövde"])),
    ('"höga kostnader"', "phrase", False, ("phrase", ["hög", "kostnad"])),
    ('"födde i bilen"', "phrase", False, ("phrase", ["föda", "i", "bil"])),
    ('"Region Västra Götaland"', "phrase", False, ("phrase", ["region", "västra", "götaland"])),
    ('"strejk i vården"', "phrase", False, ("phrase", ["strejk", "i", "vård"])),
    ("Vårdförbundet varslet", "boolean", False, ("and", ["vårdförbundet", "varsel"])),
    ("Borås OR Trollhättan", "boolean", False, ("or", ["borås", "trollhättan"])),
    ("barnmorskorna -strejken", "boolean", False, ("not", "barnmorska", "strejk")),
    ("IVO Skövde", "boolean", False, ("and", ["ivo", "skövde"])),
    ("hyrpersonal OR bemanningsföretag", "boolean", False, ("or", ["hyrpersonal", "bemanningsföretag"])),
    ("akuten -Sahlgrenska", "boolean", False, ("not", "akuten", "sahlgrenska")),
    ("Moderaterna Socialdemokraterna", "boolean", False, ("and", ["moderaterna", "socialdemokraterna"])),
    ("källa:Billingeposten förlossningen", "filter", False, ("filter", "Billingeposten", "förlossning")),
    ("källa:Mösseberg barnmorskorna", "filter", False, ("filter", "Mösseberg", "barnmorska")),
    ("källa:Kompass IVO", "filter", False, ("filter", "Kompass", "ivo")),
    ("källa:Kvällsekot influensan", "filter", False, ("filter", "Kvällsekot", "influensa")),
    ("källa:Vårdkuriren hyrpersonal", "filter", False, ("filter", "Vårdkuriren", "hyrpersonal")),
    ("källa:Västkustposten akuten", "filter", False, ("filter", "Västkustposten", "akuten")),
    ("typ:opinion vårdplatserna", "filter", False, ("filter", "opinion", "vårdplats")),
    ("liv", "trap", False, ("term", "liv")),
    ("jour", "trap", False, ("term", "jour")),
    ("maj", "trap", False, ("term", "maj")),
    ("frisk", "trap", False, ("term", "frisk")),
    ("feber", "trap", False, ("term", "feber")),
    ("tak", "trap", False, ("term", "tak")),
    ("kris", "trap", False, ("term", "kris")),
    ("bil", "trap", False, ("term", "bil")),
    ("kur", "trap", False, ("term", "kur")),
    ("kall", "trap", False, ("term", "kall")),
    ("sår", "trap", False, ("term", "sår")),
    ("ben", "trap", False, ("term", "ben")),
    ("mun", "trap", False, ("term", "mun")),
]

HEADER = """# corpus_ward.json – judging notes

Invented crisis: a winter of overcrowded emergency and maternity care in Region Västra Götaland, October 2026 to April 2027. An early RS-virus season and then influenza A(H3N2) fill the children's hospital in Göteborg, the emergency departments of Sahlgrenska, Östra sjukhuset and NÄL in Trollhättan (patients in corridors for days, bedsores, cold sandwiches, a Sahlgrenska "stabsläge", intensive care patients moved to Halmstad), and winter vomiting disease follows in February. For want of midwives (eleven of 64 posts empty, midwives working in Norway or for staffing agencies) the maternity ward of Skaraborgs Sjukhus in Skövde closes on 1 December 2026, first until 28 February, then until 15 March 2027; the mothers of Skaraborg are sent to Borås, Trollhättan, Östra sjukhuset in Göteborg and Ryhov in Jönköping, a patient hotel in Borås fills up, and at least four children are born outside hospital (among them in a car in a lay-by near Falköping, in an ambulance on E20 near Vara and in a car at a rest stop after a petrol stop in Hova), while an ambulance with a woman in labour slides into a ditch. A petition, a torchlight march and a mothers' network protest. Vårdförbundet gives notice (varsel) in its national dispute with SKR of an overtime ban from 8 January and a strike of 640 midwives in Västra Götaland from 22 January; mediators put it off to 5 February and an agreement (higher pay, shorter night hours) calls it off on 29 January. IVO opens supervision of the closure and of NÄL's emergency department, criticises both (the 84-year-old Maj Johansson left 19 hours in a corridor) and counts a doubling of complaints; the hospitals make lex Maria reports. Hired staff cost the region 2.52 billion kronor in 2026 and a cap on hourly rates is set from 1 May; the new majority (S, C, MP, since 15 October) and the opposition (M, KD) blame each other, and an independent review is ordered. Places and public bodies are real (Skövde, Mariestad, Lidköping, Falköping, Tidaholm, Töreboda, Hjo, Tibro, Gullspång, Vara, Skara, Borås, Trollhättan, Vänersborg, Göteborg, Jönköping and the roads E20, 46, 49; Region Västra Götaland, Skaraborgs Sjukhus, Södra Älvsborgs Sjukhus, NU-sjukvården and NÄL, Sahlgrenska Universitetssjukhuset, Östra sjukhuset, Drottning Silvias barnsjukhus, Ryhov, Smittskydd Västra Götaland, Folkhälsomyndigheten, IVO, Vårdförbundet, Svenska Barnmorskeförbundet, SKR, Medlingsinstitutet, Socialstyrelsen, Högskolan i Skövde; their actions are invented); every person, the staffing company and the mothers' network, and all six outlets are invented: Billingeposten (local daily for Skövde and Skaraborg, with leaders and letters), Radio Mösseberg (local radio, with quotes and a commentary), Nyhetsbyrån Kompass (wire service, also carrying press releases), Kvällsekot (national tabloid, with columns), Vårdkuriren (healthcare trade paper, with a debate article) and Västkustposten (Göteborg regional daily, with leaders, debate articles and letters). 123 articles (105 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 5 October 2026 to 12 April 2027, +02:00 until 25 October 2026 and from 28 March 2027, +01:00 between. The ids hv001–hv123 follow publication time.

Names that are also words: as in real news, several people have names that are ordinary Swedish words: the midwife and union representative Liv Engström, the head of the women's clinic Anders Vinter, the opposition leader Helena Frisk (M), the patient Maj Johansson and the anaesthetist Fredrik Natt och Dag. A Swedish reader never takes the name for the word, so each name is a lookalike (must_not) for the word it spells: *Liv* for `liv`, *Vinter* for `vintrar`, *Frisk* for `frisk`, *Maj* for `maj`, *Natt* for `nätter`. So that name and word can be classified apart, ward_build.py keeps the capital letter of these name tokens (all other tokens are lower-cased as in fire_build), and the words themselves are never written with a capital in the texts (never first in a title or a sentence); check_names() fails the build if a capitalised name token stands outside one of the names. Other names built on the query words are lookalikes too: *Olivia* (Olivia Persson) for `liv`, *Kristina* (Kristina Lövgren, KD) for `kris`, *Kalle* (Kalle Nyberg) for `kall`, *Bengt* (Bengt Rosell, IVO) for `ben`, *Sara* (Sara Holm, Vårdförbundet) for `sår`, and the place names *Majorna* (`maj`) and *Kristiansand* (`kris`). Names that are words but meet no query (Berg, Holm, Lund, Sund, Falk, Fors, Björk, Ek, Rask, Stolt, Örn, Alm, Gran, Sand, Kvist, Brink, Lind, Saga, and the *Dag* of Natt och Dag) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (and the noun), the verb *händer* (*händelser* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the noun *kall* (a calling) and the infinitive of the verb *kalla* (every *kalla* is the adjective cold), *sår* as the verb *så* (every *sår* is a wound), the adjective *modern* (every *modern* is the mother), *liv* meaning waist, the noun *akut* in the indefinite (every *akut*, *akuta* is the adjective or adverb; the department appears as *akuten*, *akutens*, *akuterna*), *föda* as a noun (food) and *kön* (sex).

How the lists were made: src/ward_articles.py holds the texts and src/ward_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: vård/vard/värd, sår/sar, kall/käll, natt/nät, son/sön, stad/städ, fot/föt, mor/mödr) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *son* is anchored (*son-*, *sön-* from the start of a word, and *söner*, *sonen* anywhere) and the one for *mor* takes *mor*, *mors*, words ending in *mor* and anything with *moder* or *mödr*, since *mor-* and *son* begin or hide in hundreds of unrelated words (*morgon*, *person*). Tokens are runs of letters, so *IVO:s*, *RS-viruset*, *NU-sjukvården*, *BB-vården*, *lex Maria-anmälan* and *CTG-apparat* are split. `python3 ward_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the traps a token is a lookalike (must_not) when the query's letters form a unit in it that a reader could mistake: another lemma or word class (*kallar*, *sårbar*, *livlig*, *febriga*, *takt*), a name, a diacritic pair (*källa*, *Sara*) or a word that begins or ends with the letters (*journalist*, *kurs*, *mobil*, *kommun*, *februari*); it is neither when the letters only straddle other morphemes (*blivit*, *utbildning*, *Billingeposten*, *frukost*, *belastade*). The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *förlossningssal(ar/arna)*, *operationssalarna*, *ambulanspersonalen*; -e- *lönetillägg(et)*, *löneökningar*, *lönekonflikt*; -u- *gatubelysningen*, *gatuchef*; -o- *kvinnokliniken*, *kvinnoklinikerna*; none *vårdsal*, *sjukvården*, *vårdcentralen*, *vårdförbundet*, *hyrpersonal*, *personalbrist*, *grundlön*, *ingångslönen*, *nattskift*, *dubbelskift*, *skiftarbete*, *akutmottagningen*, *barnmorskemottagningen*, *Storgatan*, *calicivirus*, *virusutbrott*. A word inside a longer compound is don't care: *intensivvårdsavdelningarna*, *intensivvårdspatienter*, *mödravårdscentralen* for `vård`, *lårbenshalsen* for `ben`; so are the derivation *omvårdnad*, the person noun in *ambulanssjukvårdaren* and the outlet's name *Vårdkuriren* when a text cites it.
- **vård** (compound): the verb *vårda* (*vårdas*, *vårdades*, *vårdats*), *vardagar* and *värde*, *ovärdigt* (diacritic pairs) → must_not. **personal**: *personer* → must_not. **lön**: *lönsamt* → must_not. **skift**: *skiftande* and *årsskiftet* (*skifte*, another lemma) → must_not; *skift* and *skiftet* relevant. **mottagning**: *mottog* and the participle *mottagande* (*de mottagande sjukhusen*) → must_not. **kvinna**: the adjective *kvinnliga* → must_not. **gata**: *gåta* → must_not; *gått* neither. **sal**: *salt* and *koksaltlösning* → must_not; *salarna* relevant. **virus**: *RS-virus* is split, so *virus*, *viruset* are relevant; no lookalike.
- **liv** (trap): the names *Liv* and *Olivia* and the adjective *livlig* → must_not; *livrädd*, *livsfarligt* compounds; *ett nytt liv*, *kvinnors liv*, *212 liv* relevant; *blivit*, *blivande* neither.
- **jour** (trap): *journalen*, *journalsystem*, *journalist*, *journalisterna* → must_not; *jouren* relevant; *nattjouren*, *jourhavande*, *jourcentral* compounds.
- **maj** (trap): the name *Maj* (Maj Johansson), *majoritet(en/ens)* and the Göteborg district *Majorna* → must_not; the month *maj* relevant.
- **frisk** (trap): the name *Frisk* (Helena Frisk) and *uppfriskande* → must_not; *frisk*, *friska* relevant.
- **feber** (trap): *februari* and the adjective *febriga* → must_not; *feberfri* compound.
- **tak** (trap): *kontakt*, *kontakta*, *takt*, *takten* → must_not; *tak* and *taket* (a ceiling on prices) relevant; *pristak* compound.
- **kris** (trap): *Kristdemokraterna*, *Kristina*, *Kristiansand* → must_not; *vårdkrisen*, *förlossningskrisen*, *bemanningskris* compounds.
- **bil** (trap): *bild*, *bilden*, *bilder*, *mobil*, *mobilen*, *stabila* → must_not; *bilförlossning(en)*, *privatbil*, *plogbilarna* compounds; *utbildning*, *fortbildning*, *Billingeposten* neither.
- **kur** (trap): *kurs*, *kursansvariga*, *kurator(n)*, *kurvan*, *skur* (*i ur och skur*) and *Vårdkuriren*, *Vårdkurirens* → must_not; *en kur med antibiotika*, *kuren* relevant.
- **kall** (trap): the verb *kalla* (*kallar*, *så kallad*), the name *Kalle* and *källa* (diacritic pair) → must_not; the adjective *kalla* relevant.
- **sår** (trap): *sårbar*, *sårbara*, *sårbarheten*, the verb *såra* (*sårar*) and the name *Sara* (diacritic pair) → must_not; *liggsår* compound; *Vintern har lämnat sår* (figurative) is the noun and relevant.
- **ben** (trap): *Bengt*, *bensin*, *bensinmacken* → must_not; *lårbenshalsen* don't care.
- **mun** (trap): *kommun* in all its forms and compounds (*kommunen*, *kommuner*, *kommunernas*, *kommunalråd*, *Sveriges Kommuner och Regioner*) and *kommunikationen* → must_not.
- **förlossningen**: the verb *förlösa* (*förlöst*, *förlöste*, *nyförlösta*) → must_not; *förlossningsvården*, *bilförlossningen* … compounds. **barnmorskorna**: only compounds besides the forms (*hyrbarnmorskor*, *barnmorskemottagningen*). **strejken**: *strejkade*, *strejkar*, *strejkande* → must_not; *strejkvarsel* compound. **patienterna**: *patiens* (a card game) → must_not; *patienthotellet*, *patientsäkerheten* … compounds. **vårdplatserna**: *vårdplan* → must_not. **ambulanserna**: *ambulerande* → must_not. **anmälningarna** (*anmälan* is the singular): *anmält* → must_not; *lex Maria-anmälan* is split and relevant. **kostnaderna**: *kost*, *kostchef*, *kostar*, *kostade* and *bekostnad* → must_not; *frukost* neither. **influensan**: *influencern* → must_not.
- **varslet**: the verb *varsla* (*varslar*, *varslade*, *varslad*) → must_not; an article with *varsel* or *varslet* is relevant even if the verb is there too. **vintrar**: the name *Vinter* → must_not; *vinterplan*, *vintervägar*, *vinterkräksjukan* … compounds. **systrar**: *system*, *systemfel*, *journalsystem* → must_not; *storasyster*, *tvillingsystrarna* compounds. **tecknen**: *tecknat* (an agreement signed) and *undertecknat* → must_not. **vattnet**, **förälder**: no lookalike in the texts.
- **mödrar**: *modern* (*Både modern och sonen mår bra*) and *mor* are relevant; *Moderaterna* and *moderat* → must_not; *mormor* compound; *mödravårdscentralen*, *specialistmödravården* don't care; *mammor* neither. **städer**: *bostad*, *stadigt*, *städas*, *städats* → must_not; the towns *Mariestad*, *Halmstad* → don't care (as *Kristianstad* in the README); *Linnéstaden*, *stadsbiblioteket* compounds; *stadens gator* relevant. **nätter**: the name *Natt* (Natt och Dag), *nattliga*, *nätet*, *nätverk(et)* → must_not; *midnatt*, *nattskift*, *nyårsnatten* … compounds. **döttrar**: *dött* → must_not. **söner**: *sönder*, *söndagen*, *söndagskvällen* → must_not. **fötter**: *fotboll*, *fotnot* and the forms of *föda* (*fött*, *fötts*, *nyfött*) → must_not; *fotavtryck* compound.
- **Phrases**: forms must be adjacent and in order in one sentence. *inhyrd personal* relevant; *den inhyrda läkaren … personalen* → must_not. *brist på barnmorskor*, *bristen på barnmorskor* relevant; *bristerna* with *barnmorskor* elsewhere → must_not. *vård och omsorg* (mostly in IVO's full name) relevant; *rätt till vård … vår omsorg* → must_not. *förlossningen i Skövde* relevant; *förlossningen vid Skaraborgs Sjukhus i Skövde* in the text with the phrase in the title is relevant, *förlossningen* and *i Skövde* apart → must_not. Forms of *hög* are *hög*, *höga*, *högt*, *högre*, *högst*, *högsta*: *de höga kostnaderna* relevant, *den högsta nivån* with *kostnader* elsewhere → must_not. Forms of *föda* (the verb) are *föda*, *föder*, *födde*, *föddes*, *föds*, *födas*, *fött*, *fötts*; the participles *född(a)*, *nyfött* and *födande* are not counted: *föder i bilen*, *föda i bilen*, *föddes i bilen*, *fötts i bilar* relevant, *födde sitt barn i en bil*, *födde sin dotter i bilen* → must_not. *Region Västra Götaland(s)* relevant; *regionen* with *Västra Götaland* elsewhere → must_not. *strejk i vården* relevant; *Strejken … Akut vård* → must_not; *strejk i förlossningsvården* (a compound) → don't care.
- **Booleans**: AND – an article with only some of the terms, or a lookalike for one (*varslade*), is must_not; *moderat* (the adjective) is don't care for `Moderaterna`. NOT – an article with the excluded term is must_not; for `akuten -Sahlgrenska` an article whose only match is the adjective *akut*, *akuta* is must_not, and one with only *akutmottagningen*, *barnakuten* … (compounds) is don't care; *akuterna* is a form of *akuten*. OR – no lookalike in the texts.
- **Filters**: `källa:` matches one word of the outlet's name (*Billingeposten*, *Mösseberg*, *Kompass*, *Kvällsekot*, *Vårdkuriren*, *Västkustposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS
fire_build.tokens = tokens


def main():
    if check_names():
        sys.exit("name tokens outside names")
    fire_build.build("ward", "hv", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
