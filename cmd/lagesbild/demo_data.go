package main

import (
	"github.com/lagesbild/lagesbild/tracker"
	"github.com/lagesbild/lagesbild/tracker/report"
)

// The demo data: invented for this project. The crisis is an invented one,
// the failed roll-out of a journal system called "Aurora"; the outlets,
// journalists and people are invented too, and the telephone numbers are
// from the series the Swedish telecoms regulator (PTS) reserves for fiction.

// demoAuthority and demoUnits are the demo's defaults for LAGESBILD_AUTHORITY
// and LAGESBILD_UNITS.
const demoAuthority = "Region Västkust" // invented, like the crisis of the demo feeds

// demoAppealCourt is where the demo authority's decisions are appealed.
const demoAppealCourt = "Kammarrätten i Göteborg"

var demoUnits = []string{
	"Koncernstab kommunikation",
	"Södra Älvsborgs sjukhus (SÄS)",
	"Regionhälsan",
	"Regional laboratoriemedicin",
	"Fastighet, stöd och service",
	"Närhälsan",
	"Sahlgrenska Universitetssjukhuset",
}

// Indices into the units (taken modulo their number when LAGESBILD_UNITS
// names others).
const (
	noUnit = -1
	uKst   = 0 // Koncernstab kommunikation: the unit one press officer may decide for
	uSas   = 1
	uRh    = 2
	uRlm   = 3
	uFss   = 4
	uNh    = 5
	uSu    = 6
)

// delegatedUnit is the unit the first press officer has a delegation for.
const delegatedUnit = "Koncernstab kommunikation"

type demoUser struct {
	username, name string
	role           tracker.Role
	delegated      bool // may decide for delegatedUnit
}

var demoUsers = []demoUser{
	{"admin", "Demo Administratör", tracker.RoleAdmin, false},
	{"linnea", "Linnea Sävström", tracker.RolePressOfficer, true},
	{"johan", "Johan Brattemark", tracker.RolePressOfficer, false},
	{"sara", "Sara Ekwinge", tracker.RoleAnalyst, false},
	{"mats", "Mats Ullerud", tracker.RoleEditor, false},
}

// demoConditions is the förbehåll of the demo's release with conditions.
const demoConditions = "Uppgifterna om behörighetsnivåer får inte publiceras eller lämnas vidare."

// demoTitles are the demo users' titles, which decisions are signed with.
var demoTitles = map[string]string{
	"admin": "systemförvaltare", "linnea": "presschef", "johan": "pressekreterare",
	"sara": "kommunikationsanalytiker", "mats": "redaktör",
}

// demoPassword is a demo user's password. It is printed on every demo start:
// the demo database is for trying the product, never for real cases.
func demoPassword(username string) string { return "demo-" + username + "-123" }

// Who asked: journalists of invented outlets, an invented association and
// private persons (most document requests are anonymous: index -1).
var demoRequesters = []tracker.Requester{
	0:  {Name: "Tove Rydebäck", Outlet: "Västsvenska Dagbladet", Email: "tove.rydeback@vastsvenskadagbladet.example", Phone: "031-390 06 21"},
	1:  {Name: "Nils Ahlgård", Outlet: "Radio Väst", Email: "nils.ahlgard@radiovast.example", Phone: "031-390 06 34"},
	2:  {Name: "Ida Westerlind", Outlet: "Nyhetsbyrån Norden", Email: "ida.westerlind@nyhetsbyrannorden.example", Phone: "031-390 06 47"},
	3:  {Name: "Kasper Lönnqvist", Outlet: "TV Kustlandet", Email: "kasper.lonnqvist@tvkustlandet.example", Phone: "031-390 06 52"},
	4:  {Name: "Maja Fridholm", Outlet: "Tidskriften Vårdlinjen", Email: "maja.fridholm@vardlinjen.example"},
	5:  {Name: "Ebbe Strandvik", Outlet: "Lokalbladet Älvstranden", Email: "ebbe.strandvik@alvstranden.example", Phone: "031-390 06 68"},
	6:  {Name: "Alva Kornelius", Outlet: "Granskaren Väst", Email: "alva@granskarenvast.example"},
	7:  {Name: "Pontus Ljungdahl", Outlet: "Västsvenska Dagbladet", Email: "pontus.ljungdahl@vastsvenskadagbladet.example", Phone: "031-390 06 73"},
	8:  {Name: "Föreningen Öppen vård Väst", Email: "insyn@oppenvardvast.example"},
	9:  {Email: "journalfragor.privat@example.com"},
	10: {Name: "Radio Väst, nyhetsdesken", Outlet: "Radio Väst", Phone: "031-390 06 30"},
}

