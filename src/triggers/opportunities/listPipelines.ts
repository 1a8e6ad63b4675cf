import { listTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/** GET /opportunities/pipelines returns every pipeline with its stages at once. */
export default listTrigger({
  key: 'list_pipelines',
  noun: 'Pipeline',
  label: 'List Pipelines',
  description: 'Triggers when a new opportunity pipeline is added to the sub-account.',
  inputs: inputs({}),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/opportunities/pipelines`, query: { locationId: connection.locationId } }),
  listKey: 'pipelines',
  mapItem: (pipeline) => {
    const stages = Array.isArray(pipeline.stages) ? (pipeline.stages as Array<Record<string, unknown>>) : [];
    return { ...pipeline, stages, stageNames: stages.map((stage) => String(stage?.name ?? '')).filter(Boolean) };
  },
  sample: {
    id: 'VDm7RPYC2GLUvdpKmBfC',
    name: 'Sales Pipeline',
    stages: [
      { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New Lead', position: 0 },
      { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Proposal Sent', position: 1 },
    ],
    stageNames: ['New Lead', 'Proposal Sent'],
    showInFunnel: true,
    showInPieChart: true,
    locationId: 've9EPM428h8vShlRW1KT',
  },
  outputFields: [
    { key: 'id', label: 'Pipeline ID' },
    { key: 'name', label: 'Pipeline Name' },
    { key: 'stages[]id', label: 'Stage IDs' },
    { key: 'stages[]name', label: 'Stage Names' },
    { key: 'stageNames', label: 'Stage Names (list)', list: true },
    { key: 'showInFunnel', label: 'Show in Funnel Chart', type: 'boolean' },
    { key: 'showInPieChart', label: 'Show in Pie Chart', type: 'boolean' },
    { key: 'locationId', label: 'Sub-account' },
  ],
});
