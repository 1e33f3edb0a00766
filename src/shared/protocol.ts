// The one typed contract between the extension host and the webviews: each view's messages
// live in their own module, re-exported here. Messages from a webview are untrusted; the host
// accepts them only through the parse* functions, which check every field they read.
export * from './profileProtocol';
export * from './goroutineProtocol';
export * from './incidentProtocol';
export * from './replicaProtocol';
