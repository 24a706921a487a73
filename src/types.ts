/**
 * The data model of Parallax. Plain, readonly, JSON-serialisable types: everything a stage
 * produces after extraction is a span over the frozen `Article.text`.
 *
 * This file is the source of `schema/report.schema.json` (`npm run schema`): keep the doc
 * comments true, they become the schema's descriptions.
 */

/** Bumped when a field of the report contract is renamed or dropped. */
export type ReportVersion = string;

/** A range of an article's `text`: UTF-16 offsets, `text === article.text.slice(start, end)`. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A span together with the article it belongs to: what every derived fact cites. */
export interface Evidence extends Span {
  readonly article: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem with one input or article. Problems are data: the run goes on. */
export interface Message {
  readonly severity: Severity;
  /** Stable machine-readable id of the rule that produced the message, e.g. `ingest/empty-file`. */
  readonly ruleId: string;
  /** The input the message is about: a path, URL, `-` for stdin, or `path#n` for the n-th record. */
  readonly source: string;
  /** What failed, what was expected, what was found, and how to fix it. */
  readonly reason: string;
  /** The article id, when the message is about an article that was produced. */
  readonly article?: string;
}

/** Where an article came from, as ingest saw it. */
export interface Origin {
  /** The path of the file it was read from, or `-` for stdin. */
  readonly path?: string;
  /** The URL it was fetched from, or the URL its record or page declares. */
  readonly url?: string;
  /** The index of the record within a `.json` array or `.jsonl` file (0-based). */
  readonly record?: number;
}

/**
 * One raw document as ingest hands it to extract: the only stage that touches disk or network
 * produces these, so new sources (URLs, feeds) plug in here without touching later stages.
 */
export interface RawDocument {
  readonly id: string;
  readonly origin: Origin;
  /** Human-readable name of the input for messages. */
  readonly source: string;
  readonly format: 'text' | 'html';
  readonly content: string;
  /** Metadata supplied by the input itself (JSON fields); it wins over what extract finds. */
  readonly given: GivenMetadata;
}

export interface GivenMetadata {
  readonly title?: string;
  readonly dek?: string;
  readonly outlet?: string;
  readonly byline?: string;
  readonly published?: string;
  readonly url?: string;
  readonly language?: string;
}

/** Why a piece of the input was left out of the clean text. */
export type RemovalReason =
  | 'site-header'
  | 'share-bar'
  | 'counter'
  | 'byline'
  | 'date'
  | 'repeated-title'
  | 'section-tag'
  | 'reading-time'
  | 'related'
  | 'ai-disclosure'
  | 'navigation'
  | 'comments'
  | 'caption'
  | 'advertisement'
  | 'read-more'
  | 'footer'
  | 'metadata'
  | 'boilerplate';

export interface Removal {
  readonly text: string;
  readonly reason: RemovalReason;
}

/** How the main text was found, so users and evaluations can see which method won. */
export interface ExtractionInfo {
  /** e.g. `plain-text`, `record-text`, `html/blocks`, `html/readability`. */
  readonly method: string;
  /** Other methods that were tried, with why they lost. */
  readonly attempts?: readonly { readonly method: string; readonly note: string }[];
}

/** A notice that the text was (partly) written by an AI system, kept out of the body. */
export interface AiDisclosure {
  readonly text: string;
}

/** An extracted article: clean, frozen text plus metadata. Later stages only add spans. */
export interface ExtractedArticle {
  readonly id: string;
  /** The file it was read from, when it came from a file. */
  readonly path?: string;
  /** The URL it came from or declares. */
  readonly url?: string;
  readonly title: string | null;
  /** Subtitle / standfirst. */
  readonly dek: string | null;
  /** The publication's name. */
  readonly outlet: string | null;
  readonly byline: string | null;
  /** `YYYY-MM-DD`, or null when the input does not say. */
  readonly published: string | null;
  /** ISO 639-1 code (`en`), or `und` when the text is too short or unclear. */
  readonly language: string;
  readonly aiDisclosure: AiDisclosure | null;
  /** The clean body: paragraphs separated by a blank line; section headings kept as paragraphs. */
  readonly text: string;
  readonly removed: readonly Removal[];
  /** The paragraphs of `text`, in order (headings included). */
  readonly paragraphs: readonly Span[];
  /** The paragraphs of `text` that are section headings. */
  readonly headings: readonly Span[];
  readonly extraction: ExtractionInfo;
}

/** What the annotate stage adds to an article: spans over its frozen text. */
export interface Annotations {
  readonly sentences: readonly Sentence[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  readonly times: readonly TimeExpression[];
  /** The article's events placed on a timeline, sorted by date. */
  readonly events: readonly TimelineEvent[];
}

/** An article after extraction and annotation: what the profile stage reads. */
export interface AnnotatedArticle extends ExtractedArticle, Annotations {}

/** One article of the analysis report: extraction, annotation and its profile. */
export interface ReportArticle extends ExtractedArticle, Annotations, ArticleProfile {
  /** The sentences with their loaded-language and opinion scores. */
  readonly sentences: readonly ProfiledSentence[];
}

// ---------------------------------------------------------------------------------------------
// Profiles (issue: profiles). How the article tells it, always with the sentences that show it.

export type Genre = 'report' | 'analysis' | 'opinion' | 'commentary' | 'other';

/** A sentence with its profile: how loaded its wording is and how much it voices the writer's opinion. */
export interface ProfiledSentence extends Sentence {
  /** 0..1: charged, evaluative wording ("cross-border aggression", "devastating"). */
  readonly loaded: number;
  /** 0..1: the writer's own opinion rather than facts stated or attributed. */
  readonly opinion: number;
  /** The loaded words and phrases of the sentence. */
  readonly loadedSpans: readonly Span[];
}

/** How strongly the article uses one frame (Policy Frames Codebook, plus humanitarian and diplomacy). */
export interface FrameScore {
  /** Frame id, e.g. `security-defense`, `humanitarian`. */
  readonly frame: string;
  /** 0..1. */
  readonly score: number;
  /** The sentences that carry it most clearly, in text order. */
  readonly evidence: readonly Span[];
}

/** How the article treats one actor: −1 hostile … +1 sympathetic, with the sentences that show it. */
export interface ActorStance {
  /** The actor's canonical name (an entity, or a collective such as "Afghan civilians"). */
  readonly actor: string;
  readonly actorId: string;
  readonly score: number;
  readonly evidence: readonly Span[];
}

/** What the profile stage adds to an article. */
export interface ArticleProfile {
  readonly genre: Genre;
  /** Each candidate genre's score. */
  readonly genreScores: Readonly<Record<string, number>>;
  /** The sentences that decided the genre. */
  readonly genreEvidence: readonly Span[];
  readonly frames: readonly FrameScore[];
  readonly stance: readonly ActorStance[];
}

/** What `parallax analyze --json` prints. */
export interface Report {
  readonly version: ReportVersion;
  readonly articles: readonly ReportArticle[];
  /** Articles about one event, compared and summarised. */
  readonly stories: readonly Story[];
  /** Stories about one ongoing matter. */
  readonly storylines: readonly Storyline[];
  /** Pairs of articles that are the same text retold (mirror-image rewrites, syndicated copies): one independent source. */
  readonly twins: readonly (readonly [string, string])[];
  readonly messages: readonly Message[];
}

/** One line of `parallax extract --format jsonl`. */
export type ExtractRecord = ExtractedArticle;

// ---------------------------------------------------------------------------------------------
// Annotation (issue: annotate). Everything is a span over the frozen `ExtractedArticle.text`.

/** A sentence of the article text. Profiles (later) add `loaded` and `opinion` scores. */
export interface Sentence extends Span {
  /** Index of the paragraph the sentence lies in. */
  readonly paragraph: number;
}

/** A word-like token: used by every later annotator; `kind` keeps what the tokenizer saw. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'number' | 'punct' | 'symbol';
}

export type EntityType = 'person' | 'organization' | 'place' | 'group' | 'other';

/** One actor or place, with one canonical name and every mention that refers to it. */
export interface Entity {
  /** Stable within a report, e.g. `taliban`, `khawaja-asif`. */
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** Other names for the same actor found in the text ("TTP", "Islamabad" for the government). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Span[];
  /** Role or title the text gives ("Defense Minister", "a Sweden-based analyst"), if any. */
  readonly role?: string | null;
  /** The country or organisation the text ties the entity to, by canonical name, if any. */
  readonly affiliation?: string | null;
}

/** A quotation or reported statement. The span is the quoted content. */
export interface Quote extends Span {
  /** The speaker's canonical name, or null when the text does not say who. */
  readonly speaker: string | null;
  readonly speakerId: string | null;
  /** The mention that names the speaker for this quote. */
  readonly speakerSpan: Span | null;
  /** The cue: the reporting verb or phrase ("said", "posted on X", "according to"). */
  readonly cue: Span | null;
  /** True for words in quotation marks, false for reported (indirect) speech. */
  readonly direct: boolean;
}

export type ClaimMeasure = 'killed' | 'wounded' | 'captured' | 'displaced' | 'arrested' | 'missing' | 'bodies' | 'money' | 'length' | 'count' | 'other';

/** A number the article states, with what it counts and who claims it. The span covers the figure. */
export interface Claim extends Span {
  readonly measure: ClaimMeasure;
  /** The value; null for "many", "dozens" without a number. Ranges take the low end and set `approx`. */
  readonly value: number | null;
  readonly approx: boolean;
  /** `km`, `USD`, `people`, … or null. */
  readonly unit: string | null;
  /** What is counted, as the text says it ("Afghan fighters", "civilians in Khost and Paktika"). */
  readonly subject: string;
  /** Who claims it, canonical name ("Pakistan"), or null when the article states it itself. */
  readonly claimant: string | null;
  readonly claimantId?: string | null;
  readonly claimantSpan?: Span | null;
  /** The sentence the claim stands in. */
  readonly sentence?: Span;
}

/** A date or time expression, normalised against the article's date when it is known. */
export interface TimeExpression extends Span {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, or null when it cannot be resolved. */
  readonly value: string | null;
  readonly grain: 'day' | 'week' | 'month' | 'year' | 'decade' | 'unknown';
  /** True for expressions resolved relative to the article date ("on Friday", "this month"). */
  readonly relative: boolean;
}

/** An event of the article placed on a timeline: what happened, and when the text says it did. */
export interface TimelineEvent extends Span {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` when the time resolves, else null (kept in text order). */
  readonly date: string | null;
  /** The time expression as written ("on Friday", "one day after"), or null when the event is dated by the article only. */
  readonly when: Span | null;
  /** A short statement of the event: the clause around the time expression. The span is this clause. */
  readonly what: string;
  /** How the date was found: an absolute or relative expression, an anchor event ("one day after" X), or the publication date. */
  readonly basis: 'absolute' | 'relative' | 'anchored' | 'published' | 'unknown';
}

// ---------------------------------------------------------------------------------------------
// Stories (issue: stories). Every derived statement cites `Evidence` in the articles.

/** Articles about one event, with what they agree on, dispute, and leave out. */
export interface Story {
  /** Stable for the same member articles: `s-` and a hash of the sorted article ids. */
  readonly id: string;
  /** A headline for the story: the title of its most central article. */
  readonly title: string;
  readonly articleIds: readonly string[];
  /** The story's independent sources: each group is one article or a set of twins. */
  readonly sources: readonly (readonly string[])[];
  /** The story's date range, from its articles' dates (null when none is known). */
  readonly dates: { readonly first: string | null; readonly last: string | null };
  /** Statements carried by at least two independent sources. */
  readonly consensus: readonly Consensus[];
  /** Figures about the same thing that sources (or the claimants they cite) give differently. */
  readonly disputes: readonly Dispute[];
  /** Figures only one independent source carries. */
  readonly singleSource: readonly SingleSourceClaim[];
  /** Who each article quotes or paraphrases, by canonical name. */
  readonly voices: Readonly<Record<string, readonly string[]>>;
  /** What an article leaves out that other articles of the story carry. */
  readonly omissions: readonly Omission[];
  /** Claim-by-article coverage: which article carries, omits or disputes each figure and statement. */
  readonly coverage: readonly CoverageRow[];
  readonly timeline: readonly StoryTimelineEntry[];
  readonly brief: Brief;
  /** How each side tells it: groups of articles that share claims, voices and emphasis. */
  readonly perspectives: readonly Perspective[];
}

/** A statement several independent sources carry, with every supporting span. */
export interface Consensus {
  readonly statement: string;
  readonly support: readonly Evidence[];
  /** The articles that carry it (one per supporting span's article). */
  readonly articles: readonly string[];
  /** `statement`: sentences of several sources that say the same; `figure`: the same figure in several sources. */
  readonly kind: 'statement' | 'figure';
}

/** One figure of a dispute: who gives it, and where. */
export interface DisputePosition extends Evidence {
  /** Who claims the figure, or null when the article states it as its own. */
  readonly claimant: string | null;
  readonly value: number | null;
  readonly approx: boolean;
  /** Every span of the story that states this position (the position's own span is the first). */
  readonly support: readonly Evidence[];
}

/** Different figures for the same thing: "Afghan fighters killed: Pakistan 274, Afghanistan 13". */
export interface Dispute {
  /** What is counted, in words ("Afghan fighters killed"). */
  readonly about: string;
  readonly measure: ClaimMeasure;
  /** The positions, one per distinct (claimant, value), each with every span that states it. */
  readonly positions: readonly DisputePosition[];
}

/** A figure that only one independent source states. */
export interface SingleSourceClaim extends Evidence {
  readonly about: string;
  readonly measure: ClaimMeasure;
  readonly value: number | null;
  readonly approx: boolean;
  readonly claimant: string | null;
}

/** Something an article does not carry that other articles of its story do. */
export interface Omission {
  readonly article: string;
  /** What is missing, in words ("casualty figures", "Tehrik-i-Taliban Pakistan", "human right", or a consensus statement). */
  readonly topic: string;
  readonly kind: 'figures' | 'actor' | 'voice' | 'topic' | 'statement';
  readonly presentIn: readonly string[];
}

export type CoverageCell = 'carried' | 'omitted' | 'disputed';

/** One row of the coverage matrix: a figure or statement, and what each article does with it. */
export interface CoverageRow {
  readonly label: string;
  readonly kind: 'dispute' | 'figure' | 'statement';
  /** Article id → carried (states it as the others do), omitted, or disputed (gives another figure). */
  readonly cells: Readonly<Record<string, CoverageCell>>;
}

/** A dated event of the story, from one of its articles. */
export interface StoryTimelineEntry extends Evidence {
  readonly date: string | null;
  /** The time expression as written, or the article's date when the event is dated by publication. */
  readonly when: string;
  readonly what: string;
}

/** One sentence of the brief and the spans it rests on. */
export interface BriefSentence {
  readonly text: string;
  readonly cites: readonly Evidence[];
}

/** The neutral brief: every sentence cites its sources. */
export interface Brief {
  readonly text: string;
  readonly sentences: readonly BriefSentence[];
  /** `extractive` (the offline default) or `llm` (rewritten by a model and checked against the sources). */
  readonly method: 'extractive' | 'llm';
}

/** A group of articles that tell the story the same way, found from the story's own data. */
export interface Perspective {
  readonly label: string;
  readonly articleIds: readonly string[];
  readonly summary: string;
  readonly cites: readonly Evidence[];
}

/** Stories about one ongoing matter. */
export interface Storyline {
  readonly id: string;
  readonly title: string;
  readonly storyIds: readonly string[];
}
