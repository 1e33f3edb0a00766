module logstack

go 1.19
