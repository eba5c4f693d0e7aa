import { supportedNodeRange } from './package.js';

/** Whether a version (1.2.3) satisfies one range part: ^X.Y.Z or >=X.Y.Z (what `engines` uses). */
function satisfiesPart(version: number[], part: string): boolean {
  const m = /^(\^|>=)\s*(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(part.trim());
  if (!m) return false;
  const want = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
  const cmp = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
  if (cmp(version, want) < 0) return false;
  return m[1] === '>=' || version[0] === want[0];
}

/** Whether a version is inside a range of the form `engines` uses (parts joined by ||). */
export function versionInRange(version: string, range: string): boolean {
  const [major = 0, minor = 0, patch = 0] = version.replace(/^v/, '').split('.').map(Number);
  return range.split('||').some((part) => satisfiesPart([major, minor, patch], part));
}

/** Whether a Node version is inside the package's `engines` range (package.json, the one source). */
export function nodeSupported(version: string): boolean {
  return versionInRange(version, supportedNodeRange());
}
