import type { Search } from 'zapier-platform-core';

export default [] satisfies Search[];
