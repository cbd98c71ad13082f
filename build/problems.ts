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

export function formatProblem(problem: Problem): string {
  const where = problem.path ? `${problem.file} at ${problem.path}` : problem.file;
  return `${where}: expected ${problem.expected}, found ${problem.found}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const heading = `Ladder found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} export${files === 1 ? '' : 's'}; nothing was built:`;
  return [heading, ...problems.map((problem) => `  - ${formatProblem(problem)}`)].join('\n');
}
