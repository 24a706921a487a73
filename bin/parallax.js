#!/usr/bin/env node
// Thin launcher: the CLI lives in src/cli (compiled to dist/cli by `npm run build`).
import { run } from '../dist/cli/bin.js';
run();
