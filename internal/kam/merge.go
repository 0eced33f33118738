package kam

import "strings"

// MergeKind says how the sync server resolves two concurrent edits of one field (sync.md §3.5).
type MergeKind int

const (
	// MergeRegister fields (phone, owner, flags, dates) take the edit with the higher HLC.
	MergeRegister MergeKind = iota
	// MergeMoney fields (amounts, probabilities, discounts) converge like registers, and the
	// losing value is kept as a conflict for the record's owner to confirm.
	MergeMoney
	// MergeText fields (notes, plan sections) are merged three-way by line; when the edits
	// overlap, the HLC winner is stored and the other version is kept as a conflict.
	MergeText
	// MergeState fields follow a state machine; a stale edit never moves them backwards.
	MergeState
)

// Write is one edit of a field: its value and the HLC of the transaction that made it.
type Write struct {
	Value string
	HLC   HLC
}

// LatestWrite returns the write with the higher HLC (ties broken by device inside HLC.Compare).
// It is commutative, associative and idempotent, so replicas that see the same writes in any
// order agree.
func LatestWrite(a, b Write) Write {
	if b.HLC.Compare(a.HLC) > 0 {
		return b
	}
	return a
}

// maxMergeCells bounds the line-matching work of MergeLines (lines of base × lines of an edit).
const maxMergeCells = 4_000_000

// MergeLines merges two edits of a text made from the same base, by line (diff3). It returns the
// merged text and true when the edits do not overlap; otherwise "" and false, and the caller
// keeps the HLC winner and records the other version as a conflict. Identical edits, and an edit
// against an unchanged side, always merge.
func MergeLines(base, mine, theirs string) (string, bool) {
	switch {
	case mine == theirs:
		return mine, true
	case mine == base:
		return theirs, true
	case theirs == base:
		return mine, true
	}
	b, m, t := splitLines(base), splitLines(mine), splitLines(theirs)
	if len(b)*max(len(m), len(t)) > maxMergeCells {
		return "", false
	}
	bm, bt := matchLines(b, m), matchLines(b, t)
	var out []string
	bi, mi, ti := 0, 0, 0
	for {
		// Next base line kept by both edits: a point where all three agree.
		next := bi
		for next < len(b) && (bm[next] < 0 || bt[next] < 0) {
			next++
		}
		mEnd, tEnd := len(m), len(t)
		if next < len(b) {
			mEnd, tEnd = bm[next], bt[next]
		}
		baseChunk, mChunk, tChunk := b[bi:next], m[mi:mEnd], t[ti:tEnd]
		switch {
		case equalLines(mChunk, tChunk):
			out = append(out, mChunk...)
		case equalLines(mChunk, baseChunk):
			out = append(out, tChunk...)
		case equalLines(tChunk, baseChunk):
			out = append(out, mChunk...)
		default:
			return "", false
		}
		if next == len(b) {
			return strings.Join(out, ""), true
		}
		out = append(out, b[next])
		bi, mi, ti = next+1, mEnd+1, tEnd+1
	}
}

// splitLines splits s after each newline, keeping it, so joining restores s exactly.
func splitLines(s string) []string {
	parts := strings.SplitAfter(s, "\n")
	if parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}

// matchLines returns, for each line of a, the index of its partner in b under a longest common
// subsequence, or -1. Partners increase with a's index.
func matchLines(a, b []string) []int {
	n, m := len(a), len(b)
	// lcs[i][j] = LCS length of a[i:] and b[j:], in one flat slice.
	lcs := make([]int32, (n+1)*(m+1))
	at := func(i, j int) *int32 { return &lcs[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	match := make([]int, n)
	for i := range match {
		match[i] = -1
	}
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i] == b[j]:
			match[i] = j
			i, j = i+1, j+1
		case *at(i+1, j) >= *at(i, j+1):
			i++
		default:
			j++
		}
	}
	return match
}

func equalLines(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
