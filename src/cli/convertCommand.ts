import { CliError } from './errors';
import { FORMAT_CHOICES, parseFormatArgs, writeOutput } from './formatArgs';
import { planInputs, readPlanned } from './readInputs';

/**
 * `duilian convert IN… --format F [-o FILE]`: any input the app opens without aligning (an
 * alignment JSON, a TMX, an InterText triple, a .align with its two texts, an alignment with
 * revised texts) written in any export format. Warnings from the import go to stderr.
 */
export async function runConvert(args: readonly string[]): Promise<void> {
  const { files, format, out, options } = parseFormatArgs(args);
  if (files.length === 0)
    throw new CliError('convert needs input files: duilian convert IN… --format FORMAT', 2);
  if (!format) throw new CliError(`choose a format with --format (expected ${FORMAT_CHOICES})`, 2);
  const plan = planInputs(files);
  if (plan.kind === 'texts') {
    throw new CliError(
      `${plan.zh.name} and ${plan.en.name} are two texts, not an alignment: align them with duilian align`,
    );
  }
  const opened = readPlanned(plan);
  for (const warning of opened.warnings) process.stderr.write(`duilian: warning: ${warning}\n`);
  await writeOutput(opened.doc, format, options, out, opened.name.replace(/\.[^./\\]+$/, ''));
}
