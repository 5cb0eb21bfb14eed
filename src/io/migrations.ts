import { isSplitMode, type SplitMode } from '../core/model';
import { CURRENT_VERSION } from './alignmentSchema';
import { fileError } from './errors';

/** Turns a file of version `from` into one of version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly migrate: (file: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * Version 1 did not record the segmentation level. Take it from a field that names one
 * (`level` or `split`, at the top or in `meta`), else paragraphs: the only level the app
 * could open texts at when version 1 was current, and the CLI's default.
 */
function levelOfVersion1(file: Record<string, unknown>): SplitMode {
  const meta = (typeof file.meta === 'object' && file.meta !== null ? file.meta : {}) as Record<
    string,
    unknown
  >;
  for (const value of [file.level, file.split, meta.level, meta.split]) {
    if (typeof value === 'string' && isSplitMode(value)) return value;
  }
  return 'paragraphs';
}

/** Ordered: one migration per version step, ending at CURRENT_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  { from: 1, migrate: (file) => ({ ...file, level: levelOfVersion1(file) }) },
];

/** Throws when the list is not an unbroken chain ending at `current` (a programming error). */
export function checkMigrations(migrations: readonly Migration[], current: number): void {
  migrations.forEach((m, i) => {
    const expectedFrom = current - migrations.length + i;
    if (m.from !== expectedFrom) {
      throw new Error(`migration ${i} goes from version ${m.from}, expected ${expectedFrom}`);
    }
  });
}

/** Brings a parsed file of any supported version up to `current`, one step at a time. */
export function migrateFile(
  file: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = CURRENT_VERSION,
): Record<string, unknown> {
  checkMigrations(migrations, current);
  const version = file.version;
  if (version === undefined) throw fileError('io.noVersion');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw fileError('io.badVersion', { value: JSON.stringify(version) });
  }
  if (version > current) {
    throw fileError('io.newerVersion', { version, current });
  }
  const oldest = current - migrations.length;
  if (version < oldest) {
    throw fileError('io.olderVersion', { version, oldest, current });
  }
  let migrated = file;
  for (const m of migrations.slice(version - oldest)) {
    migrated = { ...m.migrate(migrated), version: m.from + 1 };
  }
  return migrated;
}
