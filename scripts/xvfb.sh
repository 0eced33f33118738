# Sourced by the scripts that need a display: starts Xvfb on a free display in its own process
# group, exports DISPLAY, and stops the group on exit. Starting with setsid and killing the group
# keeps WebKit children from staying behind.
start_xvfb() {
  local fifo
  fifo=$(mktemp -u)
  mkfifo "$fifo"
  setsid Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$fifo" >/dev/null 2>&1 &
  XVFB_PID=$!
  read -r -t 20 disp <"$fifo" || { echo "Xvfb did not start" >&2; rm -f "$fifo"; return 1; }
  rm -f "$fifo"
  export DISPLAY=":$disp"
}

stop_group() { [ -n "${1:-}" ] && kill -- "-$1" 2>/dev/null; true; }
