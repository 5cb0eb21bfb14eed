/**
 * The one list of file formats: what each is called, its extensions, how a file of it is
 * recognised, which export options it honours, and how it is written. The Open dialog's
 * accept list, drag-and-drop, the Export menu, the CLI's --format and --help all read it.
 */
import type { AlignDocument } from '../core/model';
import { serializeDocument } from './alignmentWriter';
import { exportAlign } from './exporters/align';
import type { ExportOptions } from './exporters/common';
import { exportCsv } from './exporters/csv';
import { exportDocx } from './exporters/docx';
import { exportHtml } from './exporters/html';
import { exportInterText } from './exporters/intertext';
import { exportMoses } from './exporters/moses';
import { exportTmx } from './exporters/tmx';
import { exportTsv } from './exporters/tsv';
import { exportXlsx } from './exporters/xlsx';

export type FormatId =
  | 'json'
  | 'tmx'
  | 'tsv'
  | 'csv'
  | 'xlsx'
  | 'align'
  | 'moses'
  | 'intertext'
  | 'html'
  | 'docx'
  | 'xliff'
  | 'text';

/** How the planner treats a file of the format when it is opened. */
export type ReadRole = 'alignment' | 'tmx' | 'table' | 'xliff' | 'intertext' | 'align' | 'text';

export type OptionId = 'confirmedOnly' | 'includeUnpaired' | 'guardFormulas';

export interface ExportOptionSpec {
  readonly id: OptionId;
  readonly label: string;
  /** The CLI flag that turns the default around. */
  readonly flag: string;
  readonly default: boolean;
  readonly help: string;
}

export const EXPORT_OPTIONS: readonly ExportOptionSpec[] = [
  {
    id: 'confirmedOnly',
    label: 'Confirmed links only',
    flag: '--confirmed-only',
    default: false,
    help: 'only links a person has confirmed',
  },
  {
    id: 'includeUnpaired',
    label: 'Include unpaired segments',
    flag: '--include-unpaired',
    default: false,
    help: 'also 1-0 and 0-1 links (pairs only by default)',
  },
  {
    id: 'guardFormulas',
    label: 'Guard spreadsheet formulas',
    flag: '--no-formula-guard',
    default: true,
    help: "TSV/CSV: no ' before cells starting with = + - @ (exact text)",
  },
];

/** A written file: its name is the chosen base name plus `suffix`. */
export interface WrittenFile {
  readonly suffix: string;
  readonly data: string | Uint8Array;
}

export interface FileFormat {
  readonly id: FormatId;
  /** What people call it: the Export menu item's name. */
  readonly label: string;
  readonly hint: string;
  /** Lower-case, with the dot; the first is the one written. */
  readonly extensions: readonly string[];
  readonly mime: string;
  readonly options: readonly OptionId[];
  readonly reads?: ReadRole;
  /** Whether a decoded file is of this format, by its content (names are matched by `extensions`). */
  readonly recognise?: (text: string) => boolean;
  /** Writes the document; several files for some formats (Moses, InterText). */
  readonly write?: (
    doc: AlignDocument,
    options: ExportOptions,
    base: string,
  ) => readonly WrittenFile[] | Promise<readonly WrittenFile[]>;
}

const PAIR_OPTIONS: readonly OptionId[] = ['confirmedOnly', 'includeUnpaired'];
const SHEET_OPTIONS: readonly OptionId[] = [...PAIR_OPTIONS, 'guardFormulas'];

const head = (text: string) => text.slice(0, 4096);

