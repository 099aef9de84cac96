import type { MissGroup } from './cluster';
import type { MissKind } from './types';

const KINDS: readonly MissKind[] = ['fallback', 'suggest', 'none_of_these', 'unhelpful'];

function counts(record: Partial<Record<string, number>>, order?: readonly string[]): string {
  const keys = order ?? Object.keys(record).sort((a, b) => (record[b] ?? 0) - (record[a] ?? 0) || a.localeCompare(b));
  return keys
    .filter((k) => (record[k] ?? 0) > 0)
    .map((k) => `${k} ${record[k]}`)
    .join(', ');
}

/** A YAML list item that survives pasting: quoted when the text has characters YAML would read. */
function yamlItem(text: string): string {
  return /^[\w][\w ,.'?()-]*$/.test(text) && !/[:#]/.test(text) ? text : JSON.stringify(text);
}

/**
 * The misses report `npm run report:misses` prints: groups largest first, each with its kinds, the
 * intents involved, and its phrasings as YAML list items to paste under an intent's `examples:`.
 */
export function formatMissReport(groups: readonly MissGroup[]): string {
  const total = groups.reduce((n, g) => n + g.size, 0);
  if (total === 0) return 'No misses recorded yet.\n';
  const kinds: Partial<Record<MissKind, number>> = {};
  for (const g of groups) for (const k of KINDS) kinds[k] = (kinds[k] ?? 0) + (g.kinds[k] ?? 0);
  const lines = [
    `${total} misses in ${groups.length} groups (${counts(kinds, KINDS)}), largest first.`,
    "Paste a group's phrasings under the right intent's `examples:` in knowledge/intents/, or add an answer.",
  ];
  groups.forEach((g, i) => {
    lines.push('', `${i + 1}. "${g.label.join(' ')}": ${g.size} ${g.size === 1 ? 'miss' : 'misses'} (${counts(g.kinds, KINDS)})`);
    const involved = [
      Object.keys(g.answered).length > 0 ? `marked unhelpful: ${counts(g.answered)}` : '',
      Object.keys(g.suggested).length > 0 ? `offered: ${counts(g.suggested)}` : '',
    ].filter(Boolean);
    if (involved.length > 0) lines.push(`   ${involved.join('; ')}`);
    lines.push('   examples:');
    for (const p of g.phrasings) lines.push(`     - ${yamlItem(p.text)}${p.count > 1 ? `  # ×${p.count}` : ''}`);
  });
  return `${lines.join('\n')}\n`;
}
