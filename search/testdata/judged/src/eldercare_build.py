#!/usr/bin/env python3
"""Builds corpus_eldercare.json and corpus_eldercare.md from eldercare_articles.py and the hand-written word-form
lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

People in this corpus have names that are also ordinary Swedish words: the contractor's chief executive Bo Ek (ek,
oak), the lifeguard Hugo Ek, the social services committee's chair Sten Björk (sten, stone; björk, birch), the
contractor's quality manager Annika Sten, Kommunal's local chair Rut Lind and the night assistant nurse Jonas Lind
(lind, linden), IVO's head of department Maja Ros, the columnist Ros-Marie Hägg and the bather Elin Ros (ros, rose or
praise), the municipality's chief nurse Sol Åberg (sol, sun) and the police spokesperson Lars Berg (berg, mountain).
A reader tells the name from the word, so the tokenizer below reads the capitalised tokens Ek, Sten, Björk, Lind,
Ros, Sol and Berg, which the texts use only as these names (never as a word at the start of a sentence or a title;
check_names() verifies it), as tokens of their own: ek(namn), sten(namn), björk(namn), lind(namn), ros(namn),
sol(namn), berg(namn). Every other token is as in fire_build.

Run from this folder: python3 eldercare_build.py [-v]
"""

import sys

import fire_build
from eldercare_articles import ARTICLES


S = fire_build.S

NAMES = {"Ek": "ek(namn)", "Sten": "sten(namn)", "Björk": "björk(namn)", "Lind": "lind(namn)", "Ros": "ros(namn)",
         "Sol": "sol(namn)", "Berg": "berg(namn)"}
