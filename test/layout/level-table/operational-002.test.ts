import { readAs } from "../../../src/layout/readers";
import { serialFromYmd } from "../../../src/engine/dates";
import { Direction } from "../../../src/engine/direction";
import { PlanInput } from "../../../src/engine/plan";
import { computePlan } from "../../../src/engine/rollup";
import { Scalar } from "../../../src/engine/values";
import { cardsReader } from "../../../src/layout/cards/cards";
import { dashboardReader } from "../../../src/layout/dashboard/dashboard";
import { SheetGrid, gridFromRows } from "../../../src/layout/grid";
import { levelTableReader } from "../../../src/layout/level-table/level-table";
import { readPlanSheet } from "../../../src/layout/read-plan";
import { reportTreeReader } from "../../../src/layout/report-tree/report-tree";
import { ReadResult } from "../../../src/layout/types";
import { runCli } from "../../cli/run-cli";
import { loadFixture, sheetOf } from "../../fixtures/load-grid";

/**
 * 002, second worksheet of the fixture: the operational objectives 2019 of CCIAA Maremma e Tirreno
 * (seed 002_19743dcdfce80009.txt lines 89-201), one column per level, no codes below the strategic
 * objectives, the level cells merged down over their blocks, no weights and no consuntivo.
 */
const SHEET = "Obiettivi operativi 2019";
const fixtureRows: { line: number }[] = require("../../fixtures/002-obiettivi-operativi-2019.json").rows;
/** The seed line of a 1-based sheet row (the fixture writes one document row per sheet row). */
const lineOf = (row: number) => fixtureRows[row - 1].line;

const pct = (value: number): Scalar => ({ kind: "number", value, percent: true });
const num = (value: number, unit?: string): Scalar =>
  unit ? { kind: "number", value, percent: false, unit } : { kind: "number", value, percent: false };
const date = (serial: number): Scalar => ({ kind: "date", serial });
const unscorable = (text: string): Scalar => ({ kind: "unscorable", text });

let grid: SheetGrid;
let read: ReadResult;
beforeAll(async () => {
  grid = sheetOf(await loadFixture("002-cruscotto-2016-2020.xlsx"), SHEET);
  read = readPlanSheet(grid, { year: 2019 });
});

