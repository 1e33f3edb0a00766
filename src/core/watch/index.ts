/**
 * Watch: capture one /debug/pprof/ endpoint every N seconds into one folder and follow what grows.
 *
 *   parseDuration(text), checkPlan(plan), plannedRounds(plan)
 *   watchRequests(plan): the requests of a round (goroutine debug=2, heap [gc=1], deltas, cpu, mutex, block)
 *   watchFolderName(baseUrl, started), watchFileName(request, roundStarted): times in the names
 *   roundStartMs / nextRoundIndex: the schedule, on a grid from the start
 *   growingSeries(overTime), roundLine(...), WatchSummary: what the CLI prints and the status says;
 *     the growth is the incident's over-time series (core/report/incident)
 */
export * from './watchPlan';
export * from './watchGrowth';
