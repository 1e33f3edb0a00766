// Prints the golden view of `goprof incident DIR --json` (scripts/generate-incident-fixtures.sh
// writes it next to each fixture folder; test/unit/report/incident/fixtures.test.ts compares).
import { incidentOfFolder } from '../src/cli/incidentCommand';
import { incidentGoldenView } from './incidentGoldenView';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node --import tsx scripts/incident-golden.ts DIR\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(incidentGoldenView(incidentOfFolder(dir)), null, 2) + '\n');
