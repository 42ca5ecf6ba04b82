package demofeed

// Opinion building blocks. Stances: critical, neutral, supportive. Every
// block can be used from a given day on, so that no piece refers to
// something that has not happened yet.

const (
	critical   = "critical"
	neutral    = "neutral"
	supportive = "supportive"
)

type block struct {
	stance string
	from   int
	text   string
}

var opinionTitles = []block{
	{critical, 0, "Aurora borde aldrig ha slagits på i det här skicket"},
	{critical, 0, "Personalen får betala för ledningens brådska"},
	{critical, 0, "Ett journalsystem som gör vården farligare är inget framsteg"},
	{critical, 1, "Regionen har blundat för varningssignalerna"},
	{critical, 0, "Lyssna på dem som står vid patientens säng"},
	{critical, 1, "Papperslistor och dubbelarbete är ett underbetyg för regionen"},
	{critical, 1, "Inkörningsproblem? Nej, det här är ett systemfel"},
	{critical, 0, "Ett it-projekt får aldrig gå före patientsäkerheten"},
	{critical, 2, "Varför fick inte vårdpersonalen säga nej?"},
	{critical, 3, "Stoppa Aurora innan någon kommer till allvarlig skada"},
	{critical, 3, "Det är dags att trycka på stoppknappen"},
	{critical, 3, "När akuten stängs har projektet redan misslyckats"},
	{critical, 3, "Akutmottagningarna klarar inte fler experiment"},
	{critical, 3, "Hänvisningarna har ett pris för glesbygden"},
	{critical, 4, "Regionledningen måste ta ansvar – nu"},
	{critical, 4, "Patienterna förtjänar bättre än ett experiment"},
	{critical, 4, "Regionen lovade trygghet men levererade kaos"},
	{critical, 5, "Journalkrisen visar en ledning utan verklighetskontakt"},
	{critical, 5, "Sluta kalla det inkörningsproblem"},
	{critical, 6, "Skrota Aurora och börja om från början"},
	{critical, 7, "Det här är inte första gången – men det måste bli den sista"},
	{critical, 7, "Tystnaden från regionledningen är talande"},
	{critical, 9, "Integriteten offrades i hastverket"},
	{critical, 9, "Ett dataskyddshaveri som borde ha förutsetts"},
	{critical, 9, "Patienterna har rätt att få veta vem som läst deras journal"},
	{critical, 10, "Återgången kom alldeles för sent"},
	{critical, 10, "Vem bär ansvaret för journalhaveriet?"},
	{critical, 10, "Politikerna kan inte gömma sig bakom tjänstemännen"},
	{critical, 10, "En ursäkt är inte samma sak som ansvar"},
	{critical, 11, "En extern granskning räcker inte"},
	{critical, 11, "Granskningen måste omfatta politikerna också"},
	{critical, 11, "Stoppa alla nya it-införanden tills granskningen är klar"},
	{critical, 12, "Haverikommissionen bör utreda hela kedjan"},
	{critical, 12, "Låt haverikommissionen göra sitt jobb"},
	{critical, 12, "Regionens krishantering har varit ett haveri i sig"},
	{critical, 13, "Sjuksköterskorna ska inte betala för ledningens misstag"},
	{critical, 14, "Förtroendet för regionen är förbrukat"},
	{critical, 14, "Ansvarsutkrävandet har bara börjat"},
	{critical, 14, "Kuststaden förtjänar ett fungerande sjukhus"},
	{critical, 15, "Miljardnotan måste redovisas öppet"},
	{critical, 15, "Avtalet med leverantören måste läggas på bordet"},
	{critical, 15, "Kostnaderna för återgången ska inte tas från vården"},
	{critical, 16, "Ingen ny driftstart utan ett nytt beslut"},
	{critical, 16, "Lärdomarna från Aurora får inte hamna i en byrålåda"},
	{critical, 17, "Vårdskulden är journalkrisens verkliga pris"},
	{critical, 13, "Ledningen visste – och körde ändå"},
	{critical, 14, "Ett misstroende som regionen har förtjänat"},
	{critical, 15, "Varje krona till Aurora ska redovisas"},
	{critical, 16, "Revisorerna måste gå till botten med journalprojektet"},
	{critical, 17, "Köerna växer medan ansvaret skjuts upp"},
	{critical, 18, "Granskningen får inte bli en pappersprodukt"},
	{critical, 19, "Haverikommissionen borde inte tveka"},
	{critical, 20, "Aurora får inte komma tillbaka bakvägen"},
	{critical, 20, "Tre veckor som borde få konsekvenser"},
	{critical, 18, "Granskaren måste få fria händer"},
	{critical, 19, "Brev till 2 300 patienter är bara början"},
	{critical, 19, "Utbildningen var en chimär"},

	{neutral, 0, "Journalsystem är svåra – men det friar ingen"},
	{neutral, 0, "Digitaliseringen av vården behöver ett nytt tempo"},
	{neutral, 2, "Vad vi vet och inte vet om Aurora"},
	{neutral, 3, "Kris i vården kräver lugn, inte syndabockar"},
	{neutral, 4, "Det finns inga enkla svar om Aurora"},
	{neutral, 6, "Tekniken var bara en del av problemet"},
	{neutral, 10, "Både återgången och Aurora har sina risker"},
	{neutral, 11, "Låt granskningen ta den tid den behöver"},
	{neutral, 11, "Frågorna som den externa granskningen måste besvara"},
	{neutral, 12, "Andra regioner bör studera Västkust noga"},
	{neutral, 14, "Så kan nästa journalbyte bli bättre"},
	{neutral, 16, "Efter krisen: en fråga om styrning"},

	{supportive, 0, "Rätt att byta – fel att ge upp"},
	{supportive, 0, "Den sammanhållna journalen är värd att kämpa för"},
	{supportive, 1, "Ge Aurora en rimlig chans"},
	{supportive, 3, "Medarbetarnas insats förtjänar erkännande"},
	{supportive, 5, "Låt inte krisen stoppa digitaliseringen"},
	{supportive, 9, "Regionen har agerat öppet i en svår kris"},
	{supportive, 10, "Modigt att dra i nödbromsen"},
	{supportive, 10, "Beslutet om återgång visar en ledning som lyssnar"},
	{supportive, 12, "Det gamla systemet är ingen framtid heller"},
	{supportive, 14, "Ett nytt journalsystem behövs fortfarande"},
	{supportive, 16, "Ge Aurora en andra chans när felen är rättade"},
}

