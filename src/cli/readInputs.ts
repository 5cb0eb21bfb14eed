import { segmentText } from '../align/segment';
import { FileFormatError } from '../io/errors';
import { OPEN_HINT, planFiles, readPlan, type OpenedDocument, type OpenPlan } from '../io/planner';
import { CliError } from './errors';
import { readInput } from './readInput';

export { readInput } from './readInput';

/**
 * A refusal in the words of the command line. The planner's are the app's: it tells a user
 * to hold Ctrl in the file picker or to drop files, and names itself ("duilian cannot open"),
 * which after the CLI's own "duilian: " prefix reads twice.
 */
function cliRefusal(plan: Extract<OpenPlan, { kind: 'refuse' }>): string {
  const { key, params } = plan.said;
  switch (key) {
    case 'io.oneText':
      return `"${String(params.name)}" is one text file: give the Chinese original and its English translation together (duilian align ZH_FILE EN_FILE)`;
    case 'io.cannotTogether':
      return `cannot read these ${String(params.count)} files together (${String(params.names)}). ${OPEN_HINT}`;
    default:
      return plan.message;
  }
}

/** The planner's verdict on the input files; a refusal becomes a CliError. */
export function planInputs(paths: readonly string[]): Exclude<OpenPlan, { kind: 'refuse' }> {
  const plan = planFiles(paths.map(readInput));
  if (plan.kind === 'refuse') throw new CliError(cliRefusal(plan));
  return plan;
}

/** A plan that needs no aligning, read into a document; a file that does not read is a CliError. */
export function readPlanned(
  plan: Exclude<OpenPlan, { kind: 'refuse' } | { kind: 'texts' }>,
): OpenedDocument {
  try {
    return readPlan(plan, segmentText);
  } catch (error) {
    if (error instanceof FileFormatError) throw new CliError(error.message);
    throw error;
  }
}
