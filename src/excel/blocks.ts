import { ExcelContextLike, isPayloadTooLarge } from "./excel-api";

/**
 * Sync a list of pieces of work (ranges to read or write) in as few context.sync() calls as the payload
 * budget allows: pieces are packed greedily into blocks whose estimated cost stays under the budget, so
 * the number of syncs depends on the payload size and not on the number of rows. Should Excel still
 * refuse a block as too large, the budget is halved and the block re-sent in smaller pieces.
 */
export interface BlockPlan<P, R, Q = void> {
  cost(piece: P): number;
  /** Split a piece into pieces costing at most `budget`; a piece that cannot be split is returned alone. */
  split(piece: P, budget: number): P[];
  /** Queue the piece's commands on the context; the returned function reads its result after sync. */
  queue(piece: P): () => R;
  /**
   * Small commands that travel with the first block (e.g. listing conditional formats); queued again
   * with the retry if Excel refuses that block, so their result is always read from a successful sync.
   */
  prelude?(): () => Q;
  /** Called before each sync (e.g. to suspend calculation and screen updating); `last` for the final block. */
  beforeSync?(last: boolean): void;
}

export interface BlockResults<P, R, Q> {
  results: { piece: P; result: R }[];
  /** The prelude's result; undefined when the plan has none. */
  prelude: Q | undefined;
}

function fit<P>(piece: P, budget: number, plan: BlockPlan<P, unknown, unknown>): P[] {
  if (plan.cost(piece) <= budget) return [piece];
  const parts = plan.split(piece, budget);
  if (parts.length < 2) return [piece];
  return parts.flatMap((p) => fit(p, budget, plan));
}

export async function syncInBlocks<P, R, Q = void>(
  context: ExcelContextLike,
  pieces: readonly P[],
  budget: number,
  plan: BlockPlan<P, R, Q>
): Promise<BlockResults<P, R, Q>> {
  const results: { piece: P; result: R }[] = [];
  let prelude: Q | undefined;
  let preludeDone = !plan.prelude;
  let limit = budget;
  let pending = pieces.flatMap((p) => fit(p, limit, plan));
  while (pending.length > 0 || !preludeDone) {
    const group: P[] = [];
    let total = 0;
    while (pending.length > 0 && (group.length === 0 || total + plan.cost(pending[0]) <= limit)) {
      const p = pending.shift() as P;
      group.push(p);
      total += plan.cost(p);
    }
    plan.beforeSync?.(pending.length === 0);
    const readPrelude = preludeDone ? null : (plan.prelude as () => () => Q)();
    const readers = group.map((p) => plan.queue(p));
    try {
      // One sync per payload-bounded block is the point of this module.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const smallerLimit = Math.max(1, Math.floor(total / 2));
      const retry = group.flatMap((p) => fit(p, smallerLimit, plan));
      if (!isPayloadTooLarge(error) || retry.length < 2) throw error;
      limit = smallerLimit;
      pending = [...retry, ...pending];
      continue;
    }
    if (readPrelude) {
      prelude = readPrelude();
      preludeDone = true;
    }
    group.forEach((p, i) => results.push({ piece: p, result: readers[i]() }));
  }
  return { results, prelude };
}
