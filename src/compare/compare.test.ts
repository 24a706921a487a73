import { describe, expect, it } from 'vitest';
import { coverageMatrix } from './coverage.js';
import { findConsensus } from './find-consensus.js';
import { collectFigures, groupFigures } from './find-figures.js';
import { findOmissions } from './find-omissions.js';
import { findVoices } from './find-voices.js';
import { storyContext } from './story-context.js';
import { DISPUTED_STORY } from './testing.js';

const context = storyContext(DISPUTED_STORY, [['wire'], ['daily']]);
const groups = groupFigures(collectFigures(context));
const consensus = findConsensus(context, groups);
const voices = findVoices(DISPUTED_STORY);

describe('findConsensus', () => {
  it('finds what both sources say, with a span in each', () => {
    const dawn = consensus.find((c) => c.kind === 'statement' && /before dawn/.test(c.statement));
    expect([...(dawn?.articles ?? [])].sort()).toEqual(['daily', 'wire']);
    for (const e of dawn?.support ?? []) expect(DISPUTED_STORY.find((a) => a.id === e.article)?.text.slice(e.start, e.end)).toBe(e.text);
  });

  it('counts twins as one source: nothing is consensus between them alone', () => {
    const twins = storyContext(DISPUTED_STORY, [['wire', 'daily']]);
    expect(findConsensus(twins, groupFigures(collectFigures(twins)))).toEqual([]);
  });
});

describe('findOmissions', () => {
  it('notes the voice and the figures one article lacks', () => {
    const omissions = findOmissions(context, groups, consensus, voices);
    expect(omissions).toEqual(expect.arrayContaining([expect.objectContaining({ article: 'wire', kind: 'voice', topic: 'Piet Larsen', presentIn: ['daily'] })]));
  });
});

describe('coverageMatrix', () => {
  it('marks a dispute carried, disputed or omitted per article', () => {
    const rows = coverageMatrix(context, groups, consensus);
    const soldiers = rows.find((r) => r.kind === 'dispute' && /Varnian soldiers/.test(r.label));
    expect(soldiers?.cells).toEqual({ wire: 'disputed', daily: 'carried' });
    const wounded = rows.find((r) => r.kind === 'figure' && /25/.test(r.label));
    expect(wounded?.cells).toEqual({ wire: 'omitted', daily: 'carried' });
  });
});