// openings set the scene, by day range.
var openings = []span{
	{0, 2, "Det har gått bara några dagar sedan Region Västkust slog på sitt nya journalsystem, och redan nu hörs vittnesmålen från avdelningarna."},
	{0, 2, "Aurora skulle bli vårdens stora lyft. De första dagarna har i stället präglats av utloggningar, försenade provsvar och papperslistor."},
	{0, 6, "Att byta journalsystem i en hel sjukhusgrupp är ett av de mest riskfyllda projekt en region kan ge sig in i."},
	{3, 6, "När ambulanserna styrs bort från akutmottagningen i Strandby är det inte längre fråga om inkörningsproblem."},
	{4, 8, "Regionen har gått upp i stabsläge. Planerade operationer skjuts upp, och akutmottagningarna runt omkring tar emot patienter som egentligen hör hemma i Strandby."},
	{5, 9, "En dryg vecka efter driftstarten är det uppenbart att Aurora inte fungerar som utlovat."},
	{7, 9, "Lex Maria-anmälningar, vårdpersonal på knäna och en akutmottagning som fortfarande är avlastad. Listan över problem med Aurora växer för varje dag."},
	{9, 10, "Att journalsystemet visade patienters uppgifter för personal utan vårdrelation är allvarligt i sig. Att det upptäcktes först efter flera dagar är värre."},
	{10, 12, "Beslutet om att gå tillbaka till de tidigare journalsystemen är ett erkännande av att något har gått allvarligt fel."},
	{11, 13, "Nu ska införandet granskas externt, och ambulanserna kör fortfarande förbi Strandby."},
	{12, 14, "Statens haverikommission överväger att utreda journalkrisen i Västkust. Det säger en hel del om hur allvarligt läget har varit."},
	{14, 20, "Återgången till de tidigare journalsystemen är genomförd, men frågorna om Aurora har bara börjat."},
	{15, 20, "Drygt 1,2 miljarder kronor, tusentals uppskjutna besök och en utmattad personal. Det är det preliminära bokslutet för Aurora."},
	{16, 20, "När akutmottagningen i Strandby åter tar emot ambulanser är det lätt att tro att krisen är över. Det är den inte."},
}

