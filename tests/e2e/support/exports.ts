import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The journeys compare what the browser shows with the exports the site was
// built from, so the expected values come from data/ and are never typed in.
const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export const LEVEL_IDS = ['emerging', 'developing', 'proficient', 'advanced'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export interface Export {
  schemaVersion: string;
  exportedAt: string;
  occupation: {
    soc: string;
    title: string;
    group: string;
    jobZone: number | null;
    jobZoneInferred: boolean;
  };
  framework: {
    version: string;
    description: string;
    contextCovered: string;
    levels: Record<LevelId, { label: string; statements: string[] }>;
  };
  sources: { onet: string; crosswalk: string; generator: string };
  attribution: string;
}

export function readExport(soc: string): Export {
  return JSON.parse(readFileSync(`${DATA_DIR}${soc}.json`, 'utf8')) as Export;
}

export function readAllExports(): Export[] {
  return readdirSync(DATA_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(`${DATA_DIR}${name}`, 'utf8')) as Export);
}

/** The catalog's status line for `shown` of `total` occupations. */
export function countText(shown: number, total: number): string {
  const noun = total === 1 ? 'occupation' : 'occupations';
  return shown === total ? `${total} ${noun}` : `${shown} of ${total} ${noun}`;
}

/** A statement's topic, the part before " — " (the whole text when it has none). */
export function statementTopic(statement: string): string {
  return statement.split(' — ')[0] ?? statement;
}

/** A statement without its topic: the part a page shows as plain text after the bold topic. */
export function statementDescription(statement: string): string {
  return statement.split(' — ').slice(1).join(' — ') || statement;
}

/** Escapes text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The occupation the journeys open: the receptionists export. */
export const JOURNEY_SOC = '43-4171.00';
