import { readCards } from "./cards";
import { readDashboard } from "./dashboard";
import { readReportTree } from "./report-tree";
import { readTableLayout } from "./table-reader";
import { LayoutReader } from "./types";

/**
 * The layout readers, tried in this order by readPlanSheet; the first that recognises a sheet reads it.
 * The specific layouts (report tree 003, dashboard 002, cards 004) go before the table reader, which
 * recognises any sheet with a plan header.
 */
export const LAYOUT_READERS: LayoutReader[] = [readReportTree, readDashboard, readCards, readTableLayout];
