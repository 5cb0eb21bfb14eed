import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dictionary } from '../../src/align/dictionary';
import { loadNodeDictionary } from '../../src/align/nodeDictionary';
import { checkLinks, documentProfile, PENDING_ALL, type CheckContext } from '../../src/checks';
import { makeSide, type AlignDocument, type Alignment, type Link } from '../../src/core/model';
import { editSegmentText, isOpError } from '../../src/core/operations';
import { setDocument } from '../../src/store/actions';
import { appStore, initialAppState } from '../../src/store/appStore';
import {
  checksStore,
  DEFER_CHECKS_ABOVE,
  NEAR_ROWS,
  noteShownLink,
  setChecksDictionaryLoader,
  startChecks,
} from '../../src/store/checksStore';
import { fileStore } from '../../src/store/fileStore';
import { exportReport } from '../../src/store/reportActions';

/**
 * A long document (over DEFER_CHECKS_ABOVE links): every 7th row has a changed year, every
 * 11th is below the confidence threshold, every 13th has an English sentence with no Chinese.
 */
function longDocument(count = DEFER_CHECKS_ABOVE + 90): AlignDocument {
  const zh: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < count; i++) {
    zh.push(`第${i + 1}段：这一对话机制始于1990年，村里的孩子们每天早上沿着小河走去学校。`);
    en.push(
      `Paragraph ${i + 1}: this dialogue began in ${i % 7 === 3 ? 1992 : 1990}, and every morning the village children walk to school along the river.` +
        (i % 13 === 5
          ? ' Meanwhile the committee published a long statement about budgets, harbours and the weather in distant provinces.'
          : ''),
    );
  }
  const links: Link[] = zh.map((_, i) => ({
    src: [i],
    tgt: [i],
    status: 'auto',
    confidence: i % 11 === 4 ? 0.4 : 0.97,
  }));
  return {
    meta: {},
    level: 'paragraphs',
    alignment: { source: makeSide('zh', zh), target: makeSide('en', en), links },
  };
}

/** The flags of this alignment all at once, as a small document (or the CLI) gets them. */
function allAtOnce(alignment: Alignment, dictionary?: Dictionary) {
  const context: CheckContext = {
    dictionary,
    level: 'paragraphs',
    profile: documentProfile(alignment, dictionary),
  };
  return checkLinks(alignment, context).flags;
}

const checks = () => checksStore.getState().checks!;
const flaggedRows = (flags: readonly (readonly unknown[])[]) =>
  flags.flatMap((f, k) => (f.length > 0 ? [k] : []));

let stop: () => void = () => {};

beforeEach(() => {
  appStore.setState(initialAppState, true);
  checksStore.setState({ checks: null });
  setChecksDictionaryLoader(() => Promise.resolve(undefined));
  stop = startChecks();
});
afterEach(() => stop());

const ALL_DONE = { timeout: 60_000, interval: 20 };

