#!/usr/bin/env python3
"""Builds corpus_algae.json and corpus_algae.md from algae_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 algae_build.py [-v]
"""

import fire_build
from algae_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "blomning": dict(
        probe=r"blom",
        rel=S("blomning blomningen blomningarna"),
        comp=S("algblomning algblomningen algblomningar algblomningarna"),
        no=S("blommar blommor"),
    ),
    "analys": dict(
        probe=r"analys",
        rel=S("analys analyser analyserna"),
        no=S("analyserar analyserat"),
    ),
    "förgiftning": dict(
        probe=r"förgift",
        rel=S("förgiftning förgiftningar"),
        comp=S("algförgiftning"),
        no=S("förgiftade förgiftar förgiftat"),
    ),
    "hund": dict(
        probe=r"hund",
        rel=S("hund hunden hundens hundar hundarna"),
        comp=S("hundbadet hundbadplats hundägare hundägarna"),
        no=S("hundra hundratals hundratusentals"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna"),
        no=S("mäta mäter mäts mätt uppmätts mätbojar mätbojarna"),
    ),
    "rekommendation": dict(
        probe=r"rekommend",
        rel=S("rekommendation rekommendationer rekommendationerna"),
        no=S("rekommenderar rekommenderas"),
    ),
    "kontroll": dict(
        probe=r"kontroll",
        rel=S("kontroller kontrollerna"),
        no=S("kontrollerade kontrollerar"),
    ),
    "badgäst": dict(
        probe=r"badgäst",
        rel=S("badgäster badgästerna"),
    ),
    "besökare": dict(
        probe=r"besök",
        rel=S("besökare besökarna"),
        no=S("besök besöker besöksnäringen besökt"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet vattens"),
        comp=S("avloppsvatten badvatten badvattnet dagvatten dagvattnet dricksvatten dricksvattnet fiskevatten "
               "flaskvatten grundvatten grundvattnet havsvattnet kranvatten kranvattnet kustvatten nödvatten råvatten "
               "råvattnet sjövatten ytvattnet vattendrag vattenhandläggare vattenprov vattentankar vattentäkt "
               "vattenverk vattenverken vattenverket vattenvårdshandläggare vattenmyndigheten vattenmyndighetens"),
        dc=S("badvattendirektiv dricksvattenexpert dricksvattenexperten kylvattenintaget nödvattentankarna "
             "råvattentäkten"),
        no=S("vattna vattnar bevattning bevattningsförbud"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrar somrarna"),
        comp=S("högsommaren midsommar sommarkorgen sommarproblem sommarstuga"),
        dc=S("somras"),
        no=S("sommen sommens"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknade undertecknarna"),
    ),
    "mönster": dict(
        probe=r"mönst",
        rel=S("mönster mönstret"),
        no=S("mönsterås"),
    ),
    "filter": dict(
        probe=r"filt",
        rel=S("filter filtren filtret"),
        comp=S("kolfilter kolfiltren sandfilter"),
        no=S("filt filtrera filtreras"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("gödselregler gödselreglerna regelverk"),
        no=S("reglerat reglering"),
        nei=S("dregling"),
    ),
    # --- umlaut ---
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand stranden stränder stränderna"),
        comp=S("strandkanten strandvandring strandäng strandängarna"),
        no=S("strandade strandberg"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|bön",
        rel=S("bonde bonden bondes bönder bönderna böndernas"),
        comp=S("spannmålsbonde spannmålsbönderna"),
        no=S("åkerbönor"),
    ),
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natten nätter nätterna"),
        comp=S("gästnätter"),
        no=S("fiskenät ledningsnätet näten nätet"),
    ),
    "dotter": dict(
        probe=r"dott|dött|döttr",
        rel=S("dotter dottern döttrar"),
        no=S("dött"),
    ),
    "and": dict(
        probe=r"^änd|^and$|^anden|änder",
        rel=S("änder änderna"),
        comp=S("gräsänder"),
        no=S("ändrades ändras ändrat ändringen ändå"),
        nei=S("använder länder länderna stränder stränderna vänder"),
    ),
    "ung": dict(
        probe=r"^ung|^yng",
        rel=S("ung unga yngre yngsta"),
        no=S("ungar ungdomar"),
    ),
    # --- compounds ---
    "alg": dict(
        probe=r"alg",
        rel=S("alger algerna"),
        comp=S("algansamlingar algblomning algblomningar algblomningarna algblomningen algfall algförgiftning "
               "algmattor algmattorna algprognoser algrapporter algsituationen algsäsong algsäsongen algsörja "
               "algtoxiner"),
        no=S("algoritm algoritmen"),
    ),
    "bad": dict(
        probe=r"bad",
        rel=S("bad badet"),
        comp=S("badchefen badförbud badförbudet badgäster badgästerna badkaret badplatsen badplatser badplatserna "
               "badsjö badvakt badvakten badvakter badvakterna badvatten badvattendirektiv badvattnet bröllopsbadet "
               "friluftsbad friluftsbadet hundbadet hundbadplats lysingsbadet stensöbadet utomhusbad"),
        no=S("bada badade badar badat"),
        nei=S("drabbades"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("hav havet"),
        comp=S("havs havsmiljön havsvattnet"),
        no=S("havre havren"),
    ),
    "verk": dict(
        probe=r"verk",
        rel=S("verket verkets"),
        comp=S("jordbruksverket livsmedelsverket livsmedelsverkets regelverk reningsverk vattenverk vattenverken "
               "vattenverket"),
        dc=S("verkstad"),
        no=S("motverka opåverkat overkligt påverka påverkar påverkas påverkats verkar verkligen"),
    ),
    "hälsa": dict(
        probe=r"h[äa]ls",
        rel=S("hälsa"),
        comp=S("djurhälsan folkhälsan hälsoriskerna"),
        dc=S("folkhälsomyndigheten folkhälsomyndighetens"),
        no=S("halsen hälsade"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gårdarna gården gårdens"),
        comp=S("gårdsbutiker ladugården mjölkgård mjölkgårdar skärgård skärgården trädgårdar"),
        dc=S("skärgårdsföretagen"),
        no=S("gårdagens"),
    ),
    "fisk": dict(
        probe=r"fisk",
        rel=S("fisk fisken fiskar fiskarna"),
        comp=S("fiskdöden fiskehandläggaren fiskenät fiskevatten fiskevårdsföreningen fiskyngel"),
        dc=S("fisket strömmingsfisket ålfisket yrkesfiskaren yrkesfiskarna ålfiskarna"),
        no=S("fiskade fiskat"),
    ),
    "toxin": dict(
        probe=r"toxi",
        rel=S("toxin toxiner toxinerna"),
        comp=S("algtoxiner levertoxinerna nervtoxiner"),
        no=S("toxikolog toxikologen toxiskt"),
    ),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjö sjön sjöns sjöar sjöarna"),
        comp=S("badsjö fågelsjö insjöar sjövatten slättsjöarna"),
        dc=S("östersjön sjöberg sjölund sjöström"),
        no=S("sjönk"),
    ),
    # --- traps ---
    "gift": dict(
        probe=r"gift",
        rel=S("gift giftet gifter"),
        comp=S("giftinformationscentralen motgift"),
        dc=S("algförgiftning förgiftade förgiftar förgiftat förgiftning förgiftningar"),
        no=S("gifta gifte giftiga uppgifter"),
    ),
    "lever": dict(
        probe=r"^lev",
        rel=S("levern"),
        comp=S("leverprover levertoxinerna levervärden levervärdena"),
        no=S("levande leveranserna levt"),
    ),
    "mage": dict(
        probe=r"^mag",
        rel=S("magen"),
        comp=S("magbesvär maginnehåll"),
        no=S("magert magnus"),
    ),
    "ål": dict(
        probe=r"^ål|ål$|ålen|ålar",
        rel=S("ål ålen ålar"),
        comp=S("ålfiskarna ålfisket"),
        dc=S("ålgräs ålgräset ålgräsängarna"),
        no=S("ålder ålem åläggande ålägger"),
        nei=S("mål målarfärg spannmål tål"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("viken vikar vikarna"),
        comp=S("bråviken gamlebyviken valdemarsviken"),
        dc=S("köpingsvik valdemarsvik valdemarsviks västervik västerviks västerviksbor västerviksborna"),
        no=S("undvik undvika undvikas viktig viktigaste viktigt"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        no=S("absolut sola solidaritet"),
    ),
    "ton": dict(
        probe=r"ton",
        rel=S("ton"),
        dc=S("tonvis"),
        no=S("anton arton betonar femton sexton tonåringar tonåringarna tretton"),
    ),
    "feber": dict(
        probe=r"feb",
        rel=S("feber"),
        no=S("febrig februari"),
    ),
    "art": dict(
        probe=r"art",
        rel=S("arten arter"),
        no=S("artikeln arton"),
        nei=S("karta kartan klart kvart miljöpartiets partier partiklar snart starta startade startar svart"),
    ),
    "bete": dict(
        probe=r"bete|betes",
        rel=S("bete"),
        comp=S("betesdjur"),
        no=S("arbete arbetet beteende"),
    ),
    "lukt": dict(
        probe=r"lukt",
        rel=S("lukt lukten"),
        no=S("luktar"),
    ),
    "båt": dict(
        probe=r"b[åa]t",
        rel=S("båt båtar båten"),
        comp=S("båttaxi båtturister båtturisterna båtuthyrare segelbåt"),
        no=S("debatt debatten"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        dc=S("nedströms"),
        no=S("bergström ekström engström nyström sandström sjöström strömmingen strömmingsfisket"),
    ),
    # --- words of phrases, booleans and filters ---
    "blågrön": dict(probe=r"blågrön", rel=S("blågröna")),
    "avråda": dict(probe=r"avråd", rel=S("avråder avrådde"), nei=S("avrådan")),
    "från": dict(probe=r"^från$", rel=S("från")),
    "koka": dict(probe=r"^kok", rel=S("koka kokar"), nei=S("kokning")),
    "tropisk": dict(probe=r"tropisk", rel=S("tropiska")),
    "länsstyrelse": dict(probe=r"länsstyrelse", rel=S("länsstyrelsen länsstyrelsens länsstyrelserna")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "kalmar": dict(probe=r"kalmar", rel=S("kalmar kalmars"), dc=S("kalmarsund")),
    "län": dict(probe=r"^län$|^länet|^länen", rel=S("län länet länets")),
    "fosfor": dict(probe=r"^fosfor", rel=S("fosfor fosforn"), comp=S("fosfordammar fosforhalten")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "kväve": dict(probe=r"kväve", rel=S("kväve"), comp=S("kvävefixerande")),
    "stängd": dict(
        probe=r"stäng",
        rel=S("stängd stängda"),
        nei=S("stänga stängs stängsla stängslet stängt"),
    ),
    "badplats": dict(
        probe=r"badplats",
        rel=S("badplatsen badplatser badplatserna"),
        comp=S("hundbadplats"),
    ),
    "ont": dict(probe=r"^ont$", rel=S("ont")),
    "roxen": dict(probe=r"roxen", rel=S("roxen roxens")),
    "folkhälsomyndigheten": dict(
        probe=r"folkhälsomyndighet",
        rel=S("folkhälsomyndigheten folkhälsomyndighetens"),
    ),
    "livsmedelsverket": dict(probe=r"livsmedelsverk", rel=S("livsmedelsverket livsmedelsverkets")),
    "badförbud": dict(probe=r"badförbud", rel=S("badförbud badförbudet")),
    "öland": dict(probe=r"öland", rel=S("öland ölands")),
    "övergödning": dict(probe=r"övergöd", rel=S("övergödning övergödningen"), no=S("övergödda")),
    "algblomning": dict(
        probe=r"algblomn",
        rel=S("algblomning algblomningen algblomningar algblomningarna"),
    ),
    "östersjön": dict(probe=r"östersjö", rel=S("östersjön")),
    "västervik": dict(
        probe=r"västervik",
        rel=S("västervik västerviks"),
        comp=S("västerviksbor västerviksborna"),
    ),
    "oskarshamn": dict(probe=r"oskarshamn", rel=S("oskarshamn")),
    "turism": dict(probe=r"turism", rel=S("turism turismen"), comp=S("turismchef")),
    "vattenverk": dict(probe=r"vattenverk", rel=S("vattenverk vattenverken vattenverket")),
    "gödsel": dict(
        probe=r"göd",
        rel=S("gödsel"),
        comp=S("gödselregler gödselreglerna stallgödsel"),
        no=S("göder"),
        nei=S("övergödda övergödning övergödningen"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("blomningen", "inflection", False, ("term", "blomning")),
    ("analyserna", "inflection", False, ("term", "analys")),
    ("förgiftningen", "inflection", False, ("term", "förgiftning")),
    ("hundarna", "inflection", False, ("term", "hund")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("rekommendationerna", "inflection", False, ("term", "rekommendation")),
    ("kontrollerna", "inflection", False, ("term", "kontroll")),
    ("badgästerna", "inflection", False, ("term", "badgäst")),
    ("besökarna", "inflection", False, ("term", "besökare")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("filtret", "syncope", False, ("term", "filter")),
    ("regler", "syncope", False, ("term", "regel")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("änder", "umlaut", False, ("term", "and")),
    ("yngre", "umlaut", False, ("term", "ung")),
    ("alg", "compound", True, ("term", "alg")),
    ("bad", "compound", True, ("term", "bad")),
    ("hav", "compound", True, ("term", "hav")),
    ("verk", "compound", True, ("term", "verk")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gård", "compound", True, ("term", "gård")),
    ("fisk", "compound", True, ("term", "fisk")),
    ("toxin", "compound", True, ("term", "toxin")),
    ("sjö", "compound", True, ("term", "sjö")),
    ('"blågröna alger"', "phrase", False, ("phrase", ["blågrön", "alg"])),
    ('"avråder från bad"', "phrase", False, ("phrase", ["avråda", "från", "bad"])),
    ('"koka vattnet"', "phrase", False, ("phrase", ["koka", "vatten"])),
    ('"tropiska nätter"', "phrase", False, ("phrase", ["tropisk", "natt"])),
    ('"Länsstyrelsen i Kalmar län"', "phrase", False, ("phrase", ["länsstyrelse", "i", "kalmar", "län"])),
    ('"fosfor och kväve"', "phrase", False, ("phrase", ["fosfor", "och", "kväve"])),
    ('"stängda badplatser"', "phrase", False, ("phrase", ["stängd", "badplats"])),
    ('"ont i magen"', "phrase", False, ("phrase", ["ont", "i", "mage"])),
    ("hundar Roxen", "boolean", False, ("and", ["hund", "roxen"])),
    ("Folkhälsomyndigheten OR Livsmedelsverket", "boolean", False, ("or", ["folkhälsomyndigheten", "livsmedelsverket"])),
    ("badförbud -Öland", "boolean", False, ("not", "badförbud", "öland")),
    ("övergödning bönder", "boolean", False, ("and", ["övergödning", "bonde"])),
    ("algblomning -Östersjön", "boolean", False, ("not", "algblomning", "östersjön")),
    ("Västervik OR Oskarshamn", "boolean", False, ("or", ["västervik", "oskarshamn"])),
    ("turismen Öland", "boolean", False, ("and", ["turism", "öland"])),
    ("källa:Sundsposten badplatserna", "filter", False, ("filter", "Sundsposten", "badplats")),
    ("källa:Stångåbladet Roxen", "filter", False, ("filter", "Stångåbladet", "roxen")),
    ("källa:Tjust vattenverket", "filter", False, ("filter", "Tjust", "vattenverk")),
    ("källa:Måsen Folkhälsomyndigheten", "filter", False, ("filter", "Måsen", "folkhälsomyndigheten")),
    ("källa:Kvällsropet hunden", "filter", False, ("filter", "Kvällsropet", "hund")),
    ("källa:Plogbladet gödsel", "filter", False, ("filter", "Plogbladet", "gödsel")),
    ("typ:opinion övergödningen", "filter", False, ("filter", "opinion", "övergödning")),
    ("gift", "trap", False, ("term", "gift")),
    ("levern", "trap", False, ("term", "lever")),
    ("mage", "trap", False, ("term", "mage")),
    ("ål", "trap", False, ("term", "ål")),
    ("vik", "trap", False, ("term", "vik")),
    ("sol", "trap", False, ("term", "sol")),
    ("ton", "trap", False, ("term", "ton")),
    ("feber", "trap", False, ("term", "feber")),
    ("art", "trap", False, ("term", "art")),
    ("bete", "trap", False, ("term", "bete")),
    ("lukt", "trap", False, ("term", "lukt")),
    ("båt", "trap", False, ("term", "båt")),
    ("ström", "trap", False, ("term", "ström")),
]

HEADER = """# corpus_algae.json – judging notes

Invented crisis: after a warm spring, a heat wave with tropical nights from Thursday 1 July 2027 brings a bloom of toxic cyanobacteria (blågröna alger) to the lakes and the coast of Kalmar län and Östergötland. Roxen turns green first (4 July); on Monday 5 July the labrador Sixten dies an hour after a swim at Kungsbro, two more dogs are treated in Linköping, and Linköping (Roxen), Norrköping (Glan), Söderköping (Slätbaken, where a third dog dies), Valdemarsvik and Västervik advise against bathing; Kalmar turns the sign at Stensö red on 8 July, and a four-year-old girl from Nybro who bathed there that morning is treated for a week at Länssjukhuset i Kalmar. On 12 July the bloom reaches lake Hjorten, the raw-water source of Västervik's water works: it goes on alert, finds microcystin in the raw water (never in the drinking water), doses activated carbon while people buy bottled water and ask whether to boil it, and later replaces two sand filters with carbon filters. Dead ducks and birds' young at Tåkern, dead fish in Glan, heifers dead at Tåkern, eel fishermen with empty traps, a drought hitting the oats, cancellations on Öland and in Tjust skärgård, a tabloid's wedding moved inland; Folkhälsomyndigheten, Livsmedelsverket, SVA, SMHI, Havs- och vattenmyndigheten and the two county administrative boards advise; a debate on eutrophication and farming (LRF, Naturskyddsföreningen, Jordbruksverket's manure rules, wetlands, an aluminium treatment of Roxen's bottom), reviews of the municipalities' signs, a petition of 40 000 names and budgets to November. Places and public bodies are real (Roxen with Kungsbro, Sättuna, Gistad, Norsholm, Ljungsbro, Vreta kloster; Glan, Skärblacka, Motala ström, Bråviken, Slätbaken, Mem, Snäckestad, Tåkern, Sommen, Torpön, Åsunden, Stora Rängen; Kalmar with Stensö, Malmfjärden, Djurängen, Skälby, Hossmo, Ljungbyholm; Kalmarsund, Öland, Byxelkrok, Löttorp, Köpingsvik, Färjestaden, Mörbylånga, Borgholm; Mönsterås, Ålem, Pataholm, Timmernabben; Västervik, Hjorten, Gamleby, Gamlebyviken, Överum, Gränsö, Lysingsbadet, Hasselö, Loftahammar, Valdemarsvik, Valdemarsviken; SMHI, Folkhälsomyndigheten, Havs- och vattenmyndigheten, Livsmedelsverket, Jordbruksverket, SVA, the county administrative boards, Region Kalmar län, Länssjukhuset i Kalmar, Linnéuniversitetet, Linköpings universitet, Tåkerns fältstation, LRF, Naturskyddsföreningen, Hushållningssällskapet, Gård & Djurhälsan, Svenska Kennelklubben, Kalmar Vatten, Norrköping Vatten och Avfall, Göta kanalbolaget, Lantmännen, IVO; their actions are invented); Hjortens vattenverk as described, the farm Norrby, the clinics, every person and all six outlets are invented: Sundsposten (local daily, Kalmar län, with leaders and letters), Stångåbladet (local daily, Linköping and Östergötland, with leaders, debate articles and letters), Radio Tjust (local radio, northern Kalmar län and the Östergötland coast, with quotes and a commentary), Nyhetsbyrån Måsen (wire service, also carrying press releases), Kvällsropet (evening tabloid, with columns) and Plogbladet (farming trade paper, with leaders, a debate article and a column). 130 articles (110 news, 20 opinion), published 18 May to 25 November 2027, +02:00 until 31 October and +01:00 after. The ids L001–L130 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (no *man* at all), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *lever* (the verb only as *levt*, *levande*), *bad* as the past of *be* (every *bad* is a bath or bathing), *gift* meaning married (the verb only as *gifta sig*, *gifte sig*), *ton* meaning tone, the verb *bete sig*, *strömmar* (noun or verb), the verb *fiskar* (every *fiskar* is the plural noun), *solar*, the verb *hälsa* in its base form, the abbreviation *HaV* (the agency is always written out, and *Havs-* in *Havs- och vattenmyndigheten* is a token of its own), *anden* and the English *and*, *art* meaning kind. *Kalmar Vatten* and *Norrköping Vatten och Avfall* are company names whose *Vatten* is the word.

How the lists were made: src/algae_articles.py holds the texts and src/algae_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: strand/stränd, bonde/bönd, natt/nätt/nät, dotter/dött, and/änd, hälsa/hals, gård/gard, båt/bat) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). *änder* is probed as *änd-* from the start of the word, *and*/*anden* alone and *änder* anywhere; *ung* as *ung-*/*yng-* from the start; *lever* as *lev-* and *mage* as *mag-* from the start; *ål* as *ål-* from the start, *-ål* at the end and *ålen*, *ålar* anywhere. Tokens are runs of letters, so *SMHI:s*, *LRF:s*, *EU:s* and hyphenated words (*Havs- och vattenmyndigheten*, *Anna-Karin*) are split. `python3 algae_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. Compounds count with compounds:true only when they begin or end with the word, with or without a linking letter; a word inside a longer compound is don't care. Per query:

- **blomningen** (inflection): *blomning*, *blomningen*, *blomningarna* relevant; the verb *blommar* and *blommor* (flowers, another lemma) → must_not; *algblomning(en/ar/arna)* compounds.
- **analyserna**: *analys*, *analyser*, *analyserna* relevant; the verb *analyserar*, *analyserat* → must_not.
- **förgiftningen**: *förgiftning*, *förgiftningar* relevant; the verb and participle *förgiftade*, *förgiftar*, *förgiftat* → must_not; *algförgiftning* compound.
- **hundarna**: *hund(en/ens)*, *hundar(na)* relevant; the numeral *hundra*, *hundratals*, *hundratusentals* → must_not; *hundägare*, *hundbadet*, *hundbadplats* compounds.
- **mätningarna**: *mätningar(na)* relevant; the verb *mäta*, *mäter*, *mäts*, *mätt*, *uppmätts* and *mätbojar(na)* (measuring buoys, from the verb) → must_not.
- **rekommendationerna**: *rekommendation(er/erna)* relevant; the verb *rekommenderar*, *rekommenderas* → must_not.
- **kontrollerna**: *kontroller(na)* relevant; the verb *kontrollerar*, *kontrollerade* → must_not.
- **badgästerna**: *badgäster(na)*. No lookalike in the texts.
- **besökarna**: *besökare*, *besökarna* relevant; the noun *besök* (another lemma), the verb *besöker*, *besökt* and *besöksnäringen* → must_not.
- **vattnet** (syncope): *vatten*, *vattnet* (and *Vatten*, *Vattens* in the company names) relevant; the verb *vattna*, *vattnar* and *bevattning*, *bevattningsförbud* → must_not; *dricksvattnet*, *råvattnet*, *kranvattnet*, *vattenverket* … compounds; *vatten* inside a longer word (*badvattendirektiv*, *dricksvattenexpert*, *nödvattentankarna*, *råvattentäkten*, *kylvattenintaget*) → don't care.
- **somrar**: *sommar(en/ens)*, *somrar(na)* relevant; the lake *Sommen*, *Sommens* → must_not; *i somras* (a fossilised form) → don't care; *midsommar*, *högsommaren*, *sommarstuga* … compounds.
- **tecknen**: *tecken*, *tecknen* relevant; *tecknade* (signed) and *undertecknarna* → must_not.
- **mönstret**: *mönster*, *mönstret* relevant; the place *Mönsterås* → must_not.
- **filtret**: *filter*, *filtret*, *filtren* relevant; *filt* (a blanket) and the verb *filtrera*, *filtreras* → must_not; *kolfilter*, *sandfilter*, *kolfiltren* compounds.
- **regler**: *regel*, *regler*, *reglerna* relevant; *reglerat*, *reglering* → must_not; *gödselregler(na)*, *regelverk* compounds; *dregling* neither.
- **stränder** (umlaut): *strand(en)*, *stränder(na)* relevant; *strandade* and the surname *Strandberg* → must_not; *strandkanten*, *strandäng(arna)*, *strandvandring* compounds.
- **bönder**: *bonde(n/s)*, *bönder(na/nas)* relevant; *åkerbönor* (beans) → must_not; *spannmålsbonde*, *spannmålsbönderna* compounds.
- **nätter**: *natten*, *nätter*, *nätterna* relevant; every form of *nät* (*nätet* the internet, *näten*, *fiskenät*, *ledningsnätet*) → must_not; *gästnätter* compound.
- **döttrar**: *dotter(n)*, *döttrar* relevant; *dött* (dö) → must_not.
- **änder**: *änder(na)* relevant; *ändå*, *ändras*, *ändrades*, *ändrat*, *ändringen* → must_not; *gräsänder* compound; *stränder*, *länder*, *vänder*, *använder* neither.
- **yngre**: the adjective *ung*, *unga*, *yngre*, *yngsta* relevant; the nouns *ungar* (birds' young) and *ungdomar* → must_not.
- **alg** (compound): *alger(na)* and *algblomning*, *algtoxiner*, *algmattor*, *algsörja*, *algförgiftning* … relevant; *algoritm(en)* → must_not.
- **bad**: *bad*, *badet*, *badplats(en/er/erna)*, *badvatten*, *badförbud(et)*, *badgäster*, *badkaret*, *friluftsbad(et)*, *hundbadet*, *Stensöbadet*, *bröllopsbadet*, *utomhusbad* … relevant; the verb *bada*, *badar*, *badade*, *badat* → must_not; *drabbades* neither.
- **hav**: *hav*, *havet*, *havs* (in *Havs- och vattenmyndigheten*), *havsmiljön*, *havsvattnet* (-s-) relevant; *havre*, *havren* → must_not. *Östersjön* is not probed here.
- **verk**: *verket*, *verkets*, *vattenverk(et/en)*, *reningsverk*, *regelverk*, *Jordbruksverket*, *Livsmedelsverket* (-s-) relevant; *verkar*, *verkligen*, *overkligt*, *motverka* and *påverka*, *påverkar*, *påverkas*, *påverkats*, *opåverkat* → must_not; *verkstad* (*lite verkstad*) → don't care.
- **hälsa**: *hälsa* and *folkhälsan*, *djurhälsan*, *hälsoriskerna* (-o-) relevant; the verb *hälsade* and the diacritic lookalike *halsen* → must_not; *Folkhälsomyndigheten* (the word inside a longer compound) → don't care.
- **gård**: *gård(en/ens)*, *gårdar(na)*, *mjölkgård(ar)*, *skärgård(en)*, *trädgårdar*, *ladugården* (-u-), *gårdsbutiker* (-s-) relevant; *gårdagens* → must_not; *skärgårdsföretagen* → don't care.
- **fisk**: *fisk(en)*, *fiskar(na)*, *fiskdöden*, *fiskyngel*, *fiskevatten*, *fiskenät*, *fiskehandläggaren*, *fiskevårdsföreningen* (-e-) relevant; the verb *fiskade*, *fiskat* → must_not; *fisket*, *ålfisket*, *strömmingsfisket* (fiske, a lemma of its own) and *fiskare* words (*yrkesfiskaren*, *ålfiskarna*) → don't care.
- **toxin**: *toxin*, *toxiner(na)*, *algtoxiner*, *nervtoxiner*, *levertoxinerna* relevant; *toxikolog(en)* and *toxiskt* → must_not.
- **sjö**: *sjö(n/ns)*, *sjöar(na)*, *insjöar*, *badsjö*, *fågelsjö*, *slättsjöarna*, *sjövatten* relevant; *sjönk* → must_not; *Östersjön* (a sea) and the surnames *Sjöberg*, *Sjölund*, *Sjöström* → don't care.
- **"blågröna alger"** (phrase): adjacent *blågröna alger(na)* relevant; *Algerna ligger tjocka och blågröna* → must_not.
- **"avråder från bad"**: *avråder/avrådde från bad* adjacent relevant; the noun *avrådan* is not a form of the verb; *avråder vi från bad*, *avråder inte från bad*, *avråder nu från bad*, *avråder fortfarande från bad*, *avrådde kommunerna från bad* (a word between) → must_not; *avråder … från att bada* has no form of *bad* and is neither.
- **"koka vattnet"**: *koka vattnet* adjacent relevant; *kokar allt de dricker* with *vattnet* elsewhere → must_not.
- **"tropiska nätter"**: adjacent relevant; *nätterna blir tropiska*, *Nätterna … har varit tropiska* → must_not.
- **"Länsstyrelsen i Kalmar län"**: the four words adjacent relevant; *länsstyrelsen* with *Kalmar län* elsewhere (*Region Kalmar län*, *i Kalmar län*) → must_not.
- **"fosfor och kväve"**: adjacent relevant; *fosfor och hundratusentals ton kväve* and the reversed *Kväve och fosfor* → must_not.
- **"stängda badplatser"**: *stängda badplatser* relevant; *badplatserna är stängda*, *Roxen är … stängd för bad … badplatser* → must_not; *stängt* and *stängs* are the verb, not forms of *stängd*.
- **"ont i magen"**: adjacent relevant; *ont i huvudet och magen* → must_not.
- **hundar Roxen** (AND): both relevant; one of them only (or *hundra* only) → must_not.
- **Folkhälsomyndigheten OR Livsmedelsverket**: either. No lookalike.
- **badförbud -Öland**: *badförbud(et)* without *Öland(s)* relevant (also *Något formellt badförbud är det inte*, *Det är inget badförbud*: the word is there); with it (*inget badförbud på Öland*, *badförbud i hela Roxen … Ölands östkust*) → must_not; *Öland* without *badförbud* is neither.
- **övergödning bönder** (AND): *övergödning(en)* and a form of *bonde*; one of them only → must_not, as are *övergödda* and *åkerbönor*.
- **algblomning -Östersjön**: *algblomning(en/ar/arna)* without *Östersjön* relevant; with it → must_not.
- **Västervik OR Oskarshamn**: *Västervik(s)*, *Oskarshamn*; *Västerviksbor(na)* alone would be don't care.
- **turismen Öland** (AND): *turism(en)* and *Öland(s)*; one of them only → must_not; *turismchef* alone is a compound.
- **Filters**: `källa:` matches one word of the outlet's name (*Sundsposten*, *Stångåbladet*, *Tjust*, *Måsen*, *Kvällsropet*, *Plogbladet*), `typ:opinion` the kind. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles (*hundra* for `källa:Kvällsropet hunden`, *göder* for `källa:Plogbladet gödsel`, *övergödda* for `typ:opinion övergödningen`) whatever their outlet or type. Terms: *badplats(en/er/erna)*, *Roxen(s)*, *vattenverk(et/en)*, *Folkhälsomyndigheten(s)*, *hund(en/ar/arna)*, *gödsel* (*stallgödsel*, *gödselregler* compounds), *övergödning(en)*.
- **gift** (trap): the noun *gift*, *giftet*, *gifter* relevant; the adjective *giftiga* (another word class), the verb *gifta sig*, *gifte sig* and *uppgifter* → must_not; *motgift* and *Giftinformationscentralen* compounds; *förgiftning* and its forms → don't care.
- **levern** (trap): *levern* relevant; *levt*, *levande* (leva) and *leveranserna* → must_not; *levervärden*, *leverprover*, *levertoxinerna* compounds.
- **mage** (trap): *magen* relevant; the adjective *magert* and the name *Magnus* → must_not; *magbesvär*, *maginnehåll* compounds.
- **ål** (trap): *ål*, *ålen*, *ålar* relevant; *ålder*, *åläggande*, *ålägger* and the place *Ålem* → must_not; *ålfisket*, *ålfiskarna* compounds; *ålgräs* (eelgrass) → don't care; *mål*, *tål*, *spannmål* neither.
- **vik** (trap): *viken*, *vikar(na)* relevant; *viktig(t/aste)* and *undvik*, *undvika*, *undvikas* → must_not; the bays *Gamlebyviken*, *Valdemarsviken*, *Bråviken* compounds; the towns *Västervik*, *Valdemarsvik*, *Köpingsvik* → don't care.
- **sol** (trap): *sol*, *solen* relevant; *absolut*, *solidaritet* and the verb *sola* → must_not.
- **ton** (trap): *ton* (weight) relevant; *tonåringar(na)*, *betonar*, the name *Anton* and the numerals *femton*, *sexton*, *tretton*, *arton* → must_not; *tonvis* → don't care.
- **feber** (trap): *feber* relevant; the adjective *febrig* and *februari* → must_not.
- **art** (trap): *arten*, *arter* relevant; *artikeln* and *arton* → must_not; *klart*, *snart*, *svart*, *kvart*, *start-*, *karta*, *parti-* neither.
- **bete** (trap): the noun *bete* relevant; *arbete(t)* and *beteende* → must_not; *betesdjur* compound.
- **lukt** (trap): *lukt*, *lukten* relevant; the verb *luktar* → must_not.
- **båt** (trap): *båt*, *båten*, *båtar* relevant; *debatt(en)* → must_not; *segelbåt*, *båttaxi*, *båtturister*, *båtuthyrare* compounds.
- **ström** (trap): *ström* (*Motala ström*), *strömmen* relevant; *strömmingen*, *strömmingsfisket* and the surnames *Engström*, *Nyström*, *Bergström*, *Ekström*, *Sandström*, *Sjöström* → must_not; *nedströms* → don't care.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("algae", "L", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
