import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, readJson, stageApp, stageProductionModules, withStage, writeJson } from '../scripts/stage';
import { FIXTURE_ENTRY, PROJECT_ROOT } from './paths';

/**
 * build.zip of the app and of the fixture, made by `zapier-platform build --skip-validation` (the CLI's own
 * `npm install --production`, from the registry, and esbuild file tracing) from a staged copy of each
 * (scripts/stage.ts: the CLI run in the project root copies all of node_modules and fails with EMFILE).
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

const BUILD_TIMEOUT_MS = 10 * 60 * 1000;

/** The number of entries, from the zip's end-of-central-directory record. */
const zipEntries = (zip: Buffer): number => {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65_535); at -= 1) {
    if (zip.readUInt32LE(at) === 0x06054b50) return zip.readUInt16LE(at + 10);
  }
  return Number.NaN;
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

const build = (stageFiles: (stage: string) => void): BuildSize =>
  withStage(
    'highlevel-bench-build-',
    (stage) => {
      stageFiles(stage);
      stageProductionModules(stage);
    },
    (stage) => {
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
    },
  );

export const measureBuildSize = (): BuildSizeResult => {
  try {
    return { app: build((stage) => stageApp(stage)), fixture: build(stageFixture) };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
};
