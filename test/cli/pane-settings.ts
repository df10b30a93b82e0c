import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { SETTINGS_KEY } from "../../src/pipeline/workbook-settings";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const xmlAttr = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** webextension1.xml as Excel writes it after Office.context.document.settings.set(KEY, value) and saveAsync. */
function webextensionXml(value: unknown, extraRels = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{6F1A7E9C-2B1D-4C59-9E0A-3C8B5D2F4A11}">` +
    `<we:reference id="a1b2c3d4-0000-4000-8000-albero000001" version="1.0.0.0" store="developer" storeType="Registry"/>` +
    `<we:alternateReferences/><we:properties>` +
    `<we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>` +
    `<we:property name="${SETTINGS_KEY}" value="${xmlAttr(JSON.stringify(value))}"/>` +
    `</we:properties><we:bindings/><we:snapshot xmlns:r="${REL_NS}"${extraRels}/></we:webextension>`
  );
}

const TASKPANES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
  `<wetp:taskpanes xmlns:wetp="http://schemas.microsoft.com/office/webextensions/taskpanes/2010/11">` +
  `<wetp:taskpane dockstate="right" visibility="1" width="350" row="1"><wetp:webextensionref xmlns:r="${REL_NS}" r:id="rId1"/></wetp:taskpane></wetp:taskpanes>`;

/** A workbook written by ExcelJS, then given the task pane's parts, with `value` saved, the way Excel saves them. */
export async function withPaneSettings(
  wb: ExcelJS.Workbook,
  dir: string,
  name: string,
  value: unknown,
  options: { snapshotImage?: boolean; inDrawing?: boolean } = {}
): Promise<string> {
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  zip.file(
    "xl/webextensions/webextension1.xml",
    webextensionXml(value, options.snapshotImage ? ` r:embed="rId1"` : "")
  );
  zip.file("xl/webextensions/taskpanes.xml", TASKPANES);
  zip.file(
    "xl/webextensions/_rels/taskpanes.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}">` +
      `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="webextension1.xml"/></Relationships>`
  );
  if (options.snapshotImage) {
    zip.file("xl/media/snapshot1.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    zip.file(
      "xl/webextensions/_rels/webextension1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/image" Target="../media/snapshot1.png"/></Relationships>`
    );
  }
  if (options.inDrawing)
    zip.file(
      "xl/drawings/_rels/drawing1.xml.rels",
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextension" Target="../webextensions/webextension1.xml"/></Relationships>`
    );
  const types = (await zip.file("[Content_Types].xml")!.async("string")).replace(
    "</Types>",
    `<Override PartName="/xl/webextensions/taskpanes.xml" ContentType="application/vnd.ms-office.webextensiontaskpanes+xml"/>` +
      `<Override PartName="/xl/webextensions/webextension1.xml" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`
  );
  zip.file("[Content_Types].xml", types);
  // ExcelJS numbers its own package relationships rId1..rId3: the pane's takes a clashing id on purpose.
  const rels = (await zip.file("_rels/.rels")!.async("string")).replace(
    "</Relationships>",
    `<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/webextensiontaskpanes" Target="xl/webextensions/taskpanes.xml"/></Relationships>`
  );
  zip.file("_rels/.rels", rels);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return file;
}
