/** Dumps one benchmark page's blocks with their hints and Readability verdicts: `npx tsx scripts/dev/blocks.ts <id-prefix> [--set rdb]`. */
import { parsePage } from '../../src/extract/html/01-parse.js';
import { collectBlocks } from '../../src/extract/html/06-blocks.js';
import { hintOf } from '../../src/extract/html/07-hints.js';
import { runReadability } from '../../src/extract/html/08-readability.js';

import { loadDevPage } from './load-html-page.js';

const { html, expected } = loadDevPage(process.argv[2] ?? '', process.argv);
const page = parsePage(html);
const { blocks, elements } = collectBlocks(page.document.body);
const hints = elements.map(hintOf);
const names = elements.map((e) => `${e.localName}.${(e.getAttribute('class') ?? '').slice(0, 30)}#${e.getAttribute('id') ?? ''}`);
const { pick } = runReadability(page.document);

for (const b of blocks) {
  const inTruth = expected.includes(b.text.slice(0, 40));
  const chain = b.chain.slice(0, 5).map((c) => `${c}:${names[c]}${hints[c] ? `[${hints[c]}]` : ''}`).join(' < ');
  console.log(`${inTruth ? 'T' : ' '}${pick?.text.includes(b.text) ? 'K' : ' '} ${b.text.slice(0, 70).padEnd(70)} | ${chain}`);
}
