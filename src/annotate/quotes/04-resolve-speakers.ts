import type { AnnotationContext } from '../context.js';
import type { Quote, Span } from '../../types.js';
import type { Draft } from './draft.js';
import { QUOTE_MODEL } from './model.js';

type Kind = 'person' | 'thing';
interface Known {
  readonly name: string;
  readonly id: string;
  readonly span: Span;
  readonly kind: Kind;
}

/** Words that make a capitalised phrase an institution rather than a person ("Foreign Office", "New York Post"). */
const INSTITUTION = /\b(?:Office|Ministry|Department|Post|Times|News|Journal|Police|Army|Military|Government|Council|Agency|Committee|Court|University|Union|Nations|States|Party|Emirate|Company|Inc|Corp|Association|Institute|Center|Centre|Service|Bureau|Commission|Administration)\b/;
const PERSON_ROLE = /\b(?:spokes(?:man|woman|person)|minister|analyst|president|secretary|official|expert|director|chief|commander|senator|governor|mayor|professor|he|she)\b/i;

const span = (text: string, [a, b]: readonly [number, number]): Span => ({ start: a, end: b, text: text.slice(a, b) });

function kindOf(phrase: string, name: string): Kind {
  if (PERSON_ROLE.test(phrase)) return 'person';
  const caps = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  return caps.length >= 2 && !/['’]s\b/.test(name) && !INSTITUTION.test(name) ? 'person' : 'thing';
}

/**
 * Turns drafts into quotes in text order, resolving each speaker phrase with the context's resolver
 * and carrying a named speaker to later pronouns and bare roles ("he argues", "the spokesman said",
 * "in its preferred phrasing" → the sentence's subject).
 */
export function resolveSpeakers(ctx: AnnotationContext, drafts: readonly Draft[]): Quote[] {
  const { text } = ctx;
  const known: Known[] = [];
  // The last direct quote's speaker as read, even when unresolved: a cue-less quote after "…," said the 46-year-old carries that, not an older name.
  let lastDirect: { who: Known | null; mention: Span | null } = { who: null, mention: null };
  const out: Quote[] = [];
  for (const d of drafts) {
    let who: Known | null = null;
    let mention: Span | null = d.speaker ? span(text, d.speaker) : null;
    if (d.carry) ({ who, mention } = lastDirect);
    else if (mention) {
      const low = mention.text.toLowerCase();
      if (QUOTE_MODEL.personPronouns.has(low)) who = findLast(known, (k) => k.kind === 'person');
      else if (QUOTE_MODEL.thingPronouns.has(low)) who = sentenceSubject(ctx, d.sentenceStart, d.start) ?? findLast(known, (k) => k.kind === 'thing');
      else if (QUOTE_MODEL.groupPronouns.has(low) || low === 'we' || low === 'i') who = findLast(known, () => true);
      else {
        const ref = ctx.resolveActor(mention);
        const roleOnly = !/\p{Lu}/u.test(mention.text);
        const carried = roleOnly ? findLast(known, (k) => k.kind === 'person' && k.span.text.toLowerCase().includes(low.replace(/^(?:the|a|an)\s+/, ''))) : null;
        who = carried ?? (ref ? { ...ref, span: mention, kind: kindOf(mention.text, ref.name) } : null);
        if (who && !carried) known.push(who);
      }
    }
    if (who && mention === null) mention = who.span;
    if (d.direct && !d.carry && (who || mention)) lastDirect = { who, mention };
    out.push({
      start: d.start,
      end: d.end,
      text: text.slice(d.start, d.end),
      speaker: who?.name ?? null,
      speakerId: who?.id ?? null,
      speakerSpan: mention,
      cue: d.cue ? span(text, d.cue) : null,
      direct: d.direct,
    });
  }
  return out;
}

function findLast(known: readonly Known[], ok: (k: Known) => boolean): Known | null {
  for (let i = known.length - 1; i >= 0; i--) if (ok(known[i] as Known)) return known[i] as Known;
  return null;
}

/** "Pakistan, after all, envisions …, in its preferred phrasing, "…"": the capitalised phrase opening the sentence. */
function sentenceSubject(ctx: AnnotationContext, from: number, to: number): Known | null {
  const m = /^\s*((?:\p{Lu}[\p{L}\p{M}'’-]*\s?)+)/u.exec(ctx.text.slice(from, to));
  if (!m?.[1]) return null;
  const s = span(ctx.text, [from + m.index + m[0].indexOf(m[1]), from + m.index + m[0].indexOf(m[1]) + m[1].trimEnd().length]);
  const ref = ctx.resolveActor(s);
  return ref ? { ...ref, span: s, kind: 'thing' } : null;
}

