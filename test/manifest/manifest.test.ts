/**
 * manifest.xml: well-formed, every resource it references defined, https everywhere, the shared
 * runtime and the PERF custom functions declared as the webpack build produces them.
 */
import fs from "fs";
import path from "path";
import { execFileSync } from "child_process";
import os from "os";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const ROOT = path.join(__dirname, "../..");
const XML = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  parseAttributeValue: false,
  parseTagValue: false,
});
const doc = parser.parse(XML) as Node;
const app = doc.OfficeApp as Node;
const overrides = app.VersionOverrides as Node;
const host = ((overrides.Hosts as Node).Host as Node) ?? {};
const resources = overrides.Resources as Node;

const asArray = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** Every attribute `name` anywhere below a node, with the path of elements that holds it. */
function attributes(node: unknown, name: string, at = ""): { value: string; path: string }[] {
  if (Array.isArray(node)) return node.flatMap((n) => attributes(n, name, at));
  if (typeof node !== "object" || node === null) return [];
  return Object.entries(node as Node).flatMap(([key, value]) =>
    key === `@${name}`
      ? [{ value: String(value), path: at }]
      : key.startsWith("@")
        ? []
        : attributes(value, name, `${at}/${key}`)
  );
}

/** Resource id → DefaultValue, by kind (bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings). */
function resourceTable(kind: string, element: string): Map<string, string> {
  const entries = asArray((resources[kind] as Node)?.[element] as Node | Node[]);
  return new Map(entries.map((e) => [String(e["@id"]), String(e["@DefaultValue"])]));
}

