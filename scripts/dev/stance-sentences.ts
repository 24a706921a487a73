// Dev: per-sentence stance toward one actor in one seed (usage: tsx scripts/dev/stance-sentences.ts 002 pakistan).
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { findActors } from '../../src/profile/stance/01-actors.js';
import { compileRoleRules } from '../../src/profile/stance/02-role-rules.js';
import { mentionStance } from '../../src/profile/stance/03-mention-stance.js';
import { STANCE_MODEL } from '../../src/profile/stance/model.js';

const [id, actorId] = process.argv.slice(2);
const dir = sharedPath('corpus', 'seeds');
if (!dir) throw new Error('seeds not found');
const a = (await analyze([dir])).articles.find((x) => x.id === id)!;
const roles = compileRoleRules(STANCE_MODEL);
const actor = findActors(a).find((x) => x.id === actorId)!;
for (const m of actor.mentions) {
  const s = a.sentences.find((x) => x.start <= m.start && x.end >= m.end);
  if (!s) continue;
  const learned = mentionStance(STANCE_MODEL.learned, s.text, m.start - s.start, m.end - s.start);
  const r = roles(a.text.slice(s.start, m.start), a.text.slice(m.end, s.end));
  console.log(`${learned.toFixed(2)} ${r.fired.join(',') || '-'} [${m.text}] ${s.text.slice(0, 150)}`);
}