// seed line, code, parent, cell, name: missions are areas, "1. ..." strategic objectives keep their
// number, programmes and operational objectives get parent code + ordinal
const TREE: [number, string, string | null, string, string][] = [
  [91, "011", null, "A2", "Competitività delle Imprese"],
  [93, "1", "011", "A4", "Semplificazione Amministrativa e Digitalizzazione delle Imprese"],
  [
    93,
    "1.1",
    "1",
    "B4",
    "Continuare, attraverso il superamento delle difficoltà tecniche/informatiche che si frappongono, il dialogo tra la rete dei SUAP ed il sistema camerale toscano; realizzazione di un unico punto di accesso telematico per l'utenza e creazione e alimentazione del fascicolo di impresa.",
  ],
  [93, "1.1.1", "1.1", "C4", "Coordinamento con rete telematica regionale, provinciale, comunale per l'avvio del SUAP"],
  [94, "1.1.2", "1.1", "C5", 'Gestione delle pratiche "cassetto digitale"'],
  [
    95,
    "1.2",
    "1",
    "B6",
    "Interventi di miglioramento della qualità delle informazioni contenute nel Registro Imprese tramite l'utilizzo di strumenti informatici",
  ],
  [
    95,
    "1.2.1",
    "1.2",
    "C6",
    "Eliminazione di anomalie di posizioni nel Registro Imprese tramite l'utilizzo del cruscotto Registro Imprese per fornire informazioni corrette alle Imprese",
  ],
  [100, "1.2.2", "1.2", "C11", "Modalità operative per dare attuazione al codice della crisi d'impresa"],
  [
    101,
    "1.3",
    "1",
    "B12",
    "Consolidamento della centralità del Registro delle imprese come strumento per la conoscenza e la trasparenza del mercato: assistenza agli imprenditori per la costituzione di forme societarie innovative",
  ],
  [101, "1.3.1", "1.3", "C12", "Assistenza nella predisposizione delle pratiche inerenti i contratti di rete"],
  [102, "1.3.2", "1.3", "C13", "Assistenza nella predisposizione degli atti costitutivi delle start-up innovative"],
  [103, "1.4", "1", "B14", "Servizi digitali per le imprese (Industria 4.0; Punto Impresa Digitale - PID)"],
  [103, "1.4.1", "1.4", "C14", "Consolidamento e ampliamento attività del Punto Impresa Digitale"],
  [
    112,
    "2",
    "011",
    "A17",
    "Sostegno alla competitività delle imprese anche attraverso l'Innovazione e le attività di Orientamento al Lavoro",
  ],
  [112, "2.1", "2", "B17", "Azioni per la promozione e la diffusione dell'alternanza scuola lavoro e temi correlati"],
  [112, "2.1.1", "2.1", "C17", "Ampliare la ricaduta sul territorio dell'alternanza scuola lavoro"],
  [
    113,
    "2.1.2",
    "2.1",
    "C18",
    "Favorire la diffusione e conoscenza sensibilizzare nel sistema imprenditoriale del RASL - registro alternanza scuola lavoro",
  ],
  [114, "2.2", "2", "B19", "Azioni per la digitalizzazione delle imprese"],
  [114, "2.2.1", "2.2", "C19", "Favorire l'impatto territoriale delle opportunità derivanti dalle tecnologie digitali"],
  [115, "3", "011", "A20", "Promozione integrata del territorio"],
  [115, "3.1", "3", "B20", "Area di crisi"],
  [116, "3.2", "3", "B21", "Distretto Agroalimentare"],
  [
    116,
    "3.2.1",
    "3.2",
    "C21",
    "Ampliare l'impatto territoriale del Distretto rurale attraverso lo sviluppo di nuove progettualità",
  ],
  [117, "3.3", "3", "B22", "Sostegno allo sviluppo della blue e green economy"],
  [
    117,
    "3.3.1",
    "3.3",
    "C22",
    "Efficienza ed efficacia nella gestione del progetto EU Success per le azioni finalizzate al rafforzamento delle filiere blue e green",
  ],
  [
    118,
    "3.4",
    "3",
    "B23",
    "Analisi socio economiche territoriali e partecipazione ai tavoli di lavoro sugli Osservatori Economici",
  ],
  [119, "4", "011", "A24", "Infrastrutture Portualità Logistica Gestione Strategica delle partecipazioni societarie"],
  [
    119,
    "4.1",
    "4",
    "B24",
    "Monitoraggio situazione delle singole società partecipate e azioni dirette a realizzare quanto stabilito nel piano di ricognizione annuale",
  ],
  [119, "4.1.1", "4.1", "C24", "Piano di progetto per il monitoraggio delle società partecipate"],
  [120, "5", "011", "A25", "Valorizzazione del Patrimonio Culturale Sviluppo e Promozione del Turismo"],
  [
    120,
    "5.1",
    "5",
    "B25",
    "Azioni per la valorizzazione del patrimonio culturale con lo sviluppo e la promozione del turismo",
  ],
  [
    120,
    "5.1.1",
    "5.1",
    "C25",
    "Ampliare la ricaduta sul territorio attraverso azioni di rafforzamento della filiera delle imprese turistiche",
  ],
  [121, "5.2", "5", "B26", "Azioni di valorizzazione dell'arcipelago toscano"],
  [
    121,
    "5.2.1",
    "5.2",
    "C26",
    "Efficienza di attuazione nella gestione del bando per la concessione di contributi per la realizzazione di azioni di promozione commerciale all'Isola d'Elba",
  ],
  [122, "5.3", "5", "B27", "Co coinvolgimento di vari attori del territorio per un progetto comune"],
  [122, "5.3.1", "5.3", "C27", "Sviluppo nuovi itinerari turistico culturali attraverso strumenti web e social"],
  [123, "5.4", "5", "B28", "Valorizzazione del patrimonio bibliografico del territorio di Grosseto"],
  [123, "5.4.1", "5.4", "C28", "Piano di progetto per la valorizzazione del patrimonio bibliografico"],
  [124, "016", null, "A29", "Commercio internazionale e internazionalizzazione del sistema produttivo"],
  [125, "6", "016", "A30", "Supporto ed assistenza all'Internazionalizzazione"],
  [125, "6.1", "6", "B30", "Co coinvolgimento delle imprese nei mercati esteri"],
  [125, "6.1.1", "6.1", "C30", "Favorire l'impatto territoriale del progetto EU Passage"],
  [129, "012", null, "A31", "Regolazione dei mercati"],
  [
    130,
    "7",
    "012",
    "A32",
    "Tutela della legalità del mercato, della concorrenza e dei consumatori e consolidamento del ricorso alla giustizia alternativa",
  ],
  [130, "7.1", "7", "B32", "Diffusione dell'arbitrato"],
  [130, "7.1.1", "7.1", "C32", "Organizzazione eventi, incontri per la diffusione arbitrato"],
  [131, "7.1.2", "7.1", "C33", "Convegni, tavoli scientifici, incontri nella biblioteca"],
  [132, "7.1.3", "7.1", "C34", "Programmare forme sviluppo camera arbitrale marittima"],
  [
    133,
    "7.2",
    "7",
    "B35",
    "Azioni di contrasto all'abusivismo, alla contraffazione in vari settori economici sul territorio",
  ],
  [133, "7.2.1", "7.2", "C35", "Realizzazione di eventi e/o campagne informative sul territorio"],
  [134, "7.3", "7", "B36", "Vigilanza del mercato"],
  [
    134,
    "7.3.1",
    "7.3",
    "C36",
    "Efficacia dell'azione di tutela della legalità del mercato, della concorrenza e dei consumatori e consolidamento del ricorso alla giustizia alternativa",
  ],
  [135, "7.4", "7", "B37", "Tutela della legalità e della fede pubblica"],
  [136, "7.5", "7", "B38", "Controllo e Certificazioni prodotti agroalimentari"],
  [137, "7.6", "7", "B39", "Composizione delle Crisi da sovra indebitamento"],
  [141, "032", null, "A41", "Servizi istituzionali e generali delle PA"],
  [143, "8", "032", "A43", "Accountability e Trasparenza"],
  [
    143,
    "8.1",
    "8",
    "B43",
    "Piena trasparenza e diffusione della cultura della legalità anche in ottica di prevenzione della corruzione",
  ],
  [143, "8.1.1", "8.1", "C43", "Rispetto degli adempimenti in tema di trasparenza"],
  [144, "8.1.2", "8.1", "C44", "Rispetto degli adempimenti in tema di prevenzione della corruzione"],
  [146, "9", "032", "A46", "Qualità, efficienza e centralità della performance"],
  [
    146,
    "9.1",
    "9",
    "B46",
    "Ottimizzazione della gestione orientata alla performance in termini gestionali ed organizzativi",
  ],
  [146, "9.1.1", "9.1", "C46", "Rispetto dei tempi procedurali"],
  [
    147,
    "9.1.2",
    "9.1",
    "C47",
    "Efficienza dell'azione di tutela della legalità del mercato, della concorrenza e dei consumatori e consolidamento del ricorso alla giustizia alternativa",
  ],
  [148, "9.1.3", "9.1", "C48", "Efficienza nella gestione degli adempimenti"],
  [150, "9.1.4", "9.1", "C50", "Ottimizzazione delle performances operative del servizio GG.RR.FF.PP."],
  [151, "9.1.5", "9.1", "C51", "Consolidamento della transizione al digitale"],
  [152, "9.1.6", "9.1", "C52", "Rilevazione customer camerale servizi esterni/interni"],
  [
    155,
    "9.1.7",
    "9.1",
    "C55",
    "Rispetto dei tempi procedurali: celerità nell'assistenza all'utenza esterna inerente il Registro Imprese",
  ],
  [156, "9.1.8", "9.1", "C56", "Monitoraggio indicatori portafoglio servizi (in Allegato I processi individuati)"],
  [160, "9.1.9", "9.1", "C57", "Monitoraggio costi vs Infocamere: previsione 2020"],
  [
    161,
    "9.2",
    "9",
    "B58",
    "Sviluppo della cultura della performance integrata con la dimensione economico finanziaria della gestione",
  ],
  [
    161,
    "9.2.1",
    "9.2",
    "C58",
    "Ottimizzazione della gestione del trattamento di fine servizio del personale in mobilità (in entrata ed in uscita)",
  ],
  [
    162,
    "9.2.2",
    "9.2",
    "C59",
    "Potenziamento della metodologia di rilevazione dei costi dei processi in ottica di miglioramento della qualità dei servizi e di razionalizzazione dei processi",
  ],
  [164, "9.3", "9", "B61", "Ottimizzazione della gestione documentale"],
  [164, "9.3.1", "9.3", "C61", "Gestione documentale"],
  [
    166,
    "9.3.3",
    "9.3",
    "C63",
    "Presidiare e condividere le regole organizzative per la gestione delle informazioni anche attraverso specifici interventi formativi e di tutoring",
  ],
  [167, "9.3.4", "9.3", "C64", "Implementazione del nuovo sistema informatico integrato di gestione contabilità"],
  [
    171,
    "10",
    "032",
    "A65",
    "Consolidamento del modello organizzativo del nuovo Ente per il corretto funzionamento dei processi e servizi erogati",
  ],
  [
    171,
    "10.1",
    "10",
    "B65",
    "Conseguire gli obiettivi di efficientamento alla base del processo di riforma dell'ordinamento delle Camere di Commercio",
  ],
  [
    171,
    "10.1.1",
    "10.1",
    "C65",
    "Revisione dei processi interni: Ottimizzazione procedimenti gestione della spesa Contabilità 2.0",
  ],
  [172, "10.1.2", "10.1", "C66", "Supporto legale all'attività dell'Ente"],
  [175, "10.1.3", "10.1", "C69", "Lean Organization"],
  [
    176,
    "10.1.4",
    "10.1",
    "C70",
    "Adempimenti in tema di Privacy: implementazione metodologia di valutazione del rischio di violazione dei dati personali",
  ],
  [177, "10.1.5", "10.1", "C71", "Aggiornamento SMVP"],
  [
    178,
    "10.1.6",
    "10.1",
    "C72",
    "Miglioramento qualità adempimenti in tema di gestione delle risorse umane per rinnovo CCNL FL",
  ],
  [
    184,
    "11",
    "032",
    "A77",
    "Diffondere una nuova cultura della comunicazione istituzionale: verso una relazionalità consapevole",
  ],
  [184, "11.1", "11", "B77", "Potenziamento comunicazione istituzionale"],
  [184, "11.1.1", "11.1", "C77", "Piano per una comunicazione istituzionale efficace"],
  [185, "11.1.2", "11.1", "C78", "Comunicazione integrata"],
  [187, "11.2", "11", "B80", "Potenziamento flussi comunicativi interni"],
  [187, "11.2.1", "11.2", "C80", "Piano per una comunicazione interna efficace"],
  [
    188,
    "11.2.2",
    "11.2",
    "C81",
    "Invio di Newsletter ai dipendenti sulle principali novità in tema di gestione rr.uu. e performance",
  ],
  [
    189,
    "12",
    "032",
    "A82",
    "Valorizzazione del capitale umano e dei livelli di benessere organizzativo nei vari processi di Innovazione e Digitalizzazione della PA",
  ],
  [
    189,
    "12.1",
    "12",
    "B82",
    "Formazione specifica, sviluppo e trasmissione verticale, orizzontale e trasversale del know-how",
  ],
  [189, "12.1.1", "12.1", "C82", "Piano della formazione annuale"],
  [190, "12.1.2", "12.1", "C83", "Accrescimento professionale e crescita delle competenze"],
  [
    196,
    "13",
    "032",
    "A88",
    "Valorizzazione e gestione efficiente del patrimonio immobiliare e delle partecipazioni societarie",
  ],
  [196, "13.1", "13", "B88", "Attuazione del Piano di razionalizzazione degli immobili camerati"],
  [196, "13.1.1", "13.1", "C88", "Attuazione del Piano di razionalizzazione degli immobili camerati"],
  [197, "13.2", "13", "B89", "Realizzazione interventi di manutenzione ordinaria e straordinaria programmati"],
  [197, "13.2.1", "13.2", "C89", "Realizzazione interventi di manutenzione ordinaria e straordinaria programmati"],
  [198, "13.3", "13", "B90", "Monitoraggio economico-finanziario delle società partecipate"],
  [198, "13.3.1", "13.3", "C90", "Controllo periodico di gestione al fine di ottimizzare gli investimenti"],
  [199, "13.4", "13", "B91", "Monitoraggio periodico Aziende Speciali"],
  [199, "13.4.1", "13.4", "C91", "Monitoraggio mensile attività Aziende Speciali"],
  [
    200,
    "14",
    "032",
    "A92",
    "Revisione della spesa per un maggiore efficientamento nell'uso delle risorse e potenziamento dei flussi economico finanziari in entrata",
  ],
  [200, "14.1", "14", "B92", "Azioni per il recupero dei crediti da Diritto Annuale e dei crediti commerciali"],
  [200, "14.1.1", "14.1", "C92", "Azioni per il recupero dei crediti da Diritto Annuale e dei crediti commerciali"],
  [
    201,
    "14.2",
    "14",
    "B93",
    "Riduzione del numero di procedimenti di acquisto svolti senza confronto concorrenziale / indagine di mercato",
  ],
  [
    201,
    "14.2.1",
    "14.2",
    "C93",
    "Riduzione del numero di procedimenti di acquisto svolti senza confronto concorrenziale / indagine di mercato",
  ],
];

