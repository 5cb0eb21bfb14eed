import { SaxesParser } from 'saxes';
import { fileError } from './errors';

// Characters XML 1.0 allows: tab, LF, CR, and the ranges below; lone surrogates are not.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
// eslint-disable-next-line no-control-regex -- controls are what it looks for
const MAYBE_NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;

/** Removes the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/FFFF). */
export function stripNonXmlChars(text: string): string {
  // The Unicode-aware pass is slow on big texts: only run it when a suspect unit is there.
  return MAYBE_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
};

/**
 * Escapes text for element content or a quoted attribute. CR is written as a character
 * reference because XML readers turn a literal CR (or CRLF) into LF.
 */
export function escapeXml(text: string): string {
  return stripNonXmlChars(text).replace(/[&<>"'\r]/g, (c) => XML_ESCAPES[c]);
}

export interface XmlElement {
  /** The local name: a namespace prefix (`<t:tmx>`) is left out. */
  readonly name: string;
  /** Attributes as written, prefixes included (`xml:lang`). */
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  readonly line: number;
}
export type XmlNode = XmlElement | string;

interface OpenElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  line: number;
}

/** Deeper than this is no TMX or InterText file, only a way to exhaust memory or the stack. */
export const MAX_XML_DEPTH = 500;

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

/** "undefined entity: nbsp." -> a sentence for the user. */
function explainSaxesError(message: string): string {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*?)\.?$/s.exec(message);
  if (!m) return message;
  const [, line, column, what] = m;
  const unclosed = /^unclosed tag: (.*)$/.exec(what);
  if (unclosed)
    return `the file ends before <${unclosed[1]}> is closed (line ${line}, column ${column}) — it looks truncated`;
  const why = what.startsWith('undefined entity')
    ? 'an entity that XML does not define (duilian reads &lt; &gt; &amp; &quot; &apos; and character references, never entities a DTD declares)'
    : what;
  return `${why} at line ${line}, column ${column}`;
}

/**
 * Reads XML with saxes, a conforming parser: well-formedness is checked as the XML 1.0
 * spec says, line ends are normalised, DTDs are not processed and no external entity is
 * ever fetched (an entity a DTD would declare is refused as undefined). Errors are
 * FileFormatError naming `label`, the line and column, or the depth past MAX_XML_DEPTH.
 *
 * Elements named in `units` (outside another unit) are handed to `onUnit` when they close
 * and then dropped, so a file of a million <tu> never holds a million trees at once.
 */
class XmlReader {
  private readonly parser = new SaxesParser({ xmlns: false, position: true });
  private readonly stack: OpenElement[] = [];
  private root: OpenElement | null = null;
  private unitDepth = -1;

  constructor(
    private readonly label: string,
    units: ReadonlySet<string>,
    onUnit: (el: XmlElement) => void,
  ) {
    const { parser, stack } = this;
    parser.on('error', (error) => {
      throw fileError('io.notXml', { name: label, detail: explainSaxesError(error.message) });
    });
    parser.on('opentag', (tag) => {
      if (stack.length >= MAX_XML_DEPTH) {
        throw fileError('io.xmlTooDeep', { name: label, depth: MAX_XML_DEPTH, line: parser.line });
      }
      const el: OpenElement = {
        name: localName(tag.name),
        attrs: tag.attributes as Record<string, string>,
        children: [],
        line: parser.line,
      };
      if (this.unitDepth < 0 && units.has(el.name)) this.unitDepth = stack.length;
      if (stack.length > 0) stack[stack.length - 1].children.push(el);
      else this.root = el;
      stack.push(el);
    });
    parser.on('closetag', () => {
      const el = stack.pop()!;
      if (stack.length === this.unitDepth) {
        this.unitDepth = -1;
        stack[stack.length - 1]?.children.pop();
        onUnit(el);
      }
    });
    const addText = (t: string) => {
      if (stack.length > 0 && t !== '') stack[stack.length - 1].children.push(t);
    };
    parser.on('text', addText);
    parser.on('cdata', addText);
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  /** The root element (without the units handed out). */
  close(): XmlElement {
    this.parser.close();
    if (!this.root) throw fileError('io.noXml', { name: this.label });
    return this.root;
  }
}

const NO_UNITS: ReadonlySet<string> = new Set();

function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The whole document as a tree. */
export function parseXml(text: string, label: string): XmlElement {
  const reader = new XmlReader(label, NO_UNITS, () => {});
  reader.write(withoutBom(text));
  return reader.close();
}

/** Streams the `units` elements to `onUnit`; returns the root without them. */
export function readXmlUnits(
  text: string,
  label: string,
  units: ReadonlySet<string>,
  onUnit: (el: XmlElement) => void,
): XmlElement {
  const reader = new XmlReader(label, units, onUnit);
  reader.write(withoutBom(text));
  return reader.close();
}

export interface XmlProgress {
  /** Called with the share of the text read so far, between chunks. */
  readonly onProgress?: (fraction: number) => void;
  /** Aborting stops the reading between two chunks with an AbortError. */
  readonly signal?: AbortSignal;
  readonly chunkSize?: number;
}

/**
 * readXmlUnits in chunks, yielding to the event loop between them: a page stays responsive,
 * shows progress and can cancel while a large file is read.
 */
export async function readXmlUnitsAsync(
  text: string,
  label: string,
  units: ReadonlySet<string>,
  onUnit: (el: XmlElement) => void,
  { onProgress, signal, chunkSize = 512 * 1024 }: XmlProgress = {},
): Promise<XmlElement> {
  const reader = new XmlReader(label, units, onUnit);
  const body = withoutBom(text);
  for (let at = 0; at < body.length; at += chunkSize) {
    if (signal?.aborted) throw new DOMException('The import was cancelled', 'AbortError');
    // Never cut a surrogate pair between two chunks.
    let end = Math.min(body.length, at + chunkSize);
    const last = body.charCodeAt(end - 1);
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end++;
    reader.write(body.slice(at, end));
    at = end - chunkSize;
    onProgress?.(end / body.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return reader.close();
}

/** The child elements named `name` (any namespace prefix ignored when `name` has none). */
export function childElements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name),
  );
}

/** All descendants named `name`, in document order. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The text inside an element, leaving out the elements named in `skip` (e.g. TMX codes). */
export function textContent(el: XmlElement, skip: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (const c of el.children) {
    if (typeof c === 'string') out += c;
    else if (!skip.has(c.name)) out += textContent(c, skip);
  }
  return out;
}
