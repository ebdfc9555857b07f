/**
 * /docs: Swagger UI (the maintained `swagger-ui-dist` bundle) over this server's /openapi.json, so the
 * reference covers every route, the bearer scheme included (#17: the hand-made page covered only rule
 * evaluation). Its script and style are bundled into the app at build time (`?raw`, see
 * build/raw-text.mjs) and served from /docs/…: no CDN, no file system, so it works offline and on every
 * runtime; the page's CSP allows nothing but this origin.
 */
import { Hono } from 'hono';
import style from 'swagger-ui-dist/swagger-ui.css?raw';
import bundle from 'swagger-ui-dist/swagger-ui-bundle.js?raw';
import type { AppEnv } from './context.js';

/** Swagger UI renders with inline style attributes (React); scripts and everything else: this origin only. */
const docsCsp = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kefu API</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

/**
 * validatorUrl null: Swagger UI would otherwise send the document to an online validator. A token given
 * under "Authorize" is kept for the page only (not persisted).
 */
const init = `'use strict';
// The page shows every operation but the one-per-rule evaluations (Swagger UI cannot render all of them);
// /docs?policy=P08 adds P08's, each with its own facts schema.
const policy = new URLSearchParams(location.search).get('policy');
window.ui = SwaggerUIBundle({
  url: '/openapi.json?view=docs' + (policy ? '&policy=' + encodeURIComponent(policy) : ''),
  dom_id: '#swagger-ui',
  validatorUrl: null,
  deepLinking: true,
  persistAuthorization: false,
  displayOperationId: true,
  tryItOutEnabled: true,
  presets: [SwaggerUIBundle.presets.apis],
  layout: 'BaseLayout',
});
`;

const asset = (type: string, body: string) => ({
  body,
  headers: { 'Content-Type': type, 'Cache-Control': 'public, max-age=3600' },
});
const assets: Readonly<Record<string, { body: string; headers: Record<string, string> }>> = {
  'swagger-ui-bundle.js': asset('text/javascript; charset=utf-8', bundle),
  'swagger-ui.css': asset('text/css; charset=utf-8', style),
  'init.js': asset('text/javascript; charset=utf-8', init),
};

export function docsRoutes() {
  return new Hono<AppEnv>()
    .get('/docs', (c) => {
      c.header('Content-Security-Policy', docsCsp);
      c.header('Cache-Control', 'no-store');
      return c.html(page);
    })
    .get('/docs/:asset', (c) => {
      const found = assets[c.req.param('asset')];
      if (!found) return c.notFound();
      return c.body(found.body, 200, found.headers);
    });
}
