/** Entities of an article (people, organisations, places, groups) and their alignment across a story. */
export { findEntities } from './find-entities.js';
export { mergeEntities } from './merge-entities.js';
