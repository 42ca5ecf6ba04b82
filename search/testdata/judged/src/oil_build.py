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
HEADER = "# corpus_oil.json – judging notes\n"

fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("oil", "u", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
