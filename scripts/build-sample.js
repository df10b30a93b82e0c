#!/usr/bin/env node
"use strict";
/**
 * Builds assets/piano-performance-2019-lecce.xlsx: the CCIAA di Lecce "Piano performance 2019" (seed
 * 000 in /work/shared/seeds) the way its staff keep it in Excel, with the Performance KPI and
 * Performance Obiettivo columns empty, to be computed by the add-in or `perf-albero ricalcola`.
 *
 * Every row of the source is here, in tree order. Where the OCR shifted a cell to the neighbouring
 * row, the row was rebuilt from the parsed reference (reference/kpis.jsonl, objectives.jsonl); each
 * KPI row carries the id of its source line (000:L<line>). Objective names the OCR lost are marked
 * as such; the repeated page headers are dropped. Percentages are real numbers with a % format,
 * dates real dates, "50% >" is the Peso cell with its direction as the chamber writes it.
 *
 * Usage: node scripts/build-sample.js [output.xlsx]
 */
const path = require("path");
const ExcelJS = require("exceljs");

const TITLE = "A1 - Piano performance 2019";
const SHEET = "Piano 2019";
const HEADERS = [
  "Obiettivo",
  "Cod.",
  "Indicatore",
  "Esito validazione",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
  "Fonte del dato",
  "Note",
];
const WIDTHS = [48, 11, 48, 18, 9, 12, 12, 14, 14, 26, 70];

/**
 * [Obiettivo, Cod., Indicatore, Esito validazione, Peso, Target, Consuntivo, Fonte, Note];
 * a row of one cell is an objective without KPIs of its own or a section label.
 * Values: { p } a percentage as a fraction, { n } a number, { d } a date (ISO), { f, p } a formula and
 * its result.
 */
