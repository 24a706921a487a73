import { groupClass } from '../groups.js';
import { html, type SafeHtml } from '../html.js';

/** One swatch per article, in its perspective group's colour. */
export function articleLegend(ids: readonly string[], groups: ReadonlyMap<string, number>, names: ReadonlyMap<string, string>): SafeHtml {
  return html`<ul class="legend">${ids.map((id) => html`<li><span class="swatch ${groupClass(groups.get(id))}" aria-hidden="true"></span>${names.get(id) ?? id}</li>`)}</ul>`;
}
