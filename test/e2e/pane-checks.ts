import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { ROOT } from "./bundle";

export const SHOTS = path.join(ROOT, "test-output", "screenshots");
const AXE = fs.readFileSync(path.join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");

/**
 * Serious and critical axe-core violations of the page as it is now, "rule (help): selector" each.
 * Excluded, by rule id and element: Fluent's Tabster puts hidden focus guards (<i data-tabster-dummy
 * aria-hidden tabindex=0>) around the tab list, the tree and dialogs; axe reports them under
 * aria-hidden-focus although a keyboard user never rests on them (Tabster moves the focus on), a known
 * false positive.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Node = { target: string[]; element?: Element };
    type Violation = { id: string; impact: string | null; help: string; nodes: Node[] };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } })
      .axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"], elementRef: true });
    const excluded = (v: Violation, n: Node) =>
      v.id === "aria-hidden-focus" && !!n.element?.hasAttribute("data-tabster-dummy");
    const out: string[] = [];
    for (const v of violations) {
      if (v.impact !== "serious" && v.impact !== "critical") continue;
      for (const n of v.nodes) if (!excluded(v, n)) out.push(`${v.id} (${v.help}): ${n.target.join(" ")}`);
    }
    return out;
  });
}

/** Horizontal overflow of the page: the document wider than the viewport. */
export async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; widest: string[] }> {
  return page.evaluate(() => {
    // The innermost elements past the right edge, to tell what to fix when the page overflows.
    const past = [...document.body.querySelectorAll("*")].filter(
      (e) => e.getBoundingClientRect().right > window.innerWidth + 0.5
    );
    const innermost = past.filter((e) => !past.some((o) => o !== e && e.contains(o)));
    const widest = innermost
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].slice(0, 2).join(".")} "${(e.textContent ?? "").slice(0, 30)}"`
      );
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, widest };
  });
}

/** A screenshot of the state, then no horizontal overflow and no serious or critical axe violation. */
export async function checkState(page: Page, name: string): Promise<void> {
  const size = page.viewportSize();
  await page.screenshot({ path: path.join(SHOTS, `${size?.width}x${size?.height}-${name}.png`), fullPage: true });
  const o = await overflow(page);
  expect({ state: name, ...o, fits: o.scrollWidth <= o.innerWidth }).toMatchObject({ state: name, fits: true });
  expect({ state: name, violations: await axeViolations(page) }).toEqual({ state: name, violations: [] });
}
