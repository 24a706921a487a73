import { describe, expect, it } from 'vitest';
import { parseReply } from './parse-reply.js';

describe('parseReply', () => {
  it.each([
    ['plain JSON', '{"sentences":[{"text":"A ferry ran aground.","cites":[1,2]}]}'],
    ['a ```json fence', 'Here is the brief:\n```json\n{"sentences":[{"text":"A ferry ran aground.","cites":[1,2]}]}\n```'],
    ['prose around the object', 'Sure! {"sentences":[{"text":"A  ferry ran\\naground.","cites":[1,2]}]} Hope this helps.'],
  ])('reads %s', (_, content) => {
    expect(parseReply(content)).toEqual({ kind: 'sentences', sentences: [{ text: 'A ferry ran aground.', cites: [1, 2] }] });
  });

  it('keeps whole-number cites only and skips empty sentences', () => {
    expect(parseReply('{"sentences":[{"text":"A.","cites":[1,"2",2.5,3]},{"text":"B."},{"text":"  ","cites":[1]}]}')).toEqual({
      kind: 'sentences',
      sentences: [{ text: 'A.', cites: [1, 3] }, { text: 'B.', cites: [] }],
    });
  });

  it.each([
    ['not JSON', 'The ferry ran aground.', /not JSON/],
    ['no sentences list', '{"brief":"The ferry ran aground."}', /no "sentences" list/],
    ['a sentence without text', '{"sentences":[{"cites":[1]}]}', /no "text" string/],
  ])('says why an answer with %s is malformed', (_, content, reason) => {
    const parsed = parseReply(content);
    expect(parsed.kind).toBe('malformed');
    expect(parsed.kind === 'malformed' && parsed.reason).toMatch(reason);
  });
});
