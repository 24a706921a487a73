import { analyzeArticle } from '../analyze-article.js';
import type { ExtractedArticle, ReportArticle } from '../types.js';
import { articleFromText } from './pipeline.js';

/**
 * The story-grouping and synthesis data sets as the product sees them: each record becomes an
 * ExtractedArticle through the eval pipeline, with the gold story it belongs to beside it. Pure:
 * they take the file's text, so tests feed them invented records.
 */

/** An article and the gold story (or incident) it belongs to. */
export interface LabelledArticle {
  readonly article: ExtractedArticle;
  readonly gold: string;
}

/** One NeuS story: three outlets' leads and AllSides' neutral summary of them. */
export interface NeusStory {
  readonly id: string;
  readonly articles: readonly ExtractedArticle[];
  /** The gold neutral summary's text (its title left out: the published baseline scores against the text alone). */
  readonly reference: string;
}

/** What a loader kept, and what it had to leave out or found odd, for the evaluation's note. */
export interface Loaded<T> {
  readonly items: readonly T[];
  readonly notes: readonly string[];
}

interface BasilRecord { article: { uuid: string; title?: string; date?: string; source?: string; 'triplet-uuid': string; 'body-paragraphs': string[][] } }
interface NeusRecord { id: string; articles: { title?: string; text?: string }[]; reference: { title?: string; text?: string } }
interface GvaRecord { doc_id: string; incident_id: string; title?: string; dct?: string; content?: string }

function jsonLines<T>(jsonl: string): T[] {
  return jsonl.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

function extracted(id: string, text: string, meta: { title?: string | undefined; published?: string | undefined; outlet?: string | undefined }): ExtractedArticle {
  return { ...articleFromText(text, meta.published || null, id), title: meta.title || null, outlet: meta.outlet || null };
}

/** The product's annotate and profile stages on an extracted article: what groupers and brief writers are given. */
export function toReportArticle(article: ExtractedArticle): ReportArticle {
  return analyzeArticle(article);
}

/** BASIL: one event told by Fox, NYT and HuffPost; gold = `triplet-uuid`. Paragraphs are lists of sentences. */
export function basilArticles(jsonl: string): Loaded<LabelledArticle> {
  const items = jsonLines<BasilRecord>(jsonl).map(({ article: a }) => ({
    article: extracted(a.uuid, a['body-paragraphs'].map((sentences) => sentences.join(' ')).join('\n\n'), { title: a.title, published: a.date, outlet: a.source }),
    gold: a['triplet-uuid'],
  }));
  return { items, notes: [] };
}

/** NeuS: each story's three leads, ids `<story id>/<0-2>`; only title and text are given. */
export function neusStories(jsonl: string): Loaded<NeusStory> {
  const empty: string[] = [];
  const repeats: string[] = [];
  const items = jsonLines<NeusRecord>(jsonl).map((r) => {
    const articles = r.articles.map((a, i) => extracted(`${r.id}/${i}`, a.text ?? '', { title: a.title }));
    empty.push(...articles.filter((a) => !a.text.trim()).map((a) => a.id));
    if (new Set(articles.map((a) => a.text)).size < articles.length) repeats.push(r.id);
    return { id: r.id, articles, reference: r.reference.text ?? '' };
  });
  const notes = [
    ...(empty.length ? [`${empty.length} empty article text (${empty.join(', ')})`] : []),
    ...(repeats.length ? [`${repeats.length} story repeats an article text (${repeats.join(', ')})`] : []),
  ];
  return { items, notes };
}

/** The NeuS stories' articles pooled for grouping; gold = the story id. */
export function neusArticles(stories: readonly NeusStory[]): LabelledArticle[] {
  return stories.flatMap((s) => s.articles.map((article) => ({ article, gold: s.id })));
}

/**
 * GVA incidents: local news on look-alike shootings; gold = `incident_id`. A `doc_id` filed under
 * two incidents ("NOPD investigates four separate shootings") is kept once, under its first
 * incident: B-cubed here takes one gold story per article.
 */
export function gvaArticles(jsonl: string): Loaded<LabelledArticle> {
  const seen = new Set<string>();
  let repeated = 0;
  let empty = 0;
  const items: LabelledArticle[] = [];
  for (const r of jsonLines<GvaRecord>(jsonl)) {
    if (seen.has(r.doc_id)) { repeated++; continue; }
    seen.add(r.doc_id);
    if (!r.content?.trim()) empty++;
    items.push({ article: extracted(r.doc_id, r.content ?? '', { title: r.title, published: r.dct }), gold: r.incident_id });
  }
  const notes = [
    ...(repeated ? [`${repeated} doc_id filed under a second incident kept under the first only`] : []),
    ...(empty ? [`${empty} with empty content (title only)`] : []),
  ];
  return { items, notes };
}
