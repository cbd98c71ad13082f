import { join } from 'node:path';
import { displayPath } from './display-path.ts';

describe('displayPath', () => {
  const root = join('/', 'work', 'ladder');

  it('names a file in the project relative to it', () => {
    expect(displayPath(join(root, 'data', 'a.json'), root, join('/', 'elsewhere'))).toBe(join('data', 'a.json'));
  });

  it('names a file outside the project relative to the current folder, when it is under it', () => {
    expect(displayPath(join('/', 'home', 'me', 'exports', 'a.json'), root, join('/', 'home', 'me'))).toBe(
      join('exports', 'a.json'),
    );
  });

  it('names any other file in full, rather than climbing out with ../', () => {
    const file = join('/', 'tmp', 'data', 'a.json');
    expect(displayPath(file, root, root)).toBe(file);
  });
});
