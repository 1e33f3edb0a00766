module goprofileexplorer/pprofgen

go 1.19
