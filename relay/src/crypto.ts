/** Web Crypto only, so the same code runs on Node 22 and on Cloudflare Workers. */

/**
 * HighLevel's published webhook public key (RSA, SHA-256 signatures in `x-wh-signature`), from
 * highlevel-api-docs `docs/oauth/WebhookAuthentication.md`. HIGHLEVEL_WEBHOOK_PUBLIC_KEY overrides it (rotation, tests).
 */
export const HIGHLEVEL_WEBHOOK_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;

/** A Web Crypto key (named through the API: Node's types do not expose the global CryptoKey under lib ES2023). */
type RelayKey = Awaited<ReturnType<typeof crypto.subtle.importKey>>;

const encoder = new TextEncoder();

const base64Bytes = (value: string): Uint8Array | undefined => {
  try {
    const binary = atob(value.replace(/\s+/g, ''));
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
};

const pemBytes = (pem: string): Uint8Array => {
  const bytes = base64Bytes(pem.replace(/-----(BEGIN|END) PUBLIC KEY-----/g, '').replace(/\\n/g, ''));
  if (!bytes || bytes.length === 0) throw new Error('HIGHLEVEL_WEBHOOK_PUBLIC_KEY is not a PEM public key (-----BEGIN PUBLIC KEY-----).');
  return bytes;
};

/** The verifier of `x-wh-signature`: RSASSA-PKCS1-v1_5 with SHA-256 over the raw body, base64 (what Node's createVerify('SHA256') checks). */
export const webhookVerifier = async (pem: string): Promise<(body: Uint8Array, signature: string) => Promise<boolean>> => {
  const key = await crypto.subtle.importKey('spki', pemBytes(pem), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['verify']);
  return async (body, signature) => {
    const signatureBytes = base64Bytes(signature);
    if (!signatureBytes || signatureBytes.length === 0) return false;
    return crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signatureBytes, body);
  };
};

const hex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/** HMAC-SHA256 of the text with RELAY_SECRET, hex. */
export const hmacKey = async (secret: string): Promise<RelayKey> =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);

export const hmacHex = async (key: RelayKey, text: string): Promise<string> => hex(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));

/** Compares two strings in time that depends only on their length (a signature's length is public). */
export const constantTimeEqual = (a: string, b: string): boolean => {
  const left = encoder.encode(a);
  const right = encoder.encode(b);
  let difference = left.length ^ right.length;
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  return difference === 0;
};

export const randomId = (): string => crypto.randomUUID();
