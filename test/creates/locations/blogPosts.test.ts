import { highLevel, LOCATION_ID, run } from '../../helpers';

const post = {
  _id: 'p1',
  title: 'Banana is good source of energy',
  status: 'PUBLISHED',
  urlSlug: 'banana-good-energy',
  publishedAt: '2026-02-05T18:30:47.000Z',
};

const complete = {
  blogId: 'b1',
  title: 'Banana is good source of energy',
  description: 'Why bananas',
  rawHTML: '<h1>Bananas</h1>',
  status: 'PUBLISHED',
  publishedAt: '2026-02-05T13:30:47-05:00',
  author: 'a1',
  categories: ['c1', 'c2'],
  urlSlug: 'banana-good-energy',
  imageUrl: 'https://cdn.example.com/banana.jpg',
  imageAltText: 'Bananas',
  tags: 'fruit, energy',
};

describe('create_blog_post (Create Blog Post)', () => {
  it('posts CreateBlogPostParams with the location id, the date as ISO, and returns the post with an id', async () => {
    const scope = highLevel()
      .post('/blogs/posts', {
        blogId: 'b1',
        title: 'Banana is good source of energy',
        description: 'Why bananas',
        rawHTML: '<h1>Bananas</h1>',
        status: 'PUBLISHED',
        publishedAt: '2026-02-05T18:30:47.000Z',
        author: 'a1',
        categories: ['c1', 'c2'],
        urlSlug: 'banana-good-energy',
        imageUrl: 'https://cdn.example.com/banana.jpg',
        imageAltText: 'Bananas',
        tags: ['fruit', 'energy'],
        locationId: LOCATION_ID,
      })
      .reply(201, { data: post });
    await expect(run('creates', 'create_blog_post', complete)).resolves.toEqual({ ...post, id: 'p1' });
    scope.done();
  });

  it('refuses missing required fields, a bad status and a bad date before any request', async () => {
    await expect(run('creates', 'create_blog_post', { ...complete, title: '', status: 'LIVE', publishedAt: 'next week' })).rejects.toThrow(
      /Title \(title\) is required\. Status \(status\): expected one of: DRAFT, PUBLISHED, SCHEDULED, ARCHIVED, got .*LIVE.* Publish Date \(publishedAt\): expected a date and time/,
    );
    await expect(run('creates', 'create_blog_post', { ...complete, categories: [] })).rejects.toThrow(/Categories \(categories\) is required/);
  });
});

describe('update_blog_post (Update Blog Post)', () => {
  it('puts only the mapped fields, with the location and blog ids', async () => {
    const scope = highLevel()
      .put('/blogs/posts/p1', { blogId: 'b1', status: 'ARCHIVED', publishedAt: '2026-03-01T00:00:00.000Z', locationId: LOCATION_ID })
      .reply(200, { updatedBlogPost: { ...post, status: 'ARCHIVED' } });
    await expect(
      run('creates', 'update_blog_post', { blogId: 'b1', postId: 'p1', status: 'ARCHIVED', publishedAt: '2026-03-01T00:00:00Z', title: '', categories: [] }),
    ).resolves.toEqual({ ...post, status: 'ARCHIVED', id: 'p1' });
    scope.done();
  });

  it('needs the blog and the post; says when the post is gone', async () => {
    await expect(run('creates', 'update_blog_post', { title: 'x' })).rejects.toThrow(/Blog \(blogId\) is required\. Blog Post \(postId\) is required/);
    await expect(run('creates', 'update_blog_post', { blogId: 'b1', postId: 'p1', title: ' ' })).rejects.toThrow(/Fill in at least one field/);
    const scope = highLevel().put('/blogs/posts/gone', { blogId: 'b1', title: 'x', locationId: LOCATION_ID }).reply(404, { statusCode: 404, message: 'Not found' });
    await expect(run('creates', 'update_blog_post', { blogId: 'b1', postId: 'gone', title: 'x' })).rejects.toThrow(/Blog post gone was not found/);
    scope.done();
  });
});
