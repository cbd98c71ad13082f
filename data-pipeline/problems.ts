/** One thing wrong with one export: where it is, what was expected, what was found. */
export interface Problem {
  file: string;
  /** JSON path such as $.framework.levels.proficient.statements[3], or "" for the whole file. */
  path: string;
  expected: string;
  found: string;
}

export function formatJsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
  }, '$');
}

/** Says what a value is in plain words, short enough for one line of a report. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'string') {
    if (value.trim() === '') return value === '' ? 'empty text ""' : `blank text ${JSON.stringify(value)}`;
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `the value ${value}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * Something odd about an export that does not stop the build, such as a level
 * with no statements: where it is and what is odd about it.
 */
export interface Warning {
  file: string;
  /** JSON path, as for a problem. */
  path: string;
  message: string;
}

function where({ file, path }: { file: string; path: string }): string {
  return path ? `${file} at ${path}` : file;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function formatProblem(problem: Problem): string {
  return `${where(problem)}: expected ${problem.expected}, found ${problem.found}`;
}

export function formatWarning(warning: Warning): string {
  return `${where(warning)}: ${warning.message}`;
}

function countFiles(items: readonly { file: string }[]): number {
  return new Set(items.map((item) => item.file)).size;
}

function warningLines(warnings: readonly Warning[], heading: string): string[] {
  return warnings.length === 0 ? [] : [heading, ...warnings.map((warning) => `  - ${formatWarning(warning)}`)];
}

/** The build's report of its problems, and of the warnings found in the same pass. */
export function formatProblems(problems: readonly Problem[], warnings: readonly Warning[] = []): string {
  const heading = `Ladder found ${plural(problems.length, 'problem')} in ${plural(countFiles(problems), 'export')}; nothing was built:`;
  return [
    heading,
    ...problems.map((problem) => `  - ${formatProblem(problem)}`),
    ...warningLines(warnings, `and ${plural(warnings.length, 'warning')}, which alone would not stop the build:`),
  ].join('\n');
}

/** The build's report of warnings when nothing stops it. */
export function formatWarnings(warnings: readonly Warning[]): string {
  return warningLines(
    warnings,
    `Ladder: ${plural(warnings.length, 'warning')} in ${plural(countFiles(warnings), 'export')}; the site is built anyway:`,
  ).join('\n');
}
