#!/usr/bin/env python3
"""Builds corpus_pension.json and corpus_pension.md from pension_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: the police spokesperson Stig Falk (stig, path;
falk, falcon), the defence lawyer Stig-Olof Ahlgren, the prosecutor Dag Hed and the pensioners Ingvar Hed and Holger
Hed (hed, heath), PRO's district chair Sten-Åke Ros and SPF Seniorerna's chair Ros-Marie Lind (ros, rose or praise;
lind, linden), Finansinspektionen's head of department Sol Ask and the letter writer Gunnel Ask (ask, box), and the
bank's head of security Vide Sjöholm (vide, willow). A reader tells the name from the word, so the tokenizer below
reads the capitalised tokens Falk, Stig, Hed, Ros, Lind, Ask and Vide, which the texts use only as these names (never
as a word at the start of a sentence or a title; check_names() verifies that each stands in an article that names
its person in full), as tokens of their own: falk(namn), stig(namn), hed(namn), ros(namn), lind(namn), ask(namn),
vide(namn). Every other token is as in fire_build.

Run from this folder: python3 pension_build.py [-v]
"""

import sys

import fire_build
from pension_articles import ARTICLES


S = fire_build.S

NAMES = {"Falk": "falk(namn)", "Stig": "stig(namn)", "Hed": "hed(namn)", "Ros": "ros(namn)", "Lind": "lind(namn)",
         "Ask": "ask(namn)", "Vide": "vide(namn)"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Falk": ("Stig Falk",),
    "Stig": ("Stig Falk", "Stig-Olof Ahlgren"),
    "Hed": ("Dag Hed", "Ingvar Hed", "Holger Hed"),
    "Ros": ("Sten-Åke Ros", "Ros-Marie Lind"),
    "Lind": ("Ros-Marie Lind",),
    "Ask": ("Sol Ask", "Gunnel Ask"),
    "Vide": ("Vide Sjöholm",),
}


def tokens(text):
    return [NAMES.get(t, t.lower()) for t in fire_build.TOKEN.findall(text)]


