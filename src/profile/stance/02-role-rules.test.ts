import { expect, it } from 'vitest';
import { compileRoleRules } from './02-role-rules.js';
import { STANCE_MODEL } from './model.js';

const roles = compileRoleRules(STANCE_MODEL);

// [text before the mention, text after it, rules expected to fire]
it.each([
  ['', ' shelled three villages overnight.', ['agent']],
  ['', "'s air strikes hit a market.", ['agent']],
  ['The bombing of ', ' drew condemnation.', ['victim']],
  ['', ' claims it lost no soldiers.', ['doubted']],
  ['The group has been accused of sheltering fighters, and ', ' denied it.', []],
  ['', ' has been repeatedly accused of harboring militants.', ['blamed']],
  ['', "'s sovereign right to defend itself is clear.", ['credited']],
  ['The world should support ', "'s efforts.", ['backed', 'credited']],
  ['The minister visited ', ' on Monday.', []],
  ['', "'s military says it killed 40 fighters.", []], // the actor's own account of its strikes
  ['Officials report 19 killed in ', ' strikes on the town.', []], // a source's account
])('role rules around a mention: "%s[X]%s"', (before, after, expected) => {
  expect(roles(before, after).fired.sort()).toEqual([...expected].sort());
});
