#!/usr/bin/env python3
"""Builds corpus_telecom.json and corpus_telecom.md from telecom_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 telecom_build.py [-v]
"""

import fire_build
from telecom_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "kund": dict(
        probe=r"kund",
        rel=S("kund kunden kunder kunderna kundernas"),
        comp=S("företagskunder mobilkunder privatkund privatkunder kundtjänst kundtjänster kundtjänsterna kundvagn"),
        no=S("kunde sekund"),
    ),
    "störning": dict(
        probe=r"stör",
        rel=S("störning störningen störningar"),
        no=S("störa större störst största"),
        nei=S("förstörd"),
    ),
    "betalning": dict(
        probe=r"betal",
        rel=S("betalningar betalningarna betalningen"),
        comp=S("kortbetalningar kortbetalningarna betalningsavdelningen"),
        dc=S("betalsystem betalterminaler"),
        no=S("betala betalade betalades betalar betalas betalat betalt"),
    ),
    "trygghetslarm": dict(
        probe=r"trygghetslarm",
        rel=S("trygghetslarm trygghetslarmen trygghetslarmet"),
    ),
    "kompensation": dict(
        probe=r"kompens",
        rel=S("kompensation kompensationen"),
        no=S("kompenseras"),
    ),
    "granskning": dict(
        probe=r"gransk",
        rel=S("granskning granskningen"),
        no=S("granska granskar"),
    ),
    "leverantör": dict(
        probe=r"lever",
        rel=S("leverantören leverantörens"),
        comp=S("underleverantörer"),
        no=S("lever leverera levererade levererar"),
    ),
    "täckning": dict(
        probe=r"täck",
        rel=S("täckning täckningen"),
        comp=S("täckningskartor"),
        no=S("täcka täcke täcker"),
        nei=S("upptäckt"),
    ),
    "nödsamtal": dict(
        probe=r"nödsamtal",
        rel=S("nödsamtal nödsamtalen"),
    ),
    # --- syncope ---
    "kabel": dict(
        probe=r"kabel|kabl",
        rel=S("kabel kabeln kablar kablarna"),
        comp=S("fiberkabel fiberkablar"),
        no=S("riskabel"),
    ),
    "register": dict(
        probe=r"regist",
        rel=S("registren registret"),
        comp=S("abonnentregister abonnentregistret kassaregistret reservregister reservregistren reservregistret"),
        no=S("registrera registrerade"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckeln nycklar nycklarna"),
        comp=S("nyckelskåp nyckelskåpen"),
        no=S("nyckfullt"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        no=S("hindra hindrar"),
    ),
    "morgon": dict(
        probe=r"morg[oe]n|morgn",
        rel=S("morgnar morgon morgonen"),
        comp=S("torsdagsmorgonen"),
    ),
    "nummer": dict(
        probe=r"numm|numr",
        rel=S("nummer numren numret"),
        comp=S("nummerflyttar personnummer"),
        no=S("numrerade"),
    ),
    # --- umlaut ---
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen söner sönerna"),
        no=S("söndag söndags sönder"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("städerna"),
        comp=S("stadsdelarnas stadshuset"),
        no=S("belastad bostadsbolagen bostadsbolaget bostäder städade verkstad"),
        nei=S("kostade testade testades"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet länder länderna"),
        comp=S("inlandet"),
        dc=S("finland jämtland norrland västernorrland"),
        no=S("landade landat"),
        nei=S("bland finländska meddelanden missförhållande pressmeddelande"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonde bönder bönderna böndernas"),
        comp=S("mjölkbonden mjölkbönder mjölkbönderna"),
        no=S("bönor"),
    ),
    "rot": dict(
        probe=r"^r[oö]t",
        rel=S("roten rötter"),
        no=S("rött"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter ledamöterna"),
    ),
    # --- compounds ---
    "drift": dict(
        probe=r"drift",
        rel=S("drift driften"),
        comp=S("driftcentral driftcentralen driftchef driftingenjör"),
        no=S("driftig"),
    ),
    "trygghet": dict(
        probe=r"trygg",
        rel=S("trygghet tryggheten"),
        comp=S("trygghetsapp trygghetslarm trygghetslarmen trygghetslarmet trygghetspunkt trygghetspunkter "
               "trygghetspunkterna"),
        no=S("trygg tryggare"),
    ),
    "mjukvara": dict(
        probe=r"mjuk",
        rel=S("mjukvara mjukvaran"),
        comp=S("mjukvaruuppdatering"),
        no=S("mjuka mjukt ödmjuk"),
    ),
    "kvinna": dict(
        probe=r"kvin",
        rel=S("kvinna kvinnan kvinnans kvinnor kvinnorna"),
        comp=S("kvinnojouren kvinnojourer kvinnojourerna"),
    ),
    "tjänst": dict(
        probe=r"tjän",
        rel=S("tjänst"),
        comp=S("färdtjänsten hemtjänsten hemtjänstens hemtjänstpersonal kundtjänst kundtjänster kundtjänsterna "
               "räddningstjänsten räddningstjänstens tjänstebilar"),
        no=S("tjäna tjänar förtjänar"),
    ),
    "station": dict(
        probe=r"station",
        rel=S("stationen stationer stationerna"),
        comp=S("basstationer basstationerna bensinstationer brandstation brandstationen brandstationerna "
               "polisstationen"),
        no=S("stationerade"),
    ),
    "terminal": dict(
        probe=r"termin",
        rel=S("terminalen terminaler terminalerna"),
        comp=S("betalterminaler kortterminaler kortterminalerna"),
        no=S("terminen"),
    ),
    "bank": dict(
        probe=r"b[aä]nk",
        rel=S("banken bankens banker bankerna bankernas"),
        comp=S("bankföreningen bankkontoren bankomaterna bankuppgifter riksbanken sparbanken"),
        dc=S("swedbank"),
        no=S("bankade köksbänken"),
    ),
    "samtal": dict(
        probe=r"samtal",
        rel=S("samtal samtalen samtalet"),
        comp=S("nödsamtal nödsamtalen"),
        no=S("samtalade"),
    ),
    # --- traps ---
    "nät": dict(
        probe=r"^n[äa]t|nät",
        rel=S("nät näten nätet"),
        comp=S("kärnnät kärnnätet kärnnätets mobilnät mobilnäten mobilnätens mobilnätet nätarkitekt nätbolag nätchef "
               "nätverk nätverkssäkerhet reservnät telefonnätet"),
        no=S("natt natten nätt nätter"),
        nei=S("nationell nationella"),
    ),
    "app": dict(
        probe=r"app",
        rel=S("app appar apparna appen"),
        comp=S("trygghetsapp"),
        no=S("apparaterna applåder radioapparater knapp knappen knappt larmknappen lapp lappar papperslappar"),
        nei=S("lägesrapport pappa rapport rapporten rapporterar rapporteras tappar tappat"),
    ),
    "signal": dict(
        probe=r"signal",
        rel=S("signal signalen"),
        no=S("signalement signalerade"),
    ),
    "bud": dict(
        probe=r"bud",
        rel=S("bud"),
        dc=S("anbudet"),
        no=S("budget förbud"),
    ),
    "knapp": dict(
        probe=r"knapp",
        rel=S("knapp knappen"),
        comp=S("larmknappen"),
        no=S("knappt"),
    ),
    "lur": dict(
        probe=r"lur",
        rel=S("luren"),
        no=S("lurade lurat lurats"),
    ),
    "nod": dict(
        probe=r"n[oö]d",
        rel=S("nod noden noder noderna"),
        no=S("nödläge nödroamingen nödsamtal nödsamtalen"),
    ),
    "rop": dict(
        probe=r"rop",
        rel=S("rop ropen"),
        dc=S("anrop"),
        no=S("ropade"),
        nei=S("europa"),
    ),
    "byte": dict(
        probe=r"byt",
        rel=S("byte byten bytet"),
        no=S("byta byter bytt bytte"),
    ),
    "torn": dict(
        probe=r"t[oö]rn",
        rel=S("torn tornen tornet"),
        no=S("torne tornedalen tornedalens törn övertorneå övertorneås"),
        nei=S("rektorn störning störningar störningen"),
    ),
    "ram": dict(
        probe=r"ram",
        rel=S("ramen"),
        comp=S("ramavtal ramavtalet"),
        no=S("programvara programvaran ramberg ramlade ramlar ramlat"),
        nei=S("fram framför"),
    ),
    "reserv": dict(
        probe=r"reserv",
        rel=S("reserv reserven"),
        comp=S("reservkraft reservlinje reservlösning reservnät reservregister reservregistren reservregistret "
               "reservsystem reservsystemen reservsystemet"),
        no=S("reservation"),
    ),
    "port": dict(
        probe=r"port",
        rel=S("portar portarna porten"),
        comp=S("portkoden porttelefoner porttelefonerna"),
        no=S("lägesrapport rapport rapporten rapporterar rapporteras skoltransporterna"),
        nei=S("reporter"),
    ),
    # --- words of phrases, booleans and filters ---
    "nationell": dict(probe=r"^national|^nationell", rel=S("nationell nationella")),
    "roaming": dict(
        probe=r"roaming",
        rel=S("roaming roamingen"),
        comp=S("nödroamingen"),
    ),
    "allmän": dict(
        probe=r"^allmän",
        rel=S("allmän allmänna"),
        nei=S("allmänheten"),
    ),
    "reklamationsnämnd": dict(probe=r"reklamationsn", rel=S("reklamationsnämnden")),
    "rätt": dict(
        probe=r"^rätt",
        rel=S("rätt"),
        nei=S("rättad rättade rättat rättvik"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "ersättning": dict(
        probe=r"ersätt|ersatt",
        rel=S("ersättning"),
        nei=S("ersätta ersättas ersätter"),
    ),
    "fel": dict(
        probe=r"^fel",
        rel=S("fel felet"),
        nei=S("felaktig felsvar"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "kärnnät": dict(probe=r"kärnnät", rel=S("kärnnät kärnnätet kärnnätets")),
    "betala": dict(
        probe=r"^betal",
        rel=S("betala betalade betalades betalar betalas betalat"),
        nei=S("betalningar betalningarna betalningen betalningsavdelningen betalsystem betalt betalterminaler"),
    ),
    "kontant": dict(
        probe=r"^kontant",
        rel=S("kontant"),
        nei=S("kontanter"),
    ),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "ur": dict(probe=r"^ur$", rel=S("ur")),
    "funktion": dict(probe=r"funktion", rel=S("funktion funktionen")),
    "sluta": dict(
        probe=r"^slut",
        rel=S("slutade slutar slutat"),
        nei=S("slut slutet slutsatserna"),
    ),
    "fungera": dict(probe=r"^funger", rel=S("fungera fungerade fungerar")),
    "pts": dict(probe=r"^pts$", rel=S("pts")),
    "sanktionsavgift": dict(probe=r"sanktionsavg", rel=S("sanktionsavgift sanktionsavgiften")),
    "konsumentverket": dict(probe=r"konsumentverk", rel=S("konsumentverket")),
    "arn": dict(probe=r"^arn$", rel=S("arn")),
    "falun": dict(
        probe=r"^falu",
        rel=S("falun"),
        dc=S("falu"),
    ),
    "kalix": dict(
        probe=r"kalix",
        rel=S("kalix"),
        no=S("överkalix"),
    ),
    "haparanda": dict(probe=r"haparand", rel=S("haparanda")),
    "kontanter": dict(
        probe=r"kontant",
        rel=S("kontanter"),
        dc=S("kontant"),
    ),
    "swish": dict(probe=r"swish", rel=S("swish")),
    "uppdatering": dict(
        probe=r"uppdater",
        rel=S("uppdatering uppdateringar uppdateringen"),
        comp=S("mjukvaruuppdatering"),
        no=S("uppdatera uppdaterade uppdaterades uppdaterar uppdateras uppdaterats"),
    ),
    "hexlund": dict(probe=r"hexlund", rel=S("hexlund hexlunds")),
    "ambulans": dict(
        probe=r"ambulans",
        rel=S("ambulansen ambulanser ambulanserna"),
        comp=S("ambulanschef ambulanshelikoptern ambulanspersonalen"),
    ),
    "ludvika": dict(probe=r"ludvika", rel=S("ludvika")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("kunderna", "inflection", False, ("term", "kund")),
    ("störningen", "inflection", False, ("term", "störning")),
    ("betalningarna", "inflection", False, ("term", "betalning")),
    ("trygghetslarmen", "inflection", False, ("term", "trygghetslarm")),
    ("kompensationen", "inflection", False, ("term", "kompensation")),
    ("granskningen", "inflection", False, ("term", "granskning")),
    ("leverantören", "inflection", False, ("term", "leverantör")),
    ("täckningen", "inflection", False, ("term", "täckning")),
    ("nödsamtalen", "inflection", False, ("term", "nödsamtal")),
    ("kablar", "syncope", False, ("term", "kabel")),
    ("registret", "syncope", False, ("term", "register")),
    ("nycklarna", "syncope", False, ("term", "nyckel")),
    ("hindret", "syncope", False, ("term", "hinder")),
    ("morgnar", "syncope", False, ("term", "morgon")),
    ("numren", "syncope", False, ("term", "nummer")),
    ("söner", "umlaut", False, ("term", "son")),
    ("städerna", "umlaut", False, ("term", "stad")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("drift", "compound", True, ("term", "drift")),
    ("trygghet", "compound", True, ("term", "trygghet")),
    ("mjukvara", "compound", True, ("term", "mjukvara")),
    ("kvinna", "compound", True, ("term", "kvinna")),
    ("tjänst", "compound", True, ("term", "tjänst")),
    ("station", "compound", True, ("term", "station")),
    ("terminal", "compound", True, ("term", "terminal")),
    ("bank", "compound", True, ("term", "bank")),
    ("samtal", "compound", True, ("term", "samtal")),
    ('"nationell roaming"', "phrase", False, ("phrase", ["nationell", "roaming"])),
    ('"Allmänna reklamationsnämnden"', "phrase", False, ("phrase", ["allmän", "reklamationsnämnd"])),
    ('"rätt till ersättning"', "phrase", False, ("phrase", ["rätt", "till", "ersättning"])),
    ('"felet i kärnnätet"', "phrase", False, ("phrase", ["fel", "i", "kärnnät"])),
    ('"betala kontant"', "phrase", False, ("phrase", ["betala", "kontant"])),
    ('"utan täckning"', "phrase", False, ("phrase", ["utan", "täckning"])),
    ('"ur funktion"', "phrase", False, ("phrase", ["ur", "funktion"])),
    ('"trygghetslarmen slutade fungera"', "phrase", False, ("phrase", ["trygghetslarm", "sluta", "fungera"])),
    ("PTS sanktionsavgift", "boolean", False, ("and", ["pts", "sanktionsavgift"])),
    ("Konsumentverket OR ARN", "boolean", False, ("or", ["konsumentverket", "arn"])),
    ("trygghetslarm -Falun", "boolean", False, ("not", "trygghetslarm", "falun")),
    ("Kalix Haparanda", "boolean", False, ("and", ["kalix", "haparanda"])),
    ("kontanter OR Swish", "boolean", False, ("or", ["kontanter", "swish"])),
    ("uppdateringen -Hexlund", "boolean", False, ("not", "uppdatering", "hexlund")),
    ("ambulans Ludvika", "boolean", False, ("and", ["ambulans", "ludvika"])),
    ("källa:Ekolod störningen", "filter", False, ("filter", "Ekolod", "störning")),
    ("källa:Runnbladet trygghetslarmen", "filter", False, ("filter", "Runnbladet", "trygghetslarm")),
    ("källa:Polaris täckningen", "filter", False, ("filter", "Polaris", "täckning")),
    ("källa:Kvällslyktan kunderna", "filter", False, ("filter", "Kvällslyktan", "kund")),
    ("källa:Frekvens leverantören", "filter", False, ("filter", "Frekvens", "leverantör")),
    ("typ:opinion kompensationen", "filter", False, ("filter", "opinion", "kompensation")),
    ("typ:opinion PTS", "filter", False, ("filter", "opinion", "pts")),
    ("nät", "trap", False, ("term", "nät")),
    ("app", "trap", False, ("term", "app")),
    ("signal", "trap", False, ("term", "signal")),
    ("bud", "trap", False, ("term", "bud")),
    ("knapp", "trap", False, ("term", "knapp")),
    ("lur", "trap", False, ("term", "lur")),
    ("nod", "trap", False, ("term", "nod")),
    ("rop", "trap", False, ("term", "rop")),
    ("byte", "trap", False, ("term", "byte")),
    ("torn", "trap", False, ("term", "torn")),
    ("ram", "trap", False, ("term", "ram")),
    ("reserv", "trap", False, ("term", "reserv")),
    ("port", "trap", False, ("term", "port")),
]

HEADER = """# corpus_telecom.json – judging notes

Invented crisis: at 05.40 on Thursday 21 January 2027 the mobile operator Orbita Mobil AB (Solna; 3.4 million customers, largest in Norrland) installs a software update from its new supplier Hexlund Networks (Finland, under a framework agreement signed in December) in the subscriber register (abonnentregistret) of two of the three nodes of its core network, in Borlänge and Sundsvall, and five minutes later in the backup registers, which sit in the same data halls. From 06.12 the registers stop answering: the base stations still transmit, so phones show full signal and never fall back on another network, and Orbita's customers cannot call, text or use data. The outage is felt across the country and is total in Dalarna, Gävleborg, Västernorrland, Jämtland, Västerbotten and Norrbotten, where calls to 112 fail (SOS Alarm receives 38 % fewer emergency calls); card terminals on Orbita's network stop, shops take only cash, taxis, bus apps, door phones and lift alarms fail, and the mobile safety alarms (trygghetslarm) of elderly care in Falun, Borlänge and Ludvika go silent, so home care knocks on 4 000 doors and municipalities open trygghetspunkter at fire stations and libraries. In Ludvika Gunhild Persson, 87, falls in her kitchen and lies for over four hours; in Kalix Tore Niemi, 74, has a heart attack and is saved because a neighbour with another operator calls 112; dairy farmers lose the alarms of their milking robots. The old software is back in every node by 15.45. Then to June: Orbita's apology, its 49-kronor credit (derided) and later a month's fee as compensation; Hexlund's counter-claim that Orbita skipped testing and ignored a warning, their dispute and settlement; PTS's supervision, its report of 6 April (three ignored warnings, no independent backup, no rollback plan) and a sanction fee of 42 million kronor on 4 May, which Orbita appeals; the Riksdag's traffic committee questioning the CEO Katarina Wiklöf, who resigns on 13 April; Konsumentverket's and ARN's views on the customers' right to compensation, shops', taxi firms' and farmers' claims, the sons' lawsuit; IVO's criticism of Ludvika; the debate on national roaming, cash and preparedness, and a bill on roaming in May. Places and public bodies are real (Falun, Borlänge, Ludvika, Leksand, Rättvik, Mora, Hedemora, Smedjebacken, Grängesberg, Gävle, Sandviken, Hudiksvall, Bollnäs, Sundsvall, Härnösand, Örnsköldsvik, Östersund, Umeå, Luleå, Boden, Kalix, Överkalix, Haparanda, Övertorneå, Pajala, Kiruna, Gällivare, Jokkmokk, Arjeplog, Tornedalen; PTS, MSB, SOS Alarm, Konsumentverket, Allmänna reklamationsnämnden, IVO, Riksbanken, the Riksdag's trafikutskott, Svensk Handel, LRF, Sunderby sjukhus, Luleå tekniska universitet; their actions are invented); the operator, the supplier, every person and all six outlets are invented: Nyhetsbyrån Ekolod (wire service, also carrying press releases), Runnbladet (local daily, Falun and southern Dalarna), Radio Polaris (local radio, Norrbotten, with quotes), Kvällslyktan (tabloid), Frekvens (telecom trade paper) and Tvärsnitt (national daily). 125 articles (107 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 1 December 2026 to 10 June 2027, +01:00 until 28 March and +02:00 after. The ids P001–P125 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (the noun does not occur either), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *i morgon* (tomorrow; every *morgon* is a morning), the adjective *knapp* (scarce; every *knapp*, *knappen* is a button, the adjective appears only as the adverb *knappt*), the verb form *lurar* (every *lur*-form that is judged relevant is the receiver *luren*), *byte* meaning a unit of data, *ur* meaning a clock (every *ur* is the preposition), *ram* meaning a ram or *RAM*, and *port* as a computer port (every *port* is a door). Hyphenated words are split into tokens (*Post- och telestyrelsen*, *PTS-rapporten*, *Karl-Erik*), and *ARN:s*, *MSB:s*, *LKAB:s* give the tokens *arn*, *msb*, *lkab* and *s*.

How the lists were made: src/telecom_articles.py holds the texts and src/telecom_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: nät/nat, nod/nöd, torn/törn, bank/bänk, son/sön, stad/städ, land/länd, rot/röt) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 telecom_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. As a rule, a token that begins or ends with the query word but is another word (*riskabel*, *program*, *förbud*, *budget*, *verkstad*, *Tornedalen*) is a lookalike, while a token that only has the letters inside (*fram*, *rapport* for `app`, *rektorn*, *Europa*) is neither. The particular calls, one line per query:

- **kunderna**: all forms of *kund* relevant; *kunde* (kunna) and *sekund* → must_not; *företagskunder*, *privatkund(er)*, *mobilkunder*, *kundtjänst(en/er)*, *kundvagn* are compounds → don't care.
- **störningen**: *störning*, *störningen*, *störningar* relevant; *störa* and the forms of *stor* (*större*, *störst*, *största*) → must_not; *förstörd* neither.
- **betalningarna**: *betalning(en/ar/arna)* relevant; the verb *betala* with all its forms and the participle *betalt* → must_not; *kortbetalningar(na)*, *betalningsavdelningen* compounds; *betalsystem*, *betalterminaler* (built on the verb stem, about payments) → don't care.
- **trygghetslarmen**: every form of *trygghetslarm*; *larm* alone is another word and is not judged.
- **kompensationen**: *kompensation(en)* relevant; *kompenseras* → must_not.
- **granskningen**: *granskning(en)* relevant; *granska*, *granskar* → must_not.
- **leverantören**: *leverantören*, *leverantörens* relevant; *leverera*, *levererade*, *levererar* and *lever* (leva) → must_not; *underleverantörer* compound.
- **täckningen**: *täckning(en)* relevant; *täcka*, *täcker* and the noun *täcke* (a blanket) → must_not; *täckningskartor* compound; *upptäckt* neither.
- **nödsamtalen**: *nödsamtal*, *nödsamtalen* relevant; no lookalike.
- **kablar**: *kabel*, *kabeln*, *kablar*, *kablarna* relevant; *riskabel* → must_not; *fiberkabel*, *fiberkablar* compounds.
- **registret**: *registret*, *registren* relevant; *registrera*, *registrerade* → must_not; *abonnentregister(et)*, *reservregister*, *kassaregistret* … compounds.
- **nycklarna**: *nyckeln*, *nycklar*, *nycklarna* relevant; *nyckfullt* → must_not; *nyckelskåp(en)* compounds.
- **hindret**: *hinder*, *hindret* relevant; the verb *hindra*, *hindrar* → must_not.
- **morgnar**: *morgon*, *morgonen*, *morgnar* relevant (*samma morgon*, *varje morgon* included); *torsdagsmorgonen* compound.
- **numren**: *nummer*, *numret*, *numren* relevant; *numrerade* → must_not; *personnummer*, *nummerflyttar* compounds.
- **söner**: *son*, *sonen*, *söner*, *sönerna* relevant; *sönder*, *söndag*, *söndags* → must_not.
- **städerna**: *städerna* relevant; *bostäder*, *bostadsbolagen/-et*, *verkstad*, *belastad* (words that end in or contain *stad* as another word) and *städade* (städa) → must_not; *stadshuset*, *stadsdelarnas* compounds; *kostade*, *testade(s)* neither.
- **länderna**: *land*, *landet*, *länder*, *länderna* relevant; *landade*, *landat* (landa) → must_not; *inlandet* compound; the names *Finland*, *Norrland*, *Jämtland*, *Västernorrland* → don't care (as *Kristianstad* for `stad`); *bland*, *meddelanden*, *finländska* neither.
- **bönderna**: *bonde*, *bönder*, *bönderna*, *böndernas* relevant; *bönor* → must_not; *mjölkbonden*, *mjölkbönder(na)* compounds.
- **rötter**: *roten* and *rötter* (the figurative root of the problem) relevant; *rött* (the colour) → must_not.
- **ledamöterna**: *ledamoten*, *ledamöter*, *ledamöterna* relevant; no lookalike.
- **drift** (compound): *drift*, *driften* and -s-less compounds *driftcentral(en)*, *driftchef*, *driftingenjör* relevant; the adjective *driftig* → must_not.
- **trygghet** (compound): *trygghet(en)* and the -s- compounds *trygghetslarm(en/et)*, *trygghetspunkt(er/erna)*, *trygghetsapp* relevant; the adjective *trygg*, *tryggare* → must_not.
- **mjukvara** (compound): *mjukvara(n)* and the -u- compound *mjukvaruuppdatering* relevant; the adjective *mjuk* (*mjuka*, *mjukt*) and *ödmjuk* → must_not.
- **kvinna** (compound): *kvinna*, *kvinnan*, *kvinnans*, *kvinnor(na)* and the -o- compounds *kvinnojouren*, *kvinnojourer(na)* relevant; no lookalike in the texts.
- **tjänst** (compound): *tjänst* and *hemtjänsten*, *kundtjänst(er/erna)*, *räddningstjänsten*, *färdtjänsten*, *hemtjänstpersonal* and the -e- compound *tjänstebilar* relevant; the verb *tjäna*, *tjänar* and *förtjänar* → must_not.
- **station** (compound): *stationen*, *stationer(na)*, *basstation-*, *brandstation-*, *bensinstationer*, *polisstationen* relevant; *stationerade* (the verb) → must_not.
- **terminal** (compound): *terminalen*, *terminaler(na)*, *kortterminaler(na)*, *betalterminaler* relevant; *terminen* (a school term) → must_not.
- **bank** (compound): *banken*, *banker(na)*, *bankens*, *bankernas*, *Riksbanken*, *Sparbanken*, *bankomaterna*, *bankkontoren*, *bankuppgifter*, *Bankföreningen* relevant; the name *Swedbank* → don't care; *bankade* (banka, to knock) and *köksbänken* (bänk) → must_not.
- **samtal** (compound): *samtal*, *samtalet*, *samtalen* (calls and talks) and *nödsamtal(en)* relevant; *samtalade* → must_not.
- **"nationell roaming"**: *nationell roaming* relevant; *Den nationella krisberedskapen* with *roaming* in another sentence → must_not; *nödroamingen* is a compound.
- **"Allmänna reklamationsnämnden"**: the full name relevant; *Reklamationsnämnden* with *en allmän vägledning* elsewhere → must_not; *allmänheten* is another word.
- **"rätt till ersättning"**: *rätt till ersättning* relevant; *ansöka om ersättning … vad kunderna har rätt till* → must_not; the verb *ersätta* is not a form of *ersättning*.
- **"felet i kärnnätet"**: *felet i kärnnätet* and *Felet i kärnnätet* relevant; *en mjukvaruuppdatering i kärnnätet … ett fel* → must_not.
- **"betala kontant"**: *Betala kontant*, *betalade kontant* relevant; *betala taxin kontant* → must_not; *kontanter* is another word (the noun).
- **"utan täckning"**: *stå utan täckning*, *lever utan täckning* relevant; *saknas täckning … utan att kunna ringa*, *vara utan* → must_not.
- **"ur funktion"**: *är ur funktion*, *var ur funktion* relevant; *den funktion ur registret* (reversed) → must_not.
- **"trygghetslarmen slutade fungera"**: the three words adjacent (also in a subordinate clause) relevant; *larmen slutade fungera* or *nätet slutar fungera* with *trygghetslarm* elsewhere → must_not; the title *Trygghetslarmen slutade fungera i morse* makes P012 relevant although its text has *slutade trygghetslarmen fungera*.
- **PTS sanktionsavgift** (AND): both words relevant; one of them alone → must_not.
- **Konsumentverket OR ARN**: either relevant; *ARN:s* is *arn*.
- **trygghetslarm -Falun**: articles with *Falun* → must_not; *Falu kommun* (the name's genitive form in the municipality's name) → don't care.
- **Kalix Haparanda** (AND): both relevant; one alone → must_not; *Överkalix* is another municipality and counts as a lookalike.
- **kontanter OR Swish**: either relevant; the adjective/adverb *kontant* → don't care.
- **uppdateringen -Hexlund**: the noun *uppdatering(en/ar)* without *Hexlund(s)* relevant; with it → must_not; the verb *uppdatera* and its forms are lookalikes; *mjukvaruuppdatering* is a compound → don't care.
- **ambulans Ludvika** (AND): *ambulansen*, *ambulanser(na)* with *Ludvika* relevant; one alone → must_not; *ambulanshelikoptern*, *ambulanschef*, *ambulanspersonalen* are compounds.
- **Filters**: `källa:` matches one word of the outlet's name (*Ekolod*, *Runnbladet*, *Polaris*, *Kvällslyktan*, *Frekvens*); `typ:opinion` the opinion pieces. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type (*kunde* for `kunderna`, *större* for `störningen`, *lever* for `leverantören`, *kompenseras* for `kompensationen`).
- **nät** (trap): *nät*, *nätet*, *näten* relevant; *nätt* (*nätt och jämnt*), *nätter*, *natt*, *natten* → must_not; *mobilnätet*, *kärnnätet*, *nätverk* … compounds; *nationell* neither.
- **app** (trap): *app*, *appen*, *appar*, *apparna* relevant; *apparaterna*, *radioapparater*, *applåder* and the words ending in *-app* (*knapp*, *knappen*, *larmknappen*, *knappt*, *lapp*, *lappar*, *papperslappar*) → must_not; *trygghetsapp* compound; *rapport*, *pappa*, *tappar* neither.
- **signal** (trap): *signal*, *signalen* relevant (also *en signal* figuratively); *signalement* (a description of a suspect) and the verb *signalerade* → must_not.
- **bud** (trap): *bud* (a messenger, *skicka bud*, and an offer, *Orbitas bud*) relevant; *budget* and *förbud* → must_not; *anbudet* (a tender) → don't care.
- **knapp** (trap): the button *knapp*, *knappen* relevant; the adverb *knappt* → must_not; *larmknappen* compound.
- **lur** (trap): the receiver *luren* relevant; the verb *lura* (*lurade*, *lurat*, *lurats*) → must_not.
- **nod** (trap): *nod*, *noden*, *noder*, *noderna* relevant; the diacritic lookalike *nöd* in *nödsamtal(en)*, *nödläge*, *nödroamingen* → must_not.
- **rop** (trap): *rop*, *ropen* relevant; the verb *ropade* → must_not; *anrop* (a call in signalling, built on *rop*) → don't care; *Europa* neither.
- **byte** (trap): *byte*, *bytet*, *byten* relevant; the verb *byta* (*byter*, *bytte*, *bytt*) → must_not.
- **torn** (trap): *torn*, *tornet*, *tornen* relevant; *Tornedalen(s)*, *Torne* (älv), *Övertorneå(s)* and *törn* (*fått sig en törn*) → must_not; *rektorn*, *störning* neither.
- **ram** (trap): *inom ramen* relevant; *ramla* (*ramlade*, *ramlar*, *ramlat*), *programvara(n)* and the surname *Ramberg* → must_not; *ramavtal(et)* compound; *fram*, *framför* neither.
- **reserv** (trap): *reserv*, *reserven* relevant; *reservation* (*gör en reservation för*) → must_not; *reservsystem(et)*, *reservregistren*, *reservkraft*, *reservnät* … compounds.
- **port** (trap): *porten*, *portar*, *portarna* relevant; *rapport*, *rapporten*, *lägesrapport*, *rapporterar*, *rapporteras* and *skoltransporterna* → must_not; *porttelefoner(na)*, *portkoden* compounds; *reporter* neither.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("telecom", "P", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
