import type { Activity } from 'botbuilder';

/** What a reply shows a person, the same way for text channels and for cards. */

/** A button as the person sees it: its title, and the text pressing it sends. */
export interface ButtonView {
  title: string;
  value: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Walks a card (or any JSON) and collects values, so card and text channels can be checked alike. */
function collect(node: unknown, pick: (record: Record<string, unknown>) => string | undefined, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => collect(n, pick, out));
  else if (isRecord(node)) {
    const picked = pick(node);
    if (picked !== undefined) out.push(picked);
    Object.values(node).forEach((v) => collect(v, pick, out));
  }
  return out;
}

/** Everything a reply shows: its text, and its cards' text blocks and facts. */
export function visibleText(activity: Partial<Activity>): string {
  const shown = collect(activity.attachments ?? [], (r) => {
    if (r.type === 'TextBlock' && typeof r.text === 'string') return r.text;
    if (typeof r.title === 'string' && typeof r.value === 'string') return `${r.title}: ${r.value}`;
    return undefined;
  });
  return [activity.text ?? '', ...shown].join('\n');
}

/** Every link a reply offers (markdown links in its text, and its cards' Open URL actions). */
export function linksOf(activity: Partial<Activity>): string[] {
  const inText = [...visibleText(activity).matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]);
  const inCards = collect(activity.attachments ?? [], (r) => (r.type === 'Action.OpenUrl' && typeof r.url === 'string' ? r.url : undefined));
  return [...inText, ...inCards];
}

/** A reply's buttons: suggested actions, or (in Teams) the card's Submit actions that send text back. */
export function buttonsOf(activity: Partial<Activity>): ButtonView[] {
  const suggested = (activity.suggestedActions?.actions ?? []).map((a) => ({ title: a.title ?? '', value: String(a.value) }));
  const submits = collect(activity.attachments ?? [], (r) => {
    if (r.type !== 'Action.Submit' || !isRecord(r.data) || !isRecord(r.data.msteams)) return undefined;
    return JSON.stringify({ title: r.title, value: r.data.msteams.value });
  }).map((json) => JSON.parse(json) as ButtonView);
  return [...suggested, ...submits];
}
