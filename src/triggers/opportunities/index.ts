import type { Trigger } from 'zapier-platform-core';
import lostReasons from '../dropdowns/lostReasons';
import opportunities from '../dropdowns/opportunities';
import getOpportunity from './getOpportunity';
import listPipelines from './listPipelines';
import searchOpportunities from './searchOpportunities';

/** Opportunities triggers, plus the hidden dropdowns only this category uses (opportunities, lost reasons). */
export default [searchOpportunities, getOpportunity, listPipelines, opportunities, lostReasons] satisfies Trigger[];
