import type { FastifyHelmetOptions } from "@fastify/helmet";

/**
 * Content Security Policy for the three apps: own scripts only; inline styles because Mantine writes
 * them; media and connections to https: and blob: because camera streams (HLS) come from the
 * cameras' own servers. No upgrade-insecure-requests: offices may run it over plain HTTP on a LAN.
 */
export const helmetOptions: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:", "blob:"],
      fontSrc: ["'self'", "data:"],
      connectSrc: ["'self'", "https:", "blob:"],
      mediaSrc: ["'self'", "https:", "blob:"],
      workerSrc: ["'self'", "blob:"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'self'"],
      upgradeInsecureRequests: null,
    },
  },
};

export const JSON_BODY_LIMIT = 1024 * 1024;
