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
 * 1-0 / 0-1 when one language is missing. Chinese (xml:lang zh*, else the header's
 * srclang) is the source; the other language the target. Status and confidence come
 * from duilian's own props when present, else "auto" with confidence 1.
 */
export function importTmx(file: TextFile): ImportResult {
  const root = parseXml(file.text, file.name);
  if (root.name !== 'tmx')
    throw new FileFormatError(
      `${file.name} is not a TMX file (its root element is <${root.name}>)`,
    );
  const header = childElements(root, 'header')[0];
  const srclang = (header?.attrs.srclang ?? '').toLowerCase();
  const tus = findAll(root, 'tu');
  if (tus.length === 0) throw new FileFormatError(`${file.name} holds no translation units (<tu>)`);

  const zh: Segment[] = [];
  const en: Segment[] = [];
  const links: Link[] = [];
  const warnings: string[] = [];
  let skipped = 0;
  let targetLang: string | undefined;
  const fileHasZh = tus.some((tu) =>
    childElements(tu, 'tuv').some((t) => tuvLang(t).startsWith('zh')),
  );
  const isSource = (t: XmlElement) =>
    fileHasZh
      ? tuvLang(t).startsWith('zh')
      : srclang !== '' && srclang !== '*all*' && tuvLang(t) === srclang;
  for (const tu of tus) {
    const tuvs = childElements(tu, 'tuv');
    const source = tuvs.find(isSource);
    const others = tuvs.filter((t) => !isSource(t));
    const target =
      others.find((t) => targetLang === undefined || tuvLang(t) === targetLang) ?? others[0];
    if (!source && !target) {
      skipped++;
      continue;
    }
    if (target) targetLang ??= tuvLang(target);
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
