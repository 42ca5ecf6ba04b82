package demofeed

// The invented crisis: Region Västkust (invented) introduces the health-record
// system Aurora (invented, from the invented supplier Nordlys Health) at the
// hospital group Kustsjukhusen: Strandby sjukhus in Kuststaden and Norrviks
// lasarett. Neighbouring hospitals: Bergsäters sjukhus and Universitetssjukhuset
// Väst in Västhamn. Every person, outlet and place name here is invented;
// real public bodies (IMY, Statens haverikommission, IVO, 1177) appear only
// as what they are, never quoted.
//
// Day numbers run from 0 (go-live) to 20 (the day of now). Phases: 0–2 the
// start, 3–6 escalation, 7–13 the peak (lex Maria, IMY, the return to the
// previous systems on day 10–11, the external review, the accident
// investigation board), 14–20 the aftermath.

type person struct{ name, title string }

var people = map[string]person{
	"hsd":       {"Helena Strömvall", "hälso- och sjukvårdsdirektör i Region Västkust"},
	"cio":       {"Johan Ekelund", "it-direktör i Region Västkust"},
	"rcl":       {"Annika Berglöf", "regionchefläkare i Region Västkust"},
	"sjd":       {"Peder Almkvist", "sjukhusdirektör för Kustsjukhusen"},
	"akut":      {"Samir Haddad", "överläkare och samordnare för akutflödet i regionen"},
	"rso":       {"Lena Sandahl Öhrn", "regionstyrelsens ordförande"},
	"opp":       {"Mats Brandt", "oppositionsråd i Region Västkust"},
	"vf":        {"Eva Korpi", "ordförande för Vårdfacket Västkust"},
	"lf":        {"Niklas Wennberg", "ordförande i Läkarföreningen Västkust"},
	"pr":        {"Birgitta Holm", "ordförande i Patientrådet Västkust"},
	"lev":       {"Tom Arvidsen", "Nordenchef på Nordlys Health"},
	"ssk":       {"Jenny Åkerlund", "sjuksköterska på akutmottagningen i Strandby"},
	"granskare": {"Ulrika Hedvall", "som leder den externa granskningen"},
}

type quote struct {
	who      string
	from, to int // days on which it can be said
	text     string
}

