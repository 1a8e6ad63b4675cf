import { dropdownTrigger } from '../../factories/triggers';
import type { Json } from '../../factories/common';
import { id, inputs } from '../../fields/kit';
import { apiPath } from '../../http/path';

/**
 * Stages of the chosen pipeline (the `pipelineId` input of the operation), or of every pipeline,
 * labelled "Pipeline › Stage", when none is chosen yet.
 */
export default dropdownTrigger({
  key: 'dropdown_pipeline_stages',
  noun: 'Pipeline Stage',
  inputs: inputs({ pipelineId: id({ label: 'Pipeline' }) }),
  request: (_input, { connection }) => ({ method: 'GET', path: apiPath`/opportunities/pipelines`, query: { locationId: connection.locationId } }),
  items: (response, input) => stagesOf(response, input.pipelineId),
  sample: { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'Sales Pipeline › New Lead', pipelineId: 'VDm7RPYC2GLUvdpKmBfC' },
});

/** Flattens `{pipelines: [{id, name, stages: [...]}]}` into the stages of one pipeline or all. */
export const stagesOf = (response: unknown, pipelineId?: string): Json[] => {
  const pipelines = ((response as { pipelines?: Json[] })?.pipelines ?? []).filter((pipeline) => !pipelineId || pipeline.id === pipelineId);
  return pipelines.flatMap((pipeline) =>
    ((pipeline.stages as Json[] | undefined) ?? []).map((stage) => ({
      ...stage,
      pipelineId: pipeline.id,
      name: pipelineId ? stage.name : `${String(pipeline.name)} › ${String(stage.name)}`,
    })),
  );
};