// seed line, owner, target cell, target, direction, indicator
const KPIS: [number, string, string, Scalar, Direction | null, string][] = [
  [93, "1.1.1", "E4", num(2), null, "Partecipazione incontri con responsabili rete/sportello"],
  [
    94,
    "1.1.2",
    "E5",
    pct(1),
    null,
    "Dall'avvio della procedura n° documenti inviati da PA e/o utenza ed inseriti nel cassetto digitale /n. doc. inviati per il fascicolo",
  ],
  [
    95,
    "1.2.1",
    "E6",
    pct(1),
    null,
    "N. pec invalide proposte a Giudice RI per cancellazione entro il 31/12/2019/N. pec invalide individuate dal 1/4/2019 al 31/7/2019",
  ],
  [
    96,
    "1.2.1",
    "E7",
    pct(0.2),
    null,
    "Verifica dinamica imprese di agente di commercio al 31/12/2019; n. imprese revisionate/n. imprese soggette a revisione",
  ],
  [
    97,
    "1.2.1",
    "E8",
    pct(1),
    null,
    "Verifica dinamica imprese di mediazione marittima al 31/12/2019; n. imprese revisionate/n. imprese soggette a revisione",
  ],
  [
    98,
    "1.2.1",
    "E9",
    pct(1),
    null,
    "Verifica dinamica imprese di spedizionieri al 31/12/2019; n. imprese revisionate/n. imprese soggette a revisione",
  ],
  [99, "1.2.1", "E10", pct(1), null, "Verifica posizioni ruolo periti esperti (da revisione anno 2004)"],
  [
    100,
    "1.2.2",
    "E11",
    pct(0.5),
    null,
    "Individuazione imprese operative soggette a obbligo dell'organo di controllo ai sensi art. 379 del codice della crisi d'impresa (al 31/12/2019)",
  ],
  [
    101,
    "1.3.1",
    "E12",
    pct(1),
    null,
    "Contratti di rete costituiti con modello standard ai sensi del DM 122/2014: n. iscrizioni effettuate nei termini di legge/n. domande di consulenza ed iscrizione pervenute",
  ],
  [
    102,
    "1.3.2",
    "E13",
    pct(1),
    null,
    "Start-up innovative costituite ai sensi art. 24 e art. 25: n. iscrizioni effettuate nei termini di legge/n. domande di consulenza ed iscrizione pervenute",
  ],
  [103, "1.4.1", "E14", num(1), ">=", "Incremento rilascio SPID, cassetto digitale (n. anno x/n. anno x-1)"],
  [103, "1.4.1", "E15", pct(0.9), null, "Utilizzo risorse Bando voucher contributi Impresa 4.0 - Anno 2019"],
  [
    104,
    "1.4.1",
    "E16",
    pct(1),
    null,
    'Percentuale di realizzazione del progetto "P.I.D. Maggiorazione D.A." (interventi realizzati / interventi richiesti e programmati)',
  ],
  [112, "2.1.1", "E17", num(6), ">=", "n. azioni/stage di orientamento e alternanza per gli studenti"],
  [113, "2.1.2", "E18", num(40, "gg"), "<=", "Tempo medio d'istruttoria per la concessione"],
  [114, "2.2.1", "E19", num(40, "gg"), "<=", "Tempo medio d'istruttoria per la concessione"],
  [116, "3.2.1", "E21", num(1), ">=", "Presentazione di progettualità su avvisi pubblici di finanziamento"],
  [117, "3.3.1", "E22", pct(0.8), ">=", "Percentuale di realizzazione piano di attività previsto"],
  [119, "4.1.1", "E24", pct(1), null, "Stato di attuazione del piano di progetto al 31/12/2019"],
  [
    120,
    "5.1.1",
    "E25",
    date(serialFromYmd(2019, 7, 30)),
    null,
    "Realizzazione educational tour per imprese del comparto crocieristico",
  ],
  [121, "5.2.1", "E26", num(40, "gg"), "<=", "Tempo medio d'istruttoria per la concessione"],
  [122, "5.3.1", "E27", num(2), null, "Sviluppo di nuovi itinerari culturali"],
  [123, "5.4.1", "E28", pct(1), null, "Stato di attuazione del piano di progetto al 31/12/2019"],
  [
    125,
    "6.1.1",
    "E30",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Realizzazione seminario di diffusione alle imprese sulle opportunità derivanti dal piano di azioni transfrontaliero",
  ],
  [130, "7.1.1", "E32", num(3), null, "Eventi per sottoscrizione convenzioni con Associazioni ed Enti"],
  [131, "7.1.2", "E33", num(2), null, "Organizzazione di tavoli scientifici per promuovere clause compromissorie"],
  [
    132,
    "7.1.3",
    "E34",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Stipula convenzione con associazioni di categoria in ambito marittimo",
  ],
  [
    133,
    "7.2.1",
    "E35",
    num(1),
    null,
    "Almeno una iniziativa pubblica per evidenziare un tipo di abusivismo e promuovere la legalità",
  ],
  [
    134,
    "7.3.1",
    "E36",
    pct(0.8),
    ">=",
    "Percentuale di realizzazione del piano di miglioramento dei servizi articolato su un set di indicatori",
  ],
  [143, "8.1.1", "E43", pct(1), null, "N° adempimenti rispettati in tema di Trasparenza / N° adempimenti previsti"],
  [
    144,
    "8.1.2",
    "E44",
    pct(1),
    null,
    "N° adempimenti rispettati in tema di Prevenzione della Corruzione/ N° adempimenti previsti",
  ],
  [145, "8.1.2", "E45", num(0), null, "N° segnalazioni illecite"],
  [146, "9.1.1", "E46", pct(0.9), null, "Rispetto standard di qualità della Carta dei servizi"],
  [
    147,
    "9.1.2",
    "E47",
    pct(0.8),
    null,
    "Percentuale di realizzazione del piano di miglioramento dei servizi articolato su un set di indicatori",
  ],
  [
    148,
    "9.1.3",
    "E48",
    unscorable("Rispetto tempistica (Vedi allegato)"),
    null,
    "Indicatore sintetico del rispetto dei tempi procedurali: gestione cartellini presenza, gestione stipendi e correlati adempimenti fiscali; aggiornamento fascicoli personali; reportistica obiettivi",
  ],
  [
    149,
    "9.1.3",
    "E49",
    unscorable("Rispetto della tempistica (Vedi allegato)"),
    null,
    "Indicatore sintetico del rispetto dei tempi procedurali nella gestione degli arbitrati e del contenzioso",
  ],
  [
    150,
    "9.1.4",
    "E50",
    pct(0.9),
    null,
    "Percentuale di realizzazione degli obiettivi/standard di servizio (Vedi allegato)",
  ],
  [
    151,
    "9.1.5",
    "E51",
    pct(0.9),
    null,
    "Percentuale di realizzazione degli obiettivi/standard di servizio (Vedi allegato)",
  ],
  [
    152,
    "9.1.6",
    "E52",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Coordinamento rilevazione customer camerale servizi esterni/interni",
  ],
  [153, "9.1.6", "E53", date(serialFromYmd(2019, 12, 31)), null, "Analisi dei risultati di customer"],
  [154, "9.1.6", "E54", num(1), ">=", "Livello medio rilevato per servizio"],
  [155, "9.1.7", "E55", pct(0.98), null, "N. pratiche telematiche evase entro 5 gg./n. pratiche telematiche pervenute"],
  [
    156,
    "9.1.8",
    "E56",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Monitoraggio indicatori portafoglio servizi (panel di almeno 30 indicatori)",
  ],
  [160, "9.1.9", "E57", date(serialFromYmd(2019, 12, 31)), null, "Costi vs Infocamere: previsione 2020"],
  [
    161,
    "9.2.1",
    "E58",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Gestione trattamento fine servizio del personale in mobilità (in entrata ed in uscita)",
  ],
  [
    162,
    "9.2.2",
    "E59",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Rilevazione Sistema Integrato CCIAA (dati CCIAA e Aziende Speciali)",
  ],
  [
    163,
    "9.2.2",
    "E60",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Riepilogo risultati di benchmarking Sistema Integrato CCIAA",
  ],
  [164, "9.3.1", "E61", pct(0.94), null, "n. documenti fascicolati/n. documenti protocollati"],
  [
    166,
    "9.3.3",
    "E63",
    pct(0.7),
    null,
    "Percentuale uffici/servizi coinvolti in specifici interventi di formazione/tutoring sulla fascicolazione",
  ],
  [
    167,
    "9.3.4",
    "E64",
    date(serialFromYmd(2019, 4, 1)),
    null,
    "Test e attivazione dei moduli Contabilità, Ciclo attivo, Ciclo passivo, Inventario, Cassa e aggiornamento dei flussi procedurali",
  ],
  [
    171,
    "10.1.1",
    "E65",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Gestione dei pagamenti: Monitoraggio fasi procedura di spesa",
  ],
  [172, "10.1.2", "E66", pct(1), null, "N° pareri rilasciati a supporto dell'attività dell'Ente/n° pareri richiesti"],
  [173, "10.1.2", "E67", pct(1), null, "N° cause concluse/N°cause gestite nell'anno"],
  [174, "10.1.2", "E68", pct(1), null, "N° contratti gestiti / n° contratti richiesti"],
  [175, "10.1.3", "E69", pct(1), null, "Stato di attuazione piano di progetto"],
  [176, "10.1.4", "E70", date(serialFromYmd(2019, 6, 30)), null, "Messa a regime delle procedure"],
  [
    177,
    "10.1.5",
    "E71",
    date(serialFromYmd(2019, 6, 30)),
    null,
    "Introduzione di una nuove metodologie di valutazione",
  ],
  [178, "10.1.6", "E72", pct(1), null, "Stato di attuazione piano di progetto"],
  [
    179,
    "10.1.6",
    "E73",
    date(serialFromYmd(2019, 6, 30)),
    null,
    "Manuale per la corretta gestione degli adempimenti in tema di orario di lavoro",
  ],
  [180, "10.1.6", "E74", date(serialFromYmd(2019, 12, 31)), null, "Formazione ai dipendenti sulle novità del CCNL FL"],
  [184, "11.1.1", "E77", pct(1), null, "Stato di attuazione del piano di progetto"],
  [185, "11.1.2", "E78", date(serialFromYmd(2019, 12, 31)), null, "Revisione/aggiornamento sezione sito di competenza"],
  [
    186,
    "11.1.2",
    "E79",
    pct(1),
    null,
    "N°comunicazioni per la veicolazione delle attività dei servizi/N°eventi realizzati",
  ],
  [187, "11.2.1", "E80", pct(1), null, "Stato di attuazione del piano di progetto"],
  [188, "11.2.2", "E81", pct(1), null, "N°newsletter/N°novità"],
  [
    189,
    "12.1.1",
    "E82",
    pct(0.9),
    null,
    "Stato di attuazione del piano annuale: N°interventi formativi realizzati/N°interventi formativi programmati",
  ],
  [190, "12.1.2", "E83", num(3), ">=", "n° di corsi di formazione attivati (interni/esterni)"],
  [
    191,
    "12.1.2",
    "E84",
    pct(0.9),
    null,
    "n° di unità di personale che hanno partecipato ad almeno 2 corsi (interni/esterni) / n° di unità di personale coinvolto nell'attività di formazione (corsi interni/esterni)",
  ],
  [
    192,
    "12.1.2",
    "E85",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Data di redazione di un Report da parte del responsabile circa eventuali benefici derivanti dall'attività di formazione, crescita riscontrata, eventuali criticità, ecc",
  ],
  [
    196,
    "13.1.1",
    "E88",
    pct(0.9),
    null,
    "Percentuale di realizzazione delle azioni programmate (azioni realizzate / azioni programmate)",
  ],
  [
    197,
    "13.2.1",
    "E89",
    pct(0.8),
    null,
    "Percentuale di realizzazione degli interventi programmati (interventi realizzati / interventi programmati)",
  ],
  [198, "13.3.1", "E90", date(serialFromYmd(2019, 12, 31)), null, "Analisi bilanci imprese gruppo Camerale"],
  [
    199,
    "13.4.1",
    "E91",
    date(serialFromYmd(2019, 12, 31)),
    null,
    "Rendicontazione mensile ore lavorate mediante rilevazione KRONOS estesa alle Aziende Speciali",
  ],
  [
    200,
    "14.1.1",
    "E92",
    pct(0.9),
    null,
    "Percentuale di realizzazione delle azioni programmate (azioni realizzate / azioni programmate)",
  ],
  [201, "14.2.1", "E93", num(1), "<=", "Numero procedimenti anno n / Numero procedimenti anno n-1"],
];

