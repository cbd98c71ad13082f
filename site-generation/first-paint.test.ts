import { createHash } from 'node:crypto';
import { bootScript, cspHash, firstPaintHtml, staticImportOrder } from './first-paint';

const BUILT = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" href="/ladder/favicon.svg" type="image/svg+xml" />
    <link rel="manifest" href="/ladder/manifest.webmanifest" />
    <title>Ladder</title>
    <script type="module" crossorigin src="/ladder/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/ladder/assets/shared-def.js">
    <link rel="stylesheet" crossorigin href="/ladder/assets/index-123.css">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`;

const CSS = 'body{color:red}';
const read = (href: string) => {
  if (href !== '/ladder/assets/index-123.css') throw new Error(`unexpected ${href}`);
  return CSS;
};

const CHUNKS = ['/ladder/assets/shared-def.js', '/ladder/assets/index-abc.js'];
const chunks = (entry: string) => {
  if (entry !== '/ladder/assets/index-abc.js') throw new Error(`unexpected entry ${entry}`);
  return CHUNKS;
};

describe('firstPaintHtml', () => {
  const { html, hashes } = firstPaintHtml(BUILT, read, chunks);

  it('puts the stylesheet in the page and loads no stylesheet or script from the HTML', () => {
    expect(html).toContain(`<style>${CSS}</style>`);
    expect(html).not.toMatch(/<link rel="stylesheet"|<link rel="modulepreload"|<script type="module"/);
    expect(html).toMatch(/<\/style>\n {2}<\/head>/);
    // After #root, so that the script can tell whether the page has content to paint first.
    expect(html).toMatch(/<div id="root"><\/div>\n {4}<script>[\s\S]*<\/script>\n {2}<\/body>/);
  });

  it('starts the entry and the chunks it imports from the boot script, in their order', () => {
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];
    expect(script).toBe(
      bootScript(CHUNKS, [
        '<link rel="icon" href="/ladder/favicon.svg" type="image/svg+xml" />',
        '<link rel="manifest" href="/ladder/manifest.webmanifest" />',
      ]),
    );
    expect(script).toContain(JSON.stringify(CHUNKS));
  });

  it('leaves the icon and the manifest to the boot script, after the first paint', () => {
    const head = /<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '';
    expect(head).not.toMatch(/rel="(icon|manifest)"/);
    expect(html).toContain('insertAdjacentHTML');
    expect(html).toContain('/ladder/manifest.webmanifest');
  });

  it('gives the hash of each inline element exactly as it stands in the page', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    expect(hashes).toEqual({ styles: [sha(style)], scripts: [sha(script)] });
    expect(cspHash(CSS)).toBe(sha(CSS));
  });

  it('refuses a page with no module script, or a stylesheet that would end the style early', () => {
    expect(() => firstPaintHtml(BUILT.replace(/<script[^>]*><\/script>/, ''), read, chunks)).toThrow(
      /one module script/,
    );
    expect(() => firstPaintHtml(BUILT, () => 'a{}</style><script>', chunks)).toThrow(/<\/style/);
  });
});

describe('bootScript', () => {
  it('is valid JavaScript', () => {
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- parsed, never run
    expect(() => new Function(bootScript(['/b.js', '/a.js']))).not.toThrow();
  });
});

describe('staticImportOrder', () => {
  it('lists each chunk after the chunks it imports, once, and the entry last', () => {
    const imports: Record<string, string[]> = {
      entry: ['router', 'react-dom', 'react'],
      router: ['react'],
      'react-dom': ['react', 'scheduler'],
      react: [],
      scheduler: [],
    };
    const order = staticImportOrder('entry', (file) => imports[file] ?? []);
    expect(order).toEqual(['react', 'router', 'scheduler', 'react-dom', 'entry']);
  });
});
