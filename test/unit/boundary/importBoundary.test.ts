import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The shared core: the only code that both the ingest (`scripts/`) and the site (`src/`) import.
 * Everything else stays on its side, so a change to the site cannot move the ingest's output and
 * the ingest never pulls in page code.
 */
const CORE = ['src/schemas/', 'src/domain/', 'src/core/'];

/**
 * Imports across the line that are allowed, each with its reason. `scripts/bench/` measures the
 * site's own search code on a synthetic national corpus (it builds the index the site would build),
 * so it imports that code on purpose; it is a measurement, never part of the ingest.
 */
const ALLOWED: readonly { from: string; to: string; why: string }[] = [
  { from: 'scripts/bench/', to: 'src/lib/search/', why: 'the search benchmark runs the site’s own index builder' },
];

const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXTENSIONS = ['.ts', '.astro', '.mjs'];

/** The code parts of a file: a .astro file's frontmatter and <script> bodies, any other file whole. */
export function codeParts(file: string, text: string): string[] {
  if (!file.endsWith('.astro')) return [text];
  const parts: string[] = [];
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) parts.push(m[1]!);
  return parts;
}

/** Module specifiers a file imports (static, type-only, re-exports, dynamic): `import { a } from './b'` → ['./b']. */
export function importSpecifiers(file: string, text: string): string[] {
  return codeParts(file, text).flatMap((code) => ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName));
}

/** Which side of the line a repo path is on: 'core', 'src' (the site), 'scripts' or null (elsewhere). */
export function sideOf(repoPath: string): 'core' | 'src' | 'scripts' | null {
  if (CORE.some((c) => repoPath.startsWith(c))) return 'core';
  if (repoPath.startsWith('src/')) return 'src';
  if (repoPath.startsWith('scripts/')) return 'scripts';
  return null;
}

/** Why an import of `target` from `file` (both repo paths) crosses the line, or null when it may. */
export function crossing(file: string, target: string): string | null {
  const from = sideOf(file);
  const to = sideOf(target);
  if (ALLOWED.some((a) => file.startsWith(a.from) && target.startsWith(a.to))) return null;
  if (from === 'core' && (to === 'src' || to === 'scripts')) return 'the core imports only the core';
  if (from === 'src' && to === 'scripts') return 'the site imports the ingest only through the core';
  if (from === 'scripts' && to === 'src') return 'the ingest imports the site only through the core';
  return null;
}

/** Every .ts, .astro and .mjs file under a folder, as repo paths, sorted. */
function filesUnder(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => EXTENSIONS.some((e) => f.endsWith(e)))
    .map((f) => path.posix.join(folder, f.split(path.sep).join('/')))
    .sort();
}

/** Each relative import under src/ and scripts/ that crosses the line: `file → target (why)`. */
function crossings(): string[] {
  const found: string[] = [];
  for (const file of [...filesUnder('src'), ...filesUnder('scripts')]) {
    for (const spec of importSpecifiers(file, readFileSync(path.join(ROOT, file), 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const why = crossing(file, target);
      if (why) found.push(`${file} → ${target} (${why})`);
    }
  }
  return found;
}

describe('import boundary between scripts/ and src/', () => {
  describe('importSpecifiers', () => {
    it('reads static, type-only, multi-line, re-export, side-effect and dynamic imports', () => {
      const text = [
        "import { a } from './a';",
        "import type { B } from '../b';",
        'import {\n  c,\n  d,\n} from "./c";',
        "export { e } from './e';",
        "import './f.css';",
        "const g = await import('./g');",
      ].join('\n');
      expect(importSpecifiers('x.ts', text)).toEqual(['./a', '../b', './c', './e', './f.css', './g']);
    });

    it('reads an .astro file’s frontmatter and scripts, not its markup', () => {
      const text = "---\nimport A from './A.astro';\n---\n<p>import x from './no'</p>\n<script>\nimport { b } from './b';\n</script>\n";
      expect(importSpecifiers('X.astro', text)).toEqual(['./A.astro', './b']);
    });
  });

  describe('crossing', () => {
    it('lets both sides import the core', () => {
      expect(crossing('src/lib/a.ts', 'src/core/indicatorsCsv')).toBeNull();
      expect(crossing('scripts/ingest/a.ts', 'src/schemas/indicator')).toBeNull();
      expect(crossing('scripts/ingest/a.ts', 'src/domain/units')).toBeNull();
    });

    it('refuses the site importing the ingest', () => {
      expect(crossing('src/lib/a.ts', 'scripts/ingest/read/readSource')).toMatch(/through the core/);
    });

    it('refuses the ingest importing the site outside the core', () => {
      expect(crossing('scripts/ingest/review/a.ts', 'src/lib/planOutline')).toMatch(/through the core/);
    });

    it('refuses the core importing either side', () => {
      expect(crossing('src/core/a.ts', 'scripts/ingest/IngestError')).toMatch(/only the core/);
      expect(crossing('src/schemas/a.ts', 'src/i18n/locales')).toMatch(/only the core/);
    });
  });

  describe('the repository', () => {
    it('has no import across the line but through the core', () => {
      expect(crossings()).toEqual([]);
    });

    it('uses every allowed crossing (none is stale)', () => {
      const files = filesUnder('scripts').filter((f) => ALLOWED.some((a) => f.startsWith(a.from)));
      for (const a of ALLOWED) {
        const used = files.some((f) => f.startsWith(a.from) && importSpecifiers(f, readFileSync(path.join(ROOT, f), 'utf8'))
          .some((s) => s.startsWith('.') && path.posix.join(path.posix.dirname(f), s).startsWith(a.to)));
        expect(used, `${a.from} → ${a.to} (${a.why})`).toBe(true);
      }
    });
  });
});
