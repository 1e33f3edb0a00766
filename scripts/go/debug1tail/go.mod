module debug1tail

go 1.19
