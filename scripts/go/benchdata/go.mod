module goprofileexplorer/benchdata

go 1.19
