import assert from 'node:assert/strict';
import {
  CAPTURE_KINDS, findCaptureKind, parseSeconds, normalizeBaseUrl, buildCaptureUrl, originOf, hostForFileName,
  formatTimestamp, captureFileName, replicaFileNames, captureTimeoutMs, classifyAnswer, describeBody, firstLine, looksLikeGoroutineText,
  describeRequestFailure, describeHttpStatus,
} from '../../../src/core/capture';

const enc = (s: string) => new TextEncoder().encode(s);
const kind = (id: string) => {
  const k = findCaptureKind(id);
  assert.ok(k, id);
  return k;
};
const BASE = 'http://127.0.0.1:6060/debug/pprof/';

describe('capture: kinds', () => {
  it('offers every /debug/pprof/ profile and refuses trace with a reason', () => {
    assert.deepEqual(CAPTURE_KINDS.map(k => k.id), ['heap', 'allocs', 'goroutine', 'goroutine-proto', 'profile', 'mutex', 'block', 'threadcreate', 'trace']);
    assert.match(kind('trace').refused ?? '', /go tool trace/);
    assert.equal(CAPTURE_KINDS.filter(k => k.refused).length, 1);
  });
  it('finds kinds by id and alias', () => {
    assert.equal(kind('cpu').id, 'profile');
    assert.equal(kind(' HEAP ').id, 'heap');
    assert.equal(findCaptureKind('nope'), undefined);
  });
  it('parses the CPU seconds prompt', () => {
    assert.deepEqual(parseSeconds('30'), { seconds: 30 });
    assert.deepEqual(parseSeconds(1), { seconds: 1 });
    for (const bad of ['', '0', '-1', '1.5', 'abc', '3601']) assert.ok('error' in parseSeconds(bad), bad);
  });
});

describe('capture: base URL', () => {
  const norm = (s: string) => {
    const r = normalizeBaseUrl(s);
    assert.ok('url' in r, `${s}: ${'error' in r ? r.error : ''}`);
    return r.url;
  };
  it('adds scheme, /debug/pprof/ and the trailing slash', () => {
    assert.equal(norm('127.0.0.1:6060'), BASE);
    assert.equal(norm('localhost:6060'), 'http://localhost:6060/debug/pprof/');
    assert.equal(norm('http://127.0.0.1:6060/'), BASE);
    assert.equal(norm('http://127.0.0.1:6060/debug/pprof'), BASE);
    assert.equal(norm('  https://apiserver:6443/debug/pprof/  '), 'https://apiserver:6443/debug/pprof/');
  });
  it('drops a pasted profile name, query and fragment', () => {
    assert.equal(norm('http://127.0.0.1:6060/debug/pprof/heap'), BASE);
    assert.equal(norm('http://127.0.0.1:6060/debug/pprof/goroutine?debug=2#x'), BASE);
  });
  it('keeps kubectl proxy paths', () => {
    const u = 'http://127.0.0.1:8001/api/v1/namespaces/kube-system/pods/etcd-0:2381/proxy/debug/pprof/';
    assert.equal(norm(u), u);
    assert.equal(norm('http://127.0.0.1:8001/custom/prefix'), 'http://127.0.0.1:8001/custom/prefix/');
  });
  it('rejects non-http schemes, garbage and credentials in the URL', () => {
    for (const [input, re] of [['', /Enter the base URL/], ['ftp://h/debug/pprof/', /Only http/], ['http://', /not a URL|no host/], ['http://user:pw@h:1/', /credentials/]] as const) {
      const r = normalizeBaseUrl(input);
      assert.ok('error' in r, input);
      assert.match(r.error, re);
    }
  });
  it('builds capture URLs per kind', () => {
    assert.equal(buildCaptureUrl(BASE, kind('heap')), `${BASE}heap`);
    assert.equal(buildCaptureUrl(BASE, kind('goroutine')), `${BASE}goroutine?debug=2`);
    assert.equal(buildCaptureUrl(BASE, kind('goroutine-proto')), `${BASE}goroutine`);
    assert.equal(buildCaptureUrl(BASE, kind('profile'), 7), `${BASE}profile?seconds=7`);
    assert.equal(buildCaptureUrl(BASE, kind('heap'), 7), `${BASE}heap`);
  });
  it('keys secrets by origin', () => {
    assert.equal(originOf('https://apiserver:6443/debug/pprof/heap'), 'https://apiserver:6443');
    assert.equal(originOf('https://apiserver:443/x'), 'https://apiserver');
  });
});

