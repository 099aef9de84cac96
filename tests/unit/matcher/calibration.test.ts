import { LogisticCalibrator, type CandidateEvidence } from '../../../src/matcher/calibration';
import { rankCandidates } from '../../../src/matcher/ranking';

const evidence = (score: number, rival: number): CandidateEvidence => ({
  score,
  rival,
  outOfScope: 0.1,
  known: 1,
  length: 4,
  coverage: 1,
});

describe('LogisticCalibrator', () => {
  // Right candidates score high with a clear margin; wrong ones low or close to a rival.
  const cases = Array.from({ length: 200 }, (_, i) => {
    const right = i % 2 === 0;
    const score = right ? 0.5 + (i % 10) / 25 : 0.1 + (i % 10) / 25;
    const rival = right ? score - 0.2 - (i % 5) / 50 : score + 0.05;
    return { e: evidence(score, rival), y: right ? 1 : 0 };
  });
  const calibrator = LogisticCalibrator.fit(
    cases.map((c) => [c.e.score, c.e.score - c.e.rival, c.e.score - c.e.outOfScope, c.e.known, 1 / c.e.length, c.e.coverage]),
    cases.map((c) => c.y),
  );

  it('gives probabilities in [0, 1]', () => {
    for (const c of cases) {
      const p = calibrator.probability(c.e);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  it('is more confident with a higher score and a wider margin', () => {
    expect(calibrator.probability(evidence(0.9, 0.3))).toBeGreaterThan(calibrator.probability(evidence(0.5, 0.3)));
    expect(calibrator.probability(evidence(0.6, 0.2))).toBeGreaterThan(calibrator.probability(evidence(0.6, 0.55)));
  });

  it('separates the right candidates from the wrong ones', () => {
    const right = cases.filter((c) => c.y === 1).map((c) => calibrator.probability(c.e));
    const wrong = cases.filter((c) => c.y === 0).map((c) => calibrator.probability(c.e));
    expect(Math.min(...right)).toBeGreaterThan(Math.max(...wrong));
  });
});

describe('rankCandidates', () => {
  it('orders in-scope classes by score, leaves out the out-of-scope class, and names each rival', () => {
    const scores = Float64Array.from([0.2, 0.7, 0, 0.1]);
    expect(rankCandidates(scores, 3, 5)).toEqual([
      { classIndex: 1, score: 0.7, rival: 0.2 },
      { classIndex: 0, score: 0.2, rival: 0.7 },
    ]);
  });

  it('makes the out-of-scope score the rival when it is higher', () => {
    const scores = Float64Array.from([0.2, 0.7, 0, 0.9]);
    expect(rankCandidates(scores, 3, 1)).toEqual([{ classIndex: 1, score: 0.7, rival: 0.9 }]);
  });
});
