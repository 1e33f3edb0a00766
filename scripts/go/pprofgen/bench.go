package main

import (
	"math/rand"
	"os"
	"runtime"
	"runtime/pprof"
)

// writeBenchHeap records n allocations, each from a random call path 8–40 frames deep
// through benchFuncs, with every allocation sampled (MemProfileRate = 1).
func writeBenchHeap(path string, n int) error {
	runtime.MemProfileRate = 1
	rng := rand.New(rand.NewSource(1))
	keep := make([][]byte, 0, n/4)
	stack := make([]uint16, 40)
	for k := 0; k < n; k++ {
		depth := 8 + rng.Intn(33)
		for j := 0; j < depth; j++ {
			stack[j] = uint16(rng.Intn(benchFuncCount))
		}
		b := benchFuncs[stack[0]](stack[:depth], 1)
		if k%4 == 0 {
			keep = append(keep, b)
		}
	}
	runtime.MemProfileRate = 0
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	err = pprof.Lookup("heap").WriteTo(f, 0)
	runtime.KeepAlive(keep)
	return err
}
