/**
 * Interface language: one catalogue per language (en.ts, zh.ts), `t(key, params)` for code
 * outside React and `useT()` inside it. The choice is remembered in localStorage and
 * defaults to the browser's language; <html lang> follows it.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { commandsZh } from './commandsZh';
import { en, type Catalogue, type MessageKey } from './en';
import { zh } from './zh';
import { setMessageTranslator } from '../../store/messages';

export type { MessageKey } from './en';
export type Language = 'en' | 'zh';
export const LANGUAGES: readonly Language[] = ['en', 'zh'];

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, zh };
const STORAGE_KEY = 'duilian.language';
/** What <html lang> says for each interface language. */
const HTML_LANG: Readonly<Record<Language, string>> = { en: 'en', zh: 'zh-CN' };

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' || value === 'zh' ? value : null;
  } catch {
    return null; // storage blocked: fall back to the browser's language
  }
}

/** The browser's preferred language, when it is one we have. */
export function browserLanguage(languages?: readonly string[]): Language {
  const nav = (globalThis as { navigator?: { languages?: readonly string[]; language?: string } })
    .navigator;
  const list = languages ?? nav?.languages ?? (nav?.language ? [nav.language] : []);
  for (const tag of list) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh';
    if (base === 'en') return 'en';
  }
  return 'en';
}

export const languageStore = createStore<{ language: Language }>()(() => ({
  language: storedLanguage() ?? browserLanguage(),
}));

function applyHtmlLang(language: Language): void {
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[language];
}
applyHtmlLang(languageStore.getState().language);

export function setLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered, but still switched for this visit.
  }
  applyHtmlLang(language);
  languageStore.setState({ language });
}

export function currentLanguage(): Language {
  return languageStore.getState().language;
}

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown one stays visible rather than vanishing. */
export function format(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  return format(CATALOGUES[language][key], params);
}

/** A message in the current language (for code outside components). */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(currentLanguage(), key, params);
}

// The store's errors and notices come out in the interface language too.
setMessageTranslator((key, params) => t(key, params));

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The current language's `t`, re-rendering the component when the language changes. */
export function useT(): Translate {
  const language = useLanguage();
  return (key, params) => translate(language, key, params);
}

export function useLanguage(): Language {
  return useStore(languageStore, (s) => s.language);
}

interface Described {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

/** A command's name in the language; English is the registry's own label. */
export function commandLabel(command: Described, language: Language = currentLanguage()): string {
  return language === 'zh' ? (commandsZh[command.id]?.label ?? command.label) : command.label;
}

export function commandDescription(
  command: Described,
  language: Language = currentLanguage(),
): string {
  return language === 'zh'
    ? (commandsZh[command.id]?.description ?? command.description)
    : command.description;
}
