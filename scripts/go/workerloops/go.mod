module workerloops

go 1.19
