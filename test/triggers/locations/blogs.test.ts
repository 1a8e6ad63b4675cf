import { highLevel, LOCATION_ID, run } from '../../helpers';

type Items = Array<Record<string, unknown>>;

describe('check_blog_slug (Check Blog URL Slug)', () => {
  it('fires with slug + answer as id, so a change of answer fires again', async () => {
    const scope = highLevel()
      .get('/blogs/posts/url-slug-exists')
      .query({ urlSlug: 'my-post', locationId: LOCATION_ID })
      .reply(200, { exists: false })
      .get('/blogs/posts/url-slug-exists')
      .query({ urlSlug: 'my-post', locationId: LOCATION_ID, postId: 'p1' })
      .reply(200, { exists: true });
    await expect(run('triggers', 'check_blog_slug', { urlSlug: 'my-post' })).resolves.toEqual([
      { id: 'my-post:available', urlSlug: 'my-post', exists: false, available: true },
    ]);
    await expect(run('triggers', 'check_blog_slug', { urlSlug: 'my-post', blogId: 'b1', postId: 'p1' })).resolves.toEqual([
      { id: 'my-post:taken', urlSlug: 'my-post', exists: true, available: false },
    ]);
    scope.done();
  });

  it('needs the slug', async () => {
    await expect(run('triggers', 'check_blog_slug', {})).rejects.toThrow(/URL Slug \(urlSlug\) is required/);
  });
});

describe('list_blog_authors (Get Blog Authors)', () => {
  it('sends the required limit/offset and uses `_id` as id', async () => {
    const scope = highLevel()
      .get('/blogs/authors')
      .query({ locationId: LOCATION_ID, limit: '100', offset: '0' })
      .reply(200, {
        authors: [
          { _id: 'a1', name: 'Old', updatedAt: '2025-01-01T00:00:00.000Z' },
          { _id: 'a2', name: 'New', updatedAt: '2025-02-01T00:00:00.000Z' },
        ],
      });
    const items = await run<Items>('triggers', 'list_blog_authors');
    expect(items).toEqual([
      { _id: 'a2', id: 'a2', name: 'New', updatedAt: '2025-02-01T00:00:00.000Z' },
      { _id: 'a1', id: 'a1', name: 'Old', updatedAt: '2025-01-01T00:00:00.000Z' },
    ]);
    scope.done();
  });
});

describe('list_blog_categories (Get Blog Categories)', () => {
  it('sends the required limit/offset and reads `categories`', async () => {
    const scope = highLevel()
      .get('/blogs/categories')
      .query({ locationId: LOCATION_ID, limit: '100', offset: '0' })
      .reply(200, { categories: [{ _id: 'c1', label: 'Growth', urlSlug: 'growth' }] });
    await expect(run('triggers', 'list_blog_categories')).resolves.toEqual([{ _id: 'c1', id: 'c1', label: 'Growth', urlSlug: 'growth' }]);
    scope.done();
  });
});

describe('list_blog_posts (Get Blog Posts)', () => {
  it('reads the posts of a blog (list key `blogs`) with status and search filters', async () => {
    const scope = highLevel()
      .get('/blogs/posts/all')
      .query({ locationId: LOCATION_ID, blogId: 'b1', limit: '100', offset: '0', status: 'PUBLISHED', searchTerm: 'ai news' })
      .reply(200, { blogs: [{ _id: 'p1', title: 'Hello', status: 'PUBLISHED' }] });
    await expect(run('triggers', 'list_blog_posts', { blogId: 'b1', status: 'PUBLISHED', searchTerm: 'ai news' })).resolves.toEqual([
      { _id: 'p1', id: 'p1', title: 'Hello', status: 'PUBLISHED' },
    ]);
    scope.done();
  });

  it('needs the blog and a known status', async () => {
    await expect(run('triggers', 'list_blog_posts', { status: 'LIVE' })).rejects.toThrow(
      /Blog \(blogId\) is required\. Status \(status\): expected one of: DRAFT, PUBLISHED, SCHEDULED, ARCHIVED/,
    );
  });
});

describe('list_blogs (Get Blogs by Location)', () => {
  it('sends the required skip/limit and reads `data`', async () => {
    const scope = highLevel()
      .get('/blogs/site/all')
      .query({ locationId: LOCATION_ID, skip: '0', limit: '100' })
      .reply(200, { data: [{ _id: 'b1', name: 'My blog' }] });
    await expect(run('triggers', 'list_blogs')).resolves.toEqual([{ _id: 'b1', id: 'b1', name: 'My blog' }]);
    scope.done();
  });
});

describe('blog dropdowns', () => {
  it('dropdown_blogs pages with skip/limit', async () => {
    const scope = highLevel()
      .get('/blogs/site/all')
      .query({ locationId: LOCATION_ID, skip: '100', limit: '100' })
      .reply(200, { data: [{ _id: 'b2', name: 'Second blog' }] });
    await expect(run('triggers', 'dropdown_blogs', {}, { meta: { page: 1 } })).resolves.toEqual([{ _id: 'b2', id: 'b2', name: 'Second blog' }]);
    scope.done();
  });

  it('dropdown_blog_authors and dropdown_blog_categories page with limit/offset; categories are named by label', async () => {
    const scope = highLevel()
      .get('/blogs/authors')
      .query({ locationId: LOCATION_ID, limit: '100', offset: '0' })
      .reply(200, { authors: [{ _id: 'a1', name: 'Ada' }] })
      .get('/blogs/categories')
      .query({ locationId: LOCATION_ID, limit: '100', offset: '200' })
      .reply(200, { categories: [{ _id: 'c1', label: 'Growth' }] });
    await expect(run('triggers', 'dropdown_blog_authors')).resolves.toEqual([{ _id: 'a1', id: 'a1', name: 'Ada' }]);
    await expect(run('triggers', 'dropdown_blog_categories', {}, { meta: { page: 2 } })).resolves.toEqual([
      { _id: 'c1', id: 'c1', label: 'Growth', name: 'Growth' },
    ]);
    scope.done();
  });

  it('dropdown_blog_posts lists the posts of the chosen blog, named by title', async () => {
    const scope = highLevel()
      .get('/blogs/posts/all')
      .query({ locationId: LOCATION_ID, blogId: 'b1', limit: '100', offset: '0' })
      .reply(200, { blogs: [{ _id: 'p1', title: 'Hello' }] });
    await expect(run('triggers', 'dropdown_blog_posts', { blogId: 'b1' })).resolves.toEqual([{ _id: 'p1', id: 'p1', title: 'Hello', name: 'Hello' }]);
    scope.done();
    await expect(run('triggers', 'dropdown_blog_posts', {})).rejects.toThrow(/Blog \(blogId\) is required/);
  });
});
