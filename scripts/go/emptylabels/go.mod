module emptylabels

go 1.19
