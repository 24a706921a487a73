import { createRequire } from 'node:module';
import { backgroundIdf } from '../stories/background.js';
import { sentenceTerms } from '../stories/terms.js';
import type { Consensus, Omission, AnnotatedArticle } from '../types.js';
import type { FigureGroup } from './find-figures.js';
import { sourceCount, type StoryContext } from './story-context.js';

const require = createRequire(import.meta.url);
const { omissions: M } = require('../../model/stories.json') as {
  omissions: { casualtyMeasures: string[]; actorTypes: string[]; minMentions: number; maxStatements: number; maxTopics: number; minTopicIdf: number };
};
const CASUALTY = new Set(M.casualtyMeasures);

/** Two-word phrases of content words ("human rights", "border security") and how often each occurs. */
function phrases(article: AnnotatedArticle): Map<string, number> {
  const out = new Map<string, number>();
  for (const terms of sentenceTerms(article)) {
    for (let i = 0; i + 1 < terms.length; i++) {
      const p = `${terms[i]} ${terms[i + 1]}`;
      out.set(p, (out.get(p) ?? 0) + 1);
    }
  }
  return out;
}

/**
 * What each article leaves out that the rest of its story carries widely (at least half of the other
 * sources, twins included: a mirror-image rewrite's silences are the point): casualty figures, actors,
 * voices, recurring phrases ("human rights"), and consensus statements.
 */
export function findOmissions(context: StoryContext, figureGroups: readonly FigureGroup[], consensus: readonly Consensus[], voices: Readonly<Record<string, readonly string[]>>): Omission[] {
  const out: Omission[] = [];
  const ids = context.articles.map((a) => a.id);
  const withFigures = new Set(figureGroups.flatMap((g) => g.figures.filter((f) => CASUALTY.has(f.claim.measure)).map((f) => f.article)));
  const phrasesOf = new Map(context.articles.map((a) => [a.id, phrases(a)]));
  for (const a of context.articles) {
    const others = ids.filter((id) => id !== a.id);
    if (!others.length) continue;
    const needed = Math.max(1, Math.ceil(sourceCount(context, others) / 2));
    const widely = (where: readonly string[]) => sourceCount(context, where) >= needed;
    const figuresElsewhere = others.filter((id) => withFigures.has(id));
    // Figures are the story's hard facts: one other source giving them is enough to note their absence.
    if (!withFigures.has(a.id) && figuresElsewhere.length) out.push({ article: a.id, topic: 'casualty figures', kind: 'figures', presentIn: figuresElsewhere });
    const named = new Set(a.entities.map((e) => e.id));
    const actors = new Map<string, { name: string; in: string[]; mentions: number }>();
    for (const id of others) {
      for (const e of context.byId.get(id)?.entities ?? []) {
        if (!M.actorTypes.includes(e.type) || named.has(e.id)) continue;
        const seen = actors.get(e.id) ?? { name: e.name, in: [], mentions: 0 };
        seen.in.push(id);
        seen.mentions += e.mentions.length;
        actors.set(e.id, seen);
      }
    }
    for (const { name, in: where, mentions } of actors.values()) if (mentions >= M.minMentions && widely(where)) out.push({ article: a.id, topic: name, kind: 'actor', presentIn: where });
    const quoted = new Set(voices[a.id] ?? []);
    const voiceElsewhere = new Map<string, string[]>();
    for (const id of others) for (const v of voices[id] ?? []) if (!quoted.has(v)) voiceElsewhere.set(v, [...(voiceElsewhere.get(v) ?? []), id]);
    for (const [v, where] of voiceElsewhere) if (widely(where)) out.push({ article: a.id, topic: v, kind: 'voice', presentIn: where });
    const own = phrasesOf.get(a.id) ?? new Map<string, number>();
    const topics = new Map<string, { in: string[]; count: number }>();
    for (const id of others) {
      for (const [p, n] of phrasesOf.get(id) ?? []) {
        if (own.has(p)) continue;
        const t = topics.get(p) ?? { in: [], count: 0 };
        t.in.push(id);
        t.count += n;
        topics.set(p, t);
      }
    }
    // A phrase the twin repeats counts alone: what a mirror-image rewrite drops is its lens.
    const twin = (where: readonly string[]) => where.some((id) => context.sourceOf.get(id) === context.sourceOf.get(a.id));
    const candidates = [...topics].filter(([p, t]) => t.count >= 2 && p.split(' ').every((w) => backgroundIdf(w) >= M.minTopicIdf));
    const rank = (list: typeof candidates) => list.sort((x, y) => y[1].in.length - x[1].in.length || y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1)).slice(0, M.maxTopics);
    // From the twin, what it repeats most: the words of its lens ("human rights" three times).
    const fromTwin = candidates.filter(([, t]) => twin(t.in)).sort((x, y) => y[1].count - x[1].count || (x[0] < y[0] ? -1 : 1)).slice(0, M.maxTopics);
    const fromStory = rank(candidates.filter(([, t]) => !twin(t.in) && t.in.length >= 2 && widely(t.in)));
    for (const [p, t] of [...fromTwin, ...fromStory]) out.push({ article: a.id, topic: p, kind: 'topic', presentIn: t.in });
    let statements = 0;
    for (const c of consensus) {
      if (c.kind !== 'statement' || c.articles.includes(a.id) || !widely(c.articles) || statements >= M.maxStatements) continue;
      out.push({ article: a.id, topic: c.statement, kind: 'statement', presentIn: c.articles });
      statements++;
    }
  }
  return out;
}
