// SPDX-License-Identifier: MIT
/*
 * fuzz_filter - libFuzzer harness for the -e qualifier parser.
 *
 * The input is split at NUL bytes into up to 8 qualifiers, applied in
 * order to one struct filter (as repeated -e options are); the last one
 * is also parsed on its own by filter_parse_syscalls().  Checked: no
 * crash, no leak, and an error always comes with a message (which may
 * quote the qualifier, newlines and all, as strace does).
 * Inputs that would make glibc's regcomp() blow up are skipped (see
 * fuzz_util.h).
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "filter.h"
#include "fuzz_util.h"

#define MAX_QUALS 8

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_err(int rc, const char *err)
{
	if (rc == 0)
		return;
	assert(rc == -1);
	assert(err[0] != '\0');
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct filter f;
	struct sysset set;
	char err[256];
	char *text, *p, *last;
	int n, rc;

	if (size > 4096 || fuzz_regex_too_costly(data, size))
		return 0;
	text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = '\0';

	filter_init(&f);
	p = text;
	last = text;
	for (n = 0; n < MAX_QUALS && p <= text + size; n++) {
		memset(err, 0, sizeof(err));
		rc = filter_parse(&f, p, err, sizeof(err));
		check_err(rc, err);
		last = p;
		p += strlen(p) + 1;
	}
	memset(err, 0, sizeof(err));
	rc = filter_parse_syscalls(&set, last, err, sizeof(err));
	check_err(rc, err);
	/* A tiny error buffer must be respected too. */
	rc = filter_parse(&f, last, err, 1);
	assert(rc == 0 || err[0] == '\0');
	free(text);
	return 0;
}
