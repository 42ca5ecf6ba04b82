#!/usr/bin/env python3
"""Builds corpus_methanol.json and corpus_methanol.md from methanol_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 methanol_build.py [-v]
"""

import fire_build
from methanol_articles import ARTICLES


S = fire_build.S

METANOL = S("metanol metanolen metanolens metanolberedskap metanolfallen metanolförgiftade metanolförgiftning "
            "metanolförgiftningar metanolförgiftningarna metanolförgiftningen metanolhaltig metanolkrisen "
            "metanolpatient metanolpatienter metanolpatienterna metanolutbrottet industrimetanol")

FORGIFTNING_COMP = S("alkoholförgiftning förgiftningsolycka förgiftningstillbud massförgiftningar metanolförgiftning "
                     "metanolförgiftningar metanolförgiftningarna metanolförgiftningen syraförgiftning")

CONCEPTS = {
    # --- inflection ---
    "förgiftning": dict(
        probe=r"förgift",
        rel=S("förgiftning förgiftningar förgiftningarna förgiftningen"),
        comp=FORGIFTNING_COMP,
        no=S("förgiftad förgiftade förgiftar metanolförgiftade"),
    ),
    "säljare": dict(
        probe=r"sälj|såld|sålt",
        rel=S("säljare säljarna"),
        no=S("sälja säljer säljs sålde såldes sålt sålts försäljning försäljningen gatuförsäljningen "
             "gårdsförsäljning gårdsförsäljningen rekordförsäljning spritförsäljningen"),
    ),
    "beslag": dict(
        probe=r"beslag",
        rel=S("beslag beslaget"),
        no=S("beslagtagit beslagtagna"),
    ),
    "dödsfall": dict(
        probe=r"dödsf",
        rel=S("dödsfall dödsfallen dödsfallet"),
        no=S("dödsfällor"),
    ),
    "gripande": dict(
        probe=r"grip|grep",
        rel=S("gripandet gripandena"),
        no=S("grep grepp greps gripen gripit gripits gripna gripne angriper"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningarna varningen"),
        comp=S("varningsetiketter varningstexter"),
        no=S("varnade varnar"),
    ),
    "obduktion": dict(
        probe=r"obdu",
        rel=S("obduktionen obduktionerna"),
        no=S("obduceras obducerat"),
    ),
    "analys": dict(
        probe=r"analy",
        rel=S("analys analysen analyser"),
        no=S("analyserad analyseras analyserat"),
    ),
    "symtom": dict(
        probe=r"symtom|symptom",
        rel=S("symtom symtomen"),
    ),
    # --- syncope ---
    "socker": dict(
        probe=r"sock",
        rel=S("socker sockret"),
        comp=S("strösocker"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknade"),
    ),
    "nummer": dict(
        probe=r"numm|numr",
        rel=S("numret"),
        no=S("numrerade"),
    ),
    "lager": dict(
        probe=r"lager|lagr",
        rel=S("lager lagren lagret"),
        comp=S("beredskapslager beredskapslagren"),
        no=S("lagra lagrades"),
    ),
    "syster": dict(
        probe=r"syst[ae]r|systr",
        rel=S("syster systern systrar"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("hjälpmedel läkemedel läkemedelsverket"),
        no=S("förmedlades medlemmar"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer"),
        dc=S("strömstad trestadsbladet"),
        no=S("bilverkstad bostad kostade stadig städade"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natten nätter"),
        comp=S("midnatt nattbaren nattklubbar nyårsnatten"),
        no=S("nätet"),
    ),
    "bror": dict(
        probe=r"bror|broder|bröd",
        rel=S("bror bröderna"),
        comp=S("farbror lillebror lillebrors morbror"),
        no=S("brödjäst"),
    ),
    "ledamot": dict(
        probe=r"ledam",
        rel=S("ledamot ledamöter ledamöterna"),
        comp=S("riksdagsledamöter"),
    ),
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bönder bönderna"),
        no=S("bön böner"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son söner"),
        no=S("söndag söndagen söndags söndagskvällen sönderriven"),
    ),
    # --- compounds ---
    "sprit": dict(
        probe=r"sprit",
        rel=S("sprit spriten"),
        comp=S("giftspriten rödsprit smuggelsprit spritdrycker spritförsäljningen spritmarknaden svartsprit"),
        no=S("spritt"),
    ),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhusen sjukhuset"),
        comp=S("länssjukhus sjukhusapotekaren universitetssjukhuset"),
    ),
    "vård": dict(
        probe=r"vård",
        rel=S("vård vården vårdens"),
        comp=S("akutsjukvård intensivvård intensivvården sjukvård vårdpersonal vårdplatser"),
        dc=S("intensivvårdsavdelning intensivvårdsavdelningar intensivvårdsavdelningen intensivvårdsläkare "
             "intensivvårdsplatser sjukvårdsdirektör"),
        no=S("vårdades vårdas vårdat vårdats"),
    ),
    "langare": dict(
        probe=r"langa|långa|^lang",
        rel=S("langare langaren langarna"),
        comp=S("giftlangarens langarligan"),
        dc=S("langning"),
        no=S("långa"),
    ),
    "dryck": dict(
        probe=r"dryck",
        rel=S("dryck drycken drycker"),
        comp=S("dryckesproducenter dryckesproducenterna dryckesvaror läskedryck spritdrycker"),
    ),
    "gata": dict(
        probe=r"gat[aou]|gåt[aeo]",
        rel=S("gatan gatorna"),
        comp=S("gatuförsäljningen gatupriset linnégatan"),
        no=S("gåtan"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkbacken kyrkogården kyrkoherden"),
    ),
    "flaska": dict(
        probe=r"flask",
        rel=S("flaska flaskan flaskor flaskorna"),
        comp=S("glasflaskor plastflaskor"),
        dc=S("flaskhals"),
    ),
    # --- traps ---
    "etanol": dict(
        probe=r"etanol",
        rel=S("etanol etanolen"),
        no=METANOL,
    ),
    "syn": dict(
        probe=r"syn",
        rel=S("syn synen"),
        comp=S("dimsyn syncentralen syncentralens syninstruktören synnerven synnerverna synskadades synskador "
               "synstörningar"),
        no=S("hänsynslöst insyn synd synnerhet synnerligen syntes sällsynta talsyntes tillsyn tillsynen översyn"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("kris krisen"),
        comp=S("krisgrupp krisledning krisledningen metanolkrisen"),
        no=S("kristall kristdemokraternas kristina kristna"),
    ),
    "gift": dict(
        probe=r"gift",
        rel=S("gift giftet"),
        comp=S("giftinformationscentralen giftinformationscentralens giftlangarens giftspriten motgift motgifter "
               "motgiftet"),
        dc=S("förgiftning förgiftningar förgiftningarna förgiftningen") | FORGIFTNING_COMP,
        no=S("avgifterna förgiftad förgiftade förgiftar metanolförgiftade gifte giftig giftiga giftigt uppgift "
             "uppgifter uppgifterna"),
    ),
    "öga": dict(
        probe=r"ög[ao]",
        rel=S("ögat ögonen"),
        comp=S("ögonkliniken ögonkliniker ögonläkare ögonläkarna"),
        no=S("höga krögare krögaren krögarna ögonblick ögonblicket"),
    ),
    "kund": dict(
        probe=r"kund",
        rel=S("kunder kunderna"),
        comp=S("stamkunder"),
        no=S("kunde sekunder"),
    ),
    "vin": dict(
        probe=r"vin",
        rel=S("vin"),
        comp=S("vingården"),
        dc=S("brännvinet"),
        no=S("försvinner kevin kvinna kvinnan kvinnor svinesund tvingas tvingats vinst vinsten"),
    ),
    "märke": dict(
        probe=r"märk",
        rel=S("märke"),
        comp=S("minnesmärke skattemärken"),
        no=S("märkas märkbart märker märks märkta märkte märkvärdigt uppmärksamhet"),
    ),
    "dunk": dict(
        probe=r"dunk",
        rel=S("dunk dunkar dunkarna"),
        comp=S("litersdunkar plastdunk plastdunkar"),
        no=S("dunkade dunkla"),
    ),
    "rus": dict(
        probe=r"rus",
        rel=S("ruset rusets"),
        no=S("frustrationen rusning rusta utrustning"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lagen"),
        comp=S("alkohollagen"),
        no=S("anslag belagd belagda beredskapslager beredskapslagren beslag beslaget beslagtagit beslagtagna bolagets "
             "föreslagit förslag förslaget kammaråklagare laga lager laglig lagliga lagligt lagra lagrades lagren "
             "lagret lagts olaglig olagliga sammanlagt systembolaget systembolagets åklagaren överklagar överklagas"),
    ),
    "öl": dict(
        probe=r"öl",
        rel=S("öl"),
        comp=S("starköl"),
        no=S("följa följande följd följer följt höll hölls innehöll mjöl ölander"),
    ),
    "svar": dict(
        probe=r"sv[aå]r",
        rel=S("svar svaren svaret"),
        comp=S("provsvaren"),
        no=S("ansvar ansvaret ansvariga ansvarsfull dryckesvaror försvarare försvararen försvaret försvårar "
             "motsvarande svara svarade svarar svarta svartsprit svår svårare svåraste svårt"),
    ),
    # --- words of phrases, booleans and filters ---
    "olaglig": dict(probe=r"olaglig", rel=S("olaglig olagliga")),
    "hembränd": dict(
        probe=r"hembränd|hembränt|hembränn",
        rel=S("hembränd hembränt"),
        nei=S("hembrännare hembränneri hembränning hembränningen"),
    ),
    "förlora": dict(probe=r"förlor", rel=S("förlorade förlorat")),
    "vållande": dict(probe=r"vålla", rel=S("vållande")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "annans": dict(probe=r"^annan", rel=S("annans"), nei=S("annan")),
    "död": dict(probe=r"^död(en|ens)?$", rel=S("död döden")),
    "social": dict(
        probe=r"^social",
        rel=S("sociala"),
        nei=S("socialdemokraternas socialförvaltningen socialministern socialstyrelsen socialutskottet "
              "socialutskottets"),
    ),
    "medier": dict(probe=r"^medie", rel=S("medier medierna")),
    "på": dict(probe=r"^på$", rel=S("på")),
    "intensivvård": dict(
        probe=r"intensiv",
        rel=S("intensivvård intensivvården"),
        comp=S("intensivvårdsavdelning intensivvårdsavdelningar intensivvårdsavdelningen intensivvårdsläkare "
               "intensivvårdsplatser"),
        nei=S("intensivt"),
    ),
    "hög": dict(
        probe=r"^hög",
        rel=S("hög höga högre högsta"),
        nei=S("höglund högra"),
    ),
    "halt": dict(
        probe=r"halt",
        rel=S("halt halter halterna"),
        comp=S("alkoholhalten"),
        dc=S("metanolhaltig"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "metanol": dict(
        probe=r"metanol",
        rel=S("metanol metanolen metanolens"),
        comp=METANOL - S("metanol metanolen metanolens"),
    ),
    "folkhälsomyndigheten": dict(
        probe=r"folkhälsomynd",
        rel=S("folkhälsomyndigheten folkhälsomyndighetens"),
    ),
    "varna": dict(
        probe=r"^varn",
        rel=S("varnade varnar"),
        nei=S("varning varningarna varningen varningsetiketter varningstexter"),
    ),
    "trollhättan": dict(probe=r"trollhätt", rel=S("trollhättan trollhättans")),
    "borås": dict(probe=r"borås", rel=S("borås")),
    "fomepizol": dict(probe=r"fomepizol", rel=S("fomepizol")),
    "dialys": dict(
        probe=r"dialys",
        rel=S("dialys dialysen"),
        comp=S("dialysavdelningarnas dialysavdelningen dialysmaskiner"),
    ),
    "hembränning": dict(
        probe=r"hembränn|hembränd|hembränt",
        rel=S("hembränning hembränningen"),
        dc=S("hembrännare hembränneri"),
        nei=S("hembränd hembränt"),
    ),
    "gårdsförsäljning": dict(probe=r"gårdsförsälj", rel=S("gårdsförsäljning gårdsförsäljningen")),
    "tullverket": dict(probe=r"tullverk", rel=S("tullverket tullverkets")),
    "smuggling": dict(
        probe=r"smugg",
        rel=S("smuggling smugglingen"),
        comp=S("smugglingsvägarna"),
        dc=S("smuggelsprit"),
        no=S("smugglar"),
    ),
    "angered": dict(probe=r"angered", rel=S("angered angereds")),
    "hisingen": dict(probe=r"hising", rel=S("hisingen")),
    "systembolaget": dict(probe=r"systembolag", rel=S("systembolaget systembolagets")),
    "åklagare": dict(
        probe=r"åklag",
        rel=S("åklagaren"),
        comp=S("kammaråklagare"),
    ),
    "tingsrätt": dict(probe=r"tingsrätt", rel=S("tingsrätt tingsrätten tingsrättens")),
    "näl": dict(probe=r"^näl$", rel=S("näl")),
    "alkoholpolitik": dict(probe=r"alkoholpoliti", rel=S("alkoholpolitik alkoholpolitiken")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("förgiftningarna", "inflection", False, ("term", "förgiftning")),
    ("säljarna", "inflection", False, ("term", "säljare")),
    ("beslaget", "inflection", False, ("term", "beslag")),
    ("dödsfallen", "inflection", False, ("term", "dödsfall")),
    ("gripandet", "inflection", False, ("term", "gripande")),
    ("varningarna", "inflection", False, ("term", "varning")),
    ("obduktionerna", "inflection", False, ("term", "obduktion")),
    ("analysen", "inflection", False, ("term", "analys")),
    ("symtomen", "inflection", False, ("term", "symtom")),
    ("sockret", "syncope", False, ("term", "socker")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("nummer", "syncope", False, ("term", "nummer")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("systrarna", "syncope", False, ("term", "syster")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("natt", "umlaut", False, ("term", "natt")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("ledamot", "umlaut", False, ("term", "ledamot")),
    ("bonde", "umlaut", False, ("term", "bonde")),
    ("söner", "umlaut", False, ("term", "son")),
    ("sprit", "compound", True, ("term", "sprit")),
    ("förgiftning", "compound", True, ("term", "förgiftning")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ("vård", "compound", True, ("term", "vård")),
    ("langare", "compound", True, ("term", "langare")),
    ("dryck", "compound", True, ("term", "dryck")),
    ("gata", "compound", True, ("term", "gata")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("flaska", "compound", True, ("term", "flaska")),
    ('"olaglig sprit"', "phrase", False, ("phrase", ["olaglig", "sprit"])),
    ('"hembränd sprit"', "phrase", False, ("phrase", ["hembränd", "sprit"])),
    ('"förlorade synen"', "phrase", False, ("phrase", ["förlora", "syn"])),
    ('"vållande till annans död"', "phrase", False, ("phrase", ["vållande", "till", "annans", "död"])),
    ('"sociala medier"', "phrase", False, ("phrase", ["social", "medier"])),
    ('"på intensivvården"', "phrase", False, ("phrase", ["på", "intensivvård"])),
    ('"hög halt av metanol"', "phrase", False, ("phrase", ["hög", "halt", "av", "metanol"])),
    ('"Folkhälsomyndigheten varnar"', "phrase", False, ("phrase", ["folkhälsomyndigheten", "varna"])),
    ("Trollhättan Borås", "boolean", False, ("and", ["trollhättan", "borås"])),
    ("fomepizol OR dialys", "boolean", False, ("or", ["fomepizol", "dialys"])),
    ("hembränning -gårdsförsäljning", "boolean", False, ("not", "hembränning", "gårdsförsäljning")),
    ("Tullverket smuggling", "boolean", False, ("and", ["tullverket", "smuggling"])),
    ("Angered OR Hisingen", "boolean", False, ("or", ["angered", "hisingen"])),
    ("Systembolaget -Folkhälsomyndigheten", "boolean", False, ("not", "systembolaget", "folkhälsomyndigheten")),
    ("åklagaren tingsrätten", "boolean", False, ("and", ["åklagare", "tingsrätt"])),
    ("källa:Läkarpulsen dialys", "filter", False, ("filter", "Läkarpulsen", "dialys")),
    ("källa:Kvällsstöten säljarna", "filter", False, ("filter", "Kvällsstöten", "säljare")),
    ("källa:Hamnkanalen Angered", "filter", False, ("filter", "Hamnkanalen", "angered")),
    ("källa:Trestadsbladet NÄL", "filter", False, ("filter", "Trestadsbladet", "näl")),
    ("källa:Riksbladet alkoholpolitik", "filter", False, ("filter", "Riksbladet", "alkoholpolitik")),
    ("typ:opinion hembränning", "filter", False, ("filter", "opinion", "hembränning")),
    ("typ:opinion Systembolaget", "filter", False, ("filter", "opinion", "systembolaget")),
    ("etanol", "trap", False, ("term", "etanol")),
    ("syn", "trap", False, ("term", "syn")),
    ("kris", "trap", False, ("term", "kris")),
    ("gift", "trap", False, ("term", "gift")),
    ("öga", "trap", False, ("term", "öga")),
    ("kund", "trap", False, ("term", "kund")),
    ("vin", "trap", False, ("term", "vin")),
    ("märke", "trap", False, ("term", "märke")),
    ("dunk", "trap", False, ("term", "dunk")),
    ("rus", "trap", False, ("term", "rus")),
    ("lag", "trap", False, ("term", "lag")),
    ("öl", "trap", False, ("term", "öl")),
    ("svar", "trap", False, ("term", "svar")),
]

HEADER = """# corpus_methanol.json – judging notes

Invented crisis: in the night between Friday 20 and Saturday 21 November 2026 young people at a 20th birthday party in Lextorp, Trollhättan, drink vodka bought via Snapchat, and from Saturday evening patients with headache, vomiting and blurred vision come to NÄL (Norra Älvsborgs länssjukhus); within a day the same fake "Kristall Vodka" has poisoned people in Göteborg (Angered, Hisingen; Sahlgrenska universitetssjukhuset and Östra sjukhuset), Borås (Södra Älvsborgs sjukhus) and Uddevalla. Västra Götalandsregionen declares a major incident; the intensive care units fill up, dialysis machines are moved between hospitals, the antidote fomepizol runs out and is flown in from Oslo (ethanol drips meanwhile), and Giftinformationscentralen gets three to four times its usual calls. Folkhälsomyndigheten and Systembolaget warn against spirits bought outside the shop and the restaurants; the police ask people to hand in bottles (over 1 100 are handed in). On 24 November a 34-year-old is arrested in Tuve on Hisingen, where a garage holds 400 litres in blue plastic canisters, 900 filled bottles and fake labels; a 41-year-old in Borås (who bought the methanol in Poland as screen-wash concentrate) and a 27-year-old driver follow, later a woman in Alingsås. The spirit held 24–38 % methanol. Nine die (six men and two women in November and December, the ninth at Christmas), 41 are treated in hospital, eleven keep damaged sight and four are blind. Then to March 2027: the victims and their families (two brothers in Uddevalla, a blinded 19-year-old who talks to schools, a sister, two mothers), a riksdag debate, a motion and a debate article for legal home distilling, the farm-sales producers who fear being blamed, the alcohol tax raised on 1 January, the restaurants, Tullverket's smuggling figures, Folkhälsomyndigheten's report on the illegal market, the government's inquiry, money for Giftinformationscentralen and a national antidote stock, the charges (grovt vållande till annans död in nine cases; murder considered and dropped), the trial in Göteborgs tingsrätt from 1 March and the verdict on 16 March (seven, five and two and a half years; appealed). Places and public bodies are real (Trollhättan with Lextorp, Göteborg with Angered, Hisingen and Tuve, Borås, Uddevalla with Torp, Vänersborg, Alingsås, Kungälv, Skövde, Bengtsfors, Mellerud, Essunga, Svinesund, Strömstad; Västra Götalandsregionen, Region Halland, NÄL, Södra Älvsborgs sjukhus, Sahlgrenska universitetssjukhuset, Östra sjukhuset, Uddevalla sjukhus, Skaraborgs sjukhus, Oslo universitetssykehus, Giftinformationscentralen, Folkhälsomyndigheten, Systembolaget, Polisregion Väst, Tullverket, Nationellt forensiskt centrum, Rättsmedicinalverket, Läkemedelsverket, Socialstyrelsen, Brottsoffermyndigheten, Göteborgs tingsrätt, Göteborgs stad, Trollhättans kyrka, Angereds kyrka, Nils Ericsonsgymnasiet, CAN, Visita, LRF, Synskadades Riksförbund; their actions are invented); the vodka brand, the Telegram channel, the winery Backa Sten, Nykterhetsförbundet Västra Götaland, Riksföreningen för fri hembränning, Svenska Dryckesproducenter, every person and all seven outlets are invented: Nyhetsbyrån Telegrafen (wire service), Trestadsbladet (local daily, Trollhättan, Vänersborg and Uddevalla), Radio Hamnkanalen (local radio in Göteborg, with quotes), Kvällsstöten (tabloid), Riksbladet (national daily), Läkarpulsen (medical trade paper) and Krogvärlden (restaurant and drinks trade paper). 122 articles (105 news, 17 opinion: leaders, debate articles, columns, letters), published 2 October 2026 to 20 March 2027, +02:00 until 25 October and +01:00 after. The ids Z001–Z122 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*man*, *mannen* are only the noun: *en 34-årig man*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *gift* meaning married (every *gift* is poison; marriage only as *gifte sig*), *lag* meaning team or liquid (every *lag*-form is law; a team is *klubb*), *lager* meaning lager beer (every *lager* is a store or warehouse), the verb *leva* in the present (*lever* would also be the liver), the verb *dunka* in the present (every *dunkar* is canisters; the verb only as *dunkade*), the adjective *gripande* (only *gripandet*, *gripandena* are used, all the noun), *beslagen* (plural noun or participle), *halt* meaning lame, and *syns* (the verb; *syn* appears only as *syn*, *synen*).

How the lists were made: src/methanol_articles.py holds the texts and src/methanol_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic and umlaut variants: gata/gåta, langare/långa, svar/svår, stad/städ, natt/nätt, bror/bröd, bonde/bönder/bön, son/sön) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The trap probes are deliberately wide (*öl*, *vin*, *syn*, *lag*, *rus* anywhere in a word), so that every longer word that merely contains the letters is judged too. Tokens are runs of letters, so *NÄL:s*, *LRF:s*, *25-litersdunkar* and *Kristall-etiketten* are split. `python3 methanol_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. As in corpus_fire, forms of a related verb are lookalikes of a noun query (*varnar* for `varningarna`, *förgiftade* for `förgiftningarna`), and so is an adjective made from the noun (*giftig* for `gift`, *olaglig* for `lag`), while a noun made from the verb and about the same thing is don't care (*förgiftning* for `gift`, *langning* for `langare`). The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *universitetssjukhuset*, *länssjukhus*, *förgiftningsolycka*, *förgiftningstillbud*; -e- *läskedryck*; -es- *dryckesvaror*, *dryckesproducenter*; -u- *gatuförsäljningen*, *gatupriset*; -o- *kyrkogården*, *kyrkoherden*; none *giftspriten*, *smuggelsprit*, *svartsprit*, *rödsprit*, *spritdrycker*, *spritmarknaden*, *metanolförgiftningarna*, *massförgiftningar*, *syraförgiftning*, *sjukhusapotekaren*, *intensivvården*, *akutsjukvård*, *vårdplatser*, *vårdpersonal*, *giftlangarens*, *langarligan*, *Linnégatan*, *kyrkbacken*, *plastflaskor*, *glasflaskor*. A word inside a longer compound is don't care: *intensivvårdsavdelningen*, *intensivvårdsplatser*, *intensivvårdsläkare* and *sjukvårdsdirektör* for `vård`; *flaskhals* (a bottleneck, figuratively) for `flaska`; *langning* is a derivation and don't care for `langare`.
- **sprit** (compound): the supine *spritt* (*har spritt sig*, of sprida) → must_not. **förgiftning** (compound and `förgiftningarna`): the verb forms *förgiftad*, *förgiftade*, *förgiftar* and *metanolförgiftade* → must_not. **vård** (compound): the verb *vårdas*, *vårdades*, *vårdat*, *vårdats* → must_not. **langare** (compound): *långa* (diacritic lookalike: *långa fängelsestraff*, *den 86 sidor långa domen*) → must_not. **gata** (compound): *gåtan* (*gåtan om metanolens ursprung*) → must_not. **sjukhus**, **dryck**, **kyrka**, **flaska**: only the word and its compounds.
- **etanol** (trap): every word with *metanol* (*metanol*, *metanolen*, *metanolförgiftningarna*, *metanolhaltig*, *metanolpatienterna*, *industrimetanol* …) contains the letters of *etanol* and is another substance → must_not; only *etanol* and *etanolen* (the antidote given in drip) are relevant.
- **syn** (trap): *synen*, *syn* (sight, also *skador på syn*) relevant; *dimsyn*, *synnerven*, *synskador*, *synstörningar*, *syncentralen*, *syninstruktören*, *Synskadades* compounds; *i synnerhet*, *synnerligen*, *synd*, *syntes* (past of synas), *sällsynta*, *talsyntes*, *insyn*, *tillsyn(en)*, *översyn*, *hänsynslöst* → must_not.
- **kris** (trap): *kris*, *krisen* relevant; *krisgrupp*, *krisledning(en)*, *metanolkrisen* compounds; the brand *Kristall*, the name *Kristina*, *Kristdemokraternas* and *kristna* → must_not.
- **gift** (trap, poison): *gift* (*det var gift i flaskorna*, *ett gift som bildas*) and *giftet* relevant; *motgift(et/er)*, *Giftinformationscentralen(s)*, *giftspriten*, *giftlangarens* compounds; *förgiftning* and its compounds don't care; the verb *förgifta* (*förgiftad*, *förgiftade*, *förgiftar*), the adjective *giftig(a/t)*, *gifte* (*gifte sig*), *uppgift(er/erna)* and *avgifterna* → must_not.
- **öga** (trap): *ögat*, *ögonen* relevant; *ögonläkare*, *ögonkliniken* compounds; *höga* (*höga halter*, *höga priser*), *krögare(n)*, *krögarna* and *ögonblick(et)* (a moment, as *bokslut* for `bok`) → must_not.
- **kund** (trap): *kunder*, *kunderna* relevant; *stamkunder* compound; *kunde* (kunna) and *sekunder* → must_not.
- **vin** (trap): *vin* relevant; *vingården* compound; *brännvinet* (spirits, though the word ends in *vin*) don't care; *vinst*, *vinsten*, *Svinesund*, the name *Kevin*, *kvinna*, *kvinnan*, *kvinnor*, *försvinner*, *tvingas*, *tvingats* → must_not.
- **märke** (trap): *märke* (a brand) relevant; *skattemärken*, *minnesmärke* compounds; the verb *märka* (*märker*, *märkte*, *märks*, *märkas*, *märkta*), *märkbart*, *märkvärdigt* and *uppmärksamhet* → must_not.
- **dunk** (trap): *dunk*, *dunkar*, *dunkarna* relevant; *plastdunk(ar)*, *litersdunkar* compounds; *dunkla* (dim, shady) and *dunkade* (the heart pounding) → must_not.
- **rus** (trap): *ruset*, *Rusets* relevant; *rusning*, *rusta*, *utrustning* and *frustrationen* → must_not.
- **lag** (trap, law): *lagen* relevant; *alkohollagen* compound; *laglig*, *lagliga*, *lagligt*, *olaglig*, *olagliga*, *laga* (*laga kraft*), *lager* and its forms, *lagra(des)*, *lagts*, *beslag* and its forms, *förslag(et)*, *föreslagit*, *anslag*, *belagd(a)*, *sammanlagt*, *Systembolaget(s)*, *bolagets*, *åklagaren*, *kammaråklagare*, *överklagar*, *överklagas* → must_not.
- **öl** (trap): *öl* relevant; *starköl* compound; *mjöl*, the surname *Ölander*, *höll*, *hölls*, *innehöll*, *följa*, *följer*, *följt*, *följd*, *följande* → must_not.
- **svar** (trap): *svar*, *svaret*, *svaren* relevant; *provsvaren* compound; the verb *svara*, *svarar*, *svarade*, *svarta*, *svartsprit*, *ansvar(et)*, *ansvariga*, *ansvarsfull*, *försvarare(n)*, *försvaret*, *motsvarande*, *dryckesvaror* and the diacritic lookalikes *svår*, *svårt*, *svårare*, *svåraste*, *försvårar* → must_not.
- **säljarna**: the verb *sälja* (*säljer*, *säljs*, *sålde*, *såldes*, *sålt*, *sålts*) and *försäljning* with its compounds (*gårdsförsäljning*, *gatuförsäljningen*, *spritförsäljningen*, *rekordförsäljning*) → must_not. **beslaget**: *beslagtagit*, *beslagtagna* → must_not. **dödsfallen**: *dödsfällor* → must_not. **gripandet**: *greps*, *grep*, *gripen*, *gripne*, *gripna*, *gripit*, *gripits*, *grepp* and *angriper* → must_not. **varningarna**: *varnar*, *varnade* → must_not; *varningstexter*, *varningsetiketter* compounds. **obduktionerna**: *obduceras*, *obducerat* → must_not. **analysen**: *analyserad*, *analyseras*, *analyserat* → must_not. **symtomen**: no lookalike.
- **sockret**: *strösocker* compound; no lookalike. **tecken**: *tecknade* (*tecknade ett avtal*) → must_not. **nummer**: *numrerade* → must_not. **lagret**: *lagra*, *lagrades* → must_not; *beredskapslager(n)* compounds; *lager* in *på samma lager i Torp* is the warehouse, the same noun. **systrarna**: no lookalike (*system-* is not probed). **medlen**: *medlemmar*, *förmedlades* → must_not; *läkemedel*, *Läkemedelsverket*, *hjälpmedel* compounds.
- **städer**: *bostad*, *bilverkstad*, *kostade*, *stadig*, *städade* → must_not; *Strömstad* and *Trestadsbladet* don't care; *Göteborgs stad* (the municipality) is the noun and relevant; *stan* is not probed. **natt**: *nätet* (the internet) → must_not; *midnatt*, *nyårsnatten*, *nattklubbar*, *Nattbaren* compounds. **bröder**: *brödjäst* → must_not; *lillebror(s)*, *morbror*, *farbror* compounds. **bonde**: *bön*, *böner* → must_not. **söner**: *söndag(en/s)*, *söndagskvällen*, *sönderriven* → must_not. **ledamot**: *riksdagsledamöter* compound; no lookalike.
- **Phrases**: forms must be adjacent and in order in one sentence. *olaglig sprit*, *den olagliga spriten* relevant; *olaglig handel* with *sprit* elsewhere → must_not. *hembränd sprit* relevant; *var inte hembränd* and *hembränt* apart from *sprit* → must_not; *hembränning* is another word. *förlorat synen*, *förlorade synen* relevant; *förlorat nästan hela synen* → must_not. *vållande till annans död* relevant; *orsakar en annans död* with *vållande* in another sentence → must_not. *sociala medier* relevant; *medierna … sociala kanaler* → must_not. *på intensivvården*, *på intensivvård* relevant; *vid intensivvården*, *till intensivvården*, *intensivvården fylldes* → must_not; *på intensivvårdsavdelningen* is a compound → don't care. Forms of *hög* are *hög*, *höga*, *högre*, *högsta*; *en extremt hög halt av metanol*, *höga halter av metanol* relevant; *Halterna av metanol … mycket höga* → must_not. *Folkhälsomyndigheten varnar* relevant; *Tvärtom varnar Folkhälsomyndigheten* (reversed) → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound (*kammaråklagare*, *smugglingsvägarna*) is don't care. *smuggelsprit* is don't care for *smuggling*, the verb *smugglar* a lookalike. NOT – an article with the excluded term is must_not. OR – compounds alone (*dialysmaskiner*) are don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Läkarpulsen*, *Kvällsstöten*, *Hamnkanalen*, *Trestadsbladet*, *Riksbladet*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *Systemet* (colloquial) is not probed for `Systembolaget`.
"""


fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("methanol", "Z", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
