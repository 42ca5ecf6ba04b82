# Articles of corpus_sinkhole.json: an invented cave-in of Östra Hamngatan at the corner of Kyrkogatan in central
# Göteborg on the morning of Tuesday 10 February 2026, over a leaking water main from 1926 and a forgotten brick
# culvert from the 1860s: an articulated bus falls partly into the hole, buildings are evacuated, the trams through
# the centre stop for seven weeks, the municipality's pipe maintenance and the contractor's soil survey are
# questioned, shops lose their customers, residents live in temporary flats, and Swedish cities debate their ageing
# pipes, January to May 2026.
# Each entry: (outlet, kind, published, title, text). sinkhole_build.py sorts them by time and numbers them.

AP = "Älvposten"  # local daily, with leaders and letters
FT = "Nyhetsbyrån Fyrtorn"  # wire service, also carries press releases
KB = "Kvällsblixten"  # tabloid
AN = "Anläggaren"  # trade paper for civil engineering, water and sewage, with debate articles
RB = "Radio Bryggan"  # local radio, with quotes and commentary
BB = "Butiksbladet"  # retail trade paper

N, O = "news", "opinion"

ARTICLES = [
 # --- before the cave-in ---
 (AN, N, "2026-01-13T08:00:00+01:00", "Trafikkontoret planerar spårbyte på Östra Hamngatan",
  "Trafikkontoret i Göteborgs stad ska byta spår och kontaktledningar på Östra Hamngatan mellan Kungsportsplatsen "
  "och Brunnsparken under sommaren 2026. Inför arbetet har Markbyggarna Väst AB gjort en geoteknisk undersökning av "
  "gatan. Enligt rapporten, som Anläggaren har tagit del av, gjordes sex borrningar i oktober och november. ”Marken "
  "består av fyllnadsmassor ovanpå lera, som väntat i den här delen av staden”, skriver geoteknikern Lina Öberg. "
  "Rapporten nämner inga hålrum i marken. Under gatan finns flera ledningar, bland annat en vattenledning av "
  "gjutjärn från 1926 och fiberkablar. Arbetet beräknas kosta 140 miljoner kronor, och spårvagnstrafiken ska ledas "
  "om i sju veckor."),
 (AP, N, "2026-01-16T06:00:00+01:00", "Frosten ger tjälskador i gatorna",
  "Januarikylan har gett ovanligt många tjälskador i Göteborgs gator. Trafikkontoret har sedan nyår fått in över "
  "300 felanmälningar om potthål och sprickor i asfalten, dubbelt så många som ett normalt år. – När frosten går ner "
  "i marken och vatten fryser i sprickorna lyfts beläggningen. Sedan tinar det och det bildas gropar, säger "
  "Trafikkontorets driftchef Ewa Lundin. Lagningarna görs med kallasfalt tills det blir varmare i april. Kommunen "
  "vädjar till bilister att sänka farten och till cyklister att se upp för hål i cykelbanorna."),
 (AP, N, "2026-01-20T06:00:00+01:00", "Sprickor i trapphuset oroar boende på Kyrkogatan",
  "Sedan i höstas har sprickorna i trapphuset på Kyrkogatan 42 blivit fler och längre. Nu vill de boende att någon "
  "tar reda på varför. – Det började med en tunn spricka ovanför ytterdörren. I dag får jag in två fingrar, säger "
  "Birgitta Qvist, 78, som har bott i huset sedan 1981. Flera grannar berättar att dörrar har börjat kärva och att "
  "trottoaren utanför porten har sjunkit några centimeter. Kvarteret ligger vid en av stadens gamla kanaler, som "
  "kulverterades på 1860-talet. Fastighets AB Hamnkvarteret, som äger huset, har anlitat en "
  "konstruktör. – Gamla hus i innerstaden sätter sig, det är inget ovanligt, säger förvaltaren Mikael Dahlén. "
  "Kretslopp och vatten uppger att de inte har hittat någon läcka i området."),
 (RB, N, "2026-01-27T07:40:00+01:00", "Vatten i källarna på Kyrkogatan",
  "Flera fastigheter vid korsningen Kyrkogatan–Östra Hamngatan har fått vatten i källarna den senaste veckan. Radio "
  "Bryggan har träffat Jonas Berglund, som bor på tredje våningen med sin fru och två barn. – Vi har ett "
  "källarförråd där det stod fem centimeter vatten i söndags. Det luktade inte avlopp, det var rent vatten, säger "
  "han. Enligt Kretslopp och vatten kan det handla om grundvatten efter regnet i januari. – Vi har mätt trycket i "
  "ledningsnätet och ser inget som tyder på en större läcka, säger driftchefen Tomas Wallin. Fastighetsägaren har "
  "ställt ut pumpar i två av källarna."),
 (FT, N, "2026-02-02T09:15:00+01:00", "Svenskt Vatten: ledningsnäten byts för långsamt",
  "Sveriges kommuner byter i genomsnitt ut 0,5 procent av sina vattenledningar varje år. I den takten tar det 200 "
  "år att förnya hela ledningsnätet, enligt en ny rapport från branschorganisationen Svenskt Vatten. – Många "
  "ledningar lades under efterkrigstiden och närmar sig slutet av sin livslängd. Underhållet har varit eftersatt i "
  "decennier, säger Mats Ekdahl, utredare på Svenskt Vatten. Organisationen beräknar att kommunerna behöver "
  "investera omkring 23 miljarder kronor per år fram till 2040, nästan dubbelt så mycket som i dag. I rapporten "
  "pekas Göteborg, Stockholm och Malmö ut som städer där många ledningar ligger i mark som sätter sig. Rapporten har "
  "skickats till samtliga medlemmar."),
 (AP, O, "2026-02-05T05:00:00+01:00", "Insändare: Gatan sjunker och ingen lyssnar",
  "Jag går förbi hörnet Östra Hamngatan och Kyrkogatan varje morgon på väg till jobbet. Sedan jul har det bildats en "
  "svacka i gångbanan, och asfalten har spruckit i ett mönster som liknar ett spindelnät. Jag har ringt kommunens "
  "felanmälan två gånger. Första gången fick jag höra att det var tjälskador, andra gången att ärendet var "
  "överlämnat till Trafikkontoret. Varför är det så svårt att få någon att titta på en gata som uppenbarligen "
  "håller på att sjunka? Jag hoppas att jag har fel. Men jag är inte säker. Gunnar Ehn, Haga"),
 (AN, N, "2026-02-06T08:00:00+01:00", "Ökad förbrukning uppmätt i centrala Göteborg",
  "Kretslopp och vatten har sedan november registrerat en ökad förbrukning i den mätzon som omfattar Inom "
  "Vallgraven. Skillnaden motsvarar ungefär fyra liter i sekunden, uppger förvaltningen till Anläggaren. – Det kan "
  "vara en läcka, men det kan också bero på att fler fastigheter har fått nya anslutningar. Vi har haft läcksökare "
  "ute två gånger utan att hitta något, säger driftchefen Tomas Wallin. Enligt förvaltningen ska en ny läcksökning "
  "med korrelator göras i mars. Fyra liter i sekunden blir nästan 350 kubikmeter vatten per dygn."),
 (RB, N, "2026-02-09T16:20:00+01:00", "Spårvagnsförare larmade om svacka i spåret",
  "En spårvagnsförare på linje 4 larmade i söndags Göteborgs Spårvägars trafikcentral om att spåret vid Kyrkogatan "
  "kändes ojämnt. – Det var som att köra över ett gupp som inte fanns där förra veckan, säger föraren, som vill vara "
  "anonym, till Radio Bryggan. Göteborgs Spårvägar skickade ut en banarbetare som mätte spårläget och satte ned "
  "hastigheten till 15 kilometer i timmen på sträckan. – Vi följer upp det med Trafikkontoret, som äger spåren, "
  "säger pressansvarige Oskar Nyman."),
 # --- the cave-in, Tuesday 10 February ---
 (FT, N, "2026-02-10T07:58:00+01:00", "Gata rasade i centrala Göteborg – buss fast i hålet",
  "En del av Östra Hamngatan i centrala Göteborg rasade strax före klockan åtta på tisdagsmorgonen. En ledbuss i "
  "linjetrafik har fastnat med bakre delen i hålet, uppger Räddningstjänsten Storgöteborg. Det är oklart om någon "
  "är skadad. Polisen har spärrat av området mellan Kungsgatan och Brunnsparken. Spårvagnstrafiken genom centrum är "
  "stoppad. Trafikanter uppmanas att undvika området, och Västtrafik leder om bussar och spårvagnar. Uppdatering "
  "följer."),
 (KB, N, "2026-02-10T08:12:00+01:00", "JUST NU: BUSSEN HÄNGER ÖVER STUPET",
  "Kvällsblixtens reporter är på plats på Östra Hamngatan. En ledbuss från Västtrafik hänger med bakdelen ner i ett "
  "stort hål i gatan. Passagerarna har tagit sig ut genom de främre dörrarna. – Det small och sen sjönk hela bussen "
  "bakåt. Folk skrek, säger Ellinor Sjöberg, 22, som satt längst fram. Ambulanser och räddningstjänst är på plats. "
  "Vatten forsar upp ur hålet, och gatan är täckt av lera och asfaltsbitar. Spårvagnarna står stilla från "
  "Brunnsparken till Kungsportsplatsen."),
 (RB, N, "2026-02-10T08:40:00+01:00", "Sju skadade när bussen föll ner i hålet",
  "Sju personer har förts till Sahlgrenska universitetssjukhuset efter raset på Östra Hamngatan, enligt Region "
  "Västra Götaland. Bussföraren är en av dem. – Det är inga livshotande skador, men föraren har ont i ryggen och en "
  "passagerare har brutit armen, säger räddningsledaren Magnus Ekholm till Radio Bryggan. Bussen hade 19 "
  "passagerare. Hålet är enligt räddningstjänsten ungefär tolv meter långt och sex meter djupt. – Vattnet strömmar "
  "fortfarande in. Vi vet inte om marken runt hålet håller, därför har vi utökat avspärrningen till hela kvarteret, "
  "säger Ekholm."),
 (FT, N, "2026-02-10T09:30:00+01:00", "Två hus utrymda efter gaturaset i Göteborg",
  "Polisen har utrymt två bostadshus och ett kontorshus vid korsningen Östra Hamngatan–Kyrkogatan i Göteborg sedan "
  "gatan rasat på tisdagsmorgonen. Sammanlagt berörs omkring 60 boende och 300 personer som arbetar i området. – "
  "Evakueringen sker av säkerhetsskäl. Vi vet ännu inte om husen har påverkats, säger Anna Lindqvist, "
  "presstalesperson vid polisen i Region Väst. De boende har samlats i Domkyrkoförsamlingens lokaler på "
  "Kyrkogatan. Göteborg Energi har stängt av gasen i kvarteret som en försiktighetsåtgärd. Orsaken till raset är "
  "inte klarlagd."),
 (AP, N, "2026-02-10T10:15:00+01:00", "Vattenledning från 1926 kan ligga bakom raset",
  "En läckande vattenledning kan ha spolat bort marken under Östra Hamngatan. Det säger Kretslopp och vattens "
  "förvaltningschef Helena Bergkvist till Älvposten. – Vi har en huvudledning på 600 millimeter som går längs "
  "gatan. Vi ser ett kraftigt tryckfall i den sedan klockan sju i morse, säger hon. Ledningen stängdes av vid halv "
  "nio. Omkring 2 000 hushåll och företag i city står utan vatten eller har lågt tryck. Kretslopp och vatten delar "
  "ut vatten i dunkar vid Gustaf Adolfs torg. Bergkvist vill inte spekulera i varför ledningen gick sönder. – Det är "
  "en gjutjärnsledning från 1926. Det är för tidigt att säga något om skicket på den."),
 (KB, N, "2026-02-10T11:05:00+01:00", "ELLINOR, 22: ”MARKEN FÖRSVANN UNDER FÖTTERNA”",
  "Ellinor Sjöberg, 22, var på väg till en föreläsning på Chalmers när golvet i bussen plötsligt lutade bakåt. – Jag "
  "hörde ett dån och sen kände jag hur hela bussen gled. Det var som att marken försvann under fötterna, säger hon "
  "till Kvällsblixten. Hon tog sig ut genom framdörren tillsammans med en äldre kvinna som hade tappat sin käpp. – "
  "Föraren var helt fantastisk. Han ropade att alla skulle gå framåt och öppnade dörrarna fast han själv hade ont. "
  "Ellinor klarade sig med blåmärken. Nu sitter hon på ett kafé vid Kungsportsplatsen med en filt över axlarna. – "
  "Jag kommer nog att ta spårvagnen ett tag framöver. Om den går, vill säga."),
 (FT, N, "2026-02-10T12:00:00+01:00", "Evakueringen i Göteborg kan pågå i dagar",
  "Evakueringen av tre fastigheter vid rasplatsen på Östra Hamngatan i Göteborg kan pågå i flera dagar, uppger "
  "Räddningstjänsten Storgöteborg. Sammanlagt har omkring 360 personer fått lämna bostäder och arbetsplatser. – Vi "
  "måste vara säkra på att husen står stadigt innan någon får gå tillbaka, säger räddningsledaren Magnus Ekholm. "
  "Socialtjänsten har öppnat en samlingsplats i Domkyrkoförsamlingens lokaler, och fastighetsägaren har ordnat "
  "hotell för dem som inte kan bo hos släkt eller vänner. Olyckan inträffade strax före "
  "klockan åtta på tisdagsmorgonen, när gatan gav vika under en ledbuss. Sju personer fick föras till sjukhus."),
 (AN, N, "2026-02-10T12:30:00+01:00", "Gammal kanalkulvert under rasplatsen",
  "Under Östra Hamngatan löper en kulvert av tegel från 1860-talet, byggd för att leda bort vatten när delar av "
  "kanalsystemet fylldes igen. Det bekräftar Stadsbyggnadskontoret för Anläggaren. Kulverten är ungefär 1,2 meter "
  "hög och har ett valv av tegel. – Om vatten från en läckande ledning har letat sig ner i kulverten kan det ha "
  "tagit med sig fyllnadsmassor under lång tid. Då bildas hålrum som till slut kollapsar, säger Sara Mahmoud, "
  "docent i geoteknik vid Chalmers. Enligt uppgifter till Anläggaren finns kulverten inte med i Trafikkontorets "
  "ledningskarta för gatan."),
 (RB, N, "2026-02-10T13:40:00+01:00", "Spårvagnstrafiken stoppad i centrum – ersättningsbussar sätts in",
  "All spårvagnstrafik mellan Brunnsparken och Kungsportsplatsen är inställd efter raset. Västtrafik leder om fem "
  "spårvagnslinjer och sätter in ersättningsbussar mellan Järntorget och Centralstationen. – Räkna med längre "
  "restider och trängsel hela veckan, säger Hanna Kjellberg, presschef på Västtrafik. Enligt Trafikkontoret hänger "
  "spåren i luften på en sträcka av tio meter, och kontaktledningarna har slitits ner. – Det här kommer inte att "
  "lagas på några dagar. Vi pratar veckor, säger trafikdirektören Jonas Fredén. Resenärer uppmanas att gå eller "
  "cykla i centrum om de kan."),
 (KB, N, "2026-02-10T14:30:00+01:00", "BILDERNA: SÅ SLUKADE HÅLET BUSSEN",
  "Kvällsblixtens fotograf var på plats bara minuter efter olyckan. Bilderna visar hur ledbussens bakre del ligger "
  "nere i hålet medan fronten pekar mot himlen. Runt hålet ligger asfaltsflak och sönderslitna spårvagnsspår. Ett "
  "brunnslock har slungats flera meter upp på trottoaren. – Locket flög som en frisbee när vattnet trycktes upp, "
  "säger en byggnadsarbetare som såg förloppet. Enligt Kvällsblixtens källor hade Trafikkontoret fått flera "
  "anmälningar om sjunkande asfalt på platsen de senaste månaderna."),
 (RB, N, "2026-02-10T18:00:00+01:00", "Radio Bryggan sände extra: lyssnarna berättar",
  "Radio Bryggan sände en extra timme på tisdagseftermiddagen för att lyssnarna skulle kunna berätta om raset. "
  "Telefonerna gick varma. – Jag bor på Östra Hamngatan och har sett vattnet rinna i rännstenen i flera veckor. Jag "
  "trodde att det var snö som smälte, sa en lyssnare från Inom Vallgraven. En annan, som kör spårvagn på linje 6, "
  "berättade att förarna länge har pratat om en svacka vid Kyrkogatan. Flera lyssnare var oroliga för släktingar "
  "som bor i de evakuerade husen. Räddningstjänsten uppmanar alla som har frågor att ringa 113 13 och inte åka till "
  "platsen."),
 (FT, N, "2026-02-10T19:45:00+01:00", "Bussen lyftes upp ur hålet",
  "Vid sjutiden på tisdagskvällen lyfte en mobilkran upp ledbussen ur hålet på Östra Hamngatan. Lyftet tog nästan "
  "två timmar eftersom kanten av hålet fortsatte att ge vika. – Vi var tvungna att lägga ut stålplattor för att "
  "kranen skulle stå stadigt, säger räddningsledaren Magnus Ekholm. Bussen fördes till Västtrafiks verkstad. Hålet "
  "har under dagen vuxit till omkring 15 meter i längd. Polisen har inlett en förundersökning om allmänfarlig "
  "vårdslöshet och spärrat av olycksplatsen. Ingen är misstänkt."),
 (AP, N, "2026-02-10T21:30:00+01:00", "Evakuerade boende sover på hotell",
  "De 64 boende som fick lämna sina lägenheter på Kyrkogatan och Östra Hamngatan sover i natt på hotell. Fastighets "
  "AB Hamnkvarteret står för kostnaden de första nätterna. – Vi fick tio minuter på oss. Jag tog medicinen och "
  "katten, inget mer, säger Birgitta Qvist, 78. Familjen Berglund med två barn har fått två hotellrum vid "
  "Drottningtorget. – Barnen tycker att det är spännande. Jag tycker mest att det är obehagligt att inte veta om vi "
  "har ett hem att komma tillbaka till, säger Malin Berglund. Enligt räddningstjänsten kan evakueringen bli "
  "långvarig."),
 # --- the first days ---
 (AN, N, "2026-02-11T07:30:00+01:00", "Geotekniker: hålrummet kan vara större än det syns",
  "Det synliga hålet på Östra Hamngatan kan bara vara toppen av ett större hålrum. Det säger Henrik Ståhl, "
  "geotekniker vid Statens geotekniska institut, SGI, som på onsdagen var på plats på uppdrag av Göteborgs stad. – "
  "När fyllnadsmassor spolas bort under lång tid kan det bildas håligheter på flera ställen längs kulverten. Vi "
  "måste kartlägga hela sträckan innan någon får gå nära kanterna, säger han. SGI ska använda markradar och "
  "provborrningar. Under tiden har räddningstjänsten fyllt delar av hålet med makadam för att stabilisera husen "
  "runt raset."),
 (KB, N, "2026-02-11T09:00:00+01:00", "BUSSFÖRAREN REZA: ”Jag tänkte bara på passagerarna”",
  "Bussföraren Reza Amini, 52, ligger kvar på Sahlgrenska med en skadad rygg. Till Kvällsblixten berättar han om "
  "sekunderna när gatan gav vika. – Jag hade precis stannat vid rödljuset. Sen kändes det som att någon drog bussen "
  "bakåt i ett rep. Jag tänkte bara: få ut folk, få ut folk. Amini har kört buss i Göteborg i 19 år. Han öppnade de "
  "främre dörrarna och guidade passagerarna ut, trots att han själv inte kunde stå upprätt. – Han är en hjälte, "
  "säger passageraren Ellinor Sjöberg. Själv vill Amini inte kalla sig det. – Jag gjorde mitt jobb. Men jag vill "
  "veta varför gatan rasade under mig. Någon måste ha vetat."),
 (FT, N, "2026-02-11T11:00:00+01:00", "Tusentals hushåll utan vatten i centrala Göteborg",
  "Omkring 2 000 hushåll och företag i centrala Göteborg var på onsdagen fortfarande utan vatten eller med mycket "
  "lågt tryck, sedan huvudledningen under Östra Hamngatan stängts av. Kretslopp och vatten har ställt ut tankar med "
  "dricksvatten på fyra platser, bland annat vid Stora Teatern och Kungstorget. Sahlgrenska påverkas inte. – Vi "
  "räknar med att leda om vattnet via andra ledningar inom ett dygn, säger förvaltningschefen Helena Bergkvist. "
  "Flera restauranger Inom Vallgraven har hållit stängt."),
 (RB, N, "2026-02-11T16:00:00+01:00", "Butiker i avspärrat område: ”Vi vet ingenting”",
  "Ett tjugotal butiker och kaféer ligger innanför polisens avspärrningar kring raset. Ägarna har inte fått komma "
  "in sedan i tisdags. – Vi har färska varor i kylarna, och ingen kan svara på när vi får hämta dem, säger Annika "
  "Torstensson, som driver en skobutik på Kyrkogatan. Bröderna Sami och Karim Nasser driver Café Hörnet mitt emot "
  "hålet. – Vi öppnade för åtta månader sedan. Vi har lån på allt, säger Sami Nasser. Polisen säger att "
  "fastighetsägarna ska få hämta det mest nödvändiga under torsdagen i sällskap med räddningstjänsten."),
 (AP, N, "2026-02-11T20:00:00+01:00", "Boende larmade om sprickor redan i november",
  "Boende på Kyrkogatan 42 anmälde sprickor i trapphuset och en sjunkande trottoar till både fastighetsägaren och "
  "Göteborgs stad redan i november. Det visar mejl som Älvposten har tagit del av. I ett mejl den 18 november "
  "skriver en boende att ”gångbanan har sjunkit flera centimeter och vatten står kvar i svackan även när det inte "
  "regnar”. Svaret från stadens felanmälan kom tre veckor senare: ärendet hade lämnats vidare till Trafikkontoret. "
  "– Vi tog emot anmälan och gjorde en okulär besiktning. Vi bedömde att det inte fanns någon akut risk, säger "
  "Trafikkontorets direktör Jonas Fredén. Han säger att det nu ska utredas om någon borde ha agerat annorlunda."),
 (AP, O, "2026-02-12T05:00:00+01:00", "Ledare: Ett hål i förtroendet",
  "När en gata mitt i Göteborg öppnar sig under en fullsatt buss är det ingen naturkatastrof. Det är resultatet av "
  "beslut, eller snarare av uteblivna beslut. De boende på Kyrkogatan larmade i november. Kretslopp och vatten mätte "
  "en ökad förbrukning redan före jul. Ändå hände ingenting. Nu talar politikerna om en grundlig utredning. Det är "
  "bra, men det räcker inte. Göteborgarna behöver veta hur många fler gator som vilar på gamla ledningar och "
  "bortglömda kulvertar. Frågan om ansvaret får inte försvinna i ett hål mellan förvaltningarna."),
 (FT, N, "2026-02-12T08:00:00+01:00", "SGI utreder raset i Göteborg",
  "Statens geotekniska institut, SGI, har fått i uppdrag av Göteborgs stad att utreda varför Östra Hamngatan rasade "
  "i tisdags. Utredningen ska vara klar i april. – Vi ska titta på markförhållandena, kulverten, vattenledningen och "
  "de undersökningar som har gjorts tidigare, säger Henrik Ståhl, SGI. Parallellt pågår polisens förundersökning om "
  "allmänfarlig vårdslöshet. Boverket har erbjudit stöd med bedömningar av byggnaderna. SGI har tidigare utrett "
  "liknande ras i bland annat Stockholm och Sundsvall."),
 (AN, N, "2026-02-12T09:30:00+01:00", "Markbyggarna: ”Kulverten fanns inte på våra underlag”",
  "Markbyggarna Väst AB, som i höstas gjorde den geotekniska undersökningen av Östra Hamngatan, säger att bolaget "
  "aldrig fick några uppgifter om tegelkulverten. – Vi fick Trafikkontorets ledningskarta och arbetade utifrån den. "
  "Kulverten fanns inte med, säger vd Stefan Krook till Anläggaren. Bolaget gjorde sex provborrningar, de flesta på "
  "gatans östra sida. Den närmaste låg enligt rapporten elva meter från den plats där gatan rasade. Krook vill inte "
  "kommentera om fler borrningar hade kunnat upptäcka hålrummen. – Vi lämnar över allt material till SGI och "
  "polisen. Trafikkontoret bekräftar att kulverten saknades i kartunderlaget och att arkivet inte kontrollerades "
  "före upphandlingen."),
 (BB, N, "2026-02-12T10:00:00+01:00", "Handlarna i city räknar förlusterna",
  "Raset på Östra Hamngatan slår hårt mot handeln i Göteborgs city. Enligt Svensk Handels regionchef Ingvar "
  "Sandberg har butikerna i kvarteren runt Kyrkogatan tappat mellan 40 och 70 procent av kunderna sedan i tisdags. "
  "– Spårvagnarna går inte, gatorna är avspärrade och många tror att hela innerstaden är stängd. Det är den värsta "
  "kombinationen, säger han till Butiksbladet. Flera butiksägare vittnar om tomma butiker mitt i februarirean. "
  "Sandberg vill att staden snabbt informerar om vilka gator som faktiskt är öppna."),
 (KB, N, "2026-02-12T12:00:00+01:00", "HÄR ÄR HÅLET SOM SLUKADE BUSSEN",
  "Kvällsblixten har fått se hålet på nära håll. Det är 16 meter långt, nio meter brett och sju meter djupt. På "
  "botten ligger asfaltsflak, gatsten, en trafikskylt och ett trasigt brunnslock. Ur väggarna sticker rör och "
  "kablar ut som avslitna sladdar. – Det ser ut som ett bombnedslag, säger en polis som vaktar avspärrningen. Längst "
  "ner skymtar det gamla valvet av tegel, kulverten som nu står i centrum för utredningen. Folk står tätt längs "
  "staketen och filmar med mobilerna."),
 (RB, N, "2026-02-12T15:30:00+01:00", "Boende fick hämta saker under bevakning",
  "Under torsdagen fick de evakuerade boende på Kyrkogatan 42 gå in i sina lägenheter i tio minuter var, i sällskap "
  "med personal från räddningstjänsten. – Jag tog fotoalbumen och min mammas klocka. Resten får vänta, säger Elsa "
  "Ramberg, som bor på andra våningen. Räddningstjänsten har satt upp mätare som larmar om huset sätter sig eller "
  "lutar. – Vi ser inga rörelser i fasaden i dag, men vi tar inga risker, säger räddningsledaren Magnus Ekholm. Det "
  "är fortfarande oklart när evakueringen kan hävas."),
 (FT, N, "2026-02-13T09:00:00+01:00", "Vattnet tillbaka i centrala Göteborg",
  "Samtliga hushåll i centrala Göteborg har åter normalt vattentryck, uppger Kretslopp och vatten. Vattnet leds nu "
  "förbi den skadade huvudledningen via en ledning i Södra Hamngatan. – Det är en provisorisk lösning, men den "
  "håller tills vi har lagt om ledningen på Östra Hamngatan, säger förvaltningschefen Helena Bergkvist. Någon "
  "kokningsrekommendation har inte behövts, eftersom vattnet hela tiden har hållits under tryck."),
 (RB, N, "2026-02-13T12:15:00+01:00", "Ersättningsbussarna fulla – långa köer på Järntorget",
  "Det var långa köer vid hållplatserna för ersättningsbussarna på fredagsmorgonen. På Järntorget stod ett "
  "hundratal resenärer i kö strax efter halv åtta i det kalla vädret. – Jag har stått här i tjugo minuter och två "
  "bussar har gått förbi fulla. I morgon tar jag cykeln, säger Lejla Hodžić, som jobbar på Sahlgrenska. Västtrafik "
  "har satt in fler bussar men medger att kapaciteten inte räcker i rusningstid. – Olyckligtvis finns det inte fler "
  "bussar att få tag på. Vi uppmanar alla som kan att gå, cykla eller ändra sina restider, säger presschefen Hanna "
  "Kjellberg. Många har redan gjort det. Cykelbanorna längs Allén var fulla av cyklister."),
 (AN, N, "2026-02-13T08:00:00+01:00", "Så bildades hålrummet under Östra Hamngatan",
  "Allt pekar på att vatten från den läckande huvudledningen har runnit ner i tegelkulverten genom sprickor i "
  "valvet. Med vattnet följde sand och grus från fyllningen under gatan. Det säger Sara Mahmoud, docent i geoteknik "
  "vid Chalmers, som har studerat bilder från rasplatsen. – Kulverten har fungerat som ett avlopp för "
  "fyllnadsmassorna. Sanden har förts ut mot Stora Hamnkanalen, kanske under flera månader. Kvar blev ett hålrum med "
  "en tunn skorpa av asfalt och gatsten ovanpå. Hon betonar att vattenledningen i sig kan ha varit i gott skick. "
  "– Göteborgsleran under fyllningen är stabil, men den är tät, så vattnet tar vägen genom de lösare massorna "
  "ovanför, säger hon."),
 (KB, N, "2026-02-13T17:00:00+01:00", "ANNIKAS BUTIK STÄNGD: ”Jag förlorar allt”",
  "Annika Torstensson har drivit sin skobutik på Kyrkogatan i tolv år. Sedan raset har hon inte sålt ett enda par "
  "skor. – Butiken ligger tjugo meter från hålet. Jag får inte ens gå in och hämta kassan, säger hon. Februari "
  "brukar stå för tio procent av årets försäljning. Nu räknar hon med förlorade intäkter på minst 200 000 kronor. – "
  "Försäkringen täcker inte avbrott som beror på avspärrningar. Det är som att staden har tagit min butik ifrån mig. "
  "Annika har startat en insamling på nätet som har fått 700 bidrag på ett dygn."),
 (AP, N, "2026-02-13T19:00:00+01:00", "Domkyrkan öppnar för evakuerade",
  "Domkyrkoförsamlingen håller församlingshemmet vid Kyrkogatan öppet dygnet runt för de evakuerade. Där finns "
  "kaffe, mat och präster och diakoner att prata med. – Många vill framför allt få sitta ner och berätta. Det är en "
  "chock att förlora sitt hem en vanlig morgon, säger kyrkoherden Maria Lindell. Svenska kyrkan samarbetar med "
  "Göteborgs Stadsmission och socialtjänsten, som hjälper familjer att hitta tillfälliga lösningar. Under helgen "
  "håller Domkyrkan en stilla andakt för alla som har berörts av raset."),
 (RB, O, "2026-02-14T08:00:00+01:00", "Kommentar: Göteborg vilar på lera och tur",
  "Det är något särskilt med Göteborg. Staden är byggd på lera, på igenfyllda kanaler och på förhoppningen att det "
  "som ligger under gatorna håller lite till. I veckan tog turen slut på Östra Hamngatan. Det ska sägas: ingen dog. "
  "Det var en bussförare som höll huvudet kallt och en portion ren tur. Men tur är ingen strategi. När Radio Bryggan "
  "frågar politikerna hur mycket som behöver göras får vi svar som ”vi ska se över” och ”det är för tidigt att "
  "säga”. Det är inte för tidigt. De boende larmade i november. Nu är det februari. Johan Ekström, Radio Bryggans "
  "kommentator"),
 (KB, O, "2026-02-14T10:00:00+01:00", "Krönika: Vi har byggt våra städer på lånad tid",
  "Jag minns när jag flyttade till Göteborg och någon berättade att hela stan står på lera. Jag trodde att det var "
  "ett skämt. I tisdags såg jag bilderna på bussen som hängde ner i marken och förstod att det inte var det. Vi "
  "svenskar är stolta över vårt vatten ur kranen och våra spårvagnar som går i tid. Men under asfalten ligger rör "
  "från mellankrigstiden, tegelkulvertar som ingen har ritat in på kartan och ett underhåll som har skjutits upp i "
  "generationer. Vi har byggt våra städer på lånad tid. Nu börjar räkningen komma. Den som tror att det bara gäller "
  "Göteborg har inte kollat sina egna gator. Lotta Vinberg"),
 (FT, N, "2026-02-15T14:00:00+01:00", "Hålet har stabiliserats – nu börjar grävarbetet",
  "Räddningstjänsten Storgöteborg lämnade på söndagen över ansvaret för rasområdet till Trafikkontoret. Hålet har "
  "fyllts med omkring 900 kubikmeter makadam och bedöms nu vara stabilt. – Nu kan vi börja gräva fram kulverten och "
  "den skadade vattenledningen på ett säkert sätt, säger Jonas Fredén, direktör för Trafikkontoret. Arbetet pågår "
  "dygnet runt, även nätter och helger. Trafikkontoret har anlitat entreprenören Västbygg Anläggning AB. Enligt "
  "Fredén kan det dröja minst sex veckor innan spårvagnarna kan gå igen."),
 (AP, N, "2026-02-16T06:00:00+01:00", "Familjerna får flytta till tillfälliga lägenheter",
  "De evakuerade hushållen från Kyrkogatan 42 kommer inte att kunna flytta hem på flera månader. Fastighets AB "
  "Hamnkvarteret erbjuder nu tillfälligt boende i möblerade lägenheter i Johanneberg och på Heden. – Det är bättre "
  "än hotell, framför allt för barnfamiljerna, säger förvaltaren Mikael Dahlén. Huset måste förstärkas med nya pålar "
  "innan någon kan flytta tillbaka, enligt en konstruktör som har besiktigat grunden. För Birgitta Qvist, 78, är "
  "beskedet tungt. – Jag har bott här i 45 år. Jag vill dö i min egen lägenhet, inte i någon annans."),
 (BB, N, "2026-02-16T09:00:00+01:00", "Citybutikerna kräver ersättning av staden",
  "Ett sextiotal butiker och restauranger i Göteborgs city har gått samman och kräver att staden ersätter deras "
  "förluster efter raset på Östra Hamngatan. – Det är inte vi som har skött ledningarna. Då ska inte vi betala, "
  "säger Sami Nasser, som driver Café Hörnet tillsammans med sin bror Karim. Gruppen har anlitat advokaten Lena "
  "Holm. Hon menar att kommunen kan bli skadeståndsskyldig om det visar sig att varningssignaler har ignorerats. "
  "Göteborgs stad har ännu inte svarat på kravet men har utlovat ett möte med handlarna nästa vecka."),
 (KB, N, "2026-02-16T18:30:00+01:00", "EXPERTEN: ”Fler gator kan rasa”",
  "Raset på Östra Hamngatan är inte unikt. Det menar Sara Mahmoud, docent i geoteknik vid Chalmers. – Det finns "
  "flera platser i Göteborg där gamla kulvertar och läckande ledningar ligger i samma gata. Vi vet helt enkelt inte "
  "var alla hålrum finns under marken, säger hon till Kvällsblixten. Hon jämför med Stockholm, där slukhål har "
  "öppnat sig i Vasastan, och med Malmö, där en gång- och cykelbana sjönk ihop förra året. – Det är ett tecken på "
  "att vi har ärvt en infrastruktur som vi inte längre har koll på."),
 (FT, N, "2026-02-17T10:00:00+01:00", "Kulverten saknades på stadens kartor",
  "Tegelkulverten under Östra Hamngatan fanns inte med i Göteborgs stads digitala ledningskarta, bekräftar "
  "Stadsbyggnadskontoret. Kulverten byggdes på 1860-talet och finns bara på handritade kartor i Stadsarkivet. – När "
  "kartorna digitaliserades på 1990-talet fördes inte alla gamla kulvertar över. Vi vet inte hur många det gäller, "
  "säger stadsingenjören Karin Wester. Stadsbyggnadskontoret ska nu gå igenom arkivet för hela innerstaden och "
  "jämföra de gamla ritningarna med dagens ledningskartor."),
 (AN, N, "2026-02-17T08:00:00+01:00", "Trädrötter i ledningarna – ett växande problem",
  "Trädrötter som tränger in i skarvarna är en av de vanligaste orsakerna till läckor i äldre ledningar, visar en "
  "sammanställning från Svenskt Vatten. Särskilt utsatta är ledningar i gator med alléer. – Rötterna söker sig till "
  "fukten. En liten läcka räcker för att en rot ska hitta in, och sedan vidgar den skarven år för år, säger "
  "VA-konsulten Jenny Ahl. I Göteborg har lindarna längs Kungsportsavenyn och Allén varit ett känt problem. "
  "Kretslopp och vatten säger att det inte finns några träd i närheten av läckan på Östra Hamngatan. Där pekar i "
  "stället allt mot sättningar och rost."),
 (RB, N, "2026-02-17T16:40:00+01:00", "Politikerna bråkar om ansvaret för raset",
  "Oppositionen i Göteborg kräver att kommunstyrelsens ordförande Lena Ahlström (S) tar ansvar för raset på Östra "
  "Hamngatan. – Det har funnits varningar sedan november. Någon har sovit vid ratten, säger Martin Wikström (M), "
  "oppositionsråd. Ahlström avvisar kritiken. – Vi ska inte leta syndabockar förrän SGI och polisen har gjort sitt. "
  "Men jag kan lova att vi kommer att gå till botten med det här, säger hon till Radio Bryggan. Frågan väntas bli en "
  "av de stora i valrörelsen inför valet i september."),
 (AN, O, "2026-02-18T08:00:00+01:00", "Debatt: Ledningsnätet är Sveriges osynliga skuld",
  "Raset i Göteborg är en påminnelse om något som vi i branschen har sagt länge: Sveriges ledningsnät är i dåligt "
  "skick och förnyelsetakten är alldeles för låg. Med dagens takt byts en vattenledning ut vart 200:e år. Ingen "
  "ledning håller så länge. Det eftersatta underhållet är en skuld som vi skickar vidare till våra barn. Vi föreslår "
  "tre saker: en nationell plan för förnyelse av VA-nät, statliga medel till kommuner med de största behoven och krav "
  "på att alla ledningar och kulvertar ska finnas i digitala kartor. Kostnaden är stor. Men den är mindre än "
  "kostnaden för nästa ras. Mats Ekdahl, utredare, och Pernilla Roos, ordförande, Svenskt Vatten"),
 (RB, N, "2026-02-18T12:00:00+01:00", "Bageriet som fortsätter baka trots raset",
  "Bageriet Vetekornet på Kyrkogatan ligger precis utanför avspärrningen och har haft öppet hela tiden. Men "
  "kunderna är färre. – Vi bakar samma mängd bröd varje morgon, men i dag skänker vi hälften till Stadsmissionen, "
  "säger ägaren Maja Fors. Hon har börjat sälja brödet från en cykelvagn vid Kungsportsplatsen för att nå dem som "
  "går förbi. – Det fungerar. Folk vill handla lokalt när de ser att vi kämpar. Räddningstjänsten och arbetarna i "
  "schaktet hämtar frukost hos henne varje morgon."),
 (KB, N, "2026-02-18T20:00:00+01:00", "HON VAR PÅ VÄG ÖVER GATAN – SEKUNDER FRÅN DÖDEN",
  "Fatima Osman, 34, stod vid övergångsstället när asfalten framför henne öppnade sig. – Jag hade foten på kanten. "
  "Om jag hade tagit ett steg till hade jag åkt med, säger hon. Hon drog tillbaka sin sexårige son i armen och "
  "sprang. Nu har hon svårt att sova. – Varje natt ser jag bussen som glider ner i hålet. Jag har inte åkt buss "
  "sedan dess. Fatima har fått en tid hos en psykolog via företagshälsovården. Hon undrar hur länge det har funnits "
  "ett hål under gatan utan att någon märkte något."),
 (AP, N, "2026-02-19T06:00:00+01:00", "Hamnkvarterets hus kan behöva pålas om",
  "Konstruktörer har hittat sättningar på upp till fyra centimeter i fasaden på Kyrkogatan 42, tydligast på husets "
  "östra gavel. Huset, som byggdes 1889, står på träpålar i leran. – När grundvattnet sjunker kan pålarna ruttna. "
  "Raset har påverkat både marken och grundvattennivån, säger konstruktören Erik Malmberg. I källaren har vatten "
  "stått en halvmeter djupt. Fastighetsägaren räknar med att förstärkningen tar minst fyra månader. Under tiden står "
  "de 31 lägenheterna tomma. De tre butikerna i bottenvåningen kan sannolikt öppna tidigare, med ingång från Södra "
  "Hamngatan."),
 (FT, N, "2026-02-19T15:00:00+01:00", "Polisen förhör entreprenör efter raset",
  "Polisen har hållit förhör med företrädare för Markbyggarna Väst AB, som gjorde den geotekniska undersökningen av "
  "Östra Hamngatan i höstas. Även tjänstemän på Trafikkontoret och Kretslopp och vatten ska höras. – Det är en "
  "rutinåtgärd. Vi vill förstå vilka undersökningar som gjordes och vilken information som fanns, säger "
  "förundersökningsledaren Anders Krantz vid polisen. Ingen har delgetts misstanke om brott. Förundersökningen "
  "gäller allmänfarlig vårdslöshet och vållande till kroppsskada."),
 (RB, N, "2026-02-20T08:00:00+01:00", "Natten i hålet: ”Vi gräver i lera och tegel”",
  "Klockan är tre på natten och strålkastarna lyser upp schaktet på Östra Hamngatan. Sex arbetare från Västbygg "
  "Anläggning står på botten och frilägger det som återstår av tegelkulverten. – Det är som arkeologi. Vi hittar "
  "gammalt porslin, rör från trettiotalet och en massa lera, säger arbetsledaren Patrik Sandén. – Det svåraste är "
  "vattnet. Grundvattnet tränger in hela tiden, så vi pumpar dygnet runt. Arbetet pågår alla nätter den här veckan. "
  "Boende i kvarteret bredvid har klagat på bullret, men Trafikkontoret har fått dispens från Miljöförvaltningen."),
 (BB, N, "2026-02-20T10:00:00+01:00", "Kunderna uteblir – även långt från hålet",
  "Det är inte bara butikerna närmast rasplatsen som drabbas. Enligt en enkät från Svensk Handel har omsättningen "
  "Inom Vallgraven sjunkit med i snitt 35 procent sedan den 10 februari. – Kunderna tror att hela city är avstängt. "
  "Och de som bor i förorterna kan inte ta spårvagnen in, säger Ingvar Sandberg, Svensk Handel. I Nordstan har "
  "antalet besökare däremot ökat med tio procent. – Folk åker dit i stället, eftersom det går bussar hela vägen, "
  "säger köpcentrumets vd Camilla Ek. Handlarna Inom Vallgraven vill nu att staden bekostar gratis parkering och "
  "extra bussar i helgerna."),
 (FT, N, "2026-02-20T15:00:00+01:00", "Kablarna under Östra Hamngatan lagade",
  "Göteborg Energi har lagat de el- och fiberkablar som slets av vid raset på Östra Hamngatan. Kablarna låg i ett "
  "gemensamt rör under gatan och skadades när marken gav vika. – Kabeln för fjärrvärmens styrsystem tog längst tid "
  "eftersom den låg under vattnet i hålet, säger Göteborg Energis presschef Per Almqvist. Omkring 400 företag Inom "
  "Vallgraven har varit utan fast internet sedan tisdagen. Nu är även fibernätet i kvarteret i drift igen."),
 (AP, O, "2026-02-21T05:00:00+01:00", "Insändare: Vi evakuerade är inte glömda, hoppas jag",
  "Jag är en av dem som fick lämna Kyrkogatan 42 den 10 februari. Jag vill tacka Domkyrkoförsamlingen, personalen "
  "på hotellet och alla grannar som har hjälpt till. Men jag vill också fråga: vem tar ansvar nu? Fastighetsägaren "
  "säger att staden bär skulden. Staden säger att utredningen måste bli klar. Under tiden bor jag i en lägenhet i "
  "Johanneberg med andras möbler och andras tavlor. Jag betalar fortfarande hyra för mitt riktiga hem. Det är som "
  "att leva i ett väntrum. Elsa Ramberg, tillfälligt i Johanneberg"),
 (KB, O, "2026-02-21T10:00:00+01:00", "Krönika: Göteborg har nått bottnen",
  "Jag trodde att stadens politiker hade nått bottnen när spårvagnarna stod stilla i snön förra vintern. Jag hade "
  "fel. Nu har bottnen bokstavligen gått ur en gata mitt i city. Det mest provocerande är inte själva hålet, utan "
  "tystnaden efteråt. Kretslopp och vatten skyller på personalbrist, Trafikkontoret skyller på kartorna och "
  "kommunstyrelsen väntar på SGI. Under tiden får en 78-årig kvinna bo i en främmande lägenhet och ett kafé varsla "
  "sin personal. Göteborg, ni har ett ansvar. Ta det. Lotta Vinberg"),
 (KB, N, "2026-02-22T12:00:00+01:00", "TRAFIKKAOS I CITY – BILKÖER I TIMMAR",
  "Avspärrningarna runt raset har skapat långa bilköer i hela centrala Göteborg. På lördagen stod trafiken still på "
  "Södra vägen och i Götatunneln. – Jag har suttit i kö i 40 minuter för att åka två kilometer, säger "
  "taxichauffören Rolf Ahlgren. Trafikkontoret har stängt Kyrkogatan och delar av Kungsgatan för biltrafik och "
  "leder om bussarna via Norra Hamngatan och Stora Nygatan. Polisen uppmanar bilister att undvika city. Samtidigt "
  "har cyklisterna fått en ny tillfällig cykelbana längs Östra Hamngatans västra sida."),
 (FT, N, "2026-02-23T11:00:00+01:00", "Regeringen följer raset i Göteborg",
  "Regeringen följer utvecklingen efter raset på Östra Hamngatan i Göteborg, uppger Landsbygds- och "
  "infrastrukturdepartementet. – Vattenförsörjning och avlopp är kommunernas ansvar, men staten har ett intresse av "
  "att infrastrukturen i våra städer är säker, säger en pressekreterare. Oppositionen i riksdagen kräver ett "
  "statligt investeringsstöd för förnyelse av ledningsnät. Frågan väntas tas upp i riksdagens trafikutskott i mars. "
  "Boverket och SGI har fått i uppdrag att ta fram en gemensam lägesbild över risken för ras i tätorter."),
 (AN, N, "2026-02-24T08:00:00+01:00", "Läckan hittad: skarv hade glidit isär",
  "Arbetarna som frilägger huvudledningen under Östra Hamngatan har hittat läckan. En skarv mellan två "
  "gjutjärnsrör har glidit isär flera centimeter, troligen på grund av sättningar i marken. – Det var inget "
  "klassiskt rörbrott. Hålet i skarven är inte stort, men med sex bars tryck blir det en kraftig stråle som kan ha "
  "pågått i månader, säger Tomas Wallin, driftchef på Kretslopp och vatten. Rören var täckta av rost på utsidan men "
  "i övrigt i hyggligt skick. Den skadade delen ska skickas till RISE för analys. Det nya röret är av segjärn och "
  "ska kopplas in i slutet av veckan."),
 (RB, N, "2026-02-25T07:30:00+01:00", "Café Hörnet tvingas varsla",
  "Café Hörnet på Kyrkogatan varslar sina fyra anställda. Sedan raset har kaféet legat innanför avspärrningarna, och "
  "bröderna Nasser har inte kunnat öppna en enda dag. – Vi har betalat hyra och löner i två veckor utan en krona in. "
  "Banken vill inte ge oss mer lån, säger Karim Nasser till Radio Bryggan. Han och brodern har sökt hjälp hos "
  "Göteborgs stad, som nu utreder ett tillfälligt stöd till drabbade företag. – Vi vill inte ha allmosor. Vi vill "
  "bara få öppna, säger Karim Nasser."),
 (KB, N, "2026-02-26T19:00:00+01:00", "REZA HEMMA IGEN: ”Jag vill köra igen”",
  "Två veckor efter raset har bussföraren Reza Amini kommit hem från sjukhuset. Ryggen är fortfarande stel och han "
  "går med käpp. – Läkarna säger att det tar ett halvår. Men jag vill köra igen, det är mitt yrke, säger han till "
  "Kvällsblixten. Västtrafik har gett Amini ett diplom för hans insats. Han har också fått hundratals brev och mejl "
  "från passagerare och okända. – En tjej skrev att jag räddade hennes mormors liv. Jag grät när jag läste det."),
 (AP, N, "2026-02-27T06:00:00+01:00", "Kretslopp och vatten visste om ökad förbrukning",
  "Kretslopp och vatten registrerade i december att förbrukningen i mätzonen Inom Vallgraven hade ökat med "
  "motsvarande fyra liter i sekunden – utan att hitta läckan. Det framgår av interna dokument som Älvposten har "
  "tagit del av. I en internrapport från den 12 januari står att ”läckaget kan vara betydande och bör lokaliseras "
  "skyndsamt”. Läcksökningen sköts ändå upp till mars på grund av personalbrist. – I efterhand kan vi konstatera att "
  "vi borde ha prioriterat annorlunda, säger förvaltningschefen Helena Bergkvist. Hon säger att förvaltningen har 14 "
  "tjänster för läcksökning men att bara nio är tillsatta."),
 (BB, N, "2026-02-27T09:00:00+01:00", "Staden lovar stöd till handlarna – men inte till alla",
  "Göteborgs stad inför ett tillfälligt stöd till företag inom avspärrningen kring Östra Hamngatan. Företag som har "
  "tappat mer än hälften av omsättningen kan få ersättning för fasta kostnader som hyra och el, upp till 300 000 "
  "kronor. – Det här är inget erkännande av skuld. Det är ett sätt att hålla liv i en viktig del av innerstaden, "
  "säger kommunstyrelsens ordförande Lena Ahlström (S). Handlarna är inte nöjda. – Ersättningen täcker inte "
  "förlorade intäkter. Den täcker bara kostnaderna, säger Annika Torstensson, som driver en skobutik på Kyrkogatan. "
  "Butiker utanför avspärrningen, som också har tappat kunder, får ingenting."),
 # --- March: pipes, trams, shops ---
 (FT, N, "2026-03-02T10:00:00+01:00", "Ny vattenledning på plats under Östra Hamngatan",
  "Kretslopp och vatten har kopplat in en ny huvudledning av segjärn under Östra Hamngatan. Den provisoriska "
  "förbiledningen i Södra Hamngatan kan därmed tas ur drift. – Det nya röret klarar högre tryck och har flexibla "
  "skarvar som tål sättningar, säger driftchefen Tomas Wallin. Det arbete som återstår gäller kulverten, som ska "
  "gjutas igen med betong, och återuppbyggnaden av gatan och spåren. Västtrafik räknar med att spårvagnstrafiken "
  "kan återupptas tidigast i slutet av mars."),
 (AP, N, "2026-03-02T06:00:00+01:00", "Medlen för ledningsförnyelse har halverats sedan 2015",
  "Göteborgs stad har nästan halverat medlen för förnyelse av vattenledningar sedan 2015, räknat i fast "
  "penningvärde. Det visar Älvpostens granskning av stadens budgetar. Medlen har i stället gått till nya ledningar i "
  "växande stadsdelar, till exempel på Hisingen och i Frihamnen. – Det är lättare att få pengar till det nya än till "
  "det gamla. Ett rör som inte läcker syns inte, säger Tomas Wallin, driftchef på Kretslopp och vatten. Under samma "
  "period har antalet läckor ökat med 30 procent. Kommunstyrelsens ordförande Lena Ahlström (S) säger att budgeten "
  "ska ses över inför 2027."),
 (RB, N, "2026-03-03T16:00:00+01:00", "Cyklisterna vinnare när spårvagnarna står",
  "Antalet cyklister över Kungsportsbron har ökat med nästan 60 procent sedan raset, visar Trafikkontorets "
  "mätningar. – Jag cyklade aldrig på vintern förut. Nu är det snabbare än ersättningsbussen, säger Jakob "
  "Hellström, som pendlar från Majorna. Cykelställen vid Kungsportsplatsen är fulla varje morgon, och Styr & Ställ "
  "har ökat antalet cyklar i centrum. I rusningstid bildas det kö av cyklister på bron. – Det är kul att se. Men "
  "vi måste komma ihåg att cyklarna inte ersätter spårvagnen för den som är äldre eller har små barn, säger trafikplaneraren Emilia Stål."),
 (AN, N, "2026-03-04T08:00:00+01:00", "Entreprenörens undersökning hade för få borrpunkter",
  "Den geotekniska undersökningen av Östra Hamngatan, som Markbyggarna Väst AB gjorde hösten 2025, följde inte "
  "branschens rekommendationer. Det menar två oberoende geotekniker som Anläggaren har låtit granska rapporten. – Sex "
  "borrpunkter på 300 meter gata i ett område med kända fyllnadsmassor är för lite. Jag hade räknat med minst 15, "
  "säger en av dem, Lars Wennberg, tidigare vid SGI. Ingen av borrpunkterna låg närmare än elva meter från "
  "kulverten. Markbyggarnas vd Stefan Krook säger att omfattningen bestämdes av beställaren. – Vi gjorde den "
  "undersökning vi blev beställda att göra. Trafikkontoret valde det billigaste anbudet."),
 (KB, N, "2026-03-05T20:00:00+01:00", "AVSLÖJAR: Varnades för hålrum redan 2019",
  "Redan 2019 varnade en konsultrapport för att gamla kulvertar Inom Vallgraven kunde leda till hålrum i marken. "
  "Rapporten, som Kvällsblixten har tagit del av, beställdes av dåvarande Kretslopp och vatten men ledde aldrig till "
  "några åtgärder. – Rapporten lades i en låda. Ingen budget följde med, säger en tidigare tjänsteman som vill vara "
  "anonym. Enligt Kvällsblixtens källor pekas tolv gator ut som särskilt riskabla i rapporten. Östra Hamngatan är "
  "en av dem. Helena Bergkvist, förvaltningschef sedan 2022, säger att hon inte kände till rapporten."),
 (AP, N, "2026-03-06T06:00:00+01:00", "Evakuerade får bo kvar i tillfälliga lägenheter till sommaren",
  "De boende på Kyrkogatan 42 får inte flytta hem förrän tidigast i juni. Grundförstärkningen av huset har visat sig "
  "mer omfattande än väntat, uppger Fastighets AB Hamnkvarteret. Samtliga 31 hushåll erbjuds att bo kvar i sitt "
  "tillfälliga boende till dess. – Vi har förståelse för att det är tungt. Men vi kan inte släppa in någon förrän "
  "huset är säkert, säger förvaltaren Mikael Dahlén. Hyresgästföreningen kräver att hyran sätts ned till noll under "
  "hela evakueringen och att de boende får ersättning för extra resor och kostnader."),
 (BB, O, "2026-03-06T09:00:00+01:00", "Debatt: Låt inte raset tömma city",
  "När spårvagnarna står och gatorna är avspärrade flyttar kunderna till köpcentrum och nätet. En del av dem kommer "
  "aldrig tillbaka. Det visste vi redan före raset på Östra Hamngatan, men nu ser vi det i realtid. Göteborgs stad "
  "måste ta ansvaret för att city överlever. Det betyder ersättning till drabbade handlare, sänkta "
  "parkeringsavgifter och ett löfte om att nästa stora ledningsarbete planeras tillsammans med oss som har butiker i "
  "området. Ingen handlare ska behöva läsa i tidningen att deras gata stängs i sju veckor. Ingvar Sandberg, "
  "regionchef, Svensk Handel Göteborg"),
 (FT, N, "2026-03-07T12:00:00+01:00", "Manifestation för bättre underhåll av ledningar",
  "Omkring 800 personer deltog på lördagen i en manifestation på Gustaf Adolfs torg för bättre underhåll av "
  "Göteborgs vatten- och avloppsledningar. Bakom manifestationen står Hyresgästföreningen, Svensk Handel och flera "
  "lokala föreningar. – Vi kräver en plan för hur staden ska ta igen det eftersatta underhållet. Inte fler "
  "utredningar, säger Hanna Björk från Hyresgästföreningen. Talarna krävde också att de drabbade butikerna och de "
  "boende på Kyrkogatan ska få full ersättning. Polisen rapporterar inga störningar."),
 (RB, O, "2026-03-09T08:00:00+01:00", "Kommentar: Varför ska handlarna betala för stadens rör?",
  "Jag har pratat med ett tjugotal handlare på Kyrkogatan och Östra Hamngatan de senaste veckorna. Nästan alla "
  "säger samma sak: de har inte råd att vänta på utredningar. Café Hörnet har varslat. En skobutik som har funnits "
  "i tolv år funderar på att lägga ner. Och stadens stöd täcker bara fasta kostnader, inte förlorade intäkter. Det "
  "är rimligt att kommunen vill vänta på SGI innan den erkänner skuld. Men de här företagarna har inte orsakat "
  "något. De har bara haft oturen att ligga ovanför en läckande ledning som staden själv ansvarar för. Johan "
  "Ekström, Radio Bryggan"),
 (AN, N, "2026-03-10T08:00:00+01:00", "Kulverten gjuts igen – 200 kubikmeter betong",
  "Den skadade tegelkulverten under Östra Hamngatan fylls nu med betong. Sammanlagt går det åt omkring 200 "
  "kubikmeter. Dagvattnet som kulverten tidigare ledde bort tas i stället om hand av en ny ledning av plast, som "
  "läggs i samma schakt som vattenledningen. – Kulverten har gjort sitt. Det finns ingen anledning att försöka "
  "reparera ett 160 år gammalt valv, säger projektledaren Anneli Forsberg på Trafikkontoret. I veckan rotade en "
  "grävskopa fram ett av kulvertens gamla inlopp. Arbetet sker i etapper för att inte belasta marken för mycket. "
  "Parallellt inventerar Stadsbyggnadskontoret andra kulvertar i innerstaden."),
 (KB, N, "2026-03-11T18:00:00+01:00", "HÄR BOR FAMILJEN BERGLUND EFTER RASET",
  "Malin och Jonas Berglund och deras två döttrar bor sedan fyra veckor i en möblerad trea på Heden. Lägenheten är "
  "fin, men den är inte deras. – Barnen frågar varje kväll när vi ska hem. Vi vet inte vad vi ska svara, säger "
  "Malin Berglund. Familjen har fått åka tillbaka till Kyrkogatan två gånger för att hämta kläder och leksaker, med "
  "hjälm på huvudet och en brandman bredvid sig. – Tjejerna ville se sina rum. Vi fick säga nej. Taket i "
  "barnrummet har en spricka rakt över sängen. Fastighetsägaren betalar boendet, men familjen får själv stå för "
  "resor och mat ute. Den yngsta dottern är olycklig varje kväll. – Vi har gått back flera tusen kronor i månaden."),
 (FT, N, "2026-03-12T09:00:00+01:00", "Trafikkontoret: spårvagnarna tillbaka den 30 mars",
  "Spårvagnstrafiken på Östra Hamngatan väntas återupptas måndagen den 30 mars, uppger Trafikkontoret i Göteborgs "
  "stad. Då har nya spår och kontaktledningar lagts på en provisorisk bädd av betongplattor. – Den permanenta "
  "återuppbyggnaden av gatan görs i sommar, när trafiken ändå är lägre, säger direktören Jonas Fredén. Västtrafik "
  "meddelar att ersättningsbussarna går som vanligt till och med den 29 mars. Hållplatsen vid Kungsportsplatsen "
  "öppnar samtidigt som spårvagnarna."),
 (BB, N, "2026-03-13T10:00:00+01:00", "Butikskedjor lämnar Kyrkogatan",
  "Två klädkedjor har sagt upp sina lokaler på Kyrkogatan efter raset, uppger fastighetsägaren Hamnkvarteret. – Det "
  "är en signal om att kvarteret har tappat sin attraktionskraft. Det tar år att vinna tillbaka kunderna, säger "
  "Ingvar Sandberg på Svensk Handel. Samtidigt flyttar små butiker in där kedjorna har lämnat. Ett antikvariat och "
  "en ateljé har skrivit kontrakt på korta hyresavtal. – Hyrorna har sjunkit med en tredjedel. För oss är det ett "
  "läge som inte kommer tillbaka, säger antikvariatets ägare Oskar Lindgren."),
 (AP, O, "2026-03-14T05:00:00+01:00", "Ledare: Rost, lera och politisk tystnad",
  "Det börjar klarna vad som hände under Östra Hamngatan. En skarv i ett gjutjärnsrör från 1926 gled isär. Vatten "
  "rann i månader ner i en kulvert som ingen hade på kartan. Kretslopp och vatten såg förbrukningen öka men hade "
  "inte folk att leta. Ett konsultföretag borrade på fel ställen, eftersom ingen hade bett det borra på rätt. Inget "
  "av de här felen är spektakulärt var för sig. Tillsammans blev de ett hål som slukade en buss. Därför är det fel "
  "att leta efter en enda syndabock. Frågan är varför stadens förvaltningar inte pratar med varandra, och varför "
  "rost och lera har fått sköta sig själva i decennier. Den frågan ska politikerna svara på före valet."),
 (RB, N, "2026-03-16T07:30:00+01:00", "Ny gåta: varför höll kulverten i 150 år?",
  "Geoteknikerna på SGI har hittat en ny gåta under Östra Hamngatan. Tegelkulverten verkar ha stått nästan oskadd i "
  "över 150 år – men på ett par år fick den flera stora sprickor. – Det är just det vi försöker förstå. Något har "
  "förändrats de senaste åren, säger Henrik Ståhl på SGI till Radio Bryggan. En teori är att vibrationer från "
  "tyngre bussar och en sänkt grundvattennivå har belastat valvet. SGI undersöker också om borrningarna i höstas "
  "kan ha påverkat kulverten, men Ståhl betonar att det är för tidigt att dra slutsatser."),
 (AP, N, "2026-03-17T06:00:00+01:00", "Gatorna kantade av plåt – nu vill handlarna ha konst",
  "Byggstaketen kring schaktet på Östra Hamngatan har blivit en ful symbol för raset. Nu vill handlarna att gatorna, "
  "som i dag är kantade av grå plåt, ska få färg. Elever från HDK-Valand har erbjudit sig att måla 120 meter staket "
  "med bilder ur gatans historia, från kanalen till spårvagnarna. – Det blir en markant förbättring för alla som går "
  "här varje dag, säger Annika Torstensson, som har skobutiken mitt emot. Trafikkontoret har sagt ja, förutsatt att "
  "staketen inte behöver flyttas."),
 (KB, N, "2026-03-17T16:00:00+01:00", "KÖER, KAOS OCH KALLA FÖTTER",
  "Snålblåst, minusgrader och fulla bussar. För pendlarna från Frölunda har de senaste fem veckorna varit en "
  "prövning. – Jag står här med kalla fötter varje morgon och ser två, tre bussar åka förbi, säger Sofia Lindberg, "
  "41, vid hållplatsen på Järntorget. Västtrafik har satt in 40 extra ersättningsbussar, men köerna växer varje "
  "morgon vid åttatiden. – Vi gör vad vi kan. Det finns inte fler bussar och förare att få tag på i hela Västsverige "
  "just nu, säger presschefen Hanna Kjellberg. Kvällsblixten har räknat: en resa som brukade ta 25 minuter tar nu i "
  "snitt 50."),
 (FT, N, "2026-03-18T10:30:00+01:00", "Uppsala och Borås ser över sina kulvertar",
  "Efter raset i Göteborg har flera kommuner börjat inventera gamla kulvertar och ledningar under sina stadskärnor. "
  "Uppsala kommun har hittat tre kulvertar från 1800-talet som inte fanns med i ledningskartan, och i Borås har en "
  "gångbana stängts av sedan markradar visat ett hålrum under asfalten. – Vi hade inte letat om det inte hade varit "
  "för Göteborg. Nu vet vi att vi måste, säger Marie Hedlund, VA-chef i Borås Stad. Även Norrköping och Sundsvall "
  "har påbörjat inventeringar."),
 (AN, O, "2026-03-19T08:00:00+01:00", "Debatt: Beställarna måste betala för ordentliga markundersökningar",
  "Efter raset på Östra Hamngatan har mycket av kritiken riktats mot geoteknikerna. Det är orättvist. I Sverige "
  "upphandlas geotekniska undersökningar nästan alltid till lägsta pris, och det är beställaren som bestämmer "
  "antalet borrpunkter. När varje borrhål är en kostnad i ett pressat anbud blir undersökningarna därefter. Vi "
  "föreslår att Trafikverket och SKR tar fram gemensamma krav för hur många borrpunkter som ska göras i stadsmiljö, "
  "och att alla historiska kartor ska ingå i underlaget. Geotekniken kan bara hitta det som den får leta efter. "
  "Karin Sjöholm, ordförande, Svenska Geotekniska Föreningen"),
 (BB, N, "2026-03-20T09:00:00+01:00", "Kunderna tillbaka? Inte än",
  "Avspärrningarna kring raset har krympt, och sedan i måndags är Kyrkogatan öppen för gående igen. Men kunderna har "
  "inte kommit tillbaka. – Det är tyst. De som kommer frågar om vi fortfarande har öppet. Vi förlorade nästan alla "
  "intäkter i februari, säger Annika Torstensson, vars skobutik öppnade igen förra veckan. Butiksbladets genomgång "
  "visar att sju av tio butiker i kvarteret fortfarande har mindre än hälften av den vanliga omsättningen. Handelns "
  "organisationer hoppas att spårvagnarna ska få fart på handeln när trafiken återupptas. Staden har lovat en "
  "kampanj, ”Välkommen tillbaka till city”, i april."),
 (RB, N, "2026-03-23T17:00:00+01:00", "Gasen tillbaka i kvarteret efter sex veckor",
  "Göteborg Energi har nu öppnat gasen igen för de fastigheter på Kyrkogatan och Östra Hamngatan som har haft "
  "avstängd stadsgas sedan raset. – Vi har bytt 40 meter gasledning och tryckprovat allt. Det finns ingen risk för "
  "läckage, säger Göteborg Energis driftansvarige Per Almqvist. Restaurangerna i kvarteret har lagat mat på el och "
  "gasolkök under tiden. – Det har varit sex veckor av improvisation, säger kocken Leo Martinsson på en restaurang "
  "vid Kyrkogatan."),
 (RB, N, "2026-03-24T07:30:00+01:00", "Hisingsbron full av bussar",
  "Sedan raset har trafiken över Hisingsbron ökat kraftigt. Ersättningsbussarna från Hisingen kör över bron var "
  "tredje minut i rusningstid, och bilköerna når ibland ända till Frihamnen. – Bron klarar belastningen, men "
  "framkomligheten är dålig. Vi har fått sätta in extra trafikvakter vid Lilla Bommen, säger Trafikkontorets "
  "trafikplanerare Emilia Stål. Västtrafik har skickat sms till 40 000 kortkunder med tips om andra vägar. "
  "Trafikkontoret räknar med att trycket minskar när spårvagnarna börjar gå igen."),
 (AP, N, "2026-03-25T06:00:00+01:00", "Trafiknämnden granskar felanmälningarna",
  "Trafiknämnden i Göteborg har beställt en extern granskning av hur Trafikkontoret hanterade felanmälningarna om "
  "den sjunkande gångbanan på Östra Hamngatan. Enligt Älvpostens genomgång kom det in minst nio anmälningar mellan "
  "november och februari. Fyra av dem stängdes som ”åtgärdade” efter att en asfaltsarbetare hade fyllt i en svacka "
  "med kallasfalt. – Det är just det här vi måste förstå. Varför såg ingen mönstret? säger trafiknämndens "
  "ordförande Emma Rydén (V). Granskningen ska göras av Revisionsbyrån Norrsken, och resultatet väntas i maj."),
 (KB, N, "2026-03-26T20:00:00+01:00", "SPÅRVAGNSFÖRARNA: ”Vi larmade om svackan”",
  "Flera spårvagnsförare varnade Göteborgs Spårvägar för en svacka i spåret vid Kyrkogatan veckorna före raset. Det "
  "visar interna rapporter som Kvällsblixten har tagit del av. – Vi skrev avvikelserapporter. Vi fick höra att det "
  "var tjälen och frosten, säger en förare med 20 år i yrket. Den 8 februari, två dagar före raset, sänktes "
  "hastigheten till 15 kilometer i timmen. – Vi sänkte hastigheten och informerade Trafikkontoret, som äger spåren. "
  "Mer än så kunde vi inte göra, säger Göteborgs Spårvägars pressansvarige Oskar Nyman."),
 (FT, N, "2026-03-27T11:00:00+01:00", "Östra Hamngatan öppnar för spårvagnar på måndag",
  "Efter sju veckors avstängning återupptas spårvagnstrafiken på Östra Hamngatan i Göteborg på måndag morgon. "
  "Trafikkontoret har under veckan provkört de nya spåren. – Vi har kört med tomma vagnar i tre dygn och mätt "
  "rörelserna i spåret. Allt ser bra ut, säger projektledaren Anneli Forsberg. Ersättningsbussarna slutar gå på "
  "söndag kväll. Hållplatsen vid Kungsportsplatsen öppnar igen, medan hållplatsen vid Brunnsparken får ett "
  "tillfälligt läge tio meter längre norrut."),
 (AP, O, "2026-03-28T05:00:00+01:00", "Insändare: Tack, Reza",
  "Jag satt i bussen den 10 februari. Jag har tänkt mycket på de där sekunderna sedan dess, och på föraren, Reza "
  "Amini, som lugnt fick ut oss alla medan bussen lutade allt brantare. Han hade själv skadat ryggen. Han tog hand "
  "om en äldre dam som inte kunde gå och såg till att ingen lämnades kvar. Nu läser jag att han kanske inte kan "
  "arbeta som förare igen. Jag hoppas att Västtrafik och hans arbetsgivare tar lika väl hand om honom som han tog "
  "hand om oss. Eva Gustavsson, Lerum"),
 # --- trams back, the SGI report, the debate ---
 (FT, N, "2026-03-30T09:00:00+02:00", "Spårvagnarna rullar igen genom Göteborgs centrum",
  "Klockan 04.58 på måndagsmorgonen rullade den första spårvagnen över Östra Hamngatan sedan raset den 10 februari. "
  "Ombord fanns ett tjugotal resenärer och flera journalister. – Det känns som att staden har fått tillbaka sitt "
  "hjärta, säger Hanna Kjellberg, presschef på Västtrafik. Morgonrusningen flöt på utan större störningar, men "
  "spårvagnarna kör med nedsatt hastighet förbi den tidigare rasplatsen de första veckorna. Den permanenta "
  "återuppbyggnaden av gatan börjar i juni."),
 (KB, N, "2026-03-30T18:00:00+02:00", "JUBEL NÄR SPÅRVAGNEN KOM TILLBAKA",
  "Applåder och hurrarop mötte den första spårvagnen på Kungsportsplatsen på måndagsmorgonen. Bland dem som väntade "
  "fanns Sami och Karim Nasser från Café Hörnet, med kaffe och kanelbullar till förarna. – Sju veckor har vi väntat "
  "på det här. Nu kanske kunderna hittar hit igen, säger Sami Nasser. Även bussföraren Reza Amini var på plats, med "
  "käpp. – Jag ville se att gatan håller. Det gör den, säger han och skrattar."),
 (AN, N, "2026-03-31T08:00:00+02:00", "Göteborg inventerar 14 mil kulvertar",
  "Stadsbyggnadskontoret och Kretslopp och vatten har tillsammans påbörjat en inventering av alla kända kulvertar "
  "under Göteborgs innerstad. Enligt en första sammanställning handlar det om omkring 140 kilometer, varav en "
  "tredjedel är murade tunnlar av tegel eller natursten från 1800-talet. – Vi ska gå igenom arkiven, filma med "
  "robotkameror och mäta med markradar. Det är ett arbete som tar minst tre år, säger stadsingenjören Karin Wester. "
  "Kostnaden beräknas till 45 miljoner kronor. Arbetet prioriteras längs gator med tung trafik och spårvagnar. "
  "Liknande inventeringar har tidigare gjorts i Stockholm."),
 (AP, N, "2026-04-02T06:00:00+02:00", "Birgitta, 78, flyttar inte tillbaka",
  "Birgitta Qvist, 78, har bott på Kyrkogatan 42 sedan 1981. Nu har hon bestämt sig för att inte flytta tillbaka. – "
  "Jag orkar inte vänta till sommaren och sedan undra varje natt om huset håller. Jag flyttar till min dotter i "
  "Alingsås, säger hon. Hon har bott i det tillfälliga boendet i Johanneberg sedan februari. Enligt "
  "Hyresgästföreningen har fler än hälften av de evakuerade hushållen övervägt att inte komma tillbaka. – Det är ett "
  "tecken på hur djupt det här sitter i. Ett ras förstör inte bara en gata, det förstör tryggheten, säger Hanna "
  "Björk, Hyresgästföreningen."),
 (RB, N, "2026-04-03T07:30:00+02:00", "Gåtan med det försvunna vattnet",
  "Vart tog vattnet vägen? Det har varit en gåta för Kretslopp och vatten sedan i december, då mätningarna visade att "
  "fyra liter i sekunden försvann i innerstaden. Nu tror förvaltningen att den har svaret: vattnet rann genom "
  "tegelkulverten och vidare ut i Stora Hamnkanalen, där ingen lade märke till det. – Kanalens vatten är ju redan "
  "brunt. Ett par liter extra i sekunden syns inte, säger driftchefen Tomas Wallin. Mätningar av temperaturen i "
  "kanalen har bekräftat teorin: dricksvattnet var några grader varmare än kanalvattnet under vintern."),
 (FT, N, "2026-04-07T10:00:00+02:00", "Svenskt Vatten: 120 miljarder behövs för ledningsnätet",
  "Sveriges kommuner behöver investera minst 120 miljarder kronor extra under de kommande tio åren för att förnya "
  "vatten- och avloppsledningar. Det skriver Svenskt Vatten i en ny rapport, som publiceras i spåren av raset i "
  "Göteborg. – Underhållet har varit eftersatt i så många år att vi nu ser konsekvenserna, säger ordföranden "
  "Pernilla Roos. Enligt rapporten är problemet störst i mindre kommuner, där få abonnenter ska bära kostnaderna för "
  "långa ledningsnät. Organisationen föreslår ett statligt stöd med räntefria lån till kommuner som inte klarar "
  "förnyelsen själva."),
 (RB, N, "2026-04-08T07:30:00+02:00", "Raset kostar Göteborg minst 300 miljoner",
  "Raset på Östra Hamngatan beräknas kosta Göteborgs stad minst 300 miljoner kronor. Det framgår av en första "
  "sammanställning från stadens ekonomiavdelning. Den största posten är återuppbyggnaden av gatan och spåren, 140 "
  "miljoner. Därtill kommer stöd till företag, ersättningsbussar, ersättning till boende och kostnaden för "
  "inventeringen av kulvertar. – Vi kommer att behöva låna pengar, säger kommunstyrelsens ordförande Lena Ahlström "
  "(S). – Men det är ingenting mot vad det kostar att inte göra något. Oppositionen kräver att staden stämmer "
  "Markbyggarna Väst AB."),
 (FT, N, "2026-04-09T10:00:00+02:00", "Kommunen tvingas spara efter raset",
  "Göteborgs stad måste spara 120 miljoner kronor i år för att täcka kostnaderna efter gaturaset på Östra "
  "Hamngatan. Det föreslår stadens ekonomiavdelning i en promemoria. Besparingarna ska främst tas från investeringar "
  "som ännu inte har påbörjats, bland annat upprustningen av två parker och en ny idrottshall i Angered. – Vi vill "
  "inte att det ska drabba skolor och omsorg, säger kommunstyrelsens ordförande Lena Ahlström (S). Oppositionen "
  "kritiserar förslaget. – Att spara på framtiden för att betala för gamla synder är ingen lösning, säger Martin "
  "Wikström (M)."),
 (AN, N, "2026-04-14T08:00:00+02:00", "SGI: kulverten kollapsade först – läckan gjorde resten",
  "Statens geotekniska institut lämnade på tisdagen sin rapport om raset på Östra Hamngatan. Enligt SGI började det "
  "med att en del av tegelkulvertens valv gav vika, troligen redan 2023. Genom sprickorna kunde vatten från den "
  "läckande vattenledningen spola ner sand och grus i kulverten. Under minst fyra månader bildades ett hålrum på "
  "över 400 kubikmeter. – Varken läckan eller den skadade kulverten hade ensam orsakat raset. Det var kombinationen, "
  "säger Henrik Ståhl, som ledde utredningen. SGI konstaterar också att den geotekniska undersökningen från 2025 "
  "hade för få borrpunkter för att upptäcka hålrummet, men att kulverten inte fanns med i underlaget."),
 (FT, N, "2026-04-14T15:00:00+02:00", "SGI-rapporten: flera brister bakom raset",
  "Statens geotekniska institut pekar i sin rapport ut flera brister bakom raset på Östra Hamngatan i Göteborg i "
  "februari. Kulverten saknades i stadens kartor, läcksökningen sköts upp trots tecken på en större läcka, och "
  "felanmälningar från boende ledde inte till någon undersökning av marken. – Det finns ingen enskild syndabock. "
  "Det här är ett systemfel, säger Henrik Ståhl. Kommunstyrelsens ordförande Lena Ahlström (S) säger att staden tar "
  "rapporten på största allvar. Polisens förundersökning pågår fortfarande."),
 (KB, N, "2026-04-15T08:00:00+02:00", "DE SVIKTADE – HÄR ÄR HELA LISTAN",
  "SGI:s rapport om gaturaset i Göteborg är en lång lista över missar. Kvällsblixten har gått igenom den. Boende "
  "larmade om sprickor i november – ingen kom. Kretslopp och vatten såg läckaget i december – läcksökningen sköts "
  "upp. Spårvagnsförarna rapporterade en svacka – hastigheten sänktes, inget mer. Entreprenören borrade sex hål på "
  "300 meter – inget av borrhålen låg nära kulverten. Och kulverten? Den fanns inte ens på kartan. – Det är som en "
  "dominoeffekt där varje bricka är en myndighet, säger Reza Amini, bussföraren som fick ut alla passagerare. Han "
  "har anmält Göteborgs stad till Arbetsmiljöverket."),
 (AP, O, "2026-04-16T05:00:00+02:00", "Ledare: Ett systemfel har ansvariga",
  "SGI kallar raset på Östra Hamngatan ett systemfel. Det är en korrekt beskrivning men också en bekväm sådan. Ett "
  "system består av människor som fattar beslut. Någon beslutade att läcksökningen kunde vänta. Någon beslutade att "
  "en geoteknisk undersökning med sex borrpunkter räckte. Någon beslutade att arkiven inte behövde kontrolleras. Det "
  "är inte att leta syndabockar att fråga vem. Det är att utkräva ansvar. Kommunstyrelsens ordförande har sagt att "
  "hon tar rapporten på största allvar. Det räcker inte. Göteborgarna förtjänar att få veta vad som ska ändras, av "
  "vem och när, innan de går till valurnorna i september."),
 (BB, N, "2026-04-17T09:00:00+02:00", "Handlarna stämmer staden",
  "23 butiker och restauranger i Göteborgs city stämmer nu Göteborgs stad på sammanlagt 14 miljoner kronor för "
  "förlorade intäkter efter raset på Östra Hamngatan. Stämningsansökan lämnades in till Göteborgs tingsrätt på "
  "torsdagen. – SGI:s rapport visar svart på vitt att staden kände till riskerna. Då är staden också skyldig att "
  "ersätta oss, säger advokaten Lena Holm. Staden har tidigare betalat ut 9,2 miljoner kronor i tillfälligt stöd. – "
  "Vi har tagit del av stämningen och kommer att svara i rätten, säger stadens chefsjurist Olle Brandt."),
 (RB, N, "2026-04-20T16:00:00+02:00", "Boende får flytta tillbaka till Östra Hamngatan 21",
  "De nio hushållen i Östra Hamngatan 21 fick på måndagen flytta tillbaka efter tio veckor i tillfälliga "
  "lägenheter. Huset har inte tagit skada, enligt konstruktörerna, men har varit avspärrat eftersom det ligger vid "
  "kanten av rasområdet. – Det är fantastiskt att låsa upp sin egen dörr igen, säger Lars-Göran Pettersson, som bor "
  "på fjärde våningen. För grannarna på Kyrkogatan 42 dröjer det fortfarande. Där har pålningen bara kommit "
  "halvvägs."),
 (FT, N, "2026-04-22T09:00:00+02:00", "Stockholm och Malmö skärper kontrollen av ledningar",
  "Stockholm Vatten och Avfall och VA SYD i Malmö har efter raset i Göteborg beslutat att undersöka alla "
  "huvudledningar som ligger i anslutning till äldre kulvertar och tunnlar. – Vi har inte samma historia med "
  "igenfyllda kanaler som Göteborg, men vi har många tunnlar och gamla tegelkulvertar under city, säger Anders "
  "Nyqvist, teknisk chef på Stockholm Vatten och Avfall. VA SYD ska använda satellitdata för att hitta sättningar i "
  "marken i Malmö och Lund. – Det är billigt jämfört med att vänta på nästa ras, säger VA SYD:s vd Lisa Mårtensson."),
 (AN, N, "2026-04-23T08:00:00+02:00", "Markbyggarna ifrågasätter SGI:s slutsatser",
  "Markbyggarna Väst AB menar att SGI:s rapport ger en orättvis bild av bolagets geotekniska undersökning. – Vi "
  "följde beställarens uppdrag till punkt och pricka. SGI skriver själva att kulverten inte fanns i underlaget. Hur "
  "skulle vi hitta något som ingen visste fanns? säger vd Stefan Krook. Bolaget har anlitat en egen expert, "
  "professor emeritus Gösta Hallberg, som menar att inga rimliga borrningar hade hittat hålrummet. – Hålet låg i en "
  "zon mellan två fastigheter där ingen borrar utan särskild anledning. Trafikkontoret säger att ansvarsfrågan får "
  "avgöras av polisen och eventuellt i domstol."),
 (KB, O, "2026-04-24T10:00:00+02:00", "Krönika: Hålet i gatan är ett hål i demokratin",
  "Vad har gropen på Östra Hamngatan gemensamt med valrörelsen? Mer än de flesta tror. I sju veckor kunde "
  "göteborgarna inte ta spårvagnen genom sin egen stad. Butiker har gått i konkurs, pensionärer har flytt sina hem. "
  "Ändå har ingen politiker avgått och ingen tjänsteman blivit av med jobbet. SGI säger systemfel. Politikerna säger "
  "att de tar rapporten på största allvar. Ungefär som när en bil får en buckla: ingen vill betala. Jag vet vilken "
  "fråga jag ska ställa till varje kandidat som knackar dörr före valet: Vad tänker du göra åt hålet i gatan? Lotta "
  "Vinberg"),
 (AP, N, "2026-04-27T06:00:00+02:00", "Kyrkogatan 42: pålningen klar i juni",
  "Arbetet med att förstärka grunden på Kyrkogatan 42 går snabbare än väntat. Sammanlagt har 64 nya stålpålar "
  "borrats ner genom leran till fast berg, 28 meter under gatan. – Vi räknar med att pålningen är klar i början av "
  "juni. Sedan återstår att laga sprickorna i fasaden och i trapphuset, säger förvaltaren Mikael Dahlén på "
  "Fastighets AB Hamnkvarteret. De boende kan flytta tillbaka tidigast i augusti. Sju av de 31 hushållen har redan "
  "sagt upp sina kontrakt."),
 (RB, N, "2026-04-28T07:30:00+02:00", "Vårens regn oroar – nya sättningar på Magasinsgatan",
  "Efter helgens kraftiga regn har nya sättningar upptäckts i gatan på Magasinsgatan, några kvarter från "
  "rasplatsen. En förbipasserande slog larm när locket till en brunn hade sjunkit fem centimeter. Trafikkontoret "
  "har spärrat av en fil och satt upp mätpunkter. – Vi tar inga risker längre. Vi har en "
  "markradar på plats redan i eftermiddag, säger projektledaren Anneli Forsberg. Enligt SMHI föll det 40 "
  "millimeter regn över Göteborg på två dygn. Det blöta vädret gör att grundvattnet stiger och sätter tryck på "
  "gamla ledningar och kulvertar. – Det är inget akut, men vi följer läget noga, säger Forsberg."),
 (FT, N, "2026-04-29T12:00:00+02:00", "Riksdagen debatterar statligt stöd till VA-nät",
  "Riksdagen debatterade på onsdagen en motion om statligt stöd till kommunernas vatten- och avloppsnät. "
  "Motionärerna vill att staten avsätter tre miljarder kronor per år i tio år. – Raset i Göteborg visade att det "
  "här inte är en lokal fråga. Det är en fråga om hela landets beredskap, sa Ulrika Berg (C). Regeringen avvisar "
  "förslaget. – Vatten och avlopp finansieras med taxor, och så ska det vara. Men vi tittar på möjligheten till "
  "förmånliga lån via Kommuninvest, sa bostadsministern. Frågan väntas följa med in i valrörelsen."),
 (AP, O, "2026-04-30T05:00:00+02:00", "Insändare: Sluta spara på det vi inte ser",
  "Jag är pensionerad VA-ingenjör och har arbetat 35 år med Göteborgs ledningar. Det som hände på Östra Hamngatan "
  "förvånar mig inte. Redan på 1990-talet skrev vi rapporter om gjutjärnsledningar från mellankrigstiden, om "
  "läckande skarvar och om rötter som sprängde rören. Varje år fick vi samma svar: det finns inte medel. Politikerna "
  "har alltid hittat pengar till nya stadsdelar och ny spårväg, men aldrig till det som redan ligger i marken. Jag "
  "hoppas att raset blir den väckarklocka som behövs. Men jag har hoppats förut. Sven-Erik Lindahl, Örgryte"),
 # --- May ---
 (AN, N, "2026-05-04T08:00:00+02:00", "Trafikkontoret skärper kraven på markundersökningar",
  "Trafikkontoret i Göteborg inför nya krav för geotekniska undersökningar inför gatu- och spårarbeten. Framöver ska "
  "borrpunkterna ligga högst 20 meter från varandra, och alla kända kulvertar och tunnlar ska markeras i underlaget. "
  "Historiska kartor ur Stadsarkivet ska alltid ingå. – Vi har lärt oss den hårda vägen. En billig undersökning kan "
  "bli väldigt dyr, säger trafikdirektören Jonas Fredén. Kraven gäller alla nya upphandlingar från och med den 1 "
  "juni. Svenska Geotekniska Föreningen välkomnar beslutet men påpekar att kostnaderna för undersökningarna kan "
  "fördubblas."),
 (RB, N, "2026-05-05T07:30:00+02:00", "Ny kulvert under Magasinsgatan – men inget hålrum",
  "Markradarn på Magasinsgatan har hittat ytterligare en gammal kulvert, men inga hålrum. – Det är en lättnad. "
  "Kulverten är torr och verkar vara i gott skick, säger projektledaren Anneli Forsberg på Trafikkontoret. Gatan "
  "öppnades för trafik igen på måndagen. Kulverten ska filmas med en robotkamera under sommaren. Det är den elfte "
  "okända kulverten som har hittats i innerstaden sedan inventeringen inleddes i mars. Enligt Stadsbyggnadskontoret "
  "har tre av dem redan ersatts med nya betongrör."),
 (AP, N, "2026-05-06T06:00:00+02:00", "Polisen lägger ner förundersökningen om gaturaset",
  "Polisen lägger ner förundersökningen om allmänfarlig vårdslöshet efter raset på Östra Hamngatan. – Det går inte "
  "att peka ut en enskild person vars agerande har orsakat raset. Felen har begåtts på många nivåer och under många "
  "år, säger förundersökningsledaren Anders Krantz. Bussföraren Reza Amini, som själv skadades, är besviken. – Sju "
  "personer skadades. Någon måste bära ansvaret, säger han. Arbetsmiljöverket utreder fortfarande hans anmälan mot "
  "Göteborgs stad. Den civilrättsliga processen om ersättning till handlarna pågår i tingsrätten."),
 (KB, N, "2026-05-07T19:00:00+02:00", "REZA: ”INGEN TAR ANSVAR”",
  "Bussföraren Reza Amini kan inte längre köra buss. Läkarna har konstaterat att ryggskadan är bestående. Nu kräver "
  "han upprättelse. – Jag gjorde allt rätt den morgonen. Nu står jag utan jobb och polisen säger att ingen har gjort "
  "fel. Hur går det ihop? säger han till Kvällsblixten. Västtrafik säger att Amini erbjuds en tjänst som "
  "trafikinformatör. – Jag vill inte ha en skrivbordstjänst. Jag vill att någon säger förlåt, säger Amini."),
 (BB, N, "2026-05-08T09:00:00+02:00", "Citykampanjen lockade tillbaka kunderna",
  "Kampanjen ”Välkommen tillbaka till city” lockade i april 30 procent fler besökare till kvarteren kring Östra "
  "Hamngatan än i mars. Det visar mätningar från Svensk Handel. – Det är fortfarande under förra årets nivå, men "
  "kurvan pekar uppåt, säger Ingvar Sandberg. Café Hörnet har återanställt två av de fyra som varslades. – April var "
  "vår bästa månad sedan raset. Kunderna kommer tillbaka, och många säger att de vill stödja oss, säger Karim "
  "Nasser, som driver kaféet med sin bror Sami. Staden har förlängt kampanjen till och med juni."),
 (AP, O, "2026-05-09T05:00:00+02:00", "Insändare: Varför fick vi inte veta?",
  "Jag arbetar i en butik på Kyrkogatan och var på väg till jobbet den morgonen gatan rasade. Nu, tre månader "
  "senare, läser jag att staden kände till både läckan och kulverten och att boende hade larmat i månader. Ändå fick "
  "vi som arbetar här aldrig någon information. Ingen skylt, inget brev, inget sms. Jag förstår att det inte går att "
  "förutse allt. Men om någon hade tagit ansvaret att berätta vad de visste, hade åtminstone vi kunnat bestämma "
  "själva om vi ville gå den vägen till jobbet. Amira Haddad, Kortedala"),
 (RB, O, "2026-05-11T08:00:00+02:00", "Kommentar: Valet handlar om det vi inte ser",
  "Valet i september kommer att handla om skolor, vård och trygghet, som vanligt. Men efter den här vintern borde "
  "Göteborgs politiker också få svara på en fråga som sällan hörs i valrörelsen: vad gör ni med det som ligger under "
  "marken? Stadens vattenledningar byts i en takt som motsvarar 200 år per ledning. Kulvertar saknas på kartorna. "
  "Underhållet har skjutits upp i årtionden, eftersom ingen väljare ser ett rör som byts. Nu har vi sett vad som "
  "sker när det inte byts. Det är inte särskilt glamoröst att gå till val på underhåll. Men det är ansvarsfullt. "
  "Johan Ekström, Radio Bryggan"),
 (FT, N, "2026-05-12T10:00:00+02:00", "Ny spårväg och gata klara i oktober",
  "Den permanenta återuppbyggnaden av Östra Hamngatan börjar den 8 juni och ska vara klar i oktober, uppger "
  "Trafikkontoret. Under sommaren stängs spårvagnstrafiken av i sex veckor, från midsommar till början av augusti. "
  "– Det är samma arbete som var planerat före raset, plus den nya vattenledningen och en ny dagvattenledning. Vi "
  "gör allt på en gång för att slippa gräva upp gatan igen, säger projektledaren Anneli Forsberg. Kostnaden är "
  "beräknad till 180 miljoner kronor. Västtrafik sätter in ersättningsbussar under avstängningen."),
 (AN, O, "2026-05-13T08:00:00+02:00", "Debatt: Gör kartan komplett innan nästa gata rasar",
  "Efter raset på Östra Hamngatan vet vi att Göteborgs ledningskarta hade ett hål stort nog att svälja en buss. "
  "Samma brist finns i nästan alla svenska städer. Kulvertar, gamla tunnlar och övergivna ledningar ligger i marken "
  "utan att finnas i något register. Vi som arbetar med mätning och kartläggning föreslår att Lantmäteriet får i "
  "uppdrag att samordna ett nationellt register över ledningar i mark, där alla ledningsägare är skyldiga att "
  "rapportera. Tekniken finns. Det som saknas är ett beslut. Frida Åkesson, ordförande, Geodataföreningen Väst"),
 (KB, N, "2026-05-14T18:00:00+02:00", "BIRGITTA, 78: ”JAG SAKNAR MINA GRANNAR”",
  "Birgitta Qvist, 78, flyttade till sin dotter i Alingsås efter raset. Nu har hon kommit tillbaka till Kyrkogatan "
  "för första gången sedan februari, för att ta farväl. – Jag stod i fönstret där uppe i 45 år och tittade ut över "
  "gatan. Nu ser jag bara byggstängsel, säger hon och pekar upp mot tredje våningen. Grannen Elsa Ramberg har följt "
  "med. De båda kramas länge framför porten. – Vi har delat trappuppgång sedan 1994. Det är det jag saknar mest. "
  "Grannarna, inte lägenheten, säger Birgitta."),
 (FT, N, "2026-05-15T11:00:00+02:00", "Göteborg höjer VA-taxan för att förnya ledningar",
  "Kommunfullmäktige i Göteborg beslutade på torsdagen att höja VA-taxan med åtta procent per år under tre år. "
  "Pengarna ska användas till att fördubbla förnyelsetakten för vattenledningar och avloppsledningar. – Det är inte "
  "populärt att höja taxor ett valår. Men det är nödvändigt efter raset, säger kommunstyrelsens ordförande Lena "
  "Ahlström (S). Oppositionen röstade för höjningen men kräver att staden också tar lån. – Det är orimligt att "
  "dagens abonnenter ska betala för ett underhåll som skulle ha gjorts för 30 år sedan, säger Martin Wikström (M). "
  "En villaägare får betala omkring 900 kronor mer per år när höjningen är fullt genomförd."),
]
