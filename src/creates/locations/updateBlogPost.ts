import { errors } from 'zapier-platform-core';
import { createAction } from '../../factories/actions';
import type { Context, Json } from '../../factories/common';
import { inputs, text } from '../../fields/kit';
import { blogId, blogPostId, blogPostInputs, blogPostOutputFields, blogPostSample, withBlogId } from '../../fields/other';
import { callApi } from '../../http/client';
import { apiPath } from '../../http/path';

const fields = inputs({
  blogId: blogId({ required: true, altersDynamicFields: true }),
  postId: blogPostId({ required: true }),
  ...blogPostInputs(false),
  // HighLevel's list of posts does not include their content, so it cannot be kept from the post as it is.
  rawHTML: text({
    label: 'Content (HTML)',
    required: true,
    helpText: 'The full body of the post as HTML. HighLevel replaces the content on every update, so map the whole content (for example from the post you found), not only the changed part.',
  }),
});

/** The fields UpdateBlogPostParams requires besides the ids and the content: kept from the post when not mapped. */
const KEPT = ['title', 'description', 'imageUrl', 'status', 'imageAltText', 'categories', 'author', 'urlSlug', 'publishedAt'] as const;
const PAGE_SIZE = 100;
const MAX_PAGES = 20;

const notFound = (postId: string) => `Blog post ${postId} was not found in this sub-account.`;

/** The post as it is, from GET /blogs/posts/all (there is no single-post GET), a page at a time. */
const currentPost = async ({ z, bundle, connection }: Context, blog: string, postId: string): Promise<Json> => {
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const answer = await callApi<{ blogs?: Json[] }>(z, bundle, {
      method: 'GET',
      path: apiPath`/blogs/posts/all`,
      query: { locationId: connection.locationId, blogId: blog, limit: PAGE_SIZE, offset: page * PAGE_SIZE },
    });
    const posts = answer.blogs ?? [];
    const found = posts.find((post) => post._id === postId || post.id === postId);
    if (found) return found;
    if (posts.length < PAGE_SIZE) break;
  }
  throw new errors.Error(notFound(postId), 'NotFound', 404);
};

/**
 * PUT /blogs/posts/{postId} (`UpdateBlogPostParams`). HighLevel requires every field of the post on an update, so
 * the ones left unmapped are filled from the post as it is: nothing the user did not map is changed. Answers
 * `{updatedBlogPost}`.
 */
export default createAction({
  key: 'update_blog_post',
  noun: 'Blog Post',
  label: 'Update Blog Post',
  description: 'Updates a blog post. Fields you leave empty keep their current values.',
  inputs: fields,
  request: async (input, context) => {
    const { postId, ...changes } = input;
    const missing = KEPT.filter((key) => changes[key] === undefined);
    const current = missing.length ? await currentPost(context, input.blogId, postId) : {};
    const kept = Object.fromEntries(missing.filter((key) => current[key] !== undefined && current[key] !== null).map((key) => [key, current[key]]));
    return { method: 'PUT', path: apiPath`/blogs/posts/${postId}`, body: { ...kept, ...changes, locationId: context.connection.locationId } };
  },
  result: (response) => withBlogId(((response as { updatedBlogPost?: Json }).updatedBlogPost ?? {}) as Json),
  notFoundMessage: (input) => notFound(String(input.postId)),
  sample: blogPostSample,
  outputFields: blogPostOutputFields,
});
