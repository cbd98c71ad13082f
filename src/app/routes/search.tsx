import { useCatalog } from '../../api/get-catalog';
import { SearchView } from '../../features/search/components/search-view';

export function SearchRoute() {
  const { searchIndexPath } = useCatalog();
  return <SearchView manifestPath={searchIndexPath} />;
}
