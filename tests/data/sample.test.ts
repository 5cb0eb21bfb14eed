// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/align/paragraphs';
import { detectLang } from '../../src/align/normalize';
import { alignTexts } from '../../src/align/alignTexts';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import type { Link } from '../../src/core/model';
import { parseDocument } from '../../src/io/alignmentFile';

const read = (name: string) =>
  readFileSync(new URL(`../../data/huanqiu-2011-04-28/${name}`, import.meta.url), 'utf8');
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

describe('the sample’s checked alignment.json', () => {
  const saved = parseDocument(read('alignment.json'));
  const shape = (links: readonly Link[]) =>
    links.map((l) => `${l.src.join(',')}:${l.tgt.join(',')}`);

  it('covers the texts of zh.txt and en.txt, so the app may open it instead of aligning', () => {
    expect(content(saved.alignment.source.segments.map((s) => s.text).join(''))).toBe(
      content(read('zh.txt')),
    );
    expect(content(saved.alignment.target.segments.map((s) => s.text).join(''))).toBe(
      content(read('en.txt')),
    );
  });

  it('pairs the titles and the ten body paragraphs, leaving the source line and the trailer unpaired', () => {
    const links = saved.alignment.links;
    const paired = links.filter((l) => l.src.length === 1 && l.tgt.length === 1);
    expect(paired).toHaveLength(11);
    expect(links[1]).toMatchObject({ src: [1], tgt: [] });
    const trailer = links.slice(12);
    expect(trailer.length).toBeGreaterThan(0);
    expect(trailer.every((l) => l.src.length === 0 && l.tgt.length === 1)).toBe(true);
  });

  it('is what the aligner produces today', () => {
    const fresh = alignTexts(
      { text: read('zh.txt') },
      { text: read('en.txt') },
      {},
      { dictionary: loadNodeDictionary() },
    );
    expect(shape(saved.alignment.links)).toEqual(shape(fresh.alignment.links));
  });
});
