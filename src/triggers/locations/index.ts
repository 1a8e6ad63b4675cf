import type { Trigger } from 'zapier-platform-core';
import dropdownAssociations from '../dropdowns/associations';
import dropdownBlogAuthors from '../dropdowns/blogAuthors';
import dropdownBlogCategories from '../dropdowns/blogCategories';
import dropdownBlogPosts from '../dropdowns/blogPosts';
import dropdownBlogs from '../dropdowns/blogs';
import checkBlogSlug from './checkBlogSlug';
import getAssociation from './getAssociation';
import getAssociationByKey from './getAssociationByKey';
import getAssociationByObjectKey from './getAssociationByObjectKey';
import getCompany from './getCompany';
import listAssociations from './listAssociations';
import listBlogAuthors from './listBlogAuthors';
import listBlogCategories from './listBlogCategories';
import listBlogPosts from './listBlogPosts';
import listBlogs from './listBlogs';
import listCustomFields from './listCustomFields';
import listLocations from './listLocations';
import listRecordRelations from './listRecordRelations';

/** "Other Operations": locations, company, associations/relations, blogs, and their hidden dropdowns. */
export default [
  listLocations,
  listCustomFields,
  getCompany,
  listAssociations,
  getAssociation,
  getAssociationByKey,
  getAssociationByObjectKey,
  listRecordRelations,
  checkBlogSlug,
  listBlogAuthors,
  listBlogCategories,
  listBlogPosts,
  listBlogs,
  dropdownBlogs,
  dropdownBlogAuthors,
  dropdownBlogCategories,
  dropdownBlogPosts,
  dropdownAssociations,
] satisfies Trigger[];
