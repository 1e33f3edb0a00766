module prefixshapes

go 1.19
