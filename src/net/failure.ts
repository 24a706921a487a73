import { message } from '../ingest/messages.js';
import type { Message } from '../types.js';

/** A problem found while fetching, before it is tied to the URL the caller asked for. */
export interface Failure {
  /** `fetch/timeout`, `fetch/private-address`, … */
  readonly ruleId: string;
  /** What failed, what was expected, what was found, and how to fix it. */
  readonly reason: string;
}

export function isFailure(value: unknown): value is Failure {
  return typeof value === 'object' && value !== null && 'ruleId' in value && 'reason' in value;
}

/** The failure as an error message about `source` (the URL as the caller gave it). */
export function failureMessage(failure: Failure, source: string): Message {
  return message('error', failure.ruleId, source, failure.reason);
}
