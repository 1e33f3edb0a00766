/*
 * Whole-buffer gunzip for the web build's analysis worker, on libdeflate's decompressor
 * (scripts/build-gunzip-wasm.sh builds it to WebAssembly). The worker places the gzip file and
 * room for its output in this module's memory and calls gunzip_member once per gzip member.
 */
#include "libdeflate.h"

extern unsigned char __heap_base;
static unsigned char *next_free;

/* libdeflate allocates one decompressor per call: a bump allocator reset by each call is enough. */
static void *bump_malloc(size_t n) {
  unsigned char *p = (unsigned char *)(((size_t)next_free + 63) & ~(size_t)63);
  next_free = p + n;
  return p;
}
static void bump_free(void *p) { (void)p; }

/* The first byte the caller may use: past the decompressor's room (it takes ~11 KB). */
__attribute__((export_name("scratch_start")))
size_t scratch_start(void) { return ((size_t)&__heap_base + 65536 + 63) & ~(size_t)63; }

/*
 * Inflates the gzip member at in[0..in_len) into out[0..out_cap). results[0] = bytes written,
 * results[1] = input bytes the member took. Returns libdeflate's result: 0 success, 1 bad data,
 * 3 the output does not fit in out_cap.
 */
__attribute__((export_name("gunzip_member")))
int gunzip_member(const void *in, size_t in_len, void *out, size_t out_cap, size_t *results) {
  next_free = &__heap_base;
  libdeflate_set_memory_allocator(bump_malloc, bump_free);
  struct libdeflate_decompressor *d = libdeflate_alloc_decompressor();
  size_t used = 0, written = 0;
  enum libdeflate_result r = libdeflate_gzip_decompress_ex(d, in, in_len, out, out_cap, &used, &written);
  results[0] = written;
  results[1] = used;
  return (int)r;
}
