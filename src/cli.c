// SPDX-License-Identifier: MIT
/* cli - mytrace's command line; see include/cli.h. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cli_parse(struct cli_opts *o, int argc, char **argv, char *err,
	      size_t errlen)
{
	memset(o, 0, sizeof(*o));
	(void)argc;
	(void)argv;
	(void)err;
	(void)errlen;
	return 0;
}

void cli_free(struct cli_opts *o)
{
	free(o->pids);
	free(o->paths);
}

void cli_usage(FILE *out)
{
	fputs("Usage: mytrace [OPTIONS] PROG [ARGS]\n", out);
}
