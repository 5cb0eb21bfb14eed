import { alignSegments } from '../align/aligner';
import { paramsFor } from '../align/alignParams';
import { alignTexts } from '../align/alignTexts';
import type { Dictionary } from '../align/dictionary';
import { loadNodeDictionary } from '../align/nodeDictionary';
import { segmentText, type SplitMode } from '../align/segment';
import type { AlignDocument } from '../core/model';
import { checkTextPair } from '../io/textPair';
import { CliError } from './errors';
import { readInput } from './readInput';

/** Settings shared by `align`, `align --jsonl` and `batch`. */
export interface PairSettings {
  readonly split: SplitMode;
  readonly dictionary: boolean;
}

let dictionary: Dictionary | undefined;

function dictionaryFor(settings: PairSettings): Dictionary | undefined {
  if (!settings.dictionary) return undefined;
  dictionary ??= loadNodeDictionary();
  return dictionary;
}

/** Reads and aligns one pair of text files (either order; the Chinese goes left), as `align` does. */
export function alignFilePair(a: string, b: string, settings: PairSettings): AlignDocument {
  // The same check as the app: two texts of one language, an empty one, or lengths far apart are refused.
  const pair = checkTextPair(readInput(a), readInput(b));
  if (!pair.ok) throw new CliError(pair.message);
  return alignTexts(
    { text: pair.zh.text, fileName: pair.zh.name },
    { text: pair.en.text, fileName: pair.en.name },
    { createdAt: new Date().toISOString() },
    { split: settings.split, dictionary: dictionaryFor(settings) },
  );
}

/** One link of `align --jsonl` output: segment indices of each side and the confidence. */
export interface JsonLink {
  readonly zh: readonly number[];
  readonly en: readonly number[];
  readonly confidence: number;
}

/** Aligns a Chinese and an English text given as strings (the JSONL mapper's unit of work). */
export function alignTextPair(
  zh: string,
  en: string,
  settings: PairSettings,
): { links: JsonLink[]; segments: { zh: string[]; en: string[] } } {
  const zhSegments = segmentText(zh, 'zh', settings.split);
  const enSegments = segmentText(en, 'en', settings.split);
  const links = alignSegments(zhSegments, enSegments, {
    dictionary: dictionaryFor(settings),
    params: paramsFor(settings.split),
  });
  return {
    links: links.map((l) => ({
      zh: l.src,
      en: l.tgt,
      confidence: Math.round(l.confidence * 1000) / 1000,
    })),
    segments: { zh: zhSegments, en: enSegments },
  };
}
