/**
 * The fixed queries of the search benchmark. A fixed list keeps runs
 * comparable. Most come from the vocabularies of scripts/corpus.ts (titles,
 * topic objects, facets, shared topics), so they hit the 1,000-occupation
 * corpus; a few come from the real exports in data/. Typos are one edit away
 * from a real word, as people make them; prefixes are what someone has typed
 * before the word is finished, so results must appear for partial words.
 */

export type QueryKind = 'word' | 'phrase' | 'typo' | 'prefix';

export interface SearchQuery {
  text: string;
  kind: QueryKind;
}

const list = (kind: QueryKind, texts: readonly string[]): SearchQuery[] => texts.map((text) => ({ text, kind }));

export const SEARCH_QUERIES: readonly SearchQuery[] = [
  ...list('word', [
    'scheduling',
    'maintenance',
    'welding',
    'payroll',
    'nursing',
    'forklift',
    'allergen',
    'calibration',
    'troubleshooting',
    'firefighters',
    'inventory',
    'mentoring',
    'budgeting',
    'plumbing',
    'dispatchers',
    // From data/: the real receptionist export.
    'receptionist',
  ]),
  ...list('phrase', [
    'patient assessment',
    'medication round',
    'lesson plan',
    'database schema',
    'deployment pipeline',
    'wound dressing',
    'cargo manifest',
    'brake caliper',
    'circuit breaker',
    'food temperature log',
    'risk register',
    'workplace hazard awareness',
    'cash handling',
    'data privacy',
    'case notes',
    // From data/.
    'appointment calendar',
    'visitor greeting',
    'executive secretaries',
  ]),
  ...list('typo', [
    'scheduing',
    'maintenence',
    'calibraton',
    'troubleshootng',
    'invetory',
    'pharmcy',
    // From data/.
    'recepionist',
    'switchbord',
  ]),
  ...list('prefix', ['compl', 'sched', 'maint', 'calib', 'inspec', 'diagn', 'hydra', 'recep']),
];
