import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

function capture(stdin?: string): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    stderrIsTTY: false,
    ...(stdin === undefined ? {} : { readStdin: async () => new TextEncoder().encode(stdin) }),
    out: () => out,
    err: () => err,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-cli-'));
const good = join(dir, 'talks.txt');
writeFileSync(good, `Dam Talks Resume in Sarn\n${'Negotiators from both capitals met on Monday in the border town, and the meeting lasted four hours, officials said. '.repeat(4)}\n`);
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');

describe('parallax CLI', () => {
  it.each([['--help'], ['help'], ['extract', '--help'], ['analyze', '--help'], ['help', 'extract']])('%s prints help and exits 0', async (...argv) => {
    const io = capture();
    expect(await main(argv, io)).toBe(0);
    expect(io.out()).toMatch(/Usage: parallax/);
  });

  it('prints the version', async () => {
    const io = capture();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it.each([
    [['frobnicate'], /unknown command "frobnicate"/],
    [['extract'], /no inputs/],
    [['extract', good, '--format', 'xml'], /--format takes jsonl, json or text/],
    [['extract', good, '--bogus'], /Unknown option/],
    [['analyze', good, '--json', '--markdown'], /choose one/],
    [['extract', good, '--max-bytes', 'lots'], /--max-bytes takes a positive whole number/],
    [['analyze', good, '--brief-words', '0'], /--brief-words takes a positive whole number/],
  ])('%j is a usage error (exit 2) with a clear message', async (argv, pattern) => {
    const io = capture();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(pattern);
  });

  it('extract prints one JSON object per article', async () => {
    const io = capture();
    expect(await main(['extract', good], io)).toBe(0);
    const lines = io.out().trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ id: 'talks', title: 'Dam Talks Resume in Sarn', language: 'en', path: good });
  });

  it('exits 1 when any input failed, still printing the others', async () => {
    const io = capture();
    expect(await main(['extract', empty, good, '--format', 'text'], io)).toBe(1);
    expect(io.out()).toContain('# Dam Talks Resume in Sarn');
    expect(io.err()).toMatch(/error\s+.*empty\.txt: the file is empty/);
  });

  it('draws a progress bar on stderr only when it is a terminal', async () => {
    const tty = { ...capture(), stderrIsTTY: true };
    let err = '';
    const io: CliIo = { ...tty, stderr: (t) => void (err += t) };
    expect(await main(['extract', dir, '-q'], io)).toBe(1);
    expect(err).toMatch(/\[#+ *\] \d+ articles, \d+ errors/);
    const plain = capture();
    await main(['extract', dir, '-q'], plain);
    expect(plain.err()).not.toContain('[#');
  });

  it('reads standard input', async () => {
    const io = capture('Title From Stdin\nBody text of the piece goes here and continues for a while longer.');
    expect(await main(['extract', '-', '--format', 'json'], io)).toBe(0);
    expect(JSON.parse(io.out())[0]).toMatchObject({ title: 'Title From Stdin', path: '-' });
  });

  it('analyze prints Markdown by default and the report with --json', async () => {
    const md = capture();
    expect(await main(['analyze', good], md)).toBe(0);
    expect(md.out()).toMatch(/^# Parallax report/);
    const json = capture();
    expect(await main(['analyze', good, '--json'], json)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ version: expect.any(String), articles: [{ id: 'talks' }], stories: [{ articleIds: ['talks'] }], storylines: [{}], twins: [], messages: [] });
  });

  it('analyze prints each story with its cited brief, capped by --brief-words', async () => {
    const md = capture();
    expect(await main(['analyze', 'examples', '-q'], md)).toBe(0);
    expect(md.out()).toMatch(/# Stories[\s\S]*### Brief[\s\S]*\[1\][\s\S]*### Disputed figures[\s\S]*#### Sources cited/);
    const json = capture();
    expect(await main(['analyze', 'examples', '--json', '--brief-words', '40', '-q'], json)).toBe(0);
    const report = JSON.parse(json.out()) as { stories: { brief: { text: string } }[] };
    for (const story of report.stories) expect(story.brief.text.split(/\s+/).filter(Boolean).length).toBeLessThanOrEqual(40);
  });
});
