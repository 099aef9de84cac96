/**
 * Placeholders that let wording refer to facts by id, so each fact is typed once:
 *   {link:id} {phone:id} {tty:id} {text:id} {hours:id} {contact:id}
 *   {form:id} {formTitle:id} {formLink:id} {formAka:id}
 * Runtime values a step fills in are written {{name}} and are not references.
 */

export const REF_KINDS = [
  'link',
  'phone',
  'tty',
  'text',
  'hours',
  'contact',
  'form',
  'formTitle',
  'formLink',
  'formAka',
] as const;

export type RefKind = (typeof REF_KINDS)[number];

export interface Ref {
  kind: RefKind;
  id: string;
  /** The whole placeholder as written, e.g. "{phone:vler_line}". */
  raw: string;
}

/** Matches {kind:id} but not {{var}}. */
const REF_PATTERN = /(?<!\{)\{([A-Za-z]+):([a-z0-9_]+)\}(?!\})/g;

function isRefKind(kind: string): kind is RefKind {
  return (REF_KINDS as readonly string[]).includes(kind);
}

/** Every placeholder in a string; unknown kinds are returned with kind checking left to the caller. */
export function findRefs(text: string): Array<Ref | { kind: string; id: string; raw: string; unknown: true }> {
  const out: Array<Ref | { kind: string; id: string; raw: string; unknown: true }> = [];
  for (const m of text.matchAll(REF_PATTERN)) {
    const [raw, kind, id] = m;
    out.push(isRefKind(kind) ? { kind, id, raw } : { kind, id, raw, unknown: true });
  }
  return out;
}

/** Replaces every placeholder with what `resolve` returns for it. */
export function replaceRefs(text: string, resolve: (ref: Ref) => string): string {
  return text.replace(REF_PATTERN, (raw: string, kind: string, id: string) =>
    isRefKind(kind) ? resolve({ kind, id, raw }) : raw,
  );
}

/** Fills {{name}} slots from values; a missing value is left visible so a test catches it. */
export function fillSlots(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (raw: string, name: string) =>
    name in values ? String(values[name]) : raw,
  );
}

/** Every string inside a loaded value, with its field path ("intents[3].answer[1].list[0]"). */
export function walkStrings(value: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => walkStrings(v, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => walkStrings(v, path ? `${path}.${k}` : k));
  }
  return [];
}
