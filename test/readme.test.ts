import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import App from '../index';
import { operationsTable, TABLE_END, TABLE_START } from '../scripts/operationsTable';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

  it('opens with the set-up commands', () => {
    expect(readme).toMatch(/```sh\nnpm install\n(npm start\n)?npm test\n```/);
  });

  it('lists every operation of the app (run `npm run readme` when this fails)', () => {
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start).toBeGreaterThan(-1);
    expect(readme.slice(start, end + TABLE_END.length)).toBe(operationsTable(App));
  });
});
