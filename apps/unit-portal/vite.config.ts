import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the API under /portal/ in production; in development vite proxies the API calls to it.
export default defineConfig({
  base: "/portal/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    port: 5174,
    proxy: {
      "/trpc": "http://localhost:3000",
      "/healthz": "http://localhost:3000",
      "/favicon.svg": "http://localhost:3000",
    },
  },
  preview: { port: 5174 },
});
