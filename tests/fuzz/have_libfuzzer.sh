#!/bin/sh
# have_libfuzzer.sh [CC]: exit 0 when CC (default clang) can build a
# libFuzzer harness with ASan and UBSan, 1 otherwise (no clang, or clang
# without its compiler-rt runtimes).
cc=${1:-clang}
command -v "$cc" > /dev/null 2>&1 || exit 1
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
cat > "$dir/t.c" <<'EOC'
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);
int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	(void)d;
	(void)n;
	return 0;
}
EOC
"$cc" -fsanitize=fuzzer,address,undefined -o "$dir/t" "$dir/t.c" \
	> /dev/null 2>&1
