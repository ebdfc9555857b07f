/** Unauthenticated service routes: health, the OpenAPI document and the docs page. */
import { createRoute, z } from '@hono/zod-openapi';
import { policies, rules } from '@kefu/rules';
import { routeApp } from '../context.js';
import { docsRoutes } from '../docs.js';
import { docsView } from '../openapi.js';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  operationId: 'getHealth',
  tags: ['service'],
  summary: 'Liveness; never needs a token',
  responses: {
    200: {
      description: 'The service is up',
      content: {
        'application/json': {
          schema: z.object({ status: z.literal('ok'), policies: z.number().int(), rules: z.number().int() }),
        },
      },
    },
  },
});

/** `document` builds the OpenAPI document on first use (it needs every route registered first). */
export function serviceRoutes(document: () => Record<string, unknown>) {
  return (
    routeApp()
      .openapi(healthRoute, (c) =>
        c.json({ status: 'ok' as const, policies: policies.length, rules: rules.length }, 200),
      )
      // `?view=docs` (the /docs page): without the per-rule evaluations, or with one policy's (`&policy=P08`).
      .get('/openapi.json', (c) =>
        c.json(c.req.query('view') === 'docs' ? docsView(document(), c.req.query('policy')) : document()),
      )
      .route('/', docsRoutes())
      .get('/', (c) => c.redirect('/docs'))
  );
}
