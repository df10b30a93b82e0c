import * as path from "path";
import { runCli, SAMPLE } from "./run-cli";
import { tempDir } from "./fixtures";

// The sample is the Camera di Commercio di Lecce's 2019 plan: KPI301's consuntivo is 13,1579% unrounded
// (the plan prints 13,16% and 87,72%); A.1.1 has KPI264 "kpi non disponibile"; the ente is the mean of A–D.
describe("perf-albero spiega: come è calcolata una performance", () => {
  it.each<[string, string[]]>([
    [
      "KPI301",
      [
        `KPI KPI301 «Soggetti coinvolti nei servizi e nelle iniziative dedicate alla promozione della cultura e del turismo» — foglio "Piano 2019", riga 4, obiettivo A.1`,
        "Performance: 87,72% (IN LINEA, verde)",
        "Come è calcolata:",
        "  1. proporzionale: consuntivo / target = 13,1579% / 15,00% = 87,72%",
      ],
    ],
    [
      "a.1.1",
      [
        `Obiettivo A.1.1 «Servizi ed iniziative di assistenza e sostegno dei settori del turismo e della cultura» — foglio "Piano 2019", riga 7, sotto A.1`,
        "Performance: 100,00% (RAGGIUNTO, verde)",
        "Come è calcolata:",
        "  1. KPI264 escluso: KPI non disponibile: il KPI è escluso dalla media e i pesi degli altri sono riproporzionati",
        "  2. pesi riproporzionati: la somma dei pesi considerati è 75%, fattore di conversione 1,3333 (100% / 75%)",
        "  3. media ponderata: (25% × 100,00% + 25% × 100,00% + 25% × 100,00%) / 75% = 100,00%",
      ],
    ],
    [
      "ente",
      [
        `Ente — foglio "Piano 2019"`,
        "Performance: 85,90% (RAGGIUNTO, verde)",
        "Come è calcolata:",
        "  1. media dei figli di ente: A, B, C, D",
        "  2. media semplice: (77,10% + 100,00% + 72,80% + 93,69%) / 4 = 85,90%",
      ],
    ],
  ])("%s", async (code, lines) => {
    const r = await runCli(["spiega", SAMPLE, code]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(lines.join("\n") + "\n");
  });

  it("--json: the same explanation as data, with the numbers of each step", async () => {
    const r = await runCli(["spiega", SAMPLE, "KPI301", "--json"]);
    expect(r.code).toBe(0);
    const [kpi] = JSON.parse(r.stdout);
    expect(kpi).toMatchObject({
      sheet: "Piano 2019",
      kind: "KPI",
      code: "KPI301",
      row: 4,
      objective: "A.1",
      status: "IN LINEA",
      rating: null,
    });
    expect(kpi.performance).toBeCloseTo(0.1315789 / 0.15, 6);
    expect(kpi.trace[0].rule).toBe("proporzionale");
    expect(kpi.trace[0].numbers[2]).toBe(kpi.performance);
  });

  it("with the settings' options: --livelli gives the letter", async () => {
    const r = await runCli(["spiega", SAMPLE, "KPI301", "--livelli", "A 95%; B 85%; C 0%"]);
    expect(r.stdout).toContain("Performance: 87,72% (IN LINEA, verde), livello B");
  });

  it("an unknown code: exit 2 and an Italian message, nothing on stdout", async () => {
    const r = await runCli(["spiega", SAMPLE, "KPI999"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`Nessun KPI, obiettivo o area con il codice "KPI999"`);
  });
});

describe("the JSON report carries each figure's trace and rating", () => {
  it("ricalcola --json: KPI301, A.1.1 and the ente", async () => {
    const r = await runCli([
      "ricalcola",
      SAMPLE,
      "-o",
      path.join(tempDir(), "out.xlsx"),
      "--json",
      "--livelli",
      "A 95%; B 85%; C 0%",
    ]);
    const json = JSON.parse(r.stdout);
    const sheet = json.sheets[0];
    const kpi = sheet.kpis.find((k: { code: string }) => k.code === "KPI301");
    expect(kpi.rating).toBe("B");
    expect(kpi.trace.map((t: { text: string }) => t.text)).toEqual([
      "consuntivo / target = 13,1579% / 15,00% = 87,72%",
    ]);
    const a11 = sheet.objectives.find((o: { code: string }) => o.code === "A.1.1");
    expect(a11.rating).toBe("A");
    expect(a11.trace[0].text).toContain("KPI264 escluso");
    expect(json.ente.rating).toBe("B");
    expect(json.ente.trace.at(-1).text).toBe("media semplice: (77,10% + 100,00% + 72,80% + 93,69%) / 4 = 85,90%");
  });
});
