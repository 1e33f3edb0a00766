module gpe.test/goserver

go 1.19
