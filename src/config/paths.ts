import type { LevelId } from '../lib/levels';

/** Every route path and the one way to build a link to it. */
export const paths = {
  catalog: {
    path: '/',
    getHref: () => '/',
  },
  occupation: {
    path: '/occupations/:soc',
    getHref: (soc: string) => `/occupations/${encodeURIComponent(soc)}`,
  },
  level: {
    path: '/occupations/:soc/:level',
    getHref: (soc: string, level: LevelId) => `/occupations/${encodeURIComponent(soc)}/${level}`,
  },
} as const;
