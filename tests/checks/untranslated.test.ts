import { describe, expect, it } from 'vitest';
import { checkUntranslated } from '../../src/checks/untranslated';

describe('checkUntranslated', () => {
  it('finds Chinese left in the English column', () => {
    const f = checkUntranslated('她笑了。', '她笑了，然后转身走开。');
    expect(f?.message).toBe('Chinese text in the English column: “她笑了，然后转身走开。”');
  });

  it('finds a segment that is the same on both sides', () => {
    expect(checkUntranslated('Chapter One', 'Chapter One')?.message).toMatch(/same text/);
  });

  it('allows a short gloss and bare numbers', () => {
    expect(checkUntranslated('对联', 'A duilian (对联) hung on each side of the door.')).toBeNull();
    expect(checkUntranslated('2011', '2011')).toBeNull();
  });
});