const anonymous = -1

// demoCase is one case of the demo register and the path it has taken.
type demoCase struct {
	kind      tracker.Kind
	day       int // received this many days ago (Stockholm days)
	subject   string
	desc      string
	requester int
	topics    []string
	unit      int
	assignee  string           // "" leaves it unassigned
	path      []tracker.Status // the moves made since it was received

	ground    string // legal ground of a refusal or partial release
	reasoning string
	forwardTo string
	deliver   bool // the decision has been sent to the requester

	deadlineH int  // press inquiry: the journalist's deadline, hours after receipt
	dueToday  bool // press inquiry: deadline later today; document request: received the day before

	alsoDR      bool // a press inquiry that also asked for documents
	childPath   []tracker.Status
	childGround string
}

// Shorthands for the paths.
var (
	stIP   = tracker.StatusInProgress
	stRel  = tracker.StatusReleased
	stPart = tracker.StatusPartiallyReleased
	stRef  = tracker.StatusRefused
	stWd   = tracker.StatusWithdrawn
	stFwd  = tracker.StatusForwarded
	stAns  = tracker.StatusAnswered
	stDec  = tracker.StatusDeclined
	stCl   = tracker.StatusClosed
)

func path(ss ...tracker.Status) []tracker.Status { return ss }

// Legal grounds (offentlighets- och sekretesslagen) and the reasons given.
const (
	oslHealth   = "OSL 25 kap. 1 §"
	oslSecurity = "OSL 18 kap. 8 §"
	oslBusiness = "OSL 31 kap. 16 §"
	oslPersonal = "OSL 21 kap. 7 §"

	whyHealth   = "Handlingarna innehåller uppgifter om enskilda patienters hälsotillstånd. Det framgår inte att uppgifterna kan lämnas ut utan att de enskilda lider men."
	whySecurity = "Uppgifterna beskriver hur regionens IT-miljö är uppbyggd och skyddad. Ett utlämnande kan antas motverka syftet med säkerhetsåtgärderna."
	whyBusiness = "Avtalet innehåller prisuppgifter och tekniska lösningar som leverantören har lämnat i förtroende. Ett utlämnande kan antas skada leverantören."
	whyPersonal = "Uppgifterna om enskilda medarbetare skulle vid ett utlämnande behandlas i strid med dataskyddsförordningen."
)

