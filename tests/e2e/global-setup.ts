import { buildManySite } from './support/many-site';
import { buildRebuiltSite } from './support/rebuilt-site';

/** Builds what the journeys need beyond dist/ (which `npm run test:e2e` builds first). */
export default function globalSetup(): void {
  buildRebuiltSite();
  buildManySite();
}
