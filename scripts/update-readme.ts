import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import App from '../index';
import { operationsTable, withTable } from './operationsTable';

// Run from dist/ after `npm run build` (see `npm run readme`).
const readmePath = join(__dirname, '..', '..', 'README.md');
writeFileSync(readmePath, withTable(readFileSync(readmePath, 'utf8'), operationsTable(App)));
console.log('README.md operation table updated');
