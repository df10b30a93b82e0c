/**
 * Fixture 004: CCIAA Brindisi, schede obiettivi strategici e operativi 2019/2021 - monitoraggio
 * semestrale (seed 004_1dfde08e43498717.txt), as the controllo di gestione keeps the cards in one
 * worksheet: the strategic cards (lines 1-267: "Area strategica:", "Obiettivo strategico:", a "KPI
 * associati" table with per-year targets "Anno:2019—si") and all 22 operational cards (lines 271-2272,
 * vertical label | value blocks: "obiettivo operativo", "kpi operativo 1.1.", "nome indicatore",
 * "target annuale", "peso indicatore", ...). Weights typed as numbers (100, 34, "70%" as 0,7 in percent
 * format), single-year targets Excel holds as numbers ("100%") as numbers, the rest as text.
 */
const path = require("path");

const NL = "\n";
const years = (t19, t20, t21) => `Anno:2019${t19}${NL}Anno:2020${t20}${NL}Anno:2021${t21}`;
const TABLE_HEADER = ["Indicatori", "Peso", "Un.mis.", "Fonte", "Alg.", "Target"];

/** Strategic cards, seed lines 4-257. Each KPI: [name, peso, un.mis., fonte, algoritmo, target]. */
const STRATEGIC = [
  {
    line: 4,
    area: "Servizi istituzionali e generali delle amministrazioni pubbliche",
    description:
      "Tale area mira a porre la Camera di Commercio di Brindisi in un processo di miglioramento continuo della sua organizzazione interna al fine di offrire sempre migliori servizi alle imprese.",
    objectives: [
      {
        line: 8,
        name: "Miglioramento efficienza ed efficacia dei processi interni",
        kpis: [
          [
            "Introduzione SIOPE+ e gestione efficiente del cash flow" + NL + "Tipologia KPI:efficacia",
            100,
            "numero",
            "Rilevazione interna",
            "Numero di rilevazioni",
            years("—si", "—si", "—si"),
          ],
        ],
      },
      {
        line: 32,
        name: "Rendicontazione in maniera chiara e facilmente percepibile all’esterno dei risultati dell’attività dell’Ente valorizzando gli strumenti di misurazione e rendicontazione della performance",
        kpis: [
          [
            "Predisposizione nei termini di legge dei documenti relativi alla Performance (Piano Performance, relazione sulla Performance, monitoraggio semestrale)" +
              NL +
              "Tipologia KPI:efficacia",
            100,
            "numero",
            "Rilevazione interna e sito camerale",
            "n. documenti performance redatti nei termini di legge",
            years("---3", "---3", "---3"),
          ],
        ],
      },
      {
        line: 57,
        name: "miglioramento della qualità e della conoscenza dei servizi offerti dall’Ente aggiornamento Sezione Amministrazione Trasparente del sito internet",
        kpis: [
          [
            "Aggiornamento Piano Triennale per la Trasparenza",
            34,
            null,
            "Rilevazione interna e sito camerale",
            "Realizzazione Documento di Aggiornamento",
            years("—si", "—si", "—si"),
          ],
          [
            "Interventi di monitoraggio e relazione finale",
            33,
            null,
            "Rilevazione interna e sito camerale",
            "Realizzazione monitoraggio semestrale e relazione finale",
            years("—si", "—si", "—si"),
          ],
          [
            "Giornata formativa ed informativa sulla trasparenza" + NL + "Tipologia KPI:efficacia",
            33,
            null,
            "Rilevazione interna e sito camerale",
            "Realizzazione Giornata formativa ed informativa sulla trasparenza",
            years("—si", "—si", "—si"),
          ],
        ],
      },
      {
        line: 101,
        name: "Attuazione disposizioni Legge n. 190/2012 sull’anticorruzione",
        kpis: [
          [
            "Aggiornamento Piano anti corruzione",
            34,
            null,
            "Rilevazione interna e sito camerale",
            "Realizzazione Documento di Aggiornamento Piano anti corruzione",
            years("—si", "—si", "—si"),
          ],
          [
            "Interventi di audit in ottica di prevenzione della corruzione",
            33,
            "numero",
            "Rilevazione interna",
            "Realizzazione interventi",
            years("—≥2", "—≥2", "—≥2"),
          ],
          [
            "Interventi formativi adottati in ottica anticorruzione" + NL + "Tipologia KPI:efficacia",
            33,
            "numero",
            "Rilevazione interna",
            "Realizzazione interventi",
            years("—≥2", "—≥2", "—≥2"),
          ],
        ],
      },
    ],
  },
  {
    line: 143,
    area: "regolazione dei mercati",
    description:
      "In questo settore, le Camere di Commercio hanno un rilievo difficilmente rintracciabile nel panorama del sistema pubblico nazionale, con attività a favore della correttezza degli scambi.",
    objectives: [
      {
        line: 147,
        name: "rafforzare le attività di ispezione e controllo garantendo la tutela del consumatore",
        kpis: [
          [
            "Tasso di evasione verifiche metriche" + NL + "Tipologia KPI:efficacia",
            75,
            "%",
            "Rilevazione interna da cruscotto",
            "n. verifiche metriche  effettuate nell’anno/totale verifiche metriche pervenute",
            years("---90%", "---90%", "---90%"),
          ],
          [
            "Verifiche con forze dell’ordine" + NL + "Tipologia KPI:efficacia",
            25,
            "%",
            "Protocollo informatico",
            "Accessi eseguiti/richieste di intervento",
            "Anno:2019--100%" + NL + "Anno:2020--100%" + NL + "Anno:2021 -100%",
          ],
        ],
      },
      {
        line: 181,
        name: "Garantire un adeguato livello di servizio delle attività anagrafiche-certificative",
        kpis: [
          [
            "Tasso evasione pratiche registro imprese" + NL + "Tipologia KPI:efficacia",
            100,
            "%",
            "Rilevazione interna da Priamo",
            "Numero pratiche registro imprese evase nei termini di legge /totale pratiche registro imprese evase",
            "Anno:2019>=65%" + NL + "Anno:2020>=65%" + NL + "Anno:2021 >=65%",
          ],
        ],
      },
    ],
  },
  {
    line: 205,
    area: "Commercio internazionale ed internazionalizzazione del sistema produttivo",
    description:
      "La Camera di Commercio di Brindisi con questa area mira a dare supporto all’internazionalizzazione delle imprese provinciali sui mercati internazionali.",
    objectives: [
      {
        line: 209,
        name: "Favorire i processi di internazionalizzazione",
        kpis: [
          [
            "Gestione euro sportello internazionalizzazione" + NL + "Tipologia KPI:efficacia",
            100,
            "numero",
            "interna",
            "n. utenti imprenditori e aspiranti imprenditori che usufruiscono del servizio",
            "Anno 2019>=50" + NL + "Anno:2020>= 50" + NL + "Anno:2021 >= 50",
          ],
        ],
      },
    ],
  },
  {
    line: 233,
    area: "Competitività e sviluppo delle imprese",
    description:
      "La Camera di Commercio con quest’area intende creare sul territorio tutti quei presupposti utili ad attrarre investimenti diretti.",
    objectives: [
      {
        line: 237,
        name: "Gestione sportello innovazione e Alternanza scuola lavoro",
        kpis: [
          [
            "Promozione start up innovativi",
            50,
            "%",
            "interna",
            "Numero informazioni fornite a vista su start up innovative / numero totale informazione richieste",
            "Anno:2019--100%" + NL + "Anno:2020--100%" + NL + "Anno:2021 -100%",
          ],
          [
            "Volume di attività nell’ambito del percorso di alternanza scuola lavoro" + NL + "Tipologia KPI:efficacia",
            50,
            "n.",
            "interna",
            "n. di scuole coinvolte nei percorsi di alternanza scuola lavoro",
            "Anno 2019>=2" + NL + "Anno:2020>= 2" + NL + "Anno:2021 >= 2",
          ],
        ],
      },
    ],
  },
];

