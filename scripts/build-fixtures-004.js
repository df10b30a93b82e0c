/**
 * Fixture 004: CCIAA Brindisi, schede obiettivi strategici e operativi 2019/2021 - monitoraggio
 * semestrale (seed 004_1dfde08e43498717.txt), as the controllo di gestione keeps the cards in one
 * worksheet: the strategic cards (lines 1-300: "Area strategica:", "Obiettivo strategico:", a "KPI
 * associati" table with per-year targets "Anno:2019—si") and six operational cards (vertical
 * label | value blocks: "obiettivo operativo", "kpi operativo 1.1.", "nome indicatore", "target
 * annuale", "peso indicatore", ...). Weights typed as numbers (100, 34, "70%" as 0,7 in percent
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
        kpis: [["Introduzione SIOPE+ e gestione efficiente del cash flow" + NL + "Tipologia KPI:efficacia", 100, "numero", "Rilevazione interna", "Numero di rilevazioni", years("—si", "—si", "—si")]],
      },
      {
        line: 32,
        name: "Rendicontazione in maniera chiara e facilmente percepibile all’esterno dei risultati dell’attività dell’Ente valorizzando gli strumenti di misurazione e rendicontazione della performance",
        kpis: [
          [
            "Predisposizione nei termini di legge dei documenti relativi alla Performance (Piano Performance, relazione sulla Performance, monitoraggio semestrale)" + NL + "Tipologia KPI:efficacia",
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
          ["Aggiornamento Piano Triennale per la Trasparenza", 34, null, "Rilevazione interna e sito camerale", "Realizzazione Documento di Aggiornamento", years("—si", "—si", "—si")],
          ["Interventi di monitoraggio e relazione finale", 33, null, "Rilevazione interna e sito camerale", "Realizzazione monitoraggio semestrale e relazione finale", years("—si", "—si", "—si")],
          ["Giornata formativa ed informativa sulla trasparenza" + NL + "Tipologia KPI:efficacia", 33, null, "Rilevazione interna e sito camerale", "Realizzazione Giornata formativa ed informativa sulla trasparenza", years("—si", "—si", "—si")],
        ],
      },
      {
        line: 101,
        name: "Attuazione disposizioni Legge n. 190/2012 sull’anticorruzione",
        kpis: [
          ["Aggiornamento Piano anti corruzione", 34, null, "Rilevazione interna e sito camerale", "Realizzazione Documento di Aggiornamento Piano anti corruzione", years("—si", "—si", "—si")],
          ["Interventi di audit in ottica di prevenzione della corruzione", 33, "numero", "Rilevazione interna", "Realizzazione interventi", years("—≥2", "—≥2", "—≥2")],
          ["Interventi formativi adottati in ottica anticorruzione" + NL + "Tipologia KPI:efficacia", 33, "numero", "Rilevazione interna", "Realizzazione interventi", years("—≥2", "—≥2", "—≥2")],
        ],
      },
    ],
  },
  {
    line: 143,
    area: "regolazione dei mercati",
    description: "In questo settore, le Camere di Commercio hanno un rilievo difficilmente rintracciabile nel panorama del sistema pubblico nazionale, con attività a favore della correttezza degli scambi.",
    objectives: [
      {
        line: 147,
        name: "rafforzare le attività di ispezione e controllo garantendo la tutela del consumatore",
        kpis: [
          ["Tasso di evasione verifiche metriche" + NL + "Tipologia KPI:efficacia", 75, "%", "Rilevazione interna da cruscotto", "n. verifiche metriche  effettuate nell’anno/totale verifiche metriche pervenute", years("---90%", "---90%", "---90%")],
          ["Verifiche con forze dell’ordine" + NL + "Tipologia KPI:efficacia", 25, "%", "Protocollo informatico", "Accessi eseguiti/richieste di intervento", "Anno:2019--100%" + NL + "Anno:2020--100%" + NL + "Anno:2021 -100%"],
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
    description: "La Camera di Commercio di Brindisi con questa area mira a dare supporto all’internazionalizzazione delle imprese provinciali sui mercati internazionali.",
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
    description: "La Camera di Commercio con quest’area intende creare sul territorio tutti quei presupposti utili ad attrarre investimenti diretti.",
    objectives: [
      {
        line: 237,
        name: "Gestione sportello innovazione e Alternanza scuola lavoro",
        kpis: [
          ["Promozione start up innovativi", 50, "%", "interna", "Numero informazioni fornite a vista su start up innovative / numero totale informazione richieste", "Anno:2019--100%" + NL + "Anno:2020--100%" + NL + "Anno:2021 -100%"],
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
 * Operational cards, vertical label | value. Each KPI: [number, nome, algoritmo, target annuale,
 * peso, tipologia, fonte, responsabile, frequenza]. Targets typed "100%" are numbers in Excel.
 */
