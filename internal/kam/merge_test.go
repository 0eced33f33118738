package kam_test

import (
	"strings"
	"testing"

	"clave/internal/kam"
)

func TestMergeText(t *testing.T) {
	base := "Objetivo: crecer 10 %.\nRiesgo: precio.\nAcción: visita mensual.\n"
	for _, tt := range []struct {
		name         string
		mine, theirs string
		want         string
		ok           bool
	}{
		{"DifferentLines", "Objetivo: crecer 15 %.\nRiesgo: precio.\nAcción: visita mensual.\n",
			"Objetivo: crecer 10 %.\nRiesgo: precio.\nAcción: visita quincenal.\n",
			"Objetivo: crecer 15 %.\nRiesgo: precio.\nAcción: visita quincenal.\n", true},
		{"BothAppend", base + "Nota A\n", base + "Nota B\n", "", false},
		{"AddAndDelete", "Objetivo: crecer 10 %.\nAcción: visita mensual.\n", base + "Decisor: María Núñez\n",
			"Objetivo: crecer 10 %.\nAcción: visita mensual.\nDecisor: María Núñez\n", true},
		{"SameEdit", "x\n", "x\n", "x\n", true},
		{"SameLineDifferently", strings.Replace(base, "precio", "plazo", 1), strings.Replace(base, "precio", "calidad", 1), "", false},
		{"NoTrailingNewline", "Objetivo: crecer 10 %.\nRiesgo: precio.\nAcción: visita mensual.", base + "Extra\n", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := kam.MergeLines(base, tt.mine, tt.theirs)
			if ok != tt.ok || got != tt.want {
				t.Fatalf("MergeLines = %q, %v; want %q, %v", got, ok, tt.want, tt.ok)
			}
			// A clean merge does not depend on which side is "mine".
			if got2, ok2 := kam.MergeLines(base, tt.theirs, tt.mine); ok2 != ok || got2 != got {
				t.Fatalf("not symmetric: %q, %v", got2, ok2)
			}
		})
	}
}

func TestLatestWrite(t *testing.T) {
	a := kam.Write{Value: "a", HLC: kam.HLC{Wall: 10, Device: "x"}}
	b := kam.Write{Value: "b", HLC: kam.HLC{Wall: 10, Logical: 1, Device: "a"}}
	c := kam.Write{Value: "c", HLC: kam.HLC{Wall: 10, Logical: 1, Device: "b"}}
	if kam.LatestWrite(a, b) != b || kam.LatestWrite(b, a) != b {
		t.Fatal("higher counter must win in either order")
	}
	if kam.LatestWrite(b, c) != c || kam.LatestWrite(c, b) != c {
		t.Fatal("device breaks ties in either order")
	}
	if kam.LatestWrite(kam.LatestWrite(a, b), c) != kam.LatestWrite(a, kam.LatestWrite(b, c)) || kam.LatestWrite(a, a) != a {
		t.Fatal("not associative or not idempotent")
	}
}

// FuzzMergeLaws checks the diff3 laws of sync.md §4.4 on any input, invalid UTF-8 included:
// merge(base, x, x) = x, merge(base, base, y) = y, a clean merge is symmetric, and no panic.
func FuzzMergeLaws(f *testing.F) {
	f.Add("a\nb\nc\n", "a\nB\nc\n", "a\nb\nC\n")
	f.Add("", "x", "y")
	f.Add("uno\ndos\n", "uno\n", "dos\n")
	f.Add("\xff\n", "\xfe", "\n\n")
	f.Fuzz(func(t *testing.T, base, x, y string) {
		if got, ok := kam.MergeLines(base, x, x); !ok || got != x {
			t.Fatalf("merge(base,x,x) = %q, %v", got, ok)
		}
		if got, ok := kam.MergeLines(base, base, y); !ok || got != y {
			t.Fatalf("merge(base,base,y) = %q, %v", got, ok)
		}
		m1, ok1 := kam.MergeLines(base, x, y)
		m2, ok2 := kam.MergeLines(base, y, x)
		if ok1 != ok2 || m1 != m2 {
			t.Fatalf("asymmetric: %q,%v vs %q,%v", m1, ok1, m2, ok2)
		}
	})
}
