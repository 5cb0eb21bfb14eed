/**
 * npm run eval:checks: how well the review flags point at what is wrong.
 *
 * 1. Damage: for each para-dev document, damaged English versions are built with known
 *    positions (a middle sentence of a paragraph dropped; a number changed; an English
 *    paragraph dropped; a paragraph of another text inserted), aligned with the real aligner
 *    and checked. Per kind: the share of damaged places caught (a flag on the link holding the
 *    damaged place) and the share of the other links flagged.
 * 2. Undamaged texts (para-dev paragraphs; mac-dev / aca / mag sentences with --split lines):
 *    the share of links flagged, the share of WRONG links (strict, against gold) flagged, and
 *    the confidence bands (share of links, strict accuracy).
 * 3. Speed: checkLinks on a 20,000-link document, updateChecks after one edit, and the
 *    deferred omission checks in the app's idle slices.
 * Options: --low X (low-confidence threshold), --omission X (omission threshold),
 * --only damage|gold|bench, --no-dict (align and check without the dictionary),
 * --no-check-dict (align with it, check without it: the app before its page has loaded the
 * dictionary, or when it cannot; once loaded the app checks with it, as by default here).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { alignSegments, paramsFor } from '../src/align/aligner';
import type { Dictionary } from '../src/align/dictionary';
import { loadNodeDictionary } from '../src/align/nodeDictionary';
import { segmentText } from '../src/align/segment';
import { splitEnglishSentences } from '../src/align/sentences';
import {
  checkLinks,
  documentProfile,
  OMISSION_THRESHOLD,
  OMISSION_THRESHOLD_SENTENCE_LINKS,
  refineChecks,
  updateChecks,
  type CheckContext,
  type Flag,
} from '../src/checks';
import { englishNumbersFound } from '../src/checks/numbers';
import { LOW_CONFIDENCE_THRESHOLD } from '../src/checks/linkChecks';
import { omissionScore } from '../src/checks/omission';
import { makeSide, type Alignment, type Link, type SplitMode } from '../src/core/model';
import { editSegmentText, isOpError } from '../src/core/operations';
import { parseAlignFile, type Bead } from './alignScore';

const CORPORA = resolve(import.meta.dirname, '../../shared/corpora');

function argValue(flag: string): string | undefined {
  const k = process.argv.indexOf(flag);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

export interface Doc {
  readonly name: string;
  readonly zh: string[];
  readonly en: string[];
  readonly gold: Bead[];
}

export function paraDocs(): Doc[] {
  const dir = join(CORPORA, 'para-dev');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.align'))
    .map((f) => f.replace(/\.gold\.align$/, ''))
    .sort()
    .map((n) => ({
      name: n,
      zh: segmentText(readFileSync(join(dir, `${n}.zh.txt`), 'utf8'), 'zh', 'paragraphs'),
      en: segmentText(readFileSync(join(dir, `${n}.en.txt`), 'utf8'), 'en', 'paragraphs'),
      gold: parseAlignFile(readFileSync(join(dir, `${n}.gold.align`), 'utf8')),
    }));
}

export function sentenceDocs(corpus: string, swapped: boolean): Doc[] {
  const dir = join(CORPORA, corpus);
  if (!existsSync(dir)) return [];
  return readdirSync(join(dir, 'gold'))
    .map((f) => f.replace(/\.align$/, ''))
    .sort()
    .map((id) => {
      const gold = parseAlignFile(readFileSync(join(dir, 'gold', `${id}.align`), 'utf8'));
      return {
        name: `${corpus}/${id}`,
        zh: segmentText(
          readFileSync(join(dir, swapped ? 'tgt' : 'src', id), 'utf8'),
          'zh',
          'lines',
        ),
        en: segmentText(
          readFileSync(join(dir, swapped ? 'src' : 'tgt', id), 'utf8'),
          'en',
          'lines',
        ),
        gold: swapped ? gold.map(([a, b]) => [b, a] as Bead) : gold,
      };
    });
}

export function align(
  zh: readonly string[],
  en: readonly string[],
  split: SplitMode,
  dictionary?: Dictionary,
): Alignment {
  const links = alignSegments(zh, en, { dictionary, params: paramsFor(split) });
  return { source: makeSide('zh', zh), target: makeSide('en', en), links };
}

const key = (src: readonly number[], tgt: readonly number[]) => `${src.join(',')}:${tgt.join(',')}`;

// ---------------------------------------------------------------- damage

type DamageKind = 'drop-sentence' | 'change-number' | 'drop-paragraph' | 'insert-paragraph';
const DAMAGE_KINDS: readonly DamageKind[] = [
  'drop-sentence',
  'change-number',
  'drop-paragraph',
  'insert-paragraph',
];

interface Damaged {
  readonly zh: string[];
  readonly en: string[];
  /** Where to look in the damaged pair: a Chinese or an English segment index. */
  readonly places: readonly { readonly side: 'zh' | 'en'; readonly index: number }[];
  /** The gold alignment of the damaged pair (the Chinese is never changed). */
  readonly gold: readonly Bead[];
}

