/**
 * What a set of opened files is, decided in one pure function for the app (picker and
 * drag-and-drop) and the CLI (`convert`): a text pair to align, an alignment file, an
 * alignment with revised texts, a TMX, a TSV/CSV of pairs, an XLIFF, an InterText triple, a `.align` with its texts —
 * or a refusal that says, in one sentence, what to give instead.
 */
import { pairByLanguage } from '../core/language';
import type { AlignDocument, Lang, SplitMode } from '../core/model';
import { checkAlignment, parseDocument } from './alignmentFile';
import { FileFormatError, fileError } from './errors';
import {
  formatIoMessage,
  ioMessages,
  type IoMessage,
  type IoMessageKey,
  type IoMessageParams,
} from './messages';
import { findFormat, FORMATS, type ReadRole } from './formats';
import { importAlign } from './importers/align';
import type { ImportResult, TextFile } from './importers/common';
import { importInterText } from './importers/intertext';
import { importTable } from './importers/table';
import { importXliff } from './importers/xliff';
import { importTmx, importTmxAsync } from './importers/tmx';
import type { XmlProgress } from './xml';
import { reanchorAlignment, type ReanchorReport } from './reanchor';
import { checkTextPair } from './textPair';

export { checkTextPair, type TextPair } from './textPair';

export type OpenPlan =
  | { readonly kind: 'texts'; readonly zh: TextFile; readonly en: TextFile }
  | { readonly kind: 'alignment'; readonly file: TextFile }
  | {
      readonly kind: 'revised';
      readonly alignment: TextFile;
      readonly zh: TextFile;
      readonly en: TextFile;
    }
  | { readonly kind: 'tmx'; readonly file: TextFile }
  /** A TSV or CSV of pairs, one row per link. */
  | { readonly kind: 'table'; readonly file: TextFile }
  /** A CAT tool's XLIFF (1.2 or 2.x), one link per unit or segment. */
  | { readonly kind: 'xliff'; readonly file: TextFile }
  | {
      readonly kind: 'intertext';
      readonly alignment: TextFile;
      readonly documents: readonly [TextFile, TextFile];
    }
  | {
      readonly kind: 'align';
      readonly align: TextFile;
      readonly zh: TextFile;
      readonly en: TextFile;
    }
  | {
      readonly kind: 'refuse';
      readonly message: string;
      /** The same by key, for the app to say in its language (see ./messages.ts). */
      readonly said: IoMessage;
    };

/** What one file is: a registry read role, or an XML document of an InterText pair. */
export type FileKind = ReadRole | 'xml-document';

export const OPEN_HINT = ioMessages['io.openHint'];

const LINK_LINE = /^\s*\[[\d,\s]*\]\s*:\s*\[[\d,\s]*\]\s*$/;

function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/.exec(name);
  return match ? match[0].toLowerCase() : '';
}

function looksLikeXml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text);
}

/** The kind of a decoded file: by its content where that is telling, else by its name. */
export function classifyFile(file: TextFile): FileKind {
  for (const format of FORMATS) {
    if (format.reads && format.recognise?.(file.text)) return format.reads;
  }
  const ext = extensionOf(file.name);
  if (ext === '.json') return 'alignment';
  if (ext === '.align') return 'align';
  if (ext === '.tmx') return 'tmx';
  if (ext === '.tsv' || ext === '.csv') return 'table';
  if (ext === '.xml' || (looksLikeXml(file.text) && ext !== '.txt')) return 'xml-document';
  const lines = file.text.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.slice(0, 50).every((l) => LINK_LINE.test(l))) return 'align';
  return 'text';
}

/** What an error says, by key (its detail when it has none), to quote in another message. */
function saidOf(error: FileFormatError): IoMessage {
  return error.said ?? { key: 'io.detail', params: { detail: error.message } };
}

/** A refusal, in English and by key. */
function said(
  key: IoMessageKey,
  params: IoMessageParams = {},
): { message: string; said: IoMessage } {
  const message = { key, params };
  return { message: formatIoMessage(message), said: message };
}

function refuse(key: IoMessageKey, params: IoMessageParams = {}): OpenPlan {
  return { kind: 'refuse', ...said(key, params) };
}

/** Two files that must be a Chinese and an English text (beside an alignment). */
function textsBeside(
  a: TextFile,
  b: TextFile,
  owner: TextFile,
): { zh: TextFile; en: TextFile } | OpenPlan {
  const pair = pairByLanguage(a, b, (t) => t.text);
  if (pair.ok) return pair;
  return refuse(pair.lang === 'zh' ? 'io.besideBothChinese' : 'io.besideBothEnglish', {
    owner: owner.name,
    first: a.name,
    second: b.name,
  });
}

function planSingle(file: TextFile, kind: FileKind): OpenPlan {
  switch (kind) {
    case 'alignment':
      return { kind: 'alignment', file };
    case 'tmx':
      return { kind: 'tmx', file };
    case 'table':
      return { kind: 'table', file };
    case 'xliff':
      return { kind: 'xliff', file };
    case 'intertext':
      return refuse('io.intertextAlone', { name: file.name });
    case 'align':
      return refuse('io.alignAlone', { name: file.name });
    case 'xml-document':
      return refuse('io.xmlNeither', { name: file.name, hint: OPEN_HINT });
    case 'text':
      return refuse('io.oneText', { name: file.name });
  }
}

