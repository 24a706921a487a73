import type { Message, Severity } from '../types.js';

/** Builds a message. Reasons say what failed, what was expected, what was found, and how to fix it. */
export function message(severity: Severity, ruleId: string, source: string, reason: string, article?: string): Message {
  return article === undefined ? { severity, ruleId, source, reason } : { severity, ruleId, source, reason, article };
}
