import { defineConfig } from 'drizzle-kit';

// `pnpm db:generate` writes the next versioned migration into drizzle/ from src/schema.ts.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './drizzle',
});