describe('checks of a long document', () => {
  it('are left for later when it opens, then done in slices until they equal the checks at once', async () => {
    const doc = longDocument();
    setDocument(doc);
    // Nothing checked yet: the document opened without waiting for its checks.
    expect(checks().pending).toBe(doc.alignment.links.length);
    expect(flaggedRows(checks().flags)).toEqual([]);
    await vi.waitFor(() => expect(checks().pending).toBe(0), ALL_DONE);
    const expected = allAtOnce(doc.alignment);
    expect(flaggedRows(expected).length).toBeGreaterThan(30);
    expect(checks().flags).toEqual(expected);
  });

  /** Resolves true when no row far from `centre` was checked before every row near it. */
  async function checkedAroundFirst(centre: number, n: number): Promise<boolean> {
    const near = (k: number) => k >= centre - NEAR_ROWS && k < centre + NEAR_ROWS;
    // Every state the grid is shown: no row far from the centre is checked before all near it.
    const orderKept: boolean[] = [];
    const unsubscribe = checksStore.subscribe(({ checks: c }) => {
      const at = c?.pendingAt;
      if (!at) return;
      let farChecked = false;
      let nearPending = false;
      for (let k = 0; k < n; k++) {
        if (near(k)) nearPending ||= at[k] !== 0;
        else farChecked ||= at[k] !== PENDING_ALL;
      }
      orderKept.push(!(farChecked && nearPending));
    });
    await vi.waitFor(() => expect(checks().pending).toBe(0), ALL_DONE);
    unsubscribe();
    return orderKept.length > 0 && orderKept.every(Boolean);
  }

  // Long enough that the slices take several publications (PUBLISH_MS apart) on a fast
  // machine: the order is only seen in the states published before the last.
  const ORDER_LINKS = 2_400;

  it('checks the selected row and its neighbours first', async () => {
    const doc = longDocument(ORDER_LINKS);
    setDocument(doc);
    appStore.setState({ selectedLink: 2_000 });
    expect(await checkedAroundFirst(2_000, ORDER_LINKS)).toBe(true);
    expect(checks().flags[2_005].map((f) => f.kind)).toContain('numbers');
  });

  it('checks the rows on screen first when the user has scrolled away from the selection', async () => {
    const doc = longDocument(ORDER_LINKS);
    setDocument(doc);
    // The selection stays on the first row; the grid shows rows around 1,200.
    noteShownLink(1_200);
    expect(await checkedAroundFirst(1_200, ORDER_LINKS)).toBe(true);
  });

  it('checks an edit at once while slices are pending, and keeps it', async () => {
    const doc = longDocument();
    setDocument(doc);
    expect(checks().pending).toBeGreaterThan(0);
    const edited = editSegmentText(
      doc.alignment,
      'tgt',
      120,
      'Paragraph 121: this dialogue began in 1995, and every morning the village children walk to school along the river.',
    );
    if (isOpError(edited)) throw new Error(edited.error);
    appStore.setState({ doc: { ...doc, alignment: edited } });
    // Checked at once: the changed year is flagged before any slice has run.
    expect(checks().alignment).toBe(edited);
    expect(checks().flags[120].map((f) => f.kind)).toContain('numbers');
    await vi.waitFor(() => expect(checks().pending).toBe(0), ALL_DONE);
    expect(checks().flags).toEqual(allAtOnce(edited, undefined));
  });

  it('checks again in slices when the dictionary comes, showing the old flags until then', async () => {
    let arrive: (d: Dictionary) => void = () => {};
    setChecksDictionaryLoader(() => new Promise((resolve) => (arrive = resolve)));
    const doc = longDocument();
    setDocument(doc);
    await vi.waitFor(() => expect(checks().pending).toBe(0), ALL_DONE);
    const before = checks().flags;
    const dictionary = loadNodeDictionary();
    // The first state published with the dictionary (read when published: a poll could come
    // after the first slices on a slow machine).
    let first: { pending: number; flags: readonly (readonly unknown[])[] } | undefined;
    const unsubscribe = checksStore.subscribe(({ checks: c }) => {
      if (!first && c?.context?.dictionary === dictionary)
        first = { pending: c.pending, flags: c.flags };
    });
    arrive(dictionary);
    await vi.waitFor(() => expect(first).toBeDefined());
    unsubscribe();
    // No flash of "no flags": every row still shows what it had.
    expect(first!.pending).toBe(doc.alignment.links.length);
    expect(first!.flags).toEqual(before);
    await vi.waitFor(() => expect(checks().pending).toBe(0), ALL_DONE);
    // The profile of the checks at once is computed with the dictionary too.
    expect(checks().flags).toEqual(allAtOnce(doc.alignment, dictionary));
  });

  it('stays synchronous for a short document', () => {
    const doc = longDocument(DEFER_CHECKS_ABOVE);
    setDocument(doc);
    expect(checks().pending).toBe(0);
    expect(checks().flags).toEqual(allAtOnce(doc.alignment));
  });
});

describe('the review report of a long document', () => {
  it('waits for the checks still running instead of freezing the page, then holds every flag', async () => {
    const blobs: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report';
    }) as typeof URL.createObjectURL;
    try {
      const doc = longDocument();
      setDocument(doc);
      expect(checks().pending).toBe(doc.alignment.links.length);
      const written = exportReport('json');
      // Nothing written yet: the page goes on, and the notice says how much is left.
      expect(blobs).toHaveLength(0);
      expect(fileStore.getState().notice).toMatch(
        new RegExp(`\\(${doc.alignment.links.length} rows to go\\)`),
      );
      await written;
      expect(checks().pending).toBe(0);
      expect(blobs).toHaveLength(1);
      const report = JSON.parse(await blobs[0].text()) as {
        links: { flags: { kind: string }[] }[];
      };
      expect(report.links).toHaveLength(doc.alignment.links.length);
      const expected = allAtOnce(doc.alignment);
      expect(report.links.map((l) => l.flags.map((f) => f.kind))).toEqual(
        expected.map((f) => f.map((x) => x.kind)),
      );
      expect(fileStore.getState().notice).toMatch(/Exported .*\.report\.json/);
    } finally {
      URL.createObjectURL = original;
    }
  });
});