/**
 * Label texts as each group of cards writes them (the document's own capitalisation and wording).
 * lower: "obiettivo strategico (missione)" ...; capital: "Obiettivo strategico (missione)" ...;
 * upper: "OBIETTIVO STRATEGICO (MISSIONE)" with the objective's name on the row after "OBIETTIVO
 * OPERATIVO 1"; mission: the Ragioneria cards, "Obiettivo strategico (mission)", "Area organizzativa".
 */
const BUDGET_LONG = "budget (proventi da gestione di beni e servizi   e oneri per interventi economici )";
const BUDGET_QUADRO =
  "Budget" +
  NL +
  "QUADRO FINANZIARIO" +
  NL +
  "Proventi da gestione di beni e servizi" +
  NL +
  "Oneri  per interventi economici";
const STYLES = {
  lower: {
    mission: "obiettivo strategico (missione)",
    programma: "programma",
    objective: "obiettivo operativo",
    description: "descrizione",
    centro: "Centro di costo",
    budget: BUDGET_LONG,
    kpi: [
      "nome indicatore",
      "algoritmo di calcolo",
      "target annuale",
      "peso indicatore",
      "tipologia dell’indicatore",
      "fonte dati",
      "responsabile della rilevazione",
      "frequenza della rilevazione",
    ],
  },
  capital: {
    mission: "Obiettivo strategico (missione)",
    programma: "Programma",
    objective: "Obiettivo operativo",
    description: "Descrizione",
    centro: "Centro di costo",
    budget: "Budget (proventi da gestione di beni e servizi   e oneri per interventi economici )",
    kpi: [
      "Nome indicatore",
      "Algoritmo di calcolo",
      "Target annuale",
      "Peso indicatore",
      "Tipologia dell’indicatore",
      "Fonte dati",
      "Responsabile della rilevazione",
      "Frequenza della rilevazione",
    ],
  },
  upper: {
    mission: "OBIETTIVO STRATEGICO (MISSIONE)",
    programma: "PROGRAMMA OPERATIVO",
    objectiveNextRow: "OBIETTIVO OPERATIVO 1",
    description: "Descrizione del progetto",
    centro: "AREA ORGANIZZATIVA",
    budget: BUDGET_QUADRO,
    kpi: [
      "Nome indicatore",
      "Algoritmo di calcolo",
      "Target annuale",
      "Peso indicatore",
      "Tipologia dell’indicatore",
      "Fonte dati",
      "Responsabile della rilevazione",
      "Frequenza  della rilevazione",
    ],
  },
  upperMission: {
    mission: "OBIETTIVO STRATEGICO (MISSION)",
    programma: "PROGRAMMA",
    objectiveNextRow: "OBIETTIVO OPERATIVO 1",
    description: "Descrizione del progetto",
    centro: "Centro di costo",
    budget: BUDGET_QUADRO,
    kpi: [
      "Nome indicatore",
      "Algoritmo di calcolo",
      "Target annuale",
      "Peso indicatore",
      "Tipologia dell’indicatore",
      "Fonte dati",
      "Responsabile della rilevazione",
      "Frequenza della rilevazione",
    ],
  },
  mission: {
    mission: "Obiettivo strategico (mission)",
    programma: "Programma operativo",
    objective: "Obiettivo operativo",
    description: "Descrizione",
    centro: "Area organizzativa",
    budget:
      "Budget" + NL + "(quadro finanziario, proventi da gestione di beni e servizi, e oneri per interventi economici)",
    kpi: [
      "Nome indicatore",
      "Algoritmo di calcolo",
      "Target annuale",
      "Peso indicatore",
      "Tipologia dell’indicatore",
      "Fonte dati",
      "Responsabile della rilevazione",
      "Frequenza della rilevazione",
    ],
  },
};

/**
 * Operational cards, vertical label | value, seed lines 271-2272, in the document's order. Each KPI:
 * [kpi label (null: the document has none), nome (null: none), algoritmo, target annuale, peso,
 * tipologia, fonte, responsabile, frequenza (null: none), extra]; extra.office is written next to the
 * "kpi operativo" label, extra.note is the monitoring remark the document prints under the KPI.
 * Targets typed "100%" are numbers in Excel (1, format 0%), weights "70%" are 0,7 (format 0%), the
 * other targets are text as the cards show them ("<=18", ">=65%", "si", "N >= 12", "<=20gg.+5").
 */
