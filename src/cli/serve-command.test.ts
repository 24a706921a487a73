import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP } from '../serve/fixtures.js';
import type { CliIo } from './io.js';
import { isLoopback, serveCommand, SERVE_HELP, type StopSignals } from './serve-command.js';

/** Captured output, and a promise for the URL the server prints once it listens. */
function capture(env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  let listening: (url: string) => void = () => {};
  const url = new Promise<string>((resolve) => (listening = resolve));
  const io: CliIo = {
    stdout: (t) => {
      out += t;
      const m = /Parallax is serving (http:\/\/\S+)/.exec(out);
      if (m) listening(m[1]!);
    },
    stderr: (t) => void (err += t),
    stderrIsTTY: false,
    env,
  };
  return { io, url, out: () => out, err: () => err };
}

/** Stop requests on demand, as Ctrl+C would send them. */
function signals(): StopSignals & { stop(): void } {
  const listeners = new Set<() => void>();
  return {
    onStop: (l) => (listeners.add(l), () => void listeners.delete(l)),
    stop: () => [...listeners].forEach((l) => l()),
  };
}

/** Runs the command until it listens; returns its URL and a function that stops it and gives the exit status. */
async function run(argv: string[], env: Record<string, string> = {}) {
  const cap = capture(env);
  const sig = signals();
  const exit = serveCommand(argv, cap.io, sig);
  const url = await Promise.race([cap.url, exit.then((code) => { throw new Error(`exited ${code} before listening: ${cap.err()}`); })]);
  return { ...cap, url, stop: async () => (sig.stop(), exit) };
}

describe('parallax serve', () => {
  it('prints its help', async () => {
    const cap = capture();
    expect(await serveCommand(['--help'], cap.io, signals())).toBe(0);
    expect(cap.out()).toBe(`${SERVE_HELP}\n`);
    expect(SERVE_HELP).toMatch(/--db PATH[\s\S]*--host HOST[\s\S]*--port N[\s\S]*--token T[\s\S]*PARALLAX_TOKEN/);
  });

  it.each([
    [['--port', 'abc'], /--port takes a whole number from 0 to 65535.*found "abc"/],
    [['--port', '70000'], /found "70000"/],
    [['--memory', '--db', 'x'], /choose one of --db PATH and --memory/],
    [['articles/'], /serve takes no inputs/],
    [['--max-body', '0'], /--max-body takes a positive whole number/],
    [['--token', ''], /--token takes a non-empty token/],
    [['--host', 'a b'], /--host takes an address/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('%j is a usage error', async (argv, message) => {
    const cap = capture();
    expect(await serveCommand(argv, cap.io, signals())).toBe(2);
    expect(cap.err()).toMatch(message);
  });

  it('serves an in-memory library with the examples on a free loopback port, and stops cleanly', async () => {
    const server = await run(['--memory', '--examples', '--port', '0']);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.out()).toMatch(/Library: memory \(nothing is written\), 9 articles/);
    const stories = (await (await fetch(`${server.url}/api/stories`)).json()) as { stories: unknown[] };
    expect(stories.stories).toHaveLength(3);
    expect((await fetch(server.url)).status).toBe(200);
    expect(await server.stop()).toBe(0);
    expect(server.err()).toMatch(/Examples: 9 added[\s\S]*Stopping[\s\S]*Stopped\./);
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });

  it('requires the token from PARALLAX_TOKEN, and prints the address that signs a browser in', async () => {
    const server = await run(['--memory', '--port', '0'], { PARALLAX_TOKEN: 'tok 1' });
    expect((await fetch(`${server.url}/api/stories`)).status).toBe(401);
    expect((await fetch(`${server.url}/api/stories`, { headers: { authorization: 'Bearer tok 1' } })).status).toBe(200);
    expect(server.out()).toContain(`open ${server.url}/?token=tok%201 once`);
    const signIn = await fetch(`${server.url}/?token=tok%201`, { redirect: 'manual' });
    expect(signIn.status).toBe(303);
    expect(await server.stop()).toBe(0);
  });

  it('warns when it listens beyond this machine without a token', async () => {
    const server = await run(['--memory', '--host', '0.0.0.0', '--port', '0']);
    expect(server.err()).toMatch(/warning: --host 0\.0\.0\.0 lets other machines reach the server, and there is no token.*Set --token \(or PARALLAX_TOKEN\)/);
    expect(await server.stop()).toBe(0);
    const quiet = await run(['--memory', '--host', '0.0.0.0', '--port', '0', '--token', 't']);
    expect(quiet.err()).not.toMatch(/warning/);
    expect(await quiet.stop()).toBe(0);
  });

  it('keeps a SQLite library across restarts, finishing an upload in progress before it stops', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'parallax-serve-')), 'lib');
    const first = await run(['--db', db, '--port', '0']);
    const res = await fetch(`${first.url}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FOLLOW_UP) });
    expect(res.status).toBe(202);
    expect(await first.stop()).toBe(0);
    const second = await run(['--db', db, '--port', '0']);
    expect(second.out()).toMatch(/Library: .*lib, 1 article\n/);
    const articles = (await (await fetch(`${second.url}/api/articles`)).json()) as { articles: { title: string }[] };
    expect(articles.articles.map((a) => a.title)).toEqual([FOLLOW_UP.title]);
    expect(await second.stop()).toBe(0);
  });

  it('says when the port is taken, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const cap = capture();
    expect(await serveCommand(['--memory', '--port', String(port)], cap.io, signals())).toBe(1);
    expect(cap.err()).toMatch(new RegExp(`port ${port} is in use; choose another with --port, or --port 0`));
    blocker.close();
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['localhost', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.4', false],
    ['example.org', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});
