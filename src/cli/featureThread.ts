/**
 * A second thread for `duilian align` on large inputs: the English side's units are read in a
 * worker (featureWorker.ts) while the main thread reads the Chinese side, which cuts the
 * features phase, the largest, by about its English share on a machine with two cores. The
 * aligner is synchronous, so the main thread waits for the answer with Atomics.wait and takes
 * it with receiveMessageOnPort. The result is the same as reading both sides in one thread
 * (englishSide.ts says why); when the worker fails, the main thread reads the side itself.
 * Node only: the pure align layer sees just the EnglishSideReader function.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import type { ChineseChunk, ChineseShare, ChineseShareReader } from '../align/chineseShare';
import type { EnglishSide, EnglishSideReader } from '../align/englishSide';
import type { AlignParams } from '../align/alignParams';
import type { TuneJob } from '../align/tuneJob';
import type { PairRowsHelper, PairRowsJob, PairRowsResult } from '../align/pairRows';
import { chunkSize, claimFront } from './chunkClaims';
import type { MarkWants, TextMarks, TextMarksAnswer, TextMarksReader } from '../align/textMarks';

/** The worker's counter of answers posted; DEAD when it gave up (no more answers will come). */
export const DEAD = 1 << 20;

export interface FeatureWorkerData {
  readonly signal: Int32Array;
}

/**
 * The worker's requests, answered in order: the English side's units, then the text marks of
 * both sides (`tgt` absent: the English texts of the units request, not posted twice).
 */
export type FeatureRequest =
  | {
      readonly kind: 'english';
      readonly texts: readonly string[];
      readonly edges: boolean;
      /** Make the units' stores in shared memory (the pair rows read them later). */
      readonly shared: boolean;
    }
  | {
      readonly kind: 'chinese';
      readonly texts: readonly string[];
      readonly edges: boolean;
      readonly size: number;
      /** [claims, then per chunk 1 once posted]: see chineseThread below. */
      readonly state: Int32Array;
      /** Where the chunks go, one message each. */
      readonly port: MessagePort;
    }
  | { readonly kind: 'pairs'; readonly job: PairRowsJob }
  | { readonly kind: 'tune'; readonly job: TuneJob }
  | {
      readonly kind: 'marks';
      /** Absent: the texts of the Chinese request. */
      readonly src?: readonly string[];
      readonly tgt?: readonly string[];
      readonly want: MarkWants;
    };

export type FeatureReply =
  | { readonly side: EnglishSide }
  | { readonly chunks: number }
  | { readonly marks: TextMarks }
  | { readonly rows: PairRowsResult }
  | { readonly tuned: AlignParams }
  | { readonly error: string };

/**
 * Inputs (both files together) from which `align` reads the English side in a worker (~7,000
 * paragraphs a side): below this, no gain was shown (docs/aligner.md has the figures).
 */
export const THREAD_MIN_BYTES = 4 << 20;

/**
 * Whether `align` reads the English side in a worker thread for inputs of `bytes` (both files):
 * DUILIAN_THREADS=0 never, DUILIAN_THREADS=2 always (tests), otherwise from THREAD_MIN_BYTES
 * on a machine with two cores or more.
 */
export function threadsWanted(bytes: number): boolean {
  const setting = process.env.DUILIAN_THREADS;
  if (setting === '0') return false;
  if (setting === '2') return true;
  return bytes >= THREAD_MIN_BYTES && availableParallelism() >= 2;
}

/**
 * How long the main thread waits for one of the worker's answers: far longer than the worker
 * takes (under a second for 20,000 paragraphs), short enough that a dead worker is not a hang.
 */
const WAIT_LIMIT_MS = 60_000;

/** The worker's readers for the aligner, and whether the worker gave the side (for --timings). */
export interface FeatureThread {
  readonly reader: EnglishSideReader;
  readonly chinese: ChineseShareReader;
  /** How many of the Chinese chunks the worker gave (in time to be used), of how many. */
  chineseTaken(): number;
  chineseChunks(): number;
  readonly marks: TextMarksReader;
  /** Computes the last rows of each search's pair evidence. */
  readonly pairs: PairRowsHelper;
  answered(): boolean;
  /** Whether the worker gave the quote states and mark counts. */
  markedAnswered(): boolean;
  /** How many searches' last rows the worker gave (in time to be used), of how many asked. */
  rowsAnswered(): number;
  rowsAsked(): number;
  /** Whether the worker's parameters for the second search were in time to be used. */
  tuneAnswered(): boolean;
  /** Lets the worker go (once the aligner is done with it). */
  close(): void;
}

/**
 * Starts the worker at once (it loads while the main thread reads and segments the texts) and
 * returns the readers to pass to the aligner; undefined outside the built CLI (no worker file).
 * One use each: the worker answers one request of each kind.
 */
