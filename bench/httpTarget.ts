import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DEMO, SANDBOX_CLIENT } from '../sandbox/demo';

/**
 * The HighLevel the request counts are taken against: the local sandbox (sandbox/server.ts) when it is built,
 * else a generic server on 127.0.0.1 that answers every request 200 `{}`. Both log each request the app sends.
 */

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
}

export type ConnectionKind = 'subAccount' | 'agency';

export interface CountingTarget {
  /** `sandbox` answers like HighLevel (spec-validated, stateful); `generic` answers `{}` to everything. */
  kind: 'sandbox' | 'generic';
  url: string;
  requestLog: RequestRecord[];
  authData: (connection: ConnectionKind) => Promise<Record<string, unknown>>;
  close: () => Promise<void>;
}

/** The contract of sandbox/server.ts and sandbox/connect.ts (loaded at run time: they may not be built yet). */
interface SandboxModule {
  startSandbox: (options?: { rateLimit?: false }) => Promise<{ url: string; requestLog: RequestRecord[]; close(): Promise<void> }>;
}
interface ConnectModule {
  connectApp: (sandbox: unknown, options?: { agency?: boolean }) => Promise<Record<string, unknown>>;
}

const SANDBOX_SERVER = path.join(__dirname, '..', 'sandbox', 'server.js');
const SANDBOX_CONNECT = path.join(__dirname, '..', 'sandbox', 'connect.js');

/** Points the app (which reads these at call time) at a local server. */
export const pointAppAt = (url: string): void => {
  process.env.HIGHLEVEL_API_BASE_URL = url;
  process.env.HIGHLEVEL_MARKETPLACE_URL = url;
  // The app accepts a loopback host only in local testing (src/http/config.ts).
  process.env.HIGHLEVEL_LOCAL_TESTING = 'true';
  process.env.CLIENT_ID = SANDBOX_CLIENT.clientId;
  process.env.CLIENT_SECRET = SANDBOX_CLIENT.clientSecret;
};

export const listen = async (server: http.Server): Promise<string> => {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export const closeServer = (server: http.Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/** Fixed, obviously fake tokens for the generic server (it accepts any). */
const genericAuthData = (connection: ConnectionKind): Record<string, unknown> =>
  connection === 'agency'
    ? { access_token: 'bench-agency-token', refresh_token: 'bench-agency-refresh', companyId: DEMO.companyId, userType: 'Company' }
    : {
        access_token: 'bench-location-token',
        refresh_token: 'bench-location-refresh',
        locationId: DEMO.locationId,
        companyId: DEMO.companyId,
        userId: DEMO.userId,
        userType: 'Location',
      };

const startGeneric = async (): Promise<CountingTarget> => {
  const requestLog: RequestRecord[] = [];
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      requestLog.push({ method: request.method ?? 'GET', path: url.pathname, status: 200 });
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end('{}');
    });
  });
  const url = await listen(server);
  pointAppAt(url);
  return { kind: 'generic', url, requestLog, authData: async (connection) => genericAuthData(connection), close: () => closeServer(server) };
};

const startSandboxTarget = async (): Promise<CountingTarget> => {
  const { startSandbox } = require(SANDBOX_SERVER) as SandboxModule;
  const { connectApp } = require(SANDBOX_CONNECT) as ConnectModule;
  const sandbox = await startSandbox({ rateLimit: false });
  pointAppAt(sandbox.url);
  const connections = new Map<ConnectionKind, Record<string, unknown>>();
  return {
    kind: 'sandbox',
    url: sandbox.url,
    requestLog: sandbox.requestLog,
    // One OAuth connection of each kind for the whole run, as a Zap would have.
    authData: async (connection) => {
      const known = connections.get(connection);
      if (known) return known;
      const made = await connectApp(sandbox, { agency: connection === 'agency' });
      connections.set(connection, made);
      return made;
    },
    close: () => sandbox.close(),
  };
};

/** The sandbox when it is built (dist/sandbox/server.js and connect.js), else the generic server. */
export const startCountingTarget = async (): Promise<CountingTarget> =>
  fs.existsSync(SANDBOX_SERVER) && fs.existsSync(SANDBOX_CONNECT) ? startSandboxTarget() : startGeneric();
