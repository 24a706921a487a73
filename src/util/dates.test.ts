import { describe, expect, it } from 'vitest';
import { findDate } from './dates.js';

describe('findDate', () => {
  it.each([
    ['Published November 10, 2025, 08:00', '2025-11-10'],
    ['10 Nov. 2025', '2025-11-10'],
    ['2025-11-10T08:00:00Z', '2025-11-10'],
    ['Zentralkurier, 3. März 2026', '2026-03-03'],
    ['Le Courrier, 3 mars 2026', '2026-03-03'],
    ['El Diario, 3 de marzo de 2026', '2026-03-03'],
    ['1er juin 2026', '2026-06-01'],
    ['Gazzetta, 12 settembre 2025', '2025-09-12'],
    ['Folha, 5 de dezembro de 2024', '2024-12-05'],
    ['De Krant, 14 mei 2026', '2026-05-14'],
  ])('%s → %s', (text, date) => expect(findDate(text)).toBe(date));

  it('does not read an English word as a foreign month without a day and a year, nor an impossible date', () => {
    expect(findDate('Mars 2026 rover mission')).toBeNull();
    expect(findDate('31 février 2026')).toBeNull();
    expect(findDate('He was born on 3 Mai')).toBeNull();
  });
});
