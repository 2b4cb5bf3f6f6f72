// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import svelte from '@astrojs/svelte';

// SITE_URL / BASE_PATH let a deploy (or a test) build under a sub-path without editing code.
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://two-paths.example.org',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx(), svelte()],
  build: { inlineStylesheets: 'auto' },
  devToolbar: { enabled: false },
});
