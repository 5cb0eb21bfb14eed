/**
 * One glyph per toolbar command: plain Unicode, so no icon font is fetched and the offline
 * app looks the same. The glyph is decoration (aria-hidden); the label names the button.
 */
export const COMMAND_ICONS: Readonly<Record<string, string>> = {
  undo: '↶',
  redo: '↷',
  'merge-next': '⤓',
  'merge-selection': '⊞',
  'split-link': '✂',
  'realign-stretch': '⟳',
  'realign-selection': '⟲',
  'move-first-up': '⇡',
  'move-last-down': '⇣',
  'detach-first': '⇤',
  'detach-last': '⇥',
  'join-segment-next': '⁀',
  confirm: '✓',
  'confirm-next': '✓↓',
  unconfirm: '✗',
  'confirm-all-above': '⇈',
  'prev-flagged': '▲',
  'next-flagged': '▼',
  'prev-unconfirmed': '△',
  'next-unconfirmed': '▽',
  'go-to-row': '#',
  'command-palette': '⌘',
  'show-help': '?',
};
