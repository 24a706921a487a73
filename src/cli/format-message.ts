import type { Message } from '../types.js';

/** One message as a line for the terminal: `error  path: reason  [rule]`. */
export function formatMessage(m: Message): string {
  return `${m.severity.padEnd(7)} ${m.source}: ${m.reason}  [${m.ruleId}]\n`;
}
