// @vitest-environment node
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import type { AlignDocument, Link } from '../../src/core/model';
import { FileFormatError } from '../../src/io/errors';
import { importAlign } from '../../src/io/importers/align';
import { importInterText } from '../../src/io/importers/intertext';
import { orderLinks } from '../../src/io/importers/linkOrder';
import { importTmx } from '../../src/io/importers/tmx';
import { parseXml } from '../../src/io/xml';
import { trickyDocument } from './fixtures';

const CORPORA = new URL('../../../shared/corpora/', import.meta.url);
const corpus = (path: string) => ({
  name: path.split('/').pop()!,
  text: readFileSync(new URL(path, CORPORA), 'utf8'),
});

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the input to be refused');
}

const indexPairs = (doc: AlignDocument) => doc.alignment.links.map((l) => [l.src, l.tgt]);

describe('TMX import', () => {
  const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header srclang="en-US" adminlang="en" datatype="html" segtype="sentence" creationtool="X" creationtoolversion="1" o-tmf="x"/>
  <body>
    <!-- a comment -->
    <tu>
      <tuv xml:lang="en-US"><seg>Press <bpt i="1">&lt;b&gt;</bpt>Save<ept i="1">&lt;/b&gt;</ept> &amp; quit</seg></tuv>
      <tuv xml:lang="zh-CN"><seg>按<bpt i="1">&lt;b&gt;</bpt>保存<ept i="1">&lt;/b&gt;</ept>并退出</seg></tuv>
    </tu>
    <tu><note>only Chinese</note><tuv lang="ZH-TW"><seg><![CDATA[<原文>]]></seg></tuv></tu>
    <tu><tuv xml:lang="en-US"><seg>Line&#10;break &#x1F600;</seg></tuv></tu>
  </body>
</tmx>`;

  it('reads a CAT tool TMX: Chinese left whatever the order, inline codes dropped, 1-0 and 0-1 links', () => {
    const { doc, warnings, said } = importTmx({ name: 'memory.tmx', text: foreign });
    // Codes are left out, and said: "There are <ph>{0}</ph> files" would read "There are  files."
    expect(warnings).toEqual([
      'memory.tmx: inline codes (placeholders and tags of the original document) left out of 2 segments',
    ]);
    expect(said).toEqual([{ key: 'io.codesDropped', params: { name: 'memory.tmx', count: 2 } }]);
    expect(doc.alignment.source.segments.map((s) => s.text)).toEqual(['按保存并退出', '<原文>']);
    expect(doc.alignment.target.segments.map((s) => s.text)).toEqual([
      'Press Save & quit',
      'Line\nbreak 😀',
    ]);
    expect(indexPairs(doc)).toEqual([
      [[0], [0]],
      [[1], []],
      [[], [1]],
    ]);
    expect(doc.alignment.links[1].note).toBe('only Chinese');
    expect(doc.alignment.links.every((l) => l.status === 'auto')).toBe(true);
    expect(findViolation(doc.alignment)).toBeNull();
  });

  it('explains files it cannot read', () => {
    expect(errorOf(() => importTmx({ name: 'a.tmx', text: foreign.slice(0, 400) }))).toMatch(
      /^a\.tmx is not well-formed XML: the file ends before <\w+> is closed .* — it looks truncated$/,
    );
    expect(
      errorOf(() => importTmx({ name: 'b.tmx', text: '<tmx><body></tuv></body></tmx>' })),
    ).toMatch(/^b\.tmx is not well-formed XML: unexpected close tag at line 1, column 17$/);
    expect(errorOf(() => importTmx({ name: 'c.tmx', text: '<html><body/></html>' }))).toBe(
      'c.tmx is not a TMX file (its root element is <html>)',
    );
    expect(
      errorOf(() => importTmx({ name: 'd.tmx', text: '<tmx version="1.4"><body/></tmx>' })),
    ).toBe('d.tmx holds no translation units (<tu>)');
    expect(errorOf(() => importTmx({ name: 'e.tmx', text: 'just text' }))).toBe(
      'e.tmx is not well-formed XML: text data outside of root node at line 1, column 9',
    );
  });
});

describe('TMX languages', () => {
  const tmx = (tuvs: string) =>
    `<tmx version="1.4"><header segtype="sentence"/><body>${tuvs}</body></tmx>`;
  const tu = (...langs: string[]) =>
    `<tu>${langs.map((l) => `<tuv xml:lang="${l}"><seg>${l} text</seg></tuv>`).join('')}</tu>`;

  it('keeps Chinese and English and says what third language it left out', () => {
    const { doc, warnings } = importTmx({
      name: 'm.tmx',
      text: tmx(tu('zh-CN', 'en-US', 'fr') + tu('fr', 'zh-CN', 'en') + tu('en', 'zh-TW')),
    });
    expect(doc.alignment.source.segments.map((s) => s.text)).toEqual([
      'zh-CN text',
      'zh-CN text',
      'zh-TW text',
    ]);
    expect(doc.alignment.target.segments.map((s) => s.text)).toEqual([
      'en-US text',
      'en text',
      'en text',
    ]);
    expect(warnings).toEqual([
      'm.tmx: 2 fr segments left out (duilian keeps the Chinese and the English)',
    ]);
  });

  it('refuses a TMX whose second language is neither Chinese nor English', () => {
    expect(errorOf(() => importTmx({ name: 'm.tmx', text: tmx(tu('zh', 'fr')) }))).toBe(
      'm.tmx pairs Chinese with fr, not English; duilian aligns Chinese with English',
    );
    expect(errorOf(() => importTmx({ name: 'n.tmx', text: tmx(tu('en', 'ja')) }))).toBe(
      'n.tmx has no Chinese (zh) text; it holds en, ja. duilian aligns Chinese with English',
    );
  });
});

describe('.align import', () => {
  it('reads the mac-dev gold files, merging the translator’s reorderings', () => {
    const { doc, warnings } = importAlign(
      corpus('mac-dev/gold/002.align'),
      corpus('mac-dev/src/002'),
      corpus('mac-dev/tgt/002'),
    );
    expect(findViolation(doc.alignment)).toBeNull();
    expect(warnings).toEqual([
      '002.align: 1 crossing link was merged with a neighbour to keep the order',
    ]);
  });

  it('explains bad lines, indices out of range and segments in two links', () => {
    const zh = { name: 'zh.txt', text: '一\n二\n' };
    const en = { name: 'en.txt', text: 'one\ntwo\n' };
    expect(errorOf(() => importAlign({ name: 'a.align', text: '[0]:[0]\n1-1\n' }, zh, en))).toBe(
      'a.align, line 2: "1-1" is not a link like [0,1]:[2]',
    );
    expect(
      errorOf(() => importAlign({ name: 'a.align', text: '[0]:[0]\n[1]:[7]\n' }, zh, en)),
    ).toBe('a.align, line 2: index 7 is outside the 2 non-empty lines of en.txt');
    expect(
      errorOf(() => importAlign({ name: 'a.align', text: '[0]:[0]\n[1]:[0,1]\n' }, zh, en)),
    ).toBe('a.align: target segment 0 is in two links (1 and 2)');
    expect(errorOf(() => importAlign({ name: 'a.align', text: '\n' }, zh, en))).toBe(
      'a.align holds no links',
    );
  });

  it('counts the non-empty lines of the texts, as --split lines cuts them', () => {
    // A blank line between paragraphs (para-dev 006, CRLF) is no segment: the gold's
    // indices count paragraphs, and so does duilian's own `.align` export of `--split lines`.
    for (const name of ['mac-dev-006', 'mac-dev-003']) {
      const gold = corpus(`para-dev/${name}.gold.align`);
      const { doc, warnings } = importAlign(
        gold,
        corpus(`para-dev/${name}.zh.txt`),
        corpus(`para-dev/${name}.en.txt`),
      );
      expect(warnings).toEqual([]);
      expect(doc.alignment.source.segments.every((s) => s.text !== '')).toBe(true);
      expect(indexPairs(doc).map(([s, t]) => `[${s}]:[${t}]`)).toEqual(
        gold.text
          .trim()
          .split(/\r?\n/)
          .map((l) => l.replace(/ /g, '')),
      );
    }
    const zh = { name: 'zh.txt', text: '\uFEFF一\n\n  二  \r\n \n三\n\n' };
    const en = { name: 'en.txt', text: 'one\n\ntwo\n\nthree' };
    const { doc } = importAlign({ name: 'a.align', text: '[0]:[0]\n[1]:[1]\n[2]:[2]\n' }, zh, en);
    expect(doc.alignment.source.segments.map((s) => s.text)).toEqual(['一', '二', '三']);
    expect(doc.alignment.target.segments.map((s) => s.text)).toEqual(['one', 'two', 'three']);
    expect(indexPairs(doc)).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], [2]],
    ]);
  });

  it('adds segments no link names as unpaired', () => {
    const zh = { name: 'zh.txt', text: '一\n二\n三\n' };
    const en = { name: 'en.txt', text: 'one\ntwo\n' };
    const { doc, warnings } = importAlign({ name: 'a.align', text: '[0]:[0]\n[2]:[1]\n' }, zh, en);
    expect(indexPairs(doc)).toEqual([
      [[0], [0]],
      [[1], []],
      [[2], [1]],
    ]);
    expect(warnings).toEqual(['a.align: 1 segment named by no link was added as unpaired']);
  });
});

describe('InterText import', () => {
  const dir = 'mac-dev-intertext/';
  const chapter = (n: string) =>
    importInterText(corpus(`${dir}dev-anno.${n}_zh.${n}_en.xml`), [
      corpus(`${dir}dev-anno.${n}_en.xml`),
      corpus(`${dir}dev-anno.${n}_zh.xml`),
    ]);

  it('reads the real files and agrees with the .align gold of the same chapters', () => {
    for (const n of ['001', '002', '006']) {
      const { doc } = chapter(n);
      const gold = importAlign(
        corpus(`mac-dev/gold/${n}.align`),
        corpus(`mac-dev/src/${n}`),
        corpus(`mac-dev/tgt/${n}`),
      ).doc;
      expect(indexPairs(doc)).toEqual(indexPairs(gold));
      expect(doc.alignment.source.lang).toBe('zh');
      expect(doc.alignment.source.segments.map((s) => s.text)).toEqual(
        gold.alignment.source.segments.map((s) => s.text.trim()),
      );
      expect(doc.alignment.links.every((l) => l.status === 'confirmed')).toBe(true);
      expect(findViolation(doc.alignment)).toBeNull();
    }
  });

  it('keeps the InterText sentence ids', () => {
    const { doc } = chapter('001');
    expect(doc.alignment.source.segments[0].id).toBe('1:1');
    expect(doc.alignment.links[0]).toMatchObject({ src: [0, 1], tgt: [0] });
  });

  it('explains a missing text file or an unknown sentence id', () => {
    const links = corpus(`${dir}dev-anno.001_zh.001_en.xml`);
    expect(errorOf(() => importInterText(links, [corpus(`${dir}dev-anno.001_zh.xml`)]))).toBe(
      'dev-anno.001_zh.001_en.xml aligns dev-anno.001_en.xml, which was not given',
    );
    const broken = {
      ...links,
      text: links.text.replace("xtargets='1:4;1:4'", "xtargets='1:4;9:99'"),
    };
    expect(
      errorOf(() =>
        importInterText(broken, [
          corpus(`${dir}dev-anno.001_zh.xml`),
          corpus(`${dir}dev-anno.001_en.xml`),
        ]),
      ),
    ).toMatch(
      /^dev-anno\.001_zh\.001_en\.xml: link 3 \(line 5\) names "9:99", which dev-anno\.001_zh\.xml does not have$/,
    );
  });
});

describe('link ordering', () => {
  it('turns any set of disjoint links into a sound alignment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 12 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 20 }),
        (nSrc, nTgt, picks) => {
          // Assign segments to random links, each segment to at most one.
          const links: { src: number[]; tgt: number[] }[] = picks.map(() => ({ src: [], tgt: [] }));
          if (links.length === 0) return;
          for (let i = 0; i < nSrc; i++)
            if (picks[i % picks.length][2])
              links[(picks[i % picks.length][0] + i) % links.length].src.push(i);
          for (let j = 0; j < nTgt; j++)
            links[(picks[j % picks.length][1] + j) % links.length].tgt.push(j);
          const raw: Link[] = links.map((l) => ({ ...l, status: 'confirmed', confidence: 1 }));
          const { links: ordered } = orderLinks(raw, nSrc, nTgt, 'x');
          const side = (lang: 'zh' | 'en', n: number) => ({
            lang,
            segments: Array.from({ length: n }, (_, i) => ({ id: `${i}`, text: '' })),
          });
          expect(
            findViolation({ source: side('zh', nSrc), target: side('en', nTgt), links: ordered }),
          ).toBeNull();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('leaves a sound alignment as it is', () => {
    const { links, merged, filled } = orderLinks(trickyDocument().alignment.links, 5, 6, 'x');
    expect(links).toEqual(trickyDocument().alignment.links);
    expect([merged, filled]).toEqual([0, 0]);
  });
});

describe('XML reader', () => {
  it('never crashes on random text: an element or a FileFormatError', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(
            '<',
            '>',
            '/',
            'a',
            'b',
            '"',
            "'",
            '=',
            ' ',
            '&',
            ';',
            '!',
            '-',
            '?',
            '[',
            ']',
            'x',
          ),
        }),
        (text) => {
          try {
            parseXml(text, 'f.xml');
          } catch (error) {
            expect(error).toBeInstanceOf(FileFormatError);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