const PROG_012 = " 004 – Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori";
const PROG_011 =
  "Cod.005 Promozione e attuazione " +
  NL +
  "di politiche di sviluppo, competitività e innovazione, di responsabilità sociale d'impresa e movimento cooperativo";
const RESP_REG = "Responsabile Servizio Regolazione del mercato – economia locale";
const MISSION_032 = "Missione 032 - Servizi Istituzionali e Generali delle Amministrazioni Pubbliche";
const PROG_003 = "Programma 003 - Servizi e affari generali per le amministrazioni di competenza";
const SI_NO = "Si/no";
const PROPOSTA =
  "Predisposizione di una proposta operativa da parte della Commissione in merito a una delle linee sopra evidenziate";
const TEMPISTICA = "Realizzazione attività secondo la specifica tempistica del progetto.";
const COMMISSIONE_AGRI = "Commissione Politiche agrizootecniche, pesca, acquacoltura e produzioni alimentari ";

const OPERATIONAL = [
  {
    line: 271,
    style: "lower",
    heading: "COMMERCIO INTERNAZIONALE ED INTERNAZIONALIZZAZIONE DEL SISTEMA PRODUTTIVO (Cod.016)",
    mission: "Cod.016 Commercio internazionale ed internazionalizzazione del sistema produttivo",
    programma: "Co.005 Sostegno all’internazionalizzazione delle imprese e promozione del made in Italy",
    objective: "Eurosportello - Internazionalizzazione",
    description:
      "· Promozione internazionale;" +
      NL +
      "· Cooperazione Territoriale Europea;" +
      NL +
      "· Marketing Territoriale;" +
      NL +
      "· Politiche e Reti UE;" +
      NL +
      "· Progettazione e finanziamenti (trasversale alle macroaree precedenti)",
    impatto: "Azienda Speciale Promobrindisi",
    centro: "Azienda Speciale Promobrindisi ",
    budget: "€ 24.000",
    kpis: [
      [
        "kpi operativo 1.1.",
        "n. utenti imprenditori e aspiranti imprenditori che usufruiscono del servizio",
        "n. utenti imprenditori e aspiranti imprenditori che usufruiscono del servizio",
        ">=50",
        50,
        "efficacia",
        "interna",
        "Azienda speciale Promobrindisi",
        "semestrale",
      ],
      [
        "kpi operativo 1.2",
        "Gestione sportello ",
        "N. INFORMAZIONI RILASCIATE A VISTA/TOTALE INFORMAZIONI RICHIESTE ",
        1,
        50,
        "Efficacia",
        "interna",
        "Azienda speciale Promobrindisi",
        "semestrale",
      ],
    ],
  },
  {
    line: 365,
    style: "capital",
    mission: "Missione 016 - “Commercio internazionale ed internazionalizzazione del sistema produttivo” ",
    programma: " 005– Sostegno all’internazionalizzazione delle imprese e promozione del made in Italy",
    objective: "attività info-formativa sulla tutela del made in Italy",
    description:
      "Azione 1 attività info-formativa sulla tutela del made in Italy in particolare settore turistico ricettivo e internazionalizzazione delle imprese ",
    impatto: "Azienda speciale Isfores",
    centro: "Azienda speciale Isfores",
    budget: "€ 25.000",
    kpis: [
      [
        "Kpi operativo 1.1.",
        "attività info-formativa sulla tutela del made in Italy",
        "n. informazioni fornite a vista/n. informazioni richieste ",
        1,
        100,
        "efficacia",
        "interna",
        "Segreteria generale",
        null,
      ],
    ],
  },
  {
    line: 421,
    style: "lower",
    heading: "1. REGOLAZIONE DEI MERCATI (missione cod. 012)",
    mission: "Codice 012 Regolazione dei mercati”",
    programma: "Codice 04 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objective: "Miglioramento dell’efficienza del servizio metrico",
    description:
      "Azione 1: mantenimento dei termini di verifiche realizzate rispetto al totale delle verifiche richieste. Collaudi di posa in opera e verifiche prime",
    impatto: "1 unità D e 1 unità C",
    centro: "Ufficio metrico",
    budget: 0,
    kpis: [
      [
        "kpi operativo 1.1.",
        "Tasso di evasione verifiche metriche",
        "Numero verifiche metriche effettuate nell’anno/totale verifiche metriche pervenute",
        "90%(dal 03/2015 i giorni di verifica sono stati ridotti  a 2,5 anzichè 4)",
        75,
        "efficacia",
        "Rilevazione interna da cruscotto",
        "Domenico Calefato",
        "6 MESI",
      ],
      [
        "kpi operativo 1.2",
        "Verifiche con forze dell’ordine",
        "accessi eseguiti/richieste di intervento",
        1,
        25,
        "efficacia",
        "Protocollo informatico",
        "Domenico Calefato",
        "6 mesi",
      ],
    ],
  },
  {
    line: 508,
    style: "upper",
    mission: "Codice 012 Regolazione dei mercati”",
    programma: "Codice 04 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objective: "miglioramento efficacia ed efficienza delle attività svolte dal Servizio Metrico - Agricoltura",
    description:
      "Rendere efficiente la gestione interna dell’iter delle richieste di certificazione al fine di assorbire gli eventuali ritardi cagionati dai passaggi gestiti dagli operatori esterni",
    impattoLabel: "Soggetti coinvolti impatto " + NL + "organizzativo",
    impatto: "2 unità C e 1 unità B",
    centro: "Servizio metrico",
    budget: null,
    kpis: [
      [
        "KPI operativi 1.1.",
        "Tempo medio lavorazione processo",
        "Tempo trascorso dalla ricezione dell’istanza alla emissione del certificato di idoneità",
        "<=18",
        100,
        "efficacia",
        "Rilevazione interna da IC-DEIS",
        "Romualdo Topputi",
        "6 mesi",
      ],
      [
        "KPI  operativo 1.2",
        "Tempo medio lavorazione processo",
        "Tempo trascorso dalla ricezione dell’istanza alla verifica dei requisiti di idoneità all’inserimento",
        "<=26",
        100,
        "efficacia",
        "Registrazione protocollo",
        "Romualdo Topputi",
        "6 mesi",
      ],
    ],
  },
  {
    line: 602,
    style: "lower",
    mission: "Cod 012 Regolazione dei mercati”",
    programma: "Cod.004 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objective: "Mantenimento degli standard dei tempi di evasione delle pratiche ",
    description: "Istruttoria ed evasione delle pratiche registro imprese ed adempimenti connessi",
    impatto: "Rispetto dei tempi di evasione ",
    centro: "r.i.",
    budget: null,
    kpis: [
      [
        "kpi operativo 1.1.",
        "Iscrizione delle domande/denunce",
        "Numero pratiche registro imprese evase nel termine di legge/totale pratiche registro imprese evase",
        ">=65%",
        "70%",
        "efficacia",
        "Rilevazione interna da Priamo",
        "Servizio Registro Imprese",
        "semestrale",
      ],
      [
        "kpi operativo 1.2",
        "Evasione pratiche albo artigiani",
        "%  pratiche albo artigiani evase nei termini nell’anno/ totale pratiche albo artigiani presentate nell’anno rilevate da banca dati Diana",
        ">=65%",
        "30%",
        "efficacia",
        "Rilevazione interna da Priamo",
        "Servizio Registro Imprese",
        "semestrale",
      ],
    ],
  },
  {
    line: 688,
    style: "lower",
    mission: "012 -“Regolazione dei mercati”",
    programma: PROG_012,
    objective:
      "Mantenimento efficacia ed efficienza delle attività svolte dal Servizio Regolazione del mercato economia locale",
    description:
      "Azione 1 : evasione istanze cancellazione protesti nei termini di legge;" +
      NL +
      "Azione 2: Emissione di ordinanze ingiunzione relative a verbali di accertamento arretrati;" +
      NL +
      "Azione 3: mantenimento tempi di evasione istanze di registrazione di marchi e brevetti" +
      NL +
      "Azione 4: fungibilità nelle attività e nei procedimenti del servizio anche in caso di assenza o impedimento dei colleghi nel rispetto dei termini dei relativi procedimenti",
    impatto:
      "Azione 1: 1 unità fino al 30 aprile 2019 " +
      NL +
      "Azione 2: 1 unità in part-time" +
      NL +
      "Azione 3: 1 unità in part-time" +
      NL +
      "Azione 4: 3 unità (2 part-time e una fino al 30 giugno 2019",
    centro: "Servizio Regolazione del  mercato – economia locale",
    budget: 0,
    kpis: [
      [
        "kpi operativo 1.1.",
        "Tempo medio di evasione istanze di cancellazione protesti",
        "Giorni evasione istanze cancellazione protesti/totale istanze cancellazione protesti ",
        "<=20gg.+5",
        100,
        "Efficacia",
        "Rilevazione interna",
        RESP_REG,
        "Semestrale",
        { office: "UFFICIO PROTESTI" },
      ],
      [
        "kpi operativo 2.1.",
        "Emissione ordinanze ingiunzione processi verbali emessi nella prima metà del 2016",
        "Emissione ordinanze ingiunzione processi verbali emessi nella prima metà del 2016",
        "Si",
        100,
        "Efficacia",
        "Rilevazione interna da PROSA",
        RESP_REG,
        "Semestrale ",
        { office: "UFFICIO SANZIONI" },
      ],
      [
        "kpi operativo 3.1.",
        "Tasso di istanze evase nei tempi",
        "Numero istanze evase nei tempi/totale istanze",
        1,
        100,
        "Efficacia",
        "Rilevazione interna",
        RESP_REG,
        "Semestrale",
        { office: "UFFICIO MARCHI E BREVETTI" },
      ],
      [
        "kpi operativo 4.1.",
        "fungibilità nelle attività e nei procedimenti del servizio anche in caso di assenza o impedimento dei colleghi nel rispetto dei termini dei relativi procedimenti ",
        SI_NO,
        "Si",
        50,
        "Efficacia",
        "Rilevazione interna",
        RESP_REG,
        "Semestrale",
        { office: "UFFICI MARCHI PROTESTI SANZIONI COMMERCIO ESTERO" },
      ],
      // Seed lines 830-849: a second block of action 4 with neither "kpi operativo" nor "nome indicatore".
      [
        null,
        null,
        "emissione certificati commercio estero  entro 6 giorni dalla richiesta e carnet ata entro 10 giorni. ",
        "Si",
        50,
        "Efficacia",
        "Rilevazione interna",
        RESP_REG,
        "Semestrale",
      ],
    ],
  },
  {
    line: 855,
    style: "capital",
    mission: "012 -“Regolazione dei mercati”",
    programma: PROG_012,
    objective: "Servizi per favorire la reinternalizzazione ",
    description:
      "Azione 1: attività commissionate dall’ente camerale a supporto dell’erogazione dei servizi istituzionali  " +
      NL +
      "Azione 2 attività di sportello per rilascio smart card" +
      NL +
      "Azione 3 attività di sportello per rilascio Spid" +
      NL +
      "Azione 4 gestione sportello borsa merci telematica",
    impatto: "Azienda speciale Isfores",
    centro: "Azienda speciale Isfores",
    budget: "€ 195.000 di cui € 14.400 per PID",
    kpis: [
      [
        "Kpi operativo 1.1.",
        "attività commissionate dall’ente camerale a supporto dell’erogazione dei servizi istituzionali ",
        SI_NO,
        "si",
        100,
        "efficacia",
        "interna",
        "Segreteria generale",
        "Semestrale",
      ],
      [
        "Kpi operativo 2.1.",
        "Gestione sportello rilascio smart card",
        "n. smart card fornite a vista/n. smart card richieste ",
        1,
        100,
        "efficacia",
        "interna",
        "Segreteria generale",
        "Semestrale",
      ],
      [
        "Kpi operativo 3.1.",
        "Gestione sportello rilascio SPID",
        SI_NO,
        "si",
        100,
        "efficacia",
        "interna",
        "Segreteria generale",
        "Semestrale",
      ],
      [
        "Kpi operativo 4.1.",
        "Gestione sportello borsa merci telematica",
        "n. informazioni fornite a vista/n. informazioni richieste",
        1,
        100,
        "efficacia",
        "interna",
        "Segreteria generale",
        "Semestrale",
      ],
    ],
  },
  {
    line: 999,
    style: "lower",
    mission: "012 -“Regolazione dei mercati”",
    programma: PROG_012,
    objectiveLabel: "obiettivo operativo 1",
    objective: "Costituzione di start up innovative-Ufficio Assistenza qualificata alle Imprese  AQI",
    // Seed line 1009: the description is printed without its "descrizione" label.
    unlabelledDescription:
      "In seguito alle novità introdotte dal decreto ministeriale del 17 febbraio 2016, gli aspiranti imprenditori che intendono costituire una startup innovativa in forma di srl, (art. 4, comma 10 bis, del D.L. 24/01/2015, n.3, convertito con modificazioni in Legge n. 33/2015) possono utilizzare una procedura semplificata, che prevede per la stipula di atto costitutivo e statuto l'utilizzo di un modello standard tipizzato.",
    impatto: null,
    centro: "In corso di definizione",
    budget: "Diritti di segreteria da definire ",
    kpis: [
      [
        "kpi operativo 1.1.",
        "Realizzazione attività sulla base delle richieste",
        SI_NO,
        "si",
        100,
        "efficacia",
        "interna",
        "Segretario Generale",
        "semestrale",
      ],
    ],
  },
  {
    line: 1062,
    style: "lower",
    heading: "1. COMPETITIVITA’ E SVILUPPO DELLE IMPRESE (missione cod. 011)",
    mission: "Cod.011 Competitività e sviluppo delle imprese",
    programma: PROG_011,
    objective: "Gestione sportello innovazione e Alternanza scuola lavoro",
    description:
      "Quattro i pilastri su cui innestare le azioni concrete: Formazione, Lavoro, Orientamento e Imprenditorialità.",
    impatto: "Promobrindisi",
    centro: "Promobrindisi",
    budget: "€ 36.000 di cui € 14.400 per ASL",
    kpis: [
      [
        "kpi operativo 1.1.",
        "Promozione start up innovativi ",
        "Numero informazioni fornite a vista su start up innovative / numero totale informazione richieste",
        1,
        50,
        "efficacia",
        "interna",
        "Azienda speciale Promobrindisi",
        "semestrale",
      ],
      [
        "kpi operativo 1.2",
        "Volume di attività nell’ambito del percorso di alternanza scuola lavoro",
        "n. di scuole coinvolte nei percorsi di alternanza scuola lavoro",
        ">=2",
        50,
        "efficacia",
        "interna",
        "Azienda speciale promobrindisi",
        "semestrale",
      ],
    ],
  },
  {
    line: 1159,
    style: "capital",
    mission: "011 -“Competitività e sviluppo delle imprese",
    programma:
      " 005 – Promozione e attuazione " +
      NL +
      "di politiche di sviluppo, competitività e innovazione, di responsabilità sociale d'impresa e movimento cooperativo",
    objective:
      "Attività propositiva Commissione consiliare Politiche agrizootecniche, pesca, acquacoltura e produzioni alimentari ",
    description:
      "La Commissione consiliare Politiche agrizootecniche, pesca, acquacoltura e produzioni alimentari della Camera di commercio di Brindisi, al fine di promuovere e valorizzare le produzioni agroalimentari del territorio, ritiene fondamentale concentrare l’attenzione sulle seguenti priorità:",
    impatto:
      "Gli obiettivi sopra citati non possono che essere realizzati dalla Camera di Commercio quale “casa delle imprese” insieme alle organizzazioni di categoria agricole radicate sul territorio.",
    centro: COMMISSIONE_AGRI,
    budget: 0,
    kpis: [
      // Both KPIs are numbered 1.1. and weigh 100 in the document (lines 1222, 1249).
      ["Kpi operativo 1.1.", PROPOSTA, SI_NO, "si", 100, "Efficacia", "Interna ", COMMISSIONE_AGRI, "Semestrale"],
      [
        "Kpi operativo 1.1.",
        "Valorizzazione del pescato cosiddetto “ povero” locale",
        SI_NO,
        "si",
        100,
        "Efficacia",
        "Interna ",
        COMMISSIONE_AGRI,
        "Semestrale",
      ],
    ],
  },
  {
    line: 1280,
    style: "capital",
    mission: "Cod.011 Competitività e sviluppo delle imprese",
    programma: PROG_011,
    objective: "Attività propositiva Commissione consiliare porto aeroporto trasporti e logistica",
    description:
      "Il porto di Brindisi è uno dei porti più importanti dell'Adriatico, nonostante non sia stato inserito tra i porti “core” come stabilito nella nuova programmazione politico-economica del Governo.",
    impatto:
      "L’impegno operativo per la Camera di Commercio sarebbe limitato alla messa a disposizione della Commissione di tutte le strutture camerali, delle aziende speciali e di un budget limitato da destinare all’utilizzo di supporti esterni per le fasi di progettazione/fattibilità dell’iniziativa.",
    centro: "Commissione Porto",
    budget: 0,
    kpis: [
      ["Kpi operativo 1.1.", PROPOSTA, SI_NO, "si", 100, "Efficacia", "Interna ", "Commissione porto", "Semestrale"],
    ],
  },
  {
    line: 1365,
    style: "upperMission",
    mission: "Cod. 011Competitività e sviluppo delle imprese",
    programma: PROG_011,
    objective:
      "Azioni derivanti dal progetto nazionale “Punto Impresa Digitale” a seguito dell’approvazione del Decreto del Ministro",
    description:
      "I Punti Impresa Digitale sono servizi localizzati presso le Camere di Commercio dedicati alla diffusione della cultura e della pratica della diffusione del digitale nelle MPMI di tutti i settori economici.",
    impattoLabel: "Soggetti coinvolti impatto organizzativo",
    impatto: "Gruppo di lavoro individuato",
    centro: "In corso di definizione formale",
    budget: "Specificatamente indicato nel preventivo economico 2019",
    kpis: [
      ["KPI operativo 1.1.", TEMPISTICA, SI_NO, "SI", 100, "Efficacia", "Interna", "Segretario Generale", "Semestrale"],
    ],
  },
  {
    line: 1457,
    style: "upperMission",
    mission: "Cod. 011Competitività e sviluppo delle imprese",
    programma: PROG_011,
    objective:
      "Azioni derivanti dal progetto nazionale “Servizi di Orientamento al Lavoro e alle Professioni” a seguito dell’approvazione del Decreto del Ministro dello Sviluppo Economico datato 22/05/2017.",
    description:
      "La tenuta e gestione del Registro Nazionale per l’Alternanza Scuola Lavoro (RASL), prevista dalla L.107/2015, è inclusa tra le principali funzioni delle Camere di commercio nel D. Lgs. 219/2016 di riordino delle Camere di Commercio. ",
    impattoLabel: "Soggetti coinvolti impatto organizzativo",
    impatto: "Gruppo di lavoro appositamente costituito.",
    centro: "In corso di definizione formale ",
    budget: "Specificatamente indicato  negli strumenti di programmazione finanziaria ",
    kpis: [
      ["KPI operativo 1.1.", TEMPISTICA, SI_NO, "si", 100, "efficacia", "interna", "Segretario Generale", "semestrale"],
    ],
  },
  {
    line: 1545,
    style: "lower",
    heading: "1. SERVIZI ISTITUZIONALI E GENERALI DELLE AMMINISTRAZIONI PUBBLICHE (missione cod. 032)",
    mission: "Servizi istituzionali e generali delle amministrazioni pubbliche (cod 032)",
    programma: "Indirizzo politico (cod. 002)",
    objective:
      "Predisposizione  dei documenti relativi alla performance (Piano Performance, relazione sulla performance, Monitoraggio semestrale) ",
    description:
      " Predisposizione e pubblicazione sul sito camerale dei documenti inerenti il ciclo della performance di cui al Decreto 150/2009 (Piano Performance, relazione sulla performance, Monitoraggio semestrale).",
    impatto:
      "Personale interno: per la raccolta dati e predisposizione documenti1 unita categoria D 50%" +
      NL +
      "Per la fornitura dati: tutti i responsabili servizi /uffici  e aziende speciali" +
      NL +
      "Per la supervisione e controllo: dirigente responsabile",
    centro: "Regolazione del Mercato ed Economia locale",
    budget: 0,
    kpis: [
      [
        "kpi operativo 2.1.1.",
        "Predisposizione documenti inerenti il ciclo della performance(Piano Performance, relazione sulla performance, Monitoraggio semestrale)",
        "Predisposizione documenti  inerenti il ciclo della performance (Piano Performance 2019/2021, relazione sulla performance 2018, Monitoraggio semestrale Piano Performance 2019/2021)",
        "si",
        100,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Maria Palmieri",
        "semestrale",
      ],
    ],
  },
  {
    line: 1608,
    style: "lower",
    mission: "Servizi istituzionali e generali delle amministrazioni pubbliche (cod 032)",
    programma: "Indirizzo politico (cod. 002)",
    objective: "Supporto organi ",
    description:
      "Azione 1 Elaborazione dati relativi alla composizione del Consiglio camerale ed adempimenti  connesse al processo di accorpamento in atto." +
      NL +
      "Azione 2 tempistica processo di gestione dei provvedimenti." +
      NL +
      "Azione 3 Completamento nei termini previsti di: anagrafe delle prestazioni, , osservatorio camerale.",
    impatto: "Personale interno 1 unità C 100% una unità D 70%",
    centro: "Affari generali",
    budget: 0,
    monitoring: "Monitoraggio semestrale:in linea con target" + NL + "L’obiettivo è pienamente raggiunto",
    kpis: [
      [
        "kpi operativo 1.",
        "Elaborazione dati relativi alla composizione del Consiglio camerale",
        "Rispetto dei termini di legge",
        "si",
        100,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Rosa Palmieri",
        "semestrale",
        {
          note:
            "I dati sono stati elaborati ed approvati con determinazione d’urgenza n. 6 del 25/03/2019 con cui si è deliberato di trasmettere al Ministero  dello Sviluppo Economico solo i dati elaborati. Tali dati sono stati inviati al competente Ministero giusta nota prot. n. 0004253/U DEL 25/03/2019 ." +
            NL +
            "La determinazione d’urgenza n. 6/2019 è stata , ratificata con delibera di Giunta n. 9 del 2/4/2019." +
            NL +
            "Il Ministero Sviluppo Economico con decreto direttoriale del 30 maggio u.s.  ha validato i dati senza modifiche" +
            NL +
            "Obiettivo raggiunto al 100%",
        },
      ],
      [
        "kpi operativo 2.1.",
        "Tempi medi di creazione delibere di competenza ",
        "Sommatoria giorni per predisposizione delibere successivamente alla riunione /totale delibere ",
        "<=4",
        50,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Grazia Scaringella Boccaccio",
        "semestrale",
        { note: "L’obiettivo è pienamente raggiunto" },
      ],
      [
        "kpi operativo 2.2.",
        "Tempo medio di pubblicazione atti",
        "Sommatoria giorni necessari per pubblicazione atti dopo la sottoscrizione/totale atti pubblicati. ",
        "<=3",
        50,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Grazia Scaringella Boccaccio",
        "semestrale",
      ],
      [
        "kpi operativo 3 ",
        "Completamento nei termini previsti di: anagrafe delle prestazioni osservatorio camerale per la parte di competenza",
        "Rispetto dei termini di legge",
        "si",
        100,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Rosa Palmieri",
        "semestrale",
      ],
    ],
  },
  {
    line: 1769,
    style: "capital",
    mission: "Missione 032 – “Servizi istituzionali e generali delle Amministrazioni pubbliche”",
    programma: "Programma 002 Indirizzo politico",
    objective: "Trasparenza amministrativa",
    description: "Attuazione delle normative in tema di trasparenza amministrativa",
    impatto:
      "L’attività interessa i diversi uffici in maniera trasversale, in linea con le attività delineate sul Programma triennale per la trasparenza e l’integrità; una unità D ",
    centro: "Calefato",
    budget: "-",
    kpis: [
      [
        "Kpi operativo 1.1.",
        "Gestione e coordinamento sugli obblighi previsti per legge al fine della pubblicazione sul sito camerale, sezione Amministrazione trasparente, dei documenti previsti dal D.Lgs. 33/2013",
        "Gestione del ciclo della trasparenza in ottemperanza al D.Lgs. 33/2013, redazione e pubblicazione dei seguenti documenti: programma triennale per la trasparenza e l’integrità, monitoraggio e relazione finale",
        "Sì",
        100,
        "Efficacia",
        "Rilevazione interna e sito camerale",
        "Domenico Calefato",
        "Semestrale",
        { office: "Trasparenza amministrativa" },
      ],
    ],
  },
  {
    line: 1828,
    style: "lower",
    mission: "Servizi istituzionali e generali delle amministrazioni pubbliche (cod 032)",
    programma: "Servizi generali, formativi ed approvvigionamenti per le amministrazioni pubbliche (cod. 004)",
    objective: "Miglioramento efficienza gestione risorse umane e documenti e informazioni inerenti il personale",
    description:
      "Azione 1  Garantire l’elaborazione delle variabili mensili utili alla predisposizione delle retribuzioni entro i primi 6(sei) giorni lavorativi del mese successivo." +
      NL +
      "Azione 2 Predisposizione atti istruttori programmazione fabbisogno del personale ." +
      NL +
      "Azione 3 elaborazione pensioni per dipendenti  che hanno già maturato i requisiti o che esercitano il diritto di opzione. ",
    impatto:
      "Il progetto impegnerà il personale dell’ufficio 1 unità cat C 100% e una unità cat. B 70% e una unità D 30% ",
    centro: "personale",
    budget: " il costo è quello relativo al canone annuale dell’applicativo gestione presenze su Sipert",
    monitoring: null, // the document prints no "Monitoraggio semestrale" row under this card
    kpis: [
      [
        "kpi operativo 1",
        "Consolidamento  nuovo sistema di gestione presenze",
        SI_NO,
        "si",
        100,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Rosa Palmieri",
        "semestrale",
        { note: "L’obiettivo è pienamente raggiunto " },
      ],
      [
        "kpi operativo 2.",
        "Predisposizione atti istruttori programmazione fabbisogno del personale ",
        "Realizzazione attività entro l’anno",
        "si",
        100,
        "efficacia",
        "Rilevazione interna",
        "Dott.ssa Rosa Palmieri",
        "semestrale",
        { note: "L’obiettivo è in linea con la programmazione temporale" },
      ],
      [
        "kpi operativo 3.1.",
        "Elaborazione pensioni per dipendenti interessati nei termini di legge con il nuovo applicativo Sin 2",
        "n. pensioni elaborate nell’anno/n. richiedenti nell’anno =100%",
        "si",
        50,
        "efficacia",
        "Rilevazione interna",
        "Rag. Maria Cristina Luisi",
        "semestrale",
      ],
      [
        "kpi operativo 3.2",
        "Ricostruzione carriere giuridico economiche su richiesta Inps- Gestione Dipendenti Pubbliche ",
        "n. carriere giuridico economiche ricostruite nell’anno/ n. richiedenti nell’anno = 100%",
        "si",
        50,
        "efficacia",
        "Rilevazione interna",
        "Rag. Maria Cristina Luisi ",
        "semestrale",
        { note: "L’obiettivo è pienamente raggiunto" },
      ],
    ],
  },
  {
    line: 1976,
    style: "mission",
    mission: MISSION_032,
    programma: PROG_003,
    objective: "Riconciliazione debiti crediti da diritto annuale",
    description:
      "Monitoraggio periodico, con cadenza almeno mensile, dello situazione contabile debiti/crediti da diritto annuale",
    impattoLabel: "Soggetti coinvolti - Impatto organizzativo (stima impatto su personale, tempi, processi)",
    impatto: "2 unità lavorative: 1 D5, 1 C5",
    centro: "Servizio Ragioneria e Patrimonio - Ufficio Tributi",
    budget: null,
    kpis: [
      [
        "Kpi operativo 1.1",
        "Riconciliazione e monitoraggio",
        "Monitoraggio proattivo costante, con cadenza almeno mensile, e riconciliazione/regolarizzazione debiti/crediti",
        "N >= 12",
        100,
        "Efficienza",
        "Rilevazione interna",
        "Servizio Ragioneria e Patrimonio",
        "Semestrale",
      ],
    ],
  },
  {
    line: 2036,
    style: "mission",
    mission: MISSION_032,
    programma: PROG_003,
    objective: "Introduzione SIOPE+ e gestione efficiente del cash flow",
    description:
      "SIOPE+ è una infrastruttura tecnologia che intermedierà il colloquio tra PA ed istituti tesorieri con l’obiettivo di migliorare la qualità dei dati per il monitoraggio della spesa pubblica e per rilevare i tempi di pagamento delle Pubbliche Amministrazioni",
    impattoLabel: "Soggetti coinvolti - Impatto organizzativo (stima impatto su personale, tempi, processi)",
    impatto: "3 unità lavorative: 1 D5, 2 C5",
    centro: "Servizio Ragioneria e Patrimonio - Ufficio contabilità e bilancio",
    budget: null,
    kpis: [
      [
        "Kpi operativo 1.1",
        "SIOPE+",
        "Introduzione del nuovo standard, integrazione con la piattaforma contabile dell’Ente, reportistica e classificazione movimentazione di cassa aggiornata",
        "Sì",
        100,
        "Efficienza",
        "Rilevazione interna",
        "Servizio Ragioneria e Patrimonio",
        "Semestrale",
      ],
    ],
  },
  {
    line: 2096,
    style: "mission",
    mission: MISSION_032,
    programma: PROG_003,
    objective: "Monitoraggio economico-fiscale",
    description:
      "Controllo e monitoraggio puntuale dei flussi economico-fiscali, predisposizione dati per denunce fiscali",
    impattoLabel: "Soggetti coinvolti - Impatto organizzativo (stima impatto su personale, tempi, processi)",
    impatto: "2 unità lavorative: 1 D5, 2 C5",
    centro: "Servizio Ragioneria e Patrimonio - Ufficio trattamento economico",
    budget: null,
    kpis: [
      [
        "Kpi operativo 1.1",
        "Monitoraggio e regolarizzazioni economico-fiscali",
        "Numero di rilevazioni annue",
        "N >= 12",
        100,
        "Efficacia",
        "Rilevazione interna",
        "Servizio Ragioneria e Patrimonio",
        "Semestrale",
      ],
    ],
  },
  {
    line: 2155,
    style: "mission",
    mission: MISSION_032,
    programma: PROG_003,
    objective: "Patrimonio artistico",
    description:
      "Attività di ricognizione, inventariato, controllo e rivalutazione delle opere artistiche acquisite al patrimonio dell’Ente",
    impattoLabel: "Soggetti coinvolti - Impatto organizzativo (stima impatto su personale, tempi, processi)",
    impatto: "2 unità lavorative: 1 D5, 1 C5",
    centro: "Servizio Ragioneria e Patrimonio - Ufficio provveditorato",
    budget: null,
    kpis: [
      [
        "Kpi operativo 1.1",
        "Ricognizione patrimonio artistico",
        "Procedura di ricognizione, inventariato e valutazione",
        "Sì",
        100,
        "Efficienza",
        "Rilevazione interna",
        "Servizio Ragioneria e Patrimonio - Ufficio Provveditorato",
        "Semestrale",
      ],
    ],
  },
  {
    line: 2217,
    style: "mission",
    mission: MISSION_032,
    programma: PROG_003,
    objective: "Innovazione ed interoperabilità di strumenti e servizi digitali",
    description: "Utilizzo di servizi e procedure innovative per migliorare la produttività dell’Ente",
    impattoLabel: "Soggetti coinvolti - Impatto organizzativo (stima impatto su personale, tempi, processi)",
    impatto: "1 unità lavorativa: 1 D5",
    centro: "Ufficio Innovazione",
    budget:
      "Spesa finanziabile attraverso il piano degli investimenti da quantificare con la redazione del Bilancio di previsione 2019",
    kpis: [
      [
        "Kpi operativo 1.1",
        "Innovazione e servizi digitali",
        "Attività sistemistica ed automazione servizi",
        "Sì",
        100,
        "Efficacia",
        "Rilevazione interna",
        "Ufficio innovazione",
        "Semestrale",
      ],
    ],
  },
];

