import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/checks';
import { reportHtml, reportJson, reportTsv } from '../../src/checks/report';
import { pythonCsvRows } from '../io/readers';
import { makeSide, type Alignment } from '../../src/core/model';
import { zh } from '../../src/ui/i18n/zh';

/** A small document with a changed year, an unpaired paragraph and hostile text. */
function sample(): Alignment {
  return {
    source: makeSide('zh', [
      '一九九〇年，他们搬到了上海。',
      '他说：<i>“好”</i>\t然后走了。',
      '这一段没有译文。',
    ]),
    target: makeSide('en', [
      'In 1992 they moved to Shanghai.',
      'He said "fine" & <b>left</b>.\nThe end.',
    ]),
    links: [
      { src: [0], tgt: [0], status: 'auto', confidence: 0.99 },
      { src: [1], tgt: [1], status: 'auto', confidence: 0.97 },
      { src: [2], tgt: [], status: 'auto', confidence: 0.9 },
    ],
  };
}

function input() {
  const alignment = sample();
  return {
    alignment,
    flags: checkLinks(alignment, { sentenceOmissions: false }).flags,
    title: 'A <test>',
  };
}

describe('reportJson', () => {
  it('lists every link in order with its indices, confidence and flags', () => {
    const parsed = JSON.parse(reportJson(input())) as {
      links: {
        zh: number[];
        en: number[];
        confidence: number;
        flags: { kind: string; message: string }[];
      }[];
    };
    expect(parsed.links.map((l) => [l.zh, l.en])).toEqual([
      [[0], [0]],
      [[1], [1]],
      [[2], []],
    ]);
    expect(parsed.links[0].confidence).toBe(0.99);
    expect(parsed.links[0].flags).toEqual([
      { kind: 'numbers', message: 'The Chinese has 1990, the English 1992.' },
    ]);
    expect(parsed.links[1].flags).toEqual([]);
    expect(parsed.links[2].flags.map((f) => f.kind)).toEqual(['unpaired']);
  });
});

describe('reportTsv', () => {
  it('gives one row per flag under a header, read back by a CSV reader', () => {
    const rows = pythonCsvRows(reportTsv(input()), 'excel-tab');
    expect(rows[0]).toEqual(['row', 'kind', 'chinese', 'english', 'message']);
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['1', 'numbers'],
      ['3', 'unpaired'],
    ]);
    expect(rows[1][2]).toBe('一九九〇年，他们搬到了上海。');
    expect(rows[2][3]).toBe('');
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('keeps tabs and line breaks of the text from breaking rows', () => {
    const alignment = sample();
    const flags = [[], [{ kind: 'names' as const, message: 'a\tb\nc' }], []];
    const tsv = reportTsv({ alignment, flags });
    expect(tsv.trimEnd().split('\n')).toHaveLength(2);
    expect(pythonCsvRows(tsv, 'excel-tab')[1]).toEqual([
      '2',
      'names',
      '他说：<i>“好”</i> 然后走了。',
      'He said "fine" & <b>left</b>. The end.',
      'a b c',
    ]);
  });

  it('is read as written by spreadsheets and pandas: a cell starting with a quote keeps it, BOM first', () => {
    const alignment = sample();
    const quoted = {
      ...alignment,
      target: {
        ...alignment.target,
        segments: alignment.target.segments.map((s, i) =>
          i === 0 ? { ...s, text: '"I have 4 apples," he said, "and a pear."' } : s,
        ),
      },
    };
    const flags = [
      [{ kind: 'numbers' as const, message: 'The Chinese has 3, the English 4.' }],
      [],
      [],
    ];
    const tsv = reportTsv({ alignment: quoted, flags });
    expect(tsv.startsWith('\uFEFFrow\tkind\t')).toBe(true);
    const rows = pythonCsvRows(tsv, 'excel-tab');
    expect(rows[1][3]).toBe('"I have 4 apples," he said, "and a pear."');
    expect(rows[1][4]).toBe('The Chinese has 3, the English 4.');
  });
});

describe('reportHtml', () => {
  it('is self-contained, escapes all text and marks the differing numbers', () => {
    const html = reportHtml(input());
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script, link, img, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/(?:src|href)=/);
    expect(doc.title).toBe('Review report: A <test>');
    expect(doc.querySelector('style')?.textContent).toContain('@media print');
    const pairs = [...doc.querySelectorAll('.pair')];
    expect(pairs).toHaveLength(2);
    expect([...pairs[0].querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      '一九九〇',
      '1992',
    ]);
    expect(pairs[0].querySelector('[lang=zh]')?.textContent).toBe('一九九〇年，他们搬到了上海。');
    expect(pairs[1].textContent).toContain(
      'Unpaired: This Chinese paragraph has no English counterpart.',
    );
    expect(doc.querySelector('.summary')?.textContent).toBe('2 of 3 rows flagged.');
  });

  it('escapes hostile text in flagged rows', () => {
    const alignment = sample();
    const flags = [[], [{ kind: 'names' as const, message: '<i>x</i>', en: ['<b>left</b>'] }], []];
    const doc = new DOMParser().parseFromString(reportHtml({ alignment, flags }), 'text/html');
    expect(doc.querySelectorAll('script, b, i')).toHaveLength(0);
    expect(doc.querySelector('[lang=zh]')?.textContent).toBe('他说：<i>“好”</i>\t然后走了。');
    expect(doc.querySelector('mark')?.textContent).toBe('<b>left</b>');
    expect(doc.querySelector('.flags')?.textContent).toBe('Names differ: <i>x</i>');
  });

  it('speaks the language of the templates it is given, JSON staying English', () => {
    const html = reportHtml({ ...input(), templates: (key) => zh[key], lang: 'zh-CN' });
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.documentElement.lang).toBe('zh-CN');
    expect(doc.title).toBe('审校报告：A <test>');
    expect(doc.querySelector('.summary')?.textContent).toBe('3 行中有 2 行有提示。');
    expect([...doc.querySelectorAll('.counts li')].map((li) => li.textContent)).toEqual([
      '未配对：1',
      '数字不符：1',
    ]);
    const pairs = [...doc.querySelectorAll('.pair')];
    expect(pairs[0].querySelector('.flags')?.textContent).toBe(
      '数字不符：中文为 1990，英文为 1992。',
    );
    expect(pairs[1].querySelector('.flags')?.textContent).toBe(
      '未配对：这个中文段落没有英文对应。',
    );
    expect(reportJson(input())).toContain('The Chinese has 1990, the English 1992.');
  });
});
