#!/usr/bin/env node
// Runs the bundled CLI (dist-cli/, built at `npm install` by scripts/buildCli.mjs).

// Output piped into `head` and the like: a closed pipe ends the program quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`duilian: cannot write output: ${error.message}\n`);
  process.exit(1);
});

let cli;
try {
  cli = await import('../dist-cli/duilian.mjs');
} catch (error) {
  const missing = error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist-cli');
  process.stderr.write(
    missing
      ? 'duilian: the CLI is not built: run `npm install` (or `node scripts/buildCli.mjs`) in the duilian folder\n'
      : `duilian: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`,
  );
  process.exit(1);
}

try {
  process.exitCode = await cli.main(process.argv.slice(2));
} catch (error) {
  // Never a stack trace: one line, non-zero exit.
  process.stderr.write(
    `duilian: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`,
  );
  process.exitCode = 1;
}
