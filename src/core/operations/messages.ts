/**
 * Why an operation cannot apply, as English templates by key. An OpError carries both the
 * English sentence (for the CLI, logs and tests) and its key and parameters, so the interface
 * can say it in its own language (the keys are part of src/store/messages.ts and of both UI
 * catalogues). `{name}` is a parameter; written so that no count needs a plural form.
 */
export const opMessages = {
  'op.noLink': 'There is no link {link}.',
  'op.mergeLast': 'The last link has no next link to merge with.',
  'op.splitAtSrc':
    'Cannot split the source side at {at}: the number of source segments in the link is {count}.',
  'op.splitAtTgt':
    'Cannot split the target side at {at}: the number of target segments in the link is {count}.',
  'op.splitFirstEmpty': 'The first part of the split would be empty.',
  'op.splitSecondEmpty': 'The second part of the split would be empty.',
  'op.moveUpFirst': 'The first link has no previous link to move a segment into.',
  'op.moveDownLast': 'The last link has no next link to move a segment into.',
  'op.nothingToMove.src': 'Link {link} has no source segment to move.',
  'op.nothingToMove.tgt': 'Link {link} has no target segment to move.',
  'op.noSideSegment.src': 'Link {link} has no source segment.',
  'op.noSideSegment.tgt': 'Link {link} has no target segment.',
  'op.alreadyUnpaired.src': 'The source segment of link {link} is already unpaired.',
  'op.alreadyUnpaired.tgt': 'The target segment of link {link} is already unpaired.',
  'op.realignConfirmed':
    'This row is confirmed; re-aligning only changes unconfirmed rows. Select another row.',
  'op.realignEdited':
    'This row was changed by hand, so re-aligning keeps it. Select a row next to it, or confirm it.',
  'op.realignAllKept':
    'Every selected row is confirmed or was changed by hand, so re-aligning keeps them all.',
  'op.realignUnusable': 'The aligner gave an unusable result: {detail}.',
  'op.realignSelectFirst':
    'Select the rows to re-align first (Shift+click, Shift+J or Shift+K); R re-aligns the stretch around one row.',
  'op.noSegment.src': 'There is no source segment {segment}.',
  'op.noSegment.tgt': 'There is no target segment {segment}.',
  'op.splitNeedsCaret': 'Put the caret inside the text to split the segment there.',
  'op.splitInsideCharacter': 'Cannot split a segment inside a character.',
  'op.joinLast.src': 'The last source segment has no next segment to join.',
  'op.joinLast.tgt': 'The last target segment has no next segment to join.',
  'op.emptySegment': 'A segment cannot be empty; join it with a neighbour instead.',
} as const;

export type OpMessageKey = keyof typeof opMessages;
export type OpMessageParams = Readonly<Record<string, string | number>>;

/** A sentence by key, for the interface to word in its language. */
export interface OpMessage {
  readonly key: OpMessageKey;
  readonly params: OpMessageParams;
}

/** The English wording of an operation message. */
export function formatOpMessage({ key, params }: OpMessage): string {
  return opMessages[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
