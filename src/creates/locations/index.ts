import type { Create } from 'zapier-platform-core';
import createAssociation from './createAssociation';
import createBlogPost from './createBlogPost';
import createLocation from './createLocation';
import createRelation from './createRelation';
import deleteAssociation from './deleteAssociation';
import deleteRelation from './deleteRelation';
import updateAssociation from './updateAssociation';
import updateBlogPost from './updateBlogPost';

export default [
  createLocation,
  createAssociation,
  updateAssociation,
  deleteAssociation,
  createRelation,
  deleteRelation,
  createBlogPost,
  updateBlogPost,
] satisfies Create[];
