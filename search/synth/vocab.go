package synth

import (
	"math/rand/v2"
	"strings"
)

// noun is a Swedish noun in its forms: indefinite and definite singular,
// indefinite and definite plural. The genitive adds -s.
type noun [4]string

// Nouns are grouped by theme. An article has one theme: most of its nouns
// come from the theme, the rest from the general list, so a theme's words
// turn up in a few per cent of the articles, as words of one story do in a
// real archive. Written for this project; compounds included.
var themes = [][]noun{
	parseNouns(`
journalsystem journalsystemet journalsystem journalsystemen
vårdjournalsystem vårdjournalsystemet vårdjournalsystem vårdjournalsystemen
systemhaveri systemhaveriet systemhaverier systemhaverierna
leverantör leverantören leverantörer leverantörerna
inloggning inloggningen inloggningar inloggningarna
provsvar provsvaret provsvar provsvaren
uppdatering uppdateringen uppdateringar uppdateringarna
server servern servrar servrarna
journal journalen journaler journalerna
återgång återgången återgångar återgångarna
papper pappret papper pappren
införande införandet införanden införandena
recept receptet recept recepten
`),
	parseNouns(`
akutmottagning akutmottagningen akutmottagningar akutmottagningarna
patient patienten patienter patienterna
ambulans ambulansen ambulanser ambulanserna
väntetid väntetiden väntetider väntetiderna
läkare läkaren läkare läkarna
sköterska sköterskan sköterskor sköterskorna
operation operationen operationer operationerna
förlossning förlossningen förlossningar förlossningarna
barnmorska barnmorskan barnmorskor barnmorskorna
sjukhus sjukhuset sjukhus sjukhusen
vårdcentral vårdcentralen vårdcentraler vårdcentralerna
patientsäkerhet patientsäkerheten patientsäkerheter patientsäkerheterna
läkemedel läkemedlet läkemedel läkemedlen
`),
	parseNouns(`
strejk strejken strejker strejkerna
varsel varslet varsel varslen
övertid övertiden övertider övertiderna
fackförbund fackförbundet fackförbund fackförbunden
personalbrist personalbristen personalbrister personalbristerna
avtal avtalet avtal avtalen
lön lönen löner lönerna
arbetsmiljö arbetsmiljön arbetsmiljöer arbetsmiljöerna
medlem medlemmen medlemmar medlemmarna
förhandling förhandlingen förhandlingar förhandlingarna
`),
	parseNouns(`
budget budgeten budgetar budgetarna
styrelse styrelsen styrelser styrelserna
politiker politikern politiker politikerna
regering regeringen regeringar regeringarna
minister ministern ministrar ministrarna
kostnad kostnaden kostnader kostnaderna
skattebetalare skattebetalaren skattebetalare skattebetalarna
underskott underskottet underskott underskotten
nämnd nämnden nämnder nämnderna
val valet val valen
`),
	parseNouns(`
storm stormen stormar stormarna
elavbrott elavbrottet elavbrott elavbrotten
träd trädet träd träden
väg vägen vägar vägarna
tåg tåget tåg tågen
färja färjan färjor färjorna
hamn hamnen hamnar hamnarna
varning varningen varningar varningarna
vind vinden vindar vindarna
översvämning översvämningen översvämningar översvämningarna
`),
	parseNouns(`
skola skolan skolor skolorna
lärare läraren lärare lärarna
elev eleven elever eleverna
rektor rektorn rektorer rektorerna
betyg betyget betyg betygen
klass klassen klasser klasserna
förskola förskolan förskolor förskolorna
lektion lektionen lektioner lektionerna
`),
	parseNouns(`
konsert konserten konserter konserterna
teater teatern teatrar teatrarna
festival festivalen festivaler festivalerna
publik publiken publiker publikerna
artist artisten artister artisterna
utställning utställningen utställningar utställningarna
biljett biljetten biljetter biljetterna
scen scenen scener scenerna
`),
	parseNouns(`
match matchen matcher matcherna
lag laget lag lagen
mål målet mål målen
tränare tränaren tränare tränarna
serie serien serier serierna
spelare spelaren spelare spelarna
arena arenan arenor arenorna
säsong säsongen säsonger säsongerna
`),
	parseNouns(`
polis polisen poliser poliserna
åklagare åklagaren åklagare åklagarna
dom domen domar domarna
rättegång rättegången rättegångar rättegångarna
brott brottet brott brotten
misstänkt misstänkte misstänkta misstänkta
stöld stölden stölder stölderna
vittne vittnet vittnen vittnena
`),
	parseNouns(`
bostad bostaden bostäder bostäderna
hyra hyran hyror hyrorna
bygge bygget byggen byggena
trafik trafiken trafiker trafikerna
olycka olyckan olyckor olyckorna
buss bussen bussar bussarna
cykelbana cykelbanan cykelbanor cykelbanorna
detaljplan detaljplanen detaljplaner detaljplanerna
`),
	parseNouns(`
begäran begäran begäranden begärandena
handling handlingen handlingar handlingarna
pressmeddelande pressmeddelandet pressmeddelanden pressmeddelandena
presskonferens presskonferensen presskonferenser presskonferenserna
myndighet myndigheten myndigheter myndigheterna
ärende ärendet ärenden ärendena
lägesbild lägesbilden lägesbilder lägesbilderna
inspektion inspektionen inspektioner inspektionerna
granskning granskningen granskningar granskningarna
sekretess sekretessen sekretesser sekretesserna
`),
	parseNouns(`
får fåret får fåren
bonde bonden bönder bönderna
gård gården gårdar gårdarna
skörd skörden skördar skördarna
mjölk mjölken mjölk mjölken
far fadern fäder fäderna
traktor traktorn traktorer traktorerna
åker åkern åkrar åkrarna
`),
}

