#!/usr/bin/env python3
"""Builds corpus_vaccine.json and corpus_vaccine.md from vaccine_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 vaccine_build.py [-v]
"""

import fire_build
from vaccine_articles import ARTICLES


S = fire_build.S

LARM_COMP = S("larmcentral larmhantering larminstruktion larmkedjan larmkedjor larmlistor larmmottagare larmnummer "
              "larmnumren larmrutiner larmrutinerna larmsystem larmsystemen larmsystemet temperaturlarm temperaturlarmet")
VANTA = S("vänta väntad väntan väntar väntas väntat förväntas väntetiderna väntrummet väntsalen")
ANVANDA = S("använda användas använde användes används använts")

CONCEPTS = {
    # --- inflection ---
    "vaccin": dict(
        probe=r"vaccin",
        rel=S("vaccin vaccinen vacciner vaccinerna vaccinernas vaccinet"),
        comp=S("influensavaccin influensavaccinet vaccinbuss vaccinbussen vaccindoser vaccinforskare vaccinforskaren "
               "vaccinlager vaccinlagren vaccinlagret vaccinmissarna vaccinmissen vaccinpartier vaccinsamordnare"),
        dc=S("vaccination vaccinationen vaccinationer vaccinationerna vaccinationsbuss vaccinationscentralen "
             "vaccinationshöst vaccinationsmottagning vaccinationsmottagningar vaccinationsmottagningarna "
             "vaccinationsmottagningen vaccinationspersonal vaccinationsregistret vaccinationssköterska vaccinologi "
             "revaccinering revaccineringen"),
        no=S("vaccinera vaccinerad vaccinerade vaccinerades vaccinerar vaccineras vaccinerat vaccinerats "
             "revaccinera revaccinerade revaccinerats"),
    ),
    "dos": dict(
        probe=r"dos",
        rel=S("dos dosen doser doserna"),
        comp=S("vaccindoser"),
        no=S("dosett"),
    ),
    "kylskåp": dict(
        probe=r"kylskåp",
        rel=S("kylskåp kylskåpen kylskåpet"),
        comp=S("läkemedelskylskåp"),
    ),
    "larm": dict(
        probe=r"larm",
        rel=S("larm larmen larmet"),
        comp=LARM_COMP,
        no=S("larmade larmar larmat"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        comp=S("internutredning"),
        dc=S("utredare"),
        no=S("utreda utreder"),
    ),
    "revaccinering": dict(
        probe=r"revacc",
        rel=S("revaccinering revaccineringen"),
        no=S("revaccinera revaccinerade revaccinerats"),
    ),
    "spruta": dict(
        probe=r"sprut",
        rel=S("spruta sprutan sprutor sprutorna"),
        no=S("sprutade"),
    ),
    "mottagning": dict(
        probe=r"mott",
        rel=S("mottagning mottagningar mottagningarna mottagningarnas mottagningen"),
        comp=S("akutmottagningen barnmorskemottagningar barnmorskemottagningen vaccinationsmottagning "
               "vaccinationsmottagningar vaccinationsmottagningarna vaccinationsmottagningen"),
        no=S("mottagare larmmottagare"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar"),
        no=S("anmäler anmälde anmält oanmäld"),
    ),
    # --- syncope ---
    "nummer": dict(
        probe=r"num",
        rel=S("nummer numret"),
        comp=S("larmnummer larmnumren mobilnummer telefonnummer"),
        dc=S("huvudnumret"),
        no=S("numera"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagren lagret"),
        comp=S("läkemedelslager vaccinlager vaccinlagren vaccinlagret"),
        no=S("lagras lagrat"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckel nyckeln nycklar nycklarna"),
        comp=S("nyckelskåp"),
        no=S("nyckfullt"),
    ),
    "termometer": dict(
        probe=r"termo",
        rel=S("termometer termometern termometrar termometrarna"),
        no=S("termostaten"),
    ),
    "mönster": dict(
        probe=r"m[öo]nst",
        rel=S("mönster mönstret"),
    ),
    "exempel": dict(
        probe=r"exemp",
        rel=S("exempel exemplet"),
        comp=S("skolexempel"),
        no=S("exemplar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad staden städer"),
        comp=S("stadsdelen"),
        no=S("bostad städa städpersonal städpersonalen"),
        nei=S("belastad kostade röstade röstades"),
    ),
    "dotter": dict(
        probe=r"d[oö]tt",
        rel=S("dotter döttrar döttrarna"),
        no=S("dött"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^n[aä]t|nätet|nätverk",
        rel=S("natt natten nätter nätterna"),
        comp=S("nattetid nattpasset nattpersonal"),
        no=S("nattlig nätet"),
        nei=S("nationell nationella nationellt naturligtvis"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet länder"),
        comp=S("landsbygden"),
        dc=S("nederländerna uppland"),
        no=S("landa landade"),
        nei=S("arlanda bland ibland pressmeddelande pressmeddelanden"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamoten ledamöter ledamöterna"),
    ),
    "mor": dict(
        probe=r"^mor|mödr|moder|mor$|mors$",
        rel=S("mor mödrar"),
        comp=S("moderkakan mödravården"),
        no=S("modern moderna moderater moderaterna moderaternas"),
        nei=S("mord morgon morgonen"),
    ),
    # --- compounds ---
    "vård": dict(
        probe=r"v[åa]rd",
        rel=S("vård vården vårdens"),
        comp=S("hemsjukvård intensivvården mödravården sjukhusvården sjukvård sjukvården vårdcentral vårdcentralen "
               "vårdcentraler vårdcentralerna vårdförbundet vårdförbundets vårdgivare vårdkongressen"),
        dc=S("sjukvårdsdirektör sjukvårdsdirektören"),
        no=S("vårdas vårdnadshavare"),
        nei=S("vardagar"),
    ),
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteket apotekets"),
        comp=S("apotekspersonalen sjukhusapotek sjukhusapoteket"),
        dc=S("chefsapotekaren"),
    ),
    "skåp": dict(
        probe=r"sk[aå]p",
        rel=S("skåp skåpet skåpets"),
        comp=S("frysskåp kylskåp kylskåpen kylskåpet läkemedelskylskåp nyckelskåp"),
        no=S("skapade beredskap kommunikationsvetenskap sällskap"),
    ),
    "sköterska": dict(
        probe=r"sköt",
        rel=S("sköterska sköterskan sköterskor sköterskorna"),
        comp=S("distriktssköterska sjuksköterska sjuksköterskor specialistsjuksköterska vaccinationssköterska"),
        no=S("sköter skött"),
    ),
    "barnmorska": dict(
        probe=r"barnmorsk",
        rel=S("barnmorska barnmorskan barnmorskorna"),
        comp=S("barnmorskemottagningar barnmorskemottagningen"),
    ),
    "gata": dict(
        probe=r"g[aå]t",
        rel=S("gatan"),
        comp=S("centralgatan dragarbrunnsgatan gatuplan kungsgatan"),
        no=S("gåta gåtan"),
        nei=S("frågat gått legat reservaggregat"),
    ),
    "hälsa": dict(
        probe=r"h[äa]ls",
        rel=S("hälsan"),
        comp=S("hälso hälsodirektör hälsodirektören"),
        dc=S("folkhälsomyndigheten"),
        no=S("halsen hälsade"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckor veckorna veckors"),
        comp=S("graviditetsvecka julveckan veckoslutet"),
        no=S("utvecklingen"),
    ),
    "skydd": dict(
        probe=r"skydd",
        rel=S("skydd skyddet"),
        comp=S("skyddseffekten"),
        dc=S("smittskyddsläkaren"),
        no=S("skydda skyddar"),
    ),
    # --- traps ---
    "arm": dict(
        probe=r"[aä]rm",
        rel=S("arm armen"),
        comp=S("överarmen"),
        no=S("larm larmade larmar larmat larmen larmet varmare varmt ärmar ärmen") | LARM_COMP,
        nei=S("farmaceut farmaceuten närmast närmaste värme"),
    ),
    "gift": dict(
        probe=r"gift",
        rel=S("gift"),
        dc=S("giftiga giftigt"),
        no=S("uppgift uppgifter uppgifterna"),
    ),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden tider tiderna"),
        comp=S("arbetstid lunchtid nattetid väntetiderna öppettider"),
        no=S("alltid samtidigt tidholm tidigare tidigt"),
    ),
    "sal": dict(
        probe=r"sal",
        rel=S("salen"),
        comp=S("fullmäktigesalen gymnastiksalen väntsalen"),
        no=S("uppsala uppsalabor uppsalas"),
    ),
    "lista": dict(
        probe=r"list",
        rel=S("lista listan listor"),
        comp=S("checklista kontrollista kontrollistan kontrollistor larmlistor temperaturlistor"),
        no=S("journalist specialistläkare specialistsjuksköterska"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil"),
        comp=S("kylbil kylbilar kylbilen"),
        no=S("bildas billigt mobil mobilnummer mobiltelefon stabilitetsdata"),
        nei=S("utbildning utbildningar"),
    ),
    "sår": dict(
        probe=r"^s[aå]r",
        rel=S("sår såret"),
        no=S("sara sarah sårbar sårbara"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen kriser"),
        comp=S("förtroendekris krismöte krismötet"),
        no=S("kristian kristina"),
    ),
    "el": dict(
        probe=r"^el",
        rel=S("el elen"),
        comp=S("elavbrottet elcentralen elradiator"),
        dc=S("elektrikern"),
        no=S("eleverna elin eller elva"),
    ),
    "pass": dict(
        probe=r"pass",
        rel=S("pass passen passet"),
        comp=S("dagpass helgpass kvällspass nattpasset"),
        no=S("passar passerat"),
    ),
    "vän": dict(
        probe=r"vän",
        rel=S("vän vänner"),
        dc=S("väninna väninnor"),
        no=VANTA | ANVANDA | S("vänster"),
        nei=S("nödvändig"),
    ),
    "hals": dict(
        probe=r"h[äa]ls",
        rel=S("halsen"),
        no=S("folkhälsomyndigheten hälsade hälsan hälso hälsodirektör hälsodirektören"),
    ),
    "stick": dict(
        probe=r"st[iau]ck",
        rel=S("stick sticket"),
        dc=S("stickprov"),
        no=S("stackars"),
    ),
    # --- words of phrases, booleans and filters ---
    "fel": dict(probe=r"^fel", rel=S("fel"), nei=S("felet felinställd")),
    "temperatur": dict(
        probe=r"temperatur",
        rel=S("temperatur temperaturen temperaturer"),
        comp=S("rumstemperatur temperaturlarm temperaturlarmet temperaturlistor temperaturloggar temperaturloggarna "
               "temperaturlogger temperaturloggern"),
    ),
    "gravid": dict(
        probe=r"gravid",
        rel=S("gravid gravida"),
        comp=S("graviditetsvecka"),
        dc=S("graviditeten"),
    ),
    "kvinna": dict(probe=r"kvinn", rel=S("kvinna kvinnan kvinnor kvinnorna")),
    "lex": dict(probe=r"^lex$", rel=S("lex")),
    "maria": dict(probe=r"^maria", rel=S("maria")),
    "äldre": dict(
        probe=r"^äldr",
        rel=S("äldre"),
        comp=S("äldreboende äldreboenden äldreboendet"),
    ),
    "och": dict(probe=r"^och$", rel=S("och")),
    "falsk": dict(probe=r"^falsk", rel=S("falska falskt")),
    "påstående": dict(
        probe=r"påstå",
        rel=S("påstående påståenden påståendena påståendet"),
        nei=S("påstås"),
    ),
    "ingen": dict(probe=r"^ingen$|^inget$|^inga$", rel=S("ingen inget inga")),
    "svara": dict(probe=r"^svar", rel=S("svara svarade svarar"), nei=S("svar svart")),
    "ny": dict(probe=r"^ny(a|tt)?$", rel=S("ny nya nytt")),
    "omsorg": dict(probe=r"omsorg", rel=S("omsorg")),
    "läkemedelsverket": dict(probe=r"läkemedelsverk", rel=S("läkemedelsverket läkemedelsverkets")),
    "ivo": dict(probe=r"^ivo$", rel=S("ivo")),
    "enköping": dict(probe=r"enköping", rel=S("enköping")),
    "tierp": dict(probe=r"tierp", rel=S("tierp tierps"), comp=S("tierpsborna")),
    "wessel": dict(probe=r"wessel", rel=S("wessel wessels")),
    "avgång": dict(probe=r"avg[åi]|avgick", rel=S("avgång avgången"), no=S("avgår")),
    "folkhälsomyndigheten": dict(probe=r"folkhälsomyndighet", rel=S("folkhälsomyndigheten")),
    "smittskyddsläkare": dict(probe=r"smittskyddsläk", rel=S("smittskyddsläkaren")),
    "rykte": dict(probe=r"rykt", rel=S("rykten ryktena ryktet")),
    "facebook": dict(probe=r"facebook", rel=S("facebook"), comp=S("facebookgrupp")),
    "väktare": dict(
        probe=r"v[äa]kt",
        rel=S("väktare väktaren väktarens"),
        comp=S("väktarbolaget"),
        nei=S("avvakta vaktmästare vaktmästaren"),
    ),
    "kylkedja": dict(probe=r"kylked", rel=S("kylkedja kylkedjan kylkedjor")),
    "förtroende": dict(probe=r"förtro", rel=S("förtroende förtroendet"), comp=S("förtroendekris")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("vaccinet", "inflection", False, ("term", "vaccin")),
    ("doserna", "inflection", False, ("term", "dos")),
    ("kylskåpet", "inflection", False, ("term", "kylskåp")),
    ("larmet", "inflection", False, ("term", "larm")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("revaccineringen", "inflection", False, ("term", "revaccinering")),
    ("sprutorna", "inflection", False, ("term", "spruta")),
    ("mottagningen", "inflection", False, ("term", "mottagning")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("nycklarna", "syncope", False, ("term", "nyckel")),
    ("termometrar", "syncope", False, ("term", "termometer")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("exemplet", "syncope", False, ("term", "exempel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("länder", "umlaut", False, ("term", "land")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("mödrar", "umlaut", False, ("term", "mor")),
    ("vård", "compound", True, ("term", "vård")),
    ("apotek", "compound", True, ("term", "apotek")),
    ("skåp", "compound", True, ("term", "skåp")),
    ("sköterska", "compound", True, ("term", "sköterska")),
    ("barnmorska", "compound", True, ("term", "barnmorska")),
    ("gata", "compound", True, ("term", "gata")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("skydd", "compound", True, ("term", "skydd")),
    ('"fel temperatur"', "phrase", False, ("phrase", ["fel", "temperatur"])),
    ('"gravida kvinnor"', "phrase", False, ("phrase", ["gravid", "kvinna"])),
    ('"lex Maria"', "phrase", False, ("phrase", ["lex", "maria"])),
    ('"äldre och gravida"', "phrase", False, ("phrase", ["äldre", "och", "gravid"])),
    ('"falska påståenden"', "phrase", False, ("phrase", ["falsk", "påstående"])),
    ('"ingen svarade"', "phrase", False, ("phrase", ["ingen", "svara"])),
    ('"ny dos"', "phrase", False, ("phrase", ["ny", "dos"])),
    ('"vård och omsorg"', "phrase", False, ("phrase", ["vård", "och", "omsorg"])),
    ("Läkemedelsverket IVO", "boolean", False, ("and", ["läkemedelsverket", "ivo"])),
    ("Enköping OR Tierp", "boolean", False, ("or", ["enköping", "tierp"])),
    ("revaccinering -gravida", "boolean", False, ("not", "revaccinering", "gravid")),
    ("Wessel avgång", "boolean", False, ("and", ["wessel", "avgång"])),
    ("Folkhälsomyndigheten OR smittskyddsläkaren", "boolean", False,
     ("or", ["folkhälsomyndigheten", "smittskyddsläkare"])),
    ("rykten -Facebook", "boolean", False, ("not", "rykte", "facebook")),
    ("väktare larmet", "boolean", False, ("and", ["väktare", "larm"])),
    ("källa:Fyrisbladet larmet", "filter", False, ("filter", "Fyrisbladet", "larm")),
    ("källa:Kvällsstjärnan vaccinet", "filter", False, ("filter", "Kvällsstjärnan", "vaccin")),
    ("källa:Pulsen kylkedjan", "filter", False, ("filter", "Pulsen", "kylkedja")),
    ("källa:Ärlan Tierp", "filter", False, ("filter", "Ärlan", "tierp")),
    ("källa:Runa utredningen", "filter", False, ("filter", "Runa", "utredning")),
    ("typ:opinion förtroende", "filter", False, ("filter", "opinion", "förtroende")),
    ("typ:opinion rykten", "filter", False, ("filter", "opinion", "rykte")),
    ("armen", "trap", False, ("term", "arm")),
    ("gift", "trap", False, ("term", "gift")),
    ("tider", "trap", False, ("term", "tid")),
    ("salen", "trap", False, ("term", "sal")),
    ("listan", "trap", False, ("term", "lista")),
    ("bil", "trap", False, ("term", "bil")),
    ("sår", "trap", False, ("term", "sår")),
    ("kris", "trap", False, ("term", "kris")),
    ("el", "trap", False, ("term", "el")),
    ("passet", "trap", False, ("term", "pass")),
    ("vänner", "trap", False, ("term", "vän")),
    ("halsen", "trap", False, ("term", "hals")),
    ("sticket", "trap", False, ("term", "stick")),
]

HEADER = """# corpus_vaccine.json – judging notes

Invented crisis: Region Uppsala opens its autumn vaccinations against influenza and RSV on 6 October 2026 (free RSV vaccine for the first time for everyone over 75 and for pregnant women from week 28). The whole county's vaccine store has just been gathered in a cold room at the vaccination centre on Kungsgatan in Uppsala, and the region changed security company on 1 September. On Saturday evening 10 October a fuse trips and refrigerator number three is without power for 38 hours; its temperature rises to 17 degrees. The logger's alarm goes by text message to the work phone of a nurse who left in August (switched off in a drawer) and to the new security company, whose guard rings that number three times, gets no answer and, following his instruction, closes the alarm. On Monday a caretaker resets the fuse, nobody notices, and the doses are used at the region's centres until a pharmacist from the hospital pharmacy reads the logger on 29 October. About 7 340 people vaccinated 12–28 October (5 920 against influenza, 1 420 against RSV, 380 of them pregnant) and 140 more in Östhammar, where doses froze in a refrigerator with a faulty thermostat, must be vaccinated again. The region files a lex Maria report; Läkemedelsverket and IVO investigate; the opposition (M) demands the resignation of the health director (hälso- och sjukvårdsdirektör) Karin Wessel; booking lines collapse; false claims spread online (poison, deaths, miscarriages, 'spy chips'), staff are threatened and the Gottsunda centre is daubed with graffiti; an influenza outbreak hits a care home in Tierp. Then to February 2027: the internal inquiry, new alarm chains and a new store at the hospital pharmacy, IVO's criticism on 12 January and Wessel's resignation the next day, Läkemedelsverket's final report proposing national rules, the revaccination's final figures (6 920 of 7 480), a settlement with the security company and the end of the influenza season. Places and public bodies are real (Uppsala with Gottsunda, Sävja, Sunnersta, Storvreta, Kungsgatan, Dragarbrunnsgatan; Enköping, Tierp, Östhammar, Öregrund, Gimo, Alunda, Söderfors, Skutskär, Bålsta/Håbo, Knivsta, Heby; Region Uppsala, Akademiska sjukhuset, Lasarettet i Enköping, Läkemedelsverket, IVO, Folkhälsomyndigheten, 1177, Vårdförbundet, PRO, SKR, Uppsala universitet; their actions are invented); every person, the security company Orion Säkerhet, the refrigeration firm, the care home Solgården and all six outlets are invented: Fyrisbladet (local daily, Uppsala and the county), Kvällsstjärnan (national tabloid), Nyhetsbyrån Runa (wire service, also carrying press releases), Riksposten (national daily), Pulsen (trade paper for nurses and healthcare staff) and Radio Ärlan (local radio, with quotes). 128 articles (109 news, 19 opinion: leaders, debate articles, columns, radio commentaries, letters), published 2 September 2026 to 20 February 2027, +02:00 until 25 October and +01:00 after. The ids vc001–vc128 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *gift* (married; every *gift* is poison), the verb *hälsa* in the infinitive (every *hälsa* is the noun; the verb appears only as *hälsade*), the verb *spruta* in the infinitive (every *spruta* is the syringe or jab; the verb appears only as *sprutade*), *modern* as the definite form of *mor* (every *modern* is the adjective), *lager* as beer or layer (every *lager* is a store or stock), *sår* as a form of the verb *så*, *stick* as the imperative of *sticka*, the verb *lista*, *arm* as the adjective (poor), *pass* as a passport (every *pass* is a work shift). *tid* is judged as one noun whatever its sense (an appointment, time in general); *mönster* and *exempel* likewise.

How the lists were made: src/vaccine_articles.py holds the texts and src/vaccine_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: skåp/skap, gata/gåta, hals/häls, arm/ärm, sår/sar, stad/städ, dotter/dött, natt/nät, land/länd, mor/möd, vård/vard, stick/stack) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *sår* is anchored at the start of the word (*sår*, *såret*, *sårbar*, *Sara*, *Sarah*), *el* likewise (*el*, *elen*, *eller*, *elva*, *Elin* …), and *mor* is probed as *mor-* from the start, *-mor* at the end and *moder*/*mödr* anywhere. Tokens are runs of letters, so *RSV-vaccinet*, *IVO:s*, *lex Maria-anmälan* and *hälso- och sjukvårdsdirektören* are split (*hälso* is a token of its own). `python3 vaccine_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. One line per query:

- **vaccinet** (inflection): *vaccin*, *vaccinet*, *vaccinen*, *vacciner*, *vaccinerna*, *vaccinernas* (also *RSV-vaccinet*, split) relevant; compounds (*influensavaccin*, *vaccinlagret*, *vaccinmissen*) and the derivations *vaccination(en/er/erna)*, *vaccinations-* compounds, *revaccinering(en)*, *vaccinologi* → don't care; the verb *vaccinera* in every form (*vaccinerade*, *vaccineras*, *vaccinerats* …, *revaccinera*) → must_not.
- **doserna** (inflection): *dos*, *dosen*, *doser*, *doserna* relevant; *vaccindoser* compound; *dosett* (a pill organiser) → must_not.
- **kylskåpet** (inflection): *kylskåp*, *kylskåpet*, *kylskåpen* relevant; *läkemedelskylskåp* compound; no lookalike in the texts.
- **larmet** (inflection): *larm*, *larmet*, *larmen* relevant; *temperaturlarm(et)*, *larmkedjan*, *larmnummer* … compounds; the verb *larmade*, *larmar*, *larmat* → must_not.
- **utredningen** (inflection): *utredning*, *utredningen* relevant; *internutredning* compound; *utredare* (the person) don't care; the verb *utreda*, *utreder* → must_not.
- **revaccineringen** (inflection): *revaccinering*, *revaccineringen* relevant; the verb *revaccinera*, *revaccinerade*, *revaccinerats* → must_not.
- **sprutorna** (inflection): *spruta*, *sprutan*, *sprutor*, *sprutorna* relevant; *sprutade* (sprayed graffiti) → must_not.
- **mottagningen** (inflection): *mottagning(en/ar/arna/arnas)* relevant; *vaccinationsmottagningen*, *barnmorskemottagningen*, *akutmottagningen* compounds; *mottagare* and *larmmottagare* (receiver, another lemma) → must_not.
- **anmälningarna** (inflection): *anmälan*, *anmälningar* relevant (also *lex Maria-anmälan*, split); the verb *anmäler*, *anmälde*, *anmält* and the adjective *oanmäld* → must_not.
- **numret** (syncope): *nummer*, *numret* relevant; *larmnummer*, *telefonnummer*, *mobilnummer*, *larmnumren* compounds; *huvudnumret* (the main item, figurative) don't care; *numera* (nowadays) → must_not.
- **lagret** (syncope): *lager*, *lagret*, *lagren* relevant; *vaccinlagret*, *läkemedelslager* compounds; the verb *lagras*, *lagrat* → must_not.
- **nycklarna** (syncope): *nyckel*, *nyckeln*, *nycklar*, *nycklarna* relevant; *nyckelskåp* compound; *nyckfullt* (erratically) → must_not.
- **termometrar** (syncope): *termometer*, *termometern*, *termometrar*, *termometrarna* relevant; *termostaten* (another device, another lemma) → must_not.
- **mönstret** (syncope): *mönster*, *mönstret* relevant; no lookalike in the texts.
- **exemplet** (syncope): *exempel*, *exemplet* relevant; *skolexempel* compound; *exemplar* (copies of a leaflet) → must_not.
- **städer** (umlaut): *stad*, *staden*, *städer* relevant; *stadsdelen* compound; *städa*, *städpersonal(en)* (cleaning) and *bostad* (a word that only looks like a compound) → must_not; *belastad*, *kostade*, *röstade* are neither.
- **döttrar** (umlaut): *dotter*, *döttrar*, *döttrarna* relevant; *dött* (dö) → must_not.
- **nätter** (umlaut): *natt*, *natten*, *nätter*, *nätterna* relevant; *nattpasset*, *nattetid*, *nattpersonal* compounds; *nätet* (the internet) and the adjective *nattlig* → must_not; *nationell*, *naturligtvis* are neither.
- **länder** (umlaut): *landet*, *länder* relevant; *landsbygden* compound; the names *Uppland* and *Nederländerna* don't care (as *Kristianstad* for `stad`); the verb *landa*, *landade* → must_not; *bland*, *Arlanda*, *pressmeddelande* are neither.
- **ledamöter** (umlaut): *ledamot*, *ledamoten*, *ledamöter*, *ledamöterna* relevant; no lookalike.
- **mödrar** (umlaut): *mor*, *mödrar* relevant; *mödravården*, *moderkakan* compounds; the adjective *modern*, *moderna* and the party *Moderaterna*, *moderater*, *Moderaternas* → must_not; *morgon*, *mord* are neither.
- **vård** (compound): *vård*, *vården*, *vårdens* and compounds beginning or ending with it (*vårdcentralen*, *Vårdförbundet*, *vårdgivare*, *sjukvården*, *mödravården*, *intensivvården*, *hemsjukvård*) relevant; *sjukvårdsdirektör(en)* has it inside → don't care; the verb *vårdas* and *vårdnadshavare* (custody, another lemma) → must_not.
- **apotek** (compound): *apotek*, *apoteket*, *apotekets*, *sjukhusapotek(et)* and, with -s-, *apotekspersonalen* relevant; *chefsapotekaren* (a derivation inside a compound) don't care.
- **skåp** (compound): *skåp*, *skåpet*, *skåpets* and *kylskåp(et/en)*, *frysskåp*, *läkemedelskylskåp*, *nyckelskåp* relevant; the diacritic lookalike *skapade* and the *-skap* words *beredskap*, *sällskap*, *kommunikationsvetenskap* → must_not.
- **sköterska** (compound): *sköterska(n)*, *sköterskor(na)* and *sjuksköterska*, *distriktssköterska*, *vaccinationssköterska*, *specialistsjuksköterska* relevant; the verb *sköter*, *skött* → must_not.
- **barnmorska** (compound): *barnmorska(n)*, *barnmorskorna* and, with -e-, *barnmorskemottagningen*, *barnmorskemottagningar* relevant; no lookalike.
- **gata** (compound): *gatan*, *Kungsgatan*, *Centralgatan*, *Dragarbrunnsgatan* and, with -u-, *gatuplan* relevant; *gåta*, *gåtan* (riddle, diacritic pair) → must_not; *gått*, *legat* are neither.
- **hälsa** (compound): *hälsan*, and, with -o-, *hälso* (of *hälso- och sjukvård*), *hälsodirektör(en)* relevant; *Folkhälsomyndigheten* has it inside → don't care; *halsen* (diacritic pair) and the verb *hälsade* (visited) → must_not.
- **vecka** (compound): *vecka*, *veckan*, *veckor*, *veckorna*, *veckors*, *julveckan*, *graviditetsvecka* and, with -o-, *veckoslutet* relevant; *utvecklingen* → must_not.
- **skydd** (compound): *skydd*, *skyddet* and, with -s-, *skyddseffekten* relevant; *smittskyddsläkaren* has it inside → don't care; the verb *skydda*, *skyddar* → must_not.
- **"fel temperatur"** (phrase): *fel temperatur* adjacent relevant (*förvarats i fel temperatur*); *temperaturen har varit fel*, *Samma fel … temperaturer*, *tar fel … rätt temperatur* → must_not; *felet* is a noun and neither; *fel nummer* with only *temperaturlarmet* → don't care.
- **"gravida kvinnor"** (phrase): *gravida kvinnor*, *gravida kvinnorna* relevant; *Kvinnor som är gravida* (reversed) → must_not.
- **"lex Maria"** (phrase): *lex Maria(-anmälan)* relevant; *lex Sarah* with *Maria Lind* in another sentence → must_not.
- **"äldre och gravida"** (phrase): the three words adjacent in order relevant; *alla över 65 och gravida … 65 år eller äldre* → must_not; *äldreboende* is a compound.
- **"falska påståenden"** (phrase): *falska påståenden* relevant; *Påståendena är falska* (reversed) → must_not.
- **"ingen svarade"** (phrase): *ingen svarade* and *ingen svarar* (inflected, adjacent) relevant; *ingen* (or *inget*, *inga*) and a form of *svara* apart (*ingen äger dem … vem svarar?*) → must_not; the noun *svar* is neither.
- **"ny dos"** (phrase): *ny dos*, *nya dosen* relevant; *nya* and *dos(er)* apart → must_not.
- **"vård och omsorg"** (phrase): *Inspektionen för vård och omsorg* relevant; *omsorg … vården* apart → must_not.
- **Läkemedelsverket IVO** (AND): both relevant; only one → must_not (IVO is always named with its abbreviation).
- **Enköping OR Tierp** (OR): either relevant (*Tierps* is the genitive); *Tierpsborna* is a compound.
- **revaccinering -gravida** (NOT): *revaccinering(en)* without *gravid(a)* relevant; with them → must_not; only the verb *revaccinerade* → must_not; *graviditeten* is don't care for `gravida`.
- **Wessel avgång** (AND): *Wessel(s)* with *avgång(en)* relevant; Wessel without it, or with only the verb *avgår*, → must_not.
- **Folkhälsomyndigheten OR smittskyddsläkaren** (OR): either relevant.
- **rykten -Facebook** (NOT): *rykten*, *ryktet*, *ryktena* without *Facebook* relevant; with *Facebook* → must_not; with only *Facebookgrupp* → don't care.
- **väktare larmet** (AND): a form of *väktare* and *larm(et/en)* relevant; only one, or *väktare* with only *larmade*, → must_not; *väktare* with only *temperaturlarmet*, *larmkedjan* → don't care; *vaktmästare* is neither.
- **källa:Fyrisbladet larmet**, **källa:Kvällsstjärnan vaccinet**, **källa:Pulsen kylkedjan**, **källa:Ärlan Tierp**, **källa:Runa utredningen** (filters): `källa:` matches one word of the outlet's name; articles with the term from other outlets → must_not, as are lookalike-only articles (*larmade*, *vaccinerade*, *utreder*) whatever their outlet.
- **typ:opinion förtroende**, **typ:opinion rykten** (filters): opinion pieces with the term relevant; news with it → must_not; *förtroendekris* alone → don't care.
- **armen** (trap): *arm*, *armen* relevant; *överarmen* compound; *ärmen*, *ärmar* (sleeve, diacritic pair), *larm* with all its forms and compounds and *varmt*, *varmare* (a short word inside longer unrelated words) → must_not; *farmaceut*, *närmaste*, *värme* are neither.
- **gift** (trap): *gift* (poison) relevant; *giftiga*, *giftigt* don't care; *uppgift*, *uppgifter*, *uppgifterna* → must_not.
- **tider** (trap): *tid*, *tiden*, *tider*, *tiderna* relevant; *väntetiderna*, *öppettider*, *lunchtid*, *nattetid*, *arbetstid* compounds; *tidigare*, *tidigt*, *samtidigt*, *alltid* and the surname *Tidholm* → must_not.
- **salen** (trap): *salen* relevant; *gymnastiksalen*, *väntsalen*, *fullmäktigesalen* compounds; *Uppsala*, *Uppsalas*, *uppsalabor* → must_not.
- **listan** (trap): *lista*, *listan*, *listor* relevant; *kontrollista(n)*, *checklista*, *temperaturlistor*, *larmlistor* compounds; *journalist*, *specialistläkare*, *specialistsjuksköterska* → must_not.
- **bil** (trap): *bil* relevant; *kylbil(en/ar)* compounds; *mobil*, *mobiltelefon*, *mobilnummer*, *stabilitetsdata*, *bildas*, *billigt* → must_not; *utbildning* is neither.
- **sår** (trap): *sår*, *såret* relevant; *sårbar*, *sårbara* (vulnerable) and the names *Sara*, *Sarah* (*lex Sarah*) → must_not.
- **kris** (trap): *kris*, *krisen*, *kriser* relevant; *krismöte(t)*, *förtroendekris* compounds; *Kristina*, *Kristian* → must_not.
- **el** (trap): *el*, *elen* relevant; *elavbrottet*, *elcentralen*, *elradiator* compounds; *elektrikern* don't care; *eller*, *elva*, *eleverna*, *Elin* → must_not.
- **passet** (trap): *pass*, *passet*, *passen* relevant; *nattpasset*, *kvällspass*, *helgpass*, *dagpass* compounds; the verbs *passar*, *passerat* → must_not.
- **vänner** (trap): *vän*, *vänner* relevant; *väninna*, *väninnor* don't care; *vänta* with all its forms and compounds (*väntrummet*, *väntsalen*, *väntetiderna*, *förväntas*), *använda* in all its forms and *vänster* → must_not; *nödvändig* is neither.
- **halsen** (trap): *halsen* relevant; every *häls-* word (*hälsan*, *hälso*, *hälsodirektören*, *Folkhälsomyndigheten*, *hälsade*) → must_not.
- **sticket** (trap): *stick*, *sticket* relevant; *stickprov* (random sample, a compound of another sense) don't care; *stackars* → must_not.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("vaccine", "vc", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
