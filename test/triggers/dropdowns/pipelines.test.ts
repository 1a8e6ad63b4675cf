import { highLevel, LOCATION_ID, run } from '../../helpers';

// Answer shape: GET /opportunities/pipelines → {pipelines: [{id, name, stages: [{id, name}], …}]} (official spec, get-pipelines).
const PIPELINES = [
  { id: 'pl1', name: 'Sales Pipeline', stages: [{ id: 'st1', name: 'New Lead' }, { id: 'st2', name: 'Won' }], locationId: LOCATION_ID },
  { id: 'pl2', name: 'Renewals', stages: [{ id: 'st3', name: 'Due' }], locationId: LOCATION_ID },
];

describe('dropdown_pipelines', () => {
  it('lists the pipelines of the sub-account', async () => {
    const scope = highLevel().get('/opportunities/pipelines').query({ locationId: LOCATION_ID }).reply(200, { pipelines: PIPELINES });
    expect(await run('triggers', 'dropdown_pipelines')).toEqual(PIPELINES);
    scope.done();
  });
});

describe('dropdown_pipeline_stages', () => {
  it('lists every stage as "Pipeline › Stage" while no pipeline is chosen', async () => {
    const scope = highLevel().get('/opportunities/pipelines').query({ locationId: LOCATION_ID }).reply(200, { pipelines: PIPELINES });
    expect(await run('triggers', 'dropdown_pipeline_stages')).toEqual([
      { id: 'st1', name: 'Sales Pipeline › New Lead', pipelineId: 'pl1' },
      { id: 'st2', name: 'Sales Pipeline › Won', pipelineId: 'pl1' },
      { id: 'st3', name: 'Renewals › Due', pipelineId: 'pl2' },
    ]);
    scope.done();
  });

  it('lists the stages of the chosen pipeline by their own names', async () => {
    const scope = highLevel().get('/opportunities/pipelines').query({ locationId: LOCATION_ID }).reply(200, { pipelines: PIPELINES });
    expect(await run('triggers', 'dropdown_pipeline_stages', { pipelineId: 'pl2' })).toEqual([{ id: 'st3', name: 'Due', pipelineId: 'pl2' }]);
    scope.done();
  });
});
