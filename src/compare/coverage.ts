import type { Consensus, CoverageCell, CoverageRow } from '../types.js';
import type { FigureGroup } from './find-figures.js';
import type { StoryContext } from './story-context.js';

/**
 * The claim × article matrix. A dispute row: `disputed` where the article gives competing figures,
 * `carried` where it gives one party's figure, `omitted` elsewhere. A figure (agreed or single-source)
 * or a consensus statement: `carried` or `omitted`.
 */
export function coverageMatrix(context: StoryContext, figureGroups: readonly FigureGroup[], consensus: readonly Consensus[]): CoverageRow[] {
  const ids = context.articles.map((a) => a.id);
  const row = (label: string, kind: CoverageRow['kind'], cell: (id: string) => CoverageCell): CoverageRow => ({ label, kind, cells: Object.fromEntries(ids.map((id) => [id, cell(id)])) });
  const rows: CoverageRow[] = [];
  for (const g of figureGroups) {
    if (g.disputed) {
      rows.push(row(g.about, 'dispute', (id) => {
        const values = new Set(g.figures.filter((f) => f.article === id).map((f) => f.claim.value));
        return values.size >= 2 ? 'disputed' : values.size === 1 ? 'carried' : 'omitted';
      }));
    } else {
      rows.push(row(`${g.about}: ${g.figures[0]?.claim.text ?? ''}`, 'figure', (id) => (g.figures.some((f) => f.article === id) ? 'carried' : 'omitted')));
    }
  }
  for (const c of consensus) if (c.kind === 'statement') rows.push(row(c.statement, 'statement', (id) => (c.articles.includes(id) ? 'carried' : 'omitted')));
  return rows;
}
