/**
 * Whether two texts can be aligned as an original and its translation. Its own module, apart
 * from the planner, so that `duilian align` does not load the alignment-file reader (and its
 * schema library) to check two texts.
 */
import { pairByLanguage } from '../core/language';
import { isSpace } from '../core/whitespace';
import type { TextFile } from './importers/common';
import {
  formatIoMessage,
  type IoMessage,
  type IoMessageKey,
  type IoMessageParams,
} from './messages';

function quoted(file: TextFile): string {
  return `"${file.name}"`;
}

function label(t: TextFile, which: string): string {
  return t.name ? quoted(t) : `the ${which} pasted text`;
}

/** A refusal, in English and by key. */
function said(
  key: IoMessageKey,
  params: IoMessageParams = {},
): { message: string; said: IoMessage } {
  const message = { key, params };
  return { message: formatIoMessage(message), said: message };
}

/**
 * English runs about three letters to a Chinese character. Texts ten times off that are not
 * an original and its translation (a wrong file, a chapter against a book); short texts vary
 * too much to tell.
 */
const EN_PER_ZH_RANGE = [0.3, 30] as const;
const LENGTH_CHECK_FROM = 2000;

export type TextPair =
  | { readonly ok: true; readonly zh: TextFile; readonly en: TextFile }
  | {
      readonly ok: false;
      readonly message: string;
      readonly said: IoMessage;
      /** Set when both texts look one language, so the app can say it in its own words. */
      readonly sameLanguage?: 'zh' | 'en';
    };

/**
 * Two texts as an original and its translation, Chinese first; or why they cannot be a
 * pair: one is empty, both look the same language, or their lengths are far apart.
 * The app (open, paste) and the CLI (`align`) ask this same function.
 */
/** Code units of a text that are not white space (as /\s/ says), without copying the text. */
function nonSpaceLength(text: string): number {
  let spaces = 0;
  for (let k = 0; k < text.length; k++) if (isSpace(text.charCodeAt(k))) spaces++;
  return text.length - spaces;
}

export function checkTextPair(a: TextFile, b: TextFile): TextPair {
  for (const [t, which] of [
    [a, 'first'],
    [b, 'second'],
  ] as const) {
    if (t.text.trim() === '') {
      return {
        ok: false,
        ...(t.name
          ? said('io.pairEmpty', { name: quoted(t) })
          : said(which === 'first' ? 'io.pairEmptyFirst' : 'io.pairEmptySecond')),
      };
    }
  }
  const pair = pairByLanguage(a, b, (t) => t.text);
  if (!pair.ok) {
    return {
      ok: false,
      sameLanguage: pair.lang,
      ...said(pair.lang === 'zh' ? 'io.bothChinese' : 'io.bothEnglish', {
        first: label(a, 'first'),
        second: label(b, 'second'),
      }),
    };
  }
  const nz = nonSpaceLength(pair.zh.text);
  const ne = nonSpaceLength(pair.en.text);
  const ratio = ne / Math.max(1, nz);
  if (
    Math.max(nz, ne) >= LENGTH_CHECK_FROM &&
    (ratio < EN_PER_ZH_RANGE[0] || ratio > EN_PER_ZH_RANGE[1])
  ) {
    const which = (t: TextFile) => (t === a ? 'first' : 'second');
    return {
      ok: false,
      ...said('io.lengthsDiffer', {
        zh: label(pair.zh, which(pair.zh)),
        zhCount: nz.toLocaleString('en'),
        en: label(pair.en, which(pair.en)),
        enCount: ne.toLocaleString('en'),
      }),
    };
  }
  return { ok: true, zh: pair.zh, en: pair.en };
}
