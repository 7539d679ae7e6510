// Biome formats code to 120 columns but leaves long comments and strings alone; this catches those.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MAX = 120;
const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '*.ts', '*.tsx', '*.mjs'], {
  encoding: 'utf8',
})
  .split('\n')
  .filter(Boolean);
const long = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .flatMap((line, i) => ([...line].length > MAX ? [`${f}:${i + 1}: ${[...line].length} characters`] : [])),
);
if (long.length > 0) {
  console.error(`Lines longer than ${MAX} characters:\n${long.join('\n')}`);
  process.exit(1);
}
