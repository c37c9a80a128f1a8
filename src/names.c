/* SPDX-License-Identifier: MIT */
/* names - stub, being written. */
#include <stddef.h>

#include "names.h"

const char *names_errno(int err) { (void)err; return NULL; }
const char *names_errno_desc(int err) { (void)err; return NULL; }
int names_errno_lookup(const char *name) { (void)name; return -1; }
const char *names_signal(int sig) { (void)sig; return NULL; }
int names_signal_lookup(const char *name) { (void)name; return -1; }
