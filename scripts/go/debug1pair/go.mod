module debug1pair

go 1.19
