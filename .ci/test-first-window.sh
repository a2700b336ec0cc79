#!/usr/bin/env bash
# First start on a desktop, as a new user sees it: Xvfb with a window manager (openbox), a fresh settings folder, the
# app from target/app. Reads the main window's frame with xdotool/xwininfo and fails unless it has the default size
# (1280×800, or what fits the screen's work area) and is centred on the work area. Run for a screen larger than the
# default and one smaller; then quits with Ctrl+Q and fails unless the app ends by itself with exit code 0. Needs
# xvfb, openbox, xdotool and x11-utils (.ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=target/app/adf-console.jar
[ -f "$JAR" ] || mvn -B -q -DskipTests package
WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# check <screen WxH>: one fresh start on a screen of that size.
check() {
  local screen="$1" display window frame
  : > "$WORK/display"
  Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp 3> "$WORK/display" 2> "$WORK/xvfb.log" &
  PIDS+=($!)
  for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  display=":$(tr -d '\n' < "$WORK/display")"
  DISPLAY="$display" openbox > "$WORK/openbox.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 50); do DISPLAY="$display" xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done
  local home="$WORK/home-$screen"
  mkdir -p "$home"
  ADF_CONSOLE_HOME="$home" DISPLAY="$display" java -jar "$JAR" > "$WORK/app.log" 2>&1 &
  local app=$!
  PIDS+=($app)
  window=$(DISPLAY="$display" timeout 60 xdotool search --sync --onlyvisible --name '^ADF Console$' | head -n 1) \
    || { echo "first-window: no main window within 60 s on $screen" >&2; cat "$WORK/app.log" >&2; return 1; }
  # The app settles its size once mapped; read when two readings a second apart agree.
  local last="" now=""
  for _ in $(seq 20); do
    sleep 1
    now=$(DISPLAY="$display" xwininfo -id "$window" | sed -n 's/^ *\(Absolute upper-left [XY]\|Width\|Height\): *//p' | paste -sd' ')
    [ "$now" = "$last" ] && break
    last="$now"
  done
  frame=$(DISPLAY="$display" xprop -id "$window" _NET_FRAME_EXTENTS | sed 's/.*= //; s/,//g')
  local area
  area=$(DISPLAY="$display" xprop -root _NET_WORKAREA | sed 's/.*= //; s/,//g' | cut -d' ' -f1-4)
  python3 - "$screen" "$now" "$frame" "$area" <<'PY'
import sys
screen, client, frame, area = sys.argv[1], [int(v) for v in sys.argv[2].split()], [int(v) for v in sys.argv[3].split()], [int(v) for v in sys.argv[4].split()]
cx, cy, cw, ch = client
left, right, top, bottom = frame
ax, ay, aw, ah = area
x, y, w, h = cx - left, cy - top, cw + left + right, ch + top + bottom
want_w, want_h = min(1280, aw), min(800, ah)
want_x, want_y = ax + (aw - want_w) / 2, ay + (ah - want_h) / 2
tol = 4
ok = abs(w - want_w) <= tol and abs(h - want_h) <= tol and abs(x - want_x) <= tol and abs(y - want_y) <= tol
print(f"first-window on {screen}: frame {w}x{h} at {x},{y}; expected {want_w}x{want_h} at {want_x:.0f},{want_y:.0f}: {'ok' if ok else 'WRONG'}")
sys.exit(0 if ok else 1)
PY
  # Quit as a user does (Ctrl+Q): the app must end by itself within 10 s, with exit code 0 and no JVM crash report
  # (AWT's X toolkit beside JavaFX's GTK once crashed every quit with SIGSEGV, exit code 134).
  DISPLAY="$display" xdotool windowactivate --sync "$window" key --clearmodifiers ctrl+q || true
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$app" 2>/dev/null; then
    echo "first-window: the app did not quit within 10 s of Ctrl+Q on $screen" >&2
    return 1
  fi
  local code=0
  wait "$app" || code=$?
  if [ "$code" != 0 ] || grep -q "fatal error" "$WORK/app.log"; then
    echo "first-window: quitting ended with exit code $code on $screen" >&2
    cat "$WORK/app.log" >&2
    return 1
  fi
  echo "first-window on $screen: quit with Ctrl+Q, exit code 0"
}

# gone <screen WxH>: the X server ends under the running app (logout, a crashed X server): the app must end too,
# without a JVM crash report (with AWT's X toolkit beside JavaFX's GTK it crashed with SIGSEGV, exit code 134).
gone() {
  local screen="$1" display
  : > "$WORK/display"
  Xvfb -displayfd 3 -screen 0 "${screen}x24" -nolisten tcp 3> "$WORK/display" 2> "$WORK/xvfb.log" &
  local xvfb=$!
  PIDS+=($xvfb)
  for _ in $(seq 50); do [ -s "$WORK/display" ] && break; sleep 0.1; done
  display=":$(tr -d '\n' < "$WORK/display")"
  ADF_CONSOLE_HOME="$WORK/home-gone" DISPLAY="$display" java -jar "$JAR" > "$WORK/app.log" 2>&1 &
  local app=$!
  PIDS+=($app)
  DISPLAY="$display" timeout 60 xdotool search --sync --onlyvisible --name '^ADF Console$' > /dev/null \
    || { echo "first-window: no main window within 60 s on $screen" >&2; return 1; }
  sleep 3   # past the first frame: the desktop's notifier is looked for then
  kill "$xvfb"
  for _ in $(seq 100); do kill -0 "$app" 2>/dev/null || break; sleep 0.1; done
  local code=0
  wait "$app" || code=$?
  if kill -0 "$app" 2>/dev/null || [ "$code" = 134 ] || grep -q "fatal error" "$WORK/app.log"; then
    echo "first-window: the app did not end cleanly when the X server went away (exit code $code)" >&2
    cat "$WORK/app.log" >&2
    return 1
  fi
  echo "first-window: the X server gone, the app ended by itself (exit code $code, no crash report)"
}

check 1400x900
check 1024x640
gone 1400x900
