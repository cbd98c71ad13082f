import { useParams } from 'react-router-dom';
import { useCatalogEntry } from '../../api/get-catalog';
import { NotFoundMessage } from '../../components/not-found-message';
import { ResultsView } from '../../features/assessment/components/results-view';

export function AssessmentResultsRoute() {
  const { soc } = useParams();
  const entry = useCatalogEntry(soc);
  if (!entry) {
    return <NotFoundMessage detail={`There is no occupation with the SOC code “${soc ?? ''}” in this catalog.`} />;
  }
  return <ResultsView entry={entry} />;
}