/**
 * The gold links of a damaged pair: each English index moved to where it is now (`moved`, -1
 * for a dropped paragraph, whose Chinese is then unpaired), and each inserted paragraph unpaired.
 */
function damagedGold(gold: readonly Bead[], moved: readonly number[], inserted: readonly number[]) {
  const beads: Bead[] = gold.map(([s, t]) => [s, t.map((j) => moved[j]).filter((j) => j >= 0)]);
  for (const j of inserted) beads.push([[], [j]]);
  return beads;
}

/** Gold 1-1 links, as [zh, en] pairs: the safe places to damage. */
function oneToOne(doc: Doc): [number, number][] {
  return doc.gold
    .filter(([s, t]) => s.length === 1 && t.length === 1)
    .map(([s, t]) => [s[0], t[0]]);
}

/** Every `step`-th candidate, away from the ends and from each other. */
function spaced<T>(items: readonly T[], step: number): T[] {
  return items.filter((_, k) => k % step === Math.floor(step / 2) && k > 0 && k < items.length - 1);
}

const WORD_SWAP: Readonly<Record<string, string>> = {
  two: 'three',
  three: 'four',
  four: 'five',
  five: 'six',
  six: 'seven',
  seven: 'eight',
  eight: 'nine',
  nine: 'ten',
  ten: 'eleven',
  eleven: 'twelve',
  twelve: 'thirteen',
  twenty: 'thirty',
  thirty: 'forty',
  forty: 'fifty',
  fifty: 'sixty',
  sixty: 'seventy',
  hundred: 'thousand',
  thousand: 'hundred',
  dozen: 'score',
  second: 'third',
  third: 'fourth',
  fourth: 'fifth',
};

/** Changes one number of an English text: digits off by a few, a number word to the next one. */
function changeNumber(text: string): string | null {
  for (const n of englishNumbersFound(text)) {
    const t = n.text;
    let changed: string | null = null;
    if (/^\d/.test(t))
      changed = t.replace(/\d+/, (d) => String(Number(d) + (Number(d) >= 1000 ? 2 : 3)));
    else {
      const words = t.split(/([\s-]+)/);
      const k = words.findIndex((w) => WORD_SWAP[w.toLowerCase()] !== undefined);
      if (k >= 0) {
        const w = words[k];
        const swap = WORD_SWAP[w.toLowerCase()];
        words[k] = /^[A-Z]/.test(w) ? swap[0].toUpperCase() + swap.slice(1) : swap;
        changed = words.join('');
      }
    }
    if (changed && changed !== t) return text.replace(t, changed);
  }
  return null;
}

