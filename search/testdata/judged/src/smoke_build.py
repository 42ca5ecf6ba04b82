#!/usr/bin/env python3
"""Builds corpus_smoke.json and corpus_smoke.md from smoke_articles.py and the hand-written word-form lists below.

It reuses fire_build.py's judging functions on its own concepts. Each concept lists, by hand, the word forms of the
corpus that are relevant (rel), compounds or derivations that count only with compounds:true (comp), debatable forms
that are don't care either way (dc), lookalikes (no) and tokens that contain the letters but are neither (nei). A stem
probe lists every corpus token that contains the stem (or a diacritic variant); the build fails if a probed token is
not classified.

Some words are spelled alike in two senses that only the sentence tells apart (a surname and a common noun, the
noun *halt* and the adjective *halt*, *gift* 'poison' and *gift* 'married', *KOL* the disease and *kol* carbon, *vår*
'spring' and *vår* 'our', *låga* 'flame' and *låga* 'low', *dalar* 'valleys' and *dalar* 'declines'). In
smoke_articles.py such a word carries a tag after a § (Lind§n, halt§adj, gift§adj, kol§c, vår§s, låga§adj, dalar§v,
Bergs§f), written by hand while reading the sentence; for judging the tagged token is a token of its own
(*lind§n*), and the published texts in the JSON have the tags stripped.

Run from this folder: python3 smoke_build.py [-v]
"""

import re

import fire_build
from smoke_articles import ARTICLES


S = fire_build.S

TAG = re.compile(r"§[a-z]+")
TOKEN = re.compile(r"[^\W\d_]+(?:§[a-z]+)?")
TAGGED = {}


def clean(text):
    return TAG.sub("", text)


def tokens(text):
    return [t.lower() for t in TOKEN.findall(text)]


def sentences(a):
    """As fire_build.sentences, on the tagged text of the article."""
    title, text = TAGGED[a["id"]]
    return [tokens(title)] + [tokens(s) for s in re.split(r"(?<=[.!?])\s+", text)]


def articles(rows, prefix):
    rows = sorted(rows, key=lambda r: (r[2][:19], r[3]))
    out = []
    for i, (outlet, kind, published, title, text) in enumerate(rows, 1):
        aid = "%s%03d" % (prefix, i)
        TAGGED[aid] = (title, text)
        out.append(dict(id=aid, outlet=outlet, kind=kind, published=published, title=clean(title), text=clean(text)))
    return out


