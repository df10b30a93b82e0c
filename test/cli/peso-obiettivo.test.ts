import * as path from "path";
import { ROOT, runCli } from "./run-cli";
import { tempDir } from "./fixtures";

/** Fixture 32: "Peso obiettivo" (B) on the objective rows, "Peso indicatore" (D) on the KPI rows. */
const FILE = path.join(ROOT, "test", "fixtures", "offices", "32-intestazione-riga-8-peso-obiettivo.xlsx");

describe("--colonne with pesoObiettivo (the objectives' weights in a column of their own)", () => {
  const dir = tempDir();

  const objective = (json: any, code: string) => json.sheets[0].objectives.find((o: any) => o.code === code);

  it("weighs KPIs by peso and objectives by pesoObiettivo", async () => {
    const run = await runCli([
      "ricalcola",
      FILE,
      "-o",
      path.join(dir, "mappato.xlsx"),
      "--json",
      "--colonne",
      "obiettivo=A,pesoObiettivo=B,indicatore=C,peso=D,direzione=E,target=F,consuntivo=G,performanceKpi=H,performanceObiettivo=I",
      "--intestazione",
      "8",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    // the build script's own arithmetic (test/fixtures/offices/32-….expected.json)
    expect(objective(json, "A.2").performance).toBeCloseTo(0.5935411765, 8);
    expect(objective(json, "A").performance).toBeCloseTo(0.7280623529, 8);
    expect(json.ente.performance).toBeCloseTo(0.7592414053, 8);
  });

  it("names the Peso obiettivo column in leggi", async () => {
    const run = await runCli(["leggi", FILE, "--colonne", "pesoObiettivo=B,peso=D"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/B\s+"Peso obiettivo" → Peso obiettivo \(dalla mappatura\)/);
  });
});

describe("--colonne help", () => {
  it("lists pesoObiettivo among the fields", async () => {
    const run = await runCli(["ricalcola", "--help"]);
    expect(run.stdout.replace(/\s+/g, " ")).toMatch(/campi: [a-zA-Z, ]*\bpeso, pesoObiettivo\b/);
  });
});
