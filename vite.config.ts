import { defineConfig } from 'vite';

export default defineConfig({
  root: 'demo',
  server: { port: Number(process.env.PORT) || 5173, strictPort: true, host: true },
});