def check_names():
    """Every capitalised name token must stand in an article that names its person in full; returns the number of
    tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t in PEOPLE and not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "bedrägeri": dict(
        probe=r"bedr[aä]g|bedra",
        rel=S("bedrägeri bedrägerier bedrägerierna"),
        comp=S("bedrägeriförsök bedrägerihärvan bedrägerimålen bedrägeriverksamheten pensionsbedrägerierna"),
        dc=S("bedragare bedragaren bedragarna bedragarnas"),
        no=S("bedrar"),
    ),
    "pension": dict(
        probe=r"pension",
        rel=S("pension pensionen pensioner pensionerna"),
        comp=S("januaripension änkepension pensionsbedrägerierna pensionsmyndigheten pensionsmyndighetens"),
        dc=S("pensionär pensionären pensionärens pensionärer pensionärerna pensionärernas pensionärers"),
    ),
    "gripande": dict(
        probe=r"grip|grep",
        rel=S("gripanden gripandena gripandet"),
        no=S("grep greps gripen gripit gripits gripna"),
    ),
    "åtal": dict(
        probe=r"åtal",
        rel=S("åtal åtalet"),
        no=S("åtalad åtalade åtalades åtalas"),
        nei=S("fåtal"),
    ),
    "samtal": dict(
        probe=r"samtal",
        rel=S("samtal samtalen samtalet"),
        comp=S("samtalsgrupper videosamtal"),
        no=S("samtalade"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningen"),
        comp=S("ersättningsbeslut ersättningsärenden"),
        no=S("ersatt ersätta ersätter"),
        nei=S("översätter"),
    ),
    "polisanmälan": dict(
        probe=r"polisanm",
        rel=S("polisanmälan polisanmälningar"),
        no=S("polisanmält"),
    ),
    "inloggning": dict(
        probe=r"inlogg",
        rel=S("inloggning inloggningar inloggningen"),
        comp=S("inloggningssida tvåfaktorsinloggning"),
        no=S("inloggad"),
    ),
    "dom": dict(
        probe=r"^d[oö]m",
        rel=S("dom domar domen"),
        comp=S("domstol domstolen"),
        no=S("dömda dömde dömdes dömts"),
    ),
    # --- syncope ---
    "nummer": dict(
        probe=r"num[mr]",
        rel=S("nummer numren numret"),
        comp=S("avsändarnummer kontonummer mobilnummer nummerskiva personnummer telefonnummer"),
        no=S("numrerad"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        dc=S("medelåldern"),
        no=S("medlemmar medlemmarna"),
    ),
    "finger": dict(probe=r"fing", rel=S("finger fingrar fingrarna"), no=S("fingerade")),
    "mönster": dict(probe=r"mönst", rel=S("mönster"), no=S("mönstrad")),
    "ålder": dict(
        probe=r"ålder|åldr",
        rel=S("ålder åldern åldrar"),
        comp=S("medelåldern årsåldern"),
        no=S("åldras"),
    ),
    "nyckel": dict(probe=r"nyck", rel=S("nyckeln nycklar nycklarna"), no=S("nyckfull")),
    # --- umlaut ---
    "man": dict(
        probe=r"m[aä]n$|m[aä]nn|män",
        rel=S("man mannen män männen"),
        comp=S("bankman bankmän chefsrådman rådmannen änkeman"),
        no=S("allmän allmänheten allmänna bemannas människa människor människors falkman hellman"),
    ),
    "bror": dict(
        probe=r"^br[oö]d|bror|bröd",
        rel=S("bror brodern bröder bröderna brödernas"),
        no=S("bröd"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land länder länderna"),
        dc=S("landskrona nederländerna"),
        no=S("bland ibland utomlands fällande meddelande pressmeddelande"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        no=S("nätbanken nätet nättraby nätverk"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamoten ledamöter ledamöterna"),
        comp=S("riksdagsledamöter"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stads städer"),
        comp=S("innerstaden"),
        dc=S("kristianstad ystad förstadsgatan"),
        no=S("bostadsområden städar"),
    ),
    # --- compounds ---
    "bank": dict(
        probe=r"b[aä]nk",
        rel=S("bank banken bankens banker bankerna bankernas bankers"),
        comp=S("bankföreningen bankid bankkontor bankkontoret bankkort bankkortet bankman bankmän bankomat bankomater "
               "bankärenden nätbanken sparbanken storbankerna"),
        dc=S("bankbladet bankbladets"),
        no=S("bankade bänk diskbänken"),
    ),
    "konto": dict(
        probe=r"konto",
        rel=S("konto kontot konton kontona"),
        comp=S("kontonummer kontouppgifter kontoändringar målvaktskonton sparkonto sparkonton trygghetskonto "
               "utbetalningskonto utbetalningskonton"),
        no=S("kontor kontoren kontoret huvudkontor servicekontor bankkontor bankkontoret"),
    ),
    "säkerhet": dict(
        probe=r"säk[e]?r",
        rel=S("säkerhet säkerheten säkerhets"),
        comp=S("informationssäkerhet säkerhetsansvarig säkerhetsansvarige säkerhetsarbete säkerhetsavdelning "
               "säkerhetschef säkerhetsdosa säkerhetsfråga säkerhetsfrågor säkerhetssalen"),
        dc=S("osäkerhet"),
        no=S("säker säkert säkerställa osäkra"),
        nei=S("försäkringskassan socialförsäkringen socialförsäkringsminister socialförsäkringsministern"),
    ),
    "brott": dict(
        probe=r"brott",
        rel=S("brott brotten brottet"),
        comp=S("brottslighet brottsofferjouren brottsofferjourens inbrott narkotikabrott penningtvättsbrott"),
        dc=S("inbrottstjuvar"),
        no=S("avbrottet genombrott"),
    ),
    "änka": dict(
        probe=r"änk",
        rel=S("änka änkan änkor änkorna"),
        comp=S("änkeman änkepension"),
        dc=S("änkling"),
        no=S("bänk diskbänken länk länkar misstänker misstänks misstänksam misstänksamma misstänkt misstänkta sänkt tänka tänker "
             "tänkte"),
    ),
    "gata": dict(
        probe=r"gat[au]|gåt",
        rel=S("gata gatan"),
        comp=S("amiralsgatan borgmästaregatan drottninggatan förstadsgatan gatuadress gatuadresser ronnebygatan "
               "södergatan"),
        no=S("gåta"),
        nei=S("begåtts gått"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan kyrkans kyrkas"),
        comp=S("amiralitetskyrkan fredrikskyrkan kyrkkaffet kyrkoherden"),
    ),
    "myndighet": dict(
        probe=r"myndig",
        rel=S("myndighet myndigheten myndighetens myndigheter myndigheterna"),
        comp=S("myndighetskontakter pensionsmyndigheten pensionsmyndighetens polismyndigheten"),
        no=S("myndig myndiga omyndiga"),
    ),
    "telefon": dict(
        probe=r"telefon",
        rel=S("telefon telefonen telefoner"),
        comp=S("mobiltelefoner telefonavlyssning telefonjour telefonkedja telefonnummer telefonoperatörerna"),
        no=S("telefonerade"),
    ),
    # --- traps ---
    "falk": dict(
        probe=r"falk",
        rel=S("falk falkar"),
        no=S("falk(namn) falkenberg falkman"),
    ),
    "ros": dict(
        probe=r"ros",
        rel=S("ros rosor"),
        no=S("ros(namn) rosendahl rosengård rosén broschyrer krossad tros"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindarna"),
        dc=S("lindängen"),
        no=S("lind(namn) lindblom lindgren lindholm lindqvist lindén"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stigen"),
        no=S("stig(namn) stigberg stigit stigsdotter stigsson"),
    ),
    "ask": dict(
        probe=r"ask",
        rel=S("ask asken"),
        no=S("ask(namn) askelöf askenstam askkoppar"),
    ),
    "hed": dict(
        probe=r"hed",
        rel=S("heden"),
        no=S("hed(namn) hederliga hedlund hedvall"),
    ),
    "vide": dict(
        probe=r"vide",
        rel=S("vide videt"),
        no=S("vide(namn) videll video videoklipp videosamtal"),
    ),
    "lur": dict(
        probe=r"lur",
        rel=S("luren"),
        no=S("lura lurad lurade lurades lurat lurats lurendrejare"),
    ),
    "ring": dict(
        probe=r"ring",
        rel=S("ringen"),
        comp=S("vigselringen"),
        no=S("ringa ringas ringde ringer ringt uppringd uppringda kring omkring besparingar folkbokföringsadress "
             "folkbokföringsadressen försäkringskassan förändringarna hantering kontoändringar kryptering legitimering "
             "parkeringen rapporteringen regeringen signering slutplädering socialförsäkringen "
             "socialförsäkringsminister socialförsäkringsministern ändring ändringar ändringarna ändringen åring "
             "åringar åringen årings överföringar överföringarna överföringen"),
    ),
    "svar": dict(
        probe=r"sv[aå]r",
        rel=S("svar svaren svaret"),
        no=S("svara svarade svarar svarat svart svarta svårare svårt besvara ansvar ansvaret försvarare försvararen "
             "försvaret säkerhetsansvarig säkerhetsansvarige"),
    ),
    "mål": dict(
        probe=r"m[aå]l",
        rel=S("mål målet"),
        dc=S("bedrägerimålen klagomål vittnesmål målsägande målsäganden målsägandena målvakter målvaktskonton"),
        no=S("malmö malmberg malm malin gammal"),
    ),
    "äng": dict(
        probe=r"äng",
        rel=S("ängar ängen"),
        comp=S("lindängen"),
        no=S("avstängd fängelse gäng hänga hänger länge längre längs stänga stängde stänger stängs stängt utestängd "
             "ängström"),
    ),
    "kort": dict(
        probe=r"k[oö]rt",
        rel=S("kort kortet"),
        comp=S("bankkort bankkortet"),
        no=S("kortat"),
    ),
    # --- words of phrases, booleans and filters ---
    "sparbanken": dict(probe=r"^sparbank", rel=S("sparbanken")),
    "söderslätt": dict(probe=r"söderslätt", rel=S("söderslätt söderslätts")),
    "falsk": dict(probe=r"^falsk", rel=S("falsk falska")),
    "polis": dict(
        probe=r"^polis",
        rel=S("polis polisen polisens poliser poliserna"),
        comp=S("polisbil polisbilar polisinspektör polislegitimationer polismyndigheten polisregion polisuniform "
               "polisärende"),
        nei=S("polisanmälan polisanmälningar polisanmält"),
    ),
    "digital": dict(probe=r"^digital", rel=S("digitala digitalt")),
    "utanförskap": dict(probe=r"utanförskap", rel=S("utanförskap utanförskapet")),
    "grov": dict(probe=r"^grov", rel=S("grov grovt")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "pensionsmyndigheten": dict(probe=r"^pensionsmyndighet", rel=S("pensionsmyndigheten pensionsmyndighetens")),
    "rutin": dict(probe=r"rutin", rel=S("rutiner")),
    "utan": dict(probe=r"^utan$", rel=S("utan")),
    "bankid": dict(probe=r"bankid", rel=S("bankid")),
    "pro": dict(probe=r"^pro$", rel=S("pro")),
    "spf": dict(probe=r"^spf$", rel=S("spf")),
    "malmö": dict(probe=r"malmö", rel=S("malmö")),
    "karlskrona": dict(probe=r"karlskrona", rel=S("karlskrona")),
    "konsumentverket": dict(probe=r"konsumentverk", rel=S("konsumentverket")),
    "finansinspektionen": dict(probe=r"finansinspek", rel=S("finansinspektionen")),
    "ronneby": dict(probe=r"^ronneby", rel=S("ronneby"), dc=S("ronnebygatan ronnebyån")),
    "karlshamn": dict(probe=r"karlshamn", rel=S("karlshamn")),
    "pensionär": dict(
        probe=r"pensionär",
        rel=S("pensionär pensionären pensionärens pensionärer pensionärerna pensionärernas pensionärers"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("bedrägerierna", "inflection", False, ("term", "bedrägeri")),
    ("pensionen", "inflection", False, ("term", "pension")),
    ("gripandet", "inflection", False, ("term", "gripande")),
    ("åtalet", "inflection", False, ("term", "åtal")),
    ("samtalen", "inflection", False, ("term", "samtal")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("polisanmälningarna", "inflection", False, ("term", "polisanmälan")),
    ("inloggningen", "inflection", False, ("term", "inloggning")),
    ("domen", "inflection", False, ("term", "dom")),
    ("numren", "syncope", False, ("term", "nummer")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("fingrar", "syncope", False, ("term", "finger")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("åldrar", "syncope", False, ("term", "ålder")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("männen", "umlaut", False, ("term", "man")),
    ("bröderna", "umlaut", False, ("term", "bror")),
    ("länder", "umlaut", False, ("term", "land")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bank", "compound", True, ("term", "bank")),
    ("konto", "compound", True, ("term", "konto")),
    ("säkerhet", "compound", True, ("term", "säkerhet")),
    ("brott", "compound", True, ("term", "brott")),
    ("änka", "compound", True, ("term", "änka")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("myndighet", "compound", True, ("term", "myndighet")),
    ("telefon", "compound", True, ("term", "telefon")),
    ('"Sparbanken Söderslätt"', "phrase", False, ("phrase", ["sparbanken", "söderslätt"])),
    ('"falska poliser"', "phrase", False, ("phrase", ["falsk", "polis"])),
    ('"digitalt utanförskap"', "phrase", False, ("phrase", ["digital", "utanförskap"])),
    ('"grovt bedrägeri"', "phrase", False, ("phrase", ["grov", "bedrägeri"])),
    ('"i telefon"', "phrase", False, ("phrase", ["i", "telefon"])),
    ('"Pensionsmyndighetens rutiner"', "phrase", False, ("phrase", ["pensionsmyndigheten", "rutin"])),
    ('"utan BankID"', "phrase", False, ("phrase", ["utan", "bankid"])),
    ('"PRO och SPF"', "phrase", False, ("phrase", ["pro", "och", "spf"])),
    ("Malmö Karlskrona", "boolean", False, ("and", ["malmö", "karlskrona"])),
    ("Pensionsmyndigheten banken", "boolean", False, ("and", ["pensionsmyndigheten", "bank"])),
    ("Konsumentverket OR Finansinspektionen", "boolean", False, ("or", ["konsumentverket", "finansinspektionen"])),
    ("Ronneby OR Karlshamn", "boolean", False, ("or", ["ronneby", "karlshamn"])),
    ("PRO -SPF", "boolean", False, ("not", "pro", "spf")),
    ("pensionärer -Malmö", "boolean", False, ("not", "pensionär", "malmö")),
    ("ersättning -banken", "boolean", False, ("not", "ersättning", "bank")),
    ("källa:Sydvåg samtalen", "filter", False, ("filter", "Sydvåg", "samtal")),
    ("källa:Spira åtalet", "filter", False, ("filter", "Spira", "åtal")),
    ("källa:Kvällsfacklan bröderna", "filter", False, ("filter", "Kvällsfacklan", "bror")),
    ("källa:Bankbladet ersättningen", "filter", False, ("filter", "Bankbladet", "ersättning")),
    ("källa:Kustbladet pensionen", "filter", False, ("filter", "Kustbladet", "pension")),
    ("typ:opinion BankID", "filter", False, ("filter", "opinion", "bankid")),
    ("typ:opinion myndigheten", "filter", False, ("filter", "opinion", "myndighet")),
    ("falk", "trap", False, ("term", "falk")),
    ("ros", "trap", False, ("term", "ros")),
    ("lind", "trap", False, ("term", "lind")),
    ("stig", "trap", False, ("term", "stig")),
    ("ask", "trap", False, ("term", "ask")),
    ("hed", "trap", False, ("term", "hed")),
    ("vide", "trap", False, ("term", "vide")),
    ("lur", "trap", False, ("term", "lur")),
    ("ring", "trap", False, ("term", "ring")),
    ("svar", "trap", False, ("term", "svar")),
    ("mål", "trap", False, ("term", "mål")),
    ("äng", "trap", False, ("term", "äng")),
    ("kort", "trap", False, ("term", "kort")),
]

HEADER = """# corpus_pension.json – judging notes

