import { useCatalog } from '../../api/get-catalog';
import { PageHeading } from '../../components/page-heading';
import { CatalogView } from '../../features/catalog/components/catalog-view';

export function CatalogRoute() {
  const { occupations } = useCatalog();
  return (
    <div className="space-y-6">
      <title>Occupations · Ladder</title>
      <div className="space-y-2">
        <PageHeading>Occupations</PageHeading>
        <p className="max-w-prose text-lg text-ink-muted">
          Each occupation has a competency framework of four levels: Emerging, Developing, Proficient and Advanced. Open
          one to step through its levels.
        </p>
      </div>
      <CatalogView occupations={occupations} />
    </div>
  );
}
