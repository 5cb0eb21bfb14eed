/** A worker thread of `duilian batch`: aligns the pairs it is sent, one at a time. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { ExportOptions } from '../io/exporters/common';
import { findFormat, writeDocument, type FormatId } from '../io/formats';
import { alignFilePair, type PairSettings } from './pairAligner';
import { cannotWrite } from './errors';

export interface BatchJob {
  readonly index: number;
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

export type BatchResult =
  | { readonly index: number; readonly ok: true; readonly links: number }
  | { readonly index: number; readonly ok: false; readonly message: string };

/** Plain data (a worker cannot receive the format's functions): the format travels by id. */
export interface BatchWorkerData {
  readonly settings: PairSettings;
  readonly format: FormatId;
  readonly options: ExportOptions;
  readonly outDir: string;
}

const { settings, format, options, outDir } = workerData as BatchWorkerData;

async function alignJob(job: BatchJob): Promise<BatchResult> {
  try {
    const doc = alignFilePair(job.zh, job.en, settings);
    const files = await writeDocument(doc, findFormat(format)!, options, join(outDir, job.id));
    for (const file of files) {
      try {
        writeFileSync(file.name, file.data);
      } catch (error) {
        throw new Error(cannotWrite(file.name, error), { cause: error });
      }
    }
    return { index: job.index, ok: true, links: doc.alignment.links.length };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { index: job.index, ok: false, message };
  }
}

parentPort?.on('message', (job: BatchJob) => {
  void alignJob(job).then((result) => parentPort?.postMessage(result));
});
