import type { GivenMetadata, Removal } from '../../types.js';
import { normalizeDate } from '../../util/dates.js';
import { toLines } from './01-lines.js';
import { removeSiteHeader } from './02-site-header.js';
import { takeTitle } from './03-title.js';
import { removeHeaderClutter } from './04-header-clutter.js';
import { extractAiDisclosure } from './05-ai-disclosure.js';
import { removeTrailingWidgets } from './06-trailing.js';
import { takeDek } from './07-dek.js';
import { markHeadings } from './08-headings.js';
import { dateFromDateline } from './09-dateline.js';
import { assemble, type AssembledText } from './10-assemble.js';
import type { TextState, TextStep } from './state.js';

export interface TextExtraction extends AssembledText {
  readonly title: string | null;
  readonly dek: string | null;
  readonly outlet: string | null;
  readonly byline: string | null;
  readonly published: string | null;
  readonly aiDisclosure: string | null;
  readonly removed: readonly Removal[];
}

/** The steps, in order; each names the clutter it handles. */
const STEPS: readonly TextStep[] = [
  removeSiteHeader, // "Liabooks Home|PRISM News"
  takeTitle, // first non-empty line
  removeHeaderClutter, // repeated title, "PoliticsAI Analysis", "4 min readSource", "Share- …", "- 13 Views", dates
  extractAiDisclosure, // "This content is AI-generated…", "Disclaimer: … artificial intelligence …"
  removeTrailingWidgets, // "Thoughts", "Related Articles", "Read more"
  takeDek, // the standfirst under the title
  markHeadings, // "The Human Cost of Escalation"
  dateFromDateline, // "DUNMOOR, Ostrel, March 4, 2026 (CPA) - …"
];

/**
 * Cleans a plain-text copy of a web page (or a `.txt`/`.md` article) into a title, metadata and
 * a body of paragraphs. Metadata given by the input (JSON fields) wins over what is found.
 */
export function extractText(raw: string, given: GivenMetadata = {}): TextExtraction {
  const initial: TextState = {
    lines: toLines(raw),
    title: given.title?.trim() || null,
    titleGiven: Boolean(given.title?.trim()),
    dek: given.dek?.trim() || null,
    outlet: given.outlet?.trim() || null,
    byline: given.byline?.trim() || null,
    published: normalizeDate(given.published),
    aiDisclosure: null,
    removed: [],
  };
  const final = STEPS.reduce((state, step) => step(state), initial);
  const { lines, titleGiven: _titleGiven, ...found } = final;
  return { ...found, ...assemble(lines) };
}
