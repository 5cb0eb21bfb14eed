/** Keyboard shortcuts as strings like "Mod+Shift+z", "j", "ArrowDown", "?". */

/** What a keydown event carries that shortcuts look at (a KeyboardEvent fits). */
export interface KeyEventLike {
  readonly key: string;
  readonly ctrlKey?: boolean;
  readonly metaKey?: boolean;
  readonly shiftKey?: boolean;
  readonly altKey?: boolean;
}

export interface KeyChord {
  readonly key: string;
  /** Ctrl, or Cmd on a Mac: either is accepted, so one shortcut serves both. */
  readonly mod: boolean;
  readonly shift: boolean;
  readonly alt: boolean;
}

const KEY_NAMES: Readonly<Record<string, string>> = { Space: ' ', Esc: 'Escape' };

export function parseShortcut(shortcut: string): KeyChord {
  // Split on "+" but keep a literal "+" key ("Mod++").
  const parts = shortcut.split(/\+(?!$)/);
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    key: KEY_NAMES[key] ?? key,
    mod: mods.has('mod') || mods.has('ctrl') || mods.has('cmd'),
    shift: mods.has('shift'),
    alt: mods.has('alt'),
  };
}

function isLetter(key: string): boolean {
  return key.length === 1 && key.toLowerCase() !== key.toUpperCase();
}

export function matchesShortcut(event: KeyEventLike, shortcut: string): boolean {
  const chord = parseShortcut(shortcut);
  if (Boolean(event.ctrlKey || event.metaKey) !== chord.mod) return false;
  if (Boolean(event.altKey) !== chord.alt) return false;
  if (isLetter(chord.key)) {
    return (
      event.key.toLowerCase() === chord.key.toLowerCase() && Boolean(event.shiftKey) === chord.shift
    );
  }
  if (chord.key.length === 1) {
    // Punctuation such as "?" or "[" already says whether Shift was needed on this layout.
    return event.key === chord.key && (!chord.shift || Boolean(event.shiftKey));
  }
  return event.key === chord.key && Boolean(event.shiftKey) === chord.shift;
}

export function isMacPlatform(): boolean {
  const nav = (globalThis as { navigator?: { platform?: string; userAgent?: string } }).navigator;
  return /Mac|iPhone|iPad/.test(nav?.platform ?? nav?.userAgent ?? '');
}

const MAC_SYMBOLS: Readonly<Record<string, string>> = { mod: '⌘', shift: '⇧', alt: '⌥' };
const DISPLAY_KEYS: Readonly<Record<string, string>> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  ' ': 'Space',
};

/** How a shortcut is shown in tooltips and the help sheet, e.g. "Ctrl+Shift+Z" or "⌘⇧Z". */
export function formatShortcut(shortcut: string, mac: boolean = isMacPlatform()): string {
  const chord = parseShortcut(shortcut);
  const key =
    DISPLAY_KEYS[chord.key] ?? (isLetter(chord.key) ? chord.key.toUpperCase() : chord.key);
  if (mac) {
    return `${chord.mod ? MAC_SYMBOLS.mod : ''}${chord.alt ? MAC_SYMBOLS.alt : ''}${chord.shift ? MAC_SYMBOLS.shift : ''}${key}`;
  }
  return [chord.mod ? 'Ctrl' : '', chord.alt ? 'Alt' : '', chord.shift ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}

const ARIA_KEYS: Readonly<Record<string, string>> = { ' ': 'Space', '+': 'Plus' };

/** Shortcuts in the aria-keyshortcuts syntax, e.g. "Control+Shift+Z Control+Y". */
export function ariaKeyShortcuts(
  shortcuts: readonly string[],
  mac: boolean = isMacPlatform(),
): string {
  return shortcuts
    .map((s) => {
      const chord = parseShortcut(s);
      const key =
        ARIA_KEYS[chord.key] ?? (isLetter(chord.key) ? chord.key.toUpperCase() : chord.key);
      return [
        chord.mod ? (mac ? 'Meta' : 'Control') : '',
        chord.alt ? 'Alt' : '',
        chord.shift ? 'Shift' : '',
        key,
      ]
        .filter(Boolean)
        .join('+');
    })
    .join(' ');
}
