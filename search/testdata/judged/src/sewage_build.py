#!/usr/bin/env python3
"""Builds corpus_sewage.json and corpus_sewage.md from sewage_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: Aros Vatten's chief executive Sten Falk (sten,
stone; falk, falcon), Enköping's councillor Maria Sten-Larsson, the fisherman Bo Ros (ros, rose and praise), the
environment chief Sol Bergman and the dog owner Linnéa Sol Persson (sol, sun), the retired engineer Stig Hed (stig,
path; hed, heath), Länsstyrelsen's Rut Lind, the opposition councillor Karl Vide and others (Falk, Lind, Hed, Vide,
Bo, Rut meet no query). A reader tells the name from the word, so the tokenizer below reads the capitalised tokens
Sten, Ros, Sol and Stig, which the texts use only as these names (never as a word at the start of a sentence or a
title; check_names() verifies it), as tokens of their own: sten(namn), ros(namn), sol(namn), stig(namn). Every other
token is as in fire_build.

Run from this folder: python3 sewage_build.py [-v]
"""

import sys

import fire_build
from sewage_articles import ARTICLES


S = fire_build.S

NAMES = {"Sten", "Ros", "Sol", "Stig"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Sten": ("Sten Falk", "Maria Sten-Larsson"),
    "Ros": ("Bo Ros",),
    "Sol": ("Sol Bergman", "Linnéa Sol Persson"),
    "Stig": ("Stig Hed",),
}


# The capitalised Vatten, Vattens are only the names of companies and an association (Aros Vatten, Stockholm Vatten
# och Avfall, Uppsala Vatten, Svenskt Vatten); no sentence or title begins with the noun vatten.
COMPANY = {"Vatten": "vatten(namn)", "Vattens": "vatten(namn)"}


def tokens(text):
    out = []
    for t in fire_build.TOKEN.findall(text):
        if t in NAMES:
            out.append(t.lower() + "(namn)")
        elif t in COMPANY:
            out.append(COMPANY[t])
        else:
            out.append(t.lower())
    return out


def check_names():
    """Every capitalised name token must stand in an article that names its person in full; returns the number of
    tokens that break this."""
    bad = 0
    for outlet, kind, published, title, text in ARTICLES:
        whole = title + " " + text
        for m in fire_build.TOKEN.finditer(whole):
            t = m.group()
            if t in NAMES and not any(p in whole for p in PEOPLE[t]):
                print("name token without its person:", t, "in", title)
                bad += 1
    return bad


fire_build.tokens = tokens

