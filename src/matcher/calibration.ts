/** What the calibrator knows about one candidate intent for one message. */
export interface CandidateEvidence {
  /** The candidate's similarity score. */
  score: number;
  /** The best score among the other in-scope intents and the out-of-scope examples. */
  rival: number;
  /** The score of the out-of-scope examples. */
  outOfScope: number;
  /** Share of the message's content words that the page's vocabulary knows, in [0, 1]. */
  known: number;
  /** How many content words the message has. */
  length: number;
  /** Share of the message's TF-IDF word weight the training texts know, in [0, 1]. */
  coverage: number;
}

/** The calibrator's inputs for a candidate, in a fixed order. */
export function evidenceVector(e: CandidateEvidence): number[] {
  return [e.score, e.score - e.rival, e.score - e.outOfScope, e.known, 1 / Math.max(1, e.length), e.coverage];
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * Platt-style calibration: a logistic regression from a candidate's evidence to the chance it is
 * the right intent. Fitted by Newton's method (IRLS) with a small ridge, so it is deterministic.
 */
export class LogisticCalibrator {
  constructor(
    /** Weights for {@link evidenceVector}, then the bias last. */
    readonly coefficients: readonly number[],
  ) {}

  /** Fits on evidence vectors `x` labelled 1 (right intent) or 0 (wrong or out of scope). */
  static fit(x: readonly number[][], y: readonly number[], ridge = 0.01, iterations = 25): LogisticCalibrator {
    const dim = (x[0]?.length ?? 0) + 1;
    const rows = x.map((row) => Float64Array.from([...row, 1]));
    let w = new Array<number>(dim).fill(0);
    for (let it = 0; it < iterations; it++) {
      const hessian = Array.from({ length: dim }, (_, i) => new Array<number>(dim).fill(0).map((__, j) => (i === j && i < dim - 1 ? ridge : 0)));
      const gradient = w.map((wi, i) => (i < dim - 1 ? ridge * wi : 0));
      rows.forEach((v, n) => {
        const p = sigmoid(dot(w, v));
        const s = Math.max(p * (1 - p), 1e-6);
        for (let i = 0; i < dim; i++) {
          gradient[i] += (p - y[n]) * v[i];
          const hi = hessian[i];
          for (let j = 0; j <= i; j++) hi[j] += s * v[i] * v[j];
        }
      });
      for (let i = 0; i < dim; i++) for (let j = i + 1; j < dim; j++) hessian[i][j] = hessian[j][i];
      const step = solve(hessian, gradient);
      w = w.map((wi, i) => wi - step[i]);
      if (Math.max(...step.map(Math.abs)) < 1e-5) break;
    }
    return new LogisticCalibrator(w);
  }

  /** The calibrated chance, in [0, 1], that this candidate is right. */
  probability(evidence: CandidateEvidence): number {
    const x = evidenceVector(evidence);
    const w = this.coefficients;
    let z = w[x.length];
    for (let i = 0; i < x.length; i++) z += w[i] * x[i];
    return sigmoid(z);
  }
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** Solves a small dense system by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    const p = m[col][col] || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const f = m[r][col] / p;
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r][n];
    for (let c = r + 1; c < n; c++) s -= m[r][c] * out[c];
    out[r] = s / (m[r][r] || 1e-12);
  }
  return out;
}
