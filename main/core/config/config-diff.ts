// Three-way comparison of a conflicting save (base = what my draft started from, mine = my
// draft, theirs = the server's newer version) and the per-key resolution the UI offers:
// keep mine, take theirs, or choose per key. The result only ever holds values of one side.
import type { ConfigData } from '../../../common/users-api';
import { isPlainObject } from '../../../common/users-api';

export type Choice = 'mine' | 'theirs';

export interface KeyDiff {
  key: string;
  /** My draft relative to theirs: a key only I have is `added`, one only they have `removed`. */
  change: 'added' | 'removed' | 'changed';
  mine?: unknown;
  theirs?: unknown;
  base?: unknown;
  inMine: boolean;
  inTheirs: boolean;
  /** Who changed the key since the base; when only one side did, that side is suggested. */
  mineChanged: boolean;
  theirsChanged: boolean;
  suggested: Choice;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((v, i) => deepEqual(v, b[i]))
    );
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]))
  );
}

function same(x: ConfigData, y: ConfigData, key: string): boolean {
  return Object.hasOwn(x, key) === Object.hasOwn(y, key) && deepEqual(x[key], y[key]);
}

/** The keys on which mine and theirs differ, in a stable order. */
export function diffConfigs(base: ConfigData, mine: ConfigData, theirs: ConfigData): KeyDiff[] {
  const keys = [...new Set([...Object.keys(theirs), ...Object.keys(mine)])];
  return keys
    .filter((key) => !same(mine, theirs, key))
    .map((key) => {
      const inMine = Object.hasOwn(mine, key);
      const inTheirs = Object.hasOwn(theirs, key);
      const mineChanged = !same(mine, base, key);
      const theirsChanged = !same(theirs, base, key);
      const diff: KeyDiff = {
        key,
        change: inMine && inTheirs ? 'changed' : inMine ? 'added' : 'removed',
        inMine,
        inTheirs,
        mineChanged,
        theirsChanged,
        suggested: theirsChanged && !mineChanged ? 'theirs' : 'mine',
      };
      if (inMine) diff.mine = mine[key];
      if (inTheirs) diff.theirs = theirs[key];
      if (Object.hasOwn(base, key)) diff.base = base[key];
      return diff;
    });
}

/**
 * The object to save: for each key, the chosen side's value (absent there = absent here).
 * Keys without a choice take `fallback` ('suggested' = the side that changed it).
 */
export function resolveConfigs(
  mine: ConfigData,
  theirs: ConfigData,
  base: ConfigData,
  choices: Readonly<Record<string, Choice>> = {},
  fallback: Choice | 'suggested' = 'suggested',
): ConfigData {
  const suggestions = new Map(diffConfigs(base, mine, theirs).map((d) => [d.key, d.suggested]));
  const entries: [string, unknown][] = [];
  for (const key of new Set([...Object.keys(theirs), ...Object.keys(mine)])) {
    const chosen = Object.hasOwn(choices, key) ? choices[key] : undefined;
    const side =
      chosen ?? (fallback === 'suggested' ? (suggestions.get(key) ?? 'theirs') : fallback);
    const source = side === 'mine' ? mine : theirs;
    if (Object.hasOwn(source, key)) entries.push([key, structuredClone(source[key])]);
  }
  // fromEntries defines own properties, so even a "__proto__" key stays a plain key.
  return Object.fromEntries(entries);
}
