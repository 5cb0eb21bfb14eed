// The default jsdom environment gives a standard DOMParser: an independent check that our TMX is well-formed XML.
import { describe, expect, it } from 'vitest';
import { exportDocument } from '../../src/io/export';
import { trickyDocument } from './fixtures';

const text = (format: 'tmx', options = {}) =>
  exportDocument(trickyDocument(), format, { includeUnpaired: true, ...options }).data as string;

describe('TMX read by a standard XML parser', () => {
  it('writes a TMX 1.4b header and one tu per link', () => {
    const tmx = text('tmx');
    const dom = new DOMParser().parseFromString(tmx, 'application/xml');
    expect(dom.getElementsByTagName('parsererror')).toHaveLength(0);
    const header = dom.getElementsByTagName('header')[0];
    expect(header.getAttribute('srclang')).toBe('zh-CN');
    expect(header.getAttribute('adminlang')).toBe('en');
    expect(header.getAttribute('datatype')).toBe('plaintext');
    expect(header.getAttribute('segtype')).toBe('paragraph');
    expect(header.getAttribute('creationtool')).toBe('duilian');
    expect(header.getAttribute('creationtoolversion')).toMatch(/^\d+\.\d+\.\d+/);
    expect(header.getAttribute('o-tmf')).toBe('duilian');
    expect(header.getAttribute('creationdate')).toBe('20261129T100000Z');
    const tus = dom.getElementsByTagName('tu');
    expect(tus).toHaveLength(6);
    const segs = (i: number) => [...tus[i].getElementsByTagName('seg')].map((s) => s.textContent);
    expect(segs(0)).toEqual(['他说：“<b>你好</b> & 再见”', 'He said: "<b>hello</b> & goodbye"']);
    expect(tus[0].getElementsByTagName('note')[0].textContent).toBe('checked <ok> & "fine"');
    // Characters XML 1.0 forbids are removed; emoji stay.
    expect(segs(2)).toEqual(['第三段第四段，带表情 😀', 'Emoji 😀 and a bell  char']);
    // A 0-1 link has only the English tuv; no formula neutralisation here.
    expect(segs(3)).toEqual(['+1 starts with plus']);
    expect(tus[3].getElementsByTagName('tuv')[0].getAttribute('xml:lang')).toBe('en');
    expect(text('tmx', { segtype: 'sentence' })).toContain('segtype="sentence"');
  });

  it("says what a unit is from the document's level", () => {
    const at = (level: 'paragraphs' | 'sentences' | 'lines') =>
      exportDocument({ ...trickyDocument(), level }, 'tmx').data as string;
    expect(at('paragraphs')).toContain('segtype="paragraph"');
    expect(at('sentences')).toContain('segtype="sentence"');
    expect(at('lines')).toContain('segtype="sentence"');
  });
});
