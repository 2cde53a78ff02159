/** The list-file format lives in the model (the importer writes places.json with it too). */
export { formatListFile } from '../model/list-file.ts';
