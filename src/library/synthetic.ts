import { seededRandom } from '../lib/random.js';

/**
 * Invented articles in bulk, for crash tests and throughput benchmarks of the library: `events`
 * fictional incidents, each told by several invented outlets with their own figures, so articles of an
 * event group into one story and different events stay apart. Deterministic for a seed. Every name here
 * is made up.
 */
export interface SyntheticArticle {
  readonly id: string;
  readonly outlet: string;
  readonly title: string;
  readonly published: string;
  readonly text: string;
}

const THINGS = ['bridge', 'dam', 'rail depot', 'grain silo', 'ferry terminal', 'power station', 'hospital wing', 'school', 'market hall', 'water plant', 'border post', 'fuel depot'];
const CAUSES = ['a fire', 'an explosion', 'a flood', 'a collapse', 'a drone strike', 'a landslide', 'a storm', 'a gas leak'];
const OUTLETS = ['The Harbourside Gazette', 'Northmere Daily', 'Valley Ledger', 'Coastline Wire', 'The Upland Courier', 'Riverbend Post', 'Eastgate Tribune', 'Marsh Country News'];
const OFFICIALS = ['Ilse Varga', 'Tomas Reen', 'Petra Lund', 'Oskar Vale', 'Mira Sand', 'Jonah Pike', 'Alma Greer', 'Edda Holm'];
type Colour = (town: string, district: string, street: string, spokesman: string) => string;
const COLOUR: readonly Colour[] = [
  (t) => `Rescue crews from neighbouring districts worked through the night, and roads into ${t} were closed.`,
  (_t, d) => `Families gathered in ${d} waiting for news as volunteers handed out water and blankets.`,
  (_t, _d, st) => `Shopkeepers on ${st} swept glass from the pavement and boarded up broken windows.`,
  (t, _d, _s, sp) => `${sp} said engineers would inspect every building within two streets before anyone returns to ${t}.`,
  (t) => `Schools in ${t} stayed shut and exams were postponed until further notice.`,
  (_t, d) => `A reception centre opened in the ${d} sports hall, where doctors treated minor injuries.`,
  (t) => `Insurers warned that claims from ${t} could take months to settle.`,
  (_t, _d, st, sp) => `Police sealed off ${st}; ${sp} asked drivers to avoid the area until the weekend.`,
  (t) => `Trains between ${t} and the coast were suspended while inspectors checked the tracks.`,
  (_t, d) => `Satellite images shared by a mapping group showed scorched fields east of ${d}.`,
  (t) => `The mayor of ${t} declared three days of mourning and cancelled the harvest fair.`,
  (_t, d, _s, sp) => `Volunteers from ${d} set up a kitchen feeding several hundred people a day, ${sp} said.`,
  (t) => `Hospitals as far away as the provincial capital took patients from ${t} by helicopter.`,
  (_t, _d, st) => `Power was cut to homes along ${st} after a substation flooded.`,
  (t) => `Farmers around ${t} reported livestock losses and damaged irrigation channels.`,
  (_t, d) => `Engineers feared that retaining walls above ${d} could give way after more rain.`,
];
const SYLLABLES = ['ka', 'lo', 'ven', 'dri', 'mar', 'sul', 'te', 'bran', 'ox', 'quil', 'rhe', 'zan', 'po', 'lith', 'gar', 'wen', 'ast', 'mir', 'tob', 'ul'];
const BODIES = ['the regional council', 'the interior ministry', 'the fire service', 'the civil defence office', 'the rail authority', 'the port authority'];

/** `events × perEvent` articles (≈ 250 words each), ids `syn-EVENT-OUTLET`, dates within a few days of each event. */
export function syntheticArticles(events: number, perEvent: number, seed = 1, prefix = `syn`): SyntheticArticle[] {
  const next = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: SyntheticArticle[] = [];
  for (let e = 0; e < events; e++) {
    // Invented names of the event's own (a town, a district, a street, a spokesperson) carry most of its
    // distinctive words, as real coverage of one incident shares its proper names.
    const name = () => capital(Array.from({ length: 3 }, () => pick(SYLLABLES)).join(''));
    const town = name();
    const district = name();
    const street = `${name()} Street`;
    const spokesman = `${pick(OFFICIALS).split(' ')[0]} ${name()}`;
    const thing = pick(THINGS);
    const cause = pick(CAUSES);
    const official = `${pick(OFFICIALS).split(' ')[0]} ${name()}`;
    const body = pick(BODIES);
    const killed = 2 + Math.floor(next() * 40);
    const injured = killed + Math.floor(next() * 60);
    // Three of the colour sentences per event: events share some wording, as real incidents do, not all of it.
    const colour = [0, 1, 2].map(() => pick(COLOUR));
    const day = new Date(Date.UTC(2031, 0, 1) + e * 86_400_000 * 0.7);
    for (let k = 0; k < perEvent; k++) {
      const outlet = OUTLETS[(e + k) % OUTLETS.length] as string;
      const claimed = k % 3 === 2 ? killed + 3 + Math.floor(next() * 10) : killed;
      const published = new Date(day.getTime() + k * 43_200_000).toISOString().slice(0, 10);
      const title = k % 2 ? `${town} and ${district}: ${claimed} reported dead` : `${district}, ${town}: the ${thing} and ${spokesman}`;
      const text = [
        `${capital(cause)} struck the ${thing} in ${town} early on ${weekday(day)}, killing ${claimed} people and injuring ${injured}, ${k % 3 === 2 ? 'residents told reporters' : `${body} said`}.`,
        `"We are still searching the ${thing} in ${district}," said ${official} of ${body}.`,
        ...colour.map((c) => c(town, district, street, spokesman)),
        `${k % 3 === 2 ? `Opposition figures in ${town} accused ${body} of hiding the true toll, which they put at ${claimed}.` : `${capital(body)} put the toll in ${town} at ${killed} dead.`}`,
      ].join('\n\n');
      out.push({ id: `${prefix}-${e}-${k}`, outlet, title, published, text });
    }
  }
  return out;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const weekday = (d: Date) => ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d.getUTCDay()] as string;

/** A synthetic article as a JSON record `parallax ingest` reads (`.json` file or a JSONL line). */
export const toRecord = (a: SyntheticArticle) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published, text: a.text });
