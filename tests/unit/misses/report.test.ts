import { clusterMisses, jaccard, termsOf } from '../../../src/misses/cluster';
import { formatMissReport } from '../../../src/misses/report';
import type { Miss } from '../../../src/misses/types';

/** `npm run report:misses`: misses grouped by similarity, phrasings ready to paste as examples. */
function miss(text: string, extra: Partial<Miss> = {}): Miss {
  return { at: '2026-11-26T16:00:00.000Z', kind: 'fallback', text, channel: 'webchat', conversation: 'x', ...extra };
}

const ignore = new Set(['is', 'there', 'a', 'for', 'my', 'on', 'can', 'the', 'me', 'does', 'have', 'an', 'at', 'see']);

describe('grouping misses by similarity', () => {
  const misses = [
    miss('is there a blue button app for my phone'),
    miss('blue button app on my iphone'),
    miss('blue button app on my iphone'),
    miss('does blue button have an app', { kind: 'unhelpful', intentId: 'bb_what' }),
    miss('can my wife see my records', { kind: 'suggest', candidates: ['bb_delegate'] }),
    miss('can my wife look at my records', { kind: 'none_of_these' }),
    miss('what is the weather'),
  ];

  it('compares stemmed content words, without placeholders', () => {
    expect(termsOf('Sharing my records [ssn]', ignore)).toEqual(new Set(['share', 'record']));
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
  });

  it('puts the same question in other words together, largest group first', () => {
    const groups = clusterMisses(misses, { ignore, threshold: 0.4 });
    expect(groups.map((g) => g.size)).toEqual([4, 2, 1]);
    expect(groups[0].kinds).toEqual({ fallback: 3, unhelpful: 1 });
    expect(groups[0].answered).toEqual({ bb_what: 1 });
    expect(groups[0].phrasings[0]).toEqual({ text: 'blue button app on my iphone', count: 2 });
    expect(groups[1].suggested).toEqual({ bb_delegate: 1 });
  });

  it('prints each group with its counts and its phrasings as YAML list items', () => {
    const report = formatMissReport(clusterMisses(misses, { ignore, threshold: 0.4 }));
    expect(report).toContain('7 misses in 3 groups (fallback 4, suggest 1, none_of_these 1, unhelpful 1)');
    expect(report).toContain('     - blue button app on my iphone  # ×2');
    expect(report).toContain('marked unhelpful: bb_what 1');
    expect(report).toContain('offered: bb_delegate 1');
  });

  it('quotes a phrasing YAML would misread, and says when there is nothing yet', () => {
    expect(formatMissReport(clusterMisses([miss('my ssn is [ssn]: what now?')]))).toContain('- "my ssn is [ssn]: what now?"');
    expect(formatMissReport([])).toBe('No misses recorded yet.\n');
  });
});
