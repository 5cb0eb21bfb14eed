/**
 * How much word evidence the lexicon gives (`npx tsx scripts/lexCoverage.ts`): on the gold 1-1
 * links of para-dev, mac-dev, aca and mag, the share of the Chinese word units whose keys meet
 * a key of the link's English (dictionary glosses, pinyin names; no translations learned from
 * the document), against the same share for wrong pairs (each Chinese with the English of the
 * links a third, a half and two thirds of the document away): chance matches. Then the same per
 * Chinese clause of three or more word units (as the omission check cuts them): the share with
 * no match at all, for right and for wrong pairs. A change of the keys (src/align/lexicon.ts,
 * chineseWords.ts, englishTokens.ts, the compiled dictionary) should raise the first figure
 * clearly more than the second (docs/checks.md, "3 December, night").
 */
import { loadNodeDictionary } from '../src/align/nodeDictionary';
import { Lexicon, Vocabulary, type SegmentUnits } from '../src/align/features';
import { clausesOf } from '../src/checks/omission';
import { paraDocs, sentenceDocs, type Doc } from './evalChecks';

interface Tally {
  units: number;
  matched: number;
  clauses: number;
  clausesUnmatched: number;
}

const emptyTally = (): Tally => ({ units: 0, matched: 0, clauses: 0, clausesUnmatched: 0 });

function keySet(u: SegmentUnits): Set<number> {
  const out = new Set<number>();
  const { store } = u;
  for (let g = u.first; g < u.first + u.count; g++)
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++) out.add(store.keys[k]);
  return out;
}

/** Word units of `u` (Chinese words, not numbers, Latin tokens or punctuation), and matched ones. */
function wordMatches(u: SegmentUnits, keys: ReadonlySet<number>): [number, number] {
  const { store } = u;
  let n = 0;
  let m = 0;
  for (let g = u.first; g < u.first + u.count; g++) {
    if (store.words[g] < 0 || store.strong[g] || store.weights[g] <= 0) continue;
    n++;
    for (let k = store.keyStart[g]; k < store.keyStart[g + 1]; k++)
      if (keys.has(store.keys[k])) {
        m++;
        break;
      }
  }
  return [n, m];
}

function tally(lexicon: Lexicon, pairs: readonly (readonly [string, string])[], t: Tally): void {
  for (const [zh, en] of pairs) {
    const keys = keySet(lexicon.english(en).units);
    const [n, m] = wordMatches(lexicon.chinese(zh).units, keys);
    t.units += n;
    t.matched += m;
    for (const clause of clausesOf(zh)) {
      const [cn, cm] = wordMatches(lexicon.chinese(clause).units, keys);
      if (cn < 3) continue;
      t.clauses++;
      if (cm === 0) t.clausesUnmatched++;
    }
  }
}

function oneToOne(doc: Doc): [string, string][] {
  return doc.gold
    .filter(([s, t]) => s.length === 1 && t.length === 1)
    .map(([[s], [t]]) => [doc.zh[s], doc.en[t]]);
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}%`);

function main(): void {
  const dictionary = loadNodeDictionary();
  const sets: [string, Doc[]][] = [
    ['para-dev', paraDocs()],
    ['mac-dev', sentenceDocs('mac-dev', false)],
    ['aca', sentenceDocs('aca', true)],
    ['mag', sentenceDocs('mag', true)],
  ];
  console.log(
    'set        links  word units  matched: right pairs / wrong pairs   clauses (>= 3 words) with no match: right / wrong',
  );
  for (const [name, docs] of sets) {
    if (docs.length === 0) continue;
    const lexicon = new Lexicon(new Vocabulary(), dictionary);
    const right = emptyTally();
    const wrong = emptyTally();
    let links = 0;
    for (const doc of docs) {
      const pairs = oneToOne(doc);
      const n = pairs.length;
      links += n;
      tally(lexicon, pairs, right);
      for (const shift of [Math.floor(n / 3), Math.floor(n / 2), Math.floor((2 * n) / 3)])
        if (shift > 0)
          tally(
            lexicon,
            pairs.map(([zh], i) => [zh, pairs[(i + shift) % n][1]] as const),
            wrong,
          );
    }
    console.log(
      `${name.padEnd(9)} ${String(links).padStart(6)} ${String(right.units).padStart(11)}  ` +
        `${pct(right.matched, right.units).padStart(14)} / ${pct(wrong.matched, wrong.units).padEnd(20)}` +
        `${String(right.clauses).padStart(8)} clauses: ${pct(right.clausesUnmatched, right.clauses)} / ${pct(wrong.clausesUnmatched, wrong.clauses)}`,
    );
  }
}

main();