var quotes = []quote{
	{"hsd", 0, 2, "Vi visste att de första dagarna skulle bli tunga. Därför finns extra stöd på plats dygnet runt, och vi följer läget timme för timme."},
	{"hsd", 0, 6, "Vi har en plan för det här, och den följer vi. Men jag vill inte förminska hur påfrestande det är för medarbetarna just nu."},
	{"hsd", 3, 9, "Patientsäkerheten går före allt annat. Därför styr vi om delar av akutflödet till andra sjukhus tills läget har stabiliserats."},
	{"hsd", 3, 13, "Jag förstår att medarbetarna är trötta och frustrerade. De gör ett enormt arbete under mycket svåra förhållanden."},
	{"hsd", 10, 13, "Vi har vägt riskerna mot varandra, och vår samlade bedömning är att patienterna är tryggare i de system som personalen kan utan och innan."},
	{"hsd", 10, 13, "Vi behöver en oberoende blick på hela införandet, från upphandlingen till de beslut som fattades de senaste veckorna."},
	{"hsd", 10, 14, "Återgången måste göras ordnat. Hellre några timmar till av förberedelser än att information tappas bort på vägen."},
	{"hsd", 14, 20, "Vi kommer att redovisa öppet vad som gick fel. Granskningen ska få tillgång till allt underlag den behöver."},
	{"hsd", 14, 20, "Nu handlar det om att ta igen den vård som har skjutits upp och att ge medarbetarna tid för återhämtning."},

	{"cio", 0, 3, "Det är väntat med en del inkörningsproblem vid ett så stort byte, och vi rättar felen löpande."},
	{"cio", 1, 4, "Inloggningen fungerar nu betydligt bättre än i går morse, men kopplingen mot laboratoriet är fortfarande långsam."},
	{"cio", 2, 9, "Vi har hittat flera fel i kopplingarna mellan journalsystemet och de system som hanterar läkemedel och provsvar. Rättningarna installeras nattetid för att störa så lite som möjligt."},
	{"cio", 9, 20, "Felet i behörighetsstyrningen upptäcktes vid en kontroll och åtgärdades samma kväll. Vi har anmält händelsen till IMY och går nu igenom loggarna."},
	{"cio", 10, 12, "De tidigare journalsystemen har testats under natten, och den tekniska återgången är förberedd in i minsta detalj."},
	{"cio", 11, 20, "Vi säkrar nu all information som registrerades i Aurora, så att den går att nå även från de tidigare systemen."},

	{"rcl", 1, 9, "Vi har fått in avvikelser som rör fördröjda provsvar och läkemedelslistor som inte stämmer. Varje ärende utreds."},
	{"rcl", 7, 13, "Ett par av händelserna är av sådan art att vi anmäler dem enligt lex Maria. Vi tar det här på största allvar."},
	{"rcl", 10, 13, "Ser man till patientsäkerheten finns det i dag inget annat ansvarsfullt val än att gå tillbaka."},
	{"rcl", 12, 20, "Vi kommer att gå igenom journalerna för de patienter som vårdades under perioden, så att ingen uppföljning har missats."},

	{"sjd", 0, 2, "Medarbetarna har jobbat hårt för att vara redo, och vi har extra personal på alla avdelningar den här veckan."},
	{"sjd", 3, 9, "Vi har tvingats prioritera om och skjuta upp planerade operationer för att klara det akuta."},
	{"sjd", 10, 14, "Att gå tillbaka är inget misslyckande för medarbetarna. Det är de som har burit hela den här perioden på sina axlar."},
	{"sjd", 11, 20, "Vi tar nu stegvis tillbaka patienter och verksamhet, men det kommer att dröja innan vi är i full drift igen."},

	{"akut", 3, 9, "Ambulanserna kör i dag i första hand till Bergsäter och Universitetssjukhuset Väst. Det fungerar, men marginalerna är små."},
	{"akut", 3, 13, "Den som är akut sjuk ska inte dra sig för att söka vård. Alla blir omhändertagna, även om väntan kan bli längre."},
	{"akut", 8, 13, "Vi förlänger omstyrningen veckan ut. Det är bättre att ha en plan som håller än att öppna för tidigt."},
	{"akut", 14, 20, "Vi trappar ned stödet stegvis och följer varje dag hur det går på akutmottagningen i Strandby."},

	{"rso", 3, 9, "Jag har fullt förtroende för att förvaltningen gör allt den kan för att lösa situationen."},
	{"rso", 9, 14, "Det här är allvarligt. Regionstyrelsen kommer att kräva en fullständig redovisning av vad som har hänt."},
	{"rso", 14, 20, "Vi ska ta lärdom, och inget nytt införande blir aktuellt innan granskningen är klar."},
	{"rso", 14, 20, "Jag tänker inte avgå. Jag tänker se till att det här reds ut i grunden."},

	{"opp", 5, 12, "Varningssignalerna fanns långt innan systemet slogs på. Varför lyssnade ingen?"},
	{"opp", 9, 16, "Någon måste ta ansvar för det här. Jag kräver att regionstyrelsens ordförande förklarar sig inför fullmäktige."},
	{"opp", 13, 20, "Skattebetalarna har rätt att veta vad Aurora har kostat och vad återgången kostar."},

	{"vf", 0, 4, "Våra medlemmar berättar om dubbeldokumentation och arbetspass som drar över med flera timmar."},
	{"vf", 3, 9, "Sjuksköterskorna springer mellan patienterna med papperslistor. Så här går det inte att bedriva vård i längden."},
	{"vf", 10, 13, "Återgången är rätt beslut, men den kom för sent för många av våra medlemmar."},
	{"vf", 14, 20, "Vi kräver att de som har arbetat under krisen får kompensation och ordentlig tid för återhämtning."},

	{"lf", 1, 5, "Läkarna lägger mer tid på att leta i journalen än på att träffa patienter."},
	{"lf", 4, 11, "Vi har länge varnat för att utbildningen var för kort och att testerna inte räckte."},
	{"lf", 11, 16, "Vi välkomnar den externa granskningen, men den måste vara verkligt oberoende."},
	{"lf", 15, 20, "Erfarenheterna måste tas till vara innan någon ens börjar prata om ett nytt startdatum."},

	{"pr", 2, 9, "Vi får samtal från oroliga patienter som inte vet om deras provsvar har kommit fram."},
	{"pr", 9, 20, "Den som har fått sina uppgifter visade för fel personer har rätt att få veta det."},
	{"pr", 14, 20, "Patienterna ska inte behöva betala priset för ett misslyckat it-projekt."},

	{"lev", 0, 9, "Vi har förstärkt vår supportorganisation på plats och arbetar tätt tillsammans med regionen."},
	{"lev", 10, 14, "Vi respekterar regionens beslut och fortsätter att stötta arbetet med återgången."},
	{"lev", 13, 20, "Vi kommer att medverka fullt ut i den externa granskningen."},

	{"ssk", 1, 9, "Man går hem efter ett pass och undrar om man har missat något. Det är den känslan som är värst."},
	{"ssk", 10, 20, "Det kändes som en lättnad när beslutet kom. Nu vet vi åtminstone vad som gäller."},

	{"granskare", 18, 20, "Jag kommer att gå igenom hela kedjan av beslut, och ingen fråga är för känslig för att ställas."},
}