# Each name token and the people it may belong to; the article must name one of them in full.
PEOPLE = {
    "Ek": ("Bo Ek", "Hugo Ek"),
    "Sten": ("Sten Björk", "Annika Sten"),
    "Björk": ("Sten Björk",),
    "Lind": ("Rut Lind", "Jonas Lind"),
    "Ros": ("Maja Ros", "Ros-Marie Hägg", "Elin Ros"),
    "Sol": ("Sol Åberg",),
    "Berg": ("Lars Berg",),
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
    "anmälan": dict(
        probe=r"anmä",
        rel=S("anmälan anmälningar anmälningarna"),
        no=S("anmäla anmält anmälts oanmäld oanmälda oanmält polisanmält"),
        nei=S("anmärkningsvärt"),
    ),
    "inspektion": dict(
        probe=r"inspek",
        rel=S("inspektion inspektionen inspektionerna"),
        dc=S("inspektörer"),
        no=S("inspektera"),
    ),
    "uttorkning": dict(
        probe=r"uttork|torkn|torka",
        rel=S("uttorkning uttorkningen"),
        no=S("uttorkad uttorkade"),
    ),
    "avtal": dict(
        probe=r"avtal",
        rel=S("avtal avtalen avtalet"),
        comp=S("avtalsbrott avtalsbrottet avtalsvillkor"),
        no=S("avtalade"),
    ),
    "sjuksköterska": dict(
        probe=r"sjukskö",
        rel=S("sjuksköterska sjuksköterskan sjuksköterskor sjuksköterskorna sjuksköterskornas"),
    ),
    "bemanning": dict(
        probe=r"beman",
        rel=S("bemanning bemanningen"),
        comp=S("bemanningsföretag bemanningsmodeller bemanningstjänster grundbemanning grundbemanningen "
               "nattbemanningen underbemanningen"),
        no=S("bemannade bemannades bemannar"),
    ),
    "krav": dict(
        probe=r"krav|kräv",
        rel=S("krav kraven"),
        comp=S("skadeståndskrav"),
        no=S("kräva kräver krävs krävt"),
    ),
    "utredning": dict(
        probe=r"utred",
        rel=S("utredning utredningen utredningar"),
        dc=S("utredaren"),
        no=S("utreda utredas utreder utreds"),
    ),
    "vikarie": dict(
        probe=r"vikari",
        rel=S("vikarie vikarien vikarier vikarierna"),
        comp=S("sommarvikarier timvikarier timvikarierna vikariepool"),
        no=S("vikarierade"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("vattenglaset"),
        no=S("vattna vattnade bevattning bevattningsförbud"),
    ),
    "sommar": dict(
        probe=r"somm|somr",
        rel=S("sommar sommaren sommarens somrar"),
        comp=S("midsommar sommardag sommarvikarier"),
        dc=S("somras"),
        no=S("sommarström"),
    ),
    "nyckel": dict(
        probe=r"nyck",
        rel=S("nycklar nycklarna"),
        comp=S("nyckelbricka"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknade tecknades"),
    ),
    "medel": dict(
        probe=r"medel|medl",
        rel=S("medel medlen"),
        comp=S("läkemedel läkemedelsskåpet"),
        no=S("medelpad medelpadsposten medlemmar medlemmarna"),
    ),
    "fönster": dict(
        probe=r"fönst",
        rel=S("fönster fönstren fönstret"),
    ),
    # --- umlaut ---
    "dotter": dict(
        probe=r"dott|dött",
        rel=S("dotter dottern döttrar döttrarna"),
        no=S("dött"),
    ),
    "son": dict(
        probe=r"^s[oö]n|söner|sonen",
        rel=S("son sonen söner"),
        no=S("söndag söndagen"),
        nei=S("personen"),
    ),
    "natt": dict(
        probe=r"natt|nätt|^nät",
        rel=S("natt natten nätter nätterna"),
        comp=S("midnatt nattanställd nattbemanningen nattduksbord nattduksbordet nattetid nattpassen nattpersonalen "
               "nattsköterskan"),
        no=S("nätet"),
    ),
    "fot": dict(
        probe=r"^fot|föt",
        rel=S("fötterna"),
        no=S("foto fotografier fotografierna fött"),
    ),
    "tand": dict(
        probe=r"t[aä]nd|tänt",
        rel=S("tänder tänderna"),
        comp=S("tandhygienist tandhygienister tandproteser"),
        no=S("tända tände"),
        nei=S("bristande fullständig omfattande"),
    ),
    "bror": dict(
        probe=r"^bro[rd]|^bröd|bröder",
        rel=S("bror brodern"),
        no=S("bröd"),
    ),
    # --- compounds ---
    "vård": dict(
        probe=r"vård",
        rel=S("vård vården"),
        comp=S("munvård munvården sjukvård sjukvården vanvård vårdföretagen vårdföretaget vårdgivare vårdgivaren "
               "vårdskada"),
        dc=S("omvårdnaden vårdkedjan vårdkedjans vårdförbundet"),
        no=S("vårdas vårdslöshet"),
    ),
    "omsorg": dict(
        probe=r"omsorg",
        rel=S("omsorg"),
        comp=S("omsorgsboende omsorgsbolag omsorgspersonal äldreomsorg äldreomsorgen äldreomsorgens"),
        dc=S("omsorgsbladet"),
    ),
    "sköterska": dict(
        probe=r"sköt",
        rel=S("sköterska sköterskor"),
        comp=S("nattsköterskan sjuksköterska sjuksköterskan sjuksköterskor sjuksköterskorna sjuksköterskornas "
               "undersköterska undersköterskan undersköterskor undersköterskorna"),
        no=S("sköt sköter"),
    ),
    "nämnd": dict(
        probe=r"nämn",
        rel=S("nämnden nämndens"),
        comp=S("socialnämnden socialnämndens"),
        no=S("nämnde nämns"),
    ),
    "vätska": dict(
        probe=r"vätsk",
        rel=S("vätska vätskan"),
        comp=S("vätskebalans vätskebrist vätskelista vätskelistor vätskelistorna vätskerond"),
    ),
    "personal": dict(
        probe=r"person",
        rel=S("personal personalen"),
        comp=S("nattpersonalen omsorgspersonal personalrummet"),
        no=S("person personen personer presstalesperson talesperson"),
    ),
    "kyrka": dict(
        probe=r"kyrk",
        rel=S("kyrka kyrkan"),
        comp=S("kyrkogård kyrkoherden"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan"),
        comp=S("gatukontor storgatan"),
        no=S("gåta"),
        nei=S("gått obligatoriska"),
    ),
    "pass": dict(
        probe=r"pass",
        rel=S("pass passen passet"),
        comp=S("dubbelpass kvällspass nattpassen"),
        no=S("passar"),
    ),
    # --- traps ---
    "ek": dict(
        probe=r"^ek",
        rel=S("ekarna eken"),
        no=S("ek(namn) ekberg ekman ekstrand ekström"),
    ),
    "sten": dict(
        probe=r"sten",
        rel=S("sten"),
        no=S("sten(namn) bergsten stenberg stenlund bristen hemtjänsten hösten juristen medelpadsposten "
             "norrlandskusten resten räddningstjänsten socialtjänsten"),
    ),
    "ros": dict(
        probe=r"ros",
        rel=S("ros rosor"),
        no=S("ros(namn) rosén"),
    ),
    "lind": dict(
        probe=r"lind",
        rel=S("lindarna linden"),
        no=S("lind(namn) linda lindberg lindgren lindra"),
    ),
    "sol": dict(
        probe=r"sol",
        rel=S("sol solen"),
        comp=S("solskydd solskydden"),
        no=S("sol(namn) absolut isolerad solidaritet sollefteå"),
    ),
    "sår": dict(
        probe=r"s[aå]r",
        rel=S("sår såren"),
        comp=S("trycksår"),
        no=S("sarah sårad sårbara"),
        nei=S("föreläsare hänvisar kissar passar redovisar visar"),
    ),
    "hetta": dict(
        probe=r"^het",
        rel=S("hetta hettan"),
        no=S("het heta heter hett hette"),
    ),
    "mat": dict(
        probe=r"^mat|mat$",
        rel=S("mat maten"),
        comp=S("matlåda matsalen"),
        no=S("klimat matade matfors matt schemat"),
    ),
    "glas": dict(
        probe=r"glas",
        rel=S("glas glaset"),
        comp=S("vattenglaset"),
        no=S("glass glasskiosken isglass"),
    ),
    "rum": dict(
        probe=r"rum",
        rel=S("rum rummen rummet"),
        comp=S("dagrum dagrummet personalrummet"),
        no=S("centrum rumänien"),
    ),
    "berg": dict(
        probe=r"b[eä]rg",
        rel=S("berget"),
        dc=S("skönsberg"),
        no=S("berg(namn) bergsten bergström ekberg lindberg sandberg stenberg åberg"),
    ),
    "is": dict(
        probe=r"^is|is$|isen$",
        rel=S("is isen"),
        comp=S("isglass"),
        no=S("envis gratis isolerad polisen pris ris"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björkarna"),
        no=S("björk(namn) björkman björkmans"),
    ),
    # --- words of phrases, booleans and filters ---
    "lex": dict(probe=r"^lex$", rel=S("lex")),
    "maria": dict(probe=r"^maria", rel=S("maria")),
    "brist": dict(
        probe=r"brist",
        rel=S("bristen brister bristerna"),
        comp=S("vätskebrist"),
        nei=S("bristande bristfällig"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "fara": dict(probe=r"^far[ao]", rel=S("fara")),
    "för": dict(probe=r"^för$", rel=S("för")),
    "annan": dict(probe=r"^ann(an|ans)$", rel=S("annan annans")),
    "hög": dict(
        probe=r"^hög",
        rel=S("hög höga högre högsta"),
        nei=S("högst högt högtryck"),
    ),
    "temperatur": dict(
        probe=r"temperatur",
        rel=S("temperaturen temperaturer"),
        comp=S("maxtemperaturen"),
    ),
    "privat": dict(probe=r"^privat", rel=S("privat privata")),
    "utförare": dict(probe=r"utför", rel=S("utförare utförarna"), nei=S("utförs")),
    "säga": dict(probe=r"^(säga|säger|sägs|sade|sa|sagt|sades|säg)$", rel=S("säga säger sägs sade sa sagt")),
    "upp": dict(probe=r"^upp$", rel=S("upp")),
    "ett": dict(probe=r"^ett$", rel=S("ett")),
    "kommunal": dict(probe=r"^kommunal", rel=S("kommunal kommunals"), no=S("kommunala")),
    "skyddsombud": dict(probe=r"skyddsombud", rel=S("skyddsombud skyddsombudet")),
    "ivo": dict(probe=r"^ivo", rel=S("ivo")),
    "polis": dict(
        probe=r"polis",
        rel=S("polisen polisens"),
        comp=S("polisregion"),
        dc=S("polisanmält"),
    ),
    "trycksår": dict(probe=r"trycksår", rel=S("trycksår")),
    "vårdförbundet": dict(probe=r"vårdförbund", rel=S("vårdförbundet")),
    "matfors": dict(probe=r"matfors", rel=S("matfors"), nei=S("klimatforskare")),
    "njurunda": dict(probe=r"njurunda", rel=S("njurunda")),
    "upphandling": dict(
        probe=r"upphandl",
        rel=S("upphandling upphandlingen"),
        comp=S("direktupphandling upphandlingschef"),
        no=S("direktupphandla upphandlar"),
    ),
    "förvaltningsrätt": dict(probe=r"förvaltningsrätt", rel=S("förvaltningsrätten förvaltningsrättens")),
    "anhörig": dict(
        probe=r"anhörig",
        rel=S("anhöriga"),
        comp=S("anhöriggrupp anhöriggruppen"),
    ),
    "socialnämnd": dict(probe=r"socialnämnd", rel=S("socialnämnden socialnämndens")),
    "fläkt": dict(
        probe=r"fläkt",
        rel=S("fläktar fläktarna fläkten"),
        comp=S("golvfläktar"),
    ),
    "luftkonditionering": dict(probe=r"luftkondition", rel=S("luftkonditionering")),
    "dödsfall": dict(probe=r"dödsfall", rel=S("dödsfall dödsfallet")),
    "vinst": dict(probe=r"vinst", rel=S("vinst vinster")),
    "ansvar": dict(
        probe=r"ansvar",
        rel=S("ansvar ansvaret"),
        dc=S("ansvarig ansvariga"),
        no=S("ansvara ansvarade ansvarar"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("anmälningarna", "inflection", False, ("term", "anmälan")),
    ("inspektionen", "inflection", False, ("term", "inspektion")),
    ("uttorkningen", "inflection", False, ("term", "uttorkning")),
    ("avtalet", "inflection", False, ("term", "avtal")),
    ("sjuksköterskorna", "inflection", False, ("term", "sjuksköterska")),
    ("bemanningen", "inflection", False, ("term", "bemanning")),
    ("kraven", "inflection", False, ("term", "krav")),
    ("utredningen", "inflection", False, ("term", "utredning")),
    ("vikarierna", "inflection", False, ("term", "vikarie")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("somrar", "syncope", False, ("term", "sommar")),
    ("nycklar", "syncope", False, ("term", "nyckel")),
    ("tecknen", "syncope", False, ("term", "tecken")),
    ("medlen", "syncope", False, ("term", "medel")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("döttrarna", "umlaut", False, ("term", "dotter")),
    ("söner", "umlaut", False, ("term", "son")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("fötterna", "umlaut", False, ("term", "fot")),
    ("tänderna", "umlaut", False, ("term", "tand")),
    ("bröder", "umlaut", False, ("term", "bror")),
    ("vård", "compound", True, ("term", "vård")),
    ("omsorg", "compound", True, ("term", "omsorg")),
    ("sköterska", "compound", True, ("term", "sköterska")),
    ("nämnd", "compound", True, ("term", "nämnd")),
    ("vätska", "compound", True, ("term", "vätska")),
    ("personal", "compound", True, ("term", "personal")),
    ("kyrka", "compound", True, ("term", "kyrka")),
    ("gata", "compound", True, ("term", "gata")),
    ("pass", "compound", True, ("term", "pass")),
    ('"lex Maria"', "phrase", False, ("phrase", ["lex", "maria"])),
    ('"brist på personal"', "phrase", False, ("phrase", ["brist", "på", "personal"])),
    ('"fara för annan"', "phrase", False, ("phrase", ["fara", "för", "annan"])),
    ('"höga temperaturer"', "phrase", False, ("phrase", ["hög", "temperatur"])),
    ('"privata utförare"', "phrase", False, ("phrase", ["privat", "utförare"])),
    ('"säga upp avtalet"', "phrase", False, ("phrase", ["säga", "upp", "avtal"])),
    ('"ett glas vatten"', "phrase", False, ("phrase", ["ett", "glas", "vatten"])),
    ('"Kommunals skyddsombud"', "phrase", False, ("phrase", ["kommunal", "skyddsombud"])),
    ("IVO polisen", "boolean", False, ("and", ["ivo", "polis"])),
    ("trycksår OR uttorkning", "boolean", False, ("or", ["trycksår", "uttorkning"])),
    ("Kommunal -Vårdförbundet", "boolean", False, ("not", "kommunal", "vårdförbundet")),
    ("Matfors OR Njurunda", "boolean", False, ("or", ["matfors", "njurunda"])),
    ("upphandlingen förvaltningsrätten", "boolean", False, ("and", ["upphandling", "förvaltningsrätt"])),
    ("anhöriga socialnämnden", "boolean", False, ("and", ["anhörig", "socialnämnd"])),
    ("fläktar -luftkonditionering", "boolean", False, ("not", "fläkt", "luftkonditionering")),
    ("källa:Medelpadsposten uttorkningen", "filter", False, ("filter", "Medelpadsposten", "uttorkning")),
    ("källa:Kvällsblixten dödsfallet", "filter", False, ("filter", "Kvällsblixten", "dödsfall")),
    ("källa:Omsorgsbladet bemanningen", "filter", False, ("filter", "Omsorgsbladet", "bemanning")),
    ("källa:Sextant inspektionen", "filter", False, ("filter", "Sextant", "inspektion")),
    ("källa:Mittpunkt anhöriga", "filter", False, ("filter", "Mittpunkt", "anhörig")),
    ("typ:opinion vinster", "filter", False, ("filter", "opinion", "vinst")),
    ("typ:opinion ansvaret", "filter", False, ("filter", "opinion", "ansvar")),
    ("ek", "trap", False, ("term", "ek")),
    ("sten", "trap", False, ("term", "sten")),
    ("ros", "trap", False, ("term", "ros")),
    ("lind", "trap", False, ("term", "lind")),
    ("sol", "trap", False, ("term", "sol")),
    ("sår", "trap", False, ("term", "sår")),
    ("hetta", "trap", False, ("term", "hetta")),
    ("mat", "trap", False, ("term", "mat")),
    ("glas", "trap", False, ("term", "glas")),
    ("rum", "trap", False, ("term", "rum")),
    ("berg", "trap", False, ("term", "berg")),
    ("is", "trap", False, ("term", "is")),
    ("björk", "trap", False, ("term", "björk")),
]

HEADER = """# corpus_eldercare.json – judging notes

Invented crisis: during the heatwave of July 2026 (SMHI's warning for very high temperatures along Norrlandskusten, 32.1 degrees in Sundsvall on 24 July) the care home Ljusbackens vård- och omsorgsboende in Nacksta, Sundsvall, run for the municipality by the private contractor Vårdkedjan Norr AB, is short of staff at night (one assistant nurse for two wards, one nurse for two homes, many untrained temps). On Monday 27 July the 91-year-old resident Gunnel Sjödin is found severely dehydrated with untreated pressure sores; she dies at Sundsvalls sjukhus on 30 July. Seven more residents have pressure sores or signs of dehydration. The contractor makes a lex Sarah report, the municipality's chief nurse (MAS) a lex Maria report to IVO; the family reports to the police, who open an inquiry into framkallande av fara för annan and vållande till annans död. IVO inspects unannounced on 6 August and criticises both contractor and municipality; Kommunal's safety representative turns to Arbetsmiljöverket; fluid charts turn out to have been filled in afterwards. On Thursday 27 August socialnämnden ends the contract; Vårdkedjan seeks review of the municipality's direct procurement in förvaltningsrätten i Härnösand (rejected), the municipality takes over on 1 November, the council adds 45 million kronor for staffing, the prosecutor charges a former coordinator with osann urkund and drops the manslaughter inquiry (19 November). Places and public bodies are real (Sundsvall, Nacksta, Skönsberg, Haga, Bosvedjan, Alnö, Matfors, Njurunda, Sidsjön, Stora torget, Storgatan, Midlanda, Sköns kyrka, Härnösand, Timrå, Sollefteå, Kramfors; IVO, SMHI, Socialstyrelsen, Folkhälsomyndigheten, Arbetsmiljöverket, Åklagarmyndigheten, förvaltningsrätten i Härnösand, Region Västernorrland, Sundsvalls sjukhus, Mittuniversitetet, Kommunal, Vårdförbundet, PRO, SPF Seniorerna, SKR; their actions are invented); the care homes (Ljusbacken, Sörgården, Kvisslegården), the companies, every person and all six outlets are invented: Medelpadsposten (local daily), Radio Mittpunkt (local radio, with quotes), Nyhetsbyrån Sextant (wire service, also carrying press releases), Kvällsblixten (tabloid), Omsorgsbladet (trade paper for eldercare and social services) and Riksjournalen (national daily). 120 articles (102 news, 18 opinion: leaders, debate articles, columns, letters), published 16 June to 28 November 2026, +02:00 until 25 October and +01:00 after. The ids eb001–eb120 follow publication time.

Names that are also words: the contractor's chief executive Bo Ek and the lifeguard Hugo Ek (*ek*, oak), the social services committee's chair Sten Björk (*sten*, stone; *björk*, birch), the quality manager Annika Sten, Kommunal's local chair Rut Lind and the night assistant nurse Jonas Lind (*lind*, linden), IVO's head of department Maja Ros, the columnist Ros-Marie Hägg and the bather Elin Ros (*ros*, rose, praise), the chief nurse Sol Åberg (*sol*, sun) and the police spokesperson Lars Berg (*berg*, mountain); others meet no query (Bo Lindberg, Lo Falk, Rut, Bo, Falk, Erik Vide). Several headlines put the name first and explain it only in the text (*Lind: 'Sommaren blir tuff på boendena'*, *Berg: 'Vi tar det här på största allvar'*, *Björk: ”Kommunen har inte gjort tillräckligt”*, *Ros: ”Vi granskar …”*, *Ek bryter tystnaden*, *Ek: ”Jag har inget att tillägga”*, *Sol Åberg: …*). A Swedish reader never takes these names for the trees, the stone, the flower, the sun or the mountain, so each is a lookalike (must_not) for the word it spells. So that name and word can be classified apart, eldercare_build.py reads the capitalised tokens *Ek*, *Sten*, *Björk*, *Lind*, *Ros* (also in *Ros-Marie*), *Sol*, *Berg* as tokens of their own, written *ek(namn)*, *sten(namn)* … below; the words themselves are never written with a capital in these exact forms, and check_names() fails the build if a name token stands in an article that does not name its person in full. Surnames built on the words are lookalikes too: *Ekman*, *Ekberg*, *Ekström*, *Ekstrand* (ek); *Stenlund*, *Stenberg*, *Bergsten* (sten); *Björkman* (björk); *Lindberg*, *Lindgren*, the given name *Linda* (lind); *Rosén* (ros); *Åberg*, *Bergström*, *Sandberg*, *Lindberg*, *Ekberg*, *Stenberg*, *Bergsten* (berg); *Sommarström* (somrar).

Kept out of the texts as the README asks: the pronoun *man*, the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the forms that are judged: the adjective *kommunal* in its base form (every *Kommunal*, *Kommunals* is the union; the adjective appears only as *kommunala*), the verb *så* in the form *sår* (every *sår* is a wound), the verb *fara* (every *fara* is danger), the verb *tänder* (the one *Tänder* is teeth), the adjective *modern*, *rum* meaning the liquor, *is* in any sense but ice, *ros* at the start of a sentence, and the verb *heta* in the infinitive (*heta* is only the adjective, *heter*/*hette* the verb).

How the lists were made: src/eldercare_articles.py holds the texts (written in seven parts, each appended to ARTICLES) and src/eldercare_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: sår/sar, natt/nätt/nät, gata/gåta, tand/tänd, son/sön, fot/föt, bror/bröd, dotter/dött, berg/bärg) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). Short stems are probed anywhere in a word (*sten*, *ros*, *lind*, *sol*, *rum*, *glas*, *sår*), so words that merely contain the letters are found (*hösten*, *tjänsten*, *Medelpadsposten* for `sten`; *centrum* for `rum`; *absolut*, *isolerad* for `sol`); *ek* is probed from the start of a word, *hetta* as *het-* from the start, *mat* from the start or at the end (*klimat*, *schemat*), *is* from the start, at the end and as *-isen* (*polisen*, *gratis*, *envis*, *pris*, *ris*). Tokens are runs of letters, so *IVO:s*, *AB:s* and *lex Sarah-anmälan* are split. `python3 eldercare_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *omsorgsboende*, *omsorgspersonal*, *kvällspass*; -e- *vätskelista*, *vätskebrist*, *vätskerond*; -u- *gatukontor*; -o- *kyrkogård*, *kyrkoherden*; none *äldreomsorgen*, *sjukvården*, *munvård*, *vanvård*, *vårdgivaren*, *undersköterskan*, *sjuksköterskor*, *nattsköterskan*, *socialnämnden*, *nattpersonalen*, *personalrummet*, *Storgatan*, *dubbelpass*, *nattpassen*. Organisation and outlet names built on the word are don't care: *Vårdkedjan*, *Vårdförbundet*, *omvårdnaden* for `vård`, *Omsorgsbladet* for `omsorg`.
- **vård** (compound): the verb *vårdas* and *vårdslöshet* (carelessness, another lemma) → must_not. **sköterska**: *sköter* (sköta) and *sköt* (skjuta) → must_not. **nämnd**: the verb *nämnde*, *nämns* → must_not. **personal**: *person*, *personen*, *personer*, *talesperson*, *presstalesperson* → must_not. **gata**: *gåta* → must_not; *gått*, *obligatoriska* neither. **pass**: *passar* → must_not. **omsorg**, **vätska**, **kyrka**: only the word and its compounds.
- **ek** (trap): *ekarna*, *eken* (the oaks behind the home) relevant; the name *Ek* and *Ekman*, *Ekberg*, *Ekström*, *Ekstrand* → must_not.
- **sten** (trap): *envis som en sten*, *uteplatsen av sten* relevant; the name *Sten*, *Stenlund*, *Stenberg*, *Bergsten* and the words that only contain the letters (*hösten*, *resten*, *bristen*, *juristen*, *hemtjänsten*, *räddningstjänsten*, *socialtjänsten*, *Norrlandskusten*, *Medelpadsposten*) → must_not.
- **ros** (trap): *ros* (praise: *ge personalen ros*, *ska få ros*) and *rosor* relevant; the name *Ros* (Maja Ros, Ros-Marie Hägg, Elin Ros) and *Rosén* → must_not.
- **lind** (trap): *lindarna*, *linden* relevant; the name *Lind*, *Linda*, *Lindberg*, *Lindgren* and the verb *lindra* → must_not.
- **sol** (trap): *sol*, *solen* relevant, *solskydd(en)* compounds; the name *Sol*, *Sollefteå*, *absolut*, *isolerad*, *solidaritet* → must_not.
- **sår** (trap): *sår*, *såren* relevant, *trycksår* compound (don't care); *Sarah* (lex Sarah), *sårad* (hurt feelings, the verb såra) and *sårbara* (vulnerable, another lemma) → must_not; *visar*, *kissar*, *passar*, *föreläsare* … neither.
- **hetta** (trap): *hetta*, *hettan* relevant; the adjective *het*, *hett*, *heta* (another lemma) and the verb *heter*, *hette* → must_not.
- **mat** (trap): *mat*, *maten* relevant, *matsalen*, *matlåda* compounds; *Matfors*, *matade* (the verb), *matt*, *klimat*, *schemat* → must_not.
- **glas** (trap): *glas*, *glaset* relevant, *vattenglaset* compound; *glass* (ice cream), *glasskiosken*, *isglass* → must_not.
- **rum** (trap): *rum*, *rummet*, *rummen* relevant, *dagrum*, *personalrummet* compounds; *centrum*, *Rumänien* → must_not.
- **berg** (trap): *berget* (the hill seen from the home) relevant; the name *Berg* and the surnames *Åberg*, *Bergström*, *Sandberg*, *Lindberg*, *Ekberg*, *Stenberg*, *Bergsten* → must_not; the district *Skönsberg* → don't care (as *Kristianstad* for `stad`).
- **is** (trap): *is*, *isen* relevant, *isglass* compound; *polisen*, *pris*, *ris*, *gratis*, *envis*, *isolerad* → must_not.
- **björk** (trap): *björkarna* relevant; the name *Björk*, *Björkman*, *Björkmans* → must_not.
- **Inflection**: the verbs and participles are lookalikes: *anmäla*, *anmält*, *anmälts*, *polisanmält* and the adjective *oanmäld/oanmälda/oanmält* (unannounced) for `anmälningarna`; *inspektera* for `inspektionen` (*inspektörer* don't care); *uttorkad*, *uttorkade* for `uttorkningen`; *avtalade* for `avtalet`; *bemannade*, *bemannades*, *bemannar* for `bemanningen`; *kräva*, *kräver*, *krävs*, *krävt* for `kraven`; *utreda*, *utreder*, *utreds*, *utredas* for `utredningen` (*utredaren* don't care); *vikarierade* for `vikarierna`.
- **Syncope**: *vattna*, *vattnade*, *bevattning*, *bevattningsförbud* → must_not for `vattnet`; *i somras* → don't care for `somrar` (a frozen form of the word), *Sommarström* → must_not; *tecknade*, *tecknades* (teckna, sign) → must_not for `tecknen`; *medlemmar*, *medlemmarna*, *Medelpad*, *Medelpadsposten* → must_not for `medlen`, *läkemedel* a compound.
- **Umlaut**: *dött* → must_not for `döttrarna`; *söndag(en)* → must_not for `söner`; *nätet* → must_not for `nätter`; *foto*, *fotografier(na)* and *fött* (föda) → must_not for `fötterna`; *tände*, *tända* → must_not for `tänderna`; *bröd* → must_not for `bröder`.
- **Phrases**: forms must be adjacent and in order in one sentence. "lex Maria" covers *lex Maria-anmälan*; *lex Sarah* with the name *Maria Bergström* elsewhere → must_not. "brist på personal" covers *bristen på personal*; *brister* and *personal* apart → must_not; *personalbrist*-type compounds would be don't care. "fara för annan": *ingen fara för de boende* with *annan* elsewhere → must_not. "höga temperaturer" covers *höga*, *högsta* (*den högsta temperaturen*) and *temperaturer*, *temperaturen*; *temperaturen … hög* apart → must_not; *högst*, *högt*, *högtryck* are neither. "privata utförare" covers *privat utförare*, *privata utförarna*; *privata bolag … utförarna* apart → must_not. "säga upp avtalet" covers *säga*, *säger*, *sade* *upp avtalet*; *avtalet … sägs upp* (reversed) and *säger … följa upp … avtalet* → must_not. "ett glas vatten": *ett glas* with *vatten* elsewhere → must_not, *vattenglaset* don't care. "Kommunals skyddsombud": *Kommunal … skyddsombud* apart → must_not.
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound (*polisanmält*, *polisregion*, *anhöriggruppen*, *direktupphandling*) is don't care. NOT – an article with the excluded term is must_not. `Kommunal -Vårdförbundet`: *kommunala* (the adjective) is a lookalike of the union's name. `fläktar -luftkonditionering`: *golvfläktar* alone is a compound → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Medelpadsposten*, *Kvällsblixten*, *Omsorgsbladet*, *Sextant*, *Mittpunkt*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type. *ansvar* covers *ansvar*, *ansvaret*; the verb *ansvara*, *ansvarar*, *ansvarade* → must_not; the adjective *ansvarig(a)* don't care. *vinster* covers *vinst*, *vinster*.
"""

fire_build.CONCEPTS = CONCEPTS


def main():
    if check_names():
        sys.exit("name tokens without their person")
    fire_build.build("eldercare", "eb", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
