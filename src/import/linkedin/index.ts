export { type OpenLinkedinExportOptions, openLinkedinExport } from './open-linkedin-export.js';
