# make install PREFIX=... DESTDIR=...: the binary, the Lua library, the
# example scripts and the man page land where they should, and the
# installed binary finds its library and scripts.
. "$TOP/tests/integration/lib.sh"

D="$TMP/dest"
check "make install" make -s -C "$TOP" install PREFIX=/opt/mt DESTDIR="$D" \
	SANITIZE="${SANITIZE:-0}"
check "binary installed" test -x "$D/opt/mt/bin/mytrace"
check "man page installed" test -s "$D/opt/mt/share/man/man1/mytrace.1"
check "Lua library installed" test -s "$D/opt/mt/share/mytrace/lua/mytrace/init.lua"
check "example scripts installed" \
	test -s "$D/opt/mt/share/mytrace/scripts/count_opens.lua"
# Run from a folder with no lua/ or scripts/ next to it.
cd "$TMP" || exit 1
"$D/opt/mt/bin/mytrace" -l > "$TMP/l.out" 2>&1
check_grep "installed -l lists the installed scripts" "$TMP/l.out" \
	'share/mytrace/scripts/count_opens.lua'
"$D/opt/mt/bin/mytrace" -E 'on_syscall("openat", function(c)
  if c:path() == "/etc/hostname" then print("saw", c:path()) end
end)' cat /etc/hostname > "$TMP/e.out" 2>&1
check_grep "installed binary runs a script" "$TMP/e.out" '^saw	/etc/hostname$'
man -l "$D/opt/mt/share/man/man1/mytrace.1" > "$TMP/man.out" 2>/dev/null ||
	cp "$D/opt/mt/share/man/man1/mytrace.1" "$TMP/man.out"
check_grep "the man page documents --string-limit" "$TMP/man.out" \
	'string.limit'

# Every long option of the command line (src/cli.c) is in the man page.
sed 's/\\-/-/g; s/\\f[BIRP]//g' "$TOP/mytrace.1" > "$TMP/man.txt"
missing=
for o in $(sed -nE 's/^[[:space:]]*\{ "([a-z-]+)", .*/\1/p' "$TOP/src/cli.c"); do
	grep -q -- "--$o\\b" "$TMP/man.txt" || missing="$missing --$o"
done
check_eq "the man page documents every long option" "" "$missing"
