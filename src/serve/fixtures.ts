/**
 * Invented articles for the server's tests and the browser tests: one more report on the bundled
 * examples' fictional event (the Dunmoor strike, March 2026; see examples/README.md), which should
 * join their story, and a hostile article whose every field tries to become markup or script.
 */

/** A Sorvenian wire report two days after the strike: the same actors, places, figures and week as examples 02–09. */
export const FOLLOW_UP = {
  title: 'Dunmoor counts its dead as Mareth waits for both delegations',
  outlet: 'Mareth Daily Record',
  published: '2026-03-06',
  text: `MARETH, March 6, 2026 — Sorvenia's offer to host talks between Varnia and Ostrel in Mareth remained uncertain on Friday, three days after Varnian drones struck the Ostrelian border post at Dunmoor.

Ostrel's Transitional Council says 17 border guards were killed in the drone strike on Tuesday. Varnia's defence ministry says the drones killed 48 fighters of the Free Kessel Front and that no civilians were harmed. Neither figure could be independently verified.

On Wednesday Ostrel fired missiles at Varnia's Brask airbase. The Council says 31 Varnian soldiers died there; Korvan says three soldiers were killed and five wounded.

Sorvenia's Foreign Minister Carmen Alvero said on Thursday that her government was ready to receive both delegations in Mareth. Palleck has accepted the offer of talks. Korvan says it will study it but wants the Front expelled from the border first.

In Dunmoor, Riverlands Aid said families who fled the town after the strike were still sleeping at the Terrin shelter, 30 kilometres to the west. "People want to go home, but they are afraid of the drones," said Petra Holm, the group's coordinator in the Selva valley.

The dispute over the Kessel Dam on the Selva River has strained relations between the two neighbours since Ostrel suspended the water accord last October.`,
};

/**
 * Every field tries to run script or inject markup: `<script>`, `onerror=`, `javascript:` URLs,
 * `</style>` to break out of the stylesheet, `</textarea>`, and a `"` to leave an attribute. Each
 * payload, if it ever ran, would set `window.__pwned` and open a dialog.
 */
export const HOSTILE = {
  id: 'hostile-article',
  title: `<script>window.__pwned='title';alert('title')</script><img src=x onerror="window.__pwned='img';alert('img')">`,
  outlet: `<b onmouseover="window.__pwned='outlet'">Evil Outlet</b>`,
  byline: `"><svg onload="window.__pwned='byline'">`,
  url: `javascript:window.__pwned='url';alert('url')`,
  published: '2026-03-06',
  text: `Hadrow residents said on Friday <script>window.__pwned='body';alert('body')</script> that the night was quiet.

</style><style>body{display:none}</style><style>main{visibility:hidden}</style> The ministry said "<img src=x onerror=alert('quote')>" in a statement.

Read more at <a href="javascript:window.__pwned='link'">this link</a> or </textarea><iframe src="javascript:alert('frame')"></iframe> and "><svg/onload=alert('svg')>. Officials said 12 people were hurt.`,
};
