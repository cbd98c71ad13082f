import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LevelId } from '../../src/lib/levels.ts';
import type { Occupation } from '../../src/lib/occupation.ts';
import { occupationFiles } from './build-site.ts';

/**
 * The floor that first-paint figures are measured against: one level of one
 * occupation as the plainest page could show it. One file, no script, no
 * stylesheet to fetch, one small inline style; the same statements and credits
 * as the site's level page, from the same built data file.
 */

/** Where the plain pages go inside a built site, so the bench server serves them beside it. */
export const PLAIN_FOLDER = 'bench-plain';

const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

export function plainPageHtml(occupation: Occupation, levelId: LevelId): string {
  const level = occupation.levels.find((item) => item.id === levelId);
  if (!level) throw new Error(`${occupation.soc} has no ${levelId} level`);
  const { credit } = occupation;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escape(occupation.title)} at the ${escape(level.label)} level.">
<title>${escape(occupation.title)}: ${escape(level.label)} level</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.55;max-width:48rem;margin:0 auto;padding:1rem;color:#0f172a;background:#f6f7f9}li{margin:.5rem 0}</style>
</head>
<body>
<main>
<h1>${escape(occupation.title)}: ${escape(level.label)}</h1>
<p>${escape(occupation.soc)} · ${escape(occupation.group)}</p>
<ol>
${level.statements.map((statement) => `<li>${escape(statement)}</li>`).join('\n')}
</ol>
<p>${escape(credit.onet)}</p>
<p>${escape(credit.crosswalk)} ${escape(credit.generator)}</p>
<p>${escape(credit.attribution)}</p>
</main>
</body>
</html>
`;
}

/** Writes the plain page of `soc`'s `level` into the built site; returns its address there. */
export function writePlainPage(siteDir: string, soc: string, level: LevelId): string {
  const file = occupationFiles(siteDir).find((item) => item.soc === soc);
  if (!file) throw new Error(`no data file for ${soc} in ${siteDir}`);
  const occupation = JSON.parse(readFileSync(file.path, 'utf8')) as Occupation;
  const folder = resolve(siteDir, PLAIN_FOLDER);
  mkdirSync(folder, { recursive: true });
  const name = `${soc}-${level}.html`;
  writeFileSync(resolve(folder, name), plainPageHtml(occupation, level));
  return `/${PLAIN_FOLDER}/${name}`;
}
