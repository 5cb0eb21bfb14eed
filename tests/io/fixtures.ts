import type { AlignDocument, Link } from '../../src/core/model';
import { makeSide } from '../../src/core/model';

/** A small document with the awkward characters exporters must survive. */
export function trickyDocument(): AlignDocument {
  const zh = [
    '他说：“<b>你好</b> & 再见”',
    '引号 \' 和 " 都在',
    '第三段',
    '第四段，带表情 😀',
    '=SUM(A1:A2) 开头是等号',
  ];
  const en = [
    'He said: "<b>hello</b> & goodbye"',
    'Quotes \' and " both',
    'Tab\there and\nnewline',
    'Emoji 😀 and a bell \u0007 char',
    '+1 starts with plus',
    '@mention and -minus',
  ];
  const links: Link[] = [
    { src: [0], tgt: [0], status: 'confirmed', confidence: 1, note: 'checked <ok> & "fine"' },
    { src: [1], tgt: [1, 2], status: 'auto', confidence: 0.8 },
    { src: [2, 3], tgt: [3], status: 'confirmed', confidence: 1 },
    { src: [], tgt: [4], status: 'auto', confidence: 0.3 },
    { src: [4], tgt: [], status: 'auto', confidence: 0.2 },
    { src: [], tgt: [5], status: 'confirmed', confidence: 1 },
  ];
  return {
    level: 'paragraphs',
    meta: {
      title: { zh: '标题', en: 'Title' },
      createdAt: '2026-11-29T10:00:00.000Z',
      appVersion: '0.1.0',
    },
    alignment: {
      source: makeSide('zh', zh, 'zh.txt'),
      target: makeSide('en', en, 'en.txt'),
      links,
    },
  };
}

/** A plain 1-1 document of n links. */
export function simpleDocument(zh: readonly string[], en: readonly string[]): AlignDocument {
  const links: Link[] = zh.map((_, i) => ({ src: [i], tgt: [i], status: 'auto', confidence: 0.9 }));
  return {
    meta: {},
    level: 'paragraphs',
    alignment: { source: makeSide('zh', zh), target: makeSide('en', en), links },
  };
}
