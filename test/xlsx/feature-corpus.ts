import { strToU8, zipSync } from "fflate";

/**
 * Feature-rich workbooks written part by part, the way Excel stores each feature, around one small plan
 * sheet ("Piano": Obiettivo | Indicatore | Peso | Target | Consuntivo | Performance KPI | Performance
 * Obiettivo | Note). Each feature is what ExcelJS used to drop or damage; the writer must keep it.
 */
const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PR = "http://schemas.openxmlformats.org/package/2006/relationships";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';

export interface Parts {
  files: Record<string, string | Uint8Array>;
  /** Extra pieces of the base parts, by hook. */
  workbookPr: string;
  workbookAfterSheets: string;
  sheetRoot: string;
  sheetCols: string;
  /** Cells of rows 2..4 beyond the base plan (keyed by row). */
  extraCells: Record<number, string>;
  performanceCells: Record<string, string>;
  afterSheetData: string;
  afterConditionalFormats: string;
  afterPageSetup: string;
  drawingRefs: string;
  extLst: string;
  sheetRels: string[];
  workbookRels: string[];
  packageRels: string[];
  overrides: string[];
  defaults: string[];
  dxfs: string[];
  extraSheets: { name: string; xml: string }[];
  mainContentType: string;
}

const STRINGS = [
  "Obiettivo",
  "Indicatore",
  "Peso",
  "Target",
  "Consuntivo",
  "Performance KPI",
  "Performance Obiettivo",
  "Note",
  "A.1 Semplificazione",
  "Pratiche evase",
  "Tempi medi",
  ">= 100",
  ">= 30",
  "verificare la fonte",
];
const s = (i: number, ref: string) => `<c r="${ref}" t="s"><v>${i}</v></c>`;

function base(): Parts {
  return {
    files: {},
    workbookPr: '<workbookPr defaultThemeVersion="166925"/>',
    workbookAfterSheets: "",
    sheetRoot: `xmlns="${NS}" xmlns:r="${R}"`,
    sheetCols: '<cols><col min="1" max="2" width="30" customWidth="1"/></cols>',
    extraCells: {},
    performanceCells: {},
    afterSheetData: "",
    afterConditionalFormats: "",
    afterPageSetup: "",
    drawingRefs: "",
    extLst: "",
    sheetRels: [],
    workbookRels: [],
    packageRels: [],
    overrides: [],
    defaults: [],
    dxfs: [],
    extraSheets: [],
    mainContentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  };
}

function sheetXml(p: Parts): string {
  const perf = (ref: string) => p.performanceCells[ref] ?? "";
  const row = (r: number, cells: string) => `<row r="${r}" spans="1:8">${cells}${p.extraCells[r] ?? ""}</row>`;
  return (
    `${XML}<worksheet ${p.sheetRoot}><dimension ref="A1:H4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${p.sheetCols}<sheetData>` +
    row(
      1,
      STRINGS.slice(0, 8)
        .map((_, i) => s(i, `${"ABCDEFGH"[i]}1`))
        .join("")
    ) +
    row(2, s(8, "A2") + perf("G2")) +
    row(3, `${s(9, "B3")}<c r="C3" s="1"><v>0.5</v></c>${s(11, "D3")}<c r="E3"><v>80</v></c>${perf("F3")}`) +
    row(
      4,
      `${s(10, "B4")}<c r="C4" s="1"><v>0.5</v></c>${s(12, "D4")}<c r="E4"><v>30</v></c>${perf("F4")}${s(13, "H4")}`
    ) +
    `</sheetData>${p.afterSheetData}${p.afterConditionalFormats}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${p.afterPageSetup}${p.drawingRefs}${p.extLst}</worksheet>`
  );
}