describe("002 obiettivi operativi: the whole tree against the document", () => {
  it("is read by the level-table reader, not by the dashboard, cards or report-tree readers", () => {
    expect(readAs(dashboardReader, grid, { year: 2019 })).toBeNull();
    expect(readAs(cardsReader, grid, { year: 2019 })).toBeNull();
    expect(readAs(reportTreeReader, grid, { year: 2019 })).toBeNull();
    expect(read.layout).toMatchObject({
      sheet: SHEET,
      kind: "tabella",
      headerRow: 2,
      columns: { obiettivo: 2, indicatore: 3, target: 4 },
      firstDataRow: 3,
      lastDataRow: 92,
    });
    expect(read.layout!.columns.consuntivo).toBeUndefined();
  });

  it("has every mission, strategic objective, programme and operational objective, in sheet order", () => {
    const got = read.plan!.objectives.map((o) => [lineOf(o.row), o.code, o.parentCode, o.cells.name, o.name]);
    expect(got).toEqual(TREE);
    // 4 missions (032 written three times is one area), 14 strategic objectives, 36 programmes, 57 operational
    // objectives: 59 cells in column C, one written twice (line 104), one eliminated (line 165)
    const count = (level: string) => read.plan!.objectives.filter((o) => o.level === level).length;
    expect([count("area"), count("strategico"), count("obiettivo"), count("operativo")]).toEqual([4, 14, 36, 57]);
  });

  it.each(KPIS)("line %i: KPI of %s, target %s", (line, owner, cell, target, direction, name) => {
    const o = read.plan!.objectives.find((x) => x.code === owner)!;
    const kpi = o.kpis.find((k) => k.cells.target === cell)!;
    expect(lineOf(kpi.row)).toBe(line);
    expect(kpi).toMatchObject({
      name,
      target,
      direction,
      weight: null,
      actual: { kind: "empty" },
      unavailable: true,
      sheet: SHEET,
    });
    expect(kpi.cells).toEqual({ name: `D${kpi.row}`, target: cell });
  });

  it("has exactly the document's indicators: none lost, none invented", () => {
    const all = read.plan!.objectives.flatMap((o) => o.kpis.map((k) => [lineOf(k.row), o.code, k.cells.target]));
    expect(all).toEqual(KPIS.map(([line, owner, cell]) => [line, owner, cell]));
    // 76 indicator rows in the document, one eliminated (line 165)
    expect(all).toHaveLength(75);
  });

  it("an operational objective written again on the next row (line 104) stays one node with three indicators", () => {
    expect(
      read
        .plan!.objectives.filter((o) => o.name === "Consolidamento e ampliamento attività del Punto Impresa Digitale")
        .map((o) => [o.code, o.kpis.length])
    ).toEqual([["1.4.1", 3]]);
  });
});

