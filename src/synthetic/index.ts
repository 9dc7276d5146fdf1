export {
  type ExportTruth,
  type GeneratedExport,
  type GeneratedFile,
  type GenerateExportOptions,
  generateLinkedinExport,
  type LaterExportOptions,
} from './generate-export.js';
export { Random } from './prng.js';
export { writeFolder, writeZip } from './write-export.js';