CONCEPTS = {
    # --- inflection ---
    "brand": dict(
        probe=r"br[aä]n|brinn",
        rel=S("brand branden bränder bränderna"),
        comp=S("borlängebranden brandbilarna brandforskare brandforskaren brandingenjören brandmannen brandmän brandmännen "
               "brandområdet brandplatsen brandröken brandtekniker brandutredare brandveckan däckbrand däckbränder storbrand"),
        dc=S("brännskador"),
        no=S("brann brinna brinnande brinner brännbart bränt"),
        nei=S("branschen branschfolk branschorganisationen däckbranschen"),
    ),
    "skola": dict(
        probe=r"skol",
        rel=S("skola skolan skolor skolorna skolornas"),
        comp=S("förskolan förskolepersonalen förskolor förskolorna hagalundsskolan skolarbete skolavslutning "
               "skolavslutningarna skolgårdar skolgårdarna skolgården skolskjutsarna skolstarten"),
    ),
    "prov": dict(
        probe=r"prov|pröv",
        rel=S("prov proven prover proverna provet"),
        comp=S("brunnsprover markprover markproverna provflaskor provsvar provsvaren provsvaret provtagning provtagningskit "
               "vattenprover"),
        no=S("pröva prövar prövas omprövas omprövning"),
    ),
    "brunn": dict(
        probe=r"brunn|^brun",
        rel=S("brunn brunnar brunnarna brunnen"),
        comp=S("brunnsprover brunnsvattnet brunnsägare brunnsägarna dagvattenbrunn dagvattenbrunnarna gatubrunnarna"),
        no=S("brunnit brunnsvik"),
    ),
    "tillstånd": dict(
        probe=r"tillstånd",
        rel=S("tillstånd tillstånden tillståndet"),
        comp=S("avfallstillstånd"),
    ),
    "gröda": dict(probe=r"grö[dt]", rel=S("gröda grödor grödorna")),
    "däck": dict(
        probe=r"d[äa]ck",
        rel=S("däck däcken"),
        comp=S("bildäck däckbrand däckbranschen däckbränder däckhögarna däcklager däckupplag däckupplaget däckåtervinning"),
        no=S("däckade"),
    ),
    "mätning": dict(
        probe=r"mät",
        rel=S("mätningar mätningarna"),
        comp=S("luftmätning nollmätning mätstation mätstationer"),
        dc=S("mätvärdena"),
        no=S("mäter uppmätt"),
    ),
    "varning": dict(
        probe=r"varn",
        rel=S("varning varningen"),
        comp=S("mobilvarning"),
        no=S("varnade varnat"),
        nei=S("kvarnsveden kvarnsvedens"),
    ),
    # --- syncope ---
    "vatten": dict(
        probe=r"vatt",
        rel=S("vatten vattnet"),
        comp=S("brunnsvattnet dagvattenbrunn dagvattenbrunnarna dagvattenledning dagvattenledningen dricksvatten "
               "dricksvattnet fiskevatten grundvatten släckvatten släckvattnet vattenkemisten vattenprover vattenverk ytvatten"),
        no=S("vattnat"),
    ),
    "åker": dict(
        probe=r"åker|åkr|^åk",
        rel=S("åkern åkrar åkrarna"),
        no=S("åkesson"),
        nei=S("åklagaren åklagarmyndigheten"),
    ),
    "fönster": dict(probe=r"fönst", rel=S("fönster fönstren"), comp=S("köksfönstret")),
    "mönster": dict(probe=r"mönst", rel=S("mönster mönstret")),
    "regel": dict(probe=r"regel|regl", rel=S("regler reglerna"), no=S("regelbundet")),
    "filter": dict(probe=r"filt", rel=S("filter filtren filtret"), comp=S("kolfilter")),
    # --- umlaut ---
    "bonde": dict(
        probe=r"bond|bönd|^bön",
        rel=S("bönder bönderna"),
        comp=S("bondeföreningen mjölkbonden"),
        no=S("bönor"),
    ),
    "stad": dict(
        probe=r"stad|städ",
        rel=S("stad staden städer städerna"),
        comp=S("stadsdel"),
        no=S("städa städningen bostadsbolaget bostadsområde bostadsområdena bostäder"),
    ),
    "hand": dict(
        probe=r"hand|händ",
        rel=S("händerna"),
        comp=S("handdukar"),
        dc=S("handskarna hands"),
        no=S("behandlats förhandla handlar handläggare hända"),
    ),
    "ledamot": dict(probe=r"ledam", rel=S("ledamot ledamoten ledamöter ledamöterna")),
    "natt": dict(probe=r"natt|nätt|^nät", rel=S("natt natten nätter nätterna"), no=S("nätet")),
    # --- compounds ---
    "rök": dict(
        probe=r"rök",
        rel=S("rök röken rökens"),
        comp=S("brandröken rökområdet rökplym rökutveckling rökutvecklingen"),
        no=S("rökte"),
    ),
    "ventilation": dict(
        probe=r"ventil",
        rel=S("ventilation ventilationen"),
        comp=S("ventilationssystem ventilationssystemen"),
        no=S("ventil"),
    ),
    "hälsa": dict(
        probe=r"häls",
        rel=S("hälsa"),
        comp=S("folkhälsomyndigheten hälso hälsoeffekter"),
        no=S("hälsade"),
    ),
    "gata": dict(
        probe=r"gat[auo]|gåt",
        rel=S("gatan"),
        comp=S("gatubrunnarna gatuköket smedjegatan stationsgatan"),
        no=S("gåta"),
        nei=S("gått pågått"),
    ),
    "plast": dict(probe=r"plast|plåst", rel=S("plast"), comp=S("plastavfall"), no=S("plåster")),
    "miljö": dict(
        probe=r"milj",
        rel=S("miljö"),
        comp=S("miljöbalken miljöbalkens miljöbrott miljöchef miljöchefen miljödomstolen miljödomstolens miljöfarlig "
               "miljöfarliga miljöförvaltning miljöförvaltningen miljöförvaltningens miljögifter miljömedicin miljöproblem "
               "miljöskyddsdirektören miljöåklagare miljöåklagaren miljööverdomstolen"),
        no=S("miljoner miljonerna"),
        nei=S("familjen familjer flerfamiljshus"),
    ),
    # --- traps ---
    "lind": dict(
        probe=r"lind",
        rel=S("lind§n"),
        no=S("lindarna lindens lindqvist lindriga lindvägen"),
        nei=S("blindo"),
    ),
    "björk": dict(
        probe=r"björk",
        rel=S("björk§n björks§n"),
        no=S("björkarna björken björkpollen björkvägen"),
    ),
    "ström": dict(
        probe=r"ström",
        rel=S("ström§n"),
        no=S("ström strömavbrott ekström hellström nedströms uppströms"),
    ),
    "per": dict(probe=r"^per(s|sson)?(§n)?$", rel=S("per§n"), no=S("per persson")),
    "bo": dict(probe=r"^bo(r|dde|tt|ende|endet|s)?(§n)?$", rel=S("bo§n"), no=S("bo boende bor bott")),
    "berg": dict(
        probe=r"berg",
        rel=S("berg§n"),
        dc=S("bergs§f"),
        no=S("berg berglund ekberg forsberg hedberg lundberg sandberg sjöberg åberg"),
    ),
    "holm": dict(probe=r"holm", rel=S("holm§n"), no=S("holme holmen holmgren stockholm")),
    "halt": dict(
        probe=r"^halt|halt(en|er|erna)?$",
        rel=S("halten halter halterna"),
        comp=S("pollenhalten"),
        no=S("halt§adj halt§stopp"),
    ),
    "gift": dict(
        probe=r"gift",
        rel=S("gift"),
        comp=S("miljögifter"),
        dc=S("förgiftad förgiftade giftig giftiga"),
        no=S("gift§adj avgift avgiften uppgift uppgifter"),
    ),
    "låga": dict(
        probe=r"^l[åa]g",
        rel=S("lågorna"),
        no=S("låg låga§adj lagen"),
        nei=S("lager lagerbyggnad lagerlöf lagermängd lagerqvist lagra lagrar lagras lagrat lagren lagret lagring "
              "lagringstid lagt lagts"),
    ),
    "dal": dict(
        probe=r"dal",
        rel=S("dalen"),
        no=S("dala dalade dalarna dalarnas dalar§v dalkarlen dalkarlens dalregementets dalälven skandal"),
    ),
    "kol": dict(probe=r"^kol", rel=S("kol"), no=S("kol§c kolfilter kolmonoxid")),
    "vår": dict(
        probe=r"^vår",
        rel=S("vår§s våren"),
        dc=S("våras"),
        no=S("vår våra vårt vårdcentralen vårdcentralerna vården vårdslöshet"),
    ),
    # --- words of phrases, booleans and filters ---
    "i": dict(probe=r"^i$", rel=S("i")),
    "av": dict(probe=r"^av$", rel=S("av")),
    "till": dict(probe=r"^till$", rel=S("till")),
    "mot": dict(probe=r"^mot$", rel=S("mot")),
    "stanna": dict(probe=r"^stann", rel=S("stanna stannar")),
    "inomhus": dict(probe=r"inomhus", rel=S("inomhus")),
    "stänga": dict(probe=r"^stäng", rel=S("stäng stänga stängas stängd stängda stängdes stänger stängt")),
    "viktig": dict(probe=r"^viktig", rel=S("viktiga viktigt")),
    "meddelande": dict(probe=r"meddeland", rel=S("meddelande meddelanden meddelandet")),
    "allmänhet": dict(probe=r"allmänhet", rel=S("allmänheten")),
    "räddningstjänst": dict(
        probe=r"räddningstjänst",
        rel=S("räddningstjänst räddningstjänsten räddningstjänstens räddningstjänster"),
    ),
    "dala": dict(probe=r"^dala$", rel=S("dala")),
    "mitt": dict(probe=r"^mitt$", rel=S("mitt")),
    "hög": dict(
        probe=r"^hög",
        rel=S("höga högre"),
        nei=S("hög högar högarna högst högstorlek"),
    ),
    "dalälven": dict(probe=r"dalälv", rel=S("dalälven")),
    "giftig": dict(probe=r"^giftig", rel=S("giftig giftiga")),
    "brott": dict(probe=r"^brott", rel=S("brott")),
    "miljöbalken": dict(probe=r"miljöbalk", rel=S("miljöbalken miljöbalkens")),
    "pfas": dict(probe=r"pfas", rel=S("pfas")),
    "vma": dict(probe=r"^vma", rel=S("vma")),
    "sot": dict(probe=r"^sot|sot$", rel=S("sot sotet"), comp=S("sotpartiklar")),
    "astma": dict(
        probe=r"astma",
        rel=S("astma"),
        comp=S("astmabesök astmapatienter"),
        dc=S("astmatiker astmatikerna"),
    ),
    "andningsbesvär": dict(probe=r"andningsbesvär", rel=S("andningsbesvär")),
    "kvarnsveden": dict(probe=r"kvarnsved", rel=S("kvarnsveden kvarnsvedens")),
    "domnarvet": dict(probe=r"domnarv", rel=S("domnarvet")),
    "länsstyrelsen": dict(
        probe=r"länsstyrels",
        rel=S("länsstyrelse länsstyrelsen länsstyrelsens länsstyrelser länsstyrelserna länsstyrelsernas"),
    ),
    "kommun": dict(
        probe=r"^kommun",
        rel=S("kommun kommunen kommunens kommuner kommunerna kommuns"),
        comp=S("kommunalrådet kommunpolitiker kommunstyrelsen"),
        dc=S("kommunala"),
    ),
    "miljödomstol": dict(
        probe=r"miljödomstol|miljööverdomstol",
        rel=S("miljödomstolen miljödomstolens"),
        dc=S("miljööverdomstolen"),
    ),
}

