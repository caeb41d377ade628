// The `smtp-server` package ships no types; the test needs only this much of it.
declare module "smtp-server" {
  import type { Server } from "node:net";
  import type { Readable } from "node:stream";
  export class SMTPServer {
    constructor(options: {
      authOptional?: boolean;
      disabledCommands?: string[];
      logger?: boolean;
      onData?: (
        stream: Readable,
        session: { envelope: { rcptTo: { address: string }[] } },
        done: (err?: Error) => void,
      ) => void;
    });
    server: Server;
    listen(port: number, host: string, cb: () => void): void;
    close(cb: () => void): void;
  }
}
