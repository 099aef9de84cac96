import { OUT_OF_SCOPE, type LabelledText } from '../../src/matcher/training';
import { decide, type IntentMatch, type Matcher, type Thresholds } from '../../src/matcher/types';

/** One threshold pair and how the bands would treat the tuning set under it. */
export interface SweepPoint {
  answer: number;
  suggest: number;
  utility: number;
  oosRecall: number;
  answeredRight: number;
  answeredWrong: number;
  suggestedRight: number;
}

/**
 * What a band outcome is worth: a right answer +1; the right intent among suggestions +0.5; a wrong
 * answer -3 (a confident wrong answer is the worst outcome); an out-of-scope message caught +1,
 * offered suggestions -0.5; an in-scope message fallen back 0.
 */
function utility(matches: readonly IntentMatch[], expected: string, t: Thresholds): number {
  const d = decide(matches, t);
  if (expected === OUT_OF_SCOPE) return d.kind === 'fallback' ? 1 : d.kind === 'suggest' ? -0.5 : -3;
  if (d.kind === 'answer') return d.match.intentId === expected ? 1 : -3;
  if (d.kind === 'suggest') return d.matches.some((m) => m.intentId === expected) ? 0.5 : -0.5;
  return 0;
}

/**
 * Sweeps answer/suggest thresholds on a tuning set and returns the points that keep out-of-scope
 * recall at or above `minOosRecall`, best utility first.
 */
export function sweepThresholds(
  matcher: Matcher,
  examples: readonly LabelledText[],
  maxSuggestions: number,
  minOosRecall = 0.92,
): SweepPoint[] {
  const ranked = examples.map((e) => ({ expected: e.intentId, matches: matcher.match(e.text) }));
  const points: SweepPoint[] = [];
  const grid = Array.from({ length: 39 }, (_, i) => Math.round((0.05 + i * 0.025) * 1000) / 1000);
  for (const answer of grid) {
    for (const suggest of grid.filter((s) => s <= answer)) {
      const t = { answer, suggest, maxSuggestions };
      let total = 0;
      let caught = 0;
      let oos = 0;
      let answeredRight = 0;
      let answeredWrong = 0;
      let suggestedRight = 0;
      for (const r of ranked) {
        total += utility(r.matches, r.expected, t);
        const d = decide(r.matches, t);
        if (r.expected === OUT_OF_SCOPE) {
          oos += 1;
          if (d.kind === 'fallback') caught += 1;
        } else if (d.kind === 'answer') {
          if (d.match.intentId === r.expected) answeredRight += 1;
          else answeredWrong += 1;
        } else if (d.kind === 'suggest' && d.matches.some((m) => m.intentId === r.expected)) suggestedRight += 1;
      }
      const oosRecall = oos === 0 ? 1 : caught / oos;
      if (oosRecall >= minOosRecall) {
        points.push({ answer, suggest, utility: total, oosRecall, answeredRight, answeredWrong, suggestedRight });
      }
    }
  }
  return points.sort((a, b) => b.utility - a.utility || b.answer - a.answer);
}
