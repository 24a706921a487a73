import { storeContract } from './contract.js';
import { createMemoryStore } from './memory-store.js';

storeContract('memory', () => createMemoryStore(), { persistent: false });
