import nock from 'nock';
import App from '../../../index';
import { appTester, authData, highLevel, LOCATION_ID, run } from '../../helpers';
import { freezeNow, type Item, ZapierDedupe } from './support';

freezeNow();

// NOW is 2026-12-01T12:00Z: the window is yesterday and today (UTC).
const WINDOW = { startAt: '2026-11-30', endAt: '2026-12-01', limit: '100' };

const submission = (id: string, createdAt: string, others: Record<string, unknown> = {}) => ({
  id,
  contactId: `contact-${id}`,
  createdAt,
  formId: 'f1',
  name: 'Alex Morgan',
  email: 'alex@example.com',
  others: { full_name: 'Alex Morgan', ...others },
});

describe('new_form_submission (New Form Submission)', () => {
  it('asks GET /forms/submissions for yesterday and today (page 1 of 100) and outputs each submission, newest first', async () => {
    const scope = highLevel()
      .get('/forms/submissions')
      .query({ locationId: LOCATION_ID, formId: 'f1', page: '1', ...WINDOW })
      .reply(200, {
        submissions: [submission('s1', '2026-11-30T09:00:00.000Z', { cf1: 'Kitchen' }), submission('s2', '2026-12-01T09:00:00.000Z')],
        meta: { total: 2, currentPage: 1, nextPage: null, prevPage: null },
        traceId: 'trace-1',
      });
    const items = await run<Item[]>('triggers', 'new_form_submission', { formId: 'f1' });
    expect(items.map((item) => item.id)).toEqual(['s2', 's1']);
    expect(items[1]).toMatchObject({ submissionId: 's1', formId: 'f1', others: { cf1: 'Kitchen', full_name: 'Alex Morgan' } });
    scope.done();
  });

  it('reads the next page while pages are full, at most 3 per poll', async () => {
    const full = (page: number) => Array.from({ length: 100 }, (_, index) => submission(`p${page}-${index}`, '2026-12-01T08:00:00.000Z'));
    const scope = highLevel();
    for (const page of [1, 2, 3]) {
      scope.get('/forms/submissions').query({ locationId: LOCATION_ID, page: String(page), ...WINDOW }).reply(200, { submissions: full(page) });
    }
    const items = await run<Item[]>('triggers', 'new_form_submission');
    expect(items).toHaveLength(300);
    scope.done();
  });

  it('fires once per submission: not again on the next poll', async () => {
    const zap = new ZapierDedupe('new_form_submission');
    const first = submission('s1', '2026-12-01T09:00:00.000Z');
    const answer = (submissions: unknown[]) =>
      highLevel().get('/forms/submissions').query({ locationId: LOCATION_ID, page: '1', ...WINDOW }).reply(200, { submissions });
    answer([first]);
    expect(await zap.poll()).toEqual([]);
    answer([submission('s2', '2026-12-01T11:00:00.000Z'), first]);
    expect((await zap.poll()).map((item) => item.id)).toEqual(['s2']);
    answer([submission('s2', '2026-12-01T11:00:00.000Z'), first]);
    expect(await zap.poll()).toEqual([]);
    expect(nock.isDone()).toBe(true);
  });

  it('labels the answers with the sub-account\'s custom fields (others keyed by field id)', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'contact' })
      .reply(200, { customFields: [{ id: 'cf1', name: 'Project type', dataType: 'TEXT', model: 'contact' }] });
    const { outputFields } = App.triggers!.new_form_submission!.operation as { outputFields: unknown[] };
    const dynamic = outputFields.find((field) => typeof field === 'function');
    const fields = (await appTester(dynamic as never, { authData, inputData: {} } as never)) as Array<{ key: string; label: string }>;
    expect(fields).toEqual(expect.arrayContaining([{ key: 'others__cf1', label: 'Answer: Project type' }, { key: 'others__email', label: 'Answer: Email' }]));
    scope.done();
  });
});

describe('new_survey_submission (New Survey Submission)', () => {
  it('asks GET /surveys/submissions with the survey filter and the same window', async () => {
    const scope = highLevel()
      .get('/surveys/submissions')
      .query({ locationId: LOCATION_ID, surveyId: 'sv1', page: '1', ...WINDOW })
      .reply(200, { submissions: [{ ...submission('r1', '2026-12-01T10:00:00.000Z'), formId: undefined, surveyId: 'sv1' }] });
    const items = await run<Item[]>('triggers', 'new_survey_submission', { surveyId: 'sv1' });
    expect(items).toEqual([expect.objectContaining({ id: 'r1', submissionId: 'r1', surveyId: 'sv1' })]);
    scope.done();
  });
});

describe('dropdown_forms and dropdown_surveys', () => {
  it.each([
    ['dropdown_forms', '/forms/', 'forms'],
    ['dropdown_surveys', '/surveys/', 'surveys'],
  ])('%s lists GET %s 50 at a time, paged with skip', async (key, path, listKey) => {
    const scope = highLevel()
      .get(path)
      .query({ locationId: LOCATION_ID, limit: '50', skip: '50' })
      .reply(200, { [listKey]: [{ id: 'x1', name: 'Contact us', locationId: LOCATION_ID }], total: 51 });
    const items = await run<Item[]>('triggers', key, {}, { meta: { page: 1 } });
    expect(items).toEqual([{ id: 'x1', name: 'Contact us', locationId: LOCATION_ID }]);
    scope.done();
  });
});
