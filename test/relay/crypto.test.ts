import { constantTimeEqual, webhookVerifier } from '../../relay/src/crypto';
import { PUBLIC_KEY_PEM, whSignature } from './support';

/** The relay's Web Crypto helpers, called directly. */

const NOT_A_PEM = 'HIGHLEVEL_WEBHOOK_PUBLIC_KEY is not a PEM public key (-----BEGIN PUBLIC KEY-----).';
const BODY = '{"type":"ContactCreate","webhookId":"wh_1"}';
const bytes = (text: string) => new TextEncoder().encode(text);

describe('webhookVerifier', () => {
  it('verifies with a PEM whose line breaks are literal \\n sequences, as an environment variable carries it', async () => {
    const flattened = PUBLIC_KEY_PEM.trim().replace(/\n/g, '\\n');
    expect(flattened).not.toContain('\n');
    const verify = await webhookVerifier(flattened);
    expect(await verify(bytes(BODY), whSignature(BODY))).toBe(true);
  });

  // '' decodes to no bytes at all; '!' is no base64 character, so nothing decodes.
  it.each(['', 'not a key!'])('refuses %j as the public key, naming the variable', async (pem) => {
    await expect(webhookVerifier(pem)).rejects.toThrow(new Error(NOT_A_PEM));
  });

  it.each([
    ['signed by the key', whSignature(BODY), true],
    ['signed over another body', whSignature(`${BODY} `), false],
    // Not base64: a wrong signature, not an error.
    ['not base64', '!!!', false],
    ['empty', '', false],
  ])('answers a signature %s: %s', async (_, signature, valid) => {
    const verify = await webhookVerifier(PUBLIC_KEY_PEM);
    expect(await verify(bytes(BODY), signature)).toBe(valid);
  });
});

describe('constantTimeEqual', () => {
  it.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'ab', false],
    ['ab', 'abc', false],
    ['', '', true],
    ['', 'a', false],
  ])('%j and %j: %s', (left, right, equal) => {
    expect(constantTimeEqual(left, right)).toBe(equal);
  });
});
