/**
 * Which webhook URLs the monitor sends to: https://, or http:// only to the machine itself (a receiver on
 * 127.0.0.1 during development). An alert carries a finding (a person's name, a case) and its signature
 * only proves who sent it: over plain http to another host anyone on the path could read it.
 */
import { isIP } from 'node:net';

export type TargetCheck = { readonly ok: true; readonly url: URL } | { readonly ok: false; readonly message: string };

function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '0:0:0:0:0:0:0:1';
}

/** Whether `url` may receive webhooks; the message says why not, in a configuration's words. */
export function checkWebhookUrl(url: string): TargetCheck {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, message: `webhook url "${url}" is not a URL` };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { ok: false, message: `webhook url "${parsed.host}…": credentials in the URL are not allowed` };
  }
  if (parsed.protocol === 'https:') return { ok: true, url: parsed };
  if (parsed.protocol === 'http:') {
    return isLoopback(parsed.hostname)
      ? { ok: true, url: parsed }
      : { ok: false, message: `webhook url "${url}": http:// is allowed only for this machine (use https://)` };
  }
  return { ok: false, message: `webhook url "${url}": only https:// (or http:// to this machine) is allowed` };
}