// columnOpenings are the personal first paragraphs of a krönika.
var columnOpenings = []span{
	{0, 9, "Min granne är undersköterska på Strandby sjukhus. I går kväll satt hon i bilen utanför huset en lång stund innan hon orkade gå in."},
	{0, 20, "Jag har skrivit om vårdens it-projekt i många år, och jag känner igen mönstret: stora löften, korta tidsplaner och en personal som ingen frågar."},
	{4, 13, "När jag satt i väntrummet på akuten i Bergsäter i veckan kom fler av patienterna från Strandby än från Bergsäter."},
	{10, 20, "Det är något särskilt med ordet återgång. Det låter ordnat, nästan tryggt. Men bakom det finns tio dagar som ingen på Kustsjukhusen kommer att glömma."},
	{10, 20, "Det finns ett ord som saknas i regionens pressmeddelanden om Aurora: misstag."},
	{0, 20, "Som sjuksköterska har jag varit med om tre journalbyten. Inget av dem har varit så smärtsamt som det här."},
}

var arguments = []block{
	{critical, 0, "Varningarna fanns där. Fackförbund och läkare påpekade länge att utbildningen var för kort och att testerna inte räckte. Ändå höll regionledningen fast vid datumet."},
	{critical, 0, "Det är medarbetarna som får bära konsekvenserna. Sjuksköterskor dokumenterar dubbelt, läkare letar efter provsvar och undersköterskor springer med papperslistor mellan salarna."},
	{critical, 0, "Ett journalsystem är inte vilken it-lösning som helst. Det är vårdens minne, och när minnet sviktar hamnar patienterna i fara."},
	{critical, 1, "Att kalla det som händer för inkörningsproblem är att förminska det. Läkemedelslistor som inte stämmer och provsvar som dröjer i timmar är risker för patientsäkerheten."},
	{critical, 3, "När akutmottagningen måste avlastas och ambulanserna styras om har införandet i praktiken havererat. Det är patienterna i Kuststaden och Norrvik som får de längre resorna."},
	{critical, 3, "Hänvisningarna till andra akutmottagningar flyttar bara problemet. Bergsäter och Västhamn har inga tomma sängar att erbjuda."},
	{critical, 4, "Planerade operationer skjuts upp, och vårdskulden som redan var stor växer för varje dag som Aurora är i drift."},
	{critical, 5, "Arbetsmiljön på Kustsjukhusen var ansträngd redan före Aurora. Nu riskerar regionen att förlora erfarna medarbetare som inte orkar mer."},
	{critical, 7, "Två lex Maria-anmälningar på en vecka borde få varje ansvarig att stanna upp. Hur många fler händelser krävs innan systemet stängs av?"},
	{critical, 7, "Regionen måste ha modet att stoppa Aurora nu, i stället för att hoppas att nästa rättning ska lösa problemen."},
	{critical, 9, "Personuppgiftsincidenten är ett svek mot patienterna. Den som söker vård ska kunna lita på att journalen bara läses av dem som behöver den."},
	{critical, 9, "Att felet i behörighetsstyrningen inte upptäcktes under testerna säger något om hur testerna gick till."},
	{critical, 10, "Beslutet om återgång var rätt, men det kom för sent. Varje dag med Aurora har kostat personalen kraft och patienterna trygghet."},
	{critical, 10, "Ansvaret ligger hos dem som fattade beslutet om driftstart. Det är politikerna och regionledningen som måste svara, inte medarbetarna."},
	{critical, 11, "En extern granskning är bra, men den får inte bli ett sätt att skjuta ansvarsfrågan på framtiden."},
	{critical, 12, "Att Statens haverikommission överväger att utreda journalkrisen borde vara en väckarklocka för varje region som planerar ett systembyte."},
	{critical, 14, "Den som har haft ansvaret för ett projekt som slutade med avlastad akutmottagning och en anmälan till IMY kan inte sitta kvar som om ingenting hänt."},
	{critical, 15, "Miljardbeloppen som har lagts på Aurora hade kunnat användas till vård. Skattebetalarna har rätt att få veta exakt vart pengarna tog vägen."},
	{critical, 15, "Avtalet med leverantören måste granskas. Om det innehåller vitesklausuler ska de användas."},
	{critical, 16, "Att vårdflödena nu återtas är ingen ursäkt för att glömma. Lärdomarna från Aurora måste in i varje framtida beslut."},
	{critical, 17, "Den uppskjutna vården drabbar dem som redan har väntat länge. De är journalkrisens tysta offer."},

	{neutral, 0, "Att byta journalsystem är svårt överallt. Flera regioner i Norden har haft liknande problem under de första månaderna."},
	{neutral, 0, "De gamla journalsystemen var föråldrade och dyra att underhålla. Någon gång måste bytet göras."},
	{neutral, 0, "Digitaliseringen av vården kommer att fortsätta. Frågan är hur den kan ske i en takt som verksamheten klarar."},
	{neutral, 3, "Det är för tidigt att säga om Auroras problem beror på systemet i sig, på hur det har konfigurerats eller på hur införandet planerades."},
	{neutral, 10, "Återgången är inte riskfri. Information som har registrerats i Aurora måste föras över korrekt, annars uppstår nya luckor."},
	{neutral, 11, "Den externa granskningen måste få arbeta i lugn och ro. Förhastade slutsatser hjälper ingen."},
	{neutral, 12, "Om haverikommissionen väljer att utreda kan det ge lärdomar som sträcker sig långt utanför regionen."},
	{neutral, 14, "Ansvarsfrågan är viktig, men den bör avgöras när fakta finns på bordet."},

	{supportive, 0, "Ett modernt journalsystem är en förutsättning för en sammanhållen vård där informationen följer patienten."},
	{supportive, 0, "Alla stora systembyten har en svår start. Det vore ett misstag att döma ut Aurora efter några dagar."},
	{supportive, 0, "Medarbetarna har gjort en enastående insats under förhållanden som ingen hade kunnat förutse fullt ut."},
	{supportive, 3, "Regionen har agerat snabbt: akutflödet har styrts om, och övriga sjukhus har ställt upp."},
	{supportive, 9, "Regionen anmälde själv personuppgiftsincidenten och har varit öppen med vad som har hänt. Det förtjänar att noteras."},
	{supportive, 10, "Att dra i nödbromsen är inte ett tecken på svaghet. Det visar att patientsäkerheten faktiskt går först."},
	{supportive, 11, "Beslutet att tillsätta en extern granskning visar att regionen är beredd att granska sig själv."},
	{supportive, 14, "De gamla journalsystemen är ingen långsiktig lösning. Regionen måste så småningom ta steget igen, men bättre förberedd."},
}

