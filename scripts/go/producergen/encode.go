package main

// A hand-written protobuf encoder for profile.proto (github.com/google/pprof/proto/profile.proto):
// the Go 1.19 standard library's encoder is internal/profile, which cannot be imported, and
// github.com/google/pprof is not vendorable offline. Only what these fixtures need is here;
// fields are written in the order and wire types the pprof proto declares, plus the fields
// newer producers emit (Line.column = 3, Profile.doc_url = 15) that Go 1.19's pprof skips.

import "encoding/binary"

type buf struct{ b []byte }

func (e *buf) varint(x uint64)     { e.b = binary.AppendUvarint(e.b, x) }
func (e *buf) key(field, wire int) { e.varint(uint64(field<<3 | wire)) }

// uint writes a varint field; zero values are written too when always is set, so fixtures
// can carry explicit zeros the way some producers do.
func (e *buf) uint(field int, x uint64) {
	if x == 0 {
		return
	}
	e.key(field, 0)
	e.varint(x)
}
func (e *buf) int(field int, x int64) { e.uint(field, uint64(x)) }
func (e *buf) bool(field int, x bool) {
	if x {
		e.uint(field, 1)
	}
}
func (e *buf) bytes(field int, b []byte) {
	e.key(field, 2)
	e.varint(uint64(len(b)))
	e.b = append(e.b, b...)
}
func (e *buf) msg(field int, f func(*buf)) {
	var inner buf
	f(&inner)
	e.bytes(field, inner.b)
}
func (e *buf) packed(field int, xs []uint64) {
	if len(xs) == 0 {
		return
	}
	var inner buf
	for _, x := range xs {
		inner.varint(x)
	}
	e.bytes(field, inner.b)
}

type valueType struct{ typ, unit string }

type label struct {
	key, str string
	num      int64
	numUnit  string
}

type sample struct {
	locs   []uint64
	values []int64
	labels []label
}

type mapping struct {
	id, start, limit, offset uint64
	file, buildID            string
	hasFunctions             bool
	hasFilenames             bool
	hasLineNumbers           bool
	hasInlineFrames          bool
}

type line struct {
	function uint64
	line     int64
	column   int64
}

type location struct {
	id, mapping, address uint64
	lines                []line
	folded               bool
}

type function struct {
	id                     uint64
	name, systemName, file string
	startLine              int64
	// nameAt, when set, is the string index of the name, for a name written twice in the table.
	nameAt int64
}

type profile struct {
	sampleTypes       []valueType
	samples           []sample
	mappings          []mapping
	locations         []location
	functions         []function
	dropFrames        string
	keepFrames        string
	timeNanos         int64
	durationNanos     int64
	periodType        *valueType
	period            int64
	comments          []string
	defaultSampleType string
	docURL            string
	// extraStrings are appended to the string table as they are (empty ones included).
	extraStrings []string
	// leadingStrings follow "" at the table's start, not interned: a later use of the same
	// text gets an index of its own, so the table holds it twice.
	leadingStrings []string
}

// encode writes the profile; the string table is built in first-use order with "" at 0.
func (p *profile) encode() []byte {
	strs := append([]string{""}, p.leadingStrings...)
	index := map[string]int64{"": 0}
	str := func(s string) int64 {
		if i, ok := index[s]; ok {
			return i
		}
		index[s] = int64(len(strs))
		strs = append(strs, s)
		return index[s]
	}
	var e buf
	vt := func(v valueType) func(*buf) {
		return func(m *buf) { m.int(1, str(v.typ)); m.int(2, str(v.unit)) }
	}
	for _, t := range p.sampleTypes {
		e.msg(1, vt(t))
	}
	for _, s := range p.samples {
		s := s
		e.msg(2, func(m *buf) {
			m.packed(1, s.locs)
			vals := make([]uint64, len(s.values))
			for i, v := range s.values {
				vals[i] = uint64(v)
			}
			m.packed(2, vals)
			for _, l := range s.labels {
				l := l
				m.msg(3, func(lm *buf) {
					lm.int(1, str(l.key))
					lm.int(2, str(l.str))
					lm.int(3, l.num)
					lm.int(4, str(l.numUnit))
				})
			}
		})
	}
	for _, mp := range p.mappings {
		mp := mp
		e.msg(3, func(m *buf) {
			m.uint(1, mp.id)
			m.uint(2, mp.start)
			m.uint(3, mp.limit)
			m.uint(4, mp.offset)
			m.int(5, str(mp.file))
			m.int(6, str(mp.buildID))
			m.bool(7, mp.hasFunctions)
			m.bool(8, mp.hasFilenames)
			m.bool(9, mp.hasLineNumbers)
			m.bool(10, mp.hasInlineFrames)
		})
	}
	for _, l := range p.locations {
		l := l
		e.msg(4, func(m *buf) {
			m.uint(1, l.id)
			m.uint(2, l.mapping)
			m.uint(3, l.address)
			for _, ln := range l.lines {
				ln := ln
				m.msg(4, func(lm *buf) {
					lm.uint(1, ln.function)
					lm.int(2, ln.line)
					lm.int(3, ln.column)
				})
			}
			m.bool(5, l.folded)
		})
	}
	for _, f := range p.functions {
		f := f
		e.msg(5, func(m *buf) {
			m.uint(1, f.id)
			if f.nameAt != 0 {
				m.int(2, f.nameAt)
			} else {
				m.int(2, str(f.name))
			}
			m.int(3, str(f.systemName))
			m.int(4, str(f.file))
			m.int(5, f.startLine)
		})
	}
	// Indices the profile fields below need, before the table is written.
	drop, keep := str(p.dropFrames), str(p.keepFrames)
	var periodType []int64
	if p.periodType != nil {
		periodType = []int64{str(p.periodType.typ), str(p.periodType.unit)}
	}
	var comments []uint64
	for _, c := range p.comments {
		comments = append(comments, uint64(str(c)))
	}
	def, doc := str(p.defaultSampleType), str(p.docURL)
	strs = append(strs, p.extraStrings...)
	for _, s := range strs {
		e.bytes(6, []byte(s))
	}
	e.int(7, drop)
	e.int(8, keep)
	e.int(9, p.timeNanos)
	e.int(10, p.durationNanos)
	if periodType != nil {
		e.msg(11, func(m *buf) { m.int(1, periodType[0]); m.int(2, periodType[1]) })
	}
	e.int(12, p.period)
	e.packed(13, comments)
	e.int(14, def)
	e.int(15, doc)
	return e.b
}
