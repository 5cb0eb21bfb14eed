/// <reference lib="webworker" />
/**
 * Regular-expression search off the main thread: a pattern that backtracks for minutes
 * (`(a+)+$` on a long run of a's) ties up only this worker, which the page ends after a
 * time limit (see regexSearch.ts).
 */
import type { Alignment } from '../core/model';
import type { SearchSettings } from '../store/viewStore';
import { findMatches, type SearchError } from './search';

export interface SearchRequest {
  readonly id: number;
  /** Sent only when it changed since the last request to this worker. */
  readonly alignment?: Alignment;
  readonly settings: SearchSettings;
}

export interface SearchReply {
  readonly id: number;
  readonly matches: ReturnType<typeof findMatches>['matches'];
  readonly error: SearchError | null;
  readonly truncated: boolean;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
let alignment: Alignment | null = null;

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.alignment) alignment = request.alignment;
  if (!alignment) return;
  const { matches, error, truncated } = findMatches(alignment, request.settings);
  scope.postMessage({ id: request.id, matches, error, truncated } satisfies SearchReply);
};
