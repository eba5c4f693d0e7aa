// Ridge regression by the normal equations, for the fitting scripts (fit-grader.ts, fit-conduct-models.ts).
export function ridge(X: number[][], y: number[], lambda: number): { intercept: number; w: number[] } {
  const p = X[0]!.length;
  const means = Array.from({ length: p }, (_, j) => X.reduce((s, x) => s + x[j]!, 0) / X.length);
  const ym = y.reduce((s, v) => s + v, 0) / y.length;
  const A = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  const b = new Array<number>(p).fill(0);
  X.forEach((x, i) => {
    for (let j = 0; j < p; j++) {
      const xj = x[j]! - means[j]!;
      b[j]! += xj * (y[i]! - ym);
      for (let k = 0; k < p; k++) A[j]![k]! += xj * (x[k]! - means[k]!);
    }
  });
  for (let j = 0; j < p; j++) A[j]![j]! += lambda;
  // Gaussian elimination.
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < p; c++) {
    let piv = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[piv]![c]!)) piv = r;
    [M[c], M[piv]] = [M[piv]!, M[c]!];
    for (let r = 0; r < p; r++) {
      if (r === c || M[c]![c] === 0) continue;
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= p; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const w = M.map((row, i) => (row[i] === 0 ? 0 : row[p]! / row[i]!));
  const intercept = ym - w.reduce((s, wj, j) => s + wj * means[j]!, 0);
  return { intercept, w };
}
