import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer';
import { tokenise } from '../matcher/normalise';
import type { Miss, MissKind } from './types';

/** One way a question was asked, and how often. */
export interface Phrasing {
  text: string;
  count: number;
}

/** Misses that ask the same thing in similar words. */
export interface MissGroup {
  /** The words most of the group shares, for a heading. */
  label: string[];
  size: number;
  kinds: Partial<Record<MissKind, number>>;
  /** Intents whose answers were marked unhelpful, and intents "Did you mean…?" offered, with counts. */
  answered: Record<string, number>;
  suggested: Record<string, number>;
  /** Distinct phrasings, most frequent first: ready to add as example phrasings. */
  phrasings: Phrasing[];
}

export interface ClusterOptions {
  /** Words that say nothing about the topic (the matcher's stop and function words). */
  ignore?: ReadonlySet<string>;
  /** How alike two phrasings must be (token-set Jaccard, 0 to 1) to share a group. */
  threshold?: number;
}

interface Working {
  misses: Miss[];
  termSets: Array<ReadonlySet<string>>;
}

/** The stemmed content words of a miss ("[ssn]"-style placeholders dropped). */
export function termsOf(text: string, ignore: ReadonlySet<string> = new Set()): Set<string> {
  const words = tokenise(text.replace(/\[[a-z_]+\]/g, ' '));
  const content = words.filter((w) => !ignore.has(w));
  return new Set((content.length > 0 ? content : words).map((w) => PorterStemmer.stem(w)));
}

/** |A ∩ B| / |A ∪ B|; two empty sets count as alike. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Groups misses by similarity: each miss joins the group holding its most similar phrasing when
 * that similarity reaches the threshold (single link), or starts a new group. Largest groups first.
 */
export function clusterMisses(misses: readonly Miss[], options: ClusterOptions = {}): MissGroup[] {
  const threshold = options.threshold ?? 0.5;
  const groups: Working[] = [];
  for (const miss of misses) {
    const terms = termsOf(miss.text, options.ignore);
    let best: Working | undefined;
    let bestScore = threshold;
    for (const group of groups) {
      const score = Math.max(...group.termSets.map((t) => jaccard(terms, t)));
      if (score >= bestScore) [best, bestScore] = [group, score];
    }
    if (best) {
      best.misses.push(miss);
      best.termSets.push(terms);
    } else {
      groups.push({ misses: [miss], termSets: [terms] });
    }
  }
  return groups.map((g) => summarise(g, options.ignore)).sort((a, b) => b.size - a.size || a.label.join(' ').localeCompare(b.label.join(' ')));
}

function tally(values: Iterable<string>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function summarise(group: Working, ignore: ReadonlySet<string> = new Set()): MissGroup {
  const byText = new Map<string, number>();
  for (const m of group.misses) byText.set(m.text.trim(), (byText.get(m.text.trim()) ?? 0) + 1);
  const phrasings = [...byText].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const words = tally(group.misses.flatMap((m) => [...new Set(tokenise(m.text.replace(/\[[a-z_]+\]/g, ' ')).filter((w) => !ignore.has(w)))]));
  const label = Object.entries(words)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 4)
    .map(([w]) => w);
  return {
    label,
    size: group.misses.length,
    kinds: tally(group.misses.map((m) => m.kind)),
    answered: tally(group.misses.flatMap((m) => (m.intentId ? [m.intentId] : []))),
    suggested: tally(group.misses.flatMap((m) => m.candidates ?? [])),
    phrasings,
  };
}
