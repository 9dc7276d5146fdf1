/**
 * The library entry point (`import … from 'strongties'`): the pure core — classify a note or a reply,
 * parse a policy and decide with it, compose the reply, and the records and labels they speak of.
 * No I/O: reading exports, the database and the servers are the `ties` command's.
 */
export * from './core/classify/index.js';
export * from './core/compose/index.js';
export * from './core/labels.js';
export type * from './core/linkedin-records.js';
export { LINKEDIN_FILE_KINDS } from './core/linkedin-records.js';
export * from './core/policy/index.js';
