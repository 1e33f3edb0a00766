module stackbuffer

go 1.19
