import nock from 'nock';

// Tests never reach a real server: only nock scopes and servers on loopback answer.
nock.disableNetConnect();
nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);

process.env.CLIENT_ID = 'test-client-id';
process.env.CLIENT_SECRET = 'test-client-secret-value';
delete process.env.HIGHLEVEL_API_BASE_URL;

afterEach(() => {
  nock.cleanAll();
});

// nock patches Node's http module, which outlives each test file's module registry: unpatch after every file
// so the next file's nock instance takes over.
afterAll(() => {
  nock.restore();
});
