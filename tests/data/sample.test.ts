// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/align/paragraphs';
import { detectLang } from '../../src/align/normalize';

const read = (name: string) => readFileSync(new URL(`../../data/huanqiu-2011-04-28/${name}`, import.meta.url), 'utf8');
const content = (text: string) => text.replace(/\s+/g, '');

describe('the bundled sample', () => {
  const zh = read('zh.txt');
  const en = read('en.txt');

  it('cuts the Chinese text into a title, a source line and ten body paragraphs', () => {
    const paragraphs = splitParagraphs(zh);
    expect(paragraphs).toHaveLength(12);
    expect(paragraphs[1]).toMatch(/^来源/);
  });

  it('cuts the English text into a title, ten body paragraphs and the page trailer lines', () => {
    const paragraphs = splitParagraphs(en);
    expect(paragraphs[0]).toBe('Sino-U.S. Human Rights Dialogue Should Not Be a Negotiation');
    expect(paragraphs[11]).toMatch(/^Huanqiu,\sChina$/);
    expect(paragraphs.at(-1)).toBe('Leave a Reply');
    expect(paragraphs.length).toBeGreaterThan(11);
  });

  it('loses no text: the paragraphs in order reproduce each file’s content', () => {
    for (const text of [zh, en]) {
      expect(content(splitParagraphs(text).join(''))).toBe(content(text));
    }
  });

  it('detects each file’s language', () => {
    expect(detectLang(zh)).toBe('zh');
    expect(detectLang(en)).toBe('en');
  });

  it('has a meta.json with both titles and the provenance note', () => {
    const meta = JSON.parse(read('meta.json'));
    expect(meta.title.zh).toMatch(/人权对话/);
    expect(meta.title.en).toMatch(/Human Rights Dialogue/);
    expect(meta.provenance).toMatch(/NOT the published Chinese wording/);
  });
});
