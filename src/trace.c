// SPDX-License-Identifier: MIT
/* trace - the strace-style printer; see include/trace.h. */
#include "trace.h"

#include <stdlib.h>

struct trace_printer {
	struct trace_opts o;
};

struct trace_printer *trace_new(const struct trace_opts *opts)
{
	struct trace_printer *tp = calloc(1, sizeof(*tp));

	if (tp)
		tp->o = *opts;
	return tp;
}

void trace_event(struct trace_printer *tp, const struct engine_event *ev,
		 const struct decode_src *src)
{
	(void)tp;
	(void)ev;
	(void)src;
}

void trace_finish(struct trace_printer *tp)
{
	fflush(tp->o.out);
}

void trace_free(struct trace_printer *tp)
{
	free(tp);
}
