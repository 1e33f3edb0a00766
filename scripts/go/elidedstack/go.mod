module elidedstack

go 1.19
