/**
 * Issue #16, Organisations: the `KEFU_MONITOR_ORGS` file — each organisation with its organisation file,
 * configuration, maxDelay, tokens and webhooks (secrets only through environment variable names); with
 * nothing configured one organisation `default`; anything wrong refuses to start, saying where and why.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookSecrets } from './delivery/secrets.js';
import { defaultOrgs, readOrgsFile } from './orgs.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kefu-orgs-'));
  await writeFile(
    join(dir, 'org.json'),
    JSON.stringify({ people: [{ id: 'E1', department: 'CS' }], departments: [{ id: 'CS' }] }),
  );
  await writeFile(join(dir, 'config.json'), JSON.stringify({ warningShare: 0.5 }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const TOKEN_A = 'token-a-0123456789abcdef';
const TOKEN_B = 'token-b-0123456789abcdef';

async function orgsFile(value: unknown): Promise<string> {
  const path = join(dir, `orgs-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('readOrgsFile (#16 Organisations)', () => {
  it('reads each organisation, its files relative to the orgs file, tokens and webhook secrets from env', async () => {
    const path = await orgsFile({
      orgs: [
        {
          id: 'north',
          name: 'North office',
          org: 'org.json',
          config: 'config.json',
          maxDelay: 'PT6H',
          tokens: [TOKEN_A],
          webhooks: [{ url: 'https://hooks.example.test/n', secretEnv: 'NORTH_HOOK_SECRET' }],
        },
        { id: 'south', tokens: [TOKEN_B], webhooks: [{ url: 'http://localhost:9000/h', secretEnv: 'SOUTH' }] },
      ],
    });
    const { orgs, tokens } = await readOrgsFile(path, { NORTH_HOOK_SECRET: 'n-secret', SOUTH: 's-secret' });
    expect(orgs).toEqual([
      {
        id: 'north',
        name: 'North office',
        org: { people: [{ id: 'E1', department: 'CS' }], departments: [{ id: 'CS' }] },
        config: { warningShare: 0.5 },
        maxDelay: 'PT6H',
        webhooks: [{ url: 'https://hooks.example.test/n', secret: 'n-secret' }],
      },
      { id: 'south', maxDelay: 'P2D', webhooks: [{ url: 'http://localhost:9000/h', secret: 's-secret' }] },
    ]);
    expect([...tokens]).toEqual([
      [TOKEN_A, 'north'],
      [TOKEN_B, 'south'],
    ]);
  });

  it('rotation (#16 item 3): secretEnvs, or secretEnv as a list, names several secrets, newest first; all sign', async () => {
    const path = await orgsFile({
      orgs: [
        {
          id: 'a',
          webhooks: [
            { url: 'https://hooks.example.test/1', secretEnvs: ['NEW_SECRET', 'OLD_SECRET'] },
            { url: 'https://hooks.example.test/2', secretEnv: ['NEW_SECRET', 'OLD_SECRET'] },
            { url: 'https://hooks.example.test/3', secretEnvs: ['NEW_SECRET'] },
          ],
        },
      ],
    });
    const { orgs } = await readOrgsFile(path, { NEW_SECRET: 'new', OLD_SECRET: 'old' });
    expect(orgs[0]?.webhooks).toEqual([
      { url: 'https://hooks.example.test/1', secret: 'new', secrets: ['new', 'old'] },
      { url: 'https://hooks.example.test/2', secret: 'new', secrets: ['new', 'old'] },
      { url: 'https://hooks.example.test/3', secret: 'new' },
    ]);
    const [hook] = orgs[0]?.webhooks ?? [];
    const item = { id: 'o', alertId: 'x', org: 'a', url: hook?.url ?? '', body: '{}', attempts: 0 };
    expect(webhookSecrets(orgs)(item)).toEqual(['new', 'old']);
  });

  it('with nothing configured: one organisation, default, no webhooks, no tokens of its own', () => {
    expect(defaultOrgs()).toEqual({ orgs: [{ id: 'default', maxDelay: 'P2D', webhooks: [] }], tokens: new Map() });
  });

  it.each([
    ['not JSON', '{"orgs": [', /is not valid JSON/],
    ['a bad id', { orgs: [{ id: 'North Office' }] }, /orgs\.0\.id: lower-case letters/],
    ['an unknown field', { orgs: [{ id: 'a', secret: 'x' }] }, /orgs\.0: .*secret/i],
    ['a short token', { orgs: [{ id: 'a', tokens: ['abc'] }] }, /tokens\.0: at least 16 characters/],
    [
      'a token shared',
      {
        orgs: [
          { id: 'a', tokens: [TOKEN_A] },
          { id: 'b', tokens: [TOKEN_A] },
        ],
      },
      /exactly one organisation/,
    ],
    ['an id twice', { orgs: [{ id: 'a' }, { id: 'a' }] }, /the id a is used twice/],
    ['a bad maxDelay', { orgs: [{ id: 'a', maxDelay: 'two days' }] }, /orgs\.0 \(a\): maxDelay/],
    ['a missing org file', { orgs: [{ id: 'a', org: 'nope.json' }] }, /nope\.json does not exist/],
    [
      'plain http to a remote host',
      { orgs: [{ id: 'a', webhooks: [{ url: 'http://example.test/h', secretEnv: 'S' }] }] },
      /must be https/,
    ],
    [
      'an unset secret variable',
      { orgs: [{ id: 'a', webhooks: [{ url: 'https://example.test/h', secretEnv: 'UNSET_VAR' }] }] },
      /UNSET_VAR .*is not set/,
    ],
    ['no organisation', { orgs: [] }, /name at least one organisation/],
    [
      'a webhook naming both secretEnv and secretEnvs',
      { orgs: [{ id: 'a', webhooks: [{ url: 'https://example.test/h', secretEnv: 'S', secretEnvs: ['S'] }] }] },
      /webhooks\.0: name its signing secret with secretEnv \(or secretEnvs to rotate\), not both/,
    ],
    ['a webhook with no secret', { orgs: [{ id: 'a', webhooks: [{ url: 'https://example.test/h' }] }] }, /not both/],
    [
      'an empty list of secrets',
      { orgs: [{ id: 'a', webhooks: [{ url: 'https://example.test/h', secretEnvs: [] }] }] },
      /secretEnvs: name at least one environment variable/,
    ],
    [
      'a secret variable named twice',
      { orgs: [{ id: 'a', webhooks: [{ url: 'https://example.test/h', secretEnvs: ['S', 'S'] }] }] },
      /named twice/,
    ],
    [
      'an unset variable among the rotated secrets',
      { orgs: [{ id: 'a', webhooks: [{ url: 'https://example.test/h', secretEnvs: ['S', 'OLD_UNSET'] }] }] },
      /OLD_UNSET .*is not set/,
    ],
  ])('refuses %s, saying where', async (_, value, message) => {
    await expect(readOrgsFile(await orgsFile(value), { S: 'x' })).rejects.toThrow(message);
  });

  it('refuses a missing organisations file by its path', async () => {
    await expect(readOrgsFile(join(dir, 'absent.json'), {})).rejects.toThrow(/absent\.json does not exist/);
  });
});
