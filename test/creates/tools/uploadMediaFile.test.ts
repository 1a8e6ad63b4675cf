import nock from 'nock';
import { highLevel, run } from '../../helpers';

const PDF = Buffer.from('%PDF-1.4 a tiny quote');

/** The parts of a multipart body, by name. */
const partsOf = (body: string): Record<string, { filename?: string; type?: string; value: string }> => {
  const boundary = body.slice(0, body.indexOf('\r\n'));
  return Object.fromEntries(
    body
      .split(boundary)
      .slice(1, -1)
      .map((part) => {
        const [head = '', ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
        const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
        return [name, { filename: /filename="([^"]+)"/.exec(head)?.[1], type: /Content-Type: (.+)/.exec(head)?.[1], value: rest.join('\r\n\r\n').replace(/\r\n$/, '') }];
      }),
  );
};

describe('upload_media_file (Upload File to Media Library)', () => {
  it('downloads the Zapier file and uploads it as multipart, returning the hosted URL', async () => {
    const download = nock('https://zapier-files.example.com').get('/stash/abc/quote.pdf').reply(200, PDF, { 'Content-Type': 'application/pdf' });
    let sent: Record<string, { filename?: string; type?: string; value: string }> = {};
    const upload = highLevel()
      .matchHeader('content-type', /^multipart\/form-data; boundary=/)
      .post('/medias/upload-file', (body: string) => {
        sent = partsOf(body);
        return true;
      })
      .reply(200, { fileId: 'f1', url: 'https://storage.googleapis.com/msgsndr/loc/media/f1.pdf', traceId: 't' });
    await expect(run('creates', 'upload_media_file', { file: 'https://zapier-files.example.com/stash/abc/quote.pdf' })).resolves.toEqual({
      id: 'f1',
      fileId: 'f1',
      url: 'https://storage.googleapis.com/msgsndr/loc/media/f1.pdf',
      name: 'quote.pdf',
    });
    expect(sent).toEqual({
      file: { filename: 'quote.pdf', type: 'application/pdf', value: PDF.toString() },
      name: { filename: undefined, type: undefined, value: 'quote.pdf' },
    });
    download.done();
    upload.done();
  });

  it('sends a hosted URL as hosted=true with fileUrl, nothing downloaded', async () => {
    let sent: Record<string, { value: string }> = {};
    const upload = highLevel()
      .post('/medias/upload-file', (body: string) => {
        sent = partsOf(body);
        return true;
      })
      .reply(200, { fileId: 'f2', url: 'https://cdn.example.com/logo.png' });
    await expect(run('creates', 'upload_media_file', { fileUrl: 'https://cdn.example.com/logo.png', name: 'Logo' })).resolves.toEqual({
      id: 'f2',
      fileId: 'f2',
      url: 'https://cdn.example.com/logo.png',
      name: 'Logo',
    });
    expect(Object.fromEntries(Object.entries(sent).map(([key, part]) => [key, part.value]))).toEqual({ hosted: 'true', fileUrl: 'https://cdn.example.com/logo.png', name: 'Logo' });
    upload.done();
  });

  it('refuses a file over 25 MB before uploading it', async () => {
    const download = nock('https://zapier-files.example.com').get('/big.mp4').reply(200, 'x', { 'Content-Length': String(26 * 1024 * 1024) });
    const upload = highLevel().post('/medias/upload-file').reply(200, {});
    await expect(run('creates', 'upload_media_file', { file: 'https://zapier-files.example.com/big.mp4' })).rejects.toThrow(
      /File \(file\): HighLevel's media library takes files up to 25 MB; this one is 26\.0 MB/,
    );
    expect(upload.isDone()).toBe(false);
    download.done();
  });

  it.each([
    [{}, /Give a File \(file\) to upload, or a Hosted File URL \(fileUrl\)/],
    [{ file: 'https://a.example.com/x.pdf', fileUrl: 'https://b.example.com/y.pdf' }, /not both/],
    [{ file: 'https://services.leadconnectorhq.com/contacts/c1' }, /a file on HighLevel's API host cannot be uploaded/],
    [{ file: 'file:///etc/passwd' }, /File \(file\): expected a file or a web address starting with http/],
    [{ fileUrl: 'ftp://example.com/x' }, /Hosted File URL \(fileUrl\): expected a web address/],
  ])('refuses %o before any request', async (input, message) => {
    const anything = nock(/.*/).get(/.*/).reply(200, 'x').post(/.*/).reply(200, {});
    await expect(run('creates', 'upload_media_file', input)).rejects.toThrow(message);
    expect(anything.isDone()).toBe(false);
  });
});
