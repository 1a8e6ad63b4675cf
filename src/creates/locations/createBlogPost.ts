import { createAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { inputs } from '../../fields/kit';
import { blogId, blogPostInputs, blogPostOutputFields, blogPostSample, withBlogId } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  blogId: blogId({ required: true }),
  ...blogPostInputs(true),
});

/** POST /blogs/posts (`CreateBlogPostParams`: every field but tags and canonical link is required); answers `{data}`. */
export default createAction({
  key: 'create_blog_post',
  noun: 'Blog Post',
  label: 'Create Blog Post',
  description: 'Creates a blog post in the chosen blog: as a draft, published, scheduled or archived.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'POST',
    path: apiPath`/blogs/posts`,
    body: { ...input, locationId: connection.locationId },
  }),
  result: (response) => withBlogId(((response as { data?: Json }).data ?? {}) as Json),
  sample: blogPostSample,
  outputFields: blogPostOutputFields,
});