# A query is (q, category, compounds, spec); spec is ("term", c), ("phrase", [c...]), ("and", [c...]),
# ("or", [c...]), ("not", c, c) or ("filter", outlet-word or "opinion", c).
QUERIES = [
    ("branden", "inflection", False, ("term", "brand")),
    ("skolorna", "inflection", False, ("term", "skola")),
    ("provet", "inflection", False, ("term", "prov")),
    ("brunnarna", "inflection", False, ("term", "brunn")),
    ("tillstånden", "inflection", False, ("term", "tillstånd")),
    ("grödorna", "inflection", False, ("term", "gröda")),
    ("däcken", "inflection", False, ("term", "däck")),
    ("mätningarna", "inflection", False, ("term", "mätning")),
    ("varningen", "inflection", False, ("term", "varning")),
    ("vattnet", "syncope", False, ("term", "vatten")),
    ("åkrarna", "syncope", False, ("term", "åker")),
    ("fönstren", "syncope", False, ("term", "fönster")),
    ("mönstret", "syncope", False, ("term", "mönster")),
    ("reglerna", "syncope", False, ("term", "regel")),
    ("filtret", "syncope", False, ("term", "filter")),
    ("bönderna", "umlaut", False, ("term", "bonde")),
    ("städer", "umlaut", False, ("term", "stad")),
    ("bränder", "umlaut", False, ("term", "brand")),
    ("händerna", "umlaut", False, ("term", "hand")),
    ("ledamöterna", "umlaut", False, ("term", "ledamot")),
    ("nätterna", "umlaut", False, ("term", "natt")),
    ("däck", "compound", True, ("term", "däck")),
    ("rök", "compound", True, ("term", "rök")),
    ("ventilation", "compound", True, ("term", "ventilation")),
    ("hälsa", "compound", True, ("term", "hälsa")),
    ("gata", "compound", True, ("term", "gata")),
    ("bonde", "compound", True, ("term", "bonde")),
    ("brunn", "compound", True, ("term", "brunn")),
    ("plast", "compound", True, ("term", "plast")),
    ("miljö", "compound", True, ("term", "miljö")),
    ('"stanna inomhus"', "phrase", False, ("phrase", ["stanna", "inomhus"])),
    ('"stänga av ventilationen"', "phrase", False, ("phrase", ["stänga", "av", "ventilation"])),
    ('"viktigt meddelande till allmänheten"', "phrase", False,
     ("phrase", ["viktig", "meddelande", "till", "allmänhet"])),
    ('"Räddningstjänsten Dala Mitt"', "phrase", False, ("phrase", ["räddningstjänst", "dala", "mitt"])),
    ('"höga halter"', "phrase", False, ("phrase", ["hög", "halt"])),
    ('"i Dalälven"', "phrase", False, ("phrase", ["i", "dalälven"])),
    ('"giftig rök"', "phrase", False, ("phrase", ["giftig", "rök"])),
    ('"brott mot miljöbalken"', "phrase", False, ("phrase", ["brott", "mot", "miljöbalken"])),
    ("PFAS Dalälven", "boolean", False, ("and", ["pfas", "dalälven"])),
    ("VMA skolorna", "boolean", False, ("and", ["vma", "skola"])),
    ("sot grödor", "boolean", False, ("and", ["sot", "gröda"])),
    ("astma OR andningsbesvär", "boolean", False, ("or", ["astma", "andningsbesvär"])),
    ("Kvarnsveden OR Domnarvet", "boolean", False, ("or", ["kvarnsveden", "domnarvet"])),
    ("länsstyrelsen -kommunen", "boolean", False, ("not", "länsstyrelsen", "kommun")),
    ("tillståndet -miljödomstolen", "boolean", False, ("not", "tillstånd", "miljödomstol")),
    ("källa:Tunabygden brunnar", "filter", False, ("filter", "Tunabygden", "brunn")),
    ("källa:Fors VMA", "filter", False, ("filter", "Fors", "vma")),
    ("källa:Kvällsblixten röken", "filter", False, ("filter", "Kvällsblixten", "rök")),
    ("källa:Kretslopp tillstånd", "filter", False, ("filter", "Kretslopp", "tillstånd")),
    ("källa:Riksbladet miljödomstolen", "filter", False, ("filter", "Riksbladet", "miljödomstol")),
    ("källa:Dalkarlen astma", "filter", False, ("filter", "Dalkarlen", "astma")),
    ("typ:opinion däck", "filter", False, ("filter", "opinion", "däck")),
    ("Lind", "trap", False, ("term", "lind")),
    ("Björk", "trap", False, ("term", "björk")),
    ("Ström", "trap", False, ("term", "ström")),
    ("Per", "trap", False, ("term", "per")),
    ("Bo", "trap", False, ("term", "bo")),
    ("Berg", "trap", False, ("term", "berg")),
    ("Holm", "trap", False, ("term", "holm")),
    ("halt", "trap", False, ("term", "halt")),
    ("gift", "trap", False, ("term", "gift")),
    ("lågorna", "trap", False, ("term", "låga")),
    ("dal", "trap", False, ("term", "dal")),
    ("KOL", "trap", False, ("term", "kol")),
    ("våren", "trap", False, ("term", "vår")),
]

