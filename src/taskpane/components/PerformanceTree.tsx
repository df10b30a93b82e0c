import { Caption1, Tree, TreeItem, TreeItemLayout } from "@fluentui/react-components";
import { TreeNode } from "../tree-model";
import { StatusBadge } from "./StatusBadge";

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

function Node(props: { node: TreeNode; onSelectCell: PerformanceTreeProps["onSelectCell"] }): JSX.Element {
  const { node, onSelectCell } = props;
  const branch = node.children.length > 0;
  const select = () => {
    if (node.sheet && node.cell) onSelectCell(node.sheet, node.cell);
  };
  return (
    <TreeItem
      itemType={branch ? "branch" : "leaf"}
      value={node.id}
      data-node-kind={node.kind}
      data-code={node.code}
      onKeyDown={(e) => {
        // Enter on the focused item goes to its cell, as a click does (nested items handle their own).
        if (e.key === "Enter" && e.target === e.currentTarget) select();
      }}
    >
      <TreeItemLayout
        onClick={select}
        aside={<StatusBadge colour={node.colour} text={node.performanceText} status={node.status} />}
        title={node.cell ? `${node.label} — ${node.sheet}!${node.cell}` : node.label}
      >
        {node.kind === "kpi" ? <Caption1>{node.label}</Caption1> : node.label}
      </TreeItemLayout>
      {branch ? (
        <Tree>
          {node.children.map((c) => (
            <Node key={c.id} node={c} onSelectCell={onSelectCell} />
          ))}
        </Tree>
      ) : null}
    </TreeItem>
  );
}

export function PerformanceTree(props: PerformanceTreeProps): JSX.Element {
  return (
    <Tree aria-label="Albero della performance" defaultOpenItems={openByDefault(props.root)}>
      <Node node={props.root} onSelectCell={props.onSelectCell} />
    </Tree>
  );
}
