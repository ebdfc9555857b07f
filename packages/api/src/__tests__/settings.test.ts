import { describe, expect, it } from 'vitest';
import { apiOptionsFromEnv, defaultBodyLimit, parseByteSize } from '../settings.js';

describe('settings from the environment', () => {
  it('has safe defaults', () => {
    expect(apiOptionsFromEnv({})).toEqual({
      tokens: [],
      bodyLimit: defaultBodyLimit,
      corsOrigins: [],
      logLevel: 'info',
    });
    expect(defaultBodyLimit).toBe(10 * 1024 * 1024);
  });

  it('reads every variable', () => {
    const options = apiOptionsFromEnv({
      KEFU_API_TOKENS: ' a, b ,,c ',
      KEFU_API_BODY_LIMIT: '512kb',
      KEFU_API_CORS_ORIGINS: 'https://a.test, https://b.test',
      KEFU_API_LOG_LEVEL: 'WARN',
    });
    expect(options).toEqual({
      tokens: ['a', 'b', 'c'],
      bodyLimit: 512 * 1024,
      corsOrigins: ['https://a.test', 'https://b.test'],
      logLevel: 'warn',
    });
    expect(apiOptionsFromEnv({ KEFU_API_CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it('names every bad variable', () => {
    expect(() => apiOptionsFromEnv({ KEFU_API_BODY_LIMIT: 'huge', KEFU_API_LOG_LEVEL: 'loud' })).toThrow(
      /KEFU_API_BODY_LIMIT.*KEFU_API_LOG_LEVEL/,
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
