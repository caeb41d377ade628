import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by the API under /camera/ in production; in development vite proxies the API calls to it.
export default defineConfig({
  base: "/camera/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true },
  server: {
    port: 5175,
    proxy: {
      "/trpc": "http://localhost:3000",
      "/healthz": "http://localhost:3000",
      "/files": "http://localhost:3000",
      "/favicon.svg": "http://localhost:3000",
    },
  },
  preview: { port: 5175 },
});
