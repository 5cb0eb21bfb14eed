// @vitest-environment node
/**
 * The XML reader against a conforming parser's verdicts (xmllint, from Debian's libxml2-utils,
 * installed by .ci/run), and our TMX validated by xmllint against the TMX 1.4b structure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlignDocument } from '../../src/core/model';
import { decodeInput } from '../../src/io/decodeInput';
import { FileFormatError } from '../../src/io/errors';
import { exportDocument } from '../../src/io/export';
import { importTmx } from '../../src/io/importers/tmx';
import { MAX_XML_DEPTH, parseXml, textContent } from '../../src/io/xml';
import { trickyDocument } from './fixtures';

/** xmllint's verdict: true when the text is well-formed XML (no network, no DTD loading). */
function xmllintAccepts(text: string): boolean {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: text });
  if (r.error) throw new Error('xmllint is missing: apt-get install libxml2-utils');
  return r.status === 0;
}

function ours(text: string): true | string {
  try {
    parseXml(text, 'f.xml');
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
}

const TABLE: readonly (readonly [string, string])[] = [
  ['plain element', '<a>x</a>'],
  ['declaration and comment', '<?xml version="1.0"?><!-- c --><a/>'],
  ['CDATA', '<a><![CDATA[<b>&]]></a>'],
  ['non-ASCII names', '<文档 属性="值">x</文档>'],
  ['namespace prefix', '<t:tmx xmlns:t="urn:x"><t:body/></t:tmx>'],
  ['DOCTYPE with a quoted ]', '<!DOCTYPE a [<!ATTLIST a b CDATA "]">]><a>y</a>'],
  ['character references', '<a>&#x4E2D;&#25991;&lt;&amp;</a>'],
  ['NUL reference', '<a>&#0;</a>'],
  ['< in an attribute', '<a b="<"/>'],
  ['duplicate attribute', '<a b="1" b="2"/>'],
  ['unquoted attribute', '<a b=1/>'],
  ['undeclared entity &nbsp;', '<a>&nbsp;</a>'],
  ['bare &', '<a>x & y</a>'],
  ['mismatched tags', '<a><b></a></b>'],
  ['truncated', '<a><b>text'],
  ['text outside the root', 'text'],
  ['two roots', '<a/><b/>'],
  ['control character', '<a>\u0001</a>'],
  ['name starting with a digit', '<1a/>'],
];

/** Well-formed, but declare entities: refused on purpose (no DTD processing, so no entity expansion). */
const DECLARED_ENTITIES: readonly (readonly [string, string])[] = [
  ['internal entity', '<!DOCTYPE a [<!ENTITY x "X">]><a>&x;</a>'],
  ['external entity', '<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'],
  [
    'billion laughs',
    '<!DOCTYPE a [<!ENTITY l "lol"><!ENTITY l2 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;">]><a>&l2;</a>',
  ],
];

describe('XML reader verdicts', () => {
  it.each(TABLE)('%s: accepted exactly when xmllint accepts it', (_, text) => {
    expect(ours(text) === true).toBe(xmllintAccepts(text));
  });

  it.each(DECLARED_ENTITIES)('%s: refused in one line, nothing expanded or fetched', (_, text) => {
    expect(xmllintAccepts(text)).toBe(true);
    expect(ours(text)).toMatch(
      /^f\.xml is not well-formed XML: an entity that XML does not define .* at line 1, column \d+$/,
    );
  });

  it('names the place of the fault in one line', () => {
    expect(ours('<a>\n<b></a>')).toBe(
      'f.xml is not well-formed XML: unexpected close tag at line 2, column 7',
    );
    expect(ours('<a><b>text')).toMatch(/the file ends before <b> is closed .* it looks truncated$/);
  });

  it('refuses deep nesting in one line instead of overflowing the stack', () => {
    const deep = '<a>'.repeat(5000) + '</a>'.repeat(5000);
    // xmllint refuses it too (libxml2 stops at 256 levels unless told --huge).
    expect(xmllintAccepts(deep)).toBe(false);
    expect(ours(deep)).toBe(
      `f.xml nests elements more than ${MAX_XML_DEPTH} levels deep (line 1); no TMX or InterText file does`,
    );
  });

  it('normalises CRLF and CR line ends, as XML requires', () => {
    expect(textContent(parseXml('<a>x\r\ny\rz&#13;</a>', 'f.xml'))).toBe('x\ny\nz\r');
  });
});

describe('encodings of XML files', () => {
  const tmx = (encoding: string) =>
    `<?xml version="1.0" encoding="${encoding}"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="zh-TW" datatype="plaintext"/><body><tu><tuv xml:lang="zh-TW"><seg>中文繁體字</seg></tuv><tuv xml:lang="en"><seg>Traditional characters</seg></tuv></tu></body></tmx>`;

  it('reads a Big5 TMX as its declaration says', () => {
    // Node has no Big5 encoder: write the five characters' Big5 bytes by hand.
    const big5: Record<string, number[]> = {
      中: [0xa4, 0xa4],
      文: [0xa4, 0xe5],
      繁: [0xc1, 0x63],
      體: [0xc5, 0xe9],
      字: [0xa6, 0x72],
    };
    const parts: number[] = [];
    for (const ch of tmx('Big5')) parts.push(...(big5[ch] ?? [ch.charCodeAt(0)]));
    const text = decodeInput(Uint8Array.from(parts), 'big5.tmx');
    const doc = importTmx({ name: 'big5.tmx', text }).doc;
    expect(doc.alignment.source.segments[0].text).toBe('中文繁體字');
    expect(doc.level).toBe('sentences');
  });

  it('refuses bytes that do not fit the declared encoding, and unknown encodings', () => {
    const bad = Uint8Array.from([...Buffer.from(tmx('Big5').slice(0, 60)), 0x81, 0x20]);
    expect(() => decodeInput(bad, 'x.tmx')).toThrow(
      'x.tmx declares the encoding "Big5", but its bytes are not Big5',
    );
    expect(() => decodeInput(Buffer.from(tmx('x-klingon')), 'k.tmx')).toThrow(
      'k.tmx declares the encoding "x-klingon", which duilian cannot read',
    );
  });
});

describe('TMX validated against the TMX 1.4b structure (xmllint --dtdvalid)', () => {
  const dtd = new URL('./dtd/tmx14-structure.dtd', import.meta.url).pathname;
  const validate = (doc: AlignDocument, options = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-tmx-'));
    const file = join(dir, 'out.tmx');
    writeFileSync(file, exportDocument(doc, 'tmx', options).data);
    return spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], {
      encoding: 'utf8',
    });
  };

  it('is valid, unpaired units and awkward text included, at every level', () => {
    for (const level of ['paragraphs', 'sentences', 'lines'] as const) {
      const r = validate({ ...trickyDocument(), level }, { includeUnpaired: true });
      expect([r.status, r.stderr]).toEqual([0, '']);
    }
  });

  it('is refused by the same check when broken (the check can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'duilian-tmx-'));
    const file = join(dir, 'bad.tmx');
    const good = exportDocument(trickyDocument(), 'tmx').data as string;
    writeFileSync(file, good.replace(/ segtype="[a-z]+"/, ' segtype="line"'));
    const r = spawnSync('xmllint', ['--noout', '--nonet', '--dtdvalid', dtd, file], {
      encoding: 'utf8',
    });
    expect(r.status).not.toBe(0);
  });
});
