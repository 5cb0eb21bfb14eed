/** English side of the lexical evidence: tokens, stop words, a light stemmer. */

export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here of in on at to for from by ' +
    'with without about into onto upon over under up down out off as is am are was were be been being have has ' +
    'had having do does did done doing will would shall should can could may might must i me my mine myself we ' +
    'us our ours you your yours he him his himself she her hers herself it its itself they them their theirs ' +
    'what which who whom whose when where why how all any both each few more most other some such no not only ' +
    'own same too very just also s t d ll m re ve o y one ones someone something anything nothing thing things ' +
    'sb sth etc used use esp especially e g i e kind sort form type particle classifier measure word words ' +
    'variant abbr pr see expression indicate indicating suffix prefix name surname also let get got again once'
  ).split(' '),
);

/** Irregular forms (a Map: a word such as "constructor" must not find Object.prototype's). */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    said: 'say',
    says: 'say',
    told: 'tell',
    went: 'go',
    gone: 'go',
    came: 'come',
    saw: 'see',
    seen: 'see',
    took: 'take',
    taken: 'take',
    made: 'make',
    thought: 'think',
    knew: 'know',
    known: 'know',
    gave: 'give',
    given: 'give',
    found: 'find',
    felt: 'feel',
    left: 'leave',
    men: 'man',
    women: 'woman',
    children: 'child',
    ate: 'eat',
    eaten: 'eat',
    ran: 'run',
    sat: 'sit',
    stood: 'stand',
    brought: 'bring',
    began: 'begin',
    begun: 'begin',
    heard: 'hear',
    kept: 'keep',
    held: 'hold',
    wrote: 'write',
    written: 'write',
    spoke: 'speak',
    spoken: 'speak',
    fell: 'fall',
    fallen: 'fall',
    bought: 'buy',
    sold: 'sell',
    taught: 'teach',
    caught: 'catch',
    fought: 'fight',
    sought: 'seek',
    slept: 'sleep',
    wept: 'weep',
    met: 'meet',
    lost: 'lose',
    paid: 'pay',
    sent: 'send',
    spent: 'spend',
    built: 'build',
    led: 'lead',
    fed: 'feed',
    rose: 'rise',
    risen: 'rise',
    drew: 'draw',
    drawn: 'draw',
    grew: 'grow',
    grown: 'grow',
    threw: 'throw',
    thrown: 'throw',
    flew: 'fly',
    died: 'die',
    dead: 'die',
    lay: 'lie',
    lain: 'lie',
    wore: 'wear',
    worn: 'wear',
    woke: 'wake',
    drank: 'drink',
    drunk: 'drink',
    sang: 'sing',
    sung: 'sing',
    swam: 'swim',
    won: 'win',
    hid: 'hide',
    hidden: 'hide',
    broke: 'break',
    broken: 'break',
    chose: 'choose',
    chosen: 'choose',
    forgot: 'forget',
    forgotten: 'forget',
    understood: 'understand',
    better: 'good',
    best: 'good',
    worse: 'bad',
    worst: 'bad',
    feet: 'foot',
    teeth: 'tooth',
    mice: 'mouse',
    people: 'person',
    lives: 'life',
    wives: 'wife',
    knives: 'knife',
  }),
);

/** A small suffix-stripping stemmer: it only has to map both sides' words to the same key. */
export function stem(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (w.length <= 3) return w;
  let s = w;
  if (s.endsWith("'s")) s = s.slice(0, -2);
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('sses')) s = s.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(s)) s = s.slice(0, -2);
  else if (s.endsWith('s') && !/(?:ss|us|is)$/.test(s) && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('ing') && s.length > 5) s = undouble(s.slice(0, -3));
  else if (s.endsWith('ied') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ed') && s.length > 4) s = undouble(s.slice(0, -2));
  if (s.endsWith('ly') && s.length > 5) s = s.slice(0, -2);
  if (s.endsWith('ness') && s.length > 6) s = s.slice(0, -4);
  if (s.endsWith('ion') && s.length > 6) s = s.slice(0, -3);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > 3) s = `${s.slice(0, -1)}i`;
  return s;
}

function undouble(s: string): string {
  return /([bdfgklmnprtz])\1$/.test(s) ? s.slice(0, -1) : s;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

export interface EnglishToken {
  /** Lower-cased surface form. */
  readonly lower: string;
  /** Capitalized but not the first word: a likely name (matched against pinyin too). */
  readonly nameLike: boolean;
}

/** Content tokens of an English text (stop words dropped), in order. */
export function englishTokens(text: string): EnglishToken[] {
  const out: EnglishToken[] = [];
  let first = true;
  for (const m of text.matchAll(WORD)) {
    const raw = m[0].replace(/’/g, "'");
    const lower = raw.toLowerCase();
    const isFirst = first;
    first = false;
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    const nameLike = !isFirst && /^[A-Z][a-z]/.test(raw);
    out.push({ lower, nameLike });
  }
  return out;
}

/** English keywords of a dictionary gloss: parenthesized notes dropped, stop words out, stemmed. */
export function glossKeywords(gloss: string): string[] {
  const clean = /[([{]/.test(gloss) ? gloss.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, ' ') : gloss;
  const out: string[] = [];
  for (const m of clean.matchAll(WORD)) {
    const lower = m[0].toLowerCase();
    if (STOP_WORDS.has(lower) || lower.length < 2) continue;
    out.push(cachedStem(lower));
  }
  return out;
}

/** The dictionary has ~100,000 glosses but few distinct words: stem each once. */
const stemCache = new Map<string, string>();
function cachedStem(lower: string): string {
  let s = stemCache.get(lower);
  if (s === undefined) {
    s = stem(lower);
    stemCache.set(lower, s);
  }
  return s;
}
