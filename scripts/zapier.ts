import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, PROJECT_ROOT, stageApp, stageProductionModules, withStage } from './stage';

/**
 * `npm run push` and `npm run zip`: `zapier-platform push` / `build` run on a staged copy of the built app (see
 * stage.ts for why not in the project root). Extra arguments go to the CLI; the zips of a build are copied back to build/.
 */

const [command, ...rest] = process.argv.slice(2);
if (command !== 'push' && command !== 'build') {
  process.stderr.write('usage: node dist/scripts/zapier.js push|build [zapier-platform options]\n');
  process.exit(2);
}

const status = withStage(
  'highlevel-zapier-',
  (stage) => {
    stageApp(stage);
    stageProductionModules(stage);
  },
  (stage) => {
    const run = spawnSync(process.execPath, [CLI, command, ...rest], { cwd: stage, stdio: 'inherit', env: { ...process.env, NODE_OPTIONS: '' } });
    const built = path.join(stage, 'build');
    if (run.status === 0 && fs.existsSync(built)) {
      fs.cpSync(built, path.join(PROJECT_ROOT, 'build'), { recursive: true });
      process.stdout.write(`Copied ${fs.readdirSync(built).join(', ')} to build/.\n`);
    }
    return run.status ?? 1;
  },
);
process.exit(status);
