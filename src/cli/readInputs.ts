import { segmentText } from '../align/segment';
import { FileFormatError } from '../io/errors';
import { planFiles, readPlan, type OpenedDocument, type OpenPlan } from '../io/planner';
import { CliError } from './errors';
import { readInput } from './readInput';

export { readInput } from './readInput';

/** The planner's verdict on the input files; a refusal becomes a CliError. */
export function planInputs(paths: readonly string[]): Exclude<OpenPlan, { kind: 'refuse' }> {
  const plan = planFiles(paths.map(readInput));
  if (plan.kind === 'refuse') throw new CliError(plan.message);
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
