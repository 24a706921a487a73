import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findClaims } from '../annotate/claims/index.js';
import { fallbackSentences } from '../annotate/quotes/fallback-sentences.js';
import { findQuotes } from '../annotate/quotes/find-quotes.js';
import { plainResolver } from '../annotate/quotes/plain-resolver.js';
import { extractText } from '../extract/text/extract-text.js';
import type { Claim, Quote } from '../types.js';
import type { EvalRow } from './types.js';

interface GoldQuote { article: string; speaker: string; text: string }
interface GoldClaim { article: string; claimant: string | null; kind: string; value: number | null; approx?: boolean; subject: string }
interface Gold { quotes: GoldQuote[]; claims: { items: GoldClaim[] }; entities: Record<string, unknown> }
type Annotate = (text: string) => { readonly quotes: readonly Quote[]; readonly claims: readonly Claim[] };

const SET = 'seeds-annotation';
const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'").replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/\s+/g, ' ').trim();
const STOP = new Set(['the', 'a', 'an', 'of', 'in', 'and', 'on', 'by', 'to', 'via', 'many']);

/** The default annotator: the quote and claim passes with the fallback splitter and the plain resolver. */
export const plainAnnotate: Annotate = (text) => {
  const ctx = { text, sentences: fallbackSentences(text), resolveActor: plainResolver };
  const quotes = findQuotes(ctx);
  return { quotes, claims: findClaims(ctx, quotes) };
};

/**
 * Same actor, modulo the gold's alias table (Kabul stands for Afghanistan; "Pakistan's military"
 * contains Pakistan). Both null means the article states the figure itself.
 */
export function sameActor(gold: string | null, found: string | null, aliases: Record<string, unknown>): boolean {
  if (gold === null || found === null) return gold === found;
  const g = norm(gold);
  const f = norm(found);
  if (f === g || f.includes(g) || g.includes(f)) return true;
  const list = aliases[gold];
  return Array.isArray(list) && list.some((a) => typeof a === 'string' && (f === norm(a) || f.includes(norm(a))));
}

/** Lenient subject match: some content word of the gold subject (outside its parentheses) is in ours. */
export function subjectMatches(gold: string, found: string): boolean {
  const words = norm(gold.replace(/\(.*?\)/g, '')).split(' ').filter((w) => w.length > 2 && !STOP.has(w));
  const ours = new Set(norm(found).replace(/'s\b/g, '').split(' '));
  return words.some((w) => ours.has(w.replace(/'s?$/, '')) || ours.has(w));
}

const kindOk = (gold: string, found: string) => gold === 'other' || gold === found; // gold 'other' (released prisoners) accepts any measure

/**
 * Quote and claim recall on the five seed articles against ../shared/gold/seeds.json. A quote is
 * found when one of ours covers the gold words (or lies inside them) and names the gold speaker.
 */
export async function evalSeedQuotesClaims(sharedRoot: string, annotate: Annotate = plainAnnotate): Promise<EvalRow[]> {
  const gold = JSON.parse(readFileSync(join(sharedRoot, 'gold', 'seeds.json'), 'utf8')) as Gold;
  const aliases = gold.entities;
  const ids = [...new Set([...gold.quotes.map((q) => q.article), ...gold.claims.items.map((c) => c.article), '000', '001', '004'])];
  const found = new Map(ids.map((id) => [id, annotate(extractText(readFileSync(join(sharedRoot, 'corpus', 'seeds', `${id}.txt`), 'utf8')).text)]));
  let quoteHits = 0;
  let quoteText = 0;
  for (const g of gold.quotes) {
    const cands = (found.get(g.article)?.quotes ?? []).filter((q) => { const a = norm(q.text); const b = norm(g.text); return a.includes(b) || (a.length > 0 && b.includes(a)); });
    if (cands.length) quoteText++;
    if (cands.some((q) => sameActor(g.speaker, q.speaker, aliases))) quoteHits++;
  }
  const used = new Set<Claim>();
  let valueHits = 0;
  let claimantHits = 0;
  let subjectHits = 0;
  for (const g of gold.claims.items) {
    const c = (found.get(g.article)?.claims ?? []).find((c) => !used.has(c) && c.value === g.value && kindOk(g.kind, c.measure) && c.approx === (g.approx ?? false));
    if (!c) continue;
    used.add(c);
    valueHits++;
    if (sameActor(g.claimant, c.claimant, aliases)) claimantHits++;
    if (subjectMatches(g.subject, c.subject)) subjectHits++;
  }
  const claimArticles = new Set(gold.claims.items.map((c) => c.article));
  const spurious = [...claimArticles].flatMap((id) => found.get(id)?.claims ?? []).filter((c) => !used.has(c)).length;
  const nq = gold.quotes.length;
  const nc = gold.claims.items.length;
  return [
    { set: SET, metric: 'quote recall (text)', value: quoteText / nq, target: 1, note: `${quoteText}/${nq}` },
    { set: SET, metric: 'quote recall (text + speaker)', value: quoteHits / nq, target: 1, note: `${quoteHits}/${nq}` },
    { set: SET, metric: 'claim recall (value + measure + approx)', value: valueHits / nc, target: 1, note: `${valueHits}/${nc}` },
    { set: SET, metric: 'claimant accuracy (of found claims)', value: valueHits ? claimantHits / valueHits : 0, target: 1, note: `${claimantHits}/${valueHits}` },
    { set: SET, metric: 'subject match (lenient, of found claims)', value: valueHits ? subjectHits / valueHits : 0, target: 1, note: `${subjectHits}/${valueHits}` },
    { set: SET, metric: 'spurious claims (in articles with gold claims)', value: spurious, note: 'count of our claims matching no gold item' },
  ];
}
