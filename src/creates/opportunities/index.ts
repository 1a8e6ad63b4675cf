import type { Create } from 'zapier-platform-core';
import addOpportunityFollowers from './addOpportunityFollowers';
import createOpportunity from './createOpportunity';
import deleteOpportunity from './deleteOpportunity';
import removeOpportunityFollowers from './removeOpportunityFollowers';
import updateOpportunity from './updateOpportunity';
import updateOpportunityStatus from './updateOpportunityStatus';
import upsertOpportunity from './upsertOpportunity';

export default [
  createOpportunity,
  updateOpportunity,
  deleteOpportunity,
  updateOpportunityStatus,
  upsertOpportunity,
  addOpportunityFollowers,
  removeOpportunityFollowers,
] satisfies Create[];
