// Hand-made workbooks for tests of the upload guard, here and in the API server.
export { sheetXml, zipOf } from './zip-of.js';