describe('capture: file names', () => {
  const when = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
  it('formats a sortable UTC timestamp', () => {
    assert.equal(formatTimestamp(when), '20250102T030405Z');
  });
  it('names files <host>-<kind>-<timestamp> with the right extension', () => {
    assert.equal(captureFileName(BASE, kind('heap'), when), '127.0.0.1_6060-heap-20250102T030405Z.pb.gz');
    assert.equal(captureFileName(BASE, kind('goroutine'), when), '127.0.0.1_6060-goroutine-20250102T030405Z.txt');
    assert.equal(captureFileName(BASE, kind('goroutine-proto'), when), '127.0.0.1_6060-goroutine-20250102T030405Z.pb.gz');
    assert.equal(captureFileName(BASE, kind('cpu'), when, 2), '127.0.0.1_6060-cpu-20250102T030405Z-2.pb.gz');
  });
  it('names replicas of one host -2, -3… in their order, 10^5 of them in linear time', () => {
    assert.deepEqual(replicaFileNames(['a', 'b', 'a', 'a', 'b'], kind('goroutine'), when), [
      'a-goroutine-20250102T030405Z.txt', 'b-goroutine-20250102T030405Z.txt', 'a-goroutine-20250102T030405Z-2.txt',
      'a-goroutine-20250102T030405Z-3.txt', 'b-goroutine-20250102T030405Z-2.txt',
    ]);
    const hosts = Array.from({ length: 100_000 }, () => 'pod.ns.svc');
    const started = performance.now();
    const names = replicaFileNames(hosts, kind('heap'), when);
    const ms = performance.now() - started;
    assert.equal(new Set(names).size, hosts.length);
    assert.equal(names[99_999], 'pod.ns.svc-heap-20250102T030405Z-100000.pb.gz');
    // The search from -2 up for each name took ~5·10^9 set lookups here (minutes); a count per stem takes ~50 ms.
    assert.ok(ms < 5000, `${ms} ms`);
  });
  it('makes any host safe for a file name', () => {
    assert.equal(hostForFileName('http://[::1]:6060/debug/pprof/'), '__1_6060');
    assert.equal(hostForFileName('https://my-pod.ns.svc/debug/pprof/'), 'my-pod.ns.svc');
  });
  it('adds the CPU sampling time to the timeout', () => {
    assert.equal(captureTimeoutMs(30, kind('heap'), 10), 30000);
    assert.equal(captureTimeoutMs(30, kind('profile'), 10), 40000);
    assert.equal(captureTimeoutMs(0, kind('heap')), 30000);
  });
});

