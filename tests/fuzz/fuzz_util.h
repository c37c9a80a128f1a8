/* SPDX-License-Identifier: MIT */
/*
 * fuzz_util.h - what the harnesses share.
 */
#ifndef MYTRACE_FUZZ_UTIL_H
#define MYTRACE_FUZZ_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define FUZZ_MAX_REPEATS 4

/*
 * glibc's regcomp() copies the parse tree for each repetition, so a
 * "-e trace=/a++++..." or "/a{1,9999}{1,9999}" needs memory exponential
 * in the number of operators (strace has the same limit).  That is
 * glibc's code, not ours: inputs that may hold such a regex (a '/' and
 * a '{' or more than a few repetition operators) are skipped.
 */
static inline int fuzz_regex_too_costly(const uint8_t *data, size_t size)
{
	size_t i, repeats = 0;

	if (!memchr(data, '/', size))
		return 0;
	for (i = 0; i < size; i++) {
		if (data[i] == '{')
			return 1;
		if (data[i] == '+' || data[i] == '*' || data[i] == '?')
			repeats++;
	}
	return repeats > FUZZ_MAX_REPEATS;
}

#endif
