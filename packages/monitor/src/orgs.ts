/**
 * The organisations file (`KEFU_MONITOR_ORGS`): which organisations the monitor serves, each with its
 * organisation file, configuration, `maxDelay`, API tokens and webhooks. Secrets never sit in the file:
 * a webhook names the environment variable its signing secret is in. Anything wrong refuses to start,
 * with a message naming the file and the field.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { orgFileSchema, PreparedEvaluator, validateAuditOptions } from '@kefu/rules';
import * as z from 'zod';
import type { MonitorOrg, WebhookTarget } from './contract.js';

/** The organisation served when no organisations file is configured. */
export const DEFAULT_ORG_ID = 'default';
/** How far out of time order events may arrive, unless an organisation says otherwise. */
export const DEFAULT_MAX_DELAY = 'P2D';

const ORG_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Secrets one webhook signs with at once: a rotation needs two (old and new); each costs an HMAC per send. */
const MAX_SECRETS = 4;
const envName = z.string().regex(ENV_NAME, 'the name of an environment variable (letters, digits, _)');
const envNames = z
  .array(envName)
  .min(1, 'name at least one environment variable')
  .max(MAX_SECRETS, `at most ${MAX_SECRETS} secrets (a rotation needs two)`)
  .refine((names) => new Set(names).size === names.length, 'an environment variable is named twice');
/** A token shorter than this is too easy to guess to guard an organisation's data. */
const MIN_TOKEN_LENGTH = 16;

const fileSchema = z
  .object({
    orgs: z
      .array(
        z
          .object({
            id: z
              .string()
              .regex(ORG_ID, 'lower-case letters, digits and dashes, at most 63, starting with a letter or digit'),
            name: z.string().min(1).optional(),
            org: z.string().min(1).optional(),
            config: z.string().min(1).optional(),
            maxDelay: z.string().optional(),
            tokens: z.array(z.string().min(MIN_TOKEN_LENGTH, `at least ${MIN_TOKEN_LENGTH} characters`)).default([]),
            webhooks: z
              .array(
                z
                  .object({
                    url: z.string(),
                    // One variable's name, or several (newest first) while a secret is rotated.
                    secretEnv: z.union([envName, envNames]).optional(),
                    secretEnvs: envNames.optional(),
                  })
                  .strict()
                  .refine((hook) => (hook.secretEnv === undefined) !== (hook.secretEnvs === undefined), {
                    message: 'name its signing secret with secretEnv (or secretEnvs to rotate), not both',
                  }),
              )
              .default([]),
          })
          .strict(),
      )
      .min(1, 'name at least one organisation'),
  })
  .strict();

export interface OrgsConfig {
  readonly orgs: readonly MonitorOrg[];
  /** Each API token and the one organisation it reaches. */
  readonly tokens: ReadonlyMap<string, string>;
}

/** The organisations file could not be used: the message says which file, which field and why. */
export class OrgsFileError extends Error {
  override readonly name = 'OrgsFileError';
}

/** With nothing configured: one organisation, `default`, no webhooks; the API's own token rule applies. */
export function defaultOrgs(): OrgsConfig {
  return { orgs: [{ id: DEFAULT_ORG_ID, maxDelay: DEFAULT_MAX_DELAY, webhooks: [] }], tokens: new Map() };
}

/**
 * Read and check the organisations file at `path` (the organisation and configuration files it names are
 * read relative to it); webhook secrets are taken from `env`. Throws `OrgsFileError` on anything wrong.
 */
export async function readOrgsFile(
  path: string,
  env: Readonly<Record<string, string | undefined>>,
): Promise<OrgsConfig> {
  const file = resolve(path);
  const parsed = fileSchema.safeParse(await readJson(file, 'the organisations file'));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new OrgsFileError(`${file}: ${where}${issue?.message ?? 'not an organisations file'}`);
  }
  const orgs: MonitorOrg[] = [];
  const tokens = new Map<string, string>();
  const seen = new Set<string>();
  for (const [index, entry] of parsed.data.orgs.entries()) {
    const where = `${file}: orgs.${index} (${entry.id})`;
    if (seen.has(entry.id)) throw new OrgsFileError(`${where}: the id ${entry.id} is used twice`);
    seen.add(entry.id);
    for (const token of entry.tokens) {
      const owner = tokens.get(token);
      if (owner !== undefined) {
        throw new OrgsFileError(`${where}: a token is also ${owner}'s; a token belongs to exactly one organisation`);
      }
      tokens.set(token, entry.id);
    }
    const base = dirname(file);
    const orgFile = entry.org === undefined ? undefined : await readOrgFile(resolve(base, entry.org), where);
    const config = entry.config === undefined ? undefined : await readConfig(resolve(base, entry.config), where);
    const maxDelay = entry.maxDelay ?? DEFAULT_MAX_DELAY;
    const problem = validateAuditOptions({ maxDelay });
    if (problem) throw new OrgsFileError(`${where}: maxDelay: ${problem.issues[0]?.message ?? problem.message}`);
    const webhooks = entry.webhooks.map((hook, i) => webhookTarget(hook, env, `${where}: webhooks.${i}`));
    orgs.push({
      id: entry.id,
      ...(entry.name !== undefined && { name: entry.name }),
      ...(orgFile !== undefined && { org: orgFile }),
      ...(config !== undefined && { config }),
      maxDelay,
      webhooks,
    });
  }
  return { orgs, tokens };
}

function webhookTarget(
  hook: {
    readonly url: string;
    readonly secretEnv?: string | readonly string[] | undefined;
    readonly secretEnvs?: readonly string[] | undefined;
  },
  env: Readonly<Record<string, string | undefined>>,
  where: string,
): WebhookTarget {
  let url: URL;
  try {
    url = new URL(hook.url);
  } catch {
    throw new OrgsFileError(`${where}: url: ${hook.url} is not a URL`);
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new OrgsFileError(`${where}: url: ${hook.url} must be https:// (http:// only for localhost)`);
  }
  const names = hook.secretEnvs ?? (typeof hook.secretEnv === 'string' ? [hook.secretEnv] : (hook.secretEnv ?? []));
  const secrets = names.map((name) => {
    const secret = env[name];
    if (secret === undefined || secret.length === 0) {
      throw new OrgsFileError(`${where}: the environment variable ${name} (its signing secret) is not set`);
    }
    return secret;
  });
  const [secret] = secrets;
  if (secret === undefined) throw new OrgsFileError(`${where}: no signing secret is named`);
  return { url: url.href, secret, ...(secrets.length > 1 && { secrets }) };
}

async function readOrgFile(path: string, where: string): Promise<MonitorOrg['org']> {
  const parsed = orgFileSchema.safeParse(await readJson(path, `${where}: org`));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OrgsFileError(`${where}: org: ${path}: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
  }
  return parsed.data;
}

async function readConfig(path: string, where: string): Promise<unknown> {
  const config = await readJson(path, `${where}: config`);
  try {
    new PreparedEvaluator({ config });
  } catch (e) {
    const issue = (e as { issues?: readonly { path: readonly unknown[]; message: string }[] }).issues?.[0];
    const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : e instanceof Error ? e.message : String(e);
    throw new OrgsFileError(`${where}: config: ${path}: ${detail}`);
  }
  return config;
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new OrgsFileError(`${what}: ${path} ${code === 'ENOENT' ? 'does not exist' : 'cannot be read'}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new OrgsFileError(`${what}: ${path} is not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}
