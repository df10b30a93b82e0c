/**
 * Ribbon commands of the manifest's FunctionFile (the shared-runtime page, taskpane.html). The ribbon
 * has one control, "Albero performance" in Home › Performance, a ShowTaskpane button that Office
 * handles without code: no action is associated. Office.js expects every page that loads it to call
 * Office.onReady; this entry does so for the function file even when the task pane is not open.
 */
if (typeof Office !== "undefined") {
  void Office.onReady();
}
