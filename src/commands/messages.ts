/**
 * What commands tell the user, as English templates by key. Commands return a key and its
 * parameters (CommandResult.message); the store words it in the interface language through
 * its translator (these keys are part of src/store/messages.ts and of both UI catalogues).
 * Written so that no count needs a plural form.
 */
export const commandMessages = {
  'command.realigned':
    'Re-aligned rows {first}–{last}: number of rows {count} → {made}. Confirmed and hand-edited rows are kept.',
  'command.realignedOne':
    'Re-aligned row {first}: number of rows 1 → {made}. Confirmed and hand-edited rows are kept.',
  'command.realignedSame':
    'Re-aligned rows {first}–{last}: no change. Confirmed and hand-edited rows are kept.',
  'command.realignedOneSame':
    'Re-aligned row {first}: no change. Confirmed and hand-edited rows are kept.',
  'command.realignedSelection':
    'Re-aligned the selected rows {first}–{last}: {count} of the {selected} became {made}; kept as they were: {kept} confirmed or hand-edited.',
  'command.realignedSelectionSame':
    'Re-aligned the selected rows {first}–{last}: the aligner found what was there, nothing changed; kept as they were: {kept} confirmed or hand-edited.',
} as const;

export type CommandMessageKey = keyof typeof commandMessages;

/** A sentence for the status line, by key, so the interface can say it in its own language. */
export interface CommandMessage {
  readonly key: CommandMessageKey;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The English wording of a command message (for the CLI, tests, and before a translator). */
export function formatCommandMessage({ key, params }: CommandMessage): string {
  return commandMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