const ROWS = [
  ["A Competitività e sviluppo delle imprese"],
  // 000:L7
  [
    "A.1 Sostenere il territorio e le economie locali al fine di accrescere la produttività",
    "KPI301",
    "Soggetti coinvolti nei servizi e nelle iniziative dedicate alla promozione della cultura e del turismo",
    "kpi validato",
    "50% >",
    { p: 0.15 },
    { f: "344/304-1", p: 344 / 304 - 1 },
    "Atti dell'Ente",
    "Imprese sensibilizzate al 31.12.2018 n. 304, al 31.12.2019 n. 344",
  ],
  // 000:L8
  [
    null,
    "KPI302",
    "Incremento delle imprese iscritte nel RASL",
    "kpi validato",
    "50% >",
    { p: 0.15 },
    { p: 0.0411 },
    "RASL - Infocamere",
    "Imprese iscritte al 31.12.2018 n. 632, al 31.12.2019 n. 659 - cause mutamento scenario normativo effetto azione A.1.3.1",
  ],
  ["Sostegno alle imprese"],
  // 000:L10
  [
    "A.1.1 Servizi ed iniziative di assistenza e sostegno dei settori del turismo e della cultura",
    "KPI264",
    "Grado di soddisfazione dei soggetti partecipanti alle iniziative realizzate",
    "kpi non disponibile",
    "25% >",
    { n: 7 },
    null,
    null,
    null,
  ],
  // 000:L11
  [
    null,
    "KPI303",
    "Realizzazione eventi di sensibilizzazione per gli attrattori turistici",
    "kpi validato",
    "25% >",
    { n: 2 },
    { n: 2 },
    "Atti dell'Ente",
    'Organizzazione Tavola rotonda: "Le Camere di Commercio per la promozione dell\'identità a Bari" il 23.07.2019; progetto "ImpresaSostiene" - c/o Camera di Commercio di Lecce il 20.06.2019 entrambi nellambito delle attività svolte per il progetto del Fondo di Perequazione 2015/2016 in collaborazione con Unicamere Puglia',
  ],
  // 000:L12
  [
    null,
    "KPIIM217",
    "Individuazione attrattori turistici",
    "kpi validato",
    "25% >",
    { n: 4 },
    { n: 25 },
    "Atti dell'Ente",
    null,
  ],
  // 000:L13
  [
    null,
    "KPIIM218",
    "Costituzione di un tavolo con gli stakeholder territoriali per la condivisione degli attrattori",
    "kpi validato",
    "25% <",
    { d: "2019-09-30" },
    { d: "2019-09-30" },
    "Atti dell'Ente",
    'E\' stato attivato un tavolo di lavoro operativo per la realizzazione del progetto "Valorizzazione del patrimonio culturale e del turismo" Fondi di perequazione 2015-6 partecipato da Unicamere, ISNART, Università "La Sapienza" di Roma e CCIAA di Brindisi, CCIAA di Taranto, CCIAA di Bari, CCIAA Foggia',
  ],
  // 000:L14
  [
    "A.1.2 Sviluppo e qualificazione delle imprese e delle produzioni",
    "KPI218",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo A.1.2",
    "kpi validato",
    "100% >",
    { p: 1.0 },
    { p: 0.5849 },
    null,
    null,
  ],
  // 000:L15
  [
    "A.1.2.1 Orientamento e informazione per lo start up di impresa",
    "KPI250",
    "Grado di soddisfazione dei soggetti assistiti",
    "kpi validato",
    "30% >",
    { n: 7 },
    { n: 8 },
    "Atti dell'Ente",
    "TOTALE n. 786 n. 37 assistiti in CCIA oltre a quelli assistiti attraverso il bando sportelli assistenza ed eventi: n. 50 cnr; n. 55 confindustria; n. 70 conformerio; n. 65 confercentri; n. 100 Clac; n. 12 PMI Italia; n. 400 colfidereti",
  ],
  // 000:L16
  [
    null,
    "KPI326",
    "Soggetti assistiti per lo start up d'impresa",
    "kpi validato",
    "30% >",
    { n: 100 },
    { n: 162 },
    "Atti dell'Ente",
    "TOTALE n. 786 n. 37 assistiti in CCIA oltre a quelli assistiti attraverso il bando sportelli assistenza ed eventi: n. 50 cnr; n. 55 confindustria; n. 70 conformerio; n. 65 confercentri; n. 100 Clac; n. 12 PMI Italia; n. 400 colfidereti",
  ],
  // 000:L17
  [
    null,
    "KPIIM219",
    "Numeri sportelli attivati in collaborazione con soggetti intermedi",
    "kpi validato",
    "40% >",
    { n: 5 },
    { n: 7 },
    "Atti dell'Ente",
    "E' stato realizzato il Bando per l'attivazione degli sportelli, acquisite le domande ed istruite con relativa graduatoria. Al 31.12.2019 sono state sottoscritte n. 7 convenzioni",
  ],
  // 000:L18
  [
    "A.1.2.2 Sportello Etichettatura e sicurezza alimentare",
    "KPI250",
    "Grado di soddisfazione dei soggetti assistiti",
    "kpi non disponibile",
    "50% >",
    { n: 7 },
    null,
    null,
    null,
  ],
  // 000:L19
  [
    null,
    "KPIIM220",
    "Soggetti assistiti dallo Sportello Etichettatura e sicurezza alimentare",
    "kpi validato",
    "50% >",
    { n: 10 },
    { n: 1 },
    "Atti dell'Ente",
    "cause sostanzio - mancanza di un piano di comunicazione specifico attivazione",
  ],
  // 000:L20
  [
    "A.1.2.3 Certificazione delle produzioni tipiche locali",
    "KPI295",
    "Introduzione nuova piattaforma informatica per la gestione delle procedure",
    "kpi validato",
    "33% <",
    { d: "2019-06-30" },
    { d: "2020-07-01" },
    "Atti dell'Ente",
    "Le procedure necessarie all'introduzione della nuova piattaforma Generale per la gestione di procedure di specifico sono state sospese in attesa di valutare tramite Infocamere la possibilità di proseguire l'utilizzo del programma iQDex subordinandosi ad una impostazione delle procedure in linea con quanto richiesto dal MIPIAP. Rilevato che Infocamere non ha riscontrato positivamente le esigenze dell'Ente, si è deciso di affidare a un soggetto terzi la fornitura di una nuova piattaforma che entrerà in funzione il 01.07.2020",
  ],
  // 000:L21
  [
    null,
    "KPI337",
    "Predisposizione nuovo dispositivo di controllo, piano di controllo e tariffario dell'olio D.O.P.",
    "kpi validato",
    "33% <",
    { d: "2019-09-30" },
    { d: "2019-09-30" },
    "Atti dell'Ente",
    "La proposta di delibera della Giunta campane relativa all'approvazione del dispositivo di controllo del Piano di controllo e del tariffario dell'olio è stata inserita in LWA in data 27.09.2019 - proposta n. 6/2019",
  ],
  // 000:L22
  [
    null,
    "KPI388",
    "Predisposizione nuovi piani di controllo e relativi tariffari delle D.O. vini",
    "kpi validato",
    "33% <",
    { d: "2019-02-28" },
    { d: "2019-03-11" },
    "Atti dell'Ente",
    "I nuovi piani di controllo e relativi tariffari sono stati ultimati il giorno 28/02/2019; in data 01/03/2019 sono stati trasmessi al Segretario Generale con mail; è stata predisposta la determinazione presidenziale n. 4 del 15/03/2019 l'approvazione di detti documenti, trasmessi al Ministero delle politiche agricole con data prot. n. 7828 del 15/03/2019, il Ministro li ha approvati con nota prot. camere n. 10301 dell'11/04/2019",
  ],
  ["A.1.3 (denominazione non leggibile nel documento di origine)"],
  // 000:L23
  [
    "A.1.3.1 (denominazione non leggibile nel documento di origine)",
    "KPI327",
    "Voucher erogati",
    "kpi validato",
    "50% >",
    { p: 0.7 },
    { p: 0.0 },
    null,
    null,
  ],
  // 000:L24
  [
    "A.1.3.2 Attivazione percorsi alternanza scuola lavoro all'interno dell'Ente",
    "KPI255",
    "Media dei percorsi alternanza scuola lavoro all'interno di ogni servizio dell'Ente",
    "kpi validato",
    "100% >",
    { n: 2 },
    { n: 3.89 },
    null,
    "Al 31.12.2019 sono stati stati effettuati n. 47 di cui n. 35 percorsi presso l'ente camere + n. 12 ASRRI",
  ],
  // 000:L25
  [
    "A.2 Agenda digitale e Semplificazione",
    "KPI144",
    "Trend percentuale di incremento totale procedimenti SUAP",
    "kpi validato",
    "30% >",
    { p: 0.13 },
    { p: 0.1772 },
    "Suap - Infocamere",
    "AI 31.12.2018 n. 17.193, al 31.12.2019 20.239",
  ],
  // 000:L26
  [
    null,
    "KPI306",
    "Trend soggetti partecipanti alle iniziative in materia di digitalizzazione",
    "kpi validato",
    "40% >",
    { p: 0.15 },
    { p: 0.3469 },
    "Atti dell'Ente",
    "TOTALE N 30 partecipanti così suddivisi: partecipanti agli incontri personalizzati del nuovo servizio Digital Check up, n. 105 partecipanti al 7 incontri sul territorio in materia di SUAP, all'evento del 04/07/2019 \"Le procedure telematiche per gli adempimenti relativi ad insediamenti produttivi attraverso il SUAP\" in collaborazione con l'Ordine degli ingegneri della Provincia di Lecce, presso la sede camrale, n. 50 all'evento del 29/10/2019 Fatturazione elettronica: servizi per le PMI in ambito nazionale e europeo; n. 77 all'evento del 29/11/2019 Intelligenza artificiale e Web Marketing per il turismo - Idee e Soluzioni per migliorare la propria capacità commerciale; n. 45 all'evento del 5/12/2019 Human Firewall: conoscenze e competenze di base per prevenire gli attacchi informatici; n. 30 all'evento del 17/12/2019 Tecnologie abilitanti e servizi digitali per un'impresa 4.0; n. 40 all'evento del 18/12/2019 i servizi camerali per l'estero: un nuovo percorso attraverso il digitale;",
  ],
  // 000:L27
  [
    null,
    "KPI307",
    "Trend percentuale di incremento totale documenti costituenti fascicoli informatici dimpresa",
    "kpi validato",
    "30% >",
    { p: 0.15 },
    { p: 0.3454 },
    "Fascicolo informatico d' impresa - Infocamere",
    "n. 58.335 documenti hanno incrementato il Fascicolo elettronico d'impresa nell'anno 2019 rispetto a n. 49.661 di documenti hanno incrementato il Fascicolo elettronico d'impresa nell'anno 2018. Il database complessivo dei documenti costituenti i fascicoli al 31.12.2019 e pari a n. 229.660, a fronte dei dati relativi al 31.12.2018 che era pari a n. 170.622",
  ],
  // 000:L28
  [
    "A.2.1 Innovazione digitale ed organizzativa, Open gov e E-gov",
    "KPI53",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo A.2.1",
    "kpi validato",
    "100% >",
    { p: 1.0 },
    { p: 1.0 },
    null,
    null,
  ],
  // 000:L29
  [
    "A.2.1.1 Rilascio e rinnovo dei dispositivi di identificazione elettronica e firma digitale",
    "KPIIM223",
    "Plattforma per la prenotazione, registrazione dati e pagamento del servizio",
    "kpi validato",
    "50% <",
    { d: "2019-09-30" },
    { d: "2019-09-30" },
    "Sito camrale",
    "Il 30.9.2019, con apposito comunicato pubblicato sul sito istituzionale dell'Ente camrale nonché con la diffusione attraverso i vari canali di comunicazione, si è pubblicato il nuovo modulo di prenotazione accessibile dal sito internet istituzionale attraverso un modulo di prenotazione elettronico anche attraverso apposito QR CODE) e sono state gestite n. 84 prenotazioni",
  ],
  // 000:L30
  [
    null,
    "KPI387",
    "Rilascio SPID",
    "kpi validato",
    "50% >",
    { n: 1 },
    { n: 1.53 },
    "Infocamere",
    "Rilasci di Spid con Aruba al 31.12.2018 n. 79, al 31.12.2019 n. 121",
  ],
  // 000:L31
  [
    "A.2.1.2 Supporto alle imprese per la fatturazione elettronica",
    "KPI308",
    "Campagna informativa sulle novità e i vantaggi della fatturazione elettronica",
    "kpi validato",
    "70% >",
    { n: 2 },
    { n: 4 },
    "Atti dell'Ente",
    "Organizzazione n. 1 evento di sensibilizzazione in data 29/10/2019 dal titolo \"Fatturazione elettronica: servizi per le PMI in ambito nazionale ed europeo\" in collaborazione con Unicamere. n. partecipanti 50 (di cui 21 imprese e 29 docenti e studenti) grado di soddisfazione 100%. Redazione di un documento con le opportunità della fatturazione elettronica a n. 1.016 imprese del territorio in data 2.12.2019. 3 promozione servizio fatturazione elettronica nell'ambito degli incontri personalizzati per servizio check up alle imprese; promozione del servizio mediante appositi deck realizzati nell'ambito degli eventi organizzati dalla camera di commercio",
  ],
  // 000:L32
  [
    null,
    "KPI309",
    "Trend percentuale di incremento dei soggetti che utilizzano la piattaforma camrale",
    "kpi validato",
    "30% >",
    { p: 0.25 },
    { p: 0.2851 },
    "FAPA - Infocamere",
    "AI 31.12.2018 n. 2704, al 31.12.2019 n. 3475",
  ],
  // 000:L33
  [
    "A.2.2 (denominazione non leggibile nel documento di origine)",
    "KPI219",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo A.2.2",
    "kpi validato",
    "100% >",
    { p: 1.0 },
    { p: 1.0 },
    null,
    null,
  ],
  // 000:L34
  [
    'A.2.2.1 Supporto ai Comuni per l\'utilizzo della piattaforma "Imprezzaingiorno.gov.it"',
    "KPI250",
    "Grado di soddisfazione dei soggetti assistiti",
    "kpi validato",
    "30% >",
    { n: 7 },
    { n: 9.55 },
    "Atti dell'Ente",
    "Su 13 convenzioni sono pervenute 6 schede di validazione, con grado di soddisfazione medio complessivo di 5,50 su 10",
  ],
  // 000:L35
  [
    null,
    "KPI258",
    "Trend incremento dei procedimenti gestiti",
    "kpi validato",
    "40% >",
    { p: 0.05 },
    { p: 2.2131 },
    "Suap - Infocamere",
    "AI 31.12.2018 n. 685, al 31.12.2019 n. 1187 procedimenti. L'incremento più che significativo dei procedimenti seguiti è dovuto prevalentemente all'adesione al servizio di n. 5 nuovi Comuni che da soli hanno generato n. 1187 procedimenti",
  ],
  // 000:L40
  [
    null,
    "KPIM224",
    "Attivazioni nuove convenzioni ImpresainComune 4.0 attivate",
    "kpi validato",
    "30% >",
    { n: 3 },
    { n: 3 },
    "Atti dell'Ente",
    "nel 2019 sono state attivate 3 nuove convenzioni di presidio ed assistenza scrivanie suapp versione 4.0 con i seguenti Comuni: Melendugno 4,0, Melpegano 4,0, Novoli 4,0 e 2 in versione base con Casarano e Porto Cesareo",
  ],
  // 000:L41
  [
    "A.2.2.2 Fascicolo informatico d'impresa e cassetto digitale",
    "KPI259",
    "Trend percentuale di incremento degli imprenditori che utilizzano il proprio cassetto digitale",
    "kpi validato",
    "100% >",
    { p: 0.2 },
    { p: 1.589 },
    "Cruscotto cassetto digitale - infocamere",
    "Nel corso del 2019 sono state effettuate 6.892 nuove adesioni al servizio; al 31.12.2019 le imprese aderenti al cassetto digitale risultano essere 10.879, al 31.12.2018 n.4202",
  ],
  // 000:L42
  [
    "A.2.3 Punto impresa digitale",
    "KPI243",
    "Numero eventi di informazione e sensibilizzazione organizzati dal PID",
    "kpi validato",
    "25% >",
    { n: 4 },
    { n: 6 },
    "Atti dell'Ente",
    "29/10/2019 Fatturazione elettronica: servizi per le PMI in ambito nazionale ed europeo; 29/11/2019 Intelligenza artificiale e Web Marketing per il turismo - idee e Soluzioni per migliorare la propria capacità commerciale; 5/12/2019 Human Firewall: conoscenze e competenze di base per proteggere gli utenti dall'infodanno; 17/12/2019 Tecnologi abilitanti e servizi digitali per un'impresa 4.0; 18/12/2019 I servizi camerai per l'estero: un nuovo percorso attraverso il digitale; dal 9 al 13/11/2019 Oggi parlano di... \"Microeventi all'interno della manifestazione fieristica Agrogepacok 2019\"",
  ],
  // 000:L43
  [
    null,
    "KPI260",
    "Livello di soddisfazione del servizio",
    "kpi validato",
    "25% >",
    { n: 7 },
    { n: 8.5 },
    "Atti dell'Ente",
    null,
  ],
  // 000:L44
  [
    null,
    "KPI297",
    "Self Digital Assessment",
    "kpi validato",
    "25% >",
    { n: 50 },
    { n: 68 },
    "www.impresadigitale.com - Infocamere",
    "di cui 10 aggiornati nel 2019 e effettuati per la prima volta nel 2018",
  ],
  // 000:L45
  [
    null,
    "KPI311",
    "Test di maturità digitale di il livello",
    "kpi validato",
    "25% >",
    { n: 15 },
    { n: 51 },
    "www.impresadigitale.com - Infocamere",
    null,
  ],
  // 000:L46
  [
    "A.3 La Camera di Commercio quale interlocutore istituzionale al servizio delle imprese",
    "KPI261",
    "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.3",
    "kpi validato",
    "100% >",
    { p: 1.0 },
    { p: 0.7375 },
    null,
    null,
  ],
  ["Comunicazione"],
  // 000:L48
  [
    "A.3.1 La valorizzazione e diffusione del patrimonio informativo",
    "KPI220",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo A.3.1",
    "kpi validato",
    "100% >",
    { p: 1.0 },
    { p: 0.475 },
    null,
    null,
  ],
  // 000:L49
  [
    "A.3.1.1 Open data",
    "KPI293",
    "Pubblicazione dataset",
    "kpi validato",
    "100% >",
    { p: 0.02 },
    { p: -0.0377 },
    "Plataforma operativa - Comune Lecce",
    "Net 2018 n. 53, nel 2019 n. 51 - non si tratta in realtà di un mancato raggiungimento in quanto l'accorpiamento delle informazioni pubblicate ha generato un minor numero di data set, garantendo un incremento effettivo delle informazioni statistiche",
  ],
  // 000:L50
  [
    "A.3.1.2 Nuovo portale www.le.camcom.gov.it",
    "KPI262",
    "Revisione dei contenuti e nuova veste grafica del portale istituzionale www.le.camcom.gov.it",
    "kpi non disponibile",
    "100% >",
    { p: 0.75 },
    null,
    "Atti dell'Ente",
    "problematica nella gestione del passaggio dei contenuti e rivisitazione grafica del sito che verrà gestita da una nuova società in house diversa dalla precedente",
  ],
  // 000:L51
  [
    "A.3.1.3 Comunicare i servizi offerti dall'Ente",
    "KPI187",
    "Post informativi sulla pagina facebook",
    "kpi validato",
    "20% >",
    { n: 1 },
    { n: 1.21 },
    "pagine facebook - camera di commercio di lecce",
    "Al 31.12.2018 n. 112, al 31.12.2019 n. 136 post su Facebook",
  ],
  // 000:L52
  [
    null,
    "KPI188",
    "Tweet informativi mediante twitter",
    "kpi validato",
    "20% >",
    { n: 1 },
    { n: 1.15 },
    "profilo twitter - camera di commercio di lecce",
    "Al 31.12.2018 n. 108, al 31.12.2019 n. 124 tweet informativi",
  ],
  // 000:L53
  [
    null,
    "KPI271",
    "Informazioni all'utenza con newsletter",
    "kpi validato",
    "20% >",
    { n: 1 },
    { n: 1.04 },
    "Atti dell'Ente",
    "AI 31.12.2018 n. 24, al 31.12.2019 n. 25 newsletter",
  ],
  // 000:L54
  [
    null,
    "KPI272",
    "Informazioni all'utenza con comunicati stampa",
    "kpi validato",
    "20% >",
    { n: 1 },
    { n: 0.75 },
    "Sito internet",
    "AI 31.12.2018 n. 40, al 31.12.2019 n. 30 comunicati stampa",
  ],
  // 000:L55
  [
    null,
    "KPI273",
    "Informazioni all'utenza con news sul sito camerale",
    "kpi validato",
    "20% >",
    { n: 1 },
    { n: 1.3 },
    "Sito internet",
    "AI 31.12.2018 n. 96, al 31.12.2019 n. 125 news sul sito camerale",
  ],
  // 000:L56
  [
    "A.3.2 Le sinergie istituzionali per il sostegno dei settori dell'economia locale",
    "KPI88",
    "Progetti comunitari/nazionali",
    "kpi validato",
    "100% >",
    { n: 2 },
    { n: 4 },
    "Atti dell'Ente",
    'Sostegni ai progetti e a progetti a ordine sul Piano di Pianificazione 2017-9 (nazionale) di cui n. 2 in forma singola: 1) "Orientamento, domanda e offerta di lavoro"; 2. "Sostegno all\'export" e n. 2 in forma congiunta: 3. "La valorizzazione del patrimonio culturale e del turismo"; 4. "Politiche ambientali: azioni per la promozione dell\'economia circolare"',
  ],
  ["B Internazionalizzazione del sistema produttivo"],
  // 000:L59
  [
    "B.1 Competitività internazionale",
    "KPI117",
    "Grado di soddisfazione delle imprese partecipanti all'iniziativa formative su internazionalizzazione e innovazione",
    "kpi validato",
    "50% >",
    { n: 7 },
    { n: 8.26 },
    "Atti dell'Ente",
    "18/12/2019 Scenario i servizi camerai per l'estero: un nuovo percorso attraverso il digitale\"; grado di soddisfazione >7",
  ],
  // 000:L60
  [
    null,
    "KPI185",
    "Trend numero d'imprese che usufruiscono del supporto camerale per internazionalizzarsi",
    "kpi validato",
    "50% >",
    { p: 0.15 },
    { p: 0.75 },
    "Atti dell'Ente",
    "AI 31.12.2018 n. 8, al 31.12.2019 n. 14",
  ],
  ["Internazionalizzazione"],
  // 000:L62
  [
    "B.1.1 Servizi certificativi per l'export",
    "KPI331",
    "Incontri e/o strumenti informativi realizzati",
    "kpi validato",
    "100% >",
    { n: 2 },
    { n: 2 },
    "Atti dell'Ente",
    '1) pubblicazione costante degli aggiornamenti in materia di adempimenti amministrativi connessi con le operazioni di commercio con l\'estero sul sito istituzionale 2) Realizzati due eventi/incontri formativi: 12.11.2019 nell\'ambito della manifestazione Agro.Ge.Pa.Ciok "Micrevento"; 18.12.2019 Incontro su "I servizi camerai per l\'estero: un nuovo percorso attraverso il digitale"',
  ],
  // 000:L63
  [
    "B.1.2 Servizi di informazione, formazione, assistenza e diffusione della cultura dell'export",
    "KPI312",
    "Imprese neofite coinvolte nel progetto SEI",
    "kpi validato",
    "30% >",
    { p: 0.2 },
    { p: 1.0 },
    "Atti dell'Ente",
    "Le imprese coinvolte sono 128 pari al 100% delle imprese selezionate. Le imprese che hanno usufruito del servizio sono state n. 20",
  ],
  // 000:L64
  [
    null,
    "KPI313",
    "Grado di soddisfazione imprese coinvolte progetto SEI",
    "kpi validato",
    "30% >",
    { n: 7 },
    { n: 9.62 },
    "Atti dell'Ente",
    null,
  ],
  // 000:L65
  [
    null,
    "KPIM225",
    "Export check up realizzati",
    "kpi validato",
    "40% >",
    { n: 10 },
    { n: 11 },
    "Atti dell'Ente",
    "check up realizzati in sede di incontro progetto SEI",
  ],
  ["C Regolazione dei mercati"],
  // 000:L68
  [
    "C.1 Tutela del consumatore e della concorrenza",
    "KPI30",
    "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico C.1",
    "kpi validato",
    "70% >",
    { p: 1.0 },
    { p: 0.6114 },
    "Atti dell'Ente",
    null,
  ],
  // 000:L69
  [
    null,
    "KPI314",
    "Controlli e ispezioni in ambito vigilanza del mercato",
    "kpi validato",
    "30% >",
    { p: 0.15 },
    { p: 0.878 },
    "Atti dell'Ente",
    "E' stata effettuata un' estrazione di soggetti titolari di strumenti metri da un elenco composto da n. 1.082 unità da cui è stato estratto un campione di n. 80 imprese secondo le linee guida di vigilanza e controllo. Il campione è stato composto da n. 34 imprese non sono state rintracciate benchedì regolarmente iscritte al registro delle imprese, per cui le visite ispettive andate a buon fine, presso altrettanti titolari di strumenti metri, sono state n. 31. Sono state, inoltre, effettuate n. 12 visite ispettive ad altrettanti centri tecnici autorizzati ad effettuare operazioni sui tachigrafi digitali di vecchia e nuova generazione",
  ],
  ["Tutela del consumatore"],
  // 000:L71
  [
    "C.1.1 Azioni sinergiche per la regolarità del mercato e la tutela del consumatore",
    "KPI277",
    "Performance della azione associata all'obiettivo operativo C.1.1",
    "kpi validato",
    "100% >",
    { p: 1.0 },
    { p: 0.6114 },
    null,
    null,
  ],
  // 000:L72
  [
    "C.1.1.1 (denominazione non leggibile nel documento di origine)",
    "KPI338",
    "Totale attività realizzate / Totale attività programmate",
    "kpi validato",
    "50% >",
    { p: 1.0 },
    { p: 1.0 },
    "Atti dell'Ente",
    "E' stata effettuata un' estrazione di soggetti titolari di strumenti metri da un elenco composto da n. 1.082 unità da cui è stato estratto un campione di n. 80 imprese secondo le linee guida di vigilanza e controllo. Il campione è stato composto da n. 34 imprese non sono state rintracciate benchedì regolarmente iscritte al registro delle imprese, per cui le visite ispettive andate a buon fine, presso altrettanti titolari di strumenti metri, sono state n. 31. Sono state, inoltre, effettuate n. 12 visite ispettive ad altrettanti centri tecnici autorizzati ad effettuare operazioni sui tachigrafi digitali di vecchia e nuova generazione",
  ],
  // 000:L73
  [
    null,
    "KPI332",
    "Attività realizzate secondo convenzione stipulata con Unioncamere",
    "kpi validato",
    "50% >",
    { p: 1.0 },
    { p: 1.0 },
    "Atti dell'Ente",
    "E' stata stipulata la convenzione con Unioncamere per attività di vigilanza e controllo nel settore della sicurezza dei giocattoli. E' stata avviata una corsa di titoli della quale sono stati eseguiti tre controlli visi e formalisi su tre giocattoli e prelevato un giocattolo (peluche) per l'esecuzione, a cura di un laboratorio accreditato, dell'esame documentale.",
  ],
  // 000:L74
  [
    "C.1.1.2 Sensibilizzazione imprese sul tema dell'etichettatura",
    "KPI389",
    "Pubblicazione guida",
    "kpi validato",
    "100% <",
    { d: "2019-06-30" },
    { d: "2019-11-20" },
    "Sito camerale",
    "La guida è stata pubblicata sul sito camerale e inviata a 773 imprese dotate di PIC o di cui 733 regolarmente recapitate. Pubblicata il 20/11/2019",
  ],
  ["Regolazione dei mercati"],
  // 000:L76
  [
    "C.1.2 OCRI art. 16 D.Lgs attuativo legge 155/2017",
    "KPI335",
    "Costituzione organismi",
    "kpi non disponibile",
    "100% <",
    { d: "2019-09-30" },
    null,
    "Atti dell'Ente",
    "L'entrata in funzione degli OCRI è stata riprogrammata al 15.08.2020 e successivamente slittata a seguito dei provvedimenti adottati nel corso del primo semestre 2020. Nel corso del 2019 la Camera ha seguito l'intero programma di lavoro predisposto da Unioncamere",
  ],
  ["D Servizi istituzionali e generali della P.A."],
  // 000:L78
  [
    "D.1 Migliorare l'azione amministrativa",
    "KPI266",
    "Trend % di efficienza rilevazione delle pratiche Registro imprese rispetto al dato medio nazionale",
    "kpi validato",
    "30% >",
    { n: 1 },
    { n: 1 },
    "Eccellenza Registro imprese – Unioncamere",
    "% pratiche fili Lecce evase entro 5 gg (anno t / anno t-1)%; pratiche fili media nazionale evase entro 5 gg (anno t / anno t-1); (69.68/71.54)% / (75.11/76.85)% + 1 (arredamento di 0,569%)",
  ],
  // 000:L79
  [
    null,
    "KPI267",
    "Media ponderata di performance degli obiettivi operativi associati",
    "kpi validato",
    "50% >",
    { p: 1.0 },
    { p: 0.8215 },
    null,
    null,
  ],
  // 000:L84
  [
    null,
    "KPI333",
    "Customer satisfaction - grado di soddisfazione",
    "kpi validato",
    "20% >=",
    { n: 7 },
    { n: 5.84 },
    "Atti dell'Ente",
    "L'ente ha individuato un baricentro di riferimento. Il risultato successivo non è stato determinato dalla migrazione alla piattaforma esistente CMX e dalla migrazione al nuovo sito istituzionale. Nel corso del 2019, tuttavia, l'ente ha predisposto per le singole iniziative realizzate un questionario volto alla rilevazione del grado di soddisfazione il cui valore medio è pari a 5,84",
  ],
  // 000:L85
  [
    "D.1.1 Ottimizzare i processi e migliorare la qualità dei servizi all'utenza",
    "KPI222",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo D.1.1",
    "kpi validato",
    "100% >=",
    { p: 1.0 },
    { p: 0.643 },
    null,
    null,
  ],
  // 000:L86
  [
    "D.1.1.1 Incrementare la riscossione del diritto annuale",
    "KPI209",
    "Soggetti sensibilizzati all'applicazione del ravvedimento operoso",
    "kpi validato",
    "100% >=",
    { p: 0.6 },
    { p: 0.5885 },
    "Atti dell'Ente",
    "I soggetti che hanno omesso il pagamento diritto annuale anno 2018 sono n. 30.081 e i soggetti che hanno versato parzialmente sono n. 924 per un totale di n. 31.005 a cui occorre sottrarre n. 622 posizioni non sensibilizzabili pertanto soggetti da sensibilizzare sono pari a n. 30.383. Sono stati sensibilizzati a mezzo pre massime n. 14.732 + n. 1345 a mezzo post massime n. 13.804 a mezzo lettera. Giorni scorsi nell'anno 2019 pari a 368.133,86 sono incrementati dell'1% rispetto al 2018 pari a 355.711,84",
  ],
  // 000:L87
  [
    "D.1.1.2 Qualità dei dati del Registro delle imprese – R.E.A.",
    "KPI315",
    "Esame posizioni PEC iscritte nel R.I. revocate, invalide e/o inattive o non univoco",
    "kpi validato",
    "30% >=",
    { p: 0.8 },
    { p: 0.8174 },
    "Atti dell'Ente e sito camerale",
    "Avviato il procedimento con Determinazione del Conservatore del Registro delle imprese n. 963/2019 del 24 ottobre 2019 e Comunicazione alle imprese affissa all'Albo (prot. n. 0025936/2019) (5.399 / 6.605%)",
  ],
  // 000:L88
  [
    null,
    "KPI316",
    "Esame posizioni societarie con bilanci non depositati",
    "kpi validato",
    "30% >=",
    { p: 0.8 },
    { p: 0.865 },
    "Atti dell'Ente",
    "L'ufficio ha elaborato l'elenco estratto dal servizio Cruscotto Qualità di Infocamerare. Da tale elenco ha verificato quale quantità posizioni societarie non depositate sono state pari a n. 541. Per questo motivo è stato predisposto e inviato apposita nota d'ufficio per eventuali omissioni deposito bilancio (prot. n. 1190 del 15.1.2019). La nota è stata correttamente notificata a n. 557 (ad 84 società la nota non risulta consegnata)",
  ],
  // 000:L89
  [
    null,
    "KPI317",
    "Verifica dinamica requisiti Start up innovative",
    "kpi validato",
    "20% >=",
    { p: 0.8 },
    { p: 1.0 },
    "Cruscotto Qualità' R.I. - infocamerare e atti dell'Ente",
    "[1] Elenco elenco delle posizioni da verificare dalla piattaforma Cruscotto R.I. - 34 posizioni [2] Verificate 24 posizioni [3] Avviato procedimento d'ufficio per n. 29 start up per cancellazione dall'apposita sezione per mancanza della conferma dei requisiti",
  ],
  // 000:L90
  [
    null,
    "KPI334",
    "Verifica posizioni ditte individuali con P.IVA cessata",
    "kpi validato",
    "20% >=",
    { p: 0.8 },
    { p: 0.5926 },
    "Cruscotto Qualità' R.I. - infocamerare e atti dell'Ente",
    "[1] Elenco elenco delle posizioni da verificare dalla piattaforma Cruscotto R.I. - 2025 posizioni [2] Verificate 1200 posizioni con interrogazione delle diverse banche dati necessarie al riscontro. Per tali posizioni, dove necessario, è stato avviato procedimento d'ufficio già conclusosi con la cancellazione d'ufficio per circa 45 imprese",
  ],
  // 000:L91
  [
    "D.1.1.3 Verifica dinamica requisiti soggetti di cui agli artt. 73,74,75,76 D. Lgs. 59/2010",
    "KPI318",
    "Verifica dinamica requisiti ex-albi",
    "kpi validato",
    "100% >=",
    { p: 0.8 },
    { p: 0.0 },
    "Cruscotto Qualità' R.I. - infocamerare e atti dell'Ente",
    "Sono state realizzate le seguenti attività: 1) individuazione elenchi posizioni da verificare, così riassumibile: a) n. 2.397 agenti di affari in mediazione b) n. 1.491 agenti di commercio c) n. 1 mediatori marittimi d) n. 1 spedizioniere 2) Predefinizione locca 223 lettere di inserire ai relativi agenti di commercio e agenti di affari in mediazione 3) Repertorio modulistica per dichiarazioni istitutive da estporre alle imprese per agenti di commercio e agenti di affari in mediazione",
  ],
  // 000:L92
  [
    "D.1.2 Razionalizzare e ottimizzare servizi e procedure",
    "KPI223",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo D.1.2.",
    "kpi validato",
    "100% >=",
    { p: 1.0 },
    { p: 1.0 },
    null,
    null,
  ],
  // 000:L93
  [
    "D.1.2.1 Efficientamento dell'attività sanzionatoria",
    "KPI338",
    "Emissione ordinanza ingiunzione e/o archiviazione per i verbali emessi dal R.I. nel 2018",
    "kpi validato",
    "100% >=",
    { p: 1.0 },
    { p: 1.0 },
    "Prote- Prosa – Infocamerare",
    "Sono stati lavorati tutti i verbali trasmessi dal Registro imprese riferiti all'anno 2018 e anche una parte di quelli emessi nel 2019, per un totale di verbali trasmessi pari a 2.158 di cui n. 215 finalizzati perché pagati. Sono stati istruiti, pertanto, dando di cui n. 1.943 verbali che hanno origini 2.061 ordinanze; il numero maggiore di ordinanze riguarda la sanzione falso bilancio con più soggetti da sanzionare per la medesima violazione (es. falso di amministrazione) il sistema PROSA genera un unico verbale con più posizioni, mentre il sistema PROSA, utilizzato per le sanzioni, genera un'ordinanza per ogni singolo soggetto",
  ],
  // 000:L94
  [
    "D.1.2.2 Migliorare i tempi di pagamento delle forniture e servizi",
    "KPIM176",
    "Indice di tempestività dei pagamenti",
    "kpi validato",
    "100% <=",
    { n: 0 },
    { n: -5.85 },
    "Orzic- Infocamerare",
    null,
  ],
  // 000:L95
  [
    "D.1.2.3 Monitoraggio piano della performance",
    "KPI71",
    "Data inoltro Report monitoraggio ciclo della performance (II fase)",
    "kpi validato",
    "50% <=",
    { d: "2019-09-30" },
    { d: "2019-09-30" },
    "Atti dell'Ente",
    "Realizzato e trasmesso in data 30.09.2019",
  ],
  // 000:L96
  [
    null,
    "KPM71",
    "Data inoltro Report monitoraggio ciclo della performance (I fase)",
    "kpi validato",
    "50% <=",
    { d: "2019-05-15" },
    { d: "2019-05-15" },
    "Atti dell'Ente",
    "Realizzato e trasmesso in data 15.05.2019",
  ],
  // 000:L97
  [
    "D.1.2.4 Aggiornamento sezione Amministrazione trasparente",
    "KPI284",
    "Indicatore Bussola di Magellano",
    "kpi validato",
    "100% >=",
    { p: 0.9 },
    { p: 0.96 },
    "Bussola di magellano",
    "Il residuo 4% è riferito a dati non di competenza del comparto CCIAA",
  ],
  // 000:L98
  [
    "D.2 Razionalizzazione della struttura",
    "KPI269",
    "Razionalizzazione dei costi di struttura",
    "kpi validato",
    "25% <=",
    { p: 0.93 },
    { p: 0.9351 },
    "Atti dell'Ente",
    "costo totale di struttura al 2016 euro 311.606,44 – costo totale di struttura al 2019 euro 291.391,12 per mq in totale 5.445 superficie utile",
  ],
  // 000:L99
  [
    null,
    "KPI324",
    "Razionalizzazione costi di funzionamento",
    "kpi validato",
    "25% <=",
    { p: 0.83 },
    { p: 0.7067 },
    "Atti dell'Ente",
    "costo totale di funzionamento al 2014 euro 5.283.208,58/5445 – costo di funzionamento al 2019 euro 5.733.854,31/5445",
  ],
  // 000:L100
  [
    null,
    "KPI341",
    "Incasso diritto annuale",
    "kpi validato",
    "25% >=",
    { n: 1 },
    { n: 0.99 },
    "Atti dell'Ente",
    "Incasso anno 2018 euro 5.662.698,86, incasso anno 2019 euro 5.623.954,18",
  ],
  // 000:L101
  [
    null,
    "KPI342",
    "Trend proventi",
    "kpi validato",
    "25% >=",
    { n: 1 },
    { n: 1.07 },
    "Atti dell'Ente",
    "anno 2018 euro 10.480.666,8 – anno 2019 euro 11.180.665,46",
  ],
  ["CCIAA"],
  // 000:L103
  [
    "D.2.1 Efficientamento e riorganizzazione",
    "KPI224",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo D.2.1.",
    "kpi validato",
    "100% >=",
    { p: 1.0 },
    { p: 0.8889 },
    null,
    null,
  ],
  // 000:L104
  [
    "D.2.1.1 Razionalizzazione e dimensionamento archivi camerale",
    "KPI390",
    "Riorganizzazione e razionalizzazione archivio ex Registro Società ed ex Albo Artigiani ed avvio modalità di consultazione in forma elettronica",
    "kpi validato",
    "50% <=",
    { d: "2019-10-31" },
    { d: "2019-08-27" },
    "Atti dell'Ente",
    "[1] Riorganizzazione e relativa individuazione del materiale cartaceo da scartare / avviare al mazzetto [2] Archiviazione dei fascicoli R.I. e Albo artigiani (per A.A. relativamente alle sole imprese attive) con conseguente trasmissione degli stessi presso archivio IOOutsourcing. La consultazione degli stessi avverrà in modalità elettronica ove possibile e avverrà con trasmissione del fascicolo cartaceo a mezzo cartacea o via mail. Una volta mazzettata e consegnata la cartacea, è stata trasferita una consistente mole di archivio cartaceo contenente in n. 2.012 faldoni contenenti i fascicoli delle società trasferiti dalla cancelleria del Tribunale - n. 436 fascicoli contenenti i fascicoli cartacei di società e soggetti REA n. 386 fascicoli contenenti i fascicoli cartacei di imprese individuali (contenenti n. 56553 pratiche cartacee) - n. 229 scatole contenenti i fascicoli cartacei di imprese individuali artigiane (Contenenti n. 11132 pratiche cartacee)",
  ],
  // 000:L105
  [
    null,
    "KPI391",
    "Media metri lineari razionalizzazione archivi temporanei all'interno di ogni servizio",
    "kpi validato",
    "50% >=",
    { n: 3 },
    { n: 10.73 },
    "Atti dell'Ente",
    "Totale metri lineari dell'Ente (esclusa l'AS) n 96,57 per un totale di 9 servizi",
  ],
  // 000:L106
  [
    "D.2.1.2 Razionalizzazione degli spazi lavorativi",
    "KPI38",
    "Totale attività realizzate / Totale attività programmate",
    "kpi validato",
    "100% >=",
    { p: 0.75 },
    { p: 0.5 },
    "Atti dell'Ente",
    "A seguito dell'ordine di servizio n. 14 del 07/02/2019 l'ufficio Proveditoria ha varato le nuove procedure logistiche e organizzative finalizzate ad ottimizzare gli spazi lavorativi dell'Ente. In particolare sono state organizzate tutte le attività per lo spostamento del personale interessato dall'ordine di servizio n.14, ridefinendo di fatto l'intera struttura organizzativa dell'Ente con continuità logistica del personale rispetto ai nuovi servizi assegnati. Il piano di razionalizzazione non è stato attuato a seguito dello slittamento nell'affidamento del servizio di facility management ad una società in house in luogo dell'attuale affidataria.",
  ],
  // 000:L112
  [
    "D.2.1.3 Strumenti per l'efficientamento della gestione delle risorse umane",
    "KPI329",
    "Implementare un sistema per la determinazione del costo medio standard del personale",
    "kpi validato",
    "50% <=",
    { d: "2019-10-31" },
    { d: "2019-10-24" },
    "Atti dell'Ente",
    'E\' stato elaborato in data 9.1.2019 il progetto delle opere ed eseguita la valutazione di rischio nel 26.2.2019 e il progetto pluriennale delle ore effettivamente lavorate dal 2012 - 2018. L\'Ufficio T.E ha elaborato il file per la determinazione del costo maturato del personale nell\'anno 2018 in data 30.07.2019 e successivamente ha implementato all\'interno del software gestionale "Sipert" di Infocamere una statistica "KSTIP RIEPILOGO VOCI STIPENDI" per inserire tutte le voci stipendiali e lanciare la statistica utilizzando lo strumento "Pivot Table". In questo modo si posso estrapolare in qualsiasi momento, per ogni singolo dipendente, tutti i dati stipendiari liquidati per il periodo prescelto con l\'indicazione del CDC e del conto di budget su cui è stato scaricato il suddetto costo. La presente elaborazione è stata condivisa con il segretario in data 24.10.2019.',
  ],
  // 000:L113
  [
    null,
    "KPI392",
    "Predisposizione del nuovo Regolamento",
    "kpi validato",
    "50% <=",
    { d: "2019-04-30" },
    { d: "2019-04-11" },
    "Sipert – infocamere",
    'In data 11.4.2019 è stato sottoposto alle rappresentanze sindacali il progetto di disciplina organica del servizio di Servizio, concernente disciplina organica delle funzioni organiche ai sensi del C.C.N.L. 21.5.2018. Le rappresentanze sindacali hanno chiesto il confronto, che si è protetto nelle riunioni del 19.4.2019, 3.5.2019 e 14.5.2019. Con ordine di servizio n. 12 del 15.5.2019 è stata approvata la "Disciplina organica delle posizioni organizzative, ai sensi degli artt. 13, 14 e 15 del C.C.N.L. "Funzioni locali" del 21.5.2018"',
  ],
];

