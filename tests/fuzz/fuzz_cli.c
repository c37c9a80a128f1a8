// SPDX-License-Identifier: MIT
/*
 * fuzz_cli - libFuzzer harness for the command line parser.
 *
 * The input is split at NUL bytes into argv[1..] (argv[0] is "mytrace"),
 * at most 64 words, each in its own allocation.  cli_parse() must
 * return 0 or -1 with a message, never crash nor leak (cli_free()
 * after either result), and leave argv/argc pointing inside the words
 * it was given.  Inputs that would make glibc's regcomp() blow up are
 * skipped (see fuzz_util.h).
 */
#include <assert.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fuzz_util.h"

#define MAX_WORDS 64

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *argv[MAX_WORDS + 2];
	struct cli_opts o;
	char err[512];
	const char *p, *end = (const char *)data + size;
	size_t n;
	int argc = 0, rc, i;

	if (size > 8192 || fuzz_regex_too_costly(data, size))
		return 0;
	/* Each word in its own allocation, so that reading past a word's
	 * NUL is caught by ASan. */
	argv[argc++] = strdup("mytrace");
	p = (const char *)data;
	while (argc <= MAX_WORDS && p < end) {
		n = strnlen(p, (size_t)(end - p));
		argv[argc] = malloc(n + 1);
		if (!argv[argc])
			break;
		memcpy(argv[argc], p, n);
		argv[argc++][n] = '\0';
		p += n + 1;
	}
	argv[argc] = NULL;
	if (!argv[0])
		goto out;

	memset(err, 0, sizeof(err));
	rc = cli_parse(&o, argc, argv, err, sizeof(err));
	if (rc == 0) {
		assert(o.argc >= 0 && o.argc <= argc);
		assert(o.argv[o.argc] == NULL);
		assert(o.npids >= 0 && o.npaths >= 0 && o.nsources >= 0);
		assert(o.npaths == 0 || o.paths[o.npaths] == NULL);
	} else {
		assert(rc == -1);
		assert(err[0] != '\0' || o.no_target);
	}
	cli_free(&o);
out:
	for (i = 0; i < argc; i++)
		free(argv[i]);
	return 0;
}
