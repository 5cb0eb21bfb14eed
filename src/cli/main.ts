import { CliError } from './errors';

/** Loaded only for --help: the format registry need not slow every start. */
async function usage(): Promise<string> {
  const { formatHelp } = await import('./formatArgs');
  return [
    'usage: duilian align ZH_FILE EN_FILE [--split paragraphs|sentences|lines] [--no-dictionary] [--format FMT] [-o FILE] [--timings] [options]',
    '       duilian export ALIGNMENT.json --format FMT [-o FILE] [options]',
    '       duilian convert IN… --format FMT [-o FILE] [options]   (TMX, TSV/CSV, XLIFF, InterText triple, .align + 2 texts, JSON [+ revised texts])',
    '       duilian align --jsonl [--split …] [--no-dictionary]   < {"id","zh","en"} lines > {"id","links","segments"} lines',
    '       duilian batch MANIFEST.tsv --out-dir DIR [--format FMT] [--jobs N] [--split …] [--no-dictionary] [options]',
    '       duilian check ZH_FILE EN_FILE | ALIGNMENT.json [--split paragraphs|sentences|lines] [--format json|tsv|html] [-o FILE]',
    formatHelp(),
  ].join('\n');
}

type Run = (args: readonly string[]) => Promise<void>;

/**
 * Subcommands, each loaded only when it runs so that start-up stays short. To add one, add a
 * line here and a line to usage(); its code lives in its own file.
 */
const COMMANDS: Readonly<Record<string, () => Promise<Run>>> = {
  align: async () => (await import('./alignCommand')).runAlign,
  export: async () => (await import('./exportCommand')).runExport,
  convert: async () => (await import('./convertCommand')).runConvert,
  batch: async () => (await import('./batchCommand')).runBatch,
  check: async () => (await import('./checkCommand')).runCheck,
};

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help') {
      (command === undefined ? process.stderr : process.stdout).write(`${await usage()}\n`);
      return command === undefined ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) {
      const names = Object.keys(COMMANDS);
      throw new CliError(
        `unknown command "${command}" (expected ${names.slice(0, -1).join(', ')} or ${names.at(-1)})`,
        2,
      );
    }
    await (
      await load()
    )(rest);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`duilian: ${message.split('\n')[0]}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
