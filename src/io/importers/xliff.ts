import { pairByLanguage } from '../../core/language';
import type { Link, LinkStatus, Segment, Side } from '../../core/model';
import { fileError } from '../errors';
import { childElements, findAll, parseXml, type XmlElement, type XmlNode } from '../xml';
import type { ImportResult, TextFile } from './common';
import { codesDropped, holdsCodes } from './tmx';

/**
 * Inline codes hold the original document's markup, not text: XLIFF 1.2's bpt, ept, ph, it,
 * x, bx, ex (sub lives inside them) and 2.0's ph, sc, ec, sm, em. Elements that wrap text
 * (1.2 g and mrk, 2.0 pc and mrk) keep it.
 */
const CODES = new Set(['bpt', 'ept', 'ph', 'it', 'x', 'bx', 'ex', 'sc', 'ec', 'sm', 'em']);

function inlineText(el: XmlElement): string {
  let out = '';
  for (const c of el.children as readonly XmlNode[]) {
    if (typeof c === 'string') out += c;
    else if (c.name === 'cp')
      out += String.fromCodePoint(parseInt(c.attrs.hex ?? '', 16) || 0xfffd);
    else if (!CODES.has(c.name)) out += inlineText(c);
  }
  return out;
}

const primary = (lang: string | undefined) => (lang ?? '').toLowerCase().split(/[-_]/)[0];

interface Unit {
  /** Whether inline codes were left out of its source or target. */
  readonly coded: number;
  readonly source: string;
  readonly target: string;
  readonly status: LinkStatus;
  readonly note?: string;
}

function textOf(parent: XmlElement, name: string): string {
  const el = childElements(parent, name)[0];
  return el ? inlineText(el) : '';
}

function codedIn(parent: XmlElement, names: readonly string[]): number {
  return names.filter((n) => childElements(parent, n).some((el) => holdsCodes(el, CODES))).length;
}

function notesOf(el: XmlElement): string | undefined {
  const notes = findAll(el, 'note')
    .map(inlineText)
    .filter((n) => n.trim() !== '');
  return notes.length ? notes.join('\n') : undefined;
}

/** XLIFF 1.2: one unit per <trans-unit>; approved="yes" or a final / signed-off target is confirmed. */
function units12(file: XmlElement): Unit[] {
  return findAll(file, 'trans-unit').map((tu) => {
    const target = childElements(tu, 'target')[0];
    const state = target?.attrs.state ?? '';
    const done = tu.attrs.approved === 'yes' || state === 'final' || state === 'signed-off';
    const note = notesOf(tu);
    return {
      coded: codedIn(tu, ['source', 'target']),
      source: textOf(tu, 'source'),
      target: target ? inlineText(target) : '',
      status: done ? 'confirmed' : 'auto',
      ...(note !== undefined ? { note } : {}),
    };
  });
}

/** XLIFF 2.x: one unit per <segment> of each <unit>; a final segment is confirmed. */
function units2(file: XmlElement): Unit[] {
  return findAll(file, 'unit').flatMap((unit) => {
    const note = notesOf(unit);
    return childElements(unit, 'segment').map((segment, i) => ({
      coded: codedIn(segment, ['source', 'target']),
      source: textOf(segment, 'source'),
      target: textOf(segment, 'target'),
      status: segment.attrs.state === 'final' ? ('confirmed' as const) : ('auto' as const),
      ...(note !== undefined && i === 0 ? { note } : {}),
    }));
  });
}

/**
 * An XLIFF 1.2 or 2.x file from a CAT tool as an alignment to review: each trans-unit (1.2) or
 * segment (2.x) becomes a link, 1-0 when it has no translation yet. Chinese is the left side
 * whichever of the source and target languages it is; a file that pairs other languages is
 * refused. Inline codes are dropped, as from a TMX.
 */
export function importXliff(file: TextFile): ImportResult {
  const { name } = file;
  const root = parseXml(file.text, name);
  if (root.name !== 'xliff') throw fileError('io.notXliff', { name, root: root.name });
  const version2 = (root.attrs.version ?? '').startsWith('2');
  const files = childElements(root, 'file');
  const units = files.flatMap((f) => (version2 ? units2(f) : units12(f)));
  const kept = units.filter((u) => u.source.trim() !== '' || u.target.trim() !== '');
  if (kept.length === 0) throw fileError('io.xliffNoUnits', { name });
  const from = primary(version2 ? root.attrs.srcLang : files[0]?.attrs['source-language']);
  const to = primary(version2 ? root.attrs.trgLang : files[0]?.attrs['target-language']);
  let chineseIsSource: boolean;
  if (from === 'zh' || to === 'zh') {
    const other = from === 'zh' ? to : from;
    if (other !== '' && other !== 'en') {
      throw fileError('io.xliffLanguages', { name, from: from || '?', to: to || '?' });
    }
    chineseIsSource = from === 'zh';
  } else if (from === '' && to === '') {
    const pair = pairByLanguage<'source' | 'target'>('source', 'target', (side) =>
      kept.map((u) => u[side]).join('\n'),
    );
    if (!pair.ok) throw fileError('io.xliffLanguages', { name, from: '?', to: '?' });
    chineseIsSource = pair.zh === 'source';
  } else {
    throw fileError('io.xliffLanguages', { name, from: from || '?', to: to || '?' });
  }
  const zh: Segment[] = [];
  const en: Segment[] = [];
  const links: Link[] = kept.map((u) => {
    const zhText = chineseIsSource ? u.source : u.target;
    const enText = chineseIsSource ? u.target : u.source;
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
    return {
      src,
      tgt,
      status: u.status,
      confidence: 1,
      ...(u.note !== undefined ? { note: u.note } : {}),
    };
  });
  const source: Side = { lang: 'zh', segments: zh, fileName: name };
  const target: Side = { lang: 'en', segments: en, fileName: name };
  return {
    doc: {
      meta: { provenance: `imported from ${name}` },
      level: 'sentences',
      alignment: { source, target, links },
    },
    ...codeWarnings(name, kept),
  };
}

function codeWarnings(name: string, units: readonly Unit[]) {
  const coded = units.reduce((sum, u) => sum + u.coded, 0);
  if (coded === 0) return { warnings: [], said: [] };
  const { said, warning } = codesDropped(name, coded);
  return { warnings: [warning], said: [said] };
}
