import type { Relay, WaitUntil } from '../src/relay';
import { createRelay } from '../src/relay';
import { sqlStore } from '../src/store';
import type { D1Like } from './d1';
import { d1Driver } from './d1';

export interface Env {
  DB: D1Like;
  RELAY_SECRET: string;
  HIGHLEVEL_WEBHOOK_PUBLIC_KEY?: string;
  /** Only for the offline test in workerd; never set it in production. */
  RELAY_ALLOW_LOOPBACK_HOOKS?: string;
}

let relay: Relay | undefined;

/** The relay on Cloudflare Workers + D1 (relay/wrangler.toml). One relay per isolate: keys are imported once. */
export default {
  async fetch(request: Request, env: Env, context: WaitUntil): Promise<Response> {
    relay ??= createRelay(sqlStore(d1Driver(env.DB)), {
      secret: env.RELAY_SECRET,
      publicKeyPem: env.HIGHLEVEL_WEBHOOK_PUBLIC_KEY,
      allowLoopbackHooks: env.RELAY_ALLOW_LOOPBACK_HOOKS === 'true',
    });
    return relay.fetch(request, context);
  },
};