export function damage(doc: Doc, kind: DamageKind, other: Doc): Damaged | null {
  const zh = doc.zh.slice();
  let en = doc.en.slice();
  const places: { side: 'zh' | 'en'; index: number }[] = [];
  const pairs = oneToOne(doc);
  // Where each English paragraph of the undamaged text is in the damaged one.
  let moved = doc.en.map((_, j) => j);
  switch (kind) {
    case 'drop-sentence': {
      const cands = pairs.filter(([, j]) => splitEnglishSentences(en[j]).length >= 3);
      for (const [, j] of spaced(cands, 3)) {
        const s = splitEnglishSentences(en[j]);
        s.splice(Math.floor(s.length / 2), 1);
        en[j] = s.join(' ');
        places.push({ side: 'en', index: j });
      }
      break;
    }
    case 'change-number': {
      const cands = pairs.filter(([, j]) => changeNumber(en[j]) !== null);
      for (const [, j] of spaced(cands, 2)) {
        en[j] = changeNumber(en[j]) ?? en[j];
        places.push({ side: 'en', index: j });
      }
      break;
    }
    case 'drop-paragraph': {
      const drop = spaced(pairs, 8);
      const dropped = new Set(drop.map(([, j]) => j));
      // The Chinese partner stays; its index is unchanged.
      for (const [i] of drop) places.push({ side: 'zh', index: i });
      en = en.filter((_, j) => !dropped.has(j));
      let at = 0;
      moved = doc.en.map((_, j) => (dropped.has(j) ? -1 : at++));
      break;
    }
    case 'insert-paragraph': {
      const at = spaced(pairs, 8).map(([, j]) => j);
      const foreign = other.en.filter((p) => p.length > 200);
      const out: string[] = [];
      let f = 0;
      en.forEach((p, j) => {
        moved[j] = out.length;
        out.push(p);
        if (at.includes(j) && foreign.length > 0) {
          out.push(foreign[f++ % foreign.length]);
          places.push({ side: 'en', index: out.length - 1 });
        }
      });
      en = out;
      break;
    }
  }
  if (places.length === 0) return null;
  const inserted = kind === 'insert-paragraph' ? places.map((p) => p.index) : [];
  return { zh, en, places, gold: damagedGold(doc.gold, moved, inserted) };
}

export function linkOf(links: readonly Link[], side: 'zh' | 'en', index: number): number {
  return links.findIndex((l) => (side === 'zh' ? l.src : l.tgt).includes(index));
}

function pct(n: number, d: number): string {
  return d === 0 ? '   –  ' : `${((100 * n) / d).toFixed(1).padStart(5)}%`;
}

/** Omission thresholds tried by the damage measurement (the chosen one is marked). */
/** A paired link's omission evidence (what the omission threshold is compared with). */
function linkOmissionScore(
  a: Alignment,
  l: Link,
  context: CheckContext,
  profile: ReturnType<typeof documentProfile>,
): number {
  if (l.src.length === 0 || l.tgt.length === 0) return -Infinity;
  return omissionScore(
    l.src.map((i) => a.source.segments[i].text).join(''),
    l.tgt.map((j) => a.target.segments[j].text).join(' '),
    { dictionary: context.dictionary, profile, sentences: context.sentenceOmissions !== false },
  );
}

const OMISSION_SWEEP = [2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 10, 12];