CONCEPTS = {
    # --- inflection ---
    "läcka": dict(
        probe=r"läck",
        rel=S("läcka läckan läckor läckorna"),
        comp=S("avloppsläckan"),
        no=S("läcker"),
    ),
    "fisk": dict(
        probe=r"fisk",
        rel=S("fisk fisken fiskar fiskarna fiskarnas"),
        comp=S("fiskbeståndet"),
        dc=S("fiske fisket fiskeråd fiskeförbud fritidsfiske provfiske provfisket yrkesfiske ålfiske"),
        no=S("fiska fiskade fiskat fiskare fiskaren yrkesfiskare yrkesfiskaren yrkesfiskarna fiskartorpet"),
    ),
    "badplats": dict(
        probe=r"badplats",
        rel=S("badplats badplatser badplatserna"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prov prover proverna"),
        comp=S("badvattenprover vattenprover vattenproverna provtagning provfiske provfisket"),
        no=S("provas provtas provtagits provisorisk provisoriska beprövat omprövas prövas sekretessprövat"),
    ),
    "utsläpp": dict(
        probe=r"släpp",
        rel=S("utsläpp utsläppen utsläppet"),
        comp=S("avloppsutsläpp avloppsutsläppet"),
        no=S("släpper släpps"),
    ),
    "rekommendation": dict(
        probe=r"rekommend",
        rel=S("rekommendationen"),
        comp=S("kokningsrekommendation kokningsrekommendationen"),
        no=S("rekommenderade rekommenderar rekommenderas"),
    ),
    "ersättning": dict(
        probe=r"ersät|ersatt",
        rel=S("ersättning ersättningar ersättningen"),
        no=S("ersätta ersätter"),
        nei=S("eftersatt"),
    ),
    "pump": dict(
        probe=r"pump",
        rel=S("pumpar pumparna"),
        comp=S("pumpstationen"),
        no=S("pumpa pumpas"),
    ),
    "dykare": dict(
        probe=r"dyk|dök",
        rel=S("dykare dykaren dykarna"),
        comp=S("dykledaren"),
        dc=S("dykbåten"),
        no=S("dyka dyker dykt"),
    ),
}
CONCEPTS.update({
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        dc=S("vatten(namn)"),
        comp=S("avloppsvatten avloppsvattnet badvatten badvattenprover badvattnet bajsvatten brunnsvatten "
               "dagvattenledningarna dricksvatten dricksvattentäkt dricksvattnet grundvatten kranvattnet rostvatten "
               "råvatten råvattnet sjövatten vattenchefen vattendrag vattenkar vattenledningar vattenmyndigheten "
               "vattenprover vattenproverna vattentjänster vattenverk vattenverket vattenvårdsförbund"),
        no=S("vattna bevattning"),
    ),
    "fågel": dict(
        probe=r"f[åa]g[el]",
        rel=S("fåglar fåglarna"),
        comp=S("sjöfåglar fågelbotulism fågeldöden"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknade undertecknad"),
    ),
    "botten": dict(
        probe=r"bott",
        rel=S("botten bottnen"),
        comp=S("lerbotten sjöbotten sjöbottnen"),
        no=S("bott"),
    ),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regler reglerna"),
        no=S("regleras"),
    ),
    "åker": dict(
        probe=r"åker|åkr",
        rel=S("åkrar"),
        no=S("åkerlund åkerman"),
    ),
    # --- umlaut ---
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden stadens städer"),
        comp=S("stadsdelar stadsdelarna stadshuset huvudstaden vasastaden"),
        no=S("bostadsområden städade städningen"),
        nei=S("kastades kostade rostade röstade"),
    ),
    "rot": dict(
        probe=r"^rot|^röt|rötter",
        rel=S("roten rötter rötterna"),
        no=S("rötgasen rötkammaren rötslam"),
    ),
    "strand": dict(
        probe=r"str[aä]nd",
        rel=S("strand stranden stränder stränderna"),
        comp=S("strandstigen strandängarna strandgatan"),
        no=S("strandberg"),
    ),
    "gås": dict(
        probe=r"g[åäa]s",
        rel=S("gäss gässen"),
        comp=S("grågäss kanadagäss"),
        no=S("gasen rötgasen fordonsgas gassade badgäster hyresgäster hyresgästföreningen"),
        nei=S("byggas lagas läggas tidigast tillagas vanligast viktigaste sargassohavet"),
    ),
    "and": dict(
        probe=r"^änd|änder|^and(en|ar|arna|ens)?$",
        rel=S("änder"),
        comp=S("gräsänder"),
        no=S("ändar ändras ändå"),
        nei=S("händerna stränder stränderna"),
    ),
    "bonde": dict(
        probe=r"bond|^bönd|^bön",
        rel=S("bönder bönderna"),
        comp=S("mjölkbonden"),
        no=S("bondesson"),
    ),
    # --- compounds ---
    "ledning": dict(
        probe=r"led",
        rel=S("ledning ledningar ledningarna ledningarnas ledningen ledningens"),
        comp=S("avloppsledning avloppsledningar avloppsledningarna avloppsledningen dagvattenledningarna huvudledning "
               "ledningsarbete ledningsbrott ledningsnät ledningsnäten ledningsnätet reservledning reservledningen "
               "självfallsledningar sjöledning sjöledningar sjöledningen tryckledning tryckledningar vattenledningar"),
        no=S("vägledning leda ledamot ledamöter ledare ledarskap ledas ledde leder leds dykledaren projektledaren"),
    ),
    "avlopp": dict(
        probe=r"avlopp",
        rel=S("avlopp avloppet"),
        comp=S("avloppsledning avloppsledningar avloppsledningarna avloppsledningen avloppsläckan avloppsnätet "
               "avloppsreningsverk avloppsutsläpp avloppsutsläppet avloppsvatten avloppsvattnet"),
    ),
    "bad": dict(
        probe=r"bad",
        rel=S("bad"),
        comp=S("badförbud badförbudet badgäster badplats badplatser badplatserna badsäsongen badvakten badvakter "
               "badvakterna badvatten badvattenprover badvattnet johannisbergsbadet kapellbadet lögarängsbadet"),
        dc=S("badare badarna"),
        no=S("bada badade badar badat badelundaåsen drabbad drabbade drabbades"),
    ),
    "förbud": dict(
        probe=r"förbu|förbj",
        rel=set(),
        comp=S("badförbud badförbudet fiskeförbud"),
        no=S("förbjudet förbundet förbundets vattenvårdsförbund"),
    ),
    "gata": dict(
        probe=r"g[aå]t[aou]",
        rel=S("gatan gator gatorna"),
        comp=S("gatubrunnarna kungsgatan strandgatan"),
        no=S("gåta"),
    ),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gården"),
        comp=S("bygdegården gårdsbrunnen gårdsbutik ladugård prästgård kyrkogården"),
    ),
    "verk": dict(
        probe=r"verk",
        rel=set(),
        comp=S("avloppsreningsverk kungsängsverket reningsverk reningsverken reningsverket vattenverk vattenverket"),
        dc=S("boverket livsmedelsverket naturvårdsverket"),
        no=S("påverkades påverkas påverkats tillverka verkan verkligen verkställande"),
    ),
    "brunn": dict(
        probe=r"brun",
        rel=S("brunn brunnar brunnarna"),
        comp=S("brunnsvatten gatubrunnarna gårdsbrunnen"),
        no=S("brunt"),
    ),
    # --- traps ---
    "ros": dict(
        probe=r"^ros|ros$|ros(namn)",
        rel=S("ros"),
        no=S("ros(namn) aros rosa rost rostade rostar rostat rostvatten rosén rosenberg rosenqvist"),
    ),
    "sten": dict(
        probe=r"^sten|sten$|sten(ar|arna|en)$",
        rel=S("sten stenar stenen"),
        no=S("sten(namn) hösten posten tjänsten räddningstjänsten stenberg stenmark"),
    ),
    "sol": dict(
        probe=r"^sol",
        rel=S("sol solen"),
        no=S("sol(namn)"),
    ),
    "stig": dict(
        probe=r"stig",
        rel=S("stigen"),
        comp=S("strandstigen"),
        no=S("stig(namn) stigande stiger"),
        nei=S("fastighetsägarna"),
    ),
    "vik": dict(
        probe=r"vik",
        rel=S("vik viken vikarna"),
        comp=S("kyrkviken"),
        no=S("betongvikter undvikit vika vikström viktigaste"),
    ),
    "rör": dict(
        probe=r"rör",
        rel=S("rör rören röret"),
        comp=S("betongrör gjutjärnsrör plaströren"),
        dc=S("rörbladet rörbladets"),
        no=S("röra berörda"),
    ),
    "lukt": dict(
        probe=r"lukt",
        rel=S("lukt lukten"),
        no=S("luktade luktar"),
    ),
    "ål": dict(
        probe=r"^ål",
        rel=S("ål ålen ålar"),
        comp=S("ålfiske"),
        no=S("ålander åldern åldrande åldras åläggandet ålägger"),
    ),
    "lera": dict(
        probe=r"lera|^ler",
        rel=S("lera leran"),
        comp=S("lerbotten lerjorden"),
        no=S("flera installera regleras"),
    ),
    "fjärd": dict(
        probe=r"fjärd",
        rel=S("fjärden fjärdar"),
        comp=S("ulvhällsfjärden västeråsfjärden"),
        no=S("fjärde"),
    ),
    "hav": dict(
        probe=r"hav",
        rel=S("hav havet"),
        comp=S("medelhavet sargassohavet"),
        dc=S("havs"),
        no=S("haveriet befattningshavare"),
    ),
    "gas": dict(
        probe=r"g[aåä]s",
        rel=S("gasen"),
        comp=S("fordonsgas rötgasen"),
        no=S("gassade gäss gässen grågäss kanadagäss"),
        nei=S("byggas lagas läggas tidigast tillagas vanligast viktigaste sargassohavet badgäster hyresgäster "
              "hyresgästföreningen"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lagen"),
        no=S("bolag bolagen bolaget bolagets lager lagerlöf lagerqvist lagt lagd laga lagad lagas underlag"),
        nei=S("anklagades avslagits föreslagit förslaget klagar matlagning sammanlagt tillagas åklagare åklagaren "
              "kammaråklagaren"),
    ),
    # --- words of phrases, booleans and filters ---
    "orenad": dict(probe=r"^orena", rel=S("orenat orenade")),
    "avloppsvatten": dict(probe=r"avloppsvatt", rel=S("avloppsvatten avloppsvattnet")),
    "enskild": dict(probe=r"^enskild", rel=S("enskild enskilda")),
    "koka": dict(probe=r"^kok", rel=S("koka kokar kokas"), comp=S("kokningsrekommendation kokningsrekommendationen")),
    "död": dict(probe=r"^död", rel=S("död döda")),
    "under": dict(probe=r"^under$", rel=S("under")),
    "mälaren": dict(probe=r"mälare", rel=S("mälaren mälarens")),
    "misstänkt": dict(probe=r"^misstänkt", rel=S("misstänkt")),
    "miljöbrott": dict(probe=r"miljöbrott", rel=S("miljöbrott")),
    "länsstyrelsen": dict(probe=r"länsstyrelse", rel=S("länsstyrelsen länsstyrelsens länsstyrelserna länsstyrelse länsstyrelser")),
    "i": dict(probe=r"^i$", rel=S("i")),
    "västmanland": dict(probe=r"västmanland", rel=S("västmanland västmanlands")),
    "åldrande": dict(probe=r"^åldrande", rel=S("åldrande")),
    "ledningsnät": dict(probe=r"ledningsnät", rel=S("ledningsnät ledningsnätet ledningsnäten")),
    "naturvårdsverket": dict(probe=r"naturvårdsverk", rel=S("naturvårdsverket")),
    "badförbud": dict(probe=r"badförbud", rel=S("badförbud badförbudet")),
    "kokningsrekommendation": dict(probe=r"kokningsrek", rel=S("kokningsrekommendation kokningsrekommendationen")),
    "västerås": dict(probe=r"västerås", rel=S("västerås"),
                     comp=S("västeråsfjärden västeråsare västeråsarna västeråsarnas")),
    "polisanmälan": dict(probe=r"polisanm", rel=S("polisanmälan"), no=S("polisanmält polisanmälts polisanmäler")),
    "enköping": dict(probe=r"enköping", rel=S("enköping enköpings")),
    "strängnäs": dict(probe=r"strängnäs", rel=S("strängnäs")),
    "syrebrist": dict(probe=r"syrebrist", rel=S("syrebrist")),
    "taxa": dict(probe=r"tax", rel=S("taxa taxan taxor taxorna")),
    "investering": dict(probe=r"invest", rel=S("investeringar investeringarna investeringen"),
                        comp=S("investeringsfond"), no=S("investera investerar")),
    "ansvar": dict(probe=r"ansvar", rel=S("ansvar ansvaret")),
})

