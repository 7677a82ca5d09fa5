import { defineConfig } from 'vite';

// `npm run build:client`: src/client/node.ts as one ES module for Node (its few dependencies
// bundled in), at build/client.mjs, for the e2e suite.
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'build',
    emptyOutDir: true,
    sourcemap: false,
    minify: false,
    lib: { entry: 'src/client/node.ts', formats: ['es'], fileName: () => 'client.mjs' },
  },
});
