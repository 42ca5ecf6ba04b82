#!/usr/bin/env python3
"""Builds corpus_shooting.json and corpus_shooting.md from shooting_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 shooting_build.py [-v]
"""

import fire_build
from shooting_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "skjutning": dict(
        probe=r"skjut|sköt",
        rel=S("skjutning skjutningar skjutningarna skjutningen"),
        dc=S("skjutvapen"),
        no=S("skjuta skjuten skjuter skjutit skjutits skjutna skjuts sköt sköts"),
    ),
    "explosion": dict(
        probe=r"explo",
        rel=S("explosion explosionen explosioner"),
        no=S("exploderade"),
    ),
    "vittne": dict(
        probe=r"vittn",
        rel=S("vittne vittnen vittnena vittnet vittnets"),
        comp=S("vittnesmål vittnesmålet"),
        no=S("vittna vittnade vittnar"),
    ),
    "häkte": dict(
        probe=r"häkt",
        rel=S("häkten häktet"),
        dc=S("häktningstiderna"),
        no=S("häktad häktade häktades häktat"),
    ),
    "gärningsman": dict(
        probe=r"gärning",
        rel=S("gärningsmannen gärningsmän gärningsmännen"),
        no=S("gärningar"),
    ),
    "visitationszon": dict(
        probe=r"visit",
        rel=S("visitationszon visitationszonen visitationszoner visitationszonerna"),
        no=S("visitationer visiterad visiterades visiterar kroppsvisitera"),
    ),
    "sprängning": dict(
        probe=r"spräng",
        rel=S("sprängning sprängningar sprängningen"),
        dc=S("sprängladdning sprängladdningen sprängmedel sprängmedlet sprängmål sprängämnen"),
        no=S("sprängdes"),
    ),
    "rättegång": dict(
        probe=r"rättegång",
        rel=S("rättegång rättegångar rättegången rättegångens"),
    ),
    "dom": dict(
        probe=r"^dom|döm",
        rel=S("dom domar domen"),
        comp=S("domstolarna domstolsverket"),
        no=S("domare dömas dömda dömer döms dömt dömts domkyrka domkyrkan domkyrkoplan"),
        nei=S("bedömer bedömning bedöms"),
    ),
    # --- syncope ---
    "förälder": dict(
        probe=r"föräld|föråld",
        rel=S("föräldrar föräldrarna"),
        comp=S("föräldraföreningen föräldramöte föräldramötet föräldrastöd"),
        no=S("föråldrad föråldrade"),
    ),
    "vapen": dict(
        probe=r"vapen|vapn|väpn",
        rel=S("vapen vapnen vapnet"),
        comp=S("skjutvapen vapenbrott vapenexpert"),
    ),
    "offer": dict(
        probe=r"^off|offer|offr",
        rel=S("offer offren offret"),
        no=S("offrat"),
    ),
    "tecken": dict(
        probe=r"teck|tecken",
        rel=S("tecken tecknen tecknet"),
        no=S("tecknade"),
    ),
    "cykel": dict(
        probe=r"cyk",
        rel=S("cykel cykeln cyklar cyklarna"),
        comp=S("elsparkcyklar stöldcyklar cykelrum"),
        no=S("cykla cyklade"),
    ),
    "medel": dict(
        probe=r"^medel|medl|medel$|medlen",
        rel=S("medel medlen"),
        comp=S("sprängmedel sprängmedlet tvångsmedel"),
        no=S("medla medlem medlemmar gängmedlem"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad städer städerna"),
        comp=S("stadsdelen stadsdelsdirektören stadsdelsförvaltningen"),
        no=S("städade stadigt bostadsbolaget bostadshus bostadsområde bostäder lagstadgad"),
        nei=S("kastade kastades"),
    ),
    "man": dict(
        probe=r"^m[aä]n|m[aä]nnen$|män$|mannen$",
        rel=S("man mannen män männen"),
        comp=S("gärningsmannen gärningsmän gärningsmännen nämndemän rådmannen"),
        no=S("människa människor mänsklig"),
        nei=S("mängd mandatperiod manifestation"),
    ),
    "bror": dict(
        probe=r"^bro[dr]|bröd",
        rel=S("bror brodern broderns bröder bröderna brödernas"),
        no=S("bröd brödet"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen sonens söner"),
        no=S("söndag söndagen söndagskvällen söndagsmorgonen sönder"),
        nei=S("personen"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|^nät",
        rel=S("natt natten nätterna"),
        comp=S("midnatt nyårsnatten nattvandrare nattvandringar"),
        dc=S("nattvandra nattvandrar nattvandrat"),
        no=S("nätverk nätverken nätverket"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("riksdagsledamot"),
    ),
    # --- compounds ---
    "polis": dict(
        probe=r"polis",
        rel=S("polis polisen polisens poliser poliserna"),
        comp=S("kommunpolis kommunpolisen kvarterspolisen lokalpolisområde polisbil polischef polishuset "
               "polisinsatschef polisinsatschefen polisinspektör polismyndigheten polispatrull polisregion "
               "polisregionerna regionpolischefen"),
        dc=S("polisanmälts"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolans skolor skolorna"),
        comp=S("gottsundaskolan gottsundaskolans grundskolor hallundaskolan skolgård skolgården skolinspektionen "
               "skolinspektionens skolkurator skolkuratorn skolstart skoltid valsätraskolan"),
        dc=S("skolk"),
    ),
    "gata": dict(
        probe=r"gat[auo]|g[åa]t[ao]",
        rel=S("gatan gator gatorna"),
        comp=S("gatubelysningen gatuvåldet dragarbrunnsgatan"),
        no=S("gåta"),
        nei=S("obligatorisk"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans kyrkor"),
        comp=S("domkyrka domkyrkan domkyrkoplan kyrkogård kyrkoherden"),
        dc=S("botkyrka"),
    ),
    "familj": dict(
        probe=r"famil",
        rel=S("familj familjen familjer"),
        comp=S("familjebehandling familjehem"),
        dc=S("flerfamiljshus"),
        no=S("familjär"),
    ),
    "ungdom": dict(
        probe=r"ungdom",
        rel=S("ungdomar ungdomarna ungdomen"),
        comp=S("ungdomsgäng ungdomsgården ungdomshem ungdomstjänst ungdomsvård"),
    ),
    "granat": dict(
        probe=r"granat",
        rel=S("granaten granater"),
        comp=S("granatattacker handgranat handgranaten handgranater"),
        no=S("granatäpplen"),
    ),
    "bostad": dict(
        probe=r"bostad|bostäd",
        rel=S("bostäder"),
        comp=S("bostadsbolaget bostadshus bostadsområde"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bil bilar bilen"),
        comp=S("flyktbil flyktbilen polisbil"),
        no=S("bild bildar bildat bilder bilderna hotbild mobildata mobilen mobiltelefoner billigt"),
        nei=S("stabila stabiliserats stabilt utbildning utbildningsborgarrådet utbildningsförvaltningen"),
    ),
    # --- traps ---
    "gäng": dict(
        probe=r"g[äå]ng",
        rel=S("gäng gängen gängens gänget"),
        comp=S("gängbrottet gängbrottsligheten gängkonflikten gängkoppling gängmedlem gängmiljöer gängmiljöerna "
               "gängmål gängvåldet ungdomsgäng"),
        no=S("gängse gång gången gånger gångbro gångstil gångstilen gångstråken genomgång omgångar rättegång "
             "rättegångar rättegången rättegångens trappuppgång utgång"),
    ),
    "skott": dict(
        probe=r"skott",
        rel=S("skott skotten"),
        comp=S("skottlossning skottlossningen skottskador"),
        no=S("skotta skottade skottat justitieutskottet"),
    ),
    "trygg": dict(
        probe=r"trygg",
        rel=S("trygga tryggare tryggt"),
        dc=S("trygghet trygghetsundersökning"),
        no=S("trygg"),
    ),
    "skarp": dict(
        probe=r"sk[aä]rp",
        rel=S("skarpa skarpt"),
        no=S("skarp skärpa skärpas skärpt skärpta"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("stenar"),
        no=S("sten"),
        nei=S("fältassistenten fältassistenter fältassistenterna hösten resten riksposten rikspostens "
              "räddningstjänsten socialtjänsten socialtjänstens"),
    ),
    "ström": dict(
        probe=r"str[öo]m",
        rel=S("strömmen"),
        no=S("ström strömmade norrström"),
    ),
    "kula": dict(
        probe=r"^kul",
        rel=S("kulan kulor kulorna"),
        no=S("kul kulturhus"),
    ),
    "mord": dict(
        probe=r"mord|mörd",
        rel=S("mord mordet"),
        comp=S("gottsundamordet hallundamordet"),
        no=S("mördades"),
        nei=S("samordnar"),
    ),
    "lag": dict(
        probe=r"^lag|lag(en|ens|ar|arna|s)?$",
        rel=S("lag lagen"),
        comp=S("lagrådsremiss"),
        dc=S("lagstadgad"),
        no=S("lager lagför lagliga lagom lagt"),
    ),
    "hot": dict(
        probe=r"^hot|hot$|hoten|hotet",
        rel=S("hot hotet"),
        comp=S("hotbild"),
        no=S("hotade hotande hotell"),
    ),
    "flykt": dict(
        probe=r"flykt",
        rel=S("flykt flykten"),
        comp=S("flyktbil flyktbilen"),
        no=S("flyktingar flyktingarna flyktingarnas"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("krisen"),
        comp=S("krisstöd krisstödsgrupp"),
        no=S("kristina"),
    ),
    "oro": dict(
        probe=r"^oro",
        rel=S("oro oron"),
        comp=S("orosanmälan orosanmälningar"),
        no=S("oroliga oroligt"),
    ),
    # --- words of phrases, booleans and filters ---
    "särskild": dict(probe=r"särskil", rel=S("särskild särskilda särskilt")),
    "händelse": dict(
        probe=r"händelse",
        rel=S("händelse händelsen händelser händelserna"),
        comp=S("händelseförloppet"),
    ),
    "skjuta": dict(
        probe=r"skjut|sköt",
        rel=S("skjuta skjuten skjuter skjutit skjutits skjutna skjuts sköt sköts"),
        nei=S("skjutning skjutningar skjutningarna skjutningen skjutvapen"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "döds": dict(probe=r"^död", rel=S("döds"), nei=S("död dödade dödades döde dödlig dödliga")),
    "kriminell": dict(probe=r"kriminell", rel=S("kriminella kriminellt")),
    "nätverk": dict(probe=r"nätverk", rel=S("nätverk nätverken nätverket")),
    "social": dict(
        probe=r"^social",
        rel=S("sociala"),
        nei=S("socialdemokraternas socialministern socialpedagog socialsekreterare socialsekreteraren socialtjänst "
              "socialtjänsten socialtjänstens"),
    ),
    "insats": dict(
        probe=r"insats",
        rel=S("insatsen insatser insatserna"),
        comp=S("insatsgrupp insatsgrupper"),
        nei=S("polisinsatschef polisinsatschefen"),
    ),
    "i": dict(probe=r"^i$", rel=S("i")),
    "uppsala": dict(probe=r"uppsala", rel=S("uppsala uppsalas"), dc=S("uppsalahem")),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten tingsrättens")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "ordning": dict(probe=r"ordning", rel=S("ordning ordningen"), comp=S("ordningsvakter")),
    "ung": dict(probe=r"^ung(a|t|e)?$|^yngre|^yngst", rel=S("ung unga yngre yngsta")),
    "gottsunda": dict(
        probe=r"gottsunda",
        rel=S("gottsunda"),
        comp=S("gottsundabo gottsundamordet gottsundamålet gottsundaskolan gottsundaskolans"),
    ),
    "gränby": dict(probe=r"gränby", rel=S("gränby"), comp=S("gränbyvägen")),
    "rinkeby": dict(probe=r"rinkeby", rel=S("rinkeby")),
    "tensta": dict(probe=r"tensta", rel=S("tensta")),
    "botkyrka": dict(probe=r"botkyrka", rel=S("botkyrka")),
    "södertälje": dict(probe=r"södertälje", rel=S("södertälje")),
    "socialtjänst": dict(probe=r"socialtjänst", rel=S("socialtjänst socialtjänsten socialtjänstens")),
    "åklagare": dict(
        probe=r"åklagar",
        rel=S("åklagare åklagaren"),
        comp=S("chefsåklagaren kammaråklagare åklagarmyndigheten"),
    ),
    "hovrätt": dict(probe=r"hovrätt", rel=S("hovrätt hovrätten")),
    "skärholmen": dict(probe=r"skärholm", rel=S("skärholmen skärholmens")),
}

QUERIES = [
    ("skjutningarna", "inflection", False, ("term", "skjutning")),
    ("explosionerna", "inflection", False, ("term", "explosion")),
    ("vittnena", "inflection", False, ("term", "vittne")),
    ("häktet", "inflection", False, ("term", "häkte")),
    ("gärningsmännen", "inflection", False, ("term", "gärningsman")),
    ("visitationszonen", "inflection", False, ("term", "visitationszon")),
    ("rättegången", "inflection", False, ("term", "rättegång")),
    ("domen", "inflection", False, ("term", "dom")),
    ("sprängningarna", "inflection", False, ("term", "sprängning")),
    ("föräldrar", "syncope", False, ("term", "förälder")),
    ("vapnen", "syncope", False, ("term", "vapen")),
    ("offren", "syncope", False, ("term", "offer")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("cyklar", "syncope", False, ("term", "cykel")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("männen", "umlaut", False, ("term", "man")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("söner", "umlaut", False, ("term", "son")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("polis", "compound", True, ("term", "polis")),
    ("skola", "compound", True, ("term", "skola")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("familj", "compound", True, ("term", "familj")),
    ("ungdom", "compound", True, ("term", "ungdom")),
    ("granat", "compound", True, ("term", "granat")),
    ("bostad", "compound", True, ("term", "bostad")),
    ("bil", "compound", True, ("term", "bil")),
    ('"särskild händelse"', "phrase", False, ("phrase", ["särskild", "händelse"])),
    ('"skjuten till döds"', "phrase", False, ("phrase", ["skjuta", "till", "döds"])),
    ('"kriminella nätverk"', "phrase", False, ("phrase", ["kriminell", "nätverk"])),
    ('"sociala insatser"', "phrase", False, ("phrase", ["social", "insats"])),
    ('"i skolan"', "phrase", False, ("phrase", ["i", "skola"])),
    ('"Uppsala tingsrätt"', "phrase", False, ("phrase", ["uppsala", "tingsrätt"])),
    ('"lag och ordning"', "phrase", False, ("phrase", ["lag", "och", "ordning"])),
    ('"unga män"', "phrase", False, ("phrase", ["ung", "man"])),
    ("Gottsunda Gränby", "boolean", False, ("and", ["gottsunda", "gränby"])),
    ("Rinkeby OR Tensta", "boolean", False, ("or", ["rinkeby", "tensta"])),
    ("explosionerna -Uppsala", "boolean", False, ("not", "explosion", "uppsala")),
    ("Botkyrka OR Södertälje", "boolean", False, ("or", ["botkyrka", "södertälje"])),
    ("socialtjänsten föräldrar", "boolean", False, ("and", ["socialtjänst", "förälder"])),
    ("åklagaren -hovrätten", "boolean", False, ("not", "åklagare", "hovrätt")),
    ("visitationszon Skärholmen", "boolean", False, ("and", ["visitationszon", "skärholmen"])),
    ("källa:Fyrisbladet skjutningen", "filter", False, ("filter", "Fyrisbladet", "skjutning")),
    ("källa:Kvällsekot explosionen", "filter", False, ("filter", "Kvällsekot", "explosion")),
    ("källa:Signal visitationszonen", "filter", False, ("filter", "Signal", "visitationszon")),
    ("källa:Rättsläget åklagaren", "filter", False, ("filter", "Rättsläget", "åklagare")),
    ("källa:Norrström föräldrarna", "filter", False, ("filter", "Norrström", "förälder")),
    ("typ:opinion socialtjänsten", "filter", False, ("filter", "opinion", "socialtjänst")),
    ("typ:opinion skolan", "filter", False, ("filter", "opinion", "skola")),
    ("gäng", "trap", False, ("term", "gäng")),
    ("skott", "trap", False, ("term", "skott")),
    ("trygga", "trap", False, ("term", "trygg")),
    ("skarpa", "trap", False, ("term", "skarp")),
    ("stenar", "trap", False, ("term", "sten")),
    ("strömmen", "trap", False, ("term", "ström")),
    ("kulan", "trap", False, ("term", "kula")),
    ("mord", "trap", False, ("term", "mord")),
    ("lag", "trap", False, ("term", "lag")),
    ("hot", "trap", False, ("term", "hot")),
    ("flykt", "trap", False, ("term", "flykt")),
    ("krisen", "trap", False, ("term", "kris")),
    ("oro", "trap", False, ("term", "oro")),
]

HEADER = """# corpus_shooting.json – judging notes

Invented crisis: in the autumn of 2026 a conflict between two criminal networks with branches in Uppsala and Stockholm sets off a wave of shootings and explosions in the suburbs. A 19-year-old is shot dead by a playground in Gottsunda, Uppsala, on 4 September; a stairwell in Gränby is blown up (wrong door); a 15-year-old is caught with a gun after a shooting in Rinkeby; polisregion Stockholm and polisregion Mitt go up in a special event (särskild händelse, named Höstljus) on 15 September; visitation zones are set up in Gottsunda/Valsätra, Rinkeby/Tensta, Gränby/Kvarngärdet and Skärholmen/Bredäng; a hand grenade is found by a schoolyard in Tensta; explosions in Fittja (two brothers charged), Ronna in Södertälje, a villa in Norsborg and a restaurant in central Uppsala (extortion); a 21-year-old is murdered in Hallunda, a 15-year-old is beaten to death in Södertälje; shots hit a child's room in Bredäng. The articles follow schools and parents (parents' meetings, night walkers, guards, counsellors), youth recruited through apps, the municipalities' social services (placements, sociala insatsgrupper, the LVU proposal), the Prosecution Authority, the Chancellor of Justice's review of the zones, the trials in Uppsala tingsrätt (verdict 15 January 2027) and Södertörns tingsrätt, the appeal to Svea hovrätt, residents' fear and the politicians' debate about laws and prevention, until the special event ends on 1 February 2027 and Brå's yearly report. Places and public bodies are real (Uppsala with Gottsunda, Valsätra, Gränby, Kvarngärdet, Luthagen, Uppsala domkyrka; Stockholm with Rinkeby, Tensta, Husby, Järva, Skärholmen, Bredäng, Sätra; Botkyrka with Fittja, Hallunda, Norsborg; Södertälje with Ronna and Geneta; Polismyndigheten, Åklagarmyndigheten, Brå, Justitiekanslern, Domstolsverket, Skolinspektionen, Sis, SKR, Nationellt forensiskt centrum, Uppsala tingsrätt, Södertörns tingsrätt, Svea hovrätt, Akademiska sjukhuset, Karolinska, Södersjukhuset; their actions are invented); every person, the special event's name and all six outlets are invented: Fyrisbladet (local daily, Uppsala), Radio Norrström (local radio, Stockholm, with quotes), Nyhetsbyrån Signal (wire service), Kvällsekot (national tabloid), Riksposten (national daily) and Rättsläget (trade paper for police, prosecutors and lawyers). 125 articles (107 news, 18 opinion: leaders, debate articles, columns, a radio commentary, letters), published 20 August 2026 to 20 February 2027, +02:00 until 25 October and +01:00 after. The ids sk001–sk125 follow publication time.

Names that are also words: the police spokesperson Lena Skarp, the chair of the municipal board Erik Trygg, the vicar Sten Kvist, the social services' Anna Ström and the field worker Amanda Ström, the parent Kristina Mäkelä and Kristina Berg, and others who are not judged (Per Stark, Ingrid Vall, Oskar Vall, Malin Frid, Peter and Eva and Sara Modig, Magnus Ek, Jenny Ek, Lisa Hammar, Linda Vinter, Johan Falk, Karin Lind, Sofia Lund, Erik Sand). A name is not the word: an article whose only match is the name is must_not. To keep the judging exact, the token that is also a name is never used as the word: the adjective *trygg* appears only as *trygga*, *tryggt*, *tryggare*; *skarp* only as *skarpa*, *skarpt*; the noun *sten* only as *stenar*; the noun *ström* only as *strömmen*. So the tokens *trygg*, *skarp*, *sten*, *ström* are always names and judged must_not, and the query words are *trygga*, *skarpa*, *stenar*, *strömmen*.

Kept out of the texts as the README asks: the pronoun *man* (every *man*, *mannen* is the noun), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out: the pronoun *dom* and *domarna* (verdicts or judges), the verb *lagar* and *lag* meaning a team, the verb *trygga*, the adjective *skarp* in the base form, the adjective *trygg* in the base form, the noun *skjuts* (every *skjuts* is the passive of *skjuta*).

How the lists were made: src/shooting_articles.py holds the texts and src/shooting_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gäng/gång, skarp/skärp, stad/städ, man/män, son/sön, natt/nät, bror/bröd, gata/gåta, dom/döm, förälder/föråld) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Tokens are runs of letters, so hyphenated words are split. `python3 shooting_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *kvarterspolisen*, *ungdomsgården*, *ungdomsvård*, *bostadsområde*, *bostadsbolaget*; -e- *familjehem*, *familjebehandling*; -u- *gatuvåldet*, *gatubelysningen*; -o- *kyrkogård*, *kyrkoherden*, *domkyrkoplan*; none *polisbil*, *polisregion*, *kommunpolis*, *grundskolor*, *skolgården*, *Gottsundaskolan*, *handgranaten*, *granatattacker*, *flyktbilen*, *polisbil*, *domkyrkan*, *Dragarbrunnsgatan*. *flerfamiljshus* (familj inside), *skolk* (derived), *polisanmälts* (verb) and the place *Botkyrka* for `kyrka` are don't care.
- **bil** (compound): *bild*, *bilder*, *bilderna*, *hotbild*, the verb *bilda* (*bildar*, *bildat*), *mobilen*, *mobildata*, *mobiltelefoner* and *billigt* → must_not; *stabil-* and *utbildning-* words are neither. **granat**: *granatäpplen* (fruit) → must_not. **gata**: *gåta* (a mystery) → must_not. **familj**: the adjective *familjär* → must_not. **polis**, **skola**, **kyrka**, **ungdom**, **bostad**: no lookalike in the texts.
- **gäng** (trap): every form of *gång* (*gång*, *gången*, *gånger*) and its compounds (*genomgång*, *omgångar*, *utgång*, *trappuppgång*, *gångbro*, *gångstil*, *gångstråken*, *rättegång* …) and the adjective *gängse* → must_not; *ungdomsgäng*, *gängvåldet*, *gängmedlem* … are compounds.
- **skott** (trap): the verb *skotta* (*skottade*, *skottat*, snow and hylsor) and *justitieutskottet* (utskott) → must_not; *skottlossning*, *skottskador* compounds.
- **trygga**, **skarpa**, **stenar**, **strömmen** (traps): the names (see above) → must_not; also the verb *skärpa* (*skärpas*, *skärpt*, *skärpta*) for `skarpa`, the verb *strömmade* and the outlet's name *Norrström* quoted in a text for `strömmen`; *trygghet*, *trygghetsundersökning* (derived noun) → don't care for `trygga`; the many *-sten* endings (*hösten*, *socialtjänsten*, *fältassistenten* …) are neither.
- **kulan** (trap): the adjective *kul* and *kulturhus* → must_not. **mord**: the verb *mördades* → must_not; *Gottsundamordet*, *Hallundamordet* compounds; *samordnar* is neither. **lag**: *lagom*, *lager*, *lagt*, the adjective *lagliga* and the verb *lagför* → must_not; *lagrådsremiss* compound, *lagstadgad* don't care. **hot**: the verb *hotade*, *hotande* and *hotell* → must_not; *hotbild* compound. **flykt**: *flyktingar* (another lemma) → must_not; *flyktbil(en)* compounds. **krisen**: the name *Kristina* → must_not; *krisstöd*, *krisstödsgrupp* compounds. **oro**: the adjective *orolig* (*oroliga*, *oroligt*) → must_not; *orosanmälan* compounds.
- **Inflection**: the verb forms are lookalikes of the nouns: *skjuta*, *sköt*, *sköts*, *skjuten*, *skjutit* … for `skjutningarna` (*skjutvapen* don't care); *exploderade*; *vittna*, *vittnade*, *vittnar* (*vittnesmål* compound); *häktad*, *häktade*, *häktades*, *häktat* (*häktningstiderna* don't care); *sprängdes* (*sprängladdning*, *sprängmedel*, *sprängämnen* don't care); *visitationer*, *visiterad*, *visiterar*, *kroppsvisitera* for `visitationszonen`; *gärningar* (deeds) for `gärningsmännen`. **domen**: *domare* (another lemma), the verb *döma* (*döms*, *dömer*, *dömda* …) and *domkyrka(n)*, *Domkyrkoplan* (dom = cathedral) → must_not; *domstolarna*, *Domstolsverket* compounds; *bedöma* forms are neither.
- **Syncope**: *föråldrad(e)* → must_not for `föräldrar`; *offrat* for `offren`; *tecknade* for `tecknen`; *cykla*, *cyklade* for `cyklar` (*elsparkcyklar* compound); *medla*, *medlem*, *medlemmar*, *gängmedlem* for `medlen` (*sprängmedel*, *tvångsmedel* compounds). **vapnen**: no lookalike.
- **Umlaut**: *städade*, *stadigt* and *bostad* with its compounds, *lagstadgad* → must_not for `städer` (*stadsdelen* compound); *människa*, *människor*, *mänsklig* → must_not for `männen` (*gärningsmän*, *rådmannen*, *nämndemän* compounds); *bröd*, *brödet* → must_not for `bröder`; *söndag(en)*, *sönder* → must_not for `söner`; *nätverk(et/en)* → must_not for `nätter` (*midnatt*, *nyårsnatten*, *nattvandrare* compounds; the verb *nattvandra* don't care). **ledamöter**: no lookalike.
- **Phrases**: forms must be adjacent and in order in one sentence. *särskild händelse*, *den särskilda händelsen* relevant; *en händelse … som särskilt visade* → must_not. *skjuten till döds* takes every form of *skjuta* (*sköts till döds* relevant); *misshandlades till döds* with *sköt* elsewhere → must_not. *kriminella nätverk* relevant; *kriminella flyttar … nätverket* → must_not. *sociala insatser* relevant (*sociala insatsgrupper* is a compound, not adjacent forms); *sociala myndigheterna* with *insatser* elsewhere → must_not. *i skolan* counts any form of *skola* after *i*; *i grundskolor* is a compound → don't care. *Uppsala tingsrätt* relevant; *tingsrätten i Uppsala* reversed → must_not. *lag och ordning* relevant; *lagen* and *ordningen* apart → must_not. *unga män* (also *yngre*, *yngsta*) relevant.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*Gottsundamordet*, *Gränbyvägen*) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*Uppsalahem*) don't care; *kammaråklagare*, *chefsåklagaren*, *Åklagarmyndigheten* alone are compounds → don't care for `åklagaren`.
- **Filters**: `källa:` matches one word of the outlet's name (*Fyrisbladet*, *Kvällsekot*, *Signal*, *Rättsläget*, *Norrström*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("shooting", "sk", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
