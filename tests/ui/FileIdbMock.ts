/**
 * An in-memory stand-in for idb-keyval (jsdom has no IndexedDB): values are cloned as
 * IndexedDB would, so a test cannot pass by sharing objects with the app.
 * Use: vi.mock('idb-keyval', () => import('./FileIdbMock')).
 */
export const data = new Map<IDBValidKey, unknown>();

/** When set, every call fails with this error (a full disk, private mode). */
export const failure: { error: Error | null } = { error: null };

function check(): void {
  if (failure.error) throw failure.error;
}

export async function get<T>(key: IDBValidKey): Promise<T | undefined> {
  check();
  const value = data.get(key);
  return (cloneable(value) ? structuredClone(value) : value) as T | undefined;
}

export async function set(key: IDBValidKey, value: unknown): Promise<void> {
  check();
  data.set(key, cloneable(value) ? structuredClone(value) : value);
}

/** IndexedDB stores FileSystemFileHandles; a test double of one (with methods) is kept as is. */
function cloneable(value: unknown): boolean {
  return !(typeof value === 'object' && value !== null && 'createWritable' in value);
}

export async function del(key: IDBValidKey): Promise<void> {
  check();
  data.delete(key);
}

export function reset(): void {
  data.clear();
  failure.error = null;
}

export async function update<T>(
  key: IDBValidKey,
  updater: (old: T | undefined) => T,
): Promise<void> {
  check();
  const old = data.get(key) as T | undefined;
  const value = updater(cloneable(old) ? structuredClone(old) : old);
  data.set(key, cloneable(value) ? structuredClone(value) : value);
}
