module goprofileexplorer/emptyprofile

go 1.19
