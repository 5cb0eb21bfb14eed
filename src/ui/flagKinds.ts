import { renderFlagTexts, type Flag } from '../checks';
import type { FlagKind } from '../core/model';
import { translate, type Language, type MessageKey } from './i18n';

/** How each kind of flag is drawn and named: a short symbol for the badge, a catalogue key. */
export const FLAG_LOOK: Readonly<
  Record<FlagKind, { readonly symbol: string; readonly name: MessageKey }>
> = {
  'low-confidence': { symbol: '?', name: 'flag.low-confidence' },
  unpaired: { symbol: '∅', name: 'flag.unpaired' },
  omission: { symbol: '…', name: 'flag.omission' },
  numbers: { symbol: '#', name: 'flag.numbers' },
  names: { symbol: 'Aa', name: 'flag.names' },
  untranslated: { symbol: '文', name: 'flag.untranslated' },
};

/** A flag's message in the interface language (its English `message` when it has no texts). */
export function flagMessage(flag: Flag, language: Language): string {
  if (!flag.texts || flag.texts.length === 0) return flag.message;
  return renderFlagTexts(flag.texts, (key) => translate(language, key));
}
