import type { Link, Segment, Side, SplitMode } from '../../core/model';
import { fileError } from '../errors';
import type { IoMessage } from '../messages';
import {
  childElements,
  readXmlUnits,
  readXmlUnitsAsync,
  textContent,
  type XmlElement,
  type XmlProgress,
} from '../xml';
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

/** Whether an element holds any of `codes` (inline markup left out of the text). */
export function holdsCodes(el: XmlElement, codes: ReadonlySet<string>): boolean {
  return el.children.some(
    (c) => typeof c !== 'string' && (codes.has(c.name) || holdsCodes(c, codes)),
  );
}

function prop(tu: XmlElement, type: string): string | undefined {
  const p = childElements(tu, 'prop').find((e) => e.attrs.type === type);
  return p ? textContent(p).trim() : undefined;
}

/** TMX `segtype` (block, paragraph, sentence, phrase) as a duilian level; units default to paragraphs. */
function levelOfSegtype(segtype: string | undefined): SplitMode {
  return segtype === 'sentence' || segtype === 'phrase' ? 'sentences' : 'paragraphs';
}

/** Collects links from <tu> units as the reader hands them over, one at a time. */
class TmxCollector {
  readonly zh: Segment[] = [];
  readonly en: Segment[] = [];
  readonly links: Link[] = [];
  readonly counts = new Map<string, number>();
  skipped = 0;
  /** Segments whose inline codes were left out. */
  coded = 0;
  segtype: string | undefined;
  units = 0;

  take = (el: XmlElement): void => {
    if (el.name === 'header') {
      this.segtype ??= el.attrs.segtype;
      return;
    }
    this.units++;
    const tuvs = childElements(el, 'tuv');
    for (const t of tuvs) this.counts.set(primary(t), (this.counts.get(primary(t)) ?? 0) + 1);
    const source = tuvs.find((t) => primary(t) === 'zh');
    const target = tuvs.find((t) => primary(t) === 'en');
    if (!source && !target) {
      this.skipped++;
      return;
    }
    const link: { src: number[]; tgt: number[] } = { src: [], tgt: [] };
    if (source) {
      link.src.push(this.zh.length);
      this.zh.push({ id: `zh${this.zh.length + 1}`, text: segText(source) });
      if (holdsCodes(source, CODE_ELEMENTS)) this.coded++;
    }
    if (target) {
      link.tgt.push(this.en.length);
      this.en.push({ id: `en${this.en.length + 1}`, text: segText(target) });
      if (holdsCodes(target, CODE_ELEMENTS)) this.coded++;
    }
    const status = prop(el, 'x-duilian-status') === 'confirmed' ? 'confirmed' : 'auto';
    const conf = Number(prop(el, 'x-duilian-confidence'));
    const notes = childElements(el, 'note').map((n) => textContent(n));
    this.links.push({
      ...link,
      status,
      confidence: conf >= 0 && conf <= 1 ? conf : 1,
      ...(notes.length ? { note: notes.join('\n') } : {}),
    });
  };

  /**
   * Chinese is the source, English the target. A TMX of other languages is refused, and
   * units of a third language are left out with a warning, never silently.
   */
  result(root: XmlElement, name: string): ImportResult {
    if (root.name !== 'tmx') throw fileError('io.notTmx', { name, root: root.name });
    if (this.units === 0) throw fileError('io.tmxNoUnits', { name });
    const { counts } = this;
    const others = [...counts.keys()].filter((l) => l !== 'zh' && l !== 'en');
    const listed = (langs: readonly string[]) => langs.map((l) => l || '(no language)').join(', ');
    if (!counts.has('zh')) {
      throw fileError('io.tmxNoChinese', { name, langs: listed([...counts.keys()]) });
    }
    if (!counts.has('en')) {
      throw others.length > 0
        ? fileError('io.tmxNotEnglish', { name, langs: listed(others) })
        : fileError('io.tmxNoEnglish', { name });
    }
    const warnings: string[] = [];
    const said: IoMessage[] = [];
    if (others.length > 0) {
      const n = others.reduce((sum, l) => sum + (counts.get(l) ?? 0), 0);
      said.push({ key: 'io.tmxOthersLeftOut', params: { name, langs: listed(others), count: n } });
      warnings.push(
        `${name}: ${n} ${listed(others)} segment${n === 1 ? '' : 's'} left out (duilian keeps the Chinese and the English)`,
      );
    }
    if (this.skipped > 0)
      said.push({ key: 'io.tmxSkipped', params: { name, count: this.skipped } });
    if (this.skipped > 0)
      warnings.push(
        `${name}: ${this.skipped} translation unit${this.skipped === 1 ? '' : 's'} without text skipped`,
      );
    if (this.coded > 0) {
      const message = codesDropped(name, this.coded);
      said.push(message.said);
      warnings.push(message.warning);
    }
    const source: Side = { lang: 'zh', segments: this.zh, fileName: name };
    const target: Side = { lang: 'en', segments: this.en, fileName: name };
    return {
      doc: {
        meta: { provenance: `imported from ${name}` },
        level: levelOfSegtype(this.segtype),
        alignment: { source, target, links: this.links },
      },
      warnings,
      said,
    };
  }
}

/**
 * Said when inline codes (a placeholder such as `<ph>{0}</ph>`, tags around a word) were left
 * out: the text then reads "There are  files." and the user should know why.
 */
export function codesDropped(name: string, count: number): { said: IoMessage; warning: string } {
  return {
    said: { key: 'io.codesDropped', params: { name, count } },
    warning: `${name}: inline codes (placeholders and tags of the original document) left out of ${count} segment${count === 1 ? '' : 's'}`,
  };
}

const primary = (t: XmlElement) => tuvLang(t).split(/[-_]/)[0];
const TMX_UNITS: ReadonlySet<string> = new Set(['tu', 'header']);

/**
 * A translation memory as an alignment to review: each <tu> becomes a 1-1 link, or
 * 1-0 / 0-1 when one language is missing. Chinese (xml:lang zh*) is the source, English
 * (en*) the target; a TMX without both is refused, a third language left out with a
 * warning. Status and confidence come from duilian's own props when present, else "auto"
 * with confidence 1. Units are read one at a time (memory holds the result, not the tree).
 */
export function importTmx(file: TextFile): ImportResult {
  const collector = new TmxCollector();
  const root = readXmlUnits(file.text, file.name, TMX_UNITS, collector.take);
  return collector.result(root, file.name);
}

/** importTmx in chunks with progress and cancel, for the app's large files. */
export async function importTmxAsync(file: TextFile, progress: XmlProgress): Promise<ImportResult> {
  const collector = new TmxCollector();
  const root = await readXmlUnitsAsync(file.text, file.name, TMX_UNITS, collector.take, progress);
  return collector.result(root, file.name);
}
