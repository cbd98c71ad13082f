import { useParams } from 'react-router-dom';
import { useCatalogEntry } from '../../api/get-catalog';
import { NotFoundMessage } from '../../components/not-found-message';
import { OccupationView } from '../../features/levels/components/occupation-view';
import { LEVEL_NAMES, isLevelId } from '../../lib/levels';

export function OccupationLevelRoute() {
  const { soc, level } = useParams();
  const entry = useCatalogEntry(soc);
  if (!entry) {
    return <NotFoundMessage detail={`There is no occupation with the SOC code “${soc ?? ''}” in this catalog.`} />;
  }
  if (!isLevelId(level)) {
    return (
      <NotFoundMessage
        detail={`${entry.title} has no level called “${level ?? ''}”. The levels are ${Object.values(LEVEL_NAMES).join(', ')}.`}
      />
    );
  }
  // A new key per occupation resets the level announcements when moving between occupations.
  return <OccupationView key={entry.soc} entry={entry} level={level} />;
}
