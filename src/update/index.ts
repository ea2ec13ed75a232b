/**
 * This entry point is reserved; its functions land in a later release.
 *
 * @module
 */
export {};
