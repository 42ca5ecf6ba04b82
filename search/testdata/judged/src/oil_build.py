#!/usr/bin/env python3
"""Builds corpus_oil.json and corpus_oil.md from oil_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 oil_build.py [-v]
"""

import fire_build
from oil_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "utsläpp": dict(
        probe=r"utsläpp",
        rel=S("utsläpp utsläppet utsläppen"),
        comp=S("oljeutsläpp oljeutsläppet oljeutsläppen"),
    ),
    "sanering": dict(
        probe=r"saner",
        rel=S("sanering saneringen"),
        no=S("sanera sanerats"),
    ),
    "ersättning": dict(
        probe=r"ers[äa]tt",
        rel=S("ersättning ersättningen ersättningar ersättningarna"),
        comp=S("ersättningskontoret"),
        no=S("ersätta ersatta"),
    ),
    "grundstötning": dict(
        probe=r"grundst",
        rel=S("grundstötningen"),
        no=S("grundstötte"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen"),
        dc=S("utredare utredaren"),
        no=S("utreda utreder utreds"),
    ),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        comp=S("ansvarsbegränsning ansvarsgränser miljöansvar miljöansvaret"),
        dc=S("ansvarsfull"),
        no=S("ansvarar ansvarig"),
    ),
    "rederi": dict(
        probe=r"reder|redar",
        rel=S("rederi rederiet rederiets rederier rederierna"),
        comp=S("tankrederiet"),
        dc=S("redare redarna"),
        nei=S("bredare utredare utredaren utreder"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("kustvattnet vattenmyndigheten vattentäta"),
    ),
    "fågel": dict(
        probe=r"f[åö]gel|fågl",
        rel=S("fåglar fåglarna"),
        comp=S("fågelbestånden fågelområdena fågelskären fågelstation fågelstationen sjöfåglarna"),
    ),
    "hummer": dict(
        probe=r"humm|humr",
        rel=S("hummer hummern humrar humrarna"),
        comp=S("hummerfiskaren hummerfiskarna hummerfisket hummerpremiär hummerpremiären hummertinorna"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("bottnen"),
        comp=S("bottenkänning bottenplåtar bottenplåtarna bottensediment"),
        no=S("bott"),
    ),
    "väder": dict(
        probe=r"vädr|väder|vädj",
        rel=S("väder vädret"),
        comp=S("väderprognosen"),
        dc=S("väderöarna"),
        no=S("vädjat"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("tecknade"),
    ),
    "fjäder": dict(
        probe=r"fjäd",
        rel=S("fjädrar fjädrarna"),
        comp=S("fjäderdräktens"),
    ),
    # --- umlaut ---
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand stränder stränderna"),
        comp=S("sandstränderna strandzonen strandängar"),
        dc=S("bovallstrand hunnebostrand hunnebostrands marstrand"),
        no=S("strandberg strandade"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter"),
        no=S("nät näten"),
    ),
    "land": dict(
        probe=r"l[aä]nd",
        rel=S("land landet länder"),
        comp=S("landstigning medlemsländerna"),
        dc=S("ramsvikslandet grekland götaland götalands"),
        no=S("landade utländska nederländska nederländskt"),
        nei=S("bland blandade förhållanden förhållandena meddelande oljeblandat pressmeddelande uttalande vållande"),
    ),
    "stad": dict(
        probe=r"st[aä]d",
        rel=S("städer städerna"),
        dc=S("grebbestad strömstad strömstads"),
        no=S("städa städade städar"),
    ),
    "fot": dict(
        probe=r"f[oö]t",
        rel=S("fötterna"),
        no=S("fotograf"),
    ),
    "gås": dict(
        probe=r"g[äå]s",
        rel=S("gäss gässen"),
        comp=S("grågäss"),
        no=S("gäster gästerna gästhamnen"),
    ),
    # --- compounds ---
    "olja": dict(
        probe=r"olj",
        rel=S("olja oljan oljans"),
        comp=S("oljeblandat oljebolag oljebälte oljebältet oljefläckar oljeklumpar oljeklumparna oljeolyckan "
               "oljeolyckorna oljeskadade oljeskadefonden oljeskadefondens oljeskador oljeskadorna oljeutsläpp "
               "oljeutsläppen oljeutsläppet oljezonen oljeämnen råolja råoljan"),
        no=S("kolja oljiga oljud"),
    ),
    "miljö": dict(
        probe=r"milj",
        rel=S("miljö miljön"),
        comp=S("arbetsmiljömål havsmiljön miljöansvar miljöansvaret miljöchef miljödirektör miljödirektören "
               "miljökatastrof miljöministern miljöräddningstjänsten miljöråd miljöstörning"),
        no=S("miljard miljarder miljoner"),
    ),
    "kust": dict(
        probe=r"kust",
        rel=S("kusten kustens"),
        comp=S("bohuskusten bohuskustens kustbevakningen kustbevakningens kustlän kuststräckorna kustvattnet "
               "västkusten"),
    ),
    "fartyg": dict(
        probe=r"fartyg",
        rel=S("fartyg fartygen fartyget fartygets"),
        comp=S("bogserfartyg bärgningsfartygen fartygsdata kombinationsfartyget tankfartyg tankfartyget"),
    ),
    "hamn": dict(
        probe=r"hamn",
        rel=S("hamn hamnen"),
        comp=S("fiskehamn fiskehamnen gästhamnen hamnstatskontrollen"),
        dc=S("kungshamn kungshamns"),
        no=S("hamnade"),
    ),
    "fiske": dict(
        probe=r"fisk",
        rel=S("fiske fisket"),
        comp=S("fiskebåt fiskebåtar fiskebåtarna fiskeförbud fiskeförbudet fiskehamn fiskehamnen fritidsfiske "
               "hummerfisket yrkesfiske"),
        dc=S("fiskare fiskaren fiskareförening yrkesfiskare yrkesfiskaren yrkesfiskarna hummerfiskaren "
             "hummerfiskarna fritidsfiskarna fiskebäckskil"),
        no=S("fisk fiska fiskade fiskat"),
    ),
    # --- traps ---
    "skär": dict(
        probe=r"skär|^skar",
        rel=S("skär skären"),
        comp=S("fågelskären skärgårdsbladet"),
        no=S("skära skärpa skärpas skärps skärpta"),
    ),
    "länsa": dict(
        probe=r"läns",
        rel=S("länsor länsorna"),
        no=S("länsade länsstyrelsen länsstyrelsens bohusläns"),
    ),
    "ton": dict(
        probe=r"^ton",
        rel=S("ton"),
        no=S("tonen tonläget"),
    ),
    "sjö": dict(
        probe=r"sjö",
        rel=S("sjön sjöss"),
        comp=S("sjöbefälens sjöfarten sjöfartsorganisation sjöfartsverket sjöfåglarna sjökaptenen sjökort sjökorten "
               "sjökortet sjömil sjörättsexperten sjötrafik östersjön"),
        no=S("sjöberg sjögren sjönk"),
    ),
    "fart": dict(
        probe=r"fart",
        rel=S("fart"),
        dc=S("sjöfarten sjöfartsorganisation sjöfartsverket infarten"),
        no=S("fartyg fartygen fartyget fartygets bogserfartyg bärgningsfartygen fartygsdata kombinationsfartyget "
             "tankfartyg tankfartyget"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("havet"),
        comp=S("havs havshotell havsmiljön havsörnar"),
        dc=S("kosterhavet kosterhavets västerhavet"),
        no=S("befälhavare befälhavaren haverikommission haverikommissionen haverikommissionens innehavare innehavaren"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("strömmar strömmarna"),
        comp=S("ytströmmarna"),
        dc=S("strömstad strömstads"),
        no=S("ahlström bergström brattström fjällström hedenström hellström strömberg sundström wikström strömmade"),
    ),
    "dom": dict(
        probe=r"dom",
        rel=S("dom domen"),
        comp=S("domskälen"),
        no=S("domaren dominerades dominerat"),
    ),
    "spill": dict(
        probe=r"spill",
        rel=S("spill spillet"),
        no=S("spillror"),
    ),
    "rev": dict(
        probe=r"rev",
        rel=S("rev revet"),
        dc=S("säckenrevet"),
        no=S("revelius revir revisorer"),
        nei=S("brev breven skrev"),
    ),
    "säl": dict(
        probe=r"s[äa]l",
        rel=S("sälar sälarna"),
        comp=S("gråsälar knubbsälar"),
        no=S("sälja säljs försäljningen"),
        nei=S("salvage"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("viken vikarna"),
        dc=S("ramsvikslandet"),
        no=S("viklund viktigaste undvika besvikna"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        no=S("lager lagerlund lagt bärgningsbolag bärgningsbolaget försäkringsbolag försäkringsbolaget oljebolag "
             "mellanlagras underlag"),
        nei=S("beklagar beslagtagit flagg flaggan förslag förslaget kammaråklagare åklagaren överklaga överklagar "
              "överklagat"),
    ),
    "lots": dict(
        probe=r"lots",
        rel=S("lots lotsen"),
        comp=S("lotschef lotschefen lotsdispens lotsdispenser lotsdispenserna lotspersonal lotsplikten"),
        no=S("lotsade"),
    ),
    "mål": dict(
        probe=r"m[åa]l",
        rel=S("målet"),
        comp=S("arbetsmiljömål resmål"),
        no=S("målade målat"),
        nei=S("gammalt malin malmö malmön malta maltesisk normal normala normalt"),
    ),
    # --- words of phrases, booleans and filters ---
    "gå": dict(probe=r"^(gå|går|gick|gått|gången?)$", rel=S("gå går gick gått"), nei=S("gången")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "grund": dict(
        probe=r"^grund",
        rel=S("grund grundet grundets grunden"),
        nei=S("grunda grundstötningen grundstötte"),
    ),
    "oljeskadad": dict(probe=r"oljeskadad|oljeskadat", rel=S("oljeskadade")),
    "vållande": dict(probe=r"vålland", rel=S("vållande")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "miljöstörning": dict(probe=r"miljöstörn", rel=S("miljöstörning")),
    "strikt": dict(probe=r"^strikt", rel=S("strikt")),
    "nära": dict(probe=r"^när(a|mare|mast|maste)$", rel=S("nära närmast närmaste")),
    "länsstyrelse": dict(probe=r"länsstyrelse", rel=S("länsstyrelsen länsstyrelsens")),
    "återställningsplan": dict(probe=r"återställningsplan", rel=S("återställningsplan återställningsplanen")),
    "tillfällig": dict(probe=r"^tillfällig", rel=S("tillfälligt")),
    "fiskeförbud": dict(probe=r"fiskeförbud", rel=S("fiskeförbud fiskeförbudet")),
    "kustbevakningen": dict(probe=r"kustbevakning", rel=S("kustbevakningen kustbevakningens")),
    "flygplan": dict(probe=r"flygplan", rel=S("flygplan")),
    "befälhavare": dict(probe=r"befälhavar", rel=S("befälhavare befälhavaren")),
    "åklagare": dict(probe=r"åklagar", rel=S("åklagaren"), dc=S("kammaråklagare")),
    "ejder": dict(probe=r"ejd", rel=S("ejder ejdern ejdrar ejdrarna")),
    "tordmule": dict(probe=r"tordmul", rel=S("tordmular tordmularna tordmulen")),
    "smögen": dict(probe=r"smögen", rel=S("smögen smögens"), dc=S("smögenbryggan")),
    "lysekil": dict(probe=r"lysekil", rel=S("lysekil lysekils")),
    "fiskare": dict(
        probe=r"fiskar",
        rel=S("fiskare fiskaren"),
        dc=S("fiskareförening yrkesfiskare yrkesfiskaren yrkesfiskarna hummerfiskaren hummerfiskarna fritidsfiskarna"),
    ),
    "frivillig": dict(probe=r"frivillig", rel=S("frivilliga"), comp=S("frivilligsamordnare frivilligsamordnaren")),
    "räddningstjänst": dict(
        probe=r"räddningstjänst",
        rel=S("räddningstjänsten"),
        comp=S("miljöräddningstjänsten"),
    ),
    "turism": dict(
        probe=r"turis",
        rel=S("turismen"),
        dc=S("turistchefen turistrådet"),
        no=S("turister turisterna"),
    ),
    "besöksnäring": dict(probe=r"besöksnäring", rel=S("besöksnäringen")),
    "farled": dict(probe=r"farled", rel=S("farled farleden farleder farlederna")),
}

QUERIES = [
    ("utsläppen", "inflection", False, ("term", "utsläpp")),
    ("saneringen", "inflection", False, ("term", "sanering")),
    ("ersättningar", "inflection", False, ("term", "ersättning")),
    ("grundstötningen", "inflection", False, ("term", "grundstötning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("ansvaret", "inflection", False, ("term", "ansvar")),
    ("rederiet", "inflection", False, ("term", "rederi")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("fåglar", "syncope", False, ("term", "fågel")),
    ("humrar", "syncope", False, ("term", "hummer")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("vädret", "syncope", False, ("term", "väder")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("fjädrar", "syncope", False, ("term", "fjäder")),
    ("stränderna", "umlaut", False, ("term", "strand")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("länder", "umlaut", False, ("term", "land")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("gäss", "umlaut", False, ("term", "gås")),
    ("olja", "compound", True, ("term", "olja")),
    ("miljö", "compound", True, ("term", "miljö")),
    ("kust", "compound", True, ("term", "kust")),
    ("fartyg", "compound", True, ("term", "fartyg")),
    ("hamn", "compound", True, ("term", "hamn")),
    ("fiske", "compound", True, ("term", "fiske")),
    ("strand", "compound", True, ("term", "strand")),
    ('"gick på grund"', "phrase", False, ("phrase", ["gå", "på", "grund"])),
    ('"olja på stränderna"', "phrase", False, ("phrase", ["olja", "på", "strand"])),
    ('"oljeskadade fåglar"', "phrase", False, ("phrase", ["oljeskadad", "fågel"])),
    ('"vållande till miljöstörning"', "phrase", False, ("phrase", ["vållande", "till", "miljöstörning"])),
    ('"strikt ansvar"', "phrase", False, ("phrase", ["strikt", "ansvar"])),
    ('"nära kusten"', "phrase", False, ("phrase", ["nära", "kust"])),
    ('"länsstyrelsens återställningsplan"', "phrase", False, ("phrase", ["länsstyrelse", "återställningsplan"])),
    ('"tillfälligt fiskeförbud"', "phrase", False, ("phrase", ["tillfällig", "fiskeförbud"])),
    ('"Kustbevakningens flygplan"', "phrase", False, ("phrase", ["kustbevakningen", "flygplan"])),
    ("befälhavaren åklagaren", "boolean", False, ("and", ["befälhavare", "åklagare"])),
    ("ejder OR tordmule", "boolean", False, ("or", ["ejder", "tordmule"])),
    ("Smögen -Lysekil", "boolean", False, ("not", "smögen", "lysekil")),
    ("ersättning fiskare", "boolean", False, ("and", ["ersättning", "fiskare"])),
    ("sanering -frivilliga", "boolean", False, ("not", "sanering", "frivillig")),
    ("Kustbevakningen räddningstjänsten", "boolean", False, ("and", ["kustbevakningen", "räddningstjänst"])),
    ("turismen OR besöksnäringen", "boolean", False, ("or", ["turism", "besöksnäring"])),
    ("källa:Skärgårdsbladet sanering", "filter", False, ("filter", "Skärgårdsbladet", "sanering")),
    ("källa:Fyrljuset olja", "filter", False, ("filter", "Fyrljuset", "olja")),
    ("källa:Sextant ersättning", "filter", False, ("filter", "Sextant", "ersättning")),
    ("källa:Nationalposten ansvar", "filter", False, ("filter", "Nationalposten", "ansvar")),
    ("källa:Lastrummet rederiet", "filter", False, ("filter", "Lastrummet", "rederi")),
    ("källa:Tanumsposten fåglar", "filter", False, ("filter", "Tanumsposten", "fågel")),
    ("typ:opinion farleder", "filter", False, ("filter", "opinion", "farled")),
    ("skär", "trap", False, ("term", "skär")),
    ("länsor", "trap", False, ("term", "länsa")),
    ("ton", "trap", False, ("term", "ton")),
    ("sjön", "trap", False, ("term", "sjö")),
    ("fart", "trap", False, ("term", "fart")),
    ("havet", "trap", False, ("term", "hav")),
    ("strömmar", "trap", False, ("term", "ström")),
    ("dom", "trap", False, ("term", "dom")),
    ("spill", "trap", False, ("term", "spill")),
    ("rev", "trap", False, ("term", "rev")),
    ("sälar", "trap", False, ("term", "säl")),
    ("vik", "trap", False, ("term", "vik")),
    ("lag", "trap", False, ("term", "lag")),
    ("lots", "trap", False, ("term", "lots")),
    ("mål", "trap", False, ("term", "mål")),
]
HEADER = """# corpus_oil.json – judging notes

Invented crisis: in the early hours of Thursday 27 August 2026 the Maltese-flagged tanker Marisol (183 m, 86 000 ton of crude oil, bound for the refinery in Brofjorden, master on a pilot exemption and no pilot on board) runs aground on a shoal south-west of Hållö off Smögen in Sotenäs kommun, Bohuslän (Västra Götaland). Some 2 400 ton of crude leaks out; the oil reaches beaches and skerries from Kungshamn to Hamburgsund, Ramsvikslandet and the Väderöarna, later small amounts at Grebbestad. Eiders, razorbills, gulls and seals are oiled and a bird station washes birds; Havs- och vattenmyndigheten closes the coastal fishery and the lobster opening is postponed in the oil zone; hotels and restaurants on Smögen lose their guests. Kustbevakningen (with its vessel Poseidon and its aircraft) leads the response at sea, the municipal rescue services, hemvärnet and thousands of volunteers clean the shores, the oil is lightered and the ship towed to a yard in Göteborg. The shipowner (Kestrel Tankers, Limassol) has strict but limited liability: its P&I club and the international oil pollution compensation fund (IOPC) open a claims office in Göteborg and pay advances to fishermen and businesses, and the shipowner is allowed by Uddevalla tingsrätt to limit its liability; the municipalities appeal. The prosecutor of Riksenheten för miljö- och arbetsmiljömål detains the master, charges him with vållande till miljöstörning and vårdslöshet i sjötrafik, and he is convicted in February 2027 (conditional sentence and day-fines); Statens haverikommission points to an outdated electronic chart, speed and fatigue. The county board (Länsstyrelsen i Västra Götalands län) drafts and adopts a five-year restoration plan (återställningsplan), and a debate runs on pilot exemptions, moving the shipping lanes (farleder) further out, the shipowner's responsibility and the protection of Kosterhavet and Säckenrevet, to March 2027. Places and public bodies are real (Smögen, Hållö, Kungshamn, Hasselösund, Hunnebostrand, Ramsvikslandet, Bovallstrand, Hamburgsund, Fjällbacka, Väderöarna, Grebbestad, Sannäsfjorden, Strömstad, Koster, Lysekil, Fiskebäckskil, Gullmarsfjorden, Bohus-Malmön, Brofjorden, Marstrand, Orust, Uddevalla, Göteborg, Skagerrak; Kustbevakningen, Sjöfartsverket, Havs- och vattenmyndigheten, Länsstyrelsen, SMHI, Statens haverikommission, Åklagarmyndighetens Riksenheten för miljö- och arbetsmiljömål, Uddevalla tingsrätt, Hovrätten för Västra Sverige, Göteborgs universitet and Kristineberg, Västsvenska Turistrådet, the IOPC Funds and IMO, whose actions are invented); the ship, the shipowner, the P&I club (Aegean Mutual), the salvor (Noordkaap Salvage), the tanker company Västsvenska Tankrederiet, the bird station, the hotel, the café, the associations, every person and all six outlets are invented: Skärgårdsbladet and Tanumsposten (local dailies), Radio Fyrljuset (local radio, with quotes), Nyhetsbyrån Sextant (wire service, also carrying press releases), Nationalposten (national daily) and Lastrummet (shipping trade paper). 127 articles (108 news, 19 opinion: leaders, debate articles, columns, letters), published 18 August 2026 to 1 March 2027, +02:00 until 25 October and +01:00 after. The ids u001–u127 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (no *man* at all), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the verb *skär* (skära) and the adjective *skär* (pink) – every *skär* is a skerry; the preterite *rev* (riva) – every *rev* is a reef; the colloquial pronoun *dom* – every *dom* is a verdict; the verb *länsa* in its infinitive (the noun's base form; only *länsade* of the verb); *lotsar* (the noun's plural and the verb's present; only *lots*, *lotsen* and the verb's *lotsade*); *fiskar* and *fiskarna* (plural of *fisk* and of *fiskare*, and the verb's present; fishermen are *fiskare*, *fiskaren*, *yrkesfiskarna* …); *ton* meaning a tone in its base form (the tone only as *tonen*, *tonläget*; every *ton* is the metric ton); *lag* meaning a team (every *lag* is a law); the surname *Strand* (only *Strandberg*, and the master of Poseidon is called Lindén). The tank of a ship appears only as *tankarna*, *lasttankarna* and in *tankfartyg*; no query is about a tank or a thought (*tanke*), and the forms are not judged. *bad* occurs once as the preterite of *be* (asked); no query is about bathing.

How the lists were made: src/oil_articles.py holds the texts and src/oil_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic and umlaut variants: strand/stränd, natt/nät, land/länd, stad/städ, fot/föt, gås/gäss, fågel/fögl, skär/skar, säl/sal, mål/mal, fisk) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *hav*, *lag*, *rev*, *vik*, *ström*, *fart*, *sjö*, *läns*, *säl*, *land* and *mål* are unanchored, so they also list *befälhavaren*, *åklagaren*, *brev*, *besvikna*, the surnames in *-ström*, *fartyg*, *Sjöberg*, *länsstyrelsen*, *försäljningen*, *blandade*, *normal*; the probe for `ton` is anchored at the start (*^ton*), the one for `gå` takes the whole word (*gå*, *går*, *gick*, *gått*, *gången*). Tokens are runs of letters, so a hyphenated word is split (*Havs- och vattenmyndigheten* gives *havs*, *och*, *vattenmyndigheten*; *miljö- och arbetsmiljömål* gives *miljö*, *och*, *arbetsmiljömål*). `python3 oil_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -e- *oljeutsläppet*, *oljeskadefonden*, *oljeklumpar* (olje- for olja), *fiskeförbudet*, *fiskebåtar*, *fiskehamnen* (fiske itself ends in -e); -s- *havsmiljön*, *ansvarsbegränsning*, *kombinationsfartyget*, *yrkesfiske*; none *råolja*, *miljöansvar*, *arbetsmiljömål*, *bohuskusten*, *västkusten*, *kustbevakningen*, *tankfartyg*, *bogserfartyg*, *gästhamnen*, *hamnstatskontrollen*, *hummerfisket*, *fritidsfiske*, *sandstränderna*, *strandängar*, *lotsdispens*, *landstigning*. Place names that contain the word are don't care (as *Kristianstad* for `stad`): *Kungshamn* for `hamn`; *Hunnebostrand*, *Bovallstrand*, *Marstrand* for `strand`; *Strömstad*, *Grebbestad* for `stad` (and *Strömstad* for `ström`); *Ramsvikslandet* for `land` and `vik`; *Grekland*, *Götaland* for `land`; *Väderöarna* for `väder`; *Kosterhavet*, *Västerhavet* for `hav`; *Säckenrevet* for `rev`; *Fiskebäckskil* for `fiske`; *Smögenbryggan* for `Smögen`.
- **olja** (compound): *kolja* (the fish, haddock), the adjective *oljiga* and *oljud* (noise) → must_not.
- **miljö** (compound): *miljoner*, *miljard*, *miljarder* → must_not.
- **fiske** (compound): the noun *fisk* and the verb *fiska*, *fiskade*, *fiskat* (other lemmas) → must_not; the agent noun *fiskare* and its compounds (*yrkesfiskaren*, *hummerfiskarna*, *fritidsfiskarna*, *fiskareförening*) → don't care (as *lantbrukare* for `bruk`).
- **hamn** (compound): *hamnade* → must_not. **strand** (compound and umlaut): the verb *strandade* (ran aground) and the surname *Strandberg* → must_not.
- **skär** (trap): *skära*, *skärpa*, *skärpas*, *skärps*, *skärpta* → must_not; *fågelskären* and the outlet named in a text, *Skärgårdsbladet*, are compounds.
- **länsor** (trap, `länsa`, an oil boom): *länsstyrelsen*, *länsstyrelsens*, *Bohusläns* (a compound that only looks like it) and the verb *länsade* (bailed out boats) → must_not.
- **ton** (trap): *tonen* and *tonläget* (the tone of the debate) → must_not.
- **sjön** (trap, `sjö`): *sjönk* (sjunka) and the surnames *Sjöberg*, *Sjögren* → must_not; *till sjöss* and *ligger i sjön* (the sea) are relevant; *sjöfarten*, *Sjöfartsverket*, *sjökortet*, *sjömil*, *Östersjön* … compounds.
- **fart** (trap): *fartyg* in every form and compound (*fartyget*, *tankfartyg*, *kombinationsfartyget* …) → must_not; *sjöfarten*, *Sjöfartsverket* and *infarten* end in the old *fart* (a journey) → don't care. *satt fart på debatten* is the noun → relevant.
- **havet** (trap, `hav`): *befälhavare*, *befälhavaren*, *innehavare*, *innehavaren*, *haverikommission* and its forms → must_not; *havsmiljön*, *havsörnar*, *Havshotell*, *havs* (from *Havs- och vattenmyndigheten*) compounds.
- **strömmar** (trap, `ström`): the verb *strömmade* and the surnames *Strömberg*, *Bergström*, *Wikström*, *Ahlström*, *Brattström*, *Fjällström*, *Hedenström*, *Hellström*, *Sundström* → must_not; *ytströmmarna* compound.
- **dom** (trap): *domaren* (another lemma) and *dominerades*, *dominerat* → must_not; *domskälen* compound.
- **spill** (trap): *spillror* (wreckage) → must_not. **rev** (trap): *revir*, *revisorer* and the surname *Revelius* → must_not; *brev*, *breven*, *skrev* are neither. **sälar** (trap, `säl`): *sälja*, *säljs*, *försäljningen* → must_not; *Salvage* neither; *gråsälar*, *knubbsälar* compounds. **vik** (trap): *viktigaste*, *undvika*, *besvikna* and the surname *Viklund* → must_not.
- **lag** (trap): *lager* (a layer of oil), *lagt* (lägga), *underlag*, *mellanlagras*, the surname *Lagerlund* and *bolag* with its compounds (*bärgningsbolaget*, *försäkringsbolag*, *oljebolag*) → must_not; *åklagaren*, *överklaga*, *förslaget*, *flaggan*, *beklagar* are neither.
- **lots** (trap): *lotsade* (the bird station guided the eiders to the water) → must_not; *lotsdispens*, *lotsplikten*, *lotschefen*, *lotspersonal* compounds.
- **mål** (trap): *målade*, *målat* (painted stones) → must_not; *Målet är att …* (an aim) and *Målet avgörs i februari* (a case) are both the noun; *arbetsmiljömål*, *resmål* compounds; *Malmö*, *Malta*, *normal* neither.
- **Inflection**: the verbs *sanera*, *sanerats*; *ersätta*, *ersatta*; *grundstötte*; *utreda*, *utreder*, *utreds*; *ansvarar* and the adjective *ansvarig* → must_not; *utredare*, *utredaren* (the agent noun) and *ansvarsfull* → don't care; *redare*, *redarna* (the owner, not the company) → don't care for `rederiet`; *tankrederiet* compound. *oljeutsläppet* is a compound for `utsläppen`.
- **Syncope**: *bott* (bo) → must_not for `bottnen`; *vädjat* → must_not for `vädret`; *tecknade* (signed an insurance) → must_not for `tecken`; *bottenkänning*, *bottenplåtarna*, *väderprognosen*, *fjäderdräktens*, *kustvattnet*, *hummerfisket*, *sjöfåglarna* are compounds.
- **Umlaut**: `nätter` – *nät*, *näten* (fishing nets) → must_not. `länder` – *landade*, *utländska*, *nederländska*, *nederländskt* (adjectives made from the noun) → must_not; *i land*, *når land* and *hela landet* are the noun; *landstigning*, *medlemsländerna* compounds; *bland*, *vållande*, *meddelande* are neither. `städer` – *städa*, *städade*, *städar* (to clean the beaches) → must_not. `fötter` – *fotograf* → must_not. `gäss` – *gäster*, *gästerna*, *gästhamnen* → must_not; *grågäss* compound.
- **Phrases**: forms of the words, adjacent and in order in one sentence. For "gick på grund" the forms of *gå* are *gå*, *går*, *gick*, *gått* and of *grund* the noun's *grund*, *grundet*, *grunden*, *grundets* (*lagt grunden för* is the same surface noun, never next to *på*); *I augusti gick Marisol på grund* (a word between) → must_not, as is an article with *går*, *på* and *grundet* in different places; the adjective *grunda* and *grundstötningen* are not forms. *har gått på grund* is relevant. For "olja på stränderna" articles with *oljan* and *stränderna* in other sentences → must_not; only *olja på stränderna* itself counts. *oljeskadade ejdrar* with *fåglar* in another sentence → must_not for "oljeskadade fåglar". *Ansvaret är strikt* → must_not for "strikt ansvar". *de närmaste dygnen … mot kusten* and *nära land … längs kusten* → must_not for "nära kusten" (*närmast*, *närmaste* are forms of *nära*). *återställningsplanen* with *Länsstyrelsen* elsewhere → must_not for "länsstyrelsens återställningsplan".
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*kammaråklagare* for `åklagaren`; *yrkesfiskare*, *hummerfiskaren* for `fiskare`; *miljöräddningstjänsten* for `räddningstjänsten`) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*frivilligsamordnare*), don't care. *Smögens* and *Lysekils* are genitives of the places and count. For `turismen OR besöksnäringen`, *turister* (another lemma) → must_not and *turistchefen*, *Turistrådet* → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Skärgårdsbladet*, *Fyrljuset*, *Sextant*, *Nationalposten*, *Lastrummet*, *Tanumsposten*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("oil", "u", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
