import { parse as parseTolerant, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { NO_FACTS, readFacts, type ExportFacts } from './export-facts.ts';
import { exportSchema, type ExportFile } from './export-schema.ts';
import { describeValue, formatJsonPath, type Problem } from './problems.ts';

/** Either way, `facts` holds what could be read, for the checks between files. */
export type ParseResult =
  | { ok: true; data: ExportFile; problems: []; facts: ExportFacts }
  | { ok: false; problems: Problem[]; facts: ExportFacts };

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

// JSON.parse says only that the text is invalid, and not always where; a
// tolerant parser run over the same text finds the offset of the first error.
function syntaxProblem(file: string, text: string, error: unknown): Problem {
  const errors: ParseError[] = [];
  parseTolerant(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const { line, column } = lineAndColumn(text, first.offset);
    const token = text.slice(first.offset, first.offset + Math.max(first.length, 1));
    return {
      file,
      path: '',
      expected: `valid JSON (line ${line}, column ${column}: ${printParseErrorCode(first.error)})`,
      found: token.trim() ? JSON.stringify(token) : 'the end of the text',
    };
  }
  return {
    file,
    path: '',
    expected: 'valid JSON',
    found: error instanceof Error ? error.message : String(error),
  };
}

/** Parses and validates one export's text. Reports every problem, never just the first. */
export function parseExport(file: string, rawText: string): ParseResult {
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse rejects it.
  const text = rawText.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return {
      ok: false,
      problems: [{ file, path: '', expected: 'a JSON export', found: 'an empty file' }],
      facts: NO_FACTS,
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [syntaxProblem(file, text, error)], facts: NO_FACTS };
  }
  const facts = readFacts(json);
  const result = exportSchema.safeParse(json, { reportInput: true });
  if (result.success) return { ok: true, data: result.data, problems: [], facts };
  return {
    ok: false,
    facts,
    problems: result.error.issues.map((issue) => ({
      file,
      path: formatJsonPath(issue.path),
      expected: issue.message,
      found: describeValue(issue.input),
    })),
  };
}
