import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const raw = require('../../../model/text-boilerplate.json') as Record<string, unknown>;

function rx(key: string, flags = 'i'): RegExp {
  return new RegExp(raw[key] as string, flags);
}

/** The plain-text boilerplate model, compiled once (configure once, run many times). */
export const TEXT_MODEL = {
  sectionWords: new Set((raw.sectionWords as string[]).map((w) => w.toLowerCase())),
  readingTime: rx('readingTime'),
  shareBar: rx('shareBar'),
  shareLine: rx('shareLine'),
  counter: rx('counter'),
  bylineLine: rx('bylineLine'),
  trailing: (raw.trailing as string[]).map((p) => new RegExp(p, 'i')),
  aiDisclosure: rx('aiDisclosure'),
  legalBoilerplate: rx('legalBoilerplate'),
  disclaimerLabel: rx('disclaimerLabel'),
  selfReference: rx('selfReference'),
  relatedHeading: rx('relatedHeading'),
  copyrightOwner: rx('copyrightOwner'),
  dateline: new RegExp(raw.dateline as string),
} as const;
