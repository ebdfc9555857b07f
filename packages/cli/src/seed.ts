/**
 * "The seed's own words" for `kefu show`: shipped with @kefu/rules as its `seed` entry, loaded only by
 * `show` (its own chunk), so the other commands do not read the whole text at start-up.
 */
export async function seedLines(range: readonly [number, number]): Promise<readonly string[]> {
  const { seedLines: lines } = await import('@kefu/rules/seed');
  return lines(range[0], range[1]);
}