Invented crisis: from December 2026 a fraud ring based in Malmö steals elderly people's pensions and savings in Skåne and Blekinge. Callers posing as the bank's security department or as Pensionsmyndigheten get pensioners to approve logins with Mobilt BankID (later via sms links to a fake login page on a server in the Netherlands), then change the pension payment account in Pensionsmyndigheten's e-service, which had no second check, or move savings to accounts opened by money mules (målvakter) in the invented Sparbanken Söderslätt; fake police officers collect bank cards, codes and keys at the door. On 19 January 2027 412 pensioners get no pension; Pensionsmyndigheten stops online account changes, later counts 2 800 redirected pensions and pays them back; the police count 3 400 victims and 150 million kronor. Police raid a call centre on Amiralsgatan and addresses in Rosengård and Möllevången on 9 February (nine held, two brothers aged 22 and 24 pointed out as leaders); Finansinspektionen finds weaknesses at five banks and fines Sparbanken Söderslätt; Konsumentverket criticises the banks' refusals to compensate (grov oaktsamhet), ARN rules for a victim; PRO and SPF Seniorerna, riksdag members and the minister act; ISF criticises Pensionsmyndigheten's routines; charges on 1 April, the trial in Malmö tingsrätt from 12 April, the verdict on 12 May (six and five years for the brothers), the appeal; throughout, a debate about digital exclusion, closed bank branches and the right to live without BankID. Places and public bodies are real (Malmö with Rosengård, Lindängen, Möllevången, Västra Innerstaden, Kirseberg, Husie, Limhamn, Oxie, Bunkeflostrand, Västra hamnen, Amiralsgatan, Södergatan, Södra Förstadsgatan, Davidshallstorg; Trelleborg, Ystad, Svedala, Skurup, Eslöv, Höör, Lund, Landskrona, Helsingborg, Kristianstad, Tomelilla, Brösarp, Falsterbo; Karlskrona with Nättraby, Jämjö, Amiralitetskyrkan, Fredrikskyrkan, Stortorget, Ronnebygatan, Borgmästaregatan; Ronneby, Ronnebyån, Kallinge, Bräkne-Hoby, Karlshamn, Sölvesborg, Olofström; Pensionsmyndigheten, Polisen, Polisregion Syd, Åklagarmyndigheten, Malmö tingsrätt, Blekinge tingsrätt, Hovrätten över Skåne och Blekinge, Finansinspektionen, Konsumentverket, ARN, ISF, Försäkringskassan, Kronofogden, Riksrevisionen, Bankföreningen, PRO, SPF Seniorerna, Svenska kyrkan, Lunds universitet; their actions are invented); the bank, every person, the café and all six outlets are invented: Öresundsposten (local daily, Malmö and south-west Skåne), Kustbladet (local daily, Blekinge), Radio Sydvåg (local radio, with quotes), Nyhetsbyrån Spira (wire service, also carrying press releases), Kvällsfacklan (national tabloid) and Bankbladet (trade paper for banking and finance). 117 articles (100 news, 17 opinion: leaders, debate articles, columns, a radio commentary, letters), published 11 January to 20 May 2027, +01:00 until 28 March and +02:00 after. The ids pf001–pf117 follow publication time.

