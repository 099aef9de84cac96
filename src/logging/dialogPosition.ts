import type { DialogState } from 'botbuilder-dialogs';

/** Where a conversation is in its dialogs: the active dialog ids, outermost first, and the waterfall step. */
export interface DialogPosition {
  dialogs: string[];
  /** The innermost waterfall under way, and its step index (0-based). */
  waterfall?: string;
  step?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * Reads the active dialog path from saved dialog state. botbuilder-dialogs keeps the active dialog
 * last on each stack, and a component dialog keeps its own stack under `dialogs`; a waiting prompt
 * sits above the waterfall step that asked it, so the step is looked for below the top too.
 */
export function dialogPosition(state: DialogState | undefined): DialogPosition {
  const position: DialogPosition = { dialogs: [] };
  let stack: unknown = state?.dialogStack;
  for (let depth = 0; Array.isArray(stack) && stack.length > 0 && depth < 10; depth++) {
    const levels: unknown[] = [...stack].reverse();
    const top = levels[0];
    if (!isRecord(top) || typeof top.id !== 'string') break;
    position.dialogs.push(top.id);
    const waterfall = levels.find((i) => isRecord(i) && isRecord(i.state) && typeof i.state.stepIndex === 'number');
    if (isRecord(waterfall) && isRecord(waterfall.state) && typeof waterfall.id === 'string') {
      position.waterfall = waterfall.id;
      position.step = Number(waterfall.state.stepIndex);
    }
    stack = isRecord(top.state) && isRecord(top.state.dialogs) ? top.state.dialogs.dialogStack : undefined;
  }
  return position;
}

/** The flow in progress, if any: the first active dialog that is one of the known flows. */
export function activeFlow(position: DialogPosition, flows: ReadonlySet<string>): string | undefined {
  return position.dialogs.find((id) => flows.has(id));
}
