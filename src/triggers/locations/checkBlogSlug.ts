import { watchTrigger } from '../../factories/triggers';
import { inputs, string } from '../../fields/kit';
import { blogId, blogPostId } from '../../fields/other';
import { apiPath } from '../../http/path';

const fields = inputs({
  urlSlug: string({ label: 'URL Slug', helpText: 'The slug to check, such as `my-first-post`.', required: true }),
  blogId: blogId({ helpText: 'Only used to choose the post below; not sent to HighLevel.', altersDynamicFields: true }),
  postId: blogPostId({ helpText: 'The post that will use this slug, when checking a slug for an existing post (its own slug does not count as taken).' }),
});

/**
 * GET /blogs/posts/url-slug-exists answers `{exists}`. As a trigger it fires on the first check and each time
 * the answer changes: the id is the slug plus `taken` / `available`.
 */
export default watchTrigger({
  key: 'check_blog_slug',
  noun: 'Blog URL Slug',
  label: 'Check Blog URL Slug',
  description: 'Triggers when a blog URL slug is first checked and each time it changes between taken and available.',
  inputs: fields,
  request: (input, { connection }) => ({
    method: 'GET',
    path: apiPath`/blogs/posts/url-slug-exists`,
    query: { urlSlug: input.urlSlug, locationId: connection.locationId, postId: input.postId },
  }),
  mapItem: (answer, input) => {
    const exists = answer.exists === true;
    return { id: input.urlSlug, urlSlug: input.urlSlug, exists, available: !exists };
  },
  changeMarker: (record) => (record.exists ? 'taken' : 'available'),
  recordIdKey: 'urlSlug',
  sample: { id: 'banana-good-energy:available', urlSlug: 'banana-good-energy', exists: false, available: true },
  outputFields: [
    { key: 'urlSlug', label: 'URL Slug' },
    { key: 'id', label: 'Change ID (slug + taken or available)' },
    { key: 'exists', label: 'Slug Is Taken', type: 'boolean' },
    { key: 'available', label: 'Slug Is Available', type: 'boolean' },
  ],
});
