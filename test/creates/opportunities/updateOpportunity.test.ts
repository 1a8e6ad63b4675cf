import { highLevel, LOCATION_ID, run } from '../../helpers';

describe('update_opportunity (Update Opportunity)', () => {
  it('sends only the mapped fields (moving the stage) and returns the opportunity', async () => {
    const scope = highLevel()
      .put('/opportunities/o1', { pipelineId: 'p1', pipelineStageId: 's2', monetaryValue: 900 })
      .reply(200, { opportunity: { id: 'o1', pipelineStageId: 's2', monetaryValue: 900 } });

    await expect(
      run('creates', 'update_opportunity', { opportunityId: 'o1', pipelineId: 'p1', pipelineStageId: 's2', monetaryValue: 900, name: '', status: null }),
    ).resolves.toEqual({ id: 'o1', pipelineStageId: 's2', monetaryValue: 900 });
    scope.done();
  });

  it('writes mapped custom fields', async () => {
    const scope = highLevel()
      .get(`/locations/${LOCATION_ID}/customFields`)
      .query({ model: 'opportunity' })
      .reply(200, { customFields: [{ id: 'cf1', name: 'Notes', dataType: 'TEXT', model: 'opportunity' }] })
      .put('/opportunities/o1', { status: 'won', customFields: [{ id: 'cf1', fieldValue: 'Signed' }] })
      .reply(200, { opportunity: { id: 'o1', status: 'won' } });

    await expect(run('creates', 'update_opportunity', { opportunityId: 'o1', status: 'won', customField_cf1: 'Signed' })).resolves.toEqual({
      id: 'o1',
      status: 'won',
    });
    scope.done();
  });

  it('says when the opportunity does not exist', async () => {
    const scope = highLevel().put('/opportunities/gone', { name: 'X' }).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'update_opportunity', { opportunityId: 'gone', name: 'X' })).rejects.toThrow(
      /Opportunity gone was not found in HighLevel\. It may have been deleted already\./,
    );
    scope.done();
  });

  it('refuses a bad status before sending anything', async () => {
    await expect(run('creates', 'update_opportunity', { opportunityId: 'o1', status: 'all' })).rejects.toThrow(
      /Status \(status\): expected one of: open, won, lost, abandoned/,
    );
  });
});
