// Code in the style of protoc-gen-gogo, written by hand for this sample.
// It encodes and decodes the protobuf wire format of the types in types.go.

package v1

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
)

var (
	ErrInvalidLengthGenerated = fmt.Errorf("proto: negative length found during unmarshaling")
	ErrIntOverflowGenerated   = fmt.Errorf("proto: integer overflow")
)

// ---------------------------------------------------------------- Marshal

func appendVarint(b []byte, v uint64) []byte {
	for v >= 1<<7 {
		b = append(b, byte(v&0x7f|0x80))
		v >>= 7
	}
	return append(b, byte(v))
}

func appendBytesField(b []byte, field int, v []byte) []byte {
	b = appendVarint(b, uint64(field)<<3|2)
	b = appendVarint(b, uint64(len(v)))
	return append(b, v...)
}

func appendStringField(b []byte, field int, v string) []byte {
	if v == "" {
		return b
	}
	b = appendVarint(b, uint64(field)<<3|2)
	b = appendVarint(b, uint64(len(v)))
	return append(b, v...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func appendStringMap(b []byte, field int, m map[string]string) []byte {
	for _, k := range sortedKeys(m) {
		var entry []byte
		entry = appendStringField(entry, 1, k)
		entry = appendStringField(entry, 2, m[k])
		b = appendBytesField(b, field, entry)
	}
	return b
}

// Marshal encodes the ObjectMeta.
func (m *ObjectMeta) Marshal() ([]byte, error) {
	var b []byte
	b = appendStringField(b, 1, m.Name)
	b = appendStringField(b, 3, m.Namespace)
	b = appendStringField(b, 5, m.UID)
	b = appendStringField(b, 6, m.ResourceVersion)
	b = appendStringMap(b, 11, m.Labels)
	b = appendStringMap(b, 12, m.Annotations)
	return b, nil
}

// Marshal encodes the ConfigMap.
func (m *ConfigMap) Marshal() ([]byte, error) {
	meta, err := m.ObjectMeta.Marshal()
	if err != nil {
		return nil, err
	}
	b := appendBytesField(nil, 1, meta)
	b = appendStringMap(b, 2, m.Data)
	for _, k := range sortedKeys(m.BinaryData) {
		var entry []byte
		entry = appendStringField(entry, 1, k)
		entry = appendBytesField(entry, 2, m.BinaryData[k])
		b = appendBytesField(b, 3, entry)
	}
	if m.Immutable != nil {
		b = appendVarint(b, 4<<3|0)
		if *m.Immutable {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
	}
	return b, nil
}

// Marshal encodes the ConfigMapList.
func (m *ConfigMapList) Marshal() ([]byte, error) {
	b := appendStringField(nil, 1, m.ResourceVersion)
	for i := range m.Items {
		item, err := m.Items[i].Marshal()
		if err != nil {
			return nil, err
		}
		b = appendBytesField(b, 2, item)
	}
	return b, nil
}

// -------------------------------------------------------------- Unmarshal

// decodeVarint reads a varint at dAtA[iNdEx:].
func decodeVarint(dAtA []byte, iNdEx int) (uint64, int, error) {
	var v uint64
	for shift := uint(0); ; shift += 7 {
		if shift >= 64 {
			return 0, 0, ErrIntOverflowGenerated
		}
		if iNdEx >= len(dAtA) {
			return 0, 0, io.ErrUnexpectedEOF
		}
		b := dAtA[iNdEx]
		iNdEx++
		v |= uint64(b&0x7F) << shift
		if b < 0x80 {
			return v, iNdEx, nil
		}
	}
}

// decodeLength reads a length-delimited field header and returns the bounds of its payload.
func decodeLength(dAtA []byte, iNdEx int) (int, int, error) {
	msglen, iNdEx, err := decodeVarint(dAtA, iNdEx)
	if err != nil {
		return 0, 0, err
	}
	postIndex := iNdEx + int(msglen)
	if int(msglen) < 0 || postIndex < 0 {
		return 0, 0, ErrInvalidLengthGenerated
	}
	if postIndex > len(dAtA) {
		return 0, 0, io.ErrUnexpectedEOF
	}
	return iNdEx, postIndex, nil
}

// unmarshalStringMapEntry decodes one map<string,string> entry.
func unmarshalStringMapEntry(dAtA []byte) (string, string, error) {
	var key, value string
	iNdEx := 0
	for iNdEx < len(dAtA) {
		wire, next, err := decodeVarint(dAtA, iNdEx)
		if err != nil {
			return "", "", err
		}
		start, postIndex, err := decodeLength(dAtA, next)
		if err != nil {
			return "", "", err
		}
		switch wire >> 3 {
		case 1:
			key = string(dAtA[start:postIndex])
		case 2:
			value = string(dAtA[start:postIndex])
		}
		iNdEx = postIndex
	}
	return key, value, nil
}

// Unmarshal decodes an ObjectMeta.
func (m *ObjectMeta) Unmarshal(dAtA []byte) error {
	l := len(dAtA)
	iNdEx := 0
	for iNdEx < l {
		wire, next, err := decodeVarint(dAtA, iNdEx)
		if err != nil {
			return err
		}
		fieldNum := int32(wire >> 3)
		wireType := int(wire & 0x7)
		if wireType != 2 {
			return fmt.Errorf("proto: ObjectMeta: wrong wireType = %d for field %d", wireType, fieldNum)
		}
		start, postIndex, err := decodeLength(dAtA, next)
		if err != nil {
			return err
		}
		switch fieldNum {
		case 1:
			m.Name = string(dAtA[start:postIndex])
		case 3:
			m.Namespace = string(dAtA[start:postIndex])
		case 5:
			m.UID = string(dAtA[start:postIndex])
		case 6:
			m.ResourceVersion = string(dAtA[start:postIndex])
		case 11:
			if m.Labels == nil {
				m.Labels = make(map[string]string)
			}
			k, v, err := unmarshalStringMapEntry(dAtA[start:postIndex])
			if err != nil {
				return err
			}
			m.Labels[k] = v
		case 12:
			if m.Annotations == nil {
				m.Annotations = make(map[string]string)
			}
			k, v, err := unmarshalStringMapEntry(dAtA[start:postIndex])
			if err != nil {
				return err
			}
			m.Annotations[k] = v
		}
		iNdEx = postIndex
	}
	return nil
}

// Unmarshal decodes a ConfigMap.
func (m *ConfigMap) Unmarshal(dAtA []byte) error {
	l := len(dAtA)
	iNdEx := 0
	for iNdEx < l {
		preIndex := iNdEx
		wire, next, err := decodeVarint(dAtA, iNdEx)
		if err != nil {
			return err
		}
		fieldNum := int32(wire >> 3)
		wireType := int(wire & 0x7)
		if wireType == 4 {
			return fmt.Errorf("proto: ConfigMap: wiretype end group for non-group")
		}
		if fieldNum <= 0 {
			return fmt.Errorf("proto: ConfigMap: illegal tag %d (wire type %d)", fieldNum, wire)
		}
		switch fieldNum {
		case 1: // metadata
			start, postIndex, err := decodeLength(dAtA, next)
			if err != nil {
				return err
			}
			if err := m.ObjectMeta.Unmarshal(dAtA[start:postIndex]); err != nil {
				return err
			}
			iNdEx = postIndex
		case 2: // data
			start, postIndex, err := decodeLength(dAtA, next)
			if err != nil {
				return err
			}
			if m.Data == nil {
				m.Data = make(map[string]string)
			}
			k, v, err := unmarshalStringMapEntry(dAtA[start:postIndex])
			if err != nil {
				return err
			}
			m.Data[k] = v
			iNdEx = postIndex
		case 3: // binaryData
			start, postIndex, err := decodeLength(dAtA, next)
			if err != nil {
				return err
			}
			if m.BinaryData == nil {
				m.BinaryData = make(map[string][]byte)
			}
			entry := dAtA[start:postIndex]
			var mapkey string
			var mapvalue []byte
			for j := 0; j < len(entry); {
				w, n, err := decodeVarint(entry, j)
				if err != nil {
					return err
				}
				s, e, err := decodeLength(entry, n)
				if err != nil {
					return err
				}
				switch w >> 3 {
				case 1:
					mapkey = string(entry[s:e])
				case 2:
					// Copy the value out of the etcd response buffer so that the
					// decoded object does not alias it. bytes.Buffer grows
					// (bytes.growSlice / bytes.makeSlice) while it reads.
					var buf bytes.Buffer
					if _, err := buf.ReadFrom(bytes.NewReader(entry[s:e])); err != nil {
						return err
					}
					mapvalue = buf.Bytes()
				}
				j = e
			}
			m.BinaryData[mapkey] = mapvalue
			iNdEx = postIndex
		case 4: // immutable
			v, n, err := decodeVarint(dAtA, next)
			if err != nil {
				return err
			}
			b := v != 0
			m.Immutable = &b
			iNdEx = n
		default:
			iNdEx = preIndex
			skippy, err := skipGenerated(dAtA[iNdEx:])
			if err != nil {
				return err
			}
			iNdEx += skippy
		}
	}
	if iNdEx > l {
		return io.ErrUnexpectedEOF
	}
	return nil
}

// Unmarshal decodes a ConfigMapList.
func (m *ConfigMapList) Unmarshal(dAtA []byte) error {
	iNdEx := 0
	for iNdEx < len(dAtA) {
		wire, next, err := decodeVarint(dAtA, iNdEx)
		if err != nil {
			return err
		}
		start, postIndex, err := decodeLength(dAtA, next)
		if err != nil {
			return err
		}
		switch wire >> 3 {
		case 1:
			m.ResourceVersion = string(dAtA[start:postIndex])
		case 2:
			m.Items = append(m.Items, ConfigMap{})
			if err := m.Items[len(m.Items)-1].Unmarshal(dAtA[start:postIndex]); err != nil {
				return err
			}
		}
		iNdEx = postIndex
	}
	return nil
}

func skipGenerated(dAtA []byte) (n int, err error) {
	wire, iNdEx, err := decodeVarint(dAtA, 0)
	if err != nil {
		return 0, err
	}
	switch wire & 0x7 {
	case 0:
		_, iNdEx, err = decodeVarint(dAtA, iNdEx)
		return iNdEx, err
	case 1:
		return iNdEx + 8, nil
	case 2:
		_, postIndex, err := decodeLength(dAtA, iNdEx)
		return postIndex, err
	case 5:
		return iNdEx + 4, nil
	}
	return 0, errors.New("proto: illegal wireType")
}
