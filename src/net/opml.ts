import { message } from '../ingest/messages.js';
import type { Message } from '../types.js';
import { attr, list } from './feed-text.js';
import { feedParser } from './feed-xml.js';

type Node = Record<string, unknown>;

/** One feed of an OPML subscription list. */
export interface OpmlFeed {
  readonly url: string;
  /** The outline's `title` or `text`, or null. */
  readonly title: string | null;
}

function collect(outlines: unknown, into: OpmlFeed[], seen: Set<string>): void {
  for (const outline of list(outlines)) {
    const xmlUrl = attr(outline, 'xmlUrl');
    if (xmlUrl && /^https?:\/\//i.test(xmlUrl) && !seen.has(xmlUrl)) {
      seen.add(xmlUrl);
      into.push({ url: xmlUrl, title: attr(outline, 'title') ?? attr(outline, 'text') });
    }
    collect((outline as Node | null)?.outline, into, seen); // folders nest outlines
  }
}

/**
 * The feeds of an OPML subscription list: every `xmlUrl` of every outline, nested folders
 * included, in document order, duplicates dropped. `source` names the list in messages.
 */
export function parseOpml(text: string, source = 'opml'): readonly OpmlFeed[] | Message {
  let doc: Node;
  try {
    doc = feedParser.parse(text.replace(/^\uFEFF/, '')) as Node;
  } catch (error) {
    return message('error', 'feed/malformed-opml', source, `the feed list is not well-formed XML (${(error as Error).message}); expected an OPML file`);
  }
  const body = (doc.opml as Node | undefined)?.body as Node | undefined;
  if (!body) return message('error', 'feed/malformed-opml', source, 'the feed list has no <opml><body>; expected an OPML file exported from a feed reader');
  const feeds: OpmlFeed[] = [];
  collect(body.outline, feeds, new Set());
  return feeds;
}
