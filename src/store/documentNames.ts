/** Names of documents and of the files saved or exported from them. */
import type { AlignDocument } from '../core/model';

// Characters file systems refuse in names, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[\\/:*?"<>|\u0000-\u001f]+/g;

export function stripExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return base.replace(/\.duilian\.json$/i, '').replace(/\.[^.]+$/, '');
}

export function safeName(name: string): string {
  const cleaned = name.replace(UNSAFE_NAME, '-').replace(/\s+/g, ' ').trim().slice(0, 80);
  return cleaned === '' || cleaned === '.' ? 'alignment' : cleaned;
}

/** "story.zh" → "story": a language marker says which side a file is, not what the work is. */
const LANGUAGE_MARKER =
  /[\s._-]+(zh|zho|chi|cn|chs|cht|zh-cn|zh-tw|chinese|中文|en|eng|english|英文)$/i;

/** "story.zh.txt" + "story.en.txt" → "story"; otherwise the Chinese file's name. */
export function pairName(zhFile?: string, enFile?: string): string {
  const a = zhFile ? stripExtension(zhFile).replace(LANGUAGE_MARKER, '') : '';
  const b = enFile ? stripExtension(enFile).replace(LANGUAGE_MARKER, '') : '';
  if (a !== '' && a === b) return safeName(a);
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  // Only whole words: "chapter-001" and "chapter-003" share "chapter", not "chapter-00".
  const cutInWord = /[\p{L}\p{N}]/u;
  if (
    common < Math.max(a.length, b.length) &&
    cutInWord.test(a[common - 1] ?? '') &&
    (cutInWord.test(a[common] ?? '') || cutInWord.test(b[common] ?? ''))
  ) {
    while (common > 0 && cutInWord.test(a[common - 1])) common--;
  }
  const prefix = a.slice(0, common).replace(/[\s._-]+$/, '');
  if (prefix.length >= 3) return safeName(prefix);
  return safeName(a || b || 'alignment');
}

/** The base name of files saved or exported from a document: its title, else its source files. */
export function documentName(doc: AlignDocument): string {
  const title = doc.meta.title?.en ?? doc.meta.title?.zh;
  if (title) return safeName(title);
  return pairName(doc.alignment.source.fileName, doc.alignment.target.fileName);
}
