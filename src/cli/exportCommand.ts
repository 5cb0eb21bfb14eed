import { CliError } from './errors';
import { FORMAT_CHOICES, parseFormatArgs, writeOutput } from './formatArgs';
import { planInputs, readPlanned } from './readInputs';

/** `duilian export ALIGNMENT.json --format F [-o FILE] [options]`: a saved alignment in another format. */
export async function runExport(args: readonly string[]): Promise<void> {
  const { files, format, out, options } = parseFormatArgs(args);
  if (files.length !== 1) {
    throw new CliError(
      files.length === 0
        ? 'export needs an alignment file: duilian export ALIGNMENT.json --format FORMAT'
        : `export takes one alignment file, got ${files.length} (to read other inputs use duilian convert)`,
      2,
    );
  }
  if (!format) throw new CliError(`choose a format with --format (expected ${FORMAT_CHOICES})`, 2);
  const plan = planInputs(files);
  if (plan.kind !== 'alignment') {
    throw new CliError(
      `${files[0]} is not an alignment file saved by duilian: use duilian convert for other inputs`,
    );
  }
  const { doc } = readPlanned(plan);
  await writeOutput(doc, format, options, out, files[0].replace(/(\.duilian)?\.json$/i, ''));
}
