/** Writes docs/alignment.schema.json from the zod definition: `npx tsx scripts/gen-schema.ts`. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { alignmentJsonSchema } from '../src/io/alignmentSchema';

/** Formatted as prettier would, so `npm run format` leaves the file alone. */
export async function schemaText(): Promise<string> {
  return format(JSON.stringify(alignmentJsonSchema()), { parser: 'json' });
}

const out = fileURLToPath(new URL('../docs/alignment.schema.json', import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(out, await schemaText());
  console.log(`wrote ${out}`);
}
