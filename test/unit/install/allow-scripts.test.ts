// npm 11 warns on every fresh install about dependencies whose install scripts package.json's
// `allowScripts` does not cover (and npm 12 blocks them). Every such dependency in the lock file
// must be decided there, so a new user's first `npm ci` prints no warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { allowScripts?: Record<string, boolean> };
const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

describe('install scripts', () => {
  it('every dependency with an install script is allowed or denied in package.json', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path !== '' && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts.length).toBeGreaterThan(0);
    for (const name of withScripts) expect(pkg.allowScripts?.[name], name).toBeTypeOf('boolean');
  });

  it("esbuild's is denied: its platform binary comes as an optional dependency, and the build uses its JS API", () => {
    expect(pkg.allowScripts?.esbuild).toBe(false);
    expect(Object.keys(lock.packages).some((p) => /node_modules\/@esbuild\/linux-x64$/.test(p))).toBe(true);
    expect(readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8')).toMatch(/from 'esbuild'/);
  });
});
