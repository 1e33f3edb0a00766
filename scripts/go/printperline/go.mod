module printperline

go 1.19
