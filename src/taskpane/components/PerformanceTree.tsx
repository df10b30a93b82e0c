import * as React from "react";
import {
  Caption1,
  Input,
  ToggleButton,
  Tree,
  TreeItem,
  TreeItemLayout,
  TreeOpenChangeData,
} from "@fluentui/react-components";
import { NO_FILTER, TreeFilter, TreeNode, branchIds, filterTree, findNode } from "../tree-model";
import { T } from "../strings";
import { StatusBadge } from "./StatusBadge";
import { WhyPanel } from "./WhyPanel";

export interface PerformanceTreeProps {
  root: TreeNode;
  /** Select the node's cell in the sheet. */
  onSelectCell: (sheet: string, cell: string) => void;
}

function openByDefault(root: TreeNode): string[] {
  // Ente, sheets and areas open; objectives closed so long plans stay readable.
  const open = [root.id];
  for (const c of root.children) {
    open.push(c.id);
    if (c.kind === "foglio") for (const a of c.children) open.push(a.id);
  }
  return open;
}

/** Only the chevron and the arrow keys open and close a branch; a click or Enter on the row selects it. */
function opensOrCloses(d: TreeOpenChangeData): boolean {
  return d.type !== "Click" && d.type !== "Enter";
}

/**
 * Name and figure share one wrapping line: the name takes what is left and is cut with an ellipsis (the
 * whole name in the tooltip); when even a few words no longer fit (a deep level at 200% zoom) the
 * figure moves under the name instead of pushing past the pane's edge.
 */
const rowStyle: React.CSSProperties = {
  display: "flex",
  flexWrap: "wrap",
  alignItems: "center",
  columnGap: 4,
  minWidth: 0,
  width: "100%",
};
const nameStyle: React.CSSProperties = {
  flex: "1 1 5em",
  overflow: "hidden",
  textOverflow: "ellipsis",
  whiteSpace: "nowrap",
  minWidth: 0,
};
const figureStyle: React.CSSProperties = { flex: "0 0 auto", marginLeft: "auto" };
/** Fluent indents 20 px a level; a narrow pane gets less, so deep levels keep room for their names. */
const indent = "calc((var(--fluent-TreeItem--level, 1) - 1) * clamp(6px, 4.5vw, 20px))";

function Node(props: { node: TreeNode; selected: string | null; onSelect: (node: TreeNode) => void }): JSX.Element {
  const { node, selected, onSelect } = props;
  const branch = node.children.length > 0;
  const isSelected = selected === node.id;
  return (
    <TreeItem
      itemType={branch ? "branch" : "leaf"}
      value={node.id}
      data-node-kind={node.kind}
      data-code={node.code}
      aria-selected={isSelected}
      onKeyDown={(e) => {
        if (e.key === "Enter" && e.target === e.currentTarget) onSelect(node);
      }}
    >
      <TreeItemLayout
        onClick={(e) => {
          if ((e.target as HTMLElement).closest(".fui-TreeItemLayout__expandIcon")) return;
          onSelect(node);
        }}
        main={{ style: { minWidth: 0, flex: "1 1 auto", padding: "2px 0" } }}
        style={{
          paddingLeft: indent,
          ...(isSelected
            ? { background: "var(--colorSubtleBackgroundSelected)", outline: "1px solid transparent" }
            : {}),
        }}
        title={node.cell ? `${node.label} — ${node.sheet}!${node.cell}` : node.label}
      >
        <span style={rowStyle}>
          <span style={{ ...nameStyle, ...(node.kind === "kpi" ? { fontSize: "var(--fontSizeBase200)" } : {}) }}>
            {node.label}
          </span>
          <span style={figureStyle}>
            <StatusBadge colour={node.colour} text={node.performanceText} status={node.status} />
          </span>
        </span>
      </TreeItemLayout>
      {branch ? (
        <Tree>
          {node.children.map((c) => (
            <Node key={c.id} node={c} selected={selected} onSelect={onSelect} />
          ))}
        </Tree>
      ) : null}
    </TreeItem>
  );
}

export function PerformanceTree(props: PerformanceTreeProps): JSX.Element {
  const { root, onSelectCell } = props;
  const [filter, setFilter] = React.useState<TreeFilter>(NO_FILTER);
  const [open, setOpen] = React.useState<Set<string>>(() => new Set(openByDefault(root)));
  const [selected, setSelected] = React.useState<string | null>(null);
  const shown = React.useMemo(() => filterTree(root, filter), [root, filter]);
  const filtering = shown !== root;
  // While a filter is on every branch it kept is open, so the matches show.
  const openItems = filtering && shown ? new Set(branchIds(shown)) : open;
  const node = selected ? findNode(root, selected) : null;
  const select = (n: TreeNode) => {
    setSelected(n.id);
    if (n.sheet && n.cell) onSelectCell(n.sheet, n.cell);
  };
  return (
    <div>
      <div role="search" style={{ display: "flex", flexWrap: "wrap", gap: 6, alignItems: "center", marginBottom: 6 }}>
        <Input
          type="search"
          size="small"
          aria-label={T.search}
          placeholder={T.search}
          value={filter.query}
          onChange={(_, d) => setFilter((f) => ({ ...f, query: d.value }))}
          style={{ flex: "1 1 90px", minWidth: 0 }}
        />
        <ToggleButton
          size="small"
          checked={filter.onlyRed}
          onClick={() => setFilter((f) => ({ ...f, onlyRed: !f.onlyRed }))}
        >
          {T.onlyRed}
        </ToggleButton>
        <ToggleButton
          size="small"
          checked={filter.toAssess}
          onClick={() => setFilter((f) => ({ ...f, toAssess: !f.toAssess }))}
        >
          {T.toAssess}
        </ToggleButton>
      </div>
      {shown ? (
        <Tree
          aria-label={T.treeLabel}
          size="small"
          openItems={openItems}
          onOpenChange={(_, d) => {
            if (!filtering && opensOrCloses(d)) setOpen(new Set([...d.openItems].map(String)));
          }}
        >
          <Node node={shown} selected={selected} onSelect={select} />
        </Tree>
      ) : (
        <Caption1 as="p">{T.noMatch}</Caption1>
      )}
      {node ? <WhyPanel node={node} onSelectCell={onSelectCell} /> : null}
    </div>
  );
}
