import { z } from 'zod';
import { SOC_PATTERN } from '../src/lib/soc.ts';

// Every message here names what was expected; the problem report adds what was
// found (zod's reportInput) and where (the JSON path).
const text = (expected = 'text') => z.string({ error: expected });

const nonBlank = (expected: string) => text(expected).refine((value) => value.trim() !== '', { error: expected });

const jobZoneExpected = 'a whole number from 1 to 5, or null';

const levelSchema = (id: string) =>
  z.object(
    {
      label: text('the level name as text').optional(),
      statements: z.array(nonBlank('a statement as non-blank text'), {
        error: 'a list of statements',
      }),
    },
    { error: `the "${id}" level: an object with a list of statements` },
  );

const objectOf = <Shape extends z.ZodRawShape>(shape: Shape, expected: string) => z.object(shape, { error: expected });

/**
 * One export as the generator writes it. Unknown extra fields are accepted and
 * ignored, so newer exports keep building.
 */
export const exportSchema = objectOf(
  {
    schemaVersion: text('the schema version as text'),
    exportedAt: nonBlank('the export date as text'),
    occupation: objectOf(
      {
        soc: text('a SOC code as text').regex(SOC_PATTERN, {
          error: 'a SOC code of the form NN-NNNN.NN (e.g. 43-4171.00)',
        }),
        title: nonBlank('the occupation title as non-blank text'),
        group: nonBlank('the occupation group as non-blank text'),
        jobZone: z
          .number({ error: jobZoneExpected })
          .int({ error: jobZoneExpected })
          .min(1, { error: jobZoneExpected })
          .max(5, { error: jobZoneExpected })
          .nullable(),
        jobZoneInferred: z.boolean({ error: 'true or false' }).optional(),
      },
      'an "occupation" object',
    ),
    framework: objectOf(
      {
        version: nonBlank('the framework version as non-blank text'),
        description: text('the framework description as text').optional(),
        contextCovered: text('the context the framework covers, as text'),
        levels: objectOf(
          {
            emerging: levelSchema('emerging'),
            developing: levelSchema('developing'),
            proficient: levelSchema('proficient'),
            advanced: levelSchema('advanced'),
          },
          'a "levels" object with emerging, developing, proficient and advanced',
        ),
      },
      'a "framework" object',
    ),
    sources: objectOf(
      {
        onet: nonBlank('the O*NET version and licence as non-blank text'),
        crosswalk: nonBlank('the crosswalk as non-blank text'),
        generator: nonBlank('the generator as non-blank text'),
      },
      'a "sources" object naming onet, crosswalk and generator',
    ),
    attribution: nonBlank('the attribution line as non-blank text'),
  },
  'a JSON object at the root',
);

export type ExportFile = z.infer<typeof exportSchema>;