/** In Export menu and --help order. */
export const FORMATS: readonly FileFormat[] = [
  {
    id: 'tmx',
    label: 'TMX',
    hint: 'Translation memory (TMX 1.4b) for CAT tools',
    extensions: ['.tmx'],
    mime: 'application/x-tmx+xml',
    options: PAIR_OPTIONS,
    reads: 'tmx',
    recognise: (text) => /<(\w+:)?tmx[\s>]/.test(head(text)),
    write: (doc, options) => [{ suffix: '.tmx', data: exportTmx(doc, options) }],
  },
  {
    id: 'tsv',
    label: 'TSV',
    hint: 'Tab-separated, Chinese and English columns, UTF-8 with BOM',
    extensions: ['.tsv'],
    mime: 'text/tab-separated-values',
    options: SHEET_OPTIONS,
    reads: 'table',
    write: (doc, options) => [{ suffix: '.tsv', data: exportTsv(doc, options) }],
  },
  {
    id: 'csv',
    label: 'CSV',
    hint: 'Comma-separated, UTF-8 with BOM (opens in Excel)',
    extensions: ['.csv'],
    mime: 'text/csv',
    options: SHEET_OPTIONS,
    reads: 'table',
    write: (doc, options) => [{ suffix: '.csv', data: exportCsv(doc, options) }],
  },
  {
    id: 'xlsx',
    label: 'XLSX',
    hint: 'Excel workbook, cells exactly as the text',
    extensions: ['.xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    options: PAIR_OPTIONS,
    write: async (doc, options) => [{ suffix: '.xlsx', data: await exportXlsx(doc, options) }],
  },
  {
    id: 'html',
    label: 'HTML (two columns)',
    hint: 'A bilingual page to read, print or share',
    extensions: ['.html'],
    mime: 'text/html',
    options: PAIR_OPTIONS,
    write: (doc, options, base) => [{ suffix: '.html', data: exportHtml(doc, options, base) }],
  },
  {
    id: 'docx',
    label: 'Word (DOCX)',
    hint: 'A two-column table to review in Word',
    extensions: ['.docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    options: PAIR_OPTIONS,
    write: async (doc, options) => [{ suffix: '.docx', data: await exportDocx(doc, options) }],
  },
  {
    id: 'intertext',
    label: 'InterText',
    hint: 'Three XML files: the two texts and their links',
    extensions: ['.xml'],
    mime: 'application/xml',
    options: [],
    reads: 'intertext',
    recognise: (text) => /<linkGrp[\s>]/.test(head(text)),
    write: (doc, _options, base) => {
      // The three files name each other: by file name, without the folder.
      const name = base.split(/[\\/]/).pop() ?? base;
      return exportInterText(doc, name).map((f) => ({
        suffix: f.name.slice(name.length),
        data: f.data,
      }));
    },
  },
  {
    id: 'align',
    label: '.align',
    hint: 'Link indices, Vecalign/Bertalign gold format',
    extensions: ['.align'],
    mime: 'text/plain',
    options: [],
    reads: 'align',
    write: (doc) => [{ suffix: '.align', data: exportAlign(doc) }],
  },
  {
    id: 'moses',
    label: 'Moses (two text files)',
    hint: 'NAME.zh and NAME.en, line by line',
    extensions: ['.zh', '.en'],
    mime: 'text/plain',
    options: PAIR_OPTIONS,
    write: (doc, options) => {
      const { zh, en } = exportMoses(doc, options);
      return [
        { suffix: '.zh', data: zh },
        { suffix: '.en', data: en },
      ];
    },
  },
  {
    id: 'json',
    label: 'JSON',
    hint: 'The whole alignment (same as Save)',
    extensions: ['.json'],
    mime: 'application/json',
    options: [],
    reads: 'alignment',
    recognise: (text) => /^\uFEFF?\s*\{/.test(text) && head(text).includes('"format"'),
    write: (doc) => [{ suffix: '.json', data: serializeDocument(doc) }],
  },
  {
    id: 'xliff',
    label: 'XLIFF',
    hint: "A CAT tool's bilingual file (XLIFF 1.2 or 2.x): opened, not written",
    extensions: ['.xlf', '.xliff', '.sdlxliff'],
    mime: 'application/xliff+xml',
    options: [],
    reads: 'xliff',
    recognise: (text) => /<(\w+:)?xliff[\s>]/.test(head(text)),
  },
  {
    id: 'text',
    label: 'Text',
    hint: 'Plain text: a Chinese original or its English translation',
    extensions: ['.txt'],
    mime: 'text/plain',
    options: [],
    reads: 'text',
  },
];

export function findFormat(id: string): FileFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

/** The formats a document can be written in, in menu order. */
export function writableFormats(): readonly FileFormat[] {
  return FORMATS.filter((f) => f.write !== undefined);
}

/** Every extension a file can be opened by, for `<input accept>` and the picker. */
export function openExtensions(): string[] {
  const readable = FORMATS.filter((f) => f.reads !== undefined).flatMap((f) => f.extensions);
  return [...new Set(readable)];
}

/** The `accept` attribute of the Open dialog. */
export function openAccept(): string {
  return [...openExtensions(), 'text/plain', 'application/json'].join(',');
}

/** The format an output file name asks for by its extension, if any. */
export function formatOfOutputName(name: string): FileFormat | undefined {
  const lower = name.toLowerCase();
  return writableFormats().find(
    (f) => f.id !== 'intertext' && f.extensions.some((ext) => lower.endsWith(ext)),
  );
}

export function optionSpec(id: OptionId): ExportOptionSpec {
  return EXPORT_OPTIONS.find((o) => o.id === id)!;
}

/** The files of a document in a format, named `base` + suffix. */
export async function writeDocument(
  doc: AlignDocument,
  format: FileFormat,
  options: ExportOptions,
  base: string,
): Promise<{ name: string; data: string | Uint8Array }[]> {
  if (!format.write) throw new Error(`${format.label} cannot be written`);
  const files = await format.write(doc, options, base);
  return files.map((f) => ({ name: `${base}${f.suffix}`, data: f.data }));
}
