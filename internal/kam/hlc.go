package kam

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// HLC is a hybrid logical clock timestamp (Kulkarni et al., "Logical Physical Clocks"):
// Wall is physical milliseconds since the Unix epoch (48 bits used), Logical a counter for
// events within one millisecond, Device the tie-breaker. It orders edits across devices
// whose wall clocks disagree: an edit made after seeing another always sorts after it.
type HLC struct {
	Wall    int64
	Logical uint16
	Device  string
}

// String encodes h as "WWWWWWWWWWWWWWWW-LLLL-device": 16 decimal digits of milliseconds and
// 4 hex digits of counter, fixed width so the strings compare in the same order as the clocks
// (in SQL too).
func (h HLC) String() string {
	return fmt.Sprintf("%016d-%04x-%s", h.Wall, h.Logical, h.Device)
}

// IsZero reports whether h was never set.
func (h HLC) IsZero() bool { return h.Wall == 0 && h.Logical == 0 }

// Compare returns -1, 0 or +1 ordering by wall, then counter, then device.
func (h HLC) Compare(o HLC) int {
	switch {
	case h.Wall != o.Wall:
		return cmp(h.Wall, o.Wall)
	case h.Logical != o.Logical:
		return cmp(h.Logical, o.Logical)
	default:
		return strings.Compare(h.Device, o.Device)
	}
}

func cmp[T int64 | uint16](a, b T) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

// ParseHLC decodes the String form. Returns EINVALID.
func ParseHLC(s string) (HLC, error) {
	bad := &Error{Code: EINVALID, Key: "error.hlc.invalid", Op: "ParseHLC " + s}
	parts := strings.SplitN(s, "-", 3)
	if len(parts) != 3 || len(parts[0]) != 16 || len(parts[1]) != 4 {
		return HLC{}, bad
	}
	wall, err := strconv.ParseInt(parts[0], 10, 64)
	if err != nil || wall < 0 {
		return HLC{}, bad
	}
	logical, err := strconv.ParseUint(parts[1], 16, 16)
	if err != nil {
		return HLC{}, bad
	}
	return HLC{Wall: wall, Logical: uint16(logical), Device: parts[2]}, nil
}

// Clock issues HLC timestamps for one device. It is safe for concurrent use.
// Offset is added to the physical clock (the server time offset learnt on sync).
type Clock struct {
	mu     sync.Mutex
	last   HLC
	device string
	now    func() time.Time
	offset time.Duration
}

// NewClock returns a clock for device that reads physical time from now (time.Now if nil)
// and never issues a timestamp at or below last (the value persisted before a restart).
func NewClock(device string, last HLC, now func() time.Time) *Clock {
	if now == nil {
		now = time.Now
	}
	last.Device = device
	return &Clock{device: device, last: last, now: now}
}

// SetOffset sets the correction added to the physical clock.
func (c *Clock) SetOffset(d time.Duration) {
	c.mu.Lock()
	c.offset = d
	c.mu.Unlock()
}

// Now returns a timestamp for a local event, greater than every timestamp issued or merged before.
func (c *Clock) Now() HLC {
	c.mu.Lock()
	defer c.mu.Unlock()
	pt := c.now().Add(c.offset).UnixMilli()
	if pt > c.last.Wall {
		c.last = HLC{Wall: pt, Device: c.device}
	} else {
		c.tick()
	}
	return c.last
}

// Update merges a timestamp received from elsewhere (a server response) and returns a new
// local timestamp greater than both it and every earlier local one.
func (c *Clock) Update(remote HLC) HLC {
	c.mu.Lock()
	defer c.mu.Unlock()
	pt := c.now().Add(c.offset).UnixMilli()
	switch {
	case pt > c.last.Wall && pt > remote.Wall:
		c.last = HLC{Wall: pt, Device: c.device}
	case remote.Wall > c.last.Wall:
		c.last = HLC{Wall: remote.Wall, Logical: remote.Logical, Device: c.device}
		c.tick()
	case remote.Wall == c.last.Wall && remote.Logical > c.last.Logical:
		c.last.Logical = remote.Logical
		c.tick()
	default:
		c.tick()
	}
	return c.last
}

// Last returns the latest timestamp issued, for persisting.
func (c *Clock) Last() HLC {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.last
}

// tick bumps the counter; on overflow it borrows the next millisecond rather than wrapping.
func (c *Clock) tick() {
	if c.last.Logical == 0xFFFF {
		c.last.Wall++
		c.last.Logical = 0
		return
	}
	c.last.Logical++
}