describe("002 obiettivi operativi: what the user is told", () => {
  const byCode = (code: string) => read.problems.filter((p) => p.code === code);

  it("no errors; the generated codes once for the sheet, naming every generated code's cell", () => {
    expect(read.problems.filter((p) => p.severity === "errore")).toEqual([]);
    const [generated, ...more] = byCode("codici-generati");
    expect(more).toEqual([]);
    const expected = TREE.filter(([, code]) => /\./.test(code)).map(([, code, , cell]) => `${code} = ${cell}`);
    expect(generated.cells).toHaveLength(expected.length);
    for (const entry of expected) expect(generated.message).toContain(entry);
    expect(generated).toMatchObject({ severity: "avviso", sheet: SHEET, cell: "B4" });
  });

  it("without a consuntivo column the KPIs are not measurable: said once, at the Target header", () => {
    expect(byCode("consuntivo-assente")).toEqual([
      expect.objectContaining({ severity: "avviso", sheet: SHEET, cell: "E3" }),
    ]);
  });

  it("relational and unscorable targets are reported with their cells, never guessed", () => {
    expect(byCode("target-relativo").map((p) => p.cell)).toEqual(["E14", "E93"]);
    expect(byCode("target-non-calcolabile").map((p) => p.cell)).toEqual(["E48", "E49"]);
    expect(byCode("target-non-leggibile")).toEqual([]);
  });

  it("the indicator eliminated by the rolling of July 2019 (line 165) is left out with its objective, naming the note", () => {
    expect(byCode("indicatore-eliminato")).toEqual([expect.objectContaining({ sheet: SHEET, cell: "H62" })]);
    expect(read.plan!.objectives.some((o) => o.name.startsWith("Integrazione del sistema di gestione delibere"))).toBe(
      false
    );
    // its ordinal stays taken: the codes of the rows below do not move when a row is eliminated
    expect(read.plan!.objectives.find((o) => o.cells.name === "C63")?.code).toBe("9.3.3");
  });

  it("programmes the document lists without indicators (lines 115, 118, 135-137) are nodes, named once as not evaluated", () => {
    expect(byCode("obiettivi-senza-indicatori")).toEqual([
      expect.objectContaining({ cells: ["B20", "B23", "B37", "B38", "B39"] }),
    ]);
    expect(byCode("obiettivi-senza-indicatori")[0].message).toContain("3.1 (B20)");
  });

  it("in 2020 the eliminated indicator is still left out; in 2018 (before the rolling) it is read", () => {
    expect(
      readPlanSheet(grid, { year: 2020 })
        .plan!.objectives.flatMap((o) => o.kpis)
        .some((k) => k.cells.target === "E62")
    ).toBe(false);
    const y2018 = readPlanSheet(grid, { year: 2018 });
    expect(y2018.plan!.objectives.find((o) => o.code === "9.3.2")?.kpis.map((k) => k.cells.target)).toEqual(["E62"]);
  });
});

