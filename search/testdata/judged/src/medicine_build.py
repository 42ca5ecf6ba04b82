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

Invented crisis: from late summer 2026 a shortage of medicines (läkemedelsbrist) hits Region Skåne, its pharmacies, hospitals and the municipalities' care homes. Restnoteringar rise to record levels as factories in Asia fail to deliver; penicillin mixture for children runs out in Malmö, Lund and on Österlen, and parents take the train to Köpenhamn and Helsingør; ADHD capsules (metylfenidat) are short for months and doctors prescribe on licence; on 15 October the (invented) manufacturer Lusifarma recalls a batch of penicillin mixture after a pharmacist in Ystad finds mould under faulty lids, and the recall is traced to a factory near Porto; long-acting insulin is restnoterat in November and patients in Kristianstad and Ystad have to switch; fever medicine for children is rationed during the flu season and sold on Blocket and unlicensed web pharmacies. Läkemedelsverket grants exemptions (undantag) for foreign packs, rations penicillin mixture and over-the-counter fever medicine; Region Skåne opens its crisis management, the hospital pharmacy shares out insulin, hospitals give antibiotics by drip; nurses in care homes in Eslöv, Trelleborg and Höör fill pill organisers by hand and IVO finds serious faults; the two (invented) wholesalers Medilog and Nordfarma quarrel over allocation; the government appoints an inquiry into stockpiles (beredskapslager), Region Skåne decides on a regional stockpile in Kristianstad, and a debate on national stockpiles, Finland's and Denmark's models and EU joint procurement runs to February 2027. Places and public bodies are real (Malmö, Lund, Helsingborg, Kristianstad, Hässleholm, Ystad, Simrishamn, Trelleborg, Landskrona, Eslöv, Höör, Vellinge, Sjöbo, Östra Göinge, Österlen, Köpenhamn, Helsingør; Region Skåne, Skånes universitetssjukhus, Helsingborgs lasarett, Centralsjukhuset i Kristianstad, Läkemedelsverket, IVO, EMA, the government and the Riksdag; Sveriges Apoteksförening, Diabetesförbundet, Riksförbundet Attention, Vårdförbundet, Lunds universitet, Blocket and 1177 as names, with invented words and acts), the manufacturer, the wholesalers, the care home Solgården, every person and all six outlets are invented: Öresundsposten and Skånekuriren (local dailies), Radio Slätten (local radio, with quotes), Nyhetsbyrån Fyren (wire service, also carrying press releases), Nationaltidningen (national daily) and Farmakonbladet (pharmacy trade paper). 125 articles (106 news, 19 opinion: leaders, debate articles, a reply, columns, letters), published 1 September 2026 to 26 February 2027, +02:00 until 25 October and +01:00 after. The ids l001–l125 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (*mans* once, the noun: *min mans hjärtmedicin*), the verb *händer*, the verb *hamnar*, *i första hand*. Also kept out, because no search could tell them from the judged forms: *rest* as the supine of *resa* and *spår* as the present of *spå* (every *rest-*, *spår* is the noun or its compounds), the infinitives *hylla* and *lista* (to praise, to list: only the nouns occur, and the verb *hylla* only as *hyllats*), *lag* meaning a team, *kön* meaning sex (every *kön* is the queue), *lock* meaning a curl or the imperative of *locka*, *sats* meaning a sentence, the verb *länder* (*länder till*), and *tom* as a first name (*Tomas* occurs and is neither for `tom`). *särskilt* is both the adverb and the neuter of *särskild*; both are forms for the phrase, and only the adjective stands next to *boende*. *boende* is both the residents and the home; only adjacency matters for the phrase.

