import { z } from 'zod';
import { FLAG_KINDS, SPLIT_MODES } from '../core/model';
import { CURRENT_VERSION, FILE_FORMAT } from './alignmentVersion';

export { CURRENT_VERSION, FILE_FORMAT } from './alignmentVersion';

const segmentSchema = z
  .object({
    id: z.string().min(1).meta({ description: 'Stable id, unique within its side (e.g. "zh12").' }),
    text: z.string().meta({ description: 'The segment text as it is now.' }),
    importedText: z
      .string()
      .optional()
      .meta({ description: 'The text as first imported, kept once the segment has been edited.' }),
  })
  .meta({ description: 'A paragraph or sentence.' });

const sideSchema = z
  .object({
    lang: z.enum(['zh', 'en']).meta({ description: 'Language of the side.' }),
    fileName: z
      .string()
      .optional()
      .meta({ description: 'The file the text came from, when known.' }),
    segments: z.array(segmentSchema).meta({ description: 'The segments in text order.' }),
  })
  .meta({ description: 'One language side: its segments, in order.' });

const indexList = z
  .array(z.int().min(0))
  .meta({ description: '0-based indices of a contiguous run of segments; empty for a null side.' });

const linkSchema = z
  .object({
    src: indexList.meta({ description: 'Indices into source.segments (Chinese, left column).' }),
    tgt: indexList.meta({ description: 'Indices into target.segments (English, right column).' }),
    status: z
      .enum(['auto', 'confirmed'])
      .meta({ description: '"confirmed" once a person has checked the link.' }),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .meta({ description: "The aligner's confidence; 1 for links a person made." }),
    note: z.string().optional().meta({ description: 'A free-text note.' }),
    edited: z.literal(true).optional().meta({
      description:
        'A person changed this link by hand and has not confirmed it yet; re-aligning keeps it.',
    }),
    dismissed: z
      .array(z.enum(FLAG_KINDS as [string, ...string[]]))
      .optional()
      .meta({ description: 'Review flag kinds a person dismissed on this link ("this is fine").' }),
  })
  .meta({ description: 'A bead: which segments of each side go together.' });

const metaSchema = z
  .object({
    title: z
      .object({ zh: z.string().optional(), en: z.string().optional() })
      .optional()
      .meta({ description: 'Titles of the original and the translation.' }),
    source: z
      .string()
      .optional()
      .meta({ description: 'Where the texts come from (book, chapter, URL).' }),
    date: z.string().optional(),
    provenance: z.string().optional(),
    createdAt: z
      .string()
      .optional()
      .meta({ description: 'ISO 8601 time the alignment was created.' }),
    modifiedAt: z.string().optional().meta({ description: 'ISO 8601 time of the last change.' }),
    appVersion: z
      .string()
      .optional()
      .meta({ description: 'The duilian version that wrote the file.' }),
  })
  .meta({ description: 'What describes the document.' });

/** The alignment JSON file, version 2: self-contained, reopens without the text files. */
export const alignmentFileSchema = z
  .object({
    format: z.literal(FILE_FORMAT),
    version: z.literal(CURRENT_VERSION),
    level: z.enum(SPLIT_MODES).meta({
      description:
        'What a segment is, on both sides: "paragraphs", "sentences", or "lines" (one non-empty line of a pre-segmented text each).',
    }),
    meta: metaSchema.optional(),
    source: sideSchema.meta({ description: 'The original (Chinese), shown on the left.' }),
    target: sideSchema.meta({ description: 'The translation (English), shown on the right.' }),
    links: z.array(linkSchema).meta({
      description: 'In order; together they cover every segment of both sides exactly once.',
    }),
  })
  .meta({
    title: 'duilian alignment file',
    description: 'A Chinese-English alignment saved by duilian (format version 2).',
  });

export type AlignmentFile = z.infer<typeof alignmentFileSchema>;

/** The JSON Schema of the file, as committed in docs/alignment.schema.json. */
export function alignmentJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(alignmentFileSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
}