// general nouns turn up in every theme, commonest first.
var general = parseNouns(`
region regionen regioner regionerna
vecka veckan veckor veckorna
dag dagen dagar dagarna
fråga frågan frågor frågorna
beslut beslutet beslut besluten
problem problemet problem problemen
kritik kritiken kritiker kritikerna
personal personalen personal personalen
system systemet system systemen
timme timmen timmar timmarna
kommun kommunen kommuner kommunerna
ledning ledningen ledningar ledningarna
rapport rapporten rapporter rapporterna
utredning utredningen utredningar utredningarna
miljon miljonen miljoner miljonerna
situation situationen situationer situationerna
plan planen planer planerna
åtgärd åtgärden åtgärder åtgärderna
invånare invånaren invånare invånarna
ansvar ansvaret ansvar ansvaren
direktör direktören direktörer direktörerna
kris krisen kriser kriserna
kaos kaoset kaos kaoset
natt natten nätter nätterna
helg helgen helger helgerna
sommar sommaren somrar somrarna
höst hösten höstar höstarna
vinter vintern vintrar vintrarna
konsult konsulten konsulter konsulterna
upphandling upphandlingen upphandlingar upphandlingarna
avvikelse avvikelsen avvikelser avvikelserna
dator datorn datorer datorerna
utbildning utbildningen utbildningar utbildningarna
vård vården vård vården
`)

func parseNouns(s string) []noun {
	var out []noun
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		f := strings.Fields(line)
		if len(f) == 4 {
			out = append(out, noun{f[0], f[1], f[2], f[3]})
		}
	}
	return out
}

