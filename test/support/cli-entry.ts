// The CLI from source, for tests that run it as a real child process (kill -9, signals): `node --import tsx test/support/cli-entry.ts …`.
import { run } from '../../src/cli/bin.js';

run();