function runDamage(docs: readonly Doc[], context: CheckContext, dictionary?: Dictionary): void {
  console.log(
    '\nDamaged translations (para-dev): share of damage caught, share of other links flagged',
  );
  console.log('kind               places  caught   others flagged   caught by');
  const chosen = context.omissionThreshold ?? OMISSION_THRESHOLD;
  const wrongLinks = new Map<DamageKind, number[]>();
  // Per omission threshold: [caught, places, others flagged, others], summed over kinds.
  const sweep = new Map<DamageKind, number[][]>();
  // Per kind, each place's and each other link's [already flagged without the Chinese
  // omission check, omission evidence]: the threshold-free frontier printed below.
  const evidence = new Map<
    DamageKind,
    { hits: [boolean, number][]; others: [boolean, number][] }
  >();
  for (const kind of DAMAGE_KINDS) {
    let places = 0;
    let caught = 0;
    let others = 0;
    let othersFlagged = 0;
    // Strict against the damaged pair's gold: links; wrong, of them flagged; right and not a
    // damaged place, of them flagged.
    const strict = [0, 0, 0, 0, 0];
    const byKind = new Map<string, number>();
    const rows = OMISSION_SWEEP.map(() => [0, 0, 0, 0]);
    const ev = { hits: [] as [boolean, number][], others: [] as [boolean, number][] };
    evidence.set(kind, ev);
    docs.forEach((doc, d) => {
      const dmg = damage(doc, kind, docs[(d + 1) % docs.length]);
      if (!dmg) return;
      const a = align(dmg.zh, dmg.en, 'paragraphs', dictionary);
      const profile = documentProfile(a, context.dictionary);
      const { flags } = checkLinks(a, { ...context, profile });
      // The same checks with no Chinese omission reported, and each link's omission evidence.
      const base = checkLinks(a, { ...context, profile, omissionThreshold: Infinity }).flags;
      const scores = a.links.map((l) => linkOmissionScore(a, l, context, profile));
      const hit = new Set<number>();
      for (const p of dmg.places) {
        const l = linkOf(a.links, p.side, p.index);
        places++;
        hit.add(l);
        if (l >= 0 && flags[l].length > 0) {
          caught++;
          for (const k of new Set(flags[l].map((f) => f.kind)))
            byKind.set(k, (byKind.get(k) ?? 0) + 1);
        }
        ev.hits.push([l >= 0 && base[l].length > 0, l >= 0 ? scores[l] : -Infinity]);
        OMISSION_SWEEP.forEach((t, x) => {
          rows[x][1]++;
          if (l >= 0 && (base[l].length > 0 || scores[l] >= t)) rows[x][0]++;
        });
      }
      const goldKeys = new Set(dmg.gold.map(([s, t]) => key(s, t)));
      a.links.forEach((l, k) => {
        const flagged = flags[k].length > 0 ? 1 : 0;
        strict[0]++;
        if (!goldKeys.has(key(l.src, l.tgt))) {
          strict[1]++;
          strict[2] += flagged;
        } else if (!hit.has(k)) {
          strict[3]++;
          strict[4] += flagged;
        }
      });
      flags.forEach((f, l) => {
        if (hit.has(l)) return;
        others++;
        if (f.length > 0) othersFlagged++;
        ev.others.push([base[l].length > 0, scores[l]]);
        OMISSION_SWEEP.forEach((t, x) => {
          rows[x][3]++;
          if (base[l].length > 0 || scores[l] >= t) rows[x][2]++;
        });
      });
    });
    sweep.set(kind, rows);
    wrongLinks.set(kind, strict);
    const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(
      `${kind.padEnd(18)} ${String(places).padStart(6)}  ${pct(caught, places)}   ${pct(othersFlagged, others)}         ${kinds}`,
    );
  }
  console.log('\n  omission threshold -> per kind: caught / others flagged');
  OMISSION_SWEEP.forEach((t, x) => {
    const cells = DAMAGE_KINDS.map((k) => {
      const r = (sweep.get(k) ?? [])[x];
      return `${pct(r[0], r[1])} / ${pct(r[2], r[3])}`;
    });
    console.log(`  ${t === chosen ? '*' : ' '} ${String(t).padStart(4)}: ${cells.join('   ')}`);
  });
  // The alignment errors the damage causes (item 3 of the review's target: flags catch the
  // wrong links while flagging few links), strict against the damaged pair's gold.
  console.log(
    '\n  wrong links (strict, against the damaged gold) -> per kind: links, wrong, wrong links flagged, right links away from the damage flagged',
  );
  const total = [0, 0, 0, 0, 0];
  const line = (label: string, r: readonly number[]) =>
    console.log(
      `    ${label.padEnd(18)} ${String(r[0]).padStart(5)} ${String(r[1]).padStart(4)}  ${pct(r[2], r[1])}  ${pct(r[4], r[3])}`,
    );
  for (const k of DAMAGE_KINDS) {
    const r = wrongLinks.get(k) ?? [0, 0, 0, 0, 0];
    r.forEach((v, x) => (total[x] += v));
    line(k, r);
  }
  line('all damaged texts', total);
  // Whatever the threshold: the most damage the omission evidence can catch while at most a
  // given share of the other links is flagged (any kind). It says how good the score is, not
  // the threshold: a better score moves these figures.
  console.log(
    '\n  best any omission threshold can do -> per kind: caught with others flagged at most 10% / 12.5% / 15%',
  );
  const cells = DAMAGE_KINDS.map((k) => {
    const ev = evidence.get(k);
    if (!ev) return '';
    return [0.1, 0.125, 0.15]
      .map((share) => {
        const ts = [...new Set(ev.others.map(([, s]) => s).filter(Number.isFinite)), Infinity];
        let best = -1;
        for (const t of ts) {
          const flagged = ev.others.filter(([b, s]) => b || s >= t).length;
          if (flagged > share * ev.others.length) continue;
          const caught = ev.hits.filter(([b, s]) => b || s >= t).length;
          best = Math.max(best, caught);
        }
        return best < 0 ? '   –  ' : pct(best, ev.hits.length);
      })
      .join(' /');
  });
  DAMAGE_KINDS.forEach((k, x) => console.log(`    ${k.padEnd(18)} ${cells[x]}`));
}

