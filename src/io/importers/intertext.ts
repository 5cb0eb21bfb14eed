import type { Lang, Link, Side } from '../../core/model';
import { moreChineseFirst } from '../../core/language';
import { fileError } from '../errors';
import { childElements, findAll, parseXml, textContent, type XmlElement } from '../xml';
import { baseName, orderMessages, orderWarnings, type ImportResult, type TextFile } from './common';
import { orderLinks } from './linkOrder';

interface TextDoc {
  readonly file: TextFile;
  readonly ids: string[];
  readonly texts: string[];
}

const hasIdChild = (el: XmlElement): boolean =>
  childElements(el).some((c) => c.attrs.id !== undefined || hasIdChild(c));

interface Unit {
  readonly el: XmlElement;
  /** The id of the nearest enclosing element that has one (the paragraph), if any. */
  readonly parentId?: string;
}

/** The aligned elements of an InterText document: its <s>, or else the innermost elements with ids. */
function findUnits(root: XmlElement): Unit[] {
  const sentences: Unit[] = [];
  const innermost: Unit[] = [];
  const walk = (e: XmlElement, parentId: string | undefined) => {
    for (const c of childElements(e)) {
      const id = c.attrs.id;
      if (id !== undefined && c.name === 's') sentences.push({ el: c, parentId });
      if (id !== undefined && !hasIdChild(c)) innermost.push({ el: c, parentId });
      walk(c, id ?? parentId);
    }
  };
  walk(root, root.attrs.id);
  return sentences.length > 0 ? sentences : innermost;
}

/**
 * Ids as the links name them. InterText numbers sentences "P:S" in the whole document; some
 * files number them within each paragraph (`<p id="2"><s id="1">`), and the links then say
 * "2:1": such ids are qualified by their paragraph. Ids that stay ambiguous, or are empty,
 * are refused: a guess could pair the wrong sentences.
 */
function unitIds(units: readonly Unit[], file: TextFile): string[] {
  const raw = units.map((u) => u.el.attrs.id);
  const empty = raw.indexOf('');
  if (empty >= 0) {
    throw fileError('io.itEmptyId', {
      name: file.name,
      sentence: empty + 1,
      line: units[empty].el.line,
    });
  }
  if (new Set(raw).size === raw.length) return raw;
  const qualified = units.map((u) =>
    u.parentId === undefined ? u.el.attrs.id : `${u.parentId}:${u.el.attrs.id}`,
  );
  const seen = new Map<string, number>();
  qualified.forEach((id, i) => {
    const first = seen.get(id);
    if (first !== undefined) {
      throw fileError('io.itSameId', {
        name: file.name,
        first: first + 1,
        second: i + 1,
        firstLine: units[first].el.line,
        secondLine: units[i].el.line,
        id: raw[i],
      });
    }
    seen.set(id, i);
  });
  return qualified;
}

function readTextDoc(file: TextFile): TextDoc {
  const units = findUnits(parseXml(file.text, file.name));
  return {
    file,
    ids: unitIds(units, file),
    texts: units.map((u) => textContent(u.el).trim()),
  };
}

function findDoc(
  name: string | undefined,
  documents: readonly TextFile[],
  role: string,
  label: string,
): TextFile {
  if (!name) throw fileError('io.itNoDoc', { name: label, role });
  const doc = documents.find(
    (d) => baseName(d.name).toLowerCase() === baseName(name).toLowerCase(),
  );
  if (!doc) throw fileError('io.itNotGiven', { name: label, doc: baseName(name) });
  return doc;
}

/**
 * An InterText alignment (`<linkGrp toDoc fromDoc>` with `<link xtargets="TO_IDS;FROM_IDS">`)
 * and its two text documents. The side with more Han characters becomes the source.
 * `status="man"` links are confirmed. Crossing links are merged, unnamed sentences added unpaired.
 */
export function importInterText(alignment: TextFile, documents: readonly TextFile[]): ImportResult {
  const root = parseXml(alignment.text, alignment.name);
  const group = root.name === 'linkGrp' ? root : findAll(root, 'linkGrp')[0];
  if (!group) throw fileError('io.itNotIntertext', { name: alignment.name });
  // By name only: both files use ids like "1:1", so guessing which is which could pair wrong sentences.
  const to = readTextDoc(findDoc(group.attrs.toDoc, documents, 'toDoc', alignment.name));
  const from = readTextDoc(findDoc(group.attrs.fromDoc, documents, 'fromDoc', alignment.name));
  const fromIsSource = moreChineseFirst(from, to, (d) => d.texts.join(''))[0] === from;
  const [srcDoc, tgtDoc] = fromIsSource ? [from, to] : [to, from];
  const indexOf = (doc: TextDoc) => new Map(doc.ids.map((id, i) => [id, i]));
  const srcIndex = indexOf(srcDoc);
  const tgtIndex = indexOf(tgtDoc);

  const raw: Link[] = findAll(group, 'link').map((link, n) => {
    const xtargets = link.attrs.xtargets;
    if (xtargets === undefined || !xtargets.includes(';')) {
      throw fileError('io.itNoTargets', { name: alignment.name, link: n + 1, line: link.line });
    }
    const [toIds, fromIds] = xtargets
      .split(';')
      .map((part) => part.trim().split(/\s+/).filter(Boolean));
    const [srcIds, tgtIds] = fromIsSource ? [fromIds, toIds] : [toIds, fromIds];
    const resolve = (ids: string[], map: Map<string, number>, doc: TextDoc) =>
      ids.map((id) => {
        const index = map.get(id);
        if (index === undefined) {
          throw fileError('io.itUnknownId', {
            name: alignment.name,
            link: n + 1,
            line: link.line,
            id,
            doc: baseName(doc.file.name),
          });
        }
        return index;
      });
    const confirmed = link.attrs.status === 'man';
    return {
      src: resolve(srcIds, srcIndex, srcDoc),
      tgt: resolve(tgtIds, tgtIndex, tgtDoc),
      status: confirmed ? 'confirmed' : 'auto',
      confidence: confirmed ? 1 : 0.5,
    };
  });
  const { links, merged, filled } = orderLinks(
    raw,
    srcDoc.ids.length,
    tgtDoc.ids.length,
    alignment.name,
  );
  const side = (doc: TextDoc, lang: Lang): Side => ({
    lang,
    fileName: doc.file.name,
    segments: doc.ids.map((id, i) => ({ id, text: doc.texts[i] })),
  });
  return {
    doc: {
      meta: { provenance: `imported from ${baseName(alignment.name)}` },
      // InterText aligns sentences (<s>); its paragraphs only group them.
      level: 'sentences',
      alignment: { source: side(srcDoc, 'zh'), target: side(tgtDoc, 'en'), links },
    },
    warnings: orderWarnings(alignment.name, merged, filled),
    said: orderMessages(alignment.name, merged, filled),
  };
}
