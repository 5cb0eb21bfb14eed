// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serializeDocument } from '../../src/io/alignmentFile';
import { exportDocument } from '../../src/io/export';
import { exportInterText } from '../../src/io/exporters/intertext';
import { openAccept, writableFormats } from '../../src/io/formats';
import { checkTextPair, planFiles, readPlan, type OpenPlan } from '../../src/io/planner';
import { segmentText } from '../../src/align/segment';
import { simpleDocument, trickyDocument } from './fixtures';

const zh = { name: 'zh.txt', text: '第一段。\n\n第二段。\n' };
const en = { name: 'en.txt', text: 'The first.\n\nThe second.\n' };
const en2 = { name: 'other.txt', text: 'Another English text.\n' };
const json = {
  name: 'work.json',
  text: serializeDocument(simpleDocument(['第一段。'], ['The first.'])),
};
const tmx = {
  name: 'memory.tmx',
  text: exportDocument(trickyDocument(), 'tmx', { includeUnpaired: true }).data as string,
};
const align = { name: 'gold.align', text: '[0]:[0]\n[1]:[1]\n' };
const [itZh, itEn, itLinks] = exportInterText(trickyDocument(), 'book').map((f) => ({
  name: f.name,
  text: f.data,
}));

const kind = (plan: OpenPlan) => (plan.kind === 'refuse' ? `refuse: ${plan.message}` : plan.kind);

describe('what these files are', () => {
  it.each([
    [[zh, en], 'texts'],
    [[en, zh], 'texts'],
    [[json], 'alignment'],
    [[tmx], 'tmx'],
    [[{ ...tmx, name: 'memory.xml' }], 'tmx'],
    [[itLinks, itZh, itEn], 'intertext'],
    [[itEn, itLinks, itZh], 'intertext'],
    [[zh, align, en], 'align'],
    [[json, en, zh], 'revised'],
  ])('%#: reads the set as %s', (files, expected) => {
    expect(kind(planFiles(files))).toBe(expected);
  });

  it('puts Chinese first whatever the order', () => {
    const plan = planFiles([en, zh]);
    expect(plan.kind === 'texts' && [plan.zh.name, plan.en.name]).toEqual(['zh.txt', 'en.txt']);
    const withAlign = planFiles([en, align, zh]);
    expect(withAlign.kind === 'align' && withAlign.zh.name).toBe('zh.txt');
  });

  it.each([
    [[], /^No file was given/],
    [[zh], /^"zh.txt" is one text file; aligning needs two/],
    [[align], /^"gold.align" holds only the links/],
    [[itLinks], /^"book_zh.book_en.xml" is an InterText alignment: select it together/],
    [[itZh], /^"book_zh.xml" is XML but neither a TMX file, an XLIFF file nor an InterText alignment/],
    [[en, en2], /^Both "en.txt" and "other.txt" look English\./],
    [
      [align, en, en2],
      /^"gold.align" needs a Chinese and an English text, but .* both look English/,
    ],
    [[zh, en, en2, json], /^duilian cannot open these 4 files together/],
    [[itZh, itEn, zh], /^duilian cannot open these 3 files together/],
  ])('%#: refuses clearly', (files, message) => {
    const plan = planFiles(files);
    expect(plan.kind).toBe('refuse');
    expect(plan.kind === 'refuse' && plan.message).toMatch(message);
  });

  it('refuses texts far apart in length, and empty ones', () => {
    const long = { name: 'long.txt', text: 'word '.repeat(20000) };
    expect(checkTextPair(zh, long)).toMatchObject({ ok: false });
    const blank = { name: 'blank.txt', text: ' \n' };
    expect(checkTextPair(blank, en)).toEqual({
      ok: false,
      message: '"blank.txt" is empty: there is no text to align.',
      said: { key: 'io.pairEmpty', params: { name: '"blank.txt"' } },
    });
  });

  it('reads a plan into a document the loader accepts', () => {
    for (const files of [[json], [tmx], [itLinks, itZh, itEn], [zh, align, en], [json, en, zh]]) {
      const plan = planFiles(files);
      if (plan.kind === 'refuse' || plan.kind === 'texts') throw new Error(kind(plan));
      const { doc } = readPlan(plan, segmentText);
      expect(JSON.parse(serializeDocument(doc)).version).toBe(2);
    }
  });
});

describe('the format registry', () => {
  it('feeds the Open accept list with every readable extension', () => {
    expect(openAccept().split(',')).toEqual(
      expect.arrayContaining(['.tmx', '.xml', '.align', '.json', '.txt']),
    );
  });

  it('writes every writable format of a document', async () => {
    const { writeDocument } = await import('../../src/io/formats');
    for (const format of writableFormats()) {
      const files = await writeDocument(trickyDocument(), format, {}, 'out');
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        expect(f.name.startsWith('out')).toBe(true);
        expect(f.data.length).toBeGreaterThan(0);
      }
    }
  });
});
