/**
 * Where work survives a closed tab: IndexedDB (via idb-keyval), since a long document is
 * more than localStorage holds. Documents are stored as alignment JSON text, so a restore
 * goes through the same versioned, validated reader (and migrations) as a file.
 *
 * Layout: `duilian:session` points at the document open when the tab went away;
 * `duilian:recent` lists recently opened documents, each stored under `duilian:doc:<id>`.
 */
import { del, get, set, update } from 'idb-keyval';
import type { StoredHistory } from '../core/historyPatches';
import type { AlignDocument } from '../core/model';
import { parseDocument } from '../io/alignmentFile';
import { CURRENT_VERSION, FILE_FORMAT } from '../io/alignmentSchema';

const SESSION_KEY = 'duilian:session';
const RECENT_KEY = 'duilian:recent';
const DOC_PREFIX = 'duilian:doc:';
const HANDLE_PREFIX = 'duilian:handle:';

/**
 * How many documents the recent list keeps; older ones are deleted, except those with
 * changes not saved to a file, which stay however long the list grows.
 */
export const RECENT_LIMIT = 8;

export interface RecentEntry {
  readonly id: string;
  /** What the user calls it: the file base name or the title. */
  readonly name: string;
  /** When it was last changed or opened, in ms. */
  readonly savedAt: number;
  readonly links: number;
  /** It has changes not saved to a file: never dropped from the list to make room. */
  readonly dirty?: boolean;
}

/** Text typed in a segment editor and not yet applied: kept across a reload. */
export interface SessionDraft {
  readonly link: number;
  readonly side: 'src' | 'tgt';
  readonly segment: number;
  readonly text: string;
}

/** The document that was open, and whether it had changes not yet saved to a file. */
export interface SessionRecord {
  readonly version: 1;
  readonly docId: string;
  readonly name: string;
  readonly savedAt: number;
  readonly dirty: boolean;
  readonly draft?: SessionDraft;
}

export interface StoredDocument {
  readonly name: string;
  readonly doc: AlignDocument;
  readonly revision: number;
  readonly history?: StoredHistory;
}

interface StoredRecord {
  readonly name: string;
  readonly json: string;
  /** Counts writes of this document, so a stale write never replaces a newer one. */
  readonly revision?: number;
  /** The undo steps, as patches (core/historyPatches.ts). */
  readonly history?: StoredHistory;
}

/** Another tab wrote this document since this tab read it: writing would lose its changes. */
export class StaleWriteError extends Error {
  constructor(
    readonly stored: number,
    readonly base: number,
  ) {
    super('this document was changed in another tab since it was opened here');
    this.name = 'StaleWriteError';
  }
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

/**
 * The storage id of a document opened from these inputs (the texts of the files, in the
 * order the planner read them, and how they were cut): opening the same inputs again finds
 * the earlier work instead of starting a second copy. 64 bits of FNV-1a, two 32-bit lanes.
 */
export function inputsDocumentId(kind: string, texts: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  const mix = (code: number) => {
    a = Math.imul(a ^ code, 0x01000193) >>> 0;
    b = Math.imul(b ^ code, 0x01000193 + 0x2c) >>> 0;
  };
  for (const part of [kind, ...texts]) {
    for (let i = 0; i < part.length; i++) mix(part.charCodeAt(i));
    mix(0xffff); // a separator no text contains as a lone unit here: "ab"+"c" ≠ "a"+"bc"
  }
  return `in-${a.toString(36)}-${b.toString(36)}`;
}

export interface StoreOptions {
  readonly dirty: boolean;
  /** The revision this tab read or last wrote; null: a document new to storage. */
  readonly baseRevision: number | null;
  readonly history?: StoredHistory;
}

/**
 * Writes the document and moves it to the top of the recent list; returns the new revision.
 * Refuses (StaleWriteError) when storage holds a newer revision than the one this tab had.
 */
export async function storeDocument(
  id: string,
  name: string,
  doc: AlignDocument,
  at: number,
  { dirty, baseRevision, history }: StoreOptions = { dirty: false, baseRevision: null },
): Promise<number> {
  const json = compactJson(doc);
  let revision = 0;
  let stale: StaleWriteError | null = null;
  // Read and write in one IndexedDB transaction: no other tab can write in between.
  await update<StoredRecord>(DOC_PREFIX + id, (current) => {
    const stored = current?.revision ?? 0;
    if (current && baseRevision !== null && stored > baseRevision) {
      stale = new StaleWriteError(stored, baseRevision);
      return current;
    }
    revision = stored + 1;
    return { name, json, revision, ...(history && history.undo.length > 0 ? { history } : {}) };
  });
  if (stale) throw stale;
  const recent = await loadRecent();
  const entry: RecentEntry = {
    id,
    name,
    savedAt: at,
    links: doc.alignment.links.length,
    ...(dirty ? { dirty: true } : {}),
  };
  const { kept, dropped } = trimRecent([entry, ...recent.filter((r) => r.id !== id)]);
  await set(RECENT_KEY, kept);
  await Promise.all(dropped.flatMap((r) => [del(DOC_PREFIX + r.id), del(HANDLE_PREFIX + r.id)]));
  return revision;
}

/** The newest RECENT_LIMIT entries, and beyond them every one with unsaved changes. */
export function trimRecent(list: readonly RecentEntry[]): {
  kept: RecentEntry[];
  dropped: RecentEntry[];
} {
  const kept: RecentEntry[] = [];
  const dropped: RecentEntry[] = [];
  list.forEach((entry, i) => (i < RECENT_LIMIT || entry.dirty ? kept : dropped).push(entry));
  return { kept, dropped };
}

/** The revision storage holds for a document (0 when it holds none). */
export async function storedRevision(id: string): Promise<number> {
  const record = await get<StoredRecord>(DOC_PREFIX + id);
  return record?.revision ?? 0;
}

/** Reads a stored document; throws FileFormatError when the stored text no longer reads. */
export async function loadDocument(id: string): Promise<StoredDocument | null> {
  const record = await get<StoredRecord>(DOC_PREFIX + id);
  if (!record || typeof record.json !== 'string') return null;
  return {
    name: record.name,
    doc: parseDocument(record.json),
    revision: record.revision ?? 0,
    ...(record.history && Array.isArray(record.history.undo) ? { history: record.history } : {}),
  };
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

/**
 * A write that failed (storage full) leaves the stored copy older than the work on screen.
 * The mark says so at the next start; it goes to localStorage, which has its own quota, since
 * IndexedDB just refused a write.
 */
const UNKEPT_KEY = 'duilian:unkept';

export interface UnkeptMark {
  readonly docId: string;
  /** When the first change that could not be stored was made. */
  readonly since: number;
}

export function markUnkept(docId: string, since: number): void {
  try {
    const current = loadUnkept();
    if (current?.docId === docId) return;
    globalThis.localStorage?.setItem(UNKEPT_KEY, JSON.stringify({ docId, since }));
  } catch {
    // Nothing else to write to; the footer already says autosave failed.
  }
}

export function clearUnkept(docId: string): void {
  try {
    if (loadUnkept()?.docId === docId) globalThis.localStorage?.removeItem(UNKEPT_KEY);
  } catch {
    // As above.
  }
}

export function loadUnkept(): UnkeptMark | null {
  try {
    const raw = globalThis.localStorage?.getItem(UNKEPT_KEY);
    const mark = raw ? (JSON.parse(raw) as UnkeptMark) : null;
    return mark && typeof mark.docId === 'string' && typeof mark.since === 'number' ? mark : null;
  } catch {
    return null;
  }
}
