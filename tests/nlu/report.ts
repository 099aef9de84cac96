import type { Outcome, Summary } from './metrics';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const pad = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));

function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return JSON.stringify(flat.length > 90 ? `${flat.slice(0, 87)}...` : flat);
}

function missLine(o: Outcome): string {
  return `  ${quote(o.text)}\n      expected ${o.expected}, got ${o.top} (${o.confidence.toFixed(2)}, ${o.band})`;
}

/** A summary as readable text: headline figures, bands, per-intent table, confusions and misses. */
export function formatSummary(title: string, s: Summary): string {
  const lines = [
    `== ${title} ==`,
    `messages: ${s.inScope} in scope, ${s.outOfScope} out of scope`,
    `top-1 in-scope accuracy: ${pct(s.top1Accuracy)}`,
    `out-of-scope recall: ${pct(s.oosRecall)}   precision: ${pct(s.oosPrecision)}   answered outright: ${s.oosAnswered}`,
    `in-scope bands: answered right ${s.answeredRight}, answered wrong ${s.answeredWrong}, ` +
      `suggested ${s.suggested} (right one offered ${s.suggestedWithRight}), fell back ${s.fellBack}`,
    '',
    'per intent, as acted on (the top intent; out_of_scope when the bot fell back):',
    `  ${pad('intent', 28)} ${pad('support', 8)} ${pad('precision', 10)} recall`,
    ...s.labels.map((l) => `  ${pad(l.label, 28)} ${pad(String(l.support), 8)} ${pad(pct(l.precision), 10)} ${pct(l.recall)}`),
    '',
    'most confused (expected -> acted on):',
    ...s.confusions.slice(0, 10).map((c) => `  ${c.count} x ${c.expected} -> ${c.predicted}`),
    '',
    `misses (${s.misses.length}):`,
    ...s.misses.map(missLine),
    '',
  ];
  return lines.join('\n');
}
