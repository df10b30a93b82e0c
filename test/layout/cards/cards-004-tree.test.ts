import { readAs } from "../../../src/layout/readers";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ricalcola, verifica } from "../../../src/cli/commands";
import { KpiInput } from "../../../src/engine/plan";
import { computePlan } from "../../../src/engine/rollup";
import { cardsReader } from "../../../src/layout/cards/cards";
import { parseA1 } from "../../../src/layout/address";
import { cellAt, SheetGrid } from "../../../src/layout/grid";
import { ReadResult } from "../../../src/layout/types";
import { DAMAGED_004, KPIS_004, OBJECTIVES_004 } from "../../fixtures/004-schede-2019-2021.expected";
import { FIXTURE_DIR, loadFixture } from "../../fixtures/load-grid";

/** The whole 004 fixture against the tree written by hand from the document (see 004-schede-2019-2021.expected.ts). */

const FILE = path.join(FIXTURE_DIR, "004-schede-2019-2021.xlsx");
let grid: SheetGrid;
const read = (year: number) => readAs(cardsReader, grid, { year }) as ReadResult;
const round = (w: number | null) => (w === null ? null : Math.round(w * 1e9) / 1e9);

function kpiRows(r: ReadResult): [string, string, number | null, string | null, unknown][] {
  return r.plan!.objectives.flatMap((o) =>
    o.kpis.map((k): [string, string, number | null, string | null, unknown] => [
      o.code,
      k.name,
      round(k.weight),
      k.direction,
      k.target,
    ])
  );
}

function kpiNamed(r: ReadResult, name: string, parent?: string): KpiInput {
  const found = r
    .plan!.objectives.filter((o) => parent === undefined || o.code === parent)
    .flatMap((o) => o.kpis.filter((k) => k.name === name));
  if (found.length !== 1) throw new Error(`KPI "${name}": ${found.length} letti`);
  return found[0];
}

beforeAll(async () => {
  [grid] = await loadFixture("004-schede-2019-2021.xlsx");
});

describe("004: the fixture is read into the document's tree (plan 2019)", () => {
  it("has the document's 48 nodes: 4 areas, 8 strategic and 22 operational objectives, 14 actions, in order", () => {
    const objectives = read(2019).plan!.objectives;
    expect(objectives.map((o) => [o.code, o.parentCode, o.level, o.name])).toEqual(
      OBJECTIVES_004.map(([code, parent, level, name]) => [code, parent, level, name])
    );
    const count = (level: string) => objectives.filter((o) => o.level === level).length;
    expect([count("area"), count("strategico"), count("operativo"), count("azione")]).toEqual([4, 8, 22, 14]);
  });

  it("has the document's 55 KPIs with their parent, name, weight, direction and 2019 target, in order", () => {
    expect(kpiRows(read(2019))).toEqual(
      KPIS_004.map(([, parent, name, weight, direction, target]) => [parent, name, weight, direction, target])
    );
  });

  it.each(KPIS_004.map((k, i) => [k[0], k[2], k[1], i] as const))(
    "seed line %i: %s, under %s, is read from its own cells",
    (_line, name, parent, i) => {
      const r = read(2019);
      const all = r.plan!.objectives.flatMap((o) => o.kpis.map((k) => ({ parent: o.code, k })));
      const { parent: readParent, k } = all[i];
      expect([readParent, k.name]).toEqual([parent, name]);
      const at = parseA1(k.cells.name as string)!;
      // The first line: the strategic tables add "Tipologia KPI:efficacia" on a second line of the name cell.
      expect(
        String(cellAt(grid, at.row, at.col))
          .split("\n")[0]
          .replace(/\s+/g, " ")
          .trim()
      ).toBe(name);
      const target = parseA1(k.cells.target as string)!;
      if (at.col === 0)
        expect(target.row).toBe(at.row); // a row of a "KPI associati" table
      else {
        expect(String(cellAt(grid, target.row, 0)).toLowerCase()).toBe("target annuale");
        expect(target.row).toBeGreaterThan(at.row);
      }
      expect(k.cells.weight).toMatch(/^[A-F]\d+$/);
      expect(k.actual).toEqual({ kind: "empty" });
      expect(k.unavailable).toBe(true);
    }
  );

  it("reads the same targets for 2021: the strategic cards plan the same values every year", () => {
    expect(kpiRows(read(2021))).toEqual(kpiRows(read(2019)));
  });

  it("reports exactly what the document leaves unclear, with its cells", () => {
    const r = read(2019);
    expect(r.problems.map((p) => [p.severity, p.code, p.cell ?? null])).toEqual([
      ["avviso", "target-con-nota", kpiNamed(r, "Tasso di evasione verifiche metriche", "012.3").cells.target],
      [
        "avviso",
        "kpi-nome-da-algoritmo",
        kpiNamed(
          r,
          "emissione certificati commercio estero entro 6 giorni dalla richiesta e carnet ata entro 10 giorni."
        ).cells.name,
      ],
      ["avviso", "consuntivo-assente", "A4"],
    ]);
    const errors = computePlan(r.plan!).problems.filter((p) => p.severity === "errore");
    expect(errors.map((p) => [p.code, p.message])).toEqual([
      ["pesi-non-100", "I pesi di 012.4 sommano a 200,00% invece di 100%."],
      ["pesi-non-100", "I pesi di 011.3 sommano a 200,00% invece di 100%."],
    ]);
  });
});

