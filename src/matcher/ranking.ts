/** A class the index scored, with the best score among its competitors. */
export interface Candidate {
  classIndex: number;
  score: number;
  rival: number;
}

/**
 * The top `limit` in-scope classes by score (the out-of-scope class is never a candidate), each with
 * its rival: the runner-up's score for the leader, the leader's score for everyone else, or the
 * out-of-scope examples' score when that is higher, so a message that looks like something the page
 * does not cover never has a clear margin.
 */
export function rankCandidates(scores: Float64Array, outOfScopeIndex: number, limit: number): Candidate[] {
  // Insertion into a short list: cheaper than sorting every class for the first few.
  const top: number[] = [];
  for (let c = 0; c < scores.length; c++) {
    if (c === outOfScopeIndex || scores[c] <= 0) continue;
    let at = top.length;
    while (at > 0 && scores[top[at - 1]] < scores[c]) at--;
    if (at < limit) {
      top.splice(at, 0, c);
      if (top.length > limit) top.pop();
    }
  }
  const oos = scores[outOfScopeIndex] ?? 0;
  const first = Math.max(top.length > 0 ? scores[top[0]] : 0, oos);
  const runnerUp = Math.max(top.length > 1 ? scores[top[1]] : 0, oos);
  return top.map((c, i) => ({ classIndex: c, score: scores[c], rival: i === 0 ? runnerUp : first }));
}
