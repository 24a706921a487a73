import type { AnnotatedArticle, Span } from '../../types.js';
import { profileContext, type ProfileContext } from '../sentence-tokens.js';
import type { ActorStance } from '../types-frames.js';
import { WordTable } from '../word-ids.js';
import { findActors } from './01-actors.js';
import { compileRoleRules, ROLE_REACH } from './02-role-rules.js';
import { compileMentionStance, type ScoredForm } from './03-mention-stance.js';
import { STANCE_MODEL, type StanceModel } from './model.js';

interface RoleForm extends ScoredForm {
  /** The role rules the word can make fire (`possibleWith`). */
  readonly roles: number;
}

/**
 * Configure once, run many times. For each actor, every sentence that mentions it gets a stance:
 * the learned target-sentiment model's P(pos) − P(neg) at each mention plus the role rules (agent of
 * violence, victim, claims doubted, blamed, credited), averaged over the sentence's mentions. The
 * actor's score is the mean over its sentences with `prior` neutral sentences added, so an actor
 * named once is not scored as firmly as one treated the same way throughout. Evidence:
 * the sentences whose stance agrees in sign with the score and reaches `thresholds.evidence`.
 */
export function createStanceFinder(model: StanceModel = STANCE_MODEL): (article: AnnotatedArticle, context?: ProfileContext) => ActorStance[] {
  const roles = compileRoleRules(model);
  const learned = compileMentionStance(model.learned);
  // What each distinct word brings: its weights, and the role rules it can make fire; kept by word id.
  const forms = new WordTable((lower): RoleForm => Object.assign(learned.form(lower), { roles: roles.possibleWith(lower) }));
  const always = roles.possibleWith('');
  return (article, context = profileContext(article)) => {
    const { sentences } = context;
    // Each sentence is read into words once, for all the mentions of all the actors in it.
    const formsOf: (RoleForm[] | undefined)[] = [];
    const out: ActorStance[] = [];
    for (const actor of findActors(article)) {
      const bySentence = new Map<number, { span: Span; sum: number; n: number }>();
      let si = 0;
      for (const m of [...actor.mentions].sort((a, b) => a.start - b.start)) {
        while (si < sentences.length && sentences[si]!.end <= m.start) si++;
        const s = sentences[si];
        if (!s || s.start > m.start) continue;
        const { generation, words, wordIds } = context.tokens(si);
        const wordForms = (formsOf[si] ??= wordIds.map((id, k) => forms.get(generation, id, words[k]!.lower)));
        const from = m.start - s.start;
        const to = m.end - s.start;
        const stance = learned.stance(s.text, words, wordForms, from, to);
        // A rule can fire only if a word within its reach of the mention holds one of its cue words.
        let possible = always;
        for (let i = 0; i < words.length; i++) if (words[i]!.end > from - ROLE_REACH && words[i]!.start < to + ROLE_REACH) possible |= wordForms[i]!.roles;
        const role = roles.weightAround(article.text, s, m.start, m.end, possible);
        const entry = bySentence.get(si) ?? { span: { start: s.start, end: s.end, text: s.text }, sum: 0, n: 0 };
        entry.sum += stance + role;
        entry.n++;
        bySentence.set(si, entry);
      }
      if (!bySentence.size) continue;
      const scored = [...bySentence.values()].map((e) => ({ span: e.span, stance: Math.max(-1, Math.min(1, e.sum / e.n)) }));
      const score = scored.reduce((a, e) => a + e.stance, 0) / (scored.length + model.thresholds.prior);
      const evidence = scored
        .filter((e) => Math.sign(e.stance) === Math.sign(score) && Math.abs(e.stance) >= model.thresholds.evidence)
        .sort((a, b) => Math.abs(b.stance) - Math.abs(a.stance))
        .slice(0, model.thresholds.maxEvidence)
        .sort((a, b) => a.span.start - b.span.start)
        .map((e) => e.span);
      out.push({ actor: actor.name, actorId: actor.id, score: Math.round(score * 1000) / 1000, evidence });
    }
    return out.sort((a, b) => a.score - b.score);
  };
}

/** The stance toward each actor of an article with the shipped model, most hostile first. */
export const findStance: (article: AnnotatedArticle, context?: ProfileContext) => ActorStance[] = createStanceFinder();
