/** Markdown for bench/report.md: tables that paste as they are into an issue or a pull request. */

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((row) => `| ${row.map(cell).join(' | ')} |`).join('\n');

export const verdict = (pass: boolean | null) => (pass === null ? '—' : pass ? 'pass' : 'MISS');

/** A fenced block that a backtick run in the text cannot close early. */
export function codeBlock(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}\n${text}\n${fence}`;
}
