import { highLevel, run } from '../../helpers';

describe('update_opportunity_status (Update Opportunity Status)', () => {
  it('puts the status and the lost reason', async () => {
    const scope = highLevel().put('/opportunities/o1/status', { status: 'lost', lostReasonId: 'lr1' }).reply(200, { succeded: true });
    await expect(run('creates', 'update_opportunity_status', { opportunityId: 'o1', status: 'lost', lostReasonId: 'lr1' })).resolves.toEqual({
      id: 'o1',
      status: 'lost',
      lostReasonId: 'lr1',
      succeeded: true,
    });
    scope.done();
  });

  it('sends only the status when no lost reason is mapped', async () => {
    const scope = highLevel().put('/opportunities/o1/status', { status: 'won' }).reply(200, { succeded: true });
    await expect(run('creates', 'update_opportunity_status', { opportunityId: 'o1', status: 'won', lostReasonId: '' })).resolves.toEqual({
      id: 'o1',
      status: 'won',
      succeeded: true,
    });
    scope.done();
  });

  it('requires a valid status', async () => {
    await expect(run('creates', 'update_opportunity_status', { opportunityId: 'o1' })).rejects.toThrow(/Status \(status\) is required/);
    await expect(run('creates', 'update_opportunity_status', { opportunityId: 'o1', status: 'closed' })).rejects.toThrow(/expected one of/);
  });
});
