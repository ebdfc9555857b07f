import { describe, expect, it } from 'vitest';
import {
  apiOptionsFromEnv,
  defaultAuditTimeoutMs,
  defaultBodyLimit,
  defaultRequestTimeoutMs,
  minTokenLength,
  parseByteSize,
} from '../settings.js';
import { testApp } from './helpers.js';

const tokenA = 'kefu-token-aaaaaaaaaaaa';
const tokenB = 'kefu-token-bbbbbbbbbbbb';

describe('settings from the environment', () => {
  it('has safe defaults', () => {
    expect(apiOptionsFromEnv({})).toEqual({
      tokens: [],
      bodyLimit: defaultBodyLimit,
      corsOrigins: [],
      logLevel: 'info',
      requestTimeoutMs: defaultRequestTimeoutMs,
      auditTimeoutMs: defaultAuditTimeoutMs,
      authFailuresPerMinute: 10,
      maxAudits: 4,
    });
    expect(defaultBodyLimit).toBe(10 * 1024 * 1024);
    expect(minTokenLength).toBe(16);
  });

  it('reads every variable', () => {
    const options = apiOptionsFromEnv({
      KEFU_API_TOKENS: ` ${tokenA}, ${tokenB} `,
      KEFU_API_BODY_LIMIT: '512kb',
      KEFU_API_CORS_ORIGINS: 'https://a.test, https://b.test',
      KEFU_API_LOG_LEVEL: 'WARN',
      KEFU_API_REQUEST_TIMEOUT_MS: '0',
      KEFU_API_AUDIT_TIMEOUT_MS: '5000',
      KEFU_API_AUTH_FAILURES_PER_MINUTE: '3',
      KEFU_API_MAX_AUDITS: '2',
      KEFU_API_ALLOWED_HOSTS: 'Kefu.Internal, 10.0.0.5',
    });
    expect(options).toEqual({
      tokens: [tokenA, tokenB],
      bodyLimit: 512 * 1024,
      corsOrigins: ['https://a.test', 'https://b.test'],
      logLevel: 'warn',
      requestTimeoutMs: 0,
      auditTimeoutMs: 5000,
      authFailuresPerMinute: 3,
      maxAudits: 2,
      allowedHosts: ['kefu.internal', '10.0.0.5'],
    });
    expect(apiOptionsFromEnv({ KEFU_API_CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('names every bad variable', () => {
    expect(() => apiOptionsFromEnv({ KEFU_API_BODY_LIMIT: 'huge', KEFU_API_LOG_LEVEL: 'loud' })).toThrow(
      /KEFU_API_BODY_LIMIT.*KEFU_API_LOG_LEVEL/,
    );
    expect(() => apiOptionsFromEnv({ KEFU_API_AUDIT_TIMEOUT_MS: '0' })).toThrow(/KEFU_API_AUDIT_TIMEOUT_MS/);
    expect(() => apiOptionsFromEnv({ KEFU_API_REQUEST_TIMEOUT_MS: '5s' })).toThrow(/KEFU_API_REQUEST_TIMEOUT_MS/);
    expect(() => apiOptionsFromEnv({ KEFU_API_ALLOWED_HOSTS: 'http://kefu.test:80' })).toThrow(
      /KEFU_API_ALLOWED_HOSTS/,
    );
  });

  it('parses byte sizes', () => {
    expect(parseByteSize('1048576')).toBe(1048576);
    expect(parseByteSize('10mb')).toBe(10 * 1024 * 1024);
    expect(parseByteSize('1.5 KB')).toBe(1536);
    expect(parseByteSize('0')).toBeUndefined();
    expect(parseByteSize('-1')).toBeUndefined();
    expect(parseByteSize('10 parsecs')).toBeUndefined();
  });
});

describe('#13 auth fails open: an unusable KEFU_API_TOKENS refuses to start', () => {
  it('KEFU_API_TOKENS="," or " " or "" is an error, not auth turned off', () => {
    for (const value of [',', ' ', '', ' , ,']) {
      expect(() => apiOptionsFromEnv({ KEFU_API_TOKENS: value }), JSON.stringify(value)).toThrow(
        /KEFU_API_TOKENS: is set but holds no token/,
      );
    }
  });

  it('a short token, one with whitespace inside, or an empty entry is refused, without quoting the token', () => {
    const cases: [string, RegExp][] = [
      ['x', /token 1 of 1 has 1 characters; at least 16/],
      [`${tokenA},short-secret`, /token 2 of 2 has 12 characters/],
      ['kefu token with spaces', /token 1 of 1 contains whitespace/],
      [`${tokenA},,${tokenB}`, /token 2 of 3 is empty/],
      ['kefu-token-"quoted"-aaaa', /characters a bearer token cannot have/],
    ];
    for (const [value, message] of cases) {
      let error: unknown;
      try {
        apiOptionsFromEnv({ KEFU_API_TOKENS: value });
      } catch (e) {
        error = e;
      }
      expect(String(error), value).toMatch(message);
      expect(String(error)).not.toContain('short-secret');
    }
  });

  it('createApp refuses the same token lists (no way round the check in code)', () => {
    expect(() => testApp({ tokens: ['x'] })).toThrow(/at least 16/);
    expect(() => testApp({ tokens: [''] })).toThrow(/empty/);
    expect(() => testApp({ tokens: [tokenA] })).not.toThrow();
  });
});
