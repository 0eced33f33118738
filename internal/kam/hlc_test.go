package kam_test

import (
	"sort"
	"testing"
	"time"

	"clave/internal/kam"
)

// fakeTime is a wall clock a test moves by hand, backwards too.
type fakeTime struct{ t time.Time }

func (f *fakeTime) now() time.Time { return f.t }

func TestClock_Now(t *testing.T) {
	// Ensure local timestamps strictly increase even when the wall clock stands still or jumps back.
	t.Run("Monotonic", func(t *testing.T) {
		ft := &fakeTime{t: time.UnixMilli(1_700_000_000_000)}
		c := kam.NewClock("dev-a", kam.HLC{}, ft.now)
		prev := c.Now()
		for i := 0; i < 1000; i++ {
			switch i % 3 {
			case 1:
				ft.t = ft.t.Add(-time.Hour) // clock jumps back
			case 2:
				ft.t = ft.t.Add(2 * time.Hour)
			}
			h := c.Now()
			if h.Compare(prev) <= 0 {
				t.Fatalf("step %d: %v not after %v", i, h, prev)
			}
			if h.String() <= prev.String() {
				t.Fatalf("step %d: string %q does not sort after %q", i, h, prev)
			}
			prev = h
		}
	})

	// Ensure a restart from the persisted HLC never issues an older timestamp, even if the
	// machine's clock is now behind.
	t.Run("RestartBehind", func(t *testing.T) {
		last := kam.HLC{Wall: 1_800_000_000_000, Logical: 7}
		c := kam.NewClock("dev-a", last, func() time.Time { return time.UnixMilli(1_700_000_000_000) })
		if h := c.Now(); h.Compare(last) <= 0 {
			t.Fatalf("Now()=%v, want after %v", h, last)
		}
	})

	// Ensure the counter overflow borrows the next millisecond instead of wrapping.
	t.Run("CounterOverflow", func(t *testing.T) {
		c := kam.NewClock("d", kam.HLC{Wall: 5, Logical: 0xFFFE}, func() time.Time { return time.UnixMilli(1) })
		a, b := c.Now(), c.Now()
		if a != (kam.HLC{Wall: 5, Logical: 0xFFFF, Device: "d"}) || b != (kam.HLC{Wall: 6, Logical: 0, Device: "d"}) {
			t.Fatalf("got %v then %v", a, b)
		}
	})
}

func TestClock_Update(t *testing.T) {
	// Ensure an edit made after seeing a remote edit sorts after it, whatever the clocks say:
	// device A runs 12 hours behind device B.
	t.Run("AfterSeen", func(t *testing.T) {
		base := time.UnixMilli(1_700_000_000_000)
		a := kam.NewClock("a", kam.HLC{}, func() time.Time { return base.Add(-12 * time.Hour) })
		b := kam.NewClock("b", kam.HLC{}, func() time.Time { return base })
		remote := b.Now()
		a.Update(remote)
		if h := a.Now(); h.Compare(remote) <= 0 {
			t.Fatalf("local %v after seeing %v must sort after it", h, remote)
		}
	})

	// Ensure merging a remote stamp with the same wall time keeps the larger counter.
	t.Run("SameWall", func(t *testing.T) {
		now := func() time.Time { return time.UnixMilli(10) }
		c := kam.NewClock("a", kam.HLC{}, now)
		got := c.Update(kam.HLC{Wall: 10, Logical: 40, Device: "z"})
		if got.Wall != 10 || got.Logical != 41 || got.Device != "a" {
			t.Fatalf("got %v", got)
		}
	})

	// Ensure the offset learnt from the server moves the physical component.
	t.Run("Offset", func(t *testing.T) {
		c := kam.NewClock("a", kam.HLC{}, func() time.Time { return time.UnixMilli(1000) })
		c.SetOffset(time.Second)
		if h := c.Now(); h.Wall != 2000 {
			t.Fatalf("wall = %d, want 2000", h.Wall)
		}
	})
}

func TestHLC_StringOrder(t *testing.T) {
	// Ensure the string encoding sorts exactly like Compare, so SQL can order by it.
	hs := []kam.HLC{
		{Wall: 1_700_000_000_000, Logical: 0, Device: "b"},
		{Wall: 1_700_000_000_000, Logical: 0, Device: "a"},
		{Wall: 1_700_000_000_000, Logical: 0x10, Device: "a"},
		{Wall: 1_700_000_000_000, Logical: 0x9, Device: "z"},
		{Wall: 999, Logical: 0xFFFF, Device: "z"},
		{Wall: 1_700_000_000_001, Logical: 0, Device: "a"},
	}
	byCompare := append([]kam.HLC{}, hs...)
	sort.Slice(byCompare, func(i, j int) bool { return byCompare[i].Compare(byCompare[j]) < 0 })
	byString := append([]kam.HLC{}, hs...)
	sort.Slice(byString, func(i, j int) bool { return byString[i].String() < byString[j].String() })
	for i := range hs {
		if byCompare[i] != byString[i] {
			t.Fatalf("order differs at %d: %v vs %v", i, byCompare[i], byString[i])
		}
	}
	for _, h := range hs {
		got, err := kam.ParseHLC(h.String())
		if err != nil || got != h {
			t.Fatalf("ParseHLC(%q) = %v, %v", h.String(), got, err)
		}
	}
	for _, bad := range []string{"", "1-2-3", "00017000000000x0-0000-a", "0001700000000000-zzzz-a"} {
		if _, err := kam.ParseHLC(bad); kam.ErrorCode(err) != kam.EINVALID {
			t.Errorf("ParseHLC(%q) err = %v, want EINVALID", bad, err)
		}
	}
}
