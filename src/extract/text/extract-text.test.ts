import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text.js';

// Invented copies of web pages, written for these tests: each row names the clutter it covers.
const PAGE = [
  'Newsroom Home|The Ostrel Ledger',
  'Border Post Shelled as Dam Talks Stall',
  'WorldAI Analysis',
  '',
  'Border Post Shelled as Dam Talks Stall',
  '',
  '5 min readSource',
  '',
  'Shelling hit a customs post near Dunmoor overnight. Both capitals blame the other for the breakdown.',
  '',
  'The post, which handles most of the grain traffic across the valley, was struck shortly after midnight, according to local officials who asked not to be named.',
  '',
  'What Comes Next',
  '',
  'Negotiators are due to meet again in Sarn next week, though neither delegation has confirmed its attendance or named who would lead it.',
  '',
  'Residents said the shelling lasted for about forty minutes and damaged two warehouses near the river crossing.',
  '',
  'This content is AI-generated based on wire reports. Errors may occur. Please check the original reporting.',
  '',
  'Thoughts',
  '',
  'Related Articles',
].join('\n');

const SHARE_BAR = [
  'Valley Farmers Count the Cost of a Dry Spring',
  'Share- Ledger Staff',
  '- March 4, 2026',
  '- 2 Comments',
  '- 4 minutes read',
  '- 57 Views',
  'Farmers along the lower Kessel say the spring has been the driest in a decade, and the reservoir upstream has released less water than promised under the old sharing deal. Several cooperatives have already cut their planting by a third, and prices at the Dunmoor market have risen for a sixth straight week, traders said on Tuesday.',
  'The regional agriculture office did not respond to a request for comment.',
  'Disclaimer: This article was generated in part using artificial intelligence and may contain errors. The content is provided for informational purposes only. We make no warranties regarding its completeness. Readers should verify the information before relying on',
].join('\n');

describe('extractText', () => {
  const page = extractText(PAGE);

  it('takes the outlet from a site header and removes it', () => {
    expect(page.outlet).toBe('The Ostrel Ledger');
    expect(page.removed).toContainEqual({ text: 'Newsroom Home|The Ostrel Ledger', reason: 'site-header' });
  });

  it('removes the repeated title, glued section tags and reading time', () => {
    expect(page.title).toBe('Border Post Shelled as Dam Talks Stall');
    expect(page.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['section-tag', 'repeated-title', 'reading-time']));
    expect(page.text).not.toContain('WorldAI');
    expect(page.text).not.toContain('min read');
  });

  it('keeps the dek out of the body and headings in it', () => {
    expect(page.dek).toBe('Shelling hit a customs post near Dunmoor overnight. Both capitals blame the other for the breakdown.');
    expect(page.text.startsWith('The post, which handles')).toBe(true);
    expect(page.headings.map((h) => h.text)).toEqual(['What Comes Next']);
  });

  it('keeps an AI disclosure as metadata and drops it and trailing widgets from the body', () => {
    expect(page.aiDisclosure).toBe('This content is AI-generated based on wire reports. Errors may occur. Please check the original reporting.');
    expect(page.text).not.toMatch(/AI-generated|Thoughts|Related Articles/);
    expect(page.removed.filter((r) => r.reason === 'related').map((r) => r.text)).toEqual(['Thoughts', 'Related Articles']);
  });

  it('spans point at the text they name', () => {
    for (const span of [...page.paragraphs, ...page.headings]) expect(page.text.slice(span.start, span.end)).toBe(span.text);
  });

  const shared = extractText(SHARE_BAR);

  it('reads share bars and counters: byline, date, removed lines', () => {
    expect(shared.byline).toBe('Ledger Staff');
    expect(shared.published).toBe('2026-03-04');
    expect(shared.removed.map((r) => r.reason)).toEqual(['share-bar', 'date', 'counter', 'reading-time', 'counter', 'ai-disclosure']);
    expect(shared.dek).toBeNull();
  });

  it('stops the disclosure at legal small print, even when the file is cut off', () => {
    expect(shared.aiDisclosure).toBe('This article was generated in part using artificial intelligence and may contain errors.');
    expect(shared.text).not.toContain('Disclaimer');
  });

  const rows: [string, string, Record<string, unknown>, Record<string, string>][] = [
    ['a share bar naming a site gives the outlet', 'Title here\nShare- Dunmoorwire\n' + 'Body text that goes on. '.repeat(12), { outlet: 'Dunmoorwire', byline: null }, {}],
    ['a By line gives the byline', 'Title here\nBy Mara Velt\n' + 'Body text that goes on. '.repeat(12), { byline: 'Mara Velt' }, {}],
    ['given metadata wins', 'Body only. '.repeat(20), { title: 'Given' }, { title: 'Given' }],
  ];
  it.each(rows)('%s', (_name, input, expected, given) => {
    expect(extractText(input, given)).toMatchObject(expected);
  });

  it('an article about AI-generated content keeps its paragraphs', () => {
    const body = 'Regulators in Palleck said on Monday that AI-generated images of the dam had spread widely online during the crisis, and that they would ask platforms to label them. Officials did not say which platforms.';
    const r = extractText(`Fake Dam Photos Flood Social Media\n${body}\nA second paragraph follows with more detail on the story and its background.\nA third paragraph closes the report with a quote from an official.`);
    expect(r.aiDisclosure).toBeNull();
    expect(r.text).toContain('AI-generated images');
  });
});

describe('extractText: clutter around the headline and after the body', () => {
  const body = 'KORLA, March 9 (Valley Wire) - Officials in Korla said on Monday that the bridge would reopen within a week, after engineers finished their inspection of the damaged pillars.';
  const rest = 'A second paragraph gives the background of the dispute over the bridge and its tolls.\nA third paragraph quotes a resident who crosses the bridge every day to reach the market.';

  it('drops a glued section tag above the headline', () => {
    const r = extractText(`Home | The Valley Courier\nNationDefence\nBridge to Reopen Within a Week\nTuesday, March 10, 2026\n${body}\n${rest}`);
    expect(r.title).toBe('Bridge to Reopen Within a Week');
    expect(r.published).toBe('2026-03-10');
    expect(r.removed.map((x) => x.reason)).toEqual(['site-header', 'section-tag', 'date']);
  });

  it('does not take a dateline lede for a dek', () => {
    const r = extractText(`Bridge to Reopen Within a Week\n${body}\n${rest}\nA fourth paragraph ends the report.`);
    expect(r.dek).toBeNull();
    expect(r.text.startsWith('KORLA, March 9')).toBe(true);
    expect(r.published).toBeNull(); // the dateline has no year
    expect(extractText(`Bridge to Reopen\n${body.replace('March 9', 'March 9, 2026')}\n${rest}`).published).toBe('2026-03-09');
  });

  it('drops a related-articles heading with the headlines under it, and takes the outlet from a copyright line', () => {
    const r = extractText(`Bridge to Reopen Within a Week\n${body}\n${rest}\nRelated Articles\nTolls rise on the old ferry\nMayor: "We will not pay twice"\nShare this article\n© 2026 The Valley Courier. All rights reserved.`);
    expect(r.text).not.toMatch(/Tolls rise|We will not pay|Related/);
    expect(r.removed.map((x) => x.reason)).toEqual(['related', 'related', 'related', 'related', 'footer']);
    expect(r.outlet).toBe('The Valley Courier');
  });
});
