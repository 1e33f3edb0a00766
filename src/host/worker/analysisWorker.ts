// PLACEHOLDER: the analysis worker (decoding and aggregation off the extension host thread).
import { parentPort } from 'worker_threads';

parentPort?.on('message', () => { /* filled in by the profile editor issue */ });
