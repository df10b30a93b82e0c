import fs from "fs";
import path from "path";
import { gridToJson } from "../../src/excel/grid-json";
import { sampleGrids } from "../excel/helpers";

// The demo mode opens assets/cartella-esempio.json: it must be the sample workbook as the reader reads it
// today (regenerate with `npm run prepare && node scripts/build-demo-workbook.js`).
it("the demo's sample workbook is the sample .xlsx as the reader reads it", async () => {
  const file = path.join(__dirname, "..", "..", "assets", "cartella-esempio.json");
  const stored: unknown = JSON.parse(fs.readFileSync(file, "utf8"));
  const expected: unknown = JSON.parse(JSON.stringify((await sampleGrids()).map(gridToJson)));
  expect(stored).toEqual(expected);
});
