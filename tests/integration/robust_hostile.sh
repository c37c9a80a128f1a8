#!/bin/sh
# Hostile tracee memory (tests/tracees/robust_hostile.c): system calls
# with NULL, unmapped and PROT_NONE pointers, huge lengths, a string with
# no NUL running into an unmapped page, arrays whose elements are bad,
# and buffers changed or unmapped by another thread while the call is in
# the kernel.  mytrace must neither crash nor hang, lose no call, and
# print each bad argument the way strace does: as its address (the
# kernel could not read it either; a PROT_NONE page is not the tracee's
# data, even though ptrace's forced access can read it), or as a string
# cut where memory ends.
. "$TOP/tests/integration/lib.sh"
T=$TRACEES
H=$T/robust_hostile

# run TOOL OUT ARGS...: trace, away from the terminal; status in OUT.rc.
run() {
	_tool=$1
	_out=$2
	shift 2
	rm -f "$_out" "$_out.rc"
	(ulimit -c 0; cd "$TMP" && timeout 60 "$_tool" -o "$_out" "$@" ||
		echo $? > "$_out.rc") < /dev/null > "$_out.stdout" 2> "$_out.err"
	[ -f "$_out.rc" ] || echo 0 > "$_out.rc"
	[ -f "$_out" ] || : > "$_out"
}

# The calls between the BEGIN and END markers, normalised (addresses,
# padding) and with the forms strace and mytrace may both rightly use
# made equal: an array that runs into an unmapped page ends in its
# address ("... /* 0x... */" in strace); a string that runs into one is
# its address or the part that could be read ("AAAAAAAA"...); an iovec
# array with a count the kernel refuses is its address or its first
# elements.  Each line is prefixed with its group (the marker before it).
section() {
	sed -n '/^write(-1, "BEGIN", 5)/,/^write(-1, "END", 3)/p' "$1" |
		normalize |
		sed -E -e 's/\) +=/) =/' \
			-e 's/, \.\.\. \/\* 0xADDR \*\/\]/, 0xADDR]/' \
			-e 's/"A+"(\.\.\.)?/0xADDR/g' \
			-e 's/^readv\(([0-9]+), \[.*\], 1048576\)/readv(\1, 0xADDR, 1048576)/' |
		awk '/^write\(-1, "[a-zA-Z]+", [0-9]+\)/ {
			g = $0
			sub(/^write\(-1, "/, "", g)
			sub(/".*/, "", g)
			next
		}
		{ print g "\t" $0 }'
}

run "$MYTRACE" "$TMP/m" "$H"
check_eq "hostile: mytrace exits with the program's status" 0 \
	"$(cat "$TMP/m.rc")"
check_grep "hostile: traced to the end" "$TMP/m" \
	'^write(-1, "END", 3) *= -1 EBADF'
check_no_grep "hostile: no error from mytrace itself" "$TMP/m.err" \
	'mytrace\|AddressSanitizer\|runtime error'

run strace "$TMP/s" "$H"
section "$TMP/s" > "$TMP/s.n"
section "$TMP/m" > "$TMP/m.n"
check_eq "hostile: as many calls as strace" "$(wc -l < "$TMP/s.n")" \
	"$(wc -l < "$TMP/m.n")"

# Per group: each line as strace prints it.  A call mytrace does not
# decode yet prints its arguments in hex: acceptable here (it reads no
# memory), it is the parity tests' business.
for g in BEGIN buffers stats exec vectors signals misc; do
	grep "^$g	" "$TMP/s.n" | cut -f2- > "$TMP/g.s"
	grep "^$g	" "$TMP/m.n" | cut -f2- > "$TMP/g.m"
	paste -d '\n' "$TMP/g.s" "$TMP/g.m" | awk '
	NR % 2 == 1 { s = $0; next }
	{
		m = $0
		if (s == m)
			next
		name = s
		sub(/\(.*/, "", name)
		raw = "^" name "\\((0x[0-9a-fA-FADR]+|0|NULL)(, (0x[0-9a-fA-FADR]+|0|NULL))*\\) = "
		if (m ~ raw && substr(s, index(s, ") = ")) == substr(m, index(m, ") = ")))
			next
		print "strace:  " s
		print "mytrace: " m
	}' > "$TMP/g.diff"
	[ "$g" = BEGIN ] && g=paths
	if [ -s "$TMP/g.s" ] && [ ! -s "$TMP/g.diff" ]; then
		ok "hostile $g: bad pointers printed as strace does"
	else
		not_ok "hostile $g: bad pointers printed as strace does"
		sed 's/^/#   /' "$TMP/g.diff" | head -20
	fi
done

# Every option that changes decoding, on the same calls: no crash, no
# hang, traced to the end.
for opts in -v -xx -x --string-limit=0 --string-limit=100000 -y -yy \
	"-T -ttt" -f --no-abbrev "-e trace=%file" "-P /"; do
	# shellcheck disable=SC2086
	run "$MYTRACE" "$TMP/o" $opts "$H"
	if [ "$(cat "$TMP/o.rc")" = 0 ] && [ -s "$TMP/o" ] &&
		! grep -q 'AddressSanitizer\|runtime error' "$TMP/o.err"; then
		ok "hostile with $opts: runs to the end"
	else
		not_ok "hostile with $opts: runs to the end" \
			"status $(cat "$TMP/o.rc")"
		tail -5 "$TMP/o.err" | sed 's/^/#   /'
	fi
done
run "$MYTRACE" "$TMP/c" -c "$H"
check_grep "hostile with -c: the summary table" "$TMP/c" '^100.00 .* total$'

# Buffers changed, then unmapped, by a second thread while read() waits
# in the kernel: each of the 40 reads is printed once, as a count with
# what was read or as an error with the address.
for f in -f ""; do
	run "$MYTRACE" "$TMP/r" $f "$H" race 40
	check_eq "hostile race${f:+ $f}: exit status 0" 0 "$(cat "$TMP/r.rc")"
	check_grep "hostile race${f:+ $f}: the program ran to the end" \
		"$TMP/r.stdout" '^race done$'
	if [ -n "$f" ]; then
		join_resumed "$TMP/r" | sed -E 's/^[0-9]+ //' > "$TMP/r.j"
	else
		sed -E 's/\) +=/) =/' "$TMP/r" > "$TMP/r.j"
	fi
	check_eq "hostile race${f:+ $f}: 40 reads, each once" 40 \
		"$(grep -cE '^read\([0-9]+, (0x[0-9a-f]+|"[a-z]*"), 64\) = (-1 EFAULT \(Bad address\)|[0-9]+)$' "$TMP/r.j")"
done
