import { parseLinkKpi } from "../../src/layout/link-kpi";

describe("parseLinkKpi: link KPIs of 000 (DOMAIN.md §5)", () => {
  it.each([
    ["000:L14", "Media ponderata di performance delle azioni associate all'obiettivo operativo A.1.2", "A.1.2"],
    [
      "000:L46",
      "Media ponderata di performance degli obiettivi operativi associati all'obiettivo strategico A.3",
      "A.3",
    ],
    ["000:L71", "Performance della azione associata all'obiettivo operativo C.1.1", "C.1.1"],
    ["000:L92", "Media ponderata di performance delle azioni associate all'obiettivo operativo D.1.2.", "D.1.2"],
    ["000:L79", "Media ponderata di performance degli obiettivi operativi associati", null],
    ["-", "media ponderata di performance delle azioni associate all’obiettivo operativo 01_03", "01_03"],
  ])("%s %j → %s", (_id, name, code) => {
    expect(parseLinkKpi(name)).toEqual({ code });
  });

  it.each([
    ["Grado di soddisfazione dei soggetti assistiti"],
    ["Totale attività realizzate / Totale attività programmate"],
    ["Media dei percorsi alternanza scuola lavoro all'interno di ogni servizio dell'Ente"], // 000 line 24: a mean, not a link
    [""],
  ])("%j is not a link", (name) => {
    expect(parseLinkKpi(name)).toBeNull();
  });
});
