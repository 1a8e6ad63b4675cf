import type { Trigger } from 'zapier-platform-core';

export default [] satisfies Trigger[];
