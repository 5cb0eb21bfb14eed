import { afterEach, describe, expect, it } from 'vitest';
import { commands } from '../../../src/commands';
import {
  browserLanguage,
  commandLabel,
  currentLanguage,
  setLanguage,
  t,
} from '../../../src/ui/i18n';
import { commandsZh } from '../../../src/ui/i18n/commandsZh';
import { en } from '../../../src/ui/i18n/en';
import { zh } from '../../../src/ui/i18n/zh';
import { viewCommands } from '../../../src/ui/viewCommands';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

afterEach(() => setLanguage('en'));

describe('message catalogues', () => {
  it('have the same keys in English and Chinese', () => {
    const enKeys = Object.keys(en).sort();
    const zhKeys = Object.keys(zh).sort();
    expect(enKeys.filter((k) => !zhKeys.includes(k))).toEqual([]);
    expect(zhKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('fill the same parameters in both languages, and leave no message empty', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(placeholders(zh[key]), key).toEqual(placeholders(en[key]));
      expect(en[key].trim(), key).not.toBe('');
      expect(zh[key].trim(), key).not.toBe('');
    }
  });

  it('say every notice and error in Chinese: store, commands, operations and file readers', () => {
    const shown = (Object.keys(zh) as (keyof typeof zh)[]).filter((k) =>
      /^(store|command|op|io)\./.test(k),
    );
    expect(shown.filter((k) => k.startsWith('op.')).length).toBeGreaterThan(20);
    expect(shown.filter((k) => k.startsWith('io.')).length).toBeGreaterThan(40);
    // What is left once parameters are taken out: Chinese words, or only joining punctuation.
    const untranslated = shown.filter((k) => {
      const words = zh[k].replace(/\{\w+\}/g, '');
      return !/[\u4e00-\u9fff]/.test(words) && /[A-Za-z]{3,}/.test(words);
    });
    expect(untranslated).toEqual([]);
    // And no key kept its English text unchanged (the bare "{detail}" passthrough has no words).
    const same = shown.filter(
      (k) => zh[k] === en[k] && /[A-Za-z]{3,}/.test(en[k].replace(/\{\w+\}/g, '')),
    );
    expect(same).toEqual([]);
  });

  it('name every command in Chinese, with the same shortcut', () => {
    const missing = [...commands, ...viewCommands].map((c) => c.id).filter((id) => !commandsZh[id]);
    expect(missing).toEqual([]);
    expect(
      commandLabel(
        commands.find((c) => c.id === 'merge-next')!,
        'zh',
      ),
    ).toBe('与下一行合并');
    expect(
      commandLabel(
        commands.find((c) => c.id === 'merge-next')!,
        'en',
      ),
    ).toBe('Merge with next');
  });

  it('say the same thing in an empty cell on either side', () => {
    setLanguage('zh');
    expect(t('grid.noCounterpart')).toBe('无对应');
    setLanguage('en');
    expect(t('grid.noCounterpart')).toBe('No counterpart');
  });
});

describe('interface language', () => {
  it('defaults to the browser language when it is Chinese or English', () => {
    expect(browserLanguage(['zh-TW', 'en'])).toBe('zh');
    expect(browserLanguage(['fr-FR', 'en-GB'])).toBe('en');
    expect(browserLanguage(['de'])).toBe('en');
  });

  it('is remembered and sets the page language', () => {
    setLanguage('zh');
    expect(currentLanguage()).toBe('zh');
    expect(localStorage.getItem('duilian.language')).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(t('status.links', { n: 3 })).toBe('3 行');
    setLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(t('status.links', { n: 3 })).toBe('3 rows');
  });
});
