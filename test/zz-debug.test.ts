import * as path from "path";
import { main } from "../src/cli/main";
import { officeExpectations, mappingArgs, judge } from "./integration/helpers/office-fixtures";

it("debug", async () => {
  const which = (process.env.FIX ?? "").split(",");
  for (const c of officeExpectations().filter((c) => which.some((w) => c.name.startsWith(w)))) {
    for (const mapped of [false, true]) {
      if (process.env.MODE === "m" && !mapped) continue;
      if (process.env.MODE === "l" && mapped) continue;
      const args = ["ricalcola", c.file, "-o", path.join("/tmp/rdr", c.name + ".out.xlsx"), "--json"];
      if (mapped) { args.push(...mappingArgs(c.expected)); if (process.env.INT) args.push("--intestazione", String(Object.values(c.expected.sheets)[0].headerRow)); }
      let out = ""; let err = "";
      const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
      const rep = out.trim() ? JSON.parse(out) : null;
      const j = judge(c.expected, rep);
      console.log(`### ${c.name} ${mapped ? "MAPPED" : "free"} exit=${code} verdict=${j.verdict}\n` +
        j.figures.filter((f) => f.verdict !== "giusto").map((f) => `  ${f.verdict} ${f.what}: exp ${f.expected} got ${f.actual}`).join("\n") +
        "\nPROBLEMS:\n" + (rep?.problems ?? []).map((p: any) => `  ${p.severity} ${p.sheet}!${p.cell}: ${p.message}`).join("\n") + "\nSTDERR:" + err.slice(0, 500));
    }
  }
});
it("leggi", async () => {
  if (!process.env.LEGGI) return;
  let out = ""; let err = "";
  const code = await main(["leggi", process.env.LEGGI, ...(process.env.JSON ? ["--json"] : [])], { out: (t) => (out += t), err: (t) => (err += t) });
  console.log(code + "\n" + out + err);
});
