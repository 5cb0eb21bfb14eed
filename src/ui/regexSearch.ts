/**
 * Regular-expression search with a time limit. A regex can backtrack for minutes on one
 * long segment and JavaScript cannot interrupt it, so it runs in a worker that is ended
 * after REGEX_TIME_LIMIT_MS; the search field then says the pattern was too slow. Plain
 * searches are linear and stay on the main thread (search.ts).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Alignment } from '../core/model';
import type { SearchSettings } from '../store/viewStore';
import {
  cachedMatches,
  EMPTY_RESULT,
  groupBySegment,
  type SearchError,
  type SearchResult,
} from './search';
import type { SearchReply, SearchRequest } from './searchWorker';

export const REGEX_TIME_LIMIT_MS = 2000;

const SLOW_PATTERN: SearchError = { kind: 'slow' };
const NO_WORKER: SearchError = { kind: 'noWorker' };

interface Finished {
  readonly alignment: Alignment;
  readonly settings: SearchSettings;
  readonly result: SearchResult;
}

/** The last finished regex search; components re-render when it arrives. */
const finishedStore = createStore<{ finished: Finished | null }>()(() => ({ finished: null }));

/**
 * The matches for a search, for a component: plain searches at once, regex searches once
 * the worker answers (the component re-renders then).
 */
export function useSearchMatches(
  alignment: Alignment | null,
  settings: SearchSettings,
): SearchResult {
  useStore(finishedStore, (s) => s.finished);
  if (!alignment || settings.query === '') return EMPTY_RESULT;
  return settings.regex ? regexMatches(alignment, settings) : cachedMatches(alignment, settings);
}

const PENDING: SearchResult = {
  matches: [],
  bySegment: new Map(),
  error: null,
  truncated: false,
  pending: true,
};

let worker: Worker | null = null;
/** The alignment this worker instance holds, so it is sent once, not on every keystroke. */
let workerAlignment: Alignment | null = null;
let running: {
  id: number;
  alignment: Alignment;
  settings: SearchSettings;
  timer: ReturnType<typeof setTimeout>;
} | null = null;
let nextId = 1;

function endWorker(): void {
  worker?.terminate();
  worker = null;
  workerAlignment = null;
}

function finish(alignment: Alignment, settings: SearchSettings, result: SearchResult): void {
  if (running) clearTimeout(running.timer);
  running = null;
  finishedStore.setState({ finished: { alignment, settings, result } });
}

function failed(message: SearchError): SearchResult {
  return { matches: [], bySegment: new Map(), error: message, truncated: false };
}

function startWorker(): Worker {
  const w = new Worker(new URL('./searchWorker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<SearchReply>) => {
    const reply = event.data;
    if (!running || reply.id !== running.id) return;
    const { matches, error, truncated } = reply;
    finish(running.alignment, running.settings, {
      matches,
      bySegment: groupBySegment(matches),
      error,
      truncated,
    });
  };
  w.onerror = (event) => {
    event.preventDefault();
    const job = running;
    endWorker();
    if (job) finish(job.alignment, job.settings, failed(NO_WORKER));
  };
  return w;
}

function start(alignment: Alignment, settings: SearchSettings): void {
  if (running) {
    // The pattern typed before may still be backtracking: end it rather than queue behind it.
    clearTimeout(running.timer);
    running = null;
    endWorker();
  }
  try {
    worker ??= startWorker();
  } catch {
    finish(alignment, settings, failed(NO_WORKER));
    return;
  }
  const id = nextId++;
  const request: SearchRequest =
    workerAlignment === alignment ? { id, settings } : { id, alignment, settings };
  workerAlignment = alignment;
  const timer = setTimeout(() => {
    endWorker();
    finish(alignment, settings, failed(SLOW_PATTERN));
  }, REGEX_TIME_LIMIT_MS);
  running = { id, alignment, settings, timer };
  worker.postMessage(request);
}

/**
 * The result of a regex search: the finished one when it is for these very inputs, else
 * a pending result while the worker runs (started here when needed).
 */
export function regexMatches(alignment: Alignment, settings: SearchSettings): SearchResult {
  // No workers at all (jsdom in tests): there is no other thread to use.
  if (typeof Worker === 'undefined') return cachedMatches(alignment, settings);
  const finished = finishedStore.getState().finished;
  if (finished && finished.alignment === alignment && finished.settings === settings)
    return finished.result;
  if (!running || running.alignment !== alignment || running.settings !== settings) {
    // Starting work is a side effect; do it after the render that asked.
    const a = alignment;
    const s = settings;
    queueMicrotask(() => {
      if (!running || running.alignment !== a || running.settings !== s) {
        const done = finishedStore.getState().finished;
        if (!done || done.alignment !== a || done.settings !== s) start(a, s);
      }
    });
  }
  return PENDING;
}