describe("002 obiettivi operativi: merged blocks and blocks left empty below", () => {
  it("the fixture merges the level cells down over their blocks", () => {
    expect(grid.merges).toEqual(expect.arrayContaining(["A4:A16", "B6:B11", "C6:C10", "A46:A64"]));
  });

  it("without the merges (cells simply left empty below) the tree is the same", () => {
    const plain = readPlanSheet({ ...grid, merges: [] }, { year: 2019 });
    expect(plain.plan).toEqual(read.plan);
  });

  it("hidden rows inside the table are read and reported", () => {
    const hidden = readPlanSheet({ ...grid, hiddenRows: new Set([6, 7]) }, { year: 2019 });
    expect(hidden.plan).toEqual(read.plan);
    expect(hidden.problems.filter((p) => p.code === "righe-nascoste-lette")).toEqual([
      expect.objectContaining({ cell: "D7" }),
    ]);
  });
});

/** The fixture with a "Consuntivo" column in I (header row 3) and values on the given 1-based rows. */
function withActuals(actuals: Record<number, string | number>): SheetGrid {
  const values = grid.values.map((row, i) => {
    const copy = [...row];
    while (copy.length < 9) copy.push(null);
    if (i === 2) copy[8] = "Consuntivo";
    if (actuals[i + 1] !== undefined) copy[8] = actuals[i + 1];
    return copy;
  });
  return { ...grid, values, numberFormats: grid.numberFormats?.map((r) => [...r]) };
}

