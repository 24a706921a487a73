/**
 * Structured logs: one JSON object per line (`{"time","level","msg",…fields}`), what log collectors
 * (journald, Loki, CloudWatch) parse without rules; or the same as readable text for a terminal.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFormat = 'json' | 'text';
export interface Logger {
  log(level: LogLevel, msg: string, fields?: Readonly<Record<string, unknown>>): void;
  info(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  warn(msg: string, fields?: Readonly<Record<string, unknown>>): void;
  error(msg: string, fields?: Readonly<Record<string, unknown>>): void;
}

export function createLogger(options: { readonly format?: LogFormat; readonly write: (line: string) => void; readonly clock?: () => Date; readonly base?: Readonly<Record<string, unknown>> }): Logger {
  const clock = options.clock ?? (() => new Date());
  const log = (level: LogLevel, msg: string, fields: Readonly<Record<string, unknown>> = {}) => {
    const time = clock().toISOString();
    const all = { ...options.base, ...fields };
    if (options.format === 'text') {
      const rest = Object.entries(all).map(([k, v]) => `${k}=${typeof v === 'string' && !/\s/.test(v) ? v : JSON.stringify(v)}`).join(' ');
      options.write(`${time} ${level.toUpperCase().padEnd(5)} ${msg}${rest ? ` ${rest}` : ''}\n`);
    } else options.write(`${JSON.stringify({ time, level, msg, ...all })}\n`);
  };
  return { log, info: (m, f) => log('info', m, f), warn: (m, f) => log('warn', m, f), error: (m, f) => log('error', m, f) };
}