var closings = []block{
	{critical, 0, "Regionen måste lyssna på medarbetarna och sätta patientsäkerheten främst – innan det är för sent."},
	{critical, 3, "Stoppa Aurora tills det kan visas att systemet är säkert."},
	{critical, 7, "Kravet är enkelt: stäng av Aurora och gå tillbaka till det som fungerade."},
	{critical, 10, "Nu krävs ansvarsutkrävande. Den som fattade besluten ska stå till svars för dem."},
	{critical, 11, "Granskningen måste vara oberoende, ha tillgång till allt material och redovisas öppet."},
	{critical, 14, "Regionens ledning har förbrukat sitt förtroende. Det är dags att ta konsekvenserna."},
	{critical, 15, "Lägg alla kostnader på bordet och låt väljarna bedöma."},
	{critical, 16, "Inget nytt införande får ske förrän granskningen är klar och fullmäktige har fattat ett nytt beslut."},

	{neutral, 0, "Det finns inga enkla svar, och det bör ingen låtsas att det finns."},
	{neutral, 0, "Alla regioner som står inför ett journalbyte bör följa utvecklingen i Västkust noga."},
	{neutral, 3, "Det viktigaste nu är att vården fungerar. Ansvarsfrågorna får vänta tills fakta finns."},
	{neutral, 10, "Lärdomarna måste tas till vara – oavsett vad som händer med Aurora."},

	{supportive, 0, "Krisen får inte bli ett skäl att stoppa den digitalisering som vården behöver."},
	{supportive, 3, "Tacka medarbetarna, lär av misstagen och gå vidare."},
	{supportive, 11, "Låt granskningen göra sitt arbete – och ge sedan Aurora en ny chans under ordnade former."},
}

// debaters sign Debatt pieces; stances says which they may argue.
type debater struct {
	name, title string
	stances     string // letters c, n, s
}

var debaters = []debater{
	{"Niklas Wennberg", "ordförande, Läkarföreningen Västkust", "cn"},
	{"Eva Korpi", "ordförande, Vårdfacket Västkust", "c"},
	{"Birgitta Holm", "ordförande, Patientrådet Västkust", "c"},
	{"Mats Brandt", "oppositionsråd, Region Västkust", "c"},
	{"Lena Sandahl Öhrn", "regionstyrelsens ordförande, Region Västkust", "sn"},
	{"Sara Lindeborg", "distriktsläkare, Norrvik", "c"},
	{"Anders Fjellström", "professor i medicinsk informatik", "ns"},
	{"Maja Strandell", "undersköterska, Strandby sjukhus", "c"},
	{"Per-Olof Nyman", "pensionerad överläkare", "cn"},
	{"Ida Karimi", "it-arkitekt med erfarenhet från vårdsektorn", "nc"},
	{"Göran Wikström", "ordförande, Pensionärsföreningen Kustbygden", "c"},
	{"Hanna Sjöberg", "verksamhetschef vid en vårdcentral i Kuststaden", "n"},
	{"Fredrik Aalto", "regionråd med ansvar för digitalisering", "s"},
	{"Linnea Berggren och Omar Jaber", "skyddsombud, Strandby sjukhus", "c"},
}

