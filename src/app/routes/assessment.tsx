import { useParams } from 'react-router-dom';
import { useCatalogEntry } from '../../api/get-catalog';
import { NotFoundMessage } from '../../components/not-found-message';
import { AssessmentView } from '../../features/assessment/components/assessment-view';

export function AssessmentRoute() {
  const { soc } = useParams();
  const entry = useCatalogEntry(soc);
  if (!entry) {
    return <NotFoundMessage detail={`There is no occupation with the SOC code “${soc ?? ''}” in this catalog.`} />;
  }
  return <AssessmentView key={entry.soc} entry={entry} />;
}
