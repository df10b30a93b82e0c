import { CellValue } from "../../src/engine/values";
import { SheetGrid } from "../../src/layout/grid";

/**
 * A plan sheet in the layout of the sample workbook (Lecce 2019: Obiettivo, Cod., Indicatore, Esito
 * validazione, Peso, Target, Consuntivo, Performance KPI, Performance Obiettivo, Fonte, Note) with any
 * number of KPIs: areas A, B, ... with up to 50 strategic objectives, each with up to 10 operational
 * objectives of 4 KPIs; the first KPI sits on its objective's row as in the sample. Consuntivi cycle
 * through 40%..120% of the target so all three traffic lights appear.
 */
export const HEADER = [
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
export const PERF_KPI_COL = 7;
export const PERF_OBJ_COL = 8;

export function syntheticPlan(kpiCount: number, name = "Piano sintetico"): SheetGrid {
  const values: CellValue[][] = [[`Piano performance sintetico (${kpiCount} KPI)`], [...HEADER]];
  const formats: (string | undefined)[][] = [[], HEADER.map(() => undefined)];
  const blank = (): CellValue[] => HEADER.map(() => null);
  let k = 0;
  for (let a = 0; k < kpiCount; a++) {
    const area = String.fromCharCode(65 + a);
    values.push([`${area} Area strategica ${area}`, ...blank().slice(1)]);
    formats.push([]);
    for (let s = 1; s <= 50 && k < kpiCount; s++) {
      values.push([`${area}.${s} Obiettivo strategico ${area}.${s}`, ...blank().slice(1)]);
      formats.push([]);
      for (let o = 1; o <= 10 && k < kpiCount; o++) {
        const n = Math.min(4, kpiCount - k);
        const weight = n === 4 ? "25% >=" : n === 2 ? "50% >=" : n === 1 ? "100% >=" : null;
        for (let i = 0; i < n; i++, k++) {
          const row = blank();
          if (i === 0) row[0] = `${area}.${s}.${o} Obiettivo operativo ${area}.${s}.${o}`;
          row[1] = `KPI${k + 1}`;
          row[2] = `Indicatore ${k + 1}`;
          row[3] = "kpi validato";
          row[4] = weight ?? `${i < 2 ? "33,33" : "33,34"}% >=`;
          row[5] = 100;
          row[6] = 40 + ((k * 7) % 81);
          row[9] = "Atti dell'Ente";
          values.push(row);
          formats.push([undefined, undefined, undefined, undefined, undefined, "0.00", "0.00", "0.00%", "0.00%"]);
        }
      }
    }
  }
  return {
    name,
    values,
    numberFormats: formats,
    formulas: values.map((r) => r.map(() => null)),
    rowOffset: 0,
    colOffset: 0,
    merges: ["A1:K1"],
  };
}
