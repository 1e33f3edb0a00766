module crashshapes

go 1.19
