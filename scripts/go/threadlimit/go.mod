module threadlimit

go 1.19
