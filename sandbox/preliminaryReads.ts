import { DEMO } from './demo';
import { OBJECTS_DEMO } from './handlers/objects';

/** The blog post HighLevel holds before Update Blog Post resends it whole (also the no-data-loss table's). */
export const CURRENT_BLOG_POST = {
  _id: DEMO.blogPostId,
  title: 'Current title',
  description: 'Current description',
  imageUrl: 'https://images.example.com/current.jpg',
  imageAltText: 'Current alt text',
  status: 'PUBLISHED',
  urlSlug: 'current-slug',
  author: DEMO.blogAuthorId,
  categories: [DEMO.blogCategoryId],
  publishedAt: '2026-01-02T10:00:00.000Z',
};

/**
 * The operations that read something they need before their own endpoint, each with that one read (method and spec
 * path) and why: the reliability tables accept that read and no other before the operation's own endpoint, and
 * `npm run bench` gives the reason beside its request count.
 */

/** A read an operation needs before its own endpoint, described by HighLevel's spec. */
export interface PreliminaryRead {
  method: string;
  /** The endpoint's path template in HighLevel's spec (sandbox/spec/highlevel.json). */
  path: string;
  /** Why the operation cannot do without it. */
  why: string;
  /**
   * A minimal answer of the endpoint's documented shape, where an empty answer would end the run before the operation's
   * own endpoint (nothing to update, no calendar to read): the tables that count requests give it, so the run goes on.
   */
  answer?: Record<string, unknown>;
}

/**
 * The operations whose first request is a read they need before their own endpoint (a failed read stops them there),
 * each with that one read: method and spec path. Any other first request is a wrong endpoint.
 */
export const PRELIMINARY_READS: Record<string, PreliminaryRead> = {
  update_calendar_group: {
    method: 'GET',
    path: '/calendars/groups',
    why: "HighLevel's update replaces the group: the current name, description and slug are read and resent.",
    answer: { groups: [{ id: DEMO.calendarGroupId, name: 'Current name', description: 'Current description', slug: 'current-slug', isActive: true }] },
  },
  update_blog_post: {
    method: 'GET',
    path: '/blogs/posts/all',
    why: "The update needs every field of the post: the current post is read from the blog's list first.",
    answer: { blogs: [CURRENT_BLOG_POST] },
  },
  create_custom_object_record: {
    method: 'GET',
    path: '/objects/{key}',
    why: "The record's properties are written by their types, read from the object's schema.",
  },
  update_custom_object_record: {
    method: 'GET',
    path: '/objects/{key}',
    why: "The record's properties are written by their types, read from the object's schema.",
  },
  update_custom_value: {
    method: 'GET',
    path: '/locations/{locationId}/customValues/{id}',
    why: 'The update requires both name and value: the one left unmapped is read and resent.',
    answer: { customValue: { id: OBJECTS_DEMO.customValueId, name: 'Office Phone', fieldKey: '{{ custom_values.office_phone }}', value: '+1 512 555 0100' } },
  },
  create_invoice: {
    method: 'GET',
    path: '/contacts/{contactId}',
    why: "CreateInvoiceDto requires the bill-to name, email and phone: the contact's own are read unless mapped.",
  },
  find_appointment: {
    method: 'GET',
    path: '/locations/{locationId}',
    why: "HighLevel writes appointment times without a zone: they are read in the sub-account's time zone unless one is given.",
  },
  new_appointment: {
    method: 'GET',
    path: '/calendars/',
    why: 'GET /calendars/events needs a calendar (or user) per request: without one chosen, the calendars are listed first.',
    answer: { calendars: [{ id: DEMO.calendarId, name: 'Consultations' }] },
  },
};

