import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractInputs } from '../analyze.js';
import type { ExtractedArticle } from '../types.js';
import type { EvalRow } from './types.js';

/** The `articles` part of ../shared/gold/seeds.json. */
interface GoldArticle {
  title: string;
  dek: string | null;
  alternateTitle?: string;
  source: string | null;
  published: string | null;
  aiDisclosure: boolean;
  aiDisclosureText?: string;
  boilerplate?: string[];
  sectionHeadings?: string[];
}

export interface FieldCheck {
  readonly article: string;
  readonly field: string;
  readonly ok: boolean;
  readonly expected: unknown;
  readonly found: unknown;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim();

/** Descriptive boilerplate entries in the gold ("the title line repeated a second time") map to removal reasons. */
function describedReason(entry: string): string | null {
  if (/title line repeated/i.test(entry)) return 'repeated-title';
  if (/disclaimer paragraph/i.test(entry)) return 'ai-disclosure';
  return null;
}

function checkArticle(id: string, gold: GoldArticle, a: ExtractedArticle | undefined): FieldCheck[] {
  const checks: FieldCheck[] = [];
  const add = (field: string, ok: boolean, expected: unknown, found: unknown) => checks.push({ article: id, field, ok, expected, found });
  if (!a) return [{ article: id, field: 'article', ok: false, expected: 'extracted', found: 'missing' }];
  add('title', norm(a.title) === norm(gold.title), gold.title, a.title);
  const dekOk = norm(a.dek) === norm(gold.dek) || (gold.alternateTitle !== undefined && norm(a.dek) === norm(gold.alternateTitle));
  add('dek', dekOk, gold.dek ?? gold.alternateTitle ?? null, a.dek);
  add('outlet', norm(a.outlet) === norm(gold.source), gold.source, a.outlet);
  add('published', a.published === gold.published, gold.published, a.published);
  add('aiDisclosure', Boolean(a.aiDisclosure) === gold.aiDisclosure, gold.aiDisclosure, Boolean(a.aiDisclosure));
  if (gold.aiDisclosureText) add('aiDisclosureText', norm(a.aiDisclosure?.text) === norm(gold.aiDisclosureText), gold.aiDisclosureText, a.aiDisclosure?.text ?? null);
  for (const entry of gold.boilerplate ?? []) {
    const reason = describedReason(entry);
    const removed = reason ? a.removed.some((r) => r.reason === reason) : a.removed.some((r) => norm(r.text) === norm(entry));
    const stillInBody = !reason && a.text.split('\n').some((line) => norm(line) === norm(entry));
    add(`boilerplate: ${entry}`, removed && !stillInBody, 'removed', removed ? (stillInBody ? 'removed but still in body' : 'removed') : 'kept');
  }
  const headings = a.headings.map((h) => norm(h.text));
  for (const heading of gold.sectionHeadings ?? []) add(`heading: ${heading}`, headings.includes(norm(heading)), 'heading', headings.includes(norm(heading)) ? 'heading' : 'not a heading');
  if (!gold.sectionHeadings) add('no spurious headings', headings.length === 0, [], headings);
  add('language', a.language === 'en', 'en', a.language);
  return checks;
}

/** Extracts the seeds and checks every field of the gold `articles` section. */
export async function checkSeedArticles(sharedRoot: string): Promise<FieldCheck[]> {
  const gold = JSON.parse(readFileSync(join(sharedRoot, 'gold/seeds.json'), 'utf8')) as { articles: Record<string, GoldArticle> };
  const articles = new Map<string, ExtractedArticle>();
  for await (const item of extractInputs([join(sharedRoot, 'corpus/seeds')])) if (item.kind === 'article') articles.set(item.article.id, item.article);
  return Object.entries(gold.articles).flatMap(([id, g]) => checkArticle(id, g, articles.get(id)));
}

export async function evalSeedArticles(sharedRoot: string): Promise<EvalRow[]> {
  const checks = await checkSeedArticles(sharedRoot);
  const ok = checks.filter((c) => c.ok).length;
  const failed = checks.filter((c) => !c.ok).map((c) => `${c.article} ${c.field}`);
  return [{ set: 'seeds', metric: 'extraction fields matched', value: ok / checks.length, target: 1, note: failed.length ? `missed: ${failed.join('; ')}` : `${ok}/${checks.length} fields` }];
}
