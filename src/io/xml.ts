import { SaxesParser } from 'saxes';
import { FileFormatError } from './errors';

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
 * ever fetched (an entity a DTD would declare is refused as undefined). Throws
 * FileFormatError naming `label`, the line and column when the text is not well-formed
 * XML, or nests deeper than MAX_XML_DEPTH.
 */
export function parseXml(text: string, label: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const broken = (why: string): never => {
    throw new FileFormatError(`${label} is not well-formed XML: ${why}`);
  };
  const stack: OpenElement[] = [];
  let root: OpenElement | null = null;
  parser.on('error', (error) => broken(explainSaxesError(error.message)));
  parser.on('opentag', (tag) => {
    if (stack.length >= MAX_XML_DEPTH) {
      throw new FileFormatError(
        `${label} nests elements more than ${MAX_XML_DEPTH} levels deep (line ${parser.line}); no TMX or InterText file does`,
      );
    }
    const el: OpenElement = {
      name: localName(tag.name),
      attrs: tag.attributes as Record<string, string>,
      children: [],
      line: parser.line,
    };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const addText = (t: string) => {
    if (stack.length > 0 && t !== '') stack[stack.length - 1].children.push(t);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.write(text.startsWith('\uFEFF') ? text.slice(1) : text).close();
  if (!root) throw new FileFormatError(`${label} contains no XML`);
  return root;
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
