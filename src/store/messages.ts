import { flagMessages, type FlagMessageKey } from '../checks/messages';
import { commandMessages } from '../commands/messages';
import { opMessages } from '../core/operations/messages';
import { FileFormatError } from '../io/errors';
import { flattenIoMessage, ioMessages, type IoMessage } from '../io/messages';

/**
 * The words the store shows the user (errors and notices), in English. The store must not
 * depend on the interface, so the UI injects a translator at start-up (setMessageTranslator);
 * until then, and in English, these templates are used as they are. `{name}` is a parameter.
 */
export const storeMessages = {
  // What commands report (src/commands/messages.ts), worded here like the store's own.
  ...commandMessages,
  // Why an operation cannot apply (src/core/operations/messages.ts).
  ...opMessages,
  // Why a file cannot be opened (src/io/messages.ts).
  ...ioMessages,
  'store.reasonHint': '{reason}. {hint}',
  'store.splitLarge':
    '{reason}. Split the text into smaller parts (by chapter, say) and open them one pair at a time.',
  'store.noBundled': 'There is no bundled document "{id}".',
  'store.nothingOpened': 'Nothing else was opened; your document stays as it was',
  'store.alignCancelled': 'Alignment cancelled; the open document is unchanged',
  'store.importCancelled': 'Import cancelled; the open document is unchanged',
  'store.couldNotAlign': 'Could not align the texts: {reason}. The open document is unchanged.',
  'store.noDictionary':
    'The background aligner could not start, so these texts were aligned without its dictionary: check the rows, or reload and open them again.',
  'store.couldNotOpenFile': 'Could not open the file: {reason}',
  'store.couldNotRead': 'Could not read the chosen file: {reason}.',
  'store.couldNotClear': 'Could not clear the list: {reason}',
  'store.noLongerStored':
    'That document is no longer stored in this browser; it has been removed from the list.',
  'store.couldNotReopen':
    'Could not reopen the stored document: {reason}. Open the file you saved instead.',
  'store.noDocToSave': 'There is no document to save. Open a document first.',
  'store.saved': 'Saved {name}',
  'store.savedDownload': 'Saved {name} to your downloads',
  'store.couldNotSave': 'Could not save: {reason}. Try "Save as…" to choose another place.',
  'store.noDocToExport': 'There is no document to export. Open a document first.',
  'store.cannotExport': 'duilian cannot export "{format}".',
  'store.noneConfirmed':
    'No row is confirmed yet, so "Confirmed rows only" leaves nothing to export. Confirm rows first, or untick the option.',
  'store.noneLeft':
    'No row is left to export with these options. Tick "Include unpaired segments" and try again.',
  'store.exporting': 'Exporting "{name}" as {format} ({rows} rows)…',
  'store.exported': 'Exported {names}',
  'store.and': ' and ',
  'store.couldNotExport': 'Could not export: {reason}',
  'store.readOnly':
    'This document is being edited in another tab, so this tab is read-only: choose Take over to edit it here.',
  'store.busy':
    'A new document is being aligned: the previous one is read-only until it is ready (or cancel the alignment).',
  'store.realignChanged':
    'The alignment changed while re-aligning, so the result was not applied. Try again.',
  'store.couldNotRealign': 'Could not re-align: {reason}',
  'store.restoreFailed':
    'Your autosaved work could not be restored ({reason}). The sample is open instead; if you saved your work to a file, open that file.',
  'store.editHere': 'You can edit this document here now',
  'store.noDictionarySample':
    'The background aligner could not start, so this document was aligned without its dictionary: check the rows.',
  'store.couldNotOpenBundled': 'Could not open "{id}": {reason}',
  'store.textHint':
    'Open plain-text files (UTF-8, UTF-16, GB18030/GBK or Big5), or an alignment file saved by duilian (.json).',
  'store.keptUnderRecent': 'Your unsaved changes to "{name}" are kept under Recent',
  'store.carriedOver':
    'Carried "{name}" over to the revised texts: {unchanged} segments unchanged, {changed} changed, {added} added, {removed} removed; {confirmedKept} confirmed links kept, {confirmedLost} set back to review.',
  'store.openedWithChanges': 'Opened "{name}" with changes: {changes}. Check those rows.',
  /** Between two of the {changes} above. */
  'store.changesSeparator': '; ',
  'store.couldNotOpenAlignment': 'Could not open {reason}',
  'store.couldNotImport': 'Could not import: {reason}.',
  'store.noDocToReport': 'There is no document to report on. Open a document first.',
  'store.reportWaits':
    'The report is written when the review checks are done ({count} rows to go)…',
  'store.couldNotReport': 'Could not export the report: {reason}',
  'store.quotedName': '"{name}"',
  'store.pastedFirst': 'the first pasted text',
  'store.pastedSecond': 'the second pasted text',
  'store.bothChinese':
    'Both {first} and {second} look Chinese. Open a Chinese original together with its English translation.',
  'store.bothEnglish':
    'Both {first} and {second} look English. Open a Chinese original together with its English translation.',
  'store.storageFull': "the browser's storage for this site is full",
  'store.storageBlocked':
    'this browser does not let the app store anything here (private browsing or blocked storage)',
  'store.storageRefused': 'the browser refused to store the document',
  'store.realigning': 'Re-aligning…',
  'store.alreadyOpen': 'These files are already open',
  'store.reopenedEarlier':
    'You opened these files before: your earlier work on them ("{name}") is reopened, as it is kept under Recent. To start afresh, choose Forget under Recent and open them again.',
} as const;

export type StoreMessageKey = keyof typeof storeMessages;
export type StoreMessageParams = Readonly<Record<string, string | number>>;
/** The checks' words (src/checks/messages.ts) come through the same translator. */
export type MessageTranslator = (
  key: StoreMessageKey | FlagMessageKey,
  params?: StoreMessageParams,
) => string;

function english(key: StoreMessageKey | FlagMessageKey, params?: StoreMessageParams): string {
  const template: string =
    key in storeMessages
      ? storeMessages[key as StoreMessageKey]
      : flagMessages[key as FlagMessageKey];
  return params
    ? template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      )
    : template;
}

let translator: MessageTranslator = english;

/** Called by the UI once: store messages then come out in the interface language. */
export function setMessageTranslator(translate: MessageTranslator | null): void {
  translator = translate ?? english;
}

/** A store message in the interface language (English until a translator is set). */
export function message(
  key: StoreMessageKey | FlagMessageKey,
  params?: StoreMessageParams,
): string {
  return translator(key, params);
}

/** An io message (a refusal, a warning) in the interface language. */
export function ioMessage(said: IoMessage): string {
  const flat = flattenIoMessage(said, ioMessage);
  return message(flat.key, flat.params);
}

/**
 * An error's own words, for the {reason} of a message: a file's problem in the interface
 * language when the reader gave its key (FileFormatError.said), else as the error says it.
 */
export function reasonOf(error: unknown): string {
  if (error instanceof FileFormatError && error.said) return ioMessage(error.said);
  return error instanceof Error ? error.message : String(error);
}
