import { firstPaintFigures, firstPaintRows, firstPaintSection } from './first-paint';
import type { LighthouseRun } from './lighthouse';

function run(name: string, fcpMs: number | null, lcpMs: number | null): LighthouseRun {
  return {
    name,
    path: `/${name}`,
    scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
    fcpMs,
    lcpMs,
    tbtMs: 0,
    cls: 0,
    benchmarkIndex: 2000,
    reportFile: `${name}.json`,
    performanceRuns: [100],
    failingAudits: [],
    warnings: [],
  };
}

describe('first paint against the plain page', () => {
  const runs = [
    run('search', 700, 900),
    run('occupation', 700, 1000),
    run('plain', 600, 800),
    run('catalog', 650, 1100),
    run('matrix', 700, null),
  ];

  it('divides each page’s paints by the plain page’s, plain first and in the issue’s order', () => {
    const rows = firstPaintRows(runs);
    expect(rows.map((row) => row.name)).toEqual(['plain', 'catalog', 'occupation', 'matrix']);
    expect(rows[0]?.lcpRatio).toBe(1);
    expect(rows.find((row) => row.name === 'occupation')?.lcpRatio).toBeCloseTo(1.25);
    expect(rows.find((row) => row.name === 'occupation')?.fcpRatio).toBeCloseTo(7 / 6);
    expect(rows.find((row) => row.name === 'matrix')?.lcpRatio).toBeNull();
  });

  it('holds the level page and the matrix to 1.2 × and the catalog to 1.3 ×; a missing figure misses', () => {
    const figures = firstPaintFigures(runs);
    expect(figures.map((figure) => [figure.figure, figure.pass])).toEqual([
      ["LCP of catalog over the plain page's", false],
      ["LCP of occupation over the plain page's", false],
      ["LCP of matrix over the plain page's", false],
    ]);
    expect(firstPaintFigures([run('plain', 600, 800), run('catalog', 650, 1040)])[0]?.pass).toBe(true);
  });

  it('says nothing without the plain page, which every ratio needs', () => {
    expect(firstPaintRows([run('catalog', 1, 1)])).toEqual([]);
    expect(firstPaintSection([run('catalog', 1, 1)])).toEqual([]);
    expect(firstPaintSection(runs).join('\n')).toContain(
      '| occupation | /occupation | 700 ms | 1000 ms | 1.17 × | 1.25 × |',
    );
  });
});
