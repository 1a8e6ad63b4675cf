import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SOURCES, stageApp } from '../../scripts/stage';

// The worktree (PROJECT_ROOT is computed for the compiled scripts in dist/scripts).
const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** The staged build: source.zip (every file the stage's .gitignore does not exclude) holds the sources, not node_modules. */
describe('the staged copy for zapier-platform build/push', () => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'highlevel-stage-test-'));
  // stageApp copies dist/; a test run may have none, so give it a minimal one.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'highlevel-root-test-'));
  beforeAll(() => {
    for (const file of ['package.json', 'package-lock.json', 'index.js', ...SOURCES]) {
      if (fs.existsSync(path.join(PROJECT_ROOT, file))) fs.cpSync(path.join(PROJECT_ROOT, file), path.join(root, file), { recursive: true });
    }
    // `npm test` compiles the tests and the relay into dist/ as well; the bench is built there too.
    for (const folder of ['bench', 'test', 'relay', 'src']) fs.mkdirSync(path.join(root, 'dist', folder), { recursive: true });
    fs.writeFileSync(path.join(root, 'dist', 'app.js'), 'module.exports = {};\n');
    fs.writeFileSync(path.join(root, 'dist', 'bench', 'run.js'), '\n');
    fs.writeFileSync(path.join(root, 'dist', 'test', 'helpers.js'), '\n');
    fs.writeFileSync(path.join(root, 'dist', 'relay', 'contract.js'), '\n');
    fs.writeFileSync(path.join(root, 'dist', 'src', 'benchmarks.js'), '\n');
    stageApp(stage, root);
  });
  afterAll(() => {
    fs.rmSync(stage, { recursive: true, force: true });
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('has a .gitignore that keeps node_modules, compiled output and secrets out of source.zip', () => {
    const ignored = fs.readFileSync(path.join(stage, '.gitignore'), 'utf8').split('\n');
    expect(ignored).toEqual(expect.arrayContaining(['node_modules/', 'dist/', 'build/', '.env']));
  });

  it('holds the TypeScript sources and the build, without the bench or the npm scripts', () => {
    expect(fs.existsSync(path.join(stage, 'index.ts'))).toBe(true);
    expect(fs.existsSync(path.join(stage, 'src', 'fields', 'names.ts'))).toBe(true);
    expect(fs.existsSync(path.join(stage, 'dist', 'app.js'))).toBe(true);
    expect(fs.existsSync(path.join(stage, 'dist', 'bench'))).toBe(false);
    expect(fs.existsSync(path.join(stage, 'dist', 'test'))).toBe(false);
    expect(fs.existsSync(path.join(stage, 'dist', 'relay'))).toBe(false);
    // Only those folders: a compiled file whose name merely contains "bench" still ships.
    expect(fs.existsSync(path.join(stage, 'dist', 'src', 'benchmarks.js'))).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(stage, 'package.json'), 'utf8'))).not.toHaveProperty('scripts');
  });
});
