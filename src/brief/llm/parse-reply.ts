/** One sentence the model wrote, with the source numbers it cites. */
export interface DraftSentence {
  readonly text: string;
  readonly cites: readonly number[];
}

export type ParsedReply = { readonly kind: 'sentences'; readonly sentences: readonly DraftSentence[] } | { readonly kind: 'malformed'; readonly reason: string };

const EXPECTED = 'expected JSON {"sentences":[{"text":"…","cites":[1,3]}]}';
const snippet = (s: string) => JSON.stringify(s.length > 200 ? `${s.slice(0, 200)}…` : s);

/**
 * The model's JSON answer as sentences. Tolerates a ```json fence and prose around the object
 * (models add both though asked not to); cites that are not whole numbers are left out.
 */
export function parseReply(content: string): ParsedReply {
  const fenced = /```(?:json)?\s*([\s\S]*?)```/i.exec(content)?.[1] ?? content;
  const json = fenced.slice(fenced.indexOf('{'), fenced.lastIndexOf('}') + 1);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { kind: 'malformed', reason: `the model's answer is not JSON; ${EXPECTED}, found ${snippet(content)}` };
  }
  const sentences = (value as { sentences?: unknown } | null)?.sentences;
  if (!Array.isArray(sentences)) return { kind: 'malformed', reason: `the model's answer has no "sentences" list; ${EXPECTED}, found ${snippet(content)}` };
  const out: DraftSentence[] = [];
  for (const s of sentences as unknown[]) {
    const { text, cites } = (s ?? {}) as { text?: unknown; cites?: unknown };
    if (typeof text !== 'string') return { kind: 'malformed', reason: `a sentence of the model's answer has no "text" string; ${EXPECTED}, found ${snippet(JSON.stringify(s))}` };
    const numbers = Array.isArray(cites) ? cites.filter((n): n is number => Number.isInteger(n)) : [];
    if (text.trim()) out.push({ text: text.replace(/\s+/g, ' ').trim(), cites: numbers });
  }
  return { kind: 'sentences', sentences: out };
}
