"use strict";
/** How offices write values, weights and directions in their cells, and how a table is laid out. */

const THIN = { style: "thin", color: { argb: "FF808080" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
const OBJECTIVE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
const TITLE_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E78" } };

const dd = (n) => String(n).padStart(2, "0");
const dateText = (x) => `${dd(x.d)}/${dd(x.m)}/${x.y}`;
const jsDate = (x) => new Date(Date.UTC(x.y, x.m - 1, x.d));

/** "1.587,10": Italian grouping and decimals. */
function itNumber(v, decimals) {
  const [int, frac] = Math.abs(v).toFixed(decimals).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return (v < 0 ? "-" : "") + grouped + (frac ? "," + frac : "");
}

/** A value as Excel holds it when typed by staff: numbers with formats, real dates, "sì". */
function excelValue(x) {
  switch (x.k) {
    case "num":
      if (x.fmt === "pct") return { v: x.v, numFmt: "0.00%" };
      if (x.fmt === "int") return { v: x.v, numFmt: "#,##0" };
      if (x.fmt === "dec") return { v: x.v, numFmt: "#,##0.00" };
      return x.v;
    case "date":
      return { v: jsDate(x), numFmt: "dd/mm/yyyy" };
    case "yes":
      return x.v ? "sì" : "no";
    case "nv":
      return x.text;
    default:
      return null;
  }
}

/** The same value typed as Italian text ("87,50%", "1.200", "30/06/2025", "SI"). */
function textValue(x) {
  switch (x.k) {
    case "num":
      if (x.fmt === "pct") return itNumber(x.v * 100, 2) + "%";
      if (x.fmt === "int") return itNumber(x.v, 0);
      return itNumber(x.v, 2);
    case "date":
      return dateText(x);
    case "yes":
      return x.v ? "SI" : "NO";
    case "nv":
      return x.text;
    default:
      return null;
  }
}

const DIRECTIONS = {
  sym: { ">=": ">=", "<=": "<=", "=": "=" },
  uni: { ">=": "≥", "<=": "≤", "=": "=" },
  words: { ">=": "crescente", "<=": "decrescente", "=": "=" },
  arrows: { ">=": "↑", "<=": "↓", "=": "=" },
  verbs: { ">=": "massimizzare", "<=": "minimizzare", "=": "=" },
  plusminus: { ">=": "+", "<=": "-", "=": "=" },
  better: { ">=": "Maggiore è meglio", "<=": "Minore è meglio", "=": "=" },
};

/** A KPI's direction in a vocabulary; yes/no and date targets carry their own (none written) unless `always`. */
function directionCell(k, vocab, always = false) {
  if (!always && (k.target.k === "yes" || k.target.k === "date")) return null;
  return DIRECTIONS[vocab][k.dir];
}

/** A weight (fraction) written the office's way. */
function weightCell(w, style) {
  if (w === null || w === undefined) return null;
  switch (style) {
    case "pct":
      return { v: w, numFmt: "0%" };
    case "pct2":
      return { v: w, numFmt: "0.00%" };
    case "dec":
      return { v: w, numFmt: "0.00" };
    case "int":
      return Math.round(w * 100);
    case "text":
      return itNumber(w * 100, 0) + "%";
    case "text2":
      return itNumber(w * 100, 2) + "%";
    default:
      throw new Error(`stile di peso sconosciuto ${style}`);
  }
}

function put(cell, spec) {
  if (spec === null || spec === undefined) return;
  if (typeof spec === "object" && !(spec instanceof Date) && "v" in spec) {
    cell.value = spec.v;
    if (spec.numFmt) cell.numFmt = spec.numFmt;
    if (spec.font) cell.font = spec.font;
    if (spec.alignment) cell.alignment = spec.alignment;
    return;
  }
  cell.value = spec;
}

const letter = (i) => {
  let s = "";
  let n = i + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

function header(ws, rowNumber, texts, first = 1) {
  const row = ws.getRow(rowNumber);
  texts.forEach((t, i) => {
    if (t === null) return;
    const cell = row.getCell(first + i);
    cell.value = t;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
}

function title(ws, range, text, size = 14) {
  ws.mergeCells(range);
  const cell = ws.getCell(range.split(":")[0]);
  cell.value = text;
  cell.font = { bold: true, size, color: { argb: "FFFFFFFF" } };
  cell.fill = TITLE_FILL;
  cell.alignment = { horizontal: "center", vertical: "middle" };
}

/**
 * Lines of a plan in sheet order: each objective row followed by its KPI rows, then its children.
 * `objectiveRow(node)` false hides a node's own row (e.g. areas written elsewhere).
 */
function linesOf(plan, { objectiveRow = () => true, after = () => [] } = {}) {
  const out = [];
  const visit = (n) => {
    if (objectiveRow(n)) out.push({ type: "obj", node: n });
    for (const k of n.kpis) out.push({ type: "kpi", kpi: k, node: n });
    out.push(...after(n));
    n.children.forEach(visit);
  };
  plan.roots.forEach(visit);
  return out;
}

/**
 * Write the table: the header on `headerRow`, then one row per line. Columns are
 * { h, field?, width?, obj(node)?, kpi(kpi, node)? }; a raw line is { type: "raw", cells: [...] } or
 * { type: "raw", text } (written in the first column). Records `row` and `sheet` on nodes and KPIs.
 * Returns the mapping a user would write for --colonne and the last row written.
 */
function writeTable(ws, { headerRow, columns, lines, firstCol = 1 }) {
  header(
    ws,
    headerRow,
    columns.map((c) => c.h),
    firstCol
  );
  columns.forEach((c, i) => {
    ws.getColumn(firstCol + i).width = c.width ?? (c.h && c.h.length > 14 ? 16 : 12);
  });
  let r = headerRow + 1;
  for (const line of lines) {
    const row = ws.getRow(r);
    if (line.type === "raw") {
      if (line.text !== undefined) {
        row.getCell(firstCol).value = line.text;
        row.getCell(firstCol).font = { italic: true };
      } else line.cells.forEach((spec, i) => put(row.getCell(firstCol + i), spec));
    } else {
      const target = line.type === "obj" ? line.node : line.kpi;
      target.row = r;
      target.sheet = ws.name;
      columns.forEach((c, i) => {
        const make = line.type === "obj" ? c.obj : c.kpi;
        const cell = row.getCell(firstCol + i);
        if (make) put(cell, line.type === "obj" ? make(line.node) : make(line.kpi, line.node));
        cell.border = BORDER;
        if (line.type === "obj") {
          cell.fill = OBJECTIVE_FILL;
          if (i === 0 || c.field === "obiettivo") cell.font = { bold: true };
        }
      });
    }
    r++;
  }
  const mapping = {};
  columns.forEach((c, i) => {
    if (c.field && mapping[c.field] === undefined) mapping[c.field] = letter(firstCol - 1 + i);
  });
  return { mapping, lastRow: r - 1 };
}

module.exports = {
  excelValue,
  textValue,
  itNumber,
  dateText,
  jsDate,
  directionCell,
  weightCell,
  put,
  letter,
  header,
  title,
  linesOf,
  writeTable,
  BORDER,
  OBJECTIVE_FILL,
  HEADER_FILL,
};
