/**
 * Ribbon commands of the manifest's FunctionFile (the shared-runtime page, taskpane.html). The ribbon
 * has one control, "Albero performance" in Home › Performance, a ShowTaskpane button that Office
 * handles without code: no action is associated. Office.js expects every page that loads it to call
 * Office.onReady; this entry does so for the function file even when the task pane is not open, and
 * gives the PERF functions the Excel reader that tells an empty cell from a 0 (older desktop builds
 * pass empty cells as 0). This entry shares the functions' modules (webpack dependOn), so the
 * registration reaches them.
 */
import { createBlankResolver } from "../excel/blank-resolver";
import { registerBlankResolver } from "../functions/blanks";

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    if (typeof Excel !== "undefined")
      registerBlankResolver(createBlankResolver((batch) => Excel.run((context) => batch(context))));
  });
}
