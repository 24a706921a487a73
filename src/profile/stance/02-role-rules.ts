import type { RoleRule, StanceModel } from './model.js';

const escape = (w: string) => w.split(/\s+/).map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\'’-]*')).join('\\s+');

/**
 * The letters a cue phrase cannot match without: its first word up to any '*', lower-cased; null
 * unless that is plain a–z. A case-insensitive match of a–z letters is a run of letters, so it lies
 * inside one word of the text, and that word lower-cased contains them — unless it holds "ſ", which
 * matches "s" but lower-cases to itself ("K", U+212A, lower-cases to "k").
 */
const lettersOf = (phrase: string): string | null => {
  const letters = (phrase.split(/\s+/)[0] ?? '').split('*')[0]!.toLowerCase();
  return /^[a-z]+$/.test(letters) ? letters : null;
};

/** Only the clause around the mention counts, up to this many characters of it on either side. */
const CLAUSE_CHARS = 80;
/** How far from a mention (in characters) the rules read: a cue word farther away cannot make them fire. */
export const ROLE_REACH = CLAUSE_CHARS;
/** Whether the UTF-16 unit `c` ends a clause: . ; : ! ? */
const isClauseEnd = (c: number) => c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f;
/** The last `CLAUSE_CHARS` of the text before a mention, from the last clause end on. */
function clauseBefore(textBefore: string): string {
  const from = Math.max(0, textBefore.length - CLAUSE_CHARS);
  let i = textBefore.length;
  while (i > from && !isClauseEnd(textBefore.charCodeAt(i - 1))) i--;
  return textBefore.slice(i);
}
/** The first `CLAUSE_CHARS` of the text after a mention, up to the first clause end. */
function clauseAfter(textAfter: string): string {
  const to = Math.min(textAfter.length, CLAUSE_CHARS);
  let i = 0;
  while (i < to && !isClauseEnd(textAfter.charCodeAt(i))) i++;
  return textAfter.slice(0, i);
}

/** The compiled role rules: called with the text before and after a mention, the rules that fire and their summed weight. */
export interface RoleRules {
  (before: string, after: string): { weight: number; fired: string[] };
  /**
   * The rules (one bit each, the reporting verbs last) this lower-cased word can make fire: those
   * with a cue word whose letters are in it. Around a mention, only the rules of the words within
   * `ROLE_REACH` of it can fire.
   */
  possibleWith(lower: string): number;
  /** The summed weight of the rules that fire around the mention `from`..`to` of `text`, inside `sentence`, trying only the `possible` ones. */
  weightAround(text: string, sentence: { readonly start: number; readonly end: number }, from: number, to: number, possible: number): number;
}

/**
 * Compiles the role rules once. The returned function reads the text just before and after one
 * mention and returns the summed weight of the rules that fire, with their names (for tests and
 * debugging): the actor as agent of violence or victim, its claims doubted, it blamed or credited.
 * Most mentions have no cue word of most rules near them, so the stance stage asks the words near a
 * mention which rules can fire (`possibleWith`) and tries only those (`weightAround`).
 */
export function compileRoleRules(model: StanceModel): RoleRules {
  const after = (r: RoleRule) => new RegExp(`^(?:['’]s\\b)?\\W*(?:[\\p{L}\\p{N}'’-]+\\W+){0,${r.window - 1}}?(?:${r.words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
  const before = (r: RoleRule) => new RegExp(`(?<![\\p{L}])(?:${r.words.map(escape).join('|')})(?:\\W+[\\p{L}\\p{N}'’-]+){0,${r.window - 1}}?\\W*$`, 'iu');
  const { roles } = model;
  const reporting = new RegExp(`(?<![\\p{L}])(?:${roles.reported.words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
  const rules = [
    ['agent', after(roles.agentAfter), roles.agentAfter, 'after'],
    ['victim', before(roles.victimBefore), roles.victimBefore, 'before'],
    ['doubted', after(roles.doubtAfter), roles.doubtAfter, 'after'],
    ['blamed', after(roles.accusedAfter), roles.accusedAfter, 'after'],
    ['credited', after(roles.creditAfter), roles.creditAfter, 'after'],
    ['backed', before(roles.creditBefore), roles.creditBefore, 'before'],
  ] as const;
  const AGENT = 1;
  const REPORTED = 1 << rules.length;
  const ALL = (REPORTED << 1) - 1;
  const letters = [...rules.map(([, , rule]) => rule.words), roles.reported.words].map((words) => words.map(lettersOf));
  // A rule with a cue word of other letters can always fire.
  const always = letters.reduce((bits, list, k) => (list.includes(null) ? bits | (1 << k) : bits), 0);
  const run = (b: string, a: string, possible: number, fired?: string[]) => {
    let weight = 0;
    // Violence in a reported account ("X says it killed …", "officials report 19 killed in X strikes")
    // is the source's telling, not the writer's: the agent rule stays silent there.
    const reported = (possible & AGENT) !== 0 && (possible & REPORTED) !== 0 && (reporting.test(b) || reporting.test(a));
    for (let k = 0; k < rules.length; k++) {
      const [name, re, rule, side] = rules[k]!;
      if (!(possible & (1 << k)) || (name === 'agent' && reported)) continue;
      if (re.test(side === 'after' ? a : b)) fired?.push(name), (weight += rule.weight);
    }
    return weight;
  };
  const fire = (textBefore: string, textAfter: string) => {
    const fired: string[] = [];
    // Only the clause around the mention counts: "…, and the Taliban" is not "bombing of … the Taliban".
    const weight = run(clauseBefore(textBefore), clauseAfter(textAfter), ALL, fired);
    return { weight, fired };
  };
  return Object.assign(fire, {
    possibleWith(lower: string): number {
      if (lower.includes('ſ')) return ALL;
      let possible = always;
      letters.forEach((list, k) => {
        if (list.some((l) => l !== null && lower.includes(l))) possible |= 1 << k;
      });
      return possible;
    },
    weightAround(text: string, sentence: { readonly start: number; readonly end: number }, from: number, to: number, possible: number): number {
      if ((possible & (REPORTED - 1)) === 0) return 0;
      const textBefore = text.slice(Math.max(sentence.start, from - CLAUSE_CHARS), from);
      const textAfter = text.slice(to, Math.min(sentence.end, to + CLAUSE_CHARS));
      return run(clauseBefore(textBefore), clauseAfter(textAfter), possible);
    },
  });
}
