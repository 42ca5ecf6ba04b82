#!/usr/bin/env python3
"""Builds corpus_roof.json and corpus_roof.md from roof_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Three surface forms have two readings that only the words around them tell apart (*lag*, *lagen*: team or law;
*fara*: danger or the verb "travel"). They are listed under `amb` with the publication times of the articles where
they have the concept's reading (read sentence by sentence); elsewhere they count as lookalikes.

Run from this folder: python3 roof_build.py [-v]
"""

import re

import fire_build
from roof_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "arena": dict(
        probe=r"arena|arenor",
        rel=S("arena arenans arenor arenorna"),
        comp=S("fotbollsarena"),
    ),
    "tak": dict(
        probe=r"tak",
        rel=S("tak taken taket takets"),
        comp=S("takbesiktning takfot takfoten takkanten takkonstruktionen takkonstruktioner taklasten taklutning "
               "takras takraset"),
        no=S("kontakt kontaktat kontaktcenter intakta staketet"),
    ),
    "snö": dict(
        probe=r"sn[öo]",
        rel=S("snö snön snöns"),
        comp=S("rekordsnö snödjupet snödrivor snöfall snölast snölasten snölaster snömängder snöröjning "
               "snöröjningen snöskyfflar snötyngd snövallar snövallen snözon snözonerna"),
        dc=S("konstsnöanläggning"),
        no=S("snöade snöar"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningar utredningen utredningens"),
        no=S("utreda utreder utreds utredare utredaren utredarna"),
    ),
    "besiktning": dict(
        probe=r"besikt",
        rel=S("besiktning besiktningar besiktningarna besiktningarnas besiktningen"),
        comp=S("besiktningsprotokoll besiktningsprotokollen takbesiktning"),
        no=S("besiktigades besiktigas besiktigats"),
    ),
    "anmälan": dict(
        probe=r"anmä",
        rel=S("anmälan anmälningar anmälningarna"),
        no=S("anmält"),
        nei=S("anmärkningar"),
    ),
    "turnering": dict(
        probe=r"turn",
        rel=S("turneringar turneringen turneringens"),
        comp=S("ungdomsturnering ungdomsturneringen"),
    ),
    "konstruktion": dict(
        probe=r"konstru",
        rel=S("konstruktion konstruktionen konstruktioner konstruktionerna"),
        comp=S("takkonstruktionen takkonstruktioner"),
        no=S("konstruktör konstruktören konstruktörer konstruktörerna"),
    ),
    "stängning": dict(
        probe=r"stäng",
        rel=S("stängningarna stängningen"),
        no=S("stängd stängda stängdes stänger stängs stängt stängts"),
    ),
    # --- syncope ---
    "förälder": dict(
        probe=r"föräld",
        rel=S("förälder föräldrar föräldrarna föräldrarnas"),
        comp=S("föräldragruppen föräldragruppens"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regeln regler reglerna"),
        dc=S("regelbunden regelbundet"),
        no=S("reglera"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vinterns vintrar vintrarna"),
    ),
    "nummer": dict(
        probe=r"numm|numr|numer",
        rel=S("nummer numret"),
        no=S("numera"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen tecknet"),
        no=S("tecknat teckningar teckningarna undertecknat"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        no=S("medlemmar"),
        nei=S("omedelbar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("stadsarkitekt stadsdel stadsdelen stadshuset"),
        no=S("städa städat bostadsministern röstade överbelastad"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen|sonson",
        rel=S("son sonen söner sönerna"),
        comp=S("sonson"),
        no=S("söndag söndagen söndagskvällen söndagsmorgonen sönder"),
    ),
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar"),
        no=S("dött"),
    ),
    "bok": dict(
        probe=r"bok|böck",
        rel=S("boken böckerna"),
        comp=S("minnesbok minnesboken"),
        no=S("boka"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter ledamöterna"),
    ),
    "fot": dict(
        probe=r"^fot|fött|foten|fots|fot$",
        rel=S("foten fots fötterna"),
        comp=S("takfot takfoten"),
        no=S("fotbollen fotbollsarena fotot"),
    ),
    # --- compounds ---
    "gata": dict(
        probe=r"gat|gåt",
        rel=S("gatan"),
        comp=S("gatukontoret kyrkogatan storgatan"),
        no=S("gåta"),
        nei=S("besiktigats gått legat obligatorisk"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrkan kyrkans"),
        comp=S("domkyrka domkyrkan kyrkogatan kyrkoherden"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("kundtjänst räddningstjänst räddningstjänsten tjänsteman tjänstemannen tjänstemän tjänstemännen"),
        no=S("tjäna"),
    ),
    "byggnad": dict(
        probe=r"bygg",
        rel=S("byggnaden byggnader"),
        comp=S("byggnadsinspektörer byggnadsnämnd byggnadsnämnden byggnadsnämnder byggnadsnämnderna "
               "idrottsbyggnader träbyggnad"),
        dc=S("ombyggnaden"),
        no=S("bygga byggas byggde byggdes bygger byggt"),
        nei=S("bygg bygget byggföretagen byggföretaget byggföretagets bygglagen bygglov norrlandsbygg norrlandsbyggs"),
    ),
    "brott": dict(
        probe=r"brott|bröt|brust",
        rel=S("brott brotten"),
        comp=S("arbetsmiljöbrott brottsplatsen"),
        no=S("bröt"),
        nei=S("avbröts brustit"),
    ),
    "ungdom": dict(
        probe=r"ungdom",
        rel=S("ungdomar"),
        comp=S("ungdomsansvarige ungdomshockey ungdomslag ungdomsmatcher ungdomsturnering ungdomsturneringen "
               "ungdomsverksamheten"),
    ),
    "hall": dict(
        probe=r"h[aå]ll|häll",
        rel=S("hall hallar hallarna hallen hallens"),
        comp=S("arcushallen björnhallen idrottshallar ishall ishallar ishallarna ishallen kronanhallen kronanhallens "
               "lagerhallar sporthallar träningshall träningshallen"),
        no=S("hallberg hallström håll hålla håller hållit hålls behålla förbehåller innehålla innehåller underhåll "
             "underhållet"),
        nei=S("samhällsplanering samhällsskydd"),
    ),
    "last": dict(
        probe=r"last|läst",
        rel=S("last"),
        comp=S("snölast snölasten snölaster taklasten"),
        dc=S("överbelastad"),
        no=S("läste"),
    ),
    "sorg": dict(
        probe=r"sorg",
        rel=S("sorg sorgen"),
        comp=S("sorgband sorgearbetet"),
        no=S("sorgligt försorg"),
    ),
    # --- traps ---
    "krona": dict(
        probe=r"kron|krön",
        rel=S("kronor"),
        no=S("kronan kronans kronanhallen kronanhallens kronanområdet kronanskolan"),
        nei=S("krönika krönikör"),
    ),
    "Frost": dict(
        probe=r"frost",
        rel=S("frost frosts"),
        no=S("frosten frostnätterna"),
    ),
    "Berg": dict(
        probe=r"berg",
        rel=S("berg"),
        no=S("berglund bergnäset hallberg nyberg ormberget sandberg öberg"),
    ),
    "Vilja": dict(
        probe=r"^vil|^vel",
        rel=S("vilja"),
        no=S("viljan vill ville velat"),
        nei=S("vilhelmina vilken vilket"),
    ),
    "dom": dict(
        probe=r"dom|döm",
        rel=S("dom domen"),
        no=S("domaren domarens döma dömde döms domkyrka domkyrkan ungdomar ungdomsansvarige ungdomshockey "
             "ungdomslag ungdomsmatcher ungdomsturnering ungdomsturneringen ungdomsverksamheten"),
        nei=S("bedöma bedömer"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("laget"),
        amb={"lag": S("2027-02-08T08:00:00+01:00 2027-02-13T15:12:00+01:00 2027-05-04T10:00:00+02:00 "
                      "2027-05-06T08:00:00+02:00 2027-05-20T15:30:00+02:00"),
             "lagen": S("2027-02-13T15:40:00+01:00")},
        comp=S("seniorlaget ungdomslag lagkamrat lagkamrater lagkamraterna lagkapten lagkaptenen"),
        no=S("lagar arbetsmiljölagen bygglagen lagförslag lagom lagt lagts lagerhallar bolaget fastighetsbolag "
             "försäkringsbolag försäkringsbolaget"),
        nei=S("flaggades flaggorna förslag förslaget kammaråklagaren klagomål olaga sammanlagt sekretessbelagt slagit "
              "underlag åklagare åklagaren åklagarens åskslag överklaga"),
    ),
    "fara": dict(
        probe=r"^far",
        rel=S("faran"),
        amb={"fara": S("2027-02-10T11:30:00+01:00 2027-05-05T16:20:00+02:00")},
        nei=S("farmor farväl"),
    ),
    "längd": dict(
        probe=r"läng",
        rel=S("längden"),
        no=S("länge längre längs längst"),
        nei=S("förlängning"),
    ),
    "förståelse": dict(
        probe=r"förstå",
        rel=S("förståelse"),
        no=S("förstå förstår förstått"),
    ),
    "län": dict(
        probe=r"^l[äå]n|läns",
        rel=S("län länet"),
        comp=S("länsstyrelsen länsstyrelsens"),
        dc=S("länsförsäkringar"),
        no=S("lån låna lånar lånet länge längre längs längst längden"),
        nei=S("långa långsidan långt"),
    ),
    "ras": dict(
        probe=r"^ras|raset|rasm|rasp|takras",
        rel=S("ras raset"),
        comp=S("takras takraset rasmassorna rasplatsen"),
        no=S("rasa rasade rasar rasat"),
    ),
    "is": dict(
        probe=r"^is|isen",
        rel=S("is isen"),
        comp=S("isbana isbanan ishall ishallar ishallarna ishallen ishockeyförbundet ishockeyn istider isytan"),
        no=S("isolering polisen polisens"),
    ),
    "Ros": dict(
        probe=r"^ros",
        rel=S("ros"),
        no=S("rosor rosorna rost rosten rostig rostiga rostskador"),
    ),
    # --- words of phrases, booleans and filters ---
    "på": dict(probe=r"^på$", rel=S("på")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "om": dict(probe=r"^om$", rel=S("om")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "rasa": dict(probe=r"^ras", rel=S("rasa rasade rasar rasat"), nei=S("ras raset rasmassorna rasplatsen")),
    "vållande": dict(probe=r"våll", rel=S("vållande")),
    "annans": dict(probe=r"^annan", rel=S("annans"), nei=S("annan")),
    "död": dict(probe=r"^död", rel=S("död döden")),
    "boverket": dict(probe=r"boverk", rel=S("boverket boverkets")),
    "stängd": dict(probe=r"stäng", rel=S("stängd stängda"),
                   nei=S("stängdes stänger stängningarna stängningen stängs stängt stängts")),
    "tyst": dict(probe=r"^tyst", rel=S("tyst tysta"), dc=S("tystaste"), nei=S("tystnaden")),
    "minut": dict(probe=r"minut", rel=S("minut minuten minuter")),
    "byggnadsnämnd": dict(probe=r"byggnadsnämnd",
                          rel=S("byggnadsnämnd byggnadsnämnden byggnadsnämnder byggnadsnämnderna")),
    "luleå": dict(probe=r"luleå", rel=S("luleå luleås")),
    "förundersökning": dict(probe=r"förundersök", rel=S("förundersökning förundersökningen"),
                            comp=S("förundersökningsledaren")),
    "arbetsmiljöbrott": dict(probe=r"arbetsmiljöbrott", rel=S("arbetsmiljöbrott")),
    "polis": dict(probe=r"polis", rel=S("polisen polisens")),
    "skellefteå": dict(probe=r"skellefte", rel=S("skellefteå")),
    "umeå": dict(probe=r"umeå", rel=S("umeå umeås")),
    "piteå": dict(probe=r"piteå", rel=S("piteå")),
    "boden": dict(probe=r"^boden", rel=S("boden bodens")),
    "snölast": dict(probe=r"snölast", rel=S("snölast snölasten snölaster")),
    "snötyngd": dict(probe=r"snötyng", rel=S("snötyngd")),
    "ishall": dict(probe=r"ishall", rel=S("ishall ishallen ishallar ishallarna")),
    "kronan": dict(probe=r"kronan", rel=S("kronan kronans"),
                   dc=S("kronanhallen kronanhallens kronanområdet kronanskolan")),
    "tränare": dict(probe=r"tränar", rel=S("tränare tränaren tränarna"), nei=S("tränar")),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsflykt ansvarsfrågan ansvarsfördelning ansvarsförsäkring"),
        dc=S("anläggningsansvarige ungdomsansvarige"),
        no=S("ansvarar ansvarig ansvariga"),
    ),
    "kommun": dict(
        probe=r"kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna kommunernas kommuns"),
        comp=S("grannkommunerna kommunalrådet kommundirektören kommunfullmäktige kommunfullmäktiges kommunstyrelse "
               "kommunstyrelsen kommunstyrelsens kommunstyrelseordföranden"),
        no=S("kommunal kommunala"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("arenan", "inflection", False, ("term", "arena")),
    ("taket", "inflection", False, ("term", "tak")),
    ("snön", "inflection", False, ("term", "snö")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("besiktningarna", "inflection", False, ("term", "besiktning")),
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("turneringen", "inflection", False, ("term", "turnering")),
    ("konstruktionerna", "inflection", False, ("term", "konstruktion")),
    ("stängningarna", "inflection", False, ("term", "stängning")),
    ("föräldern", "syncope", False, ("term", "förälder")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("vintrar", "syncope", False, ("term", "vinter")),
    ("nummer", "syncope", False, ("term", "nummer")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("medel", "syncope", False, ("term", "medel")),
    ("stad", "umlaut", False, ("term", "stad")),
    ("sönerna", "umlaut", False, ("term", "son")),
    ("dotter", "umlaut", False, ("term", "dotter")),
    ("bok", "umlaut", False, ("term", "bok")),
    ("ledamot", "umlaut", False, ("term", "ledamot")),
    ("fot", "umlaut", False, ("term", "fot")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("byggnad", "compound", True, ("term", "byggnad")),
    ("brott", "compound", True, ("term", "brott")),
    ("ungdom", "compound", True, ("term", "ungdom")),
    ("hall", "compound", True, ("term", "hall")),
    ("last", "compound", True, ("term", "last")),
    ("sorg", "compound", True, ("term", "sorg")),
    ('"snö på taket"', "phrase", False, ("phrase", ["snö", "på", "tak"])),
    ('"taket rasade"', "phrase", False, ("phrase", ["tak", "rasa"])),
    ('"vållande till annans död"', "phrase", False, ("phrase", ["vållande", "till", "annans", "död"])),
    ('"Boverkets regler"', "phrase", False, ("phrase", ["boverket", "regel"])),
    ('"stängda arenor"', "phrase", False, ("phrase", ["stängd", "arena"])),
    ('"byggnadsnämnden i Luleå"', "phrase", False, ("phrase", ["byggnadsnämnd", "i", "luleå"])),
    ('"förundersökning om arbetsmiljöbrott"', "phrase", False,
     ("phrase", ["förundersökning", "om", "arbetsmiljöbrott"])),
    ('"tyst minut"', "phrase", False, ("phrase", ["tyst", "minut"])),
    ("Boverket Luleå", "boolean", False, ("and", ["boverket", "luleå"])),
    ("polisen arbetsmiljöbrott", "boolean", False, ("and", ["polis", "arbetsmiljöbrott"])),
    ("Piteå Boden", "boolean", False, ("and", ["piteå", "boden"])),
    ("Skellefteå OR Umeå", "boolean", False, ("or", ["skellefteå", "umeå"])),
    ("snölast OR snötyngd", "boolean", False, ("or", ["snölast", "snötyngd"])),
    ("ishallen -Kronan", "boolean", False, ("not", "ishall", "kronan")),
    ("Boverket -byggnadsnämnden", "boolean", False, ("not", "boverket", "byggnadsnämnd")),
    ("källa:Bottenviksbladet föräldrarna", "filter", False, ("filter", "Bottenviksbladet", "förälder")),
    ("källa:Norrsken snön", "filter", False, ("filter", "Norrsken", "snö")),
    ("källa:Ripan Boverket", "filter", False, ("filter", "Ripan", "boverket")),
    ("källa:Kvällsblixten tränaren", "filter", False, ("filter", "Kvällsblixten", "tränare")),
    ("källa:Balken konstruktionen", "filter", False, ("filter", "Balken", "konstruktion")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("typ:opinion kommunen", "filter", False, ("filter", "opinion", "kommun")),
    ("kronor", "trap", False, ("term", "krona")),
    ("Frost", "trap", False, ("term", "Frost")),
    ("Berg", "trap", False, ("term", "Berg")),
    ("Vilja", "trap", False, ("term", "Vilja")),
    ("domen", "trap", False, ("term", "dom")),
    ("laget", "trap", False, ("term", "lag")),
    ("faran", "trap", False, ("term", "fara")),
    ("längden", "trap", False, ("term", "längd")),
    ("förståelse", "trap", False, ("term", "förståelse")),
    ("län", "trap", False, ("term", "län")),
    ("raset", "trap", False, ("term", "ras")),
    ("isen", "trap", False, ("term", "is")),
    ("Ros", "trap", False, ("term", "Ros")),
]

HEADER = """# corpus_roof.json – judging notes

Invented crisis: after a winter of record snow in Norrbotten (SMHI's yellow and then orange warnings for large amounts of snow in January and February 2027), the roof of Kronanhallen, a municipal ice-hockey arena from 1978 in the district of Kronan in Luleå (roof strengthened in 2011 by the invented builder Norrlandsbygg AB), collapses at 14.40 on Saturday 13 February 2027, in the second period of a match between Notvikens IK and Kalix HC in the youth tournament Bottenviken Cup for twelve-year-olds. Three of the seven glulam beams give way under more than a metre of wet snow; a third of the roof falls over the east stand. Fifteen people are taken to Sunderby sjukhus; Elis Frost, 11, of Björkskatans SK dies. Then to late May: the police's preliminary investigation (arbetsmiljöbrott, vållande till annans död, vållande till kroppsskada), later led by a prosecutor, two officials and the engineer who used the wrong snow zone suspected; the municipality as owner and the building committee (byggnadsnämnden) that never inspected its own halls; old inspection reports with rust and a sagging beam, parents' photos that were never answered; Boverket's experts, survey, guidance and proposals (mandatory inspection of large roofs), the government's commission; Länsförsäkringar Norrbotten, advances and a lawsuit; ishallar and arenas closed in Skellefteå, Umeå, Piteå, Boden, Lycksele and across both counties; the parents' group (spokesperson Vilja Lax), threats against officials, the chair of the executive committee resigning; the memorial service and funeral in Luleå domkyrka, a minute's silence in every SHL arena, roses at the fence, a memorial book, a memorial place by Hertsövägen. Places and public bodies are real (Luleå, Kronan, Björkskatan, Notviken, Bergnäset, Porsön, Ormberget, Storgatan, Kyrkogatan, Hertsövägen, Boden, Piteå, Kalix, Kiruna, Gällivare, Skellefteå, Umeå, Lycksele, Vilhelmina, Storuman, Sundsvall; SMHI, Boverket, Arbetsmiljöverket, Länsstyrelsen, Region Norrbotten, Sunderby sjukhus, Kammarrätten i Sundsvall, RISE, Svenska Ishockeyförbundet, SHL; their actions are invented); Kronanhallen, Arcushallen and Björnhallen as used here, the clubs (Kronans IF, Björkskatans SK, Notvikens IK …), the company, every person and all six outlets are invented: Bottenviksbladet (local daily, Luleå), Radio Norrsken (local radio, with quotes), Nyhetsbyrån Ripan (wire service, also carrying press releases), Kvällsblixten (tabloid), Balken (construction trade paper) and Dagbladet Norden (national daily). 130 articles (114 news, 16 opinion: leaders, debate articles, columns, chronicles, letters), published 12 January to 26 May 2027, +01:00 until 28 March and +02:00 after. The ids M001–M130 follow publication time.

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the nouns *frost*, *berg*, *ros* and *vilja* in their base forms (every *Frost*, *Berg*, *Ros*, *Vilja* is a person; the common nouns appear only as *frosten*, *berget* in *Ormberget*, *rosor*, *viljan*), the verb *vilja* in the infinitive, *far* (father or the verb), *domarna* (verdicts or referees), the colloquial *dom* (they). Three forms are kept in on purpose and read one by one from their sentence: *lag* and *lagen* (a team – *48 lag*, *Båda lagen* – or a law – *en ny lag*, *Lagen är tydlig*) and *fara* (the noun – *en fara*, *i fara* – or the verb – *ska fara dit*). The build lists them under `amb` with the articles where they have the queried reading; elsewhere they are lookalikes.

How the lists were made: src/roof_articles.py holds the texts and src/roof_build.py (which reuses the judging functions of fire_build.py, with a small wrapper for the `amb` forms) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, hall/håll, last/läst, län/lån, son/sön, dotter/dött, fot/fött, stad/städ, bok/böck, snö/sno) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so hyphenated names (*Ann-Sofi*, *Eva-Lotta*, *Per-Olof*, *Frost-Nilsson*, *SHL-arenor*) and *SK:s*, *IF:s* are split. `python3 roof_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Per query:

- **arenan** (inflection): *arena*, *arenans*, *arenor*, *arenorna* relevant; *fotbollsarena* compound; no lookalike.
- **taket**: all forms of *tak*; the *tak-* compounds don't care; *kontakt*, *kontaktat*, *kontaktcenter*, *intakta*, *staketet* (letters inside other words) must_not.
- **snön**: *snö*, *snön*, *snöns*; the verb *snöade*, *snöar* must_not; *snölast*, *snöröjning* … compounds.
- **utredningen**: the noun; the verb *utreda*, *utreder*, *utreds* and the person *utredare(n/na)* must_not.
- **besiktningarna**: the noun; the verb *besiktigas*, *besiktigades*, *besiktigats* must_not.
- **anmälningarna**: *anmälan*, *anmälningar(na)*; *anmält* must_not; *anmärkningar* neither.
- **turneringen**: the noun; *ungdomsturnering(en)* compound.
- **konstruktionerna**: the noun; the person *konstruktör(en/er/erna)* must_not.
- **stängningarna**: the noun; the verb and participle (*stänger*, *stängs*, *stängt*, *stängd*, *stängda*) must_not.
- **föräldern** (syncope): all forms of *förälder*; *föräldragruppen* compound.
- **reglerna**: *regel*, *regeln*, *regler*, *reglerna*; *reglera* must_not (*reglera personskadorna* is settling claims); *regelbundet* don't care.
- **vintrar**: *vinter*, *vintern*, *vinterns*, *vintrar*, *vintrarna*.
- **nummer**: *nummer*, *numret*; the adverb *numera* must_not.
- **tecknen**: *tecken*, *tecknet*, *tecknen*; *tecknat*, *teckningar*, *undertecknat* must_not.
- **medel**: *medel*, *medlen*; *medlemmar* must_not; *omedelbar* neither.
- **stad** (umlaut): *stad*, *staden*, *stadens*, *städer*; *städa*, *städat*, *bostadsministern*, *röstade*, *överbelastad* must_not; *stadsdel*, *stadshuset* compounds.
- **sönerna**: *son*, *sonen*, *söner*, *sönerna*; *sönder*, *söndag(en)* must_not; *sonson* compound.
- **dotter**: *dotter*, *dottern*, *döttrar*; *dött* must_not.
- **bok**: *boken*, *böckerna*; *boka* must_not; *minnesbok(en)* compound.
- **ledamot**: *ledamoten*, *ledamöter*, *ledamöterna*.
- **fot**: *foten*, *fötterna* and *till fots*; *fotbollen*, *fotbollsarena*, *fotot* must_not; *takfot(en)* compound.
- **gata** (compound, -u-): *gatan*; *gatukontoret*, *Storgatan*, *Kyrkogatan*; *gåta* must_not.
- **kyrka** (-o-): *kyrkan*, *kyrkans*; *kyrkoherden*, *Kyrkogatan*, *domkyrkan*.
- **tjänst** (-e-): *tjänst*; *tjänsteman*, *tjänstemän(nen)*, *räddningstjänsten*, *kundtjänst*; *tjäna* must_not.
- **byggnad** (-s-): *byggnaden*, *byggnader*; *byggnadsnämnden*, *idrottsbyggnader*, *träbyggnad*; the verb *bygga* and its forms must_not; *ombyggnaden* don't care; *bygglov*, *byggföretaget*, *Norrlandsbygg* neither.
- **brott** (-s-): *brott*, *brotten*; *arbetsmiljöbrott*, *brottsplatsen*; *bröt* (bryta) must_not.
- **ungdom** (-s-): *ungdomar*; *ungdomslag*, *ungdomsturnering* …
- **hall**: *hall*, *hallen*, *hallar* …; *ishallen*, *Kronanhallen*, *lagerhallar*, *sporthallar*; *håll*, *hålla*, *håller*, *hålls*, *underhåll*, *innehåller*, *behålla* and the surnames *Hallberg*, *Hallström* must_not.
- **last**: *last*; *snölasten*, *taklasten*; *läste* must_not; *överbelastad* don't care.
- **sorg** (-e-): *sorg*, *sorgen*; *sorgband*, *sorgearbetet*; *sorgligt* (adjective) and *försorg* must_not.
- **"snö på taket"**: adjacent forms (*snön på taket*) relevant; all three words apart must_not.
- **"taket rasade"**: *taket rasade*, *taket har rasat* … only adjacent; *Varför rasade taket?* (reversed) must_not.
- **"vållande till annans död"**: the four words in order.
- **"Boverkets regler"**: the two words adjacent (*regler*, *reglerna*, *regeln* count); *Boverket … de regler* apart must_not.
- **"stängda arenor"**: adjacent; *arenor … stängda* apart must_not.
- **"byggnadsnämnden i Luleå"**: adjacent; *Luleå* elsewhere must_not.
- **"förundersökning om arbetsmiljöbrott"**: adjacent; *förundersökningen … arbetsmiljöbrott* apart must_not.
- **"tyst minut"**: *tyst minut*, *tysta minuten*; *tyst i en minut* must_not; *den tystaste minuten* don't care.
- **Booleans**: AND with only some terms must_not; NOT with the excluded term must_not, with the excluded term only inside a name (*Kronanhallen*, *Kronanskolan*) don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Bottenviksbladet*, *Norrsken*, *Ripan*, *Kvällsblixten*, *Balken*). Articles with the term that fail the filter are must_not. *ansvarig*, *ansvariga*, *ansvarar* and *kommunal(a)* are other words (must_not).
- **kronor** (trap): money only; the district *Kronan*, *Kronans* and *Kronanhallen*, *Kronanskolan*, *Kronanområdet* must_not; *krönika* neither.
- **Frost** (trap): the people (*Elis Frost*, *Mats Frost*, *Frost-Nilsson*, *Frosts*); *frosten* and *frostnätterna* (the weather) must_not.
- **Berg** (trap): the people named Berg; *Bergnäset*, *Ormberget* and the surnames *Berglund*, *Hallberg*, *Nyberg*, *Sandberg*, *Öberg* must_not.
- **Vilja** (trap): the given name (also the middle name in *Karin Vilja Lindmark*); *viljan* (the will) and the verb *vill*, *ville*, *velat* must_not.
- **domen** (trap): *dom*, *domen* (a court's judgment); *domaren*, *domarens* (referee), *döma*, *dömde*, *döms*, *domkyrkan* and *ungdom-* words must_not.
- **laget** (trap): the team (*laget*, *48 lag*, *Båda lagen*); *lag*/*lagen* meaning law, *lagar*, *arbetsmiljölagen*, *bygglagen*, *lagförslag*, the adverb *lagom*, *lagt*, *lagerhallar*, *bolaget*, *försäkringsbolaget* must_not; *lagkamrater*, *ungdomslag* compounds.
- **faran** (trap): the noun (*faran*, *en fara*, *i fara*); the verb in *ska fara dit* must_not.
- **längden** (trap): *längden*; the adverbs *länge*, *längre*, *längst* and the preposition *längs* must_not.
- **förståelse** (trap): the noun; *förstå*, *förstår*, *förstått* must_not.
- **län** (trap): *län*, *länet*; *lån*, *lånet*, *låna*, *lånar* (diacritic) and *länge*, *längre*, *längs*, *längden* must_not; *länsstyrelsen* compound, *Länsförsäkringar* don't care.
- **raset** (trap): the noun *ras*, *raset*; the verb *rasa*, *rasade*, *rasar*, *rasat* must_not; *takraset*, *rasplatsen* compounds.
- **isen** (trap): *is*, *isen*; *polisen*, *polisens*, *isolering* must_not; *ishallen*, *isbanan*, *istider* compounds.
- **Ros** (trap): the people named Ros (*Kent Ros*, *Birgitta Ros*); *rosor*, *rosorna* (flowers), *rost*, *rosten*, *rostiga*, *rostskador* must_not.
"""

# --- the ambiguous forms: read per article ---
_current = {}
_orig_judge = fire_build.judge
_orig_term_class = fire_build.term_class


def _judge(a, spec, compounds):
    _current["published"] = a["published"]
    return _orig_judge(a, spec, compounds)


def _term_class(c, toks, compounds):
    amb = CONCEPTS[c].get("amb", {})
    if amb:
        pub = _current.get("published")
        toks = set(toks)
        hit = [t for t in amb if t in toks and pub in amb[t]]
        miss = [t for t in amb if t in toks and pub not in amb[t]]
        for t in amb:
            toks.discard(t)
        cls = _orig_term_class(c, toks, compounds)
        if hit:
            return "rel"
        if miss and cls is None:
            return "no"
        return cls
    return _orig_term_class(c, toks, compounds)


def _check_probes(arts, verbose):
    """As fire_build.check_probes, with the amb forms counted as classified."""
    vocab = sorted({t for a in arts for s in fire_build.sentences(a) for t in s})
    missing = 0
    for name, c in CONCEPTS.items():
        known = set(c.get("amb", {}))
        for k in ("rel", "comp", "dc", "no", "nei"):
            known |= c.get(k, set())
        found = [t for t in vocab if re.search(c["probe"], t)]
        for t in found:
            if t not in known:
                print("unclassified for %s: %s" % (name, t))
                missing += 1
        for t in known - set(found):
            print("listed for %s but not in the corpus or not probed: %s" % (name, t))
            missing += 1
    pubs = {a["published"] for a in arts}
    for name, c in CONCEPTS.items():
        for t, ps in c.get("amb", {}).items():
            for p in ps - pubs:
                print("amb time of %s/%s not in the corpus: %s" % (name, t, p))
                missing += 1
    return missing


_orig_forms_line = fire_build.forms_line


def _forms_line(name, compounds, corpus_tokens):
    line = _orig_forms_line(name, compounds, corpus_tokens)
    amb = CONCEPTS[name].get("amb", {})
    if amb:
        line += "; read per article (relevant where the sentence has the queried reading, else must_not): " + \
            ", ".join(sorted(amb))
    return line


fire_build.CONCEPTS = CONCEPTS
fire_build.forms_line = _forms_line
fire_build.judge = _judge
fire_build.term_class = _term_class
fire_build.check_probes = _check_probes


def main():
    fire_build.build("roof", "M", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
