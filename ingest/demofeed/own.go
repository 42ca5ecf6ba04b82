package demofeed

// The organisation's own channel: press releases, external news and
// internal news (intranet), written as Region Västkust's communication
// department would.

const (
	ownPress    = "Pressmeddelande"
	ownNews     = "Nyhet"
	ownInternal = "Intern nyhet"
)

type ownItem struct {
	day   int
	cat   string
	title string
	text  []string
	who   string // quoted spokesperson, optional
}

var ownItems = []ownItem{
	{0, ownPress, "Aurora i drift på Kustsjukhusen", []string{
		"I natt togs det nya journalsystemet Aurora i drift på Strandby sjukhus och Norrviks lasarett. Bytet är det första steget i regionens arbete med en sammanhållen journal.",
		"Under de första veckorna finns extra stöd på plats på alla enheter, och planerad verksamhet bedrivs i lägre tempo.",
	}, "hsd"},
	{1, ownInternal, "Support för Aurora dygnet runt", []string{
		"Supporten för Aurora är bemannad dygnet runt under de första veckorna. Superanvändare finns på varje avdelning.",
		"Kontakta i första hand superanvändaren på din enhet. Rapportera alltid avvikelser i avvikelsesystemet.",
	}, ""},
	{2, ownNews, "Så påverkas du som patient de första veckorna med Aurora", []string{
		"Under de första veckorna med det nya journalsystemet kan besök på Kustsjukhusen ta längre tid än vanligt. Vissa planerade besök har flyttats.",
		"Du som har en bokad tid får besked om den flyttas. Har du inte fått något besked gäller din tid.",
	}, ""},
	{3, ownPress, "Ambulanser styrs om från akutmottagningen på Strandby sjukhus", []string{
		"För att säkerställa en patientsäker vård styrs ambulanser från i dag om till Bergsäters sjukhus och Universitetssjukhuset Väst.",
		"Den som söker sig till akutmottagningen i Strandby på egen hand tas fortfarande emot.",
	}, "akut"},
	{3, ownNews, "Så söker du akut vård medan Strandby avlastas", []string{
		"Vid livshotande tillstånd ska du alltid ringa 112. Behöver du råd om var du ska söka vård kan du ringa 1177.",
		"Vårdcentralerna i Kuststaden och Norrvik har förlängda öppettider under veckan.",
	}, ""},
	{4, ownPress, "Region Västkust aktiverar regional särskild organisation", []string{
		"Region Västkust har aktiverat en regional särskild organisation för att samordna arbetet med konsekvenserna av journalbytet på Kustsjukhusen.",
		"Organisationen leds av hälso- och sjukvårdsdirektören och har dagliga avstämningar med sjukhusen, primärvården och laboratoriet.",
	}, "hsd"},
	{4, ownInternal, "Planerade operationer skjuts upp – så påverkas din verksamhet", []string{
		"Från och med i morgon skjuts planerade operationer på Kustsjukhusen upp under resten av veckan.",
		"Verksamhetscheferna ansvarar för att berörda patienter kontaktas. Vård som inte kan vänta genomförs som planerat.",
	}, ""},
	{6, ownInternal, "Samtalsstöd för medarbetare under journalkrisen", []string{
		"De senaste dagarna har varit mycket påfrestande. Företagshälsovården erbjuder samtalsstöd för alla medarbetare på Kustsjukhusen.",
		"Prata med din chef om du behöver avlastning. Ingen ska behöva bära det här ensam.",
	}, ""},
	{7, ownNews, "Region Västkust anmäler händelser enligt lex Maria", []string{
		"Regionchefläkaren har beslutat att anmäla två händelser som rör läkemedel till Inspektionen för vård och omsorg.",
		"Händelserna utreds, och berörda patienter och närstående har informerats.",
	}, "rcl"},
	{8, ownPress, "Förlängd hänvisning från akutmottagningen i Strandby", []string{
		"Omstyrningen av ambulanser från Strandby sjukhus förlängs veckan ut. Övriga sjukhus i regionen fortsätter att ta emot akuta patienter.",
		"Aktuell information om var du ska söka vård finns hos 1177.",
	}, "akut"},
	{9, ownPress, "Personuppgiftsincident i journalsystemet anmäld till IMY", []string{
		"Region Västkust har anmält en personuppgiftsincident till Integritetsskyddsmyndigheten. Ett fel i behörighetsstyrningen i Aurora gjorde att medarbetare kunde se uppgifter om patienter utanför den egna enheten.",
		"Felet är åtgärdat. Regionen går nu igenom loggarna och kommer att informera de patienter som berörs.",
	}, "cio"},
	{9, ownInternal, "Personuppgiftsincident i Aurora – det här har hänt", []string{
		"Ett fel i behörighetsstyrningen har gjort att journaluppgifter har kunnat visas för medarbetare utan vårdrelation. Felet åtgärdades i går kväll.",
		"Kom ihåg att du bara får ta del av uppgifter om patienter som du har en vårdrelation med. Alla journalöppningar loggas.",
	}, ""},
	{10, ownPress, "Kustsjukhusen lämnar Aurora och går tillbaka till tidigare journalsystem", []string{
		"Region Västkust har i dag beslutat att Kustsjukhusen ska gå tillbaka till de journalsystem som användes före Aurora. Bytet sker i morgon bitti.",
		"Beslutet bygger på en samlad bedömning av patientsäkerheten. Omstyrningen av ambulanser ligger fast under återgången.",
	}, "hsd"},
	{10, ownInternal, "Inför återgången – det här behöver du veta", []string{
		"I natt fryses Aurora. Från morgonen dokumenterar du i de tidigare journalsystemen.",
		"Din chef har information om vilka rutiner som gäller på din enhet. Superanvändarna finns kvar på plats under återgången.",
	}, ""},
	{11, ownPress, "Regionen låter oberoende granskare utreda Aurora-införandet", []string{
		"Region Västkust tillsätter en extern granskning av hela införandet av Aurora, från upphandling till driftstart.",
		"Granskningen ska ledas av en person utan koppling till projektet, och resultatet ska redovisas öppet.",
	}, "hsd"},
	{11, ownNews, "De tidigare journalsystemen används igen – grannsjukhusen stöttar Strandby även fortsättningsvis", []string{
		"Sedan i morse arbetar Kustsjukhusen åter i de tidigare journalsystemen. Återgången har gått enligt plan.",
		"Övriga sjukhus i regionen fortsätter att ta emot akuta patienter från Strandby under resten av veckan.",
	}, "sjd"},
	{12, ownNews, "Region Västkust lämnar underlag till Statens haverikommission", []string{
		"Statens haverikommission har begärt underlag från regionen för att bedöma om journalkrisen ska utredas.",
		"Regionen bistår med allt material som efterfrågas.",
	}, ""},
	{13, ownInternal, "Uppföljning av återgången – rapportera det som inte fungerar", []string{
		"Återgången till de tidigare journalsystemen följs upp varje dag. Rapportera integrationer och rutiner som inte fungerar som de ska.",
		"Information som registrerades i Aurora finns kvar och kan läsas via en särskild ingång.",
	}, "cio"},
	{14, ownNews, "Akutmottagningen i Strandby tar åter emot ambulanser nattetid", []string{
		"Från och med i natt tar akutmottagningen på Strandby sjukhus åter emot ambulanser mellan klockan 22 och 07.",
		"Dagtid fortsätter omstyrningen tills vidare.",
	}, "akut"},
	{15, ownNews, "Frågor och svar om kostnaderna för Aurora", []string{
		"Region Västkust har sammanställt vad införandet av Aurora har kostat hittills. Sammanställningen finns på regionens webbplats.",
		"Kostnaderna för återgången redovisas när de är kända. Frågan om ersättning från leverantören utreds.",
	}, "hsd"},
	{16, ownNews, "Strandby sjukhus tar åter emot patienter inom kirurgi och hematologi", []string{
		"Patienter inom kirurgi och hematologi som under krisen har vårdats på andra sjukhus flyttas nu tillbaka till Strandby.",
		"Flyttarna planeras tillsammans med de mottagande sjukhusen.",
	}, "sjd"},
	{17, ownInternal, "Tack för era insatser – så planerar vi återhämtningen", []string{
		"De senaste veckorna har ställt extraordinära krav på alla medarbetare på Kustsjukhusen. Ledningen vill tacka er för ert arbete.",
		"Under de kommande veckorna planeras för återhämtning. Prata med din chef om hur det ser ut på din enhet.",
	}, ""},
	{18, ownPress, "Ulrika Hedvall leder den externa granskningen av Aurora", []string{
		"Ulrika Hedvall, tidigare sjukhusdirektör, har fått uppdraget att leda den externa granskningen av införandet av Aurora.",
		"En delrapport om patientsäkerheten ska lämnas i februari och en slutrapport i april.",
	}, "granskare"},
	{19, ownNews, "Information till patienter som berörs av personuppgiftsincidenten", []string{
		"Genomgången av loggarna är klar. Omkring 2 300 patienter berörs och får ett brev med information.",
		"Den som har frågor kan kontakta regionens dataskyddsombud.",
	}, "cio"},
	{20, ownInternal, "Den särskilda organisationen trappas ned", []string{
		"Den regionala särskilda organisationen trappas ned under veckan. Uppföljningen av läget fortsätter i linjeorganisationen.",
		"Från och med nästa vecka tar akutmottagningen i Strandby emot ambulanser dygnet runt.",
	}, ""},
}

// dailyNotes are the day's line in the internal update, by day range.
var dailyNotes = []span{
	{0, 0, "Aurora togs i drift i natt. Driftstarten har i stort gått enligt plan."},
	{1, 2, "Arbetet med inloggning, utskrifter och kopplingen mot laboratoriet pågår."},
	{3, 3, "Ambulanser styrs från i dag om från akutmottagningen i Strandby."},
	{4, 6, "Den regionala särskilda organisationen har avstämning varje morgon och kväll."},
	{7, 9, "Rapportera alla avvikelser, även de som verkar små. Varje rapport hjälper oss att hitta felen."},
	{10, 10, "Beslutet om återgång är fattat. Följ instruktionerna från din chef inför natten."},
	{11, 13, "Återgången har gått enligt plan. Vissa integrationer är fortfarande manuella."},
	{14, 17, "Verksamheterna tar stegvis tillbaka patienter och flöden."},
	{18, 20, "Uppföljningen fortsätter. Glöm inte att ta ut den ledighet du har rätt till."},
}
