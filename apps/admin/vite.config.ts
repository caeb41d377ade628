import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the API under /admin/ in production; in development vite proxies the API calls to it.
export default defineConfig({
  base: "/admin/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    port: 5173,
    proxy: {
      "/trpc": "http://localhost:3000",
      "/healthz": "http://localhost:3000",
      "/favicon.svg": "http://localhost:3000",
    },
  },
  preview: { port: 5173 },
});
