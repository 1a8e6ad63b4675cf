import { highLevel, LOCATION_ID, run } from '../../helpers';
import { upsertBody } from '../../../src/creates/opportunities/upsertOpportunity';

describe('upsert_opportunity (Upsert Opportunity)', () => {
  it('posts the follower fields the spec requires with values that change nothing, and reports that it created the opportunity', async () => {
    const scope = highLevel()
      .post('/opportunities/upsert', {
        locationId: LOCATION_ID,
        contactId: 'c1',
        pipelineId: 'p1',
        pipelineStageId: 's1',
        name: 'Deal',
        status: 'open',
        monetaryValue: 220,
        followers: [],
        followersActionType: 'add',
        isRemoveAllFollowers: false,
      })
      .reply(200, { opportunity: { id: 'o9', name: 'Deal' }, new: true });

    await expect(
      run('creates', 'upsert_opportunity', { contactId: 'c1', pipelineId: 'p1', pipelineStageId: 's1', name: 'Deal', status: 'open', monetaryValue: '220' }),
    ).resolves.toEqual({ id: 'o9', name: 'Deal', new: true });
    scope.done();
  });

  it('updates a chosen opportunity, adding followers, and reports new: false', async () => {
    const scope = highLevel()
      .post('/opportunities/upsert', {
        id: 'o1',
        locationId: LOCATION_ID,
        pipelineId: 'p1',
        status: 'lost',
        lostReasonId: 'lr1',
        followers: ['u1', 'u2'],
        followersActionType: 'add',
        isRemoveAllFollowers: false,
      })
      .reply(200, { opportunity: { id: 'o1', status: 'lost' }, new: false });

    await expect(
      run('creates', 'upsert_opportunity', { opportunityId: 'o1', pipelineId: 'p1', status: 'lost', lostReasonId: 'lr1', followers: 'u1, u2' }),
    ).resolves.toEqual({ id: 'o1', status: 'lost', new: false });
    scope.done();
  });

  it('needs an opportunity or a contact, and the pipeline', async () => {
    await expect(run('creates', 'upsert_opportunity', { pipelineId: 'p1' })).rejects.toThrow(/Opportunity to Update \(opportunityId\) or a Contact \(contactId\)/);
    await expect(run('creates', 'upsert_opportunity', { contactId: 'c1' })).rejects.toThrow(/Pipeline \(pipelineId\) is required/);
  });

  it('upsertBody leaves out what was not mapped; no follower mapped adds none and removes none', () => {
    const unchangedFollowers = { followers: [], followersActionType: 'add', isRemoveAllFollowers: false };
    expect(upsertBody({ pipelineId: 'p1' }, 'loc')).toEqual({ locationId: 'loc', pipelineId: 'p1', ...unchangedFollowers });
    expect(upsertBody({ pipelineId: 'p1', followers: [] }, 'loc')).toEqual({ locationId: 'loc', pipelineId: 'p1', ...unchangedFollowers });
  });
});
