// Base64 to bytes with atob, which the Node and web extension hosts and both analysis workers
// have (Buffer is Node's only).

export function bytesOfBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
