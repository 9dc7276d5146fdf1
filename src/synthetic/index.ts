export {
  type ExportTruth,
  type GeneratedExport,
  type GeneratedFile,
  type GenerateExportOptions,
  generateLinkedinExport,
  type LaterExportOptions,
} from './generate-export.js';
export { Random } from './prng.js';
export { applyQuirks, type ExcelResave, type ExportQuirks } from './quirks.js';
export { writeFolder, writeZip } from './write-export.js';
