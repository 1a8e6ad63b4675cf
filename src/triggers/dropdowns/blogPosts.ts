import { dropdownTrigger } from '../../factories/triggers';
import { inputs } from '../../fields/kit';
import { blogId, PAGE_SIZE } from '../../fields/other';
import { apiPath } from '../../http/path';

/** Posts of the blog chosen in the same step (GET /blogs/posts/all: blogId, limit/offset required); the name is the title. */
export default dropdownTrigger({
  key: 'dropdown_blog_posts',
  noun: 'Blog Post',
  inputs: inputs({ blogId: blogId({ required: true, helpText: 'Choose the blog first.' }) }),
  request: (input, { connection, page }) => ({
    method: 'GET',
    path: apiPath`/blogs/posts/all`,
    query: { locationId: connection.locationId, blogId: input.blogId, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
  }),
  listKey: 'blogs',
  idField: '_id',
  canPaginate: true,
  mapItem: (post) => ({ ...post, name: post.title ?? post.urlSlug }),
  sample: { id: '66c381b38be80858b9af62b6', _id: '66c381b38be80858b9af62b6', name: 'Banana is good source of energy' },
});
