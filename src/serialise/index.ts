/**
 * Serialisers: stable JSON out, validated JSON in, with a version gate and migrations.
 *
 * @module
 */
export { type DocumentKind, type DocumentOf, type FromJSONOptions, fromJSON } from './fromJSON.js';
export { type ToJSONOptions, toJSON } from './toJSON.js';
