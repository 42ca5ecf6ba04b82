#!/usr/bin/env python3
"""Builds corpus_animal.json and corpus_animal.md from animal_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 animal_build.py [-v]
"""

import fire_build
from animal_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "avlivning": dict(
        probe=r"avliv",
        rel=S("avlivning avlivningen"),
        comp=S("avlivningsmetoden"),
        no=S("avliva avlivade avlivas avlivat avlivats"),
    ),
    "slakteri": dict(
        probe=r"slakt",
        rel=S("slakteri slakteriet slakterierna"),
        no=S("slaktas"),
        nei=S("slakt slakten slaktgrisar"),
    ),
    "export": dict(
        probe=r"export",
        rel=S("export exporten"),
        comp=S("exportmarknader exportmarknaderna"),
        no=S("exporterar"),
    ),
    "jägare": dict(
        probe=r"j[äa]gar",
        rel=S("jägare jägaren jägarna"),
        comp=S("jägareförbundet"),
        no=S("jagar"),
    ),
    "besättning": dict(
        probe=r"besätt",
        rel=S("besättning besättningar besättningen"),
        comp=S("grisbesättning gåsbesättning"),
    ),
    "sanering": dict(
        probe=r"saner",
        rel=S("sanering saneringen"),
        comp=S("saneringsföretag"),
        no=S("sanerade saneras"),
    ),
    "restriktion": dict(
        probe=r"restrikt",
        rel=S("restriktioner restriktionerna"),
        comp=S("restriktionszoner"),
        no=S("restriktiv restriktiva"),
    ),
    # --- syncope ---
    "kadaver": dict(
        probe=r"kadav",
        rel=S("kadaver kadavret kadavren"),
        comp=S("vildsvinskadaver"),
    ),
    "stängsel": dict(
        probe=r"stängs",
        rel=S("stängsel stängslet stängslen"),
        comp=S("viltstängsel"),
        no=S("stängs"),
    ),
    "foder": dict(
        probe=r"fod[er]",
        rel=S("foder fodret"),
        comp=S("foderbil foderbilen foderbolag foderlager foderlagret foderpriser"),
    ),
    "mörker": dict(
        probe=r"mörk",
        rel=S("mörker mörkret"),
        comp=S("höstmörkret mörkerseende"),
        no=S("mörka mörkt"),
    ),
    "hinder": dict(
        probe=r"hind",
        rel=S("hinder hindret"),
        comp=S("handelshinder"),
        no=S("hindra"),
    ),
    "handel": dict(
        probe=r"handel|handl",
        rel=S("handeln"),
        comp=S("handelshinder"),
        no=S("handlar"),
        nei=S("behandling förhandla förhandling upphandlat värmebehandlat"),
    ),
    # --- umlaut ---
    "and": dict(
        probe=r"änder|^and$|^änd|gräsand",
        rel=S("änder"),
        comp=S("gräsand gräsänder vildänder"),
        no=S("ändrade ändrat"),
        nei=S("använder länder länderna nederländerna vänder ändå"),
    ),
    "gås": dict(
        probe=r"g[åäa]s",
        rel=S("gås gåsen gäss gässen"),
        comp=S("grågäss gåsbesättning gåsbonde gåsgården gåsuppfödare gåsuppfödaren mårtensgåsen"),
        no=S("gas gasen biogas"),
        nei=S("frågas svagaste tidigast troligaste tvingas vanligaste viktigaste"),
    ),
    "bonde": dict(
        probe=r"bond|bönd",
        rel=S("bonden bönder bönderna"),
        comp=S("grisbonde grisbonden grisbönder grisbönderna gåsbonde"),
    ),
    "land": dict(
        probe=r"^l[aä]nd|l[aä]nder",
        rel=S("landet landets länder länderna"),
        comp=S("landsbygden landsbygdens landsbygdsministern"),
        dc=S("landskapet nederländerna"),
    ),
    # --- compounds ---
    "svin": dict(
        probe=r"svin",
        rel=S("svin svinen"),
        comp=S("svinpest svinpesten tamsvin tamsvinen vildsvin vildsvinen vildsvinsjakten vildsvinskadaver "
               "vildsvinsstammen"),
        no=S("svinnet"),
        nei=S("försvinner"),
    ),
    "zon": dict(
        probe=r"zon",
        rel=S("zon zonen zonerna"),
        comp=S("hygienzon restriktionszoner skyddszon skyddszonen övervakningszon övervakningszonen"),
    ),
    "jakt": dict(
        probe=r"jakt",
        rel=S("jakt jakten"),
        comp=S("andjakten jaktlaget jaktledare jaktledaren jakttid jakttider jakttorn vildsvinsjakten"),
    ),
    "bygd": dict(
        probe=r"bygd",
        rel=S("bygden bygder"),
        comp=S("bygdegårdarna bygdegården landsbygden landsbygdens landsbygdsministern"),
    ),
    "lada": dict(
        probe=r"lad[auo]",
        rel=S("lada ladan lador"),
        comp=S("hölada ladugårdar ladugården"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("djurhälsa djurhälsovården folkhälsa hälsoläget"),
        dc=S("ohälsa ohälsan vilthälsoexpert"),
        no=S("hälsade"),
    ),
    "minne": dict(
        probe=r"minn",
        rel=S("minnet"),
        comp=S("mannaminne"),
        no=S("minns påminner"),
    ),
    "djur": dict(
        probe=r"djur",
        rel=S("djur djuren djurens djuret"),
        comp=S("betesdjur djurhälsa djurhälsovården djursjukdom djursjukdomar djurskydd djurskyddsorganisationer "
               "djurvän djurägare djurägaren rådjur tamdjur"),
    ),
    # --- traps ---
    "hund": dict(
        probe=r"hund",
        rel=S("hund hundar hundarna hunden"),
        comp=S("hundförare hundförarna hundägare sökhundar sökhundarna"),
        no=S("hundra hundratals hundratusentals tvåhundra"),
    ),
    "stall": dict(
        probe=r"st[aä]ll",
        rel=S("stall stallar stallarna stallet"),
        comp=S("grisstallet"),
        no=S("ställa ställdes ställer stället verkställer installerade anställda beställningarna"),
    ),
    "grav": dict(
        probe=r"grav",
        rel=S("grav graven gravar gravarna"),
        comp=S("massgrav"),
        no=S("gravid begravt"),
    ),
    "spärr": dict(
        probe=r"spärr",
        rel=S("spärr spärrar spärrarna"),
        no=S("spärrade avspärrad avspärrat"),
    ),
    "bete": dict(
        probe=r"^bete|betet$|^beten$|betedd|^beter",
        rel=S("bete"),
        comp=S("betesdjur"),
        no=S("betedde beteendet"),
        nei=S("arbetet"),
    ),
    "oro": dict(
        probe=r"oro",
        rel=S("oro oron"),
        no=S("oroad oroande oroar orolig oroliga"),
    ),
    "sorg": dict(
        probe=r"sorg|sörj",
        rel=S("sorg sorgen"),
        no=S("sorgligt sörjer"),
        nei=S("djurskyddsorganisationer livsmedelsförsörjning livsmedelsförsörjningen"),
    ),
    "ilska": dict(probe=r"ilsk", rel=S("ilska ilskan"), no=S("ilsken ilskna")),
    "ekonomi": dict(
        probe=r"ekonom",
        rel=S("ekonomi ekonomin"),
        no=S("ekonomer ekonomisk ekonomiska"),
    ),
    "katastrof": dict(probe=r"katastrof", rel=S("katastrof"), no=S("katastrofal")),
    "fälla": dict(
        probe=r"f[äa]ll[aode]|fällt|fäller",
        rel=S("fällan fällor fällorna"),
        no=S("fällda fällde fällt fällts"),
        nei=S("bortfallet fallen prisfallet produktionsbortfallet"),
    ),
    "politik": dict(
        probe=r"politi",
        rel=S("politik politiken"),
        no=S("politikerna politisk"),
    ),
    # --- words of phrases, booleans and filters ---
    "afrikansk": dict(probe=r"afrikan", rel=S("afrikansk afrikanska")),
    "svinpest": dict(probe=r"svinpest", rel=S("svinpest svinpesten")),
    "ersättning": dict(
        probe=r"ersätt|ersatt",
        rel=S("ersättning ersättningen"),
        no=S("ersätta ersätter ersätts"),
    ),
    "till": dict(probe=r"^till$", rel=S("till")),
    "förbud": dict(probe=r"förbud", rel=S("förbud förbudet")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "död": dict(probe=r"^död|^dött$", rel=S("döda"), nei=S("dödlig")),
    "vildsvin": dict(
        probe=r"vildsvin",
        rel=S("vildsvin vildsvinen"),
        comp=S("vildsvinsjakten vildsvinskadaver vildsvinsstammen"),
    ),
    "av": dict(probe=r"^av$", rel=S("av")),
    "griskött": dict(probe=r"griskött", rel=S("griskött")),
    "psykisk": dict(probe=r"psykisk", rel=S("psykisk psykiska")),
    "ohälsa": dict(probe=r"ohäls", rel=S("ohälsa ohälsan")),
    "stat": dict(probe=r"^stat", rel=S("staten statens"), comp=S("statsbudgeten statsveterinär")),
    "ansvar": dict(probe=r"ansvar", rel=S("ansvar ansvaret"), nei=S("ansvarar")),
    "vaccin": dict(
        probe=r"vaccin",
        rel=S("vaccin"),
        nei=S("vaccination vaccinera vaccinerade vaccinerar vaccinering"),
    ),
    "fågelinfluensa": dict(probe=r"fågelinfluens", rel=S("fågelinfluensa fågelinfluensan")),
    "smittad": dict(probe=r"^smittad|^smittat$", rel=S("smittad smittade")),
    "gård": dict(
        probe=r"g[åa]rd",
        rel=S("gård gårdar gårdarna gården gårdens"),
        comp=S("bygdegårdarna bygdegården granngård grebogården grisgårdar grisgårdarna gåsgården hönsgård hönsgårdar "
               "ladugårdar ladugården trädgården"),
        nei=S("wingård"),
    ),
    "bristande": dict(probe=r"^brist", rel=S("bristande"), nei=S("brist brister bristvara")),
    "biosäkerhet": dict(probe=r"biosäker", rel=S("biosäkerhet biosäkerheten")),
    "jordbruksverket": dict(probe=r"jordbruksverk", rel=S("jordbruksverket jordbruksverkets")),
    "sva": dict(probe=r"^sva$|^svas$", rel=S("sva")),
    "åtvidaberg": dict(probe=r"åtvidaberg", rel=S("åtvidaberg")),
    "kinda": dict(probe=r"^kinda", rel=S("kinda")),
    "lrf": dict(probe=r"^lrf", rel=S("lrf")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("avlivning", "inflection", False, ("term", "avlivning")),
    ("slakteriet", "inflection", False, ("term", "slakteri")),
    ("exporten", "inflection", False, ("term", "export")),
    ("jägare", "inflection", False, ("term", "jägare")),
    ("besättningar", "inflection", False, ("term", "besättning")),
    ("sanering", "inflection", False, ("term", "sanering")),
    ("restriktioner", "inflection", False, ("term", "restriktion")),
    ("kadaver", "syncope", False, ("term", "kadaver")),
    ("stängslet", "syncope", False, ("term", "stängsel")),
    ("fodret", "syncope", False, ("term", "foder")),
    ("mörker", "syncope", False, ("term", "mörker")),
    ("hinder", "syncope", False, ("term", "hinder")),
    ("handel", "syncope", False, ("term", "handel")),
    ("änder", "umlaut", False, ("term", "and")),
    ("gäss", "umlaut", False, ("term", "gås")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("länderna", "umlaut", False, ("term", "land")),
    ("svin", "compound", True, ("term", "svin")),
    ("zon", "compound", True, ("term", "zon")),
    ("jakt", "compound", True, ("term", "jakt")),
    ("bygd", "compound", True, ("term", "bygd")),
    ("lada", "compound", True, ("term", "lada")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("minne", "compound", True, ("term", "minne")),
    ("djur", "compound", True, ("term", "djur")),
    ('"afrikansk svinpest"', "phrase", False, ("phrase", ["afrikansk", "svinpest"])),
    ('"ersättning till bönderna"', "phrase", False, ("phrase", ["ersättning", "till", "bonde"])),
    ('"förbud mot jakt"', "phrase", False, ("phrase", ["förbud", "mot", "jakt"])),
    ('"döda vildsvin"', "phrase", False, ("phrase", ["död", "vildsvin"])),
    ('"export av griskött"', "phrase", False, ("phrase", ["export", "av", "griskött"])),
    ('"psykisk ohälsa"', "phrase", False, ("phrase", ["psykisk", "ohälsa"])),
    ('"statens ansvar"', "phrase", False, ("phrase", ["stat", "ansvar"])),
    ('"vaccin mot fågelinfluensa"', "phrase", False, ("phrase", ["vaccin", "mot", "fågelinfluensa"])),
    ('"smittade besättningar"', "phrase", False, ("phrase", ["smittad", "besättning"])),
    ('"sanering av gården"', "phrase", False, ("phrase", ["sanering", "av", "gård"])),
    ('"bristande biosäkerhet"', "phrase", False, ("phrase", ["bristande", "biosäkerhet"])),
    ("svinpest fågelinfluensa", "boolean", False, ("and", ["svinpest", "fågelinfluensa"])),
    ("Jordbruksverket OR SVA", "boolean", False, ("or", ["jordbruksverket", "sva"])),
    ("avlivning -fågelinfluensa", "boolean", False, ("not", "avlivning", "fågelinfluensa")),
    ("jägare kadaver", "boolean", False, ("and", ["jägare", "kadaver"])),
    ("Åtvidaberg Kinda", "boolean", False, ("and", ["åtvidaberg", "kinda"])),
    ("vildsvin -jägare", "boolean", False, ("not", "vildsvin", "jägare")),
    ("LRF OR ekonomi", "boolean", False, ("or", ["lrf", "ekonomi"])),
    ("källa:Roxen vildsvin", "filter", False, ("filter", "Roxen", "vildsvin")),
    ("källa:Tärnan avlivning", "filter", False, ("filter", "Tärnan", "avlivning")),
    ("källa:Fältbladet exporten", "filter", False, ("filter", "Fältbladet", "export")),
    ("källa:Dagsposten biosäkerhet", "filter", False, ("filter", "Dagsposten", "biosäkerhet")),
    ("källa:Kindaposten jägare", "filter", False, ("filter", "Kindaposten", "jägare")),
    ("typ:opinion biosäkerhet", "filter", False, ("filter", "opinion", "biosäkerhet")),
    ("typ:opinion jägare", "filter", False, ("filter", "opinion", "jägare")),
    ("hund", "trap", False, ("term", "hund")),
    ("svin", "trap", False, ("term", "svin")),
    ("stall", "trap", False, ("term", "stall")),
    ("grav", "trap", False, ("term", "grav")),
    ("spärr", "trap", False, ("term", "spärr")),
    ("bete", "trap", False, ("term", "bete")),
    ("oro", "trap", False, ("term", "oro")),
    ("sorg", "trap", False, ("term", "sorg")),
    ("ilska", "trap", False, ("term", "ilska")),
    ("ekonomi", "trap", False, ("term", "ekonomi")),
    ("katastrof", "trap", False, ("term", "katastrof")),
    ("gås", "trap", False, ("term", "gås")),
    ("fällor", "trap", False, ("term", "fälla")),
    ("hälsa", "trap", False, ("term", "hälsa")),
    ("politik", "trap", False, ("term", "politik")),
]

HEADER = """# corpus_animal.json – judging notes

TBD
"""


def main():
    fire_build.CONCEPTS = CONCEPTS
    fire_build.build("animal", "d", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
