import type { LevelId } from '../lib/levels';

// Whole class names, so that Tailwind finds them in the source.
export const levelBadgeClass: Record<LevelId, string> = {
  emerging: 'bg-level-emerging text-on-level',
  developing: 'bg-level-developing text-on-level',
  proficient: 'bg-level-proficient text-on-level',
  advanced: 'bg-level-advanced text-on-level',
};

export const levelBorderClass: Record<LevelId, string> = {
  emerging: 'border-level-emerging',
  developing: 'border-level-developing',
  proficient: 'border-level-proficient',
  advanced: 'border-level-advanced',
};
