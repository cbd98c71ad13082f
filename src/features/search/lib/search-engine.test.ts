import { describe, expect, it } from 'vitest';
import { makeFixtureSearchEngine } from '../../../testing/search-fixture';
import type { SearchRequest, SearchResponse } from './search-types';

function search(query: string, options: Partial<SearchRequest> = {}): Promise<SearchResponse> {
  return makeFixtureSearchEngine().engine.search({ query, level: null, group: null, limit: 10, ...options });
}

/** "SOC level: statement" for every statement found, in result order. */
function found(response: SearchResponse): string[] {
  return response.results.flatMap((result) =>
    result.levels.flatMap(({ level, statements }) =>
      statements.map((statement) => `${result.soc} ${level}: ${statement.text.slice(0, 20)}`),
    ),
  );
}

describe('SearchEngine', () => {
  it('finds every statement with a word, grouped by occupation and then level', async () => {
    const response = await search('supervision');
    expect(found(response)).toEqual([
      '99-1001.00 emerging: Dough mixing — combi',
      '99-1001.00 developing: Dough mixing — adjus',
      '99-2002.00 emerging: Chart reading — iden',
    ]);
    expect(response.statementTotal).toBe(3);
    expect(response.occupationTotal).toBe(2);
  });

  it('links each statement to its anchor on the level page', async () => {
    const response = await search('berth');
    const statements = response.results[0]?.levels.flatMap((level) => level.statements) ?? [];
    expect(statements.map((statement) => statement.anchor)).toEqual([
      'ship-handling',
      'radio-procedure',
      'ship-handling',
    ]);
  });

  it('matches the start of a word while it is being typed', async () => {
    expect(found(await search('hydr'))).toEqual(['99-1001.00 developing: Dough mixing — adjus']);
  });

  it('matches other forms of a word', async () => {
    const response = await search('labels');
    expect(found(response)).toEqual(['99-3003.00 emerging: Box labelling — appl']);
    expect(response.matchedWords).toEqual(expect.arrayContaining(['labels', 'labelling']));
  });

  it('tolerates a typo, but not in a short word', async () => {
    expect(found(await search('doigh'))).toHaveLength(3);
    expect(found(await search('tug'))).toEqual(['99-2002.00 proficient: Radio procedure — co']);
    expect(found(await search('tog'))).toEqual([]);
    // Two letters swapped count as one typo.
    expect(found(await search('harbuor'))).toEqual([
      '99-2002.00 developing: Radio procedure — re',
      '99-2002.00 advanced: Training — assess tr',
    ]);
  });

  it('spells out a word that matched only through a typo, keeping the rest of the query as typed', async () => {
    expect((await search('doigh')).correctedQuery).toBe('dough');
    expect((await search('harbuor piolts')).correctedQuery).toBe('harbour pilots');
    expect((await search('Doigh, busy')).correctedQuery).toBe('dough, busy');
    expect((await search('technicans')).correctedQuery).toBe('technicians');
  });

  it('offers no spelling when every word matched as typed, by its stem or its start, or nothing matched', async () => {
    expect((await search('supervision')).correctedQuery).toBeNull();
    expect((await search('labels')).correctedQuery).toBeNull();
    expect((await search('hydr')).correctedQuery).toBeNull();
    expect((await search('zzzzqqq')).correctedQuery).toBeNull();
    expect((await search('doigh harbour')).correctedQuery).toBeNull();
  });

  it('needs every word of the query in one statement', async () => {
    expect(found(await search('dough busy'))).toEqual(['99-1001.00 developing: Dough mixing — adjus']);
    expect(found(await search('dough harbour'))).toEqual([]);
  });

  it('puts an occupation whose title matches first, even without matching statements', async () => {
    const response = await search('archive');
    expect(response.results[0]).toMatchObject({ soc: '99-3003.00', titleMatch: true });
    const titleOnly = await search('technicians');
    expect(titleOnly.results).toEqual([expect.objectContaining({ soc: '99-3003.00', titleMatch: true, levels: [] })]);
  });

  it('finds an occupation by its SOC code, with or without punctuation', async () => {
    expect((await search('99-2002')).results.map((result) => result.soc)).toEqual(['99-2002.00']);
    expect((await search('992002')).results.map((result) => result.soc)).toEqual(['99-2002.00']);
  });

  it('filters by level and by group, and counts what each filter would show', async () => {
    const byLevel = await search('supervision', { level: 'developing' });
    expect(found(byLevel)).toEqual(['99-1001.00 developing: Dough mixing — adjus']);
    expect(byLevel.levelCounts).toEqual({ emerging: 2, developing: 1, proficient: 0, advanced: 0 });
    expect(byLevel.groupCounts).toEqual([
      { group: 'Food Preparation', count: 1 },
      { group: 'Office Support', count: 0 },
      { group: 'Transportation', count: 0 },
    ]);
    const byGroup = await search('supervision', { group: 'Transportation' });
    expect(found(byGroup)).toEqual(['99-2002.00 emerging: Chart reading — iden']);
    expect(byGroup.levelCounts).toEqual({ emerging: 1, developing: 0, proficient: 0, advanced: 0 });
  });

  it('returns only as many occupations as asked for, with the totals of all', async () => {
    const response = await search('standards', { limit: 1 });
    expect(response.results).toHaveLength(1);
    expect(response.occupationTotal).toBe(2);
  });

  it('finds nothing for a query of no searchable words', async () => {
    const response = await search(' the — ');
    expect(response.results).toEqual([]);
    expect(response.statementTotal).toBe(0);
  });

  it('loads only the manifest, the shards of the words and the files of the occupations shown', async () => {
    const { engine, reads, site } = makeFixtureSearchEngine();
    await engine.search({ query: 'tugs', level: null, group: null, limit: 10 });
    const occupationFiles = reads.filter((path) => path.startsWith('assets/occupations/'));
    expect(reads[0]).toBe(site.catalog.searchIndexPath);
    expect(occupationFiles).toEqual([expect.stringMatching(/99-2002\.00/)]);
    await engine.search({ query: 'tugs', level: null, group: null, limit: 10 });
    expect(reads.filter((path) => path === site.catalog.searchIndexPath)).toHaveLength(1);
  });
});
