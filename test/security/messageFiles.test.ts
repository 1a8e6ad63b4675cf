import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_TEXT_BYTES } from '../../src/triggers/conversations/messageFiles';
import { failureOf, highLevel, LOCATION_ID } from '../helpers';
import { runTrigger } from '../triggers/conversations/fileTester';

/** Issue 15.11: the transcription trigger reads at most MAX_TEXT_BYTES of a file, never a whole 50 MB one. */

const PATH = `/conversations/locations/${LOCATION_ID}/messages/m1/transcription/download`;

describe('15.11 the transcription trigger reads a file of any size safely', () => {
  it('states its cap: 1 MB', () => {
    expect(MAX_TEXT_BYTES).toBe(1024 * 1024);
  });

  it('refuses a file whose Content-Length is past the cap, with a clear error', async () => {
    const scope = highLevel('2021-04-15')
      .get(PATH)
      .reply(200, 'x'.repeat(16), { 'Content-Type': 'text/plain', 'Content-Length': String(50 * 1024 * 1024) });
    const error = await failureOf(runTrigger('download_message_transcription', { messageId: 'm1' }));
    expect(error.message).toMatch(/The transcription of message m1 is larger than 1 MB.*Use its File field in a later step instead/);
    scope.done();
  });

  it('stops reading a streamed file (no Content-Length) soon after it passes the cap', async () => {
    // A real local server (nock buffers a whole stream first): it offers 50 MB in 64 KB chunks, honouring backpressure.
    let served = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain' });
      const pump = () => {
        while (served < 50 * 1024 * 1024 && !response.destroyed) {
          served += chunk.length;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const saved = { base: process.env.HIGHLEVEL_API_BASE_URL, local: process.env.HIGHLEVEL_LOCAL_TESTING };
    process.env.HIGHLEVEL_API_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    process.env.HIGHLEVEL_LOCAL_TESTING = 'true';
    try {
      const error = await failureOf(runTrigger('download_message_transcription', { messageId: 'm1' }));
      expect(error.message).toMatch(/larger than 1 MB/);
      expect(served).toBeLessThan(16 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (saved.base === undefined) delete process.env.HIGHLEVEL_API_BASE_URL;
      else process.env.HIGHLEVEL_API_BASE_URL = saved.base;
      if (saved.local === undefined) delete process.env.HIGHLEVEL_LOCAL_TESTING;
      else process.env.HIGHLEVEL_LOCAL_TESTING = saved.local;
    }
  });

  it('reads a file just under the cap whole', async () => {
    const text = 'a'.repeat(MAX_TEXT_BYTES - 10);
    const scope = highLevel('2021-04-15').get(PATH).reply(200, text, { 'Content-Type': 'text/plain' });
    const items = await runTrigger<Array<{ text: string }>>('download_message_transcription', { messageId: 'm1' });
    expect(items[0]?.text).toBe(text);
    scope.done();
  });
});
