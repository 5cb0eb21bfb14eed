// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findViolation } from '../../src/core/invariants';
import type { AlignDocument } from '../../src/core/model';
import { FileFormatError } from '../../src/io/errors';
import { openAccept } from '../../src/io/formats';
import { importXliff } from '../../src/io/importers/xliff';
import { planFiles, readPlan } from '../../src/io/planner';

/** What a CAT tool writes: XLIFF 1.2, English source (Chinese target), groups, inline codes. */
const XLIFF_12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="manual.docx" source-language="en-US" target-language="zh-CN" datatype="x-docx">
    <header><note>Exported by a CAT tool</note></header>
    <body>
      <group id="g1">
        <trans-unit id="1" approved="yes">
          <source>Click <g id="1">Save</g>.</source>
          <target state="translated">点击<g id="1">保存</g>。</target>
        </trans-unit>
        <trans-unit id="2">
          <source>There are <x id="2"/>files<bpt id="3">&lt;b&gt;</bpt> here<ept id="3">&lt;/b&gt;</ept>.</source>
          <target state="final">这里有<x id="2"/>个文件。</target>
          <note>check the number</note>
        </trans-unit>
      </group>
      <trans-unit id="3"><source>Not translated yet.</source></trans-unit>
      <trans-unit id="4"><source/><target/></trans-unit>
    </body>
  </file>
</xliff>
`;

/** XLIFF 2.0: Chinese source, two segments in one unit, pc / ph / cp inline. */
const XLIFF_20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hans" trgLang="en">
  <file id="f1">
    <unit id="u1">
      <notes><note>from the manual</note></notes>
      <segment state="final"><source>第一句<pc id="1">加粗</pc>。</source><target>The first <pc id="1">bold</pc> sentence.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment><source>第二句<ph id="2"/>。</source><target>Second<cp hex="00A0"/>sentence.</target></segment>
    </unit>
  </file>
</xliff>
`;

const texts = (doc: AlignDocument, side: 'source' | 'target') =>
  doc.alignment[side].segments.map((s) => s.text);

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FileFormatError);
    return (error as Error).message;
  }
  throw new Error('expected the file to be refused');
}

describe('XLIFF import', () => {
  it('the test files are well-formed XML (xmllint)', () => {
    for (const text of [XLIFF_12, XLIFF_20]) {
      expect(spawnSync('xmllint', ['--noout', '--nonet', '-'], { input: text }).status).toBe(0);
    }
  });

  it('reads XLIFF 1.2 with Chinese as the target: Chinese left, codes dropped, untranslated units 1-0', () => {
    const { doc, warnings } = importXliff({ name: 'manual.xlf', text: XLIFF_12 });
    expect(warnings).toEqual([
      'manual.xlf: inline codes (placeholders and tags of the original document) left out of 2 segments',
    ]);
    expect(texts(doc, 'source')).toEqual(['点击保存。', '这里有个文件。']);
    expect(texts(doc, 'target')).toEqual([
      'Click Save.',
      'There are files here.',
      'Not translated yet.',
    ]);
    expect(doc.alignment.links.map((l) => [l.src, l.tgt, l.status, l.note])).toEqual([
      [[0], [0], 'confirmed', undefined],
      [[1], [1], 'confirmed', 'check the number'],
      [[], [2], 'auto', undefined],
    ]);
    expect(findViolation(doc.alignment)).toBeNull();
  });

  it('reads XLIFF 2.0: one row per segment, pc kept, ph dropped, cp decoded, final confirmed', () => {
    const { doc } = importXliff({ name: 'manual.xlf', text: XLIFF_20 });
    expect(texts(doc, 'source')).toEqual(['第一句加粗。', '第二句。']);
    expect(texts(doc, 'target')).toEqual(['The first bold sentence.', 'Second\u00a0sentence.']);
    expect(doc.alignment.links.map((l) => l.status)).toEqual(['confirmed', 'auto']);
    expect(doc.alignment.links[0].note).toBe('from the manual');
  });

  it('is recognised by its content whatever its name, and offered in the Open dialog', () => {
    for (const name of ['manual.xlf', 'manual.sdlxliff', 'manual.xml']) {
      const plan = planFiles([{ name, text: XLIFF_20 }]);
      expect(plan.kind).toBe('xliff');
      if (plan.kind === 'xliff')
        expect(readPlan(plan, () => []).doc.alignment.links).toHaveLength(2);
    }
    expect(openAccept().split(',')).toEqual(expect.arrayContaining(['.xlf', '.xliff']));
  });

  it('refuses other languages and files without text, in one sentence', () => {
    const french = XLIFF_12.replace('target-language="zh-CN"', 'target-language="fr-FR"');
    expect(errorOf(() => importXliff({ name: 'fr.xlf', text: french }))).toBe(
      'fr.xlf translates en into fr; duilian aligns Chinese with English',
    );
    const empty = '<xliff version="2.0" srcLang="zh" trgLang="en"><file id="f"/></xliff>';
    expect(errorOf(() => importXliff({ name: 'empty.xlf', text: empty }))).toBe(
      'empty.xlf holds no text to align (no trans-unit or segment with a source or target)',
    );
  });
});
