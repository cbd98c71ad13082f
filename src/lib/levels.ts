/**
 * The four proficiency levels, in the one order they are always shown in,
 * whatever order an export lists them.
 */
export const LEVEL_IDS = ['emerging', 'developing', 'proficient', 'advanced'] as const;

export type LevelId = (typeof LEVEL_IDS)[number];

export const LEVEL_NAMES: Record<LevelId, string> = {
  emerging: 'Emerging',
  developing: 'Developing',
  proficient: 'Proficient',
  advanced: 'Advanced',
};

export function isLevelId(value: string | undefined): value is LevelId {
  return (LEVEL_IDS as readonly string[]).includes(value ?? '');
}

/** Zero-based position of a level in the canonical order. */
export function levelIndex(level: LevelId): number {
  return LEVEL_IDS.indexOf(level);
}

export function previousLevel(level: LevelId): LevelId | undefined {
  return LEVEL_IDS[levelIndex(level) - 1];
}

export function nextLevel(level: LevelId): LevelId | undefined {
  return LEVEL_IDS[levelIndex(level) + 1];
}
