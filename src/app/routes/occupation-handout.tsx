import { useParams } from 'react-router-dom';
import { useCatalogEntry } from '../../api/get-catalog';
import { NotFoundMessage } from '../../components/not-found-message';
import { OccupationHandout } from '../../features/levels/components/occupation-handout';

export function OccupationHandoutRoute() {
  const { soc } = useParams();
  const entry = useCatalogEntry(soc);
  if (!entry) {
    return <NotFoundMessage detail={`There is no occupation with the SOC code “${soc ?? ''}” in this catalog.`} />;
  }
  return <OccupationHandout entry={entry} />;
}
