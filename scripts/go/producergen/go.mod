module goprofileexplorer/producergen

go 1.19