Names that are also words: the police spokesperson Stig Falk (*stig*, path; *falk*, falcon) and the defence lawyer Stig-Olof Ahlgren; the prosecutor Dag Hed and the pensioners Ingvar Hed and Holger Hed (*hed*, heath); PRO's district chair Sten-Åke Ros and SPF Seniorerna's chair Ros-Marie Lind (*ros*, rose or praise; *lind*, linden); Finansinspektionen's head of department Sol Ask and the letter writer Gunnel Ask (*ask*, box); the bank's head of security Vide Sjöholm (*vide*, willow). Others meet no query (Dag, Bo Ekdahl and *Bo* alone, Rut Svensson and *Rut* alone, Lo Hellman, Ulla Sten, Sol Ask's *Sol*, Erik Sol, Mona Ek, Karl-Erik Blom, Inga-Lill Nyström, Anna-Karin Hedlund, Ann-Sofie Åkesson). Several headlines put the name first and explain it only in the text (*Ros: ”Våra medlemmar är rädda”*, *Lind: ”Vi får hundra samtal om dagen”*, *Falk: ”Det här är organiserad brottslighet”*, *Ask: ”Bankerna måste se över gränserna”*, *Hed: Åtal väntas i april …*, *Vide Sjöholm: ”Vi ser ett nytt mönster”*, *Lind: ”Många orkar inte följa rättegången”*, *Falk: ”Ligan är krossad …”*). A Swedish reader never takes these names for the bird, the path, the heath, the flower, the tree, the box or the willow, so each is a lookalike (must_not) for the word it spells. So that name and word can be classified apart, pension_build.py reads the capitalised tokens *Falk*, *Stig* (also in *Stig-Olof*), *Hed*, *Ros* (also in *Ros-Marie*), *Lind*, *Ask*, *Vide* as tokens of their own, written *falk(namn)*, *stig(namn)* … below; the words themselves are never written with a capital in these exact forms, and check_names() fails the build if a name token stands in an article that does not name its person in full. Surnames, places and organisations built on the words are lookalikes too: *Falkenberg*, *Falkman* (falk); *Rosén*, *Rosendahl*, *Rosengård* (ros); *Lindén*, *Lindqvist*, *Lindholm*, *Lindgren*, *Café Lindblom* (lind; the district *Lindängen* is don't care); *Stigsson*, *Stigsdotter*, *Stigberg* (stig); *Askelöf*, *Askenstam* (ask); *Hedlund*, *Hedvall* (hed); *Videll* (vide); *Ängström* (äng); *Malmö*, *Malmberg*, *Malm*, *Malin* (mål, the diacritic pair); *Hellman*, *Falkman* (män); *Nättraby* (nätter).