// verbs in the present and the past tense.
var verbs = [][2]string{
	{"kritiserar", "kritiserade"}, {"stänger", "stängde"}, {"inför", "införde"}, {"utreder", "utredde"},
	{"kräver", "krävde"}, {"larmar", "larmade"}, {"drabbar", "drabbade"}, {"granskar", "granskade"},
	{"beslutar", "beslutade"}, {"varnar", "varnade"}, {"pausar", "pausade"}, {"försenar", "försenade"},
	{"ersätter", "ersatte"}, {"påverkar", "påverkade"}, {"försvarar", "försvarade"}, {"lovar", "lovade"},
	{"anmäler", "anmälde"}, {"bekräftar", "bekräftade"}, {"saknar", "saknade"}, {"behöver", "behövde"},
	{"stoppar", "stoppade"}, {"öppnar", "öppnade"}, {"rapporterar", "rapporterade"}, {"hanterar", "hanterade"},
	{"välkomnar", "välkomnade"}, {"ifrågasätter", "ifrågasatte"}, {"fördröjer", "fördröjde"}, {"leder", "ledde"},
}

var adjectives = []string{
	"nya", "stora", "allvarliga", "regionala", "akuta", "tekniska", "långa", "kraftiga", "svåra", "oklara",
	"tillfälliga", "digitala", "omfattande", "ekonomiska", "politiska", "lokala", "ansvariga", "kritiska",
	"höga", "ständiga", "sena", "tydliga", "stängda", "drabbade", "överbelastade",
}

var fillers = []string{
	"enligt", "efter", "under", "inför", "trots", "kring", "bakom", "genom", "mellan", "utan", "vid", "på", "i",
	"med", "om", "för", "till", "från", "av", "hos",
}

var adverbs = []string{
	"i dag", "i går", "under natten", "tills vidare", "nu", "redan", "fortfarande", "åter", "i helgen",
	"under veckan", "på nytt", "sedan i måndags", "på fredag",
}

// phrases turn up now and then in articles of a theme, so that phrase
// queries have hits; index = theme.
var phrases = map[int][]string{
	0:  {"hela systemet låg nere", "inloggningen slutade fungera", "återgång till papper och penna"},
	1:  {"patienter fick vänta i timmar"},
	2:  {"personalen larmar om arbetsmiljön"},
	3:  {"regionen har inte svarat på frågor"},
	10: {"begäran om allmän handling"},
}

var opinionOpeners = []string{
	"Detta är en ledare.", "Debatt:", "Krönika.", "Insändare:", "Ledare:",
}

func capitalise(s string) string {
	for i, r := range s {
		return strings.ToUpper(string(r)) + s[i+len(string(r)):]
	}
	return s
}

// nounForm picks a form of a noun of the theme (or a general one):
// any of the four forms, sometimes genitive.
func nounForm(r *rand.Rand, theme int) string {
	var n noun
	if r.IntN(2) == 0 {
		ns := themes[theme]
		n = ns[zipf(r, len(ns))]
	} else {
		n = general[zipf(r, len(general))]
	}
	w := n[r.IntN(4)]
	if r.IntN(12) == 0 && !strings.HasSuffix(w, "s") {
		w += "s"
	}
	return w
}

// sentence makes n words or so of Swedish-looking text on a theme; body
// sentences end with a full stop.
func sentence(r *rand.Rand, theme, n int, body bool) string {
	var words []string
	if ps := phrases[theme]; body && len(ps) > 0 && r.IntN(25) == 0 {
		words = append(words, strings.Fields(ps[r.IntN(len(ps))])...)
	}
	for len(words) < n {
		switch r.IntN(7) {
		case 0, 1, 2:
			if r.IntN(3) == 0 {
				words = append(words, adjectives[zipf(r, len(adjectives))])
			}
			words = append(words, nounForm(r, theme))
		case 3:
			v := verbs[zipf(r, len(verbs))]
			words = append(words, v[r.IntN(2)])
		case 4:
			words = append(words, fillers[r.IntN(len(fillers))])
		case 5:
			words = append(words, strings.Fields(adverbs[r.IntN(len(adverbs))])...)
		case 6:
			words = append(words, []string{"och", "som", "men", "att", "det", "när", "inte", "har", "kan", "ska"}[r.IntN(10)])
		}
	}
	s := capitalise(strings.Join(words, " "))
	if body {
		s += "."
	}
	return s
}
