import { defineConfig } from 'vite';

// Preact's JSX through Vite's own transform (tsconfig: jsxImportSource "preact"); no plugin.
export default defineConfig({
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: { target: 'es2022', sourcemap: false },
});
