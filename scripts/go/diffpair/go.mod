module diffpair

go 1.19
