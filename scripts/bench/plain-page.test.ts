import { plainPageHtml } from './plain-page';
import type { Occupation } from '../../src/lib/occupation';

const occupation = {
  soc: '43-4171.00',
  title: 'Receptionists & <Clerks>',
  group: 'Office',
  levels: [
    { id: 'emerging', label: 'Emerging', statements: ['Greeting — greets visitors'] },
    { id: 'proficient', label: 'Proficient', statements: ['Scheduling — books rooms', 'Records — files notes'] },
  ],
  credit: { onet: 'O*NET 30.1, CC BY 4.0', crosswalk: 'Crosswalk v2', generator: 'Generator 1.0', attribution: 'By X' },
} as unknown as Occupation;

describe('plainPageHtml', () => {
  const html = plainPageHtml(occupation, 'proficient');

  it('is one level as plain HTML: no script, no stylesheet file, one small inline style', () => {
    expect(html).not.toMatch(/<script|<link/);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(/<style>([^<]*)<\/style>/.exec(html)?.[1]?.length ?? 0).toBeLessThan(300);
  });

  it('holds the level’s statements and the credits, escaped', () => {
    expect(html).toContain('<h1>Receptionists &amp; &lt;Clerks&gt;: Proficient</h1>');
    expect(html).toContain('<li>Scheduling — books rooms</li>');
    expect(html).toContain('<li>Records — files notes</li>');
    expect(html).not.toContain('Greeting');
    expect(html).toContain('O*NET 30.1, CC BY 4.0');
    expect(html).toContain('By X');
  });

  it('refuses a level the occupation does not have', () => {
    expect(() => plainPageHtml(occupation, 'advanced')).toThrow(/no advanced level/);
  });
});
