import { buildSiteData } from '../../data-pipeline/build-site-data';
import type { Occupation } from '../lib/occupation';

/** Folder of the real seed exports, for the few tests whose subject is real wording. */
export const SEED_EXPORTS_DIR = 'data';

let built: Occupation[] | undefined;

/** The seed occupations as the site ships them, built by the same step as the site. */
export function seedOccupations(): Occupation[] {
  if (!built) {
    const site = buildSiteData(SEED_EXPORTS_DIR);
    built = site.catalog.occupations.map((entry) => JSON.parse(site.files.get(entry.dataPath) ?? '{}') as Occupation);
  }
  return built;
}
