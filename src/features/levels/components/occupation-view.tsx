import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { isRetryingAfterError, useOccupation } from '../../../api/get-occupation';
import { FrameworkSource } from '../../../components/framework-source';
import { paths } from '../../../config/paths';
import { LEVEL_IDS, LEVEL_NAMES, levelIndex, nextLevel, previousLevel, type LevelId } from '../../../lib/levels';
import type { CatalogEntry, Occupation } from '../../../lib/occupation';
import { keepScroll } from '../../../lib/keep-scroll';
import { useLevelKeys } from '../hooks/use-level-keys';
import { LoadError } from '../../../components/load-error';
import { LoadingPanel } from '../../../components/loading-panel';
import { FrameworkContext } from './framework-context';
import { LevelPanel } from './level-panel';
import { LevelStepper } from './level-stepper';
import { OccupationLinks } from './occupation-links';
import { OccupationSummary } from './occupation-summary';
import { RelatedOccupations } from './related-occupations';
import { PageHead } from '../../../components/page-head';

function levelLabels(occupation: Occupation | undefined): Record<LevelId, string> {
  const labels = { ...LEVEL_NAMES };
  for (const level of occupation?.levels ?? []) labels[level.id] = level.label;
  return labels;
}

/** Says the new level to screen readers when it changes, not on first arrival. */
function useLevelAnnouncement(level: LevelId, label: string, count: number): string {
  const [announcement, setAnnouncement] = useState('');
  const shown = useRef(level);
  useEffect(() => {
    if (shown.current === level) return;
    shown.current = level;
    setAnnouncement(
      `${label}, level ${levelIndex(level) + 1} of ${LEVEL_IDS.length}: ${count} statement${count === 1 ? '' : 's'}`,
    );
  }, [level, label, count]);
  return announcement;
}

/** What a search engine shows for a level page. */
function levelDescription(entry: CatalogEntry, label: string, count: number): string {
  return `${entry.title} (${entry.soc}) at the ${label} level: ${count} competency statement${count === 1 ? '' : 's'} of what the work involves, one level of four.`;
}

export function OccupationView({ entry, level }: { entry: CatalogEntry; level: LevelId }) {
  const query = useOccupation(entry);
  const occupation = query.data;
  const navigate = useNavigate();
  const labels = levelLabels(occupation);
  const position = levelIndex(level);
  const announcement = useLevelAnnouncement(level, labels[level], entry.levelCounts[position] ?? 0);

  const goTo = useCallback(
    (target: LevelId | undefined) => {
      if (target) void navigate(paths.level.getHref(entry.soc, target), { state: keepScroll });
    },
    [navigate, entry.soc],
  );
  const onPrevious = useCallback(() => goTo(previousLevel(level)), [goTo, level]);
  const onNext = useCallback(() => goTo(nextLevel(level)), [goTo, level]);
  useLevelKeys(onPrevious, onNext);

  const levelData = occupation?.levels[position];
  // With no data yet, a retry puts the query back to pending; keep the error box
  // (saying it is trying again) so that focus stays on its button meanwhile.
  const retrying = isRetryingAfterError(query);
  const [retried, setRetried] = useState(false);
  return (
    <article aria-labelledby="occupation-title" className="space-y-4 sm:space-y-8 print:space-y-4">
      <PageHead
        title={`${entry.title}: ${labels[level]} level`}
        description={levelDescription(entry, labels[level], entry.levelCounts[position] ?? 0)}
        href={paths.level.getHref(entry.soc, level)}
      />
      <OccupationSummary entry={entry} />
      <LevelStepper
        soc={entry.soc}
        current={level}
        labels={labels}
        counts={entry.levelCounts}
        onPrevious={onPrevious}
        onNext={onNext}
      />
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {query.isError || retrying ? (
        <LoadError
          title={entry.title}
          error={query.error}
          isRetrying={retrying}
          onRetry={() => {
            setRetried(true);
            void query.refetch();
          }}
        />
      ) : levelData ? (
        <LevelPanel soc={entry.soc} level={levelData} position={position + 1} focusOnMount={retried} />
      ) : (
        <LoadingPanel />
      )}
      {/* After the statements, so that on a phone the first of them is on the first screen. */}
      <OccupationLinks entry={entry} />
      {occupation && <FrameworkContext occupation={occupation} />}
      {occupation && <RelatedOccupations occupation={occupation} level={level} />}
      {occupation && <FrameworkSource credit={occupation.credit} />}
    </article>
  );
}
