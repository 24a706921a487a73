import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { storyArticle } from '../../stories/testing.js';
import type { ReportArticle } from '../../types.js';

/** What the stub saw of one request. */
export interface StubRequest {
  readonly url: string;
  readonly authorization: string | undefined;
  readonly body: { model: string; temperature: number; messages: { role: string; content: string }[] };
}

export interface StubAnswer {
  readonly status?: number;
  readonly body: string;
  /** Wait this long before answering (for timeouts). */
  readonly delayMs?: number;
}

/** A chat completion whose first choice says `content`. */
export const completion = (content: string) => JSON.stringify({ id: 'stub', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }] });

/** The number of the prompt's source line that contains `phrase` ("[3] …" → 3); throws when none does, so a test fails loudly. */
export function sourceNumber(request: StubRequest, phrase: string): number {
  const prompt = request.body.messages.map((m) => m.content).join('\n');
  const line = prompt.split('\n').find((l) => /^\[\d+\] /.test(l) && l.includes(phrase));
  if (!line) throw new Error(`no numbered source contains ${JSON.stringify(phrase)} in:\n${prompt}`);
  return Number(/^\[(\d+)\]/.exec(line)?.[1]);
}

/**
 * A stub answer that hands the prompt's draft brief back as the model's brief, each sentence with
 * the source numbers the draft gives it, plus `extra` sentences.
 */
export function echoDraft(extra: readonly { text: string; cites: number[] }[] = []): (request: StubRequest) => StubAnswer {
  return (request) => {
    const draft = request.body.messages.map((m) => m.content).join('\n').split('Draft brief:\n')[1] ?? '';
    const sentences = draft.split('\n').filter(Boolean).map((line) => ({
      text: line.replace(/(?:\s*\[\d+\])+$/, ''),
      cites: [...line.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])),
    }));
    return { body: completion(JSON.stringify({ sentences: [...sentences, ...extra] })) };
  };
}

const read = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

/** A local OpenAI-compatible endpoint on 127.0.0.1 (port chosen by the system): `answer` decides each reply. */
export async function startChatStub(answer: (request: StubRequest) => StubAnswer): Promise<{ url: string; requests: StubRequest[]; close: () => Promise<void> }> {
  const requests: StubRequest[] = [];
  const server = createServer(async (req, res) => {
    const request: StubRequest = { url: req.url ?? '', authorization: req.headers.authorization, body: JSON.parse(await read(req)) as StubRequest['body'] };
    requests.push(request);
    const reply = answer(request);
    if (reply.delayMs) await new Promise((r) => setTimeout(r, reply.delayMs));
    if (res.destroyed) return;
    res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' }).end(reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/** Two invented reports of one invented event, disagreeing on a figure. */
export const FERRY_TEXTS = {
  gazette: `Ferry Runs Aground Near Tarnby Harbour

A passenger ferry ran aground on a sandbank near Tarnby Harbour on Monday evening, the regional coastguard said. The coastguard said 212 passengers were taken off the vessel by lifeboats before midnight. Harbour master Emil Sorg said the ferry had left its marked channel in thick fog. "We were lucky the sea was calm," Sorg told reporters on Tuesday. The ferry operator, Oslen Lines, said an inquiry had been opened.`,
  courier: `Tarnby ferry stranded on sandbank

A ferry carrying passengers to the island of Oslen ran aground near Tarnby Harbour on Monday evening, the coastguard said. Oslen Lines said 190 passengers were brought ashore by lifeboats overnight. The regional coastguard said the ferry had drifted from its channel in thick fog. Harbour master Emil Sorg said the sea had been calm. Oslen Lines said an inquiry had been opened into the grounding.`,
};

export function ferryArticles(): ReportArticle[] {
  return [
    storyArticle('gazette', 'Ferry Runs Aground Near Tarnby Harbour', FERRY_TEXTS.gazette, '2031-04-07', 'The Tarnby Gazette'),
    storyArticle('courier', 'Tarnby ferry stranded on sandbank', FERRY_TEXTS.courier, '2031-04-07', 'Oslen Courier'),
  ];
}
