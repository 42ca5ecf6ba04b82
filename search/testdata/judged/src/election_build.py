#!/usr/bin/env python3
"""Builds corpus_election.json and corpus_election.md from election_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 election_build.py [-v]
"""

import fire_build
from election_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "röst": dict(
        probe=r"röst",
        rel=S("röst rösten röster rösterna rösters"),
        comp=S("förtidsröster förtidsrösterna personröster röstkort röstkortet röstlängden röstlängderna "
               "röstmottagare röstmottagarna rösträkning rösträkningen röstberättigad röstberättigade"),
        dc=S("förtidsröstning förtidsröstningen förtidsröstningslokalen förtidsröstande röstningslokal "
             "röstningslokalen röstningslokalerna"),
        no=S("rösta röstade röstar röstat förtidsröstade förtidsröstar"),
    ),
    "mandat": dict(
        probe=r"mandat",
        rel=S("mandat mandatet"),
        comp=S("mandatfördelningen"),
    ),
    "förråd": dict(
        probe=r"förråd",
        rel=S("förråd förrådet"),
        comp=S("förrådsrum källarförråd valförråd"),
        no=S("förrådda"),
    ),
    "säck": dict(
        probe=r"säck",
        rel=S("säck säcken säckar säckarna"),
        no=S("säckat"),
    ),
    "sammanräkning": dict(
        probe=r"sammanräkn",
        rel=S("sammanräkning sammanräkningen"),
    ),
    "överklagande": dict(
        probe=r"överklag",
        rel=S("överklagande överklaganden överklagandena överklagandet"),
        no=S("överklaga överklagar överklagas överklagat"),
    ),
    "kuvert": dict(
        probe=r"kuvert",
        rel=S("kuvert kuverten"),
        comp=S("valkuvert ytterkuvert"),
    ),
    "granskning": dict(
        probe=r"gransk",
        rel=S("granskning granskningen"),
        dc=S("granskarna"),
        no=S("granska granskade granskar"),
    ),
    "valdistrikt": dict(
        probe=r"distrikt",
        rel=S("valdistrikt valdistrikten"),
    ),
    # --- syncope ---
    "valsedel": dict(probe=r"valsed", rel=S("valsedlar valsedlarna")),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nyckel nyckeln nycklar nycklarna"),
        comp=S("nyckelskåp"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        no=S("reglerat"),
    ),
    "kapitel": dict(
        probe=r"kapit",
        rel=S("kapitel kapitlet"),
        no=S("kapital förtroendekapital"),
    ),
    "seger": dict(
        probe=r"^seg|seger|segr",
        rel=S("seger"),
        no=S("segdragen segdraget segrade"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken"),
        no=S("undertecknat"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens stads städer"),
        comp=S("arbetarstad textilstad innerstaden stadsdelarna stadsdelen"),
        dc=S("kimstad navestad navestads navestadsskolan navestadsskolans"),
        no=S("städare bostadsområdena högstadieskola"),
        nei=S("förtidsröstade kastade kastades lastade röstade"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand händerna"),
        dc=S("efterhand"),
        no=S("handla handlade handlar handläggare hända hände"),
    ),
    "ledamot": dict(
        probe=r"ledam|ledm",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("riksdagsledamot"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land landet landets länder"),
        comp=S("utlandet landsförräderi"),
        dc=S("vikbolandet östergötland östergötlands"),
        no=S("landade"),
        nei=S("bland blandade meddelanden pressmeddelande pressmeddelanden uttalande"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt valnatt valnatten"),
        no=S("nattliga nätet"),
    ),
    "mus": dict(
        probe=r"^mus|möss|mus$",
        rel=S("mus möss mössen"),
        no=S("museum musik mössan"),
    ),
    # --- compounds ---
    "val": dict(
        probe=r"val",
        rel=S("val valen valet valets"),
        comp=S("kommunvalen kommunvalet kyrkovalet omval omvalet riksdagsvalet valadministrationen valansvarig "
               "valarbetare valarbetaren valarbetarna valarbete valchef valdagen valdeltagandet valdistrikt "
               "valdistrikten valfläsk valfriheten valfusk valförrättarna valförråd valjurist valjurister valkansli "
               "valkanslier valkanslierna valkansliet valkansliets valkrets valkretsar valkretsen valkuvert vallagen "
               "vallagens vallokal vallokalen vallokaler vallokalerna valmanifest valmaterial valmyndigheten "
               "valmyndighetens valmål valnatt valnatten valnämnden valnämndens valnämnder valnämnderna "
               "valobservatörer valprövningsnämnden valprövningsnämndens valresultat valresultatet valrörelse "
               "valrörelsen valsamordnare valsamordnaren valsedlar valsedlarna valstuga valstugor valstugorna valsystem "
               "valurnorna valutgången valvaka valvakan valvakor valåret"),
        no=S("förtroendevalda invald vald valde valt valts valdemarsvik valvrum valvrummet förvaltningar"),
    ),
    "nämnd": dict(
        probe=r"nämn",
        rel=S("nämnd nämnden nämndens nämnder"),
        comp=S("gymnasienämnden nämndemän nämndemännen nämndsekreteraren valnämnden valnämndens valnämnder "
               "valnämnderna valprövningsnämnden valprövningsnämndens överförmyndarnämnden nämndbladet"),
        no=S("nämner nämnde"),
    ),
    "lokal": dict(
        probe=r"lokal",
        rel=S("lokal lokalen lokaler lokalerna"),
        comp=S("förtidsröstningslokalen röstningslokal röstningslokalen röstningslokalerna vallokal vallokalen "
               "vallokaler vallokalerna"),
        no=S("lokala"),
    ),
    "gata": dict(
        probe=r"gat[ao]|gatu|gåt",
        rel=S("gata gatorna"),
        comp=S("drottninggatan rådstugugatan trädgårdsgatan gatubelysning gatukontor"),
        no=S("gåtan"),
        nei=S("begåtts gått återgått"),
    ),
    "förtroende": dict(
        probe=r"förtro",
        rel=S("förtroende förtroenden förtroendet"),
        comp=S("förtroendekapital förtroendekris förtroendevalda"),
        no=S("förtroligt"),
    ),
    "räkning": dict(
        probe=r"räkn",
        rel=S("räkning räkningen"),
        comp=S("kontrollräkning kontrollräkningen onsdagsräkningen rösträkning rösträkningen sammanräkning "
               "sammanräkningen"),
        no=S("beräknas beräkning räkna räknade räknades räknande räknar räknas räknat räknats oräknade"),
    ),
    "parti": dict(
        probe=r"parti",
        rel=S("parti partier partierna partiet partiets"),
        comp=S("centerpartiet centerpartiets miljöpartiet miljöpartiets vänsterpartiet partiledaren partiledningen"),
        no=S("opartisk"),
    ),
    "skåp": dict(
        probe=r"sk[åa]p",
        rel=S("skåp"),
        comp=S("elskåp nyckelskåp"),
        dc=S("skåpbil"),
        no=S("skapa"),
        nei=S("budskapet statsvetenskap"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans"),
        comp=S("kyrkovalet"),
    ),
    # --- traps ---
    "kris": dict(
        probe=r"kris",
        rel=S("kris"),
        comp=S("förtroendekris krismöte"),
        no=S("kristdemokraterna kristdemokraternas kristina"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        comp=S("vallagen vallagens"),
        dc=S("laga lagfaren"),
        no=S("lagt lagts sammanlagt slag slaget förslag förslagen föreslagit underlag"),
        nei=S("klagomål kammaråklagare åklagare åklagaren överklaga överklagande överklaganden överklagandena "
              "överklagandet överklagar överklagas överklagat"),
    ),
    "fors": dict(
        probe=r"fors",
        rel=S("forsen"),
        no=S("fors forskar forskningen"),
    ),
    "heder": dict(
        probe=r"^hed|heder|hedr",
        rel=S("heder hedern"),
        no=S("hed hederlig hedlund hedrades hedvigs"),
    ),
    "bo": dict(
        probe=r"^bo$|^bor|^bodd|^bott|^boend",
        rel=S("bor bott"),
        no=S("bo bord bordet borde borgerliga bort bortglömda"),
    ),
    "rutin": dict(
        probe=r"^rut|rutin|rutan|rutor",
        rel=S("rutiner rutinerna"),
        no=S("rut rutan rutinerad"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum rummet"),
        comp=S("arkivrum förrådsrum källarrum slaskrum valvrum valvrummet vardagsrummet"),
        no=S("centrum hagebycentrum forum instrument"),
    ),
    "tid": dict(
        probe=r"tid",
        rel=S("tid tiden"),
        comp=S("dagtid lunchtid realtid tidsfristen"),
        dc=S("fritidsgårdarna fritidsgården förtidsröstade förtidsröstande förtidsröstar förtidsröster "
             "förtidsrösterna förtidsröstning förtidsröstningen förtidsröstningslokalen"),
        no=S("alltid samtidigt tidigare tidningarna"),
    ),
    "dom": dict(
        probe=r"dom|döm",
        rel=S("dom domar domen"),
        no=S("bedöma bedömt domare domaren dominerade dömer döms kännedom lärdom ungdomar"),
    ),
    "lista": dict(
        probe=r"list",
        rel=S("lista listan listor listorna"),
        comp=S("checklista checklistan papperslista transportlista transportlistan"),
        no=S("journalister realistiskt klistermärken klistermärkena klistrats"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("stenar stenarna"),
        no=S("sten"),
        nei=S("hösten höstens juristen plasten posten resten rösten tidsfristen"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström strömmen"),
        dc=S("strömsbladet strömsbladets"),
        no=S("ekström strömmade"),
    ),
    "ort": dict(
        probe=r"ort",
        rel=S("orten ortens orter"),
        no=S("kort rapport rapporten röstkort röstkortet sorten sorts transport transporter transporterna "
             "transportlista transportlistan"),
        nei=S("avgjort bort bortglömda fort fortfarande fortsatt fortsätta fortsätter gjort gjorts kungjort "
              "kungjorts rapporterade rapporterades rapporterat rapporterats sorterades sorteras stort "
              "transporteras transporterats"),
    ),
    # --- words of phrases, booleans and filters ---
    "slutlig": dict(probe=r"slutlig", rel=S("slutliga slutligt")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "valnämnd": dict(probe=r"valnämnd", rel=S("valnämnden valnämndens valnämnder valnämnderna")),
    "ordförande": dict(probe=r"ordför", rel=S("ordförande ordföranden")),
    "kommunfullmäktige": dict(
        probe=r"fullmäktig",
        rel=S("kommunfullmäktige kommunfullmäktiges"),
        dc=S("fullmäktige fullmäktiges fullmäktigesalen"),
        nei=S("regionfullmäktige"),
    ),
    "oöppnad": dict(probe=r"oöppna", rel=S("oöppnade")),
    "omval": dict(probe=r"omval", rel=S("omval omvalet")),
    "norrköping": dict(
        probe=r"norrköp",
        rel=S("norrköping norrköpings"),
        comp=S("norrköpingsbor norrköpingsfallet"),
    ),
    "brist": dict(probe=r"brist", rel=S("brister")),
    "hantering": dict(
        probe=r"hanter",
        rel=S("hanteringen"),
        nei=S("hantera hanterades hanterar hanteras"),
    ),
    "valprövningsnämnd": dict(probe=r"valprövning", rel=S("valprövningsnämnden valprövningsnämndens")),
    "beslut": dict(
        probe=r"beslut",
        rel=S("beslut beslutet besluten"),
        nei=S("besluta beslutade beslutar beslutas beslutat"),
    ),
    "liberalerna": dict(probe=r"liberal", rel=S("liberalerna liberalernas")),
    "miljöpartiet": dict(probe=r"miljöpart", rel=S("miljöpartiet miljöpartiets")),
    "valmyndigheten": dict(probe=r"valmyndighet", rel=S("valmyndigheten valmyndighetens")),
    "länsstyrelsen": dict(probe=r"länsstyrel", rel=S("länsstyrelsen länsstyrelsens länsstyrelserna")),
    "förtidsröst": dict(
        probe=r"förtidsröst",
        rel=S("förtidsröster förtidsrösterna"),
        dc=S("förtidsröstning förtidsröstningen förtidsröstningslokalen förtidsröstande"),
        no=S("förtidsröstade förtidsröstar"),
    ),
    "polisanmälan": dict(
        probe=r"polisanm",
        rel=S("polisanmälan"),
        no=S("polisanmäler polisanmält"),
    ),
    "tjänstefel": dict(probe=r"tjänstefel", rel=S("tjänstefel")),
    "hageby": dict(
        probe=r"hageby",
        rel=S("hageby"),
        comp=S("hagebycentrum hagebyskolans"),
    ),
    "navestad": dict(
        probe=r"navestad",
        rel=S("navestad navestads"),
        comp=S("navestadsskolan navestadsskolans"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("rösterna", "inflection", False, ("term", "röst")),
    ("mandatet", "inflection", False, ("term", "mandat")),
    ("förrådet", "inflection", False, ("term", "förråd")),
    ("säckarna", "inflection", False, ("term", "säck")),
    ("sammanräkningen", "inflection", False, ("term", "sammanräkning")),
    ("överklagandet", "inflection", False, ("term", "överklagande")),
    ("kuverten", "inflection", False, ("term", "kuvert")),
    ("granskningen", "inflection", False, ("term", "granskning")),
    ("valdistrikten", "inflection", False, ("term", "valdistrikt")),
    ("valsedel", "syncope", False, ("term", "valsedel")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("regel", "syncope", False, ("term", "regel")),
    ("kapitlet", "syncope", False, ("term", "kapitel")),
    ("segern", "syncope", False, ("term", "seger")),
    ("tecknet", "syncope", False, ("term", "tecken")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("ledamot", "umlaut", False, ("term", "ledamot")),
    ("länder", "umlaut", False, ("term", "land")),
    ("natt", "umlaut", False, ("term", "natt")),
    ("mus", "umlaut", False, ("term", "mus")),
    ("val", "compound", True, ("term", "val")),
    ("nämnd", "compound", True, ("term", "nämnd")),
    ("lokal", "compound", True, ("term", "lokal")),
    ("gata", "compound", True, ("term", "gata")),
    ("förtroende", "compound", True, ("term", "förtroende")),
    ("räkning", "compound", True, ("term", "räkning")),
    ("parti", "compound", True, ("term", "parti")),
    ("skåp", "compound", True, ("term", "skåp")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ('"slutliga sammanräkningen"', "phrase", False, ("phrase", ["slutlig", "sammanräkning"])),
    ('"förtroendet för valen"', "phrase", False, ("phrase", ["förtroende", "för", "val"])),
    ('"valnämndens ordförande"', "phrase", False, ("phrase", ["valnämnd", "ordförande"])),
    ('"mandat i kommunfullmäktige"', "phrase", False, ("phrase", ["mandat", "i", "kommunfullmäktige"])),
    ('"oöppnade säckar"', "phrase", False, ("phrase", ["oöppnad", "säck"])),
    ('"omval i Norrköping"', "phrase", False, ("phrase", ["omval", "i", "norrköping"])),
    ('"brister i hanteringen"', "phrase", False, ("phrase", ["brist", "i", "hantering"])),
    ('"Valprövningsnämndens beslut"', "phrase", False, ("phrase", ["valprövningsnämnd", "beslut"])),
    ("Liberalerna Miljöpartiet", "boolean", False, ("and", ["liberalerna", "miljöpartiet"])),
    ("Valmyndigheten OR länsstyrelsen", "boolean", False, ("or", ["valmyndigheten", "länsstyrelsen"])),
    ("omval -Valprövningsnämnden", "boolean", False, ("not", "omval", "valprövningsnämnd")),
    ("förtidsröster valnämnden", "boolean", False, ("and", ["förtidsröst", "valnämnd"])),
    ("polisanmälan OR tjänstefel", "boolean", False, ("or", ["polisanmälan", "tjänstefel"])),
    ("Hageby -Navestad", "boolean", False, ("not", "hageby", "navestad")),
    ("mandatet -Liberalerna", "boolean", False, ("not", "mandat", "liberalerna")),
    ("källa:Kvarnen omval", "filter", False, ("filter", "Kvarnen", "omval")),
    ("källa:Lodet mandatet", "filter", False, ("filter", "Lodet", "mandat")),
    ("källa:Blixten förrådet", "filter", False, ("filter", "Blixten", "förråd")),
    ("källa:Nämndbladet valnämnden", "filter", False, ("filter", "Nämndbladet", "valnämnd")),
    ("källa:Strömsbladet säckarna", "filter", False, ("filter", "Strömsbladet", "säck")),
    ("typ:opinion förtroende", "filter", False, ("filter", "opinion", "förtroende")),
    ("typ:opinion omval", "filter", False, ("filter", "opinion", "omval")),
    ("kris", "trap", False, ("term", "kris")),
    ("lagen", "trap", False, ("term", "lag")),
    ("forsen", "trap", False, ("term", "fors")),
    ("heder", "trap", False, ("term", "heder")),
    ("bor", "trap", False, ("term", "bo")),
    ("rutinerna", "trap", False, ("term", "rutin")),
    ("rummet", "trap", False, ("term", "rum")),
    ("tiden", "trap", False, ("term", "tid")),
    ("domen", "trap", False, ("term", "dom")),
    ("listan", "trap", False, ("term", "lista")),
    ("stenar", "trap", False, ("term", "sten")),
    ("strömmen", "trap", False, ("term", "ström")),
    ("orten", "trap", False, ("term", "ort")),
]

HEADER = """# corpus_election.json – judging notes

Invented crisis: after the general election on Sunday 13 September 2026, Länsstyrelsen i Östergötlands län fixes the result of the municipal election in Norrköping on 18 September: the 85th and last seat in kommunfullmäktige goes to Liberalerna by a margin of 38 votes over Miljöpartiet, and the governing S, C and L keep 43 of 85 seats. On Thursday 24 September the caretaker Stig Björk finds two sealed sacks with 612 uncounted advance votes (förtidsröster) from the polling districts Hageby 4 and Navestad Västra, cast at the advance polling station in Hagebycentrum, in an unlocked storage room (förråd) in the basement of Rådhuset: the election office's transport list had been ticked off without the sacks being loaded. The chair of valnämnden, Sten Falk, resigns; five appeals go to Valprövningsnämnden; the municipality reports suspected tjänstefel to the police and orders an external review (brister i hanteringen, no written routines, a mouse-gnawed sack, eleven people with keys); a control count on Valprövningsnämnden's behalf shows the last seat would go to Miljöpartiet (96 against 19); Valprövningsnämnden rules on 12 November that the votes cannot be trusted and orders a re-election (omval) of kommunfullmäktige in the constituency Norrköping Syd only. Meanwhile rumours of fraud, stones thrown at Rådhuset, threats, a poll on trust, the national Election Authority's review, a government inquiry and a debate about trust in elections (förtroendet för valen). The omval on 21 February 2027 gives the seat to Miljöpartiet, the S–C–L majority is lost, and in March 2027 the election coordinator is fined for tjänstefel in Norrköpings tingsrätt and appeals. Places and public bodies are real (Norrköping, Hageby, Navestad, Ektorp, Smedby, Klockaretorpet, Vilbergen, Skärblacka, Krokek, Kimstad, Svärtinge, Vikbolandet, Östra Husby, Motala ström, Drottninggatan, Gamla Rådstugugatan, Trädgårdsgatan, Rådhuset, Arbetets museum, Hedvigs kyrka, Matteus församlingshem, Vrinnevisjukhuset, Linköping, Valdemarsvik, Söderköping; Valmyndigheten, Valprövningsnämnden, Länsstyrelsen i Östergötlands län, Norrköpings tingsrätt, Göta hovrätt, Åklagarmyndigheten, SKR, Svenska kyrkan, Linköpings universitet, OSSE; their actions are invented); the constituency Norrköping Syd, the district names, the law firm, the results, every person and all six outlets are invented: Strömsbladet (local daily), Radio Kvarnen (local radio, with quotes and a commentary), Nyhetsbyrån Lodet (wire service, also carrying press releases), Blixten (tabloid), Nämndbladet (trade paper for municipal politics and administration) and Nordstjärnan (national daily). 126 articles (108 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 20 August 2026 to 22 March 2027, +02:00 until 25 October and +01:00 after. The ids vr001–vr126 follow publication time.

People whose names are Swedish words speak throughout, and several headlines name them before the text says who they are (*Hed: …*, *Björk hittade säckarna …*, *Falk: …*, *Berg: …*, *Ekström: …*, *Lax: …*, *Fors leder …*, *Strand: …*, *Kvist: …*, *Lund: …*, *Lilja: …*, *Sten Falk: …*, *Björk vittnade …*): the election committee chair Sten Falk, the caretaker Stig Björk, the Social Democrat leader Lars Hed, the county board's election coordinator Bo Berg, the Election Authority's Rut Lind, the Green candidate Sol Ekström, the Liberal Viktor Lilja, the lawyer Hugo Lax, the prosecutor Linnea Fors, the municipal director Annika Strand, the election coordinator Jonas Kvist, the political scientist Tove Lund, the former election lawyer Maria Sund, and in passing Per Ljung, Greta Vinge, Kenneth Ros, Jenny Sol, Margit Ek. Because a name and a common noun of the same spelling are one token, the common noun is never written in the form of a name: the stone only as *stenar*, *stenarna*, the rapids only as *forsen*, the heath not at all (*heder*, *hedern* are honour), the verb *bo* only as *bor*, *bott*; the tokens *sten*, *fors*, *hed*, *bo*, *rut*, *stig*, *falk*, *berg*, *björk*, *lind*, *sol*, *lax*, *strand*, *kvist*, *lilja*, *lund*, *sund*, *ljung*, *vinge*, *ros*, *ek* are always names (*Lund:* in a headline is the person, not the town).

Kept out of the texts as the README asks: the pronoun *man* (*mannen* is only the noun), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out because no search could tell them from the judged forms: the adjective *lokal* in its base form (every *lokal* is premises; the adjective appears only as *lokala*), *val* meaning a whale, *lagen* meaning teams, *rum* meaning the spirit, the colloquial pronoun *dom* (every *dom* is a verdict), *överklagande* as a participle (every form is the noun), *nämnd* as a participle of *nämna*, *räkning* meaning a bill, *parti* meaning a batch of goods, the verb *brister* (every *brister* is the noun). *mandat* is one noun whether it is a seat or a mandate; *tid* in *i tid* and *under tiden* is the noun.

How the lists were made: src/election_articles.py holds the texts (written in eight parts, each appended to ARTICLES) and src/election_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, skåp/skap, stad/städ, hand/händ, land/länd, natt/nätt, mus/möss, dom/döm) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *bor* is anchored (*bo*, *bor-*, *bodd-*, *bott*, *boend-*), *heder* is probed as *hed-* from the start and *heder*, *hedr* anywhere, *mus* as *mus-* from the start, *mus* at the end and *möss* anywhere. Tokens are runs of letters, so *kommun- och* is *kommun*, *och* and *85:e* is *e*. `python3 election_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Inflection**: `rösterna` – *röst*, *rösten*, *röster*, *rösters* relevant; the verb *rösta*, *röstade*, *röstar*, *röstat*, *förtidsröstade*, *förtidsröstar* → must_not; compounds (*förtidsröster*, *röstkort*, *röstmottagare*, *rösträkning*, *röstberättigade*) and the nouns made from the verb (*förtidsröstning*, *röstningslokal*, *förtidsröstande*) → don't care. `mandatet` – *mandat*, *mandatet*; *mandatfördelningen* compound; no lookalike. `förrådet` – *förråd*, *förrådet*; *förrådda* (förråda, betray) → must_not; *källarförråd*, *förrådsrum*, *valförråd* compounds. `säckarna` – *säckat ihop* (säcka) → must_not, but its article also has *säckar*. `överklagandet` – the noun's forms; the verb *överklaga*, *överklagar*, *överklagas*, *överklagat* → must_not. `granskningen` – *granska*, *granskar*, *granskade* → must_not; the agent noun *granskarna* → don't care. `sammanräkningen`, `kuverten`, `valdistrikten`: no lookalike in the texts; *valkuvert*, *ytterkuvert* compounds.
- **Syncope**: `valsedel` – *valsedlar*, *valsedlarna*. `nycklar` – *nyckel*, *nyckeln*, *nycklarna*; *nyckelskåp* compound. `regel` – *regler*, *reglerna*; *reglerat* (reglera) → must_not. `kapitlet` – *kapitel*; *kapital* and *förtroendekapital* (another lemma, a vowel apart) → must_not. `segern` – *seger*; *segrade* (the verb), *segdragen*, *segdraget* (seg) → must_not. `tecknet` – *tecken*; *undertecknat* (teckna) → must_not.
- **Umlaut**: `städer` – *stad*, *staden*, *stadens*, *stads*, *städer* relevant; *städare* (städa), *bostadsområdena* (bostad) and *högstadieskola* → must_not; *innerstaden*, *stadsdelen*, *arbetarstad*, *textilstad* compounds; the place names *Navestad*, *Kimstad* → don't care. `händerna` – *för hand*, *i hand*, *med båda händerna* relevant; *handlar*, *handla(de)*, *handläggare*, *hände*, *hända* → must_not; *efterhand* → don't care. `ledamot` – *ledamöter*, *ledamöterna*; *riksdagsledamot* compound. `länder` – *land*, *landet*, *landets*; *landade* → must_not; *utlandet*, *landsförräderi* compounds; *Östergötland(s)*, *Vikbolandet* → don't care; *bland*, *pressmeddelande* are neither. `natt` – *nätter*, *natten*; *nätet* and the adjective *nattliga* → must_not; *valnatt(en)*, *midnatt* compounds. `mus` – *möss*, *mössen*; *museum*, *musik*, *mössan* → must_not.
- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *riksdagsvalet*, *nämndsekreteraren*, *förrådsrum*; -e- *nämndemän*, *nämndemännen*; -u- *gatukontor*, *gatubelysning*; -o- *kyrkovalet*; none *kommunvalet*, *omval*, *valnämnden*, *vallokalen*, *Valprövningsnämnden*, *överförmyndarnämnden*, *Drottninggatan*, *Trädgårdsgatan*, *Gamla Rådstugugatan*, *förtroendekris*, *förtroendevalda*, *kontrollräkning*, *sammanräkningen*, *Centerpartiet*, *partiledaren*, *nyckelskåp*, *elskåp*. The outlet's name *Nämndbladet* in a text is a compound of *nämnd*; *Strömsbladet* is don't care for `strömmen`. `val`: *vald*, *valde*, *valt*, *valts*, *invald*, *förtroendevalda* (välja), *valvrum(met)* (valv), *Valdemarsvik* and *förvaltningar* → must_not. `nämnd`: *nämner*, *nämnde* (nämna) → must_not. `lokal`: the adjective *lokala* → must_not. `gata`: *gåtan* → must_not; *gått*, *begåtts* are neither. `förtroende`: *förtroligt* → must_not. `räkning`: the verb *räkna* in all its forms, *oräknade*, *beräknas* and *beräkning* (another lemma that only ends like it) → must_not. `parti`: the adjective *opartisk* → must_not. `skåp`: *skapa* → must_not; *skåpbil* (a van) → don't care; *budskapet*, *statsvetenskap* are neither. `kyrka`: only the word and *kyrkovalet*.
- **Traps**: `kris` – *kris*; *Kristdemokraterna(s)*, *Kristina* → must_not; *förtroendekris*, *krismöte* compounds. `lagen` – *lag*, *lagen* (the law); *lagt*, *lagts*, *sammanlagt* (lägga), *slag*, *slaget*, *förslag*, *förslagen*, *föreslagit*, *underlag* → must_not; *vallagen* compound; *laga kraft* and *lagfaren* → don't care; *åklagare*, *överklaga-*, *klagomål* are neither. `forsen` – *forsen* (the rapids of Motala ström); the name *Fors*, *forskar*, *forskningen* → must_not. `heder` – *heder*, *hedern*; the name *Hed*, the surname *Hedlund*, *Hedvigs* (kyrka), the adjective *hederlig* and the verb *hedrades* → must_not. `bor` – *bor*, *bott* (bo); the name *Bo*, *borde* (böra), *bort*, *bortglömda*, *bord*, *bordet*, *borgerliga* → must_not. `rutinerna` – *rutiner*, *rutinerna*; the name *Rut*, *rutan* (ruta) and the adjective *rutinerad* → must_not. `rummet` – *rum*, *rummet*; *centrum*, *Hagebycentrum*, *forum*, *instrument* → must_not; *förrådsrum*, *arkivrum*, *källarrum*, *slaskrum*, *vardagsrummet*, *valvrum* compounds. `tiden` – *tid*, *tiden* (*i tid*, *under tiden*); *tidigare*, *samtidigt*, *alltid*, *tidningarna* → must_not; *dagtid*, *lunchtid*, *realtid*, *tidsfristen* compounds; *förtidsröst-* words and *fritidsgården* have *tid* inside a longer compound → don't care. `domen` – *dom*, *domen*, *domar*; *domare*, *domaren*, *dömer*, *döms* (döma), *bedöma*, *bedömt*, *dominerade*, *ungdomar*, *kännedom*, *lärdom* → must_not. `listan` – *lista*, *listan*, *listor*, *listorna*; *journalister*, *realistiskt*, *klistermärken*, *klistrats* → must_not; *transportlista*, *checklista*, *papperslista* compounds. `stenar` – *stenar*, *stenarna*; the name *Sten* → must_not; *hösten*, *posten*, *rösten* … are neither. `strömmen` – *ström* (Motala ström), *strömmen*; the surname *Ekström* and the verb *strömmade* → must_not. `orten` – *orten*, *ortens*, *orter*; *kort*, *röstkort(et)*, *rapport(en)*, *transport(er/erna)*, *transportlista(n)*, *sorten*, *sorts* → must_not; *gjort*, *stort*, *bort*, *fort*, *rapporterade*, *sorteras* … are neither.
- **Phrases**: forms must be adjacent and in order in one sentence. *den slutliga sammanräkningen*, *slutliga sammanräkning* relevant; *Sammanräkningen är avslutad och resultatet är slutligt* → must_not. *förtroendet för valet/valen*, *förtroende för valen* relevant; *stort förtroende för hur valen genomförs* → must_not. *valnämndens ordförande* relevant; *ny ordförande i valnämnden*, *valnämndens extra sammanträde … ordföranden* → must_not. *mandat(et) i kommunfullmäktige* relevant; *kommunfullmäktige* and *mandat* apart → must_not; *fullmäktige* alone is the head word only → don't care. *två oöppnade säckar* relevant; *Säckarna är oöppnade* → must_not. *omval(et) i Norrköping* relevant; the words apart → must_not (*Norrköpingsfallet* alone is a compound → don't care). *brister i hanteringen* relevant; *hanteringen … brister* apart → must_not. *Valprövningsnämndens beslut* relevant; *Valprövningsnämnden* with *beslut* elsewhere → must_not; the verb *beslutade* is not a form of *beslut*.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound or a derivation (*förtidsröstningen* for `förtidsröster`) is don't care; *förtidsröstade* is the verb and does not count. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*Navestadsskolan*), don't care. *Hagebycentrum* and *Hagebyskolans* alone are compounds → don't care for `Hageby`.
- **Filters**: `källa:` matches one word of the outlet's name (*Kvarnen*, *Lodet*, *Blixten*, *Nämndbladet*, *Strömsbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("election", "vr", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
