import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';

function capture(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { stdout: (t) => void (out += t), stderr: (t) => void (err += t), stderrIsTTY: false, out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), 'parallax-html-'));

describe('parallax analyze --html', () => {
  it('writes the self-contained report to FILE and prints one line saying where', async () => {
    const file = join(dir, 'report.html');
    const io = capture();
    expect(await main(['analyze', 'examples', '--html', file, '-q'], io)).toBe(0);
    const said = /^parallax: wrote the HTML report \((\d+) stories, 9 articles\) to (.+)\n$/.exec(io.out());
    expect(said?.[2]).toBe(file);
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    expect(document.querySelectorAll('section[id^="story-"]').length).toBe(Number(said?.[1]));
    expect(document.querySelectorAll('section[id^="article-"]').length).toBe(9);
    expect(document.querySelectorAll('[src], link').length).toBe(0);
  });

  it('--html - writes the page to standard output', async () => {
    const io = capture();
    expect(await main(['analyze', 'examples/01-kessel-accord-suspended.txt', '--html', '-'], io)).toBe(0);
    expect(io.out()).toMatch(/^<!doctype html>/);
    expect(io.out()).toContain('Ostrel suspends Kessel water accord');
  });

  it.each([
    [['analyze', 'examples', '--html', 'x.html', '--json'], /choose one of --json, --markdown and --html/],
    [['analyze', 'examples', '--html'], /argument missing|--html/],
    [['analyze', 'examples', '--html', join(dir, 'no-such-dir', 'r.html')], /does not exist/],
  ])('%j is a usage error', async (argv, pattern) => {
    const io = capture();
    expect(await main(argv, io)).toBe(2);
    expect(io.err()).toMatch(pattern);
  });

  it('--help tells of --html', async () => {
    const io = capture();
    await main(['analyze', '--help'], io);
    expect(io.out()).toMatch(/--html FILE/);
  });
});
