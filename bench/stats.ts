/** Order statistics shared by the benchmarks. */

/** The value at fraction `p` of the sorted samples (0.5: the median; upper median for even counts). */
export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))];
};

export const median = (xs: number[]) => percentile(xs, 0.5);
