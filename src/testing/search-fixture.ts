import { buildSiteData } from '../../data-pipeline/build-site-data';
import { SearchEngine } from '../features/search/lib/search-engine';
import { FIXTURE_EXPORTS_DIR } from './fixture-paths';

/** A search engine over the fixture exports' built index, reading the files from memory. */
export function makeFixtureSearchEngine() {
  const site = buildSiteData(FIXTURE_EXPORTS_DIR);
  const reads: string[] = [];
  const engine = new SearchEngine((path) => {
    reads.push(path);
    const text = site.files.get(path);
    return text === undefined ? Promise.reject(new Error(`${path} not found`)) : Promise.resolve(JSON.parse(text));
  }, site.catalog.searchIndexPath);
  return { engine, reads, site };
}
