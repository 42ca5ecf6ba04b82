# Articles of corpus_fire.json: an invented forest fire at Sunnemo (Hagfors, Värmland), summer 2026.
# Each entry: (outlet, kind, published, title, text). fire_build.py sorts them by time and numbers them.

KB = "Klarälvsbladet"  # local daily, Hagfors
FA = "Fryksdals Allehanda"  # local daily, Sunne and Torsby
RV = "Radio Västanvind"  # local radio
NP = "Nyhetsbyrån Pilen"  # wire service, also carries press releases
SM = "Svenska Morgonposten"  # national daily
VB = "Virkesbladet"  # forestry trade paper
GB = "Gårdsbladet"  # farming trade paper

N, O = "news", "opinion"

ARTICLES = [
    (NP, N, "2026-06-02T09:10:00+02:00", "Torrt i Värmland – hög brandrisk i skogarna",
     "SMHI bedömer att brandrisken är mycket hög i stora delar av Värmland efter en vår nästan helt utan regn. "
     "Länsstyrelsen uppmanar alla att vara försiktiga med eld i skog och mark. "
     "– Marken är torr som fnöske redan nu, säger insatsledaren Jonas Ekman vid Räddningstjänsten Klarälvdalen."),
    (KB, N, "2026-06-04T07:45:00+02:00", "Kommunen ser över sin plan för skogsbränder",
     "Hagfors kommun ska se över sin plan för hur invånarna evakueras vid en stor skogsbrand. "
     "Planen är från 2019 och har aldrig provats i en övning. "
     "– Vi vet att den behöver uppdateras, säger beredskapssamordnaren Amira Sund."),
    (FA, O, "2026-06-05T06:00:00+02:00", "Ledare: Beredskapen får inte stanna på papperet",
     "Varje sommar skriver kommunerna nya planer, och varje sommar hoppas alla att de aldrig ska behövas. "
     "Men en plan som ingen har övat på är bara papper. "
     "Fryksdalens kommuner borde våga testa sin beredskap på riktigt, med evakuering av en hel by. "
     "Det kostar, men det är billigare än en katastrof."),
    (RV, N, "2026-06-08T08:00:00+02:00", "Eldningsförbud i hela länet",
     "Från och med i dag råder totalt eldningsförbud i Värmlands län. "
     "Det betyder att du inte får elda i naturen, inte ens på iordningställda grillplatser. "
     "– Det är så torrt att en enda gnista räcker, säger Petra Lindqvist, räddningschef i Klarälvdalen. "
     "Engångsgrillar är också förbjudna."),
    (NP, N, "2026-06-08T10:30:00+02:00", "Pressmeddelande: Länsstyrelsen beslutar om eldningsförbud",
     "Länsstyrelsen i Värmland har beslutat om eldningsförbud i hela länet från den 8 juni. "
     "Förbudet gäller all eldning utomhus, även grillning med kol på egen tomt. Undantag regleras i beslutet. "
     "Brandrisken bedöms som extremt hög. "
     "Totalt har räddningstjänsterna i länet ryckt ut till 40 gräsbränder sedan maj."),
    (GB, N, "2026-06-10T12:00:00+02:00", "Torkan slår mot vallen",
     "Bönderna i norra Värmland oroar sig för torkan. "
     "Förstaskörden av vall blev hälften så stor som normalt på många gårdar. "
     "– Korna behöver foder hela vintern, och just nu ser det tunt ut, säger mjölkbonden Gustav Olsson i Sunnemo, som har 120 kor."),
    (SM, N, "2026-06-12T05:30:00+02:00", "Sverige hyr brandflyg inför sommaren",
     "Myndigheten för samhällsskydd och beredskap har hyrt in fyra skopande flygplan och sex helikoptrar inför brandsäsongen. "
     "Flygplanen ska vara stationerade i Örebro och Sundsvall. "
     "Kritiker menar att det är för lite och att Sverige är beroende av hjälp från andra länder i EU."),
    (KB, N, "2026-06-15T16:20:00+02:00", "Midsommarfirandet flyttas från stranden",
     "Byföreningen i Sunnemo flyttar midsommarfirandet från stranden vid Sunnemosjön till bygdegården. "
     "– Vi vågar inte ha dans nära skogen när det är så här torrt, säger ordföranden Eva Strandberg."),
    (RV, N, "2026-06-17T07:00:00+02:00", "Brand i ladugård i Ekshärad",
     "En ladugård brann ner till grunden i Ekshärad under natten till onsdagen. Inga djur fanns i byggnaden. "
     "Räddningstjänsten lyckades hindra elden från att sprida sig till skogen. "
     "– Det var nära, säger insatsledaren Jonas Ekman. Orsaken till branden är inte känd."),
    (FA, N, "2026-06-19T18:40:00+02:00", "Ny brandstation i Torsby stoppas",
     "Planerna på en ny brandstation i Torsby strandade i kommunfullmäktige på måndagen. "
     "Majoriteten vill vänta ett år av kostnadsskäl. "
     "– Det är ett hemskt beslut med tanke på hur torrt det är, säger oppositionsrådet Lena Mårtensson."),
    (RV, N, "2026-06-20T09:15:00+02:00", "Kampanj mot fimpar i naturen",
     "Räddningstjänsten startar en kampanj riktad till dem som röker i naturen. "
     "En fimp som slängs i torrt gräs kan räcka för att starta en brand. "
     "– Vi säger inte att folk ska sluta röka, men släng inte fimpen i skogen, säger Petra Lindqvist. "
     "Rökare uppmanas att ha med sig en tom burk för fimparna."),
    (VB, N, "2026-06-22T11:00:00+02:00", "Skogsbolag pausar avverkning",
     "Flera skogsbolag i Värmland pausar avverkningen vid hög brandrisk. "
     "Skogsmaskiner kan orsaka gnistor när kedjor och knivar slår mot sten. "
     "Klarskog AB låter sina entreprenörer köra bara nattetid. "
     "– Det kostar pengar, men ingen vill orsaka en brand, säger skogschefen Per Skoglund."),
    (SM, O, "2026-06-24T04:00:00+02:00", "Debatt: Sverige måste ha egna brandflyg",
     "Sommaren 2018 brann 25 000 hektar skog i Sverige. "
     "Ändå har vi fortfarande inga egna tunga brandflyg, utan förlitar oss på att andra länder kan avvara sina. "
     "Det är naivt. Nästa gång Medelhavet brinner samtidigt som Norrland står vi utan hjälp. "
     "Regeringen bör köpa minst två skopande flygplan. (Karl Vennberg, brandingenjör och tidigare räddningschef)"),
    (KB, N, "2026-06-26T15:00:00+02:00", "Hemvärnet övar brandbekämpning",
     "Hemvärnet i Hagfors övade i helgen brandbekämpning tillsammans med räddningstjänsten. "
     "Soldaterna fick lära sig att lägga ut slang och bevaka en brandgata. "
     "– Vi är frivilliga, men vi tar det här på största allvar, säger kompanichefen Anders Holm."),
    (NP, N, "2026-06-29T14:10:00+02:00", "Rekordvärme i Mellansverige",
     "Värmen fortsätter i Mellansverige. I Karlstad uppmättes 33,4 grader på söndagen, det högsta värdet i juni sedan mätningarna startade. "
     "SMHI varnar för hög brandrisk i hela Svealand och södra Norrland. "
     "Äldre bör undvika att vistas ute mitt på dagen."),
    (GB, O, "2026-06-30T08:00:00+02:00", "Krönika: Regnet som aldrig kom",
     "Jag har brukat den här jorden i fyrtio år, och aldrig har jag sett den så här. "
     "Åkrarna spricker, bäcken vid gården har slutat porla och korna står i skuggan hela dagarna. "
     "I år skördade vi bara hälften av vallen. "
     "Vi brukar säga att en bonde alltid klagar på vädret. I år har vi skäl. (Ingrid Halvarsson, lantbrukare i Gunnerud)"),
    (RV, N, "2026-07-01T10:00:00+02:00", "Varning för gräsbränder längs spåren",
     "Trafikverket varnar för att gnistor från tåg kan starta bränder i torr vegetation längs spåren. "
     "På Fryksdalsbanan går tågen nu med sänkt hastighet på vissa sträckor. "
     "– Vi har haft tre mindre bränder längs spåret bara den här veckan, säger trafikledaren Malin Öst."),
    (FA, N, "2026-07-02T13:30:00+02:00", "Badgäster trängs vid Fryken",
     "Värmen lockar tusentals turister till stränderna vid Fryken. "
     "Kommunen påminner om att det råder totalt eldningsförbud även på stränderna. "
     "– Vi har sett folk som grillar i sanden, det är inte okej, säger Fredrik Larsson vid Sunne kommun. "
     "Några boende vattnade dessutom gräsmattorna mitt på dagen."),
    (SM, N, "2026-07-03T06:00:00+02:00", "Forskare: Skogsbränderna blir fler",
     "Ett varmare klimat ger fler och större skogsbränder i Norden, enligt en ny rapport från Lunds universitet. "
     "Forskarna har studerat spår av bränder i sjösediment och i trädens årsringar tillbaka till 1500-talet. "
     "– Det finns tydliga spår av en period med många bränder på 1700-talet, säger professor Hanna Wiklund. Röken från stora bränder kan i dag nå städer långt bort."),
    (RV, N, "2026-07-09T15:40:00+02:00", "Skogsbrand utanför Sunnemo",
     "En skogsbrand har brutit ut i ett hygge sydost om Sunnemo. Larmet kom strax efter klockan tre. "
     "Räddningstjänsten är på plats med sex enheter. "
     "– Det brinner på ungefär fem hektar och det blåser kraftigt, säger insatsledaren Jonas Ekman. "
     "Allmänheten uppmanas att hålla sig borta från området."),
    (NP, N, "2026-07-09T21:05:00+02:00", "Branden i Värmland sprider sig",
     "Skogsbranden utanför Sunnemo i Hagfors kommun har vuxit till omkring 80 hektar under kvällen. "
     "Räddningstjänsten har begärt förstärkning från grannkommunerna och från stationen i Ekshärad, och en helikopter har börjat vattenbomba. "
     "Branden startade enligt uppgift vid ett hygge där en skogsmaskin arbetade."),
    (KB, N, "2026-07-10T07:30:00+02:00", "Natten vid brandfronten",
     "Under natten kämpade ett femtiotal brandmän mot elden vid Sunnemo. "
     "Vinden vände vid tretiden och elden drev mot norr, bort från byn. Himlen lyste röd över sjön. "
     "– Det var en hemsk natt, men ingen har skadats, säger räddningschefen Petra Lindqvist. "
     "Röken syntes ända från Hagfors centrum."),
    (RV, N, "2026-07-10T12:00:00+02:00", "Boende i Sunnemo kan behöva lämna byn",
     "Räddningstjänsten förbereder en evakuering av Sunnemo. "
     "– Vi vill att alla som bor i byn packar det viktigaste och har radion på, säger Petra Lindqvist. "
     "– Jag har bott här i hela mitt liv och aldrig varit rädd för skogen förrän nu, säger Sture Nilsson, 78 år. "
     "Information finns också på kommunens hemsida."),
    (NP, N, "2026-07-10T18:20:00+02:00", "Sunnemo evakueras – 300 lämnar sina hem",
     "Polisen har beslutat att evakuera Sunnemo och byarna runt sjön. "
     "Omkring 300 personer måste lämna sina hem i kväll. "
     "De evakuerade kan ta sig till Hagfors sporthall, där kommunen ordnar sängplatser och mat. "
     "Vägen mellan Sunnemo och Råda är stängd."),
    (SM, N, "2026-07-11T05:00:00+02:00", "Stor skogsbrand i Värmland – byar utrymda",
     "En av de största skogsbränderna i Sverige sedan 2018 rasar i norra Värmland. "
     "Branden har vuxit till över 1 000 hektar och ett trettiotal hus i Sunnemo har evakuerats. "
     "Stormbyar i går kväll gjorde att elden tog sig över en bäck som räddningstjänsten hade hoppats skulle stoppa den. "
     "Sverige har begärt hjälp från EU med vattenbombande flygplan."),
    (RV, N, "2026-07-11T11:00:00+02:00", "Flygplanen från Italien väntas i morgon",
     "Två skopande flygplan från Italien ska landa på Karlstad flygplats på söndag morgon. "
     "Planen är att de ska hämta vatten i Klarälven och i sjöarna runt Sunnemo. "
     "– Planet kan släppa sex ton vatten på en gång, säger Jonas Ekman."),
    (KB, N, "2026-07-11T14:30:00+02:00", "Evakuerade samlas i sporthallen",
     "I Hagfors sporthall sitter ett hundratal evakuerade från Sunnemo. Röda korset delar ut kaffe och smörgåsar, och kommunen har bokat hotellrum åt de äldsta. "
     "– Vi fick tio minuter på oss att packa. Jag tog katten och fotoalbumen, säger Maj-Britt Eriksson. "
     "Hennes granne Hilding Brandt har tagit med sig sin hund. – Den sover bättre än jag, säger han."),
    (NP, N, "2026-07-12T08:00:00+02:00", "Pressmeddelande: Hagfors kommun har aktiverat krisledningsnämnden",
     "Hagfors kommun har aktiverat sin krisledningsnämnd med anledning av skogsbranden vid Sunnemo. "
     "Kommunens krisledning sammanträder varje dag klockan 8 och 16. "
     "Frågor om evakueringen besvaras av kommunens upplysningscentral."),
    (SM, N, "2026-07-12T19:00:00+02:00", "Röken når Karlstad",
     "Röken från skogsbranden i Hagfors kommun låg tung över Karlstad på söndagen. "
     "Himlen färgades orange och många kände lukten av brandrök inomhus. I staden var det ovanligt tyst. "
     "Röken kändes i flera städer, från Karlstad till Kristinehamn. "
     "Region Värmland råder personer med astma eller hjärtsjukdom att stänga fönster och undvika ansträngning utomhus."),
    (FA, N, "2026-07-12T15:10:00+02:00", "Tågen stoppas av röken",
     "Värmlandstrafiken har stoppat tågen på Fryksdalsbanan mellan Kil och Torsby sedan röken från branden sänkt sikten kraftigt. "
     "Ersättningsbussar sätts in. – Vi tar inga risker, säger presschefen Elin Dahlgren. "
     "Trafiken väntas vara igång igen tidigast på tisdag."),
    (RV, N, "2026-07-12T17:00:00+02:00", "– Det är som att stå mitt i en ugn",
     "Brandmännen vid Sunnemo arbetar i tolvtimmarspass i över 30 graders värme. "
     "– Det är som att stå mitt i en ugn, säger brandmannen Oskar Berg från Munkfors. "
     "Han har arbetat i nästan ett dygn med bara några timmars sömn. "
     "– Det är himla varmt, så vi dricker vatten hela tiden och vilar när vi kan, säger han."),
    (NP, N, "2026-07-13T09:00:00+02:00", "Italienska flygplan i arbete över Sunnemo",
     "De två italienska vattenbombarna började arbeta över branden vid Sunnemo på måndagsmorgonen. "
     "Flygplanen fyller sina tankar med vatten från sjön på mindre än tjugo sekunder och släpper det över elden. "
     "– Det gör stor skillnad för oss som arbetar på marken, säger insatsledaren Jonas Ekman."),
    (FA, N, "2026-07-13T12:00:00+02:00", "Provisoriska sovplatser i Sunne",
     "Sunne kommun har ordnat provisoriska sovplatser i medborgarhuset för dem som inte vill bo kvar i röken. "
     "Ett femtiotal personer sov där natten till måndagen."),
    (KB, N, "2026-07-13T16:45:00+02:00", "Bonden fick släppa ut korna",
     "När elden närmade sig hans gård vid Sunnemo öppnade mjölkbonden Gustav Olsson grindarna och släppte ut sina 120 kor. "
     "– Jag hade inget val. Jag kunde inte ta med mig dem och jag ville inte att de skulle brinna inne, säger han. "
     "Grannarna hjälpte till att driva korna längs vägen mot Hagfors."),
    (SM, O, "2026-07-14T04:00:00+02:00", "Ledare: Ett land utan egna brandflyg",
     "Återigen står Sverige med mössan i hand och ber andra länder om flygplan. Italien skickade två, och vi ska vara tacksamma. "
     "Men beredskap betyder att ha resurser när de behövs, inte att hoppas på grannarnas välvilja. "
     "Efter 2018 lovades en översyn. "
     "Åtta år senare brinner det igen i Värmland, och de egna brandflygen finns fortfarande bara på papperet."),
    (RV, N, "2026-07-14T12:00:00+02:00", "Hemvärnet på plats vid Sunnemo",
     "Ett sjuttiotal soldater från hemvärnet hjälper nu räddningstjänsten att bevaka brandgatorna runt Sunnemo. "
     "– Vi patrullerar regelbundet, håller utkik efter nya brandhärdar och larmar direkt om vi ser rök, säger plutonchefen Emma Lund. "
     "Även ett fyrtiotal frivilliga från trakten bär slang och kör vattentankar."),
    (VB, N, "2026-07-14T15:00:00+02:00", "Skogsmaskin misstänks ha startat branden",
     "Polisen utreder om en skogsmaskin startade branden vid Sunnemo. "
     "Maskinen tillhör entreprenören Fryksdals Skogstjänst, som avverkade på uppdrag av Klarskog AB. "
     "– Vi samarbetar fullt ut med polisen, säger vd Roger Nyqvist. "
     "Förundersökningen gäller framkallande av fara för annan."),
    (NP, N, "2026-07-15T07:00:00+02:00", "Branden omfattar 6 000 hektar",
     "Skogsbranden i Hagfors kommun omfattar nu omkring 6 000 hektar, enligt räddningstjänsten, och den växer stadigt. "
     "Två mindre byar, Ängebäck och Norra Gärdsjö, har evakuerats under natten. "
     "Ytterligare två flygplan från Frankrike väntas under onsdagen. Ingen har skadats allvarligt."),
    (FA, N, "2026-07-15T10:20:00+02:00", "Apoteken i Sunne har fått slut på andningsskydd",
     "Röken från skogsbranden har fått många i Sunne att köpa andningsskydd, och flera apotek har nu slut. "
     "Miljökontoret har låtit ta prov på luften i centrala Sunne. Läkaren Sara Nyström vid vårdcentralen påminner om att vanliga munskydd inte stoppar de minsta partiklarna. "
     "– Håll dig inomhus med stängda fönster om du har astma, säger hon."),
    (RV, N, "2026-07-15T16:00:00+02:00", "Kvinna misstänks ha eldat trots förbudet",
     "En 52-årig kvinna från Torsby misstänks för brott mot länsstyrelsens förbud sedan hon eldade trädgårdsavfall på sin tomt i Östmark. "
     "Grannarna larmade räddningstjänsten, som släckte brasan innan den spred sig. "
     "– Det är obegripligt att någon vill elda mitt i den här torkan, säger räddningschefen Petra Lindqvist."),
    (RV, N, "2026-07-16T07:30:00+02:00", "Lager med maskiner brann ner",
     "Ett lager med maskiner och gödsel vid en gård norr om Sunnemo brann ner under natten. "
     "Lagret var försäkrat, men ägaren räknar med stora förluster. "
     "– Allt vi har byggt upp på tjugo år, säger lantbrukaren Erik Mattsson."),
    (KB, N, "2026-07-16T11:00:00+02:00", "Frivilliga ordnar mat åt brandmännen",
     "I bygdegården i Råda står ett tjugotal frivilliga och breder smörgåsar. "
     "Varje dag kör de ut 400 portioner till brandmännen i skogen. Röda korset vädjade i helgen om fler volontärer. "
     "– Vi kan inte släcka bränder, men vi kan se till att de som gör det får äta. Här behövs alla händer, säger Gun Berglund, som organiserar arbetet."),
    (SM, N, "2026-07-16T13:00:00+02:00", "Meteorolog: Inget regn i sikte",
     "Det finns inget regn i sikte för de brandhärjade delarna av Värmland. "
     "Enligt meteorologen Oskar Fält på SMHI väntas vädret vara fortsatt varmt och torrt åtminstone en vecka till. "
     "– Det värsta vore om det kom en front med åska och hårda vindar men utan regn, säger han."),
    (NP, N, "2026-07-16T15:30:00+02:00", "Vägar stängda runt brandområdet",
     "Trafikverket har stängt flera vägar runt brandområdet i Hagfors kommun. "
     "Bland de stängda vägarna finns sträckan mellan Sunnemo och Råda och flera mindre skogsbilvägar. "
     "Polisen uppmanar allmänheten att inte köra in i området för att titta."),
    (FA, O, "2026-07-16T17:00:00+02:00", "Insändare: Varför fick vi inga sms?",
     "Jag bor i Lysvik och såg röken från köksfönstret i två dygn innan jag fick veta något från kommunen. "
     "Jag letade på nätet men hittade ingenting. "
     "Varför skickades inga sms till oss som bor nära? Radion är bra, men alla lyssnar inte på den. "
     "Kommunen måste bli bättre på att nå ut. (Orolig i Lysvik)"),
    (RV, N, "2026-07-17T08:00:00+02:00", "Lång kö vid bensinstationen",
     "Det var lång kö vid bensinstationen i Hagfors på fredagen när många boende tankade inför en möjlig evakuering. "
     "Köerna ringlade ut på gatan. "
     "– Det brukar aldrig vara kö här. Jag vill kunna köra direkt om de säger till, säger Bengt Sjögren."),
    (KB, N, "2026-07-17T09:30:00+02:00", "Vindbyar fick elden att hoppa",
     "Kraftiga vindbyar under torsdagskvällen fick elden att hoppa över länsvägen norr om Sunnemo. "
     "Flygande gnistor tände nya bränder flera hundra meter bort. "
     "Räddningstjänsten beskriver kvällen som stormig och kaotisk. "
     "– Vi förlorade kontrollen över den norra delen i några timmar, säger Jonas Ekman. Ett tiotal fritidshus har brunnit ner."),
    (NP, N, "2026-07-17T12:00:00+02:00", "Pressmeddelande: Klarskog AB om branden vid Sunnemo",
     "Klarskog AB beklagar djupt det som har inträffat. Bolaget har lämnat all dokumentation om avverkningen till polisen. "
     "Klarskog AB har en försäkring som täcker skador på egen skog, men frågan om ansvar för skador hos andra skogsägare måste utredas. "
     "Bolaget vill inte spekulera om orsaken till branden."),
    (GB, N, "2026-07-18T10:00:00+02:00", "Bönder lånar ut mark till djuren",
     "Bönder i hela Klarälvdalen ställer upp för de drabbade. "
     "Ett tiotal gårdar har tagit emot kor och får från de evakuerade gårdarna runt Sunnemo. "
     "– Vi har gott om mark och det var självklart att hjälpa till, säger Lisa Jansson, som har tagit emot 30 kor från Gustav Olsson."),
    (SM, N, "2026-07-18T18:00:00+02:00", "Statsministern besökte brandområdet",
     "Statsministern besökte på lördagen ledningscentralen i Hagfors och flög över brandområdet i helikopter. "
     "– Jag vill tacka alla som gör en hjältemodig insats, sade statsministern. "
     "Hon lovade att regeringen ska se över hur Sverige kan få tillgång till fler brandflyg."),
    (RV, N, "2026-07-19T09:00:00+02:00", "Evakuerade får återvända till Ängebäck",
     "De cirka 40 evakuerade från Ängebäck får återvända till sina hem från i morgon klockan tio. "
     "Elden har inte nått byn och risken bedöms som låg. "
     "– Vi är glada men också lite rädda, säger Karin Persson, som har fåren i en hage hos sin syster i Ekshärad."),
    (RV, N, "2026-07-19T16:00:00+02:00", "Inbrott i tomma hus",
     "Polisen har fått in en våg av anmälningar om inbrott i fritidshus som har stått tomma under evakueringen. "
     "– Det är förkastligt att utnyttja en sådan situation, säger polisens presstalesperson Kent Ahlberg. "
     "Polisen har förstärkt bevakningen längs vägarna in till området."),
    (NP, N, "2026-07-20T07:00:00+02:00", "Fyra flygplan och tolv helikoptrar i insatsen",
     "Insatsen vid Sunnemo är nu den största i Sverige sedan 2018. "
     "Fyra flygplan från Italien och Frankrike, tolv helikoptrar och omkring 400 personer deltar i släckningsarbetet. "
     "Branden omfattar cirka 9 000 hektar. "
     "Räddningstjänsten räknar med att släckningen kommer att pågå i flera veckor."),
    (RV, N, "2026-07-20T12:30:00+02:00", "Tåg i trafik igen på Fryksdalsbanan",
     "Tågen på Fryksdalsbanan går som vanligt igen sedan röken har lättat. "
     "– Vi ber om ursäkt till alla resenärer som har fått ta bussen ett tag, säger Elin Dahlgren på Värmlandstrafiken."),
    (KB, O, "2026-07-20T05:00:00+02:00", "Debatt: Vi måste våga prata om skogsbruket",
     "Branden vid Sunnemo är inte bara en olycka. "
     "Ett skogsbruk som bygger på stora kalhyggen och täta granplanteringar gör landskapet mer brännbart. "
     "Lövskog brinner sämre än barrskog. Vi måste våga ställa frågan om hur vi brukar skogen. "
     "(Maria Eklöf, skogsekolog, Munkfors)"),
    (VB, N, "2026-07-21T09:00:00+02:00", "Virke för hundratals miljoner hotat",
     "Skogen som har brunnit vid Sunnemo har ett virkesvärde på flera hundra miljoner kronor, enligt Skogsstyrelsen. "
     "Brända träd kan ofta säljas om de avverkas snabbt, innan insekter och blånadssvamp förstör virket. "
     "– Det blir en kapplöpning mot tiden, säger virkesköparen Ola Fredriksson på Klarskog."),
    (FA, N, "2026-07-21T14:00:00+02:00", "Ekshärads Åkeri kör vatten dygnet runt",
     "Ekshärads Åkeri har ställt alla sina tankbilar till räddningstjänstens förfogande. "
     "Chaufförerna kör vatten från Klarälven till brandområdet dygnet runt. "
     "– Det är vår bygd som brinner, säger åkeriägaren Tomas Lindberg."),
    (RV, N, "2026-07-22T07:00:00+02:00", "Regn över brandområdet",
     "Efter nästan tre veckor av torka kom regnet till slut över Sunnemo på tisdagskvällen. "
     "Drygt 15 millimeter föll på några timmar. "
     "– Det är en enorm lättnad, men branden är inte släckt, säger Petra Lindqvist. "
     "Elden finns kvar i marken och kan blossa upp igen när det blir torrt."),
    (NP, N, "2026-07-23T10:00:00+02:00", "Räddningstjänsten: Branden under kontroll",
     "Räddningstjänsten Klarälvdalen bedömer att branden vid Sunnemo nu är under kontroll. "
     "Eftersläckningen kommer dock att pågå i minst en månad. "
     "De två italienska flygplanen flyger tillbaka till Italien på fredag."),
    (SM, N, "2026-07-24T05:00:00+02:00", "Så gick det till när Sunnemo utrymdes",
     "Det var fredag kväll den 10 juli när polisen knackade på dörrarna i Sunnemo. Många hade redan packat. "
     "Andra vägrade först att lämna sina djur. "
     "– Jag sa till polisen att jag inte lämnar gården utan mina höns, säger Birgit Axelsson, 81. "
     "Till slut fick hönsen följa med i en hundbur. Evakueringen tog fyra timmar och ingen skadades."),
    (KB, N, "2026-07-24T13:00:00+02:00", "Lagen ger räddningstjänsten rätt att ta mark",
     "Under branden har räddningstjänsten med stöd av lagen om skydd mot olyckor fällt skog och dragit brandgator över privat mark. "
     "Flera skogsägare undrar nu vem som betalar. "
     "Enligt lagen kan ägaren ha rätt till ersättning från kommunen. "
     "– Vi kommer att pröva varje fall, säger kommunjuristen Helena Berg."),
    (SM, O, "2026-07-26T04:00:00+02:00", "Krönika: Den svenska sommaren har bytt skepnad",
     "När jag växte upp betydde sommar bad, jordgubbar och lata dagar. Nu betyder den värmebölja, eldningsförbud och oro. "
     "I år har vi sett skog brinna i Värmland, och i Grekland och Kanada har bränderna varit ännu större. "
     "Vi kan inte längre låtsas att detta är undantag. (Johan Ekberg, kulturskribent)"),
    (NP, N, "2026-08-03T08:00:00+02:00", "Alla evakuerade får flytta tillbaka",
     "Polisen har hävt den sista evakueringen vid Sunnemo. Från och med i dag får alla boende återvända till sina hus. "
     "Fem bostadshus och 14 fritidshus har brunnit ner under branden. "
     "Krisledningen i kommunen avvecklas stegvis, men kommunen hjälper de drabbade med frågor om försäkring och sanering. "
     "– För de drabbade familjerna börjar nu ett långt arbete, säger Lars-Erik Dahl, kommunstyrelsens ordförande i Hagfors."),
    (KB, N, "2026-08-04T07:00:00+02:00", "Tillbaka i ett svart landskap",
     "Maj-Britt Eriksson står på trappan och ser ut över det som var skog. Nu är det svarta stammar så långt ögat når. "
     "Huset klarade sig under evakueringen, men rök har trängt in överallt, även genom de stängda fönstren. "
     "– Det luktar brand i varje rum, i gardinerna och i sängkläderna, säger hon. "
     "Försäkringen ska betala sanering, men hon vet inte när."),
    (GB, N, "2026-08-05T10:00:00+02:00", "Skörden förlorad för drabbade bönder",
     "För flera bönder runt Sunnemo är årets skörd förlorad. Elden tog både vall och korn. "
     "– Kornet var nästan moget. Nu är åkern svart, säger Gustav Olsson. "
     "Bondeorganisationen uppskattar att ett tjugotal gårdar har skador på åkrar, byggnader eller stängsel."),
    (RV, N, "2026-08-07T12:00:00+02:00", "Markbranden kan pyra i månader",
     "Elden har gått ner i marken på flera ställen i brandområdet och brinner i torven och i trädens rötter. "
     "– En markbrand kan pyra i veckor eller månader, säger Petra Lindqvist. "
     "Räddningstjänsten använder värmekameror på drönare för att hitta glöden."),
    (NP, N, "2026-08-10T11:00:00+02:00", "Polisen har undersökt skogsmaskinen",
     "Polisens tekniker har undersökt skogsmaskinen som misstänks ha startat branden vid Sunnemo. "
     "Spår av gnistbildning finns på en av kedjorna, enligt förundersökningsledaren. "
     "Entreprenören Fryksdals Skogstjänst förnekar att föraren har gjort något fel."),
    (SM, N, "2026-08-12T05:00:00+02:00", "Försäkringsbolagen räknar på miljardskador",
     "Skogsbranden vid Sunnemo kan bli den dyraste i Sveriges historia för försäkringsbolagen. "
     "Enligt branschen kan skadorna på skog, byggnader och maskiner landa på mellan en och två miljarder kronor. "
     "Många små skogsägare saknar dock skogsförsäkring. "
     "– Det handlar om människor som får bära förlusten själva, säger analytikern Emil Sandberg."),
    (KB, N, "2026-08-12T14:00:00+02:00", "Räddningstjänsten markerar farliga områden",
     "Räddningstjänsten har markerat områden där det fortfarande glöder under ytan. "
     "Besökare uppmanas att hålla sig på vägarna och inte gå in bland de svarta träden. "
     "– Det är livsfarligt att gå där det pyr, säger Jonas Ekman."),
    (FA, N, "2026-08-13T09:00:00+02:00", "Turisterna kom tillbaka till Fryken",
     "Efter regnet och beskedet att branden är under kontroll har turisterna återvänt till Fryksdalen. "
     "Campingplatserna vid stranden i Sunne är nästan fullbokade. "
     "– Juli var en katastrof för oss, men augusti ser bra ut, säger campingvärden Lotta Hedlund."),
    (KB, N, "2026-08-14T07:15:00+02:00", "Ny plan för evakuering efter branden",
     "Hagfors kommun ska ta fram en ny plan för evakuering. "
     "Under branden saknades uppgifter om vilka boende som behövde hjälp med transport. "
     "– Vi hade inte koll på vilka äldre med hemtjänst som bodde i de drabbade byarna, säger beredskapssamordnaren Amira Sund. "
     "Hemtjänsten fick ringa runt och föra listor för hand."),
    (SM, O, "2026-08-15T04:00:00+02:00", "Debatt: Ett hem är mer än ett hus",
     "De som förlorade sina hus i Sunnemo har fått hjälp med sanering och ersättning. "
     "Men ett hem är mer än väggar och tak. Det är minnen, trädgården och grannarna. "
     "Kommunen måste erbjuda krisstöd, inte bara praktisk hjälp. "
     "Det är hemskt att se hur ensamma många äldre är i dag. (Lena Persson, präst i Hagfors)"),
    (NP, N, "2026-08-17T08:30:00+02:00", "Nattliga bränder vid Sunnemo igen",
     "Branden vid Sunnemo blossade upp igen under natten till måndagen efter gårdagens värme. "
     "Två helikoptrar hämtade vatten från sjöarna och bombade härdarna. "
     "– Det är det vi har varnat för, säger insatsledaren Jonas Ekman. Inga hus är hotade."),
    (GB, O, "2026-08-18T08:00:00+02:00", "Debatt: Bönderna behöver ersättning nu",
     "Bönder som har förlorat skörd, djur och byggnader i branden kan inte vänta på att försäkringsbolag och myndigheter blir klara med sina utredningar. "
     "Korna ska ha foder i vinter, och det är nu fodret måste köpas. "
     "Vi kräver att staten inrättar ett krisstöd för drabbade lantbrukare, som efter torkan 2018. "
     "(Åsa Lindmark, mjölkbonde i Ekshärad)"),
    (KB, N, "2026-08-19T10:00:00+02:00", "Vattnet i brunnarna är rent",
     "Miljöförvaltningen i Hagfors har tagit prov på vattnet i ett tjugotal privata brunnar i brandområdet. "
     "Proven visar inga förhöjda halter av farliga ämnen. "
     "– Det är goda nyheter, men vi tar nya prov i höst, säger miljöinspektören Karin Ås."),
    (VB, N, "2026-08-20T09:00:00+02:00", "Massavedspriset rasar efter branden",
     "Det stora utbudet av brandskadat virke pressar priserna i Värmland. "
     "Massavedspriset har sjunkit med 15 procent på en månad. "
     "– Marknaden översvämmas, och det drabbar även skogsägare som inte hade någon brand i sina bestånd, säger Ola Fredriksson på Klarskog."),
    (RV, N, "2026-08-21T12:00:00+02:00", "Hemvärnet avslutar sin insats",
     "Efter sex veckor avslutar hemvärnet sin insats vid Sunnemo. Totalt har över 300 hemvärnssoldater deltagit. "
     "– Det har varit tungt men meningsfullt, säger Emma Lund. "
     "Hon tackar också alla frivilliga som har kokat kaffe och bakat bullar."),
    (SM, N, "2026-08-24T05:00:00+02:00", "MSB granskar insatsen vid Sunnemo",
     "Myndigheten för samhällsskydd och beredskap ska utvärdera insatsen vid Sunnemo. "
     "Granskningen ska bland annat gälla varför det dröjde nästan ett dygn innan brandflyg begärdes från EU och hur samverkan med kommunerna fungerade. "
     "Rapporten väntas i december."),
    (FA, N, "2026-08-25T11:00:00+02:00", "Fler vill bli brandmän i Torsby",
     "Räddningstjänsten i Torsby utbildar tio nya deltidsbrandmän i höst. Intresset har ökat kraftigt efter sommaren. "
     "– Vi har fått dubbelt så många ansökningar som vanligt, säger stationschefen Anna Vik. "
     "Utbildningen omfattar bland annat rökdykning och skogsbrandsläckning."),
    (KB, O, "2026-08-26T06:00:00+02:00", "Insändare: Tack till alla som ställde upp",
     "Vi vill tacka brandmännen, hemvärnet, piloterna och alla frivilliga som räddade vår by. "
     "Utan er hade vi inte haft något att komma tillbaka till. Efter branden har vi mötts av en våg av värme från hela Värmland. "
     "Ni kommer alltid att ha en plats i våra hjärtan. (Familjen Nilsson, Sunnemo)"),
    (NP, N, "2026-08-27T13:00:00+02:00", "Skogsägare kräver skadestånd",
     "Ett tjugotal drabbade skogsägare har gått samman för att kräva skadestånd av Fryksdals Skogstjänst och Klarskog AB. "
     "De anser att avverkningen borde ha stoppats när brandrisken var så hög. "
     "– Alla visste hur torrt det var, säger Nils Berg, som förlorade 90 hektar skog."),
    (RV, N, "2026-08-28T07:30:00+02:00", "Rastplatsen vid Sunnemosjön öppnar igen",
     "Rastplatsen vid Sunnemosjön har varit avstängd sedan branden. Nu öppnar den igen. "
     "– Folk vill se hur det ser ut, säger Kjell Granberg på Trafikverket. "
     "– Vi ber dem att ta en rast här i stället för att stanna längs vägen."),
    (GB, N, "2026-08-31T10:00:00+02:00", "Krisstöd till lantbrukare efter branden",
     "Regeringen har beslutat om ett krisstöd på 40 miljoner kronor till lantbrukare som drabbats av skogsbranden i Värmland. "
     "Stödet ska täcka foder och förlorad skörd. "
     "Bönder som har en försäkring som täcker skadan får inte dubbel ersättning."),
    (VB, N, "2026-09-02T09:00:00+02:00", "Skogsstyrelsen: Plantera lövträd",
     "Skogsstyrelsen råder skogsägarna i brandområdet att plantera mer björk och asp när den brända marken ska föryngras. "
     "Blandskog är mindre känslig för brand än ren granskog. "
     "– Det är ett tillfälle att bygga en skog som står emot både brand och storm, säger skogskonsulenten Berit Nord."),
    (RV, N, "2026-09-03T07:30:00+02:00", "Hundratals på informationsmöte",
     "Omkring 250 personer kom till informationsmötet i Sunnemo bygdegård på onsdagskvällen. "
     "Många skogsägare som drabbades av brandgatorna hade frågor om ersättning för skog som fällts. "
     "– Jag fick se min skog fällas utan att någon frågade mig, säger Stig Holmberg. "
     "Några boende stormade ut ur lokalen i protest och kallar nu till ett eget stormöte."),
    (KB, N, "2026-09-07T08:00:00+02:00", "Kyrkogården i Sunnemo klarade sig",
     "Elden stannade bara femtio meter från kyrkogården i Sunnemo. Nu bjuder församlingen in till en tackgudstjänst på söndag. "
     "– Vi ska tacka och minnas, men också be för dem som har förlorat så mycket, säger kyrkoherden Ulla Bergström. "
     "Efter gudstjänsten bjuds det på kaffe i församlingshemmet."),
    (SM, O, "2026-09-09T04:00:00+02:00", "Debatt: Låt skogen brinna ibland",
     "Brand är en naturlig del av den boreala skogen. "
     "I hundratals år har svenska myndigheter kämpat mot varje gnista, och resultatet är skogar som saknar de arter som behöver bränd mark. "
     "Vi föreslår att staten bränner minst 5 000 hektar om året under kontrollerade former. "
     "(Anders Grönlund och Lena Holm, skogsekologer)"),
    (NP, N, "2026-09-10T15:00:00+02:00", "Branden vid Sunnemo släckt",
     "Räddningstjänsten Klarälvdalen förklarade på torsdagen att branden vid Sunnemo är släckt. "
     "Insatsen har pågått i två månader och är den största i länets historia. "
     "Totalt brann 11 400 hektar skog. Ansvaret för bevakningen lämnas nu över till markägarna."),
    (KB, N, "2026-09-15T07:00:00+02:00", "Branden kostar kommunen 18 miljoner",
     "Skogsbranden har hittills kostat Hagfors kommun 18 miljoner kronor. Nu måste kommunen spara på annat håll. "
     "– Vi har redan sparat in på kultur och fritid, men det räcker inte, säger kommunstyrelsens ordförande Lars-Erik Dahl. "
     "Staten ersätter en del av kostnaderna, men inte allt."),
    (GB, N, "2026-09-16T10:00:00+02:00", "Gustav Olssons kor tillbaka på gården",
     "Två månader efter branden har mjölkbonden Gustav Olssons 120 kor kommit tillbaka till gården vid Sunnemo. "
     "Ladugården klarade sig, men hagarna runt gården brann. "
     "– Nu har vi stängsel igen, och korna verkar glada att vara tillbaka, säger Gustav Olsson."),
    (SM, N, "2026-09-21T05:00:00+02:00", "Regeringen vill köpa egna brandflyg",
     "Regeringen föreslår i budgetpropositionen att Sverige ska köpa två egna skopande flygplan. "
     "Planet som regeringen vill köpa kostar omkring 400 miljoner kronor styck. "
     "Oppositionen välkomnar förslaget men säger att det kommer för sent."),
    (RV, N, "2026-09-23T14:00:00+02:00", "Skolbarn planterar tall i brandområdet",
     "Elever från Hagfors planterade på onsdagen 2 000 tallplantor i brandområdet vid Sunnemo. "
     "– Det känns bra att göra något, säger Elsa, 11 år. "
     "Klarskog AB har skänkt plantorna."),
    (NP, N, "2026-09-25T09:00:00+02:00", "Försäkringsbolag nekar ersättning",
     "Försäkringsbolaget Norrtrygg nekar en skogsägare i Sunnemo ersättning för 40 hektar brandskadad skog. "
     "Enligt bolaget hade skogsägaren inte betalat premien för skogsförsäkringen. "
     "– Jag försäkrade mig om att allt var betalt, säger Nils Berg, som tänker överklaga."),
    (KB, O, "2026-09-28T05:00:00+02:00", "Ledare: Hagfors förtjänar svar",
     "Sommarens brand har lämnat många frågor. Varför dröjde det ett dygn innan kommunens krisledning samlades? "
     "Varför fick äldre med hemtjänst vänta på hjälp? "
     "Och varför fick skogsägare se sin skog fällas utan besked? "
     "Kommunen måste vara öppen med vad som gick fel, annars rasar förtroendet."),
    (FA, O, "2026-09-30T06:00:00+02:00", "Insändare: Tänk på djuren nästa gång",
     "Under evakueringen glömde alla bort djuren. Vi som har hästar fick själva ordna transporter och hagar. "
     "Kommunens plan måste omfatta djur, inte bara människor. (Hästägare i Ekshärad)"),
    (VB, O, "2026-10-02T08:00:00+02:00", "Krönika: Skogsbruket måste ta sitt ansvar",
     "Det är lätt att skylla på en enskild maskinförare. "
     "Men branschen har i åratal vetat att skogsmaskiner kan starta bränder när det är torrt. "
     "Ändå har vi inga gemensamma regler för när avverkningen ska stoppas. "
     "Reglerna borde vara lika för alla bolag, och de borde skärpas nu. (Göran Malm, skogsskribent)"),
    (SM, N, "2026-10-05T05:00:00+02:00", "Virkespriserna tillbaka efter raset",
     "Priserna på massaved i Mellansverige har återhämtat sig efter raset i augusti, då stora mängder brandskadat virke kom ut på marknaden samtidigt. "
     "Sågverken har tjänat pengar på det billiga virket. "
     "– Raset var kortvarigt, säger skogsekonomen Jenny Lundin. "
     "– Det värsta för skogsägarna är att den brända skogen inte ger några nya intäkter på 60 år."),
    (RV, N, "2026-10-07T12:00:00+02:00", "Tjänstebil brann upp under insatsen",
     "En av räddningstjänstens tjänstebilar brann upp när elden plötsligt vände den 17 juli, visar räddningstjänstens egen rapport. "
     "Föraren hann springa därifrån. "
     "– Det var nära att vi förlorade en kollega, säger Petra Lindqvist."),
    (KB, N, "2026-10-09T09:00:00+02:00", "Kommunen utreder sms-larmet",
     "Hagfors kommun utreder varför sms-utskicket om evakueringen nådde bara hälften av de boende i Sunnemo. "
     "Larmet skickades via ett system som bara når mobiler som var registrerade i området. "
     "Varningen kom dessutom för sent för många. Ett nytt system tas i bruk i vår. "
     "– Det måste vi lösa till nästa gång, säger Amira Sund."),
    (FA, O, "2026-10-10T06:00:00+02:00", "Insändare: Varför tar det så lång tid?",
     "Det har gått tre månader sedan branden och vi har fortfarande inte fått besked från försäkringsbolaget. "
     "Vi bor i en husvagn och vintern närmar sig. "
     "Hur länge ska drabbade familjer vänta? (Trött i Ängebäck)"),
    (NP, N, "2026-10-12T14:00:00+02:00", "Skadeståndskrav på 80 miljoner",
     "De drabbade skogsägarna kräver 80 miljoner kronor i skadestånd av Klarskog AB och dess entreprenör. "
     "Kravet lämnades in till Värmlands tingsrätt på måndagen. Bolagen bestrider kravet."),
    (GB, N, "2026-10-14T10:00:00+02:00", "Foderbrist efter sommaren",
     "Många bönder i Värmland går in i vintern med för lite foder. "
     "Torkan och branden har gjort att både förstaskörden och andraskörden blev dåliga. "
     "– Vi har sålt en tredjedel av korna, säger mjölkbonden Åsa Lindmark i Ekshärad."),
    (SM, N, "2026-10-20T05:00:00+02:00", "Rökskadade hem saneras fortfarande",
     "Tre månader efter branden väntar fortfarande ett trettiotal familjer i Hagfors kommun på att deras hem ska saneras från rök och sot. "
     "Saneringsföretagen hinner inte med, och försäkringen täcker inte hyran för en tillfällig bostad. "
     "– Vi bor i husvagn på gården, säger Jan-Olov Bäck i Ängebäck."),
    (GB, N, "2026-10-20T12:00:00+02:00", "Bönor och potatis klarade torkan",
     "Trots torkan blev det en bra höst för odlarna av bönor och potatis i Grums, där marken fick bevattning hela sommaren. "
     "– Vi har aldrig haft så söta bönor, säger odlaren Henrik Sjöberg."),
    (FA, N, "2026-10-23T09:00:00+02:00", "Hösten blev blöt",
     "Efter en av de torraste somrarna på länge blev oktober i stället regnig och stormig i Fryksdalen. "
     "SMHI har uppmätt dubbelt så mycket nederbörd som normalt. "
     "Vattennivån i Fryken är den högsta på tio år."),
    (RV, N, "2026-10-27T17:00:00+01:00", "Stormen Ylva fällde brända träd",
     "Stormen Ylva drog in över Värmland under natten till tisdagen. "
     "I brandområdet vid Sunnemo föll hundratals brända träd över vägarna. "
     "– De brända träden har förlorat rotfästet och faller lätt, säger Per Skoglund på Klarskog AB. "
     "Flera vägar var stängda under tisdagen."),
    (KB, N, "2026-10-29T08:00:00+01:00", "Vägen genom brandområdet öppnar",
     "Vägen mellan Sunnemo och Råda öppnar igen på fredag efter att ha varit stängd sedan juli. "
     "Trafikverket har fällt riskträd längs hela sträckan. "
     "– Vi har stängda vägar kvar på några skogsbilvägar, men huvudvägen är säker, säger projektledaren Kjell Granberg."),
    (SM, O, "2026-11-03T04:00:00+01:00", "Debatt: Lagen om skydd mot olyckor behöver ändras",
     "Dagens lag ger kommunerna ansvaret för räddningstjänsten, men en skogsbrand som den vid Sunnemo är för stor för en enskild kommun. "
     "Lagen bör ändras så att staten tar över ledningen när en brand växer över kommungränsen. "
     "Det är inte rimligt att ett par tusen invånare ska bära hela bördan. (Ebba Lagerqvist, statsvetare)"),
    (GB, N, "2026-11-05T10:00:00+01:00", "Försäkringen räckte inte",
     "Lantbrukaren Erik Mattsson fick 1,2 miljoner kronor från försäkringen för sitt nedbrunna lager. "
     "Det räcker inte till en ny maskinhall. "
     "– Försäkringen var för låg, det inser jag nu, säger han."),
    (VB, N, "2026-11-09T09:00:00+01:00", "Ny branschstandard för avverkning",
     "Skogsbranschen har enats om en gemensam regel: vid brandrisk 5 eller högre ska avverkning med skogsmaskiner stoppas under dagtid. "
     "Regeln gäller från nästa sommar. "
     "– Det är ett direkt svar på Sunnemo, säger Helen Forsberg på branschorganisationen."),
    (KB, N, "2026-11-12T08:00:00+01:00", "En bok om sommaren då skogen brann",
     "Birgitta Holm från Sunnemo har skrivit en bok om branden. "
     "I boken berättar ett trettiotal bybor om nätterna när elden kom nära. "
     "– Jag ville att våra berättelser skulle finnas kvar, säger hon. "
     "Boken släpps i bygdegården den 28 november."),
    (FA, O, "2026-11-14T06:00:00+01:00", "Krönika: Böckerna som brann",
     "När min morfars hus i Ängebäck brann i juli försvann hans böcker, brev och fotografier. "
     "Det är sådant som ingen försäkring kan ersätta. "
     "Efteråt rotade han i askan i flera dagar. "
     "Han pratar inte om det, men jag ser hur han saknar sina böcker. (Malin Ek)"),
    (SM, O, "2026-11-23T04:00:00+01:00", "Ledare: Sverige behöver fler bönder, inte färre",
     "Sommarens brand i Värmland visade att bönderna är en del av vår beredskap. "
     "Det var lantbrukarna som körde vatten, lånade ut mark och tog hand om djuren. "
     "Ändå fortsätter gårdarna att bli färre. "
     "En regering som menar allvar med beredskapen måste också ha en politik för landsbygden."),
    (VB, N, "2026-11-30T09:00:00+01:00", "Skoglund går i pension",
     "Per Skoglund, som har lett avverkningen i de skogiga delarna av Klarälvdalen i tolv år, går i pension vid årsskiftet. "
     "Hans efterträdare blir Camilla Rask från Dalarna. "
     "Hon har tidigare arbetat med virkesköp i Mora."),
    (NP, N, "2026-12-01T10:00:00+01:00", "MSB: Brister i samordningen vid Sunnemo",
     "Samordningen mellan kommunerna och länsstyrelsen brast under de första dygnen av skogsbranden vid Sunnemo, enligt MSB:s utvärdering. "
     "Rapporten pekar också på att beslutet om evakuering kom sent och att brandflyg borde ha begärts tidigare. "
     "Rapporten lyfter fram hemvärnets och de frivilligas insatser som avgörande."),
    (RV, N, "2026-12-02T08:00:00+01:00", "Räddningschefen: Vi tar åt oss av kritiken",
     "– Vi tar åt oss av kritiken. Det fanns brister, och vi ska rätta till dem, säger räddningschefen Petra Lindqvist till Radio Västanvind. "
     "Hon framhåller samtidigt att ingen omkom och att inga permanentbostäder brann i byarna närmast brandens ursprung. "
     "– Det var tack vare en tidig evakuering, säger hon."),
    (SM, N, "2026-12-04T05:00:00+01:00", "Tusentals hektar ska planteras om",
     "Nästan hela brandområdet vid Sunnemo ska planteras om under de kommande tre åren. "
     "Klarskog AB räknar med att sätta 20 miljoner plantor. "
     "Enligt Skogsstyrelsen är det den största återplanteringen i Sverige sedan stormen Gudrun 2005."),
    (GB, O, "2026-12-07T08:00:00+01:00", "Krönika: Ett år jag aldrig glömmer",
     "Det började med torka och slutade med översvämning. Däremellan brann skogen runt oss. "
     "Jag har varit bonde i trettio år, och aldrig har jag varit så trött som i år. "
     "Mina rötter finns här, och jag har aldrig känt så starkt att vi hör ihop i bygden. "
     "(Gustav Olsson, mjölkbonde i Sunnemo)"),
    (KB, N, "2026-12-10T09:00:00+01:00", "Julmarknad till förmån för brandens drabbade",
     "Sunnemo bygdegård håller julmarknad på lördag till förmån för familjer som har drabbats av branden. "
     "Det blir försäljning av hantverk, rökt korv och glögg. "
     "– Vi vill ge något tillbaka till dem som har förlorat mest, säger arrangören Eva Strandberg."),
    (KB, O, "2026-12-12T05:00:00+01:00", "Ledare: Lärdomarna från Sunnemo får inte glömmas",
     "När MSB nu har lagt fram sin rapport är det lätt att tro att arbetet är klart. Men en rapport är bara ord på papper. "
     "Beredskapen byggs i varje kommun, varje brandstation och varje by. "
     "Det som hände i Sunnemo får inte glömmas. "
     "Det är hemskt att tänka på hur det hade kunnat gå om vinden hade vänt."),
]
