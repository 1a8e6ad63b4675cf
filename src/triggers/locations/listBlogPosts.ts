import { listTrigger, UNSORTED_LIST_MAX_PAGES } from '../../factories/triggers';
import { choice, inputs, string } from '../../fields/kit';
import { BLOG_POST_STATUSES, blogId, blogPostOutputFields, blogPostSample, PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  blogId: blogId({ required: true }),
  status: choice({ label: 'Status', helpText: 'Only posts with this status.', values: BLOG_POST_STATUSES }),
  searchTerm: string({ label: 'Search Text', helpText: 'Only posts matching this text.' }),
});

/** GET /blogs/posts/all (locationId, blogId, limit, offset required); the list key is `blogs`, ids are `_id`. */
export default listTrigger({
  key: 'list_blog_posts',
  noun: 'Blog Post',
  label: 'Get Blog Posts',
  description: 'Triggers when a new post is added to the chosen blog (optionally only posts with a given status).',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/blogs/posts/all`,
    query: { locationId: connection.locationId, blogId: input.blogId, limit: PAGE_SIZE, offset: 0, status: input.status, searchTerm: input.searchTerm },
  }),
  // No sort parameter and no documented order (newest first is not guaranteed): read the pages, within the poll's budget.
  readPages: { offsetParam: 'offset', pageSize: PAGE_SIZE, maxPages: UNSORTED_LIST_MAX_PAGES },
  listKey: 'blogs',
  idField: '_id',
  newestFirstBy: 'updatedAt',
  sample: blogPostSample,
  outputFields: blogPostOutputFields,
});