// ---------------------------------------------------------------- gold

const BANDS = [0, 0.5, 0.8, 0.95, 1.0001];

function runGold(
  name: string,
  docs: readonly Doc[],
  split: SplitMode,
  context: CheckContext,
  dictionary?: Dictionary,
): void {
  let links = 0;
  let flagged = 0;
  let wrong = 0;
  let wrongFlagged = 0;
  const kindCount = new Map<string, number>();
  const kindWrong = new Map<string, number>();
  const bands = BANDS.slice(1).map(() => ({ n: 0, ok: 0 }));
  const thresholds = [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99];
  const byThreshold = thresholds.map(() => ({ flagged: 0, wrongFlagged: 0 }));
  // Per omission threshold (the other checks as they are): links flagged, wrong links flagged.
  const byOmission = OMISSION_SWEEP.map(() => ({ flagged: 0, wrongFlagged: 0 }));
  const lowThreshold = context.lowConfidence ?? LOW_CONFIDENCE_THRESHOLD;
  let sentenceLinkDocs = 0;
  // The boundary check (a low-confidence flag with a flag.msg.boundary.* text): links it flags,
  // and of them the ones nothing else flags (what it adds).
  const boundary = { flagged: 0, wrong: 0, alone: 0, aloneWrong: 0 };
  for (const doc of docs) {
    const a = align(doc.zh, doc.en, split, dictionary);
    const goldKeys = new Set(doc.gold.map(([s, t]) => key(s, t)));
    const profile = documentProfile(a, context.dictionary);
    if (profile.sentenceLinks) sentenceLinkDocs++;
    const { flags } = checkLinks(a, { ...context, lowConfidence: 0, profile });
    const base = checkLinks(a, {
      ...context,
      lowConfidence: lowThreshold,
      profile,
      omissionThreshold: Infinity,
    }).flags;
    a.links.forEach((l, k) => {
      const ok = goldKeys.has(key(l.src, l.tgt));
      const f: readonly Flag[] = flags[k];
      const score = linkOmissionScore(a, l, context, profile);
      OMISSION_SWEEP.forEach((t, x) => {
        if (base[k].length === 0 && !(score >= t)) return;
        byOmission[x].flagged++;
        if (!ok) byOmission[x].wrongFlagged++;
      });
      links++;
      const b = BANDS.findIndex((lo, x) => l.confidence >= lo && l.confidence < BANDS[x + 1]);
      bands[b].n++;
      if (ok) bands[b].ok++;
      thresholds.forEach((t, x) => {
        const any = f.length > 0 || l.confidence < t;
        if (any) byThreshold[x].flagged++;
        if (any && !ok) byThreshold[x].wrongFlagged++;
      });
      const low = l.confidence < lowThreshold;
      const any = f.length > 0 || low;
      if (f.some((x) => (x.texts ?? []).some((t) => t.key.startsWith('flag.msg.boundary.')))) {
        const alone = !low && f.length === 1 && f[0].texts?.length === 1;
        boundary.flagged++;
        if (!ok) boundary.wrong++;
        if (alone) boundary.alone++;
        if (alone && !ok) boundary.aloneWrong++;
      }
      if (any) flagged++;
      if (!ok) wrong++;
      if (!ok && any) wrongFlagged++;
      const kinds = new Set(f.map((x) => x.kind));
      if (low) kinds.add('low-confidence');
      for (const kd of kinds) {
        kindCount.set(kd, (kindCount.get(kd) ?? 0) + 1);
        if (!ok) kindWrong.set(kd, (kindWrong.get(kd) ?? 0) + 1);
      }
    });
  }
  console.log(
    `\n${name}: ${links} links, ${wrong} wrong (strict); flagged ${pct(flagged, links)} of links, ${pct(wrongFlagged, wrong)} of wrong links`,
  );
  const chosen =
    context.omissionThreshold ??
    (sentenceLinkDocs === docs.length
      ? OMISSION_THRESHOLD_SENTENCE_LINKS
      : sentenceLinkDocs === 0
        ? OMISSION_THRESHOLD
        : NaN);
  console.log(
    `  documents read as sentence links: ${sentenceLinkDocs} of ${docs.length}; omission threshold -> links flagged, wrong links caught (all kinds):`,
  );
  console.log(
    '    ' +
      OMISSION_SWEEP.map(
        (t, x) =>
          `${t === chosen ? '*' : ''}${t}: ${pct(byOmission[x].flagged, links).trim()} ${pct(byOmission[x].wrongFlagged, wrong).trim()}`,
      ).join(' | '),
  );
  console.log(
    `  by kind (links flagged / of them wrong): ${[...kindCount].map(([k, n]) => `${k} ${n}/${kindWrong.get(k) ?? 0}`).join(', ')}`,
  );
  console.log(
    `  boundary check (low-confidence kind): ${boundary.flagged} links flagged, ${boundary.wrong} wrong; flagged by it alone ${boundary.alone}, ${boundary.aloneWrong} wrong`,
  );
  console.log('  low-confidence threshold -> links flagged, wrong links caught (all kinds):');
  thresholds.forEach((t, x) =>
    console.log(
      `    < ${t.toFixed(2)}: ${pct(byThreshold[x].flagged, links)} ${pct(byThreshold[x].wrongFlagged, wrong)}`,
    ),
  );
  console.log('  confidence band -> share of links -> strict accuracy');
  bands.forEach((b, x) =>
    console.log(
      `    [${BANDS[x].toFixed(2)}, ${Math.min(1, BANDS[x + 1]).toFixed(2)}${x === bands.length - 1 ? ']' : ')'}: ${pct(b.n, links)}  ${pct(b.ok, b.n)}`,
    ),
  );
}