var demoCases = []demoCase{
	// Document requests (begäran om allmän handling).
	{kind: tracker.DocumentRequest, day: 13, subject: "Protokoll från styrgruppen för Aurora-införandet, september–november",
		desc: "Begär samtliga protokoll med bilagor från styrgruppens möten under hösten.", requester: 0,
		topics: []string{"Aurora", "Beslutsunderlag"}, unit: uKst, assignee: "linnea", path: path(stIP, stRel, stCl)},
	{kind: tracker.DocumentRequest, day: 12, subject: "Riskanalys inför driftstarten av Aurora",
		desc: "Den riskanalys som låg till grund för beslutet att starta driften.", requester: 2,
		topics: []string{"Aurora", "Patientsäkerhet"}, unit: uKst, assignee: "linnea", path: path(stIP, stPart),
		ground: oslSecurity, reasoning: whySecurity, deliver: true},
	{kind: tracker.DocumentRequest, day: 12, subject: "Avtal med leverantören av journalsystemet inklusive bilagor",
		requester: 8, topics: []string{"Leverantörsavtal", "Kostnader"}, unit: uFss, assignee: "johan",
		path: path(stIP, stPart, stCl), ground: oslBusiness, reasoning: whyBusiness, deliver: true},
	{kind: tracker.DocumentRequest, day: 11, subject: "Avvikelserapporter om läkemedelslistor i Aurora, vecka 45–46",
		desc: "Samtliga avvikelser som rör läkemedelslistor som inte uppdaterats mellan enheter.", requester: 7,
		topics: []string{"Patientsäkerhet", "Aurora"}, unit: uSas, assignee: "johan", path: path(stIP, stRef),
		ground: oslHealth, reasoning: whyHealth, deliver: true},
	{kind: tracker.DocumentRequest, day: 8, subject: "Journalanteckningar om en namngiven patient på akutmottagningen",
		requester: anonymous, topics: []string{"Patientsäkerhet"}, unit: uSas, assignee: "johan",
		path: path(stIP, tracker.StatusOfficialRefusal), reasoning: "Handläggaren sa nej: uppgifterna rör en enskild patients hälsotillstånd."},
	{kind: tracker.DocumentRequest, day: 3, subject: "Incidentrapporter om felaktiga remisser i Aurora",
		requester: 7, topics: []string{"Patientsäkerhet", "Aurora"}, unit: uKst, assignee: "johan",
		path:      path(stIP, tracker.StatusOfficialRefusal, tracker.StatusDecisionRequested),
		reasoning: "Handläggaren sa nej: rapporterna innehåller patientuppgifter. Den som begärde vill ha ett skriftligt beslut."},
	{kind: tracker.DocumentRequest, day: 6, subject: "Säkerhetsgranskning av behörighetssystemet i Aurora",
		requester: 1, topics: []string{"Aurora", "IT-drift"}, unit: uKst, assignee: "linnea",
		path: path(stIP, tracker.StatusReleasedWithConditions), ground: oslSecurity, reasoning: whySecurity, deliver: true},
	{kind: tracker.DocumentRequest, day: 4, subject: "E-post mellan regionledningen och leverantören om driftstörningarna",
		desc: "Korrespondens från den första driftveckan.", requester: 0,
		topics: []string{"Aurora", "Leverantörsavtal"}, unit: uKst, assignee: "linnea", path: path(stIP)},
	{kind: tracker.DocumentRequest, day: 10, subject: "Loggar över systemavbrott i Aurora sedan driftstarten",
		requester: anonymous, topics: []string{"Aurora", "IT-drift"}, unit: uKst, assignee: "linnea",
		path: path(stIP, stRef), ground: oslSecurity, reasoning: whySecurity, deliver: true},
	{kind: tracker.DocumentRequest, day: 9, subject: "Kostnadssammanställning för införandeprojektet",
		desc: "Utfall hittills jämfört med budget.", requester: 5,
		topics: []string{"Kostnader"}, unit: uKst, assignee: "johan", path: path(stRel)},
	{kind: tracker.DocumentRequest, day: 8, subject: "Beslutet att återgå till tidigare journalsystem med underlag",
		requester: 2, topics: []string{"Aurora", "Beslutsunderlag"}, unit: uKst, assignee: "linnea", path: path(stRel, stCl)},
	{kind: tracker.DocumentRequest, day: 2, subject: "Rapporter om försenade provsvar från laboratoriet",
		requester: anonymous, topics: []string{"Laboratoriet", "Patientsäkerhet"}, unit: uRlm, assignee: "johan", path: path(stIP)},
	{kind: tracker.DocumentRequest, day: 7, subject: "Sammanställning av inställda operationer under driftstörningen",
		desc: "Antal per dag och klinik.", requester: 4,
		topics: []string{"Patientsäkerhet", "Akutflöden"}, unit: uSas, assignee: "johan", path: path(stIP, stPart),
		ground: oslHealth, reasoning: whyHealth},
	{kind: tracker.DocumentRequest, day: 6, subject: "Övertidsuttag för sjuksköterskor på akutmottagningen, november",
		requester: 8, topics: []string{"Arbetsmiljö"}, unit: uSas, assignee: "johan", path: path(stIP, stRel)},
	{kind: tracker.DocumentRequest, day: 10, subject: "Utbildningsplan och närvarolistor för Aurora-utbildningen",
		requester: 9, topics: []string{"Aurora", "Arbetsmiljö"}, unit: uRh, assignee: "linnea", path: path(stIP, stWd),
		reasoning: "Den sökande återkallade begäran sedan utbildningsplanen publicerats på webben."},
	{kind: tracker.DocumentRequest, day: 5, subject: "Tillsynsmyndighetens skrivelse om anmäld personuppgiftsincident",
		desc: "Avser myndighetens egna handlingar i tillsynsärendet.", requester: 6,
		topics: []string{"Personuppgifter"}, unit: uKst, assignee: "linnea", path: path(stFwd),
		forwardTo: "Integritetsskyddsmyndigheten (IMY)"},
	{kind: tracker.DocumentRequest, day: 11, subject: "Handlingar i tillsynsärende om patientsäkerhet efter journalbytet",
		requester: anonymous, topics: []string{"Patientsäkerhet"}, unit: uSas, assignee: "johan", path: path(stFwd, stCl),
		forwardTo: "Inspektionen för vård och omsorg (IVO)"},
	{kind: tracker.DocumentRequest, day: 6, subject: "Mötesanteckningar från den regionala särskilda organisationen, första veckan",
		requester: anonymous, topics: []string{"Aurora", "Beslutsunderlag"}, unit: noUnit},
	{kind: tracker.DocumentRequest, day: 1, dueToday: true, subject: "Sms-utskick till patienter om ombokade besök",
		desc: "Texten i utskicken och antal mottagare.", requester: 9,
		topics: []string{"Patientinformation"}, unit: uNh, assignee: "johan"},
	{kind: tracker.DocumentRequest, day: 0, subject: "Beslut om omdirigering av ambulanser under omstyrningen",
		requester: 1, topics: []string{"Akutflöden"}, unit: uSu, assignee: "linnea"},
	{kind: tracker.DocumentRequest, day: 9, subject: "Chefsbrev och intern nyhet om återgången",
		requester: 5, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stRel, stCl)},
	{kind: tracker.DocumentRequest, day: 13, subject: "Upphandlingsunderlag för journalsystemet från 2021",
		requester: 8, topics: []string{"Leverantörsavtal", "Kostnader"}, unit: uFss, assignee: "johan", path: path(stIP, stRel, stCl)},
	{kind: tracker.DocumentRequest, day: 8, subject: "Synpunkter och klagomål om journalsystemet till patientnämnden",
		requester: anonymous, topics: []string{"Patientsäkerhet"}, unit: noUnit, assignee: "linnea", path: path(stFwd, stCl),
		forwardTo: "Patientnämnden"},
	{kind: tracker.DocumentRequest, day: 1, subject: "Risk- och konsekvensanalys för laboratoriemedicin",
		requester: 4, topics: []string{"Laboratoriet"}, unit: uRlm, assignee: "johan", path: path(stIP)},
	{kind: tracker.DocumentRequest, day: 7, subject: "Bemanningsplan för akutmottagningen under omstyrningen",
		requester: 3, topics: []string{"Akutflöden", "Arbetsmiljö"}, unit: uSas, assignee: "johan", path: path(stWd, stCl),
		reasoning: "Begäran återkallad; den sökande fick svar på sina frågor i en intervju."},
	{kind: tracker.DocumentRequest, day: 5, subject: "Kommunikationsplan för införandet av Aurora",
		requester: 6, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stRel)},
	{kind: tracker.DocumentRequest, day: 1, dueToday: true, subject: "Anteckningar från dagliga avstämningar om produktionsläget",
		requester: 0, topics: []string{"Aurora", "Akutflöden"}, unit: uKst, assignee: "linnea", path: path(stIP)},
	{kind: tracker.DocumentRequest, day: 3, subject: "Tidplan och beslut om driftstart (go/no go)",
		requester: 2, topics: []string{"Aurora", "Beslutsunderlag"}, unit: uKst, assignee: "johan"},
	{kind: tracker.DocumentRequest, day: 10, subject: "Avvikelser om felaktigt skickade remisser i primärvården",
		requester: anonymous, topics: []string{"Patientsäkerhet"}, unit: uNh, assignee: "johan", path: path(stIP, stRef, stCl),
		ground: oslHealth, reasoning: whyHealth, deliver: true},
	{kind: tracker.DocumentRequest, day: 4, subject: "Konsultrapport om systemets svarstider",
		requester: 7, topics: []string{"Aurora", "IT-drift"}, unit: uKst, assignee: "linnea", path: path(stIP, stPart),
		ground: oslBusiness, reasoning: whyBusiness, deliver: true},
	{kind: tracker.DocumentRequest, day: 0, subject: "Fakturor från journalsystemets leverantör, oktober",
		requester: anonymous, topics: []string{"Kostnader"}, unit: noUnit},

	// Press inquiries (pressförfrågningar).
	{kind: tracker.PressInquiry, day: 13, subject: "Intervju med hälso- och sjukvårdsdirektören om driftstarten",
		requester: 1, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stIP, stAns, stCl), deadlineH: 6},
	{kind: tracker.PressInquiry, day: 9, subject: "Hur många patienter har drabbats av försenade provsvar?",
		desc: "Vill också ta del av den sammanställning som nämnts på presskonferensen.", requester: 0,
		topics: []string{"Laboratoriet", "Patientsäkerhet"}, unit: uRlm, assignee: "johan", path: path(stIP, stAns), deadlineH: 8,
		alsoDR: true, childPath: path(stIP, stRel)},
	{kind: tracker.PressInquiry, day: 11, subject: "Kommentar till uppgifter om att personal varnat före driftstarten",
		requester: 7, topics: []string{"Aurora", "Arbetsmiljö"}, unit: uKst, assignee: "linnea", path: path(stAns), deadlineH: 4},
	{kind: tracker.PressInquiry, day: 8, subject: "Önskar studiointervju i kvällens nyhetssändning",
		requester: 3, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stDec), deadlineH: 5},
	{kind: tracker.PressInquiry, day: 7, subject: "Vill filma på akutmottagningen under omstyrningen",
		requester: 3, topics: []string{"Akutflöden"}, unit: uSas, assignee: "johan", path: path(stIP, stDec, stCl), deadlineH: 24},
	{kind: tracker.PressInquiry, day: 1, subject: "Frågor om vad införandet och återgången har kostat",
		desc: "Vill även ha de underlag som siffrorna bygger på.", requester: 5,
		topics: []string{"Kostnader"}, unit: uKst, assignee: "johan", path: path(stIP),
		alsoDR: true, childPath: path(stIP)},
	{kind: tracker.PressInquiry, day: 0, dueToday: true, subject: "Uppgifter om omdirigerade ambulanser under helgen",
		requester: 10, topics: []string{"Akutflöden"}, unit: noUnit},
	{kind: tracker.PressInquiry, day: 3, subject: "Intervjuförfrågan: vem bär ansvaret för införandet?",
		requester: 6, topics: []string{"Aurora", "Beslutsunderlag"}, unit: uKst, assignee: "linnea", deadlineH: 5},
	{kind: tracker.PressInquiry, day: 10, subject: "Faktakoll: hur länge pågick det längsta avbrottet?",
		requester: 2, topics: []string{"IT-drift"}, unit: uKst, assignee: "johan", path: path(stAns), deadlineH: 3},
	{kind: tracker.PressInquiry, day: 5, subject: "Frågor om anmälan av personuppgiftsincident",
		desc: "Begär också incidentrapporten.", requester: 4,
		topics: []string{"Personuppgifter"}, unit: uKst, assignee: "linnea", path: path(stIP, stAns), deadlineH: 6,
		alsoDR: true, childPath: path(stIP, stRef), childGround: oslPersonal},
	{kind: tracker.PressInquiry, day: 0, dueToday: true, subject: "Reportage om personalens arbetssituation, önskar besöka en vårdavdelning",
		requester: 4, topics: []string{"Arbetsmiljö"}, unit: uSas, assignee: "johan", path: path(stIP)},
	{kind: tracker.PressInquiry, day: 6, subject: "Kommentar till debattartikel som kräver stopp för journalsystemet",
		requester: 7, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stAns, stCl), deadlineH: 4},
	{kind: tracker.PressInquiry, day: 4, subject: "Hur får invånarna besked om ombokade besök?",
		requester: 5, topics: []string{"Patientinformation"}, unit: uNh, assignee: "johan", path: path(stAns), deadlineH: 24},
	{kind: tracker.PressInquiry, day: 1, subject: "Telefonintervju om provhanteringen på laboratoriet",
		requester: 1, topics: []string{"Laboratoriet"}, unit: uRlm, assignee: "linnea", path: path(stIP)},
	{kind: tracker.PressInquiry, day: 0, subject: "Intervju om den externa granskningen av införandet",
		requester: 2, topics: []string{"Aurora", "Beslutsunderlag"}, unit: uKst, assignee: "linnea"},
	{kind: tracker.PressInquiry, day: 9, subject: "Kommentar från regionens informationssäkerhetschef",
		requester: 6, topics: []string{"IT-drift", "Personuppgifter"}, unit: uKst, assignee: "johan", path: path(stDec), deadlineH: 3},
	{kind: tracker.PressInquiry, day: 0, subject: "Frågor om patientsäkerheten efter återgången",
		requester: 0, topics: []string{"Patientsäkerhet"}, unit: noUnit},
	{kind: tracker.PressInquiry, day: 5, subject: "Bekräftelse av uppgift om paus i införandet",
		requester: 2, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stAns, stCl), deadlineH: 1},
	{kind: tracker.PressInquiry, day: 4, subject: "Poddintervju om lärdomar inför nästa systeminförande",
		requester: 6, topics: []string{"Aurora"}, unit: uKst, assignee: "linnea", path: path(stIP)},
	{kind: tracker.PressInquiry, day: 12, subject: "Frågor om eventuellt vite eller ersättning från leverantören",
		requester: 7, topics: []string{"Leverantörsavtal", "Kostnader"}, unit: uFss, assignee: "johan", path: path(stDec, stCl), deadlineH: 6},
	{kind: tracker.PressInquiry, day: 12, subject: "Lokala konsekvenser för vårdcentralerna i Älvstranden",
		requester: 5, topics: []string{"Patientinformation"}, unit: uNh, assignee: "johan", path: path(stIP, stAns, stCl), deadlineH: 24},
}