function cellValue(v) {
  if (v === null || v === undefined) return { value: null };
  // KPI301: the office computes the trend from the counts in its note (304 → 344 firms).
  if ("f" in v) return { value: { formula: v.f, result: v.p }, numFmt: "0.00%" };
  if ("p" in v) return { value: v.p, numFmt: "0.00%" };
  if ("n" in v) return { value: v.n, numFmt: "0.00" };
  const [y, m, d] = v.d.split("-").map(Number);
  return { value: new Date(Date.UTC(y, m - 1, d)), numFmt: "dd/mm/yyyy" };
}

/** Excel does not fit row heights to wrapped text written by a program: estimate them from the text. */
function rowHeight(texts) {
  let lines = 1;
  for (const col of [1, 3, 10, 11]) {
    const text = texts[col];
    if (typeof text === "string") lines = Math.max(lines, Math.ceil((text.length * 0.8) / WIDTHS[col - 1]));
  }
  return Math.min(15 * lines, 300);
}

function build() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Camera di Commercio di Lecce - Controllo di gestione";
  wb.created = new Date(Date.UTC(2020, 5, 30));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(SHEET, {
    views: [{ state: "frozen", xSplit: 0, ySplit: 2, topLeftCell: "A3", activeCell: "A3" }],
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  ws.mergeCells("A1:K1");
  const title = ws.getCell("A1");
  title.value = TITLE;
  title.font = { bold: true, size: 14 };
  ws.getRow(1).height = 24;

  const header = ws.getRow(2);
  HEADERS.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    c.border = { bottom: { style: "thin" } };
  });
  header.height = 32;

  ROWS.forEach((r, i) => {
    const row = ws.getRow(3 + i);
    const [obiettivo, cod, indicatore, esito, peso, target, consuntivo, fonte, note] = r;
    const isObjective = obiettivo !== null && obiettivo !== undefined;
    const texts = { 1: obiettivo, 2: cod, 3: indicatore, 4: esito, 5: peso, 10: fonte, 11: note };
    for (const [col, text] of Object.entries(texts))
      if (text !== null && text !== undefined) row.getCell(Number(col)).value = text;
    for (const [col, v] of [
      [6, target],
      [7, consuntivo],
    ]) {
      const { value, numFmt } = cellValue(v);
      const c = row.getCell(col);
      if (value !== null) c.value = value;
      if (numFmt) c.numFmt = numFmt;
    }
    // The performance columns stay empty, already formatted for the figures to come.
    row.getCell(8).numFmt = "0.00%";
    row.getCell(9).numFmt = "0.00%";
    for (let col = 1; col <= 11; col++) {
      const c = row.getCell(col);
      c.alignment = {
        wrapText: [1, 3, 10, 11].includes(col),
        vertical: "top",
        horizontal: col >= 5 && col <= 9 ? "right" : "left",
      };
    }
    if (isObjective && r.length === 1) row.getCell(1).font = { bold: true };
    row.height = rowHeight(texts);
  });
  return wb;
}

async function main() {
  const out = process.argv[2] || path.join(__dirname, "..", "assets", "piano-performance-2019-lecce.xlsx");
  await build().xlsx.writeFile(out);
  process.stdout.write(`Scritto ${out} (${ROWS.length} righe del piano).\n`);
}

if (require.main === module) {
  main().catch((e) => {
    process.stderr.write(`Impossibile creare il file di esempio: ${e.message}\n`);
    process.exitCode = 1;
  });
}

module.exports = { build, ROWS, HEADERS, SHEET };
