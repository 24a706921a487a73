import { describe, expect, it } from 'vitest';
import { findNames } from './find-names.js';

describe('findNames', () => {
  it.each([
    ['Harbour master Emil Sorg said the sea was calm.', ['Emil Sorg']],
    ['Officials said the ferry left Tarnby on Monday.', ['Tarnby', 'Monday']],
    // A single ordinary word opening a sentence cannot be told from a name; two capitalised words can.
    ['Tarnby reopened its port.', []],
    ['Emil Sorg said the port reopened.', ['Emil Sorg']],
    ['The Tarnby Harbour Council met. On Friday it voted.', ['Tarnby Harbour Council', 'Friday']],
    ['FKF fighters left the town.', ['FKF']],
    ["Oslen's mayor met Mr. Sorg.", ['Sorg']],
    ["The ferry reached Oslen's harbour.", ['Oslen']],
    ['It was, in the words of Defence Minister Halvard Renn, over.', ['Defence Minister Halvard Renn']],
  ])('%s', (text, names) => {
    expect(findNames(text)).toEqual(names);
  });
});
