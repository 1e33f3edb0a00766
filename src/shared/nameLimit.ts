// The longest name that crosses between the analysis worker, the extension host and a webview.
// A profile's function name may be as long as the gzip limit lets (96 MB in a 100 KB file); the
// views the editor shows carry each name cut to this, and the webview sends back no longer a
// name. Go writes none this long (generic instantiations run to a few hundred characters).
export const MAX_CROSSING_NAME_CHARS = 20000;

/** `name` cut to MAX_CROSSING_NAME_CHARS (a view's copy; the profile keeps the whole name). */
export function crossingName(name: string): string {
  return name.length <= MAX_CROSSING_NAME_CHARS ? name : name.slice(0, MAX_CROSSING_NAME_CHARS);
}