QUERIES = [
    ("läckan", "inflection", False, ("term", "läcka")),
    ("fiskarna", "inflection", False, ("term", "fisk")),
    ("badplatserna", "inflection", False, ("term", "badplats")),
    ("proverna", "inflection", False, ("term", "prov")),
    ("utsläppet", "inflection", False, ("term", "utsläpp")),
    ("rekommendationen", "inflection", False, ("term", "rekommendation")),
    ("ersättningen", "inflection", False, ("term", "ersättning")),
    ("pumparna", "inflection", False, ("term", "pump")),
    ("dykarna", "inflection", False, ("term", "dykare")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("fåglar", "syncope", False, ("term", "fågel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("bottnen", "syncope", False, ("term", "botten")),
    ("regel", "syncope", False, ("term", "regel")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("rötter", "umlaut", False, ("term", "rot")),
    ("stränder", "umlaut", False, ("term", "strand")),
    ("gäss", "umlaut", False, ("term", "gås")),
    ("änder", "umlaut", False, ("term", "and")),
    ("bönder", "umlaut", False, ("term", "bonde")),
    ("ledning", "compound", True, ("term", "ledning")),
    ("avlopp", "compound", True, ("term", "avlopp")),
    ("vatten", "compound", True, ("term", "vatten")),
    ("bad", "compound", True, ("term", "bad")),
    ("förbud", "compound", True, ("term", "förbud")),
    ("gata", "compound", True, ("term", "gata")),
    ("gård", "compound", True, ("term", "gård")),
    ("verk", "compound", True, ("term", "verk")),
    ("brunn", "compound", True, ("term", "brunn")),
    ('"orenat avloppsvatten"', "phrase", False, ("phrase", ["orenad", "avloppsvatten"])),
    ('"enskilda brunnar"', "phrase", False, ("phrase", ["enskild", "brunn"])),
    ('"koka vattnet"', "phrase", False, ("phrase", ["koka", "vatten"])),
    ('"döda fiskar"', "phrase", False, ("phrase", ["död", "fisk"])),
    ('"under Mälaren"', "phrase", False, ("phrase", ["under", "mälaren"])),
    ('"misstänkt miljöbrott"', "phrase", False, ("phrase", ["misstänkt", "miljöbrott"])),
    ('"länsstyrelsen i Västmanland"', "phrase", False, ("phrase", ["länsstyrelsen", "i", "västmanland"])),
    ('"åldrande ledningsnät"', "phrase", False, ("phrase", ["åldrande", "ledningsnät"])),
    ("Naturvårdsverket länsstyrelsen", "boolean", False, ("and", ["naturvårdsverket", "länsstyrelsen"])),
    ("badförbud OR kokningsrekommendation", "boolean", False, ("or", ["badförbud", "kokningsrekommendation"])),
    ("Mälaren -Västerås", "boolean", False, ("not", "mälaren", "västerås")),
    ("polisanmälan miljöbrott", "boolean", False, ("and", ["polisanmälan", "miljöbrott"])),
    ("Enköping OR Strängnäs", "boolean", False, ("or", ["enköping", "strängnäs"])),
    ("fiskarna -syrebrist", "boolean", False, ("not", "fisk", "syrebrist")),
    ("taxan investeringar", "boolean", False, ("and", ["taxa", "investering"])),
    ("källa:Signal utsläppet", "filter", False, ("filter", "Signal", "utsläpp")),
    ("källa:Kvällsfacklan fiskarna", "filter", False, ("filter", "Kvällsfacklan", "fisk")),
    ("källa:Rörbladet ledningsnätet", "filter", False, ("filter", "Rörbladet", "ledningsnät")),
    ("källa:Mälarkuriren badförbud", "filter", False, ("filter", "Mälarkuriren", "badförbud")),
    ("källa:Svartån ersättningen", "filter", False, ("filter", "Svartån", "ersättning")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("typ:opinion taxan", "filter", False, ("filter", "opinion", "taxa")),
    ("ros", "trap", False, ("term", "ros")),
    ("sten", "trap", False, ("term", "sten")),
    ("sol", "trap", False, ("term", "sol")),
    ("stig", "trap", False, ("term", "stig")),
    ("vik", "trap", False, ("term", "vik")),
    ("rör", "trap", False, ("term", "rör")),
    ("lukt", "trap", False, ("term", "lukt")),
    ("ål", "trap", False, ("term", "ål")),
    ("lera", "trap", False, ("term", "lera")),
    ("fjärd", "trap", False, ("term", "fjärd")),
    ("hav", "trap", False, ("term", "hav")),
    ("gas", "trap", False, ("term", "gas")),
    ("lag", "trap", False, ("term", "lag")),
]

HEADER = """# corpus_sewage.json – judging notes

Invented crisis: before dawn on Monday 10 August 2026, in a summer heat with crowded beaches, the pressure sewer main (sjöledningen, a 2.4 km reinforced-concrete pipe laid in 1971) that carries the sewage of western Västerås from the pumping station at Johannisberg under Västeråsfjärden in Mälaren to the treatment plant Kungsängsverket bursts at a joint, 600 metres off Lögarängen at eight metres' depth. It cannot be shut off without flooding basements, so untreated wastewater (orenat avloppsvatten) runs into the bay for five days, about 160 000 cubic metres, until divers connect a temporary polyethylene pipe laid on the bottom on Saturday 15 August. The city advises against bathing at up to twelve beaches (lifted 21 and 28 August), gives boil-water advice for some 140, later 212, households with private wells near the shore in Kärrbo, Tidö-Lindö and Ängsö (lifted 25 August), and farmers stop irrigating from the lake. Fish die of oxygen shortage in the shallow bay at Björnön, a tagged eel among them, and ducks and geese of botulism. The municipal water company Aros Vatten AB comes under fire: a 2019 report had recommended replacing the pipe within five years, a retired engineer had warned in 2011, its chief executive resigns on 21 August. Länsstyrelsen i Västmanlands län (the supervisory authority) files a police report for suspected environmental crime, so does Naturskyddsföreningen; a prosecutor of Riksenheten för miljö- och arbetsmiljömål leads the inquiry and the former chief executive and a manager are notified of suspicion; the county board orders all lake pipes inspected and later admits its own supervision was inadequate; Naturvårdsverket wants stricter rules for supervising pipe networks, and the government tasks Havs- och vattenmyndigheten with an inquiry. Then to late October: the cause (hydrogen sulphide corroding the joints), compensation to fishermen, growers and farmers and a fisherman's lawsuit, the sludge and algae on the bottom, a rise of the water tariff by 30 per cent, a council debate, a new double pipe planned for 2027–2028, other towns filming their lake pipes, and the debate about the ageing pipe network, the tariffs and a state fund. Places and public bodies are real (Västerås with Johannisberg, Lögarängen, Björnön, Kapellbadet, Rocklunda, Fiskartorpet, Kungsängen, Östra hamnen, Skiljebo, Hälla, Bäckby, Vasastaden, Kristiansborg, Stora gatan, Strandgatan, Kungsgatan, Kopparbergsvägen, Svartån, Badelundaåsen, Hässlö; Kärrbo, Irsta, Tidö-Lindö, Ängsö; Enköping, Strängnäs with Kyrkviken and Ulvhällsfjärden, Ekerö, Stockholm with Lovö, Norsborg and Kungsholmen, Norrström, Södertälje, Eskilstuna, Köping, Motala, Norrtälje, Gävle, Kalmar, Luleå, Jönköping, Göteborg, Uppsala; Västerås stad, Länsstyrelsen i Västmanlands län, Naturvårdsverket, Havs- och vattenmyndigheten, Livsmedelsverket, Boverket, Polisen, Riksenheten för miljö- och arbetsmiljömål, Region Västmanland, Västmanlands tingsrätt, Statens veterinärmedicinska anstalt, Sveriges lantbruksuniversitet, Uppsala universitet, Luleå tekniska universitet, Svenskt Vatten, Sveriges Kommuner och Regioner, Naturskyddsföreningen, Hyresgästföreningen, Mälarens vattenvårdsförbund, Stockholm Vatten och Avfall, Uppsala Vatten; Kungsängsverket and Hässlö vattenverk as used here; their actions are invented); Aros Vatten AB, Mälardalens Sjöentreprenad, every person and all six outlets are invented: Mälarkuriren (local daily, Västerås, with leaders and letters), Radio Svartån (local radio, spoken quotes, one commentary), Nyhetsbyrån Signal (wire service, terse, signed "(Signal)", also press releases), Kvällsfacklan (national tabloid, dramatic headlines, a columnist), Rikstidningen (national daily, with a leader and debate articles) and Rörbladet (trade paper for water and sewage, with a column). 120 articles (104 news, 16 opinion: leaders, debate articles, columns, a radio commentary, letters), published 3 August to 26 October 2026, +02:00 until 25 October and +01:00 after. The ids av001–av120 follow publication time.

Names that are also words: Aros Vatten's chief executive Sten Falk (*sten*, stone; *falk*, falcon), Enköping's councillor Maria Sten-Larsson, the fisherman Bo Ros (*ros*, rose, and praise in *ris och ros*), the city's environment chief Sol Bergman and the dog owner Linnéa Sol Persson (*sol*, sun), the retired engineer Stig Hed (*stig*, path; *hed*, heath), the county board's Rut Lind, the opposition councillor Karl Vide, the researcher Lovisa Hed, the ornithologist Bengt Falk, Jenny Lind, Henrik Bo Andersson, Gunnel and Bo Lindström. Several headlines put the name first and explain it only in the text (*Falk: 'Vi gör allt vi kan'*, *Bo Ros: …*, *Ros rasar mot bolaget*, *Stig Hed: …*, *Hed: 'Jag fick inte ens svar'*, *Sol Bergman: …*, *Vide: …*, *Lind: 'Vi borde ha sett det'*, *Strandberg: …*, *Sten Falk sparkad?*). A Swedish reader never takes the given name Sten for a stone, the surname Ros for a rose or the given name Sol for the sun, so each name is a lookalike (must_not) for the word it spells: *Ros* for `ros`, *Sten* for `sten`, *Sol* for `sol`, *Stig* for `stig`. So that name and word can be classified apart, sewage_build.py reads these capitalised tokens as tokens of their own, written *ros(namn)*, *sten(namn)*, *sol(namn)*, *stig(namn)* below; the words themselves are never written with a capital in the texts (no sentence or title begins with them; *Stigen*, *Stenarna* would be the nouns, and only *Stigen* occurs), and check_names() fails the build if a capitalised name token stands in an article that does not name its person in full. In the same way the capitalised *Vatten*, *Vattens* occur only in the names *Aros Vatten*, *Stockholm Vatten och Avfall*, *Uppsala Vatten* and *Svenskt Vatten* and are read as *vatten(namn)*: such a name is don't care for `vattnet` and `vatten` (an article that mentions the company is not for that about the water, but the name is the word). Other names built on query words are lookalikes: *Stenberg*, *Stenmark* for `sten`; *Rosén*, *Rosenberg*, *Rosenqvist* and the company name *Aros* for `ros`; *Vikström* for `vik`; *Ålander* for `ål`; *Lagerlöf*, *Lagerqvist* for `lag`; *Strandberg* for `stränder`; *Åkerlund*, *Åkerman* for `åkrarna`; *Bondesson* for `bönder`; the place *Fiskartorpet* for `fiskarna`; *Badelundaåsen* for `bad`. Names that are words but meet no query (Falk, Lind, Hed, Vide, Bo, Rut) are left alone.

Kept out of the texts as the README asks: the pronoun *man* (the noun is not used either), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: *bad* as the past tense of *be* (every *bad* is a bathe; the verb *bada* appears as *bada*, *badar*, *badade*, *badat*), the present tense *rör* of *röra* (every *rör* is a pipe; the verb appears only as *röra*), the present tense *pumpar* (every *pumpar* is the plural noun; the verb appears as *pumpa*, *pumpas*), the present tense *fiskar* (every *fiskar* is the plural noun; the verb appears as *fiska*, *fiskade*, *fiskat*), the verb *läcka* in the infinitive (every *läcka* is the noun; the verb appears as *läcker*), *ledning* meaning management or guidance except in the lookalike compound *vägledning* (every *ledning*, *ledningen* … is a pipe; the company's management is *styrelsen*, *chefer*), *tanken* and *tankar* as thoughts (every *tank*, *tanken*, *tankar* is a water tank), *lag* meaning a team, *vik* as an imperative, *stig* as an imperative, *sol* and *ros* as anything but the nouns and the names.

How the lists were made: src/sewage_articles.py holds the texts and src/sewage_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gås/gas/gäs, gata/gåta, gård/gard, stad/städ, strand/stränd, rot/röt, and/änd, bonde/bönd, prov/pröv, fågel/fag) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed where they matter: *ros* from the start or at the end of a word (so *Aros*, *rost*, *rosa*, *Rosén* are found and *korrosion* is not), *sten* from the start or as *-sten(ar/arna/en)* at the end (which finds *hösten*, *posten*, *tjänsten*, *räddningstjänsten*), *sol*, *ål*, *rot* and *änd* from the start, *stig*, *vik*, *rör*, *lag*, *hav*, *gas* and *lera* anywhere (*lera* also *ler-* from the start). Tokens are runs of letters, so *VA-taxan*, *E. coli*, *Tidö-Lindö*, *Sten-Larsson* and *Havs- och vattenmyndigheten* are split (*Sten-Larsson* gives the name token *Sten*). `python3 sewage_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. For the trap queries every other word that begins or ends with the query word's letters, or has them as a part of a compound, is must_not, since a reader would never take it for the word (*hösten*, *tjänsten* for `sten`, *flera*, *installera*, *regleras* for `lera`, *bolaget*, *underlag*, *lager* for `lag`, *drabbade* for `bad`, *berörda* for `rör`, *befattningshavare* for `hav`); where the letters only run across a syllable inside an unrelated word (*fastighetsägarna* for `stig`, *korrosion* for `ros`, *åklagaren*, *förslaget*, *klagar* for `lag`) or are a passive or superlative ending (*byggas*, *lagas*, *vanligast* for `gas`) the token is neither. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *ledningsnätet*, *avloppsledningen*, *avloppsvatten*, *gårdsbrunnen*, *gårdsbutik*, *brunnsvatten*, *reningsverket*, *avloppsreningsverk*; -e- *bygdegården*, *fiskeförbud*; -u- *gatubrunnarna*; -o- *kyrkogården*; none *sjöledningen*, *tryckledning*, *dricksvatten*, *vattenverket*, *badförbudet*, *badplatserna*, *Kapellbadet*, *Kungsängsverket*, *ladugård*, *prästgård*, *Strandgatan*, *Kungsgatan*. A derivation or a word inside a longer compound is don't care: *badare*, *badarna* for `bad` (from the verb, but about bathing), *fiske*, *fisket*, *provfiske*, *yrkesfiske*, *ålfiske* for `fiskarna`, *dykbåten* for `dykarna`, and the agencies *Naturvårdsverket*, *Livsmedelsverket*, *Boverket* for `verk` (a *verk* as authority, not a plant), *Havs* (in *Havs- och vattenmyndigheten*) for `hav`, *Rörbladet* (the trade paper's name) for `rör`.
- **ledning** (compound): *vägledning* (guidance, a compound that only looks like one of *ledning*), the verb *leda* (*leda*, *leder*, *ledde*, *leds*, *ledas*), *ledare*, *ledarskap*, *ledamot*, *ledamöter* and the compounds in *-ledaren* (*projektledaren*, *dykledaren*) → must_not. **bad**: the verb *bada* (*bada*, *badar*, *badade*, *badat*), the place *Badelundaåsen* and *drabbad*, *drabbade*, *drabbades* (ending in the letters) → must_not. **förbud**: *förbundet*, *förbundets*, *vattenvårdsförbund* (förbund, an association) and *förbjudet* → must_not. **gata**: *gåta* → must_not. **verk**: the verb *verka* and its compounds (*påverkas*, *påverkades*, *påverkats*, *tillverka*, *verkan*), *verkligen* and *verkställande* → must_not. **brunn**: the adjective *brunt* → must_not. **vatten**, **avlopp**, **gård**: only the word and its compounds; *vattna* and *bevattning* (the verb) → must_not.
- **ros** (trap): *ris och ros* (praise) is the noun and relevant; the surname *Ros*, the company name *Aros*, *rost* (rust) and its forms (*rostade*, *rostar*, *rostat*, *rostvatten*), the adjective *rosa* and the names *Rosén*, *Rosenberg*, *Rosenqvist* → must_not. **sten**: *sten*, *stenen*, *stenar* relevant; the name *Sten*, *Stenberg*, *Stenmark* and the words ending in the letters (*hösten*, *posten*, *tjänsten*, *räddningstjänsten*) → must_not. **sol**: *sol*, *solen* relevant; the name *Sol* → must_not. **stig**: *stigen* relevant, *strandstigen* compound; the name *Stig*, the verb *stiga* (*stiger*, *stigande*) → must_not. **vik**: *vik*, *viken*, *vikarna* relevant, *Kyrkviken* compound; *vika* (*gav vika*), *undvikit*, *viktigaste*, *betongvikter* and *Vikström* → must_not. **rör**: *rör*, *röret*, *rören* relevant, *betongrör*, *gjutjärnsrör*, *plaströren* compounds; the verb *röra* and *berörda* → must_not. **lukt**: the verb *lukta* (*luktar*, *luktade*) → must_not. **ål**: *ål*, *ålen*, *ålar* relevant; *ålder*, *åldras*, *åldrande*, *ålägga* (*ålägger*, *åläggandet*) and *Ålander* → must_not. **lera**: *lera*, *leran* relevant, *lerbotten*, *lerjorden* compounds; *flera*, *installera*, *regleras* → must_not. **fjärd**: *fjärden*, *fjärdar* relevant, *Västeråsfjärden*, *Ulvhällsfjärden* compounds; *fjärde* (fourth) → must_not. **hav**: *hav*, *havet* relevant, *Medelhavet*, *Sargassohavet* compounds; *haveriet* and *befattningshavare* → must_not. **gas**: *gasen* relevant, *rötgasen*, *fordonsgas* compounds; *gäss*, *gässen*, *grågäss*, *kanadagäss* (gås, a diacritic lookalike) and *gassade* (gassa, of the sun) → must_not. **lag**: *lagen* (the law) relevant; *bolag* and its forms (*bolaget*, *bolagets*, *bolagen*), *lager* (a layer of sludge), *lagt*, *lagd*, the verb *laga* (*laga*, *lagad*, *lagas*), *underlag* and *Lagerlöf*, *Lagerqvist* → must_not.
- **läckan**: the verb *läcker* → must_not; *avloppsläckan* compound. **fiskarna**: the verb *fiska* (*fiska*, *fiskade*, *fiskat*), the noun *fiskare* (another lemma: *fiskare*, *fiskaren*, *yrkesfiskare*, *yrkesfiskaren*, *yrkesfiskarna*, the last ending in *fiskarna* but meaning the fishermen) and *Fiskartorpet* → must_not; *fiske* and its compounds don't care. **proverna**: *prova* (*provas*), *provta* (*provtas*, *provtagits*), *provisorisk*, *provisoriska* and *pröva* (*prövas*, *omprövas*, *beprövat*, *sekretessprövat*) → must_not; *vattenprover*, *provtagning*, *provfiske* compounds. **utsläppet**: *släpper*, *släpps* → must_not. **rekommendationen**: the verb *rekommendera* → must_not; *kokningsrekommendation(en)* compound. **ersättningen**: *ersätta*, *ersätter* → must_not; *eftersatt* neither. **pumparna**: *pumpa*, *pumpas* → must_not; *pumpstationen* compound. **dykarna**: the verb *dyka* (*dyka*, *dyker* in *dyker upp*, *dykt*) → must_not; *dykledaren* compound. **badplatserna**: no lookalike.
- **vattnet**: *vattna*, *bevattning* → must_not (the articles that have them also have *vatten*). **tecknen**: *tecknade* (signed an agreement) and *undertecknad* → must_not. **bottnen**: *bott* (bo) → must_not; *sjöbotten*, *lerbotten* compounds. **regel**: *regleras* → must_not. **åkrarna**: *Åkerlund*, *Åkerman* → must_not. **fåglar**: no lookalike; *sjöfåglar*, *fågeldöden* compounds.
- **städer**: *stad*, *staden*, *stadens* (also *Västerås stad*) relevant; *städade*, *städningen* (städa) and *bostadsområden* → must_not; *stadsdelar*, *stadshuset*, *huvudstaden*, *Vasastaden* compounds; *kastades*, *kostade*, *rostade*, *röstade* neither. **rötter**: *roten* relevant; *rötslam*, *rötkammaren*, *rötgasen* (röta) → must_not. **stränder**: *Strandberg* → must_not; *strandstigen*, *Strandgatan*, *strandängarna* compounds. **gäss**: *gasen*, *rötgasen*, *fordonsgas*, *gassade* and *gäst* in *badgäster*, *hyresgäster*, *hyresgästföreningen* → must_not; *kanadagäss*, *grågäss* compounds. **änder**: *ändar* (ends), *ändras* and *ändå* → must_not; *gräsänder* compound; *händerna*, *stränder* neither. **bönder**: *Bondesson* → must_not; *mjölkbonden* compound.
- **Phrases**: forms must be adjacent and in order in one sentence. "orenat avloppsvatten" covers *orenat*, *orenade* and *avloppsvatten*, *avloppsvattnet*; *Avloppsvattnet … är helt orenat* → must_not. "enskilda brunnar" covers *enskild*, *enskilda*; *Som enskilda hushåll* with *brunn* elsewhere → must_not. "koka vattnet" covers *koka*, *kokar*, *kokas* and *vatten*, *vattnet*; *Vattnet … ska kokas* → must_not. "döda fiskar" covers *död*, *döda* and every form of *fisk*; *Sju döda kanadagäss* with *fisken* elsewhere → must_not; *Sjöfåglar och fiskar döda* in a title is reversed, but its text has *döda fiskar*. "under Mälaren": every article with *under* and *Mälaren* apart is must_not. "misstänkt miljöbrott": *misstänkt för miljöbrott* → must_not, the headline *Falk misstänkt miljöbrott* relevant; *misstänks*, *misstanke* are not forms of *misstänkt*. "länsstyrelsen i Västmanland": *Länsstyrelsen i Västmanlands län* relevant; *Länsstyrelsen* with *Region Västmanland* → must_not. "åldrande ledningsnät": *det åldrande ledningsnätet* relevant; *Ledningsnätet … det åldrande beståndet* → must_not.
- **Booleans**: AND – an article with only some terms is must_not; one where a missing term is only inside a compound is don't care. *polisanmält*, *polisanmäler*, *polisanmälts* (the verb) are lookalikes of *polisanmälan*; *investera* of *investeringar*. NOT – an article with the excluded term is must_not; with the excluded term only inside a compound (*Västeråsfjärden*, *västeråsarna*) don't care. `Mälaren -Västerås` is read literally: an article about Västerås that never writes the word is relevant. OR – *badförbudet*, *kokningsrekommendationen* are forms of the terms.
- **Filters**: `källa:` matches one word of the outlet's name (*Signal*, *Kvällsfacklan*, *Rörbladet*, *Mälarkuriren*, *Svartån*); the river Svartån in the texts plays no part. Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("sewage", "av", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