describe("002 obiettivi operativi: with a consuntivo column the tree is scored with equal weights", () => {
  it("objective 2 (lines 112-114): KPIs scored, operational objectives, programmes and the strategic objective as plain means", () => {
    // 3 vs >= 6 → 50%; 50 gg vs <= 40 gg → 75%; 40 gg vs <= 40 gg → 100%
    const r = readPlanSheet(withActuals({ 17: 3, 18: "50gg", 19: "40gg" }), { year: 2019 });
    expect(r.layout!.columns.consuntivo).toBe(8);
    expect(r.problems.filter((p) => p.code === "consuntivo-assente")).toEqual([]);
    const two: PlanInput = {
      sheet: SHEET,
      objectives: r
        .plan!.objectives.filter((o) => o.code === "2" || o.code.startsWith("2."))
        .map((o) => (o.code === "2" ? { ...o, parentCode: null } : o)),
    };
    expect(two.objectives.flatMap((o) => o.kpis.map((k) => k.cells.actual))).toEqual(["I17", "I18", "I19"]);
    const result = computePlan(two);
    const perf = (code: string) => result.objectives.find((o) => o.code === code)?.performance;
    expect(perf("2.1.1")).toBeCloseTo(0.5, 10);
    expect(perf("2.1.2")).toBeCloseTo(0.75, 10);
    expect(perf("2.1")).toBeCloseTo(0.625, 10);
    expect(perf("2.2")).toBeCloseTo(1, 10);
    expect(perf("2")).toBeCloseTo(0.8125, 10);
  });
});

