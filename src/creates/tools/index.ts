import type { Create } from 'zapier-platform-core';
import apiRequest from './apiRequest';
import uploadMediaFile from './uploadMediaFile';

export default [uploadMediaFile, apiRequest] satisfies Create[];
