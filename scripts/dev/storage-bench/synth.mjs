// Synthetic articles for the storage benchmark: seeded, made from a generated word list,
// nothing copied from real data. ~700 words of text and a 20–40 KB analysed-article JSON each.
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sta', 'vo', 'del', 'an', 'tor', 'bi', 'que', 'ph', 'il',
  'mar', 'zu', 'ne', 'gra', 'po', 'li', 'tes', 'ur', 'ban', 'cho', 'fe', 'dro', 'is', 'wen', 'ya'];
export const WORDS_N = 8000;
// Zipf-like word frequencies (s = 1), as in running text: a few very common words, a long tail.
const words = [];
{
  const r = rng(42);
  const seen = new Set();
  while (words.length < WORDS_N) {
    const n = 1 + Math.floor(r() * 3.2);
    let w = '';
    for (let k = 0; k < n; k++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    if (!seen.has(w)) { seen.add(w); words.push(w); }
  }
}
const cum = new Float64Array(WORDS_N);
{ let s = 0; for (let i = 0; i < WORDS_N; i++) { s += 1 / (i + 1); cum[i] = s; } }
const total = cum[WORDS_N - 1];
export function word(r) {
  const x = r() * total;
  let lo = 0, hi = WORDS_N - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (cum[mid] < x) lo = mid + 1; else hi = mid; }
  return words[lo];
}
export const wordAt = (rank) => words[rank];

const OUTLETS = Array.from({ length: 60 }, (_, i) => `outlet-${i}`);
const POS = ['NOUN', 'VERB', 'ADJ', 'ADV', 'PROPN', 'DET', 'ADP', 'PRON'];

export const STORIES_PER_ARTICLE = 10; // ~10 articles per story

export function storyIdFor(i, r) {
  // Articles arrive in time order; a story collects articles from a window around its slot.
  const base = Math.floor(i / STORIES_PER_ARTICLE);
  const s = Math.max(0, base + Math.floor(r() * 101) - 50);
  return `st${String(s).padStart(6, '0')}`;
}

export function makeArticle(i) {
  const r = rng(1000 + i);
  const nWords = 600 + Math.floor(r() * 200);
  const parts = [];
  const tokens = [];
  const sentences = [];
  let pos = 0, sentStart = 0, sinceStop = 0;
  for (let k = 0; k < nWords; k++) {
    let w = word(r);
    if (sinceStop === 0) w = w[0].toUpperCase() + w.slice(1);
    const start = pos;
    parts.push(w);
    pos += w.length;
    tokens.push({ s: start, e: pos, pos: POS[Math.floor(r() * POS.length)], lemma: w.toLowerCase() });
    sinceStop++;
    if (sinceStop > 8 && r() < 0.08) { parts.push('.'); pos += 1; sentences.push({ start: sentStart, end: pos }); sinceStop = 0; }
    parts.push(' '); pos += 1;
    if (sinceStop === 0) sentStart = pos;
  }
  const text = parts.join('').trimEnd() + '.';
  const title = Array.from({ length: 8 }, () => word(r)).join(' ');
  const outlet = OUTLETS[Math.floor(r() * OUTLETS.length)];
  const published = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
  const target = 20_000 + Math.floor(r() * 20_000);
  const span = () => { const t = tokens[Math.floor(r() * tokens.length)]; return { start: t.s, end: t.e }; };
  const analysed = {
    id: `a${String(i).padStart(7, '0')}`,
    outlet, title, published,
    sentences,
    entities: Array.from({ length: 25 }, () => ({ kind: 'person', name: word(r), ...span() })),
    quotes: Array.from({ length: 8 }, () => ({ speaker: word(r), ...span(), cue: 'said' })),
    claims: Array.from({ length: 12 }, () => ({ subject: word(r), value: Math.floor(r() * 1e6), ...span() })),
    cues: Array.from({ length: 15 }, () => ({ kind: 'loaded', ...span() })),
    profile: { frames: Array.from({ length: 12 }, () => +r().toFixed(3)), stance: +r().toFixed(3) },
    tokens: [],
  };
  // Fill tokens until the JSON reaches its target size (20–40 KB).
  let size = JSON.stringify(analysed).length;
  for (const t of tokens) { if (size >= target) break; analysed.tokens.push(t); size += JSON.stringify(t).length + 1; }
  return {
    id: analysed.id,
    content_hash: `h${(i * 2654435761 >>> 0).toString(16)}${i.toString(16)}`,
    url: `https://${outlet}.example/${i}`,
    title, outlet, published, text,
    json: JSON.stringify(analysed),
    story_id: storyIdFor(i, r),
  };
}

export function makeStoryJson(storyId, articleIds, r) {
  const size = 5_000 + Math.floor(r() * 10_000);
  const brief = [];
  let n = 0;
  while (n < size) { const s = Array.from({ length: 15 }, () => word(r)).join(' '); brief.push({ text: s, cite: articleIds[Math.floor(r() * articleIds.length)] }); n += s.length + 30; }
  return JSON.stringify({ id: storyId, articles: articleIds, brief });
}

// One batch: articles [from, from+n), plus the updated JSON of every story they touch.
export function makeBatch(from, n, storyMembers) {
  const articles = [];
  for (let i = from; i < from + n; i++) articles.push(makeArticle(i));
  const touched = new Map();
  for (const a of articles) {
    const m = storyMembers.get(a.story_id) ?? [];
    m.push(a.id); storyMembers.set(a.story_id, m);
    touched.set(a.story_id, m);
  }
  const r = rng(7 + from);
  const stories = [...touched].map(([id, m]) => ({ id, title: `story ${id}`, updated_at: articles[articles.length - 1].published, json: makeStoryJson(id, m, r) }));
  return { articles, stories };
}

// Two-word queries of mid-frequency words (ranks 200–1500), so each matches a few hundred to
// a few thousand articles, as a name plus a topic word would.
export function makeQueries(n, seed = 5) {
  const r = rng(seed);
  return Array.from({ length: n }, () => `${wordAt(200 + Math.floor(r() * 1300))} ${wordAt(200 + Math.floor(r() * 1300))}`);
}
