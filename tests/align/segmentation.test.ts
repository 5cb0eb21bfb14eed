// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectParagraphConvention, splitParagraphs } from '../../src/align/paragraphs';
import { segmentText } from '../../src/align/segment';
import {
  splitChineseSentences,
  splitEnglishSentences,
  splitLines,
  splitSentences,
} from '../../src/align/sentences';

describe('splitParagraphs', () => {
  it('splits blank-line separated text and joins hard-wrapped lines', () => {
    const text = 'First line\nwrapped here.\n\nSecond paragraph.\n\n\nThird.';
    expect(detectParagraphConvention(text)).toBe('blank-lines');
    expect(splitParagraphs(text)).toEqual([
      'First line wrapped here.',
      'Second paragraph.',
      'Third.',
    ]);
  });

  it('takes one paragraph per line when there are no blank lines', () => {
    expect(splitParagraphs('一。\n二。\n三。')).toEqual(['一。', '二。', '三。']);
  });

  it('uses full-width indentation to find paragraphs in wrapped Chinese text', () => {
    const text =
      '\u3000\u3000第一段开始\n接着第一段。\n\u3000\u3000第二段。\n\u3000\u3000第三段\n完。';
    expect(detectParagraphConvention(text)).toBe('indent');
    expect(splitParagraphs(text)).toEqual(['第一段开始接着第一段。', '第二段。', '第三段完。']);
  });

  it('handles CRLF, a BOM and stray whitespace the same as clean LF text', () => {
    const clean = splitParagraphs('Alpha.\n\nBeta gamma.\n\nDelta.');
    const messy = splitParagraphs(
      '\uFEFF  Alpha.  \r\n \t\r\nBeta gamma.\r\n\r\n\u3000\r\n\r\nDelta.\u00a0\r\n',
    );
    expect(messy).toEqual(clean);
  });

  it('drops empty paragraphs so index i is the i-th non-empty paragraph', () => {
    expect(splitParagraphs('\n\n\nA\n\n\n\nB\n\n')).toEqual(['A', 'B']);
  });
});

describe('Chinese sentences', () => {
  it('cuts at 。！？ and keeps closing quotes on their sentence', () => {
    expect(splitChineseSentences('他说：“你好吗？”我说：“很好！”他走了。')).toEqual([
      '他说：“你好吗？”',
      '我说：“很好！”',
      '他走了。',
    ]);
  });

  it('cuts after …… and keeps an unfinished tail', () => {
    expect(splitChineseSentences('然后……我们走了。没有句号')).toEqual([
      '然后……',
      '我们走了。',
      '没有句号',
    ]);
  });

  it('does not carry an opening quote to the previous sentence', () => {
    const out = splitChineseSentences('对吧？“走！”他喊道。');
    expect(out).toEqual(['对吧？', '“走！”', '他喊道。']);
  });
});

describe('English sentences', () => {
  it('does not end a sentence at U.S., Mr. or Dr.', () => {
    const out = splitEnglishSentences(
      'The U.S. President met Mr. Smith and Dr. Jones. They talked.',
    );
    expect(out).toEqual(['The U.S. President met Mr. Smith and Dr. Jones.', 'They talked.']);
  });

  it('keeps a quoted exclamation inside its sentence when the sentence goes on', () => {
    expect(splitEnglishSentences('He said "Hi!" and left. Then silence.')).toEqual([
      'He said "Hi!" and left.',
      'Then silence.',
    ]);
  });

  it('does not end a sentence at an abbreviation inside a hyphenated word', () => {
    expect(
      splitEnglishSentences('Sino-U.S. Human Rights Dialogue Should Not Be a Negotiation'),
    ).toHaveLength(1);
  });

  it('keeps initials of a name together', () => {
    expect(
      splitEnglishSentences('It was named after James A. Coffey in 1860. Today it is small.'),
    ).toHaveLength(2);
  });

  it('splits sentences per paragraph, never across a paragraph break', () => {
    expect(splitSentences('One. Two\n\nThree', 'en')).toEqual(['One.', 'Two', 'Three']);
  });
});

describe('lines and segmentText', () => {
  it('takes every non-empty trimmed line as a segment', () => {
    expect(splitLines('a\r\n\r\n  b \n\nc')).toEqual(['a', 'b', 'c']);
  });

  it('dispatches on the split mode', () => {
    const text = '第一句。第二句！\n\n第三句。';
    expect(segmentText(text, 'zh', 'paragraphs')).toHaveLength(2);
    expect(segmentText(text, 'zh', 'sentences')).toHaveLength(3);
    expect(segmentText(text, 'zh', 'lines')).toHaveLength(2);
  });
});
