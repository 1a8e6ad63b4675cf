import { startRelayServer } from './server';

/** `npm run relay`: the relay on this machine, configured from the environment (README: "Instant triggers and the relay"). */
const main = async () => {
  const secret = process.env.RELAY_SECRET ?? '';
  if (!secret) {
    console.error('Set RELAY_SECRET (the same value as in the Zapier app) before starting the relay.');
    process.exit(1);
  }
  const running = await startRelayServer({
    secret,
    port: Number(process.env.RELAY_PORT || 8787),
    host: process.env.RELAY_HOST || '127.0.0.1',
    database: process.env.RELAY_DB || 'relay.sqlite',
    publicKeyPem: process.env.HIGHLEVEL_WEBHOOK_PUBLIC_KEY,
    allowLoopbackHooks: process.env.RELAY_ALLOW_LOOPBACK_HOOKS === 'true',
  });
  console.log(`Relay listening on ${running.url} (webhook URL: ${running.url}/highlevel/webhook)`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
