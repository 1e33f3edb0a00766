module 9fans.net/digithost

go 1.19