// letters to the editor, written whole.
type letter struct {
	from      int
	title     string
	text      []string
	signature string
}

var letters = []letter{
	{3, "Vart ska vi åka när akuten är stängd?", []string{
		"Jag bor i Norrvik och har en make med hjärtsvikt. I går fick vi veta att ambulansen inte längre kör till Strandby.",
		"Ingen har talat om för oss hur lång tid det tar till Bergsäter en vinterkväll. Jag vill ha ett svar från regionen.",
	}, "Orolig hustru, Norrvik"},
	{5, "Tack till personalen på Strandby", []string{
		"Min pappa låg inne på Strandby sjukhus förra veckan, mitt i kaoset med journalsystemet.",
		"Personalen var trött, men aldrig otrevlig. De förtjänar all respekt, vad man än tycker om Aurora.",
	}, "Tacksam dotter, Kuststaden"},
	{6, "Min mammas provsvar försvann", []string{
		"Mamma tog blodprov på vårdcentralen i måndags. Svaret kom aldrig fram till läkaren på sjukhuset.",
		"Vi fick själva ringa runt i tre dagar. Så ska det inte behöva vara.",
	}, "Irriterad son"},
	{7, "Fyra timmar i väntrummet i Bergsäter", []string{
		"I lördags satt jag fyra timmar i väntrummet på akuten i Bergsäter med en bruten handled.",
		"Personalen gjorde sitt bästa, men det var uppenbart att de tog emot långt fler patienter än de var bemannade för.",
	}, "Patient från Strandby"},
	{8, "Lyssna på undersköterskorna", []string{
		"Jag har arbetat som undersköterska i trettio år. Ingen frågade oss vad vi behövde inför bytet.",
		"Nu är det vi som springer med papperslistorna. Lyssna på oss nästa gång.",
	}, "Undersköterska på Kustsjukhusen"},
	{9, "Vem har läst min journal?", []string{
		"Jag har skrivit till regionen och frågat om min journal var bland dem som kunde läsas av fel personer.",
		"Svaret var att loggarna gås igenom. Det räcker inte. Jag vill veta.",
	}, "Förbannad patient, Västhamn"},
	{10, "Äntligen ett vettigt beslut", []string{
		"Det tog tio dagar, men till slut valde regionen att gå tillbaka till det som fungerade.",
		"Bättre sent än aldrig. Nu hoppas jag att någon tar ansvar för de här dagarna.",
	}, "Pensionerad sjuksköterska"},
	{11, "Skäms, regionen", []string{
		"Miljarder har gått till ett journalsystem som inte fungerade, samtidigt som vårdcentralen i min by har stängt.",
		"Jag skäms över att bo i en region som behandlar sina patienter så här.",
	}, "Skattebetalare i kustbandet"},
	{12, "Ge personalen en paus", []string{
		"Nu när återgången är gjord måste regionen se till att personalen får vila.",
		"Annars kommer de att säga upp sig, och då hjälper inget journalsystem i världen.",
	}, "Anhörig till en sjuksköterska"},
	{13, "Var är politikerna?", []string{
		"Under hela krisen har vi fått höra tjänstemän förklara sig. Var har de ansvariga politikerna varit?",
		"Den som vill styra regionen måste också stå upp när det går fel.",
	}, "Trött väljare"},
	{15, "Jag litar inte längre på vården", []string{
		"Efter de här veckorna vet jag inte om jag vågar söka vård i Strandby.",
		"Det är inte personalens fel, men förtroendet är borta och det tar tid att bygga upp igen.",
	}, "Orolig sjuttioåring"},
	{17, "Var rädda om läkarna", []string{
		"Vår husläkare berättade att hon arbetade varje helg under krisen.",
		"När ska regionen börja ta hand om dem som tar hand om oss?",
	}, "Patient i Kuststaden"},
}

// columnists write krönikor; by outlet key.
var columnists = map[string]string{
	"vdop": "Elin Marklund",
	"dd":   "Jonas Ekberg",
	"svb":  "Kristina Ödman, sjuksköterska och krönikör",
}

// leaderWriters sign leaders; by outlet key.
var leaderWriters = map[string][]string{
	"vdop": {"Anna-Karin Westerlund, politisk redaktör", "Henrik Dahl, ledarskribent"},
	"kn":   {"Lars Ekman, chefredaktör"},
}