describe("002 obiettivi operativi: the command line reads both sheets", () => {
  it("verifica --anno 2019 --json: both sheets, no errors, the operational tree with its generated codes", async () => {
    const run = await runCli(["verifica", "test/fixtures/002-cruscotto-2016-2020.xlsx", "--anno", "2019", "--json"]);
    expect(run.stderr).toBe("");
    const out = JSON.parse(run.stdout) as {
      sheets: { name: string; objectives: { code: string }[] }[];
      problems: { severity: string; sheet?: string; code: string }[];
    };
    expect(out.sheets.map((s) => [s.name, s.objectives.length])).toEqual([
      ["Cruscotto strategico", 18],
      [SHEET, TREE.length],
    ]);
    expect(out.sheets[1].objectives.map((o) => o.code)).toEqual(TREE.map(([, code]) => code));
    expect(out.problems.filter((p) => p.severity === "errore")).toEqual([]);
    expect(out.problems.filter((p) => p.sheet === SHEET && p.code === "codici-generati")).toHaveLength(1);
    expect(out.problems.filter((p) => p.sheet === SHEET && p.code === "consuntivo-assente")).toHaveLength(1);
  });
});

describe("level-column tables: the edges", () => {
  const rows = [
    ["Piano operativo"],
    ["011_Competitività delle Imprese"],
    ["Obiettivi strategici", "Programmi di intervento", "Obiettivo Operativo", "Indicatore", "Target", "Note"],
    ["1. Digitale", "Sportello unico", "Pratiche telematiche", "Tempo medio di evasione", "<= 5gg"],
    [null, null, null, "Pratiche evase / pervenute", "95,00%"],
    [null, null, null, "Indicatore senza target"],
    [null, "Formazione"],
    [null, "Comunicazione", "Sito", "Revisione sezione sito", "30/06/2021"],
    [null, null, null, "Quota aggiornata", "??"],
    ["Processi Interni"],
  ];
  const small = gridFromRows("Piano", rows);

  it("a lone indicator is a KPI without target, a lone programme a node without indicators, a lone label nothing", () => {
    const r = readPlanSheet(small);
    expect(r.plan!.objectives.map((o) => [o.code, o.parentCode, o.kpis.map((k) => k.name)])).toEqual([
      ["011", null, []],
      ["1", "011", []],
      ["1.1", "1", []],
      ["1.1.1", "1.1", ["Tempo medio di evasione", "Pratiche evase / pervenute", "Indicatore senza target"]],
      ["1.2", "1", []],
      ["1.3", "1", []],
      ["1.3.1", "1.3", ["Revisione sezione sito", "Quota aggiornata"]],
    ]);
    const codes = r.problems.map((p) => [p.code, p.cell]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["codici-generati", "B4"],
        ["obiettivi-senza-indicatori", "B7"],
        ["consuntivo-assente", "E3"],
      ])
    );
    // targets missing (E6) or unreadable (E9) are the engine's to report, once, when it scores them
    expect(codes.filter(([, cell]) => cell === "E6" || cell === "E9")).toEqual([]);
    expect(r.problems.find((p) => p.code === "codici-generati")?.message).toContain(
      "1.1 = B4, 1.1.1 = C4, 1.2 = B7, 1.3 = B8, 1.3.1 = C8"
    );
    // the plan year comes from the deadlines when neither the settings nor the sheet name give it
    expect(r.problems.some((p) => p.code === "anno-non-indicato")).toBe(false);
  });

  describe("a plan that nothing dates (no year chosen, none in the sheet's name, no deadline among the targets)", () => {
    const undated = gridFromRows(
      "Piano",
      rows.map((r) => r.map((v) => (v === "30/06/2021" ? "Entro giugno" : v)))
    );
    it.each<[string, number | undefined, number | null]>([
      ["today's year, given by the command line or the task pane", serialFromYmd(2021, 3, 15), 2021],
      ["another day, another year", serialFromYmd(2024, 12, 31), 2024],
      ["without today the sheet is not read", undefined, null],
    ])("%s", (_, today, year) => {
      const r = readAs(levelTableReader, undated, today === undefined ? {} : { today })!;
      const notice = r.problems.find((p) => p.code === "anno-non-indicato");
      expect(notice).toMatchObject({ severity: "avviso", sheet: "Piano", cell: "E3" });
      expect(notice!.message).toContain("Impostazioni → «Anno dei piani pluriennali» (riga di comando: --anno)");
      if (year === null) {
        expect(r.plan).toBeNull();
        expect(notice!.message).toContain("Il foglio non è letto.");
      } else {
        expect(r.plan!.objectives.length).toBeGreaterThan(0);
        expect(notice!.message).toContain(`Si considera il ${year}`);
      }
    });
  });

  it("a column mapping or a header row chosen by the user leaves the sheet to the table reader", () => {
    expect(
      readAs(levelTableReader, small, { columns: { obiettivo: 2, indicatore: 3, target: 4, consuntivo: 5 } })
    ).toBeNull();
    expect(readAs(levelTableReader, small, { headerRow: 2 })).toBeNull();
  });

  it("level columns that carry codes (an albero) are not this layout", () => {
    const coded = gridFromRows("Albero", [
      ["Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Target", "Consuntivo"],
      ["01 Competitività", "01_01 Digitale", "KPI 1", ">= 10", 8],
    ]);
    expect(readAs(levelTableReader, coded, {})).toBeNull();
    expect(readPlanSheet(coded).plan!.objectives.map((o) => o.code)).toEqual(["01", "01_01"]);
  });
});
