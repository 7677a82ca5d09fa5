// The part of the client library that Node programs use too: the gatekeeper protocol's signed
// bytes, receipt checks and record commitments, with the byte helpers they take. The e2e suite
// (e2e/lib/protocol.mjs) imports it as `npm run build:client` builds it, so the protocol is
// written once in JavaScript and the shared vectors check that one copy.
export * from './bytes';
export * from './protocol';