export function englishSideThread(): FeatureThread | undefined {
  const file = new URL('./featureWorker.mjs', import.meta.url);
  // A worker file that cannot load would leave the main thread waiting: check it is there.
  if (file.protocol !== 'file:' || !existsSync(fileURLToPath(file))) return undefined;
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(file, {
    workerData: { signal, port: port2 },
    transferList: [port2],
  });
  // Never keeps the process alive; a worker that fails leaves the work to the main thread.
  worker.unref();
  worker.on('error', () => {});
  let posted = 0;
  let received = 0;
  let failed = false;
  let answered = false;
  let marked = false;
  let rowsAnswered = 0;
  let rowsAsked = 0;
  let tuneAnswered = false;
  let englishTexts: readonly string[] | undefined;
  let chineseTexts: readonly string[] | undefined;
  let chineseTaken = 0;
  let closeChunks = () => {};
  let chineseChunks = 0;
  /** The number of the last request posted. */
  let last = 0;
  const fail = () => {
    failed = true;
    void worker.terminate();
    port1.close();
  };
  /** Whether the answer to request `number` is in, or will never come. */
  const isIn = (number: number) => {
    if (failed || received >= number) return true;
    const count = Atomics.load(signal, 0);
    return count >= DEAD || count >= number;
  };
  /** Posts a request; the returned function waits for its answer (answers come in order). */
  const ask = (request: FeatureRequest): (() => FeatureReply | undefined) => {
    if (failed) return () => undefined;
    port1.postMessage(request);
    const number = ++posted;
    last = number;
    return () => {
      if (failed || received >= number) return undefined;
      // A worker that died without answering (out of memory, say) never counts its answer:
      // after WAIT_LIMIT_MS the main thread stops waiting and does the work itself.
      const deadline = performance.now() + WAIT_LIMIT_MS;
      for (;;) {
        const count = Atomics.load(signal, 0);
        if (count >= DEAD) break;
        if (count >= number) break;
        const left = deadline - performance.now();
        if (left <= 0) {
          fail();
          return undefined;
        }
        Atomics.wait(signal, 0, count, left);
      }
      // Earlier answers not waited for are passed over (each request has one answer).
      let reply: FeatureReply | undefined;
      while (received < number) {
        const message = receiveMessageOnPort(port1);
        if (!message) break;
        received++;
        reply = message.message as FeatureReply;
      }
      if (received < number) {
        fail();
        return undefined;
      }
      return reply;
    };
  };
  let usedEnglish = false;
  const reader: EnglishSideReader = (texts, edges) => {
    if (usedEnglish) return () => undefined;
    usedEnglish = true;
    englishTexts = texts;
    const wait = ask({ kind: 'english', texts, edges, shared: true });
    return () => {
      const reply = wait();
      if (!reply || !('side' in reply)) return undefined;
      answered = true;
      return reply.side;
    };
  };
  let usedChinese = false;
  const chinese: ChineseShareReader = (texts, edges) => {
    if (usedChinese || failed) return undefined;
    usedChinese = true;
    const size = chunkSize(texts.length);
    const chunks = Math.ceil(texts.length / size);
    if (chunks < 2 || chunks > 0xffff) return undefined;
    chineseTexts = texts;
    chineseChunks = chunks;
    const state = new Int32Array(new SharedArrayBuffer(4 * (1 + chunks)));
    state[0] = chunks << 16;
    const channel = new MessageChannel();
    port1.postMessage(
      { kind: 'chinese', texts, edges, size, state, port: channel.port2 } satisfies FeatureRequest,
      [channel.port2],
    );
    posted++;
    last = posted;
    const chunkPort = channel.port1;
    closeChunks = () => chunkPort.close();
    const share: ChineseShare = {
      size,
      claim: () => claimFront(state),
      ready: (c) => !failed && Atomics.load(state, 1 + c) === 1,
      receive: () => {
        const out: ChineseChunk[] = [];
        for (let m = receiveMessageOnPort(chunkPort); m; m = receiveMessageOnPort(chunkPort))
          out.push(m.message as ChineseChunk);
        return out;
      },
      adopted: () => chineseTaken++,
    };
    return share;
  };
  let usedMarks = false;
  const marks: TextMarksReader = (src, tgt, want) => {
    if (usedMarks) return () => undefined;
    usedMarks = true;
    const request: FeatureRequest = {
      kind: 'marks',
      ...(src === chineseTexts ? {} : { src }),
      ...(tgt === englishTexts ? {} : { tgt }),
      want,
    };
    const wait = ask(request);
    const number = last;
    const answer: TextMarksAnswer = Object.assign(
      () => {
        const reply = wait();
        if (!reply || !('marks' in reply)) return undefined;
        marked = true;
        return reply.marks;
      },
      { ready: () => isIn(number) },
    );
    return answer;
  };
  const pairs: PairRowsHelper = {
    buffer: (bytes) => new SharedArrayBuffer(bytes),
    rows: (job) => {
      rowsAsked++;
      const wait = ask({ kind: 'pairs', job });
      const number = last;
      return {
        ready: () => isIn(number),
        result: () => {
          const reply = wait();
          if (!reply || !('rows' in reply)) return undefined;
          rowsAnswered++;
          return reply.rows;
        },
      };
    },
    tune: (job) => {
      const wait = ask({ kind: 'tune', job });
      const number = last;
      return {
        ready: () => isIn(number),
        result: () => {
          const reply = wait();
          if (!reply || !('tuned' in reply)) return undefined;
          tuneAnswered = true;
          return reply.tuned;
        },
      };
    },
  };
  const close = () => {
    closeChunks();
    if (!failed) port1.close();
    failed = true;
  };
  return {
    reader,
    chinese,
    chineseTaken: () => chineseTaken,
    chineseChunks: () => chineseChunks,
    marks,
    answered: () => answered,
    markedAnswered: () => marked,
    rowsAnswered: () => rowsAnswered,
    rowsAsked: () => rowsAsked,
    tuneAnswered: () => tuneAnswered,
    pairs,
    close,
  };
}
