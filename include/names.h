/* SPDX-License-Identifier: MIT */
/*
 * names - symbolic names for errno values and signals, as strace prints
 * them: "ENOENT", "No such file or directory", "SIGCHLD", "RT_1".
 */
#ifndef MYTRACE_NAMES_H
#define MYTRACE_NAMES_H

/*
 * errno name for @err (positive), including the kernel-internal restart
 * codes (ERESTARTSYS 512, ERESTARTNOINTR 513, ERESTARTNOHAND 514,
 * ERESTART_RESTARTBLOCK 516, ...); NULL when unknown.
 */
const char *names_errno(int err);
/*
 * Description strace prints in parentheses: strerror()'s text for real
 * errnos, strace's own text for restart codes ("To be restarted if
 * SA_RESTART is set"); NULL when unknown.
 */
const char *names_errno_desc(int err);
/* errno value for a name such as "ENOENT"; -1 when unknown. */
int names_errno_lookup(const char *name);

/*
 * Signal name with the "SIG" prefix ("SIGCHLD"); real-time signals as
 * strace spells them ("SIGRTMIN", "SIGRT_1" ...); NULL when out of range.
 */
const char *names_signal(int sig);
/* Signal number for "SIGCHLD", "CHLD", "chld", "17", "RTMIN+2"; -1 if none. */
int names_signal_lookup(const char *name);

#endif
