package demofeed

// story is one news event as the outlets cover it.
//
// outlets says who covers it: lower-case letters are an outlet's own version
// (v Västsvenska Dagbladet, r Radio Väst, n Nyhetsbyrån Norden, s
// Sjukvårdsbladet, k Kuststaden Nu), upper-case V and K are copies of the
// wire version (n) printed nearly verbatim by Västsvenska Dagbladet and
// Kuststaden Nu. The i-th own version gets heads[i]; ledes and facts rotate.
type story struct {
	day     int
	outlets string
	heads   []string
	ledes   []string
	facts   []string
	who     []string // spokespersons who may be quoted
}

var stories = []story{
	// Day 0: go-live.
	{0, "vrnsK", []string{
		"Nya journalsystemet Aurora har tagits i drift på Kustsjukhusen",
		"Aurora i drift – första dygnet med nytt journalsystem",
		"Region Västkust byter journalsystem: Aurora startade i natt",
		"Stort systembyte i vården – så påverkas vårdpersonalen",
	}, []string{
		"Natten till {veckodag} stängdes det gamla journalsystemet ned, och Aurora togs i bruk på Strandby sjukhus och Norrviks lasarett.",
		"Efter flera års förberedelser har Region Västkust bytt journalsystem på Kustsjukhusen. Omkring 9 000 medarbetare ska nu arbeta i Aurora.",
	}, []string{
		"Införandet omfattar journal, läkemedel, remisser och provsvar och är det största it-projektet i regionens historia.",
		"Under de första veckorna planeras verksamheten med lägre tempo, och en del planerade besök har flyttats.",
		"Journalsystemet levereras av Nordlys Health och ska på sikt ersätta journalsystemen i hela regionen.",
	}, []string{"hsd", "lev", "sjd"}},
	{0, "rk", []string{
		"Strandby sjukhus ber patienterna ha tålamod under systembytet",
		"Längre väntetider på sjukhuset när Aurora startar",
	}, []string{
		"Den som har en tid på Strandby sjukhus de närmaste veckorna bör räkna med att besöket kan ta längre tid än vanligt.",
	}, []string{
		"Sjukhuset har bemannat upp i receptionerna och tagit in extra personal för att hjälpa patienterna rätt.",
		"Akut sjuka ska söka vård som vanligt, betonar sjukhusledningen.",
	}, []string{"sjd"}},
	{0, "s", []string{
		"Superanvändare i skift – så förbereddes personalen inför Aurora",
	}, []string{
		"Omkring 600 superanvändare finns på plats på avdelningarna under de första veckorna med det nya journalsystemet.",
	}, []string{
		"Varje medarbetare har gått en utbildning på mellan fyra och tolv timmar beroende på yrkesroll.",
		"Flera fackliga företrädare har tidigare påpekat att utbildningstiden är kort för ett så omfattande system.",
	}, []string{"vf", "cio"}},

	// Day 1: the first problems.
	{1, "rnsVK", []string{
		"Problem med inloggningen i Aurora – personal loggades ut mitt i arbetet",
		"Trögt första dygn för nya journalsystemet",
		"Inkörningsproblem i Aurora: långa köer till supporten",
	}, []string{
		"Redan under det första dygnet med Aurora hopade sig problemen på Kustsjukhusen. Medarbetare loggades ut och fick vänta länge på att komma in igen.",
		"Supportlinjerna var överbelastade under dagen när personal på Strandby sjukhus och Norrviks lasarett försökte få hjälp med det nya journalsystemet.",
	}, []string{
		"Enligt regionen rör det sig om inkörningsproblem som väntas minska under veckan.",
		"Flera avdelningar har gått över till att skriva ned uppgifter på papper och föra in dem i journalen i efterhand.",
		"Supporten har förstärkts med ett trettiotal personer från leverantören.",
	}, []string{"cio", "vf", "ssk"}},
	{1, "vks", []string{
		"Läkemedelslistor följde inte med i journalbytet",
		"Läkemedelslistorna saknas för en del patienter på Strandby sjukhus",
		"Fel i läkemedelslistorna efter bytet till Aurora",
	}, []string{
		"För en del inneliggande patienter har läkemedelslistorna inte förts över korrekt från det tidigare journalsystemet.",
		"Sjuksköterskor på Kustsjukhusen har upptäckt att läkemedelslistor saknas eller är ofullständiga i Aurora.",
	}, []string{
		"Sjuksköterskorna kontrollerar nu listorna manuellt mot de utskrifter som gjordes före bytet.",
		"Regionen uppger att inga patienter har kommit till skada.",
	}, []string{"rcl", "vf"}},

	// Day 2: lab results, referrals, double documentation.
	{2, "vrns", []string{
		"Provsvar försenas i timmar efter bytet till Aurora",
		"Labbet når inte fram – nya journalsystemet krånglar",
		"Fördröjda provsvar oroar läkarna",
		"Integrationen mot laboratoriet brister i Aurora",
	}, []string{
		"Kopplingen mellan Aurora och laboratoriets system fungerar inte som den ska. Provsvar som normalt kommer inom en timme dröjer nu i flera timmar.",
		"Läkare på Kustsjukhusen larmar om att provsvar inte dyker upp i journalen. I stället ringer laboratoriet ut svaren per telefon.",
	}, []string{
		"Regional laboratoriemedicin har infört manuella rutiner där brådskande svar lämnas per telefon.",
		"It-avdelningen arbetar med en rättning som ska installeras under natten.",
		"Enligt läkare på Strandby sjukhus har flera patienter fått vänta på besked längre än nödvändigt.",
	}, []string{"cio", "lf", "rcl"}},
	{2, "kr", []string{
		"Vårdcentralerna i Kuststaden når inte sjukhuset med sina remisser",
		"Remisser fastnar mellan vårdcentral och sjukhus",
	}, []string{
		"Remisser från vårdcentralerna i Kuststaden kommer inte fram till Strandby sjukhus sedan journalbytet.",
	}, []string{
		"Vårdcentralerna har uppmanats att ringa in brådskande remisser i stället för att skicka dem elektroniskt.",
		"Regionen säger att en lösning är på gång.",
	}, []string{"sjd", "pr"}},
	{2, "s", []string{
		"Dubbeldokumentation äter upp arbetstiden",
	}, []string{
		"Sjuksköterskor på Kustsjukhusen dokumenterar i dag både på papper och i Aurora, och många arbetspass drar över.",
	}, []string{
		"Enligt Vårdfacket Västkust har övertiden ökat kraftigt sedan journalsystemet infördes.",
		"På flera avdelningar har undersköterskor fått ta över uppgifter som sjuksköterskorna inte hinner med.",
	}, []string{"vf", "ssk"}},

	{2, "nVK", []string{
		"It-direktören: Vi ser en förbättring i Aurora",
		"Regionen: Problemen med journalsystemet minskar",
	}, []string{
		"Antalet utloggningar och låsningar i Aurora har minskat under det senaste dygnet, enligt Region Västkust.",
		"Region Västkust uppger att det nya journalsystemet fungerar stabilare nu än under de första dagarna.",
	}, []string{
		"Kopplingen mot laboratoriet är dock fortfarande ett problem.",
		"Supporten har fortfarande långa köer under morgnarna.",
	}, []string{"cio", "lf"}},

	// Day 3: the emergency department is relieved.
	{3, "vrnsK", []string{
		"Akutmottagningen i Strandby stänger för ambulanser",
		"Ambulanser styrs om från Strandby efter problemen med Aurora",
		"Akuten i Strandby avlastas – patienter hänvisas till andra sjukhus",
		"Omstyrning av ambulanser efter journalproblemen",
		"Strandbybor hänvisas till andra akutmottagningar",
	}, []string{
		"Från klockan 14 i dag styrs ambulanser om från akutmottagningen på Strandby sjukhus. Patienterna körs i stället till Bergsäters sjukhus och Universitetssjukhuset Väst.",
		"Belastningen på akutmottagningen i Strandby har blivit så stor att regionen nu hänvisar patienter till andra akutmottagningar.",
	}, []string{
		"Beslutet gäller tills vidare och omprövas varje dygn.",
		"Patienter som tar sig till akuten på egen hand blir fortfarande omhändertagna, men kan få vänta länge.",
		"Akutmottagningarna i Bergsäter och Västhamn har förstärkt bemanningen för att kunna ta emot fler patienter.",
	}, []string{"akut", "hsd", "ssk"}},
	{3, "rk", []string{
		"Så hittar du rätt om du behöver akut vård",
		"Här ska du vända dig när akuten i Strandby är avlastad",
	}, []string{
		"Medan ambulanserna styrs om från Strandby undrar många var de ska söka vård. Här är det viktigaste att veta.",
	}, []string{
		"Ring 112 vid livshotande tillstånd. För råd om var du ska vända dig kan du ringa sjukvårdsrådgivningen 1177.",
		"Vårdcentralerna i Kuststaden har förlängt sina öppettider under veckan.",
	}, []string{"akut"}},

	// Day 4: the regional special organisation; operations postponed.
	{4, "rnsVK", []string{
		"Region Västkust går upp i stabsläge efter problemen med Aurora",
		"Särskild organisation ska leda arbetet med journalkrisen",
		"Regionen samlar krafterna – stabsläge dygnet runt",
		"Stabsläge i vården: regional särskild organisation aktiveras",
	}, []string{
		"Region Västkust har aktiverat en regional särskild organisation för att samordna arbetet med problemen i det nya journalsystemet.",
		"Problemen med Aurora har nu fått regionen att gå upp i stabsläge. En särskild organisation leder arbetet dygnet runt.",
	}, []string{
		"Den särskilda organisationen har dagliga avstämningar med sjukhusen, primärvården och laboratoriet.",
		"Övriga sjukhus i regionen har ombetts förbereda sig på att ta emot fler patienter.",
	}, []string{"hsd", "rso"}},
	{4, "rks", []string{
		"Planerade operationer skjuts upp på Kustsjukhusen",
		"Hundratals operationer ställs in efter journalkaoset",
		"Operationsköerna växer när Aurora krånglar",
	}, []string{
		"Kustsjukhusen skjuter upp planerade operationer under resten av veckan för att frigöra personal till det akuta arbetet.",
		"Hundratals patienter får sina operationer uppskjutna när Kustsjukhusen prioriterar det akuta.",
	}, []string{
		"Berörda patienter kontaktas per telefon eller brev.",
		"Cancerkirurgi och annan vård som inte kan vänta genomförs som planerat.",
	}, []string{"sjd", "pr"}},

	// Day 5: unions and patients.
	{5, "nsVK", []string{
		"Vårdfacket larmar om arbetsmiljön efter journalbytet",
		"Skyddsombud kräver åtgärder – arbetsmiljön ohållbar efter Aurora",
		"Facket: Personalen går på knäna",
	}, []string{
		"Skyddsombud på Strandby sjukhus har begärt att arbetsgivaren vidtar åtgärder mot arbetsbelastningen sedan Aurora infördes.",
		"Vårdfacket Västkust beskriver en arbetsmiljö där sjuksköterskor arbetar dubbla pass och dokumenterar både på papper och i journalsystemet.",
	}, []string{
		"Arbetsgivaren måste nu svara på skyddsombudens begäran inom en viss tid.",
		"Sjukfrånvaron bland sjuksköterskorna har ökat de senaste dagarna, enligt facket.",
	}, []string{"vf", "sjd", "ssk"}},
	{5, "rk", []string{
		"Patientrådet: Oron växer bland patienterna",
		"Patienter osäkra på om deras provsvar har kommit fram",
	}, []string{
		"Patientrådet Västkust får allt fler samtal från patienter som undrar vad journalbytet betyder för deras vård.",
	}, []string{
		"Många hör av sig om provsvar och återbesök som de inte har fått besked om.",
		"Patientrådet vill att regionen öppnar en särskild telefonlinje för patienter med frågor.",
	}, []string{"pr"}},

	// Day 6: the warnings; the redirection goes on.
	{6, "vrs", []string{
		"Läkarföreningen: Vi varnade för införandet",
		"Läkare kritiska: Aurora infördes för tidigt",
		"Varningarna före införandet togs inte på allvar, menar läkarna",
	}, []string{
		"Redan i våras påpekade Läkarföreningen Västkust brister i testerna av det nya journalsystemet. Nu menar föreningen att varningarna borde ha tagits på större allvar.",
	}, []string{
		"Regionen har tidigare uppgett att systemet testades i flera omgångar och att alla kritiska fel var åtgärdade före start.",
		"Föreningen vill att regionen redovisar vilka risker som var kända när beslutet om driftstart fattades.",
	}, []string{"lf", "cio"}},
	{6, "rnVK", []string{
		"Omstyrningen av ambulanser förlängs",
		"Akuten i Strandby fortsatt avlastad",
	}, []string{
		"Trycket på akutmottagningen i Strandby minskade något under det senaste dygnet, men ambulanserna fortsätter att köras till andra sjukhus.",
	}, []string{
		"Regionen gör en ny bedömning av läget varje morgon.",
		"Väntetiderna på akutmottagningarna i Bergsäter och Västhamn har ökat sedan omstyrningen började.",
	}, []string{"akut"}},

	{6, "vrk", []string{
		"Ny telefonlinje ska svara på patienternas frågor om Aurora",
		"Regionen öppnar telefonlinje för oroliga patienter",
		"Strandbybor med frågor om journalbytet får egen telefonlinje",
	}, []string{
		"Från och med i morgon kan patienter med frågor om hur journalbytet påverkar deras vård ringa en särskild telefonlinje.",
		"Efter kritik från Patientrådet Västkust öppnar regionen en telefonlinje för patienter som undrar över sina provsvar och återbesök.",
	}, []string{
		"Linjen är öppen vardagar mellan klockan 8 och 18.",
		"Bakom linjen finns sjuksköterskor som kan se patientens uppgifter och boka om besök.",
	}, []string{"pr", "sjd"}},

	// Day 7: lex Maria.
	{7, "vrnsk", []string{
		"Patient fick fel läkemedelsdos – händelsen anmäls enligt lex Maria",
		"Allvarliga avvikelser efter journalbytet anmäls",
		"Lex Maria-anmälan efter fel i Aurora",
		"Fel dos till patient kopplas till journalsystemet",
		"Strandbypatient drabbades av fel i journalsystemet",
	}, []string{
		"En patient på Strandby sjukhus fick en felaktig läkemedelsdos sedan en ordination inte visats korrekt i Aurora. Regionen anmäler händelsen enligt lex Maria.",
		"Regionchefläkaren har beslutat att anmäla två händelser enligt lex Maria. Båda rör läkemedel och hänger enligt regionen samman med det nya journalsystemet.",
	}, []string{
		"Patienten har återhämtat sig, enligt regionen.",
		"Sedan införandet har över 400 avvikelser rapporterats i regionens avvikelsesystem.",
		"Anmälningarna skickas till Inspektionen för vård och omsorg.",
	}, []string{"rcl", "pr", "vf"}},
	{7, "rk", []string{
		"Ambulanserna kör längre – så påverkas Norrvik",
		"Längre resor för akut sjuka i norra länsdelen",
	}, []string{
		"När ambulanserna styrs bort från Strandby blir resvägen längre för patienter i Norrvik och kustbyarna.",
	}, []string{
		"Ambulanssjukvården har satt in extra bilar för att hålla nere insatstiderna.",
		"För patienter i de norra kustbyarna kan resan till Bergsäter ta över en timme.",
	}, []string{"akut"}},
	{7, "vs", []string{
		"Supportärendena har passerat 12 000",
		"Över 12 000 supportärenden sedan Aurora startade",
	}, []string{
		"Sedan Aurora togs i drift har supporten tagit emot fler än 12 000 ärenden. De flesta rör behörigheter, utskrifter och provsvar.",
	}, []string{
		"Leverantören har skickat ytterligare specialister från sitt huvudkontor.",
		"Väntetiden till supporten är fortfarande lång under förmiddagarna.",
	}, []string{"cio", "lev"}},

	// Day 8: the redirection is extended.
	{8, "vrnsK", []string{
		"Hänvisningen från akuten i Strandby förlängs veckan ut",
		"Förlängd omstyrning: ambulanserna fortsätter till Bergsäter",
		"Akutmottagningarna i regionen fortsätter avlasta Strandby",
		"Ambulanserna fortsätter köras förbi Strandby",
	}, []string{
		"Regionen förlänger hänvisningen av patienter från akutmottagningen på Strandby sjukhus. Ambulanserna fortsätter att köras till andra sjukhus åtminstone veckan ut.",
		"Övriga akutmottagningar i regionen får fortsätta ta emot patienter från Strandby. Omstyrningen förlängs.",
	}, []string{
		"Akutmottagningarna i Bergsäter och Västhamn har tagit emot omkring 40 procent fler patienter än normalt.",
		"Information om vart man ska vända sig finns hos sjukvårdsrådgivningen 1177.",
	}, []string{"akut", "hsd"}},
	{8, "vrs", []string{
		"Grannsjukhusen går på högvarv",
		"Trycket ökar på akutmottagningarna runt Strandby",
		"Bergsäter tar emot Strandbys patienter: ”Vi gör det vi kan”",
	}, []string{
		"Sedan ambulanserna började styras om från Strandby har trycket ökat kraftigt på akutmottagningen på Bergsäters sjukhus.",
	}, []string{
		"Sjukhuset har öppnat en extra vårdavdelning och skjutit upp en del planerad vård.",
		"Personal från andra kliniker har flyttats till akuten för att förstärka.",
	}, []string{"akut", "vf"}},
	{8, "k", []string{
		"Oro bland äldre i Kuststaden: ”Vet inte vart jag ska åka”",
	}, []string{
		"På seniorträffen i Strandby pratas det mest om en sak: vart man ska ta vägen om man blir akut sjuk.",
	}, []string{
		"Flera av besökarna säger att de inte har fått någon information från regionen.",
	}, []string{"pr"}},

	// Day 9: the data-protection incident.
	{9, "vrnsk", []string{
		"Journaluppgifter visades för fel personal – regionen anmäler till IMY",
		"Personuppgiftsincident i Aurora anmäls till IMY",
		"Fel i behörigheterna: tusentals journaler kunde läsas av obehöriga",
		"Dataskyddsmiss i nya journalsystemet",
		"Kuststadsbor kan ha fått sina journaler exponerade",
	}, []string{
		"Ett fel i behörighetsstyrningen gjorde att medarbetare kunde se journaluppgifter om patienter som de inte hade någon vårdrelation med. Region Västkust har anmält personuppgiftsincidenten till Integritetsskyddsmyndigheten, IMY.",
		"Under flera dagar kunde personal i Aurora komma åt journaler utanför sin egen enhet. Regionen har nu gjort en anmälan till IMY.",
	}, []string{
		"Enligt regionen kan uppgifter om uppemot 18 000 patienter ha berörts.",
		"Det finns i dag inga tecken på att uppgifterna har spridits utanför regionen.",
		"Loggarna gås nu igenom för att se vilka journaler som faktiskt öppnades.",
	}, []string{"cio", "pr"}},
	{9, "rs", []string{
		"Så kontrollerar du vem som har läst din journal",
		"Patienter kan begära logguttag efter incidenten",
	}, []string{
		"Efter personuppgiftsincidenten i Aurora kan patienter begära att få se vem som har tagit del av deras journal.",
	}, []string{
		"En begäran om logguttag görs hos vårdgivaren och ska enligt regionen hanteras skyndsamt.",
		"Den som misstänker att uppgifter har lästs utan skäl kan också vända sig till IMY.",
	}, []string{"pr"}},
	{9, "vn", []string{
		"Oppositionen kräver extra regionstyrelsemöte",
		"Krav på extrainsatt möte om Aurora",
	}, []string{
		"Oppositionen i Region Västkust vill att regionstyrelsen samlas till ett extra sammanträde om krisen kring journalsystemet.",
	}, []string{
		"Regionstyrelsens ordförande har ännu inte svarat på kravet.",
		"Ett extra möte kan tidigast hållas i början av nästa vecka.",
	}, []string{"opp", "rso"}},

	// Day 10: the decision to return to the previous systems.
	{10, "vrnsk", []string{
		"Beslut: Region Västkust återgår till tidigare journalsystem",
		"Aurora pausas – Kustsjukhusen går tillbaka till de gamla systemen",
		"Regionen drar i nödbromsen: återgång till tidigare system",
		"Återgången till de tidigare journalsystemen är beslutad",
		"Strandby sjukhus går tillbaka till gamla journalen",
	}, []string{
		"Region Västkust har beslutat att lämna Aurora och återgå till de tidigare journalsystemen på Kustsjukhusen. Från klockan sex i morgon bitti, {imorgon}, arbetar sjukhusen åter i de gamla systemen.",
		"Efter tio dagar med allvarliga problem pausas det nya journalsystemet. Kustsjukhusen återgår till de system som användes före driftstarten.",
	}, []string{
		"Avgörande för beslutet var regionchefläkarens slutsats att riskerna med att stanna kvar i Aurora nu är större än riskerna med att byta tillbaka.",
		"Den information som har registrerats i Aurora ska föras över till de tidigare journalsystemen.",
		"Ambulanserna fortsätter att styras om från Strandby under återgången.",
	}, []string{"hsd", "rcl", "vf", "lev"}},
	{10, "rs", []string{
		"Frågor och svar om återgången till det gamla journalsystemet",
		"Så går återgången till – timme för timme",
	}, []string{
		"Återgången till de tidigare journalsystemen kräver noggrann planering. Här är det viktigaste om vad som händer de närmaste dygnen.",
	}, []string{
		"Under natten fryses Aurora, och från morgonen dokumenteras allt i de tidigare systemen.",
		"Medarbetare som har anställts under hösten får en kortare utbildning i de gamla systemen.",
	}, []string{"cio"}},
	{10, "vk", []string{
		"Lättnad bland personalen efter beskedet",
		"”Äntligen” – personalen på Strandby om återgången",
	}, []string{
		"Beskedet om återgången togs emot med lättnad på avdelningarna på Strandby sjukhus.",
	}, []string{
		"Flera medarbetare beskriver de senaste tio dagarna som de tyngsta i sitt yrkesliv.",
	}, []string{"ssk", "vf"}},
	{10, "vrn", []string{
		"Politikerna kräver svar efter beslutet om återgång",
		"Regionens ordförande: Vi kommer att kräva en fullständig redovisning",
		"Politisk storm kring Aurora",
	}, []string{
		"Beslutet om återgång har satt fart på den politiska debatten. Oppositionen kräver att ansvaret utreds, och den styrande majoriteten utlovar en fullständig redovisning.",
	}, []string{
		"Frågan väntas dominera nästa sammanträde med regionfullmäktige.",
	}, []string{"rso", "opp"}},

	// Day 11: the external review; the return has begun.
	{11, "vrnsK", []string{
		"Extern granskning av Aurora-införandet tillsätts",
		"Oberoende granskare ska utreda journalhaveriet",
		"Regionen beställer extern granskning av journalsystemet",
		"Hela införandet av Aurora ska granskas",
	}, []string{
		"Region Västkust tillsätter en extern granskning av hur införandet av Aurora planerades och genomfördes.",
		"En oberoende granskning ska ta reda på varför införandet av journalsystemet misslyckades. Uppdraget omfattar allt från upphandlingen till beslutet om driftstart.",
	}, []string{
		"Granskningen ska vara klar till våren och redovisas offentligt.",
		"Den som leder granskningen ska inte ha haft någon roll i projektet.",
	}, []string{"hsd", "lf", "opp"}},
	{11, "rnVK", []string{
		"Återgången har börjat – de gamla systemen i gång sedan i morse",
		"Nu används de tidigare journalsystemen igen",
		"Första dagen efter återgången: ”Det går bättre än väntat”",
	}, []string{
		"Sedan klockan sex i morse arbetar Kustsjukhusen åter i de tidigare journalsystemen. Återgången har hittills gått enligt plan.",
		"Det första dygnet efter återgången har varit lugnt, enligt sjukhusledningen på Kustsjukhusen.",
	}, []string{
		"Vissa integrationer fungerar ännu inte, och en del information måste föras in manuellt.",
		"Sjukhusen i regionen fortsätter att avlasta Strandby veckan ut.",
	}, []string{"sjd", "cio", "akut"}},
	{11, "s", []string{
		"Frågetecken kring journaluppgifterna som stannar i Aurora",
	}, []string{
		"Vad händer med anteckningarna som skrevs i Aurora under tio dagar? Den frågan är ännu inte helt löst.",
	}, []string{
		"Uppgifterna finns kvar i Aurora och ska göras läsbara för vårdpersonalen.",
		"Enligt regionen hindrar frågan inte att sjukhusen arbetar i de tidigare systemen.",
	}, []string{"cio", "rcl"}},

	// Day 12: the accident investigation board.
	{12, "vrnsk", []string{
		"Statens haverikommission överväger att utreda journalkrisen",
		"Haverikommissionen kan granska Aurora",
		"SHK undersöker om journalhaveriet ska utredas",
		"Journalkrisen kan bli ett fall för haverikommissionen",
		"Haverikommissionen har begärt underlag om Aurora",
	}, []string{
		"Statens haverikommission, SHK, överväger att inleda en utredning av problemen med journalsystemet i Region Västkust.",
		"Haverikommissionen har begärt in underlag från regionen för att avgöra om journalkrisen ska utredas som en allvarlig händelse.",
	}, []string{
		"Haverikommissionen utreder främst olyckor inom luftfart, sjöfart och spårtrafik, men kan också utreda andra allvarliga händelser.",
		"Ett besked väntas inom några veckor.",
	}, []string{"hsd", "lf"}},
	{12, "vs", []string{
		"Hundratals avvikelser – så ser listan ut",
		"Avvikelserna efter journalbytet: över 600 rapporter",
	}, []string{
		"Sedan Aurora infördes har över 600 avvikelser rapporterats. De flesta gäller läkemedel, provsvar och remisser.",
	}, []string{
		"Regionen ska gå igenom samtliga avvikelser som en del av den externa granskningen.",
		"Ett tjugotal av avvikelserna har klassats som allvarliga.",
	}, []string{"rcl", "pr"}},

	{12, "rk", []string{
		"Hundratals samlades i manifestation för Strandby sjukhus",
		"Fackeltåg för vården i Kuststaden",
	}, []string{
		"Flera hundra personer samlades på torget i Kuststaden på kvällen för att visa sitt stöd för personalen på Strandby sjukhus.",
	}, []string{
		"Manifestationen arrangerades av Patientrådet Västkust tillsammans med lokala föreningar.",
		"Flera talare krävde att ansvaret för journalkrisen utreds.",
	}, []string{"pr", "vf"}},

	// Day 13: the staff speak; the support goes on.
	{13, "vsk", []string{
		"Personalen: Vi larmade redan under utbildningen",
		"Medarbetare berättar om veckorna med Aurora",
		"”Jag har aldrig varit så rädd för att göra fel”",
	}, []string{
		"Sjuksköterskor och undersköterskor på Kustsjukhusen beskriver veckor av oro, övertid och papperslistor.",
	}, []string{
		"Flera säger att de lyfte problemen redan under utbildningen, men att de inte fick något gehör.",
		"Nu hoppas de att den externa granskningen ska ta del av deras erfarenheter.",
	}, []string{"ssk", "vf"}},
	{13, "rnVK", []string{
		"Sjukhusen fortsätter avlasta Strandby efter återgången",
		"Fortsatt stöd till Strandby från övriga sjukhus",
	}, []string{
		"Även om återgången till de tidigare systemen har gått bra fortsätter övriga sjukhus i regionen att ta emot akuta patienter från Strandby.",
	}, []string{
		"Planen är att Strandby ska ta emot ambulanser nattetid inom kort.",
	}, []string{"akut"}},
	{13, "nVK", []string{
		"Leverantören bakom Aurora: Vi tar vår del av ansvaret",
		"Nordlys Health kommenterar återgången",
	}, []string{
		"Leverantören Nordlys Health säger att bolaget respekterar regionens beslut att pausa Aurora.",
	}, []string{
		"Avtalet med leverantören löper på tolv år och innehåller vitesklausuler, enligt regionen.",
	}, []string{"lev", "opp"}},

	// Day 14: politics; the emergency department opens at night.
	{14, "vrnk", []string{
		"Oppositionen kräver ordförandens avgång",
		"Misstroendekrav efter journalkrisen",
		"Krav på politiskt ansvar för Aurora",
		"Kuststadens politiker kräver avgång",
	}, []string{
		"Oppositionen i Region Västkust kräver att regionstyrelsens ordförande tar politiskt ansvar för haveriet med Aurora och avgår.",
	}, []string{
		"Kravet väntas behandlas på nästa möte med regionfullmäktige.",
		"Den styrande majoriteten har ställt sig bakom ordföranden.",
	}, []string{"opp", "rso"}},
	{14, "rs", []string{
		"Akuten i Strandby öppnar stegvis för ambulanser",
		"Ambulanserna börjar återvända till Strandby",
	}, []string{
		"Från i natt tar akutmottagningen på Strandby sjukhus åter emot ambulanser nattetid. Omstyrningen trappas ned stegvis.",
	}, []string{
		"Dagtid fortsätter ambulanserna tills vidare att köras till Bergsäter och Västhamn.",
	}, []string{"akut", "sjd"}},

	// Day 15: the cost.
	{15, "vrnsK", []string{
		"Aurora har kostat över 1,2 miljarder",
		"Notan för journalsystemet: miljardbelopp",
		"Så mycket kostade införandet av Aurora",
		"Återgången kostar regionen miljoner",
	}, []string{
		"Införandet av Aurora har hittills kostat Region Västkust drygt 1,2 miljarder kronor. Till det kommer kostnaderna för återgången.",
		"Journalsystemet Aurora har kostat regionen mer än en miljard kronor, visar en sammanställning.",
	}, []string{
		"Hur mycket av kostnaden som kan krävas tillbaka från leverantören är ännu oklart.",
		"Regionens revisorer har aviserat att de kommer att följa frågan.",
	}, []string{"opp", "rso"}},
	{15, "vk", []string{
		"Journalister och medborgare begär ut handlingar om Aurora",
		"Ett hundratal begäranden om allmänna handlingar om Aurora",
	}, []string{
		"Sedan krisen bröt ut har regionen tagit emot ett hundratal begäranden om att få ta del av allmänna handlingar om journalsystemet.",
	}, []string{
		"Det handlar bland annat om avtal, riskanalyser och mejl mellan projektledningen och leverantören.",
	}, []string{}},

	// Day 16: back to normal, step by step.
	{16, "vrnk", []string{
		"Kirurgin i Strandby tar emot egna patienter igen",
		"Kustsjukhusen återtar vårdflöden efter återgången",
		"Steg mot normalläge på Strandby sjukhus",
		"Patienterna flyttas tillbaka till Strandby",
	}, []string{
		"Kirurgin och hematologin på Strandby sjukhus tar nu åter emot sina egna patienter, som under krisen vårdades på andra sjukhus.",
	}, []string{
		"Under krisen har patienter från Strandby vårdats på fyra andra sjukhus i regionen.",
		"Flyttarna sker under ordnade former de närmaste dagarna.",
	}, []string{"sjd", "akut"}},
	{16, "s", []string{
		"Vad kan andra regioner lära av Aurora?",
	}, []string{
		"Flera regioner står inför byten av journalsystem. Erfarenheterna från Västkust diskuteras nu i hela vårdsverige.",
	}, []string{
		"Experter pekar på tre områden: tester, utbildning och möjligheten att backa.",
	}, []string{"lf"}},

	{16, "nVK", []string{
		"Regionens revisorer granskar styrningen av Aurora",
		"Revisorerna inleder egen granskning av journalprojektet",
	}, []string{
		"Region Västkusts förtroendevalda revisorer inleder en egen granskning av hur journalprojektet har styrts.",
	}, []string{
		"Revisorernas granskning ska pågå parallellt med den externa granskningen.",
		"Revisorerna ska bland annat titta på hur riskerna rapporterades till regionstyrelsen.",
	}, []string{"opp", "rso"}},

	// Day 17: the backlog.
	{17, "vrnsK", []string{
		"Vårdskulden växer efter journalkrisen",
		"Tusentals patienter väntar på uppskjuten vård",
		"Efter återgången: köerna har vuxit",
		"Kustsjukhusen ska beta av köerna – extra mottagningar på helger",
	}, []string{
		"Under krisen med Aurora har omkring 3 000 planerade besök och operationer skjutits upp på Kustsjukhusen.",
	}, []string{
		"Sjukhusledningen planerar extra mottagningar på kvällar och helger under vintern.",
		"Patienter som fått sin behandling uppskjuten ska kontaktas inom två veckor.",
	}, []string{"sjd", "pr"}},
	{17, "rk", []string{
		"Personalen behöver återhämtning, kräver facket",
		"Facket vill se kompensation för krisveckorna",
	}, []string{
		"Vårdfacket Västkust kräver att medarbetarna på Kustsjukhusen får kompensation för den övertid som har arbetats under krisen.",
	}, []string{
		"Enligt facket har ett hundratal medarbetare arbetat mer än 50 timmar övertid på tre veckor.",
	}, []string{"vf"}},

	// Day 18: the reviewer.
	{18, "vrns", []string{
		"Här är granskaren som ska utreda Aurora",
		"Tidigare sjukhusdirektör leder granskningen av journalhaveriet",
		"Extern granskare utsedd",
		"Granskningen av Aurora får en ledare och en tidsplan",
	}, []string{
		"Ulrika Hedvall, tidigare sjukhusdirektör i en annan region, ska leda den externa granskningen av införandet av Aurora.",
	}, []string{
		"Granskningen ska redovisas i en slutrapport i april.",
		"En delrapport om patientsäkerheten väntas redan i februari.",
	}, []string{"granskare", "hsd", "lf"}},

	{18, "rk", []string{
		"Extra mottagningar på lördagar ska korta köerna",
		"Helgmottagningar öppnar på Strandby sjukhus",
	}, []string{
		"Från och med nästa lördag öppnar Strandby sjukhus extra mottagningar för patienter vars besök sköts upp under journalkrisen.",
	}, []string{
		"Patienterna kallas i tur och ordning efter medicinsk prioritering.",
		"Personalen som arbetar på helgerna får extra ersättning.",
	}, []string{"sjd", "pr"}},

	// Day 19: the logs.
	{19, "vrnk", []string{
		"Loggkontrollen: över 2 000 journaler öppnades utanför vårdrelationen",
		"Berörda patienter får brev om personuppgiftsincidenten",
		"Incidenten i Aurora: 2 300 patienter informeras",
		"Kuststadsbor får besked om exponerade journaluppgifter",
	}, []string{
		"Regionens genomgång av loggarna visar att omkring 2 300 journaler öppnades av personal utan vårdrelation under de dagar då felet i behörighetsstyrningen fanns.",
	}, []string{
		"De berörda patienterna ska få ett brev med information under de kommande veckorna.",
		"Regionen har kompletterat sin anmälan till IMY.",
	}, []string{"cio", "pr"}},
	{19, "vs", []string{
		"Utbildningen före införandet räckte inte, visar enkät",
		"Åtta av tio läkare kände sig oförberedda inför Aurora",
	}, []string{
		"En enkät bland medlemmarna i Läkarföreningen Västkust visar att åtta av tio läkare ansåg sig otillräckligt förberedda när Aurora togs i drift.",
	}, []string{
		"Enkäten besvarades av drygt 700 läkare.",
	}, []string{"lf", "vf"}},

	{19, "rnVK", []string{
		"Haverikommissionens besked dröjer",
		"SHK väntar med beslut om utredning av Aurora",
	}, []string{
		"Statens haverikommission har ännu inte bestämt om journalkrisen i Region Västkust ska utredas.",
	}, []string{
		"Regionen har lämnat in det underlag som kommissionen har begärt.",
		"Ett besked väntas tidigast efter nyår.",
	}, []string{"hsd"}},

	// Day 20: winding down.
	{20, "vrnK", []string{
		"Stödet till Strandby trappas ned",
		"Normalläge närmar sig på akutmottagningen i Strandby",
		"Den särskilda organisationen avvecklas stegvis",
	}, []string{
		"Nu trappas stödet till Strandby sjukhus ned. Från och med nästa vecka tar akutmottagningen åter emot ambulanser dygnet runt.",
	}, []string{
		"Sjukhusen kommer att fortsätta stämma av med varandra varje vecka under vintern, även när krisorganisationen är nedlagd.",
	}, []string{"akut", "hsd"}},
	{20, "sk", []string{
		"Framtiden för Aurora oviss",
		"Vad händer nu med journalsystemet?",
	}, []string{
		"Ingen vet i dag när, eller om, Aurora kommer att tas i drift igen. Regionen vill först se resultatet av den externa granskningen.",
	}, []string{
		"Avtalet med Nordlys Health löper vidare tills vidare.",
	}, []string{"rso", "lf"}},
}
