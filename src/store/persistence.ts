/**
 * Where work survives a closed tab: IndexedDB (via idb-keyval), since a long document is
 * more than localStorage holds. Documents are stored as alignment JSON text, so a restore
 * goes through the same versioned, validated reader (and migrations) as a file.
 *
 * Layout: `duilian:session` points at the document open when the tab went away;
 * `duilian:recent` lists recently opened documents, each stored under `duilian:doc:<id>`.
 */
import { del, get, set } from 'idb-keyval';
import type { AlignDocument } from '../core/model';
import { parseDocument } from '../io/alignmentFile';
import { CURRENT_VERSION, FILE_FORMAT } from '../io/alignmentSchema';

const SESSION_KEY = 'duilian:session';
const RECENT_KEY = 'duilian:recent';
const DOC_PREFIX = 'duilian:doc:';
const HANDLE_PREFIX = 'duilian:handle:';

/** How many documents the recent list keeps; older ones are deleted. */
export const RECENT_LIMIT = 8;

export interface RecentEntry {
  readonly id: string;
  /** What the user calls it: the file base name or the title. */
  readonly name: string;
  /** When it was last changed or opened, in ms. */
  readonly savedAt: number;
  readonly links: number;
}

/** The document that was open, and whether it had changes not yet saved to a file. */
export interface SessionRecord {
  readonly version: 1;
  readonly docId: string;
  readonly name: string;
  readonly savedAt: number;
  readonly dirty: boolean;
}

export interface StoredDocument {
  readonly name: string;
  readonly doc: AlignDocument;
}

interface StoredRecord {
  readonly name: string;
  readonly json: string;
}

/**
 * The alignment file's content without its one-line-per-link layout: the same JSON to the
 * reader, and several times faster to write, which matters when it runs after every edit.
 */
export function compactJson(doc: AlignDocument): string {
  const { source, target, links } = doc.alignment;
  return JSON.stringify({
    format: FILE_FORMAT,
    version: CURRENT_VERSION,
    level: doc.level,
    meta: doc.meta,
    source,
    target,
    links,
  });
}

/** A fresh id for a document in storage. */
export function newDocumentId(): string {
  const random =
    globalThis.crypto?.randomUUID?.() ??
    `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return random;
}

/** Writes the document and moves it to the top of the recent list. */
export async function storeDocument(
  id: string,
  name: string,
  doc: AlignDocument,
  at: number,
): Promise<void> {
  const record: StoredRecord = { name, json: compactJson(doc) };
  await set(DOC_PREFIX + id, record);
  const recent = await loadRecent();
  const entry: RecentEntry = { id, name, savedAt: at, links: doc.alignment.links.length };
  const next = [entry, ...recent.filter((r) => r.id !== id)];
  const dropped = next.slice(RECENT_LIMIT);
  await set(RECENT_KEY, next.slice(0, RECENT_LIMIT));
  await Promise.all(dropped.flatMap((r) => [del(DOC_PREFIX + r.id), del(HANDLE_PREFIX + r.id)]));
}

/** Reads a stored document; throws FileFormatError when the stored text no longer reads. */
export async function loadDocument(id: string): Promise<StoredDocument | null> {
  const record = await get<StoredRecord>(DOC_PREFIX + id);
  if (!record || typeof record.json !== 'string') return null;
  return { name: record.name, doc: parseDocument(record.json) };
}

export async function loadRecent(): Promise<RecentEntry[]> {
  const list = await get<RecentEntry[]>(RECENT_KEY);
  return Array.isArray(list) ? list.filter((r) => r && typeof r.id === 'string') : [];
}

export async function forgetRecent(id: string): Promise<void> {
  const recent = await loadRecent();
  await set(
    RECENT_KEY,
    recent.filter((r) => r.id !== id),
  );
  await del(DOC_PREFIX + id);
  await del(HANDLE_PREFIX + id);
}

/**
 * The file a document was saved to or opened from (File System Access API). IndexedDB keeps
 * handles across visits, so Save after a reload still writes there, once permission is given.
 */
export async function storeHandle(id: string, handle: FileSystemFileHandle): Promise<void> {
  await set(HANDLE_PREFIX + id, handle);
}

export async function loadHandle(id: string): Promise<FileSystemFileHandle | null> {
  const handle = await get<FileSystemFileHandle>(HANDLE_PREFIX + id);
  return handle && typeof handle === 'object' && 'createWritable' in handle ? handle : null;
}

export async function saveSession(session: Omit<SessionRecord, 'version'>): Promise<void> {
  await set(SESSION_KEY, { version: 1, ...session } satisfies SessionRecord);
}

export async function loadSession(): Promise<SessionRecord | null> {
  const session = await get<SessionRecord>(SESSION_KEY);
  return session && session.version === 1 && typeof session.docId === 'string' ? session : null;
}

export async function clearSession(): Promise<void> {
  await del(SESSION_KEY);
}
