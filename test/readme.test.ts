import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import App from '../index';
import { operationsTable, TABLE_END, TABLE_START } from '../scripts/operationsTable';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

  it('opens with the set-up commands: install, the main job on the sandbox, the tests', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(firstBlock).toBe('npm install\nnpm start\nnpm test\n');
  });

  it('names only npm scripts that exist', () => {
    const scripts = Object.keys((JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const named = [...readme.matchAll(/npm run ([a-z:_-]+)/g)].map((match) => match[1]);
    expect(named.filter((name) => !scripts.includes(name as string))).toEqual([]);
  });

  it('lists every operation of the app (run `npm run readme` when this fails)', () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start, end + TABLE_END.length)).toBe(operationsTable(App));
  });
});
