export { placeEvents } from './place-events.js';
