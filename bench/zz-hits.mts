import { readFileSync } from 'node:fs';
import { hashExact, pairHash, prescanSets } from '../src/core/match/prescan';
const data = JSON.parse(readFileSync('generated/match-data.json', 'utf8'));
const s = prescanSets(data, 'unrestricted');
const html = readFileSync(process.argv[2], 'utf8').replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<style[\s\S]*?<\/style>/gi, '').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
const toks = html.match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}-]/gu) ?? [];
const counts = new Map<string, number>();
let prev = '';
for (const w of toks) {
  const lw = w.toLowerCase();
  const hx = hashExact(w), hl = hashExact(lw);
  let why = '';
  if (s.singles.has(hl)) why = 'single ' + lw; else if (s.singlesCs.has(hx)) why = 'singleCs ' + w;
  else if (prev && s.pairs.has(pairHash(hashExact(prev.toLowerCase()), hl))) why = 'pair ' + prev + ' ' + w;
  else if (prev && s.pairsCs.has(pairHash(hashExact(prev), hx))) why = 'pairCs ' + prev + ' ' + w;
  if (why) counts.set(why, (counts.get(why) ?? 0) + 1);
  prev = w;
}
console.log([...counts].sort((a, b) => b[1] - a[1]).slice(0, 15));
