module debug1depth

go 1.19
