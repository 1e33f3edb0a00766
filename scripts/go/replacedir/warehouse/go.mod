module example.com/warehouse

go 1.19

require example.com/ledger v0.0.0

replace example.com/ledger => ../ledger
