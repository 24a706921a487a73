// Dev: per-sentence stance toward one actor in one seed (usage: tsx scripts/dev/stance-sentences.ts 002 pakistan).
import { analyze } from '../../src/analyze.js';
import { sharedPath } from '../../src/eval/shared-data.js';
import { findActors } from '../../src/profile/stance/01-actors.js';
import { compileRoleRules } from '../../src/profile/stance/02-role-rules.js';
import { mentionStance } from '../../src/profile/stance/03-mention-stance.js';
import { STANCE_MODEL } from '../../src/profile/stance/model.js';
import { attributedSentences } from '../../src/profile/loaded/04-attribution.js';

const [id, actorId] = process.argv.slice(2);
const dir = sharedPath('corpus', 'seeds');
if (!dir) throw new Error('seeds not found');
const a = (await analyze([dir])).articles.find((x) => x.id === id)!;
const roles = compileRoleRules(STANCE_MODEL);
const attributed = attributedSentences(a.sentences, a.quotes, a.claims);
const actor = findActors(a).find((x) => x.id === actorId)!;
for (const m of actor.mentions) {
  const si = a.sentences.findIndex((x) => x.start <= m.start && x.end >= m.end);
  const s = a.sentences[si];
  if (!s) continue;
  const learned = mentionStance(STANCE_MODEL.learned, s.text, m.start - s.start, m.end - s.start);
  const r = roles(a.text.slice(s.start, m.start), a.text.slice(m.end, s.end));
  console.log(`${learned.toFixed(2)} ${r.fired.join(',') || '-'} ${attributed[si] ? 'A' : '-'} o${s.opinion.toFixed(2)} l${s.loaded.toFixed(2)} [${m.text}] ${s.text.slice(0, 150)}`);
}
