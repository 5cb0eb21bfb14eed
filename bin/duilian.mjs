#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so `npx duilian` works right after `npm install`.
import { register } from 'tsx/esm/api';

// Output piped into `head` and the like: a closed pipe ends the program quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`duilian: cannot write output: ${error.message}\n`);
  process.exit(1);
});

try {
  register();
  const { main } = await import('../src/cli/main.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Never a stack trace: one line, non-zero exit.
  process.stderr.write(
    `duilian: ${String(error instanceof Error ? error.message : error).split('\n')[0]}\n`,
  );
  process.exitCode = 1;
}
