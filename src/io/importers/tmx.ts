import type { Link, Segment, Side, SplitMode } from '../../core/model';
import { FileFormatError } from '../errors';
import { childElements, findAll, parseXml, textContent, type XmlElement } from '../xml';
import type { ImportResult, TextFile } from './common';

/** Inline codes hold the original document's markup, not text. */
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);

function tuvLang(tuv: XmlElement): string {
  return (tuv.attrs['xml:lang'] ?? tuv.attrs.lang ?? '').toLowerCase();
}

function segText(tuv: XmlElement): string {
  const seg = childElements(tuv, 'seg')[0];
  return seg ? textContent(seg, CODE_ELEMENTS) : '';
}

function prop(tu: XmlElement, type: string): string | undefined {
  const p = childElements(tu, 'prop').find((e) => e.attrs.type === type);
  return p ? textContent(p).trim() : undefined;
}

/** TMX `segtype` (block, paragraph, sentence, phrase) as a duilian level; units default to paragraphs. */
function levelOfSegtype(segtype: string | undefined): SplitMode {
  return segtype === 'sentence' || segtype === 'phrase' ? 'sentences' : 'paragraphs';
}

/**
 * A translation memory as an alignment to review: each <tu> becomes a 1-1 link, or
 * 1-0 / 0-1 when one language is missing. Chinese (xml:lang zh*) is the source, English
 * (en*) the target; a TMX without both is refused, a third language left out with a warning. Status and confidence come
 * from duilian's own props when present, else "auto" with confidence 1.
 */
export function importTmx(file: TextFile): ImportResult {
  const root = parseXml(file.text, file.name);
  if (root.name !== 'tmx')
    throw new FileFormatError(
      `${file.name} is not a TMX file (its root element is <${root.name}>)`,
    );
  const header = childElements(root, 'header')[0];
  const tus = findAll(root, 'tu');
  if (tus.length === 0) throw new FileFormatError(`${file.name} holds no translation units (<tu>)`);

  const zh: Segment[] = [];
  const en: Segment[] = [];
  const links: Link[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  // Chinese is the source; the target is English. A TMX of other languages is refused, and
  // units of a third language are left out with a warning, never silently.
  const primary = (t: XmlElement) => tuvLang(t).split(/[-_]/)[0];
  const counts = new Map<string, number>();
  for (const tu of tus)
    for (const t of childElements(tu, 'tuv'))
      counts.set(primary(t), (counts.get(primary(t)) ?? 0) + 1);
  const others = [...counts.keys()].filter((l) => l !== 'zh' && l !== 'en');
  const listed = (langs: readonly string[]) => langs.map((l) => l || '(no language)').join(', ');
  if (!counts.has('zh')) {
    throw new FileFormatError(
      `${file.name} has no Chinese (zh) text; it holds ${listed([...counts.keys()])}. duilian aligns Chinese with English`,
    );
  }
  if (!counts.has('en')) {
    throw new FileFormatError(
      others.length > 0
        ? `${file.name} pairs Chinese with ${listed(others)}, not English; duilian aligns Chinese with English`
        : `${file.name} has no English (en) text; duilian aligns Chinese with English`,
    );
  }
  if (others.length > 0) {
    const n = others.reduce((sum, l) => sum + (counts.get(l) ?? 0), 0);
    warnings.push(
      `${file.name}: ${n} ${listed(others)} segment${n === 1 ? '' : 's'} left out (duilian keeps the Chinese and the English)`,
    );
  }
  const isSource = (t: XmlElement) => primary(t) === 'zh';
  const isTarget = (t: XmlElement) => primary(t) === 'en';
  for (const tu of tus) {
    const tuvs = childElements(tu, 'tuv');
    const source = tuvs.find(isSource);
    const target = tuvs.find(isTarget);
    if (!source && !target) {
      skipped++;
      continue;
    }
    const link: { src: number[]; tgt: number[] } = { src: [], tgt: [] };
    if (source) {
      link.src.push(zh.length);
      zh.push({ id: `zh${zh.length + 1}`, text: segText(source) });
    }
    if (target) {
      link.tgt.push(en.length);
      en.push({ id: `en${en.length + 1}`, text: segText(target) });
    }
    const status = prop(tu, 'x-duilian-status') === 'confirmed' ? 'confirmed' : 'auto';
    const conf = Number(prop(tu, 'x-duilian-confidence'));
    const notes = childElements(tu, 'note').map((n) => textContent(n));
    links.push({
      ...link,
      status,
      confidence: conf >= 0 && conf <= 1 ? conf : 1,
      ...(notes.length ? { note: notes.join('\n') } : {}),
    });
  }
  if (skipped > 0)
    warnings.push(
      `${file.name}: ${skipped} translation unit${skipped === 1 ? '' : 's'} without text skipped`,
    );
  const source: Side = { lang: 'zh', segments: zh, fileName: file.name };
  const target: Side = { lang: 'en', segments: en, fileName: file.name };
  return {
    doc: {
      meta: { provenance: `imported from ${file.name}` },
      level: levelOfSegtype(header?.attrs.segtype),
      alignment: { source, target, links },
    },
    warnings,
  };
}
