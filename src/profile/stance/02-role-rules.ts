import type { RoleRule, StanceModel } from './model.js';

const escape = (w: string) => w.split(/\s+/).map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\'’-]*')).join('\\s+');

/**
 * Compiles the role rules once. The returned function reads the text just before and after one
 * mention and returns the summed weight of the rules that fire, with their names (for tests and
 * debugging): the actor as agent of violence or victim, its claims doubted, it blamed or credited.
 */
export function compileRoleRules(model: StanceModel): (before: string, after: string) => { weight: number; fired: string[] } {
  const after = (r: RoleRule) => new RegExp(`^(?:['’]s\\b)?\\W*(?:[\\p{L}\\p{N}'’-]+\\W+){0,${r.window - 1}}?(?:${r.words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
  const before = (r: RoleRule) => new RegExp(`(?<![\\p{L}])(?:${r.words.map(escape).join('|')})(?:\\W+[\\p{L}\\p{N}'’-]+){0,${r.window - 1}}?\\W*$`, 'iu');
  const { roles } = model;
  const reporting = new RegExp(`(?<![\\p{L}])(?:${roles.reported.words.map(escape).join('|')})(?![\\p{L}])`, 'iu');
  const rules = [
    ['agent', after(roles.agentAfter), roles.agentAfter.weight, 'after'],
    ['victim', before(roles.victimBefore), roles.victimBefore.weight, 'before'],
    ['doubted', after(roles.doubtAfter), roles.doubtAfter.weight, 'after'],
    ['blamed', after(roles.accusedAfter), roles.accusedAfter.weight, 'after'],
    ['credited', after(roles.creditAfter), roles.creditAfter.weight, 'after'],
    ['backed', before(roles.creditBefore), roles.creditBefore.weight, 'before'],
  ] as const;
  return (textBefore, textAfter) => {
    const fired: string[] = [];
    let weight = 0;
    // Only the clause around the mention counts: "…, and the Taliban" is not "bombing of … the Taliban".
    const b = textBefore.slice(-80).split(/[.;:!?]/).pop() ?? '';
    const a = textAfter.slice(0, 80).split(/[.;:!?]/)[0] ?? '';
    // Violence in a reported account ("X says it killed …", "officials report 19 killed in X strikes")
    // is the source's telling, not the writer's: the agent rule stays silent there.
    const reported = reporting.test(b) || reporting.test(a);
    for (const [name, re, w, side] of rules) {
      if (name === 'agent' && reported) continue;
      if (re.test(side === 'after' ? a : b)) fired.push(name), (weight += w);
    }
    return { weight, fired };
  };
}
