/** Paths into parsed JSON, for fuzz tests that garble one value of an export at a time. */
export type Path = (string | number)[];

/** Every path to a value inside `value` (the empty path for `value` itself). */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  const keys: (string | number)[] = Array.isArray(value)
    ? value.map((_, i) => i)
    : Object.keys(value);
  return [
    prefix,
    ...keys.flatMap((k) => pathsOf((value as Record<string, unknown>)[k], [...prefix, k])),
  ];
}

/** A deep copy of `root` with the value at `path` replaced (or removed, for undefined). */
export function withValueAt(root: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === undefined) delete node[last];
  else node[last] = replacement;
  return copy;
}
