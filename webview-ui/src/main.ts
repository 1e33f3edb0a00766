// One bundle for every webview: the host's HTML says which view this is (body[data-view]).
import './common/base.css';
import { startProfileView } from './profile/profileView';
import { startGoroutineView } from './goroutines/goroutineView';
import { startIncidentView } from './incident/incidentView';
import { startReplicaView } from './replicas/replicaView';

const view = document.body.dataset.view;
if (view === 'profile') startProfileView();
else if (view === 'goroutines') startGoroutineView();
else if (view === 'incident') startIncidentView();
else if (view === 'replicas') startReplicaView();
