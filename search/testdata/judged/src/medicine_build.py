#!/usr/bin/env python3
"""Builds corpus_medicine.json and corpus_medicine.md from medicine_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Run from this folder: python3 medicine_build.py [-v]
"""

import fire_build
from medicine_articles import ARTICLES


S = fire_build.S

CONCEPTS = {
    # --- inflection ---
    "brist": dict(
        probe=r"brist|brust",
        rel=S("brist bristen brister bristerna"),
        comp=S("bristvaror läkemedelsbrist läkemedelsbristen"),
        no=S("bristande"),
    ),
    "restnotering": dict(
        probe=r"restnot",
        rel=S("restnotering restnoteringen restnoteringar restnoteringarna"),
        no=S("restnoterad restnoterade restnoterades restnoteras restnoterat restnoterats"),
    ),
    "leverans": dict(
        probe=r"lever",
        rel=S("leverans leveransen leveranser leveranserna"),
        comp=S("direktleveranser kurirleveranser dosleveransen leveranskedjorna leveranssäkerhet"),
        no=S("leverera levererar levereras leverantör leverantören underleverantör"),
        nei=S("elever"),
    ),
    "återkallelse": dict(
        probe=r"återkall",
        rel=S("återkallelse återkallelsen"),
        no=S("återkallade återkallades återkallar"),
    ),
    "ransonering": dict(
        probe=r"ranson",
        rel=S("ransonering ransoneringen"),
        no=S("ransoneras"),
    ),
    "förskrivning": dict(
        probe=r"förskriv",
        rel=S("förskrivning förskrivningen"),
        no=S("förskrivare förskrivarna"),
    ),
    "patient": dict(
        probe=r"patient",
        rel=S("patient patienter patienterna patienters"),
        comp=S("diabetespatienter epilepsipatienter"),
    ),
    # --- syncope ---
    "läkemedel": dict(
        probe=r"läkemed",
        rel=S("läkemedel läkemedlen läkemedlet"),
        comp=S("läkemedelsbolagen läkemedelsbrist läkemedelsbristen läkemedelschef läkemedelsföretaget läkemedelsförråd "
               "läkemedelsförsörjning läkemedelsförsörjningen läkemedelsgrossisten läkemedelshantering "
               "läkemedelshanteringen läkemedelslistor läkemedelsmyndigheten läkemedelsråd läkemedelsverket "
               "läkemedelsverkets"),
    ),
    "lager": dict(
        probe=r"lager|lagr|^lag",
        rel=S("lager lagren lagret"),
        comp=S("beredskapslager beredskapslagret lagerhållning lagerhållningen lagerhållningsskyldighet"),
        no=S("lag lagen lagra lagras lagt lagförslag"),
    ),
    "vinter": dict(
        probe=r"vint",
        rel=S("vinter vintern vintrar"),
        comp=S("vinterkräksjukan"),
    ),
    "sommar": dict(probe=r"somm|somr", rel=S("sommar sommaren somras")),
    "regel": dict(
        probe=r"regel|regl",
        rel=S("regeln regler reglerna"),
        no=S("reglerar"),
    ),
    "tecken": dict(
        probe=r"teck",
        rel=S("tecken tecknen"),
        no=S("tecknat"),
    ),
    "kapsel": dict(
        probe=r"kaps",
        rel=S("kapseln kapslar kapslarna"),
        nei=S("beredskapslager beredskapslagret"),
    ),
    # --- umlaut ---
    "fot": dict(
        probe=r"^f[oö]t|fötter|fot$|foten$|föt",
        rel=S("foten fötter fötterna"),
        comp=S("fotmottagningen fotsår fotvården"),
        no=S("fotografen"),
    ),
    "natt": dict(
        probe=r"n[aä]tt|nät",
        rel=S("natt natten nätter nätterna"),
        no=S("nätapotek nätet"),
    ),
    "land": dict(
        probe=r"land|länd",
        rel=S("land landet länder"),
        comp=S("medlemsländerna"),
        dc=S("finland tyskland nederländerna landskrona"),
        no=S("utländska"),
        nei=S("bland ibland pressmeddelande"),
    ),
    "dotter": dict(
        probe=r"dott|döttr",
        rel=S("dotter dottern döttrar döttrarna döttrars"),
    ),
    # --- compounds ---
    "apotek": dict(
        probe=r"apotek",
        rel=S("apotek apoteken apotekens apoteket"),
        comp=S("apoteksanställda apotekschef apotekschefen apoteksförening apoteksföreningen apotekskedjan "
               "apotekskedjorna apotekskunder apoteksägare dosapotek dosapoteket nätapotek sjukhusapotek "
               "sjukhusapoteken sjukhusapoteket"),
        dc=S("apotekare sjukhusapotekaren apoteker"),
    ),
    "insulin": dict(
        probe=r"insulin",
        rel=S("insulin insulinet"),
        comp=S("insulinpennor insulinpennorna långtidsinsulin långtidsinsulinen långtidsinsuliner långtidsinsulinet"),
    ),
    "sköterska": dict(
        probe=r"sköt",
        rel=S("sköterska sköterskan sköterskor sköterskorna"),
        comp=S("diabetessköterska diabetessköterskan distriktssköterskan sjuksköterska sjuksköterskan sjuksköterskor "
               "sjuksköterskorna"),
        no=S("sköter"),
    ),
    "sjukhus": dict(
        probe=r"sjukhus",
        rel=S("sjukhus sjukhusen sjukhusens sjukhuset"),
        comp=S("centralsjukhuset sjukhusapotek sjukhusapotekaren sjukhusapoteken sjukhusapoteket universitetssjukhus"),
    ),
    "vård": dict(
        probe=r"v[åa]rd",
        rel=S("vård vården vårdens"),
        comp=S("fotvården primärvården primärvårdens sjukvård sjukvården sjukvårdens vårdcentral vårdcentraler "
               "vårdcentralerna vårdförbundet vårdplatserna"),
        dc=S("sjukvårdsdirektör"),
        no=S("vårdas"),
    ),
    # --- traps ---
    "recept": dict(
        probe=r"recept",
        rel=S("recept receptet"),
        comp=S("receptbelagda receptfria"),
        no=S("receptionen receptorer receptorerna"),
    ),
    "dos": dict(
        probe=r"dos",
        rel=S("dos dosen doserna"),
        comp=S("dosapotek dosapoteket dosleveransen dospåsarna"),
        no=S("doserar dosett dosetter dosetterna dosettskåp"),
    ),
    "kur": dict(
        probe=r"kur",
        rel=S("kur kuren"),
        no=S("kurir kurirfirman kurirleveranser kurs kursen kurvan skånekuriren"),
    ),
    "lag": dict(
        probe=r"lag",
        rel=S("lag lagen"),
        comp=S("lagförslag"),
        no=S("lager lagret lagren lagra lagras lagerhållning lagerhållningen lagerhållningsskyldighet beredskapslager "
             "beredskapslagret bolag bolaget läkemedelsbolagen lagt inlagda olagligt"),
        nei=S("anklagar beklagar förslag förslaget receptbelagda sammanlagt"),
    ),
    "kris": dict(
        probe=r"kris",
        rel=S("krisen kriser"),
        comp=S("krisledning krisledningen"),
        no=S("kristianstad kristianstads kristianstadsbo kristina kristoffer"),
    ),
    "sats": dict(
        probe=r"sats",
        rel=S("satsen satser"),
        no=S("insatsen satsa satsningen"),
    ),
    "dropp": dict(
        probe=r"dropp",
        rel=S("dropp droppet"),
        no=S("droppar ögondroppar"),
    ),
    "hylla": dict(
        probe=r"hyll",
        rel=S("hyllan hyllor hyllorna"),
        no=S("hyllats"),
    ),
    "rest": dict(
        probe=r"rest",
        rel=S("resten"),
        comp=S("restnotering restnoteringen restnoteringar restnoteringarna"),
        dc=S("restnoterad restnoterade restnoterades restnoteras restnoterat restnoterats"),
        no=S("restaurangägare restriktioner restriktionerna"),
    ),
    "lista": dict(
        probe=r"list",
        rel=S("lista"),
        comp=S("läkemedelslistor"),
        no=S("journalisten journalistpris specialist"),
    ),
    "feber": dict(
        probe=r"feb",
        rel=S("feber"),
        comp=S("febermedicin febernedsättande"),
        no=S("februari"),
    ),
    "lock": dict(
        probe=r"lock",
        rel=S("lock locken locket"),
        no=S("lockad lockande blocket"),
        nei=S("klockan"),
    ),
    "kö": dict(
        probe=r"^k[oö](n|er|erna|r|ra|rde|a|ade|ar|at)?$|kön$|köer",
        rel=S("kö köer köerna kön"),
        no=S("köa köat kör körde"),
    ),
    "spår": dict(
        probe=r"sp[aå]r",
        rel=S("spår spåren"),
        no=S("spara sparar spåra spårat spårbarheten"),
    ),
    "nät": dict(
        probe=r"n[aä]tt|nät",
        rel=S("nätet"),
        comp=S("nätapotek"),
        no=S("natt natten nätter nätterna"),
    ),
    # --- words of phrases, booleans and filters ---
    "antibiotika": dict(
        probe=r"antibiot",
        rel=S("antibiotika antibiotikan antibiotikum"),
        comp=S("barnantibiotika"),
    ),
    "på": dict(probe=r"^på$", rel=S("på")),
    "med": dict(probe=r"^med$", rel=S("med")),
    "särskild": dict(probe=r"särskil", rel=S("särskild särskilda särskilt")),
    "boende": dict(probe=r"boend", rel=S("boende boenden boendena boendet"), comp=S("äldreboenden")),
    "nationell": dict(probe=r"nation", rel=S("nationell nationella nationellt"), nei=S("nationaltidningens")),
    "förorenad": dict(probe=r"förorena", rel=S("förorenade")),
    "batch": dict(probe=r"batch", rel=S("batch batchen"), comp=S("batchnummer")),
    "receptfri": dict(probe=r"receptfri", rel=S("receptfria")),
    "läkemedelsverket": dict(probe=r"läkemedelsverk", rel=S("läkemedelsverket läkemedelsverkets")),
    "beslut": dict(probe=r"beslut", rel=S("beslut beslutet"), no=S("besluta beslutat")),
    "byta": dict(probe=r"^byt", rel=S("byta byter bytt bytte byttes"), nei=S("byte byten bytet")),
    "tom": dict(probe=r"^tom", rel=S("tom tomma"), nei=S("tomas")),
    "barn": dict(
        probe=r"barn",
        rel=S("barn barnen"),
        comp=S("barnakuten barnantibiotika barnavdelningen barnläkare barnläkaren barnpsykiatrin"),
        dc=S("barndomen"),
    ),
    "adhd": dict(probe=r"adhd", rel=S("adhd")),
    "licens": dict(probe=r"licens", rel=S("licens licenser licenserna"), comp=S("licensansökningar")),
    "regering": dict(probe=r"regering", rel=S("regeringen regeringens")),
    "utredare": dict(probe=r"utredar", rel=S("utredare utredaren")),
    "kristianstad": dict(probe=r"kristianstad", rel=S("kristianstad kristianstads"), comp=S("kristianstadsbo")),
    "penicillin": dict(probe=r"penicillin", rel=S("penicillin"), comp=S("penicillinmixtur penicillinmixturen")),
    "metylfenidat": dict(probe=r"metylfen", rel=S("metylfenidat")),
    "ivo": dict(probe=r"^ivo", rel=S("ivo")),
    "beredskapslager": dict(probe=r"beredskapslag", rel=S("beredskapslager beredskapslagret")),
    "danmark": dict(probe=r"danmark", rel=S("danmark")),
    "medilog": dict(probe=r"medilog", rel=S("medilog medilogs")),
    "nordfarma": dict(probe=r"nordfarma", rel=S("nordfarma nordfarmas")),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("bristen", "inflection", False, ("term", "brist")),
    ("restnoteringar", "inflection", False, ("term", "restnotering")),
    ("leveranser", "inflection", False, ("term", "leverans")),
    ("återkallelsen", "inflection", False, ("term", "återkallelse")),
    ("ransonering", "inflection", False, ("term", "ransonering")),
    ("förskrivningen", "inflection", False, ("term", "förskrivning")),
    ("patienterna", "inflection", False, ("term", "patient")),
    ("läkemedlen", "syncope", False, ("term", "läkemedel")),
    ("lagret", "syncope", False, ("term", "lager")),
    ("vintern", "syncope", False, ("term", "vinter")),
    ("sommar", "syncope", False, ("term", "sommar")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("tecken", "syncope", False, ("term", "tecken")),
    ("kapslar", "syncope", False, ("term", "kapsel")),
    ("fötter", "umlaut", False, ("term", "fot")),
    ("nätter", "umlaut", False, ("term", "natt")),
    ("länder", "umlaut", False, ("term", "land")),
    ("döttrar", "umlaut", False, ("term", "dotter")),
    ("brist", "compound", True, ("term", "brist")),
    ("apotek", "compound", True, ("term", "apotek")),
    ("lager", "compound", True, ("term", "lager")),
    ("insulin", "compound", True, ("term", "insulin")),
    ("sköterska", "compound", True, ("term", "sköterska")),
    ("sjukhus", "compound", True, ("term", "sjukhus")),
    ("vård", "compound", True, ("term", "vård")),
    ('"brist på antibiotika"', "phrase", False, ("phrase", ["brist", "på", "antibiotika"])),
    ('"särskilda boenden"', "phrase", False, ("phrase", ["särskild", "boende"])),
    ('"nationella lager"', "phrase", False, ("phrase", ["nationell", "lager"])),
    ('"förorenad batch"', "phrase", False, ("phrase", ["förorenad", "batch"])),
    ('"receptfria läkemedel"', "phrase", False, ("phrase", ["receptfri", "läkemedel"])),
    ('"Läkemedelsverkets beslut"', "phrase", False, ("phrase", ["läkemedelsverket", "beslut"])),
    ('"byta läkemedel"', "phrase", False, ("phrase", ["byta", "läkemedel"])),
    ('"tomma hyllor"', "phrase", False, ("phrase", ["tom", "hylla"])),
    ('"barn med ADHD"', "phrase", False, ("phrase", ["barn", "med", "adhd"])),
    ('"på licens"', "phrase", False, ("phrase", ["på", "licens"])),
    ('"regeringens utredare"', "phrase", False, ("phrase", ["regering", "utredare"])),
    ("insulin Kristianstad", "boolean", False, ("and", ["insulin", "kristianstad"])),
    ("antibiotika OR penicillin", "boolean", False, ("or", ["antibiotika", "penicillin"])),
    ("restnotering -insulin", "boolean", False, ("not", "restnotering", "insulin")),
    ("Medilog OR Nordfarma", "boolean", False, ("or", ["medilog", "nordfarma"])),
    ("ADHD -metylfenidat", "boolean", False, ("not", "adhd", "metylfenidat")),
    ("Läkemedelsverket IVO", "boolean", False, ("and", ["läkemedelsverket", "ivo"])),
    ("beredskapslager -Danmark", "boolean", False, ("not", "beredskapslager", "danmark")),
    ("källa:Slätten insulin", "filter", False, ("filter", "Slätten", "insulin")),
    ("källa:Fyren återkallelse", "filter", False, ("filter", "Fyren", "återkallelse")),
    ("källa:Farmakonbladet restnotering", "filter", False, ("filter", "Farmakonbladet", "restnotering")),
    ("källa:Nationaltidningen beredskapslager", "filter", False, ("filter", "Nationaltidningen", "beredskapslager")),
    ("källa:Öresundsposten apotek", "filter", False, ("filter", "Öresundsposten", "apotek")),
    ("källa:Skånekuriren antibiotika", "filter", False, ("filter", "Skånekuriren", "antibiotika")),
    ("typ:opinion lager", "filter", False, ("filter", "opinion", "lager")),
    ("recept", "trap", False, ("term", "recept")),
    ("dos", "trap", False, ("term", "dos")),
    ("kur", "trap", False, ("term", "kur")),
    ("lag", "trap", False, ("term", "lag")),
    ("kris", "trap", False, ("term", "kris")),
    ("sats", "trap", False, ("term", "sats")),
    ("dropp", "trap", False, ("term", "dropp")),
    ("hylla", "trap", False, ("term", "hylla")),
    ("rest", "trap", False, ("term", "rest")),
    ("lista", "trap", False, ("term", "lista")),
    ("feber", "trap", False, ("term", "feber")),
    ("lock", "trap", False, ("term", "lock")),
    ("kö", "trap", False, ("term", "kö")),
    ("spår", "trap", False, ("term", "spår")),
    ("nät", "trap", False, ("term", "nät")),
]

HEADER = """# corpus_medicine.json – judging notes

TODO
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("medicine", "l", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
