import { useCatalog } from '../../api/get-catalog';
import { PageHeading } from '../../components/page-heading';
import { CatalogView } from '../../features/catalog/components/catalog-view';
import { PageHead } from '../../components/page-head';
import { paths } from '../../config/paths';

export function CatalogRoute() {
  const { occupations } = useCatalog();
  return (
    <div className="space-y-6">
      <PageHead
        title="Occupations"
        description={`Competency frameworks for ${occupations.length.toLocaleString('en')} occupation${occupations.length === 1 ? '' : 's'}, level by level: Emerging, Developing, Proficient and Advanced.`}
        href={paths.catalog.getHref()}
      />
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