Kept out of the texts as the README asks: the pronoun *man* (every *man* is the noun: *en 91-årig man*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective and adverb *kort* in the base form (every *kort* is the card; the verb appears as *kortat*), the imperative *ring* and the noun plural *lurar* (every *lurar* would be the verb; it is not used), *ask* meaning the ash tree, *gripande* as an adjective (the noun appears only as *gripandet*, *gripanden*, *gripandena*), the colloquial pronoun *dom*, *stig* as an imperative, and *svar* in any sense but the noun.

How the lists were made: src/pension_articles.py holds the texts (written in six parts, each appended to ARTICLES) and src/pension_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: mål/mal, svar/svår, bank/bänk, kort/kört, natt/nätt/nät, bror/bröd, land/länd, stad/städ, gata/gåta, man/män, dom/döm) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed anywhere in a word (*ros*, *lind*, *stig*, *ask*, *hed*, *vide*, *lur*, *ring*, *äng*, *änk*, *falk*), so words that merely contain the letters are found (*broschyrer*, *krossad*, *tros* for `ros`; *kring*, *ändringar*, *överföringar*, *regeringen*, *85-åring* for `ring`; *fängelse*, *länge*, *gäng*, *stängd*, *hänger* for `äng`; *tänka*, *misstänkt*, *länk*, *sänkt* for `änka`; *askkoppar* for `ask`; *hederliga* for `hed`; *video*, *videosamtal* for `vide`). Tokens are runs of letters, so *85-åring*, *BankID-appen*, *ARN:s* and *20-årsåldern* are split (*åring*, *bankid*, *arn*, *årsåldern*). `python3 pension_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *säkerhetschef*, *säkerhetsdosa*, *informationssäkerhet*, *brottsofferjouren*, *penningtvättsbrott*, *Pensionsmyndigheten*, *myndighetskontakter*, *Amiralsgatan*, *målvaktskonton*, *utbetalningskonto*; -e- *änkepension*, *änkeman*; -u- *gatuadress*, *gatuadresser*; -o- *kyrkoherden*; none *sparkonto*, *kontonummer*, *nätbanken*, *storbankerna*, *bankkort*, *BankID*, *narkotikabrott*, *inbrott*, *Fredrikskyrkan*, *kyrkkaffet*, *Södergatan*, *Drottninggatan*, *telefonnummer*, *mobiltelefoner*, *Polismyndigheten*. A word inside a longer compound is don't care: *inbrottstjuvar* for `brott`, *Södra Förstadsgatan* for `städer`, *osäkerhet* (a derivation) for `säkerhet`, *änkling* for `änka`; the outlet's name *Bankbladet* for `bank`.
- **bank** (compound): the verb *bankade* (knocked) and the diacritic lookalikes *bänk*, *diskbänken* → must_not. **konto**: *kontor*, *kontoret*, *kontoren* and their compounds *bankkontor*, *bankkontoret*, *huvudkontor*, *servicekontor* (compounds of kontor, a word that only looks like konto+r) → must_not. **säkerhet**: the adjective *säker*, *säkert*, *osäkra* and the verb *säkerställa* → must_not; *försäkring*- words are neither. **brott**: *avbrottet* (interruption) and *genombrott* (breakthrough), compounds that only look like it → must_not. **änka**: *tänka*, *tänker*, *tänkte*, *misstänker*, *misstänkt*, *misstänkta*, *misstänks*, *misstänksam(ma)*, *sänkt*, *länk*, *länkar*, *bänk*, *diskbänken* → must_not. **gata**: *gåta* (riddle, the diacritic pair) → must_not; *gått*, *begåtts* are neither. **myndighet**: the adjective *myndig*, *myndiga*, *omyndiga* (of age) → must_not. **telefon**: the verb *telefonerade* → must_not. **kyrka**: only the word and its compounds.
- **falk** (trap): *en falk*, *falkar* (the bird; also *slår som en falk*) relevant; the name, *Falkenberg*, *Falkman* → must_not. **ros**: *ros* (praise: *förtjänar ros*, *en ros till er*) and *rosor* relevant; the name, *Rosengård*, *Rosén*, *Rosendahl* and *broschyrer*, *krossad*, *tros* → must_not. **lind**: *lindarna* relevant; the name and the surnames → must_not; *Lindängen* don't care. **stig**: *stigen* relevant; the name, the verb *stigit* and the surnames → must_not. **ask**: *en ask*, *asken* (a box) relevant; the name, *Askelöf*, *Askenstam* and *askkoppar* (aska) → must_not. **hed**: *heden* relevant; the name, *hederliga* and the surnames → must_not. **vide**: *vide*, *videt* (willow) relevant; the name, *Videll*, *video*, *videoklipp*, *videosamtal* → must_not. **lur**: *luren* (the receiver) relevant; the verb *lura* in all its forms (*lurade*, *lurad*, *lurades*, *lurat*, *lurats*) and *lurendrejare* → must_not. **ring**: *ringen* (the fraud ring and a wedding ring) relevant, *vigselringen* a compound; the verb *ringa* (*ringer*, *ringde*, *ringt*, *ringas*, *uppringd*, *uppringda*), *kring*, *omkring*, *åring* (from *85-åring*) and every noun in *-ring* (*ändring*, *överföringar*, *regeringen*, *legitimering*, *hantering*, *försäkringskassan* …) → must_not. **svar**: the noun *svar*, *svaret*, *svaren* relevant; the verb *svara* (*svarar*, *svarade*, *svarat*, *besvara*), *svår*- forms (*svårt*, *svårare*, the diacritic pair), *svart*, *svarta* and *ansvar*, *försvar*- words → must_not. **mål**: *mål*, *målet* (a goal and the court case) relevant; *Malmö*, *Malmberg*, *Malm*, *Malin* and *gammal* → must_not; compounds *målsägande*, *målvakter*, *bedrägerimålen*, *klagomål*, *vittnesmål* → don't care. **äng**: *ängen*, *ängar* relevant, *Lindängen* a compound; *fängelse*, *länge*, *längre*, *längs*, *gäng*, *hänga*, *hänger*, *stänga*/*stängd*/*stängs*/*stängt* …, *utestängd*, *avstängd*, *Ängström* → must_not. **kort**: *kort*, *kortet* (the card) relevant; the verb *kortat* → must_not; *bankkort*, *bankkortet* compounds.
- **Inflection**: `bedrägerierna` – the verb *bedrar* → must_not; *bedragare* and its forms (agent noun) → don't care. `pensionen` – *pensionär* and its forms (derivation) → don't care. `gripandet` – the verb *gripa* (*grep*, *greps*, *gripit*, *gripits*, *gripen*, *gripna*) → must_not. `åtalet` – *åtala* (*åtalas*, *åtalad*, *åtalade*, *åtalades*) → must_not; *fåtal* is neither. `samtalen` – *samtalade* → must_not. `ersättningen` – *ersätta*, *ersätter*, *ersatt* → must_not; *översätter* neither. `polisanmälningarna` – *polisanmält* → must_not. `inloggningen` – *inloggad* → must_not. `domen` – *döma* (*dömde*, *dömdes*, *dömda*, *dömts*) → must_not; *domstol(en)* compound; *domar* (verdicts) relevant.
- **Syncope**: `numren` – *numrerad* → must_not; *telefonnummer*, *personnummer* … compounds. `medlen` – *medlemmar(na)* → must_not; *medelåldern* don't care. `fingrar` – *fingerade* → must_not. `mönstret` – *mönstrad* → must_not. `åldrar` – the verb *åldras* → must_not; *medelåldern*, *20-årsåldern* compounds. `nycklar` – *nyckfull* → must_not.
- **Umlaut**: `männen` – *man* (noun), *mannen*, *män*, *männen* relevant; *människa*, *människor*, *allmän*, *allmänheten*, *allmänna*, *bemannas*, *Hellman*, *Falkman* → must_not; *bankman*, *bankmän*, *rådmannen*, *chefsrådman*, *änkeman* compounds. `bröderna` – *bröd* → must_not. `länder` – *bland*, *ibland*, *utomlands* (small words and an adverb), *meddelande*, *pressmeddelande*, *fällande* → must_not; *Landskrona*, *Nederländerna* don't care. `nätter` – *nätet*, *nätbanken*, *nätverk*, *Nättraby* → must_not. `städer` – *städar* and *bostadsområden* → must_not; *Innerstaden* compound; *Kristianstad*, *Ystad* don't care. `ledamöterna` – *riksdagsledamöter* compound.
- **Phrases**: forms must be adjacent and in order in one sentence. *Sparbanken Söderslätt(s)* relevant; *sparbanken i Trelleborg* with *Söderslätt* (the plain) elsewhere → must_not. *falsk polis*, *falska poliser*, *falska polisen* relevant; *falska samtal*, *falska nummer*, *falska länkar*, *den falska sidan* with *polisen* elsewhere → must_not. *det digitala utanförskapet* relevant; *De digitala tjänsterna har skapat ett nytt utanförskap* → must_not. *grovt bedrägeri* relevant; *grovt oaktsam* with *bedrägerier* elsewhere → must_not. *i telefon*, *i telefonen* relevant; *telefon* elsewhere without *i* before it → must_not; *telefonnummer* alone don't care. *Pensionsmyndighetens rutiner* relevant; *myndighetens egna rutiner* in an article with *Pensionsmyndighetens* elsewhere → must_not. *utan BankID* relevant; *utan* and *BankID* apart → must_not. *PRO och SPF (Seniorerna)* relevant; *SPF Seniorerna och PRO* (reversed) → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*nätbanken*, *Sparbanken* for `banken`) is don't care. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound, don't care. `pensionärer` counts every form of *pensionär*; `Ronneby` alone, *Ronnebyån* and *Ronnebygatan* don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Sydvåg*, *Spira*, *Kvällsfacklan*, *Bankbladet*, *Kustbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("pension", "pf", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
