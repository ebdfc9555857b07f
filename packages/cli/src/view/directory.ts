/**
 * Names beside ids: the people and departments of the organisation file (`--org`), as a supervisor knows them.
 * The engine has already validated the file; this reads only the names, and a file without them (or no file)
 * leaves the ids alone.
 */
import { z } from 'zod';

const named = z.object({ id: z.string(), name: z.string().optional() });
const orgNames = z.object({
  name: z.string().optional(),
  people: z.array(z.unknown()).optional(),
  departments: z.array(z.unknown()).optional(),
});

export interface Directory {
  /** The organisation's own name, when the file gives one. */
  readonly organisation: string | undefined;
  /** The person's name, when the organisation file gives one. */
  person(id: string): string | undefined;
  /** The department's name, when the organisation file gives one. */
  department(id: string): string | undefined;
}

function names(list: readonly unknown[] | undefined): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const item of list ?? []) {
    const parsed = named.safeParse(item);
    if (parsed.success && parsed.data.name) out.set(parsed.data.id, parsed.data.name);
  }
  return out;
}

export function directoryOf(org: unknown): Directory {
  const parsed = orgNames.safeParse(org);
  const people = names(parsed.success ? parsed.data.people : undefined);
  const departments = names(parsed.success ? parsed.data.departments : undefined);
  return {
    organisation: parsed.success ? parsed.data.name : undefined,
    person: (id) => people.get(id),
    department: (id) => departments.get(id),
  };
}

export const noDirectory: Directory = directoryOf(undefined);

/** `王芳 (S-01)`, or the id alone when the file gives no name. */
export function personLabel(dir: Directory, id: string): string {
  const name = dir.person(id);
  return name ? `${name} (${id})` : id;
}

/** `客服部`, or the id when the file gives no name. */
export function departmentLabel(dir: Directory, id: string | undefined): string {
  if (id === undefined) return '';
  return dir.department(id) ?? id;
}
