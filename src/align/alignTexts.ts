import type { AlignDocument, DocumentMeta, Lang } from '../core/model';
import { makeSide } from '../core/model';
import { alignByLength } from './lengthAligner';
import { detectLang } from './normalize';
import { splitParagraphs } from './paragraphs';

export interface TextInput {
  readonly text: string;
  readonly fileName?: string;
}

/** Puts the Chinese text first, whichever order the two came in. */
export function orderByLanguage(a: TextInput, b: TextInput): { zh: TextInput; en: TextInput } {
  const la: Lang = detectLang(a.text);
  const lb: Lang = detectLang(b.text);
  if (la === 'en' && lb === 'zh') return { zh: b, en: a };
  return { zh: a, en: b };
}

/** Segments both texts into paragraphs and aligns them: the whole pipeline from text to document. */
export function alignTexts(a: TextInput, b: TextInput, meta: DocumentMeta = {}): AlignDocument {
  const { zh, en } = orderByLanguage(a, b);
  const source = makeSide('zh', splitParagraphs(zh.text), zh.fileName);
  const target = makeSide('en', splitParagraphs(en.text), en.fileName);
  const links = alignByLength(
    source.segments.map((s) => s.text),
    target.segments.map((s) => s.text),
  );
  return { meta, alignment: { source, target, links } };
}