function planTriple(files: readonly TextFile[], kinds: readonly FileKind[]): OpenPlan | null {
  const others = (at: number) => files.filter((_, i) => i !== at) as [TextFile, TextFile];
  const withTwoTexts = (kind: FileKind) => {
    const at = kinds.indexOf(kind);
    return at >= 0 && kinds.filter((k, i) => i !== at && k === 'text').length === 2 ? at : -1;
  };
  const jsonAt = withTwoTexts('alignment');
  if (jsonAt >= 0) {
    const pair = textsBeside(...others(jsonAt), files[jsonAt]);
    return 'kind' in pair ? pair : { kind: 'revised', alignment: files[jsonAt], ...pair };
  }
  const alignAt = withTwoTexts('align');
  if (alignAt >= 0) {
    const pair = textsBeside(...others(alignAt), files[alignAt]);
    return 'kind' in pair ? pair : { kind: 'align', align: files[alignAt], ...pair };
  }
  const linksAt = kinds.indexOf('intertext');
  if (
    linksAt >= 0 &&
    kinds.every((k, i) => i === linksAt || k === 'xml-document' || k === 'text')
  ) {
    return { kind: 'intertext', alignment: files[linksAt], documents: others(linksAt) };
  }
  if (kinds.every((k) => k === 'xml-document')) {
    return refuse('io.noIntertext');
  }
  return null;
}

/** Decides what the files are; never throws, a refusal is a plan too. */
export function planFiles(files: readonly TextFile[]): OpenPlan {
  if (files.length === 0) return refuse('io.noFile', { hint: OPEN_HINT });
  const kinds = files.map(classifyFile);
  if (files.length === 1) return planSingle(files[0], kinds[0]);
  if (files.length === 2 && kinds.every((k) => k === 'text')) {
    const pair = checkTextPair(files[0], files[1]);
    return pair.ok
      ? { kind: 'texts', zh: pair.zh, en: pair.en }
      : { kind: 'refuse', message: pair.message, said: pair.said };
  }
  if (files.length === 3) {
    const plan = planTriple(files, kinds);
    if (plan) return plan;
  }
  return refuse('io.cannotTogether', {
    count: files.length,
    names: files.map((f) => f.name).join(', '),
    hint: OPEN_HINT,
  });
}

/** Cuts a revised text at a level (the aligner's segmenter, passed in to keep io apart from align). */
export type Segmenter = (text: string, lang: Lang, level: SplitMode) => string[];

export interface OpenedDocument {
  readonly doc: AlignDocument;
  readonly warnings: readonly string[];
  /** The same warnings by key, when the reader gave them (see ./messages.ts). */
  readonly said?: readonly IoMessage[];
  /** The document is exactly what a file holds (an alignment JSON): nothing unsaved. */
  readonly saved: boolean;
  /** The file the document is named after. */
  readonly name: string;
  /** For revised texts: what changed. */
  readonly report?: ReanchorReport;
}

/**
 * Reads a plan that needs no aligning into a document. Throws FileFormatError with one
 * sentence naming the file when a file cannot be read.
 */
export function readPlan(
  plan: Exclude<OpenPlan, { kind: 'texts' } | { kind: 'refuse' }>,
  segment: Segmenter,
): OpenedDocument {
  // An import must pass the loader's own checks, or it could be opened but never reopened.
  // An import must pass the loader's own checks, or it could be opened but never reopened.
  const imported = (result: ImportResult, name: string): OpenedDocument => {
    checkImported(result.doc, name);
    return { ...result, saved: false, name };
  };
  switch (plan.kind) {
    case 'alignment':
      return { doc: parseNamed(plan.file), warnings: [], saved: true, name: plan.file.name };
    case 'tmx':
      return imported(importTmx(plan.file), plan.file.name);
    case 'table':
      return imported(importTable(plan.file), plan.file.name);
    case 'xliff':
      return imported(importXliff(plan.file), plan.file.name);
    case 'intertext':
      return imported(importInterText(plan.alignment, plan.documents), plan.alignment.name);
    case 'align':
      return imported(importAlign(plan.align, plan.zh, plan.en), plan.align.name);
    case 'revised': {
      const old = parseNamed(plan.alignment);
      const { doc, report } = reanchorAlignment(
        old,
        segment(plan.zh.text, 'zh', old.level),
        segment(plan.en.text, 'en', old.level),
      );
      return { doc, warnings: [], saved: false, name: plan.alignment.name, report };
    }
  }
}

/**
 * readPlan, with a TMX read in chunks that report progress and stop when `progress.signal`
 * is aborted (a large memory in the app). The other plans are read as readPlan does.
 */
export async function readPlanAsync(
  plan: Exclude<OpenPlan, { kind: 'texts' } | { kind: 'refuse' }>,
  segment: Segmenter,
  progress: XmlProgress,
): Promise<OpenedDocument> {
  if (plan.kind !== 'tmx') return readPlan(plan, segment);
  const result = await importTmxAsync(plan.file, progress);
  checkImported(result.doc, plan.file.name);
  return { ...result, saved: false, name: plan.file.name };
}

function checkImported(doc: AlignDocument, name: string): void {
  try {
    checkAlignment(doc.alignment);
  } catch (error) {
    if (error instanceof FileFormatError)
      throw fileError('io.cannotKeep', { name, reason: saidOf(error) });
    throw error;
  }
}

function parseNamed(file: TextFile): AlignDocument {
  try {
    return parseDocument(file.text);
  } catch (error) {
    if (error instanceof FileFormatError)
      throw fileError('io.inFile', { name: file.name, reason: saidOf(error) });
    throw error;
  }
}

/** The formats a file can be opened as, for messages and --help. */
export function readableFormatNames(): string[] {
  return FORMATS.filter((f) => f.reads).map((f) => findFormat(f.id)!.label);
}