describe('capture: classifying answers', () => {
  const gz = new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0]);
  const ok = (status = 200, body: Uint8Array = gz, contentType = 'application/octet-stream') => ({ status, statusText: status === 200 ? 'OK' : 'Internal Server Error', body, contentType });
  it('accepts gzip for profiles and goroutine text for debug=2', () => {
    assert.deepEqual(classifyAnswer(kind('heap'), 'u', ok()), { ok: true });
    assert.deepEqual(classifyAnswer(kind('goroutine'), 'u', ok(200, enc('goroutine 1 [running]:\nmain.main()\n'))), { ok: true });
    assert.ok(looksLikeGoroutineText(enc('\ufeff\n goroutine 42 [chan send, 5 minutes]:\n')));
    assert.ok(looksLikeGoroutineText(enc('goroutine profile: total 7\n')));
    assert.ok(!looksLikeGoroutineText(enc('goroutines are great')));
  });
  it('reports HTTP status with the first line of the body only', () => {
    const r = classifyAnswer(kind('heap'), 'http://h:1/debug/pprof/heap', ok(500, enc('\nprofiling is disabled\nsecret second line\n'), 'text/plain'));
    assert.ok(!r.ok);
    assert.equal(r.message, 'HTTP 500 Internal Server Error from http://h:1/debug/pprof/heap: profiling is disabled.');
  });
  it('hints at credentials on 401/403 and at the path on 404', () => {
    assert.match(describeHttpStatus('u', { status: 401, statusText: 'Unauthorized', body: enc('Unauthorized\n') }), /^HTTP 401 Unauthorized from u: Unauthorized\. .*bearer token/);
    assert.match(describeHttpStatus('u', { status: 404, body: enc('Unknown profile\n') }), /HTTP 404 from u: Unknown profile\. Is the base URL/);
    assert.match(describeHttpStatus('u', { status: 502, body: new Uint8Array() }), /HTTP 502 from u \(empty body\)\./);
  });
  it('says what came back when it is not a profile', () => {
    const html = classifyAnswer(kind('heap'), 'u', ok(200, enc('<!DOCTYPE html>\n<html><head><title>Sign in</title></head></html>'), 'text/html'));
    assert.ok(!html.ok);
    assert.match(html.message, /^Not a profile: u answered with an HTML page \("Sign in"\)/);
    const text = classifyAnswer(kind('heap'), 'u', ok(200, enc('heap profile: 1: 2 [3: 4] @ heap/1048576\n')));
    assert.ok(!text.ok);
    assert.match(text.message, /text starting "heap profile: 1: 2/);
    const empty = classifyAnswer(kind('profile'), 'u', ok(200, new Uint8Array()));
    assert.ok(!empty.ok);
    assert.match(empty.message, /an empty body/);
    const gzForText = classifyAnswer(kind('goroutine'), 'u', ok());
    assert.ok(!gzForText.ok);
    assert.match(gzForText.message, /^Not a goroutine dump: .*gzip data/);
    assert.match(describeBody(new Uint8Array([0x0a, 0x00, 0x01, 0x02])), /binary data that is not gzip/);
  });
  it('clips long first lines and control characters', () => {
    const line = firstLine(enc(`${'x'.repeat(500)}\u0007\nnext`));
    assert.equal(line.length, 201);
    assert.ok(line.endsWith('…'));
  });
});

describe('capture: request failures', () => {
  const ctx = { url: 'http://127.0.0.1:9/debug/pprof/heap', timeoutMs: 30000 };
  it('names connection refused with host and port', () => {
    const e = describeRequestFailure({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:9' }, ctx);
    assert.match(e.message, /^Connection refused by 127\.0\.0\.1:9: nothing is listening/);
  });
  it('names timeouts and cancellation', () => {
    assert.match(describeRequestFailure({ message: 'aborted' }, { ...ctx, timedOut: true }).message, /^Timed out after 30 s waiting for http:\/\/127\.0\.0\.1:9\/debug\/pprof\/heap/);
    const c = describeRequestFailure({ message: 'aborted' }, { ...ctx, cancelled: true });
    assert.equal(c.kind, 'cancelled');
  });
  it('explains TLS problems and unknown hosts', () => {
    assert.match(describeRequestFailure({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT', message: 'self-signed certificate' }, { ...ctx, url: 'https://api:6443/x' }).message, /certificate of api:6443 was not accepted.*caFile/);
    assert.match(describeRequestFailure({ code: 'ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE', message: 'ssl3_read_bytes:sslv3 alert bad certificate' }, { ...ctx, url: 'https://api:6443/x' }).message,
      /^api:6443 refused the TLS handshake \(ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE\): it wants a client certificate.*Set capture client certificate/);
    assert.match(describeRequestFailure({ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND nohost' }, { ...ctx, url: 'http://nohost/x' }).message, /Host not found: nohost:80/);
    assert.match(describeRequestFailure({ code: 'EWHAT', message: 'strange' }, ctx).message, /failed: strange \(EWHAT\)\./);
  });
});

describe('capture: redirects', () => {
  it('names the target of a redirect that was not followed', () => {
    assert.match(describeHttpStatus('http://a/x', { status: 302, statusText: 'Found', location: 'https://login.example/', body: new Uint8Array() }),
      /^HTTP 302 Found from http:\/\/a\/x: redirects to https:\/\/login\.example\/, which is not followed/);
  });
});
