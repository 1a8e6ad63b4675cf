import type { Create } from 'zapier-platform-core';

export default [] satisfies Create[];
