import { readCards } from "./cards";
import { readDashboard } from "./dashboard";
import { readIndentedTable } from "./indent-reader";
import { readReportTree } from "./report-tree";
import { readTableLayout } from "./table-reader";
import { LayoutReader } from "./types";

/**
 * The layout readers, tried in this order by readPlanSheet; the first that recognises a sheet reads it.
 * The specific layouts (an indented name column without codes, report tree 003, dashboard 002, cards
 * 004) go before the table reader, which recognises any sheet with a plan header.
 */
export const LAYOUT_READERS: LayoutReader[] = [
  readIndentedTable,
  readReportTree,
  readDashboard,
  readCards,
  readTableLayout,
];

/**
 * The readers that take a column mapping: with a mapping naming the plan's columns the user describes a
 * table (or a report tree), and the readers of fixed layouts (dashboard, cards), which have no columns
 * to map, must not take the sheet and ignore it.
 */
export const MAPPABLE_READERS: LayoutReader[] = [readIndentedTable, readReportTree, readTableLayout];