// Notes written on the moves, by target status.
var demoNotes = map[tracker.Status]string{
	tracker.StatusInProgress:        "Handlingarna efterfrågade hos verksamheten.",
	tracker.StatusReleased:          "Handlingarna skickade till den sökande per e-post.",
	tracker.StatusPartiallyReleased: "Handlingarna lämnade ut med maskningar.",
	tracker.StatusRefused:           "Beslut om avslag fattat.",
	tracker.StatusWithdrawn:         "Begäran återkallad av den sökande.",
	tracker.StatusForwarded:         "Begäran överlämnad; den sökande underrättad.",
	tracker.StatusAnswered:          "Svar lämnat av talesperson.",
	tracker.StatusDeclined:          "Ingen talesperson kunde ställa upp före deadline; skriftlig kommentar erbjuden.",
	tracker.StatusClosed:            "Ärendet avslutat.",
}

// demoAction is a communication action, dated this many days ago.
type demoAction struct {
	day   int
	kind  report.ActionKind
	title string
	slug  string
}

var demoActions = []demoAction{
	{13, report.ActionExternalNews, "Nytt journalsystem i drift – så påverkas ditt besök", "nytt-journalsystem-i-drift"},
	{11, report.ActionInternalNews, "Driftstörningar i Aurora: så arbetar du med reservrutinerna", "reservrutiner-vardnav"},
	{9, report.ActionPressRelease, "Akutflöden styrs om för att avlasta de drabbade sjukhusen", "akutfloden-styrs-om"},
	{7, report.ActionInternalNews, "Chefsbrev: läget i journalsystemet och stöd till medarbetare", "chefsbrev-journalsystemet"},
	{5, report.ActionPressRelease, "Införandet av journalsystemet pausas", "inforandet-pausas"},
	{5, report.ActionExternalNews, "Frågor och svar om återgången till tidigare journalsystem", "fragor-och-svar-atergangen"},
	{3, report.ActionPressRelease, "Oberoende granskning av journalsystemets införande beställs", "oberoende-granskning"},
	// The same news in three channels: one line in the report's selection
	// (seven days ago is always in last week's report, today in the daily one).
	{7, report.ActionPressRelease, "Stödet till de drabbade sjukhusen förlängs", "stodet-forlangs"},
	{7, report.ActionExternalNews, "Stödet till de drabbade sjukhusen förlängs", "stodet-forlangs-webb"},
	{7, report.ActionInternalNews, "Stödet till de drabbade sjukhusen förlängs", "stodet-forlangs-intranat"},
	{0, report.ActionPressRelease, "Akutmottagningarnas hänvisning upphör", "hanvisningen-upphor"},
	{0, report.ActionExternalNews, "Akutmottagningarnas hänvisning upphör", "hanvisningen-upphor-webb"},
	{0, report.ActionInternalNews, "Akutmottagningarnas hänvisning upphör", "hanvisningen-upphor-intranat"},
	{2, report.ActionInternalNews, "Personuppgiftsincident anmäld – det här gäller för dig som medarbetare", "personuppgiftsincident-anmald"},
	{1, report.ActionExternalNews, "Vården är öppen – sök vård som vanligt", "varden-ar-oppen"},
	// A daily update: the report lists it under "Dagligen".
	{4, report.ActionInternalNews, "Aktuellt om journalsystemet i dag", "aktuellt-om-journalsystemet-4"},
	{3, report.ActionInternalNews, "Aktuellt om journalsystemet i dag", "aktuellt-om-journalsystemet-3"},
	{2, report.ActionInternalNews, "Aktuellt om journalsystemet i dag", "aktuellt-om-journalsystemet-2"},
	{1, report.ActionInternalNews, "Aktuellt om journalsystemet i dag", "aktuellt-om-journalsystemet-1"},
	{0, report.ActionInternalNews, "Aktuellt om journalsystemet i dag", "aktuellt-om-journalsystemet"},
}

// demoActionURL is where an action was published: an invented site under a
// reserved domain.
func demoActionURL(slug string) string { return "https://nyheter.demo-region.example/" + slug }
