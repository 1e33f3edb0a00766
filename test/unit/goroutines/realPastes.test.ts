// Dumps as people pasted them in public issues (test/fixtures/goroutines/pasted, SOURCES.md says
// where each comes from): the counts, the cut, the crash and the goroutine to blame, and the same
// reading whatever closes the paste after its last line (a line break, a markdown fence,
// `</details>`, blank lines), since a cut paste rarely ends at the cut itself.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeGoroutineDump, scanGoroutineDump, type GoroutineAnalysis } from '../../../src/core/goroutines';
import { readGoroutines } from '../../../src/core/input';
import { plainJson, readAlike } from './readAlike';

const read = (name: string) => readFileSync(`test/fixtures/goroutines/pasted/${name}`, 'utf8');

interface Reading {
  ids: (number | bigint)[];
  truncated: boolean;
  crash: string | null;
  /** Per goroutine marked cut: its id and its frames' functions. */
  cut: [number | bigint, string[]][];
  /** The first group's suspect sentence. */
  first: string | null;
  /** What a crash's runtime stack or a stack without its goroutine header says when no group does; only when it says something. */
  stackSuspect?: string;
  /** Stacks whose goroutine header is not in the text (lines, functions, creator, cut when the text ends inside one); only when there are any. */
  headless?: { lines: string; funcs: string[]; createdBy: string | null; cut?: true }[];
  /** The text starts inside a goroutine; only when it does. */
  cutAtStart?: true;
}

function reading(a: GoroutineAnalysis): Reading {
  const goroutines = [...a.dump.goroutines];
  const headless = a.dump.headlessStacks.map(s => ({
    lines: `${s.lines.start}–${s.lines.end}`, funcs: s.frames.map(f => f.func), createdBy: s.createdBy?.func ?? null, ...(s.cut ? { cut: true as const } : {}),
  }));
  return {
    ids: goroutines.map(g => g.id), truncated: a.dump.truncated, crash: a.dump.crash?.message ?? null,
    cut: goroutines.filter(g => g.cut).map(g => [g.id, g.frames.map(f => f.func)]), first: a.groups[0]?.suspect ?? null,
    ...(a.stackSuspect ? { stackSuspect: a.stackSuspect.sentence } : {}),
    ...(headless.length > 0 ? { headless } : {}),
    ...(a.dump.cutAtStart ? { cutAtStart: true as const } : {}),
  };
}

/** Ginkgo's failure, printed as a panic's value when an assertion fails in a goroutine without GinkgoRecover (`indent` before its code line). */
const ginkgoFailure = (indent: string) => [
  'Your test failed.', 'Ginkgo panics to prevent subsequent assertions from running.', "Normally Ginkgo rescues this panic so you shouldn't see it.", '',
  "But, if you make an assertion in a goroutine, Ginkgo can't capture the panic.", 'To circumvent this, you should call', '',
  `${indent}defer GinkgoRecover()`, '', 'at the top of the goroutine that caused this panic.',
].join('\n');

/** The record zerolog wrote in zeta-chain/node#3573, the value of the test's first panic. */
const ZETA_RECORD = '{"level":"info","module":"scheduler","task.name":"update_metrics","task.group":"orchestrator","task.type":"block_ticker","worker.name":"unknown","message":"Background task completed"}';
const ZETA_VALUE = 'Log in goroutine after TestOrchestratorV2/updates_app_context has completed: ';
/** Its second panic's value, the record logging the first, up to its `stack_trace` field. */
const ZETA_CRASH = `panic: ${ZETA_VALUE}${ZETA_RECORD} [recovered] / panic: ${ZETA_VALUE}{"level":"error","module":"scheduler","task.name":"update_metrics","task.group":"orchestrator","task.type":"block_ticker","error":"recovered from PANIC in background task: ${ZETA_VALUE}${JSON.stringify(ZETA_RECORD).slice(1, -1)}\\n"`;

/** juju's and Nomad's log records over the recovered panic's debug.Stack, their crash lines after the log's prefix. */
const JUJU_CRASH = '21:20:06 CRITICAL juju.rpc panic running request {MethodCaller:0x2ff222893680 transformErrors:0x3437500 hdr:{RequestId:61 Request:{Type:Provisioner Version:12 Id: Action:ProvisioningInfo} Error: ErrorCode: ErrorInfo:map[] Version:1 TraceID: SpanID: TraceFlags:0}} with arg {Entities:[{Tag:machine-0}]}: runtime error: invalid memory address or nil pointer dereference';
const NOMAD_CRASH = 'worker.sysbatch_sched: processing eval panicked scheduler - please report this as a bug!: eval_id=f70460f3-3815-0f11-3db7-ecbee150260c job_id=clamav/periodic-1702287900 namespace=default worker_id=77ce465e-c757-72f6-bd31-8c56d02a25b4 eval_id=f70460f3-3815-0f11-3db7-ecbee150260c error="runtime error: invalid memory address or nil pointer dereference"';

const EXPECTED: Record<string, Reading> = {
  // Race reports as pasted: the access line broken in two, offsets glued to line numbers, a creator's call cut before its `)`.
  'debugcharts_19_race_split_header_glued_offset.txt': {
    ids: [25, 962], truncated: false, crash: null, cut: [],
    first: '1 goroutine in a data race: write of 0x000002c31d28 in debugcharts.init.o•dwrap•1 (debugcharts.go:193), created by debugcharts.init.0',
  },
  // gccgo: bare names, the C runtime's `runtime_dopanic` / `__go_panic` above the frame to blame.
  'gore_70_gccgo_runtime_frames_cut.txt': {
    ids: [16, 17, 18], truncated: true, crash: 'panic: gccgo importer for custom import path lookup not yet implemented',
    cut: [[18, ['runtime_mcall', 'runfinq', 'kickoff']]],
    first: '1 goroutine crashed (panic: gccgo importer for custom import path lookup not yet implemented) in go_importer.For (importer.go:35)',
  },
  // gccgo's frame without a name (a blank line, then `\t:0`) under the signal handler's frames; a `created by` offset in decimal.
  'golang_30508_gccgo_nameless_frame_sigabrt.txt': {
    ids: [1, 2, 3], truncated: true, crash: 'SIGABRT: abort', cut: [[3, ['runtime.mcall', 'runtime.gopark']]], first: null,
  },
  // Before Go 1.6: `Write by goroutine 93:`, no address.
  'tcproute2_9_race_go15_no_address.txt': {
    ids: [93, 91], truncated: false, crash: null, cut: [],
    first: '1 goroutine in a data race: write in netchan.ChanDialTimeout.func5 (DialChan.go:155), created by netchan.ChanDialTimeout',
  },
  'ogo_23_race_go12_cut.txt': {
    ids: [13, 8], truncated: true, crash: null, cut: [],
    first: '1 goroutine in a data race: read in ofp10.func·001 (ofp10.go:64), created by core.(*Controller).Start',
  },
  'golang_16331_cgo_sigsegv_cut.txt': {
    ids: [1835190], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[1835190, ['runtime.cgocall', 'agile/utils/crypto/guomi._Cfunc_SM2_sign']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in guomi._Cfunc_SM2_sign',
  },
  'gdt_37_test_timeout_cut.txt': {
    ids: [114, 1, 58], truncated: true,
    crash: 'panic: test timed out after 10m0s (running TestKubernetesClusterHappyPath, TestKubernetesClusterHappyPath/happy-path)',
    cut: [[58, ['testing.(*T).Run']]], first: null,
  },
  // journald's prefix on every line, the lines after the first indented by 4 (the paste's own indent), the runtime's `gp … goid … status` line above; Go 1.8's `fp= sp=`, cut inside the last `fp=`.
  'kubernetes_40745_journald_indented_scan_missed_a_g_cut.txt': {
    ids: [6], truncated: true, crash: 'fatal error: scan missed a g',
    cut: [[6, ['runtime.throw', 'runtime.gcMarkRootCheck', 'runtime.gcMarkDone', 'runtime.gcBgMarkWorker', 'runtime.goexit']]],
    first: '1 goroutine crashed (fatal error: scan missed a g) in runtime.gcMarkRootCheck (mgcmark.go:162)',
  },
  // etcd in a pod: the crash line left above the excerpt; `runtime.throw` then `sigpanic` over bbolt's inlined `(...)` frames without offsets, blamed on the first of them; cut in a call's arguments.
  'etcd_10426_bbolt_sigpanic_inlined_page_cut_in_args.txt': {
    ids: [1], truncated: true, crash: null,
    cut: [[1, ['runtime.throw', 'runtime.sigpanic', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/bbolt.(*DB).page', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/bbolt.(*Tx).page', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/bbolt.(*Bucket).pageNode', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/bbolt.(*Cursor).search', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/bbolt.(*Cursor).seek']]],
    first: '1 goroutine crashed (its crash line is not in the text) in bbolt.(*DB).page (db.go:859)',
  },
  // capnslog lines (`2017-01-17 23:56:11.799714 I | control: …`) above a bare `fatal error: concurrent map read and map write`; Go 1.7's `fp= sp=`; cut in a path.
  'etcd_7178_capnslog_concurrent_map_read_write_fp_sp_cut.txt': {
    ids: [1713], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[1713, ['runtime.throw', 'runtime.mapaccess1_faststr', 'github.com/coreos/dbtester/vendor/github.com/coreos/etcd/pkg/report.(*report).processResult', 'github.com/coreos/dbtester/vendor/github.com/coreos/etcd/pkg/report.(*report).processResults', 'github.com/coreos/dbtester/vendor/github.com/coreos/etcd/pkg/report.(*report).Stats.func1']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in report.(*report).processResult (report.go:180)',
  },
  // a shim blocked 267 minutes in ttrpc's dispatch, with `...` closing a long argument list; cut in the next call's name (`github.c`).
  'containerd_3572_ttrpc_select_267_minutes_cut.txt': {
    ids: [12300], truncated: true, crash: null,
    cut: [[12300, ['github.com/containerd/containerd/vendor/github.com/stevvooe/ttrpc.(*Client).dispatch', 'github.com/containerd/containerd/vendor/github.com/stevvooe/ttrpc.(*Client).Call', 'github.com/containerd/containerd/linux/shim/v1.(*shimClient).Kill', 'github.com/containerd/containerd/linux.(*Task).Kill', 'github.com/containerd/containerd/services/tasks.(*local).Kill']]],
    first: null,
  },
  // a shim's SIGQUIT dump in a collapsed `<details>` with a ```` ```text ```` fence: Go 1.19's `goroutine 0 [idle]` first, then goroutine 1 cut inside `sp=`.
  'containerd_8381_details_sigquit_go119_idle_g0_cut.txt': {
    ids: [0, 1], truncated: true, crash: 'SIGQUIT: quit',
    cut: [[1, ['runtime.gopark']]],
    first: null,
  },
  // two `<details>` blocks, the first holding a kernel stack (`[<ffffffff8113231c>] zap_pid_ns_processes+0x12c/0x190`), the second the shim's dump with its locations indented by 4 spaces; cut in the next goroutine's first name.
  'moby_40145_details_four_space_locations_chan_send_2632_minutes.txt': {
    ids: [12, 1], truncated: true, crash: null,
    cut: [[1, []]],
    first: null,
  },
  // containerd's `=== BEGIN goroutine stack dump ===` banner above the shim's dump (`created by … in goroutine 1`); cut in a path.
  'containerd_6080_begin_stack_dump_banner_in_goroutine_cut.txt': {
    ids: [50, 1], truncated: true, crash: null,
    cut: [[1, ['github.com/containerd/containerd/runtime/v2/shim.reap', 'github.com/containerd/containerd/runtime/v2/shim.serve', 'github.com/containerd/containerd/runtime/v2/shim.run', 'github.com/containerd/containerd/runtime/v2/shim.RunManager']]],
    first: null,
  },
  // the same banner inside logrus' `msg="…` quote, the paste with every tab lost and no blank line between goroutines; cut in a call's arguments.
  'containerd_10058_logrus_begin_dump_tabs_lost_no_blank_lines_cut.txt': {
    ids: [21, 1], truncated: true, crash: null,
    cut: [[1, ['github.com/containerd/containerd/runtime/v2/shim.reap', 'github.com/containerd/containerd/runtime/v2/shim.serve', 'github.com/containerd/containerd/runtime/v2/shim.run']]],
    first: null,
  },
  // dockerd's crash behind a syslog time with a level word and the program (`2017-09-16 00:29:55.672 info docker[41953]: `), locations flush left with Go 1.7's `fp= sp=`, the paste stopping before the stack's end, then the issue form.
  'moby_34869_syslog_level_prefix_flush_left_locations_fp_sp.txt': {
    ids: [36780342], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[36780342, ['panic', 'runtime.panicmem', 'runtime.sigpanic', 'github.com/docker/docker/daemon/logger/syslog.(*syslogger).Log']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in syslog.(*syslogger).Log (syslog.go:137)',
  },
  // gccgo's libgo on arm64 (docker): `runtime_mcall`, `kickoff`, `daemon.$nested27`, mangled `.pN39_…` names; ends in a creator's `exec.go:3` that may be cut in its number (gccgo prints no offset to tell).
  'golang_14567_gccgo_libgo_arm64_mangled_pn_names_cut.txt': {
    ids: [24, 25, 30], truncated: false, crash: null,
    cut: [],
    first: null,
  },
  // prometheus' logfmt lines behind journald's prefix, `panic: mmap, size 134217728: cannot allocate memory`, cut in the first call's name behind the prefix (`git`).
  'prometheus_10261_journald_logfmt_mmap_panic_cut_in_prefix.txt': {
    ids: [429], truncated: true, crash: 'panic: mmap, size 134217728: cannot allocate memory',
    cut: [[429, []]],
    first: '1 goroutine crashed (panic: mmap, size 134217728: cannot allocate memory)',
  },
  // helm 3.7 (Go 1.16, `-trimpath`): locations indented by 8 spaces and without GOROOT, an inlined `(...)` frame first; cut in a module path.
  'helm_6677_trimpath_eight_space_inlined_name_cut.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, ['helm.sh/helm/v3/pkg/chart.(*Chart).Name', 'helm.sh/helm/v3/pkg/downloader.(*Manager).safeMoveDeps', 'helm.sh/helm/v3/pkg/downloader.(*Manager).downloadAll', 'helm.sh/helm/v3/pkg/downloader.(*Manager).Update', 'main.newPackageCmd.func1', 'github.com/spf13/cobra.(*Command).execute']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in chart.(*Chart).Name (chart.go:76)',
  },
  // Jenkins' `02:38:22  ` clock before every line (the blank line too, as `02:38:22  `), then prose after the fence.
  'helm_6023_jenkins_clock_prefix_upgrade_panic.txt': {
    ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.(*upgradeCmd).run (upgrade.go:295)',
  },
  // `SIGSYS: bad system call` on arm64 (Go 1.22: `goroutine 1 gp=… m=0 mp=… [syscall]:`, `-trimpath` locations indented by 8 spaces); cut in a module path.
  'helm_12061_sigsys_arm64_go122_gp_mp_header_cut.txt': {
    ids: [1], truncated: true, crash: 'SIGSYS: bad system call',
    cut: [[1, ['syscall.Syscall6', 'syscall.faccessat2', 'syscall.Faccessat', 'internal/syscall/unix.Eaccess', 'os/exec.findExecutable', 'os/exec.LookPath', 'os/exec.Command', 'k8s.io/client-go/plugin/pkg/client/auth/exec.(*Authenticator).refreshCredsLocked']]],
    first: '1 goroutine crashed (SIGSYS: bad system call) in exec.(*Authenticator).refreshCredsLocked',
  },
  // HandleCrash's record flattened inside inline code, each frame `call /path:line` on one line and its offset, without `+`, starting the next (`0x99k8s.io/…HandleCrash(…) /go/pkg/…`), cut in a call's arguments.
  'helm_12057_observed_panic_line_breaks_lost_offsets_split.txt': {
    ids: [462], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [[462, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'os.OpenFile', 'os.Open',
      'k8s.io/client-go/discovery/cached/disk.(*CachedDiscoveryClient).getCachedFile', 'k8s.io/client-go/discovery/cached/disk.(*CachedDiscoveryClient).ServerResourcesForGroupVersion']]],
    first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)) in disk.(*CachedDiscoveryClient).getCachedFile (cached_discovery.go:146)',
  },
  // Go 1.6: `[signal 0xb code=0x1 …]`, the old `panic(0x…, 0x…)` frame first, then prose and another fence after the stack; goroutine 1 stops at a `func1` above main.main, the fence under it: an excerpt trimmed on purpose, the dump not whole
  'helm_778_go16_signal_0xb_panic_frame_first.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, ['panic', 'main.searchCacheForPattern.func1']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.searchCacheForPattern.func1 (search.go:63)',
  },
  // cri-o behind journald with a long EC2 host name, starting at goroutine 4 `[GC scavenge wait]` with Go 1.17's `fp= sp= pc=`; cut inside the last line's prefix, under `runtime.goexit()`.
  'crio_5841_journald_long_host_gc_scavenge_cut_in_prefix.txt': {
    ids: [4], truncated: true, crash: null,
    cut: [[4, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.bgscavenge', 'runtime.gcenable.func2', 'runtime.goexit']]],
    first: null,
  },
  // cri-o behind journald, GOROOT under gvm (`/home/decarr/.gvm/gos/go1.8.1/src/…`): the excerpt starts at the finalizer goroutine's location (`mfinal.go:161`), goroutines without a blank line between them; cut in the prefix.
  'crio_847_journald_gvm_goroot_headless_finalizer.txt': {
    ids: [20], truncated: true, crash: null,
    cut: [[20, ['runtime.notetsleepg', 'os/signal.signal_recv', 'os/signal.loop']]],
    first: null,
    headless: [{ lines: '6–10', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.createfing' }],
    cutAtStart: true,
  },
  // istio's galley (`-trimpath`, locations `istio.io/istio/…` indented by 8 spaces) under a zap console line; cut in the creator's path.
  'istio_30133_trimpath_eight_space_creator_cut_in_path.txt': {
    ids: [3413639], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[3413639, ['istio.io/istio/galley/pkg/config/source/kube/apiserver/status.(*state).applyMessages', 'istio.io/istio/galley/pkg/config/source/kube/apiserver/status.(*ControllerImpl).Report', 'istio.io/istio/galley/pkg/config/source/kube/apiserver.(*Source).Update', 'istio.io/istio/galley/pkg/config/processing/snapshotter.(*AnalyzingDistributor).analyzeAndDistribute']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in status.(*state).applyMessages (state.go:123), created by snapshotter.(*AnalyzingDistributor).Distribute',
  },
  // an excerpt that starts at a lone location (`main.go:30 +0x8e`, its call above the excerpt) then a blank line, four whole goroutines, cut after `goroutine 13` (its header cut before the bracket: no goroutine).
  'cilium_8278_headless_location_first_goroutines_cut_in_header.txt': {
    ids: [19, 35, 36, 44], truncated: true, crash: null,
    cut: [],
    first: null,
  },
  // an RFC 3339 time with nanoseconds before every line (the blank line `…Z ` too), the issue form's sections above; cut in the next call's name (`gith`).
  'cilium_24021_rfc3339nano_prefix_blank_prefixed_line_cut.txt': {
    ids: [1620], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[1620, ['github.com/cilium/cilium/pkg/policy.(*SelectorCache).GetLabels']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in policy.(*SelectorCache).GetLabels (selectorcache.go:1094)',
  },
  // journald with the host named `runtime` (`Apr 03 13:34:44 runtime cilium-agent[31869]: `): the excerpt starts at a lone location, goroutines without blank lines between them; cut in a path.
  'cilium_3491_journald_runtime_host_headless_location_first.txt': {
    ids: [3315, 2255], truncated: true, crash: null,
    cut: [[2255, ['github.com/cilium/cilium/vendor/github.com/tylerb/graceful.(*Server).handleInterrupt']]],
    first: null,
  },
  // CRI's `… stderr F ` before every line, the blank line's prefix without its last space (a blank line of the log), tabs turned into ragged spaces (9, then 3), arm64 addresses (`0x4000894000`); cut in a path.
  'cilium_33468_cri_stderr_ragged_indent_arm64_cut.txt': {
    ids: [41516], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[41516, ['github.com/cilium/cilium/pkg/auth.(*authMapGarbageCollector).cleanupEndpoints', 'github.com/cilium/cilium/pkg/auth.(*authMapGarbageCollector).EndpointDeleted']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in auth.(*authMapGarbageCollector).cleanupEndpoints (authmap_gc.go:446)',
  },
  // the fence glued to the crash line (```` ```fatal error: … ````), a `runtime stack:` of `throw` and `sigpanic` only, the crash in a cgo call of go-sqlite3 (`_Cfunc_sqlite3_step`, a `_cgo_gotypes.go` path without a root): blamed there.
  'grafana_10099_fence_glued_fatal_error_runtime_stack_cgo_sqlite_cut.txt': {
    ids: [123], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[123, ['runtime.cgocall', 'github.com/grafana/grafana/vendor/github.com/mattn/go-sqlite3._Cfunc_sqlite3_step', 'github.com/grafana/grafana/vendor/github.com/mattn/go-sqlite3.(*SQLiteRows).Next.func1']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in go-sqlite3._Cfunc_sqlite3_step (_cgo_gotypes.go:841)',
  },
  // docker-compose's `grafana_1               | ` before every line, the excerpt starting at a location under log15's frames, a headless stack to its `created by`, then `goroutine 990 [select]:` cut in a path.
  'grafana_11814_compose_service_prefix_headless_start.txt': {
    ids: [990], truncated: true, crash: null,
    cut: [[990, ['github.com/grafana/grafana/pkg/metrics.instrumentationLoop']]],
    first: null,
    headless: [{ lines: '7–15', funcs: ['?', 'github.com/grafana/grafana/pkg/services/cleanup.(*CleanUpService).Run', 'main.(*GrafanaServerImpl).Start.func3', 'github.com/grafana/grafana/vendor/golang.org/x/sync/errgroup.(*Group).Go.func1'], createdBy: 'github.com/grafana/grafana/vendor/golang.org/x/sync/errgroup.(*Group).Go' }],
    cutAtStart: true,
  },
  // grafana's logfmt (`t=… lvl=info msg=…`) above the panic, a `docker version` and compose file before; cut in the first call's name (`github.com/grafana/`).
  'grafana_13021_logfmt_t_lvl_lines_then_panic_cut_in_name.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, []]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference)',
  },
  // docker-compose's colour escapes written in caret notation before every line (`^[[36mgrafana_1  |^[[0m `); cut after the inlined `net/http.Header.Get(...)`, its location missing.
  'grafana_69515_caret_ansi_escapes_compose_prefix_cut.txt': {
    ids: [2171019], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[2171019, ['net/textproto.MIMEHeader.Get', 'net/http.Header.Get']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in textproto.MIMEHeader.Get (header.go:34)',
  },
  // rsyslog's `#011` for each tab behind a bare `grafana[5689]: ` tag, 32-bit ARM (`asm_arm.s`, 8-digit `fp= sp= pc=`), Go 1.21's `created by … in goroutine 1`, no blank line between goroutines; cut in a path.
  'grafana_73786_rsyslog_octal_tab_arm32_go121_headless.txt': {
    ids: [19, 20], truncated: true, crash: null,
    cut: [[20, ['runtime.gopark', 'runtime.runfinq', 'runtime.goexit']]],
    first: null,
  },
  // every line behind a markdown quote mark with no space (`>panic: not implemented`, `>` alone for the blank line, `>        /usr/…`), Go 1.6's `panic(0x…)` frame, then the next comment.
  'etcd_5856_quote_without_space_go16_panic_frame.txt': {
    ids: [211], truncated: false, crash: 'panic: not implemented',
    cut: [],
    first: '1 goroutine crashed (panic: not implemented) in v3rpc.(*serverWatchStream).recvLoop (watch.go:204), created by v3rpc.(*watchServer).Watch',
  },
  // Go ≤ 1.2's `panic serving 127.0.0.1:32907: …` on 386 (the line without its `http: `, now its crash line), 4-space indent, `func·007` names; Go ≤ 1.1 hid `runtime.panic` under net/http's recovering `func·007`: blamed under it, the fault in `sync/atomic.AddUint64` called by the user frame.
  'etcd_358_go12_panic_serving_386_four_space_func_dot.txt': {
    ids: [758], truncated: true, crash: 'panic serving 127.0.0.1:32907: runtime error: invalid memory address or nil pointer dereference',
    cut: [[758, ['net/http.func·007', 'sync/atomic.AddUint64', 'github.com/coreos/etcd/store.(*watcherHub).watch', 'github.com/coreos/etcd/store.(*store).Watch', 'github.com/coreos/etcd/server/v2.GetHandler', 'github.com/coreos/etcd/server.func·003', 'github.com/coreos/etcd/server.func·004']]],
    first: '1 goroutine panicked (recovered: panic serving 127.0.0.1:32907: runtime error: invalid memory address or nil pointer dereference) in store.(*watcherHub).watch (watcher_hub.go:71)',
  },
  // a race report in all.bash's output between `ok  \tpkg\t…s` lines, Go 1.4's `Write by goroutine 81:` (no address), then `PASS`, `FAIL`, more `ok` lines and a `...` for the lines left out: whole, not cut.
  'golang_10380_race_in_all_bash_log_between_ok_lines.txt': {
    ids: [81, 62], truncated: false, crash: null,
    cut: [],
    first: '1 goroutine in a data race: write in pprof_test.TestTraceStressStartStop.func1.5 (trace_test.go:263), created by pprof_test.TestTraceStressStartStop.func1',
  },
  // Go 1.5 on Windows: `Exception 0xc0000005 0x8 0x0 0x0`, the crashed goroutine printed without a header (a cgo call at `??:0`), 8-space locations on `c:/go/…`, the registers right under the last goroutine with no blank line; cut in a register's name (`r9`).
  'golang_11710_windows_exception_external_code_unknown_location_registers_cut.txt': {
    ids: [0, 17, 5], truncated: true, crash: 'Exception 0xc0000005 0x8 0x0 0x0',
    cut: [],
    first: '1 goroutine crashed (Exception 0xc0000005 0x8 0x0 0x0) in go-oci8._Cfunc_WrapOCIEnvCreate (??:0)',
  },
  // MSYS2 on Windows in a collapsed `<details>`: the crashed goroutine without a header in `runtime.cgocall` under `_Cfunc_glfwInit` (a `_cgo_gotypes.go` path alone), 8-space locations with `fp= sp= pc=`; cut in `sp=`.
  'golang_40878_details_msys2_windows_cgo_glfw_fp_sp_cut.txt': {
    ids: [0], truncated: true, crash: 'Exception 0xc0000005 0x0 0x7ffb2f6f2fff 0x1beb7f80000',
    cut: [[0, ['runtime.cgocall', 'github.com/go-gl/glfw/v3.3/glfw._Cfunc_glfwInit', 'github.com/go-gl/glfw/v3.3/glfw.Init', 'github.com/faiface/pixel/pixelgl.Run', 'main.main', 'runtime.main', 'runtime.goexit']]],
    first: '1 goroutine crashed (Exception 0xc0000005 0x0 0x7ffb2f6f2fff 0x1beb7f80000) in glfw._Cfunc_glfwInit (_cgo_gotypes.go:1435)',
  },
  // kubectl under a debugger on Windows: `runtime: newstack …`, `morebuf={…}`, then `fatal error: runtime: split stack overflow`, `runtime stack:` and goroutine 1 at an `<autogenerated>:1` frame, then `runtime: unexpected return pc for … called from 0x0`; cut in goroutine 19's first name.
  'kubernetes_90432_split_stack_overflow_unexpected_return_pc_windows.txt': {
    ids: [1, 19], truncated: true, crash: 'fatal error: runtime: split stack overflow',
    cut: [[19, ['k8s.io/kubernetes/vendor/k8s.io/klog.(*loggingT)…']]],
    first: '1 goroutine crashed (fatal error: runtime: split stack overflow) in meta.(*resourceAccessor).ResourceVersion (<autogenerated>:1)',
  },
  // a prompt line (`> kubectl exec …`), the crash line three times, Go 1.6's `[signal 0xb …]`, a one-frame `runtime stack:` (`atomic.Load64`), goroutine 1 at `runtime.systemstack_switch` (a location without offset); cut in `sp=`.
  'kubernetes_33823_prompt_triple_fatal_error_systemstack_switch_cut.txt': {
    ids: [1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[1, ['runtime.systemstack_switch', 'runtime.gcAssistAlloc', 'runtime.mallocgc', 'runtime.rawstring', 'runtime.rawstringtmp', 'runtime.slicebytetostring']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in atomic.Load64 (atomic_amd64x.go:26) on the system stack',
  },
  // the crash line twice, a one-frame `runtime stack:`, the running goroutine a GC mark worker (`created by runtime.gcBgMarkStartWorkers`), locations indented by 8 spaces; cut in a path.
  'kubernetes_33070_gc_worker_crash_eight_space_runnable_cut.txt': {
    ids: [36, 1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[1, ['k8s.io/kubernetes/plugin/pkg/client/auth/gcp.(*gcpAuthProvider).WrapTransport', 'k8s.io/kubernetes/pkg/client/restclient.(AuthProvider).WrapTransport-fm']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in runtime.gopark (proc.go:262), created by runtime.gcBgMarkStartWorkers',
  },
  // a SIGQUIT from ctrl+\ (Go 1.22, `-trimpath`): the excerpt starts at a GC worker's `asm_amd64.s` location then its `created by … in goroutine 1`, `gp=… m=nil` headers, `runtime.goexit({})`; cut in `sp=`.
  'kubectl_1647_ctrl_backslash_go122_gc_workers_headless_cut.txt': {
    ids: [16, 49, 50], truncated: true, crash: null,
    cut: [[50, ['runtime.gopark']]],
    first: null,
    headless: [{ lines: '7–9', funcs: ['?'], createdBy: 'runtime.gcBgMarkStartWorkers' }],
    cutAtStart: true,
  },
  // all.bash's output pasted as a markdown code block indented by a tab (every line behind `\t`, the locations behind two), `ok` lines above `SIGQUIT: quit`, 32-bit ARM Go 1.5 (`fp= sp=` of 8 digits); cut in `sp=`.
  'golang_11779_tab_indented_code_block_sigquit_arm_go15_cut.txt': {
    ids: [226], truncated: true, crash: 'SIGQUIT: quit',
    cut: [[226, ['syscall.Syscall', 'syscall.read', 'syscall.Read', 'os.(*File).read', 'os.(*File).Read', 'bytes.(*Buffer).ReadFrom', 'io.copyBuffer']]],
    first: null,
  },
  // a builder's GOROOT (`/home/swarming/.swarming/w/ir/x/w/goroot/src/…`), Go 1.23's `goroutine 0 gp=… m=0 mp=… [idle]:`; cut in the next header's `gp=` before its bracket (`goroutine 1 gp=0xc0000023`).
  'golang_70006_swarming_goroot_go123_idle_g0_cut_in_gp.txt': {
    ids: [0], truncated: true, crash: 'SIGQUIT: quit',
    cut: [],
    first: null,
  },
  // logrus' escaped `msg="=== BEGIN goroutine stack dump ===\n…` behind journald without a host (`Aug 09 13:49:31 dockerd[1802]: `), the paste's line break inside a call's argument (`0x7f36aecf71` / `90)`); cut in a header's bracket.
  'moby_34293_journald_no_host_logrus_escaped_dump_wrapped_in_args.txt': {
    ids: [11, 1, 17, 6, 24], truncated: true, crash: null,
    cut: [[24, []]],
    first: null,
  },
  // the same escaped record in inline code (a backtick before `time=`), the paste's line break inside a path (`/var/tmp/po` / `rtage/…`); cut in a path.
  'moby_25321_backtick_logrus_escaped_dump_wrapped_in_path.txt': {
    ids: [45, 1], truncated: true, crash: null,
    cut: [[1, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'github.com/docker/docker/daemon.(*Daemon).restore', 'github.com/docker/docker/daemon.NewDaemon']]],
    first: null,
  },
  // logrus' text format (`INFO[0781] === BEGIN goroutine stack dump ===`) with the dump's real line breaks after it, debug lines above; cut in a name.
  'moby_24608_logrus_text_level_banner_real_newlines_cut.txt': {
    ids: [29], truncated: true, crash: null,
    cut: [[29, ['github.com/docker/docker/pkg/signal.DumpStacks']]],
    first: null,
  },
  // the escaped record behind syslog with a host (`Oct  5 10:16:42 suche4 dockerd[29030]: `) in inline code, the paste's line break before an argument's comma (`0x3d` / `, 0x7169`); cut in a path.
  'moby_25993_backtick_syslog_logrus_escaped_wrapped_in_args.txt': {
    ids: [28, 1, 17, 14], truncated: true, crash: null,
    cut: [[14, ['syscall.Syscall6', 'syscall.wait4']]],
    first: null,
  },
  // logrus' `msg="=== BEGIN …` with the dump's real line breaks, Go 1.4 (`daemon.func·025()`), 4-space indent, `[chan receive, 33262 minutes]`; cut in a call's arguments.
  'moby_13885_logrus_msg_quote_real_newlines_go14_four_space_cut.txt': {
    ids: [11, 1], truncated: true, crash: null,
    cut: [[1, ['main.(*DaemonCli).CmdDaemon', 'reflect.callMethod', 'reflect.methodValueCall', 'github.com/docker/docker/cli.(*Cli).Run']]],
    first: null,
  },
  // klog's structured record (`"Observed a panic" panic="…" panicGoValue="…" stacktrace=<`) with its stack indented by 8 and the locations by 16 (`-trimpath`); cut in a path under the frame to blame.
  'kubernetes_128935_klog_structured_observed_panic_stacktrace_indented_cut.txt': {
    ids: [2003], truncated: true, crash: 'Observed a panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[2003, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.handleCrash', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'k8s.io/cloud-provider/controllers/service.(*Controller).needsUpdate']]],
    first: '1 goroutine panicked (recovered: Observed a panic: runtime error: invalid memory address or nil pointer dereference) in service.(*Controller).needsUpdate',
  },
  // each call line behind the `http://` a tracker's autolink left (`http://go.etcd.io/etcd/raft.(*raftLog).slice(…)`), the locations flush left: the functions without it (pastesReadRight.test.ts).
  'etcd_12115_markdown_autolinked_module_names_tabs_lost.txt': {
    ids: [294], truncated: false, crash: 'panic: proto: illegal wireType 6',
    cut: [],
    first: '1 goroutine crashed (panic: proto: illegal wireType 6) in raft.(*raftLog).slice (log.go:322), created by raft.StartNode',
  },
  // a bare `panic: runtime error: index out of range` line, then the rest behind journald's prefix with an EC2 host; Go 1.2's `runtime.panic(…)` at `panic.c:266` first; cut in the last line's prefix.
  'etcd_945_panic_line_bare_then_journald_go12_panic_c_cut.txt': {
    ids: [21], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[21, ['runtime.panic', 'github.com/coreos/etcd/third_party/github.com/goraft/raft.(*Log).commitInfo', 'github.com/coreos/etcd/third_party/github.com/goraft/raft.(*server).TakeSnapshot']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in raft.(*Log).commitInfo (log.go:301)',
  },
  // capnslog's `(*PackageLogger).Panicf` first (Go 1.4, go-raft under `Godeps/_workspace`): blamed on its caller `loadState`; log lines with `log`'s time above; cut in a path.
  'etcd_3591_capnslog_panicf_go14_cut.txt': {
    ids: [1], truncated: true, crash: 'panic: d241f35f522492d6 state.commit 18523916 is out of range [18521854, 18523915]',
    cut: [[1, ['github.com/coreos/etcd/Godeps/_workspace/src/github.com/coreos/pkg/capnslog.(*PackageLogger).Panicf', 'github.com/coreos/etcd/raft.(*raft).loadState', 'github.com/coreos/etcd/raft.newRaft']]],
    first: '1 goroutine crashed (panic: d241f35f522492d6 state.commit 18523916 is out of range [18521854, 18523915]) in raft.(*raft).loadState (raft.go:759)',
  },
  // etcd 0.4's logger lines (`[etcd] Apr 22 21:18:28.060 WARNING   | …`) above the panic, Go 1.2 (`runtime.panic`, `netpoll.goc`), 8-space locations; cut in an offset (`+0`).
  'etcd_755_bracketed_logger_lines_go12_eight_space_cut.txt': {
    ids: [15, 1], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[1, ['net.runtime_pollWait']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in raft.(*Log).commitInfo (log.go:300), created by server.(*PeerServer).Start',
  },
  // Fedora's GOROOT (`/usr/lib/golang`), PIE addresses (`pc=0x557aed23c216`): the excerpt starts at a location then whole goroutines; it ends inside a `pc=` value (`pc=0x557aed29`, 8 digits where every other frame's has 12): cut there.
  'etcd_10012_fedora_usr_lib_golang_pie_addresses_headless_cut.txt': {
    ids: [71], truncated: true, crash: null,
    cut: [[71, ['runtime.notetsleepg', 'runtime.timerproc', 'runtime.goexit']]],
    first: null,
    headless: [{ lines: '7–15', funcs: ['?', 'runtime.chanrecv2', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/etcd/pkg/logutil.(*MergeLogger).outputLoop', 'runtime.goexit'], createdBy: 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/etcd/pkg/logutil.NewMergeLogger' }],
    cutAtStart: true,
  },
  // `fatal error: all goroutines are asleep - deadlock!` behind journald, goroutine 1 `[semacquire, 1495 minutes]` in errgroup's `Wait`; cut in a path.
  'nodeexporter_2705_journald_deadlock_semacquire_1495_minutes_cut.txt': {
    ids: [1], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!',
    cut: [[1, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'golang.org/x/sync/errgroup.(*Group).Wait', 'github.com/prometheus/exporter-toolkit/web.ServeMultiple', 'github.com/prometheus/exporter-toolkit/web.ListenAndServe']]],
    first: '1 goroutine blocked on semacquire for 24 h 55 min in errgroup.(*Group).Wait (errgroup.go:53); all goroutines are asleep (deadlock)',
  },
  // Go ≥ 1.20's `[sync.RWMutex.RLock, 495 minutes]` (`-trimpath`, tab-indented), an inlined `RLock(...)`; cut in a call's arguments.
  'prometheus_13619_rwmutex_rlock_wait_495_minutes_trimpath_cut.txt': {
    ids: [3439], truncated: true, crash: null,
    cut: [[3439, ['sync.runtime_SemacquireRWMutexR', 'sync.(*RWMutex).RLock', 'github.com/prometheus/prometheus/tsdb.(*stripeSeries).getByID', 'github.com/prometheus/prometheus/tsdb.(*headAppender).Append', 'github.com/prometheus/prometheus/storage.(*fanoutAppender).Append', 'github.com/prometheus/prometheus/scrape.(*timeLimitAppender).Append', 'github.com/prometheus/prometheus/scrape.(*scrapeLoop).append', 'github.com/prometheus/prometheus/scrape.(*scrapeLoop).scrapeAndReport']]],
    first: '1 goroutine blocked on sync.RWMutex.RLock for 8 h 15 min in tsdb.(*stripeSeries).getByID (head.go:1925); blocked over an hour',
  },
  // an excerpt starting at a location (8-space indent) then its `created by`, goroutines `[select, 13 minutes]` and `[IO wait, 1048 minutes]`; cut in a path.
  'alertmanager_559_headless_weaveworks_mesh_io_wait_1048_minutes_cut.txt': {
    ids: [23, 29, 30], truncated: true, crash: null,
    cut: [[30, ['net.runtime_pollWait', 'net.(*pollDesc).wait']]],
    first: null,
    headless: [{ lines: '6–8', funcs: ['?'], createdBy: 'github.com/prometheus/alertmanager/vendor/github.com/weaveworks/mesh.newConnectionMaker' }],
    cutAtStart: true,
  },
  // `journalctl -o short-precise` (`Nov 05 06:09:05.838398 host kubelet[1874]: `, the time differing from the crash line to the stack), `-trimpath`, an inlined `ContainerMap.Add(...)` first: blamed there; cut in a name.
  'kubernetes_128638_journal_short_precise_inlined_first_frame_cut.txt': {
    ids: [26977], truncated: true, crash: 'fatal error: concurrent map writes',
    cut: [[26977, ['k8s.io/kubernetes/pkg/kubelet/cm/containermap.ContainerMap.Add', 'k8s.io/kubernetes/pkg/kubelet/cm/cpumanager.(*manager).AddContainer', 'k8s.io/kubernetes/pkg/kubelet/cm.(*internalContainerLifecycleImpl).PreStartContainer']]],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in containermap.ContainerMap.Add (container_map.go:36)',
  },
  // no blank line between `fatal error: concurrent map read and map write` and the header, locations flush left with Go 1.7's `fp= sp=`, a Prow build's kubelet log; cut in a call's arguments.
  'kubernetes_37560_no_blank_before_header_flush_left_fp_sp_cut.txt': {
    ids: [79], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[79, ['runtime.throw', 'runtime.mapaccess1_faststr', 'k8s.io/kubernetes/pkg/api/v1/pod.SetInitContainersAndStatuses', 'k8s.io/kubernetes/pkg/kubelet/config.newSourceApiserverFromLW.func1', 'k8s.io/kubernetes/pkg/client/cache.(*UndeltaStore).Update', 'k8s.io/kubernetes/pkg/client/cache.(*Reflector).watchHandler']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in pod.SetInitContainersAndStatuses (util.go:67)',
  },
  // a collapsed `<details>` of journald lines from a Raspberry Pi (arm64, `0x44…` addresses), locations flush left behind the prefix; the paste stops at a location without its offset (`kubelet_node_status.go:592`), the cut.
  'kubernetes_48045_details_journald_arm64_flush_left_fp_sp.txt': {
    ids: [431], truncated: true, crash: 'fatal error: concurrent map writes',
    cut: [[431, ['runtime.throw', 'runtime.mapassign', 'k8s.io/kubernetes/pkg/kubelet/cm.(*containerManagerImpl).GetNodeAllocatableReservation', 'k8s.io/kubernetes/pkg/kubelet.(*Kubelet).setNodeStatusMachineInfo']]],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in cm.(*containerManagerImpl).GetNodeAllocatableReservation (node_container_manager.go:191)',
  },
  // a Windows kubelet's `fatal error: concurrent map writes` (Go 1.13 `fp= sp= pc=`) whose excerpt stops before the stack's end, then the issue form's prose.
  'kubernetes_93771_windows_kubelet_dockershim_map_writes_then_prose.txt': {
    ids: [13660836], truncated: true, crash: 'fatal error: concurrent map writes',
    cut: [[13660836, ['runtime.throw', 'runtime.mapassign_faststr', 'k8s.io/kubernetes/pkg/kubelet/dockershim.(*dockerService).CreateContainer']]],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in dockershim.(*dockerService).CreateContainer (docker_container.go:186)',
  },
  // an excerpt starting at a call line (go-grpc-middleware's chain) with Go 1.14's `fp= sp= pc=`: a stack without its header to its `created by`, then `goroutine 1 [select, 224 minutes]:` cut in a call's arguments.
  'loki_2982_headless_grpc_middleware_fp_sp_pc_select_224_minutes_cut.txt': {
    ids: [1], truncated: true, crash: null,
    cut: [[1, ['github.com/cortexproject/cortex/pkg/util/services.(*Manager).AwaitStopped']]],
    first: null,
    headless: [{ lines: '6–17', funcs: ['github.com/grpc-ecosystem/go-grpc-middleware.ChainStreamServer.func1', 'google.golang.org/grpc.(*Server).processStreamingRPC', 'google.golang.org/grpc.(*Server).handleStream', 'google.golang.org/grpc.(*Server).serveStreams.func1.1', 'runtime.goexit'], createdBy: 'google.golang.org/grpc.(*Server).serveStreams.func1' }],
    cutAtStart: true,
  },
  // a turn continued from the comment before, starting at a header, no blank line between goroutines (opencensus' and jaeger's workers); cut in a path.
  'loki_3248_goroutines_without_blank_lines_opencensus_jaeger_cut.txt': {
    ids: [233, 155, 287, 289], truncated: true, crash: null,
    cut: [[289, ['github.com/uber/jaeger-client-go/utils.(*reconnectingUDPConn).reconnectLoop']]],
    first: null,
  },
  // the paste trimmed after a call line with no location, then a blank line and the closing fence, under a YAML block and the issue form: the frame kept, the goroutine not cut (as dapr_3607).
  'istio_24453_call_without_location_then_blank_and_fence.txt': {
    ids: [4397], truncated: false, crash: 'panic: runtime error: index out of range [1] with length 1',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range [1] with length 1) in model.convertIstioListenerToWrapper (sidecar.go:275)',
  },
  'golang_54332_header_without_frames.txt': { ids: [469267], truncated: true, crash: null, cut: [[469267, []]], first: null },
  // hclog's `… [DEBUG] plugin.nomad: ` before a Debian build's lines, the tab written by syslog as `#011`; cut in a name.
  'nomad_4579_hclog_plugin_prefix_hash011_tabs_cut.txt': {
    ids: [33], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[33, ['github.com/hashicorp/nomad/client/driver/executor.(*UniversalExecutor).configureCgroups', 'github.com/hashicorp/nomad/client/driver/executor.(*UniversalExecutor).configureIsolation']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in executor.(*UniversalExecutor).configureCgroups (executor_linux.go:132)',
  },
  // journald with 8 spaces for tabs, Go 1.7's `panic(…)` frame; another unit's line (`systemd[1]`, cut) after the creator is no cut.
  'nomad_1722_journald_eight_spaces_go17_panic_frame_systemd_cut.txt': {
    ids: [803889], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in client.(*TaskRunner).collectResourceUsageStats (task_runner.go:494), created by client.(*TaskRunner).run',
  },
  // hclog's multi-line field (`  stack_trace=` then `  | ` before each line), tabs escaped as `\t`; a recovered panic's debug.Stack under
  // the record that says so (`… panicked …: … error="runtime error: …"`, its crash line, the field's name its value's line), cut.
  'nomad_19417_hclog_stack_trace_pipe_column_escaped_tabs_cut.txt': {
    ids: [74], truncated: true, crash: `${NOMAD_CRASH}\n  stack_trace=`,
    cut: [[74, ['runtime/debug.Stack', 'github.com/hashicorp/nomad/scheduler.(*SystemScheduler).Process.func1']]],
    first: `1 goroutine panicked (recovered: ${NOMAD_CRASH} …), cut before the frame that panicked`,
  },
  // journald behind an EC2 host name (`ip-10-183-2-238.ec2.internal bash[1873]:`), the paste starting inside net/http's frames; Homebrew's GOROOT; cut in a path.
  'vault_2877_journald_ec2_host_headless_cellar_go18_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at http.wrapHelpHandler.func1 (help.go:22)',
    headless: [{ lines: '2–10', funcs: ['net/http.HandlerFunc.ServeHTTP', 'net/http.(*ServeMux).ServeHTTP', 'github.com/hashicorp/vault/http.wrapHelpHandler.func1', 'net/http.HandlerFunc.ServeHTTP', 'github.com/hashicorp/vault/http.wrapGenericHandler.func1'], createdBy: null }],
    cutAtStart: true,
  },
  // Go 1.6 with `fp= sp=` behind 4 spaces, starting at a location line; cut in a path.
  'vault_2027_fatal_fault_go16_four_spaces_fp_sp_starts_in_location.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at core.go:1298',
    headless: [{ lines: '2–13', funcs: ['?', 'github.com/hashicorp/vault/vault.(*Core).Unseal', 'github.com/hashicorp/vault/http.handleSysUnseal.func1', 'net/http.HandlerFunc.ServeHTTP', 'net/http.(*ServeMux).ServeHTTP', 'github.com/hashicorp/vault/http.handleHelpHandler.func1', 'net/http.HandlerFunc.ServeHTTP'], createdBy: null }],
    cutAtStart: true,
  },
  // a stack overflow inside the compiler's `type..hash.net/http.connectMethodKey` (`<autogenerated>:1`): never the frame blamed.
  'vault_2348_stack_overflow_runtime_stack_autogenerated_type_hash_cut.txt': {
    ids: [373541], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit',
    cut: [[373541, ['runtime.memhash', 'runtime.strhash', 'type..hash.net/http.connectMethodKey', 'runtime.mapassign', 'net/http.(*Transport).getIdleConn']]],
    first: '1 goroutine crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit) in runtime.memhash (hash64.go:23)',
  },
  // journald with a lowercase month (`nov 06`) and each location without its tab; starts at a location, cut in the prefix.
  'minio_6483_journald_lowercase_month_locations_without_indent_headless.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at poll.(*pollDesc).waitRead (fd_poll_runtime.go:90)',
    headless: [{ lines: '3–12', funcs: ['internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'bufio.(*Reader).Read'], createdBy: null }],
    cutAtStart: true,
  },
  // journald's tag alone (`minio[149306]: `, no time or host) before a crash line with no goroutine header under it: the tag is the prefix.
  'minio_19822_bare_process_prefix_traceback_did_not_unwind_trimpath_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: traceback did not unwind completely', cut: [], first: null,
    stackSuspect: 'the process crashed (fatal error: traceback did not unwind completely) in runtime.(*unwinder).finishInternal (traceback.go:568), as its runtime stack shows',
  },
  // a blank line, then `http: panic serving` without a log time; a handler's recover and re-panic (two `panic` frames), 8 spaces.
  'minio_6484_blank_then_http_panic_serving_nested_panic_eight_spaces_cut.txt': {
    ids: [100829], truncated: true, crash: 'http: panic serving 10.98.94.201:50898: runtime error: invalid memory address or nil pointer dereference',
    cut: [[100829, ['net/http.(*conn).serve.func1', 'panic', 'github.com/minio/minio/cmd.criticalErrorHandler.ServeHTTP.func1', 'panic', 'github.com/minio/minio/cmd.(*NotificationSys).send', 'github.com/minio/minio/cmd.(*peerRPCReceiver).SendEvent', 'reflect.Value.call', 'reflect.Value.Call']]],
    first: '1 goroutine panicked (recovered: http: panic serving 10.98.94.201:50898: runtime error: invalid memory address or nil pointer dereference) in cmd.(*NotificationSys).send (notification.go:420)',
  },
  // a crash reporter's `2024-09-14T05:07:29Z \t` before each line, no crash line, a trailing space on the last.
  'tailscale_13521_utc_time_tab_prefix_no_crash_line_trailing_space.txt': {
    ids: [71], truncated: false, crash: null, cut: [], first: null,
  },
  // a log viewer's clock and a tab (`05:51:29\t`) before each line, module paths with a version (`tailscale.com@v1.38.1/…`).
  'tailscale_7686_clock_tab_prefix_module_version_paths.txt': {
    ids: [49], truncated: false, crash: null, cut: [], first: null,
  },
  // gVisor's refcount panic on arm64 (0x4000… addresses), Go 1.17's `{…}` struct arguments; cut in a name.
  'tailscale_4207_gvisor_refcount_panic_arm64_go117_cut.txt': {
    ids: [281], truncated: true, crash: 'panic: Incrementing non-positive count 0x400037dc00 on stack.PacketBuffer',
    cut: [[281, ['gvisor.dev/gvisor/pkg/tcpip/stack.(*packetBufferRefs).IncRef', 'gvisor.dev/gvisor/pkg/tcpip/transport/udp.(*endpoint).HandlePacket', 'gvisor.dev/gvisor/pkg/tcpip/stack.(*endpointsByNIC).handlePacket', 'gvisor.dev/gvisor/pkg/tcpip/stack.(*transportDemuxer).deliverPacket', 'gvisor.dev/gvisor/pkg/tcpip/stack.(*nic).DeliverTransportPacket']]],
    first: '1 goroutine crashed (panic: Incrementing non-positive count 0x400037dc00 on stack.PacketBuffer) in stack.(*packetBufferRefs).IncRef (packet_buffer_refs.go:80)',
  },
  // a cgo SIGSEGV from Go 1.7 under a home-made GOROOT: `runtime stack:`, the `_Cfunc_` stub at `??:0` with `fp= sp=`; cut in a name.
  'cockroach_12363_cgo_sigsegv_runtime_stack_question_marks_location_cut.txt': {
    ids: [87], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[87, ['runtime.cgocall', 'github.com/cockroachdb/cockroach/pkg/storage/engine._Cfunc_DBApplyBatchRepr', 'github.com/cockroachdb/cockroach/pkg/storage/engine.dbApplyBatchRepr', 'github.com/cockroachdb/cockroach/pkg/storage/engine.(*RocksDB).ApplyBatchRepr']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in engine._Cfunc_DBApplyBatchRepr (??:0)',
  },
  // CockroachDB's stderr on illumos after bunyan's log: two `fatal error:` lines one under the other (`fault`, then `releasep: invalid arg`), one crash;
  // cut under `runtime.sigpanic`: the frame that faulted is not in the text, no blame on the runtime's throw.
  'cockroach_omicron_1223_bunyan_then_two_fatal_errors_fault_releasep_cut.txt': {
    ids: [1], truncated: true, crash: 'unexpected fault address 0x1252ba6 / fatal error: fault / fatal error: releasep: invalid arg',
    cut: [[1, ['runtime.throw', 'runtime.sigpanic']]],
    first: '1 goroutine crashed (unexpected fault address 0x1252ba6 / fatal error: fault / fatal error: releasep: invalid arg), cut before the frame that crashed',
  },
  // traefik's `Error in Go routine: runtime error: …` record above the stack, its recovered panic's value, read as the crash line; logrus' `msg="Stack: goroutine 29 [running]:\n…"` behind docker compose's `traefik-traefik-1  | `, the line above starting with a space; the string cut at a line's end.
  'traefik_9249_compose_prefix_logrus_escaped_stack_leading_space_cut.txt': {
    ids: [29], truncated: true, crash: 'Error in Go routine: runtime error: slice bounds out of range [2:1]',
    cut: [[29, ['runtime/debug.Stack', 'github.com/traefik/traefik/v2/pkg/safe.defaultRecoverGoroutine', 'github.com/traefik/traefik/v2/pkg/safe.GoWithRecover.func1.1']]],
    first: '1 goroutine panicked (recovered: Error in Go routine: runtime error: slice bounds out of range [2:1]), cut before the frame that panicked',
  },
  // the same escaped stack (traefik's safe package, Go 1.17 from hostedtoolcache) with a line break the paste put inside a `file:line` (`exec.go:` / `214 +0x239`); cut in a path.
  'traefikkop_15_logrus_escaped_stack_wrapped_in_line_number_cut.txt': {
    ids: [51], truncated: true, crash: null,
    cut: [[51, ['runtime/debug.Stack', 'github.com/traefik/traefik/v2/pkg/safe.defaultRecoverGoroutine', 'github.com/traefik/traefik/v2/pkg/safe.OperationWithRecover.func1.1', 'panic', 'text/template.errRecover', 'panic', 'text/template.(*Template).execute', 'text/template.(*Template).Execute', 'github.com/traefik/traefik/v2/pkg/provider.BuildRouterConfiguration']]],
    first: '1 goroutine crashed (its crash line is not in the text) in provider.BuildRouterConfiguration',
  },
  // `Stack: ` before the header and a space after it, a recovered panic on 32-bit arm (`atomic_arm.go` goLoad64), 8 spaces; no crash line.
  'traefik_7207_stack_label_trailing_space_arm_atomic_eight_spaces_cut.txt': {
    ids: [59], truncated: true, crash: null,
    cut: [[59, ['runtime/debug.Stack', 'github.com/containous/traefik/v2/pkg/safe.defaultRecoverGoroutine', 'github.com/containous/traefik/v2/pkg/safe.GoWithRecover.func1.1', 'panic', 'runtime/internal/atomic.goLoad64', 'github.com/go-kit/kit/metrics/generic.(*Counter).Add', 'github.com/containous/traefik/v2/pkg/metrics.(*pilotCounter).Add', 'github.com/go-kit/kit/metrics/multi.Counter.Add', 'main.setupServer.func3']]],
    first: '1 goroutine crashed (its crash line is not in the text) in generic.(*Counter).Add (generic.go:46)',
  },
  // an inline-code backtick before `fatal error: sync: unlock of unlocked mutex`, Go 1.17's `·dwrap·55` deferred wrapper, open-coded defers' `runtime.runOpenDeferFrame`.
  'rclone_6190_inline_backtick_unlock_of_unlocked_mutex_dwrap_middle_dot_cut.txt': {
    ids: [454070], truncated: true, crash: 'fatal error: sync: unlock of unlocked mutex',
    cut: [[454070, ['runtime.throw', 'sync.throw', 'sync.(*Mutex).unlockSlow', 'sync.(*Mutex).Unlock', 'github.com/rclone/rclone/vfs.(*RWFileHandle).ReadAt·dwrap·55', 'runtime.deferCallSave', 'runtime.runOpenDeferFrame', 'panic']]],
    first: '1 goroutine crashed (fatal error: sync: unlock of unlocked mutex) in vfs.(*RWFileHandle).ReadAt·dwrap·55 (read_write.go:277)',
  },
  // a collapsed `<details>` with a `<summary>` and a ```` ```log ```` fence; inlined `sync.(*Once).Do(...)`; cut in a path.
  'rclone_5471_details_summary_log_fence_sync_once_cut.txt': {
    ids: [28], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[28, ['github.com/rclone/rclone/cmd/mountlib.(*MountPoint).Wait.func1.1', 'sync.(*Once).doSlow', 'sync.(*Once).Do', 'github.com/rclone/rclone/cmd/mountlib.(*MountPoint).Wait.func1', 'github.com/rclone/rclone/lib/atexit.Run.func1', 'sync.(*Once).doSlow', 'sync.(*Once).Do', 'github.com/rclone/rclone/lib/atexit.Run']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in mountlib.(*MountPoint).Wait.func1.1 (mount.go:256)',
  },
  // the terminal's `^C` glued before `panic:` under a log line; 8 spaces; cut in a path.
  'rclone_5540_ctrl_c_echo_glued_to_panic_eight_spaces_cut.txt': {
    ids: [23], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[23, ['github.com/rclone/rclone/cmd/mountlib.(*MountPoint).Wait.func1.1', 'sync.(*Once).doSlow', 'sync.(*Once).Do', 'github.com/rclone/rclone/cmd/mountlib.(*MountPoint).Wait.func1', 'github.com/rclone/rclone/lib/atexit.Run.func1', 'sync.(*Once).doSlow', 'sync.(*Once).Do', 'github.com/rclone/rclone/lib/atexit.Run', 'github.com/rclone/rclone/lib/atexit.Register.func1.1']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in mountlib.(*MountPoint).Wait.func1.1 (mount.go:256)',
  },
  // journald (`HOST lxd.daemon[4421]:`, 8 spaces), no blank line between goroutines, the snap's GOROOT (`/snap/go/3947/src`); starts inside goroutine 1, cut in the prefix.
  'lxd_5946_journald_snap_goroot_no_blank_between_goroutines_starts_in_stack.txt': {
    ids: [5, 9], truncated: true, crash: null, cut: [], first: null,
    headless: [{ lines: '2–5', funcs: ['github.com/spf13/cobra.(*Command).Execute', 'main.main'], createdBy: null }], cutAtStart: true,
  },
  // journald without blank lines, -trimpath, `[select, 2 minutes]`, `created by … in goroutine 1`; starts under a creator-less stack, cut in arguments.
  'lxd_14706_journald_trimpath_select_minutes_creator_in_goroutine_starts_in_stack.txt': {
    ids: [379, 380], truncated: true, crash: null, cut: [[380, ['github.com/canonical/lxd/lxd/task.(*Task).loop']]], first: null,
    headless: [{ lines: '2–5', funcs: ['main.deviceEventListener'], createdBy: 'main.(*Daemon).init' }], cutAtStart: true,
  },
  // `panic: strings: negative Repeat count` with an inlined closure (`func1.2(...)`) to blame, 8 spaces; whole.
  'lxd_6986_trace_daemon_negative_repeat_inlined_func_eight_spaces.txt': {
    ids: [275], truncated: false, crash: 'panic: strings: negative Repeat count', cut: [],
    first: '1 goroutine crashed (panic: strings: negative Repeat count) in main.deviceNetlinkListener.func1.2 (devices.go:256), created by main.deviceNetlinkListener',
  },
  // GitHub Actions' timestamps, gotip's `runtime.goexit({})` alone under `[syscall, locked to thread]`; starts at a location, cut after a location without offset.
  'lxd_12540_actions_timestamps_gotip_goexit_only_starts_in_location.txt': {
    ids: [17, 34], truncated: true, crash: null, cut: [[34, ['os/signal.signal_recv', 'os/signal.loop']]], first: null,
    headless: [{ lines: '2–10', funcs: ['?', 'github.com/spf13/cobra.(*Command).execute', 'github.com/spf13/cobra.(*Command).ExecuteC', 'github.com/spf13/cobra.(*Command).Execute', 'main.main'], createdBy: null }],
    cutAtStart: true,
  },
  // the server's ASCII-art banner in a box (`  | … |` lines), then a Go 1.2 panic indented by 2, its locations by 9; cut in a name.
  'influxdb_781_ascii_banner_box_then_two_space_indented_go12_panic_cut.txt': {
    ids: [32], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[32, ['runtime.panic', 'engine.GetValue', 'engine.PlusOperator', 'engine.GetValue', 'engine.func·014', 'engine.func·016', 'engine.(*mergeState).yieldNextPoints']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in engine.GetValue (arithmetic.go:31)',
  },
  // InfluxDB 0.9's `[http]`/`[b1]` log lines above a Go 1.4 panic, `b1.func·013` to blame; cut in a path.
  'influxdb_4028_bracket_tag_log_then_go14_func_middle_dot_cut.txt': {
    ids: [105701], truncated: true, crash: 'panic: runtime error: slice bounds out of range',
    cut: [[105701, ['github.com/influxdb/influxdb/tsdb/engine/b1.func·013', 'sort.Search', 'github.com/influxdb/influxdb/tsdb/engine/b1.(*Cursor).Seek', 'github.com/influxdb/influxdb/tsdb.(*seriesCursor).SeekTo', 'github.com/influxdb/influxdb/tsdb.(*LocalMapper).Open', 'github.com/influxdb/influxdb/tsdb.(*Executor).executeAggregate']]],
    first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in b1.func·013 (b1.go:574)',
  },
  // markdown took each receiver's `*` for emphasis and wrote it as `_` (`cluster.(_ClusterConfiguration)`): read as `(*ClusterConfiguration)`.
  'influxdb_565_markdown_ate_stars_banner_four_spaces_go12_cut.txt': {
    ids: [23], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[23, ['runtime.panic', 'cluster.(*ClusterConfiguration).GetShardToWriteToBySeriesAndTime', 'coordinator.(*CoordinatorImpl).CommitSeriesData', 'coordinator.(*CoordinatorImpl).WriteSeriesData']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in cluster.(*ClusterConfiguration).GetShardToWriteToBySeriesAndTime (cluster_configuration.go:660)',
  },
  // Go 1.12 from Homebrew, `[sync.Cond.Wait]` goroutines of go-nats with the inlined `runtime.goparkunlock(...)`; starts at a location, cut in a path.
  'flux_1138_cellar_go112_sync_cond_wait_inlined_goparkunlock_starts_in_location.txt': {
    ids: [4753, 4718], truncated: true, crash: null,
    cut: [[4718, ['runtime.goparkunlock', 'sync.runtime_notifyListWait', 'sync.(*Cond).Wait', 'github.com/nats-io/go-nats.(*Conn).waitForMsgs']]],
    first: null, headless: [{ lines: '2–4', funcs: ['?'], createdBy: 'github.com/nats-io/go-nats.(*Conn).subscribe' }], cutAtStart: true,
  },
  // nats-server's `[82250] 2019/05/22 … [INF]` log, then a nil `*sync.Map` (`sync.(*Map).Load(0x0, …)`); cut in a name.
  'nats_1006_pid_bracket_log_then_sync_map_nil_receiver_cut.txt': {
    ids: [22], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[22, ['sync.(*Map).Load']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in sync.(*Map).Load (map.go:103)',
  },
  // a glog line behind a tab, `fatal error: fault` with no blank line before the header, blamed on an assembly frame (`decode_amd64.s:11`).
  'dgraph_4100_tab_led_glog_line_fault_no_blank_assembly_frame_cut.txt': {
    ids: [973797], truncated: true, crash: 'unexpected fault address 0xc05c000000 / fatal error: fault',
    cut: [[973797, ['runtime.throw', 'runtime.sigpanic', 'github.com/dgraph-io/dgraph/vendor/github.com/dgryski/go-groupvarint.Decode4', 'github.com/dgraph-io/dgraph/codec.(*Decoder).unpackBlock', 'github.com/dgraph-io/dgraph/codec.(*Decoder).Next…']]],
    first: '1 goroutine crashed (unexpected fault address 0xc05c000000 / fatal error: fault) in go-groupvarint.Decode4 (decode_amd64.s:11)',
  },
  // a terminal's copy at 94 columns, lines padded with spaces, one `file:line` left on its call's line (`runtime.throw(…)   /usr/local/go/…`), marks, arguments and a path wrapped.
  'dgraph_4288_terminal_width_wrap_padded_location_joined_to_call.txt': {
    ids: [1281391], truncated: false, crash: null, cut: [],
    first: '1 goroutine crashed (its crash line is not in the text) in go-groupvarint.Decode4 (decode_amd64.s:11)',
  },
  // Go 1.26 from the module cache's toolchain, heap addresses at 0x2ff2…, juju's `CRITICAL juju.rpc panic running request {…}: runtime error: …` over debug.Stack (the recovered panic's crash line, behind the log's `machine-0: `); cut in a path.
  'juju_22351_go126_toolchain_critical_rpc_panic_running_request_cut.txt': {
    ids: [41584], truncated: true, crash: JUJU_CRASH,
    cut: [[41584, ['runtime/debug.Stack', 'github.com/juju/juju/rpc.(*Conn).runRequest.func1', 'panic', 'github.com/juju/juju/apiserver/facades/agent/provisioner.(*ProvisionerAPI).ProvisioningInfo', 'reflect.Value.call']]],
    first: `1 goroutine panicked (recovered: ${JUJU_CRASH}) in provisioner.(*ProvisionerAPI).ProvisioningInfo (provisioninginfo.go:105)`,
  },
  // a gopkg.in package whose dot Go escapes in symbol names (`gopkg.in/mgo%2ev2.(*Session).cluster`); cut in arguments.
  'juju_8474_percent_escaped_dot_in_package_path_eight_spaces_cut.txt': {
    ids: [379], truncated: true, crash: 'panic: Session already closed',
    cut: [[379, ['gopkg.in/mgo%2ev2.(*Session).cluster', 'gopkg.in/mgo%2ev2.copySession', 'gopkg.in/mgo%2ev2.(*Session).Copy', 'github.com/juju/juju/mongo.CollectionFromName']]],
    first: '1 goroutine crashed (panic: Session already closed) in mgo%2ev2.(*Session).cluster (session.go:1624)',
  },
  // glog lines (`I1225 13:53:05.329582   20363 run.go:492] …`) above a panic at shutdown; cut inside the first frame's name.
  'dgraph_2845_glog_lines_then_panic_at_shutdown_cut_in_name.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, []]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference)',
  },
  // Vitess' own stack printer: `file:line (0x…)` lines, each with its function and source line under it behind 8 spaces, under a bare `runtime error: …`; cut in a source line.
  'vitess_6117_tb_stack_source_lines_under_pc_locations_cut.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header panicked in vcursor_impl.go:388',
    headless: [{ lines: '8–21', funcs: ['?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // Grafana/Loki's `2025-03-03 19:09:46.305\t` alone above each line, passed over: `Uncaught panic:` and its value on the next record, one `file:line (0x…)` stack; cut in a path.
  'vitess_17893_loki_time_alone_lines_uncaught_panic_pc_locations_cut.txt': {
    ids: [], truncated: true,
    crash: 'Uncaught panic: \nruntime error: invalid memory address or nil pointer dereference',
    cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in show.go:750',
    headless: [{ lines: '9–23', funcs: ['?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // a test's `panic: Log in goroutine after … has completed: ` whose value is a zerolog JSON record, recovered and logged again with the stack escaped in its `stack_trace` field: the stack read unescaped, the crash's words end before the field; cut in a name.
  'zetachain_3573_panic_value_json_record_stack_trace_field_cut.txt': {
    ids: [521], truncated: true,
    crash: ZETA_CRASH,
    cut: [[521, ['github.com/zeta-chain/node/pkg/bg.logError', 'github.com/zeta-chain/node/pkg/bg.Work.func1.1', 'panic']]],
    first: `1 goroutine crashed (${ZETA_CRASH}) in bg.logError (bg.go:86)`,
  },
  // PingCAP's log (`[time] [ERROR] [conn.go:1056] ["…"] [k=v]…`) with zap's stack escaped in `[stack="[…"]`: names over `file:line` without offsets; blamed under `runtime.panicdottypeE`; cut in a name
  // (`github.com/pingc`, naming no function): the field never closed, the stack read from it is cut (cutStackField.ts).
  'tidb_35963_bracketed_log_fields_stack_escaped_without_offsets_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header panicked in terror.(*code2ErrClassMap).Get (terror.go:104)',
    headless: [{ lines: '2–2', funcs: ['github.com/pingcap/tidb/server.(*clientConn).Run.func1', 'runtime.gopanic', 'runtime.panicdottypeE', 'github.com/pingcap/tidb/parser/terror.(*code2ErrClassMap).Get', 'github.com/pingcap/tidb/parser/terror.getMySQLErrorCode'], createdBy: null, cut: true }],
    cutAtStart: true,
  },
  // a root prompt glued before `panic:` (`[root@loader bubble]# panic: …`), `exit status 2` and bash's job line after; whole.
  'tidb4pg_82_shell_prompt_glued_to_panic_exit_status_job_line.txt': {
    ids: [327269], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in server.(*clientConn).writeError (conn.go:1138), created by server.(*Server).Run',
  },
  // the same stack overflow pasted twice in two fences (the second without the `runtime: goroutine stack exceeds` line); the later one is read, cut in a name.
  'tidb_22238_stack_overflow_pasted_twice_runtime_stack_eight_spaces.txt': {
    ids: [3328851], truncated: true, crash: 'fatal error: stack overflow', cut: [[3328851, ['runtime.heapB…']]],
    first: '1 goroutine crashed (fatal error: stack overflow) in runtime.heapB…',
  },
  // Jenkins' `[2022-07-27T11:13:11.068Z] ` before each line, Bazel's `external/com_github_…` paths; starts at a location, cut in a name.
  'tidb_36628_jenkins_timestamps_bazel_external_paths_starts_in_location.txt': {
    ids: [126, 91, 92], truncated: true, crash: null,
    cut: [[92, ['github.com/pingcap/tidb/ddl.(*ddl).startDispatchLoop', 'github.com/pingcap/tidb/util.(*WaitGroupWrapper).Run.func1']]], first: null,
  },
  // logcat's `04-08 17:21:33.263 W/SyncthingNativeCode(14178): ` before each line (locations without their tab), 32-bit arm; starts inside a stack, cut in a path.
  'syncthingandroid_1299_logcat_threadtime_tag_pid_arm32_starts_in_stack.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at protocol.(*countingWriter).Write (counting.go:45)',
    headless: [{ lines: '1–7', funcs: ['github.com/syncthing/syncthing/lib/protocol.(*countingWriter).Write', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).writeCompressedMessage', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).writeMessage', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).writerLoop'], createdBy: null }],
    cutAtStart: true,
  },
  // a log viewer's clock glued to the logcat tag (`03:11:16W/SyncthingNativeCode `), arm64 register-ABI arguments; starts at a location, ends at a creator without its location.
  'syncthingandroid_2006_clock_glued_to_logcat_tag_arm64_starts_in_location.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at counting.go:24, created by protocol.(*rawConnection).Start',
    headless: [{ lines: '2–15', funcs: ['?', 'io.ReadAtLeast', 'io.ReadFull', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).readHeader', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).readMessage', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).readerLoop', 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).Start.func1'], createdBy: 'github.com/syncthing/syncthing/lib/protocol.(*rawConnection).Start' }],
    cutAtStart: true,
  },
  // Android Studio's logcat (`2020-06-29 10:17:15.725 30644-0/? E/Go: `), no blank line between crash line and header; cut in a name.
  'syncthingandroid_1520_android_studio_logcat_e_go_prefix_cut.txt': {
    ids: [60], truncated: true, crash: 'panic: runtime error: index out of range [1] with length 1',
    cut: [[60, ['github.com/syncthing/syncthing/lib/model.(*sendReceiveFolder).processNeeded', 'github.com/syncthing/syncthing/lib/model.(*sendReceiveFolder).pullerIteration', 'github.com/syncthing/syncthing/lib/model.(*sendReceiveFolder).pull', 'github.com/syncthing/syncthing/lib/model.(*folder).pu…']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [1] with length 1) in model.(*sendReceiveFolder).processNeeded (folder_sendrecv.go:466)',
  },
  // inline code opened on one line and closed on the next (`` `sudo nohup geth & `` / `` ` ``), then `fatal error: runtime: out of memory` and its runtime stack (Go 1.9 mheap); cut in arguments.
  'geth_14590_inline_code_across_lines_then_oom_go19_mheap_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: runtime: out of memory', cut: [], first: null,
    stackSuspect: 'the process crashed (fatal error: runtime: out of memory) in runtime.sysMap (mem_linux.go:216), as its runtime stack shows',
  },
  // `docker logs -t`'s nanosecond time and a space before each line, `[select, 25 minutes]`; starts at a location, cut in the last prefix's end.
  'geth_16377_docker_timestamps_tab_select_minutes_starts_in_location.txt': {
    ids: [99, 100], truncated: true, crash: null, cut: [[100, ['github.com/ethereum/go-ethereum/eth/filters.(*EventSystem).eventLoop']]], first: null,
    headless: [{ lines: '2–4', funcs: ['?'], createdBy: 'github.com/ethereum/go-ethereum/eth.(*ProtocolManager).Start' }], cutAtStart: true,
  },
  // `fatal error: concurrent map iteration and map write` inside fmt's map sorting (Go 1.17 -trimpath, `fp= sp= pc=`); cut in an offset.
  'vitess_6813_concurrent_map_iteration_fmt_sort_trimpath_cut.txt': {
    ids: [161], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[161, ['runtime.throw', 'runtime.mapiternext', 'reflect.mapiternext', 'reflect.(*MapIter).Next', 'internal/fmtsort.Sort', 'fmt.(*pp).printValue', 'fmt.(*pp).printArg', 'fmt.(*pp).doPrintf']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in runtime.mapiternext (map.go:858)',
  },
  // a blog's panic (Go ≤ 1.16 arguments) with no blank line between the signal line and the header, 8 spaces, prose around; whole.
  'joeshaw_blog_panic_signal_no_blank_before_header_eight_spaces.txt': {
    ids: [58], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in example.UpdateResponse (resp.go:108), created by main.runServer',
  },
  // a web page made text: each location flush left (its tab lost), a heading right under the last; no crash line; whole.
  'devtoolbox_page_text_locations_without_tabs_then_prose.txt': {
    ids: [1], truncated: false, crash: null, cut: [], first: null,
  },
  // a deadlock on a page whose text lost the tab, `exit status 2` and a sentence with mis-decoded UTF-8 (`โ`) right under it.
  'errornotes_page_deadlock_locations_without_tabs_exit_status.txt': {
    ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [],
    first: '1 goroutine blocked on chan receive in main.main (main.go:12); all goroutines are asleep (deadlock)',
  },
  // a page whose line breaks became spaces inside ```` ``` ```` marks: the panic and signal on one line, header and frames on the next (the signal stays in the crash's message).
  'fixwikihub_page_flattened_panic_between_fence_marks.txt': {
    ids: [1], truncated: false,
    crash: 'panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x483c5d]',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x483c5d]) in main.processData (main.go:42)',
  },
  // a page's deadlock whose next sentence is glued to `exit status 2` (`exit status 2Or a program hangs …`), then code; whole.
  'fixdevs_com_page_deadlock_sentence_glued_to_offset.txt': {
    ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [],
    first: '1 goroutine blocked on chan receive in main.main (main.go:12); all goroutines are asleep (deadlock)',
  },
  // Go ≥ 1.23 headers (`gp=… m=nil`), `[GC worker (idle), 33 minutes]` whose creator ran in goroutine 19, a `[runnable, locked to thread]` goroutine showing only `runtime.goexit({})`; cut in a path.
  'graphicsgd_174_go125_gc_worker_minutes_locked_goexit_only_cut.txt': {
    ids: [8, 17, 2], truncated: true, crash: null,
    cut: [[2, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.forcegchelper', 'runtime.goexit']]], first: null,
  },
  // GOROOT inside the module cache (`golang.org/toolchain@v0.0.1-go1.24.1.linux-arm64/src/runtime/…`), 8-space indent with `fp= sp= pc=`; a lone location before the first header (skipped, as a lone `file:line` is); cut in a path.
  'tracee_4688_toolchain_module_goroot_arm64_gp_header_cut.txt': {
    ids: [31], truncated: true, crash: null,
    cut: [[31, ['runtime.gopark', 'runtime.netpollblock', 'internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read']]],
    first: null,
  },
  // arm64 under a distribution's GOROOT (`/usr/lib/golang`), grpc 1.80's `created by … in goroutine 34`; cut inside the next goroutine's first name (`runtime.g`).
  'godror_406_arm64_usr_lib_golang_gp_headers_cut_in_name.txt': {
    ids: [35, 36], truncated: true, crash: null, cut: [[36, ['runtime.g…']]], first: null,
  },
  // stern's `pod container ` before each line, `http2: panic serving …` behind `log`'s time, Go 1.22's `panic({…?, …?})`; cut in a name.
  'tektonresults_968_stern_prefix_http2_panic_serving_cut.txt': {
    ids: [126188], truncated: true, crash: 'http2: panic serving 10.128.6.156:38960: runtime error: invalid memory address or nil pointer dereference',
    cut: [[126188, ['net/http.(*http2serverConn).runHandler.func1', 'panic', 'github.com/tektoncd/results/pkg/api/server/v1alpha2/plugin.getBlobLogs',
      'github.com/tektoncd/results/pkg/api/server/v1alpha2.Handler.(*LogServer).LogMux.func1', 'net/http.HandlerFunc.ServeHTTP']]],
    first: '1 goroutine panicked (recovered: http2: panic serving 10.128.6.156:38960: runtime error: invalid memory address or nil pointer dereference) in plugin.getBlobLogs (plugin_logs.go:327)',
  },
  // Go 1.24 from Homebrew (`/usr/local/Cellar/go/1.24.0/libexec/src/…`): starts inside the GC sweeper (`runtime.gcenable.gowrap1`, `created by runtime.gcenable in goroutine 1`); cut in `fp=`.
  'goloader_116_go124_cellar_headless_bgsweep_gowrap_cut.txt': {
    ids: [19], truncated: true, crash: null,
    cut: [[19, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.(*scavengerState).park', 'runtime.bgscavenge']]], first: null,
    headless: [{ lines: '2–13', funcs: ['runtime.gopark', 'runtime.goparkunlock', 'runtime.bgsweep', 'runtime.gcenable.gowrap1', 'runtime.goexit'], createdBy: 'runtime.gcenable' }],
    cutAtStart: true,
  },
  // GitHub Actions' time before every line, the copy started inside the first one (`3.6367390Z panic: test timed out after 40m0s`), then `running tests:`; goroutine 1 stops at `testing.(*T).Run`, above the test binary's main.main: cut
  'matrixone_19185_actions_timestamp_cut_in_first_prefix_test_timeout.txt': {
    ids: [311, 1], truncated: true, crash: 'panic: test timed out after 40m0s (running TestCancelRunningTask)', cut: [[1, ['testing.(*T).Run']]], first: null,
  },
  // `.....` where the reporter left goroutines out, then the registers of GOTRACEBACK=crash, cut in one.
  'pulsarclientgo_49_dots_between_goroutines_registers_cut.txt': {
    ids: [169, 834], truncated: true, crash: 'SIGQUIT: quit', cut: [], first: null,
  },
  // goconvey's `  Test kill works ` glued before `SIGQUIT: quit`; cut after the word `goroutine` of the next header.
  'scion_2187_goconvey_text_glued_sigquit_cut_header.txt': {
    ids: [0, 1], truncated: true, crash: 'SIGQUIT: quit', cut: [], first: null,
  },
  // The next prompt glued to the last location's offset (`+0x1> `): the last goroutine is whole.
  'start_7_prompt_glued_to_last_offset.txt': {
    ids: [1, 17], truncated: false, crash: 'panic: runtime error: index out of range', cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in start.readCommand (command.go:245)',
  },
  // Go ≥ 1.21's `created by … in goroutine 1`, a module path without a domain.
  'onelong_3_go121_creator_in_goroutine_module_without_domain.txt': {
    ids: [17455], truncated: false, crash: 'panic: runtime error: index out of range [0] with length 0', cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in finger.(*FinScan).fingerScan (finger.go:176), created by finger.(*FinScan).StartScan',
  },
  // Go ≥ 1.23's `goroutine 1 gp=… m=0 mp=… [syscall]:` under a cgo SIGSEGV, the paste ending after `runtime.cgocall(…)` without its location.
  'onnxruntimego_95_go123_gp_header_cgocall_without_location.txt': {
    ids: [1], truncated: true, crash: 'SIGSEGV: segmentation violation', cut: [[1, ['runtime.cgocall']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in runtime.cgocall',
  },
  // Go 1.21 on arm64 macOS: a cgo SIGSEGV under the issue form's code block, `fp= sp= pc=` behind 8 spaces, an inlined `GetPid(...)`.
  'robotgo_611_go121_arm64_sigsegv_cgo_after_code_block.txt': {
    ids: [21], truncated: false, crash: 'SIGSEGV: segmentation violation', cut: [],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in robotgo._Cfunc_get_PID (_cgo_gotypes.go:540)',
  },
  // The excerpt ends inside the last location's `pc=`, in a GC worker that has not reached its `runtime.goexit` and `created by` yet:
  // the stack before it ends in `runtime.goexit`, so this dump prints the runtime's frames and creators, and the worker is cut.
  'yay_2536_trimpath_gc_workers_cut_in_pc.txt': {
    ids: [56, 57], truncated: true, crash: null, cut: [[57, ['runtime.gopark', 'runtime.gcBgMarkWorker', 'runtime.gcBgMarkStartWorkers.gowrap1']]], first: null,
    headless: [{ lines: '2–7', funcs: ['runtime.gcBgMarkStartWorkers.gowrap1', 'runtime.goexit'], createdBy: 'runtime.gcBgMarkStartWorkers' }], cutAtStart: true,
  },
  // docker compose built with `-trimpath` (Go 1.22: `runtime/netpoll.go:345`), 8-space indent; starts inside a goroutine whose creator ran in goroutine 1; cut in a call's arguments.
  'compose_12334_go122_trimpath_headless_socket_cut.txt': {
    ids: [52, 50], truncated: true, crash: null,
    cut: [[50, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read']]], first: null,
    headless: [{
      lines: '2–11', funcs: ['internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'github.com/docker/cli/cli-plugins/socket.ConnectAndWait.func1'],
      createdBy: 'github.com/docker/cli/cli-plugins/socket.ConnectAndWait',
    }],
    cutAtStart: true,
  },
  // The compose plugin's dump (Go 1.24, `-trimpath`), a creator that ran in goroutine 51 (`created by net/http.(*Transport).dialConn in goroutine 51`); cut in a path.
  'cvat_9674_compose_plugin_creator_in_goroutine_51_cut_in_path.txt': {
    ids: [50, 52, 36], truncated: true, crash: null,
    cut: [[36, ['go.opentelemetry.io/otel/sdk/trace.(*batchSpanProcessor).processQueue', 'go.opentelemetry.io/otel/sdk/trace.NewBatchSpanProcessor.func1']]], first: null,
  },
  // No blank line between goroutines, `-trimpath` paths; cut in a path.
  'compose_8599_no_blank_lines_trimpath_cut.txt': {
    ids: [6, 12, 10, 11, 13, 23], truncated: true, crash: null, cut: [[23, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait']]], first: null,
  },
  // sasha-s/go-deadlock's `POTENTIAL DEADLOCK:` report: its own `goroutine N lock 0x…` lines and `file:line func ??? <<<<<`, then the
  // holder's stack as Go prints it, locations behind one space, `...` where the reporter stopped it (its creator left out: cut).
  // The paster's `...` under the stack marks frames left out (the stack kept, marked elided), not a cut.
  'godeadlock_15_potential_deadlock_report_one_space_locations.txt': {
    ids: [1595446618], truncated: false, crash: null, cut: [], first: null,
  },
  // A Go newer than 1.25 (`asm_amd64.s:1771`) with its heap outside `0xc000…` (`gp=0x2a9adf1043c0`), `[GOMAXPROCS updater (idle), 179 minutes]`;
  // starts at a location whose call is above the excerpt (skipped, as a lone `file:line` is), then the scavenger's stack; cut in `fp`.
  'wiiudownloader_180_go126_heap_addresses_gomaxprocs_updater_minutes_cut.txt': {
    ids: [18, 19], truncated: true, crash: null, cut: [[19, ['runtime.gopark']]], first: null,
    headless: [{ lines: '2–10', funcs: ['?', 'runtime.bgscavenge', 'runtime.gcenable.gowrap2', 'runtime.goexit'], createdBy: 'runtime.gcenable' }], cutAtStart: true,
  },
  // prose in Chinese, a root prompt and the program's own line before the deadlock; a path elided by the reporter (`/.../.../example/…`).
  'btlet_11_root_prompt_log_line_deadlock_elided_path.txt': {
    ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [],
    first: '1 goroutine blocked on chan receive in main.main (btsniffer.go:21); all goroutines are asleep (deadlock)',
  },
  'tailscale_13361_go_time_prefix_panic.txt': {
    ids: [51], truncated: false, crash: 'panic: *tstun.Wrapper is already set', cut: [],
    first: '1 goroutine crashed (panic: *tstun.Wrapper is already set) in tsd.(*SubSystem[...]).Set (tsd.go:174)',
  },
  'pathbrute_17_backtick_header.txt': {
    ids: [1], truncated: false, crash: 'fatal error: runtime: out of memory', cut: [],
    first: '1 goroutine crashed (fatal error: runtime: out of memory) in runtime.sysMap (mem_linux.go:169) on the system stack',
  },
  'rclone_3246_fence_glued_sigquit_cut.txt': {
    ids: [0, 1], truncated: true, crash: 'SIGQUIT: quit',
    cut: [[1, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'github.com/ncw/rclone/vendor/bazil.org/fuse.mount', 'github.com/ncw/rclone/vendor/bazil.org/fuse.Mount']]],
    first: null,
  },
  'higress_44_escaped_stack_after_text.txt': { ids: [1], truncated: false, crash: null, cut: [], first: null },
  'caddy_5677_syslog_tag_stack_overflow.txt': {
    ids: [1654], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit',
    cut: [[1654, ['runtime.getitab', 'runtime.assertI2I2', 'net/http.(*ResponseController).Flush']]],
    first: '1 goroutine crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit) in runtime.getitab (iface.go:34)',
  },
  'vault_2804_backtick_syslog_crash_cut.txt': {
    ids: [5971], truncated: true, crash: 'fatal error: concurrent map writes',
    cut: [[5971, ['runtime.throw', 'runtime.mapassign', 'github.com/hashicorp/vault/vault.NewACL', 'github.com/hashicorp/vault/vault.(*PolicyStore).ACL']]],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in vault.NewACL (acl.go:114)',
  },
  'golang_36976_garbled_pc_line_excerpt.txt': { ids: [0], truncated: false, crash: 'SIGQUIT: quit', cut: [], first: null },
  // Panics recovered and logged with their goroutine's stack: the frame under the last `panic` is blamed, not the handler that logged it.
  'caddy_3259_http_panic_serving_twice.txt': {
    ids: [22, 14], truncated: true, crash: 'http: panic serving 127.0.0.1:36188: runtime error: invalid memory address or nil pointer dereference',
    cut: [[14, ['net/http.(*conn).serve.func1', 'panic', 'github.com/caddyserver/caddy/v2/modules/caddyhttp.(*Server).ServeHTTP', 'net/http.serverHandler.ServeHTTP', 'net/http.(*conn).serve']]],
    first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:36188: runtime error: invalid memory address or nil pointer dereference) ' +
      'in caddyhttp.(*Server).ServeHTTP (server.go:203), created by http.(*Server).Serve',
  },
  'kubernetes_100413_observed_a_panic_klog.txt': {
    ids: [726799016], truncated: true, crash: 'Observed a panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[726799016, ['k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/server/filters.(*timeoutHandler).ServeHTTP.func1.1', 'panic',
      'k8s.io/kubernetes/vendor/k8s.io/apiserver/pkg/endpoints/filters.WithAudit.func1.1', 'panic', 'compress/gzip.(*Writer).Write']]],
    first: '1 goroutine panicked (recovered: Observed a panic: runtime error: invalid memory address or nil pointer dereference) in gzip.(*Writer).Write',
  },
  'vault_1827_http_panic_serving_capnslog.txt': {
    ids: [252], truncated: true, crash: 'http: panic serving 127.0.0.1:6414: runtime error: invalid memory address or nil pointer dereference',
    cut: [[252, ['net/http.(*conn).serve.func1', 'panic', 'github.com/hashicorp/vault/http.handleSysGenerateRootUpdate.func1', 'net/http.HandlerFunc.ServeHTTP',
      'github.com/hashicorp/vault/http.handleRequestForwarding.func1']]],
    first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:6414: runtime error: invalid memory address or nil pointer dereference) ' +
      'in http.handleSysGenerateRootUpdate.func1 (sys_generate_root.go:151)',
  },
  // Blocked on a lock with only the standard library's frames in sight: no background wait; cut in a `#` line's path (its `file:line` column missing): truncated.
  'vault_16151_debug1_mutex_pileup_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [],
    first: '145,190 goroutines blocked on sync.Mutex.Lock in sync.runtime_SemacquireMutex (sema.go:71)',
  },
  'docker_543_details_semacquire_cut.txt': {
    ids: [115, 62324236], truncated: true, crash: null, cut: [[62324236, ['sync.runtime_SemacquireMutex']]], first: '1 goroutine blocked on semacquire for 93 h 31 min in exec.(*Store).List (exec.go:140), created by daemon.NewDaemon; the longest wait in the dump',
  },
  // A dump logged as one escaped string, with a line break the paste put inside the string: read across it.
  'moby_31639_logfmt_escaped_wrapped.txt': { ids: [122, 1, 17, 20, 107], truncated: true, crash: null, cut: [[107, ['syscall.Syscall6']]], first: null },
  'containerd_285_journal_escaped_wrapped_in_header.txt': { ids: [132, 1, 17, 18], truncated: true, crash: null, cut: [[18, ['os/signal.si…']]], first: null },
  // Cut in the `fp=`/`sp=` part after a frame's location.
  'golang_18038_cut_in_fp_suffix.txt': {
    ids: [104441, 1], truncated: true, crash: 'panic: test timed out after 3m0s',
    cut: [[1, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.chanrecv']]], first: null,
  },
  // net/http's recovered panic through a server's own error log.
  'nats_2741_monitoring_panic_serving.txt': {
    ids: [2121586], truncated: true, crash: 'monitoring: panic serving XXXX: runtime error: invalid memory address or nil pointer dereference',
    cut: [[2121586, ['net/http.(*conn).serve.func1']]],
    first: '1 goroutine panicked (recovered: monitoring: panic serving XXXX: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked',
  },
  // hclog names its logger before net/http's own `http: panic serving`.
  'nomad_8655_hclog_nested_http_panic_serving.txt': {
    ids: [230394], truncated: true, crash: 'http: http: panic serving [REDACTED]:36052: runtime error: invalid memory address or nil pointer dereference',
    cut: [[230394, ['net/http.(*conn).serve.func1', 'panic', 'github.com/hashicorp/nomad/command/agent.structsAllocDeploymentStatusToApi',
      'github.com/hashicorp/nomad/command/agent.structsAllocListStubToApi', 'github.com/hashicorp/nomad/command/agent.structsCSIPluginToApi',
      'github.com/hashicorp/nomad/command/agent.(*HTTPServer).CSIPluginSpeci…']]],
    first: '1 goroutine panicked (recovered: http: http: panic serving [REDACTED]:36052: runtime error: invalid memory address or nil pointer dereference) ' +
      'in agent.structsAllocDeploymentStatusToApi (csi_endpoint.go:420)',
  },
  // Recovery middleware's own line: the panic it caught, then the goroutine's stack (`runtime/debug.Stack` first).
  'argocd_25610_recovered_from_panic.txt': {
    ids: [275], truncated: true, crash: 'Recovered from panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[275, ['runtime/debug.Stack', 'github.com/argoproj/argo-cd/v3/controller.(*ApplicationController).processAppRefreshQueueItem.func1', 'panic',
      'github.com/argoproj/argo-cd/v3/controller.(*appStateManager).CompareAppState', 'github.com/argoproj/argo-cd/v3/controller.(*ApplicationController).processAppRefreshQueueItem',
      'github.com/argoproj/argo-cd/v3/controller.(*ApplicationController).Run.func3']]],
    first: '1 goroutine panicked (recovered: Recovered from panic: runtime error: invalid memory address or nil pointer dereference) in controller.(*appStateManager).CompareAppState (state.go:1002)',
  },
  // No `panic:` line in the paste: the running goroutine with a `panic` frame panicked, blamed under the last one (not in the deferred function above it).
  'badger_1883_panic_without_message.txt': {
    ids: [2551], truncated: true, crash: null,
    cut: [[2551, ['github.com/dgraph-io/badger/v4/table.(*Table).offsetsLength', 'github.com/dgraph-io/badger/v4/table.(*Table).DecrRef',
      'github.com/dgraph-io/badger/v4.decrRefs', 'github.com/dgraph-io/badger/v4.(*levelsController).compactBuildTables.func6',
      'github.com/dgraph-io/badger/v4.(*levelsController).runCompactDef.func1', 'panic', 'github.com/dgraph-io/badger/v4/fb.(*TableIndex).StaleDataSize',
      'github.com/dgraph-io/badger/v4/table.(*Table).StaleDataSize', 'github.com/dgraph-io/badger/v4.(*levelHandler).addSize']]],
    first: '1 goroutine crashed (its crash line is not in the text) in fb.(*TableIndex).StaleDataSize (TableIndex.go:132)',
  },
  // Thrown by sysmon, which runs no goroutine: goroutine 1, in a cgo call, is not blamed.
  'podman_2964_sysmon_fatal_error.txt': {
    ids: [1], truncated: true, crash: 'fatal error: runtime: netpoll failed',
    cut: [[1, ['github.com/containers/libpod/pkg/rootless._Cfunc_reexec_in_user_namespace_wait']]], first: null,
    stackSuspect: 'the process crashed (fatal error: runtime: netpoll failed) in runtime.netpoll (netpoll_epoll.go:75), as its runtime stack shows',
  },
  // A test timeout: the package's init-started worker in select is no suspect; the cut goroutine may be the test.
  'otelcol_225_test_timeout_init_worker.txt': {
    ids: [65, 1, 6, 54], truncated: true, crash: 'panic: test timed out after 30s', cut: [[54, []]],
    first: '1 goroutine blocked in select; the test timed out after 30s',
  },
  // Two panics of two runs pasted one after the other: two dumps, the last one grouped.
  'kind_406_two_panics.txt': {
    ids: [11], truncated: true, crash: 'panic: send on closed channel', cut: [[11, ['sigs.k8s.io/kind/pkg/cluster/internal/create.createNodeC…']]],
    first: '1 goroutine crashed (panic: send on closed channel) in create.createNodeC…',
  },
  // What the runtime prints right before the signal it dies of joins the crash line.
  'cloudgame_406_morestack_on_g0.txt': {
    ids: [0, 17], truncated: true, crash: 'fatal: morestack on g0 / SIGTRAP: trace trap',
    cut: [[17, ['runtime.systemstack_switch', 'runtime.(*mheap).alloc', 'runtime.(*mcentral).grow', 'runtime.(*mcentral).cacheSpan', 'runtime.(*mcache).refill']]],
    first: null,
  },
  'gogs_4276_git_remote_prefix.txt': {
    ids: [0, 9, 1], truncated: true,
    crash: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable / SIGABRT: abort',
    cut: [[1, ['github.com/gogits/gogs/vendor/github.com/gogits/git-module.(*Command).RunInDirTimeoutPipeline']]], first: null,
  },
  // Fatal errors of the runtime: blamed where it threw, on the system stack or under `runtime.throw`.
  'golang_15762_sweep_on_system_stack.txt': {
    ids: [3, 1127], truncated: true, crash: 'fatal error: sweep increased allocation count', cut: [[1127, ['net.(*netFD).connect.func2']]],
    first: '1 goroutine crashed (fatal error: sweep increased allocation count) in runtime.(*mspan).sweep (mgcsweep.go:287) on the system stack, created by runtime.gcenable',
  },
  'golang_68047_zombie_throw.txt': {
    ids: [3], truncated: true, crash: 'fatal error: found pointer to free object',
    cut: [[3, ['runtime.throw', 'runtime.(*mspan).reportZombies', 'runtime.(*sweepLocked).sweep', 'runtime.sweepone', 'runtime.bgsweep']]],
    first: '1 goroutine crashed (fatal error: found pointer to free object) in runtime.(*mspan).reportZombies (mgcsweep.go:861)',
  },
  // Idle threads' `goroutine 0 [idle]:` back to back, without frames: each one counts.
  'firego_55_frameless_idle_threads.txt': {
    ids: [0, 0, 8, 17], truncated: true, crash: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable / SIGABRT: abort', cut: [[17, []]], first: null,
  },
  // Go 1.3 printed no offset for `runtime.goexit` (its pc at the function's entry): a last location line without one is whole.
  'dockerize_2_deadlock_go13_goc.txt': {
    ids: [16, 19], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [],
    first: '1 goroutine blocked on semacquire in main.main (dockerize.go:93); all goroutines are asleep (deadlock)',
  },
  // Cut in the log prefix every line carries, before the last line's text.
  'milvus_7977_line_numbers_and_ci_timestamps.txt': {
    ids: [177, 162], truncated: true, crash: null,
    cut: [[162, ['testing.(*T).Run', 'github.com/milvus-io/milvus/internal/indexcoord.TestIndexCoord']]], first: null,
  },
  'nomad_3008_journald_nomad_sh.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[1, ['github.com/hashicorp/nomad/scheduler.bitmapFrom', 'github.com/hashicorp/nomad/scheduler.newAllocNameIndex',
      'github.com/hashicorp/nomad/scheduler.(*allocReconciler).computeGroup']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in scheduler.bitmapFrom (reconcile_util.go:297)',
  },
  // Cut in the name of the call line due after a frame: `runtime` names no function, the goroutine is cut.
  'golang_63277_registers_dashes_then_sigquit.txt': {
    ids: [0], truncated: true, crash: 'SIGQUIT: quit',
    cut: [[0, ['runtime.futex', 'runtime.futexsleep', 'runtime.notetsleep_internal', 'runtime.notetsleep', 'runtime.sysmon', 'runtime.mstart1', 'runtime.mstart0']]],
    first: null,
  },
  // A panic recovered and raised again as it was (HandleCrash), cut right under `panic`: the handler is not blamed.
  'argoworkflows_7518_recovered_handlecrash.txt': {
    ids: [229], truncated: true,
    crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[229, ['k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / ' +
      'panic: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked',
  },
  // Cut inside a goroutine's header bracket: that goroutine counts, without frames, cut; alone behind a log message too.
  'prometheus_6196_oom_dump_excerpt.txt': { ids: [89, 90, 169, 91, 92], truncated: true, crash: null, cut: [[92, []]], first: null },
  // traefik's `Error in Go routine: …` record above it is its crash line.
  'traefik_6197_cut_in_header.txt': {
    ids: [38], truncated: true, crash: 'Error in Go routine: runtime error: invalid memory address or nil pointer dereference', cut: [[38, []]],
    first: '1 goroutine panicked (recovered: Error in Go routine: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked',
  },
  // gccgo prints names without arguments; the last one's `file:line` is cut: the frame stays, without its location.
  'syncthing_1887_gccgo_no_args_frames.txt': {
    ids: [41, 42, 43, 44, 70, 308], truncated: true, crash: null,
    cut: [[308, ['github.com_syncthing_syncthing_internal_events.Since.pN67_github.com_syncthing_syncthing_internal_events.BufferedSubscription',
      'main.restGetEvents', 'main.$nested1', 'main.$nested4', 'main.$nested10']]],
    first: null,
  },
  // Race detector reports cut mid-stack: in a call's receiver (no function named), in a path (the call kept without its location).
  'typescriptgo_1271_race_generics_cut.txt': {
    ids: [554, 546], truncated: true, crash: null,
    cut: [[546, ['github.com/microsoft/typescript-go/internal/compiler.(*parseTask).markFromExternalLibrary']]],
    first: '1 goroutine in a data race: read of 0x00c00427d71a in compiler.(*parseTask).isFromExternalLibrary (parsetask.go:145)',
  },
  'memtierd_99_race_unfenced_cut.txt': {
    ids: [7, 8], truncated: true, crash: null,
    cut: [[8, ['runtime.mapassign_fast64', 'github.com/intel/memtierd/pkg/memtier.(*TrackerIdlePage).addRanges',
      'github.com/intel/memtierd/pkg/memtier.(*TrackerIdlePage).AddPids', 'github.com/intel/memtierd/pkg/memtier.(*PidWatcherCgroups).reportNewAndOldPids',
      'github.com/intel/memtierd/pkg/memtier.(*PidWatcherCgroups).loop']]],
    first: '1 goroutine in a data race: read of 0x00c0001251a0 in memtier.(*TrackerIdlePage).sampler (tracker_idlepage.go:241)',
  },
  // A crash pasted down to its `runtime stack:` only: no goroutine, so the dump is cut, blamed where the runtime stack says.
  'nanotube_34_runtime_stack_only_stack_overflow.txt': {
    ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null,
    stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit) in target.(*OptionalTicker).Stop (host.go:107), as its runtime stack shows',
  },
  'rclone_3590_runtime_stack_only_oom_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: runtime: out of memory', cut: [], first: null,
    stackSuspect: 'the process crashed (fatal error: runtime: out of memory) in runtime.sysMap (mem_linux.go:169), as its runtime stack shows',
  },
  // A `runtime stack:` that threw, without its crash line: the goroutine printed right under it is the one that crashed.
  'golang_35821_runtime_stack_without_crash_line.txt': {
    ids: [50], truncated: true, crash: null, cut: [[50, ['runtime.systemstack_switch', 'runtime.gcBgMarkWorker', 'runtime.goexit']]],
    first: '1 goroutine crashed (its crash line is not in the text) in runtime.gentraceback (traceback.go:275) on the system stack, created by runtime.gcBgMarkStartWorker',
  },
  // …and one after its goroutine, which is then not the one that crashed: the runtime stack alone says where.
  'telegraf_1025_runtime_stack_after_goroutine_journald.txt': {
    ids: [255345], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'the runtime threw in runtime.acquirep1 (proc.go:3315), as a runtime stack shows (its crash line is not in the text)',
    // The paste starts at a goroutine's `created by`, its location flush left behind the journal's prefix.
    headless: [{ lines: '6–7', funcs: [], createdBy: 'net/http.(*Transport).dialConn' }], cutAtStart: true,
  },
  // Stacks pasted without their goroutine header: shown, not counted.
  'containerd_9217_headless_stack_before_goroutine.txt': {
    ids: [426], truncated: true, crash: null,
    cut: [[426, ['sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'github.com/containerd/containerd/sys/reaper.(*subscriber).do',
      'github.com/containerd/containerd/sys/reaper.(*Monitor).notify.func1']]],
    first: '1 goroutine blocked on semacquire for 6 minutes in reaper.(*subscriber).do (reaper_unix.go:54); blocked long in a small dump',
    headless: [{
      lines: '7–16', funcs: ['sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'github.com/containerd/containerd/sys/reaper.(*subscriber).do',
        'github.com/containerd/containerd/sys/reaper.(*Monitor).notify.func1'],
      createdBy: 'github.com/containerd/containerd/sys/reaper.(*Monitor).notify',
    }],
    cutAtStart: true,
  },
  // A crash line behind text the scanner does not know as a prefix, taken for the dump that follows it.
  'kaindy_153_comment_prefixed_panic.txt': {
    ids: [5], truncated: false, crash: 'panic: oh! B panicked', cut: [],
    first: '1 goroutine crashed (panic: oh! B panicked) in main.b (main.go:23), created by main.a',
  },
  'k9s_1948_tui_text_glued_panic.txt': {
    ids: [273], truncated: false, crash: 'panic: send on closed channel', cut: [],
    first: '1 goroutine crashed (panic: send on closed channel) in dao.readLogs (pod.go:393), created by dao.tailLogs',
  },
  'ginkgo_134_dots_glued_sigquit_interleaved.txt': { ids: [0, 6], truncated: true, crash: 'SIGQUIT: quit', cut: [], first: null },
  // The crash line lost above the `[signal …]` line (an issue's title held it): the signal is the crash.
  'catchplay_scaffold_2_signal_first_line.txt': {
    ids: [1], truncated: true, crash: 'SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x113e0c5',
    cut: [[1, ['github.com/catchplay/scaffold/scaffold.(*scaffold).genFormStaticFle.func1']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation code=0x1 addr=0x28 pc=0x113e0c5) in scaffold.(*scaffold).genFormStaticFle.func1',
  },
  'httpx_290_signal_line_under_prose.txt': {
    ids: [26], truncated: false, crash: 'SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x887433', cut: [],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x887433) in runner.(*Runner).analyze (runner.go:555), created by runner.(*Runner).process',
  },
  // Under its panic line the `[signal …]` line only says which fault; Go 1.7's `panic(…)` frame is not the culprit.
  'ios_15_go17_panic_frame_signal.txt': {
    ids: [19], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in app.(*StateMachine).Apply (app.go:32), created by main.main',
  },
  // A panic's value of several lines, blank ones among them, starting on the line after `panic: `.
  'kubernetes_7464_ginkgo_multiline_panic.txt': {
    ids: [114], truncated: true, crash: `panic: \n${ginkgoFailure('        ')}`,
    cut: [[114, ['github.com/onsi/ginkgo.Fail', 'github.com/onsi/gomega/internal/assertion.(*Assertion).match', 'github.com/onsi/gomega/internal/assertion.(*Assertion).NotTo']]],
    first: '1 goroutine crashed (panic: Your test failed. …) in ginkgo.Fail (ginkgo_dsl.go:229)',
  },
  // The same value recovered and raised again: ` [recovered]` on a line of its own after it, then `\tpanic: ` and the value again.
  'hm9000_10_ginkgo_multiline_recovered.txt': {
    ids: [22], truncated: true, crash: `panic: \n${ginkgoFailure('\t')} [recovered] / panic: \n${ginkgoFailure('\t')}`,
    cut: [[22, ['runtime.panic']]], first: '1 goroutine crashed (panic: Your test failed. …), cut before the frame that panicked',
  },
  // The excerpt starts at the alarm goroutine: its `panic: test timed out` line is not in the text, the alarm still says it.
  'tiflow_10787_alarm_without_panic_line.txt': {
    ids: [1021, 1, 5], truncated: true, crash: null, cut: [[5, []]],
    first: '1 goroutine blocked in select; the test timed out (its alarm goroutine is running; its panic line is not in the text)',
  },
  'sumologic_3475_zap_stacktrace_alone.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at router.(*Transformer).Process (router.go:130)',
    headless: [{
      lines: '12–19', funcs: [
        'github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/transformer/router.(*Transformer).Process',
        'github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/helper.(*WriterOperator).Write',
        'github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/operator/input/file.(*Input).emit',
        'github.com/open-telemetry/opentelemetry-collector-contrib/pkg/stanza/fileconsumer/internal/reader.(*Reader).ReadToEnd',
      ],
      createdBy: null,
    }],
    cutAtStart: true,
  },
  // A CI log's clock before every line, the blank line under the crash line only the clock; `_` among a call's arguments.
  'cockroach_124400_clock_prefix_underscore_arg.txt': {
    ids: [2812], truncated: false, crash: 'fatal error: concurrent map writes', cut: [],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in roachprod.updatePrometheusTargets.func1 (roachprod.go:811), created by roachprod.updatePrometheusTargets',
  },
  // A mail reply that lost the line break after each `fp=0x… sp=0x…`: every call glued to the location above it (gluedLines.test.ts).
  'cockroach_10871_quoted_glued_call_lines.txt': {
    ids: [15692295], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[15692295, ['runtime.throw', 'runtime.mapaccess1_fast32', 'github.com/cockroachdb/cockroach/pkg/roachpb.(*Transaction).MarshalTo',
      'github.com/cockroachdb/cockroach/pkg/roachpb.(*Error).MarshalTo', 'github.com/cockroachdb/cockroach/pkg/roachpb.(*BatchResponse_Header).MarshalTo',
      'github.com/cockroachdb/cockroach/pkg/roachpb.(*BatchResponse).…']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in roachpb.(*Transaction).MarshalTo (data.pb.go:945)',
  },
  // A traceback the runtime broke off (`runtime: unknown pc`, `stack: frame={…}`, a blank line) goes on with the goroutine's `created by`.
  'golang_43228_unknown_pc_blank_then_creator.txt': {
    ids: [10, 1, 8, 9], truncated: true, crash: 'unexpected fault address 0xf11e2dec4d9d7f9c / fatal error: fault / SIGILL: illegal instruction',
    cut: [[9, ['github.com/sylabs/singularity/cmd/internal/cli.ExecuteSingularity.func2']]],
    first: '1 goroutine crashed (unexpected fault address 0xf11e2dec4d9d7f9c / fatal error: fault / SIGILL: illegal instruction), created by parse.lex',
  },
  'syncthing_9919_sigill_instruction_bytes_arm64.txt': {
    ids: [1, 2, 17], truncated: true, crash: 'SIGILL: illegal instruction', cut: [[17, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.bgsweep']]],
    first: '1 goroutine crashed (SIGILL: illegal instruction) in flag.init (<autogenerated>:1)',
  },
  'golang_44544_panic_during_panic_runtime_stack_hexdump.txt': {
    ids: [], truncated: true, crash: 'fatal error: fatal error: schedule: holding locks / fatal error: unexpected signal during runtime execution', cut: [], first: null,
    stackSuspect: 'the process crashed (fatal error: fatal error: schedule: holding locks / fatal error: unexpected signal during runtime execution)',
  },
  // Wrapped at 80 columns by a mail client (damagedLayout.test.ts wraps Go's own dumps the same way).
  'golang_30283_mail_wrapped_80_columns.txt': {
    ids: [22], truncated: true, crash: 'unexpected fault address 0xffffffffffd02af8 / fatal error: fault',
    cut: [[22, ['runtime.throw', 'runtime.sigpanic', 'time.(*Time).unixSec', 'time.Time.Unix', 'github.com/pengsrc/go-shared/convert.TimeToTimestamp',
      'github.com/pengsrc/go-shared/convert.TestTimeToTimestamp']]],
    first: '1 goroutine crashed (unexpected fault address 0xffffffffffd02af8 / fatal error: fault) in convert.TimeToTimestamp (time.go:44)',
  },
  // Line numbers before the crash lines, learnt at the header: `[signal SIGBUS: bus error …]` behind one is the line under the crash line.
  'golang_29208_line_numbers_signal_bus_error.txt': {
    ids: [15317], truncated: true, crash: 'unexpected fault address 0xecc6a02000 / fatal error: fault',
    cut: [[15317, ['runtime.throw', 'runtime.sigpanic', 'runtime.memmove', 'runtime.growslice', 'ElasticComputeEngine/ComputeTaskHandler/Operations.(*Op_DiscreteRatio).Compute',
      'ElasticComputeEngine/ComputeTaskHandler/Operations.(*Op_DiscreteRatio).Receive.func1']]],
    first: '1 goroutine crashed (unexpected fault address 0xecc6a02000 / fatal error: fault) in Operations.(*Op_DiscreteRatio).Compute (Op_DiscreteRatio.go:205)',
  },
  // Windows prints no header over the crashed goroutine's stack after `signal arrived during external code execution`.
  'aegis_1_windows_exception_trimpath.txt': {
    ids: [0, 9, 24], truncated: true, crash: 'Exception 0xc0000005 0x1 0x7ff66669e000 0x29a2fac6189', cut: [[24, ['os/signal.signal_recv', 'os/signal.loop']]],
    first: '1 goroutine crashed (Exception 0xc0000005 0x1 0x7ff66669e000 0x29a2fac6189) in main.frKGmicM (AL2ywal3.go:1)',
  },
  // Cut inside the register dump right under goroutine 18's frames: the dump is cut, the goroutine whole.
  'golang_64650_indented_crash_registers_gp_header.txt': { ids: [18], truncated: true, crash: 'SIGQUIT: quit', cut: [], first: null },
  'golang_10546_go14_c_frames_minutes.txt': {
    ids: [0, 1, 17, 19, 20], truncated: true, crash: 'SIGQUIT: quit', cut: [[20, ['github.com/bitly/go-hostpool.(*epsilonGreedyHostPool).epsilonGreedyDecay']]], first: null,
  },
  // A console's wrap at 80 columns inside paths and before an offset; Go 1.4's `invalid spdelta` lines in the runtime stack.
  'geth_524_windows_console_wrap_go14.txt': {
    ids: [1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[1, ['runtime.cgocall_errno', 'github.com/ethereum/go-ethereum/crypto/secp256k1._Cfunc_secp256k1_start', 'github.com/ethereum/go-ethereum/crypto/secp256k1.init┬╖1',
      'github.com/ethereum/go-ethereum/crypto/secp256k1.init', 'github.com/ethereum/go-ethereum/core/types.init']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in secp256k1._Cfunc_secp256k1_start (_cgo_gotypes.go:56)',
  },
  // goleak's report: each goroutine opened by `[Goroutine N in state S, with F on top of the stack:`, Go's header after it or not.
  'tidb_46844_goleak_with_go_header.txt': { ids: [16], truncated: false, crash: null, cut: [], first: null },
  'otelcontribcol_43417_goleak_headerless_cut.txt': { ids: [62, 567, 61], truncated: true, crash: null, cut: [[61, []]], first: null },
  'jaeger_5006_goleak_indented_test_log.txt': { ids: [52, 53], truncated: true, crash: null, cut: [[53, []]], first: null },
  'tidb_41455_goleak_then_bazel_binary_path.txt': { ids: [65158], truncated: false, crash: null, cut: [], first: null },
  'jnigi_73_windows_exception_headerless_cut.txt': {
    ids: [0], truncated: true, crash: 'Exception 0xc0000005 0x0 0x0 0x177800003b6',
    cut: [[0, ['runtime.cgocall', 'demo/jnigi._Cfunc_dyn_JNI_CreateJavaVM', 'demo/jnigi.jni_CreateJavaVM.func1', 'demo/jnigi.jni_CreateJavaVM', 'demo/jnigi.CreateJVM',
      'main.main', 'runtime.main', 'runtime.goexit']]],
    first: '1 goroutine crashed (Exception 0xc0000005 0x0 0x0 0x177800003b6) in jnigi._Cfunc_dyn_JNI_CreateJavaVM (_cgo_gotypes.go:2876)',
  },
  'syncthing_10604_mipsle_futexwakeup_sigsegv.txt': {
    ids: [0], truncated: true, crash: 'SIGSEGV: segmentation violation',
    cut: [[0, ['runtime.futexwakeup', 'runtime.semawakeup', 'runtime.unlock2Wake', 'runtime.unlock2', 'runtime.unlockWithRank', 'runtime.unlock', 'runtime.mcommoninit',
      'runtime.allocm', 'runtime.newm']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in runtime.futexwakeup (os_linux.go:98)',
  },
  // The Kubernetes and cloud-native ecosystem: kubelet, etcd, Istio, Loki, containerd.
  // A fence glued to the header, every offset's `+` a space (a text decoded as a URL's query).
  'havener_171_debug_stack_plus_lost.txt': {
    ids: [1], truncated: true, crash: null,
    cut: [[1, ['runtime/debug.Stack', 'github.com/homeport/havener/internal/cmd.exitWithErrorAndIssue', 'github.com/homeport/havener/internal/cmd.Execute.func1', 'panic',
      'github.com/homeport/havener/internal/hvnr.ShowHelmReleaseDiff', 'github.com/homeport/havener/internal/cmd.UpgradeViaHavenerConfig', 'github.com/homeport/havener/internal/cmd.glob..func10']]],
    first: '1 goroutine crashed (its crash line is not in the text) in hvnr.ShowHelmReleaseDiff (diffs.go:75)',
  },
  // zap's console encoder (`…Z\tinfo\t`) before net/http's recovered panic, behind a pod's name or alone.
  'istio_12369_stern_pod_container_prefix.txt': {
    ids: [7062], truncated: true, crash: 'http: panic serving 127.0.0.1:55834: runtime error: invalid memory address or nil pointer dereference',
    cut: [[7062, ['net/http.(*conn).serve.func1', 'panic', 'istio.io/istio/pilot/pkg/proxy/envoy/v2.(*DiscoveryServer).configDump',
      'istio.io/istio/pilot/pkg/proxy/envoy/v2.(*DiscoveryServer).ConfigDump']]],
    first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:55834: runtime error: invalid memory address or nil pointer dereference) ' +
      'in v2.(*DiscoveryServer).configDump (ads.go:263)',
  },
  'istio_38162_two_http_panics_trimpath.txt': {
    ids: [655, 2497], truncated: true, crash: 'http: panic serving 127.0.0.1:57814: runtime error: invalid memory address or nil pointer dereference',
    cut: [[2497, ['net/http.(*conn).serve.func1', 'panic', 'istio.io/istio/pilot/pkg/xds.NdsGenerator.Generate']]],
    first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:57814: runtime error: invalid memory address or nil pointer dereference) ' +
      'in xds.(*EcdsGenerator).Generate (ecds.go:61)',
  },
  // journalctl's wrap at the terminal's width: the rest of a call's arguments alone on the next line, without journald's prefix.
  'kubernetes_86676_journald_wrapped_unprefixed.txt': {
    ids: [603], truncated: true, crash: null,
    cut: [[603, ['k8s.io/kubernetes/vendor/k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/kubernetes/vendor/k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic',
      'k8s.io/kubernetes/pkg/kubelet/cm.(*qosContainerManagerImpl).setCPUCgroupConfig']]],
    first: '1 goroutine crashed (its crash line is not in the text) in cm.(*qosContainerManagerImpl).setCPUCgroupConfig',
  },
  'nebula_316_reversed_leading_space.txt': {
    ids: [102], truncated: false, crash: 'fatal error: concurrent map writes', cut: [],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in runtime.throw (panic.go:1116)',
  },
  'etcd_7448_concurrent_map_iteration_fp_sp.txt': {
    ids: [1492], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[1492, ['runtime.throw', 'runtime.mapiternext', 'github.com/coreos/etcd/cmd/vendor/github.com/coreos/etcd/lease.(*Lease).Keys',
      'github.com/coreos/etcd/cmd/vendor/github.com/coreos/etcd/etcdserver.(*EtcdServer).LeaseTimeToLive']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in lease.(*Lease).Keys (lessor.go:548)',
  },
  'istio_12275_two_space_locations.txt': {
    ids: [1984], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1984, ['istio.io/istio/pilot/pkg/serviceregistry/kube.(*Controller).getProxyServiceInstancesByPod', 'istio.io/istio/pilot/pkg/serviceregistry/kube.(*Controller).GetProxyServiceInstances',
      'istio.io/istio/pilot/pkg/serviceregistry/aggregate.(*Controller).GetProxyServiceInstances', 'istio.io/istio/pilot/pkg/model.(*Proxy).SetServiceInstances']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in kube.(*Controller).getProxyServiceInstancesByPod (controller.go:592)',
  },
  'istio_29709_json_log_then_panic.txt': {
    ids: [2441], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[2441, ['istio.io/istio/galley/pkg/config/source/kube/rt.(*Provider).GetAdapter', 'istio.io/istio/galley/pkg/config/source/kube/apiserver.(*Source).startWatchers',
      'istio.io/istio/galley/pkg/config/source/kube/apiserver.(*Source).onCrdEvent', 'istio.io/istio/pkg/config/event.(*fnHandler).Handle']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in rt.(*Provider).GetAdapter (provider.go:70), created by apiserver.(*watcher).start',
  },
  'loki_17731_compose_prefix_creator_goroutine.txt': {
    ids: [1, 18, 5], truncated: true, crash: null, cut: [[5, ['go.opencensus.io/stats/view.(*worker).start']]], first: null,
    // The excerpt starts at the end of a goroutine: its last `file:line` (a nameless frame), its `created by` behind the prefix.
    headless: [{ lines: '6–8', funcs: ['?'], createdBy: 'github.com/grafana/loki/v3/pkg/querier/worker.(*schedulerProcessor).querierLoop' }], cutAtStart: true,
  },
  'kubernetes_7860_race_go14_relative_paths.txt': {
    ids: [69, 68], truncated: true, crash: null,
    cut: [[68, ['sync/atomic.AddInt64', 'github.com/GoogleCloudPlatform/kubernetes/pkg/controller.(*PodExpectations).Seen',
      'github.com/GoogleCloudPlatform/kubernetes/pkg/controller.(*RCExpectations).lowerExpectations']]],
    first: '1 goroutine in a data race: read in controller.(*RCExpectations).lowerExpectations (controller_utils.go:116)',
  },
  // Logged by logrus as one escaped string, then escaped again by strace.
  'containerd_13814_strace_double_escaped.txt': {
    ids: [28, 1], truncated: true, crash: null, cut: [[1, ['github.com/containerd/containerd/v2/pkg/shim.reap', 'github.com/containerd/containerd/v2/pkg/shim.serve']]], first: null,
  },
  // Kubernetes' HandleCrash before 1.15: the recovered panic's stack as `file:line` lines alone under its klog line, no function named.
  'kubernetes_77174_observed_panic_locations_only.txt': {
    ids: [], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in reflector.go:189',
    headless: [{ lines: '12–17', funcs: ['?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // The runtime's frames (`/usr/src/go/src/runtime/sigpanic_unix.go`) between the panic and the frame to blame are told by their path.
  'kubernetes_19666_recovered_from_panic_locations_only.txt': {
    ids: [], truncated: true, crash: 'Recovered from panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in pod.go:33',
    headless: [{ lines: '12–20', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // The locations above the crash line are another panic's tail: no crash line above them, so no stack.
  'kubernetes_28992_observed_panic_after_locations_cut.txt': {
    ids: [], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at runtime.go:64',
    headless: [{ lines: '17–19', funcs: ['?', '?', '?'], createdBy: null }],
  },
  // A recovered panic cut before its `panic` frame: the handler that logged it is in sight, not where it panicked.
  'velero_4617_klog_observed_blank_after_header.txt': {
    ids: [732], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [[732, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash']]],
    first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)), ' +
      'cut before the frame that panicked',
  },
  // A wrapping tool's hanging indent (arguments, an offset on lines of their own); the logger's Panicf frames above the call to blame.
  'vmagent_1981_hanging_indent_wrap.txt': {
    ids: [35], truncated: true, crash: 'panic: BUG: readerOffset=64682 cannot exceed writerOffset=60738',
    cut: [[35, ['github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logMessage', 'github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logLevelSkipframes',
      'github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logLevel', 'github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.Panicf',
      'github.com/VictoriaMetrics/VictoriaMetrics/lib/persistentqueue.(*queue).MustReadBlockNonblocking']]],
    first: '1 goroutine crashed (panic: BUG: readerOffset=64682 cannot exceed writerOffset=60738) in persistentqueue.(*queue).MustReadBlockNonblocking',
  },
  'vmagent_5357_journald_zap_spaces_fatal.txt': {
    ids: [3263], truncated: true,
    crash: 'panic: FATAL: cannot flush metainfo: cannot write metainfo to "/var/lib/vmagent/persistent-queue/1_1458901A2D90C8F2/metainfo.json": ' +
      'cannot write persistent queue metainfo to "/var/lib/vmagent/persistent-queue/1_1458901A2D90C8F2/metainfo.json": open /var/lib/vmagent/persistent-queue/1_1458901A2D90C8F2/metainfo.json: no such file or directory',
    cut: [[3263, ['github.com/VictoriaMetrics/VictoriaMetrics/lib/logger.logMessage']]],
    first: '1 goroutine crashed (panic: FATAL: cannot flush metainfo: cannot write metainfo to "/var/lib/vmagent/persistent-queue/1_1458901A2D90C8F2/metainfo.json": ' +
      'cannot write persistent queue metainfo to "/var/lib/vmagent/persistent-queue/1_1458901A2D90C8F2/metainfo.json": open /var/lib/vmagent/persistent-queue/1_1458901A2D90C8F2/metainfo.json: no such file or directory) ' +
      'in logger.logMessage (logger.go:301)',
  },
  // A stack without its header copied newest line first, its tabs lost: told by its first line (a location) and what follows its `created by`.
  'cilium_8816_reversed_no_tabs.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    // Its top frame, the call the paste's end cut in its arguments (`updateRealizedState(0x`), is read with its `file:line`.
    stackSuspect: 'a stack without its goroutine header, at endpoint.(*Endpoint).updateRealizedState (policy.go:370), created by eventqueue.(*EventQueue).Run',
    headless: [{
      lines: '1–12', funcs: ['github.com/cilium/cilium/pkg/endpoint.(*Endpoint).updateRealizedState', 'github.com/cilium/cilium/pkg/endpoint.(*Endpoint).regenerate', 'github.com/cilium/cilium/pkg/endpoint.(*EndpointRegenerationEvent).Handle',
        'github.com/cilium/cilium/pkg/eventqueue.(*EventQueue).Run.func1', 'sync.(*Once).Do'],
      createdBy: 'github.com/cilium/cilium/pkg/eventqueue.(*EventQueue).Run',
    }],
    cutAtStart: true,
  },
  // Found on 2026-12-04: shapes and ecosystems not seen before.
  // Go ≥ 1.22's signal crash (`PC=… m=33 sigcode=1 addr=…`) after a JSON log record, on `goroutine 0 gp=… m=33 mp=… [idle]:` in the GC.
  'victorialogs_6425_json_log_sigsegv_gp_idle.txt': {
    ids: [0], truncated: false, crash: 'SIGSEGV: segmentation violation', cut: [],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in runtime.(*mspan).typePointersOfUnchecked (mbitmap_allocheaders.go:202)',
  },
  // rsyslog wrote each tab as `#011`: the stack without its header, behind syslog's prefix, read to its creator; cut inside the prefix.
  'guestagent_435_syslog_hash011_tabs.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at runtime.(*scavengerState).park (mgcscavenge.go:425), created by runtime.gcenable',
    headless: [{ lines: '6–15', funcs: ['runtime.(*scavengerState).park', 'runtime.bgscavenge', 'runtime.gcenable.gowrap2', 'runtime.goexit'], createdBy: 'runtime.gcenable' }],
    cutAtStart: true,
  },
  // cgo: `fatal error: unexpected signal during runtime execution` in C code, the `runtime stack:` first, then the goroutine in `[syscall]` inside its `_Cfunc_`.
  'libvirtgo_46_cgo_unexpected_signal_runtime_stack.txt': {
    ids: [561], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[561, ['runtime.cgocall', 'github.com/libvirt/libvirt-go._Cfunc_virEventRunDefaultImplWrapper', 'github.com/libvirt/libvirt-go.EventRunDefaultImpl.func1',
      'github.com/libvirt/libvirt-go.EventRunDefaultImpl', 'github.com/purpleidea/mgmt/engine/resources.(*VirtRes).Watch.func1', 'runtime.goe…']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in libvirt-go._Cfunc_virEventRunDefaultImplWrapper (_cgo_gotypes.go:6036)',
  },
  // Go 1.25 behind a Bazel-like `third_party/go/gc` GOROOT, locations indented by 8 spaces, the `[GOMAXPROCS updater (idle)]` state; starts in a location alone (with `fp= sp= pc=`): the first frame of the stack under it.
  'agy_427_go125_gomaxprocs_updater_spaces.txt': {
    ids: [5, 6], truncated: true, crash: null, cut: [[6, ['runtime.gopark']]], first: null,
    headless: [{ lines: '6–14', funcs: ['?', 'runtime.bgscavenge', 'runtime.gcenable.gowrap2', 'runtime.goexit'], createdBy: 'runtime.gcenable' }],
    cutAtStart: true,
  },
  // Go ≥ 1.23's `gp= m=nil` headers with the blank lines between goroutines lost; cut in the next header (`goroutine 4`): goroutine 3 is whole.
  'dcgmexporter_450_gp_headers_no_blank_lines.txt': {
    ids: [2, 3], truncated: true, crash: null, cut: [], first: null,
    headless: [{ lines: '7–8', funcs: ['runtime.goexit'], createdBy: null }],
    cutAtStart: true,
  },
  // Copied newest line first behind a viewer's time column (`2022-06-28T15:45:17+01:00\t`), locations with `fp= sp= pc=`, no header in sight.
  'vmagent_2830_reversed_timestamp_tab_prefix.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at runtime.(*mspan).reportZombies (mgcsweep.go:776), created by runtime.gcenable',
    headless: [{ lines: '2–15', funcs: ['runtime.(*mspan).reportZombies', 'runtime.(*sweepLocked).sweep', 'runtime.sweepone', 'runtime.bgsweep', 'runtime.gcenable.func1', 'runtime.goexit'],
      createdBy: 'runtime.gcenable' }],
    cutAtStart: true,
  },
  // Android's logcat: `E/Go      ( 3609): ` before every line (gomobile's stderr), its tabs turned to spaces.
  'golang_10759_logcat_e_go_spaces.txt': {
    ids: [10], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[10, ['golang.org/x/mobile/gl.TexSubImage2D', 'golang.org/x/mobile/gl/glutil.(*Image).Upload', 'golang.org/x/mobile/app/debug.DrawFPS', 'main.draw',
      'golang.org/x/mobile/app.Run.func1', 'golang.org/x/mobile/app.main.func1']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in gl.TexSubImage2D (gl.go:1650)',
  },
  // The same prefix, the text starting inside a goroutine that ends in `created by`, then a header behind the prefix.
  'golang_11860_logcat_e_go_headless_creator.txt': {
    ids: [6], truncated: true, crash: null, cut: [[6, ['syscall.Syscall', 'syscall.read']]], first: null,
    headless: [{ lines: '6–17', funcs: ['os.(*File).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).ReadSlice', 'bufio.(*Reader).ReadLine', 'golang.org/x/mobile/internal/mobileinit.lineLog'],
      createdBy: 'golang.org/x/mobile/internal/mobileinit.init.1' }],
    cutAtStart: true,
  },
  // Android Studio's logcat columns (`2024-04-23 16:00:02.047 18524-0     Go      com.nimispace.app      E  `): a stack without its header, from a location alone; cut inside the last `sp=`.
  'golang_66989_logcat_studio_columns_headless.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at poll.(*FD).Read (fd_unix.go:167)',
    headless: [{ lines: '6–13', funcs: ['internal/poll.(*FD).Read', 'os.(*File).read', 'os.(*File).Read', 'bufio.(*Reader).fill'], createdBy: null }],
    cutAtStart: true,
  },
  // The same columns, an empty message first, a `[runnable]` goroutine in cgo's malloc; cut inside the columns.
  'firestack_66_logcat_studio_columns_runnable.txt': {
    ids: [22], truncated: true, crash: null, cut: [[22, ['main._cgo_cmalloc', 'main._Cfunc__CMalloc', 'main.encodeString', 'main.(*proxyintra_Bridge).Log']]], first: null,
  },
  // Prose, then a stack copied newest line first without tabs, three spaces after every line, its newest line cut (`github.com/VictoriaMetrics/Victo`).
  'vmagent_4982_prose_then_stack_trailing_spaces.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at remotewrite.(*remoteWriteCtx).Push (remotewrite.go:694), created by remotewrite.pushBlockToRemoteStorages',
    headless: [{ lines: '3–8', funcs: ['github.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite.(*remoteWriteCtx).Push',
      'github.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite.pushBlockToRemoteStorages.func2'],
    createdBy: 'github.com/VictoriaMetrics/VictoriaMetrics/app/vmagent/remotewrite.pushBlockToRemoteStorages' }],
    cutAtStart: true,
  },
  // `fatal error: concurrent map read and map write` in an issue's body (no fence), Windows paths behind 8 spaces: the map access's runtime frames are not blamed.
  'grtm_4_concurrent_map_read_windows_paths.txt': {
    ids: [133], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in grtm.(*GrManager).NewLoopGoroutine.func1 (grmanager.go:38), created by grtm.(*GrManager).NewLoopGoroutine',
  },
  // An issue template's checklist in Chinese, then the crash with every location flush left (no tab); cut in a call's name.
  'newapi_392_locations_flush_left_template.txt': {
    ids: [4596612], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[4596612, ['one-api/common.GetModelPrice', 'one-api/relay.TextHelper', 'one-api/controller.relayHandler', 'one-api/controller.Relay', 'github.com/gin-gonic/gin.(*Context).Next',
      'one-api/router.SetRelayRouter.Distribute.func3', 'github.com/gin-gonic/gin.(*Context).Next', 'one-api/router.SetRelayRouter.TokenAuth.func2', 'github.com/gin-gonic/gin.(*Context).Next',
      'main.main.Sessions.func8', 'github.com/gin-gonic/gin.(*Context).N…']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in common.GetModelPrice (model-ratio.go:259)',
  },
  // One inlined frame `(...)` under a GitHub Actions container path (`/__w/…`), then a link: the reporter's cut, a stack without its `created by`.
  'clusterdev_197_map_iteration_inlined_actions_path.txt': {
    ids: [98], truncated: true, crash: 'fatal error: concurrent map iteration and map write', cut: [[98, ['github.com/shalb/cluster.dev/pkg/project.(*UnitLinksT).ByLinkTypes']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in project.(*UnitLinksT).ByLinkTypes (ulinks.go:148)',
  },
  // Go 1.25 on GitHub Actions between `=== RUN` and `FAIL`: the WaitGroup's own frames are not blamed.
  'hotstuff_236_go125_negative_waitgroup_test_fail.txt': {
    ids: [920], truncated: false, crash: 'panic: sync: negative WaitGroup counter', cut: [],
    first: '1 goroutine crashed (panic: sync: negative WaitGroup counter) in server_test.TestTimeout.func2 (server_test.go:139), created by server_test.testBase.func1',
  },
  // Windows' illegal instruction (`Exception 0xc000001d`) with no `signal arrived …` line, the crashed goroutine without its header, then goroutine 2.
  // The excerpt ends inside the last `pc=` (`pc=0x8161`) of the force-GC goroutine, before its `runtime.goexit` and creator, which
  // this dump prints (the crashed goroutine's stack ends in `runtime.goexit`): that goroutine is cut.
  'gobypassav_14_windows_illegal_instruction_headerless.txt': {
    ids: [0, 2], truncated: true, crash: 'Exception 0xc000001d 0x0 0x0 0x1d7dacd0006', cut: [[2, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.forcegchelper']]],
    first: '1 goroutine crashed (Exception 0xc000001d 0x0 0x0 0x1d7dacd0006) in main.main (decodecs.go:82)',
  },
  // Go 1.4 on 386 Windows: `signal arrived during cgo execution`, 4-space indents, `func·028` turned to `funcВ·028`, `...` / `[snip]` / `...`, then the registers.
  // Its register dump stops at `eflags`, before the `cs`, `fs`, `gs` Windows 386 ends it with: cut there, no goroutine cut.
  'golang_10300_windows_cgo_execution_snip_registers.txt': {
    ids: [0, 1], truncated: true, crash: 'Exception 0xc0000005 0x0 0x0 0x0', cut: [],
    first: '1 goroutine crashed (Exception 0xc0000005 0x0 0x0 0x0) in syscall.AcceptEx (zsyscall_windows.go:1499), created by net.startServer',
  },
  // A single backtick glued before the crash line (inline code never closed): a deadlock, goroutine 19 cut in its second call's name.
  'githound_73_backtick_glued_deadlock.txt': {
    ids: [1, 19], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[19, ['github.com/tillson/git-hound/internal/app.(*WorkerPool).Submit']]],
    first: '1 goroutine blocked on chan send for 1 minute in app.(*WorkerPool).Submit (worker_pool.go:77), at stack depth 8; all goroutines are asleep (deadlock)',
  },
  // Bazel's test output: its banner, `--- PASS`, `PASS`, then the panic with two blank lines and Bazel's `GOROOT/src/…` placeholder paths; cut after a call.
  'rulesgo_3476_bazel_goroot_placeholder_log_after_test.txt': {
    ids: [7], truncated: true, crash: 'panic: Log in goroutine after TestFunc1 has completed: log in go routine!',
    cut: [[7, ['testing.(*common).logDepth', 'testing.(*common).log', 'testing.(*common).Log']]],
    first: '1 goroutine crashed (panic: Log in goroutine after TestFunc1 has completed: log in go routine!) in testing.(*common).logDepth (testing.go:894)',
  },
  // Travis CI: a test timeout with no blank line anywhere (after the panic, between goroutines), Go under `.gimme`; cut in a path.
  'rivine_114_travis_no_blank_lines_gimme.txt': {
    ids: [15, 1, 14], truncated: true, crash: 'panic: test timed out after 5s', cut: [[14, ['syscall.Syscall']]], first: null,
  },
  // `coverage: …` before a test timeout whose locations lost their tab and GOROOT (`-trimpath`): whole, then the next comment.
  'zot_286_coverage_then_timeout_flush_left.txt': { ids: [1192], truncated: false, crash: 'panic: test timed out after 10m0s', cut: [], first: null },
  // `fatal error: runtime: cannot allocate memory` in `persistentalloc` on the system stack, then the goroutine that switched to it; cut after a call.
  'amass_57_cannot_allocate_persistentalloc.txt': {
    ids: [898390], truncated: true, crash: 'fatal error: runtime: cannot allocate memory', cut: [[898390, ['runtime.systemstack_switch', 'runtime.persistentalloc']]],
    first: '1 goroutine crashed (fatal error: runtime: cannot allocate memory) in runtime.persistentalloc1 (malloc.go:997) on the system stack',
  },
  // An out-of-memory crash pasted from its `runtime stack:` on (no crash line), 8-space indents; cut in a path.
  'tlsobservatory_377_runtime_stack_first_oom_cut.txt': {
    ids: [1], truncated: true, crash: null, cut: [[1, ['runtime.systemstack_switch', 'runtime.mallocgc']]],
    first: '1 goroutine crashed (its crash line is not in the text) in runtime.sysMap (mem_linux.go:165) on the system stack',
  },
  // rsyslog's `Oct  1 10:19:30 localhost dockerd: ` with every location's tab gone; from the header on (no crash line); cut inside the prefix.
  'moby_35050_syslog_prefix_locations_lost_tab.txt': {
    ids: [12580], truncated: true, crash: null,
    cut: [[12580, ['runtime.throw', 'runtime.mapiternext', 'github.com/docker/docker/daemon/cluster/executor/container.(*controller).Logs',
      'github.com/docker/docker/vendor/github.com/docker/swarmkit/agent.(*taskManager).Logs']]],
    first: '1 goroutine crashed (its crash line is not in the text) in container.(*controller).Logs (controller.go:530)',
  },
  // Go 1.6's `panic(…)` frame and `[signal 0xb …]`; later, systemd's status with one call line whose arguments it shortened (`0xc20811...0`): not a goroutine.
  'logspout_183_two_crashes_systemd_ellipsis.txt': {
    ids: [1257], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in router.(*LogsPump).rename (pump.go:98), created by router.(*LogsPump).Run',
  },
  // `runtime: g1: frame.sp=… top=…` and its `\tstack=[…] n=7 max=…` before `fatal error: traceback did not unwind completely`, in `[copystack]`; the issue ends in goroutine 1 at `runtime.addtimer`, its line without the `fp= sp= pc=` every frame above has: cut
  'gau_49_runtime_g_frame_sp_traceback_unwind.txt': {
    ids: [1], truncated: true, crash: 'fatal error: traceback did not unwind completely', cut: [[1, ['runtime.heapBitsSetType', 'runtime.mallocgc', 'runtime.growslice', 'runtime.doaddtimer', 'runtime.addtimer']]],
    first: '1 goroutine crashed (fatal error: traceback did not unwind completely) in runtime.heapBitsSetType (mbitmap.go:911)',
  },
  // Every line behind two tabs, the blank lines between goroutines too (`\t\t`), Go 1.4's `[garbage collection]`; cut in `fp=`.
  'golang_9562_every_line_two_tabs.txt': {
    ids: [3, 4, 17], truncated: true, crash: null, cut: [[17, ['runtime.gopark', 'runtime.goparkunlock']]], first: null,
  },
  // A nested throw's `runtime stack:` alone, locations flush left with `fp= sp= pc=`; cut in `pc=`.
  'golang_60783_runtime_stack_locations_flush_left_fp.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'the runtime threw in runtime.readgstatus (proc.go:932), as a runtime stack shows (its crash line is not in the text)',
  },
  // C's `abort()` under a cgo call (glibc's `corrupted double-linked list`) behind compose's prefix, Go ≥ 1.23's header; the same crash again behind journald, cut.
  'cloudgame_467_compose_glibc_abort_cgo_gp.txt': {
    ids: [20], truncated: false, crash: 'SIGABRT: abort', cut: [],
    first: '1 goroutine crashed (SIGABRT: abort) in h264._Cfunc_h264_destroy (_cgo_gotypes.go:409)',
  },
  // `<pre>` glued to `SIGABRT: abort`, `sigcode=18446744073709551610` (SI_TKILL), `signal arrived during cgo execution`; cut in a path.
  'govcl_203_pre_tag_glued_sigabrt_cgo.txt': {
    ids: [1], truncated: true, crash: 'SIGABRT: abort',
    cut: [[1, ['runtime.cgocall', 'github.com/ying32/dylib._Cfunc_Syscall3', 'github.com/ying32/dylib.(*LazyProc).CallOriginal.func4', 'github.com/ying32/dylib.(*LazyProc).CallOriginal',
      'github.com/ying32/dylib.(*LazyDLL).call', 'github.com/ying32/dylib.(*LazyProc).Call']]],
    first: '1 goroutine crashed (SIGABRT: abort) in dylib._Cfunc_Syscall3 (_cgo_gotypes.go:180)',
  },
  // A miner's progress line with `SIGABRT: abort` glued to its end, Go 1.5's `PC=… m=3` without `sigcode=`, a `_Cfunc_` at `??:0`; cut in a name.
  'gominer_30_progress_glued_sigabrt_qq_locations.txt': {
    ids: [6], truncated: true, crash: 'SIGABRT: abort',
    cut: [[6, ['runtime.cgocall', 'github.com/robvanmieghem/go-opencl/cl._Cfunc_clEnqueueWriteBuffer', 'github.com/robvanmieghem/go-opencl/cl.(*CommandQueue).Enqu…']]],
    first: '1 goroutine crashed (SIGABRT: abort) in cl._Cfunc_clEnqueueWriteBuffer (??:0)',
  },
  // GitHub Actions' `2022-01-31T16:45:42.6158742Z ` before every line, the three blank lines after the panic each behind it; cut in a path.
  'spicedb_394_actions_timestamps_blank_prefixed_lines.txt': {
    ids: [158], truncated: true, crash: 'panic: Log in goroutine after TestNoNewEnemy has completed: no such process', cut: [[158, ['testing.(*common).logDepth']]],
    first: '1 goroutine crashed (panic: Log in goroutine after TestNoNewEnemy has completed: no such process) in testing.(*common).logDepth',
  },
  // One space before every line (locations behind 8 more), Go 1.24 under gvm, from inside a goroutine to its `created by … in goroutine 20`, then the tool's `DONE!`.
  'ipfs_251_leading_space_every_line_headless.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at test.runRequest (run.go:121), created by testing.(*T).Run',
    headless: [{ lines: '6–13', funcs: ['github.com/ipfs/gateway-conformance/tooling/test.runRequest', 'github.com/ipfs/gateway-conformance/tooling/test.run.func2', 'testing.tRunner'],
      createdBy: 'testing.(*T).Run' }],
    cutAtStart: true,
  },
  // Hugo's build table (`  Pages            | 18508  `, `-------------------+--------`) before `fatal error: pipe failed` on darwin/arm64; cut in a name.
  'hugo_11248_ascii_table_then_fatal_pipe.txt': {
    ids: [1], truncated: true, crash: 'fatal error: pipe failed', cut: [[1, ['runtime.throw', 'runtime.sigNoteSetup', 'os/signal.signal_enable', 'os/signal.e…']]],
    first: '1 goroutine crashed (fatal error: pipe failed) in runtime.sigNoteSetup (os_darwin.go:101)',
  },
  // A powerline prompt (` ✘ 7sharp9@DavesMBP  ~/blog   master  hugo -w`), Go 1.6's `[signal 0xb … addr=0xb01dfacedebac1e …]`, Homebrew's GOROOT; cut in a path.
  'hugo_2517_zsh_prompt_glyphs_bad_pointer.txt': {
    ids: [1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[1, ['runtime.throw', 'runtime.sigpanic', 'sync.(*Pool).Get', 'fmt.newPrinter', 'fmt.Sprintln', 'log.(*Logger).Println', 'github.com/spf13/cast.ToIntE', 'github.com/spf13/cast.ToInt']]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in cast.ToIntE (caste.go:153)',
  },
  // The crash line only in the issue's title: goroutine 1's package init chain, locations flush left, ending in `main.init()`; then prose.
  'filebrowser_33_no_crash_line_init_chain_flush_left.txt': { ids: [1], truncated: false, crash: null, cut: [], first: null },
  // journalctl in a Chinese locale (`4月 03 09:26:35 k8snode1 kubelet[9519]: `) before klog's own prefix on the crash line only: the stack's lines carry the journal's part alone.
  'kubernetes_76075_journald_cjk_month_observed_panic.txt': {
    ids: [], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in reflector.go:189',
    headless: [{ lines: '9–13', funcs: ['?', '?', '?', '?', '?'], createdBy: null }],
  },
  // klog's `Observed a panic` with the goroutine's header, its locations unindented: the frame under `panic` is blamed, not HandleCrash.
  'starboard_627_klog_observed_unindented_locations.txt': {
    ids: [552], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [[552, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic',
      'github.com/aquasecurity/starboard/pkg/kube.(*logsReader).GetLogsByJobAndContainerName',
      'github.com/aquasecurity/starboard/pkg/operator/controller.(*VulnerabilityReportReconciler).processCompleteScanJob']]],
    first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)) in kube.(*logsReader).GetLogsByJobAndContainerName (logs.go:35)',
  },
  // A terminal's cursor left the crash line behind 54 spaces (`kubectl run -i -t`'s prompt); the standard library's frame on top is passed over.
  'kubernetes_32206_terminal_indented_panic_line.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, ['panic', 'fmt.Fprintf', 'k8s.io/kubernetes/pkg/kubectl/cmd.handleAttachPod', 'k8s.io/kubernetes/pkg/kubectl/cmd.Run', 'k8s.io/kubernetes/pkg/kubectl/cmd.New…']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in cmd.handleAttachPod (run.go:482)',
  },
  // journald, double-spaced: the paste starts at a goroutine's `created by` behind the prefix, and ends inside the prefix's time (`Jul 23 19:37:0`), which is no `file:line`.
  'balena_175_journald_double_spaced.txt': {
    ids: [310], truncated: true, crash: null,
    cut: [[310, ['sync.runtime_notifyListWait', 'sync.(*Cond).Wait', 'github.com/docker/docker/pkg/ioutils.(*BytesPipe).Read', 'io.copyBuffer']]], first: null,
    headless: [{ lines: '6–8', funcs: [], createdBy: 'github.com/docker/docker/daemon.(*Daemon).updateHealthMonitor' }], cutAtStart: true,
  },
  // Cilium's lock debugging: `goroutine 92100 ` before every line of the goroutine's stack, the fence glued to its header; cut in `created b`.
  'cilium_19204_goroutine_id_prefix_glued_fence.txt': {
    ids: [92100], truncated: true, crash: null,
    cut: [[92100, ['runtime/debug.Stack', 'github.com/cilium/cilium/pkg/lock.(*internalMutex).Unlock', 'github.com/cilium/cilium/pkg/endpoint.(*Endpoint).regenerate',
      'github.com/cilium/cilium/pkg/endpoint.(*EndpointRegenerationEvent).Handle', 'github.com/cilium/cilium/pkg/eventqueue.(*EventQueue).run.func1', 'sync.(*Once).doSlow',
      'sync.(*Once).Do', 'github.com/cilium/cilium/pkg/eventqueue.(*EventQueue).run']]],
    first: null,
  },
  // The same behind journald's prefix, the tabs shown as spaces; cut inside journald's prefix.
  'cilium_6643_journald_goroutine_id_prefix.txt': {
    ids: [1], truncated: true, crash: null,
    cut: [[1, ['runtime/debug.Stack', 'github.com/cilium/cilium/pkg/lock.(*internalRWMutex).Unlock', 'main.(*Daemon).compileBase', 'main.(*Daemon).init']]], first: null,
  },
  // syslog's tag without a pid (`Nov 23 06:03:13 centos7-image kube-controller-manager: `), locations unindented behind it.
  'kubernetes_37421_syslog_tag_unindented_locations.txt': {
    ids: [18, 11], truncated: true, crash: null, cut: [[11, ['k8s.io/kubernetes/pkg/client/cache.(*Reflector).ListAndWatch.func1']]], first: null,
  },
  // klog's line without its severity letter (`1207 17:55:55.339885 …`), each location behind `: `, what was left of a prefix the paste stripped;
  // a compiler-made wrapper's `<autogenerated>:1` among them.
  'kubernetes_57210_colon_before_locations_klog_lost_letter.txt': {
    ids: [], truncated: false, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header panicked in daemon_controller.go:162',
    headless: [{ lines: '5–14', funcs: Array<string>(10).fill('?'), createdBy: null }],
  },
  // The whole paste wrapped at a fixed width: HandleCrash's line cut in a word (`… derefe`, then `rence)`, joined), its locations-only stack under the tail,
  // cut under the runtime's frames (`signal_unix.go`) before the frame that panicked: no runtime frame is blamed.
  'seldon_1104_crash_line_wrapped_at_width.txt': {
    ids: [], truncated: true,
    crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)',
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, cut before the frame that panicked',
    headless: [{ lines: '12–17', funcs: Array<string>(6).fill('?'), createdBy: null }],
  },
  // A logfmt message escaped twice, pasted with its line breaks made real: each line ends in the break's backslash, each location behind `\\t`;
  // the crash line is `msg=\"Recovered from panic: …`, a recovered panic blamed under its `panic` frame.
  'argocd_8711_backslash_line_ends_double_escaped_tabs.txt': {
    ids: [805], truncated: true, crash: 'Recovered from panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[805, ['runtime/debug.Stack', 'github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).processAppRefreshQueueItem.func1', 'panic',
      'github.com/argoproj/argo-cd/v2/pkg/apis/application/v1alpha1.(*ApplicationTree).GetSummary', 'github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).processAppRefreshQueueItem',
      'github.com/argoproj/argo-cd/v2/controller.(*ApplicationController).Run.func3', 'k8s.io/apimachinery/pkg/util/wait.BackoffUntil.func1', 'k8s.io/apimachinery/pkg/util/wait.BackoffUntil']]],
    first: '1 goroutine panicked (recovered: Recovered from panic: runtime error: invalid memory address or nil pointer dereference) in v1alpha1.(*ApplicationTree).GetSummary (types.go:1108)',
  },
  // Grafana's table copied newest line first, its first row without its empty cells (`2024-08-17 20:57:06 | `), then the table's `-- | --` rule.
  'kubernetes_125680_grafana_table_dashes_newest_first.txt': {
    ids: [], truncated: false, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at wait.BackoffUntil (wait.go:156), created by wait.(*Group).Start',
    headless: [{
      lines: '2–12', funcs: ['k8s.io/apimachinery/pkg/util/wait.BackoffUntil', 'k8s.io/apimachinery/pkg/util/wait.JitterUntil', 'k8s.io/apimachinery/pkg/util/wait.Until',
        'k8s.io/client-go/tools/cache.(*processorListener).run', 'k8s.io/apimachinery/pkg/util/wait.(*Group).Start.func1'],
      createdBy: 'k8s.io/apimachinery/pkg/util/wait.(*Group).Start',
    }],
    cutAtStart: true,
  },
  // klog's JSON format: HandleCrash's `"msg":"Observed a panic","panic":"…"` fields make the crash line, the stack escaped in `"stacktrace"`; pasted as inline code, cut in a call's arguments.
  'argocd_25786_json_observed_panic_stacktrace_cut.txt': {
    ids: [3374295], truncated: true, crash: 'Observed a panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[3374295, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.handleCrash', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic',
      'k8s.io/apimachinery/pkg/apis/meta/v1/unstructured.(*UnstructuredList).GetContinue', 'k8s.io/client-go/tools/pager.(*ListPager).eachListChunk']]],
    first: '1 goroutine panicked (recovered: Observed a panic: runtime error: invalid memory address or nil pointer dereference) in unstructured.(*UnstructuredList).GetContinue (unstructured_list.go:181)',
  },
  // A header's bracket mangled by the editor (`[running[]:`), locations indented by 4 spaces, after zap's console line.
  'starboard_699_bracket_in_header_state.txt': {
    ids: [547], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[547, ['github.com/aquasecurity/starboard/pkg/kube.(*logsReader).GetLogsByJobAndContainerName',
      'github.com/aquasecurity/starboard/pkg/operator/controller.(*VulnerabilityReportReconciler).processCompleteScanJob',
      'github.com/aquasecurity/starboard/pkg/operator/controller.(*VulnerabilityReportReconciler).reconcileJobs.func1']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in kube.(*logsReader).GetLogsByJobAndContainerName (logs.go:39)',
  },
  // klog's structured text format: HandleCrash's record (`"Observed a panic" panic="…" stacktrace=<`) is the crash line, its stack tab-indented under it and closed by ` >`; a lowercase journald month.
  'longhorn_11169_klog_text_observed_panic_record.txt': {
    ids: [1940], truncated: true, crash: 'Observed a panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1940, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.handleCrash', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrashWithContext']]],
    first: '1 goroutine panicked (recovered: Observed a panic: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked',
  },
  'longhorn_11917_klog_value_closer_repanicked.txt': {
    ids: [540], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]',
    cut: [[540, ['k8s.io/apimachinery/pkg/util/runtime.handleCrash', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'github.com/rancher/dynamiclistener/storage/kubernetes.(*storage).saveInK8s', 'github.com/rancher/dynamiclistener/storage/kubernetes.(*storage).update.f…']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]) in kubernetes.(*storage).saveInK8s (controller.go:215)',
    headless: [{ lines: '2–5', funcs: ['github.com/rancher/dynamiclistener/storage/kubernetes.(*storage).runQueue.func1'], createdBy: 'github.com/rancher/dynamiclistener/storage/kubernetes.(*storage).runQueue' }],
    cutAtStart: true,
  },
  'k3s_2938_journald_lowercase_month.txt': {
    ids: [21, 101], truncated: true, crash: null,
    cut: [[101, ['time.Sleep', 'github.com/rancher/k3s/vendor/k8s.io/kubernetes/pkg/scheduler/framework/runtime.(*metricsRecorder).run']]],
    first: null,
  },
  // Grafana's `stack="…"` of `file:line (0x…)` lines, the paste ending inside the field: cut whether or not a line break follows.
  'grafana_75252_logfmt_stack_field_pc_locations_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header panicked in index.go:99',
    headless: [{ lines: '2–2', funcs: Array<string>(19).fill('?'), createdBy: null, cut: true }],
  },
  // Grafana's plugin log: one logfmt record per dump line, the blank line as a bare `msg=`; ARM registers after the last goroutine, a line of spaces among them.
  'druiddatasource_142_grafana_logfmt_bare_empty_msg.txt': {
    ids: [101], truncated: true, crash: 'panic: interface conversion: interface {} is float64, not string',
    cut: [[101, ['main.(*druidDatasource).prepareResponse', 'main.(*druidDatasource).query', 'main.(*druidDatasource).QueryData']]],
    first: '1 goroutine crashed (panic: interface conversion: interface {} is float64, not string) in main.(*druidDatasource).prepareResponse (druid.go:786)',
  },
  'internetpi_542_arm_registers_space_line_after_dump.txt': {
    ids: [628], truncated: false, crash: null,
    cut: [],
    first: null,
  },
  // A stack without its header behind a journal's prefix whose locations lost their tab: the prefix learnt from the call and the location under it, which Go's offset vouches for.
  'etcd_1750_journald_headless_flush_left_go12.txt': {
    ids: [], truncated: true, crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at raft.(*server).leaderLoop (server.go:835), created by raft.(*server).Start',
    headless: [{ lines: '2–9', funcs: ['github.com/coreos/etcd/third_party/github.com/goraft/raft.(*server).leaderLoop', 'github.com/coreos/etcd/third_party/github.com/goraft/raft.(*server).loop', 'github.com/coreos/etcd/third_party/github.com/goraft/raft.func·007'], createdBy: 'github.com/coreos/etcd/third_party/github.com/goraft/raft.(*server).Start' }],
    cutAtStart: true,
  },
  // HandleCrash's klog line wrapped at a fixed width inside its quoted value: the rest, whose value the error in parentheses repeats, joined to it.
  'tektoncli_1715_handlecrash_value_wrapped_80.txt': {
    ids: [329], truncated: true, crash: 'Observed a panic: "send on closed channel" (send on closed channel)',
    cut: [[329, ['k8s.io/apimachinery/pkg/util/runtime.logPanic']]],
    first: '1 goroutine panicked (recovered: Observed a panic: "send on closed channel" (send on closed channel)), cut before the frame that panicked',
  },
  // Locations behind an escaped tab; HandleCrash's value of several lines (a struct a terminal wrapped), kept whole as a panic's is.
  'argoworkflows_5473_debug_stack_escaped_tab_locations.txt': {
    ids: [150], truncated: true, crash: null,
    cut: [[150, ['runtime/debug.Stack', 'github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).operate.func2', 'panic', 'github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).setGlobalParameters', 'github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).operate', 'github.com/argoproj/argo-workflows/v3/workflow/controller.(*WorkflowController).processNextItem']]],
    first: '1 goroutine crashed (its crash line is not in the text) in controller.(*wfOperationCtx).setGlobalParameters (operator.go:504)',
  },
  'argoworkflows_7139_handlecrash_struct_value_wrapped.txt': {
    ids: [194], truncated: true,
    crash: 'Observed a panic: &logrus.Entry{Logger:(*logrus.Logger)(0xc000294000), Data:logrus.Fields{"fromPhase":"Failed",\n"namespace":"argo", "toPhase":"Error", "workflow":"test-fixed"}, Time:time.Time{wall:0xc0587d3f73f4cba4, ext:134428595, loc:(*time.Location)(0x2cc7000)}, Lev\nel:0x0, Caller:(*runtime.Frame)(nil), Message:"workflow is already fulfilled", Buffer:(*bytes.Buffer)(nil), Context:context.Context(nil), err:""} (&{0xc00029\n4000 map[fromPhase:Failed namespace:argo toPhase:Error workflow:test-fixed] 2021-11-02 18:03:41.871680932 +0000 UTC m=+0.134428595 panic <nil> workflow is al\nready fulfilled <nil> <nil> })',
    cut: [[194, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'github.com/sirupsen/logrus.Entry.log']]],
    first: '1 goroutine panicked (recovered: Observed a panic: &logrus.Entry{Logger:(*logrus.Logger)(0xc000294000), Data:logrus.Fields{"fromPhase":"Failed", …) in logrus.Entry.log (entry.go:259)',
  },
  // A log prefix learnt from the crash line without the backtick glued before it; beego's `Handler crashed with error` over its locations-only stack.
  'fluentbitoutsyslog_13_backtick_glued_compose_prefix.txt': {
    ids: [17], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in syslog.(*Out).Write (out.go:81)',
  },
  'harbor_16556_beego_handler_crashed_locations.txt': {
    ids: [], truncated: true, crash: 'Handler crashed with error net/http: abort Handler',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in proxy.go:63',
    headless: [{ lines: '6–14', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // Recovery middleware's stacks of `file:line (0x…)` lines (gin's, macaron's, Vitess' format), with or without a source line under each, also in a log field: a stack without its header, blamed under `panic.go`.
  'vitess_7607_tb_stack_pc_source_lines.txt': {
    ids: [], truncated: false, crash: 'mysql_server caught panic: \nruntime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in resolver.go:194',
    headless: [{ lines: '5–10', funcs: ['?', '?', '?'], createdBy: null }],
  },
  'vitess_5196_uncaught_panic_pc_locations.txt': {
    ids: [], truncated: false, crash: 'Uncaught panic: \nsync: WaitGroup is reused before previous Wait has returned',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in tabletserver.go:642',
    headless: [{ lines: '4–9', funcs: ['?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // The crash line recovery middleware prints over such a stack, named as the crash: macaron's and
  // martini's `PANIC: <value>` behind their `[Macaron] `/`[martini] `, gin's `[Recovery] … panic
  // recovered:` with the value on the next line (in debug mode under the request it logs first).
  'gogs_6621_macaron_panic_trimpath_locations_cut.txt': {
    ids: [], truncated: true, crash: 'PANIC: Value not found for type *repo.HTTPContext',
    cut: [], first: null,
    stackSuspect: 'one of 2 stacks without their goroutine header, at context.go:123',
    headless: [{ lines: '43–55', funcs: Array<string>(13).fill('?'), createdBy: null }, { lines: '57–58', funcs: ['?', '?'], createdBy: null }],
  },
  'gogs_285_martini_panic_pc_locations_cut.txt': {
    ids: [], truncated: false, crash: 'PANIC: runtime error: index out of range',
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at repo.go:226',
    headless: [{ lines: '11–26', funcs: Array<string>(16).fill('?'), createdBy: null }],
  },
  'pelican_3709_gin_recovery_value_next_line.txt': {
    ids: [], truncated: false, crash: 'panic recovered: \nruntime error: invalid memory address or nil pointer dereference',
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header panicked in gorm.go:399',
    headless: [{ lines: '11–17', funcs: Array<string>(7).fill('?'), createdBy: null }],
  },
  'xiaozhi_260_gin_recovery_request_then_value.txt': {
    ids: [], truncated: true, crash: 'panic recovered: \nruntime error: invalid memory address or nil pointer dereference',
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header panicked in gorm.go:426',
    headless: [{ lines: '15–30', funcs: Array<string>(16).fill('?'), createdBy: null }],
  },
  // Another unit's journal line right under a goroutine header behind syslog's month-first prefix: a line of the same log, the header kept (cut, no frames).
  'raspiblitz_665_journal_systemd_line_under_header.txt': {
    ids: [1], truncated: true, crash: 'panic: page 13360 already freed',
    cut: [[1, []]],
    first: '1 goroutine crashed (panic: page 13360 already freed)',
  },
  // journalctl's multi-line message: the prefix on its first line, the stack's lines indented under the message.
  'flannel_657_journal_multiline_message_aligned.txt': {
    ids: [11673], truncated: true, crash: 'http: panic serving <ip>:49540: runtime error: invalid memory address or nil pointer dereference',
    cut: [[11673, ['net/http.(*conn).serve.func1', 'panic', 'github.com/coreos/flannel/subnet.nodeToLease', 'github.com/coreos/flannel/subnet.(*etcdSubnetRegistry).getSubnets']]],
    first: '1 goroutine panicked (recovered: http: panic serving <ip>:49540: runtime error: invalid memory address or nil pointer dereference) in subnet.nodeToLease (registry.go:400)',
  },
  // Android logcat's tag form (`E/Go: `) before the crash line and the runtime stack, cut before the goroutines.
  'golang_20259_logcat_tag_prefix_runtime_stack_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: heapBitsForSpan: base out of range', cut: [], first: null,
    stackSuspect: 'the process crashed (fatal error: heapBitsForSpan: base out of range) in runtime.heapBitsForSpan (mbitmap.go:377), as its runtime stack shows',
  },
  // Web pages made text (flattenedStack.ts): a code block in a list item flattened onto one line per goroutine, the fence before the crash line.
  'fixwikihub_channel_deadlock_flattened_stacks.txt': {
    ids: [1, 18], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[18, ['main.worker']]],
    first: '1 goroutine blocked on chan send in main.main (main.go:15); all goroutines are asleep (deadlock)',
  },
  // The same site's flattened stack ending in an inlined call, then the fence that closed the code block.
  'fixwikihub_waitgroup_negative_flattened_call_before_fence.txt': {
    ids: [5], truncated: false, crash: 'panic: sync: negative WaitGroup counter', cut: [],
    first: '1 goroutine crashed (panic: sync: negative WaitGroup counter) in sync.(*WaitGroup).Add (waitgroup.go:75)',
  },
  // The header glued to the end of the last of several crash lines, which lost their breaks too: the lines told apart, one crash as consecutive crash lines are.
  'fixdevs_index_out_of_range_header_glued_to_panic.txt': {
    ids: [1], truncated: false,
    crash: 'panic: runtime error: index out of range [0] with length 0 / panic: runtime error: index out of range [-1] / panic: runtime error: slice bounds out of range [5:3]',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0 / panic: runtime error: index out of range [-1] / panic: runtime error: slice bounds out of range [5:3]) in main.main (main.go:15)',
  },
  // Prose glued to a location (`+0x50Or variations:`), the next crash line glued to one (`+0x68fatal error: …`) and
  // prose glued to the third dump's only call (`(...)Every goroutine…`): three dumps, the last one grouped.
  'fixdevs_deadlock_variations_glued_to_prose.txt': {
    ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [],
    first: '1 goroutine blocked on semacquire in sync.runtime_Semacquire; all goroutines are asleep (deadlock)',
  },
  // Found 2026-12-05 in minio, seaweedfs, go-ethereum, packer, nomad, mattermost, quic-go and others' issues.
  // 4-space indent, arguments nested three deep; cut in a path.
  'basicsync_33_four_space_nested_struct_args_cut.txt': {
    ids: [1367], truncated: true, crash: 'panic: crypto/tls bug: where\'s my session ticket?',
    cut: [[1367, ['github.com/quic-go/quic-go/internal/handshake.(*cryptoSetup).GetSessionTicket', 'github.com/quic-go/quic-go.(*Conn).handleHandshakeComplete', 'github.com/quic-go/quic-go.(*Conn).handleFrames', 'github.com/quic-go/quic-go.(*Conn).handleUnpackedLongHeaderPacket', 'github.com/quic-go/quic-go.(*Conn).handleLongHeaderPacket', 'github.com/quic-go/quic-go.(*Conn).handleOnePacket']]],
    first: '1 goroutine crashed (panic: crypto/tls bug: where\'s my session ticket?) in handshake.(*cryptoSetup).GetSessionTicket (crypto_setup.go:398)',
  },
  // Markdown italics: `_panic:` and `+0xebe_`.
  'chatgpttelegram_20_markdown_italic_underscores.txt': {
    ids: [1], truncated: false, crash: 'panic: runtime error: index out of range [-1]',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range [-1]) in main.query_chatgpt (main.go:190)',
  },
  // A race report with one access, closed by the fence.
  'depradar_25_race_read_only_five_spaces.txt': {
    ids: [1509], truncated: false, crash: null,
    cut: [],
    first: '1 goroutine in a data race: read of 0x00c0011cc140 in deps.(*Detector).Deps.func1 (detect.go:50)',
  },
  // `fatal error: out of memory ` (trailing space) with `runtime stack:` right under it.
  'geth_14660_oom_trailing_space_no_blank_before_runtime_stack.txt': {
    ids: [], truncated: true, crash: 'fatal error: out of memory',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: out of memory) in runtime.largeAlloc (malloc.go:809), as its runtime stack shows',
  },
  // The same log time, spaces for the tab; cut inside a line's time.
  'geth_15157_tai64n_spaces_for_tab_runtime_stack_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: runtime: out of memory',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: runtime: out of memory) in runtime.sysMap (mem_linux.go:219), as its runtime stack shows',
  },
  // An excerpt starting at a goroutine's last call (Windows paths), then `[runnable, locked to thread]`.
  'geth_16174_headless_windows_runnable_locked_cut.txt': {
    ids: [43744], truncated: true, crash: null,
    cut: [[43744, ['syscall.Syscall', 'syscall.getsockname', 'syscall.Getsockname', 'net.(*netFD).dial', 'net.socket', 'net.internetSocket', 'net.doDialTCP']]],
    first: null,
    headless: [{ lines: '2–5', funcs: ['github.com/ethereum/go-ethereum/p2p.(*Server).run.func2.1'], createdBy: 'github.com/ethereum/go-ethereum/p2p.(*Server).run.func2' }],
    cutAtStart: true,
  },
  // Out of memory down to its runtime stack, the reporter's `......` after it.
  'geth_16824_windows_oom_runtime_stack_ellipsis.txt': {
    ids: [], truncated: true, crash: 'fatal error: out of memory',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: out of memory) in runtime.largeAlloc (malloc.go:828), as its runtime stack shows',
  },
  // A daemontools log time before every line of a runtime stack; cut in a path.
  'geth_3129_tai64n_log_time_runtime_stack_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: runtime: cannot allocate memory',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: runtime: cannot allocate memory) in runtime.persistentalloc1 (malloc.go:878), as its runtime stack shows',
  },
  // A shell prompt before the panic, `_/home/…` packages, a goroutine of `runtime.goexit` alone.
  'kvexpress_73_shell_prompt_four_space_syscall_goexit.txt': {
    ids: [1, 17], truncated: false, crash: 'panic: runtime error: index out of range',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in commands.init.8 (root.go:78)',
  },
  // `^\SIGQUIT: quit` after YAML events; the signal thread's `goroutine 0 [idle]` alone, cut.
  'lxd_11923_sigquit_after_yaml_goroutine0_idle_cut.txt': {
    ids: [0], truncated: true, crash: 'SIGQUIT: quit',
    cut: [[0, ['runtime.futex', 'runtime.futexsleep', 'runtime.notesleep', 'runtime.mPark', 'runtime.stopm', 'runtime.findRunnable', 'runtime.schedule', 'runtime.goexit0']]],
    first: null,
  },
  // logrus text records before the panic.
  'matterircd_259_logrus_text_then_panic.txt': {
    ids: [182], truncated: false, crash: 'panic: runtime error: index out of range',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in mm-go-irckit.(*User).handleSlackActionPost (slackuser.go:431), created by mm-go-irckit.(*User).loginToSlack',
  },
  // A recovered runtime error printed alone (no `panic:`) over `debug.Stack()`: the crash line, blamed under the `panic` frame.
  'mattermost_31894_mmctl_debug_stack_markdown_ate_stars_cut.txt': {
    ids: [1], truncated: true, crash: 'runtime error: index out of range [0] with length 0',
    cut: [[1, ['runtime/debug.Stack', 'github.com/mattermost/mattermost/server/v8/cmd/mmctl/commands.printPanic', 'github.com/mattermost/mattermost/server/v8/cmd/mmctl/commands.Run.func1', 'panic', 'github.com/mattermost/mattermost/server/v8/cmd/mmctl/commands.ldapJobShowCmdF', 'github.com/mattermost/mattermost/server/v8/cmd/mmctl/commands.init.withClient.func122', 'github.com/spf13/cobra.(Command).execute', 'github.com/spf13/cobra.(Command).ExecuteC', 'github.com/spf13/cobra.(*Command).Execute']]],
    first: '1 goroutine panicked (recovered: runtime error: index out of range [0] with length 0) in commands.ldapJobShowCmdF (ldap.go:143)',
  },
  // journald, Go 1.6's `panic(…)` frame, a call line cut by the journal's width before its `)`.
  'mattermost_4163_journald_platform_go16_cut_args.txt': {
    ids: [58296], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[58296, ['panic', 'github.com/mattermost/platform/api.sendNotificationEmail']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in api.sendNotificationEmail (post.go:815)',
  },
  // The runtime's `runtime: pointer …` line before the fatal error; `[running, locked to thread]` in os.init.
  'mc_3564_bad_pointer_runtime_line_before_fatal.txt': {
    ids: [1], truncated: true, crash: 'fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)',
    cut: [[1, ['runtime.throw', 'runtime.badPointer', 'runtime.findObject', 'runtime.SetFinalizer', 'os.newFile', 'os.NewFile', 'os.init', 'runtime.doInit', 'runtime.doInit']]],
    first: '1 goroutine crashed (fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)) in runtime.findObject (mbitmap.go:416)',
  },
  // An excerpt that starts at a call inside a goroutine, then a semacquire under errgroup; cut in arguments.
  'minio_12076_headless_errgroup_semacquire_cut.txt': {
    ids: [2560791], truncated: true, crash: null,
    cut: [[2560791, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'github.com/minio/minio/pkg/sync/errgroup.(*Group).Wait', 'github.com/minio/minio/cmd.readAllFileInfo', 'github.com/minio/minio/cmd.erasureObjects.getObjectFileInfo', 'github.com/minio/minio/cmd.erasureObjects.GetObjectNInfo']]],
    first: null,
    headless: [{ lines: '2–7', funcs: ['github.com/minio/minio/cmd.readAllFileInfo.func1', 'github.com/minio/minio/pkg/sync/errgroup.(*Group).Go.func1'], createdBy: 'github.com/minio/minio/pkg/sync/errgroup.(*Group).Go' }],
    cutAtStart: true,
  },
  // A Windows exception in a cgo call under Delve, the caller cut: blamed on the Go function that called into C, not runtime.cgocall.
  'minio_17297_windows_exception_dlv_goland_cut.txt': {
    ids: [0], truncated: true, crash: 'Exception 0xc0000008 0x0 0x0 0x7ffafab27bfa',
    cut: [[0, ['runtime.cgocall', 'syscall.SyscallN', 'syscall.Syscall', 'syscall.CloseHandle']]],
    first: '1 goroutine crashed (Exception 0xc0000008 0x0 0x0 0x7ffafab27bfa) in syscall.SyscallN (syscall_windows.go:557)',
  },
  // An excerpt starting at a location whose call line it lost, then `created by`: one stack without its header, its first frame nameless.
  'nomad_1131_headless_long_paths_select_minutes_cut.txt': {
    ids: [94, 95], truncated: true, crash: null,
    cut: [[95, ['syscall.Syscall']]],
    first: null,
    headless: [{ lines: '2–4', funcs: ['?'], createdBy: 'github.com/hashicorp/nomad/client.(*AllocRunner).Run' }],
    cutAtStart: true,
  },
  // A Go 1.17 race report (`·dwrap·`), cut in a path.
  'nomad_12098_race_dwrap_cut.txt': {
    ids: [30, 62], truncated: true, crash: null,
    cut: [[62, ['github.com/hashicorp/nomad/nomad/drainer.(*drainingJobWatcher).getJobAllocsImpl', 'github.com/hashicorp/nomad/nomad/drainer.(*drainingJobWatcher).getJobAllocsImpl-fm', 'github.com/hashicorp/nomad/nomad/state.(*StateStore).BlockingQuery', 'github.com/hashicorp/nomad/nomad/drainer.(*drainingJobWatcher).getJobAllocs']]],
    first: '1 goroutine in a data race: write of 0x00c00049a760 in state.(*StateStore).upsertAllocsImpl (state_store.go:3378)',
  },
  // A race report in `<details>`, cut in its creator section.
  'nomad_19975_race_in_details_cut.txt': {
    ids: [20, 25], truncated: true, crash: null,
    cut: [],
    first: '1 goroutine in a data race: read of 0x00c0001be128 in eventer.TestEventer_iterateConsumers (eventer_test.go:122), created by testing.(*T).Run',
  },
  // A plugin prefix learnt from the header, Go 1.4's `init·1` creator, packer's own lines after.
  'packer_1955_log_plugin_prefix_headless_then_plugin_exited.txt': {
    ids: [20], truncated: false, crash: null,
    cut: [],
    first: null,
  },
  // Go 1.1's `[recovered]` with the nested panic indented by spaces; log.Panic's caller blamed; the paste ends in goroutine 1 at `(*coreEnvironment).Cli`, above main.main: cut
  'packer_43_recovered_eight_spaces_log_panic_cut.txt': {
    ids: [1], truncated: true, crash: 'panic: gob: unknown type id or corrupted data [recovered] / panic: gob: unknown type id or corrupted data',
    cut: [[1, ['log.Panic', 'github.com/mitchellh/packer/packer/plugin.(*cmdCommand).checkExit', 'github.com/mitchellh/packer/packer/plugin.func·011', 'github.com/mitchellh/packer/packer/rpc.(*command).Run', 'github.com/mitchellh/packer/packer/plugin.(*cmdCommand).Run', 'github.com/mitchellh/packer/packer.(*coreEnvironment).Cli']]],
    first: '1 goroutine crashed (panic: gob: unknown type id or corrupted data [recovered] / panic: gob: unknown type id or corrupted data) in plugin.(*cmdCommand).checkExit (command.go:49)',
  },
  // log's time and a plugin path before every line, learnt from a headless pair; the location skipped above it behind the same prefix is the stack's first frame; cut inside the prefix.
  'packer_745_log_plugin_path_prefix_go12_headless.txt': {
    ids: [3], truncated: true, crash: null,
    cut: [[3, ['os/signal.loop']]],
    first: null,
    headless: [{ lines: '2–10', funcs: ['?', 'net/rpc.(*Server).ServeConn', 'github.com/mitchellh/packer/packer/plugin.serve', 'github.com/mitchellh/packer/packer/plugin.ServeBuilder', 'main.main'], createdBy: null }],
    cutAtStart: true,
  },
  // Two loggers' prefixes; cut in the next header's first word (`gorouti`): truncated.
  'packer_825_emeril_double_prefix_mangled_dot_cut.txt': {
    ids: [3], truncated: true, crash: null,
    cut: [],
    first: null,
  },
  // Cut inside the creator's name (`created by gi`): no creator is named from it.
  'quicgo_133_go16_signal_0xb_cut_creator.txt': {
    ids: [50], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[50, ['panic', 'github.com/lucas-clemente/quic-go.(*packetPacker).composeNextPacket', 'github.com/lucas-clemente/quic-go.(*packetPacker).PackPacket', 'github.com/lucas-clemente/quic-go.(*Session).sendPacket', 'github.com/lucas-clemente/quic-go.(*Session).maybeSendPacket', 'github.com/lucas-clemente/quic-go.(*Session).run']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in quic-go.(*packetPacker).composeNextPacket (packet_packer.go:165)',
  },
  // A root prompt and client log lines before the panic, `exit status 2` after.
  'quicgo_1359_root_prompt_client_log_exit_status.txt': {
    ids: [5], truncated: false, crash: 'panic: Get https://clemente.io: InvalidVersion',
    cut: [],
    first: '1 goroutine crashed (panic: Get https://clemente.io: InvalidVersion) in main.main.func1 (main.go:51), created by main.main',
  },
  // journald before every line; the cut falls inside a method's receiver (`needle_map.(*Mem`), which names no function.
  'seaweedfs_1184_journald_weed_pid_cut.txt': {
    ids: [351366], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[351366, ['github.com/chrislusf/seaweedfs/weed/storage/needle.ReadNeedleBlob', 'github.com/chrislusf/seaweedfs/weed/storage/needle.(*Needle).ReadData', 'github.com/chrislusf/seaweedfs/weed/storage.(*Volume).copyDataBasedOnIndexFile.func1']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in needle.ReadNeedleBlob (needle_read_write.go:158)',
  },
  // Locations indented by 7 spaces, the issue form's headings after the stack: whole, not cut.
  'seaweedfs_1721_seven_space_indent_prose_after.txt': {
    ids: [265], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in storage.(*Volume).CollectStatus (volume.go:234), created by server.NewVolumeServer',
  },
  // An inlined top frame (no offset) blamed; the cut falls in a method's name.
  'seaweedfs_4674_mount_panic_inlined_home_path_cut.txt': {
    ids: [398542], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[398542, ['github.com/seaweedfs/seaweedfs/weed/filer.TotalSize', 'github.com/seaweedfs/seaweedfs/weed/filer.FileSize', 'github.com/seaweedfs/seaweedfs/weed/mount.(*WFS).…']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in filer.TotalSize (filechunks.go:14)',
  },
  // journald before tendermint's logfmt `CONSENSUS FAILURE!!! … stack="goroutine 77 [running]:\n…"`; cut inside the field before its `panic` frame.
  'cosmos_5150_journald_tendermint_logfmt_escaped_stack_cut.txt': {
    ids: [77], truncated: true, crash: null,
    cut: [[77, ['runtime/debug.Stack', 'github.com/tendermint/tendermint/consensus.(*ConsensusState).receiveRoutine.func2']]],
    first: null,
  },
  // An excerpt starting at a Go 1.23 `gp= m= mp=` header, `panic({…})` on top, `<autogenerated>:1`; cut in arguments.
  'dangerzone_1555_gvisor_gp_mp_header_autogenerated_cut.txt': {
    ids: [1], truncated: true, crash: null,
    cut: [[1, ['panic', 'gvisor.dev/gvisor/pkg/sentry/platform/systrap.(*subprocess).initSyscallThread', 'gvisor.dev/gvisor/pkg/sentry/platform/systrap.newSubprocess', 'gvisor.dev/gvisor/pkg/sentry/platform/systrap.(*Systrap).NewAddressSpace', 'gvisor.dev/gvisor/pkg/sentry/kernel.(*Kernel).NewAddressSpace', 'gvisor.dev/gvisor/pkg/sentry/mm.NewMemoryManager', 'gvisor.dev/gvisor/pkg/sentry/kernel.(*Kernel).LoadTaskImage']]],
    first: '1 goroutine crashed (its crash line is not in the text) in systrap.(*subprocess).initSyscallThread (subprocess.go:219)',
  },
  // Double-spaced, every location flush left, a logrus record above; cut in a path.
  'dapr_3128_double_spaced_flush_left_locations_cut.txt': {
    ids: [2018], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[2018, ['google.golang.org/grpc/internal/resolver.(*SafeConfigSelector).SelectConfig', 'google.golang.org/grpc.newClientStream', 'google.golang.org/grpc.invoke', 'github.com/dapr/dapr/pkg/diagnostics.(*grpcMetrics).UnaryClientInterceptor.func1']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in resolver.(*SafeConfigSelector).SelectConfig (config_selector.go:92)',
  },
  // The paste trimmed after a call line (no location), the issue form's `/area runtime` after it: the frame kept without a location.
  'dapr_3607_call_without_location_then_issue_form.txt': {
    ids: [130], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in internal.(*ActorPlacement).Start.func4.2 (placement.go:258)',
  },
  // Bazel's `GOROOT/src/…` and `external/…` paths, an inlined frame; cut in a name.
  'gvisor_2393_bazel_goroot_paths_signal_induced_panic_cut.txt': {
    ids: [65, 1], truncated: true, crash: 'panic: Signal-induced panic',
    cut: [[1, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'gvisor.dev/gvisor/pkg/sentry/kernel.(*Kernel).WaitExited', 'gvisor.dev/gvisor/runsc/boot.(*Loader).WaitExit', 'gvisor.dev/gvisor/runsc/cmd.(*Boot).Execute', 'github.com/google/subcommands.(*Commander).Execute']]],
    first: '1 goroutine crashed (panic: Signal-induced panic) in boot.(*Loader).run.func1 (loader.go:555), created by sighandling.StartSignalForwarding',
  },
  // A GC worker's SIGBUS in gentraceback, its goroutine cut in the header's bracket: blamed where the runtime stack threw.
  'juicefs_118_sigbus_gc_runtime_stack_header_cut_in_bracket.txt': {
    ids: [7], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [[7, []]],
    first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in runtime.gentraceback (traceback.go:189) on the system stack',
  },
  // debug.PrintStack() under a tool's prompts, no crash line; a URL-escaped package path (`go-backblaze%2ev0`); cut in a name.
  'juicefs_1910_prompts_print_stack_url_escaped_package_cut.txt': {
    ids: [311], truncated: true, crash: null,
    cut: [[311, ['runtime/debug.Stack', 'runtime/debug.PrintStack', 'jfs/mount/utils.WithTimeout.func1.1', 'panic', 'gopkg.in/kothar/go-backblaze%2ev0.(*Bucket).GetUploadAuth', 'gopkg.in/kothar/go-backblaze%2ev0.(*Bucket).UploadHashedTypedFile']]],
    first: '1 goroutine crashed (its crash line is not in the text) in go-backblaze%2ev0.(*Bucket).GetUploadAuth (buckets.go:193)',
  },
  // An excerpt starting at a call, frames with `fp= sp= pc=`, `·dwrap·6`; cut inside the last `fp=`.
  'juicefs_2398_headless_fp_sp_pc_dwrap_cut.txt': {
    ids: [], truncated: true, crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at vfs.(*VFS).Fallocate (vfs.go:648)',
    headless: [{ lines: '2–13', funcs: ['github.com/juicedata/juicefs/pkg/vfs.(*VFS).Fallocate', 'github.com/juicedata/juicefs/pkg/fuse.(*fileSystem).Fallocate', 'github.com/hanwen/go-fuse/v2/fuse.doFallocate', 'github.com/hanwen/go-fuse/v2/fuse.(*Server).handleRequest', 'github.com/hanwen/go-fuse/v2/fuse.(*Server).loop', 'github.com/hanwen/go-fuse/v2/fuse.(*Server).readRequest·dwrap·6'], createdBy: null }],
    cutAtStart: true,
  },
  // RFC 3339 times with an offset before each line; the panic's value of several lines, then the header in another code block.
  'juicefs_6974_rfc3339_offset_prefix_struct_value_split_fences.txt': {
    ids: [8219591570], truncated: false, crash: 'panic: invalid compaction skipped 1, pos 0, size 67108864; slices:',
    cut: [],
    first: '1 goroutine crashed (panic: invalid compaction skipped 1, pos 0, size 67108864; slices:) in meta.(*baseMeta).compactChunk',
  },
  // Tendermint's `CONSENSUS FAILURE!!!` record alone, its escaped stack cut right under the `panic` frame.
  'wasmd_54_tendermint_consensus_failure_escaped_stack_cut.txt': {
    ids: [130], truncated: true, crash: null,
    cut: [[130, ['runtime/debug.Stack', 'github.com/tendermint/tendermint/consensus.(*State).receiveRoutine.func2', 'panic']]],
    first: '1 goroutine crashed (its crash line is not in the text), cut before the frame that panicked',
  },
  // Gitea's recovery behind its logger's `…/panic.go:34:1() [E] ` (`PANIC:: …`, two colons): the `file:line (0x…)` stack is read and blamed under panic.go.
  'gitea_12249_logger_prefix_double_colon_panic_pc_locations_cut.txt': {
    ids: [], truncated: false, crash: 'PANIC:: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in home.go:78',
    headless: [{ lines: '4–20', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // No blank line between the fatal error and the header, `fp= sp= pc=`, an inlined frame; cut inside `sp=`.
  'helm_4753_tiller_fatal_no_blank_fp_sp_pc_cut.txt': {
    ids: [26], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[26, ['runtime.throw', 'runtime.mapiternext', 'k8s.io/helm/vendor/google.golang.org/grpc.(*Server).GetServiceInfo', 'k8s.io/helm/vendor/github.com/grpc-ecosystem/go-grpc-prometheus.(*ServerMetrics).InitializeMetrics', 'k8s.io/helm/vendor/github.com/grpc-ecosystem/go-grpc-prometheus.Register', 'main.start.func2', 'runtime.goexit']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in grpc.(*Server).GetServiceInfo (server.go:452)',
  },
  // A CI log quoted with a tab before every line (two before each location), a klog line above the fatal error; the log ends in goroutine 1 at `fmt.(*pp).printArg`, above main.main: cut
  'minikube_15705_ci_log_tab_indented_klog_then_fatal_cut.txt': {
    ids: [1], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[1, ['reflect.mapiternext', 'reflect.(*MapIter).Next', 'internal/fmtsort.Sort', 'fmt.(*pp).printValue', 'fmt.(*pp).printValue', 'fmt.(*pp).printValue', 'fmt.(*pp).printArg']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in reflect.mapiternext (map.go:1380)',
  },
  // Goroutine ids past 2^32 (`63046000758`), `created by … in goroutine 63045614723`; cut in the creator's path.
  'minio_18271_reconnect_logs_fatal_huge_goroutine_ids_cut.txt': {
    ids: [63046000758], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[63046000758, ['github.com/minio/minio/cmd.getResourceMetrics.func1', 'github.com/minio/minio/cmd.(*MetricsGroup).RegisterRead.func1.1', 'github.com/minio/minio/cmd.(*timedValue).Get', 'github.com/minio/minio/cmd.(*MetricsGroup).Get', 'github.com/minio/minio/cmd.populateAndPublish', 'github.com/minio/minio/cmd.ReportMetrics.func1']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in cmd.getResourceMetrics.func1 (metrics-resource.go:439), created by cmd.ReportMetrics',
  },
  // journald's `Oct 07 15:59:11 host docker[18598]: ` before every line, locations not indented; the paste starts inside a stack and ends in the next.
  'alertmanager_131_journald_docker_prefix_cut_at_start.txt': {
    ids: [16], truncated: true, crash: null,
    cut: [[16, ['github.com/prometheus/alertmanager/config.(*fileWatcher).Watch']]],
    first: null,
    headless: [{ lines: '2–7', funcs: ['net/http.ListenAndServe', 'github.com/prometheus/alertmanager/web.WebService.ServeForever'], createdBy: 'main.main' }],
    cutAtStart: true,
  },
  // Go 1.4: locations behind eight spaces, `[chan receive, 12 minutes]`, no `goexit` frames.
  'alertmanager_182_eight_space_indent_chan_receive_minutes.txt': {
    ids: [15, 1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in manager.(*memoryAlertManager).removeExpiredAggregates (manager.go:282), created by main.main',
  },
  // docker swarm's `service.1.id@node    | ` before every line, a logfmt line then `http: panic serving`; cut in the prefix.
  'alertmanager_2888_swarm_service_prefix_http_panic_cut.txt': {
    ids: [31294], truncated: true, crash: 'http: panic serving 10.0.2.3:35038: runtime error: index out of range [0] with length 0',
    cut: [[31294, ['net/http.(*conn).serve.func1', 'panic', 'github.com/prometheus/alertmanager/pkg/labels.ParseMatcher', 'github.com/prometheus/alertmanager/api/v2.parseFilter']]],
    first: '1 goroutine panicked (recovered: http: panic serving 10.0.2.3:35038: runtime error: index out of range [0] with length 0) in labels.ParseMatcher (parse.go:130)',
  },
  // a markdown code block by four spaces (locations behind twelve), logrus lines above, `make: *** [run] Error 2` right under the stack.
  'alertmanager_607_indented_code_block_then_make_error.txt': {
    ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.(*API).Update (api.go:117)',
  },
  // buildkitd on arm64, Go 1.23 `goroutine 2 gp=0x… m=nil [finalizer wait, 2 minutes]:` headers; starts inside a stack, ends inside a path.
  'container_284_buildkitd_arm64_gp_m_headers_cut_both_ends.txt': {
    ids: [2, 3], truncated: true, crash: null,
    cut: [[3, ['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1']]],
    first: null,
    headless: [{ lines: '2–9', funcs: ['runtime.bgscavenge', 'runtime.gcenable.gowrap2', 'runtime.goexit'], createdBy: 'runtime.gcenable' }],
    cutAtStart: true,
  },
  // `linkerd logs`: `pod container ` before every line, locations behind three spaces, `http2: panic serving`; cut in the prefix.
  'linkerd2_3588_kubectl_pod_container_prefix_http2_panic_cut.txt': {
    ids: [718], truncated: true, crash: 'http2: panic serving 127.0.0.1:43904: runtime error: invalid memory address or nil pointer dereference',
    cut: [[718, ['net/http.(*http2serverConn).runHandler.func1', 'panic', 'github.com/linkerd/linkerd2/pkg/inject.(*ResourceConfig).trace', 'github.com/linkerd/linkerd2/pkg/inject.(*ResourceConfig).injectPodSpec']]],
    first: '1 goroutine panicked (recovered: http2: panic serving 127.0.0.1:43904: runtime error: invalid memory address or nil pointer dereference) in inject.(*ResourceConfig).trace (inject.go:570)',
  },
  // wrapped at a word's end: `…or nil pointer` / `dereference` under `http: panic serving` (the runtime error made whole), a call's arguments on two lines.
  'linkerd2_5493_http_panic_wrapped_message_and_args_cut.txt': {
    ids: [410], truncated: true, crash: 'http: panic serving 127.0.0.1:59656: runtime error: invalid memory address or nil pointer dereference',
    cut: [[410, ['net/http.(*conn).serve.func1', 'panic', 'github.com/linkerd/linkerd2/pkg/inject.(*ResourceConfig).injectPodSpec', 'github.com/linkerd/linkerd2/pkg/inject.(*ResourceConfig).GetPatch', 'github.com/linkerd/linkerd2/controller/proxy-injector.Inj…']]],
    first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:59656: runtime error: invalid memory address or nil pointer dereference) in inject.(*ResourceConfig).injectPodSpec (inject.go:569)',
  },
  // copied from a page that autolinked `github.com/…`: calls and locations as `[text](http://text)` (put back to their text).
  'opni_1719_alertmanager_markdown_linked_frames_cut.txt': {
    ids: [60488], truncated: true, crash: 'http: panic serving 10.42.53.174:45502: write tcp 10.42.53.185:9093->10.42.53.174:45502: write: broken pipe',
    cut: [[60488, ['net/http.(*conn).serve.func1', 'panic', 'github.com/prometheus/alertmanager/api/v2/restapi/operations/alertgroup.(*GetAlertGroupsOK).WriteResponse', 'github.com/go-openapi/runtime/middleware.(*Context).Respond']]],
    first: '1 goroutine panicked (recovered: http: panic serving 10.42.53.174:45502: write tcp 10.42.53.185:9093->10.42.53.174:45502: write: broken pipe) in alertgroup.(*GetAlertGroupsOK).WriteResponse (get_alert_groups_responses.go:74)',
  },
  // the progress line the panic overwrote glued to the runtime error (`…dereference11649 items  0 errors  ETA 41:46`: cut at the value's end); only runtime frames above `created by` (the creator's call blamed); restic's log lines under it.
  'restic_1517_progress_glued_creator_under_sigpanic_then_log.txt': {
    ids: [2380372], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in runtime frames only, created by net.(*Resolver).goLookupIPCNAMEOrder (dnsclient_unix.go:482)',
  },
  // a runtime throw on the GC's sweeper (`fp= sp= pc=` on every location), cut inside an offset.
  'restic_2567_fatal_freeindex_bgsweep_fp_sp_pc_cut.txt': {
    ids: [3, 1], truncated: true, crash: 'fatal error: s.freeindex > s.nelems',
    cut: [[1, ['github.com/restic/restic/internal/restic.IDSet.Insert', 'github.com/restic/restic/internal/repository.(*Index).Packs', 'github.com/restic/restic/internal/repository.(*Repository).PrepareCache']]],
    first: '1 goroutine crashed (fatal error: s.freeindex > s.nelems) in runtime.(*mspan).nextFreeIndex (mbitmap.go:202), created by runtime.gcenable',
  },
  // Go 1.21 `created by … in goroutine 1`, `fp= sp= pc=`; starts inside a stack, ends inside a path.
  'restic_4693_created_in_goroutine_fp_sp_pc_cut_both_ends.txt': {
    ids: [6], truncated: true, crash: null,
    cut: [[6, ['runtime.gopark', 'runtime.selectgo', 'github.com/restic/restic/internal/ui/progress.(*Updater).run', 'github.com/restic/restic/internal/ui/progress.NewUpdater.func1']]],
    first: null,
    headless: [{ lines: '2–11', funcs: ['github.com/restic/restic/internal/ui/termstatus.(*Terminal).runWithoutStatus', 'github.com/restic/restic/internal/ui/termstatus.(*Terminal).Run', 'main.glob..func2.2', 'runtime.goexit'], createdBy: 'main.glob..func2' }],
    cutAtStart: true,
  },
  // the progress line the panic overwrote glued to the runtime error (`…dereferencems  0 errors  ETA 19:12`: cut at the value's end); Go 1.6's `panic(0x…, 0x…)` frame.
  'restic_699_progress_glued_to_panic_go16.txt': {
    ids: [81], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in archiver.(*Archiver).fileWorker (archiver.go:314), created by archiver.(*Archiver).Snapshot',
  },
  // logrus lines (`INFO[0015] …`, `ERRO[0015] …`) right above the crash line, locations behind eight spaces; cut in a call's arguments.
  'k3d_377_logrus_lines_then_panic_cut_in_args.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, ['github.com/rancher/k3d/v3/pkg/runtimes/docker.Docker.ExecInNodeGetLogs', 'github.com/rancher/k3d/v3/pkg/cluster.resolveHostnameFromInside', 'github.com/rancher/k3d/v3/pkg/cluster.GetHostIP', 'github.com/rancher/k3d/v3/pkg/cluster.ClusterCreate']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in docker.Docker.ExecInNodeGetLogs (node.go:311)',
  },
  // a panic with an error's text, between markdown headings; `...` closing a 386 call's arguments.
  'restic_747_panic_error_value_markdown_headings.txt': {
    ids: [497], truncated: false, crash: 'panic: close tempfile: invalid argument',
    cut: [],
    first: '1 goroutine crashed (panic: close tempfile: invalid argument) in archiver.(*Archiver).saveChunk (archiver.go:163), created by archiver.(*Archiver).SaveFile',
  },
  // Go 1.3 on Windows: `C:/…/time.goc` and `c:/…` paths behind four spaces, `func·005`; the MSVC runtime's `This application has requested the Runtime to terminate…` under it.
  'consul_265_go13_windows_paths_then_runtime_terminate.txt': {
    ids: [119], truncated: false, crash: null,
    cut: [],
    first: null,
  },
  // Go 1.3: `runtime.panic` in `panic.c`, locations behind four spaces, `func·002`.
  'consultemplate_72_go13_runtime_panic_four_space_indent.txt': {
    ids: [28], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in util.(*WatchData).poll (watcher.go:160), created by util.(*Watcher).Watch',
  },
  // journald's prefix and rsyslog's `#011` for each tab; `[select, 46194 minutes]`; starts at a location without its call, ends inside a creator's name.
  'influxdb_16152_journald_rsyslog_tab_escape_huge_minutes_cut.txt': {
    ids: [202444, 202994], truncated: true, crash: null,
    cut: [[202994, ['github.com/influxdata/influxdb/tsdb.(*PointBatcher).Start.func2']]],
    first: null,
    headless: [{ lines: '2–4', funcs: ['?'], createdBy: 'github.com/influxdata/influxdb/cmd/influxd/run.(*Server).Open' }],
    cutAtStart: true,
  },
  // a `runtime.throw` stack pasted without its `fatal error:` line (`fp= sp= pc=`), cut inside an `sp=`.
  'influxdb_21326_throw_without_fatal_line_cut.txt': {
    ids: [426254371], truncated: true, crash: null,
    cut: [[426254371, ['runtime.throw', 'runtime.mapiternext', 'github.com/influxdata/influxdb/storage/reads.(*tagsCache).Release', 'github.com/influxdata/influxdb/storage/reads.(*groupIterator).handleRead.func1', 'github.com/influxdata/influxdb/storage/reads.(*groupIterator).handleRead', 'github.com/influxdata/influxdb/storage/reads.(*groupIterator).Do']]],
    first: '1 goroutine crashed (its crash line is not in the text) in reads.(*tagsCache).Release (flux_tags_cache.go:209)',
  },
  // the crash line set in markdown bold (`**fatal error: …**`, the closing `**` no part of the message), AIX paths, a ten-digit goroutine id, `...` where the paste stops.
  'influxdb_21462_bold_fatal_error_aix_ellipsis_cut.txt': {
    ids: [3703670186], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[3703670186, ['runtime.throw', 'runtime.mapaccess1_faststr']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in runtime.mapaccess1_faststr',
  },
  // an httpd log line wrapped in two above the fatal error, `<autogenerated>:107` as a location; cut in a call's arguments.
  'influxdb_8134_wrapped_httpd_log_fatal_autogenerated_cut.txt': {
    ids: [3052047], truncated: true, crash: 'fatal error: concurrent map read and map write',
    cut: [[3052047, ['runtime.throw', 'runtime.mapaccess1_fast64', 'github.com/influxdata/influxdb/tsdb.(*Store).DeleteSeries', 'github.com/influxdata/influxdb/coordinator.LocalTSDBStore.DeleteSeries', 'github.com/influxdata/influxdb/coordinator.(*StatementExecutor).executeDeleteSeriesStatement']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in tsdb.(*Store).DeleteSeries (store.go:740)',
  },
  // journald lines cut at the terminal's width above `fatal error: concurrent map iteration and map write`, the prefix on every line; cut in a path.
  'influxdb_8989_journald_width_cut_lines_fatal_map_iteration.txt': {
    ids: [362851530], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[362851530, ['runtime.throw', 'runtime.mapiternext']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in runtime.mapiternext',
  },
  // a klog line right above `panic: runtime error: index out of range` (Go 1.3, no index), `runtime.panic` in `panic.c`, `func·001`; cut in a path.
  'kubernetesmesos_77_klog_then_go13_runtime_panic_cut.txt': {
    ids: [513], truncated: true, crash: 'panic: runtime error: index out of range',
    cut: [[513, ['runtime.panic', 'github.com/GoogleCloudPlatform/kubernetes/pkg/kubelet/dockertools.GetDockerPodInfo', 'github.com/GoogleCloudPlatform/kubernetes/pkg/kubelet.(*Kubelet).GetPodInfo', 'github.com/mesosphere/kubernetes-mesos/executor.func·001', 'github.com/mesosphere/kubernetes-mesos/executor.func·002', 'github.com/mesosphere/kubernetes-mesos/executor.(*KubernetesExecutor).checkForLostPodTask']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in dockertools.GetDockerPodInfo (docker.go:218)',
  },
  // `2020/03/05 01:03:46 [INFO]` lines above a panic with an error's text; cut in the first call's arguments.
  'rancher_25785_info_logs_then_panic_value_cut_in_args.txt': {
    ids: [57731], truncated: true, crash: 'panic: creating CRD store etcdserver: request timed out',
    cut: [[57731, ['github.com/rancher/rancher/vendor/github.com/rancher/norman/store/crd.(*Factory).BatchCreateCRDs.func1']]],
    first: '1 goroutine crashed (panic: creating CRD store etcdserver: request timed out) in crd.(*Factory).BatchCreateCRDs.func1',
  },
  // a Rust panic (`thread '<unnamed>' (1) panicked at …`) then `SIGABRT: abort` / `signal arrived during cgo execution`, Go 1.23's `gp= m=0 mp=` header `[syscall, locked to thread]`, locations behind eight spaces; cut at `pc=`.
  'runc_5438_rust_panic_then_sigabrt_cgo_gp_mp_header_cut.txt': {
    ids: [1], truncated: true, crash: 'SIGABRT: abort',
    cut: [[1, ['runtime.cgocall', 'cyphar.com/go-pathrs/internal/libpathrs._Cfunc_pathrs_procfs_open', 'cyphar.com/go-pathrs/internal/libpathrs.ProcfsOpen', 'cyphar.com/go-pathrs/procfs.Open']]],
    first: '1 goroutine crashed (SIGABRT: abort) in libpathrs._Cfunc_pathrs_procfs_open (_cgo_gotypes.go:444)',
  },
  // `go run`'s `exit status 2` right under the stack, a logrus `WARN` line above; Go 1.6's `panic(0x…)` frame.
  'runc_973_setns_panic_go16_exit_status.txt': {
    ids: [1], truncated: false, crash: 'panic: process_linux.go:245: running exec setns process for init caused "exit status 1"',
    cut: [],
    first: '1 goroutine crashed (panic: process_linux.go:245: running exec setns process for init caused "exit status 1") in main.main (run.go:150)',
  },
  // `fatal error: concurrent map iteration and map write` on a metrics handler (`fp= sp= pc=`), cut right after `pc=0x`.
  'mimir_24_compactor_fatal_map_iteration_cut_at_pc.txt': {
    ids: [131064], truncated: true, crash: 'fatal error: concurrent map iteration and map write',
    cut: [[131064, ['runtime.throw', 'runtime.mapiternext', 'github.com/prometheus/client_golang/prometheus.(*constHistogram).Write', 'github.com/prometheus/client_golang/prometheus.processMetric', 'github.com/prometheus/client_golang/prometheus.(*Registry).Gather', 'github.com/prometheus/client_golang/prometheus/promhttp.HandlerFor.func1']]],
    first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in prometheus.(*constHistogram).Write (histogram.go:556)',
  },
  // JSON log lines (escaped quotes in them) right above `panic: runtime error: index out of range [0] with length 0`, Go 1.20 `0x0?` arguments, locations behind eight spaces; cut in a call's arguments.
  'knativeoperator_1652_json_logs_then_index_panic_cut.txt': {
    ids: [145], truncated: true, crash: 'panic: runtime error: index out of range [0] with length 0',
    cut: [[145, ['knative.dev/operator/pkg/reconciler/common.FetchManifestFromArray', 'knative.dev/operator/pkg/reconciler/knativeserving.(*Reconciler).installed']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in common.FetchManifestFromArray (releases.go:237)',
  },
  // the panicking frame inlined (`changeIndex(...)`, its location without an offset), module-relative paths; cut inside a function name.
  'tektonpipeline_2220_inlined_top_frame_index_panic_cut.txt': {
    ids: [258], truncated: true, crash: 'panic: runtime error: index out of range [5] with length 5',
    cut: [[258, ['github.com/tektoncd/pipeline/pkg/pod.(*stepStateSorter).changeIndex', 'github.com/tektoncd/pipeline/pkg/pod.(*stepStateSorter).Swap', 'sort.insertionSort', 'sort.quickSort', 'sort.Sor…']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [5] with length 5) in pod.(*stepStateSorter).changeIndex (status.go:386)',
  },
  // Go 1.7 `fp= sp=` without `pc=`, calls ending in `...`, a chain of gRPC interceptors; cut inside a path.
  'cortex_240_go17_fp_sp_interceptor_chain_cut.txt': {
    ids: [585], truncated: true, crash: 'fatal error: concurrent map writes',
    cut: [[585, ['runtime.throw', 'runtime.mapassign1', 'github.com/weaveworks/cortex/vendor/github.com/weaveworks/common/middleware.ClientUserHeaderInterceptor', 'github.com/weaveworks/cortex/vendor/github.com/mwitkow/go-grpc-middleware.ChainUnaryClient.func1.1.1', 'github.com/weaveworks/cortex/vendor/github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingClientInterceptor.func1']]],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in middleware.ClientUserHeaderInterceptor (grpc_auth.go:24)',
  },
  // Grafana's log view copied newest line first, each record's time on a line of its own: the only header stands first, nothing of its
  // goroutine after it, so the order is told from the stack without its header (a location first, a call after its `created by`'s location).
  'dugtrio_12_grafana_log_newest_first_unlock_rwmutex_cut.txt': {
    ids: [1], truncated: true, crash: null,
    cut: [[1, []]],
    first: null,
    headless: [{ lines: '3–25', funcs: ['sync.(*RWMutex).Unlock', 'github.com/ethpandaops/dugtrio/pool.(*Client).setFinalizedHead', 'github.com/ethpandaops/dugtrio/pool.(*Client).pollClientHead', 'github.com/ethpandaops/dugtrio/pool.(*Client).runPoolClient', 'github.com/ethpandaops/dugtrio/pool.(*Client).runPoolClientLoop'], createdBy: 'github.com/ethpandaops/dugtrio/pool.(*BeaconPool).newPoolClient' }],
    cutAtStart: true,
  },
  // Android Studio's logcat (2015): `E/Go﹕ ` (a small colon) before each line, each header under a logcat `-v long` head (`[ 08-05 12:05:18.894  7661: 7661 E/Go       ]`)
  // and indented by 4: the head stands between the prefixed `panic:` line and its header, and is passed over before the next.
  'golang_12020_android_studio_logcat_small_colon_bracket_headers_cut.txt': {
    ids: [17, 18], truncated: true, crash: 'panic: unknown ref 42',
    cut: [[18, ['sync.runtime_Syncsemacquire']]],
    first: '1 goroutine crashed (panic: unknown ref 42) in seq.(*Ref).Get (ref.go:50)',
  },
  // js/wasm in a browser: the console's `wasm_exec.js:50 ` before every line, the first line that prefix alone (a blank line of the log: no text skipped).
  'golang_38574_wasm_exec_console_prefix_cut.txt': {
    ids: [61], truncated: true, crash: null,
    cut: [[61, ['syscall/js.Value.Call', 'syscall.fsCall', 'syscall.Write', 'internal/poll.(*FD).Write', 'os.(*File).write', 'os.(*File).Write', 'github.com/golang/glog.(*loggingT).output', 'github.com/golang/glog.(*loggingT).printf']]],
    first: null,
  },
  // darwin/arm64 (`code=0x2`): `fatal error: sync: unlock of unlocked mutex` thrown by a deferred Unlock while panicking (`sync.fatal` over `panic`): blamed under the `panic` frame; `exit status 2` and the shell prompt after.
  'golang_67792_darwin_arm64_sync_fatal_during_panic_exit_status.txt': {
    ids: [1], truncated: false, crash: 'fatal error: sync: unlock of unlocked mutex',
    cut: [],
    first: '1 goroutine crashed (fatal error: sync: unlock of unlocked mutex) in main.main (x.go:11)',
  },
  // Windows: the end of `unexpected return pc`'s stack hexdump, then `syscall.SyscallN` (`/opt/hostedtoolcache/go/…`), cut inside `fp=0xc`.
  'gopsutil_1451_syscalln_return_pc_hexdump_cut.txt': {
    ids: [], truncated: true, crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at syscall.SyscallN (syscall_windows.go:557)',
    headless: [{ lines: '20–21', funcs: ['syscall.SyscallN'], createdBy: null }],
    cutAtStart: true,
  },
  // Windows `Exception 0xc0000005 0x8 0x0 0x0` / `PC=0x0` / `signal arrived during external code execution` with no blank line before the stack nor before the registers (`rax` … `gs`), then Delve's `could not remove …`: the cgo call's Go side blamed.
  'gosciter_312_windows_exception_registers_no_blank_lines.txt': {
    ids: [0], truncated: false, crash: 'Exception 0xc0000005 0x8 0x0 0x0',
    cut: [],
    first: '1 goroutine crashed (Exception 0xc0000005 0x8 0x0 0x0) in go-sciter._Cfunc_SciterCreateWindow (_cgo_gotypes.go:989)',
  },
  // a blank line between some calls and their `file:line` (a paste's stray line breaks), and `fp= sp=` suffixes wrapped inside a mark (`… sp=` / `0xc0019779b0 pc=…`, `… sp` / `=0xc001977a10 pc=…`): one goroutine, blamed in the deferred Unlock's caller.
  'gosocketio_604_unlock_unlocked_blank_lines_wrapped_sp_cut.txt': {
    ids: [222], truncated: true, crash: 'fatal error: sync: unlock of unlocked mutex',
    cut: [[222, ['runtime.throw', 'sync.throw', 'sync.(*Mutex).unlockSlow', 'sync.(*Mutex).Unlock', 'github.com/googollee/go-socket.io/engineio/transport/websocket.wrapper.NextReader.func1', 'runtime.deferreturn', 'github.com/googollee/go-socket.io/engineio/transport/websocket.wrapper.NextReader', 'github.com/googollee/go-socket.io/engineio/transport/websocket.(*wrapper).NextReader']]],
    first: '1 goroutine crashed (fatal error: sync: unlock of unlocked mutex) in websocket.wrapper.NextReader.func1 (wrapper.go:33)',
  },
  // `runtime: program exceeds 10000-thread limit` / `fatal error: thread exhaustion` (one crash: the limit joins it) thrown by sysmon, the runtime stack alone (Windows `D:/Go/…`) after the command line.
  'gowrk_28_windows_10000_thread_limit_runtime_stack_only.txt': {
    ids: [], truncated: true, crash: 'runtime: program exceeds 10000-thread limit / fatal error: thread exhaustion',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (runtime: program exceeds 10000-thread limit / fatal error: thread exhaustion) in runtime.checkmcount (proc.go:542), as its runtime stack shows',
  },
  // Android arm64 (a 200-thread limit set by the app): the same throw on sysmon, `-trimpath` runtime frames with `fp= sp= pc=`, cut inside a `pc=`.
  'karing_248_android_200_thread_limit_sysmon_cut.txt': {
    ids: [], truncated: true, crash: 'runtime: program exceeds 200-thread limit / fatal error: thread exhaustion',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (runtime: program exceeds 200-thread limit / fatal error: thread exhaustion) in runtime.checkmcount (proc.go:868), as its runtime stack shows',
  },
  // macOS (Go 1.7): `unexpected fault address` / `fatal error: fault` / `[signal SIGBUS: bus error code=0x2 …]`, every line indented by one or two spaces, locations by four, `exit status 2` in the same indent.
  'mmapgo_12_macos_sigbus_unexpected_fault_indented.txt': {
    ids: [1], truncated: false, crash: 'unexpected fault address 0x1e4001 / fatal error: fault',
    cut: [],
    first: '1 goroutine crashed (unexpected fault address 0x1e4001 / fatal error: fault) in main.main (main-1.go:58)',
  },
  // `fatal error: sync: Unlock of unlocked RWMutex` before Go 1.20 (`runtime.throw` / `sync.throw`): blamed in the caller of Unlock.
  'neogo_1714_unlock_unlocked_rwmutex_sync_throw.txt': {
    ids: [5552], truncated: false, crash: 'fatal error: sync: Unlock of unlocked RWMutex',
    cut: [],
    first: '1 goroutine crashed (fatal error: sync: Unlock of unlocked RWMutex) in oracle.(*Oracle).Run (oracle.go:189), created by core.TestOracleFull',
  },
  // logcat lines behind a file viewer's line numbers glued to the date (`19303-05 00:58:10.873 18952 0 E Go : `), starting at a location; `goroutine running on other thread; stack unavailable`; cut in a creator's name.
  'openim_525_logcat_line_numbers_glued_to_date_stack_unavailable_cut.txt': {
    ids: [8], truncated: true, crash: null,
    cut: [[8, []]],
    first: null,
    headless: [{ lines: '2–9', funcs: ['golang.org/x/mobile/internal/mobileinit.lineLog', 'golang.org/x/mobile/internal/mobileinit.init.0.func2', 'runtime.goexit'], createdBy: 'golang.org/x/mobile/internal/mobileinit.init.0' }],
    cutAtStart: true,
  },
  // `sync: unlock of unlocked mutex` from an open-coded defer run while panicking on an index, cut in the frame under `runtime.goPanicIndex`: blamed in sync's Unlock, not in `sync.throw`.
  'tidb_27725_unlock_unlocked_in_open_defer_during_index_panic_cut.txt': {
    ids: [709], truncated: true, crash: 'fatal error: sync: unlock of unlocked mutex',
    cut: [[709, ['runtime.throw', 'sync.throw', 'sync.(*Mutex).unlockSlow', 'sync.(*Mutex).Unlock', 'runtime.call16', 'runtime.reflectcallSave', 'runtime.runOpenDeferFrame', 'panic', 'runtime.goPanicIndex']]],
    first: '1 goroutine crashed (fatal error: sync: unlock of unlocked mutex) in sync.(*Mutex).unlockSlow (mutex.go:196)',
  },
  // js/wasm (Go 1.26, `asm_wasm.s`): `runtime: pointer … to unallocated span` / `found bad pointer in Go heap` thrown on the system stack by the write barrier's flush; the runtime stack alone, its last location without an offset.
  'ballerina_341_wasm_bad_pointer_unallocated_span_wbbuf_system_stack.txt': {
    ids: [], truncated: true, crash: 'fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: found bad pointer in Go heap (incorrect use of unsafe or cgo?)) in runtime.findObject (mbitmap.go:1386), as its runtime stack shows',
  },
  // A retyped log (`220308.175025 ` before each line, once `520308`, `+0x72` glued to the line number, `findobiect(oxe9f…`): the compact time a log prefix, the crash line behind it read, the runtime stack its; the retyped last line (`runtime. findobiect(`) skipped.
  'golang_51552_retyped_log_prefix_bad_pointer_runtime_stack_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: found bad pointer in Go heap ( incorrect use of unsafe or cgo?)',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: found bad pointer in Go heap ( incorrect use of unsafe or cgo?)) in runtime.badpointer (mbitmap.go:351), as its runtime stack shows',
  },
  // Go 1.5: `runtime:objectstart Span weird: …` (no space after the colon: the runtime's, not skipped) over `fatal error: objectstart: bad pointer in unexpected span` in the GC's mark worker, 4-space indent with `fp= sp=`; cut in an `sp`.
  'golang_13289_objectstart_span_weird_gc_worker_four_spaces_cut.txt': {
    ids: [69], truncated: true, crash: 'fatal error: objectstart: bad pointer in unexpected span',
    cut: [[69, ['runtime.throw', 'runtime.heapBitsForObject', 'runtime.scanobject', 'runtime.gcDrain', 'runtime.gcBgMarkWorker', 'runtime.goexit']]],
    first: '1 goroutine crashed (fatal error: objectstart: bad pointer in unexpected span) in runtime.heapBitsForObject (mbitmap.go:217)',
  },
  // `fatal error: stopm holding locks` on 386 under a shell prompt: the scheduler threw on the system stack (`runtime.stopm` under `exitsyscall0`) for goroutine 1, `[runnable]` in the user's drawing code, printed under it; cut in a path.
  'eggos_50_stopm_holding_locks_386_prompt_runnable_cut.txt': {
    ids: [1], truncated: true, crash: 'fatal error: stopm holding locks',
    cut: [[1, ['github.com/golang/freetype/raster.(*RGBAPainter).Paint', 'github.com/golang/freetype/raster.(*Rasterizer).Rasterize', 'github.com/fogleman/gg.(*Context).fill', 'github.com/fogleman/gg.(*Context).FillPreserve', 'github.com/fogleman/gg.(*Context).Fill']]],
    first: '1 goroutine crashed (fatal error: stopm holding locks) in raster.(*RGBAPainter).Paint (paint.go:127)',
  },
  // a builder's log: `fatal error: stoplockedm: inconsistent locking` between `=== test union2 output ===` and its end line, the runtime stack through `morestack`, then goroutine 1 `[runnable]` in a cgo call (`main._Cfunc_f`).
  'golang_18178_stoplockedm_cgo_test_output_freebsd386.txt': {
    ids: [1, 17], truncated: false, crash: 'fatal error: stoplockedm: inconsistent locking',
    cut: [],
    first: '1 goroutine crashed (fatal error: stoplockedm: inconsistent locking) in main._Cfunc_f (_cgo_gotypes.go:47)',
  },
  // darwin/arm64 cgo crash (`SIGSEGV` / `PC=… m=16 sigcode=2` / `signal arrived during cgo execution`), the cgo wrapper's caller inlined (`GetPid(...)`): the Go side of the C call blamed.
  'robotgo_611_darwin_arm64_cgo_sigsegv_sigcode2_inlined.txt': {
    ids: [21], truncated: false, crash: 'SIGSEGV: segmentation violation',
    cut: [],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in robotgo._Cfunc_get_PID (_cgo_gotypes.go:540)',
  },
  // macOS Go 1.7: the crash line copied without its `fatal ` (`error: unexpected signal …`, no crash line of its own: the `[signal …]` line names the crash), the cgo wrapper's location unknown (`??:0 +0x4e`); the issue ends in goroutine 1 at `main.arobotgo`, above main.main: cut
  'golang_17384_macos_cgo_error_without_fatal_unknown_c_location_cut.txt': {
    ids: [1], truncated: true, crash: 'SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x7fff823874cc',
    cut: [[1, ['runtime.cgocall', 'robotgo._Cfunc_akeyTap', 'robotgo.AKeyTap', 'main.arobotgo']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x7fff823874cc) in robotgo._Cfunc_akeyTap (??:0)',
  },
  // a cgo SIGSEGV in BoringCrypto's self test during package init (`boring.init.0` under `runtime.doInit1`); cut in an `fp`.
  'tigera_3461_boringcrypto_init_cgo_sigsegv_cut.txt': {
    ids: [1, 2], truncated: true, crash: 'SIGSEGV: segmentation violation',
    cut: [[2, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.forcegchelper']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in boring._Cfunc__goboringcrypto_BORINGSSL_bcm_power_on_self_test (_cgo_gotypes.go:424)',
  },
  // a dump indented by six spaces (a code block inside a list), Go 1.22 `gp= m=nil` headers of idle GC workers, starting at a `created by` and cut after a header.
  'minikube_19519_six_space_indented_gp_headers_gc_workers_cut.txt': {
    ids: [34, 50, 20], truncated: true, crash: null,
    cut: [[20, []]],
    first: null,
    headless: [{ lines: '2–3', funcs: [], createdBy: 'runtime.gcBgMarkStartWorkers' }],
    cutAtStart: true,
  },
  // a bold label with a full-width colon, then a cgo SIGSEGV with `addr=0x20` on the `PC=` line, Go 1.23 `gp= m=0 mp=` header; cut right after `runtime.cgocall(…)`: the Go caller is not in the text.
  'onnxruntime_95_bold_label_cgo_sigsegv_gp_header_cut_at_cgocall.txt': {
    ids: [1], truncated: true, crash: 'SIGSEGV: segmentation violation',
    cut: [[1, ['runtime.cgocall']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in runtime.cgocall',
  },
  // Windows cmd's banner and prompt (`E:\mongo-shake-v2.8.4>collector.windows …`) above `runtime: VirtualAlloc of 16785408 bytes failed with errno=1455` / `fatal error: out of memory` and its runtime stack, cut in a path.
  'mongoshake_886_windows_cmd_banner_virtualalloc_oom_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: out of memory',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: out of memory) in runtime.sysUsed (mem_windows.go:83), as its runtime stack shows',
  },
  // Windows Go 1.7: `runtime: VirtualAlloc … errno=1455` / `fatal error: runtime: cannot map pages in arena address space`, lowercase drive paths (`c:/go/src/…`), cut in a path.
  'golang_19514_windows_cannot_map_pages_lowercase_drive_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: runtime: cannot map pages in arena address space',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: runtime: cannot map pages in arena address space) in runtime.sysMap (mem_windows.go:116), as its runtime stack shows',
  },
  // js/wasm under Node (`go_js_wasm_exec`): `panic: newosproc: not implemented` then `fatal error: panic on system stack` and `runtime stack:` with no blank line: blamed where it panicked, under the runtime stack's `panic` frame (`runtime.newosproc`), not in `panic`.
  'pion_504_wasm_node_panic_on_system_stack_newosproc_cut.txt': {
    ids: [], truncated: true, crash: 'panic: newosproc: not implemented / fatal error: panic on system stack',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (panic: newosproc: not implemented / fatal error: panic on system stack) in runtime.newosproc (os_js.go:116), as its runtime stack shows',
  },
  // A Rust panic aborting inside wasmer (cgo): `SIGABRT: abort`, goroutine 405 `[running]` on the foreign code (`runtime: unknown pc` twice, the `PC=` line's
  // address), whole, then the reporter's `....`: no dump asked for, but the abort of the code that ran on that goroutine.
  'wasmergo_98_rust_panic_sigabrt_unknown_pc_twice_ellipsis.txt': {
    ids: [405], truncated: false, crash: 'SIGABRT: abort',
    cut: [],
    first: '1 goroutine crashed (SIGABRT: abort), created by grpc.(*Server).serveStreams.func1',
  },
  // iOS arm64 (gomobile): the end of a stack hexdump, `runtime.sigtramp()` as a stack without its header, a goroutine in `goexit` alone, `goroutine running on other thread; stack unavailable` indented by 8, then LLDB's stop (`* thread #2, stop reason = signal SIGABRT`, disassembly) skipped; the crash line is above the excerpt.
  'golang_51784_ios_hexdump_sigtramp_then_lldb_stop_cut.txt': {
    ids: [17, 1], truncated: false, crash: null,
    cut: [],
    first: null,
    headless: [{ lines: '13–14', funcs: ['runtime.sigtramp'], createdBy: null }],
    cutAtStart: true,
  },
  // iOS: `signal 16 received on thread with no signal stack` over `fatal error: non-Go code disabled sigaltstack` (one crash), a runtime stack of `unexpected return pc` and its hexdump without `0x`, cut inside it.
  'golang_47952_ios_signal_no_signal_stack_sigaltstack_hexdump_cut.txt': {
    ids: [], truncated: true, crash: 'signal 16 received on thread with no signal stack / fatal error: non-Go code disabled sigaltstack',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (signal 16 received on thread with no signal stack / fatal error: non-Go code disabled sigaltstack)',
  },
  // riscv64 in a `go test` log: `crash_cgo_test.go:611: SIGSEGV: segmentation violation` (the test's `file:line: ` before the crash line) and the rest indented by 12, `goroutine 0 [idle]:` with `runtime: g 0: unknown pc`.
  // The signal hit a thread that ran no goroutine: its idle g0 is no goroutine to blame.
  'golang_52963_test_log_indented_cgo_sigsegv_goroutine0_unknown_pc.txt': {
    ids: [0], truncated: false, crash: 'SIGSEGV: segmentation violation',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (SIGSEGV: segmentation violation) on a thread that ran no goroutine (goroutine 0 [idle], no frame Go could walk)',
  },
  // riscv64 with GOTRACEBACK=crash: a prompt, gctrace lines, then `fatal error: unexpected signal …` with `pc=0x0`, a runtime stack broken off by `unexpected return pc for runtime.sigpanic called from 0x1` and its hexdump, cut in a word's address.
  'golang_51835_riscv64_gctrace_prompt_unexpected_return_pc_hexdump_cut.txt': {
    ids: [], truncated: true, crash: 'fatal error: unexpected signal during runtime execution',
    cut: [],
    first: null,
    stackSuspect: 'the process crashed (fatal error: unexpected signal during runtime execution)',
  },
  // arm64 (Raspberry Pi 4): starts at a location with `fp= sp= pc=` whose call is above the excerpt (the headless stack's first frame, not skipped text), the finalizer goroutine's end, then the crash's arm64 registers (`r0` … `r29`, `lr`, `sp`, `pc`, `fault`).
  'nixosfacter_253_arm64_registers_after_finalizer_cut_at_start.txt': {
    ids: [], truncated: false, crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at mfinal.go:196, created by runtime.createfing',
    headless: [{ lines: '2–6', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.createfing' }],
    cutAtStart: true,
  },
  // `go test -json` records pasted (test2json's `"Output":"goroutine 7 [running]:\n"`), the prose above them; the excerpt ends inside the next record's keys.
  'golang_38382_test_json_goroutine_panic_cut_in_record.txt': {
    ids: [7], truncated: true, crash: 'panic: panicing in a goroutine', cut: [[7, ['gotest.tools/v3/tmp.Test_PanicInGoroutine.func1']]],
    first: '1 goroutine crashed (panic: panicing in a goroutine) in tmp.Test_PanicInGoroutine.func1',
  },
  'gotestsum_99_test_json_index_panic_cut_in_key.txt': {
    ids: [7], truncated: true, crash: 'panic: runtime error: index out of range [1] with length 1',
    cut: [[7, ['gotest.tools/v3/internal/assert.ArgsFromComparisonCall']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [1] with length 1) in assert.ArgsFromComparisonCall',
  },
  // GitHub Actions' time before every line, the selection starting inside the crash line's (`3.6367390Z panic: …`): the header's prefix
  // confirms it, and the tests Go ≥ 1.20 names under it join it. Goroutine 1 stops at `testing.(*T).Run` (the reporter's cut), above the test binary's main.main: cut
  'matrixone_19185_actions_timestamp_cut_before_crash_line.txt': {
    ids: [311, 1], truncated: true, crash: 'panic: test timed out after 40m0s (running TestCancelRunningTask)', cut: [[1, ['testing.(*T).Run']]], first: null,
  },
  // Markdown bold opened before the CRI prefix of the first line (`**2023-…Z stderr F goroutine 284 …`): the runtime crashed while it
  // printed goroutine 284's header; the paste ends inside the runtime stack's last `fp=`, before the goroutines Go prints after it.
  'golang_60196_cri_bold_glued_panic_during_panic_cut.txt': {
    ids: [284], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [], first: null,
    stackSuspect: 'the process crashed (fatal error: unexpected signal during runtime execution) in runtime.gentraceback (traceback.go:258), as its runtime stack shows',
  },
  // Prow's build-log.txt time (`I0217 23:48:13.310] `) before klog's `Observed a panic` and HandleCrash's `file:line` lines; cut inside the prefix.
  'knativeserving_3258_prow_build_log_klog_observed_panic_cut.txt': {
    ids: [], truncated: true,
    crash: 'Observed a panic: "Log in goroutine after TestNewConfigurationCallsSyncHandler has completed" (Log in goroutine after TestNewConfigurationCallsSyncHandler has completed)',
    cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in testing.go:634',
    headless: [{ lines: '5–9', funcs: ['?', '?', '?', '?', '?'], createdBy: null }],
  },
  // `journalctl -u`: the journal kept three lines of the panic, then systemd's own lines of the unit: goroutine 45 stops at
  // `panic(…)`, a systemd line where its `file:line` was due, so it is cut there, and the frame that panicked is not in the text.
  'systemd_3277_journal_lost_stack_systemd_lines_cut.txt': {
    ids: [45], truncated: true, crash: 'panic: runtime error: slice bounds out of range', cut: [[45, ['panic']]],
    first: '1 goroutine crashed (panic: runtime error: slice bounds out of range), cut before the frame that panicked',
  },
  // Jenkins' Timestamper (`[2020-11-19T14:30:04.801Z] `) before gotestsum's `=== Failed` / `=== FAIL:` and the panic, a blank line after
  // every line (the blank lines without the prefix); cut in a path. The blame stays on testing's `Fail`: the frames under it are cut.
  'beats_22541_jenkins_timestamper_gotestsum_double_spaced_cut.txt': {
    ids: [20], truncated: true, crash: 'panic: Fail in goroutine after TestWrongPanic/setup_failing_go-routine has completed',
    cut: [[20, ['testing.(*common).Fail', 'testing.(*common).FailNow']]],
    first: '1 goroutine crashed (panic: Fail in goroutine after TestWrongPanic/setup_failing_go-routine has completed) in testing.(*common).Fail (testing.go:654)',
  },
  // A test timeout without `running tests:` (Go 1.14), TestMain under an inlined `RunTestSuite(...)`; cut in a call's name.
  'hive_270_test_timeout_testmain_inlined_cut.txt': {
    ids: [1083, 1, 6], truncated: true, crash: 'panic: test timed out after 10m0s',
    cut: [[6, ['testing.(*T).Run', 'github.com/ethereum/hive/simulators/ethereum/sync.TestSync', 'testing.tRunne…']]], first: null,
  },
  // A test timeout under a sentence, a module path redacted to `XXXXXXXX`, the next comment right under the last frame: whole.
  'grab_97_test_timeout_redacted_path_then_closing_comment.txt': {
    ids: [243, 1], truncated: false, crash: 'panic: test timed out after 10m0s',
    cut: [], first: null,
  },
  // `=== NAME` / `=== RUN` over a test timeout, `running tests:` indented by tabs.
  'gatewayconformance_46_test_timeout_name_run_lines_tabbed_running_tests.txt': {
    ids: [1028], truncated: false, crash: 'panic: test timed out after 10m0s (running TestGatewayTar, TestGatewayTar/GET_TAR_has_expected_root_directory)',
    cut: [], first: null,
  },
  // A quote's `> ` on the first header only, debug.PrintStack of a recovered panic twice without a blank line: two dumps of one id.
  'boomer_40_quote_on_first_header_printstack_twice_no_blank_cut.txt': {
    ids: [8], truncated: true, crash: null,
    cut: [[8, ['runtime/debug.Stack', 'runtime/debug.PrintStack', 'github.com/myzhan/boomer.(*runner).safeRun.func1', 'panic', 'main.test_http', 'github.com/myzhan/boomer.(*runner).safeRu…']]], first: '1 goroutine crashed (its crash line is not in the text) in main.test_http (login.go:28)',
  },
  // Double-spaced (a blank line under every line, three between goroutines), starting at a location line (passed over); cut in a path.
  'golang_24267_double_spaced_ios_headless_chan_send_cut.txt': {
    ids: [351, 352], truncated: true, crash: null,
    cut: [[352, ['testing.tRunner.func1', 'testing.tRunner']]], first: null,
    headless: [{ lines: '8–14', funcs: ['testing.tRunner'], createdBy: 'testing.(*T).Run' }],
    cutAtStart: true,
  },
  // An excerpt starting at testing.(*M).Run (the header above it not copied), one whole goroutine, a comment under the fence.
  'exercism_2075_headless_testmain_then_chan_receive_then_comment.txt': {
    ids: [6], truncated: false, crash: null,
    cut: [], first: null,
    headless: [{ lines: '6–9', funcs: ['testing.(*M).Run', 'main.main'], createdBy: null }],
    cutAtStart: true,
  },
  // Go 1.3's `testing.func·007` and `src/pkg/`, locations indented by 4 spaces; cut in a line number.
  'stompngo_19_go13_func007_four_space_locations_cut.txt': {
    ids: [61, 62, 63, 64, 65], truncated: true, crash: null,
    cut: [[65, ['testing.func·007']]], first: null,
  },
  // A race excerpt starting at a `Goroutine 41 (running) created at:` section, two separators, `[failed to restore the stack]`, Nix store GOROOT, `·dwrap·21`.
  'popstellar_1121_race_nix_store_failed_to_restore_dwrap_cut.txt': {
    ids: [40, 41], truncated: true, crash: null,
    cut: [], first: '1 goroutine in a data race: write of 0x00c0001d3fa0 in cli.TestOrganizerAndWitnessWithoutPK (pop_test.go:89), created by testing.(*T).Run',
    headless: [{ lines: '6–12', funcs: [], createdBy: 'popstellar/cli.TestOrganizerAndWitnessWithoutPK' }],
    cutAtStart: true,
  },
  // A race report indented one space deeper than the race detector prints it (Go 1.22 `gowrap1`).
  'minder_3397_race_indented_by_one_space_gowrap.txt': {
    ids: [36], truncated: false, crash: null,
    cut: [], first: '1 goroutine in a data race: write of 0x00c0002d6398 in manager_test.TestProviderManager_CreateFromConfig.func1 (manager_test.go:83)',
  },
  // The race report's separator glued to Ginkgo's progress dots (`•••==================`); cut in a path.
  'gorcon_1_race_glued_to_ginkgo_progress_dots_cut.txt': {
    ids: [8], truncated: true, crash: null,
    cut: [[8, ['github.com/playnet-public/gorcon/pkg/rcon/battleye_test.glob..func2.5.3', 'github.com/playnet-public/gorcon/vendor/github.com/onsi/ginkgo/internal/leafnodes.(*runner).runSync', 'github.com/playnet-public/gorcon/vendor/github.com/onsi/ginkgo/internal/leafnodes.(*runner).run', 'github.com/playnet-public/gorcon/vendor/github.com/onsi/ginkgo/internal/leafnodes.(*ItNode).Run']]], first: '1 goroutine in a data race: write of 0x00c4201781a8 in battleye_test.glob..func2.5.3 (battleye_test.go:194)',
  },
  // The race report's separator glued to the opening fence (````==================`); cut after a creator's call.
  'astilectron_50_race_separator_glued_to_fence_cut.txt': {
    ids: [43, 44], truncated: true, crash: null,
    cut: [], first: '1 goroutine in a data race: read of 0x00c4201c09fd in go-astilectron.TestSynchronousFunc (helper_test.go:151), created by testing.(*T).Run',
  },
  // A Windows race report (`C:/Go/src/…`) starting at a location line, the previous write `[failed to restore the stack]`.
  'oathkeeper_574_race_windows_paths_starts_in_location_failed_to_restore.txt': {
    ids: [34], truncated: false, crash: null,
    cut: [], first: '1 goroutine in a data race: previous write of 0x00c000a3e340, created by rule_test.TestFetchRulesFromObjectStorage',
    headless: [{ lines: '6–10', funcs: ['?', 'github.com/ory/oathkeeper/rule_test.TestFetchRulesFromObjectStorage', 'testing.tRunner'], createdBy: null }, { lines: '15–29', funcs: [], createdBy: 'testing.(*T).Run' }],
    cutAtStart: true,
  },
  // A race report whose blank lines between sections are lost (`Previous read` right under a location); cut in a path.
  'dtls_105_race_no_blank_lines_between_sections_cut.txt': {
    ids: [8, 9], truncated: true, crash: null,
    cut: [], first: '1 goroutine in a data race: write of 0x00c000216380 in dtls.testClient (conn_test.go:115), created by testing.(*T).Run',
  },
  // A cgo callback's stack (`cgocallbackg1`, `systemstack_switch` without an offset, `<autogenerated>:1`) from a location line; cut in a name.
  'golang_61478_cgocallback_fp_sp_starts_in_location_cut.txt': {
    ids: [], truncated: true, crash: null,
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at vm._Cfunc_cairoVMExecute (_cgo_gotypes.go:159)',
    headless: [{ lines: '8–23', funcs: ['runtime.cgocallbackg1', 'runtime.cgocallbackg', 'runtime.cgocallbackg', 'runtime.cgocallback', 'runtime.systemstack_switch', 'runtime.cgocall', 'github.com/NethermindEth/juno/vm._Cfunc_cairoVMExecute', 'github.com/NethermindEth/juno/vm.Execute'], createdBy: null }],
    cutAtStart: true,
  },
  // Go 1.9's `fatal error: concurrent map writes` with `fp= sp= pc=`, then `...` for the goroutines left out: a gap marked, the dump not called cut.
  'ibenchmark_2_concurrent_map_writes_fp_sp_ellipsis_after.txt': {
    ids: [122], truncated: false, crash: 'fatal error: concurrent map writes',
    cut: [], first: '1 goroutine crashed (fatal error: concurrent map writes) in main.handle_request (iBench.go:142), created by main.worker',
  },
  // A `message: ` label over a running goroutine, no crash line, GOPATH redacted to `/xxxx…/`; cut in `created by`.
  'fcgolangruntime_7_message_label_redacted_paths_no_crash_line_cut.txt': {
    ids: [1529], truncated: true, crash: null,
    cut: [[1529, ['github.com/awesome-fc/golang-runtime.GetLoggerByRequestID', 'github.com/awesome-fc/golang-runtime.NewFromContext', 'github.com/awesome-fc/golang-runtime.invokeHandler', 'github.com/awesome-fc/golang-runtime.handle', 'net/http.HandlerFunc.ServeHTTP', 'net/http.(*ServeMux).ServeHTTP', 'net/http.serverHandler.ServeHTTP', 'net/http.(*conn).serve']]], first: null,
  },
  // A log viewer's `» 8 Feb 2016 23:48:19.430 ` before every line, locations flush against it, no blank lines between goroutines (Go 1.5).
  'etcd_4463_guillemet_date_prefix_locations_flush_no_blank_lines_cut.txt': {
    ids: [1, 17, 93975], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[93975, ['sync.runtime_Semacquire', 'sync.(*Mutex).Lock']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.(*cluster).getKVHash (tester.go:242)',
  },
  // Go 1.4 on 386 (`[signal 0xb …]`, 8-space locations), `exit status 2` right under the last goroutine.
  'introtogo_1_go14_386_signal_0xb_exit_status.txt': {
    ids: [1, 6], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.main (12.go:25)',
  },
  // A panic after `PASS` (a goroutine outliving its test), `FAIL\t…\t0.569s` under it, then prose and Go code.
  'bee_764_panic_after_pass_then_fail_line_and_source_after.txt': {
    ids: [38], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in retrieval.(*Service).handler (retrieval.go:261), created by streamtest.(*Recorder).NewStream',
  },
  // BuildKit's `#98  55.71 ` behind a log viewer's line numbers and a tab; testify's `test panicked:` over debug.Stack, the recovered panic's crash line: blamed under `panic`.
  'talos_1018_buildkit_step_prefix_editor_line_numbers_testify_debug_stack_cut.txt': {
    ids: [51], truncated: true, crash: 'test panicked: runtime error: invalid memory address or nil pointer dereference',
    cut: [[51, ['runtime/debug.Stack', 'github.com/stretchr/testify/suite.failOnPanic', 'panic', 'github.com/talos-systems/talos/internal/app/machined/pkg/system/health_test.(*CheckSuite).TestHealthChange', 'reflect.Value.call', 'reflect.Value.Call', 'github.com/stretchr/testify/suite.Run.func2']]], first: '1 goroutine panicked (recovered: test panicked: runtime error: invalid memory address or nil pointer dereference) in health_test.(*CheckSuite).TestHealthChange (health_test.go:98)',
  },
  // A `console` fence with the shell prompt and a log line over the panic, a vanity module path (`bdd.fi/x/…`), an inlined `(...)` frame.
  'runitor_41_console_prompt_log_line_inlined_vanity_module.txt': {
    ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.Do (main.go:242)',
  },
  // Kodi's log prefix (`15:08:10 364.658051 T:1587278832  NOTICE: [plugin.video.pulsar] `), blank records, the `*` of `(*pollDesc)` taken by Markdown as emphasis.
  'pulsar_109_kodi_log_prefix_markdown_ate_stars_cut.txt': {
    ids: [88, 1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, ['net.(*pollDesc).Wait']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in tmdb.func·007 (movie.go:188), created by tmdb.ListMoviesComplete',
  },
  // goconvey's report under `Errors:` drops its own frames' call lines and leaves their `file:line`s: read as frames that name no function (`?`); its `Line 747: - <value>` is the recovered panic's crash line.
  'loongcollector_860_goconvey_report_locations_without_calls_cut.txt': {
    ids: [87], truncated: true, crash: 'Line 747: - runtime error: invalid memory address or nil pointer dereference',
    cut: [[87, ['?', '?', '?', 'panic']]], first: '1 goroutine panicked (recovered: Line 747: - runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked',
  },
  // Windows on 386: `Exception 0xc0000005 …`, `signal arrived during external code execution`, the crashed stack without a header; cut in a path.
  'bluetooth_189_windows_386_exception_hostedtoolcache_cut.txt': {
    ids: [0], truncated: true, crash: 'Exception 0xc0000005 0x0 0x0 0x7674ebaa',
    cut: [[0, ['runtime.cgocall', 'syscall.SyscallN', 'github.com/saltosystems/winrt-go/windows/devices/bluetooth/advertisement.(*iBluetoothLEAdvertisementWatcher).AddReceived', 'github.com/saltosystems/winrt-go/windows/devices/bluetooth/advertisement.(*BluetoothLEAdvertisementWatcher).AddReceived', 'tinygo.org/x/bluetooth.(*Adapter).Scan']]], first: '1 goroutine crashed (Exception 0xc0000005 0x0 0x0 0x7674ebaa) in advertisement.(*iBluetoothLEAdvertisementWatcher).AddReceived (bluetoothleadvertisementwatcher.go:212)',
  },
  // A Windows `-trimpath` dump (`runtime/proc.go:381`) of idle GC workers with `fp= sp= pc=`; cut in the creator's name.
  'erigon_7754_windows_gc_workers_fp_sp_cut_in_creator.txt': {
    ids: [8, 25, 9], truncated: true, crash: null,
    cut: [[9, ['runtime.gopark', 'runtime.gcBgMarkWorker', 'runtime.goexit']]], first: null,
  },
  // Relative locations (`lib/cc/rshell.go:53`), waits of 12 minutes, no crash line: whole.
  'emp3r0r_34_relative_paths_chan_waits_no_crash_line.txt': {
    ids: [2447, 2446, 2465], truncated: false, crash: null,
    cut: [], first: '1 goroutine blocked on chan send for 12 minutes in cc.reverseBash.func2.1 (rshell.go:53), created by cc.reverseBash; the longest wait in the dump',
  },
  // Copied newest line first (the hexdump's addresses falling) with Go 1.22's `gp= m= mp=` headers: read in reverse, the signal handler's frames on goroutine 0, goroutine 4458 cut under its header.
  'golang_62086_arm64_sigprof_traceback_stuck_newest_line_first_cut.txt': {
    ids: [0, 4458], truncated: true, crash: 'fatal error: traceback stuck',
    cut: [[4458, []]], first: '1 goroutine crashed (fatal error: traceback stuck)',
  },
  // An excerpt starting at `runtime stack:`, `unexpected return pc for runtime.sigpanic` and its hexdump (macOS), cut in the hexdump: nothing to blame.
  'dubbogosamples_271_runtime_stack_unexpected_return_pc_hexdump_cut.txt': {
    ids: [], truncated: true, crash: null,
    cut: [], first: null,
  },
  // riscv64: a hexdump's tail, `runtime.throw` alone, then `unexpected return pc for runtime.sigpanic called from 0x80` and the next hexdump; cut in an address.
  'golang_49709_riscv64_hexdump_then_throw_then_unexpected_return_pc_cut.txt': {
    ids: [], truncated: false, crash: null,
    cut: [], first: null,
    stackSuspect: 'a stack without its goroutine header, at runtime.throw (panic.go:1198)',
    headless: [{ lines: '9–10', funcs: ['runtime.throw'], createdBy: null }],
    cutAtStart: true,
  },
  // Go 1.5's `fp= sp=` without `pc=`, 8-space locations, a line of one space between goroutines; cut in `time.Sleep`'s arguments.
  'golang_14633_go15_fp_sp_space_line_between_goroutines_cut.txt': {
    ids: [67, 68], truncated: true, crash: null,
    cut: [[68, ['runtime.gopark', 'runtime.goparkunlock', 'time.Sleep']]], first: null,
  },
  // Windows, GOROOT on `C:` and the program on `D:` (GOPATH mode, no module path), `fp= sp= pc=`; cut in `pc=`.
  'gooci8_312_windows_go111_fp_sp_pc_two_drives_cut.txt': {
    ids: [25, 26], truncated: true, crash: null,
    cut: [[26, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.chanrecv']]], first: null,
  },
  // A path placeholder left in (`$PATH/BPFroid/…`), a snap GOROOT (`/snap/go/10426/`), `created by … in goroutine 478`: whole.
  'bpfroid_17_literal_path_placeholder_snap_go_in_goroutine.txt': {
    ids: [514], truncated: false, crash: null,
    cut: [], first: null,
  },
  // darwin/arm64 (`asm_arm64.s`), the excerpt starting at a location with `fp= sp= pc=`; cut in `sp=`.
  'gotraceui_139_sigtrap_arm64_darwin_starts_in_location_cut.txt': {
    ids: [40], truncated: true, crash: null,
    cut: [[40, ['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1']]], first: null,
    headless: [{ lines: '6–16', funcs: ['?', 'runtime.chanrecv2', 'main.(*MainWindow).Run', 'main.main.func3', 'runtime.goexit'], createdBy: 'main.main' }],
    cutAtStart: true,
  },
  // Go 1.5 on Windows with a GOROOT in `C:/dev/go`, locations indented by 8 spaces; cut in a line number.
  'golang_11256_windows_dev_goroot_go15_eight_spaces_cut.txt': {
    ids: [35, 42], truncated: true, crash: null,
    cut: [[42, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.chanrecv']]], first: null,
  },
  // A Markdown indented code block: every line behind 4 spaces, the locations behind 4 spaces and a tab, a blank line of 4 spaces; Windows 386.
  'golang_26484_indented_code_block_windows_386_cut.txt': {
    ids: [22519, 22521], truncated: true, crash: null,
    cut: [[22521, ['runtime.gopark']]], first: null,
  },
  // A Go shared object's dump (`main.GoInitialize` called from C), a GOROOT inside the project; cut in a call's arguments.
  'golang_52608_go_shared_object_semacquire_cut.txt': {
    ids: [19, 6, 22], truncated: true, crash: null,
    cut: [[22, ['internal/poll.runtime_Semacquire', 'internal/poll.(*fdMutex).rwlock', 'internal/poll.(*FD).readLock', 'internal/poll.(*FD).ReadFromInet4', 'net.(*netFD).readFromInet4']]], first: null,
  },
  // Review threads of a diff: a `+` before every line of a Go 1.6 panic (learnt as the prefix), then a second thread's excerpt starting at a location; cut in a path.
  'gctt_868_review_diff_plus_before_every_line_two_dumps.txt': {
    ids: [1], truncated: true, crash: 'panic: boom!',
    cut: [], first: '1 goroutine crashed (panic: boom!) in main.f (lab.go:11)',
    headless: [{ lines: '28–33', funcs: ['main.g', 'main.f'], createdBy: 'main.main' }],
  },
  // A shell prompt of `» ` over the panic, then the next comment under the fence: whole.
  'murex_142_shell_prompt_guillemet_slice_bounds.txt': {
    ids: [3130], truncated: false, crash: 'panic: runtime error: slice bounds out of range',
    cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in parameters.Parameters.StringAllRange (get.go:55), created by lang.runModeNormal',
  },
  // A test's log: the crash line behind `crash_cgo_test.go:609: `, the dump under it indented by 12 spaces, `unexpected return pc` and its hexdump on linux/arm;
  // the paste ends after the words, before the frame Go prints under them: goroutine 19 is cut.
  'golang_51353_test_log_indented_arm_unexpected_return_pc_hexdump_cut.txt': {
    ids: [19], truncated: true, crash: 'SIGSEGV: segmentation violation',
    cut: [[19, ['runtime/internal/atomic.Xadd64']]], first: '1 goroutine crashed (SIGSEGV: segmentation violation) in atomic.Xadd64 (atomic_arm.s:262)',
  },
  // A `-trimpath` esbuild dump (`runtime/sema.go:62`), arguments Go could not print as `{_, _, _}`; cut after a header's bracket, before its colon.
  'gotask_1027_trimpath_esbuild_underscore_args_semacquire_cut.txt': {
    ids: [102, 103], truncated: true, crash: null,
    cut: [[103, []]], first: null,
  },
  // A builder's deadlock on freebsd-386 under a Markdown link, `[GC assist wait]`; cut in `created by`.
  'golang_39390_freebsd_386_deadlock_gc_assist_wait_cut.txt': {
    ids: [1, 22], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!',
    cut: [[22, ['cmd/compile/internal/ssa.cse', 'cmd/compile/internal/ssa.Compile', 'cmd/compile/internal/gc.buildssa', 'cmd/compile/internal/gc.compileSSA', 'cmd/compile/internal/gc.compileFunctions.func2']]], first: '1 goroutine blocked on semacquire in gc.compileFunctions (pgen.go:392); all goroutines are asleep (deadlock)',
  },
  // An RPM build log wrapped at 80 columns on ppc64le: `[signal …` split before `pc=`, each `sp= pc=` on a line of its own, a call's arguments and a long path wrapped (a line of spaces before the path); cut in a path.
  'golang_30283_ppc64le_rpm_build_log_wrapped_at_80_columns_cut.txt': {
    ids: [22], truncated: true, crash: 'unexpected fault address 0xffffffffffd02af8 / fatal error: fault',
    cut: [[22, ['runtime.throw', 'runtime.sigpanic', 'time.(*Time).unixSec', 'time.Time.Unix', 'github.com/pengsrc/go-shared/convert.TimeToTimestamp', 'github.com/pengsrc/go-shared/convert.TestTimeToTimestamp']]], first: '1 goroutine crashed (unexpected fault address 0xffffffffffd02af8 / fatal error: fault) in convert.TimeToTimestamp (time.go:44)',
  },
  // Go 1.5's recovered test panic (`[recovered]`, the tabbed second panic, no `panic(…)` frame) in a `console` fence between `...` lines (the last one read as prose: not cut).
  'dbus_48_go15_recovered_test_panic_console_fence_ellipsis.txt': {
    ids: [23, 1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in dbus.(*Conn).Names (conn.go:369), created by testing.RunTests',
  },
  // Windows' `[signal 0xc0000005 code=0x0 …]` under a recovered panic whose nested `panic:` lost its tab to 8 spaces; `FAIL    …` after.
  'goconcurrencylimits_21_windows_signal_0xc0000005_recovered_eight_spaces.txt': {
    ids: [78], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in limiter.TestLifoBlockingLimiter.func3 (lifo_blocking_test.go:203), created by testing.(*T).Run',
  },
  // A Go ≥ 1.21 test crash (`created by … in goroutine 6`) with `FAIL\t…` right under the creator's location: whole.
  'gomix_77_go121_in_goroutine_then_fail_line.txt': {
    ids: [7], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in sample.OutNextBytes (out.go:27), created by null.ConfigureOutput',
  },
  // A tool's `[gaper]` lines over the panic, locations indented by 6 spaces, `make: *** [Makefile:18: start] Error 2` under it.
  'gaper_9_tool_log_lines_six_space_locations_make_error.txt': {
    ids: [154], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in gaper.(*runner).runBin.func1 (runner.go:159), created by gaper.(*runner).runBin',
  },
  // Bazel's paths (`external/io_temporal_go_sdk/…`, `GOROOT/src/runtime/panic.go`), a redacted package `xxxxxxx/xxxx/…`, a recovered panic raised again under a tab; cut in the creator's path.
  'temporalsdk_624_bazel_external_goroot_paths_recovered_cut.txt': { ids: [52489], truncated: true, crash: 'panic: manual inject panic from go routine [recovered] / panic: runtime error: slice bounds out of range [9:8]', cut: [[52489, ['go.temporal.io/sdk/internal.getStackTraceRaw', 'go.temporal.io/sdk/internal.getStackTrace', 'go.temporal.io/sdk/internal.(*dispatcherImpl).NewCoroutine.func1.1', 'panic', 'xxxxxxx/xxxx/xxxxxxxx.(*Workflow).startBlocks.func1', 'go.temporal.io/sdk/internal.(*dispatcherImpl).NewCoroutine.func1']]], first: '1 goroutine crashed (panic: manual inject panic from go routine [recovered] / panic: runtime error: slice bounds out of range [9:8]) in internal.getStackTraceRaw (internal_workflow.go:863), created by internal.(*dispatcherImpl).NewCoroutine' },
  // Pulumi's diagnostics `  | ` before every line, the tab before each location lost to a space; starts at a location line under a fence, cut in a path.
  'pulumi_10060_pipe_prefix_tab_lost_starts_in_stack_cut.txt': { ids: [84], truncated: true, crash: null, cut: [[84, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Accept', 'net.(*netFD).accept', 'net.(*TCPListener).accept', 'net.(*TCPListener).Accept', 'google.golang.org/grpc.(*Server).Serve', 'github.com/pulumi/pulumi/sdk/v3/go/common/util/rpcutil.Serve.func2']]], first: null },
  // Pulumi's panic handler report, `Panic:            send on closed channel` over debug.Stack's goroutine, is the recovered panic's crash line (the fields' alignment made one space); a call's arguments wrapped onto `, {…}, 0x0)` joined.
  'pulumi_12371_panic_handler_report_wrapped_arguments_cut.txt': { ids: [1], truncated: true, crash: 'Panic: send on closed channel', cut: [[1, ['runtime/debug.Stack', 'main.panicHandler', 'panic', 'github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin.loadPlugin', 'github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin.(*defaultHost).LanguageRuntime', 'github.com/pulumi/pulumi/sdk/v3/go/common/resource/plugin.(*defaultHost).EnsurePlugins']]], first: '1 goroutine panicked (recovered: Panic: send on closed channel) in plugin.loadPlugin (host.go:268)' },
  // GOPATH paths under travis and a `vendor/` package; `panic: fatal: An assertion has failed` (a `fatal:` inside a panic's value), cut inside a name.
  'pulumi_1630_contract_assertion_gopath_vendor_cut.txt': { ids: [746], truncated: true, crash: 'panic: fatal: An assertion has failed', cut: [[746, ['github.com/pulumi/pulumi/pkg/util/contract.failfast', 'github.com/pulumi/pulumi/pkg/util/contract.Assert', 'github.com/pulumi/pulumi/pkg/resource/plugin.(*provider).Read', 'github.com/pulumi/pulumi/pkg/resource/deploy.(*resmon).ReadResource', 'github.com/pulumi/pulumi/sdk/proto/go._ResourceMonitor_ReadResource_Handler.func1']]], first: '1 goroutine crashed (panic: fatal: An assertion has failed) in contract.failfast (failfast.go:23)' },
  // The whole dump indented 4 spaces inside a fence, no blank line between the panic line and the header, inlined `(...)` frames; cut inside a function name.
  'pulumicommand_68_four_space_indent_no_blank_under_panic_cut.txt': { ids: [84], truncated: true, crash: 'panic: fatal: An assertion has failed', cut: [[84, ['github.com/pulumi/pulumi/sdk/v3/go/common/util/contract.failfast', 'github.com/pulumi/pulumi/sdk/v3/go/common/util/contract.Assert', 'github.com/pulumi/pulumi/sdk/v3/go/common/util/mapper.(*mapper).EncodeValue', 'github.com/pulumi/pulumi/sdk/v3/go/common/util/mapper.(*mapper).EncodeValue', 'github.com/pulumi/pulumi/sdk/v3/go/common/util/mapper.(*mapper).EncodeValu…']]], first: '1 goroutine crashed (panic: fatal: An assertion has failed) in contract.failfast (failfast.go:23)' },
  // A progress display's ragged indentation (each line's own run of spaces, up to 66), Go ≥ 1.20 trimmed module paths; the crash line outside the paste, cut inside arguments.
  'pulumi_17438_progress_display_ragged_indent_trimmed_paths_cut.txt': { ids: [733], truncated: true, crash: null, cut: [[733, ['github.com/pulumi/pulumi/pkg/v3/resource/deploy.(*resmon).RegisterResource', 'github.com/pulumi/pulumi/sdk/v3/proto/go._ResourceMonitor_RegisterResource_Handler.func1', 'github.com/grpc-ecosystem/grpc-opentracing/go/otgrpc.OpenTracingServerInterceptor.func1', 'github.com/pulumi/pulumi/sdk/v3/proto/go._ResourceMonitor_RegisterResource_Handler']]], first: null },
  // Go ≥ 1.21 `created by … in goroutine 1` and -trimpath locations (`runtime/netpoll.go:351`); the excerpt starts at a location line, cut inside a name.
  'pulumi_18744_go123_trimpath_in_goroutine_starts_in_stack_cut.txt': { ids: [8, 9, 34, 35, 36], truncated: true, crash: null, cut: [[36, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc)…']]], first: null },
  // A version line (`gost v3.2.4 (go1.24.5 linux/arm64) ` with a trailing space) where the panic line was; a running goroutine without a `panic` frame names no crash.
  'gost_779_version_line_over_stack_no_crash_line.txt': { ids: [324305], truncated: false, crash: null, cut: [], first: null },
  // Go 1.5: `--- FAIL:` then a recovered panic raised again under 8 spaces, testify's TearDownSuite; cut inside arguments.
  'pachyderm_130_go15_testify_teardown_recovered_cut.txt': { ids: [35], truncated: true, crash: 'panic: close of closed channel [recovered] / panic: close of closed channel', cut: [[35, ['testing.tRunner.func1', 'google.golang.org/grpc.(*ClientConn).Close', 'github.com/pachyderm/pachyderm/src/pkg/grpctest.(*grpcSuite).TearDownSuite', 'github.com/stretchr/testify/suite.Run.func1', 'github.com/stretchr/testify/suite.Run', 'github.com/pachyderm/pachyderm/src/pkg/grpctest.Run', 'github.com/pachyderm/pachyderm/src/pfs/server.runTest', 'github.com/pachyderm/pachyderm/src/pfs/server.TestBtrfsFFI']]], first: '1 goroutine crashed (panic: close of closed channel [recovered] / panic: close of closed channel) in grpc.(*ClientConn).Close (clientconn.go:353)' },
  // Go 1.4 indented by 4 spaces, `[signal 0xb …]` and a line of 4 spaces under it, a relative `src/…` path; prose after the dump.
  'grpcgo_422_go14_indented_signal_0xb_relative_path.txt': { ids: [269], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[269, ['google.golang.org/grpc.(*ClientConn).Close']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in grpc.(*ClientConn).Close (clientconn.go:225)' },
  // glog lines right over the panic line, Go ≤ 1.4 closure names (`zoo.func·009`), a `shell` fence closing the dump.
  'mesosgo_98_glog_lines_over_panic_func_dot_names.txt': { ids: [13], truncated: false, crash: 'panic: close of closed channel', cut: [], first: '1 goroutine crashed (panic: close of closed channel) in zoo.(*Client).monitorSession (client.go:227), created by zoo.(*Client).doConnect' },
  // An inline-code backtick glued before the first header (`` `goroutine 650 [chan receive]: ``), a line of one space between goroutines, `!shopify` module paths; cut in a creator's name.
  'sarama_2781_backtick_glued_header_space_lines_between.txt': { ids: [650, 649, 758], truncated: true, crash: null, cut: [[758, ['github.com/Shopify/sarama.newConsumerGroupClaim.func1']]], first: null },
  // A vendored copy under an internal host (`github3.internal.com/cg/vendor/…`) in a `log` fence under a Go config fence; cut inside `created by`.
  'sarama_1405_vendored_internal_host_log_fence_cut.txt': { ids: [1181], truncated: true, crash: 'panic: send on closed channel', cut: [[1181, ['github3.internal.com/cg/vendor/github.com/Shopify/sarama.(*consumerGroup).handleError', 'github3.internal.com/cg/vendor/github.com/Shopify/sarama.newConsumerGroupClaim.func1']]], first: '1 goroutine crashed (panic: send on closed channel) in sarama.(*consumerGroup).handleError (consumer_group.go:414)' },
  // Go 1.4 method values `·fm` read as Mac Roman (`¬∑fm`), the excerpt starting at an 8-space location line; cut in a name.
  'burrow_18_mac_roman_mojibake_fm_starts_in_stack_cut.txt': { ids: [113, 112], truncated: true, crash: null, cut: [[112, ['github.com/Shopify/sarama.(*partitionConsumer).dispatcher', 'github.com/Shopify/sarama.*partitionConsumer.(github.com/Shopify/sarama.dispatcher)¬∑fm']]], first: null },
  // A Go 1.17 data race in `<details>`, `·dwrap·79` frames, a blank line after the fence's opening, a markdown table above.
  'sarama_2331_race_details_go117_dwrap.txt': { ids: [750, 1238], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c000f448b0 in sarama.(*consumerGroup).Close.func1.1 (consumer_group.go:161)' },
  // klog's HandleCrash line without its `E0404` (the copy cut it), no blank line under it, -trimpath locations behind 8 spaces; cut in a path.
  'providerkubernetes_218_klog_lost_severity_observed_panic_cut.txt': { ids: [155], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)', cut: [[155, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'github.com/crossplane-contrib/provider-kubernetes/internal/clients.restConfigFromAPIConfig', 'github.com/crossplane-contrib/provider-kubernetes/internal/clients.NewRESTConfig', 'github.com/crossplane-contrib/provider-kubernetes/internal/controller/object.(*connector).Connect']]], first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)) in clients.restConfigFromAPIConfig (client.go:49)' },
  // Frames of packages named by a relative path (`../crossplane/crossplane-runtime/v2/pkg/resource.MustCreateObject(…)`, a tool's rewrite of the module paths) are frames: the crash is blamed on the top one; zap's tab-separated lines above.
  'providerargocd_340_relative_dotdot_function_names_zap_lines_cut.txt': { ids: [1], truncated: true, crash: 'panic: no version "" has been registered in scheme "pkg/runtime/scheme.go:110"', cut: [[1, ['../crossplane/crossplane-runtime/v2/pkg/resource.MustCreateObject', 'github.com/crossplane/crossplane-runtime/v2/pkg/reconciler/providerconfig.NewReconciler', '../crossplane-contrib/provider-argocd/pkg/controller/config.Setup', '../crossplane-contrib/provider-argocd/pkg/controller.Setup']]], first: '1 goroutine crashed (panic: no version "" has been registered in scheme "pkg/runtime/scheme.go:110") in resource.MustCreateObject (resource.go:128)' },
  // zap's `Observed a panic in reconciler:` record (a sentence, not a crash line) over Go's recovered panic raised again under 8 spaces; cut in the arguments of the runtime's `panic(`, kept as the cut frame: the frame that panicked is below the cut.
  'crossplaneruntime_493_zap_observed_panic_in_reconciler_recovered_cut.txt': { ids: [28848], truncated: true, crash: 'panic: assignment to entry in nil map [recovered] / panic: assignment to entry in nil map', cut: [[28848, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic']]], first: '1 goroutine crashed (panic: assignment to entry in nil map [recovered] / panic: assignment to entry in nil map), cut before the frame that panicked' },
  // A klog line and kubectl's `Warning:` over a recovered panic raised again under 4 spaces, `[signal SIGSEGV …]`, locations behind 4 spaces; cut in a name.
  'crossplane_4504_klog_warning_recovered_four_space_locations_cut.txt': { ids: [367], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[367, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'github.com/crossplane/crossplane/internal/xcrd.genCrdVersion']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in xcrd.genCrdVersion (crd.go:147)' },
  // JSON log records right over the panic line, locations behind 4 spaces, `...` in elided arguments; cut in a path.
  'crossplaneprovidergrafana_412_json_logs_four_space_locations_cut.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['github.com/grafana/crossplane-provider-grafana/v2/internal/controller/cluster/alerting/alertenrichmentv1beta1.SetupGated', 'github.com/grafana/crossplane-provider-grafana/v2/internal/controller/cluster.SetupGated', 'main.main']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in alertenrichmentv1beta1.SetupGated (zz_controller.go:30)' },
  // A make target's own lines, a zap line and a klog line over the panic, a relative `provider-vsphere/cmd/…` path, `make: *** … Error 2` right under the last location.
  'upjetprovidertemplate_44_make_run_lines_relative_main_make_error.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in feature.(*Flags).Enable (feature.go:35)' },
  // A zap record with a JSON field over klog's HandleCrash line (with its `E0523`), tab locations, an inlined `(...)` frame; cut in a path.
  'providernop_23_zap_record_over_klog_observed_panic_cut.txt': { ids: [92], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)', cut: [[92, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'github.com/crossplane/crossplane-runtime/pkg/reconciler/managed.ExternalClientFns.Disconnect', 'github.com/crossplane/crossplane-runtime/pkg/reconciler/managed.(*Reconciler).Reconcile.func2']]], first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)) in managed.ExternalClientFns.Disconnect (reconciler.go:387)' },
  // a container log with `--timestamps`: RFC3339Nano before every line, zap lines behind it, each location behind one space instead of a tab; cut in a call's arguments
  'envoygateway_8771_timestamps_prefix_over_zap_space_locations_cut.txt': { ids: [183], truncated: true, crash: 'panic: reflect: slice index out of range', cut: [[183, ['reflect.Value.Index', 'reflect.deepValueEqual', 'reflect.deepValueEqual', 'reflect.deepValueEqual']]], first: '1 goroutine crashed (panic: reflect: slice index out of range) in reflect.Value.Index (value.go:1407)' },
  // a ```` ```yaml ```` fence, the whole dump indented by 4 (its blank line too), `-trimpath` locations under 8, Go ≥ 1.21's `created by … in goroutine N`
  'gocontrolplane_1041_yaml_fence_four_space_trimpath_send_on_closed.txt': { ids: [10572], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in v3.(*server).process.func1 (xds.go:100), created by v3.(*server).process' },
  // the tails of JSON records (`(*Callbacks).OnStreamOpen","level":…}`) over an unfenced panic, 8-space locations, a reply under it
  'gocontrolplane_1023_json_record_tails_unfenced_send_on_closed.txt': { ids: [115], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in v3.(*server).process.func1 (xds.go:100), created by v3.(*server).process' },
  // controller-runtime's JSON `Observed a panic in reconciler` record over a recovered panic raised again under 8 spaces, vendored locations; cut in arguments
  'clusterstackoperator_337_json_observed_panic_vendor_eight_space_cut_in_args.txt': { ids: [269], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[269, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'github.com/SovereignCloudStack/cluster-stack-operator/pkg/release.(*Release).ClusterAddonValuesPath', 'github.com/SovereignCloudStack/cluster-stack-operator/internal/controller.(*ClusterAddonReconciler).getOldReleaseObjects']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in release.(*Release).ClusterAddonValuesPath (release.go:228)' },
  // klog's structured `"Observed a panic" … stacktrace=<` record, the stack a tab in, a generic `(*Controller[...])` frame; cut in a name
  'sveltosdashboard_118_klog_structured_observed_panic_generic_controller_cut.txt': { ids: [295], truncated: true, crash: 'Observed a panic: runtime error: invalid memory address or nil pointer dereference', cut: [[295, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller[...]).Reconcile.func1', 'panic', 'github.com/projectsveltos/ui-backend/internal/server.(*instance).AddCAPICluster']]], first: '1 goroutine panicked (recovered: Observed a panic: runtime error: invalid memory address or nil pointer dereference) in server.(*instance).AddCAPICluster (manager.go:276)' },
  // an unfenced Go 1.6 panic whose `(*Command)` markdown turned into `(_Command)`, locations behind 2 spaces; cut in a name
  'harborcompose_40_markdown_italic_underscore_receivers_two_space_cut.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: index out of range', cut: [[1, ['panic', 'github.com/turnerlabs/harbor-compose/cmd.printMergedLogs', 'github.com/turnerlabs/harbor-compose/cmd.logs', 'github.com/turnerlabs/harbor-compose/vendor/github.com/spf13/cobra.(*Command).execute', 'github.com/turnerlabs/harbor-compose/vendor/github.com/spf13/cobra.(*Command).ExecuteC', 'github.com/turnerlabs/harbor-compose/vendor/github.com/spf13/cobra.(*Command).Execute']]], first: '1 goroutine crashed (panic: runtime error: index out of range) in cmd.printMergedLogs (logs.go:92)' },
  // `=== RUN`, a test's log line and `coverage:` over a test timeout (Go 1.17 on GitHub Actions' hosted tool cache); cut in a creator's path
  'shipwrightcli_41_coverage_line_test_timeout_klog_daemon_cut_in_path.txt': { ids: [23, 1, 19], truncated: true, crash: 'panic: test timed out after 10m0s', cut: [[19, ['k8s.io/klog/v2.(*loggingT).flushDaemon']]], first: null },
  // the test timeout's crash line in one fence, `<summary>` and `<details>` (swapped) between it and the dump in the next fence; cut in a header's state (`[sysca`)
  'openshiftorigin_18858_crash_line_fenced_apart_from_dump_summary_details_cut_in_header.txt': { ids: [1875, 1, 5], truncated: true, crash: 'panic: test timed out after 30m0s', cut: [[5, []]], first: null },
  // logrus lines over a test timeout whose goroutine header follows the crash line with no blank line; cut after a call line with no location
  'skaffold_5264_logrus_over_test_timeout_no_blank_before_header.txt': { ids: [240, 1], truncated: true, crash: 'panic: test timed out after 20m0s', cut: [[1, ['testing.(*T).Run', 'testing.runTests.func1', 'testing.tRunner', 'testing.runTests', 'testing.(*M).Run', 'main.main']]], first: null },
  // kubectl built by the snap (`/build/microk8s/parts/k8s-binaries/build/go/src/…/_output/local/go/src/k8s.io/kubernetes/vendor/…`), the excerpt starting at a location line under a fence; cut in a header's state (`[selec`)
  'microk8s_1585_snap_build_paths_starts_in_location_cut_in_state.txt': { ids: [6, 76], truncated: true, crash: null, cut: [[76, []]], first: null, headless: [{ lines: '7–13', funcs: ['?', 'k8s.io/kubernetes/vendor/github.com/spf13/cobra.(*Command).ExecuteC', 'k8s.io/kubernetes/vendor/github.com/spf13/cobra.(*Command).Execute', 'main.main'], createdBy: null }], cutAtStart: true },
  // the program's own `panic: Error: …` and `---GO TRACEBACK---` over the stack its handler got from `debug.Stack()`: blamed under the `panic` call, not the handler (`utils.CatchPanic`); cut in an offset
  'life_104_go_traceback_banner_debug_stack_recovered_cut_in_offset.txt': { ids: [1], truncated: true, crash: 'panic: Error: inconsistent stack pattern: pt = false, lpt = false, ls = 2, sd = 0\n---GO TRACEBACK---', cut: [[1, ['runtime/debug.Stack', 'github.com/perlin-network/life/utils.CatchPanic', 'panic', 'github.com/perlin-network/life/compiler.(*SSAFunctionCompiler).Compile', 'github.com/perlin-network/life/compiler.(*Module).CompileForInterpreter', 'github.com/perlin-network/life/exec.NewVirtualMachine']]], first: '1 goroutine crashed (panic: Error: inconsistent stack pattern: pt = false, lpt = false, ls = 2, sd = 0 …) in compiler.(*SSAFunctionCompiler).Compile (ssa.go:339)' },
  // a TinyGo program's panic under wazero, whose `wasm stack trace:` (`\tmain.runtime.nilPanic()` over `\t\t0x732c: …/panic.go:180:16`, `(inlined)` locations under each) is read as the crashed goroutine's stack (wasmStackTrace.ts): a frame per function at its own location, `main.` (the module) dropped, TinyGo's `(*pkg.T).M` as Go's `pkg.(*T).M`; the last frame cut after an inlined call's location, blamed on it, the program's frame under TinyGo's panic machinery
  'tinygo_4867_wazero_wasm_stack_trace_no_goroutine.txt': { ids: [0], truncated: true, crash: 'panic: runtime error: nil pointer dereference', cut: [[0, ['runtime.runtimePanicAt', 'runtime.nilPanic', 'internal/task.Pause', 'runtime.deadlock', 'github.com/microsoft/typescript-go/internal/core.(*parallelWorkGroup).Queue$1$gowrapper']]], first: '1 goroutine crashed (panic: runtime error: nil pointer dereference) in core.(*parallelWorkGroup).Queue$1$gowrapper (workgroup.go:37)' },
  // the excerpt starting in a hex dump of stack words, `runtime.sigtramp` under it, `goroutine 1 [sleep]:` with the crash line right under it (`fatal error: …`, `panic during panic`), then `runtime stack:` cut in its words
  'mqgolang_75_hexdump_start_sigtramp_header_then_panic_during_panic_cut.txt': { ids: [34, 1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [], first: null, stackSuspect: 'the process crashed (fatal error: unexpected signal during runtime execution)', headless: [{ lines: '18–19', funcs: ['runtime.sigtramp'], createdBy: null }], cutAtStart: true },
  // `goroutine 0 [idle]:` then `unexpected return pc for runtime.sigtramp` and the stack's words, cut inside a word: the frame Go prints after the words is missing, so goroutine 0 is cut
  'prysm_4618_idle_g0_unexpected_return_pc_hexdump_cut_in_word.txt': { ids: [0], truncated: true, crash: null, cut: [[0, []]], first: null },
  // s390x (`asm_s390x.s`, heap addresses at 0x33aa…), Go ≥ 1.23's `gp= m=nil` headers and `gowrap1` frames; the excerpt starts at `runtime.goexit`'s location; cut after a call line
  'golang_81095_s390x_sigill_gp_headers_starts_in_goexit_location_cut.txt': { ids: [3, 4], truncated: true, crash: null, cut: [[4, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.(*scavengerState).park', 'runtime.bgscavenge', 'runtime.gcenable.gowrap2']]], first: null, headless: [{ lines: '7–9', funcs: ['?'], createdBy: 'runtime.init.6' }], cutAtStart: true },
  // an unfenced Go 1.9 SIGSEGV on s390x inside the runtime's heap profiler (`runtime.stkbucket`), `fp= sp= pc=` locations; cut in `pc=`
  'linuxonibmz_14_s390x_go19_mprof_sigsegv_unfenced_cut_in_pc.txt': { ids: [1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [[1, ['runtime.throw', 'runtime.sigpanic', 'runtime.stkbucket', 'runtime.mProf_Malloc', 'runtime.profilealloc', 'runtime.mallocgc', 'runtime.growslice', 'go/build.(*importReader).readByte']]], first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in runtime.stkbucket (mprof.go:230)' },
  // a log export that put `,` after every line (`goroutine 275047 [running]:,`, the blank line a lone `,`), linux/arm64, Go 1.15 beta; cut in arguments
  'coredns_4047_comma_after_every_line_arm64_cut_in_args.txt': { ids: [275047], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[275047, ['github.com/miekg/dns.(*OPT).len', 'github.com/miekg/dns.msgLenWithCompressionMap', 'github.com/miekg/dns.(*Msg).packBufferWithCompressionMap']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in dns.(*OPT).len (edns.go:85)' },
  // CoreDNS's `[ERROR] Recovered from panic in server: …` alone in one fence, then again over the `debug.Stack()` it logs in the next: the stack is the second line's; cut in a path
  'coredns_5392_recovered_from_panic_in_server_debug_stack_cut_in_path.txt': { ids: [55], truncated: true, crash: 'Recovered from panic in server: "dns://:53" index out of range [0] with length 0', cut: [[55, ['runtime/debug.Stack', 'github.com/coredns/coredns/core/dnsserver.(*Server).ServeDNS.func1', 'panic', 'github.com/coredns/coredns/plugin/whoami.Whoami.ServeDNS']]], first: '1 goroutine panicked (recovered: Recovered from panic in server: "dns://:53" index out of range [0] with length 0) in whoami.Whoami.ServeDNS' },
  // stern's `pod container ` before every line of klog's HandleCrash, Bazel's `external/io_k8s_apimachinery/…` and `GOROOT/src/…` locations; cut in the prefix
  'certmanager_2312_stern_pod_container_prefix_bazel_paths_cut_in_prefix.txt': { ids: [208], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)', cut: [[208, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'github.com/jetstack/cert-manager/pkg/controller/clusterissuers.(*controller).issuersForSecret']]], first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)) in clusterissuers.(*controller).issuersForSecret (checks.go:42)' },
  // Go 1.25's `[recovered, repanicked]` on one line, `sync.(*WaitGroup).Go.func1.1` raising it again, heap addresses at 0x3175…, a module path at `v0.0.0-00010101000000-000000000000`; cut in arguments
  'certmanager_9031_recovered_repanicked_go125_waitgroup_go_cut_in_args.txt': { ids: [673], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]', cut: [[673, ['sync.(*WaitGroup).Go.func1.1', 'panic', 'github.com/cert-manager/cert-manager/pkg/controller/certificates/trigger.(*controllerWrapper).Register.NewTriggerPolicyChain.CurrentCertificateNearingExpiry.func1', 'github.com/cert-manager/cert-manager/internal/controller/certificates/policies.Chain.Evaluate', 'github.com/cert-manager/cert-manager/pkg/controller/certificates/trigger.(*controller).ProcessItem']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered, repanicked]) in trigger.(*controllerWrapper).Register.NewTriggerPolicyChain.CurrentCertificateNearingExpiry.func1 (checks.go:311)' },
  // `unexpected fault address 0x0` / `fatal error: fault` in `runtime.gopark`, then `unexpected return pc for runtime.gopark` and the stack's words, cut inside a word: the goroutine is cut
  'thanos_6942_fault_in_gopark_unexpected_return_pc_words_cut_in_word.txt': { ids: [6281927], truncated: true, crash: 'unexpected fault address 0x0 / fatal error: fault', cut: [[6281927, ['runtime.throw', 'runtime.sigpanic', 'runtime.gopark']]], first: '1 goroutine crashed (unexpected fault address 0x0 / fatal error: fault) in runtime.gopark (proc.go:399)' },
  // a Stackdriver export as CSV rows (`"06/03/2020 11:38:55.990 -0700","<line>"`), read as their lines (csvRows.ts); still read wrong: newest first but shuffled within one millisecond, so no header votes on the order and the rows read forward: the frames above the header as a stack without it, the header with none; cut in a path
  'gatekeeper_661_stackdriver_csv_rows_shuffled_within_one_timestamp_cut.txt': { ids: [8166], truncated: true, crash: null, cut: [[8166, []]], first: null, headless: [{ lines: '15–21', funcs: ['?', 'sigs.k8s.io/controller-runtime/pkg/webhook.instrumentedHook.func1', 'net/http.(*conn).serve', 'net/http.(*conn).serve.func1', 'net/http.(*ServeMux).ServeHTTP'], createdBy: null }], cutAtStart: true },
  // `kubectl logs --prefix`-like pod names before every line, two pods': the excerpt starts in one pod's stack (read without its header), then the other pod's HandleCrash and goroutine, 4-space locations; cut in a path
  'kyverno_4077_two_pods_prefixes_starts_in_stack_then_other_pod_observed_panic_cut.txt': { ids: [1645], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)', cut: [[1645, ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'github.com/kyverno/kyverno/pkg/background.(*controller).acquireUR']]], first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)) in background.(*controller).acquireUR', headless: [{ lines: '7–10', funcs: ['k8s.io/apimachinery/pkg/util/wait.Until'], createdBy: 'github.com/kyverno/kyverno/pkg/background.(*controller).Run' }], cutAtStart: true },
  // the container's name (`kyverno `) before every line, the blank one too (`kyverno `), `-trimpath` locations behind 4 spaces, `{_, _}` elided arguments, a generic `ChildSpan2[...]`; cut in a path
  'kyverno_11491_container_name_prefix_four_space_trimpath_cut_in_path.txt': { ids: [17772], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[17772, ['github.com/kyverno/kyverno/pkg/engine/api.(*RuleResponse).Status', 'github.com/kyverno/kyverno/pkg/engine/handlers/validation.(*validator).validate', 'github.com/kyverno/kyverno/pkg/engine/handlers/validation.validateResourceHandler.Process', 'github.com/kyverno/kyverno/pkg/engine.(*engine).invokeRuleHandler.func1', 'github.com/kyverno/kyverno/pkg/tracing.ChildSpan2[...]']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in api.(*RuleResponse).Status (ruleresponse.go:177)' },
  // colima relaying lima's host agent as `> [hostagent] ` lines: the panic line, then only the last three frames (no header), logrus' `FATA[0159]` under them
  'colima_672_hostagent_relay_prefix_panic_then_last_frames_only.txt': { ids: [0], truncated: false, crash: 'panic: runtime/cgo: misuse of an invalid Handle', cut: [], first: '1 goroutine crashed (panic: runtime/cgo: misuse of an invalid Handle) in cobra.(*Command).ExecuteC (command.go:1044)' },
  // buildkitd's panic (8-space locations, a vendored errgroup) with rootlesskit's `[rootlesskit:child ] error: … exited: exit status 2` lines right under the creator
  'buildkit_3685_rootlesskit_lines_under_creator_eight_spaces.txt': { ids: [31528891], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in llbsolver.(*provenanceBridge).ResolveImageConfig (provenance.go:139), created by errgroup.(*Group).Go' },
  // `PASS` then `panic: Log in goroutine after … has completed: …` on linux/arm64 (`/opt/hostedtoolcache/go/1.23.3/arm64/…`, heap at 0x4000…), blamed on the caller of `t.Logf`; cut in a path
  'tetragon_3187_pass_then_log_after_test_completed_arm64_toolcache_cut_in_path.txt': { ids: [429], truncated: true, crash: 'panic: Log in goroutine after TestExecThreads has completed: deleting export file for TestExecThreads (/tmp/tetragon.gotest.TestExecThreads.4165764240.json)', cut: [[429, ['testing.(*common).logDepth', 'testing.(*common).log', 'testing.(*common).Logf', 'github.com/cilium/tetragon/pkg/testutils.(*ExportFile).Close', 'github.com/cilium/tetragon/pkg/server.(*Server).GetEventsWG']]], first: '1 goroutine crashed (panic: Log in goroutine after TestExecThreads has completed: deleting export file for TestExecThreads (/tmp/tetragon.gotest.TestExecThreads.4165764240.json)) in testutils.(*ExportFile).Close (filenames.go:49)' },
  // a late `t.Logf` in an external test package's closure (`mellium.im/xmpp_test.…func1`), `FAIL\tmellium.im/xmpp\t0.152s` right under the creator
  'xmpp_133_log_after_test_completed_external_test_package_fail_line.txt': { ids: [657], truncated: false, crash: 'panic: Log in goroutine after TestNegotiateStreamError has completed', cut: [], first: '1 goroutine crashed (panic: Log in goroutine after TestNegotiateStreamError has completed) in xmpp_test.TestNegotiateStreamError.func1 (session_test.go:415), created by xmpp_test.TestNegotiateStreamError' },
  // PowerShell's NativeCommandError around `go test`'s stderr (`go : panic: test timed out after 30m0s`, `At C:\\…ps1:26 char:3` wrapped, `+ CategoryInfo …`): the crash line behind `go : ` read past the record (nativeCommandError.ts); each stderr write a line of its own (calls broken inside their arguments, blank lines between): the calls are joined; the alarm's `created by`, a blank line under its stack and one over its location, is its creator (stackBlankLines.ts); cut in a header
  'amazonecsagent_1786_powershell_native_command_error_stderr_chunks_as_lines_cut.txt': { ids: [675, 1, 18], truncated: true, crash: 'panic: test timed out after 30m0s', cut: [[18, []]], first: '1 goroutine blocked on semacquire; the test timed out after 30m0s' },
  // Jenkins' `HH:MM:SS  ` before every line (the blank ones too) of a test timeout on darwin, gvm's GOROOT under the Jenkins workspace; cut in a path
  'elasticagent_52_jenkins_clock_prefix_gvm_darwin_test_timeout_cut_in_path.txt': { ids: [37, 1], truncated: true, crash: 'panic: test timed out after 10m0s', cut: [[1, ['testing.(*T).Run', 'testing.runTests.func1', 'testing.tRunner', 'testing.runTests']]], first: null },
  // a Windows test timeout whose GOROOT is the module cache's toolchain (`C:/Users/runneradmin/go/pkg/mod/golang.org/toolchain@v0.0.1-go1.24.7.windows-amd64/src/…`), `running tests:`; cut in a header's state (`[sync.WaitGroup.Wa`)
  'amazoncloudwatchagent_1907_windows_module_toolchain_paths_test_timeout_cut_in_state.txt': { ids: [20, 1, 38], truncated: true, crash: 'panic: test timed out after 15m0s (running TestConcurrentLinePoolAccess)', cut: [[38, []]], first: null },
  // a daemon's debug=2 goroutine profile logged in a test's output (8 spaces before each line, `sandbox.go:169: buildkitd debug logs:` over it), the paste stopping after three frames of the writer, then `--- FAIL:` lines
  'buildkit_5568_test_log_eight_space_debug2_dump_pprof_writer_then_fail.txt': { ids: [254], truncated: true, crash: null, cut: [[254, ['runtime/pprof.writeGoroutineStacks', 'runtime/pprof.writeGoroutine', 'runtime/pprof.(*Profile).WriteTo']]], first: null },
  // a help page made text (locations flush left, a sentence glued to the last offset and to a second crash line), its race report behind `# ` read as a second dump of goroutines 7 and 1; the crash blamed on the map read under `runtime.throw2` (a throw's name Go never had: runtimeThrowNames.test.ts)
  'fixdevs_concurrent_map_read_write_throw2_flush_left_sentence_glued.txt': { ids: [7, 1, 7, 1], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in runtime.mapaccess1_faststr (map_faststr.go:31)' },
  // a blog's concurrent map writes with frames left out by the author: the crash blamed on the map delete, the only frame under `runtime.throw`; the last stack stops without its `created by`: cut
  'ashishone_concurrent_map_writes_elided_frames_header_over_location.txt': { ids: [646, 1, 6], truncated: true, crash: 'fatal error: concurrent map writes', cut: [[6, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*FD).Accept', 'net.(*netFD).accept', 'net.(*TCPListener).accept', 'net.(*TCPListener).Accept', 'net/http.(*Server).Serve', 'net/http.(*Server).ListenAndServe']]], first: '1 goroutine crashed (fatal error: concurrent map writes) in runtime.mapdelete_fast64' },
  // a TinyGo test under wasmtime with WASMTIME_BACKTRACE_DETAILS=1: `panic: unimplemented: …`, wasmtime's `Error:` / `Caused by:` chain, then `wasm backtrace:` frames (`0:  0x23ea6 - runtime.panicOrGoexit` over `at …/panic.go:94:9`) read as the crashed goroutine (wasmStackTrace.ts), `<goroutine wrapper>` no frame; cut in a path: blamed past TinyGo's panic machinery
  'tinygo_5550_wasmtime_backtrace_details_test_cut_in_path.txt': { ids: [0], truncated: true, crash: 'panic: unimplemented: (reflect.Type).IsVariadic()', cut: [[0, ['runtime.panicOrGoexit', 'runtime._panic', 'runtime.run$1', 'tinygo_launch', 'internal/task.(*Task).Resume']]], first: '1 goroutine crashed (panic: unimplemented: (reflect.Type).IsVariadic()) in runtime.run$1 (testing.go:45)' },
  // Windows `[signal 0xc0000005 …]` fault under Go 1.22's `gp= m= mp=` header, 8-space `-trimpath` locations with `fp= sp= pc=`; blamed on the first frame of a module (pflag) over strconv's; cut in a name (`github.com/spf13/pf`)
  'golang_67108_windows_fault_gp_m_mp_header_strconv_cut_in_name.txt': { ids: [1], truncated: true, crash: 'unexpected fault address 0xbebc1fc2 / fatal error: fault', cut: [[1, ['runtime.throw', 'runtime.sigpanic', 'strconv.mult64bitPow10', 'strconv.ryuFtoaShortest', 'strconv.genericFtoa', 'strconv.FormatFloat', 'github.com/spf13/pflag.(*float32Value).String']]], first: '1 goroutine crashed (unexpected fault address 0xbebc1fc2 / fatal error: fault) in pflag.(*float32Value).String (float32.go:23)' },
  // the excerpt starts at a Go 1.23 `gp=… m=nil` header on darwin/arm64, the module cache's toolchain as GOROOT, `created by … in goroutine 1`; cut in the next header (`gorou`)
  'izapple2_35_darwin_arm64_toolchain_paths_starts_at_header_cut_in_header.txt': { ids: [19], truncated: true, crash: null, cut: [], first: null },
  // the excerpt starts in a location (Windows, `C:/hostedtoolcache/windows/go/1.24.0/…`), read as a stack without its header up to its `created by … in goroutine 1`; then a `gp= m=nil` goroutine cut in a path
  'ollama_9799_windows_hostedtoolcache_go124_starts_in_location_cut_in_path.txt': { ids: [4], truncated: true, crash: null, cut: [[4, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.(*scavengerState).park', 'runtime.bgscavenge']]], first: null, headless: [{lines: '7–17', funcs: ['?', 'runtime.goparkunlock', 'runtime.bgsweep', 'runtime.gcenable.gowrap1', 'runtime.goexit'], createdBy: 'runtime.gcenable'}], cutAtStart: true },
  // windows/386 Go 1.23 (`asm_386.s`, 32-bit `fp= sp= pc=`), 8-space locations, the excerpt starting in a location; cut in a name (`runti`)
  'wails_3915_windows_386_go123_starts_in_location_cut_in_name.txt': { ids: [4,5], truncated: true, crash: null, cut: [[5, ['runtime.gopark', 'runtime.runfinq']]], first: null, headless: [{lines: '7–11', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.gcenable'}], cutAtStart: true },
  // Go 1.25 test timeout on Prow, tab-indented `running tests:`, no blank line between goroutines, the module cache's toolchain as GOROOT; cut in a header's state (`[sync`)
  'tiproxy_1192_prow_go125_toolchain_test_timeout_no_blank_lines_cut_in_state.txt': { ids: [6499,1,6439], truncated: true, crash: 'panic: test timed out after 10m0s (running TestForwardUntilError)', cut: [[6439, []]], first: null },
  // docker compose's `worker_1    | ` before every line, zerolog's `DBG` line over the panic, locations behind 2 spaces; cut in a path
  'mergestat_854_compose_worker_prefix_two_space_locations_cut_in_path.txt': { ids: [118], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[118, ['github.com/mergestat/mergestat/internal/warehouse.(*warehouse).handleWorkflowJobUpsert', 'github.com/mergestat/mergestat/internal/warehouse.(*warehouse).handleWorkflowJobLogs', 'github.com/mergestat/mergestat/internal/warehouse.(*warehouse).handleWorkflowRunsJobs']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in warehouse.(*warehouse).handleWorkflowJobUpsert (github_actions.go:504)' },
  // every line indented by 2 but the first call's (the paste's own indent lost on it), `\t` under the indent; cut in a path
  'actionforge_12_two_space_indent_but_first_call_cut_in_path.txt': { ids: [34], truncated: true, crash: 'panic: runtime error: index out of range [0] with length 0', cut: [[34, ['actionforge/graph-runner/core.(*Outputs).SetOutputValue', 'actionforge/graph-runner/nodes.(*GhActionNode).ExecuteImpl', 'actionforge/graph-runner/core.(*NodeBaseComponent).Execute', 'actionforge/graph-runner/nodes.(*RunNode).ExecuteImpl', 'actionforge/graph-runner/core.(*NodeBaseComponent).Execute', 'actionforge/graph-runner/nodes.(*ParallelExecNode).ExecuteImpl.func1']]], first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in core.(*Outputs).SetOutputValue (outputs.go:87)' },
  // journald's prefix over gitea's `PANIC whilst running task: … Value: assignment to entry in nil map` and its `file:line (0x…)` stack, Go 1.26's `internal/runtime/maps/runtime_faststr.go` first: a stack without its header blamed on the first frame outside the runtime; cut in a path
  'gitea_37755_journal_go126_pc_locations_internal_runtime_maps_cut.txt': { ids: [], truncated: true, crash: 'services/cron/tasks.go:106:(*Task).RunWithUser.1.1() [E] PANIC whilst running task: start_schedule_tasks Value: assignment to entry in nil map', cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at schedule_tasks.go:145', headless: [{lines: '12–20', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null}] },
  // golangci-lint's `[runner] Panic: …: runtime error: …: goroutine 11990 [running]:` (the recovered panic's words glued before the header on one line, the stack's lines without them): the words are the crash line, a recovered panic (crashWordsBeforeHeader.ts), blamed under `panic`; cut in a path
  'tparallel_27_golangci_runner_panic_header_glued_debug_stack_cut_in_path.txt': { ids: [11990], truncated: true, crash: 'Panic: tparallel: package \\"testing_test\\" (isInitialPkg: true, needAnalyzeSource: true): runtime error: invalid memory address or nil pointer dereference', cut: [[11990, ['runtime/debug.Stack', 'github.com/golangci/golangci-lint/pkg/goanalysis.(*action).analyzeSafe.func1', 'panic', 'github.com/moricho/tparallel.appendTestMap', 'github.com/moricho/tparallel.getTestMap', 'github.com/moricho/tparallel.run', 'github.com/golangci/golangci-lint/pkg/goanalysis.(*action).analyze', 'github.com/golangci/golangci-lint/pkg/goanalysis.(*action).analyzeSafe.func2']]], first: '1 goroutine panicked (recovered: Panic: tparallel: package \\"testing_test\\" (isInitialPkg: true, needAnalyzeSource: true): runtime error: invalid memory address or nil pointer dereference) in tparallel.appendTestMap (testmap.go:52)' },
  // a trybot log's `##### sync -cpu=10` over a Go 1.8 test timeout on linux/386: blamed on the WaitGroup test, not the runner; cut in a path
  'golang_19476_trybot_section_line_386_test_timeout_cut_in_path.txt': { ids: [3628,1,3647], truncated: true, crash: 'panic: test timed out after 2m0s', cut: [[3647, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'sync_test.TestWaitGroupMisuse3', 'testing.tRunner']]], first: '1 goroutine blocked on semacquire in sync_test.TestWaitGroupMisuse3 (waitgroup_test.go:165), created by testing.(*T).Run; the test timed out after 2m0s' },
  // `go env` in `<details>`, then a cgo SIGSEGV with every location flush left, `runtime stack:` whose `runtime.throw` lost its package (`.throw(`); still read wrong: the `_Cfunc_` frame whose package the author replaced by `/path/to/myfunc` is skipped, so the crash is blamed on `runtime.cgocall`; cut in a path
  'golang_32228_go_env_details_then_flush_left_cgo_sigsegv_runtime_stack_cut.txt': { ids: [18337733], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [], first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in runtime.cgocall (cgocall.go:128)' },
  // a runC child's stderr in a test's log (`c_test.go:75: stderr of runC:`, every line under two tabs): `SIGSEGV: segmentation violation`, `PC=… m=0 sigcode=0`, a goroutine `[syscall, locked to thread]`; cut in a path
  'justiceoj_2_test_log_two_tab_indent_sigsegv_syscall_cut_in_path.txt': { ids: [1], truncated: true, crash: 'SIGSEGV: segmentation violation', cut: [[1, ['syscall.Syscall6']]], first: '1 goroutine crashed (SIGSEGV: segmentation violation) in syscall.Syscall6' },
  // a Bazel run's log double-spaced by the CI's copy (`INFO:` lines, `[257 / 449] GoStdlib external/io_bazel_rules_go/…`), `panic: exit status 1` over goroutine 1, then `make[1]: ***` lines
  'tidb_46207_bazel_double_spaced_panic_exit_status_make_errors.txt': { ids: [1], truncated: false, crash: 'panic: exit status 1', cut: [], first: '1 goroutine crashed (panic: exit status 1) in main.main (mirror.go:486)' },
  // gccgo: a SIGSEGV in a cgo call, three nameless frames (a blank line, then `        :0`, three times) under the signal handler's, 8-space locations: one goroutine, blamed on the `_Cfunc_` frame (gccgoFrames.ts); cut in a name
  'golang_23393_gccgo_cgo_sigsegv_eight_space_nameless_frames_cut.txt': { ids: [1290], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [[1290, ['runtime.dopanic', 'runtime.throw', 'runtime.sigpanic', 'runtime.sighandler', 'runtime.sigtrampgo', 'runtime.sigtramp', '?', '?', '?', 'engine._Cfunc_DBUnlockFile', 'engine.$nested85', 'engine.unlockFile', 'engine.$nested86']]], first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in engine._Cfunc_DBUnlockFile (_cgo_gotypes.go:567)' },
  // the excerpt starts in a location (a stack without its header up to its creator), then `panic: … [recovered]` raised again by klog's HandleCrash over zap's `DPanic` (odd key-value pairs): blamed on zap's write under the `panic` frame, the caller of zapr's `Error` cut off; cut in arguments
  'certutilsoperator_115_starts_in_location_handlecrash_zap_dpanic_repanic_cut_in_args.txt': { ids: [704], truncated: true, crash: 'panic: odd number of arguments passed as key-value pairs for logging [recovered] / panic: odd number of arguments passed as key-value pairs for logging', cut: [[704, ['k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'go.uber.org/zap/zapcore.(*CheckedEntry).Write', 'go.uber.org/zap.(*Logger).DPanic', 'github.com/go-logr/zapr.handleFields', 'github.com/go-logr/zapr.(*zapLogger).Error']]], first: '1 goroutine crashed (panic: odd number of arguments passed as key-value pairs for logging [recovered] / panic: odd number of arguments passed as key-value pairs for logging) in zapcore.(*CheckedEntry).Write (entry.go:230)', headless: [{lines: '5–7', funcs: ['?'], createdBy: 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func1'}], cutAtStart: true },
  // a hung test without its crash line: testify's suite runner `[chan receive, 9 minutes]` (Go 1.10, vendored testify), then a `[chan send, 9 minutes]` goroutine cut in its function's name (`compl`)
  'statusgo_836_testify_suite_runner_then_chan_send_cut_in_name.txt': { ids: [22,80], truncated: true, crash: null, cut: [[80, ['github.com/status-im/status-go/sign.(*PendingRequests).compl…']]], first: '1 goroutine blocked on chan send for 9 minutes in sign.(*PendingRequests).compl…; the longest wait in the dump' },
  // docker compose's `loki_1     | ` prefix whose blank line lost its trailing space (`loki_1     |`), tab-indented locations behind it; cut in arguments
  'loki_3086_compose_prefix_bare_pipe_blank_line_cut_in_args.txt': { ids: [756038], truncated: true, crash: 'panic: runtime error: index out of range [7] with length 0', cut: [[756038, ['github.com/grafana/loki/pkg/logql/log.(*LabelsBuilder).Set', 'github.com/grafana/loki/pkg/logql/log.addLabel.func1', 'github.com/grafana/loki/pkg/logql/log.parseMap', 'github.com/grafana/loki/pkg/logql/log.(*JSONParser).Process', 'github.com/grafana/loki/pkg/logql/log.(*pipeline).Process']]], first: '1 goroutine crashed (panic: runtime error: index out of range [7] with length 0) in log.(*LabelsBuilder).Set (labels.go:92)' },
  // capnslog's `2020-01-26 21:38:41.471971 I | ` before `http: panic serving …`, the recovered panic blamed under `panic` in vendored cortex; cut in a name
  'loki_1599_capnslog_panic_serving_vendored_cortex_cut_in_name.txt': { ids: [418], truncated: true, crash: 'http: panic serving 10.244.1.90:58206: runtime error: invalid memory address or nil pointer dereference', cut: [[418, ['net/http.(*conn).serve.func1', 'panic', 'github.com/cortexproject/cortex/pkg/chunk.(*store).lookupChunksByMetricName', 'github.com/cortexproject/cortex/pkg/chunk.(*store).LabelNamesForMetricName', 'github.com/cortexproject/cortex/pkg/chunk.compositeStore.LabelNamesForMetricName.func1', 'github.com/cortexproject/cortex/pkg/chunk.compositeStor…']]], first: '1 goroutine panicked (recovered: http: panic serving 10.244.1.90:58206: runtime error: invalid memory address or nil pointer dereference) in chunk.(*store).lookupChunksByMetricName (chunk_store.go:355)' },
  // the excerpt starts at a call line (main's stack without its header), Go ≥ 1.21's `created by … in goroutine 1`, `[select, 19 minutes]`, 8-space locations; cut in a path
  'loki_13300_starts_in_call_go121_in_goroutine_creators_cut_in_path.txt': { ids: [6,9,79], truncated: true, crash: null, cut: [[79, ['github.com/grafana/loki/v3/pkg/util/log.newPrometheusLogger.WithFlushPeriod.func2.1']]], first: null, headless: [{lines: '6–11', funcs: ['github.com/grafana/dskit/services.(*Manager).AwaitStopped', 'github.com/grafana/loki/v3/pkg/loki.(*Loki).Run', 'main.main'], createdBy: null}], cutAtStart: true },
  // a Go 1.22 binary under an emulator: goroutine 1 `gp= m=0 mp=` `[running, locked to thread]` panicking through `runtime.(*_panic).nextFrame`, then `unexpected return pc for runtime.sigpanic called from 0x31a` and the stack's words, cut inside a word: no crash line, cut before the frame that panicked
  'box64_2282_emulated_go122_locked_to_thread_sigpanic_bad_return_pc_cut.txt': { ids: [1], truncated: true, crash: null, cut: [[1, ['runtime.systemstack_switch', 'runtime.(*_panic).nextFrame', 'runtime.(*_panic).start', 'panic', 'runtime.panicmem', 'runtime.sigpanic']]], first: '1 goroutine crashed (its crash line is not in the text), cut before the frame that panicked' },
  // a log viewer's date column (`Wed, Sep 1 2021 9:38:45 am | `) before every line, the excerpt starting inside HandleCrash's stack (HandleCrash twice, `-trimpath` locations without their tab): a stack without its header blamed under the last `panic`; cut in a name behind the column
  'minio_operator_795_rancher_log_date_column_double_handlecrash_starts_in_stack_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in statefulsets.logDbContainer (log.go:106)', headless: [{lines: '6–19', funcs: ['k8s.io/apimachinery/pkg/util/runtime.logPanic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'k8s.io/apimachinery/pkg/util/runtime.HandleCrash', 'panic', 'github.com/minio/operator/pkg/resources/statefulsets.logDbContainer', 'github.com/minio/operator/pkg/resources/statefulsets.NewForLogDb'], createdBy: null}], cutAtStart: true },
  // `kubectl logs --timestamps`' RFC 3339 nanosecond time before every line, the locations behind it and 1 space, the excerpt starting in a location and ending on a time alone (the line after it cut): a stack without its header at its first location
  'stolostron_2206_kubectl_timestamps_starts_in_location_time_alone_last.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at observabilityaddon_controller.go:286', headless: [{lines: '5–12', funcs: ['?', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2'], createdBy: null}], cutAtStart: true },
  // rook's capnslog `… E | ceph-file-controller: ` before `Panic: …`, `Stack trace:` and the goroutine header, the stack (Go 1.23, darwin-arm64's toolchain) flush under it: the `Panic: …` words are the recovered panic's crash line, `Stack trace:` only labels the stack (heldCrashLines.ts); cut in a path under `panic`: cut before the frame that panicked
  'rook_16063_capnslog_stack_trace_header_behind_prefix_debug_stack_cut_in_path.txt': { ids: [805], truncated: true, crash: 'Panic: runtime error: invalid memory address or nil pointer dereference', cut: [[805, ['runtime/debug.Stack', 'github.com/rook/rook/pkg/operator/ceph/file.(*ReconcileCephFilesystem).reconcile.func1', 'panic']]], first: '1 goroutine panicked (recovered: Panic: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked' },
  // zap's console `INFO    Observed a panic in reconciler: …` with its JSON fields, then controller-runtime's `panic: … [recovered]` raised again, 8-space `-trimpath` locations: blamed under `panic`; cut in a path
  'k8ssandra_1454_zap_console_observed_panic_json_fields_repanic_cut_in_path.txt': { ids: [597], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[597, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'github.com/k8ssandra/k8ssandra-operator/controllers/medusa.(*MedusaBackupJobReconciler).createMedusaBackup']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in medusa.(*MedusaBackupJobReconciler).createMedusaBackup' },
  // an excerpt of one call and its `created by` (controller-runtime's worker), then the issue's comments: a stack without its header, whole
  'loggingoperator_920_last_frame_and_creator_only_then_comments.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at controller.(*Controller).Start.func2.2 (controller.go:214), created by controller.(*Controller).Start.func2', headless: [{lines: '7–10', funcs: ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2'], createdBy: 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2'}], cutAtStart: true },
  // `ok  \tcmd/…` package lines over cmd/go's test timeout (Go 1.10): the runner under its `TestMain` waiting in `tRunner.func1`, the signal loop `[syscall, 2 minutes]`; cut in the parallel test's `testing.(*testContext)` name: no suspect in sight
  'golang_23287_ok_package_lines_test_timeout_testmain_parallel_wait_cut_in_name.txt': { ids: [988,1,5,47], truncated: true, crash: 'panic: test timed out after 3m0s', cut: [[47, ['testing.(*testContext)…']]], first: null },
  // Terraform's `Stack trace from the … plugin:` over `fatal error: concurrent map writes` printed twice (two goroutines threw), 8-space `fp= sp= pc=` locations: blamed on the provider's map write under `runtime.throw`; cut in arguments
  'akc_23_plugin_stack_trace_fatal_error_twice_eight_space_fp_sp_cut.txt': { ids: [72], truncated: true, crash: 'fatal error: concurrent map writes', cut: [[72, ['runtime.throw', 'runtime.mapassign_faststr', 'github.com/arkiaconsulting/terraform-provider-akc/akc.getOrReuseClient', 'github.com/arkiaconsulting/terraform-provider-akc/akc.dataSourceKeyValueRead', 'github.com/hashicorp/terraform-plugin-sdk/v2/helper/schema.(*Resource).read']]], first: '1 goroutine crashed (fatal error: concurrent map writes) in akc.getOrReuseClient (helpers.go:22)' },
  // the excerpt starts in a location (a headless stack up to its creator), then `http: panic serving` over a whole goroutine, blamed under `panic`; the next crash line cut in its address (no goroutine after it: the dump is whole)
  'caddy_2858_starts_in_location_two_http_panic_serving_repeat_cut.txt': { ids: [51], truncated: false, crash: 'http: panic serving <my-ip>:3669: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine panicked (recovered: http: panic serving <my-ip>:3669: runtime error: invalid memory address or nil pointer dereference) in caddyhttp.errLogValues (server.go:371), created by http.(*Server).Serve', headless: [{lines: '6–8', funcs: ['?'], createdBy: 'net/http.(*Server).Serve'}], cutAtStart: true },
  // journald behind a dotted host name, a nil-pointer panic (a nil bufio.Writer inside net/http) whose first frame is inlined: every frame in view is the standard library, so the first is blamed; cut in arguments
  'caddy_6216_journald_fqdn_host_sigsegv_inlined_first_cut_in_args.txt': { ids: [67719730], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[67719730, ['bufio.(*Writer).Available', 'bufio.(*Writer).WriteString', 'net/http.(*expectContinueReader).Read', 'io.(*LimitedReader).Read']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in bufio.(*Writer).Available (bufio.go:624)' },
  // Go 1.6, the excerpt starting at a call (a headless stack up to `created by (*http2serverConn).serve`), then an `[IO wait]` goroutine cut in arguments: no crash line, no suspect
  'caddy_965_go16_h2_bundle_starts_in_call_io_wait_cut_in_args.txt': { ids: [25150], truncated: true, crash: null, cut: [[25150, ['net.runtime_pollWait', 'net.(*pollDesc).Wait', 'net.(*pollDesc).WaitRead', 'net.(*netFD).Read', 'net.(*conn).Read', 'net/http.noteEOFReader.Read']]], first: null, headless: [{lines: '7–18', funcs: ['io.ReadAtLeast', 'io.ReadFull', 'net/http.http2readFrameHeader', 'net/http.(*http2Framer).ReadFrame', 'net/http.(*http2serverConn).readFrames'], createdBy: 'net/http.(*http2serverConn).serve'}], cutAtStart: true },
  // a whole `fatal error: concurrent map writes` goroutine (`-trimpath`, `fp= sp= pc=`, `runtime.goexit` over `created by`): blamed on the closure that wrote the map
  'cloudposse_utils_48_concurrent_map_writes_fp_sp_pc_goexit_whole.txt': { ids: [196], truncated: false, crash: 'fatal error: concurrent map writes', cut: [], first: '1 goroutine crashed (fatal error: concurrent map writes) in stack.ProcessYAMLConfigFile.func1 (stack_processor.go:132), created by stack.ProcessYAMLConfigFile' },
  // C++'s `Assertion … failed.` over `SIGABRT: abort` in a cgo call: blamed on the `_Cfunc_` frame; the fence closes the stack after an inlined frame without its creator: cut
  'clp_16_cpp_assertion_sigabrt_cgo_eight_space_inlined_last.txt': { ids: [1317], truncated: true, crash: 'SIGABRT: abort', cut: [[1317, ['runtime.cgocall', 'github.com/lanl/clp._Cfunc_simplex_primal', 'github.com/lanl/clp.(*Simplex).Primal']]], first: '1 goroutine crashed (SIGABRT: abort) in clp._Cfunc_simplex_primal (_cgo_gotypes.go:516)' },
  // darwin/arm64, the excerpt starting in main's stack (headless, no creator), then go-plugin's broker `[select]` and an `[IO wait]` goroutine cut in arguments: no suspect
  'commercetools_563_starts_in_call_main_then_broker_select_io_wait_cut_in_args.txt': { ids: [31,32], truncated: true, crash: null, cut: [[32, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'os.(*File).read', 'os.(*File).Read', 'bufio.(*Reader).Read']]], first: null, headless: [{lines: '7–10', funcs: ['github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server.Serve', 'main.main'], createdBy: null}], cutAtStart: true },
  // a prompt over `go test -race`: the test's read and a finished goroutine's write, the test blamed first; cut in the finished goroutine's creator section
  'dastard_10_race_testmain_finished_creator_prompt_cut_in_name.txt': { ids: [62,81], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c4201af210 in dastard.TestTriangle (simulated_data_test.go:75), created by testing.(*T).Run' },
  // a race of testing's own `setRan` (recursive, three frames) against `by main goroutine` (read as goroutine 1): the write blamed first, with the test's call that started `t.Run` in a goroutine under its creator
  'dcrwallet_711_travis_gimme_race_by_main_goroutine_recursive_setran.txt': { ids: [20,1], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c420077701 in testing.(*common).setRan (testing.go:433), created by testing.(*T).Run called from udb.TestUpgrades.func1 (upgrades_test.go:81)' },
  // two pastes of `panic: send on closed channel` in one thread, the first with no blank line under its crash line: two dumps, the last grouped, blamed on the inlined `(*Ctx).resolve`; `exit status 2` after it
  'dgrr_http2_55_two_send_on_closed_channel_no_blank_line_exit_status.txt': { ids: [774], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in http2.(*Ctx).resolve (client.go:58), created by http2.(*Conn).Handshake' },
  // a Go 1.24 race on GitHub Actions, the test's stack ending in `(*T).Run.gowrap1`: the write in `(*dataChecker).Start` blamed; cut in a creator's path
  'gocryptotrader_1987_go124_race_gowrap1_hostedtoolcache_cut_in_path.txt': { ids: [52,126], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c0006fe748 in engine.(*dataChecker).Start (live.go:79), created by testing.(*T).Run' },
  // JSON lines over a race of `t.Fatal` from two goroutines: the write under `FailNow` blamed on the test backend's `Process`; cut in a name
  'goethereum_22318_evm_json_lines_then_race_fatal_in_two_goroutines_cut.txt': { ids: [306,274], truncated: true, crash: null, cut: [[274, ['testing.(*common).FailNow', 'testing.(*common).Fatalf', 'github.com/ethereum/go-ethereum/core.(*testChainIndexBackend).assertBlocks']]], first: '1 goroutine in a data race: write of 0x00c01ccfe29a in core.(*testChainIndexBackend).Process (chain_indexer_test.go:227)' },
  // Go 1.4 with every location flush left and no blank lines, the excerpt starting at a call: a headless stack up to its `created by` (headlessStart.ts: a flush-left absolute `….go:N +0x…`), then a goroutine `[semacquire, 337 minutes]` cut in a name
  'golang_10698_go14_flush_left_locations_no_blank_lines_semacquire_337_minutes_cut.txt': { ids: [546623], truncated: true, crash: null, cut: [[546623, ['sync.runtime_Semacquire', 'sync.(*Mutex).Lock', 'main.handleReverse', 'net/http.HandlerFunc.ServeHTTP']]], first: '1 goroutine blocked on semacquire for 5 h 37 min in main.handleReverse (reverse.go:333); blocked over an hour', headless: [{lines: '6–21', funcs: ['sync.runtime_Semacquire', 'sync.(*Mutex).Lock', 'main.handleReverse', 'net/http.HandlerFunc.ServeHTTP', 'net/http.(*ServeMux).ServeHTTP', 'net/http.serverHandler.ServeHTTP', 'net/http.(*conn).serve'], createdBy: 'net/http.(*Server).Serve'}], cutAtStart: true },
  // Windows, Go 1.6's test timeout: the runner under `TestMain`, tests waiting in `(*T).Parallel` (machinery, no suspect); cut in arguments
  'golang_13645_windows_builder_test_timeout_testmain_parallel_waiters_cut.txt': { ids: [103795,1,102753,102755], truncated: true, crash: 'panic: test timed out after 6m0s', cut: [[102755, ['testing.(*T).Parallel', 'runtime_test.TestStackGrowthCallback', 'testing.tRunner']]], first: null },
  // a klog line and `=== RUN` over Go 1.6's `Write by goroutine 54:` (no address) in `runtime.mapassign1`: blamed on the controller's `syncService`; cut in a path
  'golang_15972_go16_race_no_address_klog_line_run_line_cut_in_path.txt': { ids: [54], truncated: true, crash: null, cut: [[54, ['runtime.mapassign1', 'github.com/openshift/origin/pkg/service/controller/servingcert.(*ServiceServingCertController).syncService']]], first: '1 goroutine in a data race: write in servingcert.(*ServiceServingCertController).syncService' },
  // Go 1.14's test timeout: blamed on the test blocked 2 minutes in `(*WaitGroup).Wait`, not the runner; cut in arguments
  'golang_35774_builder_test_timeout_semacquire_2_minutes_misuse_cut.txt': { ids: [3650,1,3444], truncated: true, crash: 'panic: test timed out after 3m0s', cut: [[3444, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'sync_test.TestWaitGroupMisuse3', 'testing.tRunner']]], first: '1 goroutine blocked on semacquire for 2 minutes in sync_test.TestWaitGroupMisuse3 (waitgroup_test.go:174); the test timed out after 3m0s' },
  // Plan 9's `[signal sys: trap: fault read …]` under `fatal error: unexpected signal`, `runtime stack:` with nothing under it, `panic during panic`, cut in the next crash line: the crash without goroutines
  'golang_49684_plan9_signal_sys_trap_runtime_stack_panic_during_panic_cut.txt': { ids: [], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [], first: null, stackSuspect: 'the process crashed (fatal error: unexpected signal during runtime execution)' },
  // relative GOROOT paths (`../../../../tip+trace+nanotime/…`) with `fp= sp= pc=`, the excerpt starting in a location (a headless stack to `runtime.goexit`), then the runtime's goroutines, cut in a path
  'golang_59692_relative_goroot_paths_starts_in_location_go121_in_goroutine_cut.txt': { ids: [2,3], truncated: true, crash: null, cut: [[3, ['runtime.gopark']]], first: null, headless: [{lines: '7–13', funcs: ['?', 'main.main', 'runtime.main', 'runtime.goexit'], createdBy: null}], cutAtStart: true },
  // Go ≥ 1.24's swiss-table map: `internal/runtime/maps.fatal` over the writer, which is blamed; cut in a name
  'incus_469_go124_internal_runtime_maps_fatal_concurrent_map_writes_cut_in_name.txt': { ids: [99], truncated: true, crash: 'fatal error: concurrent map writes', cut: [[99, ['internal/runtime/maps.fatal', 'github.com/lxc/incus/v7/shared/cliconfig.(*Config).GetClientCertificate', 'github.com/lxc/incus/v7/shared/cliconfig.(*Config).getConnectionArgs', 'github.com/lxc/incus/v7/shared/cliconfig.(*Config).GetInstanceServer', 'github.com/lxc/terraform-provider-incus/internal/provider-config.(*IncusProviderConfig).getIncusConfigInstanceServer', 'github.com/lxc/terraform-provider-incus/internal/provider-config.(*IncusProviderConfig).server']]], first: '1 goroutine crashed (fatal error: concurrent map writes) in cliconfig.(*Config).GetClientCertificate (cert.go:153)' },
  // Kibana's Discover rows: the default date format (`August 3rd 2017, 19:28:27.000`, prefixLearner.ts) before each line, its empty ` -` column after; one location the table lost: blamed on `GetCtxMetric` without its place; cut in a name
  'kanali_12_kibana_date_column_dash_suffix_concurrent_map_fp_sp_location_lost_cut.txt': { ids: [10438], truncated: true, crash: 'fatal error: concurrent map read and map write', cut: [[10438, ['runtime.throw', 'runtime.mapaccess2_faststr', 'github.com/northwesternmutual/kanali/monitor.GetCtxMetric', 'github.com/northwesternmutual/kanali/cmd.glob..func1', 'github.com/northwesternmutual/kanali/monitor.getFields']]], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in monitor.GetCtxMetric' },
  // Go 1.4's SIGQUIT of a hung integration test, no blank lines between goroutines, `[chan receive, 9 minutes]` under Godeps' workspace: no suspect in view; cut in a path
  'kubo_805_travis_go14_sigquit_no_blank_lines_godeps_workspace_cut.txt': { ids: [5,1,308], truncated: true, crash: 'SIGQUIT: quit', cut: [[308, ['github.com/jbenet/go-ipfs/Godeps/_workspace/src/github.com/jbenet/go-ctxgroup.(*contextGroup).closeOnContextDone']]], first: null },
  // Bazel's `external/…` and `GOROOT/src/…` paths, the excerpt starting in a location, a `... service backtrace for workflow ...` line between two stacks without a header; cut in a path
  'temporal_sdk_678_bazel_external_paths_service_backtrace_line_starts_in_location_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'one of 2 stacks without their goroutine header, at internal.(*syncWorkflowDefinition).Execute.func1 (internal_worker.go:741)', headless: [{lines: '17–26', funcs: ['go.temporal.io/sdk/internal.(*syncWorkflowDefinition).Execute.func1', 'go.temporal.io/sdk/internal.(*workflowExecutor).Execute', 'go.temporal.io/sdk/internal.(*workflowEnvironmentInterceptor).ExecuteWorkflow', 'go.temporal.io/sdk/internal.executeFunction', 'reflect.Value.Call'], createdBy: null}, {lines: '28–30', funcs: ['go.temporal.io/sdk/workflow.ExecuteActivity', 'go.temporal.io/sdk/internal.ExecuteActivity'], createdBy: null}], cutAtStart: true },
  // Terraform's own `Reading...` line over `concurrent map read and map write` on darwin/arm64 (`-trimpath`): blamed on the reader, svchost's `CredentialsForHost`; cut in a path
  'terraform_33333_darwin_arm64_remote_state_reading_concurrent_map_read_write_cut_in_path.txt': { ids: [3724], truncated: true, crash: 'fatal error: concurrent map read and map write', cut: [[3724, ['github.com/hashicorp/terraform-svchost/disco.(*Disco).CredentialsForHost', 'github.com/hashicorp/terraform/internal/backend/remote.(*Remote).token', 'github.com/hashicorp/terraform/internal/backend/remote.(*Remote).Configure', 'github.com/hashicorp/terraform/internal/builtin/providers/terraform.dataSourceRemoteStateRead', 'github.com/hashicorp/terraform/internal/builtin/providers/terraform.(*Provider).ReadDataSource']]], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in disco.(*Disco).CredentialsForHost (disco.go:113)' },
  // `=== RUN` and `=== PAUSE` over Go 1.17's test timeout, a paused parallel test waiting in `(*T).Parallel` (machinery); the serial test's goroutine out of view: no suspect; cut in a path
  'tidb_27966_run_pause_lines_test_timeout_serial_after_parallel_cut.txt': { ids: [25,1,19], truncated: true, crash: 'panic: test timed out after 5s', cut: [[19, ['testing.(*T).Parallel', 'sample1_test.TestParallel1']]], first: null },
  // the excerpt starts at a call (a gRPC handler's stack without its header up to `created by`), then goroutine 1 `[select, 18 minutes]` in go-plugin, the excerpt ending after a whole location; the paste ends in goroutine 1 at `go-plugin.Serve`, above the plugin's main.main: cut
  'tmc_397_sh_fence_starts_in_call_go120_grpc_then_select_18_minutes_cut.txt': { ids: [1], truncated: true, crash: null, cut: [[1, ['github.com/hashicorp/go-plugin.Serve']]], first: null, headless: [{lines: '7–18', funcs: ['github.com/hashicorp/terraform-plugin-go/tfprotov5/tf5server.(*server).ApplyResourceChange', 'github.com/hashicorp/terraform-plugin-go/tfprotov5/internal/tfplugin5._Provider_ApplyResourceChange_Handler', 'google.golang.org/grpc.(*Server).processUnaryRPC', 'google.golang.org/grpc.(*Server).handleStream', 'google.golang.org/grpc.(*Server).serveStreams.func1.1'], createdBy: 'google.golang.org/grpc.(*Server).serveStreams.func1'}], cutAtStart: true },
  // a `runtime stack:` alone under `fatal error: semacquire not on the G stack` (an instrumented GOROOT): the runtime's stack names the crash; cut before the goroutines
  'xgo_96_semacquire_not_on_g_stack_runtime_stack_only_instrumented_goroot_cut.txt': { ids: [], truncated: true, crash: 'fatal error: semacquire not on the G stack', cut: [], first: null, stackSuspect: 'the process crashed (fatal error: semacquire not on the G stack) in runtime.semacquire1 (sema.go:107), as its runtime stack shows' },
  // a test's log (every line under 8 spaces) of `goroutine 0 [idle]:` whose `runtime: unknown pc` stack words the paste cut inside a word (`00000`, narrower than the row's address): the dump truncated, the idle goroutine cut (stackWordsRow.ts)
  'golang_26393_test_log_indent_goroutine_0_unknown_pc_stack_words_darwin_cut.txt': { ids: [0], truncated: true, crash: null, cut: [[0, []]], first: null },
  // Firefox's console copy of a TinyGo panic (`panic: (21:0x00010618) wasm_exec.js:199:18`, its source link after it) and its `RuntimeError`, then Chromium's: `Uncaught (in promise) RuntimeError: unreachable` over V8's `at runtime._panic (wasm-function[7]:31)` frames (wasmStackTrace.ts), the host's JavaScript frames after them: two crashes, the last read with its goroutine, blamed on `(syscall/js.Value).Call`
  'tinygo_296_chromium_console_runtimeerror_unreachable_wasm_function_frames.txt': { ids: [0], truncated: false, crash: 'panic: (21:0x00010618)', cut: [], first: '1 goroutine crashed (panic: (21:0x00010618)) in js.Value.Call' },
  // Go's own GOOS=js panic as Firefox's console shows it, the blank line under the value as `<empty string>` (panicMessage.ts): the crash line is the value alone
  'tinygo_4444_firefox_console_go_wasm_empty_string_line_then_goroutine.txt': { ids: [1], truncated: false, crash: 'panic: test', cut: [], first: '1 goroutine crashed (panic: test) in main.main (main.go:4)' },
  // the excerpt starts in a location (a headless stack up to `(*tableCacheShard).init`), then a `[sync.Cond.Wait]` goroutine (Go 1.14–1.16's wait reason) cut in a path: no crash line, no suspect
  'cockroach_62283_vendored_pebble_starts_in_location_sync_cond_wait_state_cut.txt': { ids: [1749345], truncated: true, crash: null, cut: [[1749345, ['runtime.goparkunlock', 'sync.runtime_notifyListWait', 'sync.(*Cond).Wait', 'github.com/cockroachdb/pebble/internal/record.(*flusherCond).Wait', 'github.com/cockroachdb/pebble/internal/record.(*LogWriter).flushLoop']]], first: null, headless: [{lines: '7–13', funcs: ['?', 'runtime/pprof.Do', 'github.com/cockroachdb/pebble.(*tableCacheShard).releaseLoop'], createdBy: 'github.com/cockroachdb/pebble.(*tableCacheShard).init'}], cutAtStart: true },
  // a Bazel build's `external/…` paths with `fp= sp= pc=`, the excerpt starting at a call: a stack without its header, at its first frame; the bare `runtime/pprof` the excerpt ends on skipped
  'cockroach_92361_bazel_external_paths_starts_in_call_fp_sp_pc_pprof_do_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at sstable.(*Reader).readBlock (reader.go:2364)', headless: [{lines: '7–16', funcs: ['github.com/cockroachdb/pebble/sstable.(*Reader).readBlock', 'github.com/cockroachdb/pebble/sstable.(*Reader).readMetaindex', 'github.com/cockroachdb/pebble/sstable.NewReader', 'github.com/cockroachdb/pebble.(*tableCacheValue).load', 'github.com/cockroachdb/pebble.(*tableCacheShard).findNode.func2'], createdBy: null}], cutAtStart: true },
  // a whole Go 1.8 concurrent map read and write: blamed on the program's read under `runtime.mapaccess2_faststr`
  'ctop_25_go18_concurrent_map_read_write_fp_sp_goexit_then_attachment_link_whole.txt': { ids: [27], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in main.(*DockerContainerSource).MustGet (dockersource.go:109), created by main.NewDockerContainerSource' },
  // two Go 1.5 races of `testing.tRunner` alone against `t.Fatal` from a timer closure: blamed on the closure (raceBlame.test.ts), not on tRunner printed first; cut in the second report
  'etcd_3576_go15_two_races_trunner_vs_fatal_timer_creator_fail_line_cut.txt': { ids: [29,31,63,66], truncated: true, crash: null, cut: [[66, ['testing.(*common).FailNow', 'testing.(*common).Fatal']]], first: '1 goroutine in a data race: previous write in transport.func·004 (timeout_listener_test.go:72), created by time.goFunc' },
  // Go 1.1's `0xc200…` pointers under a `[...]` line and a client's log line, 8-space locations: blamed on the parser, whole
  'gnatsd_17_go11_bracket_ellipsis_line_slice_bounds_eight_space_whole.txt': { ids: [10], truncated: false, crash: 'panic: runtime error: slice bounds out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in server.(*client).parse (parser.go:446), created by server.(*client).initClient' },
  // the excerpt starts at a `created by` line (a stack of no frames but its creator), then three `gp=… m=nil [GC worker (idle)]` goroutines, the last cut in `fp=`: idle runtime workers, no suspect
  'golang_67108_windows_go122_starts_in_creator_gp_m_nil_gc_worker_idle_cut.txt': { ids: [10,39,23], truncated: true, crash: null, cut: [[23, ['runtime.gopark', 'runtime.gcBgMarkWorker']]], first: null, headless: [{lines: '7–8', funcs: [], createdBy: 'runtime.gcBgMarkStartWorkers'}], cutAtStart: true },
  // cargo's lines over `fatal error: runtime: mcall called on m->g0 stack` and its `runtime stack:` alone (`unexpected return pc`, the stack's words), cut inside a word: the crash is where the runtime stack threw
  'golang_70454_cargo_lines_mcall_on_g0_runtime_stack_bad_return_pc_words_cut.txt': { ids: [], truncated: true, crash: 'fatal error: runtime: mcall called on m->g0 stack', cut: [], first: null, stackSuspect: 'the process crashed (fatal error: runtime: mcall called on m->g0 stack) in runtime.badmcall (proc.go:539), as its runtime stack shows' },
  // a single `[chan receive (nil chan)]` goroutine: blocked forever, blamed on its `func·001`
  'goprocess_10_go14_nil_chan_receive_godeps_single_goroutine_whole.txt': { ids: [22], truncated: false, crash: null, cut: [], first: '1 goroutine blocked forever on chan receive (nil chan) in context.func·001 (context.go:31), created by context.WithContextAndTeardown' },
  // four identical `[chan receive]` goroutines of mvdan/sh created `in goroutine 126`, the last offset cut to `+0x26` (a whole-looking line): one group, no suspect
  'gotask_2334_starts_at_blank_line_many_chan_receive_in_goroutine_cut.txt': { ids: [289,293,295,297], truncated: false, crash: null, cut: [], first: null },
  // lines padded to the terminal's width; goroutine 11 `running on other thread`, then printed again throwing in `runtime.mapassign_faststr`: one goroutine, the crash line above the excerpt, blamed on the map function (the program's frame is cut, as runtimeThrowNames.test.ts blames a cut map frame)
  'hauler_36_terminal_padded_lines_running_on_other_thread_then_same_id_throw_cut.txt': { ids: [11], truncated: true, crash: null, cut: [[11, ['runtime.throw', 'runtime.mapassign_faststr']]], first: '1 goroutine crashed (its crash line is not in the text) in runtime.mapassign_faststr' },
  // hugo's rebuild lines, then `http: panic serving` right over its header: the recovered panic blamed under `panic` on the server's closure; cut in arguments
  'hugo_10861_rebuild_log_lines_http_panic_serving_no_blank_line_trimpath_cut.txt': { ids: [23818], truncated: true, crash: 'http: panic serving 127.0.0.1:65080: runtime error: invalid memory address or nil pointer dereference', cut: [[23818, ['net/http.(*conn).serve.func1', 'panic', 'github.com/gohugoio/hugo/commands.(*commandeer).serve.func1', 'github.com/gohugoio/hugo/commands.(*commandeer).serve.func2', 'github.com/gohugoio/hugo/commands.(*fileServer).createEndpoint.func1.1', 'net/http.HandlerFunc.ServeHTTP', 'net/http.(*ServeMux).ServeHTTP', 'net/http.serverHandler.ServeHTTP']]], first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:65080: runtime error: invalid memory address or nil pointer dereference) in commands.(*commandeer).serve.func1 (server.go:562)' },
  // the excerpt starts in a location and ends on its `created by` (no location): a headless stack up to its creator, at the first frame in view
  'hugo_5885_starts_in_location_fp_sp_pc_html_template_render_goexit_creator_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at tpl.(*TemplateAdapter).Execute (template.go:163), created by hugolib.(*Site).renderPages', headless: [{lines: '7–18', funcs: ['?', 'github.com/gohugoio/hugo/tpl.(*TemplateAdapter).Execute', 'github.com/gohugoio/hugo/hugolib.(*Site).renderForLayouts', 'github.com/gohugoio/hugo/hugolib.(*Site).renderAndWritePage', 'github.com/gohugoio/hugo/hugolib.pageRenderer', 'runtime.goexit'], createdBy: 'github.com/gohugoio/hugo/hugolib.(*Site).renderPages'}], cutAtStart: true },
  // the excerpt starts in a location (main's stack, headless, no creator), then the signal loop `[syscall]` cut in a path: no suspect
  'hugo_6058_starts_in_location_errgroup_main_then_signal_syscall_cut.txt': { ids: [7], truncated: true, crash: null, cut: [[7, ['os/signal.signal_recv', 'os/signal.loop']]], first: null, headless: [{lines: '7–21', funcs: ['?', 'github.com/gohugoio/hugo/commands.(*commandeer).fullBuild', 'github.com/gohugoio/hugo/commands.(*commandeer).serverBuild', 'github.com/gohugoio/hugo/commands.(*serverCmd).server', 'github.com/spf13/cobra.(*Command).execute', 'github.com/spf13/cobra.(*Command).ExecuteC', 'github.com/gohugoio/hugo/commands.Execute', 'main.main'], createdBy: null}], cutAtStart: true },
  // an accept loop on Windows, the excerpt starting at a call and cut in a path: a stack without its header, at its first frame, nothing else
  'hugo_6986_windows_starts_in_call_eight_space_accept_serve_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at poll.runtime_pollWait (netpoll.go:184)', headless: [{lines: '7–25', funcs: ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*ioSrv).ExecIO', 'internal/poll.(*FD).acceptOne', 'internal/poll.(*FD).Accept', 'net.(*netFD).accept', 'net.(*TCPListener).accept', 'net.(*TCPListener).Accept', 'net/http.(*Server).Serve', 'net/http.(*Server).ListenAndServe'], createdBy: null}], cutAtStart: true },
  // `sync: WaitGroup is reused before previous Wait has returned`: blamed on the program's `watchRun` under `(*WaitGroup).Wait`
  'kungfu_165_waitgroup_reused_eight_space_darwin_whole.txt': { ids: [1], truncated: false, crash: 'panic: sync: WaitGroup is reused before previous Wait has returned', cut: [], first: '1 goroutine crashed (panic: sync: WaitGroup is reused before previous Wait has returned) in main.watchRun (watch.go:91)' },
  // Go 1.4 race, two locations wrapped before their offset (`coordinator_test.go:121` then `+0xa1c` alone): the lines are read, the offsets' lines skipped; the test's `t.Fatalf` blamed first
  'metafora_105_go14_race_offset_wrapped_to_next_line_finished_creator_cut.txt': { ids: [61,236], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: write in m_etcd.TestCoordinatorTC2 (coordinator_test.go:121), created by testing.RunTests' },
  // locations behind one space, no fence: `negative WaitGroup counter` blamed on the vendored client's `readLoop`, whole
  'natsgo_367_one_space_locations_negative_waitgroup_vendored_no_fence_then_comment.txt': { ids: [9291], truncated: false, crash: 'panic: sync: negative WaitGroup counter', cut: [], first: '1 goroutine crashed (panic: sync: negative WaitGroup counter) in go-nats.(*Conn).readLoop (nats.go:1554), created by go-nats.(*Conn).spinUpGoRoutines' },
  // nats-server's log in a `<pre>` block, `index out of range [-1]` with 32-bit pointers: blamed on `processMsgResults`; cut in arguments
  'natsserver_5167_pre_tag_log_lines_wasm32_pointers_index_out_of_range_minus_one_cut.txt': { ids: [82], truncated: true, crash: 'panic: runtime error: index out of range [-1]', cut: [[82, ['github.com/nats-io/nats-server/v2/server.(*client).processMsgResults', 'github.com/nats-io/nats-server/v2/server.(*client).processInboundClientMsg', 'github.com/nats-io/nats-server/v2/server.(*client).processInboundMsg']]], first: '1 goroutine crashed (panic: runtime error: index out of range [-1]) in server.(*client).processMsgResults (client.go:4569)' },
  // the same one-space dump in a fence closed by ` ```` ` indented one space: whole, the template's cut heading skipped
  'natsserver_677_one_space_locations_fence_closed_after_space_issue_template_cut.txt': { ids: [9291], truncated: false, crash: 'panic: sync: negative WaitGroup counter', cut: [], first: '1 goroutine crashed (panic: sync: negative WaitGroup counter) in go-nats.(*Conn).readLoop (nats.go:1554), created by go-nats.(*Conn).spinUpGoRoutines' },
  // `scvg…` lines over a test timeout; the runner cut in `(*M).Run`'s arguments: the alarm and the runner only, no suspect in sight
  'orbs_1282_run_line_scvg_lines_test_timeout_eight_space_cut_in_name.txt': { ids: [72,1], truncated: true, crash: 'panic: test timed out after 20m0s', cut: [[1, ['testing.(*T).Run', 'testing.runTests.func1', 'testing.tRunner', 'testing.runTests', 'testing.(*M).Run']]], first: null },
  // a banner over `panic: sync: unlock of unlocked mutex` (Go 1.5, 4-space locations): blamed on the torrent code under `(*Mutex).Unlock`; cut in the creator
  'peerflix_16_go15_four_space_banner_connections_unlock_panic_cut.txt': { ids: [33], truncated: true, crash: 'panic: sync: unlock of unlocked mutex', cut: [[33, ['sync.(*Mutex).Unlock', 'github.com/anacrolix/torrent/dht.(*Announce).maybeAnnouncePeer', 'github.com/anacrolix/torrent/dht.(*Announce).getPeers.func1', 'github.com/anacrolix/torrent/dht.(*Transaction).tryHandleResponse', 'github.com/anacrolix/torrent/dht.(*Transaction).handleResponse']]], first: '1 goroutine crashed (panic: sync: unlock of unlocked mutex) in dht.(*Announce).maybeAnnouncePeer (announce.go:162)' },
  // a race whose previous read's stack is `[failed to restore the stack]`: the write under `runtime.mapassign_faststr` blamed on the program; cut in the creator
  'sebak_126_race_homebrew_go111_mapassign_failed_to_restore_previous_cut.txt': { ids: [226,256], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c000160360 in network.addMemoryNetwork (memory_network.go:24), created by testing.(*T).Run' },
  // Go 1.5 race on Windows, sections parted by one-space lines: the write under `runtime.mapdelete` blamed on the program's `Deregister`, whole
  'syncthing_2394_windows_race_space_only_separator_lines_mapdelete_fail_line.txt': { ids: [217,20], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: write in model.(*ProgressEmitter).Deregister (progressemitter.go:119), created by model.TestDeregisterOnFailInPull' },
  // a watchdog's `panic: deadlock detected`: the crash blamed on the watchdog that panicked; main cut in kong's call
  'syncthing_7764_trimpath_deadlock_detector_panic_kong_reflect_call_cut.txt': { ids: [33,1], truncated: true, crash: 'panic: deadlock detected at fmut', cut: [[1, ['github.com/syncthing/syncthing/lib/syncthing.(*App).Wait', 'main.syncthingMain', 'main.serveOptions.Run', 'reflect.Value.call', 'reflect.Value.Call', 'github.com/alecthomas/kong.callMethod']]], first: '1 goroutine crashed (panic: deadlock detected at fmut) in model.(*deadlockDetector).Watch.func1 (util.go:61), created by model.(*deadlockDetector).Watch' },
  // Go 1.3 with 4-space locations, one `[chan send, 21 minutes]` and two sleepers: nothing crosses a suspect threshold; cut in a creator
  'syncthing_774_go13_four_space_jenkins_chan_send_21_minutes_func_dot_cut.txt': { ids: [9820,9884,9847], truncated: true, crash: null, cut: [[9847, ['time.Sleep', 'github.com/syncthing/syncthing/internal/model.func·016']]], first: '1 goroutine blocked on chan send for 21 minutes in model.func·014 (puller.go:625), created by model.(*puller).handleRequestBlock; the longest wait in the dump' },
  // Go 1.25's `[running, synctest bubble 2]` read as running: the synctest fatal blamed on go-deadlock's checker; the runner under goleak cut in a name
  'tikvpd_10536_go125_synctest_bubble_running_state_goleak_testmain_cut.txt': { ids: [275,1], truncated: true, crash: 'fatal error: select on synctest channel from outside bubble', cut: [[1, ['testing.(*T).Run', 'testing.runTests.func1', 'testing.tRunner', 'testing.runTests', 'testing.(*M).Run', 'go.uber.org/goleak.VerifyTestMain']]], first: '1 goroutine crashed (fatal error: select on synctest channel from outside bubble) in go-deadlock.checkDeadlock (deadlock.go:216), created by go-deadlock.lock' },
  // the playground's deadlock: main blocked on chan receive, whole
  'tour_1052_playground_sandbox_deadlock_chan_receive_main_whole.txt': { ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [], first: '1 goroutine blocked on chan receive in main.main (prog.go:9); all goroutines are asleep (deadlock)' },
  // the excerpt starts on one lone location (no frame read), then two long-waiting HTTP transport goroutines, the second cut after its call: no suspect
  'vulcand_308_vendor_bundle_starts_in_location_io_wait_413_minutes_select_cut.txt': { ids: [5916392,5536563], truncated: true, crash: null, cut: [[5536563, ['net/http.(*persistConn).writeLoop']]], first: null },
  // Go 1.24's `internal/runtime/maps.fatal` right over the program's frame: blamed on `_respWindowRenamed`, whole
  'ttyphoon_13_go124_homebrew_internal_runtime_maps_fatal_in_goroutine_whole.txt': { ids: [38], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in tmux._respWindowRenamed (tmux.go:294), created by tmux.NewStartSession' },
  // a page that moved the panic's line under the stack it belongs to (goroutine, `exit status 2`, then `panic: …`): the dump's first goroutine, running, blamed (crashCulprit.ts); whole
  'tutorials_technology_page_goroutine_before_panic_line_flush_left_exit_status.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.main (main.go:14)' },
  // the title line and the dump's own crash line read as two dumps (the last grouped), the annotation after a location passed over: blamed on the inlined `(*User).Greet`, whole
  'jsondevtools_page_location_annotated_with_arrow_comment_inlined_frame.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.(*User).Greet (main.go:14)' },
  // the flattened crash blamed on the inlined `GetEmail`; the excerpt ends in source code (`fmt.Printf("User %`), which no longer reads as a call cut in its arguments (a quote is never Go's); the page shows goroutine 1 down to one frame: an excerpt trimmed on purpose, the dump not whole
  'fixwikihub_nil_pointer_page_flattened_in_fence_excerpt_ends_in_source_code.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x4a1b4f]', cut: [[1, ['main.(*UserService).GetEmail']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x4a1b4f]) in main.(*UserService).GetEmail (service.go:45)' },
  // a SIGSEGV on 32-bit ARM in `sync/atomic.storeUint64` (a misaligned 64-bit field): blamed on the program's `markSeen` under it, whole
  'nomad_3099_arm_dev_agent_banner_atomic_64bit_sigsegv_whole.txt': { ids: [25], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in consul.(*ServiceClient).markSeen (client.go:153), created by agent.(*Agent).setupConsul' },
  // syslog behind a script's name, the locations flush behind the prefix: `interface conversion` blamed under `panic` on `DeriveVaultToken.func1`; cut in the prefix
  'nomad_2266_syslog_runner_script_prefix_interface_conversion_panic_frame_cut.txt': { ids: [82512], truncated: true, crash: 'panic: interface conversion: error is nil, not *structs.RecoverableError', cut: [[82512, ['panic', 'github.com/hashicorp/nomad/nomad.(*Node).DeriveVaultToken.func1', 'github.com/hashicorp/nomad/nomad.(*Node).DeriveVaultToken']]], first: '1 goroutine crashed (panic: interface conversion: error is nil, not *structs.RecoverableError) in nomad.(*Node).DeriveVaultToken.func1 (node_endpoint.go:947)' },
  // crash lines pasted alone, then again over the dump: the last dump grouped, the crash blamed on the call cut in its name (`sync.(*RWMutex).L…`), the only frame in the text
  'vault_3427_error_line_panic_signal_twice_then_dump_cut_in_name.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['sync.(*RWMutex).L…']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in sync.(*RWMutex).L…' },
  // the excerpt starts in `runtime.chanrecv`'s location (a headless stack up to its creator), then the signal goroutine `[select, locked to thread]` cut in `pc=`: runtime machinery only, no suspect
  'consul_16144_hostedtoolcache_starts_in_location_chanrecv_then_select_locked_to_thread_cut.txt': { ids: [14], truncated: true, crash: null, cut: [[14, ['runtime.gopark', 'runtime.selectgo', 'runtime.ensureSigM.func1', 'runtime.goexit']]], first: null, headless: [{lines: '6–14', funcs: ['?', 'runtime.chanrecv1', 'github.com/hashicorp/consul/command.MakeShutdownCh.func1', 'runtime.goexit'], createdBy: 'github.com/hashicorp/consul/command.MakeShutdownCh'}], cutAtStart: true },
  // a SIGSEGV at the agent's start: blamed on `consulConfig`, whole
  'consul_4515_version_banner_sigsegv_agent_start_whole_then_heading.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in agent.(*Agent).consulConfig (agent.go:824)' },
  // journald, 8-space locations behind the prefix: the SIGSEGV blamed on go-immutable-radix's `Next`, the first frame; cut in a path
  'consul_9566_journald_eight_space_locations_go_immutable_radix_sigsegv_cut.txt': { ids: [36], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[36, ['github.com/hashicorp/go-immutable-radix.(*Iterator).Next', 'github.com/hashicorp/go-memdb.(*radixIterator).Next', 'github.com/hashicorp/consul/agent/consul/state.cleanupGatewayWildcards']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in go-immutable-radix.(*Iterator).Next (iter.go:178)' },
  // a log line indented by 4 over Go 1.5's crash (4-space locations): blamed on `syncCheck`; the second paste's crash lines, cut in the signal line, have no goroutine after them: the first dump read, the text cut (cutCrashLines.ts)
  'consul_1773_indented_log_line_signal_0xb_four_space_two_pastes_second_cut.txt': { ids: [52], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in agent.(*localState).syncCheck (local.go:575), created by agent.(*Agent).StartSync' },
  // the excerpt starts at a call (a headless stack up to its creator), then `goroutine 82 [select]` with no blank line above it, cut in its creator: no crash line, no suspect
  'souin_274_trimpath_starts_in_call_no_blank_line_between_goroutines_fp_sp_pc_cut.txt': { ids: [82], truncated: true, crash: null, cut: [[82, ['runtime.gopark', 'runtime.selectgo', 'github.com/traefik/traefik/v2/pkg/provider/acme.(*Provider).Provide.func1', 'github.com/traefik/traefik/v2/pkg/safe.(*Pool).GoCtx.func1', 'github.com/traefik/traefik/v2/pkg/safe.GoWithRecover.func1', 'runtime.goexit']]], first: null, headless: [{lines: '6–11', funcs: ['github.com/traefik/traefik/v2/pkg/safe.GoWithRecover.func1', 'runtime.goexit'], createdBy: 'github.com/traefik/traefik/v2/pkg/safe.GoWithRecover'}], cutAtStart: true },
  // a bracketed syslog host, the excerpt starting at negroni's recovery call: a stack without its header, at its first frame; cut in a name (the cut line skipped)
  'traefik_3545_syslog_bracketed_host_prefix_starts_in_call_negroni_recover_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at middlewares.NegroniRecoverHandler.func1 (recover.go:23)', headless: [{lines: '7–14', funcs: ['github.com/containous/traefik/middlewares.NegroniRecoverHandler.func1', 'github.com/containous/traefik/vendor/github.com/urfave/negroni.HandlerFunc.ServeHTTP', 'github.com/containous/traefik/vendor/github.com/urfave/negroni.middleware.ServeHTTP', 'github.com/containous/traefik/vendor/github.com/urfave/negroni.(*Negroni).ServeHTTP'], createdBy: null}], cutAtStart: true },
  // logrus' `Error in Go routine: …` over the escaped `Stack:` field: the recovered panic blamed under `panic` on paerser's `setSlice`; cut in the field
  'traefik_9256_logrus_error_in_go_routine_then_escaped_debug_stack_field_cut.txt': { ids: [97], truncated: true, crash: 'Error in Go routine: runtime error: slice bounds out of range [2:1]', cut: [[97, ['runtime/debug.Stack', 'github.com/traefik/traefik/v2/pkg/safe.defaultRecoverGoroutine', 'github.com/traefik/traefik/v2/pkg/safe.GoWithRecover.func1.1', 'panic', 'github.com/traefik/paerser/parser.filler.setSlice', 'github.com/traefik/paerser/parser.filler.fill']]], first: '1 goroutine panicked (recovered: Error in Go routine: runtime error: slice bounds out of range [2:1]) in parser.filler.setSlice (element_fill.go:157)' },
  // tailscale's watchdog label over a debug=1 profile aligned with spaces: three records of 24, idle netstack and wireguard loops, no suspect; a record cut in its path: a frame line without its `file:line` column, the dump truncated
  'tailscale_2245_watchdog_stacks_label_debug1_profile_space_aligned_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null },
  // log lines over the watchdog's debug=1 profile: 403 goroutines blocked on one mutex ranked first in magicsock's `LastRecvActivityOfNodeKey`; cut in a name (a frame line without its `file:line` column: truncated)
  'tailscale_11519_log_lines_watchdog_stacks_debug1_tab_aligned_mutex_403_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: '403 goroutines blocked on sync.Mutex.Lock in magicsock.(*Conn).LastRecvActivityOfNodeKey (magicsock.go:748)' },
  // the crash line behind an unknown capitalised prefix whose message ends in a qualified name (`on stack.PacketBuffer`): the crash line, not a stack behind a prefix (prefixedHeadlessStart.ts, prefixedCrashLine.test.ts), blamed on gvisor's `IncRef`; cut in arguments
  'tailscale_5387_synology_raw_stderr_prefix_gvisor_packetbuffer_panic_cut.txt': { ids: [967], truncated: true, crash: 'panic: Incrementing non-positive count 0xc0000e4000 on stack.PacketBuffer', cut: [[967, ['gvisor.dev/gvisor/pkg/tcpip/stack.(*packetBufferRefs).IncRef', 'gvisor.dev/gvisor/pkg/tcpip/transport/udp.(*endpoint).HandlePacket', 'gvisor.dev/gvisor/pkg/tcpip/stack.(*endpointsByNIC).handlePacket']]], first: '1 goroutine crashed (panic: Incrementing non-positive count 0xc0000e4000 on stack.PacketBuffer) in stack.(*packetBufferRefs).IncRef (packet_buffer_refs.go:80)' },
  // klog lines over a race report on darwin whose read is `runtime.racereadrange` (`<autogenerated>:1`) over `testing.tRunner` alone: the program's write first, the read named in tRunner, not in the hook (raceBlame.test.ts); cut in a name
  'koordinator_77_klog_lines_race_read_in_race_hook_test_runner_darwin_cut.txt': { ids: [44, 59], truncated: true, crash: null, cut: [[59, ['github.com/koordinator-sh/koordinator/pkg/koordlet/statesinformer.(*statesInformer).syncKubelet']]], first: '1 goroutine in a data race: previous write of 0x00c0001d2628 in statesinformer.(*statesInformer).syncKubelet (states_informer.go:211)' },
  // Windows, Go 1.17: a nil dereference under `runtime.addOneOpenDeferFrame` with fp/sp/pc, then `runtime: unexpected return pc` and its stack words, cut in a word: no crash line, the goroutine blamed in the closure under `sigpanic`
  'cxgo_52_windows_sigpanic_unexpected_return_pc_stack_words_cut_in_word.txt': { ids: [6], truncated: true, crash: null, cut: [[6, ['runtime.systemstack_switch', 'runtime.addOneOpenDeferFrame', 'panic', 'runtime.panicmem', 'runtime.sigpanic', 'gotrace.findpath.func2']]], first: '1 goroutine crashed (its crash line is not in the text) in gotrace.findpath.func2 (decompose.go:229)' },
  // Go 1.9 under Bazel (`/root/.cache/bazel/…/external/go1_9_linux_amd64/src/…`, `go_default_test` package): a race between a test's read and os/exec's `Start`, cut in a creator's path
  'testinfra_4519_bazel_go19_race_exec_start_cut_in_path.txt': { ids: [58, 15], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c42009fd80 in go_default_test.finishRunningParallel (util.go:276), created by testing.(*T).Run' },
  // journald on a Raspberry Pi (32-bit ARM), `fp= sp= pc=`, the excerpt starting at a call line
  'redigo_632_journald_arm32_fp_sp_pc_chan_receive_headless_start.txt': { ids: [6], truncated: true, crash: null, cut: [[6, ['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1']]], first: null, headless: [{lines: '2–9', funcs: ['runtime.chanrecv1', 'main.monitorDHCPLeases', 'runtime.goexit'], createdBy: 'main.main'}], cutAtStart: true },
  // a log line then a Go 1.3 deadlock; markdown took `*` in `(*RWMutex)` `(*DB)` for emphasis (the first two printed `(_RWMutex)` `(_DB)`), 4-space indent; cut in a path
  'ql_66_markdown_ate_stars_go13_semacquire_deadlock.txt': { ids: [16], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[16, ['sync.runtime_Semacquire', 'sync.(*RWMutex).RLock', 'emdb/ql.(*DB).run1', 'emdb/ql.(*DB).Execute', 'emdb/ql.driverQuery']]], first: '1 goroutine blocked on semacquire in ql.(*DB).run1 (ql.go:1951); all goroutines are asleep (deadlock)' },
  // the Go playground (nacl, Go 1.3) deadlock in a ```` ``` go ```` fence, `sync.runtime_Syncsemacquire`; cut in a call
  'todo_7_playground_nacl_go13_semacquire_cond_cut.txt': { ids: [16], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[16, ['sync.runtime_Syncsemacquire', 'sync.(*Cond).Wait', 'syscall.(*queue).waitRead', 'syscall.(*msgq).read', 'syscall.(*netFile).accept', 'syscall.Accept', 'net.accept', 'net.(*netFD).accept', 'net.(*TCPListener).AcceptTCP', 'net/http.tcp…']]], first: null },
  // a ```` ```Shell ```` fence, the PowerShell prompt `PS>oh-my-posh debug`, a deadlock on a mutex in a user frame; cut in a name
  'ohmyposh_3256_powershell_prompt_mutex_deadlock_cut.txt': { ids: [1], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[1, ['sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'sync.(*RWMutex).Lock', 'oh-my-posh/platform.(*Shell).Pwd', 'oh-my-posh/platform.(*Shell).TemplateCache', 'oh-my-posh/engine.(*Segment).SetEnabled', 'oh-my-posh/engine.(*Block).Debug', 'oh-my-posh/engine.(*Engine).PrintDebug', 'oh-my-posh/cli.glob..func6']]], first: '1 goroutine blocked on semacquire in platform.(*Shell).Pwd (shell.go:334); all goroutines are asleep (deadlock)' },
  // `gotools.exe finddoc` on Windows (`c:/go/go/src` paths), a WaitGroup deadlock, the paste ending in `...` inside the fence
  'gotools_4_windows_exe_prompt_waitgroup_deadlock_ellipsis.txt': { ids: [1], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[1, ['sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'github.com/visualfc/gotools/finddoc.searchDocsInPaths']]], first: '1 goroutine blocked on semacquire in finddoc.searchDocsInPaths; all goroutines are asleep (deadlock)' },
  // `docker version`/`docker info` output, then `/ # ^\SIGQUIT: quit` (the container shell prompt and the Ctrl+\ echo before the signal line), Go 1.6 `PC= m=2`; cut in a call
  'moby_23170_shell_prompt_caret_sigquit_go16_cut.txt': { ids: [0], truncated: true, crash: 'SIGQUIT: quit', cut: [[0, ['runtime.futex']]], first: null },
  // dockerd in the foreground: a logrus `INFO[…]` line, then `^\SIGQUIT: quit` with Go 1.19 `PC= m=0 sigcode=128`, `goroutine 0 [idle]` with `fp= sp= pc=`; cut in a call
  'moby_44791_logrus_info_then_caret_sigquit_go119_g0_cut.txt': { ids: [0], truncated: true, crash: 'SIGQUIT: quit', cut: [[0, ['runtime.futex', 'runtime.futexsleep']]], first: null },
  // Go 1.2 on macOS: log lines, then `runtime: goroutine stack exceeds 1000000000-byte limit` / `fatal error: stack overflow` and only the `runtime stack:` section (4-space indent, `panic.c`, `stack.c`)
  'bosun_7_go12_stack_overflow_runtime_stack_only_after_log.txt': { ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)' },
  // a stack overflow pasted as its `runtime stack:` section alone (Go 1.9), no goroutine
  'netlink_172_stack_overflow_runtime_stack_only.txt': { ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)' },
  // a `-trimpath` stack overflow (`runtime/panic.go:1198`), the runtime's `runtime: sp=… stack=[…]` line between the limit and `fatal error`, only the `runtime stack:` section
  'terraformls_1065_trimpath_stack_overflow_sp_line_runtime_stack.txt': { ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)' },
  // the end of a stack overflow crash (Go 1.23 `gp= m=nil` headers, `fp= sp= pc=`, `runtime.goexit({})`), the excerpt starting at a location line; cut in a name
  'sol_4_go123_gp_m_headers_gc_workers_headless_start.txt': { ids: [38, 39], truncated: true, crash: null, cut: [[39, ['runtime.gopark', 'runtime.gcBgMarkWorker']]], first: null, headless: [{lines: '2–6', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.gcBgMarkStartWorkers'}], cutAtStart: true },
  // the program's own prints, then a stack overflow whose `runtime stack:` heading ends the paste: no frame at all
  'mgo_234_stack_overflow_empty_runtime_stack_after_prints.txt': { ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)' },
  // `go run` then a Go 1.16 stack overflow cut after the first `runtime stack:` frame, the fence closed, the Go version after
  'gocognit_3_go_run_stack_overflow_first_runtime_frame_only.txt': { ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)' },
  // a write/write race, `<autogenerated>:1` frames; cut in a path
  'matrixone_3849_race_write_write_autogenerated_cut.txt': { ids: [120, 121], truncated: true, crash: null, cut: [[121, ['github.com/matrixorigin/matrixone/pkg/frontend.(*MysqlProtocolImpl).writePackets', 'github.com/matrixorigin/matrixone/pkg/frontend.(*MysqlProtocolImpl).sendOKPacket', 'github.com/matrixorigin/matrixone/pkg/frontend.(*MysqlProtocolImpl).SendResponse', 'github.com/matrixorigin/matrixone/pkg/frontend.(*MysqlCmdExecutor).doComQuery']]], first: '1 goroutine in a data race: write of 0x00c00077b5a8 in frontend.(*RoutineManager).Handler (routine_manager.go:104)' },
  // a race report quoted with 4 more spaces on every line (Travis log in a PR comment); cut in a path
  'goby_493_race_indented_four_travis_cut.txt': { ids: [106], truncated: true, crash: null, cut: [[106, ['github.com/goby-lang/goby/vm.(*thread).hasError', 'github.com/goby-lang/goby/vm.(*thread).evalCallFrame', 'github.com/goby-lang/goby/vm.(*thread).startFromTopFrame', 'github.com/goby-lang/goby/vm.(*thread).builtinMethodYield', 'github.com/goby-lang/goby/vm.builtinConcurrentRWLockInstanceMethods.func1.1', 'github.com/goby-lang/goby/vm.(*thread).evalCallFrame', 'github.com/goby-lang/goby/vm.(*thread).startFromTopFrame', 'github.com/goby-lang/goby/vm.(*thread).evalBuiltinMethod', 'github.com/goby-lang/goby/vm.glob..func25']]], first: '1 goroutine in a data race: read of 0x00c420582460 in vm.(*thread).hasError (thread.go:95)' },
  // a race report in `<details>` and `<pre><code>`, no blank line between its sections, a `_test/_obj_test` path without a leading `/`; cut in a path
  'cothority_674_race_pre_code_no_blank_between_sections_cut.txt': { ids: [90, 86], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c4200d4908 in manage.TestPropagate.func1 (propagate_test.go:38), created by sda.(*Overlay).TransmitMsg' },
  // Go 1.24 `panic: test timed out after 30m0s` with its tab-indented `running tests:` list, the runner waiting 29 minutes; cut in a path
  'mimir_11174_test_timeout_go124_running_tests_glog_cut.txt': { ids: [4962, 1, 6], truncated: true, crash: 'panic: test timed out after 30m0s (running TestMultitenantAlertmanager_FirewallShouldBlockHTTPBasedReceiversWhenEnabled/receiver=opsgenie_firewall_enabled=false)', cut: [[6, ['github.com/golang/glog.(*fileSink).flushDaemon']]], first: null },
  // `=== RUN` and `coverage:` lines, a test timeout (Go 1.11), then the paster's `...` and `FAIL\tboscoin.io/sebak/li` (cut)
  'sebak_808_test_timeout_coverage_line_ellipsis_fail.txt': { ids: [143, 1, 156], truncated: false, crash: 'panic: test timed out after 8m0s', cut: [], first: '1 goroutine blocked in select in util.(*BufferPool).drain (buffer_pool.go:206), created by util.NewBufferPool; the test timed out after 8m0s' },
  // JSON log records, then Go's log `2024/05/28 05:48:43 http2: panic serving …: no configuration manager in context` over goroutine 712469 (Go 1.22, `panic({…})` frames, `.deferwrap1`); cut in a path
  'ftl_1587_json_log_lines_http2_panic_serving_go122_cut.txt': { ids: [712469], truncated: true, crash: 'http2: panic serving 127.0.0.6:43935: no configuration manager in context', cut: [[712469, ['golang.org/x/net/http2.(*serverConn).runHandler.func1', 'panic', 'go.opentelemetry.io/otel/sdk/trace.(*recordingSpan).End.deferwrap1', 'go.opentelemetry.io/otel/sdk/trace.(*recordingSpan).End', 'panic']]], first: '1 goroutine panicked (recovered: http2: panic serving 127.0.0.6:43935: no configuration manager in context), cut before the frame that panicked' },
  // a logrus JSON record, then `panic: (*logrus.Entry) (0xc44ba0,0xc0000de540)` (Go ≤ 1.17's value of a panic with a pointer), the last frame's location replaced by the paster's `...`
  'logrus_1010_json_record_then_entry_panic_ellipsis_location.txt': { ids: [44], truncated: false, crash: 'panic: (*logrus.Entry) (0xc44ba0,0xc0000de540)', cut: [], first: '1 goroutine crashed (panic: (*logrus.Entry) (0xc44ba0,0xc0000de540)) in web.(*HttpServer).startService' },
  // two pretty-printed JSON records, the second with a `stack_trace` string: the error, then `func\n\tfile:line` pairs without offsets (a pkg/errors-style trace, no goroutine header), `runtime.gopanic` inside
  'launcher_1535_pretty_json_stack_trace_field_pkg_errors_frames.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in main.runLauncher.func1 (launcher.go:102)', headless: [{lines: '15–15', funcs: ['main.main.func1', 'runtime.gopanic', 'runtime.goPanicIndex', 'main.runLauncher.func1', 'github.com/kolide/launcher/pkg/backoff.WaitFor', 'main.runLauncher', 'main.main', 'runtime.main', 'runtime.goexit'], createdBy: null}], cutAtStart: true },
  // a JSON log record, then `panic: yikes` and goroutine 1 (arm64 pointers `0x1400…`), whole, the fence closed
  'argocd_20924_json_record_then_panic_yikes_arm64_whole.txt': { ids: [1], truncated: false, crash: 'panic: yikes', cut: [], first: '1 goroutine crashed (panic: yikes) in commands.NewCommand.func1 (argocd_server.go:129)' },
  // `go run main.go`, a logfmt line `err="PANIC:…"`, then `panic: … [recovered]` with the second panic indented by 4 spaces, one frame and `...`
  'gokitlog_19_logfmt_line_recovered_panic_four_space_ellipsis.txt': { ids: [1], truncated: false, crash: 'panic: fail retrurn error value [recovered] / panic: fail retrurn error value', cut: [], first: '1 goroutine crashed (panic: fail retrurn error value [recovered] / panic: fail retrurn error value) in log.safeError.func1 (json_logger.go:85)' },
  // one goroutine `[IO wait, 2001 minutes]` from a panicking consul server (Go 1.12), a trimmed `/consul/agent/` path; cut in that path
  'consul_6622_io_wait_2001_minutes_headless_cut.txt': { ids: [95], truncated: true, crash: null, cut: [[95, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Accept', 'net.(*netFD).accept', 'net.(*TCPListener).accept', 'net.(*TCPListener).Accept', 'github.com/miekg/dns.(*Server).serveTCP', 'github.com/miekg/dns.(*Server).ListenAndServe', 'github.com/hashicorp/consul/agent.(*DNSServer).ListenAndServe']]], first: null },
  // a maintainer's prose around one debug=1 record (`1 @ 0x…`, `#       0x…` lines padded with spaces), then the next record cut after `1 @ 0x42d6ec`: a pc not goexit's (the other record ends in 0x45ce61), so cut
  'consul_3700_debug1_record_in_prose_eight_space_hash_lines.txt': { ids: [], truncated: true, crash: null, cut: [], first: null },
  // Go 1.5 `[IO wait, 84 minutes]` in a user's writer, 8-space locations, whole; then the next comment's goroutine `[IO wait]` cut in a name
  'golang_13049_go15_io_wait_84_minutes_then_comment_cut.txt': { ids: [85, 87], truncated: true, crash: null, cut: [[87, ['net.runtime_pollWait', 'net.(*pollDesc).Wai…']]], first: null },
  // `fatal error: concurrent map read and map write` with locations indented by 2 spaces and `fp= sp= pc=` (Go 1.10); cut in a name
  'istio_13545_two_space_locations_fp_sp_concurrent_map_cut.txt': { ids: [1187], truncated: true, crash: 'fatal error: concurrent map read and map write', cut: [[1187, ['runtime.throw', 'runtime.mapaccess2_faststr', 'istio.io/istio/pilot/pkg/proxy/envoy/v2.(*DiscoveryServer).loadAssignmentsForClusterIsolated', 'istio.io/istio/pilot/pkg/proxy/envoy/v2.(*DiscoveryServer).pushEds', 'istio.io/istio/pilot/pkg/proxy/envoy/v2.(*DiscoveryServer).pushConnection']]], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in v2.(*DiscoveryServer).loadAssignmentsForClusterIsolated (eds.go:702)' },
  // a `-trimpath` istiod (`runtime/panic.go:992`, `istio.io/istio/…` locations) with `fp= sp= pc=`, Go 1.18 `?` arguments; cut in a name
  'istio_40097_trimpath_fp_sp_concurrent_map_read_cut.txt': { ids: [179], truncated: true, crash: 'fatal error: concurrent map read and map write', cut: [[179, ['runtime.throw', 'runtime.mapaccess1_faststr', 'istio.io/istio/pilot/pkg/serviceregistry/kube/controller.(*Controller).getPodLocality', 'istio.io/istio/pilot/pkg/serviceregistry/kube/controller.NewEndpointBuilder', 'istio.io/istio/pilot/pkg/serviceregistry/kube/controller.(*PodCache).notifyWorkloadHand…']]], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in controller.(*Controller).getPodLocality (controller.go:882)' },
  // docker's json-file log: every line of the crash a `{"log":"…\n","stream":"stderr","time":"…"}` record, locations indented by 2 spaces inside; cut in a record
  'istio_10868_docker_json_file_log_records_map_iteration_cut.txt': { ids: [2204965], truncated: true, crash: 'fatal error: concurrent map iteration and map write', cut: [[2204965, ['runtime.throw', 'runtime.mapiternext', 'runtime.mapiterinit', 'istio.io/istio/pilot/pkg/proxy/envoy/v2.(*DiscoveryServer).updateClusterInc']]], first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in v2.(*DiscoveryServer).updateClusterInc' },
  // istio's tab-separated log line, then `fatal error: concurrent map writes` (Go 1.10, `fp= sp= pc=`); cut in `sp=`
  'istio_12432_tabbed_zap_line_concurrent_map_writes_fp_sp_cut.txt': { ids: [316], truncated: true, crash: 'fatal error: concurrent map writes', cut: [[316, ['runtime.throw', 'runtime.mapassign', 'istio.io/istio/pilot/pkg/model.findOrMarshalFileBasedMetadataConfig', 'istio.io/istio/pilot/pkg/model.constructgRPCCallCredentials', 'istio.io/istio/pilot/pkg/model.ConstructSdsSecretConfig']]], first: '1 goroutine crashed (fatal error: concurrent map writes) in model.findOrMarshalFileBasedMetadataConfig (authentication.go:281)' },
  // middle dots `···` where a fence was meant, above and below; `fatal error: concurrent map writes` straight above its goroutine (no blank line); `-trimpath` locations indented by 4; whole
  'istio_18664_middle_dot_fences_no_blank_after_crash_four_space_whole.txt': { ids: [169], truncated: false, crash: 'fatal error: concurrent map writes', cut: [], first: '1 goroutine crashed (fatal error: concurrent map writes) in manifest.applyRecursive.func1 (installer.go:246), created by manifest.applyRecursive' },
  // `fatal error: concurrent map writes` twice, then `panic: runtime error: invalid memory address…` and `[signal SIGSEGV…]` over one `-trimpath` goroutine (three goroutines crashed at once; Go printed one), whole
  'istio_27978_two_fatal_errors_then_nil_panic_trimpath.txt': { ids: [1766], truncated: false, crash: 'fatal error: concurrent map writes / panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (fatal error: concurrent map writes / panic: runtime error: invalid memory address or nil pointer dereference) in status.(*DistributionController).writeStatus (state.go:176), created by status.(*DistributionController).writeAllStatus' },
  // a `send on closed channel` panic pasted without its `panic:` line: `panic({…})` the first frame over `runtime.chansend`, `-trimpath` locations with `fp= sp= pc=`, whole
  'vitess_13728_panic_frame_first_no_crash_line_trimpath_fp_sp_whole.txt': { ids: [612856], truncated: false, crash: null, cut: [], first: '1 goroutine crashed (its crash line is not in the text) in onlineddl.(*Executor).cutOverVReplMigration.func7 (executor.go:973), created by onlineddl.(*Executor).cutOverVReplMigration' },
  // `panic: close of closed channel` under the issue template's heading, Go 1.18 `?` arguments; cut in a path
  'tidb_33191_close_of_closed_channel_go118_cut.txt': { ids: [685], truncated: true, crash: 'panic: close of closed channel', cut: [[685, ['github.com/pingcap/tidb/store/mockstore/unistore/cophandler.(*MPPTaskHandler).getAndActiveTunnel', 'github.com/pingcap/tidb/store/mockstore/unistore/cophandler.(*MPPTaskHandler).HandleEstablishConn', 'github.com/pingcap/tidb/store/mockstore/unistore/tikv.(*Server).EstablishMPPConnectionWithStoreID', 'github.com/pingcap/tidb/store/mockstore/unistore.(*RPCClient).handleEstablishMPPConnection', 'github.com/pingcap/tidb/store/mockstore/unistore.(*RPCClient).SendRequest']]], first: '1 goroutine crashed (panic: close of closed channel) in cophandler.(*MPPTaskHandler).getAndActiveTunnel (mpp.go:569)' },
  // tidb's log record `[ERROR] [misc.go:91] ["panic in the recoverable goroutine"] [r="\"send on closed channel\""] ["stack trace"="…"]`: the stack (no header, no offsets) escaped in a field, `runtime.gopanic` then `runtime.chansend`
  'tidb_43152_log_field_stack_trace_escaped_recoverable_goroutine.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in executor.(*indexHashJoinInnerWorker).run (index_lookup_hash_join.go:503)', headless: [{lines: '3–3', funcs: ['github.com/pingcap/tidb/util.WithRecovery.func1', 'runtime.gopanic', 'runtime.chansend', 'runtime.chansend1', 'github.com/pingcap/tidb/executor.(*indexHashJoinInnerWorker).run', 'github.com/pingcap/tidb/executor.(*IndexNestedLoopHashJoin).startWorkers.func2', 'github.com/pingcap/tidb/util.WithRecovery'], createdBy: null}], cutAtStart: true },
  // Go 1.3 goroutines (`netpoll.goc`), locations indented by 2, markdown's emphasis ate the `*` of `(*pollDesc)` (`(_pollDesc)`); cut in a path
  'etcd_910_go13_two_space_markdown_ate_stars_select_cut.txt': { ids: [23, 24], truncated: true, crash: null, cut: [[24, ['github.com/coreos/etcd/third_party/github.com/goraft/raft.(*server).leaderLoop']]], first: null },
  // a quote of another comment inside the fence: prose, then `goroutine 247 [semacquire, 988 minutes]` (Go 1.7); cut in a name
  'cockroach_10206_quoted_prose_in_fence_semacquire_988_minutes_cut.txt': { ids: [247], truncated: true, crash: null, cut: [[247, ['sync.runtime_Semacquire', 'sync.(*Mutex).Lock', 'github.com/cockroachdb/cockroach/pkg/storage.(*Replica).maybeCoalesceHeartbeat', 'github.com/cockroachdb/cockroach/pkg/storage.(*Replica).sendRaftMessage', 'github.com/cockroachdb/cockroach/pkg/storage.(*Replica).handleRaftReadyRaftMuLocked', 'github.com/cockroachdb/cockroach/pkg/storage.(*Replica).handleRaftReady', 'github.com/cockroachdb/cockroach/pkg/storage.(*Store).p…']]], first: '1 goroutine blocked on semacquire for 16 h 28 min in storage.(*Replica).maybeCoalesceHeartbeat (replica.go:2460); blocked over an hour' },
  // goroutine `[semacquire, 47 minutes]` (Go 1.6) with a method value's long `(…)-fm` name; cut in the creator's path
  'cockroach_8784_semacquire_47_minutes_method_value_fm_cut.txt': { ids: [218864], truncated: true, crash: null, cut: [[218864, ['sync.runtime_Semacquire', 'sync.(*Mutex).Lock', 'github.com/cockroachdb/cockroach/storage.(*Store).handleRaftMessage', 'github.com/cockroachdb/cockroach/storage.(*Store).(github.com/cockroachdb/cockroach/storage.handleRaftMessage)-fm', 'github.com/cockroachdb/cockroach/storage.(*RaftTransport).RaftMessage.func1.1.1', 'github.com/cockroachdb/cockroach/storage.(*RaftTransport).RaftMessage.func1.1', 'github.com/cockroachdb/cockroach/util/stop.(*Stopper).RunWorker.func1']]], first: '1 goroutine blocked on semacquire for 47 minutes in storage.(*Store).handleRaftMessage (store.go:2347), created by stop.(*Stopper).RunWorker; blocked long in a small dump' },
  // goroutines from an etcd 3.4.3 `SIGILL` dump (arm64 offsets), one `[select, 13968 minutes]`; cut in a header's stack
  'etcd_12761_sigill_excerpt_select_13968_minutes_cut.txt': { ids: [151, 153, 154, 163, 157], truncated: true, crash: null, cut: [[157, ['go.etcd.io/etcd/mvcc.(*watchableStore).syncWatchersLoop']]], first: null },
  // the middle of a Windows crash dump (`signal arrived during external code execution`, Go 1.24 `-trimpath`, `gp= m=nil` headers, `fp= sp= pc=`) in a ```` ```shell ```` fence, starting at a location line; cut in `sp=`
  'ollama_15170_windows_trimpath_go124_gc_workers_headless_start.txt': { ids: [15, 50], truncated: true, crash: null, cut: [[50, ['runtime.gopark', 'runtime.gcBgMarkWorker', 'runtime.gcBgMarkStartWorkers.gowrap1']]], first: null, headless: [{lines: '2–6', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.gcBgMarkStartWorkers'}], cutAtStart: true },
  // journald with a Chinese month (`4月 03 09:26:34 k8snode1 kubelet[9519]: `), klog's `Observed a panic: …` and HandleCrash's list of bare `file:line` lines (Go 1.12, no functions), the excerpt starting at one; cut in a path
  'kubeadm_1486_journald_cjk_month_handlecrash_location_list_cut.txt': { ids: [], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)', cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in reflector.go:189', headless: [{lines: '4–8', funcs: ['?', '?', '?', '?', '?'], createdBy: null}] },
  // a diagnose log record whose value ends in `profile : goroutine profile: total 58296`, then a debug=1 record of 33,570 goroutines whose `#` lines the paste spaced unevenly (`#  0x`, `#      0x`, `# 0x`, `#0x` glued); cut in a name
  'mosn_1435_log_record_profile_header_debug1_ragged_hash_spacing_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: '33,570 goroutines with the same stack in network.(*connection).Write (connection.go:510)' },
  // a debug=2 dump fetched through net/http/pprof (Go 1.13): the handler's own goroutine 741476862 `[running]` first, then goroutine 1 cut in its bracket (`[semacquire,`)
  'dgraph_4818_pprof_handler_running_then_semacquire_cut_in_header.txt': { ids: [741476862, 1], truncated: true, crash: null, cut: [[1, []]], first: null },
  // `panic:runtime error:invalid memory address…` without the spaces Go prints, then `goroutine 1 [running]:` with no frame: all the reporter pasted
  'manta_46_no_space_after_colon_panic_header_alone.txt': { ids: [1], truncated: true, crash: null, cut: [[1, []]], first: null },
  // Go 1.24's SIGQUIT with `gp= m= mp=` headers and the reporter's `[ ... elided ... ]` between goroutines: a gap, no goroutine lost; cut in `sp=`
  'golang_74045_go124_sigquit_gp_m_headers_elided_gap_between_goroutines_cut.txt': { ids: [0, 39308], truncated: true, crash: 'SIGQUIT: quit', cut: [[39308, ['runtime.gopark']]], first: null },
  // a GitHub Actions log's time before each line, goleak's `Goroutine N in state …` over each goroutine, generic `process[...]`; cut inside the last time, after whole goroutines
  'chanx_12_github_actions_timestamps_goleak_generic_brackets_cut.txt': { ids: [179341, 179778], truncated: true, crash: null, cut: [], first: null },
  // a Windows console's 80 columns wrapping calls and locations (inside a line number, after its colon, inside a file name); cut in the next goroutine's first call
  'golang_15009_windows_d_drive_lines_wrapped_at_80_columns_semacquire.txt': { ids: [6537, 6538], truncated: true, crash: null, cut: [[6538, []]], first: null },
  // logrus' BEGIN banner over goroutines with no blank line between them, `[chan receive, 600 minutes]`; cut in a call's arguments
  'containerd_1724_logrus_begin_dump_no_blank_lines_600_minutes_cut.txt': { ids: [18, 1, 21], truncated: true, crash: null, cut: [[21, ['syscall.Syscall6']]], first: null },
  // `[semacquire, 28 minutes]` under cobra with inlined `(...)` frames, no fence; cut in the next goroutine's first call name
  'dgraph_4750_semacquire_28_minutes_cobra_inlined_cut_in_glog.txt': { ids: [1, 6], truncated: true, crash: null, cut: [[6, []]], first: null },
  // Go 1.5 on ARM, the excerpt starting at a location line of a whole stack (goexit, its creator), then `[select, 3810 minutes]`; cut in `sp=`
  'golang_12138_arm_fp_sp_select_3810_minutes_cut_in_sp.txt': {
    ids: [11], truncated: true, crash: null, cut: [[11, ['runtime.gopark']]], first: null,
    headless: [{lines: '6–22', funcs: ['?', 'runtime.selectgoImpl', 'runtime.selectgo', 'sm/discovery.respondUntilError', 'sm/discovery.RespondBytesOnPort', 'sm/discovery.RespondOnPort',
      'sm/flud/discovery.(*ResponderProtocol).Run.func1', 'runtime.goexit'], createdBy: 'sm/flud/discovery.(*ResponderProtocol).Run'}], cutAtStart: true,
  },
  // a Windows panic (`[signal 0xc0000005 …]`) under `...` and the agent's log line, one goroutine with its creator, whole
  'buildkite_1092_windows_signal_0xc0000005_ellipsis_above_created_by_whole.txt': {
    ids: [104], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in process.(*Process).Done (process.go:268), created by agent.NewJobRunner',
  },
  // journald with no blank line between goroutines, locations after 8 spaces and relative `src/github.com/…` paths; cut in the last line's prefix
  'caddy_1802_journald_no_blank_lines_relative_src_paths_semacquire_cut.txt': {
    ids: [1, 18], truncated: true, crash: null, cut: [[18, ['os/signal.signal_recv', 'os/signal.loop']]], first: null,
  },
  // one debug=1 record of 4,407 goroutines in `sync.(*Mutex).Lock` with its `#` columns padded by spaces, under a comment; cut in a module path
  'caddyratelimit_36_debug1_4407_record_mutex_lock_padded_columns_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: '4,407 goroutines blocked on sync.Mutex.Lock in caddy-ratelimit.(*ringBufferRateLimiter).MaxEvents',
  },
  // RFC 3339 nanosecond times before the rule, `WARNING: DATA RACE` and the write `by main goroutine`; the excerpt ends at a line holding only the time
  'cilium_11836_rfc3339nano_separator_race_main_goroutine_cut_in_prefix.txt': {
    ids: [1], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x000004ec90a0 in node.SetExternalIPv4 (address.go:180)',
  },
  // a Makefile diff and prose above a race report from journalctl (Go 1.9, `by main goroutine`); cut in the creator section's name
  'cilium_2126_diff_above_race_journalctl_goroutine_running_created_at_cut.txt': {
    ids: [11, 1], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c42030e448 in bpf.NewPerCpuEvents (perf.go:428), created by main.(*Monitor).h…',
  },
  // RFC 3339 nanosecond times before every line of a race report (`by main goroutine`, `sync.(*Once).Do`, `runtime.call16`, `reflect.Value.Call`); cut in a call's name
  'cilium_33812_rfc3339nano_race_main_goroutine_once_do_cut.txt': {
    ids: [1], truncated: true, crash: null, cut: [[1, ['github.com/cilium/cilium/pkg/metrics.init.func1.FlushLoggingMetrics.1', 'sync.(*Once).doSlow', 'sync.(*Once).Do', 'github.com/cilium/cilium/pkg/metrics.FlushLoggingMetrics', 'github.com/cilium/cilium/pkg/metrics.init.func1', 'runtime.call16', 'reflect.Value.Call', 'go.uber.org/dig.defaultInvoker']]], first: '1 goroutine in a data race: write of 0x00000908e0d8 in metrics.init.func1.FlushLoggingMetrics.1 (logging_hook.go:29)',
  },
  // the excerpt starts at a race report's first access (`Read at 0x… by goroutine 290:`) behind RFC 3339 nanosecond times, no `WARNING: DATA RACE` above, blank lines carrying the prefix; cut in the last line's time
  'cilium_33899_rfc3339nano_race_without_warning_line_blank_prefixed_lines_cut.txt': {
    ids: [290, 266], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c00029d0f0 in spire.(*Client).Upsert (client.go:194)', cutAtStart: true,
  },
  // a race report with blank lines between its sections, the creator's section through cobra's frames; cut in a name
  'cilium_984_race_blank_lines_between_sections_cobra_creator_cut.txt': {
    ids: [79, 61], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c42044a230 in kvstore.(*ConsulClient).GetWatcher.func1 (consul.go:378), created by kvstore.(*ConsulClient).GetWatcher',
  },
  // a `-trimpath` SIGSEGV in an issue template, locations after 8 spaces; cut in a location's first letter (`        g`) under a call
  'filenrclone_5_eight_space_module_paths_multithread_copy_cut.txt': {
    ids: [841298], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[841298, ['github.com/rclone/rclone/backend/filen.(*chunkWriter).WriteChunk', 'github.com/rclone/rclone/fs/operations.(*multiThreadCopyState).copyChunk', 'github.com/rclone/rclone/fs/operations.multiThreadCopy.func2']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in filen.(*chunkWriter).WriteChunk (filen.go:419)',
  },
  // after `kill -QUIT <PID>`: `PC=… m=0 sigcode=0` without its `SIGQUIT: quit` line, arm64's `goroutine 0 [idle]` alone, whole
  'forego_114_pc_m_sigcode_without_sigquit_line_arm64_idle_g0.txt': {
    ids: [0], truncated: false, crash: null, cut: [], first: null,
  },
  // a `-trimpath` module build (`github.com/rclone/rclone@v1.62.2/…`), Go ≥ 1.18 `?` arguments, `glob..func1.1`; cut in a path
  'gclone_16_module_trimpath_sigsegv_glob_func_cut.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['github.com/rclone/rclone/fs/operations.sizeDiffers', 'github.com/rclone/rclone/fs/operations.equal', 'github.com/rclone/rclone/fs/operations.Equal', 'github.com/rclone/rclone/fs/operations.NeedTransfer', 'github.com/rclone/rclone/fs/operations.moveOrCopyFile', 'github.com/rclone/rclone/fs/operations.CopyFile', 'github.com/l3v11/gclone/cmd/copy.glob..func1.1']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in operations.sizeDiffers (operations.go:146)',
  },
  // a question, then goroutine 1 `[running]` from `log.Panic` without its `panic:` line, whole
  'gfuzz_2_log_panic_goroutine_without_crash_line.txt': {
    ids: [1], truncated: false, crash: null, cut: [], first: '1 goroutine crashed (its crash line is not in the text) in main.parseFlags (flags.go:22)',
  },
  // levelled log lines, then a Go 1.24 Windows panic (`created by … in goroutine 16`, locations after 8 spaces), whole; the tool's version block in another fence
  'gitlabciverify_102_go124_windows_signal_created_in_goroutine_whole_then_version_block.txt': {
    ids: [101], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in checks.ShellScriptCheck.Run.func1 (shellcheck_scripts_check.go:63), created by checks.ShellScriptCheck.Run',
  },
  // a lone backtick, a shell prompt (`❯ go-errorlint ./...`), then a stack overflow with `runtime: sp= stack=[…]` and its `runtime stack:`
  'goerrorlint_19_lone_backtick_prompt_stack_overflow_runtime_stack.txt': {
    ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)',
  },
  // Go 1.6 `fp= sp=` lines from a stack's middle, `[syscall, locked to thread]` in `runtime.cgocall` with a `??:0` location; cut in `sp=`
  'golang_14599_go16_cgocall_unknown_location_syscall_locked_to_thread_headless_cut.txt': {
    ids: [10, 11], truncated: true, crash: null, cut: [[11, ['runtime.gopark', 'runtime.selectgoImpl', 'runtime.selectgo']]], first: null, headless: [{ lines: '2–7', funcs: ['main.(*NfLog).Loop', 'runtime.goexit'], createdBy: 'main.NewNfLog' }], cutAtStart: true,
  },
  // a maintainer's reply quoting `go build`'s `# k8s.io/…` line, a Go 1.26 deadlock and two frames closed by `...`, between fences of source and shell
  'golang_80865_go126_build_package_line_deadlock_frames_then_ellipsis_in_quote.txt': {
    ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [], first: '1 goroutine blocked on semacquire in gcimporter.Import (gcimporter.go:78); all goroutines are asleep (deadlock)',
  },
  // `[IO wait, 20 minutes]` under `net/http.ListenAndServe`, locations after 8 spaces, then `[semacquire]`; cut in an offset (`+`)
  'kyverno_3459_eight_space_io_wait_20_minutes_then_semacquire_cut.txt': {
    ids: [872, 1328253], truncated: true, crash: null, cut: [[1328253, ['sync.runtime_SemacquireMutex']]], first: null,
  },
  // a `-trimpath` dump (Go ≥ 1.21, `created by … in goroutine 1`) starting at a location line, `[sync.Cond.Wait, 3 minutes]`; cut in the creator's name
  'nomad_27432_go121_trimpath_sync_cond_wait_3_minutes_headless_start_cut.txt': {
    ids: [130, 131], truncated: true, crash: null, cut: [[131, ['sync.runtime_notifyListWait', 'sync.(*Cond).Wait', 'github.com/hashicorp/nomad/nomad.(*Worker).maybeWait', 'github.com/hashicorp/nomad/nomad.(*Worker).dequeueEvaluation', 'github.com/hashicorp/nomad/nomad.(*Worker).run']]], first: null, headless: [{ lines: '2–5', funcs: ['github.com/hashicorp/nomad/nomad.(*Worker).run'], createdBy: 'github.com/hashicorp/nomad/nomad.(*Worker).Start' }], cutAtStart: true,
  },
  // journald without a host name (`Jun 15 09:13:09  nomad[35920]: `, two spaces), locations after 8 spaces, the excerpt inside one stack; cut in the last line's time
  'nomad_8163_journald_empty_host_eight_space_locations_headless_io_wait_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at poll.runtime_pollWait (netpoll.go:203)', headless: [{ lines: '2–17', funcs: ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).ReadByte'], createdBy: null }], cutAtStart: true,
  },
  // svlogd's `2017-09-23_01:04:22.59514 ` before every line (locations after 7 spaces), `[runnable]` and `[select]`; the excerpt ends in the next header's first letters after the prefix (`go`): cut there, both goroutines whole
  'prometheus_3210_svlogd_tai_timestamp_prefix_runnable_select_cut.txt': {
    ids: [204, 42862], truncated: true, crash: null, cut: [], first: null,
  },
  // the excerpt starts inside a stack (oklog's `group.(*Group).Run.func1`), then `[select, 32 minutes]` and `[chan receive, 4791 minutes]`; cut in a path
  'prometheus_5622_oklog_group_chan_receive_4791_minutes_headless_start_cut.txt': {
    ids: [157, 158, 159], truncated: true, crash: null, cut: [[159, ['main.main.func17']]], first: null, headless: [{ lines: '2–9', funcs: ['github.com/prometheus/prometheus/scrape.(*Manager).Run', 'main.main.func11', 'github.com/oklog/oklog/pkg/group.(*Group).Run.func1'], createdBy: 'github.com/oklog/oklog/pkg/group.(*Group).Run' }], cutAtStart: true,
  },
  // a Go 1.25 `-trimpath` dump starting at a GC worker's `gowrap1` location, `gp=… m=nil` headers with `fp= sp= pc=`, `[IO wait]`; cut in a call's arguments
  'prometheus_client_golang_1930_go125_gp_m_nil_trimpath_gowrap_headless_start_cut.txt': {
    ids: [419], truncated: true, crash: null, cut: [[419, ['runtime.gopark', 'runtime.netpollblock', 'internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read']]], first: null, headless: [{ lines: '2–7', funcs: ['runtime.gcBgMarkStartWorkers.gowrap1', 'runtime.goexit'], createdBy: 'runtime.gcBgMarkStartWorkers' }], cutAtStart: true,
  },
  // a log line, then `fatal error: concurrent map writes` (Go 1.9, `fp= sp= pc=`); cut in a path
  'rancher_12974_log_line_then_concurrent_map_writes_go19_fp_sp_pc_cut.txt': {
    ids: [5804385], truncated: true, crash: 'fatal error: concurrent map writes', cut: [[5804385, ['runtime.throw', 'runtime.mapassign_faststr', 'github.com/rancher/rancher/pkg/api/store/projectsetter.setProjectID', 'github.com/rancher/rancher/pkg/api/store/projectsetter.(*transformer).stream.func1']]], first: '1 goroutine crashed (fatal error: concurrent map writes) in projectsetter.setProjectID (store.go:101)',
  },
  // `fatal error: concurrent map read and map write`, locations after 4 spaces with `fp= sp= pc=`, `runtime.goexit` and `created by`, whole; a comment after the fence
  'rancher_15168_four_space_fp_sp_pc_concurrent_map_read_goexit_whole_then_comment.txt': {
    ids: [83721], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in rbac.updateStatusAnnotation (namespace_handler.go:397), created by rbac.(*nsLifecycle).Create',
  },
  // log lines with `[INFO] [controller]` fields, then `fatal error: concurrent map read and map write` from a Homebrew Go 1.11 build; cut in a call's arguments
  'rancher_16891_bracketed_level_log_lines_homebrew_go111_concurrent_map_cut.txt': {
    ids: [15667], truncated: true, crash: 'fatal error: concurrent map read and map write', cut: [[15667, ['runtime.throw', 'runtime.mapaccess2_faststr', 'github.com/rancher/rancher/pkg/controllers/user/rbac.updateStatusAnnotation']]], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in rbac.updateStatusAnnotation',
  },
  // the command, three `...` lines, then a SIGSEGV panic with locations after 8 spaces (Travis, gimme's Go 1.8); cut in a call's arguments
  'rclone_1213_travis_eight_space_sigsegv_after_ellipsis_lines_cut.txt': {
    ids: [3304], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[3304, ['github.com/ncw/rclone/fs.(*asyncReader).Read', 'github.com/ncw/rclone/fs.(*Account).read', 'github.com/ncw/rclone/fs.(*Account).Read', 'io.(*multiReader).Read', 'io.copyBuffer']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in fs.(*asyncReader).Read (buffer.go:132)',
  },
  // a markdown code block indented by 4 spaces, the locations under it by tab and spaces mixed, Go 1.6's `panic(0x…)` frame first; cut in a call's arguments
  'rclone_471_four_space_code_block_mixed_tab_space_go16_panic_frame_cut.txt': {
    ids: [37], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[37, ['panic', 'github.com/ncw/rclone/fs.readFilesMap', 'github.com/ncw/rclone/fs.syncCopyMove.func2']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in fs.readFilesMap (operations.go:463)',
  },
  // Go 1.3's crash pasted without its `panic: `: `runtime error: invalid memory address…` right over `[signal 0xb …]`, `runtime.panic` first, locations after 4 spaces; cut in a path
  'rclone_9_go13_runtime_error_without_panic_prefix_signal_0xb_four_space_cut.txt': {
    ids: [55], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[55, ['runtime.panic', 'github.com/ncw/rclone/googlecloudstorage.(*FsObjectStorage).setMetaData', 'github.com/ncw/rclone/googlecloudstorage.(*FsObjectStorage).Update', 'github.com/ncw/rclone/googlecloudstorage.(*FsStorage).Put', 'github.com/ncw/rclone/fs.Copy']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in googlecloudstorage.(*FsObjectStorage).setMetaData (googlecloudstorage.go:423)',
  },
  // a Go 1.12 SIGSEGV whose locations lost their tab (flush left); cut in a call's arguments
  'rclonebrowser_152_flush_left_locations_go112_sigsegv_cut.txt': {
    ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['github.com/rclone/rclone/fs/operations.moveOrCopyFile', 'github.com/rclone/rclone/fs/operations.CopyFile', 'github.com/rclone/rclone/cmd/copy.glob..func1.1', 'github.com/rclone/rclone/cmd.Run', 'github.com/rclone/rclone/cmd/copy.glob..func1', 'github.com/rclone/rclone/vendor/github.com/spf13/cobra.(*Command).execute']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in operations.moveOrCopyFile (operations.go:1640)',
  },
  // `panic: … [recovered]` with the second panic indented by 8 spaces, Go 1.22 under Homebrew (arm64), `go/types`' `handleBailout` over `panic({…})`; cut in a call's arguments
  'recovergoroutine_8_go122_homebrew_recovered_checker_bailout_cut.txt': {
    ids: [33], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[33, ['go/types.(*Checker).handleBailout', 'panic', 'go/types.(*StdSizes).Sizeof', 'go/types.(*Config).sizeof', 'go/types.representableConst.func1', 'go/types.representableConst', 'go/types.(*Checker).representation', 'go/types.(*Checker).implicitTypeAndValue']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in types.(*StdSizes).Sizeof (sizes.go:228)',
  },
  // Go 1.2's `SIGQUIT: quit` / `PC=`, the signalled thread's stack without a goroutine header (`runtime.epollwait` … `runtime.mcall`), then goroutines; cut in a call's arguments
  'remotesyslog2_85_go12_sigquit_headless_m_stack_then_goroutines_cut.txt': {
    ids: [0, 1, 4], truncated: true, crash: 'SIGQUIT: quit', cut: [[4, ['net.runtime_pollWait', 'net.(*pollDesc).Wait', 'net.(*pollDesc).WaitRead', 'net.(*netFD).Read', 'net.(*conn).Read', 'crypto/tls.(*block).readFromUntil']]], first: null,
  },
  // the fault's two lines quoted in the report's words, then syncthing's log with `[[...]]` marks, `Panic at …`, then
  // `fatal error: fault` above `unexpected fault address 0x0` (the other order), Go 1.5 `fp= sp=`; cut in a name. The
  // quoted lines are a dump of their own without goroutines: the crash is the one the goroutines are printed under.
  'syncthing_2678_fatal_error_fault_before_unexpected_fault_address_go15_cut.txt': {
    ids: [71], truncated: true, crash: 'fatal error: fault / unexpected fault address 0x0', cut: [[71, ['runtime.throw', 'runtime.sigpanic']]],
    first: '1 goroutine crashed (fatal error: fault / unexpected fault address 0x0), cut before the frame that crashed',
  },
  // ARM `unexpected fault address` in package init: `[running, locked to thread]`, `runtime: unexpected return pc for … called from 0x…` inside the stack, `created by _rt0_go` last
  'syncthing_412_arm_running_locked_to_thread_unexpected_return_pc_init_created_by_rt0_go.txt': {
    ids: [16], truncated: true, crash: 'unexpected fault address 0x2fe3f8 / fatal error: fault', cut: [[16, ['runtime.throw', 'runtime.sigpanic', 'code.google.com/p/go.text/transform.init', 'github.com/calmh/syncthing/protocol.init', 'github.com/calmh/syncthing/protocol.init']]], first: '1 goroutine crashed (unexpected fault address 0x2fe3f8 / fatal error: fault) in transform.init (transform.go:496), created by _rt0_go',
  },
  // Go 1.4 (Homebrew) `[semacquire]` in `sync.(*Cond).Wait`, locations after 2 spaces; cut in a path
  'terraform_1268_go14_homebrew_two_space_locations_semacquire_cond_wait_cut.txt': {
    ids: [38, 39], truncated: true, crash: null, cut: [[39, ['sync.(*Cond).Wait']]], first: null,
  },
  // Delve's `goroutines` list indented by 2 (`Goroutine N - User: file:line func (0x…)`); cut in a function's name
  'thanos_568_delve_goroutines_list_user_locations_cut.txt': {
    ids: [2892364, 2892365, 2892368, 2892370, 2892371, 2892379, 2892380, 2892383, 2892384, 2892399], truncated: false, crash: null, cut: [[2892399, ['github.com/improbable-eng/thanos/vendor/github.com/prometheus/prome…']]], first: null,
  },
  // a debug=1 profile (`goroutine profile: total 19168`) whose `#` columns are padded with runs of tabs, 9,927 goroutines on `sync.(*Mutex).Lock`; cut in the next record's pcs
  'thanos_6002_debug1_tab_padded_9927_mutex_lock_store_cache_cut.txt': {
    ids: [], truncated: true, crash: null, cut: [], first: '9,927 goroutines blocked on sync.Mutex.Lock in cache.(*InMemoryIndexCache).get (inmemory.go:198)',
  },
  // Go 1.25's `panic: test timed out` with `running tests:`, locations in the module cache's toolchain (`golang.org/toolchain@v0.0.1-go1.25.6…`), `goleak.VerifyTestMain` under `testing.(*M).Run`; cut in a name
  'tikvclientgo_1884_go125_toolchain_paths_goleak_verifytestmain_test_timeout_cut.txt': {
    ids: [99, 1], truncated: true, crash: 'panic: test timed out after 10m0s (running TestBackgroundRunner, TestBackgroundRunner/ScheduleWithTrigger)', cut: [[1, ['testing.(*T).Run', 'testing.runTests.func1', 'testing.tRunner', 'testing.runTests', 'testing.(*M).Run', 'go.uber.org/goleak.VerifyTestMain']]], first: null,
  },
  // a stack overflow's two lines and its `runtime stack:`, no goroutine pasted
  'tinygo_586_stack_overflow_runtime_stack_only_no_goroutine.txt': {
    ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)',
  },
  // docker service logs' `traefik.1.p6y5l5dzf6gu@ns3081162    | ` before every line, the excerpt inside a stack, `[syscall, 4089 minutes]`; cut in a name
  'traefik_2615_swarm_task_prefix_syscall_4089_minutes_headless_cut.txt': {
    ids: [15, 50], truncated: true, crash: null, cut: [[50, ['os/signal.signal_recv']]], first: null, headless: [{ lines: '2–5', funcs: ['github.com/containous/traefik/safe.GoWithRecover.func1'], createdBy: 'github.com/containous/traefik/safe.GoWithRecover' }], cutAtStart: true,
  },
  // logrus lines and `hangup`, then a Go 1.5 stack overflow (`stack1.go`) and its `runtime stack:`, no goroutine
  'tyk_126_logrus_lines_hangup_then_stack_overflow_go15_runtime_stack.txt': {
    ids: [], truncated: true, crash: 'stack overflow: goroutine stack exceeds 1000000000-byte limit', cut: [], first: null, stackSuspect: 'the process crashed (stack overflow: goroutine stack exceeds 1000000000-byte limit)',
  },
  // Pastes found on 2026-12-06 (gitea, podman, buildkit, nomad, k0s, race reports behind svlogd, recovery stacks of `file:line (0x…)`).
  // Gitea's `PANIC:` over its recovery stack of `file:line (0x…)` lines, no frame named: a stack without its header, blamed on its first frame past the runtime's panic frames; cut in a path.
  'gitea_36447_panic_recovery_pc_locations_logger_manager_cut.txt': {
    ids: [],
    truncated: true,
    crash: 'PANIC: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in commit_info.go:21',
    headless: [{ lines: '7–26', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // journalctl's newest-first order with too few dump lines for a header or `created by` to tell it: `main.main`'s neighbour under it is
  // `…/vendor/github.com/urfave/cli/app.go:241`, the directory of the package `(*App).Run` names, never `main`'s own location, so the
  // lines read in reverse (locationOwners.ts; the journal's columns learnt from a location line and the call beside it): `(*App).Run`
  // at `app.go:241` over `main.main` at `main.go:52`, the oldest line a path cut at the copy's start.
  'gitea_4260_journald_reversed_newest_first_systemd_lines_cut.txt': {
    ids: [],
    truncated: false,
    crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at cli.(*App).Run (app.go:241)',
    headless: [{ lines: '2–5', funcs: ['code.gitea.io/gitea/vendor/github.com/urfave/cli.(*App).Run', 'main.main'], createdBy: null }],
    cutAtStart: true,
  },
  // the same recovery stack from a snap build (`/snap/go/10907/src/…`) in prose without a fence; cut in a path.
  'gitea_35095_snap_go_recovery_pc_locations_cut.txt': {
    ids: [],
    truncated: true,
    crash: 'PANIC: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in commit_info.go:21',
    headless: [{ lines: '11–26', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // the router's `HTTPRequest [W] …` line, then `PANIC:`; the last line a `file:line` without the ` (0x…)` every line above carries: cut in its line number.
  'gitea_35188_httprequest_line_then_error_page_panic_pc_locations_cut.txt': {
    ids: [],
    truncated: true,
    crash: 'PANIC: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in commit_info.go:21',
    headless: [{ lines: '9–23', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // recovery locations indented by a tab, the last cut inside its pc's parentheses (`mux.go:314 (0x14e4c1`): the text was cut there.
  'gitea_18940_tab_indented_pc_locations_chi_cut.txt': {
    ids: [],
    truncated: true,
    crash: 'PANIC: runtime error: invalid memory address or nil pointer dereference',
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header panicked in signin.go:35',
    headless: [{ lines: '7–27', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }],
  },
  // only a stack's tail in a fence: a location, then `created by` and its location: a stack without its header, cut at its start.
  'traefik_3576_fence_creator_tail_only.txt': {
    ids: [],
    truncated: false,
    crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at transport.go:957, created by http.(*Transport).getConn',
    headless: [{ lines: '6–8', funcs: ['?'], createdBy: 'net/http.(*Transport).getConn' }],
    cutAtStart: true,
  },
  // a race excerpt from inside its first access's stack (no `WARNING`, no access line: a stack without its header), the previous access `[failed to restore the stack]`; cut in the creator's name.
  'prometheus_4177_race_creator_section_cut_failed_to_restore.txt': {
    ids: [290],
    truncated: true,
    crash: null,
    cut: [],
    first: '1 goroutine in a data race: previous read of 0x00c488886000',
    headless: [{ lines: '7–21', funcs: ['?', 'github.com/prometheus/prometheus/rules.EngineQueryFunc.func1', 'github.com/prometheus/prometheus/rules.(*AlertingRule).Eval', 'github.com/prometheus/prometheus/rules.(*Group).Eval.func1', 'github.com/prometheus/prometheus/rules.(*Group).Eval', 'github.com/prometheus/prometheus/rules.(*Group).run.func1', 'github.com/prometheus/prometheus/rules.(*Group).run', 'github.com/prometheus/prometheus/rules.(*Manager).Update.func1.1'], createdBy: null }],
    cutAtStart: true,
  },
  // a race report cut inside its creator section's header (`Goroutine 67 (running) cre`): cut there.
  'yace_207_race_homebrew_cellar_goroutine_creator_cut.txt': {
    ids: [67, 9],
    truncated: true,
    crash: null,
    cut: [],
    first: '1 goroutine in a data race: read of 0x00c0000be358 in main.main.func3 (main.go:152)',
  },
  // a race inside the runtime's map functions (`+0x0`), blamed on the first frame past them; cut in the creator's name.
  'client_golang_968_race_runtime_map_faststr_initmetrics_cut.txt': {
    ids: [59, 70],
    truncated: true,
    crash: null,
    cut: [],
    first: '1 goroutine in a data race: read of 0x00c000598660 in prometheus.(*Registry).Gather.func1 (registry.go:446)',
  },
  // svlogd's `2018-03-20_18:53:58.62454 ` before each line of a race report's stack, the excerpt starting inside it: a stack without its header; cut in a path.
  'prometheus_3994_svlogd_timestamp_race_stack_headless_cut.txt': {
    ids: [],
    truncated: true,
    crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at prometheus.InstrumentHandlerFuncWithOpts.func1 (http.go:309)',
    headless: [{ lines: '7–15', funcs: ['github.com/prometheus/prometheus/vendor/github.com/prometheus/client_golang/prometheus.InstrumentHandlerFuncWithOpts.func1', 'github.com/prometheus/prometheus/web.(*Handler).testReady.func1', 'github.com/prometheus/prometheus/vendor/github.com/prometheus/common/route.(*Router).handle.func1', 'github.com/prometheus/prometheus/vendor/github.com/julienschmidt/httprouter.(*Router).ServeHTTP', 'github.com/prometheus/prometheus/vendor/github.com/prometheus/common/route.(*Router).ServeHTTP'], createdBy: null }],
    cutAtStart: true,
  },
  // a race whose stack has a method value's `…(github.com/…handleVars)-fm()` frame; cut in a path.
  'cockroach_14931_race_method_value_fm_frame_cut.txt': {
    ids: [277],
    truncated: true,
    crash: null,
    cut: [[277, ['github.com/cockroachdb/cockroach/pkg/util/metric.(*PrometheusExporter).ScrapeRegistry.func1', 'github.com/cockroachdb/cockroach/pkg/util/metric.(*Counter).Inspect', 'github.com/cockroachdb/cockroach/pkg/util/metric.(*PrometheusExporter).ScrapeRegistry', 'github.com/cockroachdb/cockroach/pkg/server/status.(*MetricsRecorder).scrapePrometheus', 'github.com/cockroachdb/cockroach/pkg/server/status.(*MetricsRecorder).PrintAsText', 'github.com/cockroachdb/cockroach/pkg/server.(*statusServer).handleVars', 'github.com/cockroachdb/cockroach/pkg/server.(*statusServer).(github.com/cockroachdb/cockroach/pkg/server.handleVars)-fm', 'net/http.HandlerFunc.ServeHTTP']]],
    first: '1 goroutine in a data race: read of 0x00c420937378 in metric.(*PrometheusExporter).ScrapeRegistry.func1 (prometheus_exporter.go:81)',
  },
  // a Go 1.7 dump from a location line (a stack without its header first), cut in the last goroutine's first name.
  'marathonexporter_8_gimme_go17_headless_start_chan_receive_cut.txt': {
    ids: [99, 119],
    truncated: true,
    crash: null,
    cut: [[119, []]],
    first: null,
    headless: [{ lines: '6–18', funcs: ['?', 'net.(*conn).Read', 'net/http.(*persistConn).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).Peek', 'net/http.(*persistConn).readLoop'], createdBy: 'net/http.(*Transport).dialConn' }],
    cutAtStart: true,
  },
  // svlogd's time before every line of a race report from its banner, the blank line between sections carrying the time alone; cut in a path.
  'prometheus_4067_svlogd_timestamp_race_banner_cut.txt': {
    ids: [635, 110],
    truncated: true,
    crash: null,
    cut: [[110, ['github.com/prometheus/prometheus/scrape.(*scrapePool).reload']]],
    first: '1 goroutine in a data race: read of 0x00c43d222738 in scrape.(*scrapePool).mutateSampleLabels (scrape.go:346)',
  },
  // logrus lines and kubectl's `Handling connection for 8085` above a race report; cut in a name.
  'linkerd2_3859_logrus_info_lines_handling_connection_race_cut.txt': {
    ids: [55],
    truncated: true,
    crash: null,
    cut: [[55, ['github.com/linkerd/linkerd2/web/srv.(*handler).handleAPIStat', 'github.com/linkerd/linkerd2/web/srv.(*handler).handleAPIStat-fm', 'github.com/julienschmidt/httprouter.(*Router).ServeHTTP', 'github.com/linkerd/linkerd2/web/srv.(*Server).ServeHTTP', 'github.com/prometheus/client_golang/prometheus/promhttp.InstrumentHandlerCounter.func1', 'net/http.HandlerFunc.ServeHTTP', 'github.com/prometheus/client_golang/prometheus/promhttp.InstrumentHandlerResponseSize.func1']]],
    first: '1 goroutine in a data race: read of 0x00c00028a298 in srv.(*handler).handleAPIStat (api_handlers.go:140)',
  },
  // an issue form's ```` ```Markdown ```` block, then a race from CI with `runtime.mapdelete_fast64()` at `+0x0` first; cut in a path.
  'matrixone_11953_race_bvt_markdown_env_block_hostedtoolcache_cut.txt': {
    ids: [117468],
    truncated: true,
    crash: null,
    cut: [[117468, ['runtime.mapdelete_fast64', 'github.com/matrixorigin/matrixone/pkg/frontend.(*AccountRoutineManager).deleteRoutine', 'github.com/matrixorigin/matrixone/pkg/frontend.(*RoutineManager).Closed.func2', 'github.com/matrixorigin/matrixone/pkg/frontend.(*Routine).decreaseCount', 'github.com/matrixorigin/matrixone/pkg/frontend.(*RoutineManager).Closed']]],
    first: '1 goroutine in a data race: write of 0x00c0906b2240 in frontend.(*AccountRoutineManager).deleteRoutine (routine_manager.go:94)',
  },
  // a ```` ```bash ```` paste from `[signal SIGSEGV …]` (the panic line left out): the signal is the crash; PIE addresses and `fp= sp= pc=`; cut in a path.
  'podman_21696_bash_fence_signal_line_first_fedora_pie_cut.txt': {
    ids: [1],
    truncated: true,
    crash: 'SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x56420456ad53',
    cut: [[1, ['panic', 'runtime.panicmem', 'runtime.sigpanic', 'github.com/containers/podman/v4/libpod.(*Runtime).hostInfo', 'github.com/containers/podman/v4/libpod.(*Runtime).info', 'github.com/containers/podman/v4/libpod.(*Runtime).Info', 'github.com/containers/podman/v4/pkg/domain/infra/abi.(*ContainerEngine).Info']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation code=0x1 addr=0x30 pc=0x56420456ad53) in libpod.(*Runtime).hostInfo (info.go:129)',
  },
  // a shell prompt, `unexpected fault address` and `fatal error: fault` on arm64, the assembly frame `cmpbody()` past `sigpanic` left for bbolt's; cut in a path.
  'podman_16307_prompt_fault_arm64_cmpbody_bbolt_cut.txt': {
    ids: [1],
    truncated: true,
    crash: 'unexpected fault address 0xffff908984a3 / fatal error: fault',
    cut: [[1, ['runtime.throw', 'runtime.sigpanic', 'cmpbody', 'bytes.Compare', 'github.com/containers/podman/vendor/go.etcd.io/bbolt.(*Cursor).searchPage.func1', 'sort.Search', 'github.com/containers/podman/vendor/go.etcd.io/bbolt.(*Cursor).searchPage']]],
    first: '1 goroutine crashed (unexpected fault address 0xffff908984a3 / fatal error: fault) in bbolt.(*Cursor).searchPage.func1 (cursor.go:296)',
  },
  // a cgo SIGSEGV in an issue form's description, the goroutine cut inside a call's arguments (`(0xc0`), then the form's next headings: cut at that call.
  'podman_23264_issue_form_sigsegv_cgo_cut_in_args_then_form.txt': {
    ids: [35983],
    truncated: true,
    crash: 'SIGSEGV: segmentation violation',
    cut: [[35983, ['runtime.cgocall', 'github.com/containers/podman/vendor/github.com/containers/storage/pkg/idtools._Cfunc_subid_get_uid_ranges', 'github.com/containers/podman/vendor/github.com/containers/storage/pkg/idtools.readSubid.func3']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation) in idtools._Cfunc_subid_get_uid_ranges (_cgo_gotypes.go:123)',
  },
  // a Go 1.21 dump from a location line, GC workers, `[select, locked to thread]`; cut in `fp=`.
  'podman_20766_go121_gc_workers_headless_start_locked_to_thread_cut.txt': {
    ids: [38, 7],
    truncated: true,
    crash: null,
    cut: [[7, ['runtime.gopark', 'runtime.selectgo', 'runtime.ensureSigM.func1']]],
    first: null,
    headless: [{ lines: '6–10', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.gcBgMarkStartWorkers' }],
    cutAtStart: true,
  },
  // `[signal SIGSEGV …]` first with the header right under it, Go 1.21's `_` arguments; cut in an argument.
  'podman_21157_signal_line_glued_header_nil_receiver_push_cut.txt': {
    ids: [1],
    truncated: true,
    crash: 'SIGSEGV: segmentation violation code=0x1 addr=0xc0 pc=0x563620ec6575',
    cut: [[1, ['panic', 'runtime.panicmem', 'runtime.sigpanic', 'github.com/containers/common/libimage.(*Runtime).LookupImage', 'github.com/containers/common/libimage.(*Runtime).Push', 'github.com/containers/podman/v4/pkg/domain/infra/abi.(*ImageEngine).Push', 'github.com/containers/podman/v4/cmd/podman/images.imagePush']]],
    first: '1 goroutine crashed (SIGSEGV: segmentation violation code=0x1 addr=0xc0 pc=0x563620ec6575) in libimage.(*Runtime).LookupImage (runtime.go:282)',
  },
  // a panic in prose, its `-trimpath` locations flush left under each call; cut in an argument.
  'podman_28357_prose_flush_left_trimpath_locations_nil_storage_cut.txt': {
    ids: [1],
    truncated: true,
    crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[1, ['github.com/containers/podman/libpod.(*storageService).UnmountContainerImage', 'github.com/containers/podman/libpod.(*Container).unmount', 'github.com/containers/podman/libpod.(*Container).cleanupStorage', 'github.com/containers/podman/libpod.(*Container).cleanup']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in libpod.(*storageService).UnmountContainerImage (storage.go:235)',
  },
  // a reply quoting a Go 1.13 dump with `> `, from a location line; cut in a path.
  'podman_4203_quoted_reply_eight_space_go113_timerproc_cut.txt': {
    ids: [5, 52],
    truncated: true,
    crash: null,
    cut: [[52, ['runtime.gopark', 'runtime.gcBgMarkWorker', 'runtime.goexit']]],
    first: null,
    headless: [{ lines: '6–8', funcs: ['?'], createdBy: 'runtime.createfing' }],
    cutAtStart: true,
  },
  // a ```` ```sh ```` paste: a prompt and a table above the panic; cut in a path.
  'nomad_10816_sh_fence_table_rows_then_index_panic_cut.txt': {
    ids: [1],
    truncated: true,
    crash: 'panic: runtime error: index out of range [0] with length 0',
    cut: [[1, ['github.com/hashicorp/nomad/command.(*VolumeStatusCommand).listVolumes', 'github.com/hashicorp/nomad/command.(*VolumeStatusCommand).csiStatus', 'github.com/hashicorp/nomad/command.(*VolumeStatusCommand).Run', 'github.com/mitchellh/cli.(*CLI).Run', 'main.RunCustom', 'main.Run']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in command.(*VolumeStatusCommand).listVolumes (volume_status_csi.go:123)',
  },
  // a one-frame panic in a PR's description; the PR description quotes goroutine 1 down to one frame, a fence under it: an excerpt trimmed on purpose, so the dump is not whole
  'cntb_3_pr_description_glob_func_single_frame_whole.txt': {
    ids: [1],
    truncated: true,
    crash: 'panic: runtime error: index out of range [1] with length 1',
    cut: [[1, ['contabo.com/cli/cntb/cmd/roles.glob..func6']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [1] with length 1) in roles.glob..func6 (edit.go:85)',
  },
  // a `~~~` fence, a prompt, Go 1.6's `panic(0x…)` frame first; whole.
  'nomad_1449_tilde_fence_prompt_go16_panic_frame_whole.txt': {
    ids: [1],
    truncated: false,
    crash: 'panic: runtime error: index out of range',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in command.(*SyslogPluginCommand).Run (syslog_plugin.go:31)',
  },
  // a `-trimpath` panic cut in its creator's path: the creator is read, the text cut.
  'nomad_16863_go120_trimpath_network_manager_cut_in_creator_path.txt': {
    ids: [262],
    truncated: true,
    crash: 'panic: runtime error: index out of range [0] with length 0',
    cut: [[262, ['github.com/hashicorp/nomad/client/allocrunner.newNetworkManager', 'github.com/hashicorp/nomad/client/allocrunner.(*allocRunner).initRunnerHooks', 'github.com/hashicorp/nomad/client/allocrunner.NewAllocRunner', 'github.com/hashicorp/nomad/client.(*Client).addAlloc', 'github.com/hashicorp/nomad/client.(*Client).runAllocs', 'github.com/hashicorp/nomad/client.(*Client).run']]],
    first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in allocrunner.newNetworkManager (network_manager_linux.go:93), created by client.NewClient',
  },
  // the header right under `panic:`, `created by … in goroutine 35`, then systemd's exit line: whole.
  'nomad_24441_slice_bounds_arm64_created_in_goroutine_systemd_line_after.txt': {
    ids: [50],
    truncated: false,
    crash: 'panic: runtime error: slice bounds out of range [:12] with capacity 0',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: slice bounds out of range [:12] with capacity 0) in aead.(*Wrapper).Decrypt (aead.go:272), created by nomad.(*Encrypter).AddWrappedKey',
  },
  // `panic: interface conversion: …`, one whole goroutine, prose after.
  'buildkit_3714_interface_conversion_scheduler_whole_then_prose.txt': {
    ids: [28],
    truncated: false,
    crash: 'panic: interface conversion: interface {} is nil, not *solver.edgeRequest',
    cut: [],
    first: '1 goroutine crashed (panic: interface conversion: interface {} is nil, not *solver.edgeRequest) in solver.(*edge).createInputRequests (edge.go:812), created by solver.newScheduler',
  },
  // a whole panic, then logrus records in another fence cut in one: the dump is whole.
  'buildkit_3841_whole_panic_then_logrus_debug_records_cut.txt': {
    ids: [21],
    truncated: false,
    crash: 'panic: interface conversion: interface {} is nil, not *solver.edgeRequest',
    cut: [],
    first: '1 goroutine crashed (panic: interface conversion: interface {} is nil, not *solver.edgeRequest) in solver.debugSchedulerPreUnpark (scheduler.go:377), created by solver.newScheduler',
  },
  // a dump from a call line (a stack without its header), the next header under its creator with no blank line, `[sync.Cond.Wait, 119 minutes]`; cut in a name.
  'earthly_1016_headless_grpc_start_sync_cond_wait_119_minutes_no_blank_cut.txt': {
    ids: [421291],
    truncated: true,
    crash: null,
    cut: [[421291, ['runtime.goparkunlock', 'sync.runtime_notifyListWait', 'sync.(*Cond).Wait', 'github.com/moby/buildkit/util/progress.(*progressReader).Read']]],
    first: null,
    headless: [{ lines: '6–15', funcs: ['github.com/moby/buildkit/api/services/control._Control_Solve_Handler', 'google.golang.org/grpc.(*Server).processUnaryRPC', 'google.golang.org/grpc.(*Server).handleStream', 'google.golang.org/grpc.(*Server).serveStreams.func1.2'], createdBy: 'google.golang.org/grpc.(*Server).serveStreams.func1' }],
    cutAtStart: true,
  },
  // a buildx log in one fence, a panic indented by 2 spaces in the next; cut in an argument.
  'buildkit_5360_two_space_indented_ci_panic_after_build_log_cut.txt': {
    ids: [974],
    truncated: true,
    crash: 'panic: runtime error: invalid memory address or nil pointer dereference',
    cut: [[974, ['github.com/moby/buildkit/solver/llbsolver.recomputeDigests']]],
    first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in llbsolver.recomputeDigests',
  },
  // `2018-07-16T15:00:56Z docker-ce ` before every line, a blank line carrying it alone; whole.
  'moby_37473_rfc3339_host_prefix_buildkit_dispatch_whole.txt': {
    ids: [820],
    truncated: false,
    crash: 'panic: invalid dispatch: return leaving incoming open',
    cut: [],
    first: '1 goroutine crashed (panic: invalid dispatch: return leaving incoming open) in solver.(*scheduler).dispatch (scheduler.go:173), created by solver.newScheduler',
  },
  // docker's RFC 3339 times, calls wrapped inside their arguments with the rest at a line's start without the time (`31c7b80, …`); cut in a path.
  'moby_42414_rfc3339nano_wrapped_args_without_prefix_four_space_cut.txt': {
    ids: [590],
    truncated: true,
    crash: 'panic: failed to get edge',
    cut: [[590, ['github.com/docker/docker/vendor/github.com/moby/buildkit/solver.(*pipeFactory).NewInputRequest', 'github.com/docker/docker/vendor/github.com/moby/buildkit/solver.(*edge).createInputRequests', 'github.com/docker/docker/vendor/github.com/moby/buildkit/solver.(*edge).unpark', 'github.com/docker/docker/vendor/github.com/moby/buildkit/solver.(*scheduler).dispatch']]],
    first: '1 goroutine crashed (panic: failed to get edge) in solver.(*pipeFactory).NewInputRequest (scheduler.go:350)',
  },
  // lines padded with trailing spaces to a terminal's width (a test binary's goroutine 1), then a `[semacquire]` goroutine; cut in the creator's path.
  'buildkit_267_trailing_space_padded_lines_test_main_semacquire_cut.txt': {
    ids: [1, 1389910],
    truncated: true,
    crash: null,
    cut: [[1389910, ['sync.runtime_SemacquireMutex', 'sync.(*Mutex).Lock', 'github.com/moby/buildkit/solver2/solver.(*Scheduler).signal.func1']]],
    first: null,
  },
  // dockerd behind journald with rsyslog's `#011` tabs, the excerpt from a call line: a stack without its header; cut in a path.
  'buildkit_1535_journald_rsyslog_octal_tab_dockerd_headless_cut.txt': {
    ids: [],
    truncated: true,
    crash: null,
    cut: [],
    first: null,
    stackSuspect: 'a stack without its goroutine header, at llbsolver.(*Solver).Status (solver.go:283), created by errgroup.(*Group).Go',
    headless: [{ lines: '6–13', funcs: ['github.com/docker/docker/vendor/github.com/moby/buildkit/solver/llbsolver.(*Solver).Status', 'github.com/docker/docker/vendor/github.com/moby/buildkit/control.(*Controller).Status.func1', 'github.com/docker/docker/vendor/golang.org/x/sync/errgroup.(*Group).Go.func1'], createdBy: 'github.com/docker/docker/vendor/golang.org/x/sync/errgroup.(*Group).Go' }],
    cutAtStart: true,
  },
  // a lone `fatal error: …` in one fence, then the whole log in another: the second is read (the first, a crash line alone, counted as an earlier dump); cut in a name.
  'k9s_582_homebrew_cellar_concurrent_map_read_fp_sp_pc_cut.txt': {
    ids: [1],
    truncated: true,
    crash: 'fatal error: concurrent map read and map write',
    cut: [[1, ['runtime.throw', 'runtime.mapaccess2', 'github.com/derailed/k9s/internal/dao.MetaFor', 'github.com/derailed/k9s/internal/view.(*Browser).Init', 'github.com/derailed/k9s/internal/view.(*LogsExtender).Init…']]],
    first: '1 goroutine crashed (fatal error: concurrent map read and map write) in dao.MetaFor (registry.go:67)',
  },
  // journald, a `[runnable]` goroutine in `type:.eq.…` at `<autogenerated>:1`; cut in the prefix.
  'k0s_4636_journald_runnable_autogenerated_type_eq_trimpath_cut.txt': {
    ids: [3686],
    truncated: true,
    crash: null,
    cut: [[3686, ['type:.eq.k8s.io/apimachinery/pkg/runtime/schema.GroupVersionKind', 'k8s.io/apimachinery/pkg/runtime.(*Scheme).AddKnownTypeWithName', 'k8s.io/apimachinery/pkg/runtime.(*Scheme).AddKnownTypes', 'k8s.io/apimachinery/pkg/runtime.(*Scheme).AddUnversionedTypes', 'k8s.io/apimachinery/pkg/apis/meta/v1.AddToGroupVersion']]],
    first: null,
  },
  // the header written as a `<details>`'s `<summary>goroutine 3459 [running]:</summary>`, the stack in a fence under it (summaryHeader.ts):
  // goroutine 3459 with its three frames, cut in a path.
  'k0s_4532_details_summary_holds_goroutine_header_arm64_cut.txt': {
    ids: [3459],
    truncated: true,
    crash: null,
    cut: [[3459, ['k8s.io/apimachinery/pkg/runtime.(*Scheme).convertToVersion', 'k8s.io/apimachinery/pkg/runtime.(*Scheme).ConvertToVersion', 'k8s.io/apimachinery/pkg/runtime.(*parameterCodec).EncodeParameters']]],
    first: null,
  },
  // a 32-bit ARM dump from a `created by … in goroutine 1` line, long waits in minutes; cut under a call.
  'jetkvm_651_arm32_trimpath_created_in_goroutine_sleep_minutes_cut.txt': {
    ids: [138, 212, 57],
    truncated: true,
    crash: null,
    cut: [[57, ['time.Sleep']]],
    first: null,
    headless: [{ lines: '6–7', funcs: [], createdBy: 'github.com/jetkvm/kvm/internal/network.(*NetworkInterfaceState).Run' }],
    cutAtStart: true,
  },
  // a terminal that wrapped calls inside a hex number (`0xfffffffffffffff` / `f)`): the rest is the call's, its `file:line` under it read; cut in an argument.
  'kubesphere_3469_concurrent_map_writes_args_wrapped_at_terminal_width_cut.txt': {
    ids: [942],
    truncated: true,
    crash: 'fatal error: concurrent map writes',
    cut: [[942, ['runtime.throw', 'runtime.mapassign_faststr', 'kubesphere.io/kubesphere/pkg/models/resources/v1alpha3/node.nodesGetter.annotateNode', 'kubesphere.io/kubesphere/pkg/models/resources/v1alpha3/node.nodesGetter.List', 'kubesphere.io/kubesphere/pkg/models/resources/v1alpha3/node.(*nodesGetter).List', 'kubesphere.io/kubesphere/pkg/models/resources/v1alpha3/resource.(*ResourceGetter).List']]],
    first: '1 goroutine crashed (fatal error: concurrent map writes) in node.nodesGetter.annotateNode (nodes.go:177)',
  },
  // a one-frame panic whose location is a bare file name (`Server.go:870`); whole.
  'gobot2_6_relative_location_no_directory_main_only_whole.txt': {
    ids: [1],
    truncated: false,
    crash: 'panic: runtime error: index out of range',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in main.main (Server.go:870)',
  },
  // a whole `go run` panic, then the same quoted in an e-mail reply with `> `: two dumps, the last read.
  'oniongen_7_go_run_exit_status_then_email_reply_quote.txt': {
    ids: [1],
    truncated: false,
    crash: 'panic: runtime error: index out of range [1] with length 1',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range [1] with length 1) in main.main (main.go:92)',
  },
  // a REPL's `>> original.dedupe()` line above a whole panic.
  'goroutineinspect_1_repl_prompt_line_above_panic_whole.txt': {
    ids: [1],
    truncated: false,
    crash: 'panic: runtime error: index out of range',
    cut: [],
    first: '1 goroutine crashed (panic: runtime error: index out of range) in main.expr (expr.go:117)',
  },
  // a fence from `goroutine 1 [running]:` (the crash line only in the title), whole: no crash to blame.
  'sheerheartattack_19_header_first_no_crash_line_cobra_glob_func_whole.txt': {
    ids: [1],
    truncated: false,
    crash: null,
    cut: [],
    first: null,
  },
  // the same panic in burrow, log15 lines with escaped `\n` in their values; cut in a vendored call's arguments
  'burrow_457_log15_lines_consensus_failure_vendored_panic_cut_in_args.txt': { ids: [33], truncated: true, crash: 'panic: Paniced on a Consensus Failure: +2/3 committed an invalid block: Wrong Block.Header.AppHash.  Expected 2907BF92AFA2B52F558221D8A17032ABACBA641C, got 07B8DA42AAA8334C0D1EB1724ACF94A8960A7494', cut: [[33, ['panic', 'github.com/eris-ltd/eris-db/vendor/github.com/tendermint/go-common.PanicConsensus']]], first: '1 goroutine crashed (panic: Paniced on a Consensus Failure: +2/3 committed an invalid block: Wrong Block.Header.AppHash.  Expected 2907BF92AFA2B52F558221D8A17032ABACBA641C, got 07B8DA42AAA8334C0D1EB1724ACF94A8960A7494) in go-common.PanicConsensus' },
  // Felix's log lines over the crash in a ```` ```shell ```` fence, a receiver argument printed `_`; whole
  'calico_7645_felix_log_lines_underscore_receiver_arg_created_by_whole.txt': { ids: [256], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in ifacemonitor.(*InterfaceMonitor).handleNetlinkRouteUpdate (iface_monitor.go:211), created by linux.(*InternalDataplane).Start' },
  // a Corefile in a `~~~ corefile` fence, the dump in a `~~~` fence; cut in a module-cache path
  'coredns_4184_tilde_fence_corefile_then_dump_cut_in_path.txt': { ids: [55], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[55, ['github.com/coredns/coredns/core/dnsserver.(*Server).ServeDNS', 'github.com/coredns/coredns/core/dnsserver.(*Server).ServePacket.func1', 'github.com/miekg/dns.HandlerFunc.ServeDNS', 'github.com/miekg/dns.(*Server).serveDNS', 'github.com/miekg/dns.(*Server).serveUDPPacket']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in dnsserver.(*Server).ServeDNS (server.go:247)' },
  // a `,` after every line of the dump (crash line, header, calls, locations, creator), arm64 addresses; whole; read as Go printed it, the commas a suffix of every line (panicparse reads no goroutine).
  'coredns_4218_comma_after_every_line_arm64_created_by.txt': { ids: [298130], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in dns.(*EDNS0_PADDING).copy (edns.go:672), created by cache.(*Cache).ServeDNS' },
  // klog lines, HandleCrash's `Observed a panic:` line printed twice, then the header; cut in `logPanic`'s path
  'coredns_5848_klog_observed_a_panic_twice_logpanic_cut_in_path.txt': { ids: [84], truncated: true, crash: 'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)', cut: [[84, ['k8s.io/apimachinery/pkg/util/runtime.logPanic']]], first: '1 goroutine panicked (recovered: Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)), cut before the frame that panicked' },
  // the crash line behind the agent's log prefix (`2015-11-06 … | DEBUG | … : panic: …`), Go 1.3 on Windows (`runtime.panic`, `c:/go/src/pkg/runtime/panic.c`, `bgsweep()`, `runfinq()`); whole
  'ddagent_2060_gohai_windows_go13_runtime_panic_c_frames_whole.txt': { ids: [16, 17, 18, 19], truncated: false, crash: 'panic: runtime error: index out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: index out of range) in windowsutils.WindowsWMICommand (utils.go:57)' },
  // a nil dereference in Felix with its creator, whole; a `docker run` command in the next reply
  'felix_1435_nil_deref_event_sequencer_whole_then_docker_run.txt': { ids: [83], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in calc.(*EventSequencer).flushHostIPUpdates (event_sequencer.go:422), created by calc.(*AsyncCalcGraph).Start' },
  // an excerpt starting at a call (a stack without its header, `/workspace/controllers/…`, controller-runtime in the module cache) up to its `created by`, the closing fence indented by one space; the reply cut after it
  'flux2_2803_headless_controller_runtime_workspace_trimmed_fence_indented_closer.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at controllers.(*KustomizationReconciler).Reconcile (kustomization_controller.go:263), created by controller.(*Controller).Start.func2', headless: [{ lines: '6–17', funcs: ['github.com/fluxcd/kustomize-controller/controllers.(*KustomizationReconciler).Reconcile', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2'], createdBy: 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2' }], cutAtStart: true },
  // a GOPATH main package's panic, four frames; whole, with replies after
  'grmon_8_gopath_main_package_panic_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.ReadRoutines (parse.go:76)' },
  // zap's JSON record with a `stacktrace` field (names and `\n\t` locations without offsets, gimme's GOROOT `/home/travis/.gimme/versions/go1.12.1.linux.amd64/src/`); the record cut inside the field
  // (`…\ngith`): the stack read from the field is cut there, `gith` (no package named) no frame (cutStackField.ts).
  'jaeger_1848_zap_json_stacktrace_field_gimme_goroot_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in app.(*zipkinSpanHandler).SubmitZipkinBatch (thrift_span_handler.go:126)', headless: [{ lines: '8–8', funcs: ['github.com/jaegertracing/jaeger/pkg/recoveryhandler.zapRecoveryWrapper.Println', 'github.com/jaegertracing/jaeger/vendor/github.com/gorilla/handlers.recoveryHandler.log', 'github.com/jaegertracing/jaeger/vendor/github.com/gorilla/handlers.recoveryHandler.ServeHTTP.func1', 'runtime.gopanic', 'runtime.panicindex', 'github.com/jaegertracing/jaeger/cmd/collector/app.(*zipkinSpanHandler).SubmitZipkinBatch', 'github.com/jaegertracing/jaeger/cmd/collector/app/zipkin.(*APIHandler).saveThriftSpans'], createdBy: null, cut: true }], cutAtStart: true },
  // `-trimpath` paths (`internal/poll/fd_poll_runtime.go`), the excerpt starting inside a stack up to its `created by`, then `goroutine 70 [select]:`; cut in a path
  'jaeger_3161_trimpath_mid_dump_admin_server_created_by_cut.txt': { ids: [70], truncated: true, crash: null, cut: [[70, ['github.com/uber/jaeger-client-go/utils.(*reconnectingUDPConn).reconnectLoop']]], first: null, headless: [{ lines: '7–24', funcs: ['internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Accept', 'net.(*netFD).accept', 'net.(*TCPListener).accept', 'net.(*TCPListener).Accept', 'net/http.(*Server).Serve', 'github.com/jaegertracing/jaeger/cmd/flags.(*AdminServer).serveWithListener.func1'], createdBy: 'github.com/jaegertracing/jaeger/cmd/flags.(*AdminServer).serveWithListener' }], cutAtStart: true },
  // an issue form's ```` ```shell ```` block: the crash line right over the header, every `file:line` flush left (the tabs lost); cut after a location without offset
  'jaeger_3885_shell_fence_locations_flush_left_no_tab_cut.txt': { ids: [123], truncated: true, crash: 'panic: runtime error: slice bounds out of range [-6:]', cut: [[123, ['github.com/jaegertracing/jaeger/model.(*Span).MarshalToSizedBuffer', 'github.com/jaegertracing/jaeger/model.(*Span).XXX_Marshal', 'github.com/gogo/protobuf/proto.Marshal', 'github.com/jaegertracing/jaeger/plugin/storage/kafka.(*protobufMarshaller).Marshal']]], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range [-6:]) in model.(*Span).MarshalToSizedBuffer (model.pb.go:1246)' },
  // an excerpt starting at a call, every location with `fp= sp= pc=` (a `concurrent map writes` traceback), no header; cut in a name
  'kustomizecontroller_310_headless_fp_sp_pc_wait_jitter_cut_in_name.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at controllers.(*KustomizationReconciler).Reconcile (kustomization_controller.go:233)', headless: [{ lines: '6–15', funcs: ['github.com/fluxcd/kustomize-controller/controllers.(*KustomizationReconciler).Reconcile', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).reconcileHandler', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func1.2', 'k8s.io/apimachinery/pkg/util/wait.JitterUntilWithContext.func1'], createdBy: null }], cutAtStart: true },
  // the last two frames of a stack and its creator, locations indented by 8 spaces, then version lists and YAML in fences
  'kustomizecontroller_517_headless_eight_spaces_then_versions_and_yaml.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at controller.(*Controller).processNextWorkItem (controller.go:266), created by controller.(*Controller).Start.func2', headless: [{ lines: '6–11', funcs: ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).processNextWorkItem', 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2.2'], createdBy: 'sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Start.func2' }], cutAtStart: true },
  // a library's `panic: number of previous names, … not equal`, inlined frames, 8-space locations; cut in a call's arguments
  'kustomizecontroller_639_kustomize_panic_value_inlined_previds_cut_in_args.txt': { ids: [469], truncated: true, crash: 'panic: number of previous names, number of previous namespaces, number of previous kinds not equal', cut: [[469, ['sigs.k8s.io/kustomize/api/resource.(*Resource).PrevIds', 'sigs.k8s.io/kustomize/api/resource.(*Resource).OrgId', 'sigs.k8s.io/kustomize/api/internal/accumulator.(*nameReferenceTransformer).determineFilters', 'sigs.k8s.io/kustomize/api/internal/accumulator.(*nameReferenceTransformer).Transform', 'sigs.k8s.io/kustomize/api/internal/accumulator.(*ResAccumulator).Transform', 'sigs.k8s.io/kustomize/api/internal/accumulator.(*ResAccumulator).FixBackReferences', 'sigs.k8s.io/kustomize/api/internal/target.(*KustTarget).makeCustomizedResMap']]], first: '1 goroutine crashed (panic: number of previous names, number of previous namespaces, number of previous kinds not equal) in resource.(*Resource).PrevIds (resource.go:431)' },
  // log15 lines (`INFO[01-20|15:52:55] …`), then tendermint's `panic: Paniced on a Consensus Failure: …`; Go 1.7's `panic(…)` frame first; cut in the next name
  'monax_1138_log15_lines_consensus_failure_panic_go17_cut.txt': { ids: [33], truncated: true, crash: 'panic: Paniced on a Consensus Failure: enterPrecommit: +2/3 prevoted for an invalid block: Wrong Block.Header.AppHash.  Expected B9E9A513B59FC0FF44D3E3C35F489EA55C460661, got 6425B68E61D99AA5E483219DAA1EE837F250400C', cut: [[33, ['panic']]], first: '1 goroutine crashed (panic: Paniced on a Consensus Failure: enterPrecommit: +2/3 prevoted for an invalid block: Wrong Block.Header.AppHash.  Expected B9E9A513B59FC0FF44D3E3C35F489EA55C460661, got 6425B68E61D99AA5E483219DAA1EE837F250400C), cut before the frame that panicked' },
  // the opening fence glued to a log line, wireguard's `DEBUG: (myst) …` lines, a Windows exception's `[signal 0xc0000005 code=0x0 …]`, `C:/Users/…` locations indented by 8 spaces; cut in a path
  'mysterium_5770_fence_glued_debug_line_windows_exception_signal_eight_spaces_cut.txt': { ids: [11497548], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[11497548, ['gvisor.dev/gvisor/pkg/tcpip/link/channel.(*Endpoint).InjectInbound', 'github.com/mysteriumnetwork/node/services/wireguard/endpoint/netstack-provider.(*netTun).Write', 'golang.zx2c4.com/wireguard/device.(*Peer).RoutineSequentialReceiver']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in channel.(*Endpoint).InjectInbound (channel.go:194)' },
  // the program's JSON output, then a one-frame panic in `main.main`; whole
  'natest_2_json_output_then_main_panic_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.main (main.go:238)' },
  // an inlined frame `(...)` first under the header, its location without offset; cut in the next name (`github.`)
  'nats_3917_inlined_frame_first_cut_in_name.txt': { ids: [178036893], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[178036893, ['github.com/nats-io/nats-server/v2/server.(*serviceExport).setResponseThresholdTimer']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in server.(*serviceExport).setResponseThresholdTimer (accounts.go:2227)' },
  // a shell session (`[~]$ nats-pub …`, `Segmentation fault: 11`), then `fatal error: unexpected signal during runtime execution` with Go 1.6's runtime stack; cut after a call line (its location missing)
  'natsgo_311_shell_session_segfault_then_fatal_error_runtime_stack_go16_cut.txt': { ids: [], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [], first: null, stackSuspect: 'the process crashed (fatal error: unexpected signal during runtime execution) in runtime.unlock (lock_sema.go:107), as its runtime stack shows' },
  // a TUI in raw mode: the crash line glued after the program's words (`Time to snooze...panic: …`), `[signal SIGSEGV …]` glued after a progress bar, every line after it indented to where the line above ended; whole; the crash is read though its `[signal …]` line stands behind the progress bar (crashBeforeDump.ts).
  'pomodemo_1_progress_bar_glued_crash_line_terminal_staircase_indent.txt': { ids: [11308899], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in v2.(*Program).eventLoop.func2 (tea.go:716), created by v2.(*Program).eventLoop' },
  // Android logcat's `08-02 19:31:14.125  9581     0 E Go      : ` before every line, each location behind `>` instead of a tab, `[running, locked to thread]`, trailing spaces on the crash line; cut in the prefix; read behind logcat's prefix, `>` an indent (panicparse reads no goroutine).
  'rethinkapp_1632_logcat_go_tag_angle_bracket_before_locations_locked_to_thread_cut.txt': { ids: [1489], truncated: true, crash: 'panic: send on closed channel', cut: [[1489, ['github.com/celzero/firestack/intra/ipn.(*wgtun).WriteNotify', 'gvisor.dev/gvisor/pkg/tcpip/link/channel.(*queue).Write', 'gvisor.dev/gvisor/pkg/tcpip/link/channel.(*Endpoint).WritePackets']]], first: '1 goroutine crashed (panic: send on closed channel) in ipn.(*wgtun).WriteNotify (wgproxy.go:634)' },
  // an issue form: `<details>` with a ```` ```console ```` fence, the template's `# paste log here` over the crash; cut in a module version
  'singbox_197_details_console_fence_paste_log_here_comment_cut.txt': { ids: [17690], truncated: true, crash: 'panic: send on closed channel', cut: [[17690, ['github.com/sagernet/sing-box/transport/wireguard.(*wireEndpoint).WritePackets', 'gvisor.dev/gvisor/pkg/tcpip/stack.(*delegatingQueueingDiscipline).WritePacket', 'gvisor.dev/gvisor/pkg/tcpip/stack.(*nic).writeRawPacket']]], first: '1 goroutine crashed (panic: send on closed channel) in wireguard.(*wireEndpoint).WritePackets (device_stack.go:249)' },
  // the excerpt starting at `goroutine 36 [chan receive]:` (no fence), wireguard-go's routines on arm64 (`0x1400024d680`); cut in a path
  'tailscale_4258_mid_dump_wireguard_chan_receive_arm64_cut.txt': { ids: [36, 37, 38, 39], truncated: true, crash: null, cut: [[39, ['golang.zx2c4.com/wireguard/device.(*Device).RoutineHandshake']]], first: null },
  // `runtime: unexpected return pc for runtime.heapBitsSetType called from 0x2f6e…` / `fatal error: unknown caller pc`, the runtime stack with no blank line before `goroutine 1710696 [copystack]:` (`fp= sp=`); cut in a creator's path
  'telegraf_2145_unexpected_return_pc_copystack_fp_sp_cut.txt': { ids: [1710696], truncated: true, crash: 'fatal error: unknown caller pc', cut: [[1710696, ['runtime.heapBitsSetType']]], first: '1 goroutine crashed (fatal error: unknown caller pc) walking a goroutine\'s stack, runtime.heapBitsSetType returns to 0x2f6e6962732f3d5f, in no function (a corrupted stack)' },
  // `panic: runtime error: index out of range` / `fatal error: panic on system stack`, a runtime stack ending in `runtime.mstart()` without offset, then `runtime.systemstack_switch` with `fp= sp=`; cut in a name
  'telegraf_2724_index_out_of_range_panic_on_system_stack_selectgo_cut.txt': { ids: [101], truncated: true, crash: 'panic: runtime error: index out of range / fatal error: panic on system stack', cut: [[101, ['runtime.systemstack_switch', 'runtime.selectgoImpl', 'runtime.selectgo', 'github.com/influxdata/telegraf/agent.(*Agent).flusher.func1']]], first: '1 goroutine crashed (panic: runtime error: index out of range / fatal error: panic on system stack) in runtime.panicindex (panic.go:28) on the system stack' },
  // journald's `Oct 24 19:39:51 testnet telegraf[44045]: ` before every line, the excerpt starting inside a stack (a stack without its header up to its `created by`); cut in the next goroutine's first call's arguments; read behind the journal's prefix (panicparse reads no goroutine).
  'telegraf_3373_journald_hostname_tag_mid_dump_cut.txt': { ids: [83507], truncated: true, crash: null, cut: [[83507, ['os/exec.(*Cmd).Start.func1']]], first: null, headless: [{ lines: '7–18', funcs: ['crypto/tls.(*Conn).Read', 'net/http.(*persistConn).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).Peek', 'net/http.(*persistConn).readLoop'], createdBy: 'net/http.(*Transport).dialConn' }], cutAtStart: true },
  // Go 1.5, the excerpt starting at a `file:line`, `<autogenerated>:126`; cut in a path
  'telegraf_389_go15_mid_dump_autogenerated_126_cut.txt': { ids: [201, 190], truncated: true, crash: null, cut: [[190, ['net.runtime_pollWait', 'net.(*pollDesc).Wait']]], first: null, headless: [{ lines: '6–22', funcs: ['?', 'net.(*netFD).Read', 'net.(*conn).Read', 'net/http.noteEOFReader.Read', 'net/http.(*noteEOFReader).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).Peek', 'net/http.(*persistConn).readLoop'], createdBy: 'net/http.(*Transport).dialConn' }], cutAtStart: true },
  // an issue form, a shell prompt, `runtime: g1: frame.sp=… top=…` / `\tstack=[…] n=3 max=…` / `fatal error: traceback did not unwind completely`; cut in the runtime stack's first name
  'telegraf_8258_armv7_traceback_did_not_unwind_prompt_cut_in_runtime_stack.txt': { ids: [], truncated: true, crash: 'fatal error: traceback did not unwind completely', cut: [], first: null, stackSuspect: 'the process crashed (fatal error: traceback did not unwind completely)' },
  // the opening fence glued to the first log line (```` ```NOTE[12-29|14:17:52] ````), `panic: Paniced on a Sanity Check: …` right over the header, locations indented by 4 spaces; cut in a name
  'tendermint_347_fence_glued_to_log_line_four_space_indent_sanity_panic_cut.txt': { ids: [72], truncated: true, crash: 'panic: Paniced on a Sanity Check: updateToState() expected state height of 20 but found 19', cut: [[72, ['panic', 'github.com/tendermint/tendermint/vendor/github.com/tendermint/go-common.PanicSanity', 'github.com/tendermint/tendermint/consensus.(*ConsensusState).updateToState', 'github.com/tendermint/tendermint/consensus.(*ConsensusState).finalizeCommit', 'github.com/tendermint/tendermint/consensus.(*ConsensusState).tryFinalizeCommit']]], first: '1 goroutine crashed (panic: Paniced on a Sanity Check: updateToState() expected state height of 20 but found 19) in go-common.PanicSanity (errors.go:26)' },
  // a `debug.Stack` dump written as Go comments (`\t// ` before every line, locations not indented behind it); cut in a path; read behind the comment marks (panicparse reads no goroutine).
  'tendermint_3535_go_comment_slashes_debug_stack_vendored_cut.txt': { ids: [2181], truncated: true, crash: null, cut: [[2181, ['runtime/debug.Stack', 'github.com/hyperledger/burrow/vendor/github.com/tendermint/tendermint/libs/db.(*GoLevelDB).Get', 'github.com/hyperledger/burrow/vendor/github.com/tendermint/tendermint/blockchain.(*BlockStore).LoadSeenCommit', 'github.com/hyperledger/burrow/vendor/github.com/tendermint/tendermint/consensus.(*ConsensusState).LoadCommit']]], first: null },
  // one goroutine `[chan send, 1324 minutes]` built with `-trimpath` (`github.com/tendermint/tendermint@v0.34.13/…`), locations indented by 8 spaces; whole, then a `created by` count in the next fence
  'vocdoni_315_trimpath_chan_send_1324_minutes_eight_space_indent.txt': { ids: [1643254], truncated: false, crash: null, cut: [], first: '1 goroutine blocked on chan send for 22 h 4 min in consensus.(*Reactor).Receive (reactor.go:337), created by conn.(*MConnection).OnStart; blocked over an hour' },
  // the excerpt starting at a creator's `file:line`, `created by … in goroutine 1`, locations indented by 8 spaces; cut in a path
  'wireproxy_132_headless_location_first_created_in_goroutine_eight_spaces_cut.txt': { ids: [61, 62, 63], truncated: true, crash: null, cut: [[63, ['golang.zx2c4.com/wireguard/device.(*Device).RoutineHandshake']]], first: null },
  // Fourth batch against panicparse (2026-12-07): loki, argo-workflows, velero, containerd, ollama on Windows, race reports of cosmos chains, arm faults.
  // a go-kit logfmt debug line over the panic, the only call's `file:line` a blank line below it and flush left (the tab turned into a line break: stackBlankLines.ts), without its offset: cut there, its digits kept (the text may stop inside them: the warning says so)
  'loki_5526_debug_logfmt_line_then_panic_location_flush_left_after_blank_cut.txt': { ids: [359], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[359, ['github.com/grafana/loki/pkg/lokifrontend/frontend/v2.(*frontendSchedulerWorker).schedulerLoop']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in v2.(*frontendSchedulerWorker).schedulerLoop (frontend_scheduler_worker.go:314)' },
  // a logfmt line over the panic in a fence, a vendored GCS writer's goroutine up to its creator; whole, a reply after the fence
  'loki_258_fence_vendored_storage_writer_whole_then_dup_reply.txt': { ids: [7396], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in storage.(*Writer).open.func1 (writer.go:120), created by storage.(*Writer).open' },
  // gRPC recovery middleware's `onPanic` printing the crash line with no `[signal …]` line, the header right under it; cut in a name that names its package (`…UnaryServerInterceptor.f`, kept marked)
  'loki_4552_grpc_recovery_handler_no_signal_line_cut_in_name.txt': { ids: [469], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[469, ['github.com/grafana/loki/pkg/util/server.onPanic', 'github.com/grpc-ecosystem/go-grpc-middleware/recovery.WithRecoveryHandler.func1.1', 'github.com/grpc-ecosystem/go-grpc-middleware/recovery.recoverFrom', 'github.com/grpc-ecosystem/go-grpc-middleware/recovery.UnaryServerInterceptor.f…']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in server.onPanic (recovery.go:41)' },
  // a panic pasted as inline code (one backtick), locations indented by 7 spaces, an inlined `(...)` frame; cut in a name that names no function (`github.com/cortexproject/cortex/pkg/`)
  'loki_3959_inline_code_seven_space_locations_runtimeconfig_cut_in_name.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['github.com/cortexproject/cortex/pkg/util/runtimeconfig.(*Manager).GetConfig', 'github.com/grafana/loki/pkg/loki.(*tenantLimitsFromRuntimeConfig).TenantLimits', 'github.com/grafana/loki/pkg/validation.(*Overrides).getOverridesForUser', 'github.com/grafana/loki/pkg/validation.(*Overrides).IngestionRateStrategy', 'github.com/grafana/loki/pkg/distributor.New', 'github.com/grafana/loki/pkg/loki.(*Loki).initDistributor']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in runtimeconfig.(*Manager).GetConfig (manager.go:204)' },
  // a `,` after every line (the blank one too: `,`), arm64 heap pointers (`0x400083aa00`), an inlined `Failure(...)` frame; whole up to the creator (panicparse reads no goroutine)
  'loki_4532_trailing_comma_every_line_arm64_dskit_failure_watcher_whole.txt': { ids: [398], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in services.(*FailureWatcher).WatchManager.func1 (failure_watcher.go:33), created by services.(*Manager).AddListener' },
  // Go 1.20's `fp= sp= pc=` dump starting at the finalizer's last location (a stack without its header up to `created by runtime.createfing`), then GC workers; cut in a call's arguments
  'loki_11410_starts_in_finalizer_location_go120_fp_sp_pc_gc_workers_cut_in_args.txt': { ids: [18, 33, 52], truncated: true, crash: null, cut: [[52, ['runtime.gopark']]], first: null, headless: [{ lines: '7–11', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.createfing' }], cutAtStart: true },
  // a logrus record whose `stack=\"goroutine 300 [running]:` field kept its escaped quotes but lost its `\n` escapes (real line breaks), cut in the first call's name (`runtime/debug.S`), the text's last line: that cut call confirms the header behind `  stack=\"`
  'argoworkflows_6103_escaped_quote_stack_field_real_line_breaks_cut_in_name.txt': { ids: [300], truncated: true, crash: 'runtime error: invalid memory address or nil pointer dereference', cut: [[300, ['runtime/debug.S…']]], first: '1 goroutine panicked (recovered: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked' },
  // logrus' `Recovered from panic` record with the debug.Stack escaped in `stack="…"` (Go 1.16's word arguments), the value in `r=`; blamed under `panic` on the inlined `GetStatus(...)`; cut in a path
  'argoworkflows_7934_logrus_recovered_from_panic_stack_field_go116_args_cut_in_path.txt': { ids: [2737], truncated: true, crash: null, cut: [[2737, ['runtime/debug.Stack', 'github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).operate.func2', 'panic', 'github.com/argoproj/argo-workflows/v3/pkg/apis/workflow/v1alpha1.(*SynchronizationStatus).GetStatus']]], first: '1 goroutine crashed (its crash line is not in the text) in v1alpha1.(*SynchronizationStatus).GetStatus' },
  // the same record from Go 1.18 (`{…}` arguments, `debug.Stack()` without any): blamed on the inlined `GetStatus(...)` under `panic`; cut in a path
  'argoworkflows_8203_logrus_recovered_from_panic_stack_field_go118_elided_args_cut_in_path.txt': { ids: [197], truncated: true, crash: null, cut: [[197, ['runtime/debug.Stack', 'github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).operate.func2', 'panic', 'github.com/argoproj/argo-workflows/v3/pkg/apis/workflow/v1alpha1.(*SynchronizationStatus).GetStatus', 'github.com/argoproj/argo-workflows/v3/workflow/sync.(*Manager).Release']]], first: '1 goroutine crashed (its crash line is not in the text) in v1alpha1.(*SynchronizationStatus).GetStatus (workflow_types.go:3272)' },
  // logrus' `Observed a panic in reconciler: …` record (logrusr), then controller-runtime's re-panic: `[recovered]` and the panic under it; cut in a call's arguments (`{{{0xc0008952f0?`)
  'velero_7712_logrus_observed_panic_in_reconciler_then_recovered_crash_cut_in_args.txt': { ids: [1053], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1053, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'github.com/vmware-tanzu/velero/pkg/controller.(*backupDeletionReconciler).Reconcile']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in controller.(*backupDeletionReconciler).Reconcile' },
  // a Homebrew build's GOPATH (`/private/tmp/velero-20191108-17536-z6ry34/velero-1.2.0/src/…`), `...` closing long argument lists, `reflect.Value.call`; cut in a path
  'velero_2723_homebrew_build_path_reflect_call_cut_in_path.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['github.com/vmware-tanzu/velero/pkg/cmd/util/output.printResticRepo', 'github.com/vmware-tanzu/velero/pkg/cmd/util/output.printResticRepoList', 'reflect.Value.call']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in output.printResticRepo (restic_repo_printer.go:60)' },
  // a pull request's description: the nested panic and every location indented by 2 spaces (the tabs lost), controller-runtime's re-panic; blamed on the inlined `GetName(...)` under `panic`; cut in arguments (`0x`)
  'velero_8563_pr_two_space_indent_recovered_controller_runtime_cut_in_args.txt': { ids: [350], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[350, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'k8s.io/apimachinery/pkg/apis/meta/v1/unstructured.(*Unstructured).GetName', 'github.com/vmware-tanzu/velero/pkg/restore.(*restoreContext).restoreItem']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in unstructured.(*Unstructured).GetName (unstructured.go:251)' },
  // the same re-panic with 8 spaces where the tabs were, `-trimpath`-less module cache paths; blamed on `(*Quantity).ScaledValue`; cut in arguments
  'velero_7874_eight_space_recovered_quantity_scaled_value_cut_in_args.txt': { ids: [415], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[415, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic', 'k8s.io/apimachinery/pkg/api/resource.(*Quantity).ScaledValue', 'k8s.io/apimachinery/pkg/api/resource.(*Quantity).Value', 'github.com/vmware-tanzu/velero/internal/volume.(*RestoreVolumeInfoTracker).Result', 'github.com/vmware-tanzu/velero/pkg/controller.(*restoreReconciler).runValidatedRestore']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in resource.(*Quantity).ScaledValue (quantity.go:768)' },
  // logrus lines, an attachment link, then `panic: runtime error: index out of range [43] with length 30` in compress/flate; cut in a call's arguments (`0x`)
  'velero_5935_logrus_lines_attachment_link_then_index_out_of_range_flate_cut_in_args.txt': { ids: [1756], truncated: true, crash: 'panic: runtime error: index out of range [43] with length 30', cut: [[1756, ['compress/flate.(*huffmanBitWriter).indexTokens', 'compress/flate.(*huffmanBitWriter).writeBlock']]], first: '1 goroutine crashed (panic: runtime error: index out of range [43] with length 30) in flate.(*huffmanBitWriter).indexTokens (huffman_bit_writer.go:551)' },
  // each goroutine flattened onto one line (header, calls, locations and creator joined by spaces), `[select, 1544 minutes]`, `created by … in goroutine 29`; cut in the second's creator (`in gor`)
  'containerd_13692_one_goroutine_a_line_flattened_1544_minutes_cut_in_creator.txt': { ids: [65, 2757], truncated: true, crash: null, cut: [[2757, ['github.com/containerd/containerd/pkg/cri/server.(*criService).createContainerLoggers.func2']]], first: null },
  // journald's prefix, a `/.GOROOT/src/…` GOROOT, `fp= sp= pc=` values the log shortened (`pc=0x55a56`), the excerpt starting at `runtime.goexit()` (a stack without its header, up to its creator); cut in the prefix. The creator's location shortened to `+0` is skipped
  'containerd_4161_journald_dotgoroot_fp_sp_pc_cut_in_prefix.txt': { ids: [18], truncated: true, crash: null, cut: [], first: null, headless: [{ lines: '6–8', funcs: ['runtime.goexit'], createdBy: 'github.com/containerd/containerd/vendor/github.com/golang/glog.init.0' }], cutAtStart: true },
  // Go 1.24 on Windows: `goroutine 51 gp=… m=12 mp=… [running]:`, `C:/hostedtoolcache/windows/go/1.24.0/x64/src/…` locations, `runtime.sigpanic` over `indexbytebody` (assembly) and cgo's `_Cfunc_GoString`; no crash line in the excerpt; cut in arguments
  'ollama_11721_windows_go124_gp_m_mp_header_sigpanic_indexbytebody_cut_in_args.txt': { ids: [51], truncated: true, crash: null, cut: [[51, ['runtime.throw', 'runtime.sigpanic', 'indexbytebody', 'runtime.findnull', 'runtime.gostring', 'github.com/ollama/ollama/ml/backend/ggml._Cfunc_GoString', 'github.com/ollama/ollama/ml/backend/ggml.New', 'github.com/ollama/ollama/ml.NewBackend', 'github.com/ollama/ollama/model.New']]], first: '1 goroutine crashed (its crash line is not in the text) in ggml._Cfunc_GoString (_cgo_gotypes.go:307)' },
  // the excerpt starting at a location (`C:/Users/runneradmin/go/pkg/mod/github.com/spf13/cobra@v1.7.0/command.go:940`): the main goroutine's stack without its header, then `goroutine 2 gp=… m=nil [force gc (idle)]:`; cut in a path
  'ollama_11447_windows_starts_in_cobra_location_force_gc_idle_go124_cut_in_path.txt': { ids: [2], truncated: true, crash: null, cut: [[2, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.forcegchelper']]], first: null, headless: [{ lines: '7–19', funcs: ['?', 'github.com/spf13/cobra.(*Command).ExecuteC', 'github.com/spf13/cobra.(*Command).Execute', 'github.com/spf13/cobra.(*Command).ExecuteContext', 'main.main', 'runtime.main', 'runtime.goexit'], createdBy: null }], cutAtStart: true },
  // the same shape, cut in the last location's pc (`pc=0x7ff6765bdb`, which the same `asm_amd64.s:1700 +0x1` printed as `0x7ff6765bdb01` a goroutine before): fewer digits than every other frame's pc, so cut there
  'ollama_11598_windows_starts_in_cobra_location_force_gc_idle_cut_in_offset.txt': { ids: [2], truncated: true, crash: null, cut: [[2, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.forcegchelper', 'runtime.goexit']]], first: null, headless: [{ lines: '7–17', funcs: ['?', 'github.com/spf13/cobra.(*Command).Execute', 'github.com/spf13/cobra.(*Command).ExecuteContext', 'main.main', 'runtime.main', 'runtime.goexit'], createdBy: null }], cutAtStart: true },
  // `C:/Program Files/Go/src/…` GOROOT (a space in every path) behind 8 spaces, Go 1.22's `gp= m=nil` headers, the excerpt starting at a location; cut in a path after its space (`C:/Program Files/Go`), which is said as skipped too
  'ollama_2573_windows_program_files_go_eight_spaces_starts_in_location_cut_in_path.txt': { ids: [2, 3], truncated: true, crash: null, cut: [[3, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.bgsweep', 'runtime.gcenable.gowrap1']]], first: null, headless: [{ lines: '7–8', funcs: ['runtime.goexit'], createdBy: null }], cutAtStart: true },
  // `-trimpath` locations (`runtime/proc.go:402`), three `gp=… m=nil [GC worker (idle)]` goroutines of one stack; cut in the next header's id (`goroutine 2`)
  'ollama_4260_trimpath_gc_workers_gp_m_nil_go122_cut_in_header.txt': { ids: [5, 19, 6], truncated: true, crash: null, cut: [], first: null },
  // the 11721 shape from another user (`goroutine 12 gp=… m=9 mp=…`): blamed on cgo's `_Cfunc_GoString` under the fault; cut in a name that names no function (`github.com/`)
  'ollama_11359_windows_go124_gp_m_mp_header_cgo_gostring_cut_in_name.txt': { ids: [12], truncated: true, crash: null, cut: [[12, ['runtime.throw', 'runtime.sigpanic', 'indexbytebody', 'runtime.findnull', 'runtime.gostring', 'github.com/ollama/ollama/ml/backend/ggml._Cfunc_GoString', 'github.com/ollama/ollama/ml/backend/ggml.New', 'github.com/ollama/ollama/ml.NewBackend']]], first: '1 goroutine crashed (its crash line is not in the text) in ggml._Cfunc_GoString (_cgo_gotypes.go:299)' },
  // `-trimpath` module paths (`github.com/spf13/cobra@v1.7.0/command.go`) behind 8 spaces, PIE addresses (`pc=0x55bae69ea4fe`), the excerpt starting at a location; cut in arguments
  'ollama_5073_linux_trimpath_eight_spaces_starts_in_location_cobra_cut_in_args.txt': { ids: [2], truncated: true, crash: null, cut: [[2, ['runtime.gopark']]], first: null, headless: [{ lines: '7–23', funcs: ['?', 'github.com/ollama/ollama/cmd.RunServer', 'github.com/spf13/cobra.(*Command).execute', 'github.com/spf13/cobra.(*Command).ExecuteC', 'github.com/spf13/cobra.(*Command).Execute', 'github.com/spf13/cobra.(*Command).ExecuteContext', 'main.main', 'runtime.main', 'runtime.goexit'], createdBy: null }], cutAtStart: true },
  // three `[GC worker (idle)]` goroutines (`gp=… m=nil`, `created by runtime.gcBgMarkStartWorkers in goroutine 1`); cut in the next header's `gp=` (`goroutine 7 gp=0xc0001dd34`): no goroutine counted for it
  'ollama_4776_trimpath_gc_workers_idle_pcs_go122_cut_in_header.txt': { ids: [6, 18, 34], truncated: true, crash: null, cut: [], first: null },
  // the excerpt starting at a location under 8 spaces (the force-gc goroutine's tail up to `created by runtime.init.7 in goroutine 1`), then `[GC sweep wait]`; cut in the creator's path
  'ollama_11671_windows_eight_spaces_starts_in_location_gc_sweep_wait_cut_in_path.txt': { ids: [3], truncated: true, crash: null, cut: [[3, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.bgsweep', 'runtime.gcenable.gowrap1', 'runtime.goexit']]], first: null, headless: [{ lines: '8–13', funcs: ['runtime.forcegchelper', 'runtime.goexit'], createdBy: 'runtime.init.7' }], cutAtStart: true },
  // a race report under Azure DevOps' GOPATH (`/home/vsts/work/1/s/gopath/…`), a blank line inside the second access's stack where the paster left frames out; cut in a path. The frames after that blank line (gin's handlers, no section header over them) are that access's: it is cut in the last one's path
  'blockatlas_769_race_gopath_under_vsts_blank_line_inside_previous_write_stack_cut_in_path.txt': { ids: [474, 473], truncated: true, crash: null, cut: [[473, ['github.com/trustwallet/blockatlas/platform/cosmos.(*Platform).GetTxsByAddress.func1', 'github.com/gin-gonic/gin.(*Context).Next', 'github.com/gin-gonic/gin.LoggerWithConfig.func1', 'github.com/gin-gonic/gin.(*Context).Next', 'github.com/gin-gonic/gin.(*Engine).handleHTTPRequest', 'github.com/gin-gonic/gin.(*Engine).ServeHTTP', 'net/http.serverHandler.ServeHTTP', 'net/http.(*conn).serve']]], first: '1 goroutine in a data race: read of 0x00c0015b3620 in cosmos.(*Platform).GetTxsByAddress.func1 (api.go:59)' },
  // a race report's first access only (vendored cosmos-sdk and tendermint under GOPATH), an `<autogenerated>:1` frame; cut after a name
  'cosmossdk_10997_race_vendored_autogenerated_frame_write_only_cut_in_name.txt': { ids: [125], truncated: true, crash: null, cut: [[125, ['github.com/cosmos/cosmos-sdk/baseapp.(*BaseApp).BeginBlock', 'github.com/ovrclk/akash/app.(*AkashApp).BeginBlock', 'github.com/tendermint/tendermint/abci/client.(*localClient).BeginBlockSync', 'github.com/tendermint/tendermint/proxy.(*appConnConsensus).BeginBlockSync', 'github.com/tendermint/tendermint/state.execBlockOnProxyApp', 'github.com/tendermint/tendermint/state.(*BlockExecutor).ApplyBlock', 'github.com/tendermint/tendermint/consensus.(*State).finalizeCommit']]], first: '1 goroutine in a data race: write of 0x00c002a6cb50 in baseapp.(*BaseApp).BeginBlock (abci.go:187)' },
  // docker compose's `zetacore0  | ` before every line of a race report, the separator above it unprefixed; cut in a path
  'zetachain_1486_compose_service_prefix_race_write_autogenerated_cut_in_path.txt': { ids: [213], truncated: true, crash: null, cut: [[213, ['github.com/cosmos/cosmos-sdk/baseapp.(*BaseApp).BeginBlock', 'github.com/zeta-chain/zetacore/app.(*App).BeginBlock', 'github.com/tendermint/tendermint/abci/client.(*localClient).BeginBlockSync', 'github.com/tendermint/tendermint/proxy.(*appConnConsensus).BeginBlockSync', 'github.com/tendermint/tendermint/state.execBlockOnProxyApp', 'github.com/tendermint/tendermint/state.(*BlockExecutor).ApplyBlock']]], first: '1 goroutine in a data race: write of 0x00c00318e2d0 in baseapp.(*BaseApp).BeginBlock (abci.go:177)' },
  // a `-trimpath` race build (`github.com/tendermint/tendermint@v0.34.26/…`), `runtime.racereadrange()` at `<autogenerated>:1` first in the previous access; cut in a path
  'cometbft_487_race_trimpath_module_paths_racereadrange_autogenerated_cut_in_path.txt': { ids: [67, 70], truncated: true, crash: null, cut: [[70, ['runtime.racereadrange', 'github.com/tendermint/tendermint/consensus.(*Reactor).updateRoundStateRoutine', 'github.com/tendermint/tendermint/consensus.(*Reactor).OnStart.func2']]], first: '1 goroutine in a data race: write of 0x00c00029d9c8 in consensus.(*State).reconstructLastCommit (state.go:577)' },
  // a GitHub Actions log copied with its line numbers as markdown links, each on a line of its own (`[153](https://github.com/…#step:6:153)`) between the race report's lines: read through them; the text ends inside such a link (`[158](https://github.com`), right under the access's last frame: cut there
  'finschia_514_actions_log_line_number_links_between_race_lines_cut.txt': { ids: [120], truncated: true, crash: null, cut: [[120, ['github.com/line/lbm-sdk/baseapp.(*BaseApp).BeginBlock', 'github.com/line/lbm-sdk/simapp.(*SimApp).BeginBlock']]], first: '1 goroutine in a data race: write of 0x00c0030d7690 in baseapp.(*BaseApp).BeginBlock (abci.go:195)' },
  // make's `--> Running tests in race mode` and the `go test -race` line over a race report's first access; cut in a path
  'celestiaapp_1369_make_echo_go_test_race_line_then_write_cut_in_path.txt': { ids: [189], truncated: true, crash: null, cut: [[189, ['github.com/cosmos/cosmos-sdk/baseapp.(*BaseApp).BeginBlock', 'github.com/celestiaorg/celestia-app/app.(*App).BeginBlock', 'github.com/tendermint/tendermint/abci/client.(*localClient).BeginBlockSync', 'github.com/tendermint/tendermint/proxy.(*appConnConsensus).BeginBlockSync', 'github.com/tendermint/tendermint/state.execBlockOnProxyApp', 'github.com/tendermint/tendermint/state.(*BlockExecutor).ApplyBlock', 'github.com/tendermint/tendermint/consensus.(*State).finalizeCommit']]], first: '1 goroutine in a data race: write of 0x00c001424b10 in baseapp.(*BaseApp).BeginBlock (abci.go:177)' },
  // a fault's three crash lines pasted alone, the paster's code (`fsPin.Input()`) under them (no crashed stack: a call after the paster's words), then another user's dump of the same fault on arm (32-bit pointers), locations behind `.../vendor/…`, a pc wrapped before its `x` (`pc=0` / `xb15a4`): two dumps, the last read, its crash its own; goroutine 1 stops at `Pin.Output(...)` above main.main, the fence under it: an excerpt trimmed on purpose, the dump not whole
  'gorpio_90_arm_fault_ellipsis_vendor_paths_pc_wrapped_before_x.txt': { ids: [1], truncated: true, crash: 'unexpected fault address 0xae8ac000 / fatal error: fault', cut: [[1, ['runtime.throw', 'runtime.sigpanic', 'github.com/stianeikeland/go-rpio/v4.PinMode', 'github.com/stianeikeland/go-rpio/v4.Pin.Output']]], first: '1 goroutine crashed (unexpected fault address 0xae8ac000 / fatal error: fault) in v4.PinMode (rpio.go:378)' },
  // `fatal error: unexpected signal` on arm64 (`/usr/lib/go-1.14/src/…`), a runtime stack, then `[syscall, locked to thread]` in a cgo GTK dialog; blamed on `_Cfunc_gtk_dialog_run`; cut in a module path
  'ikemen_184_arm64_unexpected_signal_runtime_stack_cgo_gtk_locked_to_thread_cut_in_path.txt': { ids: [1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [[1, ['runtime.cgocall', 'github.com/sqweek/dialog._Cfunc_gtk_dialog_run', 'github.com/sqweek/dialog.runMsgDlg.func4', 'github.com/sqweek/dialog.runMsgDlg', 'github.com/sqweek/dialog.(*MsgBuilder).error', 'github.com/sqweek/dialog.(*MsgBuilder).Error']]], first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in dialog._Cfunc_gtk_dialog_run (_cgo_gotypes.go:229)' },
  // the excerpt starting at `runtime stack:` with `runtime: unexpected return pc for runtime.sigpanic called from 0x7fff2050bc9e` and the stack's words (darwin addresses); cut in a word's address (`0x00007`): no frame, no crash line
  'golang_49992_darwin_runtime_stack_unexpected_return_pc_sigpanic_hexdump_cut.txt': { ids: [], truncated: true, crash: null, cut: [], first: null },
  // Go 1.4 on Windows/386 (`runtime.gothrow`, `c:/go/src/…`, `fp= sp=` without `pc=`), `fatal error: G waiting list is corrupted!` under `make` output; an 80-column console wrapped a call's arguments and two `fp=` values onto the next line; `os/signal.initﾂｷ1` (the middle dot read as Shift-JIS); cut in a header's first word (`goroutin`)
  'nyagos_76_windows_386_go14_gothrow_80_column_wrapped_cut_in_header.txt': { ids: [1, 5], truncated: true, crash: 'fatal error: G waiting list is corrupted!', cut: [], first: '1 goroutine crashed (fatal error: G waiting list is corrupted!) in interpreter.(*Interpreter).Interpret (interpreter.go:249)' },
  // Go 1.19 on Windows (`C:/dev/go/src/…`, `fp= sp= pc=`), the excerpt starting at `main.main`'s location; cut in a creator's name (`created by runti`)
  'sneller_2_windows_go119_starts_in_location_cut_in_creator_name.txt': { ids: [2, 3], truncated: true, crash: null, cut: [[3, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.bgsweep', 'runtime.gcenable.func1', 'runtime.goexit']]], first: null, headless: [{ lines: '6–10', funcs: ['?', 'runtime.main', 'runtime.goexit'], createdBy: null }], cutAtStart: true },
  // Go 1.14 on Windows (`C:/Go/src/…`), the excerpt starting at a location inside the netpoller's stack (no header, the crash line only in the title); cut after `sp=`, before the `pc=` Go prints
  'gowindowsterminalsequences_4_windows_go114_starts_in_location_cut_before_pc.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at netpoll.go:419', headless: [{ lines: '6–20', funcs: ['?', 'internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*ioSrv).ExecIO', 'internal/poll.(*FD).acceptOne', 'internal/poll.(*FD).Accept', 'net.(*netFD).accept', 'net.(*TCPListener).accept'], createdBy: null }], cutAtStart: true },
  // `=== RUN` over a race report of Go ≤ 1.6 (`Read by goroutine 11:`, no address), GOPATH-less `_/home/…` packages, `runtime.mapassign1` at `+0x0`; cut in the path of the second creator section's first frame
  'metrictank_216_race_go16_no_address_cut_in_creator_path.txt': { ids: [11, 14], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read in usage.assertLen (usage_test.go:76), created by testing.RunTests' },
  // Go 1.2 (`runtime.panic` at `panic.c:266`) in a ```` ``` go ```` fence, 8-space locations, one goroutine with its creator; whole
  'sshchat_73_go12_panic_c_runtime_panic_whole.txt': { ids: [2535], truncated: false, crash: 'panic: runtime error: send on closed channel', cut: [], first: '1 goroutine crashed (panic: runtime error: send on closed channel) in main.(*Server).Privmsg (server.go:129), created by main.(*Client).handleChannels' },
  // a pre-Go 1 (2011, r59) traceback: each frame a `name+0xoff /path/file.c:line` line over its call indented by 4, `github%2ecom/…` and `*Conn·Raw` names, `----- goroutine created by -----` over the creator, a six-backtick fence. Read as Go 1 prints the same (preGo1Traceback.ts): each call at its own location, the creator under the dashes (its line carries the fence glued), whole
  'goirc_6_go_r59_name_offset_location_above_call_created_by_banner.txt': { ids: [0], truncated: false, crash: 'panic: runtime error: send on closed channel', cut: [], first: '1 goroutine crashed (panic: runtime error: send on closed channel) in client.*Conn·Raw (commands.go:14), created by client.*Conn·dispatchEvent' },
  // goirc_6's pre-Go 1 format (2011, 6g/6l) in another user's paste: shell commands, `panic: runtime error: index out of range`, the crashed goroutine without a header, then `goroutine 2 [1]:` and `goroutine 1 [1]:` (a number for the state), each frame a `name+0xoff /path/file.c:line` line over its call indented by a tab, `----- goroutine created by -----` over each creator; whole. Read as Go 1 prints the same (preGo1Traceback.ts): each call at its own location, the creators, the numbered status `runnable`
  'ubuntuforums_base64_go_r59_name_offset_location_above_call_three_goroutines_whole.txt': { ids: [0, 2, 1], truncated: false, crash: 'panic: runtime error: index out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: index out of range) in main.printout (base64.go:57), created by main.main' },
  // Go 1.2 unfenced (`panic.c:266`), goroutine 4603319, a closure named `func·003`, 4-space locations; whole
  'streamtools_368_go12_func_dot_closure_seven_digit_id_whole.txt': { ids: [4603319], truncated: false, crash: 'panic: runtime error: send on closed channel', cut: [], first: '1 goroutine crashed (panic: runtime error: send on closed channel) in server.func·003 (api.go:350), created by server.(*Server).serveUIStream' },
  // Macaron's recovery: `[Macaron] PANIC: send on closed channel` over `file:line (0x…)` lines only (no names), in a four-backtick fence with a three-backtick line inside
  'snmpcollector_69_macaron_panic_pc_location_lines_whole.txt': { ids: [], truncated: false, crash: 'PANIC: send on closed channel', cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in main.go:339', headless: [{ lines: '7–14', funcs: ['?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }] },
  // Go ≥ 1.21 on darwin/arm64 (`0x14000559666?`), a struct argument `{{…}, …}`, `created by … in goroutine 291`; whole
  'stunmeshgo_120_darwin_arm64_created_by_in_goroutine_whole.txt': { ids: [308], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in stun.(*Stun).Start.func1.1 (stun_darwinbsd.go:166), created by stun.(*Stun).Start.func1' },
  // Go 1.12 (`internal/poll`), an excerpt of one `[IO wait]` goroutine unfenced; cut in the next call's first letter (`n`)
  'sparkoperator_1570_go112_io_wait_starts_at_header_cut_in_name.txt': { ids: [1075], truncated: true, crash: null, cut: [[1075, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'net/http.(*connReader).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).ReadSlice', 'bufio.(*Reader).ReadLine']]], first: null },
  // Go 1.17's `{…}` arguments, `/var/vendor/…` locations, one `[IO wait]` goroutine whole, then a comment in Chinese cut short
  'funnylink_80_go117_vendor_paths_whole_then_comment.txt': { ids: [21498], truncated: false, crash: null, cut: [], first: null },
  // `[IO wait, 1 minutes]`, module paths (`/go/pkg/mod/github.com/256dpi/gomqtt@v0.14.4/…`); cut in a path (`/go/pkg/mod/github.`)
  'gomqtt_28_io_wait_one_minute_module_paths_cut_in_path.txt': { ids: [17904], truncated: true, crash: null, cut: [[17904, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).Peek', 'github.com/256dpi/gomqtt/packet.(*Decoder).Read', 'github.com/256dpi/gomqtt/transport.(*BaseConn).Receive', 'github.com/256dpi/gomqtt/broker.(*Client).processor']]], first: null },
  // Go 1.2 (`netpoll.goc`, `/usr/lib/golang/src/pkg/…`), every `(*T)` rendered `(_T)` by markdown, a terminal's wrap inside a call's arguments (`0x` then a run of spaces and `5,`); cut in a path
  'megacmd_61_go12_markdown_stars_as_underscores_wrapped_args_cut_in_path.txt': { ids: [101, 32], truncated: true, crash: null, cut: [[32, ['net.runtime_pollWait', 'net.(*pollDesc).Wait', 'net.(*pollDesc).WaitRead', 'net.(*netFD).Read', 'net.(*conn).Read', 'crypto/tls.(*block).readFromUntil', 'crypto/tls.(*Conn).readRecord', 'crypto/tls.(*Conn).Read']]], first: null },
  // `app/vendor/…` names, no blank line between a creator's location and the next header; cut in a call's arguments
  'goupdate_36_vendor_no_blank_line_between_goroutines_cut_in_args.txt': { ids: [32, 52], truncated: true, crash: null, cut: [[52, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read']]], first: null },
  // a sentence, then `goroutine 21753 [running]:` of `concurrent map writes` without its crash line, locations behind 4 spaces with `fp= sp= pc=`; stops after a whole frame with no line break, where Go never ends a stack (cut), blamed on `roles.HasRole`
  'fabricpeerext_218_four_space_fp_sp_pc_stops_after_frame.txt': { ids: [21753], truncated: true, crash: null, cut: [[21753, ['runtime.throw', 'runtime.mapassign_faststr', 'github.com/trustbloc/fabric-peer-ext/pkg/roles.HasRole']]], first: '1 goroutine crashed (its crash line is not in the text) in roles.HasRole (roles.go:73)' },
  // Go 1.6's `fatal error: concurrent map writes` (`runtime.mapassign1`, `fp= sp=` without `pc=`), an `sp=` value wrapped before its last digit (`0xc8260edd9` / `8`); whole with its creator
  'airlift_22_go16_concurrent_map_writes_sp_wrapped_whole.txt': { ids: [419], truncated: false, crash: 'fatal error: concurrent map writes', cut: [], first: '1 goroutine crashed (fatal error: concurrent map writes) in thumb.(*Cache).getThumb.func1 (thumb.go:302), created by thumb.(*Cache).getThumb' },
  // Go 1.6's `panic(…)` frame and `[signal 0xb …]`, the last call `main.main()` without its location, a blank line and the fence after it
  'systemdjournal2gelf_1_go16_main_main_without_location_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.main' },
  // a SIGSEGV panic of one `main.main()` frame behind 4 spaces; whole, then the paster's words
  'njump_65_four_space_location_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.main (main.go:69)' },
  // shell prompts and `fleetctl list-units`' table over a Go 1.2 panic (`panic.c:266`, `[signal 0xb …]`), a vendored `third_party/code.google.com/…` path, then `...` and the prompt again (frames left out by the paster, no cut)
  'fleet_129_go12_shell_prompts_paster_ellipsis_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in ssh.clientWithAddress (client.go:43)' },
  // Go 1.6's `fatal error: unexpected signal` with a `runtime stack:`, then `[syscall, locked to thread]` in a cgo call (`_Cfunc_my_sd_journal_open`, blamed); cut in the next header's bracket (`goroutine 17 [syscall,`)
  'postfixexporter_16_go16_runtime_stack_cgo_cut_in_header_bracket.txt': { ids: [1, 17], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [[17, []]], first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in sdjournal._Cfunc_my_sd_journal_open (_cgo_gotypes.go:325)' },
  // a Raspberry Pi's log lines and panic in one inline-code span (a backtick before `sudo`, another glued after the last offset), 32-bit pointers; whole
  'groundcontrol_35_arm32_inline_code_backtick_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.(*LibratoReporter).ReportHealth (librato_reporter.go:55)' },
  // a shell prompt and `log` lines over a SIGSEGV panic in goroutine 19 (`log.(*Logger).Printf`, `0xcb84c2?` arguments), created by `main.NewJWorker.func1`; whole
  'jtimon_44_go120_shell_prompt_log_lines_created_by_whole.txt': { ids: [19], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.getGPRCDialOptions (grpc.go:53), created by main.NewJWorker.func1' },
  // a root prompt over Go 1.6's panic (`panic(…)` at `panic.go:464`), `Godeps/_workspace/src/…` paths; cut in a name (`(*initProcess).star`)
  'gosystemd_146_go16_godeps_workspace_cut_in_name.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['panic', 'github.com/coreos/go-systemd/dbus.(*Conn).startJob', 'github.com/coreos/go-systemd/dbus.(*Conn).StartTransientUnit', 'github.com/opencontainers/runc/libcontainer/cgroups/systemd.(*Manager).Apply', 'github.com/opencontainers/runc/libcontainer.(*initProcess).star…']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in dbus.(*Conn).startJob (methods.go:47)' },
  // Go ≥ 1.23's SIGQUIT dump (`goroutine 0 gp=… m=0 mp=… [idle]`, `goroutine 1 gp=… m=nil [select]`), `fp= sp= pc=`; cut in a name that names nothing (`runt`)
  'satpulse_66_go123_sigquit_gp_m_mp_headers_cut_in_name.txt': { ids: [0, 1], truncated: true, crash: 'SIGQUIT: quit', cut: [[1, ['runtime.gopark']]], first: null },
  // two reports of one Windows panic (`panic: exit status 0xffffffff`, `C:/Users/…` paths), each under the program's output: two dumps, the last read; cut in its last line number (`client.go:41` where the first printed `:418 +0x46`)
  'gpugendist_1_windows_two_users_dumps_cut_in_line_number.txt': { ids: [1], truncated: true, crash: 'panic: exit status 0xffffffff', cut: [[1, ['main.helpCheck', 'main.runCheck', 'main.main']]], first: '1 goroutine crashed (panic: exit status 0xffffffff) in main.helpCheck (client.go:178)' },
  // the excerpt starting inside a stack (`syscall.Syscall6`), frames of a module whose path starts with a digit (`9fans.net/go/cmd/acme/internal/exec.runproc.func2()`), `[semacquire, 4 minutes]` in `sync.(*Mutex).lockSlow`; cut after a header's bracket with no colon (`goroutine 14 [semacquire, 2 minutes]`). Read wrong before this batch: the digit-led call was skipped and the headless stack split in two
  '9fans_85_module_path_starts_with_digit_headless_start_cut_in_header.txt': { ids: [11, 43, 14], truncated: true, crash: null, cut: [[14, []]], first: null, headless: [{ lines: '6–19', funcs: ['syscall.Syscall6', 'os.(*Process).blockUntilWaitable', 'os.(*Process).wait', 'os.(*Process).Wait', 'os/exec.(*Cmd).Wait', '9fans.net/go/cmd/acme/internal/exec.runproc.func2'], createdBy: '9fans.net/go/cmd/acme/internal/exec.runproc' }], cutAtStart: true },
  // a log line over Go 1.6's `panic: assignment to entry in nil map` (`panic(0x…)` frame at `panic.go:464`), 8-space locations; whole
  'buildkitecloudwatch_19_go16_log_line_panic_frame_whole.txt': { ids: [1], truncated: false, crash: 'panic: assignment to entry in nil map', cut: [], first: '1 goroutine crashed (panic: assignment to entry in nil map) in main.(*result).addAgentMetrics.func2 (main.go:373)' },
  // `panic: assignment to entry in nil map` (`0xc013e86200?` arguments), cobra's frames; the last call `ExecuteC(0xa9afe40)` without its location, then the fence: cut
  'canarychecker_2136_cobra_call_without_location_before_fence.txt': { ids: [1], truncated: true, crash: 'panic: assignment to entry in nil map', cut: [[1, ['github.com/flanksource/canary-checker/cmd.run', 'github.com/spf13/cobra.(*Command).execute', 'github.com/spf13/cobra.(*Command).ExecuteC']]], first: '1 goroutine crashed (panic: assignment to entry in nil map) in cmd.run (operator.go:106)' },
  // one backtick, then `=== RUN` over a Go 1.6 race report (`Write by goroutine 96:`, no address, `/usr/src/golang-1.6/…`); cut in a package path (`github.com/01org/c`)
  'ciao_83_race_go16_inline_code_run_line_cut_in_name.txt': { ids: [96, 91], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: write in ciao-controller.testStartWorkloadLaunchCNCI.func1 (controller_test.go:719), created by ciao-controller.testStartWorkloadLaunchCNCI' },
  // Go 1.20 on darwin (`pc=0x1000505ef`), the excerpt starting at a location line, a `sync.(*WaitGroup).Wait` goroutine's tail, then `[chan receive]`; cut in `fp=` (` f`)
  'dcrdex_1957_darwin_fp_sp_pc_pie_starts_in_location_cut_in_fp.txt': { ids: [98], truncated: true, crash: null, cut: [[98, ['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1']]], first: null, headless: [{ lines: '7–18', funcs: ['runtime.semacquire1', 'sync.runtime_Semacquire', 'sync.(*WaitGroup).Wait', 'decred.org/dcrdex/dex.(*ConnectionMaster).Connect.func1', 'runtime.goexit'], createdBy: 'decred.org/dcrdex/dex.(*ConnectionMaster).Connect' }], cutAtStart: true },
  // a cgo `[signal SIGBUS: bus error …]` without the line above it, `runtime stack:`, `[syscall, locked to thread]` in `_Cfunc_web100_snapshot_alloc_from_log`, locations behind one space (`_obj/_cgo_gotypes.go`); whole
  'etl_56_cgo_sigbus_one_space_locations_runtime_stack_whole.txt': { ids: [1092], truncated: false, crash: 'SIGBUS: bus error code=0x80 addr=0x0 pc=0x89684c', cut: [], first: '1 goroutine crashed (SIGBUS: bus error code=0x80 addr=0x0 pc=0x89684c) in web100._Cfunc_web100_snapshot_alloc_from_log (_cgo_gotypes.go:443)' },
  // the excerpt starting at a location line, `[IO wait]` then `[runnable]` with no blank line between, vendored procfs; cut in a path (`/go/src/github.com/cloudfoundry-community/`)
  'firehoseexporter_17_headless_start_no_blank_between_goroutines_cut_in_path.txt': { ids: [12108, 12111], truncated: true, crash: null, cut: [[12111, ['os.(*File).Read', 'bufio.(*Scanner).Scan', 'github.com/cloudfoundry-community/firehose_exporter/vendor/github.com/prometheus/procfs.FS.NewStat']]], first: null },
  // a Home Assistant add-on's log from `runtime.throw` on (no header, no crash line), `-trimpath` locations with `fp= sp= pc=`, `runtime.(*mcache).allocLarge` under text/template; cut in the last `pc=`
  'go2rtc_411_trimpath_headless_throw_in_mallocgc_cut_in_pc.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at runtime.throw (panic.go:1047)', headless: [{ lines: '9–28', funcs: ['runtime.throw', 'runtime.(*mcache).allocLarge', 'runtime.mallocgc', 'runtime.newobject', 'text/template/parse.(*Tree).newCommand', 'text/template/parse.(*Tree).command', 'text/template/parse.(*Tree).pipeline', 'text/template/parse.(*Tree).parseControl', 'text/template/parse.(*Tree).rangeControl', 'text/template/parse.(*Tree).action'], createdBy: null }], cutAtStart: true },
  // a zip attached, then one `[semacquire, 692 minutes]` goroutine in `sync.(*RWMutex).Lock`, `/home/why/go/pkg/mod/…` paths; cut in a call's arguments
  'godatatransfer_192_semacquire_692_minutes_module_paths_cut_in_args.txt': { ids: [232], truncated: true, crash: null, cut: [[232, ['sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'sync.(*RWMutex).Lock', 'github.com/filecoin-project/go-data-transfer/transport/graphsync.(*Transport).gsReqRecdHook', 'github.com/ipfs/go-graphsync/responsemanager/hooks.requestHookDispatcher', 'github.com/hannahhoward/go-pubsub.(*PubSub).Publish']]], first: '1 goroutine blocked on semacquire for 11 h 32 min in graphsync.(*Transport).gsReqRecdHook (graphsync.go:533); blocked over an hour' },
  // one inline-code span from `panic: send on closed channel` to the same line again after the creator, a backtick glued to each end; whole
  'gubrak_8_inline_code_crash_line_repeated_after_creator.txt': { ids: [160], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in gubrak.Scan.func1 (worker.go:30), created by gubrak.Scan' },
  // gin's `[Recovery] … panic recovered:` over `runtime error: index out of range [0] with length 0` and `file:line (0x…)` lines only (no names), GitHub Actions' `/__w/…` paths; whole
  'hornet_573_gin_recovery_file_line_pc_lines_whole.txt': { ids: [], truncated: false, crash: 'panic recovered: \nruntime error: index out of range [0] with length 0', cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in pow.go:71', headless: [{ lines: '12–24', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }] },
  // unfenced `panic: send on closed channel`, an inlined `(...)` frame first; cut in a call's arguments (`write(0xc0`), the thread's comments after it
  'ionsfu_528_unfenced_workerpool_inlined_cut_in_args_then_comments.txt': { ids: [9727], truncated: true, crash: 'panic: send on closed channel', cut: [[9727, ['github.com/gammazero/workerpool.(*WorkerPool).Submit', 'github.com/pion/ion-sfu/pkg/sfu.(*WebRTCReceiver).RetransmitPackets', 'github.com/pion/ion-sfu/pkg/sfu.(*DownTrack).handleRTCP', 'github.com/pion/ion-sfu/pkg/sfu.(*DownTrack).Bind.func1', 'github.com/pion/ion-sfu/pkg/buffer.(*RTCPReader).Write', 'github.com/pion/srtp/v2.(*ReadStreamSRTCP).write']]], first: '1 goroutine crashed (panic: send on closed channel) in workerpool.(*WorkerPool).Submit (workerpool.go:109)' },
  // `runtime/debug.Stack` output pasted without its header, every line indented by 8 more spaces (a markdown code block), a gvm GOROOT, `panic(…)` above `(*DataTable).AddItem(...)`; cut in a path
  'lmd_53_debug_stack_markdown_indented_8_cut_in_path.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in main.(*DataTable).AddItem (peer.go:153)', headless: [{ lines: '7–23', funcs: ['runtime/debug.Stack', 'main.logPanicExitPeer', 'panic', 'main.(*DataTable).AddItem', 'main.(*Peer).UpdateDeltaCommentsOrDowntimes', 'main.(*Peer).UpdateDeltaTables', 'main.(*Peer).periodicUpdate', 'main.(*Peer).updateLoop', 'main.(*Peer).Start.func1'], createdBy: null }], cutAtStart: true },
  // journald's prefix before Macaron's `[Macaron] PANIC: assignment to entry in nil map` and its `file:line (0x…)` lines; whole
  'mottainai_83_journald_macaron_panic_file_line_pc_whole.txt': { ids: [], truncated: false, crash: 'PANIC: assignment to entry in nil map', cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at arangodb.go:260', headless: [{ lines: '7–12', funcs: ['?', '?', '?', '?', '?', '?'], createdBy: null }] },
  // `goroutine 50 [running]:` without its crash line, `{…}` arguments, `created by … in goroutine 1`, then the tool's `[14:31:52] === end ===` lines; whole
  'opencodereview_382_go121_running_without_crash_line_then_log_lines_whole.txt': { ids: [50], truncated: false, crash: null, cut: [], first: null },
  // unfenced prose over `fatal error: concurrent map writes` (Go 1.13, `fp= sp= pc=`), 8-space `/app/…` locations; cut in a path
  'openstackexporter_166_concurrent_map_writes_fp_sp_pc_unfenced_cut_in_path.txt': { ids: [10649726], truncated: true, crash: 'fatal error: concurrent map writes', cut: [[10649726, ['runtime.throw', 'runtime.mapassign_faststr', 'github.com/openstack-exporter/openstack-exporter/exporters.NewServiceClient', 'github.com/openstack-exporter/openstack-exporter/exporters.NewExporter', 'github.com/openstack-exporter/openstack-exporter/exporters.EnableExporter']]], first: '1 goroutine crashed (fatal error: concurrent map writes) in exporters.NewServiceClient (utils.go:112)' },
  // kubectl's `manager ` before every line (zap JSON records wrapped by the terminal, `panic: … [recovered]` then the indented second line), `goroutine 287 [running]:`; cut in the arguments of the runtime's `panic({0x19d8600, 0x2f6e3`. Read wrong before this batch: the cut `panic` frame was dropped and the goroutine blamed on the deferred function that re-panicked
  'outscale_345_kubectl_container_prefix_recovered_cut_in_panic_args.txt': { ids: [287], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[287, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked' },
  // `2019/04/15 … http: panic serving [::1]:50622: string length out of range: -58` over its goroutine (Go 1.12 from Homebrew), `net/http.(*conn).serve.func1` over `panic(…)`; cut in a package path (`…/restapi/operations/`)
  'panicparse_44_http_panic_serving_log_line_cellar_cut_in_path.txt': { ids: [52], truncated: true, crash: 'http: panic serving [::1]:50622: string length out of range: -58', cut: [[52, ['net/http.(*conn).serve.func1', 'panic', 'apollo/micro/internal/tradeconv.ConvAction', 'apollo/micro/svc/recon/internal/dates.(*API).DatesGet', 'apollo/micro/svc/recon/internal/restapi.HandlerAPI.func2']]], first: '1 goroutine panicked (recovered: http: panic serving [::1]:50622: string length out of range: -58) in tradeconv.ConvAction (tradeconv.go:24)' },
  // gin's recovery (`panic recovered:` / `runtime error: index out of range [21] with length 21`) with `-trimpath` module paths (`github.com/gin-gonic/gin@v1.7.2/context.go:165 (0x…)`), a prompt line (`»`) above; whole
  'platypus_239_gin_recovery_module_relative_paths_whole.txt': { ids: [], truncated: false, crash: 'panic recovered: \nruntime error: index out of range [21] with length 21', cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in compiler.go:87', headless: [{ lines: '9–21', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }] },
  // `panic: send on closed channel`, an inlined `(...)` frame, `0x2?` arguments, then `exit status 2`, a Go code block and the thread; whole
  'pond_43_module_paths_exit_status_then_code_whole.txt': { ids: [712], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in pond.(*WorkerPool).submit (pond.go:277), created by demofiles.Download' },
  // `panic: close of closed channel`, a pseudo-version module path (`@v0.1.21-0.20230501081819-3500d3702c73`), an inlined frame first; whole
  'routedns_305_pseudo_version_module_path_inlined_whole.txt': { ids: [13511], truncated: false, crash: 'panic: close of closed channel', cut: [], first: '1 goroutine crashed (panic: close of closed channel) in routedns.(*request).markDone (pipeline.go:225), created by routedns.(*Pipeline).start' },
  // the crash line in one-line backticks, then syslog lines with anonymised `<HOST>` and `[<PID>]` before Go 1.8's `fatal error: concurrent map iteration and map write` (`fp= sp=`); cut in a call's arguments
  'sqlexporter_27_syslog_host_pid_placeholders_fp_sp_cut_in_args.txt': { ids: [20829277], truncated: true, crash: 'fatal error: concurrent map iteration and map write', cut: [[20829277, ['runtime.throw', 'runtime.mapiternext', 'runtime.mapiterinit', 'main.(*Exporter).Collect']]], first: '1 goroutine crashed (fatal error: concurrent map iteration and map write) in main.(*Exporter).Collect' },
  // journald's prefix before `panic: assignment to entry in nil map` and `goroutine 68 [running]:` with no blank line between, a creator; whole
  'stampzilla_138_journald_no_blank_before_header_created_by_whole.txt': { ids: [68], truncated: false, crash: 'panic: assignment to entry in nil map', cut: [], first: '1 goroutine crashed (panic: assignment to entry in nil map) in devices.State.MergeWith (state.go:90), created by main.updatedConfig.func1' },
  // klog lines over a SIGSEGV panic with no blank line before `goroutine 29 [running]:`, a creator, then the issue form (`**What you`); whole
  'stork_45_klog_lines_panic_no_blank_before_header_whole_then_form.txt': { ids: [29], truncated: false, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in portworx.(*portworx).InspectVolume (portworx.go:100), created by monitor.(*Monitor).Start' },
  // a panic printed while a TUI held the terminal in raw mode: no carriage return, so each line starts where the last ended (a staircase of spaces, one location back at 8 spaces), `created by … in goroutine 155`; whole
  'swarmcli_74_tui_raw_mode_staircase_go121_whole.txt': { ids: [158], truncated: false, crash: 'panic: send on closed channel', cut: [], first: '1 goroutine crashed (panic: send on closed channel) in services.sendMsg (model.go:111), created by services.Model.Update.restartServiceWithProgressCmd.func3' },
  // `panic: assignment to entry in nil map` in cobra's frames on darwin, then `make: *** [db/doc] Error 2`; whole
  'tbls_147_cobra_make_error_after_main_whole.txt': { ids: [1], truncated: false, crash: 'panic: assignment to entry in nil map', cut: [], first: '1 goroutine crashed (panic: assignment to entry in nil map) in config.(*Config).OutputSchema (config.go:46)' },
  // Go ≥ 1.23's `goroutine 502417 gp=… m=8 mp=… [running]:` under `panic: send on closed channel`, `-trimpath` paths, `fp= sp= pc=`, an array argument `{0xad, 0x4f, …}`; stops after a whole call with no location (cut)
  'towns_3592_go123_gp_m_mp_running_trimpath_cut_after_call.txt': { ids: [502417], truncated: true, crash: 'panic: send on closed channel', cut: [[502417, ['panic', 'runtime.chansend', 'runtime.chansend1', 'github.com/gammazero/workerpool.(*WorkerPool).Submit', 'github.com/towns-protocol/towns/core/node/events.(*StreamCache).submitToPool', 'github.com/towns-protocol/towns/core/node/events.(*StreamCache).reconciliationTask']]], first: '1 goroutine crashed (panic: send on closed channel) in workerpool.(*WorkerPool).Submit (workerpool.go:109)' },
  // Go 1.1–1.2's `panic: runtime error: send on closed channel` in a closure whose middle dot reached the issue as its bytes written out (`app.func<C2><B7>034`); whole
  'tsuru_624_go12_middle_dot_as_escaped_bytes_whole.txt': { ids: [15839], truncated: false, crash: 'panic: runtime error: send on closed channel', cut: [], first: '1 goroutine crashed (panic: runtime error: send on closed channel) in app.func<C2><B7>034 (log.go:84), created by app.notify' },
  // the excerpt starting at `[GC worker (idle)]` headers (Go 1.21, `-trimpath`), each `goexit`'s pc wrapped by the terminal (`pc=0x1702b`, a run of spaces, `81`); cut in `fp=`
  'usenetdrive_149_go121_gc_workers_pc_wrapped_with_spaces_cut_in_fp.txt': { ids: [51, 41, 42], truncated: true, crash: null, cut: [[42, ['runtime.gopark']]], first: null },
  // a systemd unit's `ExecStop=/bin/kill -s QUIT`, then journald's prefix before Go ≥ 1.19's `SIGQUIT: quit` (`goroutine 0 [idle]`, `-trimpath` runtime paths, `0x0?` arguments); cut inside the prefix (`bark-server[`)
  'barkserver_198_journald_sigquit_go119_cut_in_prefix.txt': { ids: [0], truncated: true, crash: 'SIGQUIT: quit', cut: [[0, ['runtime.futex', 'runtime.futexsleep', 'runtime.notesleep', 'runtime.mPark', 'runtime.stopm', 'runtime.startlockedm', 'runtime.schedule', 'runtime.park_m']]], first: null },
  // three nested `--- FAIL:` lines over Go 1.21's `panic: … [recovered]` and its tab-indented second line, `/opt/hostedtoolcache/go/1.21.6/…` and `/home/runner/work/…` paths; cut in a path (`zson/formatte`)
  'brimdatasuper_5006_go121_nested_fail_lines_recovered_hostedtoolcache_cut_in_path.txt': { ids: [548], truncated: true, crash: 'panic: runtime error: slice bounds out of range [:16] with capacity 7 [recovered] / panic: runtime error: slice bounds out of range [:16] with capacity 7', cut: [[548, ['testing.tRunner.func1.2', 'testing.tRunner.func1', 'panic', 'github.com/brimdata/zed/zcode.(*Iter).Next', 'github.com/brimdata/zed/zson.(*Formatter).formatRecord', 'github.com/brimdata/zed/zson.(*Formatter).formatValue']]], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range [:16] with capacity 7 [recovered] / panic: runtime error: slice bounds out of range [:16] with capacity 7) in zcode.(*Iter).Next (iter.go:33)' },
  // a shell prompt over Go 1.5's nil dereference (`[signal 0xb …]`), kingpin's escaped import path (`gopkg.in/alecthomas/kingpin%2ev2`) as a package name; cut in `main.main`'s path
  'carina_18_go15_kingpin_escaped_dot_shell_prompt_cut_in_path.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['main.(*CreateCommand).Create', 'main.(*CreateCommand).Create-fm', 'gopkg.in/alecthomas/kingpin%2ev2.(*actionMixin).applyActions', 'gopkg.in/alecthomas/kingpin%2ev2.(*Application).applyActions', 'gopkg.in/alecthomas/kingpin%2ev2.(*Application).execute', 'gopkg.in/alecthomas/kingpin%2ev2.(*Application).Parse', 'main.main']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in main.(*CreateCommand).Create (main.go:246)' },
  // the excerpt starting at `goroutine 110 [running]:` (Go 1.14's `testing.tRunner.func1.1` over `panic(`), then `exit status 2` and `FAIL\tpkg\t88.008s`; whole
  'diplicity_129_go114_test_panic_starts_at_header_exit_status_fail_whole.txt': { ids: [110], truncated: false, crash: null, cut: [], first: '1 goroutine crashed (its crash line is not in the text) in diptest.(*Result).AssertNotFind (diptest.go:312), created by testing.(*T).Run' },
  // gin's `[Recovery] … panic recovered:` after a log time, `file:line (0x…)` lines under `/home/kiv/go/pkg/mod/…`, `panicmem: panic(memoryError)` source lines indented under the runtime's; cut in a path
  'distribyted_278_gin_recovery_module_cache_paths_cut_in_path.txt': { ids: [], truncated: true, crash: 'panic recovered: \nruntime error: invalid memory address or nil pointer dereference', cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in webrtc.go:56', headless: [{ lines: '10–25', funcs: ['?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?', '?'], createdBy: null }] },
  // an unfenced race report on Windows (`E:/goEnv/go/pkg/mod/…`, `E:/Golang/src/…`), `runtime.deferreturn()` and `<autogenerated>:1` in the write's stack; cut in a name (`apps/system.(*s`)
  'ergo_167_race_windows_drive_paths_autogenerated_cut_in_name.txt': { ids: [152, 179], truncated: true, crash: null, cut: [[179, ['github.com/ergo-services/ergo/node.(*node).listApplications', 'github.com/ergo-services/ergo/node.(*node).WhichApplications', 'github.com/ergo-services/ergo/node.(*node).Stats', 'github.com/ergo-services/ergo/apps/system.gatherStats']]], first: '1 goroutine in a data race: write of 0x00c0005c41b8 in gen.(*Application).ProcessLoop.func1 (application.go:118)' },
  // Go 1.2's `SIGQUIT: quit` / `PC=0x43ea81`, the signalled thread's stack right under it with no goroutine header (`stopm()`, `findrunnable()` without a package), 4-space locations, `.goc` and `.c` files; cut in a call's arguments
  'gddo_139_go12_sigquit_headerless_m_stack_cut_in_args.txt': { ids: [0, 1], truncated: true, crash: 'SIGQUIT: quit', cut: [[1, ['net.runtime_pollWait', 'net.(*pollDesc).Wait', 'net.(*pollDesc).WaitRead', 'net.(*netFD).accept', 'net.(*TCPListener).AcceptTCP', 'net.(*TCPListener).Accept']]], first: null },
  // Go 1.6.3 from an RPM: shell prompts, the panic line, then the prompt `$ gitstream linux` between it and `goroutine 1 [running]:` (stderr before the echo); relative `src/github.com/…` paths; whole. The prompt is read as the panic value's second line
  'gitstreak_3_go16_shell_prompt_between_crash_and_header_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: slice bounds out of range\n$ gitstream linux', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range …) in main.handlePath (main.go:68)' },
  // a root prompt running `go test`, Go 1.6's `panic(…)` frame over a panic in a test package's `init` (`godmi_test.init.1`, `main.init()` in `_testmain.go`), `exit status 2` and `FAIL`; whole
  'godmi_1_go16_panic_in_test_init_exit_status_fail_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: slice bounds out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in godmi.anchor (godmi.go:690)' },
  // the excerpt starting at a location line, Go ≥ 1.23's range-over-func frames (`iterateChildren-range1(...)`, `(*Node).ChildNodes.func1(...)`), darwin/arm64 `0x14…` pointers; cut in a path
  'goja_691_starts_in_location_range_func_frames_cut_in_path.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at html.createElementFromNode (dom_parser.go:130)', headless: [{ lines: '7–20', funcs: ['?', 'github.com/gost-dom/browser/html.createElementFromNode', 'github.com/gost-dom/browser/html.iterate', 'github.com/gost-dom/browser/html.iterateChildren-range1', 'github.com/gost-dom/browser/html.iterateChildren.(*Node).ChildNodes.func1', 'github.com/gost-dom/browser/html.iterateChildren', 'github.com/gost-dom/browser/html.parseIntoDocument', 'github.com/gost-dom/browser/html.domParser.ParseReader'], createdBy: null }], cutAtStart: true },
  // a 32-bit dump pasted with every line indented by one more tab (locations by three), `[semacquire, 130 minutes]` in `sync.(*Cond).Wait`, one call's argument list wrapped onto the next line (`0x0,` / `\t0x125b3e00, 0x124da480)`); cut after the next header's minutes (`[semacquire, 141`)
  'goproxy_1853_tab_indented_dump_wrapped_args_cut_in_header.txt': { ids: [3125, 3123], truncated: true, crash: null, cut: [[3123, []]], first: null },
  // Go 1.23's cgo `SIGSEGV` (`signal arrived during cgo execution`) on a 32-bit target, `goroutine 116 gp=0x24cec68 m=7 mp=0x2104508 [syscall]:`, `fp= sp= pc=`, a `+incompatible` module path; cut in a path (`/go/go`)
  'gosqlite3_1277_go123_cgo_sigsegv_gp_m_mp_syscall_32bit_cut_in_path.txt': { ids: [116], truncated: true, crash: 'SIGSEGV: segmentation violation', cut: [[116, ['runtime.cgocall', 'github.com/mattn/go-sqlite3._Cfunc__sqlite3_open_v2', 'github.com/mattn/go-sqlite3.(*SQLiteDriver).Open.func2', 'github.com/mattn/go-sqlite3.(*SQLiteDriver).Open', 'database/sql.dsnConnector.Connect', 'database/sql.(*dsnConnector).Connect', 'database/sql.(*DB).conn', 'database/sql.(*DB).begin']]], first: '1 goroutine crashed (SIGSEGV: segmentation violation) in go-sqlite3._Cfunc__sqlite3_open_v2 (_cgo_gotypes.go:318)' },
  // `panic: runtime error: hash of unhashable type object.BigArray` in a module whose path is a domain (`grol.io/grol/eval`), `-trimpath`, darwin/arm64, and `[...]` for the frames left out; whole
  'grol_169_module_path_elided_frames_marker_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: hash of unhashable type object.BigArray', cut: [], first: '1 goroutine crashed (panic: runtime error: hash of unhashable type object.BigArray) in eval.Cache.Get (memo.go:37)' },
  // the excerpt starting at `runtime.goexit({})` (Go ≥ 1.23 on 386: `goroutine 3 gp=0xc0067e8 m=nil [GC sweep wait]:`, 32-bit `fp= sp= pc=`, `created by … in goroutine 1`); cut after a location without its offset (`runtime/asm_386.s:1393`)
  'migrate_1193_go123_386_gp_headers_starts_in_goexit_cut_after_location.txt': { ids: [3, 4], truncated: true, crash: null, cut: [[4, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.(*scavengerState).park', 'runtime.bgscavenge', 'runtime.gcenable.gowrap2', 'runtime.goexit']]], first: null, headless: [{ lines: '6–9', funcs: ['runtime.goexit'], createdBy: 'runtime.init.6' }], cutAtStart: true },
  // go-deadlock's stack in a vendored `third_party` tree, the excerpt starting at `sync.(*Mutex).lockSlow`, its first four lines padded with spaces to the terminal's width; cut after `created by …(*Peer).Start` (no location)
  'mongodbdumper_22_go_deadlock_trailing_spaces_starts_in_call_cut_in_creator.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at go-deadlock.(*lockOrder).postUnlock (deadlock.go:332), created by lib.(*Peer).Start', headless: [{ lines: '6–20', funcs: ['sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'github.com/sasha-s/go-deadlock.(*lockOrder).postUnlock', 'github.com/sasha-s/go-deadlock.postUnlock', 'github.com/sasha-s/go-deadlock.(*RWMutex).Unlock', 'github.com/deso-protocol/core/lib.(*Peer).MaybeDequeueDeSoMessage', 'github.com/deso-protocol/core/lib.(*Peer).StartDeSoMessageProcessor'], createdBy: 'github.com/deso-protocol/core/lib.(*Peer).Start' }], cutAtStart: true },
  // unfenced `panic: sync: negative WaitGroup counter` on Windows (`D:/Go/src/…`, `D:/MyGo/src/…`), a creator; whole
  'mtproto_24_windows_drive_paths_negative_waitgroup_whole.txt': { ids: [51], truncated: false, crash: 'panic: sync: negative WaitGroup counter', cut: [], first: '1 goroutine crashed (panic: sync: negative WaitGroup counter) in mtproto.(*Session).sendRoutine.func2 (session.go:643), created by mtproto.(*Session).sendRoutine' },
  // k3s' apiserver handler chain (arm64 `0x40…` pointers, `…withRequestReceivedTimestampWithClock.func32`), the excerpt starting at a location line; cut in a call's arguments
  'orbstack_2287_k3s_apiserver_starts_in_location_cut_in_args.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at server.DefaultBuildHandlerChain.WithHTTPLogging.WithLogging.withLogging.func35 (httplog.go:112)', headless: [{ lines: '6–19', funcs: ['?', 'k8s.io/apiserver/pkg/server.DefaultBuildHandlerChain.WithHTTPLogging.WithLogging.withLogging.func35', 'net/http.HandlerFunc.ServeHTTP', 'k8s.io/apiserver/pkg/server.DefaultBuildHandlerChain.WithLatencyTrackers.func16', 'net/http.HandlerFunc.ServeHTTP', 'k8s.io/apiserver/pkg/server.DefaultBuildHandlerChain.WithRequestInfo.func18', 'net/http.HandlerFunc.ServeHTTP', 'k8s.io/apiserver/pkg/server.DefaultBuildHandlerChain.WithRequestReceivedTimestamp.withRequestReceivedTimestampWithClock.func32'], createdBy: null }], cutAtStart: true },
  // journald's prefix (`dockerd-current[147917]:`) before every line, an inline-code backtick before the first, a logrus record, `panic: close of nil channel` with no blank line before its header, Go 1.10's `panic(…)` with `fp= sp= pc=`, locations behind the prefix with no indent; cut in a path (`build-rpm/BUIL`)
  'projectatomicdocker_322_journald_inline_code_close_nil_channel_cut_in_path.txt': { ids: [3431050], truncated: true, crash: 'panic: close of nil channel', cut: [[3431050, ['panic', 'runtime.closechan', 'github.com/docker/containerd/supervisor.(*Supervisor).execExit.func1']]], first: '1 goroutine crashed (panic: close of nil channel) in supervisor.(*Supervisor).execExit.func1' },
  // `panic: sync: WaitGroup is reused before previous Wait has returned` (Go 1.10 from Ubuntu's `/usr/lib/go-1.10`), the last location indented by 7 spaces; whole
  'recursebuster_3_go110_misaligned_location_whole.txt': { ids: [1], truncated: false, crash: 'panic: sync: WaitGroup is reused before previous Wait has returned', cut: [], first: '1 goroutine crashed (panic: sync: WaitGroup is reused before previous Wait has returned) in main.main (main.go:209)' },
  // Windows' `[signal 0xc0000005 …]` under a nil dereference, tidied by hand ("I cleaned it up"): a blank line after `goroutine 23 [running]:`, the call's name and its argument list on two lines; whole as Go printed it. Read wrong: the goroutine is read empty and cut, its one frame's lines skipped, its creator read as a headless stack's
  'sampctl_108_windows_signal_blank_after_header_name_args_split.txt': { ids: [23], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[23, []]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference)', headless: [{ lines: '14–15', funcs: [], createdBy: 'github.com/Southclaws/sampctl/runtime.run' }] },
  // a Shen REPL prompt (`6 #> (+ 832040 514229)`) over `unexpected fault address` / `fatal error: fault` under WSL (`/mnt/c/project/…`), `runtime.throw` and `runtime.sigpanic` with `fp= sp= pc=`, `runtime.main` and `runtime.goexit` printed; whole
  'shengo_18_wsl_fault_repl_prompt_whole.txt': { ids: [1], truncated: false, crash: 'unexpected fault address 0xfa77dd / fatal error: fault', cut: [], first: '1 goroutine crashed (unexpected fault address 0xfa77dd / fatal error: fault) in kl.(*scmHead).GoString (types.go:462)' },
  // `SIGQUIT: quit` / `PC=… m=0 sigcode=0` (Go 1.17, `-trimpath`), the signal goroutine with `fp= sp= pc=`, then `goroutine 1 [select]:` without them; cut in `main.main(`
  'sourcegraph_32420_sigquit_trimpath_cut_in_args.txt': { ids: [42, 1], truncated: true, crash: 'SIGQUIT: quit', cut: [[1, ['github.com/sourcegraph/sourcegraph/internal/goroutine.waitForSignal', 'github.com/sourcegraph/sourcegraph/internal/goroutine.monitorBackgroundRoutines', 'github.com/sourcegraph/sourcegraph/internal/goroutine.MonitorBackgroundRoutines', 'github.com/sourcegraph/sourcegraph/cmd/symbols/shared.Main', 'main.main']]], first: null },
  // `panic: runtime error: hash of unhashable type gateway.SimpleMessage`, every line padded with trailing spaces to a terminal's width, errgroup's creator; whole
  'substrate_122_trailing_spaces_errgroup_whole.txt': { ids: [28], truncated: false, crash: 'panic: runtime error: hash of unhashable type gateway.SimpleMessage', cut: [], first: '1 goroutine crashed (panic: runtime error: hash of unhashable type gateway.SimpleMessage) in helper.(*AckOrderingSink).PublishMessages.func3 (sink_ack_ordering.go:63), created by errgroup.(*Group).Go' },
  // Go 1.5 from Homebrew: `http: panic serving …: sync.Cond is copied` after a log time, `net/http.(*conn).serve.func1` right over `sync.(*copyChecker).check` (Go 1.4–1.5 printed no `panic` frame), stopping at the issue's fence without a creator (cut). Read wrong before this batch: blamed as cut before the frame that panicked
  'torrent_27_go15_http_panic_serving_handler_over_sync_frames_cut.txt': { ids: [50], truncated: true, crash: 'http: panic serving 127.0.0.1:51786: sync.Cond is copied', cut: [[50, ['net/http.(*conn).serve.func1', 'sync.(*copyChecker).check', 'sync.(*Cond).signalImpl', 'sync.(*Cond).Broadcast', 'github.com/anacrolix/torrent.(*Client).setMetaData', 'github.com/anacrolix/torrent.(*Client).AddTorrentSpec']]], first: '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:51786: sync.Cond is copied) in torrent.(*Client).setMetaData (client.go:1927)' },
  // Go ≥ 1.24's race report: the write in `testing.(*common).setRan` (three times, recursive) under `runtime.deferreturn` and `testing.(*T).Run.gowrap1`, the previous read `by main goroutine:`, `Found 1 data race(s)`; whole
  'woodpecker_6574_go124_race_main_goroutine_gowrap_whole.txt': { ids: [66, 1], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c0000e0710 in testing.(*common).setRan (testing.go:957), created by testing.(*T).Run called from local.TestConcurrentWorkflows.gowrap1 (local_test.go:427)' },
  // journald's prefix before every line of `unexpected fault address` / `fatal error: fault` in an mmap'd index (`runtime.aeshashbody` under `runtime.sigpanic`, Google's own `/usr/lib/google-golang`), `fp= sp= pc=`; cut in `runtime.mapaccess2_faststr`'s arguments
  'zoekt_51_journald_fault_in_map_hash_cut_in_args.txt': { ids: [24375608], truncated: true, crash: 'unexpected fault address 0x7fa52bc92b69 / fatal error: fault', cut: [[24375608, ['runtime.throw', 'runtime.sigpanic', 'runtime.aeshashbody', 'runtime.mapaccess2_faststr']]], first: '1 goroutine crashed (unexpected fault address 0x7fa52bc92b69 / fatal error: fault) in runtime.aeshashbody (asm_amd64.s:962)' },
  // goleak's `[Goroutine 47248 in state chan send, with … on top of the stack:` line over the goroutine, every line indented by 12 spaces, the creator's location line only its tab; whole (the creator without its `file:line`)
  'autonity_442_goleak_line_indented_12_creator_location_blank_whole.txt': { ids: [47248], truncated: false, crash: null, cut: [], first: null },
  // `<details>` and `<output> Here's the raw output </output>` over Go 1.15's `panic: test timed out after 10m0s` (no `running tests:` yet), the alarm goroutine, `goroutine 1 [chan receive, 10 minutes]`, go-log's `[select, 10 minutes]`; cut in its creator's name (`go-log/w`)
  'celestiacore_275_details_output_tag_test_timeout_go115_cut_in_name.txt': { ids: [50196, 1, 19], truncated: true, crash: 'panic: test timed out after 10m0s', cut: [[19, ['github.com/ipfs/go-log/writer.(*MirrorWriter).logRoutine']]], first: '1 goroutine blocked in select for 10 minutes in writer.(*MirrorWriter).logRoutine (writer.go:71); the test timed out after 10m0s' },
  // a SIGQUIT dump's tail (`readInputLoop(...)`, `created by …invoke` with a location without offset), then the same goroutine abbreviated by hand: `goroutine NNNNN [chan send, 49 minutes]:` and each call with its `file:line` on its line (`runtime.chansend(...) runtime/chan.go:283`), then a state histogram; whole. The hand-written block is skipped as text
  'restatesdkgo_141_headless_creator_then_hand_abbreviated_dump_whole.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at restatecontext.(*ctx).readInputLoop (io_helpers.go:66), created by restatecontext.invoke', headless: [{ lines: '10–13', funcs: ['github.com/restatedev/sdk-go/internal/restatecontext.(*ctx).readInputLoop'], createdBy: 'github.com/restatedev/sdk-go/internal/restatecontext.invoke' }], cutAtStart: true },
  // `SIGSEGV: segmentation violation` / `PC=0x0 m=20 sigcode=1` / `signal arrived during cgo execution` over `goroutine 17503 [syscall]:` in `runtime.cgocall` with `fp= sp= pc=`, `_cgo_gotypes.go` frames; the paster's fence closes it above the creator (cut)
  'arrowadbc_1476_cgo_sigsegv_pc_zero_fenced_cut_in_frames.txt': { ids: [17503], truncated: true, crash: 'SIGSEGV: segmentation violation', cut: [[17503, ['runtime.cgocall', 'github.com/apache/arrow-adbc/go/adbc/drivermgr._Cfunc_releaseErr', 'github.com/apache/arrow-adbc/go/adbc/drivermgr.toAdbcError.func1', 'github.com/apache/arrow-adbc/go/adbc/drivermgr.toAdbcError', 'github.com/apache/arrow-adbc/go/adbc/drivermgr.(*stmt).ExecuteUpdate']]], first: '1 goroutine crashed (SIGSEGV: segmentation violation) in drivermgr._Cfunc_releaseErr (_cgo_gotypes.go:623)' },
  // TeamCity's `2021-06-09T09:18:02.9350526Z ` before every line of a plugin's stack that starts in a location line (no header), gRPC frames; cut in a path
  'azurerm_12143_teamcity_timestamps_headless_grpc_frames_cut_in_path.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at tfplugin5._Provider_ApplyResourceChange_Handler (tfplugin5.pb.go:3305)', headless: [{ lines: '7–11', funcs: ['github.com/hashicorp/terraform-plugin-sdk/internal/tfplugin5._Provider_ApplyResourceChange_Handler', 'google.golang.org/grpc.(*Server).processUnaryRPC', 'google.golang.org/grpc.(*Server).handleStream'], createdBy: null }], cutAtStart: true },
  // Go 1.4's `goroutine 2120063 [semacquire, 14 minutes]:` in `sync.(*RWMutex).RLock` right under the issue's prose, no fence, locations indented by 8 spaces; whole
  'cow_423_go14_semacquire_14_minutes_rwmutex_rlock_unfenced_whole.txt': { ids: [2120063], truncated: false, crash: null, cut: [], first: '1 goroutine blocked on semacquire for 14 minutes in main.(*SiteStat).get (sitestat.go:189), created by main.(*httpProxy).Serve; blocked long in a small dump' },
  // an excerpt that starts in a location line: a headless stack through `net/textproto` and `net/http.readRequest`; cut in its arguments
  'dfuseeosio_31_starts_in_location_headless_textproto_cut_in_args.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at fd_poll_runtime.go:87', headless: [{ lines: '7–28', funcs: ['?', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'net/http.(*connReader).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).ReadSlice', 'bufio.(*Reader).ReadLine', 'net/textproto.(*Reader).readLineSlice', 'net/textproto.(*Reader).ReadLine', 'net/http.readRequest'], createdBy: null }], cutAtStart: true },
  // journald lines without a host (`May 29 16:28:15  dnsbl-exporter[9388]: `, two spaces), `fp= sp= pc=`, starting in a location line; cut in the prefix of the last line, right after a header
  'dnsblexporter_159_journald_no_host_double_space_fp_sp_pc_cut_in_prefix.txt': { ids: [2, 3], truncated: true, crash: null, cut: [[3, []]], first: null },
  // a fuzz test's `--- FAIL:` lines (one indented) over `panic: … [recovered]` / its tab-indented second line, `[signal SIGSEGV …]`, Go 1.24's `testing.tRunner.func1.2`; cut in a path
  'goccyyaml_718_fuzz_fail_lines_recovered_nil_deref_cut_in_path.txt': { ids: [1210], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1210, ['testing.tRunner.func1.2', 'testing.tRunner.func1', 'panic', 'github.com/goccy/go-yaml/internal/errors.FormatError', 'github.com/goccy/go-yaml/internal/errors.(*SyntaxError).FormatError', 'github.com/goccy/go-yaml/internal/errors.(*SyntaxError).Error']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference) in errors.FormatError (error.go:237)' },
  // a Go 1.2 stack whose call lines are gone: each location printed twice, indented by 4 spaces then flush left, under `panic: ___FAILURE_HALT___` and a log line; whole as pasted. Read as five nameless frames, each location once (the flush-left copies passed over, locationsPrintedTwice.test.ts); cut, as no `created by` follows
  'goconvey_220_go12_locations_doubled_without_calls_whole.txt': { ids: [4], truncated: true, crash: 'panic: ___FAILURE_HALT___', cut: [[4, ['?', '?', '?', '?', '?']]], first: '1 goroutine crashed (panic: ___FAILURE_HALT___) in runner.go:57' },
  // a shell prompt (`$ goman go`) over `panic: runtime error: slice bounds out of range` and `goroutine 1 [running]:` with Go 1.8 argument words; whole
  'goman_1_shell_prompt_slice_bounds_main_goroutine_whole.txt': { ids: [1], truncated: false, crash: 'panic: runtime error: slice bounds out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in main.getRawReadmeURL (goman.go:321)' },
  // a bracketed log line (`[Apollo]2017/04/13 15:01:22 checked spell error`) over a Go 1.7 panic with its `panic(0x4b5fc0, …)` frame, `created by main.(*Reporter).Engine`; whole
  'goreporter_12_log_prefix_line_go17_panic_frame_created_by_whole.txt': { ids: [23], truncated: false, crash: 'panic: runtime error: slice bounds out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in main.PackageAbsPathExceptSuffix (utils.go:87), created by main.(*Reporter).Engine' },
  // `panic: internal error: … [recovered]` raised again from yaml.v3's `handleErr` (`gopkg.in/yaml%2ev3`), Go 1.13's `panic(0x8e18e0, …)` frame; cut in a path
  'goyaml_560_recovered_internal_error_yaml_percent_2e_cut_in_path.txt': { ids: [5], truncated: true, crash: 'panic: internal error: attempted to parse unknown event (please report): none [recovered] / panic: internal error: attempted to parse unknown event (please report): none', cut: [[5, ['gopkg.in/yaml%2ev3.handleErr', 'panic', 'gopkg.in/yaml%2ev3.(*parser).parse', 'gopkg.in/yaml%2ev3.(*parser).parseChild', 'gopkg.in/yaml%2ev3.(*parser).mapping', 'gopkg.in/yaml%2ev3.(*parser).parse', 'gopkg.in/yaml%2ev3.(*parser).parseChild', 'gopkg.in/yaml%2ev3.(*parser).document']]], first: '1 goroutine crashed (panic: internal error: attempted to parse unknown event (please report): none [recovered] / panic: internal error: attempted to parse unknown event (please report): none) in yaml%2ev3.(*parser).parse (decode.go:158)' },
  // starts at `goroutine 1 [running]:` (no crash line): three nested `yaml%2ev2.handleErr` / `panic({…})` pairs over `traces.(*ReceiverMap).UnmarshalYAML`; cut in a name
  'grafanaagent_2347_starts_at_header_nested_handleerr_panics_cut_in_name.txt': { ids: [1], truncated: true, crash: null, cut: [[1, ['gopkg.in/yaml%2ev2.handleErr', 'panic', 'gopkg.in/yaml%2ev2.handleErr', 'panic', 'gopkg.in/yaml%2ev2.handleErr', 'panic', 'github.com/grafana/agent/pkg/traces.(*ReceiverMap).UnmarshalYAML', 'gopkg.in/yaml%2ev2.(*decoder).callUnmarshaler', 'gopkg.in/yaml%2ev2.(*decoder).prepare']]], first: '1 goroutine crashed (its crash line is not in the text) in traces.(*ReceiverMap).UnmarshalYAML (config.go:160)' },
  // an inline code span's backtick glued before `goroutine 29761 [IO wait, 1129 minutes]:`, a keep-alive `net/http.(*conn).readRequest` read; cut in its arguments
  'justitia_63_backtick_before_header_io_wait_1129_minutes_cut_in_args.txt': { ids: [29761], truncated: true, crash: null, cut: [[29761, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'net/http.(*connReader).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).Peek', 'net/http.(*conn).readRequest']]], first: null },
  // a Travis (`.gimme`) excerpt starting in a call line: a headless `persistConn.readLoop` stack, then `goroutine 861 [IO wait]:`; cut in a path
  'kubebatch_406_travis_gimme_headless_start_io_wait_cut_in_path.txt': { ids: [861], truncated: true, crash: null, cut: [[861, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait']]], first: null, headless: [{ lines: '6–19', funcs: ['net.(*netFD).Read', 'net.(*conn).Read', 'net/http.(*persistConn).Read', 'bufio.(*Reader).fill', 'bufio.(*Reader).Peek', 'net/http.(*persistConn).readLoop'], createdBy: 'net/http.(*Transport).dialConn' }], cutAtStart: true },
  // the crash line in the paster's words (`matic-jagar with this runtime error: slice bounds out of range [2:0]`), `goroutine 39 [running]:`, `~/…` paths indented by 7 and 8 spaces, `created by main.main`; whole. The sentence ends in a runtime error's value, whole, right over the running goroutine: read as the process's panic (runtimeErrorValue.ts)
  'maticjagar_11_runtime_error_in_pasters_words_tilde_paths_whole.txt': { ids: [39], truncated: false, crash: 'panic: runtime error: slice bounds out of range [2:0]', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range [2:0]) in targets.CurrentEthBalance (bor_current_balance.go:35), created by main.main' },
  // markdown ate the receivers' stars (`net.(_pollDesc).Wait`, `bufio.(_Reader).fill`) in a Go 1.4 dump of `[IO wait, 4 minutes]` and `[select, 4 minutes]`; cut in a creator line
  'netplugin_3_markdown_underscore_for_star_receivers_io_wait_cut_in_creator.txt': { ids: [49, 50], truncated: true, crash: null, cut: [[50, ['net/http.(*persistConn).writeLoop']]], first: null },
  // an excerpt starting in a location line (headless `newHTTP2Client` stack), `sync.(*WaitGroup).Wait` as `[semacquire]` in prometheus' `Registry.Gather`; cut in arguments
  'opencensusgo_402_headless_start_waitgroup_semacquire_cut_in_args.txt': { ids: [197, 196], truncated: true, crash: null, cut: [[196, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'net.(*netFD).Read']]], first: null, headless: [{ lines: '6–8', funcs: ['?'], createdBy: 'google.golang.org/grpc/transport.newHTTP2Client' }], cutAtStart: true },
  // `=== RUN`, `coverage: 46.2% of statements` over Go 1.14's `panic: test timed out after 10m0s`, `[chan receive, 9 minutes]` goroutines in `testing.(*T).Run` and `nettest.TestConn`; cut in arguments (the hanging subtest's goroutine is not in the paste)
  'piontransport_113_coverage_line_test_timeout_go114_cut_in_args.txt': { ids: [446, 1, 23], truncated: true, crash: 'panic: test timed out after 10m0s', cut: [[23, ['testing.(*T).Run', 'golang.org/x/net/nettest.TestConn', 'github.com/pion/transport/test.TestNetTest']]], first: null },
  // Go 1.23 on 32-bit ARM: `unexpected fault address` / `fatal error: fault` / `[signal SIGSEGV …]` over `goroutine 493 gp=0x3c9e5a8 m=2 mp=0x3466508 [running]:` with `fp= sp= pc=`, modernc's libc; cut in a name
  'pocketbase_6136_go123_arm_gp_header_fault_modernc_cut_in_name.txt': { ids: [493], truncated: true, crash: 'unexpected fault address 0x1d378646 / fatal error: fault', cut: [[493, ['runtime.throw', 'runtime.sigpanic', 'modernc.org/memory.(*Allocator).UintptrFree', 'modernc.org/libc.Xfree', 'modernc.org/libc.(*TLS).Close']]], first: '1 goroutine crashed (unexpected fault address 0x1d378646 / fatal error: fault) in memory.(*Allocator).UintptrFree (memory.go:222)' },
  // an excerpt starting at a `created by` line (a headless tail), then `goroutine 78 [chan receive]:` in `os/exec.(*Cmd).awaitGoroutines` with `fp= sp= pc=`; cut in a name
  'podmanexporter_188_headless_start_chan_receive_exec_wait_cut_in_name.txt': { ids: [78], truncated: true, crash: null, cut: [[78, ['runtime.gopark', 'runtime.chanrecv', 'runtime.chanrecv1', 'os/exec.(*Cmd).awaitGoroutines', 'os/exec.(*Cmd).Wait', 'os/exec.(*Cmd).Run', 'os/exec.(*Cmd).Output', 'github.com/containers/common/pkg/version.queryP…']]], first: null, headless: [{ lines: '6–7', funcs: [], createdBy: 'github.com/prometheus/client_golang/prometheus.(*Registry).Gather' }], cutAtStart: true },
  // a `go test` timeout's middle: starts in a location line (headless `connReader.backgroundRead`), `[select, 2 minutes]`, `[IO wait, 2 minutes]`; cut in arguments (the crash line is not in the excerpt)
  'pprof_300_test_timeout_excerpt_headless_start_io_wait_cut_in_args.txt': { ids: [267, 45], truncated: true, crash: null, cut: [[45, ['internal/poll.runtime_pollWait', 'internal/poll.(*pollDesc).wait']]], first: null, headless: [{ lines: '6–20', funcs: ['?', 'internal/poll.(*pollDesc).wait', 'internal/poll.(*pollDesc).waitRead', 'internal/poll.(*FD).Read', 'net.(*netFD).Read', 'net.(*conn).Read', 'net/http.(*connReader).backgroundRead'], createdBy: 'net/http.(*connReader).startBackgroundRead' }], cutAtStart: true },
  // a Go 1.7 race report between GOPATH-less `_/d/git/…` packages and `_test/_obj_test/` paths, the access under `testing.tRunner`; cut in its creator section
  'prifi_106_race_gopath_underscore_packages_test_obj_cut_in_creator.txt': { ids: [34, 32], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c4201f0330 in relay.(*PriFiLibRelayInstance).checkIfRoundHasEndedAfterTimeOut_Phase1 (timeouts.go:23), created by relay.(*PriFiLibRelayInstance).roundFinished' },
  // the same `yaml%2ev3` internal error `[recovered]` as go-yaml's own issue, Go 1.13's `panic(…)` frame, under prose; cut in a path
  'promqllangserver_67_recovered_yaml_internal_error_cut_in_path.txt': { ids: [44], truncated: true, crash: 'panic: internal error: attempted to parse unknown event (please report): none [recovered] / panic: internal error: attempted to parse unknown event (please report): none', cut: [[44, ['gopkg.in/yaml%2ev3.handleErr', 'panic', 'gopkg.in/yaml%2ev3.(*parser).parse', 'gopkg.in/yaml%2ev3.(*parser).parseChild', 'gopkg.in/yaml%2ev3.(*parser).mapping', 'gopkg.in/yaml%2ev3.(*parser).parse']]], first: '1 goroutine crashed (panic: internal error: attempted to parse unknown event (please report): none [recovered] / panic: internal error: attempted to parse unknown event (please report): none) in yaml%2ev3.(*parser).parse (decode.go:158)' },
  // Pulumi's diagnostics: a plugin's `panic:`, `[signal …]` and goroutine indented by 4 spaces under `Stack trace from the terraform-provider-sigsci_v3.3.0 plugin:`; cut in arguments
  'pulumitf_36_plugin_stack_trace_indented_4_nil_deref_cut_in_args.txt': { ids: [91], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[91, ['github.com/hashicorp/terraform-plugin-sdk/internal/helper/plugin.(*GRPCProviderServer).ApplyResourceChange', 'github.com/hashicorp/terraform-plugin-sdk/internal/tfplugin5._Provider_ApplyResourceChange_Handler', 'google.golang.org/grpc.(*Server).processUnaryRPC', 'google.golang.org/grpc.(*Server).handleStream']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in plugin.(*GRPCProviderServer).ApplyResourceChange (grpc_provider.go:802)' },
  // a JSON log record in a code span (`"message":"Observed a panic in reconciler…"`), then controller-runtime's `panic: … [recovered]` and `[signal SIGSEGV …]`; cut right under the `panic({…})` call
  'radius_6841_json_log_record_then_recovered_panic_cut_under_panic_frame.txt': { ids: [133], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference', cut: [[133, ['sigs.k8s.io/controller-runtime/pkg/internal/controller.(*Controller).Reconcile.func1', 'panic']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked' },
  // two goroutines in two fences with prose between: `[chan send, 2560 minutes]` holding an RLock and `[semacquire, 2560 minutes]` in `sync.(*RWMutex).Lock`, `-trimpath`-less module paths; cut in a name. Neither is a suspect (one goroutine each)
  'scyllamanager_2843_two_fences_prose_between_2560_minutes_cut_in_name.txt': { ids: [562120, 561437], truncated: true, crash: null, cut: [[561437, ['sync.runtime_SemacquireMutex', 'sync.(*RWMutex).Lock']]], first: '2 goroutines blocked for 42 h 40 min since the same minute, a likely deadlock: goroutine 561437 waits to Lock an RWMutex in sync.(*RWMutex).Lock (rwmutex.go:103), while goroutine 562120, blocked on chan send in prometheus.(*metricMap).Collect (vec.go:312), created by healthcheck.collect, holds it (goroutine 562120\'s prometheus.(*metricMap).Collect was called with 0xc000706c90, the lock\'s address)' },
  // `[signal SIGSEGV …]` with no `panic:` line above it, then `goroutine 240 [running]:` whose locations are flush left (no tab); trimmed by the paster before its creator
  'yorc_741_signal_line_without_panic_flush_left_locations_trimmed.txt': { ids: [240], truncated: true, crash: 'SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0xdc773a', cut: [[240, ['github.com/ystia/yorc/v4/prov/ansible.(*executionCommon).executePlaybook', 'github.com/ystia/yorc/v4/prov/ansible.(*executionScript).runAnsible', 'github.com/ystia/yorc/v4/prov/ansible.(*executionCommon).executeWithCurrentInstance', 'github.com/ystia/yorc/v4/prov/ansible.(*executionCommon).execute']]], first: '1 goroutine crashed (SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0xdc773a) in ansible.(*executionCommon).executePlaybook (execution.go:1273)' },
  // an inline code span's backtick opened before `panic: …` and closed glued after the creator's `+0x7c`, then a second report of the same crash in a comment (4 spaces for a tab); cut in a path
  'aliyunpan_126_backtick_span_around_dump_then_second_dump_cut_in_path.txt': { ids: [567], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[567, ['github.com/tickstep/aliyunpan/internal/functions/panupload.(*UploadTaskUnit).Run']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in panupload.(*UploadTaskUnit).Run (upload_task_unit.go:354)' },
  // `panic: runtime error: invalid memory address or ni` / `l pointer dereference` (a form wrapped the crash line inside a word), then another crash pasted in a comment; two dumps, the last grouped; cut in a path
  'aliyunpan_372_crash_line_wrapped_mid_word_two_dumps_cut_in_path.txt': { ids: [19], truncated: true, crash: 'panic: runtime error: index out of range [0] with length 0', cut: [[19, ['github.com/tickstep/aliyunpan/internal/syncdrive.(*FileActionTask).uploadFile']]], first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in syncdrive.(*FileActionTask).uploadFile' },
  // an excerpt starting in a location line: a headless Go 1.21 arm64 stack with `fp= sp= pc=` up to `runtime.goexit`, then `goroutine 2 [force gc (idle), 1 minutes]:`; cut in a path
  'cent_70_headless_start_go121_arm64_fp_sp_pc_force_gc_minutes_cut_in_path.txt': { ids: [2], truncated: true, crash: null, cut: [[2, ['runtime.gopark']]], first: null, headless: [{lines: '6–20', funcs: ['?', 'github.com/spf13/cobra.(*Command).execute', 'github.com/spf13/cobra.(*Command).ExecuteC', 'github.com/spf13/cobra.(*Command).Execute', 'github.com/xm1k3/cent/cmd.Execute', 'main.main', 'runtime.main', 'runtime.goexit'], createdBy: null}], cutAtStart: true },
  // logrus' `time=… level=warning msg=…` lines over a panic whose locations are indented by 9 and 8 spaces, a call line chopped at its arguments by a viewer (`0x8000, >`); whole
  'clash_1497_logrus_lines_nine_space_locations_chopped_args_whole.txt': { ids: [37], truncated: false, crash: 'panic: runtime error: index out of range [6] with length 4', cut: [], first: '1 goroutine crashed (panic: runtime error: index out of range [6] with length 4) in tcpip.UDPPacket.SetChecksum (udp.go:26), created by system.(*System).Start' },
  // `-trimpath` locations (`github.com/…/auth_chain_a.go:133`, `net/http/transport.go:1922`) of a 32-bit build's `slice bounds out of range [:-256]`, in a fence under a template's headings; whole
  'clash_1534_trimpath_module_paths_slice_bounds_fenced_whole.txt': { ids: [314], truncated: false, crash: 'panic: runtime error: slice bounds out of range [:-256]', cut: [], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range [:-256]) in protocol.(*authChainA).Decode (auth_chain_a.go:133), created by http.(*Transport).dialConn' },
  // a blank line after the opening fence, `panic: runtime error: index out of range [0] with length 0`, an inlined frame `(...)` first; whole
  'clash_300_blank_line_after_fence_index_out_of_range_whole.txt': { ids: [849], truncated: false, crash: 'panic: runtime error: index out of range [0] with length 0', cut: [], first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in domain-trie.isValidDomain (tire.go:25), created by tunnel.(*Tunnel).process' },
  // a Windows `slice bounds out of range [4133:69]` in `internal/poll.(*FD).Write` (`fd_windows.go`), 8-space locations, under a Chinese thread; cut in a path
  'clash_879_windows_trimpath_fd_windows_slice_bounds_cut_in_path.txt': { ids: [7418], truncated: true, crash: 'panic: runtime error: slice bounds out of range [4133:69]', cut: [[7418, ['internal/poll.(*FD).Write', 'net.(*netFD).Write', 'net.(*conn).Write', 'crypto/tls.(*Conn).write', 'crypto/tls.(*Conn).writeRecordLocked', 'crypto/tls.(*Conn).Write']]], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range [4133:69]) in poll.(*FD).Write (fd_windows.go:645)' },
  // `Log:` then the crash line and `goroutine 858844 [running]:` alone, the log's frames not pasted; the header with no frame is the cut
  'clashforwindows_219_crash_and_header_alone_no_frames.txt': { ids: [858844], truncated: true, crash: 'panic: runtime error: index out of range [15] with length 7', cut: [[858844, []]], first: '1 goroutine crashed (panic: runtime error: index out of range [15] with length 7)' },
  // a runtime stack alone (`runtime stack:`, `runtime.throw` inside `fatalthrow` inside `sigpanic` in `futexwakeup`, twice), no crash line, no goroutine; cut in a name
  'frp_2146_runtime_stack_alone_throw_inside_throw_cut_in_name.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'the runtime threw in runtime.futexwakeup (os_linux.go:69), as a runtime stack shows (its crash line is not in the text)' },
  // a log line and Go 1.7's `panic: close of nil channel`, `panic(0x764840, …)` frame, every line quoted with `> ` (`>` alone for blank lines); whole
  'frp_223_reply_quoted_go17_close_of_nil_channel_whole.txt': { ids: [18], truncated: false, crash: 'panic: close of nil channel', cut: [], first: '1 goroutine crashed (panic: close of nil channel) in server.(*ProxyServer).Release (server.go:301), created by main.ProcessControlConn' },
  // frp's log prefix (`2021/04/21 12:48:42 [E] [control.go:325] [0e9f2f4b2c7d39e2] `) on the recovered panic's line and its `goroutine … [running]:` header only, `debug.Stack` unprefixed under it, twice; cut in a path
  'frp_2361_log_prefixed_debug_stack_twice_cut_in_path.txt': { ids: [1294227, 1458212], truncated: true, crash: 'panic error: send on closed channel', cut: [[1458212, ['runtime/debug.Stack', 'github.com/fatedier/frp/server.(*Control).reader.func1']]], first: '1 goroutine panicked (recovered: panic error: send on closed channel) in server.(*Control).reader (control.go:345), created by server.(*Control).Start' },
  // Docker Desktop's `2023-12-19 06:59:25 ` before every line (4 spaces for the tab), `panic: close of closed channel` on arm64; cut in a path
  'frp_3860_docker_desktop_date_time_prefix_cut_in_path.txt': { ids: [22], truncated: true, crash: 'panic: close of closed channel', cut: [[22, ['github.com/fatedier/frp/client.(*Service).loopLoginUntilSuccess.func1', 'github.com/fatedier/frp/pkg/util/wait.BackoffUntil', 'github.com/fatedier/frp/client.(*Service).loopLoginUntilSuccess', 'github.com/fatedier/frp/client.(*Service).keepControllerWorking.func1', 'github.com/fatedier/frp/pkg/util/wait.BackoffUntil', 'github.com/fatedier/frp/client.(*Service).keepControllerWorking']]], first: '1 goroutine crashed (panic: close of closed channel) in client.(*Service).loopLoginUntilSuccess.func1 (service.go:331), created by client.(*Service).Run' },
  // a log line (`2024/01/04 17:59:07 [I] [proxy_wrapper.go:239] …`) right over `panic: close of closed channel`, 8-space locations; whole
  'frp_3920_log_line_before_close_of_closed_channel_whole.txt': { ids: [65], truncated: false, crash: 'panic: close of closed channel', cut: [], first: '1 goroutine crashed (panic: close of closed channel) in client.(*Service).loopLoginUntilSuccess.func1 (service.go:331), created by client.(*Service).Run' },
  // a runtime stack alone on 386 (`runtime.throw({0x877aad8, 0x2a})`, `fp= sp= pc=`, `fatalthrow` inside `sigpanic`), no crash line; cut in a path
  'frp_4313_runtime_stack_alone_386_fp_sp_pc_cut_in_path.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'the runtime threw in runtime.futexwakeup (os_linux.go:94), as a runtime stack shows (its crash line is not in the text)' },
  // every line padded with spaces to 113 columns (a terminal's screen copied), `fatal error: all goroutines are asleep - deadlock!`, `goroutine 1 [chan receive, 693 minutes]:`; cut in arguments
  'frp_4516_lines_padded_to_113_deadlock_693_minutes_cut_in_args.txt': { ids: [1], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[1, ['github.com/fatedier/frp/client.(*Service).Run', 'github.com/fatedier/frp/cmd/frpc/sub.startService']]], first: '1 goroutine blocked on chan receive for 11 h 33 min in client.(*Service).Run (service.go:191); all goroutines are asleep (deadlock)' },
  // an excerpt starting at a `created by` line, then `goroutine 1 [chan send, locked to thread]:` in glfw's callbacks through cgo, `C:/Users/[redacted]/…` paths; cut after a location (no creator)
  'fyne_1461_headless_creator_chan_send_locked_to_thread_redacted_paths_cut.txt': { ids: [1], truncated: true, crash: null, cut: [[1, ['fyne.io/fyne/internal/driver/glfw.runOnDraw', 'fyne.io/fyne/internal/driver/glfw.(*window).platformResize', 'fyne.io/fyne/internal/driver/glfw.(*window).resized', 'fyne.io/fyne/vendor/github.com/go-gl/glfw/v3.3/glfw.goWindowSizeCB', 'fyne.io/fyne/vendor/github.com/go-gl/glfw/v3.3/glfw._cgoexpwrap_b933ac915954_goWindowSizeCB', 'fyne.io/fyne/vendor/github.com/go-gl/glfw/v3.3/glfw._Cfunc_glfwPollEvents', 'fyne.io/fyne/vendor/github.com/go-gl/glfw/v3.3/glfw.PollEvents']]], first: null, headless: [{lines: '7–8', funcs: [], createdBy: 'fyne.io/fyne/internal/driver/glfw.(*gLDriver).startDrawThread'}], cutAtStart: true },
  // `fatal error: unexpected signal during runtime execution` with `[signal SIGSEGV …]` under an issue template, a runtime stack indented by 4, `goroutine 1 [syscall, locked to thread]:` in `runtime.cgocall` / `glfw._Cfunc_glfwPollEvents`; cut in a path
  'fyne_3728_unexpected_signal_four_space_runtime_stack_cgo_locked_cut_in_path.txt': { ids: [1], truncated: true, crash: 'fatal error: unexpected signal during runtime execution', cut: [[1, ['runtime.cgocall', 'github.com/go-gl/glfw/v3.3/glfw._Cfunc_glfwPollEvents', 'github.com/go-gl/glfw/v3.3/glfw.PollEvents']]], first: '1 goroutine crashed (fatal error: unexpected signal during runtime execution) in glfw._Cfunc_glfwPollEvents (_cgo_gotypes.go:1577)' },
  // `<details>`, two log lines, then `SIGQUIT: quit` / `PC=… m=0 sigcode=0` and `goroutine 0 [idle]:` with `fp= sp= pc=`; cut in a path
  'fyne_4086_details_log_lines_then_sigquit_goroutine_0_cut_in_path.txt': { ids: [0], truncated: true, crash: 'SIGQUIT: quit', cut: [[0, ['runtime.futex', 'runtime.futexsleep', 'runtime.notesleep', 'runtime.mPark', 'runtime.stoplockedm', 'runtime.schedule', 'runtime.park_m']]], first: null },
  // a runtime stack (`runtime.throw`, `sigpanic`, `asmcgocall`) without its crash line, then `goroutine 21 [syscall, locked to thread]:` in `glfw._Cfunc_glfwMakeContextCurrent`; cut in a path
  'fyne_4164_runtime_stack_then_syscall_locked_to_thread_cgo_cut_in_path.txt': { ids: [21], truncated: true, crash: null, cut: [[21, ['runtime.cgocall', 'github.com/go-gl/glfw/v3.3/glfw._Cfunc_glfwMakeContextCurrent', 'github.com/go-gl/glfw/v3.3/glfw.DetachCurrentContext', 'fyne.io/fyne/v2/internal/driver/glfw.(*window).DetachCurrentContext', 'fyne.io/fyne/v2/internal/driver/glfw.(*window).RunWithContext']]], first: '1 goroutine crashed (its crash line is not in the text) in glfw._Cfunc_glfwMakeContextCurrent (_cgo_gotypes.go:1471)' },
  // Windows `C:/Program Files/Go/src/…` paths (a space in them), Go 1.21's `created by runtime.gcenable in goroutine 1`, `[GC scavenge wait]`, `[finalizer wait]`; cut inside `fp=`
  'fyne_4576_windows_program_files_paths_go121_gc_goroutines_cut_in_fp.txt': { ids: [4, 5], truncated: true, crash: null, cut: [[5, ['runtime.gopark', 'runtime.runfinq', 'runtime.goexit']]], first: null },
  // an excerpt starting at `created by …startDrawThread in goroutine 1`, then `goroutine 1 [syscall, locked to thread]:` through cgo on Windows, a location with trailing spaces; cut inside `pc=`
  'fyne_4868_headless_creator_in_goroutine_trailing_spaces_cut_in_pc.txt': { ids: [1], truncated: true, crash: null, cut: [[1, ['runtime.cgocall', 'github.com/go-gl/glfw/v3.3/glfw._Cfunc_glfwPollEvents', 'github.com/go-gl/glfw/v3.3/glfw.PollEvents', 'fyne.io/fyne/v2/internal/driver/glfw.(*gLDriver).pollEvents', 'fyne.io/fyne/v2/internal/driver/glfw.(*gLDriver).runGL', 'fyne.io/fyne/v2/internal/driver/glfw.(*gLDriver).Run']]], first: null, headless: [{lines: '7–8', funcs: [], createdBy: 'fyne.io/fyne/v2/internal/driver/glfw.(*gLDriver).startDrawThread'}], cutAtStart: true },
  // a MIPS32 port (go-mips32): markdown ate the receivers' stars (`(_NetConn).Receive`, `(_Tomb).run`), `gopkg.in/tomb%2ev2`, `·fm` method values, locations indented by 4; cut in arguments
  'gomini_8_mips32_markdown_underscore_receivers_four_space_cut_in_args.txt': { ids: [34, 1, 5, 6], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[6, ['net.(*pollDesc).Wait', 'net.(*pollDesc).WaitRead', 'net.(*netFD).accept']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in transport.(*NetConn).Receive (net_conn.go:256), created by tomb%2ev2.(*Tomb).Go' },
  // a Go 1.5 race report under `^CSignal:  interrupt`: `Write by main goroutine:` (no id), `Previous read by goroutine 7:`, `Goroutine 7 (running) created at:`; the creator's location without its offset (cut)
  'gotcp_8_race_go15_write_by_main_goroutine_cut_in_creator_location.txt': { ids: [1, 7], truncated: true, crash: null, cut: [], first: '1 goroutine in a data race: write in gotcp.(*Server).Stop (server.go:63)' },
  // an excerpt starting in `runtime.ensureSigM.func1()` (headless), Go 1.6's `[chan receive]` and `[runnable]` in `archive/tar`; cut in arguments
  'libcompose_158_headless_start_go16_runnable_tar_cut_in_args.txt': { ids: [20, 28], truncated: true, crash: null, cut: [[28, ['archive/tar.isASCII', 'archive/tar.(*Writer).cString', 'archive/tar.(*Writer).octal', 'archive/tar.(*Writer).numeric', 'archive/tar.(*Writer).writeHeader', 'archive/tar.(*Writer).WriteHeader', 'github.com/docker/docker/pkg/archive.(*tarAppender).addTarFile']]], first: null, headless: [{lines: '6–9', funcs: ['runtime.ensureSigM.func1', 'runtime.goexit'], createdBy: null}], cutAtStart: true },
  // syslog lines tagged `【clash】:` (full-width brackets, two spaces, locations by three), another program's line (`wsdd2[2274]: …`) between two frames; whole
  'mihomo_480_syslog_bracketed_tag_interleaved_line_whole.txt': { ids: [781552], truncated: false, crash: 'panic: runtime error: index out of range [-1]', cut: [], first: '1 goroutine crashed (panic: runtime error: index out of range [-1]) in outboundgroup.strategyRoundRobin.func1 (loadbalance.go:132), created by tunnel.process' },
  // `runtime/cgo: pthread_create failed`, `SIGABRT: abort`, Go 1.23's `goroutine 0 gp=… m=0 mp=… [idle]:` with `runtime: g 0 gp=…: unknown pc` and the stack's words; cut inside the words
  'mqmetricsamples_297_pthread_create_gp_header_idle_stack_words_cut.txt': { ids: [0], truncated: true, crash: 'runtime/cgo: pthread_create failed: Resource temporarily unavailable / SIGABRT: abort', cut: [[0, []]], first: null },
  // frp's stack as a Windows console copied it: every line cut at 80 columns, call lines cut in their names and again in their arguments, paths cut; cut in a name
  'onecoreapi_152_console_wrap_80_names_and_args_cut_in_name.txt': { ids: [25, 26], truncated: true, crash: null, cut: [[26, ['runtime.goparkun…']]], first: null },
  // journald lines with a host: systemd's restart lines, then `v2ray[20365]: panic: …` and the goroutine (8 spaces for the tab); cut in a name
  'v2raycore_1245_journald_systemd_restart_lines_cut_in_name.txt': { ids: [8], truncated: true, crash: 'panic: runtime error: slice bounds out of range', cut: [[8, ['v2ray.com/core/common/buf.(*Buffer).Read', 'v2ray.com/core/common/buf.(*MultiBuffer).Read', 'v2ray.com/core/common/buf.Read…']]], first: '1 goroutine crashed (panic: runtime error: slice bounds out of range) in buf.(*Buffer).Read (buffer.go:158)' },
  // Pages and repositories other than issue trackers (eleventh batch): web pages made text (lines flush left, joined by spaces,
  // mojibake), blog posts, guides and tickets kept in repositories, a Go test's comment, a pre-Go 1 book, Go by Example's transcript.
  'amitsaha_gist_http_panic_serving_flush_left_go116_whole.txt': { ids: [4], truncated: false, crash: 'http: panic serving [::1]:52336: I panicked', cut: [], first: '1 goroutine panicked (recovered: http: panic serving [::1]:52336: I panicked) in main.myHandler1 (server.go:6), created by http.(*Server).Serve' },
  'bugstack_race_report_on_one_line.txt': { ids: [8, 7], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c0000b4010 in main.(*Counter).Get (counter.go:15), created by http.(*Server).Serve' },
  'cwrk_slog_http_panic_serving_flush_left_cut_in_args.txt': { ids: [78], truncated: true, crash: 'http: panic serving [::1]:58424: Something went wrong', cut: [[78, ['net/http.(*conn).serve.func1', 'panic', 'main.main.SomeHandler.func1', 'net/http.HandlerFunc.ServeHTTP', 'net/http.(*ServeMux).ServeHTTP', 'net/http.serverHandler.ServeHTTP']]], first: '1 goroutine panicked (recovered: http: panic serving [::1]:58424: Something went wrong) in main.main.SomeHandler.func1 (main.go:44)' },
  'errornotes_race_flush_left_exit_status_66_whole.txt': { ids: [7, 6], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: write of 0x00c0000b4010 in main.incrementCounter (main.go:15), created by main.main' },
  'errornotes_send_closed_goroutines_before_panic_eight_spaces_mojibake.txt': { ids: [1, 6], truncated: true, crash: 'panic: send on closed channel\n#goroutine#channel#concurrency#panic\n\nThe Error\n\nYour Go program crashes with:', cut: [[6, ['main.worker']]], first: '1 goroutine crashed (panic: send on closed channel …) in main.main (main.go:25)' },
  'errornotes_send_closed_goroutines_before_panic_flush_left.txt': { ids: [1, 6], truncated: true, crash: 'panic: send on closed channel', cut: [[6, ['main.worker']]], first: '1 goroutine crashed (panic: send on closed channel) in main.main (main.go:25)' },
  'errornotes_unlock_of_unlocked_mutex_eight_spaces_hashtag_line_whole.txt': { ids: [1], truncated: false, crash: 'panic: sync: unlock of unlocked mutex', cut: [], first: '1 goroutine crashed (panic: sync: unlock of unlocked mutex) in main.main (main.go:18)' },
  'errornotes_unlock_of_unlocked_mutex_throw2_flush_left_whole.txt': { ids: [1], truncated: false, crash: 'panic: sync: unlock of unlocked mutex', cut: [], first: '1 goroutine crashed (panic: sync: unlock of unlocked mutex) in main.main (main.go:18)' },
  'fixdevs_www_concurrent_map_eight_spaces_blank_lines_hash_race.txt': { ids: [7, 1, 7, 1], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in runtime.mapaccess1_faststr (map_faststr.go:31)' },
  'fixwikihub_deadlock_bullets_glued_fence_lines_joined.txt': { ids: [1, 18], truncated: true, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [[18, ['main.worker']]], first: '1 goroutine blocked on chan send in main.main (main.go:15); all goroutines are asleep (deadlock)' },
  'gobyexamplecn_panic_sh_elided_path_and_goroutines_whole.txt': { ids: [1], truncated: false, crash: 'panic: a problem', cut: [], first: '1 goroutine crashed (panic: a problem) in main.main (panic.go:12)' },
  'golang_issue5963_before_fix_in_block_comment_go12_whole.txt': { ids: [2, 3], truncated: false, crash: 'fatal error: internal lockOSThread error', cut: [], first: '1 goroutine crashed (fatal error: internal lockOSThread error) in runtime.MHeap_Scavenger (mheap.c:438), created by runtime.main' },
  'memleaksgo_debug1_profile_elided_frames_dot_paths.txt': { ids: [], truncated: true, crash: null, cut: [], first: '4,724 goroutines sleeping in main.processTaskBadly (example.go:90)' },
  'seniorstack_waitgroup_race_elided_addresses_two_space_frames.txt': { ids: [6, 7], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: read at 0x... in sync.(*WaitGroup).Wait' },
  'shelleyfuse_ticket_excerpts_four_space_frames_cut.txt': { ids: [8110, 35884], truncated: false, crash: null, cut: [], first: null },
  'stapelberg_blog_sigquit_echo_go123_gp_headers_in_div_whole.txt': { ids: [0, 1, 2], truncated: false, crash: 'SIGQUIT: quit', cut: [], first: null },
  'thewaytogo_pre_go1_panic_pc_windows_path_with_spaces_whole.txt': { ids: [0], truncated: false, crash: 'panic: A severe error occurred: stopping the program!', cut: [], first: '1 goroutine crashed (panic: A severe error occurred: stopping the program!) in main.main (panic.go:8)' },
  'zenn_ja_deadlock_redacted_path_eight_spaces_exit_status_whole.txt': { ids: [1], truncated: false, crash: 'fatal error: all goroutines are asleep - deadlock!', cut: [], first: '1 goroutine blocked on chan send in main.main (main.go:7); all goroutines are asleep (deadlock)' },
  'suberror_debug_stack_in_tab_indented_block_comment_windows_whole.txt': { ids: [1], truncated: false, crash: null, cut: [], first: null },
  'gosnippets_go14_windows_output_in_block_comment_whole.txt': { ids: [1, 4], truncated: false, crash: 'panic: runtime error: index out of range', cut: [], first: '1 goroutine crashed (panic: runtime error: index out of range) in main.main (csv.go:35)' },
  'learngo_windows_out_of_memory_comment_prefixed_console_wrap_80_whole.txt': { ids: [1], truncated: false, crash: 'fatal error: out of memory', cut: [], first: '1 goroutine crashed (fatal error: out of memory) in runtime.sysMap (mem_windows.go:122) on the system stack' },
  // an excerpt starting in a location line with `fp= sp= pc=` (Go 1.13, locations indented by 8 spaces), dnsproxy frames up to `runtime.goexit`, ending at `created by …udpPacketLoop` without its location; no header in the text
  'adguardhome_1073_headless_start_fp_sp_pc_eight_space_go113_cut_after_creator.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at dnsforward.go:421, created by proxy.(*Proxy).udpPacketLoop', headless: [{lines: '2–13', funcs: ['?', 'github.com/AdguardTeam/AdGuardHome/dnsforward.(*Server).handleDNSRequest-fm', 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).handleDNSRequest', 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).handleUDPPacket', 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).udpPacketLoop.func1', 'runtime.goexit'], createdBy: 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).udpPacketLoop'}], cutAtStart: true },
  // syslog lines (`Oct 21 18:56:18 vm126682 AdGuardHome[7890]: `) whose tabs rsyslog escaped as `#011`, starting at a `created by`, `[chan receive, 1055 minutes]` and `[sleep, 34 minutes]`; cut in a name
  'adguardhome_1103_syslog_hash011_escaped_tabs_1055_minutes_cut_in_name.txt': { ids: [11, 12], truncated: true, crash: null, cut: [[12, ['runtime.goparkunlock', 'time.Sleep', 'github.com/AdguardTeam/AdGuardHome/home.(*clientsContainer).periodicUpdate']]], first: null, headless: [{lines: '2–3', funcs: [], createdBy: 'github.com/AdguardTeam/AdGuardHome/home.(*program).Start'}], cutAtStart: true },
  // prose, then every line of the dump behind one space (` panic:`, ` goroutine`, ` \t` locations) on ARMv7, `index out of range [0] with length 0` in dnsproxy; cut in a name
  'adguardhome_3551_one_space_before_every_line_armv7_index_out_of_range_cut_in_name.txt': { ids: [43834], truncated: true, crash: 'panic: runtime error: index out of range [0] with length 0', cut: [[43834, ['github.com/AdguardTeam/dnsproxy/proxy.filterMsg', 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).Resolve', 'github.com/AdguardTeam/AdGuardHome/internal/dnsforward.(*Server).processUpstream', 'github.com/AdguardTeam/AdGuardHome/internal/dnsforward.(*Server).handleDNSRequest', 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).handleDNSRequest', 'github.com/AdguardTeam/dnsproxy/proxy.(*Proxy).udpHandlePacket']]], first: '1 goroutine crashed (panic: runtime error: index out of range [0] with length 0) in proxy.filterMsg (cache.go:427)' },
  // OpenWrt's logread prefix (`Sun Jun 26 16:27:44 2022 daemon.err AdGuardHome[2507]: `), locations behind one space for the tab, `fp= sp= pc=`, starting mid-stack (no header); cut in a path
  'adguardhome_4374_openwrt_logread_prefix_tab_as_space_fp_sp_pc_cut_in_path.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at home.limitRequestBody.func1 (middlewares.go:75)', headless: [{lines: '1–9', funcs: ['net/http.(*ServeMux).ServeHTTP', 'github.com/AdguardTeam/AdGuardHome/internal/home.limitRequestBody.func1', 'net/http.HandlerFunc.ServeHTTP', 'net/http.serverHandler.ServeHTTP', 'net/http.(*conn).serve'], createdBy: null}], cutAtStart: true },
  // the first line alone quoted (`> goroutine 57646 [running]:`), a pprof handler dumping all goroutines on arm64, `[chan receive, 52 minutes]`; cut in a path
  'adguardhome_4437_quoted_header_only_pprof_handler_52_minutes_cut_in_path.txt': { ids: [57646, 1], truncated: true, crash: null, cut: [[1, ['github.com/kardianos/service.(*sysv).Run.func1', 'github.com/kardianos/service.(*sysv).Run']]], first: null },
  // a log line `[error] storage: recovered from panic: runtime error: …` padded with spaces to a screen's width, then `goroutine 76 [running]:` alone, the stack not pasted; the header with no frame is the cut
  'adguardhome_7315_recovered_log_line_padded_then_header_alone.txt': { ids: [76], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[76, []]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference)' },
  // an excerpt starting at a `runtime/panic.go:783` location (the panic's frame cut off above), a 32-bit build's install handlers; cut in a name
  'adguardhome_8313_headless_start_panic_frame_32bit_handlers_cut_in_name.txt': { ids: [], truncated: true, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header panicked in home.(*auth).addUser (auth.go:190)', headless: [{lines: '1–14', funcs: ['?', 'github.com/AdguardTeam/AdGuardHome/internal/home.(*auth).addUser', 'github.com/AdguardTeam/AdGuardHome/internal/home.(*webAPI).finalizeInstall', 'github.com/AdguardTeam/AdGuardHome/internal/home.(*webAPI).handleInstallConfigure', 'github.com/AdguardTeam/AdGuardHome/internal/home.(*webAPI).registerInstallHandlers.(*webAPI).ensure.func4', 'net/http.HandlerFunc.ServeHTTP', 'github.com/AdguardTeam/AdGuardHome/internal/home.(*webAPI).registerInstallHandlers.(*webAPI).preInstallHandler.func5', 'net/http.HandlerFunc.ServeHTTP'], createdBy: null}], cutAtStart: true },
  // Go 1.24's `goroutine 23 gp=0x… m=nil [GC worker (idle)]:` headers and `gowrap1` frames, starting in a location line of a `shell` fence; cut inside `fp=`
  'cogentcore_1570_go124_gc_workers_gp_headers_headless_start_cut_in_fp.txt': { ids: [23, 34], truncated: true, crash: null, cut: [[34, ['runtime.gopark', 'runtime.gcBgMarkWorker', 'runtime.gcBgMarkStartWorkers.gowrap1']]], first: null, headless: [{lines: '2–6', funcs: ['?', 'runtime.goexit'], createdBy: 'runtime.gcBgMarkStartWorkers'}], cutAtStart: true },
  // `log.Panic`'s goroutine alone (no crash line), Windows `D:/…` paths indented by 8 spaces, an inlined `main.dropErr(...)`; whole
  'downloadbot_60_log_panic_windows_drive_paths_no_crash_line_whole.txt': { ids: [53], truncated: false, crash: null, cut: [], first: '1 goroutine crashed (its crash line is not in the text) in main.dropErr (main.go:14), created by main.tgBot' },
  // a zerolog line over `panic: runtime error: index out of range [-1]`, Bazel's `external/com_github_…` paths, a generic `closeChanWithLog[...]`, `_` arguments; cut in a path
  'headscale_1541_log_line_index_minus_one_bazel_external_paths_generic_dots_cut_in_path.txt': { ids: [463766], truncated: true, crash: 'panic: runtime error: index out of range [-1]', cut: [[463766, ['github.com/rs/zerolog/internal/json.Encoder.AppendKey', 'github.com/rs/zerolog.(*Event).msg', 'github.com/rs/zerolog.(*Event).Msg', 'github.com/juanfont/headscale.closeChanWithLog[...]', 'github.com/juanfont/headscale.(*Headscale).scheduledPollWorker']]], first: '1 goroutine crashed (panic: runtime error: index out of range [-1]) in json.Encoder.AppendKey (base.go:15)' },
  // `fatal error: concurrent map read and map write` in an http2 handler, Nix store paths of Go 1.22, `created by … in goroutine 106672803`; whole
  'headscale_1862_concurrent_map_read_nix_store_go122_in_goroutine_whole.txt': { ids: [106672824], truncated: false, crash: 'fatal error: concurrent map read and map write', cut: [], first: '1 goroutine crashed (fatal error: concurrent map read and map write) in hscontrol.(*Headscale).handlePoll (poll.go:455), created by http2.(*serverConn).scheduleHandler' },
  // journald lines as journalctl's pager showed them: every long line chopped at the screen's width with less's `>` mark, call lines chopped in their arguments, `created by … in gor>`; a stray `D` line, a stack without its header, then `http2: panic serving …: runtime erro>` and goroutine 145; cut in a name
  'headscale_1883_journald_lines_chopped_by_pager_gt_http2_panic_serving_cut.txt': { ids: [145], truncated: true, crash: 'http2: panic serving 127.0.0.1:34652: runtime erro', cut: [[145, ['golang.org/x/net/http2.(*serverConn).runHandler.func1']]], first: '1 goroutine panicked (recovered: http2: panic serving 127.0.0.1:34652: runtime erro), cut before the frame that panicked', headless: [{lines: '3–11', funcs: ['?', 'net/http.HandlerFunc.ServeHTTP', 'github.com/gorilla/mux.(*Router).ServeHTTP', 'golang.org/x/net/http2.(*serverConn).runHandler'], createdBy: 'golang.org/x/net/http2.(*serverConn).scheduleHandler'}], cutAtStart: true },
  // Go 1.23 on 32-bit ARM: `goroutine 6 gp=0x2d2bd48 m=nil [chan receive]:`, Nix store paths, `fp= sp= pc=`, a lone creator location first; cut inside the next header's bracket (`[sele`)
  'headscale_2264_arm_go123_gp_headers_headless_start_cut_in_header.txt': { ids: [6, 37], truncated: true, crash: null, cut: [[37, []]], first: null },
  // a zerolog line, then `http2: panic serving …` and its goroutine, Go 1.23's `panic({0x1e7d120?, 0x369aae0?})` frame, Nix store paths; cut in a name
  'headscale_2434_http2_panic_serving_nix_go123_cut_in_name.txt': { ids: [73037], truncated: true, crash: 'http2: panic serving 10.240.1.24:60088: runtime error: invalid memory address or nil pointer dereference', cut: [[73037, ['golang.org/x/net/http2.(*serverConn).runHandler.func1', 'panic', 'github.com/juanfont/headscale/hscontrol.(*noiseServer).NoiseRegistrationHandler', 'net/http.HandlerFunc.ServeHTTP']]], first: '1 goroutine panicked (recovered: http2: panic serving 10.240.1.24:60088: runtime error: invalid memory address or nil pointer dereference) in hscontrol.(*noiseServer).NoiseRegistrationHandler (noise.go:275)' },
  // JSON log records with `...` between them, then `http2: panic serving …`, Go 1.24 on arm64 (8-space locations); cut in a name right under the `panic(…)` frame
  'headscale_2597_json_log_records_ellipsis_http2_panic_serving_go124_cut_in_path.txt': { ids: [1312072], truncated: true, crash: 'http2: panic serving 10.128.11.73:60504: runtime error: invalid memory address or nil pointer dereference', cut: [[1312072, ['golang.org/x/net/http2.(*serverConn).runHandler.func1', 'panic']]], first: '1 goroutine panicked (recovered: http2: panic serving 10.128.11.73:60504: runtime error: invalid memory address or nil pointer dereference), cut before the frame that panicked' },
  // zerolog lines over `http2: panic serving …`, Go 1.24's `panic({…})` frame; cut after a location (no creator)
  'headscale_2715_zerolog_lines_http2_panic_serving_go124_cut_in_name.txt': { ids: [21012], truncated: true, crash: 'http2: panic serving 10.61.15.17:37448: runtime error: invalid memory address or nil pointer dereference', cut: [[21012, ['golang.org/x/net/http2.(*serverConn).runHandler.func1', 'panic', 'github.com/juanfont/headscale/hscontrol.(*mapSession).serveLongPoll.func1', 'github.com/juanfont/headscale/hscontrol.(*mapSession).serveLongPoll']]], first: '1 goroutine panicked (recovered: http2: panic serving 10.61.15.17:37448: runtime error: invalid memory address or nil pointer dereference) in hscontrol.(*mapSession).serveLongPoll.func1 (poll.go:182)' },
  // GIN's access log lines over `panic: send on closed channel`, `_, _` arguments, 8-space locations, a fence, then a comment's second dump of the same crash; two dumps, the last grouped; cut in a path
  'headscale_342_gin_log_lines_send_on_closed_channel_two_dumps_cut_in_path.txt': { ids: [5023], truncated: true, crash: 'panic: send on closed channel', cut: [[5023, ['github.com/juanfont/headscale.(*Headscale).scheduledPollWorker']]], first: '1 goroutine crashed (panic: send on closed channel) in headscale.(*Headscale).scheduledPollWorker' },
  // a space before `panic:` (a log console's), a location with a trailing space, the stack stopping at `main.evaluateVPNConnected` (no `main.main`, no creator)
  'metalapi_499_leading_space_crash_line_trailing_space_location_cut_after_location.txt': { ids: [1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['github.com/metal-stack/metal-api/cmd/metal-api/internal/headscale.(*HeadscaleClient).MachinesConnected', 'main.evaluateVPNConnected']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in headscale.(*HeadscaleClient).MachinesConnected (client.go:122)' },
  // `unexpected fault address` bare, then every line behind `[12/28/2022 10:43:34 AM] ` (a 12-hour bracketed time), `SIGBUS` in `runtime.memmove` under `compress/flate`; cut in a name
  'pgzip_51_bracketed_am_pm_timestamps_sigbus_fault_memmove_cut_in_name.txt': { ids: [2097195620], truncated: true, crash: 'unexpected fault address 0x46d405 / fatal error: fault', cut: [[2097195620, ['runtime.throw', 'runtime.sigpanic', 'runtime.memmove', 'compress/flate.(*compressor).fillStore', 'compress/flate.(*compressor).write', 'compress/flate.(*Writer).Write']]], first: '1 goroutine crashed (unexpected fault address 0x46d405 / fatal error: fault) in runtime.memmove (memmove_amd64.s:139)' },
  // Kodi's log prefix (`15:08:10 364.658051 T:1587278832  NOTICE: [plugin.video.pulsar] `) on every line, Go 1.3's `func·007` and 4-space locations, markdown-eaten receivers (`net.(_pollDesc)`); cut in a name
  'pulsarvideo_109_kodi_log_prefix_underscore_receivers_go13_cut_in_name.txt': { ids: [88, 1], truncated: true, crash: 'panic: runtime error: invalid memory address or nil pointer dereference', cut: [[1, ['net.(*pollDesc).Wait']]], first: '1 goroutine crashed (panic: runtime error: invalid memory address or nil pointer dereference) in tmdb.func·007 (movie.go:188), created by tmdb.ListMoviesComplete' },
  // journald lines of a 32-bit build, starting at a location line, `[semacquire, 39 minutes]` in `sync.(*Mutex).lockSlow`; cut in a name
  'rdioscanner_181_journald_386_semacquire_39_minutes_lockslow_cut_in_name.txt': { ids: [17611], truncated: true, crash: null, cut: [[17611, ['sync.runtime_SemacquireMutex', 'sync.(*Mutex).lockSlow', 'sync.(*Mutex).Lock', 'main.(*Clients).Count', 'main.(*Client).Init', 'main.main.func1', 'net/http.HandlerFun…']]], first: '1 goroutine blocked on semacquire for 39 minutes in main.(*Clients).Count (client.go:212); blocked long in a small dump' },
  // a Go 1.8 race report (`Read at … by goroutine 7`, `Previous write at … by goroutine 12`, both creators) in a fence under prose; whole
  'semaphore_5_race_go18_two_accesses_two_creators_whole.txt': { ids: [7, 12], truncated: false, crash: null, cut: [], first: '1 goroutine in a data race: read of 0x00c4200742d8 in semaphore.(*Semaphore).Release (semaphore.go:95), created by semaphore.Test' },
  // an excerpt starting at `time.Sleep(0xbebc200)` (no header), `created by … in goroutine 83`, then `go test`'s `FAIL\t…\t600.215s`; the stack whole
  'signozotelcol_673_headless_sleep_creator_in_goroutine_then_fail_line_whole.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at signozcol.(*WrappedCollector).Run.func2 (collector.go:125), created by signozcol.(*WrappedCollector).Run', headless: [{lines: '2–7', funcs: ['time.Sleep', 'github.com/SigNoz/signoz-otel-collector/signozcol.(*WrappedCollector).Run.func2'], createdBy: 'github.com/SigNoz/signoz-otel-collector/signozcol.(*WrappedCollector).Run'}], cutAtStart: true },
  // GitHub Actions' time stamps on every line, `panic: test timed out after 10m0s` with Go 1.23's tab-indented `running tests:`, `< ... >` where the paster left lines out; cut in a path
  'syzkaller_5776_actions_timestamps_running_tests_elided_middle_cut_in_path.txt': { ids: [6743, 6], truncated: true, crash: 'panic: test timed out after 10m0s (running TestProcessor)', cut: [[6, ['go.opencensus.io/stats/view.(*worker).start']]], first: null, headless: [{lines: '13–14', funcs: ['main.main'], createdBy: null}] },
  // journald's prefix and docker compose's `xion-cosmos-1  | ` behind it, Go 1.22 `gp=… m=nil [GC worker (idle)]` headers, a compose line with nothing after `|`, starting mid-stack; cut in a name
  'xion_226_journald_then_compose_prefix_gc_workers_gp_headers_cut_in_name.txt': { ids: [7], truncated: true, crash: null, cut: [[7, ['runtime.gopark', 'runtime.gcBgMarkWorker', 'runtime.goexit']]], first: null, headless: [{lines: '2–5', funcs: ['runtime.goexit'], createdBy: 'runtime.createfing'}], cutAtStart: true },
  // OpenWrt ARMv7, no crash line: `runtime stack:` with the unwinder's throw, then `goroutine 1 gp=… m=0 mp=… [running, locked to thread]:` panicking in `runtime.main`'s inlined `doInit`, `[force gc (idle)]`; cut in a name
  'xray_6194_armv7_runtime_stack_unwinder_running_locked_to_thread_gp_mp_cut_in_name.txt': { ids: [1, 2], truncated: true, crash: null, cut: [[2, ['runtime.gopark', 'runtime.goparkunlock', 'runtime.forcegchelper…']]], first: '1 goroutine crashed (its crash line is not in the text) in runtime.(*unwinder).finishInternal (traceback.go:567) on the system stack' },
  // a panel's log shown newest first, every line behind one space (a creator `in goroutine 26551` above its frames), then the panel's log line with the crashed stack flattened into one line; the headless part whole, the flattened line cut
  'xray_6204_leading_space_frames_after_creator_then_flattened_stack_log_line.txt': { ids: [], truncated: false, crash: null, cut: [], first: null, stackSuspect: 'a stack without its goroutine header, at inbound.(*Handler).Process (inbound.go:633), created by inbound.(*tcpWorker).Start.func1', headless: [{lines: '2–7', funcs: ['github.com/xtls/xray-core/proxy/vless/inbound.(*Handler).Process', 'github.com/xtls/xray-core/app/proxyman/inbound.(*tcpWorker).callback'], createdBy: 'github.com/xtls/xray-core/app/proxyman/inbound.(*tcpWorker).Start.func1'}], cutAtStart: true },
  // `dlv core`'s `grs` listing (`Goroutine 1 - User: …/daemon.go:118 github.com/zrepl/zrepl/daemon.Run (0xb5f445) [select 459571h23m53.868196416s]`), the last line cut in its path
  'zrepl_598_delve_goroutines_listing_years_long_waits_cut.txt': { ids: [1, 2, 3, 4, 5, 6, 10, 19], truncated: false, crash: null, cut: [[19, []]], first: null },
};

/** What may close a paste after its last line. */
const CLOSERS: Record<string, string> = {
  'a line break': '\n',
  'a closing fence': '\n```\n',
  'a closing fence and blank lines (CRLF)': '\r\n```\r\n\r\n',
  'an issue\'s collapsed block': '\n\n</details>\n',
  'a closing backtick': '\n`',
};

describe('goroutines: real pastes from public issues', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: the goroutines, the cut, the crash and the one to blame`, () => {
      assert.deepEqual(reading(analyzeGoroutineDump(read(name))), expected);
    });
  }

  it('finds a dump in each paste through the input door (the CLI exits 0), even with no goroutine in it', () => {
    for (const name of Object.keys(EXPECTED)) assert.doesNotThrow(() => readGoroutines(read(name)), name);
  });

  it('a cgo crash\'s signal lines pasted without any goroutine are said as such at the input door, not read as an empty dump', () => {
    // `SIGSEGV: segmentation violation` / `PC=… m=0 sigcode=1` / `signal arrived during cgo execution` alone under a shell prompt (tursodatabase/go-libsql#4).
    const name = 'golibsql_4_cgo_sigsegv_header_alone_no_goroutine_whole.txt';
    const a = analyzeGoroutineDump(read(name));
    assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], ['SIGSEGV: segmentation violation', 0, false]);
    assert.throws(() => readGoroutines(read(name)), /^InputError: no goroutine dump found: line 10 is a crash \(SIGSEGV: segmentation violation\) with no goroutine after it$/);
  });

  it('a cgo crash\'s signal lines pasted alone under prose are said as such at the input door (zergon321/reisen#27)', () => {
    const name = 'reisen_27_cgo_sigsegv_header_alone_no_goroutine_whole.txt';
    const a = analyzeGoroutineDump(read(name));
    assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], ['SIGSEGV: segmentation violation', 0, false]);
    assert.throws(() => readGoroutines(read(name)), /^InputError: no goroutine dump found: line 1 is a crash \(SIGSEGV: segmentation violation\) with no goroutine after it$/);
  });

  it('a Windows exception pasted without any goroutine (its unknown pc and the stack\'s words only) is said as such at the input door', () => {
    // `Exception 0xc0000005 …` / `PC=…` / `runtime: unknown pc …` / `stack: frame={…}` and the words, cut among them (webview/webview#490).
    const name = 'webview_490_windows_exception_unknown_pc_stack_words_no_goroutine.txt';
    const a = analyzeGoroutineDump(read(name));
    assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length], ['Exception 0xc0000005 0x0 0x0 0x7fffcab759a9', 0]);
    assert.throws(() => readGoroutines(read(name)), /^InputError: no goroutine dump found: line 9 is a crash \(Exception 0xc0000005 0x0 0x0 0x7fffcab759a9\) with no goroutine after it$/);
  });

  it('a stack overflow\'s runtime lines pasted without any goroutine are said as such at the input door (a page\'s symptom)', () => {
    // `runtime: goroutine stack exceeds 1000000000-byte limit` / `runtime: sp=… stack=[…]` / `fatal error: stack overflow` alone (senior-stack.uz).
    const name = 'seniorstack_stack_overflow_runtime_lines_no_goroutine.txt';
    const a = analyzeGoroutineDump(read(name));
    assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length], ['stack overflow: goroutine stack exceeds 1000000000-byte limit', 0]);
    assert.throws(() => readGoroutines(read(name)), /^InputError: no goroutine dump found: line 3 is a crash \(stack overflow: goroutine stack exceeds 1000000000-byte limit\) with no goroutine after it$/);
  });

  it('a race report a page flattened onto one line reads as its lines, on the bytes as on the text (bugstack.ai)', () => {
    const text = read('bugstack_race_report_on_one_line.txt');
    for (const input of [text, new TextEncoder().encode(text)]) {
      const a = analyzeGoroutineDump(input);
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.frames.map(f => `${f.func} ${f.file}:${f.line}`), g.createdBy?.func ?? null]), [
        [8, 'data race (read)', ['main.(*Counter).Get /app/counter.go:15', 'main.handleGet /app/handler.go:22'], 'net/http.(*Server).Serve'],
        [7, 'data race (previous write)', ['main.(*Counter).Increment /app/counter.go:10', 'main.handleIncrement /app/handler.go:18'], 'net/http.(*Server).Serve'],
      ]);
      assert.deepEqual(a.dump.warnings.filter(w => w.message.includes('skipped')).map(w => w.line), [1, 5]);
    }
  });

  it('a console\'s 80 columns cutting a call line twice, in its name and in its arguments, read as the call (frp in One-Core-API-Binaries#152)', () => {
    const text = read('onecoreapi_152_console_wrap_80_names_and_args_cut_in_name.txt');
    for (const input of [text, new TextEncoder().encode(text)]) {
      const a = analyzeGoroutineDump(input);
      assert.deepEqual(a.dump.goroutines.get(0).frames.map(f => `${f.func.replace(/^.*\//, '')} ${f.file.replace(/^.*\//, '')}:${f.line}`), [
        'yamux.(*Stream).Read stream.go:133', 'json.(*MsgCtl).readMsg process.go:32', 'json.(*MsgCtl).ReadMsgInto process.go:76',
        'msg.ReadMsgInto ctl.go:41', 'proxy.(*UdpProxy).InWorkConn.func1 proxy.go:434',
      ]);
      assert.deepEqual(a.dump.warnings.filter(w => w.message.includes('skipped')).map(w => w.line), [1]);
    }
  });

  it('reads each paste the same whatever closes it after its last line', function () {
    // Every paste read once per closer: ~10 s of CPU that a loaded machine stretches past a minute.
    this.timeout(300_000);
    for (const name of Object.keys(EXPECTED)) {
      const text = read(name).replace(/\n+$/, '');
      const plain = reading(analyzeGoroutineDump(text));
      for (const [what, closer] of Object.entries(CLOSERS)) {
        assert.deepEqual(reading(analyzeGoroutineDump(text + closer)), plain, `${name} then ${what}`);
      }
    }
  });

  it('what the runtime prints around a crash is no skipped text: `instruction bytes:`, `panic during panic`, `invalid spdelta`, `futexwakeup … returned`, `stack=[…]`, a wrapped offset', () => {
    for (const name of ['syncthing_9919_sigill_instruction_bytes_arm64.txt', 'golang_44544_panic_during_panic_runtime_stack_hexdump.txt', 'golang_43228_unknown_pc_blank_then_creator.txt',
      'geth_524_windows_console_wrap_go14.txt', 'syncthing_10604_mipsle_futexwakeup_sigsegv.txt', 'gau_49_runtime_g_frame_sp_traceback_unwind.txt']) {
      // The truncation warning names the `created by` a stack cut above main.main lacks: no skipped text.
      const skipped = analyzeGoroutineDump(read(name)).dump.warnings.filter(w => !w.message.startsWith('the dump is truncated') && /instruction bytes|panic during panic|created by|invalid spdelta|\+0x|futexwakeup|runtime: g|stack=\[/.test(w.message));
      assert.deepEqual(skipped, [], name);
    }
  });

  it('goleak\'s goroutines read with the state its line says, their stacks and creators, and nothing of the report skipped', () => {
    for (const [name, expected] of Object.entries({
      'tidb_46844_goleak_with_go_header.txt': [[16, 'select', 'go.opencensus.io/stats/view.(*worker).start', 'go.opencensus.io/stats/view.init.0']],
      'otelcontribcol_43417_goleak_headerless_cut.txt': [
        [62, 'select', 'net/http.(*persistConn).writeLoop', 'net/http.(*Transport).dialConn'],
        [567, 'select', 'net/http.(*persistConn).readLoop', 'net/http.(*Transport).dialConn'], [61, 'select', undefined, undefined],
      ],
    })) {
      const a = analyzeGoroutineDump(read(name));
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.state, g.frames[0]?.func, g.createdBy?.func]), expected, name);
      assert.deepEqual(a.dump.warnings.filter(w => /Goroutine|"\]"/.test(w.message)), [], name);
      assert.equal(a.dump.cutAtStart, false, name);
    }
    // Its goroutine starts at goleak's line, whose header Go did not print.
    const g = analyzeGoroutineDump(read('otelcontribcol_43417_goleak_headerless_cut.txt')).dump.goroutines.get(0);
    assert.equal(g.lines.start, 10);
  });

  it('a goroutine whose stack ended with its creator right before a cut header is whole, without the blank line Go prints between them', () => {
    const goroutine3 = 'goroutine 3 [GC sweep wait]:\nruntime.gopark(0x1?)\n\t/usr/local/go/src/runtime/proc.go:402 +0xce\ncreated by runtime.gcenable in goroutine 1\n\t/usr/local/go/src/runtime/mgc.go:203 +0x66\n';
    const cutIn = (rest: string) => [...analyzeGoroutineDump(goroutine3 + rest).dump.goroutines].map(g => [g.id, g.cut]);
    for (const header of ['goroutine 4', 'goroutine 4 gp=0xc000007340 m=n', '\ngoroutine 4']) assert.deepEqual(cutIn(header + '\n'), [[3, false]], header);
    // Cut in the creator's `file:line`, or its `created by` without one: goroutine 3 is the one cut.
    const cutCreator = goroutine3.replace('mgc.go:203 +0x66\n', 'mgc.go:2');
    assert.deepEqual([...analyzeGoroutineDump(cutCreator).dump.goroutines].map(g => [g.id, g.cut]), [[3, true]]);
  });

  it('`SIGABRT: abort` blames the goroutine in a cgo call printed first (C called abort()), and no goroutine when none is (a dump asked for)', () => {
    const crash = 'SIGABRT: abort\nPC=0x7f0275a4a52b m=6 sigcode=18446744073709551610\nsignal arrived during cgo execution\n\n';
    const inC = 'goroutine 20 [syscall]:\nruntime.cgocall(0xa5ffc0, 0xc00049f8c8)\n\t/usr/local/go/src/runtime/cgocall.go:157 +0x4b\n' +
      'main._Cfunc_destroy(0x7f021d69ba40)\n\t_cgo_gotypes.go:409 +0x3f\nmain.shutdown()\n\t/app/main.go:18 +0x34\ncreated by main.main in goroutine 1\n\t/app/main.go:9 +0x1d\n';
    const waiting = 'goroutine 1 [select]:\nmain.main()\n\t/app/main.go:12 +0x1d\n';
    assert.equal(analyzeGoroutineDump(crash + inC + '\n' + waiting).groups.find(g => g.crashed)?.frames[1]?.func, 'main._Cfunc_destroy');
    assert.equal(analyzeGoroutineDump(crash.replace('signal arrived during cgo execution\n', '') + waiting + '\n' + inC).groups.some(g => g.crashed), false);
    assert.equal(analyzeGoroutineDump(crash.replace('SIGABRT: abort', 'SIGQUIT: quit') + inC + '\n' + waiting).groups.some(g => g.crashed), false);
  });

  it('a cut call keeps its function as the last frame only when its name is whole', () => {
    const header = 'goroutine 7 [chan receive, 3 minutes]:\nmain.wait(0xc000012345)\n\t/app/main.go:12 +0x2d\n';
    const cutIn = (last: string) => [...analyzeGoroutineDump(header + last + '\n```\n').dump.goroutines][0];
    assert.deepEqual(cutIn('main.(*Pool).Submit(0xc0001304e0, {0xc').frames.map(f => [f.func, f.file]), [['main.wait', '/app/main.go'], ['main.(*Pool).Submit', '']]);
    // Cut in the receiver: `main.(*Po` names no function.
    assert.deepEqual(cutIn('main.(*Po').frames.map(f => f.func), ['main.wait']);
    assert.equal(cutIn('main.(*Po').cut, true);
  });

  it('a last location line without an offset is whole under Go ≤ 1.3\'s runtime.goexit, and cut under any other call', () => {
    const goroutine = 'goroutine 19 [finalizer wait]:\nrunfinq()\n\t/go/src/pkg/runtime/mgc0.c:2644 +0xcf\n';
    const truncated = (last: string) => analyzeGoroutineDump(`${goroutine}${last}\n\`\`\`\n`).dump.truncated;
    assert.equal(truncated('runtime.goexit()\n\t/go/src/pkg/runtime/proc.c:1445'), false);
    // Cut in the offset, which the dump prints; Go ≥ 1.4's goexit, in assembly, prints `+0x1`; any other call its offset.
    assert.equal(truncated('runtime.goexit()\n\t/go/src/pkg/runtime/proc.c:1445 +0'), true);
    assert.equal(truncated('runtime.goexit()\n\t/usr/local/go/src/runtime/asm_amd64.s:1700'), true);
    assert.equal(truncated('main.main()\n\t/app/main.go:1445'), true);
  });

  it('a last line that holds only the start of the dump\'s log prefix is the cut; the whole prefix, or other text, is not', () => {
    const prefix = '2021-09-16T03:24:13.2720341Z ';
    // Goroutine 1 ends in main.main with no creator under it: the stack is whole.
    const dump = ['goroutine 1 [select]:', 'main.wait()', '\t/app/main.go:12 +0x2d', 'main.main()', '\t/app/main.go:5 +0x1d'].map(l => prefix + l).join('\n') + '\n';
    const reading = (last: string) => {
      const a = analyzeGoroutineDump(`${dump}${last}\n\`\`\`\n`);
      return [a.dump.truncated, [...a.dump.goroutines].map(g => g.cut)];
    };
    for (const cut of ['2021-09-16T03:24:13.27241', '2021-09-16T03:24', '2021-09-16T03:24:13.2720341']) assert.deepEqual(reading(cut), [true, [true]], cut);
    for (const whole of ['2021-09-16T03:24:13.2720341Z', '2021-09-16T03:24:13.2720341Z exit status 2', 'FAIL', 'Thanks!']) {
      assert.deepEqual(reading(whole), [false, [false]], whole);
    }
  });

  it('a name alone where a call line was due is the cut: kept as a frame, marked, once it names its package', () => {
    const header = 'goroutine 7 [chan receive, 3 minutes]:\nmain.wait(0xc000012345)\n\t/app/main.go:12 +0x2d\n';
    const reading = (last: string) => {
      const a = analyzeGoroutineDump(`${header}${last}\n\`\`\`\n`);
      return [a.dump.truncated, [...a.dump.goroutines].map(g => [g.cut, g.frames.map(f => f.func)])];
    };
    assert.deepEqual(reading('ru'), [true, [[true, ['main.wait']]]]);
    assert.deepEqual(reading('runtime'), [true, [[true, ['main.wait']]]]);
    assert.deepEqual(reading('github.c'), [true, [[true, ['main.wait']]]]);
    assert.deepEqual(reading('testing.tRunne'), [true, [[true, ['main.wait', 'testing.tRunne…']]]]);
    assert.deepEqual(reading('example.com/app/queue.(*Pool).Sub'), [true, [[true, ['main.wait', 'example.com/app/queue.(*Pool).Sub…']]]]);
    // Right under the header too.
    const underHeader = analyzeGoroutineDump('goroutine 7 [select]:\nru\n```\n');
    assert.deepEqual([underHeader.dump.truncated, [...underHeader.dump.goroutines].map(g => [g.id, g.cut])], [true, [[7, true]]]);
  });

  it('a panic raised again as it was is blamed under its last panic call, on the cut frame when that is all there is', () => {
    const text = [
      'panic: runtime error: invalid memory address or nil pointer dereference [recovered]',
      '\tpanic: runtime error: invalid memory address or nil pointer dereference', '',
      'goroutine 229 [running]:',
      'k8s.io/apimachinery/pkg/util/runtime.HandleCrash({0x0, 0x0, 0x2b})',
      '\t/go/pkg/mod/k8s.io/apimachinery@v0.21.5/pkg/util/runtime/runtime.go:55 +0xd8',
      'panic({0x1bb7b60, 0x3151fd0})', '\t/usr/local/go/src/runtime/panic.go:1038 +0x215',
    ].join('\n');
    const suspect = (rest: string) => analyzeGoroutineDump(`${text}\n${rest}\n\`\`\`\n`).groups[0].suspect;
    assert.match(suspect('github.com/argoproj/argo-workflows/v3/workflow/controller.(*wfOperationCtx).exe')!, / in controller\.\(\*wfOperationCtx\)\.exe…$/);
    assert.match(suspect('main.(*op).run(0xc000100000)\n\t/app/op.go:10 +0x1d')!, / in main\.\(\*op\)\.run \(op\.go:10\)$/);
  });

  it('Go 1.4–1.5 printed no `panic` frame: a recovered stack\'s closure on top is the handler, the frames under it where it panicked, wherever the paste stops', () => {
    // anacrolix/torrent#27 (Go 1.5): `net/http.(*conn).serve.func1` right over `sync.(*copyChecker).check`, cut after `AddTorrentSpec`.
    const text = read('torrent_27_go15_http_panic_serving_handler_over_sync_frames_cut.txt');
    const lines = text.split('\n');
    const crash = '1 goroutine panicked (recovered: http: panic serving 127.0.0.1:51786: sync.Cond is copied)';
    const last = lines.findIndex(l => l.includes('client.go:2183'));
    // Cut after each line from `check`'s location on: the frames under the handler are in sight, blamed as in the whole stack
    // (a call cut before its location is named without one).
    for (let end = lines.findIndex(l => l.includes('cond.go:116')); end <= last; end++) {
      const cut = lines.slice(0, end + 1).join('\n');
      const call = lines.findIndex(l => l.startsWith('github.com/anacrolix/torrent.(*Client).setMetaData('));
      const expected = end > call ? ' in torrent.(*Client).setMetaData (client.go:1927)' : end === call ? ' in torrent.(*Client).setMetaData' : ' in sync.(*copyChecker).check (cond.go:116)';
      for (const input of [cut, new TextEncoder().encode(cut)]) assert.equal(analyzeGoroutineDump(input).groups[0]?.suspect, crash + expected, lines[end]);
    }
    // The handler alone, or Go ≥ 1.6's `panic` under it with the rest cut: nothing under the panic is in sight.
    const handlerOnly = lines.slice(0, lines.findIndex(l => l.includes('server.go:1287')) + 1).join('\n');
    assert.equal(analyzeGoroutineDump(handlerOnly).groups[0]?.suspect, `${crash}, cut before the frame that panicked`);
    const go16 = `${handlerOnly}\npanic(0x4a8f60, 0xc82000a0c0)\n\t/usr/local/go/src/runtime/panic.go:443 +0x4e9\n`;
    assert.equal(analyzeGoroutineDump(go16).groups[0]?.suspect, `${crash}, cut before the frame that panicked`);
    // Go ≥ 1.6 shape whole: the `panic` call still decides, not the closure on top.
    const whole = `${handlerOnly}\npanic(0x4a8f60, 0xc82000a0c0)\n\t/usr/local/go/src/runtime/panic.go:443 +0x4e9\nmain.handler(0xc8200a0000)\n\t/app/main.go:12 +0x20\nnet/http.HandlerFunc.ServeHTTP(0x5a0d28)\n\t/usr/local/go/src/net/http/server.go:1618 +0x3a\ncreated by net/http.(*Server).Serve\n\t/usr/local/go/src/net/http/server.go:2137 +0x44e\n`;
    assert.equal(analyzeGoroutineDump(whole).groups[0]?.suspect, `${crash} in main.handler (main.go:12), created by http.(*Server).Serve`);
  });

  it('a header cut in its bracket counts with what it says so far: whole parts before a comma, a cut state marked', () => {
    const dump = 'goroutine 91 [select]:\nmain.loop()\n\t/app/main.go:9 +0x20\n\n';
    const last = (line: string) => {
      const a = analyzeGoroutineDump(`${dump}${line}\n\`\`\`\n`);
      return [a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.state, g.waitMinutes, g.cut, g.frames.length])];
    };
    assert.deepEqual(last('goroutine 92 [select, 107'), [true, [[91, 'select', null, false, 1], [92, 'select', null, true, 0]]]);
    assert.deepEqual(last('goroutine 92 [select, 107 minu'), [true, [[91, 'select', null, false, 1], [92, 'select', 107, true, 0]]]);
    assert.deepEqual(last('goroutine 92 [chan receive'), [true, [[91, 'select', null, false, 1], [92, 'chan receive…', null, true, 0]]]);
    assert.deepEqual(last('2020-01-19 level=error msg="Stack: goroutine 92 gp=0xc000068700 m=nil [GC worker (id'),
      [true, [[91, 'select', null, false, 1], [92, 'GC worker (id…', null, true, 0]]]);
    // Cut before its bracket, the header may be cut in its id: no goroutine of it.
    assert.deepEqual(last('goroutine 92'), [true, [[91, 'select', null, false, 1]]]);
  });

  it('a gccgo name whose file:line the cut shortened is a frame; a word is not', () => {
    const frames = (name: string) => [...analyzeGoroutineDump(`goroutine 308 [semacquire]:\nmain.restGetEvents\n\t/build/gui.go:668\n${name}\n\t/build/buil`)
      .dump.goroutines].map(g => [g.cut, g.frames.map(f => [f.func, f.line])]);
    assert.deepEqual(frames('main.$nested10'), [[true, [['main.restGetEvents', 668], ['main.$nested10', 0]]]]);
    assert.deepEqual(frames('Note'), [[false, [['main.restGetEvents', 668]]]]);
  });

  it('a goroutine blocked on a lock for days is no idle background goroutine, even with only sync frames in sight', () => {
    const a = analyzeGoroutineDump(read('docker_543_details_semacquire_cut.txt'));
    const lock = a.groups.find(g => g.state === 'semacquire')!;
    assert.deepEqual([lock.isIdleRuntime, lock.waitMinutes?.max, lock.frames[0].func], [false, 5611, 'sync.runtime_Semacquire']);
    const pileUp = analyzeGoroutineDump(read('vault_16151_debug1_mutex_pileup_cut.txt')).groups[0];
    assert.deepEqual([pileUp.count, pileUp.isIdleRuntime, pileUp.state], [145190, false, 'sync.Mutex.Lock']);
  });

  it('a call line that journalctl cut in its arguments stays a frame with the location under it (grafana/grafana#21139)', () => {
    const a = analyzeGoroutineDump([
      'goroutine 1 [running]:',
      'github.com/inconshreveable/log15.FilterHandler.func1(0x400054aea0, 0x0, 0x0)',
      '\t/go/src/github.com/grafana/grafana/vendor/github.com/inconshreveable/log15/handler.go:100 +0x1c',
      'github.com/inconshreveable/log15.funcHandler.Log(0x40006226a0, 0x400054aea0, 0x0',
      '\t/go/src/github.com/grafana/grafana/vendor/github.com/inconshreveable/log15/handler.go:40 +0x30',
      'main.main()', '\t/go/src/main.go:10 +0x20', '',
    ].join('\n'));
    assert.deepEqual(a.dump.goroutines.get(0).frames.map(f => [f.func, f.line]),
      [['github.com/inconshreveable/log15.FilterHandler.func1', 100], ['github.com/inconshreveable/log15.funcHandler.Log', 40], ['main.main', 10]]);
    assert.equal(a.dump.truncated, false);
    // A name whose parentheses do not balance is no call cut short (gostackparse's `main.main)(`).
    assert.equal(analyzeGoroutineDump('goroutine 2 [running]:\nmain.main)(\n\t/example/main.go:152 +0x3d2\n').dump.goroutines.get(0).frames.length, 0);
  });

  it('two panics pasted one after the other are two dumps, each with its own crash line', () => {
    const a = analyzeGoroutineDump(read('kind_406_two_panics.txt'));
    assert.deepEqual(a.dump.earlierDumps, [{ lines: { start: 15, end: 30 }, goroutines: 1, crash: { message: 'panic: send on closed channel', line: 15 } }]);
    assert.deepEqual(a.dump.crash, { message: 'panic: send on closed channel', line: 31 });
    // GOTRACEBACK=crash prints `SIGQUIT: quit` again for each thread: one dump (severalDumps.test.ts pins the real output).
  });

  it('a stack overflow after another crash\'s goroutines is the next dump, as a second panic is', () => {
    const a = analyzeGoroutineDump([
      'panic: boom', '', 'goroutine 7 [running]:', 'main.worker()', '\t/app/main.go:9 +0x20', 'created by main.main', '\t/app/main.go:5 +0x30', '',
      'runtime: goroutine stack exceeds 1000000000-byte limit', 'fatal error: stack overflow', '',
      'goroutine 1 [running]:', 'main.recurse()', '\t/app/main.go:14 +0x40', 'main.recurse()', '\t/app/main.go:15 +0x2a', '',
    ].join('\n'));
    assert.deepEqual(a.dump.earlierDumps, [{ lines: { start: 1, end: 8 }, goroutines: 1, crash: { message: 'panic: boom', line: 1 } }]);
    assert.equal(a.dump.crash?.message, 'stack overflow: goroutine stack exceeds 1000000000-byte limit');
    assert.deepEqual([...a.dump.goroutines].map(g => g.id), [1]);
  });

  it('a goroutine ended by its creator, then a word, is not cut', () => {
    const dump = 'goroutine 8 [select]:\nmain.loop()\n\t/app/main.go:9 +0x20\ncreated by main.main in goroutine 1\n\t/app/main.go:5 +0x1d\n';
    for (const after of ['ru', 'done', ' DONE!', 'main.go']) {
      const a = analyzeGoroutineDump(`${dump}${after}\n\`\`\`\n`);
      assert.deepEqual([a.dump.truncated, [...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.length])], [false, [[8, false, 1]]], after);
    }
  });

  it('a path at the start of the last line after other skipped text is that text\'s; indented, or right under the dump, it is a cut location', () => {
    const dump = 'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x20\n\nFAIL\nThe following commands failed with status 1\n';
    const truncated = (last: string) => analyzeGoroutineDump(`${dump}${last}\n\`\`\`\n`).dump.truncated;
    assert.equal(truncated('/home/ci/bazel-out/k8-fastbuild/bin/app/app_test'), false);
    assert.equal(truncated('\t/home/ci/go/src/app/wor'), true);
    assert.equal(analyzeGoroutineDump('goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x20\nmain.x()\n/home/ci/go/src/app/wor\n').dump.truncated, true);
  });

  it('the crashed goroutine Go printed without a header is named so when it is cut, not as a goroutine 0', () => {
    const warnings = analyzeGoroutineDump(read('jnigi_73_windows_exception_headerless_cut.txt')).dump.warnings.map(w => w.message);
    assert.ok(warnings.some(m => m.includes('the crashed goroutine (its stack from line 8, printed without a header) is cut off')), warnings.join('\n'));
    assert.ok(!warnings.some(m => m.includes('goroutine 0')), warnings.join('\n'));
  });

  it('a stack of `file:line` lines alone is read under its crash line, not elsewhere', () => {
    const locations = '/app/vendor/k8s.io/apimachinery/pkg/util/runtime/runtime.go:76\n/usr/local/go/src/runtime/panic.go:522\n/app/pkg/ctl/ctl.go:189\n';
    const under = analyzeGoroutineDump(`E0428 09:37:13.276141   26151 runtime.go:69] Observed a panic: boom (boom)\n${locations}`);
    assert.deepEqual(under.dump.headlessStacks.map(h => h.frames.map(f => `${f.file}:${f.line}`)), [[
      '/app/vendor/k8s.io/apimachinery/pkg/util/runtime/runtime.go:76', '/usr/local/go/src/runtime/panic.go:522', '/app/pkg/ctl/ctl.go:189',
    ]]);
    assert.equal(under.stackSuspect?.sentence, 'a stack without its goroutine header panicked in ctl.go:189');
    assert.equal(under.dump.cutAtStart, false);
    // Without a crash line right above, or with prose between, they are text like any other.
    assert.deepEqual(analyzeGoroutineDump(`Changed files:\n${locations}`).dump.headlessStacks, []);
    assert.deepEqual(analyzeGoroutineDump(`panic: boom\nsee these lines:\n${locations}`).dump.headlessStacks, []);
  });

  it('the rest of a call\'s arguments that a wrap put on the next line, without the prefix, is the same call\'s', () => {
    const frames = (text: string) => [...analyzeGoroutineDump(text).dump.goroutines][0].frames.map(f => `${f.func} ${f.file}:${f.line}`);
    const p = 'Dec 27 21:41:30 host kubelet[1]: ';
    const head = `${p}goroutine 7 [running]:\n${p}main.f(0xc000a8a0a0, 0xc000f14f38\n`;
    assert.deepEqual(frames(`${head}, 0x42803)\n${p}\t/app/main.go:12 +0x1d\n${p}main.main()\n${p}\t/app/main.go:3 +0x1d\n`), ['main.f /app/main.go:12', 'main.main /app/main.go:3']);
    // Words are no arguments: the call stays cut, the line is skipped.
    assert.deepEqual(frames(`${head}thanks for looking\n`), ['main.f :0']);
  });

  it('a dump relayed one logfmt record per line keeps its lines that logfmt writes bare: `msg=main.main()`, `msg=` for a blank line', () => {
    // Go 1.19's output, each line written as Grafana writes a plugin's stderr: logfmt quotes a value only with a space, `=` or `"` in it.
    const dump = [
      'panic: assignment to entry in nil map', '', 'goroutine 1 [running]:', 'main.main()', '\t/tmp/pa/gp/main.go:12 +0x8e', '',
      'goroutine 17 [chan receive]:', 'main.worker(0xc0000387b8?)', '\t/tmp/pa/gp/main.go:5 +0x1b', 'created by main.main', '\t/tmp/pa/gp/main.go:9 +0x6a',
    ];
    const logfmt = (value: string) => /[\s="]/.test(value) ? JSON.stringify(value) : value;
    const text = dump.map((line, i) => `logger=plugin.app t=2023-02-01T13:00:14.7732${String(i).padStart(2, '0')}+09:00 level=debug msg=${logfmt(line)}\n`).join('');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.frames.map(f => `${f.func} ${f.line}`), g.createdBy?.func]), [
      [1, ['main.main 12'], undefined], [17, ['main.worker 5'], 'main.main'],
    ]);
    assert.equal(a.dump.crash?.message, 'panic: assignment to entry in nil map');
    assert.deepEqual(a.dump.warnings, []);
  });

  it('HandleCrash\'s line cut inside its quoted value joins the rest only when the error in parentheses repeats the value', () => {
    const crash = (head: string, tail: string) => analyzeGoroutineDump([
      `E0913 13:54:17.645542     534 runtime.go:78] Observed a panic: ${head}`, tail, 'goroutine 329 [running]:', 'main.f()', '\t/app/main.go:9 +0x20', '',
    ].join('\n')).dump.crash?.message;
    assert.equal(crash('"invalid memory address or nil pointer derefer', 'ence" (runtime error: invalid memory address or nil pointer dereference)'),
      'Observed a panic: "invalid memory address or nil pointer dereference" (runtime error: invalid memory address or nil pointer dereference)');
    assert.equal(crash('"send on closed channel', '" (send on closed channel)'), 'Observed a panic: "send on closed channel" (send on closed channel)');
    // Another value in the parentheses: the line is no rest of this one, only a line of the value that the header under it confirms.
    assert.equal(crash('"send on closed c', 'hannel" (index out of range)'), 'Observed a panic: "send on closed c\nhannel" (index out of range)');
  });

  it('a location behind its tab written as an escape (`\\t/usr/…`) has the path without it, on the byte path as on the text path', () => {
    const a = analyzeGoroutineDump(read('argoworkflows_5473_debug_stack_escaped_tab_locations.txt'));
    const files = [...a.dump.goroutines][0].frames.map(f => f.file);
    assert.equal(files[0], '/usr/local/go/src/runtime/debug/stack.go');
    assert.ok(files.every(f => f.startsWith('/')), files.join('\n'));
  });

  it('a creator\'s `file:line` that the paste cut in its path behind a journal prefix is the cut, not a skipped line', () => {
    for (const closer of ['', '\n']) {
      const a = analyzeGoroutineDump(read('k3s_2938_journald_lowercase_month.txt') + closer);
      const last = [...a.dump.goroutines].at(-1)!;
      assert.deepEqual([last.id, last.cut, last.createdBy?.func], [101, true, 'github.com/rancher/k3s/vendor/k8s.io/kubernetes/pkg/scheduler/framework/runtime.newMetricsRecorder'], JSON.stringify(closer));
      assert.deepEqual(a.dump.warnings.filter(w => w.line === 14).map(w => w.message),
        ['the dump is truncated at line 14: goroutine 101 (from line 8) is cut off (kept with the 2 frames before the cut), and goroutines created late are missing'], JSON.stringify(closer));
    }
  });

  it('a creator\'s `file:line` cut to its path\'s first letters (`\\tg`, no `/` yet) is the cut whatever closes the paste', () => {
    // Go-made (-trimpath: `\tlockpair/main.go:55`), cut after 1–4 letters of the last goroutine's creator location; Docker
    // Desktop's time stamps over every line as frp#3860 was pasted (`2023-12-19 06:59:25     g`).
    const dump = readFileSync('test/fixtures/goroutines/go119_rwmutex_deadlock_pair.txt', 'utf8');
    const at = dump.lastIndexOf('\tlockpair/');
    for (const letters of [1, 2, 4]) {
      for (const stamp of ['', '2023-12-19 06:59:25 ']) {
        const text = dump.slice(0, at + 1 + letters).split('\n').map(l => stamp + (stamp === '' ? l : l.replace(/^\t/, '    '))).join('\n');
        for (const closer of ['', '\n', '\n```\n', '\n\n</details>\n']) {
          const a = analyzeGoroutineDump(text + closer);
          const last = [...a.dump.goroutines].at(-1)!;
          const what = JSON.stringify([letters, stamp, closer]);
          assert.deepEqual([a.dump.goroutines.length, a.dump.truncated, last.cut, last.createdBy?.func], [3, true, true, 'main.collectAndReset'], what);
          assert.deepEqual(plainJson(readAlike(text + closer).goroutines), plainJson(scanGoroutineDump(text + closer).goroutines), what);
        }
      }
    }
  });

  it('recovery middleware\'s crash line is named over the goroutine Go printed (echo, negroni) and over `file:line (0x…)` lines (gin before 1.4, Vitess)', () => {
    // What echo's and negroni's recovery print (Go 1.19, runtime.Stack and debug.Stack under their log lines).
    const stack = 'goroutine 1 [running]:\nmain.recovery.func1()\n\t/tmp/rc/main.go:17 +0x65\npanic({0x496100, 0x4c3bf0})\n\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212\n' +
      'main.handler(...)\n\t/tmp/rc/main.go:11\nmain.serve()\n\t/tmp/rc/main.go:21 +0x51\nmain.main()\n\t/tmp/rc/main.go:35 +0x45\n';
    for (const [text, crash] of [
      [`[PANIC RECOVER] assignment to entry in nil map ${stack}`, '[PANIC RECOVER] assignment to entry in nil map'],
      [`[negroni] PANIC: assignment to entry in nil map\n${stack}`, 'PANIC: assignment to entry in nil map'],
    ]) {
      const a = analyzeGoroutineDump(text);
      assert.equal(a.dump.crash?.message, crash);
      assert.equal(a.groups[0]?.suspect, `1 goroutine panicked (recovered: ${crash}) in main.handler (main.go:11)`);
    }
    const locations = '/usr/local/go/src/runtime/panic.go:513 (0x42be28)\n/app/server.go:42 (0xc216dd)\n/usr/local/go/src/runtime/asm_amd64.s:1333 (0x45bed0)\n';
    for (const [line, value] of [
      ['[Recovery] panic recovered:', 'POST /login HTTP/1.1\r\nHost: localhost:8080\r\n\r\n\r\nboom'],
      ['[GIN-debug] [Recovery] 2016/04/11 - 10:00:00 panic recovered:', 'boom'],
      ['E0917 04:30:57.989524       1 tabletenv.go:135] Uncaught panic:', 'boom'],
    ]) {
      const a = analyzeGoroutineDump(`${line}\n${value}\n${locations}`);
      assert.match(a.dump.crash?.message ?? '', /^(?:panic recovered|Uncaught panic): \nboom$/, line);
      assert.equal(a.stackSuspect?.sentence, 'a stack without its goroutine header panicked in server.go:42', line);
    }
  });

  it('a log field of `file:line (0x…)` lines that the paste cut is read as far as it goes, blamed under its `panic.go`', () => {
    // Grafana's `stack="…"`: macaron's recovery stack, escaped in one field, the paste ending inside it (whatever closes it: EXPECTED).
    const a = analyzeGoroutineDump(read('grafana_75252_logfmt_stack_field_pc_locations_cut.txt'));
    assert.deepEqual(a.dump.headlessStacks.map(h => h.frames.slice(0, 3).map(f => `${f.file}:${f.line}`)), [['runtime/panic.go:260', 'runtime/signal_unix.go:841', 'github.com/grafana/grafana/pkg/api/index.go:99']]);
    // The piece after the last whole line, a path cut short, is said with the cut.
    assert.deepEqual(a.dump.warnings.map(w => w.message), ['the dump is truncated at line 2, inside a log record\'s stack field: the stack read from it is cut off (kept with the 19 frames before the cut; the piece after them, `net/http/se`, cut too short to read)']);
  });

  it('a bad pointer\'s report (`runtime:objectstart …`, the object and its words) is the runtime\'s, not skipped text', () => {
    const warnings = (name: string) => analyzeGoroutineDump(read(name)).dump.warnings.map(w => w.message);
    // The prose line above the fence and the word the paste cut (` *(object+320) =`) are all that is skipped.
    assert.deepEqual(warnings('jsoniter_140_unallocated_span_object_dump_cut.txt'),
      ['lines 1–46: skipped 2 lines that are not part of a goroutine dump, starting "@taowen with the patch, it still fails:"']);
    assert.ok(!warnings('golang_13289_objectstart_span_weird_gc_worker_four_spaces_cut.txt').some(m => m.includes('skipped')));
  });

  it('crash lines with no goroutine after them are the crash, and the input door says so in one line', () => {
    // `fatal error:` glued after a table row, the line three times more, `[signal 0xb …]`, then a reply quoting it all by e-mail.
    const text = read('pinfinder_8_fatal_error_repeated_signal_only_email_quote.txt');
    const a = analyzeGoroutineDump(text);
    assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], ['fatal error: unexpected signal during runtime execution', 0, false]);
    assert.throws(() => readGoroutines(text), { message: 'no goroutine dump found: line 8 is a crash (fatal error: unexpected signal during runtime execution) with no goroutine after it' });
  });

  it('a complete dump followed by a line of prose or a closing fence is not cut', () => {
    const dump = 'goroutine 1 [running]:\nmain.main()\n\t/app/main.go:5 +0x20\n';
    for (const after of ['', '\n', '```\n', 'exit status 2\n', 'FAIL\n', 'FAIL', 'PASS\n', 'DONE!\n', 'ok  \texample.com/app\t1.2s\n', 'Thanks.\n', '\n\nThanks!\n']) {
      const a = analyzeGoroutineDump(dump + after);
      assert.equal(a.dump.truncated, false, JSON.stringify(after));
      assert.deepEqual([...a.dump.goroutines].map(g => [g.id, g.cut, g.frames.length]), [[1, false, 1]], JSON.stringify(after));
    }
  });
  it('crash lines of a paste with no goroutine under them are its crash, and the input door says so in one line', () => {
    // Pasted without their goroutines: a test timeout between `<snip>` marks, a SIGBUS fault, a stack overflow in inline code.
    for (const [name, line, crash] of [
      ['caddy_5984_json_log_lines_snip_marks_test_timeout_no_goroutine.txt', 8, 'panic: test timed out after 15s (running TestReloadConcurrent)'],
      ['sia_3182_loading_steps_then_sigbus_fault_no_goroutine.txt', 10, 'unexpected fault address 0x7f3c14d2e3e0 / fatal error: fault'],
      ['gogram_289_backtick_inline_stack_overflow_lines_closing_backtick_glued.txt', 1, 'stack overflow: goroutine stack exceeds 1000000000-byte limit'],
      // A logfmt line, then `panic: … [recovered]`, the panic again behind 4 spaces and the `[signal …]` line: the fence closes there.
      ['flux_949_logfmt_line_then_recovered_crash_four_space_no_goroutine.txt', 28,
        'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference'],
    ] as const) {
      const text = read(name);
      const a = analyzeGoroutineDump(text);
      assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], [crash, 0, false], name);
      assert.throws(() => readGoroutines(text), { message: `no goroutine dump found: line ${line} is a crash (${crash}) with no goroutine after it` }, name);
    }
    // `go test`'s `panic: … [recovered]` twice and the panic again, the paste cut inside the `[signal …` line under them:
    // cut there (Go closes that line with its `]`), the crash kept, on the text path as on the byte path.
    const cutInSignal = read('coredns_6802_test_recovered_twice_cut_at_signal_line.txt');
    const recovered = 'panic: runtime error: invalid memory address or nil pointer dereference [recovered] / panic: runtime error: invalid memory address or nil pointer dereference';
    for (const input of [cutInSignal, new TextEncoder().encode(cutInSignal)]) {
      const a = analyzeGoroutineDump(input);
      assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], [recovered, 0, true]);
      assert.equal(a.dump.warnings.at(-1)?.message, 'the dump is truncated at line 43, inside the crash\'s `[signal …` line: the goroutines under it are missing');
    }
    assert.throws(() => readGoroutines(cutInSignal), { message: `no goroutine dump found: line 40 is a crash (${recovered}), and the text is cut before any goroutine under it` });
    // logrus' `DEBU[0000]` lines padded with spaces, then the fault's two lines and the start of its `[signal` line (roadrunner-server/roadrunner#2132).
    const cutAtSignal = read('roadrunner_2132_logrus_lines_fault_cut_in_signal_line.txt');
    const fault = 'unexpected fault address 0xb01dfacedebac1e / fatal error: fault';
    for (const input of [cutAtSignal, new TextEncoder().encode(cutAtSignal)]) {
      const a = analyzeGoroutineDump(input);
      assert.deepEqual([a.dump.crash?.message, a.dump.goroutines.length, a.dump.truncated], [fault, 0, true]);
      assert.equal(a.dump.warnings.at(-1)?.message, 'the dump is truncated at line 36, at the start of the crash\'s `[signal …` line: the goroutines under it are missing');
    }
    assert.throws(() => readGoroutines(cutAtSignal), { message: `no goroutine dump found: line 34 is a crash (${fault}), and the text is cut before any goroutine under it` });
    // Still read wrong (README, Known limits): a crash line and header written as Go comments, no frame under them, are text.
    assert.throws(() => readGoroutines(read('underthehood_15_go_comment_deadlock_select_no_cases_header_alone.txt')), { message: /^no goroutine dump found in the 15 lines read\.\nLines 1–10: skipped 8 lines/ });
  });
});
