import { CliError } from './errors';

/** One command-line argument as the parsers see it: `--flag=value` split, the value taken on demand. */
export interface ArgStep {
  /** The argument itself, or its part before `=` for `--flag=value`. */
  readonly flag: string;
  /** The argument as written. */
  readonly arg: string;
  /** The flag's value: after `=`, else the next argument (which must not be another option). */
  take(): string;
}

/** Visits the arguments in order; `take()` consumes the next one when the value is not inline. */
export function eachArg(args: readonly string[], visit: (step: ArgStep) => void): void {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.indexOf('=');
    const [flag, inline] =
      arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    visit({
      flag,
      arg,
      take: () => {
        if (inline !== undefined) return inline;
        const v = args[++i];
        if (v === undefined || (v.startsWith('-') && v !== '-'))
          throw new CliError(`${flag} needs a value`, 2);
        return v;
      },
    });
  }
}