export function build(
  features: ((p: Parts) => void)[],
  options: { stored?: boolean; drop?: string[] } = {}
): Uint8Array {
  const p = base();
  for (const f of features) f(p);
  const sheets = [{ name: "Piano", xml: sheetXml(p) }, ...p.extraSheets];
  const rels = (list: string[]) => `${XML}<Relationships xmlns="${PR}">${list.join("")}</Relationships>`;
  const files: Record<string, string | Uint8Array> = {
    "[Content_Types].xml":
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${p.defaults.join("")}` +
      `<Override PartName="/xl/workbook.xml" ContentType="${p.mainContentType}"/>` +
      sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
        )
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` +
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>${p.overrides.join("")}</Types>`,
    "_rels/.rels": rels([
      `<Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/>`,
      `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
      ...p.packageRels,
    ]),
    "docProps/core.xml": `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ufficio Performance</dc:creator></cp:coreProperties>`,
    "xl/workbook.xml":
      `${XML}<workbook xmlns="${NS}" xmlns:r="${R}">${p.workbookPr}<bookViews><workbookView/></bookViews><sheets>` +
      sheets.map((sh, i) => `<sheet name="${sh.name}" sheetId="${i + 1}" r:id="rIdS${i + 1}"/>`).join("") +
      `</sheets>${p.workbookAfterSheets}<calcPr calcId="191029"/></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ...sheets.map(
        (_, i) => `<Relationship Id="rIdS${i + 1}" Type="${R}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`
      ),
      `<Relationship Id="rIdSt" Type="${R}/styles" Target="styles.xml"/>`,
      `<Relationship Id="rIdSs" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>`,
      ...p.workbookRels,
    ]),
    "xl/styles.xml":
      `${XML}<styleSheet xmlns="${NS}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
      `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
      `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
      `<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="${p.dxfs.length}">${p.dxfs.join("")}</dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2"/></styleSheet>`,
    "xl/sharedStrings.xml": `${XML}<sst xmlns="${NS}" count="${STRINGS.length}" uniqueCount="${STRINGS.length}">${STRINGS.map((t) => `<si><t>${t.replace(/>/g, "&gt;")}</t></si>`).join("")}</sst>`,
    ...p.files,
  };
  sheets.forEach((sh, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = sh.xml));
  if (p.sheetRels.length > 0) files["xl/worksheets/_rels/sheet1.xml.rels"] = rels(p.sheetRels);
  for (const name of options.drop ?? []) delete files[name];
  const entries = Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v] as const);
  return zipSync(Object.fromEntries(entries), { level: options.stored ? 0 : 6 });
}

type Feature = (p: Parts) => void;

