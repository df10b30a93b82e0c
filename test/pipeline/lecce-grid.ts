import { serialFromYmd } from "../../src/engine/dates";
import { CellValue } from "../../src/engine/values";
import { SheetGrid } from "../../src/layout/grid";
import { CellWrite } from "../../src/pipeline/types";
import { parseA1 } from "../../src/layout/address";

/**
 * Rows of seed 000 (CCIAA Lecce, Piano performance 2019) laid out as its staff keep them: title, header,
 * then objective rows carrying their first KPI. Each KPI carries its source line (000:L<line>).
 * Percentages are fractions with "0.00%", dates serials with "dd/mm/yyyy".
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

type V = { p: number } | { n: number } | { d: [number, number, number] } | null;
type Row = [string | null, string?, string?, string?, string?, V?, V?];

export const LECCE_ROWS: Row[] = [
  ["A Competitività e sviluppo delle imprese"],
  [
    "A.1 Sostenere il territorio e le economie locali al fine di accrescere la produttività",
    "KPI301",
    "Soggetti coinvolti nei servizi",
    "kpi validato",
    "50% >",
    { p: 0.15 },
    { p: 0.1316 },
  ], // 000:L7
  [null, "KPI302", "Incremento delle imprese iscritte nel RASL", "kpi validato", "50% >", { p: 0.15 }, { p: 0.0411 }], // 000:L8
  ["Sostegno alle imprese"],
  [
    "A.1.1 Servizi ed iniziative di assistenza e sostegno",
    "KPI264",
    "Grado di soddisfazione",
    "kpi non disponibile",
    "25% >",
    { n: 7 },
    null,
  ], // 000:L10
  [null, "KPI303", "Realizzazione eventi di sensibilizzazione", "kpi validato", "25% >", { n: 2 }, { n: 2 }], // 000:L11
  [null, "KPIIM217", "Individuazione attrattori turistici", "kpi validato", "25% >", { n: 4 }, { n: 25 }], // 000:L12
  [
    null,
    "KPIIM218",
    "Costituzione di un tavolo con gli stakeholder",
    "kpi validato",
    "25% <",
    { d: [2019, 9, 30] },
    { d: [2019, 9, 30] },
  ], // 000:L13
  [
    "A.1.2 Sviluppo e qualificazione delle imprese e delle produzioni",
    "KPI218",
    "Media ponderata di performance delle azioni associate all'obiettivo operativo A.1.2",
    "kpi validato",
    "100% >",
    { p: 1 },
    { p: 0.5849 },
  ], // 000:L14
  [
    "A.1.2.1 Orientamento e informazione per lo start up di impresa",
    "KPI250",
    "Grado di soddisfazione dei soggetti assistiti",
    "kpi validato",
    "30% >",
    { n: 7 },
    { n: 8 },
  ], // 000:L15
  [null, "KPI326", "Soggetti assistiti per lo start up d'impresa", "kpi validato", "30% >", { n: 100 }, { n: 162 }], // 000:L16
  [null, "KPIIM219", "Numeri sportelli attivati", "kpi validato", "40% >", { n: 5 }, { n: 7 }], // 000:L17
  [
    "A.1.2.2 Sportello Etichettatura e sicurezza alimentare",
    "KPI250",
    "Grado di soddisfazione dei soggetti assistiti",
    "kpi non disponibile",
    "50% >",
    { n: 7 },
    null,
  ], // 000:L18
  [null, "KPIIM220", "Soggetti assistiti dallo Sportello Etichettatura", "kpi validato", "50% >", { n: 10 }, { n: 1 }], // 000:L19
  [
    "A.1.2.3 Certificazione delle produzioni tipiche locali",
    "KPI295",
    "Introduzione nuova piattaforma informatica",
    "kpi validato",
    "33% <",
    { d: [2019, 6, 30] },
    { d: [2020, 7, 1] },
  ], // 000:L20
  [
    null,
    "KPI337",
    "Predisposizione nuovo dispositivo di controllo",
    "kpi validato",
    "33% <",
    { d: [2019, 9, 30] },
    { d: [2019, 9, 30] },
  ], // 000:L21
  [
    null,
    "KPI388",
    "Predisposizione nuovi piani di controllo",
    "kpi validato",
    "33% <",
    { d: [2019, 2, 28] },
    { d: [2019, 3, 11] },
  ], // 000:L22
];

export function cellOf(v: V | undefined): { value: CellValue; format?: string } {
  if (v === null || v === undefined) return { value: null };
  if ("p" in v) return { value: v.p, format: "0.00%" };
  if ("n" in v) return { value: v.n, format: "0.00" };
  return { value: serialFromYmd(...v.d), format: "dd/mm/yyyy" };
}

/** The Lecce sheet as a SheetGrid: row 1 title, row 2 header, data from row 3. */
export function lecceGrid(name = "Piano 2019", rows: Row[] = LECCE_ROWS, header: string[] = HEADER): SheetGrid {
  const values: CellValue[][] = [["A1 - Piano performance 2019"], [...header]];
  const numberFormats: (string | undefined)[][] = [[], header.map(() => undefined)];
  for (const r of rows) {
    const [obiettivo, cod, indicatore, esito, peso, target, actual] = r;
    const t = cellOf(target);
    const a = cellOf(actual);
    const line: CellValue[] = [
      obiettivo,
      cod ?? null,
      indicatore ?? null,
      esito ?? null,
      peso ?? null,
      t.value,
      a.value,
    ];
    const fmts: (string | undefined)[] = [undefined, undefined, undefined, undefined, undefined, t.format, a.format];
    for (let c = 7; c < header.length; c++) {
      line.push(null);
      fmts.push(undefined);
    }
    values.push(line);
    numberFormats.push(fmts);
  }
  return {
    name,
    values,
    numberFormats,
    formulas: values.map((r) => r.map(() => null)),
    rowOffset: 0,
    colOffset: 0,
    merges: ["A1:K1"],
  };
}

/** What a writer does with the pipeline's writes, on a grid: the input of the next recalculation. */
export function applyWrites(grid: SheetGrid, writes: readonly CellWrite[]): SheetGrid {
  const values = grid.values.map((r) => [...r]);
  const numberFormats = (grid.numberFormats ?? []).map((r) => [...r]);
  const formulas = (grid.formulas ?? []).map((r) => [...r]);
  for (const w of writes.filter((x) => x.sheet === grid.name)) {
    const p = parseA1(w.address)!;
    const r = p.row - grid.rowOffset;
    const c = p.col - grid.colOffset;
    while (values.length <= r) values.push([]);
    while (numberFormats.length <= r) numberFormats.push([]);
    while (formulas.length <= r) formulas.push([]);
    values[r][c] = w.value;
    if (w.numberFormat) numberFormats[r][c] = w.numberFormat;
    formulas[r][c] = null;
  }
  return { ...grid, values, numberFormats, formulas };
}

/** Value written at an address, or undefined. */
export function writeAt(writes: readonly CellWrite[], address: string, sheet?: string): CellWrite | undefined {
  return writes.find((w) => w.address === address && (sheet === undefined || w.sheet === sheet));
}
