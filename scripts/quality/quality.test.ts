import { formatQuality } from './format-quality.ts';
import { QUALITY_BUDGETS, measureQuality } from './measure-quality.ts';

// The level rows and occupation matches of data/ on the labelled set. The
// budgets of QUALITY_BUDGETS are not met yet (see docs/decisions/014): until
// they are, these figures, the ones landed, are the least any change may
// score, so that quality only ever goes up. Raise them with the method.
const LANDED = {
  levelRows: { precision: 0.76, recall: 0.714 },
  matches: { precision: 0.917, recall: 0.476, differentDrawn: 6 },
};

const report = measureQuality();

describe('quality on the labelled set', () => {
  it('keeps level-row precision and recall at or above the figures landed', () => {
    expect(report.levelRows.precision).toBeGreaterThanOrEqual(LANDED.levelRows.precision - 0.0005);
    expect(report.levelRows.recall).toBeGreaterThanOrEqual(LANDED.levelRows.recall - 0.0005);
  });

  it('keeps occupation-match precision and recall at or above the figures landed', () => {
    expect(report.matches.precision).toBeGreaterThanOrEqual(LANDED.matches.precision - 0.0005);
    expect(report.matches.recall).toBeGreaterThanOrEqual(LANDED.matches.recall - 0.0005);
  });

  it('marks as loose the links that are less often right than the others', () => {
    expect(report.levelRowsLoose.drawn).toBeGreaterThan(0);
    expect(report.levelRowsLoose.precision).toBeLessThan(report.levelRowsSure.precision);
    expect(report.levelRowsSure.drawn + report.levelRowsLoose.drawn).toBe(report.levelRows.drawn);
  });

  it('matches no more of the pairs labelled as different work than the method landed', () => {
    expect(report.matches.differentDrawn).toBeLessThanOrEqual(LANDED.matches.differentDrawn);
  });

  it('says in the report which budget each figure meets or misses', () => {
    const text = formatQuality(report);
    const rowsMet =
      report.levelRows.precision >= QUALITY_BUDGETS.levelRows.precision &&
      report.levelRows.recall >= QUALITY_BUDGETS.levelRows.recall;
    expect(text).toMatch(new RegExp(`^\\| Level-row links .*\\| ${rowsMet ? 'met' : 'MISS'} \\|$`, 'm'));
    expect(text).toContain('Occupation matches by floor: 0.15:');
  });
});
