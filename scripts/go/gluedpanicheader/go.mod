module gluedpanicheader

go 1.19
