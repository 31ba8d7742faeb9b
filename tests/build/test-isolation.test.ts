import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Vitest shares one module graph between the test files of a worker (vite.config.ts); a file that
// swaps a module or a global for itself must run alone, or the swap reaches the files after it.
const root = fileURLToPath(new URL('../..', import.meta.url));
const SWAPS = /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/;

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'e2e' ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [relative(root, path)] : [];
  });

describe('test isolation', () => {
  it('runs every test file that swaps a module or a global in a fresh module graph', () => {
    const config = readFileSync(join(root, 'vite.config.ts'), 'utf8');
    const start = config.indexOf('TESTS_WITH_THEIR_OWN_MODULES = [');
    const listed = config.slice(start, config.indexOf(']', start));
    const swapping = testFiles(join(root, 'tests')).filter((file) =>
      SWAPS.test(readFileSync(join(root, file), 'utf8')),
    );
    expect(swapping.length).toBeGreaterThan(0);
    expect(swapping.filter((file) => !listed.includes(`'${file}'`))).toEqual([]);
  });
});
