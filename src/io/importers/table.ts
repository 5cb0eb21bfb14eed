import Papa from 'papaparse';
import { pairByLanguage } from '../../core/language';
import type { Link, Segment, Side } from '../../core/model';
import { fileError } from '../errors';
import type { ImportResult, TextFile } from './common';

/** What a column is, by its header (lower case, trimmed). duilian's own exports write the first. */
const HEADS: Record<'zh' | 'en' | 'status' | 'confidence' | 'note', readonly string[]> = {
  zh: ['chinese', 'zh', 'zh-cn', 'zh_cn', 'zh-hans', 'chinese original', 'source', '中文', '原文'],
  en: ['english', 'en', 'en-us', 'en-gb', 'english translation', 'target', '英文', '译文'],
  status: ['status', '状态'],
  confidence: ['confidence', '置信度'],
  note: ['note', 'notes', '备注'],
};

type Column = keyof typeof HEADS;

function columnsOfHeader(header: readonly string[]): Partial<Record<Column, number>> {
  const at: Partial<Record<Column, number>> = {};
  header.forEach((cell, i) => {
    const name = cell.trim().toLowerCase();
    for (const column of Object.keys(HEADS) as Column[]) {
      if (at[column] === undefined && HEADS[column].includes(name)) at[column] = i;
    }
  });
  return at;
}

/** The `'` duilian's formula guard puts before a cell starting with = + - @ tab or CR. */
function unguard(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function delimiterOf(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.tsv')) return '\t';
  if (lower.endsWith('.csv')) return ',';
  return undefined;
}

/**
 * A TSV or CSV of aligned pairs (duilian's own TSV, CSV, or a spreadsheet's): one row per
 * link, a Chinese and an English column. The columns are found by their header (Chinese /
 * English, zh / en, source / target, 中文 / 英文…; with duilian's Status, Confidence and Note
 * read back), or, without one, as the first two columns, the more Chinese one the source.
 * A row with one side empty becomes a 1-0 or 0-1 link; a row empty on both sides is skipped.
 * The formula guard's `'` is taken off again.
 */
export function importTable(file: TextFile): ImportResult {
  const { name } = file;
  const parsed = Papa.parse<string[]>(file.text.replace(/^\uFEFF/, ''), {
    delimiter: delimiterOf(name),
    skipEmptyLines: 'greedy',
  });
  const broken = parsed.errors.find((e) => e.type === 'Quotes');
  if (broken) throw fileError('io.tableQuotes', { name, row: (broken.row ?? 0) + 1 });
  const rows = parsed.data;
  const width = rows.reduce((w, row) => Math.max(w, row.length), 0);
  if (rows.length === 0 || width < 2) throw fileError('io.tableColumns', { name });
  let at = columnsOfHeader(rows[0]);
  let body = rows.slice(1);
  if (at.zh === undefined || at.en === undefined) {
    // No header naming both languages: the first two columns, told apart by their text.
    const column = (i: number) => rows.map((row) => row[i] ?? '').join('\n');
    const pair = pairByLanguage(0, 1, column);
    if (!pair.ok) throw fileError('io.tableLanguages', { name });
    at = { zh: pair.zh, en: pair.en };
    body = rows;
  }
  const zh: Segment[] = [];
  const en: Segment[] = [];
  const links: Link[] = [];
  for (const row of body) {
    const zhText = unguard(row[at.zh!] ?? '');
    const enText = unguard(row[at.en!] ?? '');
    if (zhText.trim() === '' && enText.trim() === '') continue;
    const src: number[] = [];
    const tgt: number[] = [];
    if (zhText.trim() !== '') {
      src.push(zh.length);
      zh.push({ id: `zh${zh.length + 1}`, text: zhText });
    }
    if (enText.trim() !== '') {
      tgt.push(en.length);
      en.push({ id: `en${en.length + 1}`, text: enText });
    }
    const cell = (column: Column) => {
      const i = at[column];
      return i === undefined ? '' : (row[i] ?? '').trim();
    };
    const confidence = Number(cell('confidence'));
    const note = cell('note') === '' ? undefined : row[at.note!];
    const link: Link = {
      src,
      tgt,
      status: cell('status').toLowerCase() === 'confirmed' ? 'confirmed' : 'auto',
      confidence: cell('confidence') !== '' && confidence >= 0 && confidence <= 1 ? confidence : 1,
      ...(note !== undefined ? { note } : {}),
    };
    links.push(link);
  }
  if (links.length === 0) throw fileError('io.tableNoRows', { name });
  const source: Side = { lang: 'zh', segments: zh, fileName: name };
  const target: Side = { lang: 'en', segments: en, fileName: name };
  return {
    doc: {
      meta: { provenance: `imported from ${name}` },
      level: 'paragraphs',
      alignment: { source, target, links },
    },
    warnings: [],
    said: [],
  };
}
