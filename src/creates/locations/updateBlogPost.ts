import { createAction } from '../../factories/actions';
import type { Json } from '../../factories/common';
import { inputs, invalidInput } from '../../fields/kit';
import { blogId, blogPostId, blogPostInputs, blogPostOutputFields, blogPostSample, withBlogId } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  blogId: blogId({ required: true, altersDynamicFields: true }),
  postId: blogPostId({ required: true }),
  ...blogPostInputs(false),
});

/**
 * PUT /blogs/posts/{postId} (`UpdateBlogPostParams`) with the location and blog ids plus only the fields the
 * user mapped, so nothing else is cleared. Answers `{updatedBlogPost}`.
 */
export default createAction({
  key: 'update_blog_post',
  noun: 'Blog Post',
  label: 'Update Blog Post',
  description: 'Updates a blog post. Only the fields you fill in are changed.',
  inputs: fields,
  request: (input, { connection }) => {
    const { postId, ...changes } = input;
    if (Object.keys(changes).length <= 1) throw invalidInput(['Fill in at least one field of the post to change (Title, Content, Status…).']);
    return { method: 'PUT', path: apiPath`/blogs/posts/${postId}`, body: { ...changes, locationId: connection.locationId } };
  },
  result: (response) => withBlogId(((response as { updatedBlogPost?: Json }).updatedBlogPost ?? {}) as Json),
  notFoundMessage: (input) => `Blog post ${String(input.postId)} was not found in this sub-account.`,
  sample: blogPostSample,
  outputFields: blogPostOutputFields,
});
