module testtimeout

go 1.19
