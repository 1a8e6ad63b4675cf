import type { Trigger } from 'zapier-platform-core';
import listCampaigns from './listCampaigns';
import listSnapshots from './listSnapshots';
import listWorkflows from './listWorkflows';

export default [listWorkflows, listSnapshots, listCampaigns] satisfies Trigger[];