export const FEATURES: Record<string, Feature> = {
  "nomi definiti (costanti, formule, locali al foglio)": (p) => {
    p.workbookAfterSheets +=
      `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">Piano!$1:$1</definedName>` +
      `<definedName name="Soglia">0.8</definedName><definedName name="Consuntivi">Piano!$E$3:$E$4</definedName>` +
      `<definedName name="Locale" localSheetId="0">SUM(Piano!$C$3:$C$4)</definedName></definedNames>`;
  },
  "note su celle vuote": (p) => {
    p.files["xl/comments1.xml"] =
      `${XML}<comments xmlns="${NS}"><authors><author>Revisore</author></authors><commentList><comment ref="J7" authorId="0"><text><r><t>Da compilare</t></r></text></comment></commentList></comments>`;
    p.files["xl/drawings/vmlDrawing1.vml"] =
      `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel"><v:shape id="_x0000_s1025" type="#_x0000_t202"><x:ClientData ObjectType="Note"><x:Row>6</x:Row><x:Column>9</x:Column></x:ClientData></v:shape></xml>`;
    p.sheetRels.push(
      `<Relationship Id="rIdC" Type="${R}/comments" Target="../comments1.xml"/>`,
      `<Relationship Id="rIdV" Type="${R}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>`
    );
    p.drawingRefs += `<legacyDrawing r:id="rIdV"/>`;
    p.overrides.push(
      `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`
    );
    p.defaults.push(
      `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>`
    );
  },
  "commenti in thread": (p) => {
    p.files["xl/threadedComments/threadedComment1.xml"] =
      `${XML}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="E3" dT="2024-05-02T10:00:00.00" personId="{11111111-1111-1111-1111-111111111111}" id="{22222222-2222-2222-2222-222222222222}"><text>Dato provvisorio</text></threadedComment></ThreadedComments>`;
    p.files["xl/persons/person.xml"] =
      `${XML}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="Dirigente" id="{11111111-1111-1111-1111-111111111111}" userId="dirigente" providerId="None"/></personList>`;
    p.sheetRels.push(
      `<Relationship Id="rIdT" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>`
    );
    p.workbookRels.push(
      `<Relationship Id="rIdP" Type="http://schemas.microsoft.com/office/2017/10/relationships/person" Target="persons/person.xml"/>`
    );
    p.overrides.push(
      `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>`,
      `<Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>`
    );
  },
  "convalida a elenco nell'estensione x14 e sparkline": (p) => {
    p.sheetRoot += ` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" mc:Ignorable="x14ac"`;
    p.extLst +=
      `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
      `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Elenchi!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>H3:H4</xm:sqref></x14:dataValidation></x14:dataValidations></ext>` +
      `<ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">` +
      `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>Piano!D3:E3</xm:f><xm:sqref>I3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`;
    p.extraSheets.push({
      name: "Elenchi",
      xml: `${XML}<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>sì</t></is></c></row></sheetData></worksheet>`,
    });
  },
  "formato condizionale dell'utente (valori duplicati)": (p) => {
    p.dxfs.push(`<dxf><font><color rgb="FF9C0006"/></font></dxf>`);
    p.afterConditionalFormats += `<conditionalFormatting sqref="B3:B4"><cfRule type="duplicateValues" dxfId="0" priority="1"/></conditionalFormatting>`;
  },
  "collegamento esterno": (p) => {
    p.files["xl/externalLinks/externalLink1.xml"] =
      `${XML}<externalLink xmlns="${NS}" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Budget"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>120</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`;
    p.files["xl/externalLinks/_rels/externalLink1.xml.rels"] =
      `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="file:///C:/Bilancio/budget.xlsx" TargetMode="External"/></Relationships>`;
    p.workbookRels.push(`<Relationship Id="rIdE" Type="${R}/externalLink" Target="externalLinks/externalLink1.xml"/>`);
    p.workbookAfterSheets += `<externalReferences><externalReference r:id="rIdE"/></externalReferences>`;
    p.overrides.push(
      `<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/>`
    );
    p.extraCells[2] = `<c r="I2"><f>[1]Budget!A1</f><v>120</v></c>`;
  },
  "collegamenti ipertestuali interni": (p) => {
    p.afterConditionalFormats += `<hyperlinks><hyperlink ref="H4" location="'Piano'!A1" display="Torna all'inizio"/></hyperlinks>`;
  },
  "proprietà personalizzate (etichetta di riservatezza)": (p) => {
    p.files["docProps/custom.xml"] =
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="MSIP_Label_0000_Enabled"><vt:lpwstr>true</vt:lpwstr></property></Properties>`;
    p.packageRels.push(`<Relationship Id="rId9" Type="${R}/custom-properties" Target="docProps/custom.xml"/>`);
    p.overrides.push(
      `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`
    );
  },
  "metadati delle matrici dinamiche": (p) => {
    p.files["xl/metadata.xml"] =
      `${XML}<metadata xmlns="${NS}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>` +
      `<futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;
    p.workbookRels.push(
      `<Relationship Id="rIdM" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata" Target="metadata.xml"/>`
    );
    p.overrides.push(
      `<Override PartName="/xl/metadata.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml"/>`
    );
    p.extraCells[3] = `<c r="J3" cm="1"><f t="array" ref="J3:J4">SORT(E3:E4)</f><v>30</v></c>`;
    p.extraCells[4] = `<c r="J4"><v>80</v></c>`;
  },
  "stili di colonne intere e interruzioni di pagina": (p) => {
    p.sheetCols = `<cols><col min="1" max="2" width="30" customWidth="1"/><col min="9" max="16384" width="9.140625" style="1"/></cols>`;
    p.afterPageSetup += `<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks><colBreaks count="1" manualBreakCount="1"><brk id="8" max="1048575" man="1"/></colBreaks>`;
  },
  'date ISO (t="d")': (p) => {
    p.extraCells[3] = `<c r="I3" s="2" t="d"><v>2024-03-31T00:00:00</v></c>`;
  },
  "sistema di date 1904": (p) => {
    p.workbookPr = '<workbookPr date1904="true" defaultThemeVersion="166925"/>';
    p.extraCells[3] = `<c r="I3" s="2"><v>43920</v></c>`;
  },
  grafico: (p) => {
    p.files["xl/drawings/drawing1.xml"] =
      `${XML}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>15</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafico 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
    p.files["xl/drawings/_rels/drawing1.xml.rels"] =
      `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`;
    p.files["xl/charts/chart1.xml"] =
      `${XML}<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>` +
      `<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Piano!$E$3:$E$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart></c:plotArea></c:chart></c:chartSpace>`;
    p.sheetRels.push(`<Relationship Id="rIdD" Type="${R}/drawing" Target="../drawings/drawing1.xml"/>`);
    p.drawingRefs = `<drawing r:id="rIdD"/>` + p.drawingRefs;
    p.overrides.push(
      `<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
      `<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`
    );
  },
  "tabella pivot": (p) => {
    p.files["xl/pivotCache/pivotCacheDefinition1.xml"] =
      `${XML}<pivotCacheDefinition xmlns="${NS}" xmlns:r="${R}" r:id="rId1" refreshOnLoad="1" recordCount="2"><cacheSource type="worksheet"><worksheetSource ref="B1:E4" sheet="Piano"/></cacheSource><cacheFields count="1"><cacheField name="Consuntivo" numFmtId="0"><sharedItems containsNumber="1" minValue="30" maxValue="80"/></cacheField></cacheFields></pivotCacheDefinition>`;
    p.files["xl/pivotCache/pivotCacheRecords1.xml"] =
      `${XML}<pivotCacheRecords xmlns="${NS}" count="2"><r><n v="80"/></r><r><n v="30"/></r></pivotCacheRecords>`;
    p.files["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] =
      `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotCacheRecords" Target="pivotCacheRecords1.xml"/></Relationships>`;
    p.files["xl/pivotTables/pivotTable1.xml"] =
      `${XML}<pivotTableDefinition xmlns="${NS}" name="Pivot1" cacheId="1" dataCaption="Valori"><location ref="A1:A2" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField dataField="1" showAll="0"/></pivotFields><dataFields count="1"><dataField name="Somma di Consuntivo" fld="0" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>`;
    p.files["xl/pivotTables/_rels/pivotTable1.xml.rels"] =
      `${XML}<Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${R}/pivotCacheDefinition" Target="../pivotCache/pivotCacheDefinition1.xml"/></Relationships>`;
    p.workbookRels.push(
      `<Relationship Id="rIdPC" Type="${R}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>`
    );
    p.workbookAfterSheets += `<pivotCaches><pivotCache cacheId="1" r:id="rIdPC"/></pivotCaches>`;
    p.extraSheets.push({
      name: "Pivot",
      xml: `${XML}<worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Somma di Consuntivo</t></is></c></row><row r="2"><c r="A2"><v>110</v></c></row></sheetData></worksheet>`,
    });
    p.overrides.push(
      `<Override PartName="/xl/pivotCache/pivotCacheDefinition1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml"/>`,
      `<Override PartName="/xl/pivotCache/pivotCacheRecords1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml"/>`,
      `<Override PartName="/xl/pivotTables/pivotTable1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"/>`
    );
  },
  "macro (.xlsm con vbaProject.bin)": (p) => {
    p.files["xl/vbaProject.bin"] = Uint8Array.from({ length: 2048 }, (_, i) => (i * 7919 + 13) & 0xff);
    p.mainContentType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    p.workbookRels.push(
      `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>`
    );
    p.defaults.push(`<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>`);
  },
  "celle di performance con formule e catena di calcolo": (p) => {
    p.performanceCells = {
      F3: `<c r="F3" s="1"><f>E3/100</f><v>0.8</v></c>`,
      F4: `<c r="F4" s="1"><f>E4/30</f><v>1</v></c>`,
    };
    p.files["xl/calcChain.xml"] =
      `${XML}<calcChain xmlns="${NS}"><c r="F3" i="1"/><c r="F4"/><c r="J3" i="1"/></calcChain>`;
    p.workbookRels.push(`<Relationship Id="rIdCC" Type="${R}/calcChain" Target="calcChain.xml"/>`);
    p.overrides.push(
      `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>`
    );
  },
  "elementi con prefisso e spazi dei nomi inconsueti": (p) => {
    p.sheetRoot += ` xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" xr:uid="{00000000-0001-0000-0000-000000000000}"`;
    p.afterSheetData += `<sheetProtection sheet="0" objects="1"/><mergeCells count="1"><mergeCell ref="I1:J1"/></mergeCells>`;
  },
};
