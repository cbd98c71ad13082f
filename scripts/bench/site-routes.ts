import { readFileSync } from 'node:fs';
import { occupationFiles } from './build-site.ts';

/**
 * The pages measured on a built site, picked from its own data files so they
 * exist whatever corpus it was built from.
 */

// At 5 the deep link is the receptionist framework, the page people are sent to most.
const PREFERRED_SOC = '43-4171.00';

export interface SiteRoutes {
  soc: string;
  catalog: string;
  occupation: string;
  matrix: string;
  comparison: string;
  search: string;
  assessment: string;
}

export function siteRoutes(siteDir: string): SiteRoutes {
  const files = occupationFiles(siteDir);
  const first = files.find((file) => file.soc === PREFERRED_SOC) ?? files[0];
  if (!first) throw new Error(`no occupation files in ${siteDir}`);
  // Comparing two occupations of one group is the realistic case: most statements align.
  const group = groupOf(first.path);
  const partner = files.find((file) => file.soc !== first.soc && groupOf(file.path) === group) ?? files[1] ?? first;
  return {
    soc: first.soc,
    catalog: '/',
    occupation: `/occupations/${first.soc}/proficient`,
    matrix: `/occupations/${first.soc}/compare`,
    comparison: `/compare?occupations=${first.soc},${partner.soc}&level=proficient`,
    search: '/search?q=schedule',
    assessment: `/occupations/${first.soc}/assessment`,
  };
}

function groupOf(path: string): unknown {
  return (JSON.parse(readFileSync(path, 'utf8')) as { group?: unknown }).group;
}