/** How each damaged spot of DAMAGED_004 is read (keyed by seed line). */
const DAMAGE_CHECKS: Record<number, (r: ReadResult) => void> = {
  460: (r) => {
    const k = kpiNamed(r, "Tasso di evasione verifiche metriche", "012.3");
    expect(k.target).toEqual({ kind: "number", value: 0.9, percent: true });
    expect(r.problems.find((p) => p.code === "target-con-nota")?.message).toContain("2,5 anzichè 4");
  },
  732: (r) => {
    const k = kpiNamed(r, "Tempo medio di evasione istanze di cancellazione protesti");
    expect(k.direction).toBe("<=");
    expect(k.target).toEqual({ kind: "invalid", text: "20gg.+5" });
    const at = parseA1(k.cells.target as string)!;
    expect(cellAt(grid, at.row, at.col)).toBe("<=20gg.+5");
  },
  830: (r) => {
    const k = kpiNamed(
      r,
      "emissione certificati commercio estero entro 6 giorni dalla richiesta e carnet ata entro 10 giorni.",
      "012.6.4"
    );
    expect([round(k.weight), k.target]).toEqual([0.5, { kind: "yesno", value: true }]);
    expect(r.problems.find((p) => p.code === "kpi-nome-da-algoritmo")?.cell).toBe(k.cells.name);
  },
  556: (r) => expect(r.plan!.objectives.find((o) => o.code === "012.4")!.kpis.map((k) => k.weight)).toEqual([1, 1]),
  1249: (r) =>
    expect(
      r.plan!.objectives.find((o) => o.code === "011.3")!.kpis.map((k) => [k.name.slice(0, 20), k.weight])
    ).toEqual([
      ["Predisposizione di u", 1],
      ["Valorizzazione del p", 1],
    ]),
  1009: (r) => {
    const aqi = r.plan!.objectives.find((o) => o.code === "012.8")!;
    expect(aqi.kpis.map((k) => k.name)).toEqual(["Realizzazione attività sulla base delle richieste"]);
    expect(grid.values.some((row) => String(row[1] ?? "").startsWith("In seguito alle novità"))).toBe(true);
  },
  1366: (r) => expect(r.plan!.objectives.find((o) => o.code === "011.5")!.parentCode).toBe("011"),
  1160: (r) => expect(r.plan!.objectives.find((o) => o.code === "011.3")!.parentCode).toBe("011"),
  1677: (r) => {
    expect(grid.values.some((row) => String(row[1] ?? "").endsWith("Obiettivo raggiunto al 100%"))).toBe(true);
    expect(kpiNamed(r, "Elaborazione dati relativi alla composizione del Consiglio camerale")).toMatchObject({
      actual: { kind: "empty" },
      unavailable: true,
    });
  },
};

describe("004: damaged spots are kept as the document shows them", () => {
  it.each(DAMAGED_004.map((d) => [d.line, d.printed, d.reason] as const))("seed line %i (%s): %s", (line) => {
    const check = DAMAGE_CHECKS[line];
    expect(check).toBeDefined();
    check(read(2019));
  });
});

describe("004: the command line reads the fixture", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) } };
  };

  it("verifica --json: the whole tree, the two weight errors, exit code 1", async () => {
    const c = io();
    const code = await verifica(FILE, { json: true, anno: "2019" }, c.io);
    expect(code).toBe(1);
    const report = JSON.parse(c.out.join(""));
    const problems: { severity: string; code: string; cell: string | null }[] = report.problems;
    expect(problems.filter((p) => p.severity === "errore").map((p) => [p.code, p.cell])).toEqual([
      ["pesi-non-100", expect.stringMatching(/^B\d+$/)],
      ["pesi-non-100", expect.stringMatching(/^B\d+$/)],
    ]);
    expect(JSON.stringify(report.sheets)).toContain("Innovazione ed interoperabilità di strumenti e servizi digitali");
    expect(c.err).toEqual([]);
  });

  it("ricalcola writes a copy that keeps every cell of the cards (values and formats)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "perf-004-"));
    const out = path.join(dir, "schede-ricalcolate.xlsx");
    const c = io();
    expect(await ricalcola(FILE, { output: out, anno: "2019" }, c.io)).toBe(0);
    expect(c.out.join("")).toContain("48 obiettivi, 55 KPI");
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(FILE);
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(out);
    const cells = (wb: ExcelJS.Workbook) => {
      const list: [string, unknown, string][] = [];
      wb.worksheets[0].eachRow((row) => row.eachCell((cell) => list.push([cell.address, cell.value, cell.numFmt])));
      return list;
    };
    const original = cells(before);
    expect(original.length).toBeGreaterThan(1000);
    expect(cells(after)).toEqual(original);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