const OPERATIONAL = [
  {
    line: 271,
    heading: "COMMERCIO INTERNAZIONALE ED INTERNAZIONALIZZAZIONE DEL SISTEMA PRODUTTIVO (Cod.016)",
    mission: "Cod.016 Commercio internazionale ed internazionalizzazione del sistema produttivo",
    programma: "Co.005 Sostegno all’internazionalizzazione delle imprese e promozione del made in Italy",
    objective: "Eurosportello - Internazionalizzazione",
    description: "Promozione internazionale; Cooperazione Territoriale Europea; Marketing Territoriale; Politiche e Reti UE; Progettazione e finanziamenti",
    centro: "Azienda Speciale Promobrindisi",
    budget: "€ 24.000",
    kpis: [
      ["1.1.", "n. utenti imprenditori e aspiranti imprenditori che usufruiscono del servizio", "n. utenti imprenditori e aspiranti imprenditori che usufruiscono del servizio", ">=50", 50, "efficacia", "interna", "Azienda speciale Promobrindisi", "semestrale"],
      ["1.2", "Gestione sportello", "N. INFORMAZIONI RILASCIATE A VISTA/TOTALE INFORMAZIONI RICHIESTE", 1, 50, "Efficacia", "interna", "Azienda speciale Promobrindisi", "semestrale"],
    ],
  },
  {
    line: 365,
    mission: "Missione 016 - “Commercio internazionale ed internazionalizzazione del sistema produttivo”",
    programma: "005– Sostegno all’internazionalizzazione delle imprese e promozione del made in Italy",
    objective: "attività info-formativa sulla tutela del made in Italy",
    description: "Azione 1 attività info-formativa sulla tutela del made in Italy in particolare settore turistico ricettivo e internazionalizzazione delle imprese",
    centro: "Azienda speciale Isfores",
    budget: "€ 25.000",
    kpis: [["1.1.", "attività info-formativa sulla tutela del made in Italy", "n. informazioni fornite a vista/n. informazioni richieste", 1, 100, "efficacia", "interna", "Segreteria generale", null]],
  },
  {
    line: 421,
    heading: "1. REGOLAZIONE DEI MERCATI (missione cod. 012)",
    mission: "Codice 012 Regolazione dei mercati”",
    programma: "Codice 04 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objective: "Miglioramento dell’efficienza del servizio metrico",
    description: "Azione 1: mantenimento dei termini di verifiche realizzate rispetto al totale delle verifiche richieste. Collaudi di posa in opera e verifiche prime",
    centro: "Ufficio metrico",
    budget: 0,
    kpis: [
      ["1.1.", "Tasso di evasione verifiche metriche", "Numero verifiche metriche effettuate nell’anno/totale verifiche metriche pervenute", "90%(dal 03/2015 i giorni di verifica sono stati ridotti  a 2,5 anzichè 4)", 75, "efficacia", "Rilevazione interna da cruscotto", "Domenico Calefato", "6 MESI"],
      ["1.2", "Verifiche con forze dell’ordine", "accessi eseguiti/richieste di intervento", 1, 25, "efficacia", "Protocollo informatico", "Domenico Calefato", "6 mesi"],
    ],
  },
  {
    line: 508,
    mission: "Codice 012 Regolazione dei mercati”",
    programma: "Codice 04 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objectiveNextRow: "OBIETTIVO OPERATIVO 1",
    objective: "miglioramento efficacia ed efficienza delle attività svolte dal Servizio Metrico - Agricoltura",
    description: "Rendere efficiente la gestione interna dell’iter delle richieste di certificazione al fine di assorbire gli eventuali ritardi cagionati dai passaggi gestiti dagli operatori esterni",
    centro: "Servizio metrico",
    budget: null,
    kpis: [
      ["1.1.", "Tempo medio lavorazione processo", "Tempo trascorso dalla ricezione dell’istanza alla emissione del certificato di idoneità", "<=18", 100, "efficacia", "Rilevazione interna da IC-DEIS", "Romualdo Topputi", "6 mesi"],
      ["1.2", "Tempo medio lavorazione processo", "Tempo trascorso dalla ricezione dell’istanza alla verifica dei requisiti di idoneità all’inserimento", "<=26", 100, "efficacia", "Registrazione protocollo", "Romualdo Topputi", "6 mesi"],
    ],
  },
  {
    line: 602,
    mission: "Cod 012 Regolazione dei mercati”",
    programma: "Cod.004 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objective: "Mantenimento degli standard dei tempi di evasione delle pratiche",
    description: "Istruttoria ed evasione delle pratiche registro imprese ed adempimenti connessi",
    centro: "r.i.",
    budget: null,
    kpis: [
      ["1.1.", "Iscrizione delle domande/denunce", "Numero pratiche registro imprese evase nel termine di legge/totale pratiche registro imprese evase", ">=65%", "70%", "efficacia", "Rilevazione interna da Priamo", "Servizio Registro Imprese", "semestrale"],
      ["1.2", "Evasione pratiche albo artigiani", "%  pratiche albo artigiani evase nei termini nell’anno/ totale pratiche albo artigiani presentate nell’anno rilevate da banca dati Diana", ">=65%", "30%", "efficacia", "Rilevazione interna da Priamo", "Servizio Registro Imprese", "semestrale"],
    ],
  },
  {
    line: 855,
    mission: "012 -“Regolazione dei mercati”",
    programma: "004 – Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori",
    objective: "Servizi per favorire la reinternalizzazione",
    description:
      "Azione 1: attività commissionate dall’ente camerale a supporto dell’erogazione dei servizi istituzionali" + NL + "Azione 2 attività di sportello per rilascio smart card" + NL + "Azione 3 attività di sportello per rilascio Spid" + NL + "Azione 4 gestione sportello borsa merci telematica",
    centro: "Azienda speciale Isfores",
    budget: "€ 195.000 di cui € 14.400 per PID",
    kpis: [
      ["1.1.", "attività commissionate dall’ente camerale a supporto dell’erogazione dei servizi istituzionali", "Si/no", "si", 100, "efficacia", "interna", "Segreteria generale", "Semestrale"],
      ["2.1.", "Gestione sportello rilascio smart card", "n. smart card fornite a vista/n. smart card richieste", 1, 100, "efficacia", "interna", "Segreteria generale", "Semestrale"],
      ["3.1.", "Gestione sportello rilascio SPID", "Si/no", "si", 100, "efficacia", "interna", "Segreteria generale", "Semestrale"],
      ["4.1.", "Gestione sportello borsa merci telematica", "n. informazioni fornite a vista/n. informazioni richieste", 1, 100, "efficacia", "interna", "Segreteria generale", "Semestrale"],
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
  row("SCHEDE OBIETTIVI STRATEGICI E OPERATIVI PIANO PERFORMANCE 2019/2021-MONITORAGGIO SEMESTRALE").font = { bold: true, size: 14 };
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
  for (const card of OPERATIONAL) {
    if (card.heading) row(card.heading).font = { bold: true };
    row("obiettivo strategico (missione)", card.mission);
    row("programma", card.programma);
    if (card.objectiveNextRow) {
      row(card.objectiveNextRow);
      row(card.objective);
    } else {
      row("obiettivo operativo", card.objective);
    }
    row("descrizione", card.description).alignment = { wrapText: true, vertical: "top" };
    row("Centro di costo", card.centro);
    const budget = row("budget (proventi da gestione di beni e servizi e oneri per interventi economici)", card.budget);
    if (typeof card.budget === "number") budget.getCell(2).numFmt = '"€" #,##0';
    for (const [n, nome, alg, target, peso, tipo, fonte, resp, freq] of card.kpis) {
      row(`kpi operativo ${n}`);
      row("nome indicatore", nome);
      row("algoritmo di calcolo", alg);
      const t = row("target annuale", target);
      if (typeof target === "number") t.getCell(2).numFmt = "0%";
      const w = row("peso indicatore", typeof peso === "string" ? Number(peso.replace("%", "")) / 100 : peso);
      if (typeof peso === "string") w.getCell(2).numFmt = "0%";
      row("tipologia dell’indicatore", tipo);
      row("fonte dati", fonte);
      row("responsabile della rilevazione", resp);
      if (freq) row("frequenza della rilevazione", freq);
    }
    row("Monitoraggio semestrale:in linea con target");
    r += 2;
  }
  return ws;
}

module.exports = { build, file: path.join(__dirname, "..", "test", "fixtures", "004-schede-2019-2021.xlsx"), STRATEGIC, OPERATIONAL };
