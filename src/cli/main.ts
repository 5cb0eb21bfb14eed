import { CliError } from './errors';
import { runAlign } from './alignCommand';

const USAGE = `usage: duilian align ZH_FILE EN_FILE [--split paragraphs|sentences|lines] [--format json|align|tsv|csv|tmx] [-o FILE]
       duilian export ALIGNMENT.json --format json|align|tsv|csv|tmx|xlsx [-o FILE]`;

interface ExportModule {
  runExport(args: readonly string[]): Promise<void>;
}

async function runExportCommand(args: readonly string[]): Promise<void> {
  let mod: ExportModule;
  try {
    mod = (await import('./exportCommand')) as ExportModule;
  } catch {
    throw new CliError('export is not available in this build', 2);
  }
  await mod.runExport(args);
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'align':
        await runAlign(rest);
        return 0;
      case 'export':
        await runExportCommand(rest);
        return 0;
      case '-h':
      case '--help':
      case undefined:
        (command === undefined ? process.stderr : process.stdout).write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`unknown command "${command}" (expected align or export)`, 2);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`duilian: ${message.split('\n')[0]}\n`);
    return error instanceof CliError ? error.exitCode : 1;
  }
}