function build(workbook) {
  const ws = workbook.addWorksheet("Schede obiettivi 2019-2021");
  ws.columns = [{ width: 50 }, { width: 60 }, { width: 12 }, { width: 30 }, { width: 40 }, { width: 24 }];
  let r = 1;
  const row = (...values) => {
    const x = ws.getRow(r++);
    values.forEach((v, i) => {
      if (v !== null && v !== undefined) x.getCell(i + 1).value = v;
    });
    return x;
  };
  row("SCHEDE OBIETTIVI STRATEGICI E OPERATIVI PIANO PERFORMANCE 2019/2021-MONITORAGGIO SEMESTRALE").font = {
    bold: true,
    size: 14,
  };
  r++;
  row("Intervento 4.3.8");
  for (const card of STRATEGIC) {
    row(`Area strategica: ${card.area}`).font = { bold: true };
    row(card.description);
    r++;
    for (const o of card.objectives) {
      row(`Obiettivo strategico: ${o.name}`).font = { bold: true };
      row("KPI associati");
      row(...TABLE_HEADER).font = { bold: true };
      for (const k of o.kpis) {
        const x = row(...k);
        x.alignment = { wrapText: true, vertical: "top" };
      }
      row("Monitoraggio semestrale:in linea con target");
      r++;
    }
  }
  r += 2;
  const wrap = (x) => (x.alignment = { wrapText: true, vertical: "top" });
  for (const card of OPERATIONAL) {
    const L = STYLES[card.style];
    if (card.heading) row(card.heading).font = { bold: true };
    row(L.mission, card.mission);
    wrap(row(L.programma, card.programma));
    if (L.objectiveNextRow) {
      row(L.objectiveNextRow);
      row(null, card.objective);
    } else {
      row(card.objectiveLabel ?? L.objective, card.objective);
    }
    if (card.unlabelledDescription) wrap(row(null, card.unlabelledDescription));
    else wrap(row(L.description, card.description));
    if (card.impatto !== undefined)
      wrap(
        row(card.impattoLabel ?? "impatto organizzativo (stima impatto su personale, tempi, processi)", card.impatto)
      );
    row(L.centro, card.centro);
    const budget = row(L.budget, card.budget);
    wrap(budget);
    if (typeof card.budget === "number") budget.getCell(2).numFmt = '"€" #,##0';
    const [NOME, ALG, TARGET, PESO, TIPO, FONTE, RESP, FREQ] = L.kpi;
    for (const [label, nome, alg, target, peso, tipo, fonte, resp, freq, extra = {}] of card.kpis) {
      if (label) row(label, extra.office);
      if (nome !== null) row(NOME, nome);
      wrap(row(ALG, alg));
      const t = row(TARGET, target);
      if (typeof target === "number") t.getCell(2).numFmt = "0%";
      const w = row(PESO, typeof peso === "string" ? Number(peso.replace("%", "")) / 100 : peso);
      if (typeof peso === "string") w.getCell(2).numFmt = "0%";
      row(TIPO, tipo);
      row(FONTE, fonte);
      row(RESP, resp);
      if (freq) row(FREQ, freq);
      if (extra.note) wrap(row(null, extra.note));
    }
    if (card.monitoring !== null) wrap(row(card.monitoring ?? "Monitoraggio semestrale:in linea con target"));
    r += 2;
  }
  row("Legenda:").font = { bold: true };
  row(null, "monitoraggio semestrale in linea con il target");
  row(null, "monitoraggio semestrale non in linea con il target");
  row(null, "Revisione  risorse finanziarie");
  row(null, "Revisione obiettivo");
  return ws;
}

const file = path.join(__dirname, "..", "test", "fixtures", "004-schede-2019-2021.xlsx");

module.exports = { build, file, STRATEGIC, OPERATIONAL };

if (require.main === module) {
  // node scripts/build-fixtures-004.js: rebuilds only this fixture.
  const ExcelJS = require("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "perf-albero fixtures";
  workbook.created = new Date(Date.UTC(2024, 0, 1));
  workbook.modified = workbook.created;
  build(workbook);
  workbook.xlsx.writeFile(file).then(
    () => console.log(file),
    (err) => {
      console.error(err);
      process.exit(1);
    }
  );
}