How the lists were made: src/medicine_articles.py holds the texts and src/medicine_build.py (which reuses the judging functions of fire_build.py) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: natt/nät, spår/spar, kö/ko, fot/föt, land/länd, vård/vard) lists every corpus token that contains the stem; each one was classified by reading its sentence, and the build fails while any is unclassified (none is). The probes for *lag*, *dos*, *kur*, *rest*, *list*, *lock*, *sats* and *kris* are unanchored, so they also list *bolag*, *förslag*, *dosett*, *Skånekuriren*, *restriktioner*, *journalisten*, *klockan*, *insatsen* and *Kristianstad*; *kö* is probed only as *k*/*kö* with short endings and as a word ending in *kön*, since kö- and ko- begin hundreds of unrelated words; *kapsel* is probed as *kaps*, which also finds *beredskapslager* (neither). Tokens are runs of letters, so a hyphenated word is split (*ADHD-läkemedel* gives *adhd* and *läkemedel*, *IVO:s* gives *ivo*). `python3 medicine_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Compounds** count with compounds:true only when they begin or end with the word, with or without a linking letter: -s- *apotekskedjan*, *läkemedelsbristen*, *diabetessköterskan*, *universitetssjukhus*; none *sjukhusapoteket*, *nätapotek*, *insulinpennor*, *långtidsinsulinet*, *beredskapslager*, *lagerhållning*, *sjuksköterskorna*, *vårdcentralen*, *primärvården*, *fotvården*. A word inside a longer compound is don't care: *sjukvårdsdirektör* for `vård`. *apotekare*, *sjukhusapotekaren* and the Danish title *apoteker* are derivations (a person) → don't care for `apotek`.
- **lagret**, **lager** (`lager`, syncope and compound): the verb *lagra*, *lagras*, and *lag*, *lagen*, *lagförslag* (the law), *lagt* (lägga) → must_not; *beredskapslager*, *lagerhållning*, *lagerhållningsskyldighet* compounds.
- **läkemedlen** (`läkemedel`, syncope): *läkemedel*, *läkemedlet*, *läkemedlen* relevant; every *läkemedels-* compound, *Läkemedelsverket* included, is a compound → don't care with compounds:false.
- **recept** (trap): *receptionen* (the front desk of a health centre) and *receptorer*, *receptorerna* (insulin receptors) → must_not; *receptfria*, *receptbelagda* compounds → don't care.
- **dos** (trap): *dosett*, *dosetter*, *dosetterna*, *dosettskåp* (a pill organiser) and the verb *doserar* → must_not; *dosapotek*, *dosapoteket*, *dosleveransen*, *dospåsarna* compounds.
- **kur** (trap): *kurir*, *kurirfirman*, *kurirleveranser*, *kurs*, *kursen*, *kurvan* and the outlet's name *Skånekuriren* in a text → must_not; *kur*, *kuren* (a course of antibiotics) relevant.
- **lag** (trap): *lager*, *lagret*, *lagren*, *lagra*, *lagras*, *lagerhållning* …, *beredskapslager*, *beredskapslagret*, *bolag*, *bolaget*, *läkemedelsbolagen*, *lagt*, *inlagda* (lägga) and the adjective *olagligt* (-lig from the noun, another lemma) → must_not; *lagförslag* compound; *anklagar*, *beklagar*, *förslag*, *förslaget*, *receptbelagda*, *sammanlagt* are neither.
- **kris** (trap): *Kristianstad*, *Kristianstads*, *Kristianstadsbo* and the first names *Kristina*, *Kristoffer* → must_not; *krisledning*, *krisledningen* compounds.
- **sats** (trap): *satsa*, *satsningen* (an investment) and *insatsen* (a contribution) → must_not; *satsen*, *satser* (a production batch) relevant.
- **dropp** (trap): *droppar*, *ögondroppar* (drops, another lemma: *droppe*) → must_not; *dropp*, *droppet* (the drip) relevant.
- **hylla** (trap): *hyllats* (praised) → must_not. **lista** (trap): *journalisten*, *journalistpris*, *specialist* → must_not; *läkemedelslistor* compound. **feber** (trap): *februari* → must_not; *febermedicin*, *febernedsättande* compounds. **lock** (trap): *lockad*, *lockande* (locka) and *Blocket* → must_not; *klockan* is neither. **kö** (trap): the verb *köa*, *köat* and *kör*, *körde* (köra) → must_not. **spår** (trap): *spara*, *sparar* (diacritic) and the verb *spåra*, *spårat* with *spårbarheten* (made from the verb) → must_not. **nät** (trap): *natt*, *natten*, *nätter*, *nätterna* → must_not; *nätapotek* compound.
- **rest** (trap): *restriktioner*, *restriktionerna* and *restaurangägare* → must_not; *restnotering* and its forms are compounds of *rest* (don't care), and the participles *restnoterad*, *restnoterade*, *restnoterat* … are debatable (don't care); only *resten* is relevant.
- **bristen**: *bristande* (brista) → must_not; *läkemedelsbrist*, *bristvaror* compounds. **restnoteringar**: the participle and verb *restnoterad*, *restnoterade*, *restnoteras*, *restnoterats* … → must_not. **leveranser**: *leverera*, *levererar*, *levereras* and *leverantör*, *leverantören*, *underleverantör* (another lemma) → must_not; *elever* is neither. **återkallelsen**: *återkallade*, *återkallades*, *återkallar* → must_not. **ransonering**: *ransoneras* → must_not. **förskrivningen**: *förskrivare*, *förskrivarna* → must_not.
- **reglerna**: *reglerar* → must_not. **tecken**: *tecknat* (tecknat avtal) → must_not. **fötter**: *fotografen* → must_not; *fotsår*, *fotmottagningen*, *fotvården* compounds. **nätter**: *nätet*, *nätapotek* → must_not. **länder**: the adjective *utländska* → must_not; *Finland*, *Tyskland*, *Nederländerna* and *Landskrona* → don't care (as *Kristianstad* for `stad`); *medlemsländerna* compound; *bland*, *ibland*, *pressmeddelande* neither. **sköterska**: *sköter* (sköta) → must_not. **vård**: *vårdas* (the verb) → must_not.
- **Phrases**: forms must be adjacent and in order in one sentence. *störst brist på.* with *antibiotika* elsewhere → must_not for "brist på antibiotika". *en nationell lösning*, *en nationell ordning* with *lager* elsewhere → must_not for "nationella lager". *receptfria varor* with *läkemedel* elsewhere → must_not for "receptfria läkemedel". *Läkemedelsverket … Beslutet* → must_not for "Läkemedelsverkets beslut". *byta till tabletter*, *byta yrke*, *byttes ut* with *läkemedel* elsewhere → must_not for "byta läkemedel"; the nouns *byte*, *bytet* are not forms of *byta*. *hyllan tom*, *hyllan är tom* (reversed) → must_not for "tomma hyllor". *elever med ADHD*, *en son med ADHD*, *vars barn har ADHD* → must_not for "barn med ADHD". *beviljat … licenser* → must_not for "på licens". *Regeringen tillsätter … Utredaren*, *Till särskild utredare* → must_not for "regeringens utredare". *ett särskilt boende* is relevant for "särskilda boenden", *den förorenade batchen* for "förorenad batch".
- **Booleans**: AND – an article with only some terms (or a lookalike of one) is must_not; one where a missing term is only inside a compound would be don't care (none is). NOT – an article with the excluded term is must_not; one with the excluded term only inside a compound would be don't care (none is). OR – an article whose only match is *penicillinmixtur*, *penicillinmixturen* or *barnantibiotika* (compounds) → don't care.
- **Filters**: `källa:` matches one word of the outlet's name (*Slätten*, *Fyren*, *Farmakonbladet*, *Nationaltidningen*, *Öresundsposten*, *Skånekuriren*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


# The judging itself (tokens, sentences, the stem probe check, term classes,
# phrases, booleans, filters, the files written) is fire_build's, run on this
# corpus's concepts.
fire_build.CONCEPTS = CONCEPTS


def main():
    fire_build.build("medicine", "l", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
