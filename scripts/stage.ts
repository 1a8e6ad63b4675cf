import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A staged copy of the app for `zapier-platform build` and `push`: the CLI copies the project to a temporary
 * directory with every file but zips (node_modules included: 417 MB of dev tools here) and fails with EMFILE.
 * The stage holds only what the app ships — the root index.js, the built dist/ (no bench), the package files and
 * .zapierapprc — plus the installed production packages, so the CLI's own `npm install --production` finds them.
 */

/** The project root, from dist/scripts or dist/bench (both compiled). */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(PROJECT_ROOT, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');

export const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
export const writeJson = (file: string, value: unknown): void => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** The app's own files. The scripts are left out: `_zapier-build` would run tsc, and dist/ is built already. */
export const stageApp = (stage: string, root = PROJECT_ROOT): void => {
  const { scripts: _scripts, ...manifest } = readJson(path.join(root, 'package.json'));
  writeJson(path.join(stage, 'package.json'), manifest);
  for (const file of ['package-lock.json', 'index.js', '.zapierapprc']) {
    if (fs.existsSync(path.join(root, file))) fs.copyFileSync(path.join(root, file), path.join(stage, file));
  }
  // `npm test` type-checks the tests and the relay's sources into dist/ too: neither ships.
  const unshipped = ['bench', 'test', 'relay'].map((folder) => path.join(root, 'dist', folder));
  fs.cpSync(path.join(root, 'dist'), path.join(stage, 'dist'), { recursive: true, filter: (source) => !unshipped.some((folder) => source === folder || source.startsWith(folder + path.sep)) });
  // The TypeScript sources go along for source.zip (build.zip only holds what index.js requires).
  for (const source of SOURCES) {
    if (fs.existsSync(path.join(root, source))) fs.cpSync(path.join(root, source), path.join(stage, source), { recursive: true });
  }
  fs.writeFileSync(path.join(stage, '.gitignore'), STAGE_GITIGNORE);
};

/** What source.zip shows Zapier besides the build: the app's TypeScript sources and how they compile. */
export const SOURCES = ['index.ts', 'src', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'LICENSE'];


/** The lockfile's top-level production packages, copied from node_modules (versions exactly as installed). */
export const stageProductionModules = (stage: string, root = PROJECT_ROOT): void => {
  const lock = readJson(path.join(root, 'package-lock.json')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  for (const [location, entry] of Object.entries(lock.packages)) {
    const topLevel = location.startsWith('node_modules/') && location.lastIndexOf('node_modules/') === 0;
    if (!topLevel || entry.dev || entry.devOptional) continue;
    fs.cpSync(path.join(root, location), path.join(stage, location), { recursive: true });
  }
};

/** Marks a staged copy, so the CLI's temporary copies of it can be told from anyone else's. */
export const STAGE_MARKER = '.highlevel-stage';

/**
 * The CLI's source.zip holds every file not ignored by the project's `.gitignore` (without one it warns and zips
 * everything, node_modules included); build.zip does not read it. The stage's own keeps source.zip to the sources,
 * as the project's `.gitignore` does: no packages, no compiled output, no secrets.
 */
export const STAGE_GITIGNORE = ['node_modules/', 'dist/', 'build/', '.env', '*.zip', STAGE_MARKER, ''].join('\n');

/** The CLI leaves its temporary directory behind when a build fails: remove the ones made from our stages. */
export const removeCliLeftovers = (): void => {
  const tmp = fs.realpathSync(os.tmpdir());
  for (const name of fs.readdirSync(tmp)) {
    const dir = path.join(tmp, name);
    if (name.startsWith('zapier-') && fs.existsSync(path.join(dir, STAGE_MARKER))) fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** Runs `work` in a fresh stage filled by `fill`, then removes the stage and the CLI's leftovers. */
export const withStage = <T>(prefix: string, fill: (stage: string) => void, work: (stage: string) => T): T => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    fill(stage);
    fs.writeFileSync(path.join(stage, STAGE_MARKER), '');
    return work(stage);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
    removeCliLeftovers();
  }
};
