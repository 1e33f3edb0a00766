// The drop_frames and keep_frames pprof gives every legacy profile it reads (legacy_profile.go
// addLegacyFrameInfo), by what its sample types say: allocator frames for heap profiles, lock
// internals for contention profiles, the CPU profiler's signal handler for the rest.
import type { ValueType } from './model';

const allocFrames = ['calloc', 'cfree', 'malloc', 'free', 'memalign', 'do_memalign', '(__)?posix_memalign', 'pvalloc', 'valloc', 'realloc',
  'tcmalloc::.*', 'tc_calloc', 'tc_cfree', 'tc_malloc', 'tc_free', 'tc_memalign', 'tc_posix_memalign', 'tc_pvalloc', 'tc_valloc', 'tc_realloc',
  'tc_new', 'tc_delete', 'tc_newarray', 'tc_deletearray', 'tc_new_nothrow', 'tc_newarray_nothrow',
  'malloc_zone_malloc', 'malloc_zone_calloc', 'malloc_zone_valloc', 'malloc_zone_realloc', 'malloc_zone_memalign', 'malloc_zone_free',
  String.raw`runtime\..*`, 'BaseArena::.*', '(::)?do_malloc_no_errno', '(::)?do_malloc_pages', '(::)?do_malloc', 'DoSampledAllocation',
  'MallocedMemBlock::MallocedMemBlock', '_M_allocate', '__builtin_(vec_)?delete', '__builtin_(vec_)?new', '__gnu_cxx::new_allocator::allocate',
  '__libc_malloc', '__malloc_alloc_template::allocate', 'allocate', 'cpp_alloc', String.raw`operator new(\[\])?`, 'simple_alloc::allocate'].join('|');
const allocKeepFrames = [String.raw`runtime\.panic`, String.raw`runtime\.reflectcall`, String.raw`runtime\.call[0-9]*`].join('|');
const lockFrames = ['RecordLockProfileData', '(base::)?RecordLockProfileData.*', '(base::)?SubmitMutexProfileData.*', '(base::)?SubmitSpinLockProfileData.*',
  '(base::Mutex::)?AwaitCommon.*', '(base::Mutex::)?Unlock.*', '(base::Mutex::)?UnlockSlow.*', '(base::Mutex::)?ReaderUnlock.*', '(base::MutexLock::)?~MutexLock.*',
  '(Mutex::)?AwaitCommon.*', '(Mutex::)?Unlock.*', '(Mutex::)?UnlockSlow.*', '(Mutex::)?ReaderUnlock.*', '(MutexLock::)?~MutexLock.*',
  '(SpinLock::)?Unlock.*', '(SpinLock::)?SlowUnlock.*', '(SpinLockHolder::)?~SpinLockHolder.*'].join('|');
const cpuProfilerFrames = ['ProfileData::Add', 'ProfileData::prof_handler', 'CpuProfiler::prof_handler', '__pthread_sighandler', '__restore'].join('|');

const heapTypes = ['allocations,size', 'objects,space', 'inuse_objects,inuse_space', 'alloc_objects,alloc_space', 'alloc_objects,alloc_space,inuse_objects,inuse_space'];

/** [drop_frames, keep_frames] pprof sets on a legacy profile of these sample types. */
export function legacyDropFrames(sampleTypes: readonly ValueType[]): [string, string] {
  const types = sampleTypes.map(t => t.type).join(',');
  if (heapTypes.includes(types)) return [allocFrames, allocKeepFrames];
  if (types === 'contentions,delay') return [lockFrames, ''];
  return [cpuProfilerFrames, ''];
}
