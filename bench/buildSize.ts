import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FIXTURE_ENTRY, PROJECT_ROOT } from './paths';

/**
 * build.zip of the app and of the fixture, made by `zapier-platform build --skip-validation` (the CLI's own
 * `npm install --production`, from the registry, and esbuild file tracing) from a staged copy of each in a temporary directory:
 * in the project root the CLI copies the whole of node_modules (417 MB, dev tools included) file by file in
 * parallel and fails with EMFILE, and it would leave build/ behind.
 */

export interface BuildSize {
  zipBytes: number;
  zipEntries: number;
}

export interface BuildSizeResult {
  app?: BuildSize;
  fixture?: BuildSize;
  /** Why the build could not run, when it could not. */
  failure?: string;
}

const CLI = path.join(PROJECT_ROOT, 'node_modules', 'zapier-platform-cli', 'src', 'bin', 'run');
const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** The number of entries, from the zip's end-of-central-directory record. */
const zipEntries = (zip: Buffer): number => {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at -= 1) {
    if (zip.readUInt32LE(at) === 0x06054b50) return zip.readUInt16LE(at + 10);
  }
  return Number.NaN;
};

const readJson = (file: string): Record<string, unknown> => JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;

const writeJson = (file: string, value: unknown): void => fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

/** What the app ships: the root index.js, dist/ (built already), package files and .zapierapprc (includeInBuild). */
const stageApp = (stage: string): void => {
  // No scripts: `_zapier-build` would run tsc, which the staged copy has no node_modules for (dist/ is built).
  const { scripts: _scripts, ...manifest } = readJson(path.join(PROJECT_ROOT, 'package.json'));
  writeJson(path.join(stage, 'package.json'), manifest);
  for (const file of ['package-lock.json', 'index.js', '.zapierapprc']) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(stage, file));
  fs.cpSync(path.join(PROJECT_ROOT, 'dist'), path.join(stage, 'dist'), { recursive: true, filter: (source) => !source.includes(`${path.sep}bench`) });
};

/** The fixture as an app of its own, on the same zapier-platform-core (versions from the project's lockfile). */
const stageFixture = (stage: string): void => {
  const project = readJson(path.join(PROJECT_ROOT, 'package.json')) as { dependencies: Record<string, string> };
  const core = project.dependencies['zapier-platform-core'];
  writeJson(path.join(stage, 'package.json'), {
    name: 'bench-fixture',
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'zapier-platform-core': core },
  });
  for (const file of ['package-lock.json', '.zapierapprc']) fs.copyFileSync(path.join(PROJECT_ROOT, file), path.join(stage, file));
  fs.copyFileSync(FIXTURE_ENTRY, path.join(stage, 'index.js'));
};

/**
 * The CLI refuses to build without zapier-platform-core installed next to package.json, and loads the app from there
 * to write definition.json: the staged copy gets the project's installed production packages (the lockfile's
 * non-dev entries), so the CLI's own `npm install --production` finds them in place and versions match the lockfile.
 */
const stageProductionModules = (stage: string): void => {
  const lock = readJson(path.join(PROJECT_ROOT, 'package-lock.json')) as { packages: Record<string, { dev?: boolean; devOptional?: boolean }> };
  for (const [location, entry] of Object.entries(lock.packages)) {
    const topLevel = location.startsWith('node_modules/') && location.lastIndexOf('node_modules/') === 0;
    if (!topLevel || entry.dev || entry.devOptional) continue;
    fs.cpSync(path.join(PROJECT_ROOT, location), path.join(stage, location), { recursive: true });
  }
};

/** Marks a staged copy, so the CLI's temporary copies of it can be told from anyone else's. */
const STAGE_MARKER = '.highlevel-bench-stage';

/** The CLI leaves its temporary directory behind when a build fails: remove ours. */
const removeCliLeftovers = (): void => {
  const tmp = fs.realpathSync(os.tmpdir());
  for (const name of fs.readdirSync(tmp)) {
    const dir = path.join(tmp, name);
    if (name.startsWith('zapier-') && fs.existsSync(path.join(dir, STAGE_MARKER))) fs.rmSync(dir, { recursive: true, force: true });
  }
};

const build = (stageFiles: (stage: string) => void): BuildSize => {
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'highlevel-bench-build-'));
  try {
    stageFiles(stage);
    stageProductionModules(stage);
    fs.writeFileSync(path.join(stage, STAGE_MARKER), '');
    const env: NodeJS.ProcessEnv = { ...process.env, DISABLE_ZAPIER_ANALYTICS: '1', NODE_OPTIONS: '' };
    delete env.NODE_ENV;
    const cli = spawnSync(process.execPath, [CLI, 'build', '--skip-validation'], { cwd: stage, env, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
    const zipPath = path.join(stage, 'build', 'build.zip');
    if (cli.status !== 0 || !fs.existsSync(zipPath)) {
      const said = `${cli.stderr ?? ''}\n${cli.stdout ?? ''}`.replace(/\u001b\[[0-9;]*m/g, '').trim();
      throw new Error(`zapier-platform build exited ${cli.status ?? cli.signal}: ${said.split('\n').filter(Boolean).slice(-6).join(' / ').slice(0, 600)}`);
    }
    const zip = fs.readFileSync(zipPath);
    return { zipBytes: zip.length, zipEntries: zipEntries(zip) };
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
    removeCliLeftovers();
  }
};

export const measureBuildSize = (): BuildSizeResult => {
  try {
    return { app: build(stageApp), fixture: build(stageFixture) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
};
