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
  const listed = {
    _id: 'p1',
    title: 'Banana is good source of energy',
    description: 'Why a banana a day keeps you going.',
    imageUrl: 'https://cdn.example.com/banana.jpeg',
    imageAltText: 'A bunch of bananas',
    status: 'PUBLISHED',
    urlSlug: 'banana-good-energy',
    author: 'a1',
    categories: ['c1'],
    publishedAt: '2024-08-19T17:14:57.000Z',
  };

  it('keeps every field the user did not map from the post as it is (HighLevel requires them all), and sends the mapped ones', async () => {
    const scope = highLevel()
      .get('/blogs/posts/all')
      .query({ locationId: LOCATION_ID, blogId: 'b1', limit: '100', offset: '0' })
      .reply(200, { blogs: [{ ...listed, _id: 'other' }, listed] })
      .put('/blogs/posts/p1', {
        title: listed.title,
        description: listed.description,
        imageUrl: listed.imageUrl,
        imageAltText: listed.imageAltText,
        urlSlug: listed.urlSlug,
        author: 'a1',
        categories: ['c1'],
        blogId: 'b1',
        status: 'ARCHIVED',
        publishedAt: '2026-03-01T00:00:00.000Z',
        rawHTML: '<p>Full content</p>',
        locationId: LOCATION_ID,
      })
      .reply(200, { updatedBlogPost: { ...post, status: 'ARCHIVED' } });
    await expect(
      run('creates', 'update_blog_post', {
        blogId: 'b1',
        postId: 'p1',
        status: 'ARCHIVED',
        publishedAt: '2026-03-01T00:00:00Z',
        rawHTML: '<p>Full content</p>',
        title: '',
        categories: [],
      }),
    ).resolves.toEqual({ ...post, status: 'ARCHIVED', id: 'p1' });
    scope.done();
  });

  it('reads nothing when every field is mapped', async () => {
    const body = {
      blogId: 'b1',
      title: 'T',
      description: 'D',
      rawHTML: '<p>C</p>',
      status: 'DRAFT',
      publishedAt: '2026-03-01T00:00:00.000Z',
      author: 'a1',
      categories: ['c1'],
      urlSlug: 'slug',
      imageUrl: 'https://cdn.example.com/i.jpg',
      imageAltText: 'Alt',
      locationId: LOCATION_ID,
    };
    const scope = highLevel().put('/blogs/posts/p1', body).reply(200, { updatedBlogPost: post });
    const { locationId: _location, ...inputData } = body;
    await expect(run('creates', 'update_blog_post', { ...inputData, postId: 'p1' })).resolves.toMatchObject({ id: 'p1' });
    scope.done();
  });

  it('needs the blog, the post and the content; says when the post is gone', async () => {
    await expect(run('creates', 'update_blog_post', { title: 'x' })).rejects.toThrow(
      /Blog \(blogId\) is required\. Blog Post \(postId\) is required\..*Content \(HTML\) \(rawHTML\) is required/,
    );
    const scope = highLevel().get('/blogs/posts/all').query(true).reply(200, { blogs: [listed] });
    await expect(run('creates', 'update_blog_post', { blogId: 'b1', postId: 'gone', rawHTML: '<p>x</p>' })).rejects.toThrow(/Blog post gone was not found/);
    scope.done();
  });
});