const images = resourceTable("bt:Images", "bt:Image");
const urls = resourceTable("bt:Urls", "bt:Url");
const shortStrings = resourceTable("bt:ShortStrings", "bt:String");
const longStrings = resourceTable("bt:LongStrings", "bt:String");
const allResources = new Map([...images, ...urls, ...shortStrings, ...longStrings]);
const resource = (id: string): string => allResources.get(id) as string;

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(XML)).toBe(true);
  });

  it("is a task pane add-in for Excel with a fixed GUID, Italian by default", () => {
    expect(app["@xsi:type"]).toBe("TaskPaneApp");
    expect(String(app.Id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(app.DefaultLocale).toBe("it-IT");
    expect(asArray((app.Hosts as Node).Host as Node | Node[]).map((h) => h["@Name"])).toEqual(["Workbook"]);
    expect(String(app.Version)).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(overrides["@xsi:type"]).toBe("VersionOverridesV1_0");
    expect(host["@xsi:type"]).toBe("Workbook");
  });

  it("defines every resource it references, exactly once", () => {
    const referenced = attributes(overrides, "resid");
    expect(referenced.length).toBeGreaterThan(10);
    for (const r of referenced)
      expect({ resid: r.value, defined: allResources.has(r.value) }).toEqual({ resid: r.value, defined: true });
    const ids = attributes(resources, "id").map((a) => a.value);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("uses https for every URL and lists its domain", () => {
    const values = [...attributes(doc, "DefaultValue"), ...attributes(doc, "Value")]
      .map((a) => a.value)
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    const domains = asArray((app.AppDomains as Node).AppDomain as string | string[]);
    expect(values.length).toBeGreaterThan(8);
    for (const url of [...values, ...domains]) expect(url).toMatch(/^https:\/\//);
    for (const url of values) expect(domains).toContain(new URL(url).origin);
    expect((app.SupportUrl as Node)["@DefaultValue"]).toMatch(/^https:\/\//);
  });

  it("keeps strings within Office's limits, in Italian", () => {
    expect(String((app.DisplayName as Node)["@DefaultValue"]).length).toBeLessThanOrEqual(125);
    expect(String((app.Description as Node)["@DefaultValue"]).length).toBeLessThanOrEqual(250);
    for (const s of shortStrings.values()) expect(s.length).toBeLessThanOrEqual(125);
    for (const s of longStrings.values()) expect(s.length).toBeLessThanOrEqual(250);
    expect(resource("GetStarted.Description")).toContain("PERF.KPI");
  });

  it("installs wherever the task pane works: the base asks only ExcelApi 1.1", () => {
    const sets = asArray(((app.Requirements as Node).Sets as Node).Set as Node | Node[]);
    expect(sets.map((s) => [s["@Name"], s["@MinVersion"]])).toEqual([["ExcelApi", "1.1"]]);
  });

  it("declares shared runtime and custom functions in VersionOverrides, which an Excel without them ignores", () => {
    const sets = asArray(((overrides.Requirements as Node)["bt:Sets"] as Node)["bt:Set"] as Node | Node[]);
    expect(sets.map((s) => [s["@Name"], s["@MinVersion"]])).toEqual([
      ["SharedRuntime", "1.1"],
      ["CustomFunctionsRuntime", "1.2"],
    ]);
    const runtime = (host.Runtimes as Node).Runtime as Node;
    expect(runtime["@resid"]).toBe("Taskpane.Url");
    expect(runtime["@lifetime"]).toBe("long");
  });

  it("declares the PERF custom functions on the shared page", () => {
    const ext = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(ext["@xsi:type"]).toBe("CustomFunctions");
    const source = (el: string) => ((ext[el] as Node).SourceLocation as Node)["@resid"] as string;
    expect(resource(source("Script"))).toBe("https://localhost:3000/functions.js");
    expect(source("Page")).toBe("Taskpane.Url");
    expect(resource(source("Metadata"))).toBe("https://localhost:3000/functions.json");
    expect(resource((ext.Namespace as Node)["@resid"] as string)).toBe("PERF");
    expect(resource("Taskpane.Url")).toBe("https://localhost:3000/taskpane.html");
    expect(((app.DefaultSettings as Node).SourceLocation as Node)["@DefaultValue"]).toBe(resource("Taskpane.Url"));
    expect(((host.DesktopFormFactor as Node).FunctionFile as Node)["@resid"]).toBe("Taskpane.Url");
  });

  it("puts the 'Albero performance' button in a 'Performance' group of the Home tab", () => {
    const surface = (host.DesktopFormFactor as Node).ExtensionPoint as Node;
    expect(surface["@xsi:type"]).toBe("PrimaryCommandSurface");
    const tab = surface.OfficeTab as Node;
    expect(tab["@id"]).toBe("TabHome");
    const group = tab.Group as Node;
    expect(resource((group.Label as Node)["@resid"] as string)).toBe("Performance");
    const button = group.Control as Node;
    expect(button["@xsi:type"]).toBe("Button");
    expect(resource((button.Label as Node)["@resid"] as string)).toBe("Albero performance");
    const action = button.Action as Node;
    expect(action["@xsi:type"]).toBe("ShowTaskpane");
    expect((action.SourceLocation as Node)["@resid"]).toBe("Taskpane.Url");
  });

  it("points its icons at real PNGs of the declared size in assets/", () => {
    const iconUrls = new Map<string, number>([
      ...[...images].map(([id, url]) => [url, Number(/(\d+)x\1$/.exec(id)?.[1])] as [string, number]),
      [String((app.IconUrl as Node)["@DefaultValue"]), 32],
      [String((app.HighResolutionIconUrl as Node)["@DefaultValue"]), 64],
    ]);
    expect([...images.keys()].sort()).toEqual(["Icon.16x16", "Icon.32x32", "Icon.80x80"]);
    for (const [url, size] of iconUrls) {
      const file = path.join(ROOT, new URL(url).pathname);
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

/**
 * Microsoft's manifest schemas ([MS-OWEMXML], provenance in ms-schemas/README.md), checked with xmllint
 * (Debian package libxml2-utils, installed by .ci/run).
 */
describe("manifest.xml against Microsoft's schemas", () => {
  const SCHEMA = path.join(__dirname, "ms-schemas", "OfficeAppManifestV1_1.xsd");

  function xmllint(xml: string): { ok: boolean; output: string } {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, xml);
    try {
      const output = execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], {
        encoding: "utf8",
        stdio: "pipe",
      });
      return { ok: true, output };
    } catch (e) {
      const err = e as { stderr?: string; code?: string };
      if (err.code === "ENOENT") throw new Error("xmllint manca: installare libxml2-utils");
      return { ok: false, output: String(err.stderr) };
    }
  }

  it("validates", () => {
    expect(xmllint(XML)).toEqual({ ok: true, output: "" });
  });

  it.each<[string, (xml: string) => string, string]>([
    [
      "Requirements after Hosts in VersionOverrides",
      (x) => x.replace(/(\s*<Requirements>\s*<bt:Sets[\s\S]*?<\/Requirements>)(\s*<Hosts>[\s\S]*?<\/Hosts>)/, "$2$1"),
      "Requirements",
    ],
    [
      "Sets without the bt: prefix in VersionOverrides",
      (x) => x.replace(/bt:Sets/g, "Sets").replace(/bt:Set /g, "Set "),
      "Sets",
    ],
    ["a lifetime Office does not know", (x) => x.replace('lifetime="long"', 'lifetime="forever"'), "lifetime"],
  ])("rejects %s", (_name, mutate, fragment) => {
    const broken = mutate(XML);
    expect(broken).not.toBe(XML);
    const result = xmllint(broken);
    expect(result.ok).toBe(false);
    expect(result.output).toContain(fragment);
  });
});

describe("the build serves what the manifest declares", () => {
  // webpack.config.js is plain CommonJS; read it as the build does.
  const configOf = require(path.join(ROOT, "webpack.config.js")) as (env: object, argv: object) => Node;
  const config = configOf({}, { mode: "production" });
  const entry = config.entry as Record<string, string | { import: string; dependOn?: string }>;
  const plugins = config.plugins as Node[];

  it("bundles functions.js from the file the metadata is generated from", () => {
    expect(entry.functions).toBe("./src/functions/functions.ts");
    const metadataPlugin = plugins.find((p) => p.constructor.name === "CustomFunctionsMetadataPlugin") as Node;
    expect(metadataPlugin.options).toEqual({ input: "./src/functions/functions.ts", output: "functions.json" });
  });

  it("loads functions, task pane and commands in the one shared page", () => {
    const html = plugins.find((p) => p.constructor.name === "HtmlWebpackPlugin") as { userOptions: Node };
    expect(html.userOptions.filename).toBe("taskpane.html");
    expect(html.userOptions.chunks).toEqual(["functions", "taskpane", "commands"]);
    expect(entry.taskpane).toEqual({ import: "./src/taskpane/index.tsx", dependOn: "functions" });
    expect(entry.commands).toEqual({ import: "./src/commands/commands.ts", dependOn: "functions" });
    const page = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
    expect(page).toContain('<div id="container"></div>');
    expect(page).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
  });

  it("cleans only its own files in dist/, keeping the command line's", () => {
    const keep = (config.output as { clean: { keep: (a: string) => boolean } }).clean.keep;
    for (const own of [
      "functions.js",
      "functions.js.map",
      "functions.json",
      "taskpane.html",
      "taskpane.js",
      "commands.js",
      "manifest.xml",
      "assets/icon-16.png",
    ])
      expect({ own, keep: keep(own) }).toEqual({ own, keep: false });
    for (const cli of ["engine", "engine/rollup.js", "cli", "cli/index.js", "layout/grid.js", "pipeline", "assets"])
      expect({ cli, keep: keep(cli) }).toEqual({ cli, keep: true });
  });

  it("the functions the page registers are the ones in functions.json", async () => {
    const result = await generateCustomFunctionsMetadata(path.join(ROOT, "src/functions/functions.ts"));
    expect(result.errors).toEqual([]);
    const ids = (JSON.parse(result.metadataJson) as { functions: { id: string }[] }).functions.map((f) => f.id);
    expect(ids).toEqual(["KPI", "OBIETTIVO", "SEMAFORO", "STATO", "PESI"]);
    expect(result.associate.map((a) => a.id)).toEqual(ids);
    const built = path.join(ROOT, "dist/functions.json");
    if (fs.existsSync(built)) {
      const builtIds = (JSON.parse(fs.readFileSync(built, "utf8")) as { functions: { id: string }[] }).functions.map(
        (f) => f.id
      );
      expect(builtIds).toEqual(ids);
    }
  });
});
