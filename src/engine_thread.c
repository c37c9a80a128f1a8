/* SPDX-License-Identifier: MIT */
/*
 * engine_thread - the per-thread table: a chained hash keyed by tid that
 * doubles when it fills up, so lookups stay O(1) with many threads.
 */
#include <errno.h>
#include <stdlib.h>

#include "engine_priv.h"

#define ENG_TAB_MIN 64

static size_t eng_hash(pid_t tid, size_t size)
{
	/* Fibonacci hashing spreads consecutive tids. */
	return (size_t)(((uint32_t)tid * 2654435769u) >> 8) & (size - 1);
}

int eng_table_init(struct engine *e)
{
	e->tab = calloc(ENG_TAB_MIN, sizeof(*e->tab));
	if (!e->tab)
		return -ENOMEM;
	e->tab_size = ENG_TAB_MIN;
	e->count = 0;
	return 0;
}

void eng_table_free(struct engine *e)
{
	size_t i;

	for (i = 0; i < e->tab_size; i++) {
		while (e->tab[i]) {
			struct eng_thread *t = e->tab[i];

			e->tab[i] = t->hnext;
			free(t);
		}
	}
	free(e->tab);
	e->tab = NULL;
	e->count = 0;
}

struct eng_thread *eng_find(const struct engine *e, pid_t tid)
{
	struct eng_thread *t;

	for (t = e->tab[eng_hash(tid, e->tab_size)]; t; t = t->hnext)
		if (t->tid == tid)
			return t;
	return NULL;
}

static void eng_insert(struct engine *e, struct eng_thread *t)
{
	size_t h = eng_hash(t->tid, e->tab_size);

	t->hnext = e->tab[h];
	e->tab[h] = t;
	e->count++;
}

/* Double the table; on allocation failure keep the old one (slower only). */
static void eng_grow(struct engine *e)
{
	struct eng_thread **old = e->tab;
	size_t old_size = e->tab_size, i;

	e->tab = calloc(old_size * 2, sizeof(*e->tab));
	if (!e->tab) {
		e->tab = old;
		return;
	}
	e->tab_size = old_size * 2;
	e->count = 0;
	for (i = 0; i < old_size; i++) {
		while (old[i]) {
			struct eng_thread *t = old[i];

			old[i] = t->hnext;
			eng_insert(e, t);
		}
	}
	free(old);
}

struct eng_thread *eng_add(struct engine *e, pid_t tid, pid_t pid)
{
	struct eng_thread *t = calloc(1, sizeof(*t));

	if (!t)
		return NULL;
	t->tid = tid;
	t->pid = pid;
	t->nr = -1;
	if ((size_t)e->count >= e->tab_size)
		eng_grow(e);
	eng_insert(e, t);
	return t;
}

void eng_unlink(struct engine *e, struct eng_thread *t)
{
	struct eng_thread **pp = &e->tab[eng_hash(t->tid, e->tab_size)];
	struct eng_thread **dp;

	for (; *pp; pp = &(*pp)->hnext) {
		if (*pp == t) {
			*pp = t->hnext;
			e->count--;
			break;
		}
	}
	for (dp = &e->deferred; *dp; dp = &(*dp)->dnext) {
		if (*dp == t) {
			*dp = t->dnext;
			break;
		}
	}
	t->hnext = NULL;
	t->dnext = NULL;
	t->deferred = 0;
}

void eng_relink(struct engine *e, struct eng_thread *t)
{
	eng_insert(e, t);
}

void eng_remove(struct engine *e, struct eng_thread *t)
{
	eng_unlink(e, t);
	free(t);
}

void eng_foreach(struct engine *e,
		 void (*fn)(struct engine *, struct eng_thread *, void *),
		 void *arg)
{
	size_t i;

	for (i = 0; i < e->tab_size; i++) {
		struct eng_thread *t = e->tab[i], *next;

		for (; t; t = next) {
			next = t->hnext;
			fn(e, t, arg);
		}
	}
}

/* Save a wait status to process later (after queued events). */
void eng_defer(struct engine *e, struct eng_thread *t, int status)
{
	struct eng_thread **dp = &e->deferred;

	if (t->deferred)
		return;
	while (*dp)
		dp = &(*dp)->dnext;
	t->deferred = 1;
	t->deferred_status = status;
	t->stopped = 1;
	t->dnext = NULL;
	*dp = t;
}