HEADER = """# corpus_smoke.json – judging notes

Invented crisis: late on Sunday 7 June 2026 a fire breaks out in the tyre and plastics store of the recycling company Rönnqvists Återvinning AB on Smedjegatan in Kvarnsveden, Borlänge, and burns for six days until Saturday 13 June. Before it: the heaps grow over the permitted amount, the municipality's environment and building committee issues orders and a fine that is never collected, an environmental prosecutor opens an inquiry, earlier small fires and a corporate fine of 2023 for a breach of the Environmental Code. During it: Räddningstjänsten Dala Mitt lets the heaps burn under control, an Important Public Announcement (VMA: stay indoors, close windows, doors and ventilation) for central Borlänge, Kvarnsveden, Hagalund and Domnarvet, later Torsång and Ornäs; schools and preschools closed and the end-of-term ceremonies moved indoors; soot measurements; PFAS in the fire water reaching Dalälven; asthma and KOL patients; hemvärnet at the cordons. After it: PFAS and heavy metals in Dalälven, its sediments and fish and in private wells in Torsång and Ornäs, carbon filters paid by the municipality; farmers' silage and crops judged unfit as feed, state compensation; the company's reconstruction and bankruptcy; Länsstyrelsen Dalarna's and Naturvårdsverket's reviews and proposed rules for tyre stores; the environmental court revoking the permit; the trial of the former managing director in Falu tingsrätt and the verdict of 12 November; a debate on waste permits, supervision and the producer responsibility for tyres. Places and public bodies are real (Borlänge with Kvarnsveden, Domnarvet, Hagalund, Tjärna ängar, Ornäs, Torsång, Gylle, Stora Tuna; Falun, Säter, Ludvika, Brunnsvik, Mora, Gagnef, Mockfjärd, Gustafs, Runn, Dalälven; Länsstyrelsen Dalarna, Region Dalarna, Naturvårdsverket, Folkhälsomyndigheten, Livsmedelsverket, Jordbruksverket, MSB, SMHI, Åklagarmyndigheten, Falu tingsrätt, mark- och miljödomstolen, LRF Dalarna, Borlänge Energi, Tunabyggen; their actions are invented; Räddningstjänsten Dala Mitt is the real name of the rescue service); the company, Smedjegatan, Björkvägen, Lindvägen, the preschool Lindens, the trade body Svensk Däckåtervinning, the neighbours' association, every person and all six outlets are invented: Nyhetsbyrån Fors (wire service, also carrying press releases), Tunabygden (local daily, Borlänge), Kvällsblixten (tabloid), Kretslopp (waste and recycling trade paper), Riksbladet (national daily) and Radio Dalkarlen (local radio, with quotes). 117 articles (102 news, 15 opinion: leaders, columns, debate articles, a radio commentary, letters), published 4 March to 29 November 2026, +01:00 until 29 March and from 25 October, +02:00 between. The ids S001–S117 follow publication time.

Kept out of the texts as the README asks: the pronoun *man* (only the noun, *min mans*), the verb *händer* (*händerna* is the noun), the verb *hamnar*, *i första hand*; also *mitt* other than in *Dala Mitt*, the verb *åker*, *hand* in idioms (*ta hand om*), *tillstånd* meaning a medical condition, the noun *hög* (pile) next to *halter*, and *dal-* in names beyond those listed.

Sense tags. Some words are spelled alike in two senses that only their sentence tells apart, and the texts use both on purpose: surnames and given names that are ordinary words (*Per Lind* the rescue chief and *Tommy Lind*; *Åsa Ström* of the county board and *Jessica Ström*; *Stefan Björk* the managing director and *Lena Björk*; *Bo Hedlund* the municipal commissioner; *Erik* and *Gunilla Berg*, farmers; *Mats Holm* the lawyer and *Tomas Holm* the fishing guide), the noun *halt* (concentration) and the adjective *halt* (lame) or *halt* (a stop, *ingen halt i arbetet*), *gift* (poison) and *gift* (married), *KOL* the lung disease and *kol* (carbon, *aktivt kol*), *vår* (spring) and *vår* (our), *lågorna* (the flames) and *låga* (low), *dalen* (the valley) and *dalar* (declines, *när marknaden dalar*). In src/smoke_articles.py the reading that needs telling apart carries a tag after § (*Lind§n*, *halt§adj*, *gift§adj*, *kol§c*, *vår§s*, *låga§adj*, *dalar§v*, *Bergs§f*), set by hand while reading the sentence; for judging a tagged token is a token of its own, and the published texts have the tags stripped. A search sees only the letters.

How the lists were made: src/smoke_articles.py holds the texts and src/smoke_build.py (which reuses the judging functions of fire_build.py, with a tokenizer that keeps the tags) the hand-written form lists, one per concept: relevant forms, compounds (relevant only with compounds:true), debatable forms (don't care), lookalikes (must_not) and tokens that are neither. A stem probe per concept (with diacritic variants: gata/gåta, plast/plåster, lågor/lag, brand/bränd, stad/städ, natt/nät, bonde/bön) lists every corpus token that contains the stem; each was classified by reading its sentence, and the build fails while any is unclassified (none is). `python3 smoke_build.py -v` in src/ regenerates the JSON and this file and checks that every id exists, that no id is both relevant and must_not, and that every query has a relevant article.

Rules as in README.md. Where an article has several kinds of match, a relevant form wins; otherwise a compound (with compounds:false) or a debatable form makes it don't care even if a lookalike is there too; an article is must_not only when its only matches are lookalikes. The particular calls:

- **Name queries** (`Lind`, `Björk`, `Ström`, `Per`, `Bo`, `Berg`, `Holm`, typed as an analyst types a name): every person of that name is relevant, also in the genitive (*Björks advokat*); *Bergs gård* (the farm of the Berg family) is don't care. Must_not: the common words (*lindarna*, *björkarna*, *björken*, *ström* 'electricity', *strömavbrott*, *ett berg av räkningar*, *holmen*, *holme*), the preposition *per* (*per natt*, *per hushåll*, and *Per-Olof*, a different given name, split by the hyphen), the verb *bo*, *bor*, *bott*, *boende*, the adjective *lindriga*, place and street names built on the common word (*Björkvägen*, *Lindvägen*, the preschool *Lindens*, *Stockholm*, *nedströms*, *uppströms*, *björkpollen*) and longer surnames that contain the name (*Lindqvist*, *Holmgren*, *Ekström*, *Hellström*, *Persson*, *Berglund*, *Forsberg*, *Sandberg*, *Sjöberg*, *Åberg*, *Hedberg*, *Lundberg*, *Ekberg*). *Borlänge* is not probed for `Bo`.
- **halt** (trap): the noun (*halten*, *halter*, *halterna*, also after *PFAS-*) is relevant; *halt* 'lame' (*blev halt på tre ben*) and *halt* 'stop' → must_not; *pollenhalten* compound. **gift** (trap): *gift* 'poison' (*Är det här gift …*) relevant; *gift med* 'married', *uppgift(er)*, *avgift(en)* → must_not; *giftig(a)*, *förgiftad(e)* → don't care; *miljögifter* compound. **lågorna** (trap): the flames; *låg* and *låga* 'low', the verb *låg* (*låg över gränsen*) and *lag*, *lagen* (diacritic pair) → must_not; *lager*, *lagra*, *lagt* are neither. **dal** (trap): *dalen* relevant; *Dala Mitt*, *Dalarna(s)*, *Dalälven*, *Dalregementets*, *Radio Dalkarlen*, the verb *dalade*, *dalar* (declines), *skandal* → must_not. **KOL** (trap): the disease; *kol* (carbon), *kolfilter*, *kolmonoxid* → must_not. **våren** (trap): *våren* and *vår* 'spring' relevant, *i våras* don't care; *vår*, *våra*, *vårt* 'our' and *vård-* words → must_not.
- **Compounds** count with compounds:true when they begin or end with the word, with or without a linking letter: -s- *ventilationssystemen*, *brunnsvattnet*, *brunnsägare*, *brunnsprover*; -e- *bondeföreningen*; -o- *folkhälsomyndigheten*, *hälsoeffekter* (and *hälso-* before a hyphen); -u- *gatuköket*, *gatubrunnarna*; none *däckbrand*, *bildäck*, *brandröken*, *rökplym*, *Smedjegatan*, *Stationsgatan*, *dagvattenbrunn*, *mjölkbonden*, *plastavfall*, *miljödomstolen*. Must_not: *rökte* for `rök`, *ventil* for `ventilation`, *hälsade* for `hälsa`, *gåta* for `gata`, *bönor* for `bonde`, *brunnit* and the place *Brunnsvik* for `brunn`, *plåster* for `plast`, *miljoner* for `miljö`, *däckade* for `däck`.
- **Inflection, syncope, umlaut**: *brann*, *brinner*, *brinna*, *brinnande*, *bränt*, *brännbart* (the verb) → must_not for `branden`/`bränder`, *brännskador* don't care, *bransch-* neither; *pröva*, *omprövning* → must_not for `provet`; *mäter*, *uppmätt* for `mätningarna`; *varnade*, *varnat* for `varningen`; *vattnat* for `vattnet`; the surname *Åkesson* for `åkrarna`; *regelbundet* for `reglerna`; *städa*, *städningen*, *bostad-* words for `städer`; *hända*, *handlar*, *handläggare*, *behandlats*, *förhandla* for `händerna` (*handskarna*, *till hands* don't care, *handdukar* compound); *nätet* for `nätterna`.
- **Phrases**: inflected forms adjacent and in order within one sentence count (*stannar inomhus*, *det viktiga meddelandet till allmänheten*, *Räddningstjänsten Dala Mitt*, *brott mot miljöbalkens regler*, *giftiga röken*); the words apart → must_not (*halter som är hundratals gånger högre*, *halterna fortfarande höga*, *vid Dalälven*, *Längs Dalälven*, *röken är giftig*, *brott mot tillstånden* with *Miljöbalken* elsewhere, *Dala Mitt gjort* with *räddningstjänsten* elsewhere, *ett meddelande som är viktigt för allmänheten*, *stänga fönstren … ventilationen drar in luften*). For `höga halter` the forms of *hög* are the adjective *höga*, *högre*; the noun *hög* (pile), *högar* and *högst* are neither.
- **Booleans**: AND – an article with only some terms is must_not; NOT – an article with the excluded term is must_not, with it only inside a compound (*kommunalrådet*) don't care; *Mark- och miljööverdomstolen* is don't care for `miljödomstolen`.
- **Filters**: `källa:` matches one word of the outlet's name (*Fors*, *Tunabygden*, *Kvällsblixten*, *Kretslopp*, *Riksbladet*, *Dalkarlen*). Articles that have the term but fail the filter are must_not, and so are lookalike-only articles whatever their outlet or type.
"""


fire_build.CONCEPTS = CONCEPTS
fire_build.sentences = sentences
fire_build.articles = articles


def main():
    fire_build.build("smoke", "S", ARTICLES, QUERIES, HEADER)


if __name__ == "__main__":
    main()
