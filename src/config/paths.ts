import type { LevelId } from '../lib/levels';

/** The level shown in the occupation comparison: one level, or all four. */
export type ComparisonLevel = LevelId | 'all';

/** Every route path and the one way to build a link to it. */
export const paths = {
  catalog: {
    path: '/',
    getHref: () => '/',
  },
  about: {
    path: '/about',
    getHref: () => '/about',
  },
  occupation: {
    path: '/occupations/:soc',
    getHref: (soc: string) => `/occupations/${encodeURIComponent(soc)}`,
  },
  levelMatrix: {
    path: '/occupations/:soc/compare',
    getHref: (soc: string) => `/occupations/${encodeURIComponent(soc)}/compare`,
  },
  comparison: {
    path: '/compare',
    // Commas stay readable in a shared address: SOC codes never contain one.
    getHref: (socs: readonly string[], level: ComparisonLevel = 'all') =>
      `/compare?occupations=${socs.map(encodeURIComponent).join(',')}&level=${level}`,
  },
  assessment: {
    path: '/occupations/:soc/assessment',
    getHref: (soc: string) => `/occupations/${encodeURIComponent(soc)}/assessment`,
  },
  assessmentResults: {
    path: '/occupations/:soc/assessment/results',
    getHref: (soc: string) => `/occupations/${encodeURIComponent(soc)}/assessment/results`,
  },
  handout: {
    // One page of an occupation's four levels, to print for a client.
    path: '/occupations/:soc/handout',
    getHref: (soc: string) => `/occupations/${encodeURIComponent(soc)}/handout`,
  },
  myAssessments: {
    path: '/assessments',
    getHref: () => '/assessments',
  },
  sharedAssessment: {
    path: '/shared-assessment',
    // The assessment travels in the fragment, which browsers never send to a server.
    getHref: (code: string) => `/shared-assessment#${code}`,
  },
  level: {
    path: '/occupations/:soc/:level',
    getHref: (soc: string, level: LevelId) => `/occupations/${encodeURIComponent(soc)}/${level}`,
  },
  statement: {
    // A statement's citable address: its anchor on its level page.
    getHref: (soc: string, level: LevelId, anchor: string) =>
      `/occupations/${encodeURIComponent(soc)}/${level}#${encodeURIComponent(anchor)}`,
  },
  search: {
    path: '/search',
    getHref: (query: string, filters: { level?: LevelId | null; group?: string | null } = {}) => {
      const params = new URLSearchParams({ q: query });
      if (filters.level) params.set('level', filters.level);
      if (filters.group) params.set('group', filters.group);
      return `/search?${params.toString()}`;
    },
  },
} as const;
