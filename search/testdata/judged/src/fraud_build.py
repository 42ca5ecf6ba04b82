#!/usr/bin/env python3
"""Builds corpus_fraud.json and corpus_fraud.md from fraud_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 fraud_build.py [-v]
"""

import fire_build
from fraud_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "bedrägeri": dict(
        probe=r"bedr[aä]g|bedrog",
        rel=S("bedrägeri bedrägeriet"),
        no=S("bedragit bedrägliga"),
    ),
    "faktura": dict(
        probe=r"faktur",
        rel=S("fakturor fakturorna"),
        comp=S("assistansfakturor"),
        no=S("fakturerade fakturerades fakturerar"),
    ),
    "anmälan": dict(
        probe=r"anmäl",
        rel=S("anmälan anmälningar anmälningarna"),
        comp=S("polisanmälan polisanmälningar"),
        no=S("anmälde anmält oanmälda polisanmäler polisanmält polisanmälts"),
    ),
    "åtal": dict(
        probe=r"åtal",
        rel=S("åtal åtalet"),
        comp=S("åtalspunkter"),
        no=S("åtalad åtalade åtalas"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningar utredningen"),
        comp=S("assistansutredningen"),
        dc=S("utredare utredaren utredarna"),
        no=S("utredas utreddes utreder"),
    ),
    "brukare": dict(
        probe=r"bruk",
        rel=S("brukare brukaren brukarna brukarnas"),
        comp=S("brukarorganisationerna"),
        no=S("brukade"),
    ),
    "lön": dict(
        probe=r"lön",
        rel=S("lön lönen löner lönerna"),
        comp=S("lönegarantin lönelistor"),
        no=S("belöning löna lönar"),
    ),
    "kontroll": dict(
        probe=r"kontroll",
        rel=S("kontroll kontrollen kontroller kontrollerna"),
        comp=S("kontrollverksamhet stickprovskontroller"),
        dc=S("kontrollanter"),
        no=S("kontrollera kontrollerade kontrollerar kontrolleras"),
    ),
    "timme": dict(
        probe=r"tim",
        rel=S("timme timmar timmarna"),
        comp=S("assistanstimmar"),
        no=S("timmerhus"),
        nei=S("fatima"),
    ),
    # --- syncope ---
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        no=S("medelstora medlemmar omedelbart"),
    ),
    "förälder": dict(
        probe=r"för[äå]ld",
        rel=S("förälder föräldrar föräldrarna"),
        no=S("föråldrade"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster mönstret"),
    ),
    "nummer": dict(
        probe=r"num",
        rel=S("numren numret"),
        comp=S("organisationsnummer personnummer"),
        no=S("numera"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regler reglerna"),
        comp=S("regelbundna"),
        no=S("regleras"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        comp=S("varningstecken"),
        no=S("antecknade tecknat"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("stad stads städer"),
        comp=S("storstäderna"),
        no=S("städa städningen"),
        nei=S("festade lastades röstade"),
    ),
    "bror": dict(
        probe=r"^bro[dr]|^bröd|bror",
        rel=S("bror bröder bröderna brödernas"),
        no=S("bröd"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattpass"),
        no=S("nätet nätverken"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamoten ledamöter ledamöterna"),
    ),
    "dotter": dict(
        probe=r"d[oö]tt",
        rel=S("dotter döttrar döttrarna"),
        dc=S("dotterbolag dotterbolaget dotterbolagets"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("landet landets länder länderna"),
        dc=S("thailand götalands utomlands"),
        no=S("landade landvetter"),
        nei=S("bland däribland ibland inblandade inblandning missförhållanden missförhållandena pressmeddelande "
              "uttalande"),
    ),
    # --- compounds ---
    "assistans": dict(
        probe=r"assist",
        rel=S("assistans assistansen"),
        comp=S("assistansbolag assistansbolagen assistansbolaget assistansbranschen assistansersättning "
               "assistansersättningen assistansfakturor assistansfusk assistansfusken assistansfusket "
               "assistanskooperativens assistansmål assistanstimmar assistansutredningen assistansärendet"),
        dc=S("assistent assistenten assistenter assistenterna spökassistenter"),
    ),
    "bidrag": dict(
        probe=r"bidr",
        rel=S("bidrag"),
        comp=S("bidragsberoende bidragsbrott bidragsbrotten bidragspengarna"),
        no=S("bidra bidragit bidrar"),
    ),
    "brott": dict(
        probe=r"brot",
        rel=S("brott brotten brottet"),
        comp=S("bidragsbrott bidragsbrotten bokföringsbrott välfärdsbrott"),
        dc=S("brottslighet brottsligheten brottslingar brottslingarna välfärdsbrottsligheten"),
        no=S("avbrott"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("hemtjänst socialtjänsten tjänstemännen tjänstepension"),
        no=S("förtjänar tjänat"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckor"),
        comp=S("påskveckan veckorapporter"),
        no=S("utvecklas"),
    ),
    "gata": dict(
        probe=r"g[aå]t(a|an|or|orna|u)",
        rel=S("gatan"),
        comp=S("gatuplanet kungsgatan"),
        no=S("gåta"),
        nei=S("obligatorisk"),
    ),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna"),
        comp=S("kommunchefen kommunfullmäktige kommunstyrelsen kommunstyrelsens"),
        dc=S("kommunal kommunals kommunalrådet"),
        no=S("kommunikationschef"),
    ),
    "fusk": dict(
        probe=r"fusk",
        rel=S("fusk fusket"),
        comp=S("assistansfusk assistansfusken assistansfusket miljonfusk"),
        dc=S("fuskare"),
        no=S("fuska fuskade"),
    ),
    "konto": dict(
        probe=r"konto",
        rel=S("konto konton"),
        comp=S("bankkonton kontoutdragen"),
        no=S("kontor kontoret"),
    ),
    # --- traps ---
    "dom": dict(
        probe=r"d[oö]m",
        rel=S("dom domen"),
        comp=S("domstol"),
        no=S("bedömer bedömningar bedömningen bedöms dömda dömde döms muskelsjukdom"),
    ),
    "vän": dict(
        probe=r"v[äa]n",
        rel=S("vän vänner"),
        no=S("använda använder användes används invända vandaliserad vanligaste vanligt vända vänern vänerns "
             "vänersborg vänersborgs väntade väntan väntar väntas väntat återvända"),
        nei=S("avancerade försvann härvan"),
    ),
    "öre": dict(
        probe=r"öre",
        rel=S("öre"),
        no=S("bemanningsföretag före förebygga förekommer förekommit förening föreskrifter föreslår föreslås "
             "företrädare"),
        nei=S("förhöret funktionsrättsrörelsen skadegörelse skadegörelsen"),
    ),
    "tal": dict(
        probe=r"tal",
        rel=S("tal talet"),
        comp=S("flertal fyrtiotal sextiotal tiotusentals tjugotal trettiotal tusentals"),
        dc=S("antal antalet samtal"),
        no=S("avtal betala betalade betalades betalar betalas betalat betalats betalt digital digitalt inbetald "
             "obetalda skattebetalarna skattebetalarnas stal tala talan talar utbetalningar utbetalningarna "
             "utbetalningsmyndigheten uttalande välfärdsutbetalningar åtal åtalad åtalade åtalas åtalet "
             "åtalspunkter"),
        nei=S("götalands totalt"),
    ),
    "stöd": dict(
        probe=r"st[öo]d",
        rel=S("stöd"),
        comp=S("stödlinje stödlinjen"),
        no=S("avstod förstod stod stödjer"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        comp=S("lagförslag lagrådsremiss lagändringarna visselblåsarlagen"),
        dc=S("lagligt"),
        no=S("assistansbolag assistansbolagen assistansbolaget bolag bolagen bolaget bolagets bolags bolagsregistret "
             "dotterbolag dotterbolaget dotterbolagets moderbolaget inlagd inlagda kartlagt laga lagt málaga "
             "sammanlagt underlag underlaget"),
        nei=S("anklagelser beslag beslagtagit förslag förslagen förslaget kammaråklagare åklagaren åklagarens "
              "överklaga överklagande överklagar överklagas överklagat"),
    ),
    "hot": dict(
        probe=r"hot",
        rel=S("hot"),
        dc=S("hotfulla"),
        no=S("hotad hotar hotell"),
    ),
    "mål": dict(
        probe=r"m[aå]l",
        rel=S("mål målen målet"),
        comp=S("assistansmål"),
        no=S("mallar malmö måltid vittnesmålet"),
        nei=S("formalitet"),
    ),
    "vård": dict(
        probe=r"v[åäa]rd",
        rel=S("vård vården"),
        no=S("vardag vardera värda värdig värdigt"),
        nei=S("arbetsgivardeklarationer"),
    ),
    "ord": dict(
        probe=r"ord",
        rel=S("ord orden ordet"),
        no=S("anordnare anordnaren anordnarna arresteringsorder bordet förbundsordförande ordförande ordföranden "
             "ordnat samordnare samordnaren smörgåsbord"),
        nei=S("borde gjorde gjordes"),
    ),
    "rad": dict(
        probe=r"r[aå]d",
        rel=S("rad"),
        no=S("branschrådet kommunalrådet lagrådsremiss område oppositionsrådet radio rådmannen"),
        nei=S("ansvarade attesterades avancerade eskorterades fakturerade fakturerades funktionshindrade förlorade "
              "föråldrade imponerad klarade kontrollerade kritiserade lurade organiserad organiserade planerad "
              "presenterades rapporterade rapporterades reagerade svarade vandaliserad vägrade ändrades"),
    ),
    "pass": dict(
        probe=r"pass",
        rel=S("pass"),
        comp=S("nattpass"),
        no=S("passade"),
    ),
    "skatt": dict(
        probe=r"skatt",
        rel=S("skatt skatter"),
        comp=S("skattebetalarna skattebetalarnas skattepengar skatteverket skatteverkets"),
        no=S("uppskattning"),
    ),
    # --- words of phrases, booleans and filters ---
    "personlig": dict(probe=r"^personlig", rel=S("personlig personliga")),
    "falsk": dict(probe=r"^falsk", rel=S("falsk falska")),
    "tidrapport": dict(
        probe=r"tidrapport",
        rel=S("tidrapport tidrapporten tidrapporter tidrapporterna"),
        nei=S("tidrapportering"),
    ),
    "grov": dict(probe=r"^grov", rel=S("grov grovt")),
    "bidragsbrott": dict(probe=r"bidragsbrott", rel=S("bidragsbrott bidragsbrotten")),
    "vänersborgs": dict(probe=r"^vänersborg", rel=S("vänersborg vänersborgs")),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten tingsrättens tingsrätts")),
    "felaktig": dict(probe=r"^felaktig", rel=S("felaktiga felaktigt")),
    "utbetalning": dict(
        probe=r"utbetalning",
        rel=S("utbetalningar utbetalningarna"),
        comp=S("utbetalningsmyndigheten välfärdsutbetalningar"),
    ),
    "kommunstyrelsen": dict(probe=r"kommunstyrelse", rel=S("kommunstyrelsen kommunstyrelsens")),
    "ordförande": dict(
        probe=r"ordförand",
        rel=S("ordförande ordföranden"),
        comp=S("förbundsordförande"),
    ),
    "rätt": dict(probe=r"^rätt(en|ens)?$", rel=S("rätt rätten")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "häkta": dict(
        probe=r"häkt",
        rel=S("häktad häktade häktades häktas"),
        nei=S("häktet"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "sin": dict(probe=r"^sin$", rel=S("sin")),
    "frånvaro": dict(probe=r"frånvar", rel=S("frånvaro")),
    "visselblåsare": dict(
        probe=r"visselblås",
        rel=S("visselblåsare visselblåsaren"),
        comp=S("visselblåsarlagen"),
    ),
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens"),
        comp=S("polisanmälan polisanmälningar polisbilar polismyndigheten"),
        dc=S("polisanmäler polisanmält polisanmälts"),
    ),
    "ivo": dict(probe=r"^ivo$", rel=S("ivo")),
    "socialstyrelsen": dict(probe=r"socialstyrelse", rel=S("socialstyrelsen")),
    "åklagare": dict(
        probe=r"åklagar",
        rel=S("åklagaren åklagarens"),
        comp=S("kammaråklagare"),
    ),
    "anhörig": dict(probe=r"anhörig", rel=S("anhörig anhöriga")),
    "skatteverket": dict(probe=r"skatteverk", rel=S("skatteverket skatteverkets")),
    "kronofogden": dict(probe=r"kronofog", rel=S("kronofogden")),
    "socialnämnd": dict(probe=r"socialnämnd", rel=S("socialnämnden socialnämndens")),
    "utbetalningsmyndigheten": dict(probe=r"utbetalningsmyndighet", rel=S("utbetalningsmyndigheten")),
    "försäkringskassan": dict(probe=r"försäkringskass", rel=S("försäkringskassan försäkringskassans")),
    "assistansersättning": dict(
        probe=r"assistansersättning",
        rel=S("assistansersättning assistansersättningen"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("bedrägeriet", "inflection", False, ("term", "bedrägeri")),
    ("fakturorna", "inflection", False, ("term", "faktura")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("åtalet", "inflection", False, ("term", "åtal")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("brukarna", "inflection", False, ("term", "brukare")),
    ("lönerna", "inflection", False, ("term", "lön")),
    ("kontrollerna", "inflection", False, ("term", "kontroll")),
    ("timmarna", "inflection", False, ("term", "timme")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("förälder", "syncope", False, ("term", "förälder")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("nummer", "syncope", False, ("term", "nummer")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bror", "umlaut", False, ("term", "bror")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("länder", "umlaut", False, ("term", "land")),
    ("assistans", "compound", True, ("term", "assistans")),
    ("bidrag", "compound", True, ("term", "bidrag")),
    ("brott", "compound", True, ("term", "brott")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("gata", "compound", True, ("term", "gata")),
    ("kommun", "compound", True, ("term", "kommun")),
    ("fusk", "compound", True, ("term", "fusk")),
    ("konto", "compound", True, ("term", "konto")),
    ('"personlig assistans"', "phrase", False, ("phrase", ["personlig", "assistans"])),
    ('"falska tidrapporter"', "phrase", False, ("phrase", ["falsk", "tidrapport"])),
    ('"grovt bidragsbrott"', "phrase", False, ("phrase", ["grov", "bidragsbrott"])),
    ('"Vänersborgs tingsrätt"', "phrase", False, ("phrase", ["vänersborgs", "tingsrätt"])),
    ('"felaktiga utbetalningar"', "phrase", False, ("phrase", ["felaktig", "utbetalning"])),
    ('"kommunstyrelsens ordförande"', "phrase", False, ("phrase", ["kommunstyrelsen", "ordförande"])),
    ('"rätt till assistans"', "phrase", False, ("phrase", ["rätt", "till", "assistans"])),
    ('"häktad i sin frånvaro"', "phrase", False, ("phrase", ["häkta", "i", "sin", "frånvaro"])),
    ("visselblåsaren polisen", "boolean", False, ("and", ["visselblåsare", "polis"])),
    ("IVO OR Socialstyrelsen", "boolean", False, ("or", ["ivo", "socialstyrelsen"])),
    ("åklagaren -tingsrätten", "boolean", False, ("not", "åklagare", "tingsrätt")),
    ("brukarna anhöriga", "boolean", False, ("and", ["brukare", "anhörig"])),
    ("Skatteverket OR Kronofogden", "boolean", False, ("or", ["skatteverket", "kronofogden"])),
    ("socialnämnden -kommunstyrelsen", "boolean", False, ("not", "socialnämnd", "kommunstyrelsen")),
    ("Utbetalningsmyndigheten Försäkringskassan", "boolean", False,
     ("and", ["utbetalningsmyndigheten", "försäkringskassan"])),
    ("källa:Fallposten socialnämnden", "filter", False, ("filter", "Fallposten", "socialnämnd")),
    ("källa:Spira åtalet", "filter", False, ("filter", "Spira", "åtal")),
    ("källa:Kvällsstjärnan visselblåsaren", "filter", False, ("filter", "Kvällsstjärnan", "visselblåsare")),
    ("källa:Omsorgsbladet assistansersättningen", "filter", False,
     ("filter", "Omsorgsbladet", "assistansersättning")),
    ("källa:Älvkanten brukarna", "filter", False, ("filter", "Älvkanten", "brukare")),
    ("typ:opinion kontrollerna", "filter", False, ("filter", "opinion", "kontroll")),
    ("typ:opinion bidragsbrott", "filter", False, ("filter", "opinion", "bidragsbrott")),
    ("dom", "trap", False, ("term", "dom")),
    ("vän", "trap", False, ("term", "vän")),
    ("öre", "trap", False, ("term", "öre")),
    ("tal", "trap", False, ("term", "tal")),
    ("stöd", "trap", False, ("term", "stöd")),
    ("lag", "trap", False, ("term", "lag")),
    ("hot", "trap", False, ("term", "hot")),
    ("mål", "trap", False, ("term", "mål")),
    ("vård", "trap", False, ("term", "vård")),
    ("ord", "trap", False, ("term", "ord")),
    ("rad", "trap", False, ("term", "rad")),
    ("pass", "trap", False, ("term", "pass")),
    ("skatt", "trap", False, ("term", "skatt")),
]

HEADER = """# corpus_fraud.json – judging notes

Invented crisis: a large fraud with the state assistance allowance (assistansersättning) in Trollhättan, Västra Götaland. On Monday 2 March 2026 the local daily reveals that Försäkringskassan has reported the private care company Solvik Omsorg AB (some 60 clients in Trollhättan, Vänersborg and Uddevalla, 140 assistants), owned by the brothers Mikael (chief executive) and Jonas Hedlund (finance), to the police for grovt bidragsbrott: for years it billed hours of personal assistance that were never given, with time reports filled in at the office on Kungsgatan, ghost assistants whose personal identity numbers were used (one lived in Thailand), relatives employed on paper who handed most of the pay back, and invoices from a subsidiary, Solvik Bemanning AB, through which over 20 million kronor went to a company in Spain, private accounts and cash. The whistleblower is a former coordinator, Nadia Berglund, who is threatened and whose car is vandalised. Försäkringskassan stops the payments on 5 March; the municipality (Trollhättans stad) takes over the assistance in its own management and hires the assistants; the police raid the office on 17 March and arrest four; Vänersborgs tingsrätt detains three and, on 20 March, the chief executive in his absence; he is arrested in Málaga on 8 April and handed over on 24 April. IVO revokes the permit, Skatteverket and Kronofogden act, both companies go bankrupt in May. Försäkringskassan reviews all clients' entitlement; a woman with a spinal cord injury, Hanna Ek, loses her assistance in June and wins it back in the administrative court in September; families who had warned the social welfare committee in 2023 were never answered. The auditors criticise the committee, the head of social services resigns, a vote of no confidence against the committee's chair fails, the municipal board's chair is pressed but stays. Nationally: the minister for social insurance promises controls and electronic time reporting (a speech in Almedalen), ISF and Utbetalningsmyndigheten report, SKR asks the state to repay the municipalities, tougher penalties are proposed, the disability movement warns that controls hit the clients. Seven are charged on 29 September, the trial in Vänersborgs tingsrätt runs from 9 November (clients, relatives and the whistleblower testify), the verdict on 21 January 2027 gives the brothers five and a half and five years and damages of 77 million kronor; both sides appeal to Hovrätten för Västra Sverige. Places and public bodies are real (Trollhättan with Kungsgatan, Lextorp, Kronogården, Sylte, Skoftebyn, Lärketorp and Hjulkvarnelund, Vänersborg, Vänern, Uddevalla, Lilla Edet, Grästorp, Lidköping, Göteborg, Landvetter, Málaga, Marbella; Försäkringskassan, Polisen in Fyrbodal, Åklagarmyndigheten, Vänersborgs tingsrätt, Förvaltningsrätten i Göteborg, Hovrätten för Västra Sverige, IVO, ISF, Socialstyrelsen, Skatteverket, Kronofogden, Utbetalningsmyndigheten, SKR, NÄL, Sahlgrenska universitetssjukhuset, Kommunal, Funktionsrätt Sverige; their actions are invented); the companies, the trade association, the foundation, every person and all six outlets are invented: Fallposten (local daily, Trollhättan and Vänersborg, with leaders and letters), Radio Älvkanten (local radio, spoken quotes, one commentary), Nyhetsbyrån Spira (wire service, terse, also press releases), Kvällsstjärnan (tabloid, with columns), Omsorgsbladet (trade paper for care and social services, with debate articles) and Riksbladet (national daily, analysis, leaders and debate articles). 123 articles (105 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 2 March 2026 to 10 February 2027, +01:00 until 29 March 2026, +02:00 until 25 October and +01:00 after. The ids C001–C123 follow publication time; query ids are C-q01 … C-q65.

Kept out of the texts as the README asks: the pronoun *man* (also the noun, to be safe), the verb *händer* (and *hände*), the verb *hamnar* (and *hamnade*), *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the colloquial pronoun *dom* (every *dom* is a verdict), *rätt* as adjective or adverb (every *rätt*, *rätten* is the noun: a right, or the court), *mål* meaning a meal (every *mål* is a case or a goal; the meal appears only in *måltid*), *lag* meaning a team and the verb *lagar* (every *lag*, *lagen* is a law), *pass* as the imperative of *passa* and *stöd* as the imperative of *stödja* (every *pass* is a work shift, every *stöd* support), *medel* meaning an average (every *medel*, *medlen* is funds), *tal* meaning a number on its own (every *tal*, *talet* is a speech), *skatt* meaning a treasure. Surnames that contain a probed stem were avoided.

How the lists were made: src/fraud_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/fraud_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: vän/van, stöd/stod, mål/mal, vård/värd/vard, rad/råd, dom/döm, stad/städ, natt/nätt/nät, land/länd, dotter/dött, bror/bröd, förälder/föråld, gata/gåta) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so *IVO:s*, *vd:n*, *LSS-reformen* and numbers are split or dropped. `python3 fraud_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For traps, a word that begins or ends with the query's letters, or has them as a visible part or with the other vowel of a diacritic pair, is a lookalike (must_not); a word that has the letters only by accident across its syllables (*borde*, *gjorde* for `ord`, *förslag* for `lag`, past participles in *-rade* for `rad`, *totalt* for `tal`) is neither. The particular calls, one line per query:

- **Inflection.** `bedrägeriet`: *bedrägeri*, *bedrägeriet* relevant; the adjective *bedrägliga* and the verb *bedragit* (bedra) → must_not. `fakturorna`: *fakturor(na)* relevant; the verb *fakturerade*, *fakturerades*, *fakturerar* → must_not; *assistansfakturor* compound. `anmälningarna`: *anmälan*, *anmälningar(na)* relevant; the verb *anmälde*, *anmält*, *polisanmäler*, *polisanmält*, *polisanmälts* and the adjective *oanmälda* → must_not; *polisanmälan*, *polisanmälningar* compounds. `åtalet`: *åtal*, *åtalet* relevant; the verb and participle *åtalas*, *åtalad*, *åtalade* → must_not; *åtalspunkter* compound. `utredningen`: *utredning(en)*, *utredningar* relevant; the verb *utreder*, *utreddes*, *utredas* → must_not; *utredare*, *utredaren*, *utredarna* (the person) don't care; *assistansutredningen* compound. `brukarna`: *brukare*, *brukaren*, *brukarna*, *brukarnas* relevant; the verb *brukade* (used to) → must_not; *brukarorganisationerna* compound. `lönerna`: *lön*, *lönen*, *löner*, *lönerna* relevant; *löna sig*, *lönar sig* and *belöning* → must_not; *lönegarantin*, *lönelistor* compounds. `kontrollerna`: *kontroll(en)*, *kontroller(na)* relevant; the verb *kontrollera*, *kontrollerade*, *kontrollerar*, *kontrolleras* → must_not; *kontrollanter* don't care; *kontrollverksamhet*, *stickprovskontroller* compounds. `timmarna`: *timme*, *timmar(na)* relevant; *timmerhus* (timber) → must_not; *assistanstimmar* compound; *Fatima* neither.
- **Syncope.** `medlen`: *medel*, *medlen* (funds) relevant; *medlemmar*, *medelstora* (medium-sized) and *omedelbart* → must_not. `förälder`: *förälder*, *föräldrar(na)* relevant; *föråldrade* (outdated) → must_not. `mönstret`: *mönster*, *mönstret* relevant; no lookalike in the texts. `nummer`: *numret*, *numren* relevant; *numera* → must_not; *personnummer*, *organisationsnummer* compounds. `reglerna`: *regler*, *reglerna* relevant; the verb *regleras* → must_not; *regelbundna* compound. `tecken`: *tecken*, *tecknen* relevant; *tecknat* (tecknat avtal) and *antecknade* → must_not; *varningstecken* compound.
- **Umlaut.** `städer`: *stad*, *stads* (*Trollhättans stad*), *städer* relevant; *städa*, *städningen* → must_not; *storstäderna* compound; *festade*, *röstade*, *lastades* neither. `bror`: *bror*, *bröder*, *bröderna*, *brödernas* relevant; *bröd* → must_not. `nätter`: *natt*, *natten*, *nätter*, *nätterna* relevant; *nätet*, *nätverken* → must_not; *nattpass*, *midnatt* compounds. `ledamöter`: *ledamot*, *ledamoten*, *ledamöter*, *ledamöterna* relevant; no lookalike. `döttrar`: *dotter*, *döttrar(na)* relevant; *dotterbolag(et/ets)* (a subsidiary) don't care, as in the ferry corpus. `länder`: *landet*, *landets*, *länder*, *länderna* relevant; the verb *landade* and the place *Landvetter* → must_not; *Thailand*, *Västra Götalands* and *utomlands* don't care (as *Kristianstad* for `stad`); *bland*, *ibland*, *uttalande*, *pressmeddelande* … neither.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *bidragsbrott*, *bidragspengarna*, *bidragsberoende*; -e- *tjänstemännen*, *tjänstepension*; -u- *gatuplanet*; -o- *veckorapporter*; none *assistansbolaget*, *assistansersättningen*, *hemtjänst*, *socialtjänsten*, *påskveckan*, *Kungsgatan*, *kommunstyrelsen*, *kommunfullmäktige*, *assistansfusket*, *miljonfusk*, *bankkonton*, *kontoutdragen*, *bokföringsbrott*, *välfärdsbrott*. `assistans`: *assistent*, *assistenter* … (the person, not the service) don't care; no lookalike. `bidrag`: the verb *bidra*, *bidrar*, *bidragit* → must_not. `brott`: *avbrott* (a break) → must_not; the derivations *brottslighet*, *brottsling(ar)* don't care. `tjänst`: *tjänat* (tjäna) and *förtjänar* → must_not. `vecka`: *utvecklas* → must_not. `gata`: *gåta* (a riddle) → must_not; *obligatorisk* neither. `kommun`: *kommunikationschef* → must_not; the adjective *kommunal*, the union *Kommunal(s)* and *kommunalrådet* don't care. `fusk`: the verb *fuska*, *fuskade* → must_not; *fuskare* don't care. `konto`: *kontor*, *kontoret* (the office) → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. `"personlig assistans"`: *personlig assistans*, *sin personliga assistans* relevant; *en personlig prövning* with *assistans* elsewhere → must_not; *personlig assistent* alone don't care. `"falska tidrapporter"`: relevant where adjacent; *falsk timme på en tidrapport* and *tidrapporterna var falska* → must_not. `"grovt bidragsbrott"`: forms of *grov* are *grov*, *grovt*; *grovt bedrägeri eller bidragsbrott* → must_not. `"Vänersborgs tingsrätt"`: *Vänersborgs tingsrätt(s)* relevant; *tingsrätten i Vänersborg* (reordered) and *Rättegången i Vänersborg … tingsrätten* → must_not. `"felaktiga utbetalningar"`: *var utbetalningarna felaktiga* → must_not; *betalas ut felaktigt* with only *Utbetalningsmyndigheten* is don't care. `"kommunstyrelsens ordförande"`: relevant where adjacent; *Ordförande i kommunstyrelsen* (reordered) and *Nämndens ordförande … kommunstyrelsen* → must_not. `"rätt till assistans"`: *rätt till assistans* and *rätten till assistans* relevant; *den assistans de har rätt till*, *rätten till ersättning*, *rätt till ett värdigt liv* and *Rätten skriver …* with *assistans* elsewhere → must_not. `"häktad i sin frånvaro"`: forms of *häkta* are *häktad*, *häktade*, *häktades*, *häktas* (*häktet*, the jail, is neither); *ska häktas i sin frånvaro*, *häktades i sin frånvaro* and the title *Vd:n häktad i sin frånvaro* relevant; *suttit häktad* with *under sin frånvaro* elsewhere → must_not.
- **Booleans**: AND – an article with only some terms is must_not (most have *Försäkringskassan* or *polisen* but not the other term); one where a missing term is only inside a compound (*polisanmälan*, *visselblåsarlagen*) is don't care. NOT – an article with the excluded term is must_not; *kammaråklagare* alone is a compound, so don't care for `åklagaren`. OR – no lookalike of *IVO*, *Socialstyrelsen*, *Skatteverket* or *Kronofogden* in the texts.
- **Filters**: `källa:` matches one word of the outlet's name (*Fallposten*, *Spira*, *Kvällsstjärnan*, *Omsorgsbladet*, *Älvkanten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. `källa:Spira åtalet`: *åtalas*, *åtalade* → must_not; *åtalspunkter* don't care.
- **Traps.** `dom` (a verdict): *dom*, *domen* relevant; the verb *dömde*, *döms*, *dömda*, the verb *bedöma* (*bedömer*, *bedöms*, *bedömningen*, *bedömningar*) and *muskelsjukdom* → must_not; *domstol* compound. `vän`: *vän*, *vänner* relevant; *vänta* (*väntan*, *väntas*, *väntade* …), *använda* (*används*, *användes* …), *vända*, *invända*, *återvända*, *Vänern(s)*, *Vänersborg(s)* and the diacritic lookalikes *vanligt*, *vanligaste*, *vandaliserad* → must_not; *härvan*, *försvann*, *avancerade* neither. `öre`: *öre* relevant; *före* and the *före-* words (*företrädare*, *förening*, *föreslår*, *bemanningsföretag* …) → must_not; *förhöret*, *skadegörelse(n)*, *funktionsrättsrörelsen* neither. `tal` (a speech): *tal*, *talet* relevant; the verb *tala*, *talar*, *talan* (a legal action), *avtal*, *uttalande*, *stal*, *digital(t)*, *åtal* and its forms, *betala* and every *betal-* word (*utbetalningar*, *Utbetalningsmyndigheten*, *skattebetalarna* …) → must_not; *antal(et)*, *samtal* don't care; *sextiotal*, *tusentals* … compounds; *totalt*, *Götalands* neither. `stöd`: *stöd* relevant; *stod*, *förstod*, *avstod* (stå) and the verb *stödjer* → must_not; *stödlinje(n)* compound. `lag` (a law): *lag*, *lagen* relevant; *bolag* and all its forms and compounds, *underlag(et)*, *lagt*, *kartlagt*, *sammanlagt*, *inlagd(a)*, the verb *laga* (cook) and *Málaga* → must_not; *lagligt* don't care; *lagförslag*, *lagrådsremiss*, *lagändringarna*, *visselblåsarlagen* compounds; *förslag*, *beslag*, *åklagaren*, *överklaga*, *anklagelser* neither. `hot`: *hot* relevant; *hotad*, *hotar* (the verb) and *hotell* → must_not; *hotfulla* don't care. `mål` (a case): *mål*, *målet*, *målen* relevant (also *Vårt mål är …*, a goal); *måltid*, *vittnesmålet* (a compound that only looks like it) and *mallar*, *Malmö* → must_not; *assistansmål* compound; *formalitet* neither. `vård`: *vård*, *vården* relevant; *värda*, *värdig(t)*, *vardag*, *vardera* → must_not. `ord`: *ord*, *ordet*, *orden* relevant; *ordförande(n)*, *förbundsordförande*, *anordnare* and its forms, *samordnare(n)*, *ordnat*, *arresteringsorder*, *bordet*, *smörgåsbord* → must_not; *borde*, *gjorde*, *gjordes* neither. `rad`: *rad* (*en rad bolag*, *tre dagar i rad*) relevant; *radio* (also *Radio Älvkanten* in a text), *rådmannen*, *Branschrådet*, *kommunalrådet*, *oppositionsrådet*, *lagrådsremiss* and *område* → must_not; past participles in *-rade* neither. `pass` (a work shift): *pass* relevant; *passade* → must_not; *nattpass* compound. `skatt`: *skatt*, *skatter* relevant; *uppskattning* → must_not; *Skatteverket*, *skattebetalarna*, *skattepengar* compounds.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way fraud_articles does
    assert [a["id"] for a in fire_build.articles(rows, "C")] == [a["id"] for a in ARTICLES]
    fire_build.build("fraud", "C", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
