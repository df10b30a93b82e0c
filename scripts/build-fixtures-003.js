/**
 * Fixture 003: CCIAA Pistoia-Prato, Relazione sulla performance 2022, the whole tree (ente, 3 ambiti,
 * 8 obiettivi strategici, 46 operativi, 373 KPI) as the controllo di gestione keeps it in Excel: one
 * column for objectives and indicators, weights / consuntivi / performance as real numbers with
 * formats, deadlines and delivery dates as real dates, targets as the text the report prints
 * (">= 10,00 N.", "Entro 30/04/2022"), "N/D" where nothing was measured.
 */
const path = require("path");
const data = require("../test/fixtures/003-relazione-2022.json");

const UNIT_FORMATS = {
  "N.": '#,##0.00 "N."',
  fte: '#,##0.00 "fte"',
  gg: '#,##0.00 "gg"',
  h: '#,##0.00 "h"',
  EUR: '#,##0.00 "€"',
};
const PCT = "0.00%";
const DATE = "dd/mm/yyyy";

function isoDate(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function objectiveLabel(perf) {
  if (perf === null || perf === undefined) return "DA VALUTARE";
  return perf >= 80 ? "RAGGIUNTO" : perf >= 60 ? "PARZIALMENTE RAGGIUNTO" : "NON RAGGIUNTO";
}

function kpiLabel(perf) {
  if (perf === null || perf === undefined) return "DA VALUTARE";
  return perf >= 80 ? "IN LINEA" : "FUORI TARGET";
}

function targetText(k) {
  if (k.targetRaw === null) return "Non specificato in Plan";
  if (k.kind === "date") return `Entro ${k.targetRaw}`;
  return `${k.direction} ${k.targetRaw}`;
}

function setActual(cell, k) {
  if (k.actual === null) {
    cell.value = "N/D";
    return;
  }
  if (k.kind === "date") {
    cell.value = isoDate(k.actual);
    cell.numFmt = DATE;
  } else if (k.kind === "percent") {
    cell.value = Math.round(k.actual * 100) / 10000;
    cell.numFmt = PCT;
  } else {
    cell.value = k.actual;
    cell.numFmt = UNIT_FORMATS[k.unit] || "#,##0.00";
  }
}

function setPercent(cell, pp) {
  if (pp === null || pp === undefined) return;
  cell.value = Math.round(pp * 100) / 10000;
  cell.numFmt = PCT;
}

/** Notes the report prints under two objectives' KPIs (seed lines 763 and 785). */
const NOTES_AFTER = {
  "01_04_03":
    "Le verifiche strutturali per l'installazione dell'opera hanno esito negativo non consentendo la realizzazione dell'attività programmata",
  "01_04_04": "*Nessuna richiesta pervenuta",
};

function build(workbook) {
  const ws = workbook.addWorksheet("Albero 2022");
  ws.columns = [{ width: 10 }, { width: 90 }, { width: 22 }, { width: 16 }, { width: 14 }, { width: 24 }];
  ws.getCell("A1").value = "Camera di Commercio di Pistoia-Prato - Relazione sulla performance 2022";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value =
    "3.1 Rendicontazione degli obiettivi strategici triennali e degli obiettivi operativi annuali";
  const header = ws.getRow(4);
  header.values = ["Peso", "Obiettivo / Indicatore", "Target", "Consuntivo", "Performance", "Stato"];
  header.font = { bold: true };

  let r = 5;
  const put = () => ws.getRow(r++);
  const ente = put();
  ente.getCell(2).value = "Performance di Ente";
  setPercent(ente.getCell(5), data.ente.reportedPerf);
  ente.getCell(6).value = objectiveLabel(data.ente.reportedPerf);
  ente.font = { bold: true };

  for (const area of data.areas) {
    const a = put();
    a.getCell(2).value = `Ambito strategico: ${area.name}`;
    setPercent(a.getCell(5), area.reportedPerf);
    a.getCell(6).value = objectiveLabel(area.reportedPerf);
    a.font = { bold: true };
    for (const s of area.strategics) {
      const sr = put();
      sr.getCell(1).value = s.weight / 100;
      sr.getCell(1).numFmt = PCT;
      sr.getCell(2).value = `${s.code} ${s.name}`;
      setPercent(sr.getCell(5), s.reportedPerf);
      sr.getCell(6).value = objectiveLabel(s.reportedPerf);
      sr.font = { bold: true };
      for (const o of s.operatives) {
        const or = put();
        or.getCell(2).value = `${o.code} ${o.name}`;
        setPercent(or.getCell(5), o.reportedPerf);
        or.getCell(6).value = objectiveLabel(o.reportedPerf);
        or.font = { italic: true };
        for (const k of o.kpis) {
          const kr = put();
          if (k.weight !== null) {
            kr.getCell(1).value = k.weight / 100;
            kr.getCell(1).numFmt = PCT;
          }
          kr.getCell(2).value = k.name;
          kr.getCell(3).value = targetText(k);
          setActual(kr.getCell(4), k);
          setPercent(kr.getCell(5), k.reportedPerf);
          kr.getCell(6).value = kpiLabel(k.reportedPerf);
        }
        if (NOTES_AFTER[o.code]) put().getCell(2).value = NOTES_AFTER[o.code];
        r++; // blank row between objectives, as in the report
      }
    }
  }
  return ws;
}

module.exports = { build, file: path.join(__dirname, "..", "test", "fixtures", "003-report-albero-2022.xlsx") };
