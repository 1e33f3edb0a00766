// Writes test/fixtures/goroutines/logviews/: one Go dump (the first goroutines of
// test/fixtures/goroutines/demo_panic.txt, written by scripts/go/goroutinegen) as log viewers and
// log pipelines hand it over: newest line first (Grafana/Loki Explore with its time column,
// `journalctl -r`), a time alone before every line (Kibana, Cloud Logging), one record per dump line
// (logrus, logfmt, zap JSON, docker's json-file), every line behind a terraform plugin's prefix.
// A large Go dump (leak_panic_6000.txt.gz: `GOTRACEBACK=all goroutinegen -mode leak -n 6000 -panic`,
// 1.3 MB) newest line first, plain and behind Grafana's time column, gzipped.
// Run: node scripts/log-viewer-copies.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

const out = 'test/fixtures/goroutines/logviews';
const lines = readFileSync('test/fixtures/goroutines/demo_panic.txt', 'utf8').split('\n').slice(0, 25);
const clock = i => `10:22:${String(10 + Math.floor(i / 10)).padStart(2, '0')}.${String(100 + i * 7).padStart(3, '0')}`;
const rfc3339 = i => `2023-03-14T${clock(i)}Z`;
const write = (name, text) => writeFileSync(`${out}/${name}`, text.join('\n') + '\n');
const quoteLogfmt = l => l.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t');

write('newest_first_plain.txt', [...lines].reverse());
write('newest_first_grafana_time_column.txt', lines.map((l, i) => `2023-03-14 ${clock(i)}\t${l}`).reverse());
write('newest_first_journalctl_r.txt', lines.map((l, i) => `Mar 14 ${clock(i).slice(0, 8)} worker-3 dispatcher[4121]: ${l}`).reverse());
write('time_alone_before_each_line.txt', lines.flatMap((l, i) => [rfc3339(i), l]));
write('time_alone_kibana.txt', lines.flatMap((l, i) => [`Mar 14, 2023 @ ${clock(i)}`, l]));
write('records_logrus.txt', lines.map((l, i) => `time="${rfc3339(i)}" level=error msg="${quoteLogfmt(l)}"`));
write('records_logfmt.txt', lines.map((l, i) => `ts=${rfc3339(i)} caller=dispatch.go:40 level=error msg="${quoteLogfmt(l)}" component=dispatcher`));
write('records_zap_json.txt', lines.map((l, i) => JSON.stringify({ level: 'error', ts: 1678789330.1 + i / 1000, caller: 'dispatch/main.go:40', msg: l })));
write('records_docker_json_file.txt', lines.map((l, i) => JSON.stringify({ log: l + '\n', stream: 'stderr', time: rfc3339(i) })));
write('terraform_provider_prefix.txt', [
  `${rfc3339(0)} [DEBUG] provider: starting plugin: path=.terraform/providers/registry.terraform.io/hashicorp/aws/4.0.0/linux_amd64/terraform-provider-aws_v4.0.0_x5`,
  ...lines.flatMap((l, i) => [
    `${rfc3339(i + 1)} [DEBUG] provider.terraform-provider-aws_v4.0.0_x5: ${l}`,
    // terraform's own line between a call and its file:line, as its log interleaves them.
    ...(l.startsWith('main.(*store).deleteCollection.func1(0x1)') ? [`${rfc3339(i + 1)} [DEBUG] provider.stdio: received EOF, stopping recv loop: err="rpc error: code = Unavailable desc = transport is closing"`] : []),
  ]),
  `${rfc3339(30)} [DEBUG] provider: plugin exited`,
]);

const large = gunzipSync(readFileSync(`${out}/leak_panic_6000.txt.gz`)).toString('utf8').replace(/\n$/, '').split('\n');
const writeGzip = (name, text) => writeFileSync(`${out}/${name}`, gzipSync(text.join('\n') + '\n', { level: 9 }));
const millis = i => `2024-02-29 23:${String(Math.floor(i / 60000) % 60).padStart(2, '0')}:${String(Math.floor(i / 1000) % 60).padStart(2, '0')}.${String(i % 1000).padStart(3, '0')}`;
writeGzip('newest_first_large.txt.gz', [...large].reverse());
writeGzip('newest_first_large_grafana_time_column.txt.gz', large.map((l, i) => `${millis(i)}\t${l}`).reverse());
