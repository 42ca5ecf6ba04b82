#!/usr/bin/env python3
"""Builds corpus_payment.json and corpus_payment.md from payment_articles.py and the hand-written word-form lists
below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus may have a surname that is also a common noun (MSB's Sofia Ström and Mikael Ström in a queue
in Göteborg, the deputy governor Henrik Frost, the pensioner Sture Bonde). A reader tells the name from the noun, so
the tokenizer below reads the capitalised forms Ström, Frost and Bonde (and their genitives), which the texts use only
as names, as tokens of their own: ström(namn), frost(namn), bonde(namn). Every other token is as in fire_build.

Run from this folder: python3 payment_build.py [-v]
"""

import fire_build
from payment_articles import ARTICLES


S = fire_build.S

NAMES = {"Ström", "Ströms", "Frost", "Frosts", "Bonde", "Bondes"}


def tokens(text):
    """fire_build's tokens, with the names that are also nouns kept apart from the nouns."""
    return [t.lower() + "(namn)" if t in NAMES else t.lower() for t in fire_build.TOKEN.findall(text)]


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "betalning": dict(
        probe=r"betal",
        rel=S("betalningen betalningar betalningarna"),
        comp=S("kortbetalningar kortbetalningarna kortbetalningen kontantbetalningar löneutbetalningar "
               "offlinebetalningar betalningsförmedlare betalningsförmedlaren betalningsförmedlarna "
               "betalningshistoria betalningsinfrastrukturen betalningsinstitut betalningsmedel betalningsmedlet "
               "betalningsrapport"),
        dc=S("betalkaoset betalkedjan betalkris betalkrisen betalnord betalnords betalsystem betalsystemen "
             "betalsystemet"),
        no=S("betala betalade betalar betalas betalat betalats betalt"),
    ),
    "kort": dict(
        probe=r"kort",
        rel=S("kort korten kortet"),
        comp=S("bankkort liftkort kortbetalningar kortbetalningarna kortbetalningen kortflöden kortflödet "
               "kortinfrastrukturen kortköp kortläsare kortläsaren kortsystemen kortterminal kortterminalen "
               "kortterminaler kortterminalerna korttjänsten korttransaktioner korttransaktionerna"),
        no=S("korta kortare kortsiktig"),
        nei=S("eskorterat"),
    ),
    "uppdatering": dict(
        probe=r"uppdater",
        rel=S("uppdatering uppdateringen uppdateringar"),
        no=S("uppdaterar"),
    ),
    "avbrott": dict(
        probe=r"avbr",
        rel=S("avbrott avbrottet avbrottets"),
        comp=S("elavbrott"),
        no=S("avbröt"),
    ),
    "kontanter": dict(
        probe=r"kontant",
        rel=S("kontanter kontanterna kontanternas"),
        comp=S("kontantautomaterna kontantbetalningar kontanthantering kontantkrav kontantlagen kontantlösa "
               "kontantlöst kontantombud kontantplatser kontanttjänster kontantuttagen"),
        dc=S("kontant"),
    ),
    "räkning": dict(
        probe=r"räkn",
        rel=S("räkningar räkningarna"),
        no=S("räkna räknade räknar räknat"),
        nei=S("beräknas"),
    ),
    "kvitto": dict(
        probe=r"kvitt",
        rel=S("kvitto kvitton kvittona"),
        no=S("kvitt"),
    ),
    "störning": dict(
        probe=r"stör",
        rel=S("störning störningen störningar"),
        no=S("större störst största"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningarna utredningens"),
        dc=S("utredare utredaren"),
        no=S("utreda utreder"),
    ),
    # --- syncope ---
    "sedel": dict(
        probe=r"sedl|sedel",
        rel=S("sedel sedlar sedlarna"),
        comp=S("låtsassedlar"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regel regler reglerna"),
        comp=S("regelverk"),
        no=S("reglerar"),
    ),
    "nummer": dict(
        probe=r"numm|numr|numer",
        rel=S("nummer numret"),
        comp=S("personnummer personnumret"),
        no=S("numera"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("betalningsmedel betalningsmedlet läkemedel"),
        dc=S("livsmedelsbutik livsmedelsbutiker läkemedelsverket"),
        no=S("medlemmar förmedlar förmedlare betalningsförmedlare betalningsförmedlaren betalningsförmedlarna "
             "omedelbar"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagret"),
        no=S("lagerkvist lagras"),
    ),
    "papper": dict(
        probe=r"papp",
        rel=S("papper pappret"),
        no=S("pappa"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad städer"),
        comp=S("storstäderna"),
        dc=S("kristianstad"),
        no=S("bostad"),
        nei=S("kostade otestad testade testades"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("hand händerna"),
        comp=S("handkassa"),
        dc=S("efterhand"),
        no=S("behandlas byteshandeln dagligvaruhandeln handel handeln handelshögskolan handla handlar handlare "
             "handlaren handlarna handlat handlingskraft hända hände händelsen händelserna lanthandel lanthandeln "
             "lanthandelns lanthandlare lanthandlarens lanthandlarna"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land landet landets länder länderna"),
        comp=S("grannländerna inland landsbygden landsbygdens landsbygd landshövdingen utlandet"),
        dc=S("finland finlands götaland irland jämtland jämtlands norrland norrlands"),
        no=S("landade"),
        nei=S("bland ibland felmeddelande meddelande pressmeddelande uttalande"),
    ),
    "natt": dict(
        probe=r"natt|nätt|nät",
        rel=S("natten nattens nätterna"),
        no=S("elnät nätbanken nätbanker nätbankerna nätet nätuppkoppling"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bonden bönder bönderna"),
        comp=S("mjölkbonden"),
        no=S("bonde(namn) bönor"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamöter"),
        comp=S("riksdagsledamoten riksdagsledamöter"),
    ),
    # --- compounds ---
    "bank": dict(
        probe=r"b[aä]nk",
        rel=S("bank banken banker bankerna bankernas"),
        comp=S("bankchef bankföreningen bankföreningens bankgirot bankid bankkontor bankkontoren bankkontoret "
               "bankkort banköverföring nätbanken nätbanker nätbankerna riksbanken riksbankens riksbankschef "
               "storbanker storbankerna ägarbanker ägarbankerna"),
        dc=S("bankomat"),
        no=S("bankat"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt[ao]",
        rel=S("gatan"),
        comp=S("gatuköket kungsgatan prästgatan storgatan"),
        no=S("gåta"),
    ),
    "vecka": dict(
        probe=r"veck",
        rel=S("vecka veckan veckans veckas veckor veckors"),
        comp=S("veckopengen"),
        no=S("utveckla utvecklingen"),
    ),
    "lön": dict(
        probe=r"lön",
        rel=S("lön löner lönerna"),
        comp=S("lönedagen lönefilerna löneutbetalningar månadslön"),
        no=S("lönn lönsamt"),
    ),
    "mat": dict(
        probe=r"mat",
        rel=S("mat maten"),
        comp=S("matbutik matbutiken matbutiker matbutikerna matinköp matkassar matkassarna"),
        no=S("automat automaten automater automaterna bankomat kontantautomaterna parkeringsautomater uttagsautomat "
             "uttagsautomater uttagsautomaterna matte mattias mattsson schemat"),
        nei=S("informationschefen informationskampanj legitimation legitimationen legitimationer systematiskt"),
    ),
    "konto": dict(
        probe=r"konto",
        rel=S("konto konton kontot"),
        no=S("bankkontor bankkontoren bankkontoret kontor kontoren kontoret"),
    ),
    "system": dict(
        probe=r"system",
        rel=S("system systemen systemet"),
        comp=S("betalsystem betalsystemen betalsystemet kortsystemen"),
        no=S("systematiskt"),
    ),
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteken apoteket"),
        comp=S("apotekschefen apoteksförening apotekskedjorna"),
        dc=S("apotekaren"),
    ),
    "terminal": dict(
        probe=r"termin",
        rel=S("terminal terminalen terminaler terminalerna"),
        comp=S("kortterminal kortterminalen kortterminaler kortterminalerna terminalleverantörerna"),
        no=S("terminen"),
    ),
    # --- traps ---
    "kund": dict(
        probe=r"kund",
        rel=S("kund kunden kunder kunderna"),
        comp=S("stamkunder"),
        no=S("kunde"),
    ),
    "kassa": dict(
        probe=r"kass",
        rel=S("kassa kassan kassorna"),
        comp=S("biljettkassorna dagskassan dagskassor handkassa kassakista kassaskåp kassaskåpen reservkassor "
               "växelkassa"),
        dc=S("kassörskan försäkringskassan"),
        no=S("kassar kasse matkassar matkassarna kassman"),
    ),
    "mynt": dict(
        probe=r"mynt",
        rel=S("mynt mynten"),
        comp=S("tjugokronorsmynt"),
        no=S("myntade"),
    ),
    "lån": dict(
        probe=r"l[åä]n",
        rel=S("lån"),
        comp=S("snabblån"),
        no=S("låna lånade lånat län länet länets länsstyrelsen länsstyrelserna skogslänen länge längre längst längsta "
             "lång långa långsamt långt plånbok plånboken länk förlänga länder länderna"),
        nei=S("grannländerna"),
    ),
    "ström": dict(
        probe=r"str[öo]m",
        rel=S("ström strömmen"),
        dc=S("strömsund strömsunds"),
        no=S("ström(namn) strömmade"),
        nei=S("fjällström nyström"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen"),
        comp=S("betalkris betalkrisen krisgrupp krishanteringsråd krisledningar"),
        no=S("kristianstad kristina"),
    ),
    "kö": dict(
        probe=r"^kö(n|r|ra|rde|rt|rs|er|erna|k|ket|ken|ping)?$|kö$|köer|kök",
        rel=S("kö köer köerna kön"),
        no=S("gatuköket kök köket skolköket köping kör köra körde körs kört"),
    ),
    "råd": dict(
        probe=r"r[aå]d",
        rel=S("råd råden"),
        dc=S("kommunalrådet krishanteringsråd ministerrådet"),
        no=S("rad radio avråder förråd tråden"),
        nei=S("detaljerad fungerade förklarade förlorade grader graders hanterade informerades klarade konserverade "
              "lurade lurades minusgrader planerade presenterade specialiserad"),
    ),
    "bil": dict(
        probe=r"bil",
        rel=S("bilen"),
        dc=S("bilister"),
        no=S("bild bildats billigare mobilen mobilt stabilt biljett biljettkassorna bussbiljett"),
    ),
    "mack": dict(
        probe=r"mack",
        rel=S("mackar macken"),
        comp=S("mackägare mackägaren"),
        no=S("mackor"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        comp=S("kontantlagen lagförslaget lagkrav"),
        dc=S("lagligt"),
        no=S("bolag bolagen bolaget bolagets försäkringsbolagen liftbolaget lager lagret lagerkvist lagras lagt "
             "lagas sammanlagt"),
        nei=S("förslag förslaget klagomål receptbelagda slag slaget slagit överklaga överklagar"),
    ),
    "frost": dict(
        probe=r"frost",
        rel=S("frosten"),
        no=S("frost(namn)"),
    ),
    "krona": dict(
        probe=r"kron",
        rel=S("krona kronor"),
        comp=S("tjugokronorsmynt"),
        no=S("kron kroniskt"),
    ),
    # --- words of phrases, booleans and filters ---
    "ta": dict(probe=r"^(ta|tar|tog|tagit|tas|togs|tagits)$", rel=S("ta tar tog tagit tas togs")),
    "emot": dict(probe=r"^emot$", rel=S("emot")),
    "hemma": dict(probe=r"^hemma$", rel=S("hemma")),
    "kontantlös": dict(probe=r"kontantlös", rel=S("kontantlöst kontantlösa")),
    "samhälle": dict(
        probe=r"samhäll",
        rel=S("samhälle samhället samhällets"),
        comp=S("samhällsskydd samhällsviktiga"),
    ),
    "eller": dict(probe=r"^eller$", rel=S("eller")),
    "krig": dict(probe=r"^krig", rel=S("krig kriget")),
    "äldre": dict(probe=r"^äldr|^äldst", rel=S("äldre"), nei=S("äldsta")),
    "person": dict(
        probe=r"^person",
        rel=S("person personer"),
        nei=S("personal personalen personaltid personnummer personnumret"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "landsbygd": dict(probe=r"landsbygd", rel=S("landsbygd landsbygden landsbygdens")),
    "laglig": dict(probe=r"^laglig", rel=S("lagligt")),
    "betalningsmedel": dict(probe=r"betalningsmed", rel=S("betalningsmedel betalningsmedlet")),
    "och": dict(probe=r"^och$", rel=S("och")),
    "riksbanken": dict(
        probe=r"riksbank",
        rel=S("riksbanken riksbankens"),
        comp=S("riksbankschef"),
    ),
    "finansinspektionen": dict(probe=r"finansinspektion", rel=S("finansinspektionen finansinspektionens")),
    "bensinstation": dict(
        probe=r"bensinstation",
        rel=S("bensinstation bensinstationen bensinstationer bensinstationerna"),
    ),
    "bankid": dict(probe=r"bankid", rel=S("bankid")),
    "swish": dict(probe=r"swish", rel=S("swish")),
    "msb": dict(probe=r"^msb$", rel=S("msb")),
    "länsstyrelsen": dict(probe=r"länsstyrels", rel=S("länsstyrelsen länsstyrelserna")),
    "betalnord": dict(probe=r"betalnord", rel=S("betalnord betalnords")),
    "pensionär": dict(
        probe=r"pensionär",
        rel=S("pensionär pensionären pensionärer pensionärerna pensionärernas"),
    ),
    "strömsund": dict(probe=r"strömsund", rel=S("strömsund strömsunds")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("betalningarna", "inflection", False, ("term", "betalning")),
    ("korten", "inflection", False, ("term", "kort")),
    ("uppdateringen", "inflection", False, ("term", "uppdatering")),
    ("avbrottet", "inflection", False, ("term", "avbrott")),
    ("kontanterna", "inflection", False, ("term", "kontanter")),
    ("räkningarna", "inflection", False, ("term", "räkning")),
    ("kvittot", "inflection", False, ("term", "kvitto")),
    ("störningen", "inflection", False, ("term", "störning")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("sedlar", "syncope", False, ("term", "sedel")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("numret", "syncope", False, ("term", "nummer")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("pappret", "syncope", False, ("term", "papper")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("länder", "umlaut", False, ("term", "land")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("ledamöter", "umlaut", False, ("term", "ledamot")),
    ("bank", "compound", True, ("term", "bank")),
    ("gata", "compound", True, ("term", "gata")),
    ("vecka", "compound", True, ("term", "vecka")),
    ("lön", "compound", True, ("term", "lön")),
    ("mat", "compound", True, ("term", "mat")),
    ("konto", "compound", True, ("term", "konto")),
    ("system", "compound", True, ("term", "system")),
    ("apotek", "compound", True, ("term", "apotek")),
    ("terminal", "compound", True, ("term", "terminal")),
    ('"tar emot kontanter"', "phrase", False, ("phrase", ["ta", "emot", "kontanter"])),
    ('"kontanter hemma"', "phrase", False, ("phrase", ["kontanter", "hemma"])),
    ('"kontantlöst samhälle"', "phrase", False, ("phrase", ["kontantlös", "samhälle"])),
    ('"krisen eller kriget"', "phrase", False, ("phrase", ["kris", "eller", "krig"])),
    ('"äldre personer"', "phrase", False, ("phrase", ["äldre", "person"])),
    ('"på landsbygden"', "phrase", False, ("phrase", ["på", "landsbygd"])),
    ('"lagligt betalningsmedel"', "phrase", False, ("phrase", ["laglig", "betalningsmedel"])),
    ('"kort och kontanter"', "phrase", False, ("phrase", ["kort", "och", "kontanter"])),
    ("Riksbanken Finansinspektionen", "boolean", False, ("and", ["riksbanken", "finansinspektionen"])),
    ("apoteket OR bensinstationen", "boolean", False, ("or", ["apotek", "bensinstation"])),
    ("kontanter -Riksbanken", "boolean", False, ("not", "kontanter", "riksbanken")),
    ("BankID Swish", "boolean", False, ("and", ["bankid", "swish"])),
    ("MSB OR Länsstyrelsen", "boolean", False, ("or", ["msb", "länsstyrelsen"])),
    ("Betalnord -uppdateringen", "boolean", False, ("not", "betalnord", "uppdatering")),
    ("pensionärer Strömsund", "boolean", False, ("and", ["pensionär", "strömsund"])),
    ("källa:Kompass uppdateringen", "filter", False, ("filter", "Kompass", "uppdatering")),
    ("källa:Fjällvind kontanter", "filter", False, ("filter", "Fjällvind", "kontanter")),
    ("källa:Clearing Betalnord", "filter", False, ("filter", "Clearing", "betalnord")),
    ("källa:Kvällsblixten apoteket", "filter", False, ("filter", "Kvällsblixten", "apotek")),
    ("källa:Kuriren Riksbanken", "filter", False, ("filter", "Kuriren", "riksbanken")),
    ("källa:Jämtlandsbladet landsbygden", "filter", False, ("filter", "Jämtlandsbladet", "landsbygd")),
    ("typ:opinion kontanter", "filter", False, ("filter", "opinion", "kontanter")),
    ("kund", "trap", False, ("term", "kund")),
    ("kassa", "trap", False, ("term", "kassa")),
    ("mynt", "trap", False, ("term", "mynt")),
    ("lån", "trap", False, ("term", "lån")),
    ("ström", "trap", False, ("term", "ström")),
    ("kris", "trap", False, ("term", "kris")),
    ("kö", "trap", False, ("term", "kö")),
    ("råd", "trap", False, ("term", "råd")),
    ("bil", "trap", False, ("term", "bil")),
    ("mack", "trap", False, ("term", "mack")),
    ("lag", "trap", False, ("term", "lag")),
    ("frost", "trap", False, ("term", "frost")),
    ("kronor", "trap", False, ("term", "krona")),
]

HEADER = """# corpus_payment.json – judging notes

Invented crisis: a nationwide outage of card payments and BankID for three days in the cold of January 2027. The payment processor Betalnord AB in Kista, which handles some 70 per cent of Swedish card transactions and also runs the platform BankID uses, changes to a new platform in the night to Tuesday 19 January; a faulty configuration makes the system collapse when traffic rises at dawn, and the way back fails because parts of the old platform were already switched off. From about 06.40 no card payments go through, and from seven BankID, and with it Swish, the net banks and the authorities' e-services, is down. Shops take only cash, queues form at the cash machines, which run dry; pharmacies hand out medicine on credit or against an invoice, unmanned petrol stations stand still, buses and trains in Jämtland run free, regions let patients pay later, fraudsters call the elderly; in Jämtland (minus 30 to 37 degrees) the country shop in Hammerdal keeps a binder of 140 names who buy on credit, the pharmacy in Strömsund writes debts on a paper, volunteers drive out food bags, the school in Gäddede feeds the village. The Riksbank increases the issue of notes and coins, Finansinspektionen opens an investigation, MSB advises cash at home and help for neighbours, the county administrative board and the municipalities run crisis staffs, the government meets and the Riksdag's finance committee questions Betalnord's chief executive. Cards work again on Friday 22 January at five in the morning, BankID at half past six in the evening (nearly 84 hours). Then to April: the chief executive resigns, salaries are late, people keep cash and buy safes, two big banks move card flows to a Danish processor, a leaked warning, lawsuits by shop owners, an inquiry (its interim report: BankID must not depend on the card processor), a bill that pharmacies and staffed petrol stations must take cash from 2028, a new cash machine in Hammerdal, FI's sanction of 300 million kronor and a new chief executive; through it all the debate about the cashless society, the countryside and the elderly. Places and public bodies are real (Östersund with Frösön, Prästgatan, Storgatan and Stortorget, Strömsund, Hammerdal, Gäddede, Föllinge, Krokom, Åre, Järpen, Dorotea, Köping, Mora, Västerås, Luleå, Kristianstad, Solna, Stockholm with Kista, Södermalm, Sergels torg and Hägersten, Göteborg with Kungsgatan, Malmö, Umeå; Riksbanken and RIX, Finansinspektionen, MSB and its brochure Om krisen eller kriget kommer, Länsstyrelsen i Jämtlands län, Region Jämtland Härjedalen, Östersunds, Krokoms and Strömsunds kommun, Pensionsmyndigheten, Läkemedelsverket, Konsumentverket, Försäkringskassan, Skatteverket, Polisen, Försvarsmakten, Sveriges Kommuner och Regioner, the Riksdag's finansutskott, Solna tingsrätt, Bankföreningen, Bankgirot, Bankomat, BankID, Swish, Svensk Handel, Företagarna, Drivkraft Sverige, Sveriges Apoteksförening, LRF, PRO, SPF Seniorerna, Röda korset, Svenska kyrkan, Norrtåg, Jamtli, KTH, Lunds universitet, Handelshögskolan, Nordiska ministerrådet, Norges Bank, Finlands Bank); their actions are invented. Betalnord, Baltpay, the shops, the people and all six outlets are invented: Nyhetsbyrån Kompass (wire service, terse, also press releases), Jämtlandsbladet (local daily, Östersund and Jämtland, with leaders and letters), Radio Fjällvind (local radio, spoken quotes, two commentaries), Kvällsblixten (tabloid, with columns), Svenska Kuriren (national daily, analysis, leaders and debate articles) and Tidningen Clearing (trade paper for banking and payments, with a column). 122 articles (104 news, 18 opinion: four leaders, four debate articles, four letters, three tabloid columns, a trade-paper column, two radio commentaries), published 1 December 2026 to 30 April 2027, +01:00 until 27 March 2027 and +02:00 from 30 March. The ids pb001–pb122 follow publication time; the query ids are pb-q01 to pb-q65.

People speak with ordinary Swedish names, several of which are also common words: MSB's Sofia Ström and Mikael Ström in a queue in Göteborg, the deputy governor Henrik Frost, the pensioner Sture Bonde, Betalnord's chief executive Annika Lönn, the pensioners' chairman Lars Kron, FI's Kristina Ek, Svensk Handel's Stig Lagerkvist, Betalnord's Mattias Kvist, the debater Peter Mattsson, Elin Kassman, the shopkeeper Dag Hedlund, the baker Mona Stark and Gunvor Stark, Ingrid Modig, Johan Frid, Jonna Rask, Ulrika Sand, Camilla Vide, Jörgen Fält, Gunnel Vinter, Hans Björn, Göran Säll, Johan Lås, Jenny Strand, Stina Grön, Tove Björk, Olle Nord, Tomas Vall, Sara Fjäll, Helena Varg, Lotta Falk. A Swedish reader never takes the surname *Ström* for electric current, *Frost* for frost or *Bonde* for a farmer. So that the lists can say so, payment_build.py reads the capitalised tokens *Ström*, *Frost* and *Bonde* (and their genitives), which the texts use only as these names (the nouns are never capitalised at the start of a sentence, except *Frosten*, a form of its own), as tokens of their own, written *ström(namn)*, *frost(namn)*, *bonde(namn)* in the lists below; every other token is as in fire_build.py, lowercased. The other names are judged where a probe finds them: *Lönn* for `lön`, *Kron* for `kronor`, *Kristina* for `kris`, *Lagerkvist* for `lag` and `lagret`, *Mattias* and *Mattsson* for `mat`, *Kassman* for `kassa` (names that begin with the query word) → must_not; *Nyström*, *Fjällström* (the word only inside the name) → neither. The names that belong to no query's probe (*Dag*, *Stark*, *Modig*, *Frid*, *Rask*, *Sand*, *Vide*, *Fält*, *Vinter*, *Björn*, *Säll*, *Lås*, *Strand*, *Grön*, *Björk*, *Nord*, *Vall*, *Fjäll*, *Varg*, *Falk*, *Ek*, *Lund*, *Berg*, *Holm*, *Fors*, *Kvist*, *Hägg*, *Sköld*, *Hammar*, *Bäck*) are not judged for any query.

Kept out of the texts as the README asks: the pronoun *man* (no form of *man* is used at all), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *kort* in its base form and the idioms *inom kort*, *kort sagt*, *med kort varsel* (every *kort* is a card; the adjective appears only as *korta*, *kortare*, *kortsiktig*), *kön* meaning sex (every *kön* is a queue), *rådet* meaning a council on its own (*råd*, *råden* are always advice; councils appear only in compounds such as *kommunalrådet*), *ha råd* (to afford), the noun *ström* with a capital at the start of a sentence, *lagen* meaning the teams, *lager* meaning a layer (the one *lager* is a stock), *stan* for *staden*, *id-kort* (a hyphenated identity card would give the token *kortet*).

How the lists were made: src/payment_articles.py holds the texts (ARTICLES, the numbered dicts, is made from the rows by fire_build.articles) and src/payment_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: lån/län, råd/rad, stad/städ, hand/händ, land/länd, natt/nätt/nät, bonde/bönd, bank/bänk, gata/gåta, ström/strom) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probe for *kö* is anchored (*kö* with the endings of *kö*, *köra* and *kök*, *kö* at the end of a word, *köer* and *kök* anywhere, and *Köping*), since *kö-* begins hundreds of unrelated words (*köpa*, *köpcentrum*); *bonde* is probed as *bond-*, *bönd-* and *bön-* from the start; the phrase words *ta*, *emot*, *hemma*, *eller*, *på*, *och* only as whole words. Tokens are runs of letters, so *MSB:s*, *e-tjänster*, *e-krona* (giving *krona*), *it-chefen* and numbers such as *06.40* are split or dropped. `python3 payment_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls, one line per query:

- **Inflection.** `betalningarna`: *betalningen*, *betalningar(na)* relevant; the verb *betala*, *betalar*, *betalade*, *betalas*, *betalat(s)*, *betalt* (*tar betalt*) → must_not; *kortbetalningar*, *betalningsmedel*, *betalningsförmedlare*, *löneutbetalningar* compounds; the words made from the verb stem *betal-* (*betalsystemet*, *betalkrisen*, *betalkedjan*, *betalkaoset*) and the company *Betalnord* → don't care. `korten` (cards): *kort*, *kortet*, *korten* relevant; the adjective *korta* (*dagarna är korta*), *kortare*, *kortsiktig* → must_not; *bankkort*, *liftkort*, *kortterminal*, *korttransaktioner* … compounds; *eskorterat* neither. `uppdateringen`: *uppdatering(en/ar)* relevant; the verb *uppdaterar* (also *MSB uppdaterar sina råd*, *Nyhetsbyrån Kompass uppdaterar*) → must_not. `avbrottet`: *avbrott(et/ets)* relevant; *avbröt* (avbryta) → must_not; *elavbrott* compound. `kontanterna`: *kontanter*, *kontanterna*, *kontanternas* relevant; the adjective/adverb *kontant* (*betala kontant*) don't care; *kontantlagen*, *kontantlöst*, *kontantombud* … compounds; no lookalike. `räkningarna` (bills): *räkningar(na)* relevant; the verb *räkna*, *räknar*, *räknade*, *räknat* → must_not; *beräknas* neither. `kvittot`: *kvitto*, *kvitton*, *kvittona* relevant; the adjective *kvitt* (*nu är vi kvitt*) → must_not. `störningen`: *störning(en/ar)* relevant; *större*, *störst*, *största* (stor) → must_not. `utredningen`: *utredning(en/ens)*, *utredningarna* relevant; the verb *utreda*, *utreder* → must_not; *utredare(n)* (the person, a derivation) don't care.
- **Syncope.** `sedlar`: *sedel*, *sedlar*, *sedlarna* relevant; *låtsassedlar* compound; no lookalike. `reglerna`: *regel* (*i regel*), *regler*, *reglerna* relevant; the verb *reglerar* → must_not; *regelverk* compound. `numret`: *nummer*, *numret* relevant; *numera* → must_not; *personnummer(et)* compounds. `medlen` (funds): *medel*, *medlen* relevant; *medlemmar*, *förmedla* and its nouns (*förmedlar*, *förmedlare*, *betalningsförmedlare(n/na)*) and *omedelbar* → must_not; *betalningsmedel(et)*, *läkemedel* compounds, *livsmedelsbutik(er)*, *Läkemedelsverket* (the word inside a longer compound) don't care. `lagret` (the stock): *lager*, *lagret* relevant; the verb *lagras* (lagra) and the surname *Lagerkvist* → must_not. `pappret`: *papper*, *pappret* relevant; *pappa* → must_not.
- **Umlaut.** `städer`: *stad*, *städer* relevant; *bostad* → must_not; *storstäderna* compound; *Kristianstad* don't care; *otestad*, *testade*, *kostade* neither. `händerna`: *hand* (*för hand*), *händerna* relevant; *handla* and its forms, *handlare*, *lanthandel(n)*, *lanthandlare*, *handel(n)*, *byteshandeln*, *dagligvaruhandeln*, *Handelshögskolan*, *handlingskraft*, *behandlas*, *hända*, *hände*, *händelsen*, *händelserna* → must_not; *handkassa* compound; *i efterhand* (the word inside an adverb whose sense has left the hand) don't care. `länder`: *land*, *landet*, *landets*, *länder*, *länderna* relevant (*på landet* is the noun); the verb *landade* → must_not; *grannländerna*, *utlandet*, *inland*, *landsbygd(en)*, *landshövdingen* compounds; the place names *Jämtland*, *Norrland*, *Götaland*, *Finland*, *Irland* don't care (as *Kristianstad* for `stad`); *bland*, *ibland*, *meddelande*, *uttalande* neither. `nätter`: *natten*, *nattens*, *nätterna* relevant; *nät* and its forms and compounds (*nätet*, *nätbanken*, *nätbanker(na)*, *elnät*, *nätuppkoppling*) → must_not. `bönder`: *bonden*, *bönder*, *bönderna* relevant; *bönor* and the surname *Bonde* → must_not; *mjölkbonden* compound. `ledamöter`: *ledamöter* relevant; *riksdagsledamoten*, *riksdagsledamöter* compounds; no lookalike.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *apotekschefen*, *apoteksförening*, *apotekskedjorna*; -e- *lönedagen*, *lönefilerna*, *löneutbetalningar*; -u- *gatuköket*; -o- *veckopengen*; none *Riksbanken*, *storbankerna*, *nätbanken*, *bankkontor*, *BankID*, *betalsystemet*, *Storgatan*, *Prästgatan*, *Kungsgatan*, *månadslön*, *matbutik*, *matkassar*, *matinköp*, *kortsystemen*, *kortterminal(er/en/erna)*, *terminalleverantörerna*. `bank`: the verb *bankat* (knocked on doors) → must_not; *bankomat* (a blend of bank and automat) don't care. `gata`: *gåta* → must_not. `vecka`: *utveckla*, *utvecklingen* → must_not. `lön`: the surname *Lönn* and *lönsamt* → must_not. `mat`: *automat* and every word ending in it (*uttagsautomat(er/erna)*, *parkeringsautomater*, *kontantautomaterna*, *bankomat*), *schemat*, *matte* and the names *Mattias*, *Mattsson* → must_not; *information-*, *legitimation-* and *systematiskt* neither. `konto`: *kontor* and its forms and compounds (*kontoret*, *kontoren*, *bankkontor(et/en)*) → must_not. `system`: *systematiskt* → must_not. `apotek`: *apotekaren* (the person) don't care; no lookalike. `terminal`: *terminen* (the school term) → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence; the words apart or reordered are must_not. `"tar emot kontanter"`: the forms of *ta* are *ta*, *tar*, *tog*, *tagit*, *tas*, *togs*; *ta emot kontanter*, *tog emot kontanter* (a title) relevant; *tar inte emot kontanter*, *tog bara emot kontanter*, *ta emot dem*, *ta emot pengarna*, *ta emot lagligt betalningsmedel* with *kontanter* elsewhere → must_not. `"kontanter hemma"`: *kontanter hemma*, *kontanterna hemma* relevant; *inga kontanter kvar hemma*, *hemma* elsewhere → must_not. `"kontantlöst samhälle"`: *kontantlöst samhälle*, *det kontantlösa samhället* relevant; *ett kontantlöst betalsystem … Samhället* → must_not. `"krisen eller kriget"`: *Om krisen eller kriget kommer* relevant; *ingen kris … med krig eller naturkatastrofer* → must_not. `"äldre personer"`: relevant where adjacent; *personer* and *äldre* in different sentences → must_not; *äldsta* is not a form of *äldre* here. `"på landsbygden"`: *på landsbygden* relevant; *Landsbygden drabbades hårdast* and *stad och landsbygd* with *på* elsewhere → must_not. `"lagligt betalningsmedel"`: *lagligt betalningsmedel* relevant; *Det är lagligt för en butik att neka kontanter* with *betalningsmedel* elsewhere → must_not. `"kort och kontanter"`: *Det är kort och kontanter*, *både kort och kontanter* relevant; *kontanter och kort* (reversed), *kontanter eller kort*, and every article with *kort*, *och* and *kontanter* apart → must_not; an article with only compounds such as *kortbetalningar* → don't care.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*riksbankschef*) is don't care. NOT – an article with the excluded term is must_not (*Riksbanken*, *Riksbankens*; *uppdatering(en)*); with the excluded term only in a compound (*riksbankschef*) don't care; the verb *uppdaterar* is not the excluded noun, so *Betalnord -uppdateringen* keeps an article that has only the verb. OR – `apoteket OR bensinstationen` and `MSB OR Länsstyrelsen` take every form of the two words (*apotek*, *apoteken*, *bensinstationer(na)*, *länsstyrelserna*, *MSB:s*). `pensionärer Strömsund`: forms of *pensionär* and *Strömsund(s)*.
- **Filters**: `källa:` matches one word of the outlet's name (*Kompass*, *Fjällvind*, *Clearing*, *Kvällsblixten*, *Kuriren*, *Jämtlandsbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type; an article with only a compound or a don't-care form (*kontant*) stays don't care.
- **Traps.** `kund`: *kund*, *kunden*, *kunder*, *kunderna* relevant; *kunde* (kunna) → must_not; *stamkunder* compound. `kassa` (a till): *kassa*, *kassan*, *kassorna* relevant; *kasse*, *kassar*, *matkassar(na)* (bags) and the surname *Kassman* → must_not; *dagskassan*, *handkassa*, *kassaskåp*, *kassakista*, *växelkassa*, *biljettkassorna*, *reservkassor* compounds; *kassörskan* (the person) and *Försäkringskassan* (the authority) don't care. `mynt`: *mynt*, *mynten* relevant; *myntade* (coined a phrase) → must_not; *tjugokronorsmynt* compound. `lån`: *lån* relevant; *låna*, *lånade*, *lånat* (the verb) and the diacritic and prefix lookalikes *län*, *länet*, *länets*, *Länsstyrelsen*, *länsstyrelserna*, *skogslänen*, *länder*, *länderna*, *länk*, *lång*, *långa*, *långt*, *långsamt*, *länge*, *längre*, *längst*, *längsta*, *förlänga*, *plånbok(en)* → must_not; *snabblån* compound; *grannländerna* neither. `ström` (current): *ström*, *strömmen* relevant; the surname *Ström* and the verb *strömmade* → must_not; the place *Strömsund(s)* don't care; *Nyström*, *Fjällström* neither. `kris`: *kris*, *krisen* relevant; the first name *Kristina* and *Kristianstad* → must_not; *betalkris(en)*, *krisgrupp*, *krisledningar*, *krishanteringsråd* compounds. `kö` (a queue): *kö*, *kön*, *köer*, *köerna* relevant; *kök*, *köket*, *gatuköket*, *skolköket*, *köra*, *kör*, *körde*, *kört*, *körs* and *Köping* → must_not. `råd` (advice): *råd*, *råden* relevant; *rad* (*i rad*), *radio* (also *Radio Fjällvind* in a signature or quote), *avråder*, *förråd* and *tråden* → must_not; *kommunalrådet*, *ministerrådet*, *krishanteringsråd* (councils) don't care; *grader* and past participles in *-rade* neither. `bil`: *bilen* relevant; *mobilen*, *mobilt*, *stabilt*, *bild*, *bildats*, *billigare*, *biljett*, *bussbiljett*, *biljettkassorna* → must_not; *bilister* (the drivers, a derivation) don't care. `mack` (a petrol station): *mackar*, *macken* relevant; *mackor* (sandwiches) → must_not; *mackägare(n)* compounds. `lag` (a law): *lag*, *lagen* relevant; *bolag* and its forms and compounds, *lager*, *lagret*, *Lagerkvist*, *lagras*, *lagas*, *lagt* and *sammanlagt* → must_not; *kontantlagen*, *lagförslaget*, *lagkrav* compounds; *lagligt* (a derivation) don't care; *förslag*, *slag*, *klagomål*, *överklaga*, *receptbelagda* neither. `frost`: *frosten* relevant; the surname *Frost* (Henrik Frost) → must_not. `kronor`: *krona*, *kronor* relevant (also *e-krona*, which gives the token *krona*); the surname *Kron* and *kroniskt* → must_not; *tjugokronorsmynt* compound.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    rows = [(a["outlet"], a["kind"], a["published"], a["title"], a["text"]) for a in ARTICLES]
    # fire_build.articles sorts and numbers the rows the same way payment_articles does
    assert [a["id"] for a in fire_build.articles(rows, "pb")] == [a["id"] for a in ARTICLES]
    fire_build.build("payment", "pb", rows, QUERIES, HEADER)


if __name__ == "__main__":
    main()
