/** Writes docs/alignment.schema.json from the zod definition: `npx tsx scripts/gen-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { alignmentJsonSchema } from '../src/io/alignmentSchema';

export function schemaText(): string {
  return `${JSON.stringify(alignmentJsonSchema(), null, 2)}\n`;
}

const out = fileURLToPath(new URL('../docs/alignment.schema.json', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(out, schemaText());
  console.log(`wrote ${out}`);
}
