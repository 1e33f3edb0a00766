module lockpair

go 1.19
