import { storyArticle } from '../stories/testing.js';

/** An invented two-source story with disputed figures, agreed facts and an unattributed background figure. */
export const DISPUTED_STORY = [
  storyArticle(
    'wire',
    'Varnia and Ostrel trade blame over border clash',
    "Varnia's defence ministry says it killed 40 Ostrelian fighters near the Tellin ridge, while losing 3 soldiers. Ostrel disputes the account, saying 12 of its fighters died and 30 Varnian soldiers were killed.\n\n" +
      'The clash began before dawn on Tuesday near the Tellin ridge, a hill on the disputed border.\n\n' +
      'Last year, floods on the Selva river displaced 900 people in the valley.',
    '2031-04-02',
    'Wire Service',
  ),
  storyArticle(
    'daily',
    'Heavy losses claimed after Tellin ridge clash',
    'The clash began before dawn on Tuesday near the Tellin ridge, on the disputed border between Varnia and Ostrel.\n\n' +
      'Ostrel says 30 Varnian soldiers were killed in the fighting. "We held the ridge," said Ostrel\'s army spokesman Piet Larsen.\n\n' +
      'Hospital director Ana Berg said 25 wounded people had been treated.',
    '2031-04-02',
    'Ostrel Daily',
  ),
];