// ---------------------------------------------------------------- speed

function benchDocument(n: number, confidence = 0.97): Alignment {
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i++) {
    zh.push(`第${i + 1}段：一九九〇年，他们在北京住了二十一年，后来搬到上海。陈清扬笑了起来。`);
    en.push(
      `Paragraph ${i + 1}: in 1990 they lived in Beijing for twenty-one years, then moved to Shanghai. Chen Qingyang laughed.`,
    );
  }
  return {
    source: makeSide('zh', zh),
    target: makeSide('en', en),
    links: zh.map((_, i) => ({ src: [i], tgt: [i], status: 'auto', confidence })),
  };
}

/**
 * documentProfile and checkLinks once, then updateChecks after 110 text edits (10 to warm up);
 * with deferred omissions, refineChecks in 8 ms slices over 1,000 links.
 */
function benchOne(n: number, label: string, ctx: CheckContext, confidence?: number): void {
  const a = benchDocument(n, confidence);
  let t = performance.now();
  ctx = { ...ctx, profile: documentProfile(a, ctx.dictionary) };
  const profileMs = performance.now() - t;
  t = performance.now();
  let current = checkLinks(a, ctx);
  const full = performance.now() - t;
  const first = current;
  const times: number[] = [];
  let doc = a;
  for (let r = 0; r < 110; r++) {
    const edited = editSegmentText(
      doc,
      'tgt',
      Math.floor(n / 3) + r,
      `Paragraph: in 19${r % 100} they lived in Beijing.`,
    );
    if (isOpError(edited)) throw new Error(edited.error);
    t = performance.now();
    current = updateChecks(current, doc, edited, ctx);
    if (r >= 10) times.push(performance.now() - t);
    doc = edited;
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => times[Math.floor(q * (times.length - 1))].toFixed(2);
  console.log(
    `${n.toLocaleString('en-US')} links, ${label}: documentProfile ${profileMs.toFixed(0)} ms, checkLinks ${full.toFixed(0)} ms; updateChecks after one text edit (100 edits): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`,
  );
  if (first.pending === 0) return;
  // The app's idle slices: 8 ms of omission checks at a time, from the middle of the document.
  let refined = first;
  let slices = 0;
  let longest = 0;
  const start = performance.now();
  while (first.pending - refined.pending < 1000) {
    const sliceStart = performance.now();
    refined = refineChecks(
      refined,
      1000 - (first.pending - refined.pending),
      n / 2,
      () => performance.now() - sliceStart >= 8,
    );
    longest = Math.max(longest, performance.now() - sliceStart);
    slices++;
  }
  const perLink = (performance.now() - start) / 1000;
  console.log(
    `  deferred omission checks: 1,000 links in ${slices} slices of 8 ms (longest ${longest.toFixed(1)} ms), ${perLink.toFixed(2)} ms a link: all ${first.pending.toLocaleString('en-US')} in about ${((perLink * first.pending) / 1000).toFixed(0)} s of idle time`,
  );
}

function runBench(context: CheckContext): void {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(', ');
  console.log(
    `\nSpeed (one process; the machine's load average ${load} on ${availableParallelism()} cores: figures vary with it)`,
  );
  benchOne(20000, 'omission checks deferred (as the app opens a long document)', {
    ...context,
    deferOmissions: true,
  });
  benchOne(2000, 'all checks at once', context);
  // Every link below the boundary check's confidence: each edit re-checks its neighbours.
  benchOne(
    20000,
    'confidence 0.85 (both boundary checks on every link), no sentence omissions',
    { ...context, sentenceOmissions: false },
    0.85,
  );
}

function main(): void {
  const only = argValue('--only');
  const dictionary = process.argv.includes('--no-dict') ? undefined : loadNodeDictionary();
  // --no-check-dict: aligned with the dictionary (the app's worker has it), checked without
  // (the app until its page has the dictionary too).
  const checkDictionary = process.argv.includes('--no-check-dict') ? undefined : dictionary;
  if (checkDictionary !== dictionary)
    console.log('Checks without the dictionary (--no-check-dict)');
  const low = argValue('--low');
  const omission = argValue('--omission');
  const base: CheckContext = {
    dictionary: checkDictionary,
    ...(low ? { lowConfidence: Number(low) } : {}),
    ...(omission ? { omissionThreshold: Number(omission) } : {}),
  };
  const para = paraDocs();
  if (para.length === 0) {
    console.error('evalChecks: ../shared/corpora/para-dev not found');
    process.exit(1);
  }
  if (!only || only === 'damage') runDamage(para, { ...base, level: 'paragraphs' }, dictionary);
  if (!only || only === 'gold') {
    runGold(
      'para-dev (paragraphs)',
      para,
      'paragraphs',
      { ...base, level: 'paragraphs' },
      dictionary,
    );
    for (const [corpus, swapped] of [
      ['mac-dev', false],
      ['aca', true],
      ['mag', true],
    ] as const) {
      const docs = sentenceDocs(corpus, swapped);
      if (docs.length > 0)
        runGold(
          `${corpus} (sentences, --split lines)`,
          docs,
          'lines',
          { ...base, level: 'lines' },
          dictionary,
        );
    }
  }
  if (!only || only === 'bench') runBench({ dictionary: base.dictionary, level: 'paragraphs' });
}

// Run when started as a script (scratch analyses import the corpus helpers above).
if (process.argv[1] && import.meta.filename === resolve(process.argv[1])) main();
