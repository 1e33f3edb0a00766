module goprofileexplorer/pastegen

go 1.19