// status is the state of the crisis at the end of each day: what the daily
// summaries report. Indexed by day 0–20.
var (
	statusAmbulances = [21]int{0, 0, 0, 14, 31, 28, 25, 33, 36, 38, 41, 35, 30, 27, 22, 15, 11, 8, 5, 3, 0}
	statusTickets    = [21]int{1900, 4300, 6800, 8600, 9900, 10800, 11500, 12300, 12900, 13400, 13800, 14500, 14800, 15000, 15100, 15200, 15250, 15300, 15340, 15370, 15400}
	statusDeviations = [21]int{35, 90, 160, 230, 290, 340, 380, 430, 480, 530, 570, 600, 625, 640, 655, 668, 680, 690, 700, 708, 715}
	statusPostponed  = [21]int{0, 0, 0, 0, 420, 800, 1100, 1450, 1800, 2100, 2400, 2650, 2800, 2900, 2950, 3000, 3020, 3030, 3040, 3050, 3060}
)

// background sentences remind the reader of what happened before; each can be
// used on the days from..to.
type span struct {
	from, to int
	text     string
}

var background = []span{
	{0, 20, "Journalsystemets leverantör är Nordlys Health, och Aurora är tänkt att så småningom användas i hela Region Västkust."},
	{1, 9, "Journalsystemet togs i drift på Strandby sjukhus och Norrviks lasarett {d0}."},
	{1, 10, "Aurora ersätter flera äldre journalsystem som har använts på Kustsjukhusen i över femton år."},
	{4, 13, "Sedan {d3} styrs ambulanser om från akutmottagningen i Strandby till Bergsäters sjukhus och Universitetssjukhuset Väst."},
	{5, 16, "Regionen har sedan {d4} en särskild organisation som samordnar arbetet med journalsystemet."},
	{10, 20, "Regionen har anmält en personuppgiftsincident till IMY sedan journaluppgifter visats för personal utan vårdrelation."},
	{12, 20, "Sedan {d11} arbetar Kustsjukhusen åter i de journalsystem som användes före Aurora."},
	{12, 20, "Hela införandet av Aurora ska granskas av en extern granskare."},
	{13, 20, "Statens haverikommission överväger att inleda en utredning av journalhaveriet."},
	{16, 20, "Akutmottagningen i Strandby tar sedan {d15} emot ambulanser nattetid igen."},
}

// angles close an outlet's own story; by outlet key.
var angles = map[string][]string{
	"vd": {
		"Västsvenska Dagbladet har under veckorna med Aurora följt utvecklingen på Kustsjukhusen.",
		"Vet du mer? Tipsa redaktionen på tips@vastsvenskadagbladet.example.",
		"Västsvenska Dagbladet har sökt Nordlys Health för en kommentar.",
		"Artikeln uppdateras.",
	},
	"rv": {
		"Radio Väst återkommer med mer under dagen.",
		"Hör hela inslaget i Morgonekot Väst.",
		"Har du påverkats av problemen? Hör av dig till Radio Väst.",
		"Lyssna på reportaget i eftermiddagens sändning.",
	},
	"kn": {
		"Kuststaden Nu följer utvecklingen.",
		"Har du påverkats av journalkrisen? Berätta för oss på Kuststaden Nu.",
		"Många i Kuststaden har hört av sig till redaktionen om läget på sjukhuset.",
	},
	"svb": {
		"Frågan väntas tas upp på nästa samverkansmöte mellan arbetsgivaren och de fackliga organisationerna.",
		"Sjukvårdsbladet har sökt Nordlys Health utan att få svar.",
		"Flera regioner som står inför byte av journalsystem följer nu utvecklingen i Västkust.",
		"Sjukvårdsbladet har tagit del av interna dokument som visar hur införandet planerades.",
	},
}
