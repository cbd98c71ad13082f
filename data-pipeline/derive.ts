import { createHash } from 'node:crypto';
import { occupationDataPath } from '../src/lib/catalog-format.ts';
import { LEVEL_IDS } from '../src/lib/levels.ts';
import type { Catalog, CatalogEntry, Credit, Occupation } from '../src/lib/occupation.ts';

type ComparisonFields = Pick<Occupation, 'levelMatrix' | 'related' | 'termWeights'>;
import type { JobZone } from '../src/lib/job-zone.ts';
import { deriveComparison } from './derive-comparison.ts';
import { deriveSearchIndex } from './derive-search.ts';
import type { ExportFile } from './export-schema.ts';

/** Folder of the per-occupation files in the built site; hashed, so cached for good. */
export const OCCUPATION_DIR = 'assets/occupations';

export interface SiteData {
  catalog: Catalog;
  /** Folder of the occupation files, named for their content. */
  dataDir: string;
  /** Site-relative path → file contents: one per occupation, and the search index. */
  files: Map<string, string>;
  /** Milliseconds spent aligning levels and matching occupations. */
  comparisonMs: number;
}

export function toOccupation(data: ExportFile): Omit<Occupation, keyof ComparisonFields> {
  const { occupation, framework } = data;
  return {
    soc: occupation.soc,
    title: occupation.title.trim(),
    group: occupation.group.trim(),
    jobZone: occupation.jobZone as JobZone | null,
    jobZoneInferred: occupation.jobZoneInferred ?? false,
    framework: {
      version: framework.version.trim(),
      description: framework.description?.trim() ?? '',
      contextCovered: framework.contextCovered.trim(),
      exportedAt: data.exportedAt,
      schemaVersion: data.schemaVersion,
    },
    levels: LEVEL_IDS.map((id) => {
      const level = framework.levels[id];
      const label = level.label?.trim();
      return {
        id,
        label: label ? label : id.charAt(0).toUpperCase() + id.slice(1),
        statements: level.statements.map((statement) => statement.trim()),
      };
    }),
    credit: {
      onet: data.sources.onet.trim(),
      crosswalk: data.sources.crosswalk.trim(),
      generator: data.sources.generator.trim(),
      attribution: data.attribution.trim(),
    },
  };
}

/** Turns validated exports into the catalog (first paint) and one file per occupation. */
export function deriveSiteData(exports: readonly ExportFile[]): SiteData {
  const files = new Map<string, string>();
  const credits = new Map<string, Credit>();
  const frameworks = exports.map(toOccupation);
  const started = performance.now();
  const comparison = deriveComparison(frameworks);
  const comparisonMs = performance.now() - started;
  const texts = frameworks.map((framework, index) => {
    const occupation: Occupation = { ...framework, ...comparison[index]! };
    credits.set(JSON.stringify(occupation.credit), occupation.credit);
    return JSON.stringify(occupation);
  });
  // One folder named for all the files' content: matches tie every file to the
  // others, so new data changes nearly all of them anyway, and the catalog then
  // needs no hash per occupation.
  const hash = createHash('sha256');
  for (const text of texts) hash.update(text).update('\n');
  const dataDir = `${OCCUPATION_DIR}/${hash.digest('hex').slice(0, 10)}`;
  const occupations: CatalogEntry[] = frameworks.map((framework, index) => {
    const dataPath = occupationDataPath(dataDir, framework.soc);
    files.set(dataPath, texts[index] ?? '');
    return {
      soc: framework.soc,
      title: framework.title,
      group: framework.group,
      jobZone: framework.jobZone,
      jobZoneInferred: framework.jobZoneInferred,
      levelCounts: framework.levels.map((level) => level.statements.length),
      dataPath,
    };
  });
  occupations.sort((a, b) => a.title.localeCompare(b.title, 'en') || a.soc.localeCompare(b.soc));
  const bySoc = new Map(frameworks.map((framework) => [framework.soc, framework]));
  const search = deriveSearchIndex(
    occupations.map((entry) => ({ ...entry, levels: bySoc.get(entry.soc)?.levels ?? [] })),
  );
  for (const [path, text] of search.files) files.set(path, text);
  return {
    catalog: { occupations, credits: [...credits.values()], searchIndexPath: search.manifestPath },
    dataDir,
    files,
    comparisonMs,
  };
}
